"""Review p127 of the eleven pathology rules for b127-b128 (19f6981 against 7b69e01), pinned after their narrowing.

The review read 143 texts (82 near misses, 61 variants, written and labelled from the guide before either revision was
run; r8_06's expectation corrected by the reviewer after the run). 19f6981 read 116 as labelled; it found 7
over-reaches (E01-E05, E07, E08: rule 1's medico-legal lift on r1_05, r1_06, r1_14, rule 3's mid-line "Conclusion:" /
"Comment:" on r3_09, r3_12, rule 5's zero size on r5_06, rule 10's "opéré," on r10_06) and 1 text newly wrong another
way (E06, rule 4's "L 540g - R 590g" on r4_10). The narrowing: a medico-legal record is told by a title or letterhead
line naming its court, office, authority or certificate with no field's label before it, none of those lines a
pathology report's title, and "incapacity" alone names none; once it quotes one result under a "quoted" lead-in, a
result it quotes under a dated histology lead-in of its own is its diagnosis too (a time may stand in the lead-in's
aside); a dictation's mid-line "Conclusion:" opens a section only after the microscopy is said in its paragraph and
not on a line a history heading opens, and a mid-line "Comment:" opens none; a weight line's letter is no side before
the other side's letter and weight; a zero size is the whole answer up to its line's end (a bracketed response may
close it; "residual" may follow the finding's comma); a French / Spanish "opéré(e)" keeps a postposed side only for a
benign finding and only closing its clause (";", a full stop, the line's end, or a comma before "sans ..."). Taken
under-reaches of the rules' own classes: "540gm", "has not been completely excluded", the masculine Catalan "pit
dret", "experience of". Expectations corrected where the guide clearly says otherwise: r1_20 and r1_23 (the record's
own words are history by the medico-legal rule) and r1_24 (the claim-form rule labels the treating doctor's right
carcinoma). Every over-reach and the newly wrong text read as at 7b69e01 or right (7 right, r4_10 as at 7b69e01); every
newly right text stays right; 131 read as labelled (129 against the review's own expectations). Each right text must
keep reading as labelled; the 12 still wrong (3 under-reaches, 9 older behaviour, among them r4_10) are strict xfails,
each with its reading and reason."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('CERTIFICATE OF INCAPACITY FOR JURY SERVICE\n'
                  'To: The Jury Central Summoning Bureau\n'
                  'From: Dr Imogen Farrant, Consultant Clinical Oncologist, Wessex Cancer'
                  ' Centre\n'
                  '\n'
                  'Re: Ms Paula Kinsey, DOB 03/09/1968, juror ref. 26/4471893\n'
                  '\n'
                  'Ms Kinsey is receiving ongoing treatment for right breast cancer (adju'
                  'vant radiotherapy, daily for three weeks from 09/03/2026) and is not a'
                  'ble to attend during the summons period.\n'
                  '\n'
                  'Histology quoted from the report (Wessex Pathology WPS-H-26-03318, 24/'
                  '02/2026):\n'
                  '"Right breast, wide local excision (post-neoadjuvant chemotherapy): No'
                  ' residual invasive carcinoma or ductal carcinoma in situ. Tumour bed f'
                  'ibrosis with biopsy-site changes. Margins clear. ypT0 ypN0."\n'
                  '\n'
                  'I expect her to be fit for jury service after 01/06/2026.\n'
                  'Dr I. Farrant, GMC 4471209'),
                 {'L': '-', 'R': 'B'}, id='r1_01'),
    pytest.param(('DRIVER LICENCE MEDICAL REPORT\n'
                  'Medical examination for a commercial driver licence (Code 10)\n'
                  'Examining practitioner: Dr R. Mahlangu, Eastgate Family Practice\n'
                  '\n'
                  'Applicant: Mrs Thandiwe Khoza   Licence no. 0043 2817 55\n'
                  'Relevant history: breast cancer diagnosed January 2026, surgery comple'
                  'ted, now on letrozole; no chemotherapy. No syncope, no visual disturba'
                  'nce. Right breast DCIS treated by mastectomy in 2014.\n'
                  '\n'
                  'Pathology quoted from the report (Eastgate Laboratory EL-H-26-00571, 2'
                  '8/01/2026):\n'
                  '"Left breast, hookwire-guided wide local excision: Invasive lobular ca'
                  'rcinoma, grade 2, 17 mm. Lobular carcinoma in situ, classical type. Ma'
                  'rgins clear (closest 4 mm)."\n'
                  '\n'
                  'Visual acuity 6/6 both eyes. Fields full to confrontation. BP 128/82.\n'
                  'Opinion: fit to drive; no restriction. Review in 12 months.'),
                 {'L': 'BM', 'R': '-'}, id='r1_02'),
    pytest.param(('GUARDIANSHIP APPLICATION - MEDICAL REPORT\n'
                  'Guardianship and Administration Tribunal (Form 5: health professional '
                  'report)\n'
                  'Prepared by Dr Anton Vasquez, Geriatrician, Bayside Health\n'
                  '\n'
                  'Person: Mrs Edna Loughlin, 84 years\n'
                  'Diagnoses:\n'
                  '1. Vascular dementia, moderate (MMSE 14/30 on 12/02/2026).\n'
                  '2. Breast cancer, awaiting surgery (see below).\n'
                  '3. Type 2 diabetes, diet controlled.\n'
                  '\n'
                  'Histopathology (quoted verbatim from the laboratory report, Bayside Pa'
                  'thology\n'
                  'BP-26-0812, dated 14/01/2026):\n'
                  '"Right breast, 10 o\'clock, ultrasound-guided core biopsy: Invasive car'
                  'cinoma of no special type, grade 2. B5b."\n'
                  '\n'
                  'Opinion on capacity: Mrs Loughlin is unable to understand or weigh the'
                  ' information about the proposed mastectomy and lacks capacity to make '
                  'this decision. I support the appointment of her daughter as guardian f'
                  'or health decisions.'),
                 {'L': '-', 'R': 'M'}, id='r1_03'),
    pytest.param(('COURT OF PROTECTION\n'
                  'COP3 - Assessment of capacity\n'
                  'Practitioner: Dr Sunita Raval, Consultant Psychiatrist (Learning Disab'
                  'ility)\n'
                  '\n'
                  'Section 3 - The matter: whether Ms Gwendolyn Arbery has capacity to co'
                  'nsent to surgical excision of a left breast lesion.\n'
                  '\n'
                  'Relevant background: Ms Arbery has Down syndrome and early-onset Alzhe'
                  "imer's disease. A left breast lump was found in November 2025 and biop"
                  'sied; the breast team wish to excise it because papillomas can occasio'
                  'nally harbour cancer. Histology quoted from the report (North Mercia P'
                  'athology NMP-25-20114, 02/12/2025): "Left breast, 1 o\'clock, core biop'
                  'sy: Intraductal papilloma without atypia. B3."\n'
                  '\n'
                  'Assessment: she could not retain the information for more than a few m'
                  'inutes or weigh the risks of anaesthesia. In my opinion she lacks capa'
                  'city in relation to this matter.'),
                 {'L': 'B', 'R': '-'}, id='r1_04'),
    pytest.param(('MEDICAL REPORT - FITNESS TO DRIVE\n'
                  'Group 1 driving licence - notifiable condition review\n'
                  'Completed by: Dr Oisin Fahy, GP, Ballinrobe Medical Centre\n'
                  '\n'
                  'Patient: Ms Aoife Brennan, DOB 21/06/1964\n'
                  '\n'
                  'Histology quoted from the report (Mayo University Hospital MUH-H-25-30'
                  '871, 22/10/2025):\n'
                  '"Left breast, ultrasound-guided core biopsy: Atypical ductal hyperplas'
                  'ia. B3."\n'
                  'Excision histology (MUH-H-25-33190, 28/11/2025):\n'
                  '"Left breast, wide local excision: Ductal carcinoma in situ, intermedi'
                  'ate grade, 14 mm, with adjacent atypical ductal hyperplasia. Margins c'
                  'lear (closest 3 mm)."\n'
                  '\n'
                  'She has completed radiotherapy and has no condition affecting her fitn'
                  'ess to drive. No restriction required.'),
                 {'L': 'BM', 'R': '-'}, id='r1_05'),
    pytest.param(('HISTOPATHOLOGY REPORT - Riverside University Hospital\n'
                  'Patient: Mrs Olive Marchetti (adult under guardianship order; consent '
                  'signed by guardian)   DOB 11/05/1951\n'
                  'Lab no: RUH-H-26-04527   Received: 10/03/2026\n'
                  '\n'
                  'CLINICAL DETAILS:\n'
                  'Histology quoted from core (RUH-H-26-01160, 19/01/2026): "Left breast '
                  'core: invasive carcinoma NST, grade 2." Neoadjuvant chemotherapy compl'
                  'eted, now wide local excision.\n'
                  '\n'
                  'MACROSCOPY:\n'
                  'Wide local excision 38 g, 55 x 40 x 30 mm, with a clip and an ill-defi'
                  'ned 18 mm fibrotic area.\n'
                  '\n'
                  'DIAGNOSIS:\n'
                  'Left breast, wide local excision: No residual invasive carcinoma or DC'
                  'IS (pathological complete response, ypT0). Tumour bed fibrosis with bi'
                  'opsy-site changes. Margins clear.'),
                 {'L': 'B', 'R': '-'}, id='r1_06'),
    pytest.param(('CERTIFICATE FOR EXCUSAL FROM JURY SERVICE\n'
                  'Juror number 5528 1190 - Crown Court at Exeter\n'
                  'From Dr P. Hollis, Hospice Medical Director\n'
                  '\n'
                  'Mrs Caroline Yeo is under the care of the hospice team. She remains un'
                  'der active palliative treatment for metastatic left breast cancer (bon'
                  'e and liver metastases) and is not fit to serve.\n'
                  '\n'
                  'Histology (2019, quoted from the discharge summary): "Left breast, mas'
                  'tectomy: Invasive ductal carcinoma, grade 3, 38 mm. 4/12 axillary node'
                  's involved."\n'
                  '\n'
                  'She is unlikely to be fit for jury service at any time in the future a'
                  'nd I would ask that she be excused permanently.'),
                 {'L': 'M', 'R': '-'}, id='r1_07'),
    pytest.param(('ASSESSMENT OF CAPACITY - report for the Court of Protection\n'
                  'Decision: consent to right mastectomy\n'
                  'Assessor: Dr L. Okonkwo, Consultant Liaison Psychiatrist\n'
                  '\n'
                  "Diagnosis (from the breast team's letter of 02/02/2026): right breast "
                  'invasive ductal carcinoma, grade 3, diagnosed on core biopsy 26/01/202'
                  '6; mastectomy recommended.\n'
                  '\n'
                  'Understanding: I asked Mrs Tranter what the biopsy had shown. Patholog'
                  'y quoted in her own words: "It was just a cyst, they take them out to '
                  'be safe."\n'
                  'She could not be persuaded otherwise after three explanations over two'
                  ' days. She does not accept that she has cancer.\n'
                  '\n'
                  'Conclusion: Mrs Tranter lacks capacity to decide on the proposed maste'
                  'ctomy.'),
                 {'L': '-', 'R': 'M'}, id='r1_08',
                 marks=pytest.mark.xfail(strict=True, reason=("review r1_08 (rule 1): read {'L': '-', 'R': 'BM'};"
                                                          " older behaviour: the patient's lay quotation ('It"
                                                          " was just a cyst'), kept out of the lift as the gu"
                                                          'ide asks, is read as a right breast cyst by the ol'
                                                          'der path (7b69e01 reads R=BM too)'))),
    pytest.param(('CERTIFICATE OF INCAPACITY FOR JURY SERVICE\n'
                  'Summoning Officer, Leeds Combined Court Centre\n'
                  "From: Dr Niamh Cullen, Breast Surgeon, St James's\n"
                  '\n'
                  'Mrs Sandra Pyke is under investigation for a left breast lump and is l'
                  'isted for surgery on 18/03/2026; she will need 3 weeks to recover.\n'
                  '\n'
                  'Histology (Leeds Pathology report LP-H-26-05118, 11/02/2026): "Left br'
                  'east, 2 o\'clock, core biopsy: Fibroadenoma. No atypia. B2."\n'
                  '\n'
                  'Please defer her service to a date after 01/05/2026.'),
                 {'L': 'B', 'R': '-'}, id='r1_09'),
    pytest.param(('DRIVING LICENCE MEDICAL REPORT (Group 2 - bus and lorry)\n'
                  'Practitioner: Dr Hamid Qureshi, Occupational Physician\n'
                  'Employer: Westmere Coaches Ltd\n'
                  '\n'
                  'Applicant: Mrs Janine Oduya, DOB 04/11/1969\n'
                  'She also had a benign right breast lump removed many years ago, which '
                  'she describes as "a fibroadenoma"; no records are available.\n'
                  '\n'
                  'Surgical histology (quoted exactly from the Westdale University Hospit'
                  'al\n'
                  'pathology report WDU-H-26-02101, dated 19/02/2026):\n'
                  '"1. Left breast, mastectomy: Invasive micropapillary carcinoma, grade '
                  '3, 41 mm.\n'
                  '2. Left axillary clearance: metastatic carcinoma in 6 of 18 lymph node'
                  's."\n'
                  '\n'
                  'Adjuvant chemotherapy is due to start on 16/03/2026. She should not dr'
                  'ive a bus or lorry during chemotherapy; Group 1 driving may continue.'),
                 {'L': 'M', 'R': '-'}, id='r1_10'),
    pytest.param(('FITNESS TO DRIVE - MEDICAL QUESTIONNAIRE (breast surgery)\n'
                  'Completed by: Mr D. Ansell, Consultant Breast Surgeon\n'
                  'Patient: Mrs Harriet Coombe\n'
                  '\n'
                  'Operation: right breast excision biopsy, 03/02/2026. Benign breast lum'
                  'p; no effect on driving after two weeks.\n'
                  '\n'
                  'Final pathology quoted:\n'
                  '"Right breast, excision biopsy: Benign phyllodes tumour, 32 mm, margin'
                  's clear (closest 3 mm)."\n'
                  '\n'
                  'Fit to drive from 17/02/2026.'),
                 {'L': '-', 'R': 'M'}, id='r1_11'),
    pytest.param(('CERTIFICATE OF MEDICAL INCAPACITY - JURY SERVICE\n'
                  'Issued to: Jury Central Summoning Bureau\n'
                  'Doctor: Dr S. Whitlow, GP partner, Orchard Surgery\n'
                  '\n'
                  'Mrs Gail Mortimer had a breast cancer scare in January and underwent a'
                  ' left breast vacuum excision on 24/02/2026. She is recovering and cari'
                  'ng for her husband after his stroke.\n'
                  'Histology quoted from the report (Orchard Pathology OP-26-1193, 02/03/'
                  '2026): “Left breast, vacuum-assisted excision: Radial scar with usual '
                  'ductal hyperplasia. No atypia or malignancy.”\n'
                  'I would be grateful if her jury service could be deferred by six month'
                  's.'),
                 {'L': 'B', 'R': '-'}, id='r1_12'),
    pytest.param(('MENTAL CAPACITY ASSESSMENT (Mental Capacity Act 2005, sections 2-3)\n'
                  'Decision to be made: consent to right mastectomy\n'
                  'Assessor: Dr F. Ngata, Consultant Old Age Psychiatrist\n'
                  '\n'
                  'Medical background (GP summary): right breast cancer; left breast fibr'
                  "oadenoma under ultrasound surveillance since 2022; Alzheimer's disease"
                  '.\n'
                  '\n'
                  'Histology quoted from the report (County Hospital CH-H-26-00872, 20/01'
                  '/2026):\n'
                  '"Right breast, core biopsy: Invasive lobular carcinoma, classical type'
                  ', grade 2. B5b."\n'
                  '\n'
                  'Outcome: Mrs Delaney understands that she has a growth in her right br'
                  'east that needs removing and can weigh the options. She has capacity t'
                  'o make this decision.'),
                 {'L': '-', 'R': 'M'}, id='r1_13'),
    pytest.param(('HISTOPATHOLOGY\n'
                  "Specimen: Left breast, 2 o'clock, US core x3\n"
                  'Clinical: 47F, palpable lump. Pt has jury service from 16/03 and reque'
                  'sts the result before then. Histology quoted from the FNA report (MUH-'
                  'C-26-0102, 03/02/2026): "Left breast FNA: C3, atypia, probably benign.'
                  '"\n'
                  'Macro: Three cores, 8-14 mm.\n'
                  'Micro: Cores of fibrous stroma infiltrated by cords and single files o'
                  'f discohesive cells with targetoid growth; E-cadherin negative.\n'
                  'Diagnosis: Left breast, core biopsy: Invasive lobular carcinoma, grade'
                  ' 2. B5b.\n'
                  'Reported by Dr T. Ferris'),
                 {'L': 'M', 'R': '-'}, id='r1_14'),
    pytest.param(('REPORT TO THE FAMILY COURT - PARENTING CAPACITY (health aspects)\n'
                  'Case no. FC-26-00318\n'
                  'Author: Dr Marguerite Oyelaran, GP\n'
                  '\n'
                  'The mother, Ms Kayleigh Durrant, is 34. She has been unwell this year '
                  "and has needed help with the children's school runs.\n"
                  'Pathology quoted from the report (Southport General SG-H-26-02260, 06/'
                  '02/2026):\n'
                  '"Right breast, wide local excision: Invasive carcinoma of no special t'
                  'ype, grade 2, 21 mm. DCIS, intermediate grade. Margins clear."\n'
                  'She is now receiving adjuvant chemotherapy and her energy is expected '
                  'to recover within six months of finishing treatment. In my opinion her'
                  ' illness does not, of itself, prevent her from caring for the children'
                  '.'),
                 {'L': '-', 'R': 'M'}, id='r1_15'),
    pytest.param(('DRIVER LICENSING AUTHORITY - MEDICAL REPORT\n'
                  'Fitness to drive assessment (post-operative)\n'
                  'Doctor: Dr Emma Lusk, Breast Surgeon\n'
                  '\n'
                  'Reason for report: treatment for breast cancer; surgery planned. Right'
                  ' breast cancer previously excluded in 2023.\n'
                  'Pathology quoted from the report (report authorised 11/02/2026 14:32, '
                  'ref CLH-26-3345):\n'
                  '"Left breast, core biopsy: Fibroepithelial lesion. B3. Excision advise'
                  'd."\n'
                  '\n'
                  'She may resume driving two weeks after surgery.'),
                 {'L': '-', 'R': '-'}, id='r1_16'),
    pytest.param(('JURY SUMMONS - MEDICAL CERTIFICATE\n'
                  'Deferral request, Sheriff Court, Glasgow\n'
                  'From: Dr C. McBride, GP, Partick Medical Practice\n'
                  '\n'
                  'Mrs Morag Lennie is awaiting surgery for a left breast lesion describe'
                  'd to her as "probably a cancer" at the one-stop clinic.\n'
                  'Histology quoted from the report (QEUH Pathology, 15 December 2025):\n'
                  '"Left breast, stereotactic core biopsy: Atypical ductal hyperplasia, B'
                  '3. Excision is recommended."\n'
                  '\n'
                  'I support a deferral of 3 months.'),
                 {'L': 'B', 'R': '-'}, id='r1_17'),
    pytest.param(('CERTIFICATE OF INCAPACITY FOR JURY SERVICE\n'
                  'Juror no. 3381-0071   Blackfriars Crown Court\n'
                  'Dr Rosalind Achebe, Consultant Breast Surgeon\n'
                  '\n'
                  'Ms Pauline Grey has had two operations at the breast unit this year fo'
                  'r a right breast lesion and is still recovering.\n'
                  "Histology quoted from the reports (Guy's & St Thomas' GST-H-26-00412, "
                  '18/01/2026 and GST-H-26-01902, 22/02/2026):\n'
                  '"A. Right breast, core biopsy: Intraductal papilloma with atypical duc'
                  'tal hyperplasia.\n'
                  'B. Right breast, excision: Intraductal papilloma with atypical ductal '
                  'hyperplasia, excised. No in situ or invasive carcinoma."\n'
                  'She should be fit for service after 30/04/2026.'),
                 {'L': '-', 'R': 'B'}, id='r1_18'),
    pytest.param(('DRIVING LICENCE - MEDICAL REPORT FOR THE LICENSING AUTHORITY\n'
                  'Vocational licence (taxi), Borough of Redbridge\n'
                  'Examining doctor: Dr K. Adjaye\n'
                  '\n'
                  'Applicant: Mrs Fatima Baig\n'
                  'Histology quoted from the report (Barking Hospital BH-H-26-01172, 09/0'
                  '2/2026): "Left breast, core biopsy: Invasive ductal carcinoma, grade 2'
                  '. B5b."\n'
                  'Histology quoted from the report (Barking Hospital BH-H-26-01173, 09/0'
                  '2/2026): "Right breast, core biopsy: Fibroadenoma. B2."\n'
                  'Fit to drive; review after surgery.'),
                 {'L': 'M', 'R': 'B'}, id='r1_19'),
    pytest.param(('CERTIFICATE OF INCAPACITY FOR JURY SERVICE\n'
                  'Central Summoning Bureau - deferral\n'
                  'Dr H. Lowther, GP, Marsh Lane Surgery\n'
                  '\n'
                  'Current diagnosis: right breast invasive ductal carcinoma, grade 2, di'
                  'agnosed on core biopsy at the Royal on 03/03/2026; she is awaiting a m'
                  'astectomy.\n'
                  '\n'
                  'Histology quoted from the report (Royal Infirmary RI-H-24-11872, 14/10'
                  '/2024):\n'
                  '"Left breast, core biopsy: Fibroadenoma. B2."\n'
                  '\n'
                  'She will not be able to attend for at least four months.'),
                 {'L': 'B', 'R': '-'}, id='r1_20'),
    pytest.param(('CERTIFICATE OF INCAPACITY FOR JURY SERVICE\n'
                  'Crown Court at Truro - juror 7720-4431\n'
                  'Dr M. Penrose, Consultant Breast Surgeon\n'
                  '\n'
                  'Mrs Tamsin Hocking had a left breast biopsy in January.\n'
                  'Histology quoted from the original report (Treliske Pathology TP-26-00'
                  '381, 12/01/2026):\n'
                  '"Left breast, core biopsy: Ductal carcinoma in situ, low grade."\n'
                  'Histology quoted from the amended report (Treliske Pathology TP-26-003'
                  '81-A1, 02/02/2026):\n'
                  '"Left breast, core biopsy: Atypical ductal hyperplasia. On review with'
                  ' CK5/6 and ER the diagnosis of DCIS is withdrawn."\n'
                  'She is awaiting excision and should be excused until June.'),
                 {'L': 'B', 'R': '-'}, id='r1_21'),
    pytest.param(('DRIVER LICENCE MEDICAL REPORT\n'
                  'Motor Vehicle Registry - medical fitness review\n'
                  'Doctor: Dr Y. Tanaka, GP\n'
                  '\n'
                  'Patient: Mrs Rosalind Kerr\n'
                  'She had treatment for left breast cancer in 2018 (lumpectomy and radio'
                  'therapy) with no recurrence since.\n'
                  'Histology quoted from the report (Dermatology Pathology DP-26-0441, 05'
                  '/02/2026):\n'
                  '"Skin, back, excision: Superficial spreading malignant melanoma, Bresl'
                  'ow 0.4 mm, completely excised."\n'
                  'Fit to drive; no restriction.'),
                 {'L': '-', 'R': '-'}, id='r1_22'),
    pytest.param(('MEDICAL REPORT FOR THE DRIVER LICENSING AUTHORITY\n'
                  'Fitness to drive after breast surgery\n'
                  'Mr J. Ferreira, Consultant Oncoplastic Surgeon\n'
                  '\n'
                  'Histology quoted from the report (Central Lab CL-26-00912, 19/01/2026)'
                  ':\n'
                  '"Left breast, vacuum-assisted biopsy: Atypical ductal hyperplasia. B3.'
                  '"\n'
                  'Update 18/03/2026: the subsequent left wide local excision showed a 4 '
                  'mm focus of low-grade ductal carcinoma in situ; margins clear. No furt'
                  'her surgery is needed.\n'
                  '\n'
                  'She may drive from 01/04/2026.'),
                 {'L': 'B', 'R': '-'}, id='r1_23'),
    pytest.param(('INCOME PROTECTION CLAIM - INCAPACITY BENEFIT\n'
                  "Attending physician's statement (Part C)\n"
                  'Treating doctor: Dr S. Ivanova, Breast Surgeon\n'
                  '\n'
                  'Diagnosis: Right breast invasive ductal carcinoma (core biopsy 12/01/2'
                  '026), treated by mastectomy 02/02/2026. Left breast intraductal papill'
                  'oma excised 02/02/2026 (benign).\n'
                  'Date unable to work from: 02/02/2026. Expected return: 01/06/2026.\n'
                  'Histology quoted from the report (Metro Pathology MP-26-2281, 06/02/20'
                  '26):\n'
                  '"Right breast, mastectomy: Invasive ductal carcinoma, grade 2, 26 mm. '
                  'Margins clear."\n'
                  'Signed: Dr S. Ivanova'),
                 {'L': 'B', 'R': 'M'}, id='r1_24',
                 marks=pytest.mark.xfail(strict=True, reason=("review r1_24 (rule 1): read {'L': '-', 'R': 'M'}; "
                                                          "older behaviour: the attending physician's 'Left b"
                                                          'reast intraductal papilloma excised 02/02/2026 (be'
                                                          "nign)' is not read (7b69e01 reads L=- R=M too); 'i"
                                                          "ncapacity' alone no longer makes the claim a medic"
                                                          'o-legal record'))),
    pytest.param(('EMPLOYMENT TRIBUNAL - MEDICAL REPORT\n'
                  'Claim no. 2204417/2025 (disability discrimination)\n'
                  'Author: Dr G. Whitaker, Consultant Occupational Physician\n'
                  '\n'
                  'The claimant was diagnosed with left breast cancer in 2024 and returne'
                  'd to work in 2025.\n'
                  'Histology quoted from the report (Northwick Park NP-H-24-08814, 12/06/'
                  '2024):\n'
                  '"Left breast, wide local excision: Invasive lobular carcinoma, grade 2'
                  ', 23 mm. Margins clear."\n'
                  'In my opinion she is a disabled person within the meaning of the Equal'
                  'ity Act 2010 by reason of cancer.'),
                 {'L': 'M', 'R': '-'}, id='r1_25'),
    pytest.param(('DRIVER LICENCE MEDICAL REPORT - Class 4 (taxi)\n'
                  'Licensing Office, Cork City Council\n'
                  'Examining doctor: Dr B. Ni Bhriain\n'
                  '\n'
                  'History: Right breast lump 2025, excised. Hypertension controlled.\n'
                  'Pathology quoted as she told me: "They said it was a lump of fat, noth'
                  'ing to worry about."\n'
                  'Histology (Cork University Hospital CUH-H-25-22871, 04/12/2025): "Righ'
                  't breast, excision: Fibroadenoma, 24 mm."\n'
                  'Fit to drive.'),
                 {'L': '-', 'R': 'B'}, id='r1_26'),
    pytest.param(('GUARDIANSHIP ORDER - MEDICAL CERTIFICATE\n'
                  'Public Guardian (application for a guardianship order, health matters)'
                  '\n'
                  'Dr Renata Silva, Geriatrician, Hillcrest Hospital\n'
                  '\n'
                  'Mrs Evangeline Pratt, 91, has advanced dementia and cannot communicate'
                  ' a decision about treatment of her breast cancer.\n'
                  'Histopathology quoted:\n'
                  '"Left breast, punch biopsy of ulcerated mass: Invasive carcinoma of no'
                  ' special type, grade 3, involving the dermis."\n'
                  'I recommend that a guardian be appointed to make health care decisions'
                  '.'),
                 {'L': 'M', 'R': '-'}, id='r1_27'),
    pytest.param(('CERTIFICATE OF INCAPACITY FOR JURY SERVICE\n'
                  'Wellington District Court - Jury Office\n'
                  'Dr A. Tamihana, GP\n'
                  '\n'
                  'Mrs Ngaire Walker has an ongoing breast problem under investigation at'
                  ' the hospital.\n'
                  'Histology quoted from the report (Capital Pathology CP-26-0733, 20/02/'
                  '2026):\n'
                  '"CLINICAL DETAILS: Left breast mass 3 cm, ?phyllodes.\n'
                  'DIAGNOSIS: Left breast, core biopsy: Fibroadenoma, B2."\n'
                  'I ask that she be excused for three months.'),
                 {'L': 'B', 'R': '-'}, id='r1_28'),
    pytest.param(('MEDICAL REPORT: FITNESS TO DRIVE\n'
                  'Driving licence - Group 1, condition: breast cancer with cerebral meta'
                  'stases?\n'
                  'Dr W. Baptiste, Medical Oncologist\n'
                  '\n'
                  'MRI brain 02/03/2026: no metastases. She was told in clinic that her "'
                  'breast cancer might have spread to the brain" - this has been excluded'
                  '.\n'
                  'Histology (quoted, LIS): "Right breast, core biopsy: Invasive carcinom'
                  'a NST, grade 3, triple negative. B5b."\n'
                  'She may continue to drive.'),
                 {'L': '-', 'R': 'M'}, id='r1_29'),
    pytest.param(('JURY SERVICE - MEDICAL CERTIFICATE (deferral)\n'
                  'Court Service, Belfast\n'
                  'Dr E. McAllister, GP\n'
                  '\n'
                  'Mrs Sinead Quinn had a right breast cyst aspirated on 12/02/2026 and a'
                  ' core biopsy of an adjacent lesion. She is anxious and awaiting follow'
                  '-up.\n'
                  'Histology quoted from the report (Belfast City Hospital BCH-H-26-0992,'
                  ' 16/02/2026):\n'
                  '"Right breast, 9 o\'clock, core biopsy: Sclerosing adenosis with column'
                  'ar cell change. No atypia or malignancy."\n'
                  'Cytology (BCH-C-26-0211): "Right breast cyst fluid: benign cyst conten'
                  'ts."\n'
                  'Deferral by three months is requested.'),
                 {'L': '-', 'R': 'B'}, id='r1_30'),
    pytest.param(('CERTIFICATE OF INCAPACITY FOR JURY SERVICE\n'
                  'Juror ref. 66104452 - Manchester Crown Court\n'
                  'Dr O. Adebayo, Clinical Oncologist\n'
                  '\n'
                  'Mrs Paula Rigby is having radiotherapy for right breast cancer until 1'
                  '0/04/2026.\n'
                  'Histology quoted from the report (Christie Pathology CP-H-26-0314, 22/'
                  '01/2026): "Right breast, core biopsy: Invasive ductal carcinoma, grade'
                  ' 2. Lymphovascular invasion present."\n'
                  'Re-excision histology (CP-H-26-0772, 20/02/2026): "Right breast, re-ex'
                  'cision of margins: No residual carcinoma. Fat necrosis."\n'
                  'She will be fit for service after 01/06/2026.'),
                 {'L': '-', 'R': 'M'}, id='r1_31'),
    pytest.param(('DRIVER LICENCE MEDICAL REPORT\n'
                  'Licence class: HR (heavy rigid)   Transport Authority medical standard'
                  's\n'
                  'Examining doctor: Dr T. Vukovic\n'
                  '\n'
                  'The applicant reports being treated for a breast lump last year and fe'
                  'els well. She is not on any sedating medication.\n'
                  'Pathology (quoted from the discharge summary, Royal North Shore RNS-H-'
                  '25-14410,\n'
                  '03/11/2025):\n'
                  '"Left breast, wide local excision: Mucinous carcinoma, 14 mm, grade 1.'
                  ' Margins clear."\n'
                  'She meets the standard for an unconditional licence.'),
                 {'L': 'M', 'R': '-'}, id='r1_32'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  "Specimen: Right breast, 9 o'clock, US-guided core biopsy (4 cores)\n"
                  'Microscopy: The cores contain a cribriform intraductal proliferation o'
                  'f monotonous cells involving two ducts, 2 mm in aggregate.\n'
                  'Diagnosis: Right breast, core: Atypical intraductal epithelial prolife'
                  'ration. At this stage low-grade DCIS has not been excluded; diagnostic'
                  ' excision is recommended. B3.\n'
                  'Reported by Dr K. Adeyemi'),
                 {'L': '-', 'R': '-'}, id='r2_01'),
    pytest.param(("Left breast, 11 o'clock, vacuum-assisted biopsy (8 cores):\n"
                  'Intraductal papilloma with atypical ductal hyperplasia. B3.\n'
                  'Papillary carcinoma has not yet been ruled out in view of the M4 imagi'
                  'ng; excision is recommended.'),
                 {'L': 'B', 'R': '-'}, id='r2_02'),
    pytest.param(('DIAGNOSIS\n'
                  "A. Right breast, 10 o'clock, core: Fibroadenoma. B2.\n"
                  "B. Left breast, 3 o'clock, core: Fibroepithelial lesion with cellular "
                  'stroma and focal stromal overgrowth. A phyllodes tumour has not been e'
                  'xcluded. B3.'),
                 {'L': '-', 'R': 'B'}, id='r2_03'),
    pytest.param(('Department of Cellular Pathology, Ashworth General Hospital\n'
                  'Lab no: AGH-H-26-0000   Received: 03/03/2026\n'
                  'CONCLUSION\n'
                  "Left breast, 12 o'clock, 14G core: Atypical ductal hyperplasia. Low-gr"
                  'ade DCIS\n'
                  'has not been excluded on this limited sample (B3). Please discuss at M'
                  'DT.\n'
                  'Reported by: Dr L. Marchant, Consultant Histopathologist. Authorised 0'
                  '5/03/2026.'),
                 {'L': 'B', 'R': '-'}, id='r2_04'),
    pytest.param(('Right breast, stereotactic vacuum biopsy for calcification:\n'
                  'Atypical lobular hyperplasia and flat epithelial atypia; invasive lobu'
                  'lar carcinoma and pleomorphic LCIS have not been excluded, as the calc'
                  'ification target is only partly represented. B3.'),
                 {'L': '-', 'R': 'B'}, id='r2_05',
                 marks=pytest.mark.xfail(strict=True, reason=("review r2_05 (rule 2): read {'L': '-', 'R': 'BM'};"
                                                          " under-reach: 'invasive lobular carcinoma and pleo"
                                                          "morphic LCIS have not been excluded' hedges only t"
                                                          'he nearest of the coordinated subjects'))),
    pytest.param(('Breast Clinic, Kingsway Hospital\n'
                  'Dear Dr Ross,\n'
                  'Re: Mrs Wendy Ashdown\n'
                  'I saw Mrs Ashdown again regarding the 3 cm lump in her left breast. Th'
                  'e core biopsy showed a fibroepithelial lesion. At this stage cancer ha'
                  's not been excluded and I have listed her for excision on 14/04/2026.\n'
                  'Yours sincerely, Miss A. Corrigan, Consultant Breast Surgeon'),
                 {'L': '-', 'R': '-'}, id='r2_06'),
    pytest.param(('SURGICAL PATHOLOGY - Lakeside Medical Center\n'
                  'Accession: LMC-S26-1037   Collected: 02/27/2026\n'
                  'Left breast, re-excision of superior margin:\n'
                  'Residual DCIS, intermediate grade, 6 mm, 0.5 mm from the new superior '
                  'margin. DCIS has not been excluded from the cavity wall shave; see par'
                  't B.\n'
                  'Electronically signed out by J. Park, MD, 03/02/2026.'),
                 {'L': 'M', 'R': '-'}, id='r2_07'),
    pytest.param(('Histopathology report, Tamar Valley Hospital\n'
                  'Request no. TVH-26-7074   Patient: F, 54 y\n'
                  "Right breast core (calcs, 6 o'clock):\n"
                  'Columnar cell lesion with flat epithelial atypia. Micro-calcification '
                  'in FEA. Low-grade DCIS has not been completely excluded. B3.\n'
                  'Pathologist: Dr R. Venkatesan (FRCPath). Report verified 06/03/2026.'),
                 {'L': '-', 'R': 'B'}, id='r2_08'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44111   Requesting: Breast Assessment Clinic\n'
                  'DIAGNOSIS: Left breast, core: Invasive ductal carcinoma, NST, grade 3.'
                  ' A metaplastic (spindle cell) component has not been excluded on the c'
                  'ore; the excision will be examined fully.\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': 'M', 'R': '-'}, id='r2_09'),
    pytest.param(('Right breast, wide local excision:\n'
                  'Invasive lobular carcinoma, classical type, grade 2, 22 mm. Pleomorphi'
                  'c LCIS is present at the periphery. Lymphovascular invasion has not be'
                  'en excluded (equivocal focus, D2-40 requested). Margins clear.'),
                 {'L': '-', 'R': 'BM'}, id='r2_10'),
    pytest.param(('Department of Cellular Pathology, Ashworth General Hospital\n'
                  'Lab no: AGH-H-26-0148   Received: 03/03/2026\n'
                  'Left breast core: Atypical ductal hyperplasia. On further levels and C'
                  'K5/6 / ER staining, low-grade DCIS has now been excluded. B3.\n'
                  'Reported by: Dr L. Marchant, Consultant Histopathologist. Authorised 0'
                  '5/03/2026.'),
                 {'L': 'B', 'R': '-'}, id='r2_11',
                 marks=pytest.mark.xfail(strict=True, reason=("review r2_11 (rule 2): read {'L': 'BM', 'R': '-'};"
                                                          " older behaviour: 'low-grade DCIS has now been exc"
                                                          "luded' (a positive exclusion) is not read as a neg"
                                                          'ation'))),
    pytest.param(('SURGICAL PATHOLOGY - Lakeside Medical Center\n'
                  'Accession: LMC-S26-1185   Collected: 02/27/2026\n'
                  'Right breast, wide local excision: Invasive carcinoma NST, grade 2, 15'
                  ' mm. Margins clear. Comment: the patient has not been excluded from th'
                  'e POSNOC trial on pathological grounds.\n'
                  'Electronically signed out by J. Park, MD, 03/02/2026.'),
                 {'L': '-', 'R': 'M'}, id='r2_12'),
    pytest.param(('Histopathology report, Tamar Valley Hospital\n'
                  'Request no. TVH-26-7222   Patient: F, 54 y\n'
                  'Left breast, core biopsy: Ductal carcinoma in situ, high grade, with c'
                  'omedo necrosis. Microinvasion has not been excluded; invasive carcinom'
                  'a has not been identified in these cores. B5a.\n'
                  'Pathologist: Dr R. Venkatesan (FRCPath). Report verified 06/03/2026.'),
                 {'L': 'M', 'R': '-'}, id='r2_13'),
    pytest.param(("St Brennan's Hospital - Cellular Pathology\n"
                  "Dictated by Dr M. O'Halloran, typed by GH 04/03/2026\n"
                  '\n'
                  'Clinical details. Left breast mass, 3 cm, ?phyllodes. Previous right b'
                  'reast DCIS 2017.\n'
                  'Macroscopy. A. Left breast core, four cores up to 15 mm.\n'
                  'Microscopy. A shows a fibroepithelial lesion with leaf-like fronds, mo'
                  'derate stromal cellularity and 3 mitoses per 10 hpf.\n'
                  'Conclusion. A, left breast core, benign phyllodes tumour, B3.'),
                 {'L': 'M', 'R': '-'}, id='r3_01'),
    pytest.param(('Dictated report - Dr P. Langley\n'
                  'Clinical history, right breast architectural distortion on screening; '
                  'left fibroadenoma excised 2020.\n'
                  'Specimen, B, right breast stereotactic cores x 6.\n'
                  'Microscopy, the cores show single-file infiltrating cells with targeto'
                  'id growth around ducts.\n'
                  'Conclusion, B, right breast core, invasive lobular carcinoma, classica'
                  'l type, B5b.'),
                 {'L': '-', 'R': 'M'}, id='r3_02'),
    pytest.param(('Dictated by Dr F. Ibekwe. Specimen left breast vacuum biopsy for calcs'
                  ', clinical history of right breast carcinoma treated 2020. Sections sh'
                  'ow columnar cells with low-grade cytological atypia, calcification pre'
                  'sent in the lumina. No invasive carcinoma. Conclusion: left breast vac'
                  'uum biopsy, columnar cell lesion with flat epithelial atypia, B3. Comm'
                  'ent: calcs seen in the FEA.'),
                 {'L': 'B', 'R': '-'}, id='r3_03'),
    pytest.param(('Dr Whitcombe dictating, breast core, typed 02/03/2026.\n'
                  'Specimen right breast stereo core for calcification, history of left b'
                  'reast cancer treated 2019. Micro the cores show ducts filled by a mono'
                  'tonous population of cells with punched-out spaces, partly involving t'
                  'he lobules. No invasion seen. Conclusion\n'
                  'right breast stereotactic core, atypical ductal hyperplasia, B3.'),
                 {'L': '-', 'R': 'B'}, id='r3_04'),
    pytest.param(('Typed from dictation - Dr E. Marsh\n'
                  'Clinical history. Bilateral breast masses; mother had breast cancer ag'
                  'ed 50.\n'
                  'Microscopy. Both cores are fibroepithelial; 2 shows papillary fronds w'
                  'ith myoepithelium.\n'
                  'Conclusions. 1, left breast core, fibroadenoma, B2. 2, right breast co'
                  're, intraductal papilloma, B3.'),
                 {'L': 'B', 'R': 'B'}, id='r3_05'),
    pytest.param(('Typed from dictation (Dr A. Nnamdi)\n'
                  'Clinical history: Left breast lump. Seen in 2024 at another unit and, '
                  'in conclusion, it was thought to be a fibroadenoma. Now enlarging.\n'
                  'Microscopy: Sections show a fibroepithelial lesion with stromal overgr'
                  'owth, 8 mitoses per 10 hpf and a permeative border.\n'
                  'Diagnosis: Left breast, excision: Borderline phyllodes tumour, 46 mm.'),
                 {'L': 'M', 'R': '-'}, id='r3_06'),
    pytest.param(('Dictated: Dr S. Ferreira\n'
                  'Clinical history. Right breast lump, 2 cm, clinically benign. Microsco'
                  'py shows a circumscribed fibroepithelial lesion with an intracanalicul'
                  'ar pattern and bland stroma.\n'
                  'Diagnosis. Right breast core, fibroadenoma, B2.'),
                 {'L': '-', 'R': 'B'}, id='r3_07'),
    pytest.param(('Dictated by Dr H. Quist\n'
                  "Clinical history: Left breast, 4 o'clock, M4 calcs. Sections show a cr"
                  'ibriform proliferation with focal necrosis. Conclusion is deferred pen'
                  'ding levels and immunohistochemistry; a supplementary report will foll'
                  'ow.'),
                 {'L': '-', 'R': '-'}, id='r3_08'),
    pytest.param(('CELLULAR PATHOLOGY REPORT (dictated, Dr R. Bhatt; typed by LM)\n'
                  'Clinical history: Left breast lump 2.5 cm. Core at Fairview 2025. Conc'
                  'lusion: fibroadenoma. Now rapidly enlarging, for excision.\n'
                  'Macroscopy: Excision specimen 45 g with a 32 mm well-circumscribed lob'
                  'ulated nodule.\n'
                  'Microscopy: Leaf-like architecture with stromal condensation and mild '
                  'atypia, 3 mitoses per 10 hpf.\n'
                  'Diagnosis: Left breast, excision: Benign phyllodes tumour, 32 mm, marg'
                  'ins clear (closest 2 mm).'),
                 {'L': 'M', 'R': '-'}, id='r3_09'),
    pytest.param(('Dictated report. Dr N. Lindqvist.\n'
                  'Specimen left breast stereotactic core. Micro-calcifications 12 mm clu'
                  'ster, previous right WLE for IDC 2016. Sections show benign breast tis'
                  'sue with calcification in adenosis.\n'
                  'Diagnosis: left breast core, sclerosing adenosis with microcalcificati'
                  'on, B2.'),
                 {'L': 'B', 'R': '-'}, id='r3_10'),
    pytest.param(('Dr Halloway dictating, typed 05/03/2026.\n'
                  'Specimen right breast stereotactic core. Micro calcifications on scree'
                  'ning, previous left breast DCIS 2018 treated with WLE and radiotherapy'
                  '.\n'
                  'Sections show ducts lined by columnar cells with luminal calcification'
                  '; no atypia.\n'
                  'Diagnosis: right breast core, columnar cell change, B2.'),
                 {'L': '-', 'R': 'B'}, id='r3_11'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44259   Requesting: Breast Assessment Clinic\n'
                  'Transcribed from dictation - Dr E. Kowalczyk\n'
                  'Diagnosis: A. Right breast core: fibroadenoma, B2. Comment: no atypia.'
                  ' B. Left breast core: invasive ductal carcinoma, grade 2, B5b.\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': 'M', 'R': 'B'}, id='r3_12'),
    pytest.param(('Histopathology - Ward 7 request\n'
                  "Clinical information: Right breast 11 o'clock mass, R4. Left breast ca"
                  'ncer treated 2021.\n'
                  'Microscopy. Sections show a well-circumscribed lesion with papillary f'
                  'ronds with fibrovascular cores lined by a double layer of epithelium a'
                  'nd myoepithelium. Conclusion. Right breast, core biopsy, intraductal p'
                  'apilloma without atypia, B3.'),
                 {'L': '-', 'R': 'B'}, id='r3_13'),
    pytest.param(('BREAST PATHOLOGY REPORT\n'
                  'Clinical information: Screen-detected left breast asymmetry. Seen in 2'
                  '024 with the same area. Conclusion, fibroadenoma on core, discharged. '
                  'Now increasing in size, R4.\n'
                  'Microscopy: Core shows a fibroepithelial lesion with increased stromal'
                  ' cellularity and fragmentation.\n'
                  'Diagnosis: Left breast, core: Fibroepithelial lesion, B3. Excision adv'
                  'ised to exclude phyllodes tumour.'),
                 {'L': '-', 'R': '-'}, id='r3_14'),
    pytest.param(('Dictated by Dr J. Oyelowo, typed 06/03/2026\n'
                  'Clinical history. Bilateral cores, right ?FA, left calcs.\n'
                  'Microscopy. A and B show the lesions described below.\n'
                  'Conclusion. A, right breast core, fibroadenoma, B2. B, left breast cor'
                  'e, ductal carcinoma in situ, low grade, B5a.'),
                 {'L': 'M', 'R': 'B'}, id='r3_15'),
    pytest.param(('Typed from dictation, Dr Q. Lam.\n'
                  'Clinical history: Right breast mass 2 cm. Previous left breast core 20'
                  '23. Comment: fibroadenoma at that time.\n'
                  'Diagnosis: Right breast, core biopsy: Invasive carcinoma of no special'
                  ' type, grade 2, B5b.'),
                 {'L': '-', 'R': 'M'}, id='r3_16'),
    pytest.param(('Dictated by Dr V. Rao.\n'
                  'Clinical history: Right breast, bloody nipple discharge. Micro duct ex'
                  'cision. Left breast papilloma excised 2021.\n'
                  'Diagnosis: Right breast, microdochectomy: Intraductal papilloma, 6 mm,'
                  ' without atypia.'),
                 {'L': '-', 'R': 'B'}, id='r3_17'),
    pytest.param(('Specimen: Bilat reduction mammoplasty\n'
                  'Macroscopy:\n'
                  'L 612g - skin-covered fibrofatty tissue, 3 slices with a 6 mm firm nod'
                  'ule.\n'
                  'R 655g - skin-covered fibrofatty tissue, no focal lesion.\n'
                  'Diagnosis:\n'
                  'L 612g - fibroadenoma 6 mm; fibrocystic change.\n'
                  'R 655g - fibrocystic change and PASH. No atypia or malignancy.'),
                 {'L': 'B', 'R': '-'}, id='r4_01'),
    pytest.param(('Department of Cellular Pathology, Ashworth General Hospital\n'
                  'Lab no: AGH-H-26-0296   Received: 03/03/2026\n'
                  'Bilateral reduction mammoplasty (Mr Osei):\n'
                  'R 590 g: sclerosing adenosis and a 3 mm intraductal papilloma. No atyp'
                  'ia.\n'
                  'L 540 g: fibrocystic change only.\n'
                  'Reported by: Dr L. Marchant, Consultant Histopathologist. Authorised 0'
                  '5/03/2026.'),
                 {'L': '-', 'R': 'B'}, id='r4_02'),
    pytest.param(('SURGICAL PATHOLOGY - Lakeside Medical Center\n'
                  'Accession: LMC-S26-1333   Collected: 02/27/2026\n'
                  'REDUCTION MAMMOPLASTY, BILATERAL\n'
                  'L 412.5g – benign breast tissue with usual ductal hyperplasia.\n'
                  'R 398.0g – unremarkable breast and adipose tissue.\n'
                  'Electronically signed out by J. Park, MD, 03/02/2026.'),
                 {'L': 'B', 'R': '-'}, id='r4_03'),
    pytest.param(('Histopathology report, Tamar Valley Hospital\n'
                  'Request no. TVH-26-7370   Patient: F, 54 y\n'
                  'Bilateral breast reduction, final diagnosis:\n'
                  'A) L 730g - fibroadenomas x2 (4 and 7 mm)\n'
                  'B) R 810g - florid usual ductal hyperplasia; no atypia\n'
                  'Pathologist: Dr R. Venkatesan (FRCPath). Report verified 06/03/2026.'),
                 {'L': 'B', 'R': 'B'}, id='r4_04'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44407   Requesting: Breast Assessment Clinic\n'
                  'Bilat reduction:\n'
                  ' R 1020g - radial scar 5 mm.\n'
                  ' L 980g - no significant abnormality.\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': '-', 'R': 'B'}, id='r4_05'),
    pytest.param(('Department of Cellular Pathology, Ashworth General Hospital\n'
                  'Lab no: AGH-H-26-0444   Received: 03/03/2026\n'
                  'Bilat reduction mammoplasty:\n'
                  'L 540gm - fibroadenoma 5 mm.\n'
                  'R 590gm - fibrocystic change.\n'
                  'Reported by: Dr L. Marchant, Consultant Histopathologist. Authorised 0'
                  '5/03/2026.'),
                 {'L': 'B', 'R': '-'}, id='r4_06'),
    pytest.param(('SURGICAL PATHOLOGY - Lakeside Medical Center\n'
                  'Accession: LMC-S26-1481   Collected: 02/27/2026\n'
                  'Bilateral reduction mammoplasty\n'
                  'L 540g, fibroadenoma 5 mm and fibrocystic change\n'
                  'R 590g, fibrocystic change only\n'
                  'Electronically signed out by J. Park, MD, 03/02/2026.'),
                 {'L': 'B', 'R': '-'}, id='r4_07',
                 marks=pytest.mark.xfail(strict=True, reason=("review r4_07 (rule 4): read {'L': '-', 'R': '-'}; "
                                                          "under-reach: 'L 540g, fibroadenoma' (a comma inste"
                                                          'ad of a dash or colon) gives no side, by design'))),
    pytest.param(('Specimen: bilateral reduction mammoplasty.\n'
                  'Gross: Received fresh in two containers.\n'
                  'R 590g - labelled right breast tissue; L 540g - labelled left breast t'
                  'issue.\n'
                  'Diagnosis: Right breast reduction: fibroadenoma, 4 mm. Left breast red'
                  'uction: fibrocystic change; no atypia.'),
                 {'L': '-', 'R': 'B'}, id='r4_08'),
    pytest.param(('Bilateral mastectomy (therapeutic right, risk-reducing left):\n'
                  'R 1240g: invasive lobular carcinoma, grade 2, 26 mm; margins clear.\n'
                  'L 1180g: atypical lobular hyperplasia, focal; no invasive or in situ c'
                  'arcinoma.'),
                 {'L': 'B', 'R': 'M'}, id='r4_09'),
    pytest.param(('Histopathology report, Tamar Valley Hospital\n'
                  'Request no. TVH-26-7518   Patient: F, 54 y\n'
                  'Bilat reduction mammoplasty:\n'
                  'L 540g - R 590g\n'
                  'Diagnosis: fibroadenomas, 3 mm and 5 mm, one in each breast; backgroun'
                  'd fibrocystic change.\n'
                  'Pathologist: Dr R. Venkatesan (FRCPath). Report verified 06/03/2026.'),
                 {'L': 'B', 'R': 'B'}, id='r4_10',
                 marks=pytest.mark.xfail(strict=True, reason=("review r4_10 (rule 4): read {'L': '-', 'R': '-'}; "
                                                          "older behaviour: a line of both weights ('L 540g -"
                                                          " R 590g') now heads no breast's line, as at 7b69e0"
                                                          "1, and the unsided 'one in each breast' is not rea"
                                                          'd as both breasts'))),
    pytest.param(('Synoptic report - breast cancer after neoadjuvant therapy\n'
                  'Specimen: Left breast, wide local excision\n'
                  'Residual invasive carcinoma, size: 0 mm\n'
                  'Residual DCIS: not identified\n'
                  'Tumour bed: 24 x 18 mm, fibrosis with haemosiderin-laden macrophages\n'
                  'Lymph nodes: 0/3 (sentinel), no treatment effect\n'
                  'ypT0 ypN0 (RCB-0, pathological complete response)'),
                 {'L': '-', 'R': '-'}, id='r5_01'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44555   Requesting: Breast Assessment Clinic\n'
                  'Right mastectomy following neoadjuvant chemotherapy\n'
                  'Residual invasive carcinoma, greatest dimension: 0 mm\n'
                  'Residual in situ carcinoma: absent\n'
                  'Tumour bed cellularity: 0%\n'
                  'RCB class: 0\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': '-', 'R': '-'}, id='r5_02'),
    pytest.param(('Department of Cellular Pathology, Ashworth General Hospital\n'
                  'Lab no: AGH-H-26-0592   Received: 03/03/2026\n'
                  'Specimen: Left breast, segmental excision (post-NACT)\n'
                  'Residual invasive carcinoma, size: 0.0 cm\n'
                  'Ductal carcinoma in situ: none\n'
                  'Nodes: 0/2\n'
                  'Reported by: Dr L. Marchant, Consultant Histopathologist. Authorised 0'
                  '5/03/2026.'),
                 {'L': '-', 'R': '-'}, id='r5_03'),
    pytest.param(('SURGICAL PATHOLOGY - Lakeside Medical Center\n'
                  'Accession: LMC-S26-1629   Collected: 02/27/2026\n'
                  'POST-NEOADJUVANT DATASET - Right breast WLE\n'
                  'Residual invasive ductal carcinoma, size: 0 mm\n'
                  'Residual ductal carcinoma in situ, size: 0 mm\n'
                  'Response: complete pathological response (Pinder 1i)\n'
                  'Electronically signed out by J. Park, MD, 03/02/2026.'),
                 {'L': '-', 'R': '-'}, id='r5_04'),
    pytest.param(('Histopathology report, Tamar Valley Hospital\n'
                  'Request no. TVH-26-7666   Patient: F, 54 y\n'
                  'Left breast, WLE after neoadjuvant chemotherapy\n'
                  'Residual invasive carcinoma, size: 12 mm\n'
                  'Residual DCIS: present\n'
                  'Cellularity: 30%\n'
                  'Pathologist: Dr R. Venkatesan (FRCPath). Report verified 06/03/2026.'),
                 {'L': 'M', 'R': '-'}, id='r5_05'),
    pytest.param(('Left mastectomy (post-neoadjuvant)\n'
                  'Residual invasive carcinoma, size: 0 mm (macroscopic); microscopic res'
                  'idual foci scattered over 3 mm of tumour bed, overall cellularity 5%\n'
                  'Residual DCIS: not identified\n'
                  'RCB class: I'),
                 {'L': 'M', 'R': '-'}, id='r5_06'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44703   Requesting: Breast Assessment Clinic\n'
                  'Right breast WLE (post-NACT)\n'
                  'Residual invasive carcinoma, size: 0 mm\n'
                  'Residual DCIS, size: 6 mm\n'
                  'ypTis ypN0\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': '-', 'R': 'M'}, id='r5_07'),
    pytest.param(('Department of Cellular Pathology, Ashworth General Hospital\n'
                  'Lab no: AGH-H-26-0740   Received: 03/03/2026\n'
                  'Left breast, wide local excision\n'
                  'Invasive carcinoma, distance to closest margin: 0 mm (involved at infe'
                  'rior margin)\n'
                  'Grade: 2\n'
                  'Reported by: Dr L. Marchant, Consultant Histopathologist. Authorised 0'
                  '5/03/2026.'),
                 {'L': 'M', 'R': '-'}, id='r5_08'),
    pytest.param(('SURGICAL PATHOLOGY - Lakeside Medical Center\n'
                  'Accession: LMC-S26-1777   Collected: 02/27/2026\n'
                  'Right breast, mastectomy after primary systemic therapy\n'
                  'Invasive carcinoma, residual, size: 0 mm\n'
                  'DCIS, residual: absent\n'
                  'Electronically signed out by J. Park, MD, 03/02/2026.'),
                 {'L': '-', 'R': '-'}, id='r5_09'),
    pytest.param(('Histopathology report, Tamar Valley Hospital\n'
                  'Request no. TVH-26-7814   Patient: F, 54 y\n'
                  'Left breast, WLE after neoadjuvant endocrine therapy\n'
                  'Residual invasive carcinoma, size: 0.8 cm\n'
                  'Residual DCIS: absent\n'
                  'Pathologist: Dr R. Venkatesan (FRCPath). Report verified 06/03/2026.'),
                 {'L': 'M', 'R': '-'}, id='r5_10'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44851   Requesting: Breast Assessment Clinic\n'
                  'Right breast WLE (post-NACT)\n'
                  'Residual invasive carcinoma, size: 0.5 mm (single microscopic focus, y'
                  'pT1mi)\n'
                  'Residual DCIS: not identified\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': '-', 'R': 'M'}, id='r5_11'),
    pytest.param(('重大傷病證明申請 病理摘要 [Catastrophic illness certificate application - patholog'
                  'y summary]\n'
                  '1. 姓名 [Name]: 陳美玲\n'
                  '4. 臨床摘要 [Clinical summary]: C50.412 left breast cancer (invasive ducta'
                  'l carcinoma, 2015), post mastectomy. 右乳腫塊 right breast mass 2026.\n'
                  '5. 病理診斷 [Pathological diagnosis]: 右乳房, 粗針切片 [Right breast, core needle'
                  ' biopsy]: 纖維腺瘤 [Fibroadenoma].'),
                 {'L': '-', 'R': 'B'}, id='r6_01'),
    pytest.param(('病理報告 [Pathology report]\n'
                  '既往病史 [Past history] - previous catastrophic illness certificate: C50.4'
                  '12 left breast cancer (invasive ductal carcinoma, 2015)\n'
                  '檢體 [Specimen]: 右乳房 粗針切片 [Right breast, core biopsy]\n'
                  '診斷 [Diagnosis]: 右乳房 [Right breast]: 乳管內乳突瘤 [Intraductal papilloma], 無異'
                  '型性 [without atypia].'),
                 {'L': '-', 'R': 'B'}, id='r6_02'),
    pytest.param(('高雄榮民總醫院 病理檢驗報告 [Pathology report]\n'
                  '1) 臨床資料 [Clinical data]: 左乳葉狀瘤切除術後 [status post excision of left breas'
                  't phyllodes tumour] 2019\n'
                  '2) 病理診斷 [Pathological diagnosis]: Right breast, excision: Fibroadenoma'
                  ', 2.1 cm.'),
                 {'L': '-', 'R': 'B'}, id='r6_03'),
    pytest.param(('高雄長庚紀念醫院 解剖病理科 [Department of Anatomical Pathology]\n'
                  '病理號 [Pathology no.]: S2026-0888\n'
                  '3. 臨床診斷 [Clinical diagnosis]: 左乳纖維腺瘤 left breast fibroadenoma\n'
                  '4. 病理診斷 [Pathological diagnosis]: 左乳 left breast, 切除 excision: 良性葉狀瘤 b'
                  'enign phyllodes tumour, 3.5 cm, 邊緣無腫瘤 [margins free].\n'
                  '病理醫師 [Pathologist]: 林志明 醫師   報告日期 [Report date]: 2026/03/05'),
                 {'L': 'M', 'R': '-'}, id='r6_04'),
    pytest.param(('高雄長庚紀念醫院 解剖病理科 [Department of Anatomical Pathology]\n'
                  '病理號 [Pathology no.]: S2026-0925\n'
                  '病理診斷 [Pathological diagnosis]:\n'
                  '1. 左側乳房 [Left breast]: 浸潤性乳管癌 [invasive ductal carcinoma], 第二級 [grade '
                  '2]\n'
                  '2. 右側乳房 [Right breast]: 纖維囊腫變化 [fibrocystic change]\n'
                  '病理醫師 [Pathologist]: 林志明 醫師   報告日期 [Report date]: 2026/03/05'),
                 {'L': 'M', 'R': '-'}, id='r6_05'),
    pytest.param(('高雄長庚紀念醫院 解剖病理科 [Department of Anatomical Pathology]\n'
                  '病理號 [Pathology no.]: S2026-0962\n'
                  '病理診斷 [Pathological diagnosis] - 補充報告 supplementary report: 左乳 left bre'
                  'ast, 切片 biopsy: 乳管原位癌 [ductal carcinoma in situ], 低級別 [low grade].\n'
                  '病理醫師 [Pathologist]: 林志明 醫師   報告日期 [Report date]: 2026/03/05'),
                 {'L': 'M', 'R': '-'}, id='r6_06'),
    pytest.param(('高雄長庚紀念醫院 解剖病理科 [Department of Anatomical Pathology]\n'
                  '病理號 [Pathology no.]: S2026-0999\n'
                  '家族史 [Family history] - mother: breast cancer at 45, right side\n'
                  '檢體 [Specimen]: left breast core biopsy\n'
                  '診斷 [Diagnosis]: Left breast, core biopsy: Fibroadenoma.\n'
                  '病理醫師 [Pathologist]: 林志明 醫師   報告日期 [Report date]: 2026/03/05'),
                 {'L': 'B', 'R': '-'}, id='r6_07'),
    pytest.param(('高雄長庚紀念醫院 解剖病理科 [Department of Anatomical Pathology]\n'
                  '病理號 [Pathology no.]: S2026-0036\n'
                  '病理診斷 [Pathological diagnosis]\n'
                  '1. 右乳腫塊 [Right breast mass]: 纖維腺瘤 [fibroadenoma]\n'
                  '2. 左乳腫塊 [Left breast mass]: 纖維囊腫變化 [fibrocystic change]\n'
                  '病理醫師 [Pathologist]: 林志明 醫師   報告日期 [Report date]: 2026/03/05'),
                 {'L': '-', 'R': 'B'}, id='r6_08'),
    pytest.param(('高雄長庚紀念醫院 解剖病理科 [Department of Anatomical Pathology]\n'
                  '病理號 [Pathology no.]: S2026-0073\n'
                  '病理診斷 [Pathological diagnosis] - 2026/03/02 報告: 左乳房 [Left breast], 粗針切片'
                  ' [core biopsy]: 非典型乳管增生 [atypical ductal hyperplasia].\n'
                  '病理醫師 [Pathologist]: 林志明 醫師   報告日期 [Report date]: 2026/03/05'),
                 {'L': 'B', 'R': '-'}, id='r6_09'),
    pytest.param(('高雄長庚紀念醫院 解剖病理科 [Department of Anatomical Pathology]\n'
                  '病理號 [Pathology no.]: S2026-0110\n'
                  '2. 病史 [History]: 右乳原位癌 right DCIS 2020, 乳房保留手術 [breast-conserving surg'
                  'ery]\n'
                  '3. 檢體 [Specimen]: left breast core\n'
                  '4. 診斷 [Diagnosis]: Left breast, core biopsy: Sclerosing adenosis.\n'
                  '病理醫師 [Pathologist]: 林志明 醫師   報告日期 [Report date]: 2026/03/05'),
                 {'L': 'B', 'R': '-'}, id='r6_10'),
    pytest.param(('Catastrophic illness certificate review - outcome\n'
                  'Applicant: Ms Lin Yu-ting\n'
                  'Decision: not approved.\n'
                  'Reason: the pathology report shows a benign tumour (fibroadenoma, left'
                  ' breast, core biopsy 12/01/2026), inconsistent with the cancer diagnos'
                  'is applied for.'),
                 {'L': 'B', 'R': '-'}, id='r7_01'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44147   Requesting: Breast Assessment Clinic\n'
                  'Right breast, core: Fibroadenoma; features inconsistent with a phyllod'
                  'es tumour (no stromal overgrowth, no mitoses, no leaf-like pattern). B'
                  '2.\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': '-', 'R': 'B'}, id='r7_02'),
    pytest.param(('Department of Cellular Pathology, Ashworth General Hospital\n'
                  'Lab no: AGH-H-26-0184   Received: 03/03/2026\n'
                  'Left breast, excision: Florid usual ductal hyperplasia. The cytologica'
                  'l and architectural features are inconsistent with DCIS (CK5/6 mosaic,'
                  ' ER heterogeneous).\n'
                  'Reported by: Dr L. Marchant, Consultant Histopathologist. Authorised 0'
                  '5/03/2026.'),
                 {'L': 'B', 'R': '-'}, id='r7_03'),
    pytest.param(('SURGICAL PATHOLOGY - Lakeside Medical Center\n'
                  'Accession: LMC-S26-1221   Collected: 02/27/2026\n'
                  'Right breast, core: Sclerosing adenosis with perineural-like pseudoinf'
                  'iltration. Myoepithelial cells retained (p63, SMMHC); features inconsi'
                  'stent with invasive carcinoma. B2.\n'
                  'Electronically signed out by J. Park, MD, 03/02/2026.'),
                 {'L': '-', 'R': 'B'}, id='r7_04'),
    pytest.param(('Histopathology report, Tamar Valley Hospital\n'
                  'Request no. TVH-26-7258   Patient: F, 54 y\n'
                  'Left breast core: Invasive carcinoma NST, grade 3, inconsistent with t'
                  'he BI-RADS 3 imaging; please discuss at MDT. B5b.\n'
                  'Pathologist: Dr R. Venkatesan (FRCPath). Report verified 06/03/2026.'),
                 {'L': 'M', 'R': '-'}, id='r7_05'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44295   Requesting: Breast Assessment Clinic\n'
                  'Left breast, excision: The morphology is inconsistent with a fibroaden'
                  'oma and in keeping with a benign phyllodes tumour (stromal overgrowth,'
                  ' leaf-like fronds, 2 mitoses/10 hpf).\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': 'M', 'R': '-'}, id='r7_06'),
    pytest.param(('Department of Cellular Pathology, Ashworth General Hospital\n'
                  'Lab no: AGH-H-26-0332   Received: 03/03/2026\n'
                  'Right breast, WLE: E-cadherin is retained, inconsistent with lobular c'
                  'arcinoma; the tumour is an invasive ductal carcinoma of no special typ'
                  'e, grade 2, 19 mm.\n'
                  'Reported by: Dr L. Marchant, Consultant Histopathologist. Authorised 0'
                  '5/03/2026.'),
                 {'L': '-', 'R': 'M'}, id='r7_07'),
    pytest.param(('SURGICAL PATHOLOGY - Lakeside Medical Center\n'
                  'Accession: LMC-S26-1369   Collected: 02/27/2026\n'
                  'Right breast, WLE: DCIS, high grade, 35 mm. The pathological extent is'
                  ' inconsistent with the mammographic estimate of 12 mm. Margins clear.\n'
                  'Electronically signed out by J. Park, MD, 03/02/2026.'),
                 {'L': '-', 'R': 'M'}, id='r7_08'),
    pytest.param(('Histopathology report, Tamar Valley Hospital\n'
                  'Request no. TVH-26-7406   Patient: F, 54 y\n'
                  'Clinical details: Previous core (2025) fibroadenoma, inconsistent with'
                  ' rapid growth.\n'
                  'Diagnosis: Left breast, excision: Borderline phyllodes tumour, 58 mm.\n'
                  'Pathologist: Dr R. Venkatesan (FRCPath). Report verified 06/03/2026.'),
                 {'L': 'M', 'R': '-'}, id='r7_09'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44443   Requesting: Breast Assessment Clinic\n'
                  'Left breast core: Features inconsistent with fibroadenoma or phyllodes'
                  ' tumour; the lesion is pseudoangiomatous stromal hyperplasia (PASH). B'
                  '2.\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': '-', 'R': '-'}, id='r7_10'),
    pytest.param(('Department of Cellular Pathology, Ashworth General Hospital\n'
                  'Lab no: AGH-H-26-0480   Received: 03/03/2026\n'
                  'Right breast, mastectomy: The tumour is inconsistent with a metastasis'
                  ' and represents a primary invasive lobular carcinoma, grade 2, 31 mm.\n'
                  'Reported by: Dr L. Marchant, Consultant Histopathologist. Authorised 0'
                  '5/03/2026.'),
                 {'L': '-', 'R': 'M'}, id='r7_11'),
    pytest.param(('SURGICAL PATHOLOGY - Lakeside Medical Center\n'
                  'Accession: LMC-S26-1517   Collected: 02/27/2026\n'
                  'Left breast, core: Invasive carcinoma; the immunoprofile (GATA3+, TTF-'
                  '1-) is inconsistent with metastasis from the known lung adenocarcinoma'
                  ' and supports a primary breast carcinoma.\n'
                  'Electronically signed out by J. Park, MD, 03/02/2026.'),
                 {'L': 'M', 'R': '-'}, id='r7_12'),
    pytest.param(('重大傷病證明申請書 [Catastrophic illness certificate application]\n'
                  '申請類別 [Application type]: 第一類 癌症 [Category 1: cancer], 新申請 [new applica'
                  'tion]\n'
                  '病理報告 [Pathology report]: Left breast, core biopsy: Fibroadenoma. No at'
                  'ypia.'),
                 {'L': 'B', 'R': '-'}, id='r8_01'),
    pytest.param(('Histopathology report, Tamar Valley Hospital\n'
                  'Request no. TVH-26-7554   Patient: F, 54 y\n'
                  'Catastrophic illness certificate - Category 1 (cancer), renewal applic'
                  'ation.\n'
                  'Supporting pathology: Left breast, core biopsy (02/2026): Atypical duc'
                  'tal hyperplasia.\n'
                  'Pathologist: Dr R. Venkatesan (FRCPath). Report verified 06/03/2026.'),
                 {'L': 'B', 'R': '-'}, id='r8_02'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44591   Requesting: Breast Assessment Clinic\n'
                  'Application for major illness card\n'
                  'Category I: cancer\n'
                  'Attached pathology: Right breast, modified radical mastectomy: Invasiv'
                  'e ductal carcinoma, grade 3, 28 mm.\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': '-', 'R': 'M'}, id='r8_03'),
    pytest.param(('Department of Cellular Pathology, Ashworth General Hospital\n'
                  'Lab no: AGH-H-26-0628   Received: 03/03/2026\n'
                  'Application for catastrophic illness certificate\n'
                  'Category: cancer\n'
                  'Pathology: Left breast, core biopsy: Fibroadenoma.\n'
                  'Reported by: Dr L. Marchant, Consultant Histopathologist. Authorised 0'
                  '5/03/2026.'),
                 {'L': 'B', 'R': '-'}, id='r8_04',
                 marks=pytest.mark.xfail(strict=True, reason=("review r8_04 (rule 8): read {'L': 'BM', 'R': '-'};"
                                                          " older behaviour: 'Category: cancer' without its n"
                                                          'umber (read as before by the guide) joins the left'
                                                          ' fibroadenoma'))),
    pytest.param(('SURGICAL PATHOLOGY - Lakeside Medical Center\n'
                  'Accession: LMC-S26-1665   Collected: 02/27/2026\n'
                  'Catastrophic illness certificate, new application\n'
                  'Category 1: invasive ductal carcinoma, left breast (C50.412)\n'
                  'Electronically signed out by J. Park, MD, 03/02/2026.'),
                 {'L': 'M', 'R': '-'}, id='r8_05',
                 marks=pytest.mark.xfail(strict=True, reason=("review r8_05 (rule 8): read {'L': '-', 'R': '-'}; "
                                                          "older behaviour: the '(C50.412)' bracket after the"
                                                          " diagnosis makes the line a billing code's title i"
                                                          'n both revisions (without it L=M); expectation kep'
                                                          "t, as the guide's code rule speaks of an ICD-10 ti"
                                                          'tle before its code'))),
    pytest.param(('Histopathology report, Tamar Valley Hospital\n'
                  'Request no. TVH-26-7702   Patient: F, 54 y\n'
                  'Elective surgery booking - Category 1 (cancer)\n'
                  'Procedure: Left wide local excision and sentinel node biopsy\n'
                  'Indication: Left breast, core biopsy (03/02/2026): invasive ductal car'
                  'cinoma, grade 2\n'
                  'Pathologist: Dr R. Venkatesan (FRCPath). Report verified 06/03/2026.'),
                 {'L': '-', 'R': '-'}, id='r8_06'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44739   Requesting: Breast Assessment Clinic\n'
                  'Catastrophic illness certificate application\n'
                  'Category 1: cancer (right breast)\n'
                  'Pathology attached: Right breast, core biopsy: Fibroepithelial lesion,'
                  ' B3; excision advised.\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': '-', 'R': '-'}, id='r8_07'),
    pytest.param(('Department of Cellular Pathology, Ashworth General Hospital\n'
                  'Lab no: AGH-H-26-0776   Received: 03/03/2026\n'
                  'Referral priority: Category 1 cancer patient - left breast invasive lo'
                  'bular carcinoma on core biopsy.\n'
                  'Reported by: Dr L. Marchant, Consultant Histopathologist. Authorised 0'
                  '5/03/2026.'),
                 {'L': 'M', 'R': '-'}, id='r8_08'),
    pytest.param(('SURGICAL PATHOLOGY - Lakeside Medical Center\n'
                  'Accession: LMC-S26-1813   Collected: 02/27/2026\n'
                  'Insurance benefit claim - Category 2 (cancer)\n'
                  "Treating doctor's report: Right breast, core biopsy: Ductal carcinoma "
                  'in situ, high grade.\n'
                  'Electronically signed out by J. Park, MD, 03/02/2026.'),
                 {'L': '-', 'R': 'M'}, id='r8_09'),
    pytest.param(("INFORME D'ANATOMIA PATOLÒGICA [PATHOLOGY REPORT] - Hospital Universita"
                  'ri de Girona (traducció)\n'
                  'Mostra [Specimen]: Mama esquerra, BAG (biòpsia amb agulla gruixuda) [c'
                  'ore needle biopsy]\n'
                  'Diagnòstic [Diagnosis]: Mama esquerra, BAG: cicatriu radial [radial sc'
                  'ar] amb hiperplàsia ductal usual [usual ductal hyperplasia]. Sense atí'
                  'pia [No atypia].'),
                 {'L': 'B', 'R': '-'}, id='r9_01'),
    pytest.param(("Hospital de la Santa Creu - Servei d'Anatomia Patològica [Pathology De"
                  'partment]\n'
                  'Núm. de biòpsia [Biopsy no.]: B26-0850\n'
                  'Diagnòstic [Diagnosis]:\n'
                  'Mama dreta, BAG: fibroadenoma.\n'
                  'Mama esquerra, BAG: carcinoma ductal infiltrant [invasive ductal carci'
                  'noma], grau 2.\n'
                  "Patòloga: Dra. M. Puig i Soler. Data de l'informe: 05/03/2026."),
                 {'L': 'M', 'R': 'B'}, id='r9_02'),
    pytest.param(("Hospital de la Santa Creu - Servei d'Anatomia Patològica [Pathology De"
                  'partment]\n'
                  'Núm. de biòpsia [Biopsy no.]: B26-0887\n'
                  'Diagnòstic: Nòdul del pit esquerre, exèresi: papil·loma intraductal [i'
                  'ntraductal papilloma] sense atípia.\n'
                  "Patòloga: Dra. M. Puig i Soler. Data de l'informe: 05/03/2026."),
                 {'L': 'B', 'R': '-'}, id='r9_03'),
    pytest.param(("Hospital de la Santa Creu - Servei d'Anatomia Patològica [Pathology De"
                  'partment]\n'
                  'Núm. de biòpsia [Biopsy no.]: B26-0924\n'
                  'Tumorectomia de la mama dreta: carcinoma lobulillar infiltrant [invasi'
                  've lobular carcinoma], grau 2, 18 mm. Marges lliures [margins free].\n'
                  "Patòloga: Dra. M. Puig i Soler. Data de l'informe: 05/03/2026."),
                 {'L': '-', 'R': 'M'}, id='r9_04'),
    pytest.param(("Hospital de la Santa Creu - Servei d'Anatomia Patològica [Pathology De"
                  'partment]\n'
                  'Núm. de biòpsia [Biopsy no.]: B26-0961\n'
                  'Diagnòstic [Diagnosis]: Mama esquerra, BAG: fibroadenoma.\n'
                  "Informació: Pot exercir els seus drets d'accés, rectificació i supress"
                  "ió adreçant-se al Servei d'Atenció a l'Usuari.\n"
                  "Patòloga: Dra. M. Puig i Soler. Data de l'informe: 05/03/2026."),
                 {'L': 'B', 'R': '-'}, id='r9_05'),
    pytest.param(("Hospital de la Santa Creu - Servei d'Anatomia Patològica [Pathology De"
                  'partment]\n'
                  'Núm. de biòpsia [Biopsy no.]: B26-0998\n'
                  'Antecedents [History]: carcinoma basocel·lular de la mà dreta (2021).\n'
                  'Diagnòstic [Diagnosis]: Mama esquerra, BAG: carcinoma ductal in situ ['
                  'DCIS], grau intermedi.\n'
                  "Patòloga: Dra. M. Puig i Soler. Data de l'informe: 05/03/2026."),
                 {'L': 'M', 'R': '-'}, id='r9_06'),
    pytest.param(("Hospital de la Santa Creu - Servei d'Anatomia Patològica [Pathology De"
                  'partment]\n'
                  'Núm. de biòpsia [Biopsy no.]: B26-0035\n'
                  'Diagnòstic [Diagnosis]: Pit dret, BAG: fibroadenoma [fibroadenoma].\n'
                  "Patòloga: Dra. M. Puig i Soler. Data de l'informe: 05/03/2026."),
                 {'L': '-', 'R': 'B'}, id='r9_07'),
    pytest.param(("Hospital de la Santa Creu - Servei d'Anatomia Patològica [Pathology De"
                  'partment]\n'
                  'Núm. de biòpsia [Biopsy no.]: B26-0072\n'
                  'Diagnòstic: Mama esquerra, tumorectomia: carcinoma ductal infiltrant ['
                  'invasive ductal carcinoma], grau 2, 16 mm (vegeu la figura de la dreta'
                  ').\n'
                  "Patòloga: Dra. M. Puig i Soler. Data de l'informe: 05/03/2026."),
                 {'L': 'M', 'R': '-'}, id='r9_08'),
    pytest.param(("Centre Hospitalier de Valence - Département d'oncologie\n"
                  'Patiente : Mme D. R., 58 ans   Dossier n° 26-0109\n'
                  'Synthèse RCP [MDT summary]\n'
                  'Diagnostic : Carcinome canalaire infiltrant du sein droit, grade 2, cT'
                  '1c N0 ; papillome du sein gauche opéré.\n'
                  'Compte rendu validé le 05/03/2026 par le Dr C. Morel.'),
                 {'L': 'B', 'R': 'M'}, id='r10_01'),
    pytest.param(("Centre Hospitalier de Valence - Département d'oncologie\n"
                  'Patiente : Mme D. R., 58 ans   Dossier n° 26-0146\n'
                  'Diagnostic : Adénofibrome du sein droit (microbiopsie) ; tumeur phyllo'
                  'de bénigne du sein gauche opérée.\n'
                  'Compte rendu validé le 05/03/2026 par le Dr C. Morel.'),
                 {'L': 'M', 'R': 'B'}, id='r10_02',
                 marks=pytest.mark.xfail(strict=True, reason=("review r10_02 (rule 10): read {'L': '-', 'R': 'BM'"
                                                          "}; under-reach: 'tumeur phyllode bénigne du sein g"
                                                          "auche opérée': the grade adjective between the fin"
                                                          "ding and 'du sein' keeps the postposed side out"))),
    pytest.param(('Hospital Universitario La Paz - Servicio de Oncología Médica\n'
                  'Paciente: M. G. L., 61 años   NHC 26-0183\n'
                  'Diagnóstico: Carcinoma ductal infiltrante de mama izquierda, cT2 N0; f'
                  'ibroadenoma de mama derecha operado.\n'
                  'Informe validado el 05/03/2026 por la Dra. L. Ruiz Benítez.'),
                 {'L': 'M', 'R': 'B'}, id='r10_03'),
    pytest.param(("Centre Hospitalier de Valence - Département d'oncologie\n"
                  'Patiente : Mme D. R., 58 ans   Dossier n° 26-0220\n'
                  'Diagnostic : Cancer du sein gauche (CCI), cT2 N0 ; adénofibrome du sei'
                  'n droit opéré en 2015.\n'
                  'Compte rendu validé le 05/03/2026 par le Dr C. Morel.'),
                 {'L': 'M', 'R': '-'}, id='r10_04',
                 marks=pytest.mark.xfail(strict=True, reason=("review r10_04 (rule 10): read {'L': 'BM', 'R': '-'"
                                                          "}; older behaviour: the dated 'adénofibrome du sei"
                                                          "n droit opéré en 2015' is kept off the right but j"
                                                          'oins the left breast (L=BM)'))),
    pytest.param(("Centre Hospitalier de Valence - Département d'oncologie\n"
                  'Patiente : Mme D. R., 58 ans   Dossier n° 26-0257\n'
                  "Diagnostic : Cancer du sein gauche (CLI), cT2 N1 ; antécédent d'adénof"
                  'ibrome du sein droit opéré.\n'
                  'Compte rendu validé le 05/03/2026 par le Dr C. Morel.'),
                 {'L': 'M', 'R': '-'}, id='r10_05'),
    pytest.param(("Centre Hospitalier de Valence - Département d'oncologie\n"
                  'Patiente : Mme D. R., 58 ans   Dossier n° 26-0294\n'
                  'Diagnostic : Carcinome lobulaire infiltrant du sein gauche, cT2 N1 ; c'
                  'ancer du sein droit opéré, irradié, sous hormonothérapie.\n'
                  'Compte rendu validé le 05/03/2026 par le Dr C. Morel.'),
                 {'L': 'M', 'R': '-'}, id='r10_06'),
    pytest.param(("Centre Hospitalier de Valence - Département d'oncologie\n"
                  'Patiente : Mme D. R., 58 ans   Dossier n° 26-0331\n'
                  'Conclusion : cancer du sein droit opéré, en rémission complète ; nodul'
                  'e du sein gauche : adénofibrome à la microbiopsie.\n'
                  'Compte rendu validé le 05/03/2026 par le Dr C. Morel.'),
                 {'L': 'B', 'R': '-'}, id='r10_07',
                 marks=pytest.mark.xfail(strict=True, reason=("review r10_07 (rule 10): read {'L': 'B', 'R': 'M'}"
                                                          "; older behaviour: 'cancer du sein droit opéré, en"
                                                          " rémission complète', a treated cancer, is read R="
                                                          "M as at 7b69e01 (the 'opéré' exception no longer r"
                                                          'eaches a cancer or a comma)'))),
    pytest.param(("Centre Hospitalier de Valence - Département d'oncologie\n"
                  'Patiente : Mme D. R., 58 ans   Dossier n° 26-0368\n'
                  'Diagnostic : Carcinome canalaire in situ du sein gauche ; carcinome du'
                  ' sein droit opéré (2012).\n'
                  'Compte rendu validé le 05/03/2026 par le Dr C. Morel.'),
                 {'L': 'M', 'R': '-'}, id='r10_08'),
    pytest.param(('Azienda Ospedaliera di Padova - Breast Unit\n'
                  'Paziente: F. R., 66 anni   Cartella n. 26-0405\n'
                  'Conclusioni: nodulo della mammella sinistra: fibroadenoma; carcinoma d'
                  'ella mammella destra operata, in follow-up.\n'
                  'Referto firmato dal Dr. G. Bianchi il 05/03/2026.'),
                 {'L': 'B', 'R': '-'}, id='r10_09',
                 marks=pytest.mark.xfail(strict=True, reason=("review r10_09 (rule 10): read {'L': 'B', 'R': 'M'}"
                                                          "; older behaviour: Italian 'carcinoma della mammel"
                                                          "la destra operata, in follow-up', a treated cancer"
                                                          ', is read R=M by every revision'))),
    pytest.param(("Centre Hospitalier de Valence - Département d'oncologie\n"
                  'Patiente : Mme D. R., 58 ans   Dossier n° 26-0442\n'
                  'Diagnostic :\n'
                  '- Carcinome canalaire in situ du sein gauche, grade intermédiaire ;\n'
                  '- adénofibrome du sein droit opéré.\n'
                  'Compte rendu validé le 05/03/2026 par le Dr C. Morel.'),
                 {'L': 'M', 'R': 'B'}, id='r10_10'),
    pytest.param(('Left breast, core biopsy: Fibroepithelial lesion, B3, favour fibroaden'
                  'oma.\n'
                  'MDT outcome: excision advised; surgeon with experience in phyllodes tu'
                  'mours not available locally, referral to Northgate Breast Unit.'),
                 {'L': 'B', 'R': '-'}, id='r11_01'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44479   Requesting: Breast Assessment Clinic\n'
                  'Right breast, core: Fibroepithelial lesion with increased stromal cell'
                  'ularity, B3.\n'
                  'Referral to a breast unit experienced in the management of phyllodes t'
                  'umours is recommended.\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': '-', 'R': '-'}, id='r11_02'),
    pytest.param(('Department of Cellular Pathology, Ashworth General Hospital\n'
                  'Lab no: AGH-H-26-0516   Received: 03/03/2026\n'
                  'Right breast, skin punch biopsy (post-radiotherapy): Atypical vascular'
                  ' lesion. No cytological atypia.\n'
                  'The regional sarcoma service, specialised in angiosarcoma surgery, has'
                  ' accepted the referral.\n'
                  'Reported by: Dr L. Marchant, Consultant Histopathologist. Authorised 0'
                  '5/03/2026.'),
                 {'L': '-', 'R': '-'}, id='r11_03'),
    pytest.param(('Right breast capsule, capsulectomy: Fibrous capsule with chronic infla'
                  'mmation; no atypical lymphoid cells. The effusion cytology was reviewe'
                  'd by Dr K. Moore, a pathologist with expertise in BIA-ALCL: negative.'),
                 {'L': '-', 'R': '-'}, id='r11_04'),
    pytest.param(('SURGICAL PATHOLOGY - Lakeside Medical Center\n'
                  'Accession: LMC-S26-1553   Collected: 02/27/2026\n'
                  'Left breast, core: Fibroadenoma. B2.\n'
                  'Note: the patient, a nurse with experience with phyllodes tumours, is '
                  'anxious and requests excision.\n'
                  'Electronically signed out by J. Park, MD, 03/02/2026.'),
                 {'L': 'B', 'R': '-'}, id='r11_05'),
    pytest.param(('Histopathology report, Tamar Valley Hospital\n'
                  'Request no. TVH-26-7590   Patient: F, 54 y\n'
                  'Second opinion, reviewed by a pathologist experienced in breast pathol'
                  'ogy: Right breast, core: invasive lobular carcinoma, grade 2.\n'
                  'Pathologist: Dr R. Venkatesan (FRCPath). Report verified 06/03/2026.'),
                 {'L': '-', 'R': 'M'}, id='r11_06'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44627   Requesting: Breast Assessment Clinic\n'
                  'The surgeon, experienced in oncoplastic surgery, excised the left brea'
                  'st lesion. Histology: Left breast, excision: Benign phyllodes tumour, '
                  'margins clear.\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': 'M', 'R': '-'}, id='r11_07'),
    pytest.param(('Department of Cellular Pathology, Ashworth General Hospital\n'
                  'Lab no: AGH-H-26-0664   Received: 03/03/2026\n'
                  "Our unit's experience with breast cancer in pregnancy is limited; her "
                  'right breast invasive ductal carcinoma (core 02/2026) will be managed '
                  'jointly with the regional centre.\n'
                  'Reported by: Dr L. Marchant, Consultant Histopathologist. Authorised 0'
                  '5/03/2026.'),
                 {'L': '-', 'R': 'M'}, id='r11_08'),
    pytest.param(('SURGICAL PATHOLOGY - Lakeside Medical Center\n'
                  'Accession: LMC-S26-1701   Collected: 02/27/2026\n'
                  'Left breast core: Fibroepithelial lesion, B3.\n'
                  'Refer to a surgeon with experience of phyllodes tumours for excision.\n'
                  'Electronically signed out by J. Park, MD, 03/02/2026.'),
                 {'L': '-', 'R': '-'}, id='r11_09'),
    pytest.param(('Histopathology report, Tamar Valley Hospital\n'
                  'Request no. TVH-26-7738   Patient: F, 54 y\n'
                  'Dr Chen, a specialist breast pathologist specialising in papillary les'
                  'ions, reviewed the case: Right breast, excision: Encapsulated papillar'
                  'y carcinoma, 18 mm.\n'
                  'Pathologist: Dr R. Venkatesan (FRCPath). Report verified 06/03/2026.'),
                 {'L': '-', 'R': 'M'}, id='r11_10'),
    pytest.param(('PathWest - Breast Pathology\n'
                  'Episode 26-44775   Requesting: Breast Assessment Clinic\n'
                  'Right breast, core: Spindle cell lesion, B3. Referral to a center spec'
                  'ialized in the treatment of breast sarcoma is advised.\n'
                  'Signed: Dr A. Fontaine, Anatomical Pathology. Final report.'),
                 {'L': '-', 'R': '-'}, id='r11_11'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
