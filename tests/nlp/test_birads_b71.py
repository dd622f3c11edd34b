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

