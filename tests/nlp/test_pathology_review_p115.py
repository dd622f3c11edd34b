"""Review p115 of the b115 pathology rules: each confirmed over-reach reads right, the intended wordings still do."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels

_L_B = {"L": "B", "R": "-"}
_L_M = {"L": "M", "R": "-"}
_R_B = {"L": "-", "R": "B"}
_R_M = {"L": "-", "R": "M"}
_QUOTED_PATHOLOGY = 'Pathology quoted verbatim:\n   "Right breast, core biopsy: fibroadenoma."\n'


# Rule 1: a determination's bare heading does not swallow the specimen or quoted line below it, and a generic
# "material / information / evidence reviewed" heads a records list only in a determination
@pytest.mark.parametrize(("text", "expected"), [
    ('EVIDENCE RECEIVED\nOncology letter 03/2026 (left breast).\nHistology quoted: "Left breast, core: fibroadenoma."\n',
     _L_B),  # b01
    ("ALLEGATIONS:\nCancer in my left breast.\n" + _QUOTED_PATHOLOGY, _R_B),  # b02
    ("EVIDENCE RECEIVED\nPathology report 03/2026: left breast core, invasive ductal carcinoma.\n" + _QUOTED_PATHOLOGY,
     _R_B),  # a12
    ("LISTINGS:\n13.10A - not met\nRight breast, excision: fibroadenoma.\n", _R_B),  # b12
    ("LISTING\n13.10\nRight breast, excision: intraductal papilloma.\n", _R_B),  # h06
    ("MDI\nMalignant neoplasm of breast   Primary   Severe\nRight breast, core biopsy: invasive ductal carcinoma.\n",
     _R_M),  # a10
    ("Material reviewed: two H&E slides of left breast core S26-881, which show invasive lobular carcinoma.\n",
     _L_M),  # b04
    ("Material reviewed: 6 slides (left breast excision). Left breast, excision: invasive ductal carcinoma, 14 mm.\n",
     _L_M),  # a22
    ("MATERIAL REVIEWED:\nLeft breast core biopsy, 4 H&E slides (Greyfield S26-44).\nLeft breast, core biopsy: "
     "invasive ductal carcinoma, grade 2.\n", _L_M),  # b05
    ("Information reviewed:\nClinical notes.\nLeft breast, excision: fibroadenoma.\n", _L_B),  # h04
    ("EVIDENCE REVIEWED\nSlides S26-1 to S26-4.\nLeft breast, core: invasive lobular carcinoma.\n", _L_M),  # h05
    # (wrong before the rule too, right now)
    ('MDI\n  Malignant Neoplasm of Breast   Primary   Severe\nHistology quoted: "Left breast, core: fibroadenoma."\n',
     _L_B),  # h01
    ("ALLEGED IMPAIRMENTS\nbreast cancer, depression\nPathology (quoted): Right breast, core biopsy: fibroadenoma.\n",
     _R_B),  # h02
])
def test_a_determination_heading_s_over_reaches_read_right(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a determination's records list, the claimant named: history, only the quoted pathology labels
    ("Claimant: J. Doe.\nMATERIAL REVIEWED\nCore biopsy report (left breast, invasive ductal carcinoma).\n\n"
     + _QUOTED_PATHOLOGY, _R_B),
    ("INDEPENDENT MEDICAL EXAMINATION\nINFORMATION REVIEWED\nClaim form (worker: \"breast cancer, left side\").\n\n"
     + _QUOTED_PATHOLOGY, _R_B),
    ("ALLEGED IMPAIRMENTS: back pain\nEVIDENCE RECEIVED\nOncology notes (left breast carcinoma) 2026.\n\n"
     + _QUOTED_PATHOLOGY, _R_B),
    # a bare allegations heading still holds the lines below it that are no specimen or quoted line
    ("ALLEGED IMPAIRMENTS\ncancer in my left breast, depression\n\n" + _QUOTED_PATHOLOGY, _R_B),
    ("MDI\n  Malignant Neoplasm of Breast   Primary   Severe\n\n" + _QUOTED_PATHOLOGY, _R_B),
    # a records list's numbered item naming a specimen is a record, not the determination's reading
    ("RECORDS REVIEWED\n1. Left breast core (2025): invasive ductal carcinoma.\n\n" + _QUOTED_PATHOLOGY, _R_B),
])
def test_a_determination_heading_s_intended_wordings_still_read(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


# Rule 2: "presumptive cancer" is a scheme's category only in a scheme's report, and never on a diagnosis line
@pytest.mark.parametrize(("text", "expected"), [
    ("Left breast, core: presumptive cancer, ductal type.\n", _L_M),  # c11
    ("Left breast, core: presumptive breast cancer.\n", _L_M),  # c16
    ("Left breast, FNA: presumptive cancer; core biopsy advised for typing.\n", _L_M),  # c17
    ("DIAGNOSIS: Left breast mass, presumptive cancer (frozen section).\n", _L_M),  # c18
    # (a scheme's report with a pathologist's own presumptive cancer on its specimen line)
    ("Workers' compensation claim.\nLeft breast, core: presumptive cancer, ductal type.\n", _L_M),
])
def test_a_provisional_presumptive_cancer_is_a_diagnosis(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("INDEPENDENT MEDICAL EXAMINATION - PRESUMPTIVE CANCER (FIREFIGHTERS)\nRight breast, core: fibroadenoma.\n",
     _R_B),
    ("The presumption for breast cancer is not engaged.\nRight breast, excision: intraductal papilloma.\n", _R_B),
    ("Breast cancer is a specified presumptive disease for a firefighter.\nLeft breast, core: fibroadenoma.\n", _L_B),
    ("REQUEST: Presumptive Cancer Review\nLeft breast, core: fibroadenoma.\n", _L_B),
])
def test_a_scheme_s_presumptive_cancer_still_labels_nothing(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


# Rule 4: a previous excision site used as a distance's landmark is no biopsy-site finding
@pytest.mark.parametrize(("text", "expected"), [
    ("Left breast, re-excision: DCIS 3 mm from previous excision site margin.\n", _L_M),  # e06
    ("Left breast, re-excision: DCIS, 2 mm to the prior excision site.\n", _L_M),
    ("Right breast, re-excision: healing previous excision site with fat necrosis. No residual DCIS.\n", _R_B),
    ("Left breast, re-excision: prior excision site; no residual carcinoma.\n", _L_B),
])
def test_a_previous_excision_site_as_a_landmark(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


# Rule 5: the outside text's own "Diagnosis:" does not end it, and "On review we agree" adopts it
@pytest.mark.parametrize(("text", "expected"), [
    ("Outside report:\nDiagnosis: Left breast, core: fibroadenoma.\n\nREVIEW DIAGNOSIS:\nLeft breast, excision: "
     "benign phyllodes tumour.\n", _L_M),  # g02
    ("Outside report (Greyfield, 02/03/2026):\nDiagnosis: Left breast, core: fibroadenoma.\n\nREVIEW DIAGNOSIS:\n"
     "Left breast, excision: benign phyllodes tumour.\n", _L_M),  # g01
    ("Outside report:\nFinal diagnosis: Left breast, core: fibroadenoma.\n\nREVIEW DIAGNOSIS:\nLeft breast, excision: "
     "benign phyllodes tumour.\n", _L_M),  # g16
    ('Outside report (Greyfield Community Hospital Pathology, 02/03/2026) reads:\n"Left breast, excision: '
     'fibroadenoma."\nOn review we agree.\n', _L_B),  # f07
    ('Outside report (Greyfield Community Hospital Pathology, 02/03/2026) reads:\n"Left breast, excision: '
     'fibroadenoma."\nOn review, we agree.\n', _L_B),
    # (the long lead-in's own wording, '... reads:' over the quote and the review's diagnosis below, was withdrawn
    # after review p115b: b115's yq022 in WITHDRAWN_PATHOLOGY_MISSES)
    ('Outside report (Greyfield Community Hospital Pathology, 02/03/2026) reads:\n"Left breast, excision: '
     'fibroadenoma." We agree.\n', _L_B),
])
def test_an_outside_report_below_its_lead_in(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected
