"""Radiology b100: a RIS printout of a patient's exams that marks today's exam in a section of its own ("CURRENT EXAM
(this order)") lists the earlier exams in another, headed on a line of its own ("PRIOR EXAMS ON FILE (...)"): that
section is history, to the current exam's heading or the text's end (both headings are needed), and a current exam's
heading ends a "Previous results" block above it too; a tracking printout's "Revised assessment:" heading with its
reason in parentheses after the colon heads the revised side lines below it."""
from nlp.birads import extract_birads

# ------------------------------------------------------------------ a printout's earlier exams' section, today's marked


def test_the_earlier_exams_section_of_a_printout_marking_its_current_exam_is_history() -> None:
    text = ("RADIOLOGY INFORMATION SYSTEM - EXAM HISTORY\n"
            "Patient: SAMPLE, ROSA    MRN 0001122\n"
            "Current examination\n"
            "  2026-04-02  MAMMO SCREENING BILATERAL   final\n"
            "  Both breasts fatty. No mass or suspicious calcification. BI-RADS 1.\n"
            "Previous exams (earlier results, listed for comparison only, not this order)\n"
            "  2025-03  US BREAST RIGHT LIMITED   final   Assessment: right BI-RADS 3\n"
            "  2024-03  MAMMO DIAG BILAT          final   Impression: BI-RADS 0, recalled\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_an_earlier_row_naming_the_other_side_gives_a_one_sided_current_exam_nothing_there() -> None:
    text = ("PATIENT EXAM HISTORY\n"
            "CURRENT EXAM (this order)\n"
            "  04/02/2026  US BREAST LEFT LIMITED   FINAL\n"
            "  Findings: left 2:00, 6 mm simple cyst.\n"
            "  Impression: benign cyst, left breast. BI-RADS 2.\n"
            "PRIOR EXAMS ON FILE (for reference only; results of earlier orders)\n"
            "  01/2025  MAM DIAG BILAT   FINAL   Assessment: R BI-RADS 4A, L BI-RADS 1\n")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_an_earlier_exams_section_printed_above_the_current_exam_ends_at_its_heading() -> None:
    # (also a short heading of earlier results alone on its line, history to its blank line: it ends there too)
    short = ("EXAM HISTORY PRINT\n"
             "Previous results\n"
             "  2025  US BREAST LEFT   final   Impression: BI-RADS 3\n"
             "Current exam\n"
             "  US BREAST LEFT LIMITED\n"
             "  Impression: left 3:00 cyst, unchanged. BI-RADS 2.\n")
    assert extract_birads(short) == {"L": "2", "R": None}
    text = ("EXAM HISTORY PRINT\n"
            "Prior studies (most recent first; all reported at this facility)\n"
            "  2025  MRI BREAST BILAT   final   Impression: BI-RADS 2\n"
            "Current study\n"
            "  MRI BREAST BILAT W/WO\n"
            "  Impression: right 10:00 enhancing mass, BI-RADS 4B. Left breast negative, BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "4B"}


def test_near_miss_a_prior_exams_line_without_a_current_exam_marked_heads_no_section() -> None:
    # (an ordinary report's comparison heading alone on its line: the report's own findings and impression follow)
    text = ("SCREENING MAMMOGRAM, BILATERAL\n"
            "Prior exams on file (outside mammograms of 2024 and 2025, reviewed today)\n"
            "Findings: scattered fibroglandular density. Stable benign calcifications.\n"
            "Impression: benign findings. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_near_miss_a_sentence_about_prior_exams_opens_no_section() -> None:
    text = ("US RIGHT BREAST\n"
            "Current exam\n"
            "Prior exams on file were reviewed, including the outside ultrasound (2025), and show no change.\n"
            "Right 9 o'clock: 5 mm simple cyst, as before.\n"
            "Impression: simple cyst, right breast. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_the_current_exams_own_comparison_and_quoted_prior_stay_history_its_category_is_read() -> None:
    text = ("PATIENT EXAM HISTORY\n"
            "CURRENT EXAM (this order)\n"
            "  05/01/2026  US BREAST RIGHT LIMITED   FINAL\n"
            "  Comparison: 11/2025 US, reported as \"right 8:00 mass, BI-RADS 3\".\n"
            "  Findings: right 8:00 oval mass, 7 mm, unchanged.\n"
            "  Impression: stable probably benign mass. BI-RADS 3, continue follow-up.\n"
            "PRIOR EXAMS ON FILE (for reference only; results of earlier orders)\n"
            "  11/2025  US BREAST RIGHT LIMITED   FINAL   Assessment: BI-RADS 4A (11/2025)\n")
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_a_bilateral_current_exam_keeps_each_sides_category_over_a_one_sided_earlier_row() -> None:
    text = ("PATIENT EXAM HISTORY\n"
            "CURRENT EXAM\n"
            "  06/01/2026  MAM DIAG BILAT   FINAL\n"
            "  Impression: Right breast negative, BI-RADS 1. Left 3:00 asymmetry, BI-RADS 0; ultrasound next.\n"
            "PRIOR EXAMS ON FILE (for reference only; results of earlier orders)\n"
            "  06/2025  US BREAST RT LTD   FINAL   Assessment: R BI-RADS 3\n")
    assert extract_birads(text) == {"L": "0", "R": "1"}


def test_near_miss_a_current_exam_comparing_earlier_exams_under_its_own_heading_reads_as_before() -> None:
    # (a current exam marked, but its earlier exams told under a comparison heading with its text on its line)
    text = ("PATIENT EXAM HISTORY\n"
            "CURRENT EXAM (this order)\n"
            "  07/01/2026  MAM SCREEN BILAT   FINAL\n"
            "  Comparison: prior exams of 2024 (BI-RADS 3, left) and 2025 (BI-RADS 0, recalled).\n"
            "  Impression: stable benign findings. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_near_miss_a_tracking_printouts_previous_result_line_and_a_history_heading_read_as_before() -> None:
    # (other layouts: no current exam marked; their earlier categories are history by the rules already there)
    tracking = ("OUTCOME TRACKING - FOLLOW-UP DUE\n"
                "Index exam: 01/10/2026  US BREAST RT LTD\n"
                "Previous result (tracking history, not this exam): 07/2025 US RT BI-RADS 3\n"
                "[EXAM ASSESSMENT]\n"
                "  Right ....... 2   Benign\n"
                "  Left ........ N/A (not examined)\n")
    assert extract_birads(tracking) == {"L": None, "R": "2"}
    history = ("BILATERAL BREAST ULTRASOUND\n"
               "Imaging history: prior exams 2024 and 2025, left BI-RADS 3 mass.\n"
               "Findings: left 4:00 oval mass unchanged for two years.\n"
               "Impression: benign, BI-RADS 2 bilaterally.\n")
    assert extract_birads(history) == {"L": "2", "R": "2"}


# ------------------------------------------------------------------ a revised assessment's reason after its colon


def test_a_revised_assessment_with_its_reason_after_the_colon_heads_the_revised_side_lines() -> None:
    text = ("FOLLOW-UP TRACKING LIST\n"
            "Index exam: 03/02/2026  MAM DIAG BILAT\n"
            "[EXAM ASSESSMENT]\n"
            "  Right ....... 4A  Suspicious - low\n"
            "  Left ........ 1   Negative\n"
            "Revised assessment: (addendum 03/09/2026 after second-look ultrasound)\n"
            "  Right ....... 3   Probably benign\n"
            "Status ............... OPEN\n")
    assert extract_birads(text) == {"L": "1", "R": "3"}  # (the side the block does not list keeps its category)


def test_near_miss_a_revised_assessment_heading_with_no_side_lines_below_leaves_the_assessment() -> None:
    text = ("FOLLOW-UP TRACKING LIST\n"
            "Index exam: 03/02/2026  US BREAST LT LTD\n"
            "[EXAM ASSESSMENT]\n"
            "  Left ........ 3   Probably benign\n"
            "  Right ....... --  (not examined)\n"
            "Revised assessment: (requested, outside priors awaited)\n"
            "Status ............... OPEN\n")
    assert extract_birads(text) == {"L": "3", "R": None}


def test_near_miss_an_earlier_assessment_block_with_an_aside_after_its_colon_is_no_revision() -> None:
    text = ("FOLLOW-UP TRACKING LIST\n"
            "Index exam: 03/02/2026  US BREAST RT LTD\n"
            "Prior assessment: (outside report, 2024)\n"
            "  Right ....... 3   Probably benign\n"
            "[EXAM ASSESSMENT]\n"
            "  Right ....... 2   Benign\n"
            "  Left ........ N/A (not examined)\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_near_miss_a_revised_assessment_run_on_in_prose_reads_as_before() -> None:
    text = ("US LEFT BREAST\n"
            "Impression: left 1:00 mass, BI-RADS 4A.\n"
            "Revised assessment: (after review of the 2021 outside images) the mass is unchanged; BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": None}
