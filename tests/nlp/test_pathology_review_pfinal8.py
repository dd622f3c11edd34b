"""Final measurement review pfinal8 of the pathology rules of b119-b120 and their narrowings: 130 texts written and
labelled from the guide in new institutions' voices before either revision read them (98 variants and near misses of
the rules, 32 ordinary reports that touch none of them). No over-reach: 21 read right that the stop's start read wrong,
none of the ordinary reports changed, and one text is newly wrong another way (rs07: its left breast's fibroadenoma now
read right, its right breast's "hiperplasia ductal usual" unread by either revision). All are pinned here: every one
the rules read right passes; the twelve they read wrong were strict expected failures until the review's gaps were
mended (tests/nlp/test_pathology_pfinal8_gaps.py), and all twelve now read as labelled."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('Histopathology report - Ashgrove General Hospital\n'
                  'Clinical details: Left axillary mass, 3 cm. Bilateral mammography, ult'
                  'rasound and contrast MRI: no breast lesion.\n'
                  '\n'
                  'Specimen: Left axillary lymph node, ultrasound-guided core biopsy (3 c'
                  'ores).\n'
                  'Microscopy: Cores replaced by poorly differentiated adenocarcinoma in '
                  'solid nests. GATA3 positive, ER 90%, PR 10%,\n'
                  'HER2 1+. TTF-1, CDX2 and PAX8 negative.\n'
                  '\n'
                  'Diagnosis: Left axillary lymph node, core biopsy: metastatic adenocarc'
                  'inoma, immunoprofile consistent with breast origin.\n'
                  '\n'
                  'Comment: In the absence of a breast lesion on imaging the MDT may wish'
                  ' to consider management as occult breast\n'
                  'cancer on the left.\n'),
                 {'L': '-', 'R': '-'}, id='oc01'),
    pytest.param(('Tumorkonferenz [Tumour board] Senologie 14.02.2026\n'
                  'Patientin, 58 J. Histologie: Lymphknoten axillär rechts, Stanzbiopsie:'
                  ' Metastase eines Adenokarzinoms, GATA3+, ER+.\n'
                  'Mamma rechts, MR-gesteuerte Vakuumbiopsie: fibrozystische Mastopathie,'
                  ' kein Malignom.\n'
                  'Empfehlung [Recommendation]: Therapie gemäß Leitlinie für okkultes Mam'
                  'makarzinom rechts (cT0 cN1): neoadjuvante\n'
                  'Chemotherapie, danach Axilladissektion und Bestrahlung der rechten Bru'
                  'st.\n'),
                 {'L': '-', 'R': '-'}, id='oc02'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Clinical history: Right axillary metastasis, breast imaging negative ('
                  'presumed occult primary). Right mastectomy.\n'
                  '\n'
                  'FINAL DIAGNOSIS:\n'
                  'A. Right breast, simple mastectomy: occult invasive ductal carcinoma, '
                  '6 mm, grade 2, identified on serial\n'
                  '   sectioning of the upper outer quadrant. Margins clear.\n'
                  'B. Right axillary contents, dissection: metastatic carcinoma in 3 of 1'
                  '4 lymph nodes.\n'),
                 {'L': '-', 'R': 'M'}, id='oc03'),
    pytest.param(('Department of Cellular Pathology\n'
                  'Specimen: Left breast, wire-guided wide local excision.\n'
                  'Diagnosis: Left breast, wire-guided wide local excision: mammographica'
                  'lly occult invasive lobular carcinoma\n'
                  '(detected on MRI only), 14 mm, grade 2. Margins: closest 3 mm (superio'
                  'r). Sentinel node: see separate report.\n'),
                 {'L': 'M', 'R': '-'}, id='oc04'),
    pytest.param(('DOCUMENTATION SHEET - CUP / OCCULT BREAST CARCINOMA\n'
                  'Patient: 1962-xx-xx   Side: left\n'
                  'Specimen 1: Left axillary lymph node, excision: metastatic carcinoma ('
                  '4.1 cm), ER positive, GATA3 positive,\n'
                  'mammaglobin positive.\n'
                  "Specimen 2: Left breast, MRI-guided biopsy 2 o'clock: benign breast ti"
                  'ssue with stromal fibrosis.\n'
                  'Primary: not identified.\n'),
                 {'L': '-', 'R': '-'}, id='oc05'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  'Left breast, excision of MRI-detected area: occult breast carcinoma, i'
                  'nvasive ductal type, 7 mm, grade 1.\n'
                  'Left axillary lymph nodes: metastatic carcinoma in 2 of 11 nodes (larg'
                  'est deposit 18 mm).\n'
                  'Comment: This lesion represents the previously occult primary of the k'
                  'nown axillary metastasis.\n'),
                 {'L': 'M', 'R': '-'}, id='oc06'),
    pytest.param(('MDT OUTCOME - Breast\n'
                  'Histology reviewed: Right axilla, core biopsy - metastatic carcinoma, '
                  'ER 8/8, HER2 negative. Right breast MRI-guided\n'
                  "core at 10 o'clock - benign (fibrosis).\n"
                  'Outcome: Occult breast cancer, right (T0 N1). For neoadjuvant endocrin'
                  'e therapy then axillary node clearance and\n'
                  'whole breast radiotherapy.\n'),
                 {'L': '-', 'R': '-'}, id='oc07'),
    pytest.param(("Histology: Right breast, ultrasound-guided core biopsy at 9 o'clock (s"
                  'econd-look US after MRI).\n'
                  'Diagnosis: invasive carcinoma of no special type, grade 2, in two core'
                  's, max 5 mm. This lesion was sonographically\n'
                  'occult at the initial assessment and is the likely primary of the righ'
                  't axillary metastasis reported previously.\n'),
                 {'L': '-', 'R': 'M'}, id='oc08'),
    pytest.param(('Letter to GP - Breast Unit\n'
                  'Dear Dr Khan, Mrs R attended with a palpable left axillary node. The n'
                  'ode core showed metastatic carcinoma of breast\n'
                  'type (ER positive). Mammogram, ultrasound and MRI of the breasts are n'
                  'ormal. We will treat her according to the\n'
                  'pathway for occult breast cancer on the left, with chemotherapy first.'
                  '\n'
                  'Yours sincerely, Miss A. Ferreira, Consultant Breast Surgeon\n'),
                 {'L': '-', 'R': '-'}, id='oc09'),
    pytest.param(('Histologie-Befund\n'
                  'Material: Lymphknoten axillär links, Exzision.\n'
                  'Befund: Lymphknotenmetastase eines Adenokarzinoms (3,2 cm), GATA3 posi'
                  'tiv, ER 80 %, PR negativ, TTF1 negativ.\n'
                  'Beurteilung [Assessment]: Metastase eines Karzinoms, immunhistochemisc'
                  'h vereinbar mit Mammaprimarius. Klinisch\n'
                  'Verdacht auf okkultes Mammakarzinom links; bildgebend kein Primarius.\n'),
                 {'L': '-', 'R': '-'}, id='oc10'),
    pytest.param(('DOKUMENTATIONSBOGEN BRUSTKREBS - PATHOLOGIE [Documentation sheet, brea'
                  'st cancer - pathology]\n'
                  'Einsender: Brustzentrum Nordstadt\n'
                  'Mamma rechts, Stanzbiopsie 10 Uhr: Fibroadenom, B2. Kein Anhalt für Ma'
                  'lignität.\n'),
                 {'L': '-', 'R': 'B'}, id='ti01'),
    pytest.param(('Core biopsy report - breast cancer pathway\n'
                  "Left breast, ultrasound-guided core biopsy, 2 o'clock: invasive carcin"
                  'oma of no special type, grade 2.\n'
                  'ER 8/8, HER2 negative (1+).\n'),
                 {'L': 'M', 'R': '-'}, id='ti02'),
    pytest.param(('==========================================\n'
                  'BREAST CANCER DATA COLLECTION FORM - PATHOLOGY\n'
                  '==========================================\n'
                  'Screening episode: assessment clinic\n'
                  'Left breast, 14G core biopsy: columnar cell change with no atypia. B2.'
                  '\n'),
                 {'L': 'B', 'R': '-'}, id='ti03'),
    pytest.param(('Referral for second opinion\n'
                  'Patient history: left breast cancer, treated with neoadjuvant chemothe'
                  'rapy.\n'
                  'Documentation sheet - breast cancer\n'
                  'Left breast, wide local excision after chemotherapy: residual invasive'
                  ' ductal carcinoma, 8 mm, RCB-II.\n'),
                 {'L': 'M', 'R': '-'}, id='ti04'),
    pytest.param(('Pathology Report\n'
                  'Specimen received: Left breast lumpectomy.\n'
                  'Diagnosis: Invasive ductal carcinoma of the left breast, 22 mm, grade '
                  '3, ER negative, PR negative, HER2 positive (3+).\n'
                  'Title of attached registry form: Documentation sheet - breast cancer ('
                  'completed).\n'),
                 {'L': 'M', 'R': '-'}, id='ti05'),
    pytest.param(('[UDSKRIVNINGSBREV OG AFSLUTNING AF KRÆFTPAKKEFORLØB - BRYSTKRÆFT]\n'
                  '[Discharge letter and closure of the cancer patient pathway - breast c'
                  'ancer]\n'
                  'Patologi: Højre bryst, grovnålsbiopsi: fibroadenom. Ingen malignitet.\n'
                  'Forløbet afsluttes.\n'),
                 {'L': '-', 'R': 'B'}, id='ti06'),
    pytest.param(('Registration sheet - breast cancer\n'
                  'Left breast, core biopsy: invasive carcinoma NST, grade 2. Cancer regi'
                  'stry notification submitted 03.03.2026.\n'
                  'Diagnosis confirmed: left breast cancer cT2 cN0.\n'),
                 {'L': 'M', 'R': '-'}, id='ti07'),
    pytest.param(('COMPTE RENDU ANATOMOPATHOLOGIQUE [Pathology report]\n'
                  "Sein gauche, microbiopsie 3h [left breast, core biopsy 3 o'clock]: car"
                  'cinome canalaire infiltrant de grade II\n'
                  '[invasive ductal carcinoma, grade II], RE 90 %, RP 60 %, HER2 score 0.'
                  '\n'
                  'Proposition de la RCP [Board proposal]: chirurgie conservatrice et gan'
                  'glion sentinelle.\n'),
                 {'L': 'M', 'R': '-'}, id='bd01'),
    pytest.param(('Compte rendu de RCP Sénologie [Breast tumour board minutes] - 12/01/20'
                  '26\n'
                  'Antécédent: carcinome canalaire infiltrant du sein gauche traité en 20'
                  '19.\n'
                  'Dossier présenté pour: nodule du sein droit.\n'
                  'Conclusion de la RCP [Board conclusion]: suspicion de second cancer du'
                  ' sein droit; pas de récidive à gauche.\n'
                  'Microbiopsie à programmer.\n'),
                 {'L': '-', 'R': '-'}, id='bd02'),
    pytest.param(('Tumour board 21.01.2026\n'
                  'Histology: Right breast, core biopsy: invasive lobular carcinoma, grad'
                  'e 2, ER+.\n'
                  'Board proposal: mastectomy right, sentinel node biopsy.\n'),
                 {'L': '-', 'R': 'M'}, id='bd03'),
    pytest.param(('Tumorkonferenz [Tumour board] 28.01.2026:\n'
                  'Rezidiv eines Mammakarzinoms links möglich; Biopsie empfohlen.\n'
                  'Histologie ausstehend.\n'),
                 {'L': '-', 'R': '-'}, id='bd04'),
    pytest.param(("Proposal: Right breast, core biopsy 11 o'clock - ductal carcinoma in s"
                  'itu, high grade, solid type, with comedonecrosis.\n'),
                 {'L': '-', 'R': 'M'}, id='bd05'),
    pytest.param(('Breast MDT meeting 05/02/2026\n'
                  'Pathology presented: Left breast, core biopsy: invasive carcinoma NST,'
                  ' grade 3, triple negative.\n'
                  'Board proposal: neoadjuvant chemotherapy (KEYNOTE-522 regimen), then s'
                  'urgery.\n'
                  'Board conclusion: left breast cancer cT2 cN0, for neoadjuvant therapy.'
                  '\n'),
                 {'L': 'M', 'R': '-'}, id='bd06'),
    pytest.param(('Conclusion de la RCP [Board conclusion]: cancer du sein droit probable'
                  " au vu de l'imagerie (ACR 5); microbiopsie\n"
                  'à réaliser avant décision thérapeutique.\n'),
                 {'L': '-', 'R': '-'}, id='bd07'),
    pytest.param(('Anforderungsschein Pathologie\n'
                  'Frühere Tumorerkrankungen [Previous tumour diseases]: Mammakarzinom li'
                  'nks 2015, BET und Radiatio.\n'
                  'Material: Mamma rechts, Stanzbiopsie 12 Uhr.\n'
                  'Befund: Fibroadenom. Kein Malignom.\n'),
                 {'L': '-', 'R': 'B'}, id='pv01'),
    pytest.param(('Current tumour disease: invasive ductal carcinoma of the left breast, '
                  'cT1c cN0, diagnosed 01/2026.\n'
                  'Previous illnesses: hypertension, hypothyroidism.\n'
                  'Specimen: left breast, wide local excision. Diagnosis: invasive ductal'
                  ' carcinoma, 14 mm, grade 2, margins clear.\n'),
                 {'L': 'M', 'R': '-'}, id='pv02'),
    pytest.param(('Henvisning [Referral]\n'
                  'Tidligere sygdomme [Previous diseases]: Cancer mammae dxt. 2012, maste'
                  'ktomi. Apopleksi 2020.\n'
                  'Aktuelt: Knude i venstre bryst; henvist til udredning med mammografi o'
                  'g ultralyd.\n'),
                 {'L': '-', 'R': '-'}, id='pv03'),
    pytest.param(('Previous illnesses: none of note.\n'
                  'Right breast, core biopsy: invasive lobular carcinoma, classic type, g'
                  'rade 2.\n'),
                 {'L': '-', 'R': 'M'}, id='pv04'),
    pytest.param(('Previous diseases:\n'
                  '- Left breast carcinoma 2014 (pT1b pN0), breast-conserving surgery and'
                  ' radiotherapy\n'
                  '- Type 2 diabetes\n'
                  'Specimen: Left breast, core biopsy of scar area: fat necrosis and fibr'
                  'osis; no recurrence.\n'),
                 {'L': '-', 'R': '-'}, id='pv05'),
    pytest.param(('Frühere Erkrankungen: keine.\n'
                  'Aktuelle Diagnose: Mamma links, Stanzbiopsie: invasives Karzinom NST, '
                  'G2 [invasive carcinoma NST, grade 2].\n'),
                 {'L': 'M', 'R': '-'}, id='pv06'),
    pytest.param(('Begleitschein Mammastanze [Core biopsy form]\n'
                  'Seite [Side]: rechts\n'
                  'Histologie: Fibroadenom, B2.\n'
                  'Malignität nachgewiesen [Malignancy demonstrated]: [ ] ja [yes]   [X] '
                  'nein [no]\n'),
                 {'L': '-', 'R': 'B'}, id='tk01'),
    pytest.param(('Seite: links\n'
                  'Histologie: invasives lobuläres Karzinom, G2, B5b.\n'
                  'Malignität nachgewiesen: [X] ja   [ ] nein\n'),
                 {'L': 'M', 'R': '-'}, id='tk02'),
    pytest.param(('Right breast, VAB: fibrocystic change, no atypia.   Invasive carcinoma'
                  ' present: [ ] yes [X] no\n'
                  'DCIS present: [ ] yes [X] no\n'),
                 {'L': '-', 'R': '-'}, id='tk03'),
    pytest.param(('Venstre bryst, grovnålsbiopsi: duktalt carcinom in situ, høj grad [duc'
                  'tal carcinoma in situ, high grade].\n'
                  'Invasion påvist [Invasion demonstrated]: [ ] ja [X] nej\n'),
                 {'L': 'M', 'R': '-'}, id='tk04'),
    pytest.param(('Left breast, core biopsy: invasive ductal carcinoma, grade 3.  Re-biop'
                  'sy required: [ ] yes [X] no\n'),
                 {'L': 'M', 'R': '-'}, id='tk05'),
    pytest.param(('DCIS nachgewiesen [DCIS demonstrated]: [ ] ja [X] nein\n'
                  'Mamma links, Vakuumbiopsie: Mikrokalk in benignen Drüsenläppchen, kein'
                  'e Atypien.\n'),
                 {'L': '-', 'R': '-'}, id='tk06'),
    pytest.param(('Rechte Mamma, Stanzbiopsie: DCIS, intermediärer Kerngrad.\n'
                  'Invasives Karzinom nachgewiesen: [ ] ja [X] nein\n'),
                 {'L': '-', 'R': 'M'}, id='tk07'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  'A. Right breast, core biopsy: intraductal papilloma without atypia.\n'
                  'B. Left breast, core biopsy: invasive carcinoma, grade 2; E-cadherin t'
                  'o follow to determine type.\n'
                  '\n'
                  'SUPPLEMENTAL REPORT (signed 02/03/2026):\n'
                  'E-cadherin shows complete loss of membranous staining in the tumour ce'
                  'lls.\n'
                  'Final diagnosis: invasive lobular carcinoma, classic type.\n'),
                 {'L': 'M', 'R': 'B'}, id='su01'),
    pytest.param(('DIAGNOSIS:\n'
                  'LEFT BREAST, CORE: INVASIVE DUCTAL CARCINOMA, GRADE 2.\n'
                  'RIGHT BREAST, CORE: ATYPICAL INTRADUCTAL PROLIFERATION; LEVELS AND IMM'
                  'UNOSTAINS TO FOLLOW.\n'
                  '\n'
                  'ADDENDUM:\n'
                  'Levels and CK5/6 and ER immunostains on the right breast core show usu'
                  'al ductal hyperplasia only. No atypia.\n'
                  'Final diagnosis: usual ductal hyperplasia.\n'),
                 {'L': 'M', 'R': 'B'}, id='su02'),
    pytest.param(('DIAGNOSIS:\n'
                  "Right breast, 6 o'clock, core: invasive ductal carcinoma, grade 3.\n"
                  "Left breast, 1 o'clock, core: fibroadenoma.\n"
                  '\n'
                  'SUPPLEMENTAL REPORT:\n'
                  'ER negative (0%), PR negative (0%), HER2 equivocal (2+); ISH to follow'
                  '.\n'),
                 {'L': 'B', 'R': 'M'}, id='su03'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  'Left breast, stereotactic core: atypical ductal hyperplasia associated'
                  ' with calcifications; deeper levels to follow.\n'
                  '\n'
                  'ADDENDUM (05/03/2026):\n'
                  'Deeper levels show a 2 mm focus of low-grade ductal carcinoma in situ '
                  'adjacent to the atypical ductal hyperplasia.\n'
                  'Final diagnosis: low-grade DCIS with ADH.\n'),
                 {'L': 'BM', 'R': '-'}, id='su04'),
    pytest.param(('DIAGNOSIS\n'
                  'A. RIGHT BREAST, 10:00, US CORE: FIBROADENOMA.\n'
                  'B. LEFT BREAST, 3:00, US CORE: INVASIVE MAMMARY CARCINOMA, GRADE 2; IM'
                  'MUNOSTAINS FOR TYPING PENDING.\n'
                  '\n'
                  'SUPPLEMENTAL REPORT:\n'
                  'Part B: E-cadherin is retained and p120 shows membranous staining.\n'
                  'Final diagnosis: invasive ductal carcinoma (no special type), grade 2.'
                  '\n'),
                 {'L': 'M', 'R': 'B'}, id='su05'),
    pytest.param(('DIAGNOSIS:\n'
                  'Right breast, core biopsy: invasive ductal carcinoma, grade 2.\n'
                  'Left breast, core biopsy: papillary lesion; immunohistochemistry to fo'
                  'llow.\n'
                  '\n'
                  'ADDENDUM:\n'
                  'Myoepithelial markers (p63, SMMHC) are present throughout the left bre'
                  'ast papillary lesion, and CK5/6 shows a mosaic\n'
                  'pattern. Final diagnosis: intraductal papilloma without atypia.\n'),
                 {'L': 'B', 'R': 'M'}, id='su06'),
    pytest.param(('COMPTE RENDU\n'
                  'Prélèvement: Adénopathie axillaire gauche, microbiopsie [left axillary'
                  ' lymphadenopathy, core biopsy].\n'
                  "Conclusion: Adénopathie axillaire gauche métastatique d'un carcinome, "
                  'profil immunohistochimique compatible avec une\n'
                  'origine mammaire (GATA3+, RE+).\n'),
                 {'L': '-', 'R': '-'}, id='ad01'),
    pytest.param(("Microbiopsies du sein droit et de l'adénopathie axillaire droite [core"
                  ' biopsies of the right breast and the right\n'
                  'axillary lymphadenopathy]:\n'
                  'Conclusion: carcinome canalaire infiltrant du sein droit, grade II, av'
                  'ec métastase ganglionnaire axillaire.\n'),
                 {'L': '-', 'R': 'M'}, id='ad02'),
    pytest.param(('Mama izquierda, BAG de nódulo con adenopatía axilar sospechosa [left b'
                  'reast, core biopsy of nodule with suspicious\n'
                  'axillary lymphadenopathy]: carcinoma ductal infiltrante, grado histoló'
                  'gico 2.\n'),
                 {'L': 'M', 'R': '-'}, id='ad03'),
    pytest.param(('Adenopatía supraclavicular derecha, BAG [right supraclavicular lymphad'
                  'enopathy, core biopsy]: metástasis de carcinoma\n'
                  'poco diferenciado, GATA3 positivo, compatible con origen mamario.\n'),
                 {'L': '-', 'R': '-'}, id='ad04'),
    pytest.param(('Right breast mass and axillary lymphadenopathy.\n'
                  'Specimen: Right breast, ultrasound-guided core biopsy.\n'
                  'Diagnosis: Invasive carcinoma of no special type, grade 3.\n'),
                 {'L': '-', 'R': 'M'}, id='ad05'),
    pytest.param(('Adenopatia axilar direita e nódulo da mama direita, biópsias por agulh'
                  'a grossa:\n'
                  '- Mama direita: carcinoma invasivo de tipo não especial, grau 2.\n'
                  '- Adenopatia axilar: metástase de carcinoma.\n'),
                 {'L': '-', 'R': 'M'}, id='ad06'),
    pytest.param(('Renseignements: patiente de 64 ans, adénopathie axillaire droite isolé'
                  'e, mammographie normale.\n'
                  'Examen: ganglion axillaire droit, exérèse.\n'
                  "Conclusion: métastase ganglionnaire d'un carcinome peu différencié, RE"
                  '+, GATA3+; origine mammaire probable.\n'),
                 {'L': '-', 'R': '-'}, id='ad07'),
    pytest.param(("Sein gauche, microbiopsie d'un nodule (adénopathie axillaire homolatér"
                  "ale à l'échographie): carcinome lobulaire\n"
                  'infiltrant, grade 2.\n'),
                 {'L': 'M', 'R': '-'}, id='ad08'),
    pytest.param(('CONCLUSION:\n'
                  'Carcinome canalaire infiltrant du sein droit, grade II; fibroadénome d'
                  'u sein gauche.\n'),
                 {'L': 'B', 'R': 'M'}, id='rs01'),
    pytest.param(('Diagnóstico: carcinoma lobular invasivo da mama direita, grau 2; quist'
                  'o simples da mama esquerda.\n'),
                 {'L': 'B', 'R': 'M'}, id='rs02'),
    pytest.param(('Conclusione: carcinoma duttale infiltrante della mammella destra, G2; '
                  'pregresso carcinoma della mammella sinistra\n'
                  '(2016) trattato con quadrantectomia.\n'),
                 {'L': '-', 'R': 'M'}, id='rs03'),
    pytest.param(('Conclusion: carcinome canalaire infiltrant du sein droit; récidive du '
                  'sein gauche écartée.\n'),
                 {'L': '-', 'R': 'M'}, id='rs04'),
    pytest.param(('Conclusión: carcinoma ductal infiltrante de mama derecha, grado 3; qui'
                  'ste de ovario izquierdo.\n'),
                 {'L': '-', 'R': 'M'}, id='rs05'),
    pytest.param(('Conclusion: carcinome canalaire infiltrant du sein droit; antécédent d'
                  'e carcinome lobulaire du sein gauche traité\n'
                  'en 2011.\n'),
                 {'L': '-', 'R': 'M'}, id='rs06'),
    pytest.param(('Diagnóstico: carcinoma ductal in situ de alto grau da mama direita, co'
                  'm hiperplasia ductal usual; fibroadenoma\n'
                  'da mama esquerda.\n'),
                 {'L': 'B', 'R': 'BM'}, id='rs07'),
    pytest.param(('Conclusion: microbiopsie du sein gauche: carcinome canalaire infiltran'
                  't; biopsie de contrôle du sein droit prévue.\n'),
                 {'L': 'M', 'R': '-'}, id='rs08'),
    pytest.param(('Diagnosi: fibroadenoma della mammella destra; carcinoma lobulare infil'
                  'trante della mammella\n'
                  'sinistra, G2.\n'),
                 {'L': 'M', 'R': 'B'}, id='rs09'),
    pytest.param(('Lfd. Nr. | Seite [Side] | Lokalisation | Histologie [Histology] | B\n'
                  '1 | R | 10 Uhr | Fibroadenom [fibroadenoma] | B2\n'
                  '2 | L | 2 Uhr | Invasives Karzinom NST [invasive carcinoma NST] | B5b\n'),
                 {'L': 'M', 'R': 'B'}, id='pt01'),
    pytest.param(('| No. | Size (mm) | Grade | Histology |\n'
                  '| 1 | 12 | 2 | Invasive ductal carcinoma |\n'
                  '| 2 | 5 | L | Fibroadenoma |\n'
                  'Specimen: breast core biopsies, side not stated on request form.\n'),
                 {'L': '?', 'R': '?'}, id='pt02'),
    pytest.param(('| Core | Laterality | Clock | Diagnosis |\n'
                  '|------|------------|-------|-----------|\n'
                  '| 1 | L | 4:00 | Fibroadenoma |\n'
                  '| 2 | L | 5:00 | Fibrocystic change |\n'),
                 {'L': 'B', 'R': '-'}, id='pt03'),
    pytest.param(('Summary table\n'
                  '| Specimen | Side | Result |\n'
                  '| Core 1 | R | Ductal carcinoma in situ, high grade |\n'
                  '| Core 2 | R | Benign breast tissue |\n'),
                 {'L': '-', 'R': 'M'}, id='pt04'),
    pytest.param(('DIAGNOSIS:\n'
                  'A. Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n'
                  'B. Right breast, core biopsy: columnar cell lesion, suspicious for aty'
                  'pia.\n'
                  'COMMENT: Levels on block B2 show a small intraductal papilloma without'
                  ' atypia; no atypia confirmed.\n'),
                 {'L': 'M', 'R': 'B'}, id='bk01'),
    pytest.param(('DIAGNOSIS:\n'
                  "A. Left breast, 2 o'clock, core: invasive lobular carcinoma.\n"
                  "B. Right breast, 9 o'clock, core: benign breast tissue.\n"
                  'Comment: Further levels on block A1 show focal lymphovascular invasion'
                  '. Levels on block B1: benign breast tissue only.\n'),
                 {'L': 'M', 'R': '-'}, id='bk02'),
    pytest.param(('Pièce de tumorectomie gauche orientée [oriented left lumpectomy] et ga'
                  'nglion sentinelle.\n'
                  'Conclusion:\n'
                  '- Carcinome canalaire infiltrant de 18 mm, grade II.\n'
                  '- Ganglion sentinelle: 0/1.\n'),
                 {'L': 'M', 'R': '-'}, id='sl01'),
    pytest.param(('Clinical: right mastectomy for carcinoma 2018.\n'
                  'Right axillary sentinel node specimen.\n'
                  'Conclusion:\n'
                  '- Two lymph nodes, no metastatic carcinoma (0/2).\n'),
                 {'L': '-', 'R': '-'}, id='sl02'),
    pytest.param(("Right breast, 8 o'clock, core biopsy: deposit of malignant melanoma (S"
                  '100, SOX10 and Melan-A positive) in breast\n'
                  'tissue. History of melanoma of the back, 2019.\n'),
                 {'L': '-', 'R': 'M'}, id='ml01'),
    pytest.param(('Skin of right breast, excision: superficial spreading malignant melano'
                  'ma, Breslow 0.6 mm, margins clear.\n'),
                 {'L': '-', 'R': '-'}, id='ml02'),
    pytest.param(('Left axillary lymph node, excision: deposits of metastatic melanoma. L'
                  'eft breast not sampled.\n'),
                 {'L': '-', 'R': '-'}, id='ml03'),
    pytest.param(('Pele da mama esquerda, biópsia excisional: carcinoma basocelular super'
                  'ficial, margens livres.\n'),
                 {'L': '-', 'R': '-'}, id='bc01'),
    pytest.param(('Mama derecha, BAG: carcinoma escamoso (metaplásico) de la mama, grado '
                  '3, triple negativo.\n'),
                 {'L': '-', 'R': 'M'}, id='bc02'),
    pytest.param(('Cute della regione mammaria destra, escissione: carcinoma spinocellula'
                  're ben differenziato, margini indenni.\n'),
                 {'L': '-', 'R': '-'}, id='bc03'),
    pytest.param(('Mama direita, peça de tumorectomia: carcinoma invasivo de tipo não esp'
                  'ecial, 15 mm. Gânglio sentinela enviado\n'
                  'para pesquisa de metástases: negativo (0/2).\n'),
                 {'L': '-', 'R': 'M'}, id='pq01'),
    pytest.param(('Mama esquerda, biópsia estereotáxica para pesquisa de microcalcificaçõ'
                  'es: carcinoma ductal in situ de grau\n'
                  'intermédio com microcalcificações.\n'),
                 {'L': 'M', 'R': '-'}, id='pq02'),
    pytest.param(('Opinion: Right breast - invasive carcinoma NST, grade 2. Left breast -'
                  ' fibroadenoma.\n'
                  'Core biopsy data: R - B5b malignant, invasive. L - B2 benign.\n'),
                 {'L': 'B', 'R': 'M'}, id='cb01'),
    pytest.param(('Core 1: invasive carcinoma NST, grade 2.\n'
                  'Core 2: fibroadenoma.\n'
                  'Cores: R - 3 cores. L - 2 cores.\n'),
                 {'L': '?', 'R': '?'}, id='cb02'),
    pytest.param(('Consultation report - Pinecrest University Hospital\n'
                  'Outside diagnosis (Valley Regional Lab): Left breast, core: ductal car'
                  'cinoma in situ.\n'
                  'Pinecrest diagnosis after review: Left breast, core: invasive ductal c'
                  'arcinoma, grade 1, with DCIS.\n'),
                 {'L': 'M', 'R': '-'}, id='ar01'),
    pytest.param(('Consultation - Harbourview Medical Center\n'
                  'Slides received from Riverside Pathology Associates (case RP-26-0412).'
                  '\n'
                  'Riverside diagnosis after review: right breast, core: DCIS, low grade.'
                  '\n'
                  'Harbourview diagnosis: Right breast, core: atypical ductal hyperplasia'
                  '; does not meet criteria for DCIS.\n'),
                 {'L': '-', 'R': 'B'}, id='ar02'),
    pytest.param(('Liver, core biopsy: metastasis of an adenocarcinoma; GATA3 and ER posi'
                  'tive, CK7 positive, CK20 and TTF-1 negative,\n'
                  'consistent with a breast primary.\n'),
                 {'L': '-', 'R': '-'}, id='mk01'),
    pytest.param(('Right lung, wedge resection: metastatic carcinoma; ER and GATA3 positi'
                  've, TTF-1 negative, consistent with breast primary.\n'
                  'Left breast, core biopsy (same admission): invasive lobular carcinoma,'
                  ' grade 2.\n'),
                 {'L': 'M', 'R': '-'}, id='mk02'),
    pytest.param(('Henvisningsdiagnose: DC509 Kræft i brystet UNS\n'
                  'Patologi: Højre bryst, grovnålsbiopsi kl. 11: fibroadenom. Ingen tegn '
                  'på malignitet.\n'),
                 {'L': '-', 'R': 'B'}, id='hv01'),
    pytest.param(('Ønsket ydelse [Requested service]: vurdering af resttumor efter neoadj'
                  'uverende behandling.\n'
                  'Patologi: Venstre bryst, lumpektomi: resterende invasivt duktalt karci'
                  'nom, 6 mm [residual invasive ductal\n'
                  'carcinoma, 6 mm].\n'),
                 {'L': 'M', 'R': '-'}, id='rq01'),
    pytest.param(('[Sein droit, cicatrice de tumorectomie, microbiopsies x3 / right breas'
                  't, lumpectomy scar, core biopsies x3]:\n'
                  'stéatonécrose [fat necrosis]; pas de récidive.\n'),
                 {'L': '-', 'R': '-'}, id='sc01'),
    pytest.param(('KORREKTUR [Correction]: Der Befund betrifft die LINKE Brust, nicht die'
                  ' rechte wie ursprünglich gemeldet.\n'
                  '[The report concerns the LEFT breast, not the right as originally noti'
                  'fied.]\n'
                  'Histologie, wie ursprünglich gemeldet [Histology, as originally notifi'
                  'ed]:\n'
                  'Mamma rechts, Stanzbiopsie: invasives Karzinom NST, G2.\n'),
                 {'L': 'M', 'R': '-'}, id='rp01'),
    pytest.param(('SURGICAL PATHOLOGY REPORT - Lakeside Regional Medical Center\n'
                  "SPECIMEN: Right breast, 9 o'clock, ultrasound-guided core biopsy (4 co"
                  'res, 14G).\n'
                  'GROSS: Four tan-white cores, 1.2 to 1.8 cm, entirely submitted in A1.\n'
                  'MICROSCOPIC: Infiltrating nests and cords of tumour cells with moderat'
                  'e pleomorphism, tubule formation <10%, 6\n'
                  'mitoses/mm2.\n'
                  "DIAGNOSIS: Right breast, 9 o'clock, core biopsy: Invasive ductal carci"
                  'noma, Nottingham grade 2 (3+2+2=7/9).\n'
                  'Ductal carcinoma in situ not identified. Lymphovascular invasion not i'
                  'dentified.\n'),
                 {'L': '-', 'R': 'M'}, id='n01'),
    pytest.param(("Left breast, 1 o'clock, core biopsy: fibroadenoma. No atypia or malign"
                  'ancy. Concordant with imaging (BI-RADS 4A).\n'),
                 {'L': 'B', 'R': '-'}, id='n02'),
    pytest.param(('BILATERAL REDUCTION MAMMOPLASTY\n'
                  'A. Right breast reduction (612 g): benign breast tissue with stromal f'
                  'ibrosis and fibrocystic change.\n'
                  'B. Left breast reduction (588 g): benign breast tissue. No atypia or m'
                  'alignancy in either specimen.\n'),
                 {'L': '-', 'R': '-'}, id='n03'),
    pytest.param(("Histopathology - Queen's Breast Unit\n"
                  'Specimen: Left breast, wide local excision with cavity shaves, and lef'
                  't axillary sentinel nodes x2.\n'
                  'Diagnosis: Invasive lobular carcinoma, classic type, 24 mm, grade 2. A'
                  'ssociated LCIS. Margins: all >2 mm.\n'
                  'Sentinel nodes: 0/2. pT2 pN0(sn). ER 8/8, PR 6/8, HER2 negative.\n'),
                 {'L': 'BM', 'R': '-'}, id='n04'),
    pytest.param(('DIAGNOSIS:\n'
                  'Left breast, needle-localised excision: ductal carcinoma in situ, inte'
                  'rmediate grade, cribriform type, 11 mm, with\n'
                  'calcifications. Background columnar cell change. Margins clear (neares'
                  't 4 mm, anterior).\n'),
                 {'L': 'BM', 'R': '-'}, id='n05'),
    pytest.param(("Right breast, 7 o'clock, vacuum-assisted biopsy: intraductal papilloma"
                  ' without atypia. B3 (lesion of uncertain\n'
                  'malignant potential). Recommend vacuum excision per NHSBSP guidance.\n'),
                 {'L': '-', 'R': 'B'}, id='n06'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  '1. Right breast, mastectomy: invasive ductal carcinoma, 32 mm, grade 3'
                  ', with high-grade DCIS. Nipple uninvolved.\n'
                  '2. Right axillary sentinel lymph nodes (3): macrometastasis in 1 of 3 '
                  '(6 mm), no extranodal extension.\n'
                  '3. Left breast, prophylactic mastectomy: fibroadenoma, 8 mm. No atypia'
                  ' or malignancy.\n'),
                 {'L': 'B', 'R': 'M'}, id='n07'),
    pytest.param(('Left breast, core biopsy: benign breast tissue with pseudoangiomatous '
                  'stromal hyperplasia (PASH). No malignancy.\n'),
                 {'L': '-', 'R': '-'}, id='n08'),
    pytest.param(('Befund: Mamma rechts, Vakuumbiopsie 9 Uhr: Fibroadenom mit Verkalkunge'
                  'n; B2. Kein Anhalt für Malignität.\n'
                  'Kommentar: Befund korreliert mit dem Mikrokalk.\n'),
                 {'L': '-', 'R': 'B'}, id='n09'),
    pytest.param(('Conclusion: Sein gauche, microbiopsie à 3h: carcinome canalaire infilt'
                  'rant de grade II (Elston-Ellis), RE 100 %,\n'
                  'RP 40 %, HER2 score 1+, Ki67 15 %.\n'),
                 {'L': 'M', 'R': '-'}, id='n10'),
    pytest.param(('Diagnóstico: Mama derecha, biopsia con aguja gruesa: carcinoma lobulil'
                  'lar infiltrante, tipo clásico, grado 2.\n'
                  'Receptores de estrógeno: positivos (95 %).\n'),
                 {'L': '-', 'R': 'M'}, id='n11'),
    pytest.param(('PATHOLOGY REPORT\n'
                  'Clinical history: Left breast lump, 2 cm, BI-RADS 5.\n'
                  "Diagnosis: Left breast, 2 o'clock, core: invasive carcinoma of no spec"
                  'ial type, grade 3. Tumour-infiltrating\n'
                  'lymphocytes approx. 40%. Triple negative (ER 0, PR 0, HER2 0).\n'),
                 {'L': 'M', 'R': '-'}, id='n12'),
    pytest.param(('Left breast, excision of palpable lump: simple cyst with apocrine lini'
                  'ng. No atypia.\n'),
                 {'L': 'B', 'R': '-'}, id='n13'),
    pytest.param(("Left breast, 3 o'clock, core biopsy: fibroepithelial lesion with cellu"
                  'lar stroma. The differential diagnosis is\n'
                  'between a cellular fibroadenoma and a benign phyllodes tumour. Excisio'
                  'n recommended.\n'),
                 {'L': '?', 'R': '-'}, id='n14'),
    pytest.param(('Right breast, core biopsy: invasive ductal carcinoma, grade 1, arising'
                  ' in a background of sclerosing adenosis.\n'),
                 {'L': '-', 'R': 'BM'}, id='n15'),
    pytest.param(('Utlåtande [Statement]: Höger bröst, mellannålsbiopsi: invasiv bröstcan'
                  'cer av icke specifik typ (NST), grad 2.\n'
                  'ER 90 %, PR 70 %, HER2 negativ.\n'),
                 {'L': '-', 'R': 'M'}, id='n16'),
    pytest.param(('Diagnosi: Mammella sinistra, agobiopsia: fibroadenoma. Assenza di atip'
                  'ie.\n'),
                 {'L': 'B', 'R': '-'}, id='n17'),
    pytest.param(('Right axillary lymph node, core biopsy: reactive lymph node with folli'
                  'cular hyperplasia. No metastatic carcinoma.\n'),
                 {'L': '-', 'R': '-'}, id='n18'),
    pytest.param(('Left breast, mastectomy after neoadjuvant chemotherapy: residual invas'
                  'ive carcinoma, 4 mm, with treatment effect;\n'
                  'RCB class I. Left axillary nodes 0/12, with fibrosis in two nodes (tre'
                  'ated metastases).\n'),
                 {'L': 'M', 'R': '-'}, id='n19'),
    pytest.param(('Left breast, core biopsy of mass: fat necrosis with foamy histiocytes.'
                  ' No malignancy seen. Correlate with history\n'
                  'of trauma.\n'),
                 {'L': '-', 'R': '-'}, id='n20'),
    pytest.param(('Bilateral breast cores:\n'
                  'Right 10:00: fibroadenoma.\n'
                  'Left 2:00: fibroadenoma.\n'),
                 {'L': 'B', 'R': 'B'}, id='n21'),
    pytest.param(('Specimen A: Right breast, wide local excision.\n'
                  'Specimen B: Right axillary sentinel node.\n'
                  'Diagnosis A: mucinous carcinoma, 16 mm, grade 1. Margins clear.\n'
                  'Diagnosis B: one lymph node, no metastasis (0/1).\n'),
                 {'L': '-', 'R': 'M'}, id='n22'),
    pytest.param(('Conclusie: Linkerborst, naaldbiopsie: invasief carcinoom NST, graad 2.'
                  ' Rechterborst, naaldbiopsie: fibroadenoom.\n'),
                 {'L': 'M', 'R': 'B'}, id='n23'),
    pytest.param(("Right breast, 12 o'clock, core: radial scar / complex sclerosing lesio"
                  'n without atypia (B3).\n'),
                 {'L': '-', 'R': 'B'}, id='n24'),
    pytest.param(('Final diagnosis: Left breast, core biopsy: lobular carcinoma in situ, '
                  'classic type. No invasive carcinoma.\n'),
                 {'L': 'B', 'R': '-'}, id='n25'),
    pytest.param(('Right breast, excision: malignant phyllodes tumour, 5.5 cm, with strom'
                  'al overgrowth and 12 mitoses/10 HPF.\n'
                  'Margins: closest 1 mm.\n'),
                 {'L': '-', 'R': 'M'}, id='n26'),
    pytest.param(('ADDENDUM: HER2 ISH on the left breast carcinoma: not amplified (HER2/C'
                  'EP17 ratio 1.3, mean HER2 copy number 2.6).\n'
                  'DIAGNOSIS (original): Left breast, core: invasive ductal carcinoma, gr'
                  'ade 2, ER positive, HER2 2+ (equivocal).\n'),
                 {'L': 'M', 'R': '-'}, id='n27'),
    pytest.param(('Left axillary lymph node, core biopsy: metastatic carcinoma, consisten'
                  't with breast origin (GATA3 positive).\n'),
                 {'L': '-', 'R': '-'}, id='n28'),
    pytest.param(('DIAGNÓSTICO: Mama direita, mastectomia: carcinoma invasivo de tipo não'
                  ' especial, 28 mm, grau 3, com carcinoma\n'
                  'ductal in situ de alto grau. Gânglios linfáticos axilares: 2/15 com me'
                  'tástases.\n'),
                 {'L': '-', 'R': 'M'}, id='n29'),
    pytest.param(('Left breast, core biopsy: tubular carcinoma, 6 mm on imaging, grade 1.'
                  ' ER strongly positive.\n'),
                 {'L': 'M', 'R': '-'}, id='n30'),
    pytest.param(("Right breast, 8 o'clock, excision: benign phyllodes tumour, 3.1 cm, ma"
                  'rgins clear.\n'),
                 {'L': '-', 'R': 'M'}, id='n31'),
    pytest.param(('FINAL DIAGNOSIS\n'
                  'A. Left breast, core: invasive lobular carcinoma, grade 2.\n'
                  'B. Right breast, core: ductal carcinoma in situ, high grade.\n'),
                 {'L': 'M', 'R': 'M'}, id='n32'),
    pytest.param(('Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n'
                  'Malignität nachgewiesen [Malignancy demonstrated]: [X] ja [yes]   [ ] '
                  'nein [no]\n'
                  'Zweitbefundung [second review]: [ ] ja [X] nein\n'),
                 {'L': 'M', 'R': '-'}, id='x01'),
    pytest.param(('Right breast, core biopsy: ductal carcinoma in situ, high grade. Invas'
                  'ion: [ ] yes [X] no. Microinvasion: [ ] yes [X] no.\n'),
                 {'L': '-', 'R': 'M'}, id='x02'),
    pytest.param(('Previous diseases: appendicectomy 1990.\n'
                  "Left breast, core biopsy 3 o'clock: invasive carcinoma NST, grade 2, E"
                  'R positive, HER2 negative.\n'),
                 {'L': 'M', 'R': '-'}, id='x03'),
    pytest.param(('Frühere Tumorerkrankungen [Previous tumour diseases]: keine [none]\n'
                  'Aktuelle Tumorerkrankung [Current tumour disease]: Mammakarzinom recht'
                  's, Stanzbiopsie: invasives lobuläres Karzinom G2.\n'),
                 {'L': '-', 'R': 'M'}, id='x04'),
    pytest.param(('Tumorkonferenz [Tumour board] 28.01.2026: Vorstellung nach Stanzbiopsi'
                  'e.\n'
                  'Histologie [Histology]: Mamma rechts, Stanzbiopsie 11 Uhr: invasives K'
                  'arzinom NST, G2, ER 90 %, HER2 negativ.\n'
                  'Empfehlung: BET rechts mit Sentinel.\n'),
                 {'L': '-', 'R': 'M'}, id='x05'),
    pytest.param(('Histopathology report - breast cancer screening programme\n'
                  'Left breast, 14G core: invasive carcinoma NST, grade 1, 8 mm on imagin'
                  'g. B5b.\n'),
                 {'L': 'M', 'R': '-'}, id='x06'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  "Left breast, core biopsy at 2 o'clock (MRI second-look): invasive lobu"
                  'lar carcinoma, grade 2.\n'
                  'Comment: The patient presented with a left axillary metastasis and was'
                  ' treated as occult breast cancer; this biopsy\n'
                  'identifies the primary.\n'),
                 {'L': 'M', 'R': '-'}, id='x07'),
    pytest.param(('Microbiopsie du sein droit [right breast core biopsy]: carcinome canal'
                  'aire infiltrant, grade III.\n'
                  'Adénopathie axillaire droite, cytoponction: cellules carcinomateuses.\n'),
                 {'L': '-', 'R': 'M'}, id='x08'),
    pytest.param(('Conclusion: fibroadénome du sein droit; carcinome canalaire infiltrant'
                  ' du sein\n'
                  'gauche, grade I, 9 mm.\n'),
                 {'L': 'M', 'R': 'B'}, id='x09'),
    pytest.param(('| Probe | Seite | Histologie | B-Klassifikation |\n'
                  '| 1 | L | invasives duktales Karzinom | B5b |\n'
                  '| 2 | L | Mastopathie | B2 |\n'),
                 {'L': 'M', 'R': '-'}, id='x10'),
    pytest.param(('DIAGNOSIS:\n'
                  'A. Left breast, 2:00, core: invasive lobular carcinoma, grade 2.\n'
                  'B. Right breast, 10:00, core: sclerosing adenosis with atypical cells;'
                  ' deeper levels to follow.\n'
                  '\n'
                  'SUPPLEMENTAL REPORT:\n'
                  'Deeper levels of the right breast core show a 3 mm focus of intermedia'
                  'te-grade ductal carcinoma in situ.\n'),
                 {'L': 'M', 'R': 'BM'}, id='x11'),
    pytest.param(('Requested service: second opinion on right breast core biopsy.\n'
                  'Right breast, core biopsy: invasive ductal carcinoma, grade 2; we agre'
                  'e with the referring diagnosis.\n'),
                 {'L': '-', 'R': 'M'}, id='x12'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
