"""Fault injection for crash-safety tests: pause a build at a named point, then kill or resume it.

The crash tests (tests/flows/test_faults.py) need a build to stop *exactly* in the middle of a
stage so they can SIGKILL it there; timing-based kills would be flaky and would mostly hit the
slow stages. Every stage of ``flows/build_dataset.py`` and each crash-critical step of
:mod:`curation.publish` calls :func:`checkpoint` with its name. Environment:

``SONOLABEL_FAULT_PAUSE_AT``
    Name(s) of the checkpoint(s) to pause at, comma-separated (task names such as
    ``index-chunk`` or ``publish:after-swap``; see :data:`CHECKPOINTS`). Unset (the default): :func:`checkpoint`
    returns at once, at the cost of one ``os.environ`` lookup.
``SONOLABEL_FAULT_DIR``
    Folder of the marker files (required with ``SONOLABEL_FAULT_PAUSE_AT``). On reaching the
    checkpoint the process writes ``paused-<name>`` (its pid inside) and polls every 0.05 s
    until ``resume-<name>`` exists, then carries on. Markers are files, so a checkpoint in a Dask
    worker process (chunk tasks) is seen and released the same way as one in the flow process.

Only the first process to reach a checkpoint pauses there (it creates ``paused-<name>``
exclusively); other chunks reaching the same checkpoint pass, so a resumed build is not held up
again by its next chunk.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

PAUSE_ENV = "SONOLABEL_FAULT_PAUSE_AT"
DIR_ENV = "SONOLABEL_FAULT_DIR"
POLL_S = 0.05

# Every checkpoint name, in build order (the tests sweep these).
CHECKPOINTS: tuple[str, ...] = (
    "check-inputs",
    "find-files",
    "index-chunk",
    "file-rules",
    "preprocess-chunk",
    "exam-rules",
    "label-pathology",
    "radiology-birads",
    "split",
    "test-set-filters",
    "funnel-and-card",
    "validate-contracts",
    "publish:after-version-dir",
    "publish:after-catalog",
    "publish:after-swap",
)


def checkpoint(name: str) -> None:
    """Pause here when ``SONOLABEL_FAULT_PAUSE_AT`` names this checkpoint (see the module docstring)."""
    wanted = os.environ.get(PAUSE_ENV)
    if not wanted or name not in wanted.split(","):
        return
    folder = os.environ.get(DIR_ENV)
    if not folder:
        raise RuntimeError(f"{PAUSE_ENV}={name} needs {DIR_ENV} (the folder of the marker files)")
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(root / f"paused-{name}", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return  # another chunk (or process) already paused here once
    try:
        os.write(fd, f"{os.getpid()}\n".encode())
    finally:
        os.close(fd)
    resume = root / f"resume-{name}"
    while not resume.exists():
        time.sleep(POLL_S)
