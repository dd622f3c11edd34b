"""External test on a BUSI-layout folder (Al-Dhabyani et al. 2020): image-level evaluation.

Layout: ``ROOT/benign/*.png``, ``ROOT/malignant/*.png``, ``ROOT/normal/*.png``; files named
``<stem>_mask.png`` / ``<stem>_mask_1.png`` are lesion masks, never images: they are paired to
their image (same folder, same stem) and excluded from scoring. The paper reports image-level
AUROC for malignant vs (benign + normal) (0.911) on 780 images; we also report benign vs
malignant only (normal images excluded).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
from PIL import Image

from core.errors import UserError
from evaluation.bootstrap import auc_bootstrap

CLASSES = ("benign", "malignant", "normal")
# An image-scores table (``sonolabel score-images``): one row per image of a BUSI-layout folder.
IMAGE_SCORE_COLUMNS = ("image_id", "category", "score")
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff"}
_MASK = re.compile(r"^(?P<stem>.+?)_mask(?:_\d+)?$", re.IGNORECASE)


def list_busi_images(root: str | Path) -> pd.DataFrame:
    """One row per image: ``image_id`` (``class/stem``), ``path``, ``category``, ``label``
    (1 = malignant), ``mask_paths`` (list, possibly empty). Masks without an image are ignored."""
    root = Path(root)
    if not root.is_dir():
        raise UserError(f"BUSI folder not found: {root}")
    present = [c for c in CLASSES if (root / c).is_dir()]
    if not present:
        raise UserError(f"{root} has none of the BUSI class folders {CLASSES}")
    rows = []
    for cls in present:
        images: dict[str, Path] = {}
        masks: dict[str, list[str]] = {}
        for f in sorted((root / cls).iterdir()):
            if not f.is_file() or f.suffix.lower() not in IMAGE_SUFFIXES:
                continue
            m = _MASK.match(f.stem)
            if m:
                masks.setdefault(m.group("stem"), []).append(str(f))
            else:
                images[f.stem] = f
        for stem, f in images.items():
            rows.append({"image_id": f"{cls}/{stem}", "path": str(f), "category": cls,
                         "label": int(cls == "malignant"), "mask_paths": masks.get(stem, [])})
    return pd.DataFrame(rows, columns=["image_id", "path", "category", "label", "mask_paths"])


def score_images(images: pd.DataFrame, model: Callable[[np.ndarray], float] | None = None,
                 scores_csv: str | Path | None = None) -> pd.DataFrame:
    """Attach a ``score`` per image: from ``model(grayscale uint8 array)`` or a CSV with
    ``image_id`` (``class/stem``, or just the file name) and ``score``."""
    if (model is None) == (scores_csv is None):
        raise ValueError("give exactly one of model or scores_csv")
    out = images.copy()
    if model is not None:
        out["score"] = [float(model(np.asarray(Image.open(p).convert("L")))) for p in out["path"]]
        return out
    p = Path(scores_csv)
    if not p.exists():
        raise UserError(f"scores file not found: {p}")
    sc = pd.read_csv(p)
    if not {"image_id", "score"} <= set(sc.columns):
        raise UserError("BUSI scores CSV needs columns 'image_id' and 'score'")
    by_id = dict(zip(sc["image_id"].astype(str), sc["score"].astype(float)))
    names = out["path"].map(lambda s: Path(s).name)
    out["score"] = [by_id.get(i, by_id.get(n, np.nan)) for i, n in zip(out["image_id"], names)]
    missing = out["score"].isna().sum()
    if missing:
        raise UserError(f"{missing} BUSI images have no score (first: {out.loc[out.score.isna(), 'image_id'].iloc[0]})")
    return out


def evaluate_busi(scored: pd.DataFrame, n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """AUROC/AUPRC with CIs: malignant vs rest (paper), malignant vs benign, abnormal vs normal."""
    tasks = [
        ("malignant vs benign+normal", scored, scored["label"]),
        ("malignant vs benign", scored[scored.category != "normal"], scored.loc[scored.category != "normal", "label"]),
        ("lesion (benign+malignant) vs normal", scored, (scored.category != "normal").astype(int)),
    ]
    rows = []
    for name, sub, y in tasks:
        y = np.asarray(y).astype(int)
        row = {"task": name, "n": len(sub), "n_positive": int(y.sum())}
        if 0 < y.sum() < len(y):
            ci = auc_bootstrap(y, sub["score"].to_numpy(float), n_boot=n_boot, seed=seed)
            for m in ("auroc", "auprc"):
                row.update({m: ci[m].point, f"{m}_low": ci[m].low, f"{m}_high": ci[m].high})
        rows.append(row)
    return pd.DataFrame(rows)


def is_image_scores(frame: pd.DataFrame) -> bool:
    """Whether a table is image-level scores of a BUSI-layout folder (``image_id, category, score``)
    rather than breast-level predictions."""
    return set(IMAGE_SCORE_COLUMNS) <= set(frame.columns) and "breast_id" not in frame.columns \
        and "exam_uid" not in frame.columns


def image_scores_as_predictions(frame: pd.DataFrame) -> pd.DataFrame:
    """Image scores -> the predictions layout: ``breast_id`` = ``image_id``, ``label`` = 1 for the
    ``malignant`` folder (the folder is the ground truth). Rows without a score (an unreadable
    image, ``error`` set) are left for :func:`evaluation.predictions.normalise_predictions` to drop."""
    bad = sorted(set(frame["category"].astype(str)) - set(CLASSES))
    if bad:
        raise UserError(f"image scores: unknown category {bad[0]!r} (expected one of {CLASSES})")
    out = frame.copy()
    out.insert(0, "breast_id", out["image_id"].astype(str))
    out["label"] = (out["category"].astype(str) == "malignant").astype(int)
    return out
