"""The b112 pathology rules narrowed after review p112: each fires only on positive evidence of its own shape (its
over-reaches rewritten in new words, with the labels a careful reader gives them)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

# The requesting doctor's part rule (b112) was withdrawn after review pfinal4: every part for the requesting doctor
# reads as a report, as before b112, and these texts keep that reading.


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


# Review p112b: the second review's over-reaches, rewritten in new words, with the labels a careful reader gives them


def test_a_requesters_part_signed_off_in_any_wording_reads_as_a_report() -> None:
    # a sign-off line in the part (signer's participle, "by"/"par" or a colon, then the name): the report's copy
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nRight breast, core biopsy: invasive lobular carcinoma.\n"
                  "Authorized by Dr P. Asante\nPART B - FOR THE CANCER REGISTRY\nC50.9\n") == {"L": "-", "R": "M"}
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nLeft breast, wide excision: invasive ductal carcinoma, 18 mm.\n"
                  "Validated: Dr E. Quaye\nPART B - ACCOUNTS\nSettled.\n") == {"L": "M", "R": "-"}
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nLeft breast, core: DCIS, high grade.\n"
                  "Digitally signed: Dr E. Quaye\nPART B - FOR THE REGISTRY\nD05.1\n") == {"L": "M", "R": "-"}
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nRight breast, core: invasive carcinoma NST.\n"
                  "Verified by: Dr P. Asante\nPART B - FOR THE RECORDS\nFiled.\n") == {"L": "-", "R": "M"}
    assert labels("PARTIE A - RESERVEE AU MEDECIN DEMANDEUR\nSein gauche, microbiopsie: carcinome lobulaire infiltrant.\n"
                  "Validé par Dr Keita\nPARTIE B - ARCHIVES\nRangé.\n") == {"L": "M", "R": "-"}


def test_a_result_heading_inside_a_requesters_part_reads_as_a_report() -> None:
    # the laboratory's result printed in part A under its own heading, an administrative part after it
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nRight breast mass.\nCONCLUSION: Right breast core, invasive "
                  "lobular carcinoma.\nPART B - PATIENT'S COPY\nHanded over.\n") == {"L": "-", "R": "M"}
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nRight breast mass.\nMICROSCOPY: infiltrating malignant cells.\n"
                  "DIAGNOSIS: Right breast core, invasive carcinoma NST.\nPART B - RECEIPT\nReceived.\n") == {
        "L": "-", "R": "M"}
    assert labels("PART A - FOR THE REQUESTING DOCTOR\nLeft breast mass.\nHISTOLOGY REPORT\nLeft breast core: "
                  "invasive ductal carcinoma.\nPART B - FOR THE REGISTRY\nC50.4\n") == {"L": "M", "R": "-"}
    assert labels("PARTIE A - RESERVEE AU MEDECIN DEMANDEUR\nNodule du sein droit.\nRÉSULTAT: Carcinome canalaire "
                  "infiltrant du sein droit.\nPARTIE B - ADMINISTRATION\nRéglé.\n") == {"L": "-", "R": "M"}


def test_a_possessive_hospital_name_only_in_title_case() -> None:
    assert labels("Kingsgate Cancer & Women's Health Centre\nLeft breast, core biopsy: fibroadenoma.\n") == {
        "L": "B", "R": "-"}
    assert labels("Right breast core: fibroadenoma.\nCopy to: St Anne's Cancer and Children's Hospital.\n") == {
        "L": "-", "R": "B"}
    # near misses: in capitals after a finding word, or after a lower-case qualifier, it is the finding's line
    assert labels("RIGHT BREAST, CORE: INVASIVE CANCER AND WOMEN'S CLINIC REVIEW ADVISED.\n") == {"L": "-", "R": "M"}
    assert labels("LEFT BREAST CORE: RECURRENT CANCER AND WOMEN'S HOSPITAL REFERRAL MADE.\n") == {"L": "M", "R": "-"}
    assert labels("Right breast, mastectomy: residual Cancer and Women's Unit referral.\n") == {"L": "-", "R": "M"}
    assert labels("Left breast, core: invasive cancer & Children's Hospital review.\n") == {"L": "M", "R": "-"}


def test_a_fears_object_is_only_the_disease_right_after_it() -> None:
    assert labels("Right breast core: fibroadenoma. Afraid of developing a recurrence of her breast cancer.\n") == {
        "L": "-", "R": "B"}
    # near misses: a finding told further on, in a clause of its own, is the report's
    assert labels("Her fear of having cancer was realised when the left breast core showed invasive lobular "
                  "carcinoma.\n") == {"L": "M", "R": "-"}
    assert labels("Her fear of getting cancer came true after the right breast excision gave invasive ductal "
                  "carcinoma.\n") == {"L": "-", "R": "M"}
    assert labels("Fear of developing cancer in the right breast where the core biopsy found invasive carcinoma "
                  "NST.\n") == {"L": "-", "R": "M"}


def test_a_french_organ_after_a_tumour_only_for_french_organ_nouns() -> None:
    # the specimen's side or the tumour's place in the breast, named with a French "de la / du": the breast's
    assert labels("Tumorectomie gauche.\nCONCLUSION: Fibroadénome de la face externe, 15 mm.\n") == {"L": "B", "R": "-"}
    assert labels("Tumorectomie droite.\nCONCLUSION: Carcinome lobulaire infiltrant de la face postérieure.\n") == {
        "L": "-", "R": "M"}
    assert labels("Tumorectomie gauche.\nCONCLUSION: Carcinome canalaire infiltrant au contact du sternum.\n") == {
        "L": "M", "R": "-"}
    assert labels("Tumorectomie droite.\nCONCLUSION: Adénofibrome de la face externe.\n") == {"L": "-", "R": "B"}
    # a combined operation's breast specimen: the breast word in the descriptor wins over the gynaecological one
    assert labels("Annexectomie bilatérale et mastectomie droite prophylactiques: carcinome canalaire in situ.\n") == {
        "L": "-", "R": "M"}
    assert labels("Hystérectomie et mastectomie gauche: carcinome canalaire infiltrant du sein gauche.\n") == {
        "L": "M", "R": "-"}
    # near misses: the gynaecological specimen alone, and another organ's tumour where nothing names the breast
    assert labels("Hystérectomie totale: adénofibrome de l'endomètre.\n") == {"L": "-", "R": "-"}
    assert labels("Annexectomie gauche: adénofibrome séreux.\n") == {"L": "-", "R": "-"}
    assert labels("CONCLUSION: Fibroadénome de l'ovaire droit.\n") == {"L": "-", "R": "-"}
