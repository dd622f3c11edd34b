"""A clean stop on SIGTERM and SIGINT for a long command: seconds, not minutes, and no orphans.

Why not let the signal unwind the work: a build is a tree of processes (Dask nanny and worker
processes, a throw-away Prefect API server) around a flow engine that installs its own SIGTERM
bridge, reports the crash to an API that may be gone (the same signal reached the server) and
closes the cluster with long timeouts; a stopped build stayed alive for minutes holding its lock.

:func:`run_stoppable` runs the work in a worker thread and keeps the main thread, the only one
that receives signals, free to act: on the first SIGTERM or SIGINT it prints one line, stops every
descendant process (SIGTERM, then SIGKILL after :data:`GRACE_S`) and ends the process with
``128 + signal``. Whatever the work held is released by the kernel with the process (a ``flock``
build lock included); what it was writing is safe as long as every write is atomic and one rename
is the commit point (the build's design: a killed build never leaves a partial version).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import psutil

T = TypeVar("T")
GRACE_S = 3.0  # between SIGTERM and SIGKILL for the descendants
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def stop_descendants(grace_s: float = GRACE_S) -> int:
    """SIGTERM every descendant process, SIGKILL those left after ``grace_s``; returns how many there were."""
    try:
        children = psutil.Process().children(recursive=True)
    except psutil.Error:
        return 0
    for child in children:
        try:
            child.terminate()
        except psutil.Error:
            pass
    _, alive = psutil.wait_procs(children, timeout=grace_s)
    for child in alive:
        try:
            child.kill()
        except psutil.Error:
            pass
    psutil.wait_procs(alive, timeout=grace_s)
    return len(children)


def run_stoppable(work: Callable[[], T], on_stop: Callable[[int], str], grace_s: float = GRACE_S) -> T:
    """Run ``work()`` and return its result (or raise its exception); stop cleanly on SIGTERM/SIGINT.

    ``on_stop(signum)`` returns the one line to print (on stderr) when a signal arrives; it runs
    before the descendants are stopped, so it must be quick. Must be called from the main thread.
    """
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            outcome["error"] = exc

    received: list[int] = []

    def handler(signum: int, _frame: object) -> None:
        received.append(signum)

    previous = {s: signal.signal(s, handler) for s in STOP_SIGNALS}
    worker = threading.Thread(target=target, name="sonolabel-work", daemon=True)
    try:
        worker.start()
        while worker.is_alive() and not received:
            worker.join(0.2)
        if received:
            _stop_now(received[0], on_stop, grace_s)
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _stop_now(signum: int, on_stop: Callable[[int], str], grace_s: float) -> None:
    # a second signal while stopping: already on the way out
    for s in STOP_SIGNALS:
        signal.signal(s, signal.SIG_IGN)
    try:
        line = on_stop(signum)
    except Exception as exc:  # noqa: BLE001 - the stop must happen whatever the message does
        line = f"error: stopped by {signal.Signals(signum).name} ({type(exc).__name__} while describing the stop)"
    stop_descendants(grace_s)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    try:
        os.write(2, (line.rstrip("\n") + "\n").encode(errors="replace"))
    except OSError:
        pass
    os._exit(128 + signum)
