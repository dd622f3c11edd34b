"""Session-wide test setup: safe environment, shared demo export, one Prefect test harness."""

from __future__ import annotations

import os
import tempfile

# Before anything imports prefect or great_expectations: no analytics, a private Prefect home.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="sonolabel-prefect-home-"))
os.environ.setdefault("SONOLABEL_PSEUDONYM_KEY", "sonolabel-test-key")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def prefect_harness():
    """One ephemeral Prefect API (SQLite) for every flow test of this worker process.

    Flow tests carry ``@pytest.mark.flow`` and ``@pytest.mark.xdist_group("prefect")`` so that
    under ``pytest -n`` they share one worker and one harness (it costs 10-20 s to start).
    """
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


DEMO_PATIENTS = 30  # every hard case and every eligibility code occurs at this size
DEMO_SEED = 0


@pytest.fixture(scope="session")
def demo_export(tmp_path_factory: pytest.TempPathFactory):
    """Root of a 30-patient demo export (``dicom/``, report CSVs, ``truth/``); read-only for tests.

    Generated once per test run, shared by the pytest-xdist workers through a file lock.
    """
    from pathlib import Path

    from filelock import FileLock

    from curation.demo_export import DemoConfig, generate_demo_export

    base = Path(tmp_path_factory.getbasetemp())
    # under pytest-xdist each worker's basetemp is <run>/popen-gwN: their parent is this run's own
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    out = shared / f"demo_export_{DEMO_PATIENTS}_{DEMO_SEED}"
    with FileLock(str(out) + ".lock"):
        if not (out / "truth" / "summary.json").exists():
            generate_demo_export(DemoConfig(out_dir=out, n_patients=DEMO_PATIENTS, seed=DEMO_SEED, workers=2))
    return out
