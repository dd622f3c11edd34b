"""Radiology b103: a form's or case log's line heading the exam's impression quoted below it ("..., impression as
reported:", "Report of record - impression as issued:") ends the order's history above it; a report that says it was
transcribed by speech recognition reads its homophones ("birads too benign"); a per-side block's "R: 3 -> 2" takes
the category after the arrow; a case review's "Learning point:" / "Teaching point:" tells no assessment; under an
impression heading alone a "<category name>, <side> breast." line is read after the other side's "Right breast: ..."
line; a "FINAL ... OUTCOME" heading over stacked side lines ("R: 1" / "L: 3 (early review)") gives both sides."""
from nlp.birads import extract_birads

# ------------------------------------------------------------------ 1. "impression as reported / issued:" ends history


def test_worksheet_impression_as_reported_below_the_referral_reason_is_read() -> None:
    text = ("BIOPSY BOOKING FORM\n"
            "1. Referral   Reason (from request): \"R lump, please biopsy\"\n"
            "2. Imaging\n"
            "   US RIGHT BREAST 03/03/2026, impression as reported:\n"
            "   \"Right 10:00 irregular mass 12 mm. BI-RADS 4C. Core biopsy advised.\"\n"
            "3. Slot: 10/03/2026\n")
    assert extract_birads(text) == {"L": None, "R": "4C"}


def test_case_log_impression_as_issued_below_the_order_question_is_read() -> None:
    text = ("CASE REVIEW LOG\n"
            "Clinical question on order: \"left nipple discharge\"\n"
            "Report of record - impression as issued:\n"
            "   \"Left breast: 5 mm intraductal mass at 12:00. BI-RADS 4A.\n"
            "    Right breast: negative. BI-RADS 1.\"\n"
            "Outcome: papilloma.\n")
    assert extract_birads(text) == {"L": "4A", "R": "1"}


def test_near_miss_prior_exams_impression_as_reported_stays_history() -> None:
    text = ("Bilateral mammogram 03/03/2026.\n"
            "History: follow-up. Prior US 2024, impression as reported:\n"
            "\"Left breast: oval mass. BI-RADS 3.\"\n"
            "Impression: stable left mass. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_near_miss_outside_impression_as_reported_in_the_referral_stays_history() -> None:
    text = ("Referral reason (as typed): \"lump\"\n"
            "Outside ultrasound, impression as reported:\n"
            "\"Right breast mass. BI-RADS 4A.\"\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_impression_as_reported_mid_sentence_ends_no_history() -> None:
    text = ("History: the GP letter gives the impression as reported by her: \"right lump, BI-RADS 4A\" on another scan.\n"
            "Ultrasound right breast: simple cyst at 9 o'clock.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_referral_quote_alone_stays_history() -> None:
    text = ("Referral reason (as typed on request): \"L breast lump, outside US BI-RADS 4B, please biopsy\"\n"
            "Vetting: agree, book core.\n")
    assert extract_birads(text) == {"L": None, "R": None}

# ------------------------------------------------------------------ 2. a speech-recognition transcript's homophones


def test_report_transcribed_by_speech_recognition_reads_too_as_two() -> None:
    text = ("Mammogram both sides, transcribed by speech recognition, unedited.\n"
            "History, annual screen. Scattered densities, vascular calcifications.\n"
            "Impression, benign, birads too benign, routine screening.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_near_miss_typed_report_without_the_statement_keeps_too_unread() -> None:
    text = ("Mammogram both sides.\n"
            "History, annual screen. Scattered densities, vascular calcifications.\n"
            "Impression, benign, birads too benign, routine screening.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_report_not_transcribed_by_speech_recognition_keeps_too_unread() -> None:
    text = ("Mammogram both sides, not transcribed by speech recognition.\n"
            "History, annual screen. Scattered densities, vascular calcifications.\n"
            "Impression, benign, birads too benign, routine screening.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_speech_recognition_unavailable_keeps_too_unread() -> None:
    text = ("Mammogram both sides. Speech recognition unavailable, typed by hand.\n"
            "History, annual screen. Scattered densities, vascular calcifications.\n"
            "Impression, benign, birads too benign, routine screening.\n")
    assert extract_birads(text) == {"L": None, "R": None}

# ------------------------------------------------------------------ 3. a side line's arrow in a per-side block


def test_final_assessment_side_line_with_an_arrow_takes_the_revised_category() -> None:
    text = "Final assessment:\nRight: 4A -> 3\nLeft: 1\n"
    assert extract_birads(text) == {"L": "1", "R": "3"}


def test_near_miss_side_lines_without_an_arrow_keep_their_categories() -> None:
    text = "Final assessment:\nRight: 4A\nLeft: 1\n"
    assert extract_birads(text) == {"L": "1", "R": "4A"}


def test_near_miss_arrow_to_a_measurement_is_no_revision() -> None:
    text = "Final assessment:\nRight: 3 -> 12 mm mass\nLeft: 1\n"
    assert extract_birads(text)["L"] == "1"
    assert extract_birads(text)["R"] != "1"


def test_near_miss_arrow_inside_an_aside_revises_nothing() -> None:
    text = "Final assessment:\nRight: 2 (reader B: 2 -> 3, not upheld)\nLeft: 1\n"
    assert extract_birads(text) == {"L": "1", "R": "2"}

# ------------------------------------------------------------------ 4. a case review's learning point


def test_learning_point_category_is_no_assessment() -> None:
    text = ("Bilateral breast ultrasound.\n"
            "Impression:\nRight breast: cysts. BI-RADS 2.\nLeft breast: mass. BI-RADS 3.\n"
            "ADDENDUM: on review the left mass is BI-RADS 4A. Right breast unchanged.\n"
            "Learning point: review cine in two planes before assigning BI-RADS 3 to a solid mass.\n"
            "Action: as above.\n")
    assert extract_birads(text) == {"L": "4A", "R": "2"}


def test_near_miss_teaching_points_heading_too() -> None:
    text = ("Right breast ultrasound. Impression: oval mass, BI-RADS 3.\n"
            "Teaching points: a BI-RADS 4A mass needs a biopsy.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_near_miss_learning_in_the_findings_is_read() -> None:
    text = "Right breast ultrasound. Impression: learning disability noted; oval mass, BI-RADS 3.\n"
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_near_miss_point_of_care_heading_is_read() -> None:
    text = "Right breast: point of care ultrasound.\nConclusion: simple cyst, BI-RADS 2.\n"
    assert extract_birads(text) == {"L": None, "R": "2"}

# ------------------------------------------------------------------ 5. "<name>, <side> breast." after a side-headed line


def test_words_then_side_line_after_the_other_sides_headed_line() -> None:
    text = "Impression:\nLeft breast: Suspicious. Biopsy advised.\nBenign, right breast.\n"
    assert extract_birads(text) == {"L": "4", "R": "2"}


def test_near_miss_words_then_side_lines_alone_still_read() -> None:
    text = "Impression:\nNegative, right breast.\nProbably benign, left breast.\n"
    assert extract_birads(text) == {"L": "3", "R": "1"}


def test_near_miss_same_side_after_its_headed_line_is_not_read_again() -> None:
    text = "Impression:\nRight breast: Highly suggestive of malignancy.\nNegative, right breast.\n"
    assert extract_birads(text) == {"L": None, "R": "5"}


def test_near_miss_no_impression_heading_alone_reads_no_words_line() -> None:
    text = "Notes:\nRight breast: lump.\nNegative, left breast.\n"
    assert extract_birads(text)["L"] is None

# ------------------------------------------------------------------ 6. a final outcome's stacked side lines


def test_final_outcome_over_stacked_side_lines_with_an_aside() -> None:
    text = ("SCREENING READ SHEET\n"
            "Read 1: R 1 L 0\n"
            "FINAL IMAGING OUTCOME\n"
            "  R: 3 (short-interval US 6 months)\n"
            "  L: 1\n")
    assert extract_birads(text) == {"L": "1", "R": "3"}


def test_near_miss_bare_outcome_heading_reads_no_aside_line() -> None:
    text = "Outcome:\nR: 1\nL: 3 (early review)\n"
    assert extract_birads(text)["L"] is None


def test_near_miss_final_outcome_line_with_a_count_is_no_category() -> None:
    text = "Final outcome:\nR: 1\nL: 3 cysts aspirated\n"
    assert extract_birads(text)["L"] is None


def test_near_miss_final_outcome_with_one_side_twice_gives_no_stacked_pair() -> None:
    text = "Final result:\nR: 2\nR: 3 (early review)\n"
    assert extract_birads(text) == {"L": None, "R": "2"}
