"""Final measurement review pfinal16 of the b135-b136 pathology rules (348cd29 against 6aeddd2), read-only: no rule
changed; 126 new texts (96 rule texts, 6 for each of the sixteen rules with their narrowed near misses, and 30
ordinary full-length reports: US academic, CAP / NHSBSP synoptic, UK NHSBSP, dictated, amended LIS, consult review),
all labelled from docs/labelling_guide.md before either revision was run.

Right: OLD 75/126, NEW 117/126 (rule texts OLD 45/96, NEW 87/96; ordinary 30/30 at both). Over-reaches (right at
OLD, wrong at NEW): none. Newly wrong another way: none. 42 texts mended, none worse.

Strict xfails (wrong at NEW and at OLD): own_03 (an inline "Rider's declaration:" line, not a statement section,
naming DCIS reads as a result); own_06 (a heading "RIDER STATEMENT" without the possessive: the phyllodes she was
told of labels); fr_05 ("n'exclut pas une tumeur phyllode" is left to the old reading by design, but it is a hedge:
the phyllodes labels); rel_02 ("her daughter told her the lump ... is cancer": no "it is" after the hearsay verb);
rel_04 (French hearsay of a "cousine", outside the listed relatives); sure_02 ("is convinced that it is cancer
despite the ... core biopsy": the cue does not reach the cancer); sure_04 ("the patient's husband is sure it is
cancer": a relative's certainty not read as lay); look_05 ("MRI of the left breast looked like a cancer": the
side phrase or the article between the image and "looked like"); scr_06 (a bilateral reduction's "fibroadenoma
(left, 4 mm); benign breast tissue (right)" gives the fibroadenoma to the right too: OLD read L BM R B, NEW L B
R B - the "cancer scare" is now rightly dropped, the side spill is old)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('MOTORSPORT UK - COMPETITION LICENCE MEDICAL\n'
                  'SECTION A - PERSONAL DETAILS: Ms T. Okafor, dob 02/05/1983\n'
                  'SECTION B - EXAMINATION\n'
                  'Chest clear. Breasts: small scar upper outer left breast.\n'
                  'SECTION C - INVESTIGATIONS\n'
                  'Histology (copied from hospital letter, 14/01/2026):\n'
                  '   "Left breast, 2 o\'clock, core biopsy: Fibroadenoma. No atypia."\n'
                  'SECTION D - OUTCOME\n'
                  'Licence granted.\n'),
                 {'L': 'B', 'R': '-'}, id='inv_01'),
    pytest.param(('ROWING ASSOCIATION - MEDICAL CERTIFICATE\n'
                  'Part 1 - Applicant: Mrs L. Brandt\n'
                  'Part 2 - Relevant investigations\n'
                  "   Right breast wide local excision 11/02/2026 (St Oswald's): invasive"
                  ' ductal carcinoma, grade 2, 17 mm; margins clear.\n'
                  'Part 3 - Fitness: unfit for competition for 3 months.\n'),
                 {'L': '-', 'R': 'M'}, id='inv_02'),
    pytest.param(('TRAVEL INSURANCE - PRE-EXISTING CONDITION DECLARATION\n'
                  'SECTION 1 - POLICY HOLDER: Ms R. Achterberg\n'
                  'SECTION 2 - DOCUMENTS\n'
                  'Pathology report attached (Northgate Laboratory, 03/03/2026):\n'
                  '   "Left breast, excision: Intraductal papilloma. No atypia. No malign'
                  'ancy."\n'
                  'SECTION 3 - DECLARATION SIGNED\n'),
                 {'L': 'B', 'R': '-'}, id='inv_03'),
    pytest.param(('FIREFIGHTER OCCUPATIONAL HEALTH REVIEW\n'
                  'SECTION 1 - HISTORY\n'
                  'Right breast lump noted in December; treated elsewhere.\n'
                  'SECTION 2 - INVESTIGATIONS\n'
                  '   Right breast core biopsy (20/12/2025): ductal carcinoma in situ, in'
                  'termediate grade.\n'
                  '   Left breast core biopsy (20/12/2025): benign breast tissue.\n'
                  'SECTION 3 - RECOMMENDATION\n'
                  'Restricted duties.\n'),
                 {'L': '-', 'R': 'M'}, id='inv_04'),
    pytest.param(('PILOT MEDICAL EXAMINATION - CLASS 1\n'
                  'SECTION 2 - PREVIOUS TREATMENT\n'
                  '   Left breast excision 2019: fibroadenoma.\n'
                  'SECTION 3 - INVESTIGATIONS\n'
                  '   Mammogram 02/2026: normal both breasts.\n'
                  'SECTION 4 - ASSESSMENT: fit.\n'),
                 {'L': '-', 'R': '-'}, id='inv_05'),
    pytest.param(('SWIMMING FEDERATION - ATHLETE MEDICAL\n'
                  "Section 1 - Athlete's declaration: lump in left breast, removed.\n"
                  'Section 2 - Relevant Investigations (quoted from the pathology report)'
                  '\n'
                  '   "Left breast lump, excision: Benign phyllodes tumour, 41 mm. Margin'
                  's clear."\n'
                  '   "Right breast 10 o\'clock core: Columnar cell change. No malignancy.'
                  '"\n'
                  'Section 3 - Decision: cleared.\n'),
                 {'L': 'M', 'R': 'B'}, id='inv_06'),
    pytest.param(('BRITISH BOXING BOARD OF CONTROL - ANNUAL MEDICAL\n'
                  "SECTION 1 - CONTESTANT'S STATEMENT\n"
                  '"Had a lump on the left, the doctor said it was a fibroadenoma and the'
                  'y took it out."\n'
                  'SECTION 2 - EXAMINATION\n'
                  'Breasts: healed incision left breast.\n'
                  'SECTION 3 - INVESTIGATIONS\n'
                  'Histology (hospital report 05/01/2026):\n'
                  '   "Left breast lump, excision: Invasive ductal carcinoma, grade 1, 9 '
                  'mm."\n'),
                 {'L': 'M', 'R': '-'}, id='own_01'),
    pytest.param(('HORSERACING AUTHORITY - JOCKEY MEDICAL\n'
                  'RIDER\'S STATEMENT: "They told me it was a cyst in the right breast and'
                  ' drained it."\n'
                  'RESULTS\n'
                  "Right breast 11 o'clock core biopsy (09/02/2026): Papilloma. No atypia"
                  '.\n'),
                 {'L': '-', 'R': 'B'}, id='own_02'),
    pytest.param(('CYCLING UNION LICENCE - MEDICAL DECLARATION\n'
                  'Rider\'s declaration: "Biopsy of my left breast in January showed DCIS,'
                  ' surgery booked."\n'
                  'Examining doctor: no abnormality found on examination. No pathology se'
                  'en by me.\n'
                  'Outcome: licence suspended pending treatment.\n'),
                 {'L': '-', 'R': '-'}, id='own_03',
                 marks=pytest.mark.xfail(strict=True, reason=("review own_03 (rider declaration): read {'L': 'M', 'R': "
                                                         "'-'}; only the"
                                                         " rider's own account names the DCIS; no result in the "
                                                         'form'))),
    pytest.param(('KICKBOXING ASSOCIATION - PRE-FIGHT MEDICAL\n'
                  "Contestant's declaration\n"
                  '   Breast surgery: yes - right lumpectomy, "they said atypical ductal '
                  'hyperplasia".\n'
                  'Investigations\n'
                  '   Right breast, excision (quoted, 02/02/2026): "Atypical ductal hyper'
                  'plasia, completely excised. No in situ or invasive carcinoma."\n'),
                 {'L': '-', 'R': 'B'}, id='own_04'),
    pytest.param(('BOXING BOARD - MEDICAL\n'
                  "SECTION 1 - EXAMINER'S STATEMENT\n"
                  'Left breast core biopsy reviewed: fibroadenoma.\n'
                  "SECTION 2 - CONTESTANT'S STATEMENT\n"
                  '"I feel well."\n'),
                 {'L': 'B', 'R': '-'}, id='own_05'),
    pytest.param(('MOTORCYCLE RACING MEDICAL\n'
                  'RIDER STATEMENT\n'
                  '"Had a scare, it was a phyllodes tumour they said, but it was taken ou'
                  't."\n'
                  'MEDICAL REPORTS\n'
                  '   "Right breast, excision (12/12/2025): Fibroadenoma, 31 mm. No phyll'
                  'odes features."\n'),
                 {'L': '-', 'R': 'B'}, id='own_06',
                 marks=pytest.mark.xfail(strict=True, reason=("review own_06 (rider statement): read {'L': '-', 'R': "
                                                         "'BM'}; rider's p"
                                                         'hyllodes is her account; excision fibroadenoma labels'))),
    pytest.param(('*** REVISED REPORT ***\n'
                  'REVISION: Specimen side corrected (right, not left).\n'
                  'FINAL DIAGNOSIS (REVISED):\n'
                  'BREAST, RIGHT, 10:00, CORE BIOPSY:\n'
                  '  - DUCTAL CARCINOMA IN SITU, LOW GRADE.\n'
                  'PREVIOUS VERSION (14/01/2026) - SUPERSEDED:\n'
                  'BREAST, LEFT, 10:00, CORE BIOPSY:\n'
                  '  - DUCTAL CARCINOMA IN SITU, LOW GRADE.\n'),
                 {'L': '-', 'R': 'M'}, id='sup_01'),
    pytest.param(('AMENDED REPORT\n'
                  'AMENDED FINAL DIAGNOSIS:\n'
                  'LEFT BREAST, 3:00, ULTRASOUND-GUIDED CORE: SCLEROSING ADENOSIS. NO MAL'
                  'IGNANCY.\n'
                  'ORIGINAL DIAGNOSIS AS ISSUED 01/22/2026 (TRANSCRIPTION ERROR):\n'
                  'LEFT BREAST, 3:00, ULTRASOUND-GUIDED CORE: INVASIVE LOBULAR CARCINOMA.'
                  '\n'
                  'Reason for amendment: dictation error.\n'),
                 {'L': 'B', 'R': '-'}, id='sup_02'),
    pytest.param(('CORRECTED REPORT\n'
                  'CORRECTED DIAGNOSIS:\n'
                  'A. RIGHT BREAST, LUMPECTOMY: FIBROADENOMA, 22 MM.\n'
                  'B. LEFT BREAST, LUMPECTOMY: USUAL DUCTAL HYPERPLASIA.\n'
                  'PREVIOUS VERSION (02/03/2026) - SUPERSEDED:\n'
                  'A. LEFT BREAST, LUMPECTOMY: FIBROADENOMA, 22 MM.\n'
                  'B. RIGHT BREAST, LUMPECTOMY: USUAL DUCTAL HYPERPLASIA.\n'),
                 {'L': 'B', 'R': 'B'}, id='sup_03'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'FINAL DIAGNOSIS:\n'
                  'RIGHT BREAST, 6:00, CORE BIOPSY: FIBROADENOMA.\n'
                  'CURRENT VERSION (04/03/2026):\n'
                  'LEFT BREAST, 1:00, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA, GRADE 2.\n'),
                 {'L': 'M', 'R': 'B'}, id='sup_04'),
    pytest.param(('*** CORRECTED REPORT ***\n'
                  'CORRECTED FINAL DIAGNOSIS:\n'
                  'RIGHT BREAST, 8:00, CORE BIOPSY:\n'
                  '   - INVASIVE LOBULAR CARCINOMA, CLASSIC TYPE.\n'
                  '   - LOBULAR CARCINOMA IN SITU.\n'
                  'ORIGINAL DIAGNOSIS AS ISSUED 02/04/2026 (INCORRECT LATERALITY):\n'
                  'LEFT BREAST, 8:00, CORE BIOPSY:\n'
                  '   - INVASIVE LOBULAR CARCINOMA, CLASSIC TYPE.\n'
                  '   - LOBULAR CARCINOMA IN SITU.\n'),
                 {'L': '-', 'R': 'BM'}, id='sup_05'),
    pytest.param(('REVISED PATHOLOGY REPORT (VERSION 2)\n'
                  'DIAGNOSIS:\n'
                  'Left breast, wide local excision:\n'
                  '  - Invasive ductal carcinoma, grade 3, 28 mm.\n'
                  '  - Ductal carcinoma in situ, high grade.\n'
                  'PREVIOUS VERSION (10/02/2026) - SUPERSEDED:\n'
                  'Left breast, wide local excision:\n'
                  '  - Invasive ductal carcinoma, grade 2, 28 mm.\n'),
                 {'L': 'M', 'R': '-'}, id='sup_06'),
    pytest.param(('CONSULTATION REPORT\n'
                  'Diagnosis rendered by submitting laboratory:\n'
                  'Right breast, 2:00, core biopsy: Invasive ductal carcinoma, grade 1.\n'
                  'OUR DIAGNOSIS:\n'
                  'Right breast, 2:00, core biopsy: Sclerosing adenosis with radial scar.'
                  ' No carcinoma.\n'),
                 {'L': '-', 'R': 'B'}, id='ren_01'),
    pytest.param(('EXTERNAL SLIDE REVIEW\n'
                  'Diagnosis rendered by submitting laboratory:\n'
                  'Left breast, excision: fibroadenoma.\n'
                  'REVIEW DIAGNOSIS:\n'
                  'Left breast, excision: Benign phyllodes tumour, 48 mm.\n'),
                 {'L': 'M', 'R': '-'}, id='ren_02'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Diagnosis rendered by Dr. A. Whitcombe, consultant pathologist:\n'
                  'Right breast, 11:00, core biopsy: Atypical lobular hyperplasia.\n'),
                 {'L': '-', 'R': 'B'}, id='ren_03'),
    pytest.param(('SECOND OPINION\n'
                  'Diagnosis rendered by submitting laboratory:\n'
                  'Left breast core: ductal carcinoma in situ, low grade.\n'
                  'REVIEW DIAGNOSIS:\n'
                  'Left breast core: ductal carcinoma in situ, low grade, with adjacent a'
                  'typical ductal hyperplasia. We agree.\n'),
                 {'L': 'BM', 'R': '-'}, id='ren_04'),
    pytest.param(('INTRADEPARTMENTAL CONSULT\n'
                  'Diagnosis rendered by outside institution (Meadowbank Hospital):\n'
                  'Right breast, lumpectomy: invasive lobular carcinoma.\n'
                  'Our review:\n'
                  'Right breast, lumpectomy: Invasive carcinoma of no special type, grade'
                  ' 2.\n'),
                 {'L': '-', 'R': 'M'}, id='ren_05'),
    pytest.param(('PATHOLOGY CONSULTATION\n'
                  'Clinical: Lt breast mass.\n'
                  'Diagnosis rendered by submitting laboratory:\n'
                  '  Breast, left, core: papillary lesion, cannot exclude papillary carci'
                  'noma.\n'
                  'Consultation diagnosis:\n'
                  '  Breast, left, core: Intraductal papilloma with usual ductal hyperpla'
                  'sia. No atypia.\n'),
                 {'L': 'B', 'R': '-'}, id='ren_06'),
    pytest.param(('Compte rendu anatomopathologique\n'
                  'Sein droit, microbiopsie à 9h:\n'
                  "Adénose sclérosante. Pas d'hyperplasie atypique. Pas de carcinome.\n"),
                 {'L': '-', 'R': 'B'}, id='fr_01'),
    pytest.param(('Sein gauche, exérèse:\n'
                  'Adénofibrome de 25 mm.\n'
                  "Commentaire pour la patiente: ce n'est pas un cancer.\n"),
                 {'L': 'B', 'R': '-'}, id='fr_02'),
    pytest.param(('Sein gauche, tumorectomie:\n'
                  "Ce n'est pas un adénofibrome mais un carcinome mucineux de 15 mm.\n"),
                 {'L': 'M', 'R': '-'}, id='fr_03'),
    pytest.param('Sein droit, biopsie: cicatrice radiaire, pas un carcinome.\n',
                 {'L': '-', 'R': 'B'}, id='fr_04'),
    pytest.param(('Sein droit, microbiopsie:\n'
                  "Lésion fibro-épithéliale. Cela n'exclut pas une tumeur phyllode; exérè"
                  'se conseillée.\n'),
                 {'L': '-', 'R': '-'}, id='fr_05',
                 marks=pytest.mark.xfail(strict=True, reason=("review fr_05 (french n'exclut pas): read {'L': '-', "
                                                         "'R': 'M'}; n'exclu"
                                                         't pas: hedge, no label (guide: cannot exclude)'))),
    pytest.param(('Sein gauche, macrobiopsie:\n'
                  "Pas d'hyperplasie canalaire atypique, mais une néoplasie lobulaire in "
                  'situ.\n'),
                 {'L': 'B', 'R': '-'}, id='fr_06'),
    pytest.param(('GP referral letter\n'
                  'Mrs D. Olawale, 47. Left breast lump x 6 weeks; her sister told her it'
                  ' is cancer and she is very anxious.\n'
                  'Pathology (received 12/02/2026): "Left breast, core biopsy: Fibroadeno'
                  'ma."\n'),
                 {'L': 'B', 'R': '-'}, id='rel_01'),
    pytest.param(("Nurse specialist note: patient's daughter told her the lump in the rig"
                  'ht breast is cancer.\n'
                  'Core biopsy result explained: "Right breast 10 o\'clock: Sclerosing ade'
                  'nosis. No malignancy."\n'),
                 {'L': '-', 'R': 'B'}, id='rel_02',
                 marks=pytest.mark.xfail(strict=True, reason=("review rel_02 (relative hearsay): read {'L': '-', 'R': "
                                                         "'BM'}; daughter"
                                                         ' told her is cancer'))),
    pytest.param(('Clinic letter: her neighbour told her it was a cyst, and the core biop'
                  'sy of the right breast reported invasive lobular carcinoma.\n'),
                 {'L': '-', 'R': 'M'}, id='rel_03'),
    pytest.param(("Histoire: sa cousine lui a dit que c'est le cancer.\n"
                  'Résultat: « Sein gauche, microbiopsies : adénofibrome. »\n'),
                 {'L': 'B', 'R': '-'}, id='rel_04',
                 marks=pytest.mark.xfail(strict=True, reason=("review rel_04 (relative hearsay french): read {'L': "
                                                         "'BM', 'R': '-'}; F"
                                                         'rench cousin hearsay'))),
    pytest.param(('Clinic letter: right breast core biopsy result discussed. The surgeon '
                  'told her it is invasive ductal carcinoma, grade 2.\n'),
                 {'L': '-', 'R': 'M'}, id='rel_05'),
    pytest.param(('Counselling note, 03/03/2026\n'
                  'Her aunt told her it is breast cancer because the lump is hard. Histol'
                  'ogy reviewed together: left breast excision shows a fibroadenoma, 19 m'
                  'm, and fibrocystic change.\n'),
                 {'L': 'B', 'R': '-'}, id='rel_06'),
    pytest.param(('Breast clinic nursing note\n'
                  'Patient attends for results. She is sure it is cancer because of the d'
                  'impling.\n'
                  'Result given: "Right breast, 12 o\'clock, core: Fat necrosis. Scar. No '
                  'malignancy."\n'),
                 {'L': '-', 'R': 'B'}, id='sure_01'),
    pytest.param(('Psychology referral: Mrs K. Haas is convinced that it is cancer despit'
                  'e the left breast core biopsy showing columnar cell change only.\n'),
                 {'L': 'B', 'R': '-'}, id='sure_02',
                 marks=pytest.mark.xfail(strict=True, reason=("review sure_02 (lay certainty): read {'L': 'BM', 'R': "
                                                         "'-'}; convinced "
                                                         'that it is cancer'))),
    pytest.param(('ADDENDUM: Dr P. Ilunga has reviewed the right breast core levels; she '
                  'is certain it is ductal carcinoma in situ, high grade, 6 mm.\n'),
                 {'L': '-', 'R': 'M'}, id='sure_03'),
    pytest.param(("Ward note 02/02/2026: the patient's husband is sure it is cancer. Hist"
                  'ology: "Left breast lump, excision: Fibroadenoma with usual ductal hyp'
                  'erplasia."\n'),
                 {'L': 'B', 'R': '-'}, id='sure_04',
                 marks=pytest.mark.xfail(strict=True, reason=("review sure_04 (lay certainty): read {'L': 'BM', 'R': "
                                                         "'-'}; husband su"
                                                         're it is cancer'))),
    pytest.param(('Left breast, wide excision: on levels we are sure it is invasive lobul'
                  'ar carcinoma, classic type.\n'),
                 {'L': 'M', 'R': '-'}, id='sure_05'),
    pytest.param(('Telephone note: she was sure it was cancer in the right breast, but th'
                  'e core biopsy reported a simple cyst wall and benign breast tissue.\n'),
                 {'L': '-', 'R': 'B'}, id='sure_06'),
    pytest.param(('[Interpreter\'s note: "khối u ác" is the usual phrase for cancer.]\n'
                  'Result explained: "Right breast, core biopsy: Fibroadenoma. No maligna'
                  'ncy."\n'),
                 {'L': '-', 'R': 'B'}, id='word_01'),
    pytest.param(('Interpreter note: in her dialect "the bad lump" is the common word for'
                  ' cancer.\n'
                  'Left breast, excision: Intraductal papilloma, 7 mm.\n'),
                 {'L': 'B', 'R': '-'}, id='word_02'),
    pytest.param(('Glossary for the patient: "DCIS" is the medical term for ductal carcin'
                  'oma in situ.\n'
                  'Right breast, core biopsy: Atypical ductal hyperplasia.\n'),
                 {'L': '-', 'R': 'B'}, id='word_03'),
    pytest.param(('[Translator\'s note: "rak" is the usual word for cancer.]\n'
                  'Left breast, core biopsy: Invasive ductal carcinoma, grade 2.\n'),
                 {'L': 'M', 'R': '-'}, id='word_04'),
    pytest.param(('Patient leaflet note: "neoplasm" is the doctors\' phrase for cancer or '
                  'growth.\n'
                  'Right breast, vacuum biopsy: Radial scar. No atypia.\n'),
                 {'L': '-', 'R': 'B'}, id='word_05'),
    pytest.param(('Interpreter (Somali): "kansar" is the usual phrase for cancer, "burro"'
                  ' for a lump.\n'
                  "Pathology: Left breast, 3 o'clock, core: Simple cyst wall with apocrin"
                  'e metaplasia.\n'),
                 {'L': 'B', 'R': '-'}, id='word_06'),
    pytest.param(('Occupational health history: "they took a bit of the lump in the left '
                  'breast and checked it for cancer".\n'
                  'Histology: "Left breast, core: Fibroadenoma."\n'),
                 {'L': 'B', 'R': '-'}, id='chk_01'),
    pytest.param(('Patient says the nodes and the right breast lump were checked for canc'
                  'er and it was all fine.\n'
                  'Right breast, excision: sclerosing adenosis and usual ductal hyperplas'
                  'ia.\n'),
                 {'L': '-', 'R': 'B'}, id='chk_02'),
    pytest.param(('Right breast, wide excision: checked for margins; invasive lobular car'
                  'cinoma, 21 mm.\n'),
                 {'L': '-', 'R': 'M'}, id='chk_03'),
    pytest.param(('Rider\'s account: "they checked them for cancer, they were just cysts".'
                  ' Right breast aspirate: benign cyst fluid, consistent with a cyst.\n'),
                 {'L': '-', 'R': 'B'}, id='chk_04'),
    pytest.param(('Nurse note: the discharge was checked for cancer cells.\n'
                  'Left breast, duct excision: Periductal mastitis. No malignancy.\n'),
                 {'L': 'B', 'R': '-'}, id='chk_05'),
    pytest.param(('Right breast, excision: checked for cancer, and the excision shows duc'
                  'tal carcinoma in situ, intermediate grade.\n'),
                 {'L': '-', 'R': 'M'}, id='chk_06'),
    pytest.param(('Patient\'s account: "the ultrasound looked like cancer so they did a bi'
                  'opsy on the right".\n'
                  'Pathology: Right breast, core: Fibroadenoma.\n'),
                 {'L': '-', 'R': 'B'}, id='look_01'),
    pytest.param(('GP letter: the mammogram looks like cancer per the radiologist; left b'
                  'reast core awaited.\n'
                  'Left breast, core biopsy: Complex sclerosing lesion. No atypia.\n'),
                 {'L': 'B', 'R': '-'}, id='look_02'),
    pytest.param(('The scan looked like a cyst and the core biopsy reported invasive duct'
                  'al carcinoma of the left breast.\n'),
                 {'L': 'M', 'R': '-'}, id='look_03'),
    pytest.param(('Clinic note: the lump looked a bit like a phyllodes tumour on ultrasou'
                  'nd.\n'
                  'Right breast excision: Fibroadenoma, 34 mm, no phyllodes features.\n'),
                 {'L': '-', 'R': 'B'}, id='look_04'),
    pytest.param(("Rider's questionnaire: MRI of the left breast looked like a cancer. Bi"
                  'opsy: "Left breast, MRI-guided vacuum biopsy: Flat epithelial atypia."'
                  '\n'),
                 {'L': 'B', 'R': '-'}, id='look_05',
                 marks=pytest.mark.xfail(strict=True, reason=("review look_05 (looked like): read {'L': 'BM', 'R': "
                                                         "'-'}; MRI looked l"
                                                         'ike cancer'))),
    pytest.param(('Right breast mastectomy: the tumour is an invasive carcinoma of no spe'
                  'cial type, looking like a lobular pattern in places, grade 2.\n'),
                 {'L': '-', 'R': 'M'}, id='look_06'),
    pytest.param(('Result: "Left breast, core: fibroepithelial lesion, fibroadenoma versu'
                  's phyllodes tumour."\n'
                  'Explained: the laboratory cannot yet say if it is a fibroadenoma or a '
                  'phyllodes tumour.\n'),
                 {'L': '?', 'R': '-'}, id='cant_01'),
    pytest.param(('Left breast, wide local excision: we cannot tell whether the invasive '
                  'lobular carcinoma (12 mm) reaches the inferior margin.\n'),
                 {'L': 'M', 'R': '-'}, id='cant_02'),
    pytest.param(('Right breast, excision: cannot yet say if it is invasive ductal carcin'
                  'oma or invasive lobular carcinoma; E-cadherin to follow.\n'),
                 {'L': '-', 'R': 'M'}, id='cant_03'),
    pytest.param(("Right breast, 3 o'clock, core biopsy:\n"
                  'Atypical intraductal proliferation. We cannot say whether it is ADH or'
                  ' low-grade DCIS on this core.\n'),
                 {'L': '-', 'R': '?'}, id='cant_04'),
    pytest.param(('Explained to patient: the laboratory cannot yet say if it is a simple '
                  'lump or a phyllodes tumour.\n'
                  'Excision (left breast): Benign phyllodes tumour, 52 mm.\n'),
                 {'L': 'M', 'R': '-'}, id='cant_05'),
    pytest.param(("Telephone note: lab can't tell if it is a papilloma or a papillary car"
                  'cinoma on the left core yet; excision planned.\n'),
                 {'L': '?', 'R': '-'}, id='cant_06'),
    pytest.param(('Operation note summary: right breast lump excised. Clinical impression'
                  ' at operation was a fibroadenoma.\n'
                  'Histology: "Right breast lump, excision: Benign phyllodes tumour, 40 m'
                  'm."\n'),
                 {'L': '-', 'R': 'M'}, id='imp_01'),
    pytest.param(('Clinical impression was a cyst.\n'
                  'Left breast, excision: Invasive mucinous carcinoma, 11 mm.\n'),
                 {'L': 'M', 'R': '-'}, id='imp_02'),
    pytest.param(('Right breast, excision: the clinical impression was correct - fibroade'
                  'noma, 22 mm.\n'),
                 {'L': '-', 'R': 'B'}, id='imp_03'),
    pytest.param(('Left breast, lumpectomy. Clinical impression at surgery was of a carci'
                  'noma.\n'
                  'DIAGNOSIS: Left breast, lumpectomy: Fibroadenoma with sclerosing adeno'
                  'sis. No malignancy.\n'),
                 {'L': 'B', 'R': '-'}, id='imp_04'),
    pytest.param(('Clinical impression at operation was a lipoma and the excision shows a'
                  ' fibroadenoma of the left breast.\n'),
                 {'L': 'B', 'R': '-'}, id='imp_05'),
    pytest.param(('Discharge summary: clinical impression at operation was a giant fibroa'
                  'denoma of the right breast. Histology awaited.\n'),
                 {'L': '-', 'R': '-'}, id='imp_06'),
    pytest.param(('Referral: patient is afraid of cancer and requests a second opinion.\n'
                  'Pathology: Right breast core: Fibroadenoma. No malignancy.\n'),
                 {'L': '-', 'R': 'B'}, id='afr_01'),
    pytest.param(('Nurse note: she is scared of breast cancer as her mother died of it.\n'
                  'Left breast, vacuum biopsy: Papilloma. No atypia.\n'),
                 {'L': 'B', 'R': '-'}, id='afr_02'),
    pytest.param(('Psychology note: frightened of cancer coming back.\n'
                  'Right breast, re-excision: Biopsy-site changes. No residual carcinoma.'
                  '\n'),
                 {'L': '-', 'R': 'B'}, id='afr_03'),
    pytest.param(('Right breast, core biopsy (patient afraid of needles): invasive ductal'
                  ' carcinoma, grade 3.\n'),
                 {'L': '-', 'R': 'M'}, id='afr_04'),
    pytest.param(('Left breast, excision: she was scared of cancer, and the excision show'
                  's ductal carcinoma in situ, high grade.\n'),
                 {'L': 'M', 'R': '-'}, id='afr_05'),
    pytest.param(('Reason for request: anxious, afraid of having cancer in the left breas'
                  't.\n'
                  'Left breast, core: Atypical lobular hyperplasia.\n'),
                 {'L': 'B', 'R': '-'}, id='afr_06'),
    pytest.param(('Rider\'s account: "I had a breast cancer scare last year."\n'
                  'Histology: "Right breast, core: Fibroadenoma."\n'),
                 {'L': '-', 'R': 'B'}, id='scr_01'),
    pytest.param(('GP note: a cancer scare in 2023, all clear.\n'
                  'Left breast excision: Radial scar with usual ductal hyperplasia.\n'),
                 {'L': 'B', 'R': '-'}, id='scr_02'),
    pytest.param(('History: no scare.\n'
                  'Right breast, core biopsy: Invasive lobular carcinoma, classic type.\n'),
                 {'L': '-', 'R': 'M'}, id='scr_03'),
    pytest.param(('Patient describes the lump in her left breast as "my cancer scare".\n'
                  'Left breast, core biopsy: Columnar cell lesion. No malignancy.\n'),
                 {'L': 'B', 'R': '-'}, id='scr_04'),
    pytest.param(('Statement: "Mum had a cancer scare, turned out fine." Right breast, co'
                  're: sclerosing adenosis.\n'),
                 {'L': '-', 'R': 'B'}, id='scr_05'),
    pytest.param(('Counselling: after the breast cancer scare she wants screening.\n'
                  'Bilateral breast reduction: fibroadenoma (left, 4 mm); benign breast t'
                  'issue (right).\n'),
                 {'L': 'B', 'R': '-'}, id='scr_06',
                 marks=pytest.mark.xfail(strict=True, reason=("review scr_06 (carcinoma scare): read {'L': 'B', 'R': "
                                                         "'B'}; cancer sca"
                                                         're; bilateral reduction FA left'))),
    pytest.param(('Clinical details (request form): [carcinoma of the left breast?]\n'
                  'Left breast, core biopsy: fibroadenoma.\n'),
                 {'L': 'B', 'R': '-'}, id='q_01'),
    pytest.param(('Clinical diagnosis: invasive carcinoma of the right breast?\n'
                  'Right breast, core biopsy: sclerosing adenosis. No malignancy.\n'),
                 {'L': '-', 'R': 'B'}, id='q_02'),
    pytest.param(('DIAGNOSIS: Invasive ductal carcinoma of the left breast (? multicentri'
                  'c), grade 2, 18 mm.\n'),
                 {'L': 'M', 'R': '-'}, id='q_03'),
    pytest.param(('Request: ?phyllodes tumour of the right breast ?\n'
                  'Right breast, excision: Fibroadenoma, 38 mm.\n'),
                 {'L': '-', 'R': 'B'}, id='q_04'),
    pytest.param(('Final diagnosis: Ductal carcinoma in situ of the right breast, high gr'
                  'ade, 14 mm.\n'),
                 {'L': '-', 'R': 'M'}, id='q_05'),
    pytest.param(('Clinical information: lymphoma of the left breast?\n'
                  'Left breast, core: Benign breast tissue with duct ectasia. No lymphoma'
                  '.\n'),
                 {'L': '-', 'R': '-'}, id='q_06'),
    pytest.param(('Referral letter quoted: "right breast mass, ?fibroadenoma vs phyllodes'
                  ', for core biopsy."\n'
                  'Pathology: Right breast, core biopsy: Fibroadenoma.\n'),
                 {'L': '-', 'R': 'B'}, id='fcb_01'),
    pytest.param(('Clinic letter 08/01/2026: left breast distortion, ?radial scar vs carc'
                  'inoma, for vacuum biopsy.\n'
                  'Left breast, vacuum-assisted biopsy: Radial scar. No atypia.\n'),
                 {'L': 'B', 'R': '-'}, id='fcb_02'),
    pytest.param(('Left breast core: fibroepithelial lesion, B3; fibroadenoma vs phyllode'
                  's tumour, for excision.\n'),
                 {'L': '?', 'R': '-'}, id='fcb_03'),
    pytest.param(("Right breast, 1 o'clock, core biopsy: papillary lesion, B3; papilloma "
                  'vs papillary carcinoma, for vacuum biopsy or excision.\n'),
                 {'L': '-', 'R': '?'}, id='fcb_04'),
    pytest.param(('CYTOLOGY\n'
                  'Left breast, FNA: atypical cells (C3), ?fibroadenoma vs carcinoma, for'
                  ' core biopsy.\n'),
                 {'L': '?', 'R': '-'}, id='fcb_05'),
    pytest.param(('MDT list: Mrs J. Kowal - R breast, ?cyst vs DCIS on imaging, for core '
                  'biopsy. Result since: "Right breast, core biopsy: Simple cyst. No atyp'
                  'ia."\n'),
                 {'L': '-', 'R': 'B'}, id='fcb_06'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'University Medical Center, Department of Pathology\n'
                  'Patient: HALVORSEN, INGRID   MRN: 00841127   Accession: S26-04412\n'
                  'CLINICAL HISTORY: 52-year-old woman with left breast mass, BI-RADS 5.\n'
                  'SPECIMEN: A. Left breast, 2:00, 6 cm FN, ultrasound-guided core biopsy'
                  '.\n'
                  'GROSS DESCRIPTION: Received in formalin are four tan cores, 1.2-1.8 cm'
                  '. Entirely submitted in A1.\n'
                  'MICROSCOPIC DESCRIPTION: Sections show infiltrating nests and cords of'
                  ' tumor cells.\n'
                  'FINAL DIAGNOSIS:\n'
                  'A. LEFT BREAST, 2:00, CORE BIOPSY:\n'
                  '   - INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2 (TUBULES 3, NUCLEI '
                  '2, MITOSES 1).\n'
                  '   - DUCTAL CARCINOMA IN SITU, INTERMEDIATE GRADE, CRIBRIFORM TYPE.\n'
                  'Comment: ER/PR/HER2 to follow in addendum.\n'
                  'Electronically signed by Laura Chen, MD\n'),
                 {'L': 'M', 'R': '-'}, id='ord_01'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'CLINICAL INFORMATION: Right breast palpable lump, 24F.\n'
                  'SPECIMEN: Right breast, 9:00, core biopsy x3.\n'
                  'FINAL DIAGNOSIS:\n'
                  'RIGHT BREAST, 9:00, CORE BIOPSY:\n'
                  '   - FIBROADENOMA.\n'
                  '   - NEGATIVE FOR ATYPIA AND MALIGNANCY.\n'
                  'Signed: D. Okonkwo, MD\n'),
                 {'L': '-', 'R': 'B'}, id='ord_02'),
    pytest.param(('INVASIVE CARCINOMA OF THE BREAST: RESECTION (CAP synoptic)\n'
                  'Procedure: Partial mastectomy\n'
                  'Specimen Laterality: Right\n'
                  'Tumor Site: Upper outer quadrant\n'
                  'Histologic Type: Invasive lobular carcinoma\n'
                  'Histologic Grade (Nottingham): Grade 2\n'
                  'Tumor Size: 23 mm\n'
                  'Ductal Carcinoma In Situ: Not identified\n'
                  'Lobular Carcinoma In Situ: Present\n'
                  'Margins: Negative for invasive carcinoma (closest 4 mm, anterior)\n'
                  'Regional Lymph Nodes: 0/2 sentinel nodes\n'
                  'Pathologic Stage: pT2 pN0(sn)\n'),
                 {'L': '-', 'R': 'BM'}, id='ord_03'),
    pytest.param(('HISTOPATHOLOGY REPORT (NHSBSP)\n'
                  'NHS Number: 999 123 4567   Lab No: H26/11873\n'
                  "Clinical details: L breast 10 o'clock, 14 mm U4 mass.\n"
                  "Specimen: Left breast 10 o'clock 14G core x 4.\n"
                  'Macroscopy: Four cores, 8-14 mm, all embedded.\n'
                  'Microscopy: Cores of breast tissue with a well-circumscribed fibroepit'
                  'helial lesion, stroma of low cellularity.\n'
                  "Conclusion: Left breast 10 o'clock core: fibroadenoma. B2.\n"
                  'Reported by Dr S. Mahmood, Consultant Histopathologist\n'),
                 {'L': 'B', 'R': '-'}, id='ord_04'),
    pytest.param(('HISTOPATHOLOGY REPORT\n'
                  'Specimen: Right breast wide local excision with sentinel node.\n'
                  'Microscopy: Invasive carcinoma of no special type, grade 3, 19 mm, wit'
                  'h high-grade DCIS.\n'
                  'NHSBSP data set:\n'
                  'Invasive carcinoma: present. Type: no special type. Grade 3.\n'
                  'DCIS: present, high grade.\n'
                  'Margins: clear (nearest 3 mm).\n'
                  'Sentinel node: 0/1.\n'
                  'Conclusion: Right breast WLE: invasive carcinoma NST grade 3 with DCIS'
                  ', completely excised. B5b.\n'),
                 {'L': '-', 'R': 'M'}, id='ord_05'),
    pytest.param(('Dictated by: Dr. Harriet Bloom\n'
                  "This is a left breast core biopsy, twelve o'clock, three cores, period"
                  '. Diagnosis, atypical ductal hyperplasia, period. Columnar cell change'
                  ' with atypia also present, period. No in situ or invasive carcinoma se'
                  'en, period. Recommend surgical excision, end of dictation.\n'
                  'Transcribed 03/04/2026 by KT\n'),
                 {'L': 'B', 'R': '-'}, id='ord_06'),
    pytest.param(('AMENDED REPORT\n'
                  'AMENDMENT (03/05/2026): ER, PR and HER2 results added. Diagnosis uncha'
                  'nged.\n'
                  'FINAL DIAGNOSIS:\n'
                  'LEFT BREAST, 4:00, CORE BIOPSY:\n'
                  '   - INVASIVE DUCTAL CARCINOMA, GRADE 1.\n'
                  'ER: positive (95%), PR: positive (70%), HER2: negative (1+).\n'),
                 {'L': 'M', 'R': '-'}, id='ord_07'),
    pytest.param(('CONSULTATION REPORT\n'
                  'Outside case: Lakeview Hospital S26-1192, 2 slides.\n'
                  'Outside diagnosis: Right breast core: atypical ductal hyperplasia.\n'
                  'OUR REVIEW DIAGNOSIS:\n'
                  'Right breast, core biopsy: Ductal carcinoma in situ, low nuclear grade'
                  ', solid and cribriform types.\n'
                  'Comment: Shown to Dr P. Adeyemi who concurs.\n'),
                 {'L': '-', 'R': 'M'}, id='ord_08'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'SPECIMENS:\n'
                  'A. Right breast, reduction mammoplasty (820 g)\n'
                  'B. Left breast, reduction mammoplasty (760 g)\n'
                  'FINAL DIAGNOSIS:\n'
                  'A. RIGHT BREAST, REDUCTION MAMMOPLASTY:\n'
                  '   - BENIGN BREAST TISSUE WITH FIBROCYSTIC CHANGE.\n'
                  'B. LEFT BREAST, REDUCTION MAMMOPLASTY:\n'
                  '   - FIBROADENOMA, 6 MM.\n'
                  '   - NO ATYPIA OR MALIGNANCY.\n'),
                 {'L': 'B', 'R': '-'}, id='ord_09'),
    pytest.param(('HISTOPATHOLOGY\n'
                  'Clinical: R nipple bloody discharge.\n'
                  'Specimen: Right breast microdochectomy.\n'
                  'Microscopy: A dilated duct containing an arborising papillary lesion w'
                  'ith myoepithelial cells throughout.\n'
                  'Conclusion: Right breast microdochectomy: intraductal papilloma, compl'
                  'etely excised. No atypia.\n'),
                 {'L': '-', 'R': 'B'}, id='ord_10'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'CLINICAL HISTORY: 61F, right breast calcifications.\n'
                  'SPECIMEN: Right breast, stereotactic vacuum-assisted biopsy.\n'
                  'FINAL DIAGNOSIS:\n'
                  'RIGHT BREAST, UPPER INNER, STEREOTACTIC BIOPSY:\n'
                  '   - COLUMNAR CELL CHANGE WITH ASSOCIATED MICROCALCIFICATIONS.\n'
                  '   - USUAL DUCTAL HYPERPLASIA.\n'
                  '   - NEGATIVE FOR ATYPIA AND MALIGNANCY.\n'),
                 {'L': '-', 'R': 'B'}, id='ord_11'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'FINAL DIAGNOSIS:\n'
                  'A. LEFT BREAST, TOTAL MASTECTOMY:\n'
                  '   - INVASIVE LOBULAR CARCINOMA, CLASSIC TYPE, GRADE 2, 42 MM.\n'
                  '   - LOBULAR CARCINOMA IN SITU.\n'
                  '   - MARGINS NEGATIVE.\n'
                  'B. LEFT AXILLARY SENTINEL LYMPH NODE, EXCISION:\n'
                  '   - METASTATIC CARCINOMA IN ONE OF TWO LYMPH NODES (1/2).\n'
                  'C. RIGHT BREAST, PROPHYLACTIC MASTECTOMY:\n'
                  '   - BENIGN BREAST TISSUE. NO ATYPIA OR MALIGNANCY.\n'),
                 {'L': 'BM', 'R': '-'}, id='ord_12'),
    pytest.param(('Pathology Report - Synoptic\n'
                  'Specimen: Left breast, core biopsy x4 (US-guided, 14G)\n'
                  "Lesion: 11 mm mass, 3 o'clock\n"
                  'Diagnosis: Invasive carcinoma, no special type\n'
                  'Grade: 1\n'
                  'In situ component: not identified\n'
                  'Lymphovascular invasion: not identified\n'
                  'B category: B5b\n'),
                 {'L': 'M', 'R': '-'}, id='ord_13'),
    pytest.param(('HISTOPATHOLOGY REPORT\n'
                  'Clinical details: Left breast cyst, recurrent, aspirated x2.\n'
                  'Specimen: Left breast cyst excision.\n'
                  'Macroscopy: A unilocular cyst 22 mm with smooth lining.\n'
                  'Conclusion: Left breast: simple cyst with apocrine lining. No atypia. '
                  'Benign.\n'),
                 {'L': 'B', 'R': '-'}, id='ord_14'),
    pytest.param(('Dictated report, typed 02/03/2026\n'
                  'Right breast, lumpectomy, oriented with sutures. Diagnosis: benign phy'
                  'llodes tumor, three point four centimetres, margins clear, closest mar'
                  'gin two millimetres, superior. No stromal overgrowth. Mitoses two per '
                  'ten high power fields.\n'),
                 {'L': '-', 'R': 'M'}, id='ord_15'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'CLINICAL HISTORY: Left breast IDC diagnosed 01/2026, status post neoad'
                  'juvant chemotherapy.\n'
                  'FINAL DIAGNOSIS:\n'
                  'LEFT BREAST, PARTIAL MASTECTOMY:\n'
                  '   - NO RESIDUAL INVASIVE CARCINOMA.\n'
                  '   - NO RESIDUAL DUCTAL CARCINOMA IN SITU.\n'
                  '   - TREATMENT EFFECT AND BIOPSY SITE CHANGES PRESENT.\n'
                  '   - ypT0.\n'),
                 {'L': 'B', 'R': '-'}, id='ord_16'),
    pytest.param(('ADDENDUM REPORT\n'
                  'Addendum (02/27/2026): Immunohistochemistry for E-cadherin is negative'
                  ' in the tumor cells, supporting lobular differentiation.\n'
                  'REVISED DIAGNOSIS: Right breast, core biopsy: Invasive lobular carcino'
                  'ma, grade 2.\n'
                  'ORIGINAL DIAGNOSIS: Right breast, core biopsy: Invasive carcinoma, duc'
                  'tal versus lobular, grade 2.\n'),
                 {'L': '-', 'R': 'M'}, id='ord_17'),
    pytest.param(('CONSULTATION REPORT\n'
                  'Referring pathologist: Dr N. Farouk, Eastbrook General\n'
                  'Outside diagnosis: Left breast excision: borderline phyllodes tumour.\n'
                  'OUR DIAGNOSIS:\n'
                  'Left breast, excision: Cellular fibroadenoma. No features of a phyllod'
                  'es tumour.\n'),
                 {'L': 'B', 'R': '-'}, id='ord_18'),
    pytest.param(('HISTOPATHOLOGY\n'
                  "Specimen: Left breast, vacuum-assisted excision, 3 o'clock, 9 mm mass."
                  '\n'
                  'Conclusion: Left breast VAE: sclerosing adenosis with microcalcificati'
                  'on; no atypia. B2.\n'),
                 {'L': 'B', 'R': '-'}, id='ord_19'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'FINAL DIAGNOSIS:\n'
                  'A. RIGHT BREAST, 10:00, CORE: ATYPICAL LOBULAR HYPERPLASIA.\n'
                  'B. LEFT BREAST, 2:00, CORE: INVASIVE DUCTAL CARCINOMA, GRADE 3, WITH H'
                  'IGH GRADE DCIS.\n'
                  'C. LEFT BREAST, 5:00, CORE: FIBROADENOMA.\n'),
                 {'L': 'BM', 'R': 'B'}, id='ord_20'),
    pytest.param(('AMENDED REPORT - LIS\n'
                  '*** This report has been amended. See amendment note. ***\n'
                  'Amendment note: Part A laterality corrected from RIGHT to LEFT per cli'
                  'nician verification. Diagnosis unchanged.\n'
                  'FINAL DIAGNOSIS:\n'
                  'A. LEFT BREAST, 1:00, CORE BIOPSY: DUCTAL CARCINOMA IN SITU, HIGH NUCL'
                  'EAR GRADE, WITH COMEDONECROSIS.\n'),
                 {'L': 'M', 'R': '-'}, id='ord_21'),
    pytest.param(('Pathology Report\n'
                  'Specimen: Right breast, skin-sparing mastectomy.\n'
                  'Diagnosis: Ductal carcinoma in situ, high grade, extensive (65 mm), wi'
                  'th microinvasive carcinoma (1.2 mm). Margins clear. Paget disease of t'
                  'he nipple not identified.\n'),
                 {'L': '-', 'R': 'M'}, id='ord_22'),
    pytest.param(('HISTOPATHOLOGY REPORT\n'
                  'Clinical details: Right breast 8 mm U3 lesion.\n'
                  "Specimen: Right breast 8 o'clock core x3.\n"
                  'Conclusion: Right breast core: fibroepithelial lesion, B3. The differe'
                  'ntial includes cellular fibroadenoma and phyllodes tumour. Excision ad'
                  'vised.\n'),
                 {'L': '-', 'R': '?'}, id='ord_23'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'CLINICAL HISTORY: Left breast 2 cm mass, lactating.\n'
                  'FINAL DIAGNOSIS:\n'
                  'LEFT BREAST, CORE BIOPSY:\n'
                  '   - LACTATIONAL CHANGE AND FAT NECROSIS.\n'
                  '   - NEGATIVE FOR MALIGNANCY.\n'),
                 {'L': '-', 'R': '-'}, id='ord_24'),
    pytest.param(('Dictated: Dr. Mirela Costa\n'
                  'Left breast, re-excision of superior margin. Diagnosis, no residual ca'
                  'rcinoma identified, comma, healing biopsy site changes with fat necros'
                  'is, period. New superior margin clear, period.\n'),
                 {'L': 'B', 'R': '-'}, id='ord_25'),
    pytest.param(('CONSULTATION REVIEW\n'
                  'Material received: 3 H&E slides, 1 block, Kingsbridge Pathology, case '
                  'K26-441.\n'
                  'Submitted diagnosis: Right breast core: invasive ductal carcinoma.\n'
                  'REVIEW DIAGNOSIS:\n'
                  'Right breast core: Invasive ductal carcinoma, Nottingham grade 2; we a'
                  'gree with the submitted diagnosis.\n'),
                 {'L': '-', 'R': 'M'}, id='ord_26'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'FINAL DIAGNOSIS:\n'
                  'RIGHT BREAST, LUMPECTOMY:\n'
                  '   - INVASIVE MUCINOUS CARCINOMA, 16 MM.\n'
                  '   - ADJACENT ATYPICAL DUCTAL HYPERPLASIA.\n'
                  '   - SEPARATE FIBROADENOMA, 8 MM.\n'
                  '   - MARGINS NEGATIVE.\n'),
                 {'L': '-', 'R': 'BM'}, id='ord_27'),
    pytest.param(('HISTOPATHOLOGY REPORT\n'
                  'Specimen: Left breast skin lesion, lower inner quadrant, excision.\n'
                  'Conclusion: Seborrhoeic keratosis. No dysplasia or malignancy.\n'),
                 {'L': '-', 'R': '-'}, id='ord_28'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'CLINICAL: Right breast mass, 58F.\n'
                  'FINAL DIAGNOSIS:\n'
                  'RIGHT BREAST, 11:00, CORE BIOPSY:\n'
                  '   - RADIAL SCAR / COMPLEX SCLEROSING LESION WITH USUAL DUCTAL HYPERPL'
                  'ASIA.\n'
                  '   - NO ATYPIA OR MALIGNANCY IDENTIFIED.\n'
                  'COMMENT: Correlation with imaging is advised.\n'),
                 {'L': '-', 'R': 'B'}, id='ord_29'),
    pytest.param(('Pathology Synoptic - Bilateral\n'
                  'LEFT BREAST MASTECTOMY\n'
                  '  Histologic type: Invasive ductal carcinoma\n'
                  '  Grade: 2\n'
                  '  Size: 31 mm\n'
                  'RIGHT BREAST MASTECTOMY\n'
                  '  Histologic type: no carcinoma\n'
                  '  Other findings: fibroadenoma, 5 mm; columnar cell change\n'),
                 {'L': 'M', 'R': 'B'}, id='ord_30'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
