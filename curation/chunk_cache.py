"""Content-keyed cache of chunk results, so reruns reprocess only what changed.

A chunk's key hashes what determines its result: for the index, every file's relative path,
size and modification time (a changed file changes its stat; re-hashing every byte on each run
would cost what the cache saves); for preprocessing, every file's content hash (from the index)
plus the preprocessing settings. Each stage also mixes in a ``version`` string that is bumped
when its code changes the result. Entries are Parquet files written atomically; a missing or
unreadable entry is simply recomputed. What a stage caches is held to the rule of every output:
no identifier in the clear (the index stores no paths and seals its identifier map).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from core.tables import write_table_atomic


def chunk_key(stage: str, version: str, items: Iterable[Any]) -> str:
    """Stable hex key of a stage's chunk from JSON-serialisable items (order-sensitive)."""
    h = hashlib.sha256()
    h.update(f"{stage}\0{version}\0".encode())
    for item in items:
        h.update(json.dumps(item, sort_keys=True, default=str).encode())
        h.update(b"\n")
    return h.hexdigest()[:32]


def file_stat_items(dicom_dir: str | os.PathLike, relpaths: Iterable[str]) -> list[tuple[str, int, int]]:
    """(relpath, size, mtime_ns) per file; a vanished file gets (-1, -1) so the chunk is redone.

    A dangling link is described by the link itself (``lstat``): it keeps its key until it changes.
    """
    root = Path(dicom_dir)
    out = []
    for rel in relpaths:
        try:
            st = (root / rel).stat()
            out.append((rel, st.st_size, st.st_mtime_ns))
        except OSError:
            try:
                st = (root / rel).lstat()
                out.append((rel, -2, st.st_mtime_ns))
            except OSError:
                out.append((rel, -1, -1))
    return out


class ChunkCache:
    """Directory of ``<stage>/<key>[.<part>].parquet`` entries."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def _path(self, stage: str, key: str, part: str = "") -> Path:
        return self.root / stage / (f"{key}.{part}.parquet" if part else f"{key}.parquet")

    def get(self, stage: str, key: str, part: str = "") -> pa.Table | None:
        path = self._path(stage, key, part)
        if not path.exists():
            return None
        try:
            return pq.read_table(path)
        except (OSError, pa.ArrowInvalid):
            return None

    def put(self, stage: str, key: str, table: pa.Table, part: str = "") -> None:
        write_table_atomic(table, self._path(stage, key, part))

    def get_bytes(self, stage: str, key: str, part: str) -> bytes | None:
        try:
            return (self.root / stage / f"{key}.{part}.bin").read_bytes()
        except OSError:
            return None

    def put_bytes(self, stage: str, key: str, content: bytes, part: str) -> None:
        """Write ``content`` atomically (temp file + rename) beside the stage's Parquet entries."""
        path = self.root / stage / f"{key}.{part}.bin"
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def keys(self, stage: str) -> set[str]:
        d = self.root / stage
        return {p.name.split(".")[0] for p in d.glob("*.parquet")} if d.exists() else set()
