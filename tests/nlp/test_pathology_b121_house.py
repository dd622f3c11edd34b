"""Pathology rules developed on released batches b121 and b122, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.labels import pathology_codes as labels

_ECHO = ("ECHOCARDIOGRAPHY + CARDIO-ONCOLOGY BASELINE REPORT\nStonebridge Medical Imaging & Cardiology     Study: TTE-1\n"
         "Patient: ACHOLA, R     Indication: baseline prior to doxorubicin/trastuzumab\n\n")
_ECHO_SUMMARY = ("Clinical / oncology summary (from referral, histology quoted):\n"
                 '"Left breast, 6:00, US core: invasive ductal carcinoma, grade 3, with DCIS, solid type. HER2 positive."\n'
                 "\nECHO FINDINGS\nLeft ventricle: normal size. LVEF 64%.\n")
_RISK_FORM = ("CARDIO-ONCOLOGY PRE-TREATMENT RISK STRATIFICATION\nMercy Bay Hospital - Cardiology (Cardio-Oncology)\n\n"
              "Patient: VALENCIA-REID, P      Date 01/03/2026\n\nSection A - Oncology\n")
_VERBATIM = ('  Histology (from pathology report, verbatim): "Right breast 8 o\'clock core biopsy: invasive\n'
             '  micropapillary carcinoma, grade 3. Lymphovascular invasion present."\n'
             "  Planned: AC x4.\nSection B - Cardiovascular\n  Echo: LVEF 60%.\n")


def test_a_cardio_oncology_record_reads_its_announced_quoted_histology() -> None:
    # a cardio-oncology echo baseline's "histology quoted" summary over the quoted specimen line, and a risk form's
    # lead-in calling the copy verbatim: the quotation is the diagnosis, like an allied-health document's
    assert labels(_ECHO + _ECHO_SUMMARY) == {"L": "M", "R": "-"}
    assert labels(_RISK_FORM + _VERBATIM) == {"L": "-", "R": "M"}
    assert labels(_RISK_FORM + _VERBATIM.replace("(from pathology report, verbatim)", "(verbatim)")) == {
        "L": "-", "R": "M"}
    assert labels(_ECHO + _ECHO_SUMMARY.replace("invasive ductal carcinoma, grade 3, with DCIS, solid type. HER2 "
                                                "positive", "fibroadenoma. No atypia")) == {"L": "B", "R": "-"}
    # near misses: an echo report without cardio-oncology in its head, a lead-in naming a year or an earlier report, a
    # lead-in that calls the copy neither quoted nor verbatim, and cardio-oncology named below the head stay history
    plain_echo = _ECHO.replace("ECHOCARDIOGRAPHY + CARDIO-ONCOLOGY BASELINE REPORT", "ECHOCARDIOGRAPHY BASELINE REPORT")
    assert labels(plain_echo.replace(" & Cardiology", "") + _ECHO_SUMMARY) == {"L": "-", "R": "-"}
    assert labels(_RISK_FORM + _VERBATIM.replace("(from pathology report, verbatim)", "(2019, verbatim)")) == {
        "L": "-", "R": "-"}
    assert labels(_RISK_FORM + _VERBATIM.replace("(from pathology report, verbatim)", "(previous report, verbatim)")
                  ) == {"L": "-", "R": "-"}
    assert labels(_RISK_FORM + _VERBATIM.replace(", verbatim)", ")")) == {"L": "-", "R": "-"}
    assert labels("Line one\nLine two\nLine three\nSeen in the cardio-oncology clinic.\n\nSection A - Oncology\n"
                  + _VERBATIM) == {"L": "-", "R": "-"}
    # (review p121) an earlier result named by its stage, the patient's own words called verbatim, and cardio-oncology
    # named only as a cardiac pathology report's requesting service stay history
    assert labels(_RISK_FORM + _VERBATIM.replace("(from pathology report, verbatim)", "(at first diagnosis, verbatim)")
                  ) == {"L": "-", "R": "-"}
    assert labels(_RISK_FORM + "  Histology (patient's own words, verbatim): \"it's a cancer in my right breast and it's"
                  " spread\"\n  Plan: support.\n") == {"L": "-", "R": "-"}
    assert labels("ENDOMYOCARDIAL BIOPSY - HISTOPATHOLOGY REPORT\nRequesting service: Cardio-Oncology, Mercy Bay\n"
                  "Lab no: EMB26-0067\n\nSection A - Oncology\n" + _VERBATIM) == {"L": "-", "R": "-"}


_CONSULT_HEAD = ("EXPERT OPINION - BREAST PATHOLOGY\nGreyfield Academic Pathology (Consultation Service)\n\n"
                 "Our ref: GAP-CON-26/077     Your ref: MS26-4410\nDate: 12/02/2026\n\n")
_CONSULT_LETTER = ("Dear Dr Anand,\nThank you for sending the core biopsy from the right breast for opinion. Your\n"
                   'report reads "Right breast core: invasive carcinoma, probable tubular type".\n\n')
_CONSULT_REVIEW = ("Greyfield REVIEW:\nRight breast, 9 o'clock, core biopsy: sclerosing adenosis with apocrine change. "
                   "Myoepithelial cells are present around all glands; there is no invasive carcinoma.\n\n"
                   "I would regard this as benign (B2).\nYours sincerely,\nDr M. Ekwueme\n")


def test_a_consultation_letter_quoting_the_addressees_report_gives_its_own_review() -> None:
    # 'Your report reads "..."' in a letter to the referring pathologist quotes the referring diagnosis; the letter's
    # own review heading below it decides
    assert labels(_CONSULT_HEAD + _CONSULT_LETTER + _CONSULT_REVIEW) == {"L": "-", "R": "B"}
    professor = _CONSULT_LETTER.replace("Dear Dr Anand", "Dear Professor Anand").replace("Your\nreport reads",
                                                                                           "Your diagnosis was:")
    assert labels(_CONSULT_HEAD + professor + _CONSULT_REVIEW) == {"L": "-", "R": "B"}
    colleague = _CONSULT_LETTER.replace("Dear Dr Anand", "Dear Colleague").replace("Your\nreport reads",
                                                                                   "Your report states")
    assert labels(_CONSULT_HEAD + colleague + _CONSULT_REVIEW.replace("Greyfield REVIEW:", "OUR DIAGNOSIS:")) == {
        "L": "-", "R": "B"}
    malignant = _CONSULT_REVIEW.replace("sclerosing adenosis with apocrine change. Myoepithelial cells are present "
                                        "around all glands; there is no invasive carcinoma.",
                                        "invasive lobular carcinoma, classic type.").replace("benign (B2)", "B5b")
    assert labels(_CONSULT_HEAD + _CONSULT_LETTER + malignant) == {"L": "-", "R": "M"}
    # near misses: a letter to the patient, "the report reads", and a quotation with no review heading after it read
    # as any clinic letter (the quoted report decides)
    patient = _CONSULT_LETTER.replace("Dear Dr Anand", "Dear Mrs Blackwood")
    assert labels(_CONSULT_HEAD + patient + _CONSULT_REVIEW) == {"L": "-", "R": "M"}
    the_report = _CONSULT_LETTER.replace("Your\nreport", "The\nreport")
    assert labels(_CONSULT_HEAD + the_report + _CONSULT_REVIEW) == {"L": "-", "R": "M"}
    assert labels(_CONSULT_HEAD + _CONSULT_LETTER + "I agree with your diagnosis.\nYours sincerely,\nDr M. Ekwueme\n"
                  ) == {"L": "-", "R": "M"}
    assert labels(_CONSULT_HEAD + _CONSULT_LETTER + "Right breast, 9 o'clock, core biopsy: sclerosing adenosis.\n"
                  "Yours sincerely,\n") == {"L": "-", "R": "M"}
    # (review p121) the report's date before its verb and a letter to colleagues read the same; a clinic letter's own
    # "Diagnosis:" or "Impression:" and a review that only agrees are no review of the quoted report
    dated = _CONSULT_LETTER.replace("Dear Dr Anand", "Dear Colleagues").replace("Your\nreport reads",
                                                                                "Your report of 14/01/2026 reads")
    assert labels(_CONSULT_HEAD + dated + _CONSULT_REVIEW) == {"L": "-", "R": "B"}
    assert labels(_CONSULT_HEAD + _CONSULT_LETTER + _CONSULT_REVIEW.replace("Greyfield REVIEW:", "Diagnosis:")) == {
        "L": "-", "R": "M"}
    assert labels(_CONSULT_HEAD + _CONSULT_LETTER + _CONSULT_REVIEW.replace("Greyfield REVIEW:", "Impression:")) == {
        "L": "-", "R": "M"}
    assert labels(_CONSULT_HEAD + _CONSULT_LETTER + "Greyfield REVIEW:\nConcur with the referring diagnosis (see "
                  "above).\n\nYours sincerely,\n") == {"L": "-", "R": "M"}
    # (review pfinal9) "our" only before the review's own noun: "Our opinion:" is a review, a radiologist's or a
    # surgeon's "Our impression:" / "Our conclusion:" is none
    assert labels(_CONSULT_HEAD + _CONSULT_LETTER + _CONSULT_REVIEW.replace("Greyfield REVIEW:", "Our opinion:")) == {
        "L": "-", "R": "B"}
    assert labels(_CONSULT_HEAD + _CONSULT_LETTER + _CONSULT_REVIEW.replace("Greyfield REVIEW:", "Our impression:")
                  ) == {"L": "-", "R": "M"}
    assert labels(_CONSULT_HEAD + _CONSULT_LETTER + _CONSULT_REVIEW.replace("Greyfield REVIEW:", "Our conclusion:")
                  ) == {"L": "-", "R": "M"}


_DOSSIER = ("[Translation from French]\nCentre Hospitalier National - Oncologie\nDOSSIER D'ÉVACUATION SANITAIRE\n\n"
            "Pièce jointe [Attachment]: compte rendu d'histologie H26-133 et son rectificatif.\n\n")
_SIDE_NOTE = ("RECTIFICATIF [Correction] du 09/04/2026 (Laboratoire Moroni-Biologie):\nLe prélèvement provient du sein "
              "DROIT, et non du sein gauche comme indiqué [the specimen is\nfrom the RIGHT breast, and not from the left "
              "breast as stated]. Le diagnostic est inchangé.\n\n")
_INITIAL = ("Compte rendu initial H26-133 (02/04/2026), conclusion:\n  \"Sein gauche, microbiopsies: carcinome canalaire "
            "infiltrant [invasive ductal carcinoma],\n  grade SBR II.\"\n\nMotif: chirurgie.\n")


def test_a_french_first_report_named_before_its_conclusion_heads_it() -> None:
    # "Compte rendu initial <n°> (<date>), conclusion:" heads the quoted conclusion, which the correction above moves
    assert labels(_DOSSIER + _SIDE_NOTE + _INITIAL) == {"L": "-", "R": "M"}
    dated = _INITIAL.replace("Compte rendu initial H26-133 (02/04/2026), conclusion:",
                             "Compte rendu initial n° H26-133 du 02/04/2026, conclusion :")
    assert labels(_DOSSIER + _SIDE_NOTE + dated) == {"L": "-", "R": "M"}
    capitals = _INITIAL.replace("Compte rendu initial H26-133 (02/04/2026), conclusion:",
                                "COMPTE RENDU INITIAL H26-133, CONCLUSION:")
    assert labels(_DOSSIER + _SIDE_NOTE + capitals.replace("carcinome canalaire infiltrant [invasive ductal "
                                                           "carcinoma]", "fibroadénome [fibroadenoma]")) == {
        "L": "-", "R": "B"}
    # near misses: no correction, a correction confirming the side, and the first report named over another of its
    # parts or attached without its conclusion keep the side first given
    assert labels(_DOSSIER + _INITIAL) == {"L": "M", "R": "-"}
    confirmed = ("RECTIFICATIF [Correction] du 09/04/2026: le prélèvement provient bien du sein gauche [left breast], "
                 "comme indiqué initialement; le grade est corrigé.\n\n")
    assert labels(_DOSSIER + confirmed + _INITIAL) == {"L": "M", "R": "-"}
    assert labels(_DOSSIER + _SIDE_NOTE + _INITIAL.replace(", conclusion:", ", macroscopie:")) == {"L": "M", "R": "-"}
    assert labels(_DOSSIER + _SIDE_NOTE + _INITIAL.replace("(02/04/2026), conclusion:", "(02/04/2026) joint:")) == {
        "L": "M", "R": "-"}
    # (review p121) written "Compte-rendu" or with a dash before "conclusion" it heads the same; recalled in a history
    # block, running on from its heading, it heads nothing and stays history
    hyphen = _INITIAL.replace("Compte rendu initial H26-133 (02/04/2026), conclusion:",
                              "Compte-rendu initial H26-133 (02/04/2026) - conclusion :")
    assert labels(_DOSSIER + _SIDE_NOTE + hyphen) == {"L": "-", "R": "M"}
    assert labels(_DOSSIER + _SIDE_NOTE + "Renseignements cliniques :\n" + _INITIAL) == {"L": "-", "R": "-"}
