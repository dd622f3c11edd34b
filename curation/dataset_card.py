"""A Markdown dataset card with counts like the paper's Table 1, per split."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

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
    key: Mapping[str, object] | None = None,
) -> str:
    """Render the card. Inputs are the curated tables of one build; ``key`` describes the
    pseudonym key (:func:`core.pseudonyms.key_record`: a fingerprint, never the key)."""
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
    if "age_at_exam" in ex:
        for lo, hi, name in AGE_BANDS:
            rows.append((f"Exams, age {name}", [
                _pct(((pick(ex, s)["age_at_exam"] >= lo) & (pick(ex, s)["age_at_exam"] < hi)).sum(), len(pick(ex, s)))
                for s in cols]))
        rows.append(("Age at exam, mean (SD)", [
            f"{pick(ex, s)['age_at_exam'].mean():.1f} ({pick(ex, s)['age_at_exam'].std():.1f})" for s in cols]))
    if "manufacturer" in ex:
        for m, _ in ex["manufacturer"].fillna("unknown").value_counts().items():
            rows.append((f"Exams, {m}", [
                _pct((pick(ex, s)["manufacturer"].fillna("unknown") == m).sum(), len(pick(ex, s))) for s in cols]))

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
    out.append("")
    return "\n".join(out)
