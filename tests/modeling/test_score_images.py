"""``sonolabel score-images``: a BUSI-layout folder rendered from a tiny trained run's image store is
scored exactly as the training pipeline scores the same images, masks are skipped, an ensemble
averages its members, and ``sonolabel evaluate`` turns the scores into image-level AUROCs."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pandas as pd
import pytest
import torch
from PIL import Image
from typer.testing import CliRunner

from core.errors import UserError
from modeling.bags import Bag, BreastBagDataset, build_bags, load_tables, make_loader
from modeling.config import config_from_dict
from modeling.predict import predict_scores
from modeling.run_folder import RunFolder
from modeling.score_images import score_folder, store_image
from modeling.synthetic import make_synthetic_dataset
from modeling.train import fit

torch.set_num_threads(1)


def _config(seed: int):
    return config_from_dict({"seed": seed, "device": "cpu", "threads": 1, "data": {"image_size": 64},
                             "optim": {"lr": 1e-3, "epochs": 1, "batch_size": 4}, "loader": {"num_workers": 0}})


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    root = tmp_path_factory.mktemp("score")
    data = make_synthetic_dataset(root / "syn", n_patients=6, images_per_breast=(1, 3), seed=2)
    bags = build_bags(*load_tables(data.tables_dir))
    runs = [root / "run_a", root / "run_b"]
    for seed, run in enumerate(runs):
        fit(_config(seed), bags, data.store_dir, run, log=lambda s: None)
    return data, runs, root


@pytest.fixture(scope="module")
def busi(trained):
    """Every store image as a PNG in the class folder of its lesion, a mask beside each lesion image,
    one RGB copy, and one unreadable file."""
    data, _, root = trained
    folder = root / "busi"
    images = pd.read_parquet(data.tables_dir / "images.parquet")
    kept = []
    for i, r in enumerate(images.itertuples()):
        kind = data.lesion_kind.get(r.image_uid, "normal")
        (folder / kind).mkdir(parents=True, exist_ok=True)
        pixels = np.load(data.store_dir / f"{r.store_shard}.npy", mmap_mode="r")[r.store_index]
        stem = f"{kind} ({i})"
        Image.fromarray(np.asarray(pixels)).save(folder / kind / f"{stem}.png")
        if r.image_uid in data.masks:
            Image.fromarray(data.masks[r.image_uid].astype(np.uint8) * 255).save(folder / kind / f"{stem}_mask.png")
        kept.append((f"{kind}/{stem}", r))
    image_id, first = kept[0]
    rgb = np.repeat(np.asarray(Image.open(folder / f"{image_id}.png"))[..., None], 3, axis=2)
    Image.fromarray(rgb).save(folder / f"{image_id} rgb.png")
    kept.append((f"{image_id} rgb", first))
    (folder / "normal" / "broken.png").write_bytes(b"not a png")
    return folder, kept


def _pipeline_scores(data, run, kept) -> dict[str, float]:
    """The same images through the training pipeline: single-image bags of the store."""
    model, cfg = RunFolder(run).load_model()
    bags = [Bag(r.exam_uid, r.patient_uid, r.laterality, "test", 0, 0, (r.image_uid,), (r.store_shard,),
                (int(r.store_index),)) for _, r in kept]
    ds = BreastBagDataset(bags, data.store_dir, image_size=cfg.data.image_size, mean=cfg.data.mean, std=cfg.data.std)
    scores = predict_scores(model, make_loader(ds, 8, shuffle=False))
    return {image_id: scores[i][1] for i, (image_id, _) in enumerate(kept)}


def test_scores_equal_the_training_pipeline_on_the_same_images(trained, busi):
    data, runs, _ = trained
    folder, kept = busi
    scores = score_folder(folder, runs[0], batch_size=5).set_index("image_id")
    assert len(scores) == len(kept) + 1  # every image and the broken file; no mask
    assert not scores["file"].str.contains("_mask").any()
    assert scores.loc["normal/broken", "error"] and np.isnan(scores.loc["normal/broken", "score"])
    want = _pipeline_scores(data, runs[0], kept)
    got = scores.loc[list(want), "score"]
    np.testing.assert_allclose(got.to_numpy(), np.array(list(want.values())), rtol=0, atol=1e-6)
    assert (scores.loc[scores.category == "malignant", "label"] == 1).all()
    assert scores["n_masks"].sum() == len(data.masks)


def test_store_image_is_what_the_store_holds(tmp_path):
    rng = np.random.default_rng(0)
    rgb = rng.integers(0, 256, (300, 420, 3), dtype=np.uint8)
    Image.fromarray(rgb).save(tmp_path / "x.png")
    img = store_image(tmp_path / "x.png")
    assert img.shape == (256, 256) and img.dtype == np.uint8
    luma = np.clip(np.rint(rgb.astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)), 0, 255)
    want = np.asarray(Image.fromarray(luma.astype(np.uint8)).resize((256, 256), Image.BILINEAR))
    assert np.array_equal(img, want)
    # an ultrasound sector on a black frame with a text strip: --crop-region keeps the sector
    frame = np.zeros((400, 500), np.uint8)
    frame[60:360, 100:420] = rng.integers(40, 200, (300, 320), dtype=np.uint8)
    Image.fromarray(frame).save(tmp_path / "framed.png")
    assert store_image(tmp_path / "framed.png", crop_region=True).mean() > store_image(tmp_path / "framed.png").mean()


def test_ensemble_of_a_search_folder_averages_its_members(trained, busi):
    _, runs, root = trained
    folder, _ = busi
    search = root / "search"
    for i, run in enumerate(runs):
        shutil.copytree(run, search / f"trial_{i:03d}", dirs_exist_ok=True)
    (search / "ensemble").mkdir(parents=True, exist_ok=True)
    # recorded as the (relative) paths the search was started with: resolved beside ensemble/
    (search / "ensemble" / "members.json").write_text(json.dumps(
        [{"index": i, "output_dir": f"runs/elsewhere/trial_{i:03d}"} for i in range(2)]))
    singles = [score_folder(folder, run)["score"].to_numpy() for run in runs]
    for target in (search, search / "ensemble"):
        ens = score_folder(folder, target)["score"].to_numpy()
        np.testing.assert_allclose(ens, (singles[0] + singles[1]) / 2, atol=1e-9)
    with pytest.raises(FileNotFoundError, match="members.json"):
        score_folder(folder, root / "syn")


def test_cli_score_images_then_evaluate(trained, busi, tmp_path):
    from sonolabel.cli import app

    _, runs, _ = trained
    folder, kept = busi
    runner = CliRunner()
    csv = tmp_path / "scores.csv"
    r = runner.invoke(app, ["score-images", str(folder), "--run", str(runs[0]), "-o", str(csv)])
    assert r.exit_code == 0, r.output
    assert f"scored {len(kept)} images" in r.output and "1 image(s) could not be read" in r.output
    scores = pd.read_csv(csv, keep_default_na=False)
    assert list(scores.columns) == ["image_id", "file", "category", "label", "n_masks", "score", "score_benign",
                                    "error"]
    html = tmp_path / "report.html"
    r = runner.invoke(app, ["evaluate", str(csv), "--out", str(html), "--n-boot", "30", "--tables", str(tmp_path / "t")])
    assert r.exit_code == 0, r.output
    assert f"({len(kept)} images," in r.output
    text = html.read_text()
    assert "External test (BUSI layout, image level)" in text and "malignant vs benign+normal" in text
    r = runner.invoke(app, ["score-images", str(tmp_path / "nowhere"), "--run", str(runs[0])])
    assert isinstance(r.exception, UserError)
    r = runner.invoke(app, ["score-images", str(folder), "--run", str(tmp_path)])
    assert isinstance(r.exception, UserError)
