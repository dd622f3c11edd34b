"""Report accounting: every report gets a status, and a reason code when its text was unusable."""

from __future__ import annotations

import pandas as pd
import pytest

from curation.reports import NOT_PARSED, REPORT_TEXT_REASONS, pathology_accounting, radiology_accounting
from nlp.birads import RADIOLOGY_TEXT_ISSUES
from nlp.labels import PATHOLOGY_TEXT_ISSUES, UNPARSED_ISSUES


def test_reason_codes_are_the_nlp_text_checks() -> None:
    assert set(REPORT_TEXT_REASONS) == set(RADIOLOGY_TEXT_ISSUES) | set(PATHOLOGY_TEXT_ISSUES)
    assert NOT_PARSED == set(UNPARSED_ISSUES)


def test_pathology_status_and_reason() -> None:
    pathology = pd.DataFrame({"patient_id": ["P1", "P1", "P2"], "report_id": ["R1", "R2", "R3"],
                              "specimen_date": ["2021-01-01"] * 3})
    findings = pd.DataFrame({"report_uid": [pathology_accounting(pathology, pd.DataFrame()).column("report_uid")[0].as_py()]})
    table = pathology_accounting(pathology, findings, [None, "binary_text", "undecodable_bytes"])
    assert table.column("status").to_pylist() == ["findings", "not_parsed", "no_findings"]
    assert table.column("reason").to_pylist() == [None, "binary_text", "undecodable_bytes"]


def test_radiology_structured_fields_still_count() -> None:
    radiology = pd.DataFrame({"patient_id": ["P1", "P2"], "report_id": ["R1", "R2"], "exam_date": ["2021-01-01"] * 2,
                              "modality": ["us", "US"]})
    uids = radiology_accounting(radiology, pd.DataFrame()).column("report_uid").to_pylist()
    assessments = pd.DataFrame({"report_uid": [uids[0], uids[0]], "birads": ["2", None]})
    table = radiology_accounting(radiology, assessments, ["empty_text", "empty_text"])
    assert table.column("status").to_pylist() == ["assessed", "not_parsed"]
    assert table.column("reason").to_pylist() == ["empty_text"] * 2


def _export_csv(path, texts: list[bytes]) -> None:
    """A pathology_reports.csv written byte by byte (quoted text fields, some bytes not UTF-8)."""
    rows = [b"patient_id,report_id,specimen_date,procedure,guidance,concordance,text"]
    for i, text in enumerate(texts):
        quoted = b'"' + text.replace(b'"', b'""') + b'"'
        rows.append(b"P%d,R%d,2021-01-01,core_biopsy,us,," % (i, i) + quoted)
    path.write_bytes(b"\n".join(rows) + b"\n")


def _account(path):
    from curation.input_check import check_inputs
    from nlp.labels import extract_pathology_findings, pathology_text_issues

    (path.parent / "radiology_reports.csv").write_text(
        "patient_id,report_id,accession_number,exam_date,modality,birads_left,birads_right,text\n")
    (path.parent / "patients.csv").write_text("patient_id,sex,age_at_first_exam,density\n")
    pathology = check_inputs(path.parent).pathology.to_pandas()  # the rows the build labels
    findings = extract_pathology_findings(pathology)
    return pathology_accounting(pathology, findings, pathology_text_issues(pathology)), findings


def test_bad_report_texts_get_reason_codes_and_the_rest_is_labelled(tmp_path) -> None:
    csv = tmp_path / "pathology_reports.csv"
    junk = bytes(range(1, 9)) * 40  # control characters
    _export_csv(csv, [b"", junk, b"Left breast core: fibroadenoma, caf\xe9 \xff.", b"Right breast core: IDC."])
    table, findings = _account(csv)
    assert table.num_rows == 4
    # bytes that are not UTF-8 are decoded as Windows-1252 by the input check (an input_issues row),
    # so the report is read, not marked undecodable
    assert table.column("reason").to_pylist() == ["empty_text", "binary_text", None, None]
    assert table.column("status").to_pylist() == ["not_parsed", "not_parsed", "findings", "findings"]
    assert set(findings.loc[findings["category"] != "other", "finding"]) == {"fibroadenoma", "invasive ductal carcinoma"}


@pytest.mark.slow
def test_a_two_megabyte_report_is_parsed_in_pieces(tmp_path) -> None:
    csv = tmp_path / "pathology_reports.csv"
    block = b"Left breast, core: benign breast tissue with stromal fibrosis; no atypia.\n"
    big = block * (2_000_000 // len(block)) + b"Right breast, excision: invasive lobular carcinoma.\n"
    _export_csv(csv, [big, b"Left breast core: cyst."])
    table, findings = _account(csv)
    assert table.column("reason").to_pylist() == ["long_text", None]
    assert table.column("status").to_pylist() == ["findings", "findings"]
    assert "invasive lobular carcinoma" in set(findings["finding"])
