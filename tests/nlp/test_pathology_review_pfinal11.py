"""Final measurement review pfinal11 of the stop's pathology rules (b125-b126), pinned after its over-reaches were mended.

The review read 138 texts, written from the guide before either revision ran (30 ordinary reports, 108 on the fourteen
rules: 44 variants, 64 near misses), against 687a0f0, the stop's start. Against 4d0b64d it found 4 over-reaches: a
history line cut after "referred to" swallowing the report's procedure-first "Core biopsy, left breast: ..." line; a
bilateral word stopped before "and the LCIS is present in both specimens" and "and her core biopsies showed
fibroadenomas"; "As I mentioned ..., most of them prove to be fibroadenomas; the largest is a benign phyllodes tumour"
taken as a likelihood. Mended (no wrap over a label naming a side or procedure and no year; the bilateral stop only
for a singular finding and sampling with nothing reaching back to both, and never where no side is found; a likelihood
told to the patient only, its sentence naming no member of the set as a result), 123 read as labelled. Each right text
must keep reading as labelled (they pass); the 15 still wrong are strict xfails, each with its reading and reason (14
since review p131 took "Left breast: normal." as a normal-breast sentence: n08 now reads as labelled)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('LAKESHORE REGIONAL MEDICAL CENTER - ANATOMIC PATHOLOGY\n'
                  'Case: LS26-04417        Received: 02/17/2026        Signed: 02/19/2026'
                  '\n'
                  'CLINICAL HISTORY: 63-year-old woman, 16 mm irregular hypoechoic mass l'
                  'eft breast 1:00, 5 cm FN, BI-RADS 5.\n'
                  'SPECIMEN: Left breast, 1:00, ultrasound-guided 14G core biopsy (5 core'
                  's).\n'
                  'FINAL DIAGNOSIS:\n'
                  'Left breast, 1:00, core biopsy:\n'
                  '- Invasive ductal carcinoma, Nottingham grade 3 (tubules 3, pleomorphi'
                  'sm 3, mitoses 2).\n'
                  '- Ductal carcinoma in situ, solid type, high nuclear grade, with comed'
                  'onecrosis.\n'
                  '- Lymphovascular invasion: not identified in the cores.\n'
                  'Prognostic markers to follow as a separate addendum.\n'
                  'Attending pathologist: R. Villanueva, MD'),
                 {'L': 'M', 'R': '-'}, id='o01'),
    pytest.param(('NHS BREAST SCREENING PROGRAMME - HISTOPATHOLOGY REPORT\n'
                  'Hospital no: Q883201   Screening no: 44-0912\n'
                  "Specimen: Right breast, 10-11 o'clock, X-ray guided vacuum biopsy (8 c"
                  'ores) for microcalcification.\n'
                  'Specimen radiograph: calcification present in cores 2, 3 and 6.\n'
                  'Microscopy: Several ducts are distended by a solid proliferation of ma'
                  'rkedly pleomorphic cells with central comedo-type necrosis and calcifi'
                  'cation. No invasion is seen in the material examined.\n'
                  'Conclusion: Ductal carcinoma in situ, high nuclear grade.\n'
                  'Core biopsy category: B5a (in situ malignancy).\n'
                  'Reporting pathologist: Dr G. Okonjo'),
                 {'L': '-', 'R': 'M'}, id='o02'),
    pytest.param(('Sullivan Nicolaides style report - Histopathology\n'
                  'Clinical notes: 29F, 28 mm mobile lump R breast, enlarging. For excisi'
                  'on.\n'
                  'Macroscopic: "Right breast lump". An ovoid well-circumscribed rubbery '
                  'nodule 30 x 24 x 18 mm, cut surface white and whorled. Serially sliced'
                  ' and embedded in A1-A6.\n'
                  'Microscopic: Sections show a well-circumscribed fibroepithelial lesion'
                  ' with pericanalicular and intracanalicular growth. The stroma is of lo'
                  'w cellularity without atypia, and there are no mitoses. Adjacent breas'
                  't tissue shows sclerosing adenosis.\n'
                  'Diagnosis: Right breast lump, excision - Fibroadenoma, 30 mm, with adj'
                  'acent sclerosing adenosis. No evidence of malignancy.'),
                 {'L': '-', 'R': 'B'}, id='o03'),
    pytest.param(('MASTECTOMY - BILATERAL\n'
                  'PART 1: LEFT BREAST, TOTAL MASTECTOMY:\n'
                  '  - INVASIVE LOBULAR CARCINOMA, CLASSIC TYPE, GRADE 2, 38 MM.\n'
                  '  - LOBULAR CARCINOMA IN SITU, CLASSIC TYPE, MULTIFOCAL.\n'
                  '  - MARGINS NEGATIVE (CLOSEST POSTERIOR, 4 MM).\n'
                  '  - NIPPLE AND SKIN: UNINVOLVED.\n'
                  'PART 2: RIGHT BREAST, PROPHYLACTIC TOTAL MASTECTOMY:\n'
                  '  - BENIGN BREAST PARENCHYMA WITH FIBROCYSTIC CHANGES AND APOCRINE MET'
                  'APLASIA.\n'
                  '  - NO ATYPIA OR MALIGNANCY IDENTIFIED.\n'
                  'PART 3: LEFT AXILLARY SENTINEL LYMPH NODES: ONE OF THREE WITH MICROMET'
                  'ASTASIS (1.1 MM).\n'
                  'Pathologist: Dr. A. Lévesque, Hopital regional de Moncton'),
                 {'L': 'BM', 'R': '-'}, id='o04'),
    pytest.param(('CYTOPATHOLOGY REPORT\n'
                  "Specimen: FNA right breast, 3 o'clock, palpable 15 mm lump (aspirated "
                  '12 mL green-brown fluid, lump resolved).\n'
                  'Microscopy: Smears show scattered foamy macrophages and a few sheets o'
                  'f apocrine cells in a proteinaceous background. No epithelial atypia.\n'
                  'Interpretation: Benign. Findings consistent with a simple cyst.\n'
                  'Category: C2 (benign).\n'
                  'Cytopathologist: Dr. N. Haddad'),
                 {'L': '-', 'R': 'B'}, id='o05'),
    pytest.param(('CONSULTATION - SECOND OPINION\n'
                  'Material: 3 H&E slides and 1 block from Westmoor Diagnostic Lab, case '
                  'WDL-26-2281.\n'
                  'Outside diagnosis: Left breast, core biopsy: Ductal carcinoma in situ,'
                  ' low grade.\n'
                  'Our diagnosis: Left breast, core biopsy: Atypical ductal hyperplasia. '
                  'The monotonous cribriform proliferation involves two partially involve'
                  'd ducts spanning 1.5 mm, below the threshold for low-grade DCIS.\n'
                  'Comment: Excision is recommended. Dr. Bauer at the referring laborator'
                  'y was informed on 03/09/2026.'),
                 {'L': 'B', 'R': '-'}, id='o06',
                 marks=pytest.mark.xfail(strict=True, reason=("review o06 (ordinary): read {'L': 'BM', 'R': '-'};"
                                                          " older: 'below the threshold for low-grade DCIS' ("
                                                          "a comparison's yardstick) is read as DCIS"))),
    pytest.param(('BREAST INVASIVE CARCINOMA SYNOPTIC REPORT (resection)\n'
                  'Procedure: Partial mastectomy (wire localised), right breast\n'
                  'Specimen laterality: Right\n'
                  "Tumour site: Upper outer quadrant, 10 o'clock\n"
                  'Histologic type: Invasive lobular carcinoma, classic\n'
                  'Histologic grade (Nottingham): Grade 2 (3+2+1)\n'
                  'Invasive tumour size: 19 mm\n'
                  'Ductal carcinoma in situ: Not identified\n'
                  'Lobular carcinoma in situ: Present, classic type\n'
                  'Margins: Negative for invasive carcinoma; closest (inferior) 2 mm\n'
                  'Lymphovascular invasion: Not identified\n'
                  'Regional lymph nodes: 0/2 sentinel nodes\n'
                  'pTNM: pT1c pN0(sn)'),
                 {'L': '-', 'R': 'BM'}, id='o07'),
    pytest.param(('ADDENDUM REPORT (issued 24/02/2026)\n'
                  'Original diagnosis unchanged.\n'
                  'HER2 in situ hybridisation (dual-probe): HER2/CEP17 ratio 1.4, mean HE'
                  'R2 copy number 3.1 per cell. Result: HER2 not amplified (ISH group 5).'
                  '\n'
                  '---\n'
                  'FINAL DIAGNOSIS (18/02/2026):\n'
                  "Left breast, 3 o'clock, core biopsy: Invasive carcinoma of no special "
                  'type, grade 2. ER 8/8, PR 6/8, HER2 IHC 2+ (equivocal; ISH to follow).'
                  '\n'
                  'Reported by: Dr F. Ilunga, Consultant Pathologist'),
                 {'L': 'M', 'R': '-'}, id='o08'),
    pytest.param(('DEPARTMENT OF PATHOLOGY, GOVERNMENT MEDICAL COLLEGE\n'
                  'Histopathology No: H/1184/26          Date: 11.03.2026\n'
                  'Name: [redacted]   Age/Sex: 22/F\n'
                  'Specimen: Lump left breast - excision biopsy.\n'
                  'Gross: Received single globular grey-white firm tissue measuring 3.2 x'
                  ' 2.5 x 2 cm. Cut section grey-white, lobulated, slit-like spaces seen.'
                  '\n'
                  'Microscopy: Sections show a benign biphasic tumour with compressed duc'
                  'ts (intracanalicular pattern) and loose fibrous stroma. No atypia.\n'
                  'Impression: Fibroadenoma, left breast.'),
                 {'L': 'B', 'R': '-'}, id='o09'),
    pytest.param(('Pathology report - Breast Centre, Universitätsspital (English version '
                  'for the referring physician)\n'
                  'Specimen: Right breast, retroareolar, ultrasound-guided core biopsy (3'
                  ' cores, 14G), clinical bloody nipple discharge.\n'
                  'Microscopy: Fragments of a papillary lesion with fibrovascular cores l'
                  'ined by a two-cell layer; myoepithelial cells are preserved on p63 and'
                  ' CK5/6 staining. No atypia.\n'
                  'Diagnosis: Right breast, retroareolar, core biopsy: Intraductal papill'
                  'oma without atypia (B3).\n'
                  'Recommendation: Discussion at the interdisciplinary breast tumour boar'
                  'd.'),
                 {'L': '-', 'R': 'B'}, id='o10'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Specimen: Left breast, excision of 6 cm mass.\n'
                  'Gross: A lobulated 62 x 50 x 41 mm tan-white mass with cleft-like spac'
                  'es and a leaf-like cut surface.\n'
                  'Microscopic: Fibroepithelial neoplasm with leaf-like architecture, per'
                  'iductal stromal condensation, moderate stromal cellularity and up to 3'
                  ' mitoses per 10 HPF. No stromal overgrowth; borders pushing.\n'
                  'DIAGNOSIS: Left breast, excision: Benign phyllodes tumor, 6.2 cm. Marg'
                  'ins: tumor extends to within 1 mm of the anterior margin.'),
                 {'L': 'M', 'R': '-'}, id='o11'),
    pytest.param(('HISTOLOGY - Bilateral reduction mammoplasty\n'
                  'Specimens: (1) Left breast reduction tissue, 612 g. (2) Right breast r'
                  'eduction tissue, 655 g.\n'
                  'Microscopy: (1) Left: Breast tissue with stromal fibrosis, fibrocystic'
                  ' change and apocrine metaplasia. No atypia. (2) Right: Breast tissue w'
                  'ith a 5 mm well-circumscribed fibroadenoma; background fibrocystic cha'
                  'nge. No atypia.\n'
                  'Conclusion:\n'
                  '1. Left breast reduction: fibrocystic change; no atypia or malignancy.'
                  '\n'
                  '2. Right breast reduction: fibroadenoma (5 mm); fibrocystic change.'),
                 {'L': '-', 'R': 'B'}, id='o12'),
    pytest.param(("Mammography-guided vacuum assisted excision, LEFT breast, 1 o'clock, a"
                  'rchitectural distortion (M4).\n'
                  'Twelve cores of fibrofatty tissue, specimen X-ray shows the distortion'
                  ' within cores 4-9.\n'
                  'Sections show a stellate lesion with a central fibroelastotic core and'
                  ' radiating ducts showing epithelial hyperplasia of usual type and colu'
                  'mnar cell change. No atypical ductal hyperplasia, no in situ or invasi'
                  've carcinoma.\n'
                  'CONCLUSION: Left breast VAE: Radial scar / complex sclerosing lesion w'
                  'ith usual epithelial hyperplasia and columnar cell change. B3 (uncerta'
                  'in malignant potential), no atypia.'),
                 {'L': 'B', 'R': '-'}, id='o13'),
    pytest.param(('ANATOMICAL PATHOLOGY REPORT\n'
                  'Specimen: Right breast, re-excision of lateral margin (previous WLE fo'
                  'r DCIS, S26-1190).\n'
                  'Macro: Fibrofatty tissue 35 x 20 x 12 mm, new margin inked blue. All e'
                  'mbedded.\n'
                  'Micro: Healing biopsy cavity with fat necrosis, foreign body giant cel'
                  'ls and haemosiderin. No residual DCIS or invasive carcinoma identified'
                  '. New margin clear.\n'
                  'Diagnosis: Right breast, re-excision of lateral margin: no residual ca'
                  'rcinoma; biopsy site changes with fat necrosis.'),
                 {'L': '-', 'R': 'B'}, id='o14'),
    pytest.param(('Left breast, total mastectomy and axillary clearance following neoadju'
                  'vant chemotherapy (AC-T).\n'
                  "Tumour bed identified at 2 o'clock, 28 x 22 mm of fibrotic tissue with"
                  ' the clip.\n'
                  'Histology: Residual invasive carcinoma of no special type, as scattere'
                  'd nests over 9 mm within the tumour bed, cellularity approximately 10%'
                  '. No residual DCIS. Nodes: 1 of 14 with residual metastatic carcinoma '
                  '(4 mm) and treatment effect.\n'
                  'RCB class II. ypT1b ypN1a.\n'
                  'DIAGNOSIS: Left breast mastectomy: residual invasive carcinoma NST pos'
                  't neoadjuvant therapy; ypT1b ypN1a.'),
                 {'L': 'M', 'R': '-'}, id='o15'),
    pytest.param(('Histopathology Report - Waikato Breast Care\n'
                  'Specimens: A. Right breast, wide local excision (hookwire). B. Right s'
                  'entinel node.\n'
                  'Diagnosis:\n'
                  'A. Right breast WLE: Ductal carcinoma in situ, intermediate nuclear gr'
                  'ade, cribriform and micropapillary patterns, 17 mm. No invasion. Margi'
                  'ns clear (closest 4 mm, superior).\n'
                  'B. Right sentinel lymph node: one node, no metastatic carcinoma (0/1).'
                  '\n'
                  'Reported by Dr H. Te Rangi'),
                 {'L': '-', 'R': 'M'}, id='o16'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Patient: 17-year-old male. Clinical: Left breast enlargement for 18 mo'
                  'nths, tender.\n'
                  'Specimen: Left breast, subcutaneous mastectomy.\n'
                  'Gross: Disc of fibrofatty tissue 60 x 55 x 20 mm with a firm white cen'
                  'tral area.\n'
                  'Microscopic: Ducts with micropapillary epithelial hyperplasia surround'
                  'ed by oedematous cellular periductal stroma. No atypia.\n'
                  'Diagnosis: Left breast, subcutaneous mastectomy: Gynaecomastia, florid'
                  ' phase.'),
                 {'L': '-', 'R': '-'}, id='o17'),
    pytest.param(('FROZEN SECTION DIAGNOSIS (called to Dr. Ramsey in OR 4 at 10:42): Righ'
                  't breast mass - benign, defer to permanents.\n'
                  'FINAL DIAGNOSIS:\n'
                  'Right breast, lumpectomy:\n'
                  '- Sclerosing adenosis forming a 14 mm nodule (adenosis tumour).\n'
                  '- Usual ductal hyperplasia and apocrine metaplasia.\n'
                  '- No atypia or carcinoma identified.\n'
                  'Comment: The frozen section diagnosis is confirmed.'),
                 {'L': '-', 'R': 'B'}, id='o18'),
    pytest.param(("right breast 9 o'clock us guided core biopsy. the sections show a prol"
                  'iferation of monotonous cells forming rigid cribriform spaces partiall'
                  'y filling two ducts, with associated calcification. features are those'
                  ' of atypical ductal hyperplasia. no dcis or invasive carcinoma. final '
                  "diagnosis right breast 9 o'clock core biopsy atypical ductal hyperplas"
                  "ia. excision recommended. dictated dr o'neill"),
                 {'L': '-', 'R': 'B'}, id='o19'),
    pytest.param(("Vacuum-assisted biopsy, left breast, 2 o'clock, calcifications (R4).\n"
                  'Microscopy: Terminal duct lobular units show columnar cell change with'
                  ' flat epithelial atypia and luminal calcifications. A separate lobule '
                  'is expanded by a monotonous population of discohesive cells, filling l'
                  'ess than half of the acini, in keeping with atypical lobular hyperplas'
                  'ia. No DCIS or invasion.\n'
                  'Conclusion: Left breast VAB: flat epithelial atypia and atypical lobul'
                  'ar hyperplasia, with calcification. B3.'),
                 {'L': 'B', 'R': '-'}, id='o20'),
    pytest.param(('DIAGNOSIS:\n'
                  "Right breast, 12 o'clock, ultrasound-guided core biopsy:\n"
                  'Invasive carcinoma, mucinous type, provisional grade 1, forming pools '
                  'of extracellular mucin with floating clusters of bland tumour cells.\n'
                  'ER positive (Allred 8), PR positive (Allred 7), HER2 negative (IHC 0).'
                  '\n'
                  'Comment: Final typing of pure versus mixed mucinous carcinoma requires'
                  ' the excision specimen.\n'
                  'Pathologist: Dr. S. Iqbal, Aga Khan University Hospital'),
                 {'L': '-', 'R': 'M'}, id='o21'),
    pytest.param(('HAEMATOPATHOLOGY / SURGICAL PATHOLOGY\n'
                  'Clinical: 71F, rapidly enlarging right breast mass, 6 cm, B symptoms.\n'
                  'Specimen: Right breast, core biopsy x4.\n'
                  'Microscopy: Breast parenchyma is effaced by sheets of large atypical l'
                  'ymphoid cells with vesicular nuclei and prominent nucleoli, surroundin'
                  'g and infiltrating ducts. CD20+, PAX5+, BCL6+, MUM1+, CD10-; Ki-67 abo'
                  'ut 85%.\n'
                  'Diagnosis: Right breast, core biopsy: Diffuse large B-cell lymphoma in'
                  'volving breast tissue (non-GCB phenotype).'),
                 {'L': '-', 'R': 'M'}, id='o22'),
    pytest.param(('Total duct excision, left, for persistent non-bloody nipple discharge.'
                  '\n'
                  'Macroscopy: Cone of retroareolar tissue 32 x 25 x 20 mm with dilated d'
                  'ucts containing inspissated material.\n'
                  'Microscopy: Dilated subareolar ducts with periductal chronic inflammat'
                  'ion rich in plasma cells, foamy macrophages and periductal fibrosis. N'
                  'o papilloma. No atypia or malignancy.\n'
                  'Conclusion: Left total duct excision: periductal mastitis with duct ec'
                  'tasia.'),
                 {'L': 'B', 'R': '-'}, id='o23'),
    pytest.param(('FINAL DIAGNOSIS\n'
                  "A. RIGHT BREAST, 8 O'CLOCK, 4 CM FN, ULTRASOUND GUIDED CORE BIOPSY:\n"
                  '   - FIBROADENOMA.\n'
                  "B. LEFT BREAST, 2 O'CLOCK, 7 CM FN, ULTRASOUND GUIDED CORE BIOPSY:\n"
                  '   - INVASIVE DUCTAL CARCINOMA, GRADE 3.\n'
                  '   - DUCTAL CARCINOMA IN SITU, HIGH GRADE, PRESENT.\n'
                  'C. LEFT AXILLA, LYMPH NODE, FNA:\n'
                  '   - METASTATIC CARCINOMA.\n'
                  'Electronically signed: J. Whitfield, DO, 03/05/2026'),
                 {'L': 'M', 'R': 'B'}, id='o24'),
    pytest.param(('Histology report (Tallaght University Hospital)\n'
                  'Specimen: Left breast, wide local excision, retroareolar mass (encapsu'
                  'lated papillary lesion on core).\n'
                  'Microscopy: A well-circumscribed cystic papillary tumour surrounded by'
                  ' a thick fibrous capsule, with delicate fibrovascular cores lined by m'
                  'onotonous cells with low-grade nuclei. Myoepithelial cells are absent '
                  'within the papillae and at the periphery (p63, SMMHC). No invasive car'
                  'cinoma beyond the capsule.\n'
                  'Diagnosis: Left breast WLE: Encapsulated papillary carcinoma, 21 mm, m'
                  'argins clear.'),
                 {'L': 'M', 'R': '-'}, id='o25'),
    pytest.param(("Right breast, 7 o'clock, core biopsy (palpable lump 4 months after sea"
                  'tbelt injury).\n'
                  'Sections show fat necrosis with lipid-laden macrophages, multinucleate'
                  'd giant cells, lipid cysts and surrounding fibrosis. No epithelial aty'
                  'pia or malignancy.\n'
                  'Diagnosis: Right breast core: Fat necrosis. B2.\n'
                  'Comment: Concordant with the clinical history and imaging.'),
                 {'L': '-', 'R': '-'}, id='o26'),
    pytest.param(('SKIN PUNCH BIOPSY - NIPPLE\n'
                  'Clinical: 68F, eczematous left nipple for 4 months not responding to t'
                  'opical steroid.\n'
                  'Microscopy: The epidermis is infiltrated singly and in small clusters '
                  'by large cells with abundant pale cytoplasm and pleomorphic nuclei. Th'
                  'ese cells are CK7 positive, HER2 positive (3+), and negative for S100,'
                  ' SOX10 and CK20.\n'
                  'Diagnosis: Left nipple, punch biopsy: Paget disease of the nipple.\n'
                  'Recommendation: Breast imaging to look for underlying carcinoma.'),
                 {'L': 'M', 'R': '-'}, id='o27'),
    pytest.param(('Department of Pathology, Tan Tock Seng Hospital\n'
                  'Clinical history: 41F, family history - mother with breast cancer at 6'
                  "0. Right breast 10 o'clock 12 mm oval mass, BI-RADS 4A.\n"
                  "Specimen: Right breast 10 o'clock, ultrasound-guided core biopsy.\n"
                  "Diagnosis: Right breast, 10 o'clock, core biopsy: Fibroadenoma. No aty"
                  'pia or malignancy.\n'
                  'Comment: Findings are concordant with imaging.'),
                 {'L': '-', 'R': 'B'}, id='o28'),
    pytest.param(('*** AMENDED REPORT *** - laterality corrected 06/03/2026\n'
                  'Reason for amendment: the request form was completed for the wrong sid'
                  'e; the radiology record and the specimen pot confirm the RIGHT breast.'
                  '\n'
                  "DIAGNOSIS (amended): Right breast, 6 o'clock, core biopsy: Complex scl"
                  'erosing lesion with usual ductal hyperplasia; no atypia (B3).\n'
                  "Previously reported as: Left breast, 6 o'clock, core biopsy: complex s"
                  'clerosing lesion.'),
                 {'L': '-', 'R': 'B'}, id='o29'),
    pytest.param(('Histopathology - Christchurch\n'
                  'Specimen: Right breast, hookwire-localised wide local excision.\n'
                  'Microscopy: A 9 mm infiltrating carcinoma composed of angulated open t'
                  'ubules lined by a single layer of low-grade cells with apical snouts ('
                  '>90% tubules). Separate from it, 15 mm away, is a well-circumscribed 7'
                  ' mm fibroadenoma. Background columnar cell change.\n'
                  'Diagnosis: Right breast WLE: Tubular carcinoma, grade 1, 9 mm, margins'
                  ' clear (closest 6 mm); separate fibroadenoma (7 mm); columnar cell cha'
                  'nge.'),
                 {'L': '-', 'R': 'BM'}, id='o30'),
    pytest.param(('SUNRISE VALLEY LABORATORY - REPORT HISTORY (all versions)\n'
                  'Accession: SV26-08813\n'
                  'V2 AMENDED DIAGNOSIS (02/18/2026):\n'
                  "Left breast, 3 o'clock, ultrasound-guided core biopsy:\n"
                  '- Cellular fibroadenoma. No stromal overgrowth, infiltrative border or'
                  ' mitotic activity to suggest a phyllodes tumor.\n'
                  'V1 FINAL DIAGNOSIS (02/11/2026) (superseded):\n'
                  "Left breast, 3 o'clock, ultrasound-guided core biopsy:\n"
                  '- Fibroepithelial lesion, favor benign phyllodes tumor.\n'
                  'Amendment reason: Reviewed at breast consensus conference; deeper leve'
                  'ls examined.'),
                 {'L': 'B', 'R': '-'}, id='v01'),
    pytest.param(('==== v2 FINAL DIAGNOSIS (2026-03-04) - CURRENT ====\n'
                  'RIGHT BREAST, 11:00, STEREOTACTIC CORE BIOPSY:\n'
                  '  ATYPICAL DUCTAL HYPERPLASIA ASSOCIATED WITH CALCIFICATIONS.\n'
                  '  SEE COMMENT.\n'
                  '==== v1 FINAL DIAGNOSIS (2026-02-27) - WITHDRAWN ====\n'
                  'RIGHT BREAST, 11:00, STEREOTACTIC CORE BIOPSY:\n'
                  '  DUCTAL CARCINOMA IN SITU, LOW NUCLEAR GRADE, CRIBRIFORM TYPE.\n'
                  'COMMENT: After intradepartmental review the proliferation is judged to'
                  ' fall short of DCIS in extent; v1 is withdrawn. Excision is recommende'
                  'd.'),
                 {'L': '-', 'R': 'B'}, id='v02'),
    pytest.param(('Report versions - Meridian Path Services\n'
                  'V3 CORRECTED DIAGNOSIS (04/02/2026):\n'
                  'Left breast, lumpectomy: Intraductal papilloma with usual ductal hyper'
                  'plasia. No atypia. Margins clear.\n'
                  'V2 FINAL DIAGNOSIS (03/27/2026) (replaced by version 3):\n'
                  'Left breast, lumpectomy: Intraductal papilloma with atypical ductal hy'
                  'perplasia.\n'
                  'V1 FINAL DIAGNOSIS (03/25/2026) (replaced by version 2):\n'
                  'Left breast, lumpectomy: Encapsulated papillary carcinoma.\n'
                  'Correction history: V2 - myoepithelial stains showed an intact layer; '
                  'V3 - ADH focus re-reviewed, represents UDH.'),
                 {'L': 'B', 'R': '-'}, id='v03'),
    pytest.param(('Integrated Pathology Network - Final report\n'
                  'V2 FINAL DIAGNOSIS (03/12/2026) (replaces v1, which is withdrawn):\n'
                  "Left breast, 4 o'clock, core biopsy: Atypical ductal hyperplasia, span"
                  'ning 2 mm. No in situ or invasive carcinoma.\n'
                  'V1 FINAL DIAGNOSIS (03/09/2026) (replaced by version 2):\n'
                  "Left breast, 4 o'clock, core biopsy: Ductal carcinoma in situ, low gra"
                  'de.\n'
                  'Comment: Discussed with Dr Amaro (breast surgery) on 03/12/2026.'),
                 {'L': 'B', 'R': '-'}, id='v04'),
    pytest.param(('PATHOLOGY REPORT (patient portal copy)\n'
                  'V2 FINAL DIAGNOSIS (DCIS withdrawn - see comment):\n'
                  "Left breast, 12 o'clock, stereotactic core biopsy:\n"
                  '- Atypical ductal hyperplasia with columnar cell change and calcificat'
                  'ions.\n'
                  'Comment: On review with CK5/6 and ER, the focus described in the preli'
                  'minary report as low grade DCIS is atypical ductal hyperplasia. Dr Oye'
                  'laran agrees.'),
                 {'L': 'B', 'R': '-'}, id='v05'),
    pytest.param(('Pacific Crest Pathology\n'
                  'Accession PC26-11302   Collected 01/12/2026   Reported 01/14/2026\n'
                  'V1 FINAL DIAGNOSIS (01/14/2026) (verified):\n'
                  "Left breast, 7 o'clock, ultrasound-guided core biopsy:\n"
                  '- Invasive ductal carcinoma, grade 2, measuring at least 9 mm in the c'
                  'ores.\n'
                  '- Ductal carcinoma in situ, intermediate grade, solid type.\n'
                  'Biomarkers ordered on block A1.'),
                 {'L': 'M', 'R': '-'}, id='v06'),
    pytest.param(('CLINICAL PATHOLOGY SERVICES - Surgical Pathology\n'
                  'V1 FINAL DIAGNOSIS (02/06/2026) (this report replaced the intraoperati'
                  've consultation report of 02/02/2026):\n'
                  'Right breast, lumpectomy:\n'
                  '- Sclerosing adenosis and radial scar, 11 mm.\n'
                  '- No atypia or carcinoma.\n'
                  'Intraoperative consultation (02/02/2026): "Benign; defer".'),
                 {'L': '-', 'R': 'B'}, id='v07'),
    pytest.param(('LAB REPORT - VERSION LIST\n'
                  'V3 ADDENDUM (03/01/2026):\n'
                  'HER2 IHC 1+ (negative). ER 95% strong, PR 40%. Diagnosis unchanged.\n'
                  'V2 FINAL DIAGNOSIS (02/26/2026) (replaced by version 3):\n'
                  "Right breast, 10 o'clock, core biopsy: Invasive ductal carcinoma, grad"
                  'e 2. Ductal carcinoma in situ, intermediate grade.\n'
                  'V1 PRELIMINARY (02/25/2026) (replaced by version 2):\n'
                  'Right breast core: carcinoma present, typing to follow.'),
                 {'L': '-', 'R': 'M'}, id='v08'),
    pytest.param(('REPORT VERSIONS\n'
                  'V1 FINAL DIAGNOSIS (01/30/2026) (retracted):\n'
                  'Left breast, core biopsy: Invasive lobular carcinoma, classic type.\n'
                  'V2 FINAL DIAGNOSIS (02/03/2026):\n'
                  'Left breast, core biopsy: Benign breast tissue with fibrocystic change'
                  ' and apocrine metaplasia. No evidence of malignancy.\n'
                  "Reason for V2: V1 was issued on the wrong patient's slides (specimen m"
                  'ix-up at embedding, incident IR-26-044).'),
                 {'L': '-', 'R': '-'}, id='v09'),
    pytest.param(('Mercy Hills Laboratory - surgical pathology\n'
                  'V2 FINAL DIAGNOSIS (02/20/2026) (supersedes V1):\n'
                  'Right breast, excision: Cellular fibroadenoma, 34 mm, margins clear.\n'
                  'V1 FINAL DIAGNOSIS (02/17/2026) (superseded by V2):\n'
                  'Right breast, excision: Benign phyllodes tumor, 34 mm.\n'
                  'Reason for revision: Intradepartmental consensus review; no leaf-like '
                  'architecture or stromal overgrowth in additional blocks.'),
                 {'L': '-', 'R': 'B'}, id='v10'),
    pytest.param(('V1 Final Diagnosis (12/01/2025) (Replaced by Version 2):\n'
                  "Left breast, 5 o'clock, vacuum biopsy: Ductal carcinoma in situ, low g"
                  'rade, 3 mm.\n'
                  'V2 Final Diagnosis (12/04/2025):\n'
                  "Left breast, 5 o'clock, vacuum biopsy: Flat epithelial atypia and atyp"
                  'ical lobular hyperplasia. The focus previously called DCIS represents '
                  'ALH involving a sclerosed lobule (E-cadherin negative).\n'
                  'Signed: T. Nakashima, MD'),
                 {'L': 'B', 'R': '-'}, id='v11'),
    pytest.param(('Report history\n'
                  'V2 FINAL DIAGNOSIS (01/22/2026) - REPLACES V1\n'
                  "Right breast, 2 o'clock, core biopsy: Invasive lobular carcinoma, clas"
                  'sic type, grade 2 (E-cadherin negative).\n'
                  'V1 FINAL DIAGNOSIS (01/20/2026) - REPLACED\n'
                  "Right breast, 2 o'clock, core biopsy: Invasive ductal carcinoma, grade"
                  ' 2.\n'
                  'Revision note: tumour type changed after E-cadherin; grade and side un'
                  'changed.'),
                 {'L': '-', 'R': 'M'}, id='v12'),
    pytest.param(('BREAST MDT OUTCOME - 04/03/2026\n'
                  '47-year-old, maternal aunt deceased of breast cancer aged 39, referred'
                  ' to genetics.\n'
                  "Screen-detected 9 mm mass right breast 10 o'clock, U3; core biopsy (14"
                  'G x3): fibroadenoma, B2.\n'
                  'Radiology-pathology concordant.\n'
                  'Outcome: return to routine screening; genetics referral made (family h'
                  'istory).'),
                 {'L': '-', 'R': 'B'}, id='k01'),
    pytest.param(('Translated from Portuguese (Hospital de Santo António): summary of the'
                  ' breast consultation.\n'
                  'Patient 52 years. Mother deceased from breast carcinoma at 58 years; n'
                  'o other family history.\n'
                  "Left breast nodule 15 mm at 2 o'clock, BI-RADS 4B; core biopsy of 12/0"
                  '2/2026: fibroadenoma with sclerosing adenosis.\n'
                  'Plan: imaging surveillance at 6 months.'),
                 {'L': 'B', 'R': '-'}, id='k02'),
    pytest.param(('Breast clinic summary, translated from French.\n'
                  'Family: mother deceased from a stroke in 2024, sister alive and well.\n'
                  "The patient's right breast core biopsy (20/02/2026) shows invasive lob"
                  'ular carcinoma, grade 2, ER positive, HER2 negative.\n'
                  'Plan: MRI for extent, MDT discussion next week.'),
                 {'L': '-', 'R': 'M'}, id='k03'),
    pytest.param(('Oncology referral note\n'
                  "Sister deceased of ovarian cancer at 49; the patient's own left breast"
                  ' wide local excision (H26-3004): ductal carcinoma in situ, intermediat'
                  'e grade, 12 mm, margins clear.\n'
                  'Genetic testing (BRCA1/2, PALB2) requested. Radiotherapy opinion reque'
                  'sted.'),
                 {'L': 'M', 'R': '-'}, id='k04',
                 marks=pytest.mark.xfail(strict=True, reason=("review k04 (kin_dec): read {'L': '-', 'R': '-'}; o"
                                                          "lder: the relative's scope already crosses the sem"
                                                          "icolon onto the patient's own DCIS"))),
    pytest.param(('Resumen de consulta / consultation summary (English)\n'
                  'Her mother deceased of breast cancer at 51 and her own left breast cor'
                  'e biopsy shows a fibroadenoma, B2, concordant with ultrasound.\n'
                  'She is very anxious; reassured. Plan: annual surveillance from age 40 '
                  '(moderate familial risk).'),
                 {'L': 'B', 'R': '-'}, id='k05'),
    pytest.param(('Breast unit note - 09/03/2026\n'
                  "Father deceased from a myocardial infarction in 2019 - patient's right"
                  ' breast core: ductal carcinoma in situ, high grade, 20 mm on imaging.\n'
                  'Plan: right mastectomy with sentinel node biopsy discussed; she wishes'
                  ' to consider immediate reconstruction.'),
                 {'L': '-', 'R': 'M'}, id='k06'),
    pytest.param(('HISTOPATHOLOGY - Breast Assessment Clinic\n'
                  "Clinical information: 37F, lump left breast 3 o'clock, 18 mm, mobile. "
                  'Previous fibroadenoma excised from the right breast in\n'
                  'Lagos 2017 (histology then: "fibroadenoma", per the referral letter).\n'
                  'Specimen: Left breast core biopsy x3 (14G).\n'
                  'Histology: The cores show breast tissue with fibrocystic change, apocr'
                  'ine metaplasia and stromal fibrosis. No fibroepithelial lesion is samp'
                  'led.\n'
                  'Conclusion: Left breast core: benign breast tissue with fibrocystic ch'
                  'ange (B2). Correlation with imaging advised.'),
                 {'L': '-', 'R': '-'}, id='w01'),
    pytest.param(('Clinical details: 39 yo, 2 cm R breast lump, ?FA. Previous L breast lu'
                  'mp excised in\n'
                  'Dhaka 2020: Phyllodes tumour, benign, according to her discharge summa'
                  'ry.\n'
                  'Specimen: R breast core x2 (14G).\n'
                  'Microscopy: Fibroepithelial lesion with intracanalicular pattern, low '
                  'stromal cellularity, no mitoses, no leaf-like fronds.\n'
                  'Conclusion: R breast core: fibroadenoma (B2).'),
                 {'L': '-', 'R': 'B'}, id='w02'),
    pytest.param(("Indication: 55 y/o, left breast mass 2 o'clock. Known right breast can"
                  'cer treated at the\n'
                  'Princess Margaret Hospital 2018: Ductal carcinoma in situ, wide excisi'
                  'on and radiotherapy.\n'
                  "Left breast, 2 o'clock, core biopsy:\n"
                  '- Fibroadenoma with focal usual ductal hyperplasia.\n'
                  '- No atypia or malignancy.\n'
                  'Pathologist: D. Marchetti, MD'),
                 {'L': 'B', 'R': '-'}, id='w03'),
    pytest.param(("Clinical history: bilateral palpable masses, R 10 o'clock and\n"
                  "L 3 o'clock, both clinically benign; for core biopsy.\n"
                  "1. R breast core 10 o'clock: fibroadenoma.\n"
                  "2. L breast core 3 o'clock: intraductal papilloma without atypia.\n"
                  'B categories: 1 - B2; 2 - B3.'),
                 {'L': 'B', 'R': 'B'}, id='w04'),
    pytest.param(('Clinical information: ?recurrence; previous wide local excision of\n'
                  'Left breast 2016 (DCIS, high grade) with radiotherapy. Now new 8 mm ma'
                  "ss at the scar, 4 o'clock.\n"
                  "Diagnosis: Left breast, 4 o'clock, core biopsy: Recurrent ductal carci"
                  'noma in situ, high grade, with comedonecrosis. No invasion seen.\n'
                  'Reported by Dr K. Halvorsen'),
                 {'L': 'M', 'R': '-'}, id='w05'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Clinical notes: 44F, 9 mm retroareolar nodule, bloody discharge, reque'
                  'sted by\n'
                  "RIGHT BREAST CORE BIOPSY (12 o'clock, retroareolar): INTRADUCTAL PAPIL"
                  'LOMA WITHOUT ATYPIA. NO MALIGNANCY.\n'
                  'Gross: Two cores, 10 and 12 mm, entirely submitted.'),
                 {'L': '-', 'R': 'B'}, id='w06'),
    pytest.param(('Clinical details: 66F, screen detected 11 mm spiculate mass L breast U'
                  'OQ, U5, referred to\n'
                  "Core biopsy, left breast, 2 o'clock: Invasive carcinoma of no special "
                  'type, grade 2. DCIS present, intermediate grade.\n'
                  'B category: B5b.\n'
                  'Reporting pathologist: Dr E. Fairweather'),
                 {'L': 'M', 'R': '-'}, id='w07'),
    pytest.param(('Clinical: 48F right breast lump 35 mm, rapid growth, U3, fibroadenoma '
                  'vs phyllodes; mother with\n'
                  'Microscopy: Cores of a fibroepithelial lesion with leaf-like architect'
                  'ure, increased stromal cellularity and 4 mitoses per 10 HPF.\n'
                  'Conclusion: Right breast core: Fibroepithelial lesion, favour benign p'
                  'hyllodes tumour (B3). Excision advised.'),
                 {'L': '-', 'R': 'M'}, id='w08'),
    pytest.param(('Clinical history: lump right breast 6 weeks, skin tethering and\n'
                  'MACROSCOPY\n'
                  'Three cores of firm white tissue, 12-15 mm.\n'
                  'MICROSCOPY\n'
                  'Infiltrating carcinoma in cords and sheets, marked pleomorphism, frequ'
                  'ent mitoses.\n'
                  'DIAGNOSIS\n'
                  'Right breast, core biopsy - invasive carcinoma of no special type, gra'
                  'de 3.'),
                 {'L': '-', 'R': 'M'}, id='w09'),
    pytest.param(("Clinical information: Right breast 1 o'clock 9 mm hypoechoic mass, BI-"
                  'RADS 4A, referred by the\n'
                  'Opinion: Right breast core biopsy - intraductal papilloma without atyp'
                  'ia (B3). No malignancy.\n'
                  'Reported: Dr. A. Wojcik'),
                 {'L': '-', 'R': 'B'}, id='w10'),
    pytest.param(("Outpatient breast path (short form) - St Columba's\n"
                  'Hx: 31F, tender lump L breast, seen in clinic with\n'
                  'Dx: Left breast core - fibroadenoma, B2. No atypia.\n'
                  'Micro: bland fibroepithelial lesion, pericanalicular pattern.\n'
                  'Signed: Dr P. Ní Bhriain, 04/03/2026'),
                 {'L': 'B', 'R': '-'}, id='w11'),
    pytest.param(('Clinical: 2 cm firm lump R breast, seen at\n'
                  "Impression: Right breast, 10 o'clock core: Invasive lobular carcinoma,"
                  ' classic type, grade 2. LCIS not seen.\n'
                  'Micro: single-file infiltration of discohesive cells; E-cadherin negat'
                  'ive.'),
                 {'L': '-', 'R': 'M'}, id='w12'),
    pytest.param(('Hospital de Clínicas - Mastologia - evolução\n'
                  'Paciente 49 anos, retorno com resultado de biópsia.\n'
                  'Diagnósticos [Diagnoses]: CDI mama dir. (cT2 N0, RE+/HER2-); cisto sim'
                  'ples mama esq.\n'
                  'Conduta: quimioterapia neoadjuvante? - discutir em reunião multidiscip'
                  'linar.'),
                 {'L': 'B', 'R': 'M'}, id='m01'),
    pytest.param(('Hospital Universitario - Unidad de Patología Mamaria\n'
                  'Unidad de Mama - nota de consulta\n'
                  'Juicio diagnóstico: CDIS mama izq.; fibroadenoma mama dcha.\n'
                  'Plan: tumorectomía izquierda con arpón; control ecográfico del fibroad'
                  'enoma.\n'
                  'Revisión en 4 semanas con el resultado de la pieza quirúrgica.'),
                 {'L': 'M', 'R': 'B'}, id='m02'),
    pytest.param(('Consulta de Senologia - IPO\n'
                  'Lista de problemas: HTA controlada; CDI mama esq. (cT1c N0); papiloma '
                  'intraductal mama dir.\n'
                  'Plano: cirurgia conservadora esquerda + BGS; excisão do papiloma direi'
                  'to no mesmo tempo.'),
                 {'L': 'M', 'R': 'B'}, id='m03'),
    pytest.param(('Hospital Regional - Ambulatório de Mastologia\n'
                  'Paciente 44 anos, retorno.\n'
                  'Mastologia - nota de evolução\n'
                  'Diagnósticos: CDI mama esq. (cT2 N1); fibroadenoma mama dir. excisado '
                  'em 2016.\n'
                  'Conduta: QT neoadjuvante (AC-T), reavaliar com RM.\n'
                  'Retorno após o 4.º ciclo.'),
                 {'L': 'M', 'R': '-'}, id='m04',
                 marks=pytest.mark.xfail(strict=True, reason=("review m04 (mama): read {'L': 'M', 'R': 'B'}; olde"
                                                          "r: 'fibroadenoma mama dir. excisado em 2016' is re"
                                                          'ad despite its history words'))),
    pytest.param(('Serviço de Mastologia - resultados\n'
                  'Paciente 36 anos, nódulos bilaterais em USG.\n'
                  'Resultado de biópsias (BAG, 05/03/2026)\n'
                  'Conclusão: mama dir.: fibroadenoma; mama esq.: cisto simples.\n'
                  'Conduta: seguimento ecográfico em 6 meses.\n'
                  'Médico: Dra. L. Cardoso'),
                 {'L': 'B', 'R': 'B'}, id='m05'),
    pytest.param(('Hospital de Base - Mastologia\n'
                  'Paciente 51 anos, rastreio.\n'
                  'Consulta de Mastologia - revisão de resultados\n'
                  'Conclusão: fibroadenoma mama dir.; carcinoma mama esq. descartado (cor'
                  'e benigno, alterações fibroquísticas).\n'
                  'Conduta: alta para rastreio.'),
                 {'L': '-', 'R': 'B'}, id='m06',
                 marks=pytest.mark.xfail(strict=True, reason=("review m06 (mama): read {'L': '-', 'R': 'BM'}; old"
                                                          "er: Portuguese 'descartado' does not negate 'carci"
                                                          "noma mama esq.', put on the right"))),
    pytest.param(('Consulta de Senologia - 12/03/2026\n'
                  'História: 58 anos, CDI mama direita 2019, mastectomia + QT + HT.\n'
                  'Exame objectivo: cicatriz de mastectomia direita sem alterações [right'
                  ' mastectomy scar healed, no changes]; mama esquerda sem nódulos palpáv'
                  'eis; axilas livres.\n'
                  'Plano: mamografia esquerda anual; manter letrozol.'),
                 {'L': '-', 'R': '-'}, id='e01',
                 marks=pytest.mark.xfail(strict=True, reason=("review e01 (exame): read {'L': '-', 'R': 'M'}; old"
                                                          "er: 'História: ... CDI mama direita 2019' is read "
                                                          "as today's carcinoma"))),
    pytest.param(('Nota de consulta - Cirugía de Mama\n'
                  'Motivo: nódulo palpable.\n'
                  'Examen físico: Mama derecha: nódulo de 2 cm en CSE, móvil, bien delimi'
                  'tado, compatible con fibroadenoma [consistent with fibroadenoma]. Mama'
                  ' izquierda: normal. Axilas libres.\n'
                  'Plan: ecografía y BAG de la mama derecha.'),
                 {'L': '-', 'R': '-'}, id='e02'),
    pytest.param(('Ambulatório de Mastologia - consulta de seguimento\n'
                  'Exame físico [Physical examination]: cicatriz cirúrgica em QSE mama es'
                  'querda (setorectomia por fibroadenoma, 2020), sem nódulos; mama direit'
                  'a com cisto palpável já conhecido, indolor.\n'
                  'Conduta: USG mamária em 12 meses.'),
                 {'L': '-', 'R': '-'}, id='e03'),
    pytest.param(('Laudo - Anatomia Patológica\n'
                  'Exame histopatológico (biópsia por agulha grossa, mama esquerda, 3 fra'
                  'gmentos): carcinoma ductal invasivo, grau histológico 2.\n'
                  'Exame imuno-histoquímico: RE positivo (90%), RP positivo (60%), HER2 n'
                  'egativo.'),
                 {'L': 'M', 'R': '-'}, id='e04'),
    pytest.param(('Consulta de Mastologia\n'
                  'Exame físico: nódulo de 2 cm na mama direita, QSE, móvil.\n'
                  'Resultado da biópsia [Biopsy result]: Mama direita, core biopsy (08/03'
                  '/2026): fibroadenoma.\n'
                  'Conduta: seguimento clínico.'),
                 {'L': '-', 'R': 'B'}, id='e05'),
    pytest.param(('Servicio de Ginecología - Unidad de Mama\n'
                  'Examen físico: nódulo duro de 3 cm en CSE de mama izquierda, adenopatí'
                  'a axilar izquierda palpable.\n'
                  'Anatomía patológica (BAG 05/03/2026): Mama izquierda: carcinoma lobuli'
                  'llar infiltrante, grado 2.\n'
                  'Plan: estudio de extensión y comité de tumores.'),
                 {'L': 'M', 'R': '-'}, id='e06'),
    pytest.param(('FOMU YA MAOMBI YA MSAADA WA MATIBABU [APPLICATION FOR MEDICAL ASSISTAN'
                  'CE] - certified translation\n'
                  'SEHEMU 1 - TAARIFA ZA MWOMBAJI [SECTION 1 - APPLICANT DETAILS]\n'
                  'Age: 41. District: Kilifi.\n'
                  "SEHEMU 2 - MAELEZO YA MWOMBAJI [SECTION 2 - APPLICANT'S STATEMENT]\n"
                  'I have had a lump in the left breast for six months. My sister says it'
                  " is breast cancer like our aunt's. I cannot afford the operation.\n"
                  "SEHEMU 3 - RIPOTI YA DAKTARI [SECTION 3 - DOCTOR'S REPORT]\n"
                  'Left breast, core biopsy (KNH 26-1187): Fibroadenoma. No malignancy.\n'
                  'Recommendation: excision because of size and patient anxiety.'),
                 {'L': 'B', 'R': '-'}, id='a01'),
    pytest.param(('CHARITY CARE APPLICATION - translated from Filipino\n'
                  "3. PAHAYAG NG APLIKANTE [APPLICANT'S STATEMENT]\n"
                  'I was told at the barangay health centre that I have breast cancer in '
                  'my right breast and need an operation. I am a widow with three childre'
                  'n.\n'
                  "4. ULAT NG MANGGAGAMOT [PHYSICIAN'S REPORT]\n"
                  "Right breast, 9 o'clock, core biopsy (PGH 26-0772): sclerosing adenosi"
                  's with usual ductal hyperplasia. No atypia, no malignancy.\n'
                  'Assessment: benign; surveillance.'),
                 {'L': '-', 'R': 'B'}, id='a02'),
    pytest.param(('KLINIČKI PODACI [PATIENT HISTORY]\n'
                  'Lump right breast 3 weeks, 14 mm, mobile.\n'
                  'PATOHISTOLOŠKA DIJAGNOZA [PATHOLOGICAL DIAGNOSIS]\n'
                  'Right breast, core biopsy: Fibroadenoma. No atypia.\n'
                  'Pathologist: dr. M. Kovačević'),
                 {'L': '-', 'R': 'B'}, id='a03'),
    pytest.param(('INSURANCE CLAIM - translated from Amharic\n'
                  "ክፍል 2 - የአመልካች መግለጫ [SECTION 2 - APPLICANT'S STATEMENT]\n"
                  'I found a lump in my right breast in January. The doctors did a needle'
                  ' test.\n'
                  'ክፍል 3 - የሐኪም ሪፖርት [SECTION 3 - MEDICAL REPORT] (to be completed by the'
                  ' treating doctor)\n'
                  'Diagnosis: Right breast, core biopsy (TASH 26-0341): Invasive ductal c'
                  'arcinoma, grade 3, ER negative, PR negative, HER2 positive.\n'
                  'Treatment planned: neoadjuvant chemotherapy.'),
                 {'L': '-', 'R': 'M'}, id='a04'),
    pytest.param(('DISABILITY BENEFIT FORM - Swahili original with English translation\n'
                  "SEHEMU 3 - TAARIFA YA DAKTARI [ATTENDING PHYSICIAN'S STATEMENT]\n"
                  'Diagnosis: Right breast invasive ductal carcinoma, confirmed on core b'
                  'iopsy 02/2026 (KNH 26-0990).\n'
                  'Current treatment: chemotherapy cycle 2 of 6.\n'
                  'Expected time off work: 6 months.'),
                 {'L': '-', 'R': 'M'}, id='a05'),
    pytest.param(('Histopathology\n'
                  'Clinical details: 34F, 3 cm mobile lump in the right breast, upper out'
                  'er quadrant. Left breast normal.\n'
                  'Specimen: Core biopsy x3 (14G, US guided).\n'
                  'Microscopy: Fibroepithelial lesion with bland, paucicellular stroma an'
                  'd no mitoses.\n'
                  'Conclusion: Fibroadenoma (B2).'),
                 {'L': '-', 'R': 'B'}, id='n01'),
    pytest.param(('Clinical history: Screen-detected 7 mm spiculate mass, left breast 4 o'
                  "'clock, U4. The right breast is unremarkable.\n"
                  'Specimen received: Three 14G cores in formalin.\n'
                  'Diagnosis: Core biopsy - invasive carcinoma of no special type, grade '
                  '1. DCIS not seen. B5b.\n'
                  'Reported by: Dr Y. Mensah'),
                 {'L': 'M', 'R': '-'}, id='n02'),
    pytest.param(("Referral: 26F with a 2 cm firm lump of the left breast at 9 o'clock, p"
                  'resent for three months. Right breast clinically normal.\n'
                  'Ultrasound 02/2026: 21 mm oval circumscribed parallel mass, U3.\n'
                  'Core biopsy (x2): Fibroadenoma. No atypia.\n'
                  'Plan: discharge with reassurance.'),
                 {'L': 'B', 'R': '-'}, id='n03'),
    pytest.param(('Clinical information: Right WLE and radiotherapy 2017 for IDC. Left br'
                  'east normal.\n'
                  "New palpable 12 mm lump near the scar, 8 o'clock. US-guided core biops"
                  'y x3.\n'
                  'Conclusion: Invasive ductal carcinoma, grade 2, consistent with recurr'
                  'ence. ER positive.\n'
                  'Pathologist: Dr L. Fonseca'),
                 {'L': '-', 'R': 'M'}, id='n04'),
    pytest.param(('Clinical information: Right mastectomy and implant reconstruction 2018'
                  ' for DCIS. Left breast normal.\n'
                  "Screen-detected 10 mm oval mass, 2 o'clock. US-guided core biopsy.\n"
                  'Microscopy: Fibroepithelial lesion, bland stroma.\n'
                  'Conclusion: Fibroadenoma. B2.'),
                 {'L': 'B', 'R': '-'}, id='n05'),
    pytest.param(('Breast core biopsy - one-stop clinic\n'
                  "Clinical: lump left breast 1 o'clock 25 mm. Right breast normal. Right"
                  ' axilla normal.\n'
                  'Specimen: core biopsy, 3 cores.\n'
                  'Diagnosis: fibroadenoma, no atypia (B2).\n'
                  'Reported by Dr V. Ramaswamy, 06/03/2026. Concordant with imaging (U3).'),
                 {'L': 'B', 'R': '-'}, id='n06',
                 marks=pytest.mark.xfail(strict=True, reason=("review n06 (normal): read {'L': '-', 'R': 'B'}; un"
                                                          "der-reach: 'Right axilla normal.' is not passed ov"
                                                          'er, so the fibroadenoma takes the right'))),
    pytest.param(('Clinical details: Left breast cosmetic augmentation implant 2015 (subg'
                  'landular). Right breast normal.\n'
                  "New 15 mm palpable lump above the implant, 12 o'clock. US core x3.\n"
                  'Diagnosis: Fibroadenoma. No atypia. B2.'),
                 {'L': 'B', 'R': '-'}, id='n07',
                 marks=pytest.mark.xfail(strict=True, reason=("review n07 (normal): read {'L': '-', 'R': 'B'}; un"
                                                          'der-reach: a cosmetic implant counts as a removed '
                                                          'breast, so no pass-over to the left'))),
    pytest.param(("Clinical: 45F, right breast 6 o'clock 11 mm mass, BI-RADS 4A. Left bre"
                  'ast: normal.\n'
                  'Specimen: US-guided core, 3 passes.\n'
                  'Diagnosis: Intraductal papilloma without atypia (B3). Excision or VAE '
                  'suggested per MDT.'),
                 {'L': '-', 'R': 'B'}, id='n08'),
    pytest.param(("CLINICAL: 58F. Left breast 3 o'clock 19 mm irregular mass, skin dimpli"
                  'ng. Right breast normal. Left axillary node 14 mm with thickened corte'
                  'x.\n'
                  'SPECIMENS: 1. Breast mass core x4. 2. Axillary node core x2.\n'
                  'DIAGNOSIS:\n'
                  '1. Breast core: invasive ductal carcinoma, grade 3.\n'
                  '2. Axillary node core: metastatic carcinoma.'),
                 {'L': 'M', 'R': '-'}, id='n09'),
    pytest.param(("Clinical details: Right breast 11 o'clock 8 mm cluster of calcificatio"
                  'ns, R4. The left breast was unremarkable on mammography. Right breast '
                  'otherwise normal.\n'
                  'Specimen: stereotactic vacuum biopsy, 9 cores, calcification on specim'
                  'en X-ray.\n'
                  'Conclusion: columnar cell change with calcification, no atypia (B2).'),
                 {'L': '-', 'R': 'B'}, id='n10'),
    pytest.param(('Konklusjon [Conclusion], translated from Norwegian:\n'
                  'Ductal carcinoma in situ, high grade, 22 mm, in the left breast; fibro'
                  'adenoma in the\n'
                  'right breast (incidental, 6 mm) - no further treatment needed.\n'
                  'Margins: DCIS 3 mm from the medial margin.'),
                 {'L': 'M', 'R': 'B'}, id='s01',
                 marks=pytest.mark.xfail(strict=True, reason=("review s01 (sidewrap): read {'L': 'M', 'R': 'BM'};"
                                                          ' older: the unsided margins line takes the wrapped'
                                                          " 'right breast' named before it"))),
    pytest.param(('Summary of diagnoses (bilateral surgery, 03/03/2026):\n'
                  'invasive lobular carcinoma of the left breast, grade 2, pT2 N1a; intra'
                  'ductal papilloma of\n'
                  'the right breast, 8 mm, completely excised, no atypia.\n'
                  'Reported by Dr A. Lindqvist.'),
                 {'L': 'M', 'R': 'B'}, id='s02'),
    pytest.param(('Patologiavdelningen, Karolinska - English summary for the referring un'
                  'it\n'
                  'Sammanfattning [Summary] - translated\n'
                  'Invasive carcinoma NST, grade 3, 17 mm, in the left breast; radial sca'
                  'r from the\n'
                  'right breast (vacuum excision), no atypia.\n'
                  'Signerad: Dr E. Holm'),
                 {'L': 'M', 'R': 'B'}, id='s03'),
    pytest.param(('Patologisk Afdeling, Aarhus - English summary\n'
                  'Diagnoses, bilateral excisions (translated from Danish):\n'
                  'Benign phyllodes tumour, 41 mm, in the right breast, margins free; scl'
                  'erosing adenosis in\n'
                  'left breast, 9 mm, no atypia.\n'
                  'Signed: Dr M. Sørensen, 07/03/2026'),
                 {'L': 'B', 'R': 'M'}, id='s04'),
    pytest.param(('Histopathology - core biopsy\n'
                  "Clinical: 27F, 2 o'clock left breast lump, 14 mm, U3.\n"
                  'Conclusion:\n'
                  "Left breast, 2 o'clock, core: fibroadenoma; similar to her previous fi"
                  'broadenoma from the\n'
                  'right breast (2019, H19-2231), which was excised.\n'
                  'No atypia or malignancy.'),
                 {'L': 'B', 'R': '-'}, id='s05'),
    pytest.param(('Diagnosis: Right breast mastectomy: invasive ductal carcinoma, grade 2'
                  ', 26 mm; no carcinoma in the\n'
                  'left breast biopsy of 02/2026 referred to in the request (that specime'
                  'n was reported separately as benign).\n'
                  'Nodes: 0/3.'),
                 {'L': '-', 'R': 'M'}, id='s06'),
    pytest.param(('DIAGNOSIS (narrative, bilateral mastectomy):\n'
                  'The left breast core (H26-0877) showed DCIS, high grade. Subsequent bi'
                  'lateral mastectomies were performed, and the DCIS is now seen to span '
                  '42 mm in the left specimen, margins clear.\n'
                  'Right mastectomy: benign breast tissue, no atypia or malignancy.'),
                 {'L': 'M', 'R': '-'}, id='b01'),
    pytest.param(("Clinical: right breast 11 o'clock papilloma on core (H26-1402); macrom"
                  'astia.\n'
                  'Procedure: bilateral reduction mammoplasty with excision of the right '
                  'biopsy site.\n'
                  'Diagnosis: Bilateral reduction mammoplasty specimens (R 540 g, L 505 g'
                  ') with fibrocystic change only, but the intraductal papilloma is compl'
                  "etely excised in the right 11 o'clock block; no atypia."),
                 {'L': '-', 'R': 'B'}, id='b02'),
    pytest.param(('Clinical details: bilateral breast pain; right retroareolar 6 mm lesio'
                  'n on ultrasound.\n'
                  'Result summary: bilateral mammograms were normal, and the ultrasound-g'
                  'uided core biopsy showed an intraductal papilloma without atypia.\n'
                  'Plan: MDT discussion regarding vacuum excision.'),
                 {'L': '-', 'R': 'B'}, id='b03'),
    pytest.param(('HISTOPATHOLOGY - Breast reduction\n'
                  'Clinical: symptomatic macromastia; no focal lesion on imaging.\n'
                  'Diagnosis: Bilateral breast reduction (total 1.2 kg), and the histolog'
                  'y shows scattered fibroadenomas (largest 6 mm) and sclerosing adenosis'
                  ' throughout.\n'
                  'No atypia or malignancy.'),
                 {'L': 'B', 'R': 'B'}, id='b04'),
    pytest.param(('SURGICAL PATHOLOGY - Mastectomy\n'
                  'Clinical: BRCA1 carrier, normal MRI 01/2026.\n'
                  'FINAL DIAGNOSIS: B/L prophylactic mastectomies (BRCA1 carrier), and th'
                  'is shows lobular carcinoma in situ, classic type, multifocal. No invas'
                  'ive carcinoma. Nipples uninvolved.'),
                 {'L': 'B', 'R': 'B'}, id='b05'),
    pytest.param(('HISTOLOGY - reduction specimens\n'
                  'Clinical: 34F, macromastia, back pain. Specimens: reduction tissue, le'
                  'ft 480 g and right 455 g.\n'
                  'Microscopy: fibrofatty breast tissue with scattered small nodules.\n'
                  'Summary: Bilateral reduction mammoplasty and the sections show fibroad'
                  'enomas and usual ductal hyperplasia; no atypia.'),
                 {'L': 'B', 'R': 'B'}, id='b06'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Clinical: 41F, BRCA2 carrier, no imaging abnormality.\n'
                  'Diagnosis: Bilateral risk-reducing mastectomies (BRCA2), and the LCIS '
                  'is present in both specimens, classic type, without invasion.\n'
                  'No DCIS or invasive carcinoma. Nodes not submitted.'),
                 {'L': 'B', 'R': 'B'}, id='b07'),
    pytest.param(('Clinic letter (breast surgery) - results\n'
                  'She presented with bilateral breast lumps, and her core biopsies showe'
                  'd fibroadenomas, concordant with the ultrasound appearances.\n'
                  'She does not want excision; we will see her again in six months.'),
                 {'L': 'B', 'R': 'B'}, id='b08'),
    pytest.param(('Breast MDT outcome - 10/03/2026\n'
                  '41F.\n'
                  'Outcome: Bilateral palpable masses (R 2 cm, L 3 cm), and the ultrasoun'
                  'd-guided core biopsies of both masses showed fibroadenomas. Benign con'
                  'cordant; discharged.\n'
                  'No further imaging required.'),
                 {'L': 'B', 'R': 'B'}, id='b09',
                 marks=pytest.mark.xfail(strict=True, reason=("review b09 (bilat): read {'L': '-', 'R': '-'}; old"
                                                          "er: nothing labels under the MDT 'Outcome:' headin"
                                                          'g'))),
    pytest.param(('HISTOLOGY - reduction mammoplasty\n'
                  'Clinical: 29F, bilateral macromastia, no imaging abnormality.\n'
                  'Diagnosis: Bilateral reduction mammoplasty: fibrocystic change, but th'
                  'e sections from both sides also show small fibroadenomas (3-5 mm). No '
                  'atypia.'),
                 {'L': 'B', 'R': 'B'}, id='b10'),
    pytest.param(('SURGICAL PATHOLOGY - Mastectomy, bilateral\n'
                  'Clinical: bilateral DCIS on stereotactic cores.\n'
                  'Diagnosis: Bilateral mastectomies for bilateral DCIS, and the DCIS mea'
                  'sures 30 mm (left) and 12 mm (right), intermediate grade, margins clea'
                  'r.\n'
                  'No invasive carcinoma. Nodes: not submitted.'),
                 {'L': 'M', 'R': 'M'}, id='b11'),
    pytest.param(('HISTOLOGY - reduction specimens\n'
                  'Clinical: 38F, macromastia, left breast palpable nodule 12 mm, U3.\n'
                  'Diagnosis: Bilateral reduction mammoplasty, and the fibroadenoma noted'
                  ' clinically in the left breast measures 12 mm; the remainder shows fib'
                  'rocystic change only.'),
                 {'L': 'B', 'R': '-'}, id='b12'),
    pytest.param(("DIAGNOSIS: Left breast, 3 o'clock, vacuum biopsy: Atypical lobular hyp"
                  'erplasia, which is associated with an increased risk of developing bre'
                  'ast cancer in either breast. No DCIS or invasive carcinoma.\n'
                  'B3.'),
                 {'L': 'B', 'R': '-'}, id='r01'),
    pytest.param(('Dear Ms Adebayo,\n'
                  'Your biopsy result is back. The lump in your right breast is a fibroad'
                  'enoma, which is a common benign (non-cancerous) growth. Having a fibro'
                  'adenoma does not meaningfully change your likelihood of getting breast'
                  ' cancer.\n'
                  'You do not need any further tests. With best wishes,\n'
                  'Breast Care Nurse Specialist'),
                 {'L': '-', 'R': 'B'}, id='r02'),
    pytest.param(('Indication and result: Given her risk of developing breast cancer (BRC'
                  'A2), a right breast MRI-guided biopsy of non-mass enhancement was done'
                  ', which shows ductal carcinoma in situ, low grade, 6 mm.\n'
                  'Plan: surgical discussion.'),
                 {'L': '-', 'R': 'M'}, id='r03'),
    pytest.param(('Histopathology - core biopsy\n'
                  "Clinical: 52F, left breast 3 o'clock 6 mm calcification cluster, R4.\n"
                  'Conclusion: The chance of having DCIS at excision after this diagnosis'
                  ' is about 20%; left breast core: atypical ductal hyperplasia, 3 mm. Ex'
                  'cision advised.\n'
                  'Reported by Dr J. Lemaire.'),
                 {'L': 'B', 'R': '-'}, id='r04'),
    pytest.param(('DISCHARGE SUMMARY - Breast Surgery\n'
                  'Admitted 03/03/2026 for right mastectomy and axillary clearance; uneve'
                  'ntful recovery, drain removed day 3.\n'
                  'She was counselled on the risk of developing lymphoedema after surgery'
                  ' for invasive ductal carcinoma of the right breast and referred to the'
                  ' lymphoedema service.\n'
                  'Follow-up: clinic with final histology in 2 weeks.'),
                 {'L': '-', 'R': 'M'}, id='r05',
                 marks=pytest.mark.xfail(strict=True, reason=("review r05 (risk): read {'L': '-', 'R': '-'}; olde"
                                                          "r: the discharge summary's carcinoma sentence read"
                                                          's nothing, risk wording or not'))),
    pytest.param(('Genetics clinic letter\n'
                  'Her estimated lifetime risk of developing breast cancer is 32% (CanRis'
                  'k), which places her in the high-risk category. Her probability of hav'
                  'ing a BRCA1 or BRCA2 pathogenic variant is below 10%.\n'
                  'No breast imaging abnormality at present. Annual MRI from age 40 is re'
                  'commended.'),
                 {'L': '-', 'R': '-'}, id='r06'),
    pytest.param(('Dear Dr Mbeki,\n'
                  '\n'
                  'Re: [redacted]\n'
                  '\n'
                  'Thank you for seeing this lady urgently. I enclose the corrected histo'
                  'logy, which reads:\n'
                  '"CORRECTED REPORT (09/03/2026). Correction note: the two core specimen'
                  's were transposed at labelling in the radiology suite. Part A is from '
                  'the LEFT breast. Part B is from the RIGHT breast.\n'
                  'FINAL DIAGNOSIS (as originally issued 03/03/2026):\n'
                  "A. Right breast, 10 o'clock, core biopsy: Invasive ductal carcinoma, g"
                  'rade 2.\n'
                  'B. Left breast, 2 o\'clock, core biopsy: Fibroadenoma."\n'
                  'She is understandably upset by the mix-up and I would be grateful for '
                  'an early appointment.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr P. Haldane (GP)'),
                 {'L': 'M', 'R': 'B'}, id='t01'),
    pytest.param(('Dear Mr Castellano,\n'
                  '\n'
                  'Further to our telephone conversation, the laboratory has issued a cor'
                  'rected report, quoted here:\n'
                  '"CORRECTED REPORT (14/02/2026). Correction note: parts A and B were tr'
                  'ansposed at specimen reception. Part A is from the RIGHT breast. Part '
                  'B is from the LEFT breast. FINAL DIAGNOSIS (as originally issued 10/02'
                  "/2026): A. Left breast, 1 o'clock, core biopsy: Ductal carcinoma in si"
                  "tu, intermediate grade. B. Right breast, 8 o'clock, core biopsy: Intra"
                  'ductal papilloma without atypia."\n'
                  'Please amend the MDT list accordingly.\n'
                  '\n'
                  'Kind regards,\n'
                  'Dr S. Moreau, Breast Radiologist'),
                 {'L': 'B', 'R': 'M'}, id='t02',
                 marks=pytest.mark.xfail(strict=True, reason=("review t02 (transposed): read {'L': 'M', 'R': 'B'}"
                                                          '; under-reach: a quoted corrected report run onto '
                                                          'one line moves no part'))),
    pytest.param(('Dear Dr Oduya,\n'
                  '\n'
                  'For the MDT, the corrected report reads:\n'
                  '"CORRECTED REPORT (02/03/2026). Correction note: the parts were transp'
                  'osed when the pots were labelled. Part A is from the RIGHT breast. Par'
                  't B is from the LEFT breast.\n'
                  'FINAL DIAGNOSIS (as originally issued 26/02/2026):\n'
                  "A. Left breast, 3 o'clock, core biopsy: Ductal carcinoma in situ, high"
                  ' grade.\n'
                  'B. Right breast, 9 o\'clock, core biopsy: Fibroadenoma."\n'
                  'Her later biopsy, taken after the correction, reads: "Left breast, 6 o'
                  '\'clock, core biopsy (H26-2210): sclerosing adenosis, no atypia."\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Dr J. Eastwood'),
                 {'L': 'B', 'R': 'M'}, id='t03'),
    pytest.param(('Dear Dr Villiers,\n'
                  '\n'
                  'The laboratory re-issued the report after checking the block labels; i'
                  't reads:\n'
                  '"CORRECTED REPORT (11/03/2026). Correction note: the block labels were'
                  ' found transposed but the diagnoses were correctly assigned; no change'
                  ' of side. Part A is from the LEFT breast. Part B is from the RIGHT bre'
                  'ast.\n'
                  'FINAL DIAGNOSIS (as originally issued 07/03/2026):\n'
                  "A. Left breast, 2 o'clock, core biopsy: Invasive lobular carcinoma, cl"
                  'assic type, grade 2.\n'
                  'B. Right breast, 7 o\'clock, core biopsy: Fibroadenoma."\n'
                  '\n'
                  'Best wishes,\n'
                  'Dr R. Alvarez'),
                 {'L': 'M', 'R': 'B'}, id='t04'),
    pytest.param(('Dear Colleague,\n'
                  '\n'
                  'The corrected report, verbatim:\n'
                  '"CORRECTED REPORT (18/03/2026). Correction note: parts A and C were tr'
                  'ansposed at grossing. Part A is from the RIGHT breast. Part C is from '
                  'the LEFT breast.\n'
                  'FINAL DIAGNOSIS (as originally issued 12/03/2026):\n'
                  "A. Left breast, 2 o'clock, core biopsy: Invasive ductal carcinoma, gra"
                  'de 3.\n'
                  'B. Left axillary lymph node, core biopsy: Metastatic carcinoma.\n'
                  'C. Right breast, 10 o\'clock, core biopsy: Intraductal papilloma."\n'
                  'I have asked radiology to re-check the clip positions.\n'
                  '\n'
                  'Dr N. Papadopoulos'),
                 {'L': 'B', 'R': 'M'}, id='t05'),
    pytest.param(('Dear Dr Farrugia,\n'
                  '\n'
                  'Thank you for referring Mrs [redacted], whom I saw in the breast clini'
                  'c today. Her mammogram report said "9 mm spiculated mass, right breast'
                  ' 9 o\'clock, BI-RADS 5". The biopsy result is below.\n'
                  '\n'
                  'FINAL SURGICAL PATHOLOGY (Harbourview Pathology, HV-26-03318, signed 0'
                  '2/03/2026):\n'
                  "Right breast, 9 o'clock, core biopsy: Invasive lobular carcinoma, clas"
                  'sic type, grade 2. ER positive (8/8), HER2 negative.\n'
                  '\n'
                  'I have discussed the diagnosis with her and her husband. She will be l'
                  'isted for wide local excision and sentinel node biopsy.\n'
                  '\n'
                  'Yours sincerely,\n'
                  'Ms C. Abela, Consultant Breast Surgeon'),
                 {'L': '-', 'R': 'M'}, id='p01'),
    pytest.param(('Dear Dr Hussain,\n'
                  '\n'
                  'I reviewed Ms [redacted] today with her excision result. She had descr'
                  'ibed "a lump that keeps getting bigger" for several months.\n'
                  'HISTOLOGY REPORT (Central Laboratory, CL-26-00912, authorised 11/02/20'
                  '26):\n'
                  '    Left breast, wide local excision: Benign phyllodes tumour, 34 mm, '
                  'margins clear (closest 3 mm).\n'
                  'As you know, she had a fibroadenoma removed from the right breast in 2'
                  '020.\n'
                  'No further surgery is needed; clinical review in 6 months.\n'
                  '\n'
                  'Kind regards,\n'
                  'Mr T. Rahman'),
                 {'L': 'M', 'R': '-'}, id='p02'),
    pytest.param(('Dear Dr Lindqvist,\n'
                  '\n'
                  'I saw Ms [redacted] about a new tender area in the left breast; examin'
                  'ation and ultrasound were normal and she was reassured. She asked "cou'
                  'ld this be the same thing as before?" and I explained it is not. For c'
                  'ompleteness her previous result:\n'
                  '\n'
                  'HISTOLOGY (outside report, RB-25-1142, 2025):\n'
                  'Right breast, core biopsy: Fibroadenoma.\n'
                  '\n'
                  'No follow-up is required.\n'
                  'Yours sincerely, Dr M. Ekström'),
                 {'L': '-', 'R': '-'}, id='p03',
                 marks=pytest.mark.xfail(strict=True, reason=("review p03 (pasted): read {'L': '-', 'R': 'B'}; ol"
                                                          "der: the letter's own pasted outside-report lines "
                                                          'are read'))),
    pytest.param(('Dear Dr Salazar,\n'
                  '\n'
                  'Today\'s core biopsy result, "Left breast, 3 o\'clock, core biopsy: fibr'
                  'oadenoma, no atypia", is reassuring.\n'
                  'Her earlier history, for comparison:\n'
                  '\n'
                  'HISTOLOGY (Kingsway Laboratory, KW-19-05521, signed 14/06/2019):\n'
                  'Right breast, wide local excision: Ductal carcinoma in situ, intermedi'
                  'ate grade, 14 mm, margins clear.\n'
                  '\n'
                  'She remains on annual mammography. Letter dictated 09/03/2026.\n'
                  'Dr B. Whitcombe'),
                 {'L': 'B', 'R': '-'}, id='p04'),
    pytest.param(('Dear Dr Kowalczyk,\n'
                  '\n'
                  'Annual follow-up visit, 05/03/2026. She is well and her mammogram toda'
                  'y is "stable post-surgical change, BI-RADS 2".\n'
                  'Her original diagnosis, for reference:\n'
                  'FINAL PATHOLOGY (Northgate Pathology, NG-25-07731, signed 02/10/2025):'
                  '\n'
                  'Left breast, mastectomy: Invasive ductal carcinoma, grade 2, 24 mm, 0/'
                  '3 nodes.\n'
                  '\n'
                  'Continue letrozole; see in 12 months.\n'
                  'Dr H. Osei'),
                 {'L': '-', 'R': '-'}, id='p05',
                 marks=pytest.mark.xfail(strict=True, reason=("review p05 (pasted): read {'L': 'M', 'R': '-'}; ol"
                                                          "der: the letter's own lines under 'Her original di"
                                                          "agnosis, for reference:' are read"))),
    pytest.param(('Dear Dr Petrov,\n'
                  '\n'
                  'Thank you for asking me to see Ms [redacted], who said "the lump has n'
                  'ot changed since Christmas". The core biopsy result:\n'
                  'PATHOLOGY (Riverside Histopathology, RH-26-01456, signed 20/02/2026):\n'
                  "Right breast, 11 o'clock, core biopsy: Fibroadenoma. No atypia.\n"
                  'She previously had a left breast cyst aspirated in 2022, with no recur'
                  'rence.\n'
                  '\n'
                  'She is happy with surveillance.\n'
                  'Dr A. Ferreira'),
                 {'L': '-', 'R': 'B'}, id='p06'),
    pytest.param(('Dear Dr Nwosu,\n'
                  '\n'
                  'Follow-up of Ms [redacted]: she reports "no new symptoms at all". Clin'
                  'ical examination is normal.\n'
                  'FINAL PATHOLOGY (Summit Labs, signed 12/02/2026):\n'
                  'Left breast, excision: Fibroadenoma, 22 mm.\n'
                  '\n'
                  'She is discharged to the care of her GP.\n'
                  'Dr I. Mwangi'),
                 {'L': '-', 'R': '-'}, id='p07',
                 marks=pytest.mark.xfail(strict=True, reason=("review p07 (pasted): read {'L': 'B', 'R': '-'}; ol"
                                                          "der: the letter's own lines under an unaccessioned"
                                                          ' FINAL PATHOLOGY heading are read'))),
    pytest.param(("PAEDIATRIC PATHOLOGY - Royal Children's Hospital\n"
                  'Clinical: 16F, known alveolar rhabdomyosarcoma of the left forearm (20'
                  '25), now a new 25 mm right breast mass.\n'
                  'Specimen: Right breast, ultrasound-guided core biopsy x3.\n'
                  'Microscopy: Nests of small round blue cells separated by fibrous septa'
                  ' with central discohesion, infiltrating between breast ducts. Myogenin'
                  ' diffusely positive, desmin positive, MyoD1 positive.\n'
                  'Diagnosis: Right breast, core biopsy: Metastatic alveolar rhabdomyosar'
                  'coma involving breast tissue.'),
                 {'L': '-', 'R': 'M'}, id='h01'),
    pytest.param(('Surgical pathology - Left breast, simple mastectomy.\n'
                  'Gross: 45 mm fleshy haemorrhagic mass in the upper outer quadrant, no '
                  'overlying skin involvement.\n'
                  'Microscopy: Pleomorphic spindle and rhabdoid cells with abundant eosin'
                  'ophilic cytoplasm, desmin and myogenin positive; extensive sampling sh'
                  'ows no epithelial or phyllodes component.\n'
                  'Diagnosis: Left breast, mastectomy: Pleomorphic rhabdomyosarcoma, 45 m'
                  'm, grade 3. Margins clear.'),
                 {'L': 'M', 'R': '-'}, id='h02'),
    pytest.param(('MULTI-SPECIMEN REPORT\n'
                  'A. Right orbit, incisional biopsy: Embryonal rhabdomyosarcoma (myogeni'
                  'n focal, desmin positive).\n'
                  "B. Left breast, 11 o'clock, core biopsy: Fibroadenoma.\n"
                  'Comment: Breast lesion incidental on staging imaging; no evidence of m'
                  'etastatic disease in specimen B.'),
                 {'L': 'B', 'R': '-'}, id='h03'),
    pytest.param(('PAEDIATRIC SURGICAL PATHOLOGY\n'
                  'Clinical: 3-year-old girl with vaginal bleeding and grape-like mass pr'
                  'otruding from the introitus.\n'
                  'Specimen: Vagina, biopsy.\n'
                  'Microscopy: Polypoid fragments with a subepithelial cambium layer of s'
                  'mall primitive cells; myogenin positive.\n'
                  'Diagnosis: Vagina, biopsy: Embryonal rhabdomyosarcoma, botryoid type.'),
                 {'L': '-', 'R': '-'}, id='h04'),
    pytest.param(('Clinical: 19M, right paratesticular mass 4 cm; incidental left breast '
                  'gynaecomastia noted on examination.\n'
                  'Specimen: Right radical orchidectomy with paratesticular mass.\n'
                  'Diagnosis: Right paratesticular soft tissue: Spindle cell rhabdomyosar'
                  'coma, 42 mm; spermatic cord margin clear. Testis: no tumour.'),
                 {'L': '-', 'R': '-'}, id='h05'),
    pytest.param(('Specimen: Right axilla, lymph node, core biopsy (known alveolar rhabdo'
                  'myosarcoma of the right hand).\n'
                  'Microscopy: Lymph node partially replaced by small round blue cells, m'
                  'yogenin and desmin positive.\n'
                  'Diagnosis: Right axillary lymph node, core: Metastatic alveolar rhabdo'
                  'myosarcoma. No breast tissue in the sample.'),
                 {'L': '-', 'R': '-'}, id='h06'),
    pytest.param(('Histopathology\n'
                  'Clinical: 14F, treated orbital embryonal rhabdomyosarcoma (2023); new '
                  'right breast lump.\n'
                  'Diagnosis: Right breast, core biopsy: Metastatic rhabdomyosarcoma from'
                  ' the known orbital primary, involving breast parenchyma. Myogenin posi'
                  'tive.'),
                 {'L': '-', 'R': 'M'}, id='h07'),
    pytest.param(('ENT pathology\n'
                  'Specimen: Left nasal cavity mass, endoscopic biopsy.\n'
                  'Microscopy: Sheets of small round cells with scattered rhabdomyoblasts'
                  '; desmin and myogenin positive.\n'
                  'Diagnosis: Left nasal cavity, biopsy: Alveolar rhabdomyosarcoma (FOXO1'
                  ' rearrangement pending).'),
                 {'L': '-', 'R': '-'}, id='h08'),
    pytest.param(('Breast clinic letter (to the patient)\n'
                  'Dear Ms Lindgren,\n'
                  'The ultrasound shows several small lumps in your left breast. I explai'
                  'ned that most of these turn out to be fibroadenomas or simple cysts, a'
                  'nd we will take a biopsy of the largest one next week.\n'
                  'With kind regards, Ms R. Okafor, Breast Surgeon'),
                 {'L': '-', 'R': '-'}, id='u01'),
    pytest.param(('Ultrasound-correlation note for the pathology request\n'
                  'Three small intraductal lesions in the right breast, retroareolar; man'
                  'y of them will prove to be benign papillomas, but excision of the larg'
                  'est is advised.\n'
                  'Request: vacuum-assisted excision, right breast.'),
                 {'L': '-', 'R': '-'}, id='u02'),
    pytest.param(('Dear Mrs Achterberg,\n'
                  'I am pleased to tell you that the lump we removed from your right brea'
                  'st turned out to be a fibroadenoma, which is completely benign. No fur'
                  'ther treatment is needed.\n'
                  'Yours sincerely,\n'
                  'Mr D. Kapoor'),
                 {'L': '-', 'R': 'B'}, id='u03'),
    pytest.param(('Specimen: Left breast, excision of multiple lumps (five nodules, 8-24 '
                  'mm).\n'
                  'Microscopy: The nodules are well circumscribed. On microscopy most of '
                  'them prove to be fibroadenomas; the largest (24 mm) shows leaf-like ar'
                  'chitecture and increased stromal cellularity, in keeping with a benign'
                  ' phyllodes tumour.\n'
                  'Diagnosis: Left breast, multiple excisions: fibroadenomas (x4) and ben'
                  'ign phyllodes tumour (24 mm).'),
                 {'L': 'BM', 'R': '-'}, id='u04'),
    pytest.param(('Clinic letter, breast surgery\n'
                  'I told her that most of these turn out to be benign, and the core biop'
                  'sy of her left breast lump shows a fibroadenoma, so no excision is nee'
                  'ded.\n'
                  'Discharged to GP.\n'
                  'Dr N. Thorsdottir, Consultant Breast Surgeon'),
                 {'L': 'B', 'R': '-'}, id='u05'),
    pytest.param(('Dear Dr Whitlock,\n'
                  'Re: right breast, excision of multiple lumps (H26-4470).\n'
                  'As I mentioned when we spoke on Tuesday, most of them prove to be fibr'
                  'oadenomas; the largest (22 mm) is a benign phyllodes tumour, completel'
                  'y excised.\n'
                  'The formal report will follow today.\n'
                  'Dr E. Sørensen, Consultant Histopathologist'),
                 {'L': '-', 'R': 'BM'}, id='u06'),
    pytest.param(('Breast clinic - follow-up (Dr K. Aziz)\n'
                  '26F, anxious about a right breast lump, 11 mm, U3.\n'
                  'Clinic note\n'
                  'I reassured her: most of these turn out to be fibroadenomas, as hers d'
                  "id on core biopsy (right breast, 10 o'clock).\n"
                  'No further imaging needed.'),
                 {'L': '-', 'R': 'B'}, id='u07'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
