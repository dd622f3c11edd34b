"""One build per output directory: an advisory ``flock`` on ``OUT/.build.lock``.

DuckDB allows one writer per file and two builds publishing into the same directory would
interleave versions, so a second build either waits (``wait_s``) or refuses with a clear error.
The lock is released by the kernel when the holder dies (even by SIGKILL): no stale lock files.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.errors import UserError
from core.layout import OutputLayout


class BuildLocked(UserError):
    """Another build holds the output directory."""


@contextmanager
def build_lock(out_dir: str | os.PathLike, wait_s: float = 0.0, poll_s: float = 0.5) -> Iterator[Path]:
    """Hold the build lock of ``out_dir`` for the duration of the ``with`` block."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = OutputLayout(out).lock
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait_s
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _read_holder(path)
                    raise BuildLocked(
                        f"another build is running on {out} ({holder}); wait for it, or pass a longer --wait"
                    ) from None
                time.sleep(poll_s)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "since": time.strftime("%Y-%m-%dT%H:%M:%S")}).encode())
        yield path
    finally:
        os.close(fd)  # closing the descriptor releases the flock


def _read_holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text() or "{}")
        return f"pid {info.get('pid')} since {info.get('since')}"
    except (OSError, ValueError):
        return "unknown holder"
