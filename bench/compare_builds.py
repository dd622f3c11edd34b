"""Compare two builds' published tables and stored images, row by row (e.g. before and after a decoder change).

For each table of ``OUT_A/tables`` and ``OUT_B/tables``: the row counts, the columns only B has, and
whether the rest is identical; ``images`` is matched on ``image_uid`` and compared without
``store_shard``/``store_index`` (shard ids change with ``PREPROCESS_VERSION``) and ``zero_fraction``,
whose difference is reported, as is the largest pixel difference of each stored 256x256 image.

Run: ``.venv/bin/python bench/compare_builds.py OUT_A OUT_B``
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq

from curation.image_store import ImageStore

IGNORED = ("store_shard", "store_index", "decoder", "zero_fraction")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_a", type=Path)
    ap.add_argument("out_b", type=Path)
    args = ap.parse_args()
    a, b = args.out_a, args.out_b
    names = sorted(p.stem for p in (a / "tables").glob("*.parquet"))
    if names != sorted(p.stem for p in (b / "tables").glob("*.parquet")):
        raise SystemExit("the two builds publish different tables")
    for name in names:
        ta = pq.read_table(a / "tables" / f"{name}.parquet").to_pandas()
        tb = pq.read_table(b / "tables" / f"{name}.parquet").to_pandas()
        added = sorted(set(tb.columns) - set(ta.columns))
        note = ""
        if name == "images":
            ignored = [c for c in IGNORED if c in tb.columns]
            same = ta.drop(columns=[c for c in ignored if c in ta.columns]).equals(tb.drop(columns=ignored))
            m = ta.merge(tb, on="image_uid", suffixes=("_a", "_b"))
            zf = (m["zero_fraction_a"] - m["zero_fraction_b"]).abs()
            store_a, store_b = ImageStore(a / "image_store"), ImageStore(b / "image_store")
            diffs = np.array([int(np.abs(store_a.image(r.store_shard_a, r.store_index_a).astype(int)
                                         - store_b.image(r.store_shard_b, r.store_index_b).astype(int)).max())
                              for r in m.itertuples()])
            values, counts = np.unique(diffs, return_counts=True)
            note = (f"; zero_fraction differs on {int((zf > 0).sum())} rows (max {zf.max():.5f})"
                    + (f"; decoders {tb['decoder'].value_counts().to_dict()}" if "decoder" in tb else "")
                    + f"; stored images by max pixel difference {dict(zip(values.tolist(), counts.tolist()))}")
        else:
            same = ta.drop(columns=[c for c in added if c in ta.columns]).equals(tb.drop(columns=added))
        print(f"{name:22s} rows {len(ta):7,d} / {len(tb):7,d}  columns added {added}  "
              f"otherwise identical: {same}{note}")


if __name__ == "__main__":
    main()
