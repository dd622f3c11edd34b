"""The breast-level MIL model of Shen et al. 2021 (Methods, Fig. A.4).

Per image ``x_k`` of a breast: a ResNet-18 encoder gives ``h_k`` (512 x h x w; 8 x 8 for a
256 x 256 input); a 1 x 1 convolution + sigmoid gives two saliency maps (benign, malignant);
top-t% pooling of each map gives the image-level probabilities ``y_k``. Global max pooling of
``h_k`` gives ``v_k``, and gated attention over the bag gives ``alpha_k`` (one head per class).
The breast-level probability is ``sum_k alpha_k y_k`` per class.

Bags of different sizes are batched as ``(B, K, 3, H, W)`` with a ``(B, K)`` mask. Only the
real images go through the encoder (padding costs no compute and, because BatchNorm never sees
it, cannot change any output); padded slots get zero attention, zero maps and zero scores.
Weights are never downloaded: the encoder trains from scratch unless ``weights_path`` names a
local ``state_dict`` file (a torchvision ResNet-18 one, e.g. ImageNet, or a full model one).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import torch
import torchvision
from torch import nn

from modeling.attention import GatedAttention
from modeling.pooling import top_t_pool, validate_fraction

RESNET18_CHANNELS = 512
CLASSES = ("benign", "malignant")  # channel order of every (.., 2) output


class MILOutput(NamedTuple):
    """What :class:`BreastMIL` returns (class axis order: benign, malignant)."""

    breast_probs: torch.Tensor  # (B, 2)
    image_probs: torch.Tensor  # (B, K, 2); 0 at padded slots
    saliency: torch.Tensor  # (B, K, 2, h, w) in [0, 1]; 0 at padded slots
    attention: torch.Tensor  # (B, K, 2); each head sums to 1 over a bag's real images
    mask: torch.Tensor  # (B, K) bool, True = real image


def resnet18_trunk() -> nn.Sequential:
    """torchvision ResNet-18 without its average pool and classifier (random init, no download)."""
    net = torchvision.models.resnet18(weights=None)
    return nn.Sequential(net.conv1, net.bn1, net.relu, net.maxpool, net.layer1, net.layer2, net.layer3, net.layer4)


class BreastMIL(nn.Module):
    """ResNet-18 saliency maps + top-t% pooling + gated attention over a breast's images.

    Args:
        t: fraction of saliency-map cells averaged by top-t% pooling, in (0, 1]; at least one
            cell is always pooled. The paper searches t in [0.1, 0.5].
        attention_dim: ``L``, the input width of the gated attention; it is the encoder's
            feature width, so it must be 512 for ResNet-18 (kept as an argument to document it
            and to fail loudly on a mismatch).
        attention_hidden: ``M``, the width of the gated-attention branches (paper: 128).
        weights_path: optional local ``state_dict`` file: either a torchvision ResNet-18 state
            dict (its ``fc.*`` keys are ignored) or a full :class:`BreastMIL` state dict. Never
            downloaded.
    """

    def __init__(
        self,
        t: float = 0.2,
        attention_dim: int = RESNET18_CHANNELS,
        attention_hidden: int = 128,
        weights_path: str | os.PathLike | None = None,
    ) -> None:
        super().__init__()
        self.t = validate_fraction(t)
        if isinstance(attention_dim, bool) or not isinstance(attention_dim, int) or attention_dim != RESNET18_CHANNELS:
            raise ValueError(
                f"attention_dim (L) must equal the ResNet-18 feature width {RESNET18_CHANNELS}, got {attention_dim!r}"
            )
        if isinstance(attention_hidden, bool) or not isinstance(attention_hidden, int) or attention_hidden < 1:
            raise ValueError(f"attention_hidden (M) must be a positive integer, got {attention_hidden!r}")
        self.encoder = resnet18_trunk()
        self.saliency_head = nn.Conv2d(RESNET18_CHANNELS, len(CLASSES), kernel_size=1)
        self.attention = GatedAttention(attention_dim, attention_hidden, n_heads=len(CLASSES))
        if weights_path is not None:
            self.load_weights(weights_path)

    def load_weights(self, path: str | os.PathLike) -> None:
        """Load a local torchvision ResNet-18 or full-model ``state_dict`` (weights only)."""
        path = Path(path)
        if not path.is_file():
            raise ValueError(f"weights_path {str(path)!r} is not a file")
        state = torch.load(path, map_location="cpu", weights_only=True)
        if isinstance(state, dict) and "model" in state and isinstance(state["model"], dict):
            state = state["model"]  # a training checkpoint
        if not isinstance(state, dict):
            raise ValueError(f"{path} does not hold a state_dict")
        try:
            if any(k.startswith("encoder.") for k in state):
                self.load_state_dict(state)
                return
            # torchvision ResNet-18 naming: conv1, bn1, layer1..4 map onto the trunk's indices
            names = ["conv1", "bn1", "relu", "maxpool", "layer1", "layer2", "layer3", "layer4"]
            remap = {}
            for key, value in state.items():
                head, _, rest = key.partition(".")
                if head in names:
                    remap[f"{names.index(head)}.{rest}"] = value
            if not remap:
                raise ValueError(f"{path} has no ResNet-18 encoder weights (no conv1/layer* keys)")
            self.encoder.load_state_dict(remap)
        except RuntimeError as exc:  # shape or key mismatch
            raise ValueError(f"{path} does not match ResNet-18: {str(exc).splitlines()[0]}") from exc

    def encode(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Images ``(N, 3, H, W)`` -> (saliency ``(N, 2, h, w)``, image probs ``(N, 2)``, ``v (N, 512)``)."""
        h = self.encoder(images)
        maps = torch.sigmoid(self.saliency_head(h))
        return maps, top_t_pool(maps, self.t), h.amax(dim=(-2, -1))

    def image_level(self, images: torch.Tensor) -> torch.Tensor:
        """Image-level (benign, malignant) probabilities ``(N, 2)`` for single images."""
        return self.encode(images)[1]

    def forward(self, images: torch.Tensor, mask: torch.Tensor | None = None) -> MILOutput:
        if images.dim() != 5 or images.shape[2] != 3:
            raise ValueError(f"images must be (B, K, 3, H, W), got {tuple(images.shape)}")
        b, k = images.shape[:2]
        if mask is None:
            mask = torch.ones(b, k, dtype=torch.bool, device=images.device)
        mask = mask.to(device=images.device, dtype=torch.bool)
        if mask.shape != (b, k):
            raise ValueError(f"mask must be (B, K) = {(b, k)}, got {tuple(mask.shape)}")
        if not bool(mask.any(dim=1).all()):
            raise ValueError("every bag needs at least one real (unmasked) image")
        if bool(mask.all()):  # no padding: a view, no copy
            maps_r, probs_r, feats_r = self.encode(images.flatten(0, 1))
            maps = maps_r.unflatten(0, (b, k))
            probs = probs_r.unflatten(0, (b, k))
            feats = feats_r.unflatten(0, (b, k))
        else:
            maps_r, probs_r, feats_r = self.encode(images[mask])
            maps = maps_r.new_zeros((b, k) + tuple(maps_r.shape[1:]))
            maps[mask] = maps_r
            probs = probs_r.new_zeros((b, k, len(CLASSES)))
            probs[mask] = probs_r
            feats = feats_r.new_zeros((b, k, feats_r.shape[-1]))
            feats[mask] = feats_r
        attention = self.attention(feats, mask)
        breast = (attention * probs).sum(dim=1)
        return MILOutput(breast, probs, maps, attention, mask)
