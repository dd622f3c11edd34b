"""Atomic table writes give the file the umask's mode, not the temp file's 0600."""

from __future__ import annotations

import os
import stat

import pandas as pd
import pyarrow as pa
import pytest

from core.tables import give_umask_mode, process_umask, require_columns, write_table_atomic


@pytest.fixture
def umask():
    """Run a test under a chosen umask, restoring the process's own afterwards."""
    previous = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(previous)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_written_table_gets_the_umask_mode(tmp_path, umask, mask, expected):
    umask(mask)
    assert process_umask() == mask
    path = write_table_atomic(pa.table({"a": [1, 2]}), tmp_path / "t.parquet")
    assert _mode(path) == expected
    assert not list(tmp_path.glob(".*.tmp"))


def test_give_umask_mode_opens_a_private_temp_file(tmp_path, umask):
    import tempfile

    umask(0o022)
    fd, tmp = tempfile.mkstemp(dir=tmp_path)
    os.close(fd)
    assert _mode(tmp) == 0o600  # why the helper exists
    give_umask_mode(tmp)
    assert _mode(tmp) == 0o644


def test_require_columns_names_the_missing_ones_with_the_stage_error() -> None:
    class StageInputError(ValueError):
        pass

    frame = pd.DataFrame({"a": [1], "b": [2]})
    require_columns(frame, ["a", "b"], "t", StageInputError)  # all present: no error
    with pytest.raises(StageInputError, match=r"t lacks column\(s\) \['c'\]"):
        require_columns(frame, ["a", "c"], "t", StageInputError)
    with pytest.raises(StageInputError, match="must be a pandas DataFrame, got list"):
        require_columns([1, 2], ["a"], "t", StageInputError)
