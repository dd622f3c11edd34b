"""Shared fixtures of the curation tests: one small demo hospital export per test session.

``demo_export`` is generated once (30 patients: every hard case and every eligibility code occurs)
into a session temp dir; tests must treat it as read-only. The lead may move it to tests/conftest.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DEMO_PATIENTS = 30
DEMO_SEED = 0


@pytest.fixture(scope="session")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Root of a 30-patient demo export (``dicom/``, report CSVs, ``truth/``)."""
    from curation.demo_export import DemoConfig, generate_demo_export

    out = tmp_path_factory.mktemp("demo_export") / "export"
    generate_demo_export(DemoConfig(out_dir=out, n_patients=DEMO_PATIENTS, seed=DEMO_SEED, workers=2))
    return out
