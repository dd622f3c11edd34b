"""Do the saliency maps land on the lesions? Localisation against the demo generator's lesion masks.

    .venv/bin/python bench/saliency_hit_rate.py --run RUN --dataset var/dataset --export var/demo-export \
        [--figure docs/images/saliency_demo.png] [--csv RUN/localisation.csv]

For every val/test image with a lesion mask (``truth/files.csv`` -> ``truth/<mask>.png``, mapped
into the 256 x 256 cropped store space through the ``images.crop_*`` columns) both maps are
scored (:mod:`modeling.localisation`): the peak of the upsampled map inside the mask (chance: the
mask's area), the arg-max map cell overlapping the lesion (chance: the fraction of cells that do),
and the per-pixel AUROC of the map (chance 0.5), with 95% Wilson intervals for the hit rates and a
breast-level bootstrap interval for the mean pixel AUROC. The rows that matter
are the matched ones (malignant map on malignant lesions, benign map on benign lesions); the
crossed rows show whether a map is class specific. Also saves one malignant breast's overlays
under RUN/saliency_example and, with ``--figure``, a grid of lesion images with both overlays and
the lesion outline.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from PIL import Image

from modeling.bags import BreastBagDataset
from modeling.localisation import localisation_table, summarise
from modeling.run_folder import RunFolder
from modeling.saliency import breast_saliency, mask_to_store_space, save_breast_saliency
from modeling.train import load_bags


def load_lesion_masks(tables: Path, export: Path) -> dict[str, tuple[str, np.ndarray]]:
    """``image_uid -> (lesion kind, mask in store space)`` for every curated image with a lesion mask."""
    images = pd.read_parquet(tables / "images.parquet")
    files = pd.read_csv(export / "truth" / "files.csv", dtype=str, keep_default_na=False)
    merged = images.merge(files, left_on="file_relpath", right_on="relpath")
    lesions = {}
    for r in merged[merged["lesion"].isin(["malignant", "benign"]) & (merged["mask_relpath"] != "")].itertuples():
        full = np.asarray(Image.open(export / "truth" / r.mask_relpath).convert("L"))
        mask = mask_to_store_space(full, (r.crop_x0, r.crop_y0, r.crop_x1, r.crop_y1))
        if mask.any() and not mask.all():
            lesions[r.image_uid] = (r.lesion, mask)
    return lesions


def save_figure(model, ds: BreastBagDataset, table: pd.DataFrame, lesions, out: Path, n: int = 6) -> None:
    """Grid of the ``n`` malignant lesion images the model scores highest: image | benign | malignant map."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from modeling.saliency import upsample

    chosen = table[(table["lesion"] == "malignant") & (table["map"] == "malignant")].nlargest(n, "image_prob")
    uid_to_bag = {u: i for i, b in enumerate(ds.bags) for u in b.image_uids}
    fig, axes = plt.subplots(len(chosen), 3, figsize=(7.5, 2.6 * len(chosen)), squeeze=False)
    for row, r in zip(axes, chosen.itertuples()):
        sal = breast_saliency(model, ds, uid_to_bag[r.image_uid])
        k = sal.image_uids.index(r.image_uid)
        up = upsample(sal.maps[k], sal.images.shape[-2:])
        mask = lesions[r.image_uid][1]
        for ax, (title, heat, cmap) in zip(
            row, [("image", None, None), ("benign map", up[0], "Greens"), ("malignant map", up[1], "Reds")]
        ):
            ax.imshow(sal.images[k], cmap="gray", vmin=0, vmax=255)
            if heat is not None:
                ax.imshow(heat, cmap=cmap, alpha=0.45, vmin=0, vmax=1)
            ax.contour(mask, levels=[0.5], colors="cyan", linewidths=0.8)
            ax.set_title(f"{title}" + (f"  (p={r.image_prob:.2f}, peak {'hit' if r.peak_hit else 'miss'})"
                                       if cmap == "Reds" else ""), fontsize=8)
            ax.axis("off")
    fig.suptitle("Malignant lesion images (val/test), lesion outline in cyan", fontsize=9)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=90)
    plt.close(fig)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run", type=Path, required=True, help="training run folder (config.yaml, best.pt)")
    ap.add_argument("--dataset", type=Path, required=True, help="build-dataset output (tables/, image_store/)")
    ap.add_argument("--export", type=Path, required=True, help="the demo export (truth/)")
    ap.add_argument("--figure", type=Path, help="write a PNG grid of malignant lesion overlays here")
    ap.add_argument("--csv", type=Path, help="write the per-image scores here")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)

    model, cfg = RunFolder(args.run).load_model()
    tables = args.dataset / "tables"
    lesions = load_lesion_masks(tables, args.export)
    bags = [b for b in load_bags(cfg, tables) if b.split in ("val", "test")]
    ds = BreastBagDataset(bags, args.dataset / "image_store", train=False, image_size=cfg.data.image_size,
                          mean=cfg.data.mean, std=cfg.data.std)
    table = localisation_table(model, ds, lesions)
    if table.empty:
        raise SystemExit("no val/test image has a lesion mask: nothing to score")
    if args.csv:
        table.to_csv(args.csv, index=False)
    h = int(cfg.data.image_size) // 32
    print(f"run {args.run}: {cfg.data.image_size} px inputs -> {h} x {h} maps; val+test lesion images")
    print(f"{'lesion':9s} {'map':9s} {'n':>4s}  {'peak hit (95% CI)':>22s} {'chance':>6s}  "
          f"{'cell hit (95% CI)':>22s} {'chance':>6s}  {'pixel AUROC (95% CI)':>22s} {'chance':>6s}")
    for (lesion, kind), part in table.groupby(["lesion", "map"]):
        s = summarise(part)
        print(f"{lesion:9s} {kind:9s} {int(s['n_images']):4d}  "
              f"{s['peak_hit']:.3f} ({s['peak_hit_ci_low']:.3f}-{s['peak_hit_ci_high']:.3f})  {s['peak_hit_chance']:6.3f}  "
              f"{s['cell_hit']:.3f} ({s['cell_hit_ci_low']:.3f}-{s['cell_hit_ci_high']:.3f})  {s['cell_hit_chance']:6.3f}  "
              f"{s['pixel_auroc']:.3f} ({s['pixel_auroc_ci_low']:.3f}-{s['pixel_auroc_ci_high']:.3f})  {0.5:6.3f}")
    if args.figure:
        save_figure(model, ds, table, lesions, args.figure)
        print(f"figure: {args.figure}")
    example = next((i for i, b in enumerate(bags) if b.label_malignant), None)
    if example is not None:
        out = args.run / "saliency_example"
        save_breast_saliency(breast_saliency(model, ds, example), out)
        print(f"example overlays: {out} ({bags[example].exam_uid} {bags[example].laterality})")


if __name__ == "__main__":
    main()
