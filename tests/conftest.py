"""Session-wide test setup: safe environment, shared demo export, one Prefect test harness."""

from __future__ import annotations

import os
import tempfile

# Before anything imports prefect or great_expectations: no analytics, a private Prefect home.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
if "PREFECT_HOME" not in os.environ:
    _OWN_PREFECT_HOME = tempfile.mkdtemp(prefix="sonolabel-prefect-home-")
    os.environ["PREFECT_HOME"] = _OWN_PREFECT_HOME
else:
    _OWN_PREFECT_HOME = None
os.environ.setdefault("SONOLABEL_PSEUDONYM_KEY", "sonolabel-test-key")

import pytest  # noqa: E402


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the private Prefect home this process created (one per xdist worker)."""
    if _OWN_PREFECT_HOME:
        import shutil

        shutil.rmtree(_OWN_PREFECT_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def prefect_harness():
    """One ephemeral Prefect API (SQLite) for every flow test of this worker process.

    It costs 10-20 s to start, once per pytest-xdist worker that runs flow tests. ``make test``
    distributes whole modules (``--dist loadfile``): pytest 9.2 ignores the node-id suffix that
    pytest-xdist 3.8's ``loadgroup`` relies on, so ``xdist_group`` marks no longer keep tests
    together. The expensive shared build (``built``) is shared across workers by a file lock.
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

    from demo_hospital import DemoConfig, generate_demo_export

    base = Path(tmp_path_factory.getbasetemp())
    # under pytest-xdist each worker's basetemp is <run>/popen-gwN: their parent is this run's own
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    out = shared / f"demo_export_{DEMO_PATIENTS}_{DEMO_SEED}"
    with FileLock(str(out) + ".lock"):
        if not (out / "truth" / "summary.json").exists():
            generate_demo_export(DemoConfig(out_dir=out, n_patients=DEMO_PATIENTS, seed=DEMO_SEED, workers=2))
    return out
