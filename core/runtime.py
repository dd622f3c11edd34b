"""Process-wide environment defaults, applied before Prefect or Great Expectations import.

No analytics, no network, a project-local Prefect home (SQLite) unless the user set one.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "GX_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "INFO",
    # the ephemeral API (SQLite) can take longer than the 20 s default on a busy 2-core machine
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
}


def configure(project_root: str | os.PathLike | None = None) -> None:
    """Set safe defaults (never overriding what the user exported)."""

    # Dask's per-worker start/stop chatter drowns the build's own progress lines.
    for name in ("distributed", "distributed.scheduler", "distributed.nanny", "distributed.core",
                 "distributed.http.proxy", "great_expectations"):
        logging.getLogger(name).setLevel(logging.WARNING)
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
    if "PREFECT_HOME" not in os.environ:
        root = Path(project_root) if project_root else Path.cwd()
        os.environ["PREFECT_HOME"] = str((root / ".prefect").resolve())


DEBUG_ENV = "SONOLABEL_DEBUG"


def set_debug(enabled: bool) -> None:
    """Tracebacks on (``sonolabel --debug``); an environment variable, so Dask workers started later inherit it."""
    if enabled:
        os.environ[DEBUG_ENV] = "1"
    else:
        os.environ.pop(DEBUG_ENV, None)


def debug() -> bool:
    """True when errors should show their traceback (``sonolabel --debug``)."""
    return os.environ.get(DEBUG_ENV, "") not in ("", "0")
