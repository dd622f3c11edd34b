"""Headers/s of the ``sonolabel index`` code path vs a plain pydicom header loop, same files, same run.

Baseline: ``for f in files: pydicom.dcmread(f, stop_before_pixels=True)`` (one process; it reads
only the header bytes and computes nothing). Project: ``build_index`` (reads every byte once,
parses the header from memory, SHA-256 content and pixel hashes, pseudonyms, ~30 typed columns,
path masking), with 1 and N worker processes. Each measurement is the best of ``--repeat`` runs,
after one untimed pass that warms the page cache for both.

Run: ``.venv/bin/python bench/bench_index.py DICOM_DIR [--repeat 3] [--workers 2]``
"""

from __future__ import annotations

import argparse
import os
import time
import warnings
from pathlib import Path

import pydicom

from curation.dicom_index import build_index, find_files, index_chunk


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


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
        t_base += _best(lambda pb=pb: baseline(pb), args.repeat)
        t_one += _best(lambda rb=rb: index_chunk(rb, args.dicom_dir), args.repeat)
    # N workers (whole export per run) vs the baseline loop, alternating; best of ``repeat`` each.
    t_base_all = t_many = float("inf")
    for _ in range(args.repeat):
        t_base_all = min(t_base_all, _best(lambda: baseline(paths), 1))
        t_many = min(t_many, _best(lambda: build_index(args.dicom_dir, workers=args.workers, paths=rel), 1))
    n = len(paths)
    load = os.getloadavg()[0]
    print(f"files: {n}  ({total_mb:.0f} MB, {total_mb / n * 1000:.0f} kB/file)  cpus: {os.cpu_count()}  "
          f"load average: {load:.1f}")
    print(f"baseline dcmread(stop_before_pixels) loop : {n / t_base:8.0f} headers/s (interleaved blocks)")
    print(f"sonolabel index, 1 worker                 : {n / t_one:8.0f} headers/s   ratio {t_base / t_one:.2f}x")
    print(f"baseline loop, whole export               : {n / t_base_all:8.0f} headers/s")
    print(f"sonolabel index, {args.workers} workers                : {n / t_many:8.0f} headers/s   "
          f"ratio {t_base_all / t_many:.2f}x")


if __name__ == "__main__":
    main()
