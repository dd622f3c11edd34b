"""Score a folder of PNG/JPEG images (BUSI layout) with a trained run or a search's ensemble.

The paper's external test scores each BUSI image alone (image level). Each image goes through
the preprocessing of the training images:

1. decoded to 8-bit and converted to grayscale with the ITU-R 601 luma weights of the build
   (:func:`curation.pixels.to_luminance`; a grayscale image is used as it is);
2. optionally cropped to its ultrasound region by the build's image analysis
   (:func:`curation.ultrasound_region.find_regions`; several regions -> their bounding box). BUSI
   images are already cropped scans, so this is off by default;
3. resized bilinearly to 256 x 256 uint8 (:func:`curation.preprocess.crop_and_resize`): what the
   image store holds;
4. the run's evaluation transform (:func:`modeling.bags.eval_transform`: resize to the run's
   ``data.image_size``, 3 channels, normalise with its mean/std), as for validation and test bags.

The image is then a bag of one: with one image the attention weight is 1, so the breast-level
output is the image-level score ``y_k``. An ensemble (a search folder, or its ``ensemble/``) scores
with each top-k member and averages, as the breast-level ensemble does. An image that cannot be
read gets an ``error`` and no score; it never stops the run.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from PIL import Image, UnidentifiedImageError

from curation.image_store import IMAGE_SIZE
from curation.pixels import to_luminance
from curation.preprocess import crop_and_resize
from curation.ultrasound_region import Box, find_regions
from evaluation.busi import list_busi_images
from modeling.bags import eval_transform
from modeling.config import TrainConfig
from modeling.model import BreastMIL
from modeling.run_folder import RunFolder

SCORE_COLUMNS = ("image_id", "file", "category", "label", "n_masks", "score", "score_benign", "error")
_MODES_VIA_RGB = {"RGB", "RGBA", "P", "LA", "1", "CMYK", "YCbCr"}


class UnreadableImage(ValueError):
    """An image file that cannot be decoded into an 8-bit frame (the row's ``error``)."""


def store_image(path: str | os.PathLike, crop_region: bool = False) -> np.ndarray:
    """One image file as the image store would hold it: ``(256, 256) uint8`` grayscale."""
    try:
        with Image.open(path) as img:
            img.load()
            if img.mode == "L":
                lum = np.asarray(img)
            elif img.mode in _MODES_VIA_RGB:
                lum = to_luminance(np.asarray(img.convert("RGB")))
            else:  # 16-bit or float images: no calibrated 8-bit view of them
                raise UnreadableImage(f"unsupported image mode {img.mode}")
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise UnreadableImage(f"{type(exc).__name__}: {exc}"[:200]) from exc
    h, w = lum.shape
    box = Box(0, 0, w, h)
    if crop_region:
        boxes = find_regions(None, lum).boxes
        box = Box(min(b.x0 for b in boxes), min(b.y0 for b in boxes), max(b.x1 for b in boxes),
                  max(b.y1 for b in boxes))
    return crop_and_resize(lum, box, IMAGE_SIZE)


def load_scorers(run: str | os.PathLike, device: str | torch.device = "cpu") -> list[tuple[BreastMIL, TrainConfig]]:
    """The model of a training run, or every member of a search's top-k ensemble."""
    folder = RunFolder(run)
    if not folder.path.is_dir():
        raise FileNotFoundError(f"run folder {folder.path} not found")
    members = [folder] if folder.best_checkpoint.is_file() else folder.ensemble_members()
    return [m.load_model(device) for m in members]


@torch.no_grad()
def score_store_images(images: np.ndarray, scorers: Sequence[tuple[BreastMIL, TrainConfig]],
                       device: str | torch.device = "cpu") -> np.ndarray:
    """``(N, 2)`` mean (benign, malignant) probabilities of ``(N, 256, 256) uint8`` images, each a
    bag of one."""
    raw = torch.from_numpy(np.ascontiguousarray(images)).unsqueeze(1)  # (N, 1, H, W) uint8, as the bag loader
    mask = torch.ones(len(images), 1, dtype=torch.bool, device=device)
    total = np.zeros((len(images), 2))
    for model, cfg in scorers:
        x = eval_transform(cfg.data.image_size, cfg.data.mean, cfg.data.std)(raw).unsqueeze(1).to(device)
        total += model(x, mask).breast_probs.double().cpu().numpy()
    return total / len(scorers)


def score_folder(images_dir: str | os.PathLike, run: str | os.PathLike, device: str = "cpu",
                 batch_size: int = 16, crop_region: bool = False,
                 progress: Callable[[str], None] | None = None) -> pd.DataFrame:
    """One row per image of a BUSI-layout folder (masks are never scored): ``image_id``
    (``class/stem``), ``file`` (relative to ``images_dir``), ``category``, ``label`` (1 =
    malignant folder), ``n_masks``, ``score`` (P(malignant)), ``score_benign``, ``error``."""
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
    root = Path(images_dir)
    listing = list_busi_images(root)
    scorers = load_scorers(run, device)
    rows: list[dict[str, object]] = []
    for start in range(0, len(listing), batch_size):
        chunk = listing.iloc[start:start + batch_size]
        arrays, ok_rows = [], []
        for r in chunk.itertuples():
            row = {"image_id": r.image_id, "file": Path(r.path).relative_to(root).as_posix(), "category": r.category,
                   "label": r.label, "n_masks": len(r.mask_paths), "score": np.nan, "score_benign": np.nan,
                   "error": ""}
            try:
                arrays.append(store_image(r.path, crop_region))
                ok_rows.append(row)
            except UnreadableImage as exc:
                row["error"] = str(exc)
            rows.append(row)
        if arrays:
            probs = score_store_images(np.stack(arrays), scorers, device)
            for row, (benign, malignant) in zip(ok_rows, probs):
                row["score"], row["score_benign"] = float(malignant), float(benign)
        if progress is not None:
            progress(f"  {min(start + batch_size, len(listing))}/{len(listing)} images")
    return pd.DataFrame(rows, columns=list(SCORE_COLUMNS))


def write_scores(scores: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write the scores CSV atomically (temp file + rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        scores.to_csv(fh, index=False)
    os.replace(tmp, path)
    return path
