"""BreastMIL, top-t% pooling and gated attention: shapes, masks, invariances, argument checks."""

from __future__ import annotations

import pytest
import torch
import torchvision

from modeling.attention import GatedAttention
from modeling.model import BreastMIL
from modeling.pooling import top_k_cells, top_t_pool

torch.set_num_threads(1)


@pytest.fixture(scope="module")
def model() -> BreastMIL:
    torch.manual_seed(0)
    return BreastMIL(t=0.25).eval()


def test_output_shapes_and_ranges(model):
    x = torch.randn(2, 3, 3, 64, 64)
    mask = torch.tensor([[True, True, False], [True, True, True]])
    with torch.no_grad():
        out = model(x, mask)
    assert out.breast_probs.shape == (2, 2)
    assert out.image_probs.shape == (2, 3, 2)
    assert out.saliency.shape == (2, 3, 2, 2, 2)  # 64 / 32 = 2
    assert out.attention.shape == (2, 3, 2)
    assert ((out.saliency >= 0) & (out.saliency <= 1)).all()
    assert torch.allclose(out.attention.sum(dim=1), torch.ones(2, 2), atol=1e-6)
    assert (out.attention[0, 2] == 0).all() and (out.image_probs[0, 2] == 0).all() and (out.saliency[0, 2] == 0).all()
    # breast probability is the attention-weighted mean of image probabilities
    assert torch.allclose(out.breast_probs, (out.attention * out.image_probs).sum(1), atol=1e-6)


def test_bag_of_one_image_equals_its_image_score(model):
    x = torch.randn(1, 1, 3, 64, 64)
    with torch.no_grad():
        out = model(x)
        img = model.image_level(x[0])
    assert torch.allclose(out.attention, torch.ones(1, 1, 2))
    assert torch.allclose(out.breast_probs, out.image_probs[:, 0], atol=1e-7)
    assert torch.allclose(out.breast_probs, img, atol=1e-6)


def test_padding_does_not_change_outputs(model):
    torch.manual_seed(1)
    bag = torch.randn(2, 3, 64, 64)
    with torch.no_grad():
        alone = model(bag.unsqueeze(0))
        padded = torch.cat([bag, torch.randn(3, 3, 64, 64) * 100]).unsqueeze(0)
        mask = torch.tensor([[True, True, False, False, False]])
        out = model(padded, mask)
    assert torch.allclose(out.breast_probs, alone.breast_probs, atol=1e-6)
    assert torch.allclose(out.attention[:, :2], alone.attention, atol=1e-6)


def test_padding_content_is_ignored_in_train_mode():
    """BatchNorm sees only real images, so padded pixels cannot leak even in training."""
    torch.manual_seed(0)
    m = BreastMIL(t=0.5).train()
    x = torch.randn(2, 3, 3, 32, 32)
    mask = torch.tensor([[True, False, False], [True, True, False]])
    y = x.clone()
    y[~mask] = 1e3
    assert torch.equal(m(x, mask).breast_probs, m(y, mask).breast_probs)


def test_empty_bag_and_bad_shapes_raise(model):
    with pytest.raises(ValueError, match="at least one real"):
        model(torch.randn(1, 2, 3, 32, 32), torch.zeros(1, 2, dtype=torch.bool))
    with pytest.raises(ValueError, match=r"\(B, K, 3, H, W\)"):
        model(torch.randn(2, 3, 32, 32))
    with pytest.raises(ValueError, match="mask"):
        model(torch.randn(1, 2, 3, 32, 32), torch.ones(1, 3, dtype=torch.bool))


@pytest.mark.parametrize("t", [0, -0.1, 1.5, float("nan"), "0.2", True])
def test_invalid_t_raises(t):
    with pytest.raises(ValueError, match="t must"):
        BreastMIL(t=t)


@pytest.mark.parametrize(
    "kwargs,match",
    [
        ({"attention_dim": 256}, "attention_dim"),
        ({"attention_hidden": 0}, "attention_hidden"),
        ({"attention_hidden": 12.5}, "attention_hidden"),
        ({"weights_path": "/no/such/file.pt"}, "not a file"),
    ],
)
def test_invalid_constructor_args_raise(kwargs, match):
    with pytest.raises(ValueError, match=match):
        BreastMIL(**kwargs)


def test_loads_torchvision_resnet18_state_dict(tmp_path):
    torch.manual_seed(3)
    ref = torchvision.models.resnet18(weights=None)
    path = tmp_path / "r18.pt"
    torch.save(ref.state_dict(), path)
    m = BreastMIL(weights_path=path)
    assert torch.equal(m.encoder[0].weight, ref.conv1.weight)
    assert torch.equal(m.encoder[7][1].conv2.weight, ref.layer4[1].conv2.weight)
    bad = tmp_path / "bad.pt"
    torch.save({"foo.weight": torch.zeros(1)}, bad)
    with pytest.raises(ValueError, match="no ResNet-18"):
        BreastMIL(weights_path=bad)


def test_top_t_pool_values():
    maps = torch.arange(16, dtype=torch.float32).reshape(1, 4, 4)
    assert top_t_pool(maps, 1.0).item() == pytest.approx(7.5)  # average pooling
    assert top_t_pool(maps, 0.25).item() == pytest.approx((15 + 14 + 13 + 12) / 4)
    assert top_t_pool(maps, 0.01).item() == pytest.approx(15.0)  # at least one cell
    assert top_k_cells(64, 0.1) == 7 and top_k_cells(1, 0.1) == 1 and top_k_cells(64, 0.5) == 32


def test_gated_attention_masks_and_validates():
    att = GatedAttention(in_dim=8, hidden_dim=4, n_heads=2)
    f = torch.randn(2, 4, 8)
    mask = torch.tensor([[1, 1, 1, 0], [1, 0, 0, 0]]).bool()
    w = att(f, mask)
    assert torch.allclose(w.sum(1), torch.ones(2, 2))
    assert (w[~mask] == 0).all()
    assert torch.allclose(w[1, 0], torch.ones(2))
    with pytest.raises(ValueError, match="hidden_dim"):
        GatedAttention(8, 0)
    with pytest.raises(ValueError, match="in_dim"):
        GatedAttention(-1, 4)


def test_loads_full_model_state_dict_and_rejects_mismatch(tmp_path):
    torch.manual_seed(4)
    src = BreastMIL(t=0.3)
    path = tmp_path / "full.pt"
    torch.save(src.state_dict(), path)
    dst = BreastMIL(t=0.3, weights_path=path)
    assert all(torch.equal(a, b) for a, b in zip(src.state_dict().values(), dst.state_dict().values()))
    r34 = torchvision.models.resnet34(weights=None)
    bad = tmp_path / "r34.pt"
    torch.save(r34.state_dict(), bad)
    with pytest.raises(ValueError, match="does not match ResNet-18"):
        BreastMIL(weights_path=bad)
