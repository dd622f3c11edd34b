"""Random search: draws within the paper's ranges, deterministic, resumable, with an ensemble."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest
import torch

from modeling.bags import build_bags, load_tables
from modeling.config import SearchConfig, config_from_dict
from modeling.search import run_search, sample_trials, trial_config
from modeling.synthetic import make_synthetic_dataset

torch.set_num_threads(1)


def test_trials_lie_in_the_paper_ranges_and_are_deterministic():
    s = SearchConfig(n_trials=200)
    trials = sample_trials(s, seed=3)
    assert len(trials) == 200 and trials == sample_trials(s, seed=3) and trials != sample_trials(s, seed=4)
    lr = [math.log10(t.lr) for t in trials]
    beta = [math.log10(t.beta) for t in trials]
    wd = [math.log10(t.weight_decay) for t in trials]
    ts = [t.t for t in trials]
    for vals, (lo, hi) in ((lr, (-5.5, -4)), (beta, (-3, 0.5)), (wd, (-6, -3.5)), (ts, (0.1, 0.5))):
        assert lo <= min(vals) and max(vals) <= hi
        assert max(vals) - min(vals) > 0.8 * (hi - lo)  # uniform on the (log) scale covers the range
    assert len({t.seed for t in trials}) == 200


def test_trial_config_overrides_hyperparameters():
    cfg = config_from_dict({})
    t = sample_trials(SearchConfig(n_trials=1), seed=0)[0]
    c = trial_config(cfg, t)
    assert (c.optim.lr, c.optim.beta, c.optim.weight_decay, c.model.t, c.seed) == (t.lr, t.beta, t.weight_decay, t.t, t.seed)
    assert c.optim.epochs == cfg.optim.epochs


def test_search_runs_trials_and_ensembles_top_k(tmp_path):
    data = make_synthetic_dataset(tmp_path / "syn", n_patients=5, images_per_breast=(1, 2))
    bags = build_bags(*load_tables(data.tables_dir))
    cfg = config_from_dict(
        {
            "device": "cpu",
            "threads": 1,
            "data": {"image_size": 32, "max_images_train": 2},
            "optim": {"epochs": 1, "batch_size": 4},
            "loader": {"num_workers": 0},
            "search": {"n_trials": 3, "top_k": 2},
        }
    )
    logs: list[str] = []
    results = run_search(cfg, bags, data.store_dir, tmp_path / "search", log=logs.append)
    assert len(results) == 3 and (tmp_path / "search" / "search.parquet").is_file()
    members = json.loads((tmp_path / "search" / "ensemble" / "members.json").read_text())
    assert len(members) == 2
    ens = pd.read_parquet(tmp_path / "search" / "ensemble" / "predictions.parquet")
    chosen = [pd.read_parquet(m["predictions_path"]).sort_values(["exam_uid", "laterality"]) for m in members]
    expected = (chosen[0].score_malignant.to_numpy() + chosen[1].score_malignant.to_numpy()) / 2
    assert ens.sort_values(["exam_uid", "laterality"]).score_malignant.to_numpy() == pytest.approx(expected)
    logs.clear()
    run_search(cfg, bags, data.store_dir, tmp_path / "search", log=logs.append)  # rerun: nothing retrained
    assert sum("already done" in line for line in logs) == 3
