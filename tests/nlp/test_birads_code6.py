"""Review code6 (radiology): a "graded to" revision padded with spaces or tabs reads as it does unpadded (P1), the
revision verb is found whatever spacing before its "to" (C6), a revision dated earlier gives neither category as
today's with or without the keyword on the new one (C5), and a side correction's sentence is looked for back to a
blank line that ends right before it (C7)."""
import pytest

from nlp.birads import extract_birads

_HEAD = "US LEFT BREAST\nIMPRESSION:\n"


# ------------------------------------------------------------------ P1: padding after the new category


@pytest.mark.parametrize("pad", [" " * 400, "\t" * 400, " \t" * 150])
def test_a_revision_padded_to_a_column_keeps_its_reading(pad: str) -> None:
    # (an unended revision followed by a padded column is no accepted revision: the first category stays)
    assert extract_birads(_HEAD + "Left breast: BI-RADS 3 upgraded to 4" + pad + "Dr Smith\n") == {"L": "3", "R": None}
    # (a revision ended by its full stop is made, the padding after it changes nothing)
    assert extract_birads(_HEAD + "Left breast: BI-RADS 3 upgraded to 4." + pad + "Dr Smith\n") == {"L": "4", "R": None}


# ------------------------------------------------------------------ C6: spacing before "to"


@pytest.mark.parametrize("text", ["BI-RADS 3 upgraded  to 4.", "BI-RADS 3 upgraded\tto 4.", "BI-RADS 3 upgraded to 4.",
                                  "Left breast: BI-RADS 3  upgraded  to  4 after MRI."])
def test_a_revision_is_read_whatever_its_spacing(text: str) -> None:
    assert extract_birads(_HEAD + text)["L"] == "4"


@pytest.mark.parametrize("text", ["BI-RADS 3. The lesion has changed  to a more lobulated shape.",
                                  "BI-RADS 3. Follow-up interval revised\tto 6 months.",
                                  "BI-RADS 3. Stage 2 changed  to 3."])
def test_a_spaced_verb_naming_no_category_revises_nothing(text: str) -> None:
    assert extract_birads(_HEAD + text)["L"] == "3"


# ------------------------------------------------------------------ C5: a revision dated earlier


@pytest.mark.parametrize("text", ["BI-RADS 4A was downgraded to BI-RADS 3 previously (2023).",
                                  "BI-RADS 4A was downgraded to 3 previously (2023).",
                                  "Left breast: BI-RADS 4A was downgraded to BI-RADS 3 previously (2023)."])
def test_a_revision_dated_earlier_gives_no_category_of_today(text: str) -> None:
    assert extract_birads(_HEAD + text) == {"L": None, "R": None}


def test_todays_category_after_a_dated_revision_is_read() -> None:
    text = _HEAD + "Left breast: BI-RADS 4A downgraded to BI-RADS 3 in 2023.\nToday: BI-RADS 2."
    assert extract_birads(text)["L"] == "2"


# ------------------------------------------------------------------ C7: a correction opening its paragraph


@pytest.mark.parametrize("before", ["Prior scan in 2019.\n\n", "Where it says right above.\n\n", ""])
def test_a_correction_opening_its_paragraph_is_read_within_it(before: str) -> None:
    text = "US RIGHT BREAST\nIMPRESSION: BI-RADS 2.\n" + before + (
        "The ecography was carried out on the LEFT breast, not on the right.")
    assert extract_birads(text) == {"L": None, "R": "2"}
