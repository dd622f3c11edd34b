"""Review rfinal10: the stop's final measurement review of its radiology rules (82dc858, the stop's start -> f4ea357).

121 texts written and labelled from the guide before either revision ran (91 aimed at the eight rules of the stop, 53 of
them near misses: an aside before a translated heading's gloss, a one-sided decision line, a corrected consensus run in,
a side's paragraph closed by its own assessment line, a revision's gloss "the BI-RADS classification is revised to N",
a French "n'a pas été examiné", a quote after a dated last exam, one side's final assessment run in; 30 ordinary whole
reports, every one read as at the stop's start). At f4ea357: 79 both right, 29 newly right, 4 over-reaches, 9 both
wrong. After the narrowing (one-sided decision line: not an earlier round's, a row carrying its own year before the
document's or under a "Previous / prior round / for comparison" line; a cell of the other side in words, "R: negative",
makes the record two-sided; revision: none where "if / when / should / unless / once" opens the sentence's condition
before it, in the new and the older wording; side paragraphs: also "RT BREAST:" / "LT BREAST:" headers) every
over-reach reads as labelled, and so do p03 (older conditional revision) and i05 (RT / LT BREAST headers): 114 right,
7 wrong.

Right texts pass; wrong ones are strict xfails whose reason says why (older behaviour or a gap no narrow rule takes)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('EXAM: SCREENING MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS\n'
                  'CLINICAL HISTORY: 47-year-old female, routine annual screening. No sym'
                  'ptoms.\n'
                  'COMPARISON: 01/2025, 12/2023.\n'
                  'BREAST COMPOSITION: The breasts are heterogeneously dense, which may o'
                  'bscure small masses.\n'
                  'FINDINGS: No suspicious mass, calcifications, or architectural distort'
                  'ion in either breast.\n'
                  'IMPRESSION: No mammographic evidence of malignancy.\n'
                  'BI-RADS Category 1: Negative.\n'
                  'RECOMMENDATION: Annual screening mammogram.'),
                 '1 1', id='o01'),
    pytest.param(('Mammography (NHS Breast Screening Programme, Assessment Centre, Leeds)'
                  '\n'
                  'Bilateral 2-view mammograms.\n'
                  'Right: U2 - benign calcified fibroadenoma.\n'
                  'Left: U1.\n'
                  'Overall: M2. Return to routine screening.\n'
                  'Equivalent BI-RADS for the database: right 2, left 1.'),
                 '1 2', id='o02'),
    pytest.param(('US R breast. Hx 34F palp lump R 9:00.\n'
                  'R 9:00 4cm FN: 11x6x8mm oval, circumscribed, parallel, hypoechoic, no '
                  'flow. ?FA.\n'
                  'L not scanned.\n'
                  'BI-RADS 3. FU US 6/12.\n'
                  'Dr S. Mbeki (breast imaging fellow), checked by Dr T. Ayodele. Pt info'
                  'rmed of results and plan in the clinic room.'),
                 '- 3', id='o03'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM AND LEFT BREAST ULTRASOUND\n'
                  'Indication: 55F, new palpable lump left breast upper outer quadrant.\n'
                  'Mammogram: fatty breasts. Right breast unremarkable. In the left upper'
                  ' outer quadrant there is an 11 mm obscured mass.\n'
                  "Ultrasound left breast 2 o'clock 6 cm FN: 10 x 9 mm irregular hypoecho"
                  'ic mass with indistinct margins.\n'
                  'IMPRESSION:\n'
                  'Right breast: BI-RADS 1 - Negative.\n'
                  'Left breast: BI-RADS 4A - Low suspicion for malignancy. US-guided core'
                  ' biopsy recommended.'),
                 '4A 1', id='o04'),
    pytest.param(('RIGHT BREAST:\n'
                  'Scattered areas of fibroglandular density. No suspicious findings.\n'
                  '\n'
                  'LEFT BREAST:\n'
                  "Scattered areas of fibroglandular density. A 6 mm simple cyst at 3 o'c"
                  'lock on ultrasound.\n'
                  '\n'
                  'IMPRESSION: Right breast negative (BI-RADS 1). Left breast benign cyst'
                  ' (BI-RADS 2).\n'
                  'Recommendation: routine annual screening.'),
                 '2 1', id='o05'),
    pytest.param(('Screening mammogram, bilateral. 2026-02-11.\n'
                  'History: 62F. Prior left lumpectomy 2015.\n'
                  "Findings: new 7 mm mass right breast 10 o'clock posterior depth, CC vi"
                  'ew only. Left: new asymmetry at lumpectomy site on MLO.\n'
                  'Assessment: BI-RADS 0 - Incomplete. Need additional imaging evaluation'
                  '.\n'
                  'Recall for diagnostic mammogram and bilateral ultrasound.'),
                 '0 0', id='o06'),
    pytest.param(('Left breast diagnostic ultrasound and mammogram.\n'
                  'Clinical: 68F, hard fixed left breast mass, nipple retraction.\n'
                  "Mammogram left breast: 28 mm spiculated high-density mass at 12 o'cloc"
                  'k with associated fine linear branching calcifications.\n'
                  'Ultrasound: 27 mm irregular hypoechoic mass, non-parallel, angular mar'
                  'gins. Abnormal left axillary node, cortex 6 mm.\n'
                  'IMPRESSION: Highly suggestive of malignancy. BI-RADS 5.\n'
                  'Plan: US-guided biopsy of mass and axillary node today.'),
                 '5 -', id='o07'),
    pytest.param(('BREAST MRI - PRE-OPERATIVE STAGING\n'
                  "Indication: biopsy-proven invasive ductal carcinoma left breast 2 o'cl"
                  'ock (core biopsy 14/01/2026).\n'
                  'Findings: Left: 19 mm irregular enhancing mass with washout at the bio'
                  'psy clip, known malignancy. No additional lesion.\n'
                  'Right: benign-appearing 5 mm intramammary lymph node.\n'
                  'ASSESSMENT: Left breast BI-RADS 6 - Known biopsy-proven malignancy. Ri'
                  'ght breast BI-RADS 2 - Benign.'),
                 '6 2', id='o08'),
    pytest.param(('Bilateral breast ultrasound, 10 February 2026.\n'
                  'Reason: diffuse breast pain.\n'
                  'Both breasts show multiple small simple cysts, the largest 9 mm in the'
                  " right breast at 11 o'clock and 7 mm in the left breast at 4 o'clock. "
                  'No solid lesion.\n'
                  'Conclusion: benign cystic change, BI-RADS 2. No follow-up imaging need'
                  'ed.'),
                 '2 2', id='o09'),
    pytest.param(('This is Dr Haverford dictating a screening mammogram for Ms Delgado, d'
                  'ate of service February 3rd 2026. Bilateral CC and MLO views with tomo'
                  '. Comparison February 2025. The breasts are almost entirely fatty. The'
                  're is no mass, no suspicious calcification, no distortion. Impression '
                  'negative mammogram, BI-RADS one. Recommend annual screening. End of di'
                  'ctation.'),
                 '1 1', id='o10'),
    pytest.param(('ADDENDUM 06/02/2026 - diagnostic mammogram of 02/02/2026\n'
                  'Original impression: Right breast: benign calcifications, BI-RADS 2. L'
                  "eft breast: 5 mm oval mass at 1 o'clock, BI-RADS 0 pending ultrasound."
                  '\n'
                  "Ultrasound correlation: the left 1 o'clock mass is a 5 mm oval circums"
                  'cribed solid nodule, parallel, probable fibroadenoma.\n'
                  'Revised impression: Left breast BI-RADS 3, 6-month follow-up. Right br'
                  'east unchanged, BI-RADS 2.'),
                 '3 2', id='o11',
                 marks=pytest.mark.xfail(strict=True, reason=("review o11 (ordinary): read '0 2'; older behaviour"
                                                          ": 'Revised impression: Left breast BI-RADS 3' in a"
                                                          "n addendum does not replace the original 'BI-RADS "
                                                          "0'."))),
    pytest.param(('MAMMOGRAPHY REPORT\n'
                  'Procedure: bilateral screening mammography with CAD.\n'
                  'Density: B (scattered fibroglandular).\n'
                  'Findings: Skin, nipples and axillae normal. No dominant mass, clustere'
                  'd microcalcification or distortion.\n'
                  'Comparison with 2024 shows no change.\n'
                  'Conclusion: Negative. Category: Negative.\n'
                  'Next screening in 2 years.'),
                 '1 1', id='o12'),
    pytest.param(('Bilateral screening mammogram, 2026.\n'
                  'Clinical history: "Ultrasound 2023 at outside hospital: left breast fi'
                  'broadenoma, BI-RADS 3; follow-up completed, stable."\n'
                  'Findings: scattered fibroglandular densities. Stable benign-appearing '
                  'oval mass left breast.\n'
                  'Report to follow after comparison with outside images.'),
                 '- -', id='o13'),
    pytest.param(('Diagnostic mammography and ultrasound, right breast, with left compari'
                  'son views.\n'
                  'Right breast: a 9 mm cluster of fine pleomorphic calcifications at 11 '
                  "o'clock, middle depth, new.\n"
                  'Left breast: benign vascular calcifications.\n'
                  'IMPRESSION:\n'
                  '1. Right breast suspicious calcifications - BI-RADS 4B. Stereotactic b'
                  'iopsy recommended.\n'
                  '2. Left breast benign findings - BI-RADS 2.'),
                 '2 4B', id='o14'),
    pytest.param(('Breast screening report - Terse format\n'
                  'MG bilat 2V. Dens C. NAD. Cf 2024 stable. BI-RADS 1 bilat. Rtn 1y.\n'
                  'Reporting radiologist: Dr A. Kwame, consultant breast radiologist. Sec'
                  'ond reader concordant. Letter sent to client and GP on 09/02/2026.'),
                 '1 1', id='o15'),
    pytest.param(('Breast ultrasound, left, with mammogram both breasts.\n'
                  "Left breast 1 o'clock 3 cm FN: 7 x 4 mm oval, circumscribed, hypoechoi"
                  'c, parallel mass, consistent with probable fibroadenoma. Right breast '
                  'mammographically normal.\n'
                  'Assessment:\n'
                  'Left: BI-RADS 3 - Probably benign. Short-interval follow-up in 6 month'
                  's.\n'
                  'Right: BI-RADS 1 - Negative.'),
                 '3 1', id='o16'),
    pytest.param(('Post-operative mammogram following left breast-conserving surgery 2024'
                  ' and radiotherapy.\n'
                  'Left: post-surgical distortion and skin thickening, decreasing. Fat ne'
                  'crosis with oil cyst and dystrophic calcification at the scar.\n'
                  'Right: unremarkable.\n'
                  'Conclusion: expected post-treatment changes. BI-RADS 2. Annual mammogr'
                  'aphy.'),
                 '2 2', id='o17',
                 marks=pytest.mark.xfail(strict=True, reason=("review o17 (ordinary): read '- 2'; older behaviour"
                                                          ': post-conservation left breast (lumpectomy 2024) '
                                                          "treated as not imaged / removed; its 'BI-RADS 2' a"
                                                          'pplies to the right only.'))),
    pytest.param(('BREAST IMAGING REPORT\n'
                  'Exam: Diagnostic bilateral mammogram and left breast ultrasound\n'
                  'Clinical indication: Left nipple bloody discharge.\n'
                  'Findings: Mammogram: right breast normal. Left: linear segmental fine '
                  'calcifications over 25 mm retroareolar.\n'
                  "Ultrasound: dilated duct with intraductal solid component at 12 o'cloc"
                  'k subareolar.\n'
                  'Final assessment: Right breast: BI-RADS 1. Left breast: BI-RADS 4C.\n'
                  'Recommendation: stereotactic vacuum-assisted biopsy.'),
                 '4C 1', id='o18'),
    pytest.param(('Right breast ultrasound, 2026-01-28.\n'
                  "Indication: follow-up of right 8 o'clock mass (BI-RADS 3 in 2024, 2 ye"
                  'ars of stability).\n'
                  'Findings: the 6 mm oval circumscribed mass is unchanged over 24 months'
                  '.\n'
                  'Impression: benign, stable fibroadenoma. BI-RADS 2. Return to routine '
                  'screening.'),
                 '- 2', id='o19'),
    pytest.param(('SCREENING MAMMOGRAM\n'
                  'History: 71F, routine. Bilateral breast implants (subglandular), impla'
                  'nt-displaced views obtained.\n'
                  'Findings: intact implants. Benign calcified oil cysts bilaterally. No '
                  'suspicious mass or calcifications.\n'
                  'IMPRESSION: BENIGN. BI-RADS 2.'),
                 '2 2', id='o20'),
    pytest.param(('Bilateral screening mammography, 22/01/2026 (UK, U-scores).\n'
                  'R: U1\n'
                  'L: U3 - 8 mm indeterminate mass lower inner quadrant.\n'
                  'Recall to assessment for the left breast. BI-RADS equivalents: R 1, L '
                  '0.\n'
                  'Read by Dr M. Fenwick and Dr J. Osei (double reading, concordant).'),
                 '0 1', id='o21'),
    pytest.param(('MRI-guided biopsy planning note - right breast.\n'
                  "Prior MRI 12/01/2026: 9 mm non-mass enhancement right 10 o'clock, BI-R"
                  'ADS 4A; no ultrasound correlate.\n'
                  'Today: targeting scan confirms the enhancement; biopsy performed with '
                  '9G vacuum device; clip placed.\n'
                  'Assessment remains BI-RADS 4A pending pathology.'),
                 '- 4A', id='o22'),
    pytest.param(('Bilateral screening mammography. 12/02/2026. 50F.\n'
                  'Breast density: ACR C.\n'
                  'No suspicious abnormality in either breast.\n'
                  'BI-RADS: 1.\n'
                  'Recommendation: continue annual screening; supplemental ultrasound may'
                  ' be considered given dense tissue.\n'
                  'Dr R. Okafor, MD'),
                 '1 1', id='o23'),
    pytest.param(('Left breast ultrasound - targeted, 02/03/2026.\n'
                  'History: right mastectomy 2019 for DCIS; now a left breast lump notice'
                  'd by the patient.\n'
                  "Left breast 3 o'clock: 5 mm lymph node with fatty hilum, normal morpho"
                  'logy, corresponding to the palpable area.\n'
                  'IMPRESSION: Benign intramammary lymph node. BI-RADS 2.'),
                 '2 -', id='o24'),
    pytest.param(('SCREENING MAMMOGRAM - INCOMPLETE\n'
                  'Right breast: no suspicious findings.\n'
                  'Left breast: possible mass in the upper outer quadrant seen on the MLO'
                  ' view only.\n'
                  'ASSESSMENT: Right breast: Negative. Left breast: Incomplete - addition'
                  'al imaging needed.'),
                 '0 1', id='o25'),
    pytest.param(('Breast MRI (high-risk screening, BRCA1), 05/02/2026.\n'
                  'Background parenchymal enhancement: moderate, symmetric.\n'
                  "Right: 4 mm focus at 6 o'clock, new, T2 bright, persistent. Left: 5 mm"
                  " focus 11 o'clock, new, similar features.\n"
                  'Impression: bilateral probably benign foci. BI-RADS 3, 6-month follow-'
                  'up MRI.'),
                 '3 3', id='o26'),
    pytest.param(('Diagnostic mammogram and ultrasound (Clínica Alemana, translated)\n'
                  'Mama derecha [right breast]: sin hallazgos. BI-RADS 1.\n'
                  'Mama izquierda [left breast]: quiste simple de 12 mm a las 3. BI-RADS '
                  '2.\n'
                  'Conclusión: hallazgos benignos.'),
                 '2 1', id='o27'),
    pytest.param(('Left breast screening recall assessment 11/02/2026.\n'
                  'Spot compression and ultrasound of the left breast were performed for '
                  'the screen-detected asymmetry.\n'
                  'Findings: persistent 7 mm irregular mass posterior depth with hypoecho'
                  "ic ultrasound correlate at 4 o'clock, left breast.\n"
                  'IMPRESSION: Suspicious abnormality. BI-RADS 4A. Ultrasound-guided core'
                  ' biopsy.'),
                 '4A -', id='o28'),
    pytest.param(('Addendum to mammogram of 19/01/2026.\n'
                  'The report above stated BI-RADS 1 for both breasts. On review with the'
                  ' 2024 ultrasound, the right breast 4 mm oval mass is a known stable cy'
                  'st. The BI-RADS category for the right breast is changed to 2. Left br'
                  'east remains BI-RADS 1.'),
                 '1 2', id='o29'),
    pytest.param(('ULTRASOUND BOTH BREASTS (dictated, voice recognition)\n'
                  'Clinical: bilateral nodularity.\n'
                  'Right breast: fibrocystic change, 3 mm cysts. Left breast: fibrocystic'
                  " change, 5 mm cyst at 2 o'clock.\n"
                  'Impression: fibrocystic change bilaterally, BI-RADS 2 benign.'),
                 '2 2', id='o30'),
    pytest.param(('برنامج الكشف المبكر عن سرطان الثدي - مستشفى الملك فهد [BREAST SCREENIN'
                  'G PROGRAMME - King Fahd Hospital]\n'
                  'Translated record. Exam date: 03/02/2026. Bilateral mammography, 4 vie'
                  'ws.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'Left breast recalled for a focal asymmetry, upper outer quadrant.\n'
                  'النتيجة النهائية للتصوير (بعد الاستدعاء) [FINAL IMAGING OUTCOME (after'
                  ' recall)]\n'
                  'R: 1\n'
                  'L: 2 (benign)\n'
                  'Spot compression and ultrasound: summation artefact and a 4 mm simple '
                  'cyst.'),
                 '2 1', id='a01'),
    pytest.param(('Центр маммологического скрининга, г. Казань [Breast screening centre, '
                  'Kazan]\n'
                  'Translated screening record, 12.01.2026. Mammography both breasts.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'ИТОГОВЫЙ РЕЗУЛЬТАТ (после дообследования) [FINAL IMAGING OUTCOME (afte'
                  'r work-up)]\n'
                  'R: 1\n'
                  'L: 4B (biopsy)\n'
                  "Assessment clinic: 11 mm irregular hypoechoic mass left breast 2 o'clo"
                  'ck, core biopsy arranged.'),
                 '4B 1', id='a02'),
    pytest.param(('מכון שד - המרכז הרפואי רבין [Breast Institute - Rabin Medical Center]\n'
                  'Screening mammography record (translated from Hebrew). Date 22/01/2026'
                  '.\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 0   L: 1\n'
                  'CONSENSUS / FINAL: R: 0   L: 1\n'
                  'תוצאה סופית (אחרי בירור) [FINAL IMAGING OUTCOME (after work-up)]\n'
                  'R: 3 (probably benign)\n'
                  'L: 1\n'
                  'Right breast: well-circumscribed oval mass 7 mm, likely fibroadenoma; '
                  '6-month follow-up.'),
                 '1 3', id='a03'),
    pytest.param(('برنامج الكشف المبكر - مستشفى حمد [Early detection programme - Hamad Ho'
                  'spital]\n'
                  'Translated record, 09/02/2026. Bilateral screening mammography.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'النتيجة النهائية للتصوير (بعد التقييم)\n'
                  'Outcome not yet available - patient booked for assessment clinic 16/02'
                  '/2026.\n'
                  'Recall letter sent.'),
                 '0 1', id='a04'),
    pytest.param(('برنامج فحص الثدي [BREAST SCREENING PROGRAMME]\n'
                  'Translated record, 14/01/2026. Mammography, both breasts.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'النتيجة النهائية (الآفات المأخوذ منها خزعة) [FINAL OUTCOME (lesions bi'
                  'opsied)]\n'
                  'Awaiting pathology; to be entered by the assessment team.'),
                 '0 1', id='a05'),
    pytest.param(('Translated screening record (Arabic original), 05/03/2026.\n'
                  'نتيجة الجولة السابقة (2023) [PREVIOUS ROUND RESULT (2023)]\n'
                  'R: 1\n'
                  'L: 1\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'Left breast: new 6 mm cluster of amorphous calcifications, lower inner'
                  ' quadrant. Recall for magnification views.'),
                 '0 1', id='a06'),
    pytest.param(('Κέντρο Μαστού Αθηνών [Athens Breast Centre] - translated screening rec'
                  'ord, 18/02/2026\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 0   L: 1\n'
                  'CONSENSUS / FINAL: R: 0   L: 1\n'
                  'ΤΕΛΙΚΟ ΑΠΟΤΕΛΕΣΜΑ (μετά τον έλεγχο) [FINAL IMAGING OUTCOME (after work'
                  '-up)]\n'
                  'R: 2 (benign)\n'
                  'L: 1\n'
                  'Right breast recall: oil cyst at the site of previous reduction scar, '
                  'benign.'),
                 '1 2', id='a07'),
    pytest.param(('NORTH COAST BREASTSCREEN - DOUBLE READING RECORD\n'
                  'Client: 58F. Screening round 6. 02/2026.\n'
                  'RIGHT breast only (CC + MLO). Left breast not imaged (mastectomy 2020,'
                  ' no reconstruction).\n'
                  'READER 1: R: 2\n'
                  'READER 2: R: 2\n'
                  'CONSENSUS / FINAL: R: 2 (benign)\n'
                  'Stable benign calcified fibroadenoma right upper outer quadrant. Routi'
                  'ne recall 2 years.'),
                 '- 2', id='b01'),
    pytest.param(('Regional Screening Service - Reading Sheet\n'
                  'LEFT breast only; right breast not imaged (right mastectomy 2017).\n'
                  'READER 1: L: 0\n'
                  'READER 2: L: 0\n'
                  'ARBITRATION: L: 0\n'
                  'Assessment clinic 11/02/2026:\n'
                  'FINAL DECISION: L: 4A (suspicious)\n'
                  "Ultrasound: 8 mm indistinct hypoechoic mass at 1 o'clock. US-guided co"
                  're biopsy.'),
                 '4A -', id='b02'),
    pytest.param(('Screening Reading Record - West Valley Imaging\n'
                  'Bilateral 2D + tomosynthesis, 20/01/2026.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 1\n'
                  'ARBITRATION: L: 0 (recall)\n'
                  'Arbitrator notes: developing asymmetry left lower inner quadrant on to'
                  'mo slices 22-26, recall for assessment.'),
                 '0 1', id='b03'),
    pytest.param(('BreastCheck double-read log, 28/01/2026, bilateral mammography.\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 0 (recall)\n'
                  '                   L: 0 (recall)\n'
                  "Both breasts recalled: right architectural distortion 12 o'clock; left"
                  ' new 9 mm mass upper outer quadrant.'),
                 '0 0', id='b04'),
    pytest.param(('Screening record (double reading), Clinique des Vosges, 04/02/2026 - t'
                  'ranslated\n'
                  'Both breasts, 2 views each.\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 0   L: 1\n'
                  'CONSENSUS / FINAL: R: 0   L: 1\n'
                  'Assessment clinic outcome 18/02/2026:\n'
                  'FINAL DECISION: R: 3 (probably benign)\n'
                  'Right: 6 mm circumscribed oval mass on ultrasound, probable fibroadeno'
                  'ma, 6-month follow-up.'),
                 '1 3', id='b05'),
    pytest.param(('Breast screening double read, 10/02/2026.\n'
                  'RIGHT breast only - left breast not imaged (left mastectomy 2019).\n'
                  'READER 1: R: 2\n'
                  'READER 2: R: 2\n'
                  'CONSENSUS / FINAL: R: 2 (cyst) - recall for ultrasound\n'
                  'Radiographer comment: patient reports tender lump right breast at 10 o'
                  "'clock."),
                 '- -', id='b06'),
    pytest.param(('Screening record, one breast (right), 16/01/2026. Left breast not imag'
                  'ed - prior mastectomy.\n'
                  'READER 1: R: 1\n'
                  'READER 2: R: 1\n'
                  'CONSENSUS / FINAL: R: 1 (benign)\n'
                  'No suspicious features in the right breast. Routine recall.'),
                 '- -', id='b07'),
    pytest.param(('BreastScreen double reading, 27/01/2026, bilateral.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'Previous round 2024 (for comparison):\n'
                  'CONSENSUS: L: 3 (probably benign)\n'
                  'Left breast focal asymmetry has enlarged since 2024; recall.'),
                 '0 1', id='b08'),
    pytest.param(('Screening Reading - single breast\n'
                  'Right breast only (left mastectomy and radiotherapy 2018).\n'
                  'READER 1: R: 1\n'
                  'READER 2: R: 1\n'
                  'FINAL: R: 1 (negative)\n'
                  'Final comment: L: chest wall not imaged in the screening programme; cl'
                  'inical follow-up by breast surgeon.'),
                 '- 1', id='b09'),
    pytest.param(('Double-read screening record, 03/03/2026. Both breasts imaged.\n'
                  'READER 1: R: 2   L: 0\n'
                  'READER 2: R: 2   L: 0\n'
                  'ARBITRATION: L: 0 (recall) - arbitrator Dr N. Haddad, see notes\n'
                  "Left breast: subtle distortion 11 o'clock on CC only. Recall for tomos"
                  'ynthesis.'),
                 '0 2', id='b10'),
    pytest.param(('Screening double-read sheet (BreastScreen Aotearoa), 06/02/2026, bilat'
                  'eral.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1 (negative)\n'
                  '                   L: 0 (recall)\n'
                  'Assessment 20/02/2026:\n'
                  'FINAL DECISION: L: 2 (benign)\n'
                  'Left: asymmetry resolves on spot views; benign lymph node on ultrasoun'
                  'd.'),
                 '2 1', id='b11'),
    pytest.param(('Screening reading record, 11/02/2026, both breasts imaged.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1 (negative)\n'
                  'Discussion: readers agree left breast recall for a new asymmetry.\n'
                  'L: 0 (recall) entered by the programme clerk 12/02.'),
                 '0 1', id='b12'),
    pytest.param(('Screening record - Lakeshore BreastScreen, 19/01/2026, bilateral.\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 0   L: 1\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'AMENDMENT 21/01/2026: The consensus result above was transposed at dat'
                  'a entry. Amended consensus: R: 0   L: 1. Recall letter re-issued for t'
                  'he right breast.'),
                 '1 0', id='c01'),
    pytest.param(('Double-read screening record, 02/02/2026.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'Addendum (assessment clinic 12/02): Left recall resolved with spot vie'
                  'ws, benign intramammary node. Revised final decision: R: 1   L: 2.'),
                 '2 1', id='c02'),
    pytest.param(('BreastScreen record 25/01/2026 - both breasts.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 0   L: 0\n'
                  'ARBITRATION: R: 1   L: 0\n'
                  'Audit note 30/01/2026: arbitration was entered before the second arbit'
                  "rator's review was complete.\n"
                  'Corrected arbitration: R: 0   L: 0\n'
                  'Both breasts recalled.'),
                 '0 0', id='c03'),
    pytest.param(('Screening record, 14/02/2026, bilateral mammography.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'Note: the letter generator printed the uncorrected consensus. Uncorrec'
                  'ted consensus: R: 0   L: 1 (printed in error, shredded).'),
                 '0 1', id='c04'),
    pytest.param(('Screening record, 17/02/2026.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'Admin: please re-send the corrected consensus letter: R: 1 L: 0 as abo'
                  've; the first letter had the wrong address.'),
                 '0 1', id='c05'),
    pytest.param(('Double-reading record, 08/03/2026, both breasts.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'A data-entry query was raised. Corrected consensus: pending review by '
                  'the programme director.'),
                 '0 1', id='c06'),
    pytest.param(('Screening record, 21/01/2026, both breasts.\n'
                  'Previous round (2023): readers disagreed; consensus entered on the wro'
                  'ng side and amended. Corrected consensus: R: 1   L: 1.\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 0   L: 1\n'
                  'CONSENSUS / FINAL: R: 0   L: 1\n'
                  "Right breast: new spiculated 9 mm mass 10 o'clock. Recall."),
                 '1 0', id='c07'),
    pytest.param(('Screening record - Hill Country Breast Imaging, 09/02/2026.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'Assessment 23/02/2026 - spot compression and US left breast: 5 mm oval'
                  ' circumscribed mass, probable fibroadenoma. Corrected consensus (final'
                  '): R: 1   L: 3.'),
                 '3 1', id='c08',
                 marks=pytest.mark.xfail(strict=True, reason=("review c08 (R3 corrected consensus): read '0 1'; u"
                                                          'nder-reach (R3): "Corrected consensus (final): R: '
                                                          '1   L: 3." - a parenthesis between the words and t'
                                                          'he colon; the guide asks for the colon straight af'
                                                          "ter, so this is the rule's stated limit, but a rad"
                                                          'iologist reads it as the corrected decision.'))),
    pytest.param(('Screening record, 13/01/2026.\n'
                  'READER 1: R: 0   L: 1\n'
                  'READER 2: R: 1   L: 1\n'
                  'CONSENSUS / FINAL: R: 0   L: 1\n'
                  'Correction 15/01/2026 by Dr P. Ruiz; the right recall was the wrong cl'
                  "ient's image set. Corrected consensus: R: 1   L: 1. No recall needed."),
                 '1 1', id='c09'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM AND ULTRASOUND, BILATERAL\n'
                  'Indication: palpable left breast lump.\n'
                  '\n'
                  'RIGHT BREAST:\n'
                  'Scattered fibroglandular density. Stable benign-appearing calcificatio'
                  'ns.\n'
                  'Assessment: BI-RADS 2 - Benign.\n'
                  '\n'
                  'LEFT BREAST:\n'
                  "At 3 o'clock, 5 cm FN, a 14 mm irregular hypoechoic mass with angular "
                  'margins corresponding to the palpable finding.\n'
                  'Assessment: BI-RADS 4B - Moderate suspicion for malignancy.\n'
                  '\n'
                  'Recommendation: US-guided core biopsy left breast.'),
                 '4B 2', id='d01'),
    pytest.param(('Breast MRI - Lakeside Medical Imaging\n'
                  'Right:\n'
                  'Minimal background parenchymal enhancement. 6 mm oval circumscribed en'
                  "hancing focus at 7 o'clock, persistent kinetics.\n"
                  'Assessment: BI-RADS 3 - Probably benign.\n'
                  'Left:\n'
                  'No suspicious enhancement.\n'
                  'Assessment: BI-RADS 1 - Negative.\n'
                  'Recommendation: 6-month follow-up MRI for the right breast.'),
                 '1 3', id='d02',
                 marks=pytest.mark.xfail(strict=True, reason=("review d02 (R4 side paragraph): read '- 3'; under-"
                                                          'reach (R4) + older behaviour: "Right:" / "Left:" p'
                                                          'aragraphs typed with no blank line between; _side_'
                                                          'paragraph_assessment returns False when the line a'
                                                          'bove the header is not blank, though the guide doe'
                                                          "s not ask for a blank line. The left paragraph's '"
                                                          "Assessment: BI-RADS 1' is not read at all (old too"
                                                          ').'))),
    pytest.param(('RIGHT BREAST DIAGNOSTIC ULTRASOUND (left breast not imaged today)\n'
                  'History: right breast lump for 3 weeks.\n'
                  '\n'
                  'RIGHT BREAST\n'
                  "At 11 o'clock 4 cm from the nipple an 8 mm oval hypoechoic mass with i"
                  'ndistinct margins, not parallel.\n'
                  'Assessment: BI-RADS 4A - Low suspicion for malignancy.\n'
                  '\n'
                  'Plan: ultrasound-guided biopsy.'),
                 '- 4A', id='d03'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM\n'
                  'Comparison: 2024.\n'
                  '\n'
                  'RIGHT BREAST:\n'
                  'No mass, suspicious calcification or distortion.\n'
                  '\n'
                  'LEFT BREAST:\n'
                  'Stable benign coarse calcifications in the upper outer quadrant.\n'
                  'Assessment: BI-RADS 2 - Benign.\n'
                  '\n'
                  'Recommend routine screening in 1 year.'),
                 '2 2', id='d04'),
    pytest.param(('Follow-up breast ultrasound.\n'
                  '\n'
                  'RIGHT BREAST:\n'
                  'LEFT BREAST:\n'
                  "Bilateral small simple cysts, the largest 6 mm left 2 o'clock; right 1"
                  "0 o'clock 5 mm complicated cyst unchanged.\n"
                  'Assessment: BI-RADS 3 - Probably benign.\n'
                  '\n'
                  'Follow-up in 6 months.'),
                 '3 3', id='d05'),
    pytest.param(('SCREENING MAMMOGRAM WITH TOMOSYNTHESIS\n'
                  '\n'
                  'RIGHT BREAST:\n'
                  'Heterogeneously dense. No suspicious finding.\n'
                  '\n'
                  'LEFT BREAST:\n'
                  "Heterogeneously dense. Possible architectural distortion at 1 o'clock "
                  'middle depth.\n'
                  '\n'
                  'Assessment: BI-RADS 0 - Incomplete; additional imaging needed.\n'
                  'Recommend diagnostic tomosynthesis and ultrasound of the left breast.'),
                 '0 0', id='d06'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  '\n'
                  'RIGHT BREAST:\n'
                  "Right breast at 9 o'clock: 4 mm simple cyst, unchanged from the 2024 s"
                  'tudy.\n'
                  "Left breast shows a 7 mm simple cyst at 2 o'clock, new, anechoic with "
                  'posterior enhancement.\n'
                  'Assessment: BI-RADS 2 - Benign.\n'
                  '\n'
                  'Routine follow-up.'),
                 '2 2', id='d07'),
    pytest.param(("Bilateral diagnostic mammogram - St Brendan's Hospital\n"
                  '\n'
                  'RIGHT BREAST\n'
                  'Fat replaced. Stable oil cyst at the reduction scar.\n'
                  'Assessment: BI-RADS 2 - Benign.\n'
                  '\n'
                  'LEFT BREAST\n'
                  'Grouped round calcifications 4 mm, new since 2024, retroareolar.\n'
                  'Magnification views: round and punctate, probably benign.\n'
                  'Assessment: BI-RADS 3 - Probably benign.\n'
                  '\n'
                  'Overall: short interval follow-up of the left breast in 6 months.'),
                 '3 2', id='d08'),
    pytest.param(('Bilateral breast ultrasound for palpable abnormality.\n'
                  '\n'
                  'RIGHT BREAST:\n'
                  "No sonographic abnormality in the area of concern at 10 o'clock.\n"
                  '\n'
                  'LEFT BREAST:\n'
                  "Irregular 9 mm hypoechoic mass at 4 o'clock with posterior shadowing.\n"
                  'Assessment: BI-RADS 4A.\n'
                  '\n'
                  'Clinical correlation and biopsy.'),
                 '4A 4A', id='d09'),
    pytest.param(('Diagnostic bilateral mammogram (Hospital Universitario, translated)\n'
                  'RIGHT BREAST:\n'
                  'Spiculated 23 mm mass in the upper outer quadrant with pleomorphic mic'
                  'rocalcifications.\n'
                  'Skin thickening.\n'
                  'Assessment: BI-RADS 5 - Highly suggestive of malignancy.\n'
                  'LEFT BREAST:\n'
                  'Benign-appearing vascular calcifications.\n'
                  'Assessment: BI-RADS 2 - Benign.\n'
                  'OVERALL ASSESSMENT: BI-RADS 5.'),
                 '2 5', id='d10',
                 marks=pytest.mark.xfail(strict=True, reason=("review d10 (R4 side paragraph): read '5 5'; under-"
                                                          'reach (R4): both side paragraphs closed by their o'
                                                          'wn Assessment lines but no blank line between them'
                                                          ' (and an OVERALL line): read 5 5 as before. p08 (s'
                                                          'ame text with blank lines, no overall line) is new'
                                                          'ly right, so the blank-line requirement is the dif'
                                                          'ference.'))),
    pytest.param(('Bilateral MRI.\n'
                  "RIGHT BREAST: 11 mm irregular enhancing mass at 12 o'clock, washout ki"
                  'netics.\n'
                  'LEFT BREAST: no suspicious enhancement.\n'
                  'Assessment: BI-RADS 4C - High suspicion for malignancy.\n'
                  'Recommendation: MRI-guided biopsy of right breast.'),
                 '4C 4C', id='d11'),
    pytest.param(('Echografie linker mamma - Ziekenhuis Rijnstate (vertaald)\n'
                  'Bevinding: 9 mm ovale hypoechogene laesie om 2 uur, onscherp begrensd.'
                  '\n'
                  'Conclusie: BI-RADS 3.\n'
                  'Addendum 12-02-2026: na herbeoordeling met de elastografie is de laesi'
                  'e stug. De BI-RADS-classificatie wordt herzien naar 4B [the BI-RADS cl'
                  'assification is revised to 4B]. Biopsie gepland.'),
                 '4B -', id='e01'),
    pytest.param(('Right breast ultrasound, Groningen (translated report).\n'
                  "Findings: at 10 o'clock a 7 mm round circumscribed hypoechoic mass.\n"
                  'Conclusion: BI-RADS 3, follow-up in 6 months.\n'
                  'ADDENDUM 04/02/2026: after review with the prior MRI, the mass is new.'
                  ' The BI-RADS classification is revised to 4A. Ultrasound-guided biopsy'
                  ' advised.'),
                 '- 4A', id='e02'),
    pytest.param(('Bilateral mammography, Antwerp (translated). Date 03/02/2026.\n'
                  'Right breast: no abnormality, BI-RADS 1.\n'
                  'Left breast: focal asymmetry upper outer quadrant, BI-RADS 3.\n'
                  'Addendum: after comparison with the 2023 study the asymmetry is develo'
                  'ping. The BI-RADS classification of the left breast is revised to 4A.'),
                 '4A 1', id='e03'),
    pytest.param(('Left breast ultrasound (translated from Dutch).\n'
                  "Bevinding: 6 mm complicated cyst at 3 o'clock.\n"
                  'Conclusion: BI-RADS 3, follow-up in 6 months.\n'
                  'Addendum: If aspiration shows a simple cyst content, the BI-RADS class'
                  'ification is revised to 2 at the follow-up visit.'),
                 '3 -', id='e04'),
    pytest.param(('Echografie linker mamma (vertaald), 10-02-2026.\n'
                  'Bevinding: ovale laesie 8 mm om 4 uur, scherp begrensd, parallel, stab'
                  'iel sinds 2024.\n'
                  'Conclusie: BI-RADS 3.\n'
                  'Addendum: De BI-RADS-classificatie wordt niet herzien [the BI-RADS cla'
                  'ssification is not revised]; controle over 6 maanden.'),
                 '3 -', id='e05'),
    pytest.param(('Bilateral screening mammogram, Utrecht (translated).\n'
                  'Both breasts: scattered fibroglandular density, benign calcifications.'
                  ' BI-RADS 2.\n'
                  'Note for referrers: since the 2013 edition the BI-RADS classification '
                  'is revised every few years by the ACR; category definitions used here '
                  'follow the 5th edition.'),
                 '2 2', id='e06'),
    pytest.param(('Right breast ultrasound, 2026 (translated).\n'
                  'History: in the 2023 report the BI-RADS classification was revised to '
                  '3 after MRI.\n'
                  "Findings: the 7 mm mass at 9 o'clock has grown to 11 mm with indistinc"
                  't margins. BI-RADS 4A.\n'
                  'Left breast: simple cyst 4 mm. BI-RADS 2.'),
                 '2 4A', id='e07'),
    pytest.param(('Echografie rechter mamma (vertaald), Maastricht UMC+.\n'
                  'Conclusie: onregelmatige massa 16 mm om 11 uur. BI-RADS 4C.\n'
                  'Addendum 20-01-2026: bij correlatie met mammografie: spiculaties en pl'
                  'eiomorf microcalcificaties. De BI-RADS-classificatie wordt herzien naa'
                  'r 5 [the BI-RADS classification is revised to 5].'),
                 '- 5', id='e08'),
    pytest.param(("Échographie de contrôle du sein gauche - Centre d'imagerie Saint-Louis"
                  ' (traduit)\n'
                  "Indication : surveillance d'un kyste.\n"
                  "Le sein right n'a pas été examiné lors de ce contrôle.\n"
                  'Résultat : kyste simple de 8 mm à 2 h, inchangé.\n'
                  'Conclusion : BI-RADS 2.'),
                 '2 -', id='f01'),
    pytest.param(('Échographie mammaire droite (compte rendu traduit), 11/02/2026.\n'
                  'Right breast: nodule ovale de 6 mm à 10 h, circonscrit, stable.\n'
                  "Left breast n'a pas été explorée ce jour.\n"
                  'Conclusion : ACR 3, contrôle à 6 mois.'),
                 '- 3', id='f02'),
    pytest.param(('Compte rendu traduit - Imagerie du Parc, Lyon\n'
                  'Mammographie unilatérale gauche (surveillance après kystectomie gauche'
                  ' en 2022).\n'
                  "La right n'a pas été imagée (patiente vue en consultation seulement po"
                  'ur le côté gauche).\n'
                  'Conclusion : BI-RADS 1.'),
                 '1 -', id='f03'),
    pytest.param(('Mammographie et échographie bilatérales - Centre Radiologique Bellevue'
                  ' (traduit)\n'
                  "Mammographie : seins de densité B, pas d'anomalie suspecte bilatérale."
                  '\n'
                  "Échographie : sein left : kyste de 5 mm. Le creux axillaire right n'a "
                  'pas été exploré.\n'
                  'Conclusion : ACR 2 bilatéral.'),
                 '2 2', id='f04'),
    pytest.param(('Bilan mammaire (traduit), 08/02/2026.\n'
                  'Mammographie bilatérale : densité C, macrocalcifications bénignes.\n'
                  "Le sein right n'a pas été examiné en échographie (mammographie normale"
                  ' de ce côté).\n'
                  'Échographie gauche : kyste simple de 7 mm.\n'
                  'Conclusion : BI-RADS 2.'),
                 '2 2', id='f05'),
    pytest.param(('Mammographie bilatérale de dépistage (traduit), 15/01/2026.\n'
                  "Antécédents : le sein left n'a pas été examiné depuis 2019 (perdue de "
                  'vue).\n'
                  "Ce jour : deux seins examinés. Densité B. Pas d'anomalie suspecte. Gan"
                  'glion intramammaire gauche.\n'
                  'Conclusion : ACR 2.'),
                 '2 2', id='f06'),
    pytest.param(('Mammographie bilatérale (traduit) - Cabinet de radiologie des Alpes\n'
                  'Résultat : seins de densité A. Kyste calcifié du sein right.\n'
                  "Le sein left n'a pas été revu en échographie, sans anomalie mammograph"
                  'ique.\n'
                  'Conclusion : BI-RADS 2.'),
                 '2 2', id='f07'),
    pytest.param(('Échographie mammaire (traduit), 02/03/2026.\n'
                  'Indication : douleur du sein droit.\n'
                  'Résultat : right breast : ectasie canalaire rétro-aréolaire, pas de ma'
                  'sse.\n'
                  "Le sein left n'a pas été exploré (examen centré sur la plainte).\n"
                  'Conclusion : BI-RADS 2.'),
                 '- 2', id='f08'),
    pytest.param(("Sports medicine pre-season assessment - Women's Football Club, 14/01/2"
                  '026\n'
                  'Breast health: asymptomatic. Family history: mother breast cancer at 6'
                  '1.\n'
                  'GP summary: previous mammogram 11/2024 – "BI-RADS 2, benign calcificat'
                  'ions both breasts".\n'
                  'Plan: next screening 11/2026. Cleared to play.'),
                 '- -', id='g01'),
    pytest.param(('Occupational health questionnaire (pilot medical), 05/02/2026.\n'
                  'Relevant history: benign breast cyst aspirated 2021.\n'
                  'Imaging: prior breast ultrasound 06.2025 - "simple cyst left breast 9 '
                  'mm, BI-RADS 2; no follow-up required".\n'
                  'Fit for class 1 certificate.'),
                 '- -', id='g02'),
    pytest.param(('Breast MDT outcome note, 20/02/2026.\n'
                  'Patient: 52F, referred from screening.\n'
                  'Imaging: last mammogram 02/2026 – "left breast 14 mm spiculated mass a'
                  't 2 o\'clock, BI-RADS 5; right breast BI-RADS 1".\n'
                  'Pathology: awaited. Plan: staging MRI and surgical clinic.'),
                 '5 1', id='g03'),
    pytest.param(('Breast clinic letter, 22/01/2026.\n'
                  'Dear Dr Lin, thank you for referring Mrs Y. Her last screening mammogr'
                  'am 03/2024 was normal.\n'
                  'Today\'s ultrasound of the right breast: "irregular 9 mm mass at 8 o\'cl'
                  'ock, BI-RADS 4A".\n'
                  'Core biopsy arranged for next week.'),
                 '- 4A', id='g04'),
    pytest.param(('Travel health certificate, 09/03/2026.\n'
                  'Past history: fibroadenoma right breast (core biopsy 2019).\n'
                  'Last screening mammography 2025 — "stable, BI-RADS 2 right, BI-RADS 1 '
                  'left".\n'
                  'No contraindication to travel.'),
                 '- -', id='g05'),
    pytest.param(('Insurance medical questionnaire, 12/02/2026.\n'
                  'Q: Have you had breast imaging? A: Yes.\n'
                  'Last mammogram 02/2025: "BI-RADS 1 both breasts" - copy attached.\n'
                  'Q: Any breast symptoms now? A: No.\n'
                  'Underwriter decision: standard terms.'),
                 '- -', id='g06'),
    pytest.param(('SCREENING MAMMOGRAM 12/01/2026: Right breast: no suspicious finding, B'
                  'I-RADS 1. Left breast: focal asymmetry upper outer quadrant, recall fo'
                  'r assessment, BI-RADS 0.\n'
                  'ASSESSMENT CLINIC 26/01/2026: Spot compression views show dissolution '
                  'of the asymmetry; ultrasound shows normal fibroglandular tissue. Final'
                  ' assessment, left breast: BI-RADS 2 - benign.'),
                 '2 1', id='h01'),
    pytest.param(("Screening (05/02/2026): Right breast: new 7 mm mass at 10 o'clock, BI-"
                  'RADS 0. Left breast: negative, BI-RADS 1.\n'
                  'Diagnostic work-up (19/02/2026): the right breast mass is an irregular'
                  ' hypoechoic solid lesion on ultrasound; Final assessment, right breast'
                  ': Category 4A - low suspicion. Biopsy booked.'),
                 '1 4A', id='h02'),
    pytest.param(('Screening mammogram 02/02/2026. Right breast: BI-RADS 1. Left breast: '
                  'new cluster of amorphous calcifications, BI-RADS 0, recall.\n'
                  'Assessment clinic appointment 16/02/2026. Final assessment, left breas'
                  't: pending magnification views.'),
                 '0 1', id='h03'),
    pytest.param(('Diagnostic mammogram 10/02/2026.\n'
                  'History: screening recall 2024 for a left breast asymmetry. Previous f'
                  'inal assessment, left breast: BI-RADS 3, resolved at 2-year follow-up.'
                  '\n'
                  'Today: Right breast: BI-RADS 1. Left breast: new 8 mm irregular mass a'
                  "t 2 o'clock, BI-RADS 4A."),
                 '4A 1', id='h04'),
    pytest.param(('Screening mammogram 14/01/2026 - Right breast: benign calcifications, '
                  'BI-RADS 2. Left breast: 9 mm circumscribed mass, BI-RADS 0.\n'
                  'Ultrasound 21/01/2026 - oval parallel circumscribed mass, likely fibro'
                  'adenoma. Final assessment, left: BI-RADS 3 - probably benign; 6-month '
                  'follow-up.'),
                 '3 2', id='h05'),
    pytest.param(('Diagnostic mammogram and ultrasound 2026: Right breast: BI-RADS 1. Lef'
                  't breast: benign coarse calcifications and an oil cyst at the lumpecto'
                  'my scar, BI-RADS 2.\n'
                  'Axillary ultrasound performed for tenderness. Final assessment, left a'
                  'xilla: normal nodes, cortex 2 mm.'),
                 '2 1', id='h06'),
    pytest.param(('Screening mammogram (bilateral) 07/03/2026. Right breast: BI-RADS 1. L'
                  'eft breast: architectural distortion, BI-RADS 0.\n'
                  'Plan after MDT: tomosynthesis-guided biopsy if the distortion persists'
                  '. If the biopsy is benign and concordant, the final assessment, left b'
                  'reast: BI-RADS 2 would be issued.'),
                 '0 1', id='h07'),
    pytest.param(('Breast clinic - left breast ultrasound, 09/02/2026.\n'
                  "Findings: L: 2 o'clock, 6 mm oval parallel circumscribed mass, probabl"
                  'e fibroadenoma.\n'
                  'Final: L: BI-RADS 3, follow-up 6 months.\n'
                  'R: not examined (seen for the left breast only).'),
                 '3 -', id='i01'),
    pytest.param(('Screening record 30/01/2026.\n'
                  'READER 1: R: 0. L: 1.\n'
                  'READER 2: R: 0. L: 1.\n'
                  'CONSENSUS / FINAL: R: 0. L: 1.\n'
                  'Correction 03/02/2026: the right recall was a positioning fold confirm'
                  'ed on the repeat view. Amended consensus: R: 1. L: 1.'),
                 '1 1', id='i02'),
    pytest.param(('Double-read record, 18/02/2026, both breasts imaged.\n'
                  'READER 1: R: 0   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 0 (recall)\n'
                  "Reason: right 12 o'clock distortion. Left: dense tissue, agreed recall"
                  ' for the left upper outer quadrant asymmetry too.'),
                 '0 0', id='i03'),
    pytest.param(('Bilateral breast MRI, high-risk screening.\n'
                  '\n'
                  'Right breast:\n'
                  "No suspicious enhancement. Stable 4 mm focus at 9 o'clock.\n"
                  'Assessment: BI-RADS 2.\n'
                  '\n'
                  'Left breast:\n'
                  'No suspicious enhancement.\n'
                  '\n'
                  'IMPRESSION: No MRI evidence of malignancy. BI-RADS 2 - Benign.'),
                 '2 2', id='i04'),
    pytest.param(('Bilateral diagnostic mammogram - County Hospital radiology (dictated)\n'
                  '\n'
                  'RT BREAST:\n'
                  'Scattered fibroglandular density. No mass or suspicious calcification.'
                  '\n'
                  'Assessment: BI-RADS 1 - Negative.\n'
                  '\n'
                  'LT BREAST:\n'
                  'Group of punctate calcifications, 5 mm, upper outer quadrant, new.\n'
                  'Assessment: BI-RADS 3 - Probably benign.\n'
                  '\n'
                  'Recommendation: left diagnostic mammogram in 6 months.'),
                 '3 1', id='i05'),
    pytest.param(('Compte rendu traduit - mammographie bilatérale, 12/02/2026.\n'
                  "Antécédents : tumorectomie gauche 2018 ; le sein left n'a pas été exam"
                  'iné en IRM depuis.\n'
                  'Résultat : deux seins, densité B, cicatrice gauche stable.\n'
                  'Conclusion : BI-RADS 2.'),
                 '2 2', id='i06'),
    pytest.param(('Right breast ultrasound, 04/02/2026.\n'
                  'Comparison: previous ultrasound 08/2025 - "7 mm oval mass right 10 o\'c'
                  'lock, BI-RADS 3".\n'
                  'Findings: the mass measures 7 mm, unchanged.\n'
                  'Impression: stable probably benign mass. BI-RADS 3, follow-up in 6 mon'
                  'ths.'),
                 '- 3', id='i07'),
    pytest.param(('Screening mammogram 13/01/2026: Right breast: BI-RADS 1. Left breast: '
                  'BI-RADS 0 (new calcifications).\n'
                  'Assessment clinic 27/01/2026: magnification views show fine pleomorphi'
                  'c calcifications over 12 mm. Final assessment, left breast: BI-RADS 4B'
                  '. Stereotactic biopsy booked.'),
                 '4B 1', id='i08'),
    pytest.param(('Translated screening record, 02/03/2026.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'ملاحظات (المشرف) [NOTES (supervisor)]\n'
                  'Previous round outcome 2023 listed for audit only: R: 1   L: 2\n'
                  'Recall letter sent.'),
                 '0 1', id='i09'),
    pytest.param(('Echografie linker mamma (vertaald), 12-01-2026.\n'
                  'Conclusie: BI-RADS 3.\n'
                  'Opmerking: op verzoek van de verwijzer is gevraagd of de BI-RADS-class'
                  'ificatie herzien kan worden naar 2 [whether the BI-RADS classification'
                  ' can be revised to 2]; dit is niet het geval.'),
                 '3 -', id='i10'),
    pytest.param(('Screening record, 10/02/2026, bilateral.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'Note from QA: a draft entry "Revised consensus: R: 0   L: 0" was typed'
                  ' and deleted before sign-off.'),
                 '0 1', id='i11'),
    pytest.param(('Screening record - Right breast only (left mastectomy 2016).\n'
                  'READER 1: R: 2\n'
                  'READER 2: R: 2\n'
                  'CONSENSUS / FINAL: R: 2 (benign)\n'
                  'FINAL: L: chest wall - not applicable.\n'
                  'Routine recall in 2 years. Client informed by letter.'),
                 '- 2', id='i12'),
    pytest.param(('Bilan mammaire (traduit), 08/02/2026.\n'
                  'Mammographie : densité C, macrocalcifications bénignes des deux côtés.'
                  '\n'
                  "Le sein right n'a pas été examiné en échographie (mammographie normale"
                  ' de ce côté).\n'
                  'Échographie gauche : kyste simple de 7 mm.\n'
                  'Conclusion : BI-RADS 2.'),
                 '2 2', id='p01'),
    pytest.param(('Mammographie de dépistage (traduit), 15/01/2026.\n'
                  "Antécédents : le sein left n'a pas été examiné depuis 2019 (patiente p"
                  'erdue de vue).\n'
                  "Ce jour : clichés face et oblique de chaque sein. Densité B. Pas d'ano"
                  'malie suspecte. Ganglion intramammaire gauche.\n'
                  'Conclusion : ACR 2.'),
                 '2 2', id='p02',
                 marks=pytest.mark.xfail(strict=True, reason=("review p02 (R6 French not examined): read '2 -'; o"
                                                          "lder behaviour (R6 near miss): 'le sein left n'a p"
                                                          "as été examiné depuis 2019' in the history; the le"
                                                          'ft was imaged today. Old and new both read L=2 R=-'
                                                          ' (the exam side is taken from the left intramammar'
                                                          'y node; the new French clause is not the cause: ol'
                                                          'd identical).'))),
    pytest.param(('Left breast ultrasound (translated from Dutch).\n'
                  "Bevinding: 6 mm complicated cyst at 3 o'clock.\n"
                  'Conclusion: BI-RADS 3, follow-up in 6 months.\n'
                  'Addendum: If aspiration shows a simple cyst content, BI-RADS is revise'
                  'd to 2 at the follow-up visit.'),
                 '3 -', id='p03'),
    pytest.param(('Double-read screening record, 05/02/2026, both breasts imaged.\n'
                  'READER 1: R: negative   L: 0\n'
                  'READER 2: R: negative   L: 0\n'
                  'CONSENSUS / FINAL: L: 0 (recall)\n'
                  "Left breast: 7 mm new mass at 3 o'clock, recall for assessment. Right "
                  'breast negative.'),
                 '0 1', id='p04'),
    pytest.param(('Diagnostic mammogram and ultrasound, 17/02/2026, both breasts.\n'
                  "Left breast: 8 mm irregular mass at 2 o'clock on ultrasound, BI-RADS 4"
                  'A. Core biopsy advised.\n'
                  'Right breast: 5 mm oval circumscribed mass, simple cyst.\n'
                  'Final impression: R: 2 (benign)'),
                 '4A 2', id='p05'),
    pytest.param(('Diagnostic mammogram and ultrasound, 03/03/2026.\n'
                  "Right breast: BI-RADS 1. Left breast: new 9 mm irregular mass at 2 o'c"
                  'lock, BI-RADS 4A, biopsy advised.\n'
                  'Comparison: in 2024 a smaller oval mass was seen at this site and foll'
                  'owed. Final assessment, left breast: BI-RADS 3 at that visit.'),
                 '4A 1', id='p06'),
    pytest.param(('BreastScreen double reading, 27/01/2026, bilateral.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'CONSENSUS 2024 (for comparison): L: 3 (probably benign)\n'
                  'Left breast focal asymmetry has enlarged since 2024; recall.'),
                 '0 1', id='p07'),
    pytest.param(('Diagnostic bilateral mammogram (translated)\n'
                  '\n'
                  'RIGHT BREAST:\n'
                  'Spiculated 23 mm mass in the upper outer quadrant with pleomorphic mic'
                  'rocalcifications.\n'
                  'Assessment: BI-RADS 5 - Highly suggestive of malignancy.\n'
                  '\n'
                  'LEFT BREAST:\n'
                  'Benign-appearing vascular calcifications.\n'
                  'Assessment: BI-RADS 2 - Benign.'),
                 '2 5', id='p08'),
    pytest.param(('Bilateral breast ultrasound, follow-up.\n'
                  '\n'
                  'RIGHT BREAST:\n'
                  "Complicated cyst 6 mm at 10 o'clock, unchanged.\n"
                  'Assessment: BI-RADS 3 - Probably benign.\n'
                  '\n'
                  'LEFT BREAST:\n'
                  "Complicated cyst 5 mm at 2 o'clock, unchanged.\n"
                  'Assessment: BI-RADS 3 - Probably benign.\n'
                  '\n'
                  'OVERALL: BI-RADS 3. Follow-up both breasts in 6 months.'),
                 '3 3', id='p09'),
    pytest.param(('Screening record, 10/02/2026, bilateral.\n'
                  'READER 1: R: 1   L: 0\n'
                  'READER 2: R: 1   L: 0\n'
                  'CONSENSUS / FINAL: R: 1   L: 0\n'
                  'QA log: on 11/02 a clerk typed a revised consensus by mistake. Revised'
                  ' consensus: R: 0   L: 0 - entry voided and deleted by the programme ma'
                  'nager.'),
                 '0 1', id='p10'),
    pytest.param(('Bilan mammaire (traduit), 08/02/2026.\n'
                  'Mammographie : densité C, macrocalcifications bénignes, pas de masse.\n'
                  "Le sein right n'a pas été examiné en échographie (mammographie normale"
                  ' de ce côté).\n'
                  'Échographie gauche : kyste simple de 7 mm.\n'
                  'Conclusion : BI-RADS 2.'),
                 '2 2', id='p11',
                 marks=pytest.mark.xfail(strict=True, reason=("review p11 (R6 French not examined): read '2 -'; o"
                                                          'lder behaviour: a French bilateral mammogram + lef'
                                                          't ultrasound; old and new both drop the right (old'
                                                          ' identical, so not the new French clause; p01/f05 '
                                                          "with 'des deux côtés' / 'bilatérale' are read righ"
                                                          't).'))),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
