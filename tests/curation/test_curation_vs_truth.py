"""Curation outcomes vs the demo generator's ground truth (``truth/files.csv``), file by file.

Uses the session's 30-patient demo export (``demo_export`` in ``tests/conftest.py``; it holds every hard
case) unless ``SONOLABEL_DEMO_EXPORT`` points at an existing one. Every file must have the
truth's status and *first* reason code, every kept file the truth's number of images (2 for a
dual-view file, 1 for a cine clip) and laterality.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from curation.curate import curate
from curation.dicom_index import find_files

_OUT: dict[str, Path] = {}  # where the module's curation run wrote its outputs

@pytest.fixture(scope="module")
def truth_export(request: pytest.FixtureRequest) -> Path:
    """``SONOLABEL_DEMO_EXPORT`` when set (e.g. a larger export), else the session's demo export."""
    given = os.environ.get("SONOLABEL_DEMO_EXPORT")
    if given:
        return Path(given)
    pytest.importorskip("demo_hospital", reason="demo generator not available")
    return request.getfixturevalue("demo_export")


@pytest.fixture(scope="module")
def outcome(truth_export: Path, tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    """One row per file: real relpath, status, reason, n_images, lateralities (pipeline view)."""
    dicom = truth_export / "dicom"
    out = tmp_path_factory.mktemp("curated")
    res = curate(dicom, out, workers=2)
    _OUT["dir"] = out
    # Published relpaths may be masked; the index is in the order of the real paths.
    real = dict(zip(res.dicom_index.column("file_relpath").to_pylist(), find_files(dicom)))
    ex = res.exclusions.to_pandas()
    im = res.images.to_pandas()
    rows = {}
    for r in ex.itertuples():
        assert real[r.file_relpath] not in rows, f"two exclusion rows for {r.file_relpath}"
        rows[real[r.file_relpath]] = {"status": "excluded", "reason": r.reason, "n_images": 0, "laterality": ""}
    for path, g in im.groupby("file_relpath"):
        assert real[path] not in rows, f"{path} is both kept and excluded"
        lat = set(g["laterality"].dropna())
        rows[real[path]] = {"status": "kept", "reason": "", "n_images": len(g), "laterality": "".join(sorted(lat))}
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis("relpath").reset_index()


@pytest.fixture(scope="module")
def truth(truth_export: Path) -> pd.DataFrame:
    return pd.read_csv(truth_export / "truth" / "files.csv", dtype=str, keep_default_na=False)


def test_every_file_is_accounted_for_once(outcome: pd.DataFrame, truth: pd.DataFrame, truth_export: Path) -> None:
    assert sorted(outcome["relpath"]) == sorted(truth["relpath"]) == find_files(truth_export / "dicom")


def test_status_and_first_reason_match_truth(outcome: pd.DataFrame, truth: pd.DataFrame) -> None:
    m = truth.merge(outcome, on="relpath", suffixes=("_truth", "_ours"))
    bad = m[(m["status_truth"] != m["status_ours"]) | (m["reason_truth"] != m["reason_ours"])]
    summary = bad.groupby(["reason_truth", "reason_ours"]).size().to_dict()
    assert bad.empty, f"{len(bad)} mismatches (truth -> ours: count): {summary}; e.g. {bad['relpath'].head(5).tolist()}"


def test_kept_files_yield_the_truth_number_of_images_and_laterality(outcome: pd.DataFrame, truth: pd.DataFrame) -> None:
    m = truth[truth["status"] == "kept"].merge(outcome, on="relpath", suffixes=("_truth", "_ours"))
    assert len(m) > 100
    wrong_n = m[m["n_images_truth"].astype(int) != m["n_images_ours"]]
    assert wrong_n.empty, wrong_n[["relpath", "n_images_truth", "n_images_ours", "dual_view", "frames"]].head(10)
    wrong_lat = m[m["laterality_truth"] != m["laterality_ours"]]
    assert wrong_lat.empty, wrong_lat[["relpath", "laterality_truth", "laterality_ours"]].head(10)


def test_per_reason_counts_match_summary(outcome: pd.DataFrame, truth: pd.DataFrame) -> None:
    ours = outcome[outcome["status"] == "excluded"]["reason"].value_counts().to_dict()
    expected = truth[truth["status"] == "excluded"]["reason"].value_counts().to_dict()
    assert ours == expected


def test_no_mrn_or_accession_in_any_output(outcome: pd.DataFrame, truth: pd.DataFrame) -> None:
    import re

    import pyarrow.parquet as pq

    values = {v for c in ("patient_id", "accession_number") for v in truth[c] if len(v) >= 4}
    assert len(values) > 20
    rx = re.compile(r"(?<![0-9])(" + "|".join(map(re.escape, sorted(values))) + r")(?![0-9])")
    outputs = [p for p in _OUT["dir"].rglob("*") if p.is_file()]
    for p in outputs:
        if p.suffix == ".parquet":
            table = pq.read_table(p)
            text = "\n".join(str(v) for col in table.columns for v in col.to_pylist() if v is not None)
            assert not rx.search(text), (p.name, rx.search(text).group(0))


def test_image_analysis_alone_finds_the_dicom_regions(truth_export: Path, truth: pd.DataFrame) -> None:
    """Without SequenceOfUltrasoundRegions, the image-analysis fallback finds the same regions."""
    from curation.pixels import decode_bytes, to_luminance
    from curation.ultrasound_region import dicom_regions, image_regions

    kept = truth[truth["status"] == "kept"]
    ious = []
    for r in kept.itertuples():
        frame = decode_bytes((truth_export / "dicom" / r.relpath).read_bytes())
        lum = to_luminance(frame.pixels)
        found, ref = image_regions(lum), dicom_regions(frame.dataset, *lum.shape)
        assert len(found) == len(ref) == int(r.n_images), r.relpath
        for a, b in zip(found, ref):
            inter = a.intersection(b)
            ious.append(inter / (a.area + b.area - inter))
    assert min(ious) > 0.8 and sum(ious) / len(ious) > 0.93
