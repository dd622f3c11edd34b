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
from data_contracts.validate import DATA_DOCS_INDEX
from flows.steps import CONTRACTS_DIR

pytestmark = [pytest.mark.flow, pytest.mark.xdist_group("prefect")]


def _run(export: Path, out: Path, force: bool = False):
    from flows.build_dataset import build_dataset

    return build_dataset(str(export), str(out), workers=2, chunk_size=64, force=force, return_state=True)


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


def test_label_review_marks_state_and_agrees_with_the_test_filters(built):
    """``label_review`` carries its open/settled state (no decisions file: all open), and a test
    breast whose label needs review is queued for it, never decided by a rule."""
    out = built["out"]
    queue = _table(out, "label_review")
    assert {"review_state", "decision"} <= set(queue.columns)
    assert (queue["review_state"] == "open").all() and queue["decision"].isna().all()
    labels = _table(out, "breast_labels").set_index(["exam_uid", "laterality"])
    eligibility = _table(out, "test_eligibility").set_index(["exam_uid", "laterality"])
    unsettled = labels.index[labels["label_state"] == "needs_review"].intersection(eligibility.index)
    assert (eligibility.loc[unsettled, "reason"] == "label_needs_review").all()
    queued = eligibility.index[eligibility["reason"] == "label_needs_review"]
    assert set(queued) == set(unsettled)


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


def test_an_unchanged_export_returns_the_published_version_without_a_build(built):
    unchanged, second = built["unchanged"], built["second"]
    assert unchanged["up_to_date"] is True and unchanged["version"] == second["version"]
    assert unchanged["counts"] == second["counts"]
    assert unchanged["catalog"] == second["catalog"]


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
    state = _run(demo_export, out, force=True)  # the copy is up to date: only a forced build runs the stages
    assert not state.is_completed()
    assert "data contracts failed" in (state.message or "")
    assert current_version(out) == before
    failed = sorted((out / "reports").glob("failed-*"))
    assert len(failed) == 1 and str(failed[0]) in state.message
    report = (failed[0] / "contract_report.md").read_text()
    assert "test_eligibility" in report and "probably_fine" in report
    assert (out / "reports" / "contract_report.md").read_text() == report  # the last build's report
    assert (failed[0] / DATA_DOCS_INDEX).is_file()  # the failed build's Data Docs are kept with it
    assert not list((out / "reports").glob(".contracts-*"))
    meta = json.loads((out / "current_version").read_text())
    assert meta["version"] == before


def test_contract_report_and_data_docs_are_kept_with_the_version(built):
    out = built["out"]
    for run in ("first", "second"):
        contracts = Path(built[run]["version_dir"]) / CONTRACTS_DIR
        if contracts.parent.exists():  # the first version may be pruned after later builds
            assert (contracts / "contract_report.md").read_text().startswith("# data contracts PASSED")
            index = (contracts / DATA_DOCS_INDEX).read_text()
            assert "breast_labels_contract" in index and "test_eligibility_contract" in index
    assert (out / "tables" / CONTRACTS_DIR / DATA_DOCS_INDEX).is_file()
    assert not list((out / "reports").glob(".contracts-*"))  # the staging folder went into the version


def test_published_files_are_readable_by_others(built):
    """Files get the umask's mode (the tests run under the usual 022: 0644), not mkstemp's 0600."""
    import os
    import stat

    mask = os.umask(0)
    os.umask(mask)
    out = built["out"]
    published = list((out / "tables").glob("*.*"))
    shards = list((out / "image_store").glob("*.npy"))
    assert published and shards
    # the umask's mode; a published version's files then lose their write bits (never rewritten)
    expected = {**{p: 0o666 & ~mask & ~0o222 for p in published}, **{p: 0o666 & ~mask for p in shards}}
    wrong = {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p, mode in expected.items()
             if stat.S_IMODE(p.stat().st_mode) != mode}
    assert not wrong, wrong


def test_a_copied_output_answers_with_descriptions(built, tmp_path, monkeypatch):
    from curation.query_output import describe

    copy = tmp_path / "moved-dataset"
    shutil.copytree(built["out"], copy, symlinks=True, ignore=shutil.ignore_patterns("image_store", "cache"))
    monkeypatch.chdir(tmp_path)
    db = copy / CATALOG_NAME
    n = run_query(db, "SELECT count(*) AS n FROM images")["n"][0]
    assert n == len(_table(built["out"], "images"))
    described = run_query(db, "SELECT table_name, count(*) FILTER (WHERE comment IS NULL OR comment = '') AS missing "
                              "FROM duckdb_columns() WHERE NOT internal AND table_name <> '_sonolabel_meta' GROUP BY ALL")
    assert len(described) == len(built["first"]["counts"]) and described["missing"].sum() == 0, described
    text, columns = describe(db, "breast_labels")
    assert "-30..+120" in text and "malignant" in set(columns["column"])


def test_run_artifacts_and_progress_lines(built):
    """The Prefect UI shows the card, funnel, Fig. A.3 outcome, contracts and recomputed chunks,
    and the flow logs one progress line per stage (files/s and ETA for the chunked ones)."""
    from flows import artifacts

    keys = {artifacts.DATASET_CARD_KEY, artifacts.FUNNEL_KEY, artifacts.TEST_SET_KEY, artifacts.CONTRACTS_KEY,
            artifacts.CHUNKS_KEY}
    first, second = built["observed"]["first"], built["observed"]["second"]
    for run in (first, second):
        assert set(run["artifacts"]) == keys
        assert "Composition" in run["artifacts"][artifacts.DATASET_CARD_KEY]
        assert "| step |" in run["artifacts"][artifacts.FUNNEL_KEY]
        assert "Test-set filters" in run["artifacts"][artifacts.TEST_SET_KEY]
        assert run["artifacts"][artifacts.CONTRACTS_KEY].startswith("# data contracts PASSED")
        assert any(line.startswith("index:") and "files/s" in line for line in run["progress"])
        assert any(line.startswith("label-pathology: done in") for line in run["progress"])
    recomputed = [sum(row["recomputed"] for row in json.loads(run["artifacts"][artifacts.CHUNKS_KEY]))
                  for run in (first, second)]
    assert recomputed[0] > 0 and recomputed[1] == 0  # the unchanged rerun came from the caches
