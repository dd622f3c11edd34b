"""The hard cases the curation must catch, their proportions, and which patient carries which.

Why a fixed catalogue: every exclusion rule of :data:`curation.reason_codes.REASON_CODES` must be
exercised with a known answer, in a known proportion, and at least once even in a 30-patient demo.
Each hard case carries exactly one defect, so its truth reason is unambiguous (the first rule in
pipeline order that fires is the only one that can fire).

Three levels:
* patient: every file of the patient is affected (a 14-year-old, a male patient);
* exam: an extra US exam of the patient, dated before her index exam (so it is never a follow-up of
  a kept exam), carries the defect in all its files (or, for two ids/dates, across its files);
* file: one extra file inside the patient's index exam (the exam itself stays kept).

``biopsy_procedure_image`` needs no slot here: the clinical simulation writes the images of
US-guided biopsy procedures (their own accession) as the real practice does.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

PATIENT_LEVEL: dict[str, float] = {"patient_under_16": 0.015, "non_female_patient": 0.015}
EXAM_LEVEL: dict[str, float] = {
    "invalid_patient_id": 0.02,
    "exam_before_2012": 0.025,
    "missing_procedure_metadata": 0.02,
    "multiple_patient_ids": 0.02,
    "multiple_study_dates": 0.02,
    "extreme_image_count_high": 0.012,
    "extreme_image_count_low": 0.012,
    "missing_laterality": 0.025,
}
FILE_LEVEL: dict[str, float] = {
    "not_dicom_txt": 0.012,
    "not_dicom_jpg": 0.012,
    "not_dicom_junk": 0.012,
    "unreadable_truncated": 0.012,
    "unreadable_corrupt": 0.012,
    "duplicate_image": 0.06,
    "not_ultrasound": 0.08,
    "mostly_zero_pixels": 0.05,
    "undecodable_pixels": 0.02,
    "biopsy_description_trap": 0.04,  # kept: a later description field mentions biopsy
}
# Hard-case kind -> the truth reason code of the affected files ("" = kept).
REASON_OF: dict[str, str] = {
    "patient_under_16": "patient_under_16",
    "non_female_patient": "non_female_patient",
    "invalid_patient_id": "invalid_patient_id",
    "exam_before_2012": "exam_before_2012",
    "missing_procedure_metadata": "missing_procedure_metadata",
    "multiple_patient_ids": "multiple_patient_ids",
    "multiple_study_dates": "multiple_study_dates",
    "extreme_image_count_high": "extreme_image_count",
    "extreme_image_count_low": "extreme_image_count",
    "missing_laterality": "missing_laterality",
    "not_dicom_txt": "not_dicom",
    "not_dicom_jpg": "not_dicom",
    "not_dicom_junk": "not_dicom",
    "unreadable_truncated": "unreadable_dicom",
    "unreadable_corrupt": "unreadable_dicom",
    "duplicate_image": "duplicate_image",
    "not_ultrasound": "not_ultrasound",
    "mostly_zero_pixels": "mostly_zero_pixels",
    "undecodable_pixels": "undecodable_pixels",
    "biopsy_description_trap": "",
}

# Procedure descriptions (PerformedProcedureStepDescription, StudyDescription,
# RequestedProcedureDescription). The first non-empty one decides.
DIAGNOSTIC_DESCRIPTIONS: tuple[tuple[str, str, str], ...] = (
    ("US BREAST BILATERAL", "US BREAST BILATERAL", "US BREAST BILATERAL"),
    ("", "ULTRASOUND BREAST DIAGNOSTIC", "US BREAST COMPLETE"),
    ("US BREAST LIMITED {side}", "US BREAST", ""),
    ("", "", "US BREAST {side} LIMITED"),
    ("BREAST US WHOLE", "US BREAST BILAT SCREENING", "US BREAST SCREENING BILATERAL"),
)
BIOPSY_DESCRIPTIONS: tuple[tuple[str, str, str], ...] = (
    ("US GUIDED BX {side}", "US BREAST", "US GUIDED BREAST BIOPSY"),
    ("", "CORE BIOPSY BREAST {side}", "US BREAST"),
    ("FNA BREAST {side} US GUIDED", "", ""),
    ("", "", "US BREAST BIOPSY {side} W CLIP PLACEMENT"),
    ("CLIP PLACEMENT {side} BREAST", "US GUIDED CORE BIOPSY", ""),
)
# Traps: a later field mentions a biopsy, the first non-empty one is diagnostic -> kept.
TRAP_DESCRIPTIONS: tuple[tuple[str, str, str], ...] = (
    ("US BREAST LIMITED {side}", "", "US GUIDED BIOPSY {side} BREAST"),
    ("", "US BREAST BILATERAL", "CORE BIOPSY IF INDICATED"),
    ("US BREAST {side} FOLLOW UP", "POST BIOPSY FOLLOW-UP US", "US BREAST"),
)


@dataclass(frozen=True)
class HardCasePlan:
    """Which hard cases each patient index carries (``kinds[i]``), and the focus-code schedule."""

    kinds: tuple[tuple[str, ...], ...]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for ks in self.kinds:
            for k in ks:
                out[k] = out.get(k, 0) + 1
        return out


def allocate(n_patients: int, rng: np.random.Generator, protected: int) -> HardCasePlan:
    """Assign hard cases to patients: ``max(1, round(rate * n))`` of each kind.

    Patient-level kinds go to patients with index ``>= protected`` when possible (the first
    ``protected`` patients carry one focus scenario each that must stay in the test truth) and
    such patients get no other kind.
    """
    if n_patients < 1:
        raise ValueError(f"n_patients must be >= 1, got {n_patients}")
    kinds: list[list[str]] = [[] for _ in range(n_patients)]
    patient_level: set[int] = set()
    late = [i for i in rng.permutation(n_patients).tolist() if i >= protected]
    early = [i for i in rng.permutation(n_patients).tolist() if i < protected]
    pool = late + early
    for kind, rate in PATIENT_LEVEL.items():
        for _ in range(max(1, round(rate * n_patients))):
            if len(patient_level) >= n_patients - 1 or not pool:
                break
            i = pool.pop(0)
            patient_level.add(i)
            kinds[i].append(kind)
    others = [i for i in range(n_patients) if i not in patient_level] or list(range(n_patients))
    for kind, rate in {**EXAM_LEVEL, **FILE_LEVEL}.items():
        n = max(1, round(rate * n_patients))
        chosen = rng.choice(others, size=min(n, len(others)), replace=False)
        for i in sorted(int(c) for c in chosen):
            kinds[i].append(kind)
    return HardCasePlan(tuple(tuple(k) for k in kinds))
