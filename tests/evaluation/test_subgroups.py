"""Subgroup bands and table (paper Table 2 layout)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import roc_auc_score

from evaluation.subgroups import age_band, density_group, subgroup_table


def test_age_bands_edges():
    got = age_band(pd.Series([39.9, 40, 49.5, 50, 69, 70, 95, None])).tolist()
    assert got == ["<40", "40-49", "40-49", "50-59", "60-69", ">=70", ">=70", "unknown"]


def test_density_groups():
    assert density_group(pd.Series(["a", "B", " c ", "D", "E", None])).tolist() == ["A", "B", "C", "D", "unknown", "unknown"]


def test_subgroup_table():
    rng = np.random.default_rng(0)
    n = 600
    df = pd.DataFrame({"label": (rng.random(n) < 0.2).astype(int), "age": rng.integers(25, 90, n),
                       "density": rng.choice(["A", "B", "C", "D", None], n),
                       "manufacturer": rng.choice(["GE", "Philips"], n), "biopsied": rng.random(n) < 0.3})
    df["score"] = rng.normal(size=n) + df["label"]
    t = subgroup_table(df, n_boot=50)
    assert t.iloc[0]["group"] == "All" and t.iloc[0]["n"] == n
    assert t[t.group == "Age"]["subgroup"].tolist() == ["<40", "40-49", "50-59", "60-69", ">=70"]
    assert t[t.group == "Density"]["subgroup"].tolist() == ["A", "B", "C", "D", "unknown"]
    row = t[(t.group == "Manufacturer") & (t.subgroup == "GE")].iloc[0]
    ge = df[df.manufacturer == "GE"]
    assert row.auroc == pytest.approx(roc_auc_score(ge.label, ge.score))
    assert t[t.group == "Biopsied only"]["n"].iloc[0] == df.biopsied.sum()
    assert "Biopsy recommended" not in set(t.group)  # only with the column


def test_biopsy_recommended_beside_biopsied():
    rng = np.random.default_rng(1)
    n = 400
    df = pd.DataFrame({"label": (rng.random(n) < 0.2).astype(int), "biopsied": rng.random(n) < 0.3,
                       "biopsy_recommended": rng.random(n) < 0.4})
    df["score"] = rng.normal(size=n) + df["label"]
    t = subgroup_table(df, n_boot=20)
    groups = t["group"].tolist()
    assert groups.index("Biopsy recommended") < groups.index("Biopsied only")
    row = t[t.group == "Biopsy recommended"].iloc[0]
    rec = df[df.biopsy_recommended]
    assert row.subgroup == "BI-RADS 4-5" and row.n == len(rec) and row.n_malignant == rec.label.sum()
    assert row.auroc == pytest.approx(roc_auc_score(rec.label, rec.score))
    single = subgroup_table(df.assign(label=0, manufacturer="GE").iloc[:10].assign(label=[1] + [0] * 9), n_boot=10)
    assert single.iloc[0]["auroc"] == pytest.approx(roc_auc_score([1] + [0] * 9, df.score.iloc[:10]))
