"""``sonolabel query "SQL"``: read-only, sandboxed SQL over the curated DuckDB catalog.

A statement the sandbox refuses (``COPY``, ``ATTACH``, ``INSTALL``/``LOAD``, ``EXPORT``, reading a
file outside the dataset: :mod:`curation.catalog`) prints one ``refused: ...`` line and exits 1.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

from core.errors import UserError

DEFAULT_DB = Path("var/dataset/curated.duckdb")


def register(app: typer.Typer) -> None:
    @app.command("query")
    def query(
        sql: str = typer.Argument(..., help="SQL to run, e.g. \"SELECT split, count(*) FROM splits GROUP BY 1\""),
        db: Path = typer.Option(
            None, "--db", help="curated.duckdb to open (default: $SONOLABEL_DB or var/dataset/curated.duckdb)"
        ),
        fmt: str = typer.Option("table", "--format", help="table | csv | json"),
        limit: int = typer.Option(200, "--limit", help="print at most this many rows (0: all)"),
    ) -> None:
        """Run SELECT statements against the curated tables (read-only and sandboxed to the current
        version's own files: COPY, ATTACH, INSTALL/LOAD, EXPORT and reading other files are refused)."""
        from curation.catalog import QueryRefused, run_query

        path = db or Path(os.environ.get("SONOLABEL_DB", DEFAULT_DB))
        if fmt not in {"table", "csv", "json"}:
            raise UserError(f"--format must be table, csv or json, not {fmt!r}")
        try:
            frame = run_query(path, sql)
        except QueryRefused as refused:
            typer.secho(str(refused), fg="red", err=True)
            raise typer.Exit(1) from None
        if limit and len(frame) > limit:
            typer.echo(f"({len(frame)} rows, showing {limit}; use --limit 0 for all)", err=True)
            frame = frame.head(limit)
        if fmt == "csv":
            typer.echo(frame.to_csv(index=False), nl=False)
        elif fmt == "json":
            typer.echo(frame.to_json(orient="records", date_format="iso"))
        else:
            from rich.console import Console
            from rich.table import Table

            table = Table(show_lines=False)
            for col in frame.columns:
                table.add_column(str(col), overflow="fold")
            for row in frame.itertuples(index=False):
                table.add_row(*["" if v is None else str(v) for v in row])
            Console().print(table)
