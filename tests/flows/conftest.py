"""Fixtures shared by the flow tests: one local-cluster build of the demo export per test run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest


def _run(export: Path, out: Path, force: bool = False):
    from flows.build_dataset import build_dataset

    return build_dataset(str(export), str(out), workers=2, chunk_size=64, force=force, return_state=True)


PROGRESS_QUERIES = ('"files/s"', '"label-pathology: done in"')


def _observed(state) -> dict:
    """What the Prefect API (this worker's harness) holds about a run just finished: its artifacts
    by key and its progress lines. Taken at once, so tests on another pytest-xdist worker, with
    another harness, can check them too."""
    from prefect import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        FlowRunFilter,
        FlowRunFilterParentFlowRunId,
        LogFilter,
        LogFilterFlowRunId,
        LogFilterTextSearch,
    )

    top = state.state_details.flow_run_id
    with get_client(sync_client=True) as client:
        subflows = client.read_flow_runs(flow_run_filter=FlowRunFilter(
            parent_flow_run_id=FlowRunFilterParentFlowRunId(any_=[top])))
        runs = [top, *(r.id for r in subflows)]
        found = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=runs)))
        lines = [log.message for query in PROGRESS_QUERIES for log in client.read_logs(log_filter=LogFilter(
            flow_run_id=LogFilterFlowRunId(any_=runs), text=LogFilterTextSearch(query=query)))]
    return {"artifacts": {a.key: a.data for a in found if a.key}, "progress": lines}


@pytest.fixture(scope="session")
def built(prefect_harness, demo_export, tmp_path_factory):
    """The demo export built twice into one OUT on a local Dask cluster of 2 workers (chunks of 64 files),
    the second time with ``force`` (from the caches), then run once more without it (up to date).

    ``first_tables`` holds the published tables of the first run (its version directory),
    ``first``/``second``/``unchanged`` the flow results of the three runs, ``observed`` what the Prefect API held
    about each (artifacts, progress lines). Built once per test run and shared by
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
            second = _run(demo_export, out, force=True)  # a rebuild from the caches
            assert second.is_completed(), second.message
            unchanged = _run(demo_export, out)  # nothing changed: the flow returns the published version
            assert unchanged.is_completed(), unchanged.message
            record.write_text(json.dumps({"first": first.result(), "second": second.result(),
                                          "unchanged": unchanged.result(),
                                          "observed": {"first": _observed(first), "second": _observed(second)}}))
    results = json.loads(record.read_text())
    first_dir = out / "versions" / results["first"]["version"]
    first_tables = {p.stem: pq.read_table(p) for p in sorted(first_dir.glob("*.parquet"))}
    return {"out": out, **results, "first_tables": first_tables}
