"""The ``train-model`` flow: load the config and the curated bags, train (or search), report.

No logic lives here: each task wraps one pure function of ``modeling/``. Training itself is one
task (an epoch loop is not a useful unit of Prefect retry; resumption is the checkpoint's job:
rerun with ``resume=True`` and it continues exactly from ``last.pt``).

Run it from Python, ``train_model_flow("configs/demo_cpu.yaml", data_dir="OUT")``, or as a
deployment; ``sonolabel train -c CONFIG --dataset OUT -o RUN`` runs the same stage functions without Prefect.
"""

from __future__ import annotations

from core import runtime

runtime.configure()  # before prefect is imported

from prefect import flow, get_run_logger, task  # noqa: E402

from modeling.config import load_config  # noqa: E402
from modeling.experiment import train_or_search  # noqa: E402
from modeling.train import load_bags, resolve_data_dirs  # noqa: E402


@task(name="load-config")
def load_config_task(config_path: str, overrides: dict | None):
    cfg = load_config(config_path)
    return cfg.replace(**overrides) if overrides else cfg


@task(name="resolve-data")
def resolve_data_task(cfg, data_dir: str | None):
    return resolve_data_dirs(cfg, data_dir)


@task(name="load-bags")
def load_bags_task(cfg, tables_dir):
    return load_bags(cfg, tables_dir)


@task(name="train")
def train_task(cfg, bags, store_dir, output_dir: str, search: bool, resume: bool) -> dict:
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

