"""A tiny synthetic curated dataset in the documented format (for tests, benches, smoke runs).

It writes an image store (``<out>/image_store/shard_XXX.npy``, ``(N, 256, 256) uint8``) and the
``images``, ``breast_labels`` and ``splits`` Parquet tables (``<out>/tables``) exactly as
``docs/data_model.md`` describes, so the modeling code is developed against the contract before
the real build flow exists. Images are speckle noise; a malignant breast has a bright blob in
some of its images, a benign one a dark ring; lesion masks (256 x 256 bool) are returned for the
saliency hit-rate. Deterministic from ``seed``. Pipeline code never imports this module.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from core.tables import write_table_atomic

SIZE = 256


@dataclass(frozen=True)
class SyntheticDataset:
    root: Path
    tables_dir: Path
    store_dir: Path
    masks: dict[str, np.ndarray]  # image_uid -> (256, 256) bool lesion mask (lesion images only)
    lesion_kind: dict[str, str]  # image_uid -> "benign" / "malignant"


def _image(rng: np.random.Generator, lesion: str) -> tuple[np.ndarray, np.ndarray | None]:
    yy, xx = np.mgrid[0:SIZE, 0:SIZE]
    img = rng.gamma(2.0, 30.0, size=(SIZE, SIZE)) + 40.0 * (yy / SIZE)
    mask = None
    if lesion != "none":
        cy, cx = rng.integers(60, SIZE - 60, size=2)
        r = rng.integers(22, 40)
        d2 = (yy - cy) ** 2 + (xx - cx) ** 2
        mask = d2 <= r**2
        if lesion == "malignant":
            img = np.where(mask, 235.0 + rng.normal(0, 8, size=img.shape), img)
        else:  # benign: dark cyst with a bright rim
            img = np.where(mask, 5.0, img)
            img = np.where((d2 > r**2) & (d2 <= (r + 5) ** 2), 200.0, img)
    return np.clip(img, 0, 255).astype(np.uint8), mask


def make_synthetic_dataset(
    out: str | os.PathLike,
    n_patients: int = 12,
    images_per_breast: tuple[int, int] = (2, 4),
    p_malignant: float = 0.35,
    p_benign: float = 0.25,
    shard_size: int = 64,
    seed: int = 0,
) -> SyntheticDataset:
    """Write a synthetic store + tables under ``out`` (one exam per patient, both breasts)."""
    rng = np.random.default_rng(seed)
    root = Path(out)
    store = root / "image_store"
    tables = root / "tables"
    store.mkdir(parents=True, exist_ok=True)
    img_rows, label_rows, split_rows = [], [], []
    masks: dict[str, np.ndarray] = {}
    kinds: dict[str, str] = {}
    buffer: list[np.ndarray] = []
    shard_no = 0

    def flush() -> None:
        nonlocal shard_no, buffer
        if buffer:
            np.save(store / f"shard_{shard_no:03d}.npy", np.stack(buffer))
            shard_no += 1
            buffer = []

    n_split = {"train": 0, "val": 0, "test": 0}
    for p in range(n_patients):
        pid = f"pat{seed:02d}{p:04d}"
        frac = p / max(1, n_patients)
        split = "train" if frac < 0.6 else ("val" if frac < 0.8 else "test")
        n_split[split] += 1
        split_rows.append({"patient_uid": pid, "split": split})
        exam = f"exam{seed:02d}{p:04d}"
        for lat in ("L", "R"):
            u = rng.random()
            malignant = int(u < p_malignant)
            benign = int(not malignant and u < p_malignant + p_benign)
            # make sure val and test hold both classes when large enough
            if split != "train" and n_split[split] <= 2:
                malignant, benign = int(lat == "L" and n_split[split] == 1), 0
            label_rows.append({"exam_uid": exam, "patient_uid": pid, "laterality": lat, "benign": benign, "malignant": malignant})
            k = int(rng.integers(images_per_breast[0], images_per_breast[1] + 1))
            lesion_images = set(rng.choice(k, size=max(1, k // 2), replace=False).tolist())
            for j in range(k):
                kind = "malignant" if malignant else ("benign" if benign else "none")
                kind = kind if j in lesion_images else "none"
                img, mask = _image(rng, kind)
                uid = f"1.2.{seed}.{p}.{'01'[lat == 'R']}.{j}/f0/r0"
                if mask is not None:
                    masks[uid], kinds[uid] = mask, kind
                if len(buffer) == shard_size:
                    flush()
                img_rows.append(
                    {
                        "image_uid": uid,
                        "file_relpath": f"{pid}/{uid.split('/')[0]}.dcm",
                        "patient_uid": pid,
                        "exam_uid": exam,
                        "laterality": lat,
                        "frame_index": 0,
                        "region_index": 0,
                        "crop_x0": 0,
                        "crop_y0": 0,
                        "crop_x1": SIZE,
                        "crop_y1": SIZE,
                        "zero_fraction": 0.0,
                        "store_shard": f"shard_{shard_no:03d}",
                        "store_index": len(buffer),
                    }
                )
                buffer.append(img)
    flush()
    write_table_atomic(pa.Table.from_pylist(img_rows), tables / "images.parquet")
    write_table_atomic(pa.Table.from_pylist(label_rows), tables / "breast_labels.parquet")
    write_table_atomic(pa.Table.from_pylist(split_rows), tables / "splits.parquet")
    return SyntheticDataset(root, tables, store, masks, kinds)
