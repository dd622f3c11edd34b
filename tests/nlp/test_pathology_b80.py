"""Pathology rules developed on released batch b80, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_an_indication_box_named_with_its_histology_holds_the_copied_result() -> None:
    # a pre-operative assessment record copies the biopsy result into its indication box: the result labels
    assert labels("PRE-OPERATIVE ASSESSMENT\nPlanned procedure: right mastectomy\n\n"
                  "Indication / histopathology (copied from lab system, 03/02/2026):\n"
                  "  Right breast core 10 o'clock: invasive lobular carcinoma, grade 2.\n\n"
                  "Past medical history: asthma.\n") == {"L": "-", "R": "M"}
    assert labels("Indication - pathology (from EHR): LEFT BREAST, CORE: DCIS, HIGH GRADE.\n"
                  "Airway: MP I.\n") == {"L": "M", "R": "-"}
    # near miss: an indication alone is the reason for the operation, the history
    assert labels("PRE-OPERATIVE ASSESSMENT\n\nIndication (from referral): left breast cancer for wide local "
                  "excision.\n\nPast medical history: asthma.\n") == {"L": "-", "R": "-"}


def test_a_dictated_scar_named_after_its_operation_before_the_procedure_is_the_place_sampled() -> None:
    # "site, operation scar, procedure, diagnosis": the scar is where the excision was taken, no scar finding
    assert labels("Final diagnosis, left chest wall, mastectomy scar, excision, suture granuloma. "
                  "No evidence of recurrent carcinoma.") == {"L": "-", "R": "-"}
    assert labels("Final diagnosis, right chest wall, mastectomy scar, excision, recurrent invasive ductal "
                  "carcinoma.") == {"L": "-", "R": "M"}
    # near miss: a scar the re-excision finds in the tissue is still a scar
    assert labels("Left breast, re-excision, previous excision scar with fat necrosis. "
                  "No residual carcinoma.") == {"L": "B", "R": "-"}


def test_an_addendum_printed_above_that_says_the_final_diagnosis_is_unchanged_keeps_it() -> None:
    report = ("ADDENDUM 1 (03/20/2026)\nDeeper levels were examined. No atypia or carcinoma identified on levels. "
              "The final diagnosis is {verdict}\n"
              "----------------------------------------\n"
              "FINAL DIAGNOSIS (03/16/2026)\nLeft breast, core biopsy:\n - Fibroadenoma.\n")
    assert labels(report.format(verdict="unchanged.")) == {"L": "B", "R": "-"}
    # near miss: an addendum that gives the final diagnosis replaces the one below it
    assert labels(report.format(verdict=": benign phyllodes tumour.")) != {"L": "B", "R": "-"}


def test_a_current_report_below_a_superseded_one_replaces_it_whole() -> None:
    # a part booked in error is left out of the current report: the superseded version's part does not label
    report = ("Report version 2 (REVISED)\nREVISION: Part 1 was booked in error and has been removed.\n\n"
              "Previous (superseded):\n1. Left breast core: invasive carcinoma NST grade 2.\n"
              "2. Right breast core: fibroadenoma.\n\nCurrent report:\n2. Right breast core: fibroadenoma.\n")
    assert labels(report) == {"L": "-", "R": "B"}
    # near miss: a report with one version reads its diagnosis
    assert labels("Current report:\n1. Left breast core: invasive carcinoma NST grade 2.\n") == {"L": "M", "R": "-"}
