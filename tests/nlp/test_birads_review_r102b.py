"""Review r102b of the radiology b102 rules: the second review's confirmed over-reaches, each with its right label.

The four rules now fire on positive evidence only. Rule 1 (side paragraphs opened by "Right breast - ") opens today's
findings only where each paragraph, to its first category's sentence end, is plain findings text (no exam, date, year,
month or earlier-exam word) and the first line is the exam's own title, no request or referral; rule 2 (a bulleted
history heading) is history to its item's end only as "Imaging history" / "Previous imaging", the item ending at a
sentence naming a category with today / new / current or a full date; rule 3 (a "Pre-op MRI MM/YYYY:" label) counts
only under a first line titled after the operation or treatment, never a pre-op / localisation / plan title; rule 4
(an "IMAGING - PREVIOUS (...)" block) needs PREVIOUS / PRIOR with no "(none)" or "(to ...)" remark, and a row naming
today or this episode ends it. Tests compare labels only.

Review r102c withdrew rules 1, 3 and 4 after three reviews (their over-reach texts here read right as before b102; the
tests asserting their readings are strict xfails) and narrowed rule 2 once more: a sub-bullet ends the item (B01's
2024 MRI sub-bullet is then read, a strict xfail)."""
import pytest

from nlp.birads import extract_birads
from tests.nlp.labels import birads_codes as _labels

_WITHDRAWN = pytest.mark.xfail(strict=True, reason="rule withdrawn after three reviews (review r102c: 32 over-reaches)")
_B01 = pytest.mark.xfail(strict=True, reason="review r102c narrowed rule 2: any sub-bullet ends the 'Imaging history' "
                                             "item, so the '– MRI 2024: R BI-RADS 3' sub-bullet is read as today's "
                                             "too and the higher R=3 wins (as before b102)")


def _params(cases: list, marks: dict) -> list:
    """The cases as params named by their id, those in ``marks`` marked (strict xfails with their reason)."""
    return [pytest.param(*c, id=c[0], marks=[marks[c[0]]] if c[0] in marks else []) for c in cases]




T = "BILATERAL BREAST ULTRASOUND\nHistory: lump.\n"

# ------------------------------------------------------------------ rule 1: "Right breast - " side paragraphs

RULE_1 = [
    ("A01", T + "Right breast - MRI 12/03/2025: BI-RADS 3.\nLeft breast - MRI 12/03/2025: BI-RADS 1.\n", "- -"),
    ("A02", T + "Right breast - BI-RADS 3 on mammography in 2025.\nLeft breast - BI-RADS 1 on mammography in 2025.\n",
     "- -"),
    ("A03", T + "Right breast - Last MRI BI-RADS 3.\nLeft breast - Last MRI BI-RADS 1.\n", "- -"),
    ("A04", T + "Right breast - Initial ultrasound BI-RADS 4A, core benign.\nLeft breast - Initial ultrasound BI-RADS 1.\n",
     "- -"),
    ("A06", T + "Right breast - Mammogram of 14 January: BI-RADS 3.\nLeft breast - Mammogram of 14 January: BI-RADS 1.\n",
     "- -"),
    ("A07", "Bilateral breast ultrasound request. Indication: lump.\nRight breast - BI-RADS 3 on mammogram.\n"
            "Left breast - BI-RADS 1 on mammogram.\n", "- -"),
    ("A08", "Requested: bilateral breast ultrasound. Indication: lump.\nRight breast - Mammogram BI-RADS 3.\n"
            "Left breast - Mammogram BI-RADS 1.\n", "- -"),
    ("A09", "Referral: bilateral breast ultrasound, 02/03/2026. Indication: lump.\nRight breast - Mammogram BI-RADS 3.\n"
            "Left breast - Mammogram BI-RADS 1.\n", "- -"),
    ("A23", T + "Right breast - Seen at the other clinic: BI-RADS 4A.\nLeft breast - Seen at the other clinic: BI-RADS 1.\n",
     "- -"),
    ("A25", T + "Right breast - Baseline MRI BI-RADS 3.\nLeft breast - Baseline MRI BI-RADS 1.\n", "- -"),
    ("G02", T + "Right breast - Same as at her screening visit: BI-RADS 2.\n"
                "Left breast - Same as at her screening visit: BI-RADS 1.\n", "- -"),
    ("G03", T + "Right breast - Unchanged from the mammogram of 2025, BI-RADS 2.\nLeft breast - Normal. BI-RADS 1.\n",
     "- -"),
    ("G05", T + "Right breast - Tomosynthesis 2025: BI-RADS 3.\nLeft breast - Tomosynthesis 2025: BI-RADS 1.\n", "- -"),
]


@pytest.mark.parametrize(("case", "text", "right"), RULE_1, ids=[c[0] for c in RULE_1])
def test_rule_1_over_reach_reads_right(case: str, text: str, right: str) -> None:
    assert _labels(text) == right


@_WITHDRAWN
def test_rule_1_plain_findings_paragraphs_still_open_todays_findings() -> None:
    text = T + "Right breast - No focal lesion. BI-RADS 1.\nLeft breast - 7 mm simple cyst at 2 o'clock. BI-RADS 2.\n"
    assert _labels(text) == "2 1"


@_WITHDRAWN
def test_rule_1_a_plan_after_the_category_does_not_stop_the_paragraph() -> None:
    text = ("Left breast ultrasound, 04/03/2026. Indication: palpable lump.\nRight breast - Normal. BI-RADS 1.\n"
            "Left breast - Oval circumscribed mass. BI-RADS 3; follow-up ultrasound in six months.\n")
    assert _labels(text) == "3 1"


def test_rule_1_near_miss_stable_since_an_earlier_exam_stays_history() -> None:
    text = T + "Right breast - Stable since the 2024 study. BI-RADS 2.\nLeft breast - Normal. BI-RADS 1.\n"
    assert _labels(text) == "- -"


# ------------------------------------------------------------------ rule 2: "• Imaging history:" bulleted heading

RULE_2 = [
    ("B03", "BILATERAL MAMMOGRAM\n\u2022 Comparison: none. Scattered density, no mass. BI-RADS 1.\n", "1 1"),
    ("B04", "BILATERAL MAMMOGRAM\n\u2022 Indication: screening. Both breasts BI-RADS 1.\n", "1 1"),
    ("E01", "BILATERAL MAMMOGRAM\n- Indication: screening. No mass or calcification. BI-RADS 1.\n", "1 1"),
    ("E02", "Breast MDT\n\u2022 History: L lump. US L 03/03/2026: BI-RADS 4A\n", "4A -"),
    ("B11", "Breast MDT\n\u2022 Imaging history: US R 2025 BI-RADS 3; new US: R BI-RADS 4A\n", "- 4A"),
    ("B05", "BILATERAL MAMMOGRAM\n\u2022 Indication: screening\n  Both breasts negative. BI-RADS 1.\n", "1 1"),
    ("B09", "Breast MDT\n\u2022 Clinical history: left lump 2 weeks\n  US left 03/03/2026: BI-RADS 4A\n", "4A -"),
    # (under-reaches the item's new end also reads)
    ("B01", "Breast MDT\n\u2022 Imaging history:\n    \u2013 MRI 2024: R BI-RADS 3\n"
            "    \u2013 Current US 03/03/2026: R BI-RADS 2\n", "- 2"),
    ("B02", "Breast MDT\n\u2022 Imaging history: MRI 2024 R BI-RADS 3\n    \u2013 US 03/03/2026 (this exam): R BI-RADS 2\n",
     "- 2"),
]


@pytest.mark.parametrize(("case", "text", "right"), _params(RULE_2, {"B01": _B01}))
def test_rule_2_over_reach_reads_right(case: str, text: str, right: str) -> None:
    assert _labels(text) == right


def test_rule_2_previous_imaging_bullet_is_history_to_its_items_end() -> None:
    text = "Tumour board\n\u2022 Previous imaging: MRI R 2024 BI-RADS 3; US R 2025 BI-RADS 2\n\u2022 Question: discharge?\n"
    assert _labels(text) == "- -"


def test_rule_2_near_miss_a_year_dated_comparison_sub_bullet_stays_history() -> None:
    text = ("Breast MDT\n\u2022 Imaging history: US 2025 BI-RADS 3 (L).\n\u2022 Current imaging: US L: BI-RADS 2\n"
            "  \u2022 Comparison: 2025 BI-RADS 3\n")
    assert _labels(text) == "2 -"


# ------------------------------------------------------------------ rule 3: a pre-operative exam dated month / year

RULE_3 = [
    ("C01", "MDT 10/03/2026\n\u2022 Pre-op MRI 03/2026: L BI-RADS 4B\n\u2022 Plan: surveillance MRI after surgery\n", "4B -"),
    ("C02", "MDT 10/03/2026\n\u2022 Pre-op MRI 03/2026: L BI-RADS 6, R BI-RADS 1\n"
            "\u2022 Plan: WLE, post-operative radiotherapy\n", "6 1"),
    ("C03", "MDT 10/03/2026\n\u2022 Pre-op MRI 03/2026: L BI-RADS 6, R BI-RADS 1\n\u2022 Op 04/2026: L WLE booked\n", "6 1"),
    ("C04", "MDT 10/03/2026. Background: right mastectomy 2015, post-mastectomy radiotherapy.\n"
            "\u2022 Pre-op MRI 03/2026: L BI-RADS 6, R BI-RADS 1\n", "6 1"),
    ("C05", "MDT 10/03/2026\n\u2022 Pre-treatment MRI 03/2026: L BI-RADS 6\n\u2022 Plan: NACT, then post-treatment MRI\n",
     "6 -"),
    ("C06", "MDT 10/03/2026\n\u2022 Pre-op US 03/2026: R BI-RADS 5\n"
            "\u2022 Surveillance mammogram of the left breast due 2027\n", "- 5"),
    ("E08", "MDT 10/03/2026\n\u2022 Pre-op MRI 03/2026: L BI-RADS 6\n"
            "\u2022 Previous right lumpectomy 2015; post-operative mammograms normal\n", "6 -"),
    ("G06", "MDT 10/03/2026\n\u2022 Pre-op MRI 03/2026: L BI-RADS 6\n\u2022 Post-op plan: radiotherapy\n", "6 -"),
    ("G08", "MDT 10/03/2026\n\u2022 Pre-op MRI 03/2026: L BI-RADS 6\n"
            "\u2022 Consent: risks of post-operative infection explained\n", "6 -"),
    ("C11", "MDT 10/03/2026\n\u2022 Pre-op MRI 03/2026: L BI-RADS 6\n\u2022 Discussed after the operation list was set\n",
     "6 -"),
    # (under-reaches: the label's other spellings under a post-treatment title)
    ("C08", "Post-NACT review\n\u2022 Pre-NACT MRI 01/2026: L BI-RADS 6, R BI-RADS 1\n\u2022 Plan: surgery\n", "- -"),
    ("C09", "Post-op review\n\u2022 Pre op MRI 02/2026: R BI-RADS 6, L BI-RADS 1\n", "- -"),
]


@pytest.mark.parametrize(("case", "text", "right"), _params(RULE_3, {"C08": _WITHDRAWN, "C09": _WITHDRAWN}))
def test_rule_3_over_reach_reads_right(case: str, text: str, right: str) -> None:
    assert _labels(text) == right


E07 = "Pre-op localisation, post-NACT\n\u2022 Pre-op US 03/2026: L 8 mm clip, BI-RADS 6\n"


def test_rule_3_e07_under_a_localisation_title_the_left_is_todays() -> None:
    assert extract_birads(E07)["L"] == "6"


@pytest.mark.xfail(strict=True, reason="E07's R: the side letter before a size ('L 8 mm clip, BI-RADS 6') is not read "
                                       "as the category's side, so the category also goes to the right (as before the "
                                       "b102 rules, like r102's P12); a side-reading gap outside the b102 rules")
def test_rule_3_e07_full_label() -> None:
    assert _labels(E07) == "6 -"


@_WITHDRAWN
def test_rule_3_still_fires_under_a_post_operative_title() -> None:
    text = "Post-operative review, 12/05/2026\n\u2022 Pre-operative MRI 03/2026: L BI-RADS 6, R BI-RADS 1\n"
    assert _labels(text) == "- -"


# ------------------------------------------------------------------ rule 4: "IMAGING - PREVIOUS (...)" block

RULE_4 = [
    ("D02", "ULTRASOUND - PRIOR (to today's biopsy)\n\u2022 L 10 o'clock 8 mm mass, BI-RADS 4B\n", "4B -"),
    ("D07", "IMAGING - PREVIOUS\n- US 12/01/2026: L BI-RADS 4A\n- MRI 20/02/2026 (this episode): L BI-RADS 6\n", "6 -"),
    ("D09", "Imaging \u2013 previous (none)\n\u2022 Mammogram 10/03/2026: BI-RADS 1\n", "1 1"),
    ("G09", "IMAGING - EARLIER (superseded by today's review)\n\u2022 US 01/2026 reviewed today: L BI-RADS 3\n", "3 -"),
    # (under-reach: today's row inside the block)
    ("D01", "RESULTS - PRIOR\n\u2022 US 01/2025: L BI-RADS 3\n\u2022 US today: L BI-RADS 2 (stable vs prior)\n", "2 -"),
]


@pytest.mark.parametrize(("case", "text", "right"), _params(RULE_4, {"D01": _WITHDRAWN}))
def test_rule_4_over_reach_reads_right(case: str, text: str, right: str) -> None:
    assert _labels(text) == right


@_WITHDRAWN
def test_rule_4_still_fires_on_a_previous_block_over_its_rows() -> None:
    text = ("[Slide 8]  IMAGING - PREVIOUS (at diagnosis)\n\u2022 US 11/2025: R BI-RADS 4B\n"
            "[Slide 9]  IMAGING - CURRENT\n\u2022 US 03/2026: R BI-RADS 2\n")
    assert _labels(text) == "- 2"
