"""Pathology rules developed on released batch b82, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_LOG = ("HISTOPATHOLOGY TRAINING E-PORTFOLIO - CASE LOG ENTRY\n"
        "Trainee: Dr K. Amadi (ST2)     Educational supervisor: Dr L. Fenwick\n"
        "Curriculum area: {area}\n\n"
        "Specimen type: Left breast 2 o'clock core\n"
        "Clinical summary: Mass 14 mm, U4.\n\n"
        "{trainee}"
        "Consultant final diagnosis (as authorised): Left breast 2 o'clock core - {final}.\n"
        "Agreement with final: {agreement}\n\n"
        "Learning points: {points}\n"
        "Supervisor sign-off: Dr L. Fenwick, 10/03/2026\n")


def _log(final: str, trainee: str = "", area: str = "Breast pathology - core biopsies",
         agreement: str = "Full", points: str = "sampling.") -> dict[str, str]:
    return labels(_LOG.format(final=final, trainee=trainee, area=area, agreement=agreement, points=points))


def test_a_trainee_reading_replaced_by_the_consultant_final_diagnosis_does_not_label() -> None:
    # the trainee's provisional reading is the diagnosis as first issued: the consultant's final one labels
    assert _log("atypical ductal hyperplasia, 1.5 mm. B3",
                trainee="Trainee provisional reading (pre-review, superseded): DCIS, low grade.\n",
                agreement="Partial (over-called as DCIS)") == {"L": "B", "R": "-"}
    assert _log("fibroadenoma. B2", trainee="Trainee's initial diagnosis: invasive lobular carcinoma.\n") \
        == {"L": "B", "R": "-"}
    # near miss: the consultant's final diagnosis still labels when it agrees with the trainee
    assert _log("invasive carcinoma of no special type, grade 2. B5b",
                trainee="Trainee provisional reading (pre-review): invasive carcinoma NST.\n") == {"L": "M", "R": "-"}


def test_an_eportfolio_entry_fields_on_the_case_name_no_diagnosis() -> None:
    # its topic, its teaching points and its agreement line speak of diagnoses, not of this breast
    assert _log("usual ductal hyperplasia", area="Breast pathology - invasive carcinoma grading",
                points="radial scar versus tubular carcinoma; the grading of phyllodes tumours.",
                agreement="Major discrepancy (read as invasive carcinoma)") == {"L": "B", "R": "-"}
    # near miss: a carcinoma in the final diagnosis labels whatever the learning points say
    assert _log("invasive lobular carcinoma, classical type", points="E-cadherin in lobular lesions.") \
        == {"L": "M", "R": "-"}


def test_a_czech_laterality_correction_moves_the_reprinted_diagnosis() -> None:
    report = ("FAKULTNÍ NEMOCNICE - Ústav patologie [Institute of Pathology]\n"
              "Oprava [Correction] 12.04.2026: Strana byla chybně uvedena [the side was given wrongly]. Vzorek je "
              "{where} [not from the left, as originally stated].\n\n"
              "Závěr [Conclusion] (původní znění [as originally issued]):\n"
              "Prs vlevo, core [Left breast, core]: invazivní lobulární karcinom [invasive lobular carcinoma].\n")
    assert labels(report.format(where="z PRAVÉHO prsu [RIGHT breast], nikoli z levého")) == {"L": "-", "R": "M"}
    # near miss: a note that names the same side as the reprint moves nothing
    assert labels(report.format(where="z LEVÉHO prsu [LEFT breast], nikoli z levého")) == {"L": "M", "R": "-"}
