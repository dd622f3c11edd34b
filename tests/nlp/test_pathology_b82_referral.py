"""Pathology rules developed on batch b82's prosthesis fitting referrals (a breast-care nurse's form that
summarises surgery and quotes histology) and batch b77's REDCap printouts, one class per test (new
wording, with a near miss)."""

from __future__ import annotations

from nlp.evaluation import state_code
from nlp.pathology import breast_states


def _labels(text: str) -> dict[str, str]:
    return {side: state_code(state) for side, state in breast_states(text).items()}


def test_an_operation_with_its_year_for_a_cancer_is_history() -> None:
    text = ("1. Surgery performed: Replacement prosthesis only.\n"
            "   Right mastectomy in 2018 for invasive ductal carcinoma, treatment completed 2019.\n"
            "2. Histology summary: no new specimen.\n")
    assert _labels(text)["R"] == "-"
    # near miss: today's specimen named with its own diagnosis stays asserted
    today = "Right breast, mastectomy 2026: invasive ductal carcinoma, grade 2, 24 mm.\n"
    assert _labels(today)["R"] == "M"


def test_what_the_patient_feared_a_lump_was_is_no_diagnosis() -> None:
    text = ("1. Surgery performed: Left breast excision of a fibroadenoma. She had been afraid that it might be "
            "cancer; reassured.\n"
            '2. Histology: "Left breast, excision: fibroadenoma. No atypia or malignancy."\n')
    assert _labels(text)["L"] == "B"
    # near miss: a worrisome finding itself is still read
    near = "Left breast core: invasive carcinoma with worrisome features, grade 3.\n"
    assert _labels(near)["L"] == "M"


def test_an_upgrade_left_for_excision_to_assess_is_no_diagnosis() -> None:
    text = ("Left breast, stereotactic core: atypical ductal hyperplasia. Negative for carcinoma.\n"
            "Notes: excision booked. Upgrade to DCIS cannot be assessed until then.\n")
    assert _labels(text)["L"] == "B"
    # near miss: a DCIS diagnosed, with another feature left unassessed, stays malignant
    near = "Left breast, core: ductal carcinoma in situ, high grade; invasion cannot be assessed on this core.\n"
    assert _labels(near)["L"] == "M"


def test_a_negation_no_wrapped_at_a_line_end_goes_on_to_the_next_line() -> None:
    text = ('Final diagnosis [dx_text]    "LEFT BREAST, EXCISION: FIBROADENOMA. NO ATYPIA. NO\n'
            '                             MALIGNANCY."\n')
    assert _labels(text)["L"] == "B"
    # near miss: a form's answer "No" after a question mark ends its line; the next line's finding is read
    near = ("Left breast core. Previous biopsy? No\n"
            "Diagnosis: invasive ductal carcinoma, grade 2.\n")
    assert _labels(near)["L"] == "M"


def test_a_biopsy_site_field_caption_with_its_variable_name_or_a_place_is_a_label() -> None:
    text = ("Biopsy side [bxp_side] ........ Right\n"
            "Biopsy site [bxp_site] ........ 9 o'clock, 7 cm FN\n"
            'Verbatim diagnosis [bxp_dx] ... "Right breast core: ductal carcinoma in situ, high grade."\n')
    assert _labels(text)["R"] == "M"
    placed = "Bx site: right breast, upper outer quadrant\nDiagnosis: invasive ductal carcinoma, grade 2.\n"
    assert _labels(placed)["R"] == "M"
    # near miss: the caption answered by what the site shows is still biopsy-site changes
    near = "Right breast re-excision.\nBiopsy site: organising haematoma and fat necrosis.\n"
    assert _labels(near)["R"] == "B"
