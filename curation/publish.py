"""Stage 8: publish a validated set of tables atomically, with a DuckDB catalog of views.

Layout under the output directory::

    OUT/
      versions/<version>/<table>.parquet   immutable, one directory per successful build
      versions/<version>/curated.duckdb    views over that version's Parquet files (+ _sonolabel_meta)
      versions/<version>/version.json      {"version": ...}
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
it only ever writes a fresh file. Fault-injection checkpoints (:mod:`core.faults`) mark the
crash-critical points: ``publish:after-version-dir``, ``publish:after-catalog``,
``publish:after-swap``.
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

import duckdb
import pyarrow as pa

from core.faults import checkpoint
from core.layout import CATALOG_NAME, CURRENT_VERSION, TABLES_LINK, VERSION_FILE, VERSIONS_DIR
from core.tables import write_table_atomic

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


def write_version(out_dir: Path, tables: Mapping[str, pa.Table], version: str,
                  extra_files: Mapping[str, bytes] | None = None) -> Path:
    """Write every table (and extra file) of a build into a fresh, not yet visible, version directory."""
    version_dir = Path(out_dir) / VERSIONS_DIR / version
    staging = version_dir.with_name(f".{version}.staging")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    for name, table in tables.items():
        write_table_atomic(table, staging / f"{name}.parquet")
    for name, content in (extra_files or {}).items():
        (staging / name).write_bytes(content)
    os.replace(staging, version_dir)
    return version_dir


def build_catalog(catalog_path: Path, version_dir: Path, table_names: list[str]) -> Path:
    """Create ``curated.duckdb`` with one view per table, into a temp file renamed over the target."""
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


def _ensure_static_link(link: Path, target: str) -> None:
    """Make ``link`` a symlink to ``target`` (atomically replacing an old-layout regular file)."""
    if link.is_symlink() and os.readlink(link) == target:
        return
    _swap_symlink(link, target)


def publish(out_dir: str | os.PathLike, tables: Mapping[str, pa.Table], version: str | None = None,
            extra_files: Mapping[str, bytes] | None = None) -> Publication:
    """Publish ``tables`` as a new version: write the version directory (Parquet, extra files,
    catalog), then swap the ``tables`` link (the commit point), then prune old versions.

    ``extra_files`` (e.g. the dataset card, the funnel plot) are written into the version
    directory before it becomes visible.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    version = version or new_version_id()
    remove_unpublished(out_dir)
    files = dict(extra_files or {})
    files[VERSION_FILE] = (json.dumps({"version": version}) + "\n").encode()
    version_dir = write_version(out_dir, tables, version, files)
    checkpoint("publish:after-version-dir")
    build_catalog(version_dir / CATALOG_NAME, version_dir, list(tables))
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
