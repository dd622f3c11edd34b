"""Review rfinal9: the stop's final measurement review of its radiology rules (e14395c, the stop's start -> f06a783).

128 texts written and labelled from the guide before either revision ran (98 aimed at the eleven rules of the stop:
'at the time' dating a category, a bare 'Per breast:' list, a run-in 'Note:', a pathology request form's dated exam
line, an upgrade with a biopsy clause, a quoted 'Final combined assessment:', a quoted category name after an assessment
heading, flush 'R5 / L2' lists and earlier rounds, a quote's lead-in naming an earlier year, an exam name + year +
quote, a quoted report under a bilateral exam line; 30 ordinary whole reports). At f06a783: 68 both right, 35 newly
right, 8 over-reaches, 14 both wrong, 3 newly wrong otherwise. After the narrowing (at the time: no 'today' after a
sampling's words, no result while awaited, no past verb in a letter's own clinic exam; Per breast: the overall the
most concerning listed, a '1' with a finding's aside is a count; Note: not 'this clinic', the account ends at 'now';
earlier rounds: the word must qualify a round or exam, years against the document's own; lead-in year: not the unit's
own or a month within three months; exam + year + quote: only a year before the document's, not under 'Current
imaging:', also 'Mammography'; bilateral exam line: dated in the document's year; quoted-name log: the latest line's)
every over-reach and newly wrong text reads as expected or as the stop's start did: 115 right, 13 wrong.

Right texts pass; wrong ones are strict xfails whose reason says why (older behaviour or a gap no narrow rule takes)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('Westmoor Breast Unit - One-stop clinic letter\n'
                  'Date: 11/03/2026\n'
                  'Dear Dr Farrant,\n'
                  'Mrs Adeyemi (62) attended the one-stop clinic today with a new lump in'
                  " the left breast. Of note, the right 10 o'clock lesion found at her fi"
                  'rst assessment was graded BI-RADS 4A at the time; core biopsy showed a'
                  ' fibroadenoma.\n'
                  "Left breast ultrasound today: 18 mm irregular hypoechoic mass at 2 o'c"
                  'lock, 5 cm from the nipple, with posterior shadowing; one left axillar'
                  'y node with a thickened cortex. BI-RADS 5.\n'
                  'Core biopsies of the mass and an FNA of the node were taken. I will se'
                  'e her with the results next week.\n'
                  'Yours sincerely,\n'
                  'Mr J. Halloran, Consultant Breast Surgeon'),
                 '5 -', id='a01'),
    pytest.param(('INFORME DE ECOGRAFIA MAMARIA [BREAST ULTRASOUND REPORT] - translated f'
                  'rom Spanish\n'
                  'Hospital Comarcal del Ebro, 22/01/2026\n'
                  'Clinical data: follow-up of a nodule in the left breast.\n'
                  'Findings: The nodule at the junction of the upper quadrants of the lef'
                  't breast, classified BI-RADS 3 at the time, is no longer visualised to'
                  'day. Sonographically normal left breast. In the right breast, simple c'
                  "ysts up to 6 mm at 10 o'clock.\n"
                  'CONCLUSION [CONCLUSION]: Right breast BI-RADS 2. Left breast BI-RADS 1'
                  '.'),
                 '1 2', id='a02'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM AND LEFT BREAST ULTRASOUND\n'
                  'Date: 05/02/2026\n'
                  'Findings: Scattered fibroglandular density. Left upper outer quadrant:'
                  ' coarse calcifications at the stereotactic biopsy site with a marker c'
                  'lip. No new mass or suspicious calcification in either breast. Ultraso'
                  'und of the left upper outer quadrant shows post-biopsy scarring only.\n'
                  'IMPRESSION: Benign. BI-RADS 2. Return to annual screening.\n'
                  'Comment: the biopsied calcifications were classified BI-RADS 4B at the'
                  ' time, and histology showed sclerosing adenosis, concordant.'),
                 '2 2', id='a03'),
    pytest.param(('Dictated by Dr K. Mbeki, transcribed by speech recognition.\n'
                  'Right breast ultrasound. History: follow up of right breast mass. Find'
                  "ings: the right 7 o'clock oval circumscribed mass measures 6 mm, previ"
                  'ously 11 mm. It was called BI-RADS 3 at that time and is now smaller w'
                  'ith no suspicious features. No new mass. No axillary adenopathy. Impre'
                  'ssion: decreasing probably benign mass, now benign. BI-RADS 2. Return '
                  'to routine screening.'),
                 '- 2', id='a04'),
    pytest.param(('LEFT BREAST ULTRASOUND  14/02/2026\n'
                  "Indication: palpable left breast thickening at 3 o'clock, two weeks.\n"
                  'Findings: At the site of palpable concern, marked by the patient, ther'
                  'e is normal fibroglandular tissue. No mass, cyst or architectural dist'
                  'ortion. No abnormal axillary nodes.\n'
                  'Impression: No sonographic abnormality at the palpable site. BI-RADS 1'
                  ' at this time; clinical management of the palpable finding should not '
                  'be deferred on imaging grounds.'),
                 '1 -', id='a05'),
    pytest.param(('Bilateral breast MRI, 09/03/2026, high-risk screening (BRCA2 carrier).'
                  '\n'
                  'Technique: dynamic contrast-enhanced MRI, 1.5 T.\n'
                  'Findings: Minimal background parenchymal enhancement. Right breast: a '
                  "5 mm oval circumscribed enhancing focus at 11 o'clock with persistent "
                  'kinetics, new compared with the 2025 examination. Left breast: no susp'
                  'icious enhancement. No adenopathy.\n'
                  'Assessment: right breast BI-RADS 3 at the time of this examination, wi'
                  'th short-interval MRI in 6 months; left breast BI-RADS 1.'),
                 '1 3', id='a06'),
    pytest.param(('Riverside Breast Clinic\n'
                  'Clinic date: 17/02/2026\n'
                  'Dear Dr Okonkwo,\n'
                  'Thank you for referring Ms Lindqvist, 47, with a lump in her left brea'
                  "st. On examination there was a 2 cm firm mobile lump at 2 o'clock. The"
                  ' ultrasound performed in clinic showed a 17 mm irregular hypoechoic ma'
                  'ss, which was BI-RADS 4B at the time, and a core biopsy was taken unde'
                  'r ultrasound guidance. The right breast was not scanned.\n'
                  'I will see her again with the histology in one week.\n'
                  'Kind regards,\n'
                  'Ms R. Achterberg, Breast Surgeon'),
                 '4B -', id='a07',
                 marks=pytest.mark.xfail(strict=True, reason=("review a07 (at_the_time): read '- -'; 'Thank you f"
                                                          'or referring Ms ... with a lump in her left breast'
                                                          ".' opens a referral history that swallows the para"
                                                          'graph (older behaviour, as in old). The at_the_tim'
                                                          'e rule no longer dates it: with that sentence rewo'
                                                          'rded it reads L=4B (probe a07_nothanks; the past v'
                                                          "erb of a letter narrating its own clinic exam, 'pe"
                                                          "rformed in clinic', dates nothing)."))),
    pytest.param(('One-stop breast clinic note, 24/02/2026 - Mrs D. Fontaine, 66.\n'
                  'Presenting complaint: left breast lump noticed 3 weeks ago.\n'
                  "Left breast: 14 mm irregular mass at 1 o'clock on the clinic ultrasoun"
                  'd, BI-RADS 4C at the time, and core biopsies taken today (3 x 14G, mar'
                  'ker clip placed). Left axilla: normal nodes.\n'
                  'Right breast: normal on examination, not imaged.\n'
                  'Plan: MDT discussion with histology next Thursday; breast care nurse c'
                  'ontact details given.'),
                 '4C -', id='a08'),
    pytest.param(('MAMMOGRAPHIE BILATERALE [BILATERAL MAMMOGRAM] - translated from French'
                  ', Clinique du Parc, Lyon\n'
                  "Date de l'examen [exam date]: 19/01/2026\n"
                  'Indication: annual surveillance after a right breast biopsy.\n'
                  'Result: Heterogeneously dense breasts (type C). Right breast: the calc'
                  'ifications at the biopsy site, BI-RADS 4 at the time of biopsy, are un'
                  'changed; marker clip in place. Left breast: no abnormality.\n'
                  'Conclusion: Right breast BI-RADS 2. Left breast BI-RADS 1.'),
                 '1 2', id='a09'),
    pytest.param(('Breast care nurse telephone note, 05/03/2026\n'
                  "Called Mrs Petrakis regarding her left breast biopsy. The left 4 o'clo"
                  'ck mass was sampled under ultrasound on 02/03/2026 (BI-RADS 4A at the '
                  'time; pathology still awaited). Patient anxious; advised the results a'
                  're expected by Friday and she will be seen in clinic. Safety-netting a'
                  'dvice given. No bruising or wound problems reported.'),
                 '4A -', id='a10'),
    pytest.param(('Response assessment MRI, both breasts, 10/03/2026.\n'
                  "Known left breast carcinoma at 2 o'clock, 31 mm and BI-RADS 6 at the t"
                  'ime of staging, now 9 mm of residual enhancement after four cycles of '
                  'neoadjuvant chemotherapy. Marker clip in place. No new enhancement.\n'
                  'Right breast: no suspicious enhancement.\n'
                  'Assessment: left breast BI-RADS 6, partial response; right breast BI-R'
                  'ADS 1.'),
                 '6 1', id='a11'),
    pytest.param(('MRI BREAST BILATERAL WITH AND WITHOUT CONTRAST\n'
                  'Date: 02/03/2026\n'
                  'Indication: Supplemental screening, extremely dense breasts.\n'
                  'Findings: Moderate background parenchymal enhancement. Right breast: 7'
                  " mm irregular enhancing mass at 10 o'clock, middle depth, with washout"
                  ' kinetics; no mammographic or sonographic correlate on review. Left br'
                  "east: stable intramammary lymph node at 3 o'clock.\n"
                  'Overall assessment: BI-RADS 4B - Suspicious.\n'
                  "Per breast: Right 4B (10 o'clock mass, MRI-guided biopsy). Left 2 (int"
                  'ramammary node).\n'
                  "Recommendation: MRI-guided biopsy of the right 10 o'clock mass."),
                 '2 4B', id='b01'),
    pytest.param(("Screening tomosynthesis with supplemental ultrasound - Kowloon Women's"
                  ' Imaging Centre\n'
                  'Date: 15/01/2026\n'
                  'The breasts are heterogeneously dense. No suspicious mass or calcifica'
                  "tion on tomosynthesis. Whole-breast ultrasound: right 9 o'clock oval p"
                  'arallel hypoechoic mass, 6 mm, new, circumscribed; left breast simple '
                  'cysts up to 5 mm.\n'
                  'Final BI-RADS: 3\n'
                  'By breast: R 3 (new circumscribed mass, 6-month ultrasound). L 2 (simp'
                  'le cysts).\n'
                  'Follow-up: right breast ultrasound in 6 months.'),
                 '2 3', id='b02'),
    pytest.param(('MAMMOGRAFIE EN ECHOGRAFIE BEIDERZIJDS [BILATERAL MAMMOGRAPHY AND ULTRA'
                  'SOUND] - vertaald [translated]\n'
                  'Ziekenhuis Rivierenland, 08/02/2026\n'
                  'Verslag [Report]: Dense breasts (ACR c). Right: grouped amorphous calc'
                  "ifications at 12 o'clock over 8 mm, no sonographic correlate. Left: be"
                  'nign-appearing lymph node in the axillary tail.\n'
                  'Eindconclusie [Final conclusion]: BI-RADS 4A\n'
                  'Per breast: Right 4A (calcifications, stereotactic biopsy). Left 2 (ly'
                  'mph node).'),
                 '2 4A', id='b03',
                 marks=pytest.mark.xfail(strict=True, reason=("review b03 (per_breast): read '4A 4A'; The overall"
                                                          " line is a glossed heading 'Eindconclusie [Final c"
                                                          "onclusion]: BI-RADS 4A'; _OVERALL_CATEGORY_ABOVE t"
                                                          "akes only 'Overall/Final assessment|category|BI-RA"
                                                          "DS:' at the line start, so the list is not read."))),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL - Northgate Community Hospital\n'
                  'Date of exam: 21/02/2026\n'
                  'Comparison: screening mammograms of 2024 and 2025.\n'
                  'Findings: Scattered fibroglandular densities. Stable calcified oil cys'
                  't in the left lower inner quadrant. No suspicious mass, calcification '
                  'or distortion in the right breast.\n'
                  'Overall assessment: BI-RADS 2 - Benign.\n'
                  'Per-breast: Right 1. Left 2 (oil cyst).\n'
                  'Annual screening recommended.'),
                 '2 1', id='b04'),
    pytest.param(('BILATERAL BREAST ULTRASOUND - Harbour Medical Imaging\n'
                  'Date: 07/03/2026\n'
                  'Indication: multiple tender lumps, known fibrocystic change.\n'
                  'Findings: Multiple simple cysts in both breasts, the largest 13 mm at '
                  "the right 11 o'clock position. No solid mass. No suspicious axillary n"
                  'odes.\n'
                  'OVERALL ASSESSMENT: BI-RADS 2 - Benign.\n'
                  'Per breast: Right 2 (simple cysts, 13 mm and 7 mm). Left 4 (simple cys'
                  'ts, up to 9 mm).\n'
                  'No follow-up imaging required.'),
                 '2 2', id='b05'),
    pytest.param(('Breast ultrasound, both breasts - Dr S. Raman, Lakeshore Diagnostic Ce'
                  'ntre, 12/01/2026\n'
                  'Known multiple fibroadenomas, annual review.\n'
                  "Right breast: two oval circumscribed hypoechoic masses at 9 and 2 o'cl"
                  'ock, 8 and 15 mm, unchanged from 2024 and 2025. Left breast: one oval '
                  "circumscribed mass at 6 o'clock, 11 mm, unchanged.\n"
                  'Final BI-RADS: 2\n'
                  'Per breast: Right 2 (fibroadenomas, stable). Left 1 (fibroadenoma, sta'
                  'ble).\n'
                  'Discharged from ultrasound follow-up.'),
                 '2 2', id='b06',
                 marks=pytest.mark.xfail(strict=True, reason=("review b06 (per_breast): read '2 -'; Back to the s"
                                                          "top's start's reading: the 'Per breast:' list is n"
                                                          "o longer read (its 'Left 1 (fibroadenoma, stable)'"
                                                          ' counts a finding, so the overall 2 stands); the o'
                                                          "verall's 2 reaches the left breast only, R=- (olde"
                                                          'r behaviour, old read 2 -).'))),
    pytest.param(('Second-opinion review - Eastfield University Hospital, 20/01/2026\n'
                  'Outside MRI 12/2025 (Clinica San Marco, reviewed at our conference):\n'
                  'Overall assessment: BI-RADS 4A\n'
                  'Per breast: Right 1 (negative). Left 4A (non-mass enhancement, biopsy)'
                  '.\n'
                  'Our review: the left non-mass enhancement is symmetric with the right '
                  'and consistent with background parenchymal enhancement.\n'
                  'Final assessment (our review): BI-RADS 2, both breasts.'),
                 '2 2', id='b07'),
    pytest.param(('POST-PROCEDURE MAMMOGRAM, BILATERAL CC AND ML VIEWS\n'
                  'Date: 26/02/2026\n'
                  'Following bilateral stereotactic biopsies, marker clips are seen at th'
                  "e biopsy sites: right breast two clips (barbell at 11 o'clock, coil at"
                  " 12 o'clock), left breast one clip (ribbon at 3 o'clock), each within "
                  '5 mm of the target.\n'
                  'Final BI-RADS: 4B\n'
                  'Per breast: Right 2 (clips). Left 1 (clip).\n'
                  'Pathology correlation to follow.'),
                 '4B 4B', id='b08'),
    pytest.param(('Diagnostic mammogram, bilateral - Mercy West Imaging, 04/03/2026\n'
                  'History: callback from screening for a right breast asymmetry.\n'
                  'Findings: spot compression views of the right upper outer quadrant sho'
                  'w persistence of a 12 mm focal asymmetry; targeted ultrasound shows no'
                  ' correlate. Left breast unremarkable.\n'
                  'Overall assessment: BI-RADS 0 - Incomplete.\n'
                  'Per breast: Right 0 (focal asymmetry, MRI recommended). Left 1 (negati'
                  've).'),
                 '1 0', id='b09'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'Sunrise Imaging, Accra - 16/02/2026\n'
                  'Clinical information: painful lump in the right breast for three weeks'
                  '. Note: left breast ultrasound at a private clinic last month was repo'
                  'rted as BI-RADS 2 (copy not available).\n'
                  "Findings: At the right 9 o'clock position, 3 cm from the nipple, a 22 "
                  'x 15 mm irregular, non-parallel hypoechoic mass with angular margins a'
                  'nd internal vascularity. Two right axillary nodes with cortical thicke'
                  'ning up to 5 mm.\n'
                  'Impression: Highly suspicious right breast mass with abnormal axillary'
                  ' nodes. BI-RADS 5. Ultrasound-guided core biopsy of the mass and node '
                  'arranged.'),
                 '- 5', id='c01'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM LEFT - Valley Regional Medical Center, 03/03/2026'
                  '\n'
                  'INDICATION: New left nipple inversion. NOTE: right breast screening ma'
                  'mmogram done elsewhere in January, BI-RADS 1 per patient.\n'
                  'TECHNIQUE: CC, MLO and ML views of the left breast.\n'
                  'FINDINGS: Predominantly fatty breast. Retroareolar 9 mm spiculated mas'
                  's with nipple retraction and skin thickening.\n'
                  'IMPRESSION: Left retroareolar spiculated mass. BI-RADS 5. Ultrasound a'
                  'nd biopsy today.'),
                 '5 -', id='c02'),
    pytest.param(('Breast ultrasound - left\n'
                  "Clinical details: follow-up of left 1 o'clock complicated cyst. Notes:"
                  " previous scan at St Brigid's Hospital in September reported the cyst "
                  'as BI-RADS 3.\n'
                  "Findings: The left 1 o'clock lesion measures 7 x 5 mm, anechoic with p"
                  'osterior enhancement and a thin wall, now a simple cyst. No solid comp'
                  'onent. No other abnormality in the left breast.\n'
                  'Conclusion: simple cyst. BI-RADS 2. No further follow-up.'),
                 '2 -', id='c03'),
    pytest.param(('Left breast ultrasound - Coastline Radiology, 09/02/2026\n'
                  'Clinical history: lump in the left upper outer quadrant. Note: contral'
                  'ateral breast examined as well during this visit for a patient concern'
                  ' - normal, BI-RADS 1.\n'
                  "Left breast: 8 mm oval circumscribed parallel hypoechoic mass at 2 o'c"
                  'lock, consistent with a fibroadenoma. No other lesion.\n'
                  'Impression: BI-RADS 3; follow-up ultrasound in 6 months.'),
                 '3 1', id='c04',
                 marks=pytest.mark.xfail(strict=True, reason=("review c04 (note): read '3 -'; The note tells toda"
                                                          "y's scan of the 'contralateral breast' of a left b"
                                                          'reast exam: no side word, so its BI-RADS 1 gets no'
                                                          ' side (as before). The note rule correctly leaves '
                                                          "it (today's: 'this visit')."))),
    pytest.param(('Breast Ultrasound Report - Thika Level 5 Hospital\n'
                  'Date: 02/03/2026\n'
                  'Clinical notes: right breast lump for one month, aged 38. Note: the le'
                  "ft breast was examined as well at this clinic on the patient's request"
                  '; normal, BI-RADS 1.\n'
                  "Right breast: at 11 o'clock a 19 mm oval, circumscribed, parallel hypo"
                  'echoic mass, consistent with a fibroadenoma. No axillary lymphadenopat'
                  'hy.\n'
                  'Impression: right breast probable fibroadenoma, BI-RADS 3.'),
                 '1 3', id='c05'),
    pytest.param(('US LEFT BREAST (targeted) - Southside Imaging, 19/02/2026.\n'
                  'Clinical: f/u L 3:00 complicated cyst. Note: measured 14 mm at an outs'
                  'ide facility, now 8 mm and simple, BI-RADS 2.\n'
                  'No other finding in the left breast. Routine screening.\n'
                  'Reported by Dr T. Aziz.'),
                 '2 -', id='c06',
                 marks=pytest.mark.xfail(strict=True, reason=("review c06 (note): read '- -'; 'at an outside faci"
                                                          "lity' dates the sentence's category (older behavio"
                                                          "ur, as in old). The note rule now ends the note's "
                                                          "history at its turn to today (', now 8 mm and simp"
                                                          "le, BI-RADS 2'): with 'at the referring practice' "
                                                          'it reads L=2 (probe c06_minimal).'))),
    pytest.param(("RIGHT BREAST ULTRASOUND - Women's Health Centre, 25/01/2026\n"
                  'Clinical information: right breast pain, no palpable lump. Note: patie'
                  'nt is 30 weeks pregnant.\n'
                  'Findings: Lactational changes with prominent fibroglandular tissue. No'
                  ' focal mass, no duct dilatation, no collection. Normal right axillary '
                  'nodes.\n'
                  'Impression: Normal right breast ultrasound. BI-RADS 1.'),
                 '- 1', id='c07'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM - Klinikum Nord (translated from German'
                  '), 12/03/2026\n'
                  'Clinical question [Fragestellung]: palpable finding in the left breast'
                  '. Note: MRI of both breasts at the other hospital, BI-RADS 3 according'
                  ' to the patient.\n'
                  'Findings: ACR density B. Left upper outer quadrant: 14 mm irregular ma'
                  'ss with indistinct margins, correlating with the palpable finding. Rig'
                  'ht breast without findings.\n'
                  'Assessment: Left BI-RADS 4C. Right BI-RADS 1.'),
                 '4C 1', id='c08',
                 marks=pytest.mark.xfail(strict=True, reason=("review c08 (note): read '4C 3'; The history headin"
                                                          "g is a glossed 'Clinical question [Fragestellung]:"
                                                          "', not read as a history, so the note's unsided 'B"
                                                          "I-RADS 3' is read for both breasts and outranks 'R"
                                                          "ight BI-RADS 1' (as before). Under 'Clinical histo"
                                                          "ry:' new reads 4C 1."))),
    pytest.param(('ULTRASOUND RIGHT BREAST - 27/01/2026\n'
                  'Indication: screening recall for a right breast asymmetry. Note: left '
                  'breast biopsy at another hospital last year, reported as BI-RADS 4A an'
                  'd then benign.\n'
                  'Findings: No sonographic correlate for the mammographic asymmetry in t'
                  'he right upper outer quadrant; normal fibroglandular tissue. No axilla'
                  'ry abnormality.\n'
                  'Impression: Negative. BI-RADS 1.'),
                 '- 1', id='c09'),
    pytest.param(('BREAST PATHOLOGY REQUEST FORM\n'
                  'Royal Kestrel Hospital - Department of Cellular Pathology\n'
                  'Patient: HARTE, Miriam   DOB: 02/07/1969   MRN: 4471920\n'
                  'Requesting clinician: Dr A. Sandoval (Breast Radiology)\n'
                  "Specimen: US-guided core biopsy, left breast 2 o'clock, 14G x 3 cores\n"
                  'Clinical history / imaging:\n'
                  'Bilateral mammogram + US 12/03/2026:\n'
                  'L 2:00 irregular hypoechoic mass 9 mm, 4 cm FN, BI-RADS 4B.\n'
                  'R breast: benign-appearing calcifications, BI-RADS 2.\n'
                  'Previous surgery: none. HRT: no.\n'
                  'Urgent - 2WW pathway.'),
                 '4B 2', id='d01'),
    pytest.param(('CYTOLOGY REQUISITION - BREAST FNA\n'
                  'Aga Khan University Hospital, Nairobi\n'
                  "Material: FNA right breast 10 o'clock, 2 passes, air-dried and alcohol"
                  '-fixed slides\n'
                  'Clinical information:\n'
                  "US R 10 o'clock 2026-02-14: 12 mm complex cystic and solid mass with a"
                  ' thick wall, BI-RADS 4A.\n'
                  'Aspirate was blood-stained, about 1 ml.\n'
                  'Requested by: Dr N. Wambui, Radiology. Date: 2026-02-14'),
                 '- 4A', id='d02'),
    pytest.param(('HISTOPATHOLOGY REQUEST FORM\n'
                  'Patient: OYELARAN, Bisi   Hosp no: 26-118804\n'
                  'Specimen: FNA left axilla, level I node, 22G x 2 passes\n'
                  'Clinical details:\n'
                  'Bilateral mammogram + US 05/03/2026:\n'
                  "Left 5 o'clock 24 mm spiculated mass, BI-RADS 5 (core biopsy sent sepa"
                  'rately, form 2 of 2).\n'
                  'Left axilla: node with 6 mm cortex.\n'
                  'Right breast: BI-RADS 1.\n'
                  'Requesting doctor: Dr L. Fontaine, Breast Imaging'),
                 '- -', id='d03',
                 marks=pytest.mark.xfail(strict=True, reason=("review d03 (request_form): read '- 1'; A node FNA "
                                                          'form: the new rule correctly does not end the hist'
                                                          "ory (no breast specimen), but 'Right breast: BI-RA"
                                                          "DS 1.' in the form's clinical details is read as b"
                                                          'efore.'))),
    pytest.param(('HISTOPATHOLOGY REPORT            Request No: 26H-11402\n'
                  "Specimen: left breast, US-guided core biopsy 1 o'clock\n"
                  'Clinical details (from request):\n'
                  'Bilateral mammogram and US 02/03/2026:\n'
                  'L 1:00 mass 11 mm, BI-RADS 4C. R: normal.\n'
                  'Macroscopy: three cores, 12-15 mm, all embedded.\n'
                  'Microscopy: infiltrating cords and nests of moderately pleomorphic cel'
                  'ls.\n'
                  "Diagnosis: Left breast 1 o'clock core: invasive carcinoma of no specia"
                  'l type, grade 2.'),
                 '- -', id='d04'),
    pytest.param(('PATHOLOGY REQUEST - BREAST CORE BIOPSY\n'
                  "St Olave's Breast Centre\n"
                  'Procedure: stereotactic vacuum-assisted biopsy right breast UOQ, 9G x '
                  '12\n'
                  'Clinical:\n'
                  'Previous mammogram 14/02/2025: R UOQ punctate calcifications, BI-RADS '
                  '3, 6-month follow-up.\n'
                  'Diagnostic mammogram 18/02/2026:\n'
                  'R UOQ calcifications increased in number, now fine pleomorphic over 14'
                  ' mm, BI-RADS 4B.\n'
                  'L: no change, BI-RADS 1.\n'
                  'Specimen radiograph: calcifications present in 6 of 12 cores.'),
                 '1 4B', id='d05'),
    pytest.param(('HISTOLOGY REQUEST FORM - Breast\n'
                  'Queen Elizabeth Central Hospital, Blantyre\n'
                  "Specimen: US core right breast 7 o'clock, 16G x 4\n"
                  'Clinical information:\n'
                  "US 02/2026: R 7 o'clock 10 mm oval mass, BI-RADS 4A.\n"
                  'Family history: sister with breast cancer at 44.\n'
                  'Requesting officer: Dr M. Banda'),
                 '- -', id='d06'),
    pytest.param(('CYTOPATHOLOGY REQUEST FORM (BREAST)\n'
                  'Date of request: 11/03/2026\n'
                  "Material: FNA left breast 3 o'clock cyst, 8 ml turbid fluid\n"
                  'Clinical details:\n'
                  "Mammogram 20/10/2025: left 3 o'clock circumscribed mass, BI-RADS 0, ul"
                  'trasound advised.\n'
                  'Patient moved from abroad; ultrasound in clinic today shows a complica'
                  'ted cyst, aspirated to dryness.\n'
                  'Clinician: Dr H. Lindgren'),
                 '- -', id='d07'),
    pytest.param(('BREAST HISTOPATHOLOGY REQUEST FORM\n'
                  'Hospital Universiti, Kuala Lumpur\n'
                  "Site: right breast 11 o'clock\n"
                  'Biopsy type: ultrasound-guided core, 14G x 4\n'
                  'Clinical summary:\n'
                  "US right breast 03/03/2026: 15 mm irregular mass at 11 o'clock with an"
                  'gular margins, BI-RADS 4C.\n'
                  'Left breast: not imaged.\n'
                  'Requesting doctor: Dr Tan Wei Ling'),
                 '- 4C', id='d08',
                 marks=pytest.mark.xfail(strict=True, reason=("review d08 (request_form): read '- -'; The form na"
                                                          "mes its specimen on 'Site: right breast 11 o'clock"
                                                          "' and 'Biopsy type: ultrasound-guided core' lines;"
                                                          " _REQUEST_FORM_SPECIMEN_LINE wants 'Specimen|Proce"
                                                          "dure|Material|Sample|Part X:', so the exam line 'U"
                                                          "S right breast 03/03/2026:' is not read."))),
    pytest.param(('BREAST PATHOLOGY REQUISITION - MRI-GUIDED BIOPSY\n'
                  "Part A: LEFT breast 11 o'clock, MRI-guided vacuum biopsy 9G x 6\n"
                  'Clinical history:\n'
                  'MRI breasts 20/02/2026:\n'
                  "Left 11 o'clock 9 mm clumped non-mass enhancement, BI-RADS 4B.\n"
                  'Right: background enhancement only, BI-RADS 1.\n'
                  'Known right breast cancer treated in 2019 (WLE and radiotherapy).\n'
                  'Submitting radiologist: Dr P. Castellanos'),
                 '4B 1', id='d09'),
    pytest.param(('HISTOPATHOLOGY REQUEST FORM\n'
                  "Specimen: US-guided core biopsy right breast 10 o'clock, 14G x 3\n"
                  'Clinical details:\n'
                  'Screening mammogram 05/01/2026: R asymmetry, BI-RADS 0. L BI-RADS 1.\n'
                  'Diagnostic mammogram + US 19/01/2026:\n'
                  "R 10 o'clock 8 mm irregular mass, BI-RADS 4A.\n"
                  'Requesting: Dr S. Iyer, Breast Imaging, 19/01/2026'),
                 '1 4A', id='d10'),
    pytest.param(('LEFT BREAST ULTRASOUND - 10/02/2026\n'
                  "Findings: 7 mm oval hypoechoic mass at 4 o'clock, 3 cm from the nipple"
                  ', mostly circumscribed.\n'
                  'Impression: Probably benign. BI-RADS 3.\n'
                  'ADDENDUM 12/02/2026: Comparison with the outside MRI of January 2026 s'
                  'hows the lesion corresponds to an enhancing mass with washout kinetics'
                  '. Left breast BI-RADS 3 is upgraded to BI-RADS 4A; ultrasound-guided b'
                  'iopsy recommended instead of short-interval follow-up.'),
                 '4A -', id='e01'),
    pytest.param(('BILATERAL BREAST MRI, 26/01/2026\n'
                  "Findings: Right breast: 6 mm enhancing focus at 12 o'clock, new since "
                  '2025. Left breast: no suspicious enhancement.\n'
                  'Impression: Right breast BI-RADS 3 (new focus, short-interval follow-u'
                  'p). Left breast BI-RADS 1.\n'
                  'ADDENDUM (Dr H. Varga, 28/01/2026): Reviewed at the breast MDT given h'
                  'er BRCA1 status. Right breast BI-RADS 3 is upgraded to 4B; MRI-guided '
                  'biopsy advised.'),
                 '1 4B', id='e02'),
    pytest.param(('Screening assessment clinic - mammographic work-up, 06/03/2026 (transl'
                  'ated from Portuguese)\n'
                  'Left breast: magnification views show a 6 mm group of round and puncta'
                  'te calcifications in the upper inner quadrant, BI-RADS 3.\n'
                  'Revision after consultant review: Left breast BI-RADS 3 is upgraded to'
                  ' 4A; stereotactic tissue sampling recommended.\n'
                  'Right breast: no abnormality, BI-RADS 1.'),
                 '4A 1', id='e03'),
    pytest.param(('RIGHT BREAST ULTRASOUND, 04/02/2026 - Greenhill Diagnostics\n'
                  'Right breast: BI-RADS 3 upgraded to 4A; biopsy recommended.\n'
                  'Second reader (consultant) review of the cine clips the same afternoon'
                  ': the mass is a complicated cyst with a fluid-debris level, which reso'
                  'lved completely on aspiration.\n'
                  'Final assessment: BI-RADS 2.'),
                 '- 2', id='e04'),
    pytest.param(('ECOGRAFIA MAMARIA DERECHA [RIGHT BREAST ULTRASOUND] - translated from '
                  'Spanish, Clinica Santa Lucia, 18/02/2026\n'
                  "Hallazgos [Findings]: right 6 o'clock irregular hypoechoic nodule, 13 "
                  'mm, with indistinct margins. BI-RADS 4A.\n'
                  'ADDENDUM 19/02/2026: after comparison with the elastography images (hi'
                  'gh stiffness throughout), the right breast BI-RADS 4A is upgraded to 4'
                  'C; tissue sampling is recommended.'),
                 '- 4C', id='e05'),
    pytest.param(('Breast clinic letter, 02/03/2026\n'
                  'Dear Dr Horvath,\n'
                  'Ms Kiraly was reviewed today. At her assessment in 2025 the left breas'
                  't BI-RADS 3 was upgraded to 4A; biopsy recommended. The core biopsy sh'
                  'owed a fibroadenoma, concordant.\n'
                  "Today's left breast ultrasound: the fibroadenoma at 3 o'clock is uncha"
                  'nged at 9 mm. Impression: benign, BI-RADS 2.\n'
                  'She is discharged to routine screening.\n'
                  'Yours sincerely, Dr V. Nagy'),
                 '2 -', id='e06'),
    pytest.param(('LEFT BREAST ULTRASOUND, 02/02/2026\n'
                  "Findings: left 3 o'clock oval hypoechoic mass 9 mm, circumscribed, par"
                  'allel.\n'
                  'Impression: BI-RADS 3, short-interval follow-up ultrasound in six mont'
                  'hs.\n'
                  'Addendum dictated by Dr P. Quispe, 04/02/2026: after review of her pri'
                  "or films from 2023 the left 3 o'clock mass is new. Left breast BI-RADS"
                  ' 3 is upgraded to 4B; US-guided core biopsy recommended. Discussed wit'
                  'h the patient by telephone.'),
                 '4B -', id='e07'),
    pytest.param(('Second-opinion breast ultrasound review - Maple Ridge Hospital, 15/01/'
                  '2026\n'
                  'Outside report (Lakeview Imaging, 08/01/2026): left breast BI-RADS 3 u'
                  'pgraded to 4A; biopsy recommended by the outside radiologist.\n'
                  "Our review of the images and repeat scan today: the left 10 o'clock le"
                  'sion is an intramammary lymph node with a fatty hilum, 6 mm.\n'
                  'Impression: left breast, benign intramammary node. BI-RADS 2. No biops'
                  'y required.'),
                 '2 -', id='e08'),
    pytest.param(('Dear Dr Mahlangu,\n'
                  'Re: Mrs T. Nkosi, 54\n'
                  'Her imaging at our unit on 24/02/2026 was reported as follows:\n'
                  '"Mammography: right breast BI-RADS 1, left breast BI-RADS 0 (developin'
                  'g asymmetry, 12 o\'clock)."\n'
                  '"Ultrasound: left 12 o\'clock 5 mm simple cyst corresponding to the asy'
                  'mmetry."\n'
                  '"Final combined assessment: right breast BI-RADS 1, left breast BI-RAD'
                  'S 2."\n'
                  'She has been returned to routine screening.\n'
                  'Kind regards,\n'
                  'Breast Screening Office, Groote Schuur Hospital'),
                 '2 1', id='f01'),
    pytest.param(('Telephone results note, 10/03/2026 - breast care nurse.\n'
                  'Read to the patient from the radiology report:\n'
                  "“Ultrasound assessment: right 8 o'clock mass, BI-RADS 4A (biopsy sugge"
                  'sted).”\n'
                  "“MRI: the right 8 o'clock mass is a fat-containing intramammary lymph "
                  'node.”\n'
                  '“Combined final impression: right breast BI-RADS 2, left breast BI-RAD'
                  'S 1.”\n'
                  'Patient reassured; the biopsy appointment was cancelled.'),
                 '1 2', id='f02'),
    pytest.param(('Dear Ms Ferreira,\n'
                  'Your breast imaging results from 05/02/2026 are now available. Your ma'
                  'mmogram and ultrasound of both breasts were reviewed together, and the'
                  ' radiologist wrote "Final combined assessment: BI-RADS 2, benign findi'
                  'ngs in both breasts". You do not need any further tests. Your next rou'
                  'tine mammogram will be due in two years.\n'
                  'With best wishes,\n'
                  'The Breast Imaging Team, Hospital da Luz'),
                 '2 2', id='f03'),
    pytest.param(('Dear Dr Ivanova,\n'
                  'Re: Ms Kasia Nowak\n'
                  'At her first visit in 2024 the report concluded:\n'
                  '"Final combined assessment: right breast BI-RADS 3, left breast BI-RAD'
                  'S 1."\n'
                  'She returned today (09/03/2026) for her 24-month right breast ultrasou'
                  "nd: the 7 mm right 10 o'clock oval mass is unchanged over two years.\n"
                  'Assessment: right breast BI-RADS 2. Return to routine screening.\n'
                  'Yours sincerely,\n'
                  'Dr M. Ortega, Consultant Radiologist'),
                 '- 2', id='f04',
                 marks=pytest.mark.xfail(strict=True, reason=("review f04 (final_combined_quote): read '1 3'; 'At"
                                                          " her first visit in 2024 the report concluded:' na"
                                                          "mes the earlier year but not as '2024 report', so "
                                                          'the quoted 2024 combined assessment (R3 L1) stands'
                                                          " over today's 'right breast BI-RADS 2' (as in old)"
                                                          ". 'Her 2024 report:' reads '- 2'. The new quote-op"
                                                          "ening 'Final combined assessment' rule changes not"
                                                          'hing here (same reading without it).'))),
    pytest.param(('Referral summary (breast care nurse), 12/02/2026\n'
                  'From the radiology report, line by line:\n'
                  '"Tomosynthesis: left breast architectural distortion at 1 o\'clock, BI-'
                  'RADS 4B; right breast negative, BI-RADS 1."\n'
                  '"Targeted ultrasound: no sonographic correlate for the distortion."\n'
                  '"Final combined assessment: left breast BI-RADS 4B (tomosynthesis-guid'
                  'ed biopsy), right breast BI-RADS 1."\n'
                  'Biopsy booked for 19/02/2026.'),
                 '4B 1', id='f05'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM - 03/03/2026\n'
                  'History: prior combined study, quoted from her referral:\n'
                  '"Final combined assessment: left breast BI-RADS 3, right breast BI-RAD'
                  'S 1."\n'
                  "Findings: The left 3 o'clock circumscribed oval mass is stable for thr"
                  'ee years. Scattered fibroglandular densities. No suspicious calcificat'
                  'ions.\n'
                  'Impression: Benign. BI-RADS 2.'),
                 '2 2', id='f06'),
    pytest.param(('Referto tradotto [translated report], Ospedale San Gerardo, 14/01/2026'
                  ', quoted for the surgeon:\n'
                  '"Mammografia [Mammography]: sinistra [left] BI-RADS 4A (microcalcifica'
                  'zioni [microcalcifications]), destra [right] BI-RADS 2."\n'
                  '"Ecografia [Ultrasound]: sinistra [left] BI-RADS 2 (cisti [cyst])."\n'
                  '" Final Combined Assessment: left BI-RADS 4A, right BI-RADS 2."\n'
                  'Stereotactic biopsy requested.'),
                 '4A 2', id='f07'),
    pytest.param(('BREAST SCREENING RECALL - ASSESSMENT RECORD\n'
                  'Screening site: Tamarind Mobile Unit 3\n'
                  'Exam: Right breast ultrasound, 13/02/2026\n'
                  'Report assessment: "Probably benign." (no number given)\n'
                  'Action: 6-month ultrasound booked. Letter sent to GP. Client informed '
                  'by telephone.'),
                 '- 3', id='g01'),
    pytest.param(('Oncology handover note 20/02/2026 - Ms Haddad, on adjuvant chemotherap'
                  'y.\n'
                  'Imaging since last clinic: left breast ultrasound for an axillary tail'
                  ' lump.\n'
                  '- Assessment: "Benign."\n'
                  '- Plan: no biopsy; review in clinic in 3 months.\n'
                  'Chemotherapy cycle 4 proceeding; bloods satisfactory.'),
                 '2 -', id='g02'),
    pytest.param(('Imaging summary for the breast MDT, 04/03/2026 - Mrs O. Salako\n'
                  'Bilateral diagnostic mammogram 27/02/2026, final assessment: "Negative'
                  '."\n'
                  'Right breast ultrasound 27/02/2026, final assessment: "Benign."\n'
                  'Discussion: the palpable right lump corresponds to a simple cyst; disc'
                  'harge to routine screening.'),
                 '1 2', id='g03'),
    pytest.param(('Left breast ultrasound-guided biopsy request, 08/03/2026 - Interventio'
                  'nal Breast Radiology\n'
                  'Assessment: “Highly suggestive of malignancy.”\n'
                  "Target: left 12 o'clock 2 cm spiculated mass with an abnormal axillary"
                  ' node.\n'
                  'Anticoagulants: none. Allergies: none known.'),
                 '5 -', id='g04'),
    pytest.param(('Second opinion review - left breast ultrasound from Brightwater Imagin'
                  'g, 02/02/2026\n'
                  'Outside assessment: "Suspicious."\n'
                  "Our review: the left 3 o'clock lesion is an oval circumscribed paralle"
                  'l mass, 7 mm, with features of a fibroadenoma; BI-RADS 3. Six-month fo'
                  'llow-up ultrasound recommended.'),
                 '3 -', id='g05'),
    pytest.param(('LEFT BREAST CYST ASPIRATION, 11/02/2026\n'
                  "Ultrasound: left 2 o'clock 18 mm complicated cyst with low-level echoe"
                  's; BI-RADS 3. Aspirated to dryness under ultrasound guidance, 12 ml of'
                  ' turbid green fluid, sent for cytology.\n'
                  'Addendum 18/02/2026: Cytopathology assessment: "Benign." (C2). No furt'
                  'her action needed.'),
                 '3 -', id='g06'),
    pytest.param(('Telephone note: the patient asked what her old 2023 scan said; I read '
                  'out the relevant line, assessment: "Benign." Today\'s right breast ultr'
                  "asound, 06/03/2026: 11 mm oval mass at 9 o'clock, new, with an indisti"
                  'nct margin, BI-RADS 4A; ultrasound-guided biopsy arranged for next wee'
                  'k.'),
                 '- 4A', id='g07'),
    pytest.param(('Breast screening programme - imaging log (reverse chronological)\n'
                  'Client: 77310-2\n'
                  'Left breast ultrasound 12/01/2026, final assessment: "Probably benign.'
                  '"\n'
                  'Left breast ultrasound 14/07/2025, final assessment: "Suspicious." (co'
                  're biopsy: fibroadenoma)\n'
                  'Next action: left breast ultrasound 07/2026.'),
                 '3 -', id='g08'),
    pytest.param(('Left breast ultrasound, 03/02/2026 - Pinewood Medical Imaging.\n'
                  'Indication: lump in the left axillary tail.\n'
                  'Findings: 9 mm oval node with a fatty hilum and thin cortex at the sit'
                  'e of the lump.\n'
                  'Assessment: "Benign-appearing intramammary lymph node"; no further ima'
                  'ging needed.'),
                 '- -', id='g09'),
    pytest.param(('BreastCheck screening result slip (translated into English), 05/03/202'
                  '6\n'
                  'Examination: screening mammogram, both breasts\n'
                  'Report assessment: "Negative."\n'
                  'Next invitation: 2028.\n'
                  'Please contact the programme office if you notice any change in your b'
                  'reasts before then.'),
                 '1 1', id='g10'),
    pytest.param(('SCREENING ASSESSMENT CLINIC - OUTCOME RECORD\n'
                  'Unit: North Cumbria Breast Screening, 16/02/2026\n'
                  'Recall reason: left calcifications.\n'
                  'Work-up: magnification views, left; stereotactic biopsy performed (B3,'
                  ' for MDT).\n'
                  'Final assessment category: R1 / L4A (BI-RADS equivalent recorded for a'
                  'udit).\n'
                  'Outcome: awaiting MDT.'),
                 '4A 1', id='h01'),
    pytest.param(('Ultrasound both breasts - Pacific Radiology Group, 22/01/2026\n'
                  "Findings: Right: 4 mm simple cyst at 10 o'clock. Left: 8 mm oval circu"
                  "mscribed parallel mass at 3 o'clock, new, probable fibroadenoma.\n"
                  'BI-RADS category: R2, L3\n'
                  'Recommendation: left breast ultrasound in 6 months.'),
                 '3 2', id='h02'),
    pytest.param(('TRIAL CRF - IMAGING VISIT 2 (MAMMO-TOMO Study)\n'
                  'Site 014, visit date 02/03/2026\n'
                  'Modality: DBT, bilateral\n'
                  'Assessment category (BI-RADS): L0 | R1\n'
                  'Reason for incomplete: left focal asymmetry, additional views requeste'
                  'd.\n'
                  'CRF completed by: research radiographer'),
                 '0 1', id='h03'),
    pytest.param(('Stereotactic unit - pre-procedure summary, 09/02/2026\n'
                  'Referring assessment: diagnostic mammogram both breasts, 02/02/2026.\n'
                  'Final category: L5; R1.\n'
                  'Target: left upper outer quadrant segmental fine linear branching calc'
                  'ifications over 35 mm.\n'
                  'Approach: lateral, vacuum-assisted, 9G.'),
                 '5 1', id='h04'),
    pytest.param(('ULTRASOUND-GUIDED CYST ASPIRATION, BILATERAL, 03/02/2026\n'
                  'Indication: painful palpable cysts.\n'
                  'Procedure: Under ultrasound guidance, symptomatic cysts were aspirated'
                  ' to dryness with a 21G needle; fluid clear yellow and discarded per pr'
                  'otocol.\n'
                  'Summary: R3, L1 aspirated; no residual mass.\n'
                  'Assessment: Benign, BI-RADS 2 bilaterally.'),
                 '2 2', id='h05'),
    pytest.param(('BREAST SCREENING - ROUND SUMMARY (translated)\n'
                  'Last screening round, 2023 - outcome as recorded:\n'
                  'Final assessment category: R3 / L1 (BI-RADS)\n'
                  'Current round, 14/01/2026: bilateral mammogram; the right benign-appea'
                  'ring mass is stable over three years.\n'
                  'Final assessment category: R2 / L1 (BI-RADS)'),
                 '1 2', id='h06'),
    pytest.param(('Moderate-risk family history surveillance - annual review:\n'
                  'Final assessment category: R 1 / L 1 (BI-RADS)\n'
                  'Bilateral mammogram 10/03/2026: scattered fibroglandular density. No s'
                  'uspicious abnormality in either breast.\n'
                  'Next surveillance mammogram in 12 months.'),
                 '1 1', id='h07'),
    pytest.param(('Breast screening programme - round 6 (2026):\n'
                  'Final assessment category: R 2 / L 1 (BI-RADS)\n'
                  'Two-view bilateral mammography, 14/01/2026. Benign calcifications in t'
                  'he right breast, unchanged since round 4. No suspicious abnormality in'
                  ' either breast.\n'
                  'Next invitation: March 2029.'),
                 '1 2', id='h08'),
    pytest.param(('CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL - 27/02/2026\n'
                  "Findings: Right breast 1 o'clock 9 mm irregular enhancing mass with no"
                  ' low-energy correlate. Left breast minimal background enhancement; ben'
                  'ign calcifications.\n'
                  'BI-RADS: R4B L2\n'
                  'Recommendation: ultrasound-guided or CEM-guided biopsy of the right 1 '
                  "o'clock mass."),
                 '2 4B', id='h09'),
    pytest.param(('Pre-operative assessment (prior to right wide local excision):\n'
                  'Final category: R 5 / L 1\n'
                  "Right 10 o'clock 16 mm mass, core biopsy invasive carcinoma; left brea"
                  'st negative on mammogram and ultrasound 18/02/2026.\n'
                  'Wire localisation booked for the morning of surgery.'),
                 '1 5', id='h10'),
    pytest.param(('Breast clinic letter - Almond Tree Clinic\n'
                  'Date: 19/02/2026\n'
                  'Dear Dr Waweru,\n'
                  'Mrs Sokolova moved here from Kazan last year. She brought a copy of th'
                  'e 2024 report (translated by her daughter): "Ultrasound of the mammary'
                  ' glands: diffuse fibrocystic mastopathy, cysts of the right breast up '
                  'to 7 mm. BI-RADS 2."\n'
                  "Today I performed a left breast ultrasound for a new lump at 5 o'clock"
                  ': 12 mm oval, circumscribed, parallel mass, probable fibroadenoma. BI-'
                  'RADS 3. Follow-up in 6 months.\n'
                  'Yours sincerely, Dr E. Brandt'),
                 '3 -', id='i01'),
    pytest.param(('Pre-operative surgical note, 07/03/2026\n'
                  "Indication for surgery: left breast 1 o'clock invasive carcinoma (core"
                  ' biopsy 25/02/2026).\n'
                  'Her 2025 mammogram (outside report scanned in):\n'
                  '"Bilateral mammogram: scattered fibroglandular tissue, no suspicious f'
                  'inding. BI-RADS 1."\n'
                  'Current staging: left breast ultrasound 20/02/2026: 16 mm irregular ma'
                  "ss at 1 o'clock, BI-RADS 5.\n"
                  'Plan: left wide local excision and sentinel node biopsy.'),
                 '5 -', id='i02'),
    pytest.param(('Clinic letter, 14/01/2026 - Dr R. Quintero, Breast Surgery\n'
                  'Ms Alarcon returned from Santiago last week. She brought the 2026 repo'
                  'rt from Clinica Alemana (translated): "Left breast: 9 mm irregular mas'
                  's at 3 o\'clock with angular margins. BI-RADS 4B."\n'
                  'Core biopsy is booked for next week here. The right breast was clinica'
                  'lly normal.'),
                 '4B -', id='i03'),
    pytest.param(('RIGHT BREAST ULTRASOUND - follow-up, 16/03/2026\n'
                  'Comparison versus her 2024 ultrasound: "right 10 o\'clock oval mass 8 m'
                  'm, BI-RADS 3, follow-up advised".\n'
                  'Today the mass measures 8 x 5 mm and is unchanged in size and morpholo'
                  'gy over two years.\n'
                  'Impression: benign, BI-RADS 2. Return to routine screening.'),
                 '- 2', id='i04'),
    pytest.param(('Breast Unit results letter\n'
                  'Date: 09/01/2026\n'
                  'Dear Dr Pillay,\n'
                  "I am writing with the results of Ms Joubert's imaging. Her December 20"
                  '25 ultrasound (performed here on 30/12/2025):\n'
                  '"Left breast 2 o\'clock: 7 mm oval circumscribed parallel hypoechoic ma'
                  'ss, probable fibroadenoma. BI-RADS 3."\n'
                  'As discussed with her, we will repeat the left breast ultrasound in si'
                  'x months rather than biopsy.\n'
                  'Yours sincerely,\n'
                  'Dr A. Venter, Breast Radiologist'),
                 '3 -', id='i05'),
    pytest.param(('GP referral to the breast clinic - 02/03/2026\n'
                  'Reason: new right breast lump, three weeks, 2 cm, mobile.\n'
                  'Background: BRCA1 carrier. Her 2023 MRI: "Both breasts: no suspicious '
                  'enhancement, BI-RADS 1." She missed her 2024 and 2025 surveillance sca'
                  'ns.\n'
                  'I would be grateful for urgent assessment.\n'
                  'Dr G. Mensah, Parkside Surgery'),
                 '- -', id='i06'),
    pytest.param(('Surveillance clinic note, 18/02/2026\n'
                  "Following her 2021 left mastectomy, today's ultrasound of the right br"
                  'east reads:\n'
                  '"Right breast: normal fibroglandular pattern, no focal lesion. Right a'
                  'xilla normal. BI-RADS 1."\n'
                  'Continue annual right breast imaging; next mammogram in February 2027.'),
                 '- 1', id='i07'),
    pytest.param(('Arztbrief [physician letter] (translated), Frauenklinik Bremen-Nord, 2'
                  '5/02/2026\n'
                  'Patient brought her 2024 mammogram report (Poland, translated): "Mammo'
                  'grafia obu piersi [bilateral mammography]: no suspicious lesions, BI-R'
                  'ADS 2."\n'
                  'Sonographie rechts [right breast ultrasound] today: 5 mm simple cyst a'
                  "t 10 o'clock, no solid lesion. BI-RADS 2.\n"
                  'Recommendation: routine screening.'),
                 '- 2', id='i08'),
    pytest.param(('Second-look ultrasound, left breast, 12/01/2026, for the focus seen on'
                  ' her 2025 MRI - result:\n'
                  '"Left 4 o\'clock: 6 mm irregular hypoechoic mass corresponding to the M'
                  'RI focus. BI-RADS 4A. US-guided biopsy recommended."\n'
                  'Biopsy scheduled for 19/01/2026 (Dr L. Moreau).'),
                 '4A -', id='i09'),
    pytest.param(('GP annual review - problem list (printed 23/02/2026)\n'
                  '1. Hypertension, controlled on amlodipine.\n'
                  '2. Left breast cyst - Ultrasound 2022 "BI-RADS 2, simple cyst left 3 o'
                  '\'clock" (no follow-up needed).\n'
                  '3. Right breast fibroadenoma - Mammogram 2024 "BI-RADS 3 right, probab'
                  'ly benign"; MRI 2025 "BI-RADS 2 bilateral" (discharged).\n'
                  '4. Osteopenia - alendronate.'),
                 '- -', id='j01'),
    pytest.param(('Dear Dr Said,\n'
                  'Ms Rahimi attended for her annual bilateral mammogram on 10/03/2026. I'
                  'mpression: no suspicious findings, BI-RADS 1.\n'
                  'For completeness, her earlier results were Mammogram 2023 “BI-RADS 0 l'
                  'eft, recalled” and Ultrasound 2023 “BI-RADS 2 left, cyst”.\n'
                  'Next mammogram in one year.\n'
                  'Kind regards, Dr J. Amiri, Breast Imaging'),
                 '1 1', id='j02',
                 marks=pytest.mark.xfail(strict=True, reason=("review j02 (exam_year_quote): read '1 -'; Not an o"
                                                          'ver-reach: the rule now dates the quoted 2023 cate'
                                                          "gories (L=1 right). R stays '-' as in old: the bil"
                                                          "ateral exam is named only inside a sentence ('annu"
                                                          "al bilateral mammogram'), the letter names only th"
                                                          'e left side elsewhere (older side detection).'))),
    pytest.param(('Annual surveillance summary (post-treatment, left WLE 2021), 04/03/202'
                  '6\n'
                  'Mammogram 2024: "BI-RADS 2"\n'
                  'Mammogram 2025: "BI-RADS 2"\n'
                  'Mammogram 2026: "Left lumpectomy site stable; right breast negative. B'
                  'I-RADS 2."\n'
                  'Continue annual mammography.'),
                 '2 2', id='j03',
                 marks=pytest.mark.xfail(strict=True, reason=("review j03 (exam_year_quote): read '2 -'; The quot"
                                                          "ed 2026 round gives the right breast only 'right b"
                                                          "reast negative' in words; R is lost as before. The"
                                                          " colon after '2026' correctly keeps the exam_year_"
                                                          'quote rule out.'))),
    pytest.param(('BILATERAL BREAST MRI, 10/02/2026 - high-risk surveillance\n'
                  'Findings: Mild background enhancement. Right breast: 5 mm focus at 7 o'
                  '\'clock, stable compared with MRI 2025 "benign-appearing 5 mm focus", a'
                  'nd therefore BI-RADS 2. Left breast: no suspicious enhancement, BI-RAD'
                  'S 1.\n'
                  'Next annual MRI in 12 months.'),
                 '1 2', id='j04'),
    pytest.param(('MDT proforma - breast, 05/03/2026\n'
                  'Patient: 58F, referred with right nipple discharge.\n'
                  'Current imaging: MRI 2026 "Right breast 1 o\'clock non-mass enhancement'
                  ' 22 mm, BI-RADS 4B"\n'
                  'Histology: pending MRI-guided biopsy.\n'
                  'Outcome: proceed to biopsy; re-discuss with the result.'),
                 '- 4B', id='j05'),
    pytest.param(('Ward handover: Mrs Lee, 61, admitted with cellulitis of the left leg.\n'
                  'Breast history: US 2021 "BI-RADS 3 right 9 o\'clock mass" then discharg'
                  'ed from follow-up in 2023.\n'
                  'No current breast issues; no breast imaging this admission. IV antibio'
                  'tics day 2.'),
                 '- -', id='j06'),
    pytest.param(('Results summary sent to the patient portal, 13/02/2026:\n'
                  'Mammogram 12/02/2026 "Both breasts: benign calcifications, no sign of '
                  'cancer. BI-RADS 2."\n'
                  'Next routine mammogram in one year. Please contact us if you notice an'
                  'y change.'),
                 '2 2', id='j07'),
    pytest.param(('Oncology follow-up note, 26/02/2026.\n'
                  'Right breast cancer 2020, treated with WLE, radiotherapy and letrozole'
                  '.\n'
                  'Surveillance: Mammography 2025 "BI-RADS 2 bilateral"; due again in 04/'
                  '2026.\n'
                  'Today: clinically well; no palpable abnormality in either breast or ax'
                  'illa.'),
                 '- -', id='j08'),
    pytest.param(('Dear Dr Mokoena,\n'
                  'Re: Mrs A. Pretorius, DOB 11/05/1961\n'
                  'Thank you for referring her with right breast discomfort. Her imaging '
                  'was as follows.\n'
                  'Bilateral mammogram, 03/03/2026, Kloof Radiology - Dr. S. Naidoo:\n'
                  '"Scattered fibroglandular densities. Post-surgical changes in the righ'
                  't upper outer quadrant from the 2019 excision, stable. No suspicious m'
                  'ass, calcification or distortion. Impression: Benign findings. BI-RADS'
                  ' 2."\n'
                  'The right breast was clinically normal and I have reassured her.\n'
                  'Yours sincerely, Ms K. Botha, Breast Surgeon'),
                 '2 2', id='k01',
                 marks=pytest.mark.xfail(strict=True, reason=("review k01 (bilateral_line): read '- -'; 'Thank yo"
                                                          "u for referring her with right breast discomfort.'"
                                                          ' opens a referral history that swallows the quote;'
                                                          ' without that sentence new reads 2 2 (old - 2): th'
                                                          'e bilateral_line rule would read it.'))),
    pytest.param(('Portal message from Sunita (breast care nurse), 12/02/2026:\n'
                  'Hi Mrs Kaur, your scan report is back.\n'
                  'Bilateral breast ultrasound, 10/02/2026, Lakeside Imaging - Dr R. Meno'
                  'n:\n'
                  '"A 4 mm simple cyst is noted in the left breast at 2 o\'clock. No solid'
                  ' mass in either breast. Impression: Benign. BI-RADS 2."\n'
                  'No further action is needed; see you at your next routine screen.'),
                 '2 2', id='k02'),
    pytest.param(('Breast clinic note, 06/03/2026\n'
                  'Previous bilateral mammogram, 2024, Kloof Radiology:\n'
                  '"No suspicious abnormality. BI-RADS 1."\n'
                  'Today: right breast ultrasound for a new lump: 12 mm oval circumscribe'
                  "d mass at 8 o'clock, probable fibroadenoma. BI-RADS 3. Repeat in six m"
                  'onths.'),
                 '- 3', id='k03'),
    pytest.param(('Breast clinic letter, 05/03/2026\n'
                  'Dear Dr Obi,\n'
                  'Ms Eze was seen with a new right breast lump.\n'
                  'Bilateral mammogram, 14/06/2024, Unity Imaging:\n'
                  '"Heterogeneously dense breasts. No suspicious abnormality. BI-RADS 1."'
                  '\n'
                  "Right breast ultrasound today: 15 mm oval circumscribed mass at 10 o'c"
                  'lock consistent with a fibroadenoma, BI-RADS 3. Ultrasound follow-up i'
                  'n six months.\n'
                  'Yours sincerely, Dr F. Adebayo'),
                 '- 3', id='k04'),
    pytest.param(('GP recall note, 21/01/2026 - Mrs H. Nguyen\n'
                  'Screening mammogram, both breasts, 19/01/2026, BreastScreen Illawarra '
                  '- Dr. L. Tran:\n'
                  '“Benign-appearing calcifications in the left breast, unchanged from 20'
                  '23. Impression: Benign. BI-RADS 2.”\n'
                  'No action needed; next screen in two years.'),
                 '2 2', id='k05'),
    pytest.param(('Surveillance letter, 12/02/2026 - right mastectomy in 2022.\n'
                  'Mammogram, left breast, 10/02/2026, Hillcrest Imaging:\n'
                  '"Fatty breast. No suspicious abnormality. Impression: Negative. BI-RAD'
                  'S 1."\n'
                  'Annual left mammogram to continue.'),
                 '1 -', id='k06'),
    pytest.param(('Surgical clinic note, 24/02/2026 - right nipple discharge, single duct'
                  ', clear.\n'
                  'Bilateral diagnostic mammogram and bilateral breast ultrasound, 21/02/'
                  '2026, Westgate Radiology - Dr. M. Chen:\n'
                  '"No mammographic abnormality. Ultrasound: mildly dilated right retroar'
                  'eolar duct without an intraductal mass. Impression: Benign. BI-RADS 2.'
                  '"\n'
                  'Plan: no surgery now; review in 3 months.'),
                 '2 2', id='k07'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL (2D + TOMOSYNTHESIS)\n'
                  'Date: 12/02/2026\n'
                  'Comparison: 02/2024.\n'
                  'Breast composition: scattered areas of fibroglandular density.\n'
                  'Findings: No suspicious mass, grouped calcifications or architectural '
                  'distortion in either breast. Skin and nipples unremarkable.\n'
                  'IMPRESSION: Negative. BI-RADS 1. Routine screening in one year.'),
                 '1 1', id='n01'),
    pytest.param(('LEFT BREAST ULTRASOUND - Diagnostic\n'
                  'Date: 03/03/2026\n'
                  "Indication: palpable lump, left breast 2 o'clock.\n"
                  "Findings: At 2 o'clock, 4 cm from the nipple, an 11 x 8 mm oval hypoec"
                  'hoic mass with a microlobulated margin, parallel orientation and no po'
                  'sterior features. No internal vascularity. Left axilla normal.\n'
                  'Impression: Indeterminate left breast mass. BI-RADS 4A. Ultrasound-gui'
                  'ded core biopsy recommended.'),
                 '4A -', id='n02'),
    pytest.param(('Breast Imaging Report - Royal Devon Breast Unit\n'
                  'Right breast ultrasound, 19/01/2026\n'
                  'Clinical: 48F, right breast lump, 6 weeks.\n'
                  "Findings: Right 9 o'clock: 14 mm hypoechoic solid lesion, irregular in"
                  ' part, taller than wide. Axilla: normal nodes.\n'
                  'Conclusion: indeterminate right breast lesion. U4. BI-RADS equivalent:'
                  ' 4B. Core biopsy performed today.'),
                 '- 4B', id='n03'),
    pytest.param(("Breast Imaging Report - St Aidan's Symptomatic Breast Clinic\n"
                  'Left breast ultrasound, 07/02/2026\n'
                  'Clinical: 33F, tender lump left upper outer quadrant.\n'
                  'Findings: 9 mm oval well-circumscribed hypoechoic lesion with features'
                  ' of a fibroadenoma. No other abnormality.\n'
                  'Conclusion: probable fibroadenoma. U3. Core biopsy for confirmation as'
                  ' per age protocol.'),
                 '- -', id='n04'),
    pytest.param(('MRI BILATERAL BREASTS - High-risk screening\n'
                  'Date: 20/02/2026\n'
                  'Indication: lifetime risk 30%, annual MRI.\n'
                  'Findings: Mild background parenchymal enhancement. Right breast: no su'
                  'spicious enhancement. Left breast: 6 mm oval circumscribed enhancing m'
                  "ass at 4 o'clock with persistent kinetics, not seen previously.\n"
                  'Impression: Right breast BI-RADS 1. Left breast BI-RADS 3, short-inter'
                  'val follow-up MRI in 6 months.'),
                 '3 1', id='n05'),
    pytest.param(('dictation begins right breast ultrasound indication palpable abnormali'
                  "ty right breast findings at the ten o'clock position six centimeters f"
                  'rom the nipple there is a nine millimeter irregular hypoechoic mass wi'
                  'th angular margins no posterior shadowing axilla normal impression rig'
                  "ht breast ten o'clock mass birads four b recommend ultrasound guided c"
                  'ore biopsy end of dictation'),
                 '- 4B', id='n06'),
    pytest.param(('SCREENING MAMMOGRAM BILATERAL - 15/01/2026\n'
                  'Findings: A 7 mm circumscribed oval mass in the left upper outer quadr'
                  'ant. No prior examinations available for comparison.\n'
                  'IMPRESSION: BI-RADS 0 - Incomplete. Request prior mammograms.\n'
                  'ADDENDUM 22/01/2026: Outside priors from 2021 and 2023 were obtained; '
                  'the left upper outer quadrant mass is unchanged since 2021. Assessment'
                  ' revised to BI-RADS 2, benign.'),
                 '2 2', id='n07',
                 marks=pytest.mark.xfail(strict=True, reason=("review n07 (ordinary): read '2 0'; Ordinary report"
                                                          ": the addendum's 'Assessment revised to BI-RADS 2'"
                                                          ' is applied to the left side only (the only side n'
                                                          'amed), R keeps the original 0; same in old.'))),
    pytest.param(('BREAST ULTRASOUND - RIGHT, 11/02/2026\n'
                  "Findings: 10 mm irregular hypoechoic mass at 1 o'clock with indistinct"
                  ' margins.\n'
                  'Impression: BI-RADS 4A. Biopsy recommended.\n'
                  'ADDENDUM 12/02/2026: Laterality correction - this examination was of t'
                  "he LEFT breast. The mass is in the left breast at 1 o'clock; BI-RADS 4"
                  'A; biopsy recommended.'),
                 '4A -', id='n08'),
    pytest.param(('MAMMOGRAPHIE ET ECHOGRAPHIE BILATERALES (translated from French) - Cab'
                  'inet de Radiologie Saint-Michel, 28/01/2026\n'
                  'Indication: dépistage [screening], age 58.\n'
                  'Résultats [Findings]: Type B density. Right breast: two simple cysts a'
                  "t 10 o'clock, 5 and 8 mm. Left breast: no abnormality.\n"
                  'Conclusion: sein droit [right breast] BI-RADS ACR 2. Sein gauche [left'
                  ' breast] BI-RADS ACR 1.'),
                 '1 2', id='n09'),
    pytest.param(('INFORME DE MAMOGRAFIA Y ECOGRAFIA [MAMMOGRAPHY AND ULTRASOUND REPORT] '
                  '- translated from Spanish\n'
                  'Hospital Universitario La Paz, 04/03/2026\n'
                  'Hallazgos [Findings]: Mama izquierda [left breast]: 16 mm irregular no'
                  'dule with spiculated margins at the junction of the outer quadrants, w'
                  'ith associated microcalcifications. Mama derecha [right breast]: no fi'
                  'ndings.\n'
                  'Conclusion: Mama izquierda BI-RADS 4C. Mama derecha BI-RADS 1. BAG [co'
                  're biopsy] recommended.'),
                 '4C 1', id='n10'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM - post-treatment surveillance\n'
                  'Date: 09/02/2026\n'
                  'History: left breast cancer, lumpectomy and radiotherapy 2022.\n'
                  'Findings: Stable post-surgical architectural distortion and dystrophic'
                  ' calcifications at the left lumpectomy site. Right breast: scattered f'
                  'ibroglandular density, no suspicious finding.\n'
                  'IMPRESSION: Benign post-treatment changes. BI-RADS 2. Annual mammograp'
                  'hy.'),
                 '2 2', id='n11'),
    pytest.param(('LEFT BREAST ULTRASOUND (male patient), 14/01/2026\n'
                  'Indication: 64-year-old man, tender swelling behind the left nipple, o'
                  'n spironolactone.\n'
                  'Findings: Flame-shaped retroareolar hypoechoic tissue, 22 mm, without '
                  'a discrete mass. No axillary adenopathy.\n'
                  'Impression: Gynaecomastia. BI-RADS 2.'),
                 '2 -', id='n12'),
    pytest.param(('MRI BREASTS FOR IMPLANT INTEGRITY, 06/02/2026\n'
                  'Findings: Bilateral subglandular silicone implants. Right implant: lin'
                  'guine sign, consistent with intracapsular rupture; no extracapsular si'
                  'licone. Left implant intact. No suspicious enhancement in either breas'
                  't.\n'
                  'Impression: Right intracapsular implant rupture. No MRI evidence of ma'
                  'lignancy. BI-RADS 2.'),
                 '2 2', id='n13'),
    pytest.param(('STAGING MRI BOTH BREASTS, 27/01/2026\n'
                  'Indication: biopsy-proven left breast invasive ductal carcinoma at 3 o'
                  "'clock.\n"
                  "Findings: Left breast: 24 mm irregular enhancing mass at 3 o'clock wit"
                  'h a biopsy clip, no additional lesion. Right breast: no suspicious enh'
                  'ancement.\n'
                  'Impression: Known left breast malignancy, BI-RADS 6. Right breast nega'
                  'tive, BI-RADS 1.'),
                 '6 1', id='n14'),
    pytest.param(('SCREENING MAMMOGRAM BILATERAL - Eastgate Breast Screening, 18/02/2026\n'
                  'Findings: Right breast: a new 10 mm focal asymmetry in the upper outer'
                  ' quadrant on the MLO view only. Left breast: scattered fibroglandular '
                  'density, no abnormality.\n'
                  'Impression: Right breast BI-RADS 0, recall for additional views. Left '
                  'breast BI-RADS 1.'),
                 '1 0', id='n15'),
    pytest.param(('LEFT BREAST ULTRASOUND, 22/01/2026\n'
                  'Indication: short-interval follow-up of a left breast mass.\n'
                  "Findings: The left 6 o'clock oval, circumscribed, parallel hypoechoic "
                  'mass measures 8 x 5 mm, unchanged over 6 months.\n'
                  'ASSESSMENT: Probably benign.\n'
                  'Recommendation: follow-up ultrasound in 6 months.'),
                 '3 -', id='n16'),
    pytest.param(('US R breast, 02/03/2026. Ind: R breast pain, no lump.\n'
                  '9:00 simple cyst 5mm, thin wall, post enh. 2:00 2 tiny cysts 2-3mm. No'
                  ' solid lesion, no duct dilatation. Axilla nl.\n'
                  'Cat 2 R.\n'
                  'Reported: Dr B. Castillo, Breast Imaging.'),
                 '- 2', id='n17'),
    pytest.param(('BILATERAL BREAST ULTRASOUND - 13/02/2026\n'
                  'Indication: dense breasts, supplemental screening.\n'
                  'Findings: Scattered simple cysts in both breasts, the largest 6 mm at '
                  "the left 2 o'clock position. No solid mass. Normal axillae.\n"
                  'Impression: Benign cysts. BI-RADS 2, bilateral.'),
                 '2 2', id='n18'),
    pytest.param(('DIAGNOSTIC TOMOSYNTHESIS, BILATERAL - 25/02/2026\n'
                  'Findings: Right breast: new group of fine pleomorphic calcifications o'
                  'ver 9 mm in the upper inner quadrant. Left breast: no suspicious findi'
                  'ng.\n'
                  'IMPRESSION: Suspicious right breast calcifications, BI-RADS 4B; stereo'
                  'tactic biopsy recommended. Left breast: negative, BI-RADS 1.'),
                 '1 4B', id='n19'),
    pytest.param(('LEFT AXILLARY ULTRASOUND - 10/03/2026\n'
                  'Indication: tender left axillary swelling after COVID booster two week'
                  's ago.\n'
                  'Findings: Three left axillary lymph nodes with mildly thickened cortic'
                  'es up to 3 mm, preserved fatty hila. No mass.\n'
                  'Impression: Reactive-appearing left axillary nodes, likely post-vaccin'
                  'ation. Clinical review in 6 weeks; repeat ultrasound if persistent.'),
                 '- -', id='n20'),
    pytest.param(('STEREOTACTIC VACUUM-ASSISTED BIOPSY - LEFT BREAST, 05/02/2026\n'
                  'Target: left upper outer quadrant amorphous calcifications over 12 mm,'
                  ' BI-RADS 4B.\n'
                  'Procedure: informed consent; lateral approach; 9G device, 10 cores; ca'
                  'lcifications in the specimen radiograph; clip placed.\n'
                  'Impression: Successful stereotactic biopsy of left breast calcificatio'
                  'ns, BI-RADS 4B. Pathology to follow.'),
                 '4B -', id='n21'),
    pytest.param(('RIGHT BREAST ULTRASOUND, 01/03/2026\n'
                  "Comparison: ultrasound 02/2024, when the right 7 o'clock mass was asse"
                  'ssed as BI-RADS 3.\n'
                  "Findings: The right 7 o'clock oval circumscribed mass measures 6 mm, s"
                  'table for two years.\n'
                  'Impression: Benign, BI-RADS 2. Return to routine screening.'),
                 '- 2', id='n22'),
    pytest.param(('RIGHT BREAST ULTRASOUND (lactating), 16/01/2026\n'
                  'Indication: 31F, 4 months post-partum, breastfeeding, new right lump.\n'
                  "Findings: At 11 o'clock a 20 mm circumscribed mass with a fat-fluid le"
                  'vel, consistent with a galactocele. No abscess.\n'
                  'Impression: Galactocele. BI-RADS 2.'),
                 '- 2', id='n23'),
    pytest.param(('MAMMOGRAPHIE BEIDSEITS [BILATERAL MAMMOGRAPHY] (translated from German'
                  ') - Radiologie am Markt, 08/03/2026\n'
                  'Befund [Findings]: ACR density B. Left: several coarse popcorn calcifi'
                  'cations, a calcified fibroadenoma. Right: no findings.\n'
                  'Beurteilung [Assessment]: BI-RADS rechts [right] 1, links [left] 2.'),
                 '2 1', id='n24'),
    pytest.param(('ECHOGRAFIE LINKER BORST [LEFT BREAST ULTRASOUND] (translated from Dutc'
                  'h) - Ziekenhuis Oost, 30/01/2026\n'
                  "Bevindingen [Findings]: left 3 o'clock 7 mm oval, sharply marginated h"
                  'ypoechoic lesion, parallel orientation.\n'
                  'Conclusie [Conclusion]: probably benign lesion in the left breast, BI-'
                  'RADS 3. Follow-up ultrasound in 6 months.'),
                 '3 -', id='n25'),
    pytest.param(('MRI BREASTS - response assessment after neoadjuvant chemotherapy, 19/0'
                  '2/2026\n'
                  "Known right breast carcinoma at 10 o'clock (biopsy-proven), pre-treatm"
                  'ent 32 mm.\n'
                  'Findings: Right breast: residual non-mass enhancement 8 mm around the '
                  'clip. Left breast: no suspicious enhancement.\n'
                  'Impression: Right breast: near-complete response, BI-RADS 6. Left brea'
                  'st: BI-RADS 1.'),
                 '1 6', id='n26'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL - Riverbend Imaging, 11/03/2026\n'
                  'Breast density: heterogeneously dense.\n'
                  'Findings: Bilateral scattered benign vascular calcifications. Stable c'
                  'alcified fibroadenoma in the right lower outer quadrant.\n'
                  'Impression: Benign findings. BI-RADS 2. Annual screening.'),
                 '2 2', id='n27'),
    pytest.param(('ULTRASOUND-GUIDED CYST ASPIRATION - LEFT BREAST, 04/02/2026\n'
                  "Indication: 24 mm painful simple cyst at the left 10 o'clock position."
                  '\n'
                  'Procedure: 21G needle, 9 ml of clear yellow fluid aspirated, discarded'
                  '. The cyst fully collapsed.\n'
                  'Assessment: Benign cyst, aspirated. BI-RADS 2.'),
                 '2 -', id='n28'),
    pytest.param(('Breast clinic letter, 26/02/2026\n'
                  'Dear Dr Lungu,\n'
                  'I saw Mrs Zulu today with a left breast lump. Clinically there is a 3 '
                  "cm hard mass at 3 o'clock. I performed an ultrasound in clinic: 27 mm "
                  'irregular hypoechoic mass with angular margins, BI-RADS 4C. Core biops'
                  'ies were taken.\n'
                  'I will see her with the results next week.\n'
                  'Yours sincerely, Mr D. Phiri, Breast Surgeon'),
                 '4C -', id='n29'),
    pytest.param(('Dear Ms Abernethy,\n'
                  'Your screening mammogram of both breasts on 03/02/2026 showed no sign '
                  'of cancer (BI-RADS 1, negative). No further tests are needed. We will '
                  'invite you again for screening in two years.\n'
                  'Please tell your doctor if you notice a lump or any other change befor'
                  'e then.\n'
                  'Yours sincerely,\n'
                  'BreastScreen Programme Office'),
                 '1 1', id='n30'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
