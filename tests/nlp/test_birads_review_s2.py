"""Regressions a review of the second stop of 2026-12-04 found in the radiology rules, each with its near miss."""

from __future__ import annotations

import pytest

from nlp.birads import extract_birads

BILATERAL = "Bilateral diagnostic mammogram.\n"


@pytest.mark.parametrize(
    ("impression", "left", "right"),
    [
        ("IMPRESSION: Suspicious, left breast. Negative, right breast.", "4", "1"),
        ("IMPRESSION: Highly suggestive of malignancy, left breast. Benign, right breast.", "5", "2"),
        ("IMPRESSION: Known biopsy-proven malignancy, right breast. Negative, left breast.", "1", "6"),
        ("CONCLUSION: Benign, right breast. Probably benign, left breast.", "3", "2"),
    ],
)
def test_each_category_name_with_its_side_on_one_line_gives_its_side(impression: str, left: str, right: str) -> None:
    # (a name with its side is no sentence summing up the finding before the next name)
    assert extract_birads(BILATERAL + impression) == {"L": left, "R": right}


def test_a_summing_sentence_before_the_name_and_sides_still_reads() -> None:
    assert extract_birads(BILATERAL + "Conclusion: Duct ectasia. Benign findings, both breasts.") == {"L": "2", "R": "2"}


def test_a_lesion_tables_final_size_column_is_no_category() -> None:
    table = ("Bilateral breast MRI.\n"
             "Lesion   Side   Initial size (mm)   Final size (mm)   BI-RADS\n"
             "1        Left   12                  5                 4\n")
    assert extract_birads(table)["L"] == "4"


def test_a_final_category_column_still_outranks_the_modality_column() -> None:
    table = ("Bilateral breast MRI with second-look ultrasound.\n"
             "Lesion   Side    MRI-only cat.   Final (MRI + US)\n"
             "1        Left    4A              3\n")
    assert extract_birads(table)["L"] == "3"


def test_an_arrow_revision_takes_the_side_named_right_after_it() -> None:
    text = (BILATERAL + "Impression: Right breast BI-RADS 2. Left breast BI-RADS 4.\n"
            "Addendum: Category corrected 2 -> 3 for the left breast (typographical error in the original report).")
    assert extract_birads(text) == {"L": "3", "R": "2"}
