"""Obuchowski-Rockette-Hillis (ORH) multi-reader multi-case analysis of trapezoidal AUCs.

Why: comparing an AI system with a *panel* of readers (or readers with and without AI) must
generalise to new readers and new cases; the per-case bootstrap of the paper only covers cases.
This reproduces OR-DBM MRMC 2.51 ("TRAPEZOIDAL/WILCOXON", "Covariance Estimation Method:
Jackknifing"): per treatment x reader trapezoidal AUCs, jackknife error covariances
(``(c-1)/c * sum (theta_(k) - mean)(...)``), the OR treatment x reader ANOVA, and three analyses:

1. random readers, random cases (RRRC): F with Hillis (2007) ``ddf_H``;
2. fixed readers, random cases (FRRC): chi-square / z tests;
3. random readers, fixed cases (RRFC): conventional treatment x reader ANOVA.

References: Obuchowski & Rockette 1995; Hillis et al. 2005; Hillis 2007 (Stat Med 26:596).
AI versus readers is not a factorial design (one AI): :func:`ai_vs_readers` replicates the AI
score for every reader (treatment "AI"), the usual way to run ORH with a standalone algorithm.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

import numpy as np
import pandas as pd
from scipy import stats

from evaluation.rank_auc import auroc, jackknife_auroc


@dataclass(frozen=True)
class Comparison:
    """One treatment difference (or single-treatment / single-reader estimate) with its test."""

    label: str
    estimate: float
    stderr: float
    df: float  # inf for z tests
    statistic: float  # t or z
    p_value: float
    ci_low: float
    ci_high: float


@dataclass(frozen=True)
class GlobalTest:
    statistic: float  # F (RRRC, RRFC) or X2 (FRRC)
    df1: float
    df2: float  # inf for chi-square
    p_value: float
    error_term: float


@dataclass(frozen=True)
class Analysis:
    name: str
    global_test: GlobalTest
    differences: list[Comparison]
    single_treatment: list[Comparison]
    single_reader: list[Comparison] = field(default_factory=list)


@dataclass(frozen=True)
class ORHResult:
    """Everything OR-DBM prints for a trapezoidal-AUC jackknife analysis."""

    treatments: list[str]
    readers: list[str]
    n_normal: int
    n_abnormal: int
    auc: np.ndarray  # (T, R)
    ms_t: float
    ms_r: float
    ms_tr: float
    ms_r_by_treatment: np.ndarray  # (T,)
    var_error: float
    cov1: float
    cov2: float
    cov3: float
    rrrc: Analysis
    frrc: Analysis
    rrfc: Analysis

    def auc_table(self) -> pd.DataFrame:
        return pd.DataFrame(self.auc.T, index=self.readers, columns=self.treatments)


def _jackknife_cov(auc_jk: np.ndarray) -> np.ndarray:
    """(T*R, T*R) jackknife covariance of the AUC vector from ``(T, R, C)`` pseudo-AUCs."""
    t, r, c = auc_jk.shape
    x = auc_jk.reshape(t * r, c)
    d = x - x.mean(1, keepdims=True)
    return (c - 1) / c * (d @ d.T)


def _mean_cov(cov: np.ndarray, t: int, r: int, same_t: bool, same_r: bool, only_t: int | None = None,
              only_r: int | None = None) -> float:
    vals = []
    for i in range(t * r):
        for j in range(t * r):
            if i == j:
                continue
            ti, ri, tj, rj = i // r, i % r, j // r, j % r
            if (ti == tj) != same_t or (ri == rj) != same_r:
                continue
            if only_t is not None and not (ti == only_t and tj == only_t):
                continue
            if only_r is not None and not (ri == only_r and rj == only_r):
                continue
            vals.append(cov[i, j])
    return float(np.mean(vals)) if vals else 0.0


def _t_comp(label: str, est: float, se: float, df: float, alpha: float) -> Comparison:
    if np.isinf(df):
        z = est / se if se > 0 else np.nan
        p = 2 * stats.norm.sf(abs(z))
        q = stats.norm.ppf(1 - alpha / 2)
        return Comparison(label, est, se, np.inf, z, p, est - q * se, est + q * se)
    tt = est / se if se > 0 else np.nan
    p = 2 * stats.t.sf(abs(tt), df)
    q = stats.t.ppf(1 - alpha / 2, df)
    return Comparison(label, est, se, df, tt, p, est - q * se, est + q * se)


def _single_ddf(ms_r: float, cov2: float, r: int) -> float:
    """Hillis (2007) ``ddf_H_single``; infinite (a z test) when the readers' AUCs are identical,
    e.g. an AI replicated for every reader."""
    if ms_r <= 1e-20:  # identical AUCs up to floating-point noise
        return np.inf
    return (ms_r + max(r * cov2, 0.0)) ** 2 / (ms_r**2 / (r - 1))


def orh_analysis(
    ratings: np.ndarray,
    truth: np.ndarray,
    treatments: list[str] | None = None,
    readers: list[str] | None = None,
    alpha: float = 0.05,
) -> ORHResult:
    """ORH analysis of ``ratings`` ``(T, R, C)`` (higher = more suspicious) and ``truth`` ``(C,)``.

    Args:
        ratings: treatment x reader x case scores; every reader reads every case in every
            treatment (factorial design).
        truth: 0/1 per case (1 = abnormal); both classes needed, at least 2 of each.
        treatments, readers: display names (default "1".."T", "1".."R").
        alpha: two-sided level of the confidence intervals (0.05 -> 95%).
    """
    x = np.asarray(ratings, dtype=float)
    y = np.asarray(truth).astype(bool)
    if x.ndim != 3:
        raise ValueError("ratings must be (treatments, readers, cases)")
    t, r, c = x.shape
    if t < 2 or r < 2:
        raise ValueError("ORH needs at least 2 treatments and 2 readers")
    if len(y) != c or y.sum() < 2 or (~y).sum() < 2:
        raise ValueError("truth must match the cases and hold at least 2 normal and 2 abnormal")
    if not 0 < alpha < 1:
        raise ValueError("alpha must be in (0, 1)")
    treatments = treatments or [str(i + 1) for i in range(t)]
    readers = readers or [str(j + 1) for j in range(r)]

    auc = np.array([[auroc(y, x[i, j]) for j in range(r)] for i in range(t)])
    jk = np.array([[jackknife_auroc(y, x[i, j]) for j in range(r)] for i in range(t)])
    cov = _jackknife_cov(jk)
    var_error = float(np.mean(np.diag(cov)))
    cov1 = _mean_cov(cov, t, r, same_t=False, same_r=True)
    cov2 = _mean_cov(cov, t, r, same_t=True, same_r=False)
    cov3 = _mean_cov(cov, t, r, same_t=False, same_r=False)

    grand = auc.mean()
    mt, mr = auc.mean(1), auc.mean(0)
    ms_t = r * ((mt - grand) ** 2).sum() / (t - 1)
    ms_r = t * ((mr - grand) ** 2).sum() / (r - 1)
    ms_tr = ((auc - mt[:, None] - mr[None, :] + grand) ** 2).sum() / ((t - 1) * (r - 1))
    ms_r_t = ((auc - mt[:, None]) ** 2).sum(1) / (r - 1)
    var_t = np.array([np.mean([cov[i * r + j, i * r + j] for j in range(r)]) for i in range(t)])
    cov2_t = np.array([_mean_cov(cov, t, r, True, False, only_t=i) for i in range(t)])
    pairs = list(combinations(range(t), 2))

    # 1. random readers, random cases (Hillis 2007 ddf)
    err = ms_tr + r * max(cov2 - cov3, 0.0)
    f = ms_t / err
    ddf = err**2 / (ms_tr**2 / ((t - 1) * (r - 1)))
    rrrc = Analysis(
        "Random readers and random cases",
        GlobalTest(f, t - 1, ddf, float(stats.f.sf(f, t - 1, ddf)), err),
        [_t_comp(f"{treatments[a]} - {treatments[b]}", mt[a] - mt[b], np.sqrt(2 / r * err), ddf, alpha)
         for a, b in pairs],
        [
            _t_comp(treatments[i], mt[i], np.sqrt((ms_r_t[i] + r * max(cov2_t[i], 0.0)) / r),
                    _single_ddf(ms_r_t[i], cov2_t[i], r), alpha)
            for i in range(t)
        ],
    )

    # 2. fixed readers, random cases
    err2 = var_error - cov1 + (r - 1) * max(cov2 - cov3, 0.0)
    x2 = (t - 1) * ms_t / err2
    single_reader = []
    for j in range(r):
        var_j = float(np.mean([cov[i * r + j, i * r + j] for i in range(t)]))
        cov1_j = _mean_cov(cov, t, r, same_t=False, same_r=True, only_r=j)
        for a, b in pairs:
            single_reader.append(_t_comp(f"{readers[j]}: {treatments[a]} - {treatments[b]}",
                                         auc[a, j] - auc[b, j], np.sqrt(2 * (var_j - cov1_j)),
                                         np.inf, alpha))
    frrc = Analysis(
        "Fixed readers and random cases",
        GlobalTest(x2, t - 1, np.inf, float(stats.chi2.sf(x2, t - 1)), err2),
        [_t_comp(f"{treatments[a]} - {treatments[b]}", mt[a] - mt[b], np.sqrt(2 / r * err2), np.inf, alpha)
         for a, b in pairs],
        [_t_comp(treatments[i], mt[i], np.sqrt((var_t[i] + (r - 1) * max(cov2_t[i], 0.0)) / r), np.inf, alpha)
         for i in range(t)],
        single_reader,
    )

    # 3. random readers, fixed cases
    f3 = ms_t / ms_tr
    df3 = (t - 1) * (r - 1)
    rrfc = Analysis(
        "Random readers and fixed cases",
        GlobalTest(f3, t - 1, df3, float(stats.f.sf(f3, t - 1, df3)), ms_tr),
        [_t_comp(f"{treatments[a]} - {treatments[b]}", mt[a] - mt[b], np.sqrt(2 / r * ms_tr), df3, alpha)
         for a, b in pairs],
        [_t_comp(treatments[i], mt[i], np.sqrt(ms_r_t[i] / r), r - 1, alpha) for i in range(t)],
    )
    return ORHResult(treatments, readers, int((~y).sum()), int(y.sum()), auc, ms_t, ms_r, ms_tr, ms_r_t,
                     var_error, cov1, cov2, cov3, rrrc, frrc, rrfc)


def ratings_from_long(
    df: pd.DataFrame, reader: str = "reader", treatment: str = "treatment", case: str = "case",
    truth: str = "truth", rating: str = "rating",
) -> tuple[np.ndarray, np.ndarray, list[str], list[str]]:
    """Long table (one row per reader x treatment x case) -> ``(ratings, truth, treatments, readers)``.

    Raises ValueError when a column is missing, a cell is duplicated/missing (non-factorial
    design) or a case has two truths.
    """
    missing = [col for col in (reader, treatment, case, truth, rating) if col not in df.columns]
    if missing:
        raise ValueError(f"ratings table lacks columns: {missing}")
    cube = df.pivot_table(index=[treatment, reader], columns=case, values=rating, aggfunc="count")
    if (cube != 1).to_numpy().any() or cube.isna().to_numpy().any():
        raise ValueError("each treatment x reader x case needs exactly one rating (factorial design)")
    truths = df.groupby(case)[truth].nunique()
    if (truths != 1).any():
        raise ValueError("a case has more than one truth value")
    ts = sorted(df[treatment].unique(), key=str)
    rs = sorted(df[reader].unique(), key=str)
    cs = sorted(df[case].unique(), key=str)
    wide = df.pivot_table(index=[treatment, reader], columns=case, values=rating, aggfunc="first")
    arr = np.stack([np.stack([wide.loc[(tt, rr), cs].to_numpy(float) for rr in rs]) for tt in ts])
    y = df.groupby(case)[truth].first().loc[cs].to_numpy()
    return arr, y, [str(v) for v in ts], [str(v) for v in rs]


def ai_vs_readers(ai: np.ndarray, readers: np.ndarray, truth: np.ndarray, reader_names: list[str] | None = None,
                  alpha: float = 0.05) -> ORHResult:
    """ORH of readers (treatment "Readers") against one AI (treatment "AI", replicated per reader).

    ``readers``: ``(R, C)``; ``ai``: ``(C,)``. The difference reported is Readers - AI.
    """
    rd = np.asarray(readers, dtype=float)
    cube = np.stack([rd, np.broadcast_to(np.asarray(ai, dtype=float), rd.shape)])
    return orh_analysis(cube, truth, ["Readers", "AI"], reader_names, alpha)


def readers_vs_hybrids(readers: np.ndarray, hybrids: np.ndarray, truth: np.ndarray,
                       reader_names: list[str] | None = None, alpha: float = 0.05) -> ORHResult:
    """ORH of each reader alone (treatment "Readers") against that reader's hybrid ("Hybrids")."""
    cube = np.stack([np.asarray(readers, dtype=float), np.asarray(hybrids, dtype=float)])
    return orh_analysis(cube, truth, ["Readers", "Hybrids"], reader_names, alpha)


def result_tables(res: ORHResult) -> dict[str, pd.DataFrame]:
    """Flat tables (global tests, differences, single-treatment estimates) for reports."""
    g, d, s = [], [], []
    for a in (res.rrrc, res.frrc, res.rrfc):
        g.append({"analysis": a.name, "statistic": a.global_test.statistic, "df1": a.global_test.df1,
                  "df2": a.global_test.df2, "p_value": a.global_test.p_value})
        for comp, rows in ((a.differences, d), (a.single_treatment, s)):
            for cmp in comp:
                rows.append({"analysis": a.name, "comparison": cmp.label, "estimate": cmp.estimate,
                             "stderr": cmp.stderr, "df": cmp.df, "p_value": cmp.p_value,
                             "ci_low": cmp.ci_low, "ci_high": cmp.ci_high})
    return {"global": pd.DataFrame(g), "differences": pd.DataFrame(d), "single": pd.DataFrame(s)}
