"""End to end: the build-dataset flow on the demo export equals the generator's truth.

One flow run (plus a no-op rerun) is shared by the tests of this module (session-scoped): the Prefect harness
and a local Dask cluster cost tens of seconds, the checks themselves are cheap.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from core import pseudonyms
from curation.catalog import run_query
from curation.publish import CATALOG_NAME, current_version

pytestmark = [pytest.mark.flow, pytest.mark.xdist_group("prefect")]


def _run(export: Path, out: Path):
    from flows.build_dataset import build_dataset

    return build_dataset(str(export), str(out), workers=2, chunk_size=64, return_state=True)


# the session fixture `built` (this export built twice on a local cluster) is in tests/flows/conftest.py


def _table(out: Path, name: str) -> pd.DataFrame:
    return pq.read_table(out / "tables" / f"{name}.parquet").to_pandas()


def test_every_file_is_accounted_for_and_exclusions_match_truth(built, demo_export):
    out = built["out"]
    truth = pd.read_csv(demo_export / "truth" / "files.csv", dtype=str, keep_default_na=False)
    index = _table(out, "dicom_index")
    exclusions = _table(out, "exclusions")
    images = _table(out, "images")
    assert len(index) == len(truth)
    # first exclusion reason per file (an image-level rule can leave a file with one kept region)
    got = exclusions.groupby("file_relpath")["reason"].first()
    kept_files = set(images["file_relpath"])
    mask = _relpath_mapping(index, truth)
    truth = truth.assign(published=truth["relpath"].map(mask))
    expected_excluded = truth[truth["status"] == "excluded"].set_index("published")["reason"]
    assert got.reindex(expected_excluded.index).fillna("<kept>").to_dict() == expected_excluded.to_dict()
    expected_kept = set(truth.loc[truth["status"] == "kept", "published"])
    assert expected_kept == kept_files
    n_images = truth.loc[truth["status"] == "kept", "n_images"].astype(int).sum()
    assert len(images) == n_images


def _relpath_mapping(index: pd.DataFrame, truth: pd.DataFrame) -> dict[str, str]:
    """truth relpath -> published relpath: the demo's paths hold no identifier, so none is masked."""
    assert set(index["file_relpath"]) == set(truth["relpath"])
    return {r: r for r in truth["relpath"]}


def test_breast_labels_equal_truth(built, demo_export):
    out = built["out"]
    truth = pd.read_csv(demo_export / "truth" / "breast_labels.csv", dtype=str, keep_default_na=False)
    truth["exam_uid"] = truth["accession_number"].map(pseudonyms.exam_uid)
    truth = truth.set_index(["exam_uid", "laterality"])[["benign", "malignant"]].astype(int)
    labels = _table(out, "breast_labels").set_index(["exam_uid", "laterality"])[["benign", "malignant"]].astype(int)
    assert len(labels) > 0
    common = labels.index.intersection(truth.index)
    assert len(common) == len(labels), "every labeled breast is in the truth"
    diff = (labels.loc[common] != truth.loc[common]).any(axis=1)
    assert not diff.any(), labels.loc[common][diff].join(truth.loc[common][diff], rsuffix="_truth")


def test_test_eligibility_equals_truth_on_test_split(built, demo_export):
    out = built["out"]
    truth = pd.read_csv(demo_export / "truth" / "test_eligibility.csv", dtype=str, keep_default_na=False)
    truth["exam_uid"] = truth["accession_number"].map(pseudonyms.exam_uid)
    truth = truth.set_index(["exam_uid", "laterality"])[["status", "reason"]]
    got = _table(out, "test_eligibility").set_index(["exam_uid", "laterality"])[["status", "reason"]]
    assert len(got) > 0
    assert (got == truth.loc[got.index]).all().all()
    review = _table(out, "manual_review")
    assert set(review["reason"]) <= {"malignant_review_birads_0_3_6", "malignant_review_multimodal_guidance",
                                    "malignant_review_birads_unknown"}


def test_catalog_queries_and_card(built):
    out = built["out"]
    db = out / CATALOG_NAME
    per_split = run_query(db, "SELECT split, count(*) AS n FROM splits GROUP BY split ORDER BY split")
    assert set(per_split["split"]) <= {"train", "val", "test"}
    n = run_query(db, "SELECT count(*) AS n FROM images JOIN exams USING (exam_uid)")["n"][0]
    assert n == len(_table(out, "images"))
    card = (out / "tables" / "dataset_card.md").read_text()
    assert "Composition" in card and "Curation funnel" in card
    assert (out / "tables" / "funnel.png").stat().st_size > 1000


def test_rerun_reprocesses_nothing_and_is_identical(built):
    second = built["second"]
    assert second["cache"]["index_chunks_computed"] == 0
    assert second["cache"]["preprocess_chunks_computed"] == 0
    assert second["cache"]["pathology_from_cache"] is True
    out = built["out"]
    for name, table in built["first_tables"].items():
        again = pq.read_table(out / "tables" / f"{name}.parquet")
        assert again.equals(table), name


def test_no_phi_in_published_outputs(built, demo_export):
    """No PatientID, PatientName, birth date or accession number value appears in any output byte."""
    import pydicom

    needles: set[str] = set()
    for path in sorted((demo_export / "dicom").rglob("*"))[:4000]:
        if not path.is_file():
            continue
        try:
            ds = pydicom.dcmread(path, stop_before_pixels=True, force=True)
        except Exception:
            continue
        for kw in ("PatientID", "PatientName", "PatientBirthDate", "AccessionNumber"):
            value = str(getattr(ds, kw, "") or "").strip()
            if len(value) >= 5:
                needles.add(value)
    assert needles
    out = built["out"]
    for path in (out / "tables").rglob("*"):
        if not path.is_file():
            continue
        blob = path.read_bytes()
        if path.suffix == ".parquet":
            blob = pq.read_table(path).to_pandas().to_csv(index=False).encode()
        for needle in needles:
            assert needle.encode() not in blob, f"{needle!r} found in {path.name}"


def test_planted_contract_violation_stops_publish(built, demo_export, monkeypatch, tmp_path):
    """A copy of the dataset where one table breaks its contract: the build fails, nothing is published."""
    out = tmp_path / "dataset"
    shutil.copytree(built["out"], out, symlinks=True)
    before = current_version(out)
    import flows.steps as steps

    real = steps.eligibility_step

    def planted(tables, decisions=None):
        result = real(tables, decisions)
        frame = result["test_eligibility"].to_pandas()
        if len(frame):
            frame.loc[0, "status"] = "probably_fine"  # not an allowed status
        import pyarrow as pa

        result["test_eligibility"] = pa.Table.from_pandas(frame, schema=result["test_eligibility"].schema,
                                                          preserve_index=False)
        return result

    monkeypatch.setattr(steps, "eligibility_step", planted)
    state = _run(demo_export, out)
    assert not state.is_completed()
    assert "data contracts failed" in (state.message or "")
    assert current_version(out) == before
    report = (out / "reports" / "contract_report.md").read_text()
    assert "test_eligibility" in report and "probably_fine" in report
    meta = json.loads((out / "current_version").read_text())
    assert meta["version"] == before
