"""How separable are the demo's lesions? Cue overlap measured on the generator's own truth and pixels.

    .venv/bin/python bench/demo_cue_overlap.py [--patients 120] [--seed 0] [--workdir var/cues]
    .venv/bin/python bench/demo_cue_overlap.py --easy EXPORT --realistic EXPORT   # score existing exports
    .venv/bin/python bench/demo_cue_overlap.py --cancer-rate 0.3   # more cancers: a larger malignant sample

Generates an ``easy`` (the baseline) and a ``realistic`` demo of the same size and seed (or reads
the two given), then, for every kept image with a lesion mask (``truth/files.csv``), measures
from the mask and the decoded pixels:

* orientation: the mask's bounding box, taller than wide when its height exceeds its width;
* posterior shadow: the mean grey level of a band right below the lesion (its middle 60%,
  0.6 lesion heights deep) over that of the same rows beside it (0.3-0.9 lesion widths out);
  a ratio below ``SHADOW_RATIO`` is a shadow. Lesions too close to the bottom of the field of
  view to have a band are counted as not measurable.

and, per malignant breast of ``truth/breast_labels.csv``, whether any kept image of it shows a
malignant lesion. Prints one row per cue with both profiles, the targets the realistic profile
was built to meet, and (realistic only) the designed share from ``truth/lesions.csv``. Counts are
per lesion image. The realistic default has a few percent malignant breasts (a handful of cancers
in 120 patients); ``--cancer-rate`` raises it so the malignant shares rest on more lesions (the
per-lesion cues do not depend on prevalence).
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import pydicom
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo_hospital import DemoConfig, generate_demo_export  # noqa: E402

SHADOW_RATIO = 0.75
TARGETS = {"malignant_without_shadow": 25.0, "malignant_wider_than_tall": 25.0, "benign_shadowing": 10.0,
           "benign_taller_than_wide": 10.0, "malignant_breasts_no_visible_lesion": 10.0}


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _gray_and_region(path: Path, frames: int) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    ds = pydicom.dcmread(path)
    arr = ds.pixel_array
    if frames > 1:
        arr = arr[frames // 2]
    if arr.ndim == 3:
        arr = (arr.astype(np.float32) @ np.array([0.299, 0.587, 0.114], dtype=np.float32))
    r = ds.SequenceOfUltrasoundRegions[0]
    return arr.astype(np.float32), (int(r.RegionLocationMinX0), int(r.RegionLocationMinY0),
                                    int(r.RegionLocationMaxX1), int(r.RegionLocationMaxY1))


def posterior_ratio(gray: np.ndarray, mask: np.ndarray, region: tuple[int, int, int, int]) -> float | None:
    """Mean grey below the lesion / mean grey beside it at the same depth (None: no room to measure)."""
    x0r, y0r, x1r, y1r = region
    ys, xs = np.nonzero(mask)
    y0, y1, x0, x1 = int(ys.min()), int(ys.max()), int(xs.min()), int(xs.max())
    w, h = x1 - x0 + 1, y1 - y0 + 1
    top, bottom = y1 + 3, min(y1 + 3 + max(15, int(0.6 * h)), y1r)
    if bottom - top < 8:
        return None
    fov = (gray > 0) & ~mask
    band = fov[top:bottom]
    xc = (x0 + x1) / 2
    below = np.zeros_like(band)
    below[:, max(int(xc - 0.3 * w), x0r): min(int(xc + 0.3 * w) + 1, x1r + 1)] = True
    beside = np.zeros_like(band)
    beside[:, max(int(x0 - 0.9 * w), x0r): max(int(x0 - 0.3 * w), x0r)] = True
    beside[:, min(int(x1 + 0.3 * w), x1r + 1): min(int(x1 + 0.9 * w), x1r + 1)] = True
    g = gray[top:bottom]
    b, s = band & below, band & beside
    if b.sum() < 30 or s.sum() < 30:
        return None
    return float(g[b].mean() / max(g[s].mean(), 1e-3))


def measure(export: Path) -> dict:
    """The cue counts of one export (see the module docstring)."""
    files = _rows(export / "truth" / "files.csv")
    kept = [r for r in files if r["status"] == "kept"]
    counts: dict[str, dict[str, int]] = {c: defaultdict(int) for c in ("benign", "malignant")}
    for r in kept:
        if r["lesion"] == "none" or not r["mask_relpath"]:
            continue
        mask = np.asarray(Image.open(export / "truth" / r["mask_relpath"])) > 0
        gray, region = _gray_and_region(export / "dicom" / r["relpath"], int(r["frames"] or 1))
        c = counts[r["lesion"]]
        c["images"] += 1
        ys, xs = np.nonzero(mask)
        height, width = int(ys.max() - ys.min() + 1), int(xs.max() - xs.min() + 1)
        c["taller_than_wide"] += height > width
        c["wider_than_tall"] += width > height
        ratio = posterior_ratio(gray, mask, region)
        if ratio is None:
            c["not_measurable"] += 1
        else:
            c["measured"] += 1
            c["shadow"] += ratio < SHADOW_RATIO
    shows = defaultdict(set)
    for r in kept:
        shows[(r["accession_number"], r["laterality"])].add(r["lesion"])
    malignant = [r for r in _rows(export / "truth" / "breast_labels.csv") if r["malignant"] == "1"]
    occult = sum("malignant" not in shows[(r["accession_number"], r["laterality"])] for r in malignant)
    breasts = len(_rows(export / "truth" / "breast_labels.csv"))
    designed = None
    if (export / "truth" / "lesions.csv").is_file():
        lesions = [r for r in _rows(export / "truth" / "lesions.csv") if r["status"] == "kept"]
        mal = [r for r in lesions if r["lesion"] == "malignant"]
        ben = [r for r in lesions if r["lesion"] == "benign"]
        pct = 100.0 / max(len(mal), 1)
        designed = {
            "malignant_without_shadow": pct * sum(r["posterior"] not in ("shadowing", "combined") for r in mal),
            "malignant_wider_than_tall": pct * sum(float(r["aspect"]) < 1.0 for r in mal),
            "benign_shadowing": 100.0 / max(len(ben), 1) * sum(r["posterior"] in ("shadowing", "combined") for r in ben),
            "benign_taller_than_wide": 100.0 / max(len(ben), 1) * sum(float(r["aspect"]) > 1.0 for r in ben),
        }
    m, b = counts["malignant"], counts["benign"]
    return {
        "malignant_without_shadow": 100.0 * (m["measured"] - m["shadow"]) / max(m["measured"], 1),
        "malignant_wider_than_tall": 100.0 * m["wider_than_tall"] / max(m["images"], 1),
        "benign_shadowing": 100.0 * b["shadow"] / max(b["measured"], 1),
        "benign_taller_than_wide": 100.0 * b["taller_than_wide"] / max(b["images"], 1),
        "malignant_breasts_no_visible_lesion": 100.0 * occult / max(len(malignant), 1),
        "n": {"malignant_images": m["images"], "malignant_measured": m["measured"], "benign_images": b["images"],
              "benign_measured": b["measured"], "malignant_breasts": len(malignant), "occult": occult,
              "breasts": breasts},
        "designed": designed,
    }


def _generate(out: Path, n: int, seed: int, profile: str, cancer_rate: float | None) -> float:
    t0 = time.perf_counter()
    generate_demo_export(DemoConfig(out_dir=out, n_patients=n, seed=seed, workers=os.cpu_count() or 1, profile=profile,
                                    cancer_rate=cancer_rate if profile == "realistic" else None))
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patients", type=int, default=120)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=Path("var/cues"))
    ap.add_argument("--easy", type=Path, help="an existing easy export (skips generating one)")
    ap.add_argument("--realistic", type=Path, help="an existing realistic export (skips generating one)")
    ap.add_argument("--cancer-rate", type=float, help="realistic profile's cancer rate (default: the profile's)")
    ap.add_argument("--keep", action="store_true", help="keep the generated exports")
    args = ap.parse_args()
    exports = {}
    for profile in ("easy", "realistic"):
        given = getattr(args, profile)
        if given:
            exports[profile] = given
            continue
        rate = f"_rate{args.cancer_rate}" if profile == "realistic" and args.cancer_rate is not None else ""
        out = args.workdir / f"{profile}_{args.patients}_{args.seed}{rate}"
        if out.exists():
            shutil.rmtree(out)
        wall = _generate(out, args.patients, args.seed, profile, args.cancer_rate)
        print(f"generated {profile} demo ({args.patients} patients, seed {args.seed}{rate}) in {wall:.0f} s -> {out}")
        exports[profile] = out
    results = {p: measure(e) for p, e in exports.items()}
    print(f"\nshadow: grey below / beside the lesion < {SHADOW_RATIO}; orientation: mask bounding box; per lesion image")
    print("| cue | easy (baseline) | realistic | realistic as designed | target (realistic) |")
    print("|---|---|---|---|---|")
    for key, target in TARGETS.items():
        designed = results["realistic"]["designed"]
        d = f"{designed[key]:.1f}%" if designed and key in designed else "-"
        print(f"| {key.replace('_', ' ')} | {results['easy'][key]:.1f}% | {results['realistic'][key]:.1f}% | {d} "
              f"| >= {target:.0f}% |")
    for p, r in results.items():
        print(f"{p}: {r['n']}")
    if not args.keep:
        for profile in ("easy", "realistic"):
            if not getattr(args, profile):
                shutil.rmtree(exports[profile], ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
