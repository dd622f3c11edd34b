"""One training run or a random search: the entry point the CLI and the train-model flow call.

Kept apart from :mod:`modeling.train` (one model) and :mod:`modeling.search` (many), which it
chooses between, so that neither of those imports the other's caller.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from modeling.bags import Bag
from modeling.config import TrainConfig
from modeling.run_folder import RunFolder
from modeling.search import run_search
from modeling.train import Distributed, fit, quiet_log


def train_or_search(
    cfg: TrainConfig,
    bags: Sequence[Bag],
    store_dir: str | os.PathLike,
    output_dir: str | os.PathLike,
    search: bool = False,
    resume: bool = False,
    log: Callable[[str], None] = print,
) -> dict:
    """One model (``fit``) or a random search + top-k ensemble (``run_search``); a summary dict.

    ``predictions_path`` is the val + test table, ``test_predictions_path`` the test-only table to
    evaluate (the ensemble's after a search).
    """
    if not Distributed.from_env().is_main:
        log = quiet_log  # one progress stream, from rank 0
    counts = {s: sum(b.split == s for b in bags) for s in ("train", "val", "test")}
    log(f"bags: {counts} ({sum(b.n_images for b in bags)} images)")
    if not search:
        res = fit(cfg, bags, store_dir, output_dir, resume=resume, log=log)
        return {
            "mode": "single",
            "output_dir": str(res.output_dir),
            "best_epoch": res.best_epoch,
            "best_val_auroc": res.best_val_auroc,
            "predictions_path": str(res.predictions_path),
            "test_predictions_path": str(RunFolder(res.output_dir).test_predictions_path),
        }
    results = run_search(cfg, bags, store_dir, output_dir, log=log)
    best = results["best_val_auroc"].max()
    return {
        "mode": "search",
        "output_dir": str(output_dir),
        "n_trials": len(results),
        "best_val_auroc": float(best),
        "predictions_path": str(RunFolder(output_dir).ensemble.predictions_path),
        "test_predictions_path": str(RunFolder(output_dir).ensemble.test_predictions_path),
    }
