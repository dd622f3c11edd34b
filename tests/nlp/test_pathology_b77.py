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


def test_a_south_slavic_phyllodes_tumour_with_its_grade_is_malignant() -> None:
    # the grade word glossed in brackets is the grade, not a hedge of the gloss
    assert labels("Lijeva dojka [left breast]: Filodni tumor, granični (borderline) "
                  "[phyllodes tumour, borderline], 38 mm.") == {"L": "M", "R": "-"}
    assert labels("Desna dojka: granični filodni tumor.") == {"L": "-", "R": "M"}
    # near miss: a differential that names phyllodes tumour stays open
    assert labels("Right breast, core: fibroepithelial lesion, borderline between cellular fibroadenoma "
                  "and phyllodes tumour.") == {"L": "-", "R": "-"}


def test_a_line_ending_in_a_translated_conjunction_goes_on_onto_the_next_line() -> None:
    from nlp.pathology import breast_states

    wrapped = breast_states("Desna dojka [right breast]: Proliferacija na granici između ADH i\n"
                            "DCIS niskog gradusa [proliferation at the border between ADH and low-grade DCIS].")
    assert not wrapped["R"]["malignant"] and wrapped["R"]["review_reasons"] == ["open_differential"]
    # near miss: a full stop ends the sentence, and the next line's DCIS is its own diagnosis
    ended = breast_states("Desna dojka [right breast]: ADH, fokalno.\nDCIS niskog gradusa u drugom cilindru.")
    assert ended["R"]["malignant"] and ended["R"]["benign"]
