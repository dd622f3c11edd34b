"""Code review 5 (radiology), narrowed to labels: the speed fixes of a side-less category's clause scan (P4: the side
word after it, searched from the category within a reach), of the UK-score check on a category's line, and of the
spaced subcategory letter after a 4 (P5) read every label as before; no timing is asserted."""
import pytest

from tests.nlp.labels import birads_codes

_MAMMO = "Bilateral mammogram\nImpression: "
_US = "Breast ultrasound\nConclusion:\n"
# a long clause before its side word (about 330 characters, within the reach)
_LONG_CLAUSE = "an oval circumscribed mass with no suspicious features, stable in size and appearance over two years, " * 3


@pytest.mark.parametrize(("text", "codes"), [
    # (a run of categories with no stop: the exam's, both sides; after a 3 the spaced "a" is the next word)
    (_MAMMO + "BI-RADS 3 - a " * 200 + "\n", "3 3"),
    (_MAMMO + "BI-RADS 3 " * 200 + "\n", "3 3"),
    (_MAMMO + "BI-RADS 4 - a " * 200 + "\n", "4A 4A"),
    # (the side word later in the category's clause is its side, also after a long clause)
    (_MAMMO + "BI-RADS 3 - a short-interval follow-up is advised for the right breast.\n", "- 3"),
    (_MAMMO + "BI-RADS 3 - " + _LONG_CLAUSE + "right breast.\n", "- 3"),
    (_MAMMO + "BI-RADS 3 - " + _LONG_CLAUSE + "right breast; left breast BI-RADS 1.\n", "1 3"),
])
def test_a_side_less_category_takes_the_side_word_of_its_clause(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (a subcategory letter after a long run of blanks after a 4 is still its letter; another word is not)
    (_MAMMO + "BI-RADS 4" + " " * 3000 + "a\n", "4A 4A"),
    (_MAMMO + "BI-RADS 4" + " " * 3000 + "x\n", "4 4"),
    (_MAMMO + "BI-RADS four" + " " * 300 + "- b\n", "4B 4B"),
])
def test_a_spaced_subcategory_letter_after_a_4(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (a sided UK score opening the category's line, or the line above a gloss, gives the category its side)
    (_US + "L U3 - probable fibroadenoma, BI-RADS equivalent 3.\n", "3 -"),
    (_US + "L U3 - probable fibroadenoma\n(BI-RADS equivalent 3)\n", "3 -"),
])
def test_a_sided_uk_score_line_gives_its_category_a_side(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
