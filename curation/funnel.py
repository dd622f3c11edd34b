"""The curation funnel: how many files, images, exams and patients each rule removed.

Built from ``dicom_index`` (what came in), ``exclusions`` (what each rule removed, in rule
order) and ``images`` (what is left), so every input file is accounted for: the counts of
``input`` equal the sum of all exclusion rows plus the kept files.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

from curation.reason_codes import ORDER, REASON_CODES

FUNNEL_SCHEMA = pa.schema(
    [
        ("step", pa.int32()),
        ("stage", pa.string()),
        ("reason", pa.string()),
        ("n_files", pa.int64()),
        ("n_images", pa.int64()),
        ("n_exams", pa.int64()),
        ("n_patients", pa.int64()),
        ("remaining_files", pa.int64()),
    ]
)


def build_funnel(dicom_index: pd.DataFrame, exclusions: pd.DataFrame, images: pd.DataFrame) -> pa.Table:
    """One row for the input, one per reason code (in order, zeros included), one for the result."""
    n_in = len(dicom_index)
    rows = [
        dict(step=0, stage="input", reason="all_files", n_files=n_in, n_images=0,
             n_exams=dicom_index["exam_uid"].nunique(), n_patients=dicom_index["patient_uid"].nunique(),
             remaining_files=n_in)
    ]
    remaining = n_in
    for rc in REASON_CODES:
        ex = exclusions[exclusions["reason"] == rc.code]
        files = ex["file_relpath"].nunique()
        # a file is gone when all its rows are excluded and it has no kept image
        gone = files if rc.level != "image" else len(set(ex["file_relpath"]) - set(images["file_relpath"]))
        remaining -= gone
        rows.append(
            dict(step=ORDER[rc.code] + 1, stage=str(rc.stage), reason=rc.code, n_files=files,
                 n_images=int(ex["image_uid"].notna().sum()), n_exams=ex["exam_uid"].nunique(),
                 n_patients=ex["patient_uid"].nunique(), remaining_files=remaining)
        )
    rows.append(
        dict(step=len(REASON_CODES) + 1, stage="result", reason="kept", n_files=images["file_relpath"].nunique(),
             n_images=len(images), n_exams=images["exam_uid"].nunique(), n_patients=images["patient_uid"].nunique(),
             remaining_files=images["file_relpath"].nunique())
    )
    return pa.Table.from_pylist(rows, schema=FUNNEL_SCHEMA)


def plot_funnel(funnel: pd.DataFrame, path) -> None:
    """Horizontal bar chart of files removed per rule, with the files remaining after each step."""
    # matplotlib loads only where a plot is drawn, not in every Dask worker that imports the steps
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    steps = funnel[(funnel["stage"] != "input") & (funnel["stage"] != "result")]
    fig, ax = plt.subplots(figsize=(9, 0.38 * len(steps) + 1.6))
    y = range(len(steps))[::-1]
    ax.barh(list(y), steps["n_files"], color="#c0504d")
    for yi, (_, r) in zip(y, steps.iterrows()):
        ax.text(r["n_files"], yi, f"  -{r['n_files']:,} files  ({r['remaining_files']:,} left)", va="center", fontsize=8)
    ax.set_yticks(list(y), [f"{r.step:>2}. {r.reason}" for r in steps.itertuples()], fontsize=8)
    first, last = funnel.iloc[0], funnel.iloc[-1]
    ax.set_title(f"Curation funnel: {first['n_files']:,} files in -> {last['n_files']:,} files / "
                 f"{last['n_images']:,} images / {last['n_exams']:,} exams kept", fontsize=10)
    ax.set_xlabel("files removed by the rule (first rule that fires)")
    ax.set_xlim(0, max(1, steps["n_files"].max()) * 1.6)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
