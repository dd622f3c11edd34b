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
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from core import pseudonyms
from core.errors import UserError
from core.layout import ExportLayout, OutputLayout
from core.pseudonyms import key_fingerprint
from core.tables import frame_to_table
from curation.chunk_cache import ChunkCache, chunk_key
from curation.curate import filter_index, finish_exams
from curation.dataset_card import dataset_card
from curation.dicom_index import find_files
from curation.eligibility.funnel import plot_eligibility_funnel
from curation.eligibility.inputs import pathology_from_findings
from curation.eligibility.rules import EligibilityResult, apply_test_set_filters
from curation.exams import breast_exams, build_exams
from curation.funnel import build_funnel, plot_funnel
from curation.identifiers import (
    FREE_TEXT_COLUMNS,
    csv_identifiers,
    merge,
    protect_index,
    scrub_columns,
    scrubber,
)
from curation.image_store import ImageStore
from curation.incremental import cached_index_chunk_identifiers
from curation.incremental import plan_chunks as plan_file_chunks
from curation.input_check import CheckedInputs, check_inputs
from curation.preprocess import plan_chunks as plan_preprocess_chunks
from curation.preprocess import preprocess_chunk_shard
from curation.publish import TableDescription, publish
from curation.reports import pathology_accounting, radiology_accounting
from curation.review_decisions import (
    LABEL_REVIEW_FIELDS,
    LABEL_SOURCE_FIELD,
    REVIEW_DECISIONS_SCHEMA,
    ReviewDecisions,
    apply_eligibility_decisions,
    apply_label_decisions,
    decision_outcomes,
    read_decisions,
    settle_label_review,
)
from curation.splits import SPLITS_SCHEMA, assign_splits, attach_split
from data_contracts.validate import ContractViolation, enforce, table_descriptions
from flows.fingerprint import build_fingerprint, fingerprint_file
from nlp.birads import radiology_text_issues, resolve_radiology_birads
from nlp.labels import extract_pathology_findings, label_breasts_and_review, pathology_text_issues
from nlp.schemas import BREAST_LABELS_SCHEMA, LABEL_REVIEW_SCHEMA, PATHOLOGY_FINDINGS_SCHEMA, RADIOLOGY_BIRADS_SCHEMA

# v4: keyed on the checked rows (not the file), document structure, effect / reason per finding,
# evidence stored scrubbed
PATHOLOGY_STAGE_VERSION = "pathology-v5"
FREE_TEXT = {"dicom_index": FREE_TEXT_COLUMNS, "exclusions": ("detail",), "pathology_findings": ("evidence",)}


@dataclass
class ChunkResult:
    """What a chunk task returns: its table(s) and bookkeeping for progress output."""

    table: pa.Table
    n_items: int
    from_cache: bool
    exclusions: pa.Table | None = None
    key: str | None = None  # e.g. the image-store shard the chunk wrote or reused
    identifiers: dict[str, str] | None = None  # index chunks: their identifier map (memory only)


def check_inputs_step(export_dir: str, date_format: str | None = None) -> CheckedInputs:
    """Stage 0, before any DICOM work: every row of the three CSVs (fatal problems raise UserError)."""
    return check_inputs(export_dir, date_format)


def fingerprint_step(export_dir: str, out_dir: str, chunk_size: int, split_salt: str,
                     date_format: str | None = None) -> str:
    """The build's input fingerprint, taken before any file is read (flows/fingerprint.py)."""
    return build_fingerprint(export_dir, chunk_size, split_salt, date_format,
                             OutputLayout(out_dir).review_decisions)


def plan_index_chunks(export_dir: str | os.PathLike, chunk_size: int) -> list[list[str]]:
    dicom = ExportLayout(export_dir).dicom
    files = find_files(dicom)
    if not files:
        raise UserError(f"{dicom} holds no files: nothing to build (put the export's DICOM files under it)")
    return plan_file_chunks(files, chunk_size)


def index_step(export_dir: str, relpaths: list[str], cache_dir: str | None) -> ChunkResult:
    table, identifiers, hit = cached_index_chunk_identifiers(ExportLayout(export_dir).dicom, relpaths, cache_dir)
    return ChunkResult(table=table, n_items=len(relpaths), from_cache=hit, identifiers=identifiers)


def file_rules_step(index_parts: list[ChunkResult], chunks: list[list[str]], export_dir: str
                    ) -> tuple[pa.Table, pa.Table, list[pa.Table], pd.DataFrame, dict[str, str]]:
    """Concatenate the index, mask and scrub it, apply the header rules, plan the preprocess chunks.

    Returns ``(dicom_index, exclusions, preprocess chunks, duplicate candidates, identifiers)``:
    the duplicate rule waits for preprocessing (:func:`exam_rules_step`); ``identifiers`` is the
    whole export's identifier map (every chunk's headers and the CSVs; memory only), which masks
    every path and scrubs every description here and the report evidence later. Index chunks
    keep the order of their input paths, so the real relpaths (in memory only) line up with the rows.
    """
    source_relpaths = [rel for chunk in chunks for rel in chunk]
    identifiers = merge(*(p.identifiers or {} for p in index_parts), csv_identifiers(export_dir))
    dicom_index = protect_index(concat_chunks(index_parts), source_relpaths, identifiers)
    kept_rows, exclusions, duplicates = filter_index(dicom_index, source_relpaths, ExportLayout(export_dir).dicom)
    planned = plan_preprocess_chunks(kept_rows.to_pylist())
    return (dicom_index, exclusions, [pa.Table.from_pylist(c, schema=kept_rows.schema) for c in planned],
            duplicates, identifiers)


def preprocess_step(export_dir: str, rows: pa.Table, out_dir: str) -> ChunkResult:
    """Decode, crop, resize one chunk into the image store (a stored shard is reused as is)."""
    store = ImageStore(OutputLayout(out_dir).image_store)
    hit = store.has(store.shard_id((r["file_relpath"], r.get("content_hash")) for r in rows.to_pylist()))
    images, exclusions, shard = preprocess_chunk_shard(rows, ExportLayout(export_dir).dicom, store)
    return ChunkResult(table=images, n_items=rows.num_rows, from_cache=hit, exclusions=exclusions, key=shard)


def exam_rules_step(images: pa.Table | None, earlier_exclusions: list[pa.Table], dicom_index: pa.Table,
                    out_dir: str, shards_in_use: list[str], duplicates: pd.DataFrame | None = None,
                    patients: pa.Table | None = None) -> tuple[pa.Table, pa.Table, pa.Table]:
    """The deferred duplicate rule and the exam rules, then the ``exams`` table (with the
    ``patients.csv`` fields); prunes image-store shards no build uses any more.

    No image left is the user's to fix (an export of non-DICOM or excluded files only): one line
    with the most frequent reasons, and nothing is published.
    """
    images, exclusions = finish_exams(images, [e for e in earlier_exclusions if e is not None], duplicates)
    if images.num_rows == 0:
        reasons = exclusions.group_by("reason").aggregate([("file_relpath", "count_distinct")]).to_pylist()
        top = sorted(reasons, key=lambda r: -r["file_relpath_count_distinct"])[:4]
        why = ", ".join(f"{r['reason']} {r['file_relpath_count_distinct']:,}" for r in top)
        raise UserError(f"none of the {dicom_index.num_rows:,} files of the export's dicom/ folder passed the filters "
                        f"({why}): nothing to publish")
    exams = build_exams(images.to_pandas(), dicom_index.to_pandas(),
                        patients.to_pandas() if patients is not None else None)
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


def report_step(tables: dict[str, pa.Table], version: str = "", review_file: dict | None = None) -> dict[str, Any]:
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
    review = tables["review_decisions"].to_pandas() if "review_decisions" in tables else None
    card = dataset_card(frames["images"], frames["exams"], frames["breast_labels"], frames["splits"],
                        funnel.to_pandas(), eligibility, version=version, review_decisions=review, review_file=review_file,
                        key=pseudonyms.key_record())
    files["dataset_card.md"] = card.encode()
    return {"funnel": funnel, "files": files}


def _frame_sha256(frame: pd.DataFrame) -> str:
    """Content hash of a table's columns and values (row order included)."""
    h = hashlib.sha256("\0".join(map(str, frame.columns)).encode())
    h.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    return h.hexdigest()


def identifiers_digest(identifiers: dict[str, str]) -> str:
    """A keyed digest of an identifier map: cache keys change when the identifiers do."""
    return pseudonyms.report_uid("identifiers:" + "\n".join(sorted(identifiers)))


def label_step(pathology_reports: pa.Table, images: pa.Table, cache_dir: str | None, identifiers: dict[str, str]
               ) -> tuple[pa.Table, pa.Table, pa.Table, pa.Table, bool]:
    """Pathology NLP -> ``pathology_findings``; -30/+120-day window -> ``breast_labels`` and the
    ``label_review`` queue.

    ``pathology_reports``: the checked rows of ``pathology_reports.csv`` (:func:`check_inputs_step`).
    ``evidence`` is stored scrubbed with ``identifiers`` (the export's identifier map, see
    :func:`file_rules_step`) and identifier-shaped patterns: the NLP reads the original text, only
    the stored copy is scrubbed. The findings are cached by the content hash of those rows, the
    pseudonym key and the identifiers, so an unchanged report table is not re-parsed. Returns
    ``(findings, breast_labels, label_review, pathology report accounting, from_cache)``.
    """
    pathology = pathology_reports.to_pandas()
    cache = ChunkCache(cache_dir) if cache_dir else None
    key = chunk_key("pathology", f"{PATHOLOGY_STAGE_VERSION}/{key_fingerprint()}",
                    [_frame_sha256(pathology), identifiers_digest(identifiers)])
    findings_table = cache.get("pathology", key) if cache else None
    from_cache = findings_table is not None
    if findings_table is None:
        findings_table = frame_to_table(extract_pathology_findings(pathology), PATHOLOGY_FINDINGS_SCHEMA)
        findings_table = scrub_columns(findings_table, FREE_TEXT["pathology_findings"], scrubber(identifiers))
        if cache:
            cache.put("pathology", key, findings_table)
    findings = findings_table.to_pandas()
    breasts = breast_exams(images.to_pandas())
    labels, review = label_breasts_and_review(breasts, findings)
    accounting = pathology_accounting(pathology, findings, pathology_text_issues(pathology, findings))
    return (findings_table, frame_to_table(labels, BREAST_LABELS_SCHEMA), frame_to_table(review, LABEL_REVIEW_SCHEMA),
            accounting, from_cache)


def radiology_step(radiology_reports: pa.Table) -> tuple[pa.Table, pa.Table]:
    """Radiology reports (the checked rows) -> one BI-RADS per report x breast, and their accounting."""
    radiology = radiology_reports.to_pandas()
    assessments = resolve_radiology_birads(radiology)
    accounting = radiology_accounting(radiology, assessments, radiology_text_issues(radiology, assessments))
    return frame_to_table(assessments, RADIOLOGY_BIRADS_SCHEMA), accounting


def review_input_step(out_dir: str) -> ReviewDecisions:
    """The reviewer decisions (``OUT/review/decisions.csv``), read once: these bytes are applied and hashed."""
    return read_decisions(OutputLayout(out_dir).review_decisions)


def eligibility_step(tables: dict[str, pa.Table], decisions: ReviewDecisions | None = None) -> dict[str, pa.Table]:
    """Reviewer label decisions, Fig. A.3 filters on the test split, then include/exclude decisions
    -> ``breast_labels`` (with ``label_source``), ``test_eligibility``, ``manual_review``, ``review_decisions``
    and ``label_review`` (with ``review_state`` and ``decision``, when ``tables`` has it)."""
    decisions = decisions or ReviewDecisions.empty()
    nlp_labels = tables["breast_labels"]
    labels = apply_label_decisions(nlp_labels.to_pandas(), decisions)
    breasts = attach_split(breast_exams(tables["images"].to_pandas()), tables["splits"].to_pandas())
    result = apply_test_set_filters(
        breasts,
        labels,
        pathology_from_findings(tables["pathology_findings"].to_pandas()),
        tables["radiology_assessments"].to_pandas(),
    )
    eligibility, manual = apply_eligibility_decisions(result.test_eligibility, result.manual_review, decisions)
    out = EligibilityResult(eligibility, manual, result.details).to_arrow()
    schema = nlp_labels.schema
    out["breast_labels"] = frame_to_table(labels, schema if "label_source" in schema.names else schema.append(LABEL_SOURCE_FIELD))
    out["review_decisions"] = frame_to_table(decision_outcomes(decisions, labels, eligibility), REVIEW_DECISIONS_SCHEMA)
    if "label_review" in tables:  # the NLP's queue, each breast marked open or settled
        queue = tables["label_review"]
        schema = queue.schema
        for field in LABEL_REVIEW_FIELDS:
            schema = schema if field.name in schema.names else schema.append(field)
        out["label_review"] = frame_to_table(settle_label_review(queue.to_pandas(), decisions), schema)
    return out


CONTRACTS_DIR = "contracts"  # in a version folder: the report and the Data Docs site it was validated with
REPORT_FILES = ("contract_report.md", "contract_report.json")


def contracts_staging_dir(report_dir: str | os.PathLike, version: str) -> Path:
    """Where a build validates into, until publish moves the result into its version folder."""
    return Path(report_dir) / f".contracts-{version}"


def failed_contracts_dir(report_dir: str | os.PathLike, version: str) -> Path:
    """A failed build's contract report and Data Docs (kept: the next build never overwrites it).

    The version id starts with the build's UTC time, so the folders sort by time."""
    return Path(report_dir) / f"failed-{version}"


def validate_step(tables: dict[str, pa.Table], report_dir: str, version: str = "") -> tuple[bool, str]:
    """Every table against its contract: ``(passed, summary or violation message)``.

    The report and the Great Expectations Data Docs go into a staging folder under ``report_dir``;
    a failed build's folder is renamed ``failed-<version>`` and kept; a passed one is published with
    its version (:func:`publish_step`). ``report_dir/contract_report.md`` is the last build's report.
    """
    version = version or "unversioned"
    for leftover in Path(report_dir).glob(".contracts-*"):  # a build killed while validating
        shutil.rmtree(leftover, ignore_errors=True)
    staging = contracts_staging_dir(report_dir, version)
    try:
        summary, passed = enforce(tables, report_dir=staging, data_docs=True).summary_line(), True
    except ContractViolation as violation:
        summary, passed = str(violation), False
    for name in REPORT_FILES:
        shutil.copy2(staging / name, Path(report_dir) / name)
    if not passed:
        os.replace(staging, failed_contracts_dir(report_dir, version))
    return passed, summary


def catalog_descriptions() -> dict[str, TableDescription]:
    """The contract suites' table and column descriptions, for the catalog's ``COMMENT ON``."""
    return {table: TableDescription(text, columns) for table, (text, columns) in table_descriptions().items()}


def scrub_step(tables: dict[str, pa.Table], identifiers: dict[str, str]) -> dict[str, pa.Table]:
    """Every free-text column of :data:`FREE_TEXT` scrubbed with the export's identifiers (the
    last pass before validation: a detail written by a later stage, an exception message, is
    held to the same rule; scrubbing what is already scrubbed changes nothing)."""
    scrub = scrubber(identifiers)
    return {name: scrub_columns(t, FREE_TEXT.get(name, ()), scrub) for name, t in tables.items()}


def publish_step(out_dir: str, tables: dict[str, pa.Table], extra_files: dict[str, bytes], version: str,
                 metadata: dict[str, Any] | None = None, fingerprint: str | None = None) -> dict[str, str]:
    """Publish the version with its contract report and Data Docs (from :func:`validate_step`);
    ``version.json`` records ``metadata`` and the pseudonym key's fingerprint (never the key); with
    ``fingerprint``, the version also records its inputs' fingerprint (``build_inputs.json``)."""
    staging = contracts_staging_dir(OutputLayout(out_dir).reports, version)
    extra_dirs = {CONTRACTS_DIR: staging} if staging.is_dir() else None
    files = {**extra_files, **fingerprint_file(fingerprint)} if fingerprint else extra_files
    pub = publish(out_dir, tables, version=version, extra_files=files,
                  metadata={**pseudonyms.key_record(), **(metadata or {})},
                  descriptions=catalog_descriptions(), extra_dirs=extra_dirs)
    shutil.rmtree(staging, ignore_errors=True)
    return {"version": pub.version, "catalog": str(pub.catalog), "version_dir": str(pub.version_dir)}


def published_summary(out_dir: str | os.PathLike, version: str) -> dict[str, Any]:
    """What a build returns for a version it did not have to rebuild: the same keys as a build's
    result, the row counts read from the Parquet footers (no table is loaded), ``up_to_date``."""
    out = OutputLayout(out_dir)
    counts = {p.stem: pq.ParquetFile(p).metadata.num_rows for p in sorted(out.tables.glob("*.parquet"))}
    return {"version": version, "catalog": str(out.catalog), "version_dir": str(out.version_dir(version)),
            "counts": counts, "cache": {}, "up_to_date": True}
