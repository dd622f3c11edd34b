"""Saliency overlays on the case page when the workbench is given a training run."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import torch
from PIL import Image
from tiny_dataset import E1

from modeling.config import config_from_dict, save_config
from modeling.run_folder import build_model
from review.app import create_app
from review.saliency import SaliencyMaps

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about its httpx-based client
    from fastapi.testclient import TestClient


def _run_folder(path: Path) -> Path:
    """A run folder with an untrained model (the overlay path, not the model, is under test)."""
    torch.manual_seed(0)
    cfg = config_from_dict({"data": {"image_size": 64}})
    save_config(cfg, path / "config.yaml")
    torch.save({"model": build_model(cfg).state_dict()}, path / "best.pt")
    return path


def test_overlays_are_served_per_image_and_the_breast_is_scored_once(tiny_out: Path, tmp_path: Path) -> None:
    maps = SaliencyMaps(_run_folder(tmp_path / "run"), tiny_out / "image_store")
    client = TestClient(create_app(tiny_out, saliency=maps), base_url="http://127.0.0.1:8765")
    html = client.get(f"/case/manual_review/{E1}/R").text
    assert html.count('data-src="/saliency/') == 2 and "press s" in html
    for k in (0, 1):
        r = client.get(f"/saliency/{E1}/R/{k}.png")
        assert r.status_code == 200 and r.headers["content-type"] == "image/png"
        image = Image.open(io.BytesIO(r.content))
        assert image.size == (256, 256) and image.mode == "RGB"
    assert list(maps._cache) == [(E1, "R")]
    assert client.get(f"/saliency/{E1}/R/2.png").status_code == 404
