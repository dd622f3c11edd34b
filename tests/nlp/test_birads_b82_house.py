"""Radiology b82: a nursing record's amended entry that moves the exam's side."""
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

