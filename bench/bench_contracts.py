"""What the kept Data Docs site costs: contract validation with it vs without it, same tables, same run.

Baseline: every published table of a build validated in an ephemeral Great Expectations context
(nothing written). Project: the same suites in a file data context written to a folder, with the
Data Docs site built once at the end (what the build does since the site is kept per version).
Great Expectations is imported before either is timed; each side is the best of ``--repeat``
runs. It also prints the size of the kept folder.

Run: ``.venv/bin/python bench/bench_contracts.py OUT [--repeat 3]`` (OUT: a build-dataset output)
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
from timing import best_of

from data_contracts.validate import validate_tables


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="a build-dataset output folder")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tables = {p.stem: pq.read_table(p) for p in sorted((args.out / "tables").glob("*.parquet"))}
    validate_tables(tables)  # untimed: imports Great Expectations and warms its caches
    work = Path(tempfile.mkdtemp(prefix="bench-contracts-"))
    try:
        baseline = best_of(lambda: validate_tables(tables), args.repeat)
        runs = iter(range(args.repeat))

        def with_docs() -> None:
            validate_tables(tables, docs_dir=work / f"run{next(runs)}")

        project = best_of(with_docs, args.repeat)
        kept = sum(f.stat().st_size for f in (work / "run0").rglob("*") if f.is_file())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = sum(t.num_rows for t in tables.values())
    print(f"{len(tables)} tables, {rows:,} rows")
    print(f"baseline (ephemeral context, no site): {baseline:.2f} s")
    print(f"project (file context + Data Docs):    {project:.2f} s")
    print(f"ratio project/baseline: {project / baseline:.2f}x; kept folder {kept / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
