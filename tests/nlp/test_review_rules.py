"""Review of the rule change b7fd574..28b08f2: each test is a defect found there (timing bounds are generous)."""

import time

from nlp.birads import extract_birads


def test_history_side_headings_before_a_late_impression_are_linear():
    # a long history whose every sentence is followed by a side's heading, the impression only at the very end: the
    # history's end is found without rescanning to the report's end for each side heading
    text = ("Clinical history: 48F, routine follow-up. "
            + "Lump in the left breast noted by the patient. Right breast: cyst aspirated 2024, benign. " * 4000
            + "\nIMPRESSION: Right breast: BI-RADS 2.\n")
    t = time.perf_counter()
    result = extract_birads(text)
    assert time.perf_counter() - t < 5
    assert result["R"] == "2"
