"""Pathology rules developed on released batch b102, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_a_title_field_holding_a_protocol_title_labels_nothing() -> None:
    # "Title: <protocol named by its setting>": the value is the form's title; only the fields below it label
    form = ("Report title: Invasive carcinoma of the breast - post neoadjuvant therapy\n"
            "Specimen laterality: Left\nResidual invasive carcinoma: Not identified\n"
            "Residual DCIS: Not identified\nBiopsy site changes: Present\nypT0 ypN0\n")
    assert labels(form) == {"L": "B", "R": "-"}
    # near miss: a title field whose value is a diagnosis, not a title, still labels
    assert labels("Title: Left breast core biopsy: invasive ductal carcinoma, grade 2.\n") == {"L": "M", "R": "-"}
    # near miss: the same words as another field's value are a finding
    assert labels("Specimen: Left breast mastectomy\nResidual tumour: invasive carcinoma of the breast, post "
                  "neoadjuvant therapy, 14 mm\n") == {"L": "M", "R": "-"}
    # near miss: a title field naming the specimen leaves the residual carcinoma below it to label
    assert labels("Title: Left breast mastectomy (post neoadjuvant)\nResidual invasive carcinoma: 14 mm, grade 2\n") == {
        "L": "M", "R": "-"}


_REGISTRY = ("REGISTRY ENTRY 2026-0412\n"
             "PATHOLOGY (copied from hospital record HR-26-771):\n"
             "   \"Right breast, core biopsy: invasive lobular carcinoma, grade 2.\"\n")


def test_a_data_correction_note_moves_the_transcribed_diagnosis_to_its_side() -> None:
    note = "DATA CORRECTION (query 17, 2026-02-02): the hospital record is for the LEFT breast, not the right as entered above.\n"
    assert labels(_REGISTRY + note) == {"L": "M", "R": "-"}
    # near miss: without the note the transcription stands
    assert labels(_REGISTRY) == {"L": "-", "R": "M"}
    # near miss: a data correction of another detail leaves the side
    assert labels(_REGISTRY + "DATA CORRECTION (query 18): date of birth corrected to 1961-03-04.\n") == {
        "L": "-", "R": "M"}
    # near miss: a note that confirms the side moves nothing
    assert labels(_REGISTRY + "DATA CORRECTION (query 19): the side was checked; the record is for the RIGHT breast "
                  "as entered above.\n") == {"L": "-", "R": "M"}


def test_a_service_named_after_sarcoma_and_breast_labels_nothing() -> None:
    # "<Subject> & <Subject> <Kind> Unit": a department's name, whatever disease it is named after
    letter = "Northfield Sarcoma & Breast Surgical Unit\nDiagnosis: Left breast, excision: fibroadenoma, 22 mm.\n"
    assert labels(letter) == {"L": "B", "R": "-"}
    # near miss: capitalised findings joined by "&" in a diagnosis are findings
    assert labels("Diagnosis: Left breast, mastectomy: Angiosarcoma & Atypical Vascular Lesion.\n") == {
        "L": "M", "R": "-"}
    assert labels("Diagnosis: Left breast, excision: Benign Phyllodes Tumour & Fibroadenoma.\n") == {
        "L": "BM", "R": "-"}
    # near miss: two capitalised words after "and" with no service word after them
    assert labels("Diagnosis: Right breast mastectomy: Angiosarcoma and Radiation Associated Changes.\n") == {
        "L": "-", "R": "M"}


def test_a_follow_up_plan_labels_nothing() -> None:
    # a treatment summary's or letter's plan: a protocol named after a disease is no diagnosis
    letter = ("Diagnosis: Left breast, excision: fibroadenoma, 22 mm.\n"
              "Follow-up plan: imaging yearly under the sarcoma surveillance protocol.\n")
    assert labels(letter) == {"L": "B", "R": "-"}
    # near miss: a plain "Follow-up:" line is no plan heading; its diagnosis labels
    assert labels("Follow-up: Left breast, re-excision: residual ductal carcinoma in situ, 4 mm.\n") == {
        "L": "M", "R": "-"}
    # near miss: "follow-up plan" inside a diagnosis sentence heads nothing
    assert labels("Diagnosis: Left breast core: invasive carcinoma NST, grade 2; follow-up plan per MDT.\n") == {
        "L": "M", "R": "-"}
    # near miss: the diagnosis after the plan line still labels
    assert labels("Follow-up plan: annual mammography.\nDiagnosis: Right breast core: intraductal papilloma.\n") == {
        "L": "-", "R": "B"}


def test_a_radiotherapy_site_field_is_no_specimen_site() -> None:
    # the treated region names the axilla; the quoted histology and its supplementary report are the breast's
    summary = ("RADIOTHERAPY COMPLETION NOTE\n"
               "Histology (quoted): \"Right breast, wide local excision: invasive carcinoma, 19 mm, type to follow.\n"
               "   Supplementary report: final diagnosis: invasive pleomorphic lobular carcinoma, grade 3.\"\n"
               "Treatment:\n   Site: axilla and supraclavicular fossa (right)   Dose: 40 Gy in 15 fractions\n")
    assert labels(summary) == {"L": "-", "R": "M"}
    # near miss: a pathology report's site line naming the axilla is a node report
    assert labels("Site: Right axilla\nDiagnosis: metastatic carcinoma in 2 of 3 lymph nodes.\n") == {
        "L": "-", "R": "-"}
    # near miss: a specimen line that mentions a dose still names its specimen
    assert labels("Specimen: Right axillary clearance (after 50 Gy)\nDiagnosis: carcinoma in 3 of 12 nodes.\n") == {
        "L": "-", "R": "-"}
    # near miss: a dose on the line after a site line is no treated site
    assert labels("Site: Left axilla, core\nHistory: radiotherapy 40 Gy in 2019\nDiagnosis: invasive ductal carcinoma, grade 2.\n"
                  ) == {"L": "-", "R": "-"}
    # near miss: after a treated site, the report's next site line still names its specimen
    assert labels("Site: chest wall + axilla, 50 Gy\nSite: Left axillary lymph nodes\n"
                  "Diagnosis: carcinoma in 1 of 9 nodes.\n") == {"L": "-", "R": "-"}
