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
import os
from pathlib import Path
from typing import Any

from core import runtime
from core.faults import checkpoint  # crash tests pause stages here (no-op unless enabled)

runtime.configure()  # before prefect is imported: no analytics, a project-local PREFECT_HOME

from urllib.request import urlopen  # noqa: E402

from distributed import Client  # noqa: E402
from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.futures import as_completed  # noqa: E402
from prefect.states import Failed  # noqa: E402

from core import pseudonyms  # noqa: E402
from core.errors import UserError  # noqa: E402
from core.layout import OutputLayout  # noqa: E402
from curation.build_lock import build_lock  # noqa: E402
from curation.inputs import check_export  # noqa: E402
from curation.publish import new_version_id  # noqa: E402
from flows import steps  # noqa: E402
from flows.dask_runner import SharedApiDaskTaskRunner, ephemeral_api_url  # noqa: E402


# ----------------------------------------------------------------------------------- tasks
def stage_task(name: str, step: str, pause: str = "after"):
    """A Prefect task named ``name`` that runs ``flows.steps.<step>`` with a fault checkpoint.

    The step is looked up when the task runs, not when this module is imported, so a test can
    substitute one. ``pause`` places the checkpoint (a no-op unless a crash test enables it)
    ``"after"`` the step (its outputs, e.g. a cache entry, are written) or ``"before"`` it.
    """

    @functools.wraps(getattr(steps, step))
    def run(*args: Any, **kwargs: Any) -> Any:
        if pause == "before":
            checkpoint(name)
        result = getattr(steps, step)(*args, **kwargs)
        if pause == "after":
            checkpoint(name)
        return result

    return task(name=name)(run)


fingerprint_task = stage_task("fingerprint-inputs", "fingerprint_step")  # recorded in the published version
find_files_task = stage_task("find-files", "plan_index_chunks")  # listed, not yet read
index_chunk_task = stage_task("index-chunk", "index_step")
file_rules_task = stage_task("file-rules", "file_rules_step")
preprocess_chunk_task = stage_task("preprocess-chunk", "preprocess_step", pause="before")
exam_rules_task = stage_task("exam-rules", "exam_rules_step")  # after the image-store prune
label_task = stage_task("label-pathology", "label_step")  # the findings cache entry is written
radiology_task = stage_task("radiology-birads", "radiology_step")
split_task = stage_task("split", "split_step")
eligibility_task = stage_task("test-set-filters", "eligibility_step")
report_task = stage_task("funnel-and-card", "report_step")
validate_task = stage_task("validate-contracts", "validate_step")  # the contract report is written
publish_task = task(name="publish")(steps.publish_step)  # publish has checkpoints of its own


# ----------------------------------------------------------------------------------- flows
def _progress(logger, label: str, futures, unit: str) -> list:
    """Collect results as they finish, logging progress (``index: 12/40 chunks, 2,304 files``)."""
    results, done, items, every = [None] * len(futures), 0, 0, max(1, len(futures) // 10)
    position = {id(f): i for i, f in enumerate(futures)}
    for fut in as_completed(futures):
        res = fut.result()
        results[position[id(fut)]] = res
        done += 1
        items += res.n_items
        if done % every == 0 or done == len(futures):
            logger.info("%s: %d/%d chunks, %s %s%s", label, done, len(futures), f"{items:,}", unit,
                        f" ({sum(r.from_cache for r in results if r)} from cache)" if any(
                            r.from_cache for r in results if r) else "")
    return results


@flow(name="build-dataset-stages", log_prints=True)
def build_dataset_stages(export_dir: str, out_dir: str, chunk_size: int, split_salt: str) -> dict[str, Any]:
    logger = get_run_logger()
    version = new_version_id()
    out = OutputLayout(out_dir)
    cache_dir, report_dir = str(out.cache), str(out.reports)

    fingerprint = fingerprint_task(export_dir, chunk_size, split_salt)
    chunks = find_files_task(export_dir, chunk_size)
    logger.info("found %s files in %d chunks", f"{sum(map(len, chunks)):,}", len(chunks))
    index_parts = _progress(logger, "index", [index_chunk_task.submit(export_dir, c, cache_dir) for c in chunks],
                            "files")
    dicom_index, file_exclusions, pre_chunks = file_rules_task(index_parts, chunks, export_dir)
    pre_parts = _progress(logger, "preprocess",
                          [preprocess_chunk_task.submit(export_dir, c, out_dir) for c in pre_chunks], "files")
    images, pre_exclusions = steps.concat_chunks(pre_parts, pairs=True)
    images, exclusions, exams = exam_rules_task(images, [file_exclusions, pre_exclusions], dicom_index, out_dir,
                                                [p.key for p in pre_parts])
    findings_future = label_task.submit(export_dir, images, cache_dir)
    radiology_future = radiology_task.submit(export_dir)
    splits = split_task(exams, split_salt)
    findings, breast_labels, pathology_accounting, pathology_cached = findings_future.result()
    radiology_assessments, radiology_accounting = radiology_future.result()
    tables: dict[str, Any] = {
        "dicom_index": dicom_index,
        "images": images,
        "exclusions": exclusions,
        "exams": exams,
        "pathology_findings": findings,
        "breast_labels": breast_labels,
        "reports": steps.concat_chunks([pathology_accounting, radiology_accounting]),
        "radiology_assessments": radiology_assessments,
        "splits": splits,
    }
    tables.update(eligibility_task(tables))
    tables_extra = report_task(tables, version)
    tables["funnel"] = tables_extra.pop("funnel")
    contracts_ok, contract_summary = validate_task(tables, report_dir)
    if not contracts_ok:
        logger.error("%s", contract_summary)
        return Failed(message=f"data contracts failed, nothing was published; see {report_dir}/contract_report.md")
    logger.info(contract_summary)
    published = publish_task(out_dir, tables, tables_extra["files"], version, fingerprint)
    logger.info("published version %s -> %s", published["version"], published["catalog"])
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
    """
    # bad input (no export, another build holding OUT, a misconfigured cluster) fails the run with
    # one readable message instead of an exception Prefect would log with its traceback
    try:
        check_export(export_dir)
        with build_lock(out_dir, wait_s=wait_for_lock_s):
            state = build_dataset_stages.with_options(task_runner=make_task_runner(workers, dask_address))(
                str(Path(export_dir).resolve()), str(Path(out_dir).resolve()), chunk_size, split_salt,
                return_state=True,
            )
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
