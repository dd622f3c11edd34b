"""The build's input fingerprint and the no-op rerun of ``sonolabel build-dataset`` (no Prefect needed)."""

from __future__ import annotations

import inspect
import json
import os
import shutil
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from typer.testing import CliRunner

from core import pseudonyms
from core.layout import OutputLayout
from curation.build_lock import build_lock
from curation.image_store import SHARD_ROWS_SCHEMA, ImageStore
from curation.publish import publish
from flows.fingerprint import (
    FINGERPRINT_FILE,
    SPLIT_SALT_DEFAULT,
    build_fingerprint,
    fingerprint_file,
    published_fingerprint,
    up_to_date_version,
)


def _export(root: Path) -> Path:
    (root / "dicom" / "P1").mkdir(parents=True)
    for name in ("a.dcm", "b.dcm"):
        (root / "dicom" / "P1" / name).write_bytes(b"x" * 100)
    for csv in ("pathology_reports.csv", "radiology_reports.csv", "patients.csv"):
        (root / csv).write_text("id\n1\n")
    return root


def test_the_fingerprint_changes_with_every_input_and_only_then(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = _export(tmp_path / "export")
    base = build_fingerprint(export, 256)
    assert build_fingerprint(export, 256) == base  # deterministic
    seen = {base}

    def changed(what: str) -> None:
        value = build_fingerprint(export, 256)
        assert value not in seen, what
        seen.add(value)

    a = export / "dicom" / "P1" / "a.dcm"
    os.utime(a, ns=(a.stat().st_atime_ns, a.stat().st_mtime_ns + 1_000_000))
    changed("a file's mtime")
    a.write_bytes(b"x" * 101)
    changed("a file's size")
    (export / "dicom" / "P1" / "c.dcm").write_bytes(b"y")
    changed("a new file")
    (export / "pathology_reports.csv").write_text("id\n2\n")
    changed("a report table")
    assert build_fingerprint(export, 64) not in seen, "the chunk size"
    assert build_fingerprint(export, 256, "another-salt") not in seen, "the split salt"
    monkeypatch.setenv("SONOLABEL_PSEUDONYM_KEY", "another-key")
    pseudonyms._resolve_key.cache_clear()  # the key is resolved once per process
    try:
        assert build_fingerprint(export, 256) not in seen, "the pseudonym key"
    finally:
        monkeypatch.undo()
        pseudonyms._resolve_key.cache_clear()


def test_the_cli_default_split_salt_is_the_flows() -> None:
    from flows.build_dataset import build_dataset

    assert inspect.signature(build_dataset.fn).parameters["split_salt"].default == SPLIT_SALT_DEFAULT


def _publish_with(out: Path, fingerprint: str, with_shard: bool = True) -> str:
    store = ImageStore(OutputLayout(out).image_store)
    shard = "s" * 24
    if with_shard:
        store.write(shard, np.zeros((1, 256, 256), np.uint8), SHARD_ROWS_SCHEMA.empty_table())
    images = pa.table({"image_uid": ["u/f0/r0"], "store_shard": [shard], "store_index": [0]})
    return publish(out, {"images": images}, extra_files=fingerprint_file(fingerprint)).version


def test_a_rerun_with_unchanged_inputs_is_up_to_date_and_starts_nothing(tmp_path: Path) -> None:
    from sonolabel.cli import app

    export, out = _export(tmp_path / "export"), tmp_path / "out"
    version = _publish_with(out, build_fingerprint(export, 256))
    assert json.loads((out / "tables" / FINGERPRINT_FILE).read_text())["fingerprint"] == published_fingerprint(out)
    assert up_to_date_version(export, out, 256) == version
    result = CliRunner().invoke(app, ["build-dataset", str(export), str(out)])
    assert result.exit_code == 0, result.output
    assert f"up to date: version {version}" in result.output
    assert "PREFECT_API_URL" not in os.environ  # no service was started for it

    assert up_to_date_version(export, out, 64) is None  # other parameters: a build has work to do
    with build_lock(out):  # another build holds OUT: it may publish something else
        assert up_to_date_version(export, out, 256) is None
    (export / "dicom" / "P1" / "new.dcm").write_bytes(b"z")
    assert up_to_date_version(export, out, 256) is None


def test_a_version_missing_image_shards_is_not_up_to_date(tmp_path: Path) -> None:
    export, out = _export(tmp_path / "export"), tmp_path / "out"
    _publish_with(out, build_fingerprint(export, 256))
    assert published_fingerprint(out) is not None
    shutil.rmtree(OutputLayout(out).image_store)
    assert published_fingerprint(out) is None and up_to_date_version(export, out, 256) is None
    assert published_fingerprint(tmp_path / "nothing-here") is None


def test_a_name_that_is_not_utf8_is_fingerprinted(tmp_path: Path) -> None:
    export = tmp_path / "export"
    (export / "dicom").mkdir(parents=True)
    (export / "dicom" / "a.dcm").write_bytes(b"x")
    base = build_fingerprint(export, 256)
    (export / "dicom" / os.fsdecode(b"caf\xe9.dcm")).write_bytes(b"y")  # Latin-1 name
    assert build_fingerprint(export, 256) != base


def test_review_decisions_and_date_format_are_inputs(tmp_path: Path) -> None:
    export = tmp_path / "export"
    (export / "dicom").mkdir(parents=True)
    decisions = tmp_path / "decisions.csv"
    base = build_fingerprint(export, 256, review_decisions=decisions)
    assert build_fingerprint(export, 256) == base  # no decisions file yet: the same as none
    decisions.write_text("kind,target,decision\n")
    assert build_fingerprint(export, 256, review_decisions=decisions) != base
    assert build_fingerprint(export, 256, date_format="%m/%d/%Y") != base
