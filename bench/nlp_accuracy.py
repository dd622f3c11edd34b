"""Per-breast accuracy of the report NLP on every hand-written evaluation set, against the targets.

    .venv/bin/python bench/nlp_accuracy.py [--errors] [--batches b1 b4] [--no-first-set]
                                           [--kind pathology|radiology] [--split-styles]

Prints Markdown tables:

* the first set (``tests/nlp/data/pathology_{dev,heldout}_*.txt``): ``dev``, ``heldout``, ``all``;
* every pathology styles batch present (``styles_pathology_b<n>.txt``): per batch, then per
  house style, with the ``?`` accounting (``needs_review`` on ``?`` breasts, confident labels on
  ``?`` breasts, ``needs_review`` on settled breasts), and all batches together;
* every radiology styles batch present (``styles_radiology_b<n>.txt``): per-side BI-RADS
  accuracy per batch and per style.

Targets (issue 13, checked on the last, blind batch; printed for every batch): malignant F1 and
precision >= 0.98, benign F1 >= 0.96, radiology per-side accuracy >= 0.98. ``--errors`` lists
every report whose predicted state differs from its gold label. Batch names are per kind (there is a
pathology b27 and a radiology b27): ``--kind`` keeps one. ``--split-styles`` adds, over the batches
selected, the writers' common styles (the eight pathology / nine radiology styles every batch repeats)
against the house layouts each batch invents, the split the first-look records quote.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nlp.birads import extract_birads  # noqa: E402
from nlp.evaluation import (  # noqa: E402
    birads_errors,
    by_style,
    errors,
    format_table,
    load_eval_set,
    review_score,
    score,
    score_birads,
    style_batches,
)
from nlp.pathology import get_pipeline, states_from_findings  # noqa: E402

TARGETS = {"malignant_f1": 0.98, "malignant_precision": 0.98, "benign_f1": 0.96, "birads_accuracy": 0.98}
# The styles every batch's writers were asked to repeat; any other style is a house layout of that batch.
COMMON_STYLES = {
    "pathology": frozenset({"us_academic", "uk_nhsbsp", "synoptic", "lis_amended", "dictated", "consult_review",
                            "community_terse", "anz_narrative"}),
    "radiology": frozenset({"us_academic_structured", "per_side_paragraph", "overall_assessment", "terse", "dictated",
                            "addendum_revised", "history_quoted", "uk_u_scores", "words_only"}),
}


def predict(texts: list[str]) -> list[dict]:
    return [states_from_findings(d._.findings) for d in get_pipeline().pipe(texts, batch_size=256)]


def _verdict(ok: bool) -> str:
    return "meets" if ok else "below"


def pathology_batch(name: str, reports, show_errors: bool) -> None:
    preds = predict([r.text for r in reports])
    scores, review = score(reports, preds), review_score(reports, preds)
    m, b = scores["malignant"], scores["benign"]
    print(format_table(f"pathology {name}", scores, len(reports), review))
    print()
    print(f"targets: malignant F1 {m.f1:.3f} ({_verdict(m.f1 >= TARGETS['malignant_f1'])} 0.98), "
          f"malignant precision {m.precision:.3f} ({_verdict(m.precision >= TARGETS['malignant_precision'])} 0.98), "
          f"benign F1 {b.f1:.3f} ({_verdict(b.f1 >= TARGETS['benign_f1'])} 0.96)")
    print()
    groups = by_style(reports, preds)
    if len(groups) > 1 or "-" not in groups:
        print("| style | reports | malignant P | malignant R | malignant F1 | benign F1 | `?` to review | "
              "confident on `?` | review on settled |")
        print("|---|---|---|---|---|---|---|---|---|")
        for style, (reps, ps) in groups.items():
            s, rv = score(reps, ps), review_score(reps, ps)
            print(f"| {style} | {len(reps)} | {s['malignant'].precision:.3f} | {s['malignant'].recall:.3f} | "
                  f"{s['malignant'].f1:.3f} | {s['benign'].f1:.3f} | {rv.review_hits}/{rv.review_breasts} | "
                  f"{rv.confident_on_review} | {rv.review_on_settled} |")
        print()
    if show_errors:
        for rep, got in errors(reports, preds):
            print(f"  {rep.report_id} ({rep.source}, {rep.style or '-'}): expected L={rep.codes.get('L') or '?'} "
                  f"R={rep.codes.get('R') or '?'} got L={got['L']} R={got['R']}" if rep.codes else
                  f"  {rep.report_id} ({rep.source}): expected {rep.expected} got {got}")
        print()


def radiology_batch(name: str, reports, show_errors: bool) -> None:
    preds = [extract_birads(r.text) for r in reports]
    total = score_birads(reports, preds)
    print(f"**radiology {name}** ({len(reports)} reports, {total.sides} sides): per-side BI-RADS accuracy "
          f"{total.correct}/{total.sides} = {total.accuracy:.3f} "
          f"({_verdict(total.accuracy >= TARGETS['birads_accuracy'])} 0.98)")
    print()
    print("| style | reports | sides correct | accuracy |")
    print("|---|---|---|---|")
    for style, (reps, ps) in by_style(reports, preds).items():
        s = score_birads(reps, ps)
        print(f"| {style} | {len(reps)} | {s.correct}/{s.sides} | {s.accuracy:.3f} |")
    print()
    if show_errors:
        for rep, got in birads_errors(reports, preds):
            print(f"  {rep.report_id} ({rep.style}): expected L={rep.codes['L']} R={rep.codes['R']} "
                  f"got L={got['L']} R={got['R']}")
        print()


def _split_by_style(kind: str, reports) -> dict[str, list]:
    common = [r for r in reports if r.style in COMMON_STYLES[kind]]
    return {"common styles": common, "house layouts": [r for r in reports if r.style not in COMMON_STYLES[kind]]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the mislabelled reports")
    parser.add_argument("--batches", nargs="*", default=None, help="only these styles batches (e.g. b1 b4)")
    parser.add_argument("--no-first-set", action="store_true", help="skip the pathology_{dev,heldout} set")
    parser.add_argument("--kind", choices=("pathology", "radiology"), default=None, help="only this kind of report")
    parser.add_argument("--split-styles", action="store_true",
                        help="also score the common styles and the house layouts of the batches apart")
    args = parser.parse_args()
    if args.kind == "radiology":
        args.no_first_set = True
    if not args.no_first_set:
        for part in ("dev", "heldout", "all"):
            pathology_batch(f"first set, {part}", load_eval_set(part), args.errors and part != "all")
    for kind, score_batch in (("pathology", pathology_batch), ("radiology", radiology_batch)):
        if args.kind not in (None, kind):
            continue
        batches = style_batches(kind, batches=args.batches)
        for name, reports in batches.items():
            score_batch(f"styles {name}", reports, args.errors)
        every = [r for reps in batches.values() for r in reps]
        if len(batches) > 1:
            score_batch("styles, all batches above", every, False)
        if args.split_styles:
            for part, reports in _split_by_style(kind, every).items():
                score_batch(f"styles, {part} of the batches above", reports, False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
