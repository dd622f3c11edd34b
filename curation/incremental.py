"""Chunk planning and cached chunk work for the build: reruns redo only what changed.

Chunk boundaries are content-defined (a hash of the relative path), so new export files change
only the chunks they fall into and leave every other chunk, and its cache key, untouched.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import pyarrow as pa

from core.pseudonyms import key_fingerprint
from curation.chunk_cache import ChunkCache, chunk_key, file_stat_items
from curation.dicom_index import index_chunk

INDEX_STAGE_VERSION = "index-v2"  # v2: bounded reads, link/special-file codes
T = TypeVar("T")


def content_defined_chunks(items: Sequence[T], boundary_hash: Callable[[T], int | None], target: int,
                           max_size: int) -> list[list[T]]:
    """Cut ``items`` (already in a stable order) into chunks at content-defined boundaries.

    A chunk ends after an item whose ``boundary_hash`` is 0 modulo ``target`` (``None``: never a
    boundary), or when it reaches ``max_size``. Boundaries depend on the items themselves, not
    on their positions, so inserting or changing one item changes only the chunk it falls into:
    every other chunk keeps its members and its cache key.
    """
    if target < 1 or max_size < 1:
        raise ValueError(f"target and max_size must be >= 1, got {target} and {max_size}")
    chunks: list[list[T]] = []
    current: list[T] = []
    for item in items:
        current.append(item)
        h = boundary_hash(item)
        if (h is not None and h % target == 0) or len(current) >= max_size:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def _path_hash(relpath: str) -> int:
    # fsencode: the bytes of the name (a non-UTF-8 name holds surrogate escapes that .encode() rejects)
    return int.from_bytes(hashlib.blake2b(os.fsencode(relpath), digest_size=8).digest(), "big")


def plan_chunks(relpaths: Sequence[str], chunk_size: int) -> list[list[str]]:
    """Index chunks: sorted relpaths cut where a path's hash is 0 modulo ``chunk_size``.

    ``chunk_size`` files per chunk on average, at most ``4 * chunk_size``; a new export folder
    changes only the chunk(s) it falls into.
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, got {chunk_size}")
    return content_defined_chunks(sorted(relpaths), _path_hash, chunk_size, 4 * chunk_size)


def cached_index_chunk(
    dicom_dir: str | os.PathLike, relpaths: Sequence[str], cache_dir: str | os.PathLike | None
) -> tuple[pa.Table, bool]:
    """Index one chunk, or return its cached table when no file's (path, size, mtime) changed.

    Returns ``(table, from_cache)``.
    """
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
