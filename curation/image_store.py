"""The image store: preprocessed 256x256 uint8 images in content-addressed ``.npy`` shards.

Layout (docs/data_model.md)::

    OUT/image_store/<shard>.npy            (N, 256, 256) uint8, N >= 0
    OUT/image_store/<shard>.rows.parquet   what preprocessing decided for each input file of the shard

A shard's id is a hash of :data:`PREPROCESS_VERSION` and the sorted ``(relpath, content_hash)``
pairs of its input files, so an unchanged input chunk maps to the same shard and is never
reprocessed; any changed, added or removed file (or a new preprocessing version) gives a new id.
The rows file holds only pixel-derived facts (crop, region, zero fraction, the exclusion reason),
never pseudonyms, so a cached shard stays valid when the pseudonym key changes.

Writes are atomic (temp file + rename) and the rows file is written last: it is the commit
marker, a shard without it is incomplete and is rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from core.tables import give_umask_mode, write_table_atomic

IMAGE_SIZE = 256
# Bump when decoding, cropping or resizing changes: every shard is then rebuilt.
# pp-2: files without file meta decode with the index's syntax; pp-3: the fast decode path (dicomsdl), the decoder column
PREPROCESS_VERSION = "pp-3"

SHARD_ROWS_SCHEMA = pa.schema(
    [
        ("file_relpath", pa.string()),
        ("content_hash", pa.string()),
        ("frame_index", pa.int32()),
        ("region_index", pa.int32()),
        ("region_source", pa.string()),
        ("crop_x0", pa.int32()),
        ("crop_y0", pa.int32()),
        ("crop_x1", pa.int32()),
        ("crop_y1", pa.int32()),
        ("zero_fraction", pa.float64()),
        ("store_index", pa.int32()),  # null for an excluded file
        ("reason", pa.string()),  # null for a kept image
        ("detail", pa.string()),
        ("decoder", pa.string()),  # null when nothing decoded the file
    ]
)


class ImageStore:
    """A directory of image shards.

    Args:
        root: the store directory (created on first write).
        version: preprocessing version mixed into every shard id (default
            :data:`PREPROCESS_VERSION`); tests use another value to force a rebuild.
    """

    def __init__(self, root: str | os.PathLike, version: str = PREPROCESS_VERSION) -> None:
        if not version:
            raise ValueError("version must be a non-empty string")
        self.root = Path(root)
        self.version = version

    def __repr__(self) -> str:
        return f"ImageStore({str(self.root)!r}, version={self.version!r})"

    def shard_id(self, files: Iterable[tuple[str, str | None]]) -> str:
        """Content-addressed id of a chunk given its ``(relpath, content_hash)`` pairs."""
        h = hashlib.sha256(self.version.encode())
        for relpath, content_hash in sorted(files, key=lambda t: t[0]):
            h.update(f"\n{relpath}\t{content_hash}".encode())
        return h.hexdigest()[:24]

    def array_path(self, shard: str) -> Path:
        return self.root / f"{shard}.npy"

    def rows_path(self, shard: str) -> Path:
        return self.root / f"{shard}.rows.parquet"

    def has(self, shard: str) -> bool:
        """True when the shard is complete (its rows file, the commit marker, exists)."""
        return self.rows_path(shard).is_file() and self.array_path(shard).is_file()

    def write(self, shard: str, images: np.ndarray, rows: pa.Table) -> None:
        """Write a shard atomically: the array first, then the rows file (the commit marker)."""
        if images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != (IMAGE_SIZE, IMAGE_SIZE):
            raise ValueError(f"expected (N, {IMAGE_SIZE}, {IMAGE_SIZE}) uint8, got {images.shape} {images.dtype}")
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{shard}.", suffix=".npy.tmp", dir=self.root)
        try:
            with os.fdopen(fd, "wb") as fh:
                np.save(fh, np.ascontiguousarray(images), allow_pickle=False)
                fh.flush()
                os.fsync(fh.fileno())
            give_umask_mode(tmp)
            os.replace(tmp, self.array_path(shard))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        write_table_atomic(rows, self.rows_path(shard), schema=SHARD_ROWS_SCHEMA)

    def rows(self, shard: str) -> pa.Table:
        # a few dozen rows: Arrow's thread pool and read-ahead cost more than they save (~2x on a rerun)
        return pq.read_table(self.rows_path(shard), schema=SHARD_ROWS_SCHEMA, use_threads=False, pre_buffer=False)

    def load(self, shard: str, mmap: bool = True) -> np.ndarray:
        """The shard's ``(N, 256, 256)`` array (memory-mapped, zero-copy, by default)."""
        return np.load(self.array_path(shard), mmap_mode="r" if mmap else None, allow_pickle=False)

    def image(self, shard: str, index: int) -> np.ndarray:
        return np.asarray(self.load(shard)[index])

    def shards(self) -> list[str]:
        """Ids of the complete shards present."""
        if not self.root.is_dir():
            return []
        return sorted(p.name[: -len(".rows.parquet")] for p in self.root.glob("*.rows.parquet"))

    def prune(self, keep: Iterable[str]) -> list[str]:
        """Delete shards not in ``keep`` (left over from older inputs); returns the removed ids."""
        keep = set(keep)
        removed = [s for s in self.shards() if s not in keep]
        for s in removed:
            self.rows_path(s).unlink(missing_ok=True)
            self.array_path(s).unlink(missing_ok=True)
        if self.root.is_dir():
            for tmp in self.root.glob(".*.tmp"):
                tmp.unlink(missing_ok=True)
        return removed
