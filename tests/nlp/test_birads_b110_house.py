"""Radiology b110 (translated Chadian request-and-result forms, a Bhutanese register's extracts, terse notes): a
subcategory letter follows a 4 only ("BI-RADS 0 - a bilateral mammography is necessary" is 0). (The rules for a history
heading padded or glossed to its colon and for a terse note's size line "at site of lump" were withdrawn after reviews
r110/r110b, and the rule for a register's "Previous entry (<number>, <date>)" block after review rfinal5: their near-miss
texts stay here, each reading as before.)"""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ a subcategory letter after a 4 only


def test_article_after_category_zero_is_no_subcategory() -> None:
    text = ("Conclusion:\nRight breast: equivocal retro-areolar area, BI-RADS 0 - a diagnostic mammogram is needed.\n"
            "Left breast: normal, BI-RADS 1.")
    assert birads_codes(text) == "1 0"


def test_article_after_category_five_is_no_subcategory() -> None:
    assert birads_codes("Impression: left breast BI-RADS 5 - a core biopsy is advised.") == "5 -"


@pytest.mark.parametrize(("text", "codes"), [
    # (after a 4 the spaced letter is its subcategory, as before)
    ("Impression: right breast BI-RADS 4 - B.", "- 4B"),
    ("Impression: right breast BI-RADS four a.", "- 4A"),
    ("Impression: right breast BI-RADS IV - c.", "- 4C"),
    # (a letter written onto another number reads as before: no category)
    ("Impression: right breast BI-RADS 0a.", "- -"),
    ("Impression: right breast BI-RADS 3-b.", "- -"),
])
def test_near_miss_subcategory_letter(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a field name padded to its colon (withdrawn)


@pytest.mark.parametrize(("text", "codes"), [
    # (a padded or glossed heading of today's exam reads as before)
    ("Conclusion [Conclusion]: left breast BI-RADS 2.", "2 -"),
    ("Findings                             : left breast cyst, BI-RADS 2.", "2 -"),
    ("Impression [Impression diagnostique]: left breast BI-RADS 4A.", "4A -"),
    # (the translated history heading over a conclusion: the conclusion's category)
    ("Clinical information [Renseignements cliniques]: left lump.\nConclusion: left breast BI-RADS 4A.", "4A -"),
    # (a padded history field whose own category is dated, over the impression)
    ("Clinical                                   : left breast BI-RADS 3 in 2025.\n"
     "Impression                                   : left breast BI-RADS 2.", "2 -"),
])
def test_near_miss_padded_or_glossed_heading(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a register's earlier entry (withdrawn)


@pytest.mark.parametrize(("text", "codes"), [
    # (today's entry, no "Previous")
    ("Register extract\nEntry (RG/2026/0441, 02.03.2026)\n  R breast 10 o'clock mass 15 mm, BI-RADS 4B; core biopsy "
     "advised.", "- 4B"),
    # (a sentence going on after the parentheses heads nothing)
    ("Register extract\nPrevious entry (RG/2025/0441, 02.03.2025) shows the R breast mass, now unchanged\n"
     "R breast: BI-RADS 3.", "- 3"),
    ("Register extract\nPrevious entry (RG/2025/0441, 02.03.2025) compared: the right breast mass is now smaller, "
     "BI-RADS 3.", "- 3"),
    ("Register extract\nPrevious entry reviewed; the right breast mass is unchanged and benign, BI-RADS 2.", "- 2"),
    ("Register extract\nPrevious entries: none\nR breast simple cyst, BI-RADS 2.", "- 2"),
])
def test_near_miss_previous_entry(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a terse note's finding at the complaint's site
# (withdrawn)


@pytest.mark.parametrize(("text", "codes"), [
    # (the finding's sentence goes on to date it: history, as before)
    ("US R BREAST\nIndication: R lump.\n9 mm cyst at site of lump on US 03/2024, BI-RADS 3.\nNow resolved.", "- -"),
    ("US R BREAST\nIndication: R lump.\n6 mm cyst at site of lump then, BI-RADS 3 in 2024.", "- -"),
    # (an earlier exam's label opens the line)
    ("US R BREAST\nIndication: R lump.\nPrevious US 2024: 6 mm cyst at site of lump, BI-RADS 2.", "- -"),
    # (unmeasured, or not placed at the complaint's site: reads as before)
    ("US R BREAST\nIndication: R lump.\nCyst at site of lump. BI-RADS 2 R.", "- -"),
    ("US R BREAST\nIndication: R lump.\n6 mm cyst R 10:00. BI-RADS 2 R.", "- -"),
    # (on the indication's own line)
    ("US R BREAST\nIndication: R lump, 6 mm cyst at site of lump. BI-RADS 3 in 2024.", "- -"),
])
def test_near_miss_terse_finding_at_site(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
