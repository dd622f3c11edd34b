"""Radiology classes fixed on styles batch b77, each with its near miss (new wording, not the batch's reports)."""

from __future__ import annotations

from nlp.birads import extract_birads


def test_a_uk_score_lines_category_wrapped_onto_the_next_line_keeps_the_scores_side() -> None:
    text = ("Ultrasound both breasts.\nSummary: L U1. R U3 - 7 mm well-defined hypoechoic nodule at 10 o'clock, likely a\n"
            "fibroadenoma (BI-RADS equivalent 3). Follow-up scan in six months.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}
    # near miss: the line above closes its sentence: the category's own line is read as before (both sides)
    closed = text.replace("likely a\nfibroadenoma (BI-RADS", "likely a fibroadenoma.\nOverall (BI-RADS")
    assert extract_birads(closed) == {"L": "3", "R": "3"}


def test_a_dictated_side_word_at_a_wrapped_lines_end_opens_the_next_statement() -> None:
    text = ("bilateral mammogram dictated\nimpression left breast benign calcifications birads two right breast\n"
            "irregular mass at ten o'clock birads four b biopsy advised\n")
    assert extract_birads(text) == {"L": "2", "R": "4B"}
    # near miss: with no side before the category the side word after it still names its side
    alone = text.replace("impression left breast benign calcifications birads two right breast\n",
                         "impression benign calcifications birads two right breast\n")
    assert extract_birads(alone) == {"L": "4B", "R": "2"}
