"""Radiology b111 (pre-operative MRI with a second-look addendum, maternity triage records): a result filed into a
clinical note under a dated banner ("RESULT ADDED <date> - US BREAST RIGHT") is titled by the exam named after the
banner's dash; a category followed at once by the verb that replaces it and the new category ("BI-RADS 4A downgraded to
BI-RADS 2") reads the new category."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ a result banner's exam title


def test_result_filed_banner_titles_a_one_sided_exam() -> None:
    text = ("ANTENATAL CLINIC NOTE\nReason: lump in the left breast for 3 weeks. Right breast examined, normal.\n\n"
            "RESULT FILED 02/05/2027 - US BREAST LEFT (Women's Imaging)\n"
            "  Left breast 2 o'clock: 11 mm oval circumscribed mass.\n"
            "  Impression: probable fibroadenoma. BI-RADS 4A.\n\n"
            "ADDENDUM 04/05/2027: prior core biopsy in 2024 showed a fibroadenoma at this site.\n"
            "Revised assessment: BI-RADS 3.\n")
    assert birads_codes(text) == "3 -"


def test_result_added_banner_with_time_titles_a_one_sided_exam() -> None:
    text = ("Postnatal ward note\nComplaint: right breast tender, mastitis treated. Left breast normal on examination.\n\n"
            "Result added 11/09/2027 14:20 - US BREAST RIGHT\n"
            "Right breast 10 o'clock: 18 mm collection with thick wall.\n\n"
            "Comment from radiology: features of an abscess; aspiration advised. BI-RADS 4A.\n"
            "Addendum: aspirate grew Staph aureus. Final assessment: BI-RADS 2.\n")
    assert birads_codes(text) == "- 2"


@pytest.mark.parametrize(("text", "codes"), [
    # (a banner over a bilateral exam: both sides)
    ("ANTENATAL CLINIC NOTE\nReason: lumps in both breasts.\n\n"
     "RESULT ADDED 02/05/2027 - US BREASTS BILATERAL\n  Several small cysts.\n\nImpression: benign. BI-RADS 2.\n", "2 2"),
    # (a banner over another result: the imaging report's side lines read as before)
    ("Ward note\nRESULT ADDED 02/05/2027 - Full blood count normal.\n\nUltrasound report:\n"
     "Right breast: simple cyst, BI-RADS 2.\nLeft breast: 9 mm oval mass, BI-RADS 3.\n", "3 2"),
    # (a note's stamp, not a result's, naming the exam requested)
    ("Ward note\nRight breast lump; left breast normal on examination.\n"
     "NOTE ADDED 02/05/2027 - US BREAST RIGHT requested, patient informed.\n"
     "Right breast: 2 cm oval mass, BI-RADS 3.\n", "- 3"),
    # (a one-sided exam named mid-line in a plan, both breasts scanned)
    ("Clinic note\nPlan: US BREAST LEFT requested last week; done today with both breasts scanned.\n\n"
     "Findings: no abnormality in either breast.\nImpression: BI-RADS 1.\n", "1 1"),
])
def test_near_miss_result_banner(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a category downgraded / upgraded to another


def test_category_downgraded_to_another_reads_the_new_one() -> None:
    text = ("Right breast: BI-RADS 1.\nLeft breast: 7 mm oval mass at 3 o'clock. BI-RADS 4A, downgraded to BI-RADS 3 "
            "after review of the earlier films.\n")
    assert birads_codes(text) == "3 1"


def test_category_upgraded_to_a_bare_number_reads_the_new_one() -> None:
    text = ("MRI BOTH BREASTS\nRight breast: no enhancement. BI-RADS 1.\nLeft breast: 5 mm focus, BI-RADS 3 upgraded "
            "to 4B on the second-look ultrasound.\n")
    assert birads_codes(text) == "4B 1"


def test_category_was_downgraded_in_an_addendum_sentence() -> None:
    text = ("Left breast: BI-RADS 4A was downgraded to BI-RADS 2 - benign, after the second-look scan showed a lymph "
            "node.")
    assert birads_codes(text) == "2 -"


@pytest.mark.parametrize(("text", "codes"), [
    # (the verb goes on to no category)
    ("Left breast: BI-RADS 3 lesion changed to a simple cyst appearance since 2025.", "3 -"),
    # (no BI-RADS keyword before the first number: another scale)
    ("Right breast: BI-RADS 2.\nLeft breast: BI-RADS 4A. Tumour stage 2 changed to 3 on staging.", "4A 2"),
    # (an interval after "to", not a category)
    ("Left breast: BI-RADS 3, changed to 6 months follow-up at the patient's request.", "3 -"),
    ("Left breast: BI-RADS 3, follow-up changed to 12 months.", "3 -"),
    ("Left breast: BI-RADS 4A; referred to the breast clinic.", "4A -"),
    # ("revised from ... to ..." reads as before)
    ("Left breast: 3 o'clock mass, BI-RADS 4A, revised from BI-RADS 3 to 4A after MRI.", "4A -"),
])
def test_near_miss_category_changed_to(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
