"""How well do saliency maps localise lesions? Three per-image scores, each with its chance level.

A weakly supervised model is never told where the lesion is; its saliency maps are coarse
(``h x w`` cells, 8 x 8 for a 256 px input, 3 x 3 for 96 px), so one score is not enough:

* ``peak_hit`` -- the pointing game on the image: the peak of the map upsampled bilinearly to
  the 256 x 256 store space lies inside the lesion mask. Chance: the mask's area fraction. With
  few cells the upsampled peak can only sit at a cell centre, so a small lesion between centres
  cannot be hit even by a perfect map; read it with ``cell_hit``.
* ``cell_hit`` -- the pointing game at the map's own resolution: the arg-max cell overlaps the
  lesion. Chance: the fraction of cells that overlap it (a uniformly random cell).
* ``pixel_auroc`` -- AUROC of the upsampled map as a per-pixel lesion detector (lesion pixels vs
  the rest of the image). Chance: 0.5. It uses the whole map, not only its peak.

Intervals (:func:`summarise`): 95% Wilson intervals for the two hit rates (images taken as
independent); a 95% percentile bootstrap for the mean pixel AUROC that resamples whole breasts when
the rows carry ``exam_uid``/``laterality`` (a breast's 1-3 lesion images move together), else images.

``mask`` is always a boolean lesion mask in the 256 x 256 cropped store space
(:func:`modeling.saliency.mask_to_store_space`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd
import torch

from evaluation.bootstrap import percentile_ci, resample_weights
from evaluation.metrics import wilson_interval
from evaluation.rank_auc import auroc
from modeling.bags import BreastBagDataset
from modeling.model import CLASSES, BreastMIL
from modeling.saliency import breast_saliency, upsample


@dataclass(frozen=True)
class LocalisationScore:
    """Scores of one saliency map against one lesion mask."""

    peak_hit: bool
    area_fraction: float  # chance of peak_hit
    cell_hit: bool
    cell_chance: float  # fraction of map cells overlapping the lesion
    pixel_auroc: float  # chance 0.5


def cell_bounds(n_cells: int, size: int) -> np.ndarray:
    """Pixel edges of ``n_cells`` equal blocks over ``size`` pixels (the ``align_corners=False`` grid)."""
    return np.floor(np.arange(n_cells + 1) * size / n_cells + 0.5).astype(int)


def lesion_cells(mask: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """``(h, w)`` boolean: which map cells contain at least one lesion pixel."""
    rows, cols = cell_bounds(shape[0], mask.shape[0]), cell_bounds(shape[1], mask.shape[1])
    out = np.zeros(shape, bool)
    for i in range(shape[0]):
        for j in range(shape[1]):
            out[i, j] = mask[rows[i] : rows[i + 1], cols[j] : cols[j + 1]].any()
    return out


def score_localisation(saliency_map: np.ndarray, mask: np.ndarray) -> LocalisationScore:
    """Score one ``(h, w)`` map in [0, 1] against a non-empty 2-D boolean ``mask``."""
    saliency_map = np.asarray(saliency_map, dtype=np.float32)
    mask = np.asarray(mask, dtype=bool)
    if saliency_map.ndim != 2:
        raise ValueError(f"saliency map must be 2-D (h, w), got shape {saliency_map.shape}")
    if mask.ndim != 2 or not mask.any():
        raise ValueError("the lesion mask must be a non-empty 2-D boolean array")
    if mask.all():
        raise ValueError("the lesion mask covers the whole image: localisation is undefined")
    up = upsample(saliency_map, mask.shape)
    peak = np.unravel_index(int(np.argmax(up)), mask.shape)
    cells = lesion_cells(mask, saliency_map.shape)
    best_cell = np.unravel_index(int(np.argmax(saliency_map)), saliency_map.shape)
    return LocalisationScore(
        peak_hit=bool(mask[peak]),
        area_fraction=float(mask.mean()),
        cell_hit=bool(cells[best_cell]),
        cell_chance=float(cells.mean()),
        pixel_auroc=float(auroc(mask.ravel(), up.ravel())),
    )


def mean_bootstrap_ci(values: np.ndarray, clusters: np.ndarray | None = None, n_boot: int = 1000,
                      seed: int = 0) -> tuple[float, float]:
    """95% percentile interval of the mean of ``values``, resampling ``clusters`` (or items) with replacement."""
    x = np.asarray(values, dtype=float)
    weights = resample_weights(len(x), n_boot, np.random.default_rng(seed), clusters)
    replicates = weights @ x / weights.sum(axis=1)  # every replicate draws >= 1 item: no zero sums
    ci = percentile_ci(float(x.mean()), replicates)
    return ci.low, ci.high


def summarise(scores: pd.DataFrame | Iterable[LocalisationScore], n_boot: int = 1000, seed: int = 0,
              ) -> dict[str, float]:
    """Rates, their 95% intervals and the matching chance levels over a set of images.

    ``scores``: :class:`LocalisationScore` objects, or a frame with their columns (e.g. rows of
    :func:`localisation_table`, whose ``exam_uid``/``laterality`` make the pixel-AUROC bootstrap
    resample breasts).
    """
    frame = scores if isinstance(scores, pd.DataFrame) else pd.DataFrame([asdict(s) for s in scores])
    n = len(frame)
    if n == 0:
        raise ValueError("no images to summarise")
    out: dict[str, float] = {"n_images": float(n)}
    for col, chance in (("peak_hit", "area_fraction"), ("cell_hit", "cell_chance")):
        hits = int(frame[col].sum())
        lo, hi = wilson_interval(hits, n)
        out.update({col: hits / n, f"{col}_ci_low": lo, f"{col}_ci_high": hi, f"{col}_chance": float(frame[chance].mean())})
    out["pixel_auroc"] = float(frame["pixel_auroc"].mean())
    breasts = (frame["exam_uid"].astype(str) + "_" + frame["laterality"].astype(str)).to_numpy() \
        if {"exam_uid", "laterality"} <= set(frame.columns) else None
    out["pixel_auroc_ci_low"], out["pixel_auroc_ci_high"] = mean_bootstrap_ci(
        frame["pixel_auroc"].to_numpy(), breasts, n_boot, seed)
    out["pixel_auroc_above_half"] = float((frame["pixel_auroc"] > 0.5).mean())
    return out


def localisation_table(
    model: BreastMIL,
    dataset: BreastBagDataset,
    lesions: Mapping[str, tuple[str, np.ndarray]],
    device: str | torch.device = "cpu",
) -> pd.DataFrame:
    """One row per (lesion image, map class): the scores of both maps on every image with a lesion.

    ``lesions`` maps ``image_uid -> (lesion kind, mask)`` (kind ``benign`` or ``malignant``).
    Columns: ``image_uid, exam_uid, laterality, lesion, map``, the :class:`LocalisationScore`
    fields, ``image_prob`` (that class's image-level probability) and ``attention``.
    """
    rows = []
    for i, bag in enumerate(dataset.bags):
        if not any(u in lesions for u in bag.image_uids):
            continue
        sal = breast_saliency(model, dataset, i, device)
        for k, uid in enumerate(sal.image_uids):
            if uid not in lesions:
                continue
            kind, mask = lesions[uid]
            for ch, name in enumerate(CLASSES):
                rows.append(
                    {
                        "image_uid": uid,
                        "exam_uid": bag.exam_uid,
                        "laterality": bag.laterality,
                        "lesion": kind,
                        "map": name,
                        **asdict(score_localisation(sal.maps[k, ch], mask)),
                        "image_prob": float(sal.image_probs[k, ch]),
                        "attention": float(sal.attention[k, ch]),
                    }
                )
    return pd.DataFrame(rows)
