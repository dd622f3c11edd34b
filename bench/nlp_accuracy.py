"""Per-breast precision / recall / F1 of the pathology NLP on the hand-written evaluation set.

    .venv/bin/python bench/nlp_accuracy.py [--errors]

Prints one Markdown table per part: ``dev`` (used while developing the rules), ``heldout``
(not used for tuning) and ``all``. ``--errors`` lists the reports whose labels differ.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nlp.evaluation import errors, format_table, load_eval_set, score
from nlp.pathology import get_pipeline, labels_from_findings


def predict(texts: list[str]) -> list[dict]:
    return [labels_from_findings(d._.findings) for d in get_pipeline().pipe(texts, batch_size=256)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the mislabelled reports")
    args = parser.parse_args()
    for part in ("dev", "heldout", "all"):
        reports = load_eval_set(part)
        preds = predict([r.text for r in reports])
        print(format_table(f"SonoLabel pipeline, {part}", score(reports, preds), len(reports)))
        print()
        if args.errors and part != "all":
            for rep, pred in errors(reports, preds):
                print(f"  {rep.report_id} ({rep.source}): expected {rep.expected} got {pred}")
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
