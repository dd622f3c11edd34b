"""Pseudonymous identifiers: the raw PatientID / AccessionNumber never leave stage 1.

``patient_uid = HMAC-SHA256(key, "patient:" + PatientID)`` and
``exam_uid = HMAC-SHA256(key, "exam:" + AccessionNumber)`` (hex, truncated to 24 characters:
96 bits, collision-free at any hospital's scale). DICOM Study/Series/SOP Instance UIDs link back
to the PACS, so they are replaced too (DICOM PS3.15, Basic Application Level Confidentiality
Profile): :func:`dicom_uid` gives ``2.25.<integer>``, the integer being 128 bits of
``HMAC-SHA256(key, "uid:" + UID)`` shaped as an RFC 9562 version-8 UUID (PS3.5 B.2). The same UID
always gets the same pseudonym; the mapping is a function of the key and never written down.

The key comes from, in order: an explicit argument, the ``SONOLABEL_PSEUDONYM_KEY`` environment
variable, or the key file ``SONOLABEL_PSEUDONYM_KEY_FILE``. Without a key the public demo key is
used and flagged: anyone can hash candidate MRNs with it, so ``build-dataset`` accepts it only for
an export that ``sonolabel demo-data`` made (:func:`require_key_for`); the dataset card and
``version.json`` record :func:`key_fingerprint` (never the key) and whether the demo key was used.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import warnings
from functools import lru_cache
from pathlib import Path

from core.errors import UserError
from core.layout import ExportLayout

DEMO_KEY = "sonolabel-demo-key-not-for-real-data"
KEY_HELP = ("set a secret key first: export SONOLABEL_PSEUDONYM_KEY=\"$(python -c 'import secrets; "
            "print(secrets.token_hex(32))')\" (or SONOLABEL_PSEUDONYM_KEY_FILE=<file>), and keep it: "
            "the same key gives the same pseudonyms")
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


def dicom_uid(uid: str, key: str | None = None) -> str:
    """Keyed pseudonym of a DICOM UID: ``2.25.<int>`` (at most 44 characters, a valid UID)."""
    raw = bytearray(hmac.new(_resolve_key(key), f"uid:{uid.strip()}".encode(), hashlib.sha256).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x80  # UUID version 8 (custom)
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 9562 variant
    return f"2.25.{int.from_bytes(raw, 'big')}"


def derived_key(purpose: str, key: str | None = None) -> bytes:
    """32 bytes derived from the key for one ``purpose`` (e.g. sealing cache entries); never the key."""
    return hmac.new(_resolve_key(key), f"derive:{purpose}".encode(), hashlib.sha256).digest()


def uses_demo_key(key: str | None = None) -> bool:
    """True when pseudonyms are made with the public demo key (however it was given)."""
    return hmac.compare_digest(_resolve_key(key), DEMO_KEY.encode())


def is_demo_export(export_dir: str | os.PathLike) -> bool:
    """True when ``sonolabel demo-data`` made the export (it writes :attr:`ExportLayout.demo_marker`)."""
    return ExportLayout(export_dir).demo_marker.is_file()


def require_key_for(export_dir: str | os.PathLike, key: str | None = None) -> None:
    """Refuse (one line) to pseudonymise anything but a demo export with the public demo key."""
    if uses_demo_key(key) and not is_demo_export(export_dir):
        raise UserError(f"refusing to build {export_dir} with the public demo pseudonym key (it is not a "
                        f"`sonolabel demo-data` export, and anyone can re-identify patients from that key): "
                        f"{KEY_HELP}")


def key_record(key: str | None = None) -> dict[str, str | bool]:
    """What a published version records about its key: a fingerprint and whether it is the demo key."""
    return {"pseudonym_key_fingerprint": key_fingerprint(key), "demo_key": uses_demo_key(key)}
