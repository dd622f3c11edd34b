"""The b112 pathology rules narrowed after review p112: each fires only on positive evidence of its own shape (its
over-reaches rewritten in new words, with the labels a careful reader gives them)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_a_requesters_part_is_history_only_up_to_the_forms_next_part() -> None:
    # the form proves the part is the request: another part line of the same form follows it, whatever its name (a
    # French laboratory part, a report part, Roman numerals) and the request ends there
    assert labels("PARTIE A - RESERVEE AU MEDECIN PRESCRIPTEUR\nMasse du sein droit, cancer du sein droit.\n"
                  "PARTIE B - RESERVEE AU LABORATOIRE\nPièce de tumorectomie du sein droit: fibroadénome.\n") == {
        "L": "-", "R": "B"}
    assert labels("PARTIE A - RESERVEE AU MEDECIN DEMANDEUR\nNodule du sein gauche.\nPARTIE B - RESERVEE AU LABORATOIRE\n"
                  "Résultat: carcinome lobulaire infiltrant du sein gauche.\n") == {"L": "M", "R": "-"}
    assert labels("PARTIE 1 - A REMPLIR PAR LE MEDECIN DEMANDEUR\nNodule du sein gauche.\nPARTIE 2 - COMPTE RENDU\n"
                  "Sein gauche: carcinome canalaire infiltrant.\n") == {"L": "M", "R": "-"}
    assert labels("PART I - FOR THE REQUESTING DOCTOR\nRight breast mass.\nPART II - FOR THE LABORATORY\n"
                  "Right breast core: invasive lobular carcinoma.\n") == {"L": "-", "R": "M"}
    assert labels("PART I - FOR THE REQUESTING DOCTOR\nRight breast mass, clinically carcinoma of the right breast.\n"
                  "PART II - FOR THE LABORATORY\nRight breast core: fibroadenoma.\n") == {"L": "-", "R": "B"}
    # the whole part is the request, its blank lines and its fields too (the clinician's provisional diagnosis)
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nClinical details: right breast mass.\n\n"
                  "Provisional diagnosis: right breast carcinoma.\n\nPART B - FOR THE LABORATORY\n"
                  "Right breast, core biopsy: fibroadenoma.\n") == {"L": "-", "R": "B"}
    assert labels("PARTIE A - RESERVEE AU MEDECIN DEMANDEUR [PART A - RESERVED FOR THE REQUESTING DOCTOR]\n"
                  "Renseignements cliniques: masse du sein gauche.\nDiagnostic clinique évoqué: carcinome du sein gauche.\n"
                  "PARTIE B - RESERVEE AU LABORATOIRE [PART B - RESERVED FOR THE LABORATORY]\n"
                  "CONCLUSION: Adénose sclérosante du sein gauche.\n") == {"L": "B", "R": "-"}


def test_a_requesters_part_the_form_does_not_prove_reads_as_before() -> None:
    # no later part line of the form (a bare "RESULT" or "LABORATORY SECTION" heading follows): no history block
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nLeft breast lump.\nRESULT\n"
                  "Left breast core: invasive ductal carcinoma.\n") == {"L": "M", "R": "-"}
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nLeft breast lump.\nLABORATORY SECTION\n"
                  "Left breast core: invasive lobular carcinoma.\n") == {"L": "M", "R": "-"}
    # the copy of the report for the requesting doctor: the part holds the laboratory's result
    assert labels("PATHOLOGY REPORT\nPART 2 - FOR THE REQUESTING DOCTOR\n"
                  "Left breast, mastectomy: invasive lobular carcinoma, 22 mm.\n") == {"L": "M", "R": "-"}
    assert labels("Requester's copy\nPART A - FOR THE REQUESTING DOCTOR\n"
                  "Right breast core: invasive ductal carcinoma, grade 3.\n") == {"L": "-", "R": "M"}
    # ... signed by the pathologist, even with another part after it
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nRight breast, core biopsy: invasive ductal carcinoma, grade 3.\n"
                  "Dr R. Owusu, Consultant Histopathologist\nPART B - FILE COPY\nRetained in the laboratory.\n") == {
        "L": "-", "R": "M"}
    # ... or printed after the laboratory's own part
    assert labels("PART 1 - FOR THE LABORATORY\nLab no. 26/118.\nPART 2 - FOR THE REQUESTING DOCTOR\n"
                  "Left breast, excision: invasive ductal carcinoma.\nPART 3 - FOR THE RECORDS\nFiled.\n") == {
        "L": "M", "R": "-"}
    # a specimen part numbered where the form's parts are lettered belongs to no other part of the form
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nRight breast lump.\nPART 1 - LEFT BREAST CORE\n"
                  "Invasive ductal carcinoma.\n") == {"L": "M", "R": "-"}


def test_a_possessive_second_subject_names_a_hospital_only_after_cancer() -> None:
    assert labels("Harbourside Cancer & Women's Hospital\nLeft breast core: fibroadenoma.\n") == {"L": "B", "R": "-"}
    # near misses: after a finding, "and" + a possessive name is the finding's own line going on
    assert labels("Right breast, core: invasive ductal carcinoma and Women's Health Clinic referral made.\n") == {
        "L": "-", "R": "M"}
    assert labels("Right breast, excision: DCIS and Paget's Unit review booked.\n") == {"L": "-", "R": "M"}
    assert labels("Right breast core: invasive lobular carcinoma and Crohn's Clinic letter sent.\n") == {
        "L": "-", "R": "M"}
    assert labels("RIGHT BREAST, CORE: INVASIVE CARCINOMA AND PAGET'S SERVICE\n") == {"L": "-", "R": "M"}


def test_a_fear_covers_only_its_own_object() -> None:
    assert labels("Left breast core: fibroadenoma. Terribly afraid of developing breast cancer.\n") == {
        "L": "B", "R": "-"}
    assert labels("Fear of having breast cancer, left breast core: fibroadenoma.\n") == {"L": "B", "R": "-"}
    # near misses: a finding after a comma, a dash, "and" or "but" in the same sentence is the report's
    assert labels("Her fear of having cancer proved right, left breast core invasive lobular carcinoma.\n") == {
        "L": "M", "R": "-"}
    assert labels("Her fear of having cancer came true - right breast core: invasive ductal carcinoma.\n") == {
        "L": "-", "R": "M"}
    assert labels("Patient afraid of having left breast cancer and left breast core invasive ductal carcinoma "
                  "found.\n") == {"L": "M", "R": "-"}
    assert labels("Patient scared of getting results, left breast core invasive ductal carcinoma grade 1.\n") == {
        "L": "M", "R": "-"}
    assert labels("Patient frightened of getting the news but right breast core: invasive lobular carcinoma.\n") == {
        "L": "-", "R": "M"}


def test_adenofibrome_labels_a_breast_only_with_a_breast_site() -> None:
    assert labels("Sein gauche, tumorectomie: adénofibrome de 3 cm.\n") == {"L": "B", "R": "-"}
    assert labels("Adénofibromes multiples du sein droit.\n") == {"L": "-", "R": "B"}
    assert labels("Siège: sein droit\nCONCLUSION: Adénofibrome de 2 cm.\n") == {"L": "-", "R": "B"}
    # near misses: the ovary's and the uterus's adenofibroma, and one with no site at all
    assert labels("Annexectomie droite: adénofibrome séreux de l'ovaire droit.\n") == {"L": "-", "R": "-"}
    assert labels("Pièce d'annexectomie gauche: adénofibrome séreux, 5 cm.\n") == {"L": "-", "R": "-"}
    assert labels("Utérus: adénofibrome de l'endomètre. Sein gauche: pas de lésion.\n") == {"L": "-", "R": "-"}
    assert labels("CONCLUSION: Adénofibrome séreux, 4 cm, côté droit.\n") == {"L": "-", "R": "-"}


def test_a_french_tumour_of_another_organ_named_after_it_labels_no_breast() -> None:
    # "fibroadénome de l'ovaire": the organ named after the tumour is the specimen's, where nothing else names it
    assert labels("CONCLUSION: Fibroadénome de l'ovaire gauche.\n") == {"L": "-", "R": "-"}
    assert labels("Annexectomie droite: fibroadénome de l'ovaire droit.\n") == {"L": "-", "R": "-"}
    # near misses: a breast specimen's metastasis names its primary's organ; the breast's own organ phrase
    assert labels("Sein droit, microbiopsie: métastase d'un carcinome du poumon.\n") == {"L": "-", "R": "M"}
    assert labels("Sein droit, microbiopsie: carcinome séreux de l'ovaire.\n") == {"L": "-", "R": "M"}
    assert labels("Sein gauche: carcinome canalaire infiltrant du sein gauche, de grade 2.\n") == {"L": "M", "R": "-"}
    assert labels("Mastectomie gauche: carcinome lobulaire infiltrant du quadrant supéro-externe.\n") == {
        "L": "M", "R": "-"}
