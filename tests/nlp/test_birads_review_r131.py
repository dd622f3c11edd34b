"""Review r131 of the radiology b131-b132 rules (commit e076e96 on dev-r131): 88 texts written from the labelling guide
before either revision was run: 57 rule texts (variants and near misses of the seven new rules: the "Reason for request"
history heading, a history heading's bare source "as written on the request", "Right breast: previously seen <finding>"
on a side entry, a side list's item ending on a dash remark, an AI line's "; suggested category" clause, an exam of both
breasts by its title, a form's "pre-filled ... with" entry), 20 ordinary reports touching none of them (or01-or20), and
11 probes for the mending (px_*).

Read at 6aeddd2 (OLD): 61/88 right; at e076e96 before mending: 70/88 right (23 fixed), with 14 over-reaches and one
text newly wrong another way:
- previously_side_entry_n03, previously_side_entry_n04, px_prev_01: "Right breast: previously seen nodule, BI-RADS 4A at
  the outside centre" / "categorised BI-RADS 4A by the outside radiologist" / "graded BI-RADS 3 at the outside centre":
  the earlier grading on the side entry read as today's;
- px_prev_03 (and previously_side_entry_n05, newly wrong another way, read 3 on the right instead of OLD's wrong "- 1"):
  the side entry in a "History:" block read as today's;
- side_list_dash_remark_n05, px_dash_01: "Right breast 3 - repeat in 6 months. Left breast 1 year interval recall" /
  "Left breast 2 weeks after biopsy": an interval after the full stop read as the left's category;
- ai_suggested_clause_n01, px_ai_02: "Images reviewed with CAD; suggests benign dystrophic calcifications, BI-RADS 2":
  the radiologist's clause dropped as the software's;
- ai_suggested_clause_n02: "CAD applied, no marks of concern; suggested category from the double read: BI-RADS 1";
- ai_suggested_clause_n04, px_ai_03: "The AI tool was not used for this study; suggested category BI-RADS 3";
- prefilled_entry_n01, px_pre_01: a normal template's pre-filled category "reviewed and confirmed" / "accepted" by the
  radiologist dropped;
- prefilled_entry_n04: "pre-filled by the reporting radiologist with "BI-RADS 1" ..., confirmed at consensus" dropped.

Narrowed (nlp/birads.py): the side entry's "previously" dates nothing only where the entry tells the finding's state
today before the category (_SIDE_ENTRY_TODAY: today, now, no longer, not identified/seen, resolved, unchanged, stable,
...); the full-stop form of a side list's dash remark only where the next side's number ends its item as in a bare list
(punctuation, line end, or another dash remark); the "; suggested" clause only with the category straight after
"suggested (category / BI-RADS)" and the clause before telling the software's output (score, flag, marks, output, result,
likelihood, probability, risk: _MACHINE_OUTPUT); the pre-filled entry only where its sentence names a form, questionnaire,
proposal, application, template or structured report before "pre-filled", not filled in by a radiologist / reader /
consultant, and not confirmed, accepted, agreed, endorsed or approved later in its sentence. The narrowings' near misses
joined tests/nlp/test_birads_b131_house.py. Nothing withdrawn.

After mending: 84/88 right, no over-reach, no text reading worse than at OLD. Strict xfails, wrong at both revisions
and no new rule's doing: side_list_dash_remark_n01 ("BI-RADS right breast 4 - 5 cm from the nipple": the item with a
distance after the dash is no list, the right's 4 unread); titled_both_breasts_v03 ("Bilateral breast MRI." over
"Indication: ... Left breast: ..." on one line: the left only); titled_both_breasts_n05 (an outside exam's "Bilateral
mammography (outside, 01/2026) showed ..." under a unilateral title: both sides); previously_side_entry_n05 (the side
entry in a history above a bilateral impression: the right only)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('NORTHGATE BREAST UNIT\n'
                  'ULTRASOUND LEFT BREAST\n'
                  'Date: 03/02/2026\n'
                  '\n'
                  'Reason for request: outside mammogram 12/2025 left upper outer quadran'
                  't asymmetry, BI-RADS 0, please assess.\n'
                  '\n'
                  "Findings: Left breast 2 o'clock: no mass, normal fibroglandular tissue"
                  ' at the site of the asymmetry.\n'
                  '\n'
                  'Impression: No sonographic correlate. BI-RADS 1: Negative.\n'),
                 '1 -', id='reason_for_request_v01'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  'Reason for request (GP referral): "lump R breast, previous BIRADS 3 cy'
                  'st 2024"\n'
                  'Technique: high-frequency linear probe.\n'
                  "Findings: right 11 o'clock 9 mm simple cyst, unchanged.\n"
                  'Conclusion: simple cyst. BI-RADS 2.\n'),
                 '- 2', id='reason_for_request_v02'),
    pytest.param(("St Brendan's Imaging\n"
                  'MAMMOGRAM LEFT BREAST - DIAGNOSTIC\n'
                  '\n'
                  'REASON FOR REQUEST: Recalled from screening, left calcifications, scre'
                  'ening category BI-RADS 0.\n'
                  '\n'
                  'FINDINGS: Magnification views show a group of round punctate calcifica'
                  'tions in the left upper inner quadrant, stable compared with 2024.\n'
                  '\n'
                  'IMPRESSION: Benign calcifications. BI-RADS 2.\n'),
                 '2 -', id='reason_for_request_v03'),
    pytest.param(('BREAST MRI (BILATERAL)\n'
                  'Date: 18/03/2026\n'
                  'Reason for request as written: "known right IDC 1 o\'clock (BI-RADS 6),'
                  ' staging".\n'
                  'Findings:\n'
                  "Right breast: 21 mm enhancing mass at 1 o'clock, the known cancer.\n"
                  'Left breast: no suspicious enhancement.\n'
                  'Assessment:\n'
                  'Right: BI-RADS 6.\n'
                  'Left: BI-RADS 1.\n'),
                 '1 6', id='reason_for_request_v04'),
    pytest.param(('Breast Ultrasound Report - Left\n'
                  "Reason for request: follow-up of left 3 o'clock probably benign nodule"
                  ' (BI-RADS 3), 6 months.\n'
                  "Findings: Left 3 o'clock oval circumscribed nodule 7 x 4 mm, stable.\n"
                  'Assessment: BI-RADS 3, probably benign; repeat at 12 months.\n'),
                 '3 -', id='reason_for_request_v05'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  "Reason for requesting an urgent slot: BI-RADS 5 mass on today's mammog"
                  'ram.\n'
                  "Findings: right 10 o'clock 24 mm irregular hypoechoic mass with angula"
                  'r margins.\n'
                  'Impression: Highly suggestive of malignancy, BI-RADS 5. Core biopsy ar'
                  'ranged.\n'),
                 '- 5', id='reason_for_request_n01'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'Date 11/02/2026\n'
                  "Findings: Left 4 o'clock 12 mm irregular mass.\n"
                  'Impression: Suspicious left breast mass. BI-RADS 4B.\n'
                  'Recommendation: US-guided core biopsy.\n'
                  'Reason for request of biopsy: BI-RADS 4B mass as above.\n'),
                 '4B -', id='reason_for_request_n02'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'The breasts are heterogeneously dense.\n'
                  'No suspicious mass, calcification or distortion.\n'
                  'IMPRESSION: Negative. BI-RADS 1.\n'
                  'The reason for request of a supplemental ultrasound (dense breasts) is'
                  ' noted; not required by protocol.\n'),
                 '1 1', id='reason_for_request_n03'),
    pytest.param(('Reason for request: screening.\n'
                  'Bilateral mammogram 2 views.\n'
                  'Findings: scattered fibroglandular density. No mass.\n'
                  'Right breast: BI-RADS 1.\n'
                  'Left breast: BI-RADS 1.\n'),
                 '1 1', id='reason_for_request_n04'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  "Reason for request: palpable lump left 2 o'clock. Left breast: 14 mm o"
                  'val circumscribed parallel mass, consistent with fibroadenoma. BI-RADS'
                  ' 3.\n'),
                 '3 -', id='reason_for_request_n05'),
    pytest.param(('WESTFIELD RADIOLOGY\n'
                  'BILATERAL MAMMOGRAM\n'
                  '\n'
                  'Clinical history as written on the request form: "previous left BI-RAD'
                  'S 4A biopsy 2023 benign, annual"\n'
                  '\n'
                  'Findings: Scattered fibroglandular tissue. Left biopsy clip, stable. N'
                  'o new mass.\n'
                  '\n'
                  'Impression: Benign post-biopsy change. BI-RADS 2.\n'),
                 '2 2', id='bare_heading_source_v01'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  "Indication as stated by the referring surgeon: right 9 o'clock mass, B"
                  'I-RADS 4C on outside imaging.\n'
                  "Findings: right 9 o'clock 18 mm irregular mass, non-parallel.\n"
                  'Impression: BI-RADS 5.\n'),
                 '- 5', id='bare_heading_source_v02'),
    pytest.param(('BREAST ULTRASOUND - LEFT\n'
                  'History as given by the patient: told her left breast lump was "BI-RAD'
                  'S 3" at another clinic.\n'
                  "Findings: left 1 o'clock 6 mm simple cyst.\n"
                  'Impression: simple cyst, BI-RADS 2.\n'),
                 '2 -', id='bare_heading_source_v03'),
    pytest.param(('MAMMOGRAPHY REPORT\n'
                  'Bilateral diagnostic mammogram\n'
                  'Clinical indication as typed in the order: right breast pain, prior BI'
                  '-RADS 3 right 2025.\n'
                  'Findings: no mass, no distortion.\n'
                  'Impression: BI-RADS 1 bilaterally.\n'),
                 '1 1', id='bare_heading_source_v04'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  "Findings: left 3 o'clock 10 mm oval circumscribed mass.\n"
                  'Conclusion as stated in the summary: BI-RADS 3, probably benign fibroa'
                  'denoma.\n'),
                 '3 -', id='bare_heading_source_n01'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM RIGHT BREAST\n'
                  'Indication: lump.\n'
                  "Findings: right 7 o'clock 15 mm spiculated mass.\n"
                  'Final assessment as given by the reporting radiologist: BI-RADS 5.\n'),
                 '- 5', id='bare_heading_source_n02'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  'Indication as written on the request: lump.\n'
                  "Findings: Right breast 8 o'clock 9 mm oval mass, circumscribed.\n"
                  'Impression: BI-RADS 3.\n'),
                 '- 3', id='bare_heading_source_n03'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM\n'
                  'Findings: almost entirely fatty breasts. No mass or suspicious calcifi'
                  'cation.\n'
                  'Assessment as written by Dr A. Moss: BI-RADS 1, negative.\n'),
                 '1 1', id='bare_heading_source_n04'),
    pytest.param(('BILATERAL BREAST ULTRASOUND - FOLLOW-UP\n'
                  'Date: 02/03/2026\n'
                  "Indication: follow-up of a right 10 o'clock nodule.\n"
                  'Findings:\n'
                  'Right breast: previously noted nodule has resolved, BI-RADS 1.\n'
                  'Left breast: no focal lesion, BI-RADS 1.\n'),
                 '1 1', id='previously_side_entry_v01'),
    pytest.param(('Bilateral breast ultrasound\n'
                  'Conclusion:\n'
                  'Left breast: previously described cyst now collapsed, benign, BI-RADS '
                  '2.\n'
                  'Right breast: normal, BI-RADS 1.\n'),
                 '2 1', id='previously_side_entry_v02'),
    pytest.param(('BREAST MRI BILATERAL\n'
                  'Impression:\n'
                  "Right: previously identified focus at 2 o'clock unchanged in size, BI-"
                  'RADS 3.\n'
                  'Left: no suspicious enhancement, BI-RADS 1.\n'),
                 '1 3', id='previously_side_entry_v03'),
    pytest.param(('BILATERAL MAMMOGRAM WITH TOMOSYNTHESIS\n'
                  'Assessment:\n'
                  'Left breast: previously seen calcifications stable for 3 years, BI-RAD'
                  'S 2.\n'
                  'Right breast: BI-RADS 1.\n'),
                 '2 1', id='previously_side_entry_v04'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Indication: follow-up.\n'
                  'Prior report 08/2025:\n'
                  'Right breast: previously seen nodule, BI-RADS 3.\n'
                  '\n'
                  'Findings today:\n'
                  'Right breast: nodule not visible.\n'
                  'Left breast: normal.\n'
                  'Conclusion: BI-RADS 1 bilaterally.\n'),
                 '1 1', id='previously_side_entry_n01'),
    pytest.param(('ULTRASOUND BOTH BREASTS\n'
                  'Findings:\n'
                  'Right breast: previously seen as BI-RADS 3 nodule, now not identified.'
                  '\n'
                  'Left breast: no lesion.\n'
                  'No category given today; report to follow after comparison with outsid'
                  'e images.\n'),
                 '- -', id='previously_side_entry_n02'),
    pytest.param(('LEFT BREAST ULTRASOUND (targeted)\n'
                  'Findings:\n'
                  'Left breast: previously seen nodule, BI-RADS 4A at the outside centre '
                  'in 09/2025, now biopsied (fibroadenoma).\n'
                  'Impression: post-biopsy change, concordant benign. BI-RADS 2.\n'),
                 '2 -', id='previously_side_entry_n03'),
    pytest.param(('BILATERAL BREAST ULTRASOUND - SECOND OPINION\n'
                  'Comparison documents reviewed.\n'
                  'Right breast: previously noted mass, categorised BI-RADS 4A by the out'
                  'side radiologist; outside images not available, not re-imaged today as'
                  ' the patient declined.\n'
                  'Left breast: scanned, normal. BI-RADS 1.\n'),
                 '1 -', id='previously_side_entry_n04'),
    pytest.param(('History:\n'
                  'Right breast: previously seen nodule, BI-RADS 3.\n'
                  '\n'
                  'BILATERAL MAMMOGRAM\n'
                  'Findings: no mass.\n'
                  'Impression: Negative. BI-RADS 1.\n'),
                 '1 1', id='previously_side_entry_n05',
                 marks=pytest.mark.xfail(strict=True, reason=("review previously_side_entry_n05 (previously_side_entry): read '- "
                                                              "1'; "
                                                         'a history heading above the side entry'))),
    pytest.param(('Bilateral breast ultrasound 04/02/2026.\n'
                  "Findings: right breast normal; left 2 o'clock 8 mm oval nodule.\n"
                  'Conclusion: BI-RADS right breast 1; left breast 3 - short-interval fol'
                  'low-up in 6 months.\n'),
                 '3 1', id='side_list_dash_remark_v01'),
    pytest.param(('BILATERAL MAMMOGRAM AND ULTRASOUND\n'
                  'Impression: BI-RADS left breast 2; right breast 4B - ultrasound-guided'
                  ' biopsy recommended.\n'),
                 '2 4B', id='side_list_dash_remark_v02'),
    pytest.param(('MRI BREASTS BILATERAL 20/01/2026\n'
                  "Findings: Right 8 o'clock 9 mm irregular enhancing mass. Left: backgro"
                  'und enhancement only.\n'
                  'BI-RADS assessment: Right breast 4B - MRI-guided biopsy advised. Left '
                  'breast 1 - negative.\n'),
                 '1 4B', id='side_list_dash_remark_v03'),
    pytest.param(('Échographie mammaire bilatérale.\n'
                  'Conclusion : BI-RADS sein droit [right breast] 2; sein gauche [left br'
                  'east] 4A - microbiopsie conseillée.\n'),
                 '4A 2', id='side_list_dash_remark_v04'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  "Findings: right 12 o'clock 30 mm hypoechoic mass.\n"
                  'Conclusion: BI-RADS right breast 4 - 5 cm from the nipple, biopsy arra'
                  'nged.\n'),
                 '- 4', id='side_list_dash_remark_n01',
                 marks=pytest.mark.xfail(strict=True, reason=("review side_list_dash_remark_n01 (side_list_dash_remark): read '- "
                                                              "-'; "
                                                         'a number after the dash: a distance'))),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  "BI-RADS assessment: Right breast 4A - biopsy advised. Left breast 2 o'"
                  'clock cyst is unchanged and benign.\n'),
                 '- 4A', id='side_list_dash_remark_n02'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'History: BI-RADS right breast 3 - follow-up; left breast 1 (2025).\n'
                  'Findings: stable.\n'
                  'Impression: BI-RADS 2 both breasts.\n'),
                 '2 2', id='side_list_dash_remark_n03'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Conclusion: BI-RADS right breast 2 - left breast not examined (bandage'
                  'd after surgery).\n'),
                 '- 2', id='side_list_dash_remark_n04'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'BI-RADS: Right breast 3 - repeat in 6 months. Left breast 1 year inter'
                  'val recall as per screening programme.\n'),
                 '- 3', id='side_list_dash_remark_n05'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'AI (Transpara) score 9; suggested BI-RADS 4 (left).\n'
                  'Radiologist review: the AI-marked density is a summation artefact on t'
                  'omosynthesis.\n'
                  'IMPRESSION: Negative. BI-RADS 1.\n'),
                 '1 1', id='ai_suggested_clause_v01'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  "Findings: left 2 o'clock 11 mm oval parallel mass.\n"
                  'AI decision support output: malignancy likelihood low; suggests catego'
                  'ry 3.\n'
                  'Assessment: BI-RADS 2, benign (known fibroadenoma, stable since 2022).'
                  '\n'),
                 '2 -', id='ai_suggested_clause_v02'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM RIGHT BREAST\n'
                  'CAD analysis flagged 2 regions; suggested category 4A.\n'
                  'Radiologist: the flagged regions are normal overlapping tissue.\n'
                  'Final assessment: BI-RADS 1.\n'),
                 '- 1', id='ai_suggested_clause_v03'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM LEFT BREAST\n'
                  'Images reviewed with CAD; suggests benign dystrophic calcifications, B'
                  'I-RADS 2.\n'
                  'No further imaging required.\n'),
                 '2 -', id='ai_suggested_clause_n01'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM\n'
                  'CAD applied, no marks of concern; suggested category from the double r'
                  'ead: BI-RADS 1.\n'
                  'Routine recall 2 years.\n'),
                 '1 1', id='ai_suggested_clause_n02'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  'AI triage score 2.\n'
                  'Suggested category 3 by the resident; agreed by consultant.\n'
                  'Impression: probably benign, BI-RADS 3.\n'),
                 '- 3', id='ai_suggested_clause_n03'),
    pytest.param(('MRI BREASTS\n'
                  'Findings: left 6 mm enhancing focus.\n'
                  'The AI tool was not used for this study; suggested category BI-RADS 3,'
                  ' short-interval MRI at 6 months.\n'),
                 '3 -', id='ai_suggested_clause_n04'),
    pytest.param(('Copy of the report reviewed for the panel:\n'
                  '"ULTRASOUND BREASTS - 02/02/2026\n'
                  "Both breasts scanned. Left 3 o'clock 5 mm simple cyst.\n"
                  'Conclusion: benign findings. BI-RADS 2."\n'),
                 '2 2', id='titled_both_breasts_v01'),
    pytest.param(('CITY IMAGING - DICTATED REPORT\n'
                  'Dr. J. Holt 02/10/2026\n'
                  'Bilateral diagnostic mammogram with tomosynthesis.\n'
                  'Indication: left breast pain. Scattered fibroglandular densities. No m'
                  'ass in the left breast at the site of pain. Impression: negative. BI-R'
                  'ADS 1.\n'),
                 '1 1', id='titled_both_breasts_v02'),
    pytest.param(('Bilateral breast MRI.\n'
                  'Indication: high risk screening. Left breast: minimal background enhan'
                  'cement. No suspicious enhancement. Impression benign. BI-RADS 2.\n'),
                 '2 2', id='titled_both_breasts_v03',
                 marks=pytest.mark.xfail(strict=True, reason=("review titled_both_breasts_v03 (titled_both_breasts): read '2 -'; "
                                                              "brea"
                                                         'st MRI sentence first line'))),
    pytest.param(('CITY IMAGING - DICTATED REPORT\n'
                  'Bilateral diagnostic mammogram.\n'
                  "Findings: Left breast 3 o'clock: 12 mm irregular spiculated mass.\n"
                  "Impression: Left breast 3 o'clock mass, highly suggestive of malignanc"
                  'y. BI-RADS 5.\n'),
                 '5 -', id='titled_both_breasts_n01'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  'Reason: left lump.\n'
                  "Findings: left 2 o'clock 6 mm cyst.\n"
                  'Impression: BI-RADS 2.\n'
                  'Bilateral mammogram recommended at age 40.\n'),
                 '2 -', id='titled_both_breasts_n02'),
    pytest.param(('Medicolegal summary\n'
                  'The claimant\'s earlier report "ULTRASOUND BREASTS - 04/2024" was not s'
                  'upplied.\n'
                  "Current report: ULTRASOUND LEFT BREAST 10/01/2026. Left 10 o'clock 7 m"
                  'm oval nodule. BI-RADS 3.\n'),
                 '3 -', id='titled_both_breasts_n03'),
    pytest.param(('ULTRASOUND RIGHT BREAST - TARGETED\n'
                  'Previous: Bilateral screening mammogram.\n'
                  "Right breast 10 o'clock 8 mm oval nodule, parallel. BI-RADS 3.\n"),
                 '- 3', id='titled_both_breasts_n04'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  'Date: 04/02/2026\n'
                  'Bilateral mammography (outside, 01/2026) showed a left asymmetry.\n'
                  "Findings: left 1 o'clock 9 mm hypoechoic mass.\n"
                  'Impression: BI-RADS 4A.\n'),
                 '4A -', id='titled_both_breasts_n05',
                 marks=pytest.mark.xfail(strict=True, reason=("review titled_both_breasts_n05 (titled_both_breasts): read '4A 4A'"
                                                              "; an"
                                                         " outside exam's sentence (not a title) and a unilateral title"))),
    pytest.param(('Insurance medical - GP summary\n'
                  'Breast imaging: none on record.\n'
                  'The proposal form was pre-completed with "BI-RADS 2" under question 9 '
                  'by the broker; no report was supplied.\n'),
                 '- -', id='prefilled_entry_v01'),
    pytest.param(('Occupational health questionnaire review\n'
                  "- Applicant's form pre-populated with BI-RADS 1 (last mammogram) from "
                  'an old record; not verified.\n'
                  '- No imaging requested.\n'),
                 '- -', id='prefilled_entry_v02'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Normal template used.\n'
                  'Final assessment: pre-filled with "BI-RADS 1 - Negative" from the norm'
                  'al template, reviewed and confirmed by the reporting radiologist.\n'),
                 '1 1', id='prefilled_entry_n01'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'The structured report was pre-filled with BI-RADS 1; amended after rev'
                  "iew: left 2 o'clock asymmetry, BI-RADS 0, recall for spot compression."
                  '\n'),
                 '0 -', id='prefilled_entry_n02'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  "Findings: right 9 o'clock 6 mm simple cyst.\n"
                  "The request form was pre-filled with the patient's details. Impression"
                  ': simple cyst, BI-RADS 2.\n'),
                 '- 2', id='prefilled_entry_n03'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM\n'
                  'Assessment (pre-filled by the reporting radiologist with "BI-RADS 1" a'
                  't the first read, confirmed at consensus): negative.\n'),
                 '1 1', id='prefilled_entry_n04'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Date: 05/02/2026\n'
                  'Comparison: 2024.\n'
                  'Breast composition: B, scattered areas of fibroglandular density.\n'
                  'Findings: No suspicious mass, calcifications or architectural distorti'
                  'on.\n'
                  'IMPRESSION: Negative. BI-RADS 1.\n'),
                 '1 1', id='or01'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  "Indication: palpable lump left 2 o'clock.\n"
                  'Findings: 14 x 8 mm oval circumscribed hypoechoic parallel mass at lef'
                  "t 2 o'clock, 4 cm from the nipple.\n"
                  'Impression: Probably benign, likely fibroadenoma. BI-RADS 3. Follow-up'
                  ' ultrasound in 6 months.\n'),
                 '3 -', id='or02'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM AND ULTRASOUND, RIGHT BREAST\n'
                  "Findings: Right 10 o'clock 22 mm irregular spiculated mass with poster"
                  'ior shadowing. Right axilla: one node with thickened cortex.\n'
                  'IMPRESSION: Highly suggestive of malignancy. BI-RADS 5. Ultrasound-gui'
                  'ded core biopsy recommended.\n'),
                 '- 5', id='or03'),
    pytest.param(('BILATERAL BREAST MRI WITH CONTRAST\n'
                  'Indication: high-risk screening (BRCA1).\n'
                  'Findings: Minimal background parenchymal enhancement. No suspicious ma'
                  'ss or non-mass enhancement.\n'
                  'ASSESSMENT: BI-RADS 1: Negative.\n'),
                 '1 1', id='or04'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM\n'
                  'Findings:\n'
                  'Right breast: 9 mm group of fine pleomorphic calcifications, upper out'
                  'er quadrant.\n'
                  'Left breast: no abnormality.\n'
                  'Impression:\n'
                  'Right breast: BI-RADS 4B, stereotactic biopsy.\n'
                  'Left breast: BI-RADS 1.\n'),
                 '1 4B', id='or05'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  'History: right breast pain.\n'
                  'Findings: Normal right breast ultrasound.\n'
                  'Conclusion: BI-RADS 1.\n'),
                 '- 1', id='or06'),
    pytest.param(('MAMMOGRAPHY BILATERAL - SCREENING\n'
                  'Breasts almost entirely fatty. Benign vascular calcifications bilatera'
                  'lly.\n'
                  'Impression: Benign findings. BI-RADS 2. Return to annual screening.\n'),
                 '2 2', id='or07'),
    pytest.param(('Left breast ultrasound\n'
                  "Clinical: known left IDC, 1 o'clock, biopsy-proven 01/2026.\n"
                  'Findings: 19 mm irregular mass, clip in situ.\n'
                  'Assessment: Known biopsy-proven malignancy, BI-RADS 6.\n'),
                 '6 -', id='or08'),
    pytest.param(('SCREENING MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS\n'
                  'Findings: new 7 mm focal asymmetry left upper outer quadrant, posterio'
                  'r depth.\n'
                  'IMPRESSION:\n'
                  'Left breast: incomplete, BI-RADS 0, recall for additional imaging.\n'
                  'Right breast: negative, BI-RADS 1.\n'),
                 '0 1', id='or09'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  "Findings: left 3 o'clock 18 mm irregular hypoechoic mass, non-parallel"
                  ', indistinct margins.\n'
                  'Impression: Suspicious. BI-RADS 4C. Biopsy.\n'),
                 '4C -', id='or10'),
    pytest.param(('BREAST ULTRASOUND - BILATERAL\n'
                  "Right: 5 mm simple cyst at 11 o'clock.\n"
                  "Left: 4 mm simple cyst at 2 o'clock.\n"
                  'Conclusion: bilateral simple cysts. BI-RADS 2.\n'),
                 '2 2', id='or11'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM, LEFT\n'
                  'Indication: recall.\n'
                  'Spot compression: the asymmetry disperses.\n'
                  'Impression: Negative. BI-RADS 1.\n'
                  '\n'
                  'ADDENDUM 06/02/2026: Comparison with 2023 films confirms no change. As'
                  'sessment unchanged.\n'),
                 '1 -', id='or12'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  "Findings: right 7 o'clock 12 mm oval mass.\n"
                  'Impression: BI-RADS 3.\n'
                  '\n'
                  'ADDENDUM: outside prior images from 2022 show the mass unchanged; asse'
                  'ssment revised to BI-RADS 2.\n'),
                 '- 2', id='or13'),
    pytest.param(('Bilateral screening mammogram.\n'
                  'Dense breasts (C).\n'
                  'No suspicious findings.\n'
                  'BIRADS 1 bilat.\n'),
                 '1 1', id='or14'),
    pytest.param(('US L breast: 1:00 6mm cyst, simple.\n'
                  'BIRADS 2 L.\n'),
                 '2 -', id='or15'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'Findings:\n'
                  'Right breast: stable benign calcified fibroadenoma.\n'
                  'Left breast: normal.\n'
                  'Assessment: Right breast BI-RADS 2. Left breast BI-RADS 1.\n'),
                 '1 2', id='or16'),
    pytest.param(('MRI LEFT BREAST (post lumpectomy)\n'
                  'Findings: post-surgical seroma at the lumpectomy site, no enhancing ma'
                  'ss.\n'
                  'Impression: Benign post-treatment change. BI-RADS 2.\n'),
                 '2 -', id='or17'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  'Indication: nipple discharge.\n'
                  'Findings: right retroareolar 5 mm intraductal mass.\n'
                  'Impression: Suspicious intraductal lesion. BI-RADS 4A. US-guided biops'
                  'y.\n'),
                 '- 4A', id='or18'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Indication: dense breasts, supplemental screening.\n'
                  'No solid or cystic lesion in either breast.\n'
                  'IMPRESSION: BI-RADS 1 - Negative.\n'),
                 '1 1', id='or19'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM RIGHT BREAST\n'
                  "Findings: Right 12 o'clock 6 mm round circumscribed mass, new.\n"
                  'Impression: Probably benign. BI-RADS 3. Short-interval follow-up mammo'
                  'gram in 6 months.\n'),
                 '- 3', id='or20'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Findings:\n'
                  'Right breast: previously seen nodule, graded BI-RADS 3 at the outside '
                  'centre; not re-imaged today.\n'
                  'Left breast: normal. BI-RADS 1.\n'),
                 '1 -', id='px_prev_01'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Conclusion:\n'
                  'Left breast: previously noted cyst unchanged today, BI-RADS 2.\n'
                  'Right breast: normal, BI-RADS 1.\n'),
                 '2 1', id='px_prev_02'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'History:\n'
                  'Right breast: previously seen nodule, BI-RADS 3.\n'
                  'Findings:\n'
                  'Scattered fibroglandular densities, no mass.\n'
                  'Impression: Benign. BI-RADS 2.\n'),
                 '2 2', id='px_prev_03'),
    pytest.param(('BILATERAL MAMMOGRAM AND ULTRASOUND\n'
                  'BI-RADS: Right breast 3 - follow-up in 6 months. Left breast 2 weeks a'
                  'fter biopsy, small haematoma resolving.\n'),
                 '- 3', id='px_dash_01'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'BI-RADS assessment: Right breast 2 - benign cyst. Left breast 4B - bio'
                  'psy.\n'),
                 '4B 2', id='px_dash_02'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'AI risk score 7; suggested category 4A (left).\n'
                  'The radiologist considers the AI-marked area a benign lymph node.\n'
                  'Final assessment: BI-RADS 2.\n'),
                 '2 2', id='px_ai_01'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM LEFT BREAST\n'
                  'Reviewed with CAD; suggests fat necrosis at the scar, BI-RADS 2.\n'),
                 '2 -', id='px_ai_02'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  "Findings: 7 mm oval nodule at 4 o'clock.\n"
                  'The AI software was unavailable today; suggested category BI-RADS 3, 6'
                  '-month follow-up.\n'),
                 '3 -', id='px_ai_03'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Assessment: pre-populated with "BI-RADS 2" from the reporting template'
                  ', accepted by Dr R. Hale.\n'),
                 '2 2', id='px_pre_01'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  'The referral form was pre-filled by the GP with "BI-RADS 4" from an ou'
                  'tside report.\n'
                  "Findings: left 10 o'clock 8 mm simple cyst.\n"
                  'Impression: BI-RADS 2.\n'),
                 '2 -', id='px_pre_02'),
    pytest.param(("Claims assessor's note\n"
                  '- Claim form pre-filled by the claimant with "BI-RADS 5", not supporte'
                  'd by any report.\n'
                  '- No imaging on file.\n'),
                 '- -', id='px_pre_03'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
