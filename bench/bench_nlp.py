"""Throughput and accuracy: SonoLabel's pathology pipeline vs a spaCy + negspacy NegEx baseline.

    .venv/bin/python bench/bench_nlp.py [--source styles|first] [--n-reports 3000] [--repeats 3]
                                        [--batch-size 256] [--join 1]

Both pipelines run in this process on the same reports, cycled to ``--n-reports``: with
``--source styles`` (default) the reports of 500-3,000 characters of the development styles
batches (``styles_pathology_b1..b5``: realistic lengths; target >= 600,000 characters per
CPU-second), with ``--source first`` the first hand-written set (short reports; ``--join k``
joins k of them into one). They are pinned to one CPU core, interleaved (ours, baseline, ours, ...)
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
from nlp.evaluation import format_table, load_eval_set, review_score, score, style_batches  # noqa: E402
from nlp.pathology import build_pipeline, states_from_findings  # noqa: E402

DEV_BATCHES = ("b1", "b2", "b3", "b4", "b5")  # the development batches only (a blind batch is never read here)
MIN_CHARS, MAX_CHARS = 500, 3000
TARGET_CHARS_PER_CPU_S = 600_000


def ours_labels(nlp, texts, batch_size):
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield states_from_findings(doc._.findings)


def timed(fn, texts) -> tuple[float, float]:
    """(reports per CPU-second, reports per wall-second) of one full pass."""
    c0, w0 = time.process_time(), time.perf_counter()
    n = sum(1 for _ in fn(texts))
    return n / (time.process_time() - c0), n / (time.perf_counter() - w0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", choices=("styles", "first"), default="styles")
    parser.add_argument("--n-reports", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--join", type=int, default=1,
                        help="join k consecutive evaluation reports into one (longer, multi-part reports)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    if args.join < 1:
        parser.error("--join must be >= 1")
    if args.source == "styles":
        pool = [r.text for reps in style_batches("pathology", batches=DEV_BATCHES).values() for r in reps
                if MIN_CHARS <= len(r.text) <= MAX_CHARS]
    else:
        pool = [r.text for r in load_eval_set("all")]
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

    print(f"reports: {len(texts)} from {len(pool)} distinct ({args.source}, mean {mean_chars:.0f} characters, "
          f"join {args.join}), batch size {args.batch_size}, 1 core, best of {args.repeats}")
    print(f"build time: ours {t_ours:.2f} s, baseline {t_base:.2f} s")
    print("| pipeline | reports/CPU-s | characters/CPU-s | reports/wall-s |")
    print("|---|---|---|---|")
    for name in ("ours", "baseline"):
        print(f"| {name} | {best[name][0]:,.0f} | {best[name][0] * mean_chars:,.0f} | {best[name][1]:,.0f} |")
    print(f"speed ratio (ours / baseline): {best['ours'][0] / best['baseline'][0]:.2f}x CPU, "
          f"{best['ours'][1] / best['baseline'][1]:.2f}x wall")
    ours_chars = best["ours"][0] * mean_chars
    print(f"target: ours {ours_chars:,.0f} characters/CPU-s "
          f"({'meets' if ours_chars >= TARGET_CHARS_PER_CPU_S else 'below'} {TARGET_CHARS_PER_CPU_S:,})")
    print()
    for part in ("dev", "heldout", "all"):
        subset = load_eval_set(part)
        sub_texts = [r.text for r in subset]
        preds = list(run_ours(sub_texts))
        print(format_table(f"ours, {part}", score(subset, preds), len(subset), review_score(subset, preds)))
        print()
        print(format_table(f"baseline (NegEx), {part}", score(subset, list(run_base(sub_texts))), len(subset)))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
