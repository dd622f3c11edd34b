"""``sonolabel review``: loopback by default, a printed token elsewhere, one line for bad input."""

from __future__ import annotations

import re
import socket
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from core.errors import UserError
from sonolabel.cli import app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about its httpx-based client
    from fastapi.testclient import TestClient


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> dict:
    """Captures what the command would serve instead of serving it."""
    calls: dict = {}

    def fake_run(application, **kwargs):
        calls.update(kwargs, app=application)

    monkeypatch.setattr("uvicorn.run", fake_run)
    return calls


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_loopback_by_default_without_token(tiny_out: Path, served: dict) -> None:
    port = _free_port()
    result = CliRunner().invoke(app, ["review", str(tiny_out), "--port", str(port)])
    assert result.exit_code == 0, result.output
    assert f"at http://127.0.0.1:{port}/\n" in result.output and "token" not in result.output
    assert served["host"] == "127.0.0.1" and served["port"] == port and served["access_log"] is False
    assert TestClient(served["app"], base_url=f"http://127.0.0.1:{port}").get("/").status_code == 200


def test_another_host_prints_a_token_that_the_app_requires(tiny_out: Path, served: dict) -> None:
    port = _free_port()
    result = CliRunner().invoke(app, ["review", str(tiny_out), "--host", "0.0.0.0", "--port", str(port)])
    assert result.exit_code == 0, result.output
    token = re.search(r"\?token=([\w-]+)", result.output).group(1)
    assert len(token) >= 30
    client = TestClient(served["app"], base_url=f"http://10.1.2.3:{port}")
    assert client.get("/").status_code == 403
    assert client.get(f"/?token={token}").status_code == 200


def test_bad_input_is_one_clear_error(tiny_out: Path, tmp_path: Path, served: dict) -> None:
    missing = CliRunner().invoke(app, ["review", str(tmp_path / "nothing")])
    assert isinstance(missing.exception, UserError) and "no curated.duckdb" in str(missing.exception)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = CliRunner().invoke(app, ["review", str(tiny_out), "--port", str(busy.getsockname()[1])])
    assert isinstance(taken.exception, UserError) and "cannot listen on 127.0.0.1" in str(taken.exception)
    no_run = CliRunner().invoke(app, ["review", str(tiny_out), "--run", str(tmp_path / "no-run")])
    assert isinstance(no_run.exception, UserError) and "cannot load the model" in str(no_run.exception)
    assert not served
