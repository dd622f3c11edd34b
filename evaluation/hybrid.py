"""Hybrid reader + AI models (paper, Methods "Hybrid model").

``y_hybrid = lambda * z(y_reader) + (1 - lambda) * z(y_AI)`` with both scores standardised to
zero mean and unit variance over the evaluated breasts, ``lambda = 0.5`` (an equal-weight
average chosen without looking at the data: tuning lambda on the reader study would not
transfer). Each hybrid is dichotomised to match *its own reader's* sensitivity (and
specificity for the sensitivity column), see :mod:`evaluation.reader_study`.
"""

from __future__ import annotations

import numpy as np


def zscore(x: np.ndarray) -> np.ndarray:
    """Zero mean, unit (population) variance; a constant vector maps to zeros."""
    v = np.asarray(x, dtype=float)
    sd = v.std()
    return (v - v.mean()) / sd if sd > 0 else np.zeros_like(v)


def hybrid_scores(reader: np.ndarray, ai: np.ndarray, lam: float = 0.5) -> np.ndarray:
    """Equal-weight (``lam=0.5``) average of z-scored reader and AI scores.

    Args:
        reader: reader scores (6-point BI-RADS ordinal or probabilities), one per breast.
        ai: AI malignancy probabilities, same breasts and order.
        lam: weight of the reader in [0, 1].
    """
    if not 0.0 <= lam <= 1.0:
        raise ValueError("lam must be in [0, 1]")
    r, a = np.asarray(reader, dtype=float), np.asarray(ai, dtype=float)
    if r.shape != a.shape:
        raise ValueError("reader and AI scores must have the same length")
    return lam * zscore(r) + (1.0 - lam) * zscore(a)
