"""Rebuild cost: a full build vs a no-op rerun vs adding a new export batch, same process.

    .venv/bin/python bench/bench_rebuild.py --patients 60 --new-patients 10

1. full build of a fresh demo export into an empty OUT (baseline);
2. the same build again, inputs unchanged: the flow finds the published version up to date and
   returns it (no cluster, no stage);
3. the same build forced (``force=True``): must recompute no chunk and publish identical tables;
4. a second demo export (another seed) copied in as a new folder ``dicom/batch2/`` with its
   report rows appended: only the new files' chunks are processed.
All four runs share one Prefect ephemeral API and run with the same workers, so the ratio
compares the builds, not the start-up. Prints wall times, chunks recomputed and the ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

os.environ.setdefault("SONOLABEL_PSEUDONYM_KEY", "bench-rebuild-key")


def _tables(out: Path) -> dict[str, object]:
    return {p.stem: pq.read_table(p) for p in sorted((out / "tables").glob("*.parquet"))}


def _add_batch(export: Path, extra: Path) -> None:
    shutil.copytree(extra / "dicom", export / "dicom" / "batch2")
    for name in ("pathology_reports.csv", "radiology_reports.csv", "patients.csv"):
        base = pd.read_csv(export / name, dtype=str, keep_default_na=False)
        more = pd.read_csv(extra / name, dtype=str, keep_default_na=False)
        for col in ("patient_id", "accession_number"):
            overlap = set(base.get(col, [])) & set(more.get(col, [])) - {""}
            if overlap:
                raise SystemExit(f"the two demo exports share {col} values {sorted(overlap)[:3]}; pick other seeds")
        if "report_id" in more:  # each demo numbers its reports from 1: keep the merged ids unique
            more["report_id"] = "B2-" + more["report_id"]
        pd.concat([base, more]).to_csv(export / name, index=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--patients", type=int, default=60)
    ap.add_argument("--new-patients", type=int, default=10)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()

    from demo_hospital import DemoConfig, generate_demo_export
    from flows.build_dataset import build_dataset

    work = args.workdir or Path(tempfile.mkdtemp(prefix="sonolabel-rebuild-"))
    export, extra, out = work / "export", work / "extra", work / "dataset"
    for p in (export, extra, out):
        shutil.rmtree(p, ignore_errors=True)
    generate_demo_export(DemoConfig(out_dir=export, n_patients=args.patients, seed=11, workers=args.workers))
    generate_demo_export(DemoConfig(out_dir=extra, n_patients=args.new_patients, seed=12, workers=args.workers))
    n_files = sum(1 for p in (export / "dicom").rglob("*") if p.is_file())

    def run(label: str, force: bool = False) -> tuple[float, dict]:
        t0 = time.perf_counter()
        state = build_dataset(str(export), str(out), workers=args.workers, force=force, return_state=True)
        wall = time.perf_counter() - t0
        if not state.is_completed():
            raise SystemExit(f"{label}: build failed: {state.message}")
        return wall, state.result()

    full_s, full = run("full")
    full_tables = _tables(out)
    noop_s, noop = run("no-op")  # unchanged inputs: the flow returns the published version (up to date)
    cached_s, cached = run("cached", force=True)  # a forced rebuild: every chunk and report from the caches
    identical = all(_tables(out)[k].equals(v) for k, v in full_tables.items())  # after the forced rerun
    _add_batch(export, extra)
    n_new = sum(1 for p in (export / "dicom" / "batch2").rglob("*") if p.is_file())
    incr_s, incr = run("incremental")

    print(f"demo export: {args.patients} patients, {n_files:,} files; new batch: {args.new_patients} patients, "
          f"{n_new:,} files; {args.workers} workers")
    print(f"full build           : {full_s:7.1f} s   recomputed {full['cache']}")
    print(f"no-op rerun          : {noop_s:7.1f} s   up to date: {noop.get('up_to_date', False)}")
    print(f"forced cached rerun  : {cached_s:7.1f} s   recomputed {cached['cache']}   tables identical: {identical}")
    print(f"rerun + new batch    : {incr_s:7.1f} s   recomputed {incr['cache']}")
    print(f"ratio full / no-op   : {full_s / noop_s:.1f}x")
    print(f"ratio full / cached  : {full_s / cached_s:.1f}x")
    print(f"ratio full / +batch  : {full_s / incr_s:.1f}x")


if __name__ == "__main__":
    main()
