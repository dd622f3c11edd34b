"""Pathology rules developed on released batch b77, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_SHORT_HEADINGS = (
    "Transcribed dictation, unedited\n\n"
    "clinical hx. lump in the right breast, prior dx. fibroadenoma of the left breast.\n\n"
    "gross. three cores in A1.\n\n"
    "micro. sheets of pleomorphic cells infiltrating fat.\n\n"
    "final dx. right breast core: invasive ductal carcinoma, grade 2.\n"
)


def test_a_dictations_short_headings_with_a_full_stop_open_their_sections() -> None:
    # "micro." and "final dx." open the microscopic and diagnosis sections (not more of the gross), and
    # "clinical hx." the history; a "dx." inside a sentence ("prior dx. fibroadenoma") opens nothing
    assert labels(_SHORT_HEADINGS) == {"L": "-", "R": "M"}
