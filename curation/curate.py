"""Stages 1-3 end to end as one pure function: index -> header filters -> preprocess -> exam rules.

Writes ``OUT/dicom_index.parquet``, ``OUT/images.parquet``, ``OUT/exclusions.parquet`` (atomic,
explicit schemas) and the image store ``OUT/image_store/``; returns the tables and per-rule counts.
A rerun over unchanged files reuses every image-store shard (nothing is decoded again).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa

from core.tables import write_table_atomic
from curation.dicom_index import (
    INDEX_SCHEMA,
    build_index,
    confirm_pixel_duplicates,
    find_files,
)
from curation.filters import apply_exam_rules, apply_file_filters, exclusions_table
from curation.image_store import ImageStore
from curation.preprocess import NEEDED_COLUMNS, preprocess
from curation.reason_codes import REASON_CODES
from curation.schemas import EXCLUSIONS_SCHEMA, IMAGES_SCHEMA
from curation.source_paths import arrow_relpath

RULE_COUNTS_SCHEMA = pa.schema([
    ("order", pa.int32()), ("stage", pa.string()), ("reason", pa.string()), ("n_files", pa.int64()),
    ("n_exams", pa.int64()),
])

# progress(stage, total) -> advance(n): the CLI passes a rich progress bar, tests pass nothing.
ProgressFactory = Callable[[str, int], Callable[[int], None]]


@dataclass(frozen=True)
class CurationResult:
    """What :func:`curate` produced (tables in memory and where they were written)."""

    dicom_index: pa.Table
    images: pa.Table
    exclusions: pa.Table
    rule_counts: pa.Table
    out_dir: Path
    store: ImageStore


def rule_counts(exclusions: pa.Table) -> pa.Table:
    """Files (and exams) excluded by each reason code, every code listed, in pipeline order."""
    df = exclusions.select(["reason", "file_relpath", "exam_uid"]).to_pandas()
    rows = []
    for i, rc in enumerate(REASON_CODES, 1):
        hit = df[df["reason"] == rc.code]
        rows.append({"order": i, "stage": str(rc.stage), "reason": rc.code, "n_files": int(hit["file_relpath"].nunique()),
                         "n_exams": int(hit["exam_uid"].nunique())})
    return pa.Table.from_pylist(rows, schema=RULE_COUNTS_SCHEMA)


def _to_pandas(table: pa.Table) -> pd.DataFrame:
    return table.to_pandas(types_mapper={pa.string(): pd.StringDtype()}.get, date_as_object=True)


def _images_table(df: pd.DataFrame) -> pa.Table:
    df = df[IMAGES_SCHEMA.names].astype("object")
    df = df.where(df.notna(), None)
    return pa.Table.from_pandas(df, schema=IMAGES_SCHEMA, preserve_index=False)


def filter_index(index: pa.Table, source_relpaths: list[str], dicom_dir: str | os.PathLike) -> tuple[pa.Table, pa.Table]:
    """Header rules over the whole index: ``(rows to preprocess, exclusions)``.

    ``source_relpaths`` are the real relpaths in the index's row order; published relpaths may
    be masked (curation.relpath_mask), so the real path travels in memory as ``source_relpath``
    and "sorts first" (duplicates) uses it through ``source_order``.
    """
    # the real paths as Arrow/pandas can hold them (a file name that is not UTF-8 in its bytes form)
    index_df = _to_pandas(index).assign(source_order=range(index.num_rows),
                                        source_relpath=[arrow_relpath(p) for p in source_relpaths])
    # Duplicate rule: sampled pixel hashes that collide are confirmed on the full bytes.
    index_df = confirm_pixel_duplicates(index_df, dicom_dir, relpath_column="source_relpath")
    filtered = apply_file_filters(index_df)
    needed = filtered.kept[list(NEEDED_COLUMNS)]
    kept_rows = pa.Table.from_pandas(needed.astype("object").where(needed.notna(), None), preserve_index=False)
    return kept_rows, filtered.exclusions


def finish_exams(images: pa.Table, earlier_exclusions: list[pa.Table]) -> tuple[pa.Table, pa.Table]:
    """Exam rules on the preprocessed images; returns the final ``(images, exclusions)``, sorted."""
    kept_images, exam_exclusions = apply_exam_rules(_to_pandas(images))
    images_out = _images_table(kept_images) if len(kept_images) else IMAGES_SCHEMA.empty_table()
    exclusions = pa.concat_tables([*earlier_exclusions, exam_exclusions]).cast(EXCLUSIONS_SCHEMA)
    if exclusions.num_rows == 0:
        exclusions = exclusions_table([])
    exclusions = exclusions.sort_by([("file_relpath", "ascending")])
    images_out = images_out.sort_by([("file_relpath", "ascending"), ("region_index", "ascending")])
    return images_out, exclusions


def curate(
    dicom_dir: str | os.PathLike,
    out_dir: str | os.PathLike,
    workers: int = 1,
    key: str | None = None,
    progress: ProgressFactory | None = None,
    prune_store: bool = True,
) -> CurationResult:
    """Run stages 1-3 over ``dicom_dir`` and write the results under ``out_dir``.

    Args:
        dicom_dir: the export's DICOM tree (any file names; non-DICOM files are accounted for).
        out_dir: output directory (created); the image store is ``out_dir/image_store``.
        workers: processes for the index and preprocessing stages (>= 1).
        key: pseudonym key (default: ``SONOLABEL_PSEUDONYM_KEY`` or the demo key, with a warning).
        progress: optional progress factory (see :data:`ProgressFactory`).
        prune_store: delete image-store shards no longer referenced (older inputs).
    """
    dicom_dir, out_dir = Path(dicom_dir), Path(out_dir)
    if not dicom_dir.is_dir():
        raise NotADirectoryError(f"DICOM directory not found: {dicom_dir}")
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    out_dir.mkdir(parents=True, exist_ok=True)
    store = ImageStore(out_dir / "image_store")

    files = find_files(dicom_dir)
    advance = progress("index", len(files)) if progress else None
    index = build_index(dicom_dir, workers=workers, key=key, on_chunk=advance, paths=files)
    write_table_atomic(index, out_dir / "dicom_index.parquet", schema=INDEX_SCHEMA)

    kept_rows, file_exclusions = filter_index(index, files, dicom_dir)
    advance = progress("preprocess", kept_rows.num_rows) if progress else None
    images, pp_exclusions, shards = preprocess(kept_rows, dicom_dir, store, workers=workers, on_chunk=advance)
    if prune_store:
        store.prune(shards)

    images_out, exclusions = finish_exams(images, [file_exclusions, pp_exclusions])
    write_table_atomic(images_out, out_dir / "images.parquet", schema=IMAGES_SCHEMA)
    write_table_atomic(exclusions, out_dir / "exclusions.parquet", schema=EXCLUSIONS_SCHEMA)
    counts = rule_counts(exclusions)
    return CurationResult(index, images_out, exclusions, counts, out_dir, store)
