"""Render the crop of every real ultrasound test file to ``docs/images/curation_*.png``.

Run: ``.venv/bin/python tests/curation/make_crop_figures.py [OUT_DIR]``. Each figure shows the
decoded frame with the region box(es) (red: DICOM regions, green: image analysis, yellow: full
frame fallback), the image-analysis boxes for comparison (cyan, dashed when not used) and the
256x256 crops that go into the image store.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

from curation.pixels import decode_bytes, to_luminance
from curation.preprocess import crop_and_resize
from curation.ultrasound_region import find_regions, image_regions

US_FILES = ("US1_UNCR.dcm", "US1_J2KI.dcm", "OBXXXX1A.dcm", "OBXXXX1A_rle_2frame.dcm",
            "gdcm-US-ALOKA-16.dcm", "gdcm-US-ALOKA-16_big.dcm", "JPGLosslessP14SV1_1s_1f_8b.dcm",
            "color3d_jpeg_baseline.dcm", "examples_palette.dcm", "examples_ybr_color.dcm")
COLORS = {"dicom": "red", "image": "lime", "full_frame": "yellow"}


def render(path: Path, out: Path) -> Path:
    frame = decode_bytes(path.read_bytes())
    lum = to_luminance(frame.pixels)
    result = find_regions(frame.dataset, lum)
    canvas = Image.fromarray(frame.pixels).convert("RGB")
    draw = ImageDraw.Draw(canvas)
    for b in image_regions(lum):
        draw.rectangle([b.x0 + 2, b.y0 + 2, b.x1 - 3, b.y1 - 3], outline="cyan", width=2)
    for b in result.boxes:
        draw.rectangle([b.x0, b.y0, b.x1 - 1, b.y1 - 1], outline=COLORS[result.source], width=3)
    crops = [crop_and_resize(lum, b) for b in result.boxes]
    h = max(canvas.height, 256)
    sheet = Image.new("RGB", (canvas.width + 256 * len(crops) + 10 * len(crops), h), "white")
    sheet.paste(canvas, (0, 0))
    for i, c in enumerate(crops):
        sheet.paste(Image.fromarray(c).convert("RGB"), (canvas.width + 10 + i * 266, 0))
    ImageDraw.Draw(sheet).text((4, h - 14), f"{path.name}: {result.source}, {len(crops)} region(s)", fill="magenta")
    target = out / f"curation_{path.stem}.png"
    sheet.save(target)
    return target


def main() -> None:
    from pydicom.data import get_testdata_file

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/images")
    out.mkdir(parents=True, exist_ok=True)
    for name in US_FILES:
        found = get_testdata_file(name)
        if found:
            print(render(Path(found), out))


if __name__ == "__main__":
    main()
