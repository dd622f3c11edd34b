"""Review p115b (second review) of the b115 pathology rules: each of its 37 confirmed over-reaches reads right.

Rules 1-4 were narrowed to accept-only evidence (a determination's strong marker and a bare heading's block ending at
a specimen or quoted line; the scheme named in the presumptive cancer's own sentence, never after a diagnosis label;
no "afraid it's" contraction; an excision site after a distance or landmark wording is no scar); rule 5 (the outside
lead-in's 130-character reach) was withdrawn, so its over-reaches read as before b115.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels

_EXPECTED = {
    "LB": {"L": "B", "R": "-"},
    "LM": {"L": "M", "R": "-"},
    "RB": {"L": "-", "R": "B"},
    "RM": {"L": "-", "R": "M"},
}


# Rule 1: a generic records heading needs a determination's strong marker; a bare heading's block ends at a specimen
# or quoted line
@pytest.mark.parametrize(("text", "expected"), [
    ('PATHOLOGY CONSULTATION\nInsurance claim no.: 88412-07\nMATERIAL REVIEWED:\nFour H&E slides of '
     'left breast core biopsy, showing invasive lobular carcinoma, grade 2.\n', "LM"),  # a01
    ("Payer: Workers' Compensation (firefighter)\nMaterial reviewed: three slides of right breast core, "
     'which show ductal carcinoma in situ, high grade.\n', "RM"),  # a02
    ('Clinical: 48F on disability benefits since 2019 (back injury). New left breast mass.\nINFORMATION '
     'REVIEWED:\nThe core biopsy slides, which show a fibroadenoma of the left breast.\n', "LB"),  # a03
    ('Clinical history: type 1 diabetes on MDI insulin; left breast mass.\nMATERIAL REVIEWED:\nThree '
     'slides of left breast core, which show invasive lobular carcinoma.\n', "LM"),  # a04
    ('Private patient - claim form attached.\nMATERIAL REVIEWED\nRight breast core x3: fibroadenoma.\n', "RB"),  # a05
    ('Claim #: 55-102\nEVIDENCE REVIEWED\nSlides S26-77 (left breast core) showing invasive ductal '
     'carcinoma, grade 3.\n', "LM"),  # a06
    ('Re: claim number 4471 (private health insurance)\nMATERIAL REVIEWED\nLeft breast excision slides '
     '(A1-A12): invasive lobular carcinoma, 22 mm.\n', "LM"),  # g10
    ('LISTINGS\n13.10A - not met\nRight breast core biopsy: fibroadenoma.\n', "RB"),  # a09
    ('LISTINGS\n13.10A - not met\nBreast, right, excision: fibroadenoma.\n', "RB"),  # a10
    ('LISTINGS\n13.10A - not met\nRIGHT BREAST (EXCISION): intraductal papilloma.\n', "RB"),  # a11
    ('MDI\nMalignant neoplasm of breast  Primary  Severe\nBreast, left, core biopsy: invasive ductal '
     'carcinoma.\n', "LM"),  # a12
    ('LISTINGS\n13.10A - not met\nLeft breast mass, core biopsy: fibroadenoma.\n', "LB"),  # g01
    ("LISTINGS\n13.10A - not met\nLeft breast at 2 o'clock, core biopsy: fibroadenoma.\n", "LB"),  # g02
    ('LISTINGS\n13.10A - not met\nLt breast, core: fibroadenoma.\n', "LB"),  # g03
    ('MDI\nMalignant neoplasm of breast  Primary  Severe\nLeft breast - excision: invasive lobular '
     'carcinoma.\n', "LM"),  # g05
    ('LISTINGS\n13.10A - not met\nLEFT BREAST, CORE BIOPSY - fibroadenoma.\n', "LB"),  # g06
    ('ALLEGATIONS\nLeft breast cancer.\nBiopsy result: "Right breast, core: fibroadenoma."\n', "RB"),  # a16
])
def test_a_determination_heading_s_over_reaches_read_right(text: str, expected: str) -> None:
    assert labels(text) == _EXPECTED[expected]


# Rule 2: the scheme must be named in the presumptive cancer's own sentence, never after a diagnosis label or specimen
@pytest.mark.parametrize(("text", "expected"), [
    ('INDEPENDENT MEDICAL EXAMINATION (firefighter claim)\nCytology quoted: "FNA left breast: '
     'presumptive cancer."\n', "LM"),  # b01
    ('Left breast FNA.\nClinical: she claims the lump has grown.\nInterpretation: presumptive cancer; '
     'core biopsy advised.\n', "LM"),  # b02
    ('Clinical: 51F, firefighter, right breast lump.\nDIAGNOSIS:\nPresumptive cancer, right breast '
     'FNA.\n', "RM"),  # b04
    ('Clinical: firefighter, left breast lump.\n(A) Left breast, FNA: presumptive cancer.\n', "LM"),  # b05
    ("Clinical history: right breast mass (workers' compensation case).\nIMPRESSION: Right breast FNA: "
     'presumptive cancer; core to follow.\n', "RM"),  # b07
])
def test_a_pathologist_s_presumptive_cancer_s_over_reaches_read_right(text: str, expected: str) -> None:
    assert labels(text) == _EXPECTED[expected]


# Rule 3: "I'm afraid it's <carcinoma>" breaks bad news: no fear
@pytest.mark.parametrize(("text", "expected"), [
    ("Letter to patient: I'm afraid it's invasive lobular carcinoma in the left breast.\n", "LM"),  # c01
    ("Left breast, core biopsy: I'm afraid it's an invasive ductal carcinoma, grade 3.\n", "LM"),  # c02
])
def test_bad_news_broken_with_i_m_afraid_s_over_reaches_read_right(text: str, expected: str) -> None:
    assert labels(text) == _EXPECTED[expected]


# Rule 4: a previous excision site after a distance or landmark wording in its clause is no scar
@pytest.mark.parametrize(("text", "expected"), [
    ('Left breast, re-excision: DCIS 2 mm from the edge of the previous excision site.\n', "LM"),  # d01
    ('Left breast, re-excision: DCIS within 1 mm of the prior excision site.\n', "LM"),  # d02
    ('Left breast, re-excision: DCIS, 5 mm from the inked previous excision site.\n', "LM"),  # d07
])
def test_an_excision_site_as_a_landmark_s_over_reaches_read_right(text: str, expected: str) -> None:
    assert labels(text) == _EXPECTED[expected]


# Rule 5 (withdrawn): the outside lead-in reaches 60 characters as before b115
@pytest.mark.parametrize(("text", "expected"), [
    ('Outside report:\nPathological diagnosis: Left breast, core: fibroadenoma.\n\nREVIEW DIAGNOSIS:\n'
     'Left breast, excision: benign phyllodes tumour.\n', "LM"),  # e14
    ('Outside report:\nHistopathological diagnosis: Left breast, core: fibroadenoma.\n\nREVIEW '
     'DIAGNOSIS:\nLeft breast, excision: benign phyllodes tumour.\n', "LM"),  # f01
    ('Outside report:\nPathology diagnosis: Left breast, core: fibroadenoma.\n\nREVIEW DIAGNOSIS:\nLeft '
     'breast, excision: benign phyllodes tumour.\n', "LM"),  # f02
    ('Outside report:\nFINAL PATHOLOGIC DIAGNOSIS: Left breast, core: fibroadenoma.\n\nREVIEW '
     'DIAGNOSIS:\nLeft breast, excision: benign phyllodes tumour.\n', "LM"),  # f04
    ('Outside report (Greyfield Community Hospital Pathology, 02/03/2026) reads:\n"Left breast, '
     'excision: fibroadenoma."\nAfter review, we agree.\n', "LB"),  # e05
    ('Outside report (Greyfield Community Hospital Pathology, 02/03/2026) reads:\n"Left breast, '
     'excision: fibroadenoma."\nOn review of the slides, we agree.\n', "LB"),  # e06
    ('Outside report (Greyfield Community Hospital Pathology, 02/03/2026) reads:\n"Left breast, '
     'excision: fibroadenoma."\nWe have reviewed the slides and concur.\n', "LB"),  # e07
    ('Outside report (Greyfield Community Hospital Pathology, 02/03/2026) reads:\n"Left breast, '
     'excision: fibroadenoma."\nHaving reviewed the slides, we agree.\n', "LB"),  # f09
    ('Outside report (Greyfield Community Hospital Pathology, 02/03/2026) reads:\n"Left breast, '
     'excision: fibroadenoma."\nOn review, I agree.\n', "LB"),  # f11
    ("Referring pathologist's report (Greyfield Community Hospital, S26-4471, 02/03/2026):\nOur "
     'interpretation: Left breast, core: benign phyllodes tumour.\n', "LM"),  # e03
])
def test_an_outside_report_s_lead_in_s_over_reaches_read_right(text: str, expected: str) -> None:
    assert labels(text) == _EXPECTED[expected]
