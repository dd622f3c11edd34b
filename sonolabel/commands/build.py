"""``sonolabel build-dataset``: run the build-dataset flow in-process (temporary Prefect API, local Dask cluster)."""

from __future__ import annotations

import os
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
        force: bool = typer.Option(False, "--force", help="build even when the export, code and key are those of the "
                                   "published version"),
    ) -> None:
        """Build the curated dataset: index, filter, preprocess, label, split, test-set filters,
        validate the data contracts, publish Parquet + DuckDB. Unchanged inputs are not reprocessed."""
        from core import runtime

        runtime.configure()
        from curation.inputs import check_export

        check_export(export_dir)
        from flows.fingerprint import up_to_date_version

        current = None if force else up_to_date_version(export_dir, out_dir, chunk_size)
        if current:  # nothing a build reads has changed: the published version is what it would publish
            typer.echo(f"up to date: version {current} was built from these inputs (same files, reports, code "
                       "and key); --force rebuilds it")
            return
        from flows.launch import local_services

        # the temporary Prefect API and the local Dask cluster start now, side by side, while this
        # process imports the flow (flows/launch.py): before Prefect is imported
        with local_services(None if dask_address else workers or os.cpu_count() or 1) as services:
            from flows.build_dataset import build_dataset

            services.wait_for_api()
            state = build_dataset(str(export_dir), str(out_dir), workers=workers,
                                  dask_address=dask_address or services.scheduler_address(),
                                  chunk_size=chunk_size, wait_for_lock_s=wait, return_state=True)
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
