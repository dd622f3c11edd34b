"""The demo's ground truth, stated from the generator's own structured facts.

Why here and not by running the pipeline: the truth must be independent of the code it checks.
These functions read the *intended* facts of :mod:`demo_hospital.clinical` (the side and
category of each specimen as designed, the BI-RADS as designed, the guidance as designed) -- never
generated text, DICOM files or pipeline modules -- and state each exam x breast's labels and
eligibility code as the paper defines them (Methods; Fig. A.3). They also refuse (raise
:class:`~demo_hospital.clinical.Ambiguous`) any timeline where a deciding date lies within
``MARGIN_DAYS`` of a window boundary, or where a follow-up window holds a report without BI-RADS
for the breast, so no reasonable implementation of the rules can disagree with the truth.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from demo_hospital.clinical import (
    BIOPSIES,
    SURGERIES,
    Ambiguous,
    ImagingExam,
    Patient,
)

LABEL_WINDOW_DAYS = (-30, 120)
LABEL_MARGIN_DAYS = 10
MARGIN_DAYS = 20
NEGATIVE_TIERS = (("US", 6, 15), ("MG", 6, 15), ("DBT", 6, 15), ("US", 15, 24), ("MG", 15, 24), ("DBT", 15, 24))


def _plus(day: dt.date, n_months: int) -> dt.date:
    return day + relativedelta(months=n_months)


def _in_months(anchor: dt.date, day: dt.date, lo: int, hi: int, check: bool = True) -> bool:
    """``anchor + lo months <= day <= anchor + hi months``; ``check`` refuses dates near a bound."""
    a, b = _plus(anchor, lo), _plus(anchor, hi)
    if check and (abs((day - a).days) < MARGIN_DAYS or abs((day - b).days) < MARGIN_DAYS):
        raise Ambiguous(f"{day} within {MARGIN_DAYS} days of a {lo}-{hi} month bound of {anchor}")
    return a <= day <= b


def window_pathology(p: Patient, exam: ImagingExam, side: str):
    """Pathology events of ``side`` dated -30..+120 days around the exam (margin-checked)."""
    out = []
    for ev in p.pathology:
        delta = (ev.date - exam.date).days
        lo, hi = LABEL_WINDOW_DAYS
        if side in {s.side for s in ev.specimens}:
            if abs(delta - lo) < LABEL_MARGIN_DAYS or abs(delta - hi) < LABEL_MARGIN_DAYS:
                raise Ambiguous(f"pathology {delta} days from the exam: too close to the label window bound")
            if lo <= delta <= hi:
                out.append(ev)
    return out


def labels(p: Patient, exam: ImagingExam, side: str) -> tuple[int, int]:
    """(benign, malignant) of one exam x breast from the designed specimen categories."""
    cats: set[str] = set()
    for ev in window_pathology(p, exam, side):
        cats |= ev.categories(side)
    return int("benign" in cats), int("malignant" in cats)


def _followups(p: Patient, exam: ImagingExam, side: str) -> list[ImagingExam]:
    return [e for e in p.exams if e is not exam and e.date > exam.date]


def _malignant_within_15(p: Patient, exam: ImagingExam, side: str) -> bool:
    hit = False
    for ev in p.pathology:
        if "malignant" in ev.categories(side) and ev.date >= exam.date:
            hit |= _in_months(exam.date, ev.date, 0, 15) if (ev.date - exam.date).days > MARGIN_DAYS else True
    return hit


def eligibility(p: Patient, exam: ImagingExam, side: str) -> str:
    """The ELIGIBILITY_CODES code of one exam x breast (paper Fig. A.3)."""
    birads = exam.birads.get(side, "")
    benign, malignant = labels(p, exam, side)
    if not birads and not malignant and not benign:
        return "missing_birads"
    if malignant:
        if birads in ("1", "2"):
            return "malignant_birads_1_2"
        guid = {ev.guidance for ev in window_pathology(p, exam, side) if ev.procedure in BIOPSIES}
        all_guid = {ev.guidance for ev in p.pathology if ev.procedure in BIOPSIES}
        if "us" not in guid:
            if "us" in all_guid:
                raise Ambiguous("US-guided biopsy outside the window: patient-level and window readings differ")
            return "malignant_no_us_guided_biopsy"
        if guid & {"stereotactic", "mri"}:
            return "malignant_review_multimodal_guidance"
        if "none" in guid:
            return "malignant_review_unguided_biopsy"
        if not birads:
            return "malignant_review_birads_unknown"
        if birads in ("0", "3", "6"):
            return "malignant_review_birads_0_3_6"
        return "malignant_visible_presumed"
    if benign:
        for ev in window_pathology(p, exam, side):
            if ev.concordance != "discordant":
                continue
            resolved = False
            for later in p.pathology:
                if later is ev or side not in later.sides or later.date <= ev.date:
                    continue
                if "malignant" in later.categories(side) and _in_months(ev.date, later.date, 0, 6):
                    return "benign_discordant_malignant_resolution"
                if later.concordance == "discordant" or later.procedure not in BIOPSIES + SURGERIES:
                    continue
                if (later.date - ev.date).days < 10:
                    raise Ambiguous("resolving procedure too close to the discordant biopsy")
                resolved |= _in_months(ev.date, later.date, 0, 6) if (later.date - ev.date).days > MARGIN_DAYS else True
            if not resolved:
                return "benign_discordant_unresolved"
        if any(ev.concordance == "discordant" for ev in window_pathology(p, exam, side)):
            return "benign_discordant_resolved"
        return "benign_concordant"
    fus = _followups(p, exam, side)
    if birads in ("1", "2"):
        if _malignant_within_15(p, exam, side):
            return "negative_malignancy_within_15mo"
        for modality, lo, hi in NEGATIVE_TIERS:
            tier = [e for e in fus if e.modality == modality and _in_months(exam.date, e.date, lo, hi)]
            if tier:
                if any(not e.birads.get(side) for e in tier):
                    raise Ambiguous("a deciding follow-up has no BI-RADS for this breast")
                ok = all(e.birads[side] in ("1", "2") for e in tier)
                return "negative_followup_confirmed" if ok else "negative_followup_not_negative"
        return "negative_no_followup"
    if birads == "3":
        if _malignant_within_15(p, exam, side):
            return "birads3_malignancy_within_15mo"
        us = [e for e in fus if e.modality == "US" and _in_months(exam.date, e.date, 4, 36)]
        if any(not e.birads.get(side) for e in us):
            raise Ambiguous("a BI-RADS 3 follow-up US has no BI-RADS for this breast")
        all_neg = bool(us) and all(e.birads[side] in ("1", "2") for e in us)
        late = any(_in_months(exam.date, e.date, 24, 36) and e.birads[side] in ("1", "2", "3") for e in us)
        return "birads3_followup_confirmed" if (all_neg or late) else "birads3_no_confirming_followup"
    return "nonbiopsied_unverifiable_birads"
