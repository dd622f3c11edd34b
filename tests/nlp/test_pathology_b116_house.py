"""Pathology rules developed on released batch b116, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_an_abbreviated_side_erratum_moves_the_diagnosis() -> None:
    # 'where the report reads "Rt. breast", it must read "Lt. breast"': the abbreviated side words, each with its
    # breast, correct the side like the spelt-out ones
    report = ('Amendment 02/03/2026: where the report reads "Lt. breast", it must read "Rt. breast". The diagnosis '
              "is unchanged.\n\nDiagnosis: Lt. breast, core biopsy: invasive ductal carcinoma, grade 2.\n")
    assert labels(report) == {"L": "-", "R": "M"}
    assert labels(report.replace('"Lt. breast"', '"Lt breast"').replace('"Rt. breast"', '"Rt breast"')) == {
        "L": "-", "R": "M"}
    # near misses: the spelt-out erratum still reads as before, an erratum of another document keeps the sides, and
    # an abbreviation with no breast word is no erratum of this kind
    assert labels(report.replace('"Lt. breast"', '"LEFT BREAST"').replace('"Rt. breast"', '"RIGHT BREAST"')) == {
        "L": "-", "R": "M"}
    assert labels('Note: read "Lt. breast" as "Rt. breast" on the ultrasound form.\n\nDiagnosis: Lt. breast, core '
                  "biopsy: invasive ductal carcinoma.\n") == {"L": "M", "R": "-"}
    assert labels("Amendment: the report reads Lt. correctly; it must read as issued.\n\nDiagnosis: Lt. breast, "
                  "core biopsy: fibroadenoma.\n") == {"L": "B", "R": "-"}


def test_glossed_microscopic_findings_heading_is_the_microscopic_section() -> None:
    # "[Microscopic findings]:" heads the microscopic description: with a diagnosis section of its own, the report's
    # diagnosis decides, and a side said in the history before it gives the description's carcinoma no side
    report = ("Specimen: Right breast, nipple wedge excision.\n\nClinical information: Rt. nipple eczema. Lt. breast "
              "normal.\n\nMicroscopic findings: Ducts beneath the nipple show ductal carcinoma in situ, high grade.\n\n"
              "Diagnosis: Rt. nipple, wedge excision: Paget's disease of the nipple with underlying DCIS.\n")
    assert labels(report) == {"L": "-", "R": "M"}
    assert labels(report.replace("Microscopic findings:", "সূক্ষ্ম বিবরণ [Microscopic findings]:")) == {
        "L": "-", "R": "M"}
    # near misses: with no diagnosis section the microscopic findings label; the diagnosis section still labels;
    # "Gross findings" keeps the diagnosis after it
    assert labels("Specimen: Left breast core.\n\nMicroscopic findings: Cores show invasive ductal carcinoma, grade "
                  "2.\n") == {"L": "M", "R": "-"}
    assert labels("Microscopic findings: benign ducts.\n\nDiagnosis: Left breast core: invasive lobular carcinoma.\n"
                  ) == {"L": "M", "R": "-"}
    assert labels("Gross findings: three cores.\n\nDiagnosis: Right breast core: fibroadenoma.\n") == {
        "L": "-", "R": "B"}


def test_a_provisional_diagnosis_in_the_clinical_details_is_history() -> None:
    # the clinician's "Provisional diagnosis:" written inside the clinical details' paragraph is the working
    # diagnosis sent with the specimen: history, like "Clinical diagnosis:"
    report = ("Clinical details: Mobile lump in the right breast for 8 months.\nProvisional diagnosis: Fibroadenoma "
              "? Phyllodes tumour.\n\nDiagnosis: Right breast lump, excision: fibroadenoma.\n")
    assert labels(report) == {"L": "-", "R": "B"}
    assert labels(report.replace("Clinical details:", "Clinical history:")) == {"L": "-", "R": "B"}
    # near misses: a provisional diagnosis of its own paragraph, or after another section than the history, or the
    # history's own text, still reads as before
    assert labels("Clinical details: lump.\n\nProvisional diagnosis: Right breast core: invasive ductal carcinoma, "
                  "pending receptors.\n") == {"L": "-", "R": "M"}
    assert labels("Gross: two cores.\nProvisional diagnosis: Left breast core: invasive lobular carcinoma.\n") == {
        "L": "M", "R": "-"}
    assert labels("Specimen: Left breast core.\nProvisional diagnosis: phyllodes tumour, benign.\n") == {
        "L": "M", "R": "-"}


def test_a_diagnosis_that_cannot_be_made_is_not_diagnosed() -> None:
    # "a definite diagnosis of carcinoma cannot be made": the entity the diagnosis would name is not diagnosed
    assert labels("Left breast, FNA: atypical cells, suspicious. A definite diagnosis of carcinoma cannot be made "
                  "on this smear.\n") == {"L": "-", "R": "-"}
    assert labels("Right breast core: atypical ductal proliferation. A diagnosis of DCIS could not be established "
                  "on the cores.\n") == {"L": "-", "R": "-"}
    # near misses: a diagnosis made, another diagnosis than the entity, and another verb after "cannot be"
    assert labels("Left breast core: a diagnosis of invasive carcinoma is made.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast core: invasive ductal carcinoma. A diagnosis other than carcinoma cannot be made.\n"
                  ) == {"L": "M", "R": "-"}
    assert labels("Left breast core: invasive ductal carcinoma. Grade cannot be assessed on this material.\n") == {
        "L": "M", "R": "-"}
