"""Pathology rules developed on released batches b129 and b130, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.labels import pathology_codes as labels

_SCHEDULE = ("MINISTRY FOR HEALTH - ENTITLEMENT UNIT\nApplication for Schedule V - Form SV-1\n\n"
             "B. Condition\n   Iskeda V Nru 12 - Neoplazmi malinni [Schedule V No. 12 - Malignant neoplasms]\n\n"
             "C. Histopathology report H26/05517:\n"
             "   \"RIGHT BREAST, 10 O'CLOCK, CORE BIOPSY: DUCTAL CARCINOMA IN SITU, INTERMEDIATE GRADE.\"\n\n"
             "D. Medicines\n   Tamoxifen 20 mg daily\n")
_HISTOLOGY = "   \"RIGHT BREAST, 10 O'CLOCK, CORE BIOPSY: DUCTAL CARCINOMA IN SITU, INTERMEDIATE GRADE.\"\n"
_BENIGN = "   \"Left breast, wire-guided excision: atypical ductal hyperplasia. No in situ or invasive carcinoma.\"\n"


def test_a_schedules_numbered_entry_named_by_its_disease_class_is_no_diagnosis() -> None:
    # a free-medicines schedule's entry, the plural class of disease with the entry's number beside it on its line
    # ("Schedule V No. 12 - Malignant neoplasms", "[Malignant neoplasms - No. 12]", "[Malignant neoplasms] (Nru 12)"):
    # the list's heading, only the quoted histology labels
    assert labels(_SCHEDULE) == {"L": "-", "R": "M"}
    for line in ("Kundizzjoni [Condition]: Neoplazmi malinni - Nru 12 [Malignant neoplasms - No. 12]",
                 "Kundizzjoni [Condition]: Neoplazmi malinni [Malignant neoplasms] (Nru 12)",
                 "Condition: Item 12: Malignant neoplasms"):
        text = _SCHEDULE.replace("Iskeda V Nru 12 - Neoplazmi malinni [Schedule V No. 12 - Malignant neoplasms]", line)
        assert labels(text) == {"L": "-", "R": "M"}, line
    benign = _SCHEDULE.replace(_HISTOLOGY, _BENIGN)
    assert labels(benign) == {"L": "B", "R": "-"}
    # near misses: a singular neoplasm, a line without the entry's number, and a bracket with a size, no entry number,
    # keep the old reading (the generic word labels a breast)
    assert labels(benign.replace("Malignant neoplasms]", "Malignant neoplasm]"))["L"] == "BM"
    assert labels(benign.replace("Iskeda V Nru 12 - Neoplazmi malinni [Schedule V No. 12 - Malignant neoplasms]",
                                 "Malignant neoplasms of the left breast"))["L"] == "BM"
    assert labels(benign.replace("Iskeda V Nru 12 - Neoplazmi malinni [Schedule V No. 12 - Malignant neoplasms]",
                                 "Condition: Malignant neoplasms (12 mm)"))["L"] == "BM"
    # ... and only on a schedule's form, a schedule or entitlement word (or the Maltese entry's name) on the entry's
    # line or the line above it: a numbered entry under a bare heading, a report's numbered specimen, synoptic item,
    # case or bed, a number given to a specimen, and an entry naming a side or a count keep the old reading
    entry = "Iskeda V Nru 12 - Neoplazmi malinni [Schedule V No. 12 - Malignant neoplasms]"
    assert labels(benign.replace(entry, "Item 12 - Malignant neoplasms"))["L"] == "BM"
    assert labels(benign.replace(entry, "Schedule V Item 12 - Malignant neoplasms"))["L"] == "B"
    assert labels(benign.replace(entry, "Schedule V, no. 12 — malignant neoplasms"))["L"] == "B"
    assert labels(benign.replace(entry, "Schedule V (No. 12) Malignant neoplasms"))["L"] == "B"
    assert labels(benign.replace(entry, "Schedule V: Specimen No. 2 - malignant neoplasms"))["L"] == "BM"
    assert labels(benign.replace(entry, "Schedule V No. 12 - Malignant neoplasms of the left breast, two foci"))["L"] == "BM"
    for text, side in (("ADDENDUM\nSpecimen No. 2 - Left breast, two separate malignant neoplasms.", "L"),
                       ("SYNOPTIC REPORT\nItem 3 - Malignant neoplasms identified: 2, right breast", "R"),
                       ("MDT list\nCase No. 12 - Malignant neoplasms of the left breast; for mastectomy.", "L"),
                       ("Ward handover\nBed No. 12 - malignant neoplasms, right breast, for mastectomy.", "R")):
        assert labels(text)[side] == "M", text


_REFERRAL = ("Diagnosis: Idiopathic granulomatous mastitis, left breast, with recurrent abscesses.\n"
             "She was initially referred with concern for cancer, which has been excluded.\n"
             "Pathology: LEFT BREAST, 3:00, CORE BIOPSY: GRANULOMATOUS LOBULAR MASTITIS. NEGATIVE FOR MALIGNANCY.\n")


def test_a_referrals_concern_for_a_cancer_is_no_diagnosis() -> None:
    # the question a patient was referred, presented or seen with ("referred with concern for cancer") is no diagnosis
    assert labels(_REFERRAL) == {"L": "-", "R": "-"}
    assert labels(_REFERRAL.replace("referred with concern", "seen with clinical concern")) == {"L": "-", "R": "-"}
    assert labels(_REFERRAL.replace("referred with concern", "presented with a concern")) == {"L": "-", "R": "-"}
    # near misses: a concern of the report's own reading after a colon, and a cancer the referral found, keep the old
    # reading
    assert labels(_REFERRAL.replace("She was initially referred with concern for cancer, which has been excluded.",
                                    "Left breast core: invasive ductal carcinoma; concern: cancer."))["L"] == "M"
    assert labels(_REFERRAL.replace("She was initially referred with concern for cancer, which has been excluded.",
                                    "She was referred with a lump; left breast cancer was confirmed."))["L"] == "M"
    # ... and the concern covers its own noun phrase only, the entity named right after it (its article and two words
    # at most between): a finding told further on in its sentence is the report's
    referral = "She was initially referred with concern for cancer, which has been excluded."
    for sentence in ("She presented with concern for cancer and biopsy proved invasive ductal carcinoma in the left breast.",
                     "The patient, who presented with concern for malignancy, has invasive lobular carcinoma of the left "
                     "breast.",
                     "Seen with concern for cancer in the right breast and the left breast core is ductal carcinoma in situ.",
                     "Referred with concern for Paget disease and Paget disease of the left nipple is confirmed."):
        assert labels(_REFERRAL.replace(referral, sentence))["L"] == "M", sentence
    assert labels(_REFERRAL.replace("referred with concern", "referred by her GP with concern")) == {"L": "-", "R": "-"}
    # ... and no question when its own clause goes on to confirm or prove the entity (final review pfinal13 E01, E02)
    for sentence in ("Referred with concern for DCIS, confirmed on the left breast core biopsy.",
                     "Referred with concern for DCIS proven on the left breast core.",
                     "Left breast was referred with concern for malignancy and shows invasive ductal carcinoma on core.",
                     "She presented with concern for cancer in her left breast, which has been confirmed."):
        assert labels(_REFERRAL.replace(referral, sentence))["L"] == "M", sentence
    # near misses: a confirmation denied or still to come keeps the question
    for sentence in ("Referred with concern for DCIS, not confirmed on the left breast core biopsy.",
                     "Referred with concern for DCIS, to be confirmed on the left breast core biopsy."):
        assert labels(_REFERRAL.replace(referral, sentence)) == {"L": "-", "R": "-"}, sentence


_FORM = ("Q1. Nature of the circumstances (brief):\nInvestigation and treatment of a left breast lesion found on "
         "ultrasound.\n\nQ2. Relevant investigation results:\nLeft breast 1 o'clock, vacuum-assisted excision 08/01/2026, "
         "histology TR26/0433 (verbatim): \"Radial\nscar (complex sclerosing lesion), 9 mm, excised. No atypia. No "
         "evidence of malignancy. B3.\"\n\nQ3. Dates affected: 02/01/2026 to 19/01/2026\n")


def test_a_forms_question_on_the_current_condition_or_its_results_is_no_history() -> None:
    # a form's numbered question asking for the results of the investigations, or for what the patient is being
    # treated for, is answered by the current condition: its quoted histology labels
    assert labels(_FORM) == {"L": "B", "R": "-"}
    for heading in ("Q2. Investigation results:", "Q2) Results of relevant investigations:",
                    "Q2. What condition(s) is the applicant being treated for?",
                    "Q2. What illness is the patient currently being treated for?"):
        text = _FORM.replace("Q2. Relevant investigation results:", heading)
        assert labels(text) == {"L": "B", "R": "-"}, heading
    # near misses: a question asking for the past history or the previous results, or a question of another kind
    # after the history question, keep the old reading (history, no label)
    assert labels(_FORM.replace("Q2. Relevant investigation results:", "Q2. Past medical history:")) == {"L": "-", "R": "-"}
    assert labels(_FORM.replace("Q2. Relevant investigation results:", "Q2. Previous investigations:")) == {"L": "-", "R": "-"}
    assert labels(_FORM.replace("Q2. Relevant investigation results:", "Q2. Impact on study:")) == {"L": "-", "R": "-"}
    assert labels(_FORM.replace("Q2. Relevant investigation results:",
                                "Q2. Previous investigation results:")) == {"L": "-", "R": "-"}


_ADDENDUM = ("ADDENDUM 01/14/2026:\nCK5/6 shows a mosaic pattern. Final diagnosis:\natypical ductal hyperplasia. "
             "This resolves the ADH versus DCIS question raised in the original report; DCIS is not diagnosed.\n\n"
             "FINAL DIAGNOSIS 01/10/2026:\nLEFT BREAST, 10:00, STEREOTACTIC CORE:\n  ATYPICAL INTRADUCTAL PROLIFERATION, "
             "ATYPICAL DUCTAL HYPERPLASIA VERSUS LOW-GRADE DUCTAL CARCINOMA IN SITU.\n")


def test_an_addendum_resolving_the_original_reports_differential_closes_it() -> None:
    # a later result that names the earlier report's differential as the question it settles withdraws both options
    # (there and in the earlier report printed below it): the final diagnosis labels alone
    assert labels(_ADDENDUM) == {"L": "B", "R": "-"}
    for clause in ("This settles the ADH vs low-grade DCIS question raised in the initial report",
                   "This resolves the ADH versus DCIS differential posed in the original report"):
        text = _ADDENDUM.replace("This resolves the ADH versus DCIS question raised in the original report", clause)
        assert labels(text) == {"L": "B", "R": "-"}, clause
    # near misses: a question not resolved, and one with no earlier report named, keep the old reading (review)
    assert labels(_ADDENDUM.replace("This resolves", "This does not resolve"))["L"] == "?"
    assert labels(_ADDENDUM.replace("raised in the original report", "in this case"))["L"] == "?"
    # ... and (final review pfinal13 E03-E06) one whose subject is not "this" at its sentence's start, or not in the
    # indicative, one with no final diagnosis naming an option, and one beside the earlier report's own malignancy
    for subject in ("It is hoped that the planned excision resolves", "The planned excision resolves", "This would resolve"):
        assert labels(_ADDENDUM.replace("This resolves", subject))["L"] == "?", subject
    assert labels(_ADDENDUM.replace("CK5/6 shows a mosaic pattern. Final diagnosis:\natypical ductal hyperplasia. ",
                                    "CK5/6 shows a mosaic pattern.\n"))["L"] == "?"
    assert labels("ADDENDUM: Final diagnosis: atypical ductal hyperplasia. This resolves the ADH versus DCIS question "
                  "raised in the original report.\nORIGINAL REPORT: Left breast core: ADH versus low-grade DCIS. "
                  "Separately, invasive ductal carcinoma, grade 2, is present in a second core.")["L"] == "?"
    # the withdrawal reaches the options of the earlier "X versus Y" only: another part's DCIS on the other side labels
    two_parts = ("ADDENDUM (part A only): Final diagnosis for part A: atypical ductal hyperplasia. This resolves the "
                 "ADH versus DCIS question raised in the original report.\nORIGINAL REPORT:\nA. Left breast, core: ADH "
                 "versus low-grade DCIS.\nB. Left breast, 2 o'clock, core: fibroadenoma.\n")
    assert labels(two_parts)["L"] == "B"


_LETTER = ("Dear Collections Support Team,\n\nIn November 2025 she had a biopsy of a small lesion behind the left nipple. "
           "The first\npathology report from the local hospital read \"intraductal papilloma with low grade ductal "
           "carcinoma in\nsitu\". The slides were then reviewed at the regional centre, whose report states:\n"
           "   \"Review diagnosis: Left breast, retroareolar, core biopsy: intraductal papilloma with atypical ductal\n"
           "   hyperplasia. The referring diagnosis of DCIS is not supported; this review diagnosis replaces it.\"\n\n"
           "Yours sincerely,\n")


def test_a_review_replacing_the_referring_diagnosis_drops_its_earlier_quotation() -> None:
    # a review that calls the diagnosis it was sent unsupported and replaced by its own withdraws that finding wherever
    # the letter quotes it
    assert labels(_LETTER) == {"L": "B", "R": "-"}
    for clause in ("The original diagnosis of DCIS is not upheld, and this review diagnosis supersedes it",
                   "The initial diagnosis of low-grade DCIS is not confirmed; this diagnosis replaces it"):
        text = _LETTER.replace("The referring diagnosis of DCIS is not supported; this review diagnosis replaces it",
                               clause)
        assert labels(text) == {"L": "B", "R": "-"}, clause
    # near misses: a referring diagnosis doubted without a replacing clause, and one the review keeps, keep the old
    # reading (the earlier quotation labels)
    assert labels(_LETTER.replace("; this review diagnosis replaces it", ""))["L"] == "BM"
    assert labels(_LETTER.replace("is not supported; this review diagnosis replaces it",
                                  "is supported; this review diagnosis agrees with it"))["L"] == "BM"
    # ... and (final review pfinal13 E07-E09) only the referring mentions go: the review's own diagnosis of the same
    # finding, a later specimen's and another part's stay
    assert labels("SECOND OPINION - Right breast excision\nSubmitted diagnosis: malignant phyllodes tumour.\n"
                  "Our diagnosis: benign phyllodes tumour with focal stromal cellularity.\nThe submitted diagnosis of "
                  "malignant phyllodes tumour is not supported; this review diagnosis replaces it.")["R"] == "M"
    assert labels("CONSULTATION\nRight breast core: outside diagnosis DCIS; the referring diagnosis of DCIS is not "
                  "supported; this review diagnosis replaces it: usual ductal hyperplasia.\nRight breast wide local "
                  "excision (this institution): ductal carcinoma in situ, high grade, 15 mm.")["R"] == "M"
    assert labels("CONSULTATION REPORT\nA. Left breast core (referred as DCIS): flat epithelial atypia. The referring "
                  "diagnosis of DCIS is not supported; this review diagnosis replaces it.\nB. Right breast excision: "
                  "ductal carcinoma in situ, high grade; we agree with the referring diagnosis.") == {"L": "B", "R": "M"}


_HOUSING = ("1. Medical condition(s) on which the application is based:\n   Breast cancer history with recent recurrence in "
            "the left axilla; chronic pain; depression.\n\n2. Relevant history (with dates):\n   Left breast cancer "
            "treated in 2016. \"Left axillary lymph node, core biopsy: metastatic carcinoma, consistent with breast\n"
            "   primary.\" Breast imaging of both sides showed no new lesion.\n")


def test_a_cancer_history_with_its_recurrence_in_the_axilla_is_history() -> None:
    # the disease named as the history its recurrence in the nodes comes from: no breast's current cancer
    assert labels(_HOUSING) == {"L": "-", "R": "-"}
    for phrase in ("Breast cancer history with relapse in the right axilla",
                   "Breast cancer history with a recurrence in the left axillary lymph nodes",
                   "Breast cancer history with new nodal recurrence in the supraclavicular nodes"):
        text = _HOUSING.replace("Breast cancer history with recent recurrence in the left axilla", phrase)
        assert labels(text) == {"L": "-", "R": "-"}, phrase
    # near misses: a recurrence in the breast, a history heading with its colon, and no history noun keep the old
    # reading (the cancer labels its side)
    assert labels(_HOUSING.replace("in the left axilla", "in the left breast"))["L"] == "M"
    assert labels(_HOUSING.replace("Breast cancer history with recent recurrence in the left axilla",
                                   "Breast cancer history: left IDC 2026"))["L"] == "M"
    assert labels(_HOUSING.replace("Breast cancer history with recent", "Left breast cancer with recent"))["L"] == "M"


_SKIN = ("Dear Team,\n\nThe laboratory reported:\n   \"A. Skin of right breast, inframammary, punch biopsy: basal cell "
         "carcinoma, excised.\n    B. Left breast, 2 o'clock, core biopsy: invasive ductal carcinoma, grade 2.\"\n\n"
         "The skin lesion on the right side was a minor skin cancer that has already been fully treated. The left\n"
         "breast result is a breast cancer, for which she is having surgery.\n")


def test_a_letters_lay_skin_cancer_is_no_breasts() -> None:
    # a letter's lay "skin cancer" is the skin's own cancer (here the basal cell carcinoma), no breast's
    assert labels(_SKIN) == {"L": "M", "R": "-"}
    for phrase in ("was a small skin cancer", "was the skin  cancer"):
        assert labels(_SKIN.replace("was a minor skin cancer", phrase)) == {"L": "M", "R": "-"}, phrase
    # near misses: a skin cancer its clause places in the breast, and a cancer without the skin word, keep the old
    # reading (the right breast labelled)
    assert labels(_SKIN.replace("that has already been fully treated",
                                "that has spread into the right breast"))["R"] == "M"
    assert labels(_SKIN.replace("was a minor skin cancer", "was a minor cancer"))["R"] == "M"
