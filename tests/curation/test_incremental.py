"""Chunk planning: content-defined boundaries keep old chunks (and their cache keys) stable."""

from __future__ import annotations

import pytest

from curation.chunk_cache import ChunkCache, chunk_key, file_stat_items
from curation.incremental import content_defined_chunks, plan_chunks


def _paths(n_patients: int, prefix: str = "P") -> list[str]:
    return [f"{prefix}{i:05d}/ST{j}/IM{k:03d}.dcm" for i in range(n_patients) for j in range(2) for k in range(9)]


def test_every_path_in_exactly_one_chunk_in_sorted_order():
    paths = _paths(120)
    chunks = plan_chunks(list(reversed(paths)), 64)
    flat = [p for c in chunks for p in c]
    assert flat == sorted(paths)
    assert max(map(len, chunks)) <= 4 * 64
    assert 0.4 * 64 <= len(paths) / len(chunks) <= 2.5 * 64  # about chunk_size on average


def test_new_export_folder_changes_only_the_chunks_it_falls_into():
    old = plan_chunks(_paths(200), 64)
    new = plan_chunks(_paths(200) + _paths(3, prefix="P00100x"), 64)
    changed = [c for c in new if c not in old]
    assert 1 <= len(changed) <= 2
    assert sum(c in new for c in old) >= len(old) - 2


def test_boundaries_and_limits():
    items = list(range(100))
    assert content_defined_chunks(items, lambda i: None, 10, 7) == [items[i:i + 7] for i in range(0, 100, 7)]
    assert content_defined_chunks(items, lambda i: i, 10, 1000)[0] == [0]
    with pytest.raises(ValueError):
        plan_chunks(["a"], 0)


def test_chunk_cache_roundtrip_and_stat_keys(tmp_path):
    import pyarrow as pa

    (tmp_path / "a.dcm").write_bytes(b"x" * 10)
    items = file_stat_items(tmp_path, ["a.dcm", "gone.dcm"])
    assert items[1][1:] == (-1, -1)  # a vanished file gets a key that forces recomputation
    key = chunk_key("index", "v1", items)
    assert key != chunk_key("index", "v2", items)
    cache = ChunkCache(tmp_path / "cache")
    assert cache.get("index", key) is None
    cache.put("index", key, pa.table({"x": [1, 2]}))
    assert cache.get("index", key).to_pydict() == {"x": [1, 2]}
    assert cache.keys("index") == {key}
