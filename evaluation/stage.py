"""The whole ``evaluate`` stage as plain functions (the CLI and the Prefect flow call these).

``load`` -> ``evaluate`` -> ``render`` -> ``write``, each a pure function of its inputs so the
flow can make each one a task and tests can call them without Prefect.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from core.errors import UserError
from evaluation.busi import (
    evaluate_busi,
    image_scores_as_predictions,
    is_image_scores,
    list_busi_images,
    score_images,
)
from evaluation.evaluate import (
    EvaluationConfig,
    EvaluationResult,
    evaluate_predictions,
    export_tables,
)
from evaluation.population import TestPopulation, paper_test_population, population_table, read_test_eligibility
from evaluation.predictions import attach_breast_context, normalise_predictions, read_predictions
from evaluation.report import build_context, render_report, write_report


def load_predictions(path: str | Path, ai_column: str | None = None,
                     dataset_dir: str | Path | None = None) -> pd.DataFrame:
    """Read + validate a predictions table (CSV/Parquet); UserError on any problem.

    With ``dataset_dir`` (a build-dataset output) the subgroup columns (age, manufacturer,
    density, biopsied, biopsy recommended) are joined from the curated tables first. An
    image-scores table (``sonolabel score-images``: ``image_id, category, score``) becomes an
    image-level table (``breast_id`` = ``image_id``, label = malignant folder).
    """
    frame = read_predictions(path)
    if is_image_scores(frame):
        if dataset_dir is not None:
            raise UserError("--dataset applies to breast-level predictions, not to image scores")
        return normalise_predictions(image_scores_as_predictions(frame), ai_column)
    if dataset_dir is not None:
        frame = attach_breast_context(frame, dataset_dir)
    return normalise_predictions(frame, ai_column)


def load_test_population(predictions: pd.DataFrame, dataset_dir: str | Path,
                         review_accepted: Iterable[str] = ()) -> TestPopulation:
    """The paper's test population (Fig. A.3 includes + review-accepted breast ids) of the build
    in ``dataset_dir`` applied to normalised predictions (:mod:`evaluation.population`)."""
    return paper_test_population(predictions, read_test_eligibility(dataset_dir), review_accepted)


def image_level_table(predictions: pd.DataFrame, n_boot: int, seed: int) -> pd.DataFrame | None:
    """The BUSI tasks table of image-level predictions (a ``category``, no ``exam_uid``), else None."""
    if "category" not in predictions.columns or "exam_uid" in predictions.columns:
        return None
    return evaluate_busi(predictions, n_boot, seed)


def load_busi(busi_dir: str | Path | None, busi_scores: str | Path | None, n_boot: int, seed: int
              ) -> pd.DataFrame | None:
    """Image-level external-test table, or None when no BUSI folder is given."""
    if busi_dir is None:
        return None
    if busi_scores is None:
        raise UserError("--busi-dir needs --busi-scores (a CSV of image_id, score)")
    return evaluate_busi(score_images(list_busi_images(busi_dir), scores_csv=busi_scores), n_boot, seed)


def run_evaluation(predictions: pd.DataFrame, config: EvaluationConfig,
                   population: TestPopulation | None = None) -> EvaluationResult:
    """Evaluate ``predictions``, or with ``population`` its ``evaluated`` breasts (the paper's test
    set) and, beside them, the whole test split (``result.populations``)."""
    frame = predictions if population is None else population.evaluated
    if population is not None and frame["label"].nunique() < 2:
        raise UserError(f"the paper's test population holds {len(frame)} breast(s) of a single class "
                        f"({len(population.whole_split)} in the whole test split): AUROC needs both classes")
    try:
        result = evaluate_predictions(frame, config)
    except ValueError as exc:  # bad reader columns, unknown BI-RADS value, ...
        raise UserError(str(exc)) from exc
    if population is not None:
        result.population = population
        result.populations = population_table(population, config.n_boot, config.seed, config.patient_bootstrap)
    if "category" in frame.columns and "exam_uid" not in frame.columns:
        result.unit = "image"
    return result


def render(result: EvaluationResult, overlay_dir: str | Path | None = None, source: str = "",
           busi: pd.DataFrame | None = None, title: str = "SonoLabel evaluation report") -> str:
    if overlay_dir is not None and not Path(overlay_dir).is_dir():
        raise UserError(f"overlay folder not found: {overlay_dir}")
    return render_report(build_context(result, title, overlay_dir, source, busi))


def write_outputs(html: str, result: EvaluationResult, out_html: str | Path, tables_dir: str | Path | None = None
                  ) -> dict[str, object]:
    path = write_report(html, out_html)
    tables = export_tables(result, tables_dir) if tables_dir else []
    info: dict[str, object] = {"report": str(path), "tables": tables, "n_breasts": result.n_breasts,
                               "auroc": result.overall["auroc"].point, "auprc": result.overall["auprc"].point}
    if result.population is not None:
        info["n_whole_split"] = len(result.population.whole_split)
        info["n_excluded"] = len(result.population.excluded)
    return info
