"""The ``sonolabel`` command line.

Each area registers its subcommands in ``sonolabel/commands/<area>.py`` (one file per area, so
the CLI stays small and heavy imports such as torch happen only inside the command that needs
them: ``sonolabel --help`` stays fast).
"""

from __future__ import annotations

import importlib
import sys
import traceback
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated

import typer

from core import runtime
from core.errors import UserError

app = typer.Typer(
    name="sonolabel",
    help="SonoLabel: curate, label, validate and model breast-ultrasound exports "
    "(a reproduction of Shen et al. 2021).",
    epilog="Exit codes: 0 ok, 1 a data or validation error (one line on stderr), 2 a usage error. "
    "--dataset names a build's output folder in every command; --workers defaults to one process per CPU core.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        try:
            typer.echo(f"sonolabel {version('sonolabel')}")
        except PackageNotFoundError:
            typer.echo("sonolabel (not installed: run `pip install -e .`)")
        raise typer.Exit()


@app.callback()
def _root(
    show_version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                               help="Print the version and exit.")] = False,
    debug: bool = typer.Option(False, "--debug", help="print the traceback of an error (default: one line)"),
) -> None:
    """SonoLabel: curate, label, validate and model breast-ultrasound exports."""
    runtime.set_debug(debug)


# Modules that define commands; each exposes ``register(app)``.
COMMAND_MODULES: tuple[str, ...] = (
    "sonolabel.commands.info",
    "sonolabel.commands.demo",
    "sonolabel.commands.nlp",
    "sonolabel.commands.curation",
    "sonolabel.commands.train",
    "sonolabel.commands.query",
    "sonolabel.commands.build",
    "sonolabel.commands.evaluate",
    "sonolabel.commands.review",
)


def _register_all() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)


_register_all()


EXIT_DATA_ERROR = 1  # bad input data, a failed contract, a missing build (typer's usage errors exit 2)


def main() -> None:
    """Console-script entry point: an error prints one line and exits 1, a traceback only with ``--debug``.

    A :class:`UserError` is the user's to fix and its message says how (printed whole: a query's
    error keeps DuckDB's "LINE 1: ..." and caret lines); any other exception is shown as one line
    (type and message). Usage errors exit 2 (typer's own handling).
    """
    try:
        app(standalone_mode=True)
    except UserError as exc:
        _fail(f"error: {exc}", whole=True)
    except KeyboardInterrupt:  # Ctrl-C outside a build (a build stops itself: core/stopping.py)
        _fail("error: interrupted", code=130)
    except Exception as exc:  # noqa: BLE001 - one line unless --debug
        _fail(f"error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")


def _fail(message: str, code: int = EXIT_DATA_ERROR, whole: bool = False) -> None:
    if runtime.debug():
        traceback.print_exc()
    typer.secho((message if whole else message.splitlines()[0]) or "error", fg="red", err=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
