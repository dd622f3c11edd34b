"""Review r102c of the radiology b102 rules: the third review's 32 confirmed over-reaches, each with its right label.

After three reviews rules 1, 3 and 4 were withdrawn and read as before b102 (revision f9c2a9c): side paragraphs opened
by "Right breast - " open no findings below the history (under a title of an earlier, outside, copied or comparison
exam they told that exam's categories), a "Pre-op <exam> MM/YYYY:" label is no earlier exam's field (the title's sense
is not read), and an "IMAGING - PREVIOUS/PRIOR" block titled alone heads nothing. Rule 2 (a bulleted "Imaging
history" / "Previous imaging" item) stays, narrowed once more: the item ends at any deeper-indented line or sub-bullet,
and at any sentence naming a full date or a word of today's exam (this visit / attendance / morning / admission / exam,
today, now, present, current, repeat, re-scanned, our review, in clinic; "new" before an exam). C01, C16 and C21 read
their left side right; their right side reads as before b102 (a side-reading gap outside these rules: strict xfails).
Tests compare labels only."""
import pytest

from nlp.birads import extract_birads
from tests.nlp.labels import birads_codes as _labels

# ------------------------------------------------------------------ rule 1 (withdrawn): "Right breast - " paragraphs
# under the title of an earlier, outside, copied, imported, comparison or template exam: no category, as before b102

RULE_1 = [
    ("A03", "Previous bilateral breast ultrasound, 19/02/2025. Indication: left breast lump.\n"
            "Right breast - No focal abnormality. BI-RADS 1.\n"
            "Left breast - Simple cyst at 2 o'clock. BI-RADS 2.\n",
     "- -"),
    ("A04", "Outside bilateral breast ultrasound report, 19/02/2026. Indication: left breast lump.\n"
            "Right breast - No focal abnormality. BI-RADS 1.\n"
            "Left breast - Simple cyst at 2 o'clock. BI-RADS 2.\n",
     "- -"),
    ("A12", "Bilateral breast ultrasound (copy of report dated 12/01/2025). Indication: lump.\n"
            "Right breast - No focal abnormality. BI-RADS 1.\n"
            "Left breast - Simple cyst at 2 o'clock. BI-RADS 2.\n",
     "- -"),
    ("A15", "Bilateral mammogram and ultrasound - review of films from 2024. Indication: lump.\n"
            "Right breast - No focal abnormality. BI-RADS 1.\n"
            "Left breast - Simple cyst at 2 o'clock. BI-RADS 2.\n",
     "- -"),
    ("A20", "Bilateral breast ultrasound template (example report). Indication: lump.\n"
            "Right breast - No focal abnormality. BI-RADS 1.\n"
            "Left breast - Simple cyst at 2 o'clock. BI-RADS 2.\n",
     "- -"),
    ("A21", "Comparison study: bilateral breast ultrasound 12/01/2025. Indication: lump.\n"
            "Right breast - No focal abnormality. BI-RADS 1.\n"
            "Left breast - Simple cyst at 2 o'clock. BI-RADS 2.\n",
     "- -"),
    ("A22", "Bilateral breast ultrasound (historical, scanned from paper), 2019. Indication: lump.\n"
            "Right breast - No focal abnormality. BI-RADS 1.\n"
            "Left breast - Simple cyst at 2 o'clock. BI-RADS 2.\n",
     "- -"),
    ("A23", "Last bilateral breast ultrasound (for reference), 19/02/2025. Indication: lump.\n"
            "Right breast - No focal abnormality. BI-RADS 1.\n"
            "Left breast - Simple cyst at 2 o'clock. BI-RADS 2.\n",
     "- -"),
    ("A26", "Summary of her last bilateral breast ultrasound. Indication: lump.\n"
            "Right breast - No focal abnormality. BI-RADS 1.\n"
            "Left breast - Simple cyst at 2 o'clock. BI-RADS 2.\n",
     "- -"),
    ("A27", "Bilateral breast ultrasound from Hospital B, imported. Indication: lump.\n"
            "Right breast - No focal abnormality. BI-RADS 1.\n"
            "Left breast - Simple cyst at 2 o'clock. BI-RADS 2.\n",
     "- -"),
    ("A29", "Bilateral breast ultrasound \u2014 prior study, for comparison. Indication: lump.\n"
            "Right breast - No focal abnormality. BI-RADS 1.\n"
            "Left breast - Simple cyst at 2 o'clock. BI-RADS 2.\n",
     "- -"),
    ("A30", "Bilateral breast ultrasound (earlier report, re-issued). Indication: lump.\n"
            "Right breast - No focal abnormality. BI-RADS 1.\n"
            "Left breast - Simple cyst at 2 o'clock. BI-RADS 2.\n",
     "- -"),
]


@pytest.mark.parametrize(("case", "text", "right"), RULE_1, ids=[c[0] for c in RULE_1])
def test_rule_1_withdrawn_over_reach_reads_as_before(case: str, text: str, right: str) -> None:
    assert _labels(text) == right


# ------------------------------------------------------------------ rule 2 (kept, narrowed): "• Imaging history:"

RULE_2 = [
    ("B06", "Breast MDT\n"
            "\u2022 Imaging history:\n"
            "    \u2013 MRI 2024: R BI-RADS 3\n"
            "    \u2013 Second-look US (this visit): R BI-RADS 4A\n",
     "- 4A"),
    ("B19", "Breast MDT\n"
            "\u2022 Imaging history: US 2025 L BI-RADS 3\n"
            "    \u2013 US at this attendance: L BI-RADS 4A\n",
     "4A -"),
    ("B15", "Breast MDT\n"
            "\u2022 Previous imaging: US R 2025 BI-RADS 3; repeat US this morning: R BI-RADS 2\n",
     "- 2"),
    ("B13", "Breast MDT\n"
            "\u2022 Imaging history: US L 2025 BI-RADS 3\n"
            "  Our review: L BI-RADS 4A\n",
     "4A -"),
    ("B22", "Breast MDT\n"
            "\u2022 Imaging history: US 2025 L BI-RADS 3; re-scanned in clinic: L BI-RADS 4A\n",
     "4A -"),
    # (both revisions read 3 3: 'new' ends the item only before an exam, not 'new lump')
    ("B14", "Breast MDT\n"
            "\u2022 Imaging history: US R 2025 BI-RADS 3 (new lump since then)\n",
     "- -"),
    # (an under-reach the narrowed item also reads: a deeper line ends it)
    ("B18", "Breast MDT\n"
            "\u2022 Imaging history: US 2025 L BI-RADS 3\n"
            "    \u2013 Present US: L BI-RADS 2\n",
     "2 -"),
]


@pytest.mark.parametrize(("case", "text", "right"), RULE_2, ids=[c[0] for c in RULE_2])
def test_rule_2_over_reach_reads_right(case: str, text: str, right: str) -> None:
    assert _labels(text) == right


# (near misses: a year-dated item with no word of today's exam stays history; a month-dated "latest US 03/2026" is no
# full date, so the guide keeps it in the history)
RULE_2_STILL_HISTORY = [
    ("B10", "Breast MDT\n"
            "* Imaging History: MAMMO L 2025 BI-RADS 2; US L 2024 BI-RADS 3\n",
     "- -"),
    ("B11", "Breast MDT\n"
            "\u2022 Imaging history: US 2025 R BI-RADS 3; latest US 03/2026: R BI-RADS 4A\n",
     "- -"),
]


@pytest.mark.parametrize(("case", "text", "right"), RULE_2_STILL_HISTORY, ids=[c[0] for c in RULE_2_STILL_HISTORY])
def test_rule_2_near_miss_stays_history(case: str, text: str, right: str) -> None:
    assert _labels(text) == right


def test_rule_2_a_lower_case_wrap_at_the_bullets_margin_stays_in_the_item() -> None:
    text = "Tumour board\n\u2022 Previous imaging: MRI R 2024\nbi-rads 3 then\n\u2022 Plan: discharge\n"
    assert _labels(text) == "- -"


def test_rule_2_a_present_tense_sentence_on_the_headings_line_ends_the_item() -> None:
    text = "Breast MDT\n\u2022 Imaging history: US 2025 R BI-RADS 3. Current US: R BI-RADS 2.\n"
    assert _labels(text) == "- 2"


# ------------------------------------------------------------------ rule 3 (withdrawn): "Pre-op <exam> MM/YYYY:"

RULE_3 = [
    ("C03", "Post-op review (right WLE 2019)\n"
            "\u2022 Pre-op MRI 03/2026: L BI-RADS 6\n",
     "6 -"),
    ("C09", "Post-operative surveillance MRI, contralateral\n"
            "\u2022 Pre-op MRI 02/2026: R BI-RADS 4A (not yet operated)\n",
     "- 4A"),
    ("C10", "Post-op review of right breast; left pending surgery\n"
            "\u2022 Pre-op MRI 04/2026: L BI-RADS 6\n",
     "6 -"),
    ("C11", "Post-NACT MDT\n"
            "\u2022 Pre-operative US 05/2026: L residual 8 mm, BI-RADS 6\n"
            "\u2022 Surgery: L WLE next week\n",
     "6 -"),
]


@pytest.mark.parametrize(("case", "text", "right"), RULE_3, ids=[c[0] for c in RULE_3])
def test_rule_3_withdrawn_over_reach_reads_as_before(case: str, text: str, right: str) -> None:
    assert _labels(text) == right


# under a post-treatment title the "Pre-op" exam is the current one: the left side reads right
LEFT_ONLY = [
    ("C01", "Post-NACT review\n"
            "\u2022 Pre-op MRI 05/2026: L complete response, BI-RADS 2\n",
     "2"),
    ("C16", "Post-chemo imaging\n"
            "\u2022 Pre-op mammogram 05/2026: L residual calcifications, BI-RADS 6\n",
     "6"),
    ("C21", "Post-NACT surveillance\n"
            "\u2022 Pre-operative ultrasound 05/2026: residual L 6 mm, BI-RADS 6\n"
            "\u2022 Plan: surgery 06/2026\n",
     "6"),
]


@pytest.mark.parametrize(("case", "text", "left"), LEFT_ONLY, ids=[c[0] for c in LEFT_ONLY])
def test_rule_3_withdrawn_left_side_reads_right(case: str, text: str, left: str) -> None:
    assert extract_birads(text)["L"] == left


@pytest.mark.xfail(strict=True, reason="the right side reads as before b102: the unsided or letter-before-a-finding "
                                       "category ('L complete response, BI-RADS 2', 'residual L 6 mm, BI-RADS 6') also "
                                       "goes to the right, a side-reading gap outside the b102 rules (rule 3 withdrawn "
                                       "after three reviews)")
@pytest.mark.parametrize(("case", "text", "left"), LEFT_ONLY, ids=[c[0] for c in LEFT_ONLY])
def test_rule_3_withdrawn_full_label(case: str, text: str, left: str) -> None:
    assert _labels(text) == f"{left} -"


# ------------------------------------------------------------------ rule 4 (withdrawn): "IMAGING - PREVIOUS" block

RULE_4 = [
    ("D01", "IMAGING - PRIOR (not available)\n"
            "\u2022 US 10/03/2026: L BI-RADS 3\n",
     "3 -"),
    ("D09", "IMAGING - PREVIOUS (unavailable; none on PACS)\n"
            "\u2022 US 10/03/2026: L BI-RADS 3\n",
     "3 -"),
    ("D13", "IMAGING - PREVIOUS (this episode)\n"
            "\u2022 US 10/03/2026: L BI-RADS 4A\n",
     "4A -"),
    ("D15", "IMAGING - PRIOR (and current)\n"
            "\u2022 US 2025: L BI-RADS 3\n"
            "\u2022 US 10/03/2026: L BI-RADS 4A\n",
     "4A -"),
    ("D18", "IMAGING - PREVIOUS (incl. today's)\n"
            "\u2022 US 2025: L BI-RADS 3\n"
            "\u2022 US 10/03/2026: L BI-RADS 4A\n",
     "4A -"),
    ("D19", "[Slide 4]  IMAGING - PRIOR (today's images uploaded below)\n"
            "\u2022 US 10/03/2026: R BI-RADS 4B\n",
     "- 4B"),
    ("D05", "IMAGING - PRIOR (for comparison)\n"
            "\u2022 US 2025: L BI-RADS 3\n"
            "\u2022 US 2026 (this admission): L BI-RADS 4A\n",
     "4A -"),
    ("D10", "IMAGING - PREVIOUS\n"
            "\u2022 US 2025: L BI-RADS 3\n"
            "\u2022 US 10/03/2026 (index exam): L BI-RADS 4A\n",
     "4A -"),
]


@pytest.mark.parametrize(("case", "text", "right"), RULE_4, ids=[c[0] for c in RULE_4])
def test_rule_4_withdrawn_over_reach_reads_as_before(case: str, text: str, right: str) -> None:
    assert _labels(text) == right
