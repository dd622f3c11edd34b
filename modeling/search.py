"""Random hyperparameter search (paper: 30 models x 50 epochs) and the top-k ensemble.

Each trial samples, uniformly on the paper's scales, ``lr ~ 10^U[-5.5,-4]``,
``beta ~ 10^U[-3,0.5]``, ``weight_decay ~ 10^U[-6,-3.5]`` and ``t ~ U[0.1,0.5]`` (ranges in
``SearchConfig``), trains one model with :func:`modeling.train.fit` into
``<out>/trial_XXX``, and records its best validation AUROC. Finished trials (a ``result.json``)
are skipped on rerun, an unfinished one resumes from its checkpoint. The ensemble is the mean
of the top-k trials chosen on validation AUROC only.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from core.tables import write_table_atomic
from modeling.bags import Bag
from modeling.config import SearchConfig, TrainConfig
from modeling.ensemble import ensemble_predictions, select_top_k
from modeling.predict import read_predictions, write_predictions
from modeling.train import fit


@dataclass(frozen=True)
class Trial:
    index: int
    lr: float
    beta: float
    weight_decay: float
    t: float
    seed: int


def sample_trials(search: SearchConfig, seed: int) -> list[Trial]:
    """``search.n_trials`` hyperparameter draws (deterministic from ``seed``)."""
    rng = np.random.default_rng([seed, 20210428])
    trials = []
    for i in range(search.n_trials):
        trials.append(
            Trial(
                index=i,
                lr=float(10 ** rng.uniform(*search.lr_log10)),
                beta=float(10 ** rng.uniform(*search.beta_log10)),
                weight_decay=float(10 ** rng.uniform(*search.weight_decay_log10)),
                t=float(rng.uniform(*search.t)),
                seed=seed + i,
            )
        )
    return trials


def trial_config(cfg: TrainConfig, trial: Trial) -> TrainConfig:
    return cfg.replace(
        seed=trial.seed,
        model={"t": trial.t},
        optim={"lr": trial.lr, "beta": trial.beta, "weight_decay": trial.weight_decay},
    )


def run_trial(cfg: TrainConfig, trial: Trial, bags: Sequence[Bag], store_dir, out: Path, log: Callable[[str], None]) -> dict:
    """Train (or resume) one trial; returns its results row."""
    tdir = out / f"trial_{trial.index:03d}"
    done = tdir / "result.json"
    if done.is_file():
        res = json.loads(done.read_text())
        log(f"trial {trial.index}: already done (val AUROC {res['best_val_auroc']:.4f})")
    else:
        log(f"trial {trial.index}: lr {trial.lr:.2e} beta {trial.beta:.2e} wd {trial.weight_decay:.2e} t {trial.t:.3f}")
        res = fit(trial_config(cfg, trial), bags, store_dir, tdir, resume=True, log=log).to_dict()
    return {
        **asdict(trial),
        "best_val_auroc": res["best_val_auroc"],
        "best_epoch": res["best_epoch"],
        "output_dir": str(tdir),
        "predictions_path": res["predictions_path"],
    }


def run_search(
    cfg: TrainConfig,
    bags: Sequence[Bag],
    store_dir: str | os.PathLike,
    output_dir: str | os.PathLike,
    log: Callable[[str], None] = print,
) -> pd.DataFrame:
    """Run every trial, write ``search.parquet`` and the top-k ``ensemble/predictions.parquet``."""
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = [run_trial(cfg, t, bags, store_dir, out, log) for t in sample_trials(cfg.search, cfg.seed)]
    results = pd.DataFrame(rows)
    write_table_atomic(pa.Table.from_pandas(results, preserve_index=False), out / "search.parquet")
    build_ensemble(results, cfg.search.top_k, out / "ensemble", log)
    return results


def build_ensemble(results: pd.DataFrame, k: int, out: Path, log: Callable[[str], None] = print) -> Path:
    """Average the predictions of the top-k trials (validation AUROC) into ``out/predictions.parquet``."""
    top = select_top_k(results, k)
    log(f"ensemble of trials {top['index'].tolist()} (val AUROC {[round(v, 4) for v in top['best_val_auroc']]})")
    preds = ensemble_predictions([read_predictions(p) for p in top["predictions_path"]])
    out.mkdir(parents=True, exist_ok=True)
    (out / "members.json").write_text(json.dumps(top.to_dict(orient="records"), indent=1))
    return write_predictions(preds, out / "predictions.parquet", test_path=out / "test_predictions.parquet")
