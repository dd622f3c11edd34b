"""Throughput and accuracy: SonoLabel's pathology pipeline vs a spaCy + negspacy NegEx baseline.

    .venv/bin/python bench/bench_nlp.py [--n-reports 6000] [--repeats 3] [--batch-size 256] [--join 1]

Both pipelines run in this process on the same reports (the hand-written evaluation set,
cycled to ``--n-reports``), pinned to one CPU core, interleaved (ours, baseline, ours, ...)
so that load from other processes hits both alike. Throughput is reports per CPU-second of
this process (``time.process_time``: robust on a shared machine) and per wall-second; the best
repeat of each is kept. Both produce per-breast labels (the baseline: EntityRuler with the
same lexicon + NegEx + the same laterality resolver, see ``nlp/baseline.py``). Then both
accuracy tables on the evaluation set are printed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from itertools import cycle, islice
from pathlib import Path

for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(var, "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nlp.baseline import baseline_labels, build_baseline  # noqa: E402
from nlp.evaluation import format_table, load_eval_set, score  # noqa: E402
from nlp.pathology import build_pipeline, labels_from_findings  # noqa: E402


def ours_labels(nlp, texts, batch_size):
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield labels_from_findings(doc._.findings)


def timed(fn, texts) -> tuple[float, float]:
    """(reports per CPU-second, reports per wall-second) of one full pass."""
    c0, w0 = time.process_time(), time.perf_counter()
    n = sum(1 for _ in fn(texts))
    return n / (time.process_time() - c0), n / (time.perf_counter() - w0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n-reports", type=int, default=6000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--join", type=int, default=1,
                        help="join k consecutive evaluation reports into one (longer, multi-part reports)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    reports = load_eval_set("all")
    if args.join < 1:
        parser.error("--join must be >= 1")
    pool = [r.text for r in reports]
    joined = ["\n\n".join(pool[i : i + args.join]) for i in range(0, len(pool), args.join)]
    texts = list(islice(cycle(joined), args.n_reports))
    mean_chars = sum(map(len, texts)) / len(texts)

    t0 = time.perf_counter()
    ours = build_pipeline()
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    base = build_baseline()
    t_base = time.perf_counter() - t0

    def run_ours(t):
        return ours_labels(ours, t, args.batch_size)

    def run_base(t):
        return baseline_labels(base, t, args.batch_size)

    for fn in (run_ours, run_base):  # warm-up (caches, lazy vocab growth)
        sum(1 for _ in fn(texts[:300]))
    best = {"ours": (0.0, 0.0), "baseline": (0.0, 0.0)}
    for _ in range(args.repeats):
        for name, fn in (("ours", run_ours), ("baseline", run_base)):
            cpu, wall = timed(fn, texts)
            best[name] = (max(best[name][0], cpu), max(best[name][1], wall))

    print(f"reports: {len(texts)} (mean {mean_chars:.0f} characters, join {args.join}), batch size {args.batch_size}, "
          f"1 core, best of {args.repeats}")
    print(f"build time: ours {t_ours:.2f} s, baseline {t_base:.2f} s")
    print("| pipeline | reports/CPU-s | characters/CPU-s | reports/wall-s |")
    print("|---|---|---|---|")
    for name in ("ours", "baseline"):
        print(f"| {name} | {best[name][0]:,.0f} | {best[name][0] * mean_chars:,.0f} | {best[name][1]:,.0f} |")
    print(f"speed ratio (ours / baseline): {best['ours'][0] / best['baseline'][0]:.2f}x CPU, "
          f"{best['ours'][1] / best['baseline'][1]:.2f}x wall")
    print()
    for part in ("dev", "heldout", "all"):
        subset = load_eval_set(part)
        sub_texts = [r.text for r in subset]
        print(format_table(f"ours, {part}", score(subset, list(run_ours(sub_texts))), len(subset)))
        print()
        print(format_table(f"baseline (NegEx), {part}", score(subset, list(run_base(sub_texts))), len(subset)))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
