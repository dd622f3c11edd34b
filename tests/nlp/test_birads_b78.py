"""Radiology b72 / b78: the classes their last wrong reports stood for, each with a near miss."""

from nlp.birads import extract_birads


def test_french_acr_owner_before_a_glossed_side_list() -> None:
    text = ("Conclusion / Conclusion: BI-RADS ACR : sein droit / right breast 4B ; sein gauche / left breast 2.\n"
            "Biopsie stéréotaxique à droite / stereotactic biopsy on the right.\n")
    assert extract_birads(text) == {"L": "2", "R": "4B"}
    assert extract_birads("Conclusion: BI-RADS ACR: right breast 3; left breast 1.\n") == {"L": "1", "R": "3"}


def test_acr_owner_before_a_measurement_is_no_side_list() -> None:
    # near miss: without a colon, a size after the side word is no category
    assert extract_birads("Findings: BI-RADS ACR right breast 2 cm mass, see below.\n")["R"] is None


def test_per_side_list_wrapped_after_a_full_stop() -> None:
    text = ("Overall: BI-RADS 4B. By side: right 4B (distortion with sonographic correlate; US-guided biopsy).\n"
            "Left 1 (no abnormality).\n")
    assert extract_birads(text) == {"L": "1", "R": "4B"}


def test_wrapped_line_with_a_measurement_is_no_item() -> None:
    # near miss: the next line's "Left 4 cm ..." is a size, so the overall category stays on the left
    text = "Overall: BI-RADS 4B. By side: right 4B (distortion).\nLeft 4 cm from the nipple: no abnormality.\n"
    assert extract_birads(text)["L"] != "4"


def test_final_opinion_outranks_mammography_alone() -> None:
    text = ("Digital mammography both breasts:\nDense breasts.\nMammography alone: BIRADS 0 (dense breasts, needs sonar).\n\n"
            "Complementary sonar both breasts:\nSimple cysts.\n\n"
            "Final opinion (mammo + sonar):\nBilateral simple breast cysts.\nBIRADS 2 both breasts.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    assert extract_birads(text.replace("Final opinion (mammo + sonar):", "Final opinion:")) == {"L": "2", "R": "2"}
    assert extract_birads(text.replace("Final opinion (mammo + sonar):", "Opinion (mammo + sonar):")) == {"L": "2", "R": "2"}


def test_mammography_alone_without_a_final_heading_stays() -> None:
    # near miss: no final or combined heading after it, so the modality's category is not outranked
    text = "Digital mammography both breasts:\nMammography alone: BIRADS 0.\n\nOpinion:\nBIRADS 2 both breasts.\n"
    assert extract_birads(text) == {"L": "0", "R": "0"}


def test_category_on_the_pre_op_exam_is_history() -> None:
    text = ("54F, day 1 post L mastectomy for L breast multifocal IDC (dx 08/2026, BI-RADS 6 on pre-op MRI).\n"
            "Imaging - US RIGHT BREAST, targeted:\n\"Simple cyst, right breast 3 o'clock. BI-RADS 2 - Benign.\"\n"
            "(The left side was not imaged - operated side.)\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_category_on_this_pre_operative_mri_is_read() -> None:
    # near miss: the report's own pre-operative exam
    text = "PRE-OPERATIVE MRI, LEFT BREAST\nImpression: known left breast carcinoma. BI-RADS 6 on this pre-operative MRI.\n"
    assert extract_birads(text)["L"] == "6"
