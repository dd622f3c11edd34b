"""`sonolabel train/evaluate --deployment NAME` start a run of the served deployment, with the
command's options as the flow's parameters (absolute paths: the worker runs elsewhere)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

pytestmark = [pytest.mark.flow, pytest.mark.xdist_group("prefect")]


def _register(flow, name: str) -> None:
    flow.to_deployment(name=name).apply()


def _flow_run(output: str):
    from prefect import get_client

    run_id = output.split("(")[1].split(")")[0]
    with get_client(sync_client=True) as client:
        return client.read_flow_run(run_id)


def test_train_and_evaluate_trigger_their_deployments(prefect_harness, tmp_path, monkeypatch):
    from flows.evaluate_model import evaluate_model
    from flows.train_model import train_model_flow
    from sonolabel.cli import app

    _register(train_model_flow, "on-demand")
    _register(evaluate_model, "on-demand")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    train = runner.invoke(app, ["train", "-c", "configs/demo_cpu.yaml", "--dataset", "var/dataset",
                                "--epochs", "2", "--deployment", "on-demand"])
    assert train.exit_code == 0, train.output
    assert "deployment train-model/on-demand" in train.output
    run = _flow_run(train.output)
    assert run.state.is_scheduled()
    assert run.parameters["config_path"] == str(tmp_path / "configs" / "demo_cpu.yaml")
    assert run.parameters["data_dir"] == str(tmp_path / "var" / "dataset")
    assert run.parameters["overrides"] == {"optim": {"epochs": 2}}

    evaluate = runner.invoke(app, ["evaluate", "preds.parquet", "--dataset", "ds", "--n-boot", "50",
                                   "--deployment", "evaluate-model/on-demand"])
    assert evaluate.exit_code == 0, evaluate.output
    run = _flow_run(evaluate.output)
    assert run.parameters["predictions_path"] == str(tmp_path / "preds.parquet")
    assert run.parameters["dataset_dir"] == str(tmp_path / "ds")
    assert run.parameters["config"]["n_boot"] == 50

    missing = runner.invoke(app, ["train", "-c", "c.yaml", "--deployment", "nightly-typo"])
    assert missing.exit_code == 1
    assert "no deployment 'train-model/nightly-typo'" in str(missing.exception)
