"""Review r98 of the two b98 radiology rules (birads._dated "Assessed as" opening its sentence; birads._quoted_exam_line
ending a clinic note's history): every over-reach the review confirmed, now read as before the rules (the right label),
and the siblings the rules must go on reading. Tests compare labels only."""
import pytest

from nlp.birads import extract_birads

# "Assessed as" inside a sentence (after a line the one above runs on into, or under a line or blank line that has
# ended its sentence), or opening one whose clause tells where / when that earlier reading was given: not this report's
RULE1_CONFIRMED = [
    ('A01_wrap_and',
     'US LEFT BREAST\n'
     "Left breast: 6 mm cyst at 3 o'clock, seen at her GP's clinic and\n"
     'assessed as BI-RADS 3 there, now resolved. BI-RADS 1.\n',
     '1', None),
    ('A10_hadbeen_wrap',
     'US LEFT BREAST\n'
     "Left breast: the 2 o'clock mass had been\n"
     "assessed as BI-RADS 4A by her GP's radiologist; core biopsy showed fibroadenoma. BI-RADS 2.\n",
     '2', None),
    ('A13_bullet',
     'US RIGHT BREAST\n'
     "Right breast: 9 mm oval mass at 10 o'clock.\n"
     '- Assessed as BI-RADS 4A at the outside clinic.\n'
     '- Today: benign features, BI-RADS 2.\n',
     None, '2'),
    ('A22_wrap_which_was',
     'US RIGHT BREAST\n'
     "Right breast: the 10 o'clock cyst, which the referring radiologist\n"
     'assessed as BI-RADS 3, is simple today. BI-RADS 2.\n',
     None, '2'),
    ('A26_midsent_after_lineend',
     'US LEFT BREAST\n'
     'Left breast: simple cyst.\n'
     'Cyst assessed as BI-RADS 3 at the outside clinic has resolved. BI-RADS 1.\n',
     '1', None),
    ('A27_midsent_after_lineend2',
     'US RIGHT BREAST\n'
     'Right breast: stable.\n'
     'The mass assessed as BI-RADS 3 before is unchanged, BI-RADS 2.\n',
     None, '2'),
    ('A28_guide_nearmiss_lineend',
     'US RIGHT BREAST\n'
     'Right breast: as before.\n'
     'The cyst assessed as BI-RADS 3 on the outside scan is unchanged.\n',
     None, None),
    ('A29_midsent_blankline',
     'US RIGHT BREAST\n'
     'Right breast:\n'
     '\n'
     'A cyst assessed as BI-RADS 3 on the outside scan is unchanged. BI-RADS 2.\n',
     None, '2'),
    ('A16_wrap_sentence_same',
     'US RIGHT BREAST\n'
     "Right breast: at 10 o'clock a 15 mm irregular mass with spiculated margins,\n"
     'assessed as BI-RADS 5.\n',
     None, None),
    ('A02_outside_after',
     'US RIGHT BREAST\n'
     "Right breast: 8 mm oval mass at 9 o'clock. Assessed as BI-RADS 4A at another hospital last "
     'year; biopsy benign. Today BI-RADS 2.\n',
     None, '2'),
    ('A03_prev_us_after',
     'US RIGHT BREAST\n'
     "Right breast: 8 mm oval mass at 9 o'clock. Assessed as BI-RADS 3 on the previous ultrasound. "
     'Stable for 2 years, now BI-RADS 2.\n',
     None, '2'),
    ('A04_letter',
     'Dear Dr Lee,\n'
     'I saw Mrs K in clinic today about her left breast. She had an ultrasound elsewhere last month. '
     'Assessed as BI-RADS 4A by that radiologist. Our review of the images shows a simple cyst, '
     'BI-RADS 2.\n'
     'Yours sincerely\n',
     '2', None),
    ('A09_semicolon_lastscan',
     'US RIGHT BREAST\n'
     "Right breast: 7 mm oval cyst at 10 o'clock; assessed as BI-RADS 3 on her last scan, now simple, "
     'BI-RADS 2.\n',
     None, '2'),
    ('A14_outside_hosp_after',
     'US LEFT BREAST\n'
     "Left breast: 10 mm oval mass at 4 o'clock. Assessed as BI-RADS 4A at the outside hospital. Our "
     'review: fibroadenoma, BI-RADS 3.\n',
     '3', None),
    ('A15_translated',
     'Sol meme [Left breast]: 8 mm kist [cyst]. Assessed as BI-RADS 3 in the outside report. Today: '
     'simple cyst, BI-RADS 2.\n',
     '2', None),
    ('A20_prior_visit',
     'US LEFT BREAST\n'
     "Left breast: 6 mm oval mass at 2 o'clock, unchanged since her visit in clinic. Assessed as "
     'BI-RADS 3 at that visit and followed up. Now stable 2 years: BI-RADS 2.\n',
     '2', None),
    ('A21_then_sentence',
     'Clinic letter\n'
     'She had a left breast ultrasound at the private clinic. Assessed as BI-RADS 4A there. Biopsy '
     'was benign. Our ultrasound today: left breast fibroadenoma, BI-RADS 2.\n',
     '2', None),
    ('A24_dr',
     'US LEFT BREAST\n'
     'Left breast: 6 mm oval mass, reviewed by Dr. A. Assessed as BI-RADS 3 by Dr. A in the outside '
     'report. Now BI-RADS 2.\n',
     '2', None),
]


# "Assessed as" opening its sentence, its clause telling nothing of another reading: this report's own (and the
# dated near misses that stay earlier readings)
RULE1_KEEP = [
    ('A06_sib_impr',
     'Impression: Left breast irregular mass. Assessed as BI-RADS 4C; biopsy recommended.\n',
     '4C', None),
    ('A07_sib_colon',
     'US RIGHT BREAST\n'
     "Right breast: 12 mm irregular mass at 10 o'clock.\n"
     'Assessed as: BI-RADS 4B.\n',
     None, '4B'),
    ('A08_sib_noas',
     'US RIGHT BREAST\n'
     "Right breast - irregular mass at 10 o'clock. Assessed BI-RADS 4C.\n",
     None, '4C'),
    ('A17_sib_line_start',
     'US LEFT BREAST\n'
     "Left breast - At 2 o'clock, 9 mm irregular mass.\n"
     'Assessed as BI-RADS 4B; core biopsy advised.\n',
     '4B', None),
    ('A18_question',
     'US LEFT BREAST\n'
     "Left breast: 6 mm cyst at 3 o'clock. Complicated? Assessed as BI-RADS 3, short-interval "
     'follow-up.\n',
     '3', None),
    ('A19_sib_both',
     'BILATERAL US\n'
     'Both breasts: scattered simple cysts. Assessed as BI-RADS 2.\n',
     '2', '2'),
    ('A23_semicolon_pres',
     'US LEFT BREAST\n'
     "Left breast: 11 mm irregular mass at 1 o'clock; assessed as BI-RADS 4C, biopsy advised.\n",
     '4C', None),
    ('A05_prevly',
     'US LEFT BREAST\n'
     "Left breast: 6 mm oval mass at 2 o'clock. Previously assessed as BI-RADS 3. Now BI-RADS 2.\n",
     '2', None),
    ('A11_paren',
     'US LEFT BREAST\n'
     "Left breast: the 5 mm nodule at 1 o'clock (assessed as BI-RADS 3 in the outside report) has "
     'resolved. BI-RADS 1.\n',
     '1', None),
    ('A12_comparison',
     'US RIGHT BREAST\n'
     'Comparison: outside ultrasound 02/2026. Assessed as BI-RADS 4A there.\n'
     "Findings: Right breast 10 o'clock 9 mm oval circumscribed mass. BI-RADS 2.\n",
     None, '2'),
    ('A25_past_year_after_semicolon',
     'US LEFT BREAST\n'
     "Left breast: 6 mm oval mass at 2 o'clock; assessed as BI-RADS 3 in 2024, stable since. BI-RADS "
     '2.\n',
     '2', None),
    ('A30_guide_nearmiss_control',
     'US RIGHT BREAST\n'
     "Right breast: the 8 mm cyst at 11 o'clock assessed as BI-RADS 3 on the outside scan is "
     'unchanged.\n',
     None, None),
    ('comma_ends_the_clause',
     'US RIGHT BREAST\n'
     "Right breast: 8 mm oval mass at 9 o'clock. Assessed as BI-RADS 3, unchanged from the previous ultrasound.\n",
     None, '3'),
    ('under_a_heading_alone',
     'US LEFT BREAST\n'
     "Left breast - 9 mm irregular mass at 2 o'clock.\n"
     'Impression:\n'
     'Assessed as BI-RADS 4B.\n',
     '4B', None),
    ('by_todays_readers',
     'US LEFT BREAST\n'
     "Left breast: 12 mm irregular mass at 1 o'clock. Assessed as BI-RADS 4C by Dr. Lee and Dr. Khan (double read).\n",
     '4C', None),
]


# an exam line that is an earlier / outside / someone else's / non-breast exam, a sentence, or one of the priors a
# radiology report lists under "Comparison:" / "Indication:" / "Previous imaging:" or above its own "Findings:": the
# history goes on over its quote
RULE2_CONFIRMED = [
    ('B02_ago',
     'Breast clinic note\n'
     'History: left breast lump, now smaller.\n'
     'Breast ultrasound two years ago, reported as:\n'
     '"Left breast 3 o\'clock: 9 mm oval mass. BI-RADS 3."\n'
     'Plan: review in clinic.\n',
     None, None),
    ('B03_at_diagnosis',
     'Breast clinic note\n'
     'History: left breast cancer diagnosed February, neoadjuvant chemotherapy completed.\n'
     'Mammogram at diagnosis, 14/02/2025:\n'
     '"Left breast 2 o\'clock: 25 mm spiculated mass. BI-RADS 5."\n'
     'Plan: review in clinic.\n',
     None, None),
    ('B04_before_surgery',
     'Breast clinic note\n'
     'History: right WLE for DCIS, radiotherapy completed.\n'
     "Ultrasound before surgery, 02/06/2024 (St Mary's):\n"
     '"Right breast 10 o\'clock: 12 mm irregular mass. BI-RADS 4C."\n'
     'Plan: review in clinic.\n',
     None, None),
    ('B05_private',
     'Breast clinic note\n'
     'History: left breast lump, referred by GP.\n'
     'Ultrasound, private clinic, 12/03/2026:\n'
     '"Left breast 3 o\'clock: 14 mm irregular mass. BI-RADS 4B."\n'
     "Our ultrasound today: left 3 o'clock fibroadenoma, BI-RADS 3.\n"
     'Plan: review.\n',
     '3', None),
    ('B07_comparison_prior',
     'EXAM: US LEFT BREAST\n'
     'Comparison: outside studies as below.\n'
     "Ultrasound, 12/03/2025 (St Mary's):\n"
     '"Left 3 o\'clock 9 mm oval mass. BI-RADS 3."\n'
     "Findings: Left breast 3 o'clock: 9 mm oval mass, stable 12 months. BI-RADS 2.\n",
     '2', None),
    ('B08_indication_prior',
     'EXAM: US RIGHT BREAST\n'
     'Indication: follow-up of probably benign mass.\n'
     'Ultrasound 12/09/2025 (report):\n'
     '"Right 9 o\'clock 7 mm oval mass. BI-RADS 3."\n'
     "Findings: Right breast 9 o'clock 7 mm oval mass, stable. BI-RADS 2.\n",
     None, '2'),
    ('B09_prev_imaging_heading',
     'EXAM: US RIGHT BREAST\n'
     'Previous imaging: two outside studies.\n'
     "Ultrasound, 12/03/2025 (St Mary's):\n"
     '"Right 9 o\'clock 7 mm oval mass. BI-RADS 3."\n'
     "Findings: Right breast 9 o'clock 7 mm oval mass, stable. BI-RADS 2.\n",
     None, '2'),
    ('B13_usguided_biopsy',
     'Breast clinic note\n'
     'History: left breast mass, biopsied.\n'
     'US-guided core biopsy, 22/03/2026 (histology):\n'
     '"Fibroadenoma."\n'
     'The referral ultrasound reported: "Left breast 3 o\'clock: 14 mm mass, BI-RADS 4A."\n'
     'Plan: discharge.\n',
     None, None),
    ('B17_iso_old',
     'Breast clinic note\n'
     'History: left breast cancer treated 2019, surveillance.\n'
     'Mammogram, 2019-05-14 (at diagnosis):\n'
     '"Left breast 2 o\'clock: 25 mm spiculated mass. BI-RADS 5."\n'
     'Plan: review in clinic.\n',
     None, None),
    ('B24_ref_hosp_gloss',
     'Consulta de mama [Breast clinic]\n'
     'Antecedentes [History]: 52-year-old, left breast lump.\n'
     'Ecografía [Ultrasound] (Hospital de origen [referring hospital], 12/03/2026):\n'
     '"Left breast 3 o\'clock: 9 mm oval mass. BI-RADS 4A."\n'
     'Plan: our review and biopsy.\n',
     None, None),
    ('B27_sentence_line',
     'Breast clinic note\n'
     'History: left breast lump.\n'
     'Ultrasound was done by her GP on 12/03/2026 and reads:\n'
     '"Left breast 3 o\'clock: 9 mm oval mass. BI-RADS 3."\n'
     'Plan: review in clinic.\n',
     None, None),
    ('B28_mother',
     'Breast clinic note\n'
     'History: strong family history.\n'
     'Mammogram of her mother, 12/03/2026:\n'
     '"Left breast: 25 mm spiculated mass. BI-RADS 5."\n'
     'Plan: review in clinic.\n',
     None, None),
    ('B35_twodigit_year',
     'Breast clinic note\n'
     'History: left breast lump.\n'
     'Breast ultrasound, 03/25 (report on file):\n'
     '"Left breast 3 o\'clock: 9 mm oval mass. BI-RADS 3."\n'
     'Plan: review in clinic.\n',
     None, None),
    ('B44_mammo_ago_list',
     'Breast clinic note\n'
     'History: left breast lump.\n'
     'Mammogram 18 months ago, at another hospital:\n'
     '"Left breast: 9 mm oval mass. BI-RADS 3."\n'
     'Our ultrasound today: left breast 9 mm oval mass, stable, BI-RADS 2.\n',
     '2', None),
    ('B45_comparison_full_dates',
     'EXAM: BILATERAL MAMMOGRAM\n'
     'Comparison: prior studies.\n'
     'Mammogram, 14/02/2024:\n'
     '"Right breast: 6 mm oval mass. BI-RADS 3."\n'
     'Impression: Right breast mass stable over 2 years, benign. BI-RADS 2.\n',
     '2', '2'),
    ('B48_surveillance_list_lower',
     'Breast clinic note\n'
     'History: 58F, right WLE 2019 for IDC, annual surveillance.\n'
     'Mammogram, 14/02/2024: "Right breast: 6 mm oval mass. BI-RADS 3."\n'
     'Mammogram, 20/02/2025: "Stable mass. BI-RADS 3."\n'
     'Findings: Right breast: mass stable 2 years, benign. BI-RADS 2.\n',
     None, '2'),
    ('B49_comparison_no_date_words',
     'EXAM: US LEFT BREAST\n'
     'Comparison: ultrasound from the referring clinic.\n'
     'Ultrasound, 12/01/2026 (Dr Patel):\n'
     '"Left 3 o\'clock 14 mm irregular mass. BI-RADS 4B."\n'
     "Findings: Left breast 3 o'clock: 14 mm oval circumscribed mass, fibroadenoma. BI-RADS 3.\n",
     '3', None),
    ('B50_mri_pelvis',
     'Oncology note\n'
     'History: left breast cancer, BRCA1.\n'
     'MRI pelvis, 20/03/2026:\n'
     '"Ovaries normal."\n'
     'her last breast MRI (Leeds) said "Left breast: BI-RADS 4A.", biopsy benign.\n'
     'Plan: annual MRI.\n',
     None, None),
]


# the line heading today's breast exam's quoted report still ends a history told on its heading's line; the lines that
# name an earlier exam, a year or a month and year only, under a bare history heading or run on into, stay history
RULE2_KEEP = [
    ('B01_sib_base',
     'Breast clinic note\n'
     'Date: 02/04/2026\n'
     'History: 47-year-old, right breast pain. Bilateral breast US requested.\n'
     'Breast ultrasound bilateral, 20/03/2026 (report on system):\n'
     '"Both breasts: normal. Negative, BI-RADS 1."\n'
     'Plan: review in clinic.\n',
     '1', '1'),
    ('B20_spanish_gloss_sib',
     'Consulta de mama [Breast clinic]\n'
     'Date: 02/04/2026\n'
     'Antecedentes [History]: 52-year-old, left breast lump.\n'
     'Ecografía mamaria [Breast ultrasound], 20/03/2026:\n'
     '"Left breast 3 o\'clock: 12 mm irregular mass. BI-RADS 4B."\n'
     'Plan: biopsy.\n',
     '4B', None),
    ('B41_french_gloss',
     'Consultation sénologique\n'
     'Date: 02/04/2026\n'
     'Antécédents [History]: 52-year-old, left breast lump.\n'
     'Échographie mammaire [Breast ultrasound] (20/03/2026):\n'
     '"Left breast 3 o\'clock: 12 mm irregular mass. BI-RADS 4B."\n'
     'Plan: biopsy.\n',
     '4B', None),
    ('B36_repeat_sib',
     'Breast clinic note\n'
     'Date: 02/04/2026\n'
     'History: left breast cyst aspirated in January.\n'
     'Repeat ultrasound, 20/03/2026:\n'
     '"Left breast: no residual cyst. BI-RADS 1."\n'
     'Plan: review in clinic.\n',
     '1', None),
    ('B37_tomo_sib',
     'Breast clinic note\n'
     'Date: 02/04/2026\n'
     'History: right breast lump.\n'
     'Tomosynthesis, 20/03/2026, bilateral:\n'
     '"Right breast: no mass. BI-RADS 1. Left breast: BI-RADS 1."\n'
     'Plan: review in clinic.\n',
     '1', '1'),
    ('B42_sonography',
     'Breast clinic note\n'
     'Date: 02/04/2026\n'
     'History: left breast lump.\n'
     'Sonography of the breasts, 20/03/2026 (report on system):\n'
     '"Left breast 3 o\'clock: 12 mm irregular mass. BI-RADS 4B."\n'
     'Plan: review in clinic.\n',
     '4B', None),
    ('B33_presenting',
     'Clinic note\n'
     'Date: 02/04/2026\n'
     'Presenting complaint: left breast lump.\n'
     'Ultrasound, 12/03/2026:\n'
     '"Left breast 3 o\'clock: 14 mm oval mass. BI-RADS 3."\n'
     'Plan: follow-up 6 months.\n',
     '3', None),
    ('B31_mri_prev_sentence',
     'Breast clinic note\n'
     'Date: 02/04/2026\n'
     'History: right breast cancer, neoadjuvant chemotherapy.\n'
     'MRI, 10/01/2026 (before chemotherapy):\n'
     '"Right breast: 30 mm enhancing mass. BI-RADS 6."\n'
     'MRI, 20/03/2026 (after chemotherapy):\n'
     '"Right breast: no residual enhancement. BI-RADS 6."\n'
     'Plan: review in clinic.\n',
     None, '6'),
    ('B10_surveillance_list',
     'Breast clinic note\n'
     'History: 58F, left WLE 2019 for IDC, annual surveillance.\n'
     'Mammogram, 14/02/2024: "Post-surgical change left. BI-RADS 2."\n'
     'Mammogram, 20/02/2025: "Stable. BI-RADS 2."\n'
     'Findings: Left breast: new 6 mm cluster of fine pleomorphic calcifications at the scar. BI-RADS '
     '4B.\n'
     'Right breast: normal. BI-RADS 1.\n',
     '4B', '1'),
    ('B15_year_only',
     'Breast clinic note\n'
     'History: left breast lump.\n'
     'Breast ultrasound 2024 (report on file):\n'
     '"Left breast 3 o\'clock: 9 mm oval mass. BI-RADS 3."\n'
     'Plan: review in clinic.\n',
     None, None),
    ('B16_month_name_year',
     'Breast clinic note\n'
     'History: left breast lump.\n'
     'Breast ultrasound, March 2025 (report on file):\n'
     '"Left breast 3 o\'clock: 9 mm oval mass. BI-RADS 3."\n'
     'Plan: review in clinic.\n',
     None, None),
    ('B18_first',
     'Breast clinic note\n'
     'History: left breast lump, cyst aspirated.\n'
     'First ultrasound, 12/03/2025:\n'
     '"Left breast 3 o\'clock: 20 mm complicated cyst. BI-RADS 4A."\n'
     'Plan: review in clinic.\n',
     None, None),
    ('B23_spanish_prev_gloss',
     'Consulta de mama [Breast clinic]\n'
     'Antecedentes [History]: 52-year-old, left breast lump.\n'
     'Ecografía previa [Previous ultrasound], 12/03/2025:\n'
     '"Left breast 3 o\'clock: 9 mm oval mass. BI-RADS 3."\n'
     'Plan: review.\n',
     None, None),
    ('B25_hx_alone_sib',
     'Clinic note\n'
     'Imaging history:\n'
     'Breast ultrasound, 12/03/2025:\n'
     '"Left breast 3 o\'clock: 9 mm oval mass. BI-RADS 3."\n'
     'Plan: review in clinic.\n',
     None, None),
    ('B26_runon',
     'Clinic note\n'
     'History: left breast lump; she brings the report of her\n'
     'breast ultrasound, 12/03/2026, which reads:\n'
     '"Left breast 3 o\'clock: 9 mm oval mass. BI-RADS 3."\n'
     'Plan: review.\n',
     None, None),
    ('clinic_assessment_heading_after_the_quote',
     'Breast clinic note\n'
     'Date: 02/04/2026\n'
     'History: 52-year-old, right breast lump.\n'
     'Breast ultrasound, 20/03/2026 (report on system):\n'
     '"Right breast 8 o\'clock: 13 mm irregular mass. BI-RADS 4B."\n'
     'Assessment: biopsy needed.\n'
     'Plan: biopsy.\n',
     None, '4B'),
    ('side_before_the_exam_name',
     'Breast clinic note\n'
     'Date: 20/05/2026\n'
     'History: left nipple discharge.\n'
     'Left breast ultrasound, 12/05/2026:\n'
     '"Left breast: duct ectasia. BI-RADS 2."\n'
     'Plan: reassure.\n',
     '2', None),
]


@pytest.mark.parametrize(("case", "text", "left", "right"), RULE1_CONFIRMED, ids=[c[0] for c in RULE1_CONFIRMED])
def test_rule1_confirmed(case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


@pytest.mark.parametrize(("case", "text", "left", "right"), RULE1_KEEP, ids=[c[0] for c in RULE1_KEEP])
def test_rule1_keep(case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


@pytest.mark.parametrize(("case", "text", "left", "right"), RULE2_CONFIRMED, ids=[c[0] for c in RULE2_CONFIRMED])
def test_rule2_confirmed(case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


@pytest.mark.parametrize(("case", "text", "left", "right"), RULE2_KEEP, ids=[c[0] for c in RULE2_KEEP])
def test_rule2_keep(case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}
