"""The stop's final measurement review of the pathology rules (review pfinal9): 131 texts written for the review from
docs/labelling_guide.md (97 variants and near misses of the twelve rule classes the stop changed, 34 ordinary whole
reports), read against the stop's start e14395c. At ce431e6 80 read right in both, 32 newly right, 4 over-reaches
(cl03 'Our impression:' taken for a consultation letter's review heading; nl04, nl05, nl06 Dutch / Swedish entity
words in a hedged clause), 1 newly wrong (cn02) and 14 wrong in both. After the mend 121 read right and 10 stay wrong:
right texts pass, wrong ones are strict xfails whose reason says why. fc03 mended since (a one-line clinical-information
field covers the recalled conclusion below it, test_pathology_gaps_fc03.py): 9 stay wrong."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('Queen Adelaide Hospital\n'
                  'Department of Cardiology | Cardio-Oncology Service\n'
                  'Clinic letter - baseline review before trastuzumab, 17/03/2026\n'
                  '\n'
                  'Dear Dr Halloran,\n'
                  'I saw Mrs Nadia Petrova (58) today before she starts adjuvant trastuzu'
                  'mab.\n'
                  '\n'
                  'Background:\n'
                  '  Histopathology (quoted from EPR): "Left breast, 2 o\'clock, ultrasoun'
                  'd-guided core biopsy: invasive carcinoma of no special type, grade 2. '
                  'ER 8/8, HER2 3+."\n'
                  '  Hypertension on amlodipine 5 mg. Ex-smoker.\n'
                  '\n'
                  "Echocardiogram today: LVEF 61% (biplane Simpson's), GLS -20.4%. No sig"
                  'nificant valve disease.\n'
                  'ECG: sinus rhythm, QTc 418 ms.\n'
                  '\n'
                  'Plan: fit to proceed with trastuzumab; repeat echo at 3-monthly interv'
                  'als. Continue amlodipine.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr S. Baptiste, Cardio-Oncology Fellow\n'),
                 {'L': 'M', 'R': '-'}, id='co01'),
    pytest.param(('CARDIO-ONCOLOGY CLINIC - DICTATED NOTE\n'
                  'Hallamshire Heart Unit\n'
                  'Dictated 04/03/2026 by Dr K. Amadi, typed 05/03/2026\n'
                  '\n'
                  'History:\n'
                  'Histology (verbatim, from LIS): "Right breast, 10 o\'clock, ultrasound-'
                  'guided core biopsy: invasive carcinoma NST, grade 3, triple negative ('
                  'ER 0, PR 0, HER2 0)."\n'
                  'Planned for neoadjuvant epirubicin-cyclophosphamide then paclitaxel.\n'
                  'Type 2 diabetes, metformin. Father had a myocardial infarction at 60.\n'
                  '\n'
                  'Examination: BP 138/82, HR 76 regular, no oedema.\n'
                  'Baseline echo: LVEF 58%, GLS -18.9%, normal diastolic function. Tropon'
                  'in I 4 ng/L, NT-proBNP 92 pg/mL.\n'
                  '\n'
                  'Impression: low-moderate baseline risk (HFA-ICOS). Proceed with anthra'
                  'cycline; echo after cycle 4.\n'),
                 {'L': '-', 'R': 'M'}, id='co02'),
    pytest.param(('CARDIO-ONCOLOGY LATE EFFECTS REVIEW\n'
                  'Brookfield Regional Heart Centre\n'
                  'Review date: 22/01/2026\n'
                  '\n'
                  'Oncology history:\n'
                  '  Histology (2017, quoted): "Left breast, wide local excision: invasiv'
                  'e ductal carcinoma, grade 3, 24 mm, HER2 positive."\n'
                  '  Treated with FEC-T and one year of trastuzumab, then left breast rad'
                  'iotherapy 40 Gy.\n'
                  '  Remains disease-free at annual oncology follow-up.\n'
                  '\n'
                  'Current: breathless on two flights of stairs for six months.\n'
                  'Echo: LVEF 47% (was 60% in 2017), mild global hypokinesia, GLS -15.1%.'
                  '\n'
                  '\n'
                  'Impression: asymptomatic-to-mild cancer therapy-related cardiac dysfun'
                  'ction, late presentation.\n'
                  'Plan: start ramipril 1.25 mg, titrate; repeat echo in 3 months.\n'),
                 {'L': '-', 'R': '-'}, id='co03'),
    pytest.param(('TRANSTHORACIC ECHOCARDIOGRAPHY REPORT\n'
                  'Referring service: Cardio-Oncology (Dr A. Menon)\n'
                  'Study date: 12/02/2026     Sonographer: J. Holt\n'
                  '\n'
                  'Indication: baseline before epirubicin.\n'
                  'Clinical details:\n'
                  '  Histology (quoted): "Right breast, core biopsy: invasive ductal carc'
                  'inoma, grade 3, ER positive, HER2 negative."\n'
                  '\n'
                  'Findings: Normal left ventricular size. LVEF 63% (3D). GLS -21%. Norma'
                  'l right ventricular function. Trivial mitral regurgitation. No pericar'
                  'dial effusion.\n'
                  '\n'
                  'Conclusion: Normal study. Suitable baseline for anthracycline surveill'
                  'ance.\n'),
                 {'L': '-', 'R': '-'}, id='co04'),
    pytest.param(('CARDIO-ONCOLOGY NURSE-LED CLINIC\n'
                  "St Wilfrid's Hospital, Heart & Cancer Pathway\n"
                  'Telephone consultation 03/03/2026\n'
                  '\n'
                  'Oncology background:\n'
                  '  Histology (in the patient\'s own words, quoted): "they told me it\'s t'
                  "he lobular kind of cancer in my left breast and that it's slow growing"
                  '"\n'
                  '  Awaiting oncology appointment; pathology report not yet on our syste'
                  'm.\n'
                  '\n'
                  'Cardiac: palpitations for two weeks, no syncope. Holter arranged.\n'
                  'Plan: request the pathology report from the referring hospital; baseli'
                  'ne echo booked 10/03/2026.\n'),
                 {'L': '-', 'R': '-'}, id='co05',
                 marks=pytest.mark.xfail(strict=True, reason=("review co05 (cardio): read {'L': 'M', 'R': '-'}; o"
                                                          "lder behaviour: the patient's quoted words under '"
                                                          "Oncology background:' are not read as history (als"
                                                          'o without the title or the quotation marks); no na'
                                                          'rrow rule of this review reads the heading'))),
    pytest.param(('Cardio-Oncology Pre-Anthracycline Assessment\n'
                  'Marston Vale University Hospital - Haematology and Cardiology\n'
                  'Date: 08/03/2026\n'
                  '\n'
                  'Oncology summary:\n'
                  '  Histopathology (quoted from the pathology report): "Left breast, 14G'
                  ' core biopsy: diffuse large B-cell lymphoma, non-germinal centre B-cel'
                  'l type. CD20 positive, MYC negative."\n'
                  '  Stage IIE. Planned R-CHOP x 6.\n'
                  '\n'
                  'Cardiovascular risk: none. No previous cardiotoxic therapy.\n'
                  'Echo: LVEF 66%, GLS -22%. Baseline troponin normal.\n'
                  '\n'
                  'Outcome: low risk; proceed with doxorubicin-containing regimen. Echo a'
                  'fter cycle 3 and at end of treatment.\n'),
                 {'L': 'M', 'R': '-'}, id='co06'),
    pytest.param(('CARDIO-ONCOLOGY BASELINE RISK ASSESSMENT\n'
                  'Fenland General Hospital - Cardiology\n'
                  'Assessment date: 27/02/2026\n'
                  '\n'
                  'Oncology history:\n'
                  '  Histology (verbatim): "Invasive carcinoma of no special type, grade '
                  '3, ER negative, PR negative, HER2 3+ (IHC)."\n'
                  '  Referral letter describes a left breast cancer, 31 mm, clinically no'
                  'de positive; neoadjuvant TCHP planned.\n'
                  '\n'
                  'Baseline: LVEF 59%, GLS -19%. BP 124/70.\n'
                  'HFA-ICOS risk: low.\n'
                  'Plan: trastuzumab surveillance echo every 3 months.\n'),
                 {'L': '-', 'R': '-'}, id='co07'),
    pytest.param(('Cardio-Oncology Service, Whitford General Hospital\n'
                  'MYOCARDIAL BIOPSY PATHOLOGY REPORT\n'
                  'Lab no: H26-07712     Received: 14/03/2026\n'
                  '\n'
                  'Clinical history:\n'
                  '  Histology quoted from referral: "Right breast, core: invasive carcin'
                  'oma NST, grade 3, HER2 positive." Trastuzumab cycle 9; LVEF fall from '
                  '62% to 41%. ?myocarditis.\n'
                  '\n'
                  'Microscopy: Five fragments of myocardium with mild myocyte hypertrophy'
                  ' and patchy interstitial fibrosis. No lymphocytic infiltrate, no myocy'
                  'te necrosis. Congo red negative.\n'
                  '\n'
                  'Diagnosis: Endomyocardial biopsy: mild interstitial fibrosis and myocy'
                  'te hypertrophy; no evidence of myocarditis or amyloid.\n'),
                 {'L': '-', 'R': '-'}, id='co08'),
    pytest.param(('CARDIO-ONCOLOGY PRE-TREATMENT RECORD\n'
                  'Ashbourne Cardiac Unit\n'
                  'Seen: 11/03/2026\n'
                  '\n'
                  'Cancer history:\n'
                  '  Histology quoted from MDT outcome (11/02/2026): "Right breast, core:'
                  ' invasive carcinoma NST, grade 3, HER2 3+. Left breast, core: fibroade'
                  'noma."\n'
                  '  Plan from oncology: neoadjuvant docetaxel, carboplatin, trastuzumab '
                  'and pertuzumab.\n'
                  '\n'
                  'Cardiac: no symptoms. Previous mild mitral prolapse.\n'
                  'Echo today: LVEF 62%, mild MR, GLS -20%.\n'
                  'Plan: proceed. Echo every 3 months during HER2-directed therapy.\n'),
                 {'L': 'B', 'R': 'M'}, id='co09'),
    pytest.param(('CARDIO-ONCOLOGY CLINIC\n'
                  'Harrowdene Hospital - Cardiology Outpatients\n'
                  'Date: 16/02/2026\n'
                  '\n'
                  'Oncology history:\n'
                  '  Histology (from pathology report): "Left breast, 1 o\'clock, core bio'
                  'psy: invasive lobular carcinoma, classic type, grade 2, ER 8/8, HER2 2'
                  '+ (FISH amplified)."\n'
                  '  Mastectomy planned, then adjuvant trastuzumab.\n'
                  '\n'
                  'Baseline echo: LVEF 60%, GLS -19.5%.\n'
                  'Plan: fit for trastuzumab.\n'),
                 {'L': '-', 'R': '-'}, id='co10'),
    pytest.param(("Pathology Department, St Bride's University Hospital - Breast Second O"
                  'pinion Service\n'
                  'Our ref: SB-SO-26/117\n'
                  '\n'
                  'Dear Professor Achterberg,\n'
                  'Re: right breast vacuum biopsy, your ref H26-4410.\n'
                  'Thank you for sending this case. Your report stated: "Right breast, 11'
                  ' o\'clock, VAB: tubular carcinoma, grade 1, 4 mm."\n'
                  'I have examined the H&E levels and the p63 and SMMHC immunostains you '
                  'sent.\n'
                  '\n'
                  'OUR OPINION:\n'
                  "Right breast, 11 o'clock, vacuum-assisted biopsy: radial scar / comple"
                  'x sclerosing lesion with florid usual ductal hyperplasia. Myoepithelia'
                  'l cells are retained around all glands; there is no invasive carcinoma'
                  '.\n'
                  '\n'
                  'I would be happy to discuss. Yours sincerely,\n'
                  'Dr M. Oyelowo, Consultant Breast Histopathologist\n'),
                 {'L': '-', 'R': 'B'}, id='cl01'),
    pytest.param(('HARROWGATE BREAST PATHOLOGY CONSULTATIONS\n'
                  'Consultation C26-0044     Date: 09/02/2026\n'
                  '\n'
                  'Dear Colleague,\n'
                  'Thank you for referring the stereotactic biopsy on Ms T. Lindholm. You'
                  'r diagnosis of 02/02/2026 was "Left breast, stereotactic core: atypica'
                  'l ductal hyperplasia associated with calcifications, B3."\n'
                  '\n'
                  'HARROWGATE DIAGNOSIS:\n'
                  'Left breast, stereotactic core biopsy: ductal carcinoma in situ, low n'
                  'uclear grade, cribriform and micropapillary, spanning at least 6 mm ac'
                  'ross three cores (B5a).\n'
                  '\n'
                  'Comment: the cribriform spaces are uniform and involve more than two d'
                  'ucts; I would regard this as low-grade DCIS rather than ADH.\n'
                  'Dr F. Castellano\n'),
                 {'L': 'M', 'R': '-'}, id='cl02'),
    pytest.param(('Breast Imaging Unit, Kelvingrove Infirmary\n'
                  '\n'
                  'Dear Dr Abernethy,\n'
                  "Re: radiology-pathology correlation, left breast 2 o'clock, Mrs E. Sor"
                  'ley.\n'
                  'Your report reads "Left breast, 2 o\'clock, 14G core biopsy: fibroadeno'
                  'ma." The lesion measures 28 mm, has grown by 8 mm in six months and ha'
                  's lobulated margins (BI-RADS 4B).\n'
                  '\n'
                  'Our impression: discordant. The imaging would favour a phyllodes tumou'
                  'r over a simple fibroadenoma. We have listed her for vacuum-assisted e'
                  'xcision next week and will send the whole specimen to you.\n'
                  '\n'
                  'Kind regards,\n'
                  'Dr P. Lindqvist, Consultant Radiologist\n'),
                 {'L': 'B', 'R': '-'}, id='cl03'),
    pytest.param(('Department of Histopathology - Larkspur Teaching Hospital\n'
                  'Breast referral opinion BR-26-081\n'
                  '\n'
                  'Dear Dr Yamamoto,\n'
                  'Thank you for the right breast core on Mrs L. Greer. Your report reads'
                  ' "Right breast, 8 o\'clock, core biopsy: invasive lobular carcinoma, cl'
                  'assic type, grade 2."\n'
                  '\n'
                  'REVIEW DIAGNOSIS:\n'
                  'Concur with your diagnosis. The E-cadherin stain we performed is negat'
                  'ive in the tumour cells, supporting the lobular phenotype.\n'
                  '\n'
                  'With best wishes,\n'
                  'Dr R. Okonjo\n'),
                 {'L': '-', 'R': 'M'}, id='cl04'),
    pytest.param(('Northmoor Academic Pathology - Breast Consultation Service\n'
                  '\n'
                  'Dear Dr Sandoval,\n'
                  'Re: Mrs A. Whitcombe, your case B26-00991 (right breast stereotactic b'
                  'iopsy for calcification). Thank you for this case. Your\n'
                  'report of 09/01/2026 reads "Right breast, stereotactic core: DCIS, low'
                  ' grade, cribriform."\n'
                  '\n'
                  'CONSULTATION DIAGNOSIS:\n'
                  'Right breast, stereotactic core biopsy: atypical ductal hyperplasia, a'
                  ' single focus of 1.5 mm associated with calcification; the quantitativ'
                  'e criteria for DCIS are not met.\n'
                  '\n'
                  'I would recommend excision to exclude a more significant lesion.\n'
                  'Dr H. Brennan\n'),
                 {'L': '-', 'R': 'B'}, id='cl05'),
    pytest.param(('Breast MDT Office - Penrose General Hospital\n'
                  '\n'
                  'Dear Dr Whitfield,\n'
                  'Re: Mrs D. Korhonen, DOB 03/07/1966.\n'
                  'Thank you for presenting this case. Your report of 20/02/2026 states "'
                  "Right breast, 10 o'clock, core: invasive carcinoma NST, grade 2, ER 7/"
                  '8, HER2 negative."\n'
                  '\n'
                  'SUMMARY OF MDT DISCUSSION (25/02/2026):\n'
                  'Unifocal on MRI, 17 mm. Clinically and radiologically node negative.\n'
                  '\n'
                  'OUR RECOMMENDATION: wide local excision and sentinel node biopsy; onco'
                  'logy review after surgery.\n'
                  '\n'
                  'MDT coordinator on behalf of the breast MDT\n'),
                 {'L': '-', 'R': 'M'}, id='cl06'),
    pytest.param(('Medway Vale Breast Pathology - Specialist Opinion\n'
                  '\n'
                  'Dear Dr Kowalczyk,\n'
                  'Thank you for sending the bilateral cores from Ms J. Ferris for review'
                  '. Your report reads "A: Right breast core: invasive carcinoma, possibl'
                  'y lobular. B: Left breast core: fibroadenoma."\n'
                  '\n'
                  'DIAGNOSIS (on review):\n'
                  'A. Right breast, core biopsy: sclerosing adenosis with apocrine metapl'
                  'asia; no carcinoma. The apparent single-file pattern is adenosis with '
                  'intact myoepithelium (p63, calponin).\n'
                  'B. Left breast, core biopsy: fibroadenoma.\n'
                  '\n'
                  'Yours sincerely, Dr L. Vasquez\n'),
                 {'L': 'B', 'R': 'B'}, id='cl07'),
    pytest.param(('Pathology Department, Garnet Bay Hospital\n'
                  '\n'
                  'Dear Dr Mahlangu,\n'
                  'Re: right breast core on Mrs Y. Osei, your ref S26-1377.\n'
                  'Your report reads "Right breast, core biopsy: invasive ductal carcinom'
                  'a, grade 2, with intermediate grade DCIS." I have looked at the slides'
                  ' and the ER, PR and HER2 you sent, and I agree with your diagnosis. Th'
                  'e HER2 I would also score as 1+.\n'
                  '\n'
                  'Kind regards,\n'
                  'Dr N. Fairclough\n'),
                 {'L': '-', 'R': 'M'}, id='cl08'),
    pytest.param(('Thornleigh Breast Pathology Referral Service\n'
                  '\n'
                  'Dear Dr Papadakis,\n'
                  'Thank you for the left breast vacuum biopsy on Mrs C. Ruane. Your repo'
                  'rt reads "Left breast, VAB: ductal carcinoma in situ, high grade, with'
                  ' comedonecrosis; no invasion seen."\n'
                  '\n'
                  'OUR OPINION:\n'
                  'We agree that there is high-grade DCIS. On one level there is a suspic'
                  'ious focus of single cells in the stroma; we cannot exclude microinvas'
                  'ion on the material available. Further levels requested and an addendu'
                  'm will follow.\n'
                  '\n'
                  'Dr S. Ingleby\n'),
                 {'L': 'M', 'R': '-'}, id='cl09'),
    pytest.param(('[Traduction / translation]\n'
                  "Laboratoire d'anatomie pathologique des Tilleuls\n"
                  'COMPLÉMENT [Supplementary report] du 19/03/2026 - dossier H26-2207\n'
                  '\n'
                  'CR initial H26-2207 (12/03/2026) - conclusion :\n'
                  'Sein gauche, microbiopsies à 3 h : carcinome canalaire infiltrant, gra'
                  'de SBR II.\n'
                  '\n'
                  'Résultats immunohistochimiques [immunohistochemistry results] : RE 90 '
                  '%, RP 40 %, HER2 score 1+, Ki67 15 %.\n'
                  'Conclusion du complément : profil luminal A-like ; le diagnostic initi'
                  'al est inchangé.\n'
                  'Dr É. Fauconnier\n'),
                 {'L': 'M', 'R': '-'}, id='fc01'),
    pytest.param(("Hôpital Privé de la Loire - Service d'anatomie pathologique\n"
                  'RECTIFICATIF du 11/02/2026 [correction]\n'
                  'Erreur de latéralité : le prélèvement provient du sein GAUCHE, et non '
                  'du sein droit comme indiqué initialement.\n'
                  '\n'
                  'Compte-rendu initial n° B26-0318 (04/02/2026), conclusion et commentai'
                  're :\n'
                  'Sein droit, macrobiopsies sous stéréotaxie : carcinome canalaire in si'
                  "tu de grade nucléaire intermédiaire, avec microcalcifications. Pas d'i"
                  'nfiltration identifiée.\n'
                  '\n'
                  'Le reste du compte rendu est inchangé.\n'
                  'Dr A. Morvan\n'),
                 {'L': 'M', 'R': '-'}, id='fc02'),
    pytest.param(('Laboratoire de pathologie Saint-Exupéry\n'
                  'COMPLÉMENT du 02/04/2026 au compte rendu H26-0901\n'
                  'Renseignements cliniques : nodule du sein droit de 14 mm, ACR 4.\n'
                  'Compte rendu initial H23-0412 (10/05/2023), conclusion : carcinome lob'
                  'ulaire infiltrant du sein gauche, traité par mastectomie.\n'
                  '\n'
                  'Après recoupes et étude immunohistochimique (p63, CK5/6) de la microbi'
                  'opsie du sein droit :\n'
                  'Conclusion : Sein droit, microbiopsie : papillome intracanalaire sans '
                  'atypie.\n'
                  'Dr C. Lenoir\n'),
                 {'L': '-', 'R': 'B'}, id='fc03'),
    pytest.param(('Centre de pathologie des Cèdres\n'
                  'RECTIFICATIF du 27/02/2026 - compte rendu H26-1522\n'
                  'La taille de la pièce était erronée.\n'
                  '\n'
                  'Compte rendu initial H26-1522 (20/02/2026), macroscopie : pièce de tum'
                  'orectomie du sein droit de 45 g (et non 54 g), orientée par deux fils,'
                  ' mesurant 6 x 5 x 3 cm.\n'
                  '\n'
                  'Conclusion (inchangée) : Sein droit, tumorectomie : carcinome canalair'
                  'e infiltrant, grade II, 16 mm ; marges saines (marge la plus proche 4 '
                  'mm).\n'
                  'Dr P. Guérin\n'),
                 {'L': '-', 'R': 'M'}, id='fc04'),
    pytest.param(('Clinique Beauregard - Consultation de chirurgie sénologique\n'
                  'Date : 06/03/2026\n'
                  '\n'
                  'Madame R., 49 ans, adressée par son gynécologue pour prise en charge.\n'
                  'Compte rendu initial H26-0770 (27/02/2026), conclusion : sein droit, m'
                  'icrobiopsies à 10 h : carcinome lobulaire infiltrant, grade II, RE 100'
                  ' %, HER2 négatif.\n'
                  "Examen : nodule de 2 cm du quadrant supéro-externe droit, pas d'adénop"
                  'athie palpable.\n'
                  'Proposition : tumorectomie avec ganglion sentinelle droit, à discuter '
                  'en RCP du 12/03/2026.\n'
                  'Dr J.-M. Barbier\n'),
                 {'L': '-', 'R': 'M'}, id='fc05'),
    pytest.param(('[Translation from French]\n'
                  'Institut de Pathologie de Montclair\n'
                  'RECTIFICATIF [Correction] du 22/03/2026 : le prélèvement provient du s'
                  'ein DROIT [right breast], et non du sein gauche comme indiqué [not the'
                  ' left breast as stated].\n'
                  '\n'
                  'Compte rendu initial [initial report] H26-1190 (15/03/2026), conclusio'
                  'n [conclusion]:\n'
                  'Sein gauche [left breast], microbiopsies échoguidées : carcinome canal'
                  'aire infiltrant [invasive ductal carcinoma], grade II.\n'),
                 {'L': '-', 'R': 'M'}, id='fc06'),
    pytest.param(("Laboratoire d'anatomie et cytologie pathologiques du Parc\n"
                  'RECTIFICATIF du 10/03/2026\n'
                  'Le grade histopronostique est II (3+2+1) et non III comme indiqué dans'
                  ' le compte rendu initial.\n'
                  '\n'
                  'CR initial H26-0655 du 02/03/2026, conclusion :\n'
                  'Sein gauche, microbiopsie à 1 h : carcinome canalaire infiltrant de ty'
                  'pe non spécifique, grade II (rectifié), associé à un carcinome canalai'
                  're in situ de bas grade.\n'
                  'Dr M. Lambert\n'),
                 {'L': 'M', 'R': '-'}, id='fc07'),
    pytest.param(('SURGICAL PATHOLOGY REPORT - Ridgeway Medical Center\n'
                  'FINAL DIAGNOSIS (signed 03/03/2026):\n'
                  'A. LEFT BREAST, 4:00, ULTRASOUND-GUIDED CORE BIOPSY: INVASIVE LOBULAR '
                  'CARCINOMA, CLASSIC TYPE, GRADE 2.\n'
                  'B. RIGHT BREAST, 9:00, ULTRASOUND-GUIDED CORE BIOPSY: ATYPICAL PAPILLA'
                  'RY LESION; IMMUNOHISTOCHEMISTRY (CK5/6, ER, P63) TO FOLLOW.\n'
                  '\n'
                  'ADDENDUM (06/03/2026):\n'
                  'Immunohistochemistry on part B, right breast 9:00 core: CK5/6 shows a '
                  'mosaic pattern, ER is heterogeneous and p63 highlights myoepithelial c'
                  'ells throughout. Final diagnosis, part B: intraductal papilloma with u'
                  'sual ductal hyperplasia; no atypia.\n'),
                 {'L': 'M', 'R': 'B'}, id='ad01'),
    pytest.param(('Pathology report - Coastal Breast Centre\n'
                  'DIAGNOSIS:\n'
                  'RIGHT BREAST, 12:00, STEREOTACTIC CORE BIOPSY:\n'
                  ' - INVASIVE DUCTAL CARCINOMA, GRADE 1, WITH LOW-GRADE DCIS.\n'
                  'LEFT BREAST, 7:00, STEREOTACTIC CORE BIOPSY:\n'
                  ' - ATYPICAL INTRADUCTAL EPITHELIAL PROLIFERATION WITH CALCIFICATIONS;\n'
                  '   DEEPER LEVELS AND IMMUNOSTAINS TO FOLLOW.\n'
                  '\n'
                  'ADDENDUM #1 (11/03/2026): Deeper levels and CK5/6 and ER immunostains '
                  'on the left breast 7:00 core show usual ductal hyperplasia with column'
                  'ar cell change; the calcifications lie within the columnar cell change'
                  '. Revised diagnosis: left breast, columnar cell change and usual ducta'
                  'l hyperplasia; no atypia.\n'),
                 {'L': 'B', 'R': 'M'}, id='ad02'),
    pytest.param(('Histopathology - Kingsgate District Hospital\n'
                  'Conclusion (issued 14/02/2026):\n'
                  "1. Left breast, 3 o'clock, core biopsy: invasive carcinoma of no speci"
                  'al type, grade 3 (B5b).\n'
                  "2. Right breast, 8 o'clock, core biopsy: scant benign fibrofatty tissu"
                  'e only; insufficient for diagnosis (B1).\n'
                  '\n'
                  'Supplementary report (28/02/2026): A repeat ultrasound-guided core bio'
                  "psy of the right breast 8 o'clock lesion was received under the same r"
                  'equest (part 3). Part 3, right breast core: fibroadenoma (B2). Concord'
                  'ant with imaging.\n'),
                 {'L': 'M', 'R': 'B'}, id='ad03'),
    pytest.param(('UNIVERSITY PATHOLOGY SERVICES - SURGICAL PATHOLOGY\n'
                  'Diagnosis:\n'
                  'LEFT BREAST, 1:30, CORE: DUCTAL CARCINOMA IN SITU, HIGH NUCLEAR GRADE,'
                  ' SOLID TYPE WITH COMEDONECROSIS.\n'
                  'RIGHT BREAST, 10:00, CORE: SCLEROSING STROMAL LESION WITH ENTRAPPED DU'
                  'CTS; SPECIAL STAINS TO FOLLOW.\n'
                  '\n'
                  'Addendum (signed 18/03/2026)\n'
                  'Special stains (elastic van Gieson and reticulin) on the right breast '
                  'core show central elastosis with radially arranged ducts retaining a m'
                  'yoepithelial layer. Final diagnosis, right breast: radial scar.\n'),
                 {'L': 'M', 'R': 'B'}, id='ad04'),
    pytest.param(('Department of Cellular Pathology - Wrexford Infirmary\n'
                  'Report first issued 02/03/2026:\n'
                  "Left breast, 11 o'clock, core biopsy: fibroadenoma, B2.\n"
                  'Right breast, retroareolar, core biopsy: papillary lesion, B3; immunoh'
                  'istochemistry to follow.\n'
                  '\n'
                  'ADDENDUM 09/03/2026\n'
                  'Immunohistochemistry on the right breast retroareolar core: p63 and CK'
                  '5/6 negative within the papillary fronds and at the periphery; ER stro'
                  'ngly and diffusely positive. Final diagnosis (right breast): encapsula'
                  'ted papillary carcinoma, B5.\n'),
                 {'L': 'B', 'R': 'M'}, id='ad05'),
    pytest.param(('SURGICAL PATHOLOGY - Pine Hollow Regional Laboratory\n'
                  'FINAL DIAGNOSIS:\n'
                  '1. Right breast, 6:00, vacuum-assisted core biopsy: invasive carcinoma'
                  ', ductal type, grade 2, with DCIS, intermediate grade.\n'
                  '2. Left breast, 2:00, vacuum-assisted core biopsy: columnar lesion wit'
                  'h atypia; further levels pending.\n'
                  '\n'
                  'ADDENDUM (10/03/2026): Further levels on the left breast 2:00 core sho'
                  'w flat epithelial atypia only; no ADH or DCIS. Final diagnosis, left b'
                  'reast: flat epithelial atypia.\n'),
                 {'L': 'B', 'R': 'M'}, id='ad06'),
    pytest.param(('Surgical pathology report, dictated by Dr G. Ruiz.\n'
                  "Final diagnosis: Part A, right breast mass at 9 o'clock, ultrasound-gu"
                  'ided core: invasive ductal carcinoma, Nottingham grade 3, no DCIS seen'
                  ". Part B, left breast at 4 o'clock, ultrasound-guided core: fibroepith"
                  'elial lesion with cellular stroma; levels to follow.\n'
                  '\n'
                  'Addendum, dictated 07/03/2026: Levels on the left breast core show a u'
                  'niformly distributed, mildly cellular stroma without leaf-like archite'
                  'cture, stromal overgrowth or mitoses. Final diagnosis for the left bre'
                  'ast: fibroadenoma.\n'),
                 {'L': 'B', 'R': 'M'}, id='ad07'),
    pytest.param(('Institut für Pathologie, Klinikum Sonnenberg\n'
                  'Befundbericht E-2026-11873 - Mamma-Stanzbiopsien beidseits, Eingang 23'
                  '.02.2026\n'
                  '\n'
                  '| Nr. | Seite | Lokalisation | Histologie                      | B   |'
                  '\n'
                  '|-----|-------|--------------|---------------------------------|-----|'
                  '\n'
                  '| 1   | R     | 11 Uhr       | Fibroadenom                     | B2  |'
                  '\n'
                  '| 2   | L     | 2 Uhr        | Invasives Karzinom NST, G2      | B5b |'
                  '\n'
                  '\n'
                  'Beurteilung: Siehe Tabelle. Rezeptorstatus folgt mit Nachbericht.\n'
                  'Befund telefonisch an Frau Dr. Kessler übermittelt.\n'),
                 {'L': 'M', 'R': 'B'}, id='se01'),
    pytest.param(('Pathologie Laboratorium Westfriesland\n'
                  'Mammabiopten - verslag P26-04410\n'
                  '\n'
                  '| Monster | Zijde | Locatie | Conclusie                               '
                  '        |\n'
                  '|---------|-------|---------|-----------------------------------------'
                  '--------|\n'
                  '| A       | L     | 3 uur   | ductaal carcinoom in situ, hooggradig   '
                  '        |\n'
                  '| B       | R     | 9 uur   | fibroadenoom                            '
                  '        |\n'
                  '\n'
                  'Aanvullend: ER/PR-bepaling op monster A volgt.\n'
                  'Patholoog: dr. M. de Graaf\n'),
                 {'L': 'M', 'R': 'B'}, id='se02'),
    pytest.param(('Pathologie am Brustzentrum Oberland - Stanzbiopsien\n'
                  'Eingangsdatum 04.03.2026, Einsender: Dr. Fuchs\n'
                  '\n'
                  '| Probe | Seite (R/L) | Uhr   | Histologie                            '
                  '     | B-Kat. |\n'
                  '|-------|-------------|-------|---------------------------------------'
                  '-----|--------|\n'
                  '| 1     | R           | 10    | Invasives lobuläres Karzinom, G2      '
                  '     | B5b    |\n'
                  '| 2     | L           | 4     | Fibroadenom                           '
                  '     | B2     |\n'
                  '\n'
                  'Kommentar: Befund in der Tumorkonferenz am 10.03.2026.\n'),
                 {'L': 'B', 'R': 'M'}, id='se03'),
    pytest.param(('+------+-------+------------+-----------------------------------------'
                  '-----+\n'
                  '| NR   | SEITE | MATERIAL   | DIAGNOSE                                '
                  '     |\n'
                  '+------+-------+------------+-----------------------------------------'
                  '-----+\n'
                  '| 1    | R     | Stanze x4  | Invasives duktales Karzinom, G3, B5b    '
                  '     |\n'
                  '| 2    | R     | Stanze x2  | Fettgewebsnekrose, kein Malignitätsnachw'
                  'eis  |\n'
                  '+------+-------+------------+-----------------------------------------'
                  '-----+\n'
                  'Institut für Pathologie Zürich-Nord, Befund vom 12.03.2026.\n'
                  'Die Befunde wurden mit der Radiologie besprochen (konkordant).\n'),
                 {'L': '-', 'R': 'M'}, id='se04'),
    pytest.param(('Institut für Pathologie - Mammareduktionsplastik\n'
                  'Eingang: 18.02.2026\n'
                  '\n'
                  '| Nr. | Seite | Material                 | Befund                     '
                  '                          |\n'
                  '|-----|-------|--------------------------|----------------------------'
                  '--------------------------|\n'
                  '| 1   | bds.  | Reduktionsplastik, 980 g | fibrozystische Mastopathie,'
                  ' kein Malignitätsnachweis |\n'
                  '\n'
                  'Kommentar: Keine atypischen Epithelproliferationen. Dr. H. Winter\n'),
                 {'L': '-', 'R': '-'}, id='se05'),
    pytest.param(('Afdeling Pathologie - Ziekenhuis Rivierenland\n'
                  'Verslag T26-01882\n'
                  '\n'
                  '| Materiaal  | naaldbiopt mamma  |\n'
                  '| Zijde      | R                 |\n'
                  '| Locatie    | 10 uur, 2 cm TM   |\n'
                  '| Conclusie  | fibroadenoom      |\n'
                  '| B-code     | B2                |\n'
                  '\n'
                  'Bespreking in MDO 12-03-2026.\n'),
                 {'L': '-', 'R': 'B'}, id='se06'),
    pytest.param(('Gemeinschaftspraxis Pathologie Am Markt\n'
                  '| Befund-Nr.   | Seite | Datum      |\n'
                  '|--------------|-------|------------|\n'
                  '| E-26-1104    | 1     | 03.03.2026 |\n'
                  '\n'
                  'Klinische Angaben: Herdbefund rechts 9 Uhr, BI-RADS 4a.\n'
                  'Mamma rechts, Stanzbiopsie 9 Uhr: Fibroadenom (B2). Kein Anhalt für Ma'
                  'lignität.\n'
                  'Mamma links: kein Material eingesandt.\n'),
                 {'L': '-', 'R': 'B'}, id='se07'),
    pytest.param(('Breast Cancer Notification Form - pathology v1.3\n'
                  'Northern Cancer Alliance\n'
                  'Reporting laboratory: Tynedale Cellular Pathology     Date: 18/02/2026'
                  '\n'
                  '\n'
                  "Right breast, 10 o'clock, core biopsy: invasive carcinoma NST, grade 2"
                  ', ER 8/8, HER2 negative.\n'
                  "Left breast, 3 o'clock, core biopsy: fibroadenoma.\n"
                  'Notifying pathologist: Dr B. Oduya\n'),
                 {'L': 'B', 'R': 'M'}, id='ti01'),
    pytest.param(('-------------------------------------------------\n'
                  'BREAST CANCER DOCUMENTATION FORM\n'
                  '-------------------------------------------------\n'
                  'Screening unit: Lakeland BSU     Episode 2026/0318\n'
                  'Left breast, 14G core biopsy (stereotactic, calcification): sclerosing'
                  ' adenosis and columnar cell change with calcification. No atypia. B2.\n'
                  'Outcome: routine recall.\n'),
                 {'L': 'B', 'R': '-'}, id='ti02'),
    pytest.param(('Breast cancer data form: invasive carcinoma, no special type\n'
                  "Specimen: right breast, ultrasound-guided core biopsy, 12 o'clock\n"
                  'Grade: 2 (3+2+2)\n'
                  'ER: positive (Allred 7/8)   PR: positive (5/8)   HER2: 1+ negative\n'
                  'Completed by: Dr J. Nkemelu, 21/03/2026\n'),
                 {'L': '-', 'R': 'M'}, id='ti03'),
    pytest.param(('BREAST CANCER DATA COLLECTION SHEET - RIGHT BREAST\n'
                  "Hospital: Saint Columba's Infirmary     Sheet completed: 24/02/2026\n"
                  'Right breast, wide local excision: invasive carcinoma NST, grade 1, 11'
                  ' mm; margins clear (closest 5 mm).\n'
                  'Left breast, core biopsy (contralateral MRI lesion): fibroadenoma.\n'),
                 {'L': 'B', 'R': 'M'}, id='ti04'),
    pytest.param(('Cellular Pathology Report - Westmarch Hospital\n'
                  "Right breast, 9 o'clock, core biopsy: fibroadenoma. No atypia. B2.\n"
                  'Reported by Dr A. Kaur, 04/03/2026.\n'
                  '\n'
                  'Enclosed for the one-stop clinic file:\n'
                  'Breast Cancer Registration Sheet\n'
                  '(completed only where malignancy is confirmed - not applicable to this'
                  ' episode)\n'),
                 {'L': '-', 'R': 'B'}, id='ti05',
                 marks=pytest.mark.xfail(strict=True, reason=("review ti05 (title): read {'L': '-', 'R': 'BM'}; o"
                                                          "lder behaviour: a record-keeping sheet's title pri"
                                                          'nted at the foot (an enclosure list) is outside th'
                                                          "e head's three lines the title rule reads"))),
    pytest.param(('Breast Cancer Data Collection Form v2\n'
                  'Unit: Southvale Breast Screening Centre\n'
                  'Left breast, 14G core biopsy: columnar cell change and cysts; no atypi'
                  'a, no malignancy (B2).\n'
                  'Reported: 12/03/2026 by Dr M. Iqbal. Outcome: routine recall.\n'),
                 {'L': 'B', 'R': '-'}, id='ti06'),
    pytest.param(('BREAST CANCER SCREENING DATA COLLECTION FORM\n'
                  'Round: prevalent     Unit: Eastbrook BSU\n'
                  "Assessment outcome: left breast, ultrasound-guided core biopsy at 2 o'"
                  'clock - fibroadenoma (B2).\n'
                  'Right breast: normal on imaging, not sampled.\n'
                  'Result: return to routine screening.\n'),
                 {'L': 'B', 'R': '-'}, id='ti07'),
    pytest.param(('BILATERAL BREAST CANCER REGISTRATION FORM\n'
                  'Registry: West Coast Cancer Registry     Diagnosis date: 06/03/2026\n'
                  'Right breast, core biopsy: invasive carcinoma NST, grade 3.\n'
                  'Left breast, core biopsy: ductal carcinoma in situ, high grade.\n'),
                 {'L': 'M', 'R': 'M'}, id='ti08'),
    pytest.param(('AMENDED REPORT - Fernhill Pathology\n'
                  'Amendment (laterality), 09/03/2026: This report relates to the RIGHT b'
                  'reast, not the left as originally stated. The diagnosis is otherwise u'
                  'nchanged.\n'
                  '\n'
                  'DIAGNOSIS (as originally issued 05/03/2026):\n'
                  "Left breast, 10 o'clock, core biopsy: invasive carcinoma of no special"
                  ' type, grade 2.\n'),
                 {'L': '-', 'R': 'M'}, id='cn01'),
    pytest.param(('Afdeling Pathologie - Gecorrigeerd verslag\n'
                  'Correctie (13-03-2026): Het verslag betreft de RECHTER mamma, niet de '
                  'linker zoals oorspronkelijk vermeld. [The report concerns the RIGHT br'
                  'east, not the left as originally reported.]\n'
                  '\n'
                  'Conclusie (zoals oorspronkelijk uitgegeven):\n'
                  'Linker mamma, naaldbiopsie 10 uur: fibroadenoom.\n'),
                 {'L': '-', 'R': 'B'}, id='cn02',
                 marks=pytest.mark.xfail(strict=True, reason=("review cn02 (concerns): read {'L': 'B', 'R': '-'};"
                                                          " older gap: moving the Dutch reprint's side needs "
                                                          "the unglossed Dutch correction heading 'Correctie "
                                                          "(<date>):' and reprint heading 'Conclusie (zoals o"
                                                          "orspronkelijk uitgegeven):' read; left for a rule "
                                                          'on those headings'))),
    pytest.param(('CORRECTED REPORT\n'
                  'Correction (16/02/2026): The histology concerns the LEFT breast core ('
                  'S26-2210), not the right as originally reported. Clinic and MDT inform'
                  'ed.\n'
                  '\n'
                  'Final diagnosis (as originally reported):\n'
                  "Right breast, ultrasound-guided core biopsy, 2 o'clock: invasive lobul"
                  'ar carcinoma, classic type, grade 2.\n'),
                 {'L': 'M', 'R': '-'}, id='cn03',
                 marks=pytest.mark.xfail(strict=True, reason=("review cn03 (concerns): read {'L': '-', 'R': 'M'};"
                                                          " under-reach: 'concerns the LEFT breast core (S26-"
                                                          "2210)' - the noun phrase after the side word keeps"
                                                          ' the correction from moving the reprint'))),
    pytest.param(('AMENDED REPORT - Castleford Cellular Pathology\n'
                  'Amendment 11/03/2026: This amendment relates to the LEFT breast core ('
                  'part A) only: the HER2 score is 2+ (equivocal, ISH to follow), not 3+ '
                  'as originally reported. The diagnoses are unchanged.\n'
                  '\n'
                  'DIAGNOSIS:\n'
                  'A. Left breast, core biopsy: invasive carcinoma NST, grade 3.\n'
                  'B. Right breast, core biopsy: fibroadenoma.\n'),
                 {'L': 'M', 'R': 'B'}, id='cn04'),
    pytest.param(('Histopathology - Brierley Park Hospital\n'
                  'Clinical history: Note from the clinic: the referral letter concerns t'
                  'he LEFT breast (palpable lump), not the right as stated on the request'
                  ' form; the radiologist confirms the sampled lesion is in the right bre'
                  "ast at 9 o'clock.\n"
                  "Specimen: Right breast, 9 o'clock, ultrasound-guided core biopsy.\n"
                  'Diagnosis: Right breast, core biopsy: fibroadenoma, B2.\n'),
                 {'L': '-', 'R': 'B'}, id='cn05'),
    pytest.param(('Institut für Pathologie - Korrekturbefund E/26/3017\n'
                  'KORREKTUR [Correction] 12.03.2026: Der Befund bezieht sich auf die REC'
                  'HTE Brust, nicht auf die linke wie ursprünglich übermittelt. [The repo'
                  'rt relates to the RIGHT breast, not the left as originally notified.]\n'
                  '\n'
                  'Befund wie ursprünglich übermittelt [as originally notified]:\n'
                  'Mamma links, Stanzbiopsie 2 Uhr: Fibroadenom. Kein Anhalt für Malignit'
                  'ät (B2).\n'),
                 {'L': '-', 'R': 'B'}, id='cn06',
                 marks=pytest.mark.xfail(strict=True, reason=("review cn06 (concerns): read {'L': 'B', 'R': '-'};"
                                                          " older behaviour: the German reprint heading 'Befu"
                                                          'nd wie urspruenglich uebermittelt [as originally n'
                                                          "otified]:' is not read as the diagnosis as first i"
                                                          'ssued'))),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Specimen: Left breast, MRI-guided vacuum-assisted biopsy, upper outer '
                  'quadrant.\n'
                  'Diagnosis: Left breast, MRI-guided VAB: ductal carcinoma in situ, inte'
                  'rmediate nuclear grade, cribriform type, 7 mm in the cores.\n'
                  'Comment: This sample relates to the left breast non-mass enhancement s'
                  'een on MRI; the right breast focus was sampled separately (S26-1402) a'
                  'nd will be reported under that number.\n'),
                 {'L': 'M', 'R': '-'}, id='cn07'),
    pytest.param(('Laudo de Anatomia Patológica - Hospital Santa Casa de Misericórdia\n'
                  'Informações clínicas: nódulo palpável em mama esquerda, BI-RADS 4A; ci'
                  'sto simples em mama direita ao ultrassom, em seguimento.\n'
                  'Material: biópsia por agulha grossa de mama esquerda, 4 fragmentos.\n'
                  'Diagnóstico: Mama esquerda, biópsia por agulha grossa: fibroadenoma. A'
                  'usência de atipias ou malignidade.\n'
                  'Dra. L. Cavalcanti - CRM 11203\n'),
                 {'L': 'B', 'R': '-'}, id='pt01'),
    pytest.param(('Serviço de Anatomia Patológica - Hospital de Santa Maria\n'
                  'Relatório B26/03318\n'
                  'Diagnóstico:\n'
                  'A) Mama esquerda, tumorectomia: carcinoma lobular invasivo, grau 2, co'
                  'm 21 mm; margens livres (a mais próxima a 4 mm).\n'
                  'B) Mama direita, biópsia excisional: quistos simples e alterações fibr'
                  'oquísticas, sem atipia.\n'),
                 {'L': 'M', 'R': 'B'}, id='pt02'),
    pytest.param(('Serviço de Anatomia Patológica - Centro Hospitalar de Setúbal\n'
                  'Material: biópsia por agulha grossa, mama direita às 11h (3 fragmentos'
                  ').\n'
                  'Diagnóstico: Mama direita, biópsia por agulha grossa: tecido mamário c'
                  'om fibrose estromal, sem quistos nem proliferação epitelial atípica. A'
                  'usência de malignidade.\n'
                  'Nota: resultado a correlacionar com a imagem (lesão BI-RADS 3).\n'),
                 {'L': '-', 'R': '-'}, id='pt03'),
    pytest.param(('Serviço de Anatomia Patológica - Hospital de Viseu\n'
                  'Informação clínica: nódulo duro na cicatriz de tumorectomia, mama esqu'
                  'erda (cirurgia em 2022).\n'
                  'Diagnóstico: Mama esquerda, exérese de nódulo da cicatriz: necrose gor'
                  'da com quistos oleosos e reação histiocitária; sem evidência de carcin'
                  'oma.\n'),
                 {'L': '-', 'R': '-'}, id='pt04'),
    pytest.param(('Laboratório de Anatomia Patológica - Clínica do Restelo\n'
                  'Material: biópsia assistida por vácuo, mama direita, microcalcificaçõe'
                  's agrupadas.\n'
                  'Diagnóstico: Mama direita, biópsia assistida por vácuo: hiperplasia du'
                  'ctal usual florida e alteração de células colunares, com microcalcific'
                  'ações. Sem atipia.\n'
                  'B2.\n'),
                 {'L': '-', 'R': 'B'}, id='pt05'),
    pytest.param(('Serviço de Anatomia Patológica - IPO Coimbra\n'
                  'Informação clínica: antecedentes de carcinoma ductal invasivo da mama '
                  'esquerda (2019), mastectomia. Agora nódulo na mama direita.\n'
                  'Diagnóstico: Mama direita, biópsia por agulha grossa às 2h: quisto sim'
                  'ples com metaplasia apócrina do revestimento. Sem atipia.\n'),
                 {'L': '-', 'R': 'B'}, id='pt06'),
    pytest.param(('Laudo anatomopatológico - Hospital Universitário\n'
                  'Material: mama direita, setorectomia orientada.\n'
                  'Diagnóstico: Carcinoma ductal invasivo, grau histológico 2, medindo 1,'
                  '8 cm, sem carcinoma ductal in situ associado. Margens cirúrgicas livre'
                  's. Ausência de invasão angiolinfática.\n'),
                 {'L': '-', 'R': 'M'}, id='pt07'),
    pytest.param(('Laudo de Anatomia Patológica - Laboratório Vida\n'
                  'Material: biópsia excisional de mama direita.\n'
                  'Diagnóstico: Mama direita, biópsia excisional: cisto com metaplasia ap'
                  'ócrina e alterações fibrocísticas. Ausência de malignidade.\n'),
                 {'L': '-', 'R': 'B'}, id='pt08'),
    pytest.param(('Afdeling Pathologie - Meander Medisch Centrum\n'
                  'Klinische gegevens: architectuurverstoring linker mamma 2 uur, BI-RADS'
                  ' 5.\n'
                  'Conclusie: Linker mamma, naaldbiopsie 2 uur: invasief lobulair carcino'
                  'om, graad 2. ER 100%, PR 30%, HER2 negatief.\n'),
                 {'L': 'M', 'R': '-'}, id='nl01'),
    pytest.param(('Pathologie Verslag - Spaarne Gasthuis\n'
                  'Materiaal: excisies van beide mammae (dagbehandeling).\n'
                  'Conclusie: Rechter en linker mamma, excisie: fibroadenomen (drie recht'
                  's, één links), maximaal 18 mm. Geen atypie, geen maligniteit.\n'),
                 {'L': 'B', 'R': 'B'}, id='nl02'),
    pytest.param(('Afdeling Pathologie - Ziekenhuis Gelderse Vallei\n'
                  'Klinische gegevens: gegroepeerde microcalcificaties rechter mamma.\n'
                  'Conclusie: Rechter mamma, vacuümbiopsie: ductaal carcinoom in situ, ho'
                  'oggradig, met comedonecrose en microcalcificaties. Geen aanwijzingen v'
                  'oor invasief carcinoom.\n'),
                 {'L': '-', 'R': 'M'}, id='nl03'),
    pytest.param(('Pathologie Verslag - Tergooi MC\n'
                  'Materiaal: naaldbiopten (3) linker mamma 1 uur.\n'
                  'Conclusie: Linker mamma, naaldbiopsie: atypische ductale hyperplasie; '
                  'ductaal carcinoom in situ niet uitgesloten. Advies: excisie (B3).\n'),
                 {'L': 'B', 'R': '-'}, id='nl04'),
    pytest.param(('Afdeling Pathologie - Dijklander Ziekenhuis\n'
                  'Klinische gegevens: microcalcificaties linker mamma, BI-RADS 4.\n'
                  'Conclusie: Linker mamma, vacuümbiopsie: atypische ductale hyperplasie '
                  'met microcalcificaties; ductaal carcinoom in situ is niet met zekerhei'
                  'd uit te sluiten. Bespreking in MDO geadviseerd.\n'),
                 {'L': 'B', 'R': '-'}, id='nl05'),
    pytest.param(('Klinisk patologi, Universitetssjukhuset i Linköping\n'
                  'Remiss: mikrokalk vänster bröst.\n'
                  'Utlåtande: Vänster bröst, mellannålsbiopsi: atypisk duktal hyperplasi.'
                  ' Invasiv bröstcancer kan ej säkert uteslutas i kvarvarande förändring;'
                  ' kirurgisk excision rekommenderas.\n'),
                 {'L': 'B', 'R': '-'}, id='nl06'),
    pytest.param(('Patologiavdelningen, Centralsjukhuset Karlstad\n'
                  'Remiss: bilaterala förändringar, höger 10, vänster 3.\n'
                  'Utlåtande:\n'
                  'Höger bröst, mellannålsbiopsi: invasiv bröstcancer NST, grad 3.\n'
                  'Vänster bröst, mellannålsbiopsi: fibroadenom.\n'),
                 {'L': 'B', 'R': 'M'}, id='nl07'),
    pytest.param(('Klinisk patologi och cytologi, Länssjukhuset Sundsvall\n'
                  'Utlåtande: Höger bröst, mellannålsbiopsi: enstaka atypiska celler i fi'
                  'brös stroma, misstänkt för invasiv bröstcancer men ej diagnostiskt (B4'
                  '). Ny biopsi rekommenderas.\n'),
                 {'L': '-', 'R': '-'}, id='nl08'),
    pytest.param(('Klinisk patologi, Skånes universitetssjukhus\n'
                  'Anamnes: Opererad för invasiv bröstcancer i vänster bröst 2016 (sektor'
                  'resektion och strålning). Nu palpabel knöl höger bröst.\n'
                  'Utlåtande: Höger bröst, mellannålsbiopsi: fibroadenom. Ingen malignite'
                  't.\n'),
                 {'L': '-', 'R': 'B'}, id='nl09'),
    pytest.param(('Afdeling Pathologie - Ommelander Ziekenhuis\n'
                  'Klinische gegevens: ovale laesie rechter mamma 8 uur, 14 mm, BI-RADS 3'
                  '.\n'
                  'Conclusie: Rechter mamma, naaldbiopsie 8 uur: fibro-epitheliale laesie'
                  ', passend bij fibroadenoom. Geen aanwijzingen voor phyllodes tumor.\n'),
                 {'L': '-', 'R': 'B'}, id='nl10'),
    pytest.param(('Cytologie Verslag - Laurentius Ziekenhuis\n'
                  'Materiaal: dunne-naaldpunctie linker mamma 11 uur.\n'
                  'Conclusie: Linker mamma, punctie: atypische epitheelcellen in kleine g'
                  'roepjes, verdenking op invasief carcinoom (C4). Histologische bevestig'
                  'ing geadviseerd.\n'),
                 {'L': '-', 'R': '-'}, id='nl11'),
    pytest.param(('Klinisk patologi, Norrlands universitetssjukhus\n'
                  'Remiss: segmentella mikroförkalkningar vänster bröst, 25 mm.\n'
                  'Utlåtande: Vänster bröst, vakuumbiopsi: duktal cancer in situ, höggrad'
                  'ig, med komedonekros, utan hållpunkter för invasiv bröstcancer.\n'),
                 {'L': 'M', 'R': '-'}, id='nl12'),
    pytest.param(('SURGICAL PATHOLOGY - Greenhill Community Hospital\n'
                  "Specimen 1: Left breast, 6 o'clock, vacuum-assisted biopsy (calcificat"
                  'ion).\n'
                  "Specimen 2: Right breast, 11 o'clock, ultrasound-guided core biopsy.\n"
                  'Diagnosis 1: Flat epithelial atypia with columnar cell hyperplasia; ca'
                  'lcifications present in the lesion.\n'
                  'Diagnosis 2: Invasive carcinoma of no special type, grade 3, up to 12 '
                  'mm in the cores.\n'
                  'Pathologist: Dr O. Nwachukwu\n'),
                 {'L': 'B', 'R': 'M'}, id='dx01'),
    pytest.param(('HISTOPATHOLOGY REPORT\n'
                  'Specimen A: Left breast, simple mastectomy (orientated).\n'
                  'Specimen B: Left axillary sentinel lymph nodes (3).\n'
                  'Diagnosis A: Invasive lobular carcinoma, classic type, grade 2, 38 mm,'
                  ' with classic lobular carcinoma in situ; margins clear.\n'
                  'Diagnosis B: Metastatic lobular carcinoma in 1 of 3 sentinel nodes (ma'
                  'crometastasis 4 mm).\n'
                  'pT2 pN1a.\n'),
                 {'L': 'BM', 'R': '-'}, id='dx02'),
    pytest.param(('BREAST MDT MEETING - OUTCOME SHEET\n'
                  'Meeting date: 19/03/2026     Patient: 7 of 14\n'
                  'Diagnosis 1: Left breast invasive ductal carcinoma, grade 2, 19 mm, ER'
                  '+/HER2- (core biopsy 04/03/2026).\n'
                  'Diagnosis 2: Right breast simple cyst, aspirated (cytology: cyst fluid'
                  ', benign, C2).\n'
                  'Diagnosis 3: Type 2 diabetes mellitus.\n'
                  'Outcome: left wide local excision and sentinel node biopsy.\n'),
                 {'L': 'M', 'R': 'B'}, id='dx03'),
    pytest.param(('Cellular Pathology - Loxley Hospital\n'
                  'Clinical history: Re-excision of right breast medial margin. Previous '
                  'S26-0402:\n'
                  'Diagnosis A: right breast WLE - DCIS, high grade, involving the medial'
                  ' margin.\n'
                  'Diagnosis B: right sentinel node - no metastasis.\n'
                  'Specimen: Right breast, re-excision of medial margin, 12 g.\n'
                  'Diagnosis: Right breast, medial margin re-excision: no residual DCIS; '
                  'biopsy-site changes with fat necrosis.\n'),
                 {'L': '-', 'R': 'B'}, id='dx04',
                 marks=pytest.mark.xfail(strict=True, reason=("review dx04 (diagnosis_part): read {'L': '-', 'R':"
                                                          " 'BM'}; older behaviour: an earlier accession's 'D"
                                                          "iagnosis A:' part lines quoted in the clinical his"
                                                          'tory label the breast; not caused by the part-line'
                                                          ' rule'))),
    pytest.param(('Pathology report - Allenby Laboratories\n'
                  'Specimen A: Right breast, 2:00, ultrasound-guided core biopsy.\n'
                  'Specimen B: Left breast, 9:00, ultrasound-guided core biopsy.\n'
                  'Diagnosis A - Fibroadenoma.\n'
                  'Diagnosis B - Invasive lobular carcinoma, classic type.\n'
                  'Reported 05/03/2026, Dr T. Mbeki.\n'),
                 {'L': 'M', 'R': 'B'}, id='dx05',
                 marks=pytest.mark.xfail(strict=True, reason=("review dx05 (diagnosis_part): read {'L': 'BM', 'R'"
                                                          ": '-'}; under-reach: 'Diagnosis A - Fibroadenoma.'"
                                                          ' with a dash is no part line; reading it needs the'
                                                          " part lines' structure, not this review's narrow e"
                                                          'vidence'))),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  "Specimen: Left breast, 11 o'clock, ultrasound-guided core biopsy.\n"
                  'Diagnosis: Left breast, core biopsy: fibroepithelial lesion with mildl'
                  'y cellular stroma, B3.\n'
                  'Comment:\n'
                  'Differential diagnosis 1: cellular fibroadenoma.\n'
                  'Differential diagnosis 2: benign phyllodes tumour.\n'
                  'Excision is recommended for definitive classification.\n'),
                 {'L': '-', 'R': '-'}, id='dx06'),
    pytest.param(('SPECIMEN A: LEFT BREAST, WIRE-GUIDED WIDE LOCAL EXCISION.\n'
                  'SPECIMEN B: LEFT BREAST, ADDITIONAL LATERAL MARGIN.\n'
                  'SPECIMEN C: LEFT AXILLARY SENTINEL NODE.\n'
                  'DIAGNOSIS A: MUCINOUS CARCINOMA, 14 MM, GRADE 1, WITH ADJACENT FIBROAD'
                  'ENOMA (9 MM).\n'
                  'DIAGNOSIS B: BENIGN BREAST TISSUE; NO CARCINOMA.\n'
                  'DIAGNOSIS C: ONE LYMPH NODE, NO METASTASIS (0/1).\n'),
                 {'L': 'BM', 'R': '-'}, id='dx07'),
    pytest.param(('Fiche de RCP - Sénologie - Centre Hospitalier de Valence-Sud\n'
                  'Date de RCP : 17/03/2026\n'
                  'ANTÉCÉDENTS PERSONNELS : carcinome canalaire in situ du sein droit en '
                  '2018, tumorectomie et radiothérapie.\n'
                  'ANTÉCÉDENTS FAMILIAUX : mère, cancer du sein à 52 ans.\n'
                  '\n'
                  'Histologie : microbiopsie du sein gauche (05/03/2026) : carcinome lobu'
                  'laire infiltrant, grade II, RE 100 %, RP 60 %, HER2 0.\n'
                  'Proposition : mastectomie gauche avec ganglion sentinelle.\n'),
                 {'L': 'M', 'R': '-'}, id='an01'),
    pytest.param(("Cabinet d'anatomie pathologique du Vieux-Port - Compte rendu 26-B-0533"
                  '\n'
                  'Antécédents : appendicectomie, hypothyroïdie.\n'
                  'Sein droit, microbiopsie échoguidée à 10 h : carcinome canalaire infil'
                  'trant de grade I (SBR 3+2+1), sans composante in situ identifiée sur l'
                  'es prélèvements.\n'
                  'Dr F. Aubert\n'),
                 {'L': '-', 'R': 'M'}, id='an02'),
    pytest.param(('Laboratoire de pathologie Arago\n'
                  'Renseignements cliniques : reprise de cicatrice, sein gauche.\n'
                  'Conclusion : Sein gauche, reprise de tumorectomie : remaniements cicat'
                  'riciels avec fibrose et cytostéatonécrose ; cicatrice de biopsie ; pas'
                  ' de reliquat carcinomateux (antécédent de carcinome canalaire infiltra'
                  'nt, H25-3011).\n'),
                 {'L': 'B', 'R': '-'}, id='an03',
                 marks=pytest.mark.xfail(strict=True, reason=("review an03 (antecedents): read {'L': '-', 'R': '-"
                                                          "'}; older behaviour: French 'cicatrice de biopsie'"
                                                          " / 'remaniements cicatriciels' are not read as a s"
                                                          'car'))),
    pytest.param(('[Translation from French]\n'
                  'Hôpital de la Timone-Ouest - Anatomie pathologique\n'
                  'Antécédent [history]: carcinome canalaire infiltrant du sein gauche tr'
                  'aité en 2020 [left breast IDC treated in 2020].\n'
                  'Conclusion [conclusion]: Sein droit [right breast], microbiopsie à 9 h'
                  ' : fibroadénome [fibroadenoma].\n'),
                 {'L': '-', 'R': 'B'}, id='an04'),
    pytest.param(("Clinique des Lilas - Compte rendu d'anatomie pathologique\n"
                  'Antécédents chirurgicaux : tumorectomie pour carcinome canalaire infil'
                  'trant du sein gauche (2012), cholécystectomie.\n'
                  'Renseignements cliniques : nodule du sein droit, 12 mm.\n'
                  'Conclusion : Sein droit, microbiopsie : fibroadénome.\n'),
                 {'L': '-', 'R': 'B'}, id='an05'),
    pytest.param(('Laboratoire de pathologie des Flandres\n'
                  'ATCD : carcinome lobulaire infiltrant du sein gauche, mastectomie 2015'
                  '.\n'
                  'Motif : nodule du sein droit, 9 mm, ACR 4a.\n'
                  'Conclusion : Sein droit, microbiopsie à 2 h : fibroadénome. Absence de'
                  ' signe de malignité.\n'),
                 {'L': '-', 'R': 'B'}, id='an06'),
    pytest.param(('Surgical Pathology - Hillcrest Medical Center\n'
                  "Diagnosis: Left breast, 2 o'clock, ultrasound-guided core biopsy (clin"
                  'ical right axillary lymphadenopathy, separately investigated): fibroad'
                  'enoma.\n'
                  'Comment: Concordant with the imaging of the left breast lesion (BI-RAD'
                  'S 4A).\n'),
                 {'L': 'B', 'R': '-'}, id='ap01'),
    pytest.param(('Path report - Valley Regional\n'
                  'Hx: 63F, R breast mass 3 cm.\n'
                  'Dx: Rt breast mass with Lt axillary adenopathy - core bx: invasive duc'
                  'tal carcinoma, grade 3, ER neg, HER2 3+.\n'
                  'Note: Lt axillary FNA sent separately (C26-0411).\n'),
                 {'L': '-', 'R': 'M'}, id='ap02'),
    pytest.param(('SURGICAL PATHOLOGY - Accession S26-09917\n'
                  'FINAL DIAGNOSIS:\n'
                  'Right breast, 9:00, core biopsy of mass with left axillary\n'
                  'lymphadenopathy: invasive lobular carcinoma, classic type, grade 2.\n'
                  'Comment: left axillary node sampling is advised to exclude contralater'
                  'al nodal spread.\n'),
                 {'L': '-', 'R': 'M'}, id='ap03'),
    pytest.param(('Histopathology - Brayford Hospital\n'
                  'Clinical details: Left axillary mass; bilateral mammogram and ultrasou'
                  'nd show no breast lesion.\n'
                  'Diagnosis: Left axillary lymphadenopathy, ultrasound-guided core biops'
                  'y: metastatic carcinoma, consistent with a breast primary (GATA3 and m'
                  'ammaglobin positive, TTF-1 negative).\n'),
                 {'L': '-', 'R': '-'}, id='ap04'),
    pytest.param(('Pathology - Riverside Cancer Institute\n'
                  'Diagnosis: Right breast, 10:00, and right axillary lymphadenopathy, ul'
                  'trasound-guided core biopsies: invasive carcinoma NST, grade 2, in the'
                  ' breast cores; metastatic carcinoma in the axillary cores.\n'),
                 {'L': '-', 'R': 'M'}, id='ap05'),
    pytest.param(("Compte rendu d'anatomie pathologique - CHU de Brest-Sud\n"
                  "Conclusion : Sein gauche, microbiopsie d'un nodule avec adénopathie ax"
                  'illaire droite : carcinome canalaire infiltrant, grade III.\n'
                  "Commentaire : l'adénopathie axillaire droite controlatérale fera l'obj"
                  "et d'une cytoponction.\n"),
                 {'L': 'M', 'R': '-'}, id='ap06',
                 marks=pytest.mark.xfail(strict=True, reason=("review ap06 (adenopathy): read {'L': '-', 'R': 'M'"
                                                          "}; under-reach: the adenopathy's side after it ('a"
                                                          "denopathie axillaire droite') is not the adenopath"
                                                          "y's own; only an English side word before 'axillar"
                                                          "y' is"))),
    pytest.param(('Histopathology - Oakhurst Hospital\n'
                  'Clinical: right breast mass; enlarged left axillary node on ultrasound'
                  '.\n'
                  'Diagnosis:\n'
                  '1. Right breast, core biopsy: invasive carcinoma NST, grade 2.\n'
                  '2. Left axillary lymphadenopathy, FNA: reactive lymphoid cells; no mal'
                  'ignant cells (C2).\n'),
                 {'L': '-', 'R': 'M'}, id='ap07'),
    pytest.param(('Pathology report\n'
                  'Diagnosis: Left breast core biopsy (left axillary lymphadenopathy on u'
                  'ltrasound): invasive ductal carcinoma, grade 3, with high-grade DCIS.\n'
                  'Recommendation: ultrasound-guided biopsy of the left axillary node.\n'),
                 {'L': 'M', 'R': '-'}, id='ap08'),
    pytest.param(('Servicio de Anatomía Patológica - Hospital General [Department of Path'
                  'ology, translated]\n'
                  'Diagnóstico [Diagnosis]: Mama derecha, BAG de nódulo con adenopatía ax'
                  'ilar izquierda [right breast, core needle biopsy of nodule with left a'
                  'xillary adenopathy]: carcinoma ductal infiltrante, grado 2 [invasive d'
                  'uctal carcinoma, grade 2].\n'),
                 {'L': '-', 'R': 'M'}, id='ap09'),
    pytest.param(('UNIVERSITY HOSPITALS OF CEDAR RAPIDS - DEPARTMENT OF PATHOLOGY\n'
                  'Accession: S26-11402     Collected: 03/02/2026     Received: 03/02/202'
                  '6\n'
                  '\n'
                  'CLINICAL HISTORY: 61-year-old woman with right breast mass, core biops'
                  'y positive for carcinoma.\n'
                  '\n'
                  'FINAL DIAGNOSIS:\n'
                  'A. RIGHT BREAST, LUMPECTOMY:\n'
                  ' - INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2 (3+2+1), 1.6 CM.\n'
                  ' - DUCTAL CARCINOMA IN SITU, INTERMEDIATE GRADE, CRIBRIFORM, COMPRISIN'
                  'G <5% OF TUMOR.\n'
                  ' - MARGINS NEGATIVE; CLOSEST (ANTERIOR) 3 MM.\n'
                  ' - BIOPSY SITE CHANGES PRESENT.\n'
                  'B. RIGHT AXILLARY SENTINEL LYMPH NODES, EXCISION:\n'
                  ' - TWO LYMPH NODES, NEGATIVE FOR METASTATIC CARCINOMA (0/2).\n'),
                 {'L': '-', 'R': 'BM'}, id='or01'),
    pytest.param(('Department of Cellular Pathology - NHS Breast Screening Programme\n'
                  'Lab no: H26/02291     Screening episode: 2026-0117\n'
                  'Clinical details: Screen-detected 11 mm well-defined mass, left breast'
                  " 3 o'clock. U3.\n"
                  'Specimen: Left breast 14G ultrasound-guided core biopsy x 3.\n'
                  'Microscopy: Cores show a biphasic lesion with intracanalicular growth,'
                  ' uniform stromal cellularity and no mitoses.\n'
                  'Conclusion: Left breast, core biopsy: fibroadenoma. B2 (benign).\n'
                  'Reported by Dr C. Pennington, Consultant Histopathologist.\n'),
                 {'L': 'B', 'R': '-'}, id='or02'),
    pytest.param(('SYNOPTIC REPORT - INVASIVE CARCINOMA OF THE BREAST (RESECTION)\n'
                  'Procedure: Total mastectomy\n'
                  'Specimen laterality: Left\n'
                  'Histologic type: Invasive lobular carcinoma, classic type\n'
                  'Histologic grade (Nottingham): Grade 2 (tubules 3, nuclei 2, mitoses 1'
                  ')\n'
                  'Tumor size: 42 mm\n'
                  'Lobular carcinoma in situ: Present, classic type\n'
                  'Ductal carcinoma in situ: Not identified\n'
                  'Margins: Negative for invasive carcinoma; closest deep margin 6 mm\n'
                  'Lymphovascular invasion: Not identified\n'
                  'Regional lymph nodes: 4 examined; 0 involved\n'
                  'Pathologic stage: pT2 pN0\n'),
                 {'L': 'BM', 'R': '-'}, id='or03'),
    pytest.param(('This is Dr. Marguerite Olsen dictating surgical pathology case S26-419'
                  '0, right breast excisional biopsy, period.\n'
                  "The specimen is received fresh labelled with the patient's name and ri"
                  'ght breast mass, consisting of a 3.1 by 2.4 by 1.8 centimetre fragment'
                  ' of fibrofatty tissue. Representative sections submitted in cassettes '
                  'A1 through A6, period.\n'
                  'Final diagnosis: right breast, excisional biopsy: intraductal papillom'
                  'a, 9 millimetres, with focal atypical ductal hyperplasia involving the'
                  ' papilloma, comma, margins clear, period. No carcinoma is identified, '
                  'period. End of dictation.\n'),
                 {'L': '-', 'R': 'B'}, id='or04'),
    pytest.param(('HISTOPATHOLOGY REPORT - Ashworth Plastic Surgery Unit\n'
                  'Lab No: H26/04471\n'
                  'Clinical details: Bilateral reduction mammoplasty for macromastia.\n'
                  'Macroscopy: A. Right breast tissue, 812 g. B. Left breast tissue, 760 '
                  'g. Both serially sliced; no focal lesion seen.\n'
                  'Microscopy: Both specimens show fibrofatty breast tissue with mild fib'
                  'rocystic change, apocrine metaplasia and duct ectasia. No atypia.\n'
                  'Conclusion: A. Right breast reduction: fibrocystic change; no atypia o'
                  'r malignancy. B. Left breast reduction: fibrocystic change and duct ec'
                  'tasia; no atypia or malignancy.\n'),
                 {'L': '-', 'R': '-'}, id='or05'),
    pytest.param(("Surgical Pathology - Men's Health Clinic referral\n"
                  'Patient: 17M. Clinical: left retroareolar swelling, 2 years.\n'
                  'Specimen: Left breast, subcutaneous mastectomy.\n'
                  'Diagnosis: Left breast: gynaecomastia, florid-to-fibrous phase, with g'
                  'ynaecomastoid hyperplasia of the ductal epithelium. No atypia. No mali'
                  'gnancy.\n'),
                 {'L': '-', 'R': '-'}, id='or06'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Clinical history: Right breast IDC, grade 3, HER2 positive, treated wi'
                  'th neoadjuvant TCHP. Clip in tumour bed.\n'
                  'Specimen: Right breast, mastectomy, and right axillary sentinel nodes.'
                  '\n'
                  'Final diagnosis:\n'
                  'Right breast, mastectomy: no residual invasive carcinoma or DCIS (comp'
                  'lete pathological response); tumour bed 22 mm with stromal fibrosis, h'
                  'aemosiderin-laden macrophages and biopsy-site changes with clip. \n'
                  'Right axillary sentinel nodes: three nodes, no metastatic carcinoma; o'
                  'ne shows treatment-related fibrosis. ypT0 ypN0.\n'),
                 {'L': '-', 'R': 'B'}, id='or07'),
    pytest.param(('CYTOPATHOLOGY REPORT - Mercy West\n'
                  "Specimen: Left breast, 10 o'clock, ultrasound-guided fine needle aspir"
                  'ation, 4 ml turbid green fluid.\n'
                  'Microscopy: Foamy macrophages, occasional apocrine cells and proteinac'
                  'eous debris. No atypical epithelial cells.\n'
                  'Diagnosis: Left breast FNA: findings consistent with a benign cyst. C2'
                  '.\n'),
                 {'L': 'B', 'R': '-'}, id='or08'),
    pytest.param(('CYTOLOGY REPORT - One-stop breast clinic, Carrick Hospital\n'
                  "Specimen: Right breast, 12 o'clock, FNA of 18 mm irregular mass.\n"
                  'Microscopy: Cellular smears of dyshesive pleomorphic epithelial cells '
                  'with prominent nucleoli, single cells with intact cytoplasm, no myoepi'
                  'thelial nuclei.\n'
                  'Diagnosis: Right breast FNA: malignant cells present, consistent with '
                  'carcinoma. C5.\n'),
                 {'L': '-', 'R': 'M'}, id='or09'),
    pytest.param(('Pathology Report - Southland Hospital\n'
                  "Specimen: Left breast, 7 o'clock, excision of enlarging mass (wide mar"
                  'gin).\n'
                  'Macroscopy: 46 x 38 x 30 mm well-circumscribed rubbery nodule with a w'
                  'horled, clefted cut surface.\n'
                  'Microscopy: Leaf-like fronds with mildly increased stromal cellularity'
                  ', mild atypia, 2 mitoses per 10 HPF, no stromal overgrowth, pushing bo'
                  'rder.\n'
                  'Diagnosis: Left breast, excision: benign phyllodes tumour, 46 mm; marg'
                  'ins clear (closest 4 mm).\n'),
                 {'L': 'M', 'R': '-'}, id='or10'),
    pytest.param(('BREAST SCREENING ASSESSMENT - HISTOLOGY\n'
                  'Specimen: Right breast, stereotactic vacuum-assisted biopsy of archite'
                  'ctural distortion, 12 cores.\n'
                  'Microscopy: A central fibroelastotic core with radiating ducts showing'
                  ' usual epithelial hyperplasia and adenosis. Myoepithelium preserved. N'
                  'o atypia.\n'
                  'Diagnosis: Right breast, VAB: radial scar with usual epithelial hyperp'
                  'lasia. B3 (no atypia). Recommend VAE as per guidelines.\n'),
                 {'L': '-', 'R': 'B'}, id='or11'),
    pytest.param(('Histopathology - Highmoor General\n'
                  'Clinical: Left breast lump after seatbelt injury 3 months ago.\n'
                  "Specimen: Left breast, 2 o'clock, core biopsy.\n"
                  'Diagnosis: Left breast core: fat necrosis with foamy histiocytes, lipi'
                  'd vacuoles and early fibrosis. No evidence of malignancy.\n'),
                 {'L': '-', 'R': '-'}, id='or12'),
    pytest.param(('Haematopathology Report - Regional Lymphoma Service\n'
                  "Specimen: Right breast, 10 o'clock, ultrasound-guided core biopsy.\n"
                  'Immunohistochemistry: CD20+, CD5-, CD10-, cyclin D1-, BCL2+; lymphoepi'
                  'thelial lesions present; kappa light chain restriction.\n'
                  'Diagnosis: Right breast, core biopsy: extranodal marginal zone lymphom'
                  'a of mucosa-associated lymphoid tissue (MALT lymphoma) infiltrating br'
                  'east parenchyma.\n'),
                 {'L': '-', 'R': 'M'}, id='or13'),
    pytest.param(('Pathology report - Sunridge Hospital\n'
                  'Clinical history: Melanoma of the back excised 2021 (Breslow 3.2 mm). '
                  'New left breast mass.\n'
                  'Specimen: Left breast, core biopsy.\n'
                  'Immunohistochemistry: SOX10, S100 and Melan-A positive; CK7, GATA3 and'
                  ' ER negative.\n'
                  'Diagnosis: Left breast, core biopsy: metastatic melanoma involving bre'
                  'ast tissue.\n'),
                 {'L': 'M', 'R': '-'}, id='or14'),
    pytest.param(('Histopathology Report\n'
                  'Clinical: Right axillary node 22 mm, cortex thickened. Breast imaging '
                  'normal.\n'
                  'Specimen: Right axilla, ultrasound-guided core biopsy of lymph node.\n'
                  'Diagnosis: Right axillary lymph node, core biopsy: metastatic adenocar'
                  'cinoma; immunophenotype (CK7+, GATA3+, ER+) suggests breast origin. Co'
                  'rrelation with breast MRI recommended.\n'),
                 {'L': '-', 'R': '-'}, id='or15'),
    pytest.param(('AMENDED REPORT\n'
                  'Reason for amendment: change of diagnosis following intradepartmental '
                  'review.\n'
                  'Original diagnosis (05/02/2026): Left breast, core biopsy: invasive tu'
                  'bular carcinoma, grade 1.\n'
                  'Amended diagnosis (12/02/2026): Left breast, core biopsy: sclerosing a'
                  'denosis with apocrine change. Myoepithelial cells are demonstrated aro'
                  'und all glands (p63, calponin). The previous diagnosis of tubular carc'
                  'inoma is withdrawn.\n'
                  'The clinical team has been informed by telephone.\n'),
                 {'L': 'B', 'R': '-'}, id='or16'),
    pytest.param(('CONSULTATION REPORT - Pathology, Lakeview University Hospital\n'
                  'Outside slides: Hartfield Community Hospital, case HC-26-1180, right b'
                  'reast core biopsy, 3 H&E slides.\n'
                  'Outside diagnosis: Atypical ductal hyperplasia.\n'
                  'Our diagnosis: Right breast, core biopsy: ductal carcinoma in situ, lo'
                  'w nuclear grade, cribriform type, involving multiple ducts over 5 mm.\n'
                  'Comment: discussed with Dr Hartley of Hartfield, who concurs.\n'),
                 {'L': '-', 'R': 'M'}, id='or17'),
    pytest.param(('BREAST MULTIDISCIPLINARY TEAM MEETING - MINUTES\n'
                  'Date: 10/03/2026     Chair: Ms R. Ilunga (Consultant Breast Surgeon)\n'
                  'Patient 3: M.P., 54F\n'
                  "Radiology: right breast 13 mm spiculated mass 10 o'clock (M5/U5); left"
                  " breast 8 mm oval mass 2 o'clock (U3). Axilla normal.\n"
                  'Pathology: Right breast core: invasive carcinoma NST, grade 2, ER 8/8,'
                  ' PR 6/8, HER2 1+. Left breast core: fibroadenoma, B2.\n'
                  'Outcome: right wide local excision and SLNB; left breast - reassurance'
                  ', no further action.\n'),
                 {'L': 'B', 'R': 'M'}, id='or18'),
    pytest.param(('[Traducción / translation]\n'
                  'Servicio de Anatomía Patológica - Hospital Universitario La Fe (traduc'
                  'ido)\n'
                  'Diagnóstico [Diagnosis]: Mama izquierda, biopsia con aguja gruesa (BAG'
                  ') [left breast, core needle biopsy]: carcinoma ductal infiltrante, gra'
                  'do histológico 2 [invasive ductal carcinoma, grade 2]. Receptores de e'
                  'strógeno positivos (90%), HER2 negativo.\n'),
                 {'L': 'M', 'R': '-'}, id='or19'),
    pytest.param(('Servizio di Anatomia Patologica - Ospedale San Gerardo\n'
                  'Notizie cliniche: nodulo mammella destra ore 10, 12 mm, BI-RADS 3.\n'
                  'Materiale: agobiopsia ecoguidata, mammella destra, ore 10.\n'
                  'Diagnosi: Mammella destra, agobiopsia: fibroadenoma. Assenza di atipie'
                  '. B2.\n'),
                 {'L': '-', 'R': 'B'}, id='or20'),
    pytest.param(('Institut für Pathologie, Kreisklinikum Hohenlohe\n'
                  'Befundbericht E-2026-08821\n'
                  'Klinische Angaben: Herdbefund links 2 Uhr, BI-RADS 5.\n'
                  'Material: Mamma links, Hochgeschwindigkeitsstanzbiopsie (4 Zylinder).\n'
                  'Kritischer Bericht: Mamma links, Stanzbiopsie: Invasives Karzinom, kei'
                  'n spezieller Typ (NST), G2. B5b.\n'),
                 {'L': 'M', 'R': '-'}, id='or21'),
    pytest.param(('SURGICAL PATHOLOGY - Re-excision\n'
                  'Specimen: Left breast, re-excision of superior margin (prior WLE for D'
                  'CIS, close superior margin).\n'
                  'Diagnosis: Left breast, superior margin re-excision: no residual ducta'
                  'l carcinoma in situ or invasive carcinoma; biopsy-site changes with fa'
                  't necrosis and foreign body giant cell reaction. New superior margin c'
                  'lear.\n'),
                 {'L': 'B', 'R': '-'}, id='or22'),
    pytest.param(('Histopathology - Hartwell Hospital\n'
                  'Clinical: eczematous change of the right nipple for 4 months, not resp'
                  'onding to steroids.\n'
                  'Specimen: Right nipple, punch biopsy 4 mm.\n'
                  'Diagnosis: Right nipple, punch biopsy: Paget disease of the nipple; la'
                  'rge pale CK7+ cells within the epidermis. Underlying ductal carcinoma '
                  'in situ cannot be assessed on this sample.\n'),
                 {'L': '-', 'R': 'M'}, id='or23'),
    pytest.param(('Pathology report - Coastline Breast Unit\n'
                  "Specimen: Left breast, 5 o'clock, vacuum-assisted biopsy of calcificat"
                  'ion.\n'
                  'Diagnosis: Left breast, VAB: classic lobular carcinoma in situ, E-cadh'
                  'erin negative, with associated calcification. No invasive carcinoma. B'
                  '3.\n'
                  'Comment: discuss at MDT; calcifications are represented in the lesion.'
                  '\n'),
                 {'L': 'B', 'R': '-'}, id='or24'),
    pytest.param(('CELLULAR PATHOLOGY\n'
                  "Specimen: Right breast, 6 o'clock, ultrasound-guided 14G core biopsy x"
                  ' 2.\n'
                  'Microscopy: Cores of breast tissue with stromal fibrosis and a few nor'
                  'mal lobules. No epithelial proliferation.\n'
                  'Conclusion: Right breast, core biopsy: normal breast tissue with strom'
                  'al fibrosis (B1). The lesion may not have been sampled; correlate with'
                  ' imaging.\n'),
                 {'L': '-', 'R': '-'}, id='or25'),
    pytest.param(('Surgical Pathology - Orchard Hill\n'
                  "Specimen: Left breast mass, 3 o'clock, ultrasound core.\n"
                  'Diagnosis: Left breast, core biopsy: pseudoangiomatous stromal hyperpl'
                  'asia (PASH). No atypia. CD34 positive, ERG negative in the slit-like s'
                  'paces.\n'),
                 {'L': '-', 'R': '-'}, id='or26'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Clinical history: BRCA2 carrier, risk-reducing bilateral mastectomy.\n'
                  'FINAL DIAGNOSIS:\n'
                  'A. Right breast, prophylactic simple mastectomy: benign breast tissue '
                  'with fibrocystic change; no atypia or malignancy.\n'
                  'B. Left breast, prophylactic simple mastectomy: focal atypical lobular'
                  ' hyperplasia (one lobule); fibrocystic change; no carcinoma.\n'),
                 {'L': 'B', 'R': '-'}, id='or27'),
    pytest.param(('Pathology Report - Summit Health\n'
                  'Specimen: Right breast, 8:00, ultrasound-guided core biopsy.\n'
                  'Diagnosis: Right breast core biopsy: invasive mucinous carcinoma (pure'
                  ' type), grade 1. Microcalcifications are present within benign ducts a'
                  'djacent to the tumour.\n'
                  'ER positive (95%), PR positive (70%), HER2 negative (1+).\n'),
                 {'L': '-', 'R': 'M'}, id='or28'),
    pytest.param(('Histopathology - Kirkby General\n'
                  'Clinical: recurrent left subareolar abscess, smoker.\n'
                  'Specimen: Left breast, total duct excision.\n'
                  'Diagnosis: Left breast, total duct excision: periductal mastitis with '
                  'duct ectasia and squamous metaplasia of lactiferous ducts. No malignan'
                  'cy.\n'),
                 {'L': 'B', 'R': '-'}, id='or29'),
    pytest.param(('Dermatopathology Report\n'
                  'Specimen: Skin, left breast, inferior pole, shave biopsy of pigmented '
                  'plaque.\n'
                  'Diagnosis: Skin of left breast, shave biopsy: nodular basal cell carci'
                  'noma, excised with a deep margin of 0.3 mm; peripheral margins clear. '
                  'Adjacent seborrhoeic keratosis.\n'),
                 {'L': '-', 'R': '-'}, id='or30'),
    pytest.param(('[Traduction / translation]\n'
                  'Laboratoire de pathologie de la Côte\n'
                  'Compte rendu H26-4470 du 14/03/2026\n'
                  'Renseignements cliniques : masse du sein droit, 2 cm, ACR 5.\n'
                  'Conclusion : Sein droit, microbiopsies à 11 h : carcinome canalaire in'
                  'filtrant de type non spécifique, grade II (SBR 2+2+2), avec carcinome '
                  'canalaire in situ de grade intermédiaire. Emboles vasculaires non vus.'
                  '\n'),
                 {'L': '-', 'R': 'M'}, id='or31'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Clinical: single-duct bloody nipple discharge, right breast.\n'
                  'Specimen: Right breast, microdochectomy.\n'
                  'Diagnosis: Right breast, microdochectomy: intraductal papilloma, 7 mm,'
                  ' without atypia; duct ectasia. No malignancy.\n'),
                 {'L': '-', 'R': 'B'}, id='or32'),
    pytest.param(("Histopathology - Kestrel Women's Hospital\n"
                  'Specimen: Left breast, wire-guided wide local excision for calcificati'
                  'on.\n'
                  'Diagnosis: Left breast, WLE: ductal carcinoma in situ, high nuclear gr'
                  'ade, solid and comedo types, 24 mm, with calcification; margins clear '
                  '(closest 3 mm, inferior). Background columnar cell change. No invasive'
                  ' carcinoma.\n'),
                 {'L': 'BM', 'R': '-'}, id='or33'),
    pytest.param(('Breast Surgery Outpatients - Fairmead Hospital\n'
                  '\n'
                  'Dear Dr Ottewell,\n'
                  'Re: Ms K. Donnelly, DOB 14/09/1991\n'
                  'I reviewed Ms Donnelly in the clinic today with the results of her tri'
                  'ple assessment. The ultrasound-guided core biopsy of the 15 mm left br'
                  "east lump at 1 o'clock showed a fibroadenoma, concordant with the imag"
                  'ing. I have reassured her and discharged her back to your care, with a'
                  'dvice to return if it enlarges.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Mr D. Achebe, Consultant Breast Surgeon\n'),
                 {'L': 'B', 'R': '-'}, id='or34'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
