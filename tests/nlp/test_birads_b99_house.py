"""Radiology b99: a run-in label naming an earlier occasion ("Last year: BI-RADS 2.") goes on with the history it stands
in; a history sub-heading with two qualifiers run in after a sentence ("... Breast imaging history: ...") is history; a
correction framed in stars ("*** CORRECTION (dictated ...) ***") revises like an addendum; a report's own per-side
paragraphs opened by the side's name as a sentence ("Right breast. ..." over "Left breast. ...") end the indication above
them; a screening letter's result heading run in after a dash or a stop ("... - Mammogram result (left): Incomplete
...") is that side's assessment heading; a quote its reader opens ("read by Dr K. Obi: "... Reported as negative, BI-RADS
1."") is the quoted report, its "Reported as" its own conclusion; a practice letter's thanks paragraph ends at a line
quoting the report of the exam the letter is about, dated in full."""
import pytest

from nlp.birads import extract_birads

# ------------------------------------------------------------------ "Last year:" run in inside a history


def test_last_occasion_label_in_a_history_is_history() -> None:
    text = ("EXAMINATION: ULTRASOUND RIGHT BREAST\n"
            "Clinical details: follow-up of a right breast cyst. Last visit: BI-RADS 3.\n"
            "Findings: right 2 o'clock 6 mm simple cyst, unchanged.\n"
            "IMPRESSION: Simple cyst.\n"
            "ASSESSMENT: BI-RADS 2 - Benign.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_near_miss_a_side_heading_run_in_after_the_history_still_ends_it() -> None:
    # (a one-paragraph report: the side's heading after the indication is the findings, no "Last" label)
    text = "US LEFT BREAST. Indication: palpable lump. Left: 11 mm irregular mass at 2 o'clock, BI-RADS 4B."
    assert extract_birads(text) == {"L": "4B", "R": None}


def test_last_year_label_with_the_other_sides_own_categories() -> None:
    text = ("BILATERAL MAMMOGRAM\n"
            "History: annual surveillance. Last year: BI-RADS 3 right.\n"
            "Findings: the right breast calcifications are unchanged for two years.\n"
            "Impression: Right breast: BI-RADS 2. Left breast: BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}


def test_last_mammogram_label_quoting_in_the_comparison() -> None:
    text = ("MAMMOGRAM BILATERAL\n"
            "Comparison: outside films. Last mammogram: \"BI-RADS 0, recall\".\n"
            "Findings: no mass or suspicious calcification.\n"
            "Impression: Negative. BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_near_miss_today_label_run_in_after_the_history_ends_it() -> None:
    text = ("US LEFT BREAST\n"
            "History: cyst followed, last year BI-RADS 3. Today: 5 mm simple cyst at 3 o'clock, BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_near_miss_the_other_sides_own_heading_line_ends_the_history() -> None:
    text = ("MAMMOGRAM AND US RIGHT BREAST\n"
            "History: right lump. Last year: normal mammogram.\n"
            "Right breast: 12 mm irregular mass at 10 o'clock, BI-RADS 4C.\n")
    assert extract_birads(text) == {"L": None, "R": "4C"}


def test_near_miss_sentences_after_the_last_label_are_read_as_before() -> None:
    text = "US LEFT BREAST\nClinical: lump. Last US: 2024. Today's US shows a 5 mm cyst, BI-RADS 2.\n"
    assert extract_birads(text) == {"L": "2", "R": None}


# ------------------------------------------------------------------ "Breast imaging history:" run in after a sentence


def test_two_qualifier_history_subheading_run_in_is_history() -> None:
    text = ("ENDOCRINE CLINIC - thyroid review\n"
            "Date: 04/02/2026\n"
            "Breast: mild mastalgia on HRT. Breast imaging history: mammogram 2024 BI-RADS 2 both breasts.\n"
            "Plan: continue HRT, review in 6 months.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_todays_imaging_run_in_is_not_history() -> None:
    text = ("MAMMOGRAM BILATERAL\n"
            "Indication: screening. Breast imaging today: no mass or calcification. BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_history_subheading_then_the_reports_own_impression() -> None:
    text = ("US RIGHT BREAST\n"
            "Reason for exam: lump. Breast imaging history: right BI-RADS 4A in March, biopsy benign.\n"
            "Findings: right 10 o'clock 9 mm oval mass, concordant.\n"
            "Impression: BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_near_miss_one_qualifier_subheading_still_history() -> None:
    text = ("GP note\n"
            "Breast pain, left. Screening history: mammogram 2023 BI-RADS 1.\n"
            "Plan: analgesia.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_two_qualifiers_before_another_word_head_no_history() -> None:
    text = ("US BOTH BREASTS\n"
            "Indication: screening. Breast imaging report: no mass, no cyst. BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


# ------------------------------------------------------------------ a correction framed in stars


def test_framed_correction_banner_revises_like_an_addendum() -> None:
    text = ("ULTRASOUND LEFT BREAST\n"
            "Impression: Complicated cyst at 4 o'clock. BI-RADS 3.\n"
            "*** CORRECTION (dictated 02/05/2026) ***\n"
            "Compared with the outside MRI, the lesion is a known stable cyst. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_near_miss_framed_correction_without_a_category_keeps_the_original() -> None:
    text = ("ULTRASOUND LEFT BREAST\n"
            "Impression: Complicated cyst at 4 o'clock. BI-RADS 3.\n"
            "*** CORRECTION ***\n"
            "The referring clinician's name is corrected; the report is otherwise unchanged.\n")
    assert extract_birads(text) == {"L": "3", "R": None}


def test_framed_correction_of_the_side_moves_the_category() -> None:
    text = ("ULTRASOUND LEFT BREAST\n"
            "Impression: Complicated cyst at 4 o'clock. BI-RADS 3.\n"
            "*** CORRECTION ***\n"
            "Laterality error: the examination was of the RIGHT breast, not the left.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_near_miss_other_framed_banner_revises_nothing() -> None:
    text = ("MAMMOGRAM BILATERAL\n"
            "Right breast: cyst, BI-RADS 2.\n"
            "*** END OF REPORT ***\n"
            "Left breast: negative, BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}


def test_near_miss_framed_banner_saying_no_correction_revises_nothing() -> None:
    text = ("US BOTH BREASTS\n"
            "Right breast: 9 mm irregular mass, BI-RADS 4B.\n"
            "*** NO CORRECTION REQUIRED ***\n"
            "Left breast: simple cyst, BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "4B"}


# ------------------------------------------------------------------ per-side paragraphs "Right breast. ..."


def test_side_sentence_paragraphs_end_the_indication() -> None:
    text = ("Mammography, both breasts, 03/03/2026.\n"
            "Indication: right nipple discharge.\n"
            "Right breast. Fatty tissue. Mild duct ectasia behind the nipple. BI-RADS 2.\n"
            "Left breast. Fatty tissue. Nothing abnormal. BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}


def test_near_miss_one_side_sentence_line_in_the_history_stays_history() -> None:
    text = ("MAMMOGRAM BILATERAL\n"
            "History: treated breast cancer.\n"
            "Left breast. Lumpectomy, BI-RADS 5 at diagnosis.\n"
            "The breasts are scattered fibroglandular. Post-surgical change on the left. BI-RADS 2 bilateral.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_near_miss_side_sentence_paragraphs_of_the_prior_above_the_reports_own_heading() -> None:
    text = ("MAMMOGRAM BILATERAL\n"
            "Comparison: outside mammogram, summary of that report:\n"
            "Right breast. Asymmetry at 12 o'clock. BI-RADS 0.\n"
            "Left breast. Normal. BI-RADS 1.\n"
            "Findings: spot compression resolves the right asymmetry.\n"
            "Impression: BI-RADS 1 both breasts.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_near_miss_side_sentence_paragraphs_inside_a_quoted_prior() -> None:
    text = ("US BOTH BREASTS\n"
            "History: her outside report reads: \"Right breast. Cyst. BI-RADS 3.\n"
            "Left breast. Normal. BI-RADS 1.\" The cyst was aspirated since.\n"
            "The breasts are dense. The right cyst has resolved. BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_near_miss_side_sentence_paragraphs_under_a_comparison_heading() -> None:
    text = ("MAMMOGRAM BILATERAL\n"
            "Comparison: outside report 2024.\n"
            "Right breast. Cyst. BI-RADS 3.\n"
            "Left breast. Normal. BI-RADS 1.\n"
            "The breasts are dense. The cyst has resolved. BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_near_miss_side_sentence_paragraphs_followed_by_the_reports_own_category() -> None:
    text = ("MAMMOGRAM BILATERAL\n"
            "Indication: lump.\n"
            "Right breast. Cyst. BI-RADS 3.\n"
            "Left breast. Normal. BI-RADS 1.\n"
            "The breasts are dense. The cyst has resolved. BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


# ------------------------------------------------------------------ "Mammogram result (left):" run in


def test_result_heading_with_its_side_run_in_after_a_dash() -> None:
    text = ("CONTRACEPTION CLINIC NOTE\n"
            "Shows me her screening letter: \"Your breast screen of 02/03/2026 - Mammogram result (right): Incomplete - "
            "needs additional imaging evaluation. Mammogram result (left): Negative - no sign of cancer.\"\n"
            "Reassured. Recall visit booked.\n")
    assert extract_birads(text) == {"L": "1", "R": "0"}


def test_near_miss_previous_result_heading_run_in_is_not_read() -> None:
    text = ("CONTRACEPTION CLINIC NOTE\n"
            "Breast screening discussed. Previous mammogram result (left): Negative.\n"
            "Pill continued.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_biopsy_result_heading_run_in_is_no_imaging_category() -> None:
    text = ("CLINIC NOTE\n"
            "Seen after the recall. Biopsy result (left): Benign - fibroadenoma.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_result_heading_run_in_within_the_history() -> None:
    text = ("MAMMOGRAM BILATERAL\n"
            "History: recalled before. Mammogram result (left): Incomplete - needs additional imaging evaluation.\n"
            "Findings: spot views show overlapping tissue only.\n"
            "Impression: Negative. BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_near_miss_result_heading_run_in_after_an_earlier_letter() -> None:
    text = "CLINIC NOTE\nHer letter of 2024 - Mammogram result (left): Negative - no sign of cancer.\n"
    assert extract_birads(text) == {"L": None, "R": None}


# ------------------------------------------------------------------ a quote its reader opens


def test_quote_opened_by_its_reader_keeps_its_reported_as() -> None:
    text = ("Menopause clinic letter\n"
            "Date: 10/04/2026\n"
            "This year: Mammogram bilateral 28/03/2026, read by Dr A. Stone: \"Scattered fibroglandular tissue. "
            "Reported as benign, BI-RADS 2.\"\n"
            "Continue HRT.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_near_miss_reader_quote_of_a_mammogram_dated_by_its_year() -> None:
    text = ("Menopause clinic letter\n"
            "Her 2024 mammogram, read by Dr A. Stone: \"Reported as benign, BI-RADS 2.\"\n"
            "Continue HRT.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_reader_quote_of_an_outside_mammogram() -> None:
    text = ("Menopause clinic letter\n"
            "Outside mammogram bilateral, read by Dr A. Stone: \"Reported as benign, BI-RADS 2.\"\n"
            "Continue HRT.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_reader_named_without_a_quote_still_dates() -> None:
    text = ("Menopause clinic letter\n"
            "Mammogram read by Dr A. Stone in 2025. Reported as benign, BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_reader_quote_under_a_previous_result_block() -> None:
    text = ("Menopause clinic letter\n"
            "Previous result (2025)\n"
            "Mammogram bilateral 02/02/2025, read by Dr A. Stone: \"Reported as benign, BI-RADS 2.\"\n"
            "\n"
            "Continue HRT.\n")
    assert extract_birads(text) == {"L": None, "R": None}


# (review r99b: the one-signal read of a reader-opened quote is withdrawn; neither line carries a label of the present
# round, so both sides are left unread)
@pytest.mark.xfail(strict=True, reason="review r99b: one-signal read of rule 6 withdrawn")
def test_reader_quotes_of_two_rounds_only_the_last_is_read() -> None:
    text = ("Menopause clinic letter\n"
            "Mammogram bilateral 02/02/2025, read by Dr A. Stone: \"Reported as probably benign, BI-RADS 3.\"\n"
            "Mammogram bilateral 20/01/2026, read by Dr B. Hale: \"Reported as negative, BI-RADS 1.\"\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


# ------------------------------------------------------------------ a practice letter's thanks paragraph


def test_thanks_paragraph_ends_at_the_line_quoting_the_letters_exam() -> None:
    text = ("Hand therapy report\n"
            "Thank you for referring Mrs Lane with wrist pain. She recalls a breast cyst drained in 2021.\n"
            "She had a left breast ultrasound on 12/05/2026 before her appointment; the report states: \"Left breast: "
            "two simple cysts. Impression: Benign. BI-RADS 2.\"\n"
            "Plan: splint and exercises.\n")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_near_miss_thanks_paragraph_quoting_an_exam_dated_by_its_year() -> None:
    text = ("Hand therapy report\n"
            "Thank you for referring Mrs Lane with wrist pain.\n"
            "She had a left breast ultrasound in 2023; the report states: \"Impression: Probably benign. BI-RADS 3.\"\n"
            "Plan: splint and exercises.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_thanks_paragraph_quoting_a_previous_exam() -> None:
    text = ("Hand therapy report\n"
            "Thank you for referring Mrs Lane with wrist pain.\n"
            "Her previous right breast ultrasound on 12/05/2026; the report states: \"Impression: BI-RADS 3.\"\n"
            "Plan: splint and exercises.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_thanks_paragraph_naming_a_later_year_than_the_exam() -> None:
    text = ("Hand therapy report\n"
            "Thank you for referring Mrs Lane with wrist pain since her fall in 2026.\n"
            "She had a left breast ultrasound on 12/05/2025; the report states: \"Impression: BI-RADS 3.\"\n"
            "Plan: splint and exercises.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_thanks_paragraph_wrapped_into_the_quote_line() -> None:
    # (the line above runs on into it: the story's sentence goes on, the quote stays in the thanks paragraph)
    text = ("Hand therapy report\n"
            "Thank you for referring Mrs Lane with wrist pain; she mentioned that\n"
            "her left breast ultrasound on 12/05/2026 was reported: \"BI-RADS 3.\"\n"
            "Plan: splint and exercises.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_thanks_paragraph_quoting_her_first_exam() -> None:
    text = ("Hand therapy report\n"
            "Thank you for referring Mrs Lane with wrist pain.\n"
            "Her first left breast ultrasound was on 12/05/2026; the report states: \"Impression: BI-RADS 3.\"\n"
            "Plan: splint and exercises.\n")
    assert extract_birads(text) == {"L": None, "R": None}
