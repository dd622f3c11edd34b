"""The ``sonolabel`` command line.

Each area registers its subcommands in ``sonolabel/commands/<area>.py`` (one file per area, so
the CLI stays small and heavy imports such as torch happen only inside the command that needs
them: ``sonolabel --help`` stays fast).
"""

from __future__ import annotations

import importlib
import sys

import typer

from core.errors import UserError

app = typer.Typer(
    name="sonolabel",
    help="SonoLabel: curate, label, validate and model breast-ultrasound exports "
    "(a reproduction of Shen et al. 2021).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """SonoLabel: curate, label, validate and model breast-ultrasound exports."""


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


def main() -> None:
    """Console-script entry point: a :class:`UserError` prints one clear line, not a traceback."""
    try:
        app()
    except UserError as exc:
        typer.secho(f"error: {exc}", fg="red", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
