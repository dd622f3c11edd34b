"""Bad input fails early and alone: the build on small exports cut from the demo export.

* one build of a 3-patient export carrying a defect of every per-row and per-file kind (CSV rows
  with bad dates, unknown codes, repeated ids, Latin-1 bytes, a broken row, a 300,000-character
  report; a sparse 2 GB file, a non-UTF-8 name, folder links, a loop, a dangling link, a FIFO,
  damaged twins that sort first, a report page with an ultrasound SOP class, a file without
  preamble or file meta): it completes and every file and every CSV row is accounted for;
* fatal problems through the CLI (a subprocess, as a user runs it): exit 1, one ``error:`` line,
  no traceback (unless ``--debug``), nothing published;
* SIGTERM to the build's process group mid-build: exit within 30 s, no process left, the lock
  released, the previous version still current.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pydicom
import pytest
from pydicom.uid import generate_uid

from core import pseudonyms
from core.faults import DIR_ENV, PAUSE_ENV
from curation.build_lock import build_lock
from curation.publish import current_version, publish

pytestmark = [pytest.mark.flow, pytest.mark.xdist_group("prefect")]

ROOT = Path(__file__).resolve().parents[2]
CSVS = ("pathology_reports.csv", "radiology_reports.csv", "patients.csv")
NATIVE = "1.2.840.10008.1.2.1"  # explicit VR little endian: pixel bytes as stored


# ------------------------------------------------------------------------------------- exports
def tiny_export(demo: Path, dest: Path, n_patients: int = 3) -> tuple[Path, pd.DataFrame]:
    """A copy of ``n_patients`` patients of the demo export (their folders, whose files are all kept,
    each with 2+ native single-frame files) and their CSV rows; files are hard links: replace, never
    write in place. Returns the export and the truth rows of its files."""
    truth = pd.read_csv(demo / "truth" / "files.csv", dtype=str, keep_default_na=False)
    truth["top"] = truth["relpath"].str.split("/").str[0]
    all_kept = truth.groupby("top")["status"].apply(lambda s: bool((s == "kept").all()))
    native = truth[(truth["transfer_syntax"] == NATIVE) & (truth["frames"] == "1")].groupby("top").size()
    tops = [t for t in sorted(all_kept[all_kept].index) if native.get(t, 0) >= 2][:n_patients]
    assert len(tops) == n_patients
    files = truth[truth["top"].isin(tops)]
    (dest / "dicom").mkdir(parents=True)
    for top in tops:
        shutil.copytree(demo / "dicom" / top, dest / "dicom" / top, copy_function=os.link)
    patients = set(files["patient_id"]) - {""}
    for name in CSVS:
        frame = pd.read_csv(demo / name, dtype=str, keep_default_na=False)
        frame[frame["patient_id"].isin(patients)].to_csv(dest / name, index=False)
    return dest, files.reset_index(drop=True)


def _replace(path: Path, data: bytes) -> None:
    path.unlink()
    path.write_bytes(data)


def _save(ds: pydicom.Dataset, **kwargs) -> bytes:
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, **kwargs)
    return buf.getvalue()


def plant_file_defects(export: Path, files: pd.DataFrame, outside: Path) -> dict[str, object]:
    """Every per-file defect; returns what the assertions need (real relpaths, expected codes)."""
    dicom = export / "dicom"
    native = files[(files["transfer_syntax"] == NATIVE) & (files["frames"] == "1")]["relpath"].tolist()
    plan: dict[str, object] = {"codes": {}}
    codes: dict[str, str] = plan["codes"]  # type: ignore[assignment]

    # a 2 GB sparse file named like DICOM: one bounded read, a code
    with open(dicom / "x.dcm", "wb") as fh:
        fh.truncate(2 * 1024**3)
    codes["x.dcm"] = "not_dicom"
    # a FIFO (opening it would block), a dangling link, a link looping to its parent folder
    os.mkfifo(dicom / "export.fifo")
    codes["export.fifo"] = "special_file"
    top = files["top"].iloc[0]
    os.symlink("no-such-file.dcm", dicom / top / "gone.dcm")
    codes[f"{top}/gone.dcm"] = "dangling_symlink"
    os.symlink("..", dicom / top / "loop")
    codes[f"{top}/loop"] = "symlink_loop"

    # a series folder moved out of the export and linked back in: its files are indexed through the link
    series = sorted({r.rsplit("/", 1)[0] for r in files["relpath"] if r.startswith(files["top"].iloc[-1] + "/")})[0]
    shutil.move(str(dicom / series), str(outside / "series"))
    os.symlink(outside / "series", dicom / series)
    plan["linked"] = [r for r in files["relpath"] if r.startswith(series + "/")]

    # a file without preamble or file meta (implicit VR), under a name that is not UTF-8
    original = native[0]
    ds = pydicom.dcmread(dicom / original)
    ds.preamble, ds.file_meta = None, pydicom.dataset.FileMetaDataset()
    raw = _save(ds, implicit_vr=True, little_endian=True)
    assert raw[128:132] != b"DICM"
    (dicom / original).unlink()
    odd_name = original.rsplit("/", 1)[0] + "/" + os.fsdecode(b"IM_caf\xe9")
    (dicom / odd_name).write_bytes(raw)
    plan["no_meta"] = odd_name

    # damaged twins that sort first: same SOP UID with cut pixels; same pixels with impossible Rows
    twin_of = native[1]
    good = (dicom / twin_of).read_bytes()
    cut_twin = twin_of.rsplit("/", 2)[0] + "/AA_SE/twin_cut"
    (dicom / cut_twin).parent.mkdir()
    (dicom / cut_twin).write_bytes(good[: int(len(good) * 0.6)])
    ds = pydicom.dcmread(dicom / twin_of)
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.Rows = ds.Rows * 2
    pix_twin = twin_of.rsplit("/", 2)[0] + "/AA_SE/twin_pixels"
    (dicom / pix_twin).write_bytes(_save(ds, enforce_file_format=True))
    plan["twins"] = {cut_twin: twin_of, pix_twin: twin_of}

    # a report page saved with an ultrasound SOP class and ImageType DERIVED\SECONDARY
    ds = pydicom.dcmread(dicom / native[2]) if len(native) > 2 else pydicom.dcmread(dicom / twin_of)
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.ImageType = ["DERIVED", "SECONDARY"]
    ds.Laterality = ds.ImageLaterality = ""
    page = files["top"].iloc[0] + "/report_page"
    (dicom / page).write_bytes(_save(ds, enforce_file_format=True))
    codes[page] = "not_ultrasound"
    return plan


def plant_csv_defects(export: Path) -> dict[str, list[tuple[int, str, str]]]:
    """Per-row CSV defects; returns the expected ``(row_number, reason, action)`` per file."""
    expected: dict[str, list[tuple[int, str, str]]] = {}
    path = export / "pathology_reports.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    n = len(frame)
    extra = [
        {**frame.iloc[0].to_dict(), "report_id": "S99-LONG", "specimen_date": "2011-01-01",
         "text": "BENIGN BREAST TISSUE. " * 14_000},  # 308,000 characters: past the csv module's field limit
        {**frame.iloc[0].to_dict()},  # the same report_id again
        {**frame.iloc[0].to_dict(), "report_id": "S99-NODATE", "specimen_date": ""},
        {**frame.iloc[0].to_dict(), "report_id": "S99-PROC", "procedure": "needle aspiration"},
    ]
    frame = pd.concat([frame, pd.DataFrame(extra)], ignore_index=True)
    data = frame.to_csv(index=False).encode()
    data = data.replace(b"SURGICAL PATHOLOGY REPORT", "SURGICAL PATHOLOGY REPORT \u2013 caf\u00e9".encode("cp1252"), 1)
    _replace(path, data + b"broken,row\n")
    expected["pathology_reports.csv"] = [
        (2, "non_utf8_text", "value_decoded"), (n + 3, "duplicate_id", "row_excluded"),
        (n + 4, "missing_date", "row_excluded"), (n + 5, "unknown_code", "row_excluded"),
        (n + 6, "malformed_row", "row_excluded")]

    path = export / "radiology_reports.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    n = len(frame)
    base = frame.iloc[0].to_dict()
    extra = [
        {**base, "report_id": "R99-MRI", "modality": "MRI"},
        {**base, "report_id": "R99-US-DATE", "exam_date": "03/14/2017"},
        {**base, "report_id": "R99-FEB30", "exam_date": "2017-02-30"},
        {**base, "report_id": "R99-BIRADS", "birads_left": "7", "accession_number": ""},
        {**base, "report_id": "", "accession_number": ""},
    ]
    _replace(path, pd.concat([frame, pd.DataFrame(extra)], ignore_index=True).to_csv(index=False).encode())
    expected["radiology_reports.csv"] = [
        (n + 2, "unknown_code", "row_excluded"), (n + 3, "invalid_date", "row_excluded"),
        (n + 4, "invalid_date", "row_excluded"), (n + 5, "unknown_code", "value_ignored"),
        (n + 6, "missing_id", "row_excluded")]

    path = export / "patients.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[0, "sex"], frame.loc[1, "density"], frame.loc[2, "age_at_first_exam"] = "female", "E", "fifty"
    _replace(path, frame.to_csv(index=False).encode())
    expected["patients.csv"] = [(2, "unknown_code", "value_ignored"), (3, "unknown_code", "value_ignored"),
                                (4, "invalid_number", "value_ignored")]
    return expected


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    return {p.stem: pq.read_table(p).to_pandas() for p in sorted((out / "tables").glob("*.parquet"))}


# ------------------------------------------------------------------------- the build goes on
@pytest.fixture(scope="module")
def defect_build(prefect_harness, demo_export, tmp_path_factory):
    from flows.build_dataset import build_dataset

    root = tmp_path_factory.mktemp("defects")
    export, files = tiny_export(demo_export, root / "export")
    (root / "outside").mkdir()
    plan = plant_file_defects(export, files, root / "outside")
    expected_issues = plant_csv_defects(export)
    out = root / "dataset"
    started = time.monotonic()
    state = build_dataset(str(export), str(out), workers=1, chunk_size=16, return_state=True)
    assert state.is_completed(), state.message
    return {"export": export, "out": out, "files": files, "plan": plan, "issues": expected_issues,
            "tables": _tables(out), "seconds": time.monotonic() - started}


def test_every_csv_row_is_used_or_has_an_issue(defect_build):
    tables = defect_build["tables"]
    issues = tables["input_issues"]
    got = {f: sorted(zip(g["row_number"], g["reason"], g["action"])) for f, g in issues.groupby("file")}
    assert got == {f: sorted(v) for f, v in defect_build["issues"].items()}
    # details never carry an input value: shapes and counts only
    assert not issues["detail"].fillna("").str.contains("MRI|03/14|2017|fifty|female|needle").any()
    export, reports = defect_build["export"], tables["reports"]
    for name, kind in (("pathology_reports.csv", "pathology"), ("radiology_reports.csv", "radiology")):
        excluded = int(((issues["file"] == name) & (issues["action"] == "row_excluded")).sum())
        with open(export / name, newline="", encoding="utf-8", errors="replace") as fh:
            import csv

            csv.field_size_limit(10**9)
            rows = sum(1 for _ in csv.reader(fh)) - 1
        assert int((reports["kind"] == kind).sum()) + excluded == rows, name


def test_patients_fields_reach_exams(defect_build):
    export, exams = defect_build["export"], defect_build["tables"]["exams"]
    patients = pd.read_csv(export / "patients.csv", dtype=str, keep_default_na=False)
    patients["patient_uid"] = patients["patient_id"].map(pseudonyms.patient_uid)
    merged = exams.merge(patients, on="patient_uid", suffixes=("", "_csv"))
    assert len(merged) == len(exams) > 0
    for _, row in merged.iterrows():
        sex = row["sex_csv"] if row["sex_csv"] in ("F", "M", "O") else None
        assert (row["sex"] if isinstance(row["sex"], str) else None) == sex
        density = row["density_csv"] if row["density_csv"] in ("A", "B", "C", "D") else None
        assert (row["density"] if isinstance(row["density"], str) else None) == density
        age = int(row["age_at_first_exam_csv"]) if row["age_at_first_exam_csv"].isdigit() else None
        assert (None if pd.isna(row["age_at_first_exam"]) else int(row["age_at_first_exam"])) == age


def test_every_file_is_accounted_for_with_its_code(defect_build):
    tables, plan = defect_build["tables"], defect_build["plan"]
    index, exclusions, images = tables["dicom_index"], tables["exclusions"], tables["images"]
    assert index["file_relpath"].is_unique
    kept, excluded = set(images["file_relpath"]), set(exclusions["file_relpath"])
    assert set(index["file_relpath"]) == kept | excluded and not kept & excluded
    reason = exclusions.groupby("file_relpath")["reason"].first()
    for rel, code in plan["codes"].items():
        assert reason.get(rel) == code, rel
    for rel, code in plan["codes"].items():  # index-stage codes are also in dicom_index.error
        if code != "not_ultrasound":
            assert index.set_index("file_relpath").loc[rel, "error"] == code, rel
    # files reached through a folder link are indexed and kept under the link's path
    assert plan["linked"] and set(plan["linked"]) <= kept
    # the file without preamble or meta decodes with the syntax the index found; its name is escaped
    escaped = os.fsencode(plan["no_meta"]).decode("utf-8", "backslashreplace")
    assert "\\xe9" in escaped and escaped in kept
    # a damaged twin that sorts first never costs the original
    for twin, original in plan["twins"].items():
        assert original in kept, original
        assert reason.get(twin) == "duplicate_image", twin
        assert "does not decode" in exclusions.set_index("file_relpath").loc[twin, "detail"]


# --------------------------------------------------------------------------------- the CLI
def _cli(args: list[str], env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sonolabel.cli", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def _one_error_line(proc: subprocess.CompletedProcess) -> str:
    output = proc.stdout + proc.stderr
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    return errors[0]


@pytest.fixture(scope="module")
def small_export(demo_export, tmp_path_factory) -> Path:
    export, _ = tiny_export(demo_export, tmp_path_factory.mktemp("small") / "export", n_patients=1)
    return export


@pytest.fixture(scope="module")
def cli_env(prefect_harness) -> dict[str, str]:
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "PYTHONPATH": str(ROOT)}


def _variant(export: Path, dest: Path) -> Path:
    shutil.copytree(export, dest, copy_function=os.link)
    return dest


@pytest.mark.parametrize("defect, expected", [
    ("empty_csv", "pathology_reports.csv is empty (0 bytes)"),
    ("missing_column", "radiology_reports.csv lacks column(s) modality"),
    ("us_dates", "pass --date-format"),
    ("empty_dicom", "holds no files"),
    ("no_image_left", "passed the filters (not_dicom 2): nothing to publish"),  # raised inside a flow task
])
def test_fatal_input_stops_before_any_work_with_one_line(defect, expected, small_export, cli_env, tmp_path):
    export = _variant(small_export, tmp_path / "export")
    if defect == "empty_csv":
        _replace(export / "pathology_reports.csv", b"")
    elif defect == "missing_column":
        frame = pd.read_csv(export / "radiology_reports.csv", dtype=str, keep_default_na=False)
        _replace(export / "radiology_reports.csv", frame.drop(columns="modality").to_csv(index=False).encode())
    elif defect == "us_dates":  # an export written with US dates throughout
        for name, column in (("pathology_reports.csv", "specimen_date"), ("radiology_reports.csv", "exam_date")):
            frame = pd.read_csv(export / name, dtype=str, keep_default_na=False)
            frame[column] = pd.to_datetime(frame[column]).dt.strftime("%m/%d/%Y")
            _replace(export / name, frame.to_csv(index=False).encode())
    elif defect == "empty_dicom":
        shutil.rmtree(export / "dicom")
        (export / "dicom" / "empty_series").mkdir(parents=True)
    elif defect == "no_image_left":
        shutil.rmtree(export / "dicom")
        (export / "dicom").mkdir()
        (export / "dicom" / "notes.txt").write_text("export notes")
        (export / "dicom" / "thumbs.db").write_bytes(b"\x00\x01" * 64)
    out = tmp_path / "dataset"
    proc = _cli(["build-dataset", str(export), str(out)], cli_env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert expected in _one_error_line(proc)
    assert current_version(out) is None and not (out / "versions").exists()
    if defect == "us_dates":  # the format given: the same export passes the check, every row used
        from curation.input_check import check_inputs

        checked = check_inputs(export, "%m/%d/%Y")
        assert checked.pathology.num_rows > 0 and checked.issues.num_rows == 0


@pytest.mark.parametrize("where", ["a_file", "inside_export", "under_a_file"])
def test_unusable_output_folder_is_one_line_before_any_work(where, small_export, cli_env, tmp_path):
    export = _variant(small_export, tmp_path / "export")
    (tmp_path / "a_file").write_text("not a folder")
    out = {"a_file": tmp_path / "a_file", "inside_export": export / "dicom" / "dataset",
           "under_a_file": tmp_path / "a_file" / "dataset"}[where]
    proc = _cli(["build-dataset", str(export), str(out)], cli_env, timeout=120)
    assert proc.returncode == 1
    line = _one_error_line(proc)
    assert str(out) in line or os.path.basename(out) in line
    assert "Flow run" not in proc.stdout + proc.stderr, "the check runs before Prefect starts"
    assert not (export / "dicom" / "dataset").exists()
    debug = _cli(["--debug", "build-dataset", str(export), str(out)], cli_env, timeout=120)
    assert debug.returncode == 1 and "Traceback" in debug.stderr


@pytest.mark.parametrize("api", ["shared_api", pytest.param("temporary_server", marks=pytest.mark.slow)])
def test_sigterm_stops_the_build_cleanly(api, small_export, cli_env, tmp_path):
    """SIGTERM to the process group mid-build (a Dask worker paused in its chunk): exit in 30 s, nothing left.

    ``temporary_server``: as a user runs it, with the throw-away Prefect server the CLI starts.
    """
    import pyarrow as pa

    out = tmp_path / "dataset"
    publish(out, {"splits": pa.table({"patient_uid": ["p"], "split": ["train"]})}, version="v0")
    faults = tmp_path / "faults"
    env = {**cli_env, PAUSE_ENV: "index-chunk", DIR_ENV: str(faults)}
    if api == "temporary_server":
        env.pop("PREFECT_API_URL")
    log = tmp_path / "build.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "sonolabel.cli", "build-dataset", str(small_export), str(out),
                                 "--workers", "1"], env=env, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        deadline = time.monotonic() + 600
        while not (faults / "paused-index-chunk").exists():
            assert proc.poll() is None, log.read_text()[-3000:]
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.2)
        os.killpg(proc.pid, signal.SIGTERM)
        rc = proc.wait(timeout=30)
        assert rc == 128 + signal.SIGTERM
        output = log.read_text(errors="replace")
        errors = [line for line in output.splitlines() if line.startswith("error:")]
        assert errors == ["error: build-dataset stopped by SIGTERM: nothing new was published (version v0 stays current)"]
        assert "Traceback" not in output
        deadline = time.monotonic() + 10
        while _group_alive(proc.pid):
            assert time.monotonic() < deadline, "processes of the stopped build are left"
            time.sleep(0.2)
        with build_lock(out, wait_s=0):  # released
            pass
        assert current_version(out) == "v0"
        assert sorted(p.name for p in (out / "versions").iterdir()) == ["v0"]
    finally:
        if _group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True
