"""Radiology b79: the classes its wrong reports stood for (a mainframe results screen, ...), each with a near miss."""

from nlp.birads import extract_birads

_SCREEN_HEAD = ("RADR0440        RADIOLOGY RESULTS        PAGE 01 OF 01\n"
                "PATIENT ...: DOE, JANE      MRN ....: 00012345    SEX: F\n"
                "ORDER ..: MAM SCREEN BILAT\nREPORT TEXT:\n NO SUSPICIOUS FINDING.\nRESULT FIELDS:\n")


def test_a_results_screen_field_with_a_blank_before_its_dotted_leader() -> None:
    text = _SCREEN_HEAD + " BIRADS RT ........: 1  NEGATIVE\n BIRADS LT ........: 4A LOW SUSPICION\n"
    assert extract_birads(text) == {"L": "4A", "R": "1"}
    # another system's screen: the side in full, two blanks before the leader
    text = "RESULTS\n  BI-RADS RIGHT  .....: 2  BENIGN\n  BI-RADS LEFT  ......: 0  INCOMPLETE\n"
    assert extract_birads(text) == {"L": "0", "R": "2"}


def test_a_blank_results_screen_field_and_a_prose_ellipsis_assess_nothing() -> None:
    # near misses: an empty field after its leader, and an ellipsis in a sentence
    text = _SCREEN_HEAD + " BIRADS RT ........: 2  BENIGN\n BIRADS LT ........:\n"
    assert extract_birads(text) == {"L": None, "R": "2"}
    assert extract_birads("Left breast ... hard to say. BI-RADS 0 on the right.\n") == {"L": None, "R": "0"}


def test_a_corrected_field_value_reads_the_category_after_its_arrow() -> None:
    text = _SCREEN_HEAD + " BIRADS RT ........: 3 -> 2  BENIGN (CORRECTED 12/10/26)\n BIRADS LT ........:\n"
    assert extract_birads(text) == {"L": None, "R": "2"}
    # a coded export's field too
    assert extract_birads("ASSESSMENT_R=4A -> 3\nASSESSMENT_L=1\n") == {"L": "1", "R": "3"}


def test_an_arrow_without_a_category_leaves_the_field_value() -> None:
    # near miss: the arrow points to a remark, not a new category
    assert extract_birads("BIRADS RT: 3  -> SEE ADDENDUM\nBIRADS LT: 1\n") == {"L": "1", "R": "3"}


def test_a_category_before_both_sides_named_together_in_spanish() -> None:
    # glossed in English after a long first-language phrase, and untranslated
    text = ("Conclusión [Conclusion]: Estudio negativo [Negative study]. BI-RADS 1, mama derecha e izquierda "
            "[right and left breast].\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    assert extract_birads("Conclusión: BI-RADS 2, mamas izquierda y derecha.\n") == {"L": "2", "R": "2"}


def test_a_category_before_one_spanish_side_stays_on_that_side() -> None:
    # near misses: one side glossed after the category, and each side with its own category
    text = "Conclusión [Conclusion]: BI-RADS 3, mama derecha [right breast]. Control en 6 meses.\n"
    assert extract_birads(text) == {"L": None, "R": "3"}
    assert extract_birads("Conclusión: BI-RADS 2, mama derecha. Mama izquierda: BI-RADS 1.\n") == {"L": "1", "R": "2"}


_RIGHT_US = ("Estudio: Ecografía mamaria derecha\nHallazgos: Mama derecha: nódulo irregular de 10 mm.\n"
             "Conclusión: Mama derecha: sospecha moderada, BI-RADS 4B.\n")


def test_a_side_correction_above_the_report_that_names_the_report_below() -> None:
    text = 'Fe de erratas: en el informe de abajo, donde dice "mama derecha", debe decir "mama izquierda".\n\n' + _RIGHT_US
    assert extract_birads(text) == {"L": "4B", "R": None}
    text = ("Correction: in the report below, where it says right breast, it must read left breast.\n\n"
            "Exam: US RIGHT BREAST\nFindings: right breast 10 mm mass.\nImpression: Right breast: BI-RADS 4B.\n")
    assert extract_birads(text) == {"L": "4B", "R": None}


def test_a_side_correction_after_the_report_needs_no_word_for_below() -> None:
    # near miss: printed after the report it corrects, as before
    text = _RIGHT_US + 'Fe de erratas: donde dice "mama derecha", debe decir "mama izquierda".\n'
    assert extract_birads(text) == {"L": "4B", "R": None}


def test_a_terse_note_opening_with_its_exams_side_letter_over_an_aside_naming_the_other() -> None:
    text = "L DX MAMMO (s/p R mastectomy 2018)\nScattered FG. L UOQ oil cyst (fat necrosis), stable.\nBIRADS 2.\n"
    assert extract_birads(text) == {"L": "2", "R": None}
    assert extract_birads("Rt MRI (s/p Lt mastectomy)\nNo enhancement.\nBIRADS 1.\n") == {"L": None, "R": "1"}


def test_a_terse_note_whose_title_names_both_breasts_or_a_person() -> None:
    # near misses: a bilateral title with a side letter in its aside, and a name's initial on the first line
    assert extract_birads("BILAT DX MAMMO (s/p R lumpectomy)\nBIRADS 2.\n") == {"L": "2", "R": "2"}
    assert extract_birads("R. Smith MD\nMAMMO SCREEN BILAT\nBIRADS 1.\n") == {"L": "1", "R": "1"}


def test_a_year_after_the_parenthesis_holding_a_category_dates_it() -> None:
    text = ("Right breast: previous 6:00 nodule followed as probably benign (BI-RADS 3) in 2024 and 2025.\n\n"
            "US today: unchanged over two years. Benign, BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_a_place_after_the_parenthesis_holding_a_category_does_not_date_it() -> None:
    # near miss: "in" before a place, not a year
    assert extract_birads("Right breast: 6:00 nodule (BI-RADS 3) in the outer quadrant.\n") == {"L": None, "R": "3"}
