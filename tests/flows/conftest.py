"""Fixtures shared by the flow tests: one local-cluster build of the demo export per test run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest


def _run(export: Path, out: Path):
    from flows.build_dataset import build_dataset

    return build_dataset(str(export), str(out), workers=2, chunk_size=64, return_state=True)


@pytest.fixture(scope="session")
def built(prefect_harness, demo_export, tmp_path_factory):
    """The demo export built twice into one OUT on a local Dask cluster of 2 workers (chunks of 64 files).

    ``first_tables`` holds the published tables of the first run (its version directory),
    ``first``/``second`` the flow results of the two runs. Built once per test run and shared by
    the pytest-xdist workers through a file lock (like ``demo_export``): tests only read ``out``
    (copy it to change it).
    """
    from filelock import FileLock

    base = Path(tmp_path_factory.getbasetemp())
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    root = shared / "built_demo"
    out, record = root / "dataset", root / "results.json"
    with FileLock(str(root) + ".lock"):
        if not record.exists():
            first = _run(demo_export, out)
            assert first.is_completed(), first.message
            second = _run(demo_export, out)
            assert second.is_completed(), second.message
            record.write_text(json.dumps({"first": first.result(), "second": second.result()}))
    results = json.loads(record.read_text())
    first_dir = out / "versions" / results["first"]["version"]
    first_tables = {p.stem: pq.read_table(p) for p in sorted(first_dir.glob("*.parquet"))}
    return {"out": out, **results, "first_tables": first_tables}
