"""Training throughput of the full pipeline vs a bare ResNet-18, and inference latency per breast.

Pipeline: DataLoader over breast bags read from an image store (mmap shards, augmentation,
masked collate, workers) + BreastMIL forward/backward + Adam step. Baseline, same run, same
device: torchvision ResNet-18 forward/backward + Adam step on random tensors already on the
device, with the same number of images per step. Prints images/s of both and the ratio
(target >= 0.8x: the MIL head and the input pipeline should cost little next to the encoder).
Then the inference latency of one breast (K images): model only, and store read + model.

    .venv/bin/python bench/bench_train.py                       # synthetic store, CPU-sized
    .venv/bin/python bench/bench_train.py --image-size 256 --bags-per-batch 8 --images-per-bag 12 --workers 8 --device cuda
    .venv/bin/python bench/bench_train.py --data OUT            # a real build's tables + image_store
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import torch
import torchvision

from modeling.bags import BreastBagDataset, build_bags, load_tables, make_loader
from modeling.model import BreastMIL
from modeling.synthetic import make_synthetic_dataset
from modeling.train import mil_loss


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


class Pipeline:
    """Store -> DataLoader -> BreastMIL forward/backward/Adam, stepped on demand."""

    def __init__(self, ds, args, device) -> None:
        self.loader = make_loader(
            ds, args.bags_per_batch, shuffle=True, seed=0, num_workers=args.workers, pin_memory=device.type == "cuda"
        )
        self.model = BreastMIL(t=0.2).to(device).train()
        self.opt = torch.optim.Adam(self.model.parameters(), lr=1e-4)
        self.device, self.epoch, self.it = device, 0, iter(())

    def next_batch(self):
        try:
            return next(self.it)
        except StopIteration:
            self.loader.sampler.set_epoch(self.epoch)
            self.epoch += 1
            self.it = iter(self.loader)
            return next(self.it)

    def run(self, steps: int) -> tuple[float, int]:
        """(images/s, images) over ``steps`` steps, data loading included."""
        sync(self.device)
        start, n = time.perf_counter(), 0
        for _ in range(steps):
            batch = self.next_batch().to(self.device, non_blocking=True)
            loss = mil_loss(self.model(batch.images, batch.mask), batch.labels, beta=0.01).total
            self.opt.zero_grad(set_to_none=True)
            loss.backward()
            self.opt.step()
            n += batch.n_images
        sync(self.device)
        return n / (time.perf_counter() - start), n


class Baseline:
    """torchvision ResNet-18 forward/backward/Adam on a fixed random batch already on the device."""

    def __init__(self, images_per_step: int, args, device) -> None:
        self.net = torchvision.models.resnet18(weights=None).to(device).train()
        self.opt = torch.optim.Adam(self.net.parameters(), lr=1e-4)
        self.x = torch.randn(images_per_step, 3, args.image_size, args.image_size, device=device)
        self.device = device

    def run(self, steps: int) -> float:
        sync(self.device)
        start = time.perf_counter()
        for _ in range(steps):
            loss = self.net(self.x).sum()
            self.opt.zero_grad(set_to_none=True)
            loss.backward()
            self.opt.step()
        sync(self.device)
        return self.x.shape[0] * steps / (time.perf_counter() - start)


def throughput(ds, args, device) -> tuple[list[float], list[float]]:
    """Interleaved rounds (pipeline block, then baseline block) so that load changes hit both."""
    pipe = Pipeline(ds, args, device)
    _, n = pipe.run(args.warmup)
    base = Baseline(max(1, round(n / max(1, args.warmup))), args, device)
    base.run(args.warmup)
    p_rates, b_rates = [], []
    for _ in range(args.rounds):
        p_rates.append(pipe.run(args.steps)[0])
        b_rates.append(base.run(args.steps))
    return p_rates, b_rates


@torch.no_grad()
def latency(ds, args, device) -> tuple[float, float, int]:
    model = BreastMIL(t=0.2).to(device).eval()
    i = max(range(len(ds)), key=lambda j: ds.bags[j].n_images)
    k = ds.bags[i].n_images
    x = ds[i]["images"].unsqueeze(0).to(device)
    model_only, end_to_end = [], []
    for r in range(args.warmup + 10):
        sync(device)
        t0 = time.perf_counter()
        model(x)
        sync(device)
        t1 = time.perf_counter()
        model(ds[i]["images"].unsqueeze(0).to(device))
        sync(device)
        t2 = time.perf_counter()
        if r >= args.warmup:
            model_only.append(t1 - t0)
            end_to_end.append(t2 - t1)
    return statistics.median(model_only), statistics.median(end_to_end), k


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", help="build output folder (tables/, image_store/); default: a synthetic store")
    p.add_argument("--image-size", type=int, default=128)
    p.add_argument("--bags-per-batch", type=int, default=4)
    p.add_argument("--images-per-bag", type=int, default=6, help="synthetic bags hold exactly this many; also the cap")
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--steps", type=int, default=4, help="steps per round")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    args = p.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    with tempfile.TemporaryDirectory() as tmp:
        if args.data:
            tables, store = Path(args.data) / "tables", Path(args.data) / "image_store"
        else:
            n = max(6, 4 * args.bags_per_batch)
            syn = make_synthetic_dataset(tmp, n_patients=n, images_per_breast=(args.images_per_bag, args.images_per_bag))
            tables, store = syn.tables_dir, syn.store_dir
        bags = [b for b in build_bags(*load_tables(tables)) if b.split == "train"]
        ds = BreastBagDataset(bags, store, train=True, image_size=args.image_size, max_images=args.images_per_bag)
        p_rates, b_rates = throughput(ds, args, device)
        eval_ds = BreastBagDataset(bags, store, train=False, image_size=args.image_size)
        lat_model, lat_e2e, k = latency(eval_ds, args, device)
    print(
        f"device {device} ({torch.get_num_threads()} threads), image {args.image_size}px, "
        f"{args.bags_per_batch} bags x <= {args.images_per_bag} images per step, {args.workers} loader workers"
    )
    pipe, base = statistics.median(p_rates), statistics.median(b_rates)
    ratios = [p / b for p, b in zip(p_rates, b_rates)]
    print(f"pipeline (store -> DataLoader -> BreastMIL fwd/bwd/Adam): {pipe:8.1f} images/s (median of {args.rounds} rounds)")
    print(f"baseline (ResNet-18 fwd/bwd/Adam, random tensors):      {base:8.1f} images/s")
    print(
        f"ratio pipeline / baseline: {statistics.median(ratios):.2f}x median, per round "
        f"{', '.join(f'{r:.2f}' for r in ratios)} (target >= 0.8x)"
    )
    print(
        f"inference latency per breast ({k} images): model {lat_model * 1e3:.1f} ms, "
        f"store read + preprocessing + model {lat_e2e * 1e3:.1f} ms"
    )


if __name__ == "__main__":
    main()
