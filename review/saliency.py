"""Saliency overlays for the case page when the workbench is given a training run (``--run``).

The run's best model (:meth:`modeling.run_folder.RunFolder.load_model`) scores the breast's bag of
store images (:func:`modeling.saliency.breast_saliency`); each image gets its benign and malignant
maps blended over it. Results of the last few breasts are kept in memory: paging through a
case's images costs one forward pass.
"""

from __future__ import annotations

import io
import os
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np
import pandas as pd
from PIL import Image

from modeling.bags import Bag, BreastBagDataset
from modeling.model import CLASSES
from modeling.run_folder import RunFolder
from modeling.saliency import BreastSaliency, breast_saliency, overlay, upsample

COLOURS = {"benign": (0, 220, 0), "malignant": (255, 30, 30)}


class SaliencyMaps:
    """A loaded model and a small cache of breasts it has scored."""

    def __init__(self, run_dir: str | os.PathLike, store_dir: str | os.PathLike, device: str = "cpu",
                 keep: int = 8) -> None:
        self.run = RunFolder(run_dir)
        self.model, self.cfg = self.run.load_model(device)
        self.store_dir = Path(store_dir)
        self.device = device
        self.keep = keep
        self._cache: OrderedDict[tuple[str, str], BreastSaliency] = OrderedDict()
        self._lock = threading.Lock()  # one forward pass at a time; pages load images in parallel

    @property
    def name(self) -> str:
        return self.run.path.name

    def breast(self, exam_uid: str, laterality: str, images: pd.DataFrame) -> BreastSaliency:
        """The breast's maps (``images``: its ``image_uid, store_shard, store_index`` rows in page order)."""
        key = (exam_uid, laterality)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
            bag = Bag(exam_uid=exam_uid, patient_uid="", laterality=laterality, split="test", label_benign=0,
                      label_malignant=0, image_uids=tuple(images["image_uid"].astype(str)),
                      shards=tuple(images["store_shard"].astype(str)),
                      indices=tuple(int(i) for i in images["store_index"]))
            data = self.cfg.data
            ds = BreastBagDataset([bag], self.store_dir, train=False, image_size=data.image_size,
                                  mean=data.mean, std=data.std)
            sal = breast_saliency(self.model, ds, 0, self.device)
            self._cache[key] = sal
            while len(self._cache) > self.keep:
                self._cache.popitem(last=False)
            return sal

    def overlay_png(self, sal: BreastSaliency, k: int) -> bytes:
        """Image ``k`` with both maps blended over it (benign green, malignant red), as PNG."""
        image = sal.images[k]
        up = upsample(sal.maps[k], image.shape[-2:])
        rgb = overlay(image, up[CLASSES.index("malignant")], COLOURS["malignant"])
        green = overlay(image, up[CLASSES.index("benign")], COLOURS["benign"])
        # the malignant map where it is stronger, else the benign one: both visible on one tile
        strong = (up[CLASSES.index("malignant")] >= up[CLASSES.index("benign")])[..., None]
        blended = np.where(strong, rgb, green)
        buf = io.BytesIO()
        Image.fromarray(blended.astype(np.uint8)).save(buf, format="PNG")
        return buf.getvalue()
