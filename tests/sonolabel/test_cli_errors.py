"""Every error the user can cause: one line and exit 1 (usage errors 2); a traceback only with --debug."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sonolabel.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)


def test_a_user_error_is_one_line_and_exit_1(tmp_path: Path) -> None:
    proc = _cli("build-dataset", str(tmp_path / "no-export"), str(tmp_path / "out"))
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [f"error: export folder not found: {tmp_path / 'no-export'}"]
    assert not (tmp_path / "out").exists()


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    proc = _cli("--debug", "build-dataset", str(tmp_path / "no-export"), str(tmp_path / "out"))
    assert proc.returncode == 1
    assert "Traceback" in proc.stderr and proc.stderr.strip().splitlines()[-1].startswith("error: export folder")


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert _cli("build-dataset").returncode == 2
    proc = _cli("build-dataset", str(tmp_path), "--date-format", "%Y")
    assert proc.returncode == 2 and "needs a year" in proc.stderr
