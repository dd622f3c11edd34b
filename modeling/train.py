"""Training of :class:`modeling.model.BreastMIL`: loss, epochs, best-epoch selection, exact resume.

Loss per breast (paper eq. 6): ``BCE(benign) + BCE(malignant) + beta * L_reg``; losses are
averaged over the breasts of a batch. ``L_reg`` sets the scale of ``beta``, so its reduction is a
config option (``optim.saliency_reduction``):

- ``sum`` (the paper's form, ``beta * sum_k ||A_k||_1``): the L1 norms of both saliency maps of
  every real image of the bag, summed over map cells, maps and images. The paper's beta range
  (10^[-3, 0.5]) refers to this form; ``configs/paper_gpu.yaml`` uses it.
- ``mean``: each map's L1 norm divided by its number of cells, summed over the two maps, then
  averaged over the bag's real images. It is ``h * w * K`` times smaller than ``sum`` (8 x 8 cells
  at 256 px, K images), so ``beta`` does not depend on the input size or the bag size: the CPU
  demo configs (96 / 192 px, few images) use it with their own beta.

The epoch kept is the one with the best validation malignant AUROC (ties keep the earlier one;
an epoch whose validation set lacks a class has no AUROC and is kept only if nothing better
exists). Checkpoints (``last.pt``, every epoch) hold the model, optimizer, epoch, best metric,
history and every RNG state, so ``fit(..., resume=True)`` continues exactly where a straight run
would be. Under ``torchrun`` (``WORLD_SIZE > 1``) training is data-parallel (DDP; gloo on CPU,
nccl on CUDA) with each rank reading its shard of the training bags.
"""

from __future__ import annotations

import json
import math
import os
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from evaluation.rank_auc import auroc
from modeling.bags import Bag, BagBatch, BreastBagDataset, build_bags, load_tables, make_loader
from modeling.config import SALIENCY_REDUCTION_CHOICES, TrainConfig, save_config
from modeling.model import MILOutput
from modeling.predict import predict_scores, predictions_frame, write_predictions
from modeling.run_folder import RunFolder, build_model

EPS = 1e-6


@dataclass
class LossParts:
    total: torch.Tensor
    bce_benign: float
    bce_malignant: float
    reg: float


def saliency_l1(out: MILOutput, reduction: str = "sum") -> torch.Tensor:
    """Per-breast L1 of the saliency maps (maps are >= 0, so L1 = sum of the cells).

    ``sum``: over cells, the 2 maps and the real images (paper). ``mean``: mean over cells, sum
    over the 2 maps, mean over the real images. Padded slots never count.
    """
    if reduction not in SALIENCY_REDUCTION_CHOICES:
        raise ValueError(f"saliency reduction must be one of {SALIENCY_REDUCTION_CHOICES}, got {reduction!r}")
    cells = out.saliency.flatten(start_dim=-2)
    per_image = (cells.sum(dim=-1) if reduction == "sum" else cells.mean(dim=-1)).sum(dim=-1)  # (B, K)
    mask = out.mask.to(per_image.dtype)
    total = (per_image * mask).sum(dim=1)
    return total if reduction == "sum" else total / mask.sum(dim=1)


def mil_loss(out: MILOutput, labels: torch.Tensor, beta: float, reduction: str = "sum") -> LossParts:
    """BCE(benign) + BCE(malignant) + beta * L1(saliency), averaged over the batch's breasts;
    ``reduction`` is that of :func:`saliency_l1`."""
    probs = out.breast_probs.clamp(EPS, 1 - EPS)
    bce = F.binary_cross_entropy(probs, labels.to(probs.dtype), reduction="none").mean(dim=0)
    reg = saliency_l1(out, reduction).mean()
    total = bce.sum() + beta * reg
    bce_d, reg_d = bce.detach(), reg.detach()
    return LossParts(total, float(bce_d[0]), float(bce_d[1]), float(reg_d))



def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name.startswith("cuda") and not torch.cuda.is_available():
        raise ValueError(f"device {name!r} requested but CUDA is not available")
    return torch.device(name)


def rng_state() -> dict:
    state = {"python": random.getstate(), "numpy": np.random.get_state(), "torch": torch.get_rng_state()}
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def set_rng_state(state: dict) -> None:
    random.setstate(state["python"])
    np.random.set_state(state["numpy"])
    torch.set_rng_state(state["torch"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


def save_atomic(obj: object, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    torch.save(obj, tmp)
    os.replace(tmp, path)



def make_optimizer(model: torch.nn.Module, cfg: TrainConfig) -> torch.optim.Adam:
    return torch.optim.Adam(model.parameters(), lr=cfg.optim.lr, weight_decay=cfg.optim.weight_decay)


@dataclass
class Distributed:
    """torchrun context: world size, rank, local rank (one process when not under torchrun)."""

    world_size: int = 1
    rank: int = 0
    local_rank: int = 0

    @classmethod
    def from_env(cls) -> Distributed:
        return cls(
            int(os.environ.get("WORLD_SIZE", "1")), int(os.environ.get("RANK", "0")), int(os.environ.get("LOCAL_RANK", "0"))
        )

    @property
    def enabled(self) -> bool:
        return self.world_size > 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0


def train_one_epoch(
    model: torch.nn.Module,
    loader,
    optimizer: torch.optim.Optimizer,
    beta: float,
    device: torch.device,
    progress: Callable[[str], None] | None = None,
    progress_every_s: float = 30.0,
    saliency_reduction: str = "sum",
) -> dict[str, float]:
    """One pass over ``loader``; returns mean losses, images seen and images/s.

    ``progress`` (if given) gets a line every ``progress_every_s`` seconds: a long CPU epoch
    should not look like a hang.
    """
    model.train()
    sums = {"loss": 0.0, "bce_benign": 0.0, "bce_malignant": 0.0, "reg": 0.0}
    n_batches = n_images = 0
    start = last_report = time.perf_counter()
    total_batches = len(loader) if hasattr(loader, "__len__") else None
    for batch in loader:
        batch: BagBatch = batch.to(device, non_blocking=True)
        out = model(batch.images, batch.mask)
        parts = mil_loss(out, batch.labels, beta, saliency_reduction)
        optimizer.zero_grad(set_to_none=True)
        parts.total.backward()
        optimizer.step()
        sums["loss"] += float(parts.total.detach())
        sums["bce_benign"] += parts.bce_benign
        sums["bce_malignant"] += parts.bce_malignant
        sums["reg"] += parts.reg
        n_batches += 1
        n_images += batch.n_images
        now = time.perf_counter()
        if progress is not None and now - last_report >= progress_every_s:
            last_report = now
            of = f"/{total_batches}" if total_batches else ""
            progress(f"  batch {n_batches}{of}  loss {sums['loss'] / n_batches:.4f}  "
                     f"{n_images / (now - start):.1f} img/s")
    seconds = time.perf_counter() - start
    stats = {k: v / max(1, n_batches) for k, v in sums.items()}
    stats.update(images=n_images, seconds=seconds, images_per_s=n_images / max(seconds, 1e-9))
    return stats


@dataclass
class TrainResult:
    output_dir: Path
    best_epoch: int
    best_val_auroc: float
    history: list[dict] = field(default_factory=list)
    predictions_path: Path | None = None

    def to_dict(self) -> dict:
        return {
            "output_dir": str(self.output_dir),
            "best_epoch": self.best_epoch,
            "best_val_auroc": self.best_val_auroc,
            "predictions_path": str(self.predictions_path) if self.predictions_path else None,
            "history": self.history,
        }


# Settings that may change between a run and its resumption (they do not change the result).
RESUMABLE_CHANGES = {
    "output_dir",
    "threads",
    "device",
    "optim.epochs",
    "loader.num_workers",
    "loader.eval_batch_size",
    "data.tables_dir",
    "data.store_dir",
    "search",
}


def resume_mismatch(saved: dict, current: dict) -> list[str]:
    """Dotted names of settings that differ between a checkpoint's config and the current one."""
    diff = []
    for key in sorted(set(saved) | set(current)):
        a, b = saved.get(key), current.get(key)
        if key in RESUMABLE_CHANGES or a == b:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            diff += [
                f"{key}.{k}" for k in sorted(set(a) | set(b)) if f"{key}.{k}" not in RESUMABLE_CHANGES and a.get(k) != b.get(k)
            ]
        else:
            diff.append(key)
    return diff


def quiet_log(message: str) -> None:
    """The log of ranks other than 0 under torchrun."""


def _better(metric: float, best: float) -> bool:
    if math.isnan(metric):
        return False
    return math.isnan(best) or metric > best


def _datasets(cfg: TrainConfig, bags: Sequence[Bag], store_dir: str | os.PathLike):
    d = cfg.data
    common = {"store_dir": store_dir, "image_size": d.image_size, "seed": cfg.seed, "mean": d.mean, "std": d.std}
    by_split = {s: [b for b in bags if b.split == s] for s in ("train", "val", "test")}
    if not by_split["train"]:
        raise ValueError("no training bags (split 'train')")
    if not by_split["val"]:
        raise ValueError("no validation bags (split 'val'): the best epoch is chosen on validation")
    train_ds = BreastBagDataset(by_split["train"], train=True, max_images=d.max_images_train, **common)
    val_ds = BreastBagDataset(by_split["val"], train=False, max_images=d.max_images_eval, **common)
    final_ds = BreastBagDataset(by_split["val"] + by_split["test"], train=False, max_images=d.max_images_eval, **common)
    return train_ds, val_ds, final_ds


def fit(
    cfg: TrainConfig,
    bags: Sequence[Bag],
    store_dir: str | os.PathLike,
    output_dir: str | os.PathLike,
    resume: bool = False,
    epochs: int | None = None,
    log: Callable[[str], None] = print,
) -> TrainResult:
    """Train one model; keep the best-validation epoch; write predictions for val + test.

    ``epochs`` overrides ``cfg.optim.epochs`` (the total, also when resuming). Output folder:
    ``config.yaml``, ``last.pt`` (resumable), ``best.pt`` (best epoch's weights),
    ``history.json``, ``predictions.parquet`` (val + test, best epoch), ``test_predictions.parquet``
    (test only: what ``sonolabel evaluate`` should read), ``result.json``.
    """
    dist = Distributed.from_env()
    if not dist.is_main:
        log = quiet_log  # one progress stream, from rank 0
    total_epochs = cfg.optim.epochs if epochs is None else int(epochs)
    run = RunFolder(output_dir)
    out = run.path
    out.mkdir(parents=True, exist_ok=True)
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    device = resolve_device(cfg.device)
    if dist.enabled:
        if device.type == "cuda":
            device = torch.device(f"cuda:{dist.local_rank}")
            torch.cuda.set_device(device)
        if not torch.distributed.is_initialized():
            torch.distributed.init_process_group(backend="nccl" if device.type == "cuda" else "gloo")
    seed_everything(cfg.seed)
    train_ds, val_ds, final_ds = _datasets(cfg, bags, store_dir)
    pin = device.type == "cuda"
    train_loader = make_loader(
        train_ds,
        cfg.optim.batch_size,
        shuffle=True,
        seed=cfg.seed,
        num_workers=cfg.loader.num_workers,
        pin_memory=pin,
        num_replicas=dist.world_size,
        rank=dist.rank,
    )
    eval_bs = cfg.loader.eval_batch_size or cfg.optim.batch_size
    val_loader = make_loader(val_ds, eval_bs, shuffle=False, seed=cfg.seed, num_workers=cfg.loader.num_workers, pin_memory=pin)
    model = build_model(cfg).to(device)
    optimizer = make_optimizer(model, cfg)
    start_epoch, best_metric, best_epoch, history = 0, float("nan"), -1, []
    last = run.last_checkpoint
    if resume and last.is_file():
        ckpt = torch.load(last, map_location="cpu", weights_only=False)
        # checkpoints from before optim.saliency_reduction existed were trained with the mean form
        ckpt["config"].setdefault("optim", {}).setdefault("saliency_reduction", "mean")
        if diff := resume_mismatch(ckpt["config"], cfg.to_dict()):
            raise ValueError(f"cannot resume {last}: the config changed ({', '.join(diff)}); use a new output folder")
        model.load_state_dict(ckpt["model"])
        optimizer.load_state_dict(ckpt["optimizer"])
        start_epoch, best_metric, best_epoch = ckpt["epoch"], ckpt["best_metric"], ckpt["best_epoch"]
        history = ckpt["history"]
        set_rng_state(ckpt["rng"])
        log(f"resumed from {last} at epoch {start_epoch} (best val AUROC {best_metric:.4f} at epoch {best_epoch})")
    if dist.is_main:
        save_config(cfg, run.config_path)
    net = torch.nn.parallel.DistributedDataParallel(model) if dist.enabled else model
    for epoch in range(start_epoch, total_epochs):
        train_loader.sampler.set_epoch(epoch)
        stats = train_one_epoch(net, train_loader, optimizer, cfg.optim.beta, device, progress=log,
                                saliency_reduction=cfg.optim.saliency_reduction)
        scores = predict_scores(model, val_loader, device)
        order = range(len(val_ds))
        val_m = auroc([b.label_malignant for b in val_ds.bags], [scores[i][1] for i in order])
        val_b = auroc([b.label_benign for b in val_ds.bags], [scores[i][0] for i in order])
        improved = _better(val_m, best_metric) or best_epoch < 0
        if improved:
            best_metric, best_epoch = val_m, epoch
        record = {
            "epoch": epoch,
            **{k: float(v) for k, v in stats.items()},
            "val_auroc_malignant": val_m,
            "val_auroc_benign": val_b,
            "best": improved,
        }
        history.append(record)
        log(
            f"epoch {epoch + 1}/{total_epochs}  loss {stats['loss']:.4f} (bce_b {stats['bce_benign']:.3f} "
            f"bce_m {stats['bce_malignant']:.3f} reg {stats['reg']:.3f})  val AUROC malignant {val_m:.4f} "
            f"benign {val_b:.4f}  {stats['images_per_s']:.1f} img/s  {stats['seconds']:.1f}s{'  *best' if improved else ''}"
        )
        if dist.is_main:
            if improved:
                save_atomic(
                    {"model": model.state_dict(), "epoch": epoch, "val_auroc": val_m, "config": cfg.to_dict()},
                    run.best_checkpoint,
                )
            save_atomic(
                {
                    "model": model.state_dict(),
                    "optimizer": optimizer.state_dict(),
                    "epoch": epoch + 1,
                    "best_metric": best_metric,
                    "best_epoch": best_epoch,
                    "history": history,
                    "rng": rng_state(),
                    "config": cfg.to_dict(),
                },
                last,
            )
            run.history_path.write_text(json.dumps(history, indent=1))
    result = TrainResult(out, best_epoch, best_metric, history, run.predictions_path)
    if dist.is_main:
        best = torch.load(run.best_checkpoint, map_location="cpu", weights_only=False)
        model.load_state_dict(best["model"])
        final_loader = make_loader(
            final_ds, eval_bs, shuffle=False, seed=cfg.seed, num_workers=cfg.loader.num_workers, pin_memory=pin
        )
        final_scores = predict_scores(model, final_loader, device)
        write_predictions(
            predictions_frame(final_ds.bags, final_scores), result.predictions_path, test_path=run.test_predictions_path
        )
        run.result_path.write_text(json.dumps(result.to_dict(), indent=1))
    if dist.enabled:
        torch.distributed.barrier()
    return result


def resolve_data_dirs(cfg: TrainConfig, data_dir: str | os.PathLike | None = None) -> tuple[Path, Path]:
    """``(tables_dir, store_dir)`` of a build output folder, else the config's ``data`` paths.

    A build output folder holds the tables either in ``tables/`` (``build-dataset``: a link to the
    current version) or at its top (``curate``), and the store in ``image_store/`` beside them.
    """
    if data_dir is None:
        if not cfg.data.tables_dir or not cfg.data.store_dir:
            raise ValueError("no data: pass a build output folder or set data.tables_dir and data.store_dir in the config")
        return Path(cfg.data.tables_dir), Path(cfg.data.store_dir)
    root = Path(data_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"data folder {root} not found")
    tables = root / "tables" if (root / "tables" / "images.parquet").is_file() else root
    for store in (root / "image_store", tables / "image_store", tables.resolve().parent / "image_store"):
        if store.is_dir():
            return tables, store
    raise FileNotFoundError(f"no image_store/ folder in {root} (or beside its tables)")


def load_bags(cfg: TrainConfig, tables_dir: str | os.PathLike) -> list[Bag]:
    """Breast bags of the curated tables in ``tables_dir`` (see :func:`modeling.bags.build_bags`)."""
    return build_bags(*load_tables(tables_dir), missing_label=cfg.data.missing_label)
