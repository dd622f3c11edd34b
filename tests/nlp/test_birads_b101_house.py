"""Radiology b101: a speech-recognition homophone after the keyword ("birads too") in a typed report was read when the
category's name closes the clause right before it and says the same number ("Left breast benign, birads too." -> 2);
a translation's "Diagnostic impression:" alone on its line headed the side lines under it as "Impression:" does
("Left breast: probably benign finding." -> 3). Both rules were withdrawn after three reviews (review r101c): these
readings are not made, so the class tests are strict xfails; the near misses still read no category."""
import pytest

from nlp.birads import extract_birads

_WITHDRAWN = pytest.mark.xfail(strict=True, reason="rule withdrawn after three reviews (58 over-reaches)")

# ------------------------------------------------------------------ a homophone after the category's name


@_WITHDRAWN
def test_homophone_after_its_name_in_typed_text() -> None:
    text = ("Diagnostic mammogram, both sides. History, recall for a left asymmetry. Findings, the asymmetry "
            "spreads out on spot compression. Impression. Right breast, BI-RADS 1. Left breast benign, birads too.")
    assert extract_birads(text) == {"L": "2", "R": "1"}


@_WITHDRAWN
def test_homophone_won_after_negative_for_both_breasts() -> None:
    text = "Screening mammogram. Findings, no mass or calcification. Impression. Both breasts negative, birads won."
    assert extract_birads(text) == {"L": "1", "R": "1"}


@_WITHDRAWN
def test_homophone_after_its_name_and_a_dash() -> None:
    text = "Left mammogram. Impression: left breast benign - bi-rads to."
    assert extract_birads(text) == {"L": "2", "R": None}


@pytest.mark.parametrize("text", [
    # (the name says another number: the homophone stays unread)
    "Left mammogram. Impression. Left breast probably benign, birads too.",
    "Left mammogram. Impression. Left breast negative, birads too.",
    # (the name in another sentence or on the line above, not the keyword's clause)
    "Left mammogram. Impression. Left breast benign. Birads too.",
    "Left mammogram. Impression. Left breast benign.\nBirads too.",
    # (the adverb, no name before it; "to" going on in its clause)
    "Left mammogram. The cyst is benign; we checked the prior BI-RADS too.",
    "Left mammogram. Impression. Left breast benign, BI-RADS to follow.",
])
def test_near_miss_homophone_without_an_agreeing_name_right_before(text: str) -> None:
    assert extract_birads(text) == {"L": None, "R": None}


# ------------------------------------------------------------------ "Diagnostic impression:" over side lines


@_WITHDRAWN
def test_diagnostic_impression_heading_over_a_side_line() -> None:
    text = ("CLINIC HOSPITAL - IMAGING\n"
            "ULTRASOUND LEFT BREAST - FOLLOW-UP\n"
            "Findings: oval circumscribed nodule at 2 o'clock, 6 x 3 mm, stable.\n"
            "Diagnostic impression:\n"
            "Left breast: probably benign finding.\n"
            "Follow-up in 6 months.\n")
    assert extract_birads(text) == {"L": "3", "R": None}


@_WITHDRAWN
def test_diagnostic_impression_in_capitals_over_side_lines() -> None:
    text = ("BILATERAL BREAST ULTRASOUND\n"
            "DIAGNOSTIC IMPRESSION\n"
            "Right breast: benign finding.\n"
            "Left breast: negative.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}


@pytest.mark.parametrize("heading", [
    "Clinical impression:",  # (the referrer's)
    "Clinical diagnostic impression:",
    "Diagnostic imaging:",
    "History:",
])
def test_near_miss_other_headings_over_a_side_line(heading: str) -> None:
    text = ("ULTRASOUND LEFT BREAST\n"
            f"{heading}\n"
            "Left breast: probably benign finding.\n"
            "Follow-up in 6 months.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_diagnostic_impression_over_a_finding_without_a_category_name() -> None:
    text = ("ULTRASOUND LEFT BREAST\n"
            "Diagnostic impression:\n"
            "Left breast: oval circumscribed mass, 7 mm.\n"
            "Follow-up in 6 months.\n")
    assert extract_birads(text) == {"L": None, "R": None}
