"""The build-dataset flow on a 30-patient *realistic* demo: every file reason still equals the truth.

File-level reasons come from DICOM headers and pixels, which the realistic profile changes (lesion
looks, scanner settings, calipers, colour Doppler); labels come from its report grammar, which the
pipeline's NLP is not expected to reproduce exactly (bench/demo_label_f1.py measures that), so
this module checks files only. Slow: a realistic export plus a full build (minutes on 2 cores).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

pytestmark = [pytest.mark.slow, pytest.mark.flow]


@pytest.fixture(scope="module")
def realistic_build(prefect_harness, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from demo_hospital import DemoConfig, generate_demo_export
    from flows.build_dataset import build_dataset

    root = tmp_path_factory.mktemp("realistic_build")
    export, out = root / "export", root / "dataset"
    generate_demo_export(DemoConfig(out_dir=export, n_patients=30, seed=0, workers=2, profile="realistic"))
    state = build_dataset(str(export), str(out), workers=2, chunk_size=64, return_state=True)
    assert state.is_completed(), state.message
    return {"export": export, "out": out}


def test_realistic_file_reasons_and_kept_images_match_truth(realistic_build: dict[str, Path]) -> None:
    export, out = realistic_build["export"], realistic_build["out"]
    truth = pd.read_csv(export / "truth" / "files.csv", dtype=str, keep_default_na=False)
    index = pq.read_table(out / "tables" / "dicom_index.parquet").to_pandas()
    exclusions = pq.read_table(out / "tables" / "exclusions.parquet").to_pandas()
    images = pq.read_table(out / "tables" / "images.parquet").to_pandas()
    assert set(index["file_relpath"]) == set(truth["relpath"])  # the demo's paths hold no identifier
    first = exclusions.groupby("file_relpath")["reason"].first()
    got = truth["relpath"].map(first).fillna("")
    bad = truth.loc[got != truth["reason"], ["relpath", "reason"]].assign(pipeline=got[got != truth["reason"]])
    assert bad.empty, bad
    kept = truth[truth["status"] == "kept"]
    assert set(images["file_relpath"]) == set(kept["relpath"])
    assert len(images) == kept["n_images"].astype(int).sum()
