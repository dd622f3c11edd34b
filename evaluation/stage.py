"""The whole ``evaluate`` stage as plain functions (the CLI and the Prefect flow call these).

``load`` -> ``evaluate`` -> ``render`` -> ``write``, each a pure function of its inputs so the
flow can make each one a task and tests can call them without Prefect.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from core.errors import UserError
from evaluation.busi import evaluate_busi, list_busi_images, score_images
from evaluation.evaluate import (
    EvaluationConfig,
    EvaluationResult,
    evaluate_predictions,
    export_tables,
)
from evaluation.predictions import attach_breast_context, normalise_predictions, read_predictions
from evaluation.report import build_context, render_report, write_report


def load_predictions(path: str | Path, ai_column: str | None = None,
                     dataset_dir: str | Path | None = None) -> pd.DataFrame:
    """Read + validate a predictions table (CSV/Parquet); UserError on any problem.

    With ``dataset_dir`` (a build-dataset output) the subgroup columns (age, manufacturer,
    biopsied) are joined from the curated tables first.
    """
    frame = read_predictions(path)
    if dataset_dir is not None:
        frame = attach_breast_context(frame, dataset_dir)
    return normalise_predictions(frame, ai_column)


def load_busi(busi_dir: str | Path | None, busi_scores: str | Path | None, n_boot: int, seed: int
              ) -> pd.DataFrame | None:
    """Image-level external-test table, or None when no BUSI folder is given."""
    if busi_dir is None:
        return None
    if busi_scores is None:
        raise UserError("--busi-dir needs --busi-scores (a CSV of image_id, score)")
    return evaluate_busi(score_images(list_busi_images(busi_dir), scores_csv=busi_scores), n_boot, seed)


def run_evaluation(predictions: pd.DataFrame, config: EvaluationConfig) -> EvaluationResult:
    try:
        return evaluate_predictions(predictions, config)
    except ValueError as exc:  # bad reader columns, unknown BI-RADS value, ...
        raise UserError(str(exc)) from exc


def render(result: EvaluationResult, overlay_dir: str | Path | None = None, source: str = "",
           busi: pd.DataFrame | None = None, title: str = "SonoLabel evaluation report") -> str:
    if overlay_dir is not None and not Path(overlay_dir).is_dir():
        raise UserError(f"overlay folder not found: {overlay_dir}")
    return render_report(build_context(result, title, overlay_dir, source, busi))


def write_outputs(html: str, result: EvaluationResult, out_html: str | Path, tables_dir: str | Path | None = None
                  ) -> dict[str, object]:
    path = write_report(html, out_html)
    tables = export_tables(result, tables_dir) if tables_dir else []
    return {"report": str(path), "tables": tables, "n_breasts": result.n_breasts,
            "auroc": result.overall["auroc"].point, "auprc": result.overall["auprc"].point}
