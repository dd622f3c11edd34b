"""One vendor name per ultrasound manufacturer, whatever the DICOM ``Manufacturer`` string says.

Scanners write the vendor in many ways (``GE Healthcare``, ``GE MEDICAL SYSTEMS``,
``GE Healthcare Austria GmbH & Co OG``; ``TOSHIBA_MEC_US`` and ``CANON_MEC`` for one product
line), and the paper's subgroup analysis is per manufacturer: grouped by the raw string, one
vendor would be split into several small subgroups with wide intervals. ``vendor`` maps the
known spellings to a canonical name and leaves anything else as written (trimmed, whitespace
collapsed) so that a new vendor shows up under its own name instead of vanishing into "other".
"""

from __future__ import annotations

import re

UNKNOWN = "unknown"

# (canonical vendor, pattern on the upper-cased Manufacturer string); first match wins.
# Toshiba Medical became Canon Medical in 2018: one product line (Aplio), one vendor.
# Hitachi Aloka became part of Fujifilm Healthcare in 2021.
_VENDORS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("GE", r"^(GE\b|GE_|GENERAL ELECTRIC|KRETZ)"),
        ("Philips", r"\bPHILIPS\b|^ATL\b"),
        ("Siemens", r"\bSIEMENS\b|\bACUSON\b"),
        ("Canon (Toshiba)", r"\bTOSHIBA|\bCANON"),
        ("Samsung", r"\bSAMSUNG|\bMEDISON\b"),
        ("SuperSonic Imagine", r"SUPER\s*SONIC|^SSI\b"),
        ("Hitachi Aloka (Fujifilm)", r"\bALOKA\b|\bHITACHI\b|\bFUJIFILM\b"),
        ("Esaote", r"\bESAOTE\b"),
        ("Mindray", r"\bMINDRAY\b"),
        ("Hologic", r"\bHOLOGIC\b"),
    )
)
_SPACES = re.compile(r"\s+")


def vendor(manufacturer: str | None) -> str:
    """Canonical vendor of a DICOM ``Manufacturer`` value; ``"unknown"`` when it is missing or blank."""
    if manufacturer is None:
        return UNKNOWN
    text = _SPACES.sub(" ", str(manufacturer)).strip()
    if not text:
        return UNKNOWN
    upper = text.upper()
    for name, pattern in _VENDORS:
        if pattern.search(upper):
            return name
    return text
