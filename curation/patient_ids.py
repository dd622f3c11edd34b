"""What counts as a valid PatientID (the paper's "invalid patient identifiers" rule).

Decided in stage 1 (``dicom_index.patient_id_valid``) because the raw id never leaves stage 1;
the ``invalid_patient_id`` filter only reads the boolean.

Invalid: missing or empty; a placeholder (``UNKNOWN``, ``ANONYMOUS``, ``ANON``, ``NONE``,
``NULL``, ``N/A``, ``NA``, ``TEST``, ``PATIENT``, ``NOID``, ``NO ID``, ``-``, ``?``,
case-insensitive, also with trailing digits such as ``TEST1`` / ``ANON123``); a single repeated
character (``0000000``, ``XXXX``, ``999999``); longer than 64 characters (the LO limit); or
containing characters outside letters, digits and ``- _ . /`` (spaces inside the id, control or
non-ASCII characters: typical of a name or free text typed into the id field).
"""

from __future__ import annotations

import re

PLACEHOLDERS = frozenset(
    {
        "UNKNOWN",
        "UNK",
        "ANONYMOUS",
        "ANON",
        "NONE",
        "NULL",
        "N/A",
        "NA",
        "TEST",
        "PATIENT",
        "NOID",
        "NO ID",
        "NO_ID",
        "NOMRN",
        "NO MRN",
        "MRN",
        "ID",
        "-",
        "--",
        "?",
        "??",
        "X",
        "TBD",
        "TEMP",
        "DUMMY",
    }
)
_PLACEHOLDER_WITH_DIGITS = re.compile(r"^(UNKNOWN|ANONYMOUS|ANON|TEST|PATIENT|TEMP|DUMMY)[ _-]?\d*$")
_ALLOWED = re.compile(r"^[A-Za-z0-9._/-]+$")
MAX_LEN = 64


def is_valid_patient_id(value: str | None) -> bool:
    """True when ``value`` looks like a real MRN (see the module docstring for the rules)."""
    if value is None:
        return False
    text = value.strip()
    if not text:
        return False
    upper = text.upper()
    if upper in PLACEHOLDERS or _PLACEHOLDER_WITH_DIGITS.match(upper):
        return False
    if len(set(upper)) == 1:
        return False
    if len(text) > MAX_LEN:
        return False
    return bool(_ALLOWED.match(text))
