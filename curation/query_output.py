"""SQL scripts over the curated catalog: one result per statement, formatted like DuckDB's shell.

A script is split with DuckDB's own parser (``duckdb.extract_statements``) and each statement
runs through :func:`curation.catalog.run_query` (read-only and sandboxed, on the current version),
which runs SELECT statements only: a statement that would set session state (``SET``, ``CREATE
TEMP VIEW``...) is refused in one line, after the results of the statements before it.

Formats: ``table`` (rendered by the CLI), ``csv``, ``json`` (one JSON array of records per
statement, one per line) and ``markdown`` (GitHub tables, numbers right-aligned).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from dataclasses import dataclass

import duckdb
import pandas as pd

from core.errors import UserError
from curation.catalog import run_query

FORMATS = ("table", "csv", "json", "markdown")
NULL_TEXT = "NULL"


@dataclass(frozen=True)
class StatementResult:
    sql: str
    frame: pd.DataFrame


def split_statements(sql: str) -> list[tuple[str, duckdb.StatementType]]:
    """The script's statements (DuckDB's parser: comments, quotes and ``;`` in strings handled)."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise UserError(f"query failed: {exc}") from None  # the parser's text keeps its caret line
    return [(s.query.strip(), s.type) for s in statements]


def run_script(db_path: str | os.PathLike, sql: str) -> Iterator[StatementResult]:
    """Run every statement in order, yielding each result as soon as it is there.

    Raises :class:`UserError` for an empty script and for the first statement that fails (the
    results before it have been yielded).
    """
    statements = split_statements(sql)
    if not statements:
        raise UserError("no SQL statement to run (the SQL is empty or only comments)")
    for text, _kind in statements:
        yield StatementResult(text, run_query(db_path, text))


def describe_sql(table: str) -> tuple[str, str]:
    """SQL for a view's (or table's) ``COMMENT ON`` description, and for its columns with theirs."""
    name = table.replace("'", "''")
    comment = (f"SELECT comment FROM duckdb_views() WHERE view_name = '{name}' AND NOT internal "
               f"UNION ALL SELECT comment FROM duckdb_tables() WHERE table_name = '{name}' AND NOT internal")
    columns = ("SELECT column_name AS \"column\", data_type AS \"type\", comment AS description "
               f"FROM duckdb_columns() WHERE table_name = '{name}' AND NOT internal ORDER BY column_index")
    return comment, columns


TABLES_SQL = ("SELECT view_name AS name FROM duckdb_views() WHERE NOT internal "
              "UNION ALL SELECT table_name FROM duckdb_tables() WHERE NOT internal ORDER BY 1")


def describe(db_path: str | os.PathLike, table: str) -> tuple[str, pd.DataFrame]:
    """``(description, columns)`` of a curated table: name, type and description of each column."""
    comment_sql, columns_sql = describe_sql(table)
    comments = run_query(db_path, comment_sql)
    if comments.empty:
        names = ", ".join(run_query(db_path, TABLES_SQL)["name"])
        raise UserError(f"no table {table!r} in the catalog; tables: {names}")
    comment = comments["comment"].iloc[0]
    return ("" if _is_null(comment) else str(comment)), run_query(db_path, columns_sql)


def numeric_columns(frame: pd.DataFrame) -> set[str]:
    """Columns to right-align: numbers (booleans are not)."""
    return {str(c) for c, dtype in frame.dtypes.items()
            if pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype)}


def cell_text(value) -> str:
    """A value as the DuckDB shell shows it (``NULL`` for a missing value)."""
    if _is_null(value):
        return NULL_TEXT
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cell_text(v) for v in value) + "]"
    if hasattr(value, "tolist") and not isinstance(value, str):  # numpy arrays of list columns
        return cell_text(value.tolist())
    return str(value)


def _is_null(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def markdown_table(frame: pd.DataFrame) -> str:
    """A GitHub-flavoured markdown table; numbers right-aligned, ``|`` escaped."""
    numeric = numeric_columns(frame)
    columns = [str(c) for c in frame.columns]

    def row(cells) -> str:
        return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"

    lines = [row(columns), "|" + "|".join("---:" if c in numeric else "---" for c in columns) + "|"]
    lines += [row([cell_text(v) for v in values]) for values in frame.itertuples(index=False, name=None)]
    return "\n".join(lines) + "\n"


def render_text(frame: pd.DataFrame, fmt: str) -> str:
    """One result as ``csv``, ``json`` or ``markdown`` text (``table`` is rendered by the CLI)."""
    if fmt == "csv":
        return frame.to_csv(index=False)
    if fmt == "json":
        return frame.to_json(orient="records", date_format="iso") + "\n"
    if fmt == "markdown":
        return markdown_table(frame)
    raise ValueError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
