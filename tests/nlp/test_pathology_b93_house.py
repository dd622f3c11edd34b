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


def test_a_part_received_from_a_side_in_error_states_the_corrected_side() -> None:
    # the side a part "was submitted from ... in error" is the wrong one; the note's corrected side moves part A
    head = "CORRECTED REPORT - LATERALITY\n"
    diagnosis = "A. Right breast, core biopsy: invasive ductal carcinoma.\n"
    for said in ("Part A was submitted from the right breast in error; it is from the LEFT breast",
                 "Part A was received from the right breast clinic but it is from the LEFT breast",
                 "Part A was taken from the right breast according to the request form, but it is from the LEFT breast"):
        assert labels(f"{head}{said}, not the right as originally reported.\n{diagnosis}") == {"L": "M", "R": "-"}
    # near miss: a part received from the corrected side, nothing retracting it, keeps that side
    assert labels(f"{head}Part A was received from the LEFT breast, not the right as originally reported.\n"
                  f"{diagnosis}") == {"L": "M", "R": "-"}


def test_a_relatives_cancer_without_a_verb_reaches_only_to_its_bracket_or_dash() -> None:
    # the family history in brackets ends at its bracket; the patient's carcinoma after the dash is her own
    assert labels("Right breast 10 o'clock core, strong FH (mother breast cancer 41) - invasive lobular carcinoma, "
                  "classic type.") == {"L": "-", "R": "M"}
    # near miss: the relative's cancer itself stays family history
    assert labels("Right breast 10 o'clock core: fibroadenoma. FH (mother breast cancer 41).") == {"L": "-", "R": "B"}


def test_a_word_that_is_also_a_relative_opens_no_family_history() -> None:
    # Spanish "gran" (large), an empty cell's "nan", a satellite's "daughter" nodules name no relative
    assert labels("Mama derecha, tumorectomía: gran tumor phyllodes maligno de 8 cm, márgenes libres.") == {
        "L": "-", "R": "M"}
    assert labels("Mama izquierda, biopsia: gran fibroadenoma.") == {"L": "B", "R": "-"}
    assert labels("Diagnosis: Left breast core, nan invasive ductal carcinoma.") == {"L": "M", "R": "-"}
    assert labels("Left breast mastectomy: a mother tumour and daughter carcinoma nodules.") == {"L": "M", "R": "-"}
    # near miss: an unambiguous relative named before her cancer is family history
    assert labels("Left breast core: fibroadenoma. FH: sister breast cancer at 45.") == {"L": "B", "R": "-"}


def test_clinical_details_said_after_the_diagnosis_headings_colon_is_no_heading() -> None:
    # a spoken-punctuation transcript: "final diagnosis colon clinical details noted comma ..." is the diagnosis
    said = ("final diagnosis colon clinical details noted comma left breast core biopsy with ductal carcinoma in situ "
            "high grade period")
    dictation = f"Doctor Moss dictating case C26 dash 0071 period\n{said}\nend of dictation\n"
    assert labels(dictation) == {"L": "M", "R": "-"}
    # near miss: "clinical details" opening its line heads the history
    history = ("Doctor Moss dictating case C26 dash 0071 period\nclinical details left breast ductal carcinoma in "
               "situ treated 2019 period\nfinal diagnosis colon left breast core biopsy comma fibroadenoma period\n"
               "end of dictation\n")
    assert labels(history) == {"L": "B", "R": "-"}


def test_an_ocr_final_1_is_an_l_only_in_a_known_word_ending_in_l() -> None:
    from nlp.layout import ocr_view

    # names and codes ending in a number keep it; an Italian plural's final 1 is its I
    words = "NOTCH1 SMARCB1 LEVEL1 SPECIMEN1 F0C0LA1 MULTIPL1 HIST0PATH0L0GY C0RE"
    assert ocr_view(words) == "NOTCH1 SMARCB1 LEVEL1 SPECIMEN1 FOCOLAI MULTIPL1 HISTOPATHOLOGY CORE"
    # near miss: a pathology word's final L read as 1 is put back
    assert ocr_view("ATYPICA1 DUCTA1 HYPERPLASIA, N0 CARCIN0MA") == "ATYPICAL DUCTAL HYPERPLASIA, NO CARCINOMA"
