"""Gated attention over a variable number of images (Ilse et al. 2018, as used by Shen et al.).

For image features ``v_k`` (dimension ``L``) the score of head ``c`` is
``w_c^T (tanh(V v_k) * sigmoid(U v_k))`` with ``V, U`` mapping ``L -> M``; the weights are a
softmax over the images of one bag. Shen et al. use two heads (benign, malignant) with
``L = 512`` (ResNet-18 channels) and ``M = 128``. Padded images are masked out *before* the
softmax, so they receive exactly zero weight and do not change the real images' weights.
"""

from __future__ import annotations

import torch
from torch import nn


def _check_positive_int(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
    return value


class GatedAttention(nn.Module):
    """Gated-attention MIL weights, one softmax per head.

    Args:
        in_dim: ``L``, the feature dimension of each image vector ``v_k``.
        hidden_dim: ``M``, the width of the tanh and sigmoid branches.
        n_heads: number of independent attention heads (2: benign, malignant).

    Forward: ``features (B, K, L)``, ``mask (B, K)`` bool (True = real image) ->
    weights ``(B, K, n_heads)``, each head summing to 1 over the real images of a bag.
    """

    def __init__(self, in_dim: int = 512, hidden_dim: int = 128, n_heads: int = 2) -> None:
        super().__init__()
        self.in_dim = _check_positive_int("in_dim (L)", in_dim)
        self.hidden_dim = _check_positive_int("hidden_dim (M)", hidden_dim)
        self.n_heads = _check_positive_int("n_heads", n_heads)
        self.V = nn.Linear(in_dim, hidden_dim)
        self.U = nn.Linear(in_dim, hidden_dim)
        self.w = nn.Linear(hidden_dim, n_heads)

    def scores(self, features: torch.Tensor) -> torch.Tensor:
        """Unnormalised attention logits ``(..., n_heads)``."""
        return self.w(torch.tanh(self.V(features)) * torch.sigmoid(self.U(features)))

    def forward(self, features: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        if features.dim() != 3 or features.shape[-1] != self.in_dim:
            raise ValueError(f"features must be (B, K, {self.in_dim}), got {tuple(features.shape)}")
        if mask.shape != features.shape[:2]:
            raise ValueError(f"mask must be (B, K) = {tuple(features.shape[:2])}, got {tuple(mask.shape)}")
        mask = mask.bool()
        if not bool(mask.any(dim=1).all()):
            raise ValueError("every bag needs at least one real (unmasked) image")
        logits = self.scores(features)
        logits = logits.masked_fill(~mask.unsqueeze(-1), float("-inf"))
        return torch.softmax(logits, dim=1)
