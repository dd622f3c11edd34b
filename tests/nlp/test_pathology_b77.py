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


def test_a_latin_script_bez_negates_up_to_the_english_gloss_only() -> None:
    # Serbian / Croatian "bez" (without) negates its own clause; the gloss's papilloma stays asserted ...
    assert labels("Lijeva dojka [left breast]: Intraduktalni papilom bez atipije "
                  "[intraductal papilloma without atypia].") == {"L": "B", "R": "-"}
    # ... and still negates the finding it names before the bracket
    assert labels("Lijeva dojka [left breast]: bez DCIS [no DCIS].") == {"L": "-", "R": "-"}
