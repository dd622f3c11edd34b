"""Radiology b112 (translated Equatoguinean, Cape Verdean and Egyptian reports with their correction sheets): a
translation's "ecography carried out on the RIGHT breast, not on the left" (its passive "it must be read 'left'" was
withdrawn after reviews r112 and r112b: only near misses are left here); a side the title line says was left out
("Right breast not examined", Spanish "no explorada"); a side line's gloss wrapped onto a line of its own; a category's
bracketed gloss naming the side and restating the category."""
import pytest

from tests.nlp.labels import birads_codes

_RIGHT_US = ("Examination: RIGHT BREAST ULTRASOUND\n\nReport: In the right breast at 10 o'clock an irregular solid mass of "
             "12 mm with angular margins.\n\nConclusion: Suspicious solid mass. BI-RADS 4B. Core biopsy advised.\n\n")
_LEFT_ECHO = ("Exam: LEFT BREAST ECOGRAPHY\n\nReport: At 2 o'clock a simple cyst of 8 mm. No solid lesion.\n\n"
              "Conclusion: Simple cyst. BI-RADS 2.\n\n")

# ------------------------------------------------------------------ a translation's laterality correction


def test_ecography_carried_out_on_the_other_side_moves_the_report() -> None:
    text = _LEFT_ECHO + ("Addendum 03/05/2026: the ecography was carried out on the RIGHT breast, not on the left; the "
                         "request form was wrong.\n")
    assert birads_codes(text) == "- 2"


def test_examination_carried_out_on_the_other_side_moves_the_report() -> None:
    text = ("Exam: LEFT BREAST ULTRASOUND\n\nReport: At 2 o'clock a simple cyst of 8 mm. No solid lesion.\n\n"
            "Conclusion: Simple cyst. BI-RADS 2.\n\nAddendum 03/05/2026: the examination was carried out on the right "
            "breast, not the left.\n")
    assert birads_codes(text) == "- 2"


@pytest.mark.parametrize(("text", "codes"), [
    # (reading instructions and a quoted non-side read as before)
    (_RIGHT_US + "ADDENDUM 12/04/2026\nThe cine loops should be read left to right against the prior study.\n", "- 4B"),
    (_RIGHT_US + "ADDENDUM 12/04/2026\nThis report must be read together with the mammogram of the same day.\n",
     "- 4B"),
    (_RIGHT_US + "ADDENDUM 12/04/2026\nThe clock position should be read '11 o'clock'; the right breast is the one "
                 "examined.\n", "- 4B"),
    # (an ecography carried out otherwise, or a procedure still to come, names no side of the exam)
    (_LEFT_ECHO + "Addendum 03/05/2026: the ecography was carried out with a 12 MHz linear probe.\n", "2 -"),
    (_LEFT_ECHO + "Addendum 03/05/2026: an aspiration will be carried out on the right breast cyst next week.\n", "2 -"),
    (_LEFT_ECHO + "Addendum 03/05/2026: the ecography was carried out in the left lateral decubitus position.\n", "2 -"),
])
def test_near_miss_laterality_correction(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a side the title says was left out

_LEFT_FINDINGS = ("Left breast, at 3 hours: irregular hypoechoic nodule of 14 mm with angular margins.\n\n")


def test_title_side_not_examined_is_no_side_of_the_exam() -> None:
    text = ("LEFT BREAST ULTRASOUND. Right breast not examined.\n\n" + _LEFT_FINDINGS
            + "Conclusion: suspicious solid nodule. BI-RADS 4B. Biopsy.\n")
    assert birads_codes(text) == "4B -"


def test_spanish_title_side_not_explored_is_no_side_of_the_exam() -> None:
    text = ("ECOGRAFÍA MAMA IZQUIERDA [LEFT BREAST ULTRASOUND]. Mama derecha no explorada.\n\n" + _LEFT_FINDINGS
            + "Conclusión [Conclusion]: Nódulo sólido sospechoso [suspicious solid nodule]. BI-RADS 4B. Biopsia.\n")
    assert birads_codes(text) == "4B -"


@pytest.mark.parametrize(("text", "codes"), [
    # (a title naming both sides, or bilateral, covers both; an aside already left its side out)
    ("RIGHT AND LEFT BREAST ULTRASOUND.\n\n" + _LEFT_FINDINGS.rstrip() + "\nRight breast: normal.\n\n"
     "Conclusion: suspicious solid nodule. BI-RADS 4B. Biopsy.\n", "4B 4B"),
    ("BILATERAL BREAST ULTRASOUND. Right breast not examined.\n\n" + _LEFT_FINDINGS
     + "Conclusion: suspicious solid nodule. BI-RADS 4B. Biopsy.\n", "4B 4B"),
    ("LEFT BREAST ULTRASOUND (right breast not examined).\n\n" + _LEFT_FINDINGS
     + "Conclusion: suspicious solid nodule. BI-RADS 4B. Biopsy.\n", "4B -"),
    # (a side examined otherwise, or explored before, is not said to be left out)
    ("LEFT BREAST ULTRASOUND; right breast examined clinically.\n\n" + _LEFT_FINDINGS
     + "Conclusion: suspicious solid nodule. BI-RADS 4B. Biopsy.\n", "4B 4B"),
    ("ECOGRAFÍA MAMA IZQUIERDA [LEFT BREAST ULTRASOUND]. Mama derecha explorada hace un año.\n\n" + _LEFT_FINDINGS
     + "Conclusión [Conclusion]: Nódulo sólido sospechoso [suspicious solid nodule]. BI-RADS 4B. Biopsia.\n", "4B 4B"),
    # (an axilla not explored is no breast)
    ("ECOGRAFÍA DE AMBAS MAMAS [BILATERAL BREAST ULTRASOUND]. Axila derecha no explorada.\n\nRight breast: simple cyst "
     "of 5 mm. Left breast: no lesions.\n\nConclusión: Quiste simple. BI-RADS 2.\n", "2 2"),
])
def test_near_miss_title_side_left_out(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a side line's gloss wrapped onto its own line

_BOTH_ECHO = "Exploración [Examination]: ECOGRAFÍA DE AMBAS MAMAS\n\n"
_RIGHT_CYST = "Conclusión [Conclusion]:\nMama derecha [Right breast]: quiste complicado de 7 mm, hallazgo probablemente benigno"
_LEFT_NEGATIVE = "\nMama izquierda [Left breast]: negativa [negative].\n"


def test_wrapped_gloss_line_keeps_the_side_lines_below_in_the_conclusion() -> None:
    assert birads_codes(_BOTH_ECHO + _RIGHT_CYST + "\n[probably benign finding]." + _LEFT_NEGATIVE) == "1 3"


def test_wrapped_gloss_line_under_findings() -> None:
    text = (_BOTH_ECHO + "Hallazgos [Findings]:\nRight breast: complicated cyst of 7 mm.\nLeft breast: normal.\n\n"
            + _RIGHT_CYST + "\n[probably benign finding]." + _LEFT_NEGATIVE)
    assert birads_codes(text) == "1 3"


@pytest.mark.parametrize(("text", "codes"), [
    # (a bracketed line after a closed sentence, or in capitals, or a plain line, ends the side lines as before)
    (_BOTH_ECHO + _RIGHT_CYST + ".\n[Translated by the patient service.]" + _LEFT_NEGATIVE, "- 3"),
    (_BOTH_ECHO + _RIGHT_CYST + ".\n[translation of the conclusion only]" + _LEFT_NEGATIVE, "1 3"),
    (_BOTH_ECHO + _RIGHT_CYST + "\n[Sello] [Stamp]" + _LEFT_NEGATIVE, "- 3"),
    (_BOTH_ECHO + _RIGHT_CYST + ".\nControl ecográfico en 6 meses." + _LEFT_NEGATIVE, "- 3"),
])
def test_near_miss_wrapped_gloss_line(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a gloss restating its category

_BLOCK = "Impression:\nRight breast: BI-RADS 3.\nLeft breast: BI-RADS 2.\n\nAddendum 02/02/2026:\n"


def test_gloss_restating_the_category_keeps_its_side() -> None:
    text = _BLOCK + "Kategori diubah menjadi 'BI-RADS 4A' [in the right breast the category\nis changed to 'BI-RADS 4A'].\n"
    assert birads_codes(text) == "2 4A"


@pytest.mark.parametrize(("text", "codes"), [
    # (a gloss naming another side before its category gives it that side)
    (_BLOCK + "Setelah ditinjau ulang, kategori payudara kanan diubah menjadi BI-RADS 4A [after review, the right breast "
              "category is\nnow BI-RADS 4A; the left breast is now\nBI-RADS 3].\n", "3 4A"),
    # (a gloss naming no side, or a note not opening straight after the category, reads as before)
    (_BLOCK + "Setelah ditinjau ulang, kategori diubah menjadi BI-RADS 4A [after review, the category has been changed "
              "to\nBI-RADS 4A].\n", "4A 4A"),
    (_BLOCK + "Kategori diubah menjadi BI-RADS 4A, right breast. See the note [reviewed at the meeting,\nBI-RADS 4A "
              "confirmed].\n", "4A 4A"),
    (_BLOCK + "Right breast revised to BI-RADS 4A. [Left breast: the cyst is unchanged,\nBI-RADS 2.]\n", "2 4A"),
])
def test_near_miss_restating_gloss(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
