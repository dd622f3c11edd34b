"""Stage functions: pathology_findings table and the -30/+120 day breast_labels window."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from nlp.labels import (
    LabelInputError,
    extract_pathology_findings,
    label_breasts,
    report_breast_labels,
)
from nlp.schemas import BREAST_LABELS_SCHEMA, PATHOLOGY_FINDINGS_SCHEMA, frame_to_table

EXAM_DAY = dt.date(2021, 6, 1)


def _reports(rows: list[tuple[str, str, int, str]]) -> pd.DataFrame:
    """rows: (patient_id, report_id, day offset from EXAM_DAY, text)."""
    return pd.DataFrame({
        "patient_id": [r[0] for r in rows],
        "report_id": [r[1] for r in rows],
        "specimen_date": [(EXAM_DAY + dt.timedelta(days=r[2])).isoformat() for r in rows],
        "procedure": "core_biopsy",
        "guidance": "us",
        "concordance": "",
        "text": [r[3] for r in rows],
    })


def _exams(patient_uid: str) -> pd.DataFrame:
    return pd.DataFrame({"exam_uid": ["E1", "E1"], "patient_uid": [patient_uid] * 2,
                         "exam_date": [EXAM_DAY, EXAM_DAY], "laterality": ["L", "R"]})


def test_findings_table_is_pseudonymised_and_fits_schema() -> None:
    text = "A. Left breast, 2:00, core: Invasive ductal carcinoma.\nB. Right breast: Fibroadenoma."
    reports = _reports([("MRN-7", "S21-1", 0, text)])
    findings = extract_pathology_findings(reports, key="k")
    assert set(findings["laterality"]) == {"L", "R"}
    assert not findings.astype(str).isin(["MRN-7", "S21-1"]).any().any()
    table = frame_to_table(findings, PATHOLOGY_FINDINGS_SCHEMA)
    assert table.schema == PATHOLOGY_FINDINGS_SCHEMA
    row = findings.loc[findings["category"] == "malignant"].iloc[0]
    text = reports["text"].iloc[0]
    assert text[row["span_start"]:row["span_end"]] == "Invasive ductal carcinoma"
    assert row["clock"] == "2:00" and row["specimen"] == "A"


@pytest.mark.parametrize(("offset", "inside"), [(-31, False), (-30, True), (0, True), (120, True), (121, False)])
def test_window_boundaries(offset: int, inside: bool) -> None:
    reports = _reports([("MRN-1", "S1", offset, "Left breast, core: Invasive ductal carcinoma.")])
    findings = extract_pathology_findings(reports, key="k")
    labels = label_breasts(_exams(findings["patient_uid"].iloc[0]), findings)
    left = labels.loc[labels["laterality"] == "L"].iloc[0]
    right = labels.loc[labels["laterality"] == "R"].iloc[0]
    assert bool(left["malignant"]) is inside
    assert left["n_reports"] == (1 if inside else 0)
    assert not right["malignant"] and right["n_reports"] == 0


def test_benign_and_malignant_from_several_reports() -> None:
    reports = _reports([
        ("MRN-1", "S1", -5, "Left breast, core: Fibroadenoma."),
        ("MRN-1", "S2", 40, "Left breast, lumpectomy: Ductal carcinoma in situ."),
        ("MRN-1", "S3", 300, "Right breast, core: Invasive lobular carcinoma."),  # outside the window
        ("MRN-2", "S4", 0, "Right breast, core: Invasive ductal carcinoma."),  # another patient
    ])
    findings = extract_pathology_findings(reports, key="k")
    uid = findings.loc[findings["report_uid"].notna()].iloc[0]["patient_uid"]
    labels = label_breasts(_exams(uid), findings).set_index("laterality")
    assert labels.loc["L", "benign"] and labels.loc["L", "malignant"]
    assert labels.loc["L", "n_reports"] == 2 and len(labels.loc["L", "report_uids"]) == 2
    assert not labels.loc["R", "benign"] and not labels.loc["R", "malignant"]
    table = frame_to_table(labels.reset_index()[list(BREAST_LABELS_SCHEMA.names)], BREAST_LABELS_SCHEMA)
    assert table.num_rows == 2


def test_negated_historical_uncertain_do_not_label() -> None:
    reports = _reports([("MRN-1", "S1", 0, "Left breast: No DCIS. History of IDC. Suspicious for ILC. Fat necrosis.")])
    findings = extract_pathology_findings(reports, key="k")
    per_report = report_breast_labels(findings)
    assert per_report[["benign", "malignant"]].to_numpy().sum() == 0
    labels = label_breasts(_exams(findings["patient_uid"].iloc[0]), findings)
    assert not labels["malignant"].any()
    assert labels.set_index("laterality").loc["L", "n_reports"] == 1


def test_empty_inputs() -> None:
    findings = extract_pathology_findings(_reports([("MRN-1", "S1", 0, "No lexicon word here.")]), key="k")
    assert findings.empty and list(findings.columns) == PATHOLOGY_FINDINGS_SCHEMA.names
    assert frame_to_table(findings, PATHOLOGY_FINDINGS_SCHEMA).num_rows == 0
    labels = label_breasts(_exams("p"), findings)
    assert len(labels) == 2 and not labels["benign"].any() and labels["n_reports"].eq(0).all()


def test_bad_inputs_raise_clear_errors() -> None:
    with pytest.raises(LabelInputError, match="text"):
        extract_pathology_findings(_reports([("M", "S", 0, "x")]).drop(columns=["text"]), key="k")
    with pytest.raises(LabelInputError, match="specimen_date"):
        extract_pathology_findings(_reports([("M", "S", 0, "x")]).assign(specimen_date="not a date"), key="k")
    findings = extract_pathology_findings(_reports([("M", "S", 0, "Left: cyst")]), key="k")
    with pytest.raises(LabelInputError, match="laterality"):
        label_breasts(_exams("p").assign(laterality="X"), findings)
    with pytest.raises(LabelInputError, match="duplicate"):
        label_breasts(pd.concat([_exams("p"), _exams("p")]), findings)
