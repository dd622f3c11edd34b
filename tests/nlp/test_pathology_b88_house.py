"""Pathology rules developed on released batch b88, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_SURGERY_CRF = ("TRIAL XYZ - CASE REPORT FORM\n"
                "Form 9: PATHOLOGY AFTER NEOADJUVANT THERAPY        Page 1 of 1\n"
                "Site: 031 Elmford District Hospital     Subject ID: 031-0004\n\n"
                "SECTION 1 - BASELINE DIAGNOSIS (copied from the screening form)\n"
                "  Side: {baseline}   Histology: invasive ductal carcinoma, grade 2\n\n"
                "SECTION 2 - OPERATION\n"
                "  Breast operated:  {left} Left  {right} Right\n"
                "  Axilla:  [X] Sentinel node biopsy  [ ] Axillary clearance\n\n"
                "SECTION 3 - {heading}\n"
                "  3.1 Residual invasive carcinoma in breast:  {invasive_yes} Yes  {invasive_no} No\n"
                "  3.2 Residual DCIS:  {dcis_yes} Yes  {dcis_no} No\n"
                "  3.3 Lymph nodes positive / examined: 0 / 3\n\n"
                "SECTION 4 - OTHER FINDINGS (tick all that apply)\n"
                "  {fa} Fibroadenoma  [ ] Papilloma  [ ] Radial scar  {none} None\n"
                "{details}\n"
                "Completed by: research nurse      Date: 02/04/2026\n")


def _crf(heading: str = "PATHOLOGY OF OPERATED BREAST", invasive: bool = False, dcis: bool = False,
         side: str = "Left", fibroadenoma: bool = False, details: str = "") -> dict[str, str]:
    def box(ticked: bool) -> str:
        return "[X]" if ticked else "[ ]"

    return labels(_SURGERY_CRF.format(
        baseline=side, left=box(side == "Left"), right=box(side == "Right"), heading=heading,
        invasive_yes=box(invasive), invasive_no=box(not invasive), dcis_yes=box(dcis), dcis_no=box(not dcis),
        fa=box(fibroadenoma), none=box(not fibroadenoma), details=details))


def test_a_forms_section_for_the_operated_specimens_pathology_is_its_diagnosis() -> None:
    # the section after the form's copied baseline diagnosis that records the specimen's pathology reports it;
    # its yes / no fields ticked "Yes" are findings
    assert _crf(invasive=True) == {"L": "M", "R": "-"}
    assert _crf(heading="PATHOLOGY OF THE SURGICAL SPECIMEN", invasive=True) == {"L": "M", "R": "-"}
    assert _crf(heading="PATHOLOGY AT DEFINITIVE SURGERY", invasive=True, side="Right") == {"L": "-", "R": "M"}
    # (the breast named by the section's heading, where its first site word left is the node count: DCIS only)
    assert _crf(heading="PATHOLOGY OF OPERATED BREAST", dcis=True) == {"L": "M", "R": "-"}
    # near misses: both fields answered "No" (a complete response) label nothing, the baseline carcinoma is history
    assert _crf() == {"L": "-", "R": "-"}
    # a section of clinical findings stays history like any section of unknown name
    assert _crf(heading="CLINICAL FINDINGS", invasive=True) == {"L": "-", "R": "-"}
    # and so does a section whose pathology is not the operated specimen's, or a bare "FINDINGS"
    for heading in ("PATHOLOGY FROM OUTSIDE HOSPITAL", "PATHOLOGY ON CORE BIOPSY", "PATHOLOGY OF PRIOR BREAST CANCER",
                    "FINDINGS"):
        assert _crf(heading=heading, invasive=True) == {"L": "-", "R": "-"}, heading


def test_a_ticked_options_details_line_gives_its_side() -> None:
    # "[X] Fibroadenoma" over "Details: RIGHT reduction specimen - fibroadenoma ...": the side heading the details'
    # mention of the option, not the side the form's index breast has
    assert _crf(fibroadenoma=True, details="  Details: RIGHT reduction specimen - fibroadenoma 11 mm. "
                                           "Left specimen - fat necrosis only around tumour bed.") == {"L": "-", "R": "B"}
    # the details' one side, where they name the option in other words ("ALH/LCIS" / "atypical lobular hyperplasia")
    assert _crf(fibroadenoma=True, details="  Side / details: RIGHT (contralateral) specimen, 9 mm.") == {
        "L": "-", "R": "B"}
    # near miss: without a details line the ticked option stays on the operated breast
    assert _crf(fibroadenoma=True) == {"L": "B", "R": "-"}


def test_a_term_behind_anti_names_what_a_treatment_acts_against() -> None:
    chart = ("SYSTEMIC ANTI-CANCER THERAPY (SACT) PRESCRIPTION - Oncology Day Unit\n"
             "Intent: [X] Neoadjuvant\n"
             "HISTOLOGY: \"Right breast, core biopsy: {histology}\"\n"
             "REGIMEN: EC90 cycle 1; anticancer drugs checked by pharmacist.\n")
    assert labels(chart.format(histology="fibroadenoma.")) == {"L": "-", "R": "B"}
    assert labels("Left breast core: anti-tumour therapy effect only, no residual carcinoma.") == {"L": "-", "R": "-"}
    # near miss: the diagnosis itself in the same chart
    assert labels(chart.format(histology="invasive carcinoma NST, grade 2.")) == {"L": "-", "R": "M"}


def test_a_typed_dictations_clinical_history_line_is_history() -> None:
    # a dictation transcript typed with full stops and no blank lines opens its paragraphs on new lines
    report = ("Dictated report, Elmford Hospital, case EH26-0001, Dr. A. Smith.\n"
              "clinical history forty year old, query phyllodes versus carcinoma left breast.\n"
              "Final diagnosis. Left breast, core biopsy, {diagnosis}\n")
    assert labels(report.format(diagnosis="fibroadenoma.")) == {"L": "B", "R": "-"}
    # near miss: the diagnosis the history queried, found
    assert labels(report.format(diagnosis="invasive carcinoma NST, grade 2.")) == {"L": "M", "R": "-"}


def test_a_quoted_corrected_reports_side_note_moves_its_reprinted_diagnosis() -> None:
    # a corrected report quoted in a longer record, past its head: the note before the diagnosis reprinted "as
    # originally issued" moves that diagnosis to the side it names
    chart = ("SYSTEMIC ANTI-CANCER THERAPY (SACT) PRESCRIPTION - Oncology Day Unit, Elmford General Hospital\n"
             "Patient: Mrs A. SAMPLE   Hosp No: E0000001   Ht 160 cm  Wt 60 kg  BSA 1.64 m2\n"
             "Consultant: Dr A. Smith    Intent: [X] Neoadjuvant  [ ] Adjuvant  [ ] Palliative\n\n"
             "INDICATION (ICD-10): C50.9 Malignant neoplasm of breast, unspecified\n"
             "HISTOLOGY (transcribed from pathology report EG26-H-0001, CORRECTED REPORT authorised 01/03/2026):\n"
             "  \"{note}\n"
             "   Final diagnosis (as originally issued): Left breast 2 o'clock, core: invasive carcinoma NST, "
             "grade 2.\"\n\n"
             "REGIMEN: docetaxel 75 mg/m2   Cycle 1\n")
    assert labels(chart.format(note="Correction: the specimen is from the LEFT breast, not the right as originally "
                                    "reported.").replace("Left breast 2", "Right breast 2")) == {"L": "M", "R": "-"}
    assert labels(chart.format(note="Correction: the specimen is from the RIGHT breast, not the left as originally "
                                    "reported.")) == {"L": "-", "R": "M"}
    # near miss: a corrected report with no side note keeps its printed side
    assert labels(chart.format(note="Correction: the grade was mistyped.").replace(
        " (as originally issued)", "")) == {"L": "M", "R": "-"}
