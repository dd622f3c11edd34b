"""Pathology rules developed on released batch b95, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_CONSENT_HEAD = ("CONSENT FORM 1 - PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT\n"
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
    # near miss: the diagnosis box names the scar and the carcinoma the patient has
    assert labels(_CONSENT_HEAD
                  + "Right breast core: radial scar. Left breast core: invasive carcinoma of no special type.\n"
                  "Risks: bleeding, infection.\n") == {"L": "M", "R": "B"}


def test_a_patients_statement_on_a_consent_form_is_her_own_account() -> None:
    text = (_CONSENT_HEAD + "Right breast core: fibroadenoma.\n"
            "Statement of patient: I agree. I understand this operation is to find out whether there is a cancer.\n")
    assert labels(text) == {"L": "-", "R": "B"}
    # near miss: a translated report's "Statement:" heading (its conclusion) still gives the diagnosis
    assert labels("Statement: Right breast, core biopsy: invasive lobular carcinoma.\n") == {"L": "-", "R": "M"}


_OPEN_QUESTION = ("FINAL DIAGNOSIS:\n"
                  "RIGHT BREAST, 2 O'CLOCK, CORE BIOPSY:\n"
                  "- INVASIVE CARCINOMA, DUCTAL VERSUS LOBULAR TYPE; IMMUNOHISTOCHEMISTRY TO FOLLOW.\n"
                  "LEFT BREAST, 9 O'CLOCK, CORE BIOPSY:\n"
                  "- SCLEROSING ADENOSIS.\n\n")


def test_an_addendum_naming_no_side_settles_the_breast_whose_question_was_open() -> None:
    # the addendum answers the right breast's "ductal versus lobular" question; the left breast's diagnosis stands
    assert labels(_OPEN_QUESTION
                  + "ADDENDUM:\nE-cadherin shows strong membranous staining. Final diagnosis: invasive ductal "
                  "carcinoma, grade 2.\n") == {"L": "B", "R": "M"}
    # near miss: an addendum that names its own side speaks of that side
    assert labels(_OPEN_QUESTION
                  + "ADDENDUM:\nLeft breast core, further levels: atypical ductal hyperplasia. Final diagnosis: "
                  "atypical ductal hyperplasia.\n") == {"L": "B", "R": "M"}
