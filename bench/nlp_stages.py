"""Pathology NLP stage split: where one ``nlp.pipe`` pass over the bench reports spends its time.

    .venv/bin/python bench/nlp_stages.py [--repeats 5]

The reports are those of ``bench/bench_nlp_revisions.py`` (the distinct 500-3,000-character reports
of the development styles batches, each once). Each stage is timed inside the pipeline itself
(wall time, this process pinned to one core): the tokenizer with the layout views, lexicon matching,
``parse_structure``, the assertion context scanner, and ``resolve`` (the per-mention rules and the
report state); "rest" is spaCy's own piping. The fastest of ``--repeats`` passes is printed. Run it
in an earlier revision's tree (``git archive REV | tar -x -C var/rev``, then the script from there)
to compare the split before and after a change.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))  # the tree the script is run in (its nlp package)

from nlp import pathology  # noqa: E402
from nlp.evaluation import style_batches  # noqa: E402

DEV_BATCHES = ("b1", "b2", "b3", "b4", "b5")  # development batches only (as bench/bench_nlp_revisions.py)
MIN_CHARS, MAX_CHARS = 500, 3000


def timed(spent: dict[str, float], name: str, fn: Callable) -> Callable:
    """``fn``, adding its wall time to ``spent[name]`` on every call."""

    def wrapper(*args):
        t0 = time.perf_counter()
        try:
            return fn(*args)
        finally:
            spent[name] += time.perf_counter() - t0

    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if args.repeats < 1:
        parser.error("--repeats must be >= 1")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = [r.text for reports in style_batches("pathology", batches=DEV_BATCHES).values() for r in reports
             if MIN_CHARS <= len(r.text) <= MAX_CHARS]
    nlp = pathology.get_pipeline()
    spent: dict[str, float] = defaultdict(float)
    nlp.tokenizer = timed(spent, "tokenizer+views", nlp.tokenizer)
    for component, name in (("sonolabel_findings", "lexicon"), ("sonolabel_structure", "structure")):
        cls = type(nlp.get_pipe(component))
        cls.__call__ = timed(spent, name, cls.__call__)
    pathology.ContextScanner = timed(spent, "context scanner", pathology.ContextScanner)
    pathology.resolve = timed(spent, "resolve", pathology.resolve)

    def one_pass() -> float:
        spent.clear()
        t0 = time.perf_counter()
        for doc in nlp.pipe(texts, batch_size=256):
            _ = doc._.findings
        return time.perf_counter() - t0

    one_pass()  # warm-up
    best, split = float("inf"), {}
    for _ in range(args.repeats):
        total = one_pass()
        if total < best:
            best, split = total, dict(spent)
    print(f"{len(texts)} reports, {sum(map(len, texts)):,} characters; best of {args.repeats} passes: {best * 1e3:.0f} ms")
    print(", ".join(f"{k} {v * 1e3:.0f} ms ({v / best:.0%})" for k, v in split.items())
          + f", rest {(best - sum(split.values())) * 1e3:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
