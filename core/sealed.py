"""Seal small values that must persist between builds but may not be stored in the clear.

The index cache lets a rerun skip reading unchanged files, but masking paths with the whole
export's identifiers needs every file's identifiers again. They are kept in the cache sealed:
JSON encrypted and authenticated with Fernet (AES-128-CBC + HMAC-SHA256, from ``cryptography``)
under a key derived from the pseudonym key (:func:`core.pseudonyms.derived_key`). Whoever holds
the pseudonym key can already re-identify every pseudonym, so sealing adds no new exposure;
without it a cache entry is opaque. A changed key or a damaged entry unseals to ``None`` (the
caller recomputes).
"""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from core import pseudonyms

PURPOSE = "sealed-cache-v1"


def _fernet(key: str | None) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(pseudonyms.derived_key(PURPOSE, key)))


def seal(value: Any, key: str | None = None) -> bytes:
    """``value`` (JSON-serialisable) encrypted and authenticated."""
    return _fernet(key).encrypt(json.dumps(value, sort_keys=True).encode())


def unseal(blob: bytes, key: str | None = None) -> Any | None:
    """The sealed value, or ``None`` when ``blob`` was sealed under another key or is damaged."""
    try:
        return json.loads(_fernet(key).decrypt(blob))
    except (InvalidToken, ValueError, TypeError):
        return None
