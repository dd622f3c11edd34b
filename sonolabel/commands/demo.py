"""``sonolabel demo-data``: write the demo hospital export (DICOM + report tables + truth)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sonolabel.commands.options import WORKERS_HELP, console, resolve_workers

EXAMPLES = """Examples:

  sonolabel demo-data var/demo-export --patients 250 --seed 0

  sonolabel demo-data var/demo-small -n 30 --workers 2

  sonolabel demo-data var/demo-realistic --profile realistic --cancer-rate 0.3
"""


def register(app: typer.Typer) -> None:
    @app.command("demo-data", epilog=EXAMPLES)
    def demo_data(
        out_dir: Annotated[Path, typer.Argument(help="Export root to create (absent, empty, or a previous demo export).")],
        patients: Annotated[int, typer.Option("--patients", "-n", help="Number of synthetic patients.")] = 250,
        seed: Annotated[int, typer.Option("--seed", help="Master seed: the same seed gives byte-identical files.")] = 0,
        workers: Annotated[int | None, typer.Option("--workers", "-w", min=1, help=WORKERS_HELP)] = None,
        profile: Annotated[str, typer.Option(
            "--profile", help="easy: separable lesion cartoons and lexicon reports (fast tests); realistic: "
            "overlapping BI-RADS looks, occult cancers, report grammar (docs/demo_export.md).")] = "easy",
        cancer_rate: Annotated[float | None, typer.Option(
            "--cancer-rate", help="realistic only: share of patients after the first 17 given a cancer "
            "scenario (default 0.03).")] = None,
    ) -> None:
        """Generate a deterministic breast-ultrasound practice export with known ground truth."""
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        from core.errors import UserError
        from demo_hospital import DemoConfig, generate_demo_export

        try:
            config = DemoConfig(out_dir=out_dir, n_patients=patients, seed=seed, workers=resolve_workers(workers),
                                profile=profile, cancer_rate=cancer_rate)
        except ValueError as exc:
            raise UserError(str(exc)) from exc
        err = console(stderr=True)
        with Progress(TextColumn("demo patients"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=True) as bar:
            task = bar.add_task("patients", total=patients)
            try:
                summary = generate_demo_export(config, progress=lambda n: bar.update(task, completed=n))
            except FileExistsError as exc:
                raise UserError(str(exc)) from exc
        err.print(
            f"wrote {summary['files']} files ({summary['kept_files']} kept, {summary['images']} images) in "
            f"{summary['exams']} exams of {summary['patients']} patients ({profile} profile) to {out_dir} "
            f"(truth in {out_dir / 'truth'})", markup=False,
        )
