"""``build-dataset`` on a real Dask cluster: a ``dask scheduler`` and two ``dask worker`` processes.

The cluster is started here as separate OS processes (their own sessions, killed at the end), the
way an operator would start one, and the flow is pointed at it through ``dask_address`` only. The
published tables and image-store shards must equal those of the local-cluster build of the same
export (the session fixture ``built``), and the scheduler's task stream must show that every chunk
task ran on the two external workers: a build that silently fell back to a local cluster fails.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

pytestmark = [pytest.mark.flow, pytest.mark.xdist_group("prefect")]

REPO_ROOT = Path(__file__).resolve().parents[2]
CHUNK_SIZE = 64  # as the local build of `built`, so that both runs cut the same chunks


def _start(args: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen:
    """One ``dask`` CLI process in its own session (so that its whole process group can be killed)."""
    env = {**os.environ, **env}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    with log.open("wb") as fh:
        return subprocess.Popen(
            [sys.executable, "-m", "dask", *args],
            cwd=REPO_ROOT,
            env=env,
            stdout=fh,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    for sig, wait_s in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait_s)
            return
        except subprocess.TimeoutExpired:
            continue


@contextlib.contextmanager
def _cluster(work: Path, n_workers: int, worker_env: dict[str, str] | None = None):
    """A scheduler on a free localhost port and ``n_workers`` single-threaded workers, found via a scheduler file."""
    from distributed import Client

    scheduler_file = work / "scheduler.json"
    procs: list[subprocess.Popen] = []
    try:
        procs.append(
            _start(
                ["scheduler", "--scheduler-file", str(scheduler_file), "--host", "127.0.0.1", "--port", "0", "--no-dashboard"],
                work / "scheduler.log",
                {},
            )
        )
        deadline = time.monotonic() + 60
        while not scheduler_file.exists():
            if procs[0].poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"dask scheduler did not start:\n{(work / 'scheduler.log').read_text()[-3000:]}")
            time.sleep(0.2)
        for i in range(n_workers):
            procs.append(
                _start(
                    [
                        "worker",
                        "--scheduler-file",
                        str(scheduler_file),
                        "--nworkers",
                        "1",
                        "--nthreads",
                        "1",
                        "--no-dashboard",
                        "--name",
                        f"test-worker-{i}",
                    ],
                    work / f"worker-{i}.log",
                    worker_env or {},
                )
            )
        with Client(scheduler_file=str(scheduler_file), timeout=60) as client:
            client.wait_for_workers(n_workers, timeout=90)
            workers = sorted(client.scheduler_info(n_workers=-1)["workers"])
        address = json.loads(scheduler_file.read_text())["address"]
        yield {"address": address, "scheduler_file": scheduler_file, "workers": workers}
    finally:
        for proc in reversed(procs):
            _stop(proc)


# session scope: started once per test run even if a scheduler interleaves other modules' tests
@pytest.fixture(scope="session")
def dask_cluster(tmp_path_factory):
    """Two external workers that share this process's environment (project importable, same pseudonym key)."""
    with _cluster(tmp_path_factory.mktemp("dask-cluster"), n_workers=2) as cluster:
        yield cluster


def _shard_digests(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((out / "image_store").rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def distributed_build(dask_cluster, built, demo_export, prefect_harness, tmp_path_factory):
    """The demo export built once on the external cluster, with the scheduler's record of every task it ran."""
    from distributed import Client, get_task_stream

    from flows.build_dataset import build_dataset

    out = tmp_path_factory.mktemp("distributed") / "dataset"
    with Client(scheduler_file=str(dask_cluster["scheduler_file"]), timeout=60) as client:
        with get_task_stream(client) as stream:
            state = build_dataset(
                str(demo_export), str(out), dask_address=dask_cluster["address"], chunk_size=CHUNK_SIZE, return_state=True
            )
        assert state.is_completed(), state.message
        records = list(stream.data)
    return {"out": out, "result": state.result(), "task_stream": records}


def test_cluster_build_publishes_the_same_tables_as_the_local_build(distributed_build, built):
    out = distributed_build["out"]
    local = built["first_tables"]
    remote = {p.stem: pq.read_table(p) for p in sorted((out / "tables").glob("*.parquet"))}
    assert sorted(remote) == sorted(local)
    for name, table in local.items():
        assert remote[name].schema == table.schema, name
        assert remote[name].equals(table), f"{name} differs between the cluster build and the local build"
    assert distributed_build["result"]["counts"] == built["first"]["counts"]
    assert _shard_digests(out) == _shard_digests(built["out"])


def test_chunk_tasks_ran_on_the_cluster_workers(distributed_build, dask_cluster):
    """Every index/preprocess chunk (and the two submitted label tasks) ran on the external workers."""
    cache = distributed_build["result"]["cache"]
    n_chunks = cache["index_chunks_computed"] + cache["preprocess_chunks_computed"]
    assert cache["index_chunks_computed"] > 0 and cache["preprocess_chunks_computed"] > 0
    records = distributed_build["task_stream"]
    chunk_records = [r for r in records if "chunk" in str(r["key"])]
    assert len(chunk_records) == n_chunks, sorted({str(r["key"]).rsplit("-", 1)[0] for r in records})
    workers_used = {r["worker"] for r in chunk_records}
    assert workers_used <= set(dask_cluster["workers"])
    assert len(workers_used) == 2, f"all chunk tasks ran on one worker: {workers_used}"


def test_a_worker_with_another_pseudonym_key_is_refused(tmp_path):
    """Its uids would silently differ from the driver's: the runner refuses the cluster before any task runs."""
    from core.errors import UserError
    from flows.build_dataset import make_task_runner

    with _cluster(tmp_path, n_workers=1, worker_env={"SONOLABEL_PSEUDONYM_KEY": "another-key"}) as cluster:
        with pytest.raises(UserError, match="SONOLABEL_PSEUDONYM_KEY") as err:
            make_task_runner(None, cluster["address"])
        assert cluster["workers"][0] in str(err.value)


def test_runner_keeps_its_api_sharing_choice_when_prefect_duplicates_it():
    """Prefect runs each flow on ``task_runner.duplicate()``: a runner told not to share must stay so."""
    from flows.dask_runner import SharedApiDaskTaskRunner

    for share in (True, False):
        twin = SharedApiDaskTaskRunner(address="tcp://127.0.0.1:1", share_api=share).duplicate()
        assert isinstance(twin, SharedApiDaskTaskRunner)
        assert (twin.share_api, twin.address) == (share, "tcp://127.0.0.1:1")
