"""NLP speed: the working tree against an earlier revision, timed alternately.

    .venv/bin/python bench/bench_nlp_revisions.py [--against 822b37c] [--rounds 3] [--repeats 3]
                                                  [--n-reports 1500] [--batch-size 256]
                                                  [--interleaved [--chunk 150]] [--kind radiology]

The revision's tree is written under ``var/`` (``git archive``; removed at exit). Each round
starts one subprocess per tree, old and new alternately (the order flips every round, so a load
that grows or fades hits both alike), each pinned to one core with ``os.sched_setaffinity``. A
subprocess builds that tree's pipeline (``nlp.pathology.get_pipeline()``, the same API in every
tree since the pipeline's start), warms it up, then runs ``nlp.pipe`` over the same texts
``--repeats`` times and keeps its best characters per CPU-second (``time.process_time``: robust
on a shared machine). The texts: the 500-3,000-character reports of the development styles
batches (``styles_pathology_b1..b5``, as ``bench/bench_nlp.py``), cycled to ``--n-reports``;
a report that either tree's pipeline cannot read is left out of both (the count is printed).

``--kind radiology`` times ``nlp.birads.extract_birads`` (one call per report, the same API in
every tree since issue 13 began) over every report of the development batches
``styles_radiology_b1..b20`` (2,000 reports of every length: radiology reports are short, and the
per-side rules are what a change slows), cycled to ``--n-reports``.

Printed: characters per CPU-second of each tree per round, the ratio per round, and best against
best (new / old; above 1 means the working tree is faster).

``--interleaved``: one long-lived subprocess per tree instead, both pinned to the same core, timing
chunks of ``--chunk`` reports in turn (old, new, then new, old, ...), so a load that comes and goes
within seconds hits both alike; a round is one pass over every chunk. Printed per round as above,
then the sum over chunks of each chunk's best time (new / old), the steadiest figure on a shared
machine.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from revisions import REPO, commit_of, revision_tree, tree_env  # noqa: E402

# development batches only (a blind batch is never read here)
DEV_BATCHES = {"pathology": tuple(f"b{i}" for i in range(1, 6)), "radiology": tuple(f"b{i}" for i in range(1, 21))}
LENGTHS = {"pathology": (500, 3000), "radiology": (0, 10**9)}
WARM_UP_REPORTS = 300


def pool_texts(kind: str) -> list[str]:
    """The distinct reports of ``kind``'s development styles batches in its length range (working tree's files)."""
    sys.path.insert(0, str(REPO))
    from nlp.evaluation import style_batches

    low, high = LENGTHS[kind]
    return [r.text for reports in style_batches(kind, batches=DEV_BATCHES[kind]).values() for r in reports
            if low <= len(r.text) <= high]


def _reader(tree: Path, kind: str, batch_size: int) -> Callable[[list[str]], int]:
    """``tree``'s reader of ``kind``: a function that reads a list of texts (returns a count, so nothing is skipped)."""
    sys.path.insert(0, str(tree))
    import nlp

    if not Path(nlp.__file__).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"imported nlp from {nlp.__file__}, not from {tree}")
    if kind == "radiology":
        from nlp.birads import extract_birads

        return lambda batch: sum(len(extract_birads(text)) for text in batch)
    from nlp.pathology import get_pipeline

    pipeline = get_pipeline()
    return lambda batch: sum(len(doc._.findings) for doc in pipeline.pipe(batch, batch_size=batch_size))


def probe(tree: Path, texts_file: Path, kind: str) -> int:
    """Subprocess: print the indices of the texts ``tree``'s reader cannot read (JSON)."""
    read = _reader(tree, kind, 1)
    failed = []
    for i, text in enumerate(pickle.loads(texts_file.read_bytes())):
        try:
            read([text])
        except Exception:  # noqa: BLE001 -- any failure leaves the text out of the comparison
            failed.append(i)
    print(json.dumps(failed))
    return 0


def timed_worker(tree: Path, texts_file: Path, repeats: int, batch_size: int, kind: str) -> int:
    """Subprocess: print the best characters per CPU-second of ``repeats`` passes (JSON)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = pickle.loads(texts_file.read_bytes())
    chars = sum(map(len, texts))
    one_pass = _reader(tree, kind, batch_size)
    one_pass(texts[:WARM_UP_REPORTS])
    rates = []
    for _ in range(repeats):
        c0 = time.process_time()
        one_pass(texts)
        rates.append(chars / (time.process_time() - c0))
    print(json.dumps({"best": max(rates), "all": rates}))
    return 0


def chunk_worker(tree: Path, texts_file: Path, chunk: int, batch_size: int, core: int, kind: str) -> int:
    """Subprocess: after a warm-up, read a chunk index per line and print its CPU seconds."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {core})
    texts = pickle.loads(texts_file.read_bytes())
    read = _reader(tree, kind, batch_size)
    read(texts[:WARM_UP_REPORTS])
    print("ready", flush=True)
    for line in sys.stdin:
        i = int(line)
        c0 = time.process_time()
        read(texts[i * chunk : (i + 1) * chunk])
        print(time.process_time() - c0, flush=True)
    return 0


def interleaved(trees: dict[str, Path], texts_file: Path, n_texts: int, chars: int, args) -> None:
    """Both trees timed chunk by chunk in turn (module docstring)."""
    names = list(trees)
    core = min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
    workers = {n: subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--chunks", str(tree),
                                    str(texts_file), str(args.chunk), str(args.batch_size), str(core), args.kind],
                                   env=tree_env(tree), cwd=tree, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   text=True) for n, tree in trees.items()}
    try:
        for n, w in workers.items():
            if w.stdout.readline().strip() != "ready":
                raise SystemExit(f"the worker of {n} failed to start")
        n_chunks = -(-n_texts // args.chunk)
        best = {n: [float("inf")] * n_chunks for n in names}
        ratios = []
        print("| round | load (1 min) | " + " | ".join(f"{n} chars/CPU-s" for n in names) + " | new / old |")
        print("|---|---|" + "---|" * len(names) + "---|")
        for r in range(args.rounds):
            total = dict.fromkeys(names, 0.0)
            for i in range(n_chunks):
                for n in names if (r + i) % 2 == 0 else names[::-1]:
                    workers[n].stdin.write(f"{i}\n")
                    workers[n].stdin.flush()
                    seconds = float(workers[n].stdout.readline())
                    total[n] += seconds
                    best[n][i] = min(best[n][i], seconds)
            ratios.append(total[names[0]] / total[names[1]])
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
            print(f"| {r + 1} | {load:.1f} | " + " | ".join(f"{chars / total[n]:,.0f}" for n in names)
                  + f" | {ratios[-1]:.2f}x |", flush=True)
        old, new = (sum(best[n]) for n in names)
        print(f"sum of per-chunk bests: {chars / new:,.0f} vs {chars / old:,.0f} chars/CPU-s = {old / new:.2f}x "
              f"(rounds {min(ratios):.2f}x-{max(ratios):.2f}x)")
    finally:
        for w in workers.values():
            w.stdin.close()
            w.wait()


def run_child(tree: Path, *args: str) -> object:
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], env=tree_env(tree), cwd=tree,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the run in {tree.name} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    if len(sys.argv) >= 2 and sys.argv[1] in ("--probe", "--timed"):
        tree, texts_file = Path(sys.argv[2]), Path(sys.argv[3])
        if sys.argv[1] == "--probe":
            return probe(tree, texts_file, sys.argv[4])
        return timed_worker(tree, texts_file, int(sys.argv[4]), int(sys.argv[5]), sys.argv[6])
    if len(sys.argv) == 8 and sys.argv[1] == "--chunks":
        return chunk_worker(Path(sys.argv[2]), Path(sys.argv[3]), *map(int, sys.argv[4:7]), sys.argv[7])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="822b37c", help="the earlier revision (default: the rules before issue 13)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3, help="timed passes per subprocess (the best is kept)")
    parser.add_argument("--n-reports", type=int, default=1500)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--interleaved", action="store_true", help="time both trees chunk by chunk in turn")
    parser.add_argument("--chunk", type=int, default=150, help="reports per chunk with --interleaved")
    parser.add_argument("--kind", choices=("pathology", "radiology"), default="pathology",
                        help="pathology: the spaCy pipeline; radiology: extract_birads (module docstring)")
    args = parser.parse_args()
    if min(args.rounds, args.repeats, args.n_reports, args.batch_size, args.chunk) < 1:
        parser.error("--rounds, --repeats, --n-reports, --batch-size and --chunk must be >= 1")
    commit = commit_of(args.against)
    pool = pool_texts(args.kind)
    with revision_tree(commit) as old_tree:
        trees = {f"old ({commit[:7]})": old_tree, "working tree": REPO}
        pool_file = old_tree / "pool.pkl"
        pool_file.write_bytes(pickle.dumps(pool))
        unreadable = set()
        for tree in trees.values():
            unreadable |= set(run_child(tree, "--probe", str(tree), str(pool_file), args.kind))
        kept = [t for i, t in enumerate(pool) if i not in unreadable]
        texts = list(islice(cycle(kept), args.n_reports))
        texts_file = old_tree / "texts.pkl"
        texts_file.write_bytes(pickle.dumps(texts))
        mean_chars = sum(map(len, texts)) / len(texts)
        print(f"reports: {len(texts)} from {len(kept)} distinct ({len(unreadable)} left out: unreadable by a tree), "
              f"mean {mean_chars:.0f} characters; batch size {args.batch_size}; 1 core per subprocess; "
              + (f"interleaved chunks of {args.chunk} reports" if args.interleaved else f"best of {args.repeats} per round"))
        if args.interleaved:
            interleaved(trees, texts_file, len(texts), sum(map(len, texts)), args)
            return 0
        names = list(trees)
        rounds: list[dict[str, float]] = []
        print("| round | load (1 min) | " + " | ".join(f"{n} chars/CPU-s" for n in names) + " | new / old |")
        print("|---|---|" + "---|" * len(names) + "---|")
        for r in range(args.rounds):
            order = names if r % 2 == 0 else names[::-1]
            result = {}
            for name in order:
                tree = trees[name]
                result[name] = run_child(tree, "--timed", str(tree), str(texts_file), str(args.repeats),
                                         str(args.batch_size), args.kind)["best"]
            rounds.append(result)
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
            print(f"| {r + 1} | {load:.1f} | " + " | ".join(f"{result[n]:,.0f}" for n in names)
                  + f" | {result[names[1]] / result[names[0]]:.2f}x |", flush=True)
        best = {n: max(r[n] for r in rounds) for n in names}
        ratios = [r[names[1]] / r[names[0]] for r in rounds]
        print(f"best against best: {best[names[1]]:,.0f} vs {best[names[0]]:,.0f} chars/CPU-s = "
              f"{best[names[1]] / best[names[0]]:.2f}x (rounds {min(ratios):.2f}x-{max(ratios):.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
