"""Radiology b81: the classes its wrong reports stood for, each with a near miss."""

from nlp.birads import extract_birads

_PRINTOUT_HEAD = (" EXAM DATE  ACCESSION   PROC CODE  DESCRIPTION\n"
                  " 05/04/26   RA2605047   MAM0207    MAM SCREEN BILAT W TOMO\n"
                  " FINDINGS: NEW CALCIFICATIONS LT UOQ. RT BREAST UNREMARKABLE.\n"
                  " IMPRESSION:\n")


def test_indented_numbered_item_opened_by_a_side_letter_gives_that_side() -> None:
    text = _PRINTOUT_HEAD + (" 1. L NEW CALCIFICATIONS. RECALL FOR MAG VIEWS. BI-RADS 0.\n"
                             " 2. R NEGATIVE. BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "0", "R": "1"}
    other = _PRINTOUT_HEAD + (" 1. R incomplete, needs US. BI-RADS 0.\n"
                              " 2. L negative. BI-RADS 1.\n")
    assert extract_birads(other) == {"L": "1", "R": "0"}


def test_indented_numbered_item_opened_by_a_name_initial_gives_no_side() -> None:
    # near miss: a capital letter before a capitalised word is a name's initial, not a side
    text = _PRINTOUT_HEAD + " 1. R Patel reviewed the study. BI-RADS 2.\n"
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_side_category_named_in_the_first_language_with_a_gloss_continues_the_list() -> None:
    text = "Závěr [Conclusion]: BI-RADS vlevo (left) 6 - známý karcinom [known carcinoma], vpravo (right) 1.\n"
    assert extract_birads(text) == {"L": "6", "R": "1"}
    other = "Conclusion: BI-RADS right 0 - doplnit UZ [ultrasound to follow], left 2.\n"
    assert extract_birads(other) == {"L": "2", "R": "0"}


def test_glossed_category_name_then_a_measured_side_is_no_second_category() -> None:
    # near miss: a number with its unit after the next side word is a measurement
    text = "Conclusion: BI-RADS left 6 - známý karcinom [known carcinoma], right 1 cm node.\n"
    assert extract_birads(text)["R"] is None


_PROTOCOL_HEAD = "PROTOCOL OF ULTRASOUND EXAMINATION OF THE RIGHT MAMMARY GLAND No. 1251\n"


def test_one_latin_side_letter_with_a_roman_category_gives_that_side() -> None:
    text = _PROTOCOL_HEAD + "CONCLUSION: Focal formation of the right gland.\nBI-RADS: D - IVa.\n"
    assert extract_birads(text) == {"L": None, "R": "4A"}
    left = "PROTOCOL OF ULTRASOUND EXAMINATION OF THE LEFT MAMMARY GLAND\nBI-RADS: S - III.\n"
    assert extract_birads(left) == {"L": "3", "R": None}


def test_latin_side_letter_before_a_word_is_no_category() -> None:
    # near miss: a Roman-looking letter opening a word ("Very dense") is no category
    text = _PROTOCOL_HEAD + "BI-RADS: D - Very dense tissue.\n"
    assert extract_birads(text) == {"L": None, "R": None}


def test_category_quoted_in_a_protocols_anamnesis_is_history() -> None:
    text = ("PROTOCOL OF ULTRASOUND EXAMINATION OF THE MAMMARY GLANDS No. 1322\n"
            "5. Anamnesis (Анамнез): USG 09.2025 in private clinic - \"cyst of the right gland, BI-RADS 2\".\n"
            "9. Focal formations: D - not revealed (previous cyst has resolved). S - not revealed.\n"
            "CONCLUSION (Хулоса): Echo-picture of the mammary glands without pathology.\n"
            "BI-RADS: D - 1, S - 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_category_in_a_protocols_findings_item_is_no_history() -> None:
    # near miss: only the anamnesis item is history; a numbered findings item states this exam's category
    text = ("PROTOCOL OF ULTRASOUND EXAMINATION OF THE RIGHT MAMMARY GLAND\n"
            "5. Anamnesis: no complaints.\n"
            "9. Focal formations: right gland simple cyst 6 mm, BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_side_letter_and_scores_ending_a_sentence_give_the_category_after_them() -> None:
    text = ("Conclusion: R U4 M4 - irregular 11 mm mass at 9 o'clock. BI-RADS equivalent 4C.\n"
            "L U1 M1. BI-RADS equivalent 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "4C"}


def test_another_sides_score_between_gives_the_category_to_that_side() -> None:
    # near miss: the category goes to the side of the last score before it on the line
    text = "Conclusion: L U1 M1. R U3. BI-RADS equivalent 3.\n"
    assert extract_birads(text) == {"L": None, "R": "3"}
