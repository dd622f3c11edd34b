"""The ``build-dataset`` flow: stages 1-8 of DESIGN.md wired as Prefect tasks.

No business logic lives here: every task calls one stage function of ``curation/``, ``nlp/`` or
``data_contracts/``. Chunked stages (index, preprocess) are mapped over chunks and run on the
flow's task runner: a local Dask cluster by default (one process per core), or an existing
Dask cluster when ``dask_address`` is given (``tcp://scheduler:8786``), through prefect-dask.

Run it:
    sonolabel build-dataset EXPORT_DIR OUT_DIR                 # in-process, ephemeral Prefect API
    prefect deployment run 'build-dataset/nightly'             # a served deployment (prefect.yaml)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sonolabel import runtime
from sonolabel.faults import checkpoint  # crash tests pause stages here (no-op unless enabled)

runtime.configure()  # before prefect is imported: no analytics, a project-local PREFECT_HOME

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.futures import as_completed  # noqa: E402
from prefect.states import Failed  # noqa: E402


# ----------------------------------------------------------------------------------- tasks
@task(name="find-files")
def find_files_task(export_dir: str, chunk_size: int) -> list[list[str]]:
    from curation.build_steps import plan_index_chunks

    chunks = plan_index_chunks(export_dir, chunk_size)
    checkpoint("find-files")  # files listed, not yet read: a test may delete or corrupt some here
    return chunks


@task(name="index-chunk")
def index_chunk_task(export_dir: str, relpaths: list[str], cache_dir: str):
    from curation.build_steps import index_step

    result = index_step(export_dir, relpaths, cache_dir)
    checkpoint("index-chunk")  # this chunk's cache entry is written, the stage is not done
    return result


@task(name="file-rules")
def file_rules_task(index_parts, chunks, export_dir: str):
    from curation.build_steps import file_rules_step

    result = file_rules_step(index_parts, chunks, export_dir)
    checkpoint("file-rules")
    return result


@task(name="preprocess-chunk")
def preprocess_chunk_task(export_dir: str, rows, out_dir: str):
    from curation.build_steps import preprocess_step

    checkpoint("preprocess-chunk")  # before this chunk is decoded (other chunks may be running or done)
    return preprocess_step(export_dir, rows, out_dir)


@task(name="exam-rules")
def exam_rules_task(images, earlier_exclusions, dicom_index, out_dir: str, shards_in_use: list[str]):
    from curation.build_steps import exam_rules_step

    result = exam_rules_step(images, earlier_exclusions, dicom_index, out_dir, shards_in_use)
    checkpoint("exam-rules")  # after the image-store prune
    return result


@task(name="label-pathology")
def label_task(export_dir: str, images, cache_dir: str):
    from curation.build_steps import label_step

    result = label_step(export_dir, images, cache_dir)
    checkpoint("label-pathology")  # the findings cache entry is written
    return result


@task(name="radiology-birads")
def radiology_task(export_dir: str):
    from curation.build_steps import radiology_step

    result = radiology_step(export_dir)
    checkpoint("radiology-birads")
    return result


@task(name="split")
def split_task(exams, split_salt: str):
    from curation.build_steps import split_step

    result = split_step(exams, split_salt)
    checkpoint("split")
    return result


@task(name="test-set-filters")
def eligibility_task(tables: dict[str, Any]):
    from curation.build_steps import eligibility_step

    result = eligibility_step(tables)
    checkpoint("test-set-filters")
    return result


@task(name="funnel-and-card")
def report_task(tables: dict[str, Any], version: str):
    from curation.build_steps import report_step

    result = report_step(tables, version)
    checkpoint("funnel-and-card")
    return result


@task(name="validate-contracts")
def validate_task(tables: dict[str, Any], report_dir: str):
    from data_contracts.validate import ContractViolation, enforce

    try:
        summary = enforce(tables, report_dir=Path(report_dir)).summary_line()
        checkpoint("validate-contracts")  # the contract report is written
        return True, summary
    except ContractViolation as violation:
        return False, str(violation)


@task(name="publish")
def publish_task(out_dir: str, tables: dict[str, Any], extra_files: dict[str, bytes], version: str):
    from curation.publish import publish

    pub = publish(out_dir, tables, version=version, extra_files=extra_files)
    return {"version": pub.version, "catalog": str(pub.catalog), "version_dir": str(pub.version_dir)}


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
    from curation.build_steps import concat_chunks
    from curation.publish import new_version_id

    logger = get_run_logger()
    version = new_version_id()
    cache_dir = str(Path(out_dir) / "cache")
    report_dir = str(Path(out_dir) / "reports")

    chunks = find_files_task(export_dir, chunk_size)
    logger.info("found %s files in %d chunks", f"{sum(map(len, chunks)):,}", len(chunks))
    index_parts = _progress(logger, "index", [index_chunk_task.submit(export_dir, c, cache_dir) for c in chunks],
                            "files")
    dicom_index, file_exclusions, pre_chunks = file_rules_task(index_parts, chunks, export_dir)
    pre_parts = _progress(logger, "preprocess",
                          [preprocess_chunk_task.submit(export_dir, c, out_dir) for c in pre_chunks], "files")
    images, pre_exclusions = concat_chunks(pre_parts, pairs=True)
    images, exclusions, exams = exam_rules_task(images, [file_exclusions, pre_exclusions], dicom_index, out_dir,
                                                [p.key for p in pre_parts])
    findings_future = label_task.submit(export_dir, images, cache_dir)
    radiology_future = radiology_task.submit(export_dir)
    splits = split_task(exams, split_salt)
    findings, breast_labels, report_accounting, pathology_cached = findings_future.result()
    tables: dict[str, Any] = {
        "dicom_index": dicom_index,
        "images": images,
        "exclusions": exclusions,
        "exams": exams,
        "pathology_findings": findings,
        "breast_labels": breast_labels,
        "reports": report_accounting,
        "radiology_assessments": radiology_future.result(),
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
    published = publish_task(out_dir, tables, tables_extra["files"], version)
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
    from curation.build_lock import build_lock
    from curation.build_steps import check_export
    from sonolabel.errors import UserError

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
    from flows.dask_runner import SharedApiDaskTaskRunner as DaskTaskRunner

    if dask_address:
        from distributed import Client

        from flows.dask_runner import ephemeral_api_url
        from sonolabel.errors import UserError

        api_url = ephemeral_api_url()

        def probe() -> str:
            from curation import pseudonym

            return pseudonym.patient_uid("sonolabel-worker-key-probe")

        def reaches_api() -> bool:
            from urllib.request import urlopen

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
        return DaskTaskRunner(address=dask_address, share_api=share_api)
    n = workers or os.cpu_count() or 1
    return DaskTaskRunner(
        cluster_kwargs={"n_workers": n, "threads_per_worker": 1, "processes": True, "dashboard_address": ":0"}
    )
