"""A build's local services, started side by side: the temporary Prefect API and the Dask cluster.

Why: in ``sonolabel build-dataset`` these used to start one after the other, and only once the
flow had begun (Prefect starts its temporary API when the flow first calls it; the task runner
starts the cluster when the stages' subflow begins; each Dask worker imports the build's modules
when its first task arrives): tens of seconds of fixed cost before the first file was read. Here
the API server process is launched before Prefect is even imported, the cluster's workers import
the build's modules at start (``preload``), and the driver imports its own modules meanwhile: the
three overlap, and on two cores the wait is the slowest of them, not their sum.

The API is the one Prefect's temporary server runs (``uvicorn prefect.server.api.server:create_app``,
SQLite under ``PREFECT_HOME``), served until the build ends and killed with the build's process
(Linux ``PR_SET_PDEATHSIG``) even when that process is killed. ``PREFECT_API_URL`` (a running
server) is used as is and nothing is started. If the server does not come up, the build falls back
to Prefect's own temporary server, as before.

This module imports neither Prefect nor the build's modules: ``PREFECT_API_URL`` must be set before
Prefect reads its settings.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# What every Dask worker of a local build imports at start: the module its tasks are pickled from.
WORKER_PRELOAD = ("flows.build_dataset",)
API_STARTUP_TIMEOUT_S = float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180"))


@dataclass
class LocalServices:
    """What :func:`local_services` started: the API server process and the cluster (either may be None)."""

    api_url: str | None = None
    server: subprocess.Popen | None = None
    cluster: object | None = None  # distributed.LocalCluster, once started
    notes: list[str] = field(default_factory=list)
    _starting: threading.Thread | None = None
    _cluster_error: BaseException | None = None

    def start_cluster(self, workers: int) -> None:
        """Start the local cluster in a background thread (its workers import while this process works)."""
        def run() -> None:
            try:
                self.cluster = start_local_cluster(workers)
            except BaseException as exc:  # noqa: BLE001 - re-raised by scheduler_address in the caller's thread
                self._cluster_error = exc

        self._starting = threading.Thread(target=run, name="start-dask-cluster", daemon=True)
        self._starting.start()

    def scheduler_address(self) -> str | None:
        """The local cluster's address once it is up (None without one)."""
        if self._starting is not None:
            self._starting.join()
            self._starting = None
        if self._cluster_error is not None:
            raise self._cluster_error
        return getattr(self.cluster, "scheduler_address", None)

    def wait_for_api(self) -> None:
        """Block until the API answers; on failure, stop it and let Prefect start its own server."""
        if self.server is None or self.api_url is None:
            return
        deadline = time.monotonic() + API_STARTUP_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                break
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.1)
        self.notes.append("the temporary Prefect API did not start: falling back to Prefect's own")
        _stop(self.server)
        self.server = None
        os.environ.pop("PREFECT_API_URL", None)


def _bound_socket() -> socket.socket:
    """A socket bound to a free local port, handed to the server process as it is: a port only probed here and bound
    again by the server could be taken in between by another process (two builds or test workers starting at once),
    and the build's Prefect client, which has read this URL by then, could not reach any API."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """The child gets SIGTERM when the build's process dies, however it dies (Linux)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def start_api_server() -> tuple[subprocess.Popen, str]:
    """Launch the temporary Prefect API (not waiting for it); returns the process and its URL."""
    spec = importlib.util.find_spec("prefect")  # finds the package without importing it
    if spec is None or spec.origin is None:
        raise RuntimeError("prefect is not installed")
    env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
    with contextlib.closing(_bound_socket()) as sock:  # (the child keeps its own copy of the socket)
        port = int(sock.getsockname()[1])
        args = [sys.executable, "-m", "uvicorn", "--app-dir", str(Path(spec.origin).parent.parent), "--factory",
                "prefect.server.api.server:create_app", "--fd", str(sock.fileno()), "--log-level", "error",
                "--lifespan", "on"]
        process = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, pass_fds=(sock.fileno(),),
                                   preexec_fn=_die_with_parent if sys.platform == "linux" else None)
    return process, f"http://127.0.0.1:{port}/api"


def start_local_cluster(workers: int):
    """A local Dask cluster of ``workers`` single-threaded processes that import the build's modules at start."""
    from distributed import LocalCluster  # ~2 s to import: after the API server process is launched, not before

    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                        preload=list(WORKER_PRELOAD))


def drain_prefect_clients() -> None:
    """Send the logs and events Prefect still queues in this process, while the API is up.

    Without it, Prefect's exit handlers try to send them after the API has stopped, retrying for
    about a minute ("Error logging to API"). The same drain Prefect's own test harness does.
    """
    if "prefect" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker  # Prefect is loaded by now; importing it here costs nothing
    from prefect.logging.handlers import APILogHandler

    with contextlib.suppress(Exception):
        APILogHandler.flush()  # blocks until sent (Prefect bounds it at 5 s)
    with contextlib.suppress(Exception):
        EventsWorker.drain_all(timeout=5)


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def local_services(workers: int | None) -> Iterator[LocalServices]:
    """Start the temporary API (unless ``PREFECT_API_URL`` is set) and, with ``workers``, a local cluster.

    Both start in the background of this context; call :meth:`LocalServices.wait_for_api` before
    the first Prefect call and :meth:`LocalServices.scheduler_address` for the cluster. Everything
    started here is stopped on exit.
    """
    services = LocalServices()
    try:
        if not os.environ.get("PREFECT_API_URL"):
            services.server, services.api_url = start_api_server()
            os.environ["PREFECT_API_URL"] = services.api_url
        if workers:
            services.start_cluster(workers)
        yield services
    finally:
        if services._starting is not None:
            services._starting.join()
        if services.cluster is not None:
            with contextlib.suppress(Exception):
                services.cluster.close(timeout=10)
        if services.server is not None:
            drain_prefect_clients()
            _stop(services.server)
            if os.environ.get("PREFECT_API_URL") == services.api_url:
                os.environ.pop("PREFECT_API_URL", None)
