"""Load and validate a breast-level predictions table (CSV or Parquet) for evaluation.

Accepted layouts (one row per breast):
- ``breast_id`` (or ``exam_uid`` + ``laterality``, or ``case_ID`` + ``side`` as in the NYU
  reader-study release), ``label`` (0/1 malignant), ``score`` (AI probability), optional
  ``patient_uid``, subgroup columns (``age``/``age_at_exam``, ``density``, ``manufacturer``,
  ``biopsied``) and reader columns (``reader_*``/``Reader*``).
- the reader-study fixture format: ``Reader*_POM`` and ``AI_*_POM`` columns; the first AI
  column becomes ``score`` unless ``ai_column`` names another.
Errors are :class:`core.errors.UserError` (one clear line in the CLI).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from core.errors import UserError
from core.vendors import vendor


def read_predictions(path: str | Path) -> pd.DataFrame:
    p = Path(path)
    if not p.exists():
        raise UserError(f"predictions file not found: {p}")
    try:
        if p.suffix.lower() in (".parquet", ".pq"):
            return pd.read_parquet(p)
        return pd.read_csv(p)
    except Exception as exc:  # unreadable / malformed file
        raise UserError(f"cannot read predictions table {p}: {exc}") from exc


def normalise_predictions(df: pd.DataFrame, ai_column: str | None = None) -> pd.DataFrame:
    """Return a copy with ``breast_id``, ``label`` (int 0/1), ``score`` (float) guaranteed."""
    d = df.copy()
    if "breast_id" not in d.columns:
        for a, b in (("exam_uid", "laterality"), ("case_ID", "side")):
            if a in d.columns and b in d.columns:
                d.insert(0, "breast_id", d[a].astype(str) + "_" + d[b].astype(str))
                break
        else:
            raise UserError("predictions need a breast id: 'breast_id', 'exam_uid'+'laterality' or 'case_ID'+'side'")
    if ai_column is not None:
        if ai_column not in d.columns:
            raise UserError(f"AI column {ai_column!r} not in predictions (have: {', '.join(map(str, d.columns))})")
        d["score"] = d[ai_column]
    elif "score" not in d.columns:
        ai = [c for c in d.columns if str(c).lower().startswith("ai_")]
        if not ai:
            raise UserError("predictions need a 'score' column (or AI_* columns)")
        d["score"] = d[ai[0]]
    if "label" not in d.columns:
        raise UserError("predictions need a 'label' column (1 = malignant, 0 = not)")
    d = d[d["label"].notna() & d["score"].notna()]
    lab = pd.to_numeric(d["label"], errors="coerce")
    if lab.isna().any() or not set(np.unique(lab)) <= {0, 1}:
        raise UserError("'label' must be 0 or 1")
    d["label"] = lab.astype(int)
    d["score"] = pd.to_numeric(d["score"], errors="coerce")
    if d["score"].isna().any():
        raise UserError("'score' must be numeric")
    if d["label"].nunique() < 2:
        raise UserError("predictions hold a single class: AUROC needs malignant and non-malignant breasts")
    if d["breast_id"].duplicated().any():
        raise UserError("duplicate breast ids in predictions")
    return d.reset_index(drop=True)


def attach_breast_context(predictions: pd.DataFrame, dataset_dir: str | Path) -> pd.DataFrame:
    """Add the subgroup columns of the curated tables to model predictions keyed by exam x breast.

    ``age_at_exam``, ``manufacturer`` and ``density`` (from ``patients.csv``, in builds that have
    it) come from ``exams``; ``manufacturer`` is the normalised
    vendor (``exams.vendor``; normalised here for builds older than that column), so that one
    vendor's spellings form one subgroup. ``biopsied`` (any pathology report in the -30/+120-day
    window) comes from ``breast_labels``. ``dataset_dir`` is a build output (its
    ``tables/``) or a folder holding the Parquet tables. Existing columns are kept as they are.
    """
    root = Path(dataset_dir)
    tables = root / "tables" if (root / "tables").is_dir() else root
    missing = [n for n in ("exams", "breast_labels") if not (tables / f"{n}.parquet").is_file()]
    if missing:
        raise UserError(f"{tables} lacks {', '.join(missing)}.parquet (pass a build-dataset output folder)")
    if not {"exam_uid", "laterality"} <= set(predictions.columns):
        raise UserError("predictions need exam_uid and laterality columns to attach the dataset's subgroups")
    exams = pd.read_parquet(tables / "exams.parquet")
    exams["manufacturer"] = exams["vendor"] if "vendor" in exams.columns else exams["manufacturer"].map(vendor)
    exams = exams[["exam_uid", "age_at_exam", "manufacturer", *(["density"] if "density" in exams.columns else [])]]
    labels = pd.read_parquet(tables / "breast_labels.parquet", columns=["exam_uid", "laterality", "n_reports"])
    labels = labels.assign(biopsied=labels["n_reports"] > 0).drop(columns="n_reports")
    out = predictions.merge(exams[[c for c in exams.columns if c == "exam_uid" or c not in predictions.columns]],
                            on="exam_uid", how="left")
    keep = [c for c in labels.columns if c in ("exam_uid", "laterality") or c not in out.columns]
    return out.merge(labels[keep], on=["exam_uid", "laterality"], how="left")
