"""Chunk planning and cached chunk work for the build: reruns redo only what changed.

Chunk boundaries are content-defined (a hash of the relative path), so new export files change
only the chunks they fall into and leave every other chunk, and its cache key, untouched.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa

from curation.chunk_cache import ChunkCache, chunk_key, file_stat_items
from curation.pseudonym import key_fingerprint

INDEX_STAGE_VERSION = "index-v1"


def plan_chunks(relpaths: Sequence[str], chunk_size: int) -> list[list[str]]:
    """Cut the sorted relpaths into chunks at content-defined boundaries.

    A chunk ends after a path whose hash is 0 modulo ``chunk_size`` (so chunks hold
    ``chunk_size`` files on average, at most ``4 * chunk_size``). Boundaries depend on the paths
    themselves, not on their positions: a new export folder changes only the chunk(s) it falls
    into, and every other chunk keeps its files and its cache key.
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, got {chunk_size}")
    chunks: list[list[str]] = []
    current: list[str] = []
    for rel in sorted(relpaths):
        current.append(rel)
        boundary = int.from_bytes(hashlib.blake2b(rel.encode(), digest_size=8).digest(), "big") % chunk_size == 0
        if boundary or len(current) >= 4 * chunk_size:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def cached_index_chunk(
    dicom_dir: str | os.PathLike, relpaths: Sequence[str], cache_dir: str | os.PathLike | None
) -> tuple[pa.Table, bool]:
    """Index one chunk, or return its cached table when no file's (path, size, mtime) changed.

    Returns ``(table, from_cache)``.
    """
    from curation.dicom_index import index_chunk

    if cache_dir is None:
        return index_chunk(list(relpaths), dicom_dir), False
    cache = ChunkCache(cache_dir)
    version = f"{INDEX_STAGE_VERSION}/{key_fingerprint()}"  # pseudonyms depend on the key
    key = chunk_key("index", version, file_stat_items(dicom_dir, relpaths))
    hit = cache.get("index", key)
    if hit is not None:
        return hit, True
    table = index_chunk(list(relpaths), Path(dicom_dir))
    cache.put("index", key, table)
    return table, False
