"""Radiology b106 (translated Lao, Congolese and Guatemalan reports): a Lao (also Myanmar or Khmer) word glossed in
English in square brackets reads as its gloss ("ເຕົ້ານົມເບື້ອງຂວາ [Right breast]:"), and a glossed side before a category
keeps one space before it as an English list would ("[right breast] 2"); a French side in parentheses with its gloss
after it ("4c (droite) [right] ; 1 (gauche) [left]"). A bare "Diagnostic impression:" heading closing an imaging
report's own findings was withdrawn after review r106 (tests/nlp/test_birads_review_r106.py): its near misses below
still read no category of the heading's, and yh089 is a strict xfail in test_accuracy."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ a Lao / Khmer word glossed in English


def test_lao_side_headings_glossed_in_english() -> None:
    text = ("ໃບລາຍງານ [Report]\nExamination: ultrasound of both breasts\n\nສະຫຼຸບ [Conclusion]:\n"
            "- ເຕົ້ານົມຂວາ [Right breast]: two simple cysts, BI-RADS 2.\n- ເຕົ້ານົມຊ້າຍ [Left breast]: no mass, BI-RADS 1.")
    assert birads_codes(text) == "1 2"


def test_khmer_glossed_sides_in_a_category_list() -> None:
    text = "Breast ultrasound, both sides\nConclusion:\nBI-RADS: សុដន់ស្តាំ [right breast] 3; សុដន់ឆ្វេង [left breast] 1."
    assert birads_codes(text) == "1 3"


def test_myanmar_glossed_sides_in_a_category_list() -> None:
    text = "Breast ultrasound, both sides\nConclusion:\nBI-RADS: ရင်သားညာ [right breast] 2; ရင်သားဘယ် [left breast] 4B."
    assert birads_codes(text) == "4B 2"


def test_lao_glossed_sides_in_a_category_list() -> None:
    text = ("Ultrasound of both breasts\nສະຫຼຸບ [Conclusion]:\n"
            "BI-RADS: ເຕົ້ານົມຂວາ [right breast] 4A; ເຕົ້ານົມຊ້າຍ [left breast] 1.")
    assert birads_codes(text) == "1 4A"


@pytest.mark.parametrize(("text", "codes"), [
    # (a glossed heading that names no side: the exam's category for both breasts)
    ("Ultrasound of both breasts\nສະຫຼຸບ [Conclusion]: simple cysts. BI-RADS 2.", "2 2"),
    # (a glossed side before a count of findings, the category given for both breasts after it)
    ("Ultrasound of both breasts\nFindings: ເຕົ້ານົມຊ້າຍ [left breast] 2 cysts, 5 mm.\n"
     "Conclusion: BI-RADS 2 bilaterally.", "2 2"),
    # (a glossed side in a history line: the history's category is an earlier one)
    ("Ultrasound of both breasts\nHistory: ເຕົ້ານົມຂວາ [right breast] biopsy in 2023, BI-RADS 4A then.\n"
     "Conclusion: BI-RADS 1 bilaterally.", "1 1"),
    # (a Cyrillic gloss of a side list reads as before)
    ("Ultrasound of both breasts\nConclusion:\nBI-RADS: справа [right] 3; слева [left] 2.", "2 3"),
])
def test_near_miss_glossed_non_latin_words(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a side in parentheses, glossed after it


def test_french_sides_in_parentheses_each_glossed() -> None:
    text = "Échographie mammaire bilatérale\nConclusion : BI-RADS ACR : 3 (gauche) [left] ; 2 (droite) [right]."
    assert birads_codes(text) == "3 2"


def test_english_sides_in_parentheses_each_glossed_with_breast() -> None:
    text = "Bilateral breast ultrasound\nConclusion: BI-RADS: 4b (right) [right breast], 1 (left) [left breast]."
    assert birads_codes(text) == "1 4B"


@pytest.mark.parametrize(("text", "codes"), [
    # (no gloss: the list reads as before)
    ("Bilateral breast ultrasound\nConclusion: BI-RADS: 6 (left), 2 (right).", "6 2"),
    # (a bracket that is no gloss of the side, a remark: the list stops at it)
    ("Bilateral breast ultrasound\nConclusion: BI-RADS: 4c (right) [see addendum]; 1 (left).", "- 4C"),
    # (a bracket naming the other side is no gloss of this one: the list stops at it)
    ("Bilateral breast ultrasound\nConclusion: BI-RADS: 4c (right) [left]; 1 (left).", "- 4C"),
    # (a finding in the bracket, not the side alone)
    ("Bilateral breast ultrasound\nConclusion: BI-RADS: 2 (right) [right breast cyst]; 1 (left).", "- 2"),
])
def test_near_miss_paren_side_gloss(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ "Diagnostic impression:" (withdrawn): near misses


@pytest.mark.parametrize(("text", "codes"), [
    # (a referral's heading above the findings: the referrer's presumptive diagnosis)
    ("ECOGRAFIA MAMARIA\nMotivo de consulta [Reason for referral]:\nImpresión diagnóstica [Diagnostic impression]:\n"
     "Mama derecha [Right breast]: hallazgo probablemente benigno [probably benign finding].\n\n"
     "Hallazgos [Findings]: quiste simple 4 mm.\nImpresión [Impression]: BI-RADS 2.", "- 2"),
    # (a clinic note: the findings of a palpation, no imaging exam)
    ("BREAST SURGERY CLINIC\nFindings: firm 2 cm lump at 10 o'clock on palpation.\nDiagnostic impression:\n"
     "Right breast: suspicious.\nPlan: mammogram and ultrasound.", "- -"),
    # (a letter's sentence names the exam, not a title)
    ("Dear Dr Ahmed,\n\nYour patient had a breast ultrasound today.\nFindings: small oval nodule.\n"
     "Diagnostic impression:\nRight breast: probably benign finding.\nKind regards,", "- -"),
    # (a referrer's form attached after the radiologist's own conclusion)
    ("BILATERAL BREAST ULTRASOUND\nFindings: 6 mm cyst right 10 o'clock.\n"
     "Conclusion: right breast BI-RADS 2, left breast BI-RADS 1.\n\nAttached: referral form\nDiagnostic impression:\n"
     "Right breast: suspicious.", "1 2"),
    # (an earlier report quoted above today's findings)
    ("RIGHT BREAST ULTRASOUND\nPrior report (03/2024)\nFindings: oval nodule.\nDiagnostic impression:\n"
     "Right breast: probably benign finding.\n\nToday\nFindings: nodule resolved.\nImpression: Right breast BI-RADS 1.",
     "- 1"),
    # (a heading qualified as the referrer's, after the findings)
    ("RIGHT BREAST ULTRASOUND\nFindings: oval nodule 6 mm.\nDiagnostic impression (referring physician):\n"
     "Right breast: suspicious.\nImpression: Right breast BI-RADS 3.", "- 3"),
    # (another section between the findings and the heading)
    ("RIGHT BREAST ULTRASOUND\nFindings: oval nodule 6 mm.\n\nOutside report of March, copied below\n"
     "Diagnostic impression:\nRight breast: suspicious.", "- -"),
])
def test_near_miss_diagnostic_impression(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
