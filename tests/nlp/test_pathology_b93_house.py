"""Pathology rules developed on released batches b93 and b94, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from nlp.pathology import get_pipeline, states_from_findings
from tests.nlp.test_pathology import labels


def _review(text: str) -> dict[str, bool]:
    """Per breast: whether the report sends it to review."""
    states = states_from_findings(get_pipeline()(text)._.findings)
    return {side: state["needs_review"] for side, state in states.items()}


def test_a_relative_named_straight_before_her_cancer_without_a_verb() -> None:
    # an EHR problem entry's comment: "mother breast cancer at 41" is family history, never the patient's
    entry = ("Source note (pathology result):\n  FINAL DIAGNOSIS:\n"
             "  A. LEFT BREAST, CORE BIOPSY: FIBROADENOMA.\n"
             "  B. RIGHT BREAST, CORE BIOPSY: COLUMNAR CELL CHANGE.\n"
             "Problem comments: Genetics referral (maternal aunt breast cancer at 38; sister's breast ca).\n")
    assert labels(entry) == {"L": "B", "R": "B"}
    # near miss: a relative named before other words is no cue; the patient's own cancer labels
    assert labels("Seen with her mother today. Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n") == {
        "L": "M", "R": "-"}


def test_a_lump_at_a_mastectomy_scar_named_as_the_place_sampled() -> None:
    # "mastectomy scar nodule, excision:" names where the sample was taken; the diagnosis after the colon decides
    lump = ("Diagnosis: Left chest wall, previous mastectomy scar lump, excision: fat necrosis and foreign body "
            "reaction. No evidence of recurrent carcinoma.\n")
    assert labels(lump) == {"L": "-", "R": "-"}
    # near miss: a scar the re-excision finds in the tissue is a scar finding (B)
    assert labels("Diagnosis: Left breast, re-excision: scar nodule with fat necrosis; no residual carcinoma.\n") == {
        "L": "B", "R": "-"}


def test_a_comma_typed_dictation_says_its_british_headings_where_its_lines_open() -> None:
    # a dictation that names itself, typed with commas and no full stops at its line ends: "clinical details",
    # "macro", "micro" and "conclusion" open its paragraphs, so the microscopy's "no ... carcinoma" does not run
    # on into the conclusion
    dictated = ("Pathology dictation, Dr R Okafor, lab number L26/5120, Mrs Ada Brennan.\n"
                "clinical details right breast 11 o'clock distortion, vacuum biopsy\n"
                "macro six cores, the largest 12 mm, all embedded\n"
                "micro the cores show a stellate scar with entrapped ducts, no atypia or in situ or invasive carcinoma\n"
                "conclusion right breast 11 o'clock VAB, radial scar, B3\n"
                "end of dictation, typed 06/03/2026\n")
    assert labels(dictated) == {"L": "-", "R": "B"}
    # near miss: a conclusion that finds only benign breast tissue labels nothing
    assert labels(dictated.replace("radial scar, B3", "benign breast tissue, B1")) == {"L": "-", "R": "-"}


def test_a_dictated_heading_for_microscopy_and_diagnosis_together_heads_the_diagnosis() -> None:
    # "Microscopic and diagnosis." heads a diagnosis, so the report calling it provisional leaves the breast open
    provisional = ("Doctor Lind dictating case B26 dash 0441.\nClinical history. Right breast mass.\n"
                   "Microscopic and diagnosis. Right breast, core biopsy: invasive lobular carcinoma, classic type. "
                   "The diagnosis above should be regarded as provisional pending review.\nEnd of dictation.\n")
    assert labels(provisional)["R"] == "M" and _review(provisional) == {"L": False, "R": True}
    # ... also said without its full stop in a transcript of spoken punctuation
    spoken = ("Doctor Moss dictating case C26 dash 0071 period\nclinical history right breast mass period\n"
              "microscopic and diagnosis right breast comma core biopsy colon fibroadenoma period the diagnosis above "
              "should be regarded as provisional period\nend of dictation\n")
    assert labels(spoken) == {"L": "-", "R": "B"} and _review(spoken) == {"L": False, "R": True}
    # near miss: without the caveat the same diagnosis is settled
    settled = provisional.replace(" The diagnosis above should be regarded as provisional pending review.", "")
    assert labels(settled) == {"L": "-", "R": "M"} and _review(settled) == {"L": False, "R": False}


def test_a_laterality_correction_naming_the_specimen_by_its_part_label() -> None:
    # "The specimen labelled part A was received from the LEFT breast": only part A moves; part B keeps its side
    corrected = ("Report status: CORRECTED\nCORRECTED REPORT - LATERALITY\n"
                 "The specimen labelled part A was received from the LEFT breast, not the right as originally "
                 "reported. Part B is unchanged.\n\nFINAL DIAGNOSIS:\n"
                 "A. Left breast, 2:00, core biopsy (laterality corrected): fibroadenoma.\n"
                 "B. Right breast, 10:00, core biopsy: ductal carcinoma in situ, high grade.\n")
    assert labels(corrected) == {"L": "B", "R": "M"}
    # near miss: a correction that names no part moves the whole diagnosis to the corrected side
    whole = ("Report status: CORRECTED\nCORRECTED REPORT - LATERALITY\nThe specimen was received from the LEFT "
             "breast, not the right as originally reported.\n\nFINAL DIAGNOSIS:\nRight breast, core biopsy: "
             "fibroadenoma.\n")
    assert labels(whole) == {"L": "B", "R": "-"}


def test_an_ocr_digit_for_the_l_that_ends_a_capitalised_word() -> None:
    # a fax read by OCR: a word-final "1" after A, O, U or L in a capitalised word is an L ("DUCTA1" is DUCTAL)
    fax = ("FAX  P.01/02\nHIST0PATH0L0GY REP0RT - C0MMUNITY H0SPITAL\n"
           "(A) LEFT BREAST - FIBR0ADEN0MA.\n(B) RIGHT BREAST - ATYPICA1 DUCTA1 HYPERPLASIA.\n")
    assert labels(fax) == {"L": "B", "R": "B"}
    # near miss: a gene name ending in its number keeps it ("BRCA1" is no word misread), and a typed report is
    # read as typed
    assert labels("Left breast, core biopsy: invasive ductal carcinoma. BRCA1 carrier.\n") == {"L": "M", "R": "-"}
