"""The build's steps as plain functions over tables and paths: one per Prefect task.

``flows/build_dataset.py`` wires these; each is testable without Prefect and only calls the
stage functions of ``curation/``, ``nlp/`` and ``data_contracts/`` (this module is where the
two labelling halves, curation and NLP, meet). Tables move between steps as ``pyarrow.Table``
(cheap to pickle to Dask workers, explicit schemas).
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from core.layout import ExportLayout, OutputLayout
from core.pseudonyms import key_fingerprint
from core.tables import frame_to_table
from curation.chunk_cache import ChunkCache, chunk_key
from curation.curate import filter_index, finish_exams
from curation.dataset_card import dataset_card
from curation.dicom_index import find_files
from curation.eligibility.funnel import plot_eligibility_funnel
from curation.eligibility.inputs import pathology_from_findings
from curation.eligibility.rules import apply_test_set_filters
from curation.exams import breast_exams, build_exams
from curation.funnel import build_funnel, plot_funnel
from curation.image_store import ImageStore
from curation.incremental import cached_index_chunk
from curation.incremental import plan_chunks as plan_file_chunks
from curation.inputs import read_csv_checked, read_radiology
from curation.preprocess import plan_chunks as plan_preprocess_chunks
from curation.preprocess import preprocess_chunk_shard
from curation.publish import publish
from curation.reports import pathology_accounting, radiology_accounting
from curation.splits import SPLITS_SCHEMA, assign_splits, attach_split
from data_contracts.validate import ContractViolation, enforce
from flows.fingerprint import build_fingerprint, fingerprint_file
from nlp.birads import resolve_radiology_birads
from nlp.labels import PATHOLOGY_REPORT_COLUMNS, extract_pathology_findings, label_breasts
from nlp.schemas import BREAST_LABELS_SCHEMA, PATHOLOGY_FINDINGS_SCHEMA, RADIOLOGY_BIRADS_SCHEMA

PATHOLOGY_STAGE_VERSION = "pathology-v1"


@dataclass
class ChunkResult:
    """What a chunk task returns: its table(s) and bookkeeping for progress output."""

    table: pa.Table
    n_items: int
    from_cache: bool
    exclusions: pa.Table | None = None
    key: str | None = None  # e.g. the image-store shard the chunk wrote or reused


def fingerprint_step(export_dir: str, chunk_size: int, split_salt: str) -> str:
    """The build's input fingerprint, taken before any file is read (flows/fingerprint.py)."""
    return build_fingerprint(export_dir, chunk_size, split_salt)


def plan_index_chunks(export_dir: str | os.PathLike, chunk_size: int) -> list[list[str]]:
    return plan_file_chunks(find_files(ExportLayout(export_dir).dicom), chunk_size)


def index_step(export_dir: str, relpaths: list[str], cache_dir: str | None) -> ChunkResult:
    table, hit = cached_index_chunk(ExportLayout(export_dir).dicom, relpaths, cache_dir)
    return ChunkResult(table=table, n_items=len(relpaths), from_cache=hit)


def file_rules_step(index_parts: list[ChunkResult], chunks: list[list[str]], export_dir: str
                    ) -> tuple[pa.Table, pa.Table, list[pa.Table]]:
    """Concatenate the index, apply the header rules, plan the preprocess chunks.

    Returns ``(dicom_index, exclusions, preprocess chunks)``. Index chunks keep the order of
    their input paths, so the real relpaths (in memory only) line up with the rows.
    """
    dicom_index = concat_chunks(index_parts)
    source_relpaths = [rel for chunk in chunks for rel in chunk]
    kept_rows, exclusions = filter_index(dicom_index, source_relpaths, ExportLayout(export_dir).dicom)
    planned = plan_preprocess_chunks(kept_rows.to_pylist())
    return dicom_index, exclusions, [pa.Table.from_pylist(c, schema=kept_rows.schema) for c in planned]


def preprocess_step(export_dir: str, rows: pa.Table, out_dir: str) -> ChunkResult:
    """Decode, crop, resize one chunk into the image store (a stored shard is reused as is)."""
    store = ImageStore(OutputLayout(out_dir).image_store)
    hit = store.has(store.shard_id((r["file_relpath"], r.get("content_hash")) for r in rows.to_pylist()))
    images, exclusions, shard = preprocess_chunk_shard(rows, ExportLayout(export_dir).dicom, store)
    return ChunkResult(table=images, n_items=rows.num_rows, from_cache=hit, exclusions=exclusions, key=shard)


def exam_rules_step(images: pa.Table, earlier_exclusions: list[pa.Table], dicom_index: pa.Table,
                    out_dir: str, shards_in_use: list[str]) -> tuple[pa.Table, pa.Table, pa.Table]:
    """Exam rules, then the ``exams`` table; prunes image-store shards no build uses any more."""
    images, exclusions = finish_exams(images, [e for e in earlier_exclusions if e is not None])
    exams = build_exams(images.to_pandas(), dicom_index.to_pandas())
    ImageStore(OutputLayout(out_dir).image_store).prune(set(shards_in_use) | _published_shards(out_dir))
    return images, exclusions, exams


def _published_shards(out_dir: str | os.PathLike) -> set[str]:
    """Shards the published versions still point at (readers of an older version keep working)."""
    shards: set[str] = set()
    for path in OutputLayout(out_dir).versions.glob("*/images.parquet"):
        try:
            shards |= set(pq.read_table(path, columns=["store_shard"]).column("store_shard").to_pylist())
        except (OSError, pa.ArrowInvalid):
            continue
    return shards


def concat_chunks(parts: list[Any], pairs: bool = False):
    """Concatenate chunk results (``ChunkResult`` or tables); with ``pairs`` also their exclusions."""
    tables = [p.table if isinstance(p, ChunkResult) else p for p in parts]
    tables = [t for t in tables if t is not None]
    merged = pa.concat_tables(tables, promote_options="default") if tables else None
    if not pairs:
        return merged
    excl = [p.exclusions for p in parts if isinstance(p, ChunkResult) and p.exclusions is not None]
    return merged, (pa.concat_tables(excl, promote_options="default") if excl else None)


def split_step(exams: pa.Table, split_salt: str) -> pa.Table:
    frame = assign_splits(exams.column("patient_uid").to_pylist(), split_salt)
    return pa.Table.from_pandas(frame, schema=SPLITS_SCHEMA, preserve_index=False)


def report_step(tables: dict[str, pa.Table], version: str = "") -> dict[str, Any]:
    """The funnel table, the dataset card and the plots that go into the published version."""
    frames = {k: tables[k].to_pandas() for k in ("dicom_index", "exclusions", "images", "exams",
                                                   "breast_labels", "splits")}
    funnel = build_funnel(frames["dicom_index"], frames["exclusions"], frames["images"])
    files: dict[str, bytes] = {}
    buf = io.BytesIO()
    plot_funnel(funnel.to_pandas(), buf)
    files["funnel.png"] = buf.getvalue()
    eligibility = tables["test_eligibility"].to_pandas() if "test_eligibility" in tables else None
    if eligibility is not None and len(eligibility):
        buf = io.BytesIO()
        plot_eligibility_funnel(eligibility, buf)
        files["test_set_funnel.png"] = buf.getvalue()
    card = dataset_card(frames["images"], frames["exams"], frames["breast_labels"], frames["splits"],
                        funnel.to_pandas(), eligibility, version=version)
    files["dataset_card.md"] = card.encode()
    return {"funnel": funnel, "files": files}


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def label_step(export_dir: str, images: pa.Table, cache_dir: str | None
               ) -> tuple[pa.Table, pa.Table, pa.Table, bool]:
    """Pathology NLP -> ``pathology_findings``; -30/+120-day window -> ``breast_labels``.

    The findings are cached by the pathology CSV's content hash (and the pseudonym key), so an
    unchanged report table is not re-parsed. Returns ``(findings, breast_labels, pathology
    report accounting, from_cache)``.
    """
    csv = ExportLayout(export_dir).pathology_csv
    pathology = read_csv_checked(csv, list(PATHOLOGY_REPORT_COLUMNS))
    cache = ChunkCache(cache_dir) if cache_dir else None
    key = chunk_key("pathology", f"{PATHOLOGY_STAGE_VERSION}/{key_fingerprint()}", [_file_sha256(csv)])
    findings_table = cache.get("pathology", key) if cache else None
    from_cache = findings_table is not None
    if findings_table is None:
        findings_table = frame_to_table(extract_pathology_findings(pathology), PATHOLOGY_FINDINGS_SCHEMA)
        if cache:
            cache.put("pathology", key, findings_table)
    findings = findings_table.to_pandas()
    breasts = breast_exams(images.to_pandas())
    labels = frame_to_table(label_breasts(breasts, findings), BREAST_LABELS_SCHEMA)
    return findings_table, labels, pathology_accounting(pathology, findings), from_cache


def radiology_step(export_dir: str) -> tuple[pa.Table, pa.Table]:
    """Radiology reports (read once) -> one BI-RADS per report x breast, and their accounting."""
    radiology = read_radiology(export_dir)
    assessments = resolve_radiology_birads(radiology)
    return frame_to_table(assessments, RADIOLOGY_BIRADS_SCHEMA), radiology_accounting(radiology, assessments)


def eligibility_step(tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """Fig. A.3 filters on the test split -> ``test_eligibility`` and ``manual_review``."""
    breasts = attach_split(breast_exams(tables["images"].to_pandas()), tables["splits"].to_pandas())
    result = apply_test_set_filters(
        breasts,
        tables["breast_labels"].to_pandas(),
        pathology_from_findings(tables["pathology_findings"].to_pandas()),
        tables["radiology_assessments"].to_pandas(),
    )
    return result.to_arrow()


def validate_step(tables: dict[str, pa.Table], report_dir: str) -> tuple[bool, str]:
    """Every table against its contract: ``(passed, summary or violation message)``."""
    try:
        return True, enforce(tables, report_dir=Path(report_dir)).summary_line()
    except ContractViolation as violation:
        return False, str(violation)


def publish_step(out_dir: str, tables: dict[str, pa.Table], extra_files: dict[str, bytes], version: str,
                 fingerprint: str | None = None) -> dict[str, str]:
    """Publish the tables and extra files; with ``fingerprint``, the version records its inputs' fingerprint."""
    files = {**extra_files, **fingerprint_file(fingerprint)} if fingerprint else extra_files
    pub = publish(out_dir, tables, version=version, extra_files=files)
    return {"version": pub.version, "catalog": str(pub.catalog), "version_dir": str(pub.version_dir)}
