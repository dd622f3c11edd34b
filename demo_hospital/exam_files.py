"""Plan, render and write the files of one patient's imaged exams, with their truth rows.

Why plans first: each file's truth (status, reason, laterality, lesion, n_images, transfer syntax)
is decided here *before* rendering, from the clinical facts and the hard-case catalogue; rendering
and encoding then follow the plan. The truth is the design, not a measurement of the output.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import struct
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PIL import Image
from pydicom.uid import generate_uid

from curation.reason_codes import ELIGIBILITY_BY_CODE
from demo_hospital import truth_rules
from demo_hospital.clinical import SIDES, ImagingExam, Patient, age_years
from demo_hospital.dicom_writer import TRANSFER_SYNTAXES, DicomHeader, encode
from demo_hospital.hard_cases import (
    BIOPSY_DESCRIPTIONS,
    DIAGNOSTIC_DESCRIPTIONS,
    FILE_LEVEL,
    REASON_OF,
    TRAP_DESCRIPTIONS,
)
from demo_hospital.lesion_catalogue import LesionDesign, design_lesion, view_of
from demo_hospital.realistic_image import RealisticView, ScannerSettings, scanner_settings
from demo_hospital.screen import (
    ScreenSpec,
    add_colour_doppler,
    render_blank_screen,
    render_report_screenshot,
    render_screen,
    to_rgb,
)
from demo_hospital.ultrasound_image import ViewSpec

# (Manufacturer, ManufacturerModelName, transducer, weight): the paper's vendors (GE LOGIQ series,
# Philips, Siemens, Toshiba) plus Canon, Samsung and SuperSonic Imagine.
DEVICES: tuple[tuple[str, str, str, float], ...] = (
    ("GE Healthcare", "LOGIQ E9", "ML6-15", 0.2),
    ("GE Healthcare", "LOGIQ S8", "9L", 0.08),
    ("GE MEDICAL SYSTEMS", "LOGIQ7", "10L", 0.05),
    ("Philips Medical Systems", "iU22", "L12-5", 0.15),
    ("Philips", "EPIQ 7G", "eL18-4", 0.1),
    ("SIEMENS", "ACUSON S2000", "18L6 HD", 0.14),
    ("SIEMENS", "ACUSON S3000", "9L4", 0.05),
    ("TOSHIBA_MEC_US", "Aplio 500", "PLT-1005BT", 0.1),
    ("CANON_MEC", "Aplio i800", "i18LX5", 0.05),
    ("SAMSUNG MEDISON CO.,LTD.", "RS80A", "LA3-16AD", 0.04),
    ("SuperSonic Imagine", "Aixplorer", "SL15-4", 0.04),
)
# Per exam (a scanner's export setting); colour scanners mostly export JPEG, and cine clips are
# JPEG more often than not (keeps the default demo ~1-2 GB and fast: RLE encoding is the slowest).
SYNTAX_WEIGHTS = {"explicit": 0.4, "implicit": 0.15, "rle": 0.1, "jpeg": 0.35}
RGB_SYNTAX_WEIGHTS = {"explicit": 0.15, "implicit": 0.05, "rle": 0.08, "jpeg": 0.72}
CINE_SYNTAX_WEIGHTS = {"explicit": 0.2, "implicit": 0.05, "rle": 0.1, "jpeg": 0.65}
FILES_COLUMNS = ("relpath", "patient_id", "accession_number", "sop_instance_uid", "status", "reason", "n_images",
                 "laterality", "lesion", "mask_relpath", "transfer_syntax", "photometric", "frames", "fov", "dual_view")
# truth/lesions.csv (realistic profile): one row per file that shows a lesion, with its design.
LESION_COLUMNS = ("relpath", "sop_instance_uid", "accession_number", "laterality", "status", "lesion", "kind", "shape",
                  "aspect", "width_mm", "margin", "echo", "posterior", "posterior_strength", "calcifications",
                  "calipers", "doppler", "depth_cm")
# Realistic profile: share of a breast's images that carry calipers or a colour-Doppler box.
CALIPER_RATE = 0.5
DOPPLER_RATE = {"lesion": 0.25, "none": 0.05}
DOPPLER_FLOW = {"malignant": 0.8, "benign": 0.35, "none": 0.3}
EXAM_DEPTHS_CM = (2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 6.0)


@dataclass
class FilePlan:
    """One file to write and its truth."""

    relpath: str
    kind: str  # image | blank | screenshot | undecodable | unreadable_truncated | unreadable_corrupt
    #            | not_dicom_txt | not_dicom_jpg | not_dicom_junk | duplicate
    side: str
    lesion: str = "none"
    fov: str = "linear"
    rgb: bool = False
    frames: int = 1
    dual: bool = False
    syntax: str = "explicit"
    reason: str = ""
    patient_id: str = ""
    study_date: str = ""
    laterality_tags: str = "both"
    needle: bool = False
    sop_uid: str = ""
    duplicate_of: int = -1
    design: LesionDesign | None = None  # realistic profile: the lesion this image shows
    calipers: bool = False
    doppler: bool = False
    depth_cm: float = 0.0  # realistic profile: the displayed depth (0: the easy profile draws it)

    @property
    def n_images(self) -> int:
        if self.kind in ("image", "blank", "undecodable", "duplicate"):
            return 2 if self.dual else 1
        return 1 if self.kind == "screenshot" else 0


def _choice(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys])
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _fmt(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _exam_reason(p: Patient, exam: ImagingExam) -> str:
    if p.patient_hard_case:
        return REASON_OF[p.patient_hard_case]
    if exam.purpose == "biopsy_procedure":
        return "biopsy_procedure_image"
    return REASON_OF.get(exam.hard_case, "")


def plan_exam(p: Patient, exam: ImagingExam, folder: str, file_kinds: list[str],
              rng: np.random.Generator, findings: dict[str, list[LesionDesign]] | None = None) -> list[FilePlan]:
    """The files of one imaged exam: its images plus any file-level hard cases.

    ``findings`` (realistic profile) holds the lesions each side shows, designed lesion first:
    each appears in 1-3 of the side's images (every image of a biopsy procedure shows the
    biopsied one). Without it (easy profile) a lesion side shows its lesion in ~60% of images.
    """
    reason = _exam_reason(p, exam)
    hc = exam.hard_case
    if exam.purpose == "biopsy_procedure":
        n = int(rng.integers(3, 7))
    elif hc == "extreme_image_count_high":
        n = int(rng.integers(80, 86))
    elif hc == "extreme_image_count_low":
        n = int(rng.integers(1, 3))
    else:
        n = int(rng.integers(6, 16)) if rng.random() < 0.8 else int(rng.integers(16, 27))
    rgb_exam = rng.random() < 0.25
    syntax_exam = _choice(rng, RGB_SYNTAX_WEIGHTS if rgb_exam else SYNTAX_WEIGHTS)
    sector_p = 0.5 if rng.random() < 0.25 else 0.05
    plain = hc in ("extreme_image_count_high", "extreme_image_count_low")
    ext = ".dcm" if rng.random() < 0.5 else ""
    plans: list[FilePlan] = []
    kept_images = 0
    for k in range(n):
        if exam.purpose == "biopsy_procedure":
            side = exam.biopsy_side
        else:
            side = SIDES[k % 2] if k < 2 else SIDES[int(rng.integers(2))]
        lesion_here = exam.lesion.get(side, "none")
        if findings is None:
            lesion = lesion_here if lesion_here != "none" and rng.random() < 0.6 else "none"
        else:
            lesion = "none"  # placed below
        cine = not plain and rng.random() < 0.07
        dual = not plain and not cine and exam.purpose != "biopsy_procedure" and rng.random() < 0.06
        if not reason and kept_images + (2 if dual else 1) > 30:
            dual = False
        fp = FilePlan(
            relpath=f"{folder}/SE{1 + k // 40:03d}/IM{k + 1:05d}{ext}", kind="image", side=side, lesion=lesion,
            fov="linear" if dual else ("sector" if rng.random() < sector_p else "linear"),
            rgb=rgb_exam and rng.random() < 0.9, frames=int(rng.choice([5, 7])) if cine else 1, dual=dual,
            syntax=(_choice(rng, CINE_SYNTAX_WEIGHTS) if cine else
                    syntax_exam if rng.random() < 0.85 else _choice(rng, SYNTAX_WEIGHTS)), reason=reason,
            patient_id=p.patient_id, study_date=_fmt(exam.date), needle=exam.purpose == "biopsy_procedure",
        )
        kept_images += fp.n_images
        plans.append(fp)
    if findings is not None:
        _place_findings(plans, findings, exam.purpose == "biopsy_procedure", rng)
    else:
        # Every breast with a designed lesion shows it in at least one image.
        for side in SIDES:
            if exam.lesion.get(side, "none") != "none":
                same = [fp for fp in plans if fp.side == side]
                if same and all(fp.lesion == "none" for fp in same):
                    same[0].lesion = exam.lesion[side]
    if hc == "missing_laterality":
        for fp in plans:
            fp.laterality_tags = "none"
            fp.side = ""
    else:
        for fp in plans:
            fp.laterality_tags = _choice(rng, {"both": 0.6, "image": 0.25, "series": 0.15})
    if hc == "invalid_patient_id":
        bad = "UNKNOWN" if rng.random() < 0.5 else ""
        for fp in plans:
            fp.patient_id = bad
    if hc == "multiple_patient_ids":
        digits = list(p.patient_id)
        digits[-1], digits[-2] = digits[-2], digits[-1]
        other = "".join(digits) if digits[-1] != digits[-2] else p.patient_id[:-1] + str((int(p.patient_id[-1]) + 1) % 10)
        for fp in plans[len(plans) // 2:]:
            fp.patient_id = other
    if hc == "multiple_study_dates":
        for fp in plans[len(plans) // 2:]:
            fp.study_date = _fmt(exam.date + dt.timedelta(days=1))
    # File-level hard cases (only in a kept exam).
    nxt = n + 1
    for kind in file_kinds:
        base = FilePlan(relpath="", kind=kind, side=plans[0].side, syntax="explicit", reason=REASON_OF[kind],
                        patient_id=p.patient_id, study_date=_fmt(exam.date), laterality_tags="both")
        if kind == "duplicate_image":
            src = int(rng.integers(n))  # a regular image of this exam (never another hard case)
            orig = plans[src]
            stem, dot, suffix = orig.relpath.rpartition("/")[2].partition(".")
            copy_name = f"{stem}_copy{dot}{suffix}"
            plans.append(replace(orig, relpath=orig.relpath.rpartition("/")[0] + "/" + copy_name, kind="duplicate",
                                 reason="duplicate_image", duplicate_of=src))
            continue
        if kind == "biopsy_description_trap":
            continue  # handled by the exam's descriptions
        name = {"not_dicom_txt": "EXPORT_NOTES.txt", "not_dicom_jpg": "thumbnail.jpg", "not_dicom_junk": "VOLUME_0001"}.get(
            kind, f"IM{nxt:05d}{ext}")
        if kind == "not_ultrasound":
            base = replace(base, kind="screenshot")
        elif kind == "mostly_zero_pixels":
            base = replace(base, kind="blank", syntax=_choice(rng, {"explicit": 1, "implicit": 1, "rle": 1}))
        elif kind == "undecodable_pixels":
            base = replace(base, kind="undecodable")
        elif kind.startswith("not_dicom"):
            base = replace(base, patient_id="", study_date="", side="")
        plans.append(replace(base, relpath=f"{folder}/SE001/{name}"))
        nxt += 1
    return plans


def _place_findings(plans: list[FilePlan], findings: dict[str, list[LesionDesign]], procedure: bool,
                    rng: np.random.Generator) -> None:
    """Realistic profile: which images show which lesion, with calipers and colour Doppler."""
    for side in SIDES:
        free = [fp for fp in plans if fp.side == side]
        for k, design in enumerate(findings.get(side, [])):
            if not free:
                break
            if procedure and k == 0:
                chosen = list(free)
            else:
                n = min(len(free), int(rng.integers(1, 4)))
                chosen = [free[int(i)] for i in sorted(rng.choice(len(free), size=n, replace=False))]
            for fp in chosen:
                fp.design = view_of(design, rng)
                fp.lesion = design.category
                fp.calipers = bool(rng.random() < CALIPER_RATE)
            free = [fp for fp in free if fp.design is None]
    for fp in plans:
        rate = DOPPLER_RATE["lesion" if fp.design is not None else "none"]
        if fp.frames == 1 and not fp.dual and rng.random() < rate:
            fp.doppler = True
            fp.rgb = True


def exam_lesion_designs(exam: ImagingExam, cache: dict[tuple[str, str, int], LesionDesign],
                        rng: np.random.Generator) -> dict[str, list[LesionDesign]]:
    """The designs of ``exam.findings``; one patient's same finding keeps its design across exams."""
    out: dict[str, list[LesionDesign]] = {}
    for side, kinds in exam.findings.items():
        designs = []
        for kind in kinds:
            slot = sum(1 for d in designs if d.kind == kind)
            key = (side, kind, slot)
            if key not in cache:
                cache[key] = design_lesion(rng, kind)
            designs.append(cache[key])
        out[side] = designs
    return out


def _descriptions(exam: ImagingExam, trap: bool, rng: np.random.Generator, side: str) -> tuple[str, str, str]:
    if exam.hard_case == "missing_procedure_metadata":
        return ("", "", "")
    if exam.purpose == "biopsy_procedure":
        options = BIOPSY_DESCRIPTIONS
    elif trap:
        options = TRAP_DESCRIPTIONS
    else:
        options = DIAGNOSTIC_DESCRIPTIONS
    side_word = {"L": "LEFT", "R": "RIGHT", "": "BILAT"}[side]
    chosen = options[int(rng.integers(len(options)))]
    return tuple(s.format(side=side_word) for s in chosen)  # type: ignore[return-value]


def _render(fp: FilePlan, device: tuple[str, str, str, float], screen_size: tuple[int, int], date_text: str,
            annotation: str, rng: np.random.Generator,
            scanner: ScannerSettings | None = None) -> tuple[np.ndarray, np.ndarray | None, list]:
    """Frames ``(F,H,W[,3])`` uint8, the lesion mask of the middle frame, the regions.

    ``scanner`` set: the realistic profile (designed lesion, the exam's scanner settings).
    """
    rows, cols = screen_size
    header = f"{device[0].split()[0].split('_')[0].upper()} {device[1]}"
    views: list[ViewSpec | RealisticView]
    if scanner is None:
        views = [ViewSpec(fov=fp.fov, lesion=fp.lesion, benign_kind="cyst" if rng.random() < 0.35 else "solid",
                          depth_cm=float(rng.choice([3.0, 3.5, 4.0, 4.5, 5.0])))]
        if fp.dual:
            views.append(ViewSpec(fov="linear", lesion="none", depth_cm=views[0].depth_cm))
    else:
        views = [RealisticView(fov=fp.fov, depth_cm=fp.depth_cm, lesion=fp.design, scanner=scanner,
                               ligament_shadows=int(rng.integers(0, 3)))]
        if fp.dual:
            views.append(RealisticView(fov="linear", depth_cm=fp.depth_cm, scanner=scanner,
                                       ligament_shadows=int(rng.integers(0, 3))))
    spec = ScreenSpec(rows, cols, tuple(views), header, annotation, date_text, fp.side, needle=fp.needle,
                      calipers=fp.calipers)
    if fp.kind == "blank":
        r = render_blank_screen(spec, rng)
    else:
        r = render_screen(spec, rng)
    base = r.pixels
    if fp.syntax == "jpeg" and r.fov_masks:
        fov = np.logical_or.reduce(r.fov_masks)
        base = np.where(fov & (base < 4), 4, base).astype(np.uint8)
    frames = [base]
    if fp.frames > 1:
        mid = fp.frames // 2
        frames = []
        fov = np.logical_or.reduce(r.fov_masks)
        reg = r.regions[0]
        for i in range(fp.frames):
            shift = 3 * (i - mid)
            f = base.copy()
            box = base[reg.y0 : reg.y1 + 1, reg.x0 : reg.x1 + 1]
            moved = np.roll(box, shift, axis=1)
            inside = fov[reg.y0 : reg.y1 + 1, reg.x0 : reg.x1 + 1]
            f[reg.y0 : reg.y1 + 1, reg.x0 : reg.x1 + 1] = np.where(inside, np.maximum(moved, 1), 0)
            frames.append(f if i != mid else base)
    arr = np.stack(frames)
    if fp.rgb:
        arr = np.stack([to_rgb(f, rng) for f in arr])
    if fp.doppler:
        flow = 0.0 if fp.design is not None and fp.design.echo == "anechoic" else DOPPLER_FLOW[fp.lesion]
        arr = add_colour_doppler(arr[0], r.regions[0], r.mask, flow, rng)[None]
    return arr, r.mask, r.regions


def write_patient(p: Patient, out_dir: Path, seed: int, file_kinds: list[str], trap: bool,
                  realistic: bool = False) -> dict[str, list]:
    """Write every file of patient ``p`` under ``out_dir/dicom`` and masks under ``out_dir/truth``.

    Returns truth rows: ``files``, ``breast_labels``, ``test_eligibility`` (and ``lesions`` for
    the realistic profile, whose images render ``exam.findings``).
    """
    rng = np.random.default_rng([seed, p.index, 2])
    files_rows: list[dict] = []
    exams_by_key: dict[str, tuple[ImagingExam, list[FilePlan]]] = {}
    # An opaque folder name (no MRN in paths: relpaths reach curated tables).
    pt_folder = "PT" + hashlib.sha256(f"demo-folder:{seed}:{p.index}".encode()).hexdigest()[:10].upper()
    imaged = [e for e in p.exams if e.imaged]
    index_exam = next((e for e in imaged if e.kept_candidate), None)
    designs: dict[tuple[str, str, int], LesionDesign] = {}
    lesion_rows: list[dict] = []
    for k, exam in enumerate(imaged):
        folder = f"{pt_folder}/ST{k + 1:04d}"
        kinds = [x for x in file_kinds if x in FILE_LEVEL] if exam is index_exam else []
        findings = exam_lesion_designs(exam, designs, rng) if realistic else None
        plans = plan_exam(p, exam, folder, kinds, rng, findings)
        exams_by_key[exam.accession] = (exam, plans)
        files_rows.extend(_write_exam(p, exam, k, plans, out_dir, seed, trap and exam is index_exam, rng, realistic))
        if realistic:
            lesion_rows.extend(_lesion_rows(exam, plans))
    labels_rows, elig_rows = [], []
    for acc, (exam, plans) in exams_by_key.items():
        kept_sides = {fp.side for fp in plans if not fp.reason and fp.side}
        for side in SIDES:
            if side not in kept_sides:
                continue
            benign, malignant = truth_rules.labels(p, exam, side)
            labels_rows.append({"patient_id": p.patient_id, "accession_number": acc, "laterality": side,
                                "exam_date": exam.date.isoformat(), "benign": benign, "malignant": malignant})
            code = truth_rules.eligibility(p, exam, side)
            elig_rows.append({"patient_id": p.patient_id, "accession_number": acc, "laterality": side,
                              "status": ELIGIBILITY_BY_CODE[code].status, "reason": code})
    out = {"files": files_rows, "breast_labels": labels_rows, "test_eligibility": elig_rows}
    if realistic:
        out["lesions"] = lesion_rows
    return out


def _lesion_rows(exam: ImagingExam, plans: list[FilePlan]) -> list[dict]:
    rows = []
    for fp in plans:
        d = fp.design
        if d is None or fp.kind not in ("image", "duplicate"):
            continue
        rows.append({"relpath": fp.relpath, "sop_instance_uid": fp.sop_uid, "accession_number": exam.accession,
                     "laterality": fp.side if fp.laterality_tags != "none" else "",
                     "status": "excluded" if fp.reason else "kept", "lesion": d.category, "kind": d.kind,
                     "shape": d.shape, "aspect": f"{d.aspect:.3f}", "width_mm": f"{d.width_mm:.1f}",
                     "margin": d.margin, "echo": d.echo, "posterior": d.posterior,
                     "posterior_strength": f"{d.posterior_strength:.3f}", "calcifications": int(d.calcifications),
                     "calipers": int(fp.calipers), "doppler": int(fp.doppler), "depth_cm": f"{fp.depth_cm:.1f}"})
    return rows


def _write_exam(p: Patient, exam: ImagingExam, k: int, plans: list[FilePlan], out_dir: Path, seed: int, trap: bool,
                rng: np.random.Generator, realistic: bool = False) -> list[dict]:
    dev_w = np.array([d[3] for d in DEVICES])
    device = DEVICES[int(rng.choice(len(DEVICES), p=dev_w / dev_w.sum()))]
    scanner = None
    if realistic:
        # one preset per exam: its settings and depth (re-set on a third of the images)
        scanner = scanner_settings(rng)
        preset = float(rng.choice(EXAM_DEPTHS_CM))
        for fp in plans:
            fp.depth_cm = preset if rng.random() < 0.7 else float(rng.choice(EXAM_DEPTHS_CM))
    rows = int(rng.integers(430, 600)) // 2 * 2
    cols = int(rng.integers(580, 760)) // 2 * 2
    ents = [str(seed), str(p.index), str(k)]
    study_uid = generate_uid(entropy_srcs=ents + ["study"])
    main_side = exam.biopsy_side or ""
    descriptions = _descriptions(exam, trap, rng, main_side)
    time_text = f"{int(rng.integers(8, 18)):02d}{int(rng.integers(60)):02d}{int(rng.integers(60)):02d}"
    rows_out: list[dict] = []
    written: list[bytes] = []
    for i, fp in enumerate(plans):
        fp.sop_uid = generate_uid(entropy_srcs=ents + ["sop", str(i)])
        path = out_dir / "dicom" / fp.relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        mask_rel = ""
        photometric, n_frames, ts_uid = "", 0, ""
        if fp.kind == "duplicate":
            data = written[fp.duplicate_of]
            src = rows_out[fp.duplicate_of]
            fp.sop_uid = src["sop_instance_uid"]
            photometric, n_frames, ts_uid = src["photometric"], src["frames"], src["transfer_syntax"]
            mask_rel = src["mask_relpath"]
        elif fp.kind.startswith("not_dicom"):
            data = _not_dicom_bytes(fp.kind, rng)
            fp.sop_uid = ""
        else:
            header = DicomHeader(
                patient_id=fp.patient_id, patient_name=p.name, birth_date=_fmt(p.birth_date), sex=p.sex,
                study_date=fp.study_date, study_time=time_text, accession=exam.accession, study_uid=study_uid,
                series_uid=generate_uid(entropy_srcs=ents + ["series", fp.relpath.split("/")[-2]]),
                sop_uid=fp.sop_uid, series_number=1 + i // 40, instance_number=i + 1, manufacturer=device[0],
                model=device[1], transducer=device[2], study_description=descriptions[1],
                performed_description=descriptions[0], requested_description=descriptions[2],
                laterality=fp.side, laterality_tags=fp.laterality_tags,
                patient_age=f"{age_years(p.birth_date, exam.date):03d}Y",
            )
            side_word = {"L": "LT", "R": "RT", "": ""}[fp.side]
            annotation = f"{side_word} BREAST {int(rng.integers(1, 13))}:00 {int(rng.integers(1, 8))}CM FN"
            date_text = f"{exam.date.strftime('%Y/%m/%d')} {time_text[:2]}:{time_text[2:4]}:{time_text[4:]}"
            if fp.kind == "screenshot":
                header.secondary_capture = True
                header.image_type = ("DERIVED", "SECONDARY")
                page = render_report_screenshot(rows, cols, _worksheet_lines(p, exam, rng), rng)
                arr, mask, regions = page[None], None, []
                fp.rgb = False
            else:
                arr, mask, regions = _render(fp, device, (rows, cols), date_text, annotation, rng, scanner)
            truncate = fp.kind == "undecodable"
            data = encode(header, arr, regions, fp.syntax, truncate_pixels=truncate)
            if fp.kind == "unreadable_truncated":
                data = data[: _meta_end(data) + int(rng.integers(20, 60))]
            elif fp.kind == "unreadable_corrupt":
                data = data[: _meta_end(data)] + rng.integers(0, 256, 600, dtype=np.uint8).tobytes()
            ts_uid = str(TRANSFER_SYNTAXES[fp.syntax])
            photometric = ("YBR_FULL_422" if fp.syntax == "jpeg" else "RGB") if arr.ndim == 4 else "MONOCHROME2"
            n_frames = int(arr.shape[0])
            if mask is not None and fp.kind == "image":
                mask_rel = f"masks/{fp.sop_uid}.png"
                (out_dir / "truth" / "masks").mkdir(parents=True, exist_ok=True)
                Image.fromarray(mask.astype(np.uint8) * 255).save(out_dir / "truth" / mask_rel, optimize=False)
            if fp.kind.startswith("unreadable"):
                photometric, n_frames, ts_uid = "", 0, ""
        _write_bytes(path, data)
        written.append(data)
        rows_out.append({
            "relpath": fp.relpath, "patient_id": fp.patient_id if not fp.kind.startswith(("not_dicom", "unreadable")) else "",
            "accession_number": exam.accession if not fp.kind.startswith(("not_dicom", "unreadable")) else "",
            "sop_instance_uid": fp.sop_uid if not fp.kind.startswith("unreadable") else "",
            "status": "excluded" if fp.reason else "kept", "reason": fp.reason, "n_images": fp.n_images,
            "laterality": fp.side if fp.laterality_tags != "none" else "",
            "lesion": fp.lesion if fp.kind in ("image", "duplicate") else "none", "mask_relpath": mask_rel,
            "transfer_syntax": ts_uid, "photometric": photometric, "frames": n_frames,
            "fov": fp.fov if fp.kind in ("image", "duplicate", "blank", "undecodable") else "",
            "dual_view": int(fp.dual),
        })
    return rows_out


def _worksheet_lines(p: Patient, exam: ImagingExam, rng: np.random.Generator) -> list[str]:
    return ["BREAST ULTRASOUND WORKSHEET", f"Patient: {p.name}   MRN: {p.patient_id}",
            f"Exam date: {exam.date.isoformat()}   Accession: {exam.accession}",
            f"Indication: {['Follow-up', 'Palpable lump', 'Screening'][int(rng.integers(3))]}",
            f"Lesion 1: {rng.uniform(0.4, 2.5):.1f} x {rng.uniform(0.3, 2.0):.1f} x {rng.uniform(0.3, 2.0):.1f} cm",
            f"Right: BI-RADS {exam.birads.get('R') or '-'}   Left: BI-RADS {exam.birads.get('L') or '-'}",
            "Sonographer: J.K.   Radiologist: A. SMITH, MD"]


def _meta_end(data: bytes) -> int:
    (group_len,) = struct.unpack_from("<I", data, 140)
    return 144 + group_len


def _not_dicom_bytes(kind: str, rng: np.random.Generator) -> bytes:
    if kind == "not_dicom_txt":
        return b"PACS EXPORT LOG\r\nstudies exported: 1\r\nstatus: OK\r\n"
    if kind == "not_dicom_jpg":
        img = Image.fromarray(rng.integers(0, 120, (96, 128), dtype=np.uint8))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=80)
        return buf.getvalue()
    return b"\x00\x01VOLUME INDEX\x00" + rng.integers(0, 256, 700, dtype=np.uint8).tobytes()


def _write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)
