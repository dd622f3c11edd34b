"""Review r117 of the b117 radiology rules (3416a2f): 61 texts written and labelled from the guide before either revision
read them (rule 1, "at the time" / "at that time" after a category: 9 variants, 9 near misses; rule 2, a bare "Per
breast:" list under the overall category's line: 11 variants, 9 near misses; rule 3, a "Note:" run in after the clinical
information's sentence: 9 variants, 9 near misses; 5 ordinary whole reports). The review found 13 over-reaches and 2
texts newly wrong otherwise. The narrowed rules read 58 of the 61 as labelled: rule 1 dates a category only where "at
the time" ends its clause and the clause says it was an earlier state (a past verb before it, a biopsy's result or a
turn to today after it); rule 2 reads the list only where the overall category is one of its categories, each aside
names a finding or an assessment and no heading above names an earlier or outside exam, and the list outranks the
overall line; rule 3 keeps the note in the history only to its own sentence's end, where that sentence tells another
exam and not today's ("Note", "NOTE", "Notes"). Every review text is pinned: the right ones pass, the 3 still read wrong
(an older reading, two under-reaches outside these rules) are strict expected failures."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('DIAGNOSTIC MAMMOGRAM, LEFT BREAST\n'
                  'Clinical history: 63-year-old woman, 12-month follow-up after stereota'
                  'ctic biopsy of left breast calcifications.\n'
                  'Findings: The left breast is heterogeneously dense. A biopsy marker is'
                  ' present at 2:00, posterior depth, at the biopsy site (the calcificati'
                  'ons were BI-RADS 4B at the time; pathology sclerosing adenosis, concor'
                  'dant). No residual or new suspicious calcifications. No mass or archit'
                  'ectural distortion.\n'
                  'Impression: Benign post-biopsy appearance of the left breast.\n'
                  'BI-RADS 2 - Benign. Return to annual screening mammography.\n'),
                 '2 -', id='a01'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  "Clinical details: Re-attends with the same lump at 10 o'clock, core bi"
                  'opsied at her first visit.\n'
                  "The oval hypoechoic mass at 10 o'clock, 3 cm from the nipple, is again"
                  ' seen, measuring 11 x 6 mm with circumscribed margins and parallel ori'
                  'entation. It was graded BI-RADS 4A at that time and the core showed a '
                  'fibroadenoma. Size and appearance are unchanged.\n'
                  'No other abnormality in the right breast. Right axilla normal.\n'
                  'Conclusion: Stable biopsy-proven fibroadenoma, right breast. BI-RADS 2'
                  '. Discharge to routine care.\n'
                  'Dr S. Whitfield, Consultant Radiologist\n'),
                 '- 2', id='a02'),
    pytest.param(('Hospital Universitario de Cruces - Bilateral breast ultrasound (transl'
                  'ated from Spanish)\n'
                  'Indication: follow-up of left breast nodule.\n'
                  'Right breast: no focal lesions. Normal ducts.\n'
                  "Left breast: oval circumscribed nodule at 4 o'clock, 9 x 5 mm, paralle"
                  'l to the skin, classified BI-RADS 4A at that time [en aquel momento] a'
                  'nd sampled by core needle biopsy (fibroadenoma). Today it is unchanged'
                  ' in size and morphology.\n'
                  'Axillae: lymph nodes with preserved fatty hilum.\n'
                  'Conclusion: Left breast BI-RADS 2 (biopsy-proven fibroadenoma, stable)'
                  '. Right breast BI-RADS 1.\n'),
                 '2 1', id='a03'),
    pytest.param(('US L breast f/u\n'
                  '3:00 cluster of microcysts, called BI-RADS 3 at that time, now smaller'
                  ' (4 mm, was 7 mm), no solid component.\n'
                  'No new lesion. L axilla neg.\n'
                  'Impression: benign. BI-RADS 2 L. Routine screening.\n'
                  '-- T. Nakamura MD\n'
                  '(dictated, read back)\n'),
                 '2 -', id='a04'),
    pytest.param(('BREAST MRI, BILATERAL, WITH AND WITHOUT CONTRAST - response assessment'
                  '\n'
                  'History: Left breast invasive ductal carcinoma (biopsy-proven), neoadj'
                  'uvant chemotherapy, cycle 6 of 6 completed.\n'
                  'Findings:\n'
                  'Left breast: the index mass at 1:00 measured 34 mm on the staging stud'
                  'y and now measures 6 mm with faint residual enhancement; clip in place'
                  '.\n'
                  'Right breast: the 5 mm enhancing focus at 7:00, BI-RADS 3 at that time'
                  ', is no longer seen. Background parenchymal enhancement minimal.\n'
                  'No suspicious axillary nodes.\n'
                  'Impression: Left breast: marked response, minimal residual enhancement'
                  ' at the site of the known malignancy, BI-RADS 6. Right breast: negativ'
                  'e, BI-RADS 1.\n'),
                 '6 1', id='a05'),
    pytest.param(('SONOMAMMOGRAPHY (BOTH BREASTS)\n'
                  'Clinical: Follow-up case of left breast fibroadenoma, 24 months.\n'
                  'Right breast: Normal fibroglandular echotexture. No focal solid or cys'
                  'tic lesion. Ducts not dilated.\n'
                  'Left breast: Well-defined oval hypoechoic lesion measuring 14 x 8 mm a'
                  "t 2 o'clock, reported as BIRADS 3 at that time; size unchanged, no vas"
                  'cularity on Doppler.\n'
                  'Both axillae: few small nodes with fatty hila.\n'
                  'IMPRESSION:\n'
                  '- Left breast fibroadenoma, stable for two years - BIRADS 2.\n'
                  '- Right breast - BIRADS 1.\n'
                  'Advice: routine annual screening.\n'),
                 '2 1', id='a06'),
    pytest.param(('Dear Dr Okafor,\n'
                  '\n'
                  'Re: Mrs Adaeze N., DOB 11/02/1979\n'
                  '\n'
                  'Thank you for referring this lady back to the breast clinic. She was o'
                  'riginally seen with a 7 mm nodule in the upper outer right breast on u'
                  'ltrasound; this was thought probably benign, BI-RADS 3 at the time, an'
                  'd we arranged interval imaging.\n'
                  '\n'
                  'Right breast ultrasound today shows the nodule unchanged at 7 x 4 mm, '
                  'oval and circumscribed. Given stability over two years I have classifi'
                  'ed it as benign, BI-RADS 2, and she can return to routine screening.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr L. Mensah, Consultant Breast Radiologist\n'),
                 '- 2', id='a07'),
    pytest.param(('Acıbadem Hastanesi - Bilateral mammography and ultrasound (English tra'
                  'nslation of the Turkish report)\n'
                  'Indication: Screening; left breast focal asymmetry on the recall views'
                  '.\n'
                  'Mammography: ACR density C. Left breast upper outer quadrant: the foca'
                  'l asymmetry is persistent on spot compression; the right breast shows '
                  'no abnormality.\n'
                  "Ultrasound: left breast 2 o'clock, an irregular hypoechoic area 8 mm c"
                  "orresponding to the asymmetry. The right breast cyst at 10 o'clock, wh"
                  'ich was category 3 at that time, is now a simple cyst of 5 mm.\n'
                  'RESULT: Left breast [Sol meme] BI-RADS 4A - ultrasound-guided biopsy a'
                  'dvised. Right breast [Sağ meme] BI-RADS 1.\n'),
                 '4A 1', id='a08'),
    pytest.param(('Clinic note - breast surgery follow-up, 03/2026\n'
                  'Ms R. is seen for her left breast nodule. She first presented with a p'
                  'alpable left breast lump; the nodule was BIRADS 4a at the time and cor'
                  'e biopsy showed a benign phyllodes tumour, and she elected surveillanc'
                  'e rather than excision.\n'
                  "Left breast ultrasound performed in clinic today: the nodule at 11 o'c"
                  'lock measures 18 x 11 mm (was 17 x 10 mm), circumscribed, no internal '
                  "flow. Radiologist's assessment: probably benign, BI-RADS 3; repeat in "
                  '6 months.\n'
                  'Plan: review with ultrasound in 6 months, sooner if enlarging.\n'),
                 '3 -', id='a09'),
    pytest.param(('ULTRASOUND LEFT BREAST, TARGETED\n'
                  "Indication: palpable lump left breast 1 o'clock, 2 weeks.\n"
                  "Findings: At 1 o'clock, 4 cm from the nipple, there is an irregular hy"
                  'poechoic mass measuring 13 x 10 x 9 mm with angular margins and poster'
                  'ior shadowing, corresponding to the palpable lump. No internal cystic '
                  'component. Left axillary nodes normal.\n'
                  "Impression: Suspicious mass, left breast 1 o'clock. BI-RADS 4B at this"
                  ' time. Ultrasound-guided core biopsy is recommended and was discussed '
                  'with the patient.\n'),
                 '4B -', id='b01'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL, 3D\n'
                  'Comparison: none available; outside images from 2021 and 2023 requeste'
                  'd.\n'
                  'Breast composition: heterogeneously dense, which may obscure small mas'
                  'ses.\n'
                  'Findings: A 6 mm circumscribed oval mass in the right breast, middle d'
                  'epth, lower inner quadrant. No suspicious calcifications. Left breast:'
                  ' no suspicious findings.\n'
                  'Impression: Incomplete. BI-RADS 0 at the time this report was finalise'
                  'd - the outside comparison images have been requested, and an addendum'
                  ' will follow once they are received.\n'),
                 '0 0', id='b02'),
    pytest.param(('Bilateral breast ultrasound - Clinica Santa Maria (English version)\n'
                  "Right breast: at 9 o'clock, 2 cm from the areola, an oval hypoechoic n"
                  'odule measuring 8 x 5 mm, circumscribed, parallel, without vascularity'
                  '.\n'
                  'Left breast: no ultrasound signs of lesions.\n'
                  'Conclusion: Right breast nodule with probably benign features - BI-RAD'
                  'S 3 at the time being, control ultrasound in 6 months is suggested. Le'
                  'ft breast BI-RADS 1.\n'),
                 '1 3', id='b03'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM, RIGHT BREAST\n'
                  'History: 57-year-old recalled from screening for a right breast mass.\n'
                  'Findings: Spot compression views confirm a 9 mm round partially obscur'
                  'ed mass in the right upper outer quadrant, middle depth.\n'
                  'Ultrasound: not performed. The patient had to leave before the targete'
                  'd ultrasound could be done.\n'
                  'Assessment: BI-RADS 0 at the time the patient left the department; she'
                  ' has been rebooked for targeted ultrasound on Thursday.\n'),
                 '- 0', id='b04',
                 marks=pytest.mark.xfail(strict=True, reason=("review b04 (rule 1 ('at the time' / 'at that time'"
                                                          " after a category dates it)): read '0 -'; an older"
                                                          " reading, as before b117: 'at the time the patient"
                                                          " left the department' no longer dates today's 'BI-"
                                                          "RADS 0' (the clause names no earlier state), but '"
                                                          "left' in that clause is read as the category's sid"
                                                          'e (the department left, not the left breast), as t'
                                                          'he revision before b117 read it'))),
    pytest.param(('MAMMOGRAM BILATERAL DIAGNOSTIC\n'
                  'Indication: new left breast lump.\n'
                  'Left breast: Grouped amorphous calcifications spanning 9 mm at 12:00, '
                  'anterior depth, new.\n'
                  'Right breast: Stable benign calcifications.\n'
                  'Impression:\n'
                  '1. Left breast: suspicious calcifications. BI-RADS 4A at the time of t'
                  'his report; stereotactic biopsy recommended.\n'
                  '2. Right breast: benign. BI-RADS 2.\n'),
                 '4A 2', id='b05'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  'Indication: follow-up of a probably benign nodule.\n'
                  "Left breast: the 6 mm oval circumscribed nodule at 3 o'clock is unchan"
                  'ged. No new lesion.\n'
                  'Impression: Probably benign nodule, left breast. BI-RADS 3. Recommend '
                  'follow-up ultrasound in 12 months; if the nodule has grown, it would b'
                  'e upgraded to BI-RADS 4 at that time and biopsy advised.\n'),
                 '3 -', id='b06'),
    pytest.param(('Breast Unit - One-Stop Clinic Letter\n'
                  '\n'
                  'Dear Dr Patel,\n'
                  'I saw Mrs Joan W., 58, in the one-stop breast clinic. She reports a le'
                  'ft breast lump noticed 3 weeks ago. On examination there is a 2 cm har'
                  "d mass at 2 o'clock in the left breast, skin normal, no palpable axill"
                  'ary nodes.\n'
                  'Left breast ultrasound was performed during the clinic: a 16 mm irregu'
                  "lar hypoechoic mass with spiculated margins at 2 o'clock, BI-RADS 4C a"
                  't the time, and an ultrasound-guided core biopsy was taken at the same'
                  ' visit. The left axilla looked normal.\n'
                  'I will see her with the results next week.\n'
                  'Yours sincerely,\n'
                  'Ms K. Adebayo, Consultant Breast Surgeon\n'),
                 '4C -', id='b07'),
    pytest.param(('MAMMOGRAM BILATERAL SCREENING\n'
                  'History: Recalled from screening at another centre (BI-RADS 0 at the t'
                  'ime) for a right breast asymmetry; she now attends for her annual scre'
                  'en.\n'
                  'Breast composition: scattered fibroglandular densities.\n'
                  'Findings: The previously recalled right breast asymmetry was shown on '
                  'diagnostic views to be summation. Stable bilateral benign calcificatio'
                  'ns. No suspicious mass.\n'
                  'Impression: Benign. BI-RADS 2. Annual screening mammography.\n'),
                 '2 2', id='b08'),
    pytest.param(('BILATERAL BREAST MRI - high-risk screening (BRCA2 carrier)\n'
                  'Comparison: none.\n'
                  'Background parenchymal enhancement: moderate, symmetric.\n'
                  'Right breast: a 5 mm enhancing focus at 10:00 with persistent kinetics'
                  '.\n'
                  'Left breast: a 4 mm enhancing focus at 4:00, persistent kinetics.\n'
                  'Impression: Two probably benign foci. BI-RADS 3 for both breasts at th'
                  'e present time; short-interval MRI in 6 months, timed to day 7-14 of t'
                  'he menstrual cycle.\n'),
                 '3 3', id='b09'),
    pytest.param(('MAMMOGRAM AND ULTRASOUND, BILATERAL DIAGNOSTIC\n'
                  'Indication: 49-year-old, right breast lump.\n'
                  'Mammogram: Heterogeneously dense. Right breast: an irregular 9 mm mass'
                  ' at 10:00 with indistinct margins. Left breast: no suspicious findings'
                  '.\n'
                  'Ultrasound: Right 10:00, 4 cm FN, irregular hypoechoic mass 9 x 8 x 7 '
                  'mm, not parallel. Left breast not scanned.\n'
                  'Overall assessment: BI-RADS 4B - Suspicious.\n'
                  'Per breast: Right 4B (10:00 irregular mass; US-guided core biopsy). Le'
                  'ft 1 (no abnormality).\n'),
                 '1 4B', id='c01'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL (tomosynthesis)\n'
                  'Comparison: 2024 and 2025.\n'
                  'Breast composition: B.\n'
                  'Findings: Left breast: new 8 mm focal asymmetry, upper outer quadrant,'
                  ' posterior depth, seen on the CC view only. Right breast: stable calci'
                  'fied fibroadenoma.\n'
                  'FINAL ASSESSMENT: BI-RADS 0\n'
                  'By breast: Left 0 (focal asymmetry; recall for diagnostic views and ul'
                  'trasound). Right 2 (stable calcified fibroadenoma).\n'),
                 '0 2', id='c02'),
    pytest.param(('Breast MRI, bilateral\n'
                  'Indication: high-risk screening, lifetime risk 28%.\n'
                  'Findings: Minimal background enhancement. Left breast: 6 mm oval circu'
                  'mscribed enhancing mass at 3:00 with persistent kinetics, new. Right b'
                  'reast: no suspicious enhancement.\n'
                  'Overall BI-RADS: 3\n'
                  'Per breast: right 1. Left 3 (new 6 mm mass; 6-month MRI).\n'
                  'Signed: Dr M. Oyelaran\n'),
                 '3 1', id='c03'),
    pytest.param(('Bilateral diagnostic mammography\n'
                  'Reason: right breast calcifications on screening.\n'
                  'Right breast: magnification views show a group of fine pleomorphic cal'
                  'cifications spanning 7 mm at 11:00, middle depth.\n'
                  'Left breast: scattered round and punctate calcifications, stable.\n'
                  'Final BI-RADS: 4A\n'
                  'Per-breast: R 4A (grouped fine pleomorphic calcifications, stereotacti'
                  'c biopsy). L 2 (benign calcifications).\n'),
                 '2 4A', id='c04'),
    pytest.param(('BILATERAL MAMMOGRAM AND LEFT BREAST ULTRASOUND\n'
                  'History: palpable left breast mass, skin dimpling.\n'
                  'Left breast: 31 mm spiculated mass at 2:00 with skin thickening and tw'
                  'o abnormal level I axillary nodes (cortex 5 mm).\n'
                  'Right breast: no abnormality.\n'
                  'Overall category: 5\n'
                  'Per breast: Left 5 (spiculated mass with skin thickening, abnormal axi'
                  'llary nodes; US biopsy of mass and node). Right 1 (negative).\n'),
                 '5 1', id='c05'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Indication: bilateral breast pain, 35-year-old.\n'
                  'Right breast: two simple cysts at 9:00 (6 mm) and 11:00 (4 mm).\n'
                  'Left breast: at 1:00 a 7 mm complicated cyst with low-level internal e'
                  'choes, no solid component, no flow.\n'
                  'Overall assessment: BI-RADS 3\n'
                  'Per breast: Right: 2 (simple cysts). Left: 3 (complicated cyst; follow'
                  '-up ultrasound in 6 months).\n'),
                 '3 2', id='c06'),
    pytest.param(('Centro de Diagnostico por Imagem - bilateral mammography (translated f'
                  'rom Portuguese)\n'
                  'Composition: heterogeneously dense breasts (C).\n'
                  'Left breast: grouped amorphous microcalcifications in the upper outer '
                  'quadrant, 8 mm extent, new since the prior study.\n'
                  'Right breast: scattered benign vascular calcifications.\n'
                  'Overall assessment: BI-RADS 4A.\n'
                  'per breast: left 4A (grouped amorphous microcalcifications, stereotact'
                  'ic biopsy); right 2 (benign vascular calcifications).\n'),
                 '4A 2', id='c07'),
    pytest.param(('MRI BREASTS BILATERAL\n'
                  'Clinical: annual MRI, treated left breast cancer 2021 (lumpectomy, rad'
                  'iotherapy).\n'
                  'Left breast: post-treatment change at the lumpectomy site, no enhancem'
                  'ent. No new findings.\n'
                  'Right breast: new 5 mm enhancing focus at 12:00, posterior depth, pers'
                  'istent kinetics.\n'
                  'Overall assessment: BI-RADS 3 - Probably benign.\n'
                  'Per breast: Right 3 (new focus at 12:00, 6-month follow-up MRI).\n'
                  'Left 1 (no enhancement at the lumpectomy site).\n'),
                 '1 3', id='c08'),
    pytest.param(('MAMMOGRAM BILATERAL DIAGNOSTIC + LEFT US\n'
                  'Indication: left nipple retraction.\n'
                  'Left breast: retroareolar irregular hypoechoic area 10 mm on ultrasoun'
                  'd, mammographically occult.\n'
                  'Right breast: stable benign calcifications.\n'
                  'Overall assessment: BI-RADS 4A\n'
                  'Per breast: Right BI-RADS 2 (benign calcifications). Left BI-RADS 4A ('
                  'retroareolar hypoechoic area; US biopsy).\n'),
                 '4A 2', id='c09'),
    pytest.param(('Hospital Italiano de Buenos Aires - bilateral breast ultrasound (trans'
                  'lated)\n'
                  "Right breast: at 10 o'clock an oval circumscribed nodule of 7 mm, para"
                  'llel, probably a fibroadenoma.\n'
                  "Left breast: simple cysts, the largest 5 mm at 2 o'clock.\n"
                  'Overall assessment: BI-RADS 3\n'
                  'Por mama [Per breast]: derecha [right] 3 (probable fibroadenoma, contr'
                  'ol in 6 months). izquierda [left] 2 (simple cysts).\n'),
                 '2 3', id='c10',
                 marks=pytest.mark.xfail(strict=True, reason=("review c10 (rule 2 (bare 'Per breast:' / 'By breas"
                                                          "t:' under the overall category line)): read '3 3';"
                                                          " under-reach left as it is: the glossed heading 'P"
                                                          "or mama [Per breast]:' reads as 'Por mama' once th"
                                                          "e translation's bracket is blanked, so no 'Per bre"
                                                          "ast:' list is read (the English heading alone read"
                                                          's 2 3)'))),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Indication: lumpy breasts, 44-year-old.\n'
                  'Findings: Multiple simple cysts in both breasts, anechoic with posteri'
                  'or enhancement and no solid component. No solid mass. Normal axillae.\n'
                  'OVERALL ASSESSMENT: BI-RADS 2 - Benign.\n'
                  'Per breast: Right 3 (cysts, largest 14 mm at 10:00). Left 4 (cysts, la'
                  'rgest 9 mm at 2:00).\n'
                  'Routine screening.\n'),
                 '2 2', id='d01'),
    pytest.param(('POST-PROCEDURE MAMMOGRAM, BILATERAL (2 views)\n'
                  'Indication: following same-day bilateral ultrasound-guided core biopsi'
                  'es.\n'
                  'Findings: Markers are in satisfactory position at both biopsy sites. S'
                  'mall post-procedure haematoma on the right. No other change.\n'
                  'Final assessment: BI-RADS 2 (post-procedure, markers in place).\n'
                  'Per breast: Right 1 (ribbon marker at 9:00). Left 2 (coil marker at 1:'
                  '00 and a second marker at 3:00).\n'
                  'Biopsy results to follow.\n'),
                 '2 2', id='d02'),
    pytest.param(('MAMMOGRAM BILATERAL SCREENING\n'
                  'Comparison: outside report (Valley Imaging, 2024), copied below:\n'
                  '  "Overall assessment: BI-RADS 3\n'
                  '  Per breast: Right 3 (focal asymmetry, 6-month follow-up). Left 1 (ne'
                  'gative)."\n'
                  'Breast composition: scattered fibroglandular densities.\n'
                  'Findings: The right breast asymmetry is stable over 24 months. Scatter'
                  'ed benign calcifications in both breasts. No suspicious mass.\n'
                  'Impression: Benign. BI-RADS 2, both breasts. Annual screening.\n'),
                 '2 2', id='d03'),
    pytest.param(('HEALTH CHECK-UP - BREAST IMAGING SECTION\n'
                  'Previous check-up (2024-05-02) - summary\n'
                  'Overall assessment: BI-RADS 3\n'
                  'Per breast: Right 3 (oval nodule 6 mm at 9:00, 6-month follow-up). Lef'
                  't 1 (negative).\n'
                  '\n'
                  'Current check-up (2026-05-11): bilateral breast ultrasound\n'
                  'Right breast: the previously seen 9:00 nodule is no longer identified.'
                  ' No focal lesion.\n'
                  'Left breast: no focal lesion.\n'
                  'Overall assessment: BI-RADS 1 - Negative.\n'),
                 '1 1', id='d04'),
    pytest.param(('BREAST ULTRASOUND, BILATERAL\n'
                  'Indication: follow-up of bilateral probably benign nodules.\n'
                  'Right breast: oval circumscribed nodules at 9:00 (6 mm) and 11:00 (5 m'
                  'm), unchanged.\n'
                  'Left breast: oval circumscribed nodule at 2:00 (7 mm), unchanged.\n'
                  'Overall assessment: BI-RADS 3 - Probably benign.\n'
                  'Per breast: Right 2 nodules, left 1 nodule, all stable at 12 months.\n'
                  'Recommend follow-up ultrasound in 12 months.\n'),
                 '3 3', id='d05'),
    pytest.param(('ULTRASOUND-GUIDED CORE BIOPSY, BILATERAL\n'
                  'Targets: right breast 10:00 irregular mass 12 mm; left breast 2:00 irr'
                  'egular mass 9 mm (both assessed on the diagnostic ultrasound of 02/03/'
                  '2026).\n'
                  'Procedure: after local anaesthesia, 14G cores were obtained under real'
                  '-time guidance; markers placed.\n'
                  'Final assessment: BI-RADS 4C (both targets).\n'
                  'Per breast: Right 4 (14G cores, 10:00 mass). Left 3 (14G cores, 2:00 m'
                  'ass).\n'
                  'Specimens sent to pathology. No immediate complications.\n'),
                 '4C 4C', id='d06'),
    pytest.param(('Bilateral mammogram - Harbourside Imaging\n'
                  'Comparison: prior 2025.\n'
                  'Findings: Stable scattered benign calcifications bilaterally. No new m'
                  'ass or distortion.\n'
                  'Final assessment: BI-RADS 2.\n'
                  'Per breast: Right 1 prior biopsy site (clip at 9:00, stable); left 2 o'
                  'il cysts (upper outer quadrant), both benign.\n'
                  'Annual mammogram recommended.\n'),
                 '2 2', id='d07'),
    pytest.param(('BILATERAL BREAST ULTRASOUND - 12-month follow-up\n'
                  'Indication: multiple bilateral probably benign nodules.\n'
                  'Right breast: oval circumscribed parallel nodules at 9:00 (6 mm) and 1'
                  '1:00 (5 mm), unchanged.\n'
                  'Left breast: oval circumscribed nodule at 2:00 (7 mm), unchanged.\n'
                  'Overall assessment: BI-RADS 3 - Probably benign.\n'
                  'Per breast: Right 2 (9:00, 11:00). Left 1 (2:00).\n'
                  'Follow-up ultrasound in 12 months to complete 24 months of stability.\n'),
                 '3 3', id='d08'),
    pytest.param(('BREAST MRI BILATERAL - 6-month follow-up\n'
                  'Prior MRI 11/2025 (this department):\n'
                  'Overall assessment: BI-RADS 3\n'
                  'Per breast: Left 3 (5 mm enhancing focus at 2:00). Right 1 (negative).'
                  '\n'
                  'Current examination:\n'
                  'Left breast: the 2:00 focus is no longer seen. Right breast: no suspic'
                  'ious enhancement. Background enhancement minimal.\n'
                  'Impression: Negative. BI-RADS 1, both breasts. Return to annual high-r'
                  'isk screening MRI.\n'),
                 '1 1', id='d09'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Findings: Left breast: 10 mm focal asymmetry, upper outer quadrant, po'
                  'sterior depth. Right breast: no suspicious findings.\n'
                  'Overall assessment: BI-RADS 0\n'
                  'Per breast: Right 1 (negative). Left 0 (focal asymmetry; comparison wi'
                  'th outside priors requested).\n'
                  '\n'
                  'ADDENDUM 20/03/2026: The outside priors from 2023 and 2024 have been r'
                  'eceived and reviewed. The left breast focal asymmetry is unchanged ove'
                  'r three years and is benign. Revised assessment: left breast BI-RADS 2'
                  '. Right breast unchanged.\n'),
                 '2 1', id='c11'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  'Clinical information: right breast palpable lump, 6 weeks, enlarging. '
                  'Note: left breast ultrasound at a private clinic, report brought by th'
                  'e patient, "BI-RADS 2, simple cysts".\n'
                  "Findings: At 10 o'clock, 5 cm from the nipple, an irregular hypoechoic"
                  ' mass 12 x 9 mm with microlobulated margins, non-parallel. Right axill'
                  'a: normal nodes.\n'
                  'Impression: Suspicious right breast mass. BI-RADS 4A. US-guided biopsy'
                  ' recommended.\n'),
                 '- 4A', id='e01'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM, LEFT\n'
                  'Indication: recall from the mobile screening unit for a left breast as'
                  'ymmetry. Note: reported by the mobile unit as BI-RADS 0, left breast.\n'
                  'Findings: Spot compression CC and MLO views of the left upper outer qu'
                  'adrant show normal dispersing fibroglandular tissue. No persistent asy'
                  'mmetry, mass or calcification.\n'
                  'Impression: No abnormality; the asymmetry was summation of normal tiss'
                  'ue. BI-RADS 1 - Negative. Return to routine screening.\n'),
                 '1 -', id='e02'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  "Reason for examination: left breast lump at 3 o'clock felt by the pati"
                  'ent. Note: she brought her own copy of an outside right breast ultraso'
                  'und, BI-RADS 4A, core biopsy benign.\n'
                  "Findings: At the site of concern, left 3 o'clock, a simple cyst 11 mm,"
                  ' anechoic with posterior enhancement. No solid lesion.\n'
                  'Impression: Simple cyst corresponding to the palpable lump. BI-RADS 2.'
                  '\n'),
                 '2 -', id='e03',
                 marks=pytest.mark.xfail(strict=True, reason=("review e03 (rule 3 ('Note:' run in after the clini"
                                                          "cal information's sentence stays history)): read '"
                                                          "2 4A'; under-reach outside these rules: 'Reason fo"
                                                          "r examination:' is no history heading (only 'Reaso"
                                                          "n for exam'), so the note's outside right breast '"
                                                          "BI-RADS 4A' stays read as today's; with 'Reason fo"
                                                          "r exam:' it reads 2 -"))),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'Clinical details: right breast pain, cyclical, 2 months. Note: she say'
                  's her left breast was BI-RADS 3 at the other hospital; images not avai'
                  'lable to us.\n'
                  'Right breast: normal fibroglandular tissue, no focal lesion at the sit'
                  'e of pain (upper outer quadrant). Normal axilla.\n'
                  'Conclusion: Normal right breast ultrasound. BI-RADS 1. Reassured.\n'),
                 '- 1', id='e04'),
    pytest.param(('SCREENING MAMMOGRAM BILATERAL\n'
                  'Indication: annual screening, 55-year-old. Note: outside ultrasound of'
                  ' the right breast, BI-RADS 3, with 6-month follow-up advised by that c'
                  'linic.\n'
                  'Breast composition: almost entirely fatty.\n'
                  'Findings: No mass, no suspicious calcifications, no architectural dist'
                  'ortion in either breast.\n'
                  'Impression: Negative. BI-RADS 1, both breasts.\n'),
                 '1 1', id='e05'),
    pytest.param(('MAMMOGRAM AND ULTRASOUND RIGHT BREAST\n'
                  'Clinical information: hard right breast mass, 2 months, skin tethering'
                  '. NOTE: left breast ultrasound last month at another facility, "BI-RAD'
                  'S 2" on the patient\'s copy.\n'
                  'Right breast: 28 mm spiculated mass at 11:00 with skin thickening; ult'
                  'rasound shows an irregular shadowing mass 27 mm. Abnormal right axilla'
                  'ry node, cortex 6 mm.\n'
                  'Impression: Highly suggestive of malignancy, right breast. BI-RADS 5. '
                  'Biopsy of the mass and node arranged.\n'),
                 '- 5', id='e06'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'History: left breast lump, 3 weeks. Notes: right breast MRI at the can'
                  'cer centre, BI-RADS 4B, biopsy pending there.\n'
                  "Findings: Left breast 2 o'clock, at the palpable site: oval circumscri"
                  'bed hypoechoic mass 8 x 5 mm, parallel, with a thin echogenic capsule.'
                  ' No other lesion.\n'
                  'Impression: Benign-appearing mass consistent with a fibroadenoma. BI-R'
                  'ADS 2.\n'),
                 '2 -', id='e07'),
    pytest.param(('US RIGHT BREAST (targeted)\n'
                  "Clinical info: R breast lump 9 o'clock. Note: L breast mammo at outsid"
                  'e practice, "BIRADS 1" per pt.\n'
                  'Findings: R 9:00 irregular hypoechoic mass 10 mm, angular margins, int'
                  'ernal vascularity. R axilla normal.\n'
                  'IMP: Suspicious mass R breast 9:00. BIRADS 4B. Core biopsy booked.\n'),
                 '- 4B', id='e08'),
    pytest.param(('BREAST ULTRASOUND, LEFT\n'
                  'Clinical history: left breast nipple discharge, bloody, single duct. N'
                  'ote: right breast was assessed at a private clinic as category 3 (cyst'
                  '), no follow-up done.\n'
                  'Findings: left retroareolar dilated duct 3 mm containing an 8 mm intra'
                  'ductal mass with internal flow.\n'
                  'Impression: intraductal mass, left breast, BI-RADS 4C; ultrasound-guid'
                  'ed vacuum biopsy recommended.\n'),
                 '4C -', id='e09'),
    pytest.param(("ULTRASOUND LEFT BREAST (and right at patient's request)\n"
                  'Clinical information: left breast lump, 1 month.\n'
                  "Note: The right breast was also scanned at the patient's request: no f"
                  'ocal lesion, BI-RADS 1.\n'
                  "Findings: Left 1 o'clock: irregular hypoechoic mass 9 mm, non-parallel"
                  ', angular margins. Left axilla normal.\n'
                  'Impression: Suspicious left breast mass, BI-RADS 4A. Core biopsy advis'
                  'ed.\n'),
                 '4A 1', id='f01'),
    pytest.param(('US RIGHT BREAST. Indication: 6-month follow-up of a right breast BI-RA'
                  "DS 3 nodule at 9 o'clock. Note: compared with two prior studies. The n"
                  'odule measures 7 x 4 mm, unchanged in size and shape over 24 months, o'
                  'val and circumscribed. BI-RADS 2, return to routine screening.\n'
                  'Dr H. Kowalczyk\n'),
                 '- 2', id='f02'),
    pytest.param(('MAMMOGRAM SCREENING BILATERAL\n'
                  'Clinical information: 52F, routine screening. Note: bilateral subpecto'
                  'ral implants, implant-displaced views obtained.\n'
                  'Scattered fibroglandular densities. Both implants appear intact.\n'
                  'No suspicious mass, calcification or distortion in either breast.\n'
                  'BI-RADS 1 - Negative. Routine screening in 1 year.\n'),
                 '1 1', id='f03'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  'Reason for referral: left breast lump found by the GP. Note: targeted '
                  'ultrasound of the lump performed today shows a simple cyst 14 mm at 3 '
                  "o'clock, BI-RADS 2.\n"
                  'Aspiration was not required. Reassured and discharged.\n'
                  'Dr P. Ranasinghe, Radiologist\n'),
                 '2 -', id='f04'),
    pytest.param(("LEFT BREAST ULTRASOUND (+ right at patient's request)\n"
                  'Clinical information: left breast lump, 5 weeks. Note: right breast al'
                  "so scanned today at the patient's request - normal, BI-RADS 1.\n"
                  "Findings: Left 2 o'clock, 5 cm FN: irregular hypoechoic mass 11 mm, no"
                  'n-parallel, indistinct margins. Left axillary nodes normal.\n'
                  'Impression: Suspicious left breast mass. BI-RADS 4A. Ultrasound-guided'
                  ' core biopsy arranged.\n'),
                 '4A 1', id='f05'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  'History: left breast lump. Note: marker placed on the skin over the lu'
                  "mp. Findings: at the marker, 3 o'clock, an oval circumscribed hypoecho"
                  'ic nodule 9 x 5 mm, parallel, no flow.\n'
                  'Impression: Probably benign nodule, likely fibroadenoma. BI-RADS 3. Fo'
                  'llow-up ultrasound in 6 months.\n'),
                 '3 -', id='f06'),
    pytest.param(('MAMMOGRAM LEFT DIAGNOSTIC\n'
                  'Indication: left breast calcifications on screening.\n'
                  'Findings: Magnification views show a 6 mm cluster of fine pleomorphic '
                  'calcifications at 12:00, middle depth.\n'
                  'Impression: Suspicious calcifications, left breast. BI-RADS 4B. Note: '
                  'results discussed with the patient; stereotactic biopsy booked for nex'
                  't week.\n'),
                 '4B -', id='f07'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Comparison: none. Note: first mammogram, no priors available.\n'
                  'The breasts are heterogeneously dense, which may obscure small masses.'
                  '\n'
                  'No mass, suspicious calcification or architectural distortion.\n'
                  'BI-RADS 1: Negative.\n'),
                 '1 1', id='f08'),
    pytest.param(('Breast clinic ultrasound service - point-of-care scan, 14/05/2026\n'
                  'US L BREAST\n'
                  'Clinical information: lump L breast, 34F, noticed in the shower 2 week'
                  's ago. Note: L 2:00 oval circumscribed parallel nodule 8 mm, no flow, '
                  'fits fibroadenoma; BI-RADS 3, rescan 6 months.\n'
                  'Dr A. Farouk\n'),
                 '3 -', id='f09'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL, 2D + TOMOSYNTHESIS\n'
                  'Date: 12/04/2026\n'
                  'Comparison: 03/2025, 02/2024.\n'
                  'Breast composition: scattered areas of fibroglandular density (B).\n'
                  'Findings: No suspicious mass, calcifications or architectural distorti'
                  'on in either breast. Skin and nipples normal.\n'
                  'Impression: Negative.\n'
                  'BI-RADS 1 - Negative. Recommend annual screening mammography.\n'),
                 '1 1', id='o01'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  "Indication: 44-year-old with a palpable left breast lump at 3 o'clock."
                  '\n'
                  "Findings: At 3 o'clock, 3 cm from the nipple, there is an irregular hy"
                  'poechoic mass measuring 14 x 11 x 10 mm with indistinct margins and po'
                  'sterior shadowing, non-parallel orientation. Internal vascularity on D'
                  'oppler. Left axillary lymph nodes are normal.\n'
                  "Impression: Suspicious mass left breast at 3 o'clock.\n"
                  'BI-RADS 4B. Ultrasound-guided core biopsy recommended.\n'),
                 '4B -', id='o02'),
    pytest.param(('MRI BREASTS BILATERAL WITH CONTRAST\n'
                  'Indication: high-risk screening (BRCA1 carrier).\n'
                  'Comparison: MRI 04/2025.\n'
                  'Background parenchymal enhancement: mild, symmetric.\n'
                  'Right breast: new 6 mm oval enhancing mass at 8:00, circumscribed, per'
                  'sistent kinetics.\n'
                  'Left breast: stable 4 mm intramammary lymph node at 3:00.\n'
                  'Impression:\n'
                  'Right breast: probably benign new mass. BI-RADS 3. Short-interval MRI '
                  'in 6 months.\n'
                  'Left breast: benign. BI-RADS 2.\n'),
                 '2 3', id='o03'),
    pytest.param(('Breast ultrasound (right) - Queen Elizabeth Hospital Breast Unit\n'
                  'Clinical details: 31-year-old, right breast lump, 2 months.\n'
                  "Findings: Right breast 10 o'clock: oval well-circumscribed hypoechoic "
                  'lesion 15 x 9 mm, parallel to the skin, no posterior features, consist'
                  'ent with a fibroadenoma.\n'
                  'Conclusion: Probable fibroadenoma, right breast. U3, BI-RADS 3. Core b'
                  "iopsy for histological confirmation at patient's preference.\n"),
                 '- 3', id='o04'),
    pytest.param(('Radiologische Praxis am Markt - bilateral mammography and ultrasound ('
                  'English translation)\n'
                  'Indication: early detection, family history (mother, 62).\n'
                  'Mammography: ACR density C. Right breast: coarse calcification in the '
                  'upper outer quadrant, stable since 2023. Left breast: no findings.\n'
                  'Ultrasound: no focal lesions bilaterally. Axillae unremarkable.\n'
                  'Assessment:\n'
                  'Right breast: BI-RADS 2.\n'
                  'Left breast: BI-RADS 1.\n'
                  'Recommendation: routine follow-up in 12 months.\n'),
                 '1 2', id='o05'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
