"""Pathology rules developed on released batch b86, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_PROFORMA = ("NORTHERN REGIONAL SARCOMA SERVICE - MDT REFERRAL PROFORMA (BREAST / TRUNK)\n"
             "Referral date: 02/02/2026     MDT date: 09/02/2026     Sarcoma MDT ref: NRSS-26-0141\n"
             "Referring clinician: Mr T. Osei, Breast Surgeon\n\n"
             "Reason for referral: {reason}\n\n"
             "Histology (paste report in full): Lab no. K26/H/00388\n"
             "  \"{histology}\"\n\n"
             "MDT OUTCOME: {outcome}\n")


def _proforma(histology: str, outcome: str, reason: str = "Right breast mass.") -> dict[str, str]:
    return labels(_PROFORMA.format(histology=histology, outcome=outcome, reason=reason))


def test_a_team_named_after_the_disease_it_treats_is_a_name() -> None:
    # "Sarcoma MDT ref", "sarcoma MDT", "sarcoma pathologist": the team, not a sarcoma
    assert _proforma("Right breast, excision: hamartoma, 72 mm. No evidence of malignancy.",
                     "Benign; discharge from sarcoma MDT.") == {"L": "-", "R": "-"}
    assert _proforma("Right breast, core biopsy: fibroadenoma.",
                     "Excise; sarcoma pathologist to review excision specimen.") == {"L": "-", "R": "B"}
    assert labels("Right breast core: fibroadenoma.\nDiscussed at the breast cancer multidisciplinary team meeting.") == {
        "L": "-", "R": "B"}
    # near miss: a sarcoma diagnosed in the sentence before the team labels
    assert _proforma("Right breast, excision: high-grade sarcoma; MDT to discuss.",
                     "Wide excision.") == {"L": "-", "R": "M"}
    assert labels("Right breast excision: angiosarcoma MDT to discuss.") == {"L": "-", "R": "M"}


_GP_REPORT = ("HALCYON LIFE PLC - PRIVATE MEDICAL ATTENDANT'S REPORT\n"
              "Case ref: HL/UW/26/005102     Applicant: Ms N. OKORO\n\n"
              "{own_heading}\n"
              "\"{own_words}\"\n\n"
              "SECTION B - MEDICAL ATTENDANT'S REPORT\n"
              "B1. Diagnosis and date: breast lump 03/2025.\n"
              "B2. {question}: {answer}\n"
              "B3. Histology (please attach or transcribe the report):\n"
              "    \"{histology}\"\n\n"
              "Signed: Dr C. Whitmore, GP        Date: 30/01/2026\n"
              "{staff}\n")


def _gp_report(histology: str, own_heading: str = "SECTION A - DECLARATION BY THE PROPOSED LIFE INSURED",
               own_words: str = "No breast problems.", question: str = "Current status", answer: str = "well.",
               staff: str = "FOR UNDERWRITING USE ONLY") -> dict[str, str]:
    return labels(_GP_REPORT.format(histology=histology, own_heading=own_heading, own_words=own_words,
                                    question=question, answer=answer, staff=staff))


_BENIGN_TISSUE = "Right breast, core biopsy: fibrocystic change. No atypia or malignancy."


def test_an_applicants_declaration_is_her_own_account() -> None:
    # what the applicant says she was told, under her own part of the form, is history
    for heading in ("PART 1 - APPLICANT'S CONSENT AND DECLARATION", "SECTION A - DECLARATION BY THE PROPOSED LIFE INSURED",
                    "PART A - PROPOSER'S DECLARATION"):
        assert _gp_report(_BENIGN_TISSUE, own_heading=heading,
                          own_words="Right breast lump 2025, I was told it was a cyst.") == {"L": "-", "R": "-"}
    # near miss: the histology transcribed by the doctor labels
    assert _gp_report("Right breast, core biopsy: simple cyst. No atypia.",
                      own_heading="PART 1 - APPLICANT'S CONSENT AND DECLARATION") == {"L": "-", "R": "B"}


def test_a_lettered_form_question_asking_for_a_history_is_history() -> None:
    # "B2. Family history:" (and "Q2. Family history:") asks for a relative's disease, not this patient's
    for question in ("Family history", "Past medical history"):
        assert _gp_report("Right breast, risk-reducing mastectomy: benign breast tissue.", question=question,
                          answer="mother breast cancer age 44.") == {"L": "-", "R": "-"}
    assert labels("Q2. Family history: sister breast cancer at 40.\n"
                  "Q3. Histology: Left breast core: fibroadenoma.\n") == {"L": "B", "R": "-"}
    # near miss: the histology transcribed under the next lettered question still labels
    assert _gp_report("Right breast, mastectomy: invasive ductal carcinoma, grade 2.", question="Family history",
                      answer="mother breast cancer age 44.") == {"L": "-", "R": "M"}


def test_an_underwriters_block_with_notes_on_its_own_line_never_labels() -> None:
    # "FOR UNDERWRITER USE ONLY: ..." holds the underwriter's notes, also on the heading's own line
    for staff in ("FOR UNDERWRITER USE ONLY: left DCIS noted - refer to CMO.",
                  "FOR UNDERWRITING USE ONLY - L DCIS; postpone 2 years."):
        assert _gp_report(_BENIGN_TISSUE, staff=staff) == {"L": "-", "R": "-"}
    # near miss: a line that only mentions underwriting use is no such block
    assert labels("Left breast core: DCIS, for underwriting use only as documented.\n") == {"L": "M", "R": "-"}


def test_a_chest_wall_bone_is_another_organ() -> None:
    # a rib, the sternum or a clavicle named first in the specimen's site is no breast specimen
    assert _proforma("Left 5th rib and overlying chest wall soft tissue, core biopsy: high-grade osteosarcoma, with "
                     "malignant osteoid. No breast tissue is present in the sample.",
                     "Staging CT; thoracic surgery opinion.") == {"L": "-", "R": "-"}
    assert labels("Right sternum, core biopsy: metastatic carcinoma, consistent with the known breast primary.") == {
        "L": "-", "R": "-"}
    # near miss: a breast specimen reaching the rib, and a chest wall recurrence, stay the breast
    assert labels("Left breast and underlying rib, excision: invasive ductal carcinoma invading the rib.") == {
        "L": "M", "R": "-"}
    assert labels("Left chest wall, core biopsy: recurrent invasive ductal carcinoma.") == {"L": "M", "R": "-"}
