"""Synthetic B-mode breast-ultrasound frames (vectorised numpy, a few ms per image).

Why it is built this way: the curation pipeline must see what a real scanner writes -- a black
frame, a sector (curvilinear probe) or rectangular (linear probe) field of view filled with
log-compressed Rayleigh speckle, burned-in text and a depth scale in the periphery -- and the
model must have something to learn: a lesion whose look follows BI-RADS descriptors (benign:
oval, circumscribed, wider-than-tall, posterior enhancement; malignant: irregular, spiculated,
taller-than-wide, posterior shadowing). Every pixel is drawn from the ``rng`` the caller passes,
so an image is a pure function of its seed.

Geometry: every pixel inside the field of view gets beam coordinates ``u`` (lateral, -1..1) and
``d`` (depth, 0..1). Tissue layers and posterior acoustic effects are defined along ``d`` at a
fixed ``u`` -- "behind the lesion" follows the beam, also in a sector. The lesion shape itself is
defined in pixel space (a physical shape), and its mask is returned in the same pixel coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PIL import Image
from scipy import ndimage

LESION_KINDS = ("none", "benign", "malignant")
FOV_KINDS = ("sector", "linear")


@dataclass(frozen=True)
class Region:
    """One ultrasound region (a DICOM SequenceOfUltrasoundRegions item), inclusive pixel bounds."""

    x0: int
    y0: int
    x1: int
    y1: int
    depth_cm: float


@dataclass
class RenderedImage:
    """Pixels (``uint8``, HxW) plus what the truth needs: lesion mask, regions, zero fraction."""

    pixels: np.ndarray
    mask: np.ndarray | None
    regions: list[Region]
    fov_masks: list[np.ndarray] = field(default_factory=list)

    @property
    def zero_fraction(self) -> float:
        return float(np.mean(self.pixels == 0))


@dataclass(frozen=True)
class ViewSpec:
    """What one field of view shows: probe geometry and lesion type.

    Args:
        fov: ``"sector"`` (curvilinear probe) or ``"linear"``.
        lesion: ``"none"``, ``"benign"`` or ``"malignant"``.
        benign_kind: ``"cyst"`` or ``"solid"`` (fibroadenoma-like) when ``lesion == "benign"``.
        depth_cm: displayed depth of the field of view, 2.5-6 cm.
    """

    fov: str = "linear"
    lesion: str = "none"
    benign_kind: str = "solid"
    depth_cm: float = 4.0

    def __post_init__(self) -> None:
        if self.fov not in FOV_KINDS:
            raise ValueError(f"fov must be one of {FOV_KINDS}, got {self.fov!r}")
        if self.lesion not in LESION_KINDS:
            raise ValueError(f"lesion must be one of {LESION_KINDS}, got {self.lesion!r}")
        if self.benign_kind not in ("cyst", "solid"):
            raise ValueError(f"benign_kind must be 'cyst' or 'solid', got {self.benign_kind!r}")
        if not 1.0 <= self.depth_cm <= 10.0:
            raise ValueError(f"depth_cm must be in [1, 10], got {self.depth_cm}")


def sector_half_angle(h: int, w: int, rng: np.random.Generator) -> float:
    """Half opening angle of a curvilinear probe's sector that fits an ``h`` x ``w`` box."""
    return float(min(rng.uniform(0.42, 0.55), np.arcsin(min(0.9 * w / (2 * h), 0.95))))


def beam_coordinates(h: int, w: int, fov: str, half_angle: float, step: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(inside, u, d) on the grid of every ``step``-th pixel of an ``h`` x ``w`` box.

    Linear probe: u, d are the normalised x, y. Curvilinear probe: the apex sits above the box,
    the skin arc touches the top edge at the centre, the bottom arc touches the bottom edge and
    spans (almost) the box width; u is the beam angle, d the normalised radius.
    """
    ys = np.arange(0, h, step, dtype=np.float32)[:, None]
    xs = np.arange(0, w, step, dtype=np.float32)[None, :]
    if fov == "linear":
        shape = (ys.shape[0], xs.shape[1])
        u = np.broadcast_to((xs / max(w - 1, 1)) * 2 - 1, shape)
        d = np.broadcast_to(ys / max(h - 1, 1), shape)
        return np.ones(shape, dtype=bool), np.ascontiguousarray(u), np.ascontiguousarray(d)
    r_bottom = (w - 1) / (2 * np.sin(half_angle))
    ax, ay = (w - 1) / 2, (h - 1) - r_bottom
    r_skin = -ay
    dx, dy = xs - ax, ys - ay
    r = np.sqrt(dx * dx + dy * dy)
    theta = np.arctan2(dx, dy)
    inside = (np.abs(theta) <= half_angle) & (r >= r_skin) & (r <= r_bottom)
    d = (r - r_skin) / (r_bottom - r_skin)
    return inside, (theta / half_angle).astype(np.float32), np.clip(d, 0, 1).astype(np.float32)


def sector_inside_full(h: int, w: int, half_angle: float) -> np.ndarray:
    """Exact full-resolution sector mask (squared radii and a tangent test: no trigonometry per pixel)."""
    r_bottom = (w - 1) / (2 * np.sin(half_angle))
    ax, ay = (w - 1) / 2, (h - 1) - r_bottom
    ys = np.arange(h, dtype=np.float32)[:, None] - ay
    xs = np.arange(w, dtype=np.float32)[None, :] - ax
    r2 = xs * xs + ys * ys
    return (r2 >= ay * ay) & (r2 <= r_bottom * r_bottom) & (np.abs(xs) <= ys * np.float32(np.tan(half_angle)))


def smooth_noise_1d(rng: np.random.Generator, n: int, scale: float, octaves: int = 3) -> np.ndarray:
    """A smooth random curve of length ``n`` (sum of interpolated random knots), mean 0."""
    out = np.zeros(n, dtype=np.float32)
    x = np.linspace(0, 1, n)
    for o in range(octaves):
        knots = 3 + 4 * 2**o
        out += np.interp(x, np.linspace(0, 1, knots), rng.standard_normal(knots)) * scale / 2**o
    return out


def tissue_echogenicity(u: np.ndarray, d: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Mean backscatter of breast layers along depth: skin, fat, fibroglandular tissue, muscle."""
    n = 256
    ui = np.clip(((u + 1) / 2 * (n - 1)).astype(np.int32), 0, n - 1)
    skin = (0.03 + 0.004 * smooth_noise_1d(rng, n, 0.5, 1))[ui]
    fat_end = (0.2 + 0.06 * rng.uniform(-1, 1) + 0.05 * smooth_noise_1d(rng, n, 1.0, 2))[ui]
    gland_end = (0.7 + 0.07 * rng.uniform(-1, 1) + 0.05 * smooth_noise_1d(rng, n, 1.0, 2))[ui]
    # A low-frequency texture (fat lobules, Cooper's ligaments, ducts) looked up by (d, u).
    tex = ndimage.zoom(rng.uniform(0.0, 1.0, (10, 14)).astype(np.float32), (64 / 10, 64 / 14), order=3)
    ti = np.clip((d * 63).astype(np.int32), 0, 63)
    tj = np.clip(((u + 1) / 2 * 63).astype(np.int32), 0, 63)
    t = np.clip(tex[ti, tj], 0, 1)
    fat = 0.07 + 0.08 * t
    gland = 0.2 + 0.4 * t
    muscle = 0.09 + 0.09 * np.sin(d * 150 + 4 * u) ** 2
    # Soft layer transitions (a hard step looks synthetic).
    g = np.clip((d - fat_end) / 0.04 + 0.5, 0, 1)
    m = np.clip((d - gland_end) / 0.03 + 0.5, 0, 1)
    e = fat * (1 - g) + gland * g
    e = e * (1 - m) + muscle * m
    e = np.where(d < skin, 0.8, e)
    e = e + 0.4 * np.clip(1 - np.abs(d - gland_end) / 0.006, 0, 1)  # pectoral fascia
    return (e * (1.0 - 0.3 * d)).astype(np.float32)


def _speckle(shape: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    """Rayleigh-distributed envelope of a laterally correlated complex Gaussian field (mean ~1)."""
    re = rng.standard_normal(shape, dtype=np.float32)
    im = rng.standard_normal(shape, dtype=np.float32)
    # Speckle grains are elongated laterally (beam width > pulse length).
    re = ndimage.uniform_filter1d(ndimage.uniform_filter1d(re, 4, axis=1), 2, axis=0)
    im = ndimage.uniform_filter1d(ndimage.uniform_filter1d(im, 4, axis=1), 2, axis=0)
    env = np.hypot(re, im)
    return env / np.float32(env.mean() + 1e-6)


def _lesion_shape(h: int, w: int, step: int, inside: np.ndarray, d: np.ndarray, lesion: str,
                  rng: np.random.Generator) -> tuple[tuple[slice, slice], np.ndarray]:
    """A lesion's window (slices into the ``step`` grid) and its relative radius there (< 1 inside).

    The shape is physical: defined in full-resolution pixel units, evaluated at grid positions.
    """
    ys, xs = np.nonzero(inside & (d > 0.3) & (d < 0.6))
    k = int(rng.integers(len(ys)))
    size = float(rng.uniform(0.07, 0.13)) * min(h, w)
    cy = float(np.clip(ys[k] * step, 1.6 * size, h - 1.6 * size))
    cx = float(np.clip(xs[k] * step, max(w * 0.22, 1.6 * size), min(w * 0.78, w - 1.6 * size)))
    if lesion == "benign":
        size *= 1.25
        ax, ay = size * rng.uniform(1.0, 1.3), size * rng.uniform(0.5, 0.68)  # wider than tall
        harmonics = [(2, 0.03), (3, 0.02)]
        tilt = rng.uniform(-0.15, 0.15)
    else:
        size *= 1.35
        ax, ay = size * rng.uniform(0.6, 0.78), size * rng.uniform(0.9, 1.1)  # taller than wide
        harmonics = [(3, 0.10), (5, 0.08), (7, 0.06), (11, 0.05)]
        tilt = rng.uniform(-0.3, 0.3)
    r = 1.6 * size + 2
    gy0, gy1 = max(int((cy - r) // step), 0), min(int((cy + r) // step) + 1, inside.shape[0])
    gx0, gx1 = max(int((cx - r) // step), 0), min(int((cx + r) // step) + 1, inside.shape[1])
    yy = (np.arange(gy0, gy1, dtype=np.float32) * step)[:, None]
    xx = (np.arange(gx0, gx1, dtype=np.float32) * step)[None, :]
    dx, dy = xx - cx, yy - cy
    c, s = np.float32(np.cos(tilt)), np.float32(np.sin(tilt))
    rx, ry = dx * c + dy * s, -dx * s + dy * c
    phi = np.arctan2(ry, rx)
    rho = np.sqrt((rx / ax) ** 2 + (ry / ay) ** 2)
    boundary = np.ones_like(rho)
    for n_h, amp in harmonics:
        boundary += amp * np.sin(n_h * phi + rng.uniform(0, 2 * np.pi))
    if lesion == "malignant":
        # Spiculations: thin radial spikes extending the margin outwards.
        for a, ln in zip(rng.uniform(-np.pi, np.pi, int(rng.integers(8, 14))), rng.uniform(0.15, 0.5, 14)):
            dist = np.abs(np.mod(phi - a + np.pi, 2 * np.pi) - np.pi)
            boundary += ln * np.exp(-((dist / 0.06) ** 2))
    return (slice(gy0, gy1), slice(gx0, gx1)), rho / boundary


def render_view(h: int, w: int, spec: ViewSpec, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Render one field of view in an ``h`` x ``w`` box.

    Returns ``(pixels uint8, fov_mask bool, lesion_mask bool or None)``, all ``h`` x ``w``. Pixels
    outside the FOV are exactly 0; inside they are >= 1 (anechoic fluid stays at the speckle floor).
    Tissue, lesion and speckle are computed on a half-resolution grid and upsampled bilinearly
    (4x fewer operations; real speckle grains span several pixels anyway); the FOV edge is exact.
    """
    step = 2
    half_angle = sector_half_angle(h, w, rng) if spec.fov == "sector" else 0.0
    inside, u, d = beam_coordinates(h, w, spec.fov, half_angle, step)
    echo = tissue_echogenicity(u, d, rng)
    mask_small = None
    if spec.lesion != "none":
        win, rel = _lesion_shape(h, w, step, inside, d, spec.lesion, rng)
        m_win = (rel < 1.0) & inside[win]
        if m_win.any():
            mask_small = np.zeros(inside.shape, dtype=bool)
            mask_small[win] = m_win
            echo = _apply_lesion(echo, u, d, win, rel, m_win, spec, rng)
    env = echo * _speckle(echo.shape, rng)
    # Log compression to 8 bits over a 34 dB display range; floor 1.
    db = 20 * np.log10(np.maximum(env, 1e-4))
    top, rng_db = 4.0, 38.0
    small = (np.clip((db - (top - rng_db)) * (254 / rng_db), 0, 254) + 1).astype(np.uint8)
    big = np.asarray(Image.fromarray(small).resize((small.shape[1] * step, small.shape[0] * step),
                                                   Image.Resampling.BILINEAR))[:h, :w]
    full_inside = np.ones((h, w), dtype=bool) if spec.fov == "linear" else sector_inside_full(h, w, half_angle)
    pixels = np.where(full_inside, np.maximum(big, 1), 0).astype(np.uint8)
    mask = None
    if mask_small is not None:
        mask = np.repeat(np.repeat(mask_small, step, axis=0), step, axis=1)[:h, :w] & full_inside
    return pixels, full_inside, mask


def _apply_lesion(echo: np.ndarray, u: np.ndarray, d: np.ndarray, win: tuple[slice, slice], rel: np.ndarray,
                  m_win: np.ndarray, spec: ViewSpec, rng: np.random.Generator) -> np.ndarray:
    """Lesion interior, margin and posterior acoustic feature (enhancement or shadow) on ``echo``."""
    lu, ld = u[win][m_win], d[win][m_win]
    u_c, u_half = float(lu.mean()), max(float(lu.max() - lu.min()) / 2, 1e-3)
    d_bottom, d_top = float(ld.max()), float(ld.min())
    sub = echo[win]
    if spec.lesion == "benign" and spec.benign_kind == "cyst":
        inner = np.full(rel.shape, 0.004, np.float32)
    elif spec.lesion == "benign":
        inner = np.full(rel.shape, 0.06, np.float32) * np.float32(0.8 + 0.4 * rng.random())
    else:
        het = ndimage.zoom(rng.uniform(0.4, 1.6, (6, 6)).astype(np.float32),
                           (rel.shape[0] / 6, rel.shape[1] / 6), order=1)
        inner = 0.035 * het[: rel.shape[0], : rel.shape[1]]
        if inner.shape != rel.shape:
            inner = np.resize(inner, rel.shape)
    if spec.lesion == "malignant":
        # Indistinct margin blended over a band, plus an echogenic halo.
        blend = np.clip((rel - 0.85) / 0.3, 0, 1)
        halo = np.clip(1 - np.abs(rel - 1.2) / 0.15, 0, 1)
        sub = (sub * (1 + 0.6 * halo)) * blend + inner * (1 - blend)
    else:
        capsule = np.clip(1 - np.abs(rel - 1.0) / 0.05, 0, 1)
        sub = np.where(rel < 0.97, inner, sub)
        sub = np.maximum(sub, 0.5 * capsule * (rel >= 0.97))
    echo = echo.copy()
    echo[win] = sub
    # Posterior acoustic feature along the beam, behind the lesion.
    lateral = np.clip(1 - np.abs((u - u_c) / u_half) ** 4, 0, 1)
    behind = np.clip((d - (d_bottom - 0.25 * (d_bottom - d_top))) / 0.03, 0, 1)
    behind[win] *= rel >= 1.0
    if spec.lesion == "benign":
        gain = 1 + 1.2 * lateral * behind * np.exp(-np.clip(d - d_bottom, 0, None) / 0.4)
    else:
        gain = 1 - 0.8 * lateral * behind
    return (echo * gain).astype(np.float32)
