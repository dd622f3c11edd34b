"""Vectorised bootstrap equals a scikit-learn loop on the same resamples; cluster resampling."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import average_precision_score, roc_auc_score

from evaluation.bootstrap import (
    AUC_COLUMNS,
    auc_bootstrap,
    auc_columns,
    auc_replicates,
    binary_bootstrap,
    percentile_ci,
    resample_weights,
)
from evaluation.rank_auc import TieCells


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(7)
    y = rng.random(3000) < 0.03
    s = np.round(rng.normal(size=3000) + 1.5 * y, 2)
    return y, s


def test_same_indices_same_replicates_and_ci(data):
    y, s = data
    idx = np.random.default_rng(1).integers(0, len(y), size=(120, len(y)))
    roc, ap = auc_replicates(y, s, 120, indices=idx, batch_size=50)
    ref_roc = np.array([roc_auc_score(y[i], s[i]) for i in idx])
    ref_ap = np.array([average_precision_score(y[i], s[i]) for i in idx])
    np.testing.assert_allclose(roc, ref_roc, atol=1e-12)
    np.testing.assert_allclose(ap, ref_ap, atol=1e-12)
    ci = auc_bootstrap(y, s, 120, indices=idx)["auroc"]
    lo, hi = np.percentile(ref_roc, [2.5, 97.5])
    assert ci.point == pytest.approx(roc_auc_score(y, s), abs=1e-12)
    assert (ci.low, ci.high) == pytest.approx((lo, hi), abs=1e-12)


def test_fast_path_is_a_proper_bootstrap(data):
    """Multinomial cell counts: replicates centred on the estimate with the usual spread."""
    y, s = data
    roc, _ = auc_replicates(y, s, 400, seed=3)
    idx = np.random.default_rng(4).integers(0, len(y), size=(400, len(y)))
    ref = np.array([roc_auc_score(y[i], s[i]) for i in idx])
    assert abs(roc.mean() - ref.mean()) < 3 * ref.std() / np.sqrt(400) * 2
    assert 0.7 < roc.std() / ref.std() < 1.4
    assert np.array_equal(roc, auc_replicates(y, s, 400, seed=3)[0])  # seeded


def test_single_class_replicates_are_dropped_and_counted():
    y = np.array([1] + [0] * 19)
    s = np.linspace(1, 0, 20)
    ci = auc_bootstrap(y, s, 500, seed=0)["auroc"]
    assert 0 < ci.n_valid < 500  # ~36% of replicates draw no positive: excluded from the CI
    assert ci.point == 1.0 and ci.low == 1.0
    assert np.isnan(percentile_ci(0.5, np.full(10, np.nan)).low)


def test_patient_level_resampling_moves_breasts_together():
    clusters = np.repeat(np.arange(50), 2)
    w = resample_weights(100, 200, np.random.default_rng(0), clusters)
    assert np.array_equal(w[:, 0::2], w[:, 1::2])
    assert np.allclose(w.sum(1), 100)
    rng = np.random.default_rng(1)
    y = np.repeat(rng.random(50) < 0.3, 2)
    s = rng.normal(size=100) + y
    c = auc_bootstrap(y, s, 300, clusters=clusters)["auroc"]
    b = auc_bootstrap(y, s, 300)["auroc"]
    assert c.point == b.point and c.n_valid == 300


def test_counts_from_weights_equals_indices(data):
    y, s = data
    cells = TieCells.build(y, s)
    idx = np.random.default_rng(2).integers(0, len(y), size=(5, len(y)))
    w = np.stack([np.bincount(i, minlength=len(y)) for i in idx])
    np.testing.assert_array_equal(cells.counts_from_weights(w), cells.counts_from_indices(idx))


def test_binary_bootstrap(data):
    y, s = data
    p = s > 1.0
    ci = binary_bootstrap(y, p, 300, seed=0)
    assert ci["sensitivity"].low <= ci["sensitivity"].point <= ci["sensitivity"].high
    assert ci["biopsy_rate"].point == pytest.approx(p.mean())
    with pytest.raises(ValueError):
        auc_bootstrap(y, s, 0)


def test_auc_columns_is_the_bootstrap_row_or_nan_without_both_classes(data) -> None:
    y, s = data
    row = auc_columns(y, s, n_boot=200, seed=3)
    ci = auc_bootstrap(y, s, n_boot=200, seed=3)
    assert list(row) == list(AUC_COLUMNS)
    assert (row["auroc"], row["auroc_low"], row["auroc_high"]) == (ci["auroc"].point, ci["auroc"].low, ci["auroc"].high)
    assert (row["auprc"], row["auprc_low"], row["auprc_high"]) == (ci["auprc"].point, ci["auprc"].low, ci["auprc"].high)
    only_benign = auc_columns(np.zeros(5), np.arange(5.0), n_boot=10)
    assert set(only_benign) == set(AUC_COLUMNS) and all(np.isnan(v) for v in only_benign.values())
