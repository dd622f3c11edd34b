"""Second review of the b102 pathology rules (57dafc4): the over-reaches it confirmed, each with its right labels,
and the cases the rules must keep reading. Tests compare labels only."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels

L_M = {"L": "M", "R": "-"}
R_M = {"L": "-", "R": "M"}
L_B = {"L": "B", "R": "-"}
NONE = {"L": "-", "R": "-"}

_RESIDUAL = ("Specimen: Left breast mastectomy\nResidual invasive carcinoma: Not identified\nResidual DCIS: Not identified\n"
             "Biopsy site changes: Present\n")

# --- Rule 1: a "Title:" field naming a protocol with its procedure ("... of the Breast: Resection") is a title ---
_TITLES = [
    ("Title: Invasive Carcinoma of the Breast: Resection\n" + _RESIDUAL, L_B),
    ("Title: Invasive carcinoma of the breast - resection\n" + _RESIDUAL, L_B),
    ("Title: DCIS of the Breast: Resection\nSpecimen: Left breast\nDCIS: Not identified\nFibroadenoma: Present\n", L_B),
    ("Title: Invasive Carcinoma of the Breast: Resection\nSpecimen: Left breast mastectomy\nDiagnosis: fibroadenoma, no "
     "carcinoma.\n", L_B),
    # keep: the fields below the title still label; a title naming a side states a diagnosis
    ("Title: Invasive Carcinoma of the Breast: Resection\nSpecimen: Left breast mastectomy\nDiagnosis: invasive ductal "
     "carcinoma, 20 mm.\n", L_M),
    ("Title: Left breast ductal carcinoma in situ - resection\n", L_M),
    ("Title: Right breast core biopsy: invasive carcinoma\n", R_M),
    ("Title: Invasive carcinoma of the breast, post neoadjuvant therapy\nSpecimen: Left breast mastectomy\n"
     "Diagnosis: complete pathological response.\n", NONE),
]


@pytest.mark.parametrize(("text", "expected"), _TITLES)
def test_a_title_field_naming_a_protocol_and_its_procedure_is_a_title(text: str, expected: dict) -> None:
    assert labels(text) == expected


def test_a_title_field_with_a_dash_procedure_puts_no_carcinoma_on_the_breast() -> None:
    # (the review: right L=B, at least no M; "fibrocystic change" alone gives no benign label here)
    got = labels("Title: DCIS of the breast - resection\nSpecimen: Left breast wide local excision\n"
                 "DCIS: Not identified\nFibrocystic change: Present\n")
    assert got["L"] in ("-", "B") and got["R"] == "-"


# --- Rule 2: a correction moves the diagnosis only when the report itself, opening its noun phrase, is placed ---
_REGISTRY = ("REGISTRY ENTRY 2026-0412\n"
             "PATHOLOGY (copied from hospital record HR-26-771):\n"
             "   \"Right breast, core biopsy: invasive lobular carcinoma, grade 2.\"\n")
_LEFT_CORE = "Left breast core: invasive ductal carcinoma, grade 2.\n"
_CORRECTIONS = [
    # ("is/was for" with another document or procedure as the subject)
    (_REGISTRY + "DATA CORRECTION: the HER2 report is for the LEFT breast, not the right as entered.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the radiology report is for the LEFT breast, not the right as entered.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the MRI report was for the LEFT breast, not the right as recorded; histology "
     "unchanged.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the Oncotype DX report is for the LEFT breast, not the right as transcribed.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the operation record is for the LEFT breast, not the right as recorded.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the radiotherapy record is for the LEFT breast, not the right as entered.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the planned biopsy is for the LEFT breast, not the right as entered.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the repeat biopsy was for the LEFT breast, not the right as entered; the first "
     "biopsy (above) is right.\n", R_M),
    (_LEFT_CORE + "AMENDMENT: the frozen section report is for the RIGHT breast, not the left as recorded.\n", L_M),
    (_LEFT_CORE + "ADDENDUM: the ultrasound report is for the RIGHT breast, not the left as entered.\n", L_M),
    (_LEFT_CORE + "ADDENDUM: the outside pathology report was for the RIGHT breast, not the left as entered; our "
     "specimen is from the left.\n", L_M),
    # ("as entered / recorded / transcribed" with a test, an image, an earlier biopsy or other tissue as the subject)
    (_REGISTRY + "DATA CORRECTION: the HER2 FISH on block A2 is from the LEFT breast, not the right as recorded; "
     "diagnosis unchanged.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the receptor studies are from the LEFT breast, not the right as recorded.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the immunohistochemistry is from the LEFT breast, not the right as entered.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the Ki-67 is from the LEFT breast, not the right as recorded.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the imaging is from the LEFT breast, not the right as entered.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the clinical details are from the LEFT breast, not the right as recorded on the "
     "request.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the mammogram was of the LEFT breast, not the right as entered.\n", R_M),
    (_LEFT_CORE + "AMENDMENT: the previous biopsy (2019) was from the RIGHT breast, not the left as recorded in the "
     "history.\n", L_M),
    (_LEFT_CORE + "CORRECTION: the tissue sent for research is from the RIGHT breast, not the left as recorded.\n", L_M),
    (_LEFT_CORE + "CORRECTION: the block sent for Oncotype is from the RIGHT breast, not the left as recorded.\n", L_M),
    # keep: the report, its specimen, sample, histology, biopsy or slides placed move the diagnosis
    (_REGISTRY + "DATA CORRECTION: the sample is for the LEFT breast, not the right as entered.\n", L_M),
    (_REGISTRY + "DATA CORRECTION: the histology is from the LEFT breast, not the right as recorded.\n", L_M),
    (_REGISTRY + "DATA CORRECTION: the biopsy was of the LEFT breast, not the right as entered.\n", L_M),
    (_REGISTRY + "DATA CORRECTION: the slides are from the LEFT breast, not the right as entered.\n", L_M),
    (_REGISTRY + "DATA CORRECTION (Q-22): the local report is for the LEFT breast, not the right as transcribed.\n", L_M),
    (_REGISTRY + "DATA CORRECTION (query 17, 2026-02-02): the hospital record is for the LEFT breast, not the right as "
     "entered above.\n", L_M),
    (_LEFT_CORE + "AMENDMENT: laterality correction. The specimen is from the RIGHT breast, not the left breast as "
     "originally reported. The diagnosis is otherwise unchanged.\n", R_M),
]


@pytest.mark.parametrize(("text", "expected"), _CORRECTIONS)
def test_a_correction_moves_the_diagnosis_only_for_the_report_itself(text: str, expected: dict) -> None:
    assert labels(text) == expected


# --- Rule 3: a department of two subjects with several words only as a letterhead starting its line ---
_NAMES = [
    ("Right breast: Invasive Carcinoma and Paget Disease Unit review advised\n", R_M),
    ("Left breast, mastectomy: Invasive Carcinoma & Paget Disease Unit 3\n", L_M),
    ("Right breast WLE: Invasive Carcinoma and Extensive DCIS Unit: B4\n", R_M),
    ("Right breast WLE: Invasive Carcinoma and Extensive DCIS Clinic: Breast\n", R_M),
    ("Diagnosis: Left breast: Metastatic Carcinoma and Lymphovascular Invasion Service: Breast\n", L_M),
    ("Right breast: ANGIOSARCOMA AND RADIATION ATYPIA UNIT 4\n", R_M),
    ("Right breast: ANGIOSARCOMA AND PAGET DISEASE CLINIC\n", R_M),
    ("Left breast: Angiosarcoma and Atypical Vascular Lesion Clinic referral.\n", L_M),
    ("Left breast: Invasive Carcinoma and Paget Disease Service to follow\n", L_M),
    ("Left breast: Invasive Carcinoma & Paget Disease Institute review requested\n", L_M),
    ("Left breast: Invasive Carcinoma and Necrotic Tumour Centre\n", L_M),
    ("Left breast: Invasive Carcinoma and High Grade DCIS Centre of lesion necrotic\n", L_M),
    # keep: a letterhead naming a department after two subjects labels nothing
    ("Regional Sarcoma and Bone Tumour Service\nLeft breast core: fibroadenoma.\n", L_B),
    ("Breast Cancer & Reconstruction Surgery Unit\nLeft breast core: fibroadenoma.\n", L_B),
    ("Northfield Sarcoma & Breast Radiotherapy Service\nDiagnosis: Left breast, excision: fibroadenoma, 22 mm.\n", L_B),
    ("Sarcoma and Melanoma Surgical Oncology Unit\nLeft breast core: fibroadenoma.\n", L_B),
    ("Angiosarcoma and Vascular Tumour Clinic\nLeft breast core: angiosarcoma.\n", L_M),
]


@pytest.mark.parametrize(("text", "expected"), _NAMES)
def test_a_two_subject_department_is_a_letterhead_not_a_diagnosis_line(text: str, expected: dict) -> None:
    assert labels(text) == expected


# --- Rule 5: a "Site:" line is a treated area only with a "Dose:" field or a bare region's prescription ---
_SITES = [
    ("Site: Left axilla, core biopsy    History: irradiated 50 Gy 2018\nDiagnosis: invasive ductal carcinoma, grade 2.\n",
     NONE),
    ("Site: Left axilla core\tPrior RT: 50 Gy\nDiagnosis: invasive ductal carcinoma, grade 2.\n", NONE),
    ("Site: Left axilla core (40 Gy in 15 fractions)\nDiagnosis: invasive ductal carcinoma, grade 2.\n", NONE),
    ("Site: Left supraclavicular node, within 40 Gy/15# field\nDiagnosis: metastatic carcinoma, breast primary.\n", NONE),
    ("Site: Skin of left chest wall (50 Gy in 25 fractions, 2016)\nDiagnosis: angiosarcoma.\n", NONE),
    ("Site: Left lung nodule (SABR 54 Gy in 3 fractions, 2024)\nDiagnosis: adenocarcinoma, breast primary.\n", NONE),
    ("Site: Left neck node core (40 Gy in 15 fractions to supraclavicular fossa 2018)\nDiagnosis: metastatic breast "
     "carcinoma.\n", NONE),
    # keep: a specimen's own breast site, and a treated region with its dose, read as before
    ("Site: Left breast core (RT 50 Gy/25# 2015)\nDiagnosis: invasive ductal carcinoma.\n", L_M),
    ("Site: Left axilla (boost 10 Gy in 5 fractions)\nSpecimen: Left breast, mastectomy\nDiagnosis: invasive ductal "
     "carcinoma.\n", L_M),
    ("Site: Left axilla   Dose: 40 Gy in 15 fractions\nHistology: Left breast, WLE: invasive ductal carcinoma, grade 2.\n",
     L_M),
    ("RADIOTHERAPY COMPLETION NOTE\nHistology (quoted): \"Right breast, wide local excision: invasive carcinoma, 19 mm, "
     "type to follow.\n   Supplementary report: final diagnosis: invasive pleomorphic lobular carcinoma, grade 3.\"\n"
     "Treatment:\n   Site: axilla and supraclavicular fossa (right)   Dose: 40 Gy in 15 fractions\n", R_M),
]


@pytest.mark.parametrize(("text", "expected"), _SITES)
def test_a_site_line_is_a_treated_area_only_with_its_own_dose(text: str, expected: dict) -> None:
    assert labels(text) == expected
