"""Vectorised bootstrap confidence intervals (95% percentile intervals, 1,000 replicates).

Why not a loop of ``sklearn.metrics.roc_auc_score``: on 80,000 breasts each call re-sorts the
data. Here the scores are sorted once into tie-group *cells* (:class:`evaluation.rank_auc.TieCells`)
and a replicate is a vector of cell counts, computed in batches as a matrix:

- plain (breast-level) bootstrap: drawing n items with replacement gives cell counts
  ``Multinomial(n, cell_sizes / n)`` exactly, so we draw the counts directly
  (``Generator.multinomial``), never the n indices;
- patient-level (cluster) bootstrap (``clusters=patient ids``): patients are drawn with
  replacement (integer draws + ``bincount``) and their breasts' cell counts summed
  with a sparse patient x cell matrix, so both breasts of a woman move together;
- explicit resample ``indices`` (``(B, n)``, e.g. to reproduce another tool's replicates):
  counts by ``np.bincount``; the resulting AUCs equal ``roc_auc_score(y[idx], s[idx])``.

Single-class replicates: AUROC is undefined when a replicate holds no positive (or no
negative) breast; such replicates are NaN and *left out* of the percentiles (the number kept is
reported as ``n_valid``). AUPRC is NaN only without positives. With a rare class, use the
patient/breast counts to judge whether ``n_valid`` is close to ``n_boot``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from evaluation.metrics import binary_metrics_from_counts
from evaluation.rank_auc import TieCells, auroc, average_precision


@dataclass(frozen=True)
class BootstrapCI:
    """A point estimate with its bootstrap percentile interval."""

    point: float
    low: float
    high: float
    n_valid: int
    n_boot: int

    def fmt(self, pct: bool = False, digits: int = 3) -> str:
        k = 100.0 if pct else 1.0
        d = digits - 2 if pct else digits
        if np.isnan(self.point):
            return "n/a"
        if np.isnan(self.low):
            return f"{self.point * k:.{d}f}"
        return f"{self.point * k:.{d}f} ({self.low * k:.{d}f}, {self.high * k:.{d}f})"


def percentile_ci(point: float, replicates: np.ndarray, alpha: float = 0.05) -> BootstrapCI:
    """Percentile interval of the finite replicates (NaN replicates are dropped and counted)."""
    r = np.asarray(replicates, dtype=float)
    ok = r[np.isfinite(r)]
    if len(ok) == 0:
        return BootstrapCI(float(point), float("nan"), float("nan"), 0, len(r))
    lo, hi = np.percentile(ok, [100 * alpha / 2, 100 * (1 - alpha / 2)])
    return BootstrapCI(float(point), float(lo), float(hi), len(ok), len(r))


def _validate(n_boot: int, batch_size: int, alpha: float) -> None:
    if n_boot < 1:
        raise ValueError("n_boot must be >= 1")
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    if not 0 < alpha < 1:
        raise ValueError("alpha must be in (0, 1)")


def _batches(n_boot: int, batch_size: int) -> Iterator[int]:
    done = 0
    while done < n_boot:
        b = min(batch_size, n_boot - done)
        yield b
        done += b


def _cluster_draws(rng: np.random.Generator, k: int, b: int) -> np.ndarray:
    """``(b, k)`` multiplicities of k clusters drawn k times with replacement (= Multinomial(k, 1/k)),
    via integer draws + one bincount, much faster than ``multinomial`` over many categories."""
    idx = rng.integers(0, k, size=(b, k)) + (np.arange(b) * k)[:, None]
    return np.bincount(idx.ravel(), minlength=b * k).reshape(b, k)


def resample_weights(n: int, n_boot: int, rng: np.random.Generator, clusters: np.ndarray | None = None,
                     ) -> np.ndarray:
    """``(n_boot, n)`` bootstrap multiplicities of each item (breast-level or cluster-level).

    For small studies (reader study: ~1,000 breasts) where many scorers share one resample.
    """
    if clusters is None:
        return rng.multinomial(n, np.full(n, 1.0 / n), size=n_boot).astype(float)
    _, inv = np.unique(np.asarray(clusters), return_inverse=True)
    k = int(inv.max()) + 1
    draws = _cluster_draws(rng, k, n_boot).astype(float)
    return draws[:, inv.ravel()]


def _cell_counts(cells: TieCells, n_boot: int, batch_size: int, rng: np.random.Generator,
                 clusters: np.ndarray | None, indices: np.ndarray | None) -> Iterator[np.ndarray]:
    n = len(cells.item_cell)
    if indices is not None:
        idx = np.asarray(indices)
        if idx.ndim != 2 or idx.shape[0] != n_boot:
            raise ValueError("indices must be (n_boot, m)")
        for start in range(0, n_boot, batch_size):
            yield cells.counts_from_indices(idx[start:start + batch_size])
        return
    if clusters is None:
        p = cells.sizes / n
        for b in _batches(n_boot, batch_size):
            yield rng.multinomial(n, p, size=b)
        return
    _, inv = np.unique(np.asarray(clusters), return_inverse=True)
    k = int(inv.max()) + 1
    member = sparse.csr_matrix((np.ones(n), (inv.ravel(), cells.item_cell)), shape=(k, len(cells.sizes)))
    for b in _batches(n_boot, batch_size):
        yield np.asarray((member.T @ _cluster_draws(rng, k, b).T).T)


def auc_replicates(labels: np.ndarray, scores: np.ndarray, n_boot: int = 1000, seed: int | None = 0,
                   clusters: np.ndarray | None = None, indices: np.ndarray | None = None,
                   batch_size: int = 250) -> tuple[np.ndarray, np.ndarray]:
    """``(auroc_replicates, auprc_replicates)``, each ``(n_boot,)``; see the module docstring."""
    _validate(n_boot, batch_size, 0.05)
    y = np.asarray(labels).astype(bool)
    cells = TieCells.build(y, np.asarray(scores, dtype=float))
    rng = np.random.default_rng(seed)
    roc, ap = [], []
    for counts in _cell_counts(cells, n_boot, batch_size, rng, clusters, indices):
        roc.append(cells.auroc(counts))
        ap.append(cells.average_precision(counts))
    return np.concatenate(roc), np.concatenate(ap)


def auc_bootstrap(labels: np.ndarray, scores: np.ndarray, n_boot: int = 1000, seed: int | None = 0,
                  clusters: np.ndarray | None = None, indices: np.ndarray | None = None,
                  alpha: float = 0.05, batch_size: int = 250) -> dict[str, BootstrapCI]:
    """AUROC and AUPRC with bootstrap percentile CIs.

    Args:
        labels: 0/1 malignancy per breast. scores: higher = more suspicious.
        n_boot: replicates (1,000 as in the paper). seed: for ``np.random.default_rng``.
        clusters: optional patient id per breast: resample patients instead of breasts.
        indices: optional explicit ``(n_boot, n)`` resample indices (overrides random draws).
        alpha: 0.05 -> 95% interval. batch_size: replicates per vectorised batch (memory).
    """
    _validate(n_boot, batch_size, alpha)
    roc, ap = auc_replicates(labels, scores, n_boot, seed, clusters, indices, batch_size)
    return {
        "auroc": percentile_ci(auroc(labels, scores), roc, alpha),
        "auprc": percentile_ci(average_precision(labels, scores), ap, alpha),
    }


AUC_COLUMNS = ("auroc", "auroc_low", "auroc_high", "auprc", "auprc_low", "auprc_high")


def auc_columns(labels: np.ndarray, scores: np.ndarray, n_boot: int = 1000, seed: int | None = 0,
                clusters: np.ndarray | None = None) -> dict[str, float]:
    """One table row's ``AUC_COLUMNS``: points and 95% CIs, NaN where one class is absent
    (an AUROC is undefined there, and a report row must still say n and n_malignant)."""
    y = np.asarray(labels).astype(int)
    if not 0 < y.sum() < len(y):
        return dict.fromkeys(AUC_COLUMNS, np.nan)
    ci = auc_bootstrap(y, np.asarray(scores, dtype=float), n_boot=n_boot, seed=seed, clusters=clusters)
    row: dict[str, float] = {}
    for metric in ("auroc", "auprc"):
        row.update({metric: ci[metric].point, f"{metric}_low": ci[metric].low, f"{metric}_high": ci[metric].high})
    return row


def binary_bootstrap(labels: np.ndarray, predicted: np.ndarray, n_boot: int = 1000, seed: int | None = 0,
                     clusters: np.ndarray | None = None, alpha: float = 0.05) -> dict[str, BootstrapCI]:
    """Sensitivity, specificity, biopsy rate, PPV and NPV of fixed 0/1 decisions with CIs.

    The decisions (threshold) are fixed; only cases are resampled. Four confusion cells suffice:
    a replicate is a multinomial draw of the 4 cell counts (or a cluster sum of them).
    """
    _validate(n_boot, 1, alpha)
    y = np.asarray(labels).astype(bool)
    p = np.asarray(predicted).astype(bool)
    cell = (2 * y + p).astype(int)  # 0 tn, 1 fp, 2 fn, 3 tp
    rng = np.random.default_rng(seed)
    n = len(y)
    if clusters is None:
        counts = rng.multinomial(n, np.bincount(cell, minlength=4) / n, size=n_boot)
    else:  # patients x 4 confusion cells, summed over the drawn patients (batched: memory)
        _, inv = np.unique(np.asarray(clusters), return_inverse=True)
        k = int(inv.max()) + 1
        member = sparse.csr_matrix((np.ones(n), (inv.ravel(), cell)), shape=(k, 4))
        counts = np.concatenate([np.asarray((member.T @ _cluster_draws(rng, k, b).T).T)
                                 for b in _batches(n_boot, 250)])
    rep = binary_metrics_from_counts(counts[:, 3], counts[:, 1], counts[:, 0], counts[:, 2])
    c0 = np.bincount(cell, minlength=4)
    pt = binary_metrics_from_counts(c0[3], c0[1], c0[0], c0[2])
    return {k: percentile_ci(float(pt[k]), rep[k], alpha) for k in rep}
