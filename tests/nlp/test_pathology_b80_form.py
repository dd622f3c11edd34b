"""Pathology rules developed on released batch b80's database form printouts, one class per test (new
wording, with a near miss)."""

from __future__ import annotations

from nlp.pathology import get_pipeline
from nlp.resolution import states_from_findings


def _states(text: str) -> dict[str, dict]:
    return states_from_findings(get_pipeline()(text)._.findings)


def _labels(text: str) -> dict[str, str]:
    out = {}
    for side, state in _states(text).items():
        code = ("B" if state["benign"] else "") + ("M" if state["malignant"] else "")
        out[side] = "?" if state["needs_review"] else code or "-"
    return out


_FORM = (
    "Audit Form: PathResult                     printed 01/06/2026\n"
    "Patient ID ............ [ 00412 ]\n"
    "Clinical history ...... [ 58F, screen-detected 12 mm right mass ]\n"
    "{rule}\n"
    "| Right breast 10 o'clock core: invasive ductal carcinoma, grade 3.   |\n"
    "=====================================================================\n"
    "Outcome ............... [ MDT 08/06 ]\n"
)


def test_a_rule_with_a_title_set_in_it_closes_the_history_field_above_it() -> None:
    # the box of pasted text below a form's clinical notes field is the report's diagnosis, not the notes
    text = _FORM.format(rule="==== Pathology result (copied from LIMS) ==========================")
    assert _labels(text) == {"L": "-", "R": "M"}
    dashed = _FORM.format(rule="-- Histology text --------------------------------------------------")
    assert _labels(dashed) == {"L": "-", "R": "M"}


def test_a_dash_led_line_of_the_notes_is_no_rule_and_stays_history() -> None:
    # near miss: a notes line set between two dashes ("-- prior ... --") carries no rule: still the notes
    text = (
        "Patient ID ............ [ 00412 ]\n"
        "Clinical history ...... [ 58F, new left mass,\n"
        "-- prior right invasive ductal carcinoma 2015 --\n"
        "]\n"
        "\n"
        "Left breast core: fibroadenoma.\n"
    )
    assert _labels(text) == {"L": "B", "R": "-"}


_PROVISIONAL = (
    "Right breast 9 o'clock core: invasive lobular carcinoma, classical type.\n"
    "\n"
    "Addendum 03/06/2026: {note}\n"
)


def test_an_addendum_that_calls_the_diagnosis_provisional_sends_the_breast_to_review() -> None:
    # "the diagnosis above should be regarded as provisional" leaves it open, as "may be revised" does
    for note in ("E-cadherin staining is under way. The diagnosis remains provisional.",
                 "On review the appearances are debated; the diagnosis above is to be treated as provisional."):
        state = _states(_PROVISIONAL.format(note=note))["R"]
        assert state["needs_review"] and state["review_reasons"] == ["unresolved_addendum"]


def test_a_provisional_diagnosis_confirmed_on_review_stands() -> None:
    # near miss: the provisional reading confirmed is this report's diagnosis
    text = _PROVISIONAL.format(note="E-cadherin is negative. The provisional diagnosis is confirmed.")
    assert _labels(text) == {"L": "-", "R": "M"}
