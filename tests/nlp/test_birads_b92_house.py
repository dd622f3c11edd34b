"""Radiology b92: a nursing record's "Key worker:" is no category key; an unpunctuated dictation's comparison ends at
"the breasts are", and a dating word before its spoken "impression" does not reach the impression's category; a referral
form's "Breast imaging history (previous scans, with dates):" is history, to the form's next item, also a long label
with a remark in parentheses."""
from nlp.birads import extract_birads

_NURSING_RECORD = ("BREAST CARE NURSING SERVICE - HOLISTIC NEEDS ASSESSMENT RECORD\n"
                   "Patient: A. Person     Hosp no: K0000001\n"
                   "Key worker: A. Nurse, Breast Clinical Nurse Specialist\n"
                   "Clinical background (from referral): right breast lump.\n"
                   'Imaging result discussed today (PACS, US RIGHT BREAST 06/05/2026): "Right 10 o\'clock 24 mm spiculated '
                   'mass. Highly suggestive of malignancy, BI-RADS 5."\n'
                   "Concerns checklist (0 = none, 10 = severe):\n  Emotional - worry 8\n"
                   "Care plan: CNS contact card given.\n")


def test_a_key_worker_line_is_no_category_key() -> None:
    assert extract_birads(_NURSING_RECORD) == {"L": None, "R": "5"}
    assert extract_birads(_NURSING_RECORD.replace("Key worker:", "Key contact:")) == {"L": None, "R": "5"}


def test_near_miss_a_category_key_still_defines_and_assesses_nothing() -> None:
    text = _NURSING_RECORD.replace("Key worker: A. Nurse, Breast Clinical Nurse Specialist\n",
                                   "Key: BI-RADS 1 = negative; 2 = benign; 5 = highly suggestive of malignancy\n"
                                   "Category key: BI-RADS 6 = known biopsy-proven malignancy\n\n")
    assert extract_birads(text.split("Clinical background")[0]) == {"L": None, "R": None}
    assert extract_birads(text) == {"L": None, "R": "5"}


_DICTATED_SCREEN = ("Dictated report - Breast Imaging, Dr. A. Reader\n"
                    "screening mammogram bilateral with tomo comparison two thousand twenty four and twenty five the "
                    "breasts are scattered fibroglandular no suspicious masses calcifications or distortion no significant "
                    "change negative birads won routine annual screening\nend of dictation\n")


def test_a_dictated_comparison_ends_where_the_report_turns_to_the_breasts() -> None:
    assert extract_birads(_DICTATED_SCREEN) == {"L": "1", "R": "1"}


def test_near_miss_a_category_said_in_the_dictated_comparison_is_still_prior() -> None:
    text = _DICTATED_SCREEN.replace("and twenty five the", "and twenty five birads three the")
    assert extract_birads(text) == {"L": "1", "R": "1"}


_DICTATED_RECALL = ("Dictated report - Breast Imaging, Dr. A. Reader\n"
                    "left diagnostic mammogram history recall for calcifications findings magnification views of the left "
                    "breast show fine linear branching calcifications at the twelve o'clock position new since prior "
                    "impression left breast fine linear branching calcifications birads for c stereotactic biopsy "
                    "recommended\n")


def test_a_dating_word_before_a_spoken_impression_does_not_date_its_category() -> None:
    assert extract_birads(_DICTATED_RECALL) == {"L": "4C", "R": None}
    assert extract_birads(_DICTATED_RECALL.replace("new since prior", "not seen previously")) == {"L": "4C", "R": None}


def test_near_miss_a_dating_word_after_the_spoken_impression_still_dates() -> None:
    text = _DICTATED_RECALL.replace("impression left breast fine linear branching calcifications birads for c",
                                    "impression left breast calcifications previously birads for c")
    assert extract_birads(text) == {"L": None, "R": None}


_REFERRAL = ("SUSPECTED BREAST CANCER - URGENT REFERRAL (TWO-WEEK WAIT)\n"
             "Patient: A. Person     NHS no: 000 000 0000\n"
             "Side of concern: LEFT\n"
             "Relevant clinical history: 3 cm lump left breast, 2 weeks.\n"
             "Breast imaging history (previous scans, with dates): NHS screening mammogram - routine result, reported "
             "BI-RADS 1 both breasts per the letter she brought.\n"
             "Direct-access imaging arranged by the practice (paste report if available): Not done.\n"
             "GP examination: 3 cm hard mass left UOQ. Right breast normal.\n")


def test_a_history_heading_asking_for_previous_scans_is_history() -> None:
    assert extract_birads(_REFERRAL) == {"L": None, "R": None}
    assert extract_birads(_REFERRAL.replace("(previous scans, with dates)", "(prior imaging)")) == {"L": None, "R": None}


def test_near_miss_the_report_pasted_under_the_forms_next_long_item_is_read() -> None:
    text = _REFERRAL.replace("(paste report if available): Not done.\n",
                             '(paste report if available):\nUS LEFT BREAST, Community Diagnostics, 03/06/2026 - report: '
                             '"Left 1 o\'clock 9 mm oval solid nodule. Conclusion: low suspicion solid nodule. '
                             'BI-RADS 4A."\n')
    assert extract_birads(text) == {"L": "4A", "R": None}


def test_near_miss_a_long_line_without_a_remark_goes_on_with_the_history() -> None:
    text = _REFERRAL.replace("Direct-access imaging arranged by the practice (paste report if available): Not done.\n",
                             "The letter she brought from the screening unit says that:\nBI-RADS 2 in the left breast.\n")
    assert extract_birads(text) == {"L": None, "R": None}
