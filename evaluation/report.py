"""Self-contained HTML evaluation report (one file; figures embedded as base64 PNG; jinja2).

Why one file: it is attached to a model card or an e-mail and must open anywhere, offline.
The numbers come from :func:`evaluation.evaluate.evaluate_predictions`; this module only
formats them. Saliency overlays are optional PNGs named after the breast id
(``<overlay_dir>/<breast_id>.png`` or ``<breast_id>_*.png``), produced by `sonolabel saliency`.
"""

from __future__ import annotations

import html
import math
import os
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape

from core.tables import give_umask_mode
from evaluation.evaluate import EvaluationResult
from evaluation.metrics import binary_metrics
from evaluation.mrmc import ORHResult
from evaluation.plots import png_file_to_base64, roc_pr_figure, score_histogram
from evaluation.reader_study import METRICS

TEMPLATES = Path(__file__).parent / "templates"
METRIC_LABELS = {"auroc": "AUROC", "auprc": "AUPRC", "specificity": "Specificity (%)",
                 "sensitivity": "Sensitivity (%)", "biopsy_rate": "Biopsy rate (%)", "ppv": "PPV2 (%)",
                 "npv": "NPV (%)"}
PCT = {"specificity", "sensitivity", "biopsy_rate", "ppv", "npv"}


def _num(v: float, pct: bool = False, digits: int = 3) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "n/a"
    return f"{v * 100:.1f}" if pct else f"{v:.{digits}f}"


def fmt_ci(v: float, lo: float, hi: float, pct: bool = False, digits: int = 3) -> str:
    """``0.881 (0.850, 0.912)``; percentages with one decimal."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "n/a"
    if lo is None or (isinstance(lo, float) and math.isnan(lo)):
        return _num(v, pct, digits)
    return f"{_num(v, pct, digits)} ({_num(lo, pct, digits)}, {_num(hi, pct, digits)})"


def fmt_p(p: float) -> str:
    if p is None or math.isnan(p):
        return "n/a"
    return "<0.001" if p < 0.001 else f"{p:.3f}"


def _p4(p: float) -> str:
    return "<0.0001" if p < 0.0001 else f"{p:.4f}"


def _table(header: list[str], rows: list[list[str]], cls: str = "") -> dict:
    return {"header": header, "rows": rows, "cls": cls}


def _reader_tables(res: EvaluationResult) -> dict:
    rr = res.reader
    t = rr.table
    header = ["Reader"] + [METRIC_LABELS[m] for m in METRICS]
    rows = []
    for name in pd.unique(t["name"]):
        sub = t[t["name"] == name].set_index("metric")
        cells = [name]
        for m in METRICS:
            if m not in sub.index:
                cells.append("")
                continue
            r = sub.loc[m]
            txt = fmt_ci(r.value, r.low, r.high, m in PCT)
            if sub["kind"].iloc[0] == "average":
                pct = m in PCT
                txt = (f"{_num(r.value, pct)} &plusmn; {_num(r.sd, pct)}"
                       f"<br><small>({_num(r.low, pct)}, {_num(r.high, pct)})</small>")
            cells.append(txt)
        rows.append(cells)
    diff_rows = []
    for df in (rr.differences, rr.hybrid_differences):
        for _, r in df.iterrows():
            diff_rows.append([r.comparison, METRIC_LABELS[r.metric], fmt_ci(r.value, r.low, r.high, r.metric in PCT),
                              _num(r.get("sd", np.nan), r.metric in PCT) if "sd" in r else "", fmt_p(r.p_value)])
    h = rr.hybrid_table
    hyb_rows = []
    for name in pd.unique(h["name"]):
        sub = h[h["name"] == name].set_index("metric")
        cells = [name]
        for m in METRICS:
            r = sub.loc[m]
            cells.append(f"{_num(r.reader, m in PCT)} &rarr; <b>{fmt_ci(r.hybrid, r.low, r.high, m in PCT)}</b>")
        hyb_rows.append(cells)
    thr = rr.ai_thresholds
    return {
        "main": _table(header, rows, "wide"),
        "diffs": _table(["Comparison", "Metric", "Difference (95% CI)", "SD over readers", "one-tailed p"], diff_rows),
        "hybrids": _table(["Reader: reader &rarr; hybrid"] + [METRIC_LABELS[m] for m in METRICS], hyb_rows, "wide"),
        "thresholds": f"AI threshold at the average reader's sensitivity: {thr['at_average_sensitivity']:.4g}; "
                      f"at the average reader's specificity: {thr['at_average_specificity']:.4g}.",
        "scale": res.study.scale,
    }


def _mrmc_tables(name: str, r: ORHResult) -> dict:
    aucs = _table(["Reader"] + r.treatments,
                  [[rd] + [f"{r.auc[t, j]:.4f}" for t in range(len(r.treatments))] for j, rd in enumerate(r.readers)])
    g_rows, d_rows, s_rows = [], [], []
    for a in (r.rrrc, r.frrc, r.rrfc):
        g = a.global_test
        kind = "X2" if math.isinf(g.df2) else "F"
        g_rows.append([a.name, f"{kind} = {g.statistic:.3f}", f"{g.df1:g}", "&infin;" if math.isinf(g.df2) else f"{g.df2:.2f}",
                       _p4(g.p_value)])
        for c in a.differences:
            d_rows.append([a.name, c.label, f"{c.estimate:.4f}", f"{c.stderr:.4f}",
                           "&infin;" if math.isinf(c.df) else f"{c.df:.2f}", _p4(c.p_value),
                           f"({c.ci_low:.4f}, {c.ci_high:.4f})"])
        for c in a.single_treatment:
            s_rows.append([a.name, c.label, f"{c.estimate:.4f}", f"{c.stderr:.4f}",
                           "&infin;" if math.isinf(c.df) else f"{c.df:.2f}", f"({c.ci_low:.4f}, {c.ci_high:.4f})"])
    cov = (f"Var(error) = {r.var_error:.6f}, Cov1 = {r.cov1:.6f}, Cov2 = {r.cov2:.6f}, Cov3 = {r.cov3:.6f}; "
           f"MS(T) = {r.ms_t:.6f}, MS(T*R) = {r.ms_tr:.6f}; {r.n_normal} normal, {r.n_abnormal} abnormal cases.")
    if "AI" in r.treatments:
        cov += (" The single AI is replicated for every reader (the usual way to fit ORH to a standalone"
                " algorithm): its reader variance is 0, so its fixed-case interval has zero width.")
    return {"name": name, "aucs": aucs, "cov": cov,
            "global": _table(["Analysis", "Statistic", "df1", "df2 (Hillis ddf)", "p"], g_rows),
            "diffs": _table(["Analysis", "Comparison", "Difference", "StdErr", "df", "p", "95% CI"], d_rows),
            "single": _table(["Analysis", "Treatment", "AUC", "StdErr", "df", "95% CI"], s_rows)}


def find_overlay(overlay_dir: Path | None, breast_id: str) -> Path | None:
    if overlay_dir is None:
        return None
    exact = overlay_dir / f"{breast_id}.png"
    if exact.exists():
        return exact
    hits = sorted(overlay_dir.glob(f"{breast_id}_*.png"))
    return hits[0] if hits else None


def build_context(res: EvaluationResult, title: str = "SonoLabel evaluation report",
                  overlay_dir: str | Path | None = None, source: str = "",
                  busi: pd.DataFrame | None = None) -> dict:
    """Everything the template shows, already formatted (numbers as strings, images base64)."""
    d = res.predictions
    y, s = d["label"].to_numpy(), d["score"].to_numpy(float)
    curves = {"AI": s}
    reader_pts, avg_pt, ai_pts = None, None, None
    if res.study is not None:
        st = res.study
        curves = {f"AI ({st.ai_names[0]})": st.ai_scores[0]}
        for name, sc in zip(st.ai_names[1:], st.ai_scores[1:]):
            curves[f"AI ({name})"] = sc
        t = res.reader.table
        pt = t[t.kind == "reader"].pivot_table(index="name", columns="metric", values="value")
        reader_pts = pt.to_dict("records")
        avg_pt = res.reader.average_reader
        thr = res.reader.ai_thresholds
        ai_pts = [binary_metrics(y, st.ai_scores[0] >= thr[k]).as_dict() for k in thr]
    figs = {"roc_pr": roc_pr_figure(y, curves, reader_pts, avg_pt, ai_pts),
            "hist": score_histogram(y, s, {f"{r.stream}": r.threshold for r in res.triage.itertuples()})}
    overall = _table(["Metric", "Estimate (95% CI)", "valid replicates"],
                     [[METRIC_LABELS[k], fmt_ci(v.point, v.low, v.high), f"{v.n_valid}/{v.n_boot}"]
                      for k, v in res.overall.items()])
    tri_rows = []
    for r in res.triage.itertuples():
        tri_rows.append([r.stream, f"{r.threshold:.4g}", r.matched, f"{r.flagged} / {r.below}"]
                        + [fmt_ci(getattr(r, m), getattr(r, f"{m}_low"), getattr(r, f"{m}_high"), True)
                           for m in ("sensitivity", "specificity", "ppv", "npv", "biopsy_rate")])
    triage = _table(["Work stream", "Threshold", "Matched", "Above / below"]
                    + [METRIC_LABELS[m] for m in ("sensitivity", "specificity", "ppv", "npv", "biopsy_rate")], tri_rows)
    sub_rows = [[r.group, r.subgroup, str(r.n), str(r.n_malignant), fmt_ci(r.auroc, r.auroc_low, r.auroc_high),
                 fmt_ci(r.auprc, r.auprc_low, r.auprc_high)] for r in res.subgroups.itertuples()]
    subgroups = _table(["Group", "Subgroup", "Breasts", "Malignant", "AUROC (95% CI)", "AUPRC (95% CI)"], sub_rows)
    odir = Path(overlay_dir) if overlay_dir else None
    cases = []
    for r in res.top_cases.itertuples():
        p = find_overlay(odir, str(r.breast_id))
        cases.append({"kind": r.kind, "breast_id": html.escape(str(r.breast_id)), "score": f"{r.score:.4f}",
                      "img": png_file_to_base64(p) if p else None})
    cfg = res.config
    return {
        "title": title, "source": source,
        "population": _population_tables(res),
        "summary": {f"{res.unit.capitalize()}s": res.n_breasts, "Malignant": res.n_malignant,
                    "Patients": res.n_patients if res.n_patients is not None else "n/a",
                    "Bootstrap": (f"{cfg.n_boot} replicates, "
                                  f"{'patient' if cfg.patient_bootstrap else 'breast'}-level, seed {cfg.seed}"),
                    "Permutation trials": cfg.n_perm if res.study is not None else "n/a"},
        "overall": overall, "figs": figs, "triage": triage, "subgroups": subgroups,
        "reader": _reader_tables(res) if res.reader is not None else None,
        "mrmc": [_mrmc_tables(k, v) for k, v in res.mrmc.items()],
        "cases": cases, "overlay_dir": str(odir) if odir else None,
        "busi": _busi_table(busi) if busi is not None else None,
    }


def _population_tables(res: EvaluationResult) -> dict | None:
    """The paper's population beside the whole split, and the breasts each reason removed."""
    if res.populations is None or res.population is None:
        return None
    pops = _table(["Population", "Breasts", "Malignant", "AUROC (95% CI)", "AUPRC (95% CI)"],
                  [[r.population, f"{r.n:,}", f"{r.n_malignant:,}", fmt_ci(r.auroc, r.auroc_low, r.auroc_high),
                    fmt_ci(r.auprc, r.auprc_low, r.auprc_high)] for r in res.populations.itertuples()])
    counts = res.population.reason_counts()
    reasons = _table(["Reason", "Status", "Basis", "Breasts", "of which malignant"],
                     [[f"<code>{html.escape(str(r.reason))}</code>", html.escape(str(r.status)),
                       "" if pd.isna(r.basis) else html.escape(str(r.basis)), f"{r.n:,}", f"{r.n_malignant:,}"]
                      for r in counts.itertuples()])
    basis = res.population.evaluated["basis"].value_counts()
    return {"populations": pops, "reasons": reasons, "n_excluded": len(res.population.excluded),
            "n_review": int(basis.get("review", 0)), "n_rule": int(basis.get("rule", 0)),
            "partial": bool((counts["reason"] == "no_prediction").any())}


def _busi_table(busi: pd.DataFrame) -> dict:
    rows = [[r.task, str(r.n), str(r.n_positive), fmt_ci(getattr(r, "auroc", np.nan), getattr(r, "auroc_low", np.nan),
                                                          getattr(r, "auroc_high", np.nan)),
             fmt_ci(getattr(r, "auprc", np.nan), getattr(r, "auprc_low", np.nan), getattr(r, "auprc_high", np.nan))]
            for r in busi.itertuples()]
    return _table(["Task", "Images", "Positive", "AUROC (95% CI)", "AUPRC (95% CI)"], rows)


def render_report(context: dict) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    return env.get_template("report.html.j2").render(**context)


def write_report(html_text: str, path: str | Path) -> Path:
    """Write atomically (temp file + rename) so a reader never sees half a report."""

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(html_text)
    give_umask_mode(tmp)  # readable like any file the process creates, not mkstemp's 0600
    os.replace(tmp, path)
    return path
