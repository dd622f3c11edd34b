"""The ``evaluate-model`` flow: predictions -> statistics -> one self-contained HTML report.

No logic lives here: each task wraps one pure function of ``modeling/evaluate_stage.py``.

Run it:
    python -m flows.evaluate_model PREDICTIONS.csv --out report.html [--overlays DIR]
or from Python: ``evaluate_model("preds.parquet", "report.html")``.
"""

from __future__ import annotations

import argparse
import json

from sonolabel import runtime

runtime.configure()  # before prefect is imported

from prefect import flow, task  # noqa: E402


@task(name="load-predictions")
def load_predictions_task(path: str, ai_column: str | None):
    from modeling.evaluate_stage import load_predictions

    return load_predictions(path, ai_column)


@task(name="evaluate")
def evaluate_task(predictions, config: dict):
    from modeling.evaluate_stage import run_evaluation
    from modeling.evaluation import EvaluationConfig

    return run_evaluation(predictions, EvaluationConfig(**config))


@task(name="external-test-busi")
def busi_task(busi_dir: str | None, busi_scores: str | None, n_boot: int, seed: int):
    from modeling.evaluate_stage import load_busi

    return load_busi(busi_dir, busi_scores, n_boot, seed)


@task(name="render-report")
def render_task(result, overlay_dir: str | None, source: str, busi) -> str:
    from modeling.evaluate_stage import render

    return render(result, overlay_dir, source, busi)


@task(name="write-report")
def write_task(html: str, result, out_html: str, tables_dir: str | None) -> dict:
    from modeling.evaluate_stage import write_outputs

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
) -> dict:
    """Evaluate a predictions table; ``config`` holds :class:`modeling.evaluation.EvaluationConfig` fields."""
    cfg = config or {}
    preds = load_predictions_task(predictions_path, ai_column)
    result = evaluate_task(preds, cfg)
    busi = busi_task(busi_dir, busi_scores, cfg.get("n_boot", 1000), cfg.get("seed", 0))
    html = render_task(result, overlay_dir, predictions_path, busi)
    return write_task(html, result, out_html, tables_dir)


def main() -> None:
    p = argparse.ArgumentParser(description="Run the evaluate-model flow.")
    p.add_argument("predictions")
    p.add_argument("--out", default="evaluation_report.html")
    p.add_argument("--overlays")
    p.add_argument("--tables")
    p.add_argument("--ai-column")
    p.add_argument("--n-boot", type=int, default=1000)
    p.add_argument("--n-perm", type=int, default=10_000)
    a = p.parse_args()
    out = evaluate_model(a.predictions, a.out, a.overlays, a.tables, a.ai_column,
                         config={"n_boot": a.n_boot, "n_perm": a.n_perm})
    print(json.dumps(out, indent=1, default=str))


if __name__ == "__main__":
    main()
