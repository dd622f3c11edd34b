"""The pipeline's report NLP against the demo generator's structured truth, per breast.

    .venv/bin/python bench/demo_label_f1.py EXPORT [EXPORT ...] [--errors N]

For each export (make one with ``sonolabel demo-data OUT --profile realistic``; an ``easy`` one is
the baseline the NLP reproduces by construction) this runs the pipeline's own stage-4 code on the
export's report tables -- ``nlp.labels.extract_pathology_findings`` and ``label_breasts`` over the
truth's exam x breast list (the exams the build keeps, since every file reason is reproduced), and
``nlp.birads.resolve_radiology_birads`` -- and scores it against ``truth/``:

* exam x breast labels (-30/+120-day window) vs ``truth/breast_labels.csv``: benign and malignant
  precision / recall / F1;
* per report x breast labels vs ``truth/report_labels.csv`` (realistic exports only);
* BI-RADS per report x breast vs ``truth/radiology_birads.csv`` (realistic only): accuracy over
  every side, and over the sides whose structured field is empty (where the text decides).

The truth comes from the generator's structured diagnoses, never from the text. No build needed.
A breast the NLP sends to review (``label_state`` ``needs_review``) is scored as unlabelled -- the
build never uses its flags as a label (the MIL bags drop it, the test-set filters queue it) -- so
it can miss, never be a false positive; the count is printed (the generator never writes a case
that needs review, so each one is an NLP error).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import pseudonyms  # noqa: E402
from nlp.birads import resolve_radiology_birads  # noqa: E402
from nlp.evaluation import ClassScore  # noqa: E402
from nlp.labels import NEEDS_REVIEW, extract_pathology_findings, label_breasts, report_breast_labels  # noqa: E402


def _csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def as_used(got: pd.DataFrame) -> pd.DataFrame:
    """The labels the build uses: a ``needs_review`` breast has none."""
    review = (got["label_state"] == NEEDS_REVIEW).to_numpy() if "label_state" in got else False
    return got.assign(benign=got["benign"].astype(bool) & ~review, malignant=got["malignant"].astype(bool) & ~review)


def scores(truth: pd.DataFrame, got: pd.DataFrame) -> dict[str, ClassScore]:
    """Per-class confusion counts of two aligned 0/1 frames with ``benign``/``malignant`` columns."""
    out = {}
    for label in ("benign", "malignant"):
        e, p = truth[label].astype(int).astype(bool), got[label].astype(int).astype(bool)
        out[label] = ClassScore(label, int((e & p).sum()), int((~e & p).sum()), int((e & ~p).sum()),
                                int((~e & ~p).sum()))
    return out


def breast_scores(export: Path, findings: pd.DataFrame) -> tuple[dict[str, ClassScore], pd.DataFrame]:
    truth = _csv(export / "truth" / "breast_labels.csv")
    exams = pd.DataFrame({
        "exam_uid": truth["accession_number"].map(pseudonyms.exam_uid),
        "patient_uid": truth["patient_id"].map(pseudonyms.patient_uid),
        "exam_date": truth["exam_date"], "laterality": truth["laterality"],
    })
    got = as_used(label_breasts(exams, findings))
    wrong = truth.assign(benign_nlp=got["benign"].astype(int).astype(str).to_numpy(),
                         malignant_nlp=got["malignant"].astype(int).astype(str).to_numpy())
    wrong = wrong[(wrong["benign"] != wrong["benign_nlp"]) | (wrong["malignant"] != wrong["malignant_nlp"])]
    return scores(truth, got), wrong


def report_scores(export: Path, findings: pd.DataFrame) -> tuple[dict[str, ClassScore], pd.DataFrame] | None:
    path = export / "truth" / "report_labels.csv"
    if not path.is_file():
        return None
    truth = _csv(path)
    truth["report_uid"] = truth["report_id"].map(pseudonyms.report_uid)
    got = as_used(report_breast_labels(findings))[["report_uid", "laterality", "benign", "malignant"]]
    m = truth.merge(got, on=["report_uid", "laterality"], how="left", suffixes=("", "_nlp"))
    for c in ("benign_nlp", "malignant_nlp"):
        m[c] = m[c].fillna(False).astype(bool).astype(int)
    wrong = m[(m["benign"].astype(int) != m["benign_nlp"]) | (m["malignant"].astype(int) != m["malignant_nlp"])]
    got_aligned = m[["benign_nlp", "malignant_nlp"]].rename(columns=lambda c: c.removesuffix("_nlp"))
    return scores(m, got_aligned), wrong


def birads_accuracy(export: Path) -> tuple[float, int, float, int, pd.DataFrame] | None:
    """``(accuracy, n, text-only accuracy, text-only n, wrong rows)`` per report x breast."""
    path = export / "truth" / "radiology_birads.csv"
    if not path.is_file():
        return None
    truth = _csv(path)
    truth["report_uid"] = truth["report_id"].map(pseudonyms.report_uid)
    got = resolve_radiology_birads(_csv(export / "radiology_reports.csv"))
    m = truth.merge(got[["report_uid", "laterality", "birads"]], on=["report_uid", "laterality"], how="left",
                    suffixes=("", "_nlp"))
    m["birads_nlp"] = m["birads_nlp"].fillna("").astype(str)
    ok = m["birads"] == m["birads_nlp"]
    text = m["structured"] == "0"
    return (float(ok.mean()), len(m), float(ok[text].mean()) if text.any() else float("nan"), int(text.sum()),
            m.loc[~ok])


def _window_report_ids(export: Path, wrong: pd.DataFrame, before: int = 30, after: int = 120) -> list[list[str]]:
    """The pathology reports of each wrong exam x breast's label window (what the NLP read)."""
    labels = _csv(export / "truth" / "report_labels.csv") if (export / "truth" / "report_labels.csv").is_file() \
        else _csv(export / "pathology_reports.csv").assign(laterality="")
    out = []
    for r in wrong.itertuples():
        days = (pd.to_datetime(labels["specimen_date"]) - pd.Timestamp(r.exam_date)).dt.days
        hit = (labels["patient_id"] == r.patient_id) & days.between(-before, after)
        if "laterality" in labels and (labels["laterality"] != "").any():
            hit &= labels["laterality"] == r.laterality
        out.append(sorted(set(labels.loc[hit, "report_id"])))
    return out


def _row(name: str, s: dict[str, ClassScore]) -> str:
    b, m = s["benign"], s["malignant"]
    return (f"| {name} | {b.tp}/{b.fp}/{b.fn} | {b.f1:.3f} | {m.tp}/{m.fp}/{m.fn} | {m.f1:.3f} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("exports", type=Path, nargs="+")
    ap.add_argument("--errors", type=int, default=0,
                    help="print up to N disagreements per export and level (exam x breast, report x breast with its "
                         "text, BI-RADS)")
    args = ap.parse_args()
    print("| export | level | benign TP/FP/FN | benign F1 | malignant TP/FP/FN | malignant F1 |")
    print("|---|---|---|---|---|---|")
    notes = []
    for export in args.exports:
        t0 = time.perf_counter()
        reports = _csv(export / "pathology_reports.csv")
        findings = extract_pathology_findings(reports)
        s, wrong_breasts = breast_scores(export, findings)
        print(_row(f"{export.name} | exam x breast", s))
        rep = report_scores(export, findings)
        if rep is not None:
            print(_row(f"{export.name} | report x breast", rep[0]))
        acc = birads_accuracy(export)
        if acc is not None:
            notes.append(f"{export.name}: BI-RADS per report x breast accuracy {acc[0]:.3f} (n={acc[1]}); "
                         f"text-only sides {acc[2]:.3f} (n={acc[3]})")
        n_review = int((report_breast_labels(findings)["label_state"] == NEEDS_REVIEW).sum())
        notes.append(f"{export.name}: {len(reports)} pathology reports, {len(wrong_breasts)} exam x breast labels "
                     f"differ, {n_review} report x breast sent to review, {time.perf_counter() - t0:.1f} s")
        if args.errors:
            head = wrong_breasts.head(args.errors)
            for r, ids in zip(head.itertuples(), _window_report_ids(export, head)):
                notes.append(f"=== exam x breast {r.accession_number} {r.laterality} {r.exam_date}: truth B={r.benign} "
                             f"M={r.malignant}, NLP B={r.benign_nlp} M={r.malignant_nlp}; window reports "
                             f"{', '.join(ids) or '-'}")
        if args.errors and acc is not None and len(acc[4]):
            radiology = _csv(export / "radiology_reports.csv")
            texts = dict(zip(radiology["report_id"], radiology["text"]))
            for r in acc[4].head(args.errors).itertuples():
                notes.append(f"+++ BI-RADS {r.report_id} {r.laterality} (structured={r.structured}): truth "
                             f"{r.birads or '-'}, NLP {r.birads_nlp or '-'}\n{texts.get(r.report_id, '')}")
        if args.errors and rep is not None:
            texts = dict(zip(reports["report_id"], reports["text"]))
            for r in rep[1].drop_duplicates("report_id").head(args.errors).itertuples():
                notes.append(f"--- {r.report_id} {r.laterality}: truth B={r.benign} M={r.malignant}, "
                             f"NLP B={r.benign_nlp} M={r.malignant_nlp}\n{texts[r.report_id]}")
    print()
    print("\n".join(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
