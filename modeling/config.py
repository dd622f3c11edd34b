"""Training configuration: typed dataclasses loaded from YAML or TOML, validated on construction.

A config file has the top-level keys of :class:`TrainConfig` and one mapping per section
(``model``, ``data``, ``optim``, ``loader``, ``search``); unknown keys are an error (a typo
must not silently fall back to a default). See ``configs/demo_cpu.yaml`` and
``configs/paper_gpu.yaml``.
"""

from __future__ import annotations

import dataclasses
import math
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from modeling.bags import IMAGENET_MEAN, IMAGENET_STD
from modeling.pooling import validate_fraction


def _positive_int(name: str, v: Any, allow_none: bool = False) -> None:
    if v is None and allow_none:
        return
    if isinstance(v, bool) or not isinstance(v, int) or v < 1:
        raise ValueError(f"{name} must be a positive integer{' or null' if allow_none else ''}, got {v!r}")


def _positive_float(name: str, v: Any, allow_zero: bool = False) -> None:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0 or (v == 0 and not allow_zero):
        raise ValueError(f"{name} must be a finite number {'>= 0' if allow_zero else '> 0'}, got {v!r}")


def _range(name: str, v: Any) -> tuple[float, float]:
    if not isinstance(v, (list, tuple)) or len(v) != 2 or not all(isinstance(x, (int, float)) for x in v) or v[0] > v[1]:
        raise ValueError(f"{name} must be a [low, high] pair with low <= high, got {v!r}")
    return (float(v[0]), float(v[1]))


@dataclass
class ModelConfig:
    """Model hyperparameters (see :class:`modeling.model.BreastMIL`)."""

    t: float = 0.2
    attention_hidden: int = 128
    weights_path: str | None = None

    def __post_init__(self) -> None:
        self.t = validate_fraction(self.t)
        _positive_int("model.attention_hidden", self.attention_hidden)


@dataclass
class DataConfig:
    """Where the curated tables and the image store are, and how bags are built."""

    tables_dir: str | None = None
    store_dir: str | None = None
    image_size: int = 256
    max_images_train: int | None = 24
    max_images_eval: int | None = None
    missing_label: str = "negative"
    mean: tuple[float, float, float] = IMAGENET_MEAN
    std: tuple[float, float, float] = IMAGENET_STD

    def __post_init__(self) -> None:
        if isinstance(self.image_size, bool) or not isinstance(self.image_size, int) or self.image_size < 32:
            raise ValueError(f"data.image_size must be an integer >= 32, got {self.image_size!r}")
        _positive_int("data.max_images_train", self.max_images_train, allow_none=True)
        _positive_int("data.max_images_eval", self.max_images_eval, allow_none=True)
        if self.missing_label not in ("negative", "drop"):
            raise ValueError(f"data.missing_label must be 'negative' or 'drop', got {self.missing_label!r}")
        self.mean, self.std = tuple(self.mean), tuple(self.std)
        if len(self.mean) != 3 or len(self.std) != 3 or any(s <= 0 for s in self.std):
            raise ValueError("data.mean and data.std need 3 values each (std > 0)")


SALIENCY_REDUCTION_CHOICES = ("sum", "mean")


@dataclass
class OptimConfig:
    """Adam with weight decay; loss = BCE(benign) + BCE(malignant) + beta * L1(saliency).

    ``saliency_reduction``: ``sum`` (the paper: L1 summed over map cells, both maps and the bag's
    images) or ``mean`` (mean over cells and images: ``h * w * K`` times smaller, independent of
    input and bag size); see :func:`modeling.train.saliency_l1`.
    """

    lr: float = 1e-4
    weight_decay: float = 1e-5
    beta: float = 0.01
    epochs: int = 50
    batch_size: int = 8
    saliency_reduction: str = "sum"

    def __post_init__(self) -> None:
        if self.saliency_reduction not in SALIENCY_REDUCTION_CHOICES:
            raise ValueError(f"optim.saliency_reduction must be one of {list(SALIENCY_REDUCTION_CHOICES)}, "
                             f"got {self.saliency_reduction!r}")
        _positive_float("optim.lr", self.lr)
        _positive_float("optim.weight_decay", self.weight_decay, allow_zero=True)
        _positive_float("optim.beta", self.beta, allow_zero=True)
        _positive_int("optim.epochs", self.epochs)
        _positive_int("optim.batch_size", self.batch_size)


@dataclass
class LoaderConfig:
    """DataLoader settings (workers are persistent; pin_memory is on only with CUDA)."""

    num_workers: int = 4
    eval_batch_size: int | None = None

    def __post_init__(self) -> None:
        if isinstance(self.num_workers, bool) or not isinstance(self.num_workers, int) or self.num_workers < 0:
            raise ValueError(f"loader.num_workers must be an integer >= 0, got {self.num_workers!r}")
        _positive_int("loader.eval_batch_size", self.eval_batch_size, allow_none=True)


@dataclass
class SearchConfig:
    """Random search ranges (paper: 30 models; log10 ranges for lr, beta, weight decay)."""

    n_trials: int = 30
    top_k: int = 3
    lr_log10: tuple[float, float] = (-5.5, -4.0)
    beta_log10: tuple[float, float] = (-3.0, 0.5)
    weight_decay_log10: tuple[float, float] = (-6.0, -3.5)
    t: tuple[float, float] = (0.1, 0.5)

    def __post_init__(self) -> None:
        _positive_int("search.n_trials", self.n_trials)
        _positive_int("search.top_k", self.top_k)
        self.lr_log10 = _range("search.lr_log10", self.lr_log10)
        self.beta_log10 = _range("search.beta_log10", self.beta_log10)
        self.weight_decay_log10 = _range("search.weight_decay_log10", self.weight_decay_log10)
        self.t = _range("search.t", self.t)
        for bound in self.t:
            validate_fraction(bound)


@dataclass
class TrainConfig:
    """One training run (or, with ``search``, one random search)."""

    seed: int = 0
    device: str = "auto"  # auto | cpu | cuda | cuda:N
    output_dir: str = "runs/train"
    threads: int | None = None  # torch intra-op threads (None: torch default)
    model: ModelConfig = field(default_factory=ModelConfig)
    data: DataConfig = field(default_factory=DataConfig)
    optim: OptimConfig = field(default_factory=OptimConfig)
    loader: LoaderConfig = field(default_factory=LoaderConfig)
    search: SearchConfig = field(default_factory=SearchConfig)

    def __post_init__(self) -> None:
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or self.seed < 0:
            raise ValueError(f"seed must be an integer >= 0, got {self.seed!r}")
        if not (self.device in ("auto", "cpu", "cuda") or str(self.device).startswith("cuda:")):
            raise ValueError(f"device must be auto, cpu, cuda or cuda:N, got {self.device!r}")
        _positive_int("threads", self.threads, allow_none=True)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        for sec in d.values():
            if isinstance(sec, dict):
                for k, v in sec.items():
                    if isinstance(v, tuple):
                        sec[k] = list(v)
        return d

    def replace(self, **sections: dict[str, Any]) -> TrainConfig:
        """A copy with some fields overridden: ``cfg.replace(optim={"lr": 1e-5}, seed=3)``."""
        d = self.to_dict()
        for key, value in sections.items():
            if isinstance(value, dict):
                d[key] = {**d[key], **value}
            else:
                d[key] = value
        return config_from_dict(d)


_SECTIONS = {"model": ModelConfig, "data": DataConfig, "optim": OptimConfig, "loader": LoaderConfig, "search": SearchConfig}


def config_from_dict(d: dict[str, Any]) -> TrainConfig:
    """Build a validated :class:`TrainConfig`; unknown keys raise ``ValueError``."""
    if not isinstance(d, dict):
        raise ValueError("a config must be a mapping")
    top = {f.name for f in dataclasses.fields(TrainConfig)}
    if unknown := set(d) - top:
        raise ValueError(f"unknown config keys {sorted(unknown)}; allowed: {sorted(top)}")
    kwargs: dict[str, Any] = {}
    for key, value in d.items():
        if key in _SECTIONS:
            cls = _SECTIONS[key]
            if not isinstance(value, dict):
                raise ValueError(f"config section {key!r} must be a mapping")
            allowed = {f.name for f in dataclasses.fields(cls)}
            if unknown := set(value) - allowed:
                raise ValueError(f"unknown keys in {key!r}: {sorted(unknown)}; allowed: {sorted(allowed)}")
            kwargs[key] = cls(**value)
        else:
            kwargs[key] = value
    return TrainConfig(**kwargs)


def load_config(path: str | os.PathLike) -> TrainConfig:
    """Load a YAML (``.yaml``/``.yml``) or TOML (``.toml``) config file."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"config file {path} not found")
    text = path.read_text()
    data = tomllib.loads(text) if path.suffix == ".toml" else yaml.safe_load(text)
    return config_from_dict(data or {})


def save_config(cfg: TrainConfig, path: str | os.PathLike) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(cfg.to_dict(), sort_keys=False))
    return path
