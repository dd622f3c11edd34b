"""A scanner's whole screen: field(s) of view on a black frame, burned-in text, scale, body marker.

Why: real exports keep the annotation periphery (vendor header, preset, gain/depth readouts, a
depth scale with cm ticks, a breast pictogram with the probe position). The pipeline must crop
to the declared ultrasound region and ignore it; the demo therefore draws it where a scanner
would, outside the region rectangles it declares in ``SequenceOfUltrasoundRegions``.

Text uses Pillow's bundled default font (``ImageFont.load_default(size=...)``), not a system font,
so the pixels are identical on every machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from demo_hospital.realistic_image import RealisticView, render_realistic_view
from demo_hospital.ultrasound_image import (
    Region,
    RenderedImage,
    ViewSpec,
    render_view,
)


@lru_cache(maxsize=8)
def font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    """Pillow's bundled font at ``size`` px (deterministic across machines)."""
    return ImageFont.load_default(size=size)


@dataclass(frozen=True)
class ScreenSpec:
    """Everything drawn on one screen.

    Args:
        rows, cols: frame size in pixels (a real scanner's capture, ~420-620 x 560-760).
        views: one :class:`ViewSpec` (easy profile) or :class:`RealisticView` per field of view
            (1, or 2 for a dual-view capture).
        header: vendor/model line drawn top-left (e.g. ``"GE LOGIQ E9"``).
        annotation: the sonographer's label, e.g. ``"LT BREAST 2:00 4CM FN"``.
        date_text: date/time readout (``"2015/03/04 10:21:07"``).
        side: ``"L"``, ``"R"`` or ``""``: which breast the body marker shows.
        needle: draw a bright biopsy needle across the first view.
        calipers: mark the lesion's extent with calipers and print the measurement (realistic).
    """

    rows: int
    cols: int
    views: tuple[ViewSpec | RealisticView, ...]
    header: str
    annotation: str
    date_text: str
    side: str = ""
    needle: bool = False
    calipers: bool = False

    def __post_init__(self) -> None:
        if not 200 <= self.rows <= 1200 or not 200 <= self.cols <= 1600:
            raise ValueError(f"frame size out of range: {self.rows}x{self.cols}")
        if len(self.views) not in (1, 2):
            raise ValueError(f"a screen holds 1 or 2 views, got {len(self.views)}")
        if self.side not in ("L", "R", ""):
            raise ValueError(f"side must be 'L', 'R' or '', got {self.side!r}")


def _layout(spec: ScreenSpec, rng: np.random.Generator) -> list[tuple[int, int, int, int]]:
    """Region rectangles (x0, y0, x1, y1), exclusive ends: text band on top, scale on the right."""
    top = int(spec.rows * rng.uniform(0.09, 0.12))
    bottom = spec.rows - int(spec.rows * rng.uniform(0.05, 0.08))
    left = int(spec.cols * rng.uniform(0.06, 0.1))
    right = spec.cols - int(spec.cols * rng.uniform(0.09, 0.12))
    if len(spec.views) == 1:
        return [(left, top, right, bottom)]
    gap = 8
    mid = (left + right) // 2
    return [(left, top, mid - gap // 2, bottom), (mid + gap // 2, top, right, bottom)]


def _body_marker(draw: ImageDraw.ImageDraw, x: int, y: int, side: str, rng: np.random.Generator) -> None:
    """A breast pictogram: circle, nipple dot, and the probe position as a short bar."""
    r = 18
    draw.ellipse((x - r, y - r, x + r, y + r), outline=200, width=2)
    draw.ellipse((x - 2, y - 2, x + 2, y + 2), fill=200)
    a = rng.uniform(0, 2 * np.pi)
    px, py = x + 0.6 * r * np.cos(a), y + 0.6 * r * np.sin(a)
    dx, dy = 9 * np.cos(a + np.pi / 2), 9 * np.sin(a + np.pi / 2)
    draw.line((px - dx, py - dy, px + dx, py + dy), fill=255, width=3)
    draw.text((x - r, y + r + 2), "LT" if side == "L" else "RT" if side == "R" else "", fill=200, font=font(11))


def render_screen(spec: ScreenSpec, rng: np.random.Generator) -> RenderedImage:
    """The whole frame (``uint8`` rows x cols), the lesion mask in frame coordinates, the regions."""
    frame = np.zeros((spec.rows, spec.cols), dtype=np.uint8)
    mask = np.zeros((spec.rows, spec.cols), dtype=bool)
    any_lesion = False
    regions: list[Region] = []
    fov_masks: list[np.ndarray] = []
    for (x0, y0, x1, y1), view in zip(_layout(spec, rng), spec.views):
        if isinstance(view, RealisticView):
            px, inside, lesion = render_realistic_view(y1 - y0, x1 - x0, view, rng)
        else:
            px, inside, lesion = render_view(y1 - y0, x1 - x0, view, rng)
        frame[y0:y1, x0:x1] = px
        full = np.zeros_like(mask)
        full[y0:y1, x0:x1] = inside
        fov_masks.append(full)
        if lesion is not None:
            mask[y0:y1, x0:x1] |= lesion
            any_lesion = True
        regions.append(Region(x0, y0, x1 - 1, y1 - 1, view.depth_cm))
    img = Image.fromarray(frame)
    draw = ImageDraw.Draw(img)
    f13, f11 = font(13), font(11)
    draw.text((6, 4), spec.header, fill=235, font=f13)
    draw.text((spec.cols - 150, 4), spec.date_text, fill=235, font=f11)
    draw.text((6, 20), spec.annotation, fill=255, font=f13)
    gain = int(rng.integers(40, 70))
    draw.text((spec.cols - 150, 18), f"Gn {gain}  DR {int(rng.integers(60, 75))}  FR {int(rng.integers(12, 30))}",
              fill=200, font=f11)
    # Depth scale: a tick per cm along the right edge of the first region, labelled.
    r0 = regions[0] if len(regions) == 1 else regions[-1]
    x = r0.x1 + 6
    px_per_cm = (r0.y1 - r0.y0) / r0.depth_cm
    draw.line((x, r0.y0, x, r0.y1), fill=180, width=1)
    for cm in range(int(r0.depth_cm) + 1):
        y = r0.y0 + cm * px_per_cm
        if y > r0.y1:
            break
        draw.line((x, y, x + 6, y), fill=220, width=1)
        draw.text((x + 8, y - 6), str(cm), fill=220, font=f11)
    # Focal zone marker (a small triangle next to the scale).
    fy = r0.y0 + float(rng.uniform(0.3, 0.6)) * (r0.y1 - r0.y0)
    draw.polygon([(x - 2, fy), (x - 8, fy - 4), (x - 8, fy + 4)], fill=240)
    draw.text((x - 4, spec.rows - 18), f"D {r0.depth_cm:.1f} cm", fill=200, font=f11)
    # Grey-level bar top-right below the readouts.
    bar = np.linspace(255, 1, 60).astype(np.uint8)[:, None].repeat(6, axis=1)
    out = np.asarray(img).copy()
    by, bx = regions[0].y0, spec.cols - 10
    out[by : by + 60, bx : bx + 6] = bar
    img = Image.fromarray(out)
    draw = ImageDraw.Draw(img)
    _body_marker(draw, 30, spec.rows - 50, spec.side, rng)
    if spec.needle:
        # The needle enters at the skin and its tip sits in the lesion (or mid-depth without one).
        r = regions[0]
        if any_lesion:
            ys, xs = np.nonzero(mask)
            tip = (int(xs.mean()), int(ys.mean()))
        else:
            tip = (r.x0 + int((r.x1 - r.x0) * 0.6), r.y0 + int((r.y1 - r.y0) * rng.uniform(0.35, 0.6)))
        entry = (r.x0 + 5, r.y0 + 5) if tip[0] > (r.x0 + r.x1) // 2 else (r.x1 - 5, r.y0 + 5)
        draw.line((*entry, *tip), fill=250, width=3)
    if spec.calipers and any_lesion:
        _calipers(draw, mask, regions[0], f11)
    pixels = np.asarray(img).copy()
    # Text never overwrites the field of view with zeros; keep the FOV floor at 1.
    for fm in fov_masks:
        pixels[fm & (pixels == 0)] = 1
    return RenderedImage(pixels=pixels, mask=mask if any_lesion else None, regions=regions, fov_masks=fov_masks)


def _calipers(draw: ImageDraw.ImageDraw, mask: np.ndarray, region: Region, f: ImageFont.ImageFont) -> None:
    """Two caliper pairs on the lesion's widest and tallest extent, and the readout in the region."""
    ys, xs = np.nonzero(mask)
    x0, x1, y0, y1 = int(xs.min()), int(xs.max()), int(ys.min()), int(ys.max())
    ym, xm = (y0 + y1) // 2, (x0 + x1) // 2
    for x, y in ((x0 - 3, ym), (x1 + 3, ym), (xm, y0 - 3), (xm, y1 + 3)):
        draw.line((x - 4, y, x + 4, y), fill=245, width=1)
        draw.line((x, y - 4, x, y + 4), fill=245, width=1)
    px_per_cm = (region.y1 - region.y0) / region.depth_cm
    readout = f"D1 {(x1 - x0 + 6) / px_per_cm:.2f}cm  D2 {(y1 - y0 + 6) / px_per_cm:.2f}cm"
    draw.text((region.x0 + 6, region.y1 - 18), readout, fill=235, font=f)


def add_colour_doppler(rgb: np.ndarray, region: Region, mask: np.ndarray | None, flow: float,
                       rng: np.random.Generator) -> np.ndarray:
    """A colour-Doppler box (outline plus red/blue flow) over the lesion, or anywhere in the region.

    ``flow`` (0-1) scales how many vessels the box shows: none inside a cyst, several around and
    into a cancer. Colour pixels are never black, so the zero-pixel rule is unaffected.
    """
    out = Image.fromarray(rgb)
    draw = ImageDraw.Draw(out)
    rw, rh = region.x1 - region.x0, region.y1 - region.y0
    if mask is not None and mask.any():
        ys, xs = np.nonzero(mask)
        cx, cy = float(xs.mean()), float(ys.mean())
        bw = min(max(float(xs.max() - xs.min()) * 1.6, rw * 0.25), rw * 0.55)
        bh = min(max(float(ys.max() - ys.min()) * 1.6, rh * 0.25), rh * 0.55)
    else:
        cx = region.x0 + rw * float(rng.uniform(0.3, 0.7))
        cy = region.y0 + rh * float(rng.uniform(0.3, 0.6))
        bw, bh = rw * float(rng.uniform(0.25, 0.45)), rh * float(rng.uniform(0.25, 0.4))
    bx0, bx1 = int(max(region.x0 + 2, cx - bw / 2)), int(min(region.x1 - 2, cx + bw / 2))
    by0, by1 = int(max(region.y0 + 2, cy - bh / 2)), int(min(region.y1 - 2, cy + bh / 2))
    for _ in range(int(round(flow * 6)) + (int(rng.integers(0, 2)) if flow > 0 else 0)):
        colour = (int(rng.integers(170, 256)), int(rng.integers(20, 70)), 20) if rng.random() < 0.5 else (
            20, int(rng.integers(60, 120)), int(rng.integers(170, 256)))
        x_a, y_a = rng.uniform(bx0, bx1), rng.uniform(by0, by1)
        angle, length = rng.uniform(0, 2 * np.pi), rng.uniform(0.2, 0.6) * min(bx1 - bx0, by1 - by0)
        bend = rng.uniform(-0.6, 0.6)
        pts = []
        for t in np.linspace(0, 1, 8):
            a = angle + bend * t
            pts.append((float(np.clip(x_a + length * t * np.cos(a), bx0, bx1)),
                        float(np.clip(y_a + length * t * np.sin(a), by0, by1))))
        draw.line(pts, fill=colour, width=int(rng.integers(2, 5)))
    draw.rectangle((bx0, by0, bx1, by1), outline=(200, 200, 200), width=1)
    return np.asarray(out).copy()


def render_blank_screen(spec: ScreenSpec, rng: np.random.Generator) -> RenderedImage:
    """A frozen/cleared capture: >= 90 % exact zeros (only a little text and a speckle sliver).

    The declared region is the normal one, so the cropped region is also mostly zeros.
    """
    frame = np.zeros((spec.rows, spec.cols), dtype=np.uint8)
    (x0, y0, x1, y1) = _layout(spec, rng)[0]
    hh = max(8, int((y1 - y0) * 0.05))
    px, _, _ = render_view(hh, x1 - x0, ViewSpec(fov="linear"), rng)
    frame[y0 : y0 + hh, x0:x1] = px
    img = Image.fromarray(frame)
    draw = ImageDraw.Draw(img)
    draw.text((6, 4), spec.header, fill=235, font=font(13))
    draw.text((spec.cols - 150, 4), spec.date_text, fill=235, font=font(11))
    return RenderedImage(pixels=np.asarray(img).copy(), mask=None,
                         regions=[Region(x0, y0, x1 - 1, y1 - 1, spec.views[0].depth_cm)])


def render_report_screenshot(rows: int, cols: int, lines: list[str], rng: np.random.Generator) -> np.ndarray:
    """A worksheet/report page captured as an image (secondary capture): text on a grey page."""
    img = Image.new("L", (cols, rows), color=int(rng.integers(20, 40)))
    draw = ImageDraw.Draw(img)
    draw.rectangle((10, 10, cols - 10, 44), fill=90)
    draw.text((18, 18), lines[0], fill=255, font=font(16))
    y = 56
    for line in lines[1:]:
        draw.text((18, y), line, fill=230, font=font(13))
        y += 19
        if y > rows - 30:
            break
    # A small table grid like a measurement worksheet.
    for i in range(4):
        draw.line((18, rows - 120 + 24 * i, cols - 18, rows - 120 + 24 * i), fill=120)
    return np.asarray(img).copy()


def to_rgb(gray: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """RGB capture: grey B-mode replicated with a slight vendor tint (as colour scanners export).

    One lookup table per channel; a non-zero grey never maps to a zero channel (no new zeros).
    """
    levels = np.arange(256, dtype=np.float32)
    out = np.empty(gray.shape + (3,), dtype=np.uint8)
    for c, t in enumerate((1.0, float(rng.uniform(0.94, 1.0)), float(rng.uniform(0.86, 0.97)))):
        lut = np.clip(np.round(levels * t), 0, 255).astype(np.uint8)
        lut[1:] = np.maximum(lut[1:], 1)
        out[..., c] = lut[gray]
    return out
