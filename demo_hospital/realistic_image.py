"""B-mode frames of the realistic profile: a scanner's settings, speckle with noise, designed lesions.

Why a second renderer: :mod:`demo_hospital.ultrasound_image` draws the ``easy`` profile (one look
per class, byte-stable for the existing tests). This module renders a
:class:`~demo_hospital.lesion_catalogue.LesionDesign` -- any shape, margin, internal echo
pattern and posterior feature of the BI-RADS lexicon, at its physical size (mm at the field of
view's depth scale) -- through a scanner model that varies per exam:

* speckle: the envelope of a spatially correlated complex Gaussian field (fully developed,
  Rayleigh-distributed), grain size per probe, plus white electronic noise that shows in
  anechoic areas and at depth;
* log compression to 8 bits over a dynamic range of 36-55 dB, an overall gain offset, eight TGC
  sliders interpolated along depth and an attenuation they compensate only partly;
* optional speckle reduction (compound / SRI-like smoothing);
* refractive shadows of Cooper's ligaments in normal tissue, so a shadow is not a lesion's alone.

It reuses the geometry and tissue layers of the easy renderer; every pixel is drawn from the
caller's ``rng`` (and the design's own seed for its outline), so an image is a pure function of
its seeds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image
from scipy import ndimage

from demo_hospital.lesion_catalogue import LesionDesign
from demo_hospital.ultrasound_image import (
    FOV_KINDS,
    beam_coordinates,
    sector_half_angle,
    sector_inside_full,
    tissue_echogenicity,
)

TGC_SLIDERS = 8
TOP_DB = 4.0  # the echo level (dB) shown white at zero gain offset: as the easy renderer


@dataclass(frozen=True)
class ScannerSettings:
    """One exam's image settings.

    Args:
        gain_db: overall gain offset (dB).
        dynamic_range_db: displayed range of the log compression (dB).
        tgc_db: the TGC sliders (dB), from skin to the bottom of the field of view.
        attenuation: tissue attenuation over the full depth (nepers) before TGC.
        grain: speckle correlation lengths (axial, lateral) in half-resolution pixels.
        noise: electronic noise level (echo units; tissue is 0.07-0.6).
        smoothing: speckle-reduction filter sigma in half-resolution pixels (0: off).
    """

    gain_db: float = 0.0
    dynamic_range_db: float = 38.0
    tgc_db: tuple[float, ...] = (0.0,) * TGC_SLIDERS
    attenuation: float = 0.0
    grain: tuple[int, int] = (2, 4)
    noise: float = 0.003
    smoothing: float = 0.0

    def __post_init__(self) -> None:
        if len(self.tgc_db) != TGC_SLIDERS:
            raise ValueError(f"tgc_db needs {TGC_SLIDERS} sliders, got {len(self.tgc_db)}")
        if not 20.0 <= self.dynamic_range_db <= 80.0:
            raise ValueError(f"dynamic_range_db must be in [20, 80], got {self.dynamic_range_db}")
        if min(self.grain) < 1:
            raise ValueError(f"grain must be >= 1, got {self.grain}")


def scanner_settings(rng: np.random.Generator) -> ScannerSettings:
    """Settings of one exam: a sonographer's gain, dynamic range and TGC on one probe."""
    attenuation = float(rng.uniform(0.1, 0.7))
    compensation = 8.686 * attenuation * float(rng.uniform(0.5, 1.2))  # TGC under- or over-compensates
    sliders = np.linspace(0.0, compensation, TGC_SLIDERS) + rng.uniform(-2.0, 2.0, TGC_SLIDERS)
    return ScannerSettings(
        gain_db=float(rng.uniform(-5.0, 5.0)), dynamic_range_db=float(rng.uniform(36.0, 55.0)),
        tgc_db=tuple(float(round(v, 3)) for v in sliders), attenuation=attenuation,
        grain=(int(rng.integers(1, 4)), int(rng.integers(3, 7))), noise=float(rng.uniform(0.002, 0.012)),
        smoothing=float(rng.choice([0.0, 0.0, 0.6, 1.0])),
    )


@dataclass(frozen=True)
class RealisticView:
    """One field of view of the realistic profile.

    Args:
        fov: ``"sector"`` or ``"linear"``.
        depth_cm: displayed depth (sets the mm-to-pixel scale of the lesion).
        lesion: the lesion this image shows, or ``None``.
        scanner: the exam's settings.
        ligament_shadows: how many refractive shadows normal tissue casts (0-3).
    """

    fov: str = "linear"
    depth_cm: float = 4.0
    lesion: LesionDesign | None = None
    scanner: ScannerSettings = ScannerSettings()
    ligament_shadows: int = 0

    def __post_init__(self) -> None:
        if self.fov not in FOV_KINDS:
            raise ValueError(f"fov must be one of {FOV_KINDS}, got {self.fov!r}")
        if not 1.0 <= self.depth_cm <= 10.0:
            raise ValueError(f"depth_cm must be in [1, 10], got {self.depth_cm}")


def _notch_angle(design: LesionDesign) -> float:
    """A lymph node's hilum side: its upper or lower face (from the design's seed)."""
    return -np.pi / 2 if np.random.default_rng(design.seed + 2).random() < 0.5 else np.pi / 2


def _boundary(design: LesionDesign, phi: np.ndarray) -> np.ndarray:
    """The outline's radius factor at angle ``phi`` for the design's shape and margin."""
    r = np.random.default_rng(design.seed)
    b = np.ones_like(phi)
    b += 0.02 * np.sin(2 * phi + r.uniform(0, 2 * np.pi)) + 0.015 * np.sin(3 * phi + r.uniform(0, 2 * np.pi))
    if design.shape in ("irregular", "nonmass"):
        for n_h, amp in ((2, 0.08), (3, 0.07), (5, 0.05)):
            b += amp * np.sin(n_h * phi + r.uniform(0, 2 * np.pi))
    if design.shape == "reniform":
        notch = _notch_angle(design)
        b -= 0.22 * np.exp(-((np.mod(phi - notch + np.pi, 2 * np.pi) - np.pi) / 0.35) ** 2)
    if design.margin == "microlobulated":
        n_h = int(r.integers(7, 12))
        b += 0.045 * np.abs(np.sin(n_h * phi / 2 + r.uniform(0, np.pi))) - 0.02
    elif design.margin == "indistinct":
        b += 0.05 * np.sin(5 * phi + r.uniform(0, 2 * np.pi)) + 0.03 * np.sin(8 * phi + r.uniform(0, 2 * np.pi))
    elif design.margin in ("angular", "spiculated"):
        n_spikes = int(r.integers(3, 6)) if design.margin == "angular" else int(r.integers(6, 14))
        width = 0.28 if design.margin == "angular" else 0.06
        lengths = r.uniform(0.15, 0.35, n_spikes) if design.margin == "angular" else r.uniform(0.15, 0.55, n_spikes)
        for a, ln in zip(r.uniform(-np.pi, np.pi, n_spikes), lengths):
            dist = np.abs(np.mod(phi - a + np.pi, 2 * np.pi) - np.pi)
            b += ln * np.exp(-((dist / width) ** 2))
    return b


def _lesion_field(h: int, w: int, step: int, inside: np.ndarray, u: np.ndarray, d: np.ndarray, depth_cm: float,
                  design: LesionDesign) -> tuple[tuple[slice, slice], np.ndarray, np.ndarray, np.ndarray, float, float]:
    """The lesion window on the grid, its relative radius (< 1 inside), rotated coordinates, scale.

    Returns ``(win, rel, rx_n, ry_n, ax, ay)``: ``rx_n``/``ry_n`` are the window's coordinates in
    units of the semi-axes (for internal structure), ``ax``/``ay`` the semi-axes in pixels.
    """
    px_per_mm = h / (depth_cm * 10.0)
    ax = design.width_mm * px_per_mm / 2
    ay = ax * design.aspect
    # a 40 mm lesion in a 3 cm field of view: scale it down, keeping room for what lies behind it
    fit = min(1.0, 0.22 * h / ay, 0.33 * w / ax)
    ax, ay = max(ax * fit, 5.0), max(ay * fit, 4.0)
    # the grid point inside the field of view nearest the designed (lateral, depth) position
    cost = np.where(inside, (u - design.lateral) ** 2 + (d - design.depth) ** 2, np.inf)
    gy, gx = np.unravel_index(int(np.argmin(cost)), cost.shape)
    cy = float(np.clip(gy * step, 0.08 * h + ay, 0.92 * h - ay))
    cx = float(np.clip(gx * step, 0.06 * w + ax, 0.94 * w - ax))
    r = 1.8 * max(ax, ay) + 4
    gy0, gy1 = max(int((cy - r) // step), 0), min(int((cy + r) // step) + 1, inside.shape[0])
    gx0, gx1 = max(int((cx - r) // step), 0), min(int((cx + r) // step) + 1, inside.shape[1])
    yy = (np.arange(gy0, gy1, dtype=np.float32) * step)[:, None]
    xx = (np.arange(gx0, gx1, dtype=np.float32) * step)[None, :]
    dx, dy = xx - cx, yy - cy
    c, s = np.float32(np.cos(design.tilt)), np.float32(np.sin(design.tilt))
    rx, ry = (dx * c + dy * s) / ax, (-dx * s + dy * c) / ay
    rho = np.sqrt(rx * rx + ry * ry)
    rel = rho / _boundary(design, np.arctan2(ry * ay, rx * ax))
    return (slice(gy0, gy1), slice(gx0, gx1)), rel.astype(np.float32), rx, ry, ax, ay


def _interior(design: LesionDesign, rel: np.ndarray, rx: np.ndarray, ry: np.ndarray,
              rng: np.random.Generator) -> np.ndarray:
    """Echo level inside the lesion (absolute, as the tissue levels: fat 0.07-0.15, gland 0.2-0.6)."""
    shape = rel.shape
    if design.echo == "anechoic":
        inner = np.full(shape, 0.004, np.float32)
    elif design.echo == "hypoechoic":
        level = 0.015 if design.kind == "complicated_cyst" else float(rng.uniform(0.03, 0.07))
        inner = np.full(shape, level, np.float32)
    elif design.echo == "isoechoic":
        inner = np.full(shape, float(rng.uniform(0.09, 0.14)), np.float32)
    elif design.echo == "heterogeneous":
        het = ndimage.zoom(rng.uniform(0.4, 1.7, (6, 6)).astype(np.float32), (shape[0] / 6, shape[1] / 6), order=1)
        inner = float(rng.uniform(0.03, 0.06)) * np.resize(het, shape)
    elif design.echo == "complex":
        # fluid with a solid mural component (papillary lesions, complex cysts)
        a = float(rng.uniform(0, 2 * np.pi))
        radius = float(rng.uniform(0.3, 0.5))
        lumpy = 1 + 0.2 * np.sin(5 * np.arctan2(ry - 0.75 * np.sin(a), rx - 0.75 * np.cos(a)) + rng.uniform(0, 6))
        nodule = np.hypot(rx - 0.75 * np.cos(a), ry - 0.75 * np.sin(a)) < radius * lumpy
        inner = np.where(nodule, np.float32(rng.uniform(0.04, 0.08)), np.float32(0.006)).astype(np.float32)
    elif design.echo == "hyperechoic":
        inner = np.where(rel < 0.4, np.float32(0.02), np.float32(rng.uniform(0.25, 0.45))).astype(np.float32)
    else:  # node: hypoechoic cortex around an echogenic fatty hilum
        centre = 0.35 * np.sin(_notch_angle(design))
        hilum = np.sqrt((rx / 0.5) ** 2 + ((ry - centre) / 0.3) ** 2) < 1.0
        inner = np.where(hilum, np.float32(rng.uniform(0.3, 0.45)), np.float32(0.03)).astype(np.float32)
    if design.calcifications:
        ys, xs = np.nonzero(rel < 0.85)
        if len(ys):
            k = rng.choice(len(ys), size=min(len(ys), int(rng.integers(3, 13))), replace=False)
            inner = inner.copy()
            inner[ys[k], xs[k]] = np.float32(rng.uniform(0.8, 1.4))
    return inner


def _apply_lesion(echo: np.ndarray, u: np.ndarray, d: np.ndarray, win: tuple[slice, slice], rel: np.ndarray,
                  m_win: np.ndarray, inner: np.ndarray, design: LesionDesign, rng: np.random.Generator) -> np.ndarray:
    """Margin, interior and the posterior feature (enhancement, shadowing, both, edge shadows)."""
    lu, ld = u[win][m_win], d[win][m_win]
    u_c, u_half = float(lu.mean()), max(float(lu.max() - lu.min()) / 2, 1e-3)
    d_bottom, d_top = float(ld.max()), float(ld.min())
    sub = echo[win]
    if design.margin in ("indistinct",) or design.shape == "nonmass":
        blend = np.clip((rel - 0.8) / 0.45, 0, 1)
        sub = sub * blend + inner * (1 - blend)
    elif design.margin in ("spiculated", "angular"):
        blend = np.clip((rel - 0.88) / 0.2, 0, 1)
        halo = np.clip(1 - np.abs(rel - 1.15) / 0.15, 0, 1) * (0.6 if design.margin == "spiculated" else 0.2)
        sub = (sub * (1 + halo)) * blend + inner * (1 - blend)
    else:
        sub = np.where(rel < 0.97, inner, sub)
        if design.echo in ("anechoic", "complex") or rng.random() < 0.5:
            capsule = np.clip(1 - np.abs(rel - 1.0) / 0.05, 0, 1)
            sub = np.maximum(sub, 0.45 * capsule * (rel >= 0.97))
    out = echo.copy()
    out[win] = sub
    behind = np.clip((d - (d_bottom - 0.25 * (d_bottom - d_top))) / 0.03, 0, 1)
    behind[win] *= rel >= 1.0
    s = design.posterior_strength
    r = np.random.default_rng(design.seed + 1)
    width = float(r.uniform(0.6, 1.0))
    lateral = np.clip(1 - np.abs((u - u_c) / (u_half * width)) ** 4, 0, 1)
    gain = np.ones_like(out)
    if design.posterior == "enhancement":
        gain += s * lateral * behind * np.exp(-np.clip(d - d_bottom, 0, None) / 0.3)
    elif design.posterior == "shadowing":
        gain -= s * lateral * behind
    elif design.posterior == "combined":
        narrow = np.clip(1 - np.abs((u - u_c) / (u_half * 0.8)) ** 4, 0, 1)
        gain += (0.5 * s * (lateral - narrow) - s * narrow) * behind
    if design.edge_shadows:
        mid = np.clip((d - 0.5 * (d_top + d_bottom)) / 0.03, 0, 1)
        for edge in (u_c - u_half, u_c + u_half):
            gain *= 1 - 0.55 * np.exp(-(((u - edge) / (0.06 * u_half)) ** 2)) * mid
    return (out * np.maximum(gain, 0.02)).astype(np.float32)


def _ligament_shadows(echo: np.ndarray, u: np.ndarray, d: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """Thin refractive shadows cast by Cooper's ligaments, from the fat layer to the bottom."""
    for _ in range(n):
        u0, d0 = float(rng.uniform(-0.8, 0.8)), float(rng.uniform(0.1, 0.35))
        half = float(rng.uniform(0.01, 0.04))
        lat = np.clip(1 - np.abs((u - u0) / half) ** 2, 0, 1)
        echo = echo * (1 - float(rng.uniform(0.3, 0.55)) * lat * np.clip((d - d0) / 0.02, 0, 1))
    return echo.astype(np.float32)


def _envelope(echo: np.ndarray, scanner: ScannerSettings, rng: np.random.Generator) -> np.ndarray:
    """Fully developed speckle: |echo * correlated complex Gaussian + white noise| (mean speckle ~1)."""
    ax_len, lat_len = scanner.grain
    re = rng.standard_normal(echo.shape, dtype=np.float32)
    im = rng.standard_normal(echo.shape, dtype=np.float32)
    re = ndimage.uniform_filter1d(ndimage.uniform_filter1d(re, lat_len, axis=1), ax_len, axis=0)
    im = ndimage.uniform_filter1d(ndimage.uniform_filter1d(im, lat_len, axis=1), ax_len, axis=0)
    norm = np.float32(np.hypot(re, im).mean() + 1e-6)
    n_re = rng.standard_normal(echo.shape, dtype=np.float32) * np.float32(scanner.noise)
    n_im = rng.standard_normal(echo.shape, dtype=np.float32) * np.float32(scanner.noise)
    return np.hypot(echo * re / norm + n_re, echo * im / norm + n_im)


def _log_compress(env: np.ndarray, d: np.ndarray, scanner: ScannerSettings) -> np.ndarray:
    """8-bit display values (1..255) after depth gain, TGC and log compression."""
    tgc = np.interp(d, np.linspace(0.0, 1.0, TGC_SLIDERS), np.array(scanner.tgc_db)).astype(np.float32)
    db = 20 * np.log10(np.maximum(env, 1e-5)) + scanner.gain_db + tgc - np.float32(8.686 * scanner.attenuation) * d
    if scanner.smoothing > 0:
        db = ndimage.gaussian_filter(db, scanner.smoothing)
    lo = TOP_DB - scanner.dynamic_range_db
    return (np.clip((db - lo) * (254 / scanner.dynamic_range_db), 0, 254) + 1).astype(np.uint8)


def render_realistic_view(h: int, w: int, view: RealisticView,
                          rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Render one field of view in an ``h`` x ``w`` box (the same contract as ``render_view``).

    Returns ``(pixels uint8, fov_mask bool, lesion_mask bool or None)``: pixels outside the field
    of view are exactly 0, inside >= 1.
    """
    step = 2
    half_angle = sector_half_angle(h, w, rng) if view.fov == "sector" else 0.0
    inside, u, d = beam_coordinates(h, w, view.fov, half_angle, step)
    echo = tissue_echogenicity(u, d, rng)
    echo = _ligament_shadows(echo, u, d, view.ligament_shadows, rng)
    mask_small = None
    if view.lesion is not None:
        win, rel, rx, ry, _, _ = _lesion_field(h, w, step, inside, u, d, view.depth_cm, view.lesion)
        m_win = (rel < 1.0) & inside[win]
        if m_win.any():
            mask_small = np.zeros(inside.shape, dtype=bool)
            mask_small[win] = m_win
            inner = _interior(view.lesion, rel, rx, ry, rng)
            echo = _apply_lesion(echo, u, d, win, rel, m_win, inner, view.lesion, rng)
    small = _log_compress(_envelope(echo, view.scanner, rng), d, view.scanner)
    big = np.asarray(Image.fromarray(small).resize((small.shape[1] * step, small.shape[0] * step),
                                                   Image.Resampling.BILINEAR))[:h, :w]
    full_inside = np.ones((h, w), dtype=bool) if view.fov == "linear" else sector_inside_full(h, w, half_angle)
    pixels = np.where(full_inside, np.maximum(big, 1), 0).astype(np.uint8)
    mask = None
    if mask_small is not None:
        mask = np.repeat(np.repeat(mask_small, step, axis=0), step, axis=1)[:h, :w] & full_inside
    return pixels, full_inside, mask
