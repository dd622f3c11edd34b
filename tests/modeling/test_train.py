"""Training: the loss, that it learns, exact resume, configs, the CLI and the predictions table."""

from __future__ import annotations

import json

import pandas as pd
import pytest
import torch

from modeling.bags import BreastBagDataset, build_bags, collate_bags, load_tables
from modeling.config import TrainConfig, config_from_dict, load_config
from modeling.model import BreastMIL, MILOutput
from modeling.predict import PREDICTION_SCHEMA
from modeling.synthetic import make_synthetic_dataset
from modeling.train import fit, mil_loss, saliency_l1

torch.set_num_threads(1)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return make_synthetic_dataset(tmp_path_factory.mktemp("syn"), n_patients=5, images_per_breast=(1, 3))


@pytest.fixture(scope="module")
def bags(data):
    return build_bags(*load_tables(data.tables_dir))


def tiny_config(**optim) -> TrainConfig:
    return config_from_dict(
        {
            "seed": 7,
            "device": "cpu",
            "threads": 1,
            "data": {"image_size": 32, "max_images_train": 2},
            "optim": {"lr": 1e-3, "beta": 0.01, "epochs": 2, "batch_size": 4, **optim},
            "loader": {"num_workers": 0},
        }
    )


def _loss_case():
    sal = torch.rand(2, 3, 2, 4, 4)
    mask = torch.tensor([[True, True, False], [True, False, False]])
    sal[~mask] = 0.5  # padded slots must never count (the model zeroes them; here they would show)
    probs = torch.tensor([[0.2, 0.9], [0.6, 0.1]])
    labels = torch.tensor([[0.0, 1.0], [1.0, 0.0]])
    out = MILOutput(probs, torch.zeros(2, 3, 2), sal, torch.zeros(2, 3, 2), mask)
    bce = -(labels * probs.log() + (1 - labels) * (1 - probs).log()).mean(0).sum()
    return sal, out, labels, bce


def test_loss_mean_form_matches_definition_and_ignores_padding():
    sal, out, labels, bce = _loss_case()
    # mean over the 4 x 4 cells, sum over the 2 maps, mean over the real images
    reg = torch.stack([sal[0, :2].mean(dim=(-2, -1)).sum(-1).mean(), sal[1, 0].mean(dim=(-2, -1)).sum()])
    assert torch.allclose(saliency_l1(out, "mean"), reg)
    parts = mil_loss(out, labels, beta=0.5, reduction="mean")
    assert parts.total.item() == pytest.approx((bce + 0.5 * reg.mean()).item(), rel=1e-5)
    assert parts.reg == pytest.approx(reg.mean().item(), rel=1e-6)
    assert mil_loss(out, labels, beta=0.0, reduction="mean").total.item() == pytest.approx(bce.item(), rel=1e-5)


def test_loss_sum_form_is_the_papers_and_ignores_padding():
    sal, out, labels, bce = _loss_case()
    # beta * sum_k ||A_k||_1: every cell of both maps of every real image, per breast
    reg = torch.stack([sal[0, :2].sum(), sal[1, 0].sum()])
    assert torch.allclose(saliency_l1(out, "sum"), reg)
    assert torch.allclose(saliency_l1(out), reg)  # the default is the paper's form
    parts = mil_loss(out, labels, beta=0.5)
    assert parts.total.item() == pytest.approx((bce + 0.5 * reg.mean()).item(), rel=1e-5)
    # the two forms differ by cells x real images per breast (4 x 4 cells; 2 and 1 images)
    ratio = saliency_l1(out, "sum") / saliency_l1(out, "mean")
    assert torch.allclose(ratio, torch.tensor([16.0 * 2, 16.0 * 1]))
    with pytest.raises(ValueError, match="reduction"):
        saliency_l1(out, "max")


def test_training_uses_the_configured_reduction(data, bags, tmp_path):
    """One epoch under each form: the logged regulariser is the configured one. At 64 px the maps
    have 2 x 2 cells, so with a near-zero learning rate (same weights) sum = 4 x images x mean."""
    regs = {}
    for form in ("sum", "mean"):
        cfg = tiny_config(epochs=1, saliency_reduction=form, lr=1e-9).replace(data={"image_size": 64})
        res = fit(cfg, bags, data.store_dir, tmp_path / form, log=lambda s: None)
        regs[form] = res.history[0]["reg"]
        assert load_config(tmp_path / form / "config.yaml").optim.saliency_reduction == form
    assert 4 * regs["mean"] < regs["sum"] <= 4 * 2 * regs["mean"] * 1.01  # 1 or 2 images per training bag


def test_loss_decreases_on_a_tiny_set(data, bags):
    torch.manual_seed(0)
    ds = BreastBagDataset(bags[:4], data.store_dir, train=False, image_size=32)
    batch = collate_bags([ds[i] for i in range(4)])
    model = BreastMIL(t=0.5)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    losses = []
    for _ in range(15):
        loss = mil_loss(model(batch.images, batch.mask), batch.labels, beta=0.01).total
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < 0.5 * losses[0]


def test_resume_continues_exactly(data, bags, tmp_path):
    cfg = tiny_config()
    straight = fit(cfg, bags, data.store_dir, tmp_path / "straight", log=lambda s: None)
    fit(cfg, bags, data.store_dir, tmp_path / "split", epochs=1, log=lambda s: None)
    first = torch.load(tmp_path / "split" / "last.pt", weights_only=False)
    assert first["epoch"] == 1
    resumed = fit(cfg, bags, data.store_dir, tmp_path / "split", resume=True, log=lambda s: None)
    a = torch.load(tmp_path / "straight" / "last.pt", weights_only=False)
    b = torch.load(tmp_path / "split" / "last.pt", weights_only=False)
    assert a["epoch"] == b["epoch"] == 2
    for k in a["model"]:
        assert torch.equal(a["model"][k], b["model"][k]), k
    assert not all(torch.equal(a["model"][k], first["model"][k]) for k in a["model"])
    assert [h["loss"] for h in straight.history] == [h["loss"] for h in resumed.history]
    assert straight.best_epoch == resumed.best_epoch
    with pytest.raises(ValueError, match="optim.lr"):  # resuming with other hyperparameters is refused
        fit(tiny_config(lr=5e-4, epochs=3), bags, data.store_dir, tmp_path / "split", resume=True, log=lambda s: None)


def test_outputs_of_a_run(data, bags, tmp_path):
    res = fit(tiny_config(epochs=1), bags, data.store_dir, tmp_path, log=lambda s: None)
    for name in (
        "config.yaml",
        "last.pt",
        "best.pt",
        "history.json",
        "result.json",
        "predictions.parquet",
        "test_predictions.parquet",
    ):
        assert (tmp_path / name).is_file(), name
    preds = pd.read_parquet(res.predictions_path)
    assert list(preds.columns) == PREDICTION_SCHEMA.names
    assert set(preds.split) == {"val", "test"}
    assert len(preds) == sum(b.split in ("val", "test") for b in bags)
    assert preds.score_malignant.between(0, 1).all()
    assert (preds.score == preds.score_malignant).all() and (preds.label == preds.label_malignant).all()
    test = pd.read_parquet(tmp_path / "test_predictions.parquet")
    assert set(test.split) == {"test"} and len(test) == sum(b.split == "test" for b in bags)
    assert json.loads((tmp_path / "result.json").read_text())["best_epoch"] == 0
    assert load_config(tmp_path / "config.yaml") == tiny_config(epochs=1)


def test_no_validation_split_is_an_error(data, bags, tmp_path):
    with pytest.raises(ValueError, match="validation"):
        fit(tiny_config(), [b for b in bags if b.split != "val"], data.store_dir, tmp_path, log=lambda s: None)


@pytest.mark.parametrize(
    "bad,match",
    [
        ({"optim": {"lr": 0}}, "optim.lr"),
        ({"optim": {"epochs": 0}}, "optim.epochs"),
        ({"model": {"t": 1.2}}, "t must"),
        ({"data": {"image_size": 16}}, "image_size"),
        ({"search": {"lr_log10": [-3, -5]}}, "lr_log10"),
        ({"optim": {"learning_rate": 1e-4}}, "unknown keys"),
        ({"epochs": 3}, "unknown config keys"),
        ({"device": "tpu"}, "device"),
        ({"optim": {"saliency_reduction": "median"}}, "saliency_reduction"),
    ],
)
def test_invalid_config_raises(bad, match):
    with pytest.raises(ValueError, match=match):
        config_from_dict(bad)


def test_shipped_configs_load():
    demo = load_config("configs/demo_cpu.yaml")
    paper = load_config("configs/paper_gpu.yaml")
    assert demo.device == "cpu" and paper.data.image_size == 256
    assert paper.search.n_trials == 30 and paper.search.lr_log10 == (-5.5, -4.0) and paper.search.t == (0.1, 0.5)
    # the paper's configuration uses the paper's loss (sum); the CPU demos keep the scaled mean form
    assert paper.optim.saliency_reduction == "sum" and TrainConfig().optim.saliency_reduction == "sum"
    assert demo.optim.saliency_reduction == load_config("configs/demo_saliency.yaml").optim.saliency_reduction == "mean"


def test_cli_train_and_saliency(data, tmp_path):
    from typer.testing import CliRunner

    from sonolabel.cli import app

    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(
        "device: cpu\nthreads: 1\ndata: {image_size: 32, max_images_train: 2}\n"
        "optim: {epochs: 1, batch_size: 4}\nloader: {num_workers: 0}\n"
    )
    run = tmp_path / "run"
    r = CliRunner().invoke(app, ["train", "-c", str(cfg), "--data", str(data.root), "-o", str(run)])
    assert r.exit_code == 0, r.output
    assert "epoch 1/1" in r.output and json.loads(r.output[r.output.index("{\n") :])["best_epoch"] == 0
    preds = pd.read_parquet(run / "predictions.parquet")
    row = preds.iloc[0]
    r = CliRunner().invoke(
        app,
        [
            "saliency",
            "--run",
            str(run),
            "--data",
            str(data.root),
            "--exam",
            row.exam_uid,
            "--laterality",
            row.laterality,
            "-o",
            str(tmp_path / "sal"),
        ],
    )
    assert r.exit_code == 0, r.output
    assert (tmp_path / "sal" / "attention.csv").is_file()


DDP_SCRIPT = """
import sys, torch
torch.set_num_threads(1)
from modeling.bags import build_bags, load_tables
from modeling.config import config_from_dict
from modeling.train import fit
root, out = sys.argv[1], sys.argv[2]
cfg = config_from_dict({"seed": 1, "device": "cpu", "threads": 1, "data": {"image_size": 64, "max_images_train": 2},
                        "optim": {"epochs": 2, "batch_size": 2}, "loader": {"num_workers": 0}})
res = fit(cfg, build_bags(*load_tables(root + "/tables")), root + "/image_store", out)
torch.save({k: v for k, v in torch.load(out + "/last.pt", weights_only=False)["model"].items()},
           out + f"/rank{torch.distributed.get_rank()}.pt")
"""


@pytest.mark.slow
def test_ddp_two_process_gloo(data, bags, tmp_path):
    """torchrun, 2 CPU processes (gloo): each rank sees half the bags, ranks end identical."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "ddp.py"
    script.write_text(DDP_SCRIPT)
    torchrun = Path(sys.executable).with_name("torchrun")
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    proc = subprocess.run(
        [str(torchrun), "--standalone", "--nproc_per_node", "2", str(script), str(data.root), str(tmp_path / "run")],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.count("epoch 2/2") == 1  # progress from rank 0 only
    hist = json.loads((tmp_path / "run" / "history.json").read_text())
    n_train = sum(min(b.n_images, 2) for b in bags if b.split == "train")
    assert len(hist) == 2 and hist[0]["images"] < n_train  # a rank trains on its shard only
    r0 = torch.load(tmp_path / "run" / "rank0.pt")
    r1 = torch.load(tmp_path / "run" / "rank1.pt")
    assert all(torch.equal(r0[k], r1[k]) for k in r0 if "running" not in k and "num_batches" not in k)
    assert (tmp_path / "run" / "predictions.parquet").is_file()


@pytest.mark.slow
@pytest.mark.flow
def test_train_model_flow(data, tmp_path):
    """The Prefect flow wires the same pure functions: one run, predictions written."""
    from prefect.testing.utilities import prefect_test_harness

    from flows.train_model import train_model_flow

    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(
        "device: cpu\nthreads: 1\ndata: {image_size: 32}\noptim: {epochs: 1, batch_size: 4}\nloader: {num_workers: 0}\n"
    )
    with prefect_test_harness():
        summary = train_model_flow(str(cfg), data_dir=str(data.root), output_dir=str(tmp_path / "run"))
    assert summary["mode"] == "single" and summary["best_epoch"] == 0
    assert pd.read_parquet(summary["test_predictions_path"]).split.eq("test").all()
