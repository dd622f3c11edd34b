"""Review of fab9b44 (the pfinal8 gap rules, nine classes), pinned after their narrowing.

The review read 123 texts written and labelled from the guide (115 variants and near misses of the nine rules, 8
ordinary whole reports). Against the revision before the rules it found 62 both right, 40 newly right, 5 over-reaches
(E01-E05: rule 6's Dutch / Swedish words under their languages' hedges, rule 3's title rule on a DCIS reporting form,
rule 5's "quisto" under "Informação clínica:"), 1 newly wrong (E06: an adenopathy's own side word siding the breast)
and 15 both wrong. After narrowing (the title rule to the generic "breast cancer / carcinoma" with a record-keeping
sheet's kind and a tail naming no side or specimen; Portuguese "Informação clínica:" as history and a bare "sem" as a
negation; Dutch and Swedish hedges and negations; the adenopathy's own side word going with it) and taking the listed
misses the same evidence covers, 118 read as labelled: every over-reach and the newly wrong text are mended, all 40
newly right texts stay right and 10 of the 15 both wrong now read ("SUPPLEMENTARY REPORT (date)" stays a revision of
the whole diagnosis). Each right text must keep reading as labelled; the 5 still wrong are strict xfails, each with its
reading and its reason."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('SURGICAL PATHOLOGY REPORT                                   Accession:'
                  ' S26-04417\n'
                  'Clinical history: Left breast mass 2:00 (BI-RADS 5); right breast 10:0'
                  '0 complex solid-cystic lesion (BI-RADS 4B).\n'
                  '\n'
                  'FINAL DIAGNOSIS:\n'
                  'LEFT BREAST, 2:00, ULTRASOUND-GUIDED CORE BIOPSY:\n'
                  ' - INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2 (TUBULES 3, NUCLEI 2,'
                  ' MITOSES 1).\n'
                  'RIGHT BREAST, 10:00, ULTRASOUND-GUIDED CORE BIOPSY:\n'
                  ' - ATYPICAL PAPILLARY LESION; IMMUNOHISTOCHEMISTRY (CK5/6, ER, P63) TO'
                  ' FOLLOW IN AN ADDENDUM.\n'
                  '\n'
                  'Electronically signed: M. Okafor, MD, 02/09/2026\n'
                  '\n'
                  'ADDENDUM (02/11/2026):\n'
                  'Immunostains performed on the right breast core show an intact myoepit'
                  'helial layer (p63, SMMHC) around and within\n'
                  'the papillary fronds and a mosaic CK5/6 pattern in the epithelium.\n'
                  'Final diagnosis: intraductal papilloma with usual ductal hyperplasia; '
                  'no atypia.\n'
                  'Addendum signed: M. Okafor, MD\n'),
                 {'L': 'M', 'R': 'B'}, id='ad01'),
    pytest.param(('Department of Cellular Pathology - Northfield General Hospital\n'
                  "Specimens: (1) Left breast 14G core x3, 1 o'clock. (2) Right breast 14"
                  "G core x2, 9 o'clock.\n"
                  '\n'
                  'Conclusion:\n'
                  'Left breast core: invasive carcinoma of no special type, grade 3. B5b.'
                  '\n'
                  'Right breast core: small fragments of an epithelial proliferation with'
                  ' some architectural distortion; further\n'
                  'levels have been requested and a supplementary report will follow.\n'
                  '\n'
                  'SUPPLEMENTARY REPORT (14/03/2026)\n'
                  'Levels on the right breast cores show a radial scar with usual-type ep'
                  'ithelial hyperplasia. No atypia is seen.\n'
                  'Final diagnosis: radial scar. B3.\n'
                  'Reported by Dr H. Lindqvist, Consultant Histopathologist\n'),
                 {'L': 'M', 'R': 'B'}, id='ad02',
                 marks=pytest.mark.xfail(strict=True, reason=("review ad02 (addendum): read {'L': '-', 'R': 'B'};"
                                                          ' a supplementary report is a revision, not an adde'
                                                          "ndum: 'SUPPLEMENTARY REPORT (14/03/2026)' with its"
                                                          " 'Final diagnosis: radial scar.' replaces the whol"
                                                          'e diagnosis, the left carcinoma too; reading it as'
                                                          ' an addendum that revises its one named breast is '
                                                          'the b109 rule (a supplement naming one specimen re'
                                                          "vises only that specimen's breast) withdrawn after"
                                                          ' three reviews, whose near misses it would break ('
                                                          'a supplement that withdraws and replaces the origi'
                                                          'nal report in full)'))),
    pytest.param(('DIAGNOSIS:\n'
                  "RIGHT BREAST, 11 O'CLOCK, CORE: INVASIVE LOBULAR CARCINOMA, CLASSIC TY"
                  'PE, GRADE 2.\n'
                  "LEFT BREAST, 3 O'CLOCK, STEREOTACTIC CORE: ATYPICAL INTRADUCTAL EPITHE"
                  'LIAL PROLIFERATION WITH CALCIFICATIONS;\n'
                  'DEEPER LEVELS TO FOLLOW.\n'
                  '\n'
                  'ADDENDUM:\n'
                  'Deeper levels of the left breast stereotactic core show low-grade duct'
                  'al carcinoma in situ, cribriform type, in\n'
                  'three of five cores, with associated calcifications.\n'
                  'Final diagnosis: ductal carcinoma in situ, low nuclear grade.\n'
                  '\n'
                  'Pathologist: R. Castellanos, MD   Addendum date: 01/30/2026\n'),
                 {'L': 'M', 'R': 'M'}, id='ad03'),
    pytest.param(('Mercy Regional Laboratory - Surgical Pathology\n'
                  'FINAL DIAGNOSIS:\n'
                  'A. Left breast, 12:00, US core: Invasive mammary carcinoma, no special'
                  ' type, grade 1.\n'
                  'B. Right breast, upper outer quadrant, stereotactic core: Atypical col'
                  'umnar lesion; immunohistochemistry pending,\n'
                  '   addendum to follow.\n'
                  '\n'
                  'ADDENDUM 1 (signed 03/02/2026):\n'
                  'CK5/6 and ER on the right breast stereotactic core (part B) show flat '
                  'epithelial atypia without atypical ductal\n'
                  'hyperplasia. Final diagnosis: flat epithelial atypia.\n'),
                 {'L': 'M', 'R': 'B'}, id='ad04'),
    pytest.param(('Pathology Report\n'
                  'Received: two core biopsy specimens, labelled "right breast 7 o\'clock"'
                  ' and "left breast 4 o\'clock".\n'
                  '\n'
                  'Final Diagnosis\n'
                  "Right breast, 7 o'clock, core biopsy: invasive carcinoma, no special t"
                  'ype, grade 2, with high-grade DCIS.\n'
                  "Left breast, 4 o'clock, core biopsy: spindle cell and epithelial lesio"
                  'n; special stains to follow.\n'
                  '\n'
                  'SUPPLEMENTAL REPORT (signed 11/02/2026 by Dr. A. Nwosu)\n'
                  'Special stains on the left breast core: CD34 positive stroma, beta-cat'
                  'enin nuclear staining negative, no\n'
                  'stromal overgrowth. The features are of a fibroadenoma.\n'
                  'Final diagnosis: fibroadenoma.\n'),
                 {'L': 'B', 'R': 'M'}, id='ad05'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'FINAL DIAGNOSIS:\n'
                  'Left breast, 3:00, ultrasound-guided core biopsy: Invasive ductal carc'
                  'inoma, grade 2.\n'
                  'Right breast, 8:00, ultrasound-guided core biopsy: Atypical epithelial'
                  ' cells in fibrotic stroma; levels and\n'
                  'keratin immunostain to follow.\n'
                  '\n'
                  'ADDENDUM:\n'
                  'Levels and pancytokeratin on the right breast core show small nests of'
                  ' invasive carcinoma, morphologically similar\n'
                  'to the tumour described in the first report, 3 mm in greatest linear e'
                  'xtent.\n'
                  'Final diagnosis: invasive ductal carcinoma, grade 2.\n'),
                 {'L': 'M', 'R': 'M'}, id='ad06'),
    pytest.param(('DIAGNOSIS (as first issued 04/02/2026):\n'
                  'LEFT BREAST, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA, GRADE 3.\n'
                  'RIGHT BREAST, CORE BIOPSY: ATYPICAL INTRADUCTAL PROLIFERATION; LEVELS '
                  'TO FOLLOW.\n'
                  '\n'
                  'ADDENDUM (09/02/2026):\n'
                  'Levels have been examined on both cores. The left breast core shows no'
                  ' further tumour and the diagnosis of\n'
                  'invasive ductal carcinoma stands. The right breast core shows usual du'
                  'ctal hyperplasia only.\n'
                  'Final diagnosis: Left breast: invasive ductal carcinoma, grade 3. Righ'
                  't breast: usual ductal hyperplasia.\n'),
                 {'L': 'M', 'R': 'B'}, id='ad07'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  'LEFT BREAST, 1:00, CORE: INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2'
                  '.\n'
                  'RIGHT BREAST, 6:00, CORE: ATYPICAL DUCTAL HYPERPLASIA; DEEPER LEVELS T'
                  'O FOLLOW.\n'
                  '\n'
                  'ADDENDUM:\n'
                  'Deeper levels of the right breast core confirm atypical ductal hyperpl'
                  'asia, 2 mm; no ductal carcinoma in situ.\n'
                  'Final diagnosis: atypical ductal hyperplasia.\n'
                  'Signed: T. Brennan, MD\n'),
                 {'L': 'M', 'R': 'B'}, id='ad08'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  'LEFT BREAST, 10:00, CORE BIOPSY: INVASIVE CARCINOMA, DUCTAL VERSUS LOB'
                  'ULAR; E-CADHERIN TO FOLLOW.\n'
                  'RIGHT BREAST, 2:00, CORE BIOPSY: BENIGN BREAST TISSUE WITH FIBROCYSTIC'
                  ' CHANGE AND APOCRINE METAPLASIA.\n'
                  '\n'
                  'ADDENDUM (signed 02/19/2026):\n'
                  'E-cadherin immunostain on the left breast core shows complete loss of '
                  'membranous staining in the tumour cells;\n'
                  'p120 shows cytoplasmic staining.\n'
                  'Final diagnosis: invasive lobular carcinoma, classic type.\n'),
                 {'L': 'M', 'R': '-'}, id='ad09'),
    pytest.param(('Clinical history: Known left breast carcinoma (core biopsy 01/2026, tr'
                  'eated elsewhere). New right breast\n'
                  'asymmetry, 9:00. Right breast stereotactic core.\n'
                  '\n'
                  'FINAL DIAGNOSIS:\n'
                  'RIGHT BREAST, 9:00, STEREOTACTIC CORE: ATYPICAL INTRADUCTAL PROLIFERAT'
                  'ION; LEVELS AND IMMUNOSTAINS TO FOLLOW.\n'
                  '\n'
                  'ADDENDUM:\n'
                  'Levels and CK5/6 / ER on the right breast core show atypical ductal hy'
                  'perplasia involving two ducts.\n'
                  'Final diagnosis: atypical ductal hyperplasia.\n'),
                 {'L': '-', 'R': 'B'}, id='ad10'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  "1) Left breast, 12 o'clock, core: Invasive ductal carcinoma, grade 2.\n"
                  "2) Right breast, 10 o'clock, core: Papillary lesion; immunohistochemis"
                  'try to follow.\n'
                  '\n'
                  'ADDENDUM #1 (02/12/2026): Immunostains on the right breast core (p63, '
                  'CK5/6) show a myoepithelial layer\n'
                  'throughout the lesion. Final diagnosis: intraductal papilloma, no atyp'
                  'ia.\n'
                  '\n'
                  'ADDENDUM #2 (02/16/2026): HER2 by FISH on the left breast carcinoma: n'
                  'ot amplified (HER2/CEP17 ratio 1.3, mean HER2\n'
                  'copy number 2.4). ER 90%, PR 60%, Ki-67 15%.\n'),
                 {'L': 'M', 'R': 'B'}, id='ad11'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  'Left breast, 2:00, core: Invasive ductal carcinoma, grade 2.\n'
                  'Right breast, 11:00, core: Atypical intraductal proliferation; levels '
                  'to follow.\n'
                  '\n'
                  'AMENDED DIAGNOSIS (reason: levels reviewed):\n'
                  'Right breast, 11:00, core: Usual ductal hyperplasia with columnar cell'
                  ' change; no atypia.\n'
                  'Left breast: unchanged.\n'),
                 {'L': 'M', 'R': 'B'}, id='ad12',
                 marks=pytest.mark.xfail(strict=True, reason=("review ad12 (addendum): read {'L': '-', 'R': 'B'};"
                                                          ' older behaviour, outside the narrowed addendum ru'
                                                          "le: an 'AMENDED DIAGNOSIS (reason: levels reviewed"
                                                          "):' block naming the right breast only (with 'Left"
                                                          " breast: unchanged.') still replaces the left carc"
                                                          'inoma; the one-breast addendum rule reads an adden'
                                                          'dum or a supplementary report, never an amended-di'
                                                          "agnosis block, and its 'unchanged' line names a br"
                                                          'east, not a part letter'))),
    pytest.param(('Histopathology - Westbury Hospitals NHS Trust\n'
                  'Conclusion:\n'
                  'Left breast core: invasive lobular carcinoma, grade 2. B5b.\n'
                  'Right breast core: fragments of fat only; insufficient for diagnosis. '
                  'B1. Repeat biopsy advised.\n'
                  '\n'
                  'Supplementary report (20/02/2026): Receptor status on the left breast '
                  'core: ER 8/8, PR 7/8, HER2 negative (1+).\n'),
                 {'L': 'M', 'R': '-'}, id='ad13'),
    pytest.param(('Pathologisches Institut am Klinikum Nordstadt\n'
                  'Befundbericht - Mammastanzbiopsien, Eingang 12.02.2026\n'
                  '\n'
                  '| Probe | Seite | Lokalisation      | Histologie                      '
                  '        | B-Klassifikation |\n'
                  '|-------|-------|-------------------|---------------------------------'
                  '--------|------------------|\n'
                  '| 1     | L     | 2 Uhr, 3 cm MA    | invasives Karzinom NST, G2      '
                  '        | B5b              |\n'
                  '| 2     | R     | 10 Uhr, 5 cm MA   | Fibroadenom [fibroadenoma]      '
                  '        | B2               |\n'
                  '\n'
                  'Kommentar: Befund am 13.02.2026 telefonisch an Dr. Weber übermittelt.\n'),
                 {'L': 'M', 'R': 'B'}, id='st01'),
    pytest.param(('Afdeling Pathologie - Ziekenhuis Oost\n'
                  'Mammabiopten, ontvangen 03-02-2026\n'
                  '\n'
                  '| Nr | Zijde | Locatie   | Histologie                                 '
                  ' | B-cat |\n'
                  '|----|-------|-----------|--------------------------------------------'
                  '-|-------|\n'
                  '| 1  | R     | 11 uur    | invasief ductaal carcinoom, graad 2        '
                  ' | B5b   |\n'
                  '| 2  | L     | 4 uur     | fibroadenoom                               '
                  ' | B2    |\n'
                  '\n'
                  'Patholoog: dr. J. van der Berg\n'),
                 {'L': 'B', 'R': 'M'}, id='st02'),
    pytest.param(('Institut für Pathologie, Universitätsklinikum\n'
                  'Eingangsnummer: E/2026/03318\n'
                  '\n'
                  '| Feld             | Angabe                                   |\n'
                  '|------------------|------------------------------------------|\n'
                  '| Seite            | R                                        |\n'
                  '| Entnahme         | Stanzbiopsie 14G, sonographisch gesteuert |\n'
                  '| Histologie       | invasives lobuläres Karzinom, G2         |\n'
                  '| B-Klassifikation | B5b                                      |\n'
                  '| Hormonrezeptoren | ER 90 %, PR 40 %                          |\n'),
                 {'L': '-', 'R': 'M'}, id='st03'),
    pytest.param(('Brustzentrum Süd - Pathologie-Befund\n'
                  '+-------+-------+-------------------+---------------------------------'
                  '-----------+\n'
                  '|Probe  |Seite  |Material           |Diagnose                         '
                  '           |\n'
                  '+-------+-------+-------------------+---------------------------------'
                  '-----------+\n'
                  '|1      |L      |Stanze 12 Uhr      |duktales Carcinoma in situ, G3, m'
                  'it Nekrosen |\n'
                  '|2      |L      |Stanze 3 Uhr       |invasives Karzinom NST, G3       '
                  '           |\n'
                  '+-------+-------+-------------------+---------------------------------'
                  '-----------+\n'
                  'Die Befunde wurden in der Tumorkonferenz am 20.02.2026 vorgestellt.\n'),
                 {'L': 'M', 'R': '-'}, id='st04'),
    pytest.param(('Pathologie Laboratorium Noord\n'
                  '| Monster | Zijde | Verrichting        | Conclusie                    '
                  '             |\n'
                  '|---------|-------|--------------------|------------------------------'
                  '-------------|\n'
                  '| A       | L     | naaldbiopsie 14G   | ductaal carcinoom in situ, ho'
                  'oggradig     |\n'
                  'Opmerking: vergelijking met beeldvorming: passend bij de microcalcific'
                  'aties.\n'),
                 {'L': 'M', 'R': '-'}, id='st05'),
    pytest.param(('Gemeinschaftspraxis für Pathologie Dr. Haller & Kollegen\n'
                  'Befund zu Ihrer Einsendung vom 05.03.2026 (Vakuumbiopsien)\n'
                  '\n'
                  '| Nr. | Seite | Uhrzeit | Histologie                                  '
                  '  | B |\n'
                  '| 1   | R     | 9 Uhr   | Papillom ohne Atypien [papilloma without aty'
                  'pia] | B3 |\n'
                  '| 2   | L     | 1 Uhr   | sklerosierende Adenose [sclerosing adenosis]'
                  '  | B2 |\n'
                  '\n'
                  'Empfehlung: Vorstellung in der interdisziplinären Konferenz.\n'),
                 {'L': 'B', 'R': 'B'}, id='st06'),
    pytest.param(('Institut für Pathologie - Befundbericht E/26/1877\n'
                  '| Nr. | Seite | Material                    | Befund                  '
                  '                                       |\n'
                  '|-----|-------|-----------------------------|-------------------------'
                  '---------------------------------------|\n'
                  '| 1   | L     | Mamma, Segmentresektion     | fibrozystische Mastopath'
                  'ie, kein Anhalt für Malignität         |\n'
                  '| 2   | L     | Sentinel-Lymphknoten axillär | Mikrometastase (0,8 mm)'
                  ' eines Mammakarzinoms in 1 von 2 LK     |\n'
                  '| 3   | R     | Mamma, Stanzbiopsie         | Fibroadenom [fibroadenom'
                  'a]                                     |\n'),
                 {'L': '-', 'R': 'B'}, id='st07'),
    pytest.param(('Pathologie Rhein-Main - Stanzbiopsie rechte Mamma\n'
                  'Klinische Angaben: Herdbefund rechts 8 Uhr, BI-RADS 4a. Vorbefunde:\n'
                  '| Jahr | Seite | Befund                           |\n'
                  '|------|-------|----------------------------------|\n'
                  '| 2019 | L     | invasives Karzinom NST (auswärts) |\n'
                  'Beurteilung: Mamma rechts, 8 Uhr, Stanzbiopsie: Fibroadenom [fibroaden'
                  'oma], kein Malignom. B2.\n'),
                 {'L': '-', 'R': 'B'}, id='st08'),
    pytest.param(('Pathologie Nordhessen - Befundausdruck\n'
                  '| Auftrag | E-2026-04471 |\n'
                  '| Seite   | 1 von 2      |\n'
                  '| Einsender | Frauenklinik St. Anna |\n'
                  'Mamma rechts, Stanzbiopsie 10 Uhr: Fibroadenom [fibroadenoma]. Kein An'
                  'halt für Malignität. B2.\n'),
                 {'L': '-', 'R': 'B'}, id='st09'),
    pytest.param(('Pathologisches Institut - Mammastanzen\n'
                  '| Probe | Seitenangabe | Histologie                          | B   |\n'
                  '|-------|--------------|-------------------------------------|-----|\n'
                  '| 1     | L            | invasives Karzinom NST, G2          | B5b |\n'
                  '| 2     | L            | duktales Carcinoma in situ, G2      | B5a |\n'),
                 {'L': 'M', 'R': '-'}, id='st10',
                 marks=pytest.mark.xfail(strict=True, reason=("review st10 (seite): read {'L': '?', 'R': '?'}; un"
                                                          "der-reach beyond the rule's words: '| Seitenangabe"
                                                          " |' (side given) is a side column to a reader, but"
                                                          " the side header reads the bare 'Seite' / 'Zijde' "
                                                          "cell only (a cell with more than the word, 'Seite "
                                                          "2', is no side column), so both breasts go to revi"
                                                          'ew'))),
    pytest.param(('Afdeling Pathologie\n'
                  '| Nr | Zijde | Materiaal              | Conclusie                     '
                  '                         |\n'
                  '|----|-------|------------------------|-------------------------------'
                  '-------------------------|\n'
                  '| 1  | L     | mamma, naaldbiopsie    | fibrocystische veranderingen; '
                  'geen invasief carcinoom  |\n'
                  '| 2  | R     | mamma, naaldbiopsie    | fibroadenoom                  '
                  '                         |\n'),
                 {'L': '-', 'R': 'B'}, id='st11'),
    pytest.param(('Institut für Pathologie - Operationspräparat\n'
                  'Mamma links, brusterhaltende Operation: invasives Karzinom NST, G2, 16'
                  ' mm.\n'
                  'TNM-Klassifikation:\n'
                  '| pT  | pN       | L  | V  | Pn | R  |\n'
                  '|-----|----------|----|----|----|----|\n'
                  '| 1c  | 0(sn)    | 0  | 0  | 0  | 0  |\n'
                  'Rezeptorstatus: ER 95 %, PR 60 %, HER2 negativ (Score 1+), Ki-67 10 %.'
                  '\n'),
                 {'L': 'M', 'R': '-'}, id='st12'),
    pytest.param(('BREAST CANCER REGISTRATION SHEET\n'
                  "Hospital: St Columba's University Hospital      Reporting pathologist:"
                  ' Dr E. Farrell\n'
                  'Date of biopsy: 11/02/2026\n'
                  '\n'
                  "Left breast, 11 o'clock, 14G ultrasound-guided core biopsy: fibroadeno"
                  'ma. No atypia. B2.\n'
                  'No malignancy identified; not registrable.\n'),
                 {'L': 'B', 'R': '-'}, id='ft01'),
    pytest.param(('Riverside Oncology Network\n'
                  'Breast Cancer Notification Form\n'
                  'Submitted by: Histopathology Dept, 24/01/2026\n'
                  '\n'
                  "Right breast, 6 o'clock, vacuum-assisted biopsy: sclerosing adenosis w"
                  'ith microcalcifications. No atypia,\n'
                  'no in situ or invasive carcinoma.\n'
                  'Outcome: benign - notification withdrawn.\n'),
                 {'L': '-', 'R': 'B'}, id='ft02'),
    pytest.param(('==========================================================\n'
                  'BREAST CARCINOMA DATA COLLECTION SHEET - HISTOPATHOLOGY\n'
                  '==========================================================\n'
                  'Patient ID: 220-14-887       Side: Left\n'
                  'Specimen: Left breast, 14G stereotactic core biopsy x 6.\n'
                  'Result: columnar cell change with flat epithelial atypia; calcificatio'
                  'ns in the lesion. B3.\n'),
                 {'L': 'B', 'R': '-'}, id='ft03'),
    pytest.param(('BREAST CANCER DATASET FORM - RESECTION\n'
                  'Specimen: Left breast, mastectomy after neoadjuvant chemotherapy (6 cy'
                  'cles).\n'
                  'Residual invasive carcinoma: none. Residual DCIS: none. Tumour bed: fi'
                  'brosis with haemosiderin-laden macrophages.\n'
                  'Lymph nodes: 0/4, regression changes in one node.\n'
                  'ypT0 ypN0. Complete pathological response (RCB-0).\n'),
                 {'L': '-', 'R': '-'}, id='ft04'),
    pytest.param(('Breast Cancer Data Collection Form - Pathology v2.1\n'
                  'Unit: Breast Screening Centre West\n'
                  'Right breast, 14G core biopsy: intraductal papilloma without atypia. B'
                  '3.\n'
                  'Reporting pathologist: Dr S. Achterberg. Date: 09/03/2026.\n'),
                 {'L': '-', 'R': 'B'}, id='ft05'),
    pytest.param(('DCIS DATA COLLECTION FORM - SLOANE PROJECT\n'
                  'Centre: 114        Case: 0071\n'
                  'Final pathology: Left breast, wide local excision: ductal carcinoma in'
                  ' situ, high nuclear grade, solid and comedo\n'
                  'types, 18 mm. Margins: clear (closest 4 mm, posterior). No invasion.\n'),
                 {'L': 'M', 'R': '-'}, id='ft06'),
    pytest.param(('Breast cancer registration form: left breast invasive ductal carcinoma'
                  ', grade 2, pT1c N0.\n'
                  'Date of diagnosis: 02/02/2026 (core biopsy), definitive surgery 03/03/'
                  '2026.\n'
                  'Basis of diagnosis: histology of primary tumour.\n'),
                 {'L': 'M', 'R': '-'}, id='ft07'),
    pytest.param(("Breast cancer, right, 9 o'clock: ultrasound-guided core biopsy shows i"
                  'nvasive lobular carcinoma, classic type,\n'
                  'grade 2. ER 8/8, PR 6/8, HER2 negative.\n'
                  'Reported by: Dr R. Mahlangu\n'
                  'Date of report: 03/02/2026. Copy to: breast care nurse specialist.\n'),
                 {'L': '-', 'R': 'M'}, id='ft08'),
    pytest.param(('MULTIDISCIPLINARY MEETING FORM - BREAST\n'
                  'Date: 18/02/2026\n'
                  'Pathology: Right breast, core biopsy: invasive carcinoma NST, grade 3,'
                  ' ER negative, PR negative, HER2 3+.\n'
                  'Outcome: neoadjuvant chemotherapy with trastuzumab and pertuzumab.\n'),
                 {'L': '-', 'R': 'M'}, id='ft09'),
    pytest.param(('INVASIVE BREAST CARCINOMA REPORTING FORM - LEFT WIDE LOCAL EXCISION\n'
                  'Invasive tumour size: 18 mm. Whole tumour size: 22 mm.\n'
                  'Histological type: no special type. Grade: 2 (T3 P2 M1).\n'
                  'Lymphovascular invasion: not seen. Margins: clear, closest 5 mm (infer'
                  'ior).\n'
                  'Sentinel nodes: 0/2.\n'),
                 {'L': 'M', 'R': '-'}, id='ft10'),
    pytest.param(('DUCTAL CARCINOMA IN SITU REPORTING FORM - RIGHT BREAST EXCISION\n'
                  'Nuclear grade: high. Architecture: solid with comedo necrosis.\n'
                  'Size: 25 mm. Microcalcification: present, within the lesion.\n'
                  'Margins: closest 3 mm (medial). Invasion: none seen.\n'),
                 {'L': '-', 'R': 'M'}, id='ft11'),
    pytest.param(('Breast Cancer Notification Form\n'
                  'Diagnosis: Right breast, core biopsy: invasive lobular carcinoma, grad'
                  'e 2.\n'
                  'Notified to the cancer registry on 21/02/2026.\n'
                  'Reporting pathologist: Dr K. Osei. Copy to MDT coordinator.\n'),
                 {'L': '-', 'R': 'M'}, id='ft12'),
    pytest.param(('LEFT BREAST CANCER - DATA SHEET\n'
                  "Core biopsy (14G, 3 o'clock): invasive carcinoma NST, grade 1. ER 8/8,"
                  ' PR 8/8, HER2 0.\n'
                  'Planned: wide local excision and sentinel node biopsy.\n'
                  'Completed by: breast care nurse, 12/02/2026.\n'),
                 {'L': 'M', 'R': '-'}, id='ft13'),
    pytest.param(('CORRECTED REPORT\n'
                  'Correction (05/03/2026): This report concerns the RIGHT breast, not th'
                  'e left as originally reported. The diagnosis\n'
                  'is otherwise unchanged.\n'
                  '\n'
                  'FINAL DIAGNOSIS (as originally issued):\n'
                  "Left breast, 10 o'clock, ultrasound-guided core biopsy: invasive ducta"
                  'l carcinoma, grade 2.\n'),
                 {'L': '-', 'R': 'M'}, id='cc01'),
    pytest.param(('Cellular Pathology - Amended report\n'
                  'AMENDMENT (laterality): The specimen relates to the LEFT breast, not t'
                  'he right as originally reported. No other\n'
                  'change.\n'
                  '\n'
                  'Diagnosis: Right breast, 14G core biopsy: fibroadenoma. B2.\n'),
                 {'L': 'B', 'R': '-'}, id='cc02'),
    pytest.param(('Institut für Pathologie - Korrigierter Befund\n'
                  'BERICHTIGUNG DER SEITENANGABE [Correction of the side]: Das Präparat b'
                  'etrifft die RECHTE Brust, nicht die linke wie\n'
                  'ursprünglich angegeben. [The specimen concerns the RIGHT breast, not t'
                  'he left as originally stated.]\n'
                  '\n'
                  'Histologie, wie ursprünglich gemeldet [Histology, as originally notifi'
                  'ed]:\n'
                  'Mamma links, Stanzbiopsie: invasives lobuläres Karzinom, G2.\n'),
                 {'L': '-', 'R': 'M'}, id='cc03'),
    pytest.param(('SUPPLEMENTARY REPORT - LATERALITY CORRECTION\n'
                  'The histology relates to the left breast, not the right breast as prev'
                  'iously reported. The diagnosis is unchanged.\n'
                  '\n'
                  'Original diagnosis:\n'
                  'Right breast, vacuum-assisted biopsy: ductal carcinoma in situ, interm'
                  'ediate grade, 9 mm.\n'),
                 {'L': 'M', 'R': '-'}, id='cc04'),
    pytest.param(('Addendum - correction of laterality (12/03/2026)\n'
                  'Following review of the request form and specimen pot, this material c'
                  'oncerns the LEFT breast and not the right as\n'
                  'initially indicated. The diagnosis is otherwise unchanged.\n'
                  '\n'
                  'DIAGNOSIS:\n'
                  'Right breast, core biopsy: intraductal papilloma without atypia.\n'),
                 {'L': 'B', 'R': '-'}, id='cc05'),
    pytest.param(('AMENDED REPORT\n'
                  'Amendment: Correction of laterality. The diagnosis relates to the LEFT'
                  ' breast, not the right as stated in the\n'
                  'original report.\n'
                  '\n'
                  "Final diagnosis: Right breast, 2 o'clock, core biopsy: invasive lobula"
                  'r carcinoma, classic type, grade 2.\n'),
                 {'L': 'M', 'R': '-'}, id='cc06'),
    pytest.param(('AMENDED REPORT\n'
                  'Amendment (04/03/2026): The HER2 result concerns the LEFT breast speci'
                  'men S26-1190, not the right as originally\n'
                  'reported; it was entered on this report in error and has been removed.'
                  ' The diagnosis below is unchanged.\n'
                  '\n'
                  "Final diagnosis: Right breast, 10 o'clock, core biopsy: invasive carci"
                  'noma NST, grade 2.\n'),
                 {'L': '-', 'R': 'M'}, id='cc07'),
    pytest.param(('CORRECTED REPORT\n'
                  'Reason for correction: the request form concerns the LEFT breast, not '
                  'the right as originally transcribed from the\n'
                  'card; the specimen pot and the cores are from the RIGHT breast, and th'
                  'e diagnosis stands for the right breast.\n'
                  '\n'
                  'Diagnosis: Right breast, core biopsy: fibroadenoma.\n'),
                 {'L': '-', 'R': 'B'}, id='cc08'),
    pytest.param(('Histopathology report\n'
                  'Comment: This report concerns the right breast core only. The left bre'
                  'ast core taken at the same visit is reported\n'
                  'separately (S26-2211).\n'
                  '\n'
                  "Diagnosis: Right breast, 9 o'clock, core biopsy: invasive ductal carci"
                  'noma, grade 3. B5b.\n'),
                 {'L': '-', 'R': 'M'}, id='cc09'),
    pytest.param(('CORRECTED REPORT\n'
                  'Reason for correction: the clinical history concerns the LEFT breast ('
                  'lumpectomy 2018), not the right as originally\n'
                  'transcribed. The diagnosis is unchanged.\n'
                  '\n'
                  'Clinical history: Previous left lumpectomy 2018 for DCIS. New right br'
                  'east mass.\n'
                  'Diagnosis: Right breast, core biopsy: invasive lobular carcinoma, grad'
                  'e 2.\n'),
                 {'L': '-', 'R': 'M'}, id='cc10'),
    pytest.param(('CORRECTED REPORT\n'
                  'The correction concerns the date of the procedure only (12/02/2026, no'
                  't 21/02/2026 as originally printed);\n'
                  'laterality and diagnosis are unchanged.\n'
                  '\n'
                  'Diagnosis: Left breast, ultrasound-guided core biopsy: invasive carcin'
                  'oma of no special type, grade 2.\n'),
                 {'L': 'M', 'R': '-'}, id='cc11'),
    pytest.param(('Korrektur [Correction]: Der Befund betrifft die LINKE Brust, nicht die'
                  ' rechte wie ursprünglich gemeldet.\n'
                  '\n'
                  'Histologie, wie ursprünglich gemeldet [Histology, as originally notifi'
                  'ed]:\n'
                  'Mamma rechts, Stanzbiopsie: duktales Carcinoma in situ, G2.\n'),
                 {'L': 'M', 'R': '-'}, id='cc12',
                 marks=pytest.mark.xfail(strict=True, reason=("review cc12 (concerns): read {'L': '-', 'R': 'M'};"
                                                          " the guide's stated limit: the German correction '"
                                                          'Der Befund betrifft die LINKE Brust, nicht die rec'
                                                          "hte wie ursprünglich gemeldet.' without its Englis"
                                                          'h gloss; the correction is read through its gloss '
                                                          'only'))),
    pytest.param(('Final diagnosis:\n'
                  'A. Right breast, 9:00, core: invasive ductal carcinoma, grade 2.\n'
                  'B. Left breast, 3:00, core: fibroadenoma.\n'
                  '\n'
                  'Addendum: Our concern relates to the right breast lesion, where the ca'
                  'rcinoma abuts the inked core edge; the left\n'
                  'breast fibroadenoma needs no further action.\n'),
                 {'L': 'B', 'R': 'M'}, id='cc13'),
    pytest.param(('Serviço de Anatomia Patológica - Hospital de Santo António\n'
                  'Relatório: B26/01774\n'
                  'Material: biópsia por agulha grossa, mama esquerda, QSE.\n'
                  'Diagnóstico: Mama esquerda, biópsia por agulha grossa: quisto simples '
                  'com parede fibrosa e revestimento apócrino\n'
                  'focal. Sem atipia. (B2)\n'),
                 {'L': 'B', 'R': '-'}, id='pt01'),
    pytest.param(('Diagnóstico:\n'
                  '1. Mama direita, tumorectomia: carcinoma ductal invasivo, grau 2 (3+2+'
                  '2), com 17 mm; margens livres.\n'
                  '2. Mama esquerda, biópsia excisional: quistos simples múltiplos e alte'
                  'rações fibroquísticas.\n'),
                 {'L': 'B', 'R': 'M'}, id='pt02'),
    pytest.param(('Serviço de Anatomia Patológica - Hospital de Braga\n'
                  'Informação clínica: microcalcificações agrupadas, mama direita, BI-RAD'
                  'S 4B.\n'
                  'Conclusão: Mama direita, biópsia assistida por vácuo: hiperplasia duct'
                  'al usual florida, com microcalcificações\n'
                  'associadas. Ausência de atipia ou de lesão neoplásica.\n'),
                 {'L': '-', 'R': 'B'}, id='pt03'),
    pytest.param(('Serviço de Anatomia Patológica - IPO\n'
                  'Diagnóstico: Mama direita, tumorectomia: carcinoma lobular invasivo, g'
                  'rau 2, com 21 mm, acompanhado de hiperplasia\n'
                  'ductal usual e de quistos.\n'
                  'Gânglio sentinela axilar direito: sem metástases (0/2).\n'),
                 {'L': '-', 'R': 'BM'}, id='pt04'),
    pytest.param(('Serviço de Anatomia Patológica - Centro Hospitalar do Baixo Vouga\n'
                  'Material: nódulo da mama esquerda, exérese cirúrgica (peça de 9 g).\n'
                  'Diagnóstico: Mama esquerda, nódulo às 3h, exérese: fibroadenoma com 14'
                  ' mm e quisto apócrino adjacente.\n'
                  'Sem sinais de malignidade.\n'),
                 {'L': 'B', 'R': '-'}, id='pt05'),
    pytest.param(('Informação clínica: quisto na mama esquerda em ecografia, aspirado em '
                  '2023. Nódulo sólido na mama direita às 10h.\n'
                  'Diagnóstico: Mama direita, biópsia por agulha grossa: tecido mamário c'
                  'om fibrose estromal, sem lesão\n'
                  'proliferativa. Ausência de malignidade.\n'),
                 {'L': '-', 'R': '-'}, id='pt06'),
    pytest.param(('Serviço de Anatomia Patológica - Hospital Garcia de Orta\n'
                  'Material: biópsia por agulha grossa, mama esquerda às 2h.\n'
                  'Diagnóstico: Mama esquerda, biópsia por agulha grossa: alterações fibr'
                  'oquísticas com metaplasia apócrina, sem\n'
                  'quistos individualizados e sem atipia. Ausência de malignidade.\n'),
                 {'L': '-', 'R': '-'}, id='pt07'),
    pytest.param(('Hospital de São João - Anatomia Patológica\n'
                  'Informação clínica: nódulo na cicatriz, mama direita.\n'
                  'Diagnóstico: Mama direita, área de cicatriz de tumorectomia prévia, bi'
                  'ópsia: necrose gorda com quistos oleosos e\n'
                  'reação gigantocelular de tipo corpo estranho. Sem evidência de recidiv'
                  'a tumoral.\n'),
                 {'L': '-', 'R': '-'}, id='pt08'),
    pytest.param(('Diagnóstico:\n'
                  'A) Mama direita, mastectomia profiláctica (portadora de mutação BRCA1)'
                  ': tecido mamário sem alterações significativas.\n'
                  'B) Ovário esquerdo, anexectomia profiláctica: quisto folicular; sem le'
                  'são neoplásica.\n'),
                 {'L': '-', 'R': '-'}, id='pt09'),
    pytest.param(('Diagnóstico: Mama direita, biópsia assistida por vácuo: carcinoma duct'
                  'al in situ, grau nuclear intermédio, com\n'
                  'microcalcificações. Ausência de hiperplasia ductal usual ou atípica no'
                  ' tecido adjacente.\n'),
                 {'L': '-', 'R': 'M'}, id='pt10'),
    pytest.param(('Paciente: M.S.F., 44 anos. Pedido: Dr. R. Almeida.\n'
                  'Laudo anatomopatológico - Hospital das Clínicas\n'
                  'Material: mama esquerda, punção por agulha grossa.\n'
                  'Conclusão: Mama esquerda: cisto simples com parede fibrosa. Ausência d'
                  'e atipias.\n'),
                 {'L': 'B', 'R': '-'}, id='pt11'),
    pytest.param(('Serviço de Anatomia Patológica - ULS Coimbra\n'
                  'Diagnóstico: Mama direita, biópsia por agulha grossa às 8h: fibroadeno'
                  'ma.\n'
                  'Comentário: o quisto descrito na ecografia às 2h não foi amostrado nes'
                  'ta biópsia; sugere-se correlação imagiológica.\n'),
                 {'L': '-', 'R': 'B'}, id='pt12'),
    pytest.param(('Pathologie Verslag - Maasland Ziekenhuis\n'
                  'Klinische gegevens: palpabele afwijking linker mamma, BI-RADS 5.\n'
                  'Conclusie: Mamma links, naaldbiopsie 2 uur: invasief ductaal carcinoom'
                  ', graad 2 (Bloom-Richardson 3+2+2).\n'
                  'ER 100%, PR 80%, HER2 negatief.\n'),
                 {'L': 'M', 'R': '-'}, id='nl01'),
    pytest.param(('Afdeling Pathologie - Isala Klinieken\n'
                  'Klinische gegevens: bilaterale afwijkingen.\n'
                  'Conclusie:\n'
                  'Rechter mamma, lumpectomie: invasief lobulair carcinoom, klassiek type'
                  ', graad 2, 18 mm; snijvlakken vrij.\n'
                  'Linker mamma, naaldbiopsie: fibroadenoom.\n'),
                 {'L': 'B', 'R': 'M'}, id='nl02'),
    pytest.param(('Afdeling Pathologie - Amphia\n'
                  'Klinische gegevens: gegroepeerde microcalcificaties rechter mamma.\n'
                  'Conclusie: Rechter mamma, vacuümbiopsie: ductaal carcinoom in situ, ho'
                  'oggradig, met comedonecrose en\n'
                  'microcalcificaties, over ten minste 12 mm in de biopten.\n'),
                 {'L': '-', 'R': 'M'}, id='nl03'),
    pytest.param(('Patologiavdelningen, Universitetssjukhuset\n'
                  'Remiss: knöl vänster bröst, kl 2.\n'
                  'Utlåtande: Vänster bröst, mellannålsbiopsi: invasiv bröstcancer av ick'
                  'e specifik typ (NST), NHG 2.\n'
                  'ER 95 %, PR 60 %, HER2 negativ, Ki67 18 %.\n'),
                 {'L': 'M', 'R': '-'}, id='nl04'),
    pytest.param(('Patologiavdelningen, Länssjukhuset Ryhov\n'
                  'Remiss: sektorresektion höger bröst efter biopsi.\n'
                  'Utlåtande: Höger bröst, sektorresektion: invasiv bröstcancer, NST, 14 '
                  'mm, NHG 1. Radikalt opererad (minsta\n'
                  'marginal 4 mm). Sentinel node: ingen metastas (0/2).\n'),
                 {'L': '-', 'R': 'M'}, id='nl05'),
    pytest.param(('Pathologie Verslag - Catharina Ziekenhuis\n'
                  'Conclusie:\n'
                  '1. Linkerborst, naaldbiopsie 10 uur: invasief carcinoom van geen speci'
                  'aal type (NST), graad 3.\n'
                  '2. Rechterborst, naaldbiopsie 7 uur: fibroadenomen (twee biopten).\n'),
                 {'L': 'M', 'R': 'B'}, id='nl06'),
    pytest.param(('Afdeling Pathologie - Rijnstate Regio\n'
                  'Klinische gegevens: solide laesie rechter mamma 8 uur, BI-RADS 4.\n'
                  'Conclusie: Rechter mamma, naaldbiopsie: fibroadenoom. Geen aanwijzinge'
                  'n voor invasief carcinoom of ductaal\n'
                  'carcinoom in situ.\n'),
                 {'L': '-', 'R': 'B'}, id='nl07'),
    pytest.param(('Afdeling Pathologie - Gelre\n'
                  'Klinische gegevens: microcalcificaties linker mamma, BI-RADS 4.\n'
                  'Conclusie: Linker mamma, vacuümbiopsie: atypische ductale hyperplasie;'
                  ' ductaal carcinoom in situ kan niet worden\n'
                  'uitgesloten. Excisie wordt geadviseerd (B3).\n'),
                 {'L': 'B', 'R': '-'}, id='nl08'),
    pytest.param(('Pathologie Verslag - Zuyderland\n'
                  'Conclusie: Rechter mamma, naaldbiopsie: kleine groepjes atypische cell'
                  'en in fibrotisch stroma, verdacht voor maar\n'
                  'niet diagnostisch voor invasief carcinoom (B4). Herhaalbiopsie geadvis'
                  'eerd.\n'),
                 {'L': '-', 'R': '-'}, id='nl09'),
    pytest.param(('Klinische gegevens: status na invasief ductaal carcinoom links (2017),'
                  ' lumpectomie en radiotherapie. Nu nieuwe\n'
                  'afwijking rechter mamma 9 uur.\n'
                  'Conclusie: Rechter mamma, naaldbiopsie: fibroadenoom. Geen maligniteit'
                  '.\n'),
                 {'L': '-', 'R': 'B'}, id='nl10'),
    pytest.param(('Klinisk patologi, Länssjukhuset\n'
                  'Remiss: palpabel knöl höger bröst, ultraljud talar för fibroadenom.\n'
                  'Utlåtande: Höger bröst, mellannålsbiopsi kl 10: fibroadenom utan tecke'
                  'n på invasiv bröstcancer eller cancer in\n'
                  'situ.\n'),
                 {'L': '-', 'R': 'B'}, id='nl11'),
    pytest.param(('Patologi- och cytologiavdelningen\n'
                  'Utlåtande: Vänster bröst, mellannålsbiopsi: fibroadenom. Ingen maligni'
                  'tet.\n'
                  'Svaret registreras inte i Nationellt kvalitetsregister för bröstcancer'
                  ' (NKBC) då fyndet är benignt.\n'),
                 {'L': 'B', 'R': '-'}, id='nl12'),
    pytest.param(('Klinisk patologi, Sahlgrenska Universitetssjukhuset\n'
                  'Anamnes: Opererad för invasiv bröstcancer i höger bröst 2016, strålbeh'
                  'andlad. Nu ny förändring i vänster bröst.\n'
                  'Utlåtande: Vänster bröst, mellannålsbiopsi: fibroadenom.\n'),
                 {'L': 'B', 'R': '-'}, id='nl13'),
    pytest.param(('Klinisk patologi och cytologi, Universitetssjukhuset\n'
                  'Remiss: mikrokalk vänster bröst.\n'
                  'Utlåtande: Vänster bröst, mellannålsbiopsi: atypisk duktal hyperplasi.'
                  ' Invasiv bröstcancer kan ej uteslutas i\n'
                  'kvarvarande förändring; kirurgisk excision rekommenderas.\n'),
                 {'L': 'B', 'R': '-'}, id='nl14'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Specimen A: Left breast, 2:00, ultrasound-guided core biopsy.\n'
                  'Specimen B: Right breast, 9:00, ultrasound-guided core biopsy.\n'
                  '\n'
                  'Gross: A. Three tan cores, 1.2 cm aggregate. B. Two tan-white cores, 1'
                  '.5 cm aggregate.\n'
                  '\n'
                  'Diagnosis A: Invasive ductal carcinoma, Nottingham grade 1, with low-g'
                  'rade DCIS.\n'
                  'Diagnosis B: Fibroadenoma.\n'),
                 {'L': 'M', 'R': 'B'}, id='dx01'),
    pytest.param(('Specimen 1: Right breast, wide local excision (wire-guided), 48 g.\n'
                  'Specimen 2: Right axillary sentinel lymph node.\n'
                  '\n'
                  'Diagnosis 1: Invasive lobular carcinoma, classic type, grade 2, 19 mm;'
                  ' margins clear (closest 3 mm, superior).\n'
                  'Diagnosis 2: Metastatic carcinoma in one of two lymph nodes (largest d'
                  'eposit 4 mm), no extranodal extension.\n'),
                 {'L': '-', 'R': 'M'}, id='dx02'),
    pytest.param(('Specimen A: Right breast, simple mastectomy.\n'
                  'Specimen B: Left breast, contralateral prophylactic mastectomy.\n'
                  '\n'
                  'Diagnosis A: Ductal carcinoma in situ, high nuclear grade, solid type '
                  'with comedonecrosis, 45 mm; margins clear.\n'
                  'Diagnosis B: Benign breast tissue with fibrocystic change and apocrine'
                  ' metaplasia; no carcinoma.\n'),
                 {'L': '-', 'R': 'M'}, id='dx03'),
    pytest.param(("Specimen A : Right breast, 10 o'clock, vacuum biopsy.\n"
                  "Specimen B : Left breast, 3 o'clock, core biopsy.\n"
                  'Diagnosis A : Ductal carcinoma in situ, intermediate grade, cribriform'
                  ', with calcifications.\n'
                  'Diagnosis B : Intraductal papilloma without atypia.\n'),
                 {'L': 'B', 'R': 'M'}, id='dx04'),
    pytest.param(('Specimen A: Left breast, reduction mammoplasty, 620 g.\n'
                  'Specimen B: Right breast, reduction mammoplasty, 585 g.\n'
                  'Diagnosis A: Fibrocystic change and stromal fibrosis. No atypia or mal'
                  'ignancy.\n'
                  'Diagnosis B: Fibroadenoma, 6 mm, incidental; fibrocystic change.\n'),
                 {'L': '-', 'R': 'B'}, id='dx05'),
    pytest.param(('Specimen 1: Left breast, wide local excision.\n'
                  'Specimen 2: Left breast, additional superior margin.\n'
                  'Specimen 3: Left axillary sentinel lymph nodes.\n'
                  'Diagnosis 1: Mucinous carcinoma, 14 mm, grade 1.\n'
                  'Diagnosis 2: Benign breast tissue; no tumour.\n'
                  'Diagnosis 3: Two lymph nodes, negative for metastatic carcinoma (0/2).'
                  '\n'),
                 {'L': 'M', 'R': '-'}, id='dx06'),
    pytest.param(('Specimen: Left breast, wide local excision (wire-guided).\n'
                  'Diagnosis 1: Invasive lobular carcinoma, classic type, grade 2, 16 mm.'
                  '\n'
                  'Diagnosis 2: Lobular carcinoma in situ, classic type, adjacent to the '
                  'tumour.\n'
                  'Diagnosis 3: Margins clear; closest 2 mm (posterior).\n'),
                 {'L': 'BM', 'R': '-'}, id='dx07'),
    pytest.param(('Specimen A: Left breast, 1:00, core biopsy.\n'
                  'Specimen B: Right breast, 8:00, core biopsy.\n'
                  'Diagnosis:\n'
                  'A. Left breast, core biopsy: invasive carcinoma NST, grade 2.\n'
                  'B. Right breast, core biopsy: fibroadenoma.\n'),
                 {'L': 'M', 'R': 'B'}, id='dx08'),
    pytest.param(("Specimen A: Left breast core biopsy (2 o'clock).\n"
                  "Specimen B: Right breast core biopsy (10 o'clock).\n"
                  'Diagnosis 1: Left breast core (A): invasive ductal carcinoma, grade 2.'
                  '\n'
                  'Diagnosis 2: Right breast core (B): fibroadenoma.\n'),
                 {'L': 'M', 'R': 'B'}, id='dx09'),
    pytest.param(('Specimen A: Left breast, wide local excision.\n'
                  'Specimen B: Left axillary sentinel lymph node.\n'
                  'Intraoperative frozen section diagnosis B: no metastatic carcinoma ide'
                  'ntified.\n'
                  'Diagnosis A: Invasive ductal carcinoma, grade 2, 21 mm; margins clear.'
                  '\n'
                  'Diagnosis B: Isolated tumour cells on levels (pN0(i+)); no metastasis.'
                  '\n'),
                 {'L': 'M', 'R': '-'}, id='dx10'),
    pytest.param(('DISCHARGE SUMMARY - Surgical Oncology\n'
                  'Diagnosis 1: Left breast carcinoma (invasive ductal, pT2 pN1a), status'
                  ' post mastectomy 02/2026.\n'
                  'Diagnosis 2: Type 2 diabetes mellitus.\n'
                  'Diagnosis 3: Hypertension.\n'),
                 {'L': 'M', 'R': '-'}, id='dx11'),
    pytest.param(('Pathology - Outreach clinic specimen\n'
                  'Received: two containers, labelled A and B (no laterality on the reque'
                  'st form).\n'
                  'Diagnosis A: Breast core biopsy: invasive ductal carcinoma, grade 2.\n'
                  'Diagnosis B: Breast core biopsy: fibroadenoma.\n'),
                 {'L': '?', 'R': '?'}, id='dx12'),
    pytest.param(('Réunion de concertation pluridisciplinaire - Sénologie - 14/02/2026\n'
                  'Antécédent: carcinome canalaire infiltrant du sein droit traité en 201'
                  '7 (tumorectomie, radiothérapie).\n'
                  'Motif de présentation: nodule du sein gauche ACR 4.\n'
                  'Conclusion: Sein gauche, microbiopsie: fibroadénome.\n'),
                 {'L': 'B', 'R': '-'}, id='fr01'),
    pytest.param(('COMPTE RENDU ANATOMO-PATHOLOGIQUE\n'
                  'ANTÉCÉDENTS : carcinome lobulaire infiltrant du sein gauche (2015), ma'
                  'stectomie gauche.\n'
                  'Renseignements cliniques : asymétrie de densité du sein droit, ACR 4A.'
                  '\n'
                  'CONCLUSION : Sein droit, macrobiopsie sous stéréotaxie : mastopathie f'
                  'ibrokystique avec métaplasie apocrine. Pas de\n'
                  'lésion maligne.\n'),
                 {'L': '-', 'R': '-'}, id='fr02'),
    pytest.param(('Compte rendu n° 26-B-1140\n'
                  "Laboratoire d'anatomie pathologique\n"
                  'Antecedents: carcinome canalaire in situ du sein gauche opere en 2019.'
                  '\n'
                  'Conclusion: Sein droit, microbiopsie a 9 h: fibroadenome. Absence de l'
                  'esion suspecte.\n'),
                 {'L': '-', 'R': 'B'}, id='fr03'),
    pytest.param(('Antécédents personnels : cancer du sein droit en 2012, traité par mast'
                  'ectomie et chimiothérapie.\n'
                  'Examen demandé : microbiopsie du sein gauche, lésion de 8 mm.\n'
                  'Conclusion : Sein gauche, microbiopsie : papillome intracanalaire sans'
                  ' atypie.\n'),
                 {'L': 'B', 'R': '-'}, id='fr04'),
    pytest.param(('Laboratoire de pathologie Saint-Michel\n'
                  'Renseignements cliniques : nodule du sein droit, 9 mm.\n'
                  'Antécédents familiaux : mère et tante maternelle, cancer du sein avant'
                  ' 50 ans.\n'
                  'Conclusion : Sein droit, microbiopsie échoguidée : fibroadénome. Pas d'
                  'e signe de malignité.\n'),
                 {'L': '-', 'R': 'B'}, id='fr05'),
    pytest.param(('Renseignements cliniques : masse du sein gauche, 25 mm, ACR 5.\n'
                  'Antécédents : néant.\n'
                  'Conclusion : Sein gauche, microbiopsie : carcinome canalaire infiltran'
                  't de grade II (SBR), récepteurs hormonaux en\n'
                  'cours.\n'),
                 {'L': 'M', 'R': '-'}, id='fr06'),
    pytest.param(('Madame D., 54 ans, présentée en RCP le 10/02/2026.\n'
                  'Antécédents : néant.\n'
                  'Microbiopsie du sein droit du 03/02/2026 : carcinome canalaire infiltr'
                  'ant, grade II, RE 90 %, RP 60 %, HER2 négatif.\n'
                  'Proposition : tumorectomie avec ganglion sentinelle.\n'),
                 {'L': '-', 'R': 'M'}, id='fr07'),
    pytest.param(('Cabinet de pathologie du Val de Loire - Compte rendu n° 26-H-00812\n'
                  'Renseignements cliniques : nodule du sein gauche, ACR 5.\n'
                  'Conclusion : Sein gauche, tumorectomie : carcinome lobulaire infiltran'
                  't de 15 mm, grade 2 ; patiente aux antécédents\n'
                  'de mastopathie fibrokystique.\n'),
                 {'L': 'M', 'R': '-'}, id='fr08'),
    pytest.param(('Consultation de sénologie - Dr Martin\n'
                  'Antécédents : HTA, appendicectomie.\n'
                  "Histoire de la maladie : découverte d'un nodule du sein gauche en janv"
                  'ier 2026.\n'
                  'Résultat anatomopathologique : microbiopsie du sein gauche : carcinome'
                  ' canalaire infiltrant, grade I.\n'
                  'Conduite à tenir : IRM mammaire, puis RCP.\n'),
                 {'L': 'M', 'R': '-'}, id='fr09'),
    pytest.param(('Centre de lutte contre le cancer - Département de biopathologie\n'
                  'Renseignements cliniques : nodule sur cicatrice, sein gauche.\n'
                  'Conclusion :\n'
                  'Sein gauche, biopsie de la cicatrice de tumorectomie (antécédent : car'
                  'cinome 2019) : récidive de carcinome\n'
                  'canalaire infiltrant, grade II.\n'),
                 {'L': 'M', 'R': '-'}, id='fr10'),
    pytest.param(('Centre de pathologie - compte rendu de microbiopsie\n'
                  "Pas d'antécédent particulier. Nodule du sein droit découvert à l'autop"
                  'alpation.\n'
                  'Conclusion : Sein droit, microbiopsie : carcinome canalaire infiltrant'
                  ' de type non spécifique, grade III.\n'),
                 {'L': '-', 'R': 'M'}, id='fr11'),
    pytest.param(('Antécédents gynécologiques : G2P2, ménopause à 51 ans, THS pendant 5 a'
                  'ns.\n'
                  'Conclusion : Sein droit, tumorectomie : carcinome canalaire infiltrant'
                  ', 12 mm, grade I, exérèse complète.\n'
                  'Ganglion sentinelle droit : indemne (0/1).\n'),
                 {'L': '-', 'R': 'M'}, id='fr12'),
    pytest.param(("Service d'anatomie et cytologie pathologiques - CHU\n"
                  'Renseignements cliniques : nodule sur cicatrice, sein droit.\n'
                  'Antécédents : carcinome canalaire in situ du sein droit (2020), tumore'
                  'ctomie.\n'
                  'Conclusion : Sein droit, microbiopsie : récidive sous forme de carcino'
                  'me canalaire infiltrant, grade II.\n'),
                 {'L': '-', 'R': 'M'}, id='fr13'),
    pytest.param(('SURGICAL PATHOLOGY - Accession S26-06210\n'
                  'Clinical history: Left breast mass, BI-RADS 5.\n'
                  '\n'
                  'FINAL DIAGNOSIS:\n'
                  'Left breast, ultrasound-guided core biopsy of 2.3 cm mass with suspici'
                  'ous axillary lymphadenopathy: invasive\n'
                  'ductal carcinoma, grade 3, with focal necrosis.\n'),
                 {'L': 'M', 'R': '-'}, id='ax01'),
    pytest.param(('Pathology Report - Lakeside Community Hospital\n'
                  'Clinical: 47F, palpable right breast mass, BI-RADS 5.\n'
                  "Diagnosis: Right breast, 10 o'clock, core biopsy of mass with right ax"
                  'illary adenopathy: invasive lobular\n'
                  'carcinoma, classic type, grade 2.\n'),
                 {'L': '-', 'R': 'M'}, id='ax02'),
    pytest.param(('Servicio de Anatomía Patológica - Hospital Universitario [Department o'
                  'f Pathology]\n'
                  'Diagnóstico [Diagnosis]: Mama derecha, BAG de lesión con adenopatía ax'
                  'ilar [Right breast, core biopsy of lesion\n'
                  'with axillary lymphadenopathy]: carcinoma ductal infiltrante, grado 2.'
                  '\n'),
                 {'L': '-', 'R': 'M'}, id='ax03'),
    pytest.param(('Histopathology - Eastfield Hospital\n'
                  'Clinical details: L breast mass 3 cm, U5; abnormal L axillary node on '
                  'US.\n'
                  'Diagnosis: Left breast mass with ipsilateral axillary lymphadenopathy,'
                  ' 14G core biopsy: invasive carcinoma of no\n'
                  'special type, grade 2. ER 8/8, HER2 negative.\n'),
                 {'L': 'M', 'R': '-'}, id='ax04'),
    pytest.param(('SURGICAL PATHOLOGY - Accession S26-07711\n'
                  'Clinical history: Left breast mass, BI-RADS 5.\n'
                  'FINAL DIAGNOSIS:\n'
                  'Left breast, core biopsy of irregular mass with suspicious axillary\n'
                  'lymphadenopathy: invasive ductal carcinoma, grade 2.\n'),
                 {'L': 'M', 'R': '-'}, id='ax05'),
    pytest.param(("Compte rendu d'anatomie pathologique - Clinique du Parc\n"
                  'Renseignements cliniques : nodule du sein gauche de 2 cm, ACR 5.\n'
                  "Conclusion : Sein gauche, microbiopsie d'un nodule avec adénopathie ax"
                  'illaire suspecte : carcinome canalaire\n'
                  'infiltrant, grade II.\n'),
                 {'L': 'M', 'R': '-'}, id='ax06'),
    pytest.param(('Histopathology - Eastfield Hospital\n'
                  'Clinical details: Right axillary mass; normal mammogram and breast ult'
                  'rasound.\n'
                  'Diagnosis: Right axillary lymphadenopathy, ultrasound-guided core biop'
                  'sy: metastatic carcinoma, consistent with a\n'
                  'breast primary (GATA3 positive, ER positive).\n'),
                 {'L': '-', 'R': '-'}, id='ax07'),
    pytest.param(('Surgical Pathology - Northgate Medical Centre\n'
                  'Clinical: left breast mass 3:00 and enlarged left axillary node.\n'
                  'Diagnosis:\n'
                  'Left breast, 3:00, core biopsy: invasive ductal carcinoma, grade 2.\n'
                  'Left axillary lymph node, core biopsy: metastatic carcinoma.\n'),
                 {'L': 'M', 'R': '-'}, id='ax08'),
    pytest.param(('Surgical Pathology - Harbor View\n'
                  'Clinical: enlarged left axillary node, breast imaging negative.\n'
                  'Diagnosis: Core biopsy of axillary lymphadenopathy (left): metastatic '
                  'carcinoma, immunoprofile in keeping with\n'
                  'breast origin. No breast tissue is present.\n'),
                 {'L': '-', 'R': '-'}, id='ax09'),
    pytest.param(('Surgical Pathology Report - Accession S26-08111\n'
                  'Clinical: right breast nodule 9:00; left axillary mass.\n'
                  'Final diagnosis:\n'
                  'Right breast, core biopsy (patient with left axillary lymphadenopathy)'
                  ': fibroadenoma.\n'
                  'Left axillary lymph node, fine needle aspiration: metastatic adenocarc'
                  'inoma.\n'),
                 {'L': '-', 'R': 'B'}, id='ax10'),
    pytest.param(('CYTOPATHOLOGY REPORT - Accession C26-0412\n'
                  'Clinical: 71F.\n'
                  'Cytology: Left breast mass with axillary lymphadenopathy; ultrasound-g'
                  'uided FNA of the axillary lymphadenopathy:\n'
                  'metastatic carcinoma. The breast mass was not sampled.\n'),
                 {'L': '-', 'R': '-'}, id='ax11',
                 marks=pytest.mark.xfail(strict=True, reason=("review ax11 (adenopathy): read {'L': 'M', 'R': '-'"
                                                          "}; older behaviour: 'Left breast mass with axillar"
                                                          'y lymphadenopathy; ultrasound-guided FNA of the ax'
                                                          "illary lymphadenopathy: metastatic carcinoma' is t"
                                                          "he node's cytology, but the statement's opening br"
                                                          'east words side the carcinoma (L=M in every revisi'
                                                          'on; without them it reads -/-)'))),
    pytest.param(("Compte rendu d'anatomie pathologique - CHU\n"
                  'Renseignements cliniques : adénopathie axillaire gauche isolée, mammog'
                  'raphie normale.\n'
                  'Conclusion :\n'
                  'Adénopathie axillaire gauche, microbiopsie : métastase ganglionnaire d'
                  "'un carcinome d'origine mammaire probable\n"
                  '(GATA3+, RE+).\n'),
                 {'L': '-', 'R': '-'}, id='ax12'),
    pytest.param(('Histopathology - Riverside University Hospital\n'
                  'Clinical: left breast mass 4 cm, matted axillary nodes.\n'
                  'Diagnosis: Left breast and axillary lymphadenopathy, core biopsies: in'
                  'vasive ductal carcinoma in the breast core;\n'
                  'metastatic carcinoma in the nodal core.\n'),
                 {'L': 'M', 'R': '-'}, id='ax13'),
    pytest.param(('UNIVERSITY MEDICAL CENTER - DEPARTMENT OF PATHOLOGY\n'
                  'Accession: S26-05102                     Collected: 02/14/2026\n'
                  'Clinical history: 61-year-old woman, left breast mass at 1:00, 1.8 cm,'
                  ' BI-RADS 5.\n'
                  'Gross description: Received in formalin labelled "left breast 1:00" ar'
                  'e four cores, 1.0-1.6 cm.\n'
                  '\n'
                  'FINAL DIAGNOSIS:\n'
                  'LEFT BREAST, 1:00, ULTRASOUND-GUIDED CORE BIOPSY:\n'
                  ' - INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2 (3+2+1 = 6/9).\n'
                  ' - DUCTAL CARCINOMA IN SITU, INTERMEDIATE NUCLEAR GRADE, CRIBRIFORM TY'
                  'PE.\n'
                  ' - LYMPHOVASCULAR INVASION NOT IDENTIFIED.\n'
                  'Comment: Receptor studies will be reported in an addendum.\n'),
                 {'L': 'M', 'R': '-'}, id='or01'),
    pytest.param(('Department of Cellular Pathology\n'
                  'NHS Breast Screening Programme - Core biopsy\n'
                  "Clinical details: Screen detected R breast 10 o'clock mass, 12 mm, M4 "
                  'U3.\n'
                  'Macroscopy: Three cores, 8-14 mm.\n'
                  'Microscopy: The cores show a circumscribed fibroepithelial lesion with'
                  ' intracanalicular pattern and low stromal\n'
                  'cellularity. No stromal overgrowth, atypia or mitoses.\n'
                  "Conclusion: Right breast 10 o'clock core: fibroadenoma. B2.\n"),
                 {'L': '-', 'R': 'B'}, id='or02'),
    pytest.param(('SYNOPTIC REPORT - INVASIVE CARCINOMA OF THE BREAST (RESECTION)\n'
                  'Procedure: Total mastectomy\n'
                  'Specimen laterality: Right\n'
                  'Histologic type: Invasive lobular carcinoma, classic\n'
                  'Histologic grade: 2 (T3 N2 M1)\n'
                  'Tumour size: 32 mm\n'
                  'DCIS: Not identified\n'
                  'Margins: Negative for invasive carcinoma; closest 6 mm (deep)\n'
                  'Regional lymph nodes: 2/12 positive; largest deposit 7 mm\n'
                  'pTNM: pT2 pN1a\n'),
                 {'L': '-', 'R': 'M'}, id='or03'),
    pytest.param(('This is Dr. Salas dictating a surgical pathology report on patient Jan'
                  'e Roe, accession S26-4410. The specimen is\n'
                  'labelled left breast excisional biopsy. Grossly there is a 2.1 centime'
                  'tre rubbery well circumscribed nodule. On\n'
                  'sections the lesion is a fibroadenoma with a focus of sclerosing adeno'
                  'sis at the periphery. There is no atypia and\n'
                  'no carcinoma. Final diagnosis, left breast excisional biopsy, fibroade'
                  'noma with sclerosing adenosis. End of\n'
                  'dictation.\n'),
                 {'L': 'B', 'R': '-'}, id='or04'),
    pytest.param(('Bay Pathology Associates - Surgical Pathology\n'
                  'Pt: 52F. Hx: L breast 4:00 asymmetry, BI-RADS 4A.\n'
                  'Bay Pathology Associates\n'
                  'L breast core 4:00 - benign breast tissue w/ stromal fibrosis and fibr'
                  'ocystic change. No atypia. Neg for malig.\n'
                  'Concordance w/ imaging suggested.\n'),
                 {'L': '-', 'R': '-'}, id='or05'),
    pytest.param(('Pathology Report - Southern Cross Laboratories\n'
                  'The specimen consists of a right breast vacuum-assisted biopsy targeti'
                  "ng calcifications at 11 o'clock. Sections\n"
                  'show columnar cell change with flat epithelial atypia involving severa'
                  'l acini, with luminal calcifications. There\n'
                  'is no atypical ductal hyperplasia and no in situ or invasive carcinoma'
                  '.\n'
                  "Diagnosis: Right breast, 11 o'clock, VAB: flat epithelial atypia with "
                  'calcifications.\n'),
                 {'L': '-', 'R': 'B'}, id='or06'),
    pytest.param(('AMENDED REPORT (amendment 1, 03/03/2026)\n'
                  'Reason for amendment: addition of receptor results.\n'
                  '\n'
                  'FINAL DIAGNOSIS:\n'
                  "Left breast, 9 o'clock, core biopsy: invasive carcinoma of no special "
                  'type, grade 3.\n'
                  'Receptors (amendment): ER negative (0%), PR negative (0%), HER2 positi'
                  've (3+). Ki-67 60%.\n'
                  'The diagnosis is unchanged.\n'),
                 {'L': 'M', 'R': '-'}, id='or07'),
    pytest.param(('CONSULTATION REPORT\n'
                  'Outside slides: Riverbend Hospital, case RB-26-0331, right breast core'
                  ' biopsy, 2 slides.\n'
                  'Outside diagnosis: Ductal carcinoma in situ, low grade.\n'
                  'Our review: The lesion is atypical ductal hyperplasia; the involved sp'
                  'aces are fewer than two and under 2 mm. The\n'
                  'criteria for low-grade DCIS are not met.\n'
                  'Diagnosis: Right breast, core biopsy (outside slides): atypical ductal'
                  ' hyperplasia.\n'),
                 {'L': '-', 'R': 'B'}, id='or08'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
