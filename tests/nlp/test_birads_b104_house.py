"""Radiology b104 (translated Lithuanian, Finnish and Belgian reports): a side list in Roman numerals writes its 0 in
Arabic ("BI-RADS: right 0, left III"); a conclusion's two glossed sides with their categories and no keyword ("Išvada
[Conclusion]: dešinė [right] 4C, kairė [left] 1"), its combined heading naming "echoscopy"; a corrected record's
"Korjauksen syy [Reason for correction] <date>:" opens a correction; a category's name and its sides each glossed
("Goedaardige bevindingen [Benign findings], beide borsten [both breasts]."); an abbreviation's dot before a comma ends
no sentence ("... 7 val., tikriausiai gerybinis [probably benign]")."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ an Arabic 0 in a list of Roman categories


def test_arabic_zero_beside_a_roman_category() -> None:
    text = "Echoscopy of both breasts.\nConclusion:\nBI-RADS: right 0, left IV-B.\nRecommendation: mammography."
    assert birads_codes(text) == "4B 0"


def test_arabic_zero_after_a_roman_category() -> None:
    text = "BILATERAL BREAST ULTRASOUND\nConclusion: BI-RADS: left II, right 0.\nMammography needed."
    assert birads_codes(text) == "2 0"


@pytest.mark.parametrize(("text", "codes"), [
    # (an Arabic list reads as before)
    ("BILATERAL BREAST ULTRASOUND\nConclusion: BI-RADS: right 0, left 4A.", "4A 0"),
    # (a zero that counts is no category)
    ("BILATERAL BREAST ULTRASOUND\nConclusion: BI-RADS: right 0 lesions, left 2.", "- 0"),
    # (more words on the list's line: the list is not the conclusion's whole assessment, it ends before the 0)
    ("BILATERAL BREAST ULTRASOUND\nConclusion: BI-RADS: left II, right 0. Mammography needed.", "2 -"),
    # (an earlier exam's list stays history)
    ("BILATERAL BREAST ULTRASOUND\nPrevious examinations: BI-RADS: right 0, left III (2024).\n"
     "Conclusion: BI-RADS 2 bilaterally.", "2 2"),
])
def test_near_miss_zero_in_a_side_list(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ glossed sides of a conclusion, no keyword


def test_final_conclusion_of_echoscopy_with_glossed_sides() -> None:
    text = ("Mammography and echoscopy of both breasts.\nMammographic category: BI-RADS 0.\n"
            "Galutinė išvada (mamografija + echoskopija) [Final conclusion (mammography + echoscopy)]: "
            "dešinė [right] 2, kairė [left] 4B.")
    assert birads_codes(text) == "4B 2"


def test_conclusion_with_glossed_sides() -> None:
    assert birads_codes("Echoscopy of both breasts.\nIšvada [Conclusion]: kairė [left] 3, dešinė [right] 1.") == "3 1"


@pytest.mark.parametrize(("text", "codes"), [
    # (sizes and clock hours after the glossed sides)
    ("Echoscopy of both breasts.\nFindings: dešinė [right] 4 cm, kairė [left] 2 val. formation.\n"
     "Conclusion: BI-RADS 2 bilaterally.", "2 2"),
    # (one glossed side alone, a clock hour after it)
    ("Echoscopy of the right breast.\nIšvada [Conclusion]: dešinė [right] 2 val. formation, probably a cyst.", "- -"),
    # (counts, the list going on after the second number)
    ("Echoscopy of both breasts.\nCysts: dešinė [right] 2, kairė [left] 3 cysts.\n"
     "Conclusion: benign findings, both breasts.", "2 2"),
])
def test_near_miss_glossed_sides(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ "Reason for correction" opens a correction


def test_glossed_reason_for_correction_moves_the_side() -> None:
    text = ("Breast ultrasound, one side.\nConclusion: BI-RADS 3.\nSigned 02.04.2026\n\n"
            "Korjauksen syy [Reason for correction] 04.04.2026:\nThe examination was done on the LEFT breast, not the right.")
    assert birads_codes(text) == "3 -"


def test_reason_for_correction_in_english_moves_the_side() -> None:
    text = ("Breast ultrasound, one side.\nRight breast: 8 mm cyst. BI-RADS 2.\n\nReason for correction 04.04.2026:\n"
            "The examination was performed on the LEFT breast, not the right.")
    assert birads_codes(text) == "2 -"


@pytest.mark.parametrize(("text", "codes"), [
    # (a correction of the name moves nothing)
    ("Left breast ultrasound.\nConclusion: BI-RADS 2.\n\nReason for correction 04.04.2026:\n"
     "The patient's surname was misspelt.", "2 -"),
    # (the words inside a sentence open nothing)
    ("Right breast ultrasound.\nConclusion: BI-RADS 4A.\nThe reason for correction requests is listed on the portal; "
     "the left breast was not examined.", "- 4A"),
    # (a banner saying the entry was corrected is no correction section)
    ("Right breast ultrasound.\nConclusion: BI-RADS 4A.\nMerkintä on korjattu [The entry has been corrected] "
     "04.04.2026 - vasen [left] nimi.", "- 4A"),
])
def test_near_miss_reason_for_correction(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a glossed category name and glossed sides


def test_glossed_name_and_glossed_sides_under_the_conclusion() -> None:
    text = ("Mammografie en echografie beide borsten.\nBesluit [Conclusion]:\n"
            "Goedaardige bevindingen [Benign findings], beide borsten [both breasts].")
    assert birads_codes(text) == "2 2"


def test_glossed_name_and_glossed_side_after_the_heading() -> None:
    text = ("Echografie linkerborst.\n"
            "Besluit [Conclusion]: Waarschijnlijk goedaardig [probably benign], linkerborst [left breast].")
    assert birads_codes(text) == "3 -"


@pytest.mark.parametrize(("text", "codes"), [
    # (a finding glossed, not a category's name)
    ("Echografie beide borsten.\nBesluit [Conclusion]: Eenvoudige cysten [simple cysts], beide borsten [both breasts].",
     "- -"),
    # (the glossed name inside a sentence)
    ("Echografie beide borsten.\nBesluit [Conclusion]: cysten, goedaardige bevindingen [benign findings] links, "
     "beide borsten [both breasts] gezien. BI-RADS 2.", "2 2"),
    # (a descriptive word glossed)
    ("Echografie beide borsten.\nBevindingen [Findings]: Goedaardig uitziende klier [benign-appearing node], "
     "linkerborst [left breast].\nBesluit [Conclusion]: geen letsels.", "- -"),
])
def test_near_miss_glossed_name(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ an abbreviation's dot before a comma


def test_abbreviated_clock_hour_before_the_name() -> None:
    text = ("Echoscopy of the left breast.\n"
            "Conclusion: Left breast: oval formation at 3 val., tikriausiai gerybinis [probably benign].")
    assert birads_codes(text) == "3 -"


def test_abbreviation_before_a_comma_in_english() -> None:
    text = "Ultrasound of the right breast.\nImpression: Right breast: small cyst near the areola etc., benign finding."
    assert birads_codes(text) == "- 2"


@pytest.mark.parametrize(("text", "codes"), [
    # (two dots: the sentence ends, a descriptive phrase follows)
    ("Ultrasound of the right breast.\nImpression: Right breast: nodule at 7 val.. Probably benign appearance on "
     "ultrasound, see text.", "- -"),
    # (under a findings heading the words describe)
    ("Ultrasound of the right breast.\nFindings: Right breast: oval mass 7 val., probably benign appearance.\n"
     "No impression given.", "- -"),
    # (in the history, an earlier scan's words)
    ("Ultrasound of the right breast.\nHistory: Right breast: nodule at 9 val., probably benign on the 2024 scan.\n"
     "Conclusion: BI-RADS 2.", "- 2"),
])
def test_near_miss_abbreviation_before_a_comma(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
