"""Localisation scores of saliency maps against lesion masks, with their chance levels."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import torch

from modeling.bags import BreastBagDataset, build_bags, load_tables
from modeling.localisation import (
    cell_bounds,
    lesion_cells,
    localisation_table,
    mean_bootstrap_ci,
    score_localisation,
    summarise,
    wilson_interval,
)
from modeling.synthetic import make_synthetic_dataset
from tests.modeling.test_saliency import BrightnessModel, CornerModel

torch.set_num_threads(1)


def _mask() -> np.ndarray:
    mask = np.zeros((256, 256), bool)
    mask[64:128, 128:192] = True  # exactly cell (1, 2) of a 4 x 4 map (64 px cells)
    return mask


def test_cell_bounds_split_pixels_into_equal_blocks():
    assert cell_bounds(3, 256).tolist() == [0, 85, 171, 256]
    assert cell_bounds(8, 256).tolist() == list(range(0, 257, 32))


def test_lesion_cells_mark_cells_with_any_lesion_pixel():
    cells = lesion_cells(_mask(), (4, 4))
    assert cells.sum() == 1 and cells[1, 2]
    straddling = np.zeros((256, 256), bool)
    straddling[60:70, 60:70] = True  # touches four 64 px cells
    assert lesion_cells(straddling, (4, 4)).sum() == 4


def test_a_map_on_the_lesion_scores_everywhere_and_a_corner_map_nowhere():
    on = np.zeros((4, 4), np.float32)
    on[1, 2] = 1.0
    s = score_localisation(on, _mask())
    assert s.peak_hit and s.cell_hit and s.pixel_auroc > 0.95
    assert s.area_fraction == pytest.approx(64 * 64 / 256**2) and s.cell_chance == pytest.approx(1 / 16)
    corner = np.zeros((4, 4), np.float32)
    corner[3, 0] = 1.0
    s = score_localisation(corner, _mask())
    assert not s.peak_hit and not s.cell_hit and s.pixel_auroc < 0.5
    flat = score_localisation(np.full((4, 4), 0.3, np.float32), _mask())
    assert flat.pixel_auroc == pytest.approx(0.5)


def test_cell_hit_sees_a_small_lesion_between_upsampled_peaks():
    # 3 x 3 map: the upsampled peak of cell (0, 0) is at pixel ~(42, 42); a lesion in the cell's
    # corner is missed by the peak but found by the arg-max cell
    mask = np.zeros((256, 256), bool)
    mask[2:20, 2:20] = True
    m = np.zeros((3, 3), np.float32)
    m[0, 0] = 1.0
    s = score_localisation(m, mask)
    assert not s.peak_hit and s.cell_hit


def test_invalid_inputs_are_refused():
    with pytest.raises(ValueError, match="non-empty"):
        score_localisation(np.zeros((4, 4)), np.zeros((256, 256), bool))
    with pytest.raises(ValueError, match="whole image"):
        score_localisation(np.zeros((4, 4)), np.ones((256, 256), bool))
    with pytest.raises(ValueError, match="2-D"):
        score_localisation(np.zeros((2, 4, 4)), _mask())


def test_wilson_interval_matches_known_values():
    lo, hi = wilson_interval(5, 10)
    assert lo == pytest.approx(0.2366, abs=1e-4) and hi == pytest.approx(0.7634, abs=1e-4)
    lo, hi = wilson_interval(0, 10)
    assert lo == 0.0 and hi == pytest.approx(0.2775, abs=1e-4)
    with pytest.raises(ValueError):
        wilson_interval(0, 0)


def test_localisation_table_and_summary_on_synthetic_lesions(tmp_path):
    data = make_synthetic_dataset(tmp_path / "syn", n_patients=3, images_per_breast=(2, 3))
    bags = build_bags(*load_tables(data.tables_dir))
    ds = BreastBagDataset(bags, data.store_dir, train=False, image_size=64)
    lesions = {u: (data.lesion_kind[u], m) for u, m in data.masks.items()}
    bright = localisation_table(BrightnessModel(), ds, lesions)
    assert len(bright) == 2 * len(lesions) and set(bright["map"]) == {"benign", "malignant"}
    summary = summarise(bright)
    assert summary["peak_hit"] == 1.0 and summary["cell_hit"] == 1.0 and summary["pixel_auroc"] > 0.9
    assert summary["peak_hit_chance"] < 0.5 and summary["peak_hit_ci_low"] > summary["peak_hit_chance"]
    assert summary["pixel_auroc_ci_low"] <= summary["pixel_auroc"] <= summary["pixel_auroc_ci_high"]
    assert summary["pixel_auroc_ci_low"] > 0.5
    corner = localisation_table(CornerModel(), ds, lesions)
    assert corner["peak_hit"].sum() == 0
    assert summarise([score_localisation(np.eye(4, dtype=np.float32), _mask())])["n_images"] == 1
    with pytest.raises(ValueError, match="no images"):
        summarise([])


def test_pixel_auroc_interval_resamples_breasts_not_images():
    # two breasts of 50 identical images each: 100 "independent" images give a narrow interval
    # around 0.5, but there are only two breasts, so the honest interval spans both values
    values = np.array([0.2] * 50 + [0.8] * 50)
    breasts = np.array(["a"] * 50 + ["b"] * 50)
    lo, hi = mean_bootstrap_ci(values)
    assert 0.4 < lo < 0.5 < hi < 0.6
    lo, hi = mean_bootstrap_ci(values, breasts)
    assert lo == pytest.approx(0.2) and hi == pytest.approx(0.8)
    assert mean_bootstrap_ci(np.full(7, 0.7)) == pytest.approx((0.7, 0.7))


def test_summary_interval_uses_the_breast_columns_when_present():
    rows = [{"exam_uid": "e1", "laterality": lat, "peak_hit": True, "area_fraction": 0.1, "cell_hit": True,
             "cell_chance": 0.2, "pixel_auroc": v} for lat, v in [("L", 0.9)] * 20 + [("R", 0.3)] * 20]
    frame = pd.DataFrame(rows)
    by_breast = summarise(frame)
    by_image = summarise(frame.drop(columns=["exam_uid", "laterality"]))
    assert by_breast["pixel_auroc"] == pytest.approx(0.6) == by_image["pixel_auroc"]
    assert by_breast["pixel_auroc_ci_high"] - by_breast["pixel_auroc_ci_low"] > \
        2 * (by_image["pixel_auroc_ci_high"] - by_image["pixel_auroc_ci_low"])
