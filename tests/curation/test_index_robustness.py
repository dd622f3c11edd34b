"""Stage 1 on hostile trees: bounded reads, links, special files and names that are not UTF-8."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
import pydicom
import pytest
from dicom_samples import real_us

import curation.dicom_index as dicom_index
from core.tables import write_table_atomic
from curation.chunk_cache import file_stat_items
from curation.dicom_index import build_index, find_files, index_chunk
from curation.incremental import plan_chunks
from curation.source_paths import display_relpath as escape_relpath


@pytest.fixture
def counted_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Bytes each ``_Source.read`` returned (the index's only way to read a file)."""
    sizes: list[int] = []
    real = dicom_index._Source.read

    def read(self, offset: int, n: int) -> bytes:
        data = real(self, offset, n)
        sizes.append(len(data))
        return data

    monkeypatch.setattr(dicom_index._Source, "read", read)
    return sizes


def _sparse(path: Path, size: int, head: bytes = b"") -> None:
    with open(path, "wb") as fh:
        fh.write(head)
        fh.truncate(size)


def test_a_sparse_2gb_file_costs_one_bounded_read(tmp_path: Path, counted_reads: list[int]) -> None:
    _sparse(tmp_path / "x.dcm", 2 * 1024**3)
    _sparse(tmp_path / "y.dcm", 2 * 1024**3, b"\0" * 128 + b"DICM")  # a preamble, then nothing
    rows = {r["file_relpath"]: r for r in index_chunk(["x.dcm", "y.dcm"], tmp_path).to_pylist()}
    assert rows["x.dcm"]["error"] == "not_dicom" and rows["y.dcm"]["error"] == "unreadable_dicom"
    assert rows["x.dcm"]["file_size"] == 2 * 1024**3
    assert rows["x.dcm"]["content_hash"] != rows["y.dcm"]["content_hash"]
    assert sum(counted_reads) < 200 * 1024, "a huge file is never read whole"


def test_garbage_without_preamble_is_read_at_most_128kb(tmp_path: Path, counted_reads: list[int]) -> None:
    (tmp_path / "junk.bin").write_bytes(os.urandom(3 * 1024 * 1024))
    assert index_chunk(["junk.bin"], tmp_path).to_pylist()[0]["error"] == "not_dicom"
    assert max(counted_reads) <= 128 * 1024


def test_a_header_past_the_bound_is_header_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = real_us("gdcm-US-ALOKA-16.dcm").read_bytes()  # a 258 kB header
    (tmp_path / "long.dcm").write_bytes(raw)
    assert index_chunk(["long.dcm"], tmp_path).to_pylist()[0]["error"] is None
    monkeypatch.setattr(dicom_index, "MAX_HEADER_BYTES", 64 * 1024)
    assert index_chunk(["long.dcm"], tmp_path).to_pylist()[0]["error"] == "header_too_large"
    deflated = Path(pydicom.__file__).parent / "data" / "test_files" / "image_dfl.dcm"
    (tmp_path / "dfl.dcm").write_bytes(deflated.read_bytes())
    assert index_chunk(["dfl.dcm"], tmp_path).to_pylist()[0]["error"] is None
    monkeypatch.setattr(dicom_index, "MAX_DEFLATED_BYTES", 1024)
    assert index_chunk(["dfl.dcm"], tmp_path).to_pylist()[0]["error"] == "header_too_large"


def test_links_loops_fifos_and_dangling_links_are_accounted_for(tmp_path: Path) -> None:
    root, outside = tmp_path / "dicom", tmp_path / "storage"
    (root / "a").mkdir(parents=True)
    (outside / "series").mkdir(parents=True)
    us = real_us("US1_UNCR.dcm").read_bytes()
    (root / "a" / "im1").write_bytes(us)
    (outside / "series" / "im2").write_bytes(us)
    os.symlink(outside / "series", root / "b_linked")  # walked: its file is indexed under the link
    os.symlink(outside / "series", root / "c_again")  # a second link to the same folder: listed only
    os.symlink(root / "a", root / "d_inside")  # inside the tree: walked under its real path
    os.symlink("..", root / "a" / "up")  # a loop
    os.symlink(root, outside / "series" / "back")  # from outside back into the tree
    os.symlink("nowhere.dcm", root / "a" / "gone.dcm")
    os.symlink("self_b", root / "self_a")  # a cycle of file links
    os.symlink("self_a", root / "self_b")
    os.mkfifo(root / "a" / "pipe")
    files = find_files(root)
    assert files == ["a/gone.dcm", "a/im1", "a/pipe", "a/up", "b_linked/back", "b_linked/im2", "c_again",
                     "d_inside", "self_a", "self_b"]
    table = build_index(root)
    assert table.column("file_relpath").to_pylist() == files
    errors = dict(zip(files, table.column("error").to_pylist()))
    assert errors == {"a/gone.dcm": "dangling_symlink", "a/im1": None, "a/pipe": "special_file", "a/up": "symlink_loop",
                      "b_linked/back": "symlink_loop", "b_linked/im2": None, "c_again": "symlink_loop",
                      "d_inside": "symlink_loop", "self_a": "dangling_symlink", "self_b": "dangling_symlink"}
    # a dangling link keeps a stable cache key (it is not "vanished" on every build)
    assert file_stat_items(root, ["a/gone.dcm"])[0][1] == -2


def test_a_folder_that_cannot_be_listed_gets_a_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "im").write_bytes(b"x")
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "im").write_bytes(b"x")
    real = os.scandir

    def scandir(path):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(dicom_index.os, "scandir", scandir)
    assert find_files(tmp_path) == ["locked", "open/im"]
    monkeypatch.setattr(dicom_index.os, "scandir", real)
    assert index_chunk(["locked"], tmp_path).to_pylist()[0]["error"] == "unreadable_folder"


def test_names_that_are_not_utf8_are_indexed_escaped(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9_\xff.dcm")
    (tmp_path / name).write_bytes(real_us("US1_UNCR.dcm").read_bytes())
    (tmp_path / "plain.dcm").write_bytes(b"not dicom")
    files = find_files(tmp_path)
    assert name in files
    table = build_index(tmp_path)
    published = table.column("file_relpath").to_pylist()
    assert published == ["caf\\xe9_\\xff.dcm", "plain.dcm"]
    assert table.column("error").to_pylist() == [None, "not_dicom"]
    write_table_atomic(table, tmp_path / "out" / "index.parquet")  # publishable as is
    assert pq.read_table(tmp_path / "out" / "index.parquet").num_rows == 2
    assert escape_relpath("plain/é.dcm") == "plain/é.dcm"
    assert sum(map(len, plan_chunks(files, 1))) == 2  # chunk planning hashes the name's bytes
