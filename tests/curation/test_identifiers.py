"""No identifier leaves the index stage: paths masked with the whole export's identifiers, descriptions
scrubbed (the biopsy rule still decides on the original text), UIDs keyed, caches opaque.

The fast, stage-level half of tests/flows/test_phi.py.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

import pyarrow as pa
import pydicom
import pytest
from dicom_samples import real_us

from core import pseudonyms
from curation.dicom_index import find_files
from curation.filters import FILE_RULES
from curation.identifiers import csv_identifiers, merge, protect_index
from curation.incremental import cached_index_chunk_identifiers

KEY = "sonolabel-test-key"
MRN, NAME, DOB, ACCESSION = "10072028", "ROBINSON^CAROL", "19590106", "A77120991"
CSV_ONLY_MRN = "20083311"  # a folder of files with a blank PatientID: only the CSV knows this MRN
IDENTIFIERS = (MRN, "ROBINSON", "CAROL", DOB, "01/06/1959", ACCESSION, CSV_ONLY_MRN, "10088877")


def _save(ds: pydicom.Dataset, root: Path, relpath: bytes) -> None:
    path = os.fsdecode(os.fsencode(root) + b"/" + relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ds.save_as(path)


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("export")
    dicom = root / "dicom"
    base = pydicom.dcmread(real_us("US1_UNCR.dcm"))
    ds = copy.deepcopy(base)
    ds.PatientID, ds.PatientName, ds.PatientBirthDate, ds.AccessionNumber = MRN, NAME, DOB, ACCESSION
    ds.StudyDescription = f"US BREAST {NAME} MRN {MRN} DOB {DOB}"
    ds.PerformedProcedureStepDescription = "US CORE BX ROBINSON CALL 555-201-7788"
    ds.RequestedProcedureDescription = "f/u DOB 01/06/1959 ref 10088877"
    _save(ds, dicom, f"{MRN}/{ACCESSION}/ROBINSON_CAROL_{DOB}.dcm".encode())
    blank = copy.deepcopy(base)  # no identifier in its header; its description names the patient of another chunk
    blank.PatientID, blank.PatientName = "", ""
    blank.SOPInstanceUID, blank.StudyDescription = pydicom.uid.generate_uid(), "US BREAST FOR CAROL ROBINSON"
    _save(blank, dicom, f"{CSV_ONLY_MRN}/img1.dcm".encode())
    odd = copy.deepcopy(ds)
    odd.SOPInstanceUID = pydicom.uid.generate_uid()
    _save(odd, dicom, b"zz/" + MRN.encode() + b"_CAROL_\xe9\xff.dcm")  # not UTF-8
    # a patient called CORE: the scrubbed description no longer reads as a biopsy, the original does
    core = copy.deepcopy(base)
    core.PatientID, core.PatientName, core.SOPInstanceUID = "30012345", "CORE^ANNA", pydicom.uid.generate_uid()
    core.PerformedProcedureStepDescription = "CORE"
    _save(core, dicom, b"zz/core.dcm")
    (root / "patients.csv").write_text(f"patient_id,sex,age_at_first_exam,density\n{MRN},F,55,B\n{CSV_ONLY_MRN},F,40,\n")
    (root / "pathology_reports.csv").write_text("patient_id,report_id,specimen_date,procedure,guidance,concordance,text\n")
    (root / "radiology_reports.csv").write_text(
        "patient_id,report_id,accession_number,exam_date,modality,birads_left,birads_right,text\n")
    return root


def _index(export: Path, cache: Path) -> tuple[pa.Table, list[bool]]:
    dicom = export / "dicom"
    files = find_files(dicom)
    chunks = [files[:1], files[1:]]  # the MRN folder and the blank-PatientID folder are in different chunks
    parts = [cached_index_chunk_identifiers(dicom, c, cache) for c in chunks]
    identifiers = merge(*(p[1] for p in parts), csv_identifiers(export))
    table = protect_index(pa.concat_tables([p[0] for p in parts]), files, identifiers)
    return table, [p[2] for p in parts]


def _leaks(values: list[object]) -> list[tuple[str, str]]:
    return [(ident, str(v)) for v in values for ident in IDENTIFIERS if v is not None and ident.upper() in str(v).upper()]


def test_index_holds_no_identifier_and_its_cache_none_either(export: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SONOLABEL_PSEUDONYM_KEY", KEY)
    pseudonyms._resolve_key.cache_clear()
    table, hits = _index(export, tmp_path / "cache")
    assert hits == [False, False]
    assert table.num_rows == 4 and not any(table.column("error").to_pylist())
    cells = [v for col in table.columns for v in col.to_pylist()]
    assert _leaks(cells) == []
    rows = {r["file_relpath"]: r for r in table.to_pylist()}
    assert any(p.startswith(f"P{pseudonyms.patient_uid(CSV_ONLY_MRN)[:10]}/") for p in rows)  # masked by the CSV
    assert any("\\xe9\\xff" in p for p in rows)  # a non-UTF-8 name is shown escaped, identifiers masked
    described = next(r for r in rows.values() if r["study_description"] and "[MRN]" in r["study_description"])
    assert described["study_description"] == "US BREAST [NAME]^[NAME] MRN [MRN] DOB [DOB]"
    assert described["requested_procedure_description"] == "f/u DOB [DOB] ref [ID]"
    for col in ("study_uid", "series_uid", "sop_uid"):
        assert all(v.startswith("2.25.") for v in table.column(col).to_pylist())
    raw = pydicom.dcmread(real_us("US1_UNCR.dcm"), stop_before_pixels=True)
    assert not {raw.StudyInstanceUID, raw.SeriesInstanceUID, raw.SOPInstanceUID} & set(cells)
    # every cache byte: no identifier, no path
    for path in (tmp_path / "cache").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not [i for i in IDENTIFIERS if i.encode() in data], path.name
    again, hits = _index(export, tmp_path / "cache")
    assert hits == [True, True] and again.equals(table)


def test_the_biopsy_rule_decides_on_the_original_text(export: Path, tmp_path: Path) -> None:
    table, _ = _index(export, tmp_path / "cache")
    frame = table.to_pandas()
    core = frame[frame["performed_procedure_step_description"] == "[NAME]"]
    assert len(core) == 1 and core["biopsy_procedure"].iloc[0]
    rule = next(r for r in FILE_RULES if r.code == "biopsy_procedure_image")
    assert rule.fires(core).all()
    assert rule.fires(frame).sum() == 3  # CORE BX (twice) and CORE; not "US BREAST FOR [NAME] [NAME]"
