"""Pathology rules developed on released batch b104, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.labels import pathology_codes as states
from tests.nlp.test_pathology import labels


def test_a_finding_not_seen_in_the_sections_is_negated() -> None:
    # "not grossly or microscopically identified", "not histologically seen": the sections do not show it
    report = ("DIAGNOSIS:\nRight breast, re-excision: fibrocystic change. Previous biopsy site not grossly or "
              "microscopically identified.\n")
    assert labels(report) == {"L": "-", "R": "-"}
    assert labels("Left breast, core: papilloma not histologically identified in the levels examined; benign "
                  "breast tissue.\n") == {"L": "-", "R": "-"}
    # near miss: not seen by the naked eye only, the sections still find it
    assert labels("Right breast, re-excision: biopsy site not grossly identified; microscopically, healed biopsy "
                  "site changes are present.\n") == {"L": "-", "R": "B"}
    # near miss: the other side's scar is found; only the negated one goes
    assert labels("A. Left breast, re-excision: scar not microscopically identified; fibrocystic change.\n"
                  "B. Right breast, excision: radial scar, 7 mm.\n") == {"L": "-", "R": "B"}
    # near miss: a hedge stays a hedge (the asserted entity labels)
    assert labels("Left breast, core: atypical ductal hyperplasia; low-grade DCIS cannot be excluded.\n") == {
        "L": "B", "R": "-"}
    # near miss: a history's carcinoma stays history, the microscopic negation does not make it a diagnosis
    assert labels("Clinical history: left breast DCIS 2019.\nDiagnosis: Right breast, reduction: fibroadenoma. "
                  "Atypia not microscopically identified.\n") == {"L": "-", "R": "B"}


def test_a_data_set_named_by_its_body_and_tumour_restates_its_part() -> None:
    # "RCPath DCIS dataset (1):" after two parts: its DCIS is part 1's, not the last part's
    report = ("Conclusion:\n1. Right wide local excision: DCIS, intermediate grade, 22 mm.\n"
              "2. Left breast core: fibroadenoma.\n\n"
              "RCPath DCIS dataset (1): DCIS present, intermediate grade, 22 mm, margins clear.\n")
    assert labels(report) == {"L": "B", "R": "M"}
    # near miss: a data set that names its own side keeps it
    sided = report.replace("dataset (1): DCIS present", "dataset (1): left breast, DCIS present")
    assert labels(sided) == {"L": "BM", "R": "M"}
    # near miss: the DCIS part is the last part already: nothing moves
    last = ("Conclusion:\n1. Left breast core: fibroadenoma.\n2. Right mastectomy: DCIS, high grade, 40 mm.\n\n"
            "NHSBSP DCIS dataset: DCIS present, high grade, 40 mm.\n")
    assert labels(last) == {"L": "B", "R": "M"}
    # near miss: a data set quoted in the history labels nothing
    history = ("Clinical history: NHSBSP DCIS dataset of 2019: DCIS, left breast.\n"
               "Conclusion:\n1. Right breast core: sclerosing adenosis.\n2. Left breast core: cyst.\n")
    assert labels(history) == {"L": "B", "R": "B"}


def test_a_diagnosis_dated_before_the_addendum_above_it_is_the_first_issue() -> None:
    # a system printing the newest part first, its dates with the month named: the "may be revised" addendum above
    # leaves the diagnosis below it open
    report = ("ANATOMIC PATHOLOGY\n== ADDENDUM (09-Mar-2026) ==\nFurther levels requested; the diagnosis may be "
              "revised once they are examined.\n== FINAL DIAGNOSIS (04-Mar-2026) ==\n"
              "Right breast, core biopsy: atypical ductal hyperplasia.\n")
    assert states(report) == {"L": "-", "R": "?"}
    # near miss: a diagnosis dated after the addendum is the revision that settles it
    later = report.replace("FINAL DIAGNOSIS (04-Mar-2026)", "FINAL DIAGNOSIS (12-Mar-2026)")
    assert states(later) == {"L": "-", "R": "B"}
    # near miss: an addendum that only adds receptor results leaves the carcinoma below
    receptors = ("== ADDENDUM (09 March 2026) ==\nER 8/8, PR 6/8, HER2 1+.\n== FINAL DIAGNOSIS (04 March 2026) ==\n"
                 "Left breast, core biopsy: invasive carcinoma NST, grade 2.\n")
    assert states(receptors) == {"L": "M", "R": "-"}
    # near miss: the other breast, not named by the diagnosis, stays as it is
    assert states(report)["L"] == "-"


def test_a_withdrawal_wrapped_after_on_reads_its_date_as_one_sentence() -> None:
    # "... issued on" / "12/03/2026 is withdrawn": the line break before the date ends no sentence
    report = ("CORRECTED DIAGNOSIS (20/03/2026):\nRight breast, excision: fibroadenoma. The diagnosis of DCIS issued on\n"
              "11/03/2026 is withdrawn.\nDiagnosis as first issued (11/03/2026):\nRight breast, excision: DCIS, "
              "low grade.\n")
    assert labels(report) == {"L": "-", "R": "B"}
    # near miss: a confirmation dated the same way withdraws nothing
    confirmed = report.replace("is withdrawn", "is confirmed").replace("fibroadenoma. The", "DCIS, low grade. The")
    assert labels(confirmed) == {"L": "-", "R": "M"}
    # near miss: a history sentence wrapped so stays history
    history = ("Clinical history: left breast DCIS diagnosed on\n12/01/2024, treated by excision.\n"
               "Diagnosis: Right breast, core: papilloma.\n")
    assert labels(history) == {"L": "-", "R": "B"}
    # near miss: a date heading the next line after a full sentence starts a sentence of its own
    separate = ("Diagnosis: Left breast, core: invasive carcinoma NST, grade 1. Discussed at MDT on\n"
                "14/03/2026 the diagnosis stands.\n")
    assert labels(separate) == {"L": "M", "R": "-"}


def test_an_outside_report_named_with_its_source_in_brackets_does_not_label() -> None:
    # 'Outside report (Hillside Laboratory, 02/2026) reads: "..."': the referring diagnosis, not this one
    report = ('CONSULTATION\nOutside report (Hillside Laboratory, 02/2026) reads: "Left breast core: fibroadenoma."\n'
              "Our review:\nLEFT BREAST, CORE: borderline phyllodes tumour.\n")
    assert labels(report) == {"L": "M", "R": "-"}
    # near miss: an outside report merely named, our own diagnosis after it, still labels
    agreed = ("Outside report (Hillside Laboratory) reviewed; we agree: Left breast core: fibroadenoma.\n")
    assert labels(agreed) == {"L": "B", "R": "-"}
    # near miss: another organ quoted from outside labels no breast; our breast diagnosis does
    organ = ('Outside report (Hillside Laboratory, 01/2026) reads: "Thyroid: papillary carcinoma."\n'
             "Our diagnosis: Right breast, core: fibroadenoma.\n")
    assert labels(organ) == {"L": "-", "R": "B"}
    # near miss: a bracketed aside of our own specimen is no outside report
    own = "Diagnosis (our laboratory): Right breast, core: invasive lobular carcinoma.\n"
    assert labels(own) == {"L": "-", "R": "M"}


def test_a_terse_pre_treatment_line_is_history() -> None:
    # "Pre-tx:" is the pre-treatment field in short: the carcinoma before neoadjuvant treatment
    report = "SP 26-90\nL mastect post-NAC: no residual ca, ypT0 ypN0.\nPre-tx: L ILC gr2 (core 11/25).\n"
    assert labels(report) == {"L": "-", "R": "-"}
    # near miss: the residual carcinoma after treatment, on its own line below the field, still labels
    residual = "SP 26-91\nPre-tx: R IDC gr3 (core 09/25).\nR mastect post-NAC: residual IDC 4 mm.\nL mastect: FA.\n"
    assert labels(residual) == {"L": "B", "R": "M"}
    # near miss: the words inside a sentence head nothing
    assert labels("R WLE: residual ILC 6 mm after pre-tx chemo.\n") == {"L": "-", "R": "M"}
    # near miss: the other breast's diagnosis below the field keeps its label
    other = "SP 26-92\nR mastect post-NAC: no residual ca.\nPre-tx: R IDC gr3.\nL mastect (RRM): DCIS 5 mm.\n"
    assert labels(other) == {"L": "M", "R": "-"}


def test_an_erratum_with_abbreviated_sides_moves_the_diagnosis() -> None:
    # 'please read "Lt. breast" as "Rt. breast"': the diagnosis printed as left is the right breast's
    report = ('Correction: please read "Lt. breast" as "Rt. breast" in the report below (request form error).\n'
              "Diagnosis: Lt. breast, core: fibroadenoma.\n")
    assert labels(report) == {"L": "-", "R": "B"}
    # near miss: an erratum of the clock position moves no side
    clock = ("Correction: please read \"2 o'clock\" as \"10 o'clock\" in the report below.\n"
             "Diagnosis: Lt. breast, core: fibroadenoma.\n")
    assert labels(clock) == {"L": "B", "R": "-"}
    # near miss: "read ... together with" another side's report is no erratum
    together = ("Note: please read together with the Rt. breast report of the same day.\n"
                "Diagnosis: Lt. breast, core: invasive carcinoma NST.\n")
    assert labels(together) == {"L": "M", "R": "-"}
    # near miss: the history's abbreviated side stays history
    history = "Clinical: Rt. breast cancer 2019.\nDiagnosis: Lt. breast, core: papilloma.\n"
    assert labels(history) == {"L": "B", "R": "-"}


def test_an_anamnesis_heading_is_the_history() -> None:
    # "Anamnesis:" (a translated report's Latin heading) holds the history: its carcinoma is the patient's past
    report = ("Anamnesis: carcinoma of the left breast, core biopsy 2025, neoadjuvant chemotherapy.\n"
              "Conclusion: Left breast after mastectomy: no residual tumour, ypT0. Right breast, core: fibroadenoma.\n")
    assert labels(report) == {"L": "-", "R": "B"}
    # near miss: the word inside a diagnosis sentence heads nothing
    assert labels("Conclusion: Left breast: fibroadenoma, in keeping with the anamnesis.\n") == {"L": "B", "R": "-"}
    # near miss: the conclusion under the history still labels the same breast
    same = "Anamnesis: lump of the right breast.\nConclusion: Right breast, core: invasive carcinoma NST, G2.\n"
    assert labels(same) == {"L": "-", "R": "M"}
    # near miss: a hedge in the history labels nothing, the conclusion does
    hedge = "Anamnesis: suspected DCIS, left.\nConclusion: Left breast, core: DCIS, low grade.\n"
    assert labels(hedge) == {"L": "M", "R": "-"}


def test_a_numbered_conclusion_takes_its_sides_from_the_numbered_specimen_line() -> None:
    # "Material: 1) right ...; 2) left ..." then "Conclusion: 1) ...; 2) ...": item N is specimen N's
    report = ("Material: 1) right breast, core biopsy; 2) left breast, core biopsy.\n"
              "Conclusion: 1) Invasive carcinoma NST, G2; receptors to follow. 2) Fibroadenoma.\n")
    assert labels(report) == {"L": "B", "R": "M"}
    # near miss: one specimen only, the report's one side
    assert labels("Material: 1) right breast, core biopsy.\nConclusion: 1) Fibroadenoma.\n") == {"L": "-", "R": "B"}
    # near miss: a lymph node item labels no breast
    node = ("Material: 1) right breast, core biopsy; 2) left axillary lymph node, core biopsy.\n"
            "Conclusion: 1) Fibroadenoma. 2) Metastatic carcinoma in 1 of 1 lymph nodes.\n")
    assert labels(node) == {"L": "-", "R": "B"}
    # near miss: numbers in the history are no specimen list
    history = ("Clinical history: 1) right breast DCIS 2019; 2) left breast cyst 2021.\n"
               "Material: left breast, excision.\nConclusion: fibroadenoma.\n")
    assert labels(history) == {"L": "B", "R": "-"}
    # near miss: an item naming its own side keeps it
    own = ("Material: 1) right breast, core biopsy; 2) left breast, core biopsy.\n"
           "Conclusion: 1) Fibroadenoma. 2) Lobular neoplasia, classic type, in the left breast.\n")
    assert labels(own) == {"L": "B", "R": "B"}
