"""Review r115 of the b115 radiology rules: 61 texts written and labelled from the guide before either revision read
them. Rule 1 (an English side with its original in another script in square brackets before the category, "Left breast
[<Arabic>] 4C") now takes only a category that ends its item; rule 2 (a combined conclusion heading naming ultrasound
"echo", "Conclusion (mammography + echo):") outranks the modalities' own categories only as this report's own completed
conclusion: its section states a category, it is no history, carries no date, stands under no heading line opening an
earlier or outside report, and its "echo" is no echocardiogram. Every review text is pinned; those the narrowed rules
still read wrong (older behaviour, or an under-reach left as it is) are strict expected failures."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('Certified translation from Arabic - Ministry of Health, Referral Abroa'
                  'd Unit (Nablus)\n'
                  'Patient: female, 47 years. Referral no. RA-2026-0412\n'
                  'Examination: bilateral mammography and breast ultrasound, 09/02/2026\n'
                  '\n'
                  'Findings: Right breast: scattered fibroglandular tissue, two benign-ap'
                  'pearing coarse calcifications. Left breast: spiculated mass 26 mm at 1'
                  "0 o'clock with skin retraction; ipsilateral axillary node with thicken"
                  'ed cortex 6 mm.\n'
                  '\n'
                  'Impression: BI-RADS: Right breast [الثدي الأيمن] 2; Left breast [الثدي'
                  ' الأيسر] 5.\n'
                  'Recommendation: ultrasound-guided core biopsy of the left breast mass '
                  'and the axillary node; referral to an oncology centre abroad.\n'
                  "Translator's stamp: I certify that this is a true translation of the A"
                  'rabic original.\n'),
                 '5 2', id='a01'),
    pytest.param(('AL-KHALIDI IMAGING CENTRE - AMMAN (English version of the bilingual re'
                  'port)\n'
                  'Breast ultrasound, both breasts\n'
                  'Clinical: palpable lump right breast, 3 weeks. No family history.\n'
                  "Right breast: at 9 o'clock, 4 cm from the nipple, an oval circumscribe"
                  'd hypoechoic mass 14 x 9 mm, parallel orientation, no posterior featur'
                  'es - likely fibroadenoma.\n'
                  'Left breast: normal fibroglandular pattern, no focal lesion.\n'
                  'Axillae: normal lymph nodes.\n'
                  'Final assessment:\n'
                  'BI-RADS - Right breast [الثدي الأيمن] 3\n'
                  'BI-RADS - Left breast [الثدي الأيسر] 1\n'
                  'Advice: follow-up ultrasound of the right breast in 6 months.\n'),
                 '1 3', id='a02'),
    pytest.param(('Baghdad Medical City - Oncology Teaching Hospital, Radiology Departmen'
                  't\n'
                  "(translated for the patient's referral file)\n"
                  'Bilateral mammography, CC and MLO views. ACR density C.\n'
                  'Right breast: irregular mass with indistinct margins, 17 mm, upper out'
                  'er quadrant, no calcifications.\n'
                  'Left breast: a few scattered round benign calcifications; no mass.\n'
                  "Ultrasound correlation: right 10 o'clock irregular hypoechoic mass 16 "
                  'x 12 mm, taller than wide.\n'
                  'BIRADS category: Right [الأيمن] 4B / Left [الأيسر] 2\n'
                  'Core biopsy of the right breast lesion is recommended.\n'),
                 '2 4B', id='a03'),
    pytest.param(('Translation from Hebrew - Maccabi Health Services, Breast Imaging Unit'
                  ', Haifa\n'
                  'Exam: bilateral breast ultrasound (supplementary to screening mammogra'
                  'phy, dense breasts)\n'
                  "Right breast: at 11 o'clock, 3 cm FN, an oval hypoechoic solid nodule "
                  '8 mm with angular margins, not parallel.\n'
                  'Left breast: fibroglandular tissue without focal findings.\n'
                  'Axillae: unremarkable.\n'
                  'Summary: BI-RADS: Left breast [שד שמאל] 1, Right breast [שד ימין] 4A.\n'
                  'Recommendation: ultrasound-guided core needle biopsy of the right brea'
                  'st nodule.\n'
                  'Dr. R. Levin, radiologist\n'),
                 '1 4A', id='a04'),
    pytest.param(('Almaty Oncology Centre - mammography department (translation from Russ'
                  'ian)\n'
                  'Patient K., 55 y. Screening mammography, two projections each side.\n'
                  'Breast composition: predominantly fatty (ACR B).\n'
                  'Both breasts: scattered benign vascular calcifications; a stable intra'
                  'mammary lymph node in the right upper outer quadrant, unchanged from t'
                  'he previous study.\n'
                  'No masses, no architectural distortion.\n'
                  'Conclusion: BI-RADS: right breast [правая молочная железа] 2; left bre'
                  'ast [левая молочная железа] 2.\n'
                  'Next screening in 2 years.\n'),
                 '2 2', id='a05'),
    pytest.param(('Diagnostic Centre "Iasis", Thessaloniki - report translated from Greek'
                  '\n'
                  'Bilateral breast ultrasound. Indication: mastalgia, dense breast tissu'
                  'e.\n'
                  'Right breast: normal echotexture; no focal lesion.\n'
                  "Left breast: at 3 o'clock, 5 cm from the nipple, an oval circumscribed"
                  ' hypoechoic lesion 7 x 4 mm, parallel, without vascularity - probable '
                  'fibroadenoma.\n'
                  'Axillary regions: normal.\n'
                  'Κατηγορία BI-RADS [BI-RADS category]: Right breast [δεξιός μαστός] 1 –'
                  ' Left breast [αριστερός μαστός] 3\n'
                  'Follow-up ultrasound in six months.\n'),
                 '3 1', id='a06'),
    pytest.param(('Tbilisi Cancer Centre - breast diagnostics (English translation of the'
                  ' Georgian report)\n'
                  'Mammography + ultrasound, both breasts, 2026-01-19.\n'
                  "Left breast: 12 o'clock, irregular spiculated mass 21 mm with fine ple"
                  'omorphic calcifications; on ultrasound irregular hypoechoic mass 20 x '
                  '15 mm with posterior shadowing.\n'
                  "Right breast: simple cyst 6 mm at 8 o'clock.\n"
                  'Axillae: left level I node with cortex 4 mm.\n'
                  'BI-RADS: Left breast [მარცხენა სარძევე ჯირკვალი] 4C; Right breast [მარ'
                  'ჯვენა სარძევე ჯირკვალი] 2.\n'
                  'Trucut biopsy of the left lesion and FNA of the left axillary node adv'
                  'ised.\n'),
                 '4C 2', id='a07'),
    pytest.param(('SHREE DIAGNOSTICS, JAIPUR - USG BOTH BREASTS (bilingual printout)\n'
                  'Indication: bilateral breast pain, premenstrual.\n'
                  'Both breasts show fibroglandular echotexture. Multiple anechoic cysts '
                  'in both breasts, largest 11 mm in the right upper outer quadrant, no s'
                  'epta or solid component. Ducts not dilated.\n'
                  'Bilateral axillae: few subcentimetric nodes with preserved fatty hila.'
                  '\n'
                  'IMPRESSION: Bilateral simple breast cysts (fibrocystic change).\n'
                  'BI-RADS: Right breast [दायां स्तन] 2, Left breast [बायां स्तन] 2.\n'
                  'Clinical correlation.\n'),
                 '2 2', id='a08'),
    pytest.param(('Ramathibodi Hospital - Breast Imaging (translated from Thai for the in'
                  'surer)\n'
                  'Bilateral breast ultrasound. History: right breast lump noted by patie'
                  'nt.\n'
                  "Right breast: at 7 o'clock, 2 cm from nipple, an oval circumscribed pa"
                  'rallel hypoechoic mass 10 x 6 mm, no posterior features, no internal v'
                  'ascularity.\n'
                  'Left breast: no mass or cyst.\n'
                  'No suspicious axillary lymph nodes.\n'
                  'Assessment: BI-RADS: Right breast [เต้านมขวา] 3; Left breast [เต้านมซ้'
                  'าย] 1\n'
                  'Recommendation: short-interval ultrasound in 6 months.\n'),
                 '1 3', id='a09'),
    pytest.param(('Pars Imaging Center, Tehran - breast report (official English translat'
                  'ion)\n'
                  'Digital mammography, bilateral, and targeted ultrasound.\n'
                  'Left breast: a new cluster of amorphous microcalcifications, 9 mm, upp'
                  'er inner quadrant, not present in 2024; no corresponding mass on ultra'
                  'sound.\n'
                  'Right breast: unremarkable.\n'
                  'BI-RADS: Left breast [پستان چپ] 4A; Right breast [پستان راست] 1.\n'
                  'Stereotactic vacuum-assisted biopsy of the left breast calcifications '
                  'is recommended.\n'),
                 '4A 1', id='a10'),
    pytest.param(('Damascus - Al-Razi Private Clinic. Translated report.\n'
                  'LEFT BREAST ULTRASOUND\n'
                  'Reason: follow-up of a nodule found by the gynaecologist.\n'
                  "Left breast: at 1 o'clock an oval well-circumscribed hypoechoic nodule"
                  ' 9 x 5 mm, parallel orientation, no posterior acoustic changes, no int'
                  'ernal vascularity on Doppler.\n'
                  'Left axilla: normal.\n'
                  'BI-RADS: Left breast [الثدي الأيسر] 3.\n'
                  'Follow-up ultrasound in 6 months is advised.\n'),
                 '3 -', id='a11'),
    pytest.param(('Translated report - Palestine Medical Complex, Ramallah\n'
                  'Bilateral mammography and ultrasound, 02/03/2026.\n'
                  "Left breast: focal asymmetry 12 mm at 2 o'clock with no sonographic co"
                  'rrelate. Right breast: fatty, normal.\n'
                  'Impression: BI-RADS: Left breast [الثدي الأيسر] 4A; Right breast [الثد'
                  'ي الأيمن] 1.\n'
                  '\n'
                  'ADDENDUM (12/03/2026): outside mammograms were obtained and reviewed; '
                  'the left focal asymmetry is unchanged in size and shape for five years'
                  '. Left breast assessment revised to BI-RADS 2. The right breast assess'
                  'ment is unchanged.\n'),
                 '2 1', id='a12'),
    pytest.param(('Sidon Diagnostic Centre - report translated from Arabic\n'
                  'Bilateral breast ultrasound. Age 38. Indication: breast tenderness.\n'
                  'Both breasts: heterogeneous fibroglandular tissue with several small a'
                  "nechoic cysts, the largest 7 mm on the left at 4 o'clock; no solid les"
                  'ion; no ductal ectasia.\n'
                  'Axillae: normal nodes bilaterally.\n'
                  'Impression: fibrocystic changes.\n'
                  'BI-RADS: Both breasts [كلا الثديين] 2.\n'
                  'Routine follow-up.\n'),
                 '2 2', id='a13',
                 marks=pytest.mark.xfail(strict=True, reason=("review a13: read '- -'; older behaviour: 'BI-RADS: Both breast"
                                                          "s 2.' is not read in plain English either"))),
    pytest.param(('Translation of a report from Shanghai (patient seeking second opinion)'
                  '\n'
                  'Bilateral breast ultrasound, 2026-01-08.\n'
                  "Right breast: at 10 o'clock, a hypoechoic mass 13 x 10 mm, irregular s"
                  'hape, angular margins, with punctate internal flow.\n'
                  "Left breast: at 3 o'clock, a simple cyst 5 mm.\n"
                  'Bilateral axillae: no enlarged nodes.\n'
                  'BI-RADS: Right breast [右乳] 4A; Left breast [左乳] 2.\n'
                  'Suggest biopsy of the right breast mass.\n'),
                 '2 4A', id='a14',
                 marks=pytest.mark.xfail(strict=True, reason=("review a14: read '- -'; under-reach kept: a Chinese original i"
                                                          'n the brackets is not taken (CJK is no script of the rule)'))),
    pytest.param(('Translated report - Nablus Specialty Hospital, Breast Imaging\n'
                  'Bilateral mammography + ultrasound.\n'
                  "Left breast: irregular hypoechoic mass 18 x 14 mm at 2 o'clock with mi"
                  'crolobulated margins and posterior shadowing; corresponding spiculated'
                  ' density on mammography.\n'
                  'Right breast: no abnormality.\n'
                  'Impression: BI-RADS: Left breast [الثدي الأيسر] 4-C; Right breast [الث'
                  'دي الأيمن] 1.\n'
                  'Recommendation: core biopsy of the left breast mass.\n'),
                 '4C 1', id='a15',
                 marks=pytest.mark.xfail(strict=True, reason=("review a15: read '- -'; older behaviour: '4-C' is not read in "
                                                          'plain English either'))),
    pytest.param(('Zarqa Governmental Hospital - radiology (report translated for the ref'
                  'erral abroad)\n'
                  'Bilateral breast ultrasound.\n'
                  "Left breast: at 6 o'clock an irregular hypoechoic mass 15 x 11 mm with"
                  ' indistinct margins and internal vascularity.\n'
                  'Right breast: two simple cysts, largest 8 mm.\n'
                  'Axillae: no suspicious node.\n'
                  'BI-RADS: Right breast [الثدي الأيمن]: 2; Left breast [الثدي الأيسر]: 4'
                  'B.\n'
                  'Ultrasound-guided biopsy of the left breast mass recommended.\n'),
                 '4B 2', id='a16'),
    pytest.param(('Translated report - Al-Ahli Arab Hospital, Gaza (for the referral comm'
                  'ittee)\n'
                  'Bilateral mammography and ultrasound.\n'
                  "Left breast: at 2 o'clock an irregular mass 22 mm with spiculated marg"
                  'ins and pleomorphic calcifications; on ultrasound irregular hypoechoic'
                  ' mass with shadowing.\n'
                  'Right breast: normal.\n'
                  'Final category (BI-RADS):\n'
                  'Left breast [الثدي الأيسر] 4C\n'
                  'Right breast [الثدي الأيمن] 1\n'
                  'Core biopsy of the left breast mass is urgently required.\n'),
                 '4C 1', id='a17'),
    pytest.param(('Translated report - Hebron Governmental Hospital\n'
                  'RIGHT BREAST ULTRASOUND (targeted)\n'
                  "Indication: new palpable lump right breast, 2 o'clock.\n"
                  "Findings: right breast at 2 o'clock, 3 cm FN, an irregular hypoechoic "
                  'mass 12 x 10 mm with angular margins, not parallel.\n'
                  'Impression: Right breast BI-RADS 4A. Ultrasound-guided biopsy advised.'
                  '\n'
                  '\n'
                  'Comparison: previous report from a private clinic (2023) - BI-RADS: Le'
                  'ft breast [الثدي الأيسر] 3; Right breast [الثدي الأيمن] 2.\n'),
                 '- 4A', id='b01'),
    pytest.param(('US LEFT BREAST - Jordan University Hospital (translated)\n'
                  'Indication (as written in the referral letter): outside ultrasound - B'
                  'I-RADS: Left breast [الثدي الأيسر] 4A; Right breast [الثدي الأيمن] 1. '
                  'Please re-evaluate the left breast.\n'
                  "Findings: left breast at 3 o'clock an oval circumscribed hypoechoic ma"
                  'ss 9 x 6 mm, parallel, no posterior features, no vascularity; correspo'
                  'nds to the referral finding.\n'
                  'Impression: probably benign left breast mass (likely fibroadenoma). BI'
                  '-RADS 3.\n'
                  'Follow-up ultrasound in 6 months.\n'),
                 '3 -', id='b02'),
    pytest.param(('Al-Mowasah Hospital, Damascus - screening mammography (translated repo'
                  'rt)\n'
                  'Bilateral mammography, CC and MLO.\n'
                  'Breast composition (BI-RADS density): Right breast [الثدي الأيمن] 3; L'
                  'eft breast [الثدي الأيسر] 3 - heterogeneously dense tissue which may o'
                  'bscure small masses.\n'
                  'No mass, no suspicious calcifications, no architectural distortion in '
                  'either breast.\n'
                  'Assessment: BI-RADS 1 - negative.\n'
                  'Supplementary ultrasound may be considered because of density.\n'),
                 '1 1', id='b03'),
    pytest.param(('Translated report - Tripoli (Lebanon) Imaging Centre\n'
                  'Bilateral breast ultrasound. Age 44. Indication: cyclical pain.\n'
                  'Both breasts show fibroglandular tissue with simple cysts; no solid le'
                  'sion, no abnormal vascularity.\n'
                  'Impression: BI-RADS 2 - Right breast [الثدي الأيمن] 2 simple cysts, Le'
                  'ft breast [الثدي الأيسر] 1 simple cyst; no solid lesion in either brea'
                  'st.\n'
                  'Axillae: normal.\n'
                  'No follow-up beyond routine screening required.\n'),
                 '2 2', id='b04',
                 marks=pytest.mark.xfail(strict=True, reason=("review b04: read '- 2'; older behaviour: the unsided 'BI-RADS "
                                                          "2' heading the list is not given to the left"))),
    pytest.param(('Translated report - Irbid Specialty Hospital\n'
                  'LEFT BREAST ULTRASOUND\n'
                  "Findings: left breast at 10 o'clock an oval circumscribed hypoechoic m"
                  'ass 11 x 7 mm, parallel to the skin, no posterior features; no other l'
                  'esion. Left axilla normal.\n'
                  'Impression: BI-RADS 3 - Left breast [الثدي الأيسر] 6-month follow-up u'
                  'ltrasound advised to confirm stability.\n'
                  'Reported by Dr. S. Obeidat\n'),
                 '3 -', id='b05'),
    pytest.param(('Beirut - Hôtel-Dieu de France, imaging department (English translation'
                  ')\n'
                  'Bilateral surveillance mammography after breast-conserving surgery.\n'
                  'Right breast: post-surgical architectural distortion and skin thickeni'
                  'ng at the lumpectomy site, stable; fat necrosis calcifications.\n'
                  'Left breast: no abnormality.\n'
                  'Impression: BI-RADS 2. Right breast [الثدي الأيمن] 5 years after lumpe'
                  'ctomy and radiotherapy with stable post-treatment changes; left breast'
                  ' normal.\n'
                  'Annual mammography.\n'),
                 '2 2', id='b06'),
    pytest.param(('Translated report - Mosul General Hospital, radiology\n'
                  'LEFT BREAST ULTRASOUND. Indication: palpable lump.\n'
                  "Left breast at 3 o'clock an irregular hypoechoic nodule with angular m"
                  'argins and slight posterior shadowing.\n'
                  'Impression: BI-RADS 4A: Left breast [الثدي الأيسر] 1 × 0.9 cm irregula'
                  "r hypoechoic nodule at 3 o'clock; biopsy recommended.\n"
                  'Left axilla: no suspicious node.\n'),
                 '4A -', id='b07'),
    pytest.param(('Translated report - Tyre Medical Imaging, Lebanon\n'
                  'Bilateral breast ultrasound. Indication: screening adjunct, dense brea'
                  'sts.\n'
                  'Impression: BI-RADS 2: Right breast [الثدي الأيمن] 3-4 small simple cy'
                  'sts in the upper outer quadrant, the largest 6 mm; Left breast [الثدي '
                  'الأيسر] normal fibroglandular tissue.\n'
                  'Axillae: normal.\n'
                  'Routine annual screening.\n'),
                 '2 2', id='b08',
                 marks=pytest.mark.xfail(strict=True, reason=("review b08: read '- 2'; older behaviour: the unsided 'BI-RADS "
                                                          "2' heading the list is not given to the left"))),
    pytest.param(('Translated procedure report - King Hussein Cancer Center, breast imagi'
                  'ng\n'
                  'Procedure: ultrasound-guided core needle biopsy, left breast.\n'
                  "Target: irregular hypoechoic mass 14 mm at 4 o'clock, previously chara"
                  'cterised.\n'
                  'Impression: BI-RADS 4B - ultrasound-guided core biopsy of the left bre'
                  'ast [الثدي الأيسر] 3 cores (14G) obtained without complication; clip p'
                  'laced.\n'
                  'Post-procedure mammogram: clip at the biopsy site.\n'
                  'Pathology to follow.\n'),
                 '4B -', id='b09'),
    pytest.param(('Translated report - Al-Shifa Hospital, Gaza\n'
                  'Bilateral breast ultrasound. Indication: axillary discomfort.\n'
                  'Both breasts: normal fibroglandular tissue. No mass, no cyst.\n'
                  'Impression: BI-RADS 1 both breasts; axillary lymph nodes right [الأيمن'
                  '] 3, left [الأيسر] 2, all with normal cortex and preserved fatty hila.'
                  '\n'
                  'No further imaging needed.\n'),
                 '1 1', id='b10'),
    pytest.param(('Translated report - Amman Breast Care Clinic\n'
                  'LEFT BREAST ULTRASOUND\n'
                  'Two lesions in the left breast were assessed separately.\n'
                  'BI-RADS per lesion - Left breast [الثدي الأيسر] 1) oval circumscribed '
                  "mass 11 mm at 2 o'clock: 3; 2) simple cyst 5 mm at 5 o'clock: 2.\n"
                  'Overall for the left breast: probably benign; follow-up ultrasound in '
                  '6 months.\n'),
                 '3 -', id='b11',
                 marks=pytest.mark.xfail(strict=True, reason=("review b11: read '- -'; older behaviour: a per-lesion list und"
                                                          'er one side is not read'))),
    pytest.param(('Translated report - Basra Teaching Hospital\n'
                  'LEFT BREAST ULTRASOUND. Indication: two palpable nodules.\n'
                  "Impression: BI-RADS 4A: Left breast [الثدي الأيسر] 2 and 3 o'clock irr"
                  'egular hypoechoic masses, 8 and 10 mm, biopsy of the larger is advised'
                  '.\n'
                  'Left axilla: no abnormal nodes.\n'),
                 '4A -', id='b12'),
    pytest.param(('Translated report - Augusta Victoria Hospital, Jerusalem\n'
                  'History: right breast carcinoma treated in another country; the last o'
                  'utside report gave BI-RADS: Right breast [الثدي الأيمن] 6, Left breast'
                  ' [الثدي الأيسر] 2, before surgery.\n'
                  '\n'
                  'Bilateral mammography today: right breast post-lumpectomy scar, stable'
                  '; left breast benign calcifications.\n'
                  'Impression: BI-RADS 2 bilateral - post-treatment and benign findings.\n'
                  'Annual surveillance.\n'),
                 '2 2', id='b13'),
    pytest.param(('Translated follow-up report - Nazareth EMMS Hospital\n'
                  'Bilateral ultrasound, 6-month follow-up of a left breast nodule.\n'
                  "Left breast: the oval nodule at 1 o'clock measures 7 x 4 mm, unchanged"
                  ' over 2 years of follow-up.\n'
                  'Right breast: normal.\n'
                  'BI-RADS: Left breast [الثدي الأيسر] 3 on the previous examination, now'
                  ' 2 after two years of stability; Right breast [الثدي الأيمن] 1.\n'
                  'Return to routine screening.\n'),
                 '2 1', id='b14',
                 marks=pytest.mark.xfail(strict=True, reason=("review b14: read '- -'; the prior '3 on the previous examinati"
                                                          "on' is no longer read; 'now 2' and R 1 stay unread, as before "
                                                          'b115'))),
    pytest.param(('Translated report - Al-Makassed Hospital, Jerusalem\n'
                  'LEFT BREAST ULTRASOUND. Indication: post-operative check after excisio'
                  'n of a benign lesion.\n'
                  'Findings: a post-operative fluid collection (seroma) 35 x 12 mm at the'
                  ' excision site, thin-walled, regressing compared with the first post-o'
                  'perative scan.\n'
                  'Impression: BI-RADS 2. Left breast [الثدي الأيسر] 4 weeks post-operati'
                  've seroma, regressing; no residual lesion.\n'
                  'No further follow-up required.\n'),
                 '2 -', id='b15'),
    pytest.param(('Medical Centre "Zdorovye", Kazan - certified translation from Russian\n'
                  'Маммография [Mammography]:\n'
                  'Breasts of mixed density (ACR C). In the left upper outer quadrant a f'
                  'ocal asymmetry 15 mm without calcifications.\n'
                  'Mammography alone: BI-RADS 0 - ultrasound correlation required.\n'
                  '\n'
                  'УЗИ [Echo]:\n'
                  "Left breast at 2 o'clock: simple cyst 13 x 9 mm corresponding to the a"
                  'symmetry. Right breast: no focal lesions.\n'
                  '\n'
                  'Заключение [Conclusion] (mammography + echo):\n'
                  'Simple cyst of the left breast explaining the mammographic asymmetry. '
                  'BI-RADS 2 bilaterally.\n'),
                 '2 2', id='c01'),
    pytest.param(('CLINIQUE DU LEVANT - BEIRUT. Breast imaging (translated from French)\n'
                  'MAMMOGRAPHY: fatty breasts with scattered fibroglandular density (B). '
                  'A round circumscribed opacity 9 mm in the left lower inner quadrant.\n'
                  'Mammographic assessment: BI-RADS 0.\n'
                  "ECHOGRAPHY: left breast, 8 o'clock, oval circumscribed hypoechoic soli"
                  'd nodule 9 x 5 mm, parallel. Right breast: normal.\n'
                  '\n'
                  'CONCLUSION (MAMMOGRAPHY + ECHOGRAPHY):\n'
                  'Right breast: BI-RADS 2.\n'
                  'Left breast: BI-RADS 3 - follow-up echography in 6 months.\n'),
                 '3 2', id='c02'),
    pytest.param(('Alexandria Radiology Centre - report in English\n'
                  'Screening mammography: extremely dense breasts (ACR D), which lowers s'
                  'ensitivity. The mammographic study by itself is classified BI-RADS 0.\n'
                  'Complementary breast echo performed the same day: normal fibroglandula'
                  'r tissue in both breasts, no solid or cystic lesion; normal axillary n'
                  'odes.\n'
                  '\n'
                  'Conclusions (mammography & echo):\n'
                  'No abnormality detected. BI-RADS 1 for both breasts.\n'
                  'Repeat both examinations in one year.\n'),
                 '1 1', id='c03'),
    pytest.param(('APOLLO DIAGNOSTICS - MUMBAI\n'
                  'Bilateral digital mammography: heterogeneously dense breasts. Bilatera'
                  'l rounded opacities in the upper outer quadrants, partly obscured.\n'
                  'MG BI-RADS 0 (dense breasts, masses need characterisation)\n'
                  'Echo both breasts: the opacities correspond to simple cysts, right 14 '
                  'mm and left 11 mm. No solid lesion.\n'
                  '\n'
                  'Impression (MG + echo):\n'
                  'Both breasts: BI-RADS 2 (benign cysts).\n'),
                 '2 2', id='c04'),
    pytest.param(('Ospedale San Raffaele - Breast Unit (English translation)\n'
                  'Mammography: in the right breast, upper outer quadrant, a new 8 mm foc'
                  'al asymmetry.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  "Ecography: at 10 o'clock in the right breast a 7 mm irregular hypoecho"
                  'ic nodule with indistinct margins corresponding to the asymmetry. Left'
                  ' breast normal.\n'
                  '\n'
                  'Final conclusion (mammography + ecography):\n'
                  'BI-RADS 4A right breast - ultrasound-guided core biopsy; left breast B'
                  'I-RADS 1.\n'),
                 '1 4A', id='c05'),
    pytest.param(('Acıbadem Hospital, Istanbul - translated report\n'
                  'Mamografi [Mammography]: heterogeneously dense breasts (C). Right uppe'
                  'r outer quadrant: a 10 mm oval opacity.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  "Ekografi [Echo]: right breast 10 o'clock, oval circumscribed parallel "
                  'hypoechoic nodule 10 x 6 mm. Left breast: a 4 mm simple cyst.\n'
                  '\n'
                  'Sonuç [Conclusion] (mammography + echo):\n'
                  'Right breast BI-RADS 3, left breast BI-RADS 2.\n'
                  'Control echo of the right breast in 6 months.\n'),
                 '2 3', id='c06'),
    pytest.param(('Diagnostic Centre "Euromedica", Athens (translated)\n'
                  'Mammography: dense glandular tissue bilaterally; several round opaciti'
                  'es, the largest 12 mm on the left.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  'Echography: multiple simple cysts in both breasts, the largest 12 mm i'
                  'n the left upper outer quadrant; no solid lesion.\n'
                  '\n'
                  'Συμπέρασμα [Conclusion] (mammography + echography):\n'
                  'BI-RADS 2 – benign findings in both breasts (simple cysts).\n'
                  'Annual check-up.\n'),
                 '2 2', id='c07'),
    pytest.param(('Homs - Al-Bir Private Imaging. English version.\n'
                  'Mammography: right retroareolar 8 mm oval circumscribed opacity. Left '
                  'breast: normal.\n'
                  'Mammographic category: BI-RADS 0.\n'
                  "Echo: right breast, 12 o'clock, retroareolar oval hypoechoic nodule 8 "
                  'x 5 mm, parallel, circumscribed. Left breast: normal.\n'
                  'Conclusion (mammography + echo): BI-RADS 3 right breast, BI-RADS 1 lef'
                  't breast.\n'
                  'Follow-up echo in 6 months.\n'),
                 '1 3', id='c08'),
    pytest.param(("Latakia - Dr. Nizar's Breast Clinic (translated)\n"
                  'Mammography BI-RADS: 0 (dense breasts, ACR C; bilateral nodular opacit'
                  'ies).\n'
                  'Echo: both breasts show multiple simple cysts, the largest 9 mm right '
                  'and 7 mm left; no solid mass.\n'
                  'Assessment (mammo + echo):\n'
                  'BI-RADS 2 both sides.\n'
                  'Clinical breast examination yearly; mammography + echo in 1 year.\n'),
                 '2 2', id='c09'),
    pytest.param(("Casablanca - Centre d'Imagerie Anfa (translated from French)\n"
                  'Bilateral mammography: left breast, upper outer quadrant, an irregular'
                  ' opacity 14 mm with indistinct margins. Right breast: benign round cal'
                  'cifications.\n'
                  'On mammography alone: BI-RADS 0 pending echography.\n'
                  "Echography: left 2 o'clock irregular hypoechoic mass 13 x 10 mm, not p"
                  'arallel, with posterior shadowing. Right breast normal.\n'
                  '\n'
                  'Opinion (mammography + echography):\n'
                  'BI-RADS 4B left breast; BI-RADS 2 right breast.\n'
                  'Echo-guided biopsy of the left breast lesion recommended.\n'),
                 '4B 2', id='c10'),
    pytest.param(('Lviv Regional Oncology Centre - mammography and echo (translated from '
                  'Ukrainian)\n'
                  'Mammography: left breast, upper inner quadrant, a spiculated mass 24 m'
                  'm with microcalcifications; right breast without pathology.\n'
                  'Mammography alone: BI-RADS 0 left, BI-RADS 1 right (echo planned for c'
                  'haracterisation of the left lesion).\n'
                  "Echo: left 11 o'clock irregular hypoechoic mass 23 x 18 mm with angula"
                  'r margins and posterior shadowing; left axillary node with cortex 5 mm'
                  '. Right breast: normal.\n'
                  '\n'
                  'Diagnostic conclusion (mammography + echo):\n'
                  'Left breast: BI-RADS 5. Right breast: BI-RADS 1.\n'),
                 '5 1', id='c11'),
    pytest.param(('Aleppo University Hospital - breast imaging (translated report)\n'
                  'Mammography: heterogeneously dense breasts; bilateral round circumscri'
                  'bed opacities.\n'
                  'Mammography alone: BI-RADS 0 - completion by echo required.\n'
                  'Echo: simple cysts in both breasts (right 10 mm, left 13 mm). No solid'
                  ' lesion.\n'
                  '\n'
                  'Conclusion (mammography and echo):\n'
                  'Bilateral simple cysts. BI-RADS 2 in both breasts.\n'),
                 '2 2', id='c12',
                 marks=pytest.mark.xfail(strict=True, reason=("review c12: read '0 0'; under-reach kept: '(mammography and ec"
                                                          "ho)' is no combined heading (it needs '+' or '&')"))),
    pytest.param(('Hama National Hospital - radiology (translated)\n'
                  'Mammography: dense breasts (ACR D); bilateral small oval opacities.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  "Echo: right 9 o'clock oval parallel nodule 7 mm; left 3 o'clock oval p"
                  'arallel nodule 6 mm; both circumscribed, no vascularity.\n'
                  '\n'
                  'Conclusion (echo + mammography):\n'
                  'Bilateral probably benign nodules. BI-RADS 3 in both breasts, follow-u'
                  'p in 6 months.\n'),
                 '3 3', id='c13',
                 marks=pytest.mark.xfail(strict=True, reason=("review c13: read '0 0'; under-reach kept: '(echo + mammography"
                                                          ")' is no combined heading (mammography comes first)"))),
    pytest.param(('Tartus - Al-Basel Hospital, radiology department (English translation)'
                  '\n'
                  'Mammography: a round opacity 11 mm in each upper outer quadrant; dense'
                  ' parenchyma.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  'Echography: both opacities are simple cysts; no solid lesion.\n'
                  '\n'
                  'Conclusion (mammography/echography):\n'
                  'Bilateral simple cysts - BI-RADS 2 both breasts.\n'
                  'Routine follow-up.\n'),
                 '2 2', id='c14'),
    pytest.param(('DEIR EZ-ZOR - AL-ASSAD HOSPITAL (report translated from Arabic)\n'
                  'MAMMOGRAPHY: extremely dense breasts (ACR D); no definite abnormality '
                  'but limited sensitivity.\n'
                  'MAMMOGRAPHY ALONE: BI-RADS 0.\n'
                  'BREAST ECHO: normal fibroglandular tissue in both breasts; no mass, no'
                  ' cyst; normal axillae.\n'
                  '\n'
                  'CONCLUSION (BILATERAL MAMMOGRAPHY + BREAST ECHO):\n'
                  'NEGATIVE. BI-RADS 1 RIGHT AND LEFT.\n'),
                 '1 1', id='c15'),
    pytest.param(('Assuta Medical Center, Tel Aviv - English translation of the Hebrew re'
                  'port\n'
                  'Mammography: right breast upper outer quadrant, a new 9 mm oval opacit'
                  'y with partly obscured margins. Left breast: benign calcifications.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  "Echo: right 10 o'clock oval hypoechoic solid nodule 9 x 7 mm, one indi"
                  'stinct margin. Left breast: no lesion.\n'
                  '\n'
                  'סיכום [Conclusion] (mammography + echo):\n'
                  'Right breast BI-RADS 4A - biopsy recommended. Left breast BI-RADS 2.\n'),
                 '2 4A', id='c16'),
    pytest.param(('Spitalul Clinic Județean Cluj - Breast Imaging (translated from Romani'
                  'an)\n'
                  'Mammography: heterogeneous density; bilateral small oval nodular opaci'
                  'ties; no prior available for comparison.\n'
                  'Mammographic assessment: BI-RADS 0.\n'
                  'Ecography: bilateral oval circumscribed parallel nodules, right 6 mm, '
                  'left 8 mm, likely fibroadenomas.\n'
                  '\n'
                  'CONCLUSION (MAMMOGRAPHY + ECOGRAPHY):\n'
                  'Bilateral BI-RADS 3 - short-interval follow-up ecography in 6 months.\n'),
                 '3 3', id='c17'),
    pytest.param(('Damascus - Al-Shami Hospital, mammography unit (translated report)\n'
                  'Screening mammography, bilateral. Dense breasts (ACR C). Newly seen ro'
                  'und opacity 10 mm in the right upper outer quadrant and a focal asymme'
                  'try on the left.\n'
                  'Mammographic assessment: BI-RADS 0 - additional echo required (appoint'
                  'ment given).\n'
                  '\n'
                  'Comparison:\n'
                  'Previous report (Dr. Haddad clinic, 11/2024):\n'
                  'Conclusion (mammography + echo): BI-RADS 2, both breasts.\n'),
                 '0 0', id='d01'),
    pytest.param(('Aleppo - Al-Kindi Diagnostic Centre (translated report)\n'
                  'Mammography: heterogeneously dense breasts. Right breast: a 12 mm roun'
                  'd opacity, upper outer quadrant. Left: normal.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  'Echo: not performed today - the patient could not stay; appointment gi'
                  'ven for 18/03/2026.\n'
                  '\n'
                  'Conclusion (mammography + echo):\n'
                  'Will be issued after the echo examination.\n'),
                 '0 0', id='d02',
                 marks=pytest.mark.xfail(strict=True, reason=("review d02: read '0 -'; older behaviour: the empty combined he"
                                                          'ading is no longer trusted, but the unsided 0 goes to the left'
                                                          ' only'))),
    pytest.param(('Homs - Al-Hikma Radiology (translated)\n'
                  'Mammography: right breast, upper outer quadrant, architectural distort'
                  'ion without a mass, 15 mm. Left breast: round opacity 16 mm, lower inn'
                  'er quadrant.\n'
                  'Mammography alone: right breast BI-RADS 0 (distortion - spot compressi'
                  'on / tomosynthesis needed); left breast BI-RADS 0 (opacity).\n'
                  "Echo (targeted to the left breast): simple cyst 16 mm at 8 o'clock cor"
                  'responding to the left opacity.\n'
                  '\n'
                  'Conclusion (mammography + echo) - left breast: simple cyst, BI-RADS 2.'
                  '\n'
                  'Right breast: the distortion has no echo correlate and remains unresol'
                  'ved; additional mammographic views are scheduled.\n'),
                 '2 0', id='d03',
                 marks=pytest.mark.xfail(strict=True, reason=("review d03: read '0 0'; older behaviour: the left's 0 stated m"
                                                          "id-line after the right's is not taken as the modality's own"))),
    pytest.param(('CARDIO-ONCOLOGY CLINIC - FOLLOW-UP LETTER\n'
                  'Patient on adjuvant trastuzumab (cycle 11/17) after right mastectomy f'
                  'or HER2-positive carcinoma.\n'
                  'Surveillance this visit:\n'
                  'Mammogram of the left breast: new cluster of fine pleomorphic calcific'
                  'ations, upper inner quadrant.\n'
                  'Mammographic assessment: BI-RADS 0 - magnification views requested.\n'
                  'Echocardiogram: LVEF 58% (baseline 62%), GLS -18%, no pericardial effu'
                  'sion.\n'
                  '\n'
                  'Conclusion (mammography + echo):\n'
                  'LVEF decline of 4 points, within limits - continue trastuzumab and rep'
                  'eat echo in 3 months. Breast recall for magnification views booked for'
                  ' next week.\n'),
                 '0 -', id='d04'),
    pytest.param(('Translated report - Al-Mouwasat University Hospital, Damascus\n'
                  'Bilateral mammography. Dense breasts; bilateral rounded opacities in t'
                  'he upper outer quadrants.\n'
                  'Mammography alone [الماموغرافي وحده]: BI-RADS 0 - echo to be done at a'
                  ' later date (device out of service).\n'
                  '\n'
                  'Attached outside report (Aleppo, 2023), translated for comparison:\n'
                  'Conclusion (mammography + echo): BI-RADS 3 left breast, 6-month follow'
                  '-up.\n'),
                 '0 0', id='d05'),
    pytest.param(('Lattakia - Tishreen University Hospital, radiology (translated)\n'
                  'Mammography: extremely dense breasts (ACR D); a possible 8 mm opacity '
                  'in the left upper outer quadrant.\n'
                  'Mammographic assessment: BI-RADS 0.\n'
                  'Echo: technically limited - the patient could not lie supine because o'
                  'f back pain; images non-diagnostic.\n'
                  '\n'
                  'Conclusion (mammography + echo):\n'
                  'Cannot be given; repeat echo when the patient is able, then a final ca'
                  'tegory will be issued.\n'),
                 '0 0', id='d06',
                 marks=pytest.mark.xfail(strict=True, reason=("review d06: read '0 -'; older behaviour: the empty combined he"
                                                          'ading is no longer trusted, but the unsided 0 goes to the left'
                                                          ' only'))),
    pytest.param(('KUWAIT - Mubarak Al-Kabeer Hospital, screening mammography (English re'
                  'port)\n'
                  'Bilateral screening mammography. New right breast focal asymmetry 11 m'
                  'm, upper outer quadrant.\n'
                  'Mammography alone: BI-RADS 0 - recall for echo and additional views.\n'
                  '\n'
                  'Prior exams:\n'
                  'Conclusion (mammography + echo) 14.03.2024: BI-RADS 2 bilaterally (sim'
                  'ple cysts).\n'),
                 '0 0', id='d07',
                 marks=pytest.mark.xfail(strict=True, reason=("review d07: read '- 0'; older behaviour: the prior dated combi"
                                                          'ned heading is no longer trusted, but the unsided 0 goes to th'
                                                          'e right only'))),
    pytest.param(('PRE-ANAESTHESIA ASSESSMENT NOTE - General Surgery\n'
                  'Planned procedure: left mastectomy and sentinel node biopsy.\n'
                  'Work-up reviewed:\n'
                  'Mammography BI-RADS: 5 (left breast, spiculated mass 28 mm).\n'
                  'Echo: LVEF 60%, no valvular disease, normal diastolic function.\n'
                  'Bloods: Hb 12.8, creatinine normal.\n'
                  '\n'
                  'Impression (mammo + echo):\n'
                  'Known left breast cancer; cardiac function normal - fit for general an'
                  'aesthesia, ASA II.\n'),
                 '5 -', id='d08'),
    pytest.param(('Dubai Hospital - Breast MRI (English report)\n'
                  'Indication: newly diagnosed right breast IDC, extent of disease.\n'
                  "MRI: right breast known 18 mm enhancing mass at 10 o'clock (biopsy cli"
                  "p). Left breast: a new 7 mm irregular enhancing mass at 2 o'clock with"
                  ' washout kinetics.\n'
                  'MRI assessment: BI-RADS 4A left breast - second-look echo and biopsy r'
                  'ecommended.\n'
                  '\n'
                  'Previous imaging:\n'
                  'Conclusion (mammography + echo), 2019: BI-RADS 2 both breasts.\n'),
                 '4A -', id='d09'),
    pytest.param(('Jordan Hospital, Amman - follow-up breast imaging (translated)\n'
                  'History:\n'
                  'Conclusion (mammography + echo) 2024: BI-RADS 3 both breasts, probably'
                  ' benign nodules; 6-month follow-up advised.\n'
                  '\n'
                  "Today's examination:\n"
                  'Mammography alone: BI-RADS 0 (new focal asymmetry on the left).\n'
                  'Echo: the left asymmetry corresponds to the known 7 mm oval nodule, un'
                  'changed; right 6 mm nodule unchanged.\n'
                  'Final impression: BI-RADS 3 both breasts; follow-up in 6 months.\n'),
                 '3 3', id='d10'),
    pytest.param(('Deir Atiyah Private Hospital - translated\n'
                  'Bilateral mammography: dense breasts, bilateral small round opacities,'
                  ' incompletely assessed.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  'Echo: refused by the patient today.\n'
                  '\n'
                  'Conclusion (mammography + echo):\n'
                  'Not applicable - echo refused; the mammographic category stands. Patie'
                  'nt counselled to return for echo.\n'),
                 '0 0', id='d11'),
    pytest.param(('TELERADIOLOGY SECOND READING - Breast (English)\n'
                  'Second reading of the mammography only (echo images were not transmitt'
                  'ed).\n'
                  'Right breast: irregular mass 12 mm with indistinct margins, upper oute'
                  'r quadrant. Left breast: normal.\n'
                  'Mammographic assessment: BI-RADS 4B right, BI-RADS 1 left.\n'
                  '\n'
                  'Original local report, quoted:\n'
                  'Conclusion (mammography + echo): right breast BI-RADS 3, left breast B'
                  'I-RADS 1.\n'
                  'Comment: we do not agree with category 3 for the right breast; biopsy '
                  'is recommended.\n'),
                 '1 4B', id='d12'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ the same narrowing for "ultrasound" (before b115)

_TODAY = ("Aleppo University Hospital - breast imaging (translated report)\nMammography: heterogeneously dense breasts; "
          "bilateral round circumscribed opacities.\nMammography alone: BI-RADS 0.\nUltrasound: simple cysts in both "
          "breasts (right 10 mm, left 13 mm).\n\n")


@pytest.mark.parametrize(("tail", "expected"), [
    # (a pending combined conclusion, an outside report's quoted one, a prior exam's dated one: none outranks today's 0)
    ("Conclusion (mammography + ultrasound):\nWill be issued after the second look.\n", "0 0"),
    ("Original local report, quoted:\nConclusion (mammography + ultrasound): right breast BI-RADS 3, left breast "
     "BI-RADS 1.\n", "0 0"),
    ("Prior exams:\nConclusion (mammography + ultrasound) 14.03.2024: BI-RADS 2 bilaterally.\n", "0 0"),
    # (the report's own, stating its category, still does: also the first that passes, below a quoted one)
    ("Conclusion (mammography + ultrasound):\nBilateral simple cysts. BI-RADS 2 in both breasts.\n", "2 2"),
    ("Comparison:\nConclusion (mammography + ultrasound) 03/2024: BI-RADS 3 left breast.\n\nConclusion (mammography + "
     "ultrasound):\nBilateral simple cysts. BI-RADS 2 in both breasts.\n", "2 2"),
])
def test_combined_ultrasound_heading_outranks_only_as_this_reports_own(tail: str, expected: str) -> None:
    assert birads_codes(_TODAY + tail) == expected
