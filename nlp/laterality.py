"""Side (``L``/``R``) and clock-position cues in pathology and radiology text.

Regular expressions over the raw text (compiled once, run in C): a report has a handful of
side words, so this is cheaper than a token-level matcher and keeps character offsets exact.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# "left"/"right" and their abbreviations; "L"/"R" only where unambiguous ("L breast", "(R)").
_SIDE = re.compile(
    r"\b(?:(?P<l>left|lft|lt)|(?P<r>right|rght|rt))\b\.?"
    r"|\b(?P<l2>L)(?=\s*(?:breast|axilla|axillary|\)|,\s*\d))|\b(?P<r2>R)(?=\s*(?:breast|axilla|axillary|\)|,\s*\d))"
    r"|\((?P<l3>L)\)|\((?P<r3>R)\)",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?:o['’`]?\s?clock|o['’`]c\b|oclock|o\s+clock)"
    r"|\b(?P<h2>1[0-2]|0?[1-9]):(?P<m2>[0-5]\d)\b(?!\s*(?:am|pm|a\.m|p\.m|hrs|hours))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SideMention:
    """A side word: its side and character offset."""

    side: str
    start: int


class SideIndex:
    """Every side word of a text, sorted by offset, for nearest-preceding look-ups."""

    def __init__(self, text: str) -> None:
        self.mentions: list[SideMention] = []
        for m in _SIDE.finditer(text):
            side = "L" if (m.group("l") or m.group("l2") or m.group("l3")) else "R"
            # "right" as in "to the right of" is rare in pathology; "rt" in "rt." is a side.
            self.mentions.append(SideMention(side, m.start()))
        self.starts = [m.start for m in self.mentions]

    def sides_in(self, start: int, end: int) -> list[SideMention]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.mentions[lo:hi]

    def nearest(self, start: int, end: int, pos: int) -> str | None:
        """The side nearest to ``pos`` in ``[start, end)``: preceding first, else following."""
        inside = self.sides_in(start, end)
        before = [m for m in inside if m.start < pos]
        if before:
            return before[-1].side
        after = [m for m in inside if m.start >= pos]
        return after[0].side if after else None

    def single_side(self, start: int, end: int) -> str | None:
        """The side when ``[start, end)`` names exactly one side (and at least once), else None."""
        sides = {m.side for m in self.sides_in(start, end)}
        return sides.pop() if len(sides) == 1 else None


def sides_of(text: str) -> set[str]:
    """All sides named in ``text``."""
    return {m.side for m in SideIndex(text).mentions}


def clock_of(text: str) -> str | None:
    """The first clock position in ``text`` as ``H:MM`` ("2 o'clock" -> "2:00"), else None."""
    m = _CLOCK.search(text)
    if not m:
        return None
    hour = int(m.group("h") or m.group("h2"))
    minute = m.group("m") or m.group("m2") or "00"
    return f"{hour}:{minute}"
