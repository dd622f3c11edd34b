"""Review r112 of the radiology b112 rules: a passive quoted-side correction ("it must be read "left"") moves no report
(withdrawn after review r112b; its near misses are kept); an exam "carried out" on a side or an "ecography" on one only
in review r112b's bare shape ("the ecography was carried out on the RIGHT breast, not on the left."); a category's
bracketed gloss gives its side only to a gloss that restates that category, and not past a word for the other breast;
an axilla not explored leaves its breast in the title's sides."""
import pytest

from tests.nlp.labels import birads_codes

_R_US = ("EXAM: RIGHT BREAST ULTRASOUND\n\nFINDINGS: Right breast 10 o'clock irregular hypoechoic mass 12 mm.\n\n"
         "IMPRESSION: Suspicious mass. BI-RADS 4B.\n\n")
_L_US = ("Exam: LEFT BREAST ULTRASOUND\n\nFindings: 2 o'clock simple cyst 8 mm. No solid lesion.\n\n"
         "Impression: Simple cyst. BI-RADS 2.\n\n")
_BLK = "Impression:\nRight breast: BI-RADS 3.\nLeft breast: BI-RADS 2.\n\nAddendum 02/02/2026:\n"
_ADD = "ADDENDUM 02/03/2026: "
_ADD2 = "Addendum 03/05/2026: "

# ------------------------------------------------------------------ rule 1: a passive correction with a quoted side


@pytest.mark.parametrize(("text", "codes"), [
    # (review r112's over-reaches: an axilla, the image annotations, a reading direction, the comparison line, the
    # indication are corrected, not the report's side)
    (_R_US + _ADD + 'In the second paragraph, where it says "right axilla" it should be read "left axilla". The breast '
                    "findings are unchanged.\n", "- 4B"),
    (_R_US + _ADD + 'The image annotations saying "right" should be read "left"; the report text itself is correct.\n',
     "- 4B"),
    (_R_US + _ADD + 'The cine clips should be read "left to right" against the prior.\n', "- 4B"),
    (_R_US + _ADD + 'The word "right" in the comparison line should be read "left" (the prior was a left breast '
                    "study).\n", "- 4B"),
    (_R_US + _ADD + 'In the indication, where it says "right" it must be read "left" (the palpable lump is on the left); '
                    "the ultrasound findings above are in the right breast.\n", "- 4B"),
    # (no side quoted as the one replaced)
    (_R_US + _ADD + 'The recommendation must be read "left" for the axillary node sampling, the breast remains right.\n',
     "- 4B"),
    (_R_US + _ADD + 'The images should be read "left" and "right" as labelled on the PACS hanging protocol.\n', "- 4B"),
    (_R_US + _ADD + "The lesion's clock position should be read \"10 o'clock\" in the right breast.\n", "- 4B"),
    (_R_US + _ADD + "Fe de erratas: donde dice «axila derecha» debe leerse «axila izquierda».\n", "- 4B"),
])
def test_near_miss_passive_quoted_correction(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ rule 2: an exam "carried out" / an "ecography"


@pytest.mark.parametrize(("text", "codes"), [
    (_L_US + _ADD2 + "the ecography was carried out on the RIGHT breast, not on the left.\n", "- 2"),
    (_L_US + _ADD2 + "the ultrasound was carried out on the right breast, not the left.\n", "- 2"),
    (_L_US + _ADD2 + "the sonography was carried out on the right breast, not the left.\n", "- 2"),
    (_L_US + _ADD2 + "the exam was carried out on the right breast, not the left; the request form was wrong.\n", "- 2"),
    (_L_US + _ADD2 + "the ecography was done on the right breast, not on the left.\n", "- 2"),
    (_L_US + _ADD2 + "the ecografia was performed on the right breast, not on the left.\n", "- 2"),
])
def test_exam_carried_out_on_the_other_side_moves_the_report(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (review r112's over-reaches: an earlier or further exam, both sides, a position)
    # (review r112b: the request blamed with no side retracted is not the bare shape of a correction)
    (_L_US + _ADD2 + "the ecography was carried out on the right breast; there was an error in the request.\n", "2 -"),
    (_L_US + _ADD2 + "A previous ecography was carried out on the right breast in 2022 (benign cyst).\n", "2 -"),
    (_L_US + _ADD2 + "the comparison ecography was carried out on the right breast in 2021.\n", "2 -"),
    (_L_US + _ADD2 + "an additional ecography was carried out on the right breast at the patient's request: normal, "
                     "BI-RADS 1.\n", "2 1"),
    (_L_US + _ADD2 + "the ecography was carried out on the right breast too, with no finding.\n", "2 -"),
    (_L_US + _ADD2 + "the ecography was carried out on the right and left breasts; only the left is reported above.\n",
     "2 -"),
    (_L_US + _ADD2 + "the ultrasound was carried out on the right side first, then on the left breast.\n", "2 -"),
    (_L_US + _ADD2 + "the scan was carried out on the right lateral decubitus position.\n", "2 -"),
    # (the same side, another modality)
    (_L_US + _ADD2 + "the ecography was carried out on the left breast as requested.\n", "2 -"),
    (_L_US + _ADD2 + "mammography of the right breast was carried out on the same day (BI-RADS 1).\n", "2 1"),
])
def test_near_miss_exam_carried_out(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ rule 5: a bracketed gloss restating the category


@pytest.mark.parametrize(("text", "codes"), [
    (_BLK + "Kategori diubah menjadi 'BI-RADS 4A' [in the left breast the category\nis changed to 'BI-RADS 4A'].\n",
     "4A 3"),
    (_BLK + "Kategori diubah menjadi BI-RADS 4A [in the right breast; the overall exam\nassessment is BI-RADS 4A].\n",
     "2 4A"),
    # (the gloss quoting the category it replaces and restating the new one: both the right breast's, the new one last)
    (_BLK + "Na mama direita, onde se lê 'Categoria BI-RADS 3', leia-se 'Categoria BI-RADS 4C' [in the right breast, "
            "where it reads 'Category BI-RADS 3',\nread 'Category BI-RADS 4C'].\n", "2 4C"),
])
def test_gloss_restating_the_category_keeps_its_side(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (review r112's over-reaches: the other breast's category in the gloss is not the right breast's)
    (_BLK + "Kategori BI-RADS 4A [right breast; the opposite breast is now\nBI-RADS 3].\n", "3 4A"),
    (_BLK + "Kategori BI-RADS 4A [right breast nodule; the other side\nBI-RADS 3 after review].\n", "3 4A"),
    (_BLK + "Kategori diubah menjadi BI-RADS 4A [right breast: BI-RADS 4A; the cyst in the\ncontralateral breast "
            "BI-RADS 3].\n", "3 4A"),
    (_BLK + "Kategori BI-RADS 4A [right breast; the opposite breast is unchanged at\nBI-RADS 2].\n", "2 4A"),
])
def test_near_miss_gloss_of_the_other_breast(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ rule 3: an axilla not explored in the title

_HALLAZGOS = "\n\nHallazgos: quistes simples.\n\nConclusión: BI-RADS 2.\n"


@pytest.mark.parametrize(("text", "codes"), [
    ("ECOGRAFÍA MAMA DERECHA. Mama izquierda no explorada." + _HALLAZGOS, "- 2"),
    # (an axilla not explored is no breast left out: the title's breasts stay in)
    ("ECOGRAFÍA MAMARIA Y AXILAR IZQUIERDA [BREAST AND LEFT AXILLARY ULTRASOUND]. Axila derecha no explorada."
     + _HALLAZGOS, "2 2"),
    ("ECOGRAFÍA DE MAMAS Y AXILA IZQUIERDA. Axila derecha no explorada." + _HALLAZGOS, "2 2"),
    ("ECOGRAFÍA DE MAMA IZQUIERDA Y MAMA DERECHA. Axila derecha no explorada." + _HALLAZGOS, "2 2"),
])
def test_title_side_left_out_and_axilla(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
