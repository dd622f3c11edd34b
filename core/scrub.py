"""Scrub identifiers out of free text before it is stored (descriptions, report evidence, details).

Two kinds of identifier are replaced by a tag (``[MRN]``, ``[NAME]``, ``[DOB]``, ``[ACCESSION]``,
``[PHONE]``, ``[EMAIL]``, ``[ID]``):

* the identifiers *known* for the export (a :class:`Scrubber` is built from them): PatientIDs and
  MRNs, accession numbers, report ids, each part of a PatientName (3+ characters), and birth dates
  in any common format (``19590106``, ``1959-01-06``, ``01/06/1959``, ``6.1.59``, ``Jan 6, 1959``,
  ``6 January 1959``). Matching is case-insensitive and whole-token: ``ANN`` never eats
  ``ANNOTATION``, MRN ``4567890`` never matches inside ``PT1234567890``'s longer number, but
  does inside ``PT4567890``;
* identifier-shaped text, known or not: a value after an MRN / patient-id / accession / DOB / name
  label (``MRN 1234567``, ``DOB: 01/06/1959``, ``Patient: ROBINSON, CAROL``), phone numbers,
  e-mail addresses, and any stand-alone run of 7 or more digits (an id or a compact date).

Scrubbing only removes: a non-empty text stays non-empty (a tag replaces what went), so the
"is a description empty?" decisions do not change, and scrubbing twice gives what scrubbing once
gives (a build scrubs with a file's own identifiers first, with the whole export's later).
Over-scrubbing (a surname that is also an English word) costs readability of the stored copy
only: every decision that reads the text (biopsy rule, NLP) reads the original, in memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

KINDS = ("MRN", "NAME", "DOB", "ACCESSION", "ID")
MIN_IDENTIFIER = 3  # shorter identifiers (a 2-letter name part) would hit ordinary words
LONG_NUMBER = 7  # a stand-alone run of this many digits is treated as an identifier

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_MONTH = r"(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.?"
_DATE = (
    rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{8}}"
    rf"|\d{{1,2}}(?:ST|ND|RD|TH)?\s+{_MONTH},?\s+\d{{2,4}}|{_MONTH}\s+\d{{1,2}}(?:ST|ND|RD|TH)?,?\s+\d{{2,4}})"
)
_DATE_RE = re.compile(rf"(?<![A-Za-z0-9]){_DATE}(?![A-Za-z0-9])", re.IGNORECASE)
_SEP = r"\s*(?:[:#=]|NO\.|NO\b|NUMBER)?\s*[:#]?\s*"
_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|['\-])+"  # (a letter of any script, then letters, apostrophes, hyphens)
# label -> value patterns: the label stays, its value becomes the tag
_LABELLED = (
    ("MRN", re.compile(
        rf"(?P<label>\b(?:MRN|MR\s*#|MR\s+NO\.?|MED(?:ICAL)?\.?\s+REC(?:ORD)?S?|PATIENT\s+ID|PT\.?\s+ID|PID)){_SEP}"
        r"(?P<value>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]*)", re.IGNORECASE)),
    ("ACCESSION", re.compile(
        rf"(?P<label>\b(?:ACCESSION|ACC(?=\s*(?:[:#]|NO\b|NO\.)))){_SEP}"
        r"(?P<value>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]*)", re.IGNORECASE)),
    ("DOB", re.compile(
        rf"(?P<label>\b(?:DOB|D\.O\.B\.?|DATE\s+OF\s+BIRTH|BIRTH\s*DATE|BORN(?:\s+ON)?)){_SEP}(?P<value>{_DATE})",
        re.IGNORECASE)),
    # a name after an explicit "name"/"patient" label and a colon: one to four name words, in any script ("Patient:
    # José Núñez", "ÇAĞLAR^ÉLODIE": an ASCII-only word would stop at the first accent and leave the rest)
    ("NAME", re.compile(
        r"(?P<label>\b(?i:PATIENT(?:'S)?\s+NAME|PT\.?\s+NAME|NAME|PATIENT|PT))\s*[:=]\s*"
        r"(?P<value>" + _NAME_WORD + r"(?:\s*[\^,]\s*" + _NAME_WORD + r"|\s+" + _NAME_WORD + r"){0,2})")),
)
_PHONE = re.compile(r"(?<![\w+])(?:\+?\d{1,2}[\s.-]?)?(?:\(\d{3}\)\s*|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w])")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_TOKEN = re.compile(r"[A-Za-z0-9]+")
_SHAPE_HINT = re.compile(r"[0-9@:=]")
_DIGITS = re.compile(r"\d+")
_LONG_NUMBER = re.compile(rf"(?<![0-9])\d{{{LONG_NUMBER},}}(?![0-9])")


def tag(kind: str) -> str:
    return f"[{kind}]"


def name_parts(name: str) -> list[str]:
    """The parts of a DICOM PersonName (``FAMILY^GIVEN^MIDDLE``, or ``Given Family``) worth scrubbing."""
    return [p for p in re.split(r"[\^\s,=]+", name) if len(p) >= MIN_IDENTIFIER]


def _century_years(y: int) -> set[int]:
    return {y} if y >= 100 else {1900 + y, 2000 + y}


def parse_dates(text: str) -> set[date]:
    """Every calendar date ``text`` (one date-shaped string) can be read as (day/month order is ambiguous)."""
    t = text.upper().strip()
    out: set[date] = set()

    def add(y: int, m: int, d: int) -> None:
        for year in _century_years(y):
            try:
                out.add(date(year, m, d))
            except ValueError:
                pass

    nums = [int(n) for n in re.findall(r"\d+", t)]
    month = next((i + 1 for i, m in enumerate(_MONTHS) if re.search(rf"\b{m}", t)), None)
    if month is not None and len(nums) == 2:
        add(nums[1], month, nums[0])  # "6 Jan 1959" and "Jan 6, 1959" both read day, then year
    elif len(nums) == 1 and len(t) == 8:  # YYYYMMDD, DDMMYYYY or MMDDYYYY
        s = t
        add(int(s[:4]), int(s[4:6]), int(s[6:]))
        add(int(s[4:]), int(s[2:4]), int(s[:2]))
        add(int(s[4:]), int(s[:2]), int(s[2:4]))
    elif len(nums) == 3:
        a, b, c = nums
        if len(re.findall(r"\d+", t)[0]) == 4:  # year first
            add(a, b, c)
        else:
            add(c, b, a)  # day first
            add(c, a, b)  # month first
    return out


class Scrubber:
    """Replaces the known identifiers and identifier-shaped text of free text by tags.

    ``known`` maps each identifier to its kind (one of :data:`KINDS`); a ``NAME`` is split into its
    parts, a ``DOB`` (``YYYYMMDD`` or any format :func:`parse_dates` reads) matches every format
    of that date. Identifiers shorter than :data:`MIN_IDENTIFIER` are ignored.
    """

    def __init__(self, known: Mapping[str, str] | None = None) -> None:
        self.tokens: dict[str, str] = {}  # single alphanumeric tokens (upper case) -> kind
        self.dates: set[date] = set()
        other: dict[str, str] = {}  # identifiers with inner punctuation -> kind
        for ident, kind in (known or {}).items():
            if kind not in KINDS:
                raise ValueError(f"unknown identifier kind {kind!r}")
            self._add(ident, kind, other)
        self._other_kind = {k.upper(): v for k, v in other.items()}
        self._other = (
            re.compile("|".join(rf"(?<![A-Za-z0-9]){re.escape(k)}(?![A-Za-z0-9])"
                                for k in sorted(other, key=len, reverse=True)), re.IGNORECASE)
            if other else None
        )

    def _add(self, ident: str, kind: str, other: dict[str, str]) -> None:
        ident = (ident or "").strip()
        if len(ident) < MIN_IDENTIFIER:
            return
        if kind == "DOB":
            dates = parse_dates(ident)
            if dates:
                self.dates |= dates
                return  # every format of the date; a value that is no date is scrubbed as written
        parts = name_parts(ident) if kind == "NAME" else [ident]
        for part in parts:
            if _TOKEN.fullmatch(part):
                self.tokens.setdefault(part.upper(), kind)
            else:
                other.setdefault(part, kind)

    def __call__(self, text: str | None) -> str | None:
        if not text:
            return text
        # every pattern but the known words needs a digit, an "@" or a label's ":"/"=": most
        # descriptions ("US BREAST BILATERAL") have none and skip those passes
        shaped = _SHAPE_HINT.search(text) is not None
        if shaped:
            for kind, pattern in _LABELLED:
                text = pattern.sub(lambda m, k=kind: f"{m.group('label')} {tag(k)}", text)
            text = _EMAIL.sub(tag("EMAIL"), text)
            if self.dates:
                text = _DATE_RE.sub(lambda m: tag("DOB") if parse_dates(m.group(0)) & self.dates else m.group(0), text)
        if self._other is not None:
            text = self._other.sub(lambda m: tag(self._other_kind[m.group(0).upper()]), text)
        if self.tokens:
            text = _TOKEN.sub(self._token, text)
        if shaped:
            text = _PHONE.sub(tag("PHONE"), text)
            text = _LONG_NUMBER.sub(tag("ID"), text)
        return text

    def _token(self, m: re.Match[str]) -> str:
        word = m.group(0)
        s, e = m.span()
        if s > 0 and e < len(m.string) and m.string[s - 1] == "[" and m.string[e] == "]":
            return word  # a tag written by an earlier pass
        kind = self.tokens.get(word.upper())
        if kind:
            return tag(kind)
        if word.isdigit() or not any(c.isdigit() for c in word):
            return word
        # a mixed token (PT10072028): a known all-digit identifier may be one of its digit runs
        return _DIGITS.sub(lambda d: tag(self.tokens[d.group(0)]) if self.tokens.get(d.group(0)) else d.group(0), word)


def scrub_all(texts: Iterable[str | None], scrubber: Scrubber) -> list[str | None]:
    """``scrubber`` applied to every text (``None`` stays ``None``); each distinct text is scrubbed
    once (a column of descriptions repeats a few texts thousands of times)."""
    done: dict[str, str | None] = {}
    out: list[str | None] = []
    for text in texts:
        if text is None:
            out.append(None)
            continue
        if text not in done:
            done[text] = scrubber(text)
        out.append(done[text])
    return out
