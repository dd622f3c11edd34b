"""Radiology b93: a second-read form's "Final BI-RADS (left): 3" replaces the requesting site's preliminary category; an
MDM list's imaging line gives its "BI-RADS per breast: Left 3, Right 1." after a sentence, and its closing "Benign
findings, both breasts." assesses both sides; a screening letter's "Ultrasound outcome (right): Incomplete - ..." is the
right side's 0; a terse note's "Known:" / "Prev:" heads its own line only; a side the report says was not examined
gives no category below it its side."""
from nlp.birads import extract_birads

_SECOND_READ = ("TELERADIOLOGY - SECOND READ REQUEST / RESPONSE\n"
                "Exam: US BREAST LEFT LIMITED     Exam date: 08/01/2026 16:40\n"
                "------------------------------------------\n"
                "SECTION A - REQUESTING SITE PRELIMINARY (general radiologist)\n"
                "Impression: Left 4:00 solid nodule, 8 mm. Prelim BI-RADS 4A.\n"
                "------------------------------------------\n"
                "SECTION B - SECOND READER, FINAL\n"
                "Findings: Left breast 4 o'clock, 8 x 5 mm oval circumscribed parallel nodule. Probable fibroadenoma.\n"
                "Final BI-RADS (left): 3 - Probably benign.\n"
                "Recommendation: Follow-up ultrasound in 6 months.\n")


def test_a_final_category_with_its_side_in_parentheses_replaces_the_preliminary_one() -> None:
    assert extract_birads(_SECOND_READ) == {"L": "3", "R": None}
    text = _SECOND_READ.replace("LEFT", "RIGHT").replace("Left", "Right").replace("(left)", "(right breast)")
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_near_miss_a_final_category_without_a_side_replaces_nothing() -> None:
    # (an unsided final line sums up: the higher category stated on the side stands, as before)
    text = _SECOND_READ.replace("Final BI-RADS (left): 3", "Final BI-RADS: 3")
    assert extract_birads(text) == {"L": "4A", "R": None}


_MDM_ENTRY = ("BREAST UNIT - WEEKLY MDM LIST - Thursday 9 April 2026\n\n"
              "Patient 2 of 10   MRN 0000001   F 28   Consultant: A. Surgeon\n"
              "Reason for discussion: Young patient, family history; left lump, management plan.\n"
              "Imaging: US BOTH BREASTS 02/04/2026 - L 14 mm oval circumscribed parallel mass 2:00, probable "
              "fibroadenoma. BI-RADS per breast: Left 3, Right 1.\n"
              "Path: Not biopsied (patient declined).\n"
              "Outcome: 6-month ultrasound; genetics referral.\n")


def test_a_per_breast_list_after_a_sentence_gives_each_side_its_category() -> None:
    assert extract_birads(_MDM_ENTRY) == {"L": "3", "R": "1"}
    text = _MDM_ENTRY.replace("BI-RADS per breast: Left 3, Right 1", "Per breast: Left 3, Right 1")
    assert extract_birads(text) == {"L": "3", "R": "1"}


def test_near_miss_a_per_breast_count_of_findings_is_no_list() -> None:
    text = _MDM_ENTRY.replace("BI-RADS per breast: Left 3, Right 1.", "Cysts per breast: Left 3 cm, right none.")
    assert extract_birads(text) == {"L": None, "R": None}


_MDM_BENIGN = ("BREAST UNIT - WEEKLY MDM LIST - Thursday 16 April 2026\n\n"
               "Patient 3 of 8   MRN 0000002   F 62   Consultant: A. Surgeon\n"
               "Reason for discussion: Axillary node on CT, ? breast primary.\n"
               "Imaging: US BOTH BREASTS AND AXILLAE 10/04/2026 - no breast mass in either breast; scattered bilateral "
               "simple cysts. The right axillary node seen on CT has a normal fatty hilum. Benign findings, both breasts.\n"
               "Path: n/a.\nOutcome: No breast primary.\n")


def test_a_category_name_with_its_sides_after_it_in_a_sentence_of_its_own_assesses_them() -> None:
    assert extract_birads(_MDM_BENIGN) == {"L": "2", "R": "2"}
    text = _MDM_BENIGN.replace("Benign findings, both breasts.", "Probably benign, left breast. Negative, right breast.")
    assert extract_birads(text) == {"L": "3", "R": "1"}


def test_near_miss_a_benign_finding_named_with_its_side_is_no_assessment() -> None:
    for sentence in ("Benign cysts, both breasts.", "Benign-appearing node, right axilla.", "Benign findings."):
        assert extract_birads(_MDM_BENIGN.replace("Benign findings, both breasts.", sentence)) == {"L": None, "R": None}


_RECALL_LETTER = ("BREAST SCREENING PROGRAMME\nAssessment Clinic\n\nDear Dr A. Doctor,\n"
                  "Your patient attended the assessment clinic on 30/03/2026.\n"
                  "Reason for recall: right breast asymmetric density.\n"
                  "At assessment: The asymmetry persisted on further views. Ultrasound of the right breast did not show a "
                  "corresponding lesion.\n"
                  "Ultrasound outcome (right): Incomplete - needs additional imaging evaluation. A contrast-enhanced MRI "
                  "of the right breast has been requested.\n\nYours sincerely,\nA. Radiologist\n")


def test_an_imaging_outcome_heading_with_its_side_gives_the_category_name_to_that_side() -> None:
    assert extract_birads(_RECALL_LETTER) == {"L": None, "R": "0"}
    text = _RECALL_LETTER.replace("Ultrasound outcome (right): Incomplete - needs additional imaging evaluation",
                                  "Mammogram result (left): Benign")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_near_miss_a_biopsy_outcome_or_a_named_finding_is_no_assessment() -> None:
    for line in ("Biopsy outcome (right): Benign.", "Pathology result (right): Negative.",
                 "Ultrasound outcome (right): Benign cyst."):
        text = _RECALL_LETTER.replace(
            "Ultrasound outcome (right): Incomplete - needs additional imaging evaluation.", line)
        assert extract_birads(text) == {"L": None, "R": None}


_TERSE_KNOWN = ("US R BREAST, post-chemo check\nKnown: R IDC 1:00, BI-RADS 5 at diagnosis.\n"
                "Mass now 9mm (was 26). Clip in situ.\nBIRADS 6 R (known ca).\n")
_TERSE_PREV = ("US L BREAST 2nd look (post MRI)\nPrev: MRI NME L UOQ.\n"
               "L 1:00 14mm irreg hypoechoic area, correlates.\nCat 4C L. US core.\n")


def test_a_terse_notes_one_word_history_heading_heads_its_own_line_only() -> None:
    assert extract_birads(_TERSE_KNOWN) == {"L": None, "R": "6"}
    assert extract_birads(_TERSE_PREV) == {"L": "4C", "R": None}
    assert extract_birads(_TERSE_PREV.replace("Prev:", "Prior:")) == {"L": "4C", "R": None}


def test_near_miss_the_history_line_and_its_wrapped_sentence_stay_history() -> None:
    assert extract_birads(_TERSE_KNOWN.replace("BIRADS 6 R (known ca).\n", "")) == {"L": None, "R": None}
    text = _TERSE_PREV.replace("Prev: MRI NME L UOQ.\n", "Prev: MRI NME L UOQ,\nBI-RADS 4B on MRI.\n").replace(
        "Cat 4C L. US core.\n", "")
    assert extract_birads(text) == {"L": None, "R": None}


_UK_CONCLUSION = ("BREAST ULTRASOUND REPORT\nClinical: L breast lump, 24, ? fibroadenoma.\n"
                  "Left breast: 16 mm oval, circumscribed, parallel hypoechoic mass at 4 o'clock. Typical of a "
                  "fibroadenoma.\nRight breast: not examined.\n"
                  "Conclusion: L U3 - probable fibroadenoma, core biopsy not needed; patient prefers follow-up.\n"
                  "(BI-RADS equivalent 3)\nDr A. Radiologist\n")


def test_a_side_not_examined_gives_no_category_below_it_its_side() -> None:
    assert extract_birads(_UK_CONCLUSION) == {"L": "3", "R": None}


def test_near_miss_a_side_examined_still_gives_its_side() -> None:
    text = _UK_CONCLUSION.replace("Left breast: 16 mm", "Left breast: normal.\nRight breast: 16 mm").replace(
        "Right breast: not examined.\n", "").replace("L U3", "R U3").replace("L breast lump", "R breast lump")
    assert extract_birads(text) == {"L": None, "R": "3"}
