"""Manual-review worksheet and the evaluation set after review decisions."""

from __future__ import annotations

import pandas as pd
import pytest

from curation.eligibility.inputs import EligibilityInputError
from curation.eligibility.review import evaluation_breasts, review_worksheet


def _eligibility() -> pd.DataFrame:
    return pd.DataFrame({
        "exam_uid": ["e1", "e1", "e2", "e3"],
        "patient_uid": ["p1", "p1", "p2", "p3"],
        "laterality": ["L", "R", "L", "R"],
        "status": ["included", "manual_review", "manual_review", "excluded"],
        "reason": ["benign_concordant", "malignant_review_birads_0_3_6",
                   "malignant_review_multimodal_guidance", "missing_birads"],
        "branch": ["benign", "malignant", "malignant", "missing"],
    })


def test_without_decisions_queued_breasts_are_pending_and_not_evaluated() -> None:
    out = evaluation_breasts(_eligibility())
    assert out["evaluate"].tolist() == [True, False, False, False]
    assert out["basis"].tolist() == ["rule", "pending", "pending", "rule"]


def test_decisions_apply_and_blank_stays_pending() -> None:
    decisions = pd.DataFrame({"exam_uid": ["e1", "e2"], "laterality": ["R", "L"], "cancer_visible": ["yes", ""]})
    out = evaluation_breasts(_eligibility(), decisions)
    assert out["evaluate"].tolist() == [True, True, False, False]
    assert out["basis"].tolist() == ["rule", "review", "pending", "rule"]
    out = evaluation_breasts(_eligibility(), decisions.assign(cancer_visible=[False, "1"]))
    assert out["evaluate"].tolist() == [True, False, True, False]


@pytest.mark.parametrize(
    ("decisions", "match"),
    [
        (pd.DataFrame({"exam_uid": ["e1"], "laterality": ["L"], "cancer_visible": ["yes"]}), "not queued"),
        (pd.DataFrame({"exam_uid": ["e1", "e1"], "laterality": ["R", "R"], "cancer_visible": [1, 0]}), "twice"),
        (pd.DataFrame({"exam_uid": ["e1"], "laterality": ["R"], "cancer_visible": ["maybe"]}), "yes/no"),
        (pd.DataFrame({"exam_uid": ["e1"], "laterality": ["R"]}), "lack column"),
    ],
)
def test_bad_decisions(decisions: pd.DataFrame, match: str) -> None:
    with pytest.raises(EligibilityInputError, match=match):
        evaluation_breasts(_eligibility(), decisions)


def test_worksheet_has_empty_decision_columns_and_flat_report_ids() -> None:
    queue = pd.DataFrame({
        "exam_uid": ["e2", "e1"], "patient_uid": ["p2", "p1"], "laterality": ["L", "R"],
        "exam_date": pd.to_datetime(["2020-01-01", "2019-01-01"]), "report_uids": [["a", "b"], []],
    })
    sheet = review_worksheet(queue)
    assert sheet["exam_uid"].tolist() == ["e1", "e2"]
    assert sheet["report_uids"].tolist() == ["", "a;b"]
    assert sheet["cancer_visible"].isna().all() and (sheet["reviewer_note"] == "").all()


def test_breasts_decided_in_the_workbench_count_as_reviewed() -> None:
    eligibility = _eligibility()
    eligibility["status"] = ["included", "review_included", "review_excluded", "excluded"]
    out = evaluation_breasts(eligibility)
    assert out["evaluate"].tolist() == [True, True, False, False]
    assert out["basis"].tolist() == ["rule", "review", "review", "rule"]
