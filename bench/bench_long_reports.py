"""Long reports: how the NLP's reading time grows with a report's length.

    .venv/bin/python bench/bench_long_reports.py [--sizes 100000 200000 400000 2000000]
                                                [--kind pathology radiology]

A long report is made of the development batches' own reports (``styles_<kind>_b1..b2``) joined
one after another until it reaches each size (a pasted record, a merged export), and a second one
of one realistic per-side passage repeated (the worst case for a search that runs to the report's
end or back to its start once per statement), each also flattened to one line (an export that lost
its line breaks: a search back to the line's start is then one back to the report's start). Each is
read once, on one core, timed in CPU seconds: radiology by ``nlp.birads.extract_birads``, pathology
by ``nlp.labels.extract_pathology_findings`` (which reads a long report in pieces).

Printed per kind and text: seconds per size, and the growth exponent between each size and the
smallest of the same run (``log(t / t0) / log(n / n0)``): 1.0 is linear, 2.0 quadratic. The
baseline is the smallest size of the same run, so the figure holds on a loaded machine too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import sys
import time
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from nlp.birads import extract_birads  # noqa: E402
from nlp.evaluation import style_batches  # noqa: E402
from nlp.labels import extract_pathology_findings  # noqa: E402

DEV_BATCHES = ("b1", "b2")  # development batches only (a blind batch is never read here)
PASSAGES = {
    "radiology": "Right breast: No suspicious mass. BI-RADS 2. Left breast: Negative. BI-RADS 1.\nADDENDUM: reviewed.\n",
    "pathology": "A. Left breast, core biopsy: fibroadenoma.\nB. Right breast, excision: invasive ductal carcinoma, "
                 "grade 2.\nComment: see addendum.\n",
}


def joined_reports(kind: str, size: int) -> str:
    """The development reports of ``kind`` joined by blank lines until the text reaches ``size`` characters."""
    texts = [r.text for reports in style_batches(kind, batches=DEV_BATCHES).values() for r in reports]
    if not texts:
        raise SystemExit(f"no {kind} development reports found under tests/nlp/data")
    parts, total, i = [], 0, 0
    while total < size:
        parts.append(texts[i % len(texts)])
        total += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def repeated_passage(kind: str, size: int) -> str:
    """One per-side passage of ``kind`` repeated to ``size`` characters."""
    passage = PASSAGES[kind]
    return (passage * (size // len(passage) + 1))[:size]


def one_line(make):
    """``make``'s text with every line break a space."""
    return lambda kind, size: make(kind, size).replace("\n", " ")


def read_seconds(kind: str, text: str) -> float:
    """CPU seconds to read ``text`` once as a ``kind`` report."""
    c0 = time.process_time()
    if kind == "radiology":
        extract_birads(text)
    else:
        frame = pd.DataFrame({"patient_id": ["P"], "report_id": ["R"], "specimen_date": [dt.date(2020, 1, 1).isoformat()],
                              "procedure": ["excision"], "guidance": ["us"], "concordance": [""], "text": [text]})
        extract_pathology_findings(frame, key="bench")
    return max(time.process_time() - c0, 1e-6)  # (a clock tick above zero: the exponent takes its logarithm)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000, 400_000, 2_000_000])
    parser.add_argument("--kind", nargs="+", choices=("pathology", "radiology"), default=["radiology", "pathology"])
    args = parser.parse_args()
    if min(args.sizes) < 10_000:
        parser.error("--sizes must be >= 10000 characters")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    sizes = sorted(set(args.sizes))
    print("| kind | text | characters | CPU s | growth exponent vs the smallest |")
    print("|---|---|---|---|---|")
    for kind in args.kind:
        read_seconds(kind, joined_reports(kind, 20_000))  # warm-up (pipeline build, compiled patterns)
        for name, make in (("joined reports", joined_reports), ("repeated passage", repeated_passage),
                           ("joined reports, one line", one_line(joined_reports)),
                           ("repeated passage, one line", one_line(repeated_passage))):
            first: tuple[int, float] | None = None
            for size in sizes:
                seconds = read_seconds(kind, make(kind, size))
                if first is None:
                    first, exponent = (size, seconds), "-"
                else:
                    exponent = f"{math.log(seconds / first[1]) / math.log(size / first[0]):.2f}"
                print(f"| {kind} | {name} | {size:,} | {seconds:.2f} | {exponent} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
