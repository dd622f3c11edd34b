"""Keyed pseudonyms: DICOM UIDs in the 2.25 form, the demo-key rule, key records, sealed values."""

from __future__ import annotations

import re
import uuid

import pytest

from core import pseudonyms
from core.errors import UserError
from core.layout import ExportLayout
from core.sealed import seal, unseal

RAW_UID = "1.2.826.0.1.3680043.8.498.26618183472262455070915894203504670517"


def test_dicom_uid_is_a_keyed_consistent_2_25_uid() -> None:
    uid = pseudonyms.dicom_uid(RAW_UID, "k1")
    assert re.fullmatch(r"2\.25\.[1-9][0-9]*", uid) and len(uid) <= 64
    assert uuid.UUID(int=int(uid[5:])).version == 8  # PS3.5 B.2: the integer of a UUID
    assert pseudonyms.dicom_uid(RAW_UID, "k1") == uid == pseudonyms.dicom_uid(f" {RAW_UID} ", "k1")
    assert pseudonyms.dicom_uid(RAW_UID, "k2") != uid
    assert pseudonyms.dicom_uid(RAW_UID + "1", "k1") != uid
    assert "3680043" not in uid


@pytest.fixture
def key_env(monkeypatch: pytest.MonkeyPatch):
    """Clear the cached key resolution around a test that changes the key environment."""
    def set_key(value: str | None) -> None:
        if value is None:
            monkeypatch.delenv("SONOLABEL_PSEUDONYM_KEY", raising=False)
        else:
            monkeypatch.setenv("SONOLABEL_PSEUDONYM_KEY", value)
        monkeypatch.delenv("SONOLABEL_PSEUDONYM_KEY_FILE", raising=False)
        pseudonyms._resolve_key.cache_clear()

    yield set_key
    pseudonyms._resolve_key.cache_clear()


def test_demo_key_builds_demo_exports_only(tmp_path, key_env) -> None:
    real, demo = tmp_path / "real", tmp_path / "demo"
    real.mkdir()
    demo.mkdir()
    ExportLayout(demo).demo_marker.write_text("demo\n")
    key_env(None)
    with pytest.warns(pseudonyms.DemoKeyWarning):
        assert pseudonyms.uses_demo_key()
    with pytest.raises(UserError, match="SONOLABEL_PSEUDONYM_KEY") as err:
        pseudonyms.require_key_for(real)
    assert "\n" not in str(err.value)
    pseudonyms.require_key_for(demo)
    key_env(pseudonyms.DEMO_KEY)  # the demo key given explicitly is still the demo key
    with pytest.raises(UserError):
        pseudonyms.require_key_for(real)
    key_env("a-secret-key")
    pseudonyms.require_key_for(real)
    assert not pseudonyms.uses_demo_key()


def test_key_record_holds_a_fingerprint_never_the_key(key_env) -> None:
    key_env("a-secret-key")
    record = pseudonyms.key_record()
    assert record == {"pseudonym_key_fingerprint": pseudonyms.key_fingerprint(), "demo_key": False}
    assert "a-secret-key" not in str(record)
    key_env("another-key")
    assert pseudonyms.key_record()["pseudonym_key_fingerprint"] != record["pseudonym_key_fingerprint"]


def test_sealed_values_need_the_same_key() -> None:
    value = {"10072028": "Pabc", "ROBINSON": "Nabc"}
    blob = seal(value, "k1")
    assert b"10072028" not in blob and b"ROBINSON" not in blob
    assert unseal(blob, "k1") == value
    assert unseal(blob, "k2") is None
    assert unseal(b"damaged", "k1") is None
