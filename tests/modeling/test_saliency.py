"""Saliency overlays, attention output and the hit rate."""

from __future__ import annotations

import csv

import numpy as np
import pytest
import torch
from PIL import Image

from modeling.bags import BreastBagDataset, build_bags, load_tables
from modeling.model import BreastMIL, MILOutput
from modeling.saliency import (
    breast_saliency,
    dataset_hit_rate,
    hit_rate,
    overlay,
    peak,
    save_breast_saliency,
    upsample,
)
from modeling.synthetic import make_synthetic_dataset

torch.set_num_threads(1)


def test_upsample_and_peak_map_cells_to_image_blocks():
    m = np.zeros((8, 8), np.float32)
    m[2, 5] = 1.0
    up = upsample(m, (256, 256))
    assert up.shape == (256, 256)
    r, c = peak(m, (256, 256))
    assert 2 * 32 <= r < 3 * 32 and 5 * 32 <= c < 6 * 32  # inside the cell's block of the image


def test_hit_rate_counts_peaks_inside_masks():
    mask = np.zeros((256, 256), bool)
    mask[64:128, 160:224] = True  # covers cell (2..3, 5..6) of an 8x8 map
    hit = np.zeros((8, 8))
    hit[2, 5] = 1
    miss = np.zeros((8, 8))
    miss[7, 0] = 1
    assert hit_rate([hit, miss, hit], [mask, mask, mask]) == pytest.approx(2 / 3)
    with pytest.raises(ValueError, match="non-empty"):
        hit_rate([hit], [np.zeros((256, 256), bool)])
    with pytest.raises(ValueError, match="masks"):
        hit_rate([hit], [])


def test_overlay_blends_colour_by_heat():
    img = np.full((4, 4), 100, np.uint8)
    heat = np.zeros((4, 4))
    heat[0, 0] = 1.0
    out = overlay(img, heat, (255, 0, 0), alpha=0.5)
    assert out.shape == (4, 4, 3) and tuple(out[1, 1]) == (100, 100, 100)
    assert tuple(out[0, 0]) == (177, 50, 50)


class BrightnessModel(torch.nn.Module):
    """Stand-in model: saliency = 8x8 average brightness (both classes)."""

    def maps(self, x):
        return torch.stack([torch.nn.functional.adaptive_avg_pool2d(x[b, :, 0], (8, 8)) for b in range(x.shape[0])])

    def forward(self, x, mask=None):
        m = self.maps(x)  # (B, K, 8, 8)
        sal = torch.stack([m, m], dim=2)
        b, k = x.shape[:2]
        return MILOutput(
            torch.zeros(b, 2), torch.zeros(b, k, 2), sal, torch.full((b, k, 2), 1 / k), torch.ones(b, k, dtype=torch.bool)
        )


class CornerModel(BrightnessModel):
    def maps(self, x):
        m = torch.zeros(x.shape[0], x.shape[1], 8, 8)
        m[..., 0, 0] = 1.0
        return m


def test_save_breast_saliency_and_dataset_hit_rate(tmp_path):
    data = make_synthetic_dataset(tmp_path / "syn", n_patients=3, images_per_breast=(2, 3))
    bags = build_bags(*load_tables(data.tables_dir))
    ds = BreastBagDataset(bags, data.store_dir, train=False, image_size=64)
    torch.manual_seed(0)
    model = BreastMIL(t=0.25)
    sal = breast_saliency(model, ds, 0)
    assert sal.maps.shape == (bags[0].n_images, 2, 2, 2) and sal.images.shape == (bags[0].n_images, 256, 256)
    assert sal.attention[:, 1].sum() == pytest.approx(1.0, abs=1e-5)
    paths = save_breast_saliency(sal, tmp_path / "out")
    assert len(paths) == bags[0].n_images
    assert Image.open(paths[0]).size == (3 * 256, 256)
    with open(tmp_path / "out" / "attention.csv") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["image_uid"] for r in rows] == list(bags[0].image_uids)
    assert sum(float(r["attention_malignant"]) for r in rows) == pytest.approx(1.0, abs=1e-4)
    malignant = {u: m for u, m in data.masks.items() if data.lesion_kind[u] == "malignant"}
    assert malignant
    # a "model" whose malignant map is the image brightness finds every bright synthetic lesion
    assert dataset_hit_rate(BrightnessModel(), ds, malignant, "malignant") == 1.0
    # one whose map peaks in a fixed corner finds none
    assert dataset_hit_rate(CornerModel(), ds, malignant, "malignant") == 0.0
    with pytest.raises(ValueError, match="evaluation dataset"):
        breast_saliency(model, BreastBagDataset(bags, data.store_dir, train=True, image_size=64), 0)
    with pytest.raises(ValueError, match="kind"):
        dataset_hit_rate(model, ds, malignant, "cancer")


def test_mask_to_store_space_crops_and_resizes():
    from modeling.saliency import mask_to_store_space

    mask = np.zeros((100, 200), np.uint8)
    mask[20:40, 100:150] = 255  # inside the crop (x 50..150, y 0..100)
    out = mask_to_store_space(mask, (50, 0, 150, 100), size=256)
    assert out.shape == (256, 256) and out.dtype == bool
    rows, cols = np.nonzero(out)
    assert rows.min() == pytest.approx(20 * 2.56, abs=2) and cols.min() == pytest.approx(50 * 2.56, abs=2)
    with pytest.raises(ValueError, match="does not fit"):
        mask_to_store_space(mask, (0, 0, 300, 100))
