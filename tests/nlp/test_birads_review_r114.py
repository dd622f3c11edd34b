"""Review r114 of the b114 radiology rules: a hospital system's "Previous radiology results:" / "Previous imaging
results:" heading is a list of earlier reports only over the dated rows straight below it, and ends at the first line
that is no dated row (or its wrapped continuation) or starts with a section heading; an outcome heading glossed from
Arabic after a slash does not head an earlier round's result quoted for reference."""
import pytest

from tests.nlp.labels import birads_codes

_HIS = "AL-NOOR HIS - RADIOLOGY RESULT\nProcedure: US BREAST RIGHT\nStatus: Final\n\n"
_PATIENT = "Patient: F, 52 y   MRN 00481736   Referring: Breast clinic\nReport date: 16-02-2026\n\n"

# ------------------------------------------------------------------ rule 2: the over-reaches, now read as before b114


@pytest.mark.parametrize(("text", "codes"), [
    # (m01: an empty field, "None on file.", then today's Findings / Impression with no blank line)
    (_HIS + "Previous imaging results:\nNone on file.\nFindings:\nRight breast: 8 o'clock irregular mass 12 mm with "
     "posterior shadowing.\nImpression:\nSuspicious right breast mass. BI-RADS 4C.\n", "- 4C"),
    # (m02: the rows, then "Current examination:" and the Impression with no blank line)
    (_HIS + "Previous radiology results:\n  03-2025  US BREAST RIGHT  \"BI-RADS 2\"\nCurrent examination: right breast 8 "
     "o'clock new irregular mass 10 mm.\nImpression: BI-RADS 4B.\n", "- 4B"),
    # (m05: "Today: ..." on the line after the last row)
    (_PATIENT + "Procedure: US BREAST LEFT\nPrevious imaging results:\n2024: BI-RADS 2.\nToday: new irregular mass left "
     "3 o'clock, 15 mm. BI-RADS 4B.\n", "4B -"),
    # (m06: an empty template field straight above the Impression)
    (_PATIENT + "REPORT FORM\nIndication: palpable lump right\nPrevious imaging results:\nImpression: right 9 o'clock "
     "solid mass, BI-RADS 4A.\nRecommendation: core biopsy.\n", "- 4A"),
    # (m11: "Addendum today: ..." under the rows)
    (_PATIENT + "Procedure: US BREAST LEFT\n\nPrevious radiology results:\n  06-2025  US BREAST LEFT  \"BI-RADS 3\"\n"
     "Addendum today: biopsy advised, left BI-RADS 4A.\n\nImpression: left 4A.\n", "4A -"),
    # (m15: an EHR form with no blank lines, the empty field above Findings and Impression)
    ("OMAN MOH - EHR RADIOLOGY FORM\nPatient: 61 y F\nExam: MAMMOGRAPHY BILATERAL (diagnostic)\nIndication: left nipple "
     "retraction\nPrevious imaging results:\nFindings: left retroareolar irregular mass 22 mm with nipple retraction. "
     "Right breast normal.\nImpression: left BI-RADS 5, right BI-RADS 1.\nRecommendation: US-guided biopsy.\n", "5 1"),
    # (variants: "Findings:" under the rows; a field "None." above a blank line; an ISO-dated row then "Conclusion:")
    (_HIS + "Previous imaging results:\n  06-2025  US BREAST RIGHT  \"BI-RADS 3\"\nFindings: right 8 o'clock new "
     "irregular mass 10 mm.\nImpression: BI-RADS 4B.\n", "- 4B"),
    (_HIS + "Previous radiology results:\nNone.\n\nImpression: right simple cyst. BI-RADS 2.\n", "- 2"),
    (_HIS + "Previous radiology results:\n  2024-01-10  US BREAST RIGHT  \"BI-RADS 3\"\nConclusion: right breast BI-RADS "
     "4A.\n", "- 4A"),
    # (m10, the review's ambiguous case: no dated row under the heading, so no list; the report below is read)
    ("Procedure: MAMMOGRAPHY BILATERAL\nPrevious radiology results:\nReport: scattered fibroglandular density; no mass "
     "or suspicious calcification. BI-RADS 1 both breasts.\nReported by Dr. N. Al-Balushi 14-02-2026\n", "1 1"),
])
def test_previous_results_heading_without_dated_rows_below_is_no_list(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (the intended wordings still read as history: indented dated rows closed by a blank line, in capitals, a
    # singular heading, a year alone, a glossed heading)
    (_HIS + "Previous imaging results:\n  03-2025  US BREAST RIGHT  \"complex cyst 8 o'clock, BI-RADS 4A\"\n\nFindings:\n"
     "Right breast: 8 o'clock simple cyst 11 mm.\n\nImpression:\nBenign right breast cyst. BI-RADS 2.\n", "- 2"),
    ("PROCEDURE: MAMMOGRAPHY BILATERAL SCREENING\n\nPREVIOUS RADIOLOGY RESULTS:\n  2024-01-10  MAMMO BILAT   \"Left "
     "focal asymmetry, BI-RADS 0\"\n  2024-01-24  US BREAST LEFT  \"normal tissue, BI-RADS 1\"\n\nFINDINGS: Scattered "
     "fibroglandular tissue.\nIMPRESSION: Negative. BI-RADS 1 bilateral.\n", "1 1"),
    ("AL-NOOR HIS - RADIOLOGY RESULT\nProcedure: US BREAST LEFT\nStatus: Final\n\nPrevious radiology result:\n  07-2025  "
     "MAMMOGRAPHY BILATERAL  \"right benign calcifications BI-RADS 2, left BI-RADS 1\"\n\nImpression:\nSuspicious left "
     "breast mass. BI-RADS 4C.\n", "4C -"),
    (_HIS + "Old radiology reports:\n  2019  MAMMO BILAT  \"BI-RADS 4 left, biopsy: fibroadenoma\"\n\nImpression:\n"
     "Benign right breast cyst. BI-RADS 2.\n", "- 2"),
    (_HIS + "نتائج التصوير السابقة [Previous imaging results]:\n  04-2025  US BREAST RIGHT  \"BI-RADS 4A\"\n\nImpression:\n"
     "Benign right breast cyst. BI-RADS 2.\n", "- 2"),
    # (a row wrapped onto a deeper-indented line stays in the list)
    (_HIS + "Previous radiology results:\n  06-2025  US BREAST RIGHT  \"oval nodule,\n      BI-RADS 4A, biopsy benign\"\n"
     "\nImpression: right nodule unchanged, BI-RADS 2.\n", "- 2"),
])
def test_previous_results_dated_rows_still_history(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ rule 1: an earlier round quoted for reference

_SCREEN = "Screening result (this round, 02-2026): R 1  L 1\nNo recall.\n\n"
_ROWS = "  R: 3 (early recall)\n  L: 1\n\nRoutine screening in 2 years.\n"
_KUWAIT = ("KUWAIT BREAST SCREENING PROGRAMME - SCREENING AND ASSESSMENT RECORD\nClient ID: KBS-20931   Round: 3\n\n"
           "Screening mammogram 2 views each side, 12-02-2026.\nScreening result / نتيجة الفحص\n  R: 0 (asymmetry, upper "
           "outer)\n  L: 0 (calcifications, 2 o'clock)\n\nAssessment 03-03-2026: right asymmetry resolves on spot "
           "compression; left grouped amorphous calcifications 8 mm, stereotactic biopsy performed.\n\n")
_NEXT = "\nNext step: MDT review 17-03-2026.\nReporting radiologist: Dr. H. Al-Mutairi\n"


@pytest.mark.parametrize("lead_in", [
    "For reference, the previous round (2023):",  # (n02)
    "Previous round (2023) for comparison:",
    "For reference only:",
])
def test_earlier_round_outcome_quoted_for_reference_does_not_replace_this_round(lead_in: str) -> None:
    # (the earlier round's right 3 never replaces this round's R 1; its side lines are not read as an outcome)
    text = _SCREEN + lead_in + "\nFINAL IMAGING OUTCOME (after work-up) / النتيجة النهائية للتصوير\n" + _ROWS
    assert birads_codes(text)[-1] != "3"


@pytest.mark.parametrize(("heading", "rows", "codes"), [
    # (this round's outcome under the slash form or the bracket gloss still heads its side lines)
    ("FINAL IMAGING OUTCOME (after work-up) / النتيجة النهائية للتصوير", "  R: 1\n  L: 4B (biopsy)\n", "4B 1"),
    # (the slash flush against the English, g10, and the qualifiers "(after assessment)", "(after recall)", g01)
    ("FINAL IMAGING OUTCOME (after work-up)/ النتيجة النهائية للتصوير", "  R: 1\n  L: 4B (biopsy)\n", "4B 1"),
    ("النتيجة النهائية للتصوير [FINAL IMAGING OUTCOME (after assessment)]", "  R: 1\n  L: 4B (biopsy)\n", "4B 1"),
    ("FINAL IMAGING OUTCOME (after recall) / النتيجة النهائية", "  R: 1\n  L: 4B (biopsy)\n", "4B 1"),
])
def test_this_rounds_glossed_outcome_still_heads_its_side_lines(heading: str, rows: str, codes: str) -> None:
    assert birads_codes(_KUWAIT + heading + "\n" + rows + _NEXT) == codes


def test_outcome_under_a_line_not_introducing_an_earlier_round_still_heads() -> None:
    # (a lead-in naming this round only: the outcome replaces the screening result, as in b114)
    text = ("Screening result: R 0  L 1\n\nAssessment clinic (this round):\nFINAL IMAGING OUTCOME (after work-up) / "
            "النتيجة النهائية للتصوير\n  R: 2\n  L: 1\n\nRoutine screening in 2 years.\n")
    assert birads_codes(text) == "1 2"
