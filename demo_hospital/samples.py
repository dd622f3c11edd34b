"""Save a few sample images of a demo export as PNG (for docs/images and for eyeballing realism).

Usage: ``python -m demo_hospital.samples EXPORT_DIR OUT_DIR``. Picks, from ``truth/files.csv``,
the first file of each kind (benign lesion, malignant lesion, normal, sector, linear, RGB, dual-view,
cine, report screenshot, biopsy needle, mostly-zero) and writes ``demo_<kind>.png`` (the middle frame,
as stored) plus ``demo_<kind>_mask.png`` overlays for lesions. On a realistic export (one with
``truth/lesions.csv``) it writes instead one grid per lesion type, ``realistic_<kind>.png``: up to six
kept images of that type, each cropped around its lesion.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pydicom
from PIL import Image

KINDS: dict[str, Callable[[dict[str, str]], bool]] = {
    "benign_lesion": lambda r: r["status"] == "kept" and r["lesion"] == "benign" and r["fov"] == "linear",
    "malignant_lesion": lambda r: r["status"] == "kept" and r["lesion"] == "malignant" and r["fov"] == "linear",
    "normal": lambda r: r["status"] == "kept" and r["lesion"] == "none" and r["dual_view"] == "0"
    and r["photometric"] == "MONOCHROME2" and r["frames"] == "1",
    "sector": lambda r: r["status"] == "kept" and r["fov"] == "sector",
    "sector_malignant": lambda r: r["status"] == "kept" and r["fov"] == "sector" and r["lesion"] == "malignant",
    "linear": lambda r: r["status"] == "kept" and r["fov"] == "linear" and r["lesion"] == "benign"
    and r["photometric"] == "MONOCHROME2",
    "rgb": lambda r: r["status"] == "kept" and r["photometric"] in ("RGB", "YBR_FULL_422"),
    "dual_view": lambda r: r["status"] == "kept" and r["dual_view"] == "1",
    "cine_middle_frame": lambda r: r["status"] == "kept" and r["frames"] not in ("0", "1") and r["lesion"] != "none",
    "screenshot": lambda r: r["reason"] == "not_ultrasound",
    "biopsy_needle": lambda r: r["reason"] == "biopsy_procedure_image",
    "mostly_zero": lambda r: r["reason"] == "mostly_zero_pixels",
}


def _frame(path: Path, frames: int) -> np.ndarray:
    arr = pydicom.dcmread(path).pixel_array
    if frames > 1:
        arr = arr[frames // 2]
    return arr


def _lesion_crop(img: np.ndarray, mask: np.ndarray, size: int) -> np.ndarray:
    """A square crop centred on the lesion, 2.2x its larger extent (at least 120 px), resized to ``size``."""
    gray = img if img.ndim == 2 else img.mean(axis=-1).astype(np.uint8)
    ys, xs = np.nonzero(mask)
    half = max(60, int(1.1 * max(ys.max() - ys.min(), xs.max() - xs.min())))
    cy, cx = int(ys.mean()), int(xs.mean())
    pad = np.pad(gray, half)
    crop = pad[cy: cy + 2 * half, cx: cx + 2 * half]
    return np.asarray(Image.fromarray(crop).resize((size, size), Image.Resampling.BILINEAR))


def save_lesion_grids(export_dir: Path, out_dir: Path, per_kind: int = 6, size: int = 160) -> list[Path]:
    """One PNG grid (2 x 3 crops) per lesion type of a realistic export's kept lesion images."""
    with open(export_dir / "truth" / "lesions.csv", newline="", encoding="utf-8") as fh:
        lesions = [r for r in csv.DictReader(fh) if r["status"] == "kept"]
    with open(export_dir / "truth" / "files.csv", newline="", encoding="utf-8") as fh:
        files = {r["relpath"]: r for r in csv.DictReader(fh)}
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in sorted({r["kind"] for r in lesions}):
        rows = [r for r in lesions if r["kind"] == kind and files[r["relpath"]]["mask_relpath"]]
        # one image per breast first (different lesions), then more views of the same ones
        first, more, seen = [], [], set()
        for r in rows:
            breast = (r["accession_number"], r["laterality"])
            (more if breast in seen else first).append(r)
            seen.add(breast)
        order = first + more
        tiles = []
        for r in order[:per_kind]:
            f = files[r["relpath"]]
            img = _frame(export_dir / "dicom" / r["relpath"], int(f["frames"] or 1))
            mask = np.asarray(Image.open(export_dir / "truth" / f["mask_relpath"])) > 0
            tiles.append(_lesion_crop(img, mask, size))
        while len(tiles) < per_kind:
            tiles.append(np.zeros((size, size), np.uint8))
        cols = (per_kind + 1) // 2
        grid = np.concatenate([np.concatenate(tiles[i: i + cols], axis=1) for i in (0, cols)], axis=0)
        path = out_dir / f"realistic_{kind}.png"
        Image.fromarray(grid).save(path, optimize=True)
        written.append(path)
    return written


def save_samples(export_dir: Path, out_dir: Path) -> list[Path]:
    """Write one PNG per kind found in ``export_dir``; returns the written paths."""
    with open(export_dir / "truth" / "files.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, pick in KINDS.items():
        row = next((r for r in rows if pick(r)), None)
        if row is None:
            continue
        img = _frame(export_dir / "dicom" / row["relpath"], int(row["frames"] or 1))
        path = out_dir / f"demo_{kind}.png"
        Image.fromarray(img).save(path)
        written.append(path)
        if row["mask_relpath"]:
            mask = np.asarray(Image.open(export_dir / "truth" / row["mask_relpath"])) > 0
            gray = img if img.ndim == 2 else img.mean(axis=-1).astype(np.uint8)
            over = np.stack([gray] * 3, axis=-1)
            edge = mask ^ np.roll(mask, 1, axis=0) | mask ^ np.roll(mask, 1, axis=1)
            over[edge] = (255, 60, 60)
            mpath = out_dir / f"demo_{kind}_mask.png"
            Image.fromarray(over).save(mpath)
            written.append(mpath)
    return written


if __name__ == "__main__":  # pragma: no cover - a maintenance script
    if len(sys.argv) != 3:
        sys.exit("usage: python -m demo_hospital.samples EXPORT_DIR OUT_DIR")
    export, target = Path(sys.argv[1]), Path(sys.argv[2])
    saver = save_lesion_grids if (export / "truth" / "lesions.csv").is_file() else save_samples
    for p in saver(export, target):
        print(p)
