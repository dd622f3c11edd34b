"""The build's local services: the temporary Prefect API and a preloaded local Dask cluster, started side by side."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from flows.launch import LocalServices, _stop, local_services, start_api_server

pytestmark = pytest.mark.flow


def test_the_api_and_the_cluster_start_together_and_stop_with_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with local_services(1) as services:
        assert os.environ["PREFECT_API_URL"] == services.api_url  # set before Prefect is imported
        address = services.scheduler_address()
        services.wait_for_api()
        with urllib.request.urlopen(f"{services.api_url}/health", timeout=10) as response:
            assert response.status == 200
        from distributed import Client

        with Client(address, timeout=60) as client:  # the workers imported the build's modules at start
            assert all(client.run(lambda: "flows.build_dataset" in sys.modules).values())
        server = services.server
    assert server is not None and server.poll() is not None  # stopped
    assert "PREFECT_API_URL" not in os.environ


def test_a_configured_api_is_used_as_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    with local_services(None) as services:
        assert services.server is None and services.scheduler_address() is None
        services.wait_for_api()  # nothing to wait for
    assert os.environ["PREFECT_API_URL"] == "http://127.0.0.1:9/api"


def test_an_api_that_does_not_start_falls_back_to_prefects_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    dead = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    dead.wait()
    services = LocalServices(api_url="http://127.0.0.1:9/api", server=dead)
    monkeypatch.setenv("PREFECT_API_URL", services.api_url)
    services.wait_for_api()
    assert services.server is None and "PREFECT_API_URL" not in os.environ and services.notes


def test_the_api_port_is_held_from_launch_so_no_other_process_takes_it() -> None:
    # the server gets the bound socket itself: between launch and the server's start the port is never free, so
    # another build or test worker binding at that moment cannot take the URL the build's client has already read
    process, url = start_api_server()
    try:
        port = int(url.rsplit(":", 1)[1].split("/")[0])
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as other:
            with pytest.raises(OSError):
                other.bind(("127.0.0.1", port))
        services = LocalServices(api_url=url, server=process)
        services.wait_for_api()
        assert services.server is process and not services.notes  # it serves on that socket
    finally:
        _stop(process)


def test_the_api_server_dies_with_the_build_process() -> None:
    code = ("import sys, time; from flows.launch import start_api_server; p, _ = start_api_server(); "
            "print(p.pid, flush=True); time.sleep(600)")
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    try:
        child = int(parent.stdout.readline())
    finally:
        parent.kill()  # SIGKILL: no atexit, no finally
        parent.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:  # gone, or a zombie waiting for init to reap it
            with open(f"/proc/{child}/stat") as fh:
                if fh.read().split()[2] == "Z":
                    return
        except (FileNotFoundError, ProcessLookupError):
            return
        time.sleep(0.1)
    pytest.fail("the API server outlived the SIGKILLed build process")


def test_prefect_logs_are_sent_before_the_api_stops(tmp_path) -> None:
    """A flow's last logs go out while the API is up: no minute of "Error logging to API" retries at exit."""
    code = """
from core import runtime
runtime.configure()
from flows.launch import local_services
with local_services(None) as services:
    from prefect import flow, get_run_logger

    @flow
    def noisy() -> int:
        for i in range(50):
            get_run_logger().info("line %d", i)
        return 1

    services.wait_for_api()
    assert noisy() == 1
print("flow done")
"""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PYTHONPATH=os.pathsep.join(sys.path), PREFECT_HOME=str(tmp_path / "prefect-home"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "flow done" in done.stdout
    assert "Error logging to API" not in done.stdout + done.stderr
