"""The query sandbox: every attack gets one refusal line and the published tables stay as they were."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from curation.catalog import QueryRefused, run_query
from curation.publish import CATALOG_NAME, publish


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A published dataset beside an 'export' whose CSV a query must not reach."""
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "patients.csv").write_text("patient_id,sex\n10072028,F\n")
    out = tmp_path / "out"
    publish(out, {"images": pa.table({"image_uid": [f"2.25.{i}/f0/r0" for i in range(1, 172)]}),
                  "splits": pa.table({"patient_uid": ["p1"], "split": ["train"]})}, version="v1")
    return out


def _attacks(out: Path) -> dict[str, str]:
    tmp = out.parent
    return {
        "copy over a published table": f"COPY (SELECT 1) TO '{out}/tables/images.parquet' (FORMAT parquet)",
        "copy anywhere": f"COPY (SELECT 1 AS a) TO '{tmp}/leak.csv'",
        "copy into the version folder": f"COPY (SELECT 1 AS a) TO '{out}/tables/new.parquet' (FORMAT parquet)",
        "attach read-write": f"ATTACH '{tmp}/evil.duckdb' AS evil (READ_WRITE)",
        "read a system file": "SELECT * FROM read_text('/etc/shadow')",
        "list other folders": "SELECT * FROM glob('/root/**')",
        "read the export": f"SELECT * FROM read_csv('{tmp}/export/patients.csv')",
        "read the export, relative": "SELECT * FROM read_csv('export/patients.csv')",
        "install an extension": "INSTALL httpfs",
        "load an extension": "LOAD httpfs",
        "export the database": f"EXPORT DATABASE '{tmp}/dump'",
        "unlock the sandbox": "SET enable_external_access = true",
        "explain analyze runs the copy": f"EXPLAIN ANALYZE COPY (SELECT 1) TO '{out}/tables/images.parquet' (FORMAT parquet)",
        "a copy after a select": f"SELECT 1; COPY (SELECT 1) TO '{out}/tables/images.parquet' (FORMAT parquet)",
        "the network": "SELECT * FROM read_parquet('https://example.org/x.parquet')",
    }


def test_every_attack_is_refused_and_nothing_changes(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(out.parent)
    before = {p.name: p.read_bytes() for p in (out / "tables").iterdir()}
    for name, sql in _attacks(out).items():
        with pytest.raises(QueryRefused) as refused:
            run_query(out / CATALOG_NAME, sql)
        line = str(refused.value)
        assert line.startswith("refused: ") and "\n" not in line, (name, line)
    assert {p.name: p.read_bytes() for p in (out / "tables").iterdir()} == before
    assert not any((out.parent / n).exists() for n in ("leak.csv", "evil.duckdb", "dump"))
    assert run_query(out / CATALOG_NAME, "SELECT count(*) AS n FROM images")["n"][0] == 171


def test_reading_the_dataset_still_works(out: Path) -> None:
    assert set(run_query(out / CATALOG_NAME, "SHOW TABLES")["name"]) == {"images", "splits", "_sonolabel_meta"}
    assert len(run_query(out / CATALOG_NAME, "DESCRIBE images")) == 1
    assert run_query(out / CATALOG_NAME, "FROM splits")["split"].tolist() == ["train"]
    own = run_query(out / CATALOG_NAME, f"SELECT count(*) AS n FROM read_parquet('{(out / 'tables').resolve()}/*.parquet')")
    assert own["n"][0] == 172  # the version's own files are readable directly too


def test_the_cli_prints_one_refusal_line_and_exits_1(out: Path) -> None:
    from sonolabel.cli import app

    sql = f"COPY (SELECT 1) TO '{out}/tables/images.parquet' (FORMAT parquet)"
    result = CliRunner().invoke(app, ["query", sql, "--db", str(out / CATALOG_NAME)])
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("refused: COPY"), result.stderr
    assert pq.read_table(out / "tables" / "images.parquet").num_rows == 171
    ok = CliRunner().invoke(app, ["query", "SELECT count(*) AS n FROM images", "--db", str(out / CATALOG_NAME),
                                  "--format", "csv"])
    assert ok.exit_code == 0 and ok.stdout.split() == ["n", "171"]


def test_published_files_are_read_only_on_disk(out: Path) -> None:
    version_dir = (out / "tables").resolve()
    files = sorted(version_dir.iterdir())
    assert {p.name for p in files} >= {"images.parquet", "splits.parquet", CATALOG_NAME, "version.json"}
    for path in files:
        assert not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH), path.name
    # pruning (and rm -rf) still removes read-only versions: the folders stay writable
    for i in range(2, 6):
        publish(out, {"splits": pa.table({"patient_uid": ["p1"], "split": ["train"]})}, version=f"v{i}")
    assert sorted(p.name for p in (out / "versions").iterdir()) == ["v3", "v4", "v5"]


def test_a_copied_dataset_still_answers_and_stays_sandboxed(out: Path, tmp_path: Path) -> None:
    """Views name the Parquet files where the build wrote them: a copy reads those, and nothing else."""
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(out, copy, symlinks=True)
    assert run_query(copy / CATALOG_NAME, "SELECT count(*) AS n FROM images")["n"][0] == 171
    with pytest.raises(QueryRefused):
        run_query(copy / CATALOG_NAME, f"SELECT * FROM read_csv('{tmp_path}/export/patients.csv')")
