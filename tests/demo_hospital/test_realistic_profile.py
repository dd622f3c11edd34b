"""The realistic profile end to end on a small export, and the easy profile's output pinned.

A 6-patient realistic export keeps this module fast; the 30-patient realistic build against the
pipeline is ``tests/flows/test_realistic_build.py`` (slow).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pydicom
import pytest
from PIL import Image

from demo_hospital import DemoConfig, generate_demo_export
from demo_hospital.clinical import FOCUS_CODES
from demo_hospital.exam_files import LESION_COLUMNS
from demo_hospital.profiles import CANCER_WEIGHTS, OTHER_WEIGHTS, realistic_focus_schedule
from demo_hospital.realistic_reports import RADIOLOGY_BIRADS_COLUMNS, REPORT_LABEL_COLUMNS
from tests.demo_hospital.test_demo_export import header_of, read_csv

# sha256 over the CSV and JSON files of the easy 2-patient seed-7 export, as written before the
# realistic profile existed: the easy profile (the existing tests' data) must not change. Updated
# once when truth/summary.json gained zero counts for the new index and eligibility codes, and
# again for the zero count of label_needs_review (each time the only difference; every other file
# byte-identical).
EASY_2_SEED_7_TABLES = "e178fe4fa67429bc053397bdb613036239cdfd142ff27c85bf98da3a98ea12ad"


def _tables_digest(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".csv", ".json"):
            h.update(p.relative_to(root).as_posix().encode())
            h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


@pytest.fixture(scope="module")
def realistic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("realistic") / "export"
    generate_demo_export(DemoConfig(out_dir=out, n_patients=6, seed=0, workers=2, profile="realistic"))
    return out


@pytest.fixture(scope="module")
def truth(realistic: Path) -> dict[str, list[dict[str, str]]]:
    t = realistic / "truth"
    return {name: read_csv(t / f"{name}.csv") for name in ("files", "breast_labels", "lesions", "report_labels",
                                                            "radiology_birads")} | {
        "pathology": read_csv(realistic / "pathology_reports.csv")}


def test_easy_profile_tables_are_unchanged(tmp_path: Path) -> None:
    generate_demo_export(DemoConfig(out_dir=tmp_path / "e", n_patients=2, seed=7, workers=1))
    assert _tables_digest(tmp_path / "e") == EASY_2_SEED_7_TABLES
    assert not (tmp_path / "e" / "truth" / "lesions.csv").exists()


def test_realistic_truth_tables_have_their_columns(realistic: Path) -> None:
    t = realistic / "truth"
    assert header_of(t / "lesions.csv") == list(LESION_COLUMNS)
    assert header_of(t / "report_labels.csv") == list(REPORT_LABEL_COLUMNS)
    assert header_of(t / "radiology_birads.csv") == list(RADIOLOGY_BIRADS_COLUMNS)
    assert header_of(realistic / "pathology_reports.csv") == [
        "patient_id", "report_id", "specimen_date", "procedure", "guidance", "concordance", "text"]


def test_files_on_disk_and_kept_exam_sizes(realistic: Path, truth: dict) -> None:
    root = realistic / "dicom"
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()) == sorted(
        r["relpath"] for r in truth["files"])
    per_exam = Counter()
    for r in truth["files"]:
        if r["status"] == "kept":
            per_exam[r["accession_number"]] += int(r["n_images"])
    assert per_exam and all(6 <= n <= 30 for n in per_exam.values())


def test_lesion_rows_match_files_and_masks(realistic: Path, truth: dict) -> None:
    files = {r["relpath"]: r for r in truth["files"]}
    assert truth["lesions"]
    for r in truth["lesions"]:
        f = files[r["relpath"]]
        assert f["lesion"] == r["lesion"] and r["status"] == f["status"]
        if f["mask_relpath"]:
            mask = np.asarray(Image.open(realistic / "truth" / f["mask_relpath"])) > 0
            assert mask.sum() > 20
    with_lesion = {r["relpath"] for r in truth["files"] if r["lesion"] != "none"}
    assert with_lesion == {r["relpath"] for r in truth["lesions"]}


def test_a_lesion_shows_in_one_to_three_images_of_its_breast(truth: dict) -> None:
    kept = [r for r in truth["lesions"] if r["status"] == "kept"]
    per = Counter((r["accession_number"], r["laterality"], r["kind"], r["width_mm"][:2]) for r in kept)
    assert per and max(per.values()) <= 6  # one design per kind and size class: 1-3 images each, rarely two alike


def test_calipers_doppler_and_scanner_variety(realistic: Path, truth: dict) -> None:
    assert any(r["calipers"] == "1" for r in truth["lesions"])
    assert len({r["depth_cm"] for r in truth["lesions"]}) >= 2
    doppler = [r for r in truth["lesions"] if r["doppler"] == "1"]
    for r in doppler[:3]:
        ds = pydicom.dcmread(realistic / "dicom" / r["relpath"])
        assert ds.SamplesPerPixel == 3


def test_breast_labels_are_the_window_union_of_report_labels(truth: dict) -> None:
    """The two truth tables come from the same structured specimens (docs/labelling_guide.md)."""
    reports = defaultdict(list)
    for r in truth["report_labels"]:
        reports[(r["patient_id"], r["laterality"])].append(r)
    for b in truth["breast_labels"]:
        day = dt.date.fromisoformat(b["exam_date"])
        window = [r for r in reports[(b["patient_id"], b["laterality"])]
                  if -30 <= (dt.date.fromisoformat(r["specimen_date"]) - day).days <= 120]
        assert b["benign"] == str(int(any(r["benign"] == "1" for r in window)))
        assert b["malignant"] == str(int(any(r["malignant"] == "1" for r in window)))


def test_every_report_has_two_label_rows_and_every_radiology_side_a_birads_row(truth: dict, realistic: Path) -> None:
    assert Counter(r["report_id"] for r in truth["report_labels"]) == {r["report_id"]: 2 for r in truth["pathology"]}
    radiology = read_csv(realistic / "radiology_reports.csv")
    assert len(truth["radiology_birads"]) == 2 * len(radiology)
    by_id = {r["report_id"]: r for r in radiology}
    for t in truth["radiology_birads"]:
        field = by_id[t["report_id"]]["birads_left" if t["laterality"] == "L" else "birads_right"]
        assert field == (t["birads"] if t["structured"] == "1" else "")


def test_realistic_is_deterministic_across_workers(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    generate_demo_export(DemoConfig(out_dir=a, n_patients=2, seed=5, workers=1, profile="realistic"))
    generate_demo_export(DemoConfig(out_dir=b, n_patients=2, seed=5, workers=2, profile="realistic"))
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files_a == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert all((a / p).read_bytes() == (b / p).read_bytes() for p in files_a)


def test_realistic_schedule_covers_every_code_then_follows_the_cancer_rate() -> None:
    assert set(CANCER_WEIGHTS) | set(OTHER_WEIGHTS) == set(FOCUS_CODES)
    s = realistic_focus_schedule(400, 0, 0.0)
    assert set(s[: len(FOCUS_CODES)]) == set(FOCUS_CODES)
    assert not set(s[len(FOCUS_CODES):]) & set(CANCER_WEIGHTS)
    assert set(realistic_focus_schedule(100, 0, 1.0)[len(FOCUS_CODES):]) <= set(CANCER_WEIGHTS)


def test_profile_arguments_are_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="profile"):
        DemoConfig(out_dir=tmp_path, profile="hard")
    with pytest.raises(ValueError, match="realistic profile only"):
        DemoConfig(out_dir=tmp_path, cancer_rate=0.1)
    with pytest.raises(ValueError, match="cancer_rate"):
        DemoConfig(out_dir=tmp_path, profile="realistic", cancer_rate=1.5)


def test_cli_profile_option(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sonolabel.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["demo-data", str(tmp_path / "r"), "-n", "1", "--profile", "realistic", "--workers", "1",
                              "--cancer-rate", "0.5"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "r" / "truth" / "lesions.csv").is_file()
    res = runner.invoke(app, ["demo-data", str(tmp_path / "e"), "-n", "1", "--cancer-rate", "0.5"])
    assert res.exit_code != 0 and "realistic profile only" in str(res.exception)
