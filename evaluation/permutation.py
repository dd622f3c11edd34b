"""One-tailed permutation tests of AI (or hybrid) versus readers, vectorised over trials.

Paper (Methods "Statistical analysis"): "In each of 10,000 trials, we randomly swapped the
AI/hybrid model's score with one of the comparator reader's score for each case", and the
one-sided p-value compares the observed difference with that null distribution.

Two designs:

- ``model vs average reader`` (:func:`swap_test`, ``paired=False``): one model score vector and
  R readers; per trial and case a reader is drawn at random and, with probability 1/2, the two
  scores of that case are swapped. Statistic: metric(model) - mean_r metric(reader_r).
- ``hybrid_r vs reader_r`` (``paired=True``): R model vectors, one per reader; per trial and case
  each pair is swapped with probability 1/2. Statistic: mean_r [metric(model_r) - metric(reader_r)].

Scores from different scales (BI-RADS ordinal vs probabilities) are not swapped raw: each
scorer's scores are first turned into normalised mid-ranks, which leaves its AUROC and AUPRC
unchanged and makes a swapped vector a meaningful ranking. Binary metrics swap the 0/1
*decisions*. p = (1 + #{null >= observed}) / (1 + n_perm) (``greater``; ``less`` mirrors it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from evaluation.metrics import binary_metrics_from_counts
from evaluation.rank_auc import midranks


@dataclass(frozen=True)
class PermutationResult:
    observed: float
    p_value: float
    n_perm: int
    alternative: str


def _int_scores(scores: np.ndarray) -> tuple[np.ndarray, int]:
    """Rows of scores -> integer codes preserving order and ties *within each row*
    (twice the mid-rank, so codes lie in [0, 2n]), and the code range."""
    s = np.atleast_2d(np.asarray(scores, dtype=float))
    n = s.shape[1]
    if np.all(s == np.round(s)) and s.min() >= 0 and s.max() <= 2 * n:
        return s.astype(np.int64), int(s.max()) + 1  # already integer codes
    codes = np.stack([(2 * midranks(r)).astype(np.int64) for r in s])
    return codes, 2 * n + 1


def _row_hist(codes: np.ndarray, mask: np.ndarray, m: int) -> np.ndarray:
    """``(B, m)`` histogram of each row's codes over the items in ``mask`` (one bincount)."""
    b = codes.shape[0]
    sel = codes[:, mask] + (np.arange(b, dtype=np.int64) * m)[:, None]
    return np.bincount(sel.ravel(), minlength=b * m).reshape(b, m).astype(np.int32)


def auroc_rows(labels: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """AUROC of every row of ``scores`` ``(B, n)`` (ties 1/2).

    Scores become integer codes (mid-ranks), so a row's negatives are a histogram: a cumulative
    sum gives "negatives below" for every code, read at the positives' codes. O(n) per row,
    no sort in the batch.
    """
    y = np.asarray(labels).astype(bool)
    codes, m = _int_scores(scores)
    hn = _row_hist(codes, ~y, m)
    below = np.cumsum(hn, axis=1) - hn
    cp = codes[:, y]
    u = (np.take_along_axis(below, cp, 1) + 0.5 * np.take_along_axis(hn, cp, 1)).sum(1)
    return u / (int(y.sum()) * int((~y).sum()))


def auprc_rows(labels: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Average precision (scikit-learn definition) of every row of ``scores``.

    For each positive: precision at its own score = positives / all items scoring >= it, from
    reversed cumulative histograms (ties share one threshold, as in scikit-learn).
    """
    y = np.asarray(labels).astype(bool)
    codes, m = _int_scores(scores)
    ha = _row_hist(codes, np.ones(len(y), bool), m)
    hp = _row_hist(codes, y, m)
    ge_all = np.cumsum(ha[:, ::-1], axis=1)[:, ::-1]
    ge_pos = np.cumsum(hp[:, ::-1], axis=1)[:, ::-1]
    cp = codes[:, y]
    return (np.take_along_axis(ge_pos, cp, 1) / np.take_along_axis(ge_all, cp, 1)).sum(1) / y.sum()


def _binary_rows(metric: str) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    def f(labels: np.ndarray, decisions: np.ndarray) -> np.ndarray:
        y = np.asarray(labels).astype(bool)
        d = np.atleast_2d(decisions).astype(bool)
        tp, fp = (d & y).sum(1), (d & ~y).sum(1)
        fn, tn = (~d & y).sum(1), (~d & ~y).sum(1)
        return binary_metrics_from_counts(tp, fp, tn, fn)[metric]
    return f


ROW_METRICS: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "auroc": auroc_rows,
    "auprc": auprc_rows,
    **{m: _binary_rows(m) for m in ("sensitivity", "specificity", "biopsy_rate", "ppv", "npv")},
}
BINARY = {"sensitivity", "specificity", "biopsy_rate", "ppv", "npv"}


def swap_test(labels: np.ndarray, model: np.ndarray, readers: np.ndarray, metric: str = "auroc",
              n_perm: int = 10_000, seed: int | None = 0, alternative: str = "greater",
              paired: bool = False, batch_size: int = 100) -> PermutationResult:
    """Permutation test of model vs readers (see module docstring).

    Args:
        labels: 0/1 per case. model: ``(n,)`` (``paired=False``) or ``(R, n)`` (``paired=True``).
        readers: ``(R, n)`` reader scores (or 0/1 decisions for a binary ``metric``).
        metric: one of ``ROW_METRICS``. alternative: ``greater`` (model better when larger) or
            ``less`` (e.g. biopsy rate). batch_size: trials per vectorised batch.
    """
    if metric not in ROW_METRICS:
        raise ValueError(f"metric must be one of {sorted(ROW_METRICS)}")
    if alternative not in ("greater", "less"):
        raise ValueError("alternative must be 'greater' or 'less'")
    if n_perm < 1 or batch_size < 1:
        raise ValueError("n_perm and batch_size must be >= 1")
    y = np.asarray(labels).astype(bool)
    rd = np.atleast_2d(np.asarray(readers, dtype=float))
    md = np.asarray(model, dtype=float)
    r, n = rd.shape
    if paired and md.shape != rd.shape:
        raise ValueError("paired test needs one model vector per reader")
    if not paired and md.shape != (n,):
        raise ValueError("model must be one score per case")
    if metric not in BINARY:  # common scale: integer codes of each scorer's own mid-ranks
        rd = _int_scores(rd)[0]
        md = _int_scores(np.atleast_2d(md))[0]
        md = md if paired else md[0]
    f = ROW_METRICS[metric]

    def stat(m: np.ndarray, rr: np.ndarray) -> np.ndarray:
        # m: (b, n) or (b, R, n); rr: (b, R, n) -> (b,)
        b = rr.shape[0]
        rv = f(y, rr.reshape(b * r, n)).reshape(b, r)
        if paired:
            mv = f(y, m.reshape(b * r, n)).reshape(b, r)
            return (mv - rv).mean(1)
        return f(y, m) - rv.mean(1)

    observed = float(stat(md[None], rd[None])[0])
    rng = np.random.default_rng(seed)
    null = []
    done = 0
    while done < n_perm:
        b = min(batch_size, n_perm - done)
        if paired:
            swap = rng.random((b, r, n)) < 0.5
            mm = np.where(swap, rd, md)
            rr = np.where(swap, md, rd)
        else:
            who = rng.integers(0, r, size=(b, n))
            swap = rng.random((b, n)) < 0.5
            mm = np.where(swap, rd[who, np.arange(n)], md)
            hit = (who[:, None, :] == np.arange(r)[None, :, None]) & swap[:, None, :]
            rr = np.where(hit, md, rd)
        null.append(stat(mm, rr))
        done += b
    nd = np.concatenate(null)
    if alternative == "greater":
        p = (1 + np.sum(nd >= observed - 1e-12)) / (1 + n_perm)
    else:
        p = (1 + np.sum(nd <= observed + 1e-12)) / (1 + n_perm)
    return PermutationResult(observed, float(p), n_perm, alternative)
