"""Rank-based (trapezoidal / Wilcoxon) AUROC and average precision without scikit-learn.

Why: bootstrap, permutation and jackknife loops need thousands of AUCs; calling
``sklearn.metrics.roc_auc_score`` per replicate re-sorts the scores every time. Here the scores
are sorted once and every replicate is a weighted sum over *tie groups* (distinct score values),
so a replicate costs O(groups) instead of O(n log n). Ties count one half (Mann-Whitney), which
is exactly what scikit-learn's trapezoidal ROC area and OR-DBM MRMC's "trapezoidal area" give.

Average precision follows scikit-learn's ``average_precision_score``: a step-wise sum over
distinct thresholds (descending) of ``(R_k - R_{k-1}) * P_k`` (no interpolation).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse


def _as_binary(labels: np.ndarray) -> np.ndarray:
    y = np.asarray(labels)
    if y.ndim != 1:
        raise ValueError("labels must be one-dimensional")
    yb = y.astype(bool)
    if not np.array_equal(yb.astype(float), y.astype(float)):
        raise ValueError("labels must be 0/1")
    return yb


def auroc(labels: np.ndarray, scores: np.ndarray) -> float:
    """Trapezoidal AUROC (Mann-Whitney U / (P*N)); NaN when one class is absent."""
    y = _as_binary(labels)
    s = np.asarray(scores, dtype=float)
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = midranks(s)
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def midranks(x: np.ndarray) -> np.ndarray:
    """1-based ranks with ties given their average rank (like scipy.stats.rankdata)."""
    x = np.asarray(x, dtype=float)
    order = np.argsort(x, kind="mergesort")
    xs = x[order]
    starts = np.r_[True, xs[1:] != xs[:-1]]
    gid = np.cumsum(starts) - 1
    first = np.flatnonzero(starts)
    last = np.r_[first[1:], len(x)] - 1
    avg = (first + last) / 2.0 + 1.0
    out = np.empty(len(x))
    out[order] = avg[gid]
    return out


def average_precision(labels: np.ndarray, scores: np.ndarray) -> float:
    """scikit-learn's average precision (AUPRC); NaN when there is no positive."""
    y = _as_binary(labels)
    cells = TieCells.build(y, np.asarray(scores, dtype=float))
    return float(cells.average_precision(cells.sizes[None, :].astype(float))[0])


@dataclass(frozen=True)
class TieCells:
    """Scores compressed to cells that are enough to compute AUROC and AP of any resample.

    Distinct score values are sorted in *descending* order (tie groups). Each group holds a
    positive cell and a negative cell. A bootstrap replicate is just a vector of cell counts, so
    a batch of replicates is a ``(B, 2G)`` count matrix. ``item_cell`` maps every original item to
    its cell, so explicit resample indices can be turned into counts with ``np.bincount``.

    Attributes:
        n_groups: number of distinct score values G.
        item_cell: ``(n,)`` cell of each item: ``2*g`` for a positive, ``2*g+1`` for a negative.
        sizes: ``(2G,)`` items per cell in the original sample.
    """

    n_groups: int
    item_cell: np.ndarray
    sizes: np.ndarray

    @classmethod
    def build(cls, labels: np.ndarray, scores: np.ndarray) -> TieCells:
        y = np.asarray(labels).astype(bool)
        s = np.asarray(scores, dtype=float)
        if s.shape != y.shape:
            raise ValueError("labels and scores must have the same length")
        if np.isnan(s).any():
            raise ValueError("scores contain NaN")
        uniq, inv = np.unique(-s, return_inverse=True)  # group 0 = highest score
        inv = inv.ravel()
        # Runs of consecutive groups without a positive only ever count as "negatives below"
        # (AUROC) or "false positives above" (AP): merge each run into one group.
        has_pos = np.bincount(inv[y], minlength=len(uniq)) > 0
        start = has_pos | np.r_[True, has_pos[:-1]]
        merged = np.cumsum(start) - 1
        n_groups = int(merged[-1]) + 1 if len(merged) else 0
        cell = 2 * merged[inv] + (~y).astype(np.int64)
        sizes = np.bincount(cell, minlength=2 * n_groups)
        return cls(n_groups=n_groups, item_cell=cell, sizes=sizes)

    def counts_from_indices(self, indices: np.ndarray) -> np.ndarray:
        """``(B, n)`` resample indices -> ``(B, 2G)`` cell counts (no Python loop over B)."""
        idx = np.atleast_2d(np.asarray(indices))
        b = idx.shape[0]
        c = 2 * self.n_groups
        flat = self.item_cell[idx] + (np.arange(b)[:, None] * c)
        return np.bincount(flat.ravel(), minlength=b * c).reshape(b, c)

    def counts_from_weights(self, weights: np.ndarray) -> np.ndarray:
        """``(B, n)`` per-item weights (e.g. bootstrap multiplicities) -> ``(B, 2G)`` cell sums."""
        w = np.atleast_2d(np.asarray(weights, dtype=float))
        n = len(self.item_cell)
        onehot = sparse.csr_matrix((np.ones(n), (np.arange(n), self.item_cell)), shape=(n, 2 * self.n_groups))
        return np.asarray((onehot.T @ w.T).T)

    @staticmethod
    def _split(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        c = np.asarray(counts, dtype=float)
        return c[:, 0::2], c[:, 1::2]

    def auroc(self, counts: np.ndarray) -> np.ndarray:
        """AUROC of each row of ``counts``; NaN for a row with a single class."""
        pos, neg = self._split(counts)
        n_pos, n_neg = pos.sum(1), neg.sum(1)
        # negatives strictly below group g = total negatives - negatives at or above g
        neg_at_or_above = np.cumsum(neg, axis=1)
        below = n_neg[:, None] - neg_at_or_above
        u = (pos * (below + 0.5 * neg)).sum(1)
        with np.errstate(invalid="ignore", divide="ignore"):
            auc = u / (n_pos * n_neg)
        auc[(n_pos == 0) | (n_neg == 0)] = np.nan
        return auc

    def average_precision(self, counts: np.ndarray) -> np.ndarray:
        """Average precision of each row of ``counts``; NaN for a row without positives."""
        pos, neg = self._split(counts)
        tp = np.cumsum(pos, axis=1)
        fp = np.cumsum(neg, axis=1)
        n_pos = tp[:, -1]
        with np.errstate(invalid="ignore", divide="ignore"):
            precision = np.where(tp + fp > 0, tp / (tp + fp), 0.0)
            ap = (pos * precision).sum(1) / n_pos
        ap[n_pos == 0] = np.nan
        return ap


def placements(labels: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """DeLong placement sums: for each positive, negatives below it (ties 1/2); for each negative,
    positives above it (ties 1/2). Both sum to the Mann-Whitney U; used by the jackknife."""
    y = _as_binary(labels)
    s = np.asarray(scores, dtype=float)
    pos, neg = np.sort(s[y]), np.sort(s[~y])
    v10 = np.searchsorted(neg, s[y], "left") + 0.5 * (
        np.searchsorted(neg, s[y], "right") - np.searchsorted(neg, s[y], "left")
    )
    v01 = (len(pos) - np.searchsorted(pos, s[~y], "right")) + 0.5 * (
        np.searchsorted(pos, s[~y], "right") - np.searchsorted(pos, s[~y], "left")
    )
    return v10, v01


def jackknife_auroc(labels: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Leave-one-case-out AUROCs (original case order), in O(n log n) via placements."""
    y = _as_binary(labels)
    v10, v01 = placements(y, scores)
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    u = v10.sum()
    out = np.empty(len(y))
    out[y] = (u - v10) / ((n_pos - 1) * n_neg) if n_pos > 1 else np.nan
    out[~y] = (u - v01) / (n_pos * (n_neg - 1)) if n_neg > 1 else np.nan
    return out
