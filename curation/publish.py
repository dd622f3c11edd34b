"""Stage 8: publish a validated set of tables atomically, with a DuckDB catalog of views.

Layout under the output directory::

    OUT/
      versions/<version>/<table>.parquet   immutable, one directory per successful build
      versions/<version>/curated.duckdb    views over that version's Parquet files (+ _sonolabel_meta)
      versions/<version>/version.json      {"version": ..., plus the build's metadata: the pseudonym key's
                                           fingerprint, whether it is the demo key, the SHA-256 of the
                                           reviewer decisions it applied}
      versions/<version>/contracts/        the build's contract report and Great Expectations Data Docs
      versions/<version>/<extra files>     e.g. the dataset card, the build's input fingerprint
      tables -> versions/<version>         symlink, swapped atomically (rename of a new symlink)
      curated.duckdb -> tables/curated.duckdb     static symlink: follows ``tables``
      current_version -> tables/version.json      static symlink: follows ``tables``

Why this shape: the ``tables`` swap is the *single* commit point of a build. The Parquet files,
the catalog and the version id all live inside the immutable version directory and are reached
through ``tables``, so a crash (even SIGKILL) at any point leaves either the previous version or
the new one, complete, never a mix (a catalog of one version and a ``tables`` link of another).
A reader that opened ``curated.duckdb`` holds that version's catalog file and its views point
at that version's Parquet files, which are never modified; old versions are pruned only after
:data:`KEEP_VERSIONS` newer ones exist, so a query outlives two further publishes. The catalog
is built into a temp file inside the (not yet visible) version directory and renamed, and
readers open it read-only. DuckDB allows one writer per file; the build is the only writer and
it only ever writes a fresh file. Every published file (Parquet, catalog, card, version.json,
contract report) is made read-only on disk (``chmod a-w``) before the swap; the folders stay
writable, so pruning and ``rm -rf`` still work. Queries are sandboxed as well (:mod:`curation.catalog`).
Fault-injection checkpoints (:mod:`core.faults`) mark the crash-critical points:
``publish:after-version-dir``, ``publish:after-catalog``, ``publish:after-swap``.

The views name their Parquet files relative to the catalog (``read_parquet('splits.parquet')``), so
a copied or moved ``OUT`` keeps answering: a reader sets DuckDB's ``file_search_path`` to the
catalog's folder (:func:`curation.catalog.run_query` does; from Python, ``SET file_search_path =
'OUT/tables'``). Every view and column carries a ``COMMENT ON`` description when the caller passes
them (the build passes the data contracts' descriptions).
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from core.faults import checkpoint
from core.layout import CATALOG_NAME, CURRENT_VERSION, TABLES_LINK, VERSION_FILE, VERSIONS_DIR
from core.tables import write_table_atomic

KEEP_VERSIONS = 3
READ_ONLY = ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


@dataclass(frozen=True)
class Publication:
    version: str
    version_dir: Path
    catalog: Path
    tables: tuple[str, ...]


def make_read_only(path: Path) -> None:
    """``chmod a-w`` one published file (readers keep reading; nothing may rewrite it in place)."""
    os.chmod(path, stat.S_IMODE(os.stat(path).st_mode) & READ_ONLY)


def new_version_id() -> str:
    """Sortable, unique version id: UTC time plus pid (two builds never share one)."""
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + f"-{os.getpid()}-{time.monotonic_ns() % 10**6:06d}"


@dataclass(frozen=True)
class TableDescription:
    """What a table and its columns mean, for ``COMMENT ON`` in the catalog."""

    description: str
    columns: Mapping[str, str] = field(default_factory=dict)


def write_version(out_dir: Path, tables: Mapping[str, pa.Table], version: str,
                  extra_files: Mapping[str, bytes] | None = None,
                  extra_dirs: Mapping[str, Path] | None = None) -> Path:
    """Write every table (and extra file) of a build into a fresh, not yet visible, version directory.

    ``extra_files`` names may hold a folder (``contracts/report.md``); ``extra_dirs`` are folders
    copied in whole under the given name (the contract report and its Data Docs site).
    """
    version_dir = Path(out_dir) / VERSIONS_DIR / version
    staging = version_dir.with_name(f".{version}.staging")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    for name, table in tables.items():
        write_table_atomic(table, staging / f"{name}.parquet")
    for name, content in (extra_files or {}).items():
        (staging / name).parent.mkdir(parents=True, exist_ok=True)
        (staging / name).write_bytes(content)
    for name, folder in (extra_dirs or {}).items():
        shutil.copytree(folder, staging / name)
    for path in staging.rglob("*"):
        if path.is_file():
            make_read_only(path)
    os.replace(staging, version_dir)
    return version_dir


def build_catalog(catalog_path: Path, version_dir: Path, table_names: list[str],
                  descriptions: Mapping[str, TableDescription] | None = None) -> Path:
    """Create ``curated.duckdb`` with one view per table, into a temp file renamed over the target.

    Views name their Parquet file relative to the catalog's folder; DuckDB binds a view when it is
    created, so the folder is on ``file_search_path`` meanwhile (and must be for every reader).
    """
    catalog_path = Path(catalog_path)
    fd, tmp = tempfile.mkstemp(prefix=f".{catalog_path.name}.", suffix=".tmp", dir=catalog_path.parent)
    os.close(fd)
    os.unlink(tmp)  # duckdb wants to create the file itself (with the umask's mode)
    try:
        con = duckdb.connect(tmp)
        try:
            con.execute(f"SET file_search_path = '{_sql_str(str(Path(version_dir).resolve()))}'")
            for name in sorted(table_names):
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{_sql_str(name)}.parquet')")
                _comment(con, name, (descriptions or {}).get(name))
            con.execute("CREATE TABLE _sonolabel_meta AS SELECT ? AS version, ? AS version_dir",
                        [version_dir.name, f"{VERSIONS_DIR}/{version_dir.name}"])
            con.execute("COMMENT ON TABLE _sonolabel_meta IS 'The published version and its folder, relative to OUT.'")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        make_read_only(Path(tmp))
        os.replace(tmp, catalog_path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        Path(tmp + ".wal").unlink(missing_ok=True)
        raise
    return catalog_path


def _sql_str(value: str) -> str:
    return value.replace("'", "''")


def _comment(con: duckdb.DuckDBPyConnection, view: str, description: TableDescription | None) -> None:
    """``COMMENT ON`` the view and each of its columns that has a description."""
    if description is None:
        return
    con.execute(f"COMMENT ON VIEW {view} IS '{_sql_str(description.description)}'")
    columns = [row[0] for row in con.execute(f"DESCRIBE {view}").fetchall()]
    for column in columns:
        text = description.columns.get(column)
        if text:
            con.execute(f"COMMENT ON COLUMN {view}.\"{column}\" IS '{_sql_str(text)}'")


def _swap_symlink(link: Path, target: str) -> None:
    tmp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    os.replace(tmp, link)  # atomic on POSIX


def _ensure_static_link(link: Path, target: str) -> None:
    """Make ``link`` a symlink to ``target`` (atomically replacing an old-layout regular file)."""
    if link.is_symlink() and os.readlink(link) == target:
        return
    _swap_symlink(link, target)


def publish(out_dir: str | os.PathLike, tables: Mapping[str, pa.Table], version: str | None = None,
            extra_files: Mapping[str, bytes] | None = None, metadata: Mapping[str, Any] | None = None,
            descriptions: Mapping[str, TableDescription] | None = None,
            extra_dirs: Mapping[str, Path] | None = None) -> Publication:
    """Publish ``tables`` as a new version: write the version directory (Parquet, extra files,
    catalog), then swap the ``tables`` link (the commit point), then prune old versions.

    ``extra_files`` (e.g. the dataset card, the funnel plot) and ``extra_dirs`` (copied whole) are
    written into the version directory before it becomes visible; ``descriptions`` become the
    catalog's ``COMMENT ON`` texts. ``metadata`` (JSON-serialisable, e.g. the hash of the
    reviewer decisions the build applied) goes into ``version.json`` beside the version id.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    version = version or new_version_id()
    remove_unpublished(out_dir)
    files = dict(extra_files or {})
    info = {**(metadata or {}), "version": version}
    files[VERSION_FILE] = (json.dumps(info, sort_keys=True) + "\n").encode()
    version_dir = write_version(out_dir, tables, version, files, extra_dirs)
    checkpoint("publish:after-version-dir")
    build_catalog(version_dir / CATALOG_NAME, version_dir, list(tables), descriptions)
    checkpoint("publish:after-catalog")
    first = not (out_dir / TABLES_LINK).is_symlink()
    if first:  # nothing published yet: the static links may dangle until the swap
        _ensure_static_link(out_dir / CATALOG_NAME, f"{TABLES_LINK}/{CATALOG_NAME}")
        _ensure_static_link(out_dir / CURRENT_VERSION, f"{TABLES_LINK}/{VERSION_FILE}")
    _swap_symlink(out_dir / TABLES_LINK, f"{VERSIONS_DIR}/{version}")  # the commit point
    checkpoint("publish:after-swap")
    # an output directory of the older layout (catalog and version as regular files) switches now
    _ensure_static_link(out_dir / CATALOG_NAME, f"{TABLES_LINK}/{CATALOG_NAME}")
    _ensure_static_link(out_dir / CURRENT_VERSION, f"{TABLES_LINK}/{VERSION_FILE}")
    prune_versions(out_dir, keep=KEEP_VERSIONS)
    return Publication(version=version, version_dir=version_dir, catalog=out_dir / CATALOG_NAME,
                       tables=tuple(tables))


def current_version(out_dir: str | os.PathLike) -> str | None:
    link = Path(out_dir) / TABLES_LINK
    if not link.is_symlink():
        return None
    return Path(os.readlink(link)).name


def remove_unpublished(out_dir: Path) -> list[str]:
    """Remove what a build killed before its commit point left: version dirs newer than the current one,
    staging dirs, temp links and catalogs. Callers hold the build lock, so no other build writes here."""
    out_dir = Path(out_dir)
    for tmp in out_dir.glob(".*.tmp"):
        if tmp.is_symlink() or tmp.is_file():
            tmp.unlink(missing_ok=True)
    root = out_dir / VERSIONS_DIR
    if not root.is_dir():
        return []
    current = current_version(out_dir)
    removed = []
    for p in sorted(root.iterdir()):
        staging = p.name.startswith(".") and p.name.endswith(".staging")
        if staging or (not p.name.startswith(".") and current is not None and p.name > current):
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p.name)
    return removed


def prune_versions(out_dir: Path, keep: int = KEEP_VERSIONS) -> list[str]:
    """Delete old versions and crash leftovers (:func:`remove_unpublished`), keeping the newest
    ``keep`` published versions and the current one.

    Older versions are kept for a while so that a reader holding an older catalog open can finish.
    """
    out_dir = Path(out_dir)
    removed = remove_unpublished(out_dir)
    root = out_dir / VERSIONS_DIR
    if not root.exists():
        return removed
    current = current_version(out_dir)
    versions = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    for name in versions[:-keep] if keep else versions:
        if name != current:
            shutil.rmtree(root / name, ignore_errors=True)
            removed.append(name)
    return removed
