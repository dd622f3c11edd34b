"""Read side of the curated DuckDB catalog: open read-only and sandboxed, run SQL, return a DataFrame.

``OUT/curated.duckdb`` is a symlink that follows the ``tables`` link to the current version's own
catalog (see :mod:`curation.publish`). A query resolves it once and runs entirely against that
version's catalog and Parquet files, so a build publishing meanwhile never shows it a mix of two
versions. If the resolved version was pruned between resolving and opening (only possible after
several publishes within one query's start-up), the query is retried once on the new current one.
The catalog's folder is DuckDB's ``file_search_path``: its views name their Parquet files relative to it.

The sandbox (:func:`connect_sandboxed`). DuckDB's ``read_only`` protects only the catalog file:
``COPY ... TO`` could still replace a published Parquet file, and ``read_text``, ``glob`` or
``read_csv`` could read anything on the machine. Every query connection therefore:

* may touch only the version it reads: ``allowed_directories`` = that version's folder (and the
  folder the build wrote it in, for a copied dataset: :func:`version_folders`), then
  ``enable_external_access = false`` (no other file, no network, no extension install or load),
  then ``lock_configuration = true`` (no ``SET``/``RESET``/``PRAGMA`` can undo either);
* runs ``SELECT`` statements only (``SHOW``, ``DESCRIBE``, ``SUMMARIZE``, ``FROM t`` are
  ``SELECT``\\ s): ``COPY``, ``EXPORT``, ``ATTACH``, ``INSTALL``/``LOAD``, ``SET``, ``CALL``,
  ``PRAGMA`` and ``EXPLAIN`` (``EXPLAIN ANALYZE COPY`` runs the copy) are refused before anything
  runs, because inside the allowed folder a ``COPY`` would otherwise succeed.

A refusal raises :class:`QueryRefused` with one line (the CLI exits 1).
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd

from core.errors import UserError

ALLOWED_STATEMENTS = frozenset({duckdb.StatementType.SELECT})
# no extension is fetched or loaded behind a query's back (httpfs would reach the network)
SANDBOX_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False,
                  "allow_community_extensions": False}


class QueryRefused(UserError):
    """A statement the read-only sandbox does not run (writing, attaching, loading, reading outside)."""


def check_statements(sql: str) -> None:
    """Refuse ``sql`` unless every statement in it is a ``SELECT`` (one clear line)."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise UserError(f"query failed: {str(exc).splitlines()[0]}") from None
    if not statements:
        raise UserError("query failed: no SQL statement given")
    for st in statements:
        if st.type not in ALLOWED_STATEMENTS:
            kind = str(st.type).rsplit(".", 1)[-1]
            raise QueryRefused(f"refused: {kind} is not allowed; sonolabel query runs read-only SELECT statements "
                               "over the published tables (the dataset is never written)")


def version_folders(con: duckdb.DuckDBPyConnection, catalog: str) -> list[str]:
    """The folders a catalog's views may read: its own, and the one the build wrote it in (a copied
    dataset's views still name the original's Parquet files; ``_sonolabel_meta.version_dir``)."""
    folders = {os.path.dirname(catalog)}
    try:
        row = con.execute("SELECT version_dir FROM _sonolabel_meta").fetchone()
    except duckdb.Error:
        row = None  # a catalog without the meta table
    if row and row[0] and os.path.isabs(row[0]):  # older builds recorded an absolute folder
        folders.add(os.path.realpath(row[0]))
    return sorted(f.rstrip(os.sep) + os.sep for f in folders)


def connect_sandboxed(catalog: str | os.PathLike) -> duckdb.DuckDBPyConnection:
    """Open ``catalog`` read-only with file access limited to its version folder, locked."""
    real = os.path.realpath(catalog)
    con = duckdb.connect(real, read_only=True, config=SANDBOX_CONFIG)
    try:
        con.execute("SET allowed_directories = ?", [version_folders(con, real)])
        # the views name their Parquet files relative to the catalog; DuckDB checks that name as
        # written, before the search path resolves it, so each table file is allowed by its name
        con.execute("SET allowed_paths = ?", [sorted(p.name for p in Path(real).parent.glob("*.parquet"))])
        # the views name their Parquet files relative to the catalog (a moved OUT still answers)
        con.execute("SET file_search_path = ?", [os.path.dirname(real)])
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return con


def _refusal(exc: duckdb.Error) -> QueryRefused | None:
    if isinstance(exc, duckdb.PermissionException) or "configuration has been locked" in str(exc):
        first = str(exc).splitlines()[0]
        return QueryRefused(f"refused: {first.split(': ', 1)[-1]} (queries read the published tables only)")
    return None


def run_query(db_path: str | os.PathLike, sql: str) -> pd.DataFrame:
    """Run ``sql`` on the catalog opened read-only and sandboxed (never blocks or disturbs a running build)."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise UserError(f"no catalog at {db_path}: run `sonolabel build-dataset` first, or pass --db")
    check_statements(sql)
    for attempt in range(2):
        real = os.path.realpath(db_path)
        try:
            con = connect_sandboxed(real)
        except duckdb.Error as exc:
            if attempt == 0 and os.path.realpath(db_path) != real:
                continue  # the version was pruned under us: use the new current one
            raise UserError(f"cannot open {db_path} read-only: {str(exc).splitlines()[0]}") from None
        try:
            return con.execute(sql).df()
        except duckdb.Error as exc:
            if attempt == 0 and not os.path.exists(real):
                continue  # its version was pruned while the query ran
            refused = _refusal(exc)
            if refused is not None:
                raise refused from None
            raise UserError(f"query failed: {exc}") from None  # DuckDB's whole text, its caret included
        finally:
            con.close()
    raise AssertionError("unreachable")
