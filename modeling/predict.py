"""Breast-level predictions: run a model over bags and write the predictions table.

The table (one row per exam x breast) is what ``sonolabel evaluate`` consumes:
``exam_uid, patient_uid, laterality, label_malignant, label_benign, score_malignant,
score_benign, split`` (labels int8 0/1, scores float64 probabilities), plus ``label`` and
``score``: copies of ``label_malignant`` and ``score_malignant`` (evaluation is on malignancy,
and those are the column names ``sonolabel evaluate`` reads). A run writes ``predictions.parquet``
(val + test) and ``test_predictions.parquet`` (the test split only: what to evaluate).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import torch

from core.tables import write_table_atomic
from modeling.bags import Bag, BagBatch
from modeling.model import BreastMIL

PREDICTION_SCHEMA = pa.schema(
    [
        ("exam_uid", pa.string()),
        ("patient_uid", pa.string()),
        ("laterality", pa.string()),
        ("label_malignant", pa.int8()),
        ("label_benign", pa.int8()),
        ("score_malignant", pa.float64()),
        ("score_benign", pa.float64()),
        ("split", pa.string()),
        ("label", pa.int8()),
        ("score", pa.float64()),
    ]
)


@torch.no_grad()
def predict_scores(model: BreastMIL, loader, device: torch.device | str = "cpu") -> dict[int, tuple[float, float]]:
    """``bag index -> (score_benign, score_malignant)`` for every bag the loader yields."""
    model.eval()
    out: dict[int, tuple[float, float]] = {}
    for batch in loader:
        batch: BagBatch = batch.to(device)
        probs = model(batch.images, batch.mask).breast_probs.double().cpu().numpy()
        for i, p in zip(batch.indices.tolist(), probs):
            out[i] = (float(p[0]), float(p[1]))
    return out


def predictions_frame(bags: Sequence[Bag], scores: dict[int, tuple[float, float]]) -> pd.DataFrame:
    """The predictions table for ``bags`` (position ``i`` of ``bags`` = loader index ``i``)."""
    if missing := set(range(len(bags))) - set(scores):
        raise ValueError(f"{len(missing)} bags have no score")
    rows = [
        {
            "exam_uid": b.exam_uid,
            "patient_uid": b.patient_uid,
            "laterality": b.laterality,
            "label_malignant": b.label_malignant,
            "label_benign": b.label_benign,
            "score_malignant": scores[i][1],
            "score_benign": scores[i][0],
            "split": b.split,
        }
        for i, b in enumerate(bags)
    ]
    df = pd.DataFrame(rows, columns=PREDICTION_SCHEMA.names[:-2])
    return with_evaluation_columns(df.astype({"label_malignant": np.int8, "label_benign": np.int8}))


def with_evaluation_columns(df: pd.DataFrame) -> pd.DataFrame:
    """Add (or refresh) ``label``/``score`` = ``label_malignant``/``score_malignant``."""
    return df.assign(label=df["label_malignant"].astype(np.int8), score=df["score_malignant"].astype(float))


def write_predictions(df: pd.DataFrame, path: str | os.PathLike, test_path: str | os.PathLike | None = None) -> Path:
    """Write a predictions table atomically with :data:`PREDICTION_SCHEMA`; with ``test_path``
    also its test-split rows (the table to evaluate)."""
    df = with_evaluation_columns(df.reset_index(drop=True))
    out = write_table_atomic(pa.Table.from_pandas(df, preserve_index=False), path, schema=PREDICTION_SCHEMA)
    if test_path is not None:
        test = df[df["split"] == "test"].reset_index(drop=True)
        write_table_atomic(pa.Table.from_pandas(test, preserve_index=False), test_path, schema=PREDICTION_SCHEMA)
    return out


def read_predictions(path: str | os.PathLike) -> pd.DataFrame:
    return pd.read_parquet(path)
