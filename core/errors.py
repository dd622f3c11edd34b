"""Errors meant for the user: the CLI prints their message, never a traceback."""


class UserError(Exception):
    """A problem with the user's input (missing path, bad argument, failed contract...)."""
