"""The stop's final review of the b103-b104 pathology rules: the run-in diagnosis after a clinical history that tells an
earlier result, and side errata about another document; each confirmed over-reach with its right labels, and the
wordings the narrowed rules must still read."""

from __future__ import annotations

import pytest

from nlp.pathology import breast_states


def labels(text: str) -> dict[str, str]:
    """Per-breast labels: "?" (in review), else "-", "B", "M" or "BM"."""
    return {side: "?" if st["needs_review"] else ("B" if st["benign"] else "") + ("M" if st["malignant"] else "") or "-"
            for side, st in breast_states(text).items()}


CASES = [
    # a diagnosis run in after "Clinical history:" / "History:" / "Indication:" is the earlier result the history tells
    ("Clinical history: known right cancer. Pathology: Right breast core at St Mary's: IDC.\nToday: Left breast core: "
     "fibroadenoma.", "B", "-"),
    ("History: 60F. Diagnosis: Left breast, core: invasive carcinoma. Completed chemo.\nRight breast, core: benign.",
     "-", "-"),
    ("Clinical history: left lump; Pathology: Left breast core: IDC, had chemotherapy.\nLeft breast, mastectomy: no "
     "residual carcinoma.", "-", "-"),
    ("Clinical history: screen detected. Diagnosis: Left breast, core: DCIS, previously excised.", "-", "-"),
    ("Clinical history: left lump 2 cm. Histology: Left breast core: IDC at Mercy Hospital.\nLeft breast WLE: no "
     "residual tumour.", "-", "-"),
    ("Clinical history: right recurrence. Pathology: Right breast core: ILC 2015, mastectomy.", "-", "-"),
    ("Clinical history: lump. Diagnosis: Right breast core: IDC. Now on tamoxifen.", "-", "-"),
    ("Clinical history: lump. Pathology: Left breast, core: ILC; mastectomy done 2021.\nRight breast, core: "
     "fibroadenoma.", "-", "B"),
    ("Clinical history: 55F. Diagnosis: Right breast mass: carcinoma on imaging, BI-RADS 5.\nRight breast, core: "
     "fibroadenoma.", "-", "B"),
    ("Clinical history: lump. Pathology: Left breast core: IDC (see previous report S25-100).\nLeft breast, WLE: no "
     "residual tumour.", "-", "-"),
    ("Clinical history: lump. Pathology: Left breast core: IDC, referred for surgery.\nLeft breast WLE: fibrosis only.",
     "-", "-"),
    ("Clinical history: known cancer. Histology: Right breast core: DCIS, excised last year.\nRight breast core: fat "
     "necrosis.", "-", "-"),
    ("Indication: follow-up. Pathology: Left breast core: IDC, completed neoadjuvant chemotherapy.\nLeft breast, "
     "mastectomy: pCR.", "-", "-"),
    # ... while a transfer summary's or clinic letter's history heading still ends at a run-in diagnosis
    ("Presenting complaint: lump. Diagnosis: Left breast core: invasive ductal carcinoma.", "M", "-"),
    ("Reason for transfer: lump. Diagnosis: Right breast core: invasive ductal carcinoma.", "-", "M"),
    # a side erratum about another document leaves this report's sides
    ('Correction: read "Rt. breast" as "Lt. breast" in the radiology report.\nDiagnosis: Rt. breast, core: '
     "fibroadenoma.", "-", "B"),
    ('Erratum: read "Rt. breast" as "Lt. breast" in the MDT report; pathology unchanged.\nRt breast, core: DCIS.',
     "-", "M"),
    ('Please read "Lt. breast" as "Rt. breast" on the cassette only; the report is correct.\nLt. breast, core: '
     "fibroadenoma.", "B", "-"),
    ('Please read "Rt. breast" as "Lt. breast" in the operation note.\nRt. breast, core: DCIS.', "-", "M"),
    ("Please read \"Rt. breast\" as \"Lt. breast\" in the surgeon's dictation.\nRt. breast, core: DCIS.", "-", "M"),
    # ... and one about this report, its diagnosis or its version moves the diagnosis
    ('Please read "Rt. breast" as "Lt. breast" in the report below.\nDiagnosis: Rt. breast, core: fibroadenoma.',
     "B", "-"),
    ('Please read "Rt. breast" as "Lt. breast" in this report.\nDiagnosis: Rt. breast, core: fibroadenoma.', "B", "-"),
    ('Please read "Rt. breast" as "Lt. breast" in the final diagnosis.\nDiagnosis: Rt. breast, core: fibroadenoma.',
     "B", "-"),
    ('Please read "Rt. breast" as "Lt. breast".\nDiagnosis: Rt. breast, core: fibroadenoma.', "B", "-"),
    ("Please read RIGHT breast as LEFT breast in the original report.\nDiagnosis: Right breast, core: fibroadenoma.",
     "B", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), CASES)
def test_final_review_right_label(text: str, left: str, right: str) -> None:
    assert labels(text) == {"L": left, "R": right}
