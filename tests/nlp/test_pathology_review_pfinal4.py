"""Review pfinal4's over-reaches of the round's pathology rules, rewritten in new words, with the labels a careful
reader gives them: the requesting doctor's part rule is withdrawn (its texts read as before b112), a French organ
named after a tumour is that tumour's site also in a breast report, and a conditional's reach ends at "and" opening
a new clause."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_a_report_copy_for_the_requesting_doctor_signed_in_any_wording_labels() -> None:
    # a signature with the pathologist's qualifications, a role, "Reported:" or "Checked and issued:": the report's copy
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nDiagnosis: Left breast, core: invasive ductal carcinoma, grade 3.\n"
                  "Dr K. Boateng MBChB FRCPath, 11/04/2026\nPART B - FOR THE LABORATORY RECORD\n"
                  "Tissue received 10/04/2026, 4 cores.\n") == {"L": "M", "R": "-"}
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nRight breast, core: invasive lobular carcinoma.\n"
                  "Dr K. Boateng, Consultant\nPART B - FOR THE LABORATORY RECORD\nCores: 2.\n") == {"L": "-", "R": "M"}
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nLeft breast core: DCIS, intermediate grade.\n"
                  "Checked and issued: Dr K. Boateng\nPART B - FOR THE LABORATORY\nBlocks: 2.\n") == {"L": "M", "R": "-"}
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nRight breast core: invasive carcinoma NST, grade 1.\n"
                  "Reported: Dr F. Kamara, 20/04/2026\nPART B - FOR THE LABORATORY\nCassettes: 3.\n") == {
        "L": "-", "R": "M"}


def test_a_claim_forms_part_for_the_referring_doctor_is_the_treating_doctors_statement() -> None:
    assert labels("HEALTH PLAN PRE-APPROVAL REQUEST\nPART A - TO BE COMPLETED BY THE REFERRING DOCTOR\n"
                  "Diagnosis: Left breast invasive lobular carcinoma, core biopsy 14/01/2026 (histology: invasive "
                  "lobular carcinoma grade 2).\nProcedure requested: left wide local excision.\n"
                  "PART B - FOR OFFICE USE ONLY\nReference: 5512\n") == {"L": "M", "R": "-"}
    assert labels("WORKERS' COMPENSATION CLAIM\nPART 1 - FOR THE REFERRING PHYSICIAN\n"
                  "Diagnosis: right breast DCIS, intermediate grade, on vacuum core 09/03/2026.\n"
                  "Fit for light duties.\nPART 2 - FOR THE CLAIMS OFFICER\nNil.\n") == {"L": "-", "R": "M"}
    # near miss: a part whose only lines are the clinical details reads as before
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nClinical details: left breast lump, 2 cm.\n"
                  "PART B - FOR THE LABORATORY\nLeft breast core: fibroadenoma.\n") == {"L": "B", "R": "-"}


def test_a_french_organ_named_after_a_tumour_is_its_site_in_a_breast_report_too() -> None:
    # the breast is named on another line: the uterus's or the ovary's tumour labels no breast
    assert labels("Microbiopsie du sein droit: carcinome lobulaire infiltrant.\n"
                  "Antécédent: adénofibrome de l'endomètre opéré en 2012.\n") == {"L": "-", "R": "M"}
    assert labels("Sein gauche, microbiopsie: carcinome canalaire infiltrant.\n"
                  "ATCD: adénofibrome de l'ovaire gauche (2018).\n") == {"L": "M", "R": "-"}
    assert labels("Tumorectomie droite: carcinome canalaire in situ.\n"
                  "Fibroadénome de l'ovaire droit opéré en 2020.\n") == {"L": "-", "R": "M"}
    # near misses: a breast named in the mention's own descriptor or statement, or in a header line above it, wins
    assert labels("Sein droit: carcinome canalaire infiltrant, adénofibrome de l'utérus.\n") == {"L": "-", "R": "BM"}
    assert labels("Sein gauche, microbiopsie:\ncarcinome séreux de l'ovaire.\n") == {"L": "M", "R": "-"}
    # ... a metastasis still names its primary's organ, and a place in the breast is no organ
    assert labels("Sein droit, microbiopsie: carcinome canalaire infiltrant.\n"
                  "Second fragment: métastase d'un adénocarcinome du poumon.\n") == {"L": "-", "R": "M"}
    assert labels("Tumorectomie gauche.\nCONCLUSION: Carcinome canalaire infiltrant de la face profonde.\n") == {
        "L": "M", "R": "-"}
    assert labels("Tumorectomie droite.\nCONCLUSION: Fibroadénome de la face externe, 12 mm.\n") == {
        "L": "-", "R": "B"}


def test_a_conditionals_reach_ends_at_and_opening_a_new_clause() -> None:
    assert labels("Right breast core: further levels cut to check if it showed invasion and they do show invasive "
                  "ductal carcinoma, 2 mm.\n") == {"L": "-", "R": "M"}
    assert labels("Left breast core: E-cadherin stained to see if it showed loss and it shows invasive lobular "
                  "carcinoma.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast core: deeper levels to see if it showed invasion and the levels show invasive "
                  "carcinoma NST.\n") == {"L": "M", "R": "-"}
    # near misses: a list of entities, and a second condition of its own, stay hedged
    assert labels("Left breast core: ADH. Excision advised; if it shows DCIS and LCIS, further surgery.\n") == {
        "L": "B", "R": "-"}
    assert labels("Right breast core: papilloma. If it shows DCIS and invasive carcinoma further surgery is "
                  "needed.\n") == {"L": "-", "R": "B"}
    assert labels("Left breast core: ADH. If the excision shows DCIS and we find it at the margin, re-excision.\n") == {
        "L": "B", "R": "-"}
