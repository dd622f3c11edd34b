"""An earlier revision's source tree beside the working tree, for the bench scripts that compare the
two (each runs as ``python bench/<script>.py``, so this folder is on the path).

The tree is written by ``git archive`` into a temporary folder under ``var/`` (git-ignored) and
removed on exit: ``git archive`` leaves no worktree entry behind in the repository when a run is
killed, unlike ``git worktree add``.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRATCH = REPO / "var"


def commit_of(rev: str) -> str:
    """The full commit id of ``rev`` (raises ``SystemExit`` with one line when git does not know it)."""
    done = subprocess.run(["git", "rev-parse", "--verify", f"{rev}^{{commit}}"], cwd=REPO,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"unknown revision {rev!r}: {done.stderr.strip()}")
    return done.stdout.strip()


@contextmanager
def revision_tree(rev: str) -> Iterator[Path]:
    """The source tree of ``rev`` in a temporary folder under ``var/`` (removed on exit)."""
    commit = commit_of(rev)
    SCRATCH.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"rev-{commit[:7]}-", dir=SCRATCH))
    try:
        archive = subprocess.run(["git", "archive", "--format=tar", commit], cwd=REPO, capture_output=True, check=True)
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(folder, filter="data")
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def tree_env(tree: Path) -> dict[str, str]:
    """The environment of a subprocess that must import the packages of ``tree`` and no others."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(tree)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ left in the working tree by an old tree's run
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        env.setdefault(var, "1")
    return env
