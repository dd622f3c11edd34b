"""Read side of the curated DuckDB catalog: open read-only, run SQL, return a DataFrame."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from sonolabel.errors import UserError


def run_query(db_path: str | os.PathLike, sql: str) -> pd.DataFrame:
    """Run ``sql`` on the catalog opened read-only (never blocks or disturbs a running build)."""
    import duckdb

    db_path = Path(db_path)
    if not db_path.exists():
        raise UserError(f"no catalog at {db_path}: run `sonolabel build-dataset` first, or pass --db")
    try:
        con = duckdb.connect(str(db_path), read_only=True)
    except duckdb.Error as exc:
        raise UserError(f"cannot open {db_path} read-only: {exc}") from None
    try:
        return con.execute(sql).df()
    except duckdb.Error as exc:
        raise UserError(f"query failed: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()
