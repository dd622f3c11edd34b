"""The ``evaluate-model`` flow: predictions -> statistics -> one self-contained HTML report.

No logic lives here: each task wraps one pure function of ``evaluation/stage.py``.

Run it from Python, ``evaluate_model("preds.parquet", "report.html")``, or as a deployment;
``sonolabel evaluate PREDICTIONS --out report.html`` runs the same stage functions without Prefect.
"""

from __future__ import annotations

from core import runtime

runtime.configure()  # before prefect is imported

from prefect import flow, task  # noqa: E402

from evaluation.evaluate import EvaluationConfig  # noqa: E402
from evaluation.stage import load_busi, load_predictions, render, run_evaluation, write_outputs  # noqa: E402


@task(name="load-predictions")
def load_predictions_task(path: str, ai_column: str | None, dataset_dir: str | None = None):
    return load_predictions(path, ai_column, dataset_dir=dataset_dir)


@task(name="evaluate")
def evaluate_task(predictions, config: dict):
    return run_evaluation(predictions, EvaluationConfig(**config))


@task(name="external-test-busi")
def busi_task(busi_dir: str | None, busi_scores: str | None, n_boot: int, seed: int):
    return load_busi(busi_dir, busi_scores, n_boot, seed)


@task(name="render-report")
def render_task(result, overlay_dir: str | None, source: str, busi) -> str:
    return render(result, overlay_dir, source, busi)


@task(name="write-report")
def write_task(html: str, result, out_html: str, tables_dir: str | None) -> dict:
    return write_outputs(html, result, out_html, tables_dir)


@flow(name="evaluate-model")
def evaluate_model(
    predictions_path: str,
    out_html: str = "evaluation_report.html",
    overlay_dir: str | None = None,
    tables_dir: str | None = None,
    ai_column: str | None = None,
    busi_dir: str | None = None,
    busi_scores: str | None = None,
    config: dict | None = None,
    dataset_dir: str | None = None,
) -> dict:
    """Evaluate a predictions table; ``config`` holds :class:`evaluation.evaluate.EvaluationConfig` fields.

    ``dataset_dir``: a build's output folder, to join age, manufacturer and biopsied for the subgroups.
    """
    cfg = config or {}
    preds = load_predictions_task(predictions_path, ai_column, dataset_dir)
    result = evaluate_task(preds, cfg)
    busi = busi_task(busi_dir, busi_scores, cfg.get("n_boot", 1000), cfg.get("seed", 0))
    html = render_task(result, overlay_dir, predictions_path, busi)
    return write_task(html, result, out_html, tables_dir)

