"""Pseudonymous identifiers: the raw PatientID / AccessionNumber never leave stage 1.

``patient_uid = HMAC-SHA256(key, "patient:" + PatientID)`` and
``exam_uid = HMAC-SHA256(key, "exam:" + AccessionNumber)`` (hex, truncated to 24 characters:
96 bits, collision-free at any hospital's scale). The key comes from, in order: an explicit
argument, the ``SONOLABEL_PSEUDONYM_KEY`` environment variable, or the key file
``SONOLABEL_PSEUDONYM_KEY_FILE``. Without a key the demo key is used and flagged, so that
the demo runs out of the box but a real export never silently shares it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import warnings
from functools import lru_cache
from pathlib import Path

DEMO_KEY = "sonolabel-demo-key-not-for-real-data"
UID_HEX_CHARS = 24


class DemoKeyWarning(UserWarning):
    """Raised (as a warning) when pseudonyms are made with the public demo key."""


@lru_cache(maxsize=8)
def _resolve_key(explicit: str | None) -> bytes:
    if explicit:
        return explicit.encode()
    env = os.environ.get("SONOLABEL_PSEUDONYM_KEY")
    if env:
        return env.encode()
    key_file = os.environ.get("SONOLABEL_PSEUDONYM_KEY_FILE")
    if key_file:
        return Path(key_file).read_text().strip().encode()
    warnings.warn(
        "No SONOLABEL_PSEUDONYM_KEY set: using the public demo key. Set a secret key for real data.",
        DemoKeyWarning,
        stacklevel=3,
    )
    return DEMO_KEY.encode()


def _digest(namespace: str, value: str, key: str | None) -> str:
    mac = hmac.new(_resolve_key(key), f"{namespace}:{value}".encode(), hashlib.sha256)
    return mac.hexdigest()[:UID_HEX_CHARS]


def patient_uid(patient_id: str, key: str | None = None) -> str:
    """Pseudonymous patient id of a raw PatientID/MRN (whitespace-stripped)."""
    return _digest("patient", patient_id.strip(), key)


def exam_uid(accession_number: str, key: str | None = None) -> str:
    """Pseudonymous exam id of a raw AccessionNumber (whitespace-stripped)."""
    return _digest("exam", accession_number.strip(), key)


def report_uid(report_id: str, key: str | None = None) -> str:
    """Pseudonymous id of an EHR report id (report ids can encode dates or MRNs)."""
    return _digest("report", report_id.strip(), key)


def key_fingerprint(key: str | None = None) -> str:
    """A short, non-reversible fingerprint of the key: caches keyed on it are redone when the key changes."""
    return _digest("fingerprint", "sonolabel", key)[:12]
