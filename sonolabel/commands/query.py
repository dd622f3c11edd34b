"""``sonolabel query "SQL"``: read-only, sandboxed SQL over the curated DuckDB catalog, like DuckDB's shell.

A statement the sandbox refuses (``COPY``, ``ATTACH``, ``INSTALL``/``LOAD``, ``EXPORT``, ``SET``, reading
a file outside the dataset: :mod:`curation.catalog`) prints one ``refused: ...`` line and exits 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from sonolabel.commands.options import catalog_path, console, dataset_option, hidden_alias, pick_dataset

EXAMPLES = """Examples:

  sonolabel query "SELECT split, count(*) AS patients FROM splits GROUP BY ALL" --dataset var/dataset

  sonolabel query --file counts.sql --format markdown

  echo "SELECT * FROM funnel; SELECT * FROM test_eligibility LIMIT 5" | sonolabel query --format csv

  sonolabel query --describe breast_labels
"""


def _read_sql(sql: str | None, sql_file: Path | None) -> str:
    """The SQL argument, the ``--file``, or standard input (``-`` or piped)."""
    if sql is not None and sql_file is not None:
        raise typer.BadParameter("give the SQL or --file, not both", param_hint="SQL")
    if sql_file is not None:
        try:
            return sql_file.read_text()
        except (OSError, UnicodeDecodeError) as exc:
            raise typer.BadParameter(f"cannot read {sql_file}: {exc}", param_hint="--file") from None
    if sql == "-" or (sql is None and not sys.stdin.isatty()):
        return sys.stdin.read()
    if sql is None:
        raise typer.BadParameter("no SQL: pass it as an argument, with --file PATH, or on standard input",
                                 param_hint="SQL")
    return sql


def register(app: typer.Typer) -> None:
    @app.command("query", epilog=EXAMPLES)
    def query(
        sql: str = typer.Argument(None, help="SQL to run: one or more statements separated by ';' "
                                  "('-' or nothing with a pipe: read standard input)"),
        sql_file: Path = typer.Option(None, "--file", "-f", help="read the SQL from this file"),
        dataset: Path = dataset_option(),
        db: Path = hidden_alias("--db"),
        fmt: str = typer.Option("table", "--format", help="table | csv | json | markdown"),
        limit: int = typer.Option(200, "--limit", min=0, help="print at most this many rows per statement (0: all)"),
        describe_table: str = typer.Option(None, "--describe", metavar="TABLE",
                                           help="show a table's description and its columns' types and descriptions"),
    ) -> None:
        """Run SELECT statements against the curated tables (read-only, sandboxed to the current
        version's own files: COPY, ATTACH, INSTALL/LOAD, EXPORT, SET and reading other files are refused).

        Every statement's result is printed in turn, numbers right-aligned; an error prints
        DuckDB's whole message, its caret line included, and exits 1.
        """
        from curation.catalog import QueryRefused
        from curation.query_output import FORMATS, describe, run_script, split_statements

        if fmt not in FORMATS:
            raise typer.BadParameter(f"must be one of {', '.join(FORMATS)}, not {fmt!r}", param_hint="--format")
        path = catalog_path(pick_dataset(dataset, db, "--db"))
        if describe_table is not None:
            if sql is not None or sql_file is not None:
                raise typer.BadParameter("--describe takes no SQL", param_hint="--describe")
            description, columns = describe(path, describe_table)
            if fmt == "table":
                console().print(f"{describe_table}: {description or '(no description)'}", markup=False)
            elif fmt == "markdown":
                typer.echo(f"**{describe_table}**: {description or '(no description)'}\n")
            _print(columns, fmt, 0, first=True)
            return
        text = _read_sql(sql, sql_file)
        if not split_statements(text):
            raise typer.BadParameter("the SQL is empty (no statement, or only comments)", param_hint="SQL")
        try:
            for i, result in enumerate(run_script(path, text)):
                _print(result.frame, fmt, limit, first=i == 0)
        except QueryRefused as refused:  # one line, whoever calls the command (console script or CliRunner)
            typer.secho(str(refused), fg="red", err=True)
            raise typer.Exit(1) from None

    def _print(frame, fmt: str, limit: int, first: bool) -> None:
        from curation.query_output import render_text

        if limit and len(frame) > limit:
            typer.echo(f"({len(frame)} rows, showing {limit}; use --limit 0 for all)", err=True)
            frame = frame.head(limit)
        if not first and fmt in ("csv", "markdown", "table"):
            typer.echo("")  # results of a script are separated by a blank line (json: one per line)
        if fmt == "table":
            console().print(_rich_table(frame))
        else:
            typer.echo(render_text(frame, fmt), nl=False)

    def _rich_table(frame):
        from rich.table import Table
        from rich.text import Text

        from curation.query_output import cell_text, numeric_columns

        numeric = numeric_columns(frame)
        table = Table(show_lines=False)
        for col in frame.columns:
            table.add_column(str(col), justify="right" if str(col) in numeric else "left", overflow="fold")
        for row in frame.itertuples(index=False, name=None):
            table.add_row(*[Text(cell_text(v)) for v in row])  # a value is text, never rich markup
        return table

