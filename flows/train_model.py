"""The ``train-model`` flow: load the config and the curated bags, train (or search), report.

No logic lives here: each task wraps one pure function of ``modeling/``. Training itself is one
task (an epoch loop is not a useful unit of Prefect retry; resumption is the checkpoint's job:
rerun with ``resume=True`` and it continues exactly from ``last.pt``).

Run it:
    python -m flows.train_model --config configs/demo_cpu.yaml --data OUT --out runs/demo
or from Python: ``train_model_flow("configs/demo_cpu.yaml", data_dir="OUT")``.
"""

from __future__ import annotations

import argparse
import json

from sonolabel import runtime

runtime.configure()  # before prefect is imported

from prefect import flow, get_run_logger, task  # noqa: E402


@task(name="load-config")
def load_config_task(config_path: str, overrides: dict | None):
    from modeling.config import load_config

    cfg = load_config(config_path)
    return cfg.replace(**overrides) if overrides else cfg


@task(name="resolve-data")
def resolve_data_task(cfg, data_dir: str | None):
    from modeling.train import resolve_data_dirs

    return resolve_data_dirs(cfg, data_dir)


@task(name="load-bags")
def load_bags_task(cfg, tables_dir):
    from modeling.train import load_bags

    return load_bags(cfg, tables_dir)


@task(name="train")
def train_task(cfg, bags, store_dir, output_dir: str, search: bool, resume: bool) -> dict:
    from modeling.train import train_or_search

    logger = get_run_logger()
    return train_or_search(cfg, bags, store_dir, output_dir, search=search, resume=resume, log=logger.info)


@flow(name="train-model")
def train_model_flow(
    config_path: str,
    data_dir: str | None = None,
    output_dir: str | None = None,
    search: bool = False,
    resume: bool = False,
    overrides: dict | None = None,
) -> dict:
    """Train the MIL model (or run the random search + ensemble) on a build's curated tables."""
    cfg = load_config_task(config_path, overrides)
    tables_dir, store_dir = resolve_data_task(cfg, data_dir)
    bags = load_bags_task(cfg, tables_dir)
    return train_task(cfg, bags, store_dir, output_dir or cfg.output_dir, search, resume)


def main() -> None:
    p = argparse.ArgumentParser(description="Run the train-model flow.")
    p.add_argument("--config", required=True)
    p.add_argument("--data")
    p.add_argument("--out")
    p.add_argument("--search", action="store_true")
    p.add_argument("--resume", action="store_true")
    a = p.parse_args()
    print(json.dumps(train_model_flow(a.config, a.data, a.out, a.search, a.resume), indent=1))


if __name__ == "__main__":
    main()
