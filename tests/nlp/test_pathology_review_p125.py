"""Review p125 of the pathology rules for b125-b126 (a599161), pinned after their narrowing.

The review read 165 texts (148 written and labelled from the guide before either revision was run, 17 marked
added_after_first_run, written after the first run to probe what it found): near misses of the fourteen rules and 15
ordinary reports. Against 687a0f0 it found 17 over-reaches and 4 texts newly wrong another way (E01-E21); the rules as
written read 121 as labelled. After narrowing them to positive evidence (a version dropped by its own status only; a
relative "deceased of / from" over its own object; no wrap over a sided specimen, part or diagnosis line; a translated
own-account section ended by the next glossed section line and "[PATIENT HISTORY]" left out; no pass-over to a removed
breast; the bilateral stop only before one breast's clause; transposed parts moved only where each stated part is
printed, run-in parts read; a pasted result of the letter's own time, ended by its indentation; the orbit, nasal
cavity, testis and paratesticular sites as other organs; "most of these turn out to be" told or general, over its own
object), 144 read as labelled: every over-reach and newly wrong text is mended. Each right text must keep reading as
labelled; the 21 still wrong (under-reaches and older behaviour) are strict xfails, each with its reading and reason."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Accession: NP26-00871        Received: 01/27/2026\n'
                  "Specimen: Right breast, 11 o'clock, ultrasound-guided core biopsy (14G"
                  ' x 4)\n'
                  '\n'
                  'V2 AMENDED DIAGNOSIS (02/04/2026):\n'
                  "Right breast, 11 o'clock, core biopsy: Cellular fibroadenoma. Deeper l"
                  'evels show no stromal overgrowth, no\n'
                  'leaf-like architecture and no mitotic activity.\n'
                  '\n'
                  'V1 FINAL DIAGNOSIS (01/29/2026) (replaced by version 2):\n'
                  "Right breast, 11 o'clock, core biopsy: Benign phyllodes tumour.\n"
                  '\n'
                  'Electronically signed by: R. Castellanos, MD'),
                 {'L': '-', 'R': 'B'}, id='r1_01'),
    pytest.param(('BREAST PATHOLOGY - CUMULATIVE REPORT\n'
                  'PATIENT: [REDACTED]   MRN: 00412977   ACCESSION: BX26-1182\n'
                  '\n'
                  '---- v1 FINAL DIAGNOSIS (2026-03-02) - RETRACTED ----\n'
                  "LEFT BREAST, 2 O'CLOCK, STEREOTACTIC CORE BIOPSY: DUCTAL CARCINOMA IN "
                  'SITU, INTERMEDIATE NUCLEAR GRADE,\n'
                  'CRIBRIFORM PATTERN, WITH CALCIFICATIONS.\n'
                  '\n'
                  '---- v2 FINAL DIAGNOSIS (2026-03-05) ----\n'
                  "LEFT BREAST, 2 O'CLOCK, STEREOTACTIC CORE BIOPSY: ATYPICAL DUCTAL HYPE"
                  'RPLASIA WITH CALCIFICATIONS.\n'
                  'COMMENT: ON REVIEW WITH ER AND CK5/6 THE ATYPICAL PROLIFERATION MEASUR'
                  'ES 1.8 MM IN AGGREGATE AND FALLS SHORT OF\n'
                  'DCIS. SURGICAL EXCISION IS RECOMMENDED.'),
                 {'L': 'B', 'R': '-'}, id='r1_02'),
    pytest.param(('Breast Pathology - report history (2 versions)\n'
                  'Lab no. HW26/00318    Consultant: Dr I. Nakamura\n'
                  '\n'
                  'V1 FINAL DIAGNOSIS (12/02/2026) (superseded by V2):\n'
                  "A. Left breast, 3 o'clock, vacuum-assisted biopsy: Invasive lobular ca"
                  'rcinoma, classic type, grade 2.\n'
                  '\n'
                  'V2 REVISED DIAGNOSIS (17/02/2026):\n'
                  "A. Left breast, 3 o'clock, vacuum-assisted biopsy: Lobular carcinoma i"
                  'n situ, classic type, with atypical lobular\n'
                  'hyperplasia. No invasive carcinoma is identified on E-cadherin, p120 a'
                  'nd deeper levels.\n'
                  'Reason for revision: on deeper levels the focus is LCIS involving scle'
                  'rosing adenosis.'),
                 {'L': 'B', 'R': '-'}, id='r1_03'),
    pytest.param(("ST. AIDAN'S LABORATORY - CUMULATIVE PATHOLOGY REPORT\n"
                  "Case SA26-4410    Right breast lump 9 o'clock, core x3    Requested by"
                  ': Breast Unit B\n'
                  '\n'
                  'V2 CORRECTED DIAGNOSIS (03/11/2026):\n'
                  "Right breast, 9 o'clock, core biopsy: Fibroadenoma with usual ductal h"
                  'yperplasia. No atypia.\n'
                  '\n'
                  'V1 FINAL DIAGNOSIS (03/09/2026) - WITHDRAWN:\n'
                  "Right breast, 9 o'clock, core biopsy: Invasive ductal carcinoma, grade"
                  ' 1.\n'
                  '(Slides of another patient were attached to this case in error; see in'
                  'cident report IR-0311.)'),
                 {'L': '-', 'R': 'B'}, id='r1_04'),
    pytest.param(('Final report - version 2 of 2       Accession S26-02214\n'
                  'V2 FINAL DIAGNOSIS (05/02/2026):\n'
                  '1. Left breast, wide local excision: Invasive ductal carcinoma, NST, g'
                  'rade 2, 16 mm; margins clear (closest 4 mm,\n'
                  '   superior).\n'
                  "2. Right breast, excision biopsy 6 o'clock: Intraductal papilloma, 7 m"
                  'm. No atypia.\n'
                  'V1 Final Diagnosis (02/02/2026) (replaced by version 2):\n'
                  '1. Left breast, wide local excision: Invasive ductal carcinoma, NST, g'
                  'rade 2, 16 mm; margins clear.\n'
                  "2. Right breast, excision biopsy 6 o'clock: Intraductal papilloma with"
                  ' ductal carcinoma in situ, low grade.\n'
                  'Reason for version 2: part 2 re-reviewed with CK5/6 and ER; the prolif'
                  'eration is usual hyperplasia.'),
                 {'L': 'M', 'R': 'B'}, id='r1_05'),
    pytest.param(('Breast core biopsy - amended report        Accession: CB26-00417\n'
                  "Specimen: Right breast, 12 o'clock, stereotactic vacuum biopsy for cal"
                  'cifications.\n'
                  '\n'
                  'V1 FINAL DIAGNOSIS (01/14/2026) (replaced by version 2):\n'
                  "Right breast, 12 o'clock, vacuum biopsy: Ductal carcinoma in situ, low"
                  ' grade, with calcifications.\n'
                  '\n'
                  'V2 AMENDED DIAGNOSIS (01/20/2026) (DCIS withdrawn):\n'
                  "Right breast, 12 o'clock, vacuum biopsy: Atypical ductal hyperplasia w"
                  'ith calcifications. Excision is recommended.\n'
                  'Reason: consensus review; the lesion is below the size threshold for D'
                  'CIS.'),
                 {'L': '-', 'R': 'B'}, id='r1_n1'),
    pytest.param(('Ridgeway Pathology Associates\n'
                  'Patient: [REDACTED]     DOB: [REDACTED]     Accession: RP26-1133\n'
                  "Clinical: Left breast mass 4 o'clock, BI-RADS 5.\n"
                  '\n'
                  'V1 FINAL DIAGNOSIS (02/26/2026):\n'
                  "Left breast, 4 o'clock, ultrasound-guided core biopsy: Invasive ductal"
                  ' carcinoma, grade 3 (Nottingham 3+3+2).\n'
                  'Lymphovascular invasion not identified. ER negative (0%), PR negative '
                  '(0%), HER2 (IHC) 3+.\n'
                  '\n'
                  'Electronically signed: A. Moreau, MD, 02/26/2026 16:40'),
                 {'L': 'M', 'R': '-'}, id='r1_n2'),
    pytest.param(('Lakeshore Regional Laboratory - surgical pathology\n'
                  'Accession LR26-00755\n'
                  '\n'
                  'V1 FINAL DIAGNOSIS (01/23/2026) (this report replaced the preliminary '
                  'report of 01/21/2026):\n'
                  'Left breast, lumpectomy: Invasive lobular carcinoma, classic type, 22 '
                  'mm, grade 2. Margins negative (closest 3 mm,\n'
                  'anterior). Lobular carcinoma in situ, classic type, adjacent.\n'
                  '\n'
                  'Preliminary report (01/21/2026): frozen section deferred; diagnosis to'
                  ' follow on permanent sections.'),
                 {'L': 'BM', 'R': '-'}, id='r1_n3'),
    pytest.param(('Amended pathology report - laterality correction\n'
                  'Accession BR26-01902\n'
                  '\n'
                  'V2 CORRECTED DIAGNOSIS (04/03/2026) (supersedes V1):\n'
                  "Left breast, 1 o'clock, core biopsy: Sclerosing adenosis with microcal"
                  'cifications. No atypia.\n'
                  '\n'
                  'V1 FINAL DIAGNOSIS (02/03/2026) (superseded by V2):\n'
                  "Right breast, 1 o'clock, core biopsy: Sclerosing adenosis with microca"
                  'lcifications. No atypia.\n'
                  '\n'
                  'Reason for correction: the requisition and the specimen container gave'
                  ' different sides; confirmed with the\n'
                  'radiologist that the biopsy was of the left breast.'),
                 {'L': 'B', 'R': '-'}, id='r1_n4'),
    pytest.param(('Cumulative report - Breast Cancer Pathway\n'
                  'Accession: GW26-03390\n'
                  '\n'
                  'V2 FINAL DIAGNOSIS (09/02/2026) (v1 superseded - HER2 result added):\n'
                  "Right breast, 10 o'clock, core biopsy: Invasive ductal carcinoma, NST,"
                  ' grade 2. ER 8/8, PR 6/8, HER2 IHC 2+, ISH not\n'
                  'amplified (HER2/CEP17 ratio 1.3).\n'
                  '\n'
                  'V1 FINAL DIAGNOSIS (06/02/2026) (superseded):\n'
                  "Right breast, 10 o'clock, core biopsy: Invasive ductal carcinoma, NST,"
                  ' grade 2. ER 8/8, PR 6/8. HER2 to follow.'),
                 {'L': '-', 'R': 'M'}, id='r1_n5'),
    pytest.param(('PATHOLOGY REPORT - VERSION HISTORY\n'
                  'Case: MH26-00641      Site: Left breast lump, excision\n'
                  '\n'
                  'VERSION 2 FINAL DIAGNOSIS (03/03/2026) (replaces version 1, which is w'
                  'ithdrawn):\n'
                  'Left breast, excision biopsy: Fibroadenoma, 24 mm, completely excised.'
                  ' No stromal hypercellularity, no stromal\n'
                  'overgrowth, no increased mitoses.\n'
                  '\n'
                  'VERSION 1 FINAL DIAGNOSIS (27/02/2026) (withdrawn):\n'
                  'Left breast, excision biopsy: Benign phyllodes tumour, 24 mm.'),
                 {'L': 'B', 'R': '-'}, id='r1_n6'),
    pytest.param(('Surgical pathology - amended report        Accession PS26-00930\n'
                  '\n'
                  'V1 FINAL DIAGNOSIS (10/02/2026) (amended - see V2):\n'
                  "Left breast, 10 o'clock, core biopsy: Intraductal papilloma with ducta"
                  'l carcinoma in situ, low grade.\n'
                  '\n'
                  'V2 AMENDED DIAGNOSIS (12/02/2026):\n'
                  "Left breast, 10 o'clock, core biopsy: Intraductal papilloma with usual"
                  ' ductal hyperplasia. The ductal carcinoma in situ\n'
                  'reported in V1 is not confirmed after CK5/6 and ER staining.'),
                 {'L': 'B', 'R': '-'}, id='r1_n7',
                 marks=pytest.mark.xfail(strict=True, reason=("review r1_n7 (1): read {'L': 'BM', 'R': '-'}; V1's"
                                                          " status '(amended - see V2)' names no dropped word"
                                                          '; reading it is a new status wording, not a narrow'
                                                          'ing'))),
    pytest.param(('Translated from French (Centre Hospitalier de Thiès). Pathology reques'
                  't and result.\n'
                  "Request: right breast nodule 15 mm, 10 o'clock, BI-RADS 4a on ultrasou"
                  'nd. Patient 34 years, nulliparous. Mother\n'
                  'deceased of breast cancer at 58 years.\n'
                  'Right breast, ultrasound-guided core biopsy (3 cores): fibroadenoma, p'
                  'ericanalicular type, without atypia.\n'
                  'Pathologist: Dr A. Ndiaye'),
                 {'L': '-', 'R': 'B'}, id='r2_01'),
    pytest.param(('Breast core biopsy report\n'
                  'Information from the referral: 41-year-old, BRCA2 carrier. Sister dece'
                  'ased from metastatic breast carcinoma aged 44.\n'
                  "Screening MRI 01/2026: 6 mm non-mass enhancement, left breast 3 o'cloc"
                  'k.\n'
                  'Left breast, MRI-guided vacuum biopsy: Benign breast tissue with fibro'
                  'cystic change and apocrine metaplasia. No\n'
                  'atypia. Concordant with MRI.'),
                 {'L': '-', 'R': '-'}, id='r2_02'),
    pytest.param(('Stereotactic biopsy - summary sheet\n'
                  'Indication: calcifications left breast upper outer quadrant, 9 mm clus'
                  'ter. Family: grandmother deceased of ovarian\n'
                  'cancer; aunt (maternal) deceased from breast cancer at 60.\n'
                  'Left breast, stereotactic core biopsy: Columnar cell change with calci'
                  'fications. No atypia, no malignancy.\n'
                  'Radiology-pathology correlation: concordant.'),
                 {'L': 'B', 'R': '-'}, id='r2_03'),
    pytest.param(('Translated report (original in French). Hôpital Principal de Dakar - A'
                  'natomie pathologique.\n'
                  'Antécédents familiaux as stated in the request: mother deceased of bre'
                  'ast cancer at 51 years.\n'
                  'Right breast, surgical biopsy of a 25 mm mass: invasive carcinoma of n'
                  'o special type, grade 2 (SBR 2: 3+2+1).\n'
                  'Presence of ductal carcinoma in situ, intermediate grade, 10% of the t'
                  'umour.'),
                 {'L': '-', 'R': 'M'}, id='r2_04'),
    pytest.param(('Clinic summary with result\n'
                  'History: her father deceased from male breast cancer in 2011; paternal'
                  ' cousin with prostate cancer.\n'
                  'Presentation: bloody discharge from a single duct of the left nipple f'
                  'or six weeks.\n'
                  'Left breast, microdochectomy: Intraductal papilloma, 8 mm, without aty'
                  'pia. No carcinoma in situ.'),
                 {'L': 'B', 'R': '-'}, id='r2_05'),
    pytest.param(('AUTOPSY REPORT - FINAL\n'
                  'Clinical summary: 79-year-old woman deceased of metastatic breast carc'
                  'inoma at home; hospital autopsy requested by\n'
                  'the family.\n'
                  'FINAL ANATOMIC DIAGNOSES:\n'
                  '1. Left breast: invasive ductal carcinoma, 45 mm, with skin ulceration'
                  '.\n'
                  '2. Metastatic carcinoma to liver, lungs and thoracic vertebrae.\n'
                  'Cause of death: metastatic breast carcinoma.'),
                 {'L': 'M', 'R': '-'}, id='r2_n1'),
    pytest.param(('Breast clinic - results visit (typed by the clinic nurse)\n'
                  'Social and family: widowed, lives alone; mother deceased from a stroke'
                  " in 2024, the patient's own right breast core biopsy shows a\n"
                  'fibroadenoma; she is relieved.\n'
                  'Plan: discharge to GP with advice.'),
                 {'L': '-', 'R': 'B'}, id='r2_n2'),
    pytest.param(('Referral for surgery - pathology enclosed\n'
                  'Family history: father deceased from prostate cancer aged 70; no breas'
                  't or ovarian cancer in the family.\n'
                  "Left breast, 1 o'clock, core biopsy (12/02/2026): Invasive ductal carc"
                  'inoma, grade 2, ER positive, HER2 negative.\n'
                  'For discussion at MDT on 19/02/2026.'),
                 {'L': 'M', 'R': '-'}, id='r2_n3'),
    pytest.param(('Translated from French (Clinique Les Manguiers, Pointe-Noire).\n'
                  'Antécédents [History]: kystectomie of the right breast in 2017 at the '
                  'regional hospital of\n'
                  "Dolisie (result of the time: simple cyst, per the patient's health boo"
                  'klet).\n'
                  "Résultat [Result]: Left breast, ultrasound-guided core biopsy, 2 o'clo"
                  'ck: fibroadenoma, no atypia.\n'
                  'Signed: Dr B. Mavoungou'),
                 {'L': 'B', 'R': '-'}, id='r3_01'),
    pytest.param(('Clinical history: Right breast lump excised 2021 after a core biopsy a'
                  't\n'
                  "St Mary's (report: fibroadenoma, B2). Now new lump left breast 3 o'clo"
                  'ck, 12 mm, U3.\n'
                  "Diagnosis: Left breast, 3 o'clock, ultrasound-guided core biopsy: Fibr"
                  'oadenoma. B2.'),
                 {'L': 'B', 'R': '-'}, id='r3_02'),
    pytest.param(('History: left breast cyst aspirated in 2020 by\n'
                  'Dr Okafor (cytology: benign cyst, fluid discarded). Now a new 9 mm mas'
                  "s in the right breast at 10 o'clock.\n"
                  'DIAGNOSIS:\n'
                  "Right breast, 10 o'clock, core biopsy: Intraductal papilloma without a"
                  'typia. No in situ or invasive carcinoma.'),
                 {'L': '-', 'R': 'B'}, id='r3_03'),
    pytest.param(('Clinical information: excision of a left breast lump in 2016 at the\n'
                  'Princess Grace Hospital, Monaco (histology: fibroadenoma). Now right b'
                  'reast mass 18 mm, BI-RADS 5.\n'
                  'Specimen: Right breast core biopsy x4.\n'
                  'Diagnosis: Right breast, core biopsy: Invasive ductal carcinoma, NST, '
                  'grade 2.'),
                 {'L': '-', 'R': 'M'}, id='r3_04'),
    pytest.param(('Clinical details: left lumpectomy 2012 (benign per patient) and\n'
                  'Right duct excision 2019: intraductal papilloma, per GP letter.\n'
                  "Now: palpable lump left breast 12 o'clock.\n"
                  "Diagnosis: Left breast, 12 o'clock, core: Fibroadenoma."),
                 {'L': 'B', 'R': '-'}, id='r3_05'),
    pytest.param(('CLINICAL HISTORY: LEFT BREAST CARCINOMA 2010, TREATED WITH\n'
                  'MASTECTOMY AND CHEMOTHERAPY (HISTOLOGY: INVASIVE DUCTAL CARCINOMA, GRA'
                  'DE 3).\n'
                  "NEW PALPABLE RIGHT BREAST MASS, 2 O'CLOCK.\n"
                  "FINAL DIAGNOSIS: RIGHT BREAST, 2 O'CLOCK, CORE BIOPSY: FIBROADENOMA."),
                 {'L': '-', 'R': 'B'}, id='r3_06'),
    pytest.param(('Indication: lump left breast 2022, referred to\n'
                  "Mr Adeyemi's clinic (FNA there: C2, benign cyst). Now 2 cm hard mass r"
                  "ight breast, 8 o'clock, skin tethering.\n"
                  "Right breast, 8 o'clock, core biopsy: Invasive ductal carcinoma, grade"
                  ' 3. DCIS, high grade, present.'),
                 {'L': '-', 'R': 'M'}, id='r3_07'),
    pytest.param(('Clinical notes: 31F, 2 cm mobile lump, triple assessment by\n'
                  "Right breast, 2 o'clock, core biopsy (x3): Fibroadenoma. B2.\n"
                  'Reported by Dr P. Lindqvist, Consultant Histopathologist\n'
                  'Authorised 04/03/2026 14:12.'),
                 {'L': '-', 'R': 'B'}, id='r3_n1'),
    pytest.param(('DIAGNOSIS:\n'
                  '1. Left breast, wide local excision: Invasive ductal carcinoma, NST, g'
                  'rade 2, 21 mm, and\n'
                  '   DCIS, intermediate grade, extending 5 mm beyond the invasive tumour'
                  '. Margins clear.\n'
                  '2. Right breast, excision biopsy: Fibroadenoma, 11 mm.'),
                 {'L': 'M', 'R': 'B'}, id='r3_n2'),
    pytest.param(('Clinical history: 45F, right breast lump 3 weeks, tender, GP referred '
                  'to\n'
                  "DIAGNOSIS: Right breast, 7 o'clock, core biopsy: Fibroadenoma with usu"
                  'al ductal hyperplasia. No atypia.\n'
                  'Comment: concordant with the ultrasound appearance.'),
                 {'L': '-', 'R': 'B'}, id='r3_n3'),
    pytest.param(('Consulta de Grupo Multidisciplinar de Mama - 12/02/2026 (Hospital de S'
                  'anto André, Leiria)\n'
                  'Doente: [REDACTED], 49 anos.\n'
                  'Diagnóstico [Diagnosis]: carcinoma ductal invasivo mama dir. (cT2 N0 M'
                  '0), RE+ RP+ HER2-; fibroadenoma mama esq.\n'
                  'Proposta [Plan]: quimioterapia neoadjuvante seguida de cirurgia conser'
                  'vadora; vigilância do fibroadenoma.'),
                 {'L': 'B', 'R': 'M'}, id='r4_01'),
    pytest.param(('Comité de Tumores de Mama - Hospital Universitario de Getafe - 04/03/2'
                  '026\n'
                  'Paciente de 56 años, postmenopáusica.\n'
                  'Diagnóstico: CDI mama izq. (cT1c N0), grado 2, RE 90%, RP 40%, HER2 ne'
                  'gativo; fibroadenoma mama der.\n'
                  'Decisión: tumorectomía izquierda con BSGC; control ecográfico del fibr'
                  'oadenoma en 6 meses.'),
                 {'L': 'M', 'R': 'B'}, id='r4_02',
                 marks=pytest.mark.xfail(strict=True, reason=("review r4_02 (4): read {'L': 'BM', 'R': 'B'}; olde"
                                                          "r side fallback: the committee's plan line 'contro"
                                                          "l ecográfico del fibroadenoma' takes the left of t"
                                                          'he operation before it'))),
    pytest.param(('Relatório de consulta - Senologia (Hospital de Braga) - 20/01/2026\n'
                  'Conclusão: carcinoma ductal in situ mama direita, alto grau, 30 mm; pa'
                  'piloma intraductal mama esquerda, sem atipia.\n'
                  'Orientação: mastectomia direita com biópsia de gânglio sentinela; exci'
                  'são do papiloma esquerdo no mesmo tempo.'),
                 {'L': 'B', 'R': 'M'}, id='r4_03'),
    pytest.param(('Diagnóstico anatomopatológico (resumo da consulta de 18/02/2026):\n'
                  '1) CDI mama esq., grau 2, 17 mm; 2) fibroadenoma mama dir., 9 mm; 3) q'
                  'uisto simples mama dir.\n'
                  'Estadiamento: pT1c N0 (0/2 gânglios sentinela) à esquerda.\n'
                  'Plano: radioterapia adjuvante e hormonoterapia.'),
                 {'L': 'M', 'R': 'B'}, id='r4_04',
                 marks=pytest.mark.xfail(strict=True, reason=("review r4_04 (4): read {'L': 'BM', 'R': 'B'}; numb"
                                                          "ered clauses '2) fibroadenoma mama dir.': the clau"
                                                          "se side reads only a finding that opens its ';' cl"
                                                          'ause'))),
    pytest.param(('Informe de alta - Servicio de Cirugía General (Hospital Clínico San Ca'
                  'rlos) - 22/02/2026\n'
                  'Diagnóstico principal: carcinoma lobulillar infiltrante mama dcha., pT'
                  '2 N1a; fibroadenoma mama izq.\n'
                  'Intervención: mastectomía derecha con linfadenectomía axilar y exéresi'
                  's de nódulo izquierdo.\n'
                  'Evolución: favorable, alta al segundo día.'),
                 {'L': 'B', 'R': 'M'}, id='r4_05'),
    pytest.param(('Consulta de Senologia (Hospital de Faro) - 10/03/2026\n'
                  'Diagnóstico: CDI mama esq. (cT2 N1), RE+ HER2+; fibroadenoma mama dir.'
                  ' operado em 2016.\n'
                  'Plano: quimioterapia neoadjuvante com trastuzumab; RM mamária de estad'
                  'iamento.'),
                 {'L': 'M', 'R': '-'}, id='r4_n1',
                 marks=pytest.mark.xfail(strict=True, reason=("review r4_n1 (4): read {'L': 'M', 'R': 'B'}; older"
                                                          " side fallback: the past 'fibroadenoma mama dir. o"
                                                          "perado em 2016' still takes the right; 'operado em"
                                                          "' is no history cue"))),
    pytest.param(('Consulta de decisão terapêutica - 02/03/2026\n'
                  'Diagnóstico: CDI mama esq., grau 3, triplo negativo; carcinoma mama di'
                  'r. excluído (RM e biópsia negativas).\n'
                  'Proposta: quimioterapia neoadjuvante; teste genético BRCA.'),
                 {'L': 'M', 'R': '-'}, id='r4_n2'),
    pytest.param(('Nota de consulta (Oncologia) - 14/02/2026\n'
                  'Diagnóstico: carcinoma lobular invasivo mama esq., pT2 N0; história de'
                  ' fibroadenoma mama dir. (2012).\n'
                  'Plano: letrozol 2,5 mg/dia; densitometria óssea.\n'
                  'Médica assistente: Dra. I. Soares.'),
                 {'L': 'M', 'R': '-'}, id='r4_n3',
                 marks=pytest.mark.xfail(strict=True, reason=("review r4_n3 (4): read {'L': 'BM', 'R': '-'}; olde"
                                                          "r: 'história de' is no history cue of the context "
                                                          'scanner, so the fibroadenoma takes the clause side'
                                                          ' before it'))),
    pytest.param(('Consulta de seguimento (Oncologia Mamária) - 03/03/2026\n'
                  'Doente de 61 anos, em hormonoterapia adjuvante desde 2020.\n'
                  'Exame objectivo: right mastectomy scar healed, no nodules or skin chan'
                  'ges; left breast without palpable lumps;\n'
                  'axillae free.\n'
                  'Plano [Plan]: mamografia esquerda anual; manter anastrozol.'),
                 {'L': '-', 'R': '-'}, id='r5_01'),
    pytest.param(('Ambulatório de Mastologia - Hospital das Clínicas - retorno 15/01/2026'
                  '\n'
                  'Exame objetivo: cicatriz [scar] de quadrantectomia na mama esquerda, b'
                  'em cicatrizada, sem nódulos palpáveis;\n'
                  'mama direita sem alterações.\n'
                  'Conduta: mamografia e ultrassonografia em 6 meses; manter tamoxifeno.'),
                 {'L': '-', 'R': '-'}, id='r5_02'),
    pytest.param(('Consulta de primeira vez - Mama (Hospital de Viseu) - 08/02/2026\n'
                  'Queixa: nódulo na mama direita há 3 meses.\n'
                  'Exame físico: nódulo móvel, elástico, de 2 cm na mama direita às 10 ho'
                  'ras, clinically a fibroadenoma; sem\n'
                  'adenopatias axilares.\n'
                  'Conduta: ecografia mamária e biópsia por agulha grossa.'),
                 {'L': '-', 'R': '-'}, id='r5_03'),
    pytest.param(('Consulta de revisión - Unidad de Mama (Hospital Virgen de la Arrixaca)'
                  ' - 19/02/2026\n'
                  'Examen físico: mama izquierda con cicatriz de tumorectomía [lumpectomy'
                  ' scar] en CSE, sin nódulos ni retracción;\n'
                  'mama derecha sin hallazgos.\n'
                  'Plan: mamografía bilateral anual; continuar letrozol.'),
                 {'L': '-', 'R': '-'}, id='r5_04'),
    pytest.param(('NOTA DE ENTRADA - URGÊNCIA DE GINECOLOGIA - 11/03/2026\n'
                  'Motivo: dor na mama esquerda.\n'
                  'EXAME OBJECTIVO: palpable tender cyst-like lump of 3 cm in the left br'
                  "east at 3 o'clock; no erythema; no nipple\n"
                  'discharge.\n'
                  'PLANO: ecografia urgente; analgesia.'),
                 {'L': '-', 'R': '-'}, id='r5_05'),
    pytest.param(('Consulta externa de Senologia - 10/02/2026\n'
                  'Exame objectivo: nódulo de 2 cm, móvel, na mama direita, QSE; axilas l'
                  'ivres.\n'
                  'Exames complementares: ecografia 01/2026 BI-RADS 4A; biópsia mama dir.'
                  ' (05/02/2026): fibroadenoma.\n'
                  'Plano: vigilância ecográfica em 6 meses.'),
                 {'L': '-', 'R': 'B'}, id='r5_n1'),
    pytest.param(('Consulta de Patología Mamaria - 21/01/2026\n'
                  'Examen físico: nódulo duro de 25 mm en mama izquierda, cuadrante super'
                  'oexterno, adherido a planos profundos.\n'
                  'Anatomía patológica (BAG 12/01/2026): carcinoma ductal infiltrante de '
                  'mama izquierda, grado 2, RE positivo.\n'
                  'Plan: presentar en comité; RM de estadificación.'),
                 {'L': 'M', 'R': '-'}, id='r5_n2'),
    pytest.param(('Laudo anatomopatológico - Laboratório Diagnóstico Porto\n'
                  'Material: mama direita, biópsia por agulha grossa (4 fragmentos).\n'
                  'Exame histológico [Histological examination]: Right breast, core biops'
                  'y: fibroadenoma, with stromal hyalinisation.\n'
                  'Sem atipia. Sem malignidade.'),
                 {'L': '-', 'R': 'B'}, id='r5_n3'),
    pytest.param(('Consulta de Senologia - 03/02/2026\n'
                  'Exame físico: nódulo de 15 mm na mama direita, móvel; mama esquerda se'
                  'm alterações.\n'
                  '\n'
                  'Resultado da biópsia [Biopsy result] (28/01/2026):\n'
                  "Right breast, 10 o'clock, core biopsy: intraductal papilloma without a"
                  'typia.\n'
                  'Plano: excisão cirúrgica.'),
                 {'L': '-', 'R': 'B'}, id='r5_n4'),
    pytest.param(('FOOMKA CODSIGA CAAWIMADA CAAFIMAADKA [MEDICAL ASSISTANCE APPLICATION F'
                  'ORM] - translated from Somali\n'
                  '1. MACLUUMAADKA CODSADAHA [APPLICANT DETAILS]\n'
                  'Name: [REDACTED]   Age: 27\n'
                  "2. BAYAANKA CODSADAHA [APPLICANT'S STATEMENT]\n"
                  'I have had a lump in my left breast since last year. People in the nei'
                  'ghbourhood say it is cancer and I am afraid.\n'
                  "3. WARBIXINTA DHAKTARKA [DOCTOR'S REPORT]\n"
                  'Diagnosis: Left breast, ultrasound-guided core biopsy (12/01/2026): fi'
                  'broadenoma, 18 mm. No malignancy.'),
                 {'L': 'B', 'R': '-'}, id='r6_01'),
    pytest.param(('QAYBTA 1 - MACLUUMAADKA [SECTION 1 - DETAILS]\n'
                  'Applicant: [REDACTED], 19 years.\n'
                  "QAYBTA 2 - BAYAANKA CODSADAHA [SECTION 2 - APPLICANT'S STATEMENT] (by "
                  'her mother)\n'
                  'My daughter has a swelling in the left breast. The traditional healer '
                  'said it is a cancer that must be cut.\n'
                  'QAYBTA 3 - CADDAYNTA CAAFIMAADKA [SECTION 3 - MEDICAL EVIDENCE]\n'
                  'Histology: Right breast, excision 15/12/2025: malignant phyllodes tumo'
                  'ur, 6 cm, margins involved.'),
                 {'L': '-', 'R': 'M'}, id='r6_02'),
    pytest.param(('FORMULÁRIO DE PEDIDO DE APOIO [SUPPORT REQUEST FORM] - tradução do por'
                  'tuguês\n'
                  "3. DECLARAÇÃO DO REQUERENTE [APPLICANT'S DECLARATION]\n"
                  'I was told at the health centre that I have cancer in the breast and n'
                  'eed an operation abroad.\n'
                  '4. RELATÓRIO MÉDICO [MEDICAL REPORT]\n'
                  'Diagnosis: Right breast, core biopsy (Hospital Central de Maputo, 03/0'
                  '2/2026): fibroadenoma, no atypia.'),
                 {'L': '-', 'R': 'B'}, id='r6_03'),
    pytest.param(('DEMANDE DE PRISE EN CHARGE [REQUEST FOR COVER] - translated from Frenc'
                  'h\n'
                  "DÉCLARATION DU DEMANDEUR [CLAIMANT'S STATEMENT]:\n"
                  'Since January I have a hard lump in the right breast; my sister says i'
                  't is a breast cancer like our aunt had.\n'
                  "RAPPORT DU MÉDECIN [PHYSICIAN'S REPORT]:\n"
                  'Clinical examination and ultrasound: right breast 12 mm oval lesion, B'
                  'I-RADS 3. No biopsy performed yet.'),
                 {'L': '-', 'R': '-'}, id='r6_04'),
    pytest.param(('PHIẾU YÊU CẦU BỒI THƯỜNG [CLAIM FORM] - translated from Vietnamese\n'
                  "PHẦN 2 - LỜI KHAI CỦA NGƯỜI ĐƯỢC BẢO HIỂM [SECTION 2 - INSURED'S STATE"
                  'MENT]\n'
                  'I had a benign cyst drained from the right breast in 2019 and now the '
                  'doctors found cancer on the left side.\n'
                  'PHẦN 3 - KẾT QUẢ GIẢI PHẪU BỆNH [SECTION 3 - PATHOLOGY RESULT]\n'
                  'Left breast, core biopsy (Bệnh viện K, 06/01/2026): invasive ductal ca'
                  'rcinoma, grade 2, ER positive.'),
                 {'L': 'M', 'R': '-'}, id='r6_05'),
    pytest.param(('FOOMKA CODSIGA [APPLICATION FORM] - translated from Somali\n'
                  "2. BAYAANKA CODSADAHA [APPLICANT'S STATEMENT]\n"
                  'I was told I have a small lump that is not cancer and that I should co'
                  'me back later.\n'
                  "3. WARBIXINTA DHAKTARKA [ATTENDING PHYSICIAN'S STATEMENT]\n"
                  'Right breast, ultrasound-guided core biopsy 09/01/2026: invasive ducta'
                  'l carcinoma, grade 2, ER positive, HER2\n'
                  'negative. Referred for surgery.'),
                 {'L': '-', 'R': 'M'}, id='r6_n1'),
    pytest.param(("QAYBTA 4 - WARBIXINTA DHAKTARKA [STATEMENT BY THE MEMBER'S ATTENDING P"
                  'HYSICIAN]\n'
                  'Diagnosis and date: Left breast, wide local excision 20/01/2026: invas'
                  'ive lobular carcinoma, classic type, 15 mm,\n'
                  'grade 2; margins clear. Sentinel node negative (0/2).\n'
                  'Treatment planned: radiotherapy and letrozole.'),
                 {'L': 'M', 'R': '-'}, id='r6_n2'),
    pytest.param(('Przetłumaczono z języka polskiego [translated from Polish]\n'
                  'ANAMNEZA [PATIENT HISTORY]\n'
                  'Right breast lump for 3 weeks, painless; no family history.\n'
                  'ROZPOZNANIE [DIAGNOSIS]\n'
                  'Right breast, core biopsy: fibroadenoma. No atypia.\n'
                  'Lekarz patolog: dr n. med. K. Wójcik'),
                 {'L': '-', 'R': 'B'}, id='r6_n3'),
    pytest.param(("BAYAANKA CODSADAHA [APPLICANT'S STATEMENT]\n"
                  'My left breast became hard and red over two months. My husband thinks '
                  'it is an infection.\n'
                  'SECTION 3 - MEDICAL EVIDENCE\n'
                  'Left breast, punch biopsy of skin and core biopsy (02/02/2026): invasi'
                  've ductal carcinoma with dermal lymphatic\n'
                  'tumour emboli, consistent with inflammatory carcinoma.'),
                 {'L': 'M', 'R': '-'}, id='r6_n4',
                 marks=pytest.mark.xfail(strict=True, reason=("review r6_n4 (6): read {'L': '-', 'R': '-'}; older"
                                                          ": the form heading 'SECTION 3 - MEDICAL EVIDENCE' "
                                                          'is read as history and swallows the result, whatev'
                                                          'er comes before it'))),
    pytest.param(('Breast cyst aspiration - cytology report\n'
                  "Clinical: 3 cm smooth lump of the left breast at 2 o'clock, present fo"
                  'r 4 months. Right breast normal.\n'
                  'Ultrasound 01/2026: 30 mm simple cyst, aspirated to dryness (12 ml str'
                  'aw-coloured fluid).\n'
                  'Diagnosis: Cyst fluid with foamy macrophages and apocrine cells; consi'
                  'stent with a benign cyst.'),
                 {'L': 'B', 'R': '-'}, id='r7_01'),
    pytest.param(('Core biopsy report\n'
                  'Examination: firm mobile lump in the right breast, upper outer quadran'
                  't, 2 cm. The left breast is unremarkable.\n'
                  'Core biopsy (14G x3), ultrasound-guided: Fibroadenoma. No atypia. B2.\n'
                  'Concordant with imaging (U3).'),
                 {'L': '-', 'R': 'B'}, id='r7_02'),
    pytest.param(('Clinic letter - result\n'
                  "Presentation: right breast: tender thickening at 10 o'clock with a sma"
                  'll fistula at the areolar margin. Left breast\n'
                  'clinically normal.\n'
                  'Diagnosis: core biopsy: periductal mastitis with duct ectasia and a si'
                  'nus tract. No malignancy.'),
                 {'L': '-', 'R': 'B'}, id='r7_03',
                 marks=pytest.mark.xfail(strict=True, reason=("review r7_03 (7): read {'L': 'B', 'R': '-'}; under"
                                                          '-reach: the normal sentence wrapped over a line br'
                                                          "eak ('Left breast' / 'clinically normal.') is not "
                                                          'read as one'))),
    pytest.param(('Microdochectomy - histology\n'
                  'History: single-duct bloody nipple discharge from the left breast for '
                  'two months. The right breast was unremarkable.\n'
                  'Specimen: microdochectomy, 25 mm duct with surrounding tissue.\n'
                  'Diagnosis: Intraductal papilloma, 6 mm, no atypia. Margins clear.'),
                 {'L': 'B', 'R': '-'}, id='r7_04'),
    pytest.param(('TRIPLE ASSESSMENT - PATHOLOGY\n'
                  "CLINICAL: 22 YEAR OLD, 15 MM MOBILE LUMP LEFT BREAST 9 O'CLOCK. RIGHT "
                  'BREAST NORMAL.\n'
                  'CORE BIOPSY: FIBROADENOMA. B2.\n'
                  'REPORTED BY: DR S. HALVORSEN\n'
                  'AUTHORISED 09/03/2026 11:45.'),
                 {'L': 'B', 'R': '-'}, id='r7_05'),
    pytest.param(('Breast cyst aspirate - cytology\n'
                  'Follow-up: left mastectomy 2019 for invasive ductal carcinoma, no recu'
                  'rrence on the chest wall. Right breast normal.\n'
                  "Ultrasound 02/2026: 9 mm simple cyst at 10 o'clock, aspirated to dryne"
                  'ss.\n'
                  'Cytology: cyst fluid with macrophages; consistent with a benign cyst.'),
                 {'L': '-', 'R': 'B'}, id='r7_n1',
                 marks=pytest.mark.xfail(strict=True, reason=("review r7_n1 (7): read {'L': 'B', 'R': 'B'}; older"
                                                          ': after a left mastectomy each cyst line labels bo'
                                                          'th sides in both revisions; the pass-over rule cha'
                                                          'nges nothing here'))),
    pytest.param(('Core biopsy report\n'
                  "Clinical: 15 mm lump left breast 9 o'clock. Right breast normal. Right"
                  ' axilla normal.\n'
                  'Core biopsy (x3): Fibroadenoma, no atypia.\n'
                  'Concordant.\n'
                  'Reported by Dr E. Lindgren, Consultant Histopathologist, 08/03/2026.'),
                 {'L': 'B', 'R': '-'}, id='r7_n2',
                 marks=pytest.mark.xfail(strict=True, reason=("review r7_n2 (7): read {'L': '-', 'R': 'B'}; under"
                                                          "-reach: 'Right axilla normal.' is no breast senten"
                                                          'ce, so the fallback stops at its side'))),
    pytest.param(('Cyst aspirate - cytology report (screening recall)\n'
                  'Right breast normal.\n'
                  'Ultrasound 02/2026: 12 mm simple cyst, upper outer quadrant, aspirated'
                  ' for symptom relief.\n'
                  'Cytology: benign cyst fluid; consistent with a simple cyst.'),
                 {'L': '-', 'R': 'B'}, id='r7_n3'),
    pytest.param(('Core biopsy report (screening mammogram recall)\n'
                  'History: left mastectomy and DIEP flap reconstruction 2021. Right brea'
                  'st normal.\n'
                  "Mammogram 01/2026: new 8 mm well-defined mass at 11 o'clock; ultrasoun"
                  'd-guided core biopsy.\n'
                  'Diagnosis: Fibroadenoma. B2. Concordant.'),
                 {'L': '-', 'R': 'B'}, id='r7_n4'),
    pytest.param(('Breast MDT outcome - 05/03/2026\n'
                  '1. Ductal carcinoma in situ, high grade, 24 mm, left breast (VAB 02/20'
                  '26) - for mastectomy; fibroadenoma of the\n'
                  '   right breast - no treatment needed.\n'
                  '2. Genetics referral (mother with ovarian cancer).\n'
                  'Outcome recorded by: Breast care nurse specialist'),
                 {'L': 'M', 'R': 'B'}, id='r8_01'),
    pytest.param(('Summary of results (surgical pathology, two specimens)\n'
                  'Conclusion: Right breast, wide local excision: invasive ductal carcino'
                  'ma, grade 1, 9 mm, margins clear; radial scar in the\n'
                  "left breast (separate core, 3 o'clock), no atypia.\n"
                  'Reported by: Dr M. Okonkwo'),
                 {'L': 'B', 'R': 'M'}, id='r8_02'),
    pytest.param(('Excision biopsy report\n'
                  'Clinical: previous left WLE 2018 for DCIS; on annual mammography.\n'
                  'Summary: cellular fibroadenoma, 31 mm, excised from the\n'
                  "right breast at 10 o'clock, margins clear. No features of a phyllodes "
                  'tumour.'),
                 {'L': '-', 'R': 'B'}, id='r8_03'),
    pytest.param(('Results summary for the MDT (two cores)\n'
                  "Left breast core, 2 o'clock: invasive lobular carcinoma, grade 2;\n"
                  'intraductal papilloma of\n'
                  "right breast (core, 6 o'clock), no atypia.\n"
                  'Discussed 11/02/2026.\n'
                  'Outcome recorded by the MDT coordinator.'),
                 {'L': 'M', 'R': 'B'}, id='r8_04'),
    pytest.param(('DIAGNOSIS (summary of parts A-B):\n'
                  '   Invasive ductal carcinoma, grade 2, 14 mm, in the left breast (A);\n'
                  '   sclerosing adenosis with calcifications in the\n'
                  '   right breast (B).\n'
                  'Comment: calcifications in B correspond to the mammographic target.'),
                 {'L': 'M', 'R': 'B'}, id='r8_05'),
    pytest.param(('Histology - excision biopsy\n'
                  'Clinical: right breast cyst aspirated 2023; now enlarging left breast '
                  'lump.\n'
                  'Diagnosis: fibroadenoma, 2 cm, removed from\n'
                  "left breast 3 o'clock, completely excised. No atypia."),
                 {'L': 'B', 'R': '-'}, id='r8_06'),
    pytest.param(('Axillary node core biopsy\n'
                  'Clinical: right breast carcinoma treated 2024; new left axillary node '
                  'on ultrasound.\n'
                  'Left axillary lymph node, core biopsy: metastatic carcinoma from the\n'
                  'right breast primary (known, diagnosed 2024), ER positive, GATA3 posit'
                  'ive. No lymph node tissue identified beyond\n'
                  'the tumour.'),
                 {'L': '-', 'R': '-'}, id='r8_n1'),
    pytest.param(('Core biopsy report\n'
                  "Diagnosis: Left breast, 3 o'clock, core biopsy: fibroadenoma. Excision"
                  ' of the\n'
                  "right breast lesion (separate, 7 o'clock) is planned separately after "
                  'MRI.\n'
                  'Reported: 09/03/2026\n'
                  'Reported by Dr V. Rao.'),
                 {'L': 'B', 'R': '-'}, id='r8_n2'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  "Left breast, core biopsy, 1 o'clock: invasive ductal carcinoma, grade "
                  '2; previous fibroadenoma of the\n'
                  'right breast (excised 2015) noted in the request.\n'
                  'ER 8/8, HER2 negative.\n'
                  'Reported by Dr V. Rao.'),
                 {'L': 'M', 'R': '-'}, id='r8_n3'),
    pytest.param(('Bilateral specimens - brief report\n'
                  'A. Right breast, excision: fibroadenoma, 18 mm; no fibroadenoma or oth'
                  'er lesion in the\n'
                  'left breast specimen (part B, reduction, 320 g): benign breast tissue '
                  'only.\n'
                  'Pathologist: Dr R. Iyer'),
                 {'L': '-', 'R': 'B'}, id='r8_n4'),
    pytest.param(('Radiology-pathology correlation note\n'
                  "A 48-year-old woman with a palpable right breast mass at 10 o'clock ha"
                  'd bilateral breast MRI for extent, and the\n'
                  'ultrasound-guided core biopsy showed a fibroadenoma.\n'
                  'Concordant benign; return to routine screening.'),
                 {'L': '-', 'R': 'B'}, id='r9_01'),
    pytest.param(('Mastectomy specimens - brief report\n'
                  'Right breast DCIS, high grade, on core (01/2026). She elected a contra'
                  'lateral prophylactic mastectomy, so the surgery\n'
                  'is in effect a bilateral mastectomy, and the DCIS has been removed wit'
                  'h clear margins (closest 6 mm).\n'
                  'The prophylactic specimen shows benign breast tissue only.'),
                 {'L': '-', 'R': 'M'}, id='r9_02'),
    pytest.param(('Operation and pathology summary\n'
                  'Bilateral skin-sparing mastectomies were performed, but the invasive c'
                  'arcinoma is confined to the lower inner\n'
                  'quadrant of the right breast (18 mm, grade 2, ER positive). Sentinel n'
                  'odes negative (0/3).\n'
                  'Adjuvant: endocrine therapy.'),
                 {'L': '-', 'R': 'M'}, id='r9_03'),
    pytest.param(('Screening assessment - result\n'
                  'Recall after bilateral screening mammography (01/2026), and her stereo'
                  'tactic core biopsy shows a radial scar without\n'
                  "atypia. Site: left breast, 1 o'clock, 8 mm distortion.\n"
                  'Outcome: vacuum excision advised (B3).'),
                 {'L': 'B', 'R': '-'}, id='r9_04'),
    pytest.param(('Cyst aspirate - cytology\n'
                  'She had bilateral breast ultrasound in January, and this showed a 14 m'
                  "m simple cyst at 2 o'clock in the left\n"
                  'breast, which was aspirated to dryness.\n'
                  'Cytology: benign cyst fluid with foamy macrophages; consistent with a '
                  'cyst.'),
                 {'L': 'B', 'R': '-'}, id='r9_05'),
    pytest.param(('Reduction / symmetrisation specimens\n'
                  'Bilateral mammoplasty for symmetrisation after left WLE, and the fibro'
                  'adenoma (5 mm) is in the left specimen; the\n'
                  'right specimen shows fibrofatty breast tissue only.\n'
                  'No atypia or malignancy in either specimen.'),
                 {'L': 'B', 'R': '-'}, id='r9_06'),
    pytest.param(('BILATERAL REDUCTION MAMMOPLASTY (total 1,140 g):\n'
                  'Skin, subcutaneous fat, and the breast parenchyma with two small fibro'
                  'adenomas (3 and 5 mm); fibrocystic change.\n'
                  'No atypia. No malignancy.\n'
                  'Reported by Dr C. Moreno, 02/03/2026.'),
                 {'L': 'B', 'R': 'B'}, id='r9_n1'),
    pytest.param(('Diagnosis: bilateral reduction mammoplasties (macromastia), and their '
                  'sections show fibroadenomas and florid usual\n'
                  'ductal hyperplasia.\n'
                  'No atypia or malignancy identified.\n'
                  'Reported by Dr F. Al-Amin, 14/02/2026'),
                 {'L': 'B', 'R': 'B'}, id='r9_n2'),
    pytest.param(('Specimens: bilateral breast reductions (macromastia, 710 g and 690 g),'
                  ' and both show sclerosing adenosis with small\n'
                  'cysts and fibrocystic change.\n'
                  'No atypia. No malignancy.\n'
                  'Pathologist: Dr H. Varga\n'
                  'Authorised 27/02/2026.'),
                 {'L': '-', 'R': '-'}, id='r9_n3'),
    pytest.param(('B/L reduction mammoplasty and the attached skin: fibroadenomas (x2, 4 '
                  'and 6 mm), florid UDH, fibrocystic change.\n'
                  'No atypia. No malignancy.\n'
                  'Gross: two fibrofatty specimens, 540 g and 505 g, with skin ellipses.'),
                 {'L': 'B', 'R': 'B'}, id='r9_n4'),
    pytest.param(('Brief report\n'
                  'Bilat reduction mammoplasty, and this shows multiple small fibroadenom'
                  'as in the breast parenchyma, the largest 6 mm.\n'
                  'No atypia or malignancy.\n'
                  'Signed out 03/03/2026.\n'
                  'Pathologist: Dr J. Kowalski.'),
                 {'L': 'B', 'R': 'B'}, id='r9_n5'),
    pytest.param(('Diagnosis: bilateral risk-reducing mastectomies (BRCA2 carrier), and t'
                  'he sections show atypical lobular\n'
                  'hyperplasia in several lobules and columnar cell change.\n'
                  'No in situ or invasive carcinoma.\n'
                  'Nipple-areolar complexes: unremarkable.'),
                 {'L': 'B', 'R': 'B'}, id='r9_n6'),
    pytest.param(('Mastectomy specimens - summary\n'
                  'Bilateral mastectomies for bilateral DCIS, and the DCIS is high grade '
                  'on both sides (right 35 mm, left 22 mm),\n'
                  'margins clear.\n'
                  'Sentinel nodes: 0/2 right, 0/1 left.\n'
                  'Pathologist: Dr J. Kowalski.'),
                 {'L': 'M', 'R': 'M'}, id='r9_n7'),
    pytest.param(('Core biopsy report\n'
                  "Left breast, 2 o'clock, core biopsy: Atypical lobular hyperplasia, whi"
                  'ch is associated with an increased risk of\n'
                  'developing breast cancer in either breast.\n'
                  'Radiology-pathology correlation: concordant.'),
                 {'L': 'B', 'R': '-'}, id='r10_01'),
    pytest.param(('Result summary\n'
                  "Right breast, 4 o'clock, core biopsy: Lobular carcinoma in situ, class"
                  'ic type. LCIS carries a higher likelihood of\n'
                  'developing invasive carcinoma in either breast; discuss risk-reducing '
                  'options in clinic.\n'
                  'No invasive carcinoma in this sample.'),
                 {'L': '-', 'R': 'B'}, id='r10_02'),
    pytest.param(('Stereotactic core - report\n'
                  'Right breast, core biopsy: Atypical ductal hyperplasia. The probabilit'
                  'y of having DCIS or invasive carcinoma at\n'
                  'excision is about 20%; excision advised.\n'
                  'Calcifications present in the ADH.'),
                 {'L': '-', 'R': 'B'}, id='r10_03'),
    pytest.param(('Excision biopsy - result\n'
                  'Left breast, excision: Fibroadenoma, 22 mm, completely excised. Having'
                  ' this fibroadenoma does not change her chance\n'
                  'of getting breast cancer.\n'
                  'No further follow-up required.\n'
                  'Reported by Dr P. Singh.'),
                 {'L': 'B', 'R': '-'}, id='r10_04'),
    pytest.param(('Family history clinic - result added\n'
                  'Lifetime risk of developing breast cancer 30% (Tyrer-Cuzick), left bre'
                  'ast core 02/2026: invasive lobular carcinoma,\n'
                  'grade 2, ER positive.\n'
                  'Plan: surgical referral.\n'
                  'Seen by Dr M. Evans.'),
                 {'L': 'M', 'R': '-'}, id='r10_05'),
    pytest.param(('Result letter summary\n'
                  "Right breast core (4 o'clock): benign intraductal papilloma, no atypia"
                  '. Her risk of having a cancer in this breast is\n'
                  'very low and no excision is needed.\n'
                  'Return to routine screening.'),
                 {'L': '-', 'R': 'B'}, id='r10_06'),
    pytest.param(('Result - high-risk clinic\n'
                  'She has a high chance of developing breast cancer (BRCA1) and the righ'
                  't breast core today shows ductal carcinoma in\n'
                  'situ, high grade, 12 mm on imaging.\n'
                  'Plan: MDT, mastectomy discussion.'),
                 {'L': '-', 'R': 'M'}, id='r10_n1'),
    pytest.param(('Core biopsy report\n'
                  'Left breast, core biopsy: fibroepithelial lesion; the risk of having a'
                  ' phyllodes tumour on excision is low; favour\n'
                  'fibroadenoma.\n'
                  'B2/B3 boundary discussed; clinical follow-up suggested.'),
                 {'L': 'B', 'R': '-'}, id='r10_n2'),
    pytest.param(('Wide local excision - report\n'
                  'Left breast, wide local excision: ductal carcinoma in situ, intermedia'
                  'te grade, 25 mm. There is a high chance of having\n'
                  'residual DCIS, given DCIS at the superior margin.\n'
                  'Re-excision recommended.'),
                 {'L': 'M', 'R': '-'}, id='r10_n3'),
    pytest.param(('Wide local excision and sentinel node - report\n'
                  'Right breast, WLE: invasive ductal carcinoma, grade 2, 12 mm, margins '
                  'clear. Sentinel node biopsy only, to reduce the\n'
                  'risk of developing lymphoedema; no further axillary surgery (0/2 nodes'
                  ').'),
                 {'L': '-', 'R': 'M'}, id='r10_n4'),
    pytest.param(('Core biopsy report\n'
                  'Left breast core: DCIS, intermediate grade, solid and cribriform; untr'
                  'eated DCIS carries a risk of developing invasive\n'
                  'carcinoma.\n'
                  'ER positive (8/8).\n'
                  'Reported by Dr P. Singh, 11/03/2026.'),
                 {'L': 'M', 'R': '-'}, id='r10_n5'),
    pytest.param(('Dear Dr Hall,\n'
                  'Re: Mrs K. Brennan, DOB 12/08/1968\n'
                  'Thank you for seeing Mrs Brennan. The laboratory has now issued a corr'
                  'ected report, which reads: "CORRECTED REPORT\n'
                  '(11/03/2026). Correction note: the parts were transposed at specimen l'
                  'abelling. Part A is from the RIGHT breast.\n'
                  'Part B is from the LEFT breast. FINAL DIAGNOSIS (as originally issued '
                  "05/03/2026): A. Left breast, 2 o'clock, core\n"
                  "biopsy: invasive ductal carcinoma, grade 2. B. Right breast, 9 o'clock"
                  ', core biopsy: fibroadenoma."\n'
                  'I have explained the correction to her and we will plan right-sided su'
                  'rgery.\n'
                  'Yours sincerely,\n'
                  'Ms J. Obi, Consultant Breast Surgeon'),
                 {'L': 'B', 'R': 'M'}, id='r11_01',
                 marks=pytest.mark.xfail(strict=True, reason=("review r11_01 (11): read {'L': 'BM', 'R': '-'}; un"
                                                          'der-reach: the reprint heading runs mid-line in a '
                                                          'one-paragraph quotation, so no reprint section is '
                                                          'found'))),
    pytest.param(('Dear Dr Pereira,\n'
                  'I enclose the amended histology for Mrs Lind. The report reads: "CORRE'
                  'CTED REPORT (20/02/2026). Correction note:\n'
                  'laterality error at requisition; the parts were transposed with a same'
                  '-day case. Part A is from the LEFT breast, not\n'
                  'the right. FINAL DIAGNOSIS (as originally issued 16/02/2026): A. Right'
                  ' breast, stereotactic core biopsy: ductal\n'
                  'carcinoma in situ, low grade, with calcifications."\n'
                  'She is booked for a left wire-guided excision.\n'
                  'Kind regards, Dr T. Haugen'),
                 {'L': 'M', 'R': '-'}, id='r11_02',
                 marks=pytest.mark.xfail(strict=True, reason=("review r11_02 (11): read {'L': '-', 'R': 'M'}; und"
                                                          'er-reach: short letter with the reprint heading mi'
                                                          'd-line; no reprint section is found'))),
    pytest.param(('Dear Colleague,\n'
                  'Following our telephone call, the corrected report states: "CORRECTED '
                  'REPORT (02/03/2026). Correction note: the parts\n'
                  'were transposed during accessioning. Part A was received from the LEFT'
                  ' breast; part B was received from the RIGHT\n'
                  'breast. FINAL DIAGNOSIS (as originally issued 26/02/2026): A. Right br'
                  'east, core biopsy: lobular carcinoma in situ,\n'
                  'classic type. B. Left breast, core biopsy: invasive ductal carcinoma, '
                  'grade 3."\n'
                  'The clinic plan has been amended accordingly.\n'
                  'Yours faithfully, Breast Unit, Royal Eastfield'),
                 {'L': 'B', 'R': 'M'}, id='r11_03',
                 marks=pytest.mark.xfail(strict=True, reason=("review r11_03 (11): read {'L': 'M', 'R': 'B'}; und"
                                                          'er-reach: the reprint heading runs mid-line in a o'
                                                          'ne-paragraph quotation, so no reprint section is f'
                                                          'ound'))),
    pytest.param(('S - Situation: day 1 after bilateral excision biopsies; histology retu'
                  'rned (corrected).\n'
                  'B - Background: screen-detected distortions both breasts.\n'
                  'A - Assessment: histology reads "CORRECTED REPORT (06/03/2026). Correc'
                  'tion note: the parts were transposed at the\n'
                  'grossing bench. Part A is from the LEFT breast. Part B is from the RIG'
                  'HT breast. FINAL DIAGNOSIS (as originally issued\n'
                  '03/03/2026): A. Right breast, excision: radial scar, no atypia. B. Lef'
                  't breast, excision: ductal carcinoma in situ, low\n'
                  'grade, 8 mm."\n'
                  'R - Recommendation: MDT 10/03/2026 for right re-excision.'),
                 {'L': 'B', 'R': 'M'}, id='r11_04'),
    pytest.param(('Dear Dr Fleming,\n'
                  'The corrected core report reads: "CORRECTED REPORT (09/03/2026). Corre'
                  'ction note: the parts were transposed. Part A is\n'
                  'from the RIGHT breast. FINAL DIAGNOSIS (as originally issued 04/03/202'
                  '6): A. Left breast, core biopsy: fibroadenoma."\n'
                  'The separate excision (H26-2210) reads: "A. Left breast, wide local ex'
                  'cision: invasive ductal carcinoma, grade 1, 11\n'
                  'mm, margins clear."\n'
                  'Yours sincerely, Mr D. Achebe'),
                 {'L': 'M', 'R': 'B'}, id='r11_n1',
                 marks=pytest.mark.xfail(strict=True, reason=("review r11_n1 (11): read {'L': 'BM', 'R': '-'}; un"
                                                          'der-reach: the reprint heading runs mid-line in a '
                                                          'one-paragraph quotation, so no reprint section is '
                                                          'found'))),
    pytest.param(('Dear Dr Sato,\n'
                  'The laboratory\'s amended report reads: "CORRECTED REPORT (12/02/2026).'
                  ' Correction note: the HER2 result was transcribed\n'
                  'incorrectly and should read IHC 1+. FINAL DIAGNOSIS (as originally iss'
                  'ued 08/02/2026): A. Left breast, core biopsy:\n'
                  'invasive ductal carcinoma, grade 2, ER 8/8, HER2 IHC 3+."\n'
                  'This changes her systemic therapy plan.\n'
                  'Yours sincerely, Dr L. Marchetti'),
                 {'L': 'M', 'R': '-'}, id='r11_n2'),
    pytest.param(('Dear Dr Varga,\n'
                  'Re: Mrs L. Hodge, DOB 04/07/1961\n'
                  'I saw Mrs Hodge today to discuss the excision of her right breast lesi'
                  'on. The result is below.\n'
                  '\n'
                  "FINAL SURGICAL PATHOLOGY (St. Brendan's Pathology, SB-26-01433, signed"
                  ' 02/03/2026):\n'
                  '  Right breast, wide local excision: ENCAPSULATED PAPILLARY CARCINOMA,'
                  ' 14 mm, no invasion beyond the capsule.\n'
                  '  Margins clear (closest 3 mm).\n'
                  '\n'
                  'She will be discussed at the MDT next week.\n'
                  'Yours sincerely, Mr P. Doyle'),
                 {'L': '-', 'R': 'M'}, id='r12_01'),
    pytest.param(('Dear Dr MacLeod,\n'
                  'Thank you for referring Miss Reid, 23, with a left breast lump. The co'
                  're biopsy result is pasted below.\n'
                  '\n'
                  'HISTOPATHOLOGY (NHS Lothian, accession EL-26-2201, reported 11/02/2026'
                  '):\n'
                  "Left breast, 3 o'clock, ultrasound-guided core biopsy: Fibroadenoma. B"
                  '2.\n'
                  '\n'
                  'I have reassured her and discharged her to your care.\n'
                  'Yours sincerely, Dr A. Fraser, Breast Clinician'),
                 {'L': 'B', 'R': '-'}, id='r12_02'),
    pytest.param(('Dear Dr Osei,\n'
                  "Mrs Kent's core biopsy has been reported.\n"
                  '\n'
                  'PATHOLOGY (Accession 2026-SP-00412, final 02/02/2026):\n'
                  "Right breast, 11 o'clock, core biopsy: Invasive lobular carcinoma, cla"
                  'ssic type, grade 2. ER 8/8, HER2 negative.\n'
                  '\n'
                  'She is booked for staging MRI.\n'
                  'Kind regards, Ms R. Tan, Breast Care Nurse'),
                 {'L': '-', 'R': 'M'}, id='r12_03'),
    pytest.param(('Dear Ms Quinn,\n'
                  'I am writing to let you know the result of the operation on your left '
                  'breast.\n'
                  '\n'
                  'FINAL PATHOLOGY (Mercy Pathology, MP26-00981, signed 01/03/2026):\n'
                  '  Left breast, wire-guided excision: Radial scar, 9 mm, with usual duc'
                  'tal hyperplasia. No atypia or malignancy.\n'
                  '\n'
                  'This is a benign result and no further treatment is needed.\n'
                  'Yours sincerely, Miss C. Byrne, Consultant Surgeon'),
                 {'L': 'B', 'R': '-'}, id='r12_04'),
    pytest.param(('Dear Dr Varga,\n'
                  'Mrs Hodge returns with a new right breast lump.\n'
                  '\n'
                  'PREVIOUS PATHOLOGY (SB-24-00112):\n'
                  '  Left breast, wide local excision: invasive ductal carcinoma, grade 1'
                  ', 12 mm.\n'
                  '\n'
                  'Today\'s core biopsy reads: "Right breast, 8 o\'clock, core biopsy: fibr'
                  'oadenoma. No atypia."\n'
                  'Yours sincerely, Mr P. Doyle'),
                 {'L': '-', 'R': 'B'}, id='r12_n1'),
    pytest.param(('Dear Dr Varga,\n'
                  'Re: Mrs A. Flynn - annual follow-up, 10/03/2026\n'
                  'Her original diagnosis, for reference:\n'
                  '\n'
                  "HISTOLOGY (St. Brendan's Pathology, SB-19-04411, signed 12/03/2019):\n"
                  '  Left breast, wide local excision: invasive ductal carcinoma, grade 2'
                  ', 18 mm; margins clear.\n'
                  '\n'
                  "She remains well. Today's examination and mammogram show no evidence o"
                  'f recurrence.\n'
                  'Yours sincerely, Mr P. Doyle'),
                 {'L': '-', 'R': '-'}, id='r12_n2',
                 marks=pytest.mark.xfail(strict=True, reason=("review r12_n2 (12): read {'L': 'M', 'R': '-'}; old"
                                                          'er: a letter with no quotation mark is read whole,'
                                                          ' its pasted 2019 block included'))),
    pytest.param(('Dear Dr Ito,\n'
                  'Mrs Ferris was referred to us for a second opinion.\n'
                  '\n'
                  'PATHOLOGY (referring laboratory, RL-26-0042):\n'
                  '  Right breast, core biopsy: atypical ductal hyperplasia bordering on '
                  'DCIS.\n'
                  '\n'
                  'Our review of the slides is pending and I will write again.\n'
                  'Yours sincerely, Dr S. Lund'),
                 {'L': '-', 'R': '-'}, id='r12_n3',
                 marks=pytest.mark.xfail(strict=True, reason=("review r12_n3 (12): read {'L': '-', 'R': 'B'}; old"
                                                          'er: a letter with no quotation mark is read whole,'
                                                          " the referring laboratory's ADH included"))),
    pytest.param(('Dear Dr Ahmed,\n'
                  "Mrs Grey's excision result came back this week.\n"
                  '\n'
                  'FINAL PATHOLOGY (signed 03/09/2026):\n'
                  '  Left breast, excision: fibroadenoma, 16 mm, completely excised.\n'
                  '\n'
                  'She has been discharged.\n'
                  'Yours sincerely, Mr K. Bose'),
                 {'L': '-', 'R': '-'}, id='r12_n4',
                 marks=pytest.mark.xfail(strict=True, reason=("review r12_n4 (12): read {'L': 'B', 'R': '-'}; old"
                                                          'er: a letter with no quotation mark is read whole,'
                                                          ' the pasted fibroadenoma included'))),
    pytest.param(('Core biopsy report\n'
                  'Clinical: 16-year-old with a known alveolar rhabdomyosarcoma of the fo'
                  'rearm; new left breast mass 3 cm.\n'
                  'Left breast, ultrasound-guided core biopsy: Metastatic alveolar rhabdo'
                  'myosarcoma involving breast tissue. Myogenin and\n'
                  'MyoD1 diffusely positive; desmin positive; FOXO1 rearrangement detecte'
                  'd by FISH.'),
                 {'L': 'M', 'R': '-'}, id='r13_01'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'SPECIMEN: RIGHT BREAST MASS, EXCISION.\n'
                  'DIAGNOSIS: RIGHT BREAST MASS, EXCISION: RHABDOMYOSARCOMA, EMBRYONAL TY'
                  'PE, 4.2 CM, EXTENDING TO THE DEEP MARGIN.\n'
                  'IMMUNOHISTOCHEMISTRY: MYOGENIN FOCALLY POSITIVE, DESMIN POSITIVE, KERA'
                  'TIN NEGATIVE.'),
                 {'L': '-', 'R': 'M'}, id='r13_02'),
    pytest.param(('Excision specimen report\n'
                  'Diagnosis: Left breast, excision: Pleomorphic rhabdomyosarcoma, high g'
                  'rade (FNCLCC grade 3), 55 mm; margins involved\n'
                  'posteriorly. No epithelial component or phyllodes pattern identified d'
                  'espite extensive sampling; keratins negative.\n'
                  'Comment: a primary sarcoma of the breast; MDT referral.'),
                 {'L': 'M', 'R': '-'}, id='r13_03'),
    pytest.param(('Mastectomy report\n'
                  'Right breast, simple mastectomy: Malignant phyllodes tumour, 9 cm, wit'
                  'h heterologous rhabdomyosarcomatous\n'
                  'differentiation (myogenin positive); margins clear (closest 8 mm).\n'
                  'Skin and nipple: uninvolved.'),
                 {'L': '-', 'R': 'M'}, id='r13_04'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  "A. Right breast, 10 o'clock, core biopsy: Alveolar rhabdomyosarcoma, c"
                  'onsistent with metastasis from the known\n'
                  '   nasopharyngeal primary.\n'
                  "B. Left breast, 3 o'clock, core biopsy: Fibroadenoma.\n"
                  'Comment: discussed with the paediatric oncology team.'),
                 {'L': 'B', 'R': 'M'}, id='r13_05'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  'A. Right thigh mass, excision: Alveolar rhabdomyosarcoma, 6 cm, margin'
                  's clear (closest 4 mm).\n'
                  'B. Left breast, core biopsy: Fibroadenoma.\n'
                  'Comment: part B was taken at the same admission for a palpable lump.'),
                 {'L': 'B', 'R': '-'}, id='r13_n1'),
    pytest.param(('Core biopsy report\n'
                  'Clinical history: 19F, treated for orbital embryonal rhabdomyosarcoma '
                  'aged 7, in remission. Now right breast lump 2 cm.\n'
                  'Diagnosis: Right breast, core biopsy: Fibroadenoma. No atypia.\n'
                  'Concordant with ultrasound.'),
                 {'L': '-', 'R': 'B'}, id='r13_n2'),
    pytest.param(('Node biopsy report\n'
                  'Left axillary lymph node, ultrasound-guided core biopsy: Metastatic al'
                  'veolar rhabdomyosarcoma.\n'
                  'Myogenin positive, desmin positive, cytokeratin negative.\n'
                  'No breast tissue in the sample.'),
                 {'L': '-', 'R': '-'}, id='r13_n3'),
    pytest.param(('Excision biopsy report\n'
                  'Left breast, excision: Fibroadenoma with myxoid stroma, 28 mm. Desmin '
                  'and myogenin negative. No evidence of\n'
                  'rhabdomyosarcoma or other sarcoma.\n'
                  'Margins: clear.\n'
                  'Reported by Dr A. Costa, 05/03/2026.'),
                 {'L': 'B', 'R': '-'}, id='r13_n4'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Specimen: Right paratesticular mass and testis, radical orchiectomy.\n'
                  'Diagnosis: Spindle cell rhabdomyosarcoma, paratesticular, 5.5 cm; test'
                  'is uninvolved; spermatic cord margin clear.\n'
                  'Myogenin positive in scattered nuclei.'),
                 {'L': '-', 'R': '-'}, id='r13_n5'),
    pytest.param(('Breast clinic note - 14/02/2026\n'
                  '21F, 2 cm smooth mobile lump left breast, 4 weeks. Ultrasound: U3 oval'
                  ' lesion.\n'
                  'Core biopsy performed today. I explained that most of these turn out t'
                  'o be fibroadenomas and that we will call her\n'
                  'with the result next week.'),
                 {'L': '-', 'R': '-'}, id='r14_01'),
    pytest.param(('One-stop clinic note\n'
                  'Right breast lump, 1.5 cm, 3 weeks. I told her that lumps like this ar'
                  'e common at her age and many of them usually\n'
                  'prove to be fibroadenomas or cysts. Ultrasound booked for Thursday; co'
                  're biopsy if indicated.'),
                 {'L': '-', 'R': '-'}, id='r14_02'),
    pytest.param(('Nipple discharge clinic\n'
                  'Single-duct clear discharge from the right nipple; ultrasound shows a '
                  '4 mm intraductal lesion. Most of those will turn\n'
                  'out to be benign papillomas, but excision is advised for diagnosis. Li'
                  'sted for microdochectomy.'),
                 {'L': '-', 'R': '-'}, id='r14_03'),
    pytest.param(('Results clinic - 20/02/2026\n'
                  'Many of these often prove to be fibroadenomas. Result (core, 17/02/202'
                  '6): Right breast: benign phyllodes tumour,\n'
                  'stromal cellularity mildly increased.\n'
                  'Plan: wide excision with 1 cm margin.'),
                 {'L': '-', 'R': 'M'}, id='r14_04'),
    pytest.param(('Follow-up note\n'
                  'Left breast lump since 2025; the core biopsy was reassuring and it tur'
                  "ned out to be a fibroadenoma (left, 2 o'clock,\n"
                  '14 mm). No further follow-up needed; discharged.\n'
                  'Seen by Dr H. Brooks, Breast Clinic, 03/03/2026.'),
                 {'L': 'B', 'R': '-'}, id='r14_n1'),
    pytest.param(('Results clinic note\n'
                  'I explained that most of these turn out to be fibroadenomas, as hers d'
                  'id on core biopsy (left breast, 12/02/2026).\n'
                  'She is happy with discharge and will re-present if the lump grows.'),
                 {'L': 'B', 'R': '-'}, id='r14_n2'),
    pytest.param(('Results clinic note\n'
                  'Most of these turn out to be benign, and the core biopsy of her right '
                  'breast lump was a fibroadenoma without atypia.\n'
                  'Discharged to GP.\n'
                  'Seen by Dr H. Brooks, Breast Clinic, 03/03/2026.'),
                 {'L': '-', 'R': 'B'}, id='r14_n3'),
    pytest.param(('Breast clinic note\n'
                  'Left breast lump 18 mm, U3. Most of these lesions turn out to be fibro'
                  'adenomas in women of her age; a core biopsy\n'
                  'has been taken today to confirm.\n'
                  'Seen by Dr H. Brooks, Breast Clinic, 03/03/2026.'),
                 {'L': '-', 'R': '-'}, id='r14_n4',
                 marks=pytest.mark.xfail(strict=True, reason=("review r14_n4 (14): read {'L': 'B', 'R': '-'}; und"
                                                          "er-reach: a noun between 'these' and 'turn out' ('"
                                                          "most of these lesions') is not read"))),
    pytest.param(('Excision report (translated)\n'
                  'Left breast, excision of four nodules: on microscopy most of them prov'
                  'e to be fibroadenomas (6-14 mm), the remainder\n'
                  'fibrocystic change. No atypia, no malignancy.\n'
                  'Reported by Dr L. Ferraz, 05/03/2026.'),
                 {'L': 'B', 'R': '-'}, id='r14_n5'),
    pytest.param(('Clinic note\n'
                  'Right breast lump, 12 mm, smooth. The majority of these turn out to be'
                  ' fibroadenomas; ultrasound-guided core biopsy\n'
                  'arranged to confirm.\n'
                  'Seen by Dr H. Brooks, Breast Clinic (room 4), 03/03/2026.'),
                 {'L': '-', 'R': '-'}, id='r14_n6',
                 marks=pytest.mark.xfail(strict=True, reason=("review r14_n6 (14): read {'L': '-', 'R': 'B'}; und"
                                                          "er-reach: 'the majority of these' is not read, onl"
                                                          "y 'most' / 'many'"))),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  "Specimen: Left breast, 2 o'clock, 4 cm FN, ultrasound-guided core biop"
                  'sy (14G x 4).\n'
                  'Clinical history: 58F, palpable mass, BI-RADS 5.\n'
                  'DIAGNOSIS:\n'
                  "Left breast, 2 o'clock, core biopsy: Invasive ductal carcinoma (invasi"
                  've carcinoma of no special type), Nottingham\n'
                  'grade 2 (tubules 3, pleomorphism 2, mitoses 1). DCIS, intermediate gra'
                  'de, present. Lymphovascular invasion: not\n'
                  'identified.\n'
                  'ER: positive (95%, strong). PR: positive (60%). HER2 (IHC): 1+, negati'
                  've.'),
                 {'L': 'M', 'R': '-'}, id='o01'),
    pytest.param(('Breast core biopsy\n'
                  "Clinical details: 24F, right breast lump 10 o'clock, 18 mm, U3.\n"
                  'Macroscopy: three cores, 12-16 mm, all embedded.\n'
                  'Microscopy: a circumscribed fibroepithelial lesion with an intracanali'
                  'cular pattern, uniform stroma of low cellularity,\n'
                  'no mitoses.\n'
                  "Conclusion: Right breast, 10 o'clock, core biopsy: Fibroadenoma. B2."),
                 {'L': '-', 'R': 'B'}, id='o02'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  'A. Right breast, wire-guided wide local excision: Ductal carcinoma in '
                  'situ, high grade, solid type with comedonecrosis,\n'
                  '   28 mm. Margins: closest 3 mm (inferior). Biopsy site changes presen'
                  't.\n'
                  "B. Left breast, 1 o'clock, stereotactic core biopsy: Columnar cell cha"
                  'nge with calcifications. No atypia.\n'
                  'ER (part A): positive (80%).'),
                 {'L': 'B', 'R': 'BM'}, id='o03'),
    pytest.param(('Bilateral reduction mammoplasty\n'
                  'Specimens: A. Right breast reduction, 640 g. B. Left breast reduction,'
                  ' 595 g.\n'
                  'DIAGNOSIS:\n'
                  'A. Right breast, reduction: Fibroadenoma, 5 mm; fibrocystic change.\n'
                  'B. Left breast, reduction: Fibroadenoma, 3 mm; usual ductal hyperplasi'
                  'a. No atypia or malignancy in either specimen.'),
                 {'L': 'B', 'R': 'B'}, id='o04'),
    pytest.param(('Core biopsy report\n'
                  "Specimen: Right breast, 7 o'clock, ultrasound-guided core biopsy of a "
                  '9 mm area of asymmetry.\n'
                  "Diagnosis: Right breast, 7 o'clock, core biopsy: Benign breast tissue "
                  'with fibrocystic change, apocrine metaplasia\n'
                  'and stromal fibrosis. No atypia. No malignancy.\n'
                  'Comment: benign and concordant with the imaging (BI-RADS 3); short-int'
                  'erval follow-up suggested.'),
                 {'L': '-', 'R': '-'}, id='o05'),
    pytest.param(('Mastectomy report\n'
                  'Clinical: right breast IDC grade 3 (core 09/2025), neoadjuvant chemoth'
                  'erapy completed 02/2026.\n'
                  'Diagnosis: Right breast, mastectomy: Residual invasive ductal carcinom'
                  'a, 11 mm (ypT1c), with moderate treatment\n'
                  'effect (RCB class II). Margins clear. Axillary lymph nodes: 1/14 with '
                  'a 3 mm metastasis (ypN1a).\n'
                  'Skin and nipple: uninvolved.'),
                 {'L': '-', 'R': 'M'}, id='o06'),
    pytest.param(('Vacuum-assisted biopsy report\n'
                  "Specimen: Left breast, 12 o'clock, stereotactic VAB (9G x 12) for an 1"
                  '1 mm distortion.\n'
                  "Diagnosis: Left breast, 12 o'clock, vacuum biopsy: Radial scar with a "
                  'small focus of atypical ductal hyperplasia\n'
                  '(1.5 mm). No in situ or invasive carcinoma. B3.\n'
                  'Recommendation: MDT discussion; vacuum excision or surgical excision.'),
                 {'L': 'B', 'R': '-'}, id='o07'),
    pytest.param(('Excision biopsy\n'
                  'Clinical: right nipple discharge, single duct, 3 months; ultrasound 5 '
                  'mm intraductal lesion.\n'
                  'Diagnosis: Right breast, microdochectomy: Intraductal papilloma, 5 mm,'
                  ' with usual ductal hyperplasia. No atypia. No\n'
                  'malignancy. Margins: the papilloma is 2 mm from the nearest margin.\n'
                  'Reported by Dr G. Ferreira'),
                 {'L': '-', 'R': 'B'}, id='o08'),
    pytest.param(('Sentinel lymph node biopsy\n'
                  'Specimen: Left axillary sentinel lymph nodes x2.\n'
                  'Diagnosis: Left axillary sentinel lymph nodes: two lymph nodes, both n'
                  'egative for metastatic carcinoma (0/2) on H&E\n'
                  'and cytokeratin immunohistochemistry.\n'
                  'Comment: the breast specimen is reported separately (S26-1142).'),
                 {'L': '-', 'R': '-'}, id='o09'),
    pytest.param(('Excision specimen report\n'
                  'Diagnosis: Left breast, excision: Benign phyllodes tumour, 42 mm. Stro'
                  'mal cellularity mild, mitoses 1 per 10 HPF,\n'
                  'no stromal overgrowth; borders pushing. Closest margin 2 mm (superior)'
                  '.\n'
                  'Comment: a wider excision may be considered given the close margin.'),
                 {'L': 'M', 'R': '-'}, id='o10'),
    pytest.param(('Core biopsy report\n'
                  "Specimen: Right breast, 9 o'clock, MRI-guided vacuum biopsy of non-mas"
                  's enhancement.\n'
                  "Diagnosis: Right breast, 9 o'clock, vacuum biopsy: Lobular carcinoma i"
                  'n situ, classic type, with atypical lobular\n'
                  'hyperplasia. E-cadherin negative. No invasive carcinoma.\n'
                  'Radiology-pathology correlation: concordant.'),
                 {'L': '-', 'R': 'B'}, id='o11'),
    pytest.param(('Cytology report - breast cyst fluid\n'
                  "Specimen: Right breast, 2 o'clock, cyst aspirate, 8 ml turbid green fl"
                  'uid.\n'
                  'Microscopy: foamy macrophages, apocrine cells and proteinaceous debris'
                  '; no epithelial atypia.\n'
                  'Conclusion: Right breast cyst aspirate: consistent with a benign cyst.'
                  ' C2.'),
                 {'L': '-', 'R': 'B'}, id='o12'),
    pytest.param(('Core biopsy report\n'
                  "Left breast, 4 o'clock, core biopsy: Diffuse large B-cell lymphoma, no"
                  'n-germinal centre type, involving breast tissue.\n'
                  'CD20 positive, CD10 negative, MUM1 positive, Ki-67 approximately 85%. '
                  'EBER negative.\n'
                  'Comment: staging and haematology referral advised.'),
                 {'L': 'M', 'R': '-'}, id='o13'),
    pytest.param(('Surgical pathology\n'
                  'Clinical: 17M, bilateral gynaecomastia, excision for cosmesis (left si'
                  'de).\n'
                  'Diagnosis: Left breast, subcutaneous mastectomy: Gynaecomastia, florid'
                  ' phase. No atypia. No malignancy.\n'
                  'Weight 38 g; skin not received.'),
                 {'L': '-', 'R': '-'}, id='o14'),
    pytest.param(('FINAL DIAGNOSIS\n'
                  "1. Left breast, 3 o'clock, core biopsy: Invasive lobular carcinoma, cl"
                  'assic type, grade 2. E-cadherin negative.\n'
                  "2. Right breast, 8 o'clock, core biopsy: Sclerosing adenosis with micr"
                  'ocalcifications. No atypia.\n'
                  'Receptors (part 1): ER positive (Allred 8), PR positive (Allred 6), HE'
                  'R2 negative (IHC 0).\n'
                  'Signed: Dr N. Pillay, 18/03/2026'),
                 {'L': 'M', 'R': 'B'}, id='o15'),
    pytest.param(('Lakeshore Regional Laboratory - surgical pathology          Accession '
                  'LR26-00755\n'
                  '\n'
                  'V1 FINAL DIAGNOSIS (01/23/2026) (this report replaced the preliminary '
                  'report of 01/21/2026):\n'
                  'Left breast, lumpectomy: Invasive lobular carcinoma, classic type, 22 '
                  'mm, grade 2. Margins negative (closest 3 mm).\n'
                  '\n'
                  'ADDENDUM (01/26/2026):\n'
                  "Additional sections of the separate nodule at the 6 o'clock edge of th"
                  'e same specimen show a fibroadenoma, 6 mm.'),
                 {'L': 'BM', 'R': '-'}, id='r1_p1'),
    pytest.param(('Dear Dr Hall,\n'
                  'Thank you for seeing Mrs Brennan, who attended the one-stop clinic on '
                  '02/03/2026 with two palpable lumps, one in\n'
                  'each breast; both were sampled under ultrasound guidance on the same d'
                  'ay. She has no family history of note and\n'
                  'takes no regular medication. She is understandably anxious about the l'
                  'abelling error and I have apologised on\n'
                  'behalf of the service.\n'
                  "The laboratory's corrected report reads:\n"
                  '"CORRECTED REPORT (11/03/2026). Correction note: the parts were transp'
                  'osed at specimen labelling. Part A is from the\n'
                  'RIGHT breast. Part B is from the LEFT breast.\n'
                  'FINAL DIAGNOSIS (as originally issued 05/03/2026):\n'
                  "A. Left breast, 2 o'clock, core biopsy: invasive ductal carcinoma, gra"
                  'de 2.\n'
                  'B. Right breast, 9 o\'clock, core biopsy: fibroadenoma."\n'
                  'Yours sincerely,\n'
                  'Ms J. Obi, Consultant Breast Surgeon'),
                 {'L': 'B', 'R': 'M'}, id='r11_p1'),
    pytest.param(('Dear Dr Hall,\n'
                  'Thank you for seeing Mrs Brennan, who attended the one-stop clinic on '
                  '02/03/2026 with two palpable lumps, one in\n'
                  'each breast; both were sampled under ultrasound guidance on the same d'
                  'ay. She has no family history of note and\n'
                  'takes no regular medication. She is understandably anxious about the l'
                  'abelling error and I have apologised on\n'
                  'behalf of the service.\n'
                  "The laboratory's corrected report reads:\n"
                  '"CORRECTED REPORT (11/03/2026). Correction note: the parts were transp'
                  'osed at specimen labelling. Part A is from the\n'
                  'RIGHT breast. Part B is from the LEFT breast.\n'
                  'FINAL DIAGNOSIS (as originally issued 05/03/2026):\n'
                  "A. Left breast, 2 o'clock, core biopsy: invasive ductal carcinoma, gra"
                  'de 2. B. Right breast, 9 o\'clock, core biopsy: fibroadenoma."\n'
                  'Yours sincerely,\n'
                  'Ms J. Obi, Consultant Breast Surgeon'),
                 {'L': 'B', 'R': 'M'}, id='r11_p2'),
    pytest.param(('Dear Dr Fleming,\n'
                  'Thank you for seeing Mrs Brennan, who attended the one-stop clinic on '
                  '02/03/2026 with two palpable lumps, one in\n'
                  'each breast; both were sampled under ultrasound guidance on the same d'
                  'ay. She has no family history of note and\n'
                  'takes no regular medication. She is understandably anxious about the l'
                  'abelling error and I have apologised on\n'
                  'behalf of the service.\n'
                  'The corrected core report reads:\n'
                  '"CORRECTED REPORT (09/03/2026). Correction note: the parts were transp'
                  'osed. Part A is from the RIGHT breast.\n'
                  'FINAL DIAGNOSIS (as originally issued 04/03/2026):\n'
                  'A. Left breast, core biopsy: fibroadenoma."\n'
                  'The separate excision (H26-2210) reads:\n'
                  '"A. Left breast, wide local excision: invasive ductal carcinoma, grade'
                  ' 1, 11 mm, margins clear."\n'
                  'Yours sincerely, Mr D. Achebe'),
                 {'L': 'M', 'R': 'B'}, id='r11_p3'),
    pytest.param(('Dear Dr Fleming,\n'
                  'Thank you for seeing Mrs Brennan, who attended the one-stop clinic on '
                  '02/03/2026 with two palpable lumps, one in\n'
                  'each breast; both were sampled under ultrasound guidance on the same d'
                  'ay. She has no family history of note and\n'
                  'takes no regular medication. She is understandably anxious about the l'
                  'abelling error and I have apologised on\n'
                  'behalf of the service.\n'
                  'The corrected core report, as pasted from the laboratory system:\n'
                  'CORRECTED REPORT (09/03/2026). Correction note: the parts were transpo'
                  'sed. Part A is from the RIGHT breast.\n'
                  'FINAL DIAGNOSIS (as originally issued 04/03/2026):\n'
                  'A. Left breast, core biopsy: fibroadenoma.\n'
                  '\n'
                  'Separate excision (H26-2210), final report 12/03/2026:\n'
                  'A. Left breast, wide local excision: invasive ductal carcinoma, grade '
                  '1, 11 mm, margins clear.\n'
                  'Yours sincerely, Mr D. Achebe'),
                 {'L': 'M', 'R': 'B'}, id='r11_p4',
                 marks=pytest.mark.xfail(strict=True, reason=("review r11_p4 (11): read {'L': 'BM', 'R': '-'}; un"
                                                          'der-reach: a corrected report pasted without quota'
                                                          'tion marks is no quoted reprint; no part is moved'))),
    pytest.param(('Dear Dr Varga,\n'
                  'Re: Mrs A. Flynn, review 10/03/2026\n'
                  'Her original diagnosis, for reference:\n'
                  '\n'
                  "HISTOLOGY (St. Brendan's Pathology, SB-19-04411, signed 12/03/2019):\n"
                  '  Left breast, wide local excision: invasive ductal carcinoma, grade 2'
                  ', 18 mm; margins clear.\n'
                  '\n'
                  'She now has a new right breast lump. Today\'s core biopsy reads: "Right'
                  " breast, 10 o'clock, core biopsy: fibroadenoma.\n"
                  'No atypia." I have reassured her.\n'
                  'Yours sincerely, Mr P. Doyle'),
                 {'L': '-', 'R': 'B'}, id='r12_p1'),
    pytest.param(('Dear Dr Varga,\n'
                  'Mrs Hodge had a simple cyst aspirated from the left breast in 2021. Sh'
                  'e now presents with a right breast mass and the\n'
                  'core biopsy result is below.\n'
                  '\n'
                  "FINAL SURGICAL PATHOLOGY (St. Brendan's Pathology, SB-26-01502, signed"
                  ' 09/03/2026):\n'
                  "  Right breast, 11 o'clock, core biopsy: Invasive ductal carcinoma, gr"
                  'ade 3.\n'
                  '\n'
                  'She is booked for MDT discussion.\n'
                  'Yours sincerely, Mr P. Doyle'),
                 {'L': '-', 'R': 'M'}, id='r12_p2',
                 marks=pytest.mark.xfail(strict=True, reason=("review r12_p2 (12): read {'L': 'B', 'R': 'M'}; und"
                                                          'er-reach: with no quotation mark the letter is rea'
                                                          'd whole, so its own 2021 left cyst labels'))),
    pytest.param(('Dear Dr Varga,\n'
                  'The core biopsy result is below.\n'
                  '\n'
                  "FINAL SURGICAL PATHOLOGY (St. Brendan's Pathology, SB-26-01502, signed"
                  ' 09/03/2026):\n'
                  "  Right breast, 11 o'clock, core biopsy: Invasive ductal carcinoma, gr"
                  'ade 3.\n'
                  'As you know, she had a simple cyst aspirated from the left breast in 2'
                  '021 and has been well since.\n'
                  '\n'
                  'She is booked for MDT discussion.\n'
                  'Yours sincerely, Mr P. Doyle'),
                 {'L': '-', 'R': 'M'}, id='r12_p3',
                 marks=pytest.mark.xfail(strict=True, reason=("review r12_p3 (12): read {'L': 'B', 'R': 'M'}; und"
                                                          'er-reach: with no quotation mark the letter is rea'
                                                          'd whole, so its own 2021 left cyst labels'))),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Specimen: Right orbit, incisional biopsy of a superonasal mass.\n'
                  'Diagnosis: Right orbit, biopsy: Embryonal rhabdomyosarcoma. Myogenin p'
                  'ositive (focal), desmin positive.\n'
                  'Comment: FOXO1 FISH sent to confirm fusion-negative status.'),
                 {'L': '-', 'R': '-'}, id='r13_p1'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Specimen: Left forearm, soft tissue mass, core biopsy.\n'
                  'Diagnosis: Left forearm mass, core biopsy: Alveolar rhabdomyosarcoma, '
                  'fusion-positive (PAX3-FOXO1).\n'
                  'Comment: discussed with the sarcoma MDT; staging scans requested.'),
                 {'L': '-', 'R': '-'}, id='r13_p2'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  'A. Left nasal cavity, biopsy: Embryonal rhabdomyosarcoma, botryoid fea'
                  'tures.\n'
                  'B. Left breast, core biopsy: Fibroadenoma.\n'
                  'Comment: part B was sampled for a palpable lump noted at the staging e'
                  'xamination.'),
                 {'L': 'B', 'R': '-'}, id='r13_p3'),
    pytest.param(('Diagnosis: bilateral breast reductions (macromastia, 710 g and 690 g),'
                  ' and both show sclerosing adenosis with small\n'
                  'cysts and fibrocystic change.\n'
                  'No atypia. No malignancy.\n'
                  'Pathologist: Dr H. Varga, 27/02/2026'),
                 {'L': 'B', 'R': 'B'}, id='r9_n3b'),
    pytest.param(('Dear Dr Varga,\n'
                  'Mrs Hodge told me she had been "worried sick since the mammogram lette'
                  'r arrived" and was keen to hear the result.\n'
                  '\n'
                  "FINAL SURGICAL PATHOLOGY (St. Brendan's Pathology, SB-26-01502, signed"
                  ' 09/03/2026):\n'
                  "  Right breast, 11 o'clock, core biopsy: Invasive ductal carcinoma, gr"
                  'ade 3. ER negative, HER2 negative.\n'
                  '\n'
                  'She is booked for MDT discussion on Tuesday.\n'
                  'Yours sincerely, Mr P. Doyle'),
                 {'L': '-', 'R': 'M'}, id='r12_p4'),
    pytest.param(('Dear Dr Varga,\n'
                  'Mrs Hodge told me she had been "worried sick since the mammogram lette'
                  'r arrived" and was keen to hear the result.\n'
                  '\n'
                  "FINAL SURGICAL PATHOLOGY (St. Brendan's Pathology, SB-26-01502, signed"
                  ' 09/03/2026):\n'
                  "  Right breast, 11 o'clock, core biopsy: Invasive ductal carcinoma, gr"
                  'ade 3. ER negative, HER2 negative.\n'
                  'As you know, she had a simple cyst aspirated from the left breast in 2'
                  '021 and has been well since.\n'
                  '\n'
                  'She is booked for MDT discussion on Tuesday.\n'
                  'Yours sincerely, Mr P. Doyle'),
                 {'L': '-', 'R': 'M'}, id='r12_p5'),
    pytest.param(('Dear Dr Varga,\n'
                  'Her core biopsy in January was reported as: "Right breast, 11 o\'clock,'
                  ' core biopsy: atypical ductal hyperplasia,\n'
                  'excision advised." The excision has now been reported.\n'
                  '\n'
                  "FINAL SURGICAL PATHOLOGY (St. Brendan's Pathology, SB-26-01502, signed"
                  ' 09/03/2026):\n'
                  '  Right breast, wire-guided excision: Ductal carcinoma in situ, low gr'
                  'ade, cribriform, 9 mm; margins clear (4 mm).\n'
                  '\n'
                  'She is booked for MDT discussion on Tuesday.\n'
                  'Yours sincerely, Mr P. Doyle'),
                 {'L': '-', 'R': 'BM'}, id='r12_p6'),
    pytest.param(('Dear Dr Varga,\n'
                  'Her core biopsy in January was reported as: "Right breast, 11 o\'clock,'
                  ' core biopsy: atypical ductal hyperplasia,\n'
                  'excision advised." The excision has now been reported.\n'
                  '\n'
                  "FINAL SURGICAL PATHOLOGY (St. Brendan's Pathology, SB-26-01502, signed"
                  ' 09/03/2026):\n'
                  '  Right breast, wire-guided excision: Ductal carcinoma in situ, low gr'
                  'ade, cribriform, 9 mm; margins clear (4 mm).\n'
                  'As you know, she had a simple cyst aspirated from the left breast in 2'
                  '021 and has been well since.\n'
                  '\n'
                  'She is booked for MDT discussion on Tuesday.\n'
                  'Yours sincerely, Mr P. Doyle'),
                 {'L': '-', 'R': 'BM'}, id='r12_p7'),
    pytest.param(('FOOMKA CODSIGA [APPLICATION FORM] - translated from Somali\n'
                  "QAYBTA 2 - BAYAANKA CODSADAHA [SECTION 2 - APPLICANT'S STATEMENT]\n"
                  'I was told I have a small lump that is not cancer and that I should co'
                  'me back later.\n'
                  "QAYBTA 3 - WARBIXINTA DHAKTARKA [SECTION 3 - ATTENDING PHYSICIAN'S STA"
                  'TEMENT]\n'
                  'Right breast, ultrasound-guided core biopsy 09/01/2026: invasive ducta'
                  'l carcinoma, grade 2, ER positive, HER2\n'
                  'negative. Referred for surgery.'),
                 {'L': '-', 'R': 'M'}, id='r6_p1'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
