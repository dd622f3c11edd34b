"""Review r103b: the b103 rules narrowed again to their own clause's shape. A quoted-impression title's date is of no
earlier year than the report's own (with no other date, the quote closes its block); an arrow's reason is the
work-up's noun alone; "<name>, <side> breast." after the other side's headed line ends with the side's full stop; a
"FINAL OUTCOME" side line's remark is a follow-up plan alone, its noun with an interval at most."""

import pytest

from nlp.birads import extract_birads

# (text, left, right): the confirmed over-reaches, each with its right label
OVER_REACHES = [
    # rule 1: an earlier exam's title with its date
    ("Indication (from order): surveillance\n"
     "US BREAST RIGHT 12/01/2019, impression as reported:\n"
     '"Right breast BI-RADS 3."\n'
     "Current exam:\n"
     "Right breast: stable.", None, None),  # review 1f
    ("History (from the request): known cyst\n"
     "US BREAST RIGHT 2024-05-01, impression as reported:\n"
     '"Right breast BI-RADS 3."\n'
     "Today: pending.", None, None),  # review 1c
    # rule 3: a reason that is a condition, a question or a denial
    ("Final assessment:\nR: 4 -> 2 (after biopsy if benign)\nL: 1", "1", "4"),  # review 3s
    ("BI-RADS per breast:\nR: 4 -> 2 (on histology?)\nL: 1", "1", "4"),  # review 3u
    ("Final assessment:\nR: 3 -> 2 (after discussion, not agreed)\nL: 1", "1", "3"),  # review 3w
    # rule 5: text after the side saying the category is another exam's or report's
    ("Impression:\nRight breast: Suspicious.\nNegative, left breast, on mammogram 2024.", None, "4"),  # review 5h
    ("Impression:\nRight breast: Suspicious.\nNegative, left breast, on mammogram 2024.", None, "4"),  # review 5m
    ("Impression:\nRight breast: Highly suggestive of malignancy.\n"
     "Negative, left breast (per outside report).", None, "5"),  # review 5o
    # rule 6: a remark naming what was counted or found
    ("FINAL RESULT\n  R: 3 (US-guided cores)\n  L: 1 (US-guided core)", None, None),  # review 6p
    ("FINAL RESULT\n  R: 2 (biopsy B2)\n  L: 5 (biopsy B5a)", None, None),  # review 6q
    ("FINAL OUTCOME\n  R: 2 (MRI-detected lesions)\n  L: 0 (MRI-detected lesions)", None, None),  # review 6r
    ("FINAL OUTCOME\n  R: 4 (review appointments attended)\n  L: 2 (review appointments attended)", None, None),  # 6s
]


@pytest.mark.parametrize(("text", "left", "right"), OVER_REACHES)
def test_review_r103b_over_reach_keeps_its_right_label(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


# (text, left, right): the rules' own shapes, still read
OWN_CASES = [
    # rule 1: the title's year that of the report's own dates, or the quote closing its block
    ("Referral reason (on request): palpable lump left\n"
     "MAMMOGRAM LEFT 02/03/2026, impression as reported:\n"
     '"Left breast BI-RADS 4A."', "4A", None),  # review 1a
    ("Clinical query on request: mass\n"
     "MRI BREASTS 11/11/2026 (Acc. MR2611110), impression as dictated:\n"
     '"Left breast BI-RADS 5."', "5", None),  # review 1e
    ("Referral reason (as typed on request): \"R lump\"\n"
     "B. CURRENT IMAGING (basis for the request):\n"
     "   US BREAST RIGHT 02/03/2026 (Acc. US2603021), impression as reported:\n"
     "   \"Right breast 10:00 mass. BI-RADS 4C.\"\n"
     "C. SLOT: 09/03/2026", None, "4C"),
    ("Date: 05/06/2026\n"
     "Clinical question on order: lump\n"
     "US BREAST LEFT 01/06/2026, impression as reported:\n"
     '"Left breast BI-RADS 4B."\n'
     "Vetting: agreed.", "4B", None),
    ("Referral reason (as typed on request): lump\n"
     "Report of record - impression as issued:\n"
     '"Left breast BI-RADS 4B."\n'
     "Learning point: review priors.", "4B", None),
    # rule 3: the work-up's noun alone
    ("Final assessment:\nRight: 3 -> 2 (after US)\nLeft: 1", "1", "2"),
    ("Final assessment:\nR: 3 -> 2 (on ultrasound)\nL: 1", "1", "2"),
    ("Final assessment:\nR: 4A -> 3 (after work-up)\nL: 1", "1", "3"),
    ("Final assessment:\nRight: 3 => 2 (on review of priors)\nLeft: 1", "1", "2"),  # review 3b
    ("BI-RADS per breast:\nR: 3 → 2\nL: 1", "1", "2"),  # review 3a
    # rule 5: "<side> breast." ending its line
    ("IMPRESSION:\nRight breast: Highly suggestive of malignancy.\nNegative, left breast.", "1", "5"),  # review 5a
    ("Conclusion:\nLeft breast: Probably benign, short interval follow-up.\nNegative, right breast.", "3", "1"),  # 5b
    ("Impression:\nLeft breast: Negative.\nHighly suggestive of malignancy, right breast.", "1", "5"),  # review 5f
    # rule 6: a follow-up plan alone
    ("FINAL IMAGING OUTCOME (after work-up)\n  R: 1\n  L: 3 (early review 6 months)", "3", "1"),
    ("FINAL IMAGING OUTCOME (after work-up)\n  R: 1\n  L: 3 (early review 6 months - left US + spot view)", "3", "1"),
    ("FINAL OUTCOME\n  R: 2 (routine recall)\n  L: 1", "1", "2"),
    ("FINAL OUTCOME\n  L: 4A (biopsy)\n  R: 1", "4A", "1"),
    ("FINAL RESULT\n  R: 1\n  L: 3 (recall 12 months)", "3", "1"),
    ("Final Imaging Outcome\nRight: BI-RADS 1\nLeft: BI-RADS 3 (recall 6/12)", "3", "1"),  # review 6m
    ("FINAL IMAGING RESULT (after workup)\n  R: 1\n  L: 4A (biopsy recommended)", "4A", "1"),  # review 6i
]


@pytest.mark.parametrize(("text", "left", "right"), OWN_CASES)
def test_review_r103b_rule_reads_its_own_shape(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


# (text, left, right): near the shapes, where the rule must not fire
NEAR_MISSES = [
    # rule 1: a title of an earlier year than the report's own "Date:" line
    ("Date: 05/06/2026\n"
     "Clinical question on order: lump\n"
     "US BREAST LEFT 01/06/2024, impression as reported:\n"
     '"Left breast BI-RADS 4B."', None, None),
    # rule 3: a reason that goes on after its noun
    ("Final assessment:\nR: 3 -> 2 (after US, if stable)\nL: 1", "1", "3"),
    ("Final assessment:\nR: 4 -> 2 (after biopsy pending)\nL: 1", "1", "4"),  # review 3p
    # rule 5: a remark after the side
    ("Impression:\nRight breast: Suspicious.\nNegative, left breast, per 2024 report.", None, "4"),
    # rule 6: an exam or a plan that goes on with what was done
    ("FINAL OUTCOME\n  R: 1 (biopsy declined by patient)\n  L: 3 (surveillance ended 2022)", None, None),  # 6h
    ("FINAL OUTCOME\n  L: 3 (recall)\n  R: 1 (mammogram 2019)", None, None),  # review 6o
]


@pytest.mark.parametrize(("text", "left", "right"), NEAR_MISSES)
def test_review_r103b_near_miss_keeps_its_label(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


# (text, left, right): the case-review lesson headings read as no assessment
LESSONS = [
    ("Lesson learned: BI-RADS 4 in the left breast needs biopsy.", None, None),  # review 4e
    ("Teaching pearl: BI-RADS 3 is not for palpable masses of the left breast.", None, None),  # review 4f
]


@pytest.mark.parametrize(("text", "left", "right"), LESSONS)
def test_review_r103b_lesson_heading_gives_no_side(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}
