"""Pathology rules developed on released batch b95, one class per test (new wording, with its near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_CONSENT_HEAD = ("Hartwell Vale Hospitals   Department of Breast Surgery\n"
                 "PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT (consent form 1)\n"
                 "Name of proposed procedure: RIGHT wide local excision\n\n"
                 "Diagnosis / histology (as discussed with patient):\n")


def test_a_consent_forms_benefits_and_risks_name_no_diagnosis() -> None:
    # the operation's intended benefits and its risks (a scar, a cancer found at surgery) are no diagnosis
    assert labels(_CONSENT_HEAD
                  + "Right breast 10 o'clock core: fibroadenoma.\n\n"
                  "Intended benefits: removal of the lump; exclude breast cancer.\n"
                  "Risks and complications: bleeding, infection, scar, further surgery if cancer is found.\n"
                  "Signed: A. Surgeon\n") == {"L": "-", "R": "B"}
    assert labels(_CONSENT_HEAD
                  + "Right breast core: ductal carcinoma in situ, high grade.\n"
                  "Statement of health professional - intended benefits: treatment of breast cancer.\n"
                  "Material risks: haematoma, seroma, scar, small residual risk of breast cancer remains.\n"
                  ) == {"L": "-", "R": "M"}
    # near miss: the form's diagnosis box names the scar and the carcinoma the patient has
    assert labels(_CONSENT_HEAD
                  + "Right breast core: radial scar. Left breast core: invasive carcinoma of no special type.\n"
                  "Risks: bleeding, infection.\n") == {"L": "M", "R": "B"}


def test_a_patients_statement_on_a_consent_form_is_her_own_account() -> None:
    text = (_CONSENT_HEAD + "Right breast core: fibroadenoma.\n"
            "Statement of patient: I agree. I understand this operation is to find out whether there is a cancer.\n")
    assert labels(text) == {"L": "-", "R": "B"}
    # near miss: a translated report's "Statement:" heading (its conclusion) still gives the diagnosis
    assert labels("Statement: Right breast, core biopsy: invasive lobular carcinoma.\n") == {"L": "-", "R": "M"}


def test_risks_and_benefits_headings_outside_a_consent_form_hide_no_histology() -> None:
    # an MDT outcome's "Risks and benefits:" heading, the histology below it
    assert labels("BREAST MDT OUTCOME 12/03/2026\nPlan agreed; consent for surgery to be taken in clinic.\n"
                  "Risks and benefits:\nDiscussed with the patient; she wishes to proceed.\n"
                  "Left breast 2 o'clock core biopsy: invasive carcinoma of no special type, grade 2.\n"
                  "Right breast core biopsy: fibroadenoma.\n") == {"L": "M", "R": "B"}
    # a clinic letter's "Material risks:" with the histology under it
    assert labels("Dear Dr Patel,\nI saw Mrs Doe in the breast clinic today.\n"
                  "Material risks:\nLeft breast core biopsy: ductal carcinoma in situ, high grade.\n"
                  "We discussed a wide local excision.\n") == {"L": "M", "R": "-"}
    # a clinic letter that mentions the consent form in its body is no consent form
    assert labels("Dear Dr Patel,\nI saw Mrs Doe in the breast clinic today.\nThe consent form was signed.\n"
                  "Risks: Right breast core biopsy: invasive lobular carcinoma.\n") == {"L": "-", "R": "M"}


_OPEN_QUESTION = ("FINAL DIAGNOSIS:\n"
                  "RIGHT BREAST, 2 O'CLOCK, CORE BIOPSY:\n"
                  "- INVASIVE CARCINOMA, DUCTAL VERSUS LOBULAR TYPE; IMMUNOHISTOCHEMISTRY TO FOLLOW.\n"
                  "LEFT BREAST, 9 O'CLOCK, CORE BIOPSY:\n"
                  "- FIBROADENOMA.\n\n")


def test_an_addendum_naming_no_side_settles_the_breast_whose_pending_study_it_reports() -> None:
    # the addendum reports the immunohistochemistry the right breast's diagnosis left to come
    assert labels(_OPEN_QUESTION
                  + "ADDENDUM:\nImmunohistochemistry: E-cadherin shows strong membranous staining. Final diagnosis: "
                  "invasive ductal carcinoma, grade 2.\n") == {"L": "B", "R": "M"}
    # a comment between the diagnosis and the addendum changes nothing
    assert labels(_OPEN_QUESTION
                  + "COMMENT: The left breast fibroadenoma is concordant with the imaging.\n\n"
                  "ADDENDUM:\nImmunohistochemistry: E-cadherin negative. Final diagnosis: invasive lobular carcinoma.\n"
                  ) == {"L": "B", "R": "M"}


_E_CADHERIN = ("FINAL DIAGNOSIS:\nLEFT BREAST, CORE BIOPSY:\n"
               "- INVASIVE CARCINOMA, DUCTAL VERSUS LOBULAR; E-CADHERIN TO FOLLOW.\n"
               "RIGHT BREAST, CORE BIOPSY:\n- FIBROADENOMA.\n\n")


def test_an_addendum_that_answers_no_open_question_is_not_moved() -> None:
    # a withdrawn carcinoma does not stay malignant
    withdrawn = labels("FINAL DIAGNOSIS:\nLEFT BREAST, CORE BIOPSY:\n- INVASIVE CARCINOMA; MYOEPITHELIAL MARKERS TO "
                       "FOLLOW.\nRIGHT BREAST, CORE BIOPSY:\n- FIBROADENOMA.\n\nADDENDUM:\nMyoepithelial markers (p63, "
                       "calponin) show an intact layer. The previously reported carcinoma is not confirmed; sclerosing "
                       "adenosis.\n")
    assert "M" not in withdrawn["L"] and withdrawn["R"] == "B"
    # receptor studies on the other breast's carcinoma do not move onto the benign breast with a study pending
    assert labels("FINAL DIAGNOSIS:\nLEFT BREAST, CORE BIOPSY:\n- PAPILLOMA; IMMUNOHISTOCHEMISTRY TO FOLLOW.\n"
                  "RIGHT BREAST, CORE BIOPSY:\n- INVASIVE CARCINOMA OF NO SPECIAL TYPE.\n\nADDENDUM:\n"
                  "Immunohistochemistry on the invasive carcinoma: ER positive, HER2 negative. Invasive carcinoma, no "
                  "special type.\n") == {"L": "B", "R": "M"}
    # a study pending on both breasts: the addendum is not given to either
    both = labels("FINAL DIAGNOSIS:\nLEFT BREAST, CORE BIOPSY:\n- INVASIVE CARCINOMA, DUCTAL VERSUS LOBULAR; "
                  "E-CADHERIN TO FOLLOW.\nRIGHT BREAST, CORE BIOPSY:\n- PAPILLARY LESION; E-CADHERIN TO FOLLOW.\n\n"
                  "ADDENDUM:\nE-cadherin negative. Final diagnosis: invasive lobular carcinoma.\n")
    assert both == {"L": "-", "R": "M"}
    # an "AMENDED DIAGNOSIS" block is no addendum answering a question: it replaces the diagnosis
    assert labels(_E_CADHERIN + "AMENDED DIAGNOSIS:\nBenign breast tissue with sclerosing adenosis; no carcinoma.\n"
                  )["L"] != "M"
    # an addendum naming its side speaks of that side ("clearing both" breasts in its words)
    named = labels(_E_CADHERIN + "ADDENDUM:\nLeft breast core, E-cadherin: lost. Invasive lobular carcinoma; no other "
                   "lesion in either breast.\n")
    assert named == {"L": "M", "R": "B"}
