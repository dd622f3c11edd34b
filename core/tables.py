"""Atomic, schema-explicit Parquet I/O shared by every stage."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq


def process_umask() -> int:
    """This process's umask, read without changing it (``os.umask`` can only be read by setting it,
    which races with threads creating files meanwhile)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    current = os.umask(0o022)  # no /proc (not Linux): the classic read-by-setting
    os.umask(current)
    return current


def give_umask_mode(path: str | os.PathLike) -> None:
    """Give a temp file the mode a plainly created file would get (0644 under umask 022).

    ``tempfile.mkstemp`` creates files 0600 whatever the umask, so a published file renamed from
    one would be unreadable to every other user (a build made by a service account, read by researchers).
    """
    os.chmod(path, 0o666 & ~process_umask())


def write_table_atomic(table: pa.Table, path: str | os.PathLike, schema: pa.Schema | None = None) -> Path:
    """Write ``table`` to ``path`` via a temp file in the same directory and an atomic rename.

    With ``schema`` the table is cast to it first (a column mismatch raises, never silently drops).
    Readers see either the previous file or the complete new one, never a partial write. The file
    gets the umask's mode (0644 under umask 022), like any file the process creates.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if schema is not None:
        table = table.select(schema.names).cast(schema)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        give_umask_mode(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def require_columns(frame: pd.DataFrame, columns: Iterable[str], table: str,
                    error: type[Exception] = ValueError) -> None:
    """Raise ``error`` naming ``table``'s missing columns (or saying it is not a DataFrame).

    Each stage passes its own :class:`~core.errors.UserError` subclass, so the CLI prints one line.
    """
    if not isinstance(frame, pd.DataFrame):
        raise error(f"{table} must be a pandas DataFrame, got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise error(f"{table} lacks column(s) {missing}; it has {list(frame.columns)}")


def read_table(path: str | os.PathLike) -> pa.Table:
    return pq.read_table(path)


def frame_to_table(frame, schema: pa.Schema) -> pa.Table:
    """A pandas frame -> ``schema`` column by column (dates -> date32, NaN/NA -> null).

    Explicit per column because an empty frame has lost the dtypes ``from_pandas`` would infer.
    """
    missing = [f.name for f in schema if f.name not in frame.columns]
    if missing:
        raise ValueError(f"frame lacks column(s) {missing} of the schema")
    arrays = []
    for f in schema:
        col = frame[f.name]
        values = col.astype(object).where(col.notna(), None).tolist()
        if pa.types.is_date32(f.type):
            values = [None if v is None else pd.Timestamp(v).date() for v in values]
        elif pa.types.is_list(f.type):
            values = [None if v is None else [str(x) for x in v] for v in values]
        elif pa.types.is_boolean(f.type):
            values = [None if v is None else bool(v) for v in values]
        elif pa.types.is_integer(f.type):
            values = [None if v is None else int(v) for v in values]
        arrays.append(pa.array(values, type=f.type))
    return pa.Table.from_arrays(arrays, schema=schema)
