"""Find the ultrasound image region(s) of a frame, to crop away the burned-in text periphery.

Two sources, in this order:

1. **DICOM** ``SequenceOfUltrasoundRegions``: every region with ``RegionSpatialFormat`` = 1
   (2D tissue / flow image), clipped to the frame (devices write ``MaxX1`` = Columns, or regions
   taller than a cropped frame). Regions smaller than :data:`MIN_REGION_PX` on a side are dropped
   (icons), and a region lying inside another (a colour-flow box inside its B-mode region) is
   dropped in favour of the outer one. Spectral, M-mode and waveform regions are never images.
2. **Image analysis** when the header has no usable region: the luminance is block-averaged to a
   working resolution (~320 px; averaging also dims 1-2 px text strokes), thresholded at
   ``threshold`` (non-dark), opened (removes text, calipers, scale ticks, thin lines) and closed
   (joins speckle and dark anechoic areas of the sector into one blob). The largest connected
   component is the image; it is split in two when a near-empty column band in its middle third
   separates two well-filled halves (two views the closing merged), and a second component of at
   least ``dual_min_ratio`` of its area, side by side with it (no horizontal overlap, overlapping
   rows), also makes a dual-view image.

Regions are returned left-to-right (then top-to-bottom); their position is ``region_index``.
When nothing sensible is found (blank or tiny content) the full frame is returned with
``source="full_frame"``: the zero-pixel rule, not the cropper, decides whether such an image stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from pydicom.dataset import Dataset
from scipy import ndimage

MIN_REGION_PX = 32
WORK_SIZE = 320


@dataclass(frozen=True)
class Box:
    """Half-open pixel box ``[x0, x1) x [y0, y1)`` in frame coordinates."""

    x0: int
    y0: int
    x1: int
    y1: int

    @property
    def width(self) -> int:
        return self.x1 - self.x0

    @property
    def height(self) -> int:
        return self.y1 - self.y0

    @property
    def area(self) -> int:
        return max(0, self.width) * max(0, self.height)

    def intersection(self, other: Box) -> int:
        w = min(self.x1, other.x1) - max(self.x0, other.x0)
        h = min(self.y1, other.y1) - max(self.y0, other.y0)
        return max(0, w) * max(0, h)


@dataclass(frozen=True)
class RegionResult:
    boxes: tuple[Box, ...]
    source: str  # "dicom", "image" or "full_frame"


def _sort(boxes: list[Box]) -> list[Box]:
    return sorted(boxes, key=lambda b: (b.x0, b.y0))


def _drop_nested(boxes: list[Box], inside: float = 0.9) -> list[Box]:
    """Drop boxes that lie (``inside`` of their area) within a larger kept box."""
    kept: list[Box] = []
    for b in sorted(boxes, key=lambda b: -b.area):
        if all(b.intersection(k) < inside * b.area for k in kept):
            kept.append(b)
    return kept


RegionCoords = tuple[int, int, int, int]  # a 2D region's (MinX0, MinY0, MaxX1, MaxY1), max inclusive as in DICOM


def region_coords(ds: Dataset) -> list[RegionCoords]:
    """Coordinates of the 2D items (``RegionSpatialFormat`` = 1) of SequenceOfUltrasoundRegions.

    An item whose format or coordinates do not read as one integer each is skipped.
    """
    try:
        seq = ds.get("SequenceOfUltrasoundRegions") or []
    except Exception:  # noqa: BLE001 - corrupt sequence: fall back to image analysis
        return []
    coords: list[RegionCoords] = []
    for item in seq:
        try:
            if int(item.get("RegionSpatialFormat", -1)) != 1:
                continue
            coords.append((int(item.RegionLocationMinX0), int(item.RegionLocationMinY0),
                           int(item.RegionLocationMaxX1), int(item.RegionLocationMaxY1)))
        except Exception:  # noqa: BLE001, S112 - an item without coordinates is skipped
            continue
    return coords


def boxes_from_coords(coords: Sequence[RegionCoords], height: int, width: int) -> list[Box]:
    """Region coordinates clipped to a ``height x width`` frame, icons and nested regions dropped."""
    boxes: list[Box] = []
    for x0, y0, x1, y1 in coords:
        b = Box(max(0, x0), max(0, y0), min(width, x1 + 1), min(height, y1 + 1))  # max inclusive
        if b.width >= MIN_REGION_PX and b.height >= MIN_REGION_PX:
            boxes.append(b)
    return _sort(_drop_nested(boxes))


def dicom_regions(ds: Dataset, height: int, width: int) -> list[Box]:
    """2D regions from SequenceOfUltrasoundRegions, clipped to a ``height x width`` frame."""
    return boxes_from_coords(region_coords(ds), height, width)


def _block_mean(lum: np.ndarray, f: int) -> np.ndarray:
    h, w = (lum.shape[0] // f) * f, (lum.shape[1] // f) * f
    if f == 1:
        return lum.astype(np.float32)
    return lum[:h, :w].reshape(h // f, f, w // f, f).mean(axis=(1, 3), dtype=np.float32)


def image_regions(
    lum: np.ndarray,
    threshold: float = 12.0,
    dual_min_ratio: float = 0.5,
    min_fraction: float = 0.02,
) -> list[Box]:
    """Regions found by image analysis of a uint8 luminance frame (see the module docstring).

    Args:
        lum: ``(H, W)`` uint8 luminance.
        threshold: mean luminance above which a working-resolution pixel is "non-dark".
        dual_min_ratio: area ratio (second / largest component) from which two side-by-side
            components are two views.
        min_fraction: a component smaller than this fraction of the frame is not an image.
    """
    if lum.ndim != 2:
        raise ValueError(f"expected a 2D luminance frame, got shape {lum.shape}")
    if not 0 < dual_min_ratio <= 1:
        raise ValueError(f"dual_min_ratio must be in (0, 1], got {dual_min_ratio}")
    f = max(1, round(max(lum.shape) / WORK_SIZE))
    small = _block_mean(lum, f)
    mask = small > threshold
    # Fill speckle holes, then erase anything thinner than ~2.5% of the frame (text lines,
    # calipers, tick marks, scale bars), then merge what is left of the sector into one blob.
    k = max(5, round(max(small.shape) * 0.025) | 1)
    mask = ndimage.binary_closing(mask, structure=np.ones((3, 3), bool), border_value=0)
    mask = ndimage.binary_opening(mask, structure=np.ones((k, k), bool))
    opened = mask
    mask = ndimage.binary_closing(mask, structure=np.ones((k, k), bool), border_value=0)
    labels, n = ndimage.label(mask)
    if n == 0:
        return []
    areas = ndimage.sum_labels(mask, labels, index=np.arange(1, n + 1))
    order = np.argsort(-areas)
    slices = ndimage.find_objects(labels)
    min_area = min_fraction * mask.size

    def box_of(i: int) -> Box:
        sy, sx = slices[i]
        return Box(sx.start * f, sy.start * f, min(lum.shape[1], sx.stop * f), min(lum.shape[0], sy.stop * f))

    first = int(order[0])
    if areas[first] < min_area:
        return []
    boxes = [box_of(first)]
    split = _split_at_gap(opened, slices[first], f, lum.shape)
    if split is not None:
        return split
    if n > 1:
        second = int(order[1])
        b1, b2 = boxes[0], box_of(second)
        rows_overlap = min(b1.y1, b2.y1) - max(b1.y0, b2.y0)
        side_by_side = (b2.x0 >= b1.x1 or b2.x1 <= b1.x0) and rows_overlap > 0.5 * min(b1.height, b2.height)
        if areas[second] >= dual_min_ratio * areas[first] and side_by_side:
            boxes.append(b2)
    return _sort(boxes)


def _split_at_gap(opened: np.ndarray, sl: tuple[slice, slice], f: int,
                  shape: tuple[int, ...]) -> list[Box] | None:
    """Two views that the closing merged: a near-empty column band in the middle third of the
    component, with well-filled halves of similar width on both sides, splits it in two."""
    sy, sx = sl
    sub = opened[sy, sx]
    if sub.shape[1] < 12:
        return None
    cols = sub.mean(axis=0)
    w = sub.shape[1]
    lo, hi = int(w * 0.35), int(w * 0.65)
    gap = lo + int(np.argmin(cols[lo:hi]))
    if cols[gap] > 0.05:
        return None
    # the gap band: contiguous empty columns around ``gap``
    a = gap
    while a - 1 >= 0 and cols[a - 1] <= 0.05:
        a -= 1
    b = gap
    while b + 1 < w and cols[b + 1] <= 0.05:
        b += 1
    left, right = cols[:a], cols[b + 1 :]
    if len(left) < 0.3 * w or len(right) < 0.3 * w or left.mean() < 0.5 or right.mean() < 0.5:
        return None
    x0, y0 = sx.start, sy.start
    boxes = []
    for c0, c1 in ((0, a), (b + 1, w)):
        rows = np.flatnonzero(sub[:, c0:c1].any(axis=1))
        boxes.append(Box((x0 + c0) * f, (y0 + rows[0]) * f, min(shape[1], (x0 + c1) * f),
                         min(shape[0], (y0 + rows[-1] + 1) * f)))
    return boxes


def find_regions(header: Dataset | Sequence[RegionCoords] | None, lum: np.ndarray) -> RegionResult:
    """The ultrasound region(s) of a frame: DICOM regions first, else image analysis, else full.

    ``header``: the file's pydicom header, or its 2D regions' coordinates already read from it.
    """
    h, w = lum.shape[:2]
    if header is not None:
        boxes = boxes_from_coords(header if isinstance(header, Sequence) else region_coords(header), h, w)
        if boxes:
            return RegionResult(tuple(boxes), "dicom")
    boxes = image_regions(lum)
    if boxes:
        return RegionResult(tuple(boxes), "image")
    return RegionResult((Box(0, 0, w, h),), "full_frame")
