"""Top-t% pooling (Shen et al. 2021, GMIC): an image-level score from a saliency map.

``y = mean of the ceil(t * h * w) largest values of A``. With ``t -> 0`` this tends to global
max pooling (one cell: sharp, but a single noisy cell decides), with ``t = 1`` it is average
pooling (a small lesion is diluted by background). At least one cell is always kept, so any
``t`` in (0, 1] is valid for any map size.
"""

from __future__ import annotations

import math

import torch


def validate_fraction(t: float) -> float:
    """Return ``t`` as a float, or raise ``ValueError`` if it is outside (0, 1]."""
    if isinstance(t, bool) or not isinstance(t, (int, float)) or not math.isfinite(float(t)):
        raise ValueError(f"top-t% pooling fraction t must be a finite number in (0, 1], got {t!r}")
    if not 0.0 < float(t) <= 1.0:
        raise ValueError(f"top-t% pooling fraction t must be in (0, 1], got {t}")
    return float(t)


def top_k_cells(n_cells: int, t: float) -> int:
    """Number of cells pooled: ``ceil(t * n_cells)``, at least 1 and at most ``n_cells``."""
    if n_cells < 1:
        raise ValueError(f"a saliency map needs at least one cell, got {n_cells}")
    return max(1, min(n_cells, math.ceil(validate_fraction(t) * n_cells - 1e-9)))


def top_t_pool(maps: torch.Tensor, t: float) -> torch.Tensor:
    """Mean of the top ``t`` fraction of values over the last two (spatial) dimensions.

    ``maps``: ``(..., h, w)``; returns ``(...)``. Differentiable (gradients flow to the
    selected cells only).
    """
    if maps.dim() < 2:
        raise ValueError(f"maps must have at least 2 (spatial) dimensions, got shape {tuple(maps.shape)}")
    flat = maps.flatten(start_dim=-2)
    k = top_k_cells(flat.shape[-1], t)
    return flat.topk(k, dim=-1, sorted=False).values.mean(dim=-1)


class TopTPooling(torch.nn.Module):
    """Module form of :func:`top_t_pool` (``t`` validated at construction)."""

    def __init__(self, t: float) -> None:
        super().__init__()
        self.t = validate_fraction(t)

    def forward(self, maps: torch.Tensor) -> torch.Tensor:
        return top_t_pool(maps, self.t)

    def extra_repr(self) -> str:
        return f"t={self.t}"
