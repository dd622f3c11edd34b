"""Pathology rules developed on released batch b111, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import states

_DATED = "Report date 14/03/2026.\n"


# The bare earlier-year rule and the "on that specimen" rule were withdrawn after review p111b (their b111 reports are
# in test_accuracy's WITHDRAWN_PATHOLOGY_MISSES); their near misses still read as below.


def test_near_misses_of_the_earlier_year() -> None:
    # a year that is not earlier than the report's dates, a classification's year, and a year not closing the phrase
    assert states(_DATED + "Diagnosis: Left breast core: fibroadenoma 2026, 12 mm.\n") == {"L": "B", "R": "-"}
    assert states(_DATED + "Diagnosis: Left breast core: invasive carcinoma NST (WHO 2019), grade 2.\n") == {
        "L": "M", "R": "-"}
    assert states(_DATED + "Diagnosis: Left breast core: invasive lobular carcinoma 2019 criteria met, grade 2.\n") == {
        "L": "M", "R": "-"}
    assert states(_DATED + "Diagnosis: Left breast core: DCIS, high grade. Her 2019 left core is not available.\n") == {
        "L": "M", "R": "-"}
    # ... and a report that prints no date of its own
    assert states("Diagnosis: Left breast core: invasive lobular carcinoma 2019, grade 2.\n") == {"L": "M", "R": "-"}


def test_italian_cannot_be_excluded_hedges_its_entity() -> None:
    # "Non si può escludere un carcinoma ..." is "a carcinoma cannot be excluded": what is asserted labels
    report = ("DIAGNOSI: Mammella sinistra, agobiopsia: papilloma intraduttale. Non si può escludere un carcinoma "
              "papillare in aree non campionate.\n")
    assert states(report) == {"L": "B", "R": "-"}
    assert states(report.replace("Non si può escludere", "Non è possibile escludere")) == {"L": "B", "R": "-"}
    # near misses: an asserted Italian carcinoma, an exclusion that is a negation, and an English hedge unchanged
    assert states("DIAGNOSI: Mammella sinistra, agobiopsia: carcinoma duttale infiltrante, grado 2.\n") == {
        "L": "M", "R": "-"}
    assert states("DIAGNOSI: Mammella sinistra: papilloma intraduttale. Carcinoma: escluso.\n") == {"L": "B", "R": "-"}
    assert states("DIAGNOSIS: Left breast core: papilloma; papillary carcinoma is diagnosed on levels.\n") == {
        "L": "BM", "R": "-"}


def test_a_conditional_result_of_a_pending_specimen_is_no_diagnosis() -> None:
    # "If the excision shows DCIS, ..." tells what would follow, not what was found
    report = ("Diagnosis: Left breast core: atypical ductal hyperplasia.\n"
              "Plan: excision. If the excision shows DCIS, radiotherapy will be discussed.\n")
    assert states(report) == {"L": "B", "R": "-"}
    assert states(report.replace("If the excision shows DCIS", "If it were to show carcinoma")) == {"L": "B", "R": "-"}
    # near misses: the excision's own result stated, a "shows" without "if", and "if" before another verb
    assert states("Diagnosis: Left breast excision: the excision shows DCIS, low grade.\n") == {"L": "M", "R": "-"}
    assert states("Diagnosis: Left breast core: ADH. The right core shows invasive carcinoma NST.\n") == {
        "L": "B", "R": "M"}
    assert states("Diagnosis: Left breast core: invasive carcinoma NST; if needed, HER2 FISH will follow.\n") == {
        "L": "M", "R": "-"}
    assert states("Diagnosis: Left breast core: ADH if the excision shows no more, follow-up is advised.\n") == {
        "L": "B", "R": "-"}


def test_a_diagnosis_said_to_be_not_diagnosed_is_negated() -> None:
    # a reviewer's "DCIS is not diagnosed: the criteria are not met" withholds the DCIS
    report = ("REVIEW DIAGNOSIS: Right breast, core: atypical ductal hyperplasia. Low-grade DCIS is not diagnosed: the "
              "lesion is too small.\n")
    assert states(report) == {"L": "-", "R": "B"}
    assert states(report.replace("is not diagnosed:", "is not diagnosed.")) == {"L": "-", "R": "B"}
    # near misses: "not diagnosed" that does not end the clause, a "diagnosed" without "not", and "not" elsewhere
    assert states("REVIEW DIAGNOSIS: Right breast, excision: DCIS, not diagnosed on the core, 6 mm.\n") == {
        "L": "-", "R": "M"}
    assert states("REVIEW DIAGNOSIS: Right breast, core: ADH. Low-grade DCIS is diagnosed on levels.\n") == {
        "L": "-", "R": "BM"}
    assert states("REVIEW DIAGNOSIS: Right breast, core: DCIS; invasion is not seen.\n") == {"L": "-", "R": "M"}


def test_a_final_classification_on_this_or_that_specimen_is_still_pending() -> None:
    # near misses of the withdrawn "on that specimen" rule: this specimen's classification still to come
    report = "DIAGNOSIS: Left breast, core: atypical ductal hyperplasia.\nComment: excision is advised, and "
    assert states(report + "the final classification will be made on this specimen after levels.\n") == {
        "L": "?", "R": "-"}
    assert states(report + "the final classification is pending.\n") == {"L": "?", "R": "-"}
    assert states(report + "the final diagnosis will be issued after levels.\n") == {"L": "?", "R": "-"}
