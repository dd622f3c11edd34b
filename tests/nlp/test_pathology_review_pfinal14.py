"""Final measurement review p-final-14 (pathology), pinned at the stop's last rules.

What was reviewed: 162 texts written blind from the labelling guide (132 aimed at the eight rules of b131-b132, with
variants and near misses, and 30 ordinary reports), read by the stop's start 53d3ed6 and by f7d31b2 (dev-p131b, after
the narrowing of review p131). The rules: a history's "query" before its entity; lay hearsay and a quoted worry; an
examination's "scar healing well"; "light" no side word; a breast named only as normal or unaffected passed over; ill-
health retirement and adoption health reports read like medico-legal records; "reported in version N as" as an earlier
reading; curly quotes and guillemets split off words. All 30 ordinary reports read right at both revisions.

What was found: no over-reach and no text newly wrong; 29 texts newly right (122 right at 53d3ed6, 151 at f7d31b2). The
reviewer corrected 26 of their own labels from the guide's words before classifying (fat necrosis, PASH, mastitis and
the like never label; benign phyllodes is malignant; a node-only specimen labels no breast).

What is left, as strict xfails: under-reaches of the stop's rules ("Well-healed left breast scar", the field "Scar:
healing well", the dictated "Lgt breast", an applicant's statement above a retirement form's numbered items) and older
behaviour (reports that read nothing, a quote introduced as an earlier report read as current, a normal-breast sentence
that says more keeping the nearest side, by design)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('SURGICAL PATHOLOGY REPORT - Northgate University Hospital\n'
                  'Clinical history: Left breast calcifications, M4, query DCIS.\n'
                  'Specimen: Left breast, stereotactic core biopsy x 6 (calcification cor'
                  'es separated).\n'
                  'Microscopy: Cores of breast tissue showing columnar cell change with l'
                  'uminal microcalcification. No atypia. No in situ or invasive carcinoma'
                  '.\n'
                  'Diagnosis: Left breast, stereotactic core biopsy: Columnar cell change'
                  ' with calcification. No atypia. B2.'),
                 {'L': 'B', 'R': '-'}, id='F01'),
    pytest.param(("Histopathology, St Brendan's\n"
                  "History: R breast 2 o'clock mass 18 mm, U3, query of fibroadenoma vers"
                  'us phyllodes.\n'
                  'Specimen: right breast US-guided 14G core x3.\n'
                  'Micro: Infiltrating nests and cords of moderately pleomorphic ductal c'
                  'ells in a desmoplastic stroma, mitoses 8/10 hpf.\n'
                  "DIAGNOSIS: Right breast, 2 o'clock, core biopsy: Invasive ductal carci"
                  'noma (NST), grade 2. B5b.'),
                 {'L': '-', 'R': 'M'}, id='F02'),
    pytest.param(('CYTOLOGY REPORT\n'
                  'Clinical details: L breast lump UOQ 15 mm, query for malignancy, pleas'
                  'e report urgently.\n'
                  'Specimen: Left breast FNA, 2 air-dried and 2 alcohol-fixed slides.\n'
                  'Report: Cohesive sheets of bland ductal epithelial cells with numerous'
                  ' bare bipolar nuclei and fragments of fibromyxoid stroma. Appearances '
                  'are those of a fibroadenoma.\n'
                  'Conclusion: Left breast FNA: benign, C2 (consistent with fibroadenoma)'
                  '.'),
                 {'L': 'B', 'R': '-'}, id='F03'),
    pytest.param(('Pathology addendum\n'
                  'Specimen: Right breast, wide local excision.\n'
                  'The surgeon asked whether the posterior margin is involved. In answer '
                  'to the query, DCIS is present at the posterior margin (0 mm), intermed'
                  'iate nuclear grade, cribriform.\n'
                  'Final diagnosis: Right breast WLE: ductal carcinoma in situ, intermedi'
                  'ate grade, 22 mm, involving the posterior margin.'),
                 {'L': '-', 'R': 'M'}, id='F04'),
    pytest.param(('Clinical information: Screen-detected left\n'
                  'breast architectural distortion 11 mm, query\n'
                  'radial scar.\n'
                  'Specimen: Left breast, vacuum-assisted biopsy, 12 cores.\n'
                  'Microscopy: A radial scar with central fibroelastotic core and radiati'
                  'ng ducts showing usual epithelial hyperplasia. No atypia. No malignanc'
                  'y.\n'
                  'Diagnosis: Left breast VAB: Radial scar without atypia (B3).'),
                 {'L': 'B', 'R': '-'}, id='F05'),
    pytest.param(('Department of Anatomical Pathology\n'
                  'Clinical notes: Left breast mass 30 mm, irregular, ?lobular.\n'
                  'Diagnosis: Left breast, core biopsy: Invasive carcinoma, query lobular'
                  ' carcinoma (E-cadherin to follow), grade 2.\n'
                  'Comment: Supplementary report will be issued with immunohistochemistry'
                  '.'),
                 {'L': 'M', 'R': '-'}, id='F06'),
    pytest.param(('Clinical: Bilateral screening recall. R calcs upper outer quadrant que'
                  'ry DCIS; L 9 mm mass query fibroadenoma.\n'
                  'A. Right breast stereotactic core: Ductal carcinoma in situ, intermedi'
                  'ate grade, solid and cribriform, with calcification.\n'
                  'B. Left breast US core: Fibroadenoma.'),
                 {'L': 'B', 'R': 'M'}, id='F07'),
    pytest.param(('Specimen: Right breast, core biopsy.\n'
                  'Diagnosis: Right breast, core: Ductal carcinoma in situ, high grade, c'
                  'omedo type. Query microinvasion - see comment.\n'
                  'Comment: One focus at the edge of a duct is suspicious for microinvasi'
                  'on but levels and p63 show retained myoepithelium. No definite invasio'
                  'n is identified.'),
                 {'L': '-', 'R': 'M'}, id='F08'),
    pytest.param(('CLINICAL QUERY: ?recurrence at previous left WLE site\n'
                  'Previous: left breast IDC 2019, WLE and RT.\n'
                  "Specimen: Left breast, 4 o'clock, US core x3.\n"
                  'Microscopy: Fat necrosis with foamy histiocytes, hyalinised fibrosis a'
                  'nd radiation-type atypia of stroma. No carcinoma.\n'
                  'Diagnosis: Left breast core: fat necrosis and post-radiotherapy change'
                  's. No evidence of recurrence. B2.'),
                 {'L': '-', 'R': '-'}, id='F09'),
    pytest.param(('Request form: L breast red, hot, tender, query abscess / query inflamm'
                  'atory carcinoma.\n'
                  'Specimen: Left breast, core biopsy and pus aspirate.\n'
                  'Diagnosis: Left breast core: Acute and chronic inflammation with absce'
                  'ss formation. No malignancy seen. Cultures sent to microbiology.'),
                 {'L': '-', 'R': '-'}, id='F10'),
    pytest.param(('Clinical history: 46F, right breast lump, clinically query fibroadenom'
                  'a query phyllodes.\n'
                  'Macroscopy: 3 cores, 12-16 mm.\n'
                  'Microscopy: Fibroepithelial lesion with intracanalicular pattern, stro'
                  'ma of low cellularity, no mitoses, no leaf-like architecture.\n'
                  'Diagnosis: Right breast core: Fibroadenoma. B2.'),
                 {'L': '-', 'R': 'B'}, id='F11'),
    pytest.param(('Clinical history: L nipple discharge, bloody, query intraductal papill'
                  'oma.\n'
                  'Specimen: Left breast microdochectomy.\n'
                  'Microscopy: A papillary lesion within a dilated duct lacking myoepithe'
                  'lial cells on p63 and CK5/6, with monotonous low-grade cells.\n'
                  'Diagnosis: Left breast microdochectomy: Encapsulated papillary carcino'
                  'ma, low grade, completely excised.'),
                 {'L': 'M', 'R': '-'}, id='F12'),
    pytest.param(('The clinical query is whether this could be a phyllodes tumour.\n'
                  "Specimen: Right breast, 8 o'clock, core biopsy.\n"
                  'Diagnosis: Right breast core: Fibroepithelial lesion, favour fibroaden'
                  'oma; stromal cellularity not increased. B2.'),
                 {'L': '-', 'R': 'B'}, id='F13'),
    pytest.param(('Hx: R breast 40 mm mass, skin tethering, axillary node 15 mm, qry carc'
                  'inoma qry lymphoma.\n'
                  'Specimen: (A) Right breast core (B) Right axillary node core.\n'
                  'Diagnosis: A. Right breast core: Invasive ductal carcinoma, grade 3, E'
                  'R negative. B. Right axillary lymph node core: Metastatic carcinoma.'),
                 {'L': '-', 'R': 'M'}, id='F14'),
    pytest.param(('Clinical history (via interpreter): 23 year old, right breast lump 2 c'
                  'm, 6 months. Sister reports "people say it is cancer" and the patient '
                  'is very frightened.\n'
                  'Specimen: Right breast, excision biopsy.\n'
                  'Diagnosis: Right breast, excision biopsy: Fibroadenoma, 24 mm, complet'
                  'ely excised.'),
                 {'L': '-', 'R': 'B'}, id='F15'),
    pytest.param(("Referral (translated from Spanish): Paciente preocupada - 'la gente di"
                  "ce que es cáncer' [people say it is cancer].\n"
                  'Specimen: Left breast FNA.\n'
                  'Report: Abundant proteinaceous fluid with foamy macrophages and apocri'
                  'ne cells. No epithelial atypia.\n'
                  'Conclusion: Left breast aspirate: benign cyst contents (C2).'),
                 {'L': 'B', 'R': '-'}, id='F16'),
    pytest.param(('Clinical history: Mother says people said it was cancer and that she s'
                  'hould not come to hospital. Left breast 5 cm mass, discharging.\n'
                  'Diagnosis: Left breast, core biopsy: Granulomatous lobular mastitis. S'
                  'pecial stains for AFB and fungi negative. No malignancy.'),
                 {'L': '-', 'R': '-'}, id='F17'),
    pytest.param(('Clinical history: The GP says it is a fibroadenoma clinically; patient'
                  ' keen for removal. Right breast 2 cm mobile lump.\n'
                  'Specimen: Right breast lump excision.\n'
                  'Diagnosis: Right breast excision: Invasive ductal carcinoma, grade 1, '
                  '14 mm, margins clear (nearest 3 mm posterior).'),
                 {'L': '-', 'R': 'M'}, id='F18'),
    pytest.param(('Clinical details: Previous left WLE for DCIS 2021. New firm area at sc'
                  'ar; she is worried that “it is cancer back again”.\n'
                  'Specimen: Left breast core at scar.\n'
                  'Diagnosis: Left breast core: Fat necrosis and scar tissue. No recurren'
                  't carcinoma.'),
                 {'L': 'B', 'R': '-'}, id='F19'),
    pytest.param(("Clinical details: Patient worried that 'it was cancer all along' after"
                  " her friend's diagnosis. Left breast 12 mm lump.\n"
                  'Specimen: Left breast core.\n'
                  'Diagnosis: Left breast core biopsy: Fibroadenoma. B2.'),
                 {'L': 'B', 'R': '-'}, id='F20'),
    pytest.param(('Clinical history: Surgeon worried that this was a carcinoma clinically'
                  ' (hard, fixed, 3 cm). Right breast.\n'
                  'Diagnosis: Right breast, core biopsy: Invasive lobular carcinoma, clas'
                  'sic type, grade 2.'),
                 {'L': '-', 'R': 'M'}, id='F21'),
    pytest.param(('Comment from MDT request: We were worried that it was DCIS on imaging '
                  '(segmental calcification).\n'
                  'Specimen: Left breast, wire-guided excision.\n'
                  'Diagnosis: Left breast wide excision: Atypical ductal hyperplasia with'
                  ' calcification, 4 mm, completely excised. No in situ or invasive carci'
                  'noma.'),
                 {'L': 'B', 'R': '-'}, id='F22'),
    pytest.param(('Clinical history: Patient worried that "the lump is cancer" - hard 25 '
                  'mm mass left UOQ.\n'
                  'Diagnosis: Left breast core: Invasive carcinoma of no special type, gr'
                  'ade 3.'),
                 {'L': 'M', 'R': '-'}, id='F23'),
    pytest.param(('Clinical history: Right breast lump 3 cm. Her neighbours say it is can'
                  'cer and she stopped eating.\n'
                  'Diagnosis: Right breast core biopsy: Lactating adenoma. No malignancy.'),
                 {'L': '-', 'R': '-'}, id='F24'),
    pytest.param(('Clinical: 31F, L breast lump; people said it was just a fibroadenoma s'
                  'o she waited a year.\n'
                  'Specimen: Left breast core biopsy x4.\n'
                  'Diagnosis: Left breast core: Invasive ductal carcinoma, grade 3, tripl'
                  'e negative on IHC.'),
                 {'L': 'M', 'R': '-'}, id='F25'),
    pytest.param(('MDM outcome note appended to histology:\n'
                  'At the MDM, people thought it was DCIS rather than ADH given the exten'
                  't on the cores.\n'
                  'Final diagnosis: Right breast VAB: Low grade ductal carcinoma in situ,'
                  ' cribriform type, with calcification.'),
                 {'L': '-', 'R': 'M'}, id='F26'),
    pytest.param(("Clinical notes: Patient states 'people in my village think the lump is"
                  " cancer'. Right breast lump 15 mm.\n"
                  'Diagnosis: Right breast core: Fibrocystic change with apocrine metapla'
                  'sia. B2.'),
                 {'L': '-', 'R': '-'}, id='F27'),
    pytest.param(("Clinical history: Husband says it is cancer, as his sister's was. Left"
                  ' breast nipple inversion.\n'
                  'Diagnosis: Left breast retroareolar core: Duct ectasia with periductal'
                  ' mastitis. No malignancy.'),
                 {'L': 'B', 'R': '-'}, id='F28'),
    pytest.param(('Oncology follow-up letter\n'
                  'Examination: Left breast scar healing well, no seroma, axilla soft.\n'
                  'Histology (from the final report): Left breast, wide local excision: I'
                  'nvasive ductal carcinoma, grade 2, 15 mm, margins clear. Sentinel node'
                  's 0/2.'),
                 {'L': 'M', 'R': '-'}, id='F29'),
    pytest.param(('Post-operative review\n'
                  'On examination the right breast scar has healed well. Seroma aspirated'
                  ' 40 ml.\n'
                  'Pathology: Right breast, mastectomy: Ductal carcinoma in situ, high gr'
                  'ade, 45 mm; no invasion. Nodes 0/3.'),
                 {'L': '-', 'R': 'M'}, id='F30',
                 marks=pytest.mark.xfail(strict=True, reason=("review F30 (3): read {'L': '-', 'R': '-'}; older: "
                                                          'the "Pathology: Right breast, mastectomy" line rea'
                                                          'ds nothing even without the scar sentence'))),
    pytest.param(('Clinic note: Well-healed left breast scar, no nodularity.\n'
                  'Histopathology discussed: Left breast WLE - Invasive lobular carcinoma'
                  ' 22 mm, grade 2, margins clear.'),
                 {'L': 'M', 'R': '-'}, id='F31',
                 marks=pytest.mark.xfail(strict=True, reason=("review F31 (3): read {'L': 'BM', 'R': '-'}; under-"
                                                          'reach of rule 3: "Well-healed left breast scar" ha'
                                                          's the words before the noun'))),
    pytest.param(('Specimen: Right breast, re-excision of previous biopsy site.\n'
                  'Diagnosis: Right breast, re-excision: Biopsy scar healing well, with g'
                  'ranulation tissue, haemosiderin-laden macrophages and foreign body gia'
                  'nt cells. No residual atypia or carcinoma.'),
                 {'L': '-', 'R': 'B'}, id='F32'),
    pytest.param(('Clinical history: Previous left WLE 2023, scar healing well. Now new 8'
                  " mm lump at 2 o'clock, separate from scar.\n"
                  "Specimen: Left breast, 2 o'clock core.\n"
                  'Diagnosis: Left breast core: Fibroadenoma. B2.'),
                 {'L': 'B', 'R': '-'}, id='F33'),
    pytest.param(('Nurse-led wound clinic\n'
                  'Wound check: scar healing well, steri-strips removed.\n'
                  'Histology result given: Right breast, wide local excision: Invasive du'
                  'ctal carcinoma, grade 3, 19 mm; margins clear.'),
                 {'L': '-', 'R': 'M'}, id='F34'),
    pytest.param(('Surgical review, day 14\n'
                  'Scar: healing well, no erythema.\n'
                  'Histology: Left breast, wide local excision: Ductal carcinoma in situ,'
                  ' intermediate grade, 18 mm, margins > 2 mm.'),
                 {'L': 'M', 'R': '-'}, id='F35',
                 marks=pytest.mark.xfail(strict=True, reason=("review F35 (3): read {'L': 'BM', 'R': '-'}; under-"
                                                          'reach of rule 3: the field form "Scar: healing wel'
                                                          'l"'))),
    pytest.param(('Plastic surgery clinic\n'
                  'Examination: Abdominal donor-site scar healing well; flap viable.\n'
                  'Histology of the right mastectomy: Invasive ductal carcinoma, grade 2,'
                  ' 28 mm; 1/3 sentinel nodes with macrometastasis.'),
                 {'L': '-', 'R': 'M'}, id='F36'),
    pytest.param(('Microscopy: Right breast re-excision. The previous biopsy scar is heal'
                  'ing well, with granulation tissue and haemosiderin. Residual ductal ca'
                  'rcinoma in situ, high grade, is present 1 mm from the new superior mar'
                  'gin.\n'
                  'Diagnosis: Right breast re-excision: residual high grade DCIS; biopsy-'
                  'site changes.'),
                 {'L': '-', 'R': 'BM'}, id='F37'),
    pytest.param(('Clinic letter to GP\n'
                  'The left breast scar is healing well and she has full shoulder movemen'
                  't.\n'
                  'Her histology showed a 12 mm grade 1 invasive tubular carcinoma of the'
                  ' left breast with clear margins and negative sentinel node.'),
                 {'L': 'M', 'R': '-'}, id='F38'),
    pytest.param(('Examination: Left breast scar healing, some induration at the lateral '
                  'end.\n'
                  'Histology: Left breast, core at scar: fat necrosis. No malignancy.'),
                 {'L': '-', 'R': '-'}, id='F39'),
    pytest.param(('Part 3 - Examination findings\n'
                  '3.1 Left breast scar well healed, non-tender.\n'
                  '3.2 Left axilla: no lymphadenopathy.\n'
                  'Part 4 - Histology (quoted): "Left breast, wide local excision: Invasi'
                  've ductal carcinoma, grade 2, 21 mm, margins clear."\n'),
                 {'L': 'M', 'R': '-'}, id='F40'),
    pytest.param(('GP summary\n'
                  'O/E: right mastectomy scar well-healed; no chest wall nodules.\n'
                  'Histology 2025: Right breast mastectomy - multifocal invasive lobular '
                  'carcinoma, largest focus 32 mm.'),
                 {'L': '-', 'R': 'M'}, id='F41'),
    pytest.param(('Follow-up clinic\n'
                  "Right breast scar healing well. Left breast: new 1 cm lump at 6 o'cloc"
                  'k.\n'
                  'Right breast WLE histology: Invasive ductal carcinoma, grade 2, 16 mm,'
                  ' margins clear.\n'
                  "Left breast 6 o'clock core today: Fibroadenoma."),
                 {'L': 'B', 'R': 'M'}, id='F42'),
    pytest.param(('Haematopathology consultation\n'
                  "Specimen: Right breast, 10 o'clock, core biopsy.\n"
                  'Flow cytometry: CD19+, CD20+, CD5-, CD10-, kappa light chain restricte'
                  'd B-cell population (62%).\n'
                  'Impression: Low-grade B-cell lymphoma, consistent with extranodal marg'
                  'inal zone lymphoma (MALT lymphoma).'),
                 {'L': '-', 'R': 'M'}, id='F43'),
    pytest.param(('Specimen received: right breast core x 4.\n'
                  'Light microscopy: Sections show sheets of large atypical lymphoid cell'
                  's with vesicular nuclei and prominent nucleoli, CD20 positive, Ki-67 9'
                  '0%.\n'
                  'Diagnosis: Diffuse large B-cell lymphoma, non-GCB type.'),
                 {'L': '-', 'R': 'M'}, id='F44'),
    pytest.param(('DICTATED REPORT - transcription unchecked\n'
                  "Lght breast, 10 o'clock core: fibroepithelial lesion with bland stroma"
                  ', consistent with fibroadenoma. B2.'),
                 {'L': 'B', 'R': '-'}, id='F45'),
    pytest.param(('Specimen: Light axilla node core (transcribed).\n'
                  'Diagnosis: Metastatic adenocarcinoma, consistent with breast primary, '
                  'ER positive.'),
                 {'L': '-', 'R': '-'}, id='F46'),
    pytest.param(('Clinical: Right breast lump 2 cm, mobile.\n'
                  'Specimen: core biopsy x 3.\n'
                  'In light of the clinical and imaging findings, the appearances are tho'
                  'se of a fibroadenoma. No atypia. B2.'),
                 {'L': '-', 'R': 'B'}, id='F47',
                 marks=pytest.mark.xfail(strict=True, reason=("review F47 (4): read {'L': '-', 'R': '-'}; older: "
                                                          'the report reads nothing, not through rule 4'))),
    pytest.param(("Clinical: Lgt breast lump 3 o'clock.\n"
                  'Diagnosis: Core biopsy: Fibroadenoma, B2.'),
                 {'L': 'B', 'R': '-'}, id='F48',
                 marks=pytest.mark.xfail(strict=True, reason=("review F48 (4): read {'L': '-', 'R': '-'}; under-r"
                                                          'each of rule 4: the dictated "Lgt breast" is no si'
                                                          'de word'))),
    pytest.param(("Specimen: Left breast core, 2 o'clock.\n"
                  'Immunohistochemistry: CD20+, CD79a+, lambda light chain restricted on '
                  'ISH; cyclin D1 negative.\n'
                  'Diagnosis: Left breast, core: Extranodal marginal zone lymphoma.'),
                 {'L': 'M', 'R': '-'}, id='F49'),
    pytest.param(('Clinical: right breast 30 mm lump.\n'
                  'Macroscopy: Light tan rubbery nodule 32 x 25 x 20 mm, well circumscrib'
                  'ed, bulging cut surface.\n'
                  'Microscopy: Fibroadenoma with pericanalicular and intracanalicular pat'
                  'terns. No atypia.\n'
                  'Diagnosis: Fibroadenoma, completely excised.'),
                 {'L': '-', 'R': 'B'}, id='F50'),
    pytest.param(('DICTATION (voice recognition)\n'
                  'LIGHT BREAST wide local excision: invasive ductal carcinoma grade 2, 1'
                  '7 mm, all margins clear.'),
                 {'L': 'M', 'R': '-'}, id='F51'),
    pytest.param(('Post-op note: right breast seroma, advised light breast massage and su'
                  'pportive bra.\n'
                  'Aspirate cytology: Benign proteinaceous fluid with histiocytes, consis'
                  'tent with seroma. No malignant cells.'),
                 {'L': '-', 'R': '-'}, id='F52'),
    pytest.param(('Clinical: R breast 4 cm mass.\n'
                  'Specimen: Core biopsy.\n'
                  'Light and electron microscopy were not required. Immunohistochemistry:'
                  ' CD20 positive B cells, kappa light chain restriction, BCL2+, CD10-.\n'
                  'Conclusion: Follicular lymphoma, grade 1-2.'),
                 {'L': '-', 'R': 'M'}, id='F53'),
    pytest.param(("Lght side breast core 3 o'clock (dictated): Ductal carcinoma in situ, "
                  'low grade, cribriform.'),
                 {'L': 'M', 'R': '-'}, id='F54'),
    pytest.param(('Specimen: right breast lump excision.\n'
                  'Note: Photographs taken under polarised light show birefringent materi'
                  'al in histiocytes.\n'
                  'Diagnosis: Silicone granuloma with foreign body giant cell reaction, a'
                  'nd adjacent invasive ductal carcinoma grade 1, 8 mm.'),
                 {'L': '-', 'R': 'M'}, id='F55'),
    pytest.param(('Left breast core: ?lymphoma.\n'
                  'Flow: lambda light chain restricted, CD5+, CD23+.\n'
                  'Diagnosis: Small lymphocytic lymphoma / CLL involving breast tissue.'),
                 {'L': 'M', 'R': '-'}, id='F56'),
    pytest.param(('Clinical: L breast mass 35 mm UOQ, hard. R breast and axilla normal.\n'
                  'Core biopsy result: invasive ductal carcinoma grade 2.'),
                 {'L': 'M', 'R': '-'}, id='F57'),
    pytest.param(('Clinical details: Lt breast 2 cm lump UOQ, mobile. Rt breast normal.\n'
                  'FNA: Benign ductal cells and bare nuclei, consistent with fibroadenoma'
                  ' (C2).'),
                 {'L': 'B', 'R': '-'}, id='F58'),
    pytest.param(('Examination\n'
                  'Left breast: 4 cm tender fluctuant lump periareolar.\n'
                  'Right breast: normal.\n'
                  'Aspirate: acute inflammatory cells and debris, consistent with abscess'
                  '. No malignant cells.'),
                 {'L': '-', 'R': '-'}, id='F59'),
    pytest.param(('EXPERT REPORT ON EMPLOYMENT ABSENCE\n'
                  '4.1 Mrs T was diagnosed with cancer of the right breast in March 2025.'
                  '\n'
                  '4.2 The left breast has not been affected.\n'
                  '4.3 The treatment included wide local excision; histology showed invas'
                  'ive ductal carcinoma, grade 2.'),
                 {'L': '-', 'R': 'M'}, id='F60'),
    pytest.param(('History: Left breast 3 cm lump, smooth. Right breast unaffected.\n'
                  'Result: Core biopsy - fibroadenoma, no atypia.'),
                 {'L': 'B', 'R': '-'}, id='F61'),
    pytest.param(('Referral: Right breast clinically normal. Left breast 2 cm mass at 4 o'
                  "'clock, skin dimpling.\n"
                  'Core: invasive lobular carcinoma.'),
                 {'L': 'M', 'R': '-'}, id='F62'),
    pytest.param(('Clinical: L breast lump 3 cm (clinically cyst). R breast and axilla no'
                  'rmal.\n'
                  'Screen-detected 8 mm spiculate mass; core biopsy: invasive ductal carc'
                  'inoma grade 1.'),
                 {'L': '-', 'R': 'M'}, id='F63'),
    pytest.param(('Clinical information: Left breast 6 cm fungating mass.\n'
                  'Right breast and axilla: 1 cm mobile node in right axilla.\n'
                  'Core biopsy: invasive ductal carcinoma, grade 3.'),
                 {'L': 'M', 'R': '-'}, id='F64',
                 marks=pytest.mark.xfail(strict=True, reason=("review F64 (5): read {'L': '-', 'R': 'M'}; older: "
                                                          'a normal-breast sentence that says more keeps the '
                                                          'nearest side, by design'))),
    pytest.param(('GP referral summary\n'
                  "Lt breast: 1.5 cm lump 2 o'clock for 3 weeks.\n"
                  'Rt breast normal.\n'
                  'Ultrasound 02/2026: 15 mm simple cyst, aspirated to dryness; fluid cyt'
                  'ology benign.'),
                 {'L': 'B', 'R': '-'}, id='F65'),
    pytest.param(('Clinical: Right breast lump 2 cm (clinically benign). Left breast norm'
                  'al.\n'
                  'Impalpable 6 mm irregular mass seen on mammography; US core: ductal ca'
                  'rcinoma in situ, high grade.'),
                 {'L': 'M', 'R': '-'}, id='F66'),
    pytest.param(("Clinical history: Left breast 25 mm lump, 11 o'clock. The right breast"
                  ' is normal.\n'
                  'Diagnosis: Core biopsy: Invasive carcinoma NST, grade 2. B5b.'),
                 {'L': 'M', 'R': '-'}, id='F67'),
    pytest.param(("Clinical: Rt breast pain and 1 cm lump at 9 o'clock. Lt breast normal."
                  '\n'
                  'Specimen: core biopsy x2 (no side on pot).\n'
                  'Diagnosis: Fibrocystic change with sclerosing adenosis. B2.'),
                 {'L': '-', 'R': 'B'}, id='F68'),
    pytest.param(("Examination: Left breast - 2 cm nodule 3 o'clock. Right breast and axi"
                  'lla normal. Left axilla normal.\n'
                  'Aspirate: Benign cyst contents, C2.'),
                 {'L': 'B', 'R': '-'}, id='F69'),
    pytest.param(('Medical report for insurer\n'
                  '1. Ms A has a left breast cancer diagnosed 11/2025.\n'
                  '2. The right breast was not affected.\n'
                  '3. Histology: invasive ductal carcinoma, grade 3, 28 mm, HER2 positive'
                  '.'),
                 {'L': 'M', 'R': '-'}, id='F70'),
    pytest.param(('Clinical: right breast lump 2 cm. Left breast normal on palpation.\n'
                  'Core: fibroadenoma.'),
                 {'L': '-', 'R': 'B'}, id='F71',
                 marks=pytest.mark.xfail(strict=True, reason=("review F71 (5): read {'L': 'B', 'R': '-'}; older: "
                                                          'a normal-breast sentence that says more keeps the '
                                                          'nearest side, by design'))),
    pytest.param(('Clinical: L breast calcifications on screening mammogram, 12 mm segmen'
                  't. R breast normal.\n'
                  'Stereotactic core: ductal carcinoma in situ, intermediate grade.'),
                 {'L': 'M', 'R': '-'}, id='F72'),
    pytest.param(('Clinical: Left breast lump 2 cm, benign on FNA 2024 (fibroadenoma). Ri'
                  'ght breast normal.\n'
                  'Non-palpable 7 mm lesion on screening; core: invasive tubular carcinom'
                  'a.'),
                 {'L': '-', 'R': 'M'}, id='F73'),
    pytest.param(("Breast clinic: L breast 4 o'clock lump 18 mm. Rt. breast normal.\n"
                  'Core: benign phyllodes tumour.'),
                 {'L': 'M', 'R': '-'}, id='F74'),
    pytest.param(('Examination: left breast 3 cm mass with nipple retraction. Right breas'
                  't was normal.\n'
                  'Phone call from lab: "breast biopsy shows cancer", formal report to fo'
                  'llow.'),
                 {'L': 'M', 'R': '-'}, id='F75'),
    pytest.param(('History: R breast 4 cm mass. L breast normal. L axilla normal.\n'
                  'Axillary node FNA: metastatic carcinoma.'),
                 {'L': '-', 'R': '-'}, id='F76'),
    pytest.param(('Clinical: Left breast lump 3 cm. Right breast normal. Mammography: lef'
                  't mass 28 mm, BI-RADS 5.\n'
                  'Diagnosis: Core biopsy: Invasive ductal carcinoma, grade 2.'),
                 {'L': 'M', 'R': '-'}, id='F77'),
    pytest.param(('Clinical: Right breast: previous WLE 2018 for DCIS, no recurrence. Lef'
                  't breast normal.\n'
                  'Clinically occult 5 mm cluster of calcifications on surveillance mammo'
                  'gram; stereotactic core: DCIS, low grade.'),
                 {'L': 'M', 'R': '-'}, id='F78',
                 marks=pytest.mark.xfail(strict=True, reason=("review F78 (5): read {'L': '-', 'R': '-'}; older: "
                                                          'the report reads nothing, not through rule 5'))),
    pytest.param(('LOCAL GOVERNMENT PENSION SCHEME - ILL-HEALTH RETIREMENT\n'
                  'Certificate of Independent Registered Medical Practitioner\n'
                  '1. Member: Ms R. Okafor, teaching assistant\n'
                  '2. Medical history\n'
                  '2.1 The member writes: "since my breast cancer scare I cannot cope wit'
                  'h the workload".\n'
                  '2.2 Surgical histology (quoted verbatim from the pathology report, RHH'
                  '-H-26-01123, 03/02/2026): "Right breast, excision biopsy: Fibroadenoma'
                  ' with usual ductal hyperplasia. No atypia or malignancy."\n'
                  '3. Opinion: Permanent incapacity is not established.'),
                 {'L': '-', 'R': 'B'}, id='F79'),
    pytest.param(('NHS PENSION SCHEME - ILL HEALTH RETIREMENT APPLICATION\n'
                  'Part B - Medical evidence\n'
                  'B1 Condition: left breast cancer, on adjuvant chemotherapy.\n'
                  'B3 Investigations this year - histology quoted (Southmead report SH26/'
                  '4410, 14/01/2026): "Left breast, mastectomy: Invasive lobular carcinom'
                  'a, grade 2, 48 mm. 4/12 axillary nodes involved."\n'
                  'B4 Prognosis: treatment to continue 12 months.'),
                 {'L': 'M', 'R': '-'}, id='F80'),
    pytest.param(('Trustee Ill-Health Early Retirement - Occupational Health Report\n'
                  'Member states she had "breast cancer treatment" last year and remains '
                  'fatigued.\n'
                  '2. Evidence reviewed\n'
                  '2.1 Most recent histology (verbatim from pathology report, LC26/2083, '
                  '12/02/2026): "Left breast, core biopsy: Fat necrosis. No malignancy."\n'
                  'My opinion is that her fatigue is multifactorial.'),
                 {'L': '-', 'R': '-'}, id='F81'),
    pytest.param(('INCAPACITY RETIREMENT: MEDICAL ASSESSMENT (Police Pension Regulations)'
                  '\n'
                  'Officer: PC 4471\n'
                  'Summary: treated for right breast cancer, with chronic lymphoedema of '
                  'the right arm.\n'
                  'Supporting histology (quoted from the pathology report, 30/09/2025): "'
                  'Right breast, wide local excision: Invasive ductal carcinoma, grade 3,'
                  ' 23 mm. Margins clear."\n'
                  'Recommendation: permanently disabled for the ordinary duties of a memb'
                  'er of the force.'),
                 {'L': '-', 'R': 'M'}, id='F82'),
    pytest.param(('ADULT HEALTH REPORT (AH) - Adoption Agency\n'
                  'Applicant 1: Mrs K. Ndlovu\n'
                  '2. Medical history\n'
                  '2.1 Breast lumps removed 2025.\n'
                  '2.2 Surgical histology (quoted verbatim from the pathology report, NGH'
                  '-H-25-7781, 10/10/2025): "A. Right breast, lump excision: Fibroadenoma'
                  '.\n'
                  'B. Left breast, two lump excisions: Fibroadenomas. No atypia."\n'
                  '3. Fitness to adopt: no concerns.'),
                 {'L': 'B', 'R': 'B'}, id='F83'),
    pytest.param(('ADOPTION SERVICE - ADULT HEALTH REPORT\n'
                  'Applicant 2: Ms J. Harper\n'
                  'Past history: right breast cancer 2019, treated with mastectomy and ta'
                  'moxifen, discharged 2024.\n'
                  'Previous pathology report (2019, quoted): "Right breast, mastectomy: I'
                  'nvasive ductal carcinoma grade 2, 20 mm."\n'
                  "Medical adviser's view: five years disease-free; suitable to proceed."),
                 {'L': '-', 'R': '-'}, id='F84',
                 marks=pytest.mark.xfail(strict=True, reason=("review F84 (6): read {'L': '-', 'R': 'M'}; older: "
                                                          'a quote introduced as an earlier, 2019 report is r'
                                                          'ead as the current diagnosis'))),
    pytest.param(("CHILDREN'S SERVICES (ADOPTION / FOSTERING) - HEALTH ASSESSMENT OF PROS"
                  'PECTIVE CARER\n'
                  'Section 4: Current health\n'
                  '4.1 Carer reports "they said it was only a cyst".\n'
                  '4.2 Histology (quoted verbatim from report RB-25-5520, 02/12/2025): "R'
                  'ight breast, core biopsy: Ductal carcinoma in situ, high grade."\n'
                  '4.3 Treatment planned: wide local excision and radiotherapy.'),
                 {'L': '-', 'R': 'M'}, id='F85'),
    pytest.param(('LOCAL GOVERNMENT PENSION SCHEME - ILL-HEALTH RETIREMENT\n'
                  '2. Medical history\n'
                  "The member's left breast cancer was treated in 2025 and she has ongoin"
                  'g neuropathy from chemotherapy. No histology was supplied; the GP lett'
                  'er states "grade 3 invasive carcinoma".\n'
                  '3. Opinion: Tier 2.'),
                 {'L': '-', 'R': '-'}, id='F86'),
    pytest.param(('Histopathology Report - Riverside Hospital\n'
                  'Clinical: Left breast lump 2 cm. Patient awaiting ill-health retiremen'
                  't decision from employer.\n'
                  'Specimen: Left breast core.\n'
                  'Diagnosis: Left breast core: Fibroadenoma. B2.'),
                 {'L': 'B', 'R': '-'}, id='F87'),
    pytest.param(('Histopathology Report\n'
                  'Clinical: Adult health report needed for adoption agency; right breast'
                  ' lump found at the medical.\n'
                  'Specimen: Right breast core biopsy.\n'
                  'Diagnosis: Right breast core: Invasive ductal carcinoma, grade 2. B5b.'),
                 {'L': '-', 'R': 'M'}, id='F88'),
    pytest.param(("FIREFIGHTERS' PENSION SCHEME - ILL-HEALTH RETIREMENT\n"
                  '3. Medical evidence\n'
                  '3.1 Histology (quoted from the report of 17/03/2026): “Right breast, w'
                  'ide local excision: No residual invasive or in situ carcinoma. Treatme'
                  'nt effect. Biopsy-site changes.”\n'
                  '3.2 She completed neoadjuvant chemotherapy for right breast cancer.'),
                 {'L': '-', 'R': 'B'}, id='F89'),
    pytest.param(('INCAPACITY RETIREMENT: MEDICAL ASSESSMENT\n'
                  'Member: Mrs D. Pillai\n'
                  '1. History: left breast cancer with bone metastases.\n'
                  '2. Histology quoted (Royal Free, RF-26-0932, 20/01/2026):\n'
                  '"Left breast, core biopsy: Invasive carcinoma of no special type, grad'
                  'e 3. ER 8/8, PR 6/8, HER2 negative."\n'
                  '3. Opinion: permanently incapable of efficient discharge of her duties'
                  '.'),
                 {'L': 'M', 'R': '-'}, id='F90'),
    pytest.param(('ADULT HEALTH REPORT (AH)\n'
                  'Applicant\'s own account (verbatim): "I had my breast cancer removed an'
                  'd the doctor said it was all gone."\n'
                  'Medical adviser: Records requested from hospital; no histology in file'
                  '.\n'
                  'Recommendation: defer until records received.'),
                 {'L': '-', 'R': '-'}, id='F91',
                 marks=pytest.mark.xfail(strict=True, reason=("review F91 (6): read {'L': '?', 'R': '?'}; older: "
                                                          "the applicant's own words only go to review"))),
    pytest.param(("Adoption Agency - Medical Adviser's Summary\n"
                  'Applicant 1 had surgery to the left breast in 2025 (benign).\n'
                  'Histology (quoted verbatim, Leeds report LTH-25-14412, 08/05/2025): "L'
                  'eft breast, excision: Intraductal papilloma, completely excised. No at'
                  'ypia."\n'
                  'No contraindication to adoption.'),
                 {'L': 'B', 'R': '-'}, id='F92'),
    pytest.param(("Ill-health retirement - Occupational Health Physician's report\n"
                  'Ms W was diagnosed with right breast cancer in 2025.\n'
                  'Pathology (quoted from report HH-25-8812, 11/11/2025): "Right breast, '
                  'mastectomy: Invasive lobular carcinoma, 55 mm, grade 2; 7/15 nodes pos'
                  'itive."\n'
                  'Recommendation: ill-health retirement supported.'),
                 {'L': '-', 'R': 'M'}, id='F93'),
    pytest.param(('ILL HEALTH RETIREMENT (Civil Service Pension Scheme)\n'
                  "Medical adviser's report\n"
                  '3. Evidence\n'
                  '3.1 Histology quoted from previous pathology report (2021): "Left brea'
                  'st, WLE: DCIS, intermediate grade, 12 mm."\n'
                  '3.2 Histology quoted (current, 14/02/2026): "Left breast, core biopsy:'
                  ' Invasive ductal carcinoma, grade 3 - recurrence.'),
                 {'L': 'M', 'R': '-'}, id='F94'),
    pytest.param(("TEACHERS' PENSIONS - ILL-HEALTH RETIREMENT\n"
                  'Applicant\'s statement: "my breast cancer diagnosis has destroyed my co'
                  'nfidence".\n'
                  '2.2 Histology (verbatim from the pathology report, 04/03/2026): "Left '
                  'breast, vacuum excision: Radial scar with usual ductal hyperplasia. No'
                  ' atypia or malignancy."\n'
                  'GP: she believed she had cancer until the result came back.'),
                 {'L': 'B', 'R': '-'}, id='F95',
                 marks=pytest.mark.xfail(strict=True, reason=("review F95 (6): read {'L': 'BM', 'R': '-'}; under-"
                                                          'reach of rule 6: an "Applicant\'s statement:" line '
                                                          'above the numbered items still reads as a diagnosi'
                                                          's'))),
    pytest.param(('ADOPTION / FOSTERING - CHILD HEALTH ASSESSMENT\n'
                  'Child: aged 15.\n'
                  "Mother's history (from social worker): mother died of breast cancer 20"
                  '23.\n'
                  'Examination: normal pubertal breast development. No concerns.'),
                 {'L': '-', 'R': '-'}, id='F96'),
    pytest.param(('FOSTERING PANEL - HEALTH REPORT ON PROSPECTIVE FOSTER CARER\n'
                  'Carer had a left breast lump removed in 2025.\n'
                  'Histology (quoted verbatim from the pathology report, 12/06/2025): "Le'
                  'ft breast, excision biopsy: Fibroadenoma, 28 mm."\n'
                  'Fit to foster.'),
                 {'L': 'B', 'R': '-'}, id='F97'),
    pytest.param(('LOCAL GOVERNMENT PENSION SCHEME - ILL-HEALTH RETIREMENT\n'
                  'Part C: IRMP findings\n'
                  'Right breast cancer, 2025. Histology (quoted, 09/01/2026) - "Right bre'
                  'ast, WLE: Invasive ductal carcinoma, grade 2, 18 mm; separate focus of'
                  ' DCIS."\n'
                  'Tier 1 awarded.'),
                 {'L': '-', 'R': 'M'}, id='F98'),
    pytest.param(('AMENDED REPORT (version 2)\n'
                  'Reason for amendment: Following E-cadherin and p120 staining, the focu'
                  's interpreted in version 1 as invasive lobular carcinoma represents lo'
                  'bular carcinoma in situ with cancerisation of sclerosing adenosis.\n'
                  'Final diagnosis: Left breast, core biopsy: LOBULAR CARCINOMA IN SITU, '
                  'classic type. No invasive carcinoma.'),
                 {'L': 'B', 'R': '-'}, id='F99'),
    pytest.param(('SUPPLEMENTARY REPORT (version 3)\n'
                  'The diagnosis, reported in v2 as ductal carcinoma in situ, high grade,'
                  ' of the right breast, stands unchanged. ER: positive (Allred 7).'),
                 {'L': '-', 'R': 'M'}, id='F100'),
    pytest.param(('REVISED REPORT - version 2\n'
                  'The lesion described in v1 as atypical ductal hyperplasia is now consi'
                  'dered low-grade ductal carcinoma in situ given its extent (>2 mm) on d'
                  'eeper levels.\n'
                  'Diagnosis: Right breast VAB: Low grade DCIS, cribriform.'),
                 {'L': '-', 'R': 'M'}, id='F101'),
    pytest.param(('Amendment (version 2, 12/03/2026)\n'
                  'The area reported in version 1 as invasive ductal carcinoma has been r'
                  'eclassified as sclerosing adenosis on myoepithelial immunohistochemist'
                  'ry (p63, SMMHC retained).\n'
                  'Revised diagnosis: Left breast core: Sclerosing adenosis. No malignanc'
                  'y.'),
                 {'L': 'B', 'R': '-'}, id='F102'),
    pytest.param(('ADDENDUM (version 2)\n'
                  'The tumour reported in version 1 as invasive ductal carcinoma, grade 2'
                  ', of the left breast, remains the diagnosis; HER2 ISH is not amplified'
                  ' (ratio 1.4).'),
                 {'L': 'M', 'R': '-'}, id='F103'),
    pytest.param(('Version 2 of report\n'
                  'Reason: typographical error. The lesion, interpreted in version 1 as i'
                  'nvasive ductal carcinoma, is confirmed; only the size is corrected fro'
                  'm 21 mm to 12 mm.\n'
                  'Right breast WLE: invasive ductal carcinoma, 12 mm.'),
                 {'L': '-', 'R': 'M'}, id='F104'),
    pytest.param(('AMENDED REPORT (v2)\n'
                  'The area reported in version 1 as invasive carcinoma is not confirmed '
                  'on deeper levels and IHC; myoepithelium is retained throughout.\n'
                  'Final diagnosis: Left breast core: Atypical ductal hyperplasia. No in '
                  'situ or invasive carcinoma.'),
                 {'L': 'B', 'R': '-'}, id='F105'),
    pytest.param(('Supplementary report (version 2)\n'
                  'The lesion, described in version 1 as a fibroadenoma, is on review of '
                  'further blocks a benign phyllodes tumour (increased stromal cellularit'
                  'y, leaf-like pattern, 1 mitosis/10 hpf).\n'
                  'Right breast excision: Benign phyllodes tumour.'),
                 {'L': '-', 'R': 'M'}, id='F106'),
    pytest.param(('AMENDED REPORT - version 2\n'
                  'The tumour reported in version 1 as DCIS shows a 1.5 mm focus of invas'
                  'ion on deeper levels.\n'
                  'Revised diagnosis: Left breast, WLE: Invasive ductal carcinoma, grade '
                  '2, 1.5 mm (pT1a), with extensive high grade DCIS.'),
                 {'L': 'M', 'R': '-'}, id='F107'),
    pytest.param(('REPORT VERSION 3\n'
                  'History of versions: in version 1 the lesion was reported as ADH; in v'
                  'ersion 2 as low-grade DCIS after levels. This version adds ER status o'
                  'nly.\n'
                  'Diagnosis: Left breast VAB: Low grade ductal carcinoma in situ. ER pos'
                  'itive (8/8).'),
                 {'L': 'M', 'R': '-'}, id='F108'),
    pytest.param(('ADDENDUM (version 2)\n'
                  'The carcinoma reported in version 1 as invasive lobular carcinoma is m'
                  'aintained as the diagnosis; E-cadherin negative confirms lobular pheno'
                  'type.\n'
                  'Right breast core: Invasive lobular carcinoma.'),
                 {'L': '-', 'R': 'M'}, id='F109'),
    pytest.param(('Version 2 - amended\n'
                  'The focus interpreted in v1 as microinvasive carcinoma to be regarded '
                  'as tangential sectioning of DCIS-like cancerisation of lobules by LCIS'
                  '.\n'
                  'Diagnosis: Left breast excision: Florid LCIS. No invasive carcinoma. N'
                  'o DCIS.'),
                 {'L': 'B', 'R': '-'}, id='F110'),
    pytest.param(('Addendum 1 (version 2)\n'
                  'Receptor results for the tumour reported in version 1 as invasive duct'
                  'al carcinoma of the right breast:\n'
                  'ER positive (Allred 8), PR positive (Allred 6), HER2 1+ (negative).'),
                 {'L': '-', 'R': 'M'}, id='F111'),
    pytest.param(('CORRECTED REPORT (version 2)\n'
                  'In version 1 the side was given as right in error. The specimen is the'
                  ' LEFT breast. The diagnosis reported in version 1 as invasive ductal c'
                  'arcinoma is unchanged.\n'
                  'Left breast core: Invasive ductal carcinoma, grade 3.'),
                 {'L': 'M', 'R': '-'}, id='F112'),
    pytest.param(('Clinical history: 38F. The patient’s mother had breast cancer at 50. R'
                  'ight breast lump “feels like a marble”, 2 cm.\n'
                  'Specimen: Right breast, US core x3.\n'
                  'Diagnosis: Right breast core: Fibroadenoma. B2.'),
                 {'L': '-', 'R': 'B'}, id='F113'),
    pytest.param(('Clinical: Left breast 3 cm mass; she doesn’t want surgery until after '
                  'her daughter’s wedding.\n'
                  'Microscopy: Infiltrating carcinoma in single files and targetoid patte'
                  'rn, E-cadherin negative.\n'
                  'Diagnosis: Left breast core: Invasive lobular carcinoma, classic, grad'
                  'e 2.'),
                 {'L': 'M', 'R': '-'}, id='F114'),
    pytest.param(('Compte rendu anatomo-pathologique [pathology report] - CHU de Rennes\n'
                  'Renseignements cliniques [clinical details]: masse du sein gauche [lef'
                  't breast mass] 25 mm.\n'
                  'Conclusion : « carcinome canalaire infiltrant de grade II » [invasive '
                  'ductal carcinoma, grade 2], sein gauche [left breast], biopsie.'),
                 {'L': 'M', 'R': '-'}, id='F115'),
    pytest.param(('Renseignements cliniques : sein droit [right breast], nodule « probabl'
                  'ement bénin » [probably benign] à l’échographie.\n'
                  'Diagnostic : Sein droit, microbiopsie [right breast core]: adénofibrom'
                  'e [fibroadenoma]. Absence de malignité [no malignancy].'),
                 {'L': '-', 'R': 'B'}, id='F116'),
    pytest.param(('Clinical history: Previous report (2022): “Left breast core: invasive '
                  'ductal carcinoma, grade 2” - treated.\n'
                  'Specimen: Left breast, core at scar, 2026.\n'
                  'Diagnosis: Left breast core: Fat necrosis and radiation-associated fib'
                  'rosis. No recurrence.'),
                 {'L': '-', 'R': '-'}, id='F117'),
    pytest.param(('Clinical: R breast mass. Surgeon’s note: ‘likely fibroadenoma’ but BI-'
                  'RADS 4c on US.\n'
                  'Diagnosis: Right breast core: Invasive carcinoma NST, grade 1. B5b.'),
                 {'L': '-', 'R': 'M'}, id='F118'),
    pytest.param(('Histopathology Report\n'
                  'Clinical: L breast nipple discharge. Pt says she’s “terrified it’s can'
                  'cer”.\n'
                  'Diagnosis: Left breast, microdochectomy: Intraductal papilloma without'
                  ' atypia, with duct ectasia.'),
                 {'L': 'B', 'R': '-'}, id='F119'),
    pytest.param(('SUMMARY FOR GP\n'
                  'Histology (quoted from the pathology report, 05/03/2026): “Right breas'
                  't, wide local excision: Invasive ductal carcinoma, grade 2, 20 mm. Mar'
                  'gins clear. Sentinel node 0/2.”\n'
                  'The patient’s recovery is uncomplicated.'),
                 {'L': '-', 'R': 'M'}, id='F120'),
    pytest.param(('Diagnosis: Left breast, WLE: Ductal carcinoma in situ (“DCIS”), high g'
                  'rade, 30 mm, with comedonecrosis; margins clear (nearest 4 mm). The te'
                  'rm „clinging” carcinoma is not used.'),
                 {'L': 'M', 'R': '-'}, id='F121'),
    pytest.param(('Rapport de biopsie [biopsy report] - Clinique Saint-Luc\n'
                  'Indication: « nodule du sein droit » [right breast nodule], 12 mm.\n'
                  'Résultat [result]: lésion « fibro-épithéliale bénigne » [benign fibroe'
                  'pithelial lesion], en faveur d’un adénofibrome [favour fibroadenoma]. '
                  '‹Absence de signe de malignité› [no sign of malignancy].'),
                 {'L': '-', 'R': 'B'}, id='F122'),
    pytest.param(('Specimens: A. Right breast core. B. Left breast core.\n'
                  'Diagnosis:\n'
                  'A. Right breast: “fibrocystic change” with apocrine metaplasia; no aty'
                  'pia.\n'
                  'B. Left breast: invasive ductal carcinoma, grade 3 - the ‘dominant’ le'
                  'sion.'),
                 {'L': 'M', 'R': '-'}, id='F123'),
    pytest.param(('Clinical: Rt breast lump, patient’s GP wrote ‘?cyst’.\n'
                  'Macro: 3 cores, longest 15 mm.\n'
                  'Micro: The cores show high grade ductal carcinoma in situ with central'
                  ' necrosis; no invasion seen.\n'
                  'Conclusion: Right breast core: DCIS, high grade (‘comedo’ type). B5a.'),
                 {'L': '-', 'R': 'M'}, id='F124'),
    pytest.param(('MEDICAL REPORT FOR COURT OF PROTECTION\n'
                  'Histology quoted from the report (Oakley Hospital, OH-26-0112, 02/02/2'
                  '026): ‘Left breast, core biopsy: Fibroadenoma. No atypia.’\n'
                  'In my opinion she lacks capacity to make decisions about surgery.'),
                 {'L': 'B', 'R': '-'}, id='F125'),
    pytest.param(('JURY SERVICE - CERTIFICATE OF INCAPACITY\n'
                  'Histology quoted (report 09/01/2026): «Left breast, wide local excisio'
                  'n: Invasive ductal carcinoma, grade 3, 25 mm.»\n'
                  'She is undergoing chemotherapy and is unfit for jury service until 09/'
                  '2026.'),
                 {'L': 'M', 'R': '-'}, id='F126'),
    pytest.param(('Clinical history: Patient’s sister had “a lump that turned out to be c'
                  'ancer”. Right breast cyst aspirated x2.\n'
                  'Specimen: right breast cyst wall excision.\n'
                  'Diagnosis: Right breast: Cyst with apocrine lining and chronic inflamm'
                  'ation. Benign.'),
                 {'L': '-', 'R': 'B'}, id='F127'),
    pytest.param(('Second opinion consultation\n'
                  'Referring diagnosis: “Left breast, core: atypical ductal hyperplasia”.'
                  '\n'
                  'Our review: Left breast core - low grade ductal carcinoma in situ, cri'
                  'briform, spanning 4 mm across three cores.'),
                 {'L': 'M', 'R': '-'}, id='F128'),
    pytest.param(('Klinische Angaben [clinical details]: Mamma links [left breast], Knote'
                  'n „wahrscheinlich gutartig“ [probably benign].\n'
                  'Diagnose [diagnosis]: Mamma links, Stanzbiopsie [left breast core]: Fi'
                  'broadenom [fibroadenoma]. Kein Malignitätsnachweis [no malignancy].'),
                 {'L': 'B', 'R': '-'}, id='F129'),
    pytest.param(('Diagnosis: Right breast, mastectomy: Invasive ductal carcinoma, 34 mm,'
                  ' grade 3.\n'
                  'Comment: The patient’s previous core (‘B5b’) is concordant. Tumour doe'
                  'sn’t involve skin or nipple.'),
                 {'L': '-', 'R': 'M'}, id='F130'),
    pytest.param(('Clinical: bilateral reduction mammoplasty. Patient’s request: “make th'
                  'em smaller”.\n'
                  'A. Right breast, 620 g: Fibrocystic change. No atypia.\n'
                  'B. Left breast, 580 g: Fibroadenoma 6 mm and fibrocystic change.'),
                 {'L': 'B', 'R': '-'}, id='F131'),
    pytest.param(('Occupational health summary\n'
                  'Histopathology (quoted verbatim): “Right breast core biopsy: Invasive '
                  'carcinoma, no special type, grade 2.”\n'
                  'She’ll need 6 months off work.'),
                 {'L': '-', 'R': 'M'}, id='F132'),
    pytest.param(('SURGICAL PATHOLOGY REPORT - Mercy General (Sacramento)\n'
                  'FINAL DIAGNOSIS:\n'
                  'RIGHT BREAST, ULTRASOUND-GUIDED CORE BIOPSY, 10:00, 4 CM FN:\n'
                  '- INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2 (3+2+2=7/9).\n'
                  '- DUCTAL CARCINOMA IN SITU, CRIBRIFORM TYPE, INTERMEDIATE NUCLEAR GRAD'
                  'E.\n'
                  '- ER/PR/HER2 TO FOLLOW IN ADDENDUM.'),
                 {'L': '-', 'R': 'M'}, id='O01'),
    pytest.param(('Histopathology - Royal Infirmary of Edinburgh\n'
                  'Clinical: Screen-detected left breast calcs, R3.\n'
                  'Specimen: Left breast stereotactic VAB.\n'
                  'Microscopy: Fibrocystic change with sclerosing adenosis and microcalci'
                  'fication in benign acini. No atypia.\n'
                  'Conclusion: Left breast VAB: sclerosing adenosis with calcification. B'
                  '2. Concordant with radiology.'),
                 {'L': 'B', 'R': '-'}, id='O02'),
    pytest.param(('AUSTRALIAN CLINICAL LABS\n'
                  "Clinical notes: R breast lump 9 o'clock, 22yo.\n"
                  'Macroscopic: Three cores of tan tissue up to 14 mm.\n'
                  'Microscopic: Fibroadenoma with pericanalicular pattern.\n'
                  'Diagnosis: Right breast core biopsy: Fibroadenoma.'),
                 {'L': '-', 'R': 'B'}, id='O03'),
    pytest.param(('Department of Pathology, Tata Memorial Centre\n'
                  'Specimen: Left modified radical mastectomy.\n'
                  'Diagnosis: Infiltrating duct carcinoma, grade III, tumour size 4.5 x 3'
                  '.8 x 3 cm. DCIS present (10%). Lymphovascular invasion present. Nipple'
                  ', skin and base free. Axillary nodes: 5/18 show metastatic carcinoma w'
                  'ith perinodal spread. pT2 pN2a.'),
                 {'L': 'M', 'R': '-'}, id='O04'),
    pytest.param(('BILATERAL REDUCTION MAMMOPLASTY\n'
                  'A. Right breast tissue, 812 g: Benign breast tissue with fibrocystic c'
                  'hange and stromal fibrosis.\n'
                  'B. Left breast tissue, 760 g: Benign breast tissue with usual ductal h'
                  'yperplasia. No atypia.\n'
                  'No malignancy in either specimen.'),
                 {'L': 'B', 'R': '-'}, id='O05'),
    pytest.param(('Synoptic report - invasive breast carcinoma (CAP)\n'
                  'Procedure: Excision (less than total mastectomy)\n'
                  'Specimen laterality: Right\n'
                  'Histologic type: Invasive lobular carcinoma, classic\n'
                  'Histologic grade: 2 (tubules 3, nuclei 2, mitoses 1)\n'
                  'Tumour size: 24 mm\n'
                  'Margins: Negative for invasive carcinoma; closest anterior 3 mm\n'
                  'Regional lymph nodes: 0/2 sentinel nodes'),
                 {'L': '-', 'R': 'M'}, id='O06'),
    pytest.param(('Cytology Report - Hospital Kuala Lumpur\n'
                  'Specimen: FNA left breast lump.\n'
                  'Cellular smears of cohesive benign ductal cells in honeycomb sheets, b'
                  'ipolar nuclei in the background. No atypical cells.\n'
                  'Diagnosis: Left breast FNA: Benign (C2), in keeping with fibroadenoma.'),
                 {'L': 'B', 'R': '-'}, id='O07'),
    pytest.param(('Histology report\n'
                  'Clinical history: Right breast cancer 2020, WLE and RT. Now routine su'
                  'rveillance; patient requests removal of skin tag.\n'
                  'Specimen: Skin tag, right axilla.\n'
                  'Diagnosis: Fibroepithelial polyp (acrochordon). Benign.'),
                 {'L': '-', 'R': '-'}, id='O08'),
    pytest.param(('Consult report - MD Anderson style\n'
                  'Outside slides (S26-4410) reviewed. Left breast, core needle biopsy:\n'
                  'Invasive ductal carcinoma, Nottingham grade 3, with necrosis. Triple-n'
                  'egative by outside IHC, confirmed here.\n'
                  'Comment: We agree with the outside diagnosis.'),
                 {'L': 'M', 'R': '-'}, id='O09'),
    pytest.param(('PATHOLOGY REPORT - Groote Schuur Hospital\n'
                  'Clinical: 29F, right breast mass 6 cm, rapid growth.\n'
                  'Microscopy: A fibroepithelial neoplasm with stromal overgrowth absent,'
                  ' mild stromal atypia, 2 mitoses per 10 hpf, well-circumscribed border.'
                  '\n'
                  'DIAGNOSIS: Right breast, excision: Benign phyllodes tumour, completely'
                  ' excised.'),
                 {'L': '-', 'R': 'M'}, id='O10'),
    pytest.param(('Histopathology\n'
                  'Specimen: Left breast, wide local excision with orientation sutures.\n'
                  'Diagnosis: Left breast WLE: Ductal carcinoma in situ, high grade, soli'
                  'd type with comedonecrosis, 28 mm. No invasive carcinoma identified. M'
                  'argins: superior 1 mm, all others > 2 mm. Recommend re-excision of sup'
                  'erior margin.'),
                 {'L': 'M', 'R': '-'}, id='O11'),
    pytest.param(("Specimen: Right breast, duct excision (Hadfield's).\n"
                  'Microscopy: Dilated ducts containing inspissated secretions and foamy '
                  'macrophages with periductal chronic inflammation and fibrosis.\n'
                  'Diagnosis: Right breast, major duct excision: Duct ectasia with peridu'
                  'ctal mastitis. No papilloma. No malignancy.'),
                 {'L': '-', 'R': 'B'}, id='O12'),
    pytest.param(("Specimens: 1. Right breast 2 o'clock core. 2. Left breast 7 o'clock co"
                  're.\n'
                  'Diagnosis:\n'
                  '1. Right breast, core: Invasive ductal carcinoma, grade 2.\n'
                  '2. Left breast, core: Fibroadenoma. No atypia.'),
                 {'L': 'B', 'R': 'M'}, id='O13'),
    pytest.param(('Surgical Pathology - Cleveland\n'
                  'Clinical: L nipple eczematous change.\n'
                  'Specimen: Left nipple punch biopsy.\n'
                  'Diagnosis: Left nipple, punch biopsy: Paget disease of the nipple; lar'
                  'ge CK7-positive atypical cells within the epidermis. Underlying DCIS n'
                  'ot sampled.'),
                 {'L': 'M', 'R': '-'}, id='O14'),
    pytest.param(("Report: RIGHT BREAST, US GUIDED CORE, 11 O'CLOCK, 8 MM\n"
                  'Intraductal papilloma without atypia. Myoepithelial layer present on p'
                  '63. B3.\n'
                  'Recommend vacuum excision as per local guidelines.'),
                 {'L': '-', 'R': 'B'}, id='O15'),
    pytest.param(('Histopathology (Christchurch)\n'
                  'Specimen: Right axillary lymph node, ultrasound-guided core.\n'
                  'Clinical: known right breast IDC, suspicious node.\n'
                  'Diagnosis: Right axillary lymph node core: metastatic carcinoma consis'
                  'tent with breast primary.'),
                 {'L': '-', 'R': '-'}, id='O16'),
    pytest.param(("Specimen: Left breast VAB excision, 12 o'clock.\n"
                  'Microscopy: Columnar cell lesion with flat epithelial atypia and assoc'
                  'iated calcification; no ADH; no in situ carcinoma.\n'
                  'Diagnosis: Left breast VAE: Flat epithelial atypia (B3).'),
                 {'L': 'B', 'R': '-'}, id='O17'),
    pytest.param(('Post-neoadjuvant resection - Princess Margaret\n'
                  'Right breast, partial mastectomy: Residual invasive ductal carcinoma, '
                  '6 mm, with treatment effect (residual cancer burden class II). Residua'
                  'l DCIS present. Sentinel lymph nodes: 1/3 with isolated tumour cells.'),
                 {'L': '-', 'R': 'M'}, id='O18'),
    pytest.param(('Clinical: lactating, left breast painful swelling.\n'
                  'Specimen: Left breast core.\n'
                  'Diagnosis: Left breast core: Lactational change with acute mastitis. N'
                  'o malignancy.'),
                 {'L': '-', 'R': '-'}, id='O19'),
    pytest.param(('Right breast, core biopsy: Atypical epithelial proliferation; the dist'
                  'inction between atypical ductal hyperplasia and low grade DCIS cannot '
                  'be made on this material. B3. Excision recommended.'),
                 {'L': '-', 'R': '?'}, id='O20'),
    pytest.param(('Histopathology Report - Hôpital Européen (English translation)\n'
                  'Left breast, lumpectomy: Mucinous carcinoma, 18 mm, grade 1, pure type'
                  '. Margins free (5 mm). No lymphovascular invasion.'),
                 {'L': 'M', 'R': '-'}, id='O21'),
    pytest.param(('SPECIMEN: RIGHT BREAST, SKIN-SPARING MASTECTOMY\n'
                  'DIAGNOSIS: Metaplastic carcinoma with squamous differentiation, 41 mm,'
                  ' grade 3. Skin uninvolved. Margins clear. Sentinel node 0/1.'),
                 {'L': '-', 'R': 'M'}, id='O22'),
    pytest.param(('Clinical: LEFT breast hamartoma on imaging.\n'
                  'Diagnosis: Left breast excision: Mammary hamartoma (fibroadenolipoma),'
                  ' 45 mm. No malignancy.'),
                 {'L': '-', 'R': '-'}, id='O23'),
    pytest.param(('Clinical: Right breast, granulomatous mastitis?\n'
                  'Diagnosis: Right breast core: Idiopathic granulomatous lobular mastiti'
                  's with microabscesses. ZN and PAS negative. No malignancy.'),
                 {'L': '-', 'R': '-'}, id='O24'),
    pytest.param(('Bilateral mastectomy specimens.\n'
                  'A. Left breast: Invasive ductal carcinoma, grade 2, 21 mm; margins cle'
                  'ar.\n'
                  'B. Right breast: Ductal carcinoma in situ, low grade, 6 mm; margins cl'
                  'ear.'),
                 {'L': 'M', 'R': 'M'}, id='O25'),
    pytest.param(('Clinical: Right breast lump, recurrent cyst.\n'
                  'Specimen: Right breast cyst aspirate, 15 ml green fluid.\n'
                  'Report: Foamy macrophages and apocrine cells. Benign cyst fluid (C2). '
                  'No malignant cells.'),
                 {'L': '-', 'R': 'B'}, id='O26'),
    pytest.param(('PATHOLOGY - Seoul National University Hospital (English)\n'
                  "Left breast, 2 o'clock, ultrasound-guided core: Pseudoangiomatous stro"
                  'mal hyperplasia (PASH). No atypia. Benign.'),
                 {'L': '-', 'R': '-'}, id='O27'),
    pytest.param(('Frozen section report (intra-operative)\n'
                  'Right sentinel lymph node #1: Positive for metastatic carcinoma (macro'
                  'metastasis, 4 mm).\n'
                  'Final (permanent): concordant.'),
                 {'L': '-', 'R': '-'}, id='O28'),
    pytest.param(('Clinical: Left breast 2 cm mass, known BRCA1 carrier.\n'
                  'Diagnosis: Left breast core: Invasive carcinoma NST, grade 3, with med'
                  'ullary features; ER 0, PR 0, HER2 0. Ki-67 85%.'),
                 {'L': 'M', 'R': '-'}, id='O29'),
    pytest.param(('Histopathology, Aga Khan University Hospital\n'
                  'Clinical: R breast abscess drained twice.\n'
                  'Diagnosis: Right breast, abscess wall: Acute on chronic inflammation w'
                  'ith granulation tissue and fat necrosis. No tuberculosis. No malignanc'
                  'y.'),
                 {'L': '-', 'R': '-'}, id='O30'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
