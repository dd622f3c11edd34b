"""Model predictions get the curated tables' subgroup columns (age, manufacturer, density,
biopsied, biopsy recommended)."""

from __future__ import annotations

import pandas as pd
import pytest

from core.errors import UserError
from evaluation.predictions import attach_breast_context, exam_assessments


def _write(tables, exams: dict, radiology: dict | None = None) -> None:
    tables.mkdir(exist_ok=True)
    pd.DataFrame(exams).to_parquet(tables / "exams.parquet")
    pd.DataFrame({"exam_uid": ["e1", "e1", "e2"], "laterality": ["L", "R", "L"],
                  "n_reports": [0, 2, 1]}).to_parquet(tables / "breast_labels.parquet")
    if radiology is not None:
        pd.DataFrame(radiology).to_parquet(tables / "radiology_assessments.parquet")


PREDS = pd.DataFrame({"exam_uid": ["e1", "e1", "e2"], "laterality": ["L", "R", "L"], "label": [0, 1, 0],
                      "score": [0.1, 0.9, 0.2]})


def test_attach_breast_context(tmp_path):
    tables = tmp_path / "tables"
    _write(tables, {"exam_uid": ["e1", "e2"], "age_at_exam": [45.0, 71.0],
                    "manufacturer": ["GE MEDICAL SYSTEMS", "Philips Medical Systems"], "n_images": [8, 9]})
    out = attach_breast_context(PREDS, tmp_path)
    assert out["age_at_exam"].tolist() == [45.0, 45.0, 71.0]
    assert out["manufacturer"].tolist() == ["GE", "GE", "Philips"]
    assert out["biopsied"].tolist() == [False, True, True]
    assert out["density"].tolist() == ["unknown"] * 3  # a build without exams.density
    assert "biopsy_recommended" not in out.columns  # a build without radiology_assessments
    assert len(out) == len(PREDS)
    # a build with the vendor column: that is the subgroup
    _write(tables, {"exam_uid": ["e1", "e2"], "age_at_exam": [45.0, 71.0], "manufacturer": ["x", "y"],
                    "vendor": ["GE", "Siemens"]})
    assert attach_breast_context(PREDS, tmp_path)["manufacturer"].tolist() == ["GE", "GE", "Siemens"]


def test_density_and_biopsy_recommended_from_the_build(tmp_path):
    tables = tmp_path / "tables"
    _write(tables, {"exam_uid": ["e1", "e2"], "age_at_exam": [45.0, 71.0], "manufacturer": ["GE", "GE"],
                    "vendor": ["GE", "GE"], "density": ["C", None]},
           radiology={"exam_uid": ["e1", "e1", "e1", "e2", "e9"], "laterality": ["L", "R", "R", "L", "L"],
                      "birads": ["2", "3", "4b", None, "5"]})
    out = attach_breast_context(PREDS, tmp_path)
    assert out["density"].tolist()[:2] == ["C", "C"] and pd.isna(out["density"].iloc[2])
    # e1 R: two reports (3 and 4B): the most suspicious decides; e2 L: no BI-RADS: not recommended
    assert out["exam_birads"].tolist()[:2] == ["2", "4B"] and pd.isna(out["exam_birads"].iloc[2])
    assert out["biopsy_recommended"].tolist() == [False, True, False]
    # columns the predictions already have are kept
    kept = attach_breast_context(PREDS.assign(density="A", biopsy_recommended=True), tmp_path)
    assert kept["density"].tolist() == ["A"] * 3 and kept["biopsy_recommended"].all()


@pytest.mark.parametrize(("birads", "recommended"), [
    ("4", True), ("4A", True), ("4C", True), ("5", True), ("0", False), ("3", False), ("6", False), ("1", False)])
def test_biopsy_recommended_is_birads_4_to_5(birads, recommended):
    rad = pd.DataFrame({"exam_uid": ["e1"], "laterality": ["L"], "birads": [birads]})
    got = exam_assessments(rad, pd.DataFrame({"exam_uid": ["e1"], "laterality": ["L"]}))
    assert bool(got["biopsy_recommended"].iloc[0]) is recommended


def test_attach_breast_context_errors(tmp_path):
    with pytest.raises(UserError, match="lacks"):
        attach_breast_context(pd.DataFrame({"exam_uid": [], "laterality": []}), tmp_path)
