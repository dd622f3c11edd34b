"""Read side of the curated DuckDB catalog: open read-only, run SQL, return a DataFrame.

``OUT/curated.duckdb`` is a symlink that follows the ``tables`` link to the current version's own
catalog (see :mod:`curation.publish`). A query resolves it once and runs entirely against that
version's catalog and Parquet files, so a build publishing meanwhile never shows it a mix of two
versions. If the resolved version was pruned between resolving and opening (only possible after
several publishes within one query's start-up), the query is retried once on the new current one.
The catalog's folder is DuckDB's ``file_search_path``: its views name their Parquet files relative to it.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd

from core.errors import UserError


def run_query(db_path: str | os.PathLike, sql: str) -> pd.DataFrame:
    """Run ``sql`` on the catalog opened read-only (never blocks or disturbs a running build)."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise UserError(f"no catalog at {db_path}: run `sonolabel build-dataset` first, or pass --db")
    for attempt in range(2):
        real = os.path.realpath(db_path)
        try:
            con = duckdb.connect(real, read_only=True)
        except duckdb.Error as exc:
            if attempt == 0 and os.path.realpath(db_path) != real:
                continue  # the version was pruned under us: use the new current one
            raise UserError(f"cannot open {db_path} read-only: {exc}") from None
        try:
            # the views name their Parquet files relative to the catalog (a moved OUT still answers)
            con.execute("SET file_search_path = ?", [os.path.dirname(real)])
            return con.execute(sql).df()
        except duckdb.Error as exc:
            if attempt == 0 and not os.path.exists(real):
                continue  # its version was pruned while the query ran
            raise UserError(f"query failed: {exc}") from None  # DuckDB's whole text, its caret included
        finally:
            con.close()
    raise AssertionError("unreachable")
