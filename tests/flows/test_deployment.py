"""The scheduled `build-dataset/nightly` deployment of prefect.yaml is served by a process
worker, triggered with `prefect deployment run` and completes (scripts/serve_deployment.sh)."""

from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.flow, pytest.mark.xdist_group("prefect")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_deployment_is_served_triggered_and_completes(demo_export, tmp_path):
    out = tmp_path / "dataset"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["SONOLABEL_PSEUDONYM_KEY"] = os.environ.get("SONOLABEL_PSEUDONYM_KEY", "sonolabel-test-key")
    proc = subprocess.run(
        ["bash", str(ROOT / "scripts" / "serve_deployment.sh"), str(demo_export), str(out), str(_free_port())],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )
    log = proc.stdout[-4000:] + proc.stderr[-4000:]
    assert proc.returncode == 0, log
    assert "Completed" in log
    # (the whole output: the schedule is printed before the run and the worker's log, which may fill the tail)
    assert "0 2 * * *" in proc.stdout  # the nightly schedule was deployed
    assert (out / "curated.duckdb").exists()
    assert (out / "tables" / "breast_labels.parquet").exists()
