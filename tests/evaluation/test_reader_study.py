"""Reader study on the real NYU reader-study release: tables, matching, hybrids, permutations."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import average_precision_score, roc_auc_score

from evaluation.hybrid import hybrid_scores, zscore
from evaluation.metrics import binary_metrics
from evaluation.permutation import auprc_rows, auroc_rows, swap_test
from evaluation.reader_study import (
    analyse_reader_study,
    birads_to_ordinal,
    study_from_frame,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "mammo_reader_study.csv"


@pytest.fixture(scope="module")
def study():
    return study_from_frame(pd.read_csv(FIXTURE))


@pytest.fixture(scope="module")
def result(study):
    return analyse_reader_study(study, n_boot=200, n_perm=200, seed=0)


def test_birads_ordinal():
    np.testing.assert_array_equal(birads_to_ordinal(["1", 2, "3", "4a", "4B", "4C", 5, "2.0"]), [1, 1, 2, 3, 4, 5, 6, 1])
    with pytest.raises(ValueError, match="'0'"):
        birads_to_ordinal(["0"])
    with pytest.raises(ValueError):
        birads_to_ordinal(["4"])


def test_birads_study_decisions():
    df = pd.DataFrame({"breast_id": list("abcdef"), "label": [0, 0, 1, 1, 0, 1], "score": [.1, .2, .9, .8, .3, .7],
                       "reader_1": ["1", "3", "4A", "5", "2", "4C"], "reader_2": ["2", "4B", "3", "5", "1", "4A"]})
    st = study_from_frame(df)
    assert st.scale == "birads"
    np.testing.assert_array_equal(st.reader_decisions[0], [0, 0, 1, 1, 0, 1])
    np.testing.assert_array_equal(st.reader_decisions[1], [0, 1, 0, 1, 0, 1])


def test_fixture_loads(study):
    assert study.scale == "probability" and len(study.reader_names) == 14 and len(study.ai_names) == 7
    assert study.labels.sum() == 61 and len(study.labels) == 1440
    assert study.reader_decisions.mean() > 0.05  # POM > 2% recommends biopsy


def test_table_values_equal_sklearn(study, result):
    t = result.table.set_index(["name", "metric"])
    y = study.labels
    for name, sc in zip(study.reader_names, study.reader_scores):
        assert t.loc[(name, "auroc"), "value"] == pytest.approx(roc_auc_score(y, sc), abs=1e-12)
        assert t.loc[(name, "auprc"), "value"] == pytest.approx(average_precision_score(y, sc), abs=1e-12)
    for name, sc in zip(study.ai_names, study.ai_scores):
        assert t.loc[(f"AI ({name})", "auroc"), "value"] == pytest.approx(roc_auc_score(y, sc), abs=1e-12)
    avg = result.table[result.table.kind == "average"].set_index("metric")
    rd = result.table[result.table.kind == "reader"]
    assert avg.loc["auroc", "value"] == pytest.approx(rd[rd.metric == "auroc"].value.mean())
    assert ((result.table.low <= result.table.value + 1e-12) | result.table.low.isna()).all()


def test_ai_matched_to_average_reader(study, result):
    y, ai = study.labels, study.ai()
    avg = result.average_reader
    thr = result.ai_thresholds
    assert binary_metrics(y, ai >= thr["at_average_sensitivity"]).sensitivity >= avg["sensitivity"]
    assert binary_metrics(y, ai >= thr["at_average_specificity"]).specificity >= avg["specificity"]
    t = result.table.set_index(["name", "metric"])
    assert t.loc[("AI (GMIC_top5)", "specificity"), "value"] == pytest.approx(
        binary_metrics(y, ai >= thr["at_average_sensitivity"]).specificity)


def test_hybrids_and_differences(study, result):
    h = result.hybrid_table
    assert set(h["name"]) == set(study.reader_names)
    r1 = h[(h.name == "R1") & (h.metric == "auroc")].iloc[0]
    hs = hybrid_scores(study.reader_scores[0], study.ai(), 0.5)
    assert r1.hybrid == pytest.approx(roc_auc_score(study.labels, hs))
    d = result.differences.set_index("metric")
    assert set(d.index) == {"auroc", "auprc", "specificity", "sensitivity", "biopsy_rate", "ppv", "npv"}
    assert ((d.p_value > 0) & (d.p_value <= 1)).all()
    assert d.loc["auroc", "value"] > 0  # GMIC beats the average reader on this set
    hd = result.hybrid_differences.set_index("metric")
    assert hd.loc["auroc", "value"] > 0 and hd.loc["auroc", "p_value"] < 0.05


def test_zscore_and_hybrid_validation():
    z = zscore(np.array([1.0, 2.0, 3.0]))
    assert z.mean() == pytest.approx(0) and z.std() == pytest.approx(1)
    assert np.all(zscore(np.ones(3)) == 0)
    with pytest.raises(ValueError):
        hybrid_scores(np.ones(3), np.ones(3), lam=2)


def test_row_metrics_equal_sklearn():
    rng = np.random.default_rng(0)
    y = rng.random(200) < 0.2
    s = np.round(rng.normal(size=(6, 200)) + y, 1)
    np.testing.assert_allclose(auroc_rows(y, s), [roc_auc_score(y, r) for r in s], atol=1e-12)
    np.testing.assert_allclose(auprc_rows(y, s), [average_precision_score(y, r) for r in s], atol=1e-12)


def test_permutation_calibration_and_power():
    rng = np.random.default_rng(1)
    y = rng.random(300) < 0.2
    readers = rng.normal(size=(5, 300)) + y
    same = swap_test(y, readers[0], readers[1:], "auroc", n_perm=300, seed=0)
    strong = swap_test(y, rng.normal(size=300) + 3 * y, readers, "auroc", n_perm=300, seed=0)
    assert strong.p_value < 0.01 < same.p_value
    paired_null = swap_test(y, readers.copy(), readers, "auroc", n_perm=200, paired=True)
    assert paired_null.observed == 0 and paired_null.p_value > 0.5
    less = swap_test(y, (readers[0] > 5).astype(float), (readers > 0).astype(float), "biopsy_rate",
                     n_perm=200, alternative="less")
    assert less.p_value < 0.01
    with pytest.raises(ValueError):
        swap_test(y, readers[0], readers, "nope")
