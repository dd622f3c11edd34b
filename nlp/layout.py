"""Machine layouts read as report text: HL7 v2 printouts, bilingual headings and column tables.

Why a layout layer: a report that reached the archive through an interface engine or a form tool
carries its words inside a machine layout (``OBX|2|FT|22637-3^Path report.final diagnosis^LN||LEFT
BREAST ... \\.br\\- FIBROADENOMA.||||||F``, ``Sein droit / Right breast :``, a fixed-width worklist
with ``SIDE`` and ``BI-RADS`` columns). The reading rules know sections, parts and statements, not
segments and columns; this module turns the one into the other.

Like :func:`nlp.structure.normalise_dictation`, the views are **same-length** copies of the text
(offsets never move, so every evidence span still points into the stored report):

* :func:`hl7_view`: segments that carry no report text (``MSH``, ``PID``, ``PV1``, ``ORC``, ...) are
  blanked; an ``OBX`` line becomes ``<observation name>: <value>`` (``final diagnosis: LEFT BREAST
  ...``; a generic name such as ``Report Text`` gives no heading, a repeated name heads only its
  first line, a corrected result (OBX-11 ``C``) is headed ``corrected ...``, a deleted or
  wrong-posted one (``D``/``W``) is blanked); ``OBR`` keeps the ordered procedure (``exam:``), the
  relevant clinical information (``clinical information:``) and the specimen source (``specimen:``);
  ``NTE`` keeps its comment; HL7 escapes are written as the characters they stand for (``\\.br\\`` a
  line break). Hand-written code, not an HL7 library: the view needs character offsets, which the
  parsers (python-hl7, hl7apy) do not keep.
* :func:`bilingual_view`: in a report with at least two ``<first language> / <second language>:``
  headings (``Antécédents / History:``, ``DROIT / RIGHT:``), the first language of every such
  heading, and of a ``<first> / <second>`` value right after it (``Négatif / Negative``), is
  blanked, so the form is read in the language the rules know.
* :func:`column_tables`: fixed-width tables (a header line of at least three cells separated by two
  or more spaces, rows aligned under it, wrapped cells continuing on the next lines) as rows of
  ``header -> cell``; the radiology reader takes a side and a category from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nlp.lexicon import abbreviation_table

_ABBREVIATIONS = frozenset(abbreviation_table())

# ----------------------------------------------------------------------------------- HL7 v2
_SEGMENT = re.compile(r"^[ \t]*(?P<id>[A-Z][A-Z0-9]{2})(?P<sep>[|])", re.MULTILINE)
_HL7_TEXT_SEGMENTS = frozenset({"OBX", "OBR", "NTE"})  # every other segment carries no report text
MIN_SEGMENTS = 2
_GENERIC_NAMES = frozenset({"report text", "text", "report", "narrative", "result", "result text", "body",
                            "report body", "full report", "gdt"})
_DROPPED_STATUS = frozenset({"D", "W"})  # OBX-11: deleted, posted to the wrong record
_CORRECTED_STATUS = "C"
_ESCAPE = re.compile(r"\\(?P<code>\.br|\.sp[ \d+]*|\.in[ \d+-]*|\.ti[ \d+-]*|\.fi|\.nf|\.ce|\.sk[ \d+]*|[FSTREHN]"
                     r"|X[0-9A-Fa-f]*|Z[^\\\n]*)\\")
_ESCAPED_CHAR = {"F": "|", "S": "^", "T": "&", "R": "~", "E": "\\"}
_CODED_TYPES = frozenset({"CE", "CWE", "CNE", "CF", "CD"})


def _is_hl7(text: str) -> bool:
    if "|" not in text:
        return False
    ids = [m.group("id") for m in _SEGMENT.finditer(text)]
    return len(ids) >= MIN_SEGMENTS and bool(_HL7_TEXT_SEGMENTS.intersection(ids))


def _unescaped(value: str) -> str:
    """``value`` with HL7 escapes written as the character they stand for, padded to the same length."""
    if "\\" not in value:
        return value

    def repl(m: re.Match[str]) -> str:
        code, n = m.group("code"), len(m.group(0))
        if code == ".br" or code.startswith(".sp") or (code.startswith("X") and ("0A" in code.upper()
                                                                                 or "0D" in code.upper())):
            mark = "\n"
        else:
            mark = _ESCAPED_CHAR.get(code, " ")
        return mark + " " * (n - 1)

    return _ESCAPE.sub(repl, value)


def _observation_name(identifier: str, component: str) -> str | None:
    """The heading an OBX-3 identifier stands for (``22637-3^Path report.final diagnosis^LN`` ->
    ``final diagnosis``), or None for a generic one (``&GDT^Report Text``)."""
    comps = identifier.split(component)
    name = (comps[1] if len(comps) > 1 and comps[1].strip() else comps[0]).strip()
    if "." in name:  # LOINC's "Path report.final diagnosis": the part after the class
        tail = name.rsplit(".", 1)[1].strip()
        if re.fullmatch(r"[A-Za-z][A-Za-z /-]*", tail):
            name = tail
    if not re.search(r"[A-Za-z]{2}", name) or name.lower() in _GENERIC_NAMES:
        return None
    return name


def _fields(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of every field of a segment line (field 0 is the segment id)."""
    out, start = [], 0
    while True:
        end = line.find(sep, start)
        if end < 0:
            out.append((start, len(line)))
            return out
        out.append((start, end))
        start = end + 1


def _write(chars: list[str], at: int, words: str, limit: int) -> bool:
    """Write ``words`` into ``chars`` from ``at`` if it fits before ``limit``."""
    if at + len(words) > limit:
        return False
    chars[at : at + len(words)] = words
    return True


def _coded_value(value: str, component: str) -> str:
    """A coded value (``4B^Suspicious - moderate suspicion^ACRBIRADS``) as its code and text; the
    coding system and alternate codes are blanked."""
    comps = value.split(component)
    kept = component.join(comps[:2])
    return kept.replace(component, " ") + " " * (len(value) - len(kept))


def hl7_view(text: str) -> str:
    """A same-length copy of an HL7 v2 printout as headed report text (module docstring); any
    other text is returned unchanged."""
    if not _is_hl7(text):
        return text
    chars = list(text)
    component = "^"
    previous_name: tuple[str | None, bool] | None = None  # the last OBX's name and whether it was corrected
    pos = 0
    for raw_line in text.split("\n"):
        line_start, line_end = pos, pos + len(raw_line)
        pos = line_end + 1
        m = _SEGMENT.match(raw_line)
        if m is None:
            continue  # a wrapped value or the report's own text: kept as it is
        seg, sep = m.group("id"), m.group("sep")
        offset = line_start + m.start("id")
        line = raw_line[m.start("id"):]
        if seg == "MSH" and len(line) > 5:
            component = line[4]
        fields = _fields(line, sep)
        blank = [" "] * len(line)
        if seg == "OBX" and len(fields) > 5:
            name = _observation_name(line[slice(*fields[3])], component)
            status = line[slice(*fields[11])].strip() if len(fields) > 11 else ""
            v_start, v_end = fields[5]
            if status not in _DROPPED_STATUS:
                value = line[v_start:v_end]
                value_type = line[slice(*fields[2])].strip()
                value = _coded_value(value, component) if value_type in _CODED_TYPES else _unescaped(value)
                blank[v_start:v_end] = value.replace("~", "\n")
                if name is not None and (name, status == _CORRECTED_STATUS) != previous_name:
                    # a coded result is a coded field ("BI-RADS Assessment Left Breast = 4B ..."), as in a RIS export
                    heading = f"{name} = " if value_type in _CODED_TYPES else f"{name}: "
                    if status == _CORRECTED_STATUS:
                        _write(blank, 0, f"corrected {heading}", v_start) or _write(blank, 0, heading, v_start)
                    else:
                        _write(blank, 0, heading, v_start)
            previous_name = (name, status == _CORRECTED_STATUS) if status not in _DROPPED_STATUS else None
        elif seg == "OBR":
            written = 0
            for index, label in ((4, "exam: "), (13, "clinical information: "), (15, "specimen: ")):
                if len(fields) <= index or fields[index][0] == fields[index][1]:
                    continue
                v_start, v_end = fields[index]
                value = line[v_start:v_end]
                if index == 4:
                    value = _coded_value(value, component)
                    comps = value.split(" ")
                    if re.fullmatch(r"[\w.-]*\d[\w.-]*", comps[0]):  # the procedure code before its name
                        value = " " * len(comps[0]) + value[len(comps[0]):]
                else:
                    value = _unescaped(value).replace(component, " ")
                heading = ("\n" if written else "") + label
                at = v_start - len(heading)
                if at >= written:
                    blank[v_start:v_end] = value
                    _write(blank, at, heading, v_start)
                    written = v_end
            previous_name = None
        elif seg == "NTE" and len(fields) > 3:
            v_start, v_end = fields[3]
            blank[v_start:v_end] = _unescaped(line[v_start:v_end])
            previous_name = None
        else:
            previous_name = None
        chars[offset : offset + len(line)] = blank
    return "".join(chars)


# ----------------------------------------------------------------------------------- bilingual headings
_BILINGUAL_HEADING = re.compile(
    r"^[ \t]*(?P<first>[^\W\d_][^/:\n]{0,40}? +/ +)(?P<second>[^\W\d_][^/:\n]{0,40}?)[ \t]*:",
    re.MULTILINE)
# and the value right after such a heading ("Right breast : Négatif / Negative.")
_BILINGUAL_VALUE = re.compile(r"[ \t]*(?P<first>[^\W\d_][^/:\n.;]{0,40}? +/ +)(?=[^\W\d_])")
MIN_BILINGUAL_HEADINGS = 2


def bilingual_view(text: str) -> str:
    """A same-length copy in which the first language of ``A / B:`` headings is blanked (module
    docstring); a text with fewer than two such headings is returned unchanged."""
    if " / " not in text:
        return text
    heads = list(_BILINGUAL_HEADING.finditer(text))
    if len(heads) < MIN_BILINGUAL_HEADINGS:
        return text
    chars = list(text)
    for m in heads:
        chars[m.start("first") : m.end("first")] = " " * (m.end("first") - m.start("first"))
        value = _BILINGUAL_VALUE.match(text, m.end())
        if value is not None:
            chars[value.start("first") : value.end("first")] = " " * (value.end("first") - value.start("first"))
    return "".join(chars)


# ----------------------------------------------------------------------------------- house headings
# "<DIAGNOSIS>", "[Pathological diagnosis]" on a line of their own, and coded keys "CLINICAL_DX :"
_BRACKET_HEADING = re.compile(r"^[ \t]*(?P<open>[<\[])[A-Za-z][A-Za-z0-9 ()/&.,'-]{2,60}(?P<close>[>\]])[ \t]*$", re.MULTILINE)
_CODED_KEY = re.compile(r"^[ \t]*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?=[ \t]*:)", re.MULTILINE)


def heading_view(text: str) -> str:
    """A same-length copy in which a heading in angle or square brackets on a line of its own reads
    as ``NAME:`` and a coded key's underscores as spaces (``CLINICAL_DX :`` -> ``CLINICAL DX :``)."""
    if "<" not in text and "[" not in text and "_" not in text:
        return text
    chars: list[str] | None = None
    for m in _BRACKET_HEADING.finditer(text):
        chars = chars if chars is not None else list(text)
        chars[m.start("open")] = " "
        chars[m.start("close")] = ":"
    if "_" in text:
        for m in _CODED_KEY.finditer(text):
            chars = chars if chars is not None else list(text)
            chars[m.start() : m.end()] = m.group(0).replace("_", " ")
    return text if chars is None else "".join(chars)


# ----------------------------------------------------------------------------------- wrapped list items
# a bulleted item ("  - ATYPICAL ... BETWEEN ATYPICAL DUCTAL") whose next line hangs under its text
_BULLET = re.compile(r"^(?P<lead>[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+)\S", re.MULTILINE)


def hanging_indent_view(text: str) -> str:
    """A same-length copy in which the line break inside a bulleted item wrapped with a hanging
    indent (the next line starts under the item's text, with no bullet of its own) is a space, so
    the item reads as one sentence."""
    if "\n" not in text or ("-" not in text and "*" not in text and "•" not in text and ")" not in text
                             and "." not in text):
        return text
    chars: list[str] | None = None
    for m in _BULLET.finditer(text):
        column = len(m.group("lead").expandtabs())
        pos = text.find("\n", m.end())
        while pos >= 0:
            nxt = text.find("\n", pos + 1)
            line = text[pos + 1 : len(text) if nxt < 0 else nxt]
            indent = len(line) - len(line.lstrip(" \t"))
            if (not line.strip() or indent != column or _BULLET.match(line)
                    or text[pos - 1] in ".:;" or line.lstrip()[:1] in "-*•("):
                break
            chars = chars if chars is not None else list(text)
            chars[pos] = " "
            pos = nxt
    return text if chars is None else "".join(chars)


# ----------------------------------------------------------------------------------- spoken self-corrections
# "ductal carcinoma in situ, wait, no, scratch that, atypical ductal hyperplasia": the "no" of a spoken
# take-back is not a negation of what follows it
_SPOKEN_NO = re.compile(r"\b(?:wait|sorry)[ \t,.;-]+(?P<no>no)[ \t,.;-]+(?=(?:scratch|strike|delete|disregard|cancel)\s+that\b)",
                        re.IGNORECASE)


def spoken_correction_view(text: str) -> str:
    """A same-length copy with the interjected "no" of a spoken take-back blanked."""
    if "that" not in text.lower() or not _SPOKEN_NO.search(text):
        return text
    return _SPOKEN_NO.sub(lambda m: m.group(0)[: m.start("no") - m.start()] + "  " + m.group(0)[m.end("no") - m.start():],
                          text)


# ----------------------------------------------------------------------------------- spelled abbreviations
# dictation spells an abbreviation letter by letter: "colon D C I S comma intermediate grade"
_SPELLED = re.compile(r"\b[A-Z](?: [A-Z]){2,4}\b")
_SPELLED_HINT = re.compile(r" [A-Z] [A-Z]")  # in every _SPELLED match; led by a literal, ~6x cheaper to scan for


def spelled_view(text: str) -> str:
    """A same-length copy in which a lexicon abbreviation spelled letter by letter ("D C I S")
    is written as one word ("DCIS   ")."""
    if not _SPELLED_HINT.search(text) or not _SPELLED.search(text):
        return text

    def repl(m: re.Match[str]) -> str:
        word = m.group(0).replace(" ", "")
        return word + " " * (len(m.group(0)) - len(word)) if word in _ABBREVIATIONS else m.group(0)

    return _SPELLED.sub(repl, text)


@lru_cache(maxsize=4)  # the pipeline asks for one report's view twice (the tokenizer, then the structure)
def layout_view(text: str) -> str:
    """The text as the reading rules see it: :func:`hl7_view`, :func:`bilingual_view`,
    :func:`heading_view`, :func:`hanging_indent_view`, :func:`spoken_correction_view` and
    :func:`spelled_view`."""
    return spelled_view(spoken_correction_view(hanging_indent_view(heading_view(bilingual_view(hl7_view(text))))))


# ----------------------------------------------------------------------------------- column tables
_HEADER_CELL = re.compile(r"\S+(?: \S+)*")  # header words separated by single spaces: one column
MIN_COLUMNS = 3


@dataclass(frozen=True)
class Cell:
    """One table cell: its column's header and its text (``start``/``end`` into the report)."""

    header: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class TableRow:
    """One row of a column table: cells by column (a wrapped cell joined over its lines)."""

    start: int
    end: int
    cells: tuple[Cell, ...]
    label: str = ""  # words left of the first column ("Right" in a category grid)

    def cell(self, *headers: str) -> Cell | None:
        """The first cell whose header contains one of ``headers`` (lower case)."""
        for c in self.cells:
            low = c.header.lower()
            if any(h in low for h in headers):
                return c
        return None


def _columns(line: str) -> list[tuple[int, str]]:
    """(start, header) of every cell of a candidate header line (cells two or more spaces apart)."""
    return [(m.start(), m.group(0)) for m in _HEADER_CELL.finditer(line)]


def _rule_line(line: str) -> bool:
    return bool(re.fullmatch(r"[ \t]*[-=_+|]{5,}[ \t]*", line))


def column_tables(text: str, header_words: tuple[str, ...]) -> list[list[TableRow]]:
    """The fixed-width tables of ``text`` whose header line names one of ``header_words`` (lower
    case) among at least :data:`MIN_COLUMNS` cells two or more spaces apart: their rows, header
    excluded. Each word of a row goes to the column its first character sits under (one character
    of slack), so a cell may hold single-spaced words and a short cell may touch the next one. A
    line with no word in the first column that fills fewer than half the columns continues the row
    above (a wrapped cell). A table ends at a blank line or a rule line after its rows."""
    low = text.lower()
    if not any(w in low for w in header_words):
        return []
    lines, starts, pos = text.split("\n"), [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    tables: list[list[TableRow]] = []
    k = 0
    while k < len(lines):
        cols = _columns(lines[k])
        if len(cols) < MIN_COLUMNS or not any(w in h.lower() for _, h in cols for w in header_words) or any(
                lines[k][c - 2 : c] != "  " for c, _ in cols[1:]):
            k += 1
            continue
        rows: list[tuple[int, int, list[list[tuple[int, int]]], list[tuple[int, int]]]] = []
        j = k + 1
        while j < len(lines) and lines[j].strip():
            line = lines[j]
            if _rule_line(line):
                j += 1
                if rows:
                    break
                continue
            slots: list[list[tuple[int, int]]] = [[] for _ in cols]
            label: list[tuple[int, int]] = []
            for w in re.finditer(r"\S+", line):
                if w.start() + 1 < cols[0][0]:
                    label.append((starts[j] + w.start(), starts[j] + w.end()))
                    continue
                col = max(i for i, (c, _) in enumerate(cols) if c <= w.start() + 1 or i == 0)
                slots[col].append((starts[j] + w.start(), starts[j] + w.end()))
            filled = sum(1 for sl in slots if sl)
            if rows and not slots[0] and not label and 2 * filled < len(cols):
                for i, sl in enumerate(slots):
                    rows[-1][2][i].extend(sl)
                rows[-1] = (rows[-1][0], starts[j] + len(line), rows[-1][2], rows[-1][3])
            else:
                rows.append((starts[j], starts[j] + len(line), slots, label))
            j += 1
        if rows:
            tables.append([
                TableRow(start=r_start, end=r_end, cells=tuple(
                    Cell(header=h, text=" ".join(text[s:e] for s, e in sl), start=sl[0][0], end=sl[-1][1])
                    for (_, h), sl in zip(cols, slots, strict=True) if sl),
                    label=" ".join(text[s:e] for s, e in label))
                for r_start, r_end, slots, label in rows])
        k = max(j, k + 1)
    return tables
