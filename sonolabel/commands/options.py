"""What every command shares: the ``--dataset`` and ``--workers`` options, output consoles, deployments.

One name for a build's output folder everywhere, ``--dataset`` (``--data`` and ``--db``, the
older names, still work but are hidden); one worker default everywhere, one process per CPU core
(:func:`resolve_workers`); output that never wraps when it goes to a file or a pipe
(:func:`console`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from core.errors import UserError
from core.layout import CATALOG_NAME

DATASET_ENV = "SONOLABEL_DATASET"
DEFAULT_DATASET = Path("var/dataset")
WORKERS_HELP = "worker processes (default: one per CPU core, the same in every command)"
DATASET_HELP = f"build-dataset output folder (default: ${DATASET_ENV} or {DEFAULT_DATASET})"
# wide enough for any path or table row: lines are never wrapped for a file or a pipe
UNWRAPPED_WIDTH = 100_000


def resolve_workers(workers: int | None) -> int:
    """``--workers`` or, when not given, one process per CPU core."""
    return workers if workers else (os.cpu_count() or 1)


def dataset_option(help_text: str = DATASET_HELP):
    return typer.Option(None, "--dataset", envvar=DATASET_ENV, show_envvar=False, help=help_text)


def hidden_alias(name: str):
    """An older name of ``--dataset``, accepted but not shown in ``--help``."""
    return typer.Option(None, name, hidden=True)


def pick_dataset(dataset: Path | None, alias: Path | None, alias_name: str) -> Path | None:
    """``--dataset`` or its hidden older name (both at once is a usage error)."""
    if dataset is not None and alias is not None and Path(dataset) != Path(alias):
        raise typer.BadParameter(f"--dataset and {alias_name} name the same folder: give one", param_hint="--dataset")
    return dataset if dataset is not None else alias


def catalog_path(dataset: Path | None) -> Path:
    """The catalog of a build folder (``--dataset OUT`` or a ``curated.duckdb`` file itself)."""
    path = Path(dataset) if dataset is not None else Path(os.environ.get("SONOLABEL_DB", DEFAULT_DATASET))
    return path / CATALOG_NAME if path.is_dir() or path.suffix != ".duckdb" else path


def is_terminal(stderr: bool = False) -> bool:
    stream = typer.get_text_stream("stderr" if stderr else "stdout")
    return bool(getattr(stream, "isatty", lambda: False)())


def console(stderr: bool = False) -> Console:
    """A rich console that wraps at the terminal's width, and never when writing to a file or pipe."""
    return Console(stderr=stderr, width=None if is_terminal(stderr) else UNWRAPPED_WIDTH)


def unwrap_library_logs() -> None:
    """Libraries that print through rich (Prefect's log handler) read ``COLUMNS`` when they start:
    give them a width that never wraps when stderr is not a terminal."""
    if not is_terminal(stderr=True):
        os.environ.setdefault("COLUMNS", str(UNWRAPPED_WIDTH))


def trigger_deployment(flow_name: str, deployment: str, parameters: Mapping[str, Any]) -> str:
    """Start a run of the served deployment ``flow_name/deployment``; returns a line saying which.

    The run is queued on the deployment's work pool (prefect.yaml) and this returns at once;
    the Prefect API is the one ``PREFECT_API_URL`` names (the server the deployment was deployed to).
    """
    # Prefect (and its httpx) load only when a deployment is triggered: `sonolabel --help` stays fast
    import httpx
    from prefect.deployments import run_deployment
    from prefect.exceptions import ObjectNotFound
    from prefect.settings import PREFECT_API_URL

    name = deployment if "/" in deployment else f"{flow_name}/{deployment}"
    api = PREFECT_API_URL.value()
    if not api:  # a throw-away in-process API holds no deployment
        raise UserError(f"--deployment needs a Prefect server: set PREFECT_API_URL to the one {name!r} is deployed to")
    try:
        run = run_deployment(name=name, parameters=dict(parameters), timeout=0)
    except ObjectNotFound:
        raise UserError(f"no deployment {name!r} on the Prefect API {api}; register it with `prefect deploy --all`") from None
    except (OSError, RuntimeError, httpx.HTTPError) as exc:
        raise UserError(f"cannot reach the Prefect API {api} to run {name!r}: {exc}") from None
    return f"started flow run {run.name!r} ({run.id}) of deployment {name}: prefect flow-run inspect {run.id}"
