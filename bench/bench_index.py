"""Headers/s of the ``sonolabel index`` code path vs a plain pydicom header loop, same files, same run.

Baseline: ``for f in files: pydicom.dcmread(f, stop_before_pixels=True)`` (one process; it reads
only the header bytes and computes nothing). Project: ``build_index`` (reads an 8 kB header prefix
and 8 sampled 4 kB pixel blocks per file, SHA-256 content and pixel hashes, pseudonyms, ~30 typed
columns, path masking), with 1 and N worker processes (N: this process and N-1 pool processes,
started inside every timed run). Each measurement is the best of ``--repeat`` runs, after one
untimed pass that warms the page cache for both.

Besides wall-clock rates, the bench prints the CPU time per file of each side (not skewed by what
else runs on the machine) and the CPU cores the N-worker run actually got (CPU seconds of this
process and its workers / wall seconds): on a shared machine the kernel's per-session fair share
(``sched_autogroup``) can give N processes no more CPU than one, and then the N-worker ratio
cannot exceed the 1-worker one.

Run: ``.venv/bin/python bench/bench_index.py DICOM_DIR [--repeat 3] [--workers 2]``
"""

from __future__ import annotations

import argparse
import os
import resource
import time
import warnings
from pathlib import Path

import pydicom
from timing import best_of

from curation.dicom_index import build_index, find_files, index_chunk


def _cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and of its finished child processes."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds incl. child processes) of one call."""
    c0, t0 = _cpu_seconds(), time.perf_counter()
    fn()
    return time.perf_counter() - t0, _cpu_seconds() - c0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dicom_dir", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    os.environ.setdefault("SONOLABEL_PSEUDONYM_KEY", "bench-key")
    rel = find_files(args.dicom_dir)
    paths = [str(args.dicom_dir / r) for r in rel]
    total_mb = sum(os.path.getsize(p) for p in paths) / 1e6
    for p in paths:  # warm the page cache
        with open(p, "rb") as fh:
            fh.read()

    def baseline(block: list[str]) -> None:
        for p in block:
            try:
                pydicom.dcmread(p, stop_before_pixels=True)
            except Exception:  # noqa: BLE001, S110 - the baseline skips what it cannot read
                pass

    # One core: baseline and project alternate on blocks of 50 files, so that both see the same
    # machine load (other jobs share these cores); the best of ``repeat`` passes per block is kept.
    block = 50
    t_base = t_one = 0.0
    for i in range(0, len(rel), block):
        rb, pb = rel[i : i + block], paths[i : i + block]
        t_base += best_of(lambda pb=pb: baseline(pb), args.repeat)
        t_one += best_of(lambda rb=rb: index_chunk(rb, args.dicom_dir), args.repeat)
    # N workers (whole export per run, pool start included) vs the baseline loop, alternating;
    # best of ``repeat`` each.
    base_runs, many_runs = [], []
    for _ in range(args.repeat):
        base_runs.append(_timed(lambda: baseline(paths)))
        many_runs.append(_timed(lambda: build_index(args.dicom_dir, workers=args.workers, paths=rel)))
    (t_base_all, c_base_all), (t_many, c_many) = min(base_runs), min(many_runs)
    n = len(paths)
    load = os.getloadavg()[0]
    print(f"files: {n}  ({total_mb:.0f} MB, {total_mb / n * 1000:.0f} kB/file)  cpus: {os.cpu_count()}  load average: {load:.1f}")
    print(f"baseline dcmread(stop_before_pixels) loop : {n / t_base:8.0f} headers/s (interleaved blocks)")
    print(f"sonolabel index, 1 worker                 : {n / t_one:8.0f} headers/s   ratio {t_base / t_one:.2f}x")
    print(
        f"baseline loop, whole export               : {n / t_base_all:8.0f} headers/s   "
        f"CPU {c_base_all / n * 1e6:.0f} us/file, cores obtained {c_base_all / t_base_all:.2f}"
    )
    print(
        f"sonolabel index, {args.workers} workers                : {n / t_many:8.0f} headers/s   "
        f"ratio {t_base_all / t_many:.2f}x   CPU {c_many / n * 1e6:.0f} us/file (all processes), "
        f"cores obtained {c_many / t_many:.2f}"
    )


if __name__ == "__main__":
    main()
