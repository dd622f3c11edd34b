"""Process-wide environment defaults, applied before Prefect or Great Expectations import.

No analytics, no network, a project-local Prefect home (SQLite) unless the user set one, and no
DICOM header value in a log line: pydicom logs (and warns about) an invalid value verbatim
("Invalid value for VR DA: '1959-01-06'", a birth date; a too-long PatientName), and Prefect stores
every log line of a build in its database, so quoted values in pydicom's records are redacted
and its value warnings silenced.
"""

from __future__ import annotations

import logging
import os
import re
import warnings
from pathlib import Path

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "GX_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "INFO",
    # the ephemeral API (SQLite) can take longer than the 20 s default on a busy 2-core machine
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
}


DICOM_LOGGERS = ("pydicom", "pydicom.pixels.utils")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


class RedactQuotedValues(logging.Filter):
    """Replace every quoted value of a log record by ``'<redacted>'`` (pydicom quotes header values)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _QUOTED.sub("'<redacted>'", record.getMessage())
        record.args = None
        return True


def redact_dicom_values() -> None:
    """pydicom's log records and value warnings carry header values: redact and silence them (idempotent)."""
    for name in DICOM_LOGGERS:  # a logger's filters do not see its children's records: each is named
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactQuotedValues) for f in logger.filters):
            logger.addFilter(RedactQuotedValues())
    warnings.filterwarnings("ignore", message=r"(?s).*Invalid value for VR")


def configure(project_root: str | os.PathLike | None = None) -> None:
    """Set safe defaults (never overriding what the user exported)."""

    redact_dicom_values()

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
