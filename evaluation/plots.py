"""Figures for the evaluation report, returned as base64 PNG (the report is one file).

ROC and precision-recall curves of the AI (and other AI models, hybrids), with every reader's
operating point, the average reader (triangle) and the AI's matched operating points, as in
the paper's Figure 2. Matplotlib's Agg backend: no display needed.
"""

from __future__ import annotations

import base64
import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from sklearn.metrics import precision_recall_curve, roc_curve


def fig_to_base64(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def png_file_to_base64(path) -> str:
    with open(path, "rb") as fh:
        return base64.b64encode(fh.read()).decode("ascii")


def roc_pr_figure(labels: np.ndarray, curves: dict[str, np.ndarray], reader_points: list[dict] | None = None,
                  average_point: dict | None = None, ai_points: list[dict] | None = None) -> str:
    """Side-by-side ROC and PR curves.

    Args:
        curves: name -> scores; the first is drawn bold (the primary AI).
        reader_points: dicts with ``sensitivity``, ``specificity``, ``ppv`` per reader.
        average_point: the same keys for the average reader (drawn as a triangle).
        ai_points: the AI's matched operating points (same keys), drawn as stars.
    """
    y = np.asarray(labels).astype(int)
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 5))
    for i, (name, s) in enumerate(curves.items()):
        fpr, tpr, _ = roc_curve(y, s)
        prec, rec, _ = precision_recall_curve(y, s)
        kw = {"lw": 2.2, "color": "C0", "zorder": 3} if i == 0 else {"lw": 1, "alpha": 0.7}
        ax1.plot(fpr, tpr, label=name, **kw)
        ax2.plot(rec, prec, label=name, **kw)
    for pts, kw in ((reader_points or [], {"marker": "o", "color": "C3", "s": 22, "label": "readers"}),
                    ([average_point] if average_point else [], {"marker": "^", "color": "k", "s": 80,
                                                                 "label": "average reader"}),
                    (ai_points or [], {"marker": "*", "color": "C2", "s": 120, "label": "AI (matched)"})):
        if not pts:
            continue
        ax1.scatter([1 - p["specificity"] for p in pts], [p["sensitivity"] for p in pts], zorder=4, **kw)
        ax2.scatter([p["sensitivity"] for p in pts], [p["ppv"] for p in pts], zorder=4, **kw)
    ax1.plot([0, 1], [0, 1], ls=":", color="grey")
    ax1.set(xlabel="1 - specificity", ylabel="sensitivity", title="ROC", xlim=(0, 1), ylim=(0, 1.01))
    ax2.axhline(y.mean(), ls=":", color="grey")
    ax2.set(xlabel="recall (sensitivity)", ylabel="precision (PPV)", title="Precision-recall", xlim=(0, 1),
            ylim=(0, 1.01))
    ax1.legend(loc="lower right", fontsize=8)
    ax2.legend(loc="upper right", fontsize=8)
    fig.tight_layout()
    return fig_to_base64(fig)


def score_histogram(labels: np.ndarray, scores: np.ndarray, thresholds: dict[str, float] | None = None) -> str:
    """Score distributions of malignant and non-malignant breasts with triage thresholds."""
    y = np.asarray(labels).astype(bool)
    s = np.asarray(scores, dtype=float)
    fig, ax = plt.subplots(figsize=(11, 3))
    bins = np.linspace(s.min(), s.max(), 60) if s.max() > s.min() else 10
    ax.hist(s[~y], bins=bins, alpha=0.6, density=True, label="not malignant")
    ax.hist(s[y], bins=bins, alpha=0.6, density=True, label="malignant")
    for i, (name, t) in enumerate((thresholds or {}).items()):
        ax.axvline(t, color=f"C{i + 3}", ls="--", label=name)
    ax.set(xlabel="AI score", ylabel="density", yscale="log")
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig_to_base64(fig)
