"""Report rows of one realistic-profile patient, and the per-report truth they are written from.

Each patient belongs to a practice with a house style (narrative, synoptic or terse); most of her
reports follow it, some come from elsewhere (another style). ``report_labels`` states each
pathology report's per-breast labels from its structured specimens (final side and diagnosis;
hedged, lymph-node and non-breast specimens are ``other``), and ``radiology_birads`` each
radiology report's final assessment per side: the truth a report-level NLP benchmark scores
against, independent of the wording.
"""

from __future__ import annotations

import numpy as np

from demo_hospital.clinical import SIDES, ImagingExam, Patient
from demo_hospital.pathology_grammar import STYLES, pathology_report
from demo_hospital.radiology_grammar import radiology_report

REPORT_LABEL_COLUMNS = ("patient_id", "report_id", "specimen_date", "laterality", "benign", "malignant")
RADIOLOGY_BIRADS_COLUMNS = ("patient_id", "report_id", "accession_number", "laterality", "birads", "structured")
HOUSE_SHARE = 0.75


def _style(rng: np.random.Generator, house: str) -> str:
    return house if rng.random() < HOUSE_SHARE else STYLES[int(rng.integers(len(STYLES)))]


def _prior(exams: list[ImagingExam], exam: ImagingExam) -> ImagingExam | None:
    earlier = [e for e in exams if e.date < exam.date]
    return max(earlier, key=lambda e: e.date) if earlier else None


def realistic_report_rows(p: Patient, seed: int) -> dict[str, list]:
    """``radiology``, ``pathology``, ``report_labels`` and ``radiology_birads`` rows of patient ``p``."""
    rng = np.random.default_rng([seed, p.index, 3])
    house = STYLES[int(rng.choice(len(STYLES), p=[0.5, 0.3, 0.2]))]
    rad, rad_truth = [], []
    for e in p.exams:
        procedure = None
        if e.purpose == "biopsy_procedure":
            procedure = f"US GUIDED CORE BIOPSY {'LEFT' if e.biopsy_side == 'L' else 'RIGHT'} BREAST"
        text = radiology_report(rng, e, _prior(p.exams, e), _style(rng, house), procedure)
        rad.append({"patient_id": p.patient_id, "report_id": e.report_id, "accession_number": e.accession,
                    "exam_date": e.date.isoformat(), "modality": e.modality,
                    "birads_left": e.birads["L"] if e.structured["L"] else "",
                    "birads_right": e.birads["R"] if e.structured["R"] else "", "text": text})
        for side in SIDES:
            rad_truth.append({"patient_id": p.patient_id, "report_id": e.report_id, "accession_number": e.accession,
                              "laterality": side, "birads": e.birads.get(side, ""),
                              "structured": int(bool(e.structured.get(side)))})
    path, labels = [], []
    for ev in p.pathology:
        path.append({"patient_id": p.patient_id, "report_id": ev.report_id, "specimen_date": ev.date.isoformat(),
                     "procedure": ev.procedure, "guidance": ev.guidance, "concordance": ev.concordance,
                     "text": pathology_report(rng, ev, p.history_side, _style(rng, house))})
        for side in SIDES:
            labels.append({"patient_id": p.patient_id, "report_id": ev.report_id,
                           "specimen_date": ev.date.isoformat(), "laterality": side,
                           "benign": int("benign" in ev.categories(side)),
                           "malignant": int("malignant" in ev.categories(side))})
    return {"radiology": rad, "pathology": path, "report_labels": labels, "radiology_birads": rad_truth}
