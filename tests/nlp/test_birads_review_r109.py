"""Review r109 of radiology b109's rules: a category named straight after the pre-treatment / pre-operative exam is that
earlier exam's (R4) only where the text shows the exam is an earlier one (a year of its own before the report's, "prior /
previous / initial", a past perfect, or its parenthesis in a sentence naming the treatment as done months ago), never
the report's own exam (today / this study / current / this morning's, "on / at / of" the exam, a report titled a
pre-operative exam); and a category so skipped takes its "on the left / right" with it."""
import pytest

from tests.nlp.labels import birads_codes

STAGING = "Indication: known left IDC, staging.\nImpression: "
SECOND_LOOK = "SECOND-LOOK ULTRASOUND RIGHT\n"
G_HEAD = "CASE WRITE-UP\n1. PRESENTATION\n64-year-old after right mastectomy for IDC. "
G_TAIL = ("\n\n2. REPORT OF RECORD\nMAMMOGRAM LEFT - 10/02/2026\nIMPRESSION:\nLeft breast: negative. BI-RADS 1.")
F_HEAD = "CLINICAL HISTORY\n49-year-old, right mastectomy 2 years ago for a 22 mm ILC "
F_TAIL = (", now surveillance of the left breast.\n\nMAMMOGRAM LEFT - 03/03/2026\nFINAL BI-RADS BY SIDE:\n"
          "LEFT: 1 (negative)")

# ------------------------------------------------------------------ the review's over-reaches: today's exam, read as today's


@pytest.mark.parametrize(("text", "codes"), [
    # (A: today's / this morning's, curly apostrophe too)
    (STAGING + "Today\u2019s pre-operative MRI was BI-RADS 6 on the left.", "6 -"),
    (STAGING + "TODAY\u2019S pre-op MRI was BI-RADS 6 left.", "6 -"),
    (STAGING + "Today's pre-operative MRI was BI-RADS 6 on the left.", "6 -"),
    (STAGING + "This morning's pre-operative MRI was BI-RADS 6 on the left.", "6 -"),
    (STAGING + "This morning\u2019s pre-operative MRI was BI-RADS 6 on the left.", "6 -"),
    # (B: a bracketed note naming today's exam)
    (STAGING + "Pre-operative MRI (today) was BI-RADS 6 on the left.", "6 -"),
    (STAGING + "Pre-operative MRI (this study) was BI-RADS 6 on the left.", "6 -"),
    (STAGING + "Pre-operative MRI (current study) was BI-RADS 6 left.", "6 -"),
    ("PRE-OPERATIVE ULTRASOUND LEFT 10/03/2026\nFindings: 18 mm irregular mass at 2 o'clock, biopsy-proven IDC.\n"
     "Conclusion: Pre-operative ultrasound (this examination) was BI-RADS 6 on the left.", "6 -"),
    ("Wire localisation left 10/03/2026.\nPre-operative mammogram (today) was BI-RADS 6 left; wire placed.", "6 -"),
    # (C: the report's own pre-operative exam in the past tense; the right's category keeps its own side)
    ("EXAM: PRE-OPERATIVE MRI BILATERAL 10/03/2026\nIndication: known left IDC.\n"
     "Findings: 24 mm mass left 2 o'clock, no other lesion.\n"
     "Impression: The pre-operative MRI was BI-RADS 6 on the left and BI-RADS 1 on the right.", "6 1"),
    ("MRI BREASTS 10/03/2026\nImpression: Pre-operative MRI was BI-RADS 6 on the left and BI-RADS 1 on the right.",
     "6 1"),
    ("MRI BREASTS 10/03/2026\nImpression: The pre-operative MRI was BI-RADS 6 on the left and BI-RADS 1 on the right.",
     "6 1"),
    ("PRE-OPERATIVE MRI BILATERAL 10/03/2026\nImpression: Known left cancer (pre-operative MRI BI-RADS 6). "
     "Right breast: BI-RADS 1.", "6 1"),
    # (D: the exam after "on" / "at" / "seen on": today's finding framed by it)
    (SECOND_LOOK + "Indication: 8 mm enhancing focus right 10:00 on pre-operative MRI.\n"
     "Impression: Targeted ultrasound of the focus seen on pre-operative MRI was BI-RADS 4A; biopsy recommended.",
     "- 4A"),
    (SECOND_LOOK + "Impression: The correlate of the enhancing mass on pre-op MRI was BI-RADS 4B at today's "
     "ultrasound, right 10:00.", "- 4B"),
    ("MRI BREASTS 10/03/2026\nImpression: The 6 mm focus that was occult at pre-operative ultrasound was BI-RADS 4A on "
     "today's MRI, left 3:00.", "4A -"),
    # (the review's weaker case: "as performed today")
    ("Indication: left cancer, pre-operative imaging.\nImpression: Pre-operative imaging was BI-RADS 6 on the left, "
     "BI-RADS 1 on the right, as performed today.", "6 1"),
])
def test_todays_pre_operative_exam_keeps_its_category(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ the shapes that show an earlier exam


@pytest.mark.parametrize(("text", "codes"), [
    # (a year of its own, earlier than the report's)
    (G_HEAD + "Pre-treatment imaging (2024) was BI-RADS 5 on the right." + G_TAIL, "1 -"),
    (G_HEAD.rstrip() + "\nPre-treatment imaging (2024) was BI-RADS 5 on the right." + G_TAIL, "1 -"),
    (G_HEAD + "Pre-operative MRI (March 2024) was BI-RADS 6 on the right." + G_TAIL, "1 -"),
    # ("prior" / "previous" / "initial", a past perfect)
    (G_HEAD + "The previous pre-operative MRI was BI-RADS 6 on the right." + G_TAIL, "1 -"),
    (G_HEAD + "Initial pre-treatment ultrasound was BI-RADS 5 on the right." + G_TAIL, "1 -"),
    (G_HEAD + "Pre-operative MRI had been BI-RADS 6 on the right." + G_TAIL, "1 -"),
    # (its parenthesis in a sentence naming the treatment as done months or years ago)
    (F_HEAD + "(pre-treatment MRI BI-RADS 6)" + F_TAIL, "1 -"),
    ("CLINICAL HISTORY\n58-year-old, left wide local excision 9 months ago for a 12 mm IDC (pre-operative imaging "
     "BI-RADS 6), then radiotherapy.\n\nMAMMOGRAM BILATERAL - 05/05/2026\nIMPRESSION: Post-surgical change left. "
     "BI-RADS 2 bilaterally.", "2 2"),
])
def test_earlier_pre_treatment_exam_category_is_history(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (a year, but the report's own: no earlier exam shown)
    ("MRI BREASTS 10/03/2026\nImpression: Pre-operative MRI (2026) was BI-RADS 6 on the left.", "6 -"),
    # (a year, but in a report titled a pre-operative exam)
    ("PRE-OPERATIVE MRI BILATERAL 10/03/2026\nHistory: prior benign biopsy.\n"
     "Impression: Pre-operative MRI (2024) was BI-RADS 6 on the left.", "6 -"),
    # (a year, but in a report whose title field names a pre-operative exam)
    ("Exam: Pre-operative MRI, bilateral 10/03/2026\nImpression: Pre-operative MRI (2024) was BI-RADS 6 on the left.",
     "6 -"),
    # ("previous", but the bracket names this study)
    ("MRI BREASTS 10/03/2026\nImpression: Previous pre-operative MRI (this study) was BI-RADS 6 left.", "6 -"),
    # (a parenthesis without a treatment done: the cancer is still to be treated, the exam may be today's)
    ("MRI BREASTS 10/03/2026\nImpression: Known left cancer (pre-operative MRI BI-RADS 6), surgery planned.", "6 -"),
    # (a parenthesis after a treatment done, but "current" beside it)
    ("Right mastectomy 2 years ago for IDC (pre-treatment MRI BI-RADS 6, current study).", "- 6"),
    # (the exam after "of": today's finding)
    ("US BREAST LEFT\nImpression: The correlate of the previous pre-operative MRI was BI-RADS 4A, left 2:00.", "4A -"),
])
def test_near_miss_pre_treatment_exam_keeps_todays_category(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize("sentence", [
    "Pre-operative MRI (2023) was BI-RADS 6 on the right, and BI-RADS 3.",
    "Pre-operative MRI (2023) was BI-RADS 6 on the right and BI-RADS 3 at the scar.",
])
def test_skipped_earlier_category_keeps_its_side_to_itself(sentence: str) -> None:
    # (the earlier exam's "on the right" is not the side of the category after it, which names none)
    text = ("CASE WRITE-UP\n1. PRESENTATION\n64-year-old after left lumpectomy. " + sentence + "\n\n"
            "2. REPORT OF RECORD\nMAMMOGRAM LEFT - 10/02/2026\nIMPRESSION:\nLeft breast: negative. BI-RADS 1.")
    assert birads_codes(text) == "1 -"


# ------------------------------------------------------------------ rule 1: the RIS abbreviations LT / RT / UNILAT

RIS_LOG = ("Resident procedure log\nDate: 14/03/2026\nClinical question on order: recalled from screening, left "
           "asymmetry.\n{} 02/03/2026 (Acc. MG26-0777), impression as reported:\n\"{}\"\n\n"
           "Procedure: US-guided 14G core biopsy, 4 cores.")


@pytest.mark.parametrize(("title", "quote", "codes"), [
    ("MAMMO DIAG LT", "Persistent focal asymmetry at 2 o'clock. BI-RADS 4A.", "4A -"),
    ("DUCTOGRAM RT", "Filling defect in the cannulated duct. Suspicious (BI-RADS 4).", "- 4"),
    ("MAMMO DIAG UNILAT LEFT", "Focal asymmetry at 2 o'clock. BI-RADS 4A.", "4A -"),
    ("MAMMO DIAG UNILAT RIGHT", "Right breast: focal asymmetry. BI-RADS 4A.", "- 4A"),
    # (near misses: another exam by its order, an earlier year)
    ("PRIOR MAMMO DIAG LT", "Focal asymmetry. BI-RADS 3.", "- -"),
])
def test_ris_abbreviated_side_title_heads_the_quote(title: str, quote: str, codes: str) -> None:
    assert birads_codes(RIS_LOG.format(title, quote)) == codes


def test_ris_abbreviated_title_of_an_earlier_year_stays_history() -> None:
    assert birads_codes(RIS_LOG.format("MAMMO DIAG LT", "BI-RADS 3.").replace("02/03/2026", "02/03/2024")) == "- -"
