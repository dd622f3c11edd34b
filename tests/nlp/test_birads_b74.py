"""Reading classes of radiology b74, each in words of its own (not taken from the batch)."""
from nlp.birads import extract_birads


def test_categories_quoted_as_one_modalitys_own_give_way_to_a_final_per_side_assessment() -> None:
    text = ("Second-look sonography of both breasts after contrast MRI.\n\n"
            "MRI review (MRI-only categories, as reported): left breast 6 mm enhancing mass at 3 o'clock - BI-RADS 4B; "
            "right breast 5 mm focus at 8 o'clock - BI-RADS 3.\n\n"
            "Sonography: the left mass is a simple cyst; no correlate on the right.\n\n"
            "Final per-side BI-RADS (MRI + sonography):\nLeft breast: 2 - benign cyst.\nRight breast: 3 - MRI follow-up.\n")
    assert extract_birads(text) == {"L": "2", "R": "3"}
    # without a final assessment below, the modality's own categories are the report's
    alone = text[: text.index("Final per-side")]
    assert extract_birads(alone) == {"L": "4B", "R": "3"}


def test_a_per_side_list_opening_a_sentence_after_the_overall_category() -> None:
    text = ("Bilateral diagnostic mammography.\nImpression: suspicious right breast mass.\n"
            "Overall: BI-RADS 4B. By side: right 4B (irregular mass, biopsy advised). Left 1 (no finding).\n")
    assert extract_birads(text) == {"L": "1", "R": "4B"}
    # a sentence that is no per-side list leaves the overall category on both sides; a clock hour is no category
    assert extract_birads(text.replace("By side:", "Remark:")) == {"L": "4B", "R": "4B"}
    assert extract_birads("Overall: BI-RADS 4B. By side: right 2 o'clock mass, left clear.\n") == {"L": "4B", "R": "4B"}


def test_a_procedure_named_by_its_kind_in_a_side_correction_above_the_note() -> None:
    text = ("Side correction: the drainage described below was performed in the right breast, not the left.\n\n"
            "PROCEDURE: ultrasound-guided drainage of a left breast abscess at 4:00.\n"
            "IMPRESSION: abscess drained completely. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}
    # a position, not a breast, after "in the left": no side moves
    assert extract_birads(text.replace("Side correction: the drainage described below was performed in the right "
                                       "breast, not the left.", "Note: the drainage was done in the left lateral "
                                       "decubitus position."))["R"] is None
