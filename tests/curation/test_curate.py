from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pydicom
import pytest
from dicom_samples import PHI, copy_corpus, make_us_export

from curation.curate import curate
from curation.dicom_index import INDEX_SCHEMA
from curation.reason_codes import REASON_CODES
from curation.schemas import EXCLUSIONS_SCHEMA, IMAGES_SCHEMA


def test_us_export_end_to_end_and_rerun_is_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = make_us_export(tmp_path / "in")
    (src / "exam1" / "notes.txt").write_text("not dicom")
    res = curate(src, tmp_path / "out", workers=1)
    assert res.dicom_index.num_rows == 6
    # 5 files, one dual-view (ALOKA): 6 images of one exam, all kept.
    assert res.images.num_rows == 6 and res.images.schema.equals(IMAGES_SCHEMA)
    assert res.exclusions.column("reason").to_pylist() == ["not_dicom"]
    assert sorted(set(res.images.column("laterality").to_pylist())) == ["L", "R"]
    for name, schema in (("dicom_index", INDEX_SCHEMA), ("images", IMAGES_SCHEMA),
                         ("exclusions", EXCLUSIONS_SCHEMA)):
        assert pq.read_table(tmp_path / "out" / f"{name}.parquet").schema.equals(schema)
    counts = {r["reason"]: r["n_files"] for r in res.rule_counts.to_pylist()}
    assert list(counts) == [rc.code for rc in REASON_CODES] and counts["not_dicom"] == 1
    for row in res.images.to_pylist():
        img = res.store.image(row["store_shard"], row["store_index"])
        assert img.shape == (256, 256) and img.dtype == np.uint8 and img.std() > 5

    import curation.preprocess as pp

    monkeypatch.setattr(pp, "decode_frame", lambda raw, ts=None: (_ for _ in ()).throw(AssertionError("re-decoded")))
    again = curate(src, tmp_path / "out", workers=1)
    assert again.images.equals(res.images) and again.exclusions.equals(res.exclusions)


def test_workers_give_the_same_result(tmp_path: Path) -> None:
    src = make_us_export(tmp_path / "in")
    a = curate(src, tmp_path / "a", workers=1)
    b = curate(src, tmp_path / "b", workers=2)
    assert a.images.drop(["store_shard"]).equals(b.images.drop(["store_shard"]))
    assert a.dicom_index.equals(b.dicom_index)


def _phi_values(files: list[Path]) -> set[str]:
    values: set[str] = set()
    for f in files:
        try:
            ds = pydicom.dcmread(f, stop_before_pixels=True, force=True)
        except Exception:  # noqa: BLE001, S112 - unreadable files carry no header values
            continue
        for kw in ("PatientName", "PatientID", "PatientBirthDate", "OtherPatientIDs", "AccessionNumber"):
            try:
                v = ds.get(kw)
            except Exception:  # noqa: BLE001, S112
                continue
            for part in (v if isinstance(v, pydicom.multival.MultiValue) else [v]):
                text = str(part or "").strip()
                if len(text) >= 4:
                    values.add(text)
    return values


def test_no_identifier_appears_in_any_output(tmp_path: Path) -> None:
    src = copy_corpus(tmp_path / "in")
    make_us_export(src / "export")
    out = tmp_path / "out"
    curate(src, out, workers=2)
    phi = _phi_values([p for p in src.rglob("*") if p.is_file()])
    assert {PHI["PatientID"], PHI["PatientName"], PHI["PatientBirthDate"], PHI["AccessionNumber"]} <= phi
    assert len(phi) > 20
    outputs = [p for p in out.rglob("*") if p.is_file()]
    assert any(p.suffix == ".npy" for p in outputs)
    # A value is found when it occurs in the text not embedded in a longer number (a digit-only
    # birth date like 11111111 also "occurs" inside anonymised UIDs such as 1.1.111.1111111111).
    def pattern(v: str) -> re.Pattern[bytes]:
        return re.compile(rb"(?<![0-9])" + re.escape(v.encode()) + rb"(?![0-9])", re.IGNORECASE)

    checks = {v: pattern(v) for v in phi}
    # 1. every value of every output table
    for p in outputs:
        if p.suffix != ".parquet":
            continue
        table = pq.read_table(p)
        for col in table.columns:
            if pa.types.is_string(col.type) or pa.types.is_date(col.type):
                cells = [str(v) for v in col.to_pylist() if v is not None]
                text = "\n".join(cells).encode()
                leaked = [v for v, rx in checks.items() if (len(v) >= 6 or not v.isdigit()) and rx.search(text)]
                leaked += [v for v in phi if v in cells]
                assert not leaked, (p.name, col._name if hasattr(col, "_name") else "", leaked)
    # 2. raw bytes of every output file (parquet pages, npy, anything else)
    for p in outputs:
        data = p.read_bytes()
        leaked = [v for v, rx in checks.items() if len(v) >= 6 and rx.search(data)]
        assert not leaked, (p.name, leaked)


def test_cli_curate_prints_rule_counts(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sonolabel.cli import app

    src = make_us_export(tmp_path / "in")
    res = CliRunner().invoke(app, ["curate", str(src), str(tmp_path / "out"), "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert "missing_laterality" in res.output and "kept" in res.output
    assert (tmp_path / "out" / "images.parquet").is_file()
    bad = CliRunner().invoke(app, ["curate", str(src), str(tmp_path / "out"), "--workers", "0"])
    assert bad.exit_code != 0
