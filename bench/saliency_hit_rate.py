"""Do the saliency maps land on the lesions? Hit rate against the demo generator's lesion masks.

    .venv/bin/python bench/saliency_hit_rate.py --run RUN --dataset var/dataset --export var/demo-export

For every val/test image with a lesion mask (``truth/files.csv`` -> ``truth/<mask>.png``, mapped
into the 256x256 cropped store space through the ``images.crop_*`` columns), a hit is a peak of
the malignant (resp. benign) map inside the mask. Chance level is the mean mask area fraction
(a uniformly random peak). Also saves one malignant breast's overlays under RUN/saliency_example.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from PIL import Image

from modeling.bags import BreastBagDataset
from modeling.config import load_config
from modeling.saliency import breast_saliency, dataset_hit_rate, mask_to_store_space, save_breast_saliency
from modeling.train import build_model, load_bags


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run", type=Path, required=True, help="training run folder (config.yaml, best.pt)")
    ap.add_argument("--dataset", type=Path, required=True, help="build-dataset output (tables/, image_store/)")
    ap.add_argument("--export", type=Path, required=True, help="the demo export (truth/)")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)

    cfg = load_config(args.run / "config.yaml")
    model = build_model(cfg)
    model.load_state_dict(torch.load(args.run / "best.pt", weights_only=False)["model"])
    model.eval()
    tables = args.dataset / "tables"
    images = pd.read_parquet(tables / "images.parquet")
    files = pd.read_csv(args.export / "truth" / "files.csv", dtype=str, keep_default_na=False)
    merged = images.merge(files, left_on="file_relpath", right_on="relpath")
    masks: dict[str, dict[str, np.ndarray]] = {"malignant": {}, "benign": {}}
    for r in merged[merged["lesion"].isin(["malignant", "benign"]) & (merged["mask_relpath"] != "")].itertuples():
        full = np.asarray(Image.open(args.export / "truth" / r.mask_relpath).convert("L"))
        mask = mask_to_store_space(full, (r.crop_x0, r.crop_y0, r.crop_x1, r.crop_y1))
        if mask.any():
            masks[r.lesion][r.image_uid] = mask
    bags = [b for b in load_bags(cfg, tables) if b.split in ("val", "test")]
    ds = BreastBagDataset(bags, args.dataset / "image_store", train=False, image_size=cfg.data.image_size,
                          mean=cfg.data.mean, std=cfg.data.std)
    for kind in ("malignant", "benign"):
        n = sum(u in masks[kind] for b in bags for u in b.image_uids)
        rate = dataset_hit_rate(model, ds, masks[kind], kind) if n else float("nan")
        chance = float(np.mean([m.mean() for m in masks[kind].values()])) if masks[kind] else float("nan")
        print(f"{kind:9s} lesion images (val+test): {n:4d}   hit rate {rate:.3f}   chance (mask area) {chance:.3f}")
    example = next((i for i, b in enumerate(bags) if b.label_malignant), None)
    if example is not None:
        out = args.run / "saliency_example"
        save_breast_saliency(breast_saliency(model, ds, example), out)
        print(f"example overlays: {out} ({bags[example].exam_uid} {bags[example].laterality})")


if __name__ == "__main__":
    main()
