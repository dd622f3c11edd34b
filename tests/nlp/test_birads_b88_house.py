"""Radiology b88: an overall category headed "OVERALL BI-RADS:" over side lines, a mastectomy a theatre form requests,
a history headed "Clinical information provided:" or glossed "(for reference only)", the exam's quoted result after a
closed history quote, and an exam dated by the year after its name."""
from nlp.birads import extract_birads

_SIDE_LINES = "Right breast: 6 - Known malignancy, unifocal.\nLeft breast: 1 - Negative.\n"


def test_overall_heading_with_the_keyword_over_side_lines_gives_each_side_its_own() -> None:
    head = "EXAM: MRI BREASTS BILATERAL\nFindings: Right breast 2:00 biopsy-proven IDC.\n"
    assert extract_birads(head + "OVERALL BI-RADS: 6 - Known biopsy-proven malignancy.\n" + _SIDE_LINES) == {
        "L": "1", "R": "6"}
    assert extract_birads(head + "Final BIRADS: 6\n" + _SIDE_LINES) == {"L": "1", "R": "6"}


def test_near_miss_an_overall_category_alone_on_a_bilateral_exam_assesses_both() -> None:
    text = "EXAM: MAMMOGRAM BILATERAL\nFindings: scattered benign calcifications.\nOVERALL BI-RADS: 2 - Benign.\n"
    assert extract_birads(text) == {"L": "2", "R": "2"}


_QUOTED_MAMMOGRAM = ('Pre-operative imaging (as reported): "BILATERAL MAMMOGRAM: Right breast - known carcinoma,\n'
                     'BI-RADS 6. Left breast - benign fibroadenoma, calcified, BI-RADS 2."\n')


def test_a_requested_mastectomy_leaves_its_breast_a_side_of_the_exam() -> None:
    text = ("THEATRE BOOKING REQUEST - ELECTIVE SURGERY      St Elsewhere Hospital\n"
            "Patient: A. Person   Hosp no.: 12345   Consultant: Ms F. Surgeon (Breast)\n"
            "Procedure requested: RIGHT mastectomy + axillary clearance\nUrgency: Cancer pathway   Anaesthetic: GA\n"
            + _QUOTED_MAMMOGRAM)
    assert extract_birads(text) == {"L": "2", "R": "6"}
    assert extract_birads(text.replace("Procedure requested: RIGHT", "Request for right")) == {"L": "2", "R": "6"}


def test_near_miss_a_mastectomy_done_removes_its_breast() -> None:
    text = ("Surveillance clinic letter\n\nPrevious procedure: right mastectomy in 2021 for a right breast cancer.\n\n"
            "Imaging: mammogram 02/03/2026 reads \"No mass or suspicious calcification. BI-RADS 1.\"\n\n"
            "Plan: annual left mammography; the right chest wall is clinically clear.\n")
    assert extract_birads(text) == {"L": "1", "R": None}


def test_clinical_information_provided_heads_a_history() -> None:
    text = ('RIGHT BREAST ULTRASOUND\nClinical information provided: "Right 8 o\'clock mass, BI-RADS 4A on outside US, '
            'core\nbiopsy benign fibroadenoma, concordant."\nFindings: The biopsied right 8:00 mass is unchanged.\n'
            "IMPRESSION: Biopsy-proven fibroadenoma, right 8:00. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}
    assert extract_birads(text.replace("Clinical information", "Clinical details")) == {"L": None, "R": "2"}


def test_near_miss_the_category_after_a_clinical_information_history_is_read() -> None:
    text = ("RIGHT BREAST ULTRASOUND\nClinical information provided: new lump.\n"
            "Findings: Right 8:00 irregular mass 9 mm.\nIMPRESSION: Suspicious mass. BI-RADS 4A.\n")
    assert extract_birads(text) == {"L": None, "R": "4A"}


_AUDIT = ("CLINICAL CODING AUDIT SHEET\nSource document checked: radiology report\n"
          'Previous imaging (for reference only, not this episode): "US RIGHT BREAST 10/2025: complex cyst, BI-RADS 4A."\n'
          'Imaging result (quoted): "US RIGHT BREAST: 12 mm simple cyst at 8 o\'clock, refilled; no solid component.\n'
          'BI-RADS 2."\nAuditor finding: code matches imaging.\n')


def test_a_history_glossed_for_reference_and_the_exams_quoted_result_after_it() -> None:
    assert extract_birads(_AUDIT) == {"L": None, "R": "2"}


def test_near_miss_a_history_line_running_on_into_a_quote_stays_history() -> None:
    # the history's sentence has not ended ("... which\nreads:"): the quote the next line opens is the history's
    text = ("HISTORY: She brings the letter of another clinic, which\nreads: \"Right breast 8:00 solid mass, "
            "BI-RADS 4B.\"\n\nFINDINGS: Right 8:00 simple cyst.\n\nIMPRESSION: Right simple cyst.\nBI-RADS 2 - Benign.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_an_exam_dated_by_the_year_after_its_name_is_an_earlier_one() -> None:
    text = ("CANCER SERVICES - 62-DAY PATHWAY TRACKER (BREAST)\nImaging outcome (as reported): not yet performed - "
            "patient DNA'd clinic 12/03; rebooked 19/03.\n"
            'GP referral letter quoted: "previous mammogram 2024 BI-RADS 2, now new lump R breast."\nNext event: clinic.\n')
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_an_exam_with_its_full_date_may_be_this_one() -> None:
    text = "MAMMOGRAM 2026-03-14: Right breast simple cyst. BI-RADS 2.\n"
    assert extract_birads(text)["R"] == "2"
    # (and a year after an exam not named as earlier: a list's own round, or this exam's title)
    assert extract_birads("BILATERAL MAMMOGRAM 2026\nScattered benign calcifications.\nBI-RADS 2.\n") == {
        "L": "2", "R": "2"}
