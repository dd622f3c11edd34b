"""BUSI-layout external test on a tiny synthetic folder made here with PIL."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PIL import Image
from sklearn.metrics import roc_auc_score

from core.errors import UserError
from evaluation.busi import evaluate_busi, list_busi_images, score_images


@pytest.fixture()
def busi(tmp_path):
    rng = np.random.default_rng(0)
    for cls, n, level in (("benign", 6, 80), ("malignant", 5, 170), ("normal", 4, 40)):
        (tmp_path / cls).mkdir()
        for i in range(n):
            img = np.clip(rng.normal(level, 25, (32, 32)), 0, 255).astype(np.uint8)
            Image.fromarray(img).save(tmp_path / cls / f"{cls} ({i + 1}).png")
            if cls != "normal":
                Image.fromarray((img > level).astype(np.uint8) * 255).save(tmp_path / cls / f"{cls} ({i + 1})_mask.png")
        if cls == "malignant":  # a second mask of image 1, and a stray non-image file
            Image.fromarray(np.zeros((32, 32), np.uint8)).save(tmp_path / cls / f"{cls} (1)_mask_1.png")
            (tmp_path / cls / "notes.txt").write_text("x")
    return tmp_path


def test_lists_images_and_pairs_masks(busi):
    df = list_busi_images(busi)
    assert len(df) == 15 and not df["path"].str.contains("_mask").any()
    assert df.groupby("category").size().to_dict() == {"benign": 6, "malignant": 5, "normal": 4}
    m1 = df.set_index("image_id").loc["malignant/malignant (1)", "mask_paths"]
    assert len(m1) == 2 and all("_mask" in p for p in m1)
    assert (df[df.category == "normal"]["mask_paths"].map(len) == 0).all()
    assert df["label"].sum() == 5


def test_model_scoring_and_evaluation(busi):
    scored = score_images(list_busi_images(busi), model=lambda a: float(a.mean()) / 255)
    res = evaluate_busi(scored, n_boot=100).set_index("task")
    expected = roc_auc_score(scored["label"], scored["score"])
    assert res.loc["malignant vs benign+normal", "auroc"] == pytest.approx(expected)
    assert res.loc["malignant vs benign", "n"] == 11
    assert res.loc["malignant vs benign", "auroc"] == 1.0


def test_scores_csv(busi, tmp_path):
    imgs = list_busi_images(busi)
    csv = tmp_path / "scores.csv"
    pd.DataFrame({"image_id": imgs["image_id"], "score": imgs["label"] * 0.5 + 0.1}).to_csv(csv, index=False)
    res = evaluate_busi(score_images(imgs, scores_csv=csv), n_boot=50).set_index("task")
    assert res.loc["malignant vs benign+normal", "auroc"] == 1.0
    pd.DataFrame({"image_id": ["benign/benign (1)"], "score": [0.1]}).to_csv(csv, index=False)
    with pytest.raises(UserError, match="no score"):
        score_images(imgs, scores_csv=csv)


def test_errors(tmp_path):
    with pytest.raises(UserError, match="not found"):
        list_busi_images(tmp_path / "missing")
    with pytest.raises(UserError, match="class folders"):
        list_busi_images(tmp_path)
