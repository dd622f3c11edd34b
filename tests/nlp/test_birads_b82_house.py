"""Radiology b82: a nursing record's amended entry that moves the exam's side, and a result letter's final
per-side BI-RADS line after the screening recall it settles."""
from nlp.birads import extract_birads

_NURSING_RECORD = (
    "DAY SURGERY UNIT - NURSING ADMISSION RECORD\n"
    "Procedure booked: Ultrasound-guided core biopsy\n"
    "Imaging result (copied from radiology report):\n"
    "  US RIGHT BREAST: 2 o'clock irregular hypoechoic mass 12 mm.\n"
    "  Assessment: BI-RADS 4C.\n\n"
)


def test_amended_entry_moves_the_category_to_the_side_it_names() -> None:
    text = _NURSING_RECORD + (
        "AMENDED ENTRY 09:05 (J. Smith RN): the radiology report was re-checked; the ultrasound was of the LEFT breast,\n"
        "not the right; transcription error on this record.\n")
    assert extract_birads(text) == {"L": "4C", "R": None}


def test_corrected_entry_heading_is_a_correction_too() -> None:
    text = _NURSING_RECORD + "Corrected entry: the examination was of the left breast.\n"
    assert extract_birads(text) == {"L": "4C", "R": None}


def test_amended_entry_about_something_else_leaves_the_side() -> None:
    text = _NURSING_RECORD + "AMENDED ENTRY 09:05 (J. Smith RN): allergy to latex added after checking with the patient.\n"
    assert extract_birads(text) == {"L": None, "R": "4C"}


def test_final_per_side_line_replaces_the_screening_recall() -> None:
    text = ("RESULT SUMMARY FOR YOUR DOCTOR\n"
            "Examination: assessment clinic - right spot compression views\n"
            "Screening result: right recalled (possible asymmetry, BI-RADS 0); left normal\n"
            "Final BI-RADS: Right 2 - Benign    Left 1 - Negative\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}


def test_final_assessment_naming_one_side_keeps_the_other_sides_category() -> None:
    text = ("Left breast: BI-RADS 0, further views advised.\nRight breast: BI-RADS 2.\n"
            "Final assessment: left BI-RADS 1 after spot views.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}


def test_unsided_final_line_replaces_no_side() -> None:
    text = "Right breast: BI-RADS 1.\nLeft breast: BI-RADS 4A.\nFinal BI-RADS: 4A\n"
    assert extract_birads(text) == {"L": "4A", "R": "1"}


def test_size_after_a_side_in_the_keywords_list_is_no_category() -> None:
    assert extract_birads("BI-RADS: right breast 2 cm mass, irregular margins. BI-RADS 4B.") == {"L": None, "R": "4B"}
    assert extract_birads("BI-RADS: left 2 x 3 cm mass. Category 4A.") == {"L": "4A", "R": None}
    assert extract_birads("BI-RADS: right 2 o'clock mass, suspicious, BI-RADS 4A.") == {"L": None, "R": "4A"}


def test_size_alone_after_a_side_states_no_category() -> None:
    assert extract_birads("BI-RADS: right breast 2 cm mass.") == {"L": None, "R": None}


def test_side_list_with_categories_still_reads() -> None:
    assert extract_birads("BI-RADS: right breast 2, left breast 1.") == {"L": "1", "R": "2"}
    assert extract_birads("BI-RADS right 3") == {"L": None, "R": "3"}


def test_each_breast_on_a_one_sided_exam_is_that_side() -> None:
    assert extract_birads("LEFT MAMMOGRAM\nNo suspicious finding. BI-RADS 2 each breast.") == {"L": "2", "R": None}
    assert extract_birads("RIGHT BREAST ULTRASOUND\nImpression: BI-RADS 1 for either breast.") == {"L": None, "R": "1"}


def test_each_breast_on_a_bilateral_exam_is_both_sides() -> None:
    assert extract_birads("BILATERAL MAMMOGRAM\nBenign calcifications. BI-RADS 2 each breast.") == {"L": "2", "R": "2"}
