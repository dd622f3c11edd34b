"""``sonolabel build-dataset``: run the build-dataset flow in-process (temporary Prefect API, local Dask cluster)."""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

import typer

from core.errors import UserError
from sonolabel.commands.options import WORKERS_HELP, console, unwrap_library_logs

EXAMPLES = """Examples:

  sonolabel build-dataset var/demo-export var/dataset

  sonolabel build-dataset /data/export /data/dataset --workers 8 --wait 600

  sonolabel build-dataset /shared/export /shared/dataset --dask-address tcp://scheduler:8786
"""
# Prefect logs one "Finished in state Completed()" line per task run (~55 a build) on this logger
TASK_RUN_LOGGER = "prefect.task_runs"
TASK_RUN_LEVEL_ENV = "PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL"


def quiet_task_run_logs(verbose: bool) -> None:
    """Per-task lines at WARNING (the flow's one line per stage stays), everything with ``verbose``.

    The environment variable reaches Prefect's logging set-up in this process and in the Dask
    worker processes it starts; the logger level covers a Prefect imported before this runs.
    """
    if verbose:
        os.environ[TASK_RUN_LEVEL_ENV] = "NOTSET"
        for name in ("distributed", "distributed.scheduler", "distributed.nanny", "distributed.core"):
            logging.getLogger(name).setLevel(logging.INFO)
    else:
        os.environ.setdefault(TASK_RUN_LEVEL_ENV, "WARNING")
    logging.getLogger(TASK_RUN_LOGGER).setLevel(os.environ[TASK_RUN_LEVEL_ENV])


def register(app: typer.Typer) -> None:
    @app.command("build-dataset", epilog=EXAMPLES)
    def build_dataset_cmd(
        export_dir: Path = typer.Argument(..., help="hospital export: dicom/ + pathology/radiology/patients CSVs"),
        out_dir: Path = typer.Argument(Path("var/dataset"), help="output: versions/, tables -> current, curated.duckdb "
                                       "(the folder other commands take as --dataset)"),
        workers: int = typer.Option(None, "--workers", "-w", min=1, help=f"local Dask {WORKERS_HELP}"),
        dask_address: str = typer.Option(None, "--dask-address", help="run chunk tasks on this Dask scheduler"),
        chunk_size: int = typer.Option(256, "--chunk-size", min=1, help="files per index/preprocess task"),
        wait: float = typer.Option(0.0, "--wait", min=0, help="seconds to wait if another build holds OUT_DIR"),
        date_format: str = typer.Option(None, "--date-format",
                                        help="strftime format of the CSV dates, e.g. %m/%d/%Y (default: YYYY-MM-DD)"),
        verbose: bool = typer.Option(False, "--verbose", "-v", help="every log line (Prefect's per-task lines, Dask's)"),
        force: bool = typer.Option(False, "--force", help="build even when the export, code and key are those of the "
                                   "published version"),
    ) -> None:
        """Build the curated dataset: check the CSVs, index, filter, preprocess, label, split, test-set
        filters, validate the data contracts, publish Parquet + DuckDB. Unchanged inputs are not reprocessed.

        Prints one progress line per stage (chunked stages: files/s and time left). SIGTERM or SIGINT
        stops the build within seconds (exit 128 + signal): its Dask workers and Prefect server are
        stopped, the lock is released and nothing partial is published."""
        from core import runtime
        from core.pseudonyms import require_key_for
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
        quiet_task_run_logs(verbose)
        unwrap_library_logs()
        check_export(export_dir)
        require_key_for(export_dir)  # before Prefect starts: the demo key builds demo exports only
        check_output(export_dir, out_dir)
        from flows.fingerprint import up_to_date_version

        # inputs identical to those of the published version passed every check then (the checking
        # code is part of the fingerprint): the CSVs are checked again only when a build will run
        current = None if force else up_to_date_version(export_dir, out_dir, chunk_size, date_format=date_format)
        if current:  # nothing a build reads has changed: the published version is what it would publish
            typer.echo(f"up to date: version {current} was built from these inputs (same files, reports, review "
                       "decisions, code and key); --force rebuilds it")
            return
        check_inputs(export_dir, date_format)
        before = _current_version(out_dir)
        from flows.launch import local_services

        # the temporary Prefect API and the local Dask cluster start now, side by side, while this
        # process imports the flow (flows/launch.py): before Prefect is imported
        with local_services(None if dask_address else workers or os.cpu_count() or 1) as services:

            def build():
                from flows.build_dataset import build_dataset

                services.wait_for_api()
                return build_dataset(str(export_dir), str(out_dir), workers=workers,
                                     dask_address=dask_address or services.scheduler_address(),
                                     chunk_size=chunk_size, wait_for_lock_s=wait, date_format=date_format,
                                     force=True,  # up to date was checked above, before Prefect started
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
        from rich.table import Table

        from data_contracts.validate import DATA_DOCS_INDEX
        from flows.steps import CONTRACTS_DIR

        out = console()
        table = Table(title=f"published version {result['version']}")
        table.add_column("table")
        table.add_column("rows", justify="right")
        for name, n in sorted(result["counts"].items()):
            table.add_row(name, f"{n:,}")
        out.print(table)
        out.print(f"catalog: {result['catalog']}  (query: sonolabel query \"SELECT ...\" --dataset {out_dir})",
                  markup=False)
        out.print(f"dataset card: {os.path.join(out_dir, 'tables', 'dataset_card.md')}", markup=False)
        out.print(f"contract Data Docs: {os.path.join(out_dir, 'tables', CONTRACTS_DIR, DATA_DOCS_INDEX)}", markup=False)
