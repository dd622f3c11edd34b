"""Pathology rules developed on released batch b112, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels, states


def test_a_part_for_the_requesting_doctor_reads_as_before() -> None:
    # the requesting doctor's part rule was withdrawn after review pfinal4: such a form reads as any report, so the
    # laboratory's part keeps its diagnosis and a part named after its specimen is a specimen part
    report = ("HISTOPATHOLOGY REQUEST AND RESULT FORM\n"
              "PARTIE A - A REMPLIR PAR LE MEDECIN PRESCRIPTEUR [PART A - TO BE COMPLETED BY THE REQUESTING DOCTOR]\n"
              "  Clinical information: hard nodule of the left breast, 2 cm.\n"
              "  Specimen: left breast, excision biopsy\n"
              "\n"
              "PARTIE B - RESERVEE AU LABORATOIRE [PART B - FOR THE LABORATORY]\n"
              "  Conclusion: Left breast, excision biopsy: invasive ductal carcinoma.\n")
    assert labels(report) == {"L": "M", "R": "-"}
    assert labels("PART A - LEFT BREAST, CORE BIOPSY:\n  invasive lobular carcinoma.\n") == {"L": "M", "R": "-"}
    assert labels("PART B - RESERVED FOR THE LABORATORY\n  Conclusion: Left breast, excision: invasive ductal "
                  "carcinoma.\n") == {"L": "M", "R": "-"}
    assert labels("Conclusion: Left breast, excision: invasive ductal carcinoma. Part A for the requesting doctor: "
                  "see above.\n") == {"L": "M", "R": "-"}
    assert labels("PART A - FOR THE REQUESTING DOCTOR\n  Clinical information: left breast lump.\n\n"
                  "Conclusion: Left breast, excision: invasive ductal carcinoma.\n") == {"L": "M", "R": "-"}


def test_french_adenofibrome_is_a_fibroadenoma() -> None:
    # "adénofibrome" is the French word's older order for a fibroadenoma
    report = "CONCLUSION: Sein gauche, tumorectomie: adénofibrome de 2 cm, remanié.\n"
    assert labels(report) == {"L": "B", "R": "-"}
    # near misses: the neighbouring words name other, unlisted entities (adenosis, a nipple adenoma, fibroadenomatoid
    # change), and a listed one still labels as before
    assert labels("CONCLUSION: Sein gauche, tumorectomie: adénose simple [adenosis].\n") == {"L": "-", "R": "-"}
    assert labels("CONCLUSION: Sein gauche, exérèse: adénome du mamelon [nipple adenoma].\n") == {"L": "-", "R": "-"}
    assert labels("CONCLUSION: Left breast, excision: fibroadenomatoid change.\n") == {"L": "-", "R": "-"}
    assert labels("CONCLUSION: Sein gauche, tumorectomie: fibroadénome de 2 cm.\n") == {"L": "B", "R": "-"}


def test_a_possessive_second_subject_still_names_an_institution() -> None:
    # "Cancer & Women's Hospital" is a hospital's name, not a cancer
    report = ("Harbour Vale Cancer & Women's Hospital - Department of Pathology\n"
              "DIAGNOSIS: Left breast, core biopsy: fibroadenoma.\n")
    assert labels(report) == {"L": "B", "R": "-"}
    assert labels(report.replace("Cancer & Women's Hospital", "Cancer and Children's Centre")) == {"L": "B", "R": "-"}
    # near misses: a possessive entity after "and" is a finding; a possessive name with no institution word after it
    # names none; a hospital named after the diagnosis leaves the diagnosis standing
    assert labels("DIAGNOSIS: Left breast, excision: invasive carcinoma and Paget's disease of the nipple.\n") == {
        "L": "M", "R": "-"}
    assert labels("DIAGNOSIS: Left breast, excision: invasive carcinoma and Women's Health follow-up advised.\n") == {
        "L": "M", "R": "-"}
    assert labels("DIAGNOSIS: Left breast, core: invasive carcinoma. Referred from St Mary's Hospital.\n") == {
        "L": "M", "R": "-"}


def test_a_fear_of_having_cancer_is_no_diagnosis() -> None:
    # the cancer a patient fears having is no diagnosis, as "she fears she has cancer" is not
    report = "Right breast, excision: fibroadenoma. The patient has a great fear of having breast cancer.\n"
    assert labels(report) == {"L": "-", "R": "B"}
    assert labels(report.replace("has a great fear of having", "is afraid of developing")) == {"L": "-", "R": "B"}
    # near misses: a diagnosis whose own words say "having" or "developing", and a fear about something else
    assert labels("DIAGNOSIS: Right breast, excision: invasive ductal carcinoma, having arisen in a fibroadenoma.\n"
                  ) == {"L": "-", "R": "BM"}
    assert labels("DIAGNOSIS: Right breast, core: DCIS developing in a papilloma.\n") == {"L": "-", "R": "BM"}
    assert labels("DIAGNOSIS: Right breast, core: invasive carcinoma NST. No fear of having missed a second lesion.\n"
                  ) == {"L": "-", "R": "M"}
    assert labels("Patient afraid of having a biopsy, right breast core: invasive carcinoma NST.\n") == {
        "L": "-", "R": "M"}


def test_a_part_for_the_requesting_doctor_leaves_an_open_differential_in_review() -> None:
    # the laboratory's own open differential below the request still goes to review
    report = ("PART A - FOR THE REQUESTING DOCTOR\n  Clinical information: right breast nodule.\n\n"
              "PART B - FOR THE LABORATORY\n  Conclusion: Right breast, core: atypical intraductal proliferation, "
              "ADH versus low-grade DCIS.\n")
    assert states(report) == {"L": "-", "R": "?"}
