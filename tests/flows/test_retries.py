"""Tasks that read or write files retry a transient I/O error with backoff; data errors fail at once."""

from __future__ import annotations

import pytest
from prefect import flow

import flows.steps as steps
from flows import build_dataset as bd

pytestmark = [pytest.mark.flow, pytest.mark.xdist_group("prefect")]


def _flaky(failures: int, error: Exception):
    calls = []

    def step(x: int) -> int:
        calls.append(x)
        if len(calls) <= failures:
            raise error
        return 2 * x

    return step, calls


def test_file_tasks_retry_with_growing_delays_and_publish_does_not():
    for task in (bd.find_files_task, bd.index_chunk_task, bd.preprocess_chunk_task, bd.label_task,
                 bd.radiology_task, bd.validate_task):
        assert task.retries == bd.FILE_RETRIES, task.name
        delays = list(task.retry_delay_seconds)
        assert delays == sorted(delays) and delays[0] == bd.FILE_RETRY_BACKOFF_S and len(set(delays)) == len(delays)
        assert task.retry_condition_fn is bd.retry_transient_io
    assert bd.publish_task.retries == 0  # a half-published version is never retried over


def test_a_flaky_read_is_retried(prefect_harness, monkeypatch):
    step, calls = _flaky(2, OSError("Stale file handle"))
    monkeypatch.setattr(steps, "flaky_step", step, raising=False)
    task = bd.stage_task("flaky", "flaky_step", retries=3).with_options(retry_delay_seconds=0)

    @flow
    def run() -> int:
        return task(21)

    assert run() == 42
    assert len(calls) == 3


def test_a_data_error_is_not_retried(prefect_harness, monkeypatch):
    step, calls = _flaky(5, ValueError("bad table"))
    monkeypatch.setattr(steps, "flaky_step", step, raising=False)
    task = bd.stage_task("flaky", "flaky_step", retries=3).with_options(retry_delay_seconds=0)

    @flow
    def run() -> int:
        return task(21)

    state = run(return_state=True)
    assert state.is_failed()
    assert len(calls) == 1
