"""The ``build-dataset`` flow: stages 1-8 of docs/data_model.md wired as Prefect tasks.

No business logic lives here: every task calls one stage function of ``curation/``, ``nlp/`` or
``data_contracts/``. Chunked stages (index, preprocess) are mapped over chunks and run on the
flow's task runner: a local Dask cluster by default (one process per core), or an existing
Dask cluster when ``dask_address`` is given (``tcp://scheduler:8786``), through prefect-dask.

Run it:
    sonolabel build-dataset EXPORT_DIR OUT_DIR                 # in-process, ephemeral Prefect API
    prefect deployment run 'build-dataset/nightly'             # a served deployment (prefect.yaml)
"""

from __future__ import annotations

import functools
import logging
import os
import time
from pathlib import Path
from typing import Any

from core import runtime
from core.faults import checkpoint  # crash tests pause stages here (no-op unless enabled)

runtime.configure()  # before prefect is imported: no analytics, a project-local PREFECT_HOME

from urllib.request import urlopen  # noqa: E402

from distributed import Client  # noqa: E402
from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.context import FlowRunContext  # noqa: E402
from prefect.futures import as_completed  # noqa: E402
from prefect.logging.loggers import flow_run_logger  # noqa: E402
from prefect.states import Failed  # noqa: E402
from prefect.tasks import exponential_backoff  # noqa: E402

from core import pseudonyms  # noqa: E402
from core.errors import UserError, call_withholding_details  # noqa: E402
from core.layout import OutputLayout  # noqa: E402
from curation.build_lock import build_lock  # noqa: E402
from curation.inputs import check_export, check_output  # noqa: E402
from curation.publish import new_version_id  # noqa: E402
from flows import artifacts, steps  # noqa: E402
from flows.dask_runner import SharedApiDaskTaskRunner, ephemeral_api_url  # noqa: E402
from flows.fingerprint import up_to_date_version  # noqa: E402

# Tasks that read or write files retry a transient I/O error (a flaky read on a file share) after
# FILE_RETRY_BACKOFF_S, then twice that, ... with jitter; data errors are never retried.
FILE_RETRIES = 3
FILE_RETRY_BACKOFF_S = 2.0


def retry_transient_io(task, task_run, state) -> bool:
    """Retry condition: only an ``OSError`` (I/O, timeouts) is worth another try (also when the
    stage re-raised it as a :class:`core.errors.StageError` without its text)."""
    error = state.data if isinstance(state.data, BaseException) else None
    if error is None:
        try:
            error = state.result(raise_on_failure=False)
        except Exception as exc:  # a result that cannot be read back is itself the error
            error = exc
    return isinstance(error, OSError) or bool(getattr(error, "transient", False))


def _stage_done(name: str, seconds: float) -> None:
    """One progress line per stage, on the flow run's logger: Prefect's own per-task lines are at
    WARNING in the CLI (``sonolabel build-dataset --verbose`` shows them)."""
    context = FlowRunContext.get()
    if context is not None and context.flow_run is not None:
        flow_run_logger(context.flow_run, context.flow).info("%s: done in %.1f s", name, seconds)


class _UserErrorsWithoutTraceback(logging.Filter):
    """A :class:`UserError` is the user's to fix: Prefect logs its one line, not its traceback.

    The flow and task engines log every exception with ``exc_info``; for a UserError (a bad CSV,
    no image left...) that is two screens of Prefect internals around one useful line, in the
    console and in the API's log table. ``sonolabel --debug`` keeps the traceback.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, UserError) and not runtime.debug():
            record.exc_info, record.exc_text = None, None
        return True


for _name in ("prefect.flow_runs", "prefect.task_runs"):
    logging.getLogger(_name).addFilter(_UserErrorsWithoutTraceback())


# ----------------------------------------------------------------------------------- tasks
def stage_task(name: str, step: str, pause: str = "after", retries: int = 0, announce: bool = True):
    """A Prefect task named ``name`` that runs ``flows.steps.<step>`` with a fault checkpoint.

    The step is looked up when the task runs, not when this module is imported, so a test can
    substitute one. ``pause`` places the checkpoint (a no-op unless a crash test enables it)
    ``"after"`` the step (its outputs, e.g. a cache entry, are written), ``"before"`` it or
    ``"none"``. An unexpected error is re-raised without its text (:func:`core.errors.withheld`).
    ``retries``: how often a transient I/O error is retried (exponential backoff, see
    :data:`FILE_RETRY_BACKOFF_S`). ``announce``: log one line when the stage is done (chunk tasks
    report through the flow's progress lines instead).
    """

    @functools.wraps(getattr(steps, step))
    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.monotonic()
        if pause == "before":
            checkpoint(name)
        # an unexpected error's text may quote patient data: Prefect would log and store it
        result = call_withholding_details(name, getattr(steps, step), *args, **kwargs)
        if pause == "after":
            checkpoint(name)
        if announce:
            _stage_done(name, time.monotonic() - started)
        return result

    # Dask keys and Prefect task keys are named after the task, not after the wrapped step
    run.__name__ = run.__qualname__ = name.replace("-", "_") + "_task"
    run.__module__ = __name__
    if not retries:
        return task(name=name)(run)
    return task(name=name, retries=retries, retry_delay_seconds=exponential_backoff(FILE_RETRY_BACKOFF_S)(retries),
                retry_jitter_factor=0.5, retry_condition_fn=retry_transient_io)(run)


fingerprint_task = stage_task("fingerprint-inputs", "fingerprint_step", retries=FILE_RETRIES)  # recorded in the published version
check_inputs_task = stage_task("check-inputs", "check_inputs_step", retries=FILE_RETRIES)  # every CSV row, before any DICOM work
find_files_task = stage_task("find-files", "plan_index_chunks", retries=FILE_RETRIES)  # listed, not yet read
index_chunk_task = stage_task("index-chunk", "index_step", retries=FILE_RETRIES, announce=False)
file_rules_task = stage_task("file-rules", "file_rules_step", retries=FILE_RETRIES)  # reads ultrasound headers
preprocess_chunk_task = stage_task("preprocess-chunk", "preprocess_step", pause="before", retries=FILE_RETRIES,
                                   announce=False)
exam_rules_task = stage_task("exam-rules", "exam_rules_step", retries=FILE_RETRIES)  # after the image-store prune
label_task = stage_task("label-pathology", "label_step", retries=FILE_RETRIES)  # the findings cache entry is written
radiology_task = stage_task("radiology-birads", "radiology_step", retries=FILE_RETRIES)
split_task = stage_task("split", "split_step")
review_task = stage_task("review-decisions", "review_input_step")
eligibility_task = stage_task("test-set-filters", "eligibility_step")
report_task = stage_task("funnel-and-card", "report_step")
validate_task = stage_task("validate-contracts", "validate_step", retries=FILE_RETRIES)  # the report is written
publish_task = stage_task("publish", "publish_step", pause="none")  # own checkpoints; never half-retried


# ----------------------------------------------------------------------------------- flows
def _progress(logger, label: str, futures, unit: str) -> list:
    """Collect results as they finish, logging progress with rate and time left
    (``index: 12/40 chunks, 2,304 files, 410 files/s, ETA 00:00:07``)."""
    results, done, items, every = [None] * len(futures), 0, 0, max(1, len(futures) // 10)
    position = {id(f): i for i, f in enumerate(futures)}
    started = time.monotonic()
    for fut in as_completed(futures):
        res = fut.result()
        results[position[id(fut)]] = res
        done += 1
        items += res.n_items
        if done % every == 0 or done == len(futures):
            elapsed = max(time.monotonic() - started, 1e-6)
            left = elapsed / done * (len(futures) - done)
            logger.info("%s: %d/%d chunks, %s %s, %s %s/s, %s%s", label, done, len(futures), f"{items:,}", unit,
                        f"{items / elapsed:,.0f}", unit,
                        f"ETA {time.strftime('%H:%M:%S', time.gmtime(left))}" if done < len(futures)
                        else f"done in {elapsed:.1f} s",
                        f" ({sum(r.from_cache for r in results if r)} from cache)" if any(
                            r.from_cache for r in results if r) else "")
    return results


@flow(name="build-dataset-stages", log_prints=True)
def build_dataset_stages(export_dir: str, out_dir: str, chunk_size: int, split_salt: str,
                         date_format: str | None = None) -> dict[str, Any]:
    # Prefect stores a failed flow's exception: it must not be one that quotes patient data
    return call_withholding_details("build-dataset", _stages, export_dir, out_dir, chunk_size, split_salt,
                                    date_format)


def _stages(export_dir: str, out_dir: str, chunk_size: int, split_salt: str,
            date_format: str | None = None) -> dict[str, Any]:
    logger = get_run_logger()
    version = new_version_id()
    out = OutputLayout(out_dir)
    cache_dir, report_dir = str(out.cache), str(out.reports)

    fingerprint = fingerprint_task(export_dir, out_dir, chunk_size, split_salt, date_format)
    inputs = check_inputs_task(export_dir, date_format)
    logger.info(inputs.summary_line())
    chunks = find_files_task(export_dir, chunk_size)
    logger.info("found %s files in %d chunks", f"{sum(map(len, chunks)):,}", len(chunks))
    index_parts = _progress(logger, "index", [index_chunk_task.submit(export_dir, c, cache_dir) for c in chunks],
                            "files")
    # identifiers: the whole export's identifier map, in memory only (masks paths, scrubs free text)
    dicom_index, file_exclusions, pre_chunks, duplicates, identifiers = file_rules_task(index_parts, chunks,
                                                                                        export_dir)
    pre_parts = _progress(logger, "preprocess",
                          [preprocess_chunk_task.submit(export_dir, c, out_dir) for c in pre_chunks], "files")
    images, pre_exclusions = steps.concat_chunks(pre_parts, pairs=True)
    images, exclusions, exams = exam_rules_task(images, [file_exclusions, pre_exclusions], dicom_index, out_dir,
                                                [p.key for p in pre_parts], duplicates, inputs.patients)
    findings_future = label_task.submit(inputs.pathology, images, cache_dir, identifiers)
    radiology_future = radiology_task.submit(inputs.radiology)
    splits = split_task(exams, split_salt)
    findings, breast_labels, label_review, pathology_accounting, pathology_cached = findings_future.result()
    radiology_assessments, radiology_accounting = radiology_future.result()
    unread = radiology_accounting.column("reason").to_pylist().count("birads_unread")
    if unread:  # a layout the reader does not know: said once here, listed in `reports`
        logger.warning("%d radiology report(s) name BI-RADS but no category could be read from them "
                       "(reports.reason = 'birads_unread'): check their layout", unread)
    unread = pathology_accounting.column("reason").to_pylist().count("diagnosis_unread")
    if unread:
        logger.warning("%d pathology report(s) name a diagnosis that no heading the reader knows placed "
                       "(reports.reason = 'diagnosis_unread'): their breasts went to review; check their layout", unread)
    tables: dict[str, Any] = steps.scrub_step({
        "dicom_index": dicom_index,
        "images": images,
        "exclusions": exclusions,
        "exams": exams,
        "pathology_findings": findings,
        "breast_labels": breast_labels,
        "label_review": label_review,
        "reports": steps.concat_chunks([pathology_accounting, radiology_accounting]),
        "radiology_assessments": radiology_assessments,
        "splits": splits,
        "input_issues": inputs.issues,
    }, identifiers)
    decisions = review_task(out_dir)  # OUT/review/decisions.csv: applied to the labels and Fig. A.3
    for line in decisions.problems:
        logger.warning("%s", line)
    tables.update(eligibility_task(tables, decisions))
    outcomes = tables["review_decisions"].column("outcome").value_counts().to_pylist()
    if outcomes:
        logger.info("review decisions: %s", ", ".join(f"{o['counts']} {o['values']}" for o in outcomes))
    tables_extra = report_task(tables, version, decisions.metadata())
    tables["funnel"] = tables_extra.pop("funnel")
    contracts_ok, contract_summary = validate_task(tables, report_dir, version)
    if not contracts_ok:
        logger.error("%s", contract_summary)
        artifacts.contracts_artifact(report_dir)
        failed = steps.failed_contracts_dir(report_dir, version)
        return Failed(message=f"data contracts failed, nothing was published; see {failed}/contract_report.md")
    logger.info(contract_summary)
    published = publish_task(out_dir, tables, tables_extra["files"], version, {"review_decisions": decisions.metadata()},
                             fingerprint)
    logger.info("published version %s -> %s", published["version"], published["catalog"])
    artifacts.build_artifacts(tables, tables_extra["files"], report_dir,
                              {"index": index_parts, "preprocess": pre_parts}, published["version"])
    cache = {
        "index_chunks_computed": sum(not p.from_cache for p in index_parts),
        "preprocess_chunks_computed": sum(not p.from_cache for p in pre_parts),
        "pathology_from_cache": pathology_cached,
    }
    logger.info("recomputed: %s", cache)
    return {**published, "counts": {k: v.num_rows for k, v in tables.items()}, "cache": cache}


@flow(name="build-dataset", log_prints=True)
def build_dataset(
    export_dir: str,
    out_dir: str,
    workers: int | None = None,
    dask_address: str | None = None,
    chunk_size: int = 256,
    split_salt: str = "sonolabel-split-v1",
    wait_for_lock_s: float = 0.0,
    date_format: str | None = None,
    force: bool = False,
) -> dict[str, Any]:
    """Build the curated dataset from a hospital export (DICOM tree + report CSVs).

    Args:
        export_dir: folder with ``dicom/``, ``pathology_reports.csv``, ``radiology_reports.csv``,
            ``patients.csv`` (see docs/data_model.md).
        out_dir: where versions, the catalog, caches and reports go.
        workers: local Dask worker processes (default: all cores); ignored with ``dask_address``.
        dask_address: address of an existing Dask scheduler to run the chunk tasks on.
        chunk_size: files per index/preprocess task.
        split_salt: salt of the patient split hash (change it and every patient may move).
        wait_for_lock_s: how long to wait for another build on ``out_dir`` to finish.
        date_format: strftime format of the CSV dates (default: ISO ``YYYY-MM-DD``; never guessed).
        force: build even when the published version was built from these very inputs (export,
            review decisions, parameters, code, key and libraries: flows/fingerprint.py); without it
            such a run (a scheduled deployment on an unchanged export) returns that version at once.
    """
    # bad input (no export, an unusable OUT, another build holding OUT, a bad CSV, a misconfigured
    # cluster) fails the run with one readable message instead of an exception and its traceback
    try:
        check_export(export_dir)
        check_output(export_dir, out_dir)
        pseudonyms.require_key_for(export_dir)  # the public demo key builds demo exports only
        # before any cluster starts: an unchanged export costs a listing and a hash, not a build
        current = None if force else up_to_date_version(export_dir, out_dir, chunk_size, split_salt, date_format)
        if current:
            get_run_logger().info("up to date: version %s was built from these inputs; force=True rebuilds it", current)
            return steps.published_summary(out_dir, current)
        with build_lock(out_dir, wait_s=wait_for_lock_s):
            state = build_dataset_stages.with_options(task_runner=make_task_runner(workers, dask_address))(
                str(Path(export_dir).resolve()), str(Path(out_dir).resolve()), chunk_size, split_salt, date_format,
                return_state=True,
            )
        if not state.is_completed():
            try:
                state.result(raise_on_failure=True)  # a stage's UserError comes out here
            except UserError:
                raise
            except Exception:  # noqa: BLE001, S110 - any other failure: its state message says it
                pass
    except UserError as err:
        get_run_logger().error("%s", err)
        return Failed(message=str(err))
    # a failed stage (e.g. a data contract) fails this run with the stage's message, no traceback
    if not state.is_completed():
        return Failed(message=state.message)
    return state.result()


def make_task_runner(workers: int | None, dask_address: str | None):
    """A DaskTaskRunner: on an existing cluster, or a local cluster of ``workers`` processes.

    Its workers report to the driver's Prefect API, the ephemeral one included (flows/dask_runner.py).
    On an existing cluster every worker must import this project and hash identifiers with the
    same pseudonym key as this process, else the tables would silently join on different uids:
    both are checked up front (a probe uid is compared, the key itself never leaves a process).
    """
    if dask_address:
        api_url = ephemeral_api_url()

        def probe() -> str:
            return pseudonyms.patient_uid("sonolabel-worker-key-probe")

        def reaches_api() -> bool:
            try:
                with urlopen(f"{api_url}/health", timeout=5) as response:
                    return response.status == 200
            except (OSError, ValueError):
                return False

        try:
            with Client(dask_address, timeout=30) as client:
                if not client.scheduler_info(n_workers=-1)["workers"]:
                    client.wait_for_workers(1, timeout=60)
                uids = client.run(probe)
                # workers on other hosts cannot reach a driver's ephemeral API on 127.0.0.1: they start their own
                share_api = bool(api_url) and all(client.run(reaches_api).values())
        except (OSError, TimeoutError) as exc:
            raise UserError(f"cannot use the Dask cluster at {dask_address}: {exc}") from None
        except ImportError as exc:
            raise UserError(f"a worker of {dask_address} cannot import the project ({exc}); install it there") from None
        wrong = sorted(w for w, uid in uids.items() if uid != probe())
        if wrong:
            raise UserError(
                f"Dask workers {', '.join(wrong)} use another SONOLABEL_PSEUDONYM_KEY than this process; "
                "set the same key on every worker"
            )
        return SharedApiDaskTaskRunner(address=dask_address, share_api=share_api)
    n = workers or os.cpu_count() or 1
    return SharedApiDaskTaskRunner(
        cluster_kwargs={"n_workers": n, "threads_per_worker": 1, "processes": True, "dashboard_address": ":0"}
    )
