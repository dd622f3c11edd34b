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
