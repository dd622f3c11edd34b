"""Radiology b80: the classes its wrong reports stood for, each with a near miss."""

from nlp.birads import extract_birads

_SCANNED_RIGHT = ("ULTRASOUND REPORT\nExamination requested: Ultrasound Rt breast\n"
                  "FINDINGS: Oval circumscribed hypoechoic nodule 11 x 7 mm at 9 o'clock.\n"
                  "IMPRESSION: Probable fibroadenoma. BI-RADS 3.\n")


def test_addendum_scan_done_on_the_other_side_moves_the_category() -> None:
    text = _SCANNED_RIGHT + ("ADDENDUM (23/01/2026): Laterality error - the scan above was done on the LEFT breast, "
                             "not the right. Please amend records.\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    other = _SCANNED_RIGHT + "ADDENDUM: the study was done on the left breast, not the right.\n"
    assert extract_birads(other) == {"L": "3", "R": None}


def test_addendum_scan_done_in_a_left_position_moves_nothing() -> None:
    # near miss: a patient position is no side of the examination
    text = _SCANNED_RIGHT + "ADDENDUM: the scan above was done in the left lateral decubitus position.\n"
    assert extract_birads(text) == {"L": None, "R": "3"}
