"""A training run's folder: the one place that knows its file names.

``modeling.train.fit`` writes a run folder, ``modeling.search`` writes one per trial plus an
``ensemble/`` folder, and the CLI, the flows and the benches read them back through
:class:`RunFolder` (so there is one loader of ``best.pt``, not one per caller)::

    RUN/config.yaml            the resolved TrainConfig
    RUN/last.pt                resumable checkpoint (model, optimizer, epoch, RNG, history)
    RUN/best.pt                the best-validation epoch's weights
    RUN/history.json           one record per epoch
    RUN/result.json            best epoch and metric
    RUN/predictions.parquet    val + test scores of the best epoch
    RUN/test_predictions.parquet  test scores only: what ``sonolabel evaluate`` reads

A random search (``modeling.search``) holds ``trial_XXX/`` run folders and ``ensemble/`` (its
predictions and ``members.json``, the top-k trials): :meth:`RunFolder.ensemble_members` finds
those trials' folders, so a search can be used wherever a model is (``sonolabel score-images``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import torch

from modeling.config import TrainConfig, load_config
from modeling.model import BreastMIL


def build_model(cfg: TrainConfig) -> BreastMIL:
    """The MIL model a config describes (encoder weights from ``cfg.model.weights_path`` if set)."""
    return BreastMIL(t=cfg.model.t, attention_hidden=cfg.model.attention_hidden, weights_path=cfg.model.weights_path)


@dataclass(frozen=True)
class RunFolder:
    """Paths of one training run (``path``) and the loaders of what it holds."""

    path: Path

    def __init__(self, path: str | os.PathLike) -> None:
        object.__setattr__(self, "path", Path(path))

    @property
    def config_path(self) -> Path:
        return self.path / "config.yaml"

    @property
    def best_checkpoint(self) -> Path:
        return self.path / "best.pt"

    @property
    def last_checkpoint(self) -> Path:
        return self.path / "last.pt"

    @property
    def history_path(self) -> Path:
        return self.path / "history.json"

    @property
    def result_path(self) -> Path:
        return self.path / "result.json"

    @property
    def predictions_path(self) -> Path:
        return self.path / "predictions.parquet"

    @property
    def test_predictions_path(self) -> Path:
        return self.path / "test_predictions.parquet"

    @property
    def ensemble(self) -> RunFolder:
        """The top-k ensemble of a random search (its predictions only; no weights)."""
        return RunFolder(self.path / "ensemble")

    @property
    def members_path(self) -> Path:
        """``members.json`` of an ensemble folder: the top-k trials' results rows."""
        return self.path / "members.json"

    def ensemble_members(self) -> list[RunFolder]:
        """The trial run folders of a search's top-k ensemble (``self`` is the search folder or its
        ``ensemble/``). A member's recorded ``output_dir`` is used when it holds ``best.pt``, else the
        folder of that name beside ``ensemble/`` (the search was moved, or recorded a relative path).

        Raises:
            FileNotFoundError: no ``members.json``, or a member without ``best.pt``.
        """
        listing = next((f for f in (self.members_path, self.ensemble.members_path) if f.is_file()), None)
        if listing is None:
            raise FileNotFoundError(f"{self.path} holds neither best.pt (a training run) nor "
                                    f"members.json / ensemble/members.json (a search's ensemble)")
        search_root = listing.parent.parent
        members = []
        for row in json.loads(listing.read_text()):
            recorded = RunFolder(row["output_dir"])
            member = recorded if recorded.best_checkpoint.is_file() else RunFolder(search_root / recorded.path.name)
            if not member.best_checkpoint.is_file():
                raise FileNotFoundError(f"ensemble member {recorded.path.name} has no best.pt (looked in "
                                        f"{recorded.path} and {member.path})")
            members.append(member)
        if not members:
            raise FileNotFoundError(f"{listing} lists no ensemble member")
        return members

    def load_config(self) -> TrainConfig:
        if not self.config_path.is_file():
            raise FileNotFoundError(f"{self.config_path} not found: is {self.path} a training run?")
        return load_config(self.config_path)

    def load_model(self, device: str | torch.device = "cpu") -> tuple[BreastMIL, TrainConfig]:
        """The best epoch's model (in eval mode) and the run's config.

        The encoder is not re-initialised from ``weights_path``: every weight comes from ``best.pt``.
        """
        if not self.best_checkpoint.is_file():
            raise FileNotFoundError(f"{self.best_checkpoint} not found: is {self.path} a finished training run?")
        cfg = self.load_config()
        model = build_model(cfg.replace(model={"weights_path": None}))
        state = torch.load(self.best_checkpoint, map_location=device, weights_only=False)["model"]
        model.load_state_dict(state)
        return model.to(device).eval(), cfg
