"""Review r104 of the radiology b104 rules: each over-reach the review confirmed (and the two it left to judge, a glossed
category name after a negation and an abbreviation's dot before another side's words) with its right labels, and the
rules' own positive cases, which still read. (The "BI-RADS on the right changed to N" rule was withdrawn after review
r104b, and its tests with it; review r104b narrowed rule 8 further: tests/nlp/test_birads_review_r104b.py.)

- An abbreviation's dot before a comma joins a side's finding to its category's words only when no other side is named
  between the side heading and those words.
- A glossed category name with glossed sides reads only when the original words before the name's gloss are the name's
  own (no more words than the gloss: "Geen goedaardige bevindingen [Benign findings]" is "no benign findings").

Labels are written "L R" (tests.nlp.labels.birads_codes)."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ rule 8: an abbreviation's dot before a comma


@pytest.mark.parametrize(("text", "codes"), [
    # (the probably benign nodule is the left's; its side is not read from the category's words)
    ("Ultrasound of both breasts.\nConclusion: Right breast: nodule 7 val., left breast nodule 3 val., probably benign.",
     "- -"),
    ("Ultrasound of both breasts.\nConclusion: Right breast: cyst 7 val., in the left breast a nodule 2 val., probably "
     "benign.", "- -"),
    # ("probably benign" may go with either side: not the right's alone)
    ("Ultrasound of both breasts.\nConclusion: Right breast: nodule 7 val., left breast normal, probably benign.", "- -"),
])
def test_abbreviation_before_a_comma_does_not_run_over_another_side(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("Echoscopy of the right breast.\nConclusion: Right breast: oval formation at 7 val., probably benign.", "- 3"),
    ("Echoscopy of the left breast.\nIšvada [Conclusion]: Kairė krūtis [Left breast]: ovalus darinys 4 val., "
     "tikriausiai gerybinis [probably benign].", "3 -"),
    ("Ultrasound of the right breast.\nConclusion: Right breast: solid mass 10 val., suspicious [suspicious].", "- 4"),
])
def test_abbreviation_before_a_comma_within_one_side(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ rule 7: a glossed category name, glossed sides


def test_negated_glossed_name_reads_no_category() -> None:
    text = ("Echografie beide borsten.\nBesluit [Conclusion]:\n"
            "Geen goedaardige bevindingen [Benign findings], beide borsten [both breasts].")
    assert birads_codes(text) == "- -"


@pytest.mark.parametrize(("text", "codes"), [
    ("Echografie beide borsten.\nBesluit [Conclusion]:\nNegatief [Negative], beide borsten [both breasts].", "1 1"),
    ("Echografie beide borsten.\nBesluit [Conclusion]:\nGoedaardige bevindingen [Benign findings], rechterborst "
     "[right breast].", "- 2"),
    ("Echografie beide borsten.\nBesluit [Conclusion]:\nVerdacht [Suspicious], linkerborst [left breast].", "4 -"),
    ("Echografie beide borsten.\nBesluit [Conclusion]:\nGoedaardig [Benign], bilateraal [bilateral].", "2 2"),
])
def test_glossed_name_in_its_own_words(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
