"""Atomic publish, DuckDB catalog views, version pruning, the build lock and read-only queries."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

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


# ----------------------------------------------------------------- shareable and movable outputs
def _described(n: int):
    from curation.publish import TableDescription

    tables = _tables(n)
    descriptions = {"splits": TableDescription("Patient split.", {"patient_uid": "the patient", "split": "train/val/test"}),
                    "funnel": TableDescription("The funnel.", {"step": "rule order"})}
    return tables, descriptions


def test_published_files_get_the_umask_mode(tmp_path):
    import stat

    import numpy as np

    from curation.image_store import SHARD_ROWS_SCHEMA, ImageStore

    previous = os.umask(0o022)
    try:
        pub = publish(tmp_path, _tables(2), version="v1", extra_files={"card.md": b"# card"})
        store = ImageStore(tmp_path / "image_store")
        store.write("s1", np.zeros((1, 256, 256), np.uint8), SHARD_ROWS_SCHEMA.empty_table())
    finally:
        os.umask(previous)
    published = {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in pub.version_dir.iterdir()}
    shards = {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in (store.array_path("s1"), store.rows_path("s1"))}
    # the umask's mode, then write bits off once published (readable by all, rewritable by none)
    assert set(published.values()) == {"0o444"}, published
    assert set(shards.values()) == {"0o644"}, shards


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("runuser"), reason="needs root and runuser to act as another user")
def test_another_user_reads_a_build(tmp_path):
    """A build made by one account (here root) is readable by another (nobody), under umask 022."""
    import numpy as np

    from curation.image_store import SHARD_ROWS_SCHEMA, ImageStore

    # pytest's tmp_path lies under 0700 folders: the build goes where every user can traverse
    base = Path(tempfile.mkdtemp(prefix="sonolabel-shared-"))
    base.chmod(0o755)
    previous = os.umask(0o022)
    try:
        publish(base / "out", _tables(3), version="v1", extra_files={"dataset_card.md": b"# card"})
        ImageStore(base / "out" / "image_store").write("s1", np.zeros((1, 256, 256), np.uint8),
                                                       SHARD_ROWS_SCHEMA.empty_table())
        for rel in ("tables/splits.parquet", "tables/dataset_card.md", "curated.duckdb", "image_store/s1.npy"):
            read = subprocess.run(["runuser", "-u", "nobody", "--", "cat", str(base / "out" / rel)],
                                  capture_output=True)
            assert read.returncode == 0, (rel, read.stderr.decode())
            assert read.stdout == (base / "out" / rel).read_bytes()
    finally:
        os.umask(previous)
        shutil.rmtree(base, ignore_errors=True)


def test_moved_and_copied_output_still_answers(tmp_path, monkeypatch):
    publish(tmp_path / "out", _tables(4), version="v1")
    shutil.copytree(tmp_path / "out", tmp_path / "copy", symlinks=True)
    (tmp_path / "out").rename(tmp_path / "moved")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # a relative path must not resolve against the working directory
    for root in ("copy", "moved"):
        assert run_query(tmp_path / root / CATALOG_NAME, "SELECT count(*) AS n FROM splits")["n"][0] == 4
    meta = run_query(tmp_path / "moved" / CATALOG_NAME, "SELECT version, version_dir FROM _sonolabel_meta")
    assert meta.to_dict("records") == [{"version": "v1", "version_dir": "versions/v1"}]
    views = run_query(tmp_path / "moved" / CATALOG_NAME, "SELECT sql FROM duckdb_views() WHERE view_name = 'splits'")
    assert "read_parquet('splits.parquet')" in views["sql"][0]
    assert str(tmp_path) not in views["sql"][0]


def test_comment_on_every_table_and_column(tmp_path):
    tables, descriptions = _described(2)
    publish(tmp_path, tables, version="v1", descriptions=descriptions)
    db = tmp_path / CATALOG_NAME
    views = run_query(db, "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal ORDER BY 1")
    assert views.to_dict("records") == [{"view_name": "funnel", "comment": "The funnel."},
                                        {"view_name": "splits", "comment": "Patient split."}]
    columns = run_query(db, "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'splits' "
                            "ORDER BY column_index")
    assert columns.to_dict("records") == [{"column_name": "patient_uid", "comment": "the patient"},
                                          {"column_name": "split", "comment": "train/val/test"}]


def test_extra_dirs_and_nested_files_are_published(tmp_path):
    report = tmp_path / "staged-report"
    (report / "gx").mkdir(parents=True)
    (report / "gx" / "index.html").write_text("<html></html>")
    pub = publish(tmp_path / "out", _tables(1), version="v1", extra_files={"plots/a.png": b"png"},
                  extra_dirs={"contracts": report})
    assert (pub.version_dir / "contracts" / "gx" / "index.html").read_text() == "<html></html>"
    assert (pub.version_dir / "plots" / "a.png").read_bytes() == b"png"
