"""Reviews r109 and r109b of radiology b109's rules. The pre-treatment exam's rule (a category named straight after a
"pre-operative / pre-treatment <exam>" read as that earlier exam's, R4) was withdrawn after review r109b (19
over-reaches after one narrowing: a pre-operative exam is not reliably an earlier one), with its side-leak change: the
reviews' over-reaches, today's own pre-operative exam, keep their categories here. The quoted impression's RIS short
titles and duct-study titles (rule 1) stay, with both reviews' texts."""
import pytest

from tests.nlp.labels import birads_codes

STAGING = "Indication: known left IDC, staging.\nImpression: "
SECOND_LOOK = "SECOND-LOOK ULTRASOUND RIGHT\n"

# ------------------------------------------------------------------ review r109's over-reaches: today's exam, read as today's


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


# ------------------------------------------------------------------ review r109b's over-reaches: today's exam, read as today's

MRI_OF = "MRI BREASTS {}\nImpression: "
EXTENT = "MRI BREASTS BILATERAL 10/03/2026\nIndication: biopsy-proven cancer, extent of disease.\nImpression: "


@pytest.mark.parametrize(("text", "codes"), [
    # (A: the exam's own full date is the report's; a later year elsewhere, a plan, a room or an extension, dates nothing)
    ("MRI BREASTS 18/12/2026\nIndication: newly diagnosed left IDC, surgery booked 08/01/2027.\nImpression: Pre-operative "
     "MRI (18/12/2026) was BI-RADS 6 on the left and BI-RADS 1 on the right.", "6 1"),
    (MRI_OF.format("02/11/2026") + "Pre-treatment MRI (02/11/2026) was BI-RADS 6 on the right with a 31 mm mass; "
     "BI-RADS 2 on the left. Response MRI due 02/2027.", "2 6"),
    (MRI_OF.format("02/11/2026") + "Pre-treatment MRI (02/11/2026) was BI-RADS 6 on the right, BI-RADS 2 on the left.\n"
     "Queries: ext. 2045.", "2 6"),
    (MRI_OF.format("10/03/2026") + "Pre-operative MRI (10/03/2026) was BI-RADS 6 on the left and BI-RADS 1 on the right.\n"
     "Dictated by Dr A. Rahman, room 2040.", "6 1"),
    (MRI_OF.format("15/12/2026") + "Pre-operative MRI (15/12/2026) was BI-RADS 6 on the right, BI-RADS 1 on the left.\n"
     "Next annual MRI due 12/2027.", "1 6"),
    (MRI_OF.format("01/12/2026") + "Pre-treatment MRI (01/12/2026) was BI-RADS 6 on the left, BI-RADS 1 on the right. "
     "Chemotherapy from January 2027.", "6 1"),
    ("Breast MRI for pre-operative staging, 10/03/2026\nImpression: Pre-operative MRI (10/03/2026) was BI-RADS 6 on the "
     "left and BI-RADS 1 on the right. Surveillance from 2027.", "6 1"),
    # (B: the "ago" is another cancer's surgery, a surgery not done, another organ's, a department's or a biopsy's)
    (EXTENT + "Left lumpectomy 6 years ago for DCIS, now new right IDC (pre-operative MRI BI-RADS 6 right). Left breast: "
     "post-surgical change only, BI-RADS 2.", "2 6"),
    (EXTENT + "Right lumpectomy 12 years ago for DCIS, new left IDC 2026 (pre-operative MRI BI-RADS 6 left). Right breast "
     "BI-RADS 2.", "6 2"),
    (EXTENT + "She had a right mastectomy 3 years ago and a new left mass was found 2 weeks ago (pre-operative MRI BI-RADS "
     "6 left). Right chest wall: BI-RADS 2.", "6 2"),
    (EXTENT + "Contralateral (right) lumpectomy 7 years ago, now left IDC (pre-operative MRI BI-RADS 6). Right breast "
     "BI-RADS 2.", "6 2"),
    (EXTENT + "Right excision of a benign papilloma 8 months ago, new left IDC (pre-op MRI BI-RADS 6 left). Right breast "
     "BI-RADS 2.", "6 2"),
    (EXTENT + "Lumpectomy was postponed 2 weeks ago pending staging (pre-operative MRI BI-RADS 6 left); no other lesion, "
     "right breast BI-RADS 1.", "6 1"),
    (EXTENT + "Left IDC; mastectomy was refused 3 weeks ago (pre-operative MRI BI-RADS 6 left), neoadjuvant endocrine "
     "therapy instead. Right breast BI-RADS 1.", "6 1"),
    (EXTENT + "Surgery planned after core biopsy 2 weeks ago showed left IDC (pre-operative MRI BI-RADS 6 left). Right "
     "breast BI-RADS 1.", "6 1"),
    (EXTENT + "Referred by breast surgery 3 weeks ago with a left mass (pre-operative MRI BI-RADS 6 left). Right breast "
     "BI-RADS 1.", "6 1"),
    (EXTENT + "Colon resection 3 years ago, now left breast IDC (pre-operative MRI BI-RADS 6 left). Right breast: "
     "BI-RADS 1.", "6 1"),
    (EXTENT + "Breast reduction surgery 10 years ago, new left IDC (pre-operative MRI BI-RADS 6 left). Right breast "
     "BI-RADS 2.", "6 2"),
    (EXTENT + "Diagnostic excision 2 weeks ago showed left IDC with involved margins, re-excision planned (pre-operative "
     "MRI BI-RADS 6 left). Right breast BI-RADS 1.", "6 1"),
])
def test_todays_pre_operative_exam_keeps_its_category_r109b(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


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


# ------------------------------------------------------------------ rule 1: review r109b's texts

CASE_LOG = ("Fellow teaching file\nDate: 11/03/2026\nReferral reason: palpable lump, see below.\n{}, impression as reported:\n"
            "{}\n\nProcedure: US-guided 14G core biopsy, 3 cores.")


@pytest.mark.parametrize(("title", "quote", "codes"), [
    ("MAMMO DIAG LT 02/03/2026 (Acc. MG26-4410)", '"Persistent focal asymmetry, upper outer left breast. BI-RADS 4A."',
     "4A -"),
    ("DUCTOGRAM RT 20/02/2026", '"Abrupt duct cut-off 3 cm from the nipple. BI-RADS 4."', "- 4"),
    ("MAMMO DIAG UNILAT RT 02/03/2026", '"Right breast: grouped amorphous calcifications. BI-RADS 4B."', "- 4B"),
    ("GALACTOGRAPHY LT 20/02/2026 (Acc. MG26-0031)", '"Left breast: filling defect in a retroareolar duct. BI-RADS 4A."',
     "4A -"),
    ("US RT 02/03/2026", '"Right breast: 9 mm complicated cyst. BI-RADS 3."', "- 3"),
    ("MAMMO DIAG UNILAT LEFT 02/03/2026", '"Left breast: BI-RADS 4C."\n"Right breast: not imaged."', "4C -"),
    ("MAMMO SCREEN BILAT 02/03/2026", '"Right breast: BI-RADS 0, asymmetry."', "- 0"),
    # (near miss: the shortened title dated in an earlier year of the log: an earlier exam's quote, history)
    ("MAMMO DIAG LT 02/03/2025 (Acc. MG25-4410)", '"Left breast: focal asymmetry. BI-RADS 3."', "- -"),
])
def test_case_log_quote_under_a_shortened_title_r109b(title: str, quote: str, codes: str) -> None:
    assert birads_codes(CASE_LOG.format(title, quote)) == codes


def test_duct_study_title_in_a_history_line_stays_history() -> None:
    text = ("Fellow teaching file\nDate: 11/03/2026\nHistory: left nipple discharge; GALACTOGRAM LT 2024 BI-RADS 2.\n"
            "US LEFT BREAST today: no mass. BI-RADS 1.")
    assert birads_codes(text) == "1 -"
