"""Review r119 pinned: the eight radiology rules of b119-b120 (ff453fc), reviewed on 108 texts written and labelled from
the guide before either revision was run (rules 1 to 8 at 10 to 12 texts each, 48 of them near misses: an Arabic
heading's aside before its English gloss, a one-sided exam's decision line, a corrected consensus run in, a side's
paragraph closed by its own Assessment line, a Dutch glossed revision, a French "n'a pas été examiné", a quote after the
last exam's date and a dash, one side's final assessment run in; plus 20 ordinary whole reports). Against the old
revision (82dc858): 70 both right, 30 newly right, 3 over-reaches (E01 R2n4: a two-sided record's one-sided decision
line revised every side above it; E02 R4n1, E03 R4n2: the exam's overall "Assessment:" typed under the last side's
paragraph was given to that side alone), 5 both wrong, none newly wrong otherwise.

Narrowed after the review: rule 2's one-sided decision line replaces its own side's readers' rows alone unless the
record shows an exam of one side (the other side named as not imaged / removed, or no row with a numbered cell for
it), a decision line with the other side's cell wrapped indented under it is one two-sided row, and its aside may name
the cell's family ("R: 4A (suspicious)") or a 0's "(recall)"; rule 4's side paragraph keeps its Assessment line only
where the other side's paragraph closes with its own too (or the other side is named as not imaged / removed, with no
paragraph); rule 6's French "n'a pas été examiné / exploré" needs "breast" after the side word or "le", "la", "du" or
"sein" before it (not "L'aisselle left ...", the axilla). After it all 3 over-reaches and the two rule 2 under-reaches
(R2d, R2e) read as labelled: 104 of 108. Each right text passes; each text still read wrong (4: R1b, R1n1, R6n5, older
behaviour; R6n4, which r119 read right only through the axilla over-reach and now reads as the old revision did) is a
strict xfail with its reason. b119-b120 read as before (200 + 199 of 200)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('BREAST SCREENING PROGRAMME - ROUND 3 (translated from Arabic)\n'
                  'Client ID: 55-20931   Screen date: 04/02/2026   Unit: Mobile unit 2\n'
                  'READER 1 : Dr. H. Saleh      R: 1   L: 0\n'
                  'READER 2 : Dr. N. Odeh       R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'Recalled for: left upper outer asymmetry.\n'
                  '\n'
                  'النتيجة النهائية للتصوير (بعد التقييم) [FINAL IMAGING OUTCOME (after w'
                  'ork-up)]\n'
                  'R: 1\n'
                  'L: 2 (benign)\n'
                  'Work-up: spot compression and ultrasound 18/02/2026 - fat lobule, no l'
                  'esion.'),
                 '2 1', id='R1a'),
    pytest.param(("Screening record (translated) - Al Noor Women's Health Centre\n"
                  'Screen date: 12/01/2026\n'
                  '1st reader: R: 1   L: 0\n'
                  '2nd reader: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  "Reason for recall: L 2 o'clock mass 9 mm.\n"
                  'النتيجة النهائية للتصوير (بعد التقييم) [FINAL IMAGING OUTCOME (after w'
                  'ork-up)]\n'
                  'R: 1\n'
                  'L: 4B (biopsy)\n'
                  'Core biopsy booked 30/01/2026.'),
                 '4B 1', id='R1b',
                 marks=pytest.mark.xfail(strict=True, reason=("review R1b (1): read '0 1'; outcome 4B replaces co"
                                                          'nsensus 0 | older behaviour: the "Reason for recal'
                                                          'l: L 2 o\'clock mass 9 mm." line (history) with no '
                                                          'blank line before the outcome heading keeps the ou'
                                                          'tcome from replacing the consensus; the same with '
                                                          'the English heading alone (probe Q4), and removing'
                                                          " that line makes NEW right (Q1). Not rule 1's gap."))),
    pytest.param(("Women's screening service - round 2 record (translated from Arabic)\n"
                  'Screen date 09/03/2026\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 0   L: 1\n'
                  'CONSENSUS / FINAL: R: 0   L: 1\n'
                  'Recall: right retroareolar calcifications.\n'
                  'النتيجة النهائية (بعد الاستدعاء) [FINAL IMAGING OUTCOME (after recall)'
                  ']\n'
                  'R: 2\n'
                  'L: 1\n'
                  'Magnification views: benign dystrophic calcifications.'),
                 '1 2', id='R1c'),
    pytest.param(('Screening programme results form (translated from Persian)\n'
                  'Date of screen: 21/01/2026\n'
                  'First reader   R: 0   L: 1\n'
                  'Second reader  R: 0   L: 1\n'
                  'CONSENSUS / FINAL: R: 0   L: 1\n'
                  'نتیجه نهایی تصویربرداری (پس از ارزیابی) [FINAL IMAGING OUTCOME (after '
                  'work-up)]\n'
                  'R: 3\n'
                  'L: 1\n'
                  "Short-interval follow-up of right 10 o'clock oval mass in 6 months."),
                 '1 3', id='R1d'),
    pytest.param(('Breast screening record (translated from Hebrew)\n'
                  'Screen date: 02/02/2026\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 1   L: 1\n'
                  'ARBITRATION: R: 0   L: 1\n'
                  'תוצאה סופית (לאחר בירור) [FINAL IMAGING OUTCOME (after work-up)]\n'
                  'R: 2\n'
                  'L: 0\n'
                  'Left: work-up incomplete, patient did not attend ultrasound; re-invite'
                  'd.'),
                 '0 2', id='R1e'),
    pytest.param(('Screening record (translated from Arabic) - round 4\n'
                  'Screen date: 15/02/2026\n'
                  'READER 1: R: 1   L: 1\n'
                  'READER 2: R: 1   L: 1\n'
                  'CONSENSUS / FINAL: R: 1   L: 1\n'
                  'Routine recall in 2 years.\n'
                  '\n'
                  'For reference, the previous round (2023):\n'
                  'النتيجة النهائية للتصوير (بعد التقييم) [FINAL IMAGING OUTCOME (after w'
                  'ork-up)]\n'
                  'R: 3\n'
                  'L: 1'),
                 '1 1', id='R1n1',
                 marks=pytest.mark.xfail(strict=True, reason=("review R1n1 (1): read '1 3'; outcome of an earlier"
                                                          ' round quoted for reference | older behaviour: an '
                                                          'earlier round\'s outcome quoted under "For referenc'
                                                          'e, the previous round (2023):" plus a blank line r'
                                                          "eplaces this round's consensus; the same with the "
                                                          'English heading alone (probe P6, old and new 1 3),'
                                                          ' which the guide says should not happen.'))),
    pytest.param(('Screening record (translated from Arabic)\n'
                  'Screen date: 20/02/2026\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'Recalled for: left architectural distortion.\n'
                  'النتيجة النهائية للتصوير (بعد التقييم) [FINAL IMAGING OUTCOME (after w'
                  'ork-up)]\n'
                  'R: --\n'
                  'L: awaiting assessment'),
                 '0 1', id='R1n2'),
    pytest.param(('Screening record (translated from Arabic)\n'
                  'Screen date: 03/03/2026\n'
                  'القارئ الأول (أخصائي الأشعة) [FIRST READER (radiologist)]\n'
                  'R: 0\n'
                  'L: 1\n'
                  'القارئ الثاني (أخصائي الأشعة) [SECOND READER (radiologist)]\n'
                  'R: 1\n'
                  'L: 1\n'
                  'CONSENSUS / FINAL: R: 1   L: 1\n'
                  'Routine recall.'),
                 '1 1', id='R1n3'),
    pytest.param(('Breast ultrasound report (translated from Arabic)\n'
                  'Date: 11/02/2026\n'
                  'التاريخ المرضي (السابق) [Previous history]:\n'
                  'Left breast cyst aspirated 2022, BI-RADS 3 at that time.\n'
                  'النتائج (الموجات فوق الصوتية) [Findings (ultrasound)]:\n'
                  "Both breasts: a few simple cysts, the largest 8 mm at left 3 o'clock. "
                  'No solid mass.\n'
                  'الخلاصة [Conclusion]: Benign cysts. BI-RADS 2 both breasts.'),
                 '2 2', id='R1n4'),
    pytest.param(('Screening record (translated from Arabic)\n'
                  'Screen date: 27/01/2026\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'النتيجة النهائية (الآفات المأخوذة عينة منها) [FINAL OUTCOME (lesions b'
                  'iopsied)]\n'
                  'Left lesion biopsied 05/02/2026: result awaited.'),
                 '0 1', id='R1n5'),
    pytest.param(('Screening record (translated from Arabic)\n'
                  'Screen date: 16/01/2026\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'النتيجة النهائية للتصوير (بعد التقييم) [FINAL IMAGING OUTCOME (after w'
                  'ork-up)]\n'
                  'R: 1\n'
                  'L: 2 (benign)\n'
                  'Note: the first outcome entered (R: 1 L: 4A) was entered in error and '
                  'voided.'),
                 '2 1', id='R1n6'),
    pytest.param(('SCREENING RECORD - double reading\n'
                  'Screen date: 10/02/2026\n'
                  'RIGHT breast only (2 views). Left breast not imaged (mastectomy 2021).'
                  '\n'
                  'READER 1: R: 1\n'
                  'READER 2: R: 1\n'
                  'CONSENSUS / FINAL: R: 1 (negative)\n'
                  'Next screen: 2028.'),
                 '- 1', id='R2a'),
    pytest.param(('Breast screening - double read\n'
                  'Date of screen 03/02/2026\n'
                  'Left breast only: right mastectomy 2019 (DCIS).\n'
                  '1st read: L: 2\n'
                  '2nd read: L: 1\n'
                  'ARBITRATION: L: 2 (benign)\n'
                  'Routine recall.'),
                 '2 -', id='R2b'),
    pytest.param(('Screening assessment record\n'
                  'Right breast imaged only (left mastectomy 2020).\n'
                  'Reader A: R: 0\n'
                  'Reader B: R: 0\n'
                  "Recall: right 11 o'clock asymmetry. Assessment ultrasound: 6 mm oval c"
                  'ircumscribed mass.\n'
                  'FINAL: R: 3.'),
                 '- 3', id='R2c'),
    pytest.param(('Double reading sheet - unilateral screen\n'
                  'Left breast only (right breast not imaged, mastectomy).\n'
                  'READER 1: L: 0\n'
                  'READER 2: L: 1\n'
                  'CONSENSUS: L: 0 (recall)\n'
                  'Recall clinic appointment sent.'),
                 '0 -', id='R2d'),
    pytest.param(('SCREENING RECORD\n'
                  'Screen date 22/01/2026 - right breast only, left mastectomy 2015.\n'
                  'READER 1: R: 0\n'
                  'READER 2: R: 0\n'
                  'CONSENSUS: R: 0\n'
                  "Assessment clinic 05/02/2026: ultrasound right 1 o'clock irregular 7 m"
                  'm mass.\n'
                  'FINAL DECISION: R: 4A (suspicious)'),
                 '- 4A', id='R2e'),
    pytest.param(('Right breast mammogram (left mastectomy 2018)\n'
                  'Screen date 14/01/2026\n'
                  'READER 1: R: 0\n'
                  'READER 2: R: 2\n'
                  'Findings: stable benign calcifications right upper outer quadrant.\n'
                  'Impression: Benign. BI-RADS 2.'),
                 '- 2', id='R2n1'),
    pytest.param(('Screening record - right breast only (left mastectomy)\n'
                  'READER 1: R: 2\n'
                  'READER 2: R: 2\n'
                  'CONSENSUS / FINAL: R: 2 (cyst) - recall for aspiration if symptomatic\n'
                  'Conclusion: right breast BI-RADS 2.'),
                 '- 2', id='R2n2'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM\n'
                  'Screen date: 02/03/2026\n'
                  'Screening history:\n'
                  '2023 - CONSENSUS / FINAL: R: 3 (probably benign)\n'
                  '2024 - early review, stable.\n'
                  'READER 1: R: 1   L: 1\n'
                  'READER 2: R: 1   L: 1\n'
                  'CONSENSUS / FINAL: R: 1   L: 1'),
                 '1 1', id='R2n3'),
    pytest.param(('SCREENING RECORD\n'
                  'Screen date 19/02/2026\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1 (negative)\n'
                  '                   L: 0 (recall)\n'
                  'Recall for left spot compression.'),
                 '0 1', id='R2n4'),
    pytest.param(('Right breast screen (left mastectomy 2022)\n'
                  'READER 1: R: 1\n'
                  'READER 2: R: 1\n'
                  'FINAL: R: 4 (benign)\n'
                  'Comment: final category keyed in error; radiologist confirms negative '
                  'study, BI-RADS 1.'),
                 '- 1', id='R2n5'),
    pytest.param(('Bilateral screen - double reading\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 0   L: 1\n'
                  'CONSENSUS / FINAL: R: 0 (needs assessment)\n'
                  'Left side agreed negative by both readers.'),
                 '1 0', id='R2n6'),
    pytest.param(('SCREENING RECORD - amended entry\n'
                  'Screen date: 06/02/2026\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 0   L: 1\n'
                  'Amendment 09/02/2026: The consensus result above was entered on the wr'
                  'ong side. Corrected consensus: R: 1   L: 0.\n'
                  'Recall letter reissued for the left breast.'),
                 '0 1', id='R3a'),
    pytest.param(('Screening double-read record\n'
                  'READER 1: R: 2   L: 1\n'
                  'READER 2: R: 0   L: 1\n'
                  'CONSENSUS / FINAL: R: 0   L: 1\n'
                  'Amended consensus: R: 2   L: 1\n'
                  'Reason: arbitrator reviewed prior films; right finding stable since 20'
                  '22.'),
                 '1 2', id='R3b'),
    pytest.param(('SCREENING RECORD\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 1   L: 1\n'
                  'ARBITRATION: R: 0   L: 1\n'
                  'Entry corrected 12/02/2026 by the programme lead. Revised arbitration:'
                  ' R: 1   L: 1. Routine recall applies.'),
                 '1 1', id='R3c'),
    pytest.param(('Screen date: 28/01/2026\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 0   L: 1\n'
                  'FINAL: R: 0   L: 1\n'
                  'Assessment clinic outcome keyed in the wrong field; see below.\n'
                  'Corrected final decision: R: 4A   L: 1'),
                 '1 4A', id='R3d'),
    pytest.param(('SCREENING RECORD - audit correction\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 0   L: 1\n'
                  'CONSENSUS / FINAL: R: 0   L: 1\n'
                  'The outcome above predates the assessment clinic. Revised consensus: R'
                  ': 0 -> 2   L: 1.'),
                 '1 2', id='R3e'),
    pytest.param(('SCREENING RECORD\n'
                  'READER 1: R: 1   L: 1\n'
                  'READER 2: R: 1   L: 1\n'
                  'CONSENSUS / FINAL: R: 1   L: 1\n'
                  'Audit note: an uncorrected consensus: R: 0   L: 1 was found in the pap'
                  'er file from the 2021 round.'),
                 '1 1', id='R3n1'),
    pytest.param(('SCREENING RECORD\n'
                  'READER 1: R: 1   L: 1\n'
                  'READER 2: R: 1   L: 1\n'
                  'CONSENSUS / FINAL: R: 1   L: 1\n'
                  'Letter: the corrected consensus letter: R: 0   L: 1 was printed in err'
                  'or and withdrawn.'),
                 '1 1', id='R3n2'),
    pytest.param(('SCREENING RECORD\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 0   L: 1\n'
                  'CONSENSUS / FINAL: R: 0   L: 1\n'
                  'Corrected consensus: pending review by the programme lead.'),
                 '1 0', id='R3n3'),
    pytest.param(('BILATERAL SCREENING 2026\n'
                  'Screen date 11/03/2026\n'
                  'Screening history:\n'
                  'Round 2 (2022): CONSENSUS R: 0 L: 1. Corrected consensus: R: 3   L: 1.'
                  '\n'
                  'Round 3 (2024): R: 1 L: 1.\n'
                  'READER 1: R: 1   L: 1\n'
                  'READER 2: R: 1   L: 1\n'
                  'CONSENSUS / FINAL: R: 1   L: 1'),
                 '1 1', id='R3n4'),
    pytest.param(('SCREENING RECORD\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 0   L: 1\n'
                  'Entered on the wrong side. Corrected consensus: R: 1   L: 0.\n'
                  'ARBITRATION after assessment: R: 1   L: 2'),
                 '2 1', id='R3n5'),
    pytest.param(('Screening double read\n'
                  'READER 1: R: 2. L: 1. Comment: stable right calcifications.\n'
                  'READER 2: R: 2. L: 1.\n'
                  'CONSENSUS / FINAL: R: 2   L: 1'),
                 '1 2', id='R3n6'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM AND ULTRASOUND, BILATERAL\n'
                  'Clinical: palpable right breast lump.\n'
                  '\n'
                  'RIGHT BREAST:\n'
                  'Mammography shows an irregular high-density mass with spiculated margi'
                  "ns at 10 o'clock, 22 mm.\n"
                  'Ultrasound confirms an irregular hypoechoic mass, 21 x 18 mm, with pos'
                  'terior shadowing.\n'
                  'Assessment: BI-RADS 4C - High suspicion for malignancy.\n'
                  '\n'
                  'LEFT BREAST:\n'
                  "Scattered fibroglandular tissue. A 5 mm simple cyst at 2 o'clock.\n"
                  'Assessment: BI-RADS 2 - Benign.\n'
                  '\n'
                  'Recommendation: ultrasound-guided core biopsy of the right breast mass'
                  '.'),
                 '2 4C', id='R4a'),
    pytest.param(('Bilateral breast ultrasound\n'
                  'Right breast\n'
                  "Oval circumscribed parallel hypoechoic mass at 7 o'clock 4 cm from the"
                  ' nipple, 9 x 5 mm.\n'
                  'No internal vascularity.\n'
                  'No axillary adenopathy.\n'
                  'Assessment: BI-RADS 3 - Probably benign, 6-month follow-up.\n'
                  '\n'
                  'Left breast\n'
                  'Normal fibroglandular tissue. No focal lesion.\n'
                  'Assessment: BI-RADS 1 - Negative.'),
                 '1 3', id='R4b'),
    pytest.param(('MRI BREASTS WITH CONTRAST\n'
                  'Indication: high risk screening.\n'
                  'Background parenchymal enhancement: minimal, symmetric.\n'
                  '\n'
                  'RIGHT BREAST:\n'
                  'No suspicious enhancement.\n'
                  'Assessment: BI-RADS 1\n'
                  '\n'
                  'LEFT BREAST:\n'
                  "8 mm irregular enhancing mass at 12 o'clock, middle depth, washout kin"
                  'etics.\n'
                  'Second-look ultrasound recommended.\n'
                  'Assessment: BI-RADS 4A'),
                 '4A 1', id='R4c'),
    pytest.param(('Right breast diagnostic work-up (left breast not imaged today)\n'
                  'RIGHT BREAST:\n'
                  'Mammogram: spiculated mass upper outer quadrant, 30 mm, with pleomorph'
                  'ic calcifications.\n'
                  'Ultrasound: irregular, non-parallel, angular margins, 28 mm.\n'
                  'Right axilla: two nodes with cortical thickening 5 mm.\n'
                  'Assessment: BI-RADS 5 - Highly suggestive of malignancy.'),
                 '- 5', id='R4d'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'RIGHT BREAST:\n'
                  'Developing asymmetry posterior depth upper outer quadrant, new since 2'
                  '024.\n'
                  'Assessment: BI-RADS 0 - Additional imaging needed.\n'
                  '\n'
                  'LEFT BREAST:\n'
                  'Heterogeneously dense. Benign-appearing round calcifications.\n'
                  'Assessment: BI-RADS 2 - Benign.'),
                 '2 0', id='R4e'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM\n'
                  'Breast composition: scattered fibroglandular density (B).\n'
                  '\n'
                  'RIGHT BREAST:\n'
                  'No mass, suspicious calcification or architectural distortion.\n'
                  '\n'
                  'LEFT BREAST:\n'
                  'Stable benign coarse calcifications.\n'
                  'Assessment: BI-RADS 2 - Benign.'),
                 '2 2', id='R4n1'),
    pytest.param(('Screening mammogram - both breasts\n'
                  'RIGHT BREAST:\n'
                  'Fatty. No abnormality.\n'
                  '\n'
                  'LEFT BREAST:\n'
                  'Fatty. No abnormality.\n'
                  'Assessment: BI-RADS 1 - Negative. Routine screening in 1 year.'),
                 '1 1', id='R4n2'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  "RIGHT BREAST: Two simple cysts at 9 and 10 o'clock, up to 6 mm.\n"
                  "LEFT BREAST: One simple cyst at 3 o'clock, 4 mm.\n"
                  'Assessment: BI-RADS 2 - Benign.'),
                 '2 2', id='R4n3'),
    pytest.param(('Bilateral mammogram\n'
                  'RIGHT BREAST:\n'
                  'Benign secretory calcifications, unchanged.\n'
                  '\n'
                  'LEFT BREAST:\n'
                  "Postsurgical scar at 12 o'clock, stable.\n"
                  '\n'
                  'Assessment: BI-RADS 2 - Benign.'),
                 '2 2', id='R4n4'),
    pytest.param(('Bilateral screening mammogram with tomosynthesis\n'
                  'Comparison: 2024.\n'
                  'LEFT BREAST:\n'
                  'Scattered fibroglandular tissue.\n'
                  'No suspicious mass or calcification.\n'
                  'RIGHT BREAST:\n'
                  'Scattered fibroglandular tissue.\n'
                  'No suspicious mass or calcification.\n'
                  'Assessment: BI-RADS 1 - Negative.'),
                 '1 1', id='R4n5'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Right breast:\n'
                  "Multiple bilateral oval circumscribed masses, the largest right 10 o'c"
                  'lock 11 mm,\n'
                  "left 4 o'clock 9 mm, consistent with multiple fibroadenomas.\n"
                  'Assessment: BI-RADS 3 - Probably benign. Follow-up in 6 months.'),
                 '3 3', id='R4n6'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM, BILATERAL\n'
                  'RIGHT BREAST:\n'
                  'Known benign fibroadenoma, stable.\n'
                  'LEFT BREAST:\n'
                  'Stable post-lumpectomy changes.\n'
                  'Assessment: BI-RADS 2 bilateral.'),
                 '2 2', id='R4n7'),
    pytest.param(('Echografie linker mamma (translated from Dutch)\n'
                  'Datum: 13/01/2026\n'
                  "Bevindingen [Findings]: At 2 o'clock an oval hypoechoic lesion of 8 mm"
                  ', circumscribed.\n'
                  'Conclusie [Conclusion]: Probably benign lesion left breast. BI-RADS 3.'
                  '\n'
                  '\n'
                  'Addendum 20/01/2026: Na vergelijking met eerder onderzoek is de laesie'
                  ' nieuw. De BI-RADS-classificatie wordt herzien naar 4A [the BI-RADS cl'
                  'assification is revised to 4A]. Biopsie geadviseerd.'),
                 '4A -', id='R5a'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  "Findings: 7 mm oval mass at 9 o'clock.\n"
                  'Impression: Probably benign. BI-RADS 3.\n'
                  'ADDENDUM: Prior outside ultrasound of 2022 obtained; the mass is uncha'
                  'nged in size over 3 years. The BI-RADS classification is revised to 2.'),
                 '- 2', id='R5b'),
    pytest.param(('Bilateral diagnostic mammogram\n'
                  'Impression: Left grouped amorphous calcifications, BI-RADS 3. Right ne'
                  'gative, BI-RADS 1.\n'
                  'Addendum (MDT 04/02/2026): After magnification views, the BI-RADS clas'
                  'sification of the left breast is revised to 4B.'),
                 '4B 1', id='R5c'),
    pytest.param(('Left breast MRI (translated from Dutch)\n'
                  'Conclusie [Conclusion]: Non-mass enhancement left, BI-RADS 4A.\n'
                  'Addendum: Na second-look echo geen correlaat; BI-RADS-classificatie wo'
                  'rdt herzien naar 3 [BI-RADS classification is revised to 3].'),
                 '3 -', id='R5d'),
    pytest.param(('Rechter Mamma Sonographie (translated from German)\n'
                  "Beurteilung [Assessment]: Solid lesion right 11 o'clock, BI-RADS 3.\n"
                  'Nachtrag [Addendum]: Die BI-RADS-Klassifikation wird auf 4B revidiert '
                  '[the BI-RADS classification is revised to 4B], Stanzbiopsie empfohlen.'),
                 '- 4B', id='R5e'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  "Impression: 9 mm oval circumscribed mass at 3 o'clock. BI-RADS 3.\n"
                  'Comment: if the mass grows at 6-month follow-up, the BI-RADS classific'
                  'ation will be revised to 4A and biopsy offered.'),
                 '3 -', id='R5n1'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Findings: Scattered fibroglandular density. No suspicious finding.\n'
                  'Impression: Negative. BI-RADS 1.\n'
                  'Reporting note: categories follow the BI-RADS classification as revise'
                  'd to 5th edition (ACR 2013).'),
                 '1 1', id='R5n2'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  "History: In 2023 a left 10 o'clock mass was seen; the BI-RADS classifi"
                  'cation was revised to 4A and biopsy showed fibroadenoma.\n'
                  "Findings: Biopsied fibroadenoma left 10 o'clock, stable, with clip. Si"
                  "mple cyst right 6 o'clock.\n"
                  'Impression: Benign findings. BI-RADS 2 both breasts.'),
                 '2 2', id='R5n3'),
    pytest.param(('Echografie linker mamma (translated from Dutch)\n'
                  'Conclusie [Conclusion]: BI-RADS 3.\n'
                  'Addendum: Na bespreking in het MDO: de BI-RADS-classificatie wordt nie'
                  't herzien [the BI-RADS classification is not revised]; BI-RADS 3 blijf'
                  't.'),
                 '3 -', id='R5n4'),
    pytest.param(('Bilateral diagnostic ultrasound\n'
                  "Impression: Right 8 o'clock mass BI-RADS 3. Left 2 o'clock irregular m"
                  'ass BI-RADS 4A.\n'
                  'Addendum: Comparison with 2021 outside images shows the right mass unc'
                  'hanged; the BI-RADS classification of the right breast is revised to 2'
                  '. Left unchanged, biopsy as planned.'),
                 '4A 2', id='R5n5'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'Impression: Probably benign, BI-RADS 3.\n'
                  'Addendum: The referring clinician asked whether the BI-RADS classifica'
                  'tion should be revised to 4A. After review, it remains BI-RADS 3.'),
                 '3 -', id='R5n6'),
    pytest.param(('Échographie de contrôle du sein droit (translated from French)\n'
                  "Indication : surveillance d'un kyste du right breast.\n"
                  'Résultat : kyste simple de 12 mm à 10 h, inchangé.\n'
                  "Le left breast n'a pas été examiné lors de ce contrôle.\n"
                  'Conclusion : aspect bénin. BI-RADS 2.'),
                 '- 2', id='R6a'),
    pytest.param(('Mammographie de contrôle (translated from French)\n'
                  "Le right breast n'a pas été imagé (mastectomie 2019).\n"
                  'Sein gauche : opacité ovalaire circonscrite de 7 mm, QSE.\n'
                  'Conclusion : probablement bénin, BI-RADS 3, contrôle à 6 mois.'),
                 '3 -', id='R6b'),
    pytest.param(('Échographie ciblée (translated from French)\n'
                  'Masse irrégulière de 9 mm à 1 h du right breast.\n'
                  "Le left breast n'a pas été exploré.\n"
                  'Conclusion : ACR 4a [BI-RADS 4A], microbiopsie recommandée.'),
                 '- 4A', id='R6c'),
    pytest.param(('Échographie mammaire (translated from French)\n'
                  'Left breast: kyste simple de 15 mm à 2 h.\n'
                  "Right breast n'a pas été examinée (patiente pressée).\n"
                  'Conclusion : BI-RADS 2.'),
                 '2 -', id='R6d'),
    pytest.param(('Compte rendu (translated from French)\n'
                  "Le sein gauche [left breast] n'a pas été examiné.\n"
                  'Sein droit : ganglion intramammaire typique à 10 h.\n'
                  'Conclusion : bénin, BI-RADS 2.'),
                 '- 2', id='R6e'),
    pytest.param(('Mammographie bilatérale (translated from French)\n'
                  "Le left breast n'a pas été revu en échographie.\n"
                  'Les deux seins : calcifications bénignes éparses.\n'
                  'Conclusion : BI-RADS 2.'),
                 '2 2', id='R6n1'),
    pytest.param(('Mammographie bilatérale (translated from French)\n'
                  "La lésion du left breast n'a pas été explorée en échographie car typiq"
                  'uement bénigne.\n'
                  'Seins de densité B. Ganglion intramammaire gauche. Kystes huileux droi'
                  'ts.\n'
                  'Conclusion : BI-RADS 2 bilatéral.'),
                 '2 2', id='R6n2'),
    pytest.param(('Mammographie de dépistage bilatérale (translated from French)\n'
                  "Antécédents : en 2022 le left breast n'a pas été examiné (plâtre de l'"
                  'épaule).\n'
                  "Résultat : seins de densité C, pas d'anomalie.\n"
                  'Conclusion : ACR 1 des deux côtés [BI-RADS 1 both sides].'),
                 '1 1', id='R6n3'),
    pytest.param(('Échographie mammaire et axillaire bilatérale (translated from French)\n'
                  'Kystes simples bilatéraux.\n'
                  "L'aisselle left n'a pas été explorée.\n"
                  'Conclusion : BI-RADS 2.'),
                 '2 2', id='R6n4',
                 marks=pytest.mark.xfail(strict=True, reason=("review R6n4 (6): read '2 -'; older behaviour after"
                                                          " the rule 6 narrowing: 'L'aisselle left n'a pas ét"
                                                          "é explorée' (the axilla) no longer marks the left "
                                                          "breast unexamined, so OLD's left-only reading of t"
                                                          'he single English side word returns and the unside'
                                                          "d BI-RADS 2 goes to the left alone; the French 'bi"
                                                          "latéraux' is not read as both breasts"))),
    pytest.param(('Mammographie bilatérale (translated from French)\n'
                  'Le right breast a été examiné en compression localisée.\n'
                  'Calcifications vasculaires bilatérales.\n'
                  'Conclusion : BI-RADS 2.'),
                 '2 2', id='R6n5',
                 marks=pytest.mark.xfail(strict=True, reason=("review R6n5 (6): read '- 2'; no negation | older b"
                                                          'ehaviour: a French bilateral mammogram with "Le ri'
                                                          'ght breast a été examiné en compression localisée"'
                                                          ' (no negation) and "Calcifications vasculaires bil'
                                                          'atérales" is read as right-only; unchanged by rule'
                                                          ' 6 (the negation is absent, as intended).'))),
    pytest.param(('Mammographie et échographie bilatérales (translated from French)\n'
                  "Le right breast n'a pas été examiné cliniquement (patiente refuse la p"
                  'alpation); imagerie complète des deux seins.\n'
                  'Kystes simples bilatéraux.\n'
                  'Conclusion : BI-RADS 2.'),
                 '2 2', id='R6n6'),
    pytest.param(('PRE-PARTICIPATION MEDICAL RECORD - ELITE ATHLETE\n'
                  'Date: 14/03/2026   Athlete: F, 41 y\n'
                  'Breast history (from GP summary): last screening mammogram 02/2025 - "'
                  'no evidence of malignancy, BI-RADS 1 both breasts".\n'
                  'Cardiac: normal ECG. Musculoskeletal: old left ankle sprain.\n'
                  'Cleared for competition.'),
                 '- -', id='R7a'),
    pytest.param(('Occupational health assessment 21/01/2026\n'
                  'Past history: previous breast ultrasound 11.2024 – "simple cyst left b'
                  'reast, BI-RADS 2".\n'
                  'Fit for duties.'),
                 '- -', id='R7b'),
    pytest.param(('Insurance medical questionnaire - completed 09/02/2026\n'
                  'Q12 Breast imaging: prior MRI 06/2023 - "right 10 o\'clock focus, BI-RA'
                  'DS 3, follow-up advised"; follow-up done, normal.\n'
                  'Declared by applicant.'),
                 '- -', id='R7c'),
    pytest.param(('GP referral letter, 03/03/2026\n'
                  'Dear colleague, she has a tender left breast. Her last mammogram 2024 '
                  '- "BI-RADS 2, benign calcifications" - was reassuring.\n'
                  'Please assess.'),
                 '- -', id='R7d'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM  Date: 18/02/2026\n'
                  'Comparison: last screening mammogram 01/2024 - "BI-RADS 2, stable beni'
                  'gn calcifications left".\n'
                  'Findings: the calcifications are no longer seen. No suspicious finding'
                  '.\n'
                  'Impression: Negative. BI-RADS 1.'),
                 '1 1', id='R7e'),
    pytest.param(('Sports medicine clinic note 25/02/2026\n'
                  'Breast: last mammogram 01/2026 - "BI-RADS 2 both breasts, benign cysts'
                  '".\n'
                  'Plan: continue training.'),
                 '2 2', id='R7n1'),
    pytest.param(('RIGHT BREAST ULTRASOUND   Date of exam: 10/03/2026\n'
                  "History: follow-up of right 9 o'clock mass; last ultrasound 09/2025 - "
                  '"BI-RADS 3".\n'
                  "Findings: 8 mm oval mass right 9 o'clock, unchanged.\n"
                  'Impression: Probably benign. BI-RADS 3.'),
                 '- 3', id='R7n2'),
    pytest.param(('Breast clinic letter 02/02/2026 (DOB 11/05/1975)\n'
                  'Today\'s ultrasound 02/2026 - "left 2 o\'clock irregular 9 mm mass, BI-R'
                  'ADS 4A".\n'
                  'Biopsy arranged.'),
                 '4A -', id='R7n3'),
    pytest.param(('Annual health check summary 15/01/2026\n'
                  'Women\'s health: last mammogram 01/2026 – "no change, BI-RADS 2 both br'
                  'easts" (done last week).\n'
                  'Blood pressure normal.'),
                 '2 2', id='R7n4'),
    pytest.param(('LEFT BREAST ULTRASOUND - 12/02/2026\n'
                  'Clinical: previous scan 2025 showed a cyst.\n'
                  "Findings: simple cyst 14 mm left 2 o'clock.\n"
                  'Impression: "Simple cyst" - BI-RADS 2.'),
                 '2 -', id='R7n5'),
    pytest.param(('SCREENING MAMMOGRAM 08/01/2026\n'
                  'Right breast: scattered fibroglandular tissue, no abnormality. BI-RADS'
                  ' 1.\n'
                  'Left breast: new 10 mm circumscribed mass upper outer quadrant, recall'
                  ' for assessment, BI-RADS 0.\n'
                  '\n'
                  'ASSESSMENT CLINIC 22/01/2026\n'
                  "Ultrasound: left 2 o'clock oval parallel circumscribed hypoechoic mass"
                  ' 10 mm, likely a fibroadenoma. Final assessment, left breast: BI-RADS '
                  '3 - probably benign.'),
                 '3 1', id='R8a'),
    pytest.param(('Screening 12/01/2026: Right breast: developing asymmetry, recall, BI-R'
                  'ADS 0. Left breast: negative, BI-RADS 1.\n'
                  'Assessment 26/01/2026: spot views confirm a persistent asymmetry with '
                  'an 8 mm irregular correlate on ultrasound. Final assessment, right bre'
                  'ast: BI-RADS 4B - biopsy recommended.'),
                 '1 4B', id='R8b'),
    pytest.param(('Recall assessment report\n'
                  'Screening result: Right breast BI-RADS 1. Left breast BI-RADS 0 (calci'
                  'fications).\n'
                  'Magnification views show round punctate calcifications, scattered, ben'
                  'ign; Final assessment, left: category 2.'),
                 '2 1', id='R8c'),
    pytest.param(('Screening mammogram: bilateral recall, BI-RADS 0 both breasts.\n'
                  'Assessment clinic: right 6 mm oval mass, probably benign. Final assess'
                  'ment, right breast: BI-RADS 3. Left asymmetry resolves on spot compres'
                  'sion. Final assessment, left breast: BI-RADS 2.'),
                 '2 3', id='R8d'),
    pytest.param(('SCREENING MAMMOGRAM\n'
                  'Impression: Bilateral findings requiring recall. BI-RADS 0 both breast'
                  's.\n'
                  'ASSESSMENT (left only so far): ultrasound of the left breast shows a 7'
                  ' mm oval circumscribed mass. Final assessment, left breast: BI-RADS 3.'
                  ' Right breast assessment booked for next week.'),
                 '3 0', id='R8e'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM 03/02/2026\n'
                  'History: biopsy-proven fibroadenoma. Previous final assessment, left b'
                  'reast: BI-RADS 4A (2023).\n'
                  'Findings: stable clip and fibroadenoma left. Right negative.\n'
                  'Impression: Left BI-RADS 2. Right BI-RADS 1.'),
                 '2 1', id='R8n1'),
    pytest.param(('Screening: Right breast negative, BI-RADS 1. Left breast asymmetry, re'
                  'call, BI-RADS 0.\n'
                  'Assessment clinic attended 20/01/2026, images obtained. Final assessme'
                  'nt, left breast: pending radiologist review.'),
                 '0 1', id='R8n2'),
    pytest.param(('Screening: Right breast BI-RADS 1. Left breast BI-RADS 0 (mass).\n'
                  'Assessment: ultrasound oval mass. Final assessment, left breast: BI-RA'
                  'DS 3.\n'
                  'ADDENDUM 05/02/2026: on review with the 2024 outside study the mass is'
                  ' new; left breast revised to BI-RADS 4A, biopsy.'),
                 '4A 1', id='R8n3'),
    pytest.param(('BILATERAL ULTRASOUND 10/03/2026\n'
                  'Clinical history: her 2024 report read: "Left 3 o\'clock mass. Final as'
                  'sessment, left breast: BI-RADS 3."\n'
                  "Findings: the left 3 o'clock mass is stable over 2 years; right simple"
                  ' cysts.\n'
                  'Impression: Benign. BI-RADS 2 both breasts.'),
                 '2 2', id='R8n4'),
    pytest.param(('Screening: Right breast: BI-RADS 1. Left breast: BI-RADS 0, recall.\n'
                  'Assessment: left mass is a probable fibroadenoma. Final assessment, le'
                  'ft breast: BI-RADS 3 - six-month follow-up.\n'
                  'Right breast: no further imaging.'),
                 '3 1', id='R8n5'),
    pytest.param(('Screening: Right breast: BI-RADS 1. Left breast: BI-RADS 0.\n'
                  "Assessment: left 11 o'clock irregular mass 6 mm. Final assessment, lef"
                  't breast: BI-RADS 4A if no ultrasound correlate is confirmed; biopsy a'
                  'dvised.'),
                 '4A 1', id='R8n6'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Clinical: routine screening, age 52.\n'
                  'Comparison: 02/2024.\n'
                  'Breast composition: scattered areas of fibroglandular density (B).\n'
                  'Findings: No suspicious mass, calcification or architectural distortio'
                  'n in either breast.\n'
                  'Impression: No mammographic evidence of malignancy.\n'
                  'BI-RADS 1 - Negative. Recommend annual screening.'),
                 '1 1', id='O01'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Indication: dense breasts, supplemental screening.\n'
                  "Right breast: 4 mm simple cyst at 11 o'clock.\n"
                  "Left breast: 6 mm simple cyst at 3 o'clock, 2 mm cyst at 4 o'clock.\n"
                  'Axillae: normal.\n'
                  'IMPRESSION: Benign cysts bilaterally. BI-RADS 2.'),
                 '2 2', id='O02'),
    pytest.param(('RIGHT BREAST ULTRASOUND (TARGETED)\n'
                  "Indication: palpable lump right breast 10 o'clock.\n"
                  "Findings: At the site of palpable concern, 10 o'clock 5 cm FN, an irre"
                  'gular hypoechoic mass measuring 14 x 11 x 9 mm with indistinct margins'
                  '. Right axilla: normal.\n'
                  'IMPRESSION: Suspicious right breast mass. BI-RADS 4B. Ultrasound-guide'
                  'd core biopsy recommended.'),
                 '- 4B', id='O03'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM\n'
                  'Findings:\n'
                  'Right: no suspicious findings.\n'
                  'Left: new group of fine pleomorphic calcifications, upper outer quadra'
                  'nt, 6 mm extent.\n'
                  'IMPRESSION:\n'
                  'Right breast: BI-RADS 1.\n'
                  'Left breast: BI-RADS 4A. Stereotactic biopsy recommended.'),
                 '4A 1', id='O04'),
    pytest.param(('BREAST MRI, BILATERAL\n'
                  'Indication: known left breast carcinoma (biopsy-proven), extent of dis'
                  'ease.\n'
                  "Findings: Left: 24 mm irregular enhancing mass at 2 o'clock correspond"
                  'ing to known cancer. No additional lesion. Right: 5 mm stable enhancin'
                  'g focus, benign kinetics, stable since 2023.\n'
                  'Impression: Known left breast malignancy, BI-RADS 6. Right breast BI-R'
                  'ADS 2.'),
                 '6 2', id='O05'),
    pytest.param(('Follow-up bilateral ultrasound\n'
                  'Comparison: 6 months ago.\n'
                  'Multiple bilateral circumscribed oval masses consistent with fibroaden'
                  'omas, unchanged.\n'
                  'Impression: Stable probably benign masses. BI-RADS 3. Follow-up in 6 m'
                  'onths.'),
                 '3 3', id='O06'),
    pytest.param(('SCREENING MAMMOGRAM WITH TOMOSYNTHESIS\n'
                  'Breast density: heterogeneously dense (C).\n'
                  'Findings: Possible asymmetry in the right breast, posterior depth, see'
                  'n on CC view only. Left: possible architectural distortion upper inner'
                  ' quadrant.\n'
                  'IMPRESSION: Incomplete. Need additional imaging evaluation. BI-RADS 0 '
                  'bilateral.'),
                 '0 0', id='O07'),
    pytest.param(('Mammographie droite (translated from French)\n'
                  'Antécédent de mastectomie gauche.\n'
                  "Sein droit : calcifications vasculaires, pas d'anomalie suspecte.\n"
                  'Conclusion : ACR 2.'),
                 '- 2', id='O08'),
    pytest.param(('LEFT BREAST DIAGNOSTIC MAMMOGRAM AND ULTRASOUND\n'
                  'History: 61 F, new hard left breast lump, skin tethering.\n'
                  'Mammogram: 35 mm spiculated mass left upper outer quadrant with associ'
                  'ated pleomorphic calcifications.\n'
                  'Ultrasound: irregular, non-parallel, angular, 33 mm, posterior shadowi'
                  'ng. Two abnormal left axillary nodes.\n'
                  'Conclusion: Highly suggestive of malignancy. BI-RADS 5.'),
                 '5 -', id='O09'),
    pytest.param(('Mammographie bilatérale de dépistage (translated from French)\n'
                  "Seins de densité B. Pas d'opacité, pas de foyer de microcalcifications"
                  ' suspectes.\n'
                  'Conclusion : examen normal. ACR 1 [BI-RADS 1].'),
                 '1 1', id='O10'),
    pytest.param(('BILATERAL DIAGNOSTIC ULTRASOUND\n'
                  "RIGHT: 8 mm oval circumscribed hypoechoic mass at 7 o'clock, new. Prob"
                  'ably benign.\n'
                  "LEFT: stable 5 mm cyst at 1 o'clock.\n"
                  'IMPRESSION: Right BI-RADS 3, six month follow-up. Left BI-RADS 2.'),
                 '2 3', id='O11'),
    pytest.param(('Breast Screening Programme result letter\n'
                  'Dear Ms Patel, your breast screening mammogram on 10/02/2026 was norma'
                  'l.\n'
                  'Result: R 1 / L 1 (negative). You will be invited again in 3 years.'),
                 '1 1', id='O12'),
    pytest.param(('MAMMOGRAM BILATERAL DIGITAL\n'
                  'Compared to 2025 and 2024.\n'
                  'Breast density: almost entirely fatty (A).\n'
                  'Benign appearing coarse calcifications, right and left, stable. Bilate'
                  'ral benign intramammary lymph nodes.\n'
                  'BI-RADS 2: Benign findings. Routine annual mammogram.'),
                 '2 2', id='O13'),
    pytest.param(('RIGHT BREAST ULTRASOUND - 6 MONTH FOLLOW-UP\n'
                  "Prior: 08/2025, BI-RADS 3 right 2 o'clock complicated cyst.\n"
                  "Findings: The complicated cyst at right 2 o'clock measures 7 mm (previ"
                  'ously 7 mm).\n'
                  'Impression: Stable. BI-RADS 3, continue follow-up in 6 months.'),
                 '- 3', id='O14'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM AND ULTRASOUND\n'
                  "Right breast: 15 mm irregular mass with microlobulated margins at 9 o'"
                  'clock, 3 cm from the nipple.\n'
                  'Left breast: no abnormality.\n'
                  'Assessment: Right BI-RADS 4C. Left BI-RADS 1.\n'
                  'Recommendation: US-guided core biopsy right.'),
                 '1 4C', id='O15'),
    pytest.param(('Mammographie bilatérale et échographie (translated from French)\n'
                  'Sein droit : RAS.\n'
                  'Sein gauche : kyste simple de 11 mm à 3 h.\n'
                  'Conclusion : sein droit ACR 1, sein gauche ACR 2.'),
                 '2 1', id='O16'),
    pytest.param(('Right breast ultrasound\n'
                  'Indication: focal pain right breast.\n'
                  'Findings: no sonographic abnormality at the site of pain; a 3 mm simpl'
                  'e cyst nearby.\n'
                  'Impression: Benign. BI-RADS 2. Clinical follow-up.'),
                 '- 2', id='O17'),
    pytest.param(('MRI BREASTS (HIGH RISK SCREENING)\n'
                  'Indication: BRCA1 carrier.\n'
                  'Amount of fibroglandular tissue: scattered. Background enhancement: mi'
                  'nimal.\n'
                  'No suspicious enhancement in either breast. No adenopathy.\n'
                  'IMPRESSION: Negative. BI-RADS 1. Next MRI in 12 months.'),
                 '1 1', id='O18'),
    pytest.param(('ECHOGRAFIE MAMMAE BEIDERZIJDS (translated from Dutch)\n'
                  'Bevindingen [Findings]: Both breasts: multiple small simple cysts.\n'
                  'Conclusie [Conclusion]: Benign. BI-RADS 2.'),
                 '2 2', id='O19'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM\n'
                  'Right breast: negative.\n'
                  'Left breast: 5 mm grouped round calcifications, new, upper inner quadr'
                  'ant.\n'
                  'Impression: Left breast BI-RADS 3, short-interval follow-up in 6 month'
                  's. Right breast BI-RADS 1.'),
                 '3 1', id='O20'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
