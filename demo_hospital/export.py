"""Orchestrate the demo hospital export: plan, generate patients in parallel, write CSVs and truth.

Layout written (see docs/data_model.md)::

    OUT/dicom/**                  DICOM files (and a few non-DICOM ones)
    OUT/pathology_reports.csv     OUT/radiology_reports.csv     OUT/patients.csv
    OUT/truth/files.csv  breast_labels.csv  test_eligibility.csv  summary.json  masks/*.png
    (realistic profile also) OUT/truth/lesions.csv  report_labels.csv  radiology_birads.csv
    OUT/.sonolabel-demo           marks a demo export: the only kind the public demo key may build

Why a process pool over patients: rendering and encoding dominate, patients are independent, and
each patient's files depend only on ``(seed, patient index)`` -- so the output is byte-identical
for any number of workers. The master plan (focus scenarios, hard-case allocation) is computed
once in the parent from the seed.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.layout import ExportLayout
from curation.reason_codes import ELIGIBILITY_CODES, REASON_CODES
from demo_hospital.clinical import FOCUS_CODES, Patient
from demo_hospital.exam_files import FILES_COLUMNS, LESION_COLUMNS, write_patient
from demo_hospital.hard_cases import (
    EXAM_LEVEL,
    FILE_LEVEL,
    PATIENT_LEVEL,
    allocate,
)
from demo_hospital.patient_sim import simulate_patient
from demo_hospital.profiles import DEFAULT_CANCER_RATE, check_profile, realistic_focus_schedule
from demo_hospital.realistic_reports import (
    RADIOLOGY_BIRADS_COLUMNS,
    REPORT_LABEL_COLUMNS,
    realistic_report_rows,
)
from demo_hospital.report_text import (
    SpecimenText,
    clock_site,
    pathology_text,
    radiology_text,
)

# Extra weight of each focus code beyond the one guaranteed slot (negatives dominate, as in practice).
FOCUS_WEIGHTS: dict[str, int] = {
    "negative_followup_confirmed": 9, "negative_no_followup": 4, "negative_followup_not_negative": 1,
    "birads3_followup_confirmed": 2, "birads3_no_confirming_followup": 1, "benign_concordant": 3,
    "malignant_visible_presumed": 3, "nonbiopsied_unverifiable_birads": 1,
}
US_BIOPSY_CODES = frozenset({"negative_malignancy_within_15mo", "birads3_malignancy_within_15mo", "benign_concordant",
                             "benign_discordant_resolved", "benign_discordant_unresolved", "malignant_visible_presumed",
                             "malignant_review_birads_0_3_6", "malignant_review_multimodal_guidance",
                             "malignant_review_birads_unknown"})
PATHOLOGY_COLUMNS = ("patient_id", "report_id", "specimen_date", "procedure", "guidance", "concordance", "text")
RADIOLOGY_COLUMNS = ("patient_id", "report_id", "accession_number", "exam_date", "modality", "birads_left",
                     "birads_right", "text")
PATIENT_COLUMNS = ("patient_id", "sex", "age_at_first_exam", "density")
LABEL_COLUMNS = ("patient_id", "accession_number", "laterality", "exam_date", "benign", "malignant")
ELIGIBILITY_COLUMNS = ("patient_id", "accession_number", "laterality", "status", "reason")


@dataclass(frozen=True)
class DemoConfig:
    """Arguments of :func:`generate_demo_export`.

    Args:
        out_dir: export root; must be absent, empty, or a previous demo export (then replaced).
        n_patients: number of patients (>= 1; 30 already holds every hard case).
        seed: master seed (>= 0); the same seed gives byte-identical files.
        workers: worker processes (>= 1); the output does not depend on it.
        profile: ``easy`` (separable cartoons, lexicon reports: fast tests) or ``realistic``
            (overlapping lesion looks, occult cancers, report grammar); see demo_hospital.profiles.
        cancer_rate: realistic only: share of patients after the first 17 given a cancer scenario
            (default ``profiles.DEFAULT_CANCER_RATE``).
    """

    out_dir: Path
    n_patients: int = 250
    seed: int = 0
    workers: int = 1
    profile: str = "easy"
    cancer_rate: float | None = None

    def __post_init__(self) -> None:
        check_profile(self.profile, self.cancer_rate)
        if not isinstance(self.n_patients, int) or self.n_patients < 1:
            raise ValueError(f"n_patients must be an int >= 1, got {self.n_patients!r}")
        if not isinstance(self.seed, int) or self.seed < 0:
            raise ValueError(f"seed must be an int >= 0, got {self.seed!r}")
        if not isinstance(self.workers, int) or self.workers < 1:
            raise ValueError(f"workers must be an int >= 1, got {self.workers!r}")


def focus_schedule(n_patients: int, seed: int) -> list[str]:
    """Focus code of each patient: every code once first (shuffled), then the weighted extras."""
    rng = np.random.default_rng([seed, 0xF0C5])
    unique = [FOCUS_CODES[i] for i in rng.permutation(len(FOCUS_CODES))]
    extras = [c for c, w in FOCUS_WEIGHTS.items() for _ in range(w)]
    extras = [extras[i] for i in rng.permutation(len(extras))]
    cycle = unique + extras
    return [cycle[i % len(cycle)] for i in range(n_patients)]


@dataclass(frozen=True)
class _Job:
    index: int
    seed: int
    out_dir: str
    focus: str
    kinds: tuple[str, ...]
    biopsy_images: bool
    profile: str = "easy"


def _patient_job(job: _Job) -> dict[str, list]:
    """Worker: simulate one patient, write her files, return every row she contributes."""
    realistic = job.profile == "realistic"
    p = simulate_patient(job.index, job.seed, job.focus, job.kinds, job.biopsy_images, realistic)
    out = write_patient(p, Path(job.out_dir), job.seed, list(job.kinds), "biopsy_description_trap" in job.kinds,
                        realistic)
    out.update(realistic_report_rows(p, job.seed) if realistic else _report_rows(p, job.seed))
    out["patients"] = [{"patient_id": p.patient_id, "sex": p.sex, "age_at_first_exam": p.age_at_first_exam,
                        "density": p.density}]
    out["focus"] = [{"index": p.index, "code": p.focus_code, "patient_kind": p.patient_hard_case}]
    return out


def _report_rows(p: Patient, seed: int) -> dict[str, list]:
    rng = np.random.default_rng([seed, p.index, 3])
    rad = []
    for e in p.exams:
        procedure = None
        if e.purpose == "biopsy_procedure":
            side = {"L": "LEFT", "R": "RIGHT"}[e.biopsy_side]
            procedure = f"US GUIDED CORE BIOPSY {side} BREAST"
        text = radiology_text(rng, e.modality, e.birads, e.lesion, procedure,
                              allow_bilateral=all(e.structured.values()))
        rad.append({"patient_id": p.patient_id, "report_id": e.report_id, "accession_number": e.accession,
                    "exam_date": e.date.isoformat(), "modality": e.modality,
                    "birads_left": e.birads["L"] if e.structured["L"] else "",
                    "birads_right": e.birads["R"] if e.structured["R"] else "", "text": text})
    path = []
    for ev in p.pathology:
        specs = [SpecimenText(s.side, clock_site(rng), s.diagnosis) for s in ev.specimens]
        path.append({"patient_id": p.patient_id, "report_id": ev.report_id, "specimen_date": ev.date.isoformat(),
                     "procedure": ev.procedure, "guidance": ev.guidance, "concordance": ev.concordance,
                     "text": pathology_text(rng, ev.procedure, ev.guidance, specs, p.history_side)})
    return {"radiology": rad, "pathology": path}


def _prepare_out_dir(out: Path) -> None:
    if out.exists() and any(out.iterdir()):
        if not (out / "truth" / "summary.json").is_file():
            raise FileExistsError(f"{out} is not empty and is not a previous demo export; refusing to overwrite it")
        for name in ("dicom", "truth"):
            shutil.rmtree(out / name, ignore_errors=True)
    (out / "dicom").mkdir(parents=True, exist_ok=True)
    (out / "truth").mkdir(parents=True, exist_ok=True)


def _write_csv(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r[c] for c in columns})
    os.replace(tmp, path)


def generate_demo_export(config: DemoConfig, progress: Callable[[int], None] | None = None) -> dict:
    """Write the demo export described in the module docstring; returns ``summary.json``'s content.

    ``progress(n)`` is called with the number of patients finished so far.
    """
    out = Path(config.out_dir)
    _prepare_out_dir(out)
    if config.profile == "realistic":
        rate = DEFAULT_CANCER_RATE if config.cancer_rate is None else float(config.cancer_rate)
        schedule = realistic_focus_schedule(config.n_patients, config.seed, rate)
    else:
        schedule = focus_schedule(config.n_patients, config.seed)
    rng = np.random.default_rng([config.seed, 0xCA5E])
    plan = allocate(config.n_patients, rng, protected=len(FOCUS_CODES))
    first_us = next((i for i, c in enumerate(schedule) if c in US_BIOPSY_CODES and not any(
        k in PATIENT_LEVEL for k in plan.kinds[i])), -1)
    biopsy_flags = (rng.random(config.n_patients) < 0.7).tolist()
    jobs = [_Job(i, config.seed, str(out), schedule[i], plan.kinds[i], bool(biopsy_flags[i]) or i == first_us,
                 config.profile) for i in range(config.n_patients)]
    merged: dict[str, list] = {}
    if config.workers == 1:
        results = map(_patient_job, jobs)
        for done, res in enumerate(results, 1):
            _merge(merged, res)
            if progress:
                progress(done)
    else:
        with ProcessPoolExecutor(max_workers=config.workers) as pool:
            for done, res in enumerate(pool.map(_patient_job, jobs, chunksize=1), 1):
                _merge(merged, res)
                if progress:
                    progress(done)
    return _write_outputs(out, config, merged)


def _merge(merged: dict[str, list], res: dict[str, list]) -> None:
    for k, v in res.items():
        merged.setdefault(k, []).extend(v)


def _write_realistic_truth(out: Path, config: DemoConfig, m: dict[str, list]) -> dict:
    """The realistic profile's extra truth tables; returns its summary keys (absent from easy's)."""
    lesions = sorted(m.get("lesions", []), key=lambda r: r["relpath"])
    _write_csv(out / "truth" / "lesions.csv", LESION_COLUMNS, lesions)
    _write_csv(out / "truth" / "report_labels.csv", REPORT_LABEL_COLUMNS, m.get("report_labels", []))
    _write_csv(out / "truth" / "radiology_birads.csv", RADIOLOGY_BIRADS_COLUMNS, m.get("radiology_birads", []))
    kept = [r for r in lesions if r["status"] == "kept"]
    return {
        "profile": "realistic",
        "cancer_rate": DEFAULT_CANCER_RATE if config.cancer_rate is None else float(config.cancer_rate),
        "kept_lesion_images": dict(sorted(Counter(r["lesion"] for r in kept).items())),
        "kept_lesion_images_per_kind": dict(sorted(Counter(r["kind"] for r in kept).items())),
    }


def _write_outputs(out: Path, config: DemoConfig, m: dict[str, list]) -> dict:
    files = sorted(m["files"], key=lambda r: r["relpath"])
    _write_csv(out / "pathology_reports.csv", PATHOLOGY_COLUMNS, m.get("pathology", []))
    _write_csv(out / "radiology_reports.csv", RADIOLOGY_COLUMNS, m["radiology"])
    _write_csv(out / "patients.csv", PATIENT_COLUMNS, m["patients"])
    _write_csv(out / "truth" / "files.csv", FILES_COLUMNS, files)
    _write_csv(out / "truth" / "breast_labels.csv", LABEL_COLUMNS, m.get("breast_labels", []))
    _write_csv(out / "truth" / "test_eligibility.csv", ELIGIBILITY_COLUMNS, m.get("test_eligibility", []))
    kept = [r for r in files if r["status"] == "kept"]
    reasons = Counter(r["reason"] for r in files if r["reason"])
    elig = Counter(r["reason"] for r in m.get("test_eligibility", []))
    summary = {
        "generator": "demo_hospital",
        "seed": config.seed,
        "patients": len(m["patients"]),
        "exams": len({r["accession_number"] for r in files if r["accession_number"]}),
        "kept_exams": len({r["accession_number"] for r in kept}),
        "files": len(files),
        "kept_files": len(kept),
        "images": sum(int(r["n_images"]) for r in kept),
        "radiology_reports": len(m["radiology"]),
        "pathology_reports": len(m.get("pathology", [])),
        "breasts": len(m.get("breast_labels", [])),
        "malignant_breasts": sum(int(r["malignant"]) for r in m.get("breast_labels", [])),
        "benign_breasts": sum(int(r["benign"]) for r in m.get("breast_labels", [])),
        "files_per_reason": {r.code: reasons.get(r.code, 0) for r in REASON_CODES},
        "eligibility": {c.code: elig.get(c.code, 0) for c in ELIGIBILITY_CODES},
        "hard_case_rates": {**PATIENT_LEVEL, **EXAM_LEVEL, **FILE_LEVEL},
    }
    if config.profile == "realistic":
        summary.update(_write_realistic_truth(out, config, m))
    tmp = out / "truth" / "summary.json.part"
    tmp.write_text(json.dumps(summary, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    os.replace(tmp, out / "truth" / "summary.json")
    ExportLayout(out).demo_marker.write_text(
        "Made by `sonolabel demo-data` (synthetic patients): build-dataset may use the public demo "
        "pseudonym key on this export only.\n", encoding="utf-8")
    return summary
