"""Review rfinal8, the stop's final measurement review of the radiology rules of b115: 111 texts (rule 1 40, rule 2
39, ordinary reports touching neither 32) written and labelled from the guide before either revision read them. Rule 1
(an English side with its original in another script in square brackets before the category, "Left breast [<Arabic>]
4C;") now leaves as written a list on a line that opens by quoting an earlier or outside report ("Outside report from
Tripoli (2024), as translated: BI-RADS: ...", "Previous report (2024): ...", or under such a lead-in line), and reads a
spaced em dash ending an item as a dash. Rule 2 (a combined conclusion heading outranks the modalities' own categories
only as this report's own completed conclusion) now counts a heading date only where it is not the exam's own date
and never an atlas edition's year ("Overall assessment (ACR BI-RADS atlas, 2013 edition):", which dates no field
label either), a heading line above only where it opens with an earlier report's words (not "IMPRESSION, compared with
the prior examinations ...:"), a category stated in the guide's words as the section's ("Benign findings, both
breasts."), and an echo as the heart's by its wording too ("EF 60%", "LV function", "TTE", "wall motion",
"biventricular"). Mended: the six over-reaches (q06, s14, s15, t01, t02, t18) and the newly wrong p08, s16 (its new
error; back to the older reading) and s18. Every review text is pinned; those still read wrong (older behaviour, or an
under-reach left as it is) are strict expected failures."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(("Ain Shams University Hospitals - Women's Imaging Unit (certified Engli"
                  'sh translation)\n'
                  'Bilateral digital mammography with complementary ultrasound, 11/02/202'
                  '6.\n'
                  'Breast composition: heterogeneously dense (C).\n'
                  "Right breast: a 9 mm oval circumscribed mass at 10 o'clock, correspond"
                  'ing to a simple cyst on ultrasound.\n'
                  'Left breast: an irregular spiculated mass 21 x 17 mm in the upper oute'
                  'r quadrant with fine pleomorphic calcifications; an enlarged left axil'
                  'lary node with a thickened cortex.\n'
                  'BI-RADS: Right breast [الثدي الأيمن] 2; Left breast [الثدي الأيسر] 5.\n'
                  'Recommendation: ultrasound-guided core biopsy of the left breast mass '
                  'and of the axillary node.\n'),
                 '5 2', id='p01'),
    pytest.param(('Milad Hospital Imaging Department, Tehran - breast ultrasound (officia'
                  'l translation from Persian)\n'
                  'Indication: bloody discharge from the left nipple for one month.\n'
                  'Left breast: an intraductal echogenic lesion 6 mm within a dilated ret'
                  "roareolar duct at 3 o'clock, with internal vascularity on Doppler.\n"
                  'Right breast: normal fibroglandular pattern, no focal lesion.\n'
                  'Axillae: unremarkable.\n'
                  'BI-RADS – Left breast [پستان چپ] 4B – Right breast [پستان راست] 1\n'
                  'Ultrasound-guided vacuum biopsy of the intraductal lesion is suggested'
                  '.\n'),
                 '4B 1', id='p02'),
    pytest.param(('Kyiv City Clinical Oncology Centre - mammography (translation from Ukr'
                  'ainian)\n'
                  'Bilateral screening mammography, two projections. Breast composition A'
                  'CR B.\n'
                  'Right breast: no masses, no suspicious calcifications, skin and nipple'
                  ' normal.\n'
                  'Left breast: a new group of fine linear branching calcifications, 14 m'
                  'm, upper outer quadrant, segmental distribution.\n'
                  'Conclusion: BI-RADS: right breast [права молочна залоза] 1, left breas'
                  't [ліва молочна залоза] 4c.\n'
                  'Stereotactic vacuum biopsy of the left breast is recommended.\n'),
                 '4C 1', id='p03'),
    pytest.param(('Alexandrovska University Hospital, Sofia - Department of Imaging (tran'
                  'slated from Bulgarian)\n'
                  'Breast ultrasound, bilateral. Age 36. Complaint: lump in the right bre'
                  'ast found on self-examination.\n'
                  "Right breast: at 11 o'clock, 2 cm from the nipple, an oval, parallel, "
                  'circumscribed hypoechoic nodule 14 x 8 mm without vascularity - fibroa'
                  'denoma.\n'
                  'Left breast: no focal lesions.\n'
                  'Axillary lymph nodes: normal morphology.\n'
                  'BI-RADS: Right breast [дясна гърда] 3 / Left breast [лява гърда] 1\n'
                  'Control ultrasound in 6 months.\n'),
                 '1 3', id='p04'),
    pytest.param(('Hygeia Hospital, Athens - Breast Imaging Department (English translati'
                  'on)\n'
                  'Bilateral mammography and ultrasound. Indication: annual surveillance,'
                  ' family history (mother diagnosed at 52).\n'
                  'Mammography: scattered fibroglandular density (B). No suspicious mass,'
                  ' calcification or distortion.\n'
                  "Ultrasound: right breast, a 4 mm simple cyst at 2 o'clock; left breast"
                  ' unremarkable.\n'
                  'BI-RADS: Right breast [δεξιός μαστός] 2 (benign), Left breast [αριστερ'
                  'ός μαστός] 1 (negative).\n'
                  'Next annual mammography and ultrasound in twelve months.\n'),
                 '1 2', id='p05'),
    pytest.param(('Izmirlian Medical Center, Yerevan - mammography report (translation fr'
                  'om Armenian)\n'
                  'Diagnostic mammography, bilateral, with spot compression of the left b'
                  'reast.\n'
                  'Left breast: a persistent focal asymmetry 12 mm in the lower inner qua'
                  'drant, without calcifications; no correlate on targeted ultrasound.\n'
                  'Right breast: fatty involuted tissue, normal.\n'
                  'BI-RADS: Left breast [ձախ կուրծք] 3; Right breast [աջ կուրծք] 1.\n'
                  'Follow-up mammography of the left breast in 6 months.\n'),
                 '3 1', id='p06'),
    pytest.param(('Labaid Specialized Hospital, Dhaka - USG of both breasts (English repo'
                  'rt with Bengali terms)\n'
                  'Clinical: 29 years, lactating, painful right breast lump with fever fo'
                  'r five days.\n'
                  'Right breast: a thick-walled collection 32 x 20 mm with internal debri'
                  's in the upper outer quadrant, surrounding oedema and hyperaemia - abs'
                  'cess.\n'
                  'Left breast: lactational changes, no focal lesion.\n'
                  'Impression: right breast abscess.\n'
                  'BI-RADS: Right breast [ডান স্তন] 2, Left breast [বাম স্তন] 1.\n'
                  'Advice: ultrasound-guided aspiration with antibiotic cover; repeat sca'
                  'n after treatment.\n'),
                 '1 2', id='p07'),
    pytest.param(('Government Multi Super Speciality Hospital, Chennai - Breast Imaging ('
                  'English / Tamil)\n'
                  'Sonomammography, both breasts. Age 48.\n'
                  "Left breast: at 1 o'clock, a taller-than-wide hypoechoic lesion 11 x 1"
                  '3 mm with angular margins and posterior acoustic shadowing.\n'
                  'Right breast: a few benign-appearing intramammary nodes.\n'
                  'BI-RADS: Left breast [இடது மார்பகம்] 4C — Right breast [வலது மார்பகம்]'
                  ' 2\n'
                  'Biopsy advised for the left breast lesion.\n'),
                 '4C 2', id='p08'),
    pytest.param(('B.P. Koirala Memorial Cancer Hospital, Bharatpur - ultrasound (transla'
                  'ted from Nepali)\n'
                  'USG LEFT BREAST. Indication: follow-up of a known complicated cyst.\n'
                  "Left breast: the previously described cyst at 2 o'clock now measures 7"
                  ' mm (previously 9 mm), with a thin septation and no solid component or'
                  ' vascularity.\n'
                  'Impression: stable to smaller complicated cyst.\n'
                  'BI-RADS: Left breast [देब्रे स्तन] 3.\n'
                  'Repeat ultrasound in 6 months.\n'),
                 '3 -', id='p09'),
    pytest.param(('Calmette Hospital, Phnom Penh - breast ultrasound (translated from Khm'
                  'er)\n'
                  'Bilateral breast ultrasound. Age 41. Indication: pain in both breasts '
                  'before menses.\n'
                  "Right breast: multiple small simple cysts, the largest 6 mm at 9 o'clo"
                  'ck.\n'
                  "Left breast: two simple cysts at 1 and 3 o'clock, 4 and 5 mm.\n"
                  'Impression: bilateral fibrocystic changes.\n'
                  'BI-RADS: Right breast [សុដន់ស្តាំ] 2; Left breast [សុដន់ឆ្វេង] 2.\n'
                  'Routine follow-up.\n'),
                 '2 2', id='p10'),
    pytest.param(('Pun Hlaing Hospital, Yangon - mammography (English translation of the '
                  'Myanmar report)\n'
                  'Bilateral screening mammography. Breast density: B.\n'
                  'Right breast: a new cluster of amorphous calcifications, 6 mm, upper o'
                  'uter quadrant, not present in 2024.\n'
                  'Left breast: no abnormality.\n'
                  'BI-RADS: Right breast [ညာဘက်ရင်သား] 4A, Left breast [ဘယ်ဘက်ရင်သား] 1.\n'
                  'Stereotactic biopsy recommended for the right breast calcifications.\n'),
                 '1 4A', id='p11'),
    pytest.param(('Todua Clinic, Tbilisi - screening mammography (translation from Georgi'
                  'an)\n'
                  'Bilateral screening mammography, 03.02.2026. Breast composition ACR C.'
                  '\n'
                  'Left breast: a possible 10 mm mass in the upper inner quadrant, seen o'
                  'n the CC view only.\n'
                  'Right breast: no suspicious findings.\n'
                  'BI-RADS: Left breast [მარცხენა ძუძუ] 0; Right breast [მარჯვენა ძუძუ] 1'
                  '.\n'
                  'Recall for additional views and ultrasound of the left breast.\n'),
                 '0 1', id='p12'),
    pytest.param(('Shaukat Khanum Memorial Cancer Hospital, Lahore - breast ultrasound (E'
                  'nglish, Urdu terms kept)\n'
                  'Indication: hard lump in the right breast for 2 months.\n'
                  "Right breast: at 9 o'clock an irregular, non-parallel hypoechoic mass "
                  '26 x 22 mm with spiculated margins and architectural distortion; skin '
                  'thickening over it.\n'
                  'Right axilla: two rounded nodes with effaced fatty hila.\n'
                  'Left breast: normal.\n'
                  'BI-RADS: Right [دایاں] 5, Left [بایاں] 1.\n'
                  'Ultrasound-guided core biopsy of the mass and FNA of the axillary node'
                  ' advised.\n'),
                 '1 5', id='p13'),
    pytest.param(('Sheba Medical Center - Breast Imaging Unit (translated from Hebrew)\n'
                  'Diagnostic mammography and ultrasound following an abnormal screening '
                  'examination.\n'
                  'Right breast: the screening asymmetry resolves on spot compression; no'
                  ' sonographic correlate.\n'
                  "Left breast: an oval circumscribed 8 mm mass at 4 o'clock, 3 cm from t"
                  'he nipple, with a fatty hilum - intramammary lymph node.\n'
                  'BI-RADS right breast [שד ימין] 1.\n'
                  'BI-RADS left breast [שד שמאל] 2.\n'
                  'Return to routine screening.\n'),
                 '2 1', id='p14'),
    pytest.param(('Siriraj Hospital - Breast Diagnostic Centre (translated from Thai)\n'
                  'Pre-treatment ultrasound, both breasts. Known left breast invasive duc'
                  'tal carcinoma (core biopsy 14/01/2026).\n'
                  "Left breast: the biopsied mass at 2 o'clock, 24 x 19 mm, with the mark"
                  'er clip in situ; no second lesion.\n'
                  'Right breast: no suspicious lesion.\n'
                  'Axillae: one left axillary node with 4 mm cortical thickening.\n'
                  'BI-RADS: Left breast [เต้านมซ้าย] 6 - Right breast [เต้านมขวา] 1\n'
                  'For the multidisciplinary tumour board.\n'),
                 '6 1', id='p15'),
    pytest.param(('Intermed Hospital, Ulaanbaatar - breast ultrasound (English translatio'
                  'n from Mongolian)\n'
                  'Bilateral breast ultrasound. Indication: screening, dense breasts on m'
                  'ammography.\n'
                  'Right breast: an oval parallel circumscribed hypoechoic mass 9 x 5 mm '
                  "at 7 o'clock, no vascularity, new since the previous scan.\n"
                  "Left breast: a simple cyst 3 mm at 12 o'clock.\n"
                  'BI-RADS: Right breast [баруун хөх] 3, Left breast [зүүн хөх] 2.\n'
                  'Short-interval follow-up of the right breast in 6 months.\n'),
                 '2 3', id='p16'),
    pytest.param(('CHU Ibn Rochd, Casablanca - imaging department (translated from Arabic'
                  ')\n'
                  'Bilateral mammography + ultrasound. Indication: recent retraction of t'
                  'he left nipple.\n'
                  'Left breast: a retroareolar irregular mass 17 mm with spiculated margi'
                  'ns and nipple retraction; on ultrasound hypoechoic, non-parallel, with'
                  ' shadowing.\n'
                  'Right breast: benign-appearing coarse calcifications.\n'
                  'Impression - BI-RADS: Left breast [الثدي الأيسر] 5, Right breast [الثد'
                  'ي الأيمن] 2.\n'
                  'Addendum (18/02/2026): core biopsy of the left breast mass - invasive '
                  'carcinoma of no special type. Assessment unchanged.\n'),
                 '5 2', id='p17'),
    pytest.param(('Dayanand Medical College and Hospital, Ludhiana - Mammography (bilingu'
                  'al printout)\n'
                  'Screening mammogram, both breasts, CC and MLO views. Density: A (almos'
                  't entirely fatty).\n'
                  'No mass, architectural distortion or suspicious calcification in eithe'
                  'r breast. Vascular calcifications bilaterally.\n'
                  'BI-RADS: Right breast [ਸੱਜੀ ਛਾਤੀ] 2, Left breast [ਖੱਬੀ ਛਾਤੀ] 2.\n'
                  'Annual screening recommended.\n'),
                 '2 2', id='p18'),
    pytest.param(('National Hospital of Sri Lanka, Colombo - breast clinic ultrasound (En'
                  'glish with Sinhala terms)\n'
                  'Bilateral breast ultrasound. Age 52. History: right breast pain, no lu'
                  'mp.\n'
                  'Right breast: dilated ducts up to 3 mm in the retroareolar region with'
                  ' anechoic content - duct ectasia. No solid lesion.\n'
                  'Left breast: normal.\n'
                  'BI-RADS: Right breast [දකුණු පියයුරු] 2; Left breast [වම් පියයුරු] 1.\n'
                  'Clinical correlation; no imaging follow-up required.\n'),
                 '1 2', id='p19'),
    pytest.param(("St. Luke's International Hospital, Tokyo - breast ultrasound (English "
                  'translation)\n'
                  'Bilateral breast ultrasound. Age 45. Follow-up of dense breasts found '
                  'at a workplace check-up.\n'
                  "Right breast: at 10 o'clock, a 7 mm oval, circumscribed, hypoechoic ma"
                  'ss with parallel orientation; JABTS category 3.\n'
                  'Left breast: no lesion.\n'
                  'BI-RADS: Right breast [右乳房] 3; Left breast [左乳房] 1.\n'
                  'Follow-up ultrasound in 6 months.\n'),
                 '1 3', id='p20',
                 marks=pytest.mark.xfail(strict=True, reason=("review p20 (rule 1): read '- -'; under-reach kept: a Japanese (C"
                                                          'JK) original in the brackets is not taken (CJK is no script of t'
                                                          'he rule)'))),
    pytest.param(('Orotta National Referral Hospital, Asmara - breast ultrasound (transla'
                  'ted from Tigrinya)\n'
                  'Left breast ultrasound. Indication: palpable lump in a 25-year-old wom'
                  'an.\n'
                  "Left breast: at 3 o'clock an oval, circumscribed, parallel hypoechoic "
                  'mass 18 x 10 mm, features of a fibroadenoma.\n'
                  'BI-RADS: Left breast [ጸጋማይ ጡብ] 3.\n'
                  'Follow-up in 6 months, or excision if it enlarges.\n'),
                 '3 -', id='p21',
                 marks=pytest.mark.xfail(strict=True, reason=("review p21 (rule 1): read '- -'; under-reach kept: an Ethiopic ("
                                                          'Tigrinya) original in the brackets is not taken (no script of th'
                                                          'e rule)'))),
    pytest.param(('Hamad General Hospital, Doha - Breast Imaging (English report, Arabic '
                  'terms for the patient)\n'
                  'Bilateral diagnostic mammography and ultrasound.\n'
                  "Left breast: a 7 mm oval circumscribed parallel nodule at 8 o'clock, p"
                  'robably a fibroadenoma. Right breast: normal.\n'
                  'BI-RADS: Left breast [الثدي الأيسر] 4A; Right breast [الثدي الأيمن] 1.'
                  '\n'
                  'ADDENDUM (after review with the prior outside ultrasound of 2023 showi'
                  'ng the same nodule): left breast assessment revised to BI-RADS 3, foll'
                  'ow-up in 6 months.\n'),
                 '3 1', id='p22',
                 marks=pytest.mark.xfail(strict=True, reason=("review p22 (rule 1): read '4A 1'; older behaviour: the ADDENDUM "
                                                          "dated by its aside ('the prior outside ultrasound of 2023') revi"
                                                          "ses nothing; plain English reads '4A 1' too"))),
    pytest.param(('Rabin Medical Center (Beilinson) - breast ultrasound (English translat'
                  'ion from Hebrew)\n'
                  'Bilateral breast ultrasound. Indication: new palpable thickening of th'
                  'e left breast.\n'
                  "Left breast: at 12 o'clock an irregular hypoechoic area 10 x 7 mm with"
                  ' indistinct margins, no posterior features.\n'
                  'Right breast: normal.\n'
                  'BI-RADS:\n'
                  'Left breast [שד שמאל] 4A;\n'
                  'Right breast [שד ימין] 1.\n'
                  'Ultrasound-guided core biopsy recommended.\n'),
                 '4A 1', id='p23',
                 marks=pytest.mark.xfail(strict=True, reason=("review p23 (rule 1): read '- -'; by design: the bracketed sides "
                                                          "stand on their own lines under a bare 'BI-RADS:' line, without t"
                                                          'he keyword'))),
    pytest.param(('King Fahad General Hospital, Jeddah - radiology (translated report)\n'
                  'Bilateral breast ultrasound. Age 46. Indication: cyclical mastalgia.\n'
                  'Both breasts: fibrocystic changes with multiple simple cysts; no solid'
                  ' mass; no suspicious axillary node.\n'
                  'Impression: bilateral simple cysts, BI-RADS 2. Cysts counted: Right br'
                  'east [الثدي الأيمن] 3, Left breast [الثدي الأيسر] 1.\n'
                  'Routine screening; no follow-up needed for the cysts.\n'),
                 '2 2', id='q01'),
    pytest.param(('SWORN TRANSLATION FROM ARABIC - Sworn Translator No. 1187, Amman\n'
                  '[Stamp: Al-Essra Hospital, Radiology Department]\n'
                  'Bilateral breast ultrasound dated 09/01/2026.\n'
                  'Findings: multiple simple cysts in both breasts; no solid lesion. Axil'
                  'lae normal.\n'
                  'Conclusion: benign cystic changes of both breasts, BI-RADS 2 - cysts: '
                  'Right breast [الثدي الأيمن] 4 (four); Left breast [الثدي الأيسر] 2 (tw'
                  'o).\n'
                  'I certify that this is a true and complete translation of the original'
                  ' document.\n'),
                 '2 2', id='q02'),
    pytest.param(('Reza Radiotherapy and Oncology Centre, Mashhad - mammography (official'
                  ' translation from Persian)\n'
                  'Bilateral screening mammography, CC and MLO.\n'
                  'BI-RADS breast density: Right breast [پستان راست] 3, Left breast [پستا'
                  'ن چپ] 3 (heterogeneously dense, may obscure small masses).\n'
                  'No mass, no suspicious calcification, no architectural distortion in e'
                  'ither breast.\n'
                  'Assessment: Negative - BI-RADS 1. Supplementary ultrasound is suggeste'
                  'd because of the density.\n'
                  'Next screening in one year.\n'),
                 '1 1', id='q03'),
    pytest.param(('Kuwait Cancer Control Centre - breast ultrasound (English report, Arab'
                  'ic terms kept for the patient)\n'
                  'LEFT BREAST ULTRASOUND. Indication: follow-up of a probably benign nod'
                  'ule.\n'
                  "Left breast: the oval parallel nodule at 5 o'clock measures 8 x 5 mm, "
                  'unchanged from six months ago.\n'
                  'Impression: stable probably benign nodule. BI-RADS 3; next scan: Left '
                  'breast [الثدي الأيسر] 6/12, then yearly if stable.\n'),
                 '3 -', id='q04'),
    pytest.param(('Hamad Medical Corporation - Breast Imaging (report translated for the '
                  'insurer)\n'
                  'Bilateral mammography and ultrasound.\n'
                  "Right breast: an oval circumscribed mass 9 mm at 8 o'clock, probably a"
                  ' fibroadenoma.\n'
                  "Left breast: a simple cyst 5 mm at 2 o'clock.\n"
                  'BI-RADS 3 right, 2 left. Next imaging in months: Right breast [الثدي ا'
                  'لأيمن] 6, Left breast [الثدي الأيسر] 12.\n'),
                 '2 3', id='q05',
                 marks=pytest.mark.xfail(strict=True, reason=("review q05 (rule 1): read '- 3'; older behaviour: 'BI-RADS 3 rig"
                                                          "ht, 2 left.' loses the left's 2 (the bracketed follow-up months "
                                                          'are rightly left alone)'))),
    pytest.param(('American University of Beirut Medical Center - Breast Imaging (English'
                  ' report)\n'
                  'Bilateral diagnostic mammography and ultrasound, compared with the out'
                  'side study brought by the patient.\n'
                  'Outside report from Tripoli (2024), as translated: BI-RADS: Left breas'
                  't [الثدي الأيسر] 4A; Right breast [الثدي الأيمن] 2.\n'
                  "Today: the left 2 o'clock lesion is an oval circumscribed 7 mm mass, u"
                  'nchanged in size, with benign features on ultrasound; unchanged simple'
                  ' cysts on the right.\n'
                  'Impression: left breast BI-RADS 3, right breast BI-RADS 2. Six-month f'
                  'ollow-up of the left breast.\n'),
                 '3 2', id='q06'),
    pytest.param(('King Abdulaziz University Hospital, Jeddah - Breast Imaging (English r'
                  'eport)\n'
                  'LEFT BREAST ULTRASOUND AND AXILLA.\n'
                  "Left breast: at 2 o'clock an irregular, microlobulated hypoechoic mass"
                  ' 13 mm.\n'
                  'Left axilla: nodes with cortical thickening up to 5 mm.\n'
                  'Impression: BI-RADS 4B left breast mass; abnormal axillary nodes: Left'
                  ' [الإبط الأيسر] 2, Right [الإبط الأيمن] 0.\n'
                  'Ultrasound-guided biopsy of the mass and FNA of the most abnormal node'
                  '.\n'),
                 '4B -', id='q07'),
    pytest.param(('Medsi Clinic, Moscow - breast ultrasound (translated from Russian)\n'
                  'Both breasts: fibrocystic mastopathy with simple cysts. Simple cysts ('
                  "BI-RADS 2) by side: Right breast [правая грудь] 1, 6 mm at 10 o'clock;"
                  " Left breast [левая грудь] 3, the largest 9 mm at 2 o'clock.\n"
                  'No solid lesions. Regional lymph nodes unremarkable.\n'
                  'Conclusion: diffuse fibrocystic changes, simple cysts of both breasts.'
                  ' BI-RADS 2.\n'
                  'Follow-up as per the screening programme.\n'),
                 '2 2', id='q08'),
    pytest.param(('Euroclinic, Athens - breast ultrasound (English translation)\n'
                  'Right breast ultrasound. Indication: two palpable nodules.\n'
                  'Findings, BI-RADS 3: Right breast [δεξιός μαστός] 2 (two) oval circums'
                  "cribed parallel nodules at 9 and 10 o'clock, 8 and 11 mm, consistent w"
                  'ith fibroadenomas.\n'
                  'Impression: probably benign. Follow-up ultrasound in 6 months.\n'),
                 '- 3', id='q09'),
    pytest.param(('King Faisal Specialist Hospital, Riyadh - breast imaging (English repo'
                  'rt)\n'
                  'Left breast ultrasound, 6-month follow-up.\n'
                  "Left breast: the oval parallel nodule 9 mm at 3 o'clock is stable.\n"
                  'Impression: BI-RADS 3, left; number of prior benign core biopsies: Lef'
                  't breast [الثدي الأيسر] 2; Right breast [الثدي الأيمن] 0.\n'
                  'Next follow-up ultrasound in 6 months.\n'),
                 '3 -', id='q10'),
    pytest.param(('Bumrungrad International Hospital - Health Check-up, ultrasound (Engli'
                  'sh report, Thai terms)\n'
                  'Breast ultrasound: bilateral simple cysts, the largest 5 mm. BI-RADS 2'
                  ' both breasts.\n'
                  'Thyroid ultrasound: TI-RADS: Right [กลีบขวา] 3; Left [กลีบซ้าย] 2. A 1'
                  '4 mm isoechoic solid nodule in the right lobe.\n'
                  'Abdomen: mild fatty liver.\n'
                  'Recommendations: annual breast ultrasound; thyroid follow-up ultrasoun'
                  'd in 1 year.\n'),
                 '2 2', id='q11'),
    pytest.param(('Dubai Health - Well-woman check (English report, Arabic terms kept)\n'
                  'Breast ultrasound: no focal lesion in either breast; normal axillae. B'
                  'I-RADS 1 both breasts.\n'
                  'Pelvic ultrasound: O-RADS US: Right [المبيض الأيمن] 2; Left [المبيض ال'
                  'أيسر] 3. Left ovary: a 34 mm cyst with a thin septation.\n'
                  'Impression: negative breast ultrasound. Gynaecology follow-up for the '
                  'left ovarian cyst.\n'),
                 '1 1', id='q12'),
    pytest.param(('Al-Mustansiriya Teaching Hospital, Baghdad - breast ultrasound (transl'
                  'ated)\n'
                  'Bilateral breast ultrasound.\n'
                  "Right breast: a 10 mm oval parallel nodule at 9 o'clock, new; probably"
                  ' benign.\n'
                  'Left breast: simple cysts.\n'
                  'BI-RADS: Right breast [الثدي الأيمن] 3 or 4A, clinical correlation nee'
                  'ded; Left breast [الثدي الأيسر] 2.\n'
                  'Reviewed with the senior radiologist: right breast BI-RADS 3 - follow-'
                  'up in 6 months.\n'),
                 '2 3', id='q13',
                 marks=pytest.mark.xfail(strict=True, reason=("review q13 (rule 1): read '- 3'; older behaviour: the left's 2 a"
                                                          "fter a hedged '3 or 4A, clinical correlation needed;' item is no"
                                                          't read in plain English either'))),
    pytest.param(('Meir Medical Center, Kfar Saba - breast ultrasound (English translatio'
                  'n)\n'
                  'Bilateral breast ultrasound. History: right lumpectomy for benign phyl'
                  'lodes tumour in 2021.\n'
                  'Right breast: post-operative scar, no recurrence. Left breast: a 6 mm '
                  'simple cyst.\n'
                  'BI-RADS in the 2021 report: Right breast [שד ימין] 4B (before excision'
                  ').\n'
                  'Today: right breast BI-RADS 1, left breast BI-RADS 2.\n'),
                 '2 1', id='q14'),
    pytest.param(('Istanbul University-Cerrahpaşa - breast imaging (English translation)\n'
                  'Bilateral mammography and ultrasound. Age 50.\n'
                  "Left breast: 9 mm oval circumscribed nodule at 1 o'clock, parallel, av"
                  'ascular. Right breast: normal.\n'
                  'Assessment: BI-RADS 3 left, BI-RADS 1 right.\n'
                  'BI-RADS follow-up plan: Left breast [sol meme] 6 months; Right breast '
                  '[sağ meme] 12 months.\n'),
                 '3 1', id='q15'),
    pytest.param(('Prince Sultan Military Medical City, Riyadh - ultrasound (English repo'
                  'rt)\n'
                  'RIGHT BREAST ULTRASOUND. Indication: focal pain, right upper outer qua'
                  'drant.\n'
                  "Right breast: a 5 mm simple cyst at 10 o'clock corresponding to the si"
                  'te of pain; no solid lesion.\n'
                  'Left breast: not examined.\n'
                  'Impression: BI-RADS 2. Lesions: Right breast [الثدي الأيمن] 1. Left br'
                  'east [الثدي الأيسر] not scanned.\n'
                  'Reassurance; no follow-up needed.\n'),
                 '- 2', id='q16'),
    pytest.param(("Hospital Universitari Vall d'Hebron - senology (report translated for "
                  'a patient from Damascus)\n'
                  'Bilateral mammography + ultrasound. Outside report (Damascus, 2025) br'
                  'ought by the patient.\n'
                  'Referral: BI-RADS: Left breast [الثدي الأيسر] 3; Right breast [الثدي ا'
                  'لأيمن] 2 (outside, 2025).\n'
                  "Today: the left 11 o'clock nodule has grown from 8 to 13 mm and has be"
                  'come irregular. Right breast: unchanged simple cysts.\n'
                  'Assessment: left breast BI-RADS 4A, right breast BI-RADS 2. Core biops'
                  'y scheduled.\n'),
                 '4A 2', id='q17'),
    pytest.param(('Spitalul Universitar de Urgenta Elias, Bucharest - breast imaging (tra'
                  'nslated from Romanian)\n'
                  'Mammography: heterogeneously dense breasts (ACR C). In the left breast'
                  ', upper outer quadrant, an oval opacity 12 mm partly obscured by gland'
                  'ular tissue.\n'
                  'Mammographic category: BI-RADS 0 - completion by echography required.\n'
                  "Echography: left breast at 2 o'clock, a simple cyst 12 mm, anechoic, w"
                  'ith posterior enhancement; right breast normal.\n'
                  'Conclusion (mammography + echography): simple cyst of the left breast.'
                  ' BI-RADS 2 bilaterally.\n'
                  'Routine screening in 1-2 years.\n'),
                 '2 2', id='s01'),
    pytest.param(('Klinicki centar Univerziteta u Sarajevu - breast diagnostics (translat'
                  'ed from Bosnian)\n'
                  'Mammography: both breasts of mixed density; in the right breast a roun'
                  'd opacity 15 mm, retroareolar.\n'
                  'Mammography BI-RADS: 0.\n'
                  'Echo of both breasts: right retroareolar oval parallel hypoechoic nodu'
                  'le 15 x 9 mm, circumscribed, avascular - fibroadenoma. Left breast: no'
                  ' focal lesion.\n'
                  'Conclusion (mammography + echo): fibroadenoma of the right breast, BI-'
                  'RADS 3 right, BI-RADS 1 left. Control echo in 6 months.\n'),
                 '1 3', id='s02'),
    pytest.param(('Memorial Sisli Hospital, Istanbul - Radiology (translated from Turkish'
                  ')\n'
                  'Mamografi [Mammography]: extremely dense breasts (ACR D). No definite '
                  'mass, but sensitivity is reduced.\n'
                  'Mammographic assessment: BI-RADS 0 - ultrasound correlation needed.\n'
                  'Ultrasonografi [Echo]: both breasts with a fibroglandular pattern; a 4'
                  " mm simple cyst in the left breast at 3 o'clock. No solid lesion.\n"
                  'Sonuç [Conclusion] (mammography + echo):\n'
                  'BI-RADS 2 - benign findings in both breasts. Annual screening with sup'
                  'plemental ultrasound.\n'),
                 '2 2', id='s03'),
    pytest.param(('Kharkiv Regional Clinical Oncology Centre - breast imaging (translatio'
                  'n from Ukrainian)\n'
                  'Mammography: both breasts of fibroglandular type; in the left breast, '
                  'upper inner quadrant, a focal asymmetry 10 mm without calcifications.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  "Echography: left breast at 10 o'clock an irregular hypoechoic lesion 9"
                  ' x 8 mm with indistinct margins and internal vascularity; right breast'
                  ' without pathology.\n'
                  'Висновок [Conclusion] (mammography + echography): BI-RADS 4B left brea'
                  'st, BI-RADS 1 right breast. Core biopsy under ultrasound control is re'
                  'commended.\n'),
                 '4B 1', id='s04'),
    pytest.param(("St. Luke's Medical Center, Quezon City - Breast Center\n"
                  'Digital mammography, bilateral: scattered fibroglandular densities (B)'
                  '. A new 7 mm oval density in the right upper outer quadrant.\n'
                  'Mammography BI-RADS: 0, additional evaluation needed.\n'
                  "Breast echo (ultrasound): right breast 10 o'clock, a 6 mm oval circums"
                  'cribed anechoic structure with posterior enhancement - simple cyst. Le'
                  'ft breast unremarkable.\n'
                  'Opinion (MG + echo): Right breast simple cyst, BI-RADS 2. Left breast '
                  'negative, BI-RADS 1.\n'),
                 '1 2', id='s05'),
    pytest.param(('Lagos University Teaching Hospital - Department of Radiodiagnosis\n'
                  'Bilateral mammography: dense breasts; architectural distortion suspect'
                  'ed in the left upper outer quadrant.\n'
                  'Mammographic impression: BI-RADS 0.\n'
                  'Breast echo: left upper outer quadrant - irregular hypoechoic mass 16 '
                  'x 13 mm, non-parallel, with posterior shadowing; left axillary node wi'
                  'th a thick cortex. Right breast normal.\n'
                  'Assessment (mammogram & echo):\n'
                  'Left breast BI-RADS 5.\n'
                  'Right breast BI-RADS 1.\n'
                  'Recommend ultrasound-guided core biopsy and axillary node FNA.\n'),
                 '5 1', id='s06'),
    pytest.param(('Morton and Partners Radiology, Durban\n'
                  'MAMMOGRAM: Both breasts are heterogeneously dense. A 9 mm rounded dens'
                  "ity at right 12 o'clock.\n"
                  'Mammogram alone: BI-RADS 0.\n'
                  '\n'
                  "SONAR BOTH BREASTS: The right 12 o'clock density corresponds to a 9 x "
                  '6 mm oval parallel hypoechoic nodule with circumscribed margins. Left '
                  'breast normal.\n'
                  '\n'
                  'IMPRESSION (MAMMO + SONAR):\n'
                  'Probable fibroadenoma right breast.\n'
                  'BI-RADS 3 right, BI-RADS 1 left.\n'
                  'Follow-up sonar in 6 months.\n'),
                 '1 3', id='s07'),
    pytest.param(('Al-Noor Specialist Hospital, Makkah - breast imaging (translated from '
                  'Arabic)\n'
                  'Mammography [الماموغرام]: extremely dense breasts (D); a questionable '
                  'opacity in the right lower inner quadrant.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  "Echo [الإيكو]: right breast 5 o'clock, a 7 mm complicated cyst with lo"
                  'w-level internal echoes, no solid component or flow. Left breast: norm'
                  'al.\n'
                  'الخلاصة [Conclusion] (mammography + echo): right breast BI-RADS 3 (com'
                  'plicated cyst, follow-up echo in 6 months); left breast BI-RADS 1.\n'),
                 '1 3', id='s08'),
    pytest.param(('Clinica Alemana, Santiago - Breast Imaging (English translation)\n'
                  'MAMMOGRAPHY\n'
                  'Bilateral digital mammography with tomosynthesis. Breasts of heterogen'
                  'eous density (C). No suspicious findings.\n'
                  'Mammographic assessment: BI-RADS 0 (dense breasts; complementary ultra'
                  'sound).\n'
                  '\n'
                  'ULTRASOUND\n'
                  'Both breasts explored with a high-frequency transducer: fibroglandular'
                  ' tissue without focal lesions. Axillae normal.\n'
                  '\n'
                  'CONCLUSION (MAMMOGRAPHY + ULTRASOUND):\n'
                  'No mammographic or sonographic findings suspicious of malignancy.\n'
                  'BI-RADS 1. Annual control.\n'),
                 '1 1', id='s09'),
    pytest.param(('Istituto Europeo di Oncologia, Milan - Senology (English report)\n'
                  'Mammography: right breast, upper outer quadrant, a 6 mm cluster of new'
                  ' amorphous microcalcifications.\n'
                  'Mammography alone: BI-RADS 4A right; left BI-RADS 1.\n'
                  'Ecography: no sonographic correlate in the right breast; left breast n'
                  'ormal.\n'
                  'Conclusion (mammography + ecography): BI-RADS 4A right breast - stereo'
                  'tactic vacuum-assisted biopsy. Left breast BI-RADS 1.\n'),
                 '1 4A', id='s10'),
    pytest.param(('Cardio-Oncology Service and Breast Unit - joint surveillance letter\n'
                  'Re: Mrs K., 58, on adjuvant trastuzumab after left wide local excision'
                  ' for HER2-positive cancer.\n'
                  'Echocardiogram: LVEF 56%, stable against baseline. Continue trastuzuma'
                  'b.\n'
                  'Breast imaging this month (Breast Unit):\n'
                  'Mammography: right breast, a new 10 mm asymmetry in the upper outer qu'
                  'adrant. Mammographic assessment: BI-RADS 0.\n'
                  'Ultrasound: no correlate in the right breast; post-operative changes o'
                  'nly at the left surgical site.\n'
                  'Conclusion (mammography + ultrasound): right breast BI-RADS 3 - short-'
                  'interval follow-up in 6 months; left breast BI-RADS 2.\n'),
                 '2 3', id='s11'),
    pytest.param(('Samsung Medical Center - Health Promotion Center, breast imaging (Engl'
                  'ish report)\n'
                  'Mammography: dense breasts (C). No suspicious finding; sensitivity lim'
                  'ited by density.\n'
                  'Mammography BI-RADS: 0 (dense breast, ultrasound recommended).\n'
                  'Breast ultrasound: several simple cysts in both breasts, the largest 8'
                  " mm at right 9 o'clock; a 5 mm oval parallel nodule at left 2 o'clock,"
                  ' stable for three years.\n'
                  'Overall BI-RADS: 2 (both breasts). Routine annual check-up.\n'),
                 '2 2', id='s12'),
    pytest.param(('NHS Grampian - Symptomatic Breast Clinic, Aberdeen\n'
                  'Left breast mammogram and ultrasound. Lump left upper outer quadrant f'
                  'or 3 weeks.\n'
                  'Mammography: M3 - indeterminate asymmetry left upper outer quadrant. M'
                  'ammographic BI-RADS equivalent: 0.\n'
                  "Ultrasound: 11 mm irregular hypoechoic mass at left 2 o'clock, 4 cm fr"
                  'om the nipple. U5.\n'
                  '\n'
                  'OVERALL ASSESSMENT (MAMMO + US):\n'
                  '\n'
                  'BI-RADS 5 left breast. Core biopsy performed today under ultrasound gu'
                  'idance.\n'),
                 '5 -', id='s13'),
    pytest.param(('Hospital Universitario La Paz, Madrid - Breast Radiology (English tran'
                  'slation)\n'
                  'Exam date: 02/03/2026. Bilateral mammography and ultrasound.\n'
                  'Mammography: scattered fibroglandular density. Left breast: a new 8 mm'
                  ' nodule, upper outer quadrant.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  "Ultrasound: left 1 o'clock, an 8 mm oval parallel circumscribed hypoec"
                  'hoic nodule, no vascularity. Right breast: normal.\n'
                  'Conclusion (mammography + ultrasound) 02/03/2026: probably benign nodu'
                  'le of the left breast, BI-RADS 3; right breast BI-RADS 1. Control in 6'
                  ' months.\n'),
                 '3 1', id='s14'),
    pytest.param(('Radiology Associates of Richmond - Breast Center\n'
                  'BILATERAL DIAGNOSTIC MAMMOGRAM AND RIGHT BREAST ULTRASOUND\n'
                  'Mammographic assessment: BI-RADS 0 for the new right breast focal asym'
                  'metry.\n'
                  'Ultrasound: right breast 10:00, 5 cm from the nipple, a 6 mm simple cy'
                  'st corresponding to the asymmetry.\n'
                  'IMPRESSION, compared with the prior examinations from 2023 and 2024:\n'
                  'Overall assessment: BI-RADS 2 - Benign. Right breast simple cyst. Retu'
                  'rn to annual screening.\n'),
                 '2 2', id='s15'),
    pytest.param(('Hospital Israelita Albert Einstein, Sao Paulo - Breast Imaging (Englis'
                  'h version)\n'
                  'Mammography: heterogeneously dense breasts. Rounded opacity in the lef'
                  't upper outer quadrant, 10 mm.\n'
                  'Mammographic assessment: BI-RADS 0.\n'
                  'Ultrasound: the opacity corresponds to a simple cyst of 10 mm at left '
                  "1 o'clock. Right breast: small simple cysts.\n"
                  'Impression (mammography + ultrasound): Benign findings, both breasts.\n'
                  'Routine screening.\n'),
                 '2 2', id='s16',
                 marks=pytest.mark.xfail(strict=True, reason=("review s16 (rule 2): read '- -'; older behaviour: the combined h"
                                                          "eading stands again (its section states 'Benign findings, both b"
                                                          "reasts' in words, the mammographic 0 goes), but words under a co"
                                                          "mbined heading are not read (old '- -' too)"))),
    pytest.param(('Mayo Clinic - Breast Imaging, Rochester MN\n'
                  'BILATERAL DIAGNOSTIC MAMMOGRAM; RIGHT BREAST ULTRASOUND.\n'
                  'Mammographic assessment: BI-RADS 0 - right breast mass, needs ultrasou'
                  'nd.\n'
                  'Ultrasound right breast: 8 mm simple cyst at 11:00, 3 cm FN, correspon'
                  'ding to the mammographic mass.\n'
                  '\n'
                  'OVERALL ASSESSMENT:\n'
                  '\n'
                  'Right: BI-RADS 2 - Benign.\n'
                  'Left: BI-RADS 1 - Negative.\n'
                  'Follow-up: annual screening mammography.\n'),
                 '1 2', id='s17'),
    pytest.param(('Groupe Hospitalier Pitie-Salpetriere, Paris - breast imaging (English '
                  'translation)\n'
                  'Bilateral mammography with tomosynthesis and ultrasound.\n'
                  'Mammography: dense breasts (ACR C); a 6 mm round opacity in the right '
                  'inner quadrants.\n'
                  'Mammographic category: BI-RADS 0.\n'
                  "Ultrasound: simple cyst of 6 mm at right 3 o'clock; no other finding.\n"
                  'Overall assessment (ACR BI-RADS atlas, 2013 edition): BI-RADS 2 for bo'
                  'th breasts.\n'
                  'Routine screening in two years.\n'),
                 '2 2', id='s18'),
    pytest.param(('Sanatorio Allende, Cordoba - breast imaging (English translation)\n'
                  'History: permanent cardiac pacemaker in the left upper chest since 201'
                  '9; no breast surgery.\n'
                  'Mammography: pacemaker generator projected over the left upper quadran'
                  't; dense breasts (C); possible 9 mm opacity, right lower inner quadran'
                  't.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  "Echo: right 5 o'clock, 9 mm simple cyst; left breast normal.\n"
                  'CONCLUSION (MAMMO & ECHO): BI-RADS 2 both breasts - simple cyst on the'
                  ' right. Routine control.\n'),
                 '2 2', id='s19',
                 marks=pytest.mark.xfail(strict=True, reason=("review s19 (rule 2): read '2 0'; under-reach kept: 'cardiac pace"
                                                          "maker' in the history turns the breast report's echo heading off"
                                                          ' (heart words are looked for in the whole report)'))),
    pytest.param(('PRE-OPERATIVE ASSESSMENT CLINIC - Breast Surgery, Groote Schuur Hospit'
                  'al\n'
                  'Procedure planned: right wide local excision with sentinel node biopsy'
                  ', 24/03/2026.\n'
                  'Investigations:\n'
                  'Mammography BI-RADS: right 5, left 1.\n'
                  'Echo: good LV function, EF 60%, no regional wall motion abnormality, t'
                  'rivial MR.\n'
                  'ECG: sinus rhythm, rate 72.\n'
                  'Impression (mammo + echo): BI-RADS 5 right breast cancer for surgery; '
                  'echo satisfactory - fit for GA.\n'
                  'Plan: proceed as booked.\n'),
                 '1 5', id='t01'),
    pytest.param(('Breast MDT outcome - Tata Memorial Hospital, Mumbai\n'
                  'Patient: 44 F. Left breast lump 4 cm; core biopsy: IDC grade 3, ER/PR '
                  'negative, HER2 3+.\n'
                  'Staging: CT chest and abdomen - no distant metastases. Bone scan negat'
                  'ive.\n'
                  'MG BI-RADS: left 5; right 2 (benign calcifications).\n'
                  'Echo: normal biventricular function, EF 62%.\n'
                  'Assessment (MG + echo): left breast BI-RADS 6 (biopsy-proven), fit for'
                  ' anthracycline-based neoadjuvant chemotherapy.\n'
                  'Plan: NACT with trastuzumab; clip insertion before cycle 1.\n'),
                 '6 2', id='t02'),
    pytest.param(('BASELINE WORK-UP CHECKLIST - Medical Oncology Day Unit\n'
                  'Mammogram: left breast 3 cm spiculated mass, BI-RADS 5; right breast B'
                  'I-RADS 1.\n'
                  'ECHO (transthoracic): EF 58%, normal valves, no pericardial effusion.\n'
                  'Bloods: FBC, U&E and LFT normal. Hepatitis B/C and HIV negative.\n'
                  'Conclusion (mammography + echo): left BI-RADS 5, EF normal - cleared f'
                  'or doxorubicin.\n'
                  'Consent signed.\n'),
                 '5 1', id='t03'),
    pytest.param(('Pre-anaesthetic evaluation - Department of Anaesthesiology, AIIMS New '
                  'Delhi\n'
                  'Planned: left breast lumpectomy (excision biopsy) under GA.\n'
                  "Mammography: left 2 o'clock irregular mass 14 mm, BI-RADS 4A; right br"
                  'east benign calcifications, BI-RADS 2.\n'
                  '2D echo: EF 65%, no RWMA, normal valves.\n'
                  'Impression (mammography + echo): BI-RADS 4A left breast lesion for exc'
                  'ision; echo normal. ASA I, fit for GA.\n'),
                 '4A 2', id='t04'),
    pytest.param(('CARDIO-ONCOLOGY CLINIC LETTER - Leeds Teaching Hospitals\n'
                  'Dear Dr Patel, I saw Mrs B., 61, on trastuzumab after right mastectomy'
                  '.\n'
                  'Echocardiogram today: LVEF 54% (baseline 60%), GLS -17%. Cardiac funct'
                  'ion acceptable; start ramipril 1.25 mg.\n'
                  'She also had her surveillance mammogram of the left breast this week: '
                  'new grouped calcifications.\n'
                  'Mammographic assessment: BI-RADS 0 - magnification views booked.\n'
                  'Conclusion (mammography + echo):\n'
                  'Mild LVEF fall - continue trastuzumab with ramipril; repeat echo in 3 '
                  'months. Breast recall as above.\n'),
                 '0 -', id='t05'),
    pytest.param(('Al-Hussein Hospital, Salt - mammography unit (translated report)\n'
                  'Bilateral mammography. Dense breasts; a 10 mm rounded opacity in the l'
                  'eft upper outer quadrant.\n'
                  'Mammography alone: BI-RADS 0 - ultrasound to be done.\n'
                  '\n'
                  'Outside report brought by the patient (private clinic, translated):\n'
                  'Conclusion (mammography + ultrasound): BI-RADS 2 both breasts, simple '
                  'cysts.\n'),
                 '0 0', id='t06',
                 marks=pytest.mark.xfail(strict=True, reason=("review t06 (rule 2): read '0 2'; older behaviour: the quoted out"
                                                          "side 'BI-RADS 2 both breasts' still gives the right its 2 (the r"
                                                          "ule's part, today's left 0, is right)"))),
    pytest.param(('Diagnostic Imaging Centre, Irbid - mammography (translated)\n'
                  'Bilateral screening mammography. Heterogeneously dense breasts; a new '
                  '8 mm focal asymmetry in the right breast.\n'
                  'Mammographic assessment: BI-RADS 0 - ultrasound and spot views needed.'
                  '\n'
                  '\n'
                  "Report from Dr. Farouk's clinic, received by fax this morning:\n"
                  'Conclusion (mammography + ultrasound): BI-RADS 1 both breasts.\n'),
                 '0 0', id='t07',
                 marks=pytest.mark.xfail(strict=True, reason=("review t07 (rule 2): read '1 1'; under-reach kept: 'Report from "
                                                          "Dr. Farouk's clinic, received by fax this morning:' opens with n"
                                                          'o earlier-report word'))),
    pytest.param(('Clinique Internationale, Tunis - mammography (translated)\n'
                  'Bilateral mammography. Extremely dense breasts; no definite lesion but'
                  ' limited sensitivity.\n'
                  'Mammography alone: BI-RADS 0 - ultrasound requested.\n'
                  'For information, the conclusion of her examination of March last year:'
                  '\n'
                  'Conclusion (mammography + ultrasound) of March last year: BI-RADS 2 bo'
                  'th breasts.\n'),
                 '0 0', id='t08',
                 marks=pytest.mark.xfail(strict=True, reason=("review t08 (rule 2): read '2 2'; under-reach kept: a heading dat"
                                                          "ed in words ('of March last year') under a lead-in without the l"
                                                          'isted words'))),
    pytest.param(('Mercy Radiology, Auckland - RIGHT DIAGNOSTIC MAMMOGRAM\n'
                  'Indication: right breast lump.\n'
                  'Right breast: a 12 mm irregular mass in the upper outer quadrant.\n'
                  'Mammographic assessment: BI-RADS 0 - ultrasound today.\n'
                  '\n'
                  'Prior exams:\n'
                  'Mammography and ultrasound, Ascot Hospital:\n'
                  'Conclusion (mammography + ultrasound): BI-RADS 2 right breast, benign '
                  'cyst.\n'),
                 '- 0', id='t09'),
    pytest.param(('Hospital Privado de Cordoba - breast imaging (translated)\n'
                  'Bilateral mammography: heterogeneously dense breasts; bilateral rounde'
                  'd opacities, the largest 11 mm on the right.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  'Ultrasound: not performed today - equipment failure; rescheduled for 2'
                  '0/03/2026.\n'
                  '\n'
                  'Conclusion (mammography + ultrasound):\n'
                  'The BI-RADS category will be given once the ultrasound has been perfor'
                  'med.\n'),
                 '0 0', id='t10',
                 marks=pytest.mark.xfail(strict=True, reason=("review t10 (rule 2): read '- 0'; older behaviour: the unsided ma"
                                                          'mmographic 0 of a bilateral mammogram goes to the right only (th'
                                                          'e deferred conclusion no longer drops it)'))),
    pytest.param(('Pacific Radiology, Christchurch - BILATERAL DIAGNOSTIC MAMMOGRAM\n'
                  'Indication: recall from screening.\n'
                  "Findings: a new 7 mm obscured mass in the left breast at 2 o'clock; ri"
                  'ght breast a 5 mm new focal asymmetry.\n'
                  'Mammographic assessment: BI-RADS 0 - ultrasound required.\n'
                  '\n'
                  'Previous report (Dr Walsh, 03/2025):\n'
                  'Overall assessment: BI-RADS 2 - Benign.\n'),
                 '0 0', id='t11'),
    pytest.param(('Fiona Stanley Hospital - PRE-ANAESTHETIC ASSESSMENT\n'
                  'Planned: excision of left breast papilloma under GA.\n'
                  'Imaging: Mammography BI-RADS 2 left (benign calcifications); papilloma'
                  ' diagnosed on ultrasound-guided core biopsy.\n'
                  'Echo (cardiac, for murmur): mild aortic sclerosis, EF 60%.\n'
                  'Impression (mammo + echo): left BI-RADS 2; murmur benign - fit for day'
                  ' surgery.\n'),
                 '2 -', id='t12'),
    pytest.param(('Seoul National University Bundang Hospital - breast imaging (English r'
                  'eport)\n'
                  'Mammography: dense breasts; a new 9 mm focal asymmetry in the right br'
                  'east, upper outer.\n'
                  'Mammographic assessment: BI-RADS 0 right; BI-RADS 2 left (stable benig'
                  'n calcifications).\n'
                  'Comparison: the outside mammography and ultrasound were reviewed.\n'
                  'Conclusion (mammography + ultrasound), 12.11.2024: BI-RADS 2 both brea'
                  'sts.\n'
                  'Recommendation: targeted right breast ultrasound.\n'),
                 '2 0', id='t13'),
    pytest.param(('TELERADIOLOGY SECOND OPINION - Breast (English)\n'
                  'Second reading of a left breast diagnostic mammogram from a partner ce'
                  'ntre.\n'
                  'Left breast: an 8 mm oval circumscribed mass with a fatty notch at 3 o'
                  "'clock - intramammary lymph node.\n"
                  'Mammographic assessment: BI-RADS 2 left.\n'
                  '\n'
                  "Referring centre's report (as received):\n"
                  'Impression (MG + US): BI-RADS 4A left breast - biopsy suggested.\n'
                  'Our opinion: a typical intramammary node; biopsy not required.\n'),
                 '2 -', id='t14',
                 marks=pytest.mark.xfail(strict=True, reason=("review t14 (rule 2): read '4A -'; under-reach kept: 'Referring c"
                                                          "entre's report (as received):' opens with no earlier-report word"))),
    pytest.param(('Hospital Alemao Oswaldo Cruz - LEFT BREAST ULTRASOUND (English version'
                  ')\n'
                  'History:\n'
                  'Conclusion (mammography + ultrasound), outside, 2025: BI-RADS 4A left '
                  'breast.\n'
                  'Core biopsy (outside): fibroadenoma, concordant.\n'
                  "Ultrasound today: left 2 o'clock, the biopsied 11 mm oval parallel cir"
                  'cumscribed nodule with the clip, unchanged.\n'
                  'Ultrasound assessment: BI-RADS 3 - follow-up in 6 months.\n'),
                 '3 -', id='t15'),
    pytest.param(('Clinica Colsanitas, Bogota - mammography (translated)\n'
                  'Bilateral mammography: extremely dense breasts; a possible nodule in t'
                  'he left retroareolar region.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  'Ultrasound: declined by the patient today.\n'
                  '\n'
                  'Conclusion (mammography + ultrasound):\n'
                  'Not possible - ultrasound declined; the mammographic category stands. '
                  'Patient advised to return.\n'),
                 '0 0', id='t16',
                 marks=pytest.mark.xfail(strict=True, reason=("review t16 (rule 2): read '0 -'; older behaviour: the unsided ma"
                                                          'mmographic 0 of a bilateral mammogram goes to the left only (the'
                                                          ' declined conclusion no longer drops it)'))),
    pytest.param(('Medical Imaging Centre "Diagnostika", Novosibirsk (translated from Rus'
                  'sian)\n'
                  'Mammography: both breasts of mixed type; in the right breast, a new ro'
                  'und opacity 8 mm.\n'
                  'Mammography alone: BI-RADS 0.\n'
                  'Conclusion (echo): echography of both breasts is scheduled for next we'
                  'ek.\n'),
                 '0 0', id='t17',
                 marks=pytest.mark.xfail(strict=True, reason=("review t17 (rule 2): read '- 0'; older behaviour: the unsided ma"
                                                          'mmographic 0 of a bilateral mammogram goes to the right only (no'
                                                          ' combined heading)'))),
    pytest.param(('Perioperative medicine note - Singapore General Hospital, Breast Surge'
                  'ry\n'
                  'Pre-op for right mastectomy and axillary clearance.\n'
                  'Mammogram BI-RADS: right 5 (multifocal), left 1.\n'
                  'TTE: LV systolic function preserved, EF 55-60%, mild TR.\n'
                  'Assessment (mammogram + echo): BI-RADS 5 right; TTE acceptable - proce'
                  'ed.\n'),
                 '1 5', id='t18'),
    pytest.param(('Karolinska University Hospital - breast imaging (English translation)\n'
                  'Left breast diagnostic mammography, recall from screening.\n'
                  'Left breast: a new 6 mm cluster of fine pleomorphic calcifications, up'
                  'per outer quadrant.\n'
                  'Mammographic assessment: BI-RADS 0 - magnification views to follow.\n'
                  '\n'
                  'Comparison:\n'
                  'Prior exams:\n'
                  'Conclusion (mammography + ultrasound) 2022: BI-RADS 1 both breasts.\n'),
                 '0 -', id='t19'),
    pytest.param(('Centro de Diagnostico Medico, Montevideo - mammography (translated)\n'
                  'Bilateral mammography. Dense breasts with a new 9 mm nodule at the jun'
                  'ction of the upper quadrants of the right breast.\n'
                  'Mammography alone: BI-RADS 0 - complementary ultrasound is indicated.\n'
                  '\n'
                  'Original report of the ultrasound done elsewhere last year:\n'
                  'Conclusion (mammography + ultrasound): BI-RADS 1 both breasts.\n'),
                 '0 0', id='t20',
                 marks=pytest.mark.xfail(strict=True, reason=("review t20 (rule 2): read '1 0'; older behaviour: the quoted 'BI"
                                                          "-RADS 1 both breasts' still gives the left its 1 (the heading no"
                                                          " longer outranks today's 0)"))),
    pytest.param(('Massachusetts General Hospital - Breast Imaging\n'
                  'EXAM: SCREENING MAMMOGRAM, BILATERAL, WITH TOMOSYNTHESIS\n'
                  'CLINICAL HISTORY: 52-year-old woman, annual screening. No symptoms.\n'
                  'COMPARISON: 01/12/2025 and 01/09/2024.\n'
                  'BREAST COMPOSITION: The breasts are heterogeneously dense, which may o'
                  'bscure small masses.\n'
                  'FINDINGS: No suspicious masses, calcifications or areas of architectur'
                  'al distortion in either breast.\n'
                  'IMPRESSION: No mammographic evidence of malignancy.\n'
                  'BI-RADS 1: Negative. Recommend annual screening mammography.\n'),
                 '1 1', id='n01'),
    pytest.param(('Royal Marsden Hospital - Breast Diagnostic Unit\n'
                  'Left breast ultrasound. Referred from the one-stop clinic with a lump '
                  "at 2 o'clock.\n"
                  'There is a 15 mm oval, well-circumscribed, hypoechoic solid lesion at '
                  "2 o'clock, 4 cm from the nipple, wider than tall, with no posterior sh"
                  'adowing. Features of a fibroadenoma.\n'
                  'The left axilla is normal.\n'
                  'Conclusion: probable fibroadenoma left breast. U3.\n'
                  'Core biopsy performed with informed consent; 3 cores taken with a 14G '
                  'needle.\n'),
                 '- -', id='n02'),
    pytest.param(('Lakeside Imaging, Duluth - screening\n'
                  'B/L SCREENING MMG w/ tomo. Pt 61F.\n'
                  'Hx: routine. Mother br ca at 70.\n'
                  'Dens B.\n'
                  'No mass, no susp calcs, no AD. Skin/nipples nl.\n'
                  'Stable benign LN R axilla, unchanged since 2023.\n'
                  'BIRADS 1 bilat. RTC 1 yr.\n'),
                 '1 1', id='n03'),
    pytest.param(('This is doctor Ramirez dictating a right breast ultrasound for patient'
                  ' Maria Lopez. Indication palpable lump right breast for two weeks. Fin'
                  "dings at the ten o'clock position four centimetres from the nipple the"
                  're is an irregular hypoechoic mass measuring one point two by one poin'
                  't zero centimetres with indistinct margins and internal vascularity. T'
                  "he axilla is normal. Impression right breast ten o'clock irregular mas"
                  's birads four b. Recommend ultrasound guided core biopsy. End of dicta'
                  'tion.\n'),
                 '- 4B', id='n04'),
    pytest.param(('Kaiser Permanente Oakland - Breast Imaging\n'
                  'LEFT BREAST ULTRASOUND\n'
                  'Indication: short-interval follow-up of a probably benign mass.\n'
                  'Findings: At 3:00, 5 cm from the nipple, an oval circumscribed paralle'
                  'l hypoechoic mass measuring 7 x 4 x 6 mm, previously 7 x 4 x 6 mm.\n'
                  'IMPRESSION: Stable probably benign mass. BI-RADS 3.\n'
                  'ADDENDUM (03/04/2026): Outside ultrasound from 2023 obtained and revie'
                  'wed; the mass is unchanged for more than two years. Assessment revised'
                  ' to BI-RADS 2: Benign. No further follow-up needed.\n'),
                 '2 -', id='n05'),
    pytest.param(('Sunnybrook Health Sciences Centre - Breast Imaging\n'
                  'Bilateral diagnostic mammography and ultrasound.\n'
                  "Right breast: at 7 o'clock, 6 cm from the nipple, an irregular hypoech"
                  'oic mass 9 x 7 mm with angular margins, no posterior features. Corresp'
                  'onding developing asymmetry on mammography. BI-RADS 4A.\n'
                  "Left breast: scattered simple cysts, the largest 8 mm at 1 o'clock. BI"
                  '-RADS 2.\n'
                  'Recommendation: ultrasound-guided core biopsy of the right breast mass'
                  '.\n'),
                 '2 4A', id='n06'),
    pytest.param(('Memorial Sloan Kettering - Breast MRI\n'
                  'EXAM: Bilateral breast MRI with and without contrast, high-risk screen'
                  'ing.\n'
                  'History: BRCA2 carrier, 38 years.\n'
                  'Technique: standard protocol, gadobutrol.\n'
                  'Findings: minimal background parenchymal enhancement. No suspicious ma'
                  'ss or non-mass enhancement in either breast. No abnormal axillary node'
                  's.\n'
                  'IMPRESSION: Negative. BI-RADS 1.\n'
                  'Continue annual MRI alternating with mammography.\n'),
                 '1 1', id='n07'),
    pytest.param(('Toronto General - RIGHT BREAST ULTRASOUND\n'
                  'History: right breast 8:00 mass, previously probably benign (BI-RADS 3'
                  ') on the 2024 ultrasound; stable at 6, 12 and 24 months.\n'
                  'Findings: the 8:00 oval parallel circumscribed mass measures 6 x 4 mm,'
                  ' unchanged.\n'
                  'Impression: benign, two years of stability. BI-RADS 2. Return to routi'
                  'ne screening.\n'),
                 '- 2', id='n08'),
    pytest.param(('Radiologische Praxis am Markt, Freiburg - Mammographie (English transl'
                  'ation)\n'
                  'Indication: preventive examination, 55 years.\n'
                  'Mammography in two planes on both sides: ACR density B. Coarse benign '
                  'calcifications on both sides, no suspicious microcalcifications, no ma'
                  'ss.\n'
                  'Ultrasound of both breasts: no solid lesions, a few small cysts.\n'
                  'Assessment: benign findings. BI-RADS 2 re./li.\n'
                  'Control in the screening programme in two years.\n'),
                 '2 2', id='n09'),
    pytest.param(("Centre d'Imagerie Medicale, Lyon - mammographie et echographie\n"
                  "Sein gauche : nodule ovalaire de 8 mm a l'union des quadrants superieu"
                  'rs, circonscrit, parallele a la peau, non vascularise.\n'
                  "Sein droit : pas d'anomalie.\n"
                  'Conclusion : sein gauche ACR 3, surveillance a 6 mois ; sein droit ACR'
                  ' 1.\n'),
                 '3 1', id='n10'),
    pytest.param(('Hospital Clinic de Barcelona - ecografia mamaria (English translation '
                  'with Spanish terms)\n'
                  'Bilateral breast ultrasound. Indication: tenderness.\n'
                  "Right breast: a 5 mm simple cyst at 10 o'clock. Left breast: normal fi"
                  'broglandular tissue.\n'
                  'BI-RADS: derecha (right) 2, izquierda (left) 1.\n'
                  'Routine follow-up.\n'),
                 '1 2', id='n11'),
    pytest.param(('Dana-Farber / Brigham - SURVEILLANCE MAMMOGRAM, BILATERAL\n'
                  'History: right lumpectomy and radiation for DCIS in 2021.\n'
                  'Findings: post-surgical architectural distortion and skin thickening i'
                  'n the right upper outer quadrant, stable and decreasing. Fat necrosis '
                  'calcifications at the lumpectomy site. Left breast unremarkable.\n'
                  'ASSESSMENT: Benign.\n'
                  'Recommendation: annual mammography.\n'),
                 '2 2', id='n12'),
    pytest.param(('Apollo Hospitals, Hyderabad - USG BOTH BREASTS (male)\n'
                  'Patient: 17-year-old boy with bilateral breast enlargement.\n'
                  'Both breasts show retroareolar fan-shaped hypoechoic glandular tissue,'
                  ' 22 mm on the right and 18 mm on the left, consistent with bilateral g'
                  'ynaecomastia. No discrete mass.\n'
                  'Impression: bilateral gynaecomastia. BI-RADS 2.\n'),
                 '2 2', id='n13'),
    pytest.param(('Melbourne Radiology Clinic - MRI BREAST IMPLANT STUDY\n'
                  'History: bilateral cosmetic silicone implants, 2012.\n'
                  'Findings: the right implant shows a linguine sign consistent with intr'
                  'acapsular rupture. No extracapsular silicone. Left implant intact. No '
                  'suspicious enhancement in either breast.\n'
                  'Impression: right intracapsular implant rupture. BI-RADS 2 bilaterally'
                  '.\n'
                  'Refer to the plastic surgeon.\n'),
                 '2 2', id='n14'),
    pytest.param(('Kaiser Permanente - SCREENING MAMMOGRAM, BILATERAL\n'
                  'Breast density: scattered areas of fibroglandular density.\n'
                  'Findings: In the left breast, a focal asymmetry in the upper outer qua'
                  'drant on the MLO view only. Right breast: no suspicious findings.\n'
                  'IMPRESSION:\n'
                  'Right breast: BI-RADS 1 - Negative.\n'
                  'Left breast: BI-RADS 0 - Incomplete, additional imaging evaluation nee'
                  'ded.\n'
                  'The patient will be recalled for diagnostic views and ultrasound.\n'),
                 '0 1', id='n15'),
    pytest.param(('BreastScreen Victoria - screening result letter\n'
                  'Dear Ms Nguyen,\n'
                  'Thank you for attending BreastScreen Victoria on 12 February 2026. You'
                  'r screening mammogram has been read by two radiologists and shows no s'
                  'ign of breast cancer.\n'
                  'Result: no significant abnormality detected.\n'
                  'We will invite you again in two years. If you notice any change in you'
                  'r breasts, see your doctor without waiting.\n'),
                 '- -', id='n16'),
    pytest.param(('Dictated report - Christus Health, San Antonio. Bilateral breast ultra'
                  "sound. Indication: lump left breast. Left breast at one o'clock there "
                  'is an oval circumscribed parallel hypoechoic mass measuring eight mill'
                  "imetres. Right breast normal. Impression left breast one o'clock proba"
                  'bly benign mass bi rads three short interval follow up six months. Rig'
                  'ht breast bi rads one.\n'),
                 '3 1', id='n17'),
    pytest.param(('Asan Medical Center - Breast Ultrasound (English report)\n'
                  "Both breasts: heterogeneous echotexture. Rt 10 o'clock: 4 mm simple cy"
                  "st. Lt 2 o'clock: 6 mm oval circumscribed parallel hypoechoic nodule, "
                  'new since the last exam.\n'
                  'BI-RADS category: Rt 2, Lt 3.\n'
                  'Follow-up ultrasound in 6 months.\n'),
                 '3 2', id='n18'),
    pytest.param(('Northwell Health - BREAST ULTRASOUND\n'
                  'Indication: palpable lump right breast 2:00.\n'
                  'Findings: At 2:00, 3 cm FN, an irregular hypoechoic mass 10 x 8 mm wit'
                  'h indistinct margins.\n'
                  'IMPRESSION: Suspicious mass. BI-RADS 4A. Biopsy recommended.\n'
                  'ADDENDUM: Laterality correction: the examination was of the LEFT breas'
                  't, not the right. The mass is in the left breast at 2:00. The assessme'
                  'nt is unchanged.\n'),
                 '4A -', id='n19'),
    pytest.param(('Second opinion - Breast Imaging, University Hospital Zurich (English)\n'
                  'Review of an outside left breast ultrasound, performed 20/02/2026, at '
                  "the patient's request.\n"
                  'Outside assessment: BI-RADS 4A.\n'
                  "Our review: the 9 mm lesion at 4 o'clock is oval, circumscribed and pa"
                  'rallel, without vascularity or posterior features.\n'
                  'Our assessment: BI-RADS 3, probably benign. Follow-up in 6 months rath'
                  'er than biopsy.\n'),
                 '3 -', id='n20'),
    pytest.param(('Fleury Medicina e Saude, Sao Paulo - mammography (English version)\n'
                  'Bilateral digital mammography.\n'
                  'Breasts with scattered fibroglandular density. Bilateral benign-appear'
                  'ing calcifications; oval circumscribed nodules in both breasts, stable'
                  ' since 2022 (probable fibroadenomas).\n'
                  'Conclusion: benign findings. BI-RADS 2 bilateral.\n'
                  'Annual control.\n'),
                 '2 2', id='n21'),
    pytest.param(('University College Hospital, Ibadan - breast ultrasound\n'
                  'Bilateral breast ultrasound. 23-year-old student with bilateral breast'
                  ' lumps.\n'
                  "Right breast: oval circumscribed hypoechoic nodule 14 x 9 mm at 10 o'c"
                  'lock.\n'
                  "Left breast: two similar nodules at 2 and 4 o'clock, 11 and 8 mm.\n"
                  'Impression: bilateral probable fibroadenomas. BI-RADS 3. Follow-up sca'
                  'n in 6 months.\n'),
                 '3 3', id='n22'),
    pytest.param(('* Final Report *\n'
                  'Hartford HealthCare - DIAGNOSTIC MAMMOGRAM, BILATERAL\n'
                  'Findings: RIGHT: new 7 mm cluster of fine pleomorphic calcifications a'
                  't 11:00, middle depth. LEFT: no suspicious finding.\n'
                  'IMPRESSION:\n'
                  'RIGHT: BI-RADS 4B - Suspicious. Stereotactic biopsy recommended.\n'
                  'LEFT: BI-RADS 1 - Negative.\n'),
                 '1 4B', id='n23'),
    pytest.param(('Hospital Universitario Austral, Buenos Aires - contrast-enhanced mammo'
                  'graphy (English)\n'
                  'CEM, bilateral, for problem solving.\n'
                  'Right breast: a 5 mm oval mass without enhancement - cyst. Left breast'
                  ': no enhancing lesion.\n'
                  'Background enhancement minimal.\n'
                  'Assessment: right BI-RADS 2, left BI-RADS 1.\n'),
                 '1 2', id='n24'),
    pytest.param(('Teleradiology India - screening mammogram report\n'
                  'Bilateral mammogram (CC and MLO). Fatty breasts with scattered fibrogl'
                  'andular tissue.\n'
                  'Bilateral benign vascular calcifications. Intramammary lymph node left'
                  ' upper outer quadrant.\n'
                  'No suspicious mass or calcifications.\n'
                  'Impression: BIRADS-II bilaterally.\n'),
                 '2 2', id='n25'),
    pytest.param(('University of Michigan - BREAST MRI, EXTENT OF DISEASE\n'
                  'History: newly diagnosed right breast invasive lobular carcinoma, 10:0'
                  '0, core biopsy 02/2026.\n'
                  'Findings: right breast: 32 mm irregular enhancing mass at 10:00 with t'
                  'he biopsy clip, plus non-mass enhancement extending 15 mm anteriorly. '
                  'No additional suspicious lesion. Left breast: no suspicious enhancemen'
                  't.\n'
                  'IMPRESSION: Right breast known malignancy, BI-RADS 6. Left breast nega'
                  'tive, BI-RADS 1.\n'),
                 '1 6', id='n26'),
    pytest.param(('Makati Medical Center - BREAST ULTRASOUND, RIGHT (lactating)\n'
                  'Indication: postpartum woman, 3 months, soft lump right breast.\n'
                  "Findings: right 9 o'clock, a 20 mm complex cystic mass with a fat-flui"
                  'd level, no vascularity - galactocele.\n'
                  'Impression: galactocele, right breast. BIRADS 2.\n'),
                 '- 2', id='n27'),
    pytest.param(('Peking Union Medical College Hospital - ultrasound (English translatio'
                  'n)\n'
                  'Left breast ultrasound with elastography.\n'
                  "Left breast, 2 o'clock, 2 cm from the nipple: a 9 x 7 mm hypoechoic no"
                  'dule, irregular shape, not parallel, slightly indistinct margins. Elas'
                  'tography score 3.\n'
                  'Conclusion: left breast nodule, BI-RADS 4A. Biopsy suggested.\n'),
                 '4A -', id='n28'),
    pytest.param(('Cleveland Clinic - GALACTOGRAM, RIGHT\n'
                  'Indication: spontaneous bloody single-duct discharge from the right ni'
                  'pple.\n'
                  "Technique: the discharging duct at 9 o'clock was cannulated and contra"
                  'st injected.\n'
                  'Findings: an 8 mm intraluminal filling defect 2 cm from the nipple wit'
                  'h proximal ductal dilatation.\n'
                  'IMPRESSION: intraductal filling defect, right breast. BI-RADS 4A. Ultr'
                  'asound-guided biopsy recommended.\n'),
                 '- 4A', id='n29'),
    pytest.param(('Vinmec International Hospital, Hanoi - breast ultrasound (English repo'
                  'rt)\n'
                  'Bilateral breast ultrasound. Indication: periodic health examination.\n'
                  'Both breasts: fibroglandular tissue with a few small simple cysts (lar'
                  'gest 4 mm right, 3 mm left). No solid mass. Axillae normal.\n'
                  'Conclusion: simple cysts of both breasts - BI-RADS 2.\n'),
                 '2 2', id='n30'),
    pytest.param(('Telehealth follow-up note - Family Medicine, Kingston\n'
                  'Reviewed the screening mammogram report with the patient by video: bot'
                  "h breasts negative, BI-RADS 1, done at the Women's Clinic last week.\n"
                  'Plan: next screening mammogram in 2 years. Continue vitamin D. Return '
                  'for the diabetic review in March.\n'),
                 '1 1', id='n31'),
    pytest.param(('Hospital Angeles, Mexico City - mammography (English version)\n'
                  'Bilateral mammography and ultrasound.\n'
                  'Mammography: fatty breasts, ACR A. Benign round calcifications on both'
                  ' sides.\n'
                  'Ultrasound: no solid lesions; two simple cysts, one per breast.\n'
                  'IMPRESSION: BI-RADS 2 both breasts - benign findings.\n'),
                 '2 2', id='n32'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
