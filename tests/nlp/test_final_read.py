"""Findings of the stop's final code read, kept: a margin row's date is still the exam's own (a second pattern of the
same name had shadowed the first), and a month word that only matches case-insensitively ("ſep", long s) is read,
not raised on; and an undated addendum takes the date of the status line nearest above it, not the first in reach
(review C4)."""

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


_TWO_STATUS_LINES = ("ADDENDUM REPORT\nStatus: PRELIMINARY ADDENDUM    Date: {older}\nprintout of {older}, replaced below\n\n"
                     "Status: PRELIMINARY ADDENDUM    Date: {nearest}\n\nADDENDUM:\n"
                     "Part A (left breast, 2:00, core): further levels show a small focus of atypical cells. The "
                     "diagnosis for part A may be revised; a further addendum will follow.\n..........................\n"
                     "FINAL DIAGNOSIS (signed 04/15/2026):\nA. Breast, left, 2:00, core: Fibroadenoma.\n"
                     "B. Breast, right, 9:00, core: Cyst.\n")


def _codes(text: str) -> dict[str, str]:
    states = breast_states(text)
    return {side: "?" if s["needs_review"] else "M" if s["malignant"] else "B" if s["benign"] else "-"
            for side, s in states.items()}


@pytest.mark.parametrize(("older", "nearest", "expected"), [
    # the nearest status line dates the addendum after the diagnosis signed 04/15: the addendum may still revise it
    ("04/10/2026", "04/20/2026", {"L": "?", "R": "B"}),
    # the other way round: the addendum of 04/10 came before the diagnosis signed 04/15, which settles it
    ("04/20/2026", "04/10/2026", {"L": "B", "R": "B"}),
])
def test_the_nearest_status_line_dates_the_addendum(older: str, nearest: str, expected: dict[str, str]) -> None:
    assert _codes(_TWO_STATUS_LINES.format(older=older, nearest=nearest)) == expected
