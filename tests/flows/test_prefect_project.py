"""prefect.yaml: the nightly build has a concurrency limit of 1; train-model and evaluate-model are deployed."""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _flow_names(path: Path) -> dict[str, str]:
    """function name -> @flow(name=...) of a flow module, read without importing it (torch)."""
    names = {}
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.FunctionDef):
            for dec in node.decorator_list:
                if isinstance(dec, ast.Call) and getattr(dec.func, "id", "") == "flow":
                    names[node.name] = next(k.value.value for k in dec.keywords if k.arg == "name")
    return names


def test_deployments():
    project = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    deployments = {}
    for d in project["deployments"]:
        file, function = d["entrypoint"].split(":")
        flow_name = _flow_names(ROOT / file)[function]
        deployments[f"{flow_name}/{d['name']}"] = d
    assert set(deployments) == {"build-dataset/nightly", "train-model/on-demand", "evaluate-model/on-demand"}
    assert deployments["build-dataset/nightly"]["concurrency_limit"] == 1
    assert deployments["build-dataset/nightly"]["schedules"][0]["cron"] == "0 2 * * *"
    for name in ("train-model/on-demand", "evaluate-model/on-demand"):
        assert deployments[name]["work_pool"]["name"] == "sonolabel-process"
        assert not deployments[name].get("schedules"), name  # run on demand: sonolabel train/evaluate --deployment
