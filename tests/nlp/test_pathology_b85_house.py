"""Pathology rules developed on released batch b85, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from nlp.pathology import get_pipeline, states_from_findings


def _labels(text: str) -> dict[str, str]:
    """Compact per-breast labels ("-", "B", "M" or "BM") read by the public pipeline."""
    doc = get_pipeline()(text)
    out = {}
    for side, state in states_from_findings(doc._.findings).items():
        out[side] = ("B" if state["benign"] else "") + ("M" if state["malignant"] else "") or "-"
    return out


_FORM = ("PROVINCIAL HISTOPATHOLOGY REQUEST AND RESULT FORM\n"
         "SECTION A - CLINICAL DETAILS\n"
         "  {clinical}\n"
         "SECTION B - SPECIMEN\n"
         "  Organ: Breast     Side: {side}\n"
         "SECTION C - {result}\n"
         "  Macroscopy: Two cores, 1.2 cm.\n"
         "  Diagnosis: {diagnosis}\n"
         "SECTION D - PATHOLOGIST\n"
         "  Dr A. Mensah     Date: 02/03/2026\n")


def test_a_forms_result_section_holds_the_diagnosis() -> None:
    # the box the laboratory fills in is its report: the indented "Diagnosis:" field in it is the diagnosis
    assert _labels(_FORM.format(clinical="Lump, 3 cm.", side="Left", result="RESULTS",
                                diagnosis="Left breast, core: Invasive lobular carcinoma, grade 2.")) == {"L": "M", "R": "-"}
    assert _labels(_FORM.format(clinical="Lump, 3 cm.", side="Right", result="HISTOLOGY RESULT",
                                diagnosis="Right breast, core: Fibroadenoma.")) == {"L": "-", "R": "B"}
    # near miss: a "Diagnosis:" field indented under the clinical details is the clinician's, still history
    assert _labels("SECTION A - CLINICAL DETAILS\n"
                   "  Diagnosis: Left breast carcinoma on core.\n"
                   "SECTION B - SPECIMEN\n"
                   "  Organ: Breast     Side: Left\n") == {"L": "-", "R": "-"}


_RESULT_ENQUIRY = ("LIS RESULT ENQUIRY - VERSION HISTORY\n"
                   "Specimen      : Right breast 10 o'clock, core biopsy\n"
                   "TEST: HISTOPATHOLOGY\n"
                   "  Version 3 (F) 12/03/2026 : FINAL DIAGNOSIS:\n"
                   "                Right breast, core: Fibroadenoma. No malignancy.\n"
                   "  Version 2 (C) 10/03/2026 : DIAGNOSIS ({status}):\n"
                   "                Right breast, core: Invasive lobular carcinoma, grade 2.\n")


def test_a_lab_systems_version_row_marked_superseded_is_dropped() -> None:
    # a version row with its one-letter status code, its own heading naming it superseded / replaced: not the diagnosis
    assert _labels(_RESULT_ENQUIRY.format(status="replaced by version 3")) == {"L": "-", "R": "B"}
    assert _labels(_RESULT_ENQUIRY.format(status="superseded")) == {"L": "-", "R": "B"}
    # near miss: a row whose heading names no dropped status still labels
    assert _labels(_RESULT_ENQUIRY.format(status="verified")) == {"L": "-", "R": "BM"}


_CONSULT = ("SECOND-OPINION REVIEW\n"
            "{header}, Department of Pathology\n"
            "Material: Fairfield Hospital slides FF26-101, \"right breast, core\"\n"
            "\n"
            "{heading} REVIEW DIAGNOSIS:\n"
            "Right axilla, core biopsy: Metastatic carcinoma, consistent with breast primary.\n"
            "{extra}")


def test_an_institutions_initials_in_its_capitalised_heading_are_its_name() -> None:
    # "MARLOW CCC" on the heading spells the header's "Marlow Comprehensive Cancer Center": no columnar cell change
    assert _labels(_CONSULT.format(header="Marlow Comprehensive Cancer Center", heading="MARLOW CCC",
                                   extra="")) == {"L": "-", "R": "-"}
    assert _labels(_CONSULT.format(header="Marlow Cancer Care Centre", heading="MARLOW CCC",
                                   extra="")) == {"L": "-", "R": "-"}
    # near miss: the abbreviation after a word that spells no institution is the finding, also after a word whose
    # capitalised phrase spells it out elsewhere only in capitals
    assert _labels(_CONSULT.format(header="Marlow Comprehensive Cancer Center", heading="MARLOW CCC",
                                   extra="Right breast, core biopsy: MILD CCC (MILD COLUMNAR CELL CHANGE).\n")
                   ) == {"L": "-", "R": "B"}
    assert _labels(_CONSULT.format(header="Marlow Comprehensive Cancer Center", heading="MARLOW CCC",
                                   extra="Right breast, core biopsy: FLAT CCC without atypia.\n")) == {"L": "-", "R": "B"}


_PARTS = ("DIAGNOSIS:\n"
          "   (A) Left breast 2 o'clock core: Invasive lobular carcinoma, grade 2.\n"
          "   (B) Right breast 9 o'clock core: Fibroadenoma.\n"
          "{summary}\n"
          "Reported by: Dr K. Osei\n")


def test_a_per_part_answer_line_gives_each_answer_its_part() -> None:
    # a line answering per part after its field name: each answer belongs to the part whose bracketed letter precedes it
    assert _labels(_PARTS.format(summary="Result code: (A) [X] Malignant   (B) [X] Benign")) == {"L": "M", "R": "B"}
    assert _labels(_PARTS.format(summary="Outcome: (A) malignant; (B) benign.")) == {"L": "M", "R": "B"}
    # near miss: without the part letters the line stays with the part it is printed in
    assert _labels(_PARTS.format(summary="   Malignant.")) == {"L": "M", "R": "BM"}
