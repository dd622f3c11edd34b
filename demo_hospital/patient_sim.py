"""One demo patient from ``(master seed, patient index)``: demographics, timeline, hard-case exams.

Why the retry loop: the clinical timeline draws dates with jitter; :mod:`truth_rules` refuses a
timeline where any deciding date sits near a window boundary, or where the focus breast would not
get its intended eligibility code. Retrying from the same rng stream keeps the result a pure
function of the seed while guaranteeing an unambiguous truth.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from demo_hospital import realistic_clinical, truth_rules
from demo_hospital.clinical import (
    FEMALE_NAMES,
    LAST_NAMES,
    MALE_NAMES,
    SIDES,
    Ambiguous,
    ImagingExam,
    Patient,
    build_timeline,
    mrn,
)
from demo_hospital.hard_cases import EXAM_LEVEL, PATIENT_LEVEL

MAX_ATTEMPTS = 60
FIRST_INDEX_DAY = dt.date(2013, 6, 1)
LAST_INDEX_DAY = dt.date(2018, 3, 31)


def _random_day(rng: np.random.Generator, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=int(rng.integers(0, (hi - lo).days + 1)))


def _name(rng: np.random.Generator, sex: str) -> str:
    first = (MALE_NAMES if sex == "M" else FEMALE_NAMES)
    name = f"{LAST_NAMES[int(rng.integers(len(LAST_NAMES)))]}^{first[int(rng.integers(len(first)))]}"
    if rng.random() < 0.3:
        name += "^" + "ABCDEFGHJKLMNPRSTW"[int(rng.integers(18))]
    return name


def simulate_patient(index: int, seed: int, focus_code: str, kinds: tuple[str, ...],
                     biopsy_images: bool, realistic: bool = False) -> Patient:
    """Build patient ``index``: her focus scenario, then her hard-case exams (see hard_cases).

    ``realistic`` adds the realistic profile's facts (:mod:`demo_hospital.realistic_clinical`)
    from a stream of its own, so the easy profile's draws are untouched.
    """
    rng = np.random.default_rng([seed, index, 1])
    rng_real = np.random.default_rng([seed, index, 5]) if realistic else None
    patient_kind = next((k for k in kinds if k in PATIENT_LEVEL), "")
    if patient_kind:
        focus_code = "negative_no_followup"
    sex = "M" if patient_kind == "non_female_patient" else "F"
    focus_side = SIDES[int(rng.integers(2))]
    for _attempt in range(MAX_ATTEMPTS):
        e0 = _random_day(rng, FIRST_INDEX_DAY, LAST_INDEX_DAY)
        if patient_kind == "patient_under_16":
            age = int(rng.integers(13, 16))
        else:
            age = int(np.clip(rng.normal(52, 12), 28, 84))
        birth = e0 - dt.timedelta(days=int(age * 365.25 + rng.integers(20, 340)))
        p = Patient(index=index, patient_id=mrn(index, seed), name=_name(rng, sex), birth_date=birth, sex=sex,
                    density="ABCD"[int(rng.choice(4, p=[0.1, 0.4, 0.4, 0.1]))] if rng.random() < 0.85 else "",
                    focus_side=focus_side, focus_code=focus_code, patient_hard_case=patient_kind)
        build_timeline(p, e0, rng, biopsy_images)
        if patient_kind:
            # Keep these patients to their single index exam (one defect: the patient).
            p.exams = [e for e in p.exams if e.date == e0 and e.modality == "US"]
        _add_hard_case_exams(p, e0, [k for k in kinds if k in EXAM_LEVEL], rng)
        if rng_real is not None:
            realistic_clinical.realise_timeline(p, rng_real)
        try:
            index_exam = next(e for e in p.exams if e.date == e0 and e.modality == "US" and e.purpose == "diagnostic")
            for exam in p.exams:
                if exam.kept_candidate:
                    for side in SIDES:
                        truth_rules.eligibility(p, exam, side)
            if not patient_kind and truth_rules.eligibility(p, index_exam, focus_side) != focus_code:
                raise Ambiguous("focus breast did not get its intended code")
        except Ambiguous:
            continue
        if rng.random() < 0.08 and not patient_kind:
            p.history_side = "R" if focus_side == "L" else "L"
        _number(p, seed)
        if rng_real is not None:
            realistic_clinical.assign_image_findings(p, rng_real)
        return p
    raise RuntimeError(f"patient {index}: no unambiguous timeline for {focus_code} in {MAX_ATTEMPTS} attempts")


def _add_hard_case_exams(p: Patient, e0: dt.date, kinds: list[str], rng: np.random.Generator) -> None:
    """One extra US exam per exam-level kind, before the index exam (never a follow-up of it)."""
    for k, kind in enumerate(kinds):
        if kind == "exam_before_2012":
            day = _random_day(rng, dt.date(2009, 3, 1), dt.date(2011, 10, 31))
        else:
            day = e0 - dt.timedelta(days=200 + 30 * k + int(rng.integers(0, 20)))
        birads = {"L": "2" if rng.random() < 0.5 else "1", "R": "1" if rng.random() < 0.5 else "2"}
        exam = ImagingExam(day, "US", birads, {"L": True, "R": True}, {"L": "none", "R": "none"},
                           imaged=True, purpose="hard_case", hard_case=kind)
        p.exams.append(exam)


def _number(p: Patient, seed: int) -> None:
    """Accessions and report ids, unique per patient index, in date order."""
    p.exams.sort(key=lambda e: (e.date, e.purpose))
    p.pathology.sort(key=lambda ev: ev.date)
    for k, e in enumerate(p.exams):
        e.accession = str(1_000_000_000 + ((p.index * 64 + k + 1) * 7_919 + seed * 104_729) % 900_000_000)
        e.report_id = f"RAD{p.index:06d}{k:02d}"
    for k, ev in enumerate(p.pathology):
        ev.report_id = f"S{ev.date.year % 100:02d}-{p.index:06d}{k:02d}"
