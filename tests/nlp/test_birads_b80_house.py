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


def test_combined_conclusion_naming_its_exams_heads_a_glossed_side_list() -> None:
    text = ("Categoría mamográfica [Mammographic category]: derecha 4B, izquierda 1.\n"
            "Conclusión combinada (mamografía + ecografía) [Combined conclusion (mammography + ultrasound)]: "
            "derecha [right] 4C, izquierda [left] 1. Biopsia estereotáctica. [Stereotactic biopsy.]\n")
    assert extract_birads(text) == {"L": "1", "R": "4C"}
    plain = "Combined conclusion (mammography + ultrasound): right 4C, left 1. Stereotactic biopsy.\n"
    assert extract_birads(plain) == {"L": "1", "R": "4C"}


def test_combined_conclusion_with_sizes_after_the_sides_is_no_side_list() -> None:
    # near miss: a measurement after the side word is no category, glossed or not
    assert extract_birads("Combined conclusion (mammography + ultrasound): right 4 cm mass, left 1 cyst.\n") == {
        "L": None, "R": None}
    assert extract_birads("Combined conclusion (mammography + ultrasound): right [derecha] 4 cm mass.\n") == {
        "L": None, "R": None}


def test_final_birads_by_side_after_a_full_stop_reads_its_sides() -> None:
    text = ("Findings: Left upper outer quadrant fine linear branching calcifications, 28 mm. Right breast negative. "
            "FINAL BI-RADS BY SIDE: RIGHT: 1. LEFT: 4C.\n")
    assert extract_birads(text) == {"L": "4C", "R": "1"}
    assert extract_birads("Findings: left calcifications. BI-RADS by side: Right: 2. Left: 4A.\n") == {"L": "4A", "R": "2"}


def test_birads_by_side_after_a_full_stop_with_a_size_is_no_category() -> None:
    # near miss: "right 4 cm from the nipple" places a finding, it grades nothing
    assert extract_birads("Findings: right breast negative. BI-RADS by side: right 4 cm from the nipple.\n") == {
        "L": None, "R": None}


_SURVEILLANCE = "Surveillance history:\n- MRI 2024: BI-RADS 1.\n- Mammogram 2025: BI-RADS 2.\n"


def test_current_round_line_ends_the_history_above_it() -> None:
    text = _SURVEILLANCE + (
        'Current round, MRI BREASTS BILATERAL 18/02/2026, quoted: "Left 3:00 6 mm oval enhancing mass, new. '
        "Right breast: no suspicious enhancement. IMPRESSION: Left breast, probably benign, BI-RADS 3, 6-month "
        'follow-up MRI. Right breast negative, BI-RADS 1."\nPlan: MRI in 6 months.\n')
    assert extract_birads(text) == {"L": "3", "R": "1"}
    other = _SURVEILLANCE + 'Current exam: mammogram today, "Right breast: BI-RADS 1. Left breast: BI-RADS 3."\n'
    assert extract_birads(other) == {"L": "3", "R": "1"}


def test_current_medications_line_stays_in_the_history() -> None:
    # near miss: "current" before no exam word turns to nothing new; the earlier results stay history
    text = ("Surveillance history:\n- MRI 2024: left breast BI-RADS 3.\n"
            "Current medications, tamoxifen; MRI 2025 right BI-RADS 4A.\n")
    assert extract_birads(text) == {"L": None, "R": None}
