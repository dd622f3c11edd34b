"""No identifier reaches any output byte of a build (docs/privacy.md).

A small export is cut from the demo export (three patients with pathology reports) and identifiers
are planted everywhere a hospital export has them: the three DICOM description fields, the
pathology report text (on a finding's own line, so it reaches ``evidence``), folder and file
names, a folder named after an MRN whose file has a blank PatientID, a folder named after a
patient whose file carries no identifier at all (only another chunk knows the name), a file name
that is not UTF-8. ``sonolabel build-dataset`` then runs twice (the second run from the caches),
as a user runs it: a subprocess with its own ``PREFECT_HOME``. Every output byte is scanned for
every planted identifier: the decoded Parquet tables, the DuckDB tables and view SQL, the caches
(sealed entries included), the image store, reports, the dataset card, version.json, stdout and
stderr, and every cell of Prefect's SQLite database (logs, task runs, events). Zero hits.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pydicom
import pytest

ROOT = Path(__file__).resolve().parents[2]
KEY = "phi-test-secret-key"
MIN_BINARY = 6  # shorter identifiers are searched in decoded text only (random bytes hold 3-letter words)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _readable(path: Path) -> bool:
    try:
        pydicom.dcmread(path).pixel_array  # noqa: B018 - decodes: a file the build keeps or excludes by its header
    except Exception:  # noqa: BLE001
        return False
    return True


def _pick_patients(export: Path, n: int = 3) -> pd.DataFrame:
    files = pd.read_csv(export / "truth" / "files.csv", dtype=str, keep_default_na=False)
    files = files[files["patient_id"] != ""].assign(folder=files["relpath"].str.split("/").str[0])
    with_reports = set(pd.read_csv(export / "pathology_reports.csv", dtype=str)["patient_id"])
    per = files.groupby("patient_id").agg(folder=("folder", "first"), folders=("folder", "nunique"),
                                          n=("relpath", "size")).reset_index()
    per = per[per["patient_id"].isin(with_reports) & (per["folders"] == 1) & per["n"].between(6, 30)]
    chosen = []
    for row in per.sort_values("patient_id").itertuples():
        header = pydicom.dcmread(_files(export / "dicom" / row.folder)[0], stop_before_pixels=True)
        if all(len(p) >= 4 for p in str(header.PatientName).split("^")):  # names that are no common word
            chosen.append({"patient_id": row.patient_id, "folder": row.folder, "name": str(header.PatientName),
                           "dob": str(header.PatientBirthDate), "accession": str(header.AccessionNumber)})
        if len(chosen) == n:
            return pd.DataFrame(chosen)
    raise AssertionError("the demo export has too few suitable patients")


def _write(ds: pydicom.Dataset, path: bytes) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ds.save_as(os.fsdecode(path))


@pytest.fixture(scope="module")
def planted(demo_export: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The planted export and every identifier (and raw UID) planted in it."""
    export = tmp_path_factory.mktemp("phi") / "export"
    dicom = export / "dicom"
    pts = _pick_patients(demo_export)
    a, b, c = (pts.iloc[i] for i in range(3))
    raw_uids: set[str] = set()
    for p in (a, b, c):
        for src in _files(demo_export / "dicom" / p.folder):
            try:
                ds = pydicom.dcmread(src, stop_before_pixels=True)
                raw_uids |= {str(ds.get(k, "")) for k in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID")}
            except Exception:  # noqa: BLE001 - the demo's non-DICOM and broken files are copied as they are
                pass
            # folders named after the MRN (every level below keeps the demo's own names)
            dest = dicom / p.patient_id / src.relative_to(demo_export / "dicom" / p.folder)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
    raw_uids.discard("")
    last_a, first_a = a["name"].split("^")[:2]
    dob_a = pd.Timestamp(a.dob)
    # 1. the three description fields of one of A's files (the rules still see the original text)
    target = next(f for f in reversed(_files(dicom / a.patient_id)) if _readable(f))
    ds = pydicom.dcmread(target)
    ds.StudyDescription = f"US BREAST {a['name']} MRN {a.patient_id} DOB {dob_a:%Y%m%d}"
    ds.PerformedProcedureStepDescription = f"US BREAST {last_a} {first_a} 555-201-7788"
    accession_a = str(ds.AccessionNumber)  # this file's own exam
    ds.RequestedProcedureDescription = f"BILAT US DOB {dob_a:%m/%d/%Y} ACC {accession_a}"
    # 2. a file named after the patient, with the birth date
    _write(ds, os.fsencode(dicom / a.patient_id / f"{last_a}_{first_a}_{a.dob}.dcm"))
    target.unlink()
    # 3. a blank PatientID under a folder named after B's MRN (only the CSVs know that MRN there)
    src = next(f for f in _files(dicom / b.patient_id) if _readable(f))
    ds = pydicom.dcmread(src)
    ds.PatientID, ds.PatientName = "", ""
    _write(ds, os.fsencode(dicom / f"extra_{b.patient_id}" / "img.dcm"))
    # 4. a folder named after C, holding a file without any identifier (only C's other files know the name)
    last_c, first_c = c["name"].split("^")[:2]
    ds = copy.deepcopy(ds)
    ds.SOPInstanceUID = pydicom.uid.generate_uid()
    _write(ds, os.fsencode(dicom / f"{last_c}_{first_c}" / "scan.dcm"))
    # 5. a file name that is not UTF-8, with C's MRN and name
    src = _files(dicom / c.patient_id)[0]
    os.rename(src, os.fsencode(src.parent) + b"/" + f"{c.patient_id}_{last_c}".encode() + b"_\xe9\xff.dcm")
    # 6. the report text: identifiers on a finding's own line
    ids = set(pts["patient_id"])
    for name in ("patients.csv", "radiology_reports.csv", "pathology_reports.csv"):
        frame = pd.read_csv(demo_export / name, dtype=str, keep_default_na=False)
        frame = frame[frame["patient_id"].isin(ids)]
        if name == "pathology_reports.csv":
            i = frame.index[frame["patient_id"] == a.patient_id][0]
            frame.loc[i, "text"] = re.sub(
                r"\n(\s*- )", rf"\n\1{last_a}, {first_a} (MRN {a.patient_id}, DOB {dob_a:%m/%d/%Y}) ",
                frame.loc[i, "text"], count=1)
            assert a.patient_id in frame.loc[i, "text"]
        frame.to_csv(export / name, index=False)
    identifiers = set(pts["patient_id"]) | set(pts["accession"]) | set(pts["dob"]) | {accession_a}
    identifiers |= {f"{pd.Timestamp(d):%m/%d/%Y}" for d in pts["dob"]}
    identifiers |= {part for n in pts["name"] for part in n.split("^") if part}
    return {"export": export, "identifiers": sorted(identifiers), "raw_uids": sorted(raw_uids)}


def _build(export: Path, out: Path, prefect_home: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_HOME": str(prefect_home), "SONOLABEL_PSEUDONYM_KEY": KEY}
    env.pop("PREFECT_API_URL", None)
    env.pop("PREFECT_API_DATABASE_CONNECTION_URL", None)  # Prefect keeps its SQLite database under PREFECT_HOME
    return subprocess.run([sys.executable, "-m", "sonolabel.cli", "build-dataset", str(export), str(out),
                           "--workers", "2", "--chunk-size", "16", *extra],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def built(planted: dict, tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("phi_out")
    out, home = root / "dataset", root / "prefect"
    # the second run rebuilds from the caches (--force: unchanged inputs would otherwise be "up to date")
    runs = [_build(planted["export"], out, home), _build(planted["export"], out, home, "--force")]
    for run in runs:
        assert run.returncode == 0, run.stderr[-3000:]
    return {"out": out, "prefect_home": home, "console": "".join(r.stdout + r.stderr for r in runs)}


def _pattern(ident: str) -> re.Pattern[str]:
    esc = re.escape(ident)
    return re.compile(rf"(?<![0-9]){esc}(?![0-9])" if ident.isdigit() else rf"(?<![A-Za-z]){esc}(?![A-Za-z])",
                      re.IGNORECASE)


def _hits(text: str, identifiers: list[str]) -> list[str]:
    return [i for i in identifiers if _pattern(i).search(text)]


def _decoded(path: Path) -> str | None:
    """The text a reader of ``path`` gets (tables decoded), or None for opaque binary content."""
    if path.suffix == ".parquet":
        return pq.read_table(path).to_pandas().to_csv()
    if path.suffix == ".duckdb":
        with duckdb.connect(str(path), read_only=True) as con:
            parts = [str(con.execute("SELECT sql FROM duckdb_views() WHERE NOT internal").fetchall())]
            for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall():
                parts.append(str(con.execute(f"SELECT * FROM {name}").fetchall()))
            return "\n".join(parts)
    if path.suffix in {".md", ".json", ".csv", ".txt", ".log", ".yaml", ".html"}:
        return path.read_text(errors="replace")
    return None


def _sqlite_cells(db: Path) -> str:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        out = []
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for row in con.execute(f'SELECT * FROM "{table}"'):
                out.append(" ".join(v.decode(errors="replace") if isinstance(v, bytes) else str(v) for v in row))
        return "\n".join(out)
    finally:
        con.close()


def test_the_planted_identifiers_reached_the_build(built: dict, planted: dict) -> None:
    """Not vacuous: the planted files and text are in the outputs, as tags and masked paths."""
    tables = built["out"] / "tables"
    index = pq.read_table(tables / "dicom_index.parquet").to_pandas()
    n_files = sum(1 for p in (planted["export"] / "dicom").rglob("*") if p.is_file())
    assert len(index) == n_files
    assert index["study_description"].str.contains(r"\[NAME\].*\[MRN\].*\[DOB\]", na=False).any()
    assert index["performed_procedure_step_description"].str.contains(r"\[PHONE\]", na=False).any()
    assert index["requested_procedure_description"].str.contains(r"\[DOB\].*\[ACCESSION\]", na=False).any()
    assert index["file_relpath"].str.contains(r"\\xe9\\xff", regex=True).any()
    assert index["study_uid"].dropna().str.startswith("2.25.").all() and index["study_uid"].notna().any()
    evidence = pq.read_table(tables / "pathology_findings.parquet").column("evidence").to_pylist()
    assert any(e and "[MRN]" in e and "[NAME]" in e for e in evidence)
    version = json.loads((tables / "version.json").read_text())
    assert version["demo_key"] is False and len(version["pseudonym_key_fingerprint"]) == 12
    assert KEY not in (tables / "dataset_card.md").read_text()
    assert "secret key" in (tables / "dataset_card.md").read_text()
    assert re.search(r"index: \d+/\d+ chunks, [\d,]+ files.*\(\d+ from cache\)", built["console"])  # 2nd run


def test_no_identifier_in_any_output_byte(built: dict, planted: dict) -> None:
    idents = planted["identifiers"]
    long_ids = [i for i in idents if len(i) >= MIN_BINARY] + planted["raw_uids"]
    found: dict[str, list[str]] = {}
    scanned = 0
    for path in sorted(p for p in built["out"].rglob("*") if p.is_file()):
        raw = path.read_bytes()
        text = _decoded(path)
        hits = [i for i in long_ids if i.encode() in raw]
        if text is not None:
            hits += _hits(text, idents + planted["raw_uids"])
        scanned += 1
        if hits:
            found[str(path.relative_to(built["out"]))] = sorted(set(hits))
    assert scanned > 30
    assert found == {}, found
    assert _hits(built["console"], idents) == []


def test_no_identifier_in_prefects_database(built: dict, planted: dict) -> None:
    dbs = sorted(built["prefect_home"].rglob("*.db"))
    assert dbs, "Prefect kept no database under PREFECT_HOME"
    for db in dbs:
        cells = _sqlite_cells(db)
        assert "index-chunk" in cells  # the build's task runs and logs are in there
        assert _hits(cells, planted["identifiers"]) == []
        for path in db.parent.glob(db.name + "*"):  # the database and its WAL, byte for byte
            raw = path.read_bytes()
            assert [i for i in planted["identifiers"] if len(i) >= MIN_BINARY and i.encode() in raw] == []
