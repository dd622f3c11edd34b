"""``sonolabel train`` (one MIL model or a random search + ensemble) and ``sonolabel saliency``."""

from __future__ import annotations

from pathlib import Path

import typer

from core.errors import UserError
from sonolabel.commands.options import dataset_option, hidden_alias, pick_dataset, trigger_deployment

TRAIN_EXAMPLES = """Examples:

  sonolabel train -c configs/demo_cpu.yaml --dataset var/dataset -o var/runs/demo_cpu

  sonolabel train -c configs/demo_cpu.yaml --dataset var/dataset --search --trials 3

  sonolabel train -c configs/demo_cpu.yaml --dataset /data/dataset --deployment on-demand
"""
SALIENCY_EXAMPLES = """Example:

  sonolabel saliency --run var/runs/demo_cpu --dataset var/dataset --exam 3f9c... --laterality L -o var/saliency
"""


def register(app: typer.Typer) -> None:
    @app.command("train", epilog=TRAIN_EXAMPLES)
    def train(
        config: Path = typer.Option(
            ..., "--config", "-c", help="YAML/TOML training config (configs/demo_cpu.yaml, configs/paper_gpu.yaml)."
        ),
        dataset: Path | None = dataset_option(
            "Build output folder holding tables/ and image_store/ (else the config's data paths)."
        ),
        data: Path | None = hidden_alias("--data"),
        out: Path | None = typer.Option(None, "--out", "-o", help="Run folder (default: the config's output_dir)."),
        search: bool = typer.Option(
            False, "--search", help="Random search (config search.n_trials) + top-k ensemble on validation AUROC."
        ),
        trials: int | None = typer.Option(None, "--trials", help="Override search.n_trials."),
        epochs: int | None = typer.Option(None, "--epochs", help="Override optim.epochs."),
        device: str | None = typer.Option(None, "--device", help="auto, cpu, cuda or cuda:N (override)."),
        resume: bool = typer.Option(False, "--resume", help="Continue from OUT/last.pt (exactly where it stopped)."),
        deployment: str | None = typer.Option(
            None, "--deployment", help="Run on the served deployment train-model/NAME (prefect.yaml) instead of here."
        ),
    ) -> None:
        """Train the breast-level MIL model on the curated tables; writes checkpoints and predictions.

        Data-parallel: torchrun --nproc_per_node N -m sonolabel.cli train ... (gloo on CPU, nccl on CUDA).
        """
        import json
        import os

        data = pick_dataset(dataset, data, "--data")
        overrides: dict = {}
        if epochs is not None:
            overrides["optim"] = {"epochs": epochs}
        if trials is not None:
            overrides["search"] = {"n_trials": trials}
        if device is not None:
            overrides["device"] = device
        if deployment is not None:  # paths as the worker, started in this project's folder, will see them
            typer.echo(trigger_deployment("train-model", deployment, {
                "config_path": str(config.resolve()), "data_dir": str(data.resolve()) if data else None,
                "output_dir": str(out.resolve()) if out else None, "search": search, "resume": resume,
                "overrides": overrides or None,
            }))
            return

        from modeling.config import load_config
        from modeling.experiment import train_or_search
        from modeling.train import load_bags, resolve_data_dirs

        try:
            cfg = load_config(config)
            cfg = cfg.replace(**overrides) if overrides else cfg
            tables_dir, store_dir = resolve_data_dirs(cfg, data)
            bags = load_bags(cfg, tables_dir)
            if not store_dir.is_dir():
                raise FileNotFoundError(f"image store {store_dir} not found")
            summary = train_or_search(
                cfg, bags, store_dir, out or Path(cfg.output_dir), search=search, resume=resume, log=typer.echo
            )
        except (ValueError, FileNotFoundError) as exc:
            raise UserError(str(exc)) from exc
        if os.environ.get("RANK", "0") == "0":  # under torchrun, rank 0 reports
            typer.echo(json.dumps(summary, indent=1))

    @app.command("saliency", epilog=SALIENCY_EXAMPLES)
    def saliency(
        run: Path = typer.Option(..., "--run", help="A training run folder (holds best.pt and config.yaml)."),
        dataset: Path | None = dataset_option("Build output folder (tables/, image_store/)."),
        data: Path | None = hidden_alias("--data"),
        exam: str = typer.Option(..., "--exam", help="exam_uid of the breast."),
        laterality: str = typer.Option(..., "--laterality", help="L or R."),
        out: Path = typer.Option(..., "--out", "-o", help="Folder for the PNG overlays and attention.csv."),
    ) -> None:
        """Save one breast's benign/malignant saliency overlays (PNG) and attention weights."""
        data = pick_dataset(dataset, data, "--data")
        from modeling.bags import BreastBagDataset
        from modeling.run_folder import RunFolder
        from modeling.saliency import breast_saliency, save_breast_saliency
        from modeling.train import load_bags, resolve_data_dirs

        try:
            model, cfg = RunFolder(run).load_model()
            tables_dir, store_dir = resolve_data_dirs(cfg, data)
            bags = [b for b in load_bags(cfg, tables_dir) if b.exam_uid == exam and b.laterality == laterality]
            if not bags:
                raise ValueError(f"no breast with exam_uid={exam!r} and laterality={laterality!r}")
            ds = BreastBagDataset(
                bags, store_dir, train=False, image_size=cfg.data.image_size, mean=cfg.data.mean, std=cfg.data.std
            )
            sal = breast_saliency(model, ds, 0)
            paths = save_breast_saliency(sal, out)
        except (ValueError, FileNotFoundError) as exc:
            raise UserError(str(exc)) from exc
        typer.echo(
            f"breast P(malignant) {sal.breast_probs[1]:.4f}, P(benign) {sal.breast_probs[0]:.4f}; "
            f"{len(paths)} overlays and attention.csv in {out}"
        )
