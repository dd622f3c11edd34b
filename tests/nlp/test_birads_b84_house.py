"""Radiology b84: per-side lines giving the category after a blank under an overall assessment, a side's finding in a
sentence of its own before the category's name, and a run-in "Conclusion:" heading in title case in a quoted report."""
from nlp.birads import extract_birads

_OVERALL_OVER_SIDE_LINES = (
    "Findings: calcifications right breast, cysts left breast.\n\n"
    "OVERALL ASSESSMENT: BI-RADS 4A - low suspicion for malignancy.\n"
    "BI-RADS per breast:\n"
)


def test_side_lines_with_a_blank_before_the_category_give_each_side_its_own() -> None:
    text = _OVERALL_OVER_SIDE_LINES + "  Right 4A (amorphous calcifications; biopsy recommended).\n  Left 2 (cysts).\n"
    assert extract_birads(text) == {"L": "2", "R": "4A"}


def test_side_lines_with_a_blank_and_a_dash_after_the_category() -> None:
    text = "Findings: see above.\n\nBI-RADS per breast:\n  Right 1 - negative\n  Left 4B - moderate suspicion\n"
    assert extract_birads(text) == {"L": "4B", "R": "1"}


def test_side_lines_counting_findings_are_no_categories() -> None:
    text = "Findings: see above.\n\nBI-RADS per breast:\n  Right 2 cysts.\n  Left 1 mass.\n"
    assert extract_birads(text) == {"L": None, "R": None}


def test_overall_assessment_stands_over_side_lines_counting_findings() -> None:
    text = ("Findings: see above.\n\nOVERALL ASSESSMENT: BI-RADS 2 - benign.\nBI-RADS per breast:\n"
            "  Right 2 cysts\n  Left 1 lymph node\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_side_finding_in_a_sentence_of_its_own_before_the_category_name() -> None:
    text = ("IMPRESSION PER RPT: RIGHT BREAST: 38 MM IRREGULAR SPICULATED MASS 10:00 WITH SKIN THICKENING. "
            "HIGHLY SUGGESTIVE OF MALIGNANCY. LEFT BREAST: NEGATIVE.\n")
    assert extract_birads(text) == {"L": "1", "R": "5"}


def test_side_finding_sentence_in_mixed_case() -> None:
    text = "IMPRESSION: Left breast: 12 mm mass at 2:00. Probably benign. Right breast: negative.\n"
    assert extract_birads(text) == {"L": "3", "R": "1"}


def test_sentence_after_a_side_finding_that_only_mentions_a_category_word() -> None:
    text = ("IMPRESSION: Left breast: 12 mm mass at 10:00. Suspicious calcifications are not seen. "
            "Right breast: negative.\n")
    assert extract_birads(text)["L"] is None


def test_name_with_both_sides_after_a_side_finding_is_not_the_side_headers() -> None:
    text = "IMPRESSION: Right breast: simple cyst at 2:00. Benign findings, both breasts.\n"
    assert extract_birads(text) != {"L": None, "R": "2"}  # (said of both breasts, not of the right one alone)


def test_title_case_conclusion_run_in_in_a_quoted_report() -> None:
    text = ("Current round:\n  Mammogram bilateral, 2026-01-27. Report: \"Multiple bilateral circumscribed masses, in "
            "keeping with cysts. No suspicious calcification. Conclusion: Benign findings, both breasts.\"\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_title_case_impression_run_in_in_a_letter() -> None:
    text = ("Your patient had a right breast ultrasound. Report: \"Simple cyst at 2 o'clock. Impression: Benign.\" "
            "Annual recall.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_title_case_conclusion_quoted_in_the_history_does_not_count() -> None:
    text = ("SURVEILLANCE RECORD\n\nSurveillance history:\n"
            "  2025 mammogram: \"Several cysts. Conclusion: Benign findings, both breasts.\"\n\n"
            "Current round:\n  Mammogram bilateral, 2026-01-27. Report: \"No mass. No suspicious calcification. "
            "Conclusion: Negative, both breasts.\"\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_conclusion_of_an_earlier_report_is_no_heading() -> None:
    text = ("Mammogram bilateral, 2026-01-27. Report: \"Stable cysts. Conclusion of the 2025 report: benign findings, "
            "both breasts.\"\n")
    assert extract_birads(text) == {"L": None, "R": None}
