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
from core.sealed import seal, unseal
from curation.chunk_cache import ChunkCache, chunk_key, file_stat_items
from curation.dicom_index import index_chunk_identifiers
from curation.identifiers import FREE_TEXT_COLUMNS
from curation.relpath_mask import mask_relpaths
from curation.source_paths import display_relpath

# v3: bounded reads, link/special-file codes; keyed 2.25 UIDs, scrubbed descriptions, biopsy_procedure,
# no path or free text in the clear
INDEX_STAGE_VERSION = "index-v3"
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

    Returns ``(table, from_cache)``; see :func:`cached_index_chunk_identifiers`.
    """
    table, _, hit = cached_index_chunk_identifiers(dicom_dir, relpaths, cache_dir)
    return table, hit


def cached_index_chunk_identifiers(
    dicom_dir: str | os.PathLike, relpaths: Sequence[str], cache_dir: str | os.PathLike | None
) -> tuple[pa.Table, dict[str, str], bool]:
    """Index one chunk (or reuse its cache entry): ``(table, identifier map, from_cache)``.

    The table's paths are masked with the chunk's identifiers; the map lets the caller mask with
    the whole export's (:func:`curation.identifiers.protect_index`). A cache entry holds neither
    paths nor free text in the clear (a path or a description may name a patient whose
    identifiers only another chunk knows): ``file_relpath`` and the descriptions are null in its
    Parquet file, and the descriptions and the chunk's identifier map are kept sealed
    (:mod:`core.sealed`); a hit restores them and masks the paths again from the real ones.
    """
    if cache_dir is None:
        table, tokens = index_chunk_identifiers(list(relpaths), dicom_dir)
        return table, tokens, False
    cache = ChunkCache(cache_dir)
    version = f"{INDEX_STAGE_VERSION}/{key_fingerprint()}"  # pseudonyms depend on the key
    key = chunk_key("index", version, file_stat_items(dicom_dir, relpaths))
    hit = cache.get("index", key)
    blob = cache.get_bytes("index", key, "sealed") if hit is not None else None
    sealed = unseal(blob) if blob is not None else None
    if hit is not None and sealed is not None and hit.num_rows == len(relpaths):
        table = _set_columns(hit, {"file_relpath": mask_relpaths([display_relpath(p) for p in relpaths],
                                                                  sealed["identifiers"]),
                                   **sealed["free_text"]})
        return table, sealed["identifiers"], True
    table, tokens = index_chunk_identifiers(list(relpaths), Path(dicom_dir))
    free_text = {c: table.column(c).to_pylist() for c in FREE_TEXT_COLUMNS}
    cache.put_bytes("index", key, seal({"identifiers": tokens, "free_text": free_text}), "sealed")
    blank = {c: [None] * table.num_rows for c in ("file_relpath", *FREE_TEXT_COLUMNS)}
    cache.put("index", key, _set_columns(table, blank))
    return table, tokens, False


def _set_columns(table: pa.Table, columns: dict[str, list]) -> pa.Table:
    for name, values in columns.items():
        i = table.schema.get_field_index(name)
        table = table.set_column(i, table.schema.field(i), pa.array(values, table.schema.field(i).type))
    return table
