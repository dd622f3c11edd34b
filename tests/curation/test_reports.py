"""Report accounting: every report gets a status, and a reason code when its text was unusable."""

from __future__ import annotations

import pandas as pd

from curation.reports import NOT_PARSED, REPORT_TEXT_REASONS, pathology_accounting, radiology_accounting
from nlp.labels import TEXT_ISSUES, UNPARSED_ISSUES


def test_reason_codes_are_the_nlp_text_checks() -> None:
    assert set(REPORT_TEXT_REASONS) == set(TEXT_ISSUES) and NOT_PARSED == set(UNPARSED_ISSUES)


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
