"""Stage functions: pathology_findings table and the -30/+120 day breast_labels window."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from nlp.labels import (
    MAX_REPORT_CHARS,
    LabelInputError,
    extract_pathology_findings,
    label_breasts,
    label_breasts_and_review,
    pathology_text_issues,
    report_breast_labels,
    text_issue,
)
from nlp.schemas import BREAST_LABELS_SCHEMA, LABEL_REVIEW_SCHEMA, PATHOLOGY_FINDINGS_SCHEMA, frame_to_table
from nlp.structure import PIECE_CHARS

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


def test_label_state_review_queue_and_decided_by() -> None:
    reports = _reports([
        ("MRN-1", "S1", 0, "Left breast core: atypical intraductal proliferation, DCIS vs ADH; excision recommended.\n"
                           "Right breast core: fibroadenoma."),
        ("MRN-1", "S2", 10, "Right breast, excision: fibroadenoma, 2 cm."),
    ])
    findings = extract_pathology_findings(reports, key="k")
    assert {"section", "site", "effect", "reason"} <= set(findings.columns)
    labels, review = label_breasts_and_review(_exams(findings["patient_uid"].iloc[0]), findings)
    by_side = labels.set_index("laterality")
    assert by_side.loc["L", "label_state"] == "needs_review" and by_side.loc["L", "review_reason"] == "open_differential"
    assert by_side.loc["R", "label_state"] == "confident" and by_side.loc["R", "review_reason"] is None
    ref = by_side.loc["R", "benign_decided_by"]
    uid, span = ref.split("@")
    start, end = map(int, span.split("-"))
    first = reports.loc[findings.set_index("report_uid").index.unique().get_loc(uid), "text"]
    assert first[start:end] == "fibroadenoma"
    assert by_side.loc["R", "malignant_decided_by"] is None
    assert list(review["laterality"]) == ["L"] and review["review_reason"].iloc[0] == "open_differential"
    assert len(review["review_refs"].iloc[0]) == 1
    assert frame_to_table(review, LABEL_REVIEW_SCHEMA).num_rows == 1
    assert frame_to_table(labels, BREAST_LABELS_SCHEMA).num_rows == 2


def test_review_void_when_another_report_is_malignant() -> None:
    reports = _reports([
        ("MRN-1", "S1", 0, "Left breast core: DCIS versus ADH."),
        ("MRN-1", "S2", 20, "Left breast, excision: ductal carcinoma in situ, intermediate grade."),
    ])
    findings = extract_pathology_findings(reports, key="k")
    labels = label_breasts(_exams(findings["patient_uid"].iloc[0]), findings).set_index("laterality")
    assert labels.loc["L", "malignant"] and labels.loc["L", "label_state"] == "confident"


def test_malignancy_without_side_sends_both_breasts_to_review() -> None:
    findings = extract_pathology_findings(_reports([("M", "S", 0, "Breast core (side not specified): IDC, grade 2.")]),
                                          key="k")
    labels = label_breasts(_exams(findings["patient_uid"].iloc[0]), findings)
    assert (labels["label_state"] == "needs_review").all() and set(labels["review_reason"]) == {"no_side"}
    assert not labels["malignant"].any()


@pytest.mark.parametrize(("text", "issue"), [
    ("", "empty_text"), ("   \n ", "empty_text"),
    ("\x00\x01\x02 junk \x03\x04\x05\x06\x07\x08", "binary_text"),
    ("Left breast: IDC. caf\ufffd", "undecodable_bytes"),
    ("Left breast: fibroadenoma.", None),
])
def test_text_issue_codes(text: str, issue: str | None) -> None:
    assert text_issue(text, PIECE_CHARS) == issue


def test_unreadable_reports_are_accounted_and_reviewed_and_the_stage_goes_on() -> None:
    reports = _reports([
        ("MRN-1", "S1", 0, ""),
        ("MRN-1", "S2", 0, "\x00\x13\x07\x1b" * 50),
        ("MRN-1", "S3", 0, "Right breast core: fibroadenoma, \ufffd\ufffd."),
    ])
    assert pathology_text_issues(reports) == ["empty_text", "binary_text", "undecodable_bytes"]
    findings = extract_pathology_findings(reports, key="k")
    unreadable = findings.loc[findings["reason"] == "unreadable_report"]
    assert len(unreadable) == 2 and unreadable["laterality"].isna().all() and (unreadable["evidence"] == "").all()
    labels = label_breasts(_exams(findings["patient_uid"].iloc[0]), findings).set_index("laterality")
    assert labels.loc["R", "benign"]
    assert set(labels["label_state"]) == {"needs_review"} and set(labels["review_reason"]) == {"unreadable_report"}
    assert frame_to_table(findings, PATHOLOGY_FINDINGS_SCHEMA).num_rows == len(findings)


def test_long_report_is_parsed_in_pieces_and_too_long_is_not_parsed() -> None:
    filler = "Benign breast tissue with stromal fibrosis and no atypia.\n" * (PIECE_CHARS // 50)
    text = "Left breast, excision:\n" + filler + "Invasive ductal carcinoma, grade 2, at the deep margin.\n"
    assert len(text) > PIECE_CHARS and text_issue(text, PIECE_CHARS) == "long_text"
    findings = extract_pathology_findings(_reports([("M", "S", 0, text)]), key="k")
    idc = findings.loc[findings["finding"] == "invasive ductal carcinoma"]
    assert len(idc) == 1 and idc["laterality"].iloc[0] == "L" and idc["effect"].iloc[0] == "labels"
    row = idc.iloc[0]
    assert text[row["span_start"] : row["span_end"]] == "Invasive ductal carcinoma"
    assert text_issue("x" * (MAX_REPORT_CHARS + 1), PIECE_CHARS) == "text_too_long"
