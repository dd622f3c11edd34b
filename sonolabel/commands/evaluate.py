"""``sonolabel evaluate PREDICTIONS``: metrics with CIs, reader study, MRMC -> one HTML report;
``sonolabel score-images IMAGES_DIR --run RUN``: image scores of a BUSI-layout folder to evaluate."""

from __future__ import annotations

from pathlib import Path

import typer

from sonolabel.commands.options import dataset_option, trigger_deployment

EXAMPLES = """Examples:

  sonolabel evaluate var/runs/demo_cpu/test_predictions.parquet --dataset var/dataset --out report.html

  sonolabel evaluate readers.csv --ai-column AI_POM --no-mrmc --tables var/eval_tables

  sonolabel evaluate /data/runs/r1/test_predictions.parquet --dataset /data/dataset --deployment on-demand
"""


SCORE_IMAGES_EXAMPLES = """Examples:

  sonolabel score-images data/BUSI --run var/runs/demo_cpu -o var/busi_scores.csv

  sonolabel evaluate var/busi_scores.csv --out var/busi_report.html
"""


def register(app: typer.Typer) -> None:
    @app.command("evaluate", epilog=EXAMPLES)
    def evaluate(
        predictions: Path = typer.Argument(..., help="breast-level predictions (CSV or Parquet): breast_id "
                                           "(or exam_uid+laterality), label, score [, patient_uid, age, density, "
                                           "manufacturer, biopsied, reader_*/Reader*_POM, AI_*_POM]; or the image "
                                           "scores of `sonolabel score-images` (image level)"),
        out: Path = typer.Option(Path("evaluation_report.html"), "--out", "-o", help="HTML report to write"),
        tables: Path = typer.Option(None, "--tables", help="also write every table as CSV into this folder"),
        overlays: Path = typer.Option(None, "--overlays", help="folder of saliency overlay PNGs named <breast_id>*.png"),
        ai_column: str = typer.Option(
            None, "--ai-column", help="score column of the primary AI (default: score or the first AI_* column)"
        ),
        n_boot: int = typer.Option(1000, "--n-boot", help="bootstrap replicates per CI"),
        n_perm: int = typer.Option(10_000, "--n-perm", help="permutation trials per reader-study test"),
        seed: int = typer.Option(0, "--seed"),
        patient_bootstrap: bool = typer.Option(False, "--patient-bootstrap", help="resample patients (patient_uid), not breasts"),
        reader_scale: str = typer.Option("auto", "--reader-scale", help="auto | birads | probability"),
        reader_threshold: float = typer.Option(0.02, "--reader-threshold", help="probability readers: biopsy when score > this"),
        rule_out_sensitivity: float = typer.Option(
            0.99, "--rule-out-sensitivity", help="triage low threshold keeps this sensitivity"
        ),
        rule_in_specificity: float = typer.Option(
            0.99, "--rule-in-specificity", help="triage high threshold keeps this specificity"
        ),
        no_mrmc: bool = typer.Option(False, "--no-mrmc", help="skip the ORH MRMC analyses"),
        busi_dir: Path = typer.Option(None, "--busi-dir", help="external test folder in the BUSI layout"),
        busi_scores: Path = typer.Option(None, "--busi-scores", help="CSV image_id,score for --busi-dir"),
        dataset: Path = dataset_option("build-dataset output: evaluate only the test breasts its Fig. A.3 filters "
                                       "include (plus review-accepted ones), beside the whole split, and join the "
                                       "subgroup columns from its curated tables"),
        deployment: str = typer.Option(None, "--deployment", help="Run on the served deployment "
                                       "evaluate-model/NAME (prefect.yaml) instead of here."),
    ) -> None:
        """Evaluate predictions as in Shen et al. 2021 and write a self-contained HTML report."""
        from core.errors import UserError

        config = dict(n_boot=n_boot, n_perm=n_perm, seed=seed, patient_bootstrap=patient_bootstrap,
                      rule_out_sensitivity=rule_out_sensitivity, rule_in_specificity=rule_in_specificity,
                      reader_scale=reader_scale, reader_threshold=reader_threshold, mrmc=not no_mrmc)
        if deployment is not None:  # paths as the worker, started in this project's folder, will see them
            def absolute(path: Path | None) -> str | None:
                return str(path.resolve()) if path is not None else None

            typer.echo(trigger_deployment("evaluate-model", deployment, {
                "predictions_path": absolute(predictions), "out_html": absolute(out), "overlay_dir": absolute(overlays),
                "tables_dir": absolute(tables), "ai_column": ai_column, "busi_dir": absolute(busi_dir),
                "busi_scores": absolute(busi_scores), "config": config, "dataset_dir": absolute(dataset),
            }))
            return
        from evaluation.evaluate import EvaluationConfig
        from evaluation.stage import (
            image_level_table,
            load_busi,
            load_predictions,
            load_test_population,
            render,
            run_evaluation,
            write_outputs,
        )

        try:
            cfg = EvaluationConfig(**config)
        except ValueError as exc:
            raise UserError(str(exc)) from exc
        df = load_predictions(predictions, ai_column, dataset_dir=dataset)
        # review-accepted breasts: none until a decisions file is read (an unfinished review adds nothing)
        population = load_test_population(df, dataset) if dataset is not None else None
        busi = load_busi(busi_dir, busi_scores, n_boot, seed)
        if busi is None:
            busi = image_level_table(df, n_boot, seed)
        result = run_evaluation(df, cfg, population)
        html = render(result, overlays, str(predictions), busi)
        info = write_outputs(html, result, out, tables)
        if population is not None:
            typer.echo(f"paper's test population: {result.n_breasts} of {len(population.whole_split)} test-split "
                       f"breasts; {len(population.excluded)} test breasts left out (see the report)")
        typer.echo(f"AUROC {result.overall['auroc'].fmt()}  AUPRC {result.overall['auprc'].fmt()}  "
                   f"({result.n_breasts} {result.unit}s, {result.n_malignant} malignant)")
        typer.echo(f"report: {info['report']}")
        if info["tables"]:
            typer.echo(f"tables: {len(info['tables'])} CSV files in {tables}")

    @app.command("score-images", epilog=SCORE_IMAGES_EXAMPLES)
    def score_images(
        images_dir: Path = typer.Argument(..., help="folder in the BUSI layout: benign/, malignant/, normal/ "
                                          "(PNG/JPEG; *_mask* files are masks and never scored)"),
        run: Path = typer.Option(..., "--run", help="a training run folder (best.pt) or a random search folder "
                                 "(its top-k ensemble, averaged)"),
        out: Path = typer.Option(Path("scores.csv"), "--out", "-o", help="image scores CSV to write"),
        device: str = typer.Option("cpu", "--device", help="cpu, cuda or cuda:N"),
        batch_size: int = typer.Option(16, "--batch-size", help="images per forward pass"),
        crop_region: bool = typer.Option(False, "--crop-region", help="crop each image to its ultrasound region "
                                         "first, as the build does (BUSI images are already cropped scans)"),
    ) -> None:
        """Score every image of a BUSI-layout folder with a trained model, preprocessed as the training
        images are; then `sonolabel evaluate SCORES` gives the image-level AUROC with CIs."""
        from core.errors import UserError
        from modeling.score_images import score_folder, write_scores

        try:
            scores = score_folder(images_dir, run, device=device, batch_size=batch_size, crop_region=crop_region)
        except (ValueError, FileNotFoundError, RuntimeError) as exc:
            raise UserError(str(exc)) from exc
        path = write_scores(scores, out)
        failed = scores["error"].astype(bool)
        counts = ", ".join(f"{n} {c}" for c, n in scores.loc[~failed, "category"].value_counts().sort_index().items())
        typer.echo(f"scored {int((~failed).sum())} images ({counts}) -> {path}")
        if failed.any():
            first = scores.loc[failed].iloc[0]
            typer.echo(f"{int(failed.sum())} image(s) could not be read (their rows have an error), "
                       f"e.g. {first['file']}: {first['error']}")
        typer.echo(f"next: sonolabel evaluate {path}")
