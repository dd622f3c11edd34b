"""Stage 8: publish a validated set of tables atomically, with a DuckDB catalog of views.

Layout under the output directory::

    OUT/
      versions/<version>/<table>.parquet   immutable, one directory per successful build
      tables -> versions/<version>         symlink, swapped atomically (rename of a new symlink)
      curated.duckdb                       views over the current version's Parquet files
      current_version                      the version id, for humans and scripts

Why this shape: a reader that opened ``curated.duckdb`` keeps querying one complete version even
while a new build publishes (its views point at that version's files, which are never modified),
and a crash at any point leaves the previous ``tables`` link and catalog in place. The catalog is
built into a temp file next to the target and renamed over it, so readers (which open it
read-only) never see a half-written catalog. DuckDB allows one writer per file; the build is the
only writer and it only ever writes a fresh temp file.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from sonolabel.tables import write_table_atomic

CATALOG_NAME = "curated.duckdb"
TABLES_LINK = "tables"
VERSIONS_DIR = "versions"
KEEP_VERSIONS = 3


@dataclass(frozen=True)
class Publication:
    version: str
    version_dir: Path
    catalog: Path
    tables: tuple[str, ...]


def new_version_id() -> str:
    """Sortable, unique version id: UTC time plus pid (two builds never share one)."""
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + f"-{os.getpid()}-{time.monotonic_ns() % 10**6:06d}"


def write_version(out_dir: Path, tables: Mapping[str, pa.Table], version: str) -> Path:
    """Write every table of a build into a fresh, not yet visible, version directory."""
    version_dir = Path(out_dir) / VERSIONS_DIR / version
    staging = version_dir.with_name(f".{version}.staging")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    for name, table in tables.items():
        write_table_atomic(table, staging / f"{name}.parquet")
    os.replace(staging, version_dir)
    return version_dir


def build_catalog(catalog_path: Path, version_dir: Path, table_names: list[str]) -> Path:
    """Create ``curated.duckdb`` with one view per table, into a temp file renamed over the target."""
    import duckdb

    catalog_path = Path(catalog_path)
    fd, tmp = tempfile.mkstemp(prefix=f".{catalog_path.name}.", suffix=".tmp", dir=catalog_path.parent)
    os.close(fd)
    os.unlink(tmp)  # duckdb wants to create the file itself
    try:
        con = duckdb.connect(tmp)
        try:
            for name in sorted(table_names):
                parquet = (version_dir / f"{name}.parquet").resolve()
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{_sql_str(str(parquet))}')")
            con.execute("CREATE TABLE _sonolabel_meta AS SELECT ? AS version, ? AS version_dir",
                        [version_dir.name, str(version_dir.resolve())])
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, catalog_path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        Path(tmp + ".wal").unlink(missing_ok=True)
        raise
    return catalog_path


def _sql_str(value: str) -> str:
    return value.replace("'", "''")


def _swap_symlink(link: Path, target: str) -> None:
    tmp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    os.replace(tmp, link)  # atomic on POSIX


def publish(out_dir: str | os.PathLike, tables: Mapping[str, pa.Table], version: str | None = None,
            extra_files: Mapping[str, bytes] | None = None) -> Publication:
    """Publish ``tables`` as a new version: write, then catalog, then swap the ``tables`` link.

    ``extra_files`` (e.g. the dataset card, the funnel plot) are written into the version
    directory before it becomes visible.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    version = version or new_version_id()
    version_dir = write_version(out_dir, tables, version)
    for name, content in (extra_files or {}).items():
        (version_dir / name).write_bytes(content)
    catalog = build_catalog(out_dir / CATALOG_NAME, version_dir, list(tables))
    _swap_symlink(out_dir / TABLES_LINK, f"{VERSIONS_DIR}/{version}")
    tmp = out_dir / ".current_version.tmp"
    tmp.write_text(json.dumps({"version": version}) + "\n")
    os.replace(tmp, out_dir / "current_version")
    prune_versions(out_dir, keep=KEEP_VERSIONS)
    return Publication(version=version, version_dir=version_dir, catalog=catalog, tables=tuple(tables))


def current_version(out_dir: str | os.PathLike) -> str | None:
    link = Path(out_dir) / TABLES_LINK
    if not link.is_symlink():
        return None
    return Path(os.readlink(link)).name


def prune_versions(out_dir: Path, keep: int = KEEP_VERSIONS) -> list[str]:
    """Delete old versions (and stale staging dirs), keeping the newest ``keep`` and the current one.

    Older versions are kept for a while so that a reader holding an older catalog open can finish.
    """
    root = Path(out_dir) / VERSIONS_DIR
    if not root.exists():
        return []
    current = current_version(out_dir)
    versions = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    removed = []
    for p in versions[:-keep] if keep else versions:
        if p.name != current:
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p.name)
    for p in root.iterdir():
        if p.name.startswith(".") and p.name.endswith(".staging"):
            shutil.rmtree(p, ignore_errors=True)
    return removed
