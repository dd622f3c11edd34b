"""Top-k ensemble: members chosen on validation only; scores averaged per breast."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from modeling.ensemble import ensemble_predictions, select_top_k


def preds(scores, labels=(0, 1, 1)):
    return pd.DataFrame(
        {
            "exam_uid": ["e1", "e1", "e2"],
            "patient_uid": ["p1", "p1", "p2"],
            "laterality": ["L", "R", "L"],
            "label_malignant": list(labels),
            "label_benign": [0, 0, 1],
            "score_malignant": scores,
            "score_benign": [0.1, 0.2, 0.3],
            "split": ["val", "val", "test"],
        }
    )


def test_select_top_k_uses_validation_and_skips_nan():
    results = pd.DataFrame(
        {"index": [0, 1, 2, 3, 4], "best_val_auroc": [0.7, math.nan, 0.9, 0.8, 0.9], "test_auroc": [0.99, 0.99, 0.1, 0.1, 0.1]}
    )
    top = select_top_k(results, 3)
    assert top["index"].tolist() == [2, 4, 3]  # tie keeps the earlier trial first
    assert select_top_k(results, 10)["index"].tolist() == [2, 4, 3, 0]
    with pytest.raises(ValueError, match="validation"):
        select_top_k(results, 3, metric="test_auroc")
    with pytest.raises(ValueError, match="positive"):
        select_top_k(results, 0)
    with pytest.raises(ValueError, match="no model"):
        select_top_k(results.assign(best_val_auroc=math.nan), 3)


def test_ensemble_is_the_mean_per_breast_whatever_the_row_order():
    a = preds([0.2, 0.4, 0.9])
    b = preds([0.4, 0.8, 0.3]).iloc[::-1]
    out = ensemble_predictions([a, b]).set_index(["exam_uid", "laterality"])
    assert out.loc[("e1", "L"), "score_malignant"] == pytest.approx(0.3)
    assert out.loc[("e1", "R"), "score_malignant"] == pytest.approx(0.6)
    assert out.loc[("e2", "L"), "score_malignant"] == pytest.approx(0.6)
    assert out.loc[("e2", "L"), "split"] == "test"


def test_ensemble_rejects_mismatched_members():
    with pytest.raises(ValueError, match="same breasts"):
        ensemble_predictions([preds([0.1, 0.2, 0.3]), preds([0.1, 0.2, 0.3]).iloc[:2]])
    with pytest.raises(ValueError, match="labels"):
        ensemble_predictions([preds([0.1, 0.2, 0.3]), preds([0.1, 0.2, 0.3], labels=(1, 1, 1))])
    with pytest.raises(ValueError, match="at least one"):
        ensemble_predictions([])
