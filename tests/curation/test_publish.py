"""Atomic publish, DuckDB catalog views, version pruning, the build lock and read-only queries."""

from __future__ import annotations

import os
import subprocess
import sys

import pyarrow as pa
import pytest

from core.errors import UserError
from curation.build_lock import BuildLocked, build_lock
from curation.catalog import run_query
from curation.publish import CATALOG_NAME, current_version, publish


def _tables(n: int) -> dict[str, pa.Table]:
    return {"splits": pa.table({"patient_uid": [f"p{i}" for i in range(n)], "split": ["train"] * n}),
            "funnel": pa.table({"step": list(range(n))})}


def test_publish_creates_views_and_swaps_versions(tmp_path):
    first = publish(tmp_path, _tables(3), version="v1")
    assert current_version(tmp_path) == "v1"
    assert run_query(tmp_path / CATALOG_NAME, "SELECT count(*) AS n FROM splits")["n"][0] == 3
    publish(tmp_path, _tables(5), version="v2")
    assert current_version(tmp_path) == "v2"
    assert run_query(tmp_path / CATALOG_NAME, "SELECT count(*) AS n FROM splits")["n"][0] == 5
    # the old version's files are immutable and still there for readers holding the old catalog
    assert (first.version_dir / "splits.parquet").exists()
    assert os.readlink(tmp_path / "tables") == "versions/v2"


def test_old_versions_are_pruned_but_current_kept(tmp_path):
    for i in range(6):
        publish(tmp_path, _tables(i + 1), version=f"v{i}")
    left = sorted(p.name for p in (tmp_path / "versions").iterdir())
    assert left == ["v3", "v4", "v5"]


def test_crash_before_swap_leaves_previous_version(tmp_path, monkeypatch):
    publish(tmp_path, _tables(3), version="v1")
    import curation.publish as pub

    def boom(*a, **k):
        raise RuntimeError("killed while building the catalog")

    monkeypatch.setattr(pub, "build_catalog", boom)
    with pytest.raises(RuntimeError):
        publish(tmp_path, _tables(9), version="v2")
    assert current_version(tmp_path) == "v1"
    assert run_query(tmp_path / CATALOG_NAME, "SELECT count(*) AS n FROM splits")["n"][0] == 3


def test_query_errors_are_clear(tmp_path):
    with pytest.raises(UserError, match="no catalog"):
        run_query(tmp_path / "nope.duckdb", "SELECT 1")
    publish(tmp_path, _tables(2), version="v1")
    with pytest.raises(UserError, match="query failed"):
        run_query(tmp_path / CATALOG_NAME, "SELECT * FROM no_such_table")


def test_second_build_refuses_while_first_holds_lock(tmp_path):
    code = (
        "import sys, time; sys.path.insert(0, '.');"
        "from curation.build_lock import build_lock\n"
        f"with build_lock({str(tmp_path)!r}):\n    print('locked', flush=True); time.sleep(30)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(BuildLocked, match="another build is running"):
            with build_lock(tmp_path, wait_s=0.2, poll_s=0.05):
                pass
    finally:
        holder.kill()  # SIGKILL: the kernel releases the flock, no stale lock
        holder.wait()
    with build_lock(tmp_path, wait_s=5):
        pass


def test_version_json_records_the_builds_metadata(tmp_path):
    import json

    meta = {"review_decisions": {"path": "review/decisions.csv", "sha256": "ab" * 32, "rows": 3}}
    publish(tmp_path, _tables(2), version="v1", metadata=meta)
    info = json.loads((tmp_path / "current_version").read_text())
    assert info == {"version": "v1", **meta}
    publish(tmp_path, _tables(2), version="v2", metadata={"version": "not this"})
    assert json.loads((tmp_path / "current_version").read_text())["version"] == "v2"
