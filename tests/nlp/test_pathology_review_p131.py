"""Review p131 of the b131-b132 pathology rules (64e3097 against 53d3ed6), pinned after their narrowing.

The review read 135 texts (P01-P105 for the seven rules: a history's "query", lay hearsay and a quoted worry, an
examination's "scar healing well", "light" as no side word, a breast named only as normal or unaffected passed over,
a pension or adoption record's quoted histology, "in version 1 as" an earlier reading; O01-O30 ordinary reports;
labelled from the guide before either revision was run, P39 corrected by the reviewer after the run). 53d3ed6 read 87
as labelled, 64e3097 118. 64e3097 over-reached on 2 (E01, P100: "reported in v2 as DCIS ... stands unchanged" taken
for a superseded reading; E02, P49: a dictated "Lght breast" no longer the left) and read 1 newly wrong another way
(E03, P79: the lifted quotation's last finding before a curly closing ” unread). The narrowing: a version's reading is
the earlier one only where its sentence goes on to the reading that replaces it ("represents", "is reclassified", "is
...", "to be", "shows"), never where it says the reading stands, remains, is confirmed or is maintained; "Lght" or
"Light" is the left with the breast, axilla, nipple or side right after it ("kappa light chain", "Light microscopy"
still name no side); the tokenizer splits curly quotes and guillemets off as it does straight ones, and the quotation
reader opens and closes a quotation in “ ”, ‘ ’ or « » (an apostrophe inside a word closes none); a normal-breast
sentence is not passed over for a lesion the examination cannot find (screen-detected, impalpable, non-palpable,
clinically occult), the normal breast's side standing as before the skip, and "Lt breast normal." and "Left breast:
normal." are taken as normal-breast sentences (P65, P72 now right). 123 read as labelled. Left as strict xfails, each
an under-reach or older behaviour no rule of the stop takes: P08 (a grade word after "query"), P60 (a history's free
"DCIS excised 2020"), P61, P62, P66, P67 (normal-breast wordings that say more, share the finding's line or name the
axilla alone), P90 and P92 (a pension record's "previous treatment" lead-in, an applicant's own words), P101-P103 ("in
version one", "called in v.1 an", the Spanish "en la versión 1 como") and O30 (a C3 cytology's "cannot exclude a
papillary lesion"). Each right text must keep reading as labelled; a strict xfail that passes is a reading to look at."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(("CLINICAL DETAILS: Left breast calcs 4 o'clock, M4, query DCIS. Screeni"
                  'ng recall.\n'
                  'MACROSCOPY: Three vacuum-assisted cores, 25 mm aggregate. X-ray: calci'
                  'fication seen.\n'
                  'DIAGNOSIS: Left breast, vacuum-assisted biopsy: columnar cell change w'
                  'ith flat epithelial atypia and associated microcalcification. No DCIS.'
                  ' No invasive malignancy. B3.'),
                 {'L': 'B', 'R': '-'}, id='P01'),
    pytest.param(("Request from breast clinic: 71 y/o, right breast mass 2 o'clock, 14 mm"
                  ', U4, query of carcinoma.\n'
                  'Right breast 14G core x3: Fibroadenoma with stromal hyalinisation. No '
                  'atypia, no malignancy. B2.\n'
                  'Reported by Dr K. Mensah, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='P02'),
    pytest.param(('Hx - L breast architectural distortion on tomo, 11 mm, query for invas'
                  'ive lobular carcinoma.\n'
                  'Specimen: L breast, US-guided core x4.\n'
                  'Result: Benign breast tissue with sclerosing adenosis and stromal fibr'
                  'osis. E-cadherin retained. No lobular neoplasia or invasive carcinoma.'
                  ' B2.'),
                 {'L': 'B', 'R': '-'}, id='P03'),
    pytest.param(('History, left breast mass enlarging over six months, 4 cm, query phyll'
                  'odes.\n'
                  'Left breast, excision: Fibroadenoma, 38 mm, intracanalicular pattern. '
                  'No stromal overgrowth, no increased mitoses, margins clear. No feature'
                  's of a phyllodes tumour.'),
                 {'L': 'B', 'R': '-'}, id='P04'),
    pytest.param(('CLINICAL: R retroareolar pleomorphic calcification 15 mm QUERY DCIS. R'
                  '5.\n'
                  'SPECIMEN: R breast stereotactic core x6.\n'
                  'DIAGNOSIS: R breast, stereotactic core: Ductal carcinoma in situ, high'
                  ' grade, solid type with comedo necrosis and calcification. No invasion'
                  ' seen. B5a.'),
                 {'L': '-', 'R': 'M'}, id='P05'),
    pytest.param(('ADDENDUM (12/03/2026)\n'
                  "Further levels were cut on block A4. In answer to the clinician's quer"
                  'y, DCIS is present at the posterior margin of this left breast wide lo'
                  'cal excision (0 mm). The invasive carcinoma remains 1.5 mm clear of al'
                  'l margins.\n'
                  'Original diagnosis: Left breast, WLE: invasive carcinoma NST, grade 2,'
                  ' 16 mm.'),
                 {'L': 'M', 'R': '-'}, id='P06'),
    pytest.param(('SUPPLEMENTARY REPORT following MDT query: DCIS, intermediate grade, ex'
                  'tends to within 0.4 mm of the inferior radial margin (slide B6).\n'
                  "Specimen: Left breast wide local excision, 2 o'clock.\n"
                  'Invasive carcinoma NST grade 2, 12 mm, as previously reported.'),
                 {'L': 'M', 'R': '-'}, id='P07'),
    pytest.param(("Clinical details: right breast 10 o'clock mass, U5. Query carcinoma.\n"
                  'Right breast, core biopsy: atypical epithelial proliferation of ductal'
                  ' type, query low-grade DCIS, too small for a definite diagnosis. B4. E'
                  'xcision advised.'),
                 {'L': '-', 'R': '-'}, id='P08',
                 marks=pytest.mark.xfail(strict=True, reason=("review P08 (1): read {'L': '-', 'R': 'M'}; 'query "
                                                          "low-grade DCIS' on a diagnosis line: the grade wor"
                                                          "d between 'query' and the entity stops the history"
                                                          '-query hedge (under-reach, not widened here)'))),
    pytest.param(('Specimen received with a query for margins from theatre.\n'
                  'Left breast, re-excision of superior margin: residual ductal carcinoma'
                  ' in situ, low grade, 4 mm, clear of the new margin by 6 mm. Biopsy-sit'
                  'e changes present.'),
                 {'L': 'BM', 'R': '-'}, id='P09'),
    pytest.param(("ADDENDUM: In response to the surgeon's query DCIS is confirmed in the "
                  'right breast re-excision specimen, low grade, 3 mm, 5 mm from the new '
                  'inferior margin. The diagnosis is otherwise unchanged.\n'
                  'Right breast, re-excision: residual DCIS as above; biopsy-site changes'
                  '.'),
                 {'L': '-', 'R': 'BM'}, id='P10'),
    pytest.param(("Frozen section query carcinoma, surgeon Mr O'Neill.\n"
                  'Left breast lump, frozen section: benign; defer to paraffin.\n'
                  'Paraffin sections: Left breast lump, excision: Fibroadenoma, 22 mm, co'
                  'mpletely excised. Frozen section diagnosis confirmed.'),
                 {'L': 'B', 'R': '-'}, id='P11'),
    pytest.param(("Clin: bilat screen, R 10 o'c mass 18 mm, query of FA vs phyllodes, ple"
                  'ase comment on cellularity.\n'
                  'R breast core: Fibroepithelial lesion with low stromal cellularity, fa'
                  'vour fibroadenoma. No stromal atypia or mitoses. B2.'),
                 {'L': '-', 'R': 'B'}, id='P12'),
    pytest.param(('Clinical history: bilateral screen-detected lesions; L query papilloma'
                  ', R query radial scar.\n'
                  "A. Left breast, 1 o'clock core: intraduct papilloma without atypia. B3"
                  '.\n'
                  "B. Right breast, 9 o'clock core: benign breast tissue with fibrocystic"
                  ' change; no radial scar identified. B2.'),
                 {'L': 'B', 'R': '-'}, id='P13'),
    pytest.param(('Counselling note - breast unit (interpreter present, Setswana).\n'
                  "Mother very worried - 'batho ba re ke kankere' [people say it is cance"
                  "r] about the lump in her daughter's left breast.\n"
                  'Histology copied from the report: Left breast, core biopsy: Fibroadeno'
                  'ma. No atypia. B2.\n'
                  'Plan: reassurance, discharge to GP.'),
                 {'L': 'B', 'R': '-'}, id='P14'),
    pytest.param(('Clinical nurse specialist note\n'
                  "Patient says her neighbours and 'people said it was cancer' in the rig"
                  'ht breast and she has not slept.\n'
                  'Result discussed: Right breast, excision biopsy: Fibroadenoma, 27 mm, '
                  'with usual ductal hyperplasia. No malignancy.\n'
                  'She was relieved.'),
                 {'L': '-', 'R': 'B'}, id='P15'),
    pytest.param(('Family liaison note: husband reports that people think the lump is bre'
                  'ast cancer, right side, and the family wish to travel home.\n'
                  'Histology (copied): Right breast, US-guided core: Intraduct papilloma.'
                  ' No atypia.\n'
                  'Excision planned.'),
                 {'L': '-', 'R': 'B'}, id='P16'),
    pytest.param(("Phone call with patient's sister: 'people say this is cancer and she s"
                  "hould go to the healer'. Explained the left breast result.\n"
                  'Left breast, core biopsy: Benign cyst wall with apocrine metaplasia, c'
                  'onsistent with a benign cyst.'),
                 {'L': 'B', 'R': '-'}, id='P17'),
    pytest.param(('Clinic letter: The surgeon says it is cancer of the left breast and th'
                  "e core biopsy confirms this: Left breast, 3 o'clock, core biopsy: Inva"
                  'sive ductal carcinoma, grade 2, ER positive, HER2 negative. Staging CT'
                  ' requested.'),
                 {'L': 'M', 'R': '-'}, id='P18'),
    pytest.param(('Comment: The radiologists think it is a phyllodes tumour because of th'
                  'e rapid growth, and the histology agrees.\n'
                  'Right breast, excision: Benign phyllodes tumour, 45 mm, leaf-like arch'
                  'itecture, low stromal cellularity, mitoses 1/10 HPF. Margin 1 mm.'),
                 {'L': '-', 'R': 'M'}, id='P19'),
    pytest.param(('Occupational health note\n'
                  'Patient worried that "it is breast cancer in my right breast like my m'
                  'other".\n'
                  'Right breast FNA result (copied): 6 ml turbid fluid; foamy macrophages'
                  ' and apocrine cells. Consistent with a benign cyst.\n'
                  'Fit for work.'),
                 {'L': '-', 'R': 'B'}, id='P20'),
    pytest.param(("Welfare officer's record: Officer worried that “this was cancer in the"
                  ' left breast that they missed” after deployment.\n'
                  'Left breast, microdochectomy (copied from histology): Intraductal papi'
                  'lloma, 7 mm, no atypia. Margins clear.'),
                 {'L': 'B', 'R': '-'}, id='P21'),
    pytest.param(("Nurse note: She is worried that 'it could be the DCIS back again' in t"
                  'he left breast.\n'
                  'Left breast, core biopsy (copied): Fat necrosis and foreign-body giant'
                  ' cell reaction at the previous surgical site. Biopsy-site changes. No '
                  'DCIS.'),
                 {'L': 'B', 'R': '-'}, id='P22'),
    pytest.param(('The reporting pathologist was worried that it is a borderline lesion a'
                  'nd sought a second opinion.\n'
                  'Final diagnosis (after consultation): Left breast, excision: Benign ph'
                  'yllodes tumour, 32 mm, margins clear.'),
                 {'L': 'M', 'R': '-'}, id='P23'),
    pytest.param(('Left breast, excision: Fibroadenoma, 19 mm.\n'
                  'Comment: Most people think a lump like this is cancer; in this case it'
                  ' is a fibroadenoma with no atypical features, and no further surgery i'
                  's needed.'),
                 {'L': 'B', 'R': '-'}, id='P24'),
    pytest.param(('Social work note: People said it was cancer, and the biopsy showed it '
                  'was: right breast core biopsy - invasive lobular carcinoma, grade 2. F'
                  'amily informed with consent.'),
                 {'L': '-', 'R': 'M'}, id='P25'),
    pytest.param(('Patient advocate letter: She was anxious that "the lump is cancer agai'
                  'n" in her right breast.\n'
                  'Right breast, wide local excision (copied): Radial scar / complex scle'
                  'rosing lesion, 9 mm, with sclerosing adenosis. No atypia, no malignanc'
                  'y.'),
                 {'L': '-', 'R': 'B'}, id='P26'),
    pytest.param(('Breast surgery follow-up clinic, 14 days post-op.\n'
                  'Examination: Right breast scar healing well, no seroma, no erythema.\n'
                  'Histology: Right breast, wide local excision: Invasive ductal carcinom'
                  'a, grade 2, 18 mm. Margins clear (nearest 3 mm). SLNB 0/2.\n'
                  'Plan: refer for radiotherapy.'),
                 {'L': '-', 'R': 'M'}, id='P27'),
    pytest.param(('Review 2/52 post WLE.\n'
                  'O/E: L breast - scar well healed. No palpable mass, axilla clear.\n'
                  'Pathology: Left breast, wide local excision: Ductal carcinoma in situ,'
                  ' intermediate grade, 14 mm, margins > 2 mm.\n'
                  'Discussed at MDT; radiotherapy recommended.'),
                 {'L': 'M', 'R': '-'}, id='P28'),
    pytest.param(('Clinic letter, Dr A. Varga\n'
                  'On examination the scar has healed well and there is no collection.\n'
                  'The histology from her left breast excision showed: invasive lobular c'
                  'arcinoma, grade 2, 21 mm, with clear margins.\n'
                  'She will start letrozole.'),
                 {'L': 'M', 'R': '-'}, id='P29'),
    pytest.param(('Examination: well-healed left periareolar scar, no mass.\n'
                  'Histology (copied): Left breast, wide local excision: Ductal carcinoma'
                  ' in situ, high grade, 11 mm, margins clear.\n'
                  'Plan: radiotherapy 26 Gy in 5 fractions.'),
                 {'L': 'M', 'R': '-'}, id='P30'),
    pytest.param(('DIAGNOSIS: Left breast, re-excision of cavity: Scar healing well with '
                  'fat necrosis and haemosiderin-laden macrophages. No residual DCIS or i'
                  'nvasive carcinoma.'),
                 {'L': 'B', 'R': '-'}, id='P31'),
    pytest.param(('Part 4 - Examination: Right breast scar healing, some bruising at the '
                  'lateral end.\n'
                  'Part 5 - Histology quoted: "Right breast, wide local excision: Invasiv'
                  'e carcinoma NST, grade 1, 9 mm."\n'
                  'Part 6 - Plan: endocrine therapy.'),
                 {'L': '-', 'R': 'BM'}, id='P32'),
    pytest.param(('Wound review clinic: R mastectomy scar well healed; no collection; dra'
                  'in site dry.\n'
                  'Histology reviewed: Right breast, mastectomy: Invasive lobular carcino'
                  'ma, grade 2, multifocal (largest 24 mm). Nodes 2/14 positive.'),
                 {'L': '-', 'R': 'M'}, id='P33'),
    pytest.param(('Post-operative review after bilateral surgery.\n'
                  'Examination: both scars healing well.\n'
                  'Histology: Left breast, WLE: DCIS, low grade, 8 mm. Right breast, exci'
                  'sion: Fibroadenoma, 15 mm.\n'
                  'Plan: left breast radiotherapy.'),
                 {'L': 'M', 'R': 'B'}, id='P34'),
    pytest.param(('FINAL DIAGNOSIS: Left breast, wide local excision: healing biopsy site'
                  ' with scar, healing well, no residual carcinoma. Previous core biopsy '
                  'diagnosis of invasive carcinoma noted.'),
                 {'L': 'B', 'R': '-'}, id='P35'),
    pytest.param(('Plastic surgery review: Abdominal donor-site scar healing well; flap v'
                  'iable.\n'
                  'Histology (copied): Left breast, skin-sparing mastectomy: Ductal carci'
                  'noma in situ, high grade, 52 mm, margins clear. No invasion.'),
                 {'L': 'M', 'R': '-'}, id='P36'),
    pytest.param(('Nurse telephone review: scar healing well, no concerns.\n'
                  'Histology reviewed with patient: left breast wide local excision showe'
                  'd a radial scar with atypical ductal hyperplasia, completely excised; '
                  'no malignancy.'),
                 {'L': 'B', 'R': '-'}, id='P37'),
    pytest.param(('Examination: Right breast scar healing well; a small seroma was aspira'
                  'ted (40 ml straw-coloured).\n'
                  'Histology: Right breast, re-excision: residual DCIS, low grade, 2 mm, '
                  'clear margins. Biopsy-site changes present.'),
                 {'L': '-', 'R': 'BM'}, id='P38'),
    pytest.param(("Exam: L breast - healing scar at 2 o'clock from prior core, otherwise "
                  'normal.\n'
                  'Histology: Left breast, core: invasive ductal carcinoma grade 3.\n'
                  'Plan: neoadjuvant chemotherapy.'),
                 {'L': 'M', 'R': '-'}, id='P39'),
    pytest.param(('Haematology adviser note.\n'
                  'Quoted core: "Right breast, core biopsy: Extranodal marginal zone lymp'
                  'homa. CD20+, CD5-, CD10-, kappa light chain restricted."\n'
                  'Adviser: Indolent lymphoma treated with radiotherapy 24 Gy; in remissi'
                  'on.'),
                 {'L': '-', 'R': 'M'}, id='P40'),
    pytest.param(("SPECIMEN: Right breast core, 12 o'clock.\n"
                  'LIGHT MICROSCOPY: Cores of fibrous stroma containing a well-circumscri'
                  'bed fibroepithelial lesion with pericanalicular pattern.\n'
                  'DIAGNOSIS: Fibroadenoma. B2.'),
                 {'L': '-', 'R': 'B'}, id='P41'),
    pytest.param(('Left breast cyst aspirate: 8 ml light-brown fluid.\n'
                  'Cytology: foamy macrophages and apocrine cells only. Consistent with a'
                  ' benign cyst. C2.'),
                 {'L': 'B', 'R': '-'}, id='P42'),
    pytest.param(('Right breast FNA: 3 ml light green turbid fluid aspirated, lump resolv'
                  'ed.\n'
                  'Microscopy: proteinaceous debris and macrophages, consistent with a be'
                  'nign cyst.'),
                 {'L': '-', 'R': 'B'}, id='P43'),
    pytest.param(('Right breast, core biopsy: Fibroadenoma with coarse calcification.\n'
                  'Note: some crystals are birefringent under polarised light (calcium ox'
                  'alate). No atypia.'),
                 {'L': '-', 'R': 'B'}, id='P44'),
    pytest.param(('Left breast lump, 5 cm, core biopsy.\n'
                  'Microscopy: sheets of large atypical lymphoid cells. Flow cytometry: l'
                  'ambda light chain restricted B-cell population.\n'
                  'Diagnosis: Diffuse large B-cell lymphoma involving breast tissue.'),
                 {'L': 'M', 'R': '-'}, id='P45'),
    pytest.param(("Lt breast 2 o'clock US core x3: Invasive carcinoma of no special type,"
                  ' grade 2. DCIS component intermediate grade.\n'
                  'Light microscopy of the cores shows calcification in the DCIS.'),
                 {'L': 'M', 'R': '-'}, id='P46'),
    pytest.param(("Rt breast, 7 o'clock, US-guided core: Fibroadenoma. No atypia. B2.\n"
                  'Macroscopy: three light tan cores 12-15 mm.'),
                 {'L': '-', 'R': 'B'}, id='P47'),
    pytest.param(('Rght breast core biopsy (dictation): sclerosing adenosis with columnar'
                  ' cell change. No atypia. B2.'),
                 {'L': '-', 'R': 'B'}, id='P48'),
    pytest.param(("Lght breast, 3 o'clock core (typed as dictated): Ductal carcinoma in s"
                  'itu, high grade, with comedo necrosis.'),
                 {'L': 'M', 'R': '-'}, id='P49'),
    pytest.param(('Requested by Dr M Light, breast surgeon.\n'
                  'Specimen: Right breast, wide local excision.\n'
                  'Diagnosis: Invasive lobular carcinoma, grade 2, 23 mm. LCIS adjacent. '
                  'Margins clear.'),
                 {'L': '-', 'R': 'BM'}, id='P50'),
    pytest.param(('Clinical: previous right breast DCIS 2019, now left axillary lymphaden'
                  'opathy.\n'
                  'Specimen: left axillary lymph node core.\n'
                  'Diagnosis: Small lymphocytic lymphoma / CLL. Flow: kappa light chain r'
                  'estricted CD5+ CD23+ B cells. No breast tissue.'),
                 {'L': '-', 'R': '-'}, id='P51'),
    pytest.param(("Breast core (side not given on form; request card says 'lump, upper ou"
                  "ter'):\n"
                  'Light microscopy: invasive ductal carcinoma, grade 3, with necrosis.\n'
                  'Comment: please confirm laterality.'),
                 {'L': '?', 'R': '?'}, id='P52'),
    pytest.param(('GP referral: lump L breast 3 cm, hard, fixed, 6 weeks. R breast and ax'
                  'illa normal.\n'
                  'Update (phone message from the breast unit): "breast core shows invasi'
                  've carcinoma, grade 3; seen in clinic Monday".'),
                 {'L': 'M', 'R': '-'}, id='P53'),
    pytest.param(('Dear Dr Patel,\n'
                  "She has a 3 cm mass in the left breast at 2 o'clock with a palpable ax"
                  'illary node. The right breast is unaffected.\n'
                  'Core biopsy: invasive ductal carcinoma, grade 3, ER negative, HER2 pos'
                  'itive.\n'
                  'She will start neoadjuvant chemotherapy.'),
                 {'L': 'M', 'R': '-'}, id='P54'),
    pytest.param(('EXPERT REPORT - EMPLOYMENT TRIBUNAL\n'
                  '3.1 She was treated for cancer of the right breast in 2025.\n'
                  '3.2 The left breast has not been affected.\n'
                  '3.3 Surgery confirmed ductal carcinoma in situ, high grade, excised wi'
                  'th clear margins.\n'
                  '3.4 She returned to work in October 2025.'),
                 {'L': '-', 'R': 'M'}, id='P55'),
    pytest.param(('O/E: 4 cm mass R breast upper outer quadrant, skin tethering. Left bre'
                  'ast unaffected.\n'
                  'Core biopsy result: invasive lobular carcinoma, grade 2, ER 8/8.\n'
                  'Plan: MRI staging.'),
                 {'L': '-', 'R': 'M'}, id='P56'),
    pytest.param(("Examination: Right breast 2 cm mobile lump at 9 o'clock. L breast and "
                  'axilla normal.\n'
                  'USS-guided core biopsy: fibroadenoma, B2.\n'
                  'Discharged with reassurance.'),
                 {'L': '-', 'R': 'B'}, id='P57'),
    pytest.param(("Clinic note: firm 18 mm mass left breast 1 o'clock. The right breast a"
                  'nd axilla were normal.\n'
                  'Core biopsy (reported 03/02/2026): ductal carcinoma in situ, intermedi'
                  'ate grade. No invasion in the cores.'),
                 {'L': 'M', 'R': '-'}, id='P58'),
    pytest.param(('Summary:\n'
                  '1. Left breast lump, 2 cm, noticed in June.\n'
                  '2. Right breast normal.\n'
                  '3. Core biopsy result: fibroadenoma, no atypia.\n'
                  '4. Discharged to GP.'),
                 {'L': 'B', 'R': '-'}, id='P59'),
    pytest.param(('Right breast DCIS excised 2020 (history). Left breast: new 1 cm lump; '
                  'the left breast has not been affected by the previous radiotherapy.\n'
                  'Core biopsy 2026: fibroadenoma. B2.'),
                 {'L': 'B', 'R': '-'}, id='P60',
                 marks=pytest.mark.xfail(strict=True, reason=("review P60 (5): read {'L': 'BM', 'R': '-'}; older "
                                                          "behaviour: 'Right breast DCIS excised 2020 (histor"
                                                          "y)' in free text still labels, and here goes to th"
                                                          'e left; the normal-breast skip plays no part'))),
    pytest.param(("Clinical: Right breast 6 cm mass with peau d'orange. L breast and axil"
                  'la: nil palpable.\n'
                  'Core biopsy: invasive ductal carcinoma grade 3; dermal lymphovascular '
                  'invasion.'),
                 {'L': '-', 'R': 'M'}, id='P61',
                 marks=pytest.mark.xfail(strict=True, reason=("review P61 (5): read {'L': 'M', 'R': '-'}; 'L brea"
                                                          "st and axilla: nil palpable.' says more than norma"
                                                          'l (palpation), so it is not passed over by design '
                                                          'of the narrowed rule'))),
    pytest.param(('Letter: Only the left breast is affected. The right breast is unaffect'
                  'ed. Histology from the core: invasive carcinoma of no special type, gr'
                  'ade 2.\n'
                  'She is keen on breast conservation.'),
                 {'L': 'M', 'R': '-'}, id='P62',
                 marks=pytest.mark.xfail(strict=True, reason=("review P62 (5): read {'L': '-', 'R': 'M'}; with th"
                                                          "e sideless finding on the same line as 'The right "
                                                          "breast is unaffected.' the normal sentence is not "
                                                          'passed over (only for a finding on a later line); '
                                                          'under-reach, left'))),
    pytest.param(('MDT OUTCOME:\n'
                  "Left breast 2 o'clock mass 22 mm.\n"
                  'Right breast and axilla normal.\n'
                  'Core biopsy: invasive ductal carcinoma, grade 2, ER 8/8, HER2 negative'
                  '.\n'
                  'Outcome: WLE and SLNB.'),
                 {'L': 'M', 'R': '-'}, id='P63'),
    pytest.param(('History: L mastectomy and LD flap reconstruction 2019. R breast and ax'
                  'illa normal.\n'
                  'Screen-detected 8 mm spiculate mass; ultrasound-guided core: invasive '
                  'ductal carcinoma, grade 1.'),
                 {'L': '-', 'R': 'M'}, id='P64'),
    pytest.param(('History: Rt breast lump 3cm growing quickly. Lt breast normal.\n'
                  'Core biopsy: phyllodes tumour, benign, B3; excision advised.'),
                 {'L': '-', 'R': 'M'}, id='P65'),
    pytest.param(('Referral: Left breast lump, 25 mm, irregular. Right axilla normal.\n'
                  'Core biopsy: invasive carcinoma NST, grade 2.'),
                 {'L': 'M', 'R': '-'}, id='P66',
                 marks=pytest.mark.xfail(strict=True, reason=("review P66 (5): read {'L': '-', 'R': 'M'}; 'Right "
                                                          "axilla normal.' names the axilla alone, no breast:"
                                                          ' not a normal-breast sentence (arguable, left)'))),
    pytest.param(('On examination there is a 3 cm mass in the right breast. The left brea'
                  'st is normal in appearance and to palpation.\n'
                  'Core biopsy: invasive lobular carcinoma, grade 2.'),
                 {'L': '-', 'R': 'M'}, id='P67',
                 marks=pytest.mark.xfail(strict=True, reason=("review P67 (5): read {'L': 'M', 'R': '-'}; 'normal"
                                                          " in appearance and to palpation' says more than no"
                                                          'rmal, so the nearest side stays by design'))),
    pytest.param(('OCCUPATIONAL HEALTH REPORT\n'
                  '5.1 Ms Adeyemi was diagnosed with carcinoma of the right breast in Mar'
                  'ch 2025.\n'
                  '5.2 The left breast has not been affected.\n'
                  '5.3 Surgery (wide local excision) confirmed invasive carcinoma NST, 14'
                  ' mm, with a separate fibroadenoma.\n'
                  '5.4 She is fit for modified duties.'),
                 {'L': '-', 'R': 'BM'}, id='P68'),
    pytest.param(("R breast: 1.5 cm smooth mass at 10 o'clock. L breast normal.\n"
                  'US-guided core: fibroadenoma. B2. Reassured.'),
                 {'L': '-', 'R': 'B'}, id='P69'),
    pytest.param(("Clinic: left breast 15 mm mass 3 o'clock. Right breast and axilla are "
                  'unremarkable.\n'
                  'Core histology: papilloma with usual ductal hyperplasia, no atypia. B3'
                  '.'),
                 {'L': 'B', 'R': '-'}, id='P70'),
    pytest.param(('Bilateral symptoms: left nipple discharge, right breast 2 cm lump. Lef'
                  't breast unaffected on imaging.\n'
                  'Right breast core: fibroadenoma.\n'
                  'Left nipple discharge cytology: benign.'),
                 {'L': '-', 'R': 'B'}, id='P71'),
    pytest.param(('MDT discussion\n'
                  'Right breast: screen-detected calcification 12 mm, M4.\n'
                  'Left breast: normal.\n'
                  'Stereotactic core: ductal carcinoma in situ, low grade, cribriform.\n'
                  'Outcome: right WLE with wire.'),
                 {'L': '-', 'R': 'M'}, id='P72'),
    pytest.param(('LOCAL GOVERNMENT PENSION SCHEME\n'
                  'ILL-HEALTH RETIREMENT - INDEPENDENT REGISTERED MEDICAL PRACTITIONER RE'
                  'PORT\n'
                  'Member: Mrs J. Doyle   Employer: Kirkby Borough Council\n'
                  '2. Medical history\n'
                  "2.1 The member writes that 'my breast cancer treatment has left me exh"
                  "austed'.\n"
                  '2.2 Surgical histology (quoted verbatim from the pathology report, RVH'
                  '-H-26-01022, 03/02/2026): "Right breast, mastectomy: Invasive lobular '
                  'carcinoma, grade 2, 42 mm. Lobular carcinoma in situ."\n'
                  '3. Opinion: permanently incapable of her role; Tier 2.'),
                 {'L': '-', 'R': 'BM'}, id='P73'),
    pytest.param(('INCAPACITY RETIREMENT: MEDICAL ASSESSMENT\n'
                  'Police Pension Scheme - Selected Medical Practitioner\n'
                  'B3 Investigations this year - histology quoted (Dr R. Shah, 11/01/2026'
                  '): "Left breast, core biopsy: Ductal carcinoma in situ, high grade, so'
                  'lid type."\n'
                  "B4 Treatment: mastectomy planned. Adviser's summary: left breast cance"
                  'r, surgery and radiotherapy expected over 6 months; also a benign righ'
                  't breast cyst aspirated in 2019.'),
                 {'L': 'M', 'R': '-'}, id='P74'),
    pytest.param(('ADULT HEALTH REPORT (AH)\n'
                  "Adoption Agency: Northvale Council Children's Services\n"
                  'Applicant 1: Ms K. Brennan\n'
                  '4. Most recent histology (verbatim from pathology report, LC26/2083, 1'
                  '2/02/2026): "Left breast, excision: Fibroadenoma, 24 mm. No atypia."\n'
                  "5. Applicant's statement: 'I was frightened it was cancer'.\n"
                  '6. Medical adviser: benign breast lump, excised; no implications for t'
                  'he application.'),
                 {'L': 'B', 'R': '-'}, id='P75'),
    pytest.param(('ADULT HEALTH REPORT (ADOPTION / FOSTERING)\n'
                  'Applicant: Mrs P. Okafor\n'
                  'Supporting histology (quoted, St Mary\'s Hospital, 05/01/2026): "A. Rig'
                  'ht breast, core biopsy: Intraduct papilloma without atypia.\n'
                  'B. Left breast, two lump excisions: Fibroadenomas, 12 mm and 9 mm."\n'
                  "Adviser's comment: both benign; no health concerns."),
                 {'L': 'B', 'R': 'B'}, id='P76'),
    pytest.param(('ILL-HEALTH RETIREMENT - GP FACTUAL REPORT\n'
                  "Teachers' Pension Scheme\n"
                  'She was diagnosed with left breast cancer (invasive ductal carcinoma, '
                  'grade 3) in September 2025 and remains on chemotherapy. She describes '
                  'severe fatigue and neuropathy.\n'
                  'Prognosis for return to teaching: uncertain.'),
                 {'L': 'M', 'R': '-'}, id='P77'),
    pytest.param(('HISTOPATHOLOGY REPORT\n'
                  'Clinical details - 61F, ill-health retirement 2022 (COPD). Right breas'
                  't mass 2 cm.\n'
                  'Specimen: Right breast, US-guided core.\n'
                  'Diagnosis: Fibroadenoma. B2.'),
                 {'L': '-', 'R': 'B'}, id='P78'),
    pytest.param(('Trustee Ill-Health Early Retirement - Medical Evidence Summary\n'
                  'Member: Mr/Ms T. Varga (member\'s words: "my right breast cancer came b'
                  'ack in the scar")\n'
                  '3. Surgical pathology (quoted verbatim, report dated 20/02/2026): “Rig'
                  'ht breast, wide local excision (post-neoadjuvant): No residual invasiv'
                  'e or in situ carcinoma. Treatment effect. Biopsy-site changes.”\n'
                  "4. Scheme physician's opinion: criteria not met at present."),
                 {'L': '-', 'R': 'B'}, id='P79'),
    pytest.param(('LOCAL GOVERNMENT PENSION SCHEME - ILL-HEALTH RETIREMENT\n'
                  'Most recent histology (verbatim, report dated 02/03/2026): "Left breas'
                  't, mastectomy: Ductal carcinoma in situ, high grade, 60 mm. Right brea'
                  'st, risk-reducing mastectomy: Benign breast tissue."\n'
                  "Member's account: 'both breasts removed because of my BRCA gene and th"
                  "e cancer'."),
                 {'L': 'M', 'R': '-'}, id='P80'),
    pytest.param(('ADULT HEALTH REPORT (AH2)\n'
                  "Adoption Service - Medical Adviser's Summary\n"
                  'Applicant 2: Mrs L. Chen\n'
                  'Histology quoted (Riverside Hospital, RH-26-00451, 28/01/2026): "Right'
                  ' breast, core biopsy: Sclerosing adenosis and columnar cell change. No'
                  ' atypia."\n'
                  "Applicant states that 'the doctors were worried it was breast cancer'."
                  ' No further action.'),
                 {'L': '-', 'R': 'B'}, id='P81'),
    pytest.param(('ADULT HEALTH REPORT - Adoption Agency\n'
                  'Applicant: Ms D. Farrow\n'
                  'Mammogram report quoted (12/01/2026): "Left breast: 12 mm irregular ma'
                  'ss at 2 o\'clock, BI-RADS 4."\n'
                  'Adviser: biopsy awaited; suspected left breast cancer must be clarifie'
                  'd before panel.'),
                 {'L': '-', 'R': '-'}, id='P82'),
    pytest.param(("INCAPACITY RETIREMENT: MEDICAL ASSESSMENT (Fire Fighters' Pension Sche"
                  'me)\n'
                  'A. Member details: Ms R. Kaur, 54.\n'
                  'B. Histology quoted (HSL-26-0331, 10/02/2026): "Right breast, core bio'
                  'psy: Fibroadenoma. B2."\n'
                  'C. Member\'s statement: "I was told at first it might be a cancer in my'
                  ' left breast."\n'
                  'D. Opinion: not permanently incapable.'),
                 {'L': '-', 'R': 'B'}, id='P83'),
    pytest.param(('INCAPACITY RETIREMENT: MEDICAL ASSESSMENT\n'
                  'A. Member: Mrs E. Walsh, 58.\n'
                  'B. Histology quoted (HSL-26-0912, 18/02/2026): "Right breast, core bio'
                  'psy: Fibroadenoma. No atypia. B2.\n'
                  'C. Summary: treated for left breast DCIS in 2012 with mastectomy; no r'
                  'ecurrence since. Member\'s comment: "I am more worried about my back."\n'
                  'D. Opinion: not permanently incapable; back pain is the main issue.'),
                 {'L': '-', 'R': 'B'}, id='P84'),
    pytest.param(('ADULT HEALTH REPORT (AH)\n'
                  'Adoption Agency: Westshire\n'
                  'Previous histology quoted (Dr A. Ross, 10/10/2025): "Left breast, core'
                  ' biopsy: Ductal carcinoma in situ, intermediate grade."\n'
                  'Most recent histology (verbatim from pathology report, WS26/0412, 14/0'
                  '1/2026): "Left breast, mastectomy: No residual DCIS. Biopsy-site chang'
                  'es."\n'
                  'Adviser: completed treatment; prognosis good.'),
                 {'L': 'B', 'R': '-'}, id='P85'),
    pytest.param(('INCAPACITY RETIREMENT: MEDICAL ASSESSMENT\n'
                  'NHS Pension Scheme\n'
                  'Investigations - pathology quoted (Leeds HMDS, 22/01/2026): "Left brea'
                  'st, core biopsy: Invasive carcinoma NST, grade 3. Right breast, core b'
                  'iopsy: Fibroadenoma."\n'
                  'Assessment: treatment will take 12 months; review then.'),
                 {'L': 'M', 'R': 'B'}, id='P86'),
    pytest.param(('CERTIFICATE OF INCAPACITY FOR JURY SERVICE\n'
                  'To: Jury Central Summoning Bureau\n'
                  'Most recent histology (verbatim from report, 14/01/2026): "Left breast'
                  ', wide local excision: Invasive carcinoma NST, grade 1, 9 mm. Margins '
                  'clear."\n'
                  'She is undergoing radiotherapy for cancer and cannot attend until Apri'
                  'l.'),
                 {'L': 'M', 'R': '-'}, id='P87'),
    pytest.param(('Referral for ill health retirement assessment\n'
                  'From: Occupational Health, Harbour Trust\n'
                  'Histopathology quoted (report RH-25-9981, 30/12/2025): "Right breast, '
                  'excision: Benign phyllodes tumour, 52 mm, margins clear."\n'
                  "Employee's own words: 'it was not cancer but they still operated twice"
                  "'."),
                 {'L': '-', 'R': 'M'}, id='P88'),
    pytest.param(('ADULT HEALTH REPORT (ADOPTION / FOSTERING)\n'
                  'Applicant 1: Ms H. Young\n'
                  'Histology quoted from 2016 report: "Left breast, excision: Fibroadenom'
                  'a."\n'
                  'Most recent histology (verbatim, 03/02/2026): "Right breast, core biop'
                  'sy: Atypical ductal hyperplasia."\n'
                  'Adviser: surveillance only.'),
                 {'L': '-', 'R': 'B'}, id='P89'),
    pytest.param(('CARDIFF AND VALE PENSION FUND - ILL-HEALTH RETIREMENT\n'
                  '2. Medical history: left breast cancer diagnosed 2024, treated.\n'
                  '2.3 Surgical histology (quoted from the pathology report, CV-24-3311, '
                  '11/06/2024; previous treatment): "Left breast, WLE: Invasive carcinoma'
                  ' NST, grade 2."\n'
                  '2.4 Current: lymphoedema of the left arm; no evidence of recurrence.'),
                 {'L': 'M', 'R': '-'}, id='P90',
                 marks=pytest.mark.xfail(strict=True, reason=("review P90 (6): read {'L': '-', 'R': '-'}; older b"
                                                          'ehaviour / arguable expected: the only quoted hist'
                                                          "ology carries '(...; previous treatment)', an earl"
                                                          "ier result's lead-in, so it stays history"))),
    pytest.param(('Pension scheme: ill-health retirement not applicable (member withdrew)'
                  '\n'
                  'HISTOPATHOLOGY\n'
                  'Specimen: Left breast, core biopsy.\n'
                  'Diagnosis: Benign breast tissue. No atypia, no malignancy. B1.'),
                 {'L': '-', 'R': '-'}, id='P91'),
    pytest.param(('ADULT HEALTH REPORT (AH)\n'
                  'Adoption Service: Eastbridge\n'
                  'Health history in applicant\'s own words (verbatim): "they found DCIS i'
                  'n my right breast and I had an operation".\n'
                  'GP comment: records confirm a right breast core biopsy with benign fin'
                  'dings only.'),
                 {'L': '-', 'R': '-'}, id='P92',
                 marks=pytest.mark.xfail(strict=True, reason=("review P92 (6): read {'L': '-', 'R': 'M'}; older b"
                                                          "ehaviour: an adoption record's applicant's own wor"
                                                          'ds (verbatim) still label, as the guide says they '
                                                          'stay'))),
    pytest.param(('AMENDED REPORT (version 2)\n'
                  'Reason for amendment: The focus interpreted in version 1 as invasive d'
                  'uctal carcinoma represents sclerosing adenosis on review with p63 and '
                  'SMMHC immunohistochemistry.\n'
                  'DIAGNOSIS (amended): Left breast, core biopsy: Sclerosing adenosis. No'
                  ' malignancy. B2.'),
                 {'L': 'B', 'R': '-'}, id='P93'),
    pytest.param(('CORRECTED REPORT v2\n'
                  'Correction: the lesion reported in v1 as DCIS is atypical ductal hyper'
                  'plasia (extent < 2 mm, single duct).\n'
                  'Right breast, vacuum biopsy: Atypical ductal hyperplasia with calcific'
                  'ation. B3.'),
                 {'L': '-', 'R': 'B'}, id='P94'),
    pytest.param(('Version 3 (supplementary). The area described in version 2 as classica'
                  'l LCIS shows pleomorphic features on review; E-cadherin negative.\n'
                  'Revised diagnosis: Left breast, excision: Pleomorphic lobular carcinom'
                  'a in situ, 8 mm, margins clear. No invasion.'),
                 {'L': 'B', 'R': '-'}, id='P95'),
    pytest.param(('ADDENDUM (version 2): Hormone receptor results. ER 8/8, PR 6/8, HER2 1'
                  '+.\n'
                  'The carcinoma reported in version 1 as grade 2 is unchanged.\n'
                  'Right breast, core biopsy: Invasive carcinoma NST, grade 2.'),
                 {'L': '-', 'R': 'M'}, id='P96'),
    pytest.param(('Amended report (version 2): The lesion interpreted in version 1 as DCI'
                  'S is confirmed on levels and shows microinvasion (0.8 mm).\n'
                  'Left breast, WLE: DCIS, high grade, 22 mm, with a focus of microinvasi'
                  've carcinoma.'),
                 {'L': 'M', 'R': '-'}, id='P97'),
    pytest.param(('ADDENDUM (v2): The tumour, reported in v1 as invasive ductal carcinoma'
                  ', is reclassified as invasive lobular carcinoma (E-cadherin negative, '
                  'p120 cytoplasmic).\n'
                  'Right breast, mastectomy: Invasive lobular carcinoma, grade 2, 34 mm.'),
                 {'L': '-', 'R': 'M'}, id='P98'),
    pytest.param(('SUPPLEMENTARY REPORT (version 2)\n'
                  'Specimen: Left breast, wide local excision (lab no. S26-11873).\n'
                  'Reason: size amended after review of block A5. The carcinoma, describe'
                  'd in version 1 as invasive ductal carcinoma, measures 21 mm (previousl'
                  'y 18 mm). pT2. All other findings unchanged.'),
                 {'L': 'M', 'R': '-'}, id='P99'),
    pytest.param(('Version 3 issued to correct the NHS number only.\n'
                  'The diagnosis, reported in v2 as ductal carcinoma in situ, high grade,'
                  ' of the right breast, stands unchanged; no further tissue examined.'),
                 {'L': '-', 'R': 'M'}, id='P100'),
    pytest.param(('REVISED REPORT (versión 2 / version 2)\n'
                  'Motivo: la lesión interpretada en la versión 1 como carcinoma ductal i'
                  'nfiltrante [the lesion interpreted in version 1 as invasive ductal car'
                  'cinoma] corresponde a adenosis esclerosante [sclerosing adenosis].\n'
                  'Mama derecha, biopsia con aguja gruesa [right breast, core biopsy]: Ad'
                  'enosis esclerosante [sclerosing adenosis].'),
                 {'L': '-', 'R': 'B'}, id='P101',
                 marks=pytest.mark.xfail(strict=True, reason=("review P101 (7): read {'L': '-', 'R': 'BM'}; under"
                                                          "-reach: the Spanish 'interpretada en la versión 1 "
                                                          "como' (glossed) is not read as a version's earlier"
                                                          ' reading'))),
    pytest.param(('AMENDED REPORT: The focus interpreted in version one as invasive lobul'
                  'ar carcinoma represents lobular carcinoma in situ involving sclerosing'
                  ' adenosis.\n'
                  'FINAL DIAGNOSIS: Left breast, core: Lobular carcinoma in situ, classic'
                  'al type, within sclerosing adenosis.'),
                 {'L': 'B', 'R': '-'}, id='P102',
                 marks=pytest.mark.xfail(strict=True, reason=("review P102 (7): read {'L': 'BM', 'R': '-'}; under"
                                                          "-reach: 'in version one as' (the number as a word)"
                                                          " is not read as a version's earlier reading"))),
    pytest.param(('Amendment (v.2): the lesion called in v.1 an invasive carcinoma is a r'
                  'adial scar with entrapped glands (myoepithelial cells present on p63).'
                  '\n'
                  'Right breast, core biopsy: Radial scar. No malignancy. B3.'),
                 {'L': '-', 'R': 'B'}, id='P103',
                 marks=pytest.mark.xfail(strict=True, reason=("review P103 (7): read {'L': '-', 'R': 'BM'}; under"
                                                          "-reach: 'called in v.1 an' (a dotted v.1 and no 'a"
                                                          "s') is not read as a version's earlier reading"))),
    pytest.param(('AMENDED REPORT (version 2)\n'
                  'Laterality amended: the specimen labelled in version 1 as right breast'
                  ' is from the left breast (confirmed with the sender).\n'
                  'Left breast, core biopsy: Fibroadenoma. B2.'),
                 {'L': 'B', 'R': '-'}, id='P104'),
    pytest.param(('ADDENDUM version 2: Further levels show the focus reported in version '
                  '1 as atypical ductal hyperplasia to be low-grade DCIS, 3 mm.\n'
                  'Diagnosis amended: Right breast, vacuum biopsy: Ductal carcinoma in si'
                  'tu, low grade.'),
                 {'L': '-', 'R': 'M'}, id='P105'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Clinical history: 54F, screen-detected left breast mass, U5.\n'
                  "Specimen: Left breast, 2 o'clock, ultrasound-guided core biopsy x4.\n"
                  'Gross: Four cores, 12-16 mm, all embedded.\n'
                  'Diagnosis: Invasive carcinoma of no special type, grade 2 (3+2+2). DCI'
                  'S, intermediate grade, present. ER 8/8, HER2 pending. B5b.'),
                 {'L': 'M', 'R': '-'}, id='O01'),
    pytest.param(('Specimen: Right breast, wide local excision with orientation sutures.\n'
                  'Microscopy: A well-circumscribed fibroepithelial lesion with slit-like'
                  ' ducts and bland stroma.\n'
                  'Diagnosis: Fibroadenoma, 28 mm, completely excised. Background fibrocy'
                  'stic change with apocrine metaplasia.'),
                 {'L': '-', 'R': 'B'}, id='O02'),
    pytest.param(('FINAL DIAGNOSIS\n'
                  'A. Left breast, mastectomy: Invasive lobular carcinoma, classical type'
                  ', grade 2, 55 mm. LCIS present. Margins clear.\n'
                  'B. Left axillary sentinel lymph nodes: metastatic carcinoma in 2 of 3 '
                  'nodes.\n'
                  'C. Right breast, contralateral risk-reducing mastectomy: benign breast'
                  ' tissue; no atypia.'),
                 {'L': 'BM', 'R': '-'}, id='O03'),
    pytest.param(('Bilateral reduction mammoplasty.\n'
                  'Right breast (620 g): fibrocystic change and a 4 mm fibroadenoma.\n'
                  'Left breast (585 g): usual ductal hyperplasia and sclerosing adenosis.'
                  ' No atypia or malignancy in either breast.'),
                 {'L': 'B', 'R': 'B'}, id='O04'),
    pytest.param(('DIAGNOSIS: Right breast, stereotactic vacuum-assisted biopsy: Ductal c'
                  'arcinoma in situ, low grade, cribriform type, with calcification. No i'
                  'nvasion. B5a.\n'
                  'COMMENT: The calcification targeted is within the DCIS. Discussed at M'
                  'DT 04/03/2026.'),
                 {'L': '-', 'R': 'M'}, id='O05'),
    pytest.param(('AMENDED REPORT\n'
                  'The original report (left breast core: invasive ductal carcinoma) is w'
                  'ithdrawn. On review with p63 and calponin the lesion is a sclerosing p'
                  'apilloma with preserved myoepithelium.\n'
                  'Amended diagnosis: Left breast, core biopsy: Intraduct papilloma with '
                  'sclerosis. No malignancy.'),
                 {'L': 'B', 'R': '-'}, id='O06'),
    pytest.param(('Specimen: Right axillary lymph node, core biopsy.\n'
                  'Diagnosis: Metastatic carcinoma consistent with a breast primary (GATA'
                  '3 positive).\n'
                  'No breast tissue in this specimen.'),
                 {'L': '-', 'R': '-'}, id='O07'),
    pytest.param(('Skin of left breast, punch biopsy: Basal cell carcinoma, nodular type,'
                  ' completely excised. Underlying breast parenchyma not sampled.'),
                 {'L': '-', 'R': '-'}, id='O08'),
    pytest.param(('Left breast, excision after neoadjuvant chemotherapy: No residual inva'
                  'sive carcinoma or DCIS. Tumour bed with fibrosis and haemosiderin. ypT'
                  '0 ypN0. Residual cancer burden 0 (pCR).'),
                 {'L': '-', 'R': '-'}, id='O09'),
    pytest.param(('CLINICAL HISTORY: Right breast IDC 2019, treated. Now left breast lump'
                  '.\n'
                  'DIAGNOSIS: Left breast, core biopsy: Benign breast tissue with stromal'
                  ' fibrosis. No evidence of malignancy. B1.'),
                 {'L': '-', 'R': '-'}, id='O10'),
    pytest.param(("Material: core biopsies, left breast 10 o'clock.\n"
                  'Report: The cores show a cellular fibroepithelial lesion with stromal '
                  'overgrowth and occasional mitoses. Differential diagnosis includes cel'
                  'lular fibroadenoma and benign phyllodes tumour. B3. Excision recommend'
                  'ed.'),
                 {'L': '?', 'R': '-'}, id='O11'),
    pytest.param(('Right breast, core: fibroepithelial lesion, B3; excision advised to ex'
                  'clude a phyllodes tumour.\n'
                  'Left breast, core: simple cyst wall, consistent with a benign cyst.'),
                 {'L': 'B', 'R': '-'}, id='O12'),
    pytest.param(('HISTOPATHOLOGY\n'
                  'Specimen: Left breast, wire-guided excision.\n'
                  'Diagnosis: Radial scar / complex sclerosing lesion, 14 mm, with column'
                  'ar cell change and flat epithelial atypia. No in situ or invasive carc'
                  'inoma.\n'
                  'Calcification present in the columnar cell lesion.'),
                 {'L': 'B', 'R': '-'}, id='O13'),
    pytest.param(('Patient: 38F. Right nipple, wedge biopsy: Paget disease of the nipple;'
                  ' underlying high-grade DCIS in the lactiferous ducts. CK7 positive.'),
                 {'L': '-', 'R': 'M'}, id='O14'),
    pytest.param(('ADDENDUM: HER2 FISH result: not amplified (ratio 1.4). This does not a'
                  'lter the diagnosis.\n'
                  'Original: Right breast, core: invasive carcinoma NST, grade 3.'),
                 {'L': '-', 'R': 'M'}, id='O15'),
    pytest.param(('Thyroid, right lobectomy: Papillary thyroid carcinoma, classic type, 1'
                  '1 mm.\n'
                  'Clinical: history of left breast fibroadenoma excised 2010.'),
                 {'L': '-', 'R': '-'}, id='O16'),
    pytest.param(("Left breast, 4 o'clock, core biopsy: Atypical lobular hyperplasia and "
                  'columnar cell change. B3.\n'
                  "Right breast, 11 o'clock, core biopsy: invasive ductal carcinoma, grad"
                  'e 1, tubular features. B5b.'),
                 {'L': 'B', 'R': 'M'}, id='O17'),
    pytest.param(('Mama izquierda, tumorectomía [left breast, lumpectomy]: Carcinoma duct'
                  'al infiltrante, grado histológico 2, 17 mm [invasive ductal carcinoma,'
                  ' grade 2, 17 mm]. Márgenes libres [margins clear].'),
                 {'L': 'M', 'R': '-'}, id='O18'),
    pytest.param(('Breast, right, excision of retroareolar mass: Periductal mastitis with'
                  ' duct ectasia and a small abscess cavity. No malignancy.'),
                 {'L': '-', 'R': 'B'}, id='O19'),
    pytest.param(('Left breast, core biopsy: Diffuse large B-cell lymphoma involving brea'
                  'st parenchyma. CD20+, BCL6+, MUM1+, Ki-67 90%.\n'
                  'Immunophenotype: kappa light chain restriction on flow cytometry.'),
                 {'L': 'M', 'R': '-'}, id='O20'),
    pytest.param(('Specimen: right breast, capsulectomy with peri-implant effusion.\n'
                  'Diagnosis: Breast implant-associated anaplastic large cell lymphoma (B'
                  'IA-ALCL), CD30 positive, ALK negative, confined to the effusion and ca'
                  'psule luminal surface.'),
                 {'L': '-', 'R': 'M'}, id='O21'),
    pytest.param(('Left breast, excision: Fat necrosis and a foreign-body reaction. Biops'
                  'y-site changes present. No residual carcinoma.\n'
                  'Clinical: previous left breast DCIS excised 2025.'),
                 {'L': 'B', 'R': '-'}, id='O22'),
    pytest.param(('Right breast, skin-sparing mastectomy: Angiosarcoma of the breast, pos'
                  't-radiation type, 40 mm, involving dermis. MYC amplified. Margins clea'
                  'r.\n'
                  'History: previous right breast IDC treated with WLE and radiotherapy 2'
                  '017.'),
                 {'L': '-', 'R': 'M'}, id='O23'),
    pytest.param(('Left breast, wide local excision: Invasive micropapillary carcinoma, g'
                  'rade 3, 19 mm, with extensive lymphovascular invasion. Right breast, c'
                  'ore: fibroadenoma.'),
                 {'L': 'M', 'R': 'B'}, id='O24'),
    pytest.param(('Male, 67. Right breast, subareolar excision: Gynaecomastia, florid typ'
                  'e. No atypia or malignancy.'),
                 {'L': '-', 'R': '-'}, id='O25'),
    pytest.param(('CORRECTED REPORT - laterality\n'
                  'The specimen previously reported as left breast is from the right brea'
                  'st (verified with theatre records).\n'
                  'Right breast, core: Intraduct papilloma with usual ductal hyperplasia.'
                  ' No atypia.'),
                 {'L': '-', 'R': 'B'}, id='O26'),
    pytest.param(('Right breast, core biopsy: Metastatic melanoma (S100, SOX10, Melan-A p'
                  'ositive; CK negative). History of cutaneous melanoma of the back 2021.'),
                 {'L': '-', 'R': 'M'}, id='O27'),
    pytest.param(('Microscopy: the cores show infiltrating glands with single-cell files.'
                  ' E-cadherin lost.\n'
                  'Conclusion: Left breast, core: Invasive lobular carcinoma, grade 2. Su'
                  'spicious for, but not diagnostic of, a separate focus of DCIS.'),
                 {'L': 'M', 'R': '-'}, id='O28'),
    pytest.param(('Bilateral mastectomy specimens (BRCA1).\n'
                  'Left: Invasive carcinoma NST, grade 3, 23 mm, triple negative. DCIS hi'
                  'gh grade.\n'
                  'Right: Atypical ductal hyperplasia and columnar cell change; no malign'
                  'ancy.'),
                 {'L': 'M', 'R': 'B'}, id='O29'),
    pytest.param(('Left breast cyst aspirate cytology: Blood-stained fluid, 4 ml. Scanty '
                  'ductal cells with mild atypia; cannot exclude a papillary lesion. C3. '
                  'Recommend core biopsy.'),
                 {'L': '-', 'R': '-'}, id='O30',
                 marks=pytest.mark.xfail(strict=True, reason=("review O30 (0): read {'L': 'B', 'R': '-'}; older b"
                                                          "ehaviour: a C3 cytology's hedged 'cannot exclude a"
                                                          " papillary lesion' is read as a papilloma (B)"))),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
