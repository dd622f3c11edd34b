"""Model predictions get the curated tables' subgroup columns (age, manufacturer, biopsied)."""

from __future__ import annotations

import pandas as pd
import pytest

from core.errors import UserError
from evaluation.predictions import attach_breast_context


def test_attach_breast_context(tmp_path):
    tables = tmp_path / "tables"
    tables.mkdir()
    pd.DataFrame({"exam_uid": ["e1", "e2"], "age_at_exam": [45.0, 71.0],
                  "manufacturer": ["GE MEDICAL SYSTEMS", "Philips Medical Systems"],
                  "n_images": [8, 9]}).to_parquet(tables / "exams.parquet")
    pd.DataFrame({"exam_uid": ["e1", "e1", "e2"], "laterality": ["L", "R", "L"],
                  "n_reports": [0, 2, 1]}).to_parquet(tables / "breast_labels.parquet")
    preds = pd.DataFrame({"exam_uid": ["e1", "e1", "e2"], "laterality": ["L", "R", "L"], "label": [0, 1, 0],
                          "score": [0.1, 0.9, 0.2]})
    out = attach_breast_context(preds, tmp_path)
    assert out["age_at_exam"].tolist() == [45.0, 45.0, 71.0]
    assert out["manufacturer"].tolist() == ["GE", "GE", "Philips"]
    assert out["biopsied"].tolist() == [False, True, True]
    assert len(out) == len(preds)
    # a build with the vendor column: that is the subgroup
    pd.DataFrame({"exam_uid": ["e1", "e2"], "age_at_exam": [45.0, 71.0], "manufacturer": ["x", "y"],
                  "vendor": ["GE", "Siemens"]}).to_parquet(tables / "exams.parquet")
    assert attach_breast_context(preds, tmp_path)["manufacturer"].tolist() == ["GE", "GE", "Siemens"]


def test_attach_breast_context_errors(tmp_path):
    with pytest.raises(UserError, match="lacks"):
        attach_breast_context(pd.DataFrame({"exam_uid": [], "laterality": []}), tmp_path)
