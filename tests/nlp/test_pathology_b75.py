"""Pathology rules developed on released batch b75, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from nlp.layout import record_code_view
from tests.nlp.test_pathology import labels

_RECORD_PRINTOUT = (
    "100 Riverbend Pathology Services\n"
    "101 RP-77120\n"
    "102 SAMPLE^PATIENT\n"
    "201 SURGICAL PATHOLOGY\n"
    "301 SPECIMEN: Right breast, wide local excision.\n"
    "301\n"
    "301 CONCLUSION:\n"
    "301 Right breast: fibroadenoma with usual ductal hyperplasia. There is no residual\n"
    "301 {tail}.\n"
    "301\n"
    "301 Signed by Dr A Example\n"
    "399 END\n"
)


def test_a_record_coded_printout_reads_a_sentence_through_its_line_codes() -> None:
    # the negation on one result line reaches the carcinoma wrapped onto the next one
    text = _RECORD_PRINTOUT.format(tail="in situ or invasive carcinoma")
    assert record_code_view(text).startswith("    Riverbend")
    assert len(record_code_view(text)) == len(text)
    assert labels(text) == {"L": "-", "R": "B"}
    # near miss: a carcinoma the wrapped line asserts stays asserted
    assert labels(_RECORD_PRINTOUT.format(tail="atypia. Invasive carcinoma, grade 1")) == {"L": "-", "R": "BM"}


def test_a_few_numbered_lines_are_no_record_printout() -> None:
    text = "Dose log\n100 mg given\n250 mg given\nRight breast core: benign.\n"
    assert record_code_view(text) == text


def test_a_hedge_on_the_part_of_the_lesion_left_behind_stays_uncertain() -> None:
    # "DCIS in the remaining calcified area cannot be ruled out": the place named between the entity and its hedge
    assert labels("Left breast core: atypical ductal hyperplasia; DCIS in the remaining calcified area "
                  "cannot be ruled out.") == {"L": "B", "R": "-"}
    # near miss: DCIS stated in the remaining area is a diagnosis
    assert labels("Left breast core: atypical ductal hyperplasia; DCIS in the remaining calcified area.") == {
        "L": "BM", "R": "-"}


def test_a_catalan_side_erratum_moves_the_diagnosis() -> None:
    text = ("Fe d'errates: on diu \"mama esquerra\", ha de dir \"MAMA DRETA\".\n\n"
            "Diagnòstic [Diagnosis]:\nMama esquerra [left breast], BAG [core biopsy]: carcinoma ductal infiltrant "
            "[invasive ductal carcinoma], grau 2.\n")
    assert labels(text) == {"L": "-", "R": "M"}
    # near miss: without the erratum the side stands
    assert labels(text.split("\n\n", 1)[1]) == {"L": "M", "R": "-"}
