"""The paper's test population (Fig. A.3 includes + review-accepted breasts) applied at evaluation:
``--dataset`` restricts, lists every test breast left out with its reason, and shows the whole split."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from core.errors import UserError
from curation.reason_codes import ELIGIBILITY_BY_CODE
from evaluation.evaluate import EvaluationConfig
from evaluation.population import NO_PREDICTION, NOT_IN_TEST_ELIGIBILITY, paper_test_population
from evaluation.predictions import normalise_predictions
from evaluation.stage import load_predictions, load_test_population, render, run_evaluation, write_outputs

FAST = EvaluationConfig(n_boot=40, n_perm=10, top_k=2)
# (exam, side, eligibility code, label); the malignant-branch codes carry label 1
BREASTS = [
    ("e01", "L", "negative_followup_confirmed", 0), ("e01", "R", "negative_no_followup", 0),
    ("e02", "L", "negative_followup_confirmed", 0), ("e02", "R", "benign_concordant", 0),
    ("e03", "L", "benign_discordant_unresolved", 0), ("e03", "R", "birads3_followup_confirmed", 0),
    ("e04", "L", "malignant_visible_presumed", 1), ("e04", "R", "negative_followup_confirmed", 0),
    ("e05", "L", "malignant_review_birads_0_3_6", 1), ("e05", "R", "missing_birads", 0),
    ("e06", "L", "malignant_review_multimodal_guidance", 1), ("e06", "R", "malignant_birads_1_2", 1),
    ("e07", "L", "malignant_visible_presumed", 1), ("e07", "R", "negative_followup_not_negative", 0),
    ("e08", "L", "benign_concordant", 0), ("e08", "R", "negative_followup_confirmed", 0),
]


def _eligibility() -> pd.DataFrame:
    rows = []
    for exam, side, code, _ in BREASTS:
        info = ELIGIBILITY_BY_CODE[code]
        rows.append({"exam_uid": exam, "patient_uid": f"p{exam}", "laterality": side, "status": info.status,
                     "reason": code, "branch": info.branch})
    return pd.DataFrame(rows)


def _predictions(drop: tuple[str, ...] = ()) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    rows = [{"exam_uid": e, "laterality": s, "patient_uid": f"p{e}", "split": "test", "label": y,
             "score": float(np.clip(0.3 + 0.5 * y + rng.normal(0, 0.15), 0, 1))}
            for e, s, _, y in BREASTS if f"{e}_{s}" not in drop]
    # a validation breast (a run's predictions.parquet has them) and a test breast of another build
    rows.append({"exam_uid": "v01", "laterality": "L", "patient_uid": "pv", "split": "val", "label": 1, "score": 0.9})
    rows.append({"exam_uid": "x01", "laterality": "L", "patient_uid": "px", "split": "test", "label": 0, "score": 0.2})
    return normalise_predictions(pd.DataFrame(rows))


def test_only_included_and_review_accepted_breasts_are_evaluated():
    pop = paper_test_population(_predictions(), _eligibility())
    included = {f"{e}_{s}" for e, s, c, _ in BREASTS if ELIGIBILITY_BY_CODE[c].status == "included"}
    assert set(pop.evaluated["breast_id"]) == included
    assert set(pop.evaluated["basis"]) == {"rule"}
    assert len(pop.whole_split) == len(BREASTS) + 1  # the test rows only (the val row is not a test breast)
    ex = pop.excluded.set_index("breast_id")
    # every test breast is evaluated or listed once with its reason
    assert len(pop.evaluated) + len(ex) == len(BREASTS) + 1
    assert ex.loc["e01_R", "reason"] == "negative_no_followup" and ex.loc["e01_R", "status"] == "excluded"
    assert ex.loc["e05_L", "reason"] == "malignant_review_birads_0_3_6" and ex.loc["e05_L", "basis"] == "pending"
    assert ex.loc["x01_L", "reason"] == NOT_IN_TEST_ELIGIBILITY
    assert "v01_L" not in ex.index
    counts = pop.reason_counts().set_index("reason")
    assert counts["n"].sum() == len(ex)
    # breasts are matched on exam x side, whatever the predictions call their breast ids
    preds = _predictions()
    renamed = paper_test_population(preds.assign(breast_id=[f"id{i}" for i in range(len(preds))]), _eligibility())
    assert len(renamed.evaluated) == len(pop.evaluated) and len(renamed.excluded) == len(pop.excluded)
    assert counts.loc["malignant_review_birads_0_3_6", "n_malignant"] == 1


def test_review_accepted_breasts_join_the_evaluation():
    pop = paper_test_population(_predictions(), _eligibility(), review_accepted={"e05_L"})
    row = pop.evaluated.set_index("breast_id").loc["e05_L"]
    assert row["basis"] == "review" and row["reason"] == "malignant_review_birads_0_3_6"
    assert "e05_L" not in set(pop.excluded["breast_id"])
    assert "e06_L" in set(pop.excluded["breast_id"])  # queued, not accepted: still pending
    with pytest.raises(UserError, match="not queued"):  # only queued breasts can be accepted
        paper_test_population(_predictions(), _eligibility(), review_accepted={"e01_L"})
    with pytest.raises(UserError, match="not test breasts"):
        paper_test_population(_predictions(), _eligibility(), review_accepted={"zz_L"})


def test_included_breast_without_prediction_is_reported_as_partial():
    pop = paper_test_population(_predictions(drop=("e02_L", "e01_R")), _eligibility())
    ex = pop.excluded.set_index("breast_id")
    assert ex.loc["e02_L", "reason"] == NO_PREDICTION and ex.loc["e02_L", "status"] == "included"
    assert pd.isna(ex.loc["e02_L", "score"])
    # an excluded breast without prediction keeps its own reason
    assert ex.loc["e01_R", "reason"] == "negative_no_followup"


def _build(tmp_path: Path) -> tuple[Path, Path]:
    tables = tmp_path / "out" / "tables"
    tables.mkdir(parents=True)
    _eligibility().to_parquet(tables / "test_eligibility.parquet")
    exams = sorted({e for e, *_ in BREASTS} | {"v01", "x01"})
    pd.DataFrame({"exam_uid": exams, "age_at_exam": 50.0, "manufacturer": "GE", "vendor": "GE",
                  "density": "B"}).to_parquet(tables / "exams.parquet")
    pd.DataFrame({"exam_uid": [e for e, *_ in BREASTS], "laterality": [s for _, s, *_ in BREASTS],
                  "n_reports": [int(c.startswith(("benign", "malignant"))) for _, _, c, _ in BREASTS]}
                 ).to_parquet(tables / "breast_labels.parquet")
    preds = tmp_path / "test_predictions.parquet"
    _predictions().drop(columns="breast_id").to_parquet(preds)
    return tmp_path / "out", preds


def test_stage_report_and_tables(tmp_path):
    out, preds = _build(tmp_path)
    df = load_predictions(preds, dataset_dir=out)
    pop = load_test_population(df, out)
    res = run_evaluation(df, FAST, pop)
    assert res.n_breasts == len(pop.evaluated) == 9
    table = res.populations.set_index("population")
    assert table["n"].tolist() == [9, len(BREASTS) + 1]
    html = render(res)
    assert "Test population" in html and "Whole test split" in html and "negative_no_followup" in html
    info = write_outputs(html, res, tmp_path / "r.html", tmp_path / "t")
    assert info["n_whole_split"] == len(BREASTS) + 1
    evaluated = pd.read_csv(tmp_path / "t" / "evaluated_breasts.csv")
    excluded = pd.read_csv(tmp_path / "t" / "excluded_breasts.csv")
    assert len(evaluated) == 9 and list(evaluated.columns[:8]) == [
        "breast_id", "exam_uid", "patient_uid", "laterality", "label", "score", "reason", "basis"]
    assert set(evaluated["density"]) == {"B"}
    assert len(excluded) == len(BREASTS) + 1 - 9 and excluded["reason"].notna().all()
    # without --dataset nothing changes: every row of the file is evaluated
    assert run_evaluation(load_predictions(preds), FAST).n_breasts == len(BREASTS) + 2


def test_cli_dataset_option(tmp_path):
    from sonolabel.cli import app

    out, preds = _build(tmp_path)
    r = CliRunner().invoke(app, ["evaluate", str(preds), "--dataset", str(out), "--out", str(tmp_path / "r.html"),
                                 "--tables", str(tmp_path / "t"), "--n-boot", "30", "--no-mrmc"])
    assert r.exit_code == 0, r.output
    assert "9 of 17 test-split breasts" in r.output
    assert (tmp_path / "t" / "excluded_breasts.csv").is_file()
    r = CliRunner().invoke(app, ["evaluate", str(preds), "--dataset", str(tmp_path)])
    assert isinstance(r.exception, UserError)  # no tables there


def test_flow_tasks_with_dataset(tmp_path):
    from flows import evaluate_model as fm

    out, preds = _build(tmp_path)
    df = fm.load_predictions_task.fn(str(preds), None, str(out))
    pop = fm.test_population_task.fn(df, str(out), ["e06_L"])
    assert "e06_L" in set(pop.evaluated["breast_id"])
    result = fm.evaluate_task.fn(df, {"n_boot": 20, "n_perm": 10}, pop)
    assert result.n_breasts == 10 and fm.test_population_task.fn(df, None) is None
