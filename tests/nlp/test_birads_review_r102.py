"""Review r102 of the radiology b102 rules: the confirmed over-reaches, each with its right label.

Rule 1 (side paragraphs opened by "Right breast - ") no longer fires with a year or date after the dash, with paragraphs
naming the referral's category or an exam dated by its year or month, nor on a request form; rule 2 (a bulleted history
heading) ends its item at a line no deeper than its bullet that is no lower-case wrap, and at today's exam; rule 3 (a
"Pre-op MRI MM/YYYY:" label) counts only in a document shown to come after the operation or treatment, never under a
title naming the pre-operative exam or meeting itself. Tests compare labels only.

Review r102c withdrew rules 1 and 3 (and 4) after three reviews: the tests asserting their readings are strict xfails;
the over-reach texts read right as before b102."""
import pytest

from nlp.birads import extract_birads
from tests.nlp.labels import birads_codes as _labels

_WITHDRAWN = pytest.mark.xfail(strict=True, reason="rule withdrawn after three reviews (review r102c: 32 over-reaches)")




# ------------------------------------------------------------------ rule 1: "Right breast - " side paragraphs

RULE_1 = [
    ("X08", "BILATERAL BREAST ULTRASOUND\nHistory: lump.\nRight breast - 2025: BI-RADS 3.\nLeft breast - 2025: BI-RADS 2.\n",
     "- -"),
    ("X25", "Bilateral breast ultrasound, 02/03/2026. History: lump.\nRight breast - 2025: BI-RADS 3.\n"
            "Left breast - 2025: BI-RADS 2.\n", "- -"),
    ("X09", "BILATERAL BREAST ULTRASOUND\nHistory: lump.\nRight breast - On the January MRI, BI-RADS 4A.\n"
            "Left breast - On the January MRI, BI-RADS 1.\n", "- -"),
    ("X31", "Bilateral breast ultrasound, 02/03/2026. Indication: lump.\nRight breast - Referred as BI-RADS 4A.\n"
            "Left breast - Referred as BI-RADS 1.\n", "- -"),
    ("X10", "Request: bilateral breast ultrasound, 02/03/2026. Indication: lump.\n"
            "Right breast - BI-RADS 3 on the 2025 mammogram.\nLeft breast - BI-RADS 1 on the 2025 mammogram.\n", "- -"),
    ("X28", "Request: bilateral breast ultrasound, 02/03/2026. Indication: lump.\n"
            "Right breast. BI-RADS 3 on the 2025 mammogram.\nLeft breast. BI-RADS 1 on the 2025 mammogram.\n", "- -"),
    ("X32", "Request form, bilateral breast ultrasound. Indication: lump.\n"
            "Right breast - BI-RADS 3 on the 2025 mammogram.\nLeft breast - BI-RADS 1 on the 2025 mammogram.\n", "- -"),
]


@pytest.mark.parametrize(("case", "text", "right"), RULE_1, ids=[c[0] for c in RULE_1])
def test_rule_1_over_reach_reads_right(case: str, text: str, right: str) -> None:
    assert _labels(text) == right


@_WITHDRAWN
def test_rule_1_still_reads_dash_paragraphs_opened_by_a_size_or_a_clock_position() -> None:
    text = ("BILATERAL BREAST ULTRASOUND\nHistory: lump.\n"
            "Right breast - 2 to 4 o'clock: no lesion. BI-RADS 1.\n"
            "Left breast - 11 mm oval mass at 3 o'clock. BI-RADS 4B.\n")
    assert _labels(text) == "4B 1"


def test_rule_1_near_miss_a_full_date_after_the_dash_labels_an_earlier_exam() -> None:
    text = ("BILATERAL BREAST ULTRASOUND\nHistory: lump.\n"
            "Right breast - 03/2025: BI-RADS 3.\nLeft breast - 03/2025: BI-RADS 2.\n")
    assert _labels(text) == "- -"


def test_rule_1_near_miss_an_exam_dated_by_month_and_year_in_the_paragraph() -> None:
    text = ("BILATERAL BREAST ULTRASOUND\nHistory: lump.\n"
            "Right breast - Normal, as on the March 2025 ultrasound. BI-RADS 1.\nLeft breast - Cyst. BI-RADS 2.\n")
    assert _labels(text) == "- -"


@_WITHDRAWN
def test_rule_1_an_exam_done_as_requested_is_no_request_form() -> None:
    text = ("Bilateral breast ultrasound, 02/03/2026, as requested. Indication: lump.\n"
            "Right breast - Normal. BI-RADS 1.\nLeft breast - Cyst. BI-RADS 2.\n")
    assert _labels(text) == "2 1"


# ------------------------------------------------------------------ rule 2: a bulleted history heading

RULE_2 = [
    ("X23", "Breast MDT\n  • Imaging history: US L 2025 BI-RADS 3\nMammogram 02/03/2026, left: BI-RADS 2\n", "2 -"),
    ("X33", "Breast MDT\n• Imaging history: US L 2025 BI-RADS 3\nMammogram 02/03/2026, left: BI-RADS 2\n", "2 -"),
    ("X02", "BILATERAL MAMMOGRAM\n- Comparison: 2024, BI-RADS 2. Today stable, BI-RADS 2.\n", "2 2"),
    ("B24", "Breast MDT\n• History: US R 2025 BI-RADS 3\n  Repeat US today: R BI-RADS 2\n", "- 2"),
]


@pytest.mark.parametrize(("case", "text", "right"), RULE_2, ids=[c[0] for c in RULE_2])
def test_rule_2_over_reach_reads_right(case: str, text: str, right: str) -> None:
    assert _labels(text) == right


def test_rule_2_near_miss_a_lower_case_wrap_at_the_margin_stays_in_the_item() -> None:
    text = "Breast MDT\n• Imaging history: US L 2025\nbi-rads 3 then\n• MRI today: L BI-RADS 2\n"
    assert _labels(text) == "2 -"


def test_rule_2_near_miss_today_in_the_history_without_an_exam_ends_nothing() -> None:
    text = "Breast MDT\n• History: lump noticed today\n  US 2025 L BI-RADS 3\n"
    assert _labels(text) == "- -"


# ------------------------------------------------------------------ rule 3: a pre-operative exam dated month / year

RULE_3 = [
    ("P02", "Pre-op MDT 10/03/2026\n• Pre-op MRI 03/2026: L BI-RADS 6, R BI-RADS 1\n• Plan: left WLE\n", "6 1"),
    ("P23", "Pre-op MDT\n• Pre-op MRI 03/2026: L BI-RADS 6, R BI-RADS 1\n", "6 1"),
    ("P03", "Pre-operative staging\nPre-operative MRI 03/2026: L BI-RADS 6, R BI-RADS 2\n", "6 2"),
    ("P14", "MDT 10/03/2026\n• Pre-op MRI 03/2026: L BI-RADS 4B (new satellite lesion)\n"
            "• Plan: MRI-guided biopsy before surgery\n", "4B -"),
    ("P17", "BREAST MRI, PRE-OPERATIVE STAGING, 03/2026\n"
            "Pre-op MRI 03/2026: left 2.1 cm mass, BI-RADS 6. Right BI-RADS 1.\n", "6 1"),
    ("P21", "BREAST MRI 02/2026 (pre-operative)\nPre-operative MRI 02/2026: R BI-RADS 6, L BI-RADS 1\n", "1 6"),
    ("X34", "Baseline staging before neoadjuvant chemotherapy\n• Pre-treatment MRI 03/2026: R BI-RADS 6, L BI-RADS 1\n",
     "1 6"),
]

P12 = "Pre-op localisation\nPre-op US 03/2026: L 8 mm mass, BI-RADS 6, wire placed today\n"


@pytest.mark.parametrize(("case", "text", "right"), RULE_3, ids=[c[0] for c in RULE_3])
def test_rule_3_over_reach_reads_right(case: str, text: str, right: str) -> None:
    assert _labels(text) == right


def test_rule_3_p12_the_localisation_exams_own_left_category_is_read() -> None:
    assert extract_birads(P12)["L"] == "6"


@pytest.mark.xfail(strict=True, reason="P12's R: the side letter before a size ('L 8 mm mass, BI-RADS 6') is not read "
                                       "as the category's side, so the unsided category also goes to the right (as "
                                       "before the b102 rules); a side-reading gap outside the r102 rules")
def test_rule_3_p12_full_label() -> None:
    assert _labels(P12) == "6 -"


@pytest.mark.xfail(strict=True, reason="review r102b: rule 3 now counts only a first line titled after the operation "
                                       "or treatment; a dated operation row alone ('• Op 03/2026: L WLE') is no such "
                                       "evidence (a booked 'Op 04/2026: L WLE booked' or the other side's old operation "
                                       "reads the same), so the pre-op MRI reads as before the b102 rules; rule "
                                       "withdrawn after three reviews (review r102c)")
def test_rule_3_still_fires_on_a_dated_operation_row() -> None:
    text = "Breast MDT\n• Op 03/2026: L WLE\n• Pre-op MRI 02/2026: L BI-RADS 6, R BI-RADS 1\n"
    assert _labels(text) == "- -"


@_WITHDRAWN
def test_rule_3_still_fires_after_the_operation_named_in_the_title() -> None:
    assert _labels("Follow-up after left WLE\n• Pre-op MRI 02/2026: L BI-RADS 6\n") == "- -"


def test_rule_3_near_miss_surveillance_only_planned_is_no_after_treatment_document() -> None:
    text = "MDT 10/03/2026\n• Pre-op MRI 03/2026: L BI-RADS 4B\n• Plan: surgery, then surveillance\n"
    assert _labels(text) == "4B -"


@_WITHDRAWN
def test_rule_3_still_fires_under_a_title_naming_the_operation_as_done() -> None:
    text = ("Post-operative baseline mammogram\n"
            "• Pre-op MRI 02/2026: R BI-RADS 6\n"
            "• Mammogram today: R BI-RADS 2\n")
    assert _labels(text) == "- 2"


@_WITHDRAWN
def test_rule_1_a_request_number_on_a_reports_title_is_no_request_form() -> None:
    text = ("Request no. 12 bilateral breast ultrasound. Indication: lump.\n"
            "Right breast - Normal. BI-RADS 1.\nLeft breast - Cyst. BI-RADS 2.\n")
    assert _labels(text) == "2 1"


def test_rule_2_a_shallower_line_after_an_indented_dash_item_is_read() -> None:
    # (review r102's X18, the same class as X23)
    text = "Breast MDT\n  - Imaging history: US L 2025 BI-RADS 3\n Mammogram 02/03/2026, left: BI-RADS 2\n"
    assert _labels(text) == "2 -"


@_WITHDRAWN
def test_rule_1_full_stop_paragraphs_naming_a_month_dated_exam_stay_history() -> None:
    # (review r102's X27, the "Right breast." form of X09)
    text = ("BILATERAL BREAST ULTRASOUND\nHistory: lump.\nRight breast. On the January MRI, BI-RADS 4A.\n"
            "Left breast. On the January MRI, BI-RADS 1.\n")
    assert _labels(text) == "- -"
