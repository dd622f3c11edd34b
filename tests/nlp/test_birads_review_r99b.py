"""Second review of the b99 radiology rules (review r99b; texts exactly as the review wrote them).
Rule 1's "Last ...:" label ends at a comma / "and" going on to today's exam; rule 2's two-qualifier sub-heading heads its
own sentence only; rule 3's framed correction is not one said not made or one to an earlier report; rule 4's per-side
paragraphs end the indication only when neither paragraph names an earlier exam or a month / year date and no line below
tells today's exam, the heading naming no screening abnormality, findings or transfer; rule 6's quote its reader opens
needs a letter's line opened by a label of the present round ("This year:") and no later date in the letter; rule 7's
thanks paragraph needs the exam done for the consultation ("before seeing me") and no later exam, year, date, "today"
or repeat after the quote. Every confirmed over-reach reads with the review's right label (two are still wrong for a
reason outside the b99 rules: strict xfails, see below). Tests compare labels only."""
import pytest

from nlp.birads import extract_birads

RULE1_CONFIRMED = [
    ('1a',
     'US LEFT BREAST\n'
     'History: recall. Last mammogram: asymmetry, ultrasound today shows a simple cyst, BI-RADS 2.\n',
     '2', None),
    ('1f',
     'MAMMOGRAM BILATERAL\n'
     'History: screening. Last round: no change since 2024 and BI-RADS 1 both breasts today.\n',
     '1', '1'),
    ('1j',
     'MAMMOGRAM LEFT\n'
     'History: lumpectomy. Last mammo: stable scar and today also stable, BI-RADS 2.\n',
     '2', None),
]

RULE2_CONFIRMED = [
    ('2a',
     'US RIGHT BREAST\n'
     'Indication: lump. Breast imaging history: nothing relevant. Today an 8 mm simple cyst, BI-RADS 2.\n',
     None, '2'),
    ('2b',
     'MAMMOGRAM BILATERAL\n'
     'Indication: screening. Breast screening history: first screen. No mass. BI-RADS 1.\n',
     '1', '1'),
    ('2d',
     'US LEFT BREAST\n'
     'Indication: lump. Past surgical history: appendicectomy. 8 mm simple cyst, BI-RADS 2.\n',
     '2', None),
]

RULE3_CONFIRMED = [
    ('3j',
     'US LEFT BREAST\n'
     'Impression: BI-RADS 2.\n'
     '*** CORRECTION NOT NEEDED ***\n'
     'Query from clinic answered: the previous BI-RADS 4 was the 2025 exam.\n',
     '2', None),
    ('3l',
     'US LEFT BREAST\n'
     'Impression: BI-RADS 2.\n'
     '*** CORRECTION REQUESTED BY CLINICIAN - DECLINED ***\n'
     'The clinician suggested BI-RADS 3; the assessment stands.\n',
     '2', None),
    ('3h',
     'US LEFT BREAST\n'
     'Impression: BI-RADS 3.\n'
     '*** ERRATUM TO THE MAMMOGRAM REPORT OF 2025 ***\n'
     'That mammogram was BI-RADS 2.\n',
     '3', None),
]

RULE4_CONFIRMED = [
    ('4a',
     'MAMMOGRAM BILATERAL\n'
     'Indication: abnormal screening.\n'
     "Right breast. Asymmetry at 12 o'clock, BI-RADS 0.\n"
     'Left breast. Normal, BI-RADS 1.\n'
     'Spot compression today: the asymmetry disperses, benign.\n',
     None, None),
    ('4c',
     'MAMMOGRAM BILATERAL\n'
     'Clinical history: surgery.\n'
     'Right breast. Lumpectomy for IDC, BI-RADS 6 at diagnosis.\n'
     'Left breast. Cyst aspirated, BI-RADS 2.\n'
     'No new findings.\n',
     None, None),
    ('4e',
     'MAMMOGRAM BILATERAL\n'
     'Indication: follow-up.\n'
     'Right breast. Cyst, BI-RADS 3 (03/2025).\n'
     'Left breast. Normal, BI-RADS 1 (03/2025).\n'
     'Today the cyst has resolved.\n',
     None, None),
    ('4ae',
     'MAMMOGRAM BILATERAL 03/03/2026\n'
     'History: lump.\n'
     'Right breast. Cyst, BI-RADS 2, 03/2025.\n'
     'Left breast. Normal, BI-RADS 1, 03/2025.\n'
     'Today no change.\n',
     None, None),
    ('4k',
     'MAMMOGRAM BILATERAL\n'
     'Clinical history: transferred care; her screening was done in Leeds.\n'
     'Right breast. Benign calcifications, BI-RADS 2.\n'
     'Left breast. Normal, BI-RADS 1.\n'
     'Today: no change.\n',
     None, None),
    ('4s',
     'US BOTH BREASTS\n'
     'Indication: MRI findings.\n'
     'Right breast. Non-mass enhancement, BI-RADS 4.\n'
     'Left breast. Normal, BI-RADS 1.\n'
     'Second-look ultrasound today: no correlate.\n',
     None, None),
    ('4u',
     'MAMMOGRAM BILATERAL\n'
     'Indication: lump.\n'
     'Right breast. Per the referral letter, cyst aspirated, BI-RADS 2.\n'
     'Left breast. Per the referral letter, normal, BI-RADS 1.\n'
     'Today: the breasts are fatty.\n',
     None, None),
    ('4y',
     'MAMMOGRAM BILATERAL\n'
     'Indication: lump.\n'
     'Right breast. Mass 2 cm, BI-RADS 5 - as on the ultrasound last week.\n'
     'Left breast. Normal, BI-RADS 1 - as on the ultrasound last week.\n'
     'Mammogram today: dense tissue only.\n',
     None, None),
    ('4ad',
     'MAMMOGRAM BILATERAL\n'
     'Indication: lump.\n'
     'Right breast. Reported at the other hospital as BI-RADS 2.\n'
     'Left breast. Reported at the other hospital as BI-RADS 1.\n'
     'Our films: fatty, no mass.\n',
     None, None),
]

RULE6_CONFIRMED = [
    ('6g',
     'US RIGHT BREAST 20/10/2026\n'
     'Correlation: mammogram bilateral 20/10/2026, read by Dr K. Obi: "Reported as incomplete, BI-RADS 0."\n'
     'Findings: no correlate.\n'
     'Impression: Negative. BI-RADS 1.\n',
     None, '1'),
    ('6q',
     'US LEFT BREAST\n'
     'Mammogram bilateral 20/10/2026 (same day), read by Dr K. Obi: "Reported as incomplete, BI-RADS 0."\n'
     "Findings: simple cyst at 2 o'clock.\n"
     'Impression: BI-RADS 2.\n',
     '2', None),
    ('6z',
     'MAMMOGRAM BILATERAL 20/10/2026\n'
     'Technique: standard views.\n'
     'Breast MRI 20/10/2026, read by Dr K. Obi: "Reported as probably benign, BI-RADS 3."\n'
     'Findings: no mammographic abnormality.\n'
     'Impression: BI-RADS 1.\n',
     '1', '1'),
    ('6a',
     'US LEFT BREAST 20/10/2026\n'
     'Mammogram bilateral 20/10/2026, read by Dr K. Obi: "Left mass. Reported as incomplete, BI-RADS 0."\n'
     "Ultrasound: simple cyst at 2 o'clock. Benign.\n",
     None, None),
    ('6b',
     'Menopause clinic letter\n'
     'Date: 10 April 2026\n'
     'Mammogram bilateral 02/02/2019, read by Dr A. Stone: "Reported as benign, BI-RADS 2."\n'
     'Continue HRT.\n',
     None, None),
    ('6l',
     'Oncology letter\n'
     'Date: 10/04/26\n'
     'Mammogram bilateral 02/02/2019, read by Dr A. Stone: "Reported as benign, BI-RADS 2."\n'
     'She now presents with a left lump.\n',
     None, None),
    ('6h',
     'Menopause clinic letter\n'
     'Date: 10/12/2026\n'
     'Mammogram bilateral 02/02/2026, read by Dr A. Stone: "Reported as probably benign, BI-RADS 3."\n'
     'She has since had a follow-up mammogram on 05/08/2026, which was normal.\n',
     None, None),
    ('6i',
     'Menopause clinic letter\n'
     'Mammogram bilateral 02/02/2026, read by Dr A. Stone: "Reported as probably benign, BI-RADS 3."\n'
     'Follow-up mammogram 05/08/2026 was normal; back to routine recall.\n',
     None, None),
    ('6x',
     'GP letter\n'
     'Re: left breast ultrasound 14/11/2026.\n'
     'For context, her mammogram bilateral 20/10/2026, read by Dr K. Obi: "Reported as incomplete, BI-RADS 0."\n'
     'The ultrasound showed a simple cyst.\n',
     None, None),
    ('6c',
     'GP letter\n'
     'Follow-up: mammogram bilateral 20/09/2026, read by Dr K. Obi: "Reported as probably benign, BI-RADS 3."\n'
     'Ultrasound 20/10/2026 showed the mass has resolved.\n',
     None, None),
]

RULE7_CONFIRMED = [
    ('7a',
     'Breast clinic letter\n'
     'Thank you for referring Mrs Lane with a right breast lump.\n'
     'She had a screening mammogram on 02/02/2026; the report states: "Right asymmetry. BI-RADS 0."\n'
     'She was recalled and ultrasound on 20/02/2026 showed a simple cyst.\n'
     'Plan: discharge.\n',
     None, None),
    ('7d',
     'Breast clinic letter\n'
     'Thank you for referring Mrs Lane with a left breast lump.\n'
     'She had a left breast ultrasound on 12/05/2026; the report states: "Impression: Probably benign. BI-RADS 3."\n'
     'I repeated the ultrasound today, 14/11/2026: the lump has gone.\n',
     None, None),
    ('7e',
     'Breast clinic letter\n'
     'Thank you for referring Mrs Lane with a left breast lump.\n'
     'She had a left breast ultrasound on 12/05/2026; the report states: "Impression: Probably benign. BI-RADS 3." '
     'Her 2027 follow-up scan was normal.\n',
     None, None),
    ('7t',
     'Breast clinic letter\n'
     'Thank you for referring Mrs Lane with a left breast lump.\n'
     'She had a left breast ultrasound on 12/05/2026; the report states: "Probably benign, BI-RADS 3."\n'
     "Today's mammogram: dense breasts, no mass.\n",
     None, None),
    ('7b',
     'Hand therapy report\n'
     'Date: 10 April 2026\n'
     'Thank you for referring Mrs Lane with wrist pain.\n'
     'She had a left breast ultrasound on 12/05/2019; the report states: "Impression: Probably benign. BI-RADS 3."\n'
     'Plan: splint.\n',
     None, None),
    ('7q',
     'Breast clinic letter (translated from Spanish)\n'
     'Thank you for referring Sra. Lopez with a right breast lump.\n'
     'She had a right breast ultrasound on 12/05/2026 in Madrid; the report states: "Nódulo sólido. BI-RADS 4A."\n'
     'We repeated imaging today.\n',
     None, None),
    ('7o',
     'Breast clinic letter\n'
     'Thank you for referring Mrs Lane with a left breast lump.\n'
     'She had a left breast ultrasound on 12/05/2026; the report states: "Probably benign, BI-RADS 3." '
     'I saw her on 20/11/2026 and repeat ultrasound was normal, BI-RADS 1.\n',
     '1', None),
]

BORDERLINE = [
    ('6p',
     'Menopause clinic letter\n'
     'Surveillance: mammogram bilateral 20/09/2025, read by Dr K. Obi: "Reported as probably benign, BI-RADS 3."\n'
     "This year's mammogram awaited.\n",
     None, None),
    ('6w',
     'Breast clinic letter\n'
     'Mammogram bilateral 20/10/2016, read by Dr K. Obi: "Reported as negative, BI-RADS 1."\n'
     'She has not had imaging in ten years; new mammogram requested.\n',
     None, None),
]
# still wrong, for a reason outside the b99 rules' code (the b99 over-reach itself is gone):
# 6q: the left side now reads its own impression (2); the right side reads 2 because the quoted "Mammogram bilateral"
# line makes the left ultrasound a bilateral exam (the reading before b99 did the same);
# 7o: the repeat ultrasound's "BI-RADS 1" stays inside the thanks paragraph's history (also before b99): left unread
STILL_WRONG = {"6q", "7o"}
_STILL_WRONG_MARK = pytest.mark.xfail(strict=True, reason="review r99b: wrong for a reason outside the b99 rules")


def _cases() -> list:
    cases = [*RULE1_CONFIRMED, *RULE2_CONFIRMED, *RULE3_CONFIRMED, *RULE4_CONFIRMED, *RULE6_CONFIRMED,
             *RULE7_CONFIRMED, *BORDERLINE]
    return [pytest.param(*case, marks=_STILL_WRONG_MARK) if case[0] in STILL_WRONG else case for case in cases]


@pytest.mark.parametrize(("case", "text", "left", "right"), _cases(),
                         ids=lambda v: v if isinstance(v, str) and len(v) < 5 else "")
def test_confirmed_over_reach_reads_its_right_label(case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}, case


def test_quote_left_side_of_6q_reads_its_own_impression() -> None:
    # (the b99 over-reach on 6q, the quoted mammogram's BI-RADS 0, is gone on the ultrasound's side)
    text = RULE6_CONFIRMED[1][1]
    assert extract_birads(text)["L"] == "2"


# ------------------------------------------------------------------ the second signals, in other words

# rule 6: a letter's line opened by a label of the present round reads the quote its reader opens
PRESENT_ROUND = [
    ('own',
     'Diabetes clinic letter\n'
     'Date: 14/09/2026\n'
     'This year: Mammogram bilateral 01/09/2026, read by Dr P. Hall: "Reported as benign, BI-RADS 2."\n'
     'Insulin unchanged.\n',
     '2', '2'),
    # near misses: no label of the present round; an imaging report's first line; a later date below the quote
    ('nm1',
     'Diabetes clinic letter\n'
     'Mammogram bilateral 01/09/2026, read by Dr P. Hall: "Reported as benign, BI-RADS 2."\n'
     'Insulin unchanged.\n',
     None, None),
    ('nm2',
     'US RIGHT BREAST 14/09/2026\n'
     'This year: Mammogram bilateral 01/09/2026, read by Dr P. Hall: "Reported as incomplete, BI-RADS 0."\n'
     'Impression: simple cyst. BI-RADS 2.\n',
     None, '2'),
    ('nm3',
     'Diabetes clinic letter\n'
     'This year: Mammogram bilateral 01/03/2026, read by Dr P. Hall: "Reported as probably benign, BI-RADS 3."\n'
     'Her follow-up mammogram on 01/09/2026 was normal.\n',
     None, None),
    ('nm4',
     'Diabetes clinic letter\n'
     'Date: 3 March 2027\n'
     'This year: Mammogram bilateral 01/09/2026, read by Dr P. Hall: "Reported as benign, BI-RADS 2."\n',
     None, None),
]

# rule 7: a thanks paragraph's quote of the exam done for the consultation is read
BEFORE_SEEING_ME = [
    ('own',
     'Rheumatology letter\n'
     'Thank you for referring Mrs Hart with shoulder pain.\n'
     'She had a right breast ultrasound on 03/08/2026 before seeing me; the report states: "Simple cyst. BI-RADS 2."\n'
     'Plan: physiotherapy.\n',
     None, '2'),
    # near misses: no such signal; a repeat after the quote; a later year after it; a month-name letter date later
    ('nm1',
     'Rheumatology letter\n'
     'Thank you for referring Mrs Hart with shoulder pain.\n'
     'She had a right breast ultrasound on 03/08/2026; the report states: "Simple cyst. BI-RADS 2."\n'
     'Plan: physiotherapy.\n',
     None, None),
    ('nm2',
     'Rheumatology letter\n'
     'Thank you for referring Mrs Hart with shoulder pain.\n'
     'She had a right breast ultrasound on 03/08/2026 before seeing me; the report states: "Probably benign. BI-RADS '
     '3."\n'
     'The repeat scan was normal.\n',
     None, None),
    ('nm3',
     'Rheumatology letter\n'
     'Thank you for referring Mrs Hart with shoulder pain.\n'
     'She had a right breast ultrasound on 03/08/2026 before seeing me; the report states: "Probably benign. BI-RADS '
     '3." Her 2027 scan is booked.\n',
     None, None),
    ('nm4',
     'Rheumatology letter\n'
     'Date: 5 January 2028\n'
     'Thank you for referring Mrs Hart with shoulder pain.\n'
     'She had a right breast ultrasound on 03/08/2026 before seeing me; the report states: "Probably benign. BI-RADS '
     '3."\n',
     None, None),
]


@pytest.mark.parametrize(("case", "text", "left", "right"), PRESENT_ROUND,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 5 else "")
def test_reader_opened_quote_needs_a_label_of_the_present_round(case: str, text: str, left: str | None,
                                                                right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}, case


@pytest.mark.parametrize(("case", "text", "left", "right"), BEFORE_SEEING_ME,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 5 else "")
def test_thanks_paragraph_quote_needs_the_exam_done_for_the_consultation(case: str, text: str, left: str | None,
                                                                         right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}, case
