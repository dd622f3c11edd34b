"""Review p121 of the b121-b122 pathology rules (b6bf881), pinned after their narrowing.

The review read 89 texts written and labelled from the guide (66 in a first batch, 23 in a second): cardio-oncology
records' announced quoted histology (42), consultation letters quoting the addressee's report (22), French
"Compte rendu initial <n°> (<date>), conclusion:" headings (19) and ordinary whole reports (6). Against the revision
before the rules it found 41 both right, 17 newly right, 10 over-reaches (E01-E10) and 21 both wrong. After narrowing
the three rules to the review's positive evidence (cardio-oncology named in the title or letterhead, not as a field's
value nor in a pathology report's title; a verbatim lead-in opening a specimen's quotation or naming its source, never
the patient's own words nor a first diagnosis; a consultation letter's own review heading that diagnoses the quoted
breast itself; a French first-report heading only in a correction or supplement, opening its paragraph), 73 read as
labelled: every over-reach is mended, 16 of the 17 newly right texts stay right (cl16 goes back to its older reading)
and 6 listed misses now read. Each right text must keep reading as labelled; the 16 still wrong are strict xfails,
each with its reading and its reason."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('CARDIO-ONCOLOGY CLINIC - BASELINE ASSESSMENT\n'
                  'Northgate University Hospital, Department of Cardiology\n'
                  'Date: 14/04/2026     Referrer: Dr P. Haldane (Medical Oncology)\n'
                  '\n'
                  'Reason for referral: baseline cardiac assessment before adjuvant epiru'
                  'bicin followed by trastuzumab.\n'
                  '\n'
                  'Histology (from pathology report, verbatim): "Left breast, 10 o\'clock,'
                  ' ultrasound-guided core biopsy: invasive ductal carcinoma (NST), grade'
                  ' 2. ER positive (8/8), HER2 positive (IHC 3+)."\n'
                  '\n'
                  'Cardiovascular risk factors: hypertension (amlodipine 5 mg), ex-smoker'
                  ' (15 pack-years).\n'
                  'ECG: sinus rhythm 72/min, normal intervals.\n'
                  'Echo: LVEF 61% (biplane Simpson), GLS -20.5%. No valve disease.\n'
                  'Assessment: moderate baseline risk (HFA-ICOS). Proceed with treatment;'
                  ' echo every 3 months on trastuzumab.\n'),
                 {'L': 'M', 'R': '-'}, id='co01'),
    pytest.param(('Cardio-Oncology Service\n'
                  "St Aidan's Hospital - Heart Centre\n"
                  'Pre-anthracycline review     23 March 2026\n'
                  '\n'
                  'Oncology background: 44-year-old with classical Hodgkin lymphoma (medi'
                  'astinal), for ABVD. Incidental right breast lump on staging CT, biopsi'
                  'ed.\n'
                  'Histopathology (breast core 02/03/2026, verbatim): "Right breast, 7 o\''
                  'clock, core biopsy: fibroadenoma. No atypia. No lymphoma seen."\n'
                  '\n'
                  'Cardiac: no symptoms. BP 118/72. Troponin and NT-proBNP normal.\n'
                  'TTE: LVEF 63%, normal diastolic function, no pericardial effusion.\n'
                  'Plan: low risk; standard surveillance echo at end of treatment.\n'),
                 {'L': '-', 'R': 'B'}, id='co02',
                 marks=pytest.mark.xfail(strict=True, reason=("review co02 (cardio): read {'L': '-', 'R': 'BM'}; "
                                                          "older behaviour: 'Oncology background: ... classic"
                                                          'al Hodgkin lymphoma (mediastinal), ... Incidental '
                                                          "right breast lump' labels a lymphoma on the right "
                                                          'breast (deleting that sentence gives R B); not the'
                                                          ' new rule'))),
    pytest.param(('[Translation from French]\n'
                  'UNITÉ DE CARDIO-ONCOLOGIE [Cardio-oncology unit] - Consultation initia'
                  'le\n'
                  'CHU de Valmont, Pôle Cœur-Vaisseaux\n'
                  '\n'
                  'Motif: bilan cardiaque avant trastuzumab [cardiac work-up before trast'
                  'uzumab].\n'
                  'Histology (verbatim from the pathology report): "Sein droit [right bre'
                  'ast], 11h, microbiopsie: carcinome canalaire infiltrant [invasive duct'
                  'al carcinoma], grade SBR III, HER2 score 3+."\n'
                  '\n'
                  'Examen clinique [Examination]: normal. ECG normal.\n'
                  'Échocardiographie [Echocardiography]: FEVG [LVEF] 58 %, strain global '
                  '-19 %.\n'
                  'Conclusion: risque faible [low risk]; surveillance tous les 3 mois.\n'),
                 {'L': '-', 'R': 'M'}, id='co03'),
    pytest.param(('Cardio-Oncology Service - Pre-trastuzumab review\n'
                  'Riverside Health, Cardiac Investigations Unit\n'
                  'Patient: OYELARAN, T   DOB 04/09/1969   MRN 7712093\n'
                  '\n'
                  'Oncology summary (referral letter; histology quoted):\n'
                  '"Right breast, 2 o\'clock, 14G core: invasive carcinoma of no special t'
                  'ype, grade 3. HER2 3+."\n'
                  'Planned: 4 x EC then paclitaxel/trastuzumab/pertuzumab.\n'
                  '\n'
                  'Cardiac history: none. Family history: father MI at 61.\n'
                  'Echo today: LVEF 60%, GLS -21%. Normal RV.\n'
                  'Recommendation: proceed; repeat echo after EC and 3-monthly on HER2 th'
                  'erapy.\n'),
                 {'L': '-', 'R': 'M'}, id='co04'),
    pytest.param(('PREHABILITATION PHYSIOTHERAPY ASSESSMENT\n'
                  'Eastmoor Community Health - Cancer Prehab Team\n'
                  'Seen: 09/02/2026     Physiotherapist: K. Doyle\n'
                  '\n'
                  'Background: referred before left wide local excision and sentinel node'
                  ' biopsy.\n'
                  'Histology (copied verbatim from EPR): "Left breast, 4 o\'clock, vacuum-'
                  'assisted biopsy: ductal carcinoma in situ, intermediate grade, solid a'
                  'nd cribriform, with comedo necrosis."\n'
                  '\n'
                  'Shoulder ROM: full bilaterally. Grip strength 24 kg (R), 22 kg (L).\n'
                  '6MWT: 480 m. Activity: walks dog daily.\n'
                  'Plan: pre-op shoulder exercises; review 2 weeks post-op.\n'),
                 {'L': 'M', 'R': '-'}, id='co05'),
    pytest.param(('ONCOLOGY SOCIAL WORK - PSYCHOSOCIAL ASSESSMENT\n'
                  'Harbourview Cancer Centre\n'
                  'Date of contact: 17/03/2026\n'
                  '\n'
                  'Presenting situation: 52-year-old bus driver awaiting surgery, worried'
                  ' about time off work.\n'
                  'Histopathology (verbatim): "Right breast, core biopsy: complex scleros'
                  'ing lesion (radial scar) without atypia. B3."\n'
                  'Family history: sister had breast cancer at 49.\n'
                  'Supports: lives with partner; two adult children nearby.\n'
                  "Plan: sick-note advice; carer's leave information; review after excisi"
                  'on.\n'),
                 {'L': '-', 'R': 'B'}, id='co06'),
    pytest.param(('DIETETICS - ONCOLOGY OUTPATIENT ASSESSMENT\n'
                  'Kellsbridge General Hospital\n'
                  'Dietitian: R. Mwangi     Date: 30/01/2026\n'
                  '\n'
                  'Diagnosis summary: for neoadjuvant chemotherapy.\n'
                  'Pathology (verbatim, LIS report H26-01877): "A. Left breast, 3 o\'clock'
                  ', core: invasive lobular carcinoma, grade 2. B. Left axillary node, co'
                  're: metastatic lobular carcinoma."\n'
                  '\n'
                  'Weight 81 kg, BMI 29.8. Weight stable. No dysphagia.\n'
                  'Plan: food-first advice for taste changes; review at cycle 3.\n'),
                 {'L': 'M', 'R': '-'}, id='co07'),
    pytest.param(('Heart Failure & Cardio Oncology Service\n'
                  'Westbury Royal Infirmary\n'
                  'Clinic date 05/03/2026\n'
                  '\n'
                  'Pathology (quoted from histology report 11/02/2026): "Right breast, 12'
                  ' o\'clock, core: invasive ductal carcinoma, grade 3, triple negative."\n'
                  'Planned regimen: pembrolizumab with carboplatin/paclitaxel then AC.\n'
                  '\n'
                  'Cardiac: type 2 diabetes, hypertension. LVEF 55% on echo, GLS -17.8% ('
                  'borderline).\n'
                  'Plan: start ramipril; echo after AC and at 12 months.\n'),
                 {'L': '-', 'R': 'M'}, id='co08'),
    pytest.param(('CARDIO-ONCOLOGY BASELINE ECHOCARDIOGRAM\n'
                  'Lakeshore Heart Institute\n'
                  'Indication: baseline before trastuzumab deruxtecan\n'
                  '\n'
                  'History: left breast DCIS 2012 treated by lumpectomy and left-sided ra'
                  'diotherapy. Hypothyroidism.\n'
                  'Histology (current, from pathology report, verbatim): "Right breast, 9'
                  " o'clock, core biopsy: invasive carcinoma NST, grade 2, HER2 low (IHC "
                  '1+)."\n'
                  '\n'
                  'Findings: LV normal size, LVEF 59%. Mild mitral regurgitation. RV norm'
                  'al. No effusion.\n'
                  'Conclusion: normal biventricular function; suitable to start.\n'),
                 {'L': '-', 'R': 'M'}, id='co09'),
    pytest.param(('ONCO-CARDIOLOGY UNIT - Baseline risk assessment\n'
                  'Ospedale San Michele (translated record)\n'
                  'Date: 12/03/2026\n'
                  '\n'
                  'Histology (from pathology report, verbatim): "Left breast, core biopsy'
                  ': invasive ductal carcinoma, grade 3, HER2 positive (3+), Ki-67 40%."\n'
                  'Planned therapy: docetaxel, carboplatin, trastuzumab, pertuzumab.\n'
                  '\n'
                  'Echo: LVEF 64%, GLS -22%. Baseline troponin normal.\n'
                  'Risk: low. Echo every 3 months.\n'),
                 {'L': 'M', 'R': '-'}, id='co10'),
    pytest.param(('CARDIO-ONCOLOGY PRE-TREATMENT CHECKLIST\n'
                  'Southfield Hospital Cardiology\n'
                  '\n'
                  '1. Cancer diagnosis\n'
                  'Histology (verbatim):\n'
                  '"Right breast, wide local excision: invasive micropapillary carcinoma,'
                  ' grade 3, 19 mm. Margins clear."\n'
                  '2. Planned cardiotoxic therapy: epirubicin 360 mg/m2 cumulative; left-'
                  'sided? no (right-sided RT).\n'
                  '3. Baseline LVEF: 62% (echo 20/01/2026).\n'
                  '4. Risk category: low.\n'),
                 {'L': '-', 'R': 'M'}, id='co11'),
    pytest.param(('TRANSTHORACIC ECHOCARDIOGRAM REPORT\n'
                  'Meadowvale Hospital - Non-invasive Cardiology\n'
                  'Sonographer: L. Pratt     Reporting cardiologist: Dr S. Iqbal\n'
                  'Requested by: Cardio-Oncology Clinic (Dr Anwar)\n'
                  '\n'
                  'Indication: baseline before doxorubicin.\n'
                  'Histology (verbatim): "Left breast core: invasive ductal carcinoma, gr'
                  'ade 3."\n'
                  '\n'
                  'LV: normal size and wall thickness. LVEF 60% (3D). GLS -19.9%.\n'
                  'Valves: trivial TR. Estimated PASP 24 mmHg.\n'
                  'Conclusion: normal study.\n'),
                 {'L': '-', 'R': '-'}, id='co12',
                 marks=pytest.mark.xfail(strict=True, reason=("review co12 (cardio): read {'L': 'M', 'R': '-'}; o"
                                                          "lder behaviour: an unindented 'Histology (verbatim"
                                                          '): "..."\' line is a DIAGNOSIS heading of its own i'
                                                          'n every document (OLD and NEW alike), so the guide'
                                                          "'s near miss 'an echocardiography report without c"
                                                          "ardio-oncology in its head ... stay(s) history' ho"
                                                          'lds only when the lead-in sits inside a history bl'
                                                          'ock'))),
    pytest.param(('CARDIO-ONCOLOGY SURVEILLANCE CLINIC\n'
                  'Northgate University Hospital\n'
                  'Late-effects review, 02/02/2026\n'
                  '\n'
                  'Oncology history: anthracycline-treated breast cancer, now 9 years fro'
                  'm treatment.\n'
                  'Histology (2017 report, verbatim): "Left breast, mastectomy: invasive '
                  'ductal carcinoma, grade 3, 32 mm, 2/14 nodes positive."\n'
                  'Cumulative doxorubicin 300 mg/m2.\n'
                  '\n'
                  'Echo: LVEF 52% (was 57% in 2024). GLS -16%.\n'
                  'Plan: start bisoprolol; repeat echo in 6 months.\n'),
                 {'L': '-', 'R': '-'}, id='co13',
                 marks=pytest.mark.xfail(strict=True, reason=("review co13 (cardio): read {'L': 'M', 'R': '-'}; o"
                                                          "lder behaviour: the unindented 'Histology (2017 re"
                                                          "port, verbatim):' line is a DIAGNOSIS heading in O"
                                                          "LD and NEW; the guide's 'lead-in naming a year ..."
                                                          " stay(s) history' holds only inside a history bloc"
                                                          'k'))),
    pytest.param(('PSYCHOSOCIAL ONCOLOGY INTAKE\n'
                  'Brightwater Cancer Support Service\n'
                  'Date: 21/03/2026     Worker: H. Lindgren\n'
                  '\n'
                  'Referral: distress score 8/10 at surgical clinic.\n'
                  'Histology (as the patient described it, verbatim): "they told me it\'s '
                  'a cancer in my left breast, the fast-growing kind, and I need chemo fi'
                  'rst"\n'
                  'Actual results not yet discussed with us; awaiting MDT.\n'
                  'Coping: poor sleep, tearful, not eating.\n'
                  'Plan: CBT-based support x6; liaise with breast care nurse.\n'),
                 {'L': '-', 'R': '-'}, id='co14',
                 marks=pytest.mark.xfail(strict=True, reason=("review co14 (cardio): read {'L': 'M', 'R': '-'}; o"
                                                          "lder behaviour: the unindented 'Histology (as the "
                                                          "patient described it, verbatim):' line is a DIAGNO"
                                                          "SIS heading; the patient's own words label L M in "
                                                          'both'))),
    pytest.param(('CARDIO-ONCOLOGY CLINIC LETTER / RECORD\n'
                  'Kingsmead Hospital Haematology-Cardiology\n'
                  'Baseline before R-CHOP\n'
                  '\n'
                  'Histology (from pathology report, verbatim): "Left axillary lymph node'
                  ', excision biopsy: diffuse large B-cell lymphoma, germinal centre type'
                  '."\n'
                  'Staging PET: nodal disease above and below the diaphragm; breast tissu'
                  'e not involved.\n'
                  '\n'
                  'Echo: LVEF 57%. Mild LVH.\n'
                  'Plan: proceed; consider dexrazoxane if LVEF falls.\n'),
                 {'L': '-', 'R': '-'}, id='co15'),
    pytest.param(('CARDIO-ONCOLOGY BASELINE ASSESSMENT\n'
                  'Fairhaven District Hospital\n'
                  'Date: 03/03/2026\n'
                  '\n'
                  'Histology (from the referral letter): "Right breast, core: invasive du'
                  'ctal carcinoma grade 2, HER2 positive."\n'
                  'Planned: paclitaxel and trastuzumab (APT regimen).\n'
                  '\n'
                  'Echo: LVEF 62%. ECG normal.\n'
                  'Plan: 3-monthly echo.\n'),
                 {'L': '-', 'R': '-'}, id='co16',
                 marks=pytest.mark.xfail(strict=True, reason=("review co16 (cardio): read {'L': '-', 'R': 'M'}; o"
                                                          "lder behaviour: the unindented 'Histology (from th"
                                                          "e referral letter):' line is a DIAGNOSIS heading; "
                                                          "the guide's 'a lead-in that says neither quoted no"
                                                          "r verbatim stay(s) history' holds only inside a hi"
                                                          'story block'))),
    pytest.param(('Cardio-Oncology Record - Pre-treatment risk stratification\n'
                  'Elmstead University Hospital\n'
                  'Date: 11/02/2026\n'
                  '\n'
                  'Histology (from pathology report, verbatim): "Left breast, 1 o\'clock, '
                  'core biopsy: invasive carcinoma NST, grade 2, HER2 positive.\n'
                  'Plan: TCHP x6 then surgery.\n'
                  'Cardiovascular: BMI 34, hypertension, dyslipidaemia. LVEF 58%.\n'
                  'Risk: moderate (HFA-ICOS). Start ACE inhibitor; echo every 3 months.\n'),
                 {'L': '-', 'R': '-'}, id='co17',
                 marks=pytest.mark.xfail(strict=True, reason=("review co17 (cardio): read {'L': 'M', 'R': '-'}; o"
                                                          "lder behaviour: the unindented 'Histology (...verb"
                                                          "atim):' line is a DIAGNOSIS heading, so the quotat"
                                                          'ion with no closing mark still labels'))),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Kestrel Valley Hospital Laboratory\n'
                  '\n'
                  'Clinical history: 61F. Referred with right breast DCIS on outside core'
                  '. Histology (outside report, verbatim): "Right breast, core: DCIS, low'
                  ' grade." Now for excision of left breast lump, enlarging.\n'
                  '\n'
                  'Specimen: Left breast lump, excision.\n'
                  '\n'
                  'DIAGNOSIS:\n'
                  'Left breast, excision: fibroadenoma, 24 mm. No atypia. Margins clear.\n'),
                 {'L': 'B', 'R': '-'}, id='co18'),
    pytest.param(('ENDOMYOCARDIAL BIOPSY REPORT\n'
                  'Requesting clinic: Cardio-Oncology (Dr N. Ferreira), Westbury Royal In'
                  'firmary\n'
                  'Lab no: EMB26-0041\n'
                  '\n'
                  'Clinical history:\n'
                  'Histology (breast core, verbatim): "Left breast, core biopsy: invasive'
                  ' ductal carcinoma, grade 3, HER2 positive." Treated with EC and trastu'
                  'zumab; LVEF fell from 62% to 38%. ?Trastuzumab cardiotoxicity vs myoca'
                  'rditis.\n'
                  '\n'
                  'Microscopy: four fragments of myocardium with mild myocyte hypertrophy'
                  ' and interstitial fibrosis. No inflammatory infiltrate. No amyloid (Co'
                  'ngo red negative).\n'
                  '\n'
                  'Diagnosis: Endomyocardial biopsy: non-specific changes; no myocarditis'
                  ', no amyloid.\n'),
                 {'L': '-', 'R': '-'}, id='co19',
                 marks=pytest.mark.xfail(strict=True, reason=("review co19 (cardio): read {'L': 'M', 'R': '-'}; o"
                                                          'lder behaviour: in the cardiac pathology report th'
                                                          "e unindented 'Histology (breast core, verbatim):' "
                                                          "line under 'Clinical history:' is a DIAGNOSIS head"
                                                          'ing of its own in OLD and NEW'))),
    pytest.param(('CARDIO-ONCOLOGY CLINIC - HER2 THERAPY REVIEW\n'
                  'Ashgrove Regional Hospital\n'
                  'Date: 19/03/2026\n'
                  '\n'
                  'Oncology: metastatic recurrence (liver) 01/2026, HER2 positive on live'
                  'r biopsy; for trastuzumab deruxtecan.\n'
                  'Histology (at first diagnosis, verbatim): "Right breast, mastectomy: i'
                  'nvasive ductal carcinoma, grade 3, 28 mm, 1/3 sentinel nodes positive.'
                  '"\n'
                  'Previous anthracycline: epirubicin cumulative 400 mg/m2.\n'
                  '\n'
                  'Echo: LVEF 55%, GLS -18%.\n'
                  'Plan: proceed with 3-monthly echo.\n'),
                 {'L': '-', 'R': '-'}, id='co20',
                 marks=pytest.mark.xfail(strict=True, reason=("review co20 (cardio): read {'L': '-', 'R': 'M'}; o"
                                                          "lder behaviour: the unindented 'Histology (at firs"
                                                          "t diagnosis, verbatim):' line is a DIAGNOSIS headi"
                                                          'ng in OLD and NEW (the indented form, cx11, is thi'
                                                          "s review's over-reach E01)"))),
    pytest.param(('MULTIDISCIPLINARY TEAM MEETING - BREAST\n'
                  'Date: 04/03/2026   Chair: Mr J. Oduya\n'
                  '\n'
                  'Patient 4: DRUMMOND, A   62F\n'
                  'Radiology: left breast 12 mm mass, U5.\n'
                  'Histology (verbatim from LIS): "Left breast, 2 o\'clock, core: fibroade'
                  'noma. No atypia."\n'
                  'Discussion: discordant with U5 imaging.\n'
                  'Outcome: vacuum-assisted excision; cardio-oncology referral not requir'
                  'ed.\n'),
                 {'L': 'B', 'R': '-'}, id='co21'),
    pytest.param(('PHYSIOTHERAPY - LYMPHOEDEMA CLINIC\n'
                  'Greyhaven Hospital\n'
                  'Review date: 10/03/2026\n'
                  '\n'
                  'Background: right mastectomy and ANC 2019 for breast cancer; now new s'
                  'welling of the right arm.\n'
                  'Histology (previous report, verbatim): "Right breast, mastectomy: inva'
                  'sive lobular carcinoma, grade 2."\n'
                  'Circumference difference 2.5 cm at 10 cm above the elbow. Skin intact.'
                  '\n'
                  'Plan: compression sleeve class 2; MLD x4.\n'),
                 {'L': '-', 'R': '-'}, id='co22',
                 marks=pytest.mark.xfail(strict=True, reason=("review co22 (cardio): read {'L': '-', 'R': 'M'}; o"
                                                          "lder behaviour: the unindented 'Histology (previou"
                                                          "s report, verbatim):' line is a DIAGNOSIS heading "
                                                          'in OLD and NEW'))),
    pytest.param(('ROYAL HALLAM UNIVERSITY HOSPITAL - BREAST PATHOLOGY CONSULTATIONS\n'
                  'Our ref: RH-C26/0310     Your ref: PB26-1121\n'
                  '\n'
                  'Dear Dr Okonkwo,\n'
                  'Thank you for referring the left breast core biopsy for a second opini'
                  'on. Your report reads: "Left breast, 1 o\'clock, core: atypical ductal '
                  'hyperplasia; low-grade DCIS cannot be excluded."\n'
                  '\n'
                  'ROYAL HALLAM REVIEW DIAGNOSIS:\n'
                  "Left breast, 1 o'clock, core biopsy: ductal carcinoma in situ, low gra"
                  'de, cribriform type, involving at least four duct spaces over 3 mm.\n'
                  '\n'
                  'I would categorise this as B5a. Slides and blocks are returned with th'
                  'is letter.\n'
                  'Yours sincerely,\n'
                  'Dr A. Venkataraman, Consultant Breast Pathologist\n'),
                 {'L': 'M', 'R': '-'}, id='cl01'),
    pytest.param(('Department of Pathology, Nordvik University Hospital (Breast Unit)\n'
                  'Second opinion 26-0455\n'
                  '\n'
                  'Dear Professor Lindqvist,\n'
                  'Many thanks for the slides of this interesting case. Your diagnosis wa'
                  's "Right breast, core biopsy: invasive lobular carcinoma, classic type'
                  '".\n'
                  '\n'
                  'OUR OPINION:\n'
                  'Right breast, core biopsy: florid usual ductal hyperplasia and scleros'
                  'ing adenosis. E-cadherin is retained, and p63 and calponin confirm myo'
                  'epithelial cells around all structures. No invasive carcinoma.\n'
                  '\n'
                  'Kind regards,\n'
                  'Dr T. Halvorsen\n'),
                 {'L': '-', 'R': 'B'}, id='cl02'),
    pytest.param(('PALMERSTON BREAST PATHOLOGY REFERRAL SERVICE\n'
                  'Consultation no. PB-26-221\n'
                  '\n'
                  'Dear Colleague,\n'
                  'Re: your case S26-3390 (patient M.R., 47F).\n'
                  'Your report states "Left breast, 6 o\'clock, core: fibroadenoma with ce'
                  'llular stroma".\n'
                  '\n'
                  'DIAGNOSIS (on review):\n'
                  "Left breast, 6 o'clock, core biopsy: benign phyllodes tumour. Stromal "
                  'overgrowth is absent; mitoses 2 per 10 HPF.\n'
                  '\n'
                  'Excision with a clear margin is advised.\n'
                  'With best wishes,\n'
                  'Dr C. Abernethy\n'),
                 {'L': 'M', 'R': '-'}, id='cl03'),
    pytest.param(('Westbrook Pathology Partnership - Breast Consultation\n'
                  '\n'
                  'Dear Dr Haq,\n'
                  'Thank you for asking me to review this right breast excision. Your\n'
                  'report reads:\n'
                  '"Right breast, wide local excision: papillary lesion with atypia; enca'
                  'psulated papillary carcinoma not excluded."\n'
                  '\n'
                  'WESTBROOK REVIEW:\n'
                  'Right breast, wide local excision: intraductal papilloma with florid u'
                  'sual hyperplasia. Myoepithelial cells are present throughout (p63, CK5'
                  '/6). No atypia, no carcinoma.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr E. Marchetti\n'),
                 {'L': '-', 'R': 'B'}, id='cl04'),
    pytest.param(('GLENCAIRN REGIONAL BREAST PATHOLOGY\n'
                  'Referral consultation 26/0098\n'
                  '\n'
                  'Dear Dr. Fairbairn,\n'
                  'You sent cores from both breasts. Your report reads "A. Right breast c'
                  'ore: invasive carcinoma NST, grade 2. B. Left breast core: atypical du'
                  'ctal hyperplasia."\n'
                  '\n'
                  'GLENCAIRN DIAGNOSIS:\n'
                  'A. Right breast core: invasive carcinoma of no special type, grade 2 ('
                  'agree).\n'
                  'B. Left breast core: ductal carcinoma in situ, low grade, solid patter'
                  'n, 4 mm; the atypical population fills several ducts.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr F. Nakamura\n'),
                 {'L': 'M', 'R': 'M'}, id='cl05'),
    pytest.param(("St Olave's Hospital - Histopathology Consultation Service\n"
                  '\n'
                  'Dear Dr Bakshi,\n'
                  'Thank you for sending the left breast core biopsies on Ms K.T. for opi'
                  'nion. Your own diagnosis was: "Left breast, 10 o\'clock, core: radial s'
                  'car with atypical ductal hyperplasia."\n'
                  '\n'
                  "ST OLAVE'S REVIEW DIAGNOSIS:\n"
                  "Left breast, 10 o'clock, core biopsy: tubular carcinoma, 4 mm in this "
                  'core, arising in a radial scar. Glands lack myoepithelium (p63, SMMHC '
                  'negative).\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr J. Whitlock\n'),
                 {'L': 'BM', 'R': '-'}, id='cl06'),
    pytest.param(('BREAST CONSULTATION - Hollins Academic Pathology\n'
                  '\n'
                  'Dear Dr Oduya,\n'
                  'Your report of 14/01/2026 reads "Right breast, core biopsy: invasive d'
                  'uctal carcinoma, grade 1".\n'
                  '\n'
                  'HOLLINS REVIEW DIAGNOSIS:\n'
                  'Right breast, core biopsy: sclerosing adenosis with apocrine metaplasi'
                  'a. No invasive carcinoma.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr R. Castellanos\n'),
                 {'L': '-', 'R': 'B'}, id='cl07'),
    pytest.param(('Marlowe Breast Pathology Referral Centre\n'
                  '\n'
                  'Dear Colleagues,\n'
                  'Your report reads "Left breast, vacuum biopsy: invasive lobular carcin'
                  'oma, classic type."\n'
                  '\n'
                  'MARLOWE REVIEW:\n'
                  'Left breast, vacuum biopsy: atypical lobular hyperplasia. The lobular '
                  'proliferation does not distend the acini and there is no stromal invas'
                  'ion (E-cadherin negative cells confined to lobules).\n'
                  '\n'
                  'Yours faithfully,\n'
                  'Dr S. Adeyemi\n'),
                 {'L': 'B', 'R': '-'}, id='cl08'),
    pytest.param(('TAMWORTH UNIVERSITY PATHOLOGY - EXPERT OPINION (BREAST)\n'
                  '\n'
                  'Dear Dr Lewandowski,\n'
                  'Thank you for the referral of the right breast core. Your original rep'
                  'ort read "Right breast, core: papillary lesion, ?encapsulated papillar'
                  'y carcinoma".\n'
                  '\n'
                  'TAMWORTH REVIEW DIAGNOSIS:\n'
                  'Right breast, core biopsy: encapsulated papillary carcinoma. No invasi'
                  've carcinoma beyond the capsule in this sample.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr P. Gallagher\n'),
                 {'L': '-', 'R': 'M'}, id='cl09'),
    pytest.param(('Consultation report - Breast Pathology, Arden Hospital\n'
                  '\n'
                  'Dear Dr Chaudhry,\n'
                  'Your diagnosis is "Left breast, core: columnar cell lesion with flat e'
                  'pithelial atypia".\n'
                  'I have examined levels and the immunohistochemistry you sent.\n'
                  '\n'
                  'CONSULTATION DIAGNOSIS:\n'
                  'Left breast, core: atypical ductal hyperplasia arising in columnar cel'
                  'l change.\n'
                  '\n'
                  'Regards,\n'
                  'Dr G. Osei\n'),
                 {'L': 'B', 'R': '-'}, id='cl10'),
    pytest.param(('Breast Surgery Outpatients - Lindford General Hospital\n'
                  '\n'
                  'Dear Dr Anand,\n'
                  'Re: Mrs J. Sutherland, DOB 12/05/1978\n'
                  'Thank you for your report on her left breast core biopsy. Your report '
                  'reads "Left breast, 2 o\'clock, core: fibroadenoma." I was surprised, a'
                  's the lump has grown from 18 to 31 mm in three months. Could the slide'
                  's be reviewed, or should I simply proceed to excision?\n'
                  '\n'
                  'Diagnosis: Left breast lump, enlarging.\n'
                  'Plan: excision biopsy on the next list.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Miss R. Fenwick, Consultant Breast Surgeon\n'),
                 {'L': 'B', 'R': '-'}, id='cl11'),
    pytest.param(('Oncology Department - Ravenscourt Hospital\n'
                  '\n'
                  'Dear Dr Menon,\n'
                  'Thank you for reporting the core on Mrs Ali. Your report states "Left '
                  'breast, core biopsy: invasive ductal carcinoma, grade 2; ER 8/8; HER2 '
                  '2+ (equivocal), ISH to follow."\n'
                  'Could you let me know when the ISH result is available, as we plan neo'
                  'adjuvant therapy if HER2 amplified.\n'
                  '\n'
                  'Impression: HER2 status awaited.\n'
                  'Plan: review in clinic once ISH is back.\n'
                  '\n'
                  'Best wishes,\n'
                  'Dr L. Carver, Consultant Medical Oncologist\n'),
                 {'L': 'M', 'R': '-'}, id='cl12'),
    pytest.param(('Hawthorne Breast Pathology Consultations\n'
                  '\n'
                  'Dear Mrs Pellegrini,\n'
                  'You asked us to explain the second opinion on your biopsy. Your report'
                  ' reads "Right breast, core biopsy: intraductal papilloma without atypi'
                  'a." We looked at the same slides again.\n'
                  '\n'
                  'Our review: we agree that this is a benign papilloma. No further surge'
                  'ry is needed for this finding.\n'
                  '\n'
                  'Yours sincerely,\n'
                  "Dr M. O'Rourke\n"),
                 {'L': '-', 'R': 'B'}, id='cl13'),
    pytest.param(('Queensway Histopathology - Consultation Service\n'
                  '\n'
                  'Dear Dr Iyer,\n'
                  'Thank you for sending this right breast core for review. Your report r'
                  'eads "Right breast core: invasive lobular carcinoma, classic type".\n'
                  'I have examined the H&E and the E-cadherin stain and I agree with your'
                  ' diagnosis.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr B. Kowalczyk\n'),
                 {'L': '-', 'R': 'M'}, id='cl14'),
    pytest.param(('ELMBRIDGE ACADEMIC BREAST PATHOLOGY\n'
                  '\n'
                  'Dear Dr Ng,\n'
                  'Thank you for the left breast core on Ms P.D. Your report reads "Left '
                  'breast, core: invasive carcinoma NST, grade 3, with high-grade DCIS."\n'
                  '\n'
                  'ELMBRIDGE REVIEW DIAGNOSIS:\n'
                  'Concur with the referring diagnosis (see above). Grade 3 confirmed (3+'
                  '3+2).\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr H. Rasmussen\n'),
                 {'L': 'M', 'R': '-'}, id='cl15'),
    pytest.param(('Breast Pathology, Cresswell Hospital\n'
                  '\n'
                  'Dear Dr Wu,\n'
                  "Radiology-pathology correlation, left breast 2 o'clock. Your report re"
                  'ads "Left breast 2 o\'clock: 14 mm irregular spiculated mass, highly su'
                  'ggestive of malignancy (BI-RADS 5)".\n'
                  '\n'
                  'DIAGNOSIS:\n'
                  "Left breast, 2 o'clock, core biopsy: fibroadenoma with sclerotic strom"
                  'a. No atypia.\n'
                  '\n'
                  'This is discordant with the imaging; repeat vacuum biopsy is recommend'
                  'ed.\n'
                  'Yours sincerely,\n'
                  'Dr A. Mbeki (pathologist)\n'),
                 {'L': 'B', 'R': '-'}, id='cl16',
                 marks=pytest.mark.xfail(strict=True, reason=("review cl16 (consult): read {'L': 'M', 'R': '-'}; "
                                                          "narrowed back to the older reading: the letter's b"
                                                          "are 'DIAGNOSIS:' names no review of the letter's o"
                                                          "wn (a review, 'our', consultation, opinion or the "
                                                          "letter head's institution), so the quoted radiolog"
                                                          "y report stays the letter's quotation and its 'hig"
                                                          "hly suggestive of malignancy' labels L M (with 'OU"
                                                          "R DIAGNOSIS:' it reads L B); a pathologist's lette"
                                                          "r quoting a radiologist's report is another shape,"
                                                          ' left to a rule of its own'))),
    pytest.param(('Brackenridge Breast Pathology Consultations\n'
                  '\n'
                  'Dear Dr Faulkner,\n'
                  'REVIEW DIAGNOSIS:\n'
                  'Right breast, core biopsy: atypical ductal hyperplasia (two foci, 1.5 '
                  'mm). No DCIS.\n'
                  '\n'
                  'Comment: your report read "Right breast, core: ductal carcinoma in sit'
                  'u, low grade". On levels and CK5/6 the proliferation is too small for '
                  'DCIS; I would regard it as ADH (B3).\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr W. Ostrowski\n'),
                 {'L': '-', 'R': 'B'}, id='cl17',
                 marks=pytest.mark.xfail(strict=True, reason=("review cl17 (consult): read {'L': '-', 'R': '-'}; "
                                                          "older behaviour / outside the rule's stated wordin"
                                                          'g: the quotation stands below the review heading ('
                                                          "in its 'Comment:'), and the letter's review ADH is"
                                                          ' read as history; R - in both'))),
    pytest.param(('GP Surgery - Hollybush Lane Medical Practice\n'
                  '\n'
                  'Dear Dr Ramsay,\n'
                  'Thank you for seeing Mrs Hodge in the breast clinic. Your letter says '
                  'the core biopsy was benign; the histology reads "Right breast, 10 o\'cl'
                  'ock, core: fibroadenoma."\n'
                  'She remains anxious and asks whether the lump should be removed.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr J. Keane, GP\n'),
                 {'L': '-', 'R': 'B'}, id='cl18'),
    pytest.param(('Ashcombe Pathology Services - Breast Consultation\n'
                  '\n'
                  'Dear Dr Ferreira,\n'
                  'Thank you for the right breast core. Your report reads "Right breast, '
                  '8 o\'clock, core: invasive carcinoma, favour lobular type".\n'
                  '\n'
                  'Provisional opinion (immunohistochemistry pending):\n'
                  "Right breast, 8 o'clock, core: invasive carcinoma; E-cadherin and p120"
                  ' to follow to establish the type.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr N. Sokolova\n'),
                 {'L': '-', 'R': 'M'}, id='cl19'),
    pytest.param(('Breast Imaging & Pathology Liaison - Thornbury Hospital\n'
                  '\n'
                  'Dear Dr Petrakis,\n'
                  'Further to our telephone call: your report reads "Left breast, core: b'
                  'enign breast tissue; lesion not sampled?". The MRI shows a 9 mm enhanc'
                  'ing mass.\n'
                  'The patient was re-biopsied on 20/02/2026.\n'
                  '\n'
                  'FINAL DIAGNOSIS (repeat biopsy H26-2290):\n'
                  'Left breast, MRI-guided vacuum biopsy: invasive ductal carcinoma, grad'
                  'e 1.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr O. Lindahl\n'),
                 {'L': 'M', 'R': '-'}, id='cl20'),
    pytest.param(('[Translation from French]\n'
                  "Clinique du Parc - Service d'Oncologie\n"
                  'FICHE DE TRANSFERT [Transfer sheet]\n'
                  '\n'
                  "RECTIFICATIF [Correction] du 20/03/2026 (Cabinet d'anatomie pathologiq"
                  'ue Lavoisier):\n'
                  'Le prélèvement provient du sein GAUCHE, et non du sein droit comme ind'
                  'iqué [the specimen is from the LEFT breast, not the right breast as st'
                  'ated].\n'
                  '\n'
                  'Compte rendu initial n° H26-450 (15/03/2026), conclusion :\n'
                  '  "Sein droit [right breast], microbiopsies: carcinome lobulaire infil'
                  'trant [invasive lobular carcinoma], grade II."\n'
                  '\n'
                  'Motif du transfert: prise en charge chirurgicale.\n'),
                 {'L': 'M', 'R': '-'}, id='fr01'),
    pytest.param(('Centre de Lutte contre le Cancer - Dossier de RCP [tumour board file]\n'
                  '\n'
                  'RECTIFICATIF [Correction] du 15/03/2026:\n'
                  'Le prélèvement provient du sein DROIT, et non du sein gauche comme ind'
                  'iqué initialement [the specimen comes from the RIGHT breast, not the l'
                  'eft as first stated].\n'
                  '\n'
                  'Compte rendu initial H26-0912 du 11/03/2026, conclusion:\n'
                  'Sein gauche [left breast], macrobiopsie: carcinome canalaire in situ d'
                  'e haut grade [high-grade DCIS], avec microcalcifications.\n'
                  '\n'
                  'Proposition: tumorectomie après repérage.\n'),
                 {'L': '-', 'R': 'M'}, id='fr02'),
    pytest.param(('[Traduction / translation]\n'
                  'HÔPITAL SAINT-LAZARE - LETTRE DE LIAISON\n'
                  '\n'
                  'RECTIFICATIF du 05/02/2026: le prélèvement provient du sein DROIT et n'
                  'on du sein gauche [the sample comes from the RIGHT breast and not the '
                  'left].\n'
                  '\n'
                  'COMPTE RENDU INITIAL N° B26-7781 (28/01/2026), CONCLUSION :\n'
                  "SEIN GAUCHE, MICROBIOPSIE : ADÉNOFIBROME [FIBROADENOMA]. ABSENCE D'ATY"
                  'PIE.\n'
                  '\n'
                  'Suivi: échographie à 6 mois.\n'),
                 {'L': '-', 'R': 'B'}, id='fr03',
                 marks=pytest.mark.xfail(strict=True, reason=("review fr03 (french): read {'L': 'B', 'R': '-'}; o"
                                                          "lder behaviour: the correction 'le prélèvement pro"
                                                          "vient du sein DROIT et non du sein gauche' (withou"
                                                          "t 'comme indiqué') moves nothing; with '... comme "
                                                          "indiqué' it reads R B, so the heading itself works"))),
    pytest.param(('Dossier médical partagé - extrait [shared record extract]\n'
                  'Patiente: M.-C. D., 58 ans\n'
                  '\n'
                  "Pièces: compte rendu d'anatomie pathologique H26-301 et rectificatif.\n"
                  '\n'
                  'RECTIFICATIF [Correction] du 15/03/2026:\n'
                  'Le prélèvement provient du sein DROIT, et non du sein gauche comme ind'
                  'iqué initialement [the specimen comes from the RIGHT breast, not the l'
                  'eft as first stated].\n'
                  '\n'
                  'Compte rendu initial H26-301 (10/03/2026), conclusion [Initial report '
                  'H26-301, conclusion]:\n'
                  '"Sein gauche, 2h, microbiopsies: carcinome canalaire infiltrant de typ'
                  'e non spécifique [invasive carcinoma of no special type], grade SBR I.'
                  '"\n'),
                 {'L': '-', 'R': 'M'}, id='fr04'),
    pytest.param(('Centre hospitalier de Rochemont - Chirurgie sénologique\n'
                  'Courrier de synthèse [summary letter]\n'
                  '\n'
                  'Compte rendu initial H26-644 (01/04/2026), conclusion :\n'
                  'Sein droit, microbiopsie : papillome intracanalaire sans atypie [intra'
                  'ductal papilloma without atypia].\n'
                  '\n'
                  'Conduite à tenir: surveillance.\n'),
                 {'L': '-', 'R': 'B'}, id='fr05'),
    pytest.param(('[Translation from French]\n'
                  'INSTITUT RÉGIONAL DU CANCER - Fiche RCP\n'
                  '\n'
                  'RECTIFICATIF [Correction] du 15/03/2026:\n'
                  'Le prélèvement provient du sein DROIT, et non du sein gauche comme ind'
                  'iqué initialement [the specimen comes from the RIGHT breast, not the l'
                  'eft as first stated].\n'
                  '\n'
                  'Compte-rendu initial H26-0157 (03/03/2026), conclusion :\n'
                  '"Sein gauche, microbiopsies: carcinome canalaire infiltrant, grade II,'
                  ' RE 90 %, HER2 négatif."\n'
                  '\n'
                  'Proposition RCP: chirurgie première.\n'),
                 {'L': '-', 'R': 'M'}, id='fr06'),
    pytest.param(('Polyclinique des Alpes - Oncologie\n'
                  'Synthèse de dossier\n'
                  '\n'
                  'RECTIFICATIF [Correction] du 15/03/2026:\n'
                  'Le prélèvement provient du sein DROIT, et non du sein gauche comme ind'
                  'iqué initialement [the specimen comes from the RIGHT breast, not the l'
                  'eft as first stated].\n'
                  '\n'
                  'CR initial H26-212 (07/03/2026), conclusion :\n'
                  'Sein gauche, microbiopsie : carcinome canalaire in situ de grade inter'
                  'médiaire.\n'
                  '\n'
                  'Proposition: tumorectomie.\n'),
                 {'L': '-', 'R': 'M'}, id='fr07'),
    pytest.param(('Hôpital Nord - Sénologie\n'
                  'Dossier de transfert\n'
                  '\n'
                  'RECTIFICATIF [Correction] du 15/03/2026:\n'
                  'Le prélèvement provient du sein DROIT, et non du sein gauche comme ind'
                  'iqué initialement [the specimen comes from the RIGHT breast, not the l'
                  'eft as first stated].\n'
                  '\n'
                  'Compte rendu initial H26-388 (12/03/2026) - conclusion :\n'
                  'Sein gauche, microbiopsie : carcinome lobulaire infiltrant, grade 2.\n'
                  '\n'
                  'Motif: chirurgie.\n'),
                 {'L': '-', 'R': 'M'}, id='fr08'),
    pytest.param(('[Translation from French]\n'
                  'Centre Hospitalier Universitaire - Réunion de concertation\n'
                  '\n'
                  'RECTIFICATIF [Correction] du 15/03/2026:\n'
                  'Le prélèvement provient du sein DROIT, et non du sein gauche comme ind'
                  'iqué initialement [the specimen comes from the RIGHT breast, not the l'
                  'eft as first stated].\n'
                  '\n'
                  'Compte rendu initial H26-1033 (09/03/2026), conclusion et commentaire '
                  ':\n'
                  'Sein gauche, microbiopsies : adénose sclérosante [sclerosing adenosis]'
                  '. Pas de lésion atypique.\n'
                  'Concordance radio-histologique satisfaisante.\n'),
                 {'L': '-', 'R': 'B'}, id='fr09'),
    pytest.param(('ANATOMIE ET CYTOLOGIE PATHOLOGIQUES - Laboratoire Pasteur-Sud\n'
                  'Compte rendu n° H26-2011\n'
                  '\n'
                  'Renseignements cliniques :\n'
                  'Antécédent de tumorectomie gauche en 2024.\n'
                  'Compte rendu initial H24-0331 (14/02/2024), conclusion : carcinome can'
                  'alaire infiltrant du sein gauche, grade II, traité.\n'
                  'Nouvelle masse du sein droit, ACR 4.\n'
                  '\n'
                  'Macroscopie : trois carottes biopsiques de 15 mm.\n'
                  '\n'
                  'Conclusion :\n'
                  'Sein droit, microbiopsies : adénose sclérosante. Absence de malignité.'
                  '\n'),
                 {'L': '-', 'R': 'B'}, id='fr10'),
    pytest.param(('[Translation from French]\n'
                  'Hôpital de la Croix - Dossier de transfert\n'
                  '\n'
                  'RECTIFICATIF [Correction] du 15/03/2026:\n'
                  'Le prélèvement provient du sein DROIT, et non du sein gauche comme ind'
                  'iqué initialement [the specimen comes from the RIGHT breast, not the l'
                  'eft as first stated].\n'
                  '\n'
                  'Compte rendu initial H26-133 (02/03/2026), examen macroscopique :\n'
                  'Trois carottes biopsiques de 12 à 16 mm, sein gauche, incluses en tota'
                  'lité.\n'
                  '\n'
                  'Motif: avis chirurgical.\n'),
                 {'L': '-', 'R': '-'}, id='fr11'),
    pytest.param(("Laboratoire d'anatomie pathologique Bichat-Est\n"
                  'RECTIFICATIF du 18/03/2026 au compte rendu H26-880\n'
                  '\n'
                  'Compte rendu initial H26-880 (10/03/2026), conclusion erronée :\n'
                  'Sein droit, microbiopsie : carcinome canalaire in situ de bas grade.\n'
                  '\n'
                  'Conclusion rectifiée (remplace la précédente) :\n'
                  'Sein droit, microbiopsie : hyperplasie canalaire atypique. Absence de '
                  'carcinome in situ après recoupes et immunohistochimie (CK5/6, RE).\n'),
                 {'L': '-', 'R': 'B'}, id='fr12',
                 marks=pytest.mark.xfail(strict=True, reason=("review fr12 (french): read {'L': '-', 'R': 'BM'}; "
                                                          "older behaviour: '..., conclusion erronée :' is no"
                                                          " heading and the 'Conclusion rectifiée (remplace l"
                                                          "a précédente)' does not replace the first conclusi"
                                                          "on (BM also with a plain '..., conclusion :' headi"
                                                          'ng, in OLD and NEW)'))),
    pytest.param(('[Translation from French]\n'
                  'COMPLÉMENT [Supplementary report] du 12/04/2026 - H26-133\n'
                  '\n'
                  'Compte rendu initial H26-133 (02/04/2026), conclusion : carcinome cana'
                  'laire infiltrant du sein gauche, grade II.\n'
                  '\n'
                  'Complément : HER2 score 3+ [HER2 score 3+]; RE 80 %, RP 40 %.\n'
                  'Conclusion inchangée [conclusion unchanged].\n'),
                 {'L': 'M', 'R': '-'}, id='fr13'),
    pytest.param(('Laboratoire de pathologie Jean-Bernard\n'
                  'RECTIFICATIF du 21/03/2026\n'
                  '\n'
                  'Le grade SBR est II et non III comme indiqué dans le compte rendu init'
                  'ial [the SBR grade is II, not III as stated].\n'
                  '\n'
                  'Compte rendu initial H26-502 (16/03/2026), conclusion :\n'
                  'Sein gauche, microbiopsie : carcinome canalaire infiltrant, grade SBR '
                  'III.\n'),
                 {'L': 'M', 'R': '-'}, id='fr14'),
    pytest.param(('[Translation from French]\n'
                  'Clinique Sainte-Anne - Oncologie\n'
                  'Fiche de liaison\n'
                  '\n'
                  'RECTIFICATIF du 14/03/2026: le prélèvement n° 2 (ganglion) provient de'
                  " l'aisselle DROITE, et non de l'aisselle gauche [specimen no. 2 (node)"
                  ' is from the RIGHT axilla, not the left].\n'
                  '\n'
                  'Compte rendu initial H26-277 (09/03/2026), conclusion :\n'
                  '1. Sein gauche, microbiopsie : carcinome canalaire infiltrant, grade I'
                  'I.\n'
                  "2. Ganglion axillaire gauche, cytoponction : métastase d'un carcinome."
                  '\n'),
                 {'L': 'M', 'R': '-'}, id='fr15'),
    pytest.param(('Centre hospitalier de Valbonne - Sénologie\n'
                  '\n'
                  'Compte rendu initial H26-590 (20/03/2026), renseignements cliniques :\n'
                  'Masse du sein gauche de 2 cm, ACR 5, suspicion de carcinome.\n'
                  '\n'
                  'Résultat en attente [result awaited].\n'),
                 {'L': '-', 'R': '-'}, id='fr16'),
    pytest.param(("Laboratoire d'anatomie pathologique Lumière\n"
                  'Compte rendu H26-1402 - COMPLÉMENT\n'
                  '\n'
                  'Compte rendu initial H26-1402 (25/02/2026), conclusion :\n'
                  'Sein droit, microbiopsie : hyperplasie canalaire atypique.\n'
                  '\n'
                  'Nouvelle conclusion après relecture collégiale :\n'
                  'Sein droit, microbiopsie : carcinome canalaire in situ de bas grade, d'
                  'e type cribriforme.\n'),
                 {'L': '-', 'R': 'M'}, id='fr17',
                 marks=pytest.mark.xfail(strict=True, reason=("review fr17 (french): read {'L': '-', 'R': 'BM'}; "
                                                          "older behaviour: 'Nouvelle conclusion après relect"
                                                          "ure collégiale :' is no heading (a bare 'Nouvelle "
                                                          "conclusion :' gives R M in both)"))),
    pytest.param(('[Translation from French]\n'
                  'Hôpital Cochin-Ouest - Dossier de transfert\n'
                  '\n'
                  'RECTIFICATIF [Correction] du 15/03/2026:\n'
                  'Le prélèvement provient du sein DROIT, et non du sein gauche comme ind'
                  'iqué initialement [the specimen comes from the RIGHT breast, not the l'
                  'eft as first stated].\n'
                  '\n'
                  'Pour mémoire, le compte rendu initial H26-133 (02/03/2026), conclusion'
                  ' : "Sein gauche, microbiopsies: carcinome canalaire infiltrant, grade '
                  'II."\n'
                  '\n'
                  'Motif: prise en charge chirurgicale.\n'),
                 {'L': '-', 'R': 'M'}, id='fr18',
                 marks=pytest.mark.xfail(strict=True, reason=("review fr18 (french): read {'L': 'M', 'R': '-'}; o"
                                                          "lder behaviour: the first report's conclusion quot"
                                                          "ed in a running sentence ('Pour mémoire, le compte"
                                                          ' rendu initial ..., conclusion : "..."\') is not mo'
                                                          'ved by the correction; on its own line, opening it'
                                                          's paragraph, it reads R M'))),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Accession: S26-10442    Collected: 02/03/2026\n'
                  '\n'
                  "CLINICAL HISTORY: 56-year-old woman, left breast mass at 2 o'clock, BI"
                  '-RADS 5.\n'
                  '\n'
                  "SPECIMEN: Left breast, 2 o'clock, ultrasound-guided core biopsy (4 cor"
                  'es).\n'
                  '\n'
                  'GROSS DESCRIPTION: Four tan cores, 1.2 to 1.8 cm, entirely submitted i'
                  'n A1.\n'
                  '\n'
                  'MICROSCOPIC DESCRIPTION: Infiltrating nests and cords of tumour cells '
                  'with moderate pleomorphism; tubule formation <10%; mitoses 8/10 HPF.\n'
                  '\n'
                  'FINAL DIAGNOSIS:\n'
                  "Left breast, 2 o'clock, core biopsy: invasive ductal carcinoma, grade "
                  '2 (Nottingham 3+2+2 = 7).\n'
                  'ER positive (95%), PR positive (60%), HER2 negative (1+).\n'),
                 {'L': 'M', 'R': '-'}, id='or01'),
    pytest.param(('ANATOMIE ET CYTOLOGIE PATHOLOGIQUES\n'
                  'Compte rendu n° H26-3321 du 08/04/2026\n'
                  '\n'
                  'Renseignements cliniques : nodule du sein droit, 15 mm, ACR 3, augment'
                  'ation de taille.\n'
                  '\n'
                  'Macroscopie : quatre carottes biopsiques de 10 à 14 mm.\n'
                  '\n'
                  'Microscopie : prolifération fibro-épithéliale à stroma peu cellulaire,'
                  ' sans atypie.\n'
                  '\n'
                  'Conclusion :\n'
                  'Sein droit, microbiopsies : adénofibrome. Absence de lésion atypique o'
                  'u maligne.\n'),
                 {'L': '-', 'R': 'B'}, id='or02'),
    pytest.param(('HISTOPATHOLOGY REPORT\n'
                  'Lab No: H26/05518\n'
                  '\n'
                  'Clinical details: Bilateral reduction mammoplasty.\n'
                  '\n'
                  'Macroscopy: A. Right breast reduction, 412 g. B. Left breast reduction'
                  ', 388 g.\n'
                  '\n'
                  'Microscopy: Both specimens show fibrofatty breast tissue. A section fr'
                  'om B contains a 6 mm circumscribed fibroepithelial lesion with intraca'
                  'nalicular pattern.\n'
                  '\n'
                  'Conclusion:\n'
                  'A. Right breast reduction: benign breast tissue with mild fibrocystic '
                  'change.\n'
                  'B. Left breast reduction: fibroadenoma, 6 mm, in otherwise unremarkabl'
                  'e breast tissue.\n'),
                 {'L': 'B', 'R': '-'}, id='or03'),
    pytest.param(('OUTSIDE CONSULTATION REPORT\n'
                  'Maple Crest Medical Center, Department of Pathology\n'
                  '\n'
                  'Referring institution: Dunmore Community Hospital (case DC26-774)\n'
                  '\n'
                  'Outside diagnosis: Right breast, core biopsy: atypical ductal hyperpla'
                  'sia.\n'
                  '\n'
                  'MAPLE CREST REVIEW DIAGNOSIS:\n'
                  'Right breast, core biopsy: ductal carcinoma in situ, low grade, cribri'
                  'form type.\n'
                  '\n'
                  'Comment: The atypical proliferation involves more than two duct spaces'
                  ' and measures over 2 mm.\n'),
                 {'L': '-', 'R': 'M'}, id='or04'),
    pytest.param(('BREAST CARE NURSE - TELEPHONE RESULTS CLINIC\n'
                  'Westmoor Hospital\n'
                  '\n'
                  'Dear Dr Sorensen,\n'
                  'I spoke to Mrs Lyle today with her results. The biopsy report reads: "'
                  "Left breast, 3 o'clock, core: intraductal papilloma without atypia. No"
                  ' malignancy."\n'
                  'She was relieved; she had been convinced it was cancer as her mother h'
                  'ad breast cancer.\n'
                  'Plan: discussed at MDT; vacuum excision offered.\n'
                  '\n'
                  'Kind regards,\n'
                  'S. Moreau, Breast Care Nurse Specialist\n'),
                 {'L': 'B', 'R': '-'}, id='or05'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Specimens:\n'
                  'A. Right breast, mastectomy\n'
                  'B. Right axillary sentinel lymph node\n'
                  '\n'
                  'FINAL DIAGNOSIS:\n'
                  'A. Right breast, simple mastectomy: invasive lobular carcinoma, classi'
                  'c type, 34 mm, grade 2. Lobular carcinoma in situ. Margins clear (clos'
                  'est 6 mm, deep).\n'
                  'B. Right axillary sentinel lymph node: one of two nodes with a microme'
                  'tastasis (1.2 mm).\n'
                  'pT2 pN1mi(sn).\n'),
                 {'L': '-', 'R': 'BM'}, id='or06'),
    pytest.param(('CARDIO-ONCOLOGY ECHOCARDIOGRAPHY - BASELINE\n'
                  'Pinecrest Heart & Vascular Centre\n'
                  'Study date: 16/03/2026     Indication: before epirubicin and trastuzum'
                  'ab\n'
                  '\n'
                  'Clinical summary (oncology referral; histology quoted):\n'
                  '"Left breast, 1 o\'clock, US-guided core: invasive carcinoma NST, grade'
                  ' 3, HER2 positive (3+)."\n'
                  'Other history: asthma. Non-smoker.\n'
                  '\n'
                  'ECHO FINDINGS\n'
                  'LV normal size; LVEF 62% (biplane). GLS -21%. Valves normal. No effusi'
                  'on.\n'
                  'Conclusion: normal baseline study.\n'),
                 {'L': 'M', 'R': '-'}, id='cx01'),
    pytest.param(('CARDIO-ONCOLOGY PRE-TREATMENT ASSESSMENT FORM\n'
                  'Harlow Vale NHS Trust - Cardiology\n'
                  '\n'
                  'Patient: KOWALSKA, M     Date 24/02/2026\n'
                  '\n'
                  'Section 1 - Cancer details\n'
                  '  Histopathology (verbatim): "Right breast, 6 o\'clock, core biopsy: in'
                  'vasive lobular carcinoma, classic type,\n'
                  '  grade 2. ER positive. HER2 positive (ISH amplified)."\n'
                  '  Planned: docetaxel/carboplatin/trastuzumab.\n'
                  'Section 2 - Cardiovascular\n'
                  '  BP 132/84. LVEF 59%. Troponin normal.\n'),
                 {'L': '-', 'R': 'M'}, id='cx02'),
    pytest.param(('PREHABILITATION PROGRAMME - PHYSIOTHERAPY INTAKE\n'
                  'Fenwick Community Hospital\n'
                  'Date: 04/02/2026\n'
                  '\n'
                  'Background:\n'
                  '  Histology (copied verbatim from EPR, 03/02/2026): "Left breast, vacu'
                  'um-assisted biopsy: ductal carcinoma in situ, high grade, comedo type.'
                  '"\n'
                  '  For left mastectomy and immediate reconstruction on 02/03/2026.\n'
                  'Assessment:\n'
                  '  Full shoulder ROM. 30-second sit-to-stand: 14.\n'
                  'Plan: aerobic programme 3x/week until surgery.\n'),
                 {'L': 'M', 'R': '-'}, id='cx03'),
    pytest.param(('SOCIAL WORK ASSESSMENT - BREAST SERVICE\n'
                  'Larchmont General Hospital\n'
                  'Date: 12/03/2026\n'
                  '\n'
                  'Medical background:\n'
                  '  Histology (verbatim): "Right breast, 10 o\'clock, vacuum biopsy: intr'
                  'aductal papilloma without atypia. No malignancy."\n'
                  '  Awaiting vacuum excision.\n'
                  'Social situation:\n'
                  '  Lives alone; daughter abroad. Anxious about the procedure and financ'
                  'es.\n'
                  'Plan: transport grant application; follow up by phone.\n'),
                 {'L': '-', 'R': 'B'}, id='cx04'),
    pytest.param(('ONCOLOGY DIETETICS - INITIAL ASSESSMENT\n'
                  'Sutton Park Hospital\n'
                  'Date: 26/01/2026\n'
                  '\n'
                  'Clinical history:\n'
                  '  Pathology (verbatim, LIS): "A. Left breast core: invasive ductal car'
                  'cinoma, grade 2. B. Right breast core: fibroadenoma."\n'
                  '  For neoadjuvant chemotherapy to the left breast cancer.\n'
                  'Anthropometry: weight 64 kg, BMI 23. No weight loss.\n'
                  'Plan: nutrition advice during chemotherapy.\n'),
                 {'L': 'M', 'R': 'B'}, id='cx05'),
    pytest.param(('BASELINE ECHOCARDIOGRAPHY BEFORE TRASTUZUMAB\n'
                  'Cardiology Department - Cardio-Oncology Service, Beacon Hill Hospital\n'
                  'Date: 07/03/2026\n'
                  '\n'
                  'Oncology history:\n'
                  '  Histology (from pathology report, verbatim): "Left breast, 3 o\'clock'
                  ', core biopsy: invasive carcinoma\n'
                  '  of no special type, grade 2, with associated DCIS. HER2 positive (IH'
                  'C 3+)."\n'
                  '  Surgery planned after neoadjuvant TCHP.\n'
                  'Echo: LVEF 61%, GLS -20%. Normal diastolic function.\n'
                  'Conclusion: normal baseline.\n'),
                 {'L': 'M', 'R': '-'}, id='cx06'),
    pytest.param(('[Translation from French]\n'
                  'CARDIO-ONCOLOGIE - Consultation avant traitement\n'
                  'Centre Hospitalier de Belmont\n'
                  '\n'
                  'Antécédents oncologiques [oncological history]:\n'
                  '  Histology (verbatim, compte rendu H26-442): "Sein gauche [left breas'
                  't], microbiopsie: carcinome canalaire infiltrant [invasive ductal carc'
                  'inoma], grade III, HER2 3+."\n'
                  '  Chimiothérapie néoadjuvante prévue [neoadjuvant chemotherapy planned'
                  '].\n'
                  'Échocardiographie: FEVG 60 %.\n'
                  'Conclusion: pas de contre-indication cardiaque [no cardiac contraindic'
                  'ation].\n'),
                 {'L': 'M', 'R': '-'}, id='cx07'),
    pytest.param(('EXERCISE ONCOLOGY SERVICE - ENTRY ASSESSMENT\n'
                  'Riverbend Cancer Centre\n'
                  'Date: 18/02/2026\n'
                  '\n'
                  'Referral information:\n'
                  '  Histology (from the surgical pathology report, verbatim): "Right bre'
                  'ast, wide local excision: invasive tubular carcinoma, 9 mm, grade 1. M'
                  'argins clear."\n'
                  '  Adjuvant radiotherapy planned.\n'
                  'Fitness: VO2 estimate 24 ml/kg/min.\n'
                  'Plan: supervised resistance training twice weekly.\n'),
                 {'L': '-', 'R': 'M'}, id='cx08'),
    pytest.param(('TRANSTHORACIC ECHOCARDIOGRAM\n'
                  'Wexford Road Hospital - Cardiac Investigations\n'
                  'Date: 02/03/2026\n'
                  '\n'
                  'Clinical details:\n'
                  '  Histology (verbatim): "Left breast, core biopsy: invasive ductal car'
                  'cinoma, grade 3."\n'
                  '  Baseline before anthracycline.\n'
                  'Findings: LVEF 63%. Normal valves.\n'
                  'Conclusion: normal study.\n'),
                 {'L': '-', 'R': '-'}, id='cx09'),
    pytest.param(('CARDIO-ONCOLOGY LATE EFFECTS CLINIC\n'
                  'Northgate University Hospital\n'
                  'Date: 09/02/2026\n'
                  '\n'
                  'Oncology history:\n'
                  '  Histology (2016, verbatim): "Right breast, mastectomy: invasive duct'
                  'al carcinoma, grade 3, 41 mm."\n'
                  '  Epirubicin 2016; trastuzumab 2016-17. Disease-free since.\n'
                  'Echo today: LVEF 50%, GLS -15.5%.\n'
                  'Plan: start candesartan; repeat in 6 months.\n'),
                 {'L': '-', 'R': '-'}, id='cx10'),
    pytest.param(('CARDIO-ONCOLOGY CLINIC - HER2 THERAPY REVIEW\n'
                  'Kingsbridge Hospital\n'
                  'Date: 23/03/2026\n'
                  '\n'
                  'Oncology history:\n'
                  '  Histology (at first diagnosis, verbatim): "Left breast, wide local e'
                  'xcision: invasive ductal carcinoma, grade 3, 22 mm."\n'
                  '  Now bone and liver metastases (01/2026), HER2 positive on liver biop'
                  'sy; for trastuzumab deruxtecan.\n'
                  'Echo: LVEF 56%.\n'
                  'Plan: 3-monthly echo.\n'),
                 {'L': '-', 'R': '-'}, id='cx11'),
    pytest.param(('PSYCHOSOCIAL ONCOLOGY ASSESSMENT\n'
                  'Elmhurst Cancer Wellbeing Service\n'
                  'Date: 15/03/2026\n'
                  '\n'
                  'Background:\n'
                  '  Histology (patient\'s own words, verbatim): "it\'s a cancer in my righ'
                  't breast and it\'s spread to the glands"\n'
                  '  Not yet seen the oncologist; results letter awaited.\n'
                  'Mood: PHQ-9 14. Sleep poor.\n'
                  'Plan: weekly support sessions.\n'),
                 {'L': '-', 'R': '-'}, id='cx12'),
    pytest.param(('ENDOMYOCARDIAL BIOPSY - HISTOPATHOLOGY REPORT\n'
                  "Requesting service: Cardio-Oncology, Queen's Park Hospital\n"
                  'Lab no: EMB26-0067\n'
                  '\n'
                  'Clinical history:\n'
                  '  Histology (breast core, verbatim): "Left breast, core biopsy: invasi'
                  've ductal carcinoma, grade 3, HER2 positive."\n'
                  '  LVEF fell from 60% to 35% on trastuzumab. ?Myocarditis.\n'
                  '\n'
                  'Microscopy: myocardium with mild interstitial fibrosis; no inflammatio'
                  'n; Congo red negative.\n'
                  '\n'
                  'Diagnosis: Endomyocardial biopsy: non-specific changes. No myocarditis'
                  '. No amyloid.\n'),
                 {'L': '-', 'R': '-'}, id='cx13'),
    pytest.param(('CARDIO-ONCOLOGY BASELINE - HAEMATOLOGY REFERRAL\n'
                  'Stanmore Heart Unit\n'
                  'Date: 01/03/2026\n'
                  '\n'
                  'Oncology history:\n'
                  '  Histology (from pathology report, verbatim): "Right axillary lymph n'
                  'ode, excision: follicular lymphoma, grade 3A."\n'
                  '  For R-CHOP.\n'
                  'Echo: LVEF 58%.\n'
                  'Plan: proceed.\n'),
                 {'L': '-', 'R': '-'}, id='cx14'),
    pytest.param(('CARDIO-ONCOLOGY CLINIC NOTE\n'
                  'Eastgate General Hospital\n'
                  'Date: 14/03/2026\n'
                  '\n'
                  'Oncology history:\n'
                  '  Histology (from referral letter): "Right breast, core: invasive duct'
                  'al carcinoma, grade 2, HER2 positive."\n'
                  '  For paclitaxel and trastuzumab.\n'
                  'Echo: LVEF 60%.\n'
                  'Plan: 3-monthly surveillance.\n'),
                 {'L': '-', 'R': '-'}, id='cx15'),
    pytest.param(('CARDIO-ONCOLOGY RISK ASSESSMENT\n'
                  'Highfield Hospital Cardiology\n'
                  'Date: 20/02/2026\n'
                  '\n'
                  'Oncology history:\n'
                  '  Histology (from pathology report, verbatim): "Left breast, core: inv'
                  'asive carcinoma NST, grade 2, HER2 positive.\n'
                  '  For TCHP.\n'
                  'Cardiovascular: hypertension, LVEF 57%.\n'
                  'Plan: ACE inhibitor; 3-monthly echo.\n'),
                 {'L': '-', 'R': '-'}, id='cx16'),
    pytest.param(('HISTOPATHOLOGY REPORT\n'
                  'Lab no: H26-08812\n'
                  '\n'
                  'Clinical history:\n'
                  '  Histology (referral, verbatim): "Right breast, core: atypical ductal'
                  ' hyperplasia."\n'
                  '  Right breast excision done elsewhere. Now left breast lump, ?fibroad'
                  'enoma.\n'
                  '\n'
                  'Specimen: Left breast lump, excision.\n'
                  '\n'
                  'DIAGNOSIS:\n'
                  'Left breast, excision: fibroadenoma, 19 mm. No atypia.\n'),
                 {'L': 'B', 'R': '-'}, id='cx17'),
    pytest.param(('PHYSIOTHERAPY - BREAST CANCER REHABILITATION\n'
                  'Ashdown Hospital\n'
                  'Date: 05/03/2026\n'
                  '\n'
                  'History:\n'
                  '  Histology (previous report, verbatim): "Left breast, mastectomy: inv'
                  'asive lobular carcinoma, grade 2."\n'
                  '  Left mastectomy 2020; now cording and reduced shoulder flexion after'
                  ' new axillary surgery.\n'
                  'Shoulder flexion 120 degrees.\n'
                  'Plan: stretching programme.\n'),
                 {'L': '-', 'R': '-'}, id='cx18',
                 marks=pytest.mark.xfail(strict=True, reason=("review cx18 (cardio): read {'L': 'M', 'R': '-'}; o"
                                                          "lder behaviour: the title 'PHYSIOTHERAPY - BREAST "
                                                          "CANCER REHABILITATION' labels the left breast (wit"
                                                          "h 'BREAST REHABILITATION' it reads -); the 'previo"
                                                          "us report' lead-in itself stays history"))),
    pytest.param(('CARDIOLOGY OUTPATIENT RECORD\n'
                  'Maple Lane Hospital\n'
                  'Clinic: Dr R. Sandhu\n'
                  'Seen in the joint cardio-oncology clinic, 11/03/2026.\n'
                  '\n'
                  'Oncology history:\n'
                  '  Histology (from pathology report, verbatim): "Right breast, core bio'
                  'psy: invasive ductal carcinoma, grade 3, HER2 positive."\n'
                  'Echo: LVEF 61%.\n'
                  'Plan: proceed with trastuzumab.\n'),
                 {'L': '-', 'R': '-'}, id='cx19'),
    pytest.param(('CARDIO-ONCOLOGY BASELINE ASSESSMENT\n'
                  'Thornfield Hospital Cardiology\n'
                  'Date: 27/02/2026\n'
                  '\n'
                  'Oncology history:\n'
                  '  Past: left breast DCIS 2012, lumpectomy and left-sided radiotherapy.'
                  '\n'
                  '  Histology (current, verbatim): "Right breast, 8 o\'clock, core biopsy'
                  ': invasive ductal carcinoma, grade 2, HER2 positive."\n'
                  'Echo: LVEF 58%. Mild LVH.\n'
                  'Plan: proceed with trastuzumab; 3-monthly echo.\n'),
                 {'L': '-', 'R': 'M'}, id='cx20'),
    pytest.param(('Breast Imaging Department - Fairlight Hospital\n'
                  '\n'
                  'Dear Dr Sahota,\n'
                  "Re: radiology-pathology concordance, right breast 11 o'clock.\n"
                  'Your report reads "Right breast, 11 o\'clock, core: atypical ductal hyp'
                  'erplasia." The lesion was a 7 mm cluster of pleomorphic calcifications'
                  ' (M4).\n'
                  '\n'
                  'Conclusion: concordant B3 result; for vacuum excision as per MDT.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr K. Holloway, Consultant Radiologist\n'),
                 {'L': '-', 'R': 'B'}, id='cl21'),
    pytest.param(('Breast MDT Office - Corran Valley Hospital\n'
                  '\n'
                  'Dear Dr Nwosu,\n'
                  'Thank you for presenting the case at the meeting on 03/03/2026. Your r'
                  'eport states "Left breast, core biopsy: benign phyllodes tumour".\n'
                  '\n'
                  'SUMMARY OF MDT DISCUSSION:\n'
                  'For wide local excision with a 1 cm margin.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'A. Briggs, MDT Coordinator\n'),
                 {'L': 'M', 'R': '-'}, id='cl22'),
    pytest.param(('[Translation from French]\n'
                  'Fiche RCP sénologie - Hôpital Saint-Roch\n'
                  'Date: 10/03/2026\n'
                  '\n'
                  'Antécédents [history]:\n'
                  'Compte rendu initial H21-0456 (12/05/2021), conclusion : sein droit, c'
                  'arcinome canalaire in situ, exérèse complète.\n'
                  '\n'
                  'Histologie actuelle [current histology] (H26-1100, 04/03/2026):\n'
                  'Sein gauche, microbiopsie : adénofibrome [fibroadenoma].\n'
                  '\n'
                  'Proposition: surveillance.\n'),
                 {'L': 'B', 'R': '-'}, id='fr19'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
