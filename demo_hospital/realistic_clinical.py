"""Clinical facts the realistic profile adds to a simulated patient (the easy profile never calls this).

Why as a pass over the easy timeline: the focus scenarios of :mod:`demo_hospital.clinical` are
what make every test-set branch occur with a known answer; the realistic profile keeps them and
adds what real practices also have:

* bilateral synchronous cancers (both breasts biopsied under ultrasound in one procedure);
* grades (phyllodes benign / borderline / malignant: every grade is malignant in this scheme;
  carcinoma grade 1-3), positive axillary nodes, and the biopsy-site changes that nearly every
  excision after a core biopsy shows (a scar: benign, docs/labelling_guide.md);
* hedged specimens ("atypical ductal proliferation, cannot exclude DCIS": labels nothing) and
  pathology reports of specimens that are not from a breast (skin, thyroid, colon: label nothing);
* what each imaged breast shows: the lesion of record for its biopsied diagnosis (a carcinoma
  may look circumscribed, a scar shadows), and incidental benign findings (cysts, intramammary
  lymph nodes, scars, fat necrosis) in BI-RADS 2 breasts.

Every fact is structured: :mod:`demo_hospital.truth_rules` states the labels from the specimen
categories as before, so the truth never depends on wording. The patient simulation re-checks
the focus code after this pass (same retry loop), so a bilateral cancer never changes the
scenario a patient was drawn for.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from demo_hospital.clinical import BIOPSIES, SIDES, SURGERIES, PathologyEvent, Patient, Specimen
from demo_hospital.lesion_catalogue import (
    DEFAULT_KINDS,
    INCIDENTAL_KINDS,
    kind_for_diagnosis,
    pick,
)

BILATERAL_RATE = 0.15  # of malignant_visible_presumed patients
BIOPSY_SITE_RATE = 0.7  # of excisions after a core biopsy of the same breast
HEDGED_RATE = 0.06  # of biopsies: an extra, hedged part
NON_BREAST_RATE = 0.1  # of patients: one non-breast pathology report
POSITIVE_NODE_RATE = 0.3
INCIDENTAL_RATE = {"2": 0.75, "3": 0.25, "4": 0.25, "4A": 0.25, "4B": 0.2, "4C": 0.15, "5": 0.15, "6": 0.15,
                   "0": 0.3}
HEDGED_ENTITIES = ("dcis", "invasion", "phyllodes", "carcinoma", "papillary carcinoma")
NON_BREAST_SITES = ("skin_back", "skin_forearm", "thyroid", "colon", "lung", "skin_face", "uterus", "skin_arm")
# Relative frequencies of the diagnoses (the easy profile draws every key equally often): invasive
# ductal carcinoma dominates cancers, fibroadenoma benign biopsies; calcifications biopsied under
# stereotactic or MRI guidance are mostly DCIS.
MALIGNANT_MIX = (("idc", 0.62), ("ilc", 0.1), ("dcis", 0.08), ("mucinous", 0.04), ("tubular", 0.03),
                 ("intraductal_papillary", 0.03), ("phyllodes", 0.03), ("lymphoma", 0.02), ("cribriform", 0.02),
                 ("microinvasive", 0.02), ("inflammatory", 0.01))
CALCIFICATION_MIX = (("dcis", 0.55), ("idc", 0.3), ("microinvasive", 0.1), ("ilc", 0.05))
BENIGN_MIX = (("fibroadenoma", 0.35), ("cyst", 0.1), ("papilloma", 0.1), ("sclerosing_adenosis", 0.08),
              ("udh", 0.08), ("columnar_cell", 0.06), ("adh", 0.06), ("periductal_mastitis", 0.06), ("scar", 0.05),
              ("alh", 0.03), ("lcis", 0.03))
UPGRADE_RATE = 0.1  # a DCIS on core biopsy found invasive at surgery


def _other(side: str) -> str:
    return "L" if side == "R" else "R"


def _bilateral(p: Patient, rng: np.random.Generator) -> None:
    """Make the other breast of a visible, US-biopsied cancer also malignant (same procedure)."""
    if p.focus_code != "malignant_visible_presumed" or rng.random() >= BILATERAL_RATE:
        return
    f = p.focus_side
    o = _other(f)
    index = next((e for e in p.exams if e.purpose == "diagnostic" and e.modality == "US"
                  and e.lesion.get(f) == "malignant"), None)
    biopsy = next((ev for ev in p.pathology if ev.guidance == "us" and "malignant" in ev.categories(f)), None)
    if index is None or biopsy is None:
        return
    index.birads[o] = ("4C", "5", "4B")[int(rng.integers(3))]
    index.lesion[o] = "malignant"
    for e in p.exams:
        if e.purpose == "biopsy_procedure" and e.date == biopsy.date:
            e.birads[o] = index.birads[o]
    biopsy.specimens = [s for s in biopsy.specimens if s.side != o]
    biopsy.specimens.append(Specimen(o, "idc", "malignant"))  # its diagnosis is drawn with the others


def _diagnoses(p: Patient, rng: np.random.Generator) -> None:
    """Diagnoses at realistic frequencies; a breast's later specimens repeat its first diagnosis."""
    first: dict[tuple[str, str], str] = {}
    for ev in sorted(p.pathology, key=lambda e: e.date):
        done: set[tuple[str, str]] = set()  # a second benign specimen of one event is another entity
        for s in ev.specimens:
            if s.side not in SIDES or s.category not in ("benign", "malignant"):
                continue
            key = (s.side, s.category)
            repeat = key in first and key not in done
            done.add(key)
            if repeat:
                s.diagnosis = first[key]
                if s.diagnosis == "dcis" and ev.procedure in SURGERIES and rng.random() < UPGRADE_RATE:
                    s.diagnosis = "idc"
                continue
            if s.category == "benign":
                mix = BENIGN_MIX
            else:
                mix = CALCIFICATION_MIX if ev.guidance in ("stereotactic", "mri") else MALIGNANT_MIX
            s.diagnosis = pick(rng, mix)
            first.setdefault(key, s.diagnosis)


def _refine(p: Patient, rng: np.random.Generator) -> None:
    """Grades, node status, biopsy-site changes in excisions after a core biopsy, hedged parts."""
    biopsied: dict[str, list[dt.date]] = {s: [] for s in SIDES}
    _diagnoses(p, rng)
    for ev in sorted(p.pathology, key=lambda e: e.date):
        for k, s in enumerate(ev.specimens):
            s.part = k
            if s.diagnosis == "phyllodes":
                s.grade = ("benign", "borderline", "malignant")[int(rng.integers(3))]
            elif s.category == "malignant":
                s.grade = str(int(rng.integers(1, 4)))
            elif s.diagnosis == "lymph_node":
                n = int(rng.integers(1, 5))
                positive = int(rng.integers(1, n + 1)) if rng.random() < POSITIVE_NODE_RATE else 0
                s.grade = f"{positive}/{n}"
        main = next((s for s in ev.specimens if s.category in ("benign", "malignant")), None)
        if main is None:
            continue
        if ev.procedure in SURGERIES and any(0 < (ev.date - d).days <= 200 for d in biopsied[main.side]) \
                and rng.random() < BIOPSY_SITE_RATE and main.diagnosis != "scar":
            ev.specimens.append(Specimen(main.side, "scar", "benign", part=main.part, detail="biopsy_site"))
        if ev.procedure in BIOPSIES:
            for side in {s.side for s in ev.specimens} & set(SIDES):
                biopsied[side].append(ev.date)
            if rng.random() < HEDGED_RATE:
                entity = HEDGED_ENTITIES[int(rng.integers(len(HEDGED_ENTITIES)))]
                ev.specimens.append(Specimen(main.side, "hedged", "other", part=len(ev.specimens), detail=entity))


def _non_breast(p: Patient, rng: np.random.Generator) -> None:
    """One pathology report of a specimen that is not from a breast (labels nothing)."""
    if rng.random() >= NON_BREAST_RATE or not p.exams:
        return
    first = min(e.date for e in p.exams)
    day = first + dt.timedelta(days=int(rng.integers(-400, 900)))
    site = NON_BREAST_SITES[int(rng.integers(len(NON_BREAST_SITES)))]
    p.pathology.append(PathologyEvent(day, "excision", "none", "", [Specimen("", "non_breast", "other", part=0,
                                                                             detail=site)]))


def realise_timeline(p: Patient, rng: np.random.Generator) -> None:
    """The fact changes that can change the truth (run before the truth checks of each attempt)."""
    _bilateral(p, rng)
    _refine(p, rng)
    _non_breast(p, rng)


def assign_image_findings(p: Patient, rng: np.random.Generator) -> None:
    """``exam.findings[side]``: the lesion kinds each imaged breast shows (designed lesion first).

    The lesion of record of a side and category follows its first pathology diagnosis; a breast
    keeps the same incidental findings across its exams (each shown with probability 0.8).
    """
    of_record: dict[tuple[str, str], str] = {}
    for ev in sorted(p.pathology, key=lambda e: e.date):
        for s in ev.specimens:
            if s.side not in SIDES or s.category not in ("benign", "malignant") or s.detail == "biopsy_site":
                continue
            of_record.setdefault((s.side, s.category), kind_for_diagnosis(rng, s.diagnosis, s.category))
    incidental: dict[str, list[str]] = {}
    for side in SIDES:
        kinds = [pick(rng, INCIDENTAL_KINDS) for _ in range(int(rng.integers(1, 3)))]
        if p.history_side == side:
            kinds = ["scar"] + kinds[:1]  # the lumpectomy scar of her earlier cancer
        incidental[side] = kinds
    for e in p.exams:
        if not e.imaged or e.hard_case:
            continue
        findings: dict[str, tuple[str, ...]] = {}
        for side in SIDES:
            kinds: list[str] = []
            category = e.lesion.get(side, "none")
            if category in ("benign", "malignant"):
                kinds.append(of_record.get((side, category)) or pick(rng, DEFAULT_KINDS[category]))
            rate = INCIDENTAL_RATE.get(e.birads.get(side, ""), 0.0)
            if e.purpose != "biopsy_procedure" and rng.random() < rate:
                kinds += [k for k in incidental[side] if rng.random() < 0.8]
            findings[side] = tuple(kinds)
        e.findings = findings
