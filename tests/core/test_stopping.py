"""A clean stop on SIGTERM/SIGINT (core/stopping.py): the work's result, or one line, exit 128 + signal, no orphans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

from core.stopping import run_stoppable

ROOT = Path(__file__).resolve().parents[2]


def test_the_work_returns_or_raises_through() -> None:
    assert run_stoppable(lambda: 42, lambda s: "unused") == 42

    def fail() -> None:
        raise ValueError("bad input")

    with pytest.raises(ValueError, match="bad input"):
        run_stoppable(fail, lambda s: "unused")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_the_process_and_its_children(sig: signal.Signals, tmp_path: Path) -> None:
    pids = tmp_path / "child.pid"
    code = textwrap.dedent(f"""
        import subprocess, sys, time
        from core.stopping import run_stoppable

        def work():
            # a child that ignores SIGTERM, with a grandchild: both must go
            child = subprocess.Popen([sys.executable, "-c",
                "import signal, subprocess, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
                "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)']); time.sleep(600)"])
            open({str(pids)!r}, "w").write(str(child.pid))
            time.sleep(600)

        run_stoppable(work, lambda s: f"error: stopped by signal {{s}}", grace_s=1.0)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while not (pids.exists() and pids.read_text()):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.05)
    child = psutil.Process(int(pids.read_text()))
    while not child.children():
        assert time.monotonic() < deadline
        time.sleep(0.05)
    family = [child, *child.children(recursive=True)]
    os.kill(proc.pid, sig)  # the process only, not its group: it must stop its children itself
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + sig
    assert err.strip().splitlines() == [f"error: stopped by signal {int(sig)}"]
    _, alive = psutil.wait_procs(family, timeout=10)
    assert not alive
