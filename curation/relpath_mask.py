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

from curation import pseudonym
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
    return [m if seen[m] == 1 or r == m else f"{m}~{pseudonym.report_uid('path:' + r, key)[:10]}"
            for r, m in zip(real, masked)]


class Masker:
    """Compiled masking for one token map (compile once, apply to many paths)."""

    def __init__(self, tokens: dict[str, str]) -> None:
        self.tokens = dict(tokens)
        parts = []
        for ident in sorted(self.tokens, key=len, reverse=True):
            esc = re.escape(ident)
            if ident.isdigit():  # a number inside a longer number is another number
                parts.append(rf"(?<![0-9]){esc}(?![0-9])")
            elif len(ident) >= FREE_MATCH_LEN:
                parts.append(esc)
            else:
                parts.append(rf"(?<![A-Za-z0-9]){esc}(?![A-Za-z0-9])")
        self.pattern = re.compile("|".join(parts), re.IGNORECASE) if parts else None

    def __call__(self, relpath: str) -> str:
        if self.pattern is None:
            return relpath
        return self.pattern.sub(lambda m: self.tokens[m.group(0).upper()], relpath)


def mask_relpath(relpath: str, tokens: dict[str, str]) -> str:
    """``relpath`` with every identifier of ``tokens`` replaced (see the module docstring)."""
    return Masker(tokens)(relpath)


def mask_relpaths(relpaths: list[str], tokens: dict[str, str], key: str | None = None) -> list[str]:
    """Mask many paths with one token map, then make the results unique (:func:`dedupe`)."""
    masker = Masker(tokens)
    return dedupe(relpaths, [masker(p) for p in relpaths], key)
