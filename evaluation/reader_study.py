"""Reader study statistics as in the paper (Table A.2, Figure 4, Table A.5).

Inputs are per-breast scores of R readers and one or more AI models on the same breasts.

- Reader scores are either diagnostic BI-RADS (collapsed to the paper's 6-point ordinal:
  {1,2}->1, 3->2, 4A->3, 4B->4, 4C->5, 5->6; a reader recommends biopsy at BI-RADS >= 4A, i.e.
  ordinal >= 3) or probabilities of malignancy (POM). For POM readers the default decision is
  ``POM > 2%``: the ACR BI-RADS atlas puts category 4 at a likelihood of malignancy above 2%
  (category 3 is <= 2%), so this is the same "recommend biopsy" rule on a probability scale.
- The AI is dichotomised to match the *average* reader: specificity, biopsy rate, PPV2 and NPV
  at the average reader's sensitivity; sensitivity at the average reader's specificity.
- Each hybrid (:mod:`evaluation.hybrid`) is dichotomised to match *its own* reader.
- CIs: percentile bootstrap (1,000 by default), every scorer evaluated on the same resamples,
  so CIs of differences (AI - average reader, hybrid - reader) come from the same replicates.
  Thresholds are fixed on the full set (the decision rule is not re-fitted per replicate).
- p-values: one-tailed permutation tests (:mod:`evaluation.permutation`), 10,000 trials default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from evaluation.bootstrap import percentile_ci, resample_weights
from evaluation.hybrid import hybrid_scores
from evaluation.metrics import auprc, auroc, binary_metrics, binary_metrics_from_counts
from evaluation.operating_points import (
    threshold_for_sensitivity,
    threshold_for_specificity,
)
from evaluation.permutation import swap_test
from evaluation.rank_auc import TieCells

BIRADS_ORDINAL: dict[str, int] = {"1": 1, "2": 1, "3": 2, "4A": 3, "4B": 4, "4C": 5, "5": 6}
BIRADS_POSITIVE_ORDINAL = 3  # BI-RADS 4A and above: biopsy recommended
POM_BIRADS4_THRESHOLD = 0.02  # BI-RADS 4 = likelihood of malignancy > 2%
METRICS = ("auroc", "auprc", "specificity", "sensitivity", "biopsy_rate", "ppv", "npv")
BINARY = ("specificity", "sensitivity", "biopsy_rate", "ppv", "npv")
# The direction in which the AI / hybrid is "better" (for the one-tailed tests).
BETTER = {m: "greater" for m in METRICS} | {"biopsy_rate": "less"}


def birads_to_ordinal(values) -> np.ndarray:
    """Diagnostic BI-RADS (``1,2,3,4A,4B,4C,5``; ints or strings) -> the 6-point ordinal.

    BI-RADS 0 and 6 were not allowed in the reader study; a bare ``4`` is ambiguous on this
    scale. Any of those, or an unknown value, raises ValueError naming it.
    """
    out = []
    for v in values:
        key = str(v).strip().upper()
        key = re.sub(r"\.0$", "", key)
        if key not in BIRADS_ORDINAL:
            raise ValueError(f"BI-RADS value {v!r} is not one of {sorted(BIRADS_ORDINAL)}")
        out.append(BIRADS_ORDINAL[key])
    return np.asarray(out, dtype=float)


@dataclass(frozen=True)
class ReaderStudy:
    """Scores of readers and AI models on the same breasts (validated on construction).

    Attributes:
        labels: ``(n,)`` 0/1 malignant.
        reader_names / reader_scores ``(R, n)``: ordinal or POM, higher = more suspicious.
        reader_decisions: ``(R, n)`` bool, the reader's biopsy recommendation.
        ai_names / ai_scores ``(A, n)``: AI probabilities.
        scale: ``birads`` or ``probability``.
        case_ids: ``(n,)`` breast identifiers. clusters: optional patient/exam id per breast
            for a cluster bootstrap.
    """

    labels: np.ndarray
    reader_names: list[str]
    reader_scores: np.ndarray
    reader_decisions: np.ndarray
    ai_names: list[str]
    ai_scores: np.ndarray
    scale: str
    case_ids: np.ndarray
    clusters: np.ndarray | None = None

    def __post_init__(self) -> None:
        n = len(self.labels)
        if self.reader_scores.shape != (len(self.reader_names), n) or self.reader_decisions.shape != self.reader_scores.shape:
            raise ValueError("reader scores/decisions must be (readers, breasts)")
        if self.ai_scores.shape != (len(self.ai_names), n):
            raise ValueError("AI scores must be (models, breasts)")
        if len(self.reader_names) < 2 or len(self.ai_names) < 1:
            raise ValueError("a reader study needs at least 2 readers and 1 AI model")
        y = np.asarray(self.labels)
        if not set(np.unique(y)) <= {0, 1} or y.sum() == 0 or y.sum() == n:
            raise ValueError("labels must be 0/1 with both classes present")

    def ai(self, name: str | None = None) -> np.ndarray:
        if name is None:
            return self.ai_scores[0]
        if name not in self.ai_names:
            raise ValueError(f"unknown AI model {name!r}; have {self.ai_names}")
        return self.ai_scores[self.ai_names.index(name)]


def detect_columns(columns: list[str]) -> tuple[list[str], list[str]]:
    """Reader and AI score columns by name: ``Reader*``/``reader_*`` and ``AI_*``/``ai_*``/``score``."""
    readers = [c for c in columns if re.match(r"(?i)^reader", c)]
    ai = [c for c in columns if re.match(r"(?i)^ai_", c)]
    if not ai and "score" in columns:
        ai = ["score"]
    return readers, ai


def _short(name: str) -> str:
    m = re.match(r"(?i)^reader_?0*(\d+)", name)
    if m:
        return f"R{m.group(1)}"
    return re.sub(r"(?i)(^ai_|_pom$)", "", name) or name


def study_from_frame(df: pd.DataFrame, label_col: str = "label", reader_cols: list[str] | None = None,
                     ai_cols: list[str] | None = None, scale: str = "auto",
                     reader_threshold: float = POM_BIRADS4_THRESHOLD, id_cols: list[str] | None = None,
                     cluster_col: str | None = None) -> ReaderStudy:
    """Build a :class:`ReaderStudy` from a wide table (one row per breast).

    Args:
        scale: ``birads`` (values 1..5 with 4A/4B/4C), ``probability`` or ``auto`` (birads when
            any value is a BI-RADS letter category or all values are integers 1..5).
        reader_threshold: for ``probability`` readers, biopsy recommended when score > it.
        id_cols: columns that identify a breast (default: ``breast_id``, else
            ``case_ID``+``side``, else ``exam_uid``+``laterality``, else the row number).
    """
    if label_col not in df.columns:
        raise ValueError(f"missing label column {label_col!r}")
    auto_r, auto_a = detect_columns(list(df.columns))
    reader_cols = reader_cols or auto_r
    ai_cols = ai_cols or auto_a
    missing = [c for c in reader_cols + ai_cols if c not in df.columns]
    if missing:
        raise ValueError(f"missing score columns: {missing}")
    if len(reader_cols) < 2 or not ai_cols:
        raise ValueError("need at least 2 reader columns (Reader*/reader_*) and 1 AI column (AI_*/score)")
    d = df.dropna(subset=[label_col, *ai_cols])
    raw = d[reader_cols]
    if scale == "auto":
        vals = pd.unique(raw.astype(str).to_numpy().ravel())
        letter = any(re.fullmatch(r"4[ABCabc]", v) for v in vals)
        ints = all(re.fullmatch(r"[1-5](\.0)?", v) for v in vals)
        scale = "birads" if letter or ints else "probability"
    if scale == "birads":
        scores = np.stack([birads_to_ordinal(raw[c]) for c in reader_cols])
        decisions = scores >= BIRADS_POSITIVE_ORDINAL
    elif scale == "probability":
        scores = raw.to_numpy(float).T
        if np.isnan(scores).any():
            raise ValueError("reader scores contain missing values")
        decisions = scores > reader_threshold
    else:
        raise ValueError("scale must be 'auto', 'birads' or 'probability'")
    if id_cols is None:
        for cand in (["breast_id"], ["case_ID", "side"], ["exam_uid", "laterality"]):
            if all(c in d.columns for c in cand):
                id_cols = cand
                break
    ids = (d[id_cols].astype(str).agg("_".join, axis=1).to_numpy() if id_cols
           else np.arange(len(d)).astype(str))
    clusters = d[cluster_col].astype(str).to_numpy() if cluster_col else None
    return ReaderStudy(d[label_col].to_numpy().astype(int), [_short(c) for c in reader_cols], scores,
                       decisions, [_short(c) for c in ai_cols], d[ai_cols].to_numpy(float).T, scale, ids, clusters)


@dataclass(frozen=True)
class ReaderStudyResult:
    """Tables of the reader study (numeric long form; the report formats them)."""

    table: pd.DataFrame  # rows x metrics: name, metric, value, low, high, sd
    differences: pd.DataFrame  # comparison, metric, value, low, high, p_value
    ai_thresholds: dict[str, float]
    average_reader: dict[str, float]
    hybrid_table: pd.DataFrame = field(default_factory=pd.DataFrame)
    hybrid_differences: pd.DataFrame = field(default_factory=pd.DataFrame)


def _scorer_replicates(y: np.ndarray, scores: np.ndarray, w: np.ndarray) -> dict[str, np.ndarray]:
    cells = TieCells.build(y, scores)
    c = cells.counts_from_weights(w)
    return {"auroc": cells.auroc(c), "auprc": cells.average_precision(c)}


def _binary_replicates(y: np.ndarray, d: np.ndarray, w: np.ndarray) -> dict[str, np.ndarray]:
    d = d.astype(bool)
    tp, fp = w @ (y & d), w @ (~y & d)
    fn, tn = w @ (y & ~d), w @ (~y & ~d)
    return binary_metrics_from_counts(tp, fp, tn, fn)


def _point(y: np.ndarray, scores: np.ndarray | None, decisions: np.ndarray) -> dict[str, float]:
    out = binary_metrics(y, decisions).as_dict()
    if scores is not None:
        out["auroc"], out["auprc"] = auroc(y, scores), auprc(y, scores)
    return {k: float(v) for k, v in out.items() if k in METRICS}


def analyse_reader_study(study: ReaderStudy, ai_name: str | None = None, n_boot: int = 1000,
                         n_perm: int = 10_000, seed: int = 0, cluster_bootstrap: bool = False,
                         lam: float = 0.5, alpha: float = 0.05) -> ReaderStudyResult:
    """Table A.2 (readers, average reader, AI, AI - average), hybrids (Table A.5) and p-values."""
    if n_boot < 1 or n_perm < 1:
        raise ValueError("n_boot and n_perm must be >= 1")
    y = study.labels.astype(bool)
    ai = study.ai(ai_name)
    ai_label = ai_name or study.ai_names[0]
    rng = np.random.default_rng(seed)
    w = resample_weights(len(y), n_boot, rng, study.clusters if cluster_bootstrap else None)

    reader_pts, reader_reps = [], []
    for sc, dec in zip(study.reader_scores, study.reader_decisions):
        reader_pts.append(_point(y, sc, dec))
        reader_reps.append(_scorer_replicates(y, sc, w) | _binary_replicates(y, dec, w))
    avg = {m: float(np.mean([p[m] for p in reader_pts])) for m in METRICS}
    sd = {m: float(np.std([p[m] for p in reader_pts], ddof=1)) for m in METRICS}
    avg_reps = {m: np.nanmean(np.stack([r[m] for r in reader_reps]), axis=0) for m in METRICS}

    t_sens = threshold_for_sensitivity(y, ai, avg["sensitivity"])  # matches average sensitivity
    t_spec = threshold_for_specificity(y, ai, avg["specificity"])  # matches average specificity
    d_sens, d_spec = ai >= t_sens, ai >= t_spec
    ai_pt = _point(y, ai, d_sens)
    ai_pt["sensitivity"] = binary_metrics(y, d_spec).sensitivity
    ai_rep = _scorer_replicates(y, ai, w) | _binary_replicates(y, d_sens, w)
    ai_rep["sensitivity"] = _binary_replicates(y, d_spec, w)["sensitivity"]

    rows = []
    for name, pt, rep in zip(study.reader_names, reader_pts, reader_reps):
        for m in METRICS:
            ci = percentile_ci(pt[m], rep[m], alpha)
            rows.append({"name": name, "kind": "reader", "metric": m, "value": pt[m], "low": ci.low,
                         "high": ci.high, "sd": np.nan})
    for m in METRICS:
        ci = percentile_ci(avg[m], avg_reps[m], alpha)
        rows.append({"name": "Average reader", "kind": "average", "metric": m, "value": avg[m], "low": ci.low,
                     "high": ci.high, "sd": sd[m]})
    for m in METRICS:
        ci = percentile_ci(ai_pt[m], ai_rep[m], alpha)
        rows.append({"name": f"AI ({ai_label})", "kind": "ai", "metric": m, "value": ai_pt[m], "low": ci.low,
                     "high": ci.high, "sd": np.nan})
    for other in study.ai_names:
        if other == ai_label:
            continue
        s = study.ai(other)
        for m in ("auroc", "auprc"):
            rep = _scorer_replicates(y, s, w)[m]
            pt = auroc(y, s) if m == "auroc" else auprc(y, s)
            ci = percentile_ci(pt, rep, alpha)
            rows.append({"name": f"AI ({other})", "kind": "other_ai", "metric": m, "value": pt, "low": ci.low,
                         "high": ci.high, "sd": np.nan})

    diffs = []
    for m in METRICS:
        ci = percentile_ci(ai_pt[m] - avg[m], ai_rep[m] - avg_reps[m], alpha)
        if m in ("auroc", "auprc"):
            model, readers = ai, study.reader_scores
        else:
            model = (d_spec if m == "sensitivity" else d_sens).astype(float)
            readers = study.reader_decisions.astype(float)
        p = swap_test(y, model, readers, m, n_perm=n_perm, seed=seed, alternative=BETTER[m]).p_value
        diffs.append({"comparison": "AI - average reader", "metric": m, "value": ai_pt[m] - avg[m],
                      "low": ci.low, "high": ci.high, "p_value": p})

    hyb_rows, hyb_diffs = _hybrids(study, y, ai, w, reader_pts, reader_reps, lam, n_perm, seed, alpha)
    return ReaderStudyResult(pd.DataFrame(rows), pd.DataFrame(diffs),
                             {"at_average_sensitivity": t_sens, "at_average_specificity": t_spec},
                             avg, hyb_rows, hyb_diffs)


def _hybrids(study: ReaderStudy, y: np.ndarray, ai: np.ndarray, w: np.ndarray, reader_pts, reader_reps,
             lam: float, n_perm: int, seed: int, alpha: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows, hyb_scores, hyb_dec_sens, hyb_dec_spec = [], [], [], []
    hyb_pts, hyb_reps = [], []
    for name, sc, pt in zip(study.reader_names, study.reader_scores, reader_pts):
        h = hybrid_scores(sc, ai, lam)
        ds = h >= threshold_for_sensitivity(y, h, pt["sensitivity"])
        dp = h >= threshold_for_specificity(y, h, pt["specificity"])
        hp = _point(y, h, ds)
        hp["sensitivity"] = binary_metrics(y, dp).sensitivity
        hr = _scorer_replicates(y, h, w) | _binary_replicates(y, ds, w)
        hr["sensitivity"] = _binary_replicates(y, dp, w)["sensitivity"]
        hyb_scores.append(h)
        hyb_dec_sens.append(ds)
        hyb_dec_spec.append(dp)
        hyb_pts.append(hp)
        hyb_reps.append(hr)
        for m in METRICS:
            ci = percentile_ci(hp[m], hr[m], alpha)
            rows.append({"name": name, "metric": m, "reader": pt[m], "hybrid": hp[m], "low": ci.low, "high": ci.high})
    diffs = []
    for m in METRICS:
        delta = np.array([h[m] - r[m] for h, r in zip(hyb_pts, reader_pts)])
        rep = np.nanmean(np.stack([h[m] - r[m] for h, r in zip(hyb_reps, reader_reps)]), axis=0)
        ci = percentile_ci(float(delta.mean()), rep, alpha)
        if m in ("auroc", "auprc"):
            model, readers = np.stack(hyb_scores), study.reader_scores
        else:
            model = np.stack(hyb_dec_spec if m == "sensitivity" else hyb_dec_sens).astype(float)
            readers = study.reader_decisions.astype(float)
        p = swap_test(y, model, readers, m, n_perm=n_perm, seed=seed, alternative=BETTER[m], paired=True).p_value
        diffs.append({"comparison": "hybrid - reader (mean)", "metric": m, "value": float(delta.mean()),
                      "sd": float(delta.std(ddof=1)), "low": ci.low, "high": ci.high, "p_value": p})
    return pd.DataFrame(rows), pd.DataFrame(diffs)


def hybrid_matrix(study: ReaderStudy, ai_name: str | None = None, lam: float = 0.5) -> np.ndarray:
    """``(R, n)`` hybrid scores, one per reader (for ORH readers-vs-hybrids)."""
    ai = study.ai(ai_name)
    return np.stack([hybrid_scores(s, ai, lam) for s in study.reader_scores])
