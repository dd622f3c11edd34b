"""Stage 0: the CSV input check (curation/input_check.py) and the location checks (curation/inputs.py)."""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from core import pseudonyms
from core.errors import UserError
from curation.input_check import (
    INPUT_ISSUES_SCHEMA,
    check_date_format,
    check_inputs,
    parse_dates,
    shape_of,
)
from curation.inputs import check_export, check_output, holds_any_file
from curation.reason_codes import INPUT_ISSUE_CODES

PATHOLOGY = "patient_id,report_id,specimen_date,procedure,guidance,concordance,text\n"
RADIOLOGY = "patient_id,report_id,accession_number,exam_date,modality,birads_left,birads_right,text\n"
PATIENTS = "patient_id,sex,age_at_first_exam,density\n"
GOOD_PATHOLOGY = [
    "10000001,S1,2017-03-14,core_biopsy,us,concordant,BENIGN BREAST TISSUE.",
    "10000002,S2,2017-04-01,excision,none,,\"FIBROADENOMA,\nLEFT BREAST.\"",  # a quoted multi-line text
]
GOOD_RADIOLOGY = ["10000001,R1,A1,2017-03-01,US,2,3,BI-RADS 2.", "10000002,R2,A2,2017-03-20,MG,1,1,NEGATIVE."]
GOOD_PATIENTS = ["10000001,F,54,B", "10000002,F,47,"]


def write_export(root: Path, pathology: list[str] | None = None, radiology: list[str] | None = None,
                 patients: list[str] | None = None, raw: dict[str, bytes] | None = None) -> Path:
    (root / "dicom").mkdir(parents=True, exist_ok=True)
    (root / "dicom" / "IM1").write_bytes(b"not yet indexed")
    texts = {"pathology_reports.csv": PATHOLOGY + "\n".join(pathology if pathology is not None else GOOD_PATHOLOGY),
             "radiology_reports.csv": RADIOLOGY + "\n".join(radiology if radiology is not None else GOOD_RADIOLOGY),
             "patients.csv": PATIENTS + "\n".join(patients if patients is not None else GOOD_PATIENTS)}
    for name, text in texts.items():
        (root / name).write_bytes((raw or {}).get(name, (text + "\n").encode()))
    return root


def issues(root: Path, date_format: str | None = None) -> list[tuple[str, int, str | None, str, str]]:
    checked = check_inputs(root, date_format)
    return [(r["file"], r["row_number"], r["column"], r["reason"], r["action"]) for r in checked.issues.to_pylist()]


def test_a_clean_export_has_no_issue_and_keeps_every_row(tmp_path: Path) -> None:
    checked = check_inputs(write_export(tmp_path))
    assert checked.issues.num_rows == 0 and checked.issues.schema == INPUT_ISSUES_SCHEMA
    assert checked.rows_read == {"pathology_reports.csv": 2, "radiology_reports.csv": 2, "patients.csv": 2}
    pathology = checked.pathology.to_pandas()
    assert pathology["text"].tolist()[1] == "FIBROADENOMA,\nLEFT BREAST."
    patients = checked.patients.to_pylist()
    assert patients[0] == {"patient_uid": pseudonyms.patient_uid("10000001"), "sex": "F", "age_at_first_exam": 54,
                           "density": "B"}
    assert patients[1]["density"] is None


def test_demo_export_passes_whole(demo_export: Path) -> None:
    checked = check_inputs(demo_export)
    assert checked.issues.num_rows == 0
    for name in ("pathology_reports.csv", "radiology_reports.csv", "patients.csv"):
        assert checked.rows_read[name] == len(pd.read_csv(demo_export / name, dtype=str))


@pytest.mark.parametrize("name, content, expected", [
    ("pathology_reports.csv", b"", "pathology_reports.csv is empty (0 bytes)"),
    ("radiology_reports.csv", b"  \n\n", "radiology_reports.csv is empty (4 bytes)"),
    ("radiology_reports.csv", RADIOLOGY.replace("modality,", "").encode() + b"1,R1,A1,2017-03-01,2,3,x\n",
     "radiology_reports.csv lacks column(s) modality (its header has patient_id"),
    ("patients.csv", b"patient_id,sex,sex,age_at_first_exam,density\n", "column(s) sex appear more than once"),
    ("patients.csv", PATIENTS.replace(",", ";").encode(), "does not look comma-separated"),
])
def test_a_file_unusable_as_a_whole_is_one_line_naming_it(tmp_path: Path, name: str, content: bytes,
                                                           expected: str) -> None:
    root = write_export(tmp_path, raw={name: content})
    with pytest.raises(UserError) as err:
        check_inputs(root)
    message = str(err.value)
    assert expected in message and "\n" not in message


def test_a_headerless_file_never_echoes_its_first_row(tmp_path: Path) -> None:
    root = write_export(tmp_path, raw={"patients.csv": b"10000001,F,54,B\n10000002,F,47,\n"})
    with pytest.raises(UserError, match="first row does not look like a header") as err:
        check_inputs(root)
    assert "10000001" not in str(err.value)


def test_a_wrong_date_format_is_fatal_and_names_column_rows_and_shape(tmp_path: Path) -> None:
    us = ["10000001,S1,03/14/2017,core_biopsy,us,,x", "10000002,S2,04/01/2017,excision,none,,y"]
    root = write_export(tmp_path, pathology=us)
    with pytest.raises(UserError) as err:
        check_inputs(root)
    message = str(err.value)
    assert "column specimen_date has 2 of 2 dates not in YYYY-MM-DD (rows 2, 3" in message
    assert "99/99/9999" in message and "03/14/2017" not in message and "--date-format" in message
    # with the format, the same file is read (and ISO radiology dates are then wrong: one format per export)
    radiology = ["10000001,R1,A1,03/01/2017,US,2,3,x", "10000002,R2,A2,03/20/2017,MG,1,1,y"]
    root = write_export(tmp_path / "us", pathology=us, radiology=radiology)
    checked = check_inputs(root, "%m/%d/%Y")
    assert checked.pathology.column("specimen_date").to_pylist() == ["2017-03-14", "2017-04-01"]


def test_per_row_problems_leave_the_row_out_or_ignore_the_value(tmp_path: Path) -> None:
    pathology = GOOD_PATHOLOGY + [
        "10000001,S1,2017-05-01,core_biopsy,us,,repeated report id",
        ",S3,2017-05-01,core_biopsy,us,,no patient",
        "10000001,S4,,core_biopsy,us,,no date",
        "10000001,S5,2017-02-30,core_biopsy,us,,not a calendar date",
        "10000001,S6,14.03.2017,core_biopsy,us,,another format in one row",
        "10000001,S7,2017-05-01,,us,,no procedure",
        "10000001,S8,2017-05-01,Needle Aspiration,us,,unknown procedure",
        "10000001,S9,2017-05-01,Core Biopsy,US,Concordant,codes are case-folded",
        "10000001,S10,2017-05-01T10:30:00,fna,robot,,unknown guidance",
        "10000001,S11,2017-05-01 10:30,fna,mri,maybe,unknown concordance",
        "too,few,fields",
        "",  # a blank line is no row
        "10000001,S12,2017-05-01,fna,none,,trailing comma,",
    ]
    radiology = GOOD_RADIOLOGY + ["10000001,R3,A3,2017-03-01,MRI,,,x", "10000001,R4,A4,2017-03-01,us,7,bi-rads 4a,x",
                                  "10000001,,A5,2017-03-01,US,,,x"]
    patients = GOOD_PATIENTS + ["10000003,female,54,e", "10000004,F,fifty,A", "10000005,F,45.0,a", "10000005,M,40,B",
                                "10000006,F,130,"]
    root = write_export(tmp_path, pathology=pathology, radiology=radiology, patients=patients)
    assert sorted(issues(root)) == sorted([
        ("pathology_reports.csv", 4, "report_id", "duplicate_id", "row_excluded"),
        ("pathology_reports.csv", 5, "patient_id", "missing_id", "row_excluded"),
        ("pathology_reports.csv", 6, "specimen_date", "missing_date", "row_excluded"),
        ("pathology_reports.csv", 7, "specimen_date", "invalid_date", "row_excluded"),
        ("pathology_reports.csv", 8, "specimen_date", "invalid_date", "row_excluded"),
        ("pathology_reports.csv", 9, "procedure", "missing_value", "row_excluded"),
        ("pathology_reports.csv", 10, "procedure", "unknown_code", "row_excluded"),
        ("pathology_reports.csv", 12, "guidance", "unknown_code", "row_excluded"),
        ("pathology_reports.csv", 13, "concordance", "unknown_code", "row_excluded"),
        ("pathology_reports.csv", 14, None, "malformed_row", "row_excluded"),
        ("radiology_reports.csv", 4, "modality", "unknown_code", "row_excluded"),
        ("radiology_reports.csv", 5, "birads_left", "unknown_code", "value_ignored"),
        ("radiology_reports.csv", 6, "report_id", "missing_id", "row_excluded"),
        ("patients.csv", 4, "sex", "unknown_code", "value_ignored"),
        ("patients.csv", 4, "density", "unknown_code", "value_ignored"),
        ("patients.csv", 5, "age_at_first_exam", "invalid_number", "value_ignored"),
        ("patients.csv", 7, "patient_id", "duplicate_id", "row_excluded"),
        ("patients.csv", 8, "age_at_first_exam", "invalid_number", "value_ignored"),
    ])
    checked = check_inputs(root)
    pathology = checked.pathology.to_pandas().set_index("report_id")
    assert list(pathology.index) == ["S1", "S2", "S9", "S12"]
    assert pathology.loc["S9", ["procedure", "guidance", "concordance"]].tolist() == ["core_biopsy", "us", "concordant"]
    radiology = checked.radiology.to_pandas().set_index("report_id")
    assert radiology.loc["R4", ["modality", "birads_left", "birads_right"]].tolist() == ["US", "", "4A"]
    patients = {r["patient_uid"]: r for r in checked.patients.to_pylist()}
    assert patients[pseudonyms.patient_uid("10000003")] == {"patient_uid": pseudonyms.patient_uid("10000003"),
                                                             "sex": None, "age_at_first_exam": 54, "density": None}
    assert patients[pseudonyms.patient_uid("10000005")]["age_at_first_exam"] == 45
    assert patients[pseudonyms.patient_uid("10000005")]["density"] == "A"  # the first row wins
    assert checked.rows_read == {"pathology_reports.csv": 14, "radiology_reports.csv": 5, "patients.csv": 7}
    # details hold shapes and counts, never a value
    details = " ".join(r["detail"] or "" for r in checked.issues.to_pylist())
    for value in ("MRI", "Needle", "robot", "maybe", "fifty", "female", "14.03.2017", "2017-02-30", "10000001"):
        assert value not in details, value
    assert "shaped 99.99.9999" in details and "3 fields, the header has 7" in details


def test_latin1_bytes_are_decoded_per_value_and_reported(tmp_path: Path) -> None:
    text = (PATHOLOGY + "10000001,S1,2017-03-14,core_biopsy,us,,BENIGN. Dr M\u00fcller \u2013 caf\u00e9\n"
            + "10000002,S2,2017-04-01,excision,none,,plain\n")
    root = write_export(tmp_path, raw={"pathology_reports.csv": text.encode("cp1252")})
    assert issues(root) == [("pathology_reports.csv", 2, "text", "non_utf8_text", "value_decoded")]
    checked = check_inputs(root)
    assert checked.pathology.column("text").to_pylist()[0] == "BENIGN. Dr M\u00fcller \u2013 caf\u00e9"


def test_long_reports_nul_bytes_bom_and_header_case_are_read(tmp_path: Path) -> None:
    long_text = "BENIGN BREAST TISSUE. " * 60_000  # 1.3 M characters: past the csv module's default field limit
    text = ("\ufeff" + PATHOLOGY.upper().replace(",", " , ") + f"10000001,S1,2017-03-14,fna,us,,\"{long_text}\"\n"
            + "10000002,S2,2017-04-01,fna,us,,binary\x00junk\n")
    root = write_export(tmp_path, raw={"pathology_reports.csv": text.encode()})
    checked = check_inputs(root)
    assert checked.issues.num_rows == 0
    assert [len(t) for t in checked.pathology.column("text").to_pylist()] == [len(long_text), 11]


def test_dates_are_iso_unless_a_format_is_given() -> None:
    values = pd.Series(["2017-03-14", "2017-3-4", "2017-03-14T08:00:00", "2017-03-14 08:00", "03/14/2017",
                        "2017-02-30", "20170314", "", None])
    got = parse_dates(values, None).dt.strftime("%Y-%m-%d").tolist()
    assert got[:4] == ["2017-03-14", "2017-03-04", "2017-03-14", "2017-03-14"]
    assert pd.isna(got[4:]).all()
    assert parse_dates(pd.Series(["03/14/2017", "2017-03-14"]), "%m/%d/%Y").isna().tolist() == [False, True]
    check_date_format("%d.%m.%Y")
    for bad in ("%Y", "%Y-%m", "dd/mm/yyyy"):
        with pytest.raises(UserError):
            check_date_format(bad)


def test_shape_of_hides_the_value() -> None:
    assert shape_of("03/14/2017") == "99/99/9999"
    assert shape_of("MRI") == "AAA"
    assert shape_of("x" * 40).endswith("(40 characters)")


def test_the_contract_lists_every_input_issue_code() -> None:
    suite = json.loads((Path(__file__).resolve().parents[2] / "data_contracts" / "input_issues.json").read_text())
    reasons = next(e["kwargs"]["value_set"] for e in suite["expectations"]
                   if e["type"] == "expect_column_values_to_be_in_set" and e["kwargs"]["column"] == "reason")
    assert reasons == [c.code for c in INPUT_ISSUE_CODES]


# ------------------------------------------------------------------------------ locations
def test_check_export_refuses_an_empty_dicom_folder(tmp_path: Path) -> None:
    root = write_export(tmp_path / "export")
    check_export(root)
    shutil.rmtree(root / "dicom")
    (root / "dicom" / "a" / "b").mkdir(parents=True)
    (root / "dicom" / "loop").symlink_to(root / "dicom", target_is_directory=True)
    assert not holds_any_file(root / "dicom")
    with pytest.raises(UserError, match="holds no files"):
        check_export(root)
    (root / "dicom" / "a" / "b" / "gone").symlink_to("nowhere")  # a dangling link is something to account for
    assert holds_any_file(root / "dicom")


def test_check_output_refuses_a_file_the_export_and_an_unwritable_folder(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    export = write_export(tmp_path / "export")
    assert check_output(export, tmp_path / "new" / "dataset").is_dir()  # created
    (tmp_path / "file").write_text("x")
    for out, expected in ((tmp_path / "file", "is a file, not a folder"),
                          (export, "inside the export"), (export / "dicom" / "out", "inside the export"),
                          (tmp_path / "file" / "out", "cannot create the output folder")):
        with pytest.raises(UserError, match=expected):
            check_output(export, out)
    assert not (export / "dicom" / "out").exists()

    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("curation.inputs.tempfile.mkstemp", read_only)
    with pytest.raises(UserError, match="cannot write to the output folder .*: Read-only file system"):
        check_output(export, tmp_path / "dataset")
