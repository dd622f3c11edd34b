"""Pathology rules developed on released batches b135 and b136, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.labels import pathology_codes as labels

_BOXING = ("PROFESSIONAL BOXING BOARD - ANNUAL MEDICAL (Form B-1)\n"
           "SECTION 1 - CONTESTANT STATEMENT\n"
           "\"Lump in my right breast, they said it was probably nothing.\"\n"
           "SECTION 2 - EXAMINATION\n"
           "Breasts: 1 cm mobile nodule right breast. Cardiovascular normal.\n"
           "SECTION 3 - INVESTIGATIONS\n"
           "Breast histology (quoted from the hospital report, dated 02/02/2026):\n"
           "   \"Right breast 9 o'clock, core biopsy: Invasive lobular carcinoma, classic type.\"\n"
           "SECTION 4 - DETERMINATION\n"
           "[ ] CLEARED   [X] NOT CLEARED\n")
_FRENCH = ("Résultat anatomopathologique:\n"
           "« Sein gauche, biopsie : adénofibrome. Pas d'argument pour une tumeur phyllode. »\n"
           "Message: ce n'est pas un cancer.\n")
_AUNT = ("Ce que la patiente sait déjà: une boule du sein droit; sa tante lui a dit que c'est le cancer [a lump in the "
         "right breast; her aunt told her it is cancer].\n"
         "Résultat: « Sein droit, microbiopsies : adénofibrome. » [Right breast, core biopsies: fibroadenoma.]\n")
_WARD = ("03/03/2026  Nursing: Day 2 after excision of lump, left breast. Patient says she is sure it is cancer "
         "because her aunt died of it.\n"
         "03/03/2026  Ward round: \"Left breast lump, excision: Fibroadenoma, 20 mm. No atypia.\"\n")
_GLOSSARY = ("[Translator's note: \"te aoraki\" is the usual phrase for cancer.]\n"
             "Ward round: \"Left axillary lymph node, excision: granulomatous lymphadenitis. No malignancy.\"\n")
_CHECKED = ("1. History (contestant's declaration): right nipple abscess x2, drained; \"they cut out the ducts and checked "
            "them for cancer\".\n"
            "2. Histology: \"Right breast, total duct excision: Periductal mastitis. No atypia or malignancy.\"\n")
_LOOKED = ("Rider's questionnaire: \"biopsy on the left in December - the mammogram looked a bit like cancer so they "
           "had to check\".\n"
           "Pathology: \"Left breast core biopsy: Radial scar. No atypia. No malignancy.\"\n")
_CANNOT_SAY = ("Lab result: \"Right breast, core biopsy: fibroepithelial lesion; cellular fibroadenoma versus "
               "phyllodes tumour.\"\n"
               "Explained to patient: the laboratory cannot yet say if it is a simple lump or a phyllodes tumour.\n")
_IMPRESSION = ("Big lump left breast excised 05/02/2026. Clinical impression at operation was a giant fibroadenoma.\n"
               "Lab: \"Left breast lump, excision: Benign phyllodes tumour, 92 mm.\"\n")
_SCARE = ("2. Rider's account: \"It was sore and there's still a lump. My mam had a breast cancer scare years ago.\"\n"
          "3. Histology: \"Left breast 3 o'clock, core biopsy: Fibroadenoma. No malignancy.\"\n")
_AFRAID = ("1. Allopathic diagnosis: \"Left breast, core biopsy: Fibroadenoma. No evidence of malignancy.\"\n"
           "2. Reason for referral: patient is still afraid of cancer and requests traditional medicine.\n")
_FOR_CORE = ("Documents supplied:\n"
             "  * Breast clinic letter, 19/12/2025: \"left breast distortion, ?radial scar vs carcinoma, for core "
             "biopsy.\"\n"
             "  * Pathology report: \"Left breast, core biopsy: Radial scar with sclerosing adenosis. No malignancy.\"\n")
_PREVIOUS_VERSION = ("=== CORRECTED REPORT ===\n"
                     "CORRECTION: Specimen laterality corrected from left to right.\n"
                     "FINAL DIAGNOSIS (CORRECTED):\n"
                     "BREAST, RIGHT, 7:00, CORE BIOPSY:\n  - FIBROADENOMA.\n"
                     "PREVIOUS VERSION (03/02/2026) - SUPERSEDED:\n"
                     "BREAST, LEFT, 7:00, CORE BIOPSY:\n  - FIBROADENOMA.\n")
_AS_ISSUED = ("*** CORRECTED REPORT ***\n"
              "CORRECTED FINAL DIAGNOSIS:\n"
              "A. LEFT BREAST, 2:00, CORE BIOPSY:\n   - INVASIVE DUCTAL CARCINOMA, GRADE 3.\n"
              "B. RIGHT BREAST, 9:00, CORE BIOPSY:\n   - FIBROADENOMA.\n"
              "ORIGINAL DIAGNOSIS AS ISSUED 02/16/2026 (INCORRECT LATERALITY):\n"
              "A. RIGHT BREAST, 2:00, CORE: INVASIVE DUCTAL CARCINOMA, GRADE 3.\n"
              "B. LEFT BREAST, 9:00, CORE: FIBROADENOMA.\n")
_RENDERED_BY = ("SECOND OPINION PATHOLOGY\n"
                "Diagnosis rendered by submitting laboratory:\n"
                "Left breast, 9:00, core biopsy: atypical ductal hyperplasia.\n"
                "REVIEW DIAGNOSIS:\n"
                "Left breast, 9:00, core biopsy: Ductal carcinoma in situ, low nuclear grade.\n")


def test_a_forms_investigations_section_holds_todays_result_and_a_contestants_statement_is_history() -> None:
    # "SECTION 3 - INVESTIGATIONS" holds the quoted histology (not an unknown heading's history)
    assert labels(_BOXING) == {"L": "-", "R": "M"}
    for name in ("SECTION 3 - DOCUMENTS", "SECTION 3 - RELEVANT INVESTIGATIONS (quoted from the report)"):
        assert labels(_BOXING.replace("SECTION 3 - INVESTIGATIONS", name)) == {"L": "-", "R": "M"}, name
    # "SECTION 1 - CONTESTANT STATEMENT" is her own account: what she says she was told is history
    said = _BOXING.replace("they said it was probably nothing.", "they said it's a fibroadenoma.")
    assert labels(said)["R"] == "M"
    assert labels(said.replace("CONTESTANT STATEMENT", "RIDER'S DECLARATION"))["R"] == "M"
    # near misses: the examination section stays clinical history, and an unlisted section name keeps the old reading
    assert labels(_BOXING.replace("Cardiovascular normal.", "Healed scar right breast."))["R"] == "M"
    assert labels(_BOXING.replace("SECTION 3 - INVESTIGATIONS", "SECTION 3 - PREVIOUS TREATMENT"))["R"] == "-"
    assert labels(said.replace("CONTESTANT STATEMENT", "EXAMINER'S STATEMENT"))["R"] == "BM"


def test_french_pas_d_and_n_est_pas_un_negate_their_entity() -> None:
    # "Pas d'argument pour une tumeur phyllode", "ce n'est pas un cancer", ", pas un cancer"
    assert labels(_FRENCH) == {"L": "B", "R": "-"}
    assert labels("Sein droit, biopsie : hyperplasie canalaire atypique.\nMessage: lésion à risque, pas un cancer à ce "
                  "jour.\n") == {"L": "-", "R": "B"}
    # near misses: "n'exclut pas un cancer" is not negated by the rule (no "est": read as before), and a cancer stated
    # after the negation's sentence labels
    assert labels(_FRENCH.replace("ce n'est pas un cancer", "cela n'exclut pas un cancer"))["L"] == "BM"
    assert labels(_FRENCH + "Conclusion: sein gauche, carcinome canalaire infiltrant.\n")["L"] == "BM"


def test_a_request_forms_entity_of_the_right_breast_with_a_question_mark_is_a_query() -> None:
    # "[inflammatory carcinoma of the right breast?]": the question mark after the breast it is in
    text = ("Clinical diagnosis (request form): blah\n[inflammatory carcinoma of the right breast?]\n"
            "Right breast, biopsy: fibroadenoma.\n")
    assert labels(text) == {"L": "-", "R": "B"}
    assert labels(text.replace("right breast?", "left breast ?")) == {"L": "-", "R": "B"}
    # near misses: no question mark, and another word before it, keep the entity
    assert labels(text.replace("right breast?]", "right breast]"))["R"] == "BM"
    assert labels(text.replace("of the right breast?]", "of the right breast, grade 3, T4d]"))["R"] == "BM"


def test_what_a_relative_told_her_a_lump_is_is_hearsay() -> None:
    # "her aunt told her it is cancer" and the French original "sa tante lui a dit que c'est le cancer"
    assert labels(_AUNT) == {"L": "-", "R": "B"}
    assert labels(_AUNT.replace("aunt", "neighbour").replace("tante", "voisine")) == {"L": "-", "R": "B"}
    # near misses: a surgeon who told her, and the cancer a relative had, keep the old reading
    assert labels(_AUNT.replace("sa tante lui a dit", "le chirurgien lui a dit").replace(
        "her aunt told her", "the surgeon told her"))["R"] == "BM"
    assert labels("Right breast, core biopsy: invasive ductal carcinoma. Her aunt told her it is curable.\n"
                  )["R"] == "M"


def test_what_she_is_sure_a_lump_is_is_her_belief() -> None:
    # "she is sure it is cancer": a lay subject's certainty about the lump
    assert labels(_WARD) == {"L": "B", "R": "-"}
    assert labels(_WARD.replace("she is sure it is", "she was convinced that it was")) == {"L": "B", "R": "-"}
    # near miss: the pathologist's own certainty ("we are sure it is") names the diagnosis
    assert labels("Left breast, excision: on review we are sure it is invasive lobular carcinoma.\n")["L"] == "M"


def test_a_word_explained_as_the_phrase_for_cancer_is_no_diagnosis() -> None:
    # a translator's note: '"te aoraki" is the usual phrase for cancer', '... the common spoken word for cancer'
    assert labels(_GLOSSARY.replace("Left axillary", "Left breast lump, excision: fibroadenoma. Left axillary")) == {
        "L": "B", "R": "-"}
    assert labels(_GLOSSARY.replace("usual phrase for", "common spoken word for").replace(
        "Left axillary", "Left breast: fibroadenoma. Left axillary")) == {"L": "B", "R": "-"}
    # near misses: a word for something else before the entity, and a diagnosis in the same report, keep reading it
    assert labels("Left breast core, for the record: invasive ductal carcinoma.\n")["L"] == "M"
    assert labels(_GLOSSARY + "Left breast, core biopsy: invasive ductal carcinoma.\n")["L"] == "M"


def test_what_a_test_checked_for_is_no_result() -> None:
    # "checked them for cancer": what the test looked for
    assert labels(_CHECKED) == {"L": "-", "R": "B"}
    # near miss: a check for something else before the entity keeps the old reading
    assert labels("Right breast excision: checked for margins; invasive ductal carcinoma, 12 mm.\n")["R"] == "M"


def test_what_an_image_looked_like_is_a_suspicion() -> None:
    # "the mammogram looked a bit like cancer"
    assert labels(_LOOKED) == {"L": "B", "R": "-"}
    assert labels(_LOOKED.replace("looked a bit like", "looks like")) == {"L": "B", "R": "-"}
    # near miss: a lesion the pathologist calls the entity is read ("the tumour is like" names no image)
    assert labels("Left breast excision: the tumour is an invasive lobular carcinoma, looking like a classic type.\n"
                  )["L"] == "M"


def test_what_the_laboratory_cannot_yet_say_is_open() -> None:
    # "cannot yet say if it is a simple lump or a phyllodes tumour" keeps the differential open, no diagnosis
    assert labels(_CANNOT_SAY) == {"L": "-", "R": "?"}
    assert labels(_CANNOT_SAY.replace("cannot yet say if", "can't tell whether")) == {"L": "-", "R": "?"}
    # near miss: a phyllodes tumour stated after the sentence labels
    assert labels(_CANNOT_SAY + "Excision: benign phyllodes tumour, 60 mm.\n")["R"] == "M"


def test_a_clinical_impression_at_operation_is_no_histology() -> None:
    # "Clinical impression at operation was a giant fibroadenoma"
    assert labels(_IMPRESSION) == {"L": "M", "R": "-"}
    assert labels(_IMPRESSION.replace("Clinical impression at operation was", "Clinical impression was")) == {
        "L": "M", "R": "-"}
    # near miss: the histology's own fibroadenoma labels
    assert labels(_IMPRESSION + "Second lump, left breast: fibroadenoma, 12 mm.\n")["L"] == "BM"


def test_a_cancer_scare_is_a_fear() -> None:
    # "a breast cancer scare" is no cancer
    assert labels(_SCARE) == {"L": "B", "R": "-"}
    # near miss: the same cancer without "scare" keeps the old reading
    assert labels(_SCARE.replace("My mam had a breast cancer scare years ago.", "Now breast cancer on the left."
                                 ))["L"] == "BM"


def test_the_disease_she_is_afraid_of_is_no_diagnosis() -> None:
    # "afraid of cancer": the disease as the fear's object
    assert labels(_AFRAID) == {"L": "B", "R": "-"}
    assert labels(_AFRAID.replace("afraid of", "scared of")) == {"L": "B", "R": "-"}
    # near misses: a fear of something else, with the entity stated after it, and a finding after the fear's clause,
    # are the report's
    assert labels("Left breast, core biopsy (patient afraid of the needle): invasive ductal carcinoma, grade 2.\n"
                  )["L"] == "M"
    assert labels("Left breast, excision: she was afraid of cancer, and the excision shows invasive ductal "
                  "carcinoma.\n")["L"] == "M"


def test_a_differential_sent_for_core_biopsy_is_the_biopsys_question() -> None:
    # "?radial scar vs carcinoma, for core biopsy.": the question the biopsy answers
    assert labels(_FOR_CORE) == {"L": "B", "R": "-"}
    # near misses: a differential sent for excision or a repeat biopsy is a result's advice, still open
    assert labels(_FOR_CORE.replace("for core biopsy", "for excision"))["L"] == "?"
    assert labels(_FOR_CORE.replace("for core biopsy", "for repeat core biopsy"))["L"] == "?"


def test_a_superseded_previous_version_and_an_original_as_issued_are_the_first_issue() -> None:
    # "PREVIOUS VERSION (date) - SUPERSEDED:" and "ORIGINAL DIAGNOSIS AS ISSUED date (...):" head the replaced text
    assert labels(_PREVIOUS_VERSION) == {"L": "-", "R": "B"}
    assert labels(_AS_ISSUED) == {"L": "M", "R": "B"}
    # near misses: a version heading that is not dropped ("CURRENT VERSION") and the diagnosis without the heading
    assert labels(_PREVIOUS_VERSION.replace("PREVIOUS VERSION (03/02/2026) - SUPERSEDED:", "ADDITIONAL PART:"))["L"] == "B"
    assert labels(_AS_ISSUED.replace("ORIGINAL DIAGNOSIS AS ISSUED 02/16/2026 (INCORRECT LATERALITY):",
                                     "C. FURTHER CORES:"))["R"] == "BM"


def test_a_diagnosis_rendered_by_the_submitting_laboratory_is_the_outside_one() -> None:
    # "Diagnosis rendered by submitting laboratory:" is replaced by the review's own
    assert labels(_RENDERED_BY) == {"L": "M", "R": "-"}
    # near miss: the same diagnosis under a plain heading labels
    assert labels(_RENDERED_BY.replace("Diagnosis rendered by submitting laboratory:", "Diagnosis:"))["L"] == "BM"


def test_review_p135_narrowings_keep_the_result_after_the_cue() -> None:
    # a relative's hearsay, an image's look and a clinical impression reach only to a comma, a dash or an "and"
    assert labels("Her mother told her it was nothing, and the core biopsy reported invasive lobular carcinoma of "
                  "the left breast.\n")["L"] == "M"
    assert labels("Sa mère lui disait que c'était bénin, mais la biopsie montre un carcinome canalaire infiltrant du "
                  "sein droit.\n")["R"] == "M"
    assert labels("The scan looked like a fibroadenoma and the core biopsy reported a benign phyllodes tumour of the "
                  "right breast.\n")["R"] == "M"
    assert labels("Left breast, wide local excision: the clinical impression was correct - invasive ductal carcinoma, "
                  "grade 2, 22 mm.\n")["L"] == "M"
    # a pathologist's certainty grades or measures what it names
    assert labels("ADDENDUM: Dr Ruth Mensah has reviewed the levels of the left breast core; she is certain it is "
                  "invasive ductal carcinoma, grade 1, 4 mm.\n")["L"] == "M"
    # the French negations end at "mais"
    assert labels("Sein gauche, exérèse:\nCe n'est pas un adénofibrome mais une tumeur phyllode bénigne de 45 mm.\n"
                  )["L"] == "M"
    assert labels("Sein droit, macrobiopsie:\nPas d'hyperplasie atypique, mais un carcinome canalaire in situ de bas "
                  "grade.\n")["R"] == "M"


def test_review_p135_narrowings_of_the_headings_queries_and_differentials() -> None:
    # "rendered by" a named pathologist is our own diagnosis
    assert labels("SURGICAL PATHOLOGY REPORT\nDiagnosis rendered by Dr. M. Lopez, attending pathologist:\n"
                  "Left breast, 4:00, core biopsy: Invasive ductal carcinoma, grade 2.\n")["L"] == "M"
    # a bracketed question after the breast asks about something else
    assert labels("DIAGNOSIS: Invasive ductal carcinoma of the right breast (? multifocal on imaging), grade 2.\n"
                  )["R"] == "M"
    # a core's or a cytology's own open differential sent on for a biopsy stays open
    assert labels("Left breast, 2 o'clock, core biopsy: fibroepithelial lesion, B3; fibroadenoma vs phyllodes "
                  "tumour, for vacuum biopsy or excision.\n")["L"] == "?"
    assert labels("CYTOLOGY REPORT\nRight breast, 12 o'clock, FNA: atypical papillary cell groups (C3), ?papilloma vs "
                  "papillary carcinoma, for core biopsy.\n")["R"] == "?"
    # "cannot tell whether" doubts the margin, not the carcinoma; between two options it is a differential
    assert labels("Right breast, wide local excision: we cannot tell whether the invasive ductal carcinoma (grade 2, "
                  "14 mm) reaches the anterior margin, which is cauterised.\n")["R"] == "M"
    assert labels("Left breast, 1 o'clock, core biopsy:\nAtypical intraductal epithelial proliferation. We can't tell "
                  "if it is ADH or low-grade DCIS on this material; excision recommended.\n")["L"] == "?"
    assert labels("Left breast, re-excision: cannot tell whether this is residual ductal carcinoma in situ or a new "
                  "focus of ductal carcinoma in situ; 6 mm.\n")["L"] == "M"
