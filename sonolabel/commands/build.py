"""``sonolabel build-dataset``: run the build-dataset flow in-process (ephemeral Prefect API)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import typer

from core.errors import UserError


def register(app: typer.Typer) -> None:
    @app.command("build-dataset")
    def build_dataset_cmd(
        export_dir: Path = typer.Argument(..., help="hospital export: dicom/ + pathology/radiology/patients CSVs"),
        out_dir: Path = typer.Argument(Path("var/dataset"), help="output: versions/, tables -> current, curated.duckdb"),
        workers: int = typer.Option(None, "--workers", min=1, help="local Dask worker processes (default: all cores)"),
        dask_address: str = typer.Option(None, "--dask-address", help="run chunk tasks on this Dask scheduler"),
        chunk_size: int = typer.Option(256, "--chunk-size", min=1, help="files per index/preprocess task"),
        wait: float = typer.Option(0.0, "--wait", min=0, help="seconds to wait if another build holds OUT_DIR"),
        date_format: str = typer.Option(None, "--date-format",
                                        help="strftime format of the CSV dates, e.g. %m/%d/%Y (default: YYYY-MM-DD)"),
    ) -> None:
        """Build the curated dataset: check the CSVs, index, filter, preprocess, label, split, test-set
        filters, validate the data contracts, publish Parquet + DuckDB. Unchanged inputs are not reprocessed.

        SIGTERM or SIGINT stops the build within seconds (exit 128 + signal): its Dask workers and
        Prefect server are stopped, the lock is released and nothing partial is published."""
        from core import runtime
        from core.stopping import run_stoppable
        from curation.input_check import check_date_format, check_inputs
        from curation.inputs import check_export, check_output

        try:
            check_date_format(date_format)
        except UserError as exc:
            raise typer.BadParameter(str(exc), param_hint="--date-format") from None
        runtime.configure()
        # every check that needs no Prefect runs before it starts (seconds of startup, and its log
        # lines around the one that matters); the flow checks the CSVs again for scheduled runs
        check_export(export_dir)
        check_output(export_dir, out_dir)
        check_inputs(export_dir, date_format)
        before = _current_version(out_dir)

        def build():
            from flows.build_dataset import build_dataset

            return build_dataset(str(export_dir), str(out_dir), workers=workers, dask_address=dask_address,
                                 chunk_size=chunk_size, wait_for_lock_s=wait, date_format=date_format,
                                 return_state=True)

        def on_stop(signum: int) -> str:
            after = _current_version(out_dir)
            name = signal.Signals(signum).name
            if after != before:  # the signal came after the commit point: that version is whole
                return f"error: build-dataset stopped by {name} after publishing version {after}"
            kept = f"version {before} stays current" if before else "no version was published"
            return f"error: build-dataset stopped by {name}: nothing new was published ({kept})"

        state = run_stoppable(build, on_stop)
        if not state.is_completed():
            try:
                state.result()
            except UserError:
                raise
            except Exception as exc:  # the flow's own failure message is the useful part
                raise UserError(state.message or str(exc)) from None
            raise UserError(state.message or "build-dataset did not complete")
        result = state.result()
        _print_summary(result, out_dir)

    def _current_version(out_dir: Path) -> str | None:
        from curation.publish import current_version

        try:
            return current_version(out_dir)
        except (OSError, ValueError):
            return None

    def _print_summary(result: dict, out_dir: Path) -> None:
        from rich.console import Console
        from rich.table import Table

        console = Console()
        table = Table(title=f"published version {result['version']}")
        table.add_column("table")
        table.add_column("rows", justify="right")
        for name, n in sorted(result["counts"].items()):
            table.add_row(name, f"{n:,}")
        console.print(table)
        console.print(f"catalog: {result['catalog']}  (query: sonolabel query \"SELECT ...\" --db {result['catalog']})")
        console.print(f"dataset card: {os.path.join(out_dir, 'tables', 'dataset_card.md')}")
