"""Breast bags (exam x breast) from the curated tables, read from the image store.

A bag is every kept image of one breast (``images.laterality``) in one exam, labelled from
``breast_labels`` (benign, malignant) and assigned the patient's ``splits.split``. Images are
read from the store shards (``OUT/image_store/<store_shard>.npy``, ``(N, 256, 256) uint8``) with
``np.load(mmap_mode="r")``: one memory map per shard per process (DataLoader workers open their
own lazily, after the fork), so loading is a zero-copy slice plus the augmentation.

Randomness (augmentation, the image subset of an over-long bag) is a pure function of
``(seed, epoch, bag index)``: the sampler yields ``(index, epoch)`` keys, so results do not depend
on the number of workers and a resumed run sees exactly the images a straight run would.

Image cap: a bag with more than ``max_images`` images is reduced, at train time, to a random
subset of ``max_images`` (a fresh subset each epoch; it bounds memory and step time, the paper's
exams have up to 70 images). At evaluation ``max_images`` (if set) keeps an evenly spaced,
deterministic subset; by default evaluation uses every image.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from torch.utils.data import Dataset, DistributedSampler, Sampler
from torchvision.transforms import v2

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)
SPLITS = ("train", "val", "test")


@dataclass(frozen=True)
class Bag:
    """One breast in one exam: its images' store locations and its labels."""

    exam_uid: str
    patient_uid: str
    laterality: str
    split: str
    label_benign: int
    label_malignant: int
    image_uids: tuple[str, ...]
    shards: tuple[str, ...]
    indices: tuple[int, ...]

    @property
    def n_images(self) -> int:
        return len(self.indices)


def load_tables(tables_dir: str | os.PathLike) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Read ``images``, ``breast_labels`` and ``splits`` Parquet tables from ``tables_dir``."""
    tables_dir = Path(tables_dir)
    out = []
    for name in ("images", "breast_labels", "splits"):
        path = tables_dir / f"{name}.parquet"
        if not path.is_file():
            raise FileNotFoundError(f"missing curated table {path}")
        out.append(pd.read_parquet(path))
    return out[0], out[1], out[2]


def build_bags(
    images: pd.DataFrame,
    breast_labels: pd.DataFrame,
    splits: pd.DataFrame,
    missing_label: str = "negative",
) -> list[Bag]:
    """Group images by (exam_uid, laterality) and attach labels and splits.

    ``missing_label``: what to do with a breast that has images but no ``breast_labels`` row:
    ``"negative"`` (no pathology in the window means no finding, the paper's convention) or
    ``"drop"``. Breasts of patients without a split are dropped (they are not in the study), and
    so are breasts whose label needs review (``label_state`` ``needs_review``: never trained or
    tested on as labelled).
    Bags are ordered by (split, exam_uid, laterality) and images by ``image_uid``.
    """
    if missing_label not in ("negative", "drop"):
        raise ValueError(f"missing_label must be 'negative' or 'drop', got {missing_label!r}")
    need = {"image_uid", "patient_uid", "exam_uid", "laterality", "store_shard", "store_index"}
    if missing := need - set(images.columns):
        raise ValueError(f"images table lacks columns {sorted(missing)}")
    if missing := {"exam_uid", "laterality", "benign", "malignant"} - set(breast_labels.columns):
        raise ValueError(f"breast_labels table lacks columns {sorted(missing)}")
    if missing := {"patient_uid", "split"} - set(splits.columns):
        raise ValueError(f"splits table lacks columns {sorted(missing)}")
    if bad := set(splits["split"]) - set(SPLITS):
        raise ValueError(f"unknown split values {sorted(bad)}")
    split_of = dict(zip(splits["patient_uid"].astype(str), splits["split"].astype(str)))
    labels = {
        (str(e), str(side)): (int(b), int(m))
        for e, side, b, m in zip(
            breast_labels["exam_uid"], breast_labels["laterality"], breast_labels["benign"], breast_labels["malignant"]
        )
    }
    in_review = set()
    if "label_state" in breast_labels.columns:
        queue = breast_labels.loc[breast_labels["label_state"] == "needs_review"]
        in_review = set(zip(queue["exam_uid"].astype(str), queue["laterality"].astype(str), strict=True))
    imgs = images[images["laterality"].isin(["L", "R"])].sort_values(["exam_uid", "laterality", "image_uid"])
    bags: list[Bag] = []
    for (exam, lat), grp in imgs.groupby(["exam_uid", "laterality"], sort=True):
        patient = str(grp["patient_uid"].iloc[0])
        split = split_of.get(patient)
        if split is None or (str(exam), str(lat)) in in_review:
            continue
        lab = labels.get((str(exam), str(lat)))
        if lab is None:
            if missing_label == "drop":
                continue
            lab = (0, 0)
        bags.append(
            Bag(
                exam_uid=str(exam),
                patient_uid=patient,
                laterality=str(lat),
                split=split,
                label_benign=lab[0],
                label_malignant=lab[1],
                image_uids=tuple(grp["image_uid"].astype(str)),
                shards=tuple(grp["store_shard"].astype(str)),
                indices=tuple(int(i) for i in grp["store_index"]),
            )
        )
    bags.sort(key=lambda b: (SPLITS.index(b.split), b.exam_uid, b.laterality))
    return bags


class ShardCache:
    """One read-only memory map per shard per process (re-opened after a fork)."""

    def __init__(self, store_dir: str | os.PathLike) -> None:
        self.store_dir = Path(store_dir)
        self._pid = -1
        self._maps: dict[str, np.ndarray] = {}

    def shard_path(self, shard: str) -> Path:
        return self.store_dir / (shard if shard.endswith(".npy") else f"{shard}.npy")

    def get(self, shard: str) -> np.ndarray:
        if self._pid != os.getpid():
            self._maps, self._pid = {}, os.getpid()
        arr = self._maps.get(shard)
        if arr is None:
            path = self.shard_path(shard)
            if not path.is_file():
                raise FileNotFoundError(f"image store shard {path} is missing")
            arr = np.load(path, mmap_mode="r")
            if arr.ndim != 3 or arr.dtype != np.uint8:
                raise ValueError(f"shard {path} must be (N, H, W) uint8, got {arr.shape} {arr.dtype}")
            self._maps[shard] = arr
        return arr

    def __getstate__(self) -> dict:  # memory maps are not pickled into workers
        return {"store_dir": self.store_dir, "_pid": -1, "_maps": {}}

    def read(self, shards: Sequence[str], indices: Sequence[int]) -> np.ndarray:
        return np.stack([self.get(s)[i] for s, i in zip(shards, indices)])


def train_transform(image_size: int, mean: Sequence[float], std: Sequence[float]) -> v2.Compose:
    """The paper's augmentation: flip, rotation, translation, scale, shear, bilinear resize, normalise.

    Shear is +-25 degrees along x (torchvision's ``shear=25``). Inputs are ``(1, H, W) uint8``;
    outputs ``(3, S, S) float32`` (grayscale repeated to the 3 ResNet channels).
    """
    return v2.Compose(
        [
            v2.RandomHorizontalFlip(p=0.5),
            v2.RandomAffine(
                degrees=45,
                translate=(0.1, 0.1),
                scale=(0.7, 1.5),
                shear=25,
                interpolation=v2.InterpolationMode.BILINEAR,
            ),
            *eval_transform(image_size, mean, std).transforms,
        ]
    )


def eval_transform(image_size: int, mean: Sequence[float], std: Sequence[float]) -> v2.Compose:
    """Bilinear resize to ``image_size`` and normalise, no augmentation."""
    return v2.Compose(
        [
            v2.Resize((image_size, image_size), interpolation=v2.InterpolationMode.BILINEAR, antialias=True),
            v2.RGB(),
            v2.ToDtype(torch.float32, scale=True),
            v2.Normalize(mean=list(mean), std=list(std)),
        ]
    )


def item_rng(seed: int, epoch: int, index: int) -> np.random.Generator:
    """The random stream of one bag in one epoch (independent of workers and resume)."""
    return np.random.default_rng([seed, epoch, index])


class BreastBagDataset(Dataset):
    """Breast bags as ``{"images": (K, 3, S, S) float, "labels": (2,) [benign, malignant], "index": i}``.

    Args:
        bags: the bags to serve (e.g. one split of :func:`build_bags`).
        store_dir: the image store folder holding ``<shard>.npy`` files.
        train: apply the paper's augmentation and the random image cap.
        image_size: output side ``S`` (paper: 256).
        max_images: cap on images per bag (see the module docstring); ``None`` = no cap.
        seed: base seed of the per-(epoch, bag) random streams.
        mean, std: per-channel normalisation (default ImageNet, matching user-supplied
            ImageNet weights; harmless from scratch).

    Items are addressed by ``index`` or by ``(index, epoch)`` (see :class:`EpochKeyedSampler`).
    """

    def __init__(
        self,
        bags: Sequence[Bag],
        store_dir: str | os.PathLike,
        train: bool = False,
        image_size: int = 256,
        max_images: int | None = None,
        seed: int = 0,
        mean: Sequence[float] = IMAGENET_MEAN,
        std: Sequence[float] = IMAGENET_STD,
    ) -> None:
        if isinstance(image_size, bool) or not isinstance(image_size, int) or image_size < 32:
            raise ValueError(f"image_size must be an integer >= 32 (ResNet-18 downsamples 32x), got {image_size!r}")
        if max_images is not None and (isinstance(max_images, bool) or not isinstance(max_images, int) or max_images < 1):
            raise ValueError(f"max_images must be a positive integer or None, got {max_images!r}")
        if len(mean) != 3 or len(std) != 3 or any(s <= 0 for s in std):
            raise ValueError(f"mean and std need 3 values each, std > 0; got {mean}, {std}")
        if any(b.n_images == 0 for b in bags):
            raise ValueError("every bag needs at least one image")
        self.bags = list(bags)
        self.store = ShardCache(store_dir)
        self.train = bool(train)
        self.image_size = image_size
        self.max_images = max_images
        self.seed = int(seed)
        self.transform = (train_transform if train else eval_transform)(image_size, mean, std)

    def __len__(self) -> int:
        return len(self.bags)

    def select(self, bag: Bag, rng: np.random.Generator) -> np.ndarray:
        """Positions of the bag's images to load (all, or a capped subset)."""
        n = bag.n_images
        if self.max_images is None or n <= self.max_images:
            return np.arange(n)
        if self.train:
            return np.sort(rng.choice(n, size=self.max_images, replace=False))
        return np.unique(np.linspace(0, n - 1, self.max_images).round().astype(int))

    def __getitem__(self, key: int | tuple[int, int]) -> dict:
        index, epoch = (key, 0) if isinstance(key, (int, np.integer)) else (int(key[0]), int(key[1]))
        bag = self.bags[index]
        rng = item_rng(self.seed, epoch, index)
        pos = self.select(bag, rng)
        raw = torch.from_numpy(self.store.read([bag.shards[p] for p in pos], [bag.indices[p] for p in pos]))
        raw = raw.unsqueeze(1)  # (K, 1, H, W) uint8
        if self.train:
            with torch.random.fork_rng(devices=[]):
                torch.manual_seed(int(rng.integers(0, 2**63 - 1)))
                images = torch.stack([self.transform(img) for img in raw])
        else:
            images = self.transform(raw)
        labels = torch.tensor([bag.label_benign, bag.label_malignant], dtype=torch.float32)
        return {"images": images, "labels": labels, "index": index}


@dataclass
class BagBatch:
    """A padded batch of bags: ``images (B, K, 3, S, S)``, ``mask (B, K)``, ``labels (B, 2)``."""

    images: torch.Tensor
    mask: torch.Tensor
    labels: torch.Tensor
    indices: torch.Tensor

    def to(self, device: torch.device | str, non_blocking: bool = False) -> BagBatch:
        return BagBatch(*(t.to(device, non_blocking=non_blocking) for t in (self.images, self.mask, self.labels, self.indices)))

    def pin_memory(self) -> BagBatch:
        return BagBatch(*(t.pin_memory() for t in (self.images, self.mask, self.labels, self.indices)))

    @property
    def n_images(self) -> int:
        return int(self.mask.sum())


def collate_bags(items: Sequence[dict]) -> BagBatch:
    """Pad bags to the longest one in the batch; ``mask`` marks the real images."""
    if not items:
        raise ValueError("cannot collate an empty batch")
    k = max(it["images"].shape[0] for it in items)
    first = items[0]["images"]
    images = first.new_zeros((len(items), k) + tuple(first.shape[1:]))
    mask = torch.zeros(len(items), k, dtype=torch.bool)
    for i, it in enumerate(items):
        n = it["images"].shape[0]
        images[i, :n] = it["images"]
        mask[i, :n] = True
    labels = torch.stack([it["labels"] for it in items])
    indices = torch.tensor([it["index"] for it in items], dtype=torch.long)
    return BagBatch(images, mask, labels, indices)


class EpochKeyedSampler(Sampler):
    """A :class:`DistributedSampler` (one replica unless under torchrun) yielding ``(index, epoch)``.

    The sampler lives in the main process, so ``set_epoch`` reaches persistent workers through
    the keys they receive.
    """

    def __init__(self, n: int, shuffle: bool, seed: int, num_replicas: int = 1, rank: int = 0) -> None:
        self.inner = DistributedSampler(
            range(n), num_replicas=num_replicas, rank=rank, shuffle=shuffle, seed=seed, drop_last=False
        )
        self.epoch = 0

    def set_epoch(self, epoch: int) -> None:
        self.epoch = int(epoch)
        self.inner.set_epoch(epoch)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return ((int(i), self.epoch) for i in self.inner)

    def __len__(self) -> int:
        return len(self.inner)


def make_loader(
    dataset: BreastBagDataset,
    batch_size: int,
    shuffle: bool,
    seed: int = 0,
    num_workers: int = 0,
    pin_memory: bool = False,
    num_replicas: int = 1,
    rank: int = 0,
) -> torch.utils.data.DataLoader:
    """A DataLoader over bags: epoch-keyed sampler, masked collate, persistent workers.

    ``pin_memory`` should be on only when training on CUDA. Call ``loader.sampler.set_epoch``
    before each epoch.
    """
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
    if num_workers < 0:
        raise ValueError(f"num_workers must be >= 0, got {num_workers}")
    sampler = EpochKeyedSampler(len(dataset), shuffle=shuffle, seed=seed, num_replicas=num_replicas, rank=rank)
    return torch.utils.data.DataLoader(
        dataset,
        batch_size=batch_size,
        sampler=sampler,
        collate_fn=collate_bags,
        num_workers=num_workers,
        persistent_workers=num_workers > 0,
        pin_memory=pin_memory,
        prefetch_factor=4 if num_workers > 0 else None,
    )
