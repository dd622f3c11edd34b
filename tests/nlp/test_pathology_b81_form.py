"""Pathology rules developed on released batch b81's national referral hospital histology request-and-report
form, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from nlp.evaluation import state_code
from nlp.pathology import breast_states


def _labels(text: str) -> dict[str, str]:
    return {side: state_code(state) for side, state in breast_states(text).items()}


def test_a_term_does_not_run_across_a_forms_column_gap_into_the_next_fields_name() -> None:
    # "Trucut biopsy       Site: Left breast" is two fields on one line, not a biopsy site (a benign scar)
    text = ("Nature of specimen: Trucut biopsy       Site: Left breast, upper outer quadrant\n"
            "DIAGNOSIS: Left breast, trucut biopsy: INVASIVE CARCINOMA OF NO SPECIAL TYPE, GRADE 3.\n")
    assert _labels(text) == {"L": "M", "R": "-"}
    # another form's wording: a tab between the columns, the next field's name in capitals
    tabbed = ("Specimen type: core biopsy\tSITE: right breast, 2 o'clock\n"
              "Diagnosis: Right breast, core: invasive lobular carcinoma.\n")
    assert _labels(tabbed) == {"L": "-", "R": "M"}
    # a near miss: the biopsy site named in a field's value across a run of spaces is still the finding
    named = "Right breast, re-excision:\nDiagnosis: healing biopsy      site changes. No residual carcinoma.\n"
    assert _labels(named) == {"L": "-", "R": "B"}
    # a near miss: a term split by a run of spaces with no field before it on its line still joins
    wrapped = "Right breast, excision:\nUSUAL DUCTAL      HYPERPLASIA: present\n"
    assert _labels(wrapped) == {"L": "-", "R": "B"}


def test_a_typed_double_space_is_not_a_forms_column_gap() -> None:
    # three spaces or more (or a tab) part a form's columns; "Trucut biopsy   Site:" is two fields
    text = "Specimen: Trucut biopsy   Site: Left breast\nDIAGNOSIS: Left breast: invasive ductal carcinoma, grade 2.\n"
    assert _labels(text) == {"L": "M", "R": "-"}
    # a near miss: a double space typed inside a term, a colon after it, is still the term
    typed = "Left breast, re-excision:\nOther findings: biopsy  site changes: present\n"
    assert _labels(typed) == {"L": "B", "R": "-"}
