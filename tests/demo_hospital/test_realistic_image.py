"""The realistic renderer: masks on the lesion, designed posterior features visible in the pixels."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from demo_hospital.lesion_catalogue import design_lesion
from demo_hospital.realistic_image import RealisticView, ScannerSettings, render_realistic_view, scanner_settings


def _below_over_beside(px: np.ndarray, mask: np.ndarray) -> float:
    ys, xs = np.nonzero(mask)
    y1, x0, x1 = ys.max(), xs.min(), xs.max()
    w = x1 - x0 + 1
    band = px[y1 + 3: y1 + 40].astype(float)
    xc = (x0 + x1) // 2
    below = band[:, xc - w // 4: xc + w // 4 + 1]
    beside = np.concatenate([band[:, max(x0 - w, 0): max(x0 - w // 3, 1)], band[:, x1 + w // 3: x1 + w]], axis=1)
    return float(below.mean() / beside.mean())


def _render(design, seed: int, scanner: ScannerSettings | None = None):
    view = RealisticView(fov="linear", depth_cm=4.0, lesion=design, scanner=scanner or ScannerSettings())
    return render_realistic_view(360, 480, view, np.random.default_rng(seed))


@pytest.mark.parametrize("fov", ["linear", "sector"])
def test_contract_zero_outside_the_field_of_view_and_mask_inside(fov: str) -> None:
    rng = np.random.default_rng(1)
    view = RealisticView(fov=fov, depth_cm=3.5, lesion=design_lesion(rng, "carcinoma_irregular"),
                         scanner=scanner_settings(rng), ligament_shadows=2)
    px, inside, mask = render_realistic_view(300, 420, view, rng)
    assert px.dtype == np.uint8 and px.shape == inside.shape == mask.shape == (300, 420)
    assert (px[~inside] == 0).all() and (px[inside] >= 1).all()
    assert mask.sum() > 100 and not (mask & ~inside).any()


def test_same_seed_same_pixels() -> None:
    d = design_lesion(np.random.default_rng(2), "fibroadenoma")
    a, _, ma = _render(d, 5)
    b, _, mb = _render(d, 5)
    assert (a == b).all() and (ma == mb).all()


def test_designed_shadow_darkens_what_lies_behind_and_enhancement_brightens_it() -> None:
    base = design_lesion(np.random.default_rng(4), "carcinoma_circumscribed")
    base = replace(base, depth=0.35, lateral=0.0, width_mm=10.0, aspect=0.7, edge_shadows=False)
    ratios = {}
    for posterior, strength in (("shadowing", 0.85), ("none", 0.0), ("enhancement", 1.0)):
        d = replace(base, posterior=posterior, posterior_strength=strength)
        ratios[posterior] = np.mean([_below_over_beside(*_render(d, s)[::2]) for s in range(6)])
    assert ratios["shadowing"] < 0.7 < ratios["none"] < 1.2 < ratios["enhancement"]


def test_orientation_follows_the_design() -> None:
    base = replace(design_lesion(np.random.default_rng(6), "fibroadenoma"), tilt=0.0, depth=0.4, width_mm=12.0)
    for aspect in (0.5, 1.3):
        _, _, mask = _render(replace(base, aspect=aspect), 0)
        ys, xs = np.nonzero(mask)
        assert ((ys.max() - ys.min()) > (xs.max() - xs.min())) == (aspect > 1)


def test_anechoic_cyst_is_darker_than_a_hypoechoic_solid_mass() -> None:
    rng = np.random.default_rng(8)
    cyst = replace(design_lesion(rng, "simple_cyst"), depth=0.4, width_mm=12.0)
    solid = replace(cyst, kind="fibroadenoma", echo="hypoechoic")
    means = []
    for d in (cyst, solid):
        px, _, mask = _render(d, 3)
        means.append(px[mask].mean())
    assert means[0] < means[1]


def test_settings_validate() -> None:
    with pytest.raises(ValueError, match="sliders"):
        ScannerSettings(tgc_db=(0.0, 1.0))
    with pytest.raises(ValueError, match="fov"):
        RealisticView(fov="convex")
