"""Subgroup tables like the paper's Table 2: AUROC/AUPRC with CIs per age band, density,
manufacturer, on the biopsy-recommended population and on the biopsied-only one.

Why subgroups: a model can win overall and fail where it matters (dense breasts, young women,
one vendor's scanners). Bands follow the paper: age <40, 40-49, 50-59, 60-69, >=70; density
A-D or "unknown"; each manufacturer (vendor) as given. Two "biopsied" populations: the paper's
Table 2 one, breasts for which a biopsy was **recommended** (``biopsy_recommended``: BI-RADS 4-5
in the exam's assessment), and breasts with pathology in the label window (``biopsied``). A
subgroup with a single class reports n/a.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from evaluation.bootstrap import auc_columns

AGE_BANDS = ("<40", "40-49", "50-59", "60-69", ">=70")
DENSITIES = ("A", "B", "C", "D", "unknown")
BIOPSY_RECOMMENDED = "Biopsy recommended"


def age_band(age: pd.Series) -> pd.Series:
    """Age in years -> paper band; missing -> ``unknown``."""
    a = pd.to_numeric(age, errors="coerce")
    out = pd.cut(a, [-np.inf, 40, 50, 60, 70, np.inf], right=False, labels=list(AGE_BANDS)).astype(object)
    return out.where(a.notna(), "unknown")


def density_group(density: pd.Series) -> pd.Series:
    """BI-RADS density letter (A-D, case-insensitive) or ``unknown``."""
    d = density.astype("string").str.strip().str.upper()
    return d.where(d.isin(list("ABCD")), "unknown").fillna("unknown").astype(object)


def subgroup_table(df: pd.DataFrame, label_col: str = "label", score_col: str = "score",
                   n_boot: int = 1000, seed: int = 0, cluster_col: str | None = None) -> pd.DataFrame:
    """One row per subgroup present: group, subgroup, n, n_malignant, AUROC/AUPRC with CIs.

    Optional columns used when present: ``age`` (or ``age_at_exam``), ``density``,
    ``manufacturer``, ``biopsy_recommended`` (0/1), ``biopsied`` (0/1). ``cluster_col`` switches to
    a patient-level bootstrap.
    """
    for col in (label_col, score_col):
        if col not in df.columns:
            raise ValueError(f"missing column {col!r}")
    groups: list[tuple[str, pd.Series]] = [("All", pd.Series("all breasts", index=df.index))]
    age_col = next((c for c in ("age", "age_at_exam") if c in df.columns), None)
    if age_col:
        groups.append(("Age", age_band(df[age_col])))
    if "density" in df.columns:
        groups.append(("Density", density_group(df["density"])))
    if "manufacturer" in df.columns:
        groups.append(("Manufacturer", df["manufacturer"].fillna("unknown").astype(str)))
    if "biopsy_recommended" in df.columns:
        r = pd.to_numeric(df["biopsy_recommended"], errors="coerce").fillna(0).astype(bool)
        groups.append((BIOPSY_RECOMMENDED, pd.Series(np.where(r, "BI-RADS 4-5", None), index=df.index)))
    if "biopsied" in df.columns:
        b = pd.to_numeric(df["biopsied"], errors="coerce").fillna(0).astype(bool)
        groups.append(("Biopsied only", pd.Series(np.where(b, "biopsied", None), index=df.index)))
    order = {"Age": list(AGE_BANDS) + ["unknown"], "Density": list(DENSITIES)}
    rows = []
    for gname, key in groups:
        present = [v for v in pd.unique(key.dropna())]
        if gname in order:
            present = [v for v in order[gname] if v in set(present)]
        else:
            present = sorted(present, key=str)
        for value in present:
            sub = df[key == value]
            y = sub[label_col].to_numpy().astype(int)
            clusters = sub[cluster_col].to_numpy() if cluster_col else None
            row = {"group": gname, "subgroup": str(value), "n": len(sub), "n_malignant": int(y.sum())}
            row.update(auc_columns(y, sub[score_col].to_numpy(float), n_boot=n_boot, seed=seed, clusters=clusters))
            rows.append(row)
    return pd.DataFrame(rows)
