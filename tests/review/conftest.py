"""Fixtures of the workbench tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from tiny_dataset import make_tiny_out


@pytest.fixture
def tiny_out(tmp_path: Path) -> Path:
    return make_tiny_out(tmp_path / "out")
