"""``sonolabel index`` and ``sonolabel curate``: DICOM stages 1-3 from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from core.errors import UserError
from sonolabel.commands.options import WORKERS_HELP, console, resolve_workers

INDEX_EXAMPLES = """Example:

  sonolabel index var/demo-export/dicom var/index --workers 2
"""
CURATE_EXAMPLES = """Example:

  sonolabel curate var/demo-export/dicom var/curated
"""


def _check_args(dicom_dir: Path) -> None:
    if not dicom_dir.is_dir():
        raise UserError(f"DICOM directory not found: {dicom_dir}")


def _progress():
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(TextColumn("{task.description:<11}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), transient=False, console=console(stderr=True))


def register(app: typer.Typer) -> None:
    @app.command("index", epilog=INDEX_EXAMPLES)
    def index(
        dicom_dir: Annotated[Path, typer.Argument(help="Root of the DICOM export (any file names).")],
        out_dir: Annotated[Path, typer.Argument(help="Output directory; writes dicom_index.parquet.")],
        workers: Annotated[int | None, typer.Option("--workers", "-w", min=1, help=WORKERS_HELP)] = None,
    ) -> None:
        """Stage 1: header-only index of every file, one row each (bad files get a reason code)."""
        _check_args(dicom_dir)
        workers = resolve_workers(workers)
        from core.tables import write_table_atomic
        from curation.dicom_index import INDEX_SCHEMA, build_index, find_files

        files = find_files(dicom_dir)
        with _progress() as bar:
            task = bar.add_task("index", total=len(files))
            table = build_index(dicom_dir, workers=workers, paths=files,
                                on_chunk=lambda n: bar.advance(task, n))
        path = write_table_atomic(table, out_dir / "dicom_index.parquet", schema=INDEX_SCHEMA)
        errors = table.column("error").drop_null()
        console().print(f"{table.num_rows} files indexed ({len(errors)} with an error code) -> {path}", markup=False)

    @app.command("curate", epilog=CURATE_EXAMPLES)
    def curate(
        dicom_dir: Annotated[Path, typer.Argument(help="Root of the DICOM export (any file names).")],
        out_dir: Annotated[Path, typer.Argument(help="Output directory (tables + image_store/).")],
        workers: Annotated[int | None, typer.Option("--workers", "-w", min=1, help=WORKERS_HELP)] = None,
    ) -> None:
        """Stages 1-3: index, the paper's filters, preprocessing (crop, resize, image store), exam rules."""
        _check_args(dicom_dir)
        workers = resolve_workers(workers)
        from rich.table import Table

        from curation.curate import curate as run_curate

        with _progress() as bar:
            def factory(stage: str, total: int):
                task = bar.add_task(stage, total=total)
                return lambda n: bar.advance(task, n)

            result = run_curate(dicom_dir, out_dir, workers=workers, progress=factory)
        t = Table(title="Exclusions per rule (first rule that fired, in pipeline order)")
        for col in ("#", "stage", "reason", "files", "exams"):
            t.add_column(col, justify="right" if col in ("#", "files", "exams") else "left")
        for r in result.rule_counts.to_pylist():
            t.add_row(str(r["order"]), r["stage"], r["reason"], str(r["n_files"]), str(r["n_exams"]))
        images = result.images
        t.add_section()
        t.add_row("", "result", "kept", str(len(set(images.column("file_relpath").to_pylist()))),
                  str(len(set(images.column("exam_uid").to_pylist()))))
        out = console()
        out.print(t)
        out.print(f"{result.dicom_index.num_rows} files -> {images.num_rows} images "
                  f"(tables and image_store/ in {out_dir})", markup=False)
