"""The test-set eligibility funnel (paper Fig. A.3): counts per branch and outcome, and a PNG.

:func:`eligibility_funnel` counts ``test_eligibility`` rows per eligibility code, in the order
of :data:`~curation.reason_codes.ELIGIBILITY_CODES`, listing every code (zero counts too) so
that two runs always give comparable tables. :func:`plot_eligibility_funnel` draws it as a
horizontal flow chart: the test split at the top, one grey bar per branch, and below each
branch its outcomes coloured by status (included / excluded / manual review), with the count
and share of the branch written beside each bar -- the same reading as Fig. A.3's boxes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from curation.reason_codes import ELIGIBILITY_BY_CODE, ELIGIBILITY_CODES, ELIGIBILITY_STATUSES

BRANCH_ORDER: tuple[str, ...] = tuple(dict.fromkeys(c.branch for c in ELIGIBILITY_CODES))
BRANCH_TITLES: dict[str, str] = {
    "negative_birads12": "Not biopsied, BI-RADS 1-2 (Fig. A.3a)",
    "negative_birads3": "Not biopsied, BI-RADS 3 (Fig. A.3b)",
    "nonbiopsied_other": "Not biopsied, BI-RADS 0/4/5/6",
    "benign": "Biopsy-proven benign",
    "malignant": "Biopsy-proven malignant (Fig. A.3c)",
    "missing": "No BI-RADS",
    "label_review": "Label needs review (label_review queue)",
}
STATUS_COLOURS: dict[str, str] = {"included": "#2e7d32", "excluded": "#c62828", "manual_review": "#ef8f00"}


def eligibility_funnel(test_eligibility: pd.DataFrame) -> pd.DataFrame:
    """Counts per eligibility code: columns ``branch, reason, status, n``.

    Every code of ``ELIGIBILITY_CODES`` appears once, in its order (zero when absent).

    Raises:
        ValueError: a missing ``reason`` column or a reason that is not an eligibility code.
    """
    if "reason" not in test_eligibility.columns:
        raise ValueError("test_eligibility has no 'reason' column")
    reasons = test_eligibility["reason"].astype("string")
    unknown = sorted(set(reasons.dropna()) - set(ELIGIBILITY_BY_CODE)) + (["<missing>"] if reasons.isna().any() else [])
    if unknown:
        raise ValueError(f"unknown eligibility code(s): {unknown}")
    counts = reasons.value_counts()
    return pd.DataFrame({
        "branch": [c.branch for c in ELIGIBILITY_CODES],
        "reason": [c.code for c in ELIGIBILITY_CODES],
        "status": [c.status for c in ELIGIBILITY_CODES],
        "n": [int(counts.get(c.code, 0)) for c in ELIGIBILITY_CODES],
    })


def plot_eligibility_funnel(
    funnel: pd.DataFrame, path: str | os.PathLike | BinaryIO, title: str | None = None
) -> Path | BinaryIO:
    """Draw the funnel as a horizontal flow chart PNG.

    Args:
        funnel: the output of :func:`eligibility_funnel`, or a ``test_eligibility`` table
            (a frame with ``reason`` but no ``n`` column is counted first).
        path: file path (parent folders are created) or a binary file object (e.g. ``BytesIO``).
        title: figure title (default: "Test-set eligibility (paper Fig. A.3)").

    Returns:
        ``path`` (as a ``Path`` when it was a path). Empty branches are drawn with count 0 so
        that layouts of two runs are comparable.
    """
    # matplotlib loads only where a plot is drawn, not in every Dask worker that imports the steps
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    observed = None
    if "n" not in funnel.columns and "reason" in funnel.columns:
        # the rows' own statuses: a reviewer's review_included / review_excluded, not the code's manual_review
        observed = funnel["status"].value_counts() if "status" in funnel.columns else None
        funnel = eligibility_funnel(funnel)
    needed = {"branch", "reason", "status", "n"}
    if not needed <= set(funnel.columns):
        raise ValueError(f"funnel needs columns {sorted(needed)}, has {list(funnel.columns)}")
    total = int(funnel["n"].sum())
    by_status = observed if observed is not None else funnel.groupby("status")["n"].sum()

    labels: list[str] = []
    values: list[int] = []
    colours: list[str] = []
    notes: list[str] = []
    bold: list[bool] = []
    labels.append(f"Test split: exam x breast (n={total:,})")
    values.append(total)
    colours.append("#37474f")
    shown = [s for s in ELIGIBILITY_STATUSES if s in STATUS_COLOURS or int(by_status.get(s, 0))]
    notes.append("\n".join(f"{s.replace('_', ' ')}: {int(by_status.get(s, 0)):,}" for s in shown))
    bold.append(True)
    for branch in BRANCH_ORDER:
        rows = funnel.loc[funnel["branch"] == branch]
        n_branch = int(rows["n"].sum())
        labels.append(BRANCH_TITLES.get(branch, branch))
        values.append(n_branch)
        colours.append("#90a4ae")
        notes.append(f"{n_branch:,} ({n_branch / total:.1%} of test)" if total else "0")
        bold.append(True)
        for _, r in rows.iterrows():
            labels.append("    " + str(r["reason"]))
            values.append(int(r["n"]))
            colours.append(STATUS_COLOURS.get(str(r["status"]), "#757575"))
            share = f" ({int(r['n']) / n_branch:.1%} of branch)" if n_branch else ""
            notes.append(f"{int(r['n']):,}{share}")
            bold.append(False)

    height = 0.32 * len(labels) + 1.4
    fig, ax = plt.subplots(figsize=(12, height))
    y = list(range(len(labels)))[::-1]
    y[0] += 0.6 + 0.3 * max(0, len(shown) - 3)  # room for the status summary beside the total bar
    ax.barh(y, values, color=colours, height=0.7)
    vmax = max(values) if values and max(values) > 0 else 1
    for yi, v, note in zip(y, values, notes):
        ax.text(v + vmax * 0.01, yi, note, va="center", fontsize=7.5 if "\n" in note else 8)
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontsize=8.5)
    for tick, b in zip(ax.get_yticklabels(), bold):
        tick.set_fontweight("bold" if b else "normal")
    ax.set_xlim(0, vmax * 1.4)
    ax.set_xlabel("exam x breast")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(title or "Test-set eligibility (paper Fig. A.3)", fontsize=11)
    ax.legend(handles=[Patch(color=c, label=s.replace("_", " ")) for s, c in STATUS_COLOURS.items()],
              loc="lower right", fontsize=8, frameon=False)
    fig.tight_layout()
    out: Path | BinaryIO
    if isinstance(path, (str, os.PathLike)):
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
    else:
        out = path
    try:
        fig.savefig(out, dpi=120, format="png")
    finally:
        plt.close(fig)
    return out
