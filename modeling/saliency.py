"""Saliency maps and attention for any breast, as PNG overlays, and the saliency hit rate.

The model's maps are coarse (8 x 8 for a 256 x 256 input); they are upsampled bilinearly onto the
image (``align_corners=False``: each map cell covers an equal block of the input). The hit rate
asks where the model looks: the fraction of lesion images whose malignant (or benign) map peak,
upsampled to the 256 x 256 cropped image space, falls inside the lesion mask.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from modeling.bags import BreastBagDataset
from modeling.model import CLASSES, BreastMIL

_CHANNEL = {"benign": 0, "malignant": 1}
_COLOUR = {"benign": (0, 220, 0), "malignant": (255, 30, 30)}


@dataclass(frozen=True)
class BreastSaliency:
    """One breast's model outputs (class axis: benign, malignant)."""

    exam_uid: str
    laterality: str
    image_uids: tuple[str, ...]
    images: np.ndarray  # (K, H, W) uint8 store images
    maps: np.ndarray  # (K, 2, h, w) float in [0, 1]
    image_probs: np.ndarray  # (K, 2)
    attention: np.ndarray  # (K, 2)
    breast_probs: np.ndarray  # (2,)


def _channel(kind: str) -> int:
    if kind not in _CHANNEL:
        raise ValueError(f"kind must be 'benign' or 'malignant', got {kind!r}")
    return _CHANNEL[kind]


def upsample(maps: np.ndarray | torch.Tensor, size: tuple[int, int]) -> np.ndarray:
    """Bilinear upsampling of ``(..., h, w)`` maps to ``(..., *size)``."""
    t = torch.as_tensor(np.asarray(maps), dtype=torch.float32)
    lead = t.shape[:-2]
    up = F.interpolate(t.reshape(-1, 1, *t.shape[-2:]), size=size, mode="bilinear", align_corners=False)
    return up.reshape(*lead, *size).numpy()


@torch.no_grad()
def breast_saliency(
    model: BreastMIL, dataset: BreastBagDataset, index: int, device: str | torch.device = "cpu"
) -> BreastSaliency:
    """Run ``model`` on bag ``index`` of an evaluation dataset (no augmentation, every image)."""
    if dataset.train:
        raise ValueError("saliency needs an evaluation dataset (train=False): augmentation would move the maps")
    if dataset.max_images is not None:
        raise ValueError("saliency needs every image of the bag: build the dataset with max_images=None")
    bag = dataset.bags[index]
    item = dataset[index]
    model.eval()
    out = model(item["images"].unsqueeze(0).to(device))
    raw = dataset.store.read(bag.shards, bag.indices)
    return BreastSaliency(
        bag.exam_uid,
        bag.laterality,
        bag.image_uids,
        np.asarray(raw),
        out.saliency[0].cpu().numpy(),
        out.image_probs[0].cpu().numpy(),
        out.attention[0].cpu().numpy(),
        out.breast_probs[0].cpu().numpy(),
    )


def overlay(image: np.ndarray, heat: np.ndarray, colour: tuple[int, int, int], alpha: float = 0.6) -> np.ndarray:
    """RGB uint8 image: grayscale ``image`` blended with ``colour`` in proportion to ``heat`` in [0, 1]."""
    base = np.repeat(image[..., None].astype(np.float32), 3, axis=-1)
    w = (alpha * np.clip(heat, 0, 1))[..., None]
    return (base * (1 - w) + np.asarray(colour, np.float32) * w).clip(0, 255).astype(np.uint8)


def save_breast_saliency(sal: BreastSaliency, out_dir: str | os.PathLike) -> list[Path]:
    """Write one PNG per image (image | benign overlay | malignant overlay) and ``attention.csv``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    size = sal.images.shape[-2:]
    up = upsample(sal.maps, size)
    for k, uid in enumerate(sal.image_uids):
        panels = [np.repeat(sal.images[k][..., None], 3, axis=-1)]
        panels += [overlay(sal.images[k], up[k, _CHANNEL[c]], _COLOUR[c]) for c in CLASSES]
        name = f"{k:03d}_{uid.replace('/', '_')}.png"
        Image.fromarray(np.concatenate(panels, axis=1)).save(out / name)
        paths.append(out / name)
    with open(out / "attention.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["image_uid", "attention_benign", "attention_malignant", "prob_benign", "prob_malignant", "png"])
        for k, uid in enumerate(sal.image_uids):
            w.writerow([uid, *(f"{v:.6f}" for v in (*sal.attention[k], *sal.image_probs[k])), paths[k].name])
    return paths


def mask_to_store_space(mask: np.ndarray, crop: tuple[int, int, int, int], size: int = 256) -> np.ndarray:
    """A lesion mask in original pixel coordinates -> the store's ``size x size`` cropped space.

    ``crop = (x0, y0, x1, y1)`` are the ``images.crop_*`` columns; the crop is resized to a square
    like the image itself (nearest neighbour, so the mask stays binary).
    """
    x0, y0, x1, y1 = (int(v) for v in crop)
    mask = np.asarray(mask)
    if mask.ndim != 2 or not (0 <= x0 < x1 <= mask.shape[1] and 0 <= y0 < y1 <= mask.shape[0]):
        raise ValueError(f"crop {crop} does not fit a mask of shape {mask.shape}")
    part = (mask[y0:y1, x0:x1] > 0).astype(np.uint8) * 255
    return np.asarray(Image.fromarray(part).resize((size, size), Image.NEAREST)) > 0


def peak(saliency_map: np.ndarray, size: tuple[int, int]) -> tuple[int, int]:
    """``(row, col)`` of the maximum of a map upsampled to ``size`` (first one on ties)."""
    up = upsample(saliency_map, size)
    return tuple(int(v) for v in np.unravel_index(int(np.argmax(up)), size))


def hit_rate(maps: Sequence[np.ndarray], masks: Sequence[np.ndarray]) -> float:
    """Fraction of images whose map peak (upsampled to the mask size) lies inside the mask.

    ``maps[i]``: ``(h, w)`` saliency map of image ``i``; ``masks[i]``: its boolean lesion mask in
    the 256 x 256 cropped image space. Images with an empty mask are an error (no lesion).
    """
    if len(maps) != len(masks):
        raise ValueError(f"got {len(maps)} maps but {len(masks)} masks")
    if not maps:
        raise ValueError("hit rate of zero images is undefined")
    hits = 0
    for m, mask in zip(maps, masks):
        mask = np.asarray(mask, dtype=bool)
        if mask.ndim != 2 or not mask.any():
            raise ValueError("each lesion mask must be a non-empty 2-D boolean array")
        r, c = peak(np.asarray(m), mask.shape)
        hits += bool(mask[r, c])
    return hits / len(maps)


def dataset_hit_rate(
    model: BreastMIL,
    dataset: BreastBagDataset,
    masks: Mapping[str, np.ndarray],
    kind: str = "malignant",
    device: str | torch.device = "cpu",
) -> float:
    """Hit rate of the ``kind`` maps over every image of ``dataset`` that has a mask in ``masks``."""
    ch = _channel(kind)
    maps, lesion_masks = [], []
    for i, bag in enumerate(dataset.bags):
        if not any(u in masks for u in bag.image_uids):
            continue
        sal = breast_saliency(model, dataset, i, device)
        for k, uid in enumerate(sal.image_uids):
            if uid in masks:
                maps.append(sal.maps[k, ch])
                lesion_masks.append(masks[uid])
    return hit_rate(maps, lesion_masks)
