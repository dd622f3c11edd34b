"""Findings of the stop's final code read, kept: a margin row's date is still the exam's own (a second pattern of the
same name had shadowed the first), and a month word that only matches case-insensitively ("ſep", long s) is read,
not raised on."""

from __future__ import annotations

import pytest

from nlp.birads import extract_birads
from nlp.pathology import breast_states


@pytest.mark.parametrize(("text", "expected"), [
    ("BREAST MRI REPORT\nIMAGING - THIS EPISODE:\n09/02/2026  MRI breasts post-NACT   R: BI-RADS 1   L: BI-RADS 6\n",
     {"L": "6", "R": "1"}),
    ("Mammogram.\nFindings: stable.\n2024  mammogram   BI-RADS 2\n", {"L": "2", "R": "2"}),
])
def test_margin_row_keeps_its_category(text: str, expected: dict[str, str]) -> None:
    assert extract_birads(text) == expected


def test_month_word_matched_case_insensitively_is_read() -> None:
    states = breast_states("DIAGNOSIS: Left breast core: ADH.\nADDENDUM (05-\u017fep-2026)\nthe diagnosis may be revised.\n")
    assert states["L"]["needs_review"] and states["L"]["benign"]
