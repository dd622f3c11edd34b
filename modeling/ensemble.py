"""Top-k ensemble (paper: mean of the breast-level predictions of the 3 best models).

Models are ranked on the *validation* malignant AUROC only (the test split never influences the
choice); the ensemble's scores are the unweighted mean of the members' scores per breast.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd

from modeling.predict import PREDICTION_SCHEMA, with_evaluation_columns

KEY = ["exam_uid", "laterality"]
SCORES = ["score_malignant", "score_benign"]


def select_top_k(results: pd.DataFrame, k: int = 3, metric: str = "best_val_auroc") -> pd.DataFrame:
    """The ``k`` rows of ``results`` with the highest validation ``metric`` (NaN rows never chosen).

    Ties are broken by the row order (earlier trial first), so the choice is deterministic.
    """
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be a positive integer, got {k!r}")
    if metric not in results.columns:
        raise ValueError(f"results lack the column {metric!r}")
    if "val" not in metric:
        raise ValueError(f"ensemble members must be chosen on a validation metric, got {metric!r}")
    valid = results[results[metric].map(lambda v: v is not None and not math.isnan(float(v)))]
    if valid.empty:
        raise ValueError("no model has a validation metric: cannot choose an ensemble")
    return valid.reset_index(drop=True).sort_values(metric, ascending=False, kind="stable").head(k)


def ensemble_predictions(members: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Mean scores of several prediction tables over the same breasts (same labels and splits)."""
    if not members:
        raise ValueError("an ensemble needs at least one member")
    base = members[0].sort_values(KEY).reset_index(drop=True)
    keys = base[KEY]
    total = base[SCORES].to_numpy(dtype=float).copy()
    for m in members[1:]:
        m = m.sort_values(KEY).reset_index(drop=True)
        if len(m) != len(base) or not m[KEY].equals(keys):
            raise ValueError("ensemble members must predict the same breasts")
        if not m["label_malignant"].equals(base["label_malignant"]):
            raise ValueError("ensemble members disagree on labels: were they built from the same tables?")
        total += m[SCORES].to_numpy(dtype=float)
    out = base.copy()
    out[SCORES] = total / len(members)
    return with_evaluation_columns(out)[PREDICTION_SCHEMA.names]
