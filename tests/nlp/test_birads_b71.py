"""Reading classes of radiology b71, each in words of its own (not taken from the batch)."""
from nlp.birads import extract_birads
from nlp.layout import translated_view


def test_a_heading_in_a_script_the_rules_do_not_read_is_read_by_its_english_gloss() -> None:
    text = ("Ультразвуковое исследование молочных желез [Ultrasound of the mammary glands]\n(translated from Russian)\n\n"
            "Анамнез [History]: follow-up of a small cyst in the right breast.\n\n"
            "Описание [Findings]:\n"
            "Правая молочная железа [Right mammary gland]: at 9 o'clock an oval circumscribed hypoechoic nodule 6 x 3 mm, "
            "unchanged compared with 02.2025 (followed for 12 months).\n"
            "Левая молочная железа [Left mammary gland]: no focal lesion.\n\n"
            "Заключение [Conclusion]: stable probably benign nodule of the right breast.\n"
            "BI-RADS: справа [right] 2, слева [left] 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}
    view = translated_view(text)
    assert len(view) == len(text)
    assert "History :" in view and "Анамнез" not in view and "[History]" not in view
    # a gloss in parentheses is read the same way
    assert " History : none." in translated_view("Анамнез (History): none.")


def test_a_latin_script_heading_keeps_its_own_words_and_a_non_gloss_bracket_stays() -> None:
    # near misses: an original the rules may read keeps its words (the bracketed heading is blanked as before) ...
    assert translated_view("Conclusion [Konklusion]: benign.") == "Conclusion             : benign."
    # ... and brackets after a non-Latin word that hold no English words are left alone
    line = "Узел [12 mm] at 3 o'clock, stable."
    assert translated_view(line) == line


def test_a_heading_naming_only_the_division_by_side_heads_a_category_block() -> None:
    text = ("Message from breast imaging: bilateral diagnostic mammogram done.\n"
            "Left: 11 mm spiculated mass at 2:00; right clear.\n"
            "By breast:\n"
            "Left: 4C (spiculated 2:00 mass) - stereotactic biopsy advised\n"
            "Right: 1\n")
    assert extract_birads(text) == {"L": "4C", "R": "1"}


def test_under_a_division_heading_a_count_of_findings_is_no_category() -> None:
    # near miss: the side lines count findings ("2 cysts"), so they give no category; the impression's does
    text = ("Bilateral breast ultrasound.\nPer side:\nRight: 2 simple cysts, largest 6 mm.\nLeft: 1 cyst of 4 mm.\n"
            "Impression: benign cysts. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_a_seniors_final_opening_a_sentence_of_a_message_replaces_the_preliminary_category() -> None:
    text = ("[02/09/2026 21:15] Dr. P. Okafor (resident): Prelim: limited US right breast, 9 mm oval mass at 7:00, "
            "probably benign, prelim BI-RADS 3. Will be over-read.\n"
            "[02/10/2026 07:50] Dr. H. Lund (consultant): Over-read done, the margin is indistinct in part. "
            "Final (consultant): R 4B - moderate suspicion; core biopsy advised.\n")
    assert extract_birads(text) == {"L": None, "R": "4B"}


def test_a_final_without_a_senior_reader_mid_sentence_is_no_revision() -> None:
    # near miss: "final" mid-sentence naming no senior reader opens nothing; the preliminary category stands
    text = ("[02/09/2026 21:15] Dr. P. Okafor: Prelim: limited US right breast, 9 mm oval mass at 7:00, prelim BI-RADS 3. "
            "Final (report to follow) tomorrow.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}
