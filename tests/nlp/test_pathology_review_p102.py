"""Review of the b102 pathology rules (3008d7f): the over-reaches found, each with its right labels, and the cases
the rules must keep reading as before. Tests compare labels only."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels

L_M = {"L": "M", "R": "-"}
R_M = {"L": "-", "R": "M"}
NONE = {"L": "-", "R": "-"}

# --- Rule 1: a "Title:" field's value is a template title only when it is a protocol's own name, naming no side ---
_TITLE_FIELDS = [
    ("Title: Left breast DCIS, treated per local protocol\n", L_M),
    ("Title: Right breast IDC, grade 3, per protocol\n", R_M),
    ("Title: Right breast invasive ductal carcinoma - neoadjuvant protocol candidate\n", R_M),
    ("Title: Left breast angiosarcoma - sarcoma protocol\nSpecimen: Left breast mastectomy\n", L_M),
    ("Document title: Recurrent DCIS left breast - protocol follow-up\n", L_M),
    ("Title: Right breast angiosarcoma (post-radiation) - MDT protocol review\n", R_M),
    ("Title: Left breast invasive ductal carcinoma - synoptic report\n", L_M),
    # (arguable in the review; a descriptive title with a side and a diagnosis states it)
    ("Report title: Left breast invasive lobular carcinoma resection\n", L_M),
    ("Title: Right mastectomy - invasive ductal carcinoma resection\n", R_M),
    ("Title: Right breast core biopsy - invasive ductal carcinoma (template)\n", R_M),
    # keep: a protocol named by its setting is a title; only the fields below it label
    ("Title: Invasive carcinoma of the breast, post neoadjuvant therapy\nSpecimen: Left breast mastectomy\n"
     "Diagnosis: complete pathological response.\n", NONE),
    ("Report title: Invasive carcinoma of the breast - post neoadjuvant therapy\nSpecimen laterality: Left\n"
     "Residual invasive carcinoma: Not identified\nResidual DCIS: Not identified\nBiopsy site changes: Present\n",
     {"L": "B", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), _TITLE_FIELDS)
def test_a_title_field_stating_a_side_and_diagnosis_labels(text: str, expected: dict) -> None:
    assert labels(text) == expected


# --- Rule 2: a correction moves the diagnosis only when the report / record / specimen is what it places ---
_REGISTRY = ("REGISTRY ENTRY 2026-0412\n"
             "PATHOLOGY (copied from hospital record HR-26-771):\n"
             "   \"Right breast, core biopsy: invasive lobular carcinoma, grade 2.\"\n")
_LEFT_CORE = "Left breast core: invasive ductal carcinoma, grade 2.\n"
_CORRECTIONS = [
    (_REGISTRY + "DATA CORRECTION (Q-13): the HER2 result is for the LEFT breast, not the right as recorded; the "
     "diagnosis is unchanged.\n", R_M),
    (_REGISTRY + "DATA CORRECTION: the MRI request is for the LEFT breast, not the right as entered.\n", R_M),
    (_REGISTRY + "DATA CORRECTION (Q-20): the ultrasound was for the LEFT breast, not the right as entered; pathology "
     "unchanged.\n", R_M),
    (_REGISTRY + "DATA CORRECTION (Q-15): the consent form was for the LEFT breast, not the right as recorded, but the "
     "histology is from the right breast.\n", R_M),
    (_REGISTRY + "DATA CORRECTION (Q-21): surgery date corrected; the mastectomy was for the LEFT breast, not the right "
     "as entered.\n", R_M),
    (_LEFT_CORE + "AMENDMENT: the ER result is for the RIGHT breast, not the left as recorded; the diagnosis is "
     "unchanged.\n", L_M),
    (_LEFT_CORE + "CORRECTION: the clinic letter is for the RIGHT breast, not the left as recorded in the letter; "
     "histology unchanged.\n", L_M),
    ('TRIAL CRF 88\nHistology (transcribed): "Left breast, core: invasive ductal carcinoma, grade 3."\n'
     "DATA CORRECTION (query 8): the radiotherapy boost is for the RIGHT breast, not the left as recorded in the RT "
     "plan.\n", L_M),
    # (wrong before the b102 rules too: a test's side is no specimen's)
    (_LEFT_CORE + "AMENDMENT: the ER result is from the RIGHT breast, not the left as originally reported; the "
     "diagnosis is unchanged.\n", L_M),
    # keep: the record's own side moves the transcribed diagnosis
    (_REGISTRY + "DATA CORRECTION (query 17, 2026-02-02): the hospital record is for the LEFT breast, not the right as "
     "entered above.\n", L_M),
    (_REGISTRY + "DATA CORRECTION (Q-22): the local report is for the LEFT breast, not the right as transcribed.\n", L_M),
    (_LEFT_CORE + "AMENDMENT: laterality correction. The specimen is from the RIGHT breast, not the left breast as "
     "originally reported. The diagnosis is otherwise unchanged.\n", R_M),
    # keep: a correction of the part or of a detail moves nothing
    (_REGISTRY + "DATA CORRECTION (Q-30): the local report is for the RIGHT breast core, not the excision as "
     "entered.\n", R_M),
    (_REGISTRY + "DATA CORRECTION (Q-31): the grade is 3, not 2 as entered.\n", R_M),
]


@pytest.mark.parametrize(("text", "expected"), _CORRECTIONS)
def test_a_correction_moves_the_diagnosis_only_for_its_report(text: str, expected: dict) -> None:
    assert labels(text) == expected


@pytest.mark.xfail(reason="optional under-reaches of the review, not fixed: a side word in a correction note read "
                   "as the diagnosis' side; 'the right was entered in error' names no wrong side", strict=True)
@pytest.mark.parametrize(("text", "expected"), [
    ("Right breast core: fibroadenoma.\nCORRECTION: the clinical note is for the LEFT breast lump, not the right as "
     "entered; the specimen remains right breast.\n", {"L": "-", "R": "B"}),
    (_REGISTRY + "DATA CORRECTION (Q-23): the local report is for the LEFT breast; the right was entered in error.\n",
     L_M),
])
def test_correction_under_reaches_left_open(text: str, expected: dict) -> None:
    assert labels(text) == expected


# --- Rule 3: a service name's extra capitalised words are single-spaced and end at a department's word ---
_NAMES = [
    ("Diagnosis: Left breast: Invasive Carcinoma and Lobular Neoplasia    Hospital: St Mary's\n", {"L": "BM", "R": "-"}),
    ("Diagnosis: Left breast: Invasive Carcinoma and Lobular Neoplasia    Clinic: Breast\n", {"L": "BM", "R": "-"}),
    ("Left breast mastectomy: Angiosarcoma and Radiation Changes     Unit: B4\n", L_M),
    ("LEFT BREAST MASTECTOMY: ANGIOSARCOMA AND RADIATION ATYPIA   UNIT NO: 44\n", L_M),
    ("Right breast WLE: Invasive Carcinoma and Extensive DCIS   Screening: NHSBSP\n", R_M),
    ("Right breast, WLE: Invasive Carcinoma and Paget Disease Summary of findings below\n", R_M),
    ("Left breast, mastectomy: Metastatic Carcinoma and Best Supportive Care\n", L_M),
    # keep: a department named after two subjects labels nothing
    ("Northfield Sarcoma & Breast Surgical Unit\nDiagnosis: Left breast, excision: fibroadenoma, 22 mm.\n",
     {"L": "B", "R": "-"}),
    ("Northfield Sarcoma & Breast Radiotherapy Service\nDiagnosis: Left breast, excision: fibroadenoma, 22 mm.\n",
     {"L": "B", "R": "-"}),
    ("Angiosarcoma & Soft Tissue Oncology Clinic\nLeft breast core: fibroadenoma.\n", {"L": "B", "R": "-"}),
    ("Sarcoma and Melanoma Surgical Oncology Unit\nLeft breast core: fibroadenoma.\n", {"L": "B", "R": "-"}),
    # keep: findings after "and" with no department's word are findings; a column's next field is no name
    ("Diagnosis: Right breast mastectomy: Angiosarcoma and Radiation Associated Changes.\n", R_M),
    ("Left breast core: invasive carcinoma   Referring Clinic\n", L_M),
    ("Left breast core: invasive carcinoma Breast Clinic\n", L_M),
    ("Left breast, mastectomy: LEFT BREAST ANGIOSARCOMA, BREAST.\n", L_M),
]


@pytest.mark.parametrize(("text", "expected"), _NAMES)
def test_a_service_name_is_single_spaced_and_ends_at_its_department(text: str, expected: dict) -> None:
    assert labels(text) == expected


@pytest.mark.xfail(reason="optional under-reach, not fixed: a capitalised disease + one word + department without "
                   "'&' cannot be told from 'invasive carcinoma Breast Clinic' by the name reader", strict=True)
def test_a_disease_named_department_without_and_is_left_open() -> None:
    assert labels("Angiosarcoma Breast Unit\nDiagnosis: Left breast, excision: fibroadenoma.\n") == {"L": "B", "R": "-"}


# --- Rule 4: "Follow-up plan:" (no over-reach found); kept as it reads ---
def test_a_follow_up_plan_still_labels_nothing() -> None:
    assert labels("Diagnosis: Left breast, excision: fibroadenoma, 22 mm.\n"
                  "Follow-up plan: imaging yearly under the sarcoma surveillance protocol.\n") == {"L": "B", "R": "-"}


# --- Rule 5: a "Site:" line is a treated area only with its own dose field or prescription, not a history dose ---
_SITES = [
    ("Site: Left axilla core (irradiated, 40 Gy in 2019)\nDiagnosis: invasive ductal carcinoma, grade 2.\n", NONE),
    ("Site: Left axilla (post 50 Gy)\nDiagnosis: Invasive lobular carcinoma in fibroadipose tissue, no nodal tissue "
     "seen.\n", NONE),
    ("Site: Left supraclavicular node, previously treated 40 Gy\nDiagnosis: metastatic carcinoma, breast primary.\n",
     NONE),
    ("Site: Left lung, post SABR 54 Gy\nDiagnosis: adenocarcinoma, consistent with breast primary.\n", NONE),
    ("Site: Skin of left chest wall, irradiated (50 Gy)\nDiagnosis: angiosarcoma.\n", NONE),
    ("Site: Left axillary mass, post RT 50 Gy\nDiagnosis: carcinoma, consistent with breast primary.\n", NONE),
    # ("RT" before a dose is radiotherapy, not the right side; wrong before the b102 rules too)
    ("Site: Left chest wall nodule (prior RT 50 Gy/25#)\nDiagnosis: recurrent invasive ductal carcinoma.\n", L_M),
    # keep: a radiotherapy field with its dose beside it is no specimen site
    ("RADIOTHERAPY COMPLETION NOTE\nHistology (quoted): \"Right breast, wide local excision: invasive carcinoma, 19 mm, "
     "type to follow.\n   Supplementary report: final diagnosis: invasive pleomorphic lobular carcinoma, grade 3.\"\n"
     "Treatment:\n   Site: axilla and supraclavicular fossa (right)   Dose: 40 Gy in 15 fractions\n", R_M),
    ("Site: Right axilla\nDiagnosis: metastatic carcinoma in 2 of 3 lymph nodes.\n", NONE),
    ("Site: Left axilla, core\nHistory: radiotherapy 40 Gy in 2019\nDiagnosis: invasive ductal carcinoma, grade 2.\n",
     NONE),
    ("Rt breast core: invasive ductal carcinoma.\n", R_M),
]


@pytest.mark.parametrize(("text", "expected"), _SITES)
def test_a_site_line_with_a_history_dose_names_the_specimen(text: str, expected: dict) -> None:
    assert labels(text) == expected
