"""Errors meant for the user (one line, never a traceback), and errors whose text is withheld."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import PurePath
from typing import Any, TypeVar

T = TypeVar("T")


class UserError(Exception):
    """A problem with the user's input (missing path, bad argument, failed contract...)."""


class StageError(Exception):
    """A build stage failed unexpectedly. Its message names the exception type and where it was
    raised, never the exception's own text: that text (``UnicodeEncodeError('utf-8', <a file name>,
    ...)``, an ``OSError`` with its path) may quote patient data, and a workflow engine logs it
    and stores the exception object. ``transient``: the original was an ``OSError``."""

    transient: bool = False


def withheld(stage: str, exc: BaseException) -> StageError:
    """A :class:`StageError` describing ``exc`` by type and innermost frame only."""
    frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ else []
    where = f" at {PurePath(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name}" if frames else ""
    error = StageError(f"{stage} failed: {type(exc).__name__}{where} (the error's text is withheld from logs "
                       "because it may quote patient data)")
    error.transient = isinstance(exc, OSError)  # an I/O error may pass on a retry
    return error


def call_withholding_details(stage: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)``; an unexpected exception is re-raised as :func:`withheld` (without
    its cause or context, so nothing that pickles the exception carries the original). A
    :class:`UserError` (our own one-line messages) or a :class:`StageError` passes unchanged."""
    try:
        return fn(*args, **kwargs)
    except (UserError, StageError):
        raise
    except Exception as exc:  # noqa: BLE001 - every unexpected failure is described without its text
        error = withheld(stage, exc)
    raise error  # outside the except block: no __context__ links back to the original
