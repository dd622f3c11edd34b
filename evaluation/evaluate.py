"""The evaluation stage: predictions table -> every number of the report (no rendering here).

Pure function over a DataFrame so the CLI, the ``evaluate-model`` flow and tests share it:
overall AUROC/AUPRC with bootstrap CIs (breast- or patient-level), triage operating points,
subgroup table, and, when reader columns are present, the paper's reader study (Table A.2,
hybrids, permutation tests) plus ORH MRMC analyses (AI vs readers, readers vs hybrids).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from evaluation.bootstrap import BootstrapCI, auc_bootstrap, binary_bootstrap
from evaluation.mrmc import ORHResult, ai_vs_readers, readers_vs_hybrids, result_tables
from evaluation.operating_points import triage_points
from evaluation.population import TestPopulation
from evaluation.reader_study import (
    POM_BIRADS4_THRESHOLD,
    ReaderStudy,
    ReaderStudyResult,
    analyse_reader_study,
    detect_columns,
    hybrid_matrix,
    study_from_frame,
)
from evaluation.subgroups import subgroup_table


@dataclass(frozen=True)
class EvaluationConfig:
    """Settings of one evaluation run.

    Args:
        n_boot: bootstrap replicates for every CI (paper: 1,000).
        n_perm: permutation trials per test (paper: 10,000).
        seed: one seed for every random draw (results are reproducible).
        patient_bootstrap: resample patients (``patient_uid``) instead of breasts.
        rule_out_sensitivity: triage low threshold keeps this share of cancers above it.
        rule_in_specificity: triage high threshold keeps this share of negatives below it.
        reader_scale: ``auto``/``birads``/``probability`` for reader columns.
        reader_threshold: POM readers recommend biopsy when score > this (BI-RADS 4: > 2%).
        lam: reader weight in the hybrid model (paper: 0.5).
        top_k: true/false positives shown with saliency overlays.
        mrmc: run the ORH analyses when readers are present.
    """

    n_boot: int = 1000
    n_perm: int = 10_000
    seed: int = 0
    patient_bootstrap: bool = False
    rule_out_sensitivity: float = 0.99
    rule_in_specificity: float = 0.99
    reader_scale: str = "auto"
    reader_threshold: float = POM_BIRADS4_THRESHOLD
    lam: float = 0.5
    top_k: int = 6
    mrmc: bool = True

    def __post_init__(self) -> None:
        if self.n_boot < 1 or self.n_perm < 1:
            raise ValueError("n_boot and n_perm must be >= 1")
        if not (0 < self.rule_out_sensitivity <= 1 and 0 < self.rule_in_specificity <= 1):
            raise ValueError("triage targets must be in (0, 1]")
        if not 0 <= self.lam <= 1:
            raise ValueError("lam must be in [0, 1]")
        if self.top_k < 0:
            raise ValueError("top_k must be >= 0")


@dataclass
class EvaluationResult:
    n_breasts: int
    n_malignant: int
    n_patients: int | None
    overall: dict[str, BootstrapCI]
    triage: pd.DataFrame
    subgroups: pd.DataFrame
    top_cases: pd.DataFrame
    predictions: pd.DataFrame
    config: EvaluationConfig
    study: ReaderStudy | None = None
    reader: ReaderStudyResult | None = None
    mrmc: dict[str, ORHResult] = field(default_factory=dict)
    # With a build (``--dataset``): the paper's test population and the test breasts left out,
    # and AUROC/AUPRC on that population and on the whole split (evaluation.population).
    population: TestPopulation | None = None
    populations: pd.DataFrame | None = None
    unit: str = "breast"  # "image" for an image-level external test (BUSI layout)


def _triage_table(y: np.ndarray, s: np.ndarray, cfg: EvaluationConfig, clusters) -> pd.DataFrame:
    rows = []
    for op in triage_points(y, s, cfg.rule_out_sensitivity, cfg.rule_in_specificity):
        ci = binary_bootstrap(y, s >= op.threshold, cfg.n_boot, cfg.seed, clusters)
        row = {"stream": op.name, "threshold": op.threshold, "matched": f"{op.matched} >= {op.target:.3f}",
               "flagged": op.metrics.tp + op.metrics.fp, "below": op.metrics.tn + op.metrics.fn}
        for m, c in ci.items():
            row.update({m: c.point, f"{m}_low": c.low, f"{m}_high": c.high})
        rows.append(row)
    return pd.DataFrame(rows)


def _top_cases(d: pd.DataFrame, k: int) -> pd.DataFrame:
    tp = d[d.label == 1].nlargest(k, "score").assign(kind="true positive")
    fp = d[d.label == 0].nlargest(k, "score").assign(kind="false positive")
    return pd.concat([tp, fp])[["kind", "breast_id", "score", "label"]].reset_index(drop=True)


def evaluate_predictions(predictions: pd.DataFrame, config: EvaluationConfig | None = None,
                         ai_name: str | None = None) -> EvaluationResult:
    """Evaluate a normalised predictions table (see :mod:`evaluation.predictions`)."""
    cfg = config or EvaluationConfig()
    d = predictions
    for col in ("breast_id", "label", "score"):
        if col not in d.columns:
            raise ValueError(f"predictions lack column {col!r}")
    y = d["label"].to_numpy().astype(int)
    s = d["score"].to_numpy(float)
    has_patients = "patient_uid" in d.columns
    clusters = d["patient_uid"].astype(str).to_numpy() if (cfg.patient_bootstrap and has_patients) else None
    if cfg.patient_bootstrap and not has_patients:
        raise ValueError("patient_bootstrap needs a 'patient_uid' column")
    overall = auc_bootstrap(y, s, cfg.n_boot, cfg.seed, clusters=clusters)
    triage = _triage_table(y, s, cfg, clusters)
    subgroups = subgroup_table(d, n_boot=cfg.n_boot, seed=cfg.seed,
                               cluster_col="patient_uid" if clusters is not None else None)
    res = EvaluationResult(len(d), int(y.sum()), int(d["patient_uid"].nunique()) if has_patients else None,
                           overall, triage, subgroups, _top_cases(d, cfg.top_k), d, cfg)
    readers, ais = detect_columns(list(d.columns))
    if len(readers) >= 2:
        ai_cols = ais if ais and ais != ["score"] else ["score"]
        if ai_name is not None:
            ai_cols = [ai_name] + [c for c in ai_cols if c != ai_name]
        elif "score" not in ai_cols:
            primary = [c for c in ai_cols if d[c].equals(d["score"])]
            ai_cols = primary + [c for c in ai_cols if c not in primary] if primary else ["score"] + ai_cols
        study = study_from_frame(d, "label", readers, ai_cols, cfg.reader_scale, cfg.reader_threshold,
                                 ["breast_id"], "patient_uid" if has_patients else None)
        res.study = study
        res.reader = analyse_reader_study(study, None, cfg.n_boot, cfg.n_perm, cfg.seed,
                                          cluster_bootstrap=clusters is not None, lam=cfg.lam)
        if cfg.mrmc:
            res.mrmc = {
                "Readers vs AI": ai_vs_readers(study.ai(), study.reader_scores, study.labels, study.reader_names),
                "Readers vs hybrids": readers_vs_hybrids(study.reader_scores, hybrid_matrix(study, None, cfg.lam),
                                                         study.labels, study.reader_names),
            }
    return res


FIRST_BREAST_COLUMNS = ("breast_id", "exam_uid", "patient_uid", "laterality", "label", "score", "reason", "basis")


def export_tables(res: EvaluationResult, out_dir) -> list[str]:
    """Write every numeric table as CSV (machine-readable twin of the HTML report); with a test
    population also ``evaluated_breasts`` (one row per evaluated breast), ``excluded_breasts`` (one
    row per test breast left out, with ``reason``), ``excluded_reasons`` and ``populations``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    frames = {
        "overall": pd.DataFrame([{"metric": k, "value": v.point, "low": v.low, "high": v.high,
                                  "n_valid": v.n_valid, "n_boot": v.n_boot} for k, v in res.overall.items()]),
        "triage": res.triage,
        "subgroups": res.subgroups,
    }
    if res.population is not None:
        ev = res.population.evaluated
        first = [c for c in FIRST_BREAST_COLUMNS if c in ev.columns]
        frames |= {"evaluated_breasts": ev[first + [c for c in ev.columns if c not in first]],
                   "excluded_breasts": res.population.excluded,
                   "excluded_reasons": res.population.reason_counts()}
    if res.populations is not None:
        frames["populations"] = res.populations
    if res.reader is not None:
        frames |= {"reader_study": res.reader.table, "reader_differences": res.reader.differences,
                   "hybrids": res.reader.hybrid_table, "hybrid_differences": res.reader.hybrid_differences}
    for name, r in res.mrmc.items():
        slug = name.lower().replace(" ", "_")
        for part, f in result_tables(r).items():
            frames[f"mrmc_{slug}_{part}"] = f
        frames[f"mrmc_{slug}_auc"] = r.auc_table().reset_index(names="reader")
    written = []
    for name, f in frames.items():
        p = out / f"{name}.csv"
        f.to_csv(p, index=False)
        written.append(str(p))
    return written
