"""Pathology rules developed on released batch b113, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_what_a_patient_feared_a_lump_was_is_no_diagnosis() -> None:
    # "feared" names the fear like "was worried": the cancer she feared one side's lump (or "it") was is no diagnosis
    report = "Right breast, excision: simple cyst. No malignancy. She had feared the right lump was cancer.\n"
    assert labels(report) == {"L": "-", "R": "B"}
    assert labels("Left breast, excision: fibroadenoma. The patient feared it was cancer.\n") == {"L": "B", "R": "-"}
    # near misses: a fear confirmed by the report's own diagnosis, a fear of something else, and a diagnosis after
    # the fear's sentence ends
    assert labels("As the patient had feared, left breast core: invasive ductal carcinoma.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast, core: invasive ductal carcinoma. She feared the biopsy would hurt.\n") == {
        "L": "M", "R": "-"}
    assert labels("She feared the left lump was cancer. Left breast, core: invasive lobular carcinoma.\n") == {
        "L": "M", "R": "-"}


def test_a_numbered_issue_not_confirmed_on_a_method_wrapped_to_the_next_line() -> None:
    # "the carcinoma reported in version 1 is not confirmed on immunohistochemistry" negates it also when the method
    # opens the next line
    report = ("Left breast, core: sclerosing adenosis.\n"
              "Correction note: the invasive carcinoma reported in version 1 is not confirmed on\n"
              "immunohistochemistry.\n")
    assert labels(report) == {"L": "B", "R": "-"}
    assert labels("Left breast, core: sclerosing adenosis. The invasive carcinoma reported in version 1 is not "
                  "confirmed on\nreview.\n") == {"L": "B", "R": "-"}
    # near misses: a verdict that goes on past the method (the carcinoma stands), a grade not confirmed, and a
    # carcinoma reported in a specimen rather than in a version
    assert labels("Left breast, core: invasive carcinoma. The invasive carcinoma reported in version 1 is not "
                  "confirmed on\nfrozen section but is present on permanent sections.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast, core: invasive carcinoma. The invasive carcinoma reported in version 1 is not "
                  "confirmed as\ngrade 3; it is grade 2.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast, core: invasive carcinoma reported in core 2, confirmed on\nimmunohistochemistry.\n"
                  ) == {"L": "M", "R": "-"}


def test_a_referral_forms_counter_referral_box_is_the_receiving_facilitys_result() -> None:
    # the counter-referral box is filled by the facility that received the patient: its histology result labels
    report = ("REFERRAL / TRANSFER FORM\n"
              "SECTION 2 - REASON FOR REFERRAL:\nLeft breast lump, query cancer.\n\n"
              "SECTION 5 - COUNTER-REFERRAL (completed by the receiving hospital):\n"
              "Core biopsy of the left breast done.\n"
              "Histology result: Left breast, core - invasive lobular carcinoma.\n")
    assert labels(report) == {"L": "M", "R": "-"}
    assert labels(report.replace("COUNTER-REFERRAL", "COUNTER REFERRAL NOTE")) == {"L": "M", "R": "-"}
    # near misses: the referral's own sections stay history
    assert labels("SECTION 2 - REASON FOR REFERRAL:\nLeft breast invasive lobular carcinoma 2019, for follow-up.\n"
                  ) == {"L": "-", "R": "-"}
    assert labels("SECTION 3 - REFERRAL NOTES:\nLeft breast core at the district hospital 2019: invasive lobular "
                  "carcinoma.\n") == {"L": "-", "R": "-"}
    assert labels("SECTION 3 - CLINICAL SUMMARY / HISTORY:\nLeft breast invasive lobular carcinoma treated 2019.\n"
                  ) == {"L": "-", "R": "-"}


def test_a_data_set_wrapped_onto_the_next_line_restates_its_part() -> None:
    # a data set's fields wrapped onto the line below still restate the part holding the same diagnosis
    report = ("1. Right breast, wide local excision: invasive lobular carcinoma, grade 2, with low grade DCIS.\n"
              "2. Left breast, core: fibroadenoma.\n"
              "NHSBSP data set: invasive lobular carcinoma; grade 2; invasive size 18 mm;\n"
              "DCIS present, low grade; margins clear.\n")
    assert labels(report) == {"L": "B", "R": "M"}
    # near misses: a line after a blank line is no longer the data set's, a second data set line names its own
    # diagnosis, and a data set in one line reads as before
    assert labels(report + "\nFurther levels of part 2: low grade DCIS.\n") == {"L": "BM", "R": "M"}
    assert labels("1. Right breast, wide local excision: invasive lobular carcinoma, grade 2.\n"
                  "2. Left breast, core: fibroadenoma.\n"
                  "NHSBSP data set: invasive lobular carcinoma; grade 2;\n"
                  "Minimum dataset: fibroadenoma, 12 mm.\n") == {"L": "B", "R": "M"}
    assert labels("1. Right breast, wide local excision: invasive lobular carcinoma, grade 2, with low grade DCIS.\n"
                  "2. Left breast, core: fibroadenoma.\n"
                  "NHSBSP data set: invasive lobular carcinoma; grade 2; DCIS present, low grade.\n") == {
        "L": "B", "R": "M"}
