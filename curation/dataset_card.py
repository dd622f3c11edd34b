"""A Markdown dataset card with counts like the paper's Table 1, per split."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

from core.vendors import UNKNOWN, vendor

SPLITS = ("train", "val", "test")
AGE_BANDS = [(-1, 40, "<40"), (40, 50, "40-49"), (50, 60, "50-59"), (60, 70, "60-69"), (70, 200, ">=70")]


def _pct(n: float, d: float) -> str:
    return f"{n:,.0f} ({100.0 * n / d:.1f}%)" if d else f"{n:,.0f}"


def _privacy_line(key: Mapping[str, object] | None) -> str:
    """What the pseudonyms are worth: keyed with a secret key, or with the public demo key."""
    masked = ("DICOM UIDs are keyed `2.25.` UIDs, free text is scrubbed and identifiers in file paths are "
              "masked; no names, MRNs, accession numbers or birth dates are stored.")
    if key is None:
        return f"Identifiers are HMAC pseudonyms; {masked}"
    fingerprint = key.get("pseudonym_key_fingerprint")
    if key.get("demo_key"):
        return (f"**Demo key**: ids were made with the public demo key (fingerprint `{fingerprint}`), so anyone "
                f"can re-identify them: synthetic demo data only, not pseudonymous. {masked}")
    return f"Identifiers are HMAC pseudonyms under a secret key (fingerprint `{fingerprint}`); {masked}"


def dataset_card(
    images: pd.DataFrame,
    exams: pd.DataFrame,
    breast_labels: pd.DataFrame,
    splits: pd.DataFrame,
    funnel: pd.DataFrame,
    test_eligibility: pd.DataFrame | None = None,
    version: str = "",
    review_decisions: pd.DataFrame | None = None,
    review_file: dict | None = None,
    key: Mapping[str, object] | None = None,
) -> str:
    """Render the card. Inputs are the curated tables of one build; ``review_decisions`` (the
    table of that name) and ``review_file`` (``ReviewDecisions.metadata()``) add the reviewer
    decisions section; ``key`` describes the pseudonym key (:func:`core.pseudonyms.key_record`:
    a fingerprint, never the key)."""
    split_of = splits.set_index("patient_uid")["split"]
    ex = exams.assign(split=exams["patient_uid"].map(split_of))
    im = images.assign(split=images["patient_uid"].map(split_of))
    bl = breast_labels.assign(split=breast_labels["patient_uid"].map(split_of))
    cols = [s for s in SPLITS if (ex["split"] == s).any()] + ["all"]

    def pick(frame: pd.DataFrame, s: str) -> pd.DataFrame:
        return frame if s == "all" else frame[frame["split"] == s]

    rows: list[tuple[str, list[str]]] = []
    rows.append(("Patients", [f"{pick(ex, s)['patient_uid'].nunique():,}" for s in cols]))
    rows.append(("Exams", [f"{len(pick(ex, s)):,}" for s in cols]))
    rows.append(("Images", [f"{len(pick(im, s)):,}" for s in cols]))
    rows.append(("Breasts (exam x side)", [f"{len(pick(bl, s)):,}" for s in cols]))
    rows.append(("Images per exam, mean [min-max]", [
        (lambda n: f"{n.mean():.1f} [{n.min()}-{n.max()}]" if len(n) else "-")(pick(ex, s)["n_images"]) for s in cols]))
    rows.append(("Breasts with malignant label", [
        _pct(pick(bl, s)["malignant"].sum(), len(pick(bl, s))) for s in cols]))
    rows.append(("Breasts with benign label", [_pct(pick(bl, s)["benign"].sum(), len(pick(bl, s))) for s in cols]))
    rows.append(("Breasts with both labels", [
        _pct((pick(bl, s)["benign"] & pick(bl, s)["malignant"]).sum(), len(pick(bl, s))) for s in cols]))
    if "label_state" in bl:  # the label_review queue: breasts whose label needs a human
        rows.append(("Breasts needing label review", [
            _pct((pick(bl, s)["label_state"] == "needs_review").sum(), len(pick(bl, s))) for s in cols]))
    if "age_at_exam" in ex:
        for lo, hi, name in AGE_BANDS:
            rows.append((f"Exams, age {name}", [
                _pct(((pick(ex, s)["age_at_exam"] >= lo) & (pick(ex, s)["age_at_exam"] < hi)).sum(), len(pick(ex, s)))
                for s in cols]))
        rows.append(("Age at exam, mean (SD)", [
            f"{pick(ex, s)['age_at_exam'].mean():.1f} ({pick(ex, s)['age_at_exam'].std():.1f})" for s in cols]))
    if "vendor" in ex or "manufacturer" in ex:
        # One row per vendor (``exams.vendor``): the raw Manufacturer strings of one vendor
        # ("GE Healthcare", "GE MEDICAL SYSTEMS") are one manufacturer, as in the subgroup table.
        names = ex["vendor"] if "vendor" in ex else ex["manufacturer"].map(vendor, na_action="ignore")
        ex["vendor_group"] = names.fillna(UNKNOWN)
        for m, _ in ex["vendor_group"].value_counts().items():
            rows.append((f"Exams, {m}", [
                _pct((pick(ex, s)["vendor_group"] == m).sum(), len(pick(ex, s))) for s in cols]))

    out = [
        "# SonoLabel dataset card",
        "",
        f"Version `{version}`, built {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC.",
        "",
        _privacy_line(key),
        "",
        "## Composition (like Table 1 of Shen et al. 2021)",
        "",
        "| | " + " | ".join(cols) + " |",
        "|---|" + "---|" * len(cols),
    ]
    out += [f"| {name} | " + " | ".join(vals) + " |" for name, vals in rows]
    out += ["", "## Curation funnel (files removed by the first rule that fires)", "",
            "| step | stage | reason | files | images | exams | patients | files left |", "|---|---|---|---|---|---|---|---|"]
    for r in funnel.itertuples():
        out.append(f"| {r.step} | {r.stage} | `{r.reason}` | {r.n_files:,} | {r.n_images:,} | {r.n_exams:,} | "
                   f"{r.n_patients:,} | {r.remaining_files:,} |")
    if test_eligibility is not None and len(test_eligibility):
        out += ["", "## Test-set filters (Fig. A.3), exam x breast of the test split", "",
                "| branch | reason | status | breasts |", "|---|---|---|---|"]
        counts = test_eligibility.groupby(["branch", "reason", "status"]).size().reset_index(name="n")
        for r in counts.itertuples():
            out.append(f"| {r.branch} | `{r.reason}` | {r.status} | {r.n:,} |")
        st = test_eligibility["status"].value_counts()
        out += ["", "Totals: " + ", ".join(f"{k} {v:,}" for k, v in st.items())]
        waiting = int((test_eligibility["reason"] == "label_needs_review").sum())
        if waiting:
            out.append(f"{waiting:,} of the manual_review breasts wait for a label decision (`label_needs_review`, "
                       "queue `label_review`): no rule has read their labels; the build after the decision does.")
    if review_decisions is not None:
        out += ["", *_review_section(review_decisions, review_file, breast_labels)]
    out.append("")
    return "\n".join(out)


def _review_section(decisions: pd.DataFrame, file_info: dict | None, breast_labels: pd.DataFrame) -> list[str]:
    """Counts of the reviewer decisions the build read, and every row it could not apply."""
    out = ["## Reviewer decisions (`review/decisions.csv`)", ""]
    if file_info is None:
        return out + ["No decisions file: every label is the NLP's, every queued breast is still queued."]
    out.append(f"File SHA-256 `{file_info['sha256']}`, {len(decisions):,} row(s).")
    if file_info.get("file_problem"):
        out.append(f"**The file was not used: {file_info['file_problem']}.**")
    if len(decisions):
        out += ["", "| queue | decision | outcome | rows |", "|---|---|---|---|"]
        counts = decisions.fillna({"queue": "?", "decision": "?"}).groupby(
            ["queue", "decision", "outcome"], dropna=False).size().reset_index(name="n")
        out += [f"| {r.queue} | {r.decision} | {r.outcome} | {r.n:,} |" for r in counts.itertuples()]
    if "label_source" in breast_labels.columns:
        n = int((breast_labels["label_source"] == "review").sum())
        out += ["", f"Breast labels set by a reviewer (`label_source = review`): {n:,}."]
    unknown = decisions.loc[decisions["outcome"] == "unknown_breast", "line"]
    if len(unknown):
        out.append(f"{len(unknown):,} decision(s) name a breast that is not in this build (outcome `unknown_breast`), "
                   f"line(s) {', '.join(str(int(v)) for v in unknown)}.")
    bad = decisions.loc[decisions["outcome"] == "bad_row"]
    out += [f"- line {int(r.line)}: {r.detail}; row skipped" for r in bad.itertuples()]
    return out
