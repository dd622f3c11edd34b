"""The build's steps as plain functions over tables and paths: one per Prefect task.

``flows/build_dataset.py`` wires these; each is testable without Prefect. Tables move between
steps as ``pyarrow.Table`` (cheap to pickle to Dask workers, explicit schemas).
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from sonolabel.errors import UserError

REPORT_CSVS = ("pathology_reports.csv", "radiology_reports.csv", "patients.csv")


@dataclass
class ChunkResult:
    """What a chunk task returns: its table(s) and bookkeeping for progress output."""

    table: pa.Table
    n_items: int
    from_cache: bool
    exclusions: pa.Table | None = None
    key: str | None = None  # e.g. the image-store shard the chunk wrote or reused


def check_export(export_dir: str | os.PathLike) -> Path:
    """Fail early, with one clear message, when the export folder is not usable."""
    root = Path(export_dir)
    if not root.is_dir():
        raise UserError(f"export folder not found: {root}")
    if not (root / "dicom").is_dir():
        raise UserError(f"{root} has no dicom/ folder (see docs/data_model.md for the export layout)")
    missing = [name for name in REPORT_CSVS if not (root / name).is_file()]
    if missing:
        raise UserError(f"{root} is missing {', '.join(missing)} (see docs/data_model.md)")
    return root


def plan_index_chunks(export_dir: str | os.PathLike, chunk_size: int) -> list[list[str]]:
    from curation.dicom_index import find_files
    from curation.incremental import plan_chunks

    return plan_chunks(find_files(Path(export_dir) / "dicom"), chunk_size)


def index_step(export_dir: str, relpaths: list[str], cache_dir: str | None) -> ChunkResult:
    from curation.incremental import cached_index_chunk

    table, hit = cached_index_chunk(Path(export_dir) / "dicom", relpaths, cache_dir)
    return ChunkResult(table=table, n_items=len(relpaths), from_cache=hit)


def file_rules_step(index_parts: list[ChunkResult], chunks: list[list[str]], export_dir: str
                    ) -> tuple[pa.Table, pa.Table, list[pa.Table]]:
    """Concatenate the index, apply the header rules, plan the preprocess chunks.

    Returns ``(dicom_index, exclusions, preprocess chunks)``. Index chunks keep the order of
    their input paths, so the real relpaths (in memory only) line up with the rows.
    """
    from curation.curate import filter_index
    from curation.preprocess import plan_chunks

    dicom_index = concat_chunks(index_parts)
    source_relpaths = [rel for chunk in chunks for rel in chunk]
    kept_rows, exclusions = filter_index(dicom_index, source_relpaths, Path(export_dir) / "dicom")
    planned = plan_chunks(kept_rows.to_pylist())
    return dicom_index, exclusions, [pa.Table.from_pylist(c, schema=kept_rows.schema) for c in planned]


def preprocess_step(export_dir: str, rows: pa.Table, out_dir: str) -> ChunkResult:
    """Decode, crop, resize one chunk into the image store (a stored shard is reused as is)."""
    from curation.image_store import ImageStore
    from curation.preprocess import preprocess_chunk_shard

    store = ImageStore(Path(out_dir) / "image_store")
    hit = store.has(store.shard_id((r["file_relpath"], r.get("content_hash")) for r in rows.to_pylist()))
    images, exclusions, shard = preprocess_chunk_shard(rows, Path(export_dir) / "dicom", store)
    return ChunkResult(table=images, n_items=rows.num_rows, from_cache=hit, exclusions=exclusions, key=shard)


def exam_rules_step(images: pa.Table, earlier_exclusions: list[pa.Table], dicom_index: pa.Table,
                    out_dir: str, shards_in_use: list[str]) -> tuple[pa.Table, pa.Table, pa.Table]:
    """Exam rules, then the ``exams`` table; prunes image-store shards no build uses any more."""
    from curation.curate import finish_exams
    from curation.exams import build_exams
    from curation.image_store import ImageStore

    images, exclusions = finish_exams(images, [e for e in earlier_exclusions if e is not None])
    exams = build_exams(images.to_pandas(), dicom_index.to_pandas())
    ImageStore(Path(out_dir) / "image_store").prune(set(shards_in_use) | _published_shards(out_dir))
    return images, exclusions, exams


def _published_shards(out_dir: str | os.PathLike) -> set[str]:
    """Shards the published versions still point at (readers of an older version keep working)."""
    import pyarrow.parquet as pq

    shards: set[str] = set()
    for path in (Path(out_dir) / "versions").glob("*/images.parquet"):
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
    from curation.splits import SPLITS_SCHEMA, assign_splits

    frame = assign_splits(exams.column("patient_uid").to_pylist(), split_salt)
    return pa.Table.from_pandas(frame, schema=SPLITS_SCHEMA, preserve_index=False)


def report_step(tables: dict[str, pa.Table], version: str = "") -> dict[str, Any]:
    """The funnel table, the dataset card and the plots that go into the published version."""
    from curation.dataset_card import dataset_card
    from curation.funnel import build_funnel, plot_funnel

    frames = {k: tables[k].to_pandas() for k in ("dicom_index", "exclusions", "images", "exams",
                                                   "breast_labels", "splits")}
    funnel = build_funnel(frames["dicom_index"], frames["exclusions"], frames["images"])
    files: dict[str, bytes] = {}
    buf = io.BytesIO()
    plot_funnel(funnel.to_pandas(), buf)
    files["funnel.png"] = buf.getvalue()
    eligibility = tables["test_eligibility"].to_pandas() if "test_eligibility" in tables else None
    if eligibility is not None and len(eligibility):
        from curation.test_set_funnel import plot_eligibility_funnel

        buf = io.BytesIO()
        plot_eligibility_funnel(eligibility, buf)
        files["test_set_funnel.png"] = buf.getvalue()
    card = dataset_card(frames["images"], frames["exams"], frames["breast_labels"], frames["splits"],
                        funnel.to_pandas(), eligibility, version=version)
    files["dataset_card.md"] = card.encode()
    return {"funnel": funnel, "files": files}


def read_csv_checked(path: Path, required: list[str]) -> pd.DataFrame:
    """Read an export CSV as strings; a missing column is a clear error naming the file."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read {path}: {exc}") from None
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise UserError(f"{path} lacks column(s) {', '.join(missing)} (see docs/data_model.md)")
    return frame


PATHOLOGY_STAGE_VERSION = "pathology-v1"


def _file_sha256(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


REPORTS_SCHEMA = pa.schema(
    [
        ("report_uid", pa.string()),
        ("patient_uid", pa.string()),
        ("kind", pa.string()),
        ("report_date", pa.date32()),
        ("modality", pa.string()),
        ("n_findings", pa.int32()),
        ("status", pa.string()),
    ]
)


def _report_accounting(pathology: pd.DataFrame, findings: pd.DataFrame,
                       radiology: pd.DataFrame, assessments: pd.DataFrame) -> pa.Table:
    """One row per input report (pathology and radiology): nothing read is lost silently.

    ``status``: ``findings`` (a pathology report with at least one finding), ``no_findings``,
    ``assessed`` (a radiology report with a BI-RADS for at least one breast), ``no_birads``.
    """
    from curation import pseudonym

    per_report = findings.groupby("report_uid").size() if len(findings) else pd.Series(dtype="int64")
    path = pd.DataFrame({
        "report_uid": [pseudonym.report_uid(str(r)) for r in pathology["report_id"]],
        "patient_uid": [pseudonym.patient_uid(str(p)) for p in pathology["patient_id"]],
        "kind": "pathology",
        "report_date": pd.to_datetime(pathology["specimen_date"], errors="coerce"),
        "modality": None,
    })
    path["n_findings"] = path["report_uid"].map(per_report).fillna(0).astype("int32")
    path["status"] = path["n_findings"].map(lambda n: "findings" if n else "no_findings")
    assessed = assessments.groupby("report_uid")["birads"].apply(lambda s: int(s.notna().sum())) \
        if len(assessments) else pd.Series(dtype="int64")
    rad = pd.DataFrame({
        "report_uid": [pseudonym.report_uid(str(r)) for r in radiology["report_id"]],
        "patient_uid": [pseudonym.patient_uid(str(p)) for p in radiology["patient_id"]],
        "kind": "radiology",
        "report_date": pd.to_datetime(radiology["exam_date"], errors="coerce"),
        "modality": radiology["modality"].astype(str).str.upper(),
    })
    rad["n_findings"] = rad["report_uid"].map(assessed).fillna(0).astype("int32")
    rad["status"] = rad["n_findings"].map(lambda n: "assessed" if n else "no_birads")
    from sonolabel.tables import frame_to_table as frame_to_arrow

    return frame_to_arrow(pd.concat([path, rad], ignore_index=True), REPORTS_SCHEMA)


def label_step(export_dir: str, images: pa.Table, cache_dir: str | None
               ) -> tuple[pa.Table, pa.Table, pa.Table, bool]:
    """Pathology NLP -> ``pathology_findings``; -30/+120-day window -> ``breast_labels``; report accounting.

    The findings are cached by the pathology CSV's content hash (and the pseudonym key), so an
    unchanged report table is not re-parsed. Returns ``(findings, breast_labels, reports, from_cache)``.
    """
    from curation.chunk_cache import ChunkCache, chunk_key
    from curation.exams import breast_exams
    from curation.pseudonym import key_fingerprint
    from nlp.birads import resolve_radiology_birads
    from nlp.labels import PATHOLOGY_REPORT_COLUMNS, extract_pathology_findings, label_breasts
    from nlp.schemas import BREAST_LABELS_SCHEMA, PATHOLOGY_FINDINGS_SCHEMA
    from sonolabel.tables import frame_to_table as frame_to_arrow

    root = Path(export_dir)
    csv = root / "pathology_reports.csv"
    pathology = read_csv_checked(csv, list(PATHOLOGY_REPORT_COLUMNS))
    cache = ChunkCache(cache_dir) if cache_dir else None
    key = chunk_key("pathology", f"{PATHOLOGY_STAGE_VERSION}/{key_fingerprint()}", [_file_sha256(csv)])
    findings_table = cache.get("pathology", key) if cache else None
    from_cache = findings_table is not None
    if findings_table is None:
        findings_table = frame_to_arrow(extract_pathology_findings(pathology), PATHOLOGY_FINDINGS_SCHEMA)
        if cache:
            cache.put("pathology", key, findings_table)
    findings = findings_table.to_pandas()
    breasts = breast_exams(images.to_pandas())
    labels = frame_to_arrow(label_breasts(breasts, findings), BREAST_LABELS_SCHEMA)
    radiology = read_radiology(root)
    accounting = _report_accounting(pathology, findings, radiology, resolve_radiology_birads(radiology))
    return findings_table, labels, accounting, from_cache


RADIOLOGY_COLUMNS = ["patient_id", "report_id", "accession_number", "exam_date", "modality",
                     "birads_left", "birads_right", "text"]


def read_radiology(export_dir: str | os.PathLike) -> pd.DataFrame:
    return read_csv_checked(Path(export_dir) / "radiology_reports.csv", RADIOLOGY_COLUMNS)


def radiology_step(export_dir: str) -> pa.Table:
    """Radiology reports -> one BI-RADS per report x breast (structured field, else the text)."""
    from nlp.birads import resolve_radiology_birads
    from nlp.schemas import RADIOLOGY_BIRADS_SCHEMA
    from sonolabel.tables import frame_to_table as frame_to_arrow

    return frame_to_arrow(resolve_radiology_birads(read_radiology(export_dir)), RADIOLOGY_BIRADS_SCHEMA)


def eligibility_step(tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """Fig. A.3 filters on the test split -> ``test_eligibility`` and ``manual_review``."""
    from curation.exams import breast_exams
    from curation.splits import attach_split
    from curation.test_set import apply_test_set_filters
    from curation.test_set_inputs import pathology_from_findings

    breasts = attach_split(breast_exams(tables["images"].to_pandas()), tables["splits"].to_pandas())
    result = apply_test_set_filters(
        breasts,
        tables["breast_labels"].to_pandas(),
        pathology_from_findings(tables["pathology_findings"].to_pandas()),
        tables["radiology_assessments"].to_pandas(),
    )
    return result.to_arrow()
