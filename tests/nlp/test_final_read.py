"""Findings of the stop's final code read, kept: a margin row's date is still the exam's own (a second pattern of the
same name had shadowed the first), and a month word that only matches case-insensitively ("ſep", long s) is read,
not raised on."""

from __future__ import annotations

import time

import pytest

from nlp.birads import extract_birads
from nlp.pathology import breast_states


@pytest.mark.parametrize(("text", "expected"), [
    ("BREAST MRI REPORT\nIMAGING - THIS EPISODE:\n09/02/2026  MRI breasts post-NACT   R: BI-RADS 1   L: BI-RADS 6\n",
     {"L": "6", "R": "1"}),
    ("Mammogram.\nFindings: stable.\n2024  mammogram   BI-RADS 2\n", {"L": "2", "R": "2"}),
])
def test_margin_row_keeps_its_category(text: str, expected: dict[str, str]) -> None:
    assert extract_birads(text) == expected


def test_month_word_matched_case_insensitively_is_read() -> None:
    states = breast_states("DIAGNOSIS: Left breast core: ADH.\nADDENDUM (05-\u017fep-2026)\nthe diagnosis may be revised.\n")
    assert states["L"]["needs_review"] and states["L"]["benign"]


@pytest.mark.parametrize("dob", ["DOB: 04/05/1958\n", "Name: J. Doe  Date of birth: 5 Jan 1958  Received: 12/03/2026\n"])
def test_date_of_birth_is_no_date_of_the_report(dob: str) -> None:
    # her 2019 right core is earlier than the report's own dates; the birth date is none of them (review C2)
    states = breast_states(dob + "Received: 12/03/2026\nLeft breast core: fibroadenoma. "
                           "Compared with her 2019 right core (DCIS), no change.\n")
    assert states["L"]["benign"] and not states["R"]["malignant"]


def test_many_believed_mentions_in_one_sentence_read_fast() -> None:
    # one long unpunctuated "sentence" of beliefs: the confirming clause is looked up, not scanned per mention
    start = time.perf_counter()
    breast_states("Clinical: " + "she was sure she had cancer that " * 1500 + "x.\n")
    assert time.perf_counter() - start < 5
