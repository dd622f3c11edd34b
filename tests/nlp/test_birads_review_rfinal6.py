"""Review rfinal6 (final measurement) of this round's radiology rules: every over-reach it confirmed (new wrong
where the earlier revision was right), with its right label. (1) A category "downgraded / upgraded to" another: a
year dates the revision only in its own clause (not past a semicolon or a comma, bar a bare ", <year>." ending the
sentence, nor inside a reference number); a condition before the category in its sentence keeps the first; a later
unsided final / overall assessment outranks the revision for the revision's side only. (2) A result banner is dropped
when "&" or "+" joins the two sides below it. (3) "The ultrasound was carried out on the right breast, not the left"
moves no category of a bilateral report. (6) A bracketed gloss gives its side only to the category it restates (or the
one it says it replaces)."""
import pytest

from tests.nlp.labels import birads_codes

_BIL = ('BILATERAL DIAGNOSTIC MAMMOGRAM AND TARGETED ULTRASOUND\n\nClinical: 58F, palpable lump left '
        'breast.\n\nFindings:\nRight breast: scattered fibroglandular density, no suspicious mass.\nLeft '
        "breast: at 2 o'clock 4 cm FN a 9 mm oval hypoechoic mass, circumscribed.\n\nImpression:\nRight "
        'breast: BI-RADS 1.\n')
_BLK = 'Impression:\nRight breast: BI-RADS 2.\nLeft breast: BI-RADS 1.\n\nAddendum 05/06/2026:\n'

# rule 1: _GRADED_TO (1a a year outside the clause, 1b a condition, 1c a later final / overall)
GRADED_OVER_REACHES = [
    (_BIL + 'Left breast: BI-RADS 3 upgraded to 4A after MRI; biopsy booked for 2026-06-02.\n',
     '3 1'),  # g05
    (_BIL + 'Left breast: BI-RADS 4A downgraded to 3 after MRI (ref MR-2026-0412).\n',
     '4A 1'),  # g06
    (_BIL + 'Left breast: BI-RADS 3, upgraded to 4A after biopsy, the mass having grown from 6 mm (2024) to 11 mm.\n',
     '3 1'),  # g07
    ('US LEFT BREAST\nImpression: BI-RADS 4B downgraded to 3 after biopsy showed fibroadenoma; 6-month '
     'follow-up advised in June 2026.\n',
     '4B -'),  # g27
    ('Left breast: BI-RADS 3 upgraded to 4A after MRI; the MRI was done on 12/05/2026.\n',
     '3 -'),  # g41
    (_BIL + 'Left breast: if the core is benign and concordant, BI-RADS 4A downgraded to 3.\n',
     '4A 1'),  # g09
    (_BIL + 'Left breast: BI-RADS 4A.\nProtocol note: should the MRI show no enhancement, BI-RADS 4A is downgraded to 3.\n',
     '4A 1'),  # g10
    (_BIL + 'Left breast: BI-RADS 3 upgraded to 4A after MRI.\nOverall assessment: BI-RADS 3.\n',
     '3 1'),  # g11
    ('Right breast: BI-RADS 1.\nLeft breast: BI-RADS 3 upgraded to 4A after MRI.\nOverall assessment: BI-RADS 3.\n',
     '3 1'),  # g40
    (_BIL + 'Left breast: BI-RADS 3 upgraded to 4A after MRI.\nFinal assessment: BI-RADS 4A, biopsy.\n',
     '4A 1'),  # g12
    ('Right breast: BI-RADS 2.\nLeft breast: BI-RADS 3 upgraded to 4A after MRI.\nFinal assessment: BI-RADS 4A.\n',
     '4A 2'),  # g39
]

# rule 2: a result banner with '&' / '+' joining both sides below it
BANNER_OVER_REACHES = [
    ('Family medicine note\nRESULT ADDED 03/06/2027 - US BREAST LEFT (Breast Imaging)\nRight & left '
     'breasts scanned at patient request. No lesion.\nBI-RADS 1.\n',
     '1 1'),  # b06
    ('Family medicine note\nRESULT ADDED 03/06/2027 - US BREAST LEFT (Breast Imaging)\nLeft + right '
     'breasts scanned. No lesion.\nBI-RADS 1.\n',
     '1 1'),  # b19
]

# rule 3: an exam 'carried out' on a side in a bilateral report
CARRIED_OUT_OVER_REACHES = [
    ('BILATERAL MAMMOGRAM AND ULTRASOUND\n\nMammography: both breasts, scattered density.\nUltrasound: '
     "10 o'clock right 7 mm cyst.\n\nImpression:\nRight breast: BI-RADS 2.\nLeft breast: BI-RADS 1.\n\n"
     'Addendum: the ultrasound was carried out on the right breast, not the left.\n',
     '1 2'),  # e04
    ('BILATERAL MAMMOGRAM, RIGHT ULTRASOUND\n\nNo suspicious mass or calcification in either breast. '
     "Right 10 o'clock 7 mm cyst.\n\nConclusion: BI-RADS 2.\n\nAddendum: the ultrasound was carried out "
     'on the right breast, not the left.\n',
     '2 2'),  # e05
    ('BILATERAL MAMMOGRAM AND ULTRASOUND\n\nImpression:\nRight breast: BI-RADS 2.\nLeft breast: BI-RADS '
     '1.\n\nAddendum: the examination was carried out on the right breast, not the left.\n',
     '1 2'),  # e13
]

# rule 6: a bracketed gloss's other category (k07: the replaced one keeps the side)
GLOSS_OVER_REACHES = [
    (_BLK + 'Kategori BI-RADS 3 [right breast BI-RADS 3, lesion in the\nfellow breast BI-RADS 4A].\n',
     '4A 3'),  # k13
    (_BLK + 'Kategori BI-RADS 4A [right breast: now BI-RADS 4A, and the non-operated\nbreast is BI-RADS 3 as before].\n',
     '3 4A'),  # k02
    (_BLK + 'Kategori BI-RADS 4A [right breast: now BI-RADS 4A, with the asymptomatic\nbreast BI-RADS 3].\n',
     '3 4A'),  # k03
    (_BLK + 'Kategori BI-RADS 4A [for the right breast: BI-RADS 4A, the unaffected side\nBI-RADS 3].\n',
     '3 4A'),  # k04
    (_BLK + 'Kategori BI-RADS 4A [right breast now BI-RADS 4A, the second\nbreast BI-RADS 3].\n',
     '3 4A'),  # k06
    (_BLK + 'Kategori BI-RADS 4A [right breast now BI-RADS 4A (the mastectomy side\nremains BI-RADS 3)].\n',
     '3 4A'),  # k08
    (_BLK + 'Kategori BI-RADS 4B [in the right breast the category is now BI-RADS 4B, while the reconstructed\n'
            'breast is BI-RADS 2].\n',
     '2 4B'),  # k10
    (_BLK + 'Kategori BI-RADS 4A [right breast: BI-RADS 4A, and BI-RADS 3 for the implant\nside].\n',
     '3 4A'),  # k12
    (_BLK + 'Kategori BI-RADS 4A [right breast now BI-RADS 4A, formerly\nBI-RADS 3].\n',
     '1 4A'),  # k07
]


@pytest.mark.parametrize(("text", "codes"), GRADED_OVER_REACHES)
def test_review_rfinal6_graded(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), BANNER_OVER_REACHES)
def test_review_rfinal6_banner(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), CARRIED_OUT_OVER_REACHES)
def test_review_rfinal6_carried_out(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), GLOSS_OVER_REACHES)
def test_review_rfinal6_gloss(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
