import re

from nlp.prescan import ascii_lower, may_contain


def test_ascii_text_is_lowered_and_checked():
    low = ascii_lower("FINAL DIAGNOSIS, left breast")
    assert low == "final diagnosis, left breast"
    assert may_contain(low, ("diagnosis,", "gross,"))
    assert not may_contain(low, ("history,", "gross,"))


def test_non_ascii_text_is_always_scanned():
    # re.IGNORECASE folds the long s to "s"; str.lower does not, so no pre-check is made
    text = "DIAGNOſIS, left breast"
    assert re.search(r"diagnosis,", text, re.IGNORECASE)
    assert ascii_lower(text) is None
    assert may_contain(ascii_lower(text), ("diagnosis,",))
