"""The Dask task runner of the build: every Dask worker reports to the driver's Prefect API.

``sonolabel build-dataset`` runs on Prefect's ephemeral API: a throw-away server that the driver
starts on 127.0.0.1, known only to the driver's client (``PREFECT_API_URL`` stays unset). A
task shipped to a Dask worker carries the driver's settings, so without help each worker process
sees no API URL either and starts an ephemeral server of its own (~220 MiB and seconds of CPU per
worker, and the worker's task runs land outside the driver's API). This runner submits each task
with the driver's ephemeral server URL in its settings, so the workers use that one server.
With ``PREFECT_API_URL`` set (a real server, the test harness) it behaves as the plain runner.
"""

from __future__ import annotations

from typing import Any

from core import runtime

runtime.configure()  # before prefect is imported: no analytics, a project-local PREFECT_HOME

from prefect.settings import PREFECT_API_URL, temporary_settings  # noqa: E402
from prefect_dask import DaskTaskRunner  # noqa: E402


def ephemeral_api_url() -> str | None:
    """URL of this process's running ephemeral Prefect server, or None (a configured API, or none running)."""
    if PREFECT_API_URL.value():
        return None
    # the API server's modules (FastAPI app, about 4 s) load only in the driver that runs one
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the process-wide instance the client started
    return server.api_url if getattr(server, "server_process", None) is not None else None


class SharedApiDaskTaskRunner(DaskTaskRunner):
    """A ``DaskTaskRunner`` whose workers use the driver's ephemeral Prefect API.

    Args:
        share_api: pass the driver's ephemeral API URL to the workers (default). Set it False for
            workers that cannot reach the driver's 127.0.0.1 (other hosts): each then starts its own.
        **kwargs: the arguments of ``prefect_dask.DaskTaskRunner`` (``address``, ``cluster_kwargs``, ...).
    """

    def __init__(self, share_api: bool = True, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.share_api = bool(share_api)

    def duplicate(self) -> SharedApiDaskTaskRunner:
        twin = super().duplicate()  # type(self)(...) with the base arguments
        twin.share_api = self.share_api
        return twin

    def submit(self, task: Any, parameters: dict[str, Any], wait_for: Any = None, dependencies: Any = None) -> Any:
        url = ephemeral_api_url() if self.share_api else None
        if url is None:
            return super().submit(task, parameters, wait_for=wait_for, dependencies=dependencies)
        # the task's serialized context (settings included) is taken inside submit: it carries this URL
        with temporary_settings(updates={PREFECT_API_URL: url}):
            return super().submit(task, parameters, wait_for=wait_for, dependencies=dependencies)
