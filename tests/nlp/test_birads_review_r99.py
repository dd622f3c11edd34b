"""Review r99 of the seven b99 radiology rules (texts exactly as the review r99 wrote them). Each rule now
needs positive evidence: rule 1's "Last ...:" label does not name the title's own date; rule 2's two-qualifier sub-heading
is a history that tells something ("Breast imaging history: mammogram 2024 ...", not "... comparison:", "... prior to
this:", "... history: none; today ..."); rule 4's per-side paragraphs end only an indication / patient history of a
report titled with today's exam, the heading's line naming no earlier exam, report, letter or year, no category dated
"(2024)"; rule 5's result heading is a mammogram's / breast screening's, its line dating the exam in full and naming no
other person or earlier time; rule 6's quote its reader opens lies on a line with a full date, no history heading and no
earlier exam, and no full date above it is of a later year; rule 7's thanks paragraph is cut only around the quote, and
the letter's own full dates count as later years. Every confirmed over-reach reads with the review's right label; the
siblings the rules must go on reading still read. Tests compare labels only."""
import pytest

from nlp.birads import extract_birads

# rule 1 ('Last ...:' label): a label naming today's round, dated as the title, is not an earlier occasion
RULE1_CONFIRMED = [
    ('1f',
     'SCREENING MAMMOGRAM BILATERAL 12/03/2026\n'
     'History: third screening round. Last round: 12/03/2026, no change, BI-RADS 1.\n',
     '1', '1'),
]

# rule 2 (two-qualifier sub-heading): only a history telling something, not a comparison / 'prior to this' / 'none; today'
RULE2_CONFIRMED = [
    ('2b',
     'MAMMOGRAM BILATERAL\nIndication: screening. Breast imaging comparison: films of 2024; no change. BI-RADS 1.\n',
     '1', '1'),
    ('2f',
     'US RIGHT BREAST\nIndication: lump. Breast imaging history: none; today an 8 mm simple cyst, BI-RADS 2.\n',
     None, '2'),
    ('2j',
     'MAMMOGRAM BILATERAL\nIndication: screening. Breast imaging prior to this: none. No mass. BI-RADS 1.\n',
     '1', '1'),
]

# rule 4 (per-side paragraphs): earlier exams' categories under imaging / screening histories, a background, a recall's
# reason, an indication naming a report or a year, letters with no exam title
RULE4_CONFIRMED = [
    ('4a2',
     'BREAST CLINIC LETTER\n'
     'Imaging history: see summary.\n'
     'Right breast. Simple cyst, BI-RADS 2.\n'
     'Left breast. Fibroadenoma, BI-RADS 3.\n'
     'Plan: review in one year.\n',
     None, None),
    ('4b',
     'MAMMOGRAM BILATERAL\n'
     'Screening history: recalled from screening.\n'
     "Right breast. Asymmetry at 12 o'clock, BI-RADS 0.\n"
     'Left breast. Normal, BI-RADS 1.\n'
     'Spot views resolve the asymmetry. Return to routine screening.\n',
     None, None),
    ('4c',
     'MAMMOGRAM BILATERAL\n'
     'Indication: follow-up; the previous report is summarised.\n'
     'Right breast. Cyst, BI-RADS 3.\n'
     'Left breast. Normal, BI-RADS 1.\n'
     'Today the cyst has resolved. Routine screening.\n',
     None, None),
    ('4d',
     'SURGICAL CLINIC LETTER\n'
     'Background: left breast cancer, treated.\n'
     'Right breast. Benign calcifications, BI-RADS 2.\n'
     'Left breast. Irregular mass, BI-RADS 5, core biopsy IDC.\n'
     'She is well. Next mammogram due in May.\n',
     None, None),
    ('4i',
     'GP NOTE\n'
     'History: screening letter of 2023 read out by the patient.\n'
     'Right breast. No sign of cancer, BI-RADS 1.\n'
     'Left breast. No sign of cancer, BI-RADS 1.\n'
     'Plan: next screen due.\n',
     None, None),
    ('4j',
     'ULTRASOUND BOTH BREASTS\n'
     'Reason for recall: screening mammogram.\n'
     'Right breast. Asymmetry, BI-RADS 0.\n'
     'Left breast. Normal, BI-RADS 1.\n'
     'Ultrasound today: no correlate for the asymmetry. Back to routine screening.\n',
     None, None),
    ('4r',
     'MAMMOGRAM BILATERAL\n'
     'Indication: surveillance after 2024 exam.\n'
     'Right breast. Cyst, BI-RADS 3 (2024).\n'
     'Left breast. Normal, BI-RADS 1 (2024).\n'
     'Recommendation: annual mammogram.\n',
     None, None),
]

# rule 5 (result heading run in): not another modality's result, nor another person's or an earlier letter
RULE5_CONFIRMED = [
    ('5a',
     'ORTHOPAEDIC CLINIC NOTE\nWrist X-ray reviewed. Imaging result (right): Negative - no fracture.\n',
     None, None),
    ('5b',
     'ENDOCRINE NOTE\nThyroid reviewed. Ultrasound result (left): Benign - TI-RADS 2 nodule.\n',
     None, None),
    ('5f',
     'CLINIC NOTE\n'
     'Letter from before her move - Mammogram result (left): Negative - no sign of cancer.\n'
     'New mammogram booked.\n',
     None, None),
    ('5l',
     "CLINIC NOTE\nMum's letter - Mammogram result (left): Incomplete - needs additional imaging evaluation.\n",
     None, None),
]

# rule 6 (quote its reader opens): not on a history / comparison / indication line, not an exam named earlier without a full date
RULE6_CONFIRMED = [
    ('6b',
     'Menopause clinic letter\n'
     'Date: 10/04/2026\n'
     'Before starting HRT she had a mammogram bilateral, read by Dr A. Stone: "Reported as benign, BI-RADS 2."\n'
     "This year's mammogram is awaited.\n",
     None, None),
    ('6e',
     'SURGICAL FOLLOW-UP LETTER\n'
     'Date: 10/04/2026\n'
     'Mammogram bilateral before surgery, read by Dr A. Stone: "Left mass. Reported as highly suggestive '
     'of malignancy, BI-RADS 5."\n'
     'She is recovering well after her mastectomy.\n',
     None, None),
    ('6h',
     'MAMMOGRAM BILATERAL\n'
     'History: screening mammogram 20/09/2026, read by Dr K. Obi: "Reported as incomplete, BI-RADS 0."\n'
     'Findings: spot views normal.\n'
     'Impression: BI-RADS 1.\n',
     '1', '1'),
    ('6j',
     'Menopause clinic letter\n'
     'Her mammogram from her time in Spain, read by Dr K. Obi: "Reported as probably benign, BI-RADS 3."\n'
     'A new mammogram is booked.\n',
     None, None),
    ('6k',
     'GP letter\n'
     'Mammogram at age 40, read by Dr K. Obi: "Reported as benign, BI-RADS 2."\n'
     'Now 55, no screening since.\n',
     None, None),
    ('6p',
     'US LEFT BREAST\n'
     'Comparison: mammogram 20/09/2026, read by Dr K. Obi: "Reported as probably benign, BI-RADS 3."\n'
     "Findings: simple cyst at 2 o'clock.\n"
     'Impression: BI-RADS 2.\n',
     '2', None),
    ('6q2',
     'US LEFT BREAST\n'
     'Indication: recall. Screening mammogram 20/09/2026, read by Dr K. Obi: "Reported as incomplete, '
     'BI-RADS 0."\n'
     "Findings: simple cyst at 2 o'clock.\n"
     'Impression: BI-RADS 2.\n',
     '2', None),
]

# rule 7 (thanks paragraph): the letter's own later full date keeps the exam earlier; only the quote is cut out of the history
RULE7_CONFIRMED = [
    ('7a',
     'Hand therapy report\n'
     'Thank you for referring Mrs Lane with wrist pain.\n'
     'She had a left breast ultrasound on 12/05/2026; the report states: "Impression: Benign. BI-RADS 2."\n'
     'Her right breast lump was biopsied after a BI-RADS 4A ultrasound and proved benign.\n'
     'Plan: splint.\n',
     '2', None),
    ('7f',
     'Hand therapy report\n'
     'Thank you for referring Mrs Lane, whom I saw on 10/04/2026 with wrist pain.\n'
     'She had a left breast ultrasound on 12/05/2019; the report states: "Impression: Probably benign. '
     'BI-RADS 3."\n'
     'Plan: splint.\n',
     None, None),
    ('7p',
     'Breast clinic letter\n'
     'Thank you for referring Mrs Lane with a left breast lump.\n'
     'She had a left breast ultrasound on 12/05/2026; the report states: "Impression: Probably benign. '
     'BI-RADS 3."\n'
     'A right breast cyst seen on her screening mammogram, called BI-RADS 2, needs no action.\n'
     'Plan: review in 6 months.\n',
     '3', None),
]

# borderline: an exam dated years before the letter's date
BORDERLINE_FIXED = [
    ('6c',
     'Menopause clinic letter\n'
     'Date: 10/04/2026\n'
     'Mammogram bilateral 02/02/2019, read by Dr A. Stone: "Reported as benign, BI-RADS 2."\n'
     'Continue HRT.\n',
     None, None),
    ('7b',
     'Hand therapy report\n'
     'Date: 10/04/2026\n'
     'Thank you for referring Mrs Lane with wrist pain.\n'
     'She had a left breast ultrasound on 12/05/2019; the report states: "Impression: Probably benign. '
     'BI-RADS 3."\n'
     'Plan: splint.\n',
     None, None),
]

# under-reaches now read (siblings of the b99 classes)
UNDER_REACHES_FIXED = [
    ('1j',
     'US LEFT BREAST\nHISTORY: SURVEILLANCE. LAST MAMMOGRAM: BI-RADS 4A LEFT, BIOPSY BENIGN.\nASSESSMENT: BI-RADS 2\n',
     '2', None),
    ('1k',
     'US LEFT BREAST\nHistory: surveillance. Last mammo: BI-RADS 4A left, biopsy benign.\nASSESSMENT: BI-RADS 2\n',
     '2', None),
    ('1n',
     'US LEFT BREAST\nHistory: lump. Last screening mammogram: BI-RADS 4A left.\nASSESSMENT: BI-RADS 2\n',
     '2', None),
    ('3m',
     'US LEFT BREAST\nImpression: BI-RADS 3.\n*** ERRATUM ***\nBI-RADS 2: the lesion is a simple cyst.\n',
     '2', None),
    ('4f',
     'Mammography, both breasts, 03/03/2026.\n'
     'Indication: right nipple discharge.\n'
     'Right Breast. Fatty tissue. BI-RADS 2.\n'
     'Left Breast. Nothing abnormal. BI-RADS 1.\n',
     '1', '2'),
    ('6f',
     'Menopause clinic letter\n'
     'Screening mammogram bilateral 20/10/2026, read by radiologist Dr K. Obi: "No suspicious '
     'abnormality. Reported as negative, BI-RADS 1."\n',
     '1', '1'),
    ('6g',
     'Menopause clinic letter\n'
     'Screening mammogram bilateral 20/10/2026, interpreted by Dr K. Obi: "No suspicious abnormality. '
     'Reported as negative, BI-RADS 1."\n',
     '1', '1'),
    ('7h',
     'Hand therapy report\n'
     'Thank you for referring Mrs Lane with wrist pain.\n'
     'She had a left breast ultrasound on 12/05/2026; the radiologist wrote: "Impression: Benign. BI-RADS 2."\n'
     'Plan: splint.\n',
     '2', None),
    ('7m',
     'Hand therapy report\n'
     'Thank you for referring Mrs Lane with wrist pain.\n'
     'She had a left breast ultrasound on 2026-05-12; the report states: "Impression: Benign. BI-RADS 2."\n'
     'Plan: splint.\n',
     '2', None),
]

# the b99 classes and controls the narrowed rules go on reading
STILL_READ = [
    ('1a',
     'US LEFT BREAST\n'
     "Clinical information: surveillance of the left breast. Last year: BI-RADS 3. Today's US shows a "
     'stable 5 mm cyst, BI-RADS 2.\n',
     '2', None),
    ('1l',
     'MAMMOGRAM LEFT\n'
     'Clinical information: surveillance of the left breast. Last year: BI-RADS 4.\n'
     'ASSESSMENT: BI-RADS 4A\n',
     '4A', None),
    ('1m',
     'MAMMOGRAM LEFT\n'
     'History [Anamnese]: follow-up. Last year [Vorjahr]: BI-RADS 4 left.\n'
     'Assessment [Beurteilung]: BI-RADS 4A left.\n',
     '4A', None),
    ('2a',
     'GP note\nBreast lump resolved. Breast imaging history: US BI-RADS 3 left.\nPlan: nil.\n',
     None, None),
    ('2i',
     'Clinic note\nMastalgia. Breast screening history: mammogram BI-RADS 2 right.\n',
     None, None),
    ('3f',
     'US RIGHT BREAST\n'
     'Impression: BI-RADS 2.\n'
     '*** CORRECTION (dictated 14/07/2026) ***\n'
     'Assessment revised: BI-RADS 3.\n',
     None, '3'),
    ('3h',
     'MAMMOGRAM BILATERAL\n'
     'Impression: BI-RADS 3 bilateral.\n'
     '*** CORRECTION (dictated 14/07/2026) ***\n'
     'BI-RADS 2, both breasts.\n',
     '2', '2'),
    ('3l',
     'US LEFT BREAST\nImpression: BI-RADS 3.\n*** CORRIGENDUM ***\nBI-RADS 2: the lesion is a simple cyst.\n',
     '2', None),
    ('4e',
     'Mammography, both breasts, 03/03/2026.\n'
     'Indication: right nipple discharge.\n'
     'Right breast. Fatty tissue. BI-RADS 2.\n'
     'Left breast. Nothing abnormal. BI-RADS 1.\n',
     '1', '2'),
    ('4g',
     'MAMMOGRAM BILATERAL\n'
     'Family history: sister, breast cancer at 45.\n'
     'Right breast. Scattered tissue. BI-RADS 1.\n'
     'Left breast. Scattered tissue. BI-RADS 1.\n',
     '1', '1'),
    ('4h',
     'Mamografía bilateral.\n'
     'Indicación: control.\n'
     'Mama derecha. Tejido graso. BI-RADS 2.\n'
     'Mama izquierda. Sin hallazgos. BI-RADS 1.\n',
     '1', '2'),
    ('4k',
     'MAMMOGRAM BILATERAL\n'
     'Clinical history:\n'
     'Right breast. Wide local excision for IDC.\n'
     'Left breast. Benign biopsy.\n'
     'The breasts are fatty. Post-surgical change right. BI-RADS 2.\n',
     '2', '2'),
    ('4n',
     'MAMMOGRAM BILATERAL\nIndication: screening.\nRIGHT BREAST. Fatty. BI-RADS 1.\nLEFT BREAST. Fatty. BI-RADS 1.\n',
     '1', '1'),
    ('4p',
     'MAMMOGRAM BILATERAL 03/03/2026\n'
     'Indication: screening.\n'
     'Left breast. Fatty tissue. Benign calcifications. BI-RADS 2.\n'
     'Right breast. Fatty tissue. BI-RADS 1.\n',
     '2', '1'),
    ('5e',
     'MAMMOGRAM BILATERAL\n'
     'Reason for recall: screening letter - Mammogram result (right): Incomplete - needs additional '
     'imaging evaluation.\n'
     'Findings: spot views normal.\n'
     'Impression: Negative, BI-RADS 1.\n',
     '1', '1'),
    ('5k',
     'CLINIC NOTE\n'
     'Your mammogram of 15/06/2026 - Mammogram result (left): Incomplete - needs additional imaging '
     'evaluation. Mammogram result (right): Negative - no sign of cancer.\n',
     '0', '1'),
    ('6i',
     'Menopause clinic letter\n'
     'Screening mammogram bilateral 20/10/2026, read by Dr K. Obi: "No suspicious abnormality. Reported '
     'as negative, BI-RADS 1."\n',
     '1', '1'),
    ('6l',
     'Menopause clinic letter\n'
     'Screening mammogram bilateral 20/10/2026, read by Dr. Obi (consultant radiologist): "Reported as '
     'negative, BI-RADS 1."\n',
     '1', '1'),
    ('6n',
     'Menopause clinic letter\n'
     'Mammography (translated) 20/10/2026, read by Dr K. Obi: "Mamas densas. Reported as benign, BI-RADS 2."\n',
     '2', '2'),
    ('6r',
     'MAMMOGRAM BILATERAL\n'
     'Previous imaging: mammogram 20/09/2025, read by Dr K. Obi: "Reported as probably benign, BI-RADS 3."\n'
     'Findings: stable.\n'
     'Impression: BI-RADS 2 bilateral.\n',
     '2', '2'),
    ('7i',
     'Hand therapy report\n'
     'Thank you for referring Mrs Lane with wrist pain.\n'
     'She had a left breast ultrasound on 12/05/2026 before her appointment; the report states: "Left '
     'breast: two simple cysts. Impression: Benign. BI-RADS 2."\n'
     'Plan: splint and exercises.\n',
     '2', None),
    ('7k',
     'Hand therapy report\n'
     'Thank you for referring Mrs Lane with wrist pain.\n'
     'She had a left breast ultrasound on 12/05/2026; the report states: "Impression: Benign. BI-RADS 2."\n'
     'An earlier right breast ultrasound had shown a BI-RADS 3 cyst, since resolved.\n'
     'Plan: splint.\n',
     '2', None),
    ('7n',
     'Hand therapy report\n'
     'Thank you for referring Mrs Lane with wrist pain.\n'
     'She had a left breast ultrasound on 12/05/2026; the report states: "Impression: Benign. BI-RADS 2." '
     'Her mother had BI-RADS 5 disease at 50.\n'
     'Plan: splint.\n',
     '2', None),
    ('7c',
     'Hand therapy report\n'
     'Thank you for referring Mrs Lane with wrist pain.\n'
     'She had a wrist ultrasound on 12/05/2026; the report states: "Impression: Benign ganglion, left wrist."\n'
     'Plan: splint.\n',
     None, None),
    ('7l',
     'Hand therapy report\n'
     'Thank you for referring Mrs Lane with wrist pain.\n'
     'She had a left breast ultrasound at another hospital on 12/05/2026; the report states: "Impression: '
     'BI-RADS 3."\n'
     'Plan: splint.\n',
     None, None),
    ('5m',
     'CLINIC NOTE\nHer sister brought her letter - Mammogram result (left): Negative - no sign of cancer.\n',
     None, None),
    ('5j',
     'RENAL CLINIC NOTE\n'
     'CKD stable. Ultrasound result (left): Normal - no hydronephrosis. Ultrasound result (right): Benign cyst.\n',
     None, None),
]


@pytest.mark.parametrize(("case", "text", "left", "right"),
                         [*RULE1_CONFIRMED, *RULE2_CONFIRMED, *RULE4_CONFIRMED, *RULE5_CONFIRMED, *RULE6_CONFIRMED,
                          *RULE7_CONFIRMED, *BORDERLINE_FIXED],
                         ids=lambda v: v if isinstance(v, str) and len(v) < 5 else "")
def test_confirmed_over_reach_reads_its_right_label(case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}, case


@pytest.mark.parametrize(("case", "text", "left", "right"), UNDER_REACHES_FIXED,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 5 else "")
def test_under_reach_now_reads(case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}, case


@pytest.mark.parametrize(("case", "text", "left", "right"), STILL_READ,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 5 else "")
def test_class_and_controls_still_read(case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}, case


def test_per_side_paragraphs_under_a_title_after_blank_lines_still_read() -> None:
    # (the exam's title is the first line with text, also after blank lines a printout leaves above it)
    text = ("\n\nULTRASOUND BOTH BREASTS 04/05/2026\n"
            "Clinical information: tender left breast.\n"
            "Left breast. Two simple cysts at 2 o'clock. BI-RADS 2.\n"
            "Right breast. Normal fibroglandular tissue. BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
