"""Review p135 of the pathology rules of branch dev-p135 (commit 1b9f6ed, developed on b135-b136), pinned.

Read: the sixteen rules of 1b9f6ed against OLD 6aeddd2 - form sections INVESTIGATIONS / RELEVANT INVESTIGATIONS /
DOCUMENTS as today's result; a contestant's / rider's statement as her own account; "PREVIOUS / PRIOR / ORIGINAL
VERSION" and "ORIGINAL DIAGNOSIS AS ISSUED <date>" as the first issue; "Diagnosis rendered by submitting laboratory"
as the outside one; French "pas d'", "n'est pas un(e)", ", pas un(e)"; a relative's hearsay; a lay subject's
certainty; "the word / phrase / term for cancer"; "checked them for cancer"; "the mammogram looked like"; "cannot yet
say if"; "clinical impression at operation was"; "afraid / scared / frightened of cancer"; a "cancer scare"; "<entity>
of the right breast?"; ", for core biopsy" after a differential.

Texts: 100 rule texts (variants and near misses, 5-8 a rule), 20 ordinary reports, 14 probes (px_) written for the
mends, all labelled from docs/labelling_guide.md before either tree was run (or09 relabelled BM after the first run:
the guide lists biopsy-site changes as scar). Right: OLD 80/134, branch before mending 100/134, after mending 127/134
(without probes: OLD 71/120, branch 97/120, mended 113/120).

Over-reaches at the branch (OLD right, branch wrong): ren_n01 ("Diagnosis rendered by Dr. M. Lopez" read as
outside); fr_n02 ("pas d'hyperplasie atypique, mais un CCIS" negated the DCIS); rel_n01 / rel_n02 (hearsay reaching
over ", mais la biopsie montre" / ", and the core biopsy reported"); sure_n01 / sure_n02 (a pathologist's "she is
certain it is IDC, grade 1, 4 mm", the consensus panel's "they are certain it is a phyllodes tumour, 38 mm");
cant_n02 ("cannot tell whether the IDC reaches the margin" hedged the IDC); imp_n01 / imp_n02 ("the clinical
impression was correct - IDC", "... and the excision reports ILC"); q_n01 ("IDC of the right breast (? multifocal)");
fcb_n01 / fcb_n02 (an FNA's and a core's own open differential sent on "for core / vacuum biopsy" read as a
request). Newly wrong another way: fr_n01 ("n'est pas un adénofibrome mais une tumeur phyllode" lost the phyllodes),
look_n01 ("the scan looked like FA and the core biopsy reported phyllodes" lost the phyllodes), cant_v01 / cant_v02
("cannot say whether FA or phyllodes" / "ADH or DCIS" read '-' instead of the open '?'), q_n03.

Narrowed (context.py, structure.py, resolution.py): the hearsay, lay-certainty, word-for, checked-for, looked-like and
clinical-impression cues are their own kind (_PRE_UNC_LAY) reaching only to a comma, a dash or "and"; the lay
certainty is not one that grades or measures its entity; the French negations are their own kind (_PRE_NEG_FR)
ending at "mais"; "cannot (yet) say / tell if / whether" is a differential cue (_PRE_DIFF) and only before "it / this
is ... or ..." (two options of one malignant kind label, _CANNOT_SAY_WHICH); "rendered by" is a heading phrase only
before submitting / referring / sending / contributing / outside / external / original; "of the right/left breast"
leads to the query mark only with the "?" straight after it; ", for core biopsy" is a request only when not followed
by "or" and not in a unit with a result of its own (a specimen's "core biopsy:" / "FNA:" line, a B / C category).
No rule withdrawn; no text reads worse than at OLD except q_n03 (OLD M, now '-', gold B: the ILC is rightly a query
now, the LCIS after "No -" is read negated at both).

Strict xfails (wrong after the mends, all wrong at OLD too): inv_n01, inv_n02, inv_n03 (an inline "Investigations:"
line of a request or letter giving an earlier result reads as today's at OLD and now), own_v03, fr_v05 ("n'est pas
une tumeur phyllode": a word between the article and the entity is outside the rule), scr_n01 ("Scar from the
previous biopsy" not read as scar), q_n03."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('CIVIL AVIATION AUTHORITY - CLASS 2 MEDICAL RENEWAL\n'
                  'SECTION 1 - APPLICANT DECLARATION\n'
                  'Breast lump removed last month, back at work.\n'
                  'SECTION 2 - EXAMINATION\n'
                  'Breasts: healing scar left breast, no mass.\n'
                  'SECTION 3 - INVESTIGATIONS\n'
                  'Histology (from the hospital report, 12/01/2026):\n'
                  '   "Left breast lump, excision: Fibroadenoma, 18 mm. No atypia."\n'
                  'SECTION 4 - ASSESSMENT\n'
                  'Fit, no limitation.\n'),
                 {'L': 'B', 'R': '-'}, id='inv_v01'),
    pytest.param(('DIVING MEDICAL - FITNESS TO DIVE (HSE)\n'
                  "Part 1 - Diver's declaration: well, no symptoms.\n"
                  'Part 2 - Examination: unremarkable.\n'
                  'Relevant investigations:\n'
                  '   Right breast core biopsy 04/02/2026 (Kingsmead Hospital): ductal ca'
                  'rcinoma in situ, high nuclear grade, 2 cores.\n'
                  'Part 3 - Decision: temporarily unfit pending surgery.\n'),
                 {'L': '-', 'R': 'M'}, id='inv_v02'),
    pytest.param(('INCOME PROTECTION CLAIM - MEDICAL EVIDENCE\n'
                  'SECTION 1 - CLAIMANT DETAILS: Ms P. Varga, dob 11/03/1979\n'
                  'SECTION 2 - DOCUMENTS\n'
                  'Histopathology report enclosed (Riverside Pathology, 20/01/2026):\n'
                  '   "Right breast, wide local excision: Invasive lobular carcinoma, cla'
                  'ssic type, 14 mm. Margins clear."\n'
                  'SECTION 3 - PERIOD OF INCAPACITY: from 22/01/2026\n'),
                 {'L': '-', 'R': 'M'}, id='inv_v03'),
    pytest.param(('ATHLETICS FEDERATION - PRE-PARTICIPATION MEDICAL\n'
                  "Section A - Athlete's history: lump found while training.\n"
                  'Section B - Investigations\n'
                  "   Left breast, 1 o'clock, core biopsy (03/03/2026): Atypical ductal h"
                  'yperplasia. No in situ or invasive carcinoma.\n'
                  'Section C - Clearance: cleared; surgical review arranged.\n'),
                 {'L': 'B', 'R': '-'}, id='inv_v04'),
    pytest.param(('FITNESS FOR WORK REVIEW - OFFSHORE\n'
                  '1. Employee statement: "they took a lump out of my right breast"\n'
                  '2. Examination: healed incision right breast.\n'
                  '3. RELEVANT INVESTIGATIONS (copied from the discharge letter):\n'
                  '   Right breast excision biopsy: intraductal papilloma, 11 mm, no atyp'
                  'ia.\n'
                  '4. Outcome: fit for offshore work.\n'),
                 {'L': '-', 'R': 'B'}, id='inv_v05'),
    pytest.param(('HISTOPATHOLOGY REPORT\n'
                  'Lab no: H26-04417\n'
                  'Clinical details: 61F. Left breast cancer, neoadjuvant chemotherapy co'
                  'mpleted 01/2026.\n'
                  "Investigations: core biopsy 09/2025 left breast 2 o'clock: invasive du"
                  'ctal carcinoma, grade 3, ER negative.\n'
                  'Specimen: left breast wide local excision.\n'
                  'Macroscopy: 62 x 48 x 30 mm. Clip identified, ill-defined fibrous area'
                  ' 15 mm.\n'
                  'Microscopy: tumour bed with fibrosis, haemosiderin-laden macrophages a'
                  'nd foamy histiocytes. No residual invasive or in situ carcinoma.\n'
                  'DIAGNOSIS: Left breast, wide local excision: no residual carcinoma; tu'
                  'mour bed changes. Complete pathological response (ypT0).\n'),
                 {'L': '-', 'R': '-'}, id='inv_n01',
                 marks=pytest.mark.xfail(strict=True, reason=("review inv_n01 (investigations_section): read {'L': 'M'"
                                                         ", 'R': '-'}; an"
                                                         " Investigations line inside the request's clinical details is the earl"
                                                         "ier core, history; today's excision shows pCR; wrong at OLD too: the r"
                                                         "equest's inline 'Investigations:' line is read as a result heading at "
                                                         'both (not this rule: its name is not alone on a form section line)'))),
    pytest.param(('HISTOPATHOLOGY REQUEST AND REPORT\n'
                  "Clinical information: 47F, right breast lump 10 o'clock.\n"
                  "Investigations: core biopsy 2019 right breast 6 o'clock showed a fibro"
                  'adenoma.\n'
                  "Specimen: right breast 10 o'clock core biopsy x3.\n"
                  'Microscopy: cores of breast tissue with fibrocystic change and apocrin'
                  'e metaplasia.\n'
                  "DIAGNOSIS: Right breast, 10 o'clock, core biopsy: fibrocystic change. "
                  'No atypia or malignancy.\n'),
                 {'L': '-', 'R': '-'}, id='inv_n02',
                 marks=pytest.mark.xfail(strict=True, reason=("review inv_n02 (investigations_section): read {'L': '-'"
                                                         ", 'R': 'B'}; th"
                                                         "e request's Investigations line gives a 2019 biopsy, history; wrong at"
                                                         " OLD too: the request's 2019 core result is read as today's"))),
    pytest.param(('BREAST SURGERY CLINIC LETTER\n'
                  'Dear Dr Hamid,\n'
                  'Diagnosis: Left breast invasive ductal carcinoma.\n'
                  'Investigations:\n'
                  '  Mammogram 2018 and core biopsy of the right breast in 2018: fibroade'
                  'noma.\n'
                  '  Left breast core biopsy 05/02/2026: invasive ductal carcinoma, grade'
                  ' 2, ER positive.\n'
                  'Plan: left wide local excision and sentinel node biopsy.\n'),
                 {'L': 'M', 'R': '-'}, id='inv_n03',
                 marks=pytest.mark.xfail(strict=True, reason=("review inv_n03 (investigations_section): read {'L': 'M'"
                                                         ", 'R': 'B'}; a "
                                                         "letter's investigations list with a 2018 right biopsy (history) and to"
                                                         "day's left core; wrong at OLD too: the letter's 2018 right-breast biop"
                                                         'sy under Investigations labels'))),
    pytest.param(('BRITISH BOXING BOARD - ANNUAL MEDICAL\n'
                  "SECTION 1 - CONTESTANT'S STATEMENT\n"
                  '"Had a lump in my right breast cut out in January, they said it was DC'
                  'IS."\n'
                  'SECTION 2 - EXAMINATION\n'
                  'Well healed scar right breast.\n'
                  'Histology (hospital report 15/01/2026):\n'
                  '"Right breast lump, excision: Fibroadenoma, 22 mm. No malignancy."\n'),
                 {'L': '-', 'R': 'B'}, id='own_v01'),
    pytest.param(('JOCKEY CLUB MEDICAL - RENEWAL\n'
                  "PART A - RIDER'S DECLARATION\n"
                  'I had a left breast biopsy in February; the doctor told me it was a pa'
                  'pilloma.\n'
                  'PART B - MEDICAL OFFICER\n'
                  'Biopsy report: "Left breast, core: Invasive ductal carcinoma, grade 1.'
                  '"\n'),
                 {'L': 'M', 'R': '-'}, id='own_v02'),
    pytest.param(('KICKBOXING ASSOCIATION - MEDICAL CLEARANCE\n'
                  'Statement by the contestant: "I was told the lump on my left was a cys'
                  't and it was drained."\n'
                  "Examiner's findings: no palpable mass.\n"
                  'Ultrasound 02/2026: no residual lesion.\n'),
                 {'L': '-', 'R': '-'}, id='own_v03',
                 marks=pytest.mark.xfail(strict=True, reason=("review own_v03 (own_account_contestant): read {'L': 'B'"
                                                         ", 'R': '-'}; St"
                                                         'atement by the contestant: her own words only, no report; wrong at OLD'
                                                         " too: 'a cyst ... drained' in the contestant's quoted words still labe"
                                                         'ls'))),
    pytest.param(('EQUESTRIAN FEDERATION - MEDICAL CARD\n'
                  'Rider statement:\n'
                  'Right breast surgery 12/2025, told it was cancer but all removed.\n'
                  "Medical officer's note:\n"
                  'Discharge letter seen: right breast wide excision, histology benign ph'
                  'yllodes tumour, margins clear.\n'),
                 {'L': '-', 'R': 'M'}, id='own_v04'),
    pytest.param(('GROUP LIFE ASSURANCE - CRITICAL ILLNESS RIDER\n'
                  'CRITICAL ILLNESS RIDER STATEMENT (to be completed by the attending phy'
                  'sician)\n'
                  'Diagnosis: Left breast, core biopsy 08/01/2026: Invasive ductal carcin'
                  'oma, grade 3, 24 mm on imaging.\n'
                  'Date of diagnosis: 08/01/2026\n'
                  'Signed: Dr O. Mensah, consultant breast surgeon\n'),
                 {'L': 'M', 'R': '-'}, id='own_n01'),
    pytest.param(('BRITISH BOXING BOARD - ANNUAL MEDICAL\n'
                  "SECTION 1 - CONTESTANT'S STATEMENT\n"
                  'No problems.\n'
                  "SECTION 2 - EXAMINING PHYSICIAN'S STATEMENT\n"
                  'Left breast core biopsy report reviewed (22/02/2026): ductal carcinoma'
                  ' in situ, intermediate grade.\n'
                  'Not cleared to box.\n'),
                 {'L': 'M', 'R': '-'}, id='own_n02'),
    pytest.param(('MOTORCYCLE RACING LICENCE - MEDICAL\n'
                  "Rider's declaration: nil of note.\n"
                  "Doctor's examination and results:\n"
                  'Right breast excision 01/2026: "Benign phyllodes tumour, 35 mm, margin'
                  's clear."\n'
                  'Fit to race.\n'),
                 {'L': '-', 'R': 'M'}, id='own_n03'),
    pytest.param(('*** AMENDED REPORT ***\n'
                  'AMENDMENT: laterality corrected (right to left) after specimen pot lab'
                  'el check.\n'
                  'FINAL DIAGNOSIS (AMENDED):\n'
                  'LEFT BREAST, 3:00, CORE BIOPSY:\n'
                  '  - INVASIVE LOBULAR CARCINOMA, CLASSIC TYPE.\n'
                  'PRIOR VERSION (issued 05/01/2026) - SUPERSEDED:\n'
                  'RIGHT BREAST, 3:00, CORE BIOPSY:\n'
                  '  - INVASIVE LOBULAR CARCINOMA, CLASSIC TYPE.\n'),
                 {'L': 'M', 'R': '-'}, id='ver_v01'),
    pytest.param(('CORRECTED REPORT\n'
                  'Reason for correction: diagnosis revised after review of deeper levels'
                  '.\n'
                  'CORRECTED DIAGNOSIS:\n'
                  "Right breast, 11 o'clock, core biopsy: Atypical ductal hyperplasia. No"
                  ' in situ carcinoma.\n'
                  'ORIGINAL VERSION (superseded 12/02/2026):\n'
                  "Right breast, 11 o'clock, core biopsy: Ductal carcinoma in situ, low g"
                  'rade.\n'),
                 {'L': '-', 'R': 'B'}, id='ver_v02'),
    pytest.param(('*** REVISED REPORT ***\n'
                  'REVISED DIAGNOSIS:\n'
                  'A. RIGHT BREAST, 10:00, CORE: FIBROADENOMA.\n'
                  'ORIGINAL DIAGNOSIS AS ISSUED 01/22/2026 (DCIS WITHDRAWN):\n'
                  'A. RIGHT BREAST, 10:00, CORE: DUCTAL CARCINOMA IN SITU, LOW GRADE, ARI'
                  'SING IN A FIBROADENOMA.\n'),
                 {'L': '-', 'R': 'B'}, id='ver_v03'),
    pytest.param(('Amended report\n'
                  'Diagnosis (amended 02/03/2026):\n'
                  'Left breast, excision: Papilloma with usual ductal hyperplasia. No aty'
                  'pia.\n'
                  'Previous version:\n'
                  'Left breast, excision: Papilloma with atypical ductal hyperplasia.\n'),
                 {'L': 'B', 'R': '-'}, id='ver_v04'),
    pytest.param(('ADDENDUM REPORT (15/02/2026)\n'
                  'ADDENDUM: ER 8/8, PR 6/8, HER2 1+ (negative). The diagnosis is unchang'
                  'ed.\n'
                  'ORIGINAL DIAGNOSIS AS ISSUED 02/10/2026 (UNCHANGED):\n'
                  'LEFT BREAST, 2:00, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA, GRADE 2.\n'),
                 {'L': 'M', 'R': '-'}, id='ver_n01'),
    pytest.param(('TRANSLATED PATHOLOGY REPORT\n'
                  'ORIGINAL VERSION (Portuguese):\n'
                  'Mama direita, biópsia por agulha grossa: carcinoma ductal invasivo, gr'
                  'au 2.\n'
                  'ENGLISH TRANSLATION:\n'
                  'Right breast, core needle biopsy: invasive ductal carcinoma, grade 2.\n'),
                 {'L': '-', 'R': 'M'}, id='ver_n02'),
    pytest.param(('*** CORRECTED REPORT ***\n'
                  'PREVIOUS VERSION (03/02/2026) - SUPERSEDED:\n'
                  'BREAST, LEFT, 7:00, CORE BIOPSY: FIBROADENOMA.\n'
                  'CORRECTED DIAGNOSIS:\n'
                  'BREAST, RIGHT, 7:00, CORE BIOPSY: FIBROADENOMA.\n'),
                 {'L': '-', 'R': 'B'}, id='ver_n03'),
    pytest.param(('CONSULTATION REPORT\n'
                  'Outside material: 2 slides, 1 block (Harbour Pathology, ref HP26-112).'
                  '\n'
                  'Diagnosis rendered by referring laboratory (Harbour Pathology):\n'
                  'Right breast, core biopsy: ductal carcinoma in situ, intermediate grad'
                  'e.\n'
                  'CONSULTATION DIAGNOSIS:\n'
                  'Right breast, core biopsy: atypical ductal hyperplasia.\n'),
                 {'L': '-', 'R': 'B'}, id='ren_v01'),
    pytest.param(('SECOND OPINION\n'
                  'Interpretation rendered by submitting pathologist:\n'
                  'Left breast, excision: benign phyllodes tumour.\n'
                  'OUR DIAGNOSIS:\n'
                  'Left breast, excision: cellular fibroadenoma. Features do not reach ph'
                  'yllodes tumour.\n'),
                 {'L': 'B', 'R': '-'}, id='ren_v02'),
    pytest.param(('EXTERNAL REVIEW\n'
                  "Diagnosis rendered by outside institution (St Columba's):\n"
                  'Left breast core: invasive carcinoma NST, grade 2.\n'
                  'REVIEW DIAGNOSIS: Left breast core: invasive carcinoma NST, grade 2. A'
                  'gree.\n'),
                 {'L': 'M', 'R': '-'}, id='ren_v03'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Specimen: Left breast, 4:00, ultrasound-guided core biopsy.\n'
                  'Diagnosis rendered by Dr. M. Lopez, attending pathologist:\n'
                  'Left breast, 4:00, core biopsy: Invasive ductal carcinoma, grade 2.\n'
                  'Electronically signed 03/02/2026.\n'),
                 {'L': 'M', 'R': '-'}, id='ren_n01'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'FINAL DIAGNOSIS rendered by the attending pathologist after review of '
                  'all levels:\n'
                  'Right breast, excision: Fibroadenoma with usual ductal hyperplasia.\n'),
                 {'L': '-', 'R': 'B'}, id='ren_n02'),
    pytest.param(('CONSULTATION REPORT\n'
                  'Diagnosis rendered by submitting laboratory:\n'
                  'Left breast, core biopsy: fibroadenoma.\n'
                  'REVIEW DIAGNOSIS:\n'
                  'Right breast, core biopsy: invasive lobular carcinoma.\n'),
                 {'L': '-', 'R': 'M'}, id='ren_n03'),
    pytest.param(('COMPTE RENDU ANATOMO-PATHOLOGIQUE\n'
                  'Sein droit, macrobiopsies (3 carottes).\n'
                  "Conclusion: adénofibrome. Pas d'argument pour une tumeur phyllode.\n"),
                 {'L': '-', 'R': 'B'}, id='fr_v01'),
    pytest.param(('Lettre au médecin traitant\n'
                  'Résultat de la biopsie du sein gauche: hyperplasie canalaire atypique.'
                  '\n'
                  "J'ai expliqué à la patiente que ce n'est pas un cancer mais une lésion"
                  ' à surveiller.\n'),
                 {'L': 'B', 'R': '-'}, id='fr_v02'),
    pytest.param(('Sein gauche, biopsie: cicatrice radiaire sans atypie.\n'
                  'Commentaire au clinicien: lésion bénigne, pas un carcinome.\n'),
                 {'L': 'B', 'R': '-'}, id='fr_v03'),
    pytest.param(('Sein droit, tumorectomie:\n'
                  'Papillome intracanalaire.\n'
                  "Pas d'hyperplasie atypique. Pas d'image de carcinome in situ ou infilt"
                  'rant.\n'),
                 {'L': '-', 'R': 'B'}, id='fr_v04'),
    pytest.param(('CONCLUSION\n'
                  'Sein gauche, microbiopsies : adénofibrome.\n'
                  'Ce n’est pas une tumeur phyllode (pas d’hypercellularité stromale).\n'),
                 {'L': 'B', 'R': '-'}, id='fr_v05',
                 marks=pytest.mark.xfail(strict=True, reason=("review fr_v05 (french_negation): read {'L': 'BM', 'R': "
                                                         "'-'}; typograph"
                                                         'ic apostrophe n’est pas une tumeur phyllode; wrong at OLD and at the b'
                                                         "ranch: 'n'est pas une tumeur phyllode' (a word between the article and"
                                                         " the masked 'phyllode') is outside the rule's 'un(e) #' shape"))),
    pytest.param(('COMPTE RENDU\n'
                  'Sein gauche, exérèse:\n'
                  "Ce n'est pas un adénofibrome mais une tumeur phyllode bénigne de 45 mm"
                  '.\n'
                  'Limites saines.\n'),
                 {'L': 'M', 'R': '-'}, id='fr_n01'),
    pytest.param(('Sein droit, macrobiopsie:\n'
                  "Pas d'hyperplasie atypique, mais un carcinome canalaire in situ de bas"
                  ' grade étendu sur 6 mm.\n'),
                 {'L': '-', 'R': 'M'}, id='fr_n02'),
    pytest.param(('Sein gauche, tumorectomie:\n'
                  "Absence d'emboles vasculaires. Pas d'atteinte du mamelon.\n"
                  'Carcinome canalaire infiltrant de grade 2, 17 mm.\n'),
                 {'L': 'M', 'R': '-'}, id='fr_n03'),
    pytest.param(('Breast clinic note 04/03/2026\n'
                  'What the patient knows: lump left breast; her mother told her it is ca'
                  'ncer and she is very worried.\n'
                  'Result given: "Left breast, core biopsy: Fibroadenoma. No atypia."\n'),
                 {'L': 'B', 'R': '-'}, id='rel_v01'),
    pytest.param(('GP letter\n'
                  'She found a lump in the left breast; her sister said it was probably a'
                  ' cyst.\n'
                  'Core biopsy result (12/02/2026): "Left breast 2 o\'clock: Invasive duct'
                  'al carcinoma, grade 2."\n'),
                 {'L': 'M', 'R': '-'}, id='rel_v02'),
    pytest.param(('Note de consultation\n'
                  "La patiente est inquiète: sa mère lui a dit que c'était un cancer.\n"
                  'Résultat: « Sein droit, microbiopsies : adénofibrome. »\n'),
                 {'L': '-', 'R': 'B'}, id='rel_v03'),
    pytest.param(('Community health worker report\n'
                  'Lump right breast for 6 months. The neighbours said it could be cancer'
                  ' so she came.\n'
                  'Histology from district hospital: right breast lump excision - fibroad'
                  'enoma.\n'),
                 {'L': '-', 'R': 'B'}, id='rel_v04'),
    pytest.param(('Counselling note\n'
                  'Her friends said that this was cancer and she stopped eating.\n'
                  'Biopsy result explained: left breast, core - radial scar, no atypia.\n'),
                 {'L': 'B', 'R': '-'}, id='rel_v05'),
    pytest.param(('Note de consultation\n'
                  "Sa mère lui disait que c'était bénin, mais la biopsie montre un carcin"
                  'ome canalaire infiltrant du sein droit, grade 2.\n'),
                 {'L': '-', 'R': 'M'}, id='rel_n01'),
    pytest.param(('Breast clinic letter\n'
                  'Dear Dr Patel,\n'
                  'Her mother told her it was nothing, and the core biopsy reported invas'
                  'ive lobular carcinoma of the left breast.\n'
                  'Plan: MRI and MDT discussion.\n'),
                 {'L': 'M', 'R': '-'}, id='rel_n02'),
    pytest.param(('Family history: her mother said it was breast cancer that she had at 4'
                  '5.\n'
                  'DIAGNOSIS: Right breast, core biopsy: Fibroadenoma.\n'),
                 {'L': '-', 'R': 'B'}, id='rel_n03'),
    pytest.param(('Nursing note 02/03/2026: patient anxious, she is certain that it is ca'
                  'ncer despite reassurance.\n'
                  'Histology: "Right breast lump, excision: Fibroadenoma, 15 mm."\n'),
                 {'L': '-', 'R': 'B'}, id='sure_v01'),
    pytest.param(('Psychology referral\n'
                  'She remains convinced it is a phyllodes tumour after reading online.\n'
                  'Histology: left breast core - fibroadenoma, no stromal overgrowth.\n'),
                 {'L': 'B', 'R': '-'}, id='sure_v02'),
    pytest.param(('Family meeting note: they were sure the lump was cancer.\n'
                  "Core biopsy: Left breast 10 o'clock: fibroadenoma.\n"),
                 {'L': 'B', 'R': '-'}, id='sure_v03'),
    pytest.param(('SURGICAL PATHOLOGY - ADDENDUM\n'
                  'Original diagnosis: Left breast, core biopsy: atypical epithelial prol'
                  'iferation, levels requested.\n'
                  'ADDENDUM (05/03/2026): Dr Ruth Mensah (breast pathologist) has reviewe'
                  'd the levels; she is certain it is invasive ductal carcinoma, grade 1,'
                  ' 4 mm in the cores.\n'),
                 {'L': 'M', 'R': '-'}, id='sure_n01'),
    pytest.param(('CONSENSUS REVIEW\n'
                  'Right breast, excision: reviewed by three breast pathologists at the c'
                  'onsensus meeting; they are certain it is a benign phyllodes tumour, 38'
                  ' mm.\n'),
                 {'L': '-', 'R': 'M'}, id='sure_n02'),
    pytest.param(('Ward note: she is sure it is not cancer now.\n'
                  'DIAGNOSIS: Right breast, excision: Intraductal papilloma.\n'),
                 {'L': '-', 'R': 'B'}, id='sure_n03'),
    pytest.param(('Interpreter\'s note: "mai gan" is the word for cancer the patient used.'
                  '\n'
                  'Pathology: "Left breast, core biopsy: Fibroadenoma."\n'),
                 {'L': 'B', 'R': '-'}, id='word_v01'),
    pytest.param(("[Translator: 'kansa' is the local expression for cancer.]\n"
                  'Right breast, lump excision: Fibroadenoma. No malignancy.\n'),
                 {'L': '-', 'R': 'B'}, id='word_v02'),
    pytest.param(("Health literacy note: she uses 'the bad lump', her family's term for c"
                  'ancer.\n'
                  'Histology: Left breast, core: Sclerosing adenosis.\n'),
                 {'L': 'B', 'R': '-'}, id='word_v03'),
    pytest.param(('DIAGNOSIS: Left breast, core biopsy: Invasive carcinoma of no special '
                  'type (the current WHO term for invasive ductal carcinoma), grade 2.\n'),
                 {'L': 'M', 'R': '-'}, id='word_n01'),
    pytest.param(('DIAGNOSIS: Right breast, core biopsy: Complex sclerosing lesion (the t'
                  'erm for a large radial scar). No atypia.\n'),
                 {'L': '-', 'R': 'B'}, id='word_n02'),
    pytest.param(('Patient\'s account: "they took a piece from my left breast and checked '
                  'it for cancer".\n'
                  'Histology: "Left breast, core biopsy: Fibroadenoma."\n'),
                 {'L': 'B', 'R': '-'}, id='chk_v01'),
    pytest.param(('Clinic note: biopsy done last week, checking her for cancer; result to'
                  'day:\n'
                  '"Right breast, 9 o\'clock, core: Papilloma without atypia."\n'),
                 {'L': '-', 'R': 'B'}, id='chk_v02'),
    pytest.param(("Carer's note: the doctors checked for cancer in the left breast with a"
                  ' needle.\n'
                  'Result letter: left breast core biopsy - benign breast tissue only.\n'),
                 {'L': '-', 'R': '-'}, id='chk_v03'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  "Right breast, 10 o'clock, core biopsy:\n"
                  'Microscopy: ductal carcinoma in situ, high grade, comedo necrosis. Fur'
                  'ther levels checked for invasive carcinoma, which is present as a sing'
                  'le 1.5 mm focus.\n'
                  'DIAGNOSIS: see microscopy.\n'),
                 {'L': '-', 'R': 'M'}, id='chk_n01'),
    pytest.param(('Left breast, re-excision: Margins checked for DCIS: DCIS, intermediate'
                  ' grade, 0.5 mm from inferior margin.\n'),
                 {'L': 'M', 'R': '-'}, id='chk_n02'),
    pytest.param(('Right axillary sentinel node checked for carcinoma with keratin stains'
                  ': no metastatic carcinoma (0/2).\n'
                  'Right breast, wide local excision: Fibroadenoma.\n'),
                 {'L': '-', 'R': 'B'}, id='chk_n03'),
    pytest.param(('Clinic letter\n'
                  'The ultrasound looked like a fibroadenoma, so we did a core biopsy.\n'
                  'Core biopsy: "Left breast, 3 o\'clock: benign phyllodes tumour."\n'),
                 {'L': 'M', 'R': '-'}, id='look_v01'),
    pytest.param(('Patient\'s own words: "my scan looks rather like cancer, they said".\n'
                  'Histology: right breast core - fibroadenoma.\n'),
                 {'L': '-', 'R': 'B'}, id='look_v02'),
    pytest.param(('MDT summary: the MRI looked somewhat like DCIS.\n'
                  'Pathology: Left breast, vacuum biopsy: columnar cell change with flat '
                  'epithelial atypia. No DCIS.\n'),
                 {'L': 'B', 'R': '-'}, id='look_v03'),
    pytest.param(('Breast clinic letter\n'
                  'Dear Dr Obi,\n'
                  'The scan looked like a fibroadenoma and the core biopsy reported a ben'
                  'ign phyllodes tumour of the right breast.\n'
                  'Plan: wide excision.\n'),
                 {'L': '-', 'R': 'M'}, id='look_n01'),
    pytest.param(('Macroscopy: well-circumscribed rubbery lump, 20 mm; the lump looks lik'
                  'e a fibroadenoma on cut section.\n'
                  'DIAGNOSIS: Left breast lump, excision: Fibroadenoma.\n'),
                 {'L': 'B', 'R': '-'}, id='look_n02'),
    pytest.param(('Clinic letter after core biopsy\n'
                  'Result: right breast core biopsy - fibroepithelial lesion.\n'
                  'Explained: we cannot yet say whether it is a fibroadenoma or a phyllod'
                  'es tumour; excision advised.\n'),
                 {'L': '-', 'R': '?'}, id='cant_v01'),
    pytest.param(("Left breast, 1 o'clock, core biopsy:\n"
                  "Atypical intraductal epithelial proliferation. We can't tell if it is "
                  'ADH or low-grade DCIS on this material; excision recommended.\n'),
                 {'L': '?', 'R': '-'}, id='cant_v02'),
    pytest.param(('DIAGNOSIS: Left breast, re-excision: residual ductal carcinoma in situ'
                  ', intermediate grade, 9 mm.\n'
                  'Comment: we cannot say whether the DCIS is completely excised, as the '
                  'specimen was received in fragments.\n'),
                 {'L': 'M', 'R': '-'}, id='cant_n01'),
    pytest.param(('DIAGNOSIS:\n'
                  'Right breast, wide local excision: we cannot tell whether the invasive'
                  ' ductal carcinoma (grade 2, 14 mm) reaches the anterior margin, which '
                  'is cauterised.\n'),
                 {'L': '-', 'R': 'M'}, id='cant_n02'),
    pytest.param(('Left breast, excision: cannot say if the lesion was completely removed'
                  ' (fragmented).\n'
                  'Left breast, excision: intraductal papilloma.\n'),
                 {'L': 'B', 'R': '-'}, id='cant_n03'),
    pytest.param(('Operation note: Left breast lump excised; the clinical impression at s'
                  'urgery was of a fibroadenoma.\n'
                  'Histology: "Left breast lump: benign phyllodes tumour, 40 mm."\n'),
                 {'L': 'M', 'R': '-'}, id='imp_v01'),
    pytest.param(('Clinical impression is cancer; core biopsy requested.\n'
                  'Result: "Right breast core: Sclerosing adenosis and columnar cell chan'
                  'ge. No malignancy."\n'),
                 {'L': '-', 'R': 'B'}, id='imp_v02'),
    pytest.param(('Clinical impression during theatre was a cyst.\n'
                  'Histology: right breast lump - intraductal papilloma.\n'),
                 {'L': '-', 'R': 'B'}, id='imp_v03'),
    pytest.param(('HISTOLOGY REPORT\n'
                  'Left breast, wide local excision: the clinical impression was correct '
                  '- invasive ductal carcinoma, grade 2, 22 mm.\n'),
                 {'L': 'M', 'R': '-'}, id='imp_n01'),
    pytest.param(('Breast clinic letter\n'
                  'The clinical impression was of malignancy and the excision reports inv'
                  'asive lobular carcinoma of the right breast, 30 mm.\n'),
                 {'L': '-', 'R': 'M'}, id='imp_n02'),
    pytest.param(('Clinical impression was benign.\n'
                  'DIAGNOSIS: Left breast, core biopsy: Ductal carcinoma in situ, low gra'
                  'de.\n'),
                 {'L': 'M', 'R': '-'}, id='imp_n03'),
    pytest.param(('Referral for counselling: she is frightened of cancer and has not slep'
                  't.\n'
                  'Pathology: "Right breast, core biopsy: Fibroadenoma."\n'),
                 {'L': '-', 'R': 'B'}, id='afr_v01'),
    pytest.param(('Nurse note: patient scared of breast cancer because of the news.\n'
                  'Result: Left breast, core - papilloma, no atypia.\n'),
                 {'L': 'B', 'R': '-'}, id='afr_v02'),
    pytest.param(('Reason for second opinion: the family are afraid of a cancer being mis'
                  'sed.\n'
                  'Review diagnosis: Left breast core: fibroadenoma.\n'),
                 {'L': 'B', 'R': '-'}, id='afr_v03'),
    pytest.param(('She was afraid of cancer; the core biopsy shows invasive ductal carcin'
                  'oma of the left breast, grade 2.\n'),
                 {'L': 'M', 'R': '-'}, id='afr_n01'),
    pytest.param(('Right breast, core biopsy (patient frightened of needles, two passes o'
                  'nly): ductal carcinoma in situ, high grade.\n'),
                 {'L': '-', 'R': 'M'}, id='afr_n02'),
    pytest.param(('Letter: no longer afraid of cancer now, as the biopsy showed a fibroad'
                  'enoma on the right.\n'),
                 {'L': '-', 'R': 'B'}, id='afr_n03'),
    pytest.param(('Past history: breast cancer scare 2019 (left), reassured.\n'
                  'DIAGNOSIS: Right breast, core biopsy: Fibroadenoma.\n'),
                 {'L': '-', 'R': 'B'}, id='scr_v01'),
    pytest.param(('Rider\'s account: "after my cancer scares I get everything checked".\n'
                  'Histology: left breast core: radial scar.\n'),
                 {'L': 'B', 'R': '-'}, id='scr_v02'),
    pytest.param(('Social history: her sister had a DCIS scare last year.\n'
                  'Left breast, core biopsy: Fibroadenoma.\n'),
                 {'L': 'B', 'R': '-'}, id='scr_v03'),
    pytest.param(('Left breast, wide local excision: Invasive lobular carcinoma, 18 mm. S'
                  'car from the previous biopsy present.\n'),
                 {'L': 'BM', 'R': '-'}, id='scr_n01',
                 marks=pytest.mark.xfail(strict=True, reason=("review scr_n01 (cancer_scare): read {'L': 'M', 'R': '-'"
                                                         '}; ILC and the '
                                                         "biopsy scar, no scare; wrong at OLD too: 'Scar from the previous biops"
                                                         "y' is not read as the benign scar"))),
    pytest.param(('Right breast, core: invasive ductal carcinoma, grade 3. (The patient m'
                  'entions a previous cancer scare.)\n'),
                 {'L': '-', 'R': 'M'}, id='scr_n02'),
    pytest.param(('Request form: clinical details: Paget disease of the left breast?\n'
                  'Left nipple, punch biopsy: Spongiotic dermatitis. No Paget cells (CK7 '
                  'negative).\n'),
                 {'L': '-', 'R': '-'}, id='q_v01'),
    pytest.param(('Clinical question: [DCIS of the right breast ?]\n'
                  'Right breast, vacuum biopsy: Columnar cell change without atypia.\n'),
                 {'L': '-', 'R': 'B'}, id='q_v02'),
    pytest.param(('Indication: inflammatory carcinoma of the left breast?\n'
                  'Left breast, skin punch: dermal oedema, no tumour emboli.\n'
                  'Left breast, core: fibrocystic change.\n'),
                 {'L': '-', 'R': '-'}, id='q_v03'),
    pytest.param(('DIAGNOSIS: Invasive ductal carcinoma of the right breast (? multifocal'
                  ' on imaging), grade 2, 19 mm.\n'),
                 {'L': '-', 'R': 'M'}, id='q_n01'),
    pytest.param(('Clinical question: recurrence of carcinoma of the left breast?\n'
                  'DIAGNOSIS: Left chest wall / breast, core: recurrent invasive ductal c'
                  'arcinoma, grade 3.\n'),
                 {'L': 'M', 'R': '-'}, id='q_n02'),
    pytest.param(('DIAGNOSIS: Left breast, excision: Invasive lobular carcinoma of the le'
                  'ft breast? No - pleomorphic lobular carcinoma in situ only, with no in'
                  'vasion.\n'),
                 {'L': 'B', 'R': '-'}, id='q_n03',
                 marks=pytest.mark.xfail(strict=True, reason=("review q_n03 (query_of_breast): read {'L': '-', 'R': '-"
                                                         "'}; the questio"
                                                         "n answered no: LCIS only; wrong at OLD (M) and now '-': the ILC is rig"
                                                         "htly a query now, but the LCIS after 'No -' is read negated at both"))),
    pytest.param(('Documents supplied:\n'
                  '  * Breast clinic letter 10/01/2026: "right breast 9 o\'clock lump, ?fi'
                  'broadenoma vs phyllodes tumour, for core biopsy."\n'
                  '  * Pathology: "Right breast, 9 o\'clock, core biopsy: Fibroadenoma."\n'),
                 {'L': '-', 'R': 'B'}, id='fcb_v01'),
    pytest.param(('Referral summary: left breast calcifications, ?DCIS vs columnar cell c'
                  'hange; referred for stereotactic-guided vacuum biopsy.\n'
                  'Result: Left breast, VAB: columnar cell change with FEA. No DCIS.\n'),
                 {'L': 'B', 'R': '-'}, id='fcb_v02'),
    pytest.param(('Imaging summary: right breast mass, radial scar vs carcinoma, for US-g'
                  'uided core biopsy.\n'
                  'Pathology: right breast core: radial scar, no atypia.\n'),
                 {'L': '-', 'R': 'B'}, id='fcb_v03'),
    pytest.param(('CYTOLOGY REPORT\n'
                  "Right breast, 12 o'clock, FNA: atypical papillary cell groups (C3), ?p"
                  'apilloma vs papillary carcinoma, for core biopsy.\n'),
                 {'L': '-', 'R': '?'}, id='fcb_n01'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  "Left breast, 2 o'clock, core biopsy: fibroepithelial lesion, B3; fibro"
                  'adenoma vs phyllodes tumour, for vacuum biopsy or excision.\n'),
                 {'L': '?', 'R': '-'}, id='fcb_n02'),
    pytest.param(('Left breast, core biopsy: papilloma vs papillary carcinoma, for excisi'
                  'on.\n'),
                 {'L': '?', 'R': '-'}, id='fcb_n03'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Clinical history: 54F, screen-detected left breast mass.\n'
                  "Specimen: left breast, 2 o'clock, core biopsy x4.\n"
                  'Microscopy: infiltrating cords and tubules of moderately pleomorphic c'
                  'ells.\n'
                  "DIAGNOSIS: Left breast, 2 o'clock, core biopsy: Invasive ductal carcin"
                  'oma, grade 2.\n'),
                 {'L': 'M', 'R': '-'}, id='or01'),
    pytest.param(('HISTOPATHOLOGY\n'
                  'Specimen: Right breast lump excision.\n'
                  'Macroscopy: well-circumscribed nodule 22 mm.\n'
                  'Diagnosis: Right breast, excision: Fibroadenoma. No atypia.\n'),
                 {'L': '-', 'R': 'B'}, id='or02'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  'A. Left breast, wide local excision: Ductal carcinoma in situ, high nu'
                  'clear grade, 25 mm, margins clear (closest 3 mm).\n'
                  'B. Left axillary sentinel node: no metastasis (0/2).\n'),
                 {'L': 'M', 'R': '-'}, id='or03'),
    pytest.param(('Clinical details: right nipple discharge.\n'
                  'DIAGNOSIS: Right breast, microdochectomy: Intraductal papilloma with u'
                  'sual ductal hyperplasia.\n'),
                 {'L': '-', 'R': 'B'}, id='or04'),
    pytest.param(('DIAGNOSIS:\n'
                  '1. Left breast, core biopsy: Invasive lobular carcinoma, classic type,'
                  ' with lobular carcinoma in situ.\n'
                  '2. Right breast, core biopsy: Fibrocystic change.\n'),
                 {'L': 'BM', 'R': '-'}, id='or05'),
    pytest.param(('Clinical history: previous right breast cancer 2017.\n'
                  "DIAGNOSIS: Left breast, 10 o'clock, core biopsy: Benign breast tissue "
                  'with fibrocystic change.\n'),
                 {'L': '-', 'R': '-'}, id='or06'),
    pytest.param(('Specimen: bilateral reduction mammoplasty.\n'
                  'DIAGNOSIS:\n'
                  'Left breast reduction: Benign breast tissue; fibrocystic change.\n'
                  'Right breast reduction: Fibroadenoma, 6 mm, incidental.\n'),
                 {'L': '-', 'R': 'B'}, id='or07'),
    pytest.param(('Right breast, vacuum-assisted biopsy for calcifications:\n'
                  'Columnar cell change with flat epithelial atypia and associated calcif'
                  'ications. No DCIS.\n'),
                 {'L': '-', 'R': 'B'}, id='or08'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'DIAGNOSIS: Left breast, simple mastectomy: Residual invasive carcinoma'
                  ' NST, 9 mm, post neoadjuvant therapy (ypT1b); biopsy site changes.\n'),
                 {'L': 'BM', 'R': '-'}, id='or09'),
    pytest.param(('DIAGNOSIS: Right breast, excision: Benign phyllodes tumour, 48 mm, mar'
                  'gins clear.\n'),
                 {'L': '-', 'R': 'M'}, id='or10'),
    pytest.param(('Left breast, core biopsy:\n'
                  'Atypical ductal hyperplasia involving a radial scar.\n'
                  'B3. Recommend vacuum-assisted excision.\n'),
                 {'L': 'B', 'R': '-'}, id='or11'),
    pytest.param(('Specimen: left breast abscess drainage tissue.\n'
                  'DIAGNOSIS: Acute and chronic inflammation with abscess formation; duct'
                  ' ectasia. No malignancy.\n'),
                 {'L': '-', 'R': '-'}, id='or12'),
    pytest.param(('DIAGNOSIS: Right breast, core biopsy: Mucinous carcinoma, grade 1.\n'
                  'Comment: ER positive, HER2 negative to follow.\n'),
                 {'L': '-', 'R': 'M'}, id='or13'),
    pytest.param(('Clinical history: left breast lump.\n'
                  'DIAGNOSIS: Left breast, excision: Fat necrosis and foreign body reacti'
                  'on. No malignancy.\n'),
                 {'L': '-', 'R': '-'}, id='or14'),
    pytest.param(('DIAGNOSIS: Left nipple, biopsy: Paget disease of the nipple, with unde'
                  'rlying ductal carcinoma in situ.\n'),
                 {'L': 'M', 'R': '-'}, id='or15'),
    pytest.param(("Right breast, 3 o'clock, core: Sclerosing adenosis with microcalcifica"
                  'tions.\n'
                  "Left breast, 9 o'clock, core: Simple cyst wall, no epithelial atypia.\n"),
                 {'L': 'B', 'R': 'B'}, id='or16'),
    pytest.param(('ADDENDUM: Receptor studies: ER 8/8, PR 7/8, HER2 negative (IHC 1+).\n'
                  'ORIGINAL DIAGNOSIS: Right breast, core biopsy: Invasive ductal carcino'
                  'ma, grade 1.\n'),
                 {'L': '-', 'R': 'M'}, id='or17'),
    pytest.param(('DIAGNOSIS: Left breast, excision: Periductal mastitis. No evidence of '
                  'malignancy.\n'),
                 {'L': 'B', 'R': '-'}, id='or18'),
    pytest.param(('DIAGNOSIS: Right breast, core biopsy: Metastatic melanoma to the breas'
                  't (S100 and SOX10 positive).\n'),
                 {'L': '-', 'R': 'M'}, id='or19'),
    pytest.param(('Bilateral breast core biopsies:\n'
                  'Left: Atypical lobular hyperplasia.\n'
                  'Right: Invasive ductal carcinoma, grade 3, with high-grade DCIS.\n'),
                 {'L': 'B', 'R': 'M'}, id='or20'),
    pytest.param(('Clinic note 06/03/2026\n'
                  'Her aunt said it was just a cyst, and the excision reported a benign p'
                  'hyllodes tumour of the left breast, 41 mm.\n'),
                 {'L': 'M', 'R': '-'}, id='px_rel_01'),
    pytest.param(('Note de consultation\n'
                  "Sa voisine lui a dit que c'était un kyste, mais la biopsie du sein gau"
                  'che conclut à un carcinome lobulaire infiltrant.\n'),
                 {'L': 'M', 'R': '-'}, id='px_rel_02'),
    pytest.param(('Operation summary: clinical impression at operation was benign and the'
                  ' histology reports a benign phyllodes tumour of the right breast, 52 m'
                  'm.\n'),
                 {'L': '-', 'R': 'M'}, id='px_imp_01'),
    pytest.param(('Left breast, re-excision: cannot tell whether this is residual ductal '
                  'carcinoma in situ or a new focus of ductal carcinoma in situ; 6 mm, ma'
                  'rgins clear.\n'),
                 {'L': 'M', 'R': '-'}, id='px_cant_01'),
    pytest.param(("Right breast, 4 o'clock, core biopsy: fibroepithelial lesion.\n"
                  'Comment to clinician in the diagnosis: we cannot yet say if it is a fi'
                  'broadenoma or a phyllodes tumour; excision advised.\n'),
                 {'L': '-', 'R': '?'}, id='px_cant_02'),
    pytest.param(('Sein droit, tumorectomie:\n'
                  "Ce n'est pas un carcinome lobulaire mais un carcinome canalaire infilt"
                  'rant de grade 2, 16 mm.\n'),
                 {'L': '-', 'R': 'M'}, id='px_fr_01'),
    pytest.param(('Sein gauche, macrobiopsies:\n'
                  "Mastopathie fibrokystique. Pas d'atypie; pas d'argument pour un carcin"
                  'ome.\n'),
                 {'L': '-', 'R': '-'}, id='px_fr_02'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Diagnosis rendered by Dr. K. Sato (breast pathology):\n'
                  'Right breast, 8:00, core biopsy: Ductal carcinoma in situ, high grade.'
                  '\n'),
                 {'L': '-', 'R': 'M'}, id='px_ren_01'),
    pytest.param(('DIAGNOSIS: Invasive lobular carcinoma of the left breast (? bilateral '
                  'on MRI), classic type, 30 mm.\n'),
                 {'L': 'M', 'R': '-'}, id='px_q_01'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  "Right breast, 10 o'clock, core biopsy: papillary lesion, B3; papilloma"
                  ' vs papillary carcinoma, for vacuum biopsy.\n'),
                 {'L': '-', 'R': '?'}, id='px_fcb_01'),
    pytest.param(('Referral: right breast mass, ?fibroadenoma vs phyllodes tumour, for ul'
                  'trasound-guided core biopsy.\n'
                  'Pathology: Right breast core: Fibroadenoma.\n'),
                 {'L': '-', 'R': 'B'}, id='px_fcb_02'),
    pytest.param(('Clinic letter\n'
                  'The ultrasound looked like a simple cyst and the excision reported an '
                  'intraductal papilloma of the right breast.\n'),
                 {'L': '-', 'R': 'B'}, id='px_look_01'),
    pytest.param(('ADDENDUM\n'
                  'The reviewing pathologist, Dr Ama Owusu, has examined the further leve'
                  'ls; she is sure it is ductal carcinoma in situ, high grade, 12 mm.\n'
                  "Specimen: Right breast, 11 o'clock, core biopsy.\n"),
                 {'L': '-', 'R': 'M'}, id='px_sure_01'),
    pytest.param(('Nursing note: she is still convinced it is cancer.\n'
                  'Histology: Left breast core: Fibroadenoma.\n'),
                 {'L': 'B', 'R': '-'}, id='px_sure_02'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
