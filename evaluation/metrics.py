"""Breast-level evaluation metrics: AUROC, AUPRC and the binary-decision metrics of the paper.

Why one module: every table (overall, subgroup, reader study, triage) reports the same metric
set, computed the same way. AUROC/AUPRC are rank based (:mod:`evaluation.rank_auc`) and equal
scikit-learn's ``roc_auc_score`` / ``average_precision_score``. Binary metrics follow the paper:
a positive decision is a *recommended biopsy*, so biopsy rate = positives / all breasts and
PPV is PPV2 = cancers among recommended biopsies.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np

from evaluation.rank_auc import auroc, average_precision

__all__ = ["BinaryMetrics", "auprc", "auroc", "binary_metrics", "binary_metrics_from_counts"]


def auprc(labels: np.ndarray, scores: np.ndarray) -> float:
    """Area under the precision-recall curve as scikit-learn's average precision."""
    return average_precision(labels, scores)


@dataclass(frozen=True)
class BinaryMetrics:
    """Metrics of one dichotomised prediction (NaN where a denominator is 0)."""

    sensitivity: float
    specificity: float
    biopsy_rate: float
    ppv: float  # PPV2: malignant among recommended biopsies
    npv: float
    tp: int
    fp: int
    tn: int
    fn: int

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


def _ratio(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(b > 0, a / np.where(b > 0, b, 1), np.nan)


def binary_metrics_from_counts(tp, fp, tn, fn) -> dict[str, np.ndarray]:
    """Vectorised metrics from confusion counts (arrays of any shape, e.g. bootstrap replicates)."""
    tp, fp, tn, fn = (np.asarray(v, dtype=float) for v in (tp, fp, tn, fn))
    n = tp + fp + tn + fn
    return {
        "sensitivity": _ratio(tp, tp + fn),
        "specificity": _ratio(tn, tn + fp),
        "biopsy_rate": _ratio(tp + fp, n),
        "ppv": _ratio(tp, tp + fp),
        "npv": _ratio(tn, tn + fn),
    }


def binary_metrics(labels: np.ndarray, predicted: np.ndarray) -> BinaryMetrics:
    """Sensitivity, specificity, biopsy rate, PPV2 and NPV of 0/1 decisions."""
    y = np.asarray(labels).astype(bool)
    p = np.asarray(predicted).astype(bool)
    if y.shape != p.shape:
        raise ValueError("labels and predictions must have the same length")
    tp, fp = int((y & p).sum()), int((~y & p).sum())
    tn, fn = int((~y & ~p).sum()), int((y & ~p).sum())
    m = binary_metrics_from_counts(tp, fp, tn, fn)
    return BinaryMetrics(**{k: float(v) for k, v in m.items()}, tp=tp, fp=fp, tn=tn, fn=fn)


def wilson_interval(hits: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """95% Wilson score interval of a proportion (sensible at small ``n`` and near 0 or 1)."""
    if n <= 0:
        raise ValueError("n must be positive")
    p = hits / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)
