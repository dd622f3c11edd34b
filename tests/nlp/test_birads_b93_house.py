"""Radiology b93: a second-read form's "Final BI-RADS (left): 3" replaces the requesting site's preliminary category
(not under an outside / prior exam's or another modality's heading); an MDM list's imaging line gives its "BI-RADS per
breast: Left 3, Right 1." after a sentence (not a bare "Per breast:" count, nor after a sentence about last year's
scan), and its closing "Benign findings, both breasts." assesses both sides (in a report stating no other category,
not after a referral's or a dated sentence); a screening letter's "Ultrasound outcome (right): Incomplete - ..." is the
right side's 0; a terse note's "Known:" / "Prev:" heads its own line only where no heading below opens today's part;
a side the report says was not examined gives no category below it its side."""
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


def test_near_miss_a_final_category_under_an_outside_or_prior_exams_heading_replaces_nothing() -> None:
    text = ("US LEFT BREAST\nIMPRESSION: Left 2:00 irregular mass, 12 mm. BI-RADS 4B. Biopsy recommended.\n"
            "OUTSIDE FILM REVIEW (mammogram 2024, at the referrer's request)\nFinal BI-RADS (left): 2.\n")
    assert extract_birads(text) == {"L": "4B", "R": None}
    text = ("US RIGHT BREAST\nFindings: Right 10:00 irregular mass 15 mm, taller than wide.\nImpression: BI-RADS 4C.\n"
            "Prior MRI 01/2026 (outside):\nFinal BI-RADS (right): 3.\n")
    assert extract_birads(text) == {"L": None, "R": "4C"}


def test_near_miss_a_final_category_under_another_modalitys_own_heading_replaces_nothing() -> None:
    text = ("BILATERAL MAMMOGRAM AND LEFT ULTRASOUND\nULTRASOUND: Left 3:00 irregular 10 mm mass. BI-RADS 4B.\n"
            "MAMMOGRAPHY (read separately by Dr B)\nLeft: no mass or calcifications.\nFinal BI-RADS (left): 1.\n"
            "COMBINED: see ultrasound.\n")
    assert extract_birads(text) == {"L": "4B", "R": None}


_MDM_ENTRY = ("BREAST UNIT - WEEKLY MDM LIST - Thursday 9 April 2026\n\n"
              "Patient 2 of 10   MRN 0000001   F 28   Consultant: A. Surgeon\n"
              "Reason for discussion: Young patient, family history; left lump, management plan.\n"
              "Imaging: US BOTH BREASTS 02/04/2026 - L 14 mm oval circumscribed parallel mass 2:00, probable "
              "fibroadenoma. BI-RADS per breast: Left 3, Right 1.\n"
              "Path: Not biopsied (patient declined).\n"
              "Outcome: 6-month ultrasound; genetics referral.\n")


def test_a_per_breast_list_after_a_sentence_gives_each_side_its_category() -> None:
    assert extract_birads(_MDM_ENTRY) == {"L": "3", "R": "1"}
    text = _MDM_ENTRY.replace("BI-RADS per breast: Left 3, Right 1", "Assessment per breast: Left 3, Right 1")
    assert extract_birads(text) == {"L": "3", "R": "1"}


def test_near_miss_a_per_breast_count_of_findings_is_no_list() -> None:
    text = _MDM_ENTRY.replace("BI-RADS per breast: Left 3, Right 1.", "Cysts per breast: Left 3 cm, right none.")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_a_bare_per_breast_count_after_a_sentence_is_no_list() -> None:
    # (cysts, cores or density per breast: only a lead naming the categories, "BI-RADS per breast:", heads a list)
    text = ("BILATERAL BREAST ULTRASOUND\nFindings: Multiple bilateral simple cysts. Per breast: left 3, right 5 (largest "
            "12 mm, left 2:00).\nImpression: Benign cysts. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    text = ("US-GUIDED CORE BIOPSY BILATERAL\nBoth lesions sampled with a 14G needle. Per breast: left 4, right 3 (cores)."
            "\nPost-procedure clip placed. Pathology to follow.\n")
    assert extract_birads(text) == {"L": None, "R": None}
    text = ("BILATERAL SCREENING MAMMOGRAM\nBreast composition given as ACR density. Per breast: left 3, right 3.\n"
            "No suspicious mass or calcification. BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_near_miss_a_per_breast_list_after_a_sentence_about_last_years_scan_is_that_scans() -> None:
    text = ("MDM LIST\nImaging: US BOTH BREASTS 02/04/2026 - last year's scan showed a left 10 mm nodule. BI-RADS per "
            "breast: Left 4, Right 1. Today the nodule is unchanged and was biopsied: fibroadenoma.\nFinal BI-RADS: 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


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


def test_near_miss_a_category_name_with_its_side_beside_the_reports_own_category_is_no_assessment() -> None:
    # (in the indication, an outside or earlier report's account, the history: the impression's category is today's)
    cases = [
        ("US LEFT BREAST\nIndication for exam given by GP: lump. Pathology from 2021 core biopsy. Benign, left breast.\n"
         "Findings: No sonographic correlate for the palpable area. Normal tissue.\nImpression: BI-RADS 1.\n",
         {"L": "1", "R": None}),
        ("ULTRASOUND RIGHT BREAST\nThe outside mammogram of 01/2026 was reviewed. Suspicious, right breast.\nFindings: At "
         "the site of the mammographic asymmetry there is normal fibroglandular tissue only, no mass.\nImpression: "
         "Negative ultrasound. BI-RADS 1.\n", {"L": None, "R": "1"}),
        ("BILATERAL MAMMOGRAM\nCompared to outside films from 2020 and 2022 (reported elsewhere). Probably benign, left "
         "breast. The left breast focal asymmetry has since resolved.\nFindings: Scattered fibroglandular tissue. No mass, "
         "no calcifications.\nImpression: Negative. BI-RADS 1.\n", {"L": "1", "R": "1"}),
        ("BILATERAL MAMMOGRAM\nThe outside report from 2024 read as follows. Highly suggestive of malignancy, right "
         "breast. The patient then had a right mastectomy.\nFindings: Left breast: fatty, no findings.\nImpression: "
         "BI-RADS 1 left.\n", {"L": "1", "R": None}),
        ("BILATERAL DIAGNOSTIC MAMMOGRAM\nThe patient has a long history of cysts. Benign findings, both breasts; "
         "unchanged since 2022.\nFINDINGS: A new 14 mm irregular mass at 2 o'clock in the left breast.\nIMPRESSION: "
         "Suspicious left breast mass. BI-RADS 4B.\n", {"L": "4B", "R": None}),
        ("US LEFT BREAST\nReferral from GP. Clinically suspicious lump. Suspicious, left breast.\nFindings: Lipoma 2 cm, "
         "subcutaneous.\nImpression: Benign. BI-RADS 2.\n", {"L": "2", "R": None}),
    ]
    for text, expected in cases:
        assert extract_birads(text) == expected


def test_near_miss_a_category_name_after_a_referral_or_dated_sentence_is_no_assessment_alone_either() -> None:
    # (no other category stated: still the referral's or the earlier exam's words)
    for text in ("US LEFT BREAST\nReferral from GP. Clinically suspicious lump. Suspicious, left breast.\nFindings: "
                 "Lipoma 2 cm, subcutaneous.\n",
                 "US LEFT BREAST\nNote. Pathology from 2021 core biopsy. Benign, left breast.\nFindings: Normal tissue.\n"):
        assert extract_birads(text) == {"L": None, "R": None}


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


def test_a_terse_notes_one_word_history_heading_with_no_heading_below_heads_its_own_line_only() -> None:
    assert extract_birads(_TERSE_KNOWN) == {"L": None, "R": "6"}
    assert extract_birads(_TERSE_PREV) == {"L": "4C", "R": None}
    assert extract_birads(_TERSE_PREV.replace("Prev:", "Prior:")) == {"L": "4C", "R": None}


def test_near_miss_the_history_line_and_its_wrapped_sentence_stay_history() -> None:
    assert extract_birads(_TERSE_KNOWN.replace("BIRADS 6 R (known ca).\n", "")) == {"L": None, "R": None}
    text = _TERSE_PREV.replace("Prev: MRI NME L UOQ.\n", "Prev: MRI NME L UOQ,\nBI-RADS 4B on MRI.\n").replace(
        "Cat 4C L. US core.\n", "")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_a_prior_headings_account_goes_on_to_todays_heading() -> None:
    # ("Prior:" / "Previous:" / "Prev:" / "Known:" with a heading below that opens today's part: the lines between
    # are the earlier exam's)
    cases = [
        ("US LEFT BREAST\nPrev: US 01/2025.\nLeft 2:00 mass 8 mm, BI-RADS 4A; core bx fibroadenoma.\nToday: mass stable "
         "8 mm. BI-RADS 2.\n", {"L": "2", "R": None}),
        ("BILATERAL DIAGNOSTIC MAMMOGRAM\nPrevious: screening mammogram 3 weeks ago at the mobile unit.\nRecalled for a "
         "left breast focal asymmetry, BI-RADS 0.\nFINDINGS: Spot compression views show dissolution of the asymmetry.\n"
         "IMPRESSION: Negative. BI-RADS 1.\n", {"L": "1", "R": "1"}),
        ("BILATERAL MAMMOGRAM\nPrior: Outside mammogram 2025 reported a left focal asymmetry.\nIt was called BI-RADS 0 and "
         "the patient was recalled.\nFINDINGS: The asymmetry resolves on spot views.\nIMPRESSION: BI-RADS 1.\n",
         {"L": "1", "R": "1"}),
        ("MAMMO BILAT\nPrior: 2024 mammo showed L UOQ calcs.\nBIRADS 4A, stereo bx benign.\nToday: calcs stable. BIRADS 2 "
         "L, 1 R.\n", {"L": "2", "R": "1"}),
        ("MAMMO R\nKnown: R breast ca 2020, WLE + RT.\nBIRADS 6 at that time.\nToday: post-surgical changes only. "
         "BIRADS 2.\n", {"L": None, "R": "2"}),
        ("US RIGHT BREAST\nKnown: R IDC 10:00 dx 2025.\nStatus post neoadjuvant chemo; BI-RADS 6.\nFindings: No residual "
         "mass visible. Clip at 10:00.\nImpression: Complete imaging response. BI-RADS 2.\n", {"L": None, "R": "2"}),
    ]
    for text, expected in cases:
        assert extract_birads(text) == expected


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
