"""Review r118 pinned: the eight radiology rules of b118 (a3a3f89), reviewed on 105 texts written and labelled from the
guide before either revision was run (rules 1 to 8 at 10 to 14 texts each, about half of them near misses; 4 texts for
the `_graded_to` rewrite; 6 ordinary whole reports). The review found 13 over-reaches and 2 other newly wrong readings
(rules 1, 4, 5, 6 and 7: a pathology request form's dated exam line, a category's name quoted after an assessment
heading, flush 'R5 / L2' side letters, a quote's lead-in naming an earlier year, an exam name + year + quote), 7 texts
both revisions read wrong, 35 newly right and 48 both right.

After the r118 narrowing all 15 over-reaches and newly wrong texts read as labelled or as the old revision did; the
review's 'tissue sampling recommended' (r2_06), 'Assessment category (BI-RADS): R3 | L1' (r5_04) and the lead-in
ending the line above its quote (r6_08) now read too: 100 of 105 read as labelled. Each right text passes; each text
still read wrong (5: r5_07, r6_07, r7_10, r8_06, r8_07, older behaviour no b118 rule causes) is a strict xfail with its
reason."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('BREAST HISTOPATHOLOGY REQUEST FORM\n'
                  'Hospital no: 4471902   Requesting clinician: Mr D. Oyelaran, Breast Su'
                  'rgery\n'
                  'Date of request: 16/03/2026\n'
                  'Clinical details:\n'
                  'Bilateral diagnostic mammogram and US 12/03/2026:\n'
                  "Right 10 o'clock irregular hypoechoic mass 15 mm, 4 cm FN, BI-RADS 4C."
                  '\n'
                  'Left breast: two simple cysts 5 and 7 mm, BI-RADS 2.\n'
                  'Axilla: normal nodes.\n'
                  "Specimen: US-guided core biopsy right 10 o'clock, 4 x 14G cores, clip "
                  'placed.\n'
                  'Urgent - 2 week wait pathway.'),
                 '2 4C', id='r1_01'),
    pytest.param(('CYTOLOGY REQUEST - BREAST FNA\n'
                  'Patient: K. Lindqvist  DOB 02.11.1979\n'
                  'Sender: Mammography Unit, Sodersjukhuset\n'
                  'Clinical information:\n'
                  "US left breast 02.04.2026: 3 o'clock complex cystic lesion 9 mm with t"
                  'hick septum, BI-RADS 4A.\n'
                  'Mammography not performed (age-appropriate screening 2025 normal).\n'
                  "Material: FNA left breast 3 o'clock, 2 passes, smears air-dried and fi"
                  'xed.\n'
                  'Question: cyst content? atypia?'),
                 '4A -', id='r1_02'),
    pytest.param(('PATHOLOGY REQUISITION - BREAST CORE BIOPSY\n'
                  'Ordering provider: Jennifer Alvarado, NP\n'
                  'Collection date: 2026-02-03\n'
                  'Clinical history:\n'
                  'Screening mammogram 2026-01-14: new left focal asymmetry, recalled.\n'
                  'Targeted US 2026-01-28: left 2:00, 6 cm FN, irregular hypoechoic mass '
                  '12 mm, BI-RADS 4B.\n'
                  'Procedure: US-guided 14G core biopsy x 3, left 2:00; clip placed, post'
                  '-procedure mammogram shows clip in place.\n'
                  'Specimen in formalin at 10:42.'),
                 '4B -', id='r1_03'),
    pytest.param(('HISTOLOGY REQUEST FORM (MRI-guided vacuum biopsy)\n'
                  'Date: 09/06/2026\n'
                  'Clinical details / imaging:\n'
                  'MRI breasts 05/06/2026: 8 mm non-mass enhancement right upper outer qu'
                  'adrant, no US correlate, BI-RADS 4A. Left breast: no suspicious enhanc'
                  'ement, BI-RADS 1.\n'
                  'Background: BRCA2 carrier, annual MRI surveillance.\n'
                  'Specimen: 12 x 9G vacuum cores, right UOQ.\n'
                  'Clinician: Dr S. Haddad'),
                 '1 4A', id='r1_04'),
    pytest.param(('Breast Pathology Requisition\n'
                  'Requesting physician: Dr. M. Castellanos   Date: 07/22/2026\n'
                  'Clinical history:\n'
                  'US R 11 o\'clock 07/19/2026: 7 mm oval circumscribed mass, parallel, "p'
                  'robably benign, BI-RADS 3"; patient very anxious, strong family histor'
                  'y (sister, 41), requests tissue diagnosis.\n'
                  'Procedure: US-guided core needle biopsy, right breast 11:00, 14G x 3.\n'
                  'Fixative: 10% NBF, time in formalin 10:05.'),
                 '- 3', id='r1_05'),
    pytest.param(('CYTOLOGY REQUEST FORM - FINE NEEDLE ASPIRATION\n'
                  'Site: thyroid, right lobe\n'
                  'Clinical details:\n'
                  'Known left breast cancer 2021 (WLE + RT), on letrozole.\n'
                  'US neck 09/05/2026: right thyroid lobe solid hypoechoic nodule 16 mm, '
                  'TI-RADS 4.\n'
                  'Breast surveillance mammogram this year: both breasts stable post-trea'
                  'tment change, BI-RADS 2.\n'
                  'Passes: 3, 25G, smears + CytoLyt.\n'
                  'Requesting: Dr E. Ferrante, Endocrinology'),
                 '- -', id='r1_06'),
    pytest.param(('HISTOPATHOLOGY REPORT          Request No: 26H-08812\n'
                  'Received: 13/02/2026   Reported: 16/02/2026\n'
                  'Clinical details:\n'
                  "Mammogram 11/02/2026: left 1 o'clock spiculated mass 18 mm, BI-RADS 5."
                  ' US-guided core x4.\n'
                  'Macroscopy: four cores, 12-16 mm, all embedded.\n'
                  'Microscopy: infiltrating carcinoma of no special type with moderate pl'
                  'eomorphism, mitoses 8/10 HPF; no DCIS identified.\n'
                  "Conclusion: Left breast 1 o'clock core biopsy: invasive carcinoma NST,"
                  ' grade 2 (3+2+2). ER/PR/HER2 to follow.\n'
                  'B5b.'),
                 '- -', id='r1_07'),
    pytest.param(('CYTOPATHOLOGY REQUEST\n'
                  'Specimen: pleural fluid, left, 450 mL\n'
                  'Clinical information:\n'
                  'Metastatic breast cancer, left, diagnosed 2024; progression on CDK4/6 '
                  'inhibitor.\n'
                  'Mammogram 12/01/2026: left breast known primary, BI-RADS 6; right brea'
                  'st negative.\n'
                  'CT 28/03/2026: new left pleural effusion.\n'
                  'Question: malignant cells? Please do receptor studies on cell block if'
                  ' positive.\n'
                  'Requested by: Oncology Day Unit'),
                 '- -', id='r1_08'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'Date: 18/05/2026\n'
                  'Clinical history:\n'
                  'Mammogram 02/05/2026: right upper outer asymmetry, BI-RADS 0, ultrasou'
                  'nd requested.\n'
                  "Findings: Targeted ultrasound of the right breast 9-11 o'clock shows n"
                  'ormal fibroglandular tissue. No mass, no architectural distortion, no '
                  'shadowing. Axilla normal.\n'
                  'Impression: No sonographic correlate; asymmetry likely summation. BI-R'
                  'ADS 1.'),
                 '- 1', id='r1_09'),
    pytest.param(('BREAST PATHOLOGY REQUEST\n'
                  'Requested 22/04/2026 by Dr P. Nwachukwu (Breast Clinic)\n'
                  'Clinical history:\n'
                  'Mammogram 10/10/2025: left upper inner grouped amorphous calcification'
                  's, BI-RADS 3, 6-month follow-up.\n'
                  'Mammogram 15/04/2026: calcifications increased in number, now over 9 m'
                  'm, BI-RADS 4B.\n'
                  'Procedure: stereotactic vacuum-assisted biopsy left UIQ, 9G x 8; speci'
                  'men radiograph confirms calcifications.\n'
                  'Calcification-containing cores in pot A.'),
                 '4B -', id='r1_10'),
    pytest.param(('HISTOPATHOLOGY REQUEST FORM\n'
                  'Date: 30/06/2026\n'
                  'Clinical details:\n'
                  "US 04/2026: right 8 o'clock 6 mm oval mass, BI-RADS 3.\n"
                  'Now palpable and patient requests excision.\n'
                  "Specimen: right breast 8 o'clock excision biopsy, orientated with sutu"
                  'res (short superior, long lateral).\n'
                  'Surgeon: Ms A. Whitcombe'),
                 '- -', id='r1_11'),
    pytest.param(('SURGICAL PATHOLOGY REQUISITION\n'
                  'Breast imaging-guided biopsy\n'
                  'Date of procedure: 20/02/2026\n'
                  'Clinical history:\n'
                  'Screening mammogram 06/01/2026: right lower inner asymmetry, BI-RADS 0'
                  '.\n'
                  "Diagnostic mammogram + US 02/02/2026: right 5 o'clock irregular mass 9"
                  ' mm, BI-RADS 4B. Left breast no abnormality, BI-RADS 1.\n'
                  "Specimen: US-guided core right 5 o'clock x3, 14G."),
                 '1 4B', id='r1_12'),
    pytest.param(('BREAST CYTOLOGY REQUEST\n'
                  'Date: 11/08/2026\n'
                  'Clinical details:\n'
                  'Right breast cancer treated 2023 (mastectomy, no reconstruction).\n'
                  'Mammogram 14/01/2026: left breast normal, BI-RADS 1.\n'
                  'New palpable left axillary lump found on examination today; no imaging'
                  ' yet.\n'
                  'Specimen: FNA left axilla, 2 passes, smears and needle rinse.'),
                 '- -', id='r1_13'),
    pytest.param(('LEFT BREAST ULTRASOUND - 6-MONTH FOLLOW-UP\n'
                  'Date: 04/03/2026\n'
                  'Indication: follow-up of left 1:30 probably benign mass (BI-RADS 3, 09'
                  '/2025).\n'
                  'Findings: The left 1:30 oval hypoechoic mass, 4 cm from the nipple, no'
                  'w measures 11 x 8 mm (previously 7 x 5 mm). Margins now partly indisti'
                  'nct. No internal vascularity. Axilla normal.\n'
                  'Impression: Interval enlargement of the left 1:30 mass. BI-RADS 3 is u'
                  'pgraded to 4B; ultrasound-guided core biopsy recommended.'),
                 '4B -', id='r2_01'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM, RIGHT - SPOT MAGNIFICATION VIEWS\n'
                  'Comparison: screening mammogram 12/2025.\n'
                  'Findings: Magnification views confirm a cluster of fine pleomorphic ca'
                  'lcifications in the right upper outer quadrant, posterior depth, spann'
                  'ing 8 mm, more numerous than on the screening image.\n'
                  'Assessment: Right breast BI-RADS 4A upgraded to 4C; stereotactic biops'
                  'y advised.\n'
                  'Report discussed with the patient.'),
                 '- 4C', id='r2_02'),
    pytest.param(('Breast Ultrasound (Left) - Follow-up Report\n'
                  "Clinical: 64F, left 10 o'clock nodule under surveillance.\n"
                  "Findings: the left 10 o'clock nodule is now taller-than-wide with an e"
                  'chogenic halo; size 6 mm, unchanged.\n'
                  'Conclusion: Morphology has changed. BI-RADS 3 has been upgraded to 4A;'
                  ' biopsy recommended instead of 6-month follow-up.\n'
                  'Reported by Dr R. Achterberg'),
                 '4A -', id='r2_03'),
    pytest.param(('BREAST MRI, BILATERAL\n'
                  'Indication: high-risk surveillance; right 6 mm focus on prior MRI.\n'
                  "Findings: Right breast: the focus at 7 o'clock now measures 9 mm with "
                  'washout kinetics. Left breast: no suspicious enhancement.\n'
                  'Impression:\n'
                  'Right breast: BI-RADS 3 upgraded to 4B; MRI-guided biopsy is recommend'
                  'ed.\n'
                  'Left breast: BI-RADS 1.'),
                 '1 4B', id='r2_04'),
    pytest.param(('TARGETED ULTRASOUND LEFT BREAST AND AXILLA\n'
                  'Indication: palpable left lump, mammographic mass 4C (same day).\n'
                  'Findings: irregular, non-parallel hypoechoic mass at left 12:00, 22 mm'
                  ', angular margins, posterior shadowing; one axillary node with 5 mm co'
                  'rtex.\n'
                  'Impression: In view of the sonographic features and abnormal node, BI-'
                  'RADS 4C upgraded to 5; core biopsy recommended.'),
                 '5 -', id='r2_05'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'Date: 21/07/2026\n'
                  "History: right 8 o'clock complicated cyst, short-interval follow-up.\n"
                  "Findings: the right 8 o'clock lesion now shows a 4 mm mural nodule wit"
                  'h internal flow. Size 10 mm.\n'
                  'Impression: BI-RADS 3 upgraded to 4A; tissue sampling recommended.'),
                 '- 4A', id='r2_06'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  "Findings: left 2 o'clock 8 mm oval parallel mass, circumscribed, stabl"
                  'e versus 11/2025.\n'
                  'Impression: Probably benign mass, BI-RADS 3. Breast MRI requested for '
                  'further characterisation. If the MRI shows suspicious enhancement, BI-'
                  'RADS 3 is upgraded to 4A; MRI-guided biopsy recommended.'),
                 '3 -', id='r2_07'),
    pytest.param(('RIGHT BREAST ULTRASOUND - SECOND LOOK\n'
                  "Findings: the right 9 o'clock MRI finding corresponds to a 5 mm oval c"
                  'ircumscribed mass with the features of a fibroadenoma.\n'
                  'Impression: BI-RADS 4A is downgraded to 3; core biopsy recommended.\n'
                  'Comment: patient prefers a tissue diagnosis; discussed at MDT.'),
                 '- 4A', id='r2_08'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'Date: 10/06/2026\n'
                  'Clinical history:\n'
                  'Outside ultrasound (Riverside, 05/2026): BI-RADS 3 upgraded to 4A; bio'
                  'psy recommended. Referred for second opinion.\n'
                  "Findings: left 3 o'clock 7 mm oval circumscribed anechoic lesion with "
                  'posterior enhancement, consistent with a simple cyst. No solid compone'
                  'nt.\n'
                  'Impression: Simple cyst. BI-RADS 2. No biopsy needed.'),
                 '2 -', id='r2_09'),
    pytest.param(('BILATERAL MAMMOGRAM - SECOND OPINION\n'
                  'Findings: Left: 6 mm group of punctate calcifications, upper outer qua'
                  'drant, stable since 2023. Right: negative.\n'
                  'Impression: Left BI-RADS 2 (stable benign calcifications). Right BI-RA'
                  'DS 1.\n'
                  'Note: at the outside review BI-RADS 2 was upgraded to 4A; stereotactic'
                  ' biopsy recommended by the outside reader. We do not concur.'),
                 '2 1', id='r2_10'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'Date: 03/09/2026\n'
                  "History: left 4 o'clock mass; BI-RADS 3 was upgraded to 4A in 2025; bi"
                  'opsy recommended. Core biopsy 11/2025: fibroadenoma, concordant.\n'
                  "Findings: the left 4 o'clock mass is unchanged at 12 x 7 mm, oval, cir"
                  'cumscribed.\n'
                  'Impression: Biopsy-proven fibroadenoma, stable. BI-RADS 2.'),
                 '2 -', id='r2_11'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Date: 12/11/2026\n'
                  'Findings:\n'
                  "Right breast: at 10 o'clock a 9 mm irregular hypoechoic mass, previous"
                  'ly 5 mm and described as probably benign.\n'
                  'Left breast: scattered simple cysts, largest 6 mm.\n'
                  'Assessment:\n'
                  'Right breast BI-RADS 3 is upgraded to 4B; US-guided biopsy recommended'
                  '.\n'
                  'Left breast BI-RADS 2.'),
                 '2 4B', id='r2_12'),
    pytest.param(('LEFT DIAGNOSTIC MAMMOGRAM AND ULTRASOUND\n'
                  "Findings: The left 11 o'clock asymmetry seen at 6-month follow-up now "
                  'has an associated 7 mm hypoechoic mass with indistinct margins.\n'
                  'Impression: BI-RADS 3 upgraded to 4A; ultrasound-guided biopsy recomme'
                  'nded.\n'
                  'Addendum: The patient declined biopsy today and will consider; she has'
                  ' been given written information.'),
                 '4A -', id='r2_13'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  "Findings: right 6 o'clock 8 mm oval mass, circumscribed, parallel; one"
                  ' margin not fully assessable due to shadowing from a Cooper ligament.\n'
                  'Impression: BI-RADS 3. If margin assessment remains limited on follow-'
                  'up, category may be upgraded to 4A; biopsy recommended in that case.\n'
                  'Follow-up in 6 months.'),
                 '- 3', id='r2_14'),
    pytest.param(('Breast clinic letter, 15/04/2026\n'
                  'Dear Dr Mensah,\n'
                  'I saw Mrs Ortega today. Her imaging report of 13/04/2026 reads, line b'
                  'y line:\n'
                  '"Mammographic assessment: right BI-RADS 0 (focal asymmetry 10 o\'clock)'
                  ', left BI-RADS 1."\n'
                  '"Ultrasound: right 10 o\'clock simple cyst 8 mm, corresponding to the a'
                  'symmetry, BI-RADS 2."\n'
                  '"Final combined assessment: right breast BI-RADS 2, left breast BI-RAD'
                  'S 1."\n'
                  'No further imaging is required; routine screening recall.\n'
                  'Yours sincerely,'),
                 '1 2', id='r3_01'),
    pytest.param(('MDT summary - breast imaging (copied from PACS)\n'
                  "“Mammography: left BI-RADS 0, new asymmetry at 3 o'clock; right BI-RAD"
                  'S 2, benign calcifications.”\n'
                  "“Ultrasound left: 3 o'clock 6 mm oval circumscribed mass, BI-RADS 3.”\n"
                  '“Combined final impression: left BI-RADS 3, right BI-RADS 2.”\n'
                  'Outcome: 6-month left ultrasound follow-up agreed; no biopsy.'),
                 '3 2', id='r3_02'),
    pytest.param(('Transcribed report (nurse navigator note, 02/06/2026)\n'
                  '  "MAMMOGRAM: Right 0 - 7 mm group of amorphous calcifications UOQ, ma'
                  'gnification views needed. Left 1."\n'
                  '  "MAGNIFICATION VIEWS: amorphous calcifications, grouped, 7 mm, no so'
                  'nographic correlate."\n'
                  '  "Final combined BI-RADS: right 4A, left 1. Recommend stereotactic bi'
                  'opsy right."\n'
                  'Biopsy booked 09/06/2026. Patient informed by phone.'),
                 '1 4A', id='r3_03'),
    pytest.param(('Translated report (Spanish original on file), quoted:\n'
                  '"Mamografia [mammography]: derecha [right] BI-RADS 0, izquierda [left]'
                  ' BI-RADS 2."\n'
                  '"Ecografia [ultrasound]: nodulo derecho 11 mm [right nodule 11 mm], BI'
                  '-RADS 4B."\n'
                  '"Final combined assessment: right BI-RADS 4B, left BI-RADS 2."\n'
                  'Translator: M. Ruiz, 21/05/2026'),
                 '2 4B', id='r3_04'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM AND ULTRASOUND\n'
                  'Date: 12/05/2026\n'
                  'History: six-month follow-up. Previous report (11/2025), quoted:\n'
                  '"Final combined assessment: right breast BI-RADS 3 (9 o\'clock cyst clu'
                  'ster), left breast BI-RADS 1."\n'
                  "Findings: Right 9 o'clock clustered microcysts have resolved; no resid"
                  'ual lesion. Left breast unchanged, no abnormality.\n'
                  'Assessment: right breast BI-RADS 1, left breast BI-RADS 1.\n'
                  'Return to routine annual screening.'),
                 '1 1', id='r3_05'),
    pytest.param(('Breast imaging summary for tumour board, 18/05/2026\n'
                  'Report lines as issued 12/05/2026:\n'
                  '"Mammographic assessment: left BI-RADS 0, right BI-RADS 1."\n'
                  '"Final combined assessment: left breast BI-RADS 3, right breast BI-RAD'
                  'S 1."\n'
                  'Addendum issued 16/05/2026 after MRI: left breast category revised to '
                  'BI-RADS 4A; MRI-guided biopsy recommended.'),
                 '4A 1', id='r3_06'),
    pytest.param(('Patient portal message (copied into chart) 20/05/2026:\n'
                  'Patient writes: my report said "Final combined assessment: right breas'
                  't BI-RADS 2, left breast BI-RADS 2" - do I need to come back before ne'
                  'xt year?\n'
                  'Reply (Dr L. Moreau): Your report shows benign findings in both breast'
                  's; no extra visit is needed. Routine screening in 12 months.'),
                 '2 2', id='r3_07'),
    pytest.param(('Clinic note 04/03/2026 - results quoted from the radiology report:\n'
                  '"Mammogram: bilateral benign calcifications, BI-RADS 2."\n'
                  '"Ultrasound right: 12 o\'clock 14 mm irregular mass, BI-RADS 4C."\n'
                  '"Final combined assessment: BI-RADS 4C."\n'
                  "Plan: US-guided biopsy right 12 o'clock, booked."),
                 '2 4C', id='r3_08'),
    pytest.param(('Radiology report quoted in GP record (received 08/07/2026):\n'
                  '"Bilateral mammogram: right breast 5 mm circumscribed mass 7 o\'clock, '
                  'BI-RADS 0; left breast negative, BI-RADS 1."\n'
                  '"Right breast ultrasound: 5 mm simple cyst 7 o\'clock."\n'
                  '"Combined final impression: benign, right breast BI-RADS 2; left breas'
                  't BI-RADS 1."\n'
                  'Action: none; next routine screen 2029.'),
                 '1 2', id='r3_09'),
    pytest.param(('Screening double-reading record 22/09/2026\n'
                  'Reader 1 (quoted from worklist): "Final combined assessment: right BI-'
                  'RADS 1, left BI-RADS 0 (asymmetry)."\n'
                  'Reader 2: right 1, left 1.\n'
                  'Arbitration (Dr Y. Sato): left asymmetry is summation; final: right BI'
                  '-RADS 1, left BI-RADS 1.'),
                 '1 1', id='r3_10'),
    pytest.param(('BREAST ULTRASOUND, LEFT\n'
                  'Date: 14/10/2026\n'
                  'Indication: left breast pain. Her 2024 report (outside, brought on CD)'
                  ' included:\n'
                  '"Final combined assessment: left breast BI-RADS 3, right breast BI-RAD'
                  'S 1."\n'
                  "Findings: left breast at the site of pain (2 o'clock) shows normal fib"
                  'roglandular tissue; the lesion described in 2024 is not identified.\n'
                  'Impression: Normal left breast ultrasound. BI-RADS 1.'),
                 '1 -', id='r3_11'),
    pytest.param(('BREAST CLINIC REFERRAL - IMAGING SUMMARY\n'
                  'Imaging: Right breast ultrasound 14/05/2026 (Westgate Imaging).\n'
                  'Report assessment: "Highly suggestive of malignancy." (no number given'
                  ')\n'
                  "Findings quoted: right 11 o'clock irregular spiculated mass 19 mm with"
                  ' an abnormal axillary node.\n'
                  'Request: one-stop clinic, core biopsy and staging.'),
                 '- 5', id='r4_01'),
    pytest.param(('Screening programme result record\n'
                  'Examination: screening mammogram, both breasts, 02/02/2026\n'
                  'Density: B\n'
                  'Assessment: “Benign.”\n'
                  'Result letter sent 05/02/2026: routine recall in 2 years. No further a'
                  'ction.'),
                 '2 2', id='r4_02'),
    pytest.param(('Pre-operative checklist - breast imaging (plastic surgery, reduction m'
                  'ammoplasty)\n'
                  'Right diagnostic mammogram 20/06/2026, final assessment: "Needs additi'
                  'onal imaging evaluation."\n'
                  'Comment: right ultrasound booked for 24/06; surgery not to proceed unt'
                  'il imaging complete.'),
                 '- 0', id='r4_03'),
    pytest.param(('Oncology note 12/03/2026\n'
                  "Left breast ultrasound today (staging of biopsy-proven carcinoma, 2 o'"
                  'clock).\n'
                  'Assessment: "Known biopsy-proven malignancy." Mass 24 mm; two abnormal'
                  ' level I nodes.\n'
                  'Plan: neoadjuvant chemotherapy; clip placed in the biopsied node.'),
                 '6 -', id='r4_04'),
    pytest.param(('Referral (typed from the report of 11/09/2026, left breast ultrasound)'
                  ':\n'
                  'Report assessment: "Probably benign".\n'
                  "Lesion: left 4 o'clock oval circumscribed 6 mm, parallel.\n"
                  'Advice: repeat ultrasound in 6 months. Patient aware.'),
                 '3 -', id='r4_05'),
    pytest.param(('LEFT BREAST ULTRASOUND - SECOND OPINION\n'
                  'Date: 07/07/2026\n'
                  'Outside assessment: "Probably benign."\n'
                  "Findings: left 3 o'clock 6 mm anechoic lesion with posterior enhanceme"
                  'nt and a thin septation, consistent with a simple cyst.\n'
                  'Assessment: Benign (BI-RADS 2).'),
                 '2 -', id='r4_06'),
    pytest.param(('RIGHT MAMMOGRAM, POST-LUMPECTOMY (report received from the screening u'
                  'nit)\n'
                  'Findings: stable post-surgical scar, right upper outer quadrant, with '
                  'coarse dystrophic calcification.\n'
                  'Radiologist\'s assessment: "Benign-appearing post-surgical change; no s'
                  'uspicious features."\n'
                  'No category stated in the report received.'),
                 '- -', id='r4_07'),
    pytest.param(('Triple assessment record - Breast Clinic, 09/04/2026\n'
                  'Clinical assessment: "Suspicious." (P4, 2 cm hard mobile lump left 2 o'
                  "'clock)\n"
                  'Imaging: left breast ultrasound today - 18 mm oval circumscribed paral'
                  'lel mass, features of a fibroadenoma, BI-RADS 3 (U3).\n'
                  'Pathology: core biopsy taken, result pending.\n'
                  'Plan: review in results clinic.'),
                 '3 -', id='r4_08'),
    pytest.param(('One-stop clinic summary 22/10/2026\n'
                  "Imaging: right breast ultrasound - 9 mm simple cyst at 10 o'clock, asp"
                  'irated to dryness; BI-RADS 2.\n'
                  'Examination (Mr T. Adeyemi): residual thickening at the aspiration sit'
                  'e.\n'
                  'Clinical assessment: "Suspicious." (P4 - thickening persists after asp'
                  'iration)\n'
                  'Plan: review in 4 weeks, re-examine; core biopsy if it persists.'),
                 '- 2', id='r4_09'),
    pytest.param(('LEFT BREAST ULTRASOUND AND FNA\n'
                  "Findings: left 2 o'clock 11 mm oval mass with slightly indistinct marg"
                  'in; FNA performed, 2 passes.\n'
                  'Impression: Indeterminate solid mass. BI-RADS 4A.\n'
                  'Addendum 22/05/2026: Cytology assessment: "Benign." (C2, fibroadenoma '
                  'pattern). Core biopsy still advised for concordance.'),
                 '4A -', id='r4_10'),
    pytest.param(('BILATERAL BREAST MRI - HIGH-RISK SCREENING\n'
                  'Indication: strong family history. Genetic risk assessment: "Negative.'
                  '" (BRCA1/2 panel, 2024); lifetime risk 24%.\n'
                  "Findings: minimal background parenchymal enhancement. Right 7 o'clock "
                  '5 mm oval enhancing focus, persistent kinetics, new since last year. L'
                  'eft: no suspicious enhancement.\n'
                  'Impression: Right breast BI-RADS 3, short-interval follow-up MRI in 6 '
                  'months. Left breast BI-RADS 1.'),
                 '1 3', id='r4_11'),
    pytest.param(('Breast care nurse telephone note 03/03/2026\n'
                  'Patient asked about her previous scan. I read her the 2024 result - as'
                  'sessment: "Benign." She remains worried about new left breast pain.\n'
                  'Plan: GP to refer for a new left breast ultrasound; appointment reques'
                  'ted.'),
                 '- -', id='r4_12'),
    pytest.param(('BREAST SCREENING - ASSESSMENT CLINIC OUTCOME\n'
                  'Date of assessment: 17/03/2026\n'
                  "Work-up: tomosynthesis left, US left, core biopsy left 1 o'clock.\n"
                  'Final assessment category: R1 / L4B (BI-RADS).\n'
                  'Outcome: awaiting histology; results clinic 24/03/2026.'),
                 '4B 1', id='r5_01'),
    pytest.param(('Screening assessment record (recalled for left asymmetry)\n'
                  'Views performed: left CC/MLO tomosynthesis, left spot compression.\n'
                  'Left asymmetry resolves on spot compression - summation.\n'
                  'Assessment category: R2, L2\n'
                  'Outcome: return to routine 3-yearly recall (benign bilateral calcifica'
                  'tions noted).'),
                 '2 2', id='r5_02'),
    pytest.param(('Double reading / consensus form\n'
                  'Reader A: recall left.  Reader B: no recall.\n'
                  'Final category: L0 / R1\n'
                  'Reason: left upper outer architectural distortion on MLO only; recall '
                  'for tomosynthesis.\n'
                  'Recall letter sent 03/03/2026.'),
                 '0 1', id='r5_03'),
    pytest.param(('BREAST ASSESSMENT CLINIC - IMAGING OUTCOME\n'
                  'Assessment category (BI-RADS): R3 | L1\n'
                  "R: 7 mm oval circumscribed mass right 9 o'clock, probable fibroadenoma"
                  '; 6-month ultrasound.\n'
                  'L: normal.\n'
                  'Discharge summary to GP sent 10/03/2026.'),
                 '1 3', id='r5_04'),
    pytest.param(('Screening mammography - double reading and arbitration 05/05/2026\n'
                  'Reader 1 assessment category: R4A / L1\n'
                  'Reader 2 assessment category: R2 / L1\n'
                  'Final assessment category: R3 / L1 (BI-RADS), arbitration by Dr K. Ols'
                  'en.\n'
                  'Recall for right ultrasound.'),
                 '1 3', id='r5_05'),
    pytest.param(('BREAST SCREENING ASSESSMENT - CLINIC SUMMARY\n'
                  'Patient attended for recall (right calcifications).\n'
                  'Magnification views: right UOQ fine linear branching calcifications ov'
                  'er 25 mm.\n'
                  'FINAL ASSESSMENT CATEGORY: R5/L2 (BI-RADS)\n'
                  'Action: stereotactic VAB right, MDT 02/04/2026.'),
                 '2 5', id='r5_06'),
    pytest.param(('BILATERAL BREAST MRI\n'
                  'Findings:\n'
                  "R1: right 10 o'clock 6 mm oval circumscribed enhancing mass, persisten"
                  't kinetics.\n'
                  "L1: left 2 o'clock 9 mm clumped non-mass enhancement, washout.\n"
                  'Final assessment: R1 - probable fibroadenoma, BI-RADS 3; L1 - suspicio'
                  'us non-mass enhancement, BI-RADS 4B.\n'
                  'Recommendation: MRI-guided biopsy of L1; 6-month MRI for R1.'),
                 '4B 3', id='r5_07',
                 marks=pytest.mark.xfail(strict=True, reason=("review r5_07 (5): read '3 4B'; older behaviour, no"
                                                          " b118 rule's: under 'Final assessment:' the MRI le"
                                                          "sion labels 'R1 - ..., BI-RADS 3; L1 - ..., BI-RAD"
                                                          "S 4B' are read with the sides swapped (L=3 R=4B), "
                                                          'as both revisions did; the flush-letter narrowing '
                                                          'does not touch lesion labels'))),
    pytest.param(('BREAST MRI (BILATERAL) - FOLLOW-UP OF KNOWN LESIONS\n'
                  'Comparison: MRI 14/03/2025.\n'
                  "Findings: Lesion R1 (right 8 o'clock fibroadenoma, 11 mm) unchanged. L"
                  'esions L1 and L2 (left simple cysts) unchanged. No new enhancement.\n'
                  'Conclusion: R1, L1 and L2 stable; benign. BI-RADS 2, both breasts.\n'
                  'Routine high-risk annual MRI.'),
                 '2 2', id='r5_08'),
    pytest.param(('Screening record\n'
                  'Previous round (2023):\n'
                  'Final assessment category: R3 / L1 (BI-RADS) - early recall, later ret'
                  'urned to routine.\n'
                  'Current round 14/02/2026:\n'
                  'Final assessment category: R1 / L1 (BI-RADS).\n'
                  'Result: normal - routine recall.'),
                 '1 1', id='r5_09'),
    pytest.param(('Screening assessment record\n'
                  'Date: 14/02/2026\n'
                  'History - prior round (2024) outcome, copied:\n'
                  'Final assessment category: R3 / L1 (BI-RADS).\n'
                  'Current round: both breasts BI-RADS 1 on 2D and tomosynthesis.\n'
                  'Result: routine 2-year recall.'),
                 '1 1', id='r5_10'),
    pytest.param(('Breast MRI biopsy worksheet 30/04/2026\n'
                  "Targets: L1 (left 2 o'clock NME 14 mm), R2 (right 11 o'clock focus 5 m"
                  'm).\n'
                  'Result: L1 sampled, 9G x 10, clip placed; R2 not visualised at time of'
                  ' biopsy - follow-up MRI in 6 months.\n'
                  'Post-procedure mammogram: clip 3 mm from target.'),
                 '- -', id='r5_11'),
    pytest.param(('Ultrasound-guided cyst aspiration - procedure note 11/11/2026\n'
                  'Indication: painful bilateral cysts.\n'
                  'Outcome: R2, L1 cysts aspirated to dryness; fluid straw-coloured, disc'
                  'arded.\n'
                  'Complications: none.\n'
                  'Post-procedure: no residual lesion. Patient to re-attend if refilling.'),
                 '- -', id='r5_12'),
    pytest.param(('Breast clinic referral letter, 06/03/2026\n'
                  'Re: Mrs A. Okonkwo, 47\n'
                  'She recently moved from Lagos and brought her imaging. Her 2025 ultras'
                  'ound (report translated by the clinic): "Left breast 2 o\'clock hypoech'
                  'oic oval nodule 8 mm, circumscribed. Probably benign. BI-RADS 3. Follo'
                  'w-up in six months advised."\n'
                  'She has not had the follow-up scan. Please see and arrange imaging.'),
                 '- -', id='r6_01'),
    pytest.param(('GP summary - imaging on file (typed 14/01/2026)\n'
                  'Outside report, 2024 MRI: "Bilateral breast MRI. Background enhancemen'
                  "t mild. Right 10 o'clock 6 mm focus, likely benign. Right BI-RADS 3. L"
                  'eft BI-RADS 1."\n'
                  'No breast imaging since. Referred today for overdue follow-up MRI.'),
                 '- -', id='r6_02'),
    pytest.param(('Breast surgery clinic, 19/08/2026\n'
                  'New patient, displaced from Kharkiv. Her 2023 scan (translated from Uk'
                  'rainian): "Ultrasound of the mammary glands: diffuse fibrocystic chang'
                  'es, cysts up to 5 mm both breasts. Conclusion: BI-RADS 2."\n'
                  'Today: examination unremarkable, no palpable mass. Plan: baseline mamm'
                  'ogram at age 40 (2027).'),
                 '- -', id='r6_03'),
    pytest.param(('Breast clinic letter, 21/05/2026\n'
                  "Mrs R. Petrova brought the report of this month's examination done abr"
                  'oad. The 2026 report (translated): "Left breast ultrasound. Upper oute'
                  'r quadrant: 9 mm irregular mass with indistinct margins. BI-RADS 4A. B'
                  'iopsy recommended."\n'
                  'We will arrange ultrasound-guided biopsy here. Her next routine screen'
                  ' would otherwise be due in 2028.'),
                 '4A -', id='r6_04'),
    pytest.param(('Letter to GP, 10/03/2026\n'
                  'Her mammogram this month, compared with the 2024 mammogram: "Stable sc'
                  'attered benign calcifications in both breasts. No suspicious mass or d'
                  'istortion. BI-RADS 2."\n'
                  'She can return to routine screening.'),
                 '2 2', id='r6_05'),
    pytest.param(('Results clinic note 12/01/2026\n'
                  'Second-look ultrasound for the December 2025 MRI finding, reported tod'
                  'ay: "Right 10 o\'clock 8 mm oval hypoechoic mass corresponding to the M'
                  'RI enhancing focus. BI-RADS 4A. Ultrasound-guided biopsy recommended."'
                  '\n'
                  'Biopsy booked for 19/01/2026; patient consented.'),
                 '- 4A', id='r6_06'),
    pytest.param(('Surveillance clinic, 15/03/2026\n'
                  'Five years after her 2021 MRI-detected left DCIS (wide local excision '
                  'and radiotherapy), today\'s mammogram report: "Bilateral mammogram. Sta'
                  'ble post-surgical changes left breast. No suspicious features. BI-RADS'
                  ' 2."\n'
                  'Continue annual mammography.'),
                 '2 2', id='r6_07',
                 marks=pytest.mark.xfail(strict=True, reason=("review r6_07 (6): read '2 -'; reads as the old rev"
                                                          'ision did (L=2): rule 6 no longer dates the quote '
                                                          "('2021 MRI-detected' joins another noun, the lead-"
                                                          "in names 'today's'); R stays unread, an older gap:"
                                                          " the quote's opening 'Bilateral mammogram.' is not"
                                                          ' taken for an exam of both breasts, so the one sid'
                                                          "e the note names ('left DCIS', 'left breast') take"
                                                          's the category'))),
    pytest.param(('Breast clinic, 03/06/2026\n'
                  'Referral from GP. Her 2024 mammogram (report scanned in):\n'
                  '"Left breast: group of amorphous calcifications, upper outer quadrant,'
                  ' 5 mm. BI-RADS 3. Six-month follow-up recommended."\n'
                  'The follow-up was never done. Today: left breast clinically normal. Pl'
                  'an: left diagnostic mammogram.'),
                 '- -', id='r6_08'),
    pytest.param(('Breast clinic, 27/07/2026\n'
                  'Patient brought a copy of her 2022 mammogram (Warsaw, translated by he'
                  'r daughter): "Mammography of both breasts: fatty involution, single be'
                  'nign calcification right. BI-RADS 2."\n'
                  'Nothing since. Screening mammogram booked for next week.'),
                 '- -', id='r6_09'),
    pytest.param(('Oncology follow-up 30/09/2026\n'
                  'She had her annual imaging at the private clinic last week. The 2026 m'
                  'ammogram report: "Bilateral mammogram. Post-lumpectomy changes right b'
                  'reast, stable. Left breast normal. BI-RADS 2."\n'
                  'Continue endocrine therapy.'),
                 '2 2', id='r6_10'),
    pytest.param(('Breast clinic note 02/02/2026\n'
                  'The 2025 report reads "Left breast: 6 mm oval circumscribed mass at 4 '
                  'o\'clock. BI-RADS 3." and today\'s ultrasound shows the same mass, 6 mm,'
                  ' unchanged.\n'
                  'Assessment today: left breast BI-RADS 3, continue follow-up.'),
                 '3 -', id='r6_11'),
    pytest.param(('Consultation note (breast surgery), 2026-04-14\n'
                  "Her 2024 ultrasound: “Right breast 9 o'clock, 5 mm oval circumscribed "
                  'hypoechoic lesion, likely fibroadenoma. BI-RADS 3.” No follow-up imagi'
                  'ng since.\n'
                  'Examination today: no palpable abnormality. Plan: right breast ultraso'
                  'und.'),
                 '- -', id='r6_12'),
    pytest.param(('Problem list (primary care) - printed 04/05/2026\n'
                  '1. Hypertension.\n'
                  '2. Breast: Ultrasound 2022 "BI-RADS 3 left, 6 mm cyst" - resolved on f'
                  'ollow-up.\n'
                  '3. Osteopenia (DEXA).\n'
                  'No current breast symptoms. Screening invitation pending.'),
                 '- -', id='r7_01'),
    pytest.param(('Medication review / summary sheet - 12/02/2026\n'
                  'Allergies: penicillin.\n'
                  'Breast: Mammogram 2025 "benign calcifications, BI-RADS 2 bilateral" (s'
                  'creening).\n'
                  'Family history: mother breast cancer at 62.\n'
                  'Next mammogram due 2027.'),
                 '- -', id='r7_02'),
    pytest.param(('Rheumatology letter 18/03/2026\n'
                  'Incidental: she mentions breast imaging last year. US 2025 “left 3 mm '
                  'cyst, BI-RADS 2” per her own copy.\n'
                  'No breast symptoms. For routine screening via GP.\n'
                  'Methotrexate dose unchanged.'),
                 '- -', id='r7_03'),
    pytest.param(('Summary of encounters, 28/01/2026\n'
                  '2019 - Breast lump R, Ultrasound 2019 "fibroadenoma, BI-RADS 3 right" '
                  '- discharged.\n'
                  '2023 - Mammogram 2023 "BI-RADS 1, both breasts".\n'
                  '2026 - Consultation today for contraception only.'),
                 '- -', id='r7_04'),
    pytest.param(('Screening history table (clinic record)\n'
                  'Mammogram 2024: "BI-RADS 1 bilateral"\n'
                  'Mammogram 2026: "BI-RADS 2 bilateral - benign calcifications"\n'
                  'Next due: 2028\n'
                  'Comment: no symptoms; family history negative.'),
                 '2 2', id='r7_05'),
    pytest.param(('LEFT BREAST ULTRASOUND 05/05/2026\n'
                  "Indication: follow-up of left 2 o'clock cyst.\n"
                  "Findings: Left 2 o'clock simple cyst, 6 mm, unchanged since ultrasound"
                  ' 2024 "simple cyst 6 mm", BI-RADS 2.\n'
                  'No other lesion. Axilla normal.'),
                 '2 -', id='r7_06'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'Date: 05/05/2026\n'
                  'Findings: Patient recalls ultrasound 2023 "all normal", not available '
                  "for comparison; today there is a 7 mm simple cyst at 3 o'clock, BI-RAD"
                  'S 2.\n'
                  'No solid lesion. Axilla unremarkable.'),
                 '2 -', id='r7_07'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM, 11/06/2026\n'
                  'Density: C.\n'
                  'Findings: Calcifications unchanged compared with mammogram 2024 "benig'
                  'n-appearing calcifications", BI-RADS 2 bilaterally.\n'
                  'No mass, distortion or new calcification.\n'
                  'Recommendation: routine screening.'),
                 '2 2', id='r7_08'),
    pytest.param(('RIGHT DIAGNOSTIC MAMMOGRAM\n'
                  'Date: 22/07/2026\n'
                  'History: left mastectomy 2019 (MRI 2019 "BI-RADS 6 left, 34 mm"). New '
                  'right breast lump.\n'
                  "Findings: right 12 o'clock palpable area corresponds to dense fibrogla"
                  'ndular tissue, no mass or calcification.\n'
                  'Impression: BI-RADS 1.'),
                 '- 1', id='r7_09'),
    pytest.param(('Results letter 14/07/2026\n'
                  'Your right breast ultrasound of 10/07/2026 showed a 9 mm irregular mas'
                  "s at 10 o'clock, assessed as BI-RADS 4A; a biopsy is advised. By compa"
                  'rison, MRI 2025 "no enhancing lesion" was normal.\n'
                  'Please attend on 21/07/2026.'),
                 '- 4A', id='r7_10',
                 marks=pytest.mark.xfail(strict=True, reason=("review r7_10 (7): read '- -'; older behaviour, no "
                                                          "b118 rule's: the results letter's 'assessed as BI-"
                                                          "RADS 4A' is dated by the prior word 'assessed as';"
                                                          " rule 7 plays no part (its quote 'no enhancing les"
                                                          "ion' holds no category)"))),
    pytest.param(('Letter to GP, 10/04/2026\n'
                  'Dear Dr Fitzgerald,\n'
                  'Your patient attended for her mammogram. Result as received:\n'
                  'Bilateral mammogram, 03/04/2026, Harbourview Imaging - Dr. A. Nkemelu:'
                  '\n'
                  '"Breasts are heterogeneously dense. Stable benign-appearing calcificat'
                  'ion right lower inner quadrant. No suspicious mass or distortion. Impr'
                  'ession: Benign findings. BI-RADS 2."\n'
                  'Plan: routine screening in 1 year.'),
                 '2 2', id='r8_01'),
    pytest.param(('Breast nurse summary 14/02/2026\n'
                  "Mammogram bilateral, 12.02.2026, St Olaf's Hospital - Dr H. Berg:\n"
                  '"Post-surgical scar left breast 12 o\'clock, stable. No new findings. I'
                  'mpression: Benign. BI-RADS 2."\n'
                  'Patient informed by letter. Next surveillance mammogram 02/2027.'),
                 '2 2', id='r8_02'),
    pytest.param(('Surgical clinic note, 28/05/2026\n'
                  'Ultrasound both breasts, 14/05/2026, Meadowbank Clinic - Dr. J. Yeo:\n'
                  '"Right breast: several simple cysts, largest 9 mm at 11 o\'clock. No so'
                  'lid lesion. Impression: Benign. BI-RADS 2."\n'
                  'Symptoms settled. Discharged to GP.'),
                 '2 2', id='r8_03'),
    pytest.param(('High-risk programme note 20/03/2026\n'
                  'Bilateral breast MRI, 11/03/2026, University Hospital - Prof. Z. Amini'
                  ' (report on portal):\n'
                  '"Minimal background enhancement. 4 mm focus right 2 o\'clock, unchanged'
                  ' for 3 years. Impression: Benign. BI-RADS 2."\n'
                  'Continue annual MRI alternating with mammography.'),
                 '2 2', id='r8_04'),
    pytest.param(('GP letter 07/04/2026\n'
                  'Bilateral mammogram, 03/04/2026, Harbourview Imaging - Dr. K. Lim:\n'
                  '"Left breast: 9 mm spiculated mass at 2 o\'clock, 6 cm from the nipple.'
                  ' Right breast: no abnormality. Impression: suspicious left breast mass'
                  '. BI-RADS 4C. Ultrasound and biopsy recommended."\n'
                  'Referred urgently to the breast clinic.'),
                 '4C -', id='r8_05'),
    pytest.param(('Breast clinic summary 12/05/2026\n'
                  'Bilateral mammogram, 22/03/2024, Harbourview Imaging - Dr X. Tan:\n'
                  '"Left upper outer quadrant 6 mm oval circumscribed mass. Impression: P'
                  'robably benign. BI-RADS 3."\n'
                  'Left breast ultrasound, 10/05/2026, Harbourview Imaging - Dr M. Reyes:'
                  '\n'
                  '"Left upper outer quadrant 6 mm oval mass unchanged over two years, co'
                  'nsistent with fibroadenoma. Impression: Benign. BI-RADS 2."\n'
                  'Discharged from follow-up.'),
                 '2 -', id='r8_06',
                 marks=pytest.mark.xfail(strict=True, reason=("review r8_06 (8): read '3 3'; older behaviour, no "
                                                          "b118 rule's: the 2024 bilateral mammogram's quoted"
                                                          " 'BI-RADS 3' goes to both sides and the 2026 left "
                                                          "ultrasound's 'BI-RADS 2' is lost; no narrow eviden"
                                                          'ce of rule 8 separates the two quoted exams'))),
    pytest.param(('Imaging results (copied into clinic record) 05/04/2026\n'
                  'Bilateral mammogram, 03/04/2026, Harbourview Imaging - Dr X. Patel:\n'
                  '"No suspicious mass, calcification or distortion. Impression: Negative'
                  '. BI-RADS 1."\n'
                  'Right breast ultrasound, 03/04/2026, Harbourview Imaging - Dr X. Patel'
                  ':\n'
                  '"Right 10 o\'clock 5 mm simple cyst, corresponding to the palpable area'
                  '. Impression: Benign. BI-RADS 2."'),
                 '1 2', id='r8_07',
                 marks=pytest.mark.xfail(strict=True, reason=("review r8_07 (8): read '2 2'; older behaviour, no "
                                                          "b118 rule's: the same-day right ultrasound's unsid"
                                                          "ed 'Benign. BI-RADS 2.' is applied to both sides o"
                                                          "ver the bilateral mammogram's 'BI-RADS 1'"))),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'Date: 14/05/2026\n'
                  'Clinical history:\n'
                  'Bilateral mammogram, 20/05/2025, Cedar Imaging - Dr. F. Holm:\n'
                  '"Dense breasts. No suspicious findings. Impression: Negative. BI-RADS '
                  '1."\n'
                  'Now right breast focal pain.\n'
                  "Findings: right 1 o'clock, area of pain: normal fibroglandular tissue,"
                  ' no cyst or mass.\n'
                  'Impression: Normal right breast ultrasound. BI-RADS 1.'),
                 '- 1', id='r8_08'),
    pytest.param(('Breast clinic 11/06/2026\n'
                  'Last bilateral mammogram, 04/2025, Harbourview - Dr S. Oduya:\n'
                  '"Scattered fibroglandular density. Impression: Negative. BI-RADS 1."\n'
                  "Today: left breast lump 2 o'clock; left breast ultrasound: 14 mm fibro"
                  'adenoma, BI-RADS 3.'),
                 '3 -', id='r8_09'),
    pytest.param(('Patient summary (insurance form) 19/02/2026\n'
                  'Bilateral mammogram, 16/02/2026, City Breast Centre - Dr. P. Ivers:\n'
                  '"Left breast 4 o\'clock 7 mm group of punctate calcifications, new. Imp'
                  'ression: left BI-RADS 4A; right BI-RADS 1."\n'
                  'Stereotactic biopsy scheduled.'),
                 '4A 1', id='r8_10'),
    pytest.param(('Oncology clinic 04/03/2026\n'
                  'Diagnostic mammogram right breast, 02/03/2026, Lakeside Imaging - Dr T'
                  '. Noor:\n'
                  '"Post-lumpectomy changes upper outer quadrant, stable. Impression: Ben'
                  'ign. BI-RADS 2."\n'
                  'Left mastectomy 2020, no reconstruction.'),
                 '- 2', id='r8_11'),
    pytest.param(('BILATERAL BREAST ULTRASOUND - ASSESSMENT\n'
                  "Right breast 10 o'clock mass 8 mm. Left breast 2 o'clock non-mass area"
                  ' 12 mm.\n'
                  'Right breast: if the core is benign and concordant, BI-RADS 4A downgra'
                  'ded to 3. Left breast: BI-RADS 3 upgraded to 4A after MRI.\n'
                  'Plan: right core biopsy; left MRI-guided biopsy.'),
                 '4A 4A', id='g_01'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM\n'
                  'Impression: Right breast BI-RADS 3 (calcifications). Left breast BI-RA'
                  'DS 0 (asymmetry).\n'
                  'Addendum 12/08/2026: right breast BI-RADS 3 downgraded to 2 after revi'
                  'ew of the prior films. Left breast BI-RADS 0 upgraded to 4A after the '
                  'second-look ultrasound.'),
                 '4A 2', id='g_02'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  "Findings: left 5 o'clock mass 9 mm, new spiculation compared with the "
                  'prior MRI.\n'
                  'Impression: Biopsy if it enlarges was the previous plan. BI-RADS 3 upg'
                  'raded to 4B after MRI.\n'
                  'US-guided core biopsy booked.'),
                 '4B -', id='g_03'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  "Findings: right 9 o'clock oval mass 7 mm, partly indistinct margin.\n"
                  "Impression: Right 9 o'clock mass. When the core result is benign and c"
                  'oncordant, BI-RADS 4A downgraded to 3.'),
                 '- 4A', id='g_04'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL (2D + TOMOSYNTHESIS)\n'
                  'Date: 08/01/2026\n'
                  'Comparison: 11/2023, 12/2024.\n'
                  'Breast composition: b - scattered fibroglandular density.\n'
                  'Findings: No mass, architectural distortion or suspicious calcificatio'
                  'n in either breast. Skin and nipples normal. Axillary tails unremarkab'
                  'le.\n'
                  'Impression: Negative screening mammogram. BI-RADS 1.\n'
                  'Recommendation: routine annual screening.'),
                 '1 1', id='o_01'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM AND ULTRASOUND, LEFT\n'
                  'Date: 19/02/2026\n'
                  "Clinical: palpable lump left breast 3 o'clock, 3 weeks.\n"
                  'Mammogram: Heterogeneously dense. At the palpable marker, an oval mass'
                  ' with partially indistinct margins, 14 mm.\n'
                  "Ultrasound: Left 3 o'clock, 5 cm FN: 13 x 9 mm hypoechoic mass, angula"
                  'r margin anteriorly, no posterior features. Left axilla: normal nodes.'
                  '\n'
                  'Impression: Suspicious left breast mass. BI-RADS 4B. US-guided core bi'
                  'opsy recommended.'),
                 '4B -', id='o_02'),
    pytest.param(('BREAST MRI BILATERAL WITH AND WITHOUT CONTRAST\n'
                  'Date: 23/04/2026\n'
                  "Indication: Newly diagnosed right breast IDC 10 o'clock (BI-RADS 5 on "
                  'mammography 04/2026), pre-operative staging.\n'
                  "Findings: Right: 21 mm irregular enhancing mass at 10 o'clock with bio"
                  'psy clip, consistent with known malignancy. No additional lesion. Left'
                  ': moderate background enhancement, no suspicious lesion.\n'
                  'Impression:\n'
                  'Right breast: known biopsy-proven malignancy, BI-RADS 6.\n'
                  'Left breast: negative, BI-RADS 1.'),
                 '1 6', id='o_03'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'Date: 02/03/2026\n'
                  "Findings: right 7 o'clock 6 mm oval hypoechoic mass, circumscribed, pa"
                  'rallel.\n'
                  'Impression: Probably benign. BI-RADS 3. Follow-up in 6 months.\n'
                  'ADDENDUM 04/03/2026: Outside ultrasound from 2023 obtained; the mass i'
                  's unchanged for 3 years. Assessment revised to BI-RADS 2 (benign). Rou'
                  'tine screening.'),
                 '- 2', id='o_04'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Date: 15/09/2026\n'
                  'Indication: bilateral breast pain, dense breasts on screening.\n'
                  "Right breast: multiple simple cysts, largest 12 mm at 9 o'clock. No so"
                  'lid lesion.\n'
                  "Left breast: 7 mm oval circumscribed hypoechoic mass at 1 o'clock, par"
                  'allel, new; no prior ultrasound.\n'
                  'Impression: Right breast BI-RADS 2. Left breast BI-RADS 3; follow-up u'
                  'ltrasound in 6 months.'),
                 '3 2', id='o_05'),
    pytest.param(('ULTRASOUND-GUIDED CORE BIOPSY, LEFT BREAST\n'
                  'Date: 11/05/2026\n'
                  "Clinical history: left 2 o'clock mass, BI-RADS 4B on diagnostic ultras"
                  'ound 04/05/2026.\n'
                  'Procedure: informed consent; local anaesthesia; 14G core x 4 under con'
                  'tinuous US guidance; clip deployed. Post-procedure mammogram: clip at '
                  'target.\n'
                  "Impression: Successful US-guided biopsy of the left 2 o'clock mass. Pa"
                  'thology pending. BI-RADS 4B.'),
                 '4B -', id='o_06'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
