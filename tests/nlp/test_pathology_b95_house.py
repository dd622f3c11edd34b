"""Pathology rules developed on released batch b95, one class per test (new wording, with its near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_CONSENT_HEAD = ("PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT (consent form 1)\n"
                 "Hartwell Vale Hospitals   Department of Breast Surgery\n"
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
    # a benign finding added to the core with the carcinoma does not take the carcinoma away
    assert labels("FINAL DIAGNOSIS:\nLEFT BREAST, CORE BIOPSY:\n- INVASIVE CARCINOMA; MYOEPITHELIAL MARKERS TO "
                  "FOLLOW.\nRIGHT BREAST, CORE BIOPSY:\n- FIBROADENOMA.\n\nADDENDUM:\nMyoepithelial markers (p63, "
                  "calponin): absent around the invasive nests, confirming invasion. Background sclerosing adenosis.\n"
                  ) == {"L": "M", "R": "B"}
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


# Near misses found on review of the rules above: each must read as it did before them.

def test_a_consent_sentence_or_a_title_below_the_first_line_makes_no_consent_form() -> None:
    # an MDT outcome / clinic letter whose second line is a sentence about consent: its "Risks and benefits" hides
    # nothing
    assert labels("BREAST MDT OUTCOME 12/03/2026\nConsent for surgery to be taken in clinic.\nRisks and benefits:\n"
                  "Discussed with the patient; she wishes to proceed.\nLeft breast 2 o'clock core biopsy showed invasive "
                  "carcinoma of no special type, grade 2.\nRight breast core biopsy showed a fibroadenoma.\n"
                  ) == {"L": "M", "R": "B"}
    assert labels("BREAST MDT OUTCOME 12/03/2026\nConsent for surgery to be taken in clinic.\nRisks and benefits: "
                  "discussed. Histology of the left breast 2 o'clock core shows invasive carcinoma of no special type, "
                  "grade 2\nand the right breast core shows a fibroadenoma.\n") == {"L": "M", "R": "B"}
    assert labels("MDT OUTCOME\nConsent to be obtained at pre-operative assessment\nComplications\nnone following "
                  "the core biopsy, which showed left breast invasive lobular carcinoma.\n") == {"L": "M", "R": "-"}
    assert labels("Dear Dr Patel,\nConsent for surgery was taken today.\nRisks and benefits\nwere discussed in the "
                  "light of her right breast invasive lobular carcinoma, confirmed on core biopsy.\n"
                  ) == {"L": "-", "R": "M"}
    assert labels("Dear Dr Patel,\nConsent form signed today for left wide local excision.\nMaterial risks\nwere "
                  "discussed. Her left breast core biopsy showed ductal carcinoma in situ, high grade, 25 mm on imaging."
                  "\nWe will proceed on 14/04.\n") == {"L": "M", "R": "-"}
    assert labels("Breast MDT outcome 03/04/2026\nWritten consent for surgery to be obtained\nRisks and benefits\n"
                  "The core biopsy of the left breast at 3 o'clock shows invasive ductal carcinoma grade 3, triple "
                  "negative.\n") == {"L": "M", "R": "-"}
    assert labels("Breast clinic letter\nPatient consent for photography obtained.\nRisks and benefits\nOf "
                  "mastectomy versus wide local excision were discussed; the right breast core biopsy showed invasive "
                  "ductal carcinoma grade 2.\n") == {"L": "-", "R": "M"}


def test_a_consent_forms_field_stops_at_a_line_reporting_a_sides_diagnosis() -> None:
    # the form's diagnosis box written without a colon, under a field
    assert labels("PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT\nProcedure: right wide local excision\nRisks: "
                  "bleeding, infection, seroma\nRIGHT BREAST CORE BIOPSY - INVASIVE LOBULAR CARCINOMA\n"
                  ) == {"L": "-", "R": "M"}
    assert labels("CONSENT FORM 1 - PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT\nName of proposed procedure: left "
                  "wide local excision\nRisks: bleeding, infection\nHistology - left breast core biopsy - invasive "
                  "carcinoma of no special type, grade 2\n") == {"L": "M", "R": "-"}
    assert labels("CONSENT FORM 1\nName of proposed procedure: left wide local excision\nIntended benefits: remove "
                  "the lump\nleft breast core biopsy showed a fibroadenoma and the patient wishes it removed\n"
                  ) == {"L": "B", "R": "-"}
    assert labels("CONSENT FORM 1 - PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT\nStatement of health professional"
                  "\nHistology (core biopsy 03/03/2026) left breast invasive carcinoma of no special type, grade 2, ER "
                  "positive\nName of proposed procedure: left wide local excision\n") == {"L": "M", "R": "-"}
    # a field that itself reports a side's biopsy diagnosis gives it ("biopsy-proven left breast ... carcinoma")
    assert labels("PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT\nName of proposed procedure: left wide local "
                  "excision and sentinel node biopsy\nStatement of health professional: I have explained the procedure "
                  "to the patient, who has a biopsy-proven left breast invasive ductal carcinoma, grade 2.\nSigned: A. "
                  "Surgeon\n") == {"L": "M", "R": "-"}
    assert labels("CONSENT FORM 1\nName of proposed procedure: left mastectomy\nIntended benefits: removal of the left "
                  "breast invasive lobular carcinoma diagnosed on core biopsy.\nRisks: bleeding, infection.\n"
                  ) == {"L": "M", "R": "-"}
    # near miss: a risk naming the side without a diagnosis after it stays a risk
    assert labels(_CONSENT_HEAD + "Right breast core: fibroadenoma.\n\nRisks: bleeding, further surgery to the right "
                  "breast if cancer is found.\n") == {"L": "-", "R": "B"}


_BASE = ("FINAL DIAGNOSIS:\nLEFT BREAST, WIDE LOCAL EXCISION:\n- INVASIVE DUCTAL CARCINOMA, GRADE 2, 18 MM.\n"
         "- MARGINS CLEAR.\n\nADDENDUM:\n")


def test_not_confirmed_about_a_carcinomas_feature_withdraws_no_carcinoma() -> None:
    # what is not confirmed is a feature of the carcinoma (its invasion of vessels, HER2, type, margin, focality, grade)
    for addendum in ("On review of further levels, lymphovascular invasion in the previously reported carcinoma is not "
                     "confirmed.\n",
                     "HER2 amplification in the previously reported invasive carcinoma was not confirmed on repeat FISH "
                     "testing (ratio 1.4).\n",
                     "E-cadherin shows strong membranous staining; the previously reported carcinoma is not confirmed "
                     "as lobular type.\n",
                     "On deeper levels the previously reported carcinoma is not confirmed to extend to the inferior "
                     "margin; margins remain clear.\n",
                     "Multifocality of the previously reported carcinoma is not confirmed on review of additional "
                     "blocks.\n",
                     "On repeat testing the previously reported carcinoma is not confirmed as triple negative; ER is "
                     "weakly positive (5%).\n",
                     "A second focus of the previously reported carcinoma is not confirmed on further sampling.\n",
                     "Grade 3 for the previously reported carcinoma is not confirmed; it remains grade 2.\n",
                     "Comparison with the 2019 specimen: the prior carcinoma is not confirmed as the same primary; this "
                     "is a new primary.\n"):
        assert labels(_BASE + addendum) == {"L": "M", "R": "-"}, addendum
    # one focus not confirmed leaves the other specimens' carcinomas
    assert labels("FINAL DIAGNOSIS:\nA. LEFT BREAST, WIDE LOCAL EXCISION: INVASIVE DUCTAL CARCINOMA, GRADE 2, 15 MM.\n"
                  "B. LEFT BREAST, ANTERIOR MARGIN SHAVE: FOCUS OF DUCTAL CARCINOMA IN SITU, LOW GRADE.\n\nADDENDUM:\n"
                  "Deeper levels of the anterior margin shave: the previously reported focus of DCIS is not confirmed; "
                  "the new margin is clear.\n") == {"L": "M", "R": "-"}
    assert labels("FINAL DIAGNOSIS:\nRIGHT BREAST, MASTECTOMY:\n- DUCTAL CARCINOMA IN SITU, HIGH GRADE, 40 MM.\n"
                  "- INVASIVE CARCINOMA, 2 MM.\n\nAMENDMENT:\nThe previously reported invasive carcinoma is not "
                  "confirmed on levels; microinvasion cannot be excluded.\n") == {"L": "-", "R": "M"}
    assert labels("FINAL DIAGNOSIS:\nLEFT BREAST, 2 O'CLOCK, CORE: INVASIVE CARCINOMA.\nLEFT BREAST, 10 O'CLOCK, "
                  "CORE: DUCTAL CARCINOMA IN SITU.\n\nADDENDUM:\nAt 10 o'clock the previously reported DCIS is not "
                  "confirmed on levels; usual ductal hyperplasia.\n") == {"L": "BM", "R": "-"}


_OTHER_CORE = ("FINAL DIAGNOSIS:\nA. LEFT BREAST, 2 O'CLOCK, CORE BIOPSY:\n- INVASIVE DUCTAL CARCINOMA, GRADE 2; HER2 TO "
               "FOLLOW.\nB. RIGHT BREAST, 10 O'CLOCK, CORE BIOPSY:\n- ATYPICAL DUCTAL HYPERPLASIA.\n\nADDENDUM:\n")


def test_an_addendum_on_the_other_breasts_finding_is_not_moved_to_the_pending_one() -> None:
    # the addendum also upgrades the other core: neither breast loses its carcinoma
    assert labels(_OTHER_CORE + "HER2 (IHC): score 0, negative.\nDeeper levels of the atypical core: final diagnosis: "
                  "low grade ductal carcinoma in situ.\n") == {"L": "M", "R": "M"}
    assert labels(_OTHER_CORE + "HER2 (IHC): score 0, negative. On deeper levels the atypical intraductal proliferation "
                  "now meets criteria for low grade ductal carcinoma in situ.\n") == {"L": "M", "R": "M"}
    assert labels("FINAL DIAGNOSIS:\nA. RIGHT BREAST, CORE BIOPSY:\n- INVASIVE CARCINOMA, DUCTAL VERSUS LOBULAR; "
                  "E-CADHERIN TO FOLLOW.\nB. LEFT BREAST, CORE BIOPSY:\n- COLUMNAR CELL LESION WITH ATYPIA (FLAT "
                  "EPITHELIAL ATYPIA).\n\nADDENDUM:\nE-cadherin: retained in the invasive carcinoma. On deeper levels "
                  "the flat atypia core now meets criteria for low grade ductal carcinoma in situ.\n"
                  ) == {"L": "M", "R": "M"}
    # without part letters, "the atypical core" still keeps the addendum off the pending breast
    unlettered = labels("FINAL DIAGNOSIS:\nLEFT BREAST, CORE BIOPSY:\n- INVASIVE DUCTAL CARCINOMA, GRADE 2; HER2 TO "
                        "FOLLOW.\nRIGHT BREAST, CORE BIOPSY:\n- ATYPICAL DUCTAL HYPERPLASIA.\n\nADDENDUM:\nHER2 "
                        "(IHC): score 0, negative.\nDeeper levels of the atypical core: final diagnosis: low grade "
                        "ductal carcinoma in situ.\n")
    assert unlettered != {"L": "M", "R": "B"}
    # a benign finding in the other (in situ) core does not take the pending breast's carcinoma
    assert labels("FINAL DIAGNOSIS:\nA. LEFT BREAST, CORE BIOPSY:\n- INVASIVE DUCTAL CARCINOMA, GRADE 2; HER2 TO "
                  "FOLLOW.\nB. RIGHT BREAST, CORE BIOPSY:\n- DUCTAL CARCINOMA IN SITU, HIGH GRADE.\n\nADDENDUM:\n"
                  "HER2 (IHC): 1+, negative. Final diagnosis: deeper levels of the in situ core also show a radial scar."
                  "\n")["L"] == "M"
