"""Keep identifiers out of published file paths.

Exports are often laid out as ``<PatientID>/<AccessionNumber>/...`` or name the files after the
patient. ``file_relpath`` is published in every curation table, so before it leaves stage 1 every
identifier of the file (and of the other files indexed with it) is replaced in the path:
PatientID / OtherPatientIDs -> ``P<patient_uid[:10]>``, AccessionNumber -> ``E<exam_uid[:10]>``,
the PatientName and each of its components (3+ characters) -> ``N<patient_uid[:10]>``,
PatientBirthDate -> ``D<patient_uid[:10]>``. Paths that still collide within a chunk get a keyed
digest of their real path appended (:func:`dedupe`).

Matching is case-insensitive; an identifier of fewer than 6 characters must stand alone between
non-alphanumeric characters (so the name part ``ANN`` does not eat ``ANNOTATION``), a longer one is
replaced wherever it occurs (``PAT77654033`` -> ``PATP3f9...``), except that an all-digit
identifier never matches inside a longer number (MRN ``4567890`` in folder ``PT1234567890``). Pipeline code that must open the
file keeps the real path in memory (``index_chunk`` returns rows in the order of its input paths);
the real path is never written.
"""

from __future__ import annotations

import re
from typing import Any

from core import pseudonyms
from curation.dicom_headers import get_str

MIN_TOKEN = 3
FREE_MATCH_LEN = 6


def identifier_tokens(ds: Any, patient_uid: str | None, exam_uid: str | None) -> dict[str, str]:
    """Identifier (upper case) -> replacement, for one parsed header."""
    out: dict[str, str] = {}

    def add(value: str | None, replacement: str) -> None:
        if value and len(value.strip()) >= MIN_TOKEN:
            out[value.strip().upper()] = replacement

    p_token = f"P{patient_uid[:10]}" if patient_uid else "PATIENT"
    e_token = f"E{exam_uid[:10]}" if exam_uid else "EXAM"
    add(get_str(ds, "PatientID"), p_token)
    for other in (get_str(ds, "OtherPatientIDs") or "").split("\\"):
        add(other, p_token)
    add(get_str(ds, "AccessionNumber"), e_token)
    n_token = f"N{patient_uid[:10]}" if patient_uid else "NAME"
    add(get_str(ds, "PatientBirthDate"), f"D{patient_uid[:10]}" if patient_uid else "DOB")
    name = get_str(ds, "PatientName") or ""
    add(name, n_token)
    for part in re.split(r"[\^\s,=]+", name):
        add(part, n_token)
    return out


def dedupe(real: list[str], masked: list[str], key: str | None = None) -> list[str]:
    """Make masked paths unique: a collision gets ``~`` + a keyed digest of its real path."""
    seen: dict[str, int] = {}
    for m in masked:
        seen[m] = seen.get(m, 0) + 1
    return [m if seen[m] == 1 or r == m else f"{m}~{pseudonyms.report_uid('path:' + r, key)[:10]}" for r, m in zip(real, masked)]


class Masker:
    """Compiled masking for one token map (build once, apply to many paths).

    One alternation of every identifier (longest first) is exact but slow for a whole export
    (hundreds of identifiers tried at every character of every path). When both the path and the
    identifiers are ASCII, an identifier can only match where it occurs in the upper-cased path
    (found through an index of the identifiers' first 3 characters), so only those identifiers
    enter the pattern (same order, same guards: the same matches and
    the same output); patterns are cached per identifier set. Otherwise the full pattern is used
    (Unicode case-insensitive matching is not a plain upper-case comparison).
    """

    def __init__(self, tokens: dict[str, str]) -> None:
        self.tokens = dict(tokens)
        self._order = sorted(self.tokens, key=len, reverse=True)
        self._ascii = all(ident.isascii() for ident in self._order)
        self._patterns: dict[tuple[str, ...], re.Pattern[str]] = {}
        # ASCII identifiers by their first 3 characters: a path is checked only against the
        # identifiers that start with one of its 3-grams (an export has hundreds of identifiers).
        self._by_gram: dict[str, list[tuple[int, str]]] | None = None
        if self._ascii and all(len(ident) >= 3 for ident in self._order):
            self._by_gram = {}
            for rank, ident in enumerate(self._order):
                self._by_gram.setdefault(ident[:3], []).append((rank, ident))

    @staticmethod
    def _part(ident: str) -> str:
        esc = re.escape(ident)
        if ident.isdigit():  # a number inside a longer number is another number
            return rf"(?<![0-9]){esc}(?![0-9])"
        if len(ident) >= FREE_MATCH_LEN:
            return esc
        return rf"(?<![A-Za-z0-9]){esc}(?![A-Za-z0-9])"

    def _pattern(self, idents: tuple[str, ...]) -> re.Pattern[str]:
        pattern = self._patterns.get(idents)
        if pattern is None:
            pattern = re.compile("|".join(self._part(i) for i in idents), re.IGNORECASE)
            self._patterns[idents] = pattern
        return pattern

    def __call__(self, relpath: str) -> str:
        if not self._order:
            return relpath
        if self._ascii and relpath.isascii():
            upper = relpath.upper()
            if self._by_gram is not None:
                by_gram = self._by_gram
                found = {
                    hit
                    for g in {upper[j : j + 3] for j in range(len(upper) - 2)}
                    for hit in by_gram.get(g, ())
                    if hit[1] in upper
                }
                idents = tuple(ident for _, ident in sorted(found))
            else:
                idents = tuple(i for i in self._order if i in upper)
            if not idents:
                return relpath
        else:
            idents = tuple(self._order)
        return self._pattern(idents).sub(lambda m: self.tokens[m.group(0).upper()], relpath)


def mask_relpath(relpath: str, tokens: dict[str, str]) -> str:
    """``relpath`` with every identifier of ``tokens`` replaced (see the module docstring)."""
    return Masker(tokens)(relpath)


def mask_relpaths(relpaths: list[str], tokens: dict[str, str], key: str | None = None) -> list[str]:
    """Mask many paths with one token map, then make the results unique (:func:`dedupe`)."""
    masker = Masker(tokens)
    return dedupe(relpaths, [masker(p) for p in relpaths], key)
