"""Radiology b102: a side's paragraph opened by its name and a spaced dash ("Right breast - No focal abnormality.
BI-RADS 1." over "Left breast - ...") opens the findings below today's exam's history like "Right breast." does, also
under an indication run in on the title's own line; a bulleted history heading ("• Imaging history: ...") is history to
its item's end; an exam named as the pre-operative / pre-treatment one and dated to a month and year ("Pre-op MRI
04/2026: R BI-RADS 6") labels an earlier exam's field; a summary sheet's block of earlier imaging titled alone on its
line without a colon, also after a slide's label ("[Slide 4]  IMAGING - PRIOR (staging; not this episode)"), is history
over its bulleted rows.

Review r102c: the dash paragraphs, the pre-operative label and the earlier-imaging block (rules 1, 3 and 4) were
withdrawn after three reviews and read as before b102: their class tests are strict xfails, their near misses still
pass. The bulleted "Imaging history" / "Previous imaging" item (rule 2) stays, ending at a deeper line, a sub-bullet or
a sentence naming today's exam or a full date."""
import pytest

from nlp.birads import extract_birads

_WITHDRAWN = pytest.mark.xfail(strict=True, reason="rule withdrawn after three reviews (review r102c: 32 over-reaches)")

# ------------------------------------------------------------------ side paragraphs opened by the side and a dash


@_WITHDRAWN
def test_side_paragraphs_opened_with_a_dash_under_a_run_in_indication_are_the_findings() -> None:
    text = ("Breast ultrasound, both sides, 02/03/2026. Indication: tender left breast.\n"
            "Right breast - Normal fibroglandular tissue. BI-RADS 1.\n"
            "Left breast - At 2 o'clock a 7 mm simple cyst, which explains the tenderness. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}


@_WITHDRAWN
def test_side_paragraphs_opened_with_a_dash_under_a_history_line_are_the_findings() -> None:
    # (an en dash, and a size straight after it)
    text = ("BILATERAL BREAST ULTRASOUND\n"
            "Clinical history: screening, dense breasts.\n"
            "Left breast – No solid or cystic lesion. BI-RADS 1.\n"
            "Right breast – 9 mm oval circumscribed mass at 8 o'clock, likely fibroadenoma. BI-RADS 3.\n")
    assert extract_birads(text) == {"L": "1", "R": "3"}


def test_near_miss_dash_paragraphs_above_the_reports_own_impression_stay_history() -> None:
    text = ("Bilateral breast ultrasound, 02/03/2026. History: follow-up.\n"
            "Right breast - BI-RADS 3 mass at 9 o'clock, biopsied, benign.\n"
            "Left breast - BI-RADS 2 cyst.\n"
            "Impression: stable benign findings. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_near_miss_dash_paragraphs_in_a_clinic_note_tell_an_earlier_report() -> None:
    text = ("CLINIC NOTE, 02/03/2026. Indication: follow-up of imaging.\n"
            "Right breast - ultrasound reported as BI-RADS 4A, biopsy benign.\n"
            "Left breast - BI-RADS 1.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_dash_paragraphs_quoting_an_outside_report_before_todays_exam() -> None:
    text = ("Bilateral breast ultrasound. Indication: recall.\n"
            "Right breast - per the outside report, BI-RADS 4A.\n"
            "Left breast - per the outside report, BI-RADS 1.\n"
            "Today: targeted ultrasound, right 10 o'clock, simple cyst. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_near_miss_a_hyphen_without_spaces_opens_no_side_paragraph() -> None:
    text = ("Bilateral breast ultrasound, 02/03/2026. Indication: post surgery.\n"
            "Right breast-conserving surgery 2022, BI-RADS 6 then.\n"
            "Left breast-no history.\n"
            "Impression: BI-RADS 2 both breasts.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


# ------------------------------------------------------------------ a bulleted history heading


def test_a_bulleted_imaging_history_quotes_earlier_categories() -> None:
    text = ("Breast MDT slide 4\n"
            "• 61F, left WLE 2022\n"
            "• Imaging history: US R 2024 BI-RADS 4A, core benign; MRI 2025 BI-RADS 2\n"
            "• Today: nothing new to discuss\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_bulleted_past_history_wrapped_onto_an_indented_line_ends_at_the_next_bullet() -> None:
    text = ("MDT case 2\n"
            "- Past history: left cancer 2019,\n"
            "  mammogram 2024 BI-RADS 2\n"
            "- Mammogram today, bilateral: BI-RADS 1\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_near_miss_the_bullet_after_a_bulleted_history_gives_the_current_category() -> None:
    text = ("Breast MDT slide 4\n"
            "• Imaging history: MRI 2024 BI-RADS 3\n"
            "• Current imaging: US RIGHT 03/03/2026 → R: BI-RADS 2\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_near_miss_bulleted_findings_and_impression_are_no_history() -> None:
    text = ("BILATERAL MAMMOGRAM\n"
            "• Findings: scattered density, no mass.\n"
            "• Impression: BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_near_miss_sub_bullets_stay_in_the_history_item_and_the_next_item_is_read() -> None:
    text = ("MDT summary\n"
            "• Imaging history:\n"
            "    – MRI 2024: R BI-RADS 3\n"
            "    – US 2025: R BI-RADS 2\n"
            "• Imaging this episode: US RIGHT 01/03/2026, R: BI-RADS 4B\n")
    assert extract_birads(text) == {"L": None, "R": "4B"}


# ------------------------------------------------------------------ a pre-operative exam dated to a month and year


@_WITHDRAWN
def test_a_pre_operative_exam_dated_to_a_month_and_year_labels_an_earlier_field() -> None:
    text = ("Post-op review\n"
            "• Op 05/2026: R WLE — pT1c, IDC\n"
            "• Pre-op MRI 04/2026: R BI-RADS 6, L BI-RADS 1\n"
            "• Next imaging: annual mammogram\n")
    assert extract_birads(text) == {"L": None, "R": None}


@_WITHDRAWN
def test_a_pre_operative_field_gives_way_to_the_surveillance_exam_below() -> None:
    text = ("Post-op review\n"
            "• Pre-op MRI 04/2026: R BI-RADS 6, L BI-RADS 1\n"
            "• Surveillance mammogram bilateral 10/11/2026: BI-RADS 2 both breasts\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_near_miss_a_pre_operative_exam_dated_in_full_may_be_todays() -> None:
    text = ("Pre-op MDT\n"
            "• Pre-operative MRI 12/03/2026: L BI-RADS 6, R BI-RADS 1\n")
    assert extract_birads(text) == {"L": "6", "R": "1"}


def test_near_miss_a_month_and_year_label_without_pre_operative_is_a_lists_own_round() -> None:
    text = ("Surveillance list\n"
            "MRI 04/2026: R BI-RADS 2, L BI-RADS 1\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}


def test_near_miss_a_pre_operative_exam_without_a_date_is_todays() -> None:
    text = ("Pre-op MDT\n"
            "Pre-operative MRI: L BI-RADS 6, R BI-RADS 1\n")
    assert extract_birads(text) == {"L": "6", "R": "1"}


# ------------------------------------------------------------------ an earlier-imaging block titled without a colon


@_WITHDRAWN
def test_a_slides_earlier_imaging_block_titled_without_a_colon_is_history() -> None:
    text = ("[Slide 3]  Case 2\n"
            "• Op 02/2026: L WLE\n"
            "[Slide 4]  IMAGING - PRIOR (staging; not this episode)\n"
            "• MRI BILATERAL 10/01/2026 → R: BI-RADS 1 | L: BI-RADS 6\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_the_current_block_below_the_earlier_one_is_read() -> None:
    text = ("IMAGING - PREVIOUS (for reference)\n"
            "  • US 12/01/2026: L BI-RADS 4A\n"
            "IMAGING - CURRENT EPISODE\n"
            "  • MRI bilateral 20/02/2026: L BI-RADS 6   R BI-RADS 1\n")
    assert extract_birads(text) == {"L": "6", "R": "1"}


def test_near_miss_an_indented_sheet_ends_the_earlier_block_at_its_current_title() -> None:
    text = ("  IMAGING - PREVIOUS (for reference)\n"
            "    • US 12/01/2026: L BI-RADS 4A\n"
            "  IMAGING - CURRENT EPISODE\n"
            "    • MRI bilateral 20/02/2026: L BI-RADS 6   R BI-RADS 1\n")
    assert extract_birads(text) == {"L": "6", "R": "1"}


def test_near_miss_a_title_with_no_rows_under_it_heads_nothing() -> None:
    text = ("IMAGING - PREVIOUS\n"
            "\n"
            "Mammogram bilateral 20/02/2026: R BI-RADS 2, L BI-RADS 2\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_near_miss_a_title_going_on_after_previous_is_no_block_title() -> None:
    text = ("Imaging - previous biopsy site marked\n"
            "  • US left 20/02/2026: L BI-RADS 2\n")
    assert extract_birads(text) == {"L": "2", "R": None}
