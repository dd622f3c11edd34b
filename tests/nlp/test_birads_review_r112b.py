"""Review r112b (second review) of the radiology b112 rules: every confirmed over-reach reads right. A passive quoted
correction ("where it says "right" it must be read "left"") moves no report (withdrawn: the report stays on its title's
side, whatever item limits it); an "ecography" or an exam "carried out" on a side moves the report only in the bare
shape "the ecography was carried out on the RIGHT breast, not on the left." (the exam named with "the" and no modifier,
no date, agent or denial, the retraction ending the sentence); a category's bracketed gloss gives its side only up to
the first semicolon or full stop after the restated category."""
import pytest

from tests.nlp.labels import birads_codes

_RB = ("BREAST ULTRASOUND, RIGHT\n\nFindings: At 10 o'clock a 9 mm oval hypoechoic solid nodule with circumscribed "
       "margins.\n\nImpression: Probably benign nodule. BI-RADS 3.\n\n")
_ESR = ("ECOGRAFÍA MAMA DERECHA\n\nHallazgos: nódulo sólido ovalado de 9 mm a las 10.\n\nConclusión: Probablemente "
        "benigno. BI-RADS 3.\n\n")
_LB = ("ULTRASOUND LEFT BREAST\n\nFindings: 3 o'clock cluster of microcysts, 6 mm.\n\nImpression: Benign. "
       "BI-RADS 2.\n\n")
_BLK = "Impression:\nRight breast: BI-RADS 2.\nLeft breast: BI-RADS 1.\n\nAddendum 05/06/2026:\n"
_RB_ADD = _RB + "ADDENDUM 07/04/2026: "
_LB_ADD = _LB + "Addendum 09/04/2026: "

# ------------------------------------------------------------------ rule 1: a passive quoted correction (withdrawn)


@pytest.mark.parametrize(("text", "codes"), [
    # (the limit after the new side's quote, a question and its denial)
    pytest.param(_RB_ADD + 'Where it says "right" it should be read "left" in the axillary section only.\n', "- 3",
                 id="1a"),
    pytest.param(_RB_ADD + 'Where it says "right" it should be read "left" for the lymph node only; the breast nodule '
                           "is correctly right.\n", "- 3", id="1b"),
    pytest.param(_RB_ADD + 'Where it says "right" it must be read "left" on the body marker only.\n', "- 3", id="1w"),
    pytest.param(_RB_ADD + 'Where it says "right" it must be read "left" in the mammography comparison only.\n', "- 3",
                 id="1z"),
    pytest.param(_RB_ADD + 'Where it says "right" it must be read "left" in the history.\n', "- 3", id="1A"),
    pytest.param(_RB_ADD + 'Where it says "right" it must be read "left" on the request card; the examination was of '
                           "the right breast.\n", "- 3", id="1C"),
    pytest.param(_RB_ADD + 'The technologist asked whether, where it says "right", it must be read "left"; it must '
                           "not, the right breast is correct.\n", "- 3", id="1B"),
    # (a limiting item before "where")
    pytest.param(_RB_ADD + 'In the clinical details, where it says "right" it must be read "left".\n', "- 3", id="1c"),
    pytest.param(_RB_ADD + 'In the request details, where it says "right" it must be read "left"; the scan itself was '
                           "of the right breast.\n", "- 3", id="1d"),
    pytest.param(_RB_ADD + 'For the biopsy marker, where it says "right" it must be read "left".\n', "- 3", id="1e"),
    pytest.param(_RB_ADD + 'In the recommendation, where it says "right" it should be read "left".\n', "- 3", id="1f"),
    pytest.param(_RB_ADD + 'In the prior report quoted above, where it says "right" it should be read "left".\n', "- 3",
                 id="1g"),
    pytest.param(_RB_ADD + "In the technologist's worksheet, where it says \"right\" it must be read \"left\".\n", "- 3",
                 id="1q"),
    pytest.param(_RB_ADD + 'In the nipple description, where it says "right" it should be read "left".\n', "- 3",
                 id="1t"),
    pytest.param(_RB_ADD + 'On the cine clip, where it says "right" it should be read "left".\n', "- 3", id="1u"),
    pytest.param(_RB_ADD + "For the 2 o'clock cyst mentioned in the prior, where it says \"right\" it should be read "
                           '"left".\n', "- 3", id="1x"),
    pytest.param(_RB_ADD + 'The referral letter says "right", which must be read "left"; the ultrasound above is of '
                           "the right breast.\n", "- 3", id="1y"),
    # (Spanish limiting items)
    pytest.param(_ESR + "ADENDA 07/04/2026: En la indicación clínica, donde dice «derecha» debe leerse «izquierda».\n",
                 "- 3", id="1l"),
    pytest.param(_ESR + "ADENDA 07/04/2026: En el ganglio axilar, donde dice «derecho» debe leerse «izquierdo».\n",
                 "- 3", id="1m"),
    pytest.param(_ESR + "FE DE ERRATAS: en las imágenes, donde dice «derecha» debe leerse «izquierda».\n", "- 3",
                 id="1o"),
    pytest.param(_ESR + "FE DE ERRATAS: en el hallazgo número 2, donde dice «derecha» debe leerse «izquierda».\n",
                 "- 3", id="1p"),
])
def test_limited_passive_correction_keeps_the_report(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ rule 2: an ecography carried out on a side


@pytest.mark.parametrize(("text", "codes"), [
    # (another exam: an indefinite or modified exam word, a date, an agent)
    pytest.param(_LB_ADD + "On 12/03/2026 an ecography was carried out on the right breast instead of the left because "
                           "of a dressing; today the left breast was scanned as above.\n", "2 -", id="2g"),
    pytest.param(_LB_ADD + "the comparison ecography was carried out on the right breast, not the left, and cannot be "
                           "compared.\n", "2 -", id="2h"),
    pytest.param(_LB_ADD + "an ecography was carried out on the right breast in 2019 rather than on the left, per the "
                           "old records.\n", "2 -", id="2m"),
    pytest.param(_LB_ADD + "The second-look ecography after MRI was carried out on the right breast, not the left, and "
                           "is reported separately.\n", "2 -", id="2r"),
    pytest.param(_LB_ADD + "an ultrasound was carried out on the right breast by the GP last month, not the left; "
                           "today's scan above is of the left.\n", "2 -", id="2u"),
    # (a denial, weak evidence in the review)
    pytest.param(_LB_ADD + "It is not true that the ecography was carried out on the right breast, not on the left; "
                           "the left breast was examined.\n", "2 -", id="2v"),
])
def test_other_exam_carried_out_keeps_the_report(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (the bare shape still moves the report, also with only the request blamed after the retraction)
    (_LB_ADD + "the ecography was carried out on the right breast, not on the left.\n", "- 2"),
    (_LB_ADD + "The ecography was carried out on the right breast (not on the left).\n", "- 2"),
    (_LB_ADD + "The ecography was carried out on the right breast, not on the left; the request form was wrong.\n",
     "- 2"),
    (_LB_ADD + "Ecografia efetuada na mama direita [the ecography was carried out on the RIGHT breast, not on the left; "
               "there was an error in the request].\n", "- 2"),
])
def test_bare_ecography_correction_moves_the_report(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ rule 5: a bracketed gloss


@pytest.mark.parametrize(("text", "codes"), [
    pytest.param(_BLK + "Kategori BI-RADS 3 [right breast: BI-RADS 3; BI-RADS 4A for the lesion in the contralateral "
                        "breast].\n", "4A 3", id="5h"),
    pytest.param(_BLK + "Kategori BI-RADS 3 [right breast: BI-RADS 3; BI-RADS 4A for the lesion in the opposite "
                        "breast].\n", "4A 3", id="5v"),
    pytest.param(_BLK + "Kategori BI-RADS 3 [right breast: BI-RADS 3; BI-RADS 4B for the mass in the contralateral "
                        "breast, biopsy advised].\n", "4B 3", id="5w"),
    pytest.param(_BLK + "Kategori BI-RADS 3 [right breast: BI-RADS 3; BI-RADS 4A is given to the mass\nin the "
                        "contralateral breast].\n", "4A 3", id="5A"),
    # (the gloss's clause before the semicolon still gives its restated category its side)
    pytest.param(_BLK + "Kategori BI-RADS 4A [the right breast's category is changed to\nBI-RADS 4A].\n", "1 4A",
                 id="5g"),
])
def test_gloss_ends_at_its_clause(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
