"""File names that are not UTF-8: how their real path travels in memory, and how they are shown.

POSIX file names are bytes; Python hands a name that is not valid UTF-8 over as a ``str`` with
surrogate escapes (``\\udce9``), which Arrow, JSON and hashing of ``str.encode()`` refuse. Such a
name must neither stop a build nor reach a log line or a traceback (it is often the patient's
name). Two forms:

* :func:`display_relpath`: what tables and messages use before masking: the undecodable bytes as
  ``\\xe9`` escapes, the rest unchanged (identical to the real path for any UTF-8 name);
* :func:`arrow_relpath` / :func:`real_relpath`: the real path carried through an Arrow table
  (rows to preprocess): a UTF-8 name as itself, any other as NUL + its bytes in hex (no file
  name contains NUL, so the two never collide), and back.
"""

from __future__ import annotations

import os

_BYTES_PREFIX = "\x00"


def is_utf8(relpath: str) -> bool:
    try:
        relpath.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def relpath_bytes(relpath: str) -> bytes:
    """The file system bytes of ``relpath`` (what hashing a path should use)."""
    return os.fsencode(relpath)


def display_relpath(relpath: str) -> str:
    """``relpath`` with undecodable bytes shown as ``\\xNN`` (unchanged for a UTF-8 name)."""
    return relpath if is_utf8(relpath) else os.fsencode(relpath).decode("utf-8", "backslashreplace")


def arrow_relpath(relpath: str) -> str:
    """A form of the real path that Arrow can store and :func:`real_relpath` turns back."""
    return relpath if is_utf8(relpath) else _BYTES_PREFIX + os.fsencode(relpath).hex()


def real_relpath(stored: str) -> str:
    """The real path of :func:`arrow_relpath`'s output."""
    if stored.startswith(_BYTES_PREFIX):
        return os.fsdecode(bytes.fromhex(stored[1:]))
    return stored
