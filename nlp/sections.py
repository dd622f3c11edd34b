"""Report structure: section headings, specimen blocks and sentence units (character ranges).

Why a separate, regex-based pass: a pathology report's layout decides how its words are read.
A diagnosis under ``CLINICAL HISTORY`` is history, a word in ``GROSS DESCRIPTION`` is not a
diagnosis, and the side of ``- Invasive ductal carcinoma`` is written on the specimen header
above it (``A. LEFT BREAST, 2 O'CLOCK, CORE BIOPSY:``). All offsets index the original text.

Recognised specimen headers (at the start of a line): ``A.``, ``B)``, ``(C)``, ``1.``, ``2)``, ``A:``, ``A -``,
``PART 1:``, ``Part A -``, ``SPECIMEN 2:``, ``Specimen #3``. A specimen block runs to the next
header or section heading. A block is *nodal* when its header names a lymph node, the axilla
(not the "axillary tail" of the breast) or a sentinel node.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from nlp.laterality import SideIndex, clock_of

HISTORY = "history"  # clinical history, indication, pre-/post-operative diagnosis, specimen list
GROSS = "gross"  # gross description: not diagnostic
BODY = "body"  # diagnosis, comment, addendum, microscopic, frozen section, synoptic...

_HEADING = re.compile(
    r"^[ \t]*(?P<name>(?:final\s+|pathologic(?:al)?\s+|surgical\s+pathology\s+)?diagnos[ie]s|"
    r"clinical\s+(?:history|information|data|indication|notes?)|history|indications?(?:\s+for\s+procedure)?|"
    r"pre-?\s?op(?:erative)?\s+diagnosis|post-?\s?op(?:erative)?\s+diagnosis|clinical\s+diagnosis|"
    r"gross\s+description|gross|macroscopic(?:\s+description)?|microscopic(?:\s+description)?|"
    r"comments?|note|addend(?:um|a)(?:\s+(?:diagnosis|comment|report|\d+))?|"
    r"frozen\s+section(?:\s+diagnosis)?|intra-?\s?operative\s+(?:consultation|diagnosis)|"
    r"specimens?(?:\s+(?:submitted|received|source|description))?|source\s+of\s+specimen|"
    r"procedure|synoptic(?:\s+report)?|summary|interpretation|immunohistochemistry|"
    r"(?:biomarker|receptor)\s+(?:studies|results)|result|impression)[ \t]*(?::|$)",
    re.IGNORECASE | re.MULTILINE,
)
_HISTORY_NAMES = ("clinical", "history", "indication", "pre", "post")
_GROSS_NAMES = ("gross", "macroscopic")

_SPECIMEN = re.compile(
    r"^[ \t]*(?:(?:part|specimen|spec\.?)\s*#?\s*(?P<a>[A-Z]|\d{1,2})\b\s*[:.)\-]?"
    r"|\(?(?P<b>[A-Z]|\d{1,2})\s*(?:[.):]|\s-)(?=\s))",
    re.IGNORECASE | re.MULTILINE,
)
_NODAL = re.compile(
    r"\b(?:lymph\s*nodes?|nodes?|nodal|sentinel|sln|axilla|axillary(?!\s+tail)|level\s+i{1,3}\b)",
    re.IGNORECASE,
)
_UNIT_BREAK = re.compile(r"\n|(?<=[.!?])[ \t]+(?=[A-Z(\-\d])")


@dataclass(frozen=True)
class Section:
    """A headed section: kind (``history``/``gross``/``body``) and character range."""

    name: str
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Specimen:
    """A specimen block: its label, range, and what its header says (side, clock, nodal)."""

    label: str
    start: int
    end: int
    header: str
    laterality: str | None
    clock: str | None
    nodal: bool


@dataclass
class Structure:
    """Sections, specimens and sentence units of one report, with offset look-ups."""

    text: str
    sections: list[Section] = field(default_factory=list)
    specimens: list[Specimen] = field(default_factory=list)
    units: list[tuple[int, int]] = field(default_factory=list)
    sides: SideIndex | None = None

    def __post_init__(self) -> None:
        self._sec_starts = [s.start for s in self.sections]
        self._spec_starts = [s.start for s in self.specimens]
        self._unit_starts = [u[0] for u in self.units]

    def section_at(self, pos: int) -> Section | None:
        i = bisect.bisect_right(self._sec_starts, pos) - 1
        return self.sections[i] if i >= 0 and pos < self.sections[i].end else None

    def specimen_at(self, pos: int) -> Specimen | None:
        i = bisect.bisect_right(self._spec_starts, pos) - 1
        return self.specimens[i] if i >= 0 and pos < self.specimens[i].end else None

    def unit_at(self, pos: int) -> tuple[int, int]:
        i = max(bisect.bisect_right(self._unit_starts, pos) - 1, 0)
        return self.units[i] if self.units else (0, len(self.text))


def _kind(name: str) -> str:
    low = name.lower()
    if low.startswith(_GROSS_NAMES):
        return GROSS
    if low.startswith(_HISTORY_NAMES) and "frozen" not in low:
        return HISTORY
    return BODY


def _header_text(text: str, start: int, end: int) -> str:
    """The specimen header: its first line, plus the next one when the first is only a label."""
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    header = text[start:line_end]
    if len(re.sub(r"[\W\d_]", "", header)) <= 6 and line_end < end:
        nxt = text.find("\n", line_end + 1, end)
        header += " " + text[line_end + 1 : end if nxt < 0 else nxt]
    # The diagnosis may follow the header on the same line after a colon ("A. Left breast: FA").
    return header


def _units(text: str) -> list[tuple[int, int]]:
    units, start = [], 0
    for m in _UNIT_BREAK.finditer(text):
        if m.start() > start:
            units.append((start, m.start()))
        start = m.end()
    if start < len(text):
        units.append((start, len(text)))
    return units


def parse_structure(text: str) -> Structure:
    """Sections, specimen blocks and sentence units of a report (offsets into ``text``)."""
    headings = list(_HEADING.finditer(text))
    marks = list(_SPECIMEN.finditer(text))
    mark_starts = [m.start() for m in marks]
    sections = []
    for i, m in enumerate(headings):
        end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
        kind = _kind(m.group("name"))
        if kind == HISTORY:
            # History is one paragraph: it ends at a blank line after its text or at the first
            # specimen header, so "CLINICAL HISTORY: ...\n\nA. Left breast: IDC" stays a diagnosis.
            content = len(text) - len(text[m.end() :].lstrip())
            blank = re.compile(r"\n[ \t]*\n").search(text, content, end)
            j = bisect.bisect_right(mark_starts, m.end())
            end = min(end, blank.start() if blank else end, mark_starts[j] if j < len(mark_starts) else end)
        sections.append(Section(m.group("name"), kind, m.start(), end))
    heading_starts = [m.start() for m in headings]

    sides = SideIndex(text)
    specimens = []
    for i, m in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        j = bisect.bisect_right(heading_starts, m.start())
        if j < len(heading_starts):
            stop = min(stop, heading_starts[j])
        header = _header_text(text, m.start(), stop)
        label = (m.group("a") or m.group("b")).upper()
        head_sides = sides.sides_in(m.start(), m.start() + len(header))
        side_set = {s.side for s in head_sides}
        # The header's side is its first side word, unless the header names both ("bilateral").
        side = head_sides[0].side if len(side_set) == 1 else None
        specimens.append(
            Specimen(label, m.start(), stop, header, side, clock_of(header), bool(_NODAL.search(header)))
        )
    # "SPECIMENS: A. Left breast ..." then "DIAGNOSIS: A. Fibroadenoma": a block without a side
    # takes the side written on another block with the same label.
    label_side: dict[str, str] = {}
    for spec in specimens:
        if spec.laterality is not None:
            label_side.setdefault(spec.label, spec.laterality)
    specimens = [
        s if s.laterality is not None or s.label not in label_side else replace(s, laterality=label_side[s.label])
        for s in specimens
    ]
    return Structure(text, sections, specimens, _units(text), sides)
