"""Radiology b114 (translated Kuwaiti screening-and-assessment records and Omani hospital-system results): a screening
record's outcome heading glossed from Arabic, its English in square brackets with the heading's own qualifier in
parentheses, or the Arabic after the English past a slash at the line's end; a hospital system's "Previous radiology
results:" list of earlier reports quoted on dated rows."""
import pytest

from tests.nlp.labels import birads_codes

_READERS = ("Category key: 0 = recall; 1 = negative; 2 = benign; 3 = probably benign; 4 = suspicious; 5 = highly "
            "suggestive of malignancy.\n\n"
            "Section C - Double reading / القراءة المزدوجة\n"
            "First reader (Dr. A)       R: 0 (oval mass, R UIQ, 9 mm)     L: 1\n"
            "Second reader (Dr. B)      R: 0                                L: 1\n"
            "Consensus: recall, right breast.\n\n"
            "Section E - Assessment clinic   Date: 27-01-2026\n"
            "Findings: right 1 o'clock, oval circumscribed parallel solid mass, 9 x 5 mm. Probable fibroadenoma.\n\n")
_DECISION = "Decision: early recall to the assessment clinic in July 2026.\n\nAssessing radiologist: Dr. C\n"

# ------------------------------------------------------------------ an outcome heading glossed from Arabic


@pytest.mark.parametrize(("heading", "rows", "codes"), [
    # (the batch's wordings: the English in brackets with its qualifier, the Arabic after a slash)
    ("النتيجة النهائية للتصوير [FINAL IMAGING OUTCOME (after work-up)]", "  R: 2\n  L: 4C (biopsy)\n", "4C 2"),
    ("FINAL IMAGING OUTCOME (after work-up) / النتيجة النهائية للتصوير", "  R: 3 (early recall 6 months)\n  L: 1\n",
     "1 3"),
    ("CONSENSUS / FINAL (after assessment) / القرار النهائي", "  R: 0 -> 2 (after ultrasound)\n  L: 1\n", "1 2"),
    # (variants: a shorter heading glossed, the sides the other way round, blanks after the original, a remark)
    ("النتيجة النهائية [FINAL OUTCOME (after work-up)]", "  L: 1\n  R: 3 (early recall 6 months)\n", "1 3"),
    ("CONSENSUS / FINAL (after assessment) / القرار النهائي   ", "  R: 3 (early recall 6 months)\n  L: 1\n", "1 3"),
])
def test_outcome_heading_glossed_from_arabic_heads_its_side_lines(heading: str, rows: str, codes: str) -> None:
    assert birads_codes(_READERS + heading + "\n" + rows + _DECISION) == codes


@pytest.mark.parametrize(("heading", "rows", "codes"), [
    # (an outcome still pending gives the right no category, as before)
    ("النتيجة النهائية للتصوير [FINAL IMAGING OUTCOME (after work-up)]", "  R: awaiting assessment\n  L: 1\n", "1 -"),
    # (a side line's remark naming a finding, or a qualifier the outcome's own words do not allow: read as before)
    ("FINAL IMAGING OUTCOME (after work-up) / النتيجة النهائية للتصوير", "  R: 3 (fibroadenoma)\n  L: 2\n", "2 -"),
    ("النتيجة النهائية [FINAL OUTCOME (lesions biopsied)]", "  R: 2\n  L: 1\n", "1 2"),
    # (English words after the original on its line, or a category after the slash: as before)
    ("FINAL IMAGING OUTCOME / النتيجة النهائية - see histology", "  R: 2\n  L: 1\n", "1 2"),
    ("FINAL IMAGING OUTCOME / النتيجة / R 4A", "  R: 3\n  L: 2\n", "2 3"),
])
def test_near_miss_outcome_heading_glossed_from_arabic(heading: str, rows: str, codes: str) -> None:
    assert birads_codes(_READERS + heading + "\n" + rows + _DECISION) == codes


def test_side_list_after_a_slash_is_not_blanked() -> None:
    # (a category list before and after the slash, each side glossed: read as before)
    text = ("Impression: bilateral benign cysts.\nBI-RADS: الأيمن [right] 2 / الأيسر [left] 2\n")
    assert birads_codes(text) == "2 2"


# ------------------------------------------------------------------ a hospital system's previous radiology results

_HEAD = ("AL-SHIFA HIS - RADIOLOGY RESULT\nProcedure: US BREAST LEFT + AXILLA LEFT\nResult status: Final\n\n")
_LEFT_FIVE = ("Findings:\nLeft breast: at 1 to 2 o'clock, a large irregular hypoechoic mass with spiculated margins, 41 mm."
              "\n\nImpression:\nLeft breast mass with skin involvement. Highly suggestive of malignancy. BI-RADS 5.\n")


@pytest.mark.parametrize(("block", "codes"), [
    # (the batch's wording, its heading glossed from Arabic)
    ("نتائج الأشعة السابقة [Previous radiology results]:\n  11-2023  MAMMOGRAPHY BILATERAL (Buraimi)  \"no suspicious "
     "lesion; BI-RADS 1 both breasts\"\n\n", "5 -"),
    # (variants: "imaging", "reports", a blank before the colon, no colon)
    ("Previous imaging reports:\n  11-2023  MAMMOGRAPHY BILATERAL  \"BI-RADS 1 both breasts\"\n\n", "5 -"),
    ("Prior radiology reports :\n  11-2023  MAMMOGRAPHY RIGHT  \"BI-RADS 1\"\n\n", "5 -"),
    ("Previous radiology results\n  06-2025  US BREAST RIGHT  \"nodule unchanged, BI-RADS 3\"\n\n", "5 -"),
])
def test_previous_radiology_results_list_is_history(block: str, codes: str) -> None:
    assert birads_codes(_HEAD + block + _LEFT_FIVE) == codes


def test_previous_radiology_results_do_not_outrank_the_follow_up() -> None:
    text = ("Procedure: US BREAST RIGHT (follow-up)\n\nPrevious radiology results:\n"
            "  06-2024  US BREAST RIGHT   \"oval nodule at 6 o'clock 10 mm, probably fibroadenoma, BI-RADS 3\"\n"
            "  06-2025  US BREAST RIGHT   \"nodule unchanged, BI-RADS 3\"\n\n"
            "Findings:\nRight breast: at 6 o'clock the oval nodule measures 10 x 6 mm, unchanged over 2 years.\n\n"
            "Impression:\nStable right breast nodule, consistent with a fibroadenoma. BI-RADS 2.\n")
    assert birads_codes(text) == "- 2"


@pytest.mark.parametrize(("text", "codes"), [
    # (the heading with more words on its line is no such list: today's category stands, as before)
    ("Procedure: US BREAST RIGHT\n\nPrevious imaging results reviewed; stable nodule today, BI-RADS 2.\n", "- 2"),
    # (a department's results named otherwise, or today's: read as before)
    ("Procedure: US BREAST RIGHT\n\nRadiology results:\n  Right breast nodule unchanged, BI-RADS 2.\n", "- 2"),
    ("Procedure: US BREAST RIGHT\n\nPrevious radiology department results today:\nRight breast: BI-RADS 2.\n", "- 2"),
])
def test_near_miss_previous_radiology_results(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
