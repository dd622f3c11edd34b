"""Crash safety of ``sonolabel build-dataset``: SIGKILL mid-stage, files vanishing mid-run, two builds at once.

Builds run as CLI subprocesses in their own session (``start_new_session``) so a test can SIGKILL
the whole tree (CLI process, Dask nanny and worker processes) with one ``killpg``. They talk to
this session's Prefect test harness (``PREFECT_API_URL``) instead of starting an ephemeral API
each. A build is stopped exactly in the middle of a stage with the fault-injection checkpoints of
:mod:`core.faults` (``SONOLABEL_FAULT_PAUSE_AT`` / ``SONOLABEL_FAULT_DIR``).

These are long multi-build scenarios (the ``scenario`` marker: CI runs them after the default run, ``make
test-extended``). That run kills full builds at a representative subset of checkpoints (a chunked stage of
each kind and a single-task stage) and kills :func:`curation.publish.publish` itself at every
publish point (cheap: no build needed); ``-m slow`` adds full-build kills at every other stage,
publish points included.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from core.faults import CHECKPOINTS, DIR_ENV, PAUSE_ENV
from curation.build_lock import build_lock
from curation.catalog import run_query
from curation.preprocess import VANISHED_DETAIL
from curation.publish import CATALOG_NAME, TABLES_LINK, VERSIONS_DIR, current_version

pytestmark = [pytest.mark.flow, pytest.mark.scenario, pytest.mark.xdist_group("prefect")]

SONOLABEL = str(Path(sys.executable).with_name("sonolabel"))
PAUSE_TIMEOUT_S = 600  # generous: a loaded 2-core machine; a build that never pauses fails with its log
DEFAULT_POINTS = ("index-chunk", "preprocess-chunk", "label-pathology")
PUBLISH_POINTS = tuple(p for p in CHECKPOINTS if p.startswith("publish:"))
KILL_POINTS = [p if p in DEFAULT_POINTS else pytest.param(p, marks=pytest.mark.slow) for p in CHECKPOINTS]


class BuildProcess:
    """One ``sonolabel build-dataset`` subprocess in its own process group, its output in a log file."""

    def __init__(
        self,
        export: Path,
        out: Path,
        env: dict[str, str],
        log: Path,
        pause_at: str | None = None,
        fault_dir: Path | None = None,
        wait_s: float | None = None,
    ) -> None:
        self.log, self.fault_dir = log, fault_dir
        env = {k: v for k, v in env.items() if k not in (PAUSE_ENV, DIR_ENV)}
        if pause_at:
            assert fault_dir is not None
            env.update({PAUSE_ENV: pause_at, DIR_ENV: str(fault_dir)})
        # --force: these builds rerun unchanged inputs on purpose (a no-op rerun would not start the flow)
        cmd = [SONOLABEL, "build-dataset", str(export), str(out), "--workers", "1", "--chunk-size", "64", "--force"]
        if wait_s is not None:
            cmd += ["--wait", str(wait_s)]
        with open(log, "wb") as fh:
            self.proc = subprocess.Popen(
                cmd, env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True, cwd=Path(__file__).resolve().parents[2]
            )
        self.pgid = self.proc.pid

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_paused(self, point: str) -> None:
        marker = self.fault_dir / f"paused-{point}"
        deadline = time.monotonic() + PAUSE_TIMEOUT_S
        while not marker.exists():
            if self.proc.poll() is not None:
                pytest.fail(f"build exited ({self.proc.returncode}) before pausing at {point}:\n{self.output()[-3000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"build did not reach checkpoint {point} in {PAUSE_TIMEOUT_S} s:\n{self.output()[-3000:]}")
            time.sleep(0.1)

    def resume(self, point: str) -> None:
        (self.fault_dir / f"resume-{point}").touch()

    def finish(self, timeout: float = PAUSE_TIMEOUT_S) -> tuple[int, str]:
        try:
            rc = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            pytest.fail(f"build did not finish in {timeout} s:\n{self.output()[-3000:]}")
        return rc, self.output()

    def kill(self) -> None:
        """SIGKILL the whole group, reap the CLI process, wait (bounded) until no member is left."""
        try:
            os.killpg(self.pgid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.killpg(self.pgid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)

    def group_alive(self) -> bool:
        try:
            os.killpg(self.pgid, 0)
        except ProcessLookupError:
            return False
        return True


@pytest.fixture
def builds(tmp_path):
    """Start builds with ``builds(export, out, ...)``; every one still running at teardown is killed."""
    started: list[BuildProcess] = []

    def start(export: Path, out: Path, env: dict[str, str], **kwargs) -> BuildProcess:
        b = BuildProcess(export, out, env, tmp_path / f"build-{len(started)}.log", **kwargs)
        started.append(b)
        return b

    yield start
    for b in started:
        b.kill()


@pytest.fixture(scope="session")
def api_env(prefect_harness) -> dict[str, str]:
    """Environment for build subprocesses: this session's Prefect API, no ephemeral server per build."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    assert url, "the Prefect test harness gives no API URL"
    return {**os.environ, "PREFECT_API_URL": url}


def _run_to_end(export: Path, out: Path, env: dict[str, str], log: Path, **kwargs) -> str:
    b = BuildProcess(export, out, env, log, **kwargs)
    try:
        rc, output = b.finish()
    finally:
        b.kill()
    assert rc == 0, output[-3000:]
    return _published_version(output)


def _published_version(output: str) -> str:
    found = re.findall(r"published version (\S+) ->", output)
    assert found, f"no 'published version' line in the build output:\n{output[-3000:]}"
    return found[-1]


def _version_tables(out: Path, version: str | None = None) -> dict[str, pd.DataFrame]:
    root = out / (f"{VERSIONS_DIR}/{version}" if version else TABLES_LINK)
    return {p.stem: pq.read_table(p).to_pandas() for p in sorted(root.glob("*.parquet"))}


@pytest.fixture(scope="session")
def version_a(built, tmp_path_factory):
    """A good build (version A) of the demo export, and its tables: the state every kill must keep.

    A copy of the session's demo build (tests/flows/conftest.py), caches included, so the builds
    killed here reach their stages quickly.
    """
    out = tmp_path_factory.mktemp("faults") / "dataset"
    shutil.copytree(built["out"], out, symlinks=True)
    return {"out": out, "version": current_version(out), "tables": _version_tables(out)}


def assert_consistent(out: Path, version: str, expected: dict[str, pd.DataFrame]) -> None:
    """The ``tables`` link, ``current_version``, the catalog all give ``version``, whose tables equal ``expected``."""
    assert current_version(out) == version
    assert json.loads((out / "current_version").read_text())["version"] == version
    db = out / CATALOG_NAME
    assert run_query(db, "SELECT version FROM _sonolabel_meta")["version"].tolist() == [version]
    tables = _version_tables(out)
    assert sorted(tables) == sorted(expected)
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(tables[name], frame, obj=name)
        n = run_query(db, f"SELECT count(*) AS n FROM {name}")["n"][0]
        assert n == len(frame), name


def assert_lock_free(out: Path) -> None:
    with build_lock(out, wait_s=0):
        pass


@pytest.mark.parametrize("point", KILL_POINTS)
def test_sigkill_mid_stage_keeps_a_complete_version(point, version_a, api_env, demo_export, builds, tmp_path):
    out = version_a["out"]
    before = current_version(out)
    b = builds(demo_export, out, api_env, pause_at=point, fault_dir=tmp_path / "faults")
    b.wait_paused(point)
    b.kill()
    assert not b.group_alive(), f"processes of the killed build's group are left after SIGKILL at {point}"
    after = current_version(out)
    if point == "publish:after-swap":  # past the commit point: the new version, complete
        assert after != before
    else:
        assert after == before, f"a build killed at {point} changed the published version"
    assert_consistent(out, after, version_a["tables"])
    assert_lock_free(out)


def test_rerun_after_a_kill_completes_and_equals_the_clean_build(version_a, api_env, demo_export, builds, tmp_path):
    out = tmp_path / "dataset"
    point = "index-chunk"  # a first build killed with part of its index cache written
    b = builds(demo_export, out, api_env, pause_at=point, fault_dir=tmp_path / "faults")
    b.wait_paused(point)
    b.kill()
    assert current_version(out) is None and not (out / CATALOG_NAME).exists()
    assert list((out / "cache" / "index").glob("*.parquet")), "the killed build wrote no cache entry"
    version = _run_to_end(demo_export, out, api_env, tmp_path / "rerun.log")
    assert_consistent(out, version, version_a["tables"])


def test_publish_killed_at_each_point_leaves_one_whole_version(tmp_path):
    """SIGKILL inside :func:`curation.publish.publish` at every crash-critical point, then publish again."""
    import pyarrow as pa

    from curation.publish import publish

    def tables(n: int) -> dict[str, pa.Table]:
        return {
            "splits": pa.table({"patient_uid": [f"p{i}" for i in range(n)], "split": ["train"] * n}),
            "funnel": pa.table({"step": list(range(n))}),
        }

    def frames(n: int) -> dict[str, pd.DataFrame]:
        return {k: t.to_pandas() for k, t in tables(n).items()}

    out = tmp_path / "dataset"
    publish(out, tables(3), version="v0")
    expected = ("v0", 3)
    for i, point in enumerate(PUBLISH_POINTS, 1):
        code = (
            "import sys, pyarrow as pa; from curation.publish import publish; n = int(sys.argv[2])\n"
            "publish(sys.argv[1], {'splits': pa.table({'patient_uid': [f'p{i}' for i in range(n)], "
            "'split': ['train'] * n}), 'funnel': pa.table({'step': list(range(n))})}, version=sys.argv[3])"
        )
        env = {**os.environ, PAUSE_ENV: point, DIR_ENV: str(tmp_path / f"faults-{i}")}
        proc = subprocess.Popen(
            [sys.executable, "-c", code, str(out), str(10 + i), f"v{i}"],
            env=env,
            start_new_session=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        marker = tmp_path / f"faults-{i}" / f"paused-{point}"
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert proc.poll() is None, f"publish exited ({proc.returncode}) before {point}"
            assert time.monotonic() < deadline, f"publish did not reach {point}"
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        if point == "publish:after-swap":  # past the commit point
            expected = (f"v{i}", 10 + i)
        assert_consistent(out, expected[0], frames(expected[1]))
    publish(out, tables(7), version="v9")
    assert_consistent(out, "v9", frames(7))
    left = {p.name for p in (out / VERSIONS_DIR).iterdir()}
    assert left == {"v0", "v3", "v9"}, "versions killed before their commit point are removed, published ones kept"
    assert not [n for n in left if n.startswith(".")] and not list(out.glob(".*.tmp")), "crash leftovers remain"


def _kept_files(export: Path, n: int) -> list[str]:
    truth = pd.read_csv(export / "truth" / "files.csv", dtype=str, keep_default_na=False)
    kept = truth[(truth["status"] == "kept") & (truth["frames"] == "1")]["relpath"].tolist()
    return [kept[len(kept) // (n + 1) * (i + 1)] for i in range(n)]


def _linked_copy(export: Path, dest: Path) -> Path:
    """A copy of the export whose files are hard links (cheap): replace, never write in place."""
    shutil.copytree(export, dest, copy_function=os.link)
    return dest


def _truncate(path: Path, size: int) -> None:
    """Replace ``path`` by its first ``size`` bytes (a new inode: the linked original is untouched)."""
    data = path.read_bytes()[:size]
    path.unlink()
    path.write_bytes(data)


def test_files_vanishing_or_changing_mid_build_are_reason_coded(built, api_env, demo_export, builds, tmp_path):
    """Files deleted or corrupted after listing, and deleted or rewritten after indexing: reason codes, no failure."""
    export = _linked_copy(demo_export, tmp_path / "export")
    out = tmp_path / "dataset"
    shutil.copytree(built["out"], out, symlinks=True, ignore=shutil.ignore_patterns("image_store"))  # decode again
    gone_listed, corrupt_listed, gone_indexed, changed_indexed = _kept_files(export, 4)
    points = ("find-files", "preprocess-chunk")  # the only worker waits before decoding its first chunk
    b = builds(export, out, api_env, pause_at=",".join(points), fault_dir=tmp_path / "faults")
    b.wait_paused(points[0])
    (export / "dicom" / gone_listed).unlink()
    _truncate(export / "dicom" / corrupt_listed, 300)
    b.resume(points[0])
    b.wait_paused(points[1])
    (export / "dicom" / gone_indexed).unlink()
    _truncate(export / "dicom" / changed_indexed, (export / "dicom" / changed_indexed).stat().st_size // 2)
    b.resume(points[1])
    rc, output = b.finish()
    assert rc == 0, output[-3000:]

    index = pq.read_table(out / "tables" / "dicom_index.parquet").to_pandas().set_index("file_relpath")
    exclusions = pq.read_table(out / "tables" / "exclusions.parquet").to_pandas().set_index("file_relpath")
    assert index.loc[gone_listed, "error"] == "unreadable_dicom"
    assert index.loc[corrupt_listed, "error"] in {"unreadable_dicom", "not_dicom"}
    for rel in (gone_listed, corrupt_listed):
        assert (exclusions.loc[rel, "reason"], exclusions.loc[rel, "stage"]) == (index.loc[rel, "error"], "index")
    vanished = exclusions.loc[gone_indexed]
    assert (vanished["reason"], vanished["stage"], vanished["detail"]) == ("undecodable_pixels", "preprocess", VANISHED_DETAIL)
    assert exclusions.loc[changed_indexed, "reason"] == "undecodable_pixels"
    images = pq.read_table(out / "tables" / "images.parquet").to_pandas()
    assert not {gone_listed, corrupt_listed, gone_indexed, changed_indexed} & set(images["file_relpath"])

    # the files come back unchanged: the next build decodes them again (no cached mid-build verdict)
    for rel in (gone_listed, corrupt_listed, gone_indexed, changed_indexed):
        (export / "dicom" / rel).unlink(missing_ok=True)
        os.link(demo_export / "dicom" / rel, export / "dicom" / rel)
    _run_to_end(export, out, api_env, tmp_path / "rerun.log")
    images = pq.read_table(out / "tables" / "images.parquet").to_pandas()
    assert {gone_listed, corrupt_listed, gone_indexed, changed_indexed} <= set(images["file_relpath"])


def test_a_second_build_refuses_or_waits_and_never_interleaves(version_a, api_env, demo_export, builds, tmp_path):
    out = version_a["out"]
    before = {p.name for p in (out / VERSIONS_DIR).iterdir()}
    point = "find-files"
    first = builds(demo_export, out, api_env, pause_at=point, fault_dir=tmp_path / "faults")
    first.wait_paused(point)  # holds the build lock

    refused = builds(demo_export, out, api_env)
    rc, output = refused.finish()
    assert rc != 0
    lines = [line for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error:")]
    assert len(errors) == 1 and "another build is running" in errors[0], output[-3000:]
    assert "published version" not in output and "Traceback" not in output, output[-3000:]

    waiting = builds(demo_export, out, api_env, wait_s=PAUSE_TIMEOUT_S)
    deadline = time.monotonic() + PAUSE_TIMEOUT_S
    while "Beginning flow run" not in waiting.output() and waiting.proc.poll() is None:  # it reached the flow
        assert time.monotonic() < deadline, waiting.output()[-3000:]
        time.sleep(0.2)
    first.resume(point)
    rc1, out1 = first.finish()
    rc2, out2 = waiting.finish()
    assert (rc1, rc2) == (0, 0), (out1[-2000:], out2[-2000:])
    v1, v2 = _published_version(out1), _published_version(out2)
    assert v1 < v2, "the waiting build published after the first one"
    created = {p.name for p in (out / VERSIONS_DIR).iterdir()} - before
    assert created == {v1, v2}
    for v in (v1, v2):  # each version is whole and equal to the clean build
        tables = _version_tables(out, v)
        assert sorted(tables) == sorted(version_a["tables"])
        for name, frame in version_a["tables"].items():
            pd.testing.assert_frame_equal(tables[name], frame, obj=f"{v}/{name}")
    assert_consistent(out, v2, version_a["tables"])
