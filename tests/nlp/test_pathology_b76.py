"""Pathology rules developed on released batch b76, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels, states

_QUOTED_RESULTS = (
    "Screening follow-up sheet\n"
    "Lab result : \"Right breast, core: invasive lobular carcinoma, grade 2.\"\n"
    "             \"Left breast, fine needle aspirate: bland ductal cells in cohesive sheets\n"
    "             with bipolar nuclei. Findings of a fibroadenoma.\"\n"
)


def test_a_quotation_over_several_lines_takes_the_side_that_opens_it() -> None:
    # the sentence wrapped inside the second quotation is the left breast's, not the field line's (right)
    assert labels(_QUOTED_RESULTS) == {"L": "B", "R": "M"}


def test_a_closed_quotation_gives_no_side_to_the_lines_after_it() -> None:
    # near miss: the quotation closes on its own line, so the line after it is the field's again
    text = (
        "Lab result : Right breast core biopsy.\n"
        "             \"Left breast: not sampled.\"\n"
        "             Invasive lobular carcinoma, grade 2.\n"
    )
    assert labels(text) == {"L": "-", "R": "M"}


def test_a_history_heading_ending_in_a_participle_is_history() -> None:
    # "Clinical details supplied:" heads the history (the earlier breast diagnosis labels nothing); the
    # node's metastasis is no breast diagnosis
    text = (
        "Clinical details supplied: 58-year-old, right breast lobular carcinoma diagnosed on a core biopsy\n"
        "elsewhere, and an enlarged right axillary node.\n\n"
        "Diagnosis: Right axillary lymph node, core biopsy: metastatic carcinoma.\n"
    )
    assert labels(text) == {"L": "-", "R": "-"}


def test_a_side_erratum_quoting_words_with_an_apostrophe_moves_the_side() -> None:
    # the quoted first-language side words ("o'ng", Uzbek Latin) may carry an apostrophe
    text = (
        "Correction: the side was recorded wrongly. Where the report reads \"o'ng ko'krak [right breast]\", it must\n"
        "read \"chap ko'krak [left breast]\". The diagnosis is unchanged.\n\n"
        "Diagnosis: Right breast, core biopsy: invasive carcinoma of no special type.\n"
    )
    assert labels(text) == {"L": "M", "R": "-"}


def test_first_language_terms_read_as_their_bracketed_translation() -> None:
    # the untranslated words name ADH and DCIS; the bracket says they are a borderline reading of the two
    text = (
        "Xulosa [Conclusion]: right breast, core biopsy: ADH yoki past darajali DCIS oralig'ida [borderline\n"
        "between ADH and low-grade DCIS].\n"
    )
    assert states(text)["R"] == "?"


def test_a_bracket_that_does_not_translate_the_term_leaves_it() -> None:
    # near miss: the bracket translates a heading word, not the diagnosis, which stays asserted
    text = "Xulosa [Conclusion]: right breast, core biopsy: ductal carcinoma in situ, low grade [past darajali].\n"
    assert labels(text) == {"L": "-", "R": "M"}
