"""Radiology classes fixed on styles batch b77, each with its near miss (new wording, not the batch's reports)."""

from __future__ import annotations

from nlp.birads import extract_birads


def test_a_uk_score_lines_category_wrapped_onto_the_next_line_keeps_the_scores_side() -> None:
    text = ("Ultrasound both breasts.\nSummary: L U1. R U3 - 7 mm well-defined hypoechoic nodule at 10 o'clock, likely a\n"
            "fibroadenoma (BI-RADS equivalent 3). Follow-up scan in six months.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}
    # near miss: the line above closes its sentence: the category's own line is read as before (both sides)
    closed = text.replace("likely a\nfibroadenoma (BI-RADS", "likely a fibroadenoma.\nOverall (BI-RADS")
    assert extract_birads(closed) == {"L": "3", "R": "3"}


def test_a_dictated_side_word_at_a_wrapped_lines_end_opens_the_next_statement() -> None:
    text = ("bilateral mammogram dictated\nimpression left breast benign calcifications birads two right breast\n"
            "irregular mass at ten o'clock birads four b biopsy advised\n")
    assert extract_birads(text) == {"L": "2", "R": "4B"}
    # near miss: with no side before the category the side word after it still names its side
    alone = text.replace("impression left breast benign calcifications birads two right breast\n",
                         "impression benign calcifications birads two right breast\n")
    assert extract_birads(alone) == {"L": "4B", "R": "2"}


def test_a_side_in_parentheses_before_its_colon_continues_the_list() -> None:
    text = "BILATERAL MAMMOGRAM\n\nConclusion: BI-RADS (left): 5; (right): 2. Ultrasound-guided biopsy of the left mass.\n"
    assert extract_birads(text) == {"L": "5", "R": "2"}
    translated = text.replace("(left)", "(bal / left)").replace("(right)", "(jobb / right)")
    assert extract_birads(translated) == {"L": "5", "R": "2"}
    # near miss: a parenthesised aside after the category with a measurement is no second side
    aside = "BILATERAL MAMMOGRAM\n\nConclusion: BI-RADS (left): 5 (right 3 mm node, benign).\n"
    assert extract_birads(aside) == {"L": "5", "R": None}


def test_a_translated_side_heading_run_in_after_a_colon_or_full_stop_is_read_by_its_english_name() -> None:
    text = ("Vizsgálat [Examination]: Kétoldali mammográfia [Bilateral mammography]\n"
            "Konklúzió [Conclusion]: Bal emlő [Left breast]: jóindulatú [benign] calcifications, BI-RADS 2. "
            "Jobb emlő [Right breast]: gyanús [suspicious] mass, BI-RADS 4B.\n")
    assert extract_birads(text) == {"L": "2", "R": "4B"}
    # near miss: a bracket that glosses no heading (no colon after it) changes nothing
    plain = text.replace("Jobb emlő [Right breast]: gyanús", "Right breast: gyanús")
    assert extract_birads(plain) == {"L": "2", "R": "4B"}


def test_a_translated_known_diagnosis_heading_is_history() -> None:
    text = ("Vizsgálat [Examination]: Kétoldali emlő MR [Bilateral breast MRI]\n"
            "Ismert betegség [Known diagnosis]: left breast carcinoma (core biopsy 2025.06.), pre-treatment BI-RADS 5.\n"
            "Konklúzió [Conclusion]: Bal emlő [Left breast]: known malignancy, responding, BI-RADS 6. "
            "Jobb emlő [Right breast]: negatív [negative], BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "6", "R": "1"}
    # the heading alone: its category is never the exam's; near miss: the same line glossed "[Findings]" is
    head = "Vizsgálat [Examination]: Kétoldali emlő MR [Bilateral breast MRI]\n"
    known = "Ismert betegség [Known diagnosis]: left breast carcinoma (core biopsy 2025.06.), BI-RADS 5.\n"
    assert extract_birads(head + known) == {"L": None, "R": None}
    assert extract_birads(head + known.replace("[Known diagnosis]", "[Findings]")) == {"L": "5", "R": None}


def test_a_category_name_glossed_in_square_brackets_after_a_headings_colon_is_read_by_its_gloss() -> None:
    text = ("Vizsgálat [Examination]: Bal emlő ultrahang [Left breast ultrasound]\n"
            "Konklúzió [Conclusion]: valószínűleg jóindulatú [probably benign]. Control in six months.\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    # near miss: a glossed finding that is no category's name gives none
    assert extract_birads(text.replace("valószínűleg jóindulatú [probably benign]", "ciszta [cyst]")) == {
        "L": None, "R": None}


def test_an_imaging_item_stated_as_none_quotes_an_earlier_category_over_its_wrapped_line() -> None:
    text = ("BREAST CARE NURSE REVIEW\nHistory: right mastectomy 2022, implant reconstruction.\n"
            "Breast imaging: none - no routine imaging of the reconstructed breast; last mammogram (2021)\n"
            "BI-RADS 4C right.\nPlan: review in clinic in one year.\n")
    assert extract_birads(text) == {"L": None, "R": None}
    # near miss: "none required" is a plan, not a report of no imaging: the category on its line is read
    plan = ("RIGHT BREAST ULTRASOUND\nFindings: simple cyst at 2 o'clock.\n"
            "Further imaging: none required, BI-RADS 2.\n")
    assert extract_birads(plan) == {"L": None, "R": "2"}
