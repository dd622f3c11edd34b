"""Demo hospital generation time: one worker vs a process pool, and CPU cost per image.

Usage: ``.venv/bin/python bench/bench_demo_export.py [--patients 60] [--seed 0] [--profile easy|realistic]``.
Baseline: the same generator with ``workers=1`` in the same run. Prints wall and CPU seconds of
both, the ratio, CPU ms per written file, and the projected wall time of the default demo
(250 patients) on 2 idle cores (CPU seconds per patient x 250 / 2).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

from demo_hospital import DemoConfig, generate_demo_export


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _run(n: int, seed: int, workers: int, profile: str) -> tuple[float, float, dict]:
    out = Path(tempfile.mkdtemp(prefix="bench-demo-")) / "export"
    c0, t0 = _cpu(), time.perf_counter()
    summary = generate_demo_export(DemoConfig(out_dir=out, n_patients=n, seed=seed, workers=workers, profile=profile))
    wall, cpu = time.perf_counter() - t0, _cpu() - c0
    shutil.rmtree(out.parent)
    return wall, cpu, summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--patients", type=int, default=60)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--profile", choices=("easy", "realistic"), default="easy")
    args = ap.parse_args()
    workers = os.cpu_count() or 1
    w1, c1, s = _run(args.patients, args.seed, 1, args.profile)
    wn, cn, _ = _run(args.patients, args.seed, workers, args.profile)
    print(f"profile={args.profile} patients={args.patients} files={s['files']} images={s['images']} "
          f"load_avg={os.getloadavg()[0]:.1f}")
    print(f"workers=1: wall {w1:.1f} s, cpu {c1:.1f} s | workers={workers}: wall {wn:.1f} s, cpu {cn:.1f} s")
    print(f"ratio wall(1)/wall({workers}) = {w1 / wn:.2f}x; cpu per file {1000 * c1 / s['files']:.1f} ms")
    print(f"projected default demo (250 patients) on 2 idle cores: {c1 / args.patients * 250 / 2:.0f} s")


if __name__ == "__main__":
    main()
