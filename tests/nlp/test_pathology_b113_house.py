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
