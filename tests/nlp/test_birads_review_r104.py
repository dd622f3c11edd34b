"""Review r104 of the radiology b104 rules: each over-reach the review confirmed (and the two it left to judge, a glossed
category name after a negation and an abbreviation's dot before another side's words) with its right labels, and the
rules' own positive cases, which still read.

- "BI-RADS on the right changed to N" revises only as the plain statement its own sentence is: the keyword opens the
  sentence and the new category ends it (not a condition, a question, someone else's change or one withdrawn).
- An abbreviation's dot before a comma joins a side's finding to its category's words only when no other side is named
  between the side heading and those words.
- A glossed category name with glossed sides reads only when the original words before the name's gloss are the name's
  own (no more words than the gloss: "Geen goedaardige bevindingen [Benign findings]" is "no benign findings").

Labels are written "L R" (tests.nlp.labels.birads_codes)."""
import pytest

from tests.nlp.labels import birads_codes

_BOTH_CONCLUDED = "Bilateral breast ultrasound.\nConclusion: BI-RADS: right 3, left 1.\n"

# ------------------------------------------------------------------ rule 2: "BI-RADS on the right changed to"


@pytest.mark.parametrize("text", [
    # (someone else's change, which the radiologist rejects)
    _BOTH_CONCLUDED + "Addendum: BI-RADS on the right changed to 4A by the referring clinician, we disagree; remains 3.",
    # (a condition, no revision)
    _BOTH_CONCLUDED + "If MRI is positive, BI-RADS on the right changed to 4A.",
    # (a question answered "it did not")
    _BOTH_CONCLUDED + "The clinician asked whether BI-RADS on the right changed to 4A; it did not.",
    # (a change made in error and withdrawn)
    _BOTH_CONCLUDED + "Addendum: BI-RADS on the right changed to 4A in error; please disregard, category 3 stands.",
])
def test_revision_on_a_side_that_is_no_plain_statement_keeps_the_conclusion(text: str) -> None:
    assert birads_codes(text) == "1 3"


@pytest.mark.parametrize(("text", "codes"), [
    (_BOTH_CONCLUDED + "\nAddendum:\nBI-RADS on the left changed to 2.", "2 3"),
    (_BOTH_CONCLUDED + "Addendum: BI-RADS on the right has been changed to 4B.", "1 4B"),
    (_BOTH_CONCLUDED + "Addendum: BI-RADS on the right changed to IV-C.", "1 4C"),
    (_BOTH_CONCLUDED + "Addendum: BI-RADS on the lt changed to 2.", "2 3"),
    # ("on the right side")
    (_BOTH_CONCLUDED + "Addendum: BI-RADS on the right side changed to 4A.", "1 4A"),
    # (after another sentence of the addendum, a sentence following it)
    (_BOTH_CONCLUDED + "\nAddendum 10/03/2026:\nShear-wave images reviewed. BI-RADS on the right changed to IV-B. "
     "Core biopsy advised.", "1 4B"),
    # (glossed chunk by chunk, in a sentence of its own)
    (_BOTH_CONCLUDED + "\nPapildymas [Addendum] 2026-03-10:\nElastografija peržiūrėta. BI-RADS dešinėje pakeista "
     "[BI-RADS on the right changed] į IV-A [to IV-A]. Biopsija rekomenduojama.", "1 4A"),
])
def test_plain_revision_on_a_side(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


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
