"""Clinical simulation of one demo patient: exams, BI-RADS, biopsies and surgeries over the years.

Why a scenario per patient: the test-set filters (paper Fig. A.3) must be exercised branch by
branch with a known answer. Each patient gets one *focus* eligibility code for one breast of her
index US exam; :func:`simulate_patient` builds the timeline that produces it (which follow-up
imaging, which pathology, which guidance, when) and keeps every date at least ~20 days away from
any window boundary. :mod:`demo_hospital.truth_rules` then states the labels and codes of
*every* imaged exam x breast from these structured facts, and the simulation is retried (same rng
stream, so still deterministic) until the focus breast gets its intended code with no date near a
boundary.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import numpy as np
from dateutil.relativedelta import relativedelta

from curation.reason_codes import ELIGIBILITY_BY_CODE
from demo_hospital.report_text import BENIGN_KEYS, MALIGNANT_KEYS

SIDES = ("L", "R")
BIOPSIES = ("core_biopsy", "fna", "vacuum_biopsy")
SURGERIES = ("excision", "lumpectomy", "mastectomy")

LAST_NAMES = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR", "MOORE", "JACKSON", "MARTIN", "LEE", "PEREZ", "THOMPSON", "WHITE", "HARRIS", "SANCHEZ", "CLARK", "RAMIREZ", "LEWIS", "ROBINSON", "WALKER", "YOUNG", "ALLEN", "KING", "WRIGHT", "SCOTT", "TORRES", "NGUYEN", "HILL", "FLORES", "GREEN", "ADAMS", "NELSON", "BAKER", "HALL", "RIVERA", "CAMPBELL", "MITCHELL", "CARTER", "ROBERTS", "CHEN", "KIM", "PATEL", "COHEN", "SHAPIRO", "OKAFOR", "KOWALSKI", "ROSSI", "MULLER"]  # noqa: E501
FEMALE_NAMES = ["MARY", "PATRICIA", "JENNIFER", "LINDA", "ELIZABETH", "BARBARA", "SUSAN", "JESSICA", "SARAH", "KAREN", "LISA", "NANCY", "BETTY", "MARGARET", "SANDRA", "ASHLEY", "KIMBERLY", "EMILY", "DONNA", "MICHELLE", "CAROL", "AMANDA", "MELISSA", "DEBORAH", "STEPHANIE", "REBECCA", "SHARON", "LAURA", "CYNTHIA", "KATHLEEN", "AMY", "ANGELA", "SHIRLEY", "ANNA", "BRENDA", "PAMELA", "EMMA", "NICOLE", "HELEN", "SAMANTHA", "KATHERINE", "CHRISTINE", "DEBRA", "RACHEL", "CAROLYN", "JANET", "MARIA", "ROSA", "WEI", "MEI", "AISHA", "FATIMA"]  # noqa: E501
MALE_NAMES = ["JAMES", "ROBERT", "JOHN", "MICHAEL", "DAVID", "WILLIAM", "RICHARD", "JOSEPH", "THOMAS", "CHARLES", "DANIEL", "MATTHEW"]  # noqa: E501

# Codes the generator has no timeline for (unit tests of the filters cover them); leaving them
# out keeps the focus schedule, and so every seed's export, what it was before they existed.
# ``label_needs_review`` is no timeline at all: it is the NLP's reading of a report, not a history.
UNSCHEDULED_CODES = frozenset({"benign_discordant_malignant_resolution", "malignant_review_us_guidance_outside_window",
                               "malignant_review_unguided_biopsy", "label_needs_review"})
# Scenario codes a focus breast can be given (every other ELIGIBILITY_CODES entry).
FOCUS_CODES: tuple[str, ...] = tuple(c for c in ELIGIBILITY_BY_CODE if c not in UNSCHEDULED_CODES)


class Ambiguous(Exception):
    """A generated timeline puts a deciding date too close to a window boundary: retry."""


@dataclass
class Specimen:
    side: str  # L | R, or "" for a specimen that is not from a breast (realistic profile)
    diagnosis: str  # DIAGNOSES key, "negative" or "lymph_node"; realistic also "hedged", "non_breast"
    category: str  # malignant | benign | other
    # Realistic profile only (the easy profile leaves the defaults):
    part: int = -1  # specimens with the same part number are one specimen block of the report
    grade: str = ""  # phyllodes benign/borderline/malignant, carcinoma 1-3, nodes "k/n"
    detail: str = ""  # the hedged entity ("hedged") or the site ("non_breast")


@dataclass
class PathologyEvent:
    date: dt.date
    procedure: str
    guidance: str
    concordance: str
    specimens: list[Specimen]
    report_id: str = ""

    def categories(self, side: str) -> set[str]:
        return {s.category for s in self.specimens if s.side == side}

    @property
    def sides(self) -> set[str]:
        return {s.side for s in self.specimens if s.diagnosis != "lymph_node"}


@dataclass
class ImagingExam:
    """One imaging exam. ``birads[side]`` is the assessment ('' = none for that side);
    ``structured[side]`` says whether it is also in the structured column (else text only)."""

    date: dt.date
    modality: str
    birads: dict[str, str]
    structured: dict[str, bool]
    lesion: dict[str, str]  # none | benign | malignant, what the images of that side show
    imaged: bool = False  # has DICOM files in the export (US only)
    purpose: str = "diagnostic"  # diagnostic | followup | screening | biopsy_procedure | hard_case
    hard_case: str = ""  # exam-level defect (hard_cases.EXAM_LEVEL), empty for a normal exam
    biopsy_side: str = ""
    accession: str = ""
    report_id: str = ""
    findings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # realistic: lesion kinds per side

    @property
    def kept_candidate(self) -> bool:
        """Imaged and without an exam-level defect: its files can be kept."""
        return self.imaged and not self.hard_case and self.purpose != "biopsy_procedure"


@dataclass
class Patient:
    index: int
    patient_id: str
    name: str
    birth_date: dt.date
    sex: str
    density: str
    focus_side: str
    focus_code: str
    patient_hard_case: str = ""
    exams: list[ImagingExam] = field(default_factory=list)
    pathology: list[PathologyEvent] = field(default_factory=list)
    history_side: str | None = None

    @property
    def age_at_first_exam(self) -> int:
        first = min(e.date for e in self.exams)
        return age_years(self.birth_date, first)


def age_years(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def months(day: dt.date, n: float, jitter_days: int = 0) -> dt.date:
    """``day`` plus ``n`` calendar months (whole months via relativedelta) plus ``jitter_days``."""
    whole = math.floor(n)
    extra = round((n - whole) * 30)
    return day + relativedelta(months=whole) + dt.timedelta(days=extra + jitter_days)


def mrn(index: int, seed: int) -> str:
    """An 8-digit MRN, unique per (index) for a given seed."""
    return str(10_000_000 + ((index + 1) * 48_271 + seed * 7_919) % 90_000_000)


class _Builder:
    """Small helpers that append events to a patient with realistic defaults."""

    def __init__(self, p: Patient, rng: np.random.Generator) -> None:
        self.p, self.rng = p, rng

    def bi(self, options: tuple[str, ...]) -> str:
        return options[int(self.rng.integers(len(options)))]

    def exam(self, day: dt.date, modality: str, birads: dict[str, str], lesion: dict[str, str] | None = None,
             imaged: bool = False, purpose: str = "diagnostic", text_only: float = 0.12) -> ImagingExam:
        structured = {s: bool(birads.get(s)) and self.rng.random() >= text_only for s in SIDES}
        e = ImagingExam(day, modality, dict(birads), structured, lesion or {"L": "none", "R": "none"},
                        imaged=imaged and modality == "US", purpose=purpose)
        self.p.exams.append(e)
        return e

    def path(self, day: dt.date, procedure: str, guidance: str, side: str, category: str,
             concordance: str = "", extra_other_side: bool = False, lymph_node: bool = False) -> PathologyEvent:
        dx = self.bi(MALIGNANT_KEYS if category == "malignant" else BENIGN_KEYS)
        if category == "malignant" and guidance == "stereotactic":
            dx = self.bi(("dcis", "dcis", "microinvasive", "idc"))
        specimens = [Specimen(side, dx, category)]
        if extra_other_side:
            other = "L" if side == "R" else "R"
            specimens.append(Specimen(other, "negative", "other"))
        if lymph_node:
            specimens.append(Specimen(side, "lymph_node", "other"))
        if category == "benign" and self.rng.random() < 0.25:
            # A second benign specimen of the same breast (e.g. FA plus a cyst).
            specimens.append(Specimen(side, self.bi(BENIGN_KEYS), "benign"))
        ev = PathologyEvent(day, procedure, guidance, concordance, specimens)
        self.p.pathology.append(ev)
        return ev

    def procedure_exam(self, day: dt.date, side: str, birads: dict[str, str], lesion: str, imaged: bool) -> None:
        """The interventional US exam of a US-guided biopsy (its own accession)."""
        e = self.exam(day, "US", birads, {side: lesion, ("L" if side == "R" else "R"): "none"},
                      imaged=imaged, purpose="biopsy_procedure", text_only=0.0)
        e.biopsy_side = side


def _neg(b: _Builder) -> str:
    return b.bi(("1", "2", "2"))


def build_timeline(p: Patient, e0: dt.date, rng: np.random.Generator, biopsy_images: bool) -> None:
    """Append the exams and pathology of ``p.focus_code`` for ``p.focus_side`` around index exam ``e0``."""
    b = _Builder(p, rng)
    f, o = p.focus_side, ("L" if p.focus_side == "R" else "R")
    code = p.focus_code

    def j() -> int:
        return int(rng.integers(-12, 13))

    bir = {o: _neg(b)}
    les = {"L": "none", "R": "none"}

    def us_biopsy(day: dt.date, category: str, concordance: str = "concordant", birads_f: str = "4C") -> PathologyEvent:
        proc = b.bi(("core_biopsy", "core_biopsy", "vacuum_biopsy")) if category == "malignant" else b.bi(
            ("core_biopsy", "core_biopsy", "fna" if category == "benign" else "core_biopsy"))
        b.procedure_exam(day, f, {f: birads_f, o: bir[o]}, category, imaged=biopsy_images)
        return b.path(day, proc, "us", f, category, concordance, extra_other_side=rng.random() < 0.15)

    def surgery(day: dt.date, category: str) -> None:
        proc = b.bi(("lumpectomy", "lumpectomy", "mastectomy")) if category == "malignant" else "excision"
        b.path(day, proc, "none", f, category, "", lymph_node=category == "malignant")

    def followup(day: dt.date, modality: str, birads_f: str, imaged: bool) -> None:
        b.exam(day, modality, {f: birads_f, o: _neg(b)}, imaged=imaged, purpose="followup")

    if code in ("negative_followup_confirmed", "negative_followup_not_negative", "negative_no_followup",
                "negative_malignancy_within_15mo"):
        bir[f] = _neg(b)
        b.exam(e0, "US", bir, les, imaged=True)
        if code == "negative_followup_confirmed":
            tier = b.bi(("US", "MG", "DBT", "US15", "MG15"))
            mo = 12 if len(tier) <= 3 else 19
            followup(months(e0, mo, j()), tier[:3] if tier != "US15" else "US", _neg(b), imaged=rng.random() < 0.5)
        elif code == "negative_followup_not_negative":
            followup(months(e0, 12, j()), b.bi(("US", "MG")), b.bi(("3", "0", "4A")), imaged=rng.random() < 0.4)
        elif code == "negative_no_followup":
            if rng.random() < 0.5:
                followup(months(e0, 31, j()), "MG", _neg(b), imaged=False)
        else:
            d1 = months(e0, 9, j())
            b.exam(d1, "US", {f: "5", o: _neg(b)}, {f: "malignant", o: "none"}, imaged=True)
            us_biopsy(d1 + dt.timedelta(days=int(rng.integers(3, 15))), "malignant", birads_f="5")
            surgery(d1 + dt.timedelta(days=int(rng.integers(40, 80))), "malignant")
    elif code in ("birads3_followup_confirmed", "birads3_malignancy_within_15mo", "birads3_no_confirming_followup"):
        bir[f] = "3"
        les[f] = "benign"
        b.exam(e0, "US", bir, les, imaged=True)
        if code == "birads3_followup_confirmed":
            if rng.random() < 0.5:
                followup(months(e0, 6, j()), "US", b.bi(("2", "3")), imaged=rng.random() < 0.5)
                followup(months(e0, 12, j()), "US", "3", imaged=False)
                followup(months(e0, 29, j()), "US", b.bi(("2", "3")), imaged=rng.random() < 0.5)
            else:
                followup(months(e0, 7, j()), "US", "2", imaged=rng.random() < 0.5)
        elif code == "birads3_malignancy_within_15mo":
            d1 = months(e0, 8, j())
            b.exam(d1, "US", {f: "4C", o: _neg(b)}, {f: "malignant", o: "none"}, imaged=True)
            us_biopsy(d1 + dt.timedelta(days=int(rng.integers(3, 15))), "malignant")
        else:
            if rng.random() < 0.5:
                followup(months(e0, 6, j()), "US", "3", imaged=rng.random() < 0.5)
    elif code == "nonbiopsied_unverifiable_birads":
        bir[f] = b.bi(("0", "4A", "4", "0"))
        les[f] = "benign" if bir[f] != "0" else "none"
        b.exam(e0, "US", bir, les, imaged=True)
        if bir[f] == "0":
            b.exam(e0 + dt.timedelta(days=int(rng.integers(5, 20))), "MG", {f: "2", o: "1"})
    elif code.startswith("benign_"):
        bir[f] = b.bi(("4A", "4B", "4", "3")) if code == "benign_concordant" else b.bi(("4B", "4C"))
        les[f] = "benign"
        b.exam(e0, "US", bir, les, imaged=True)
        d_b = e0 + dt.timedelta(days=int(rng.integers(4, 20)))
        if code == "benign_concordant":
            us_biopsy(d_b, "benign", "concordant", birads_f=bir[f])
        else:
            us_biopsy(d_b, "benign", "discordant", birads_f=bir[f])
            if code == "benign_discordant_resolved":
                surgery(d_b + dt.timedelta(days=int(rng.integers(30, 90))), "benign")
            else:
                followup(months(d_b, 9, j()), "MG", "2", imaged=False)
    elif code.startswith("malignant_"):
        d_b = e0 + dt.timedelta(days=int(rng.integers(4, 20)))
        if code == "malignant_visible_presumed":
            bir[f] = b.bi(("4C", "5", "4B", "4"))
            les[f] = "malignant"
            b.exam(e0, "US", bir, les, imaged=True)
            us_biopsy(d_b, "malignant", birads_f=bir[f])
            if rng.random() < 0.6:
                surgery(d_b + dt.timedelta(days=int(rng.integers(30, 80))), "malignant")
        elif code == "malignant_birads_1_2":
            bir[f] = _neg(b)
            b.exam(e0, "US", bir, les, imaged=True)
            b.path(e0 + dt.timedelta(days=int(rng.integers(15, 60))), b.bi(("core_biopsy", "vacuum_biopsy")),
                   b.bi(("stereotactic", "mri")), f, "malignant", "concordant")
        elif code == "malignant_no_us_guided_biopsy":
            bir[f] = b.bi(("4A", "4B", "4"))
            b.exam(e0, "US", bir, les, imaged=True)
            b.path(d_b, b.bi(("core_biopsy", "vacuum_biopsy")), b.bi(("stereotactic", "mri")), f, "malignant",
                   "concordant")
        elif code == "malignant_review_birads_0_3_6":
            bir[f] = b.bi(("0", "3", "6"))
            les[f] = "malignant"
            if bir[f] == "6":
                # Known cancer: the diagnostic US-guided biopsy came first, the exam stages it.
                b.exam(e0, "US", bir, les, imaged=True)
                us_biopsy(e0 - dt.timedelta(days=int(rng.integers(7, 18))), "malignant", birads_f="4C")
            else:
                b.exam(e0, "US", bir, les, imaged=True)
                us_biopsy(d_b, "malignant", birads_f=bir[f])
        elif code == "malignant_review_birads_unknown":
            bir[f] = ""  # the US report gives no assessment for this breast
            les[f] = "malignant"
            b.exam(e0, "US", bir, les, imaged=True)
            us_biopsy(d_b, "malignant", birads_f="4C")
        elif code == "malignant_review_multimodal_guidance":
            bir[f] = b.bi(("4C", "5"))
            les[f] = "malignant"
            b.exam(e0, "US", bir, les, imaged=True)
            us_biopsy(d_b, "malignant", birads_f=bir[f])
            b.path(d_b + dt.timedelta(days=int(rng.integers(10, 40))), "vacuum_biopsy", b.bi(("stereotactic", "mri")),
                   f, "malignant", "concordant")
        else:  # pragma: no cover - guarded by FOCUS_CODES
            raise ValueError(code)
    elif code == "missing_birads":
        bir[f] = ""
        b.exam(e0, "US", bir, les, imaged=True)
    else:
        raise ValueError(f"unknown focus code {code!r}")
    # Benign surgery outside the label window (-45..-60 or +150..+200 days): the window must matter.
    if code in ("negative_followup_confirmed", "negative_no_followup") and rng.random() < 0.35:
        offset = -int(rng.integers(45, 61)) if rng.random() < 0.5 else int(rng.integers(150, 201))
        b.path(e0 + dt.timedelta(days=offset), "excision", "none", f, "benign")
    # Earlier screening mammography (never a follow-up of the index exam: it comes before).
    if rng.random() < 0.6:
        b.exam(months(e0, -int(rng.integers(10, 14)), j()), b.bi(("MG", "DBT")), {"L": _neg(b), "R": _neg(b)},
               purpose="screening")
