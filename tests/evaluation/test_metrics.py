"""Metrics equal scikit-learn, binary metrics follow the paper's definitions, thresholds match."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import average_precision_score, roc_auc_score

from evaluation.metrics import auprc, auroc, binary_metrics
from evaluation.operating_points import (
    at_sensitivity,
    at_specificity,
    threshold_for_sensitivity,
    threshold_for_specificity,
    triage_points,
)
from evaluation.rank_auc import jackknife_auroc, midranks

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "mammo_reader_study.csv"


def test_fixture_reader_and_ai_aucs_equal_sklearn():
    df = pd.read_csv(FIXTURE)
    cols = [c for c in df.columns if c.endswith("_POM")]
    assert len([c for c in cols if c.startswith("Reader")]) == 14 and len([c for c in cols if c.startswith("AI_")]) == 7
    assert len(df) == 1440
    y = df["label"].to_numpy()
    for c in cols:
        s = df[c].to_numpy()
        assert auroc(y, s) == pytest.approx(roc_auc_score(y, s), abs=1e-12), c
        assert auprc(y, s) == pytest.approx(average_precision_score(y, s), abs=1e-12), c


@pytest.mark.parametrize("seed", range(5))
def test_random_ties_equal_sklearn(seed):
    rng = np.random.default_rng(seed)
    y = rng.random(400) < 0.1
    s = np.round(rng.normal(size=400) + y, 1)  # many ties
    assert auroc(y, s) == pytest.approx(roc_auc_score(y, s), abs=1e-12)
    assert auprc(y, s) == pytest.approx(average_precision_score(y, s), abs=1e-12)


def test_single_class_is_nan_and_midranks():
    assert np.isnan(auroc(np.zeros(5), np.arange(5)))
    assert np.isnan(auprc(np.zeros(5), np.arange(5)))
    np.testing.assert_array_equal(midranks(np.array([3.0, 1.0, 3.0, 2.0])), [3.5, 1.0, 3.5, 2.0])


def test_jackknife_equals_leave_one_out():
    rng = np.random.default_rng(3)
    y = rng.random(60) < 0.3
    s = np.round(rng.normal(size=60) + y, 1)
    jk = jackknife_auroc(y, s)
    for i in range(60):
        keep = np.arange(60) != i
        assert jk[i] == pytest.approx(roc_auc_score(y[keep], s[keep]), abs=1e-12)


def test_binary_metrics_definitions():
    y = np.array([1, 1, 1, 0, 0, 0, 0, 0, 0, 0])
    p = np.array([1, 1, 0, 1, 1, 0, 0, 0, 0, 0])
    m = binary_metrics(y, p)
    assert (m.tp, m.fp, m.tn, m.fn) == (2, 2, 5, 1)
    assert m.sensitivity == pytest.approx(2 / 3) and m.specificity == pytest.approx(5 / 7)
    assert m.biopsy_rate == pytest.approx(0.4)  # recommended biopsies / all breasts
    assert m.ppv == pytest.approx(0.5) and m.npv == pytest.approx(5 / 6)  # PPV2
    assert np.isnan(binary_metrics(y, np.zeros(10)).ppv)


def test_matched_thresholds_reach_targets_and_are_tightest():
    rng = np.random.default_rng(0)
    y = rng.random(2000) < 0.05
    s = np.round(rng.normal(size=2000) + 2 * y, 2)
    for target in (0.5, 0.8, 0.9, 0.99):
        t = threshold_for_sensitivity(y, s, target)
        assert (s[y] >= t).mean() >= target
        higher = np.unique(s[s > t])
        if len(higher):
            assert (s[y] >= higher[0]).mean() < target  # any higher threshold misses the target
        t2 = threshold_for_specificity(y, s, target)
        assert (s[~y] < t2).mean() >= target
        lower = np.unique(s[s < t2])
        if len(lower):
            assert (s[~y] < lower[-1]).mean() < target
    assert at_sensitivity(y, s, 0.9).metrics.sensitivity >= 0.9
    assert at_specificity(y, s, 0.9).metrics.specificity >= 0.9
    low, high = triage_points(y, s, 0.99, 0.99)
    assert low.threshold < high.threshold and low.metrics.npv > 0.99 and high.metrics.specificity >= 0.99
    with pytest.raises(ValueError):
        threshold_for_sensitivity(y, s, 1.5)
