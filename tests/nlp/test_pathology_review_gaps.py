"""Review gaps: the two rules of 3edbeb0 (fc03 mended), pinned after they were narrowed. 75 pathology texts written from
the guide before either revision was run: rule 1, a clinical-information field with text on its own line covering the
lines it introduces (30 near misses: the report's own result line under the field, a specimen-led, side-led or
indented line, 'Indicazioni cliniche:' over an unsided result; 18 variants: an earlier report recalled under the
field in English, French, Italian, Portuguese, Spanish, German, Dutch, Norwegian, wrapped, indented, two of them; 10
ordinary whole reports), and rule 2, the previous excision site's landmark clause cut at punctuation (7 variants: the
site as a finding after a size, a margin distance or a line end; 10 near misses: the site as a distance's landmark,
wrapped over a line or split by an aside between commas).

Against the old revision (82dc858): rule 1, 18 both right, 6 newly right, 5 over-reaches (a line under the field
opening with an abbreviated side and a clock, 'Wide local excision, left:', 'Mastectomy, right:', an indented 'Core
biopsy, L breast:', and an unsided result line under the newly read 'Indicazioni cliniche:'), 26 both wrong (20 the
older reading of the field's paragraph, which already swallowed a result line under it) and 3 newly wrong otherwise
(a recalled carcinoma silenced, the report's own benign diagnosis unread in both); rule 2, 6 both right, 6 newly
right, 5 over-reaches (the landmark's clause cut at a soft line wrap, 'within 2 mm of the' / 'abutting the' / 'edge
of the' over 'previous excision site', or at the commas of 'adjacent to, but not within, the' and 'within 1 mm, at
the deep aspect, of the').

Narrowed: rule 1 covers below the field only a line with its own sign of being recalled (an accession number, a date
or year before its colon or in its lead-in, or a word such as previous / prior / known / earlier / initial / Z.n. /
pregresso / precedente / anterior / antérieur / eerder / tidligere) or a line going on with it (indented deeper or
wrapped); the field's own paragraph is read so too where it runs straight into the diagnosis heading and under
'Indicazioni cliniche:' (elsewhere it stays history whole, as it was: no reading of the development batches changes).
Rule 2's clause goes on over a line wrapped after an article, a preposition or a landmark's word, and over an aside
between commas when only such words follow it (the punctuation break kept: the running request-words break reads 11
of the 17 rule-2 texts, this one 17). After: 56 of 75 read as labelled (36 at 3edbeb0, 34 at 82dc858): all 10
over-reaches and 10 of the 20 older-reading near misses mended; 19 strict xfails left (16 both wrong, 3 newly wrong
otherwise: the report's own diagnosis in older vocabulary, 'Conclusie:' unread, a side-led recalled line)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('Department of Cellular Pathology, Westmere General\n'
                  'Lab no: H26-11873\n'
                  "Clinical information: lump L breast 2 o'clock, U5\n"
                  'Invasive ductal carcinoma (NST), grade 2, in 3 of 3 cores.\n'
                  'Diagnosis: as above. B5b.\n'
                  'Reported by Dr A. Mensah\n'),
                 {'L': 'M', 'R': '-'}, id='n01'),
    pytest.param(('Histopathology report H26-0412\n'
                  'Clinical details: R breast mass 18mm, ?fibroadenoma\n'
                  'Three cores of fibroadenomatous breast tissue. No atypia.\n'
                  "DIAGNOSIS: Right breast 10 o'clock core: see text (B2).\n"
                  'Dr P. Okafor\n'),
                 {'L': '-', 'R': 'B'}, id='n02',
                 marks=pytest.mark.xfail(strict=True, reason=("review n02 (1): read {'L': '-', 'R': '-'}; older b"
                                                          'ehaviour: the old revision already treats the line'
                                                          '(s) under a clinical field with text on its line a'
                                                          's part of the history paragraph (or reads only the'
                                                          " diagnosis section, which says 'as above' / names "
                                                          "no finding), so the report's own result is lost in"
                                                          ' both; the new rule neither causes nor mends it.'))),
    pytest.param(('Pathology - Intraoperative consultation and final report\n'
                  'Clinical details: Bilateral lesions; R breast WLE for known IDC, L bre'
                  'ast excision of nodule.\n'
                  'Frozen section on the left nodule (phoned to Mr Hale 10:15): fibroaden'
                  'oma, no malignancy.\n'
                  'Final diagnosis: Right breast, wide local excision: invasive ductal ca'
                  'rcinoma, grade 2, 16 mm, margins clear.\n'),
                 {'L': 'B', 'R': 'M'}, id='n03',
                 marks=pytest.mark.xfail(strict=True, reason=("review n03 (1): read {'L': '-', 'R': 'M'}; older b"
                                                          'ehaviour: the left frozen-section fibroadenoma is '
                                                          'unread with or without the clinical field (n03 wit'
                                                          'hout the field line reads -/M too).'))),
    pytest.param(("Clinical information: R breast 9 o'clock mass, BIRADS 5\n"
                  '- Invasive lobular carcinoma, classic type, grade 2\n'
                  '- Lobular carcinoma in situ, classic type\n'
                  'DIAGNOSIS: see above (B5b)\n'
                  'Signed: Dr K. Lindqvist\n'),
                 {'L': '-', 'R': 'M'}, id='n04',
                 marks=pytest.mark.xfail(strict=True, reason=("review n04 (1): read {'L': '-', 'R': 'BM'}; narrow"
                                                          'ed: the result lines above the diagnosis heading a'
                                                          "re read now; '- Lobular carcinoma in situ, classic"
                                                          " type' adds B beside the lobular carcinoma (R=BM, "
                                                          'also without the field), the review labels M only'))),
    pytest.param(('Clinical information: L breast calcs, stereotactic biopsy\n'
                  'A. Left breast, stereotactic core: DCIS, intermediate grade, with calc'
                  'ification.\n'
                  'B. Left breast, specimen radiograph: calcification present.\n'
                  'Diagnosis: as above, B5a.\n'),
                 {'L': 'M', 'R': '-'}, id='n05'),
    pytest.param(('Clinical details: right breast lump 3 cm, ?carcinoma\n'
                  '• Core biopsy: invasive carcinoma NST, grade 3\n'
                  '• ER/PR and HER2 to follow\n'
                  'Conclusion: B5b.\n'),
                 {'L': '-', 'R': 'M'}, id='n06'),
    pytest.param(("Clinical information: Left breast lump, 4 o'clock, 22 mm.\n"
                  '3 cores, all showing invasive ductal carcinoma, grade 2.\n'
                  'Diagnosis: Left breast core biopsy - B5b.\n'),
                 {'L': 'M', 'R': '-'}, id='n07'),
    pytest.param(('BREAST SCREENING PATHOLOGY\n'
                  'Clinical details: bilateral masses on screening, biopsies both sides\n'
                  "L 3 o'clock core: fibroadenoma (B2).\n"
                  "R 10 o'clock core: invasive ductal carcinoma grade 2 (B5b).\n"
                  'Diagnosis: Right breast carcinoma; left benign. For MDT 12/03.\n'),
                 {'L': 'B', 'R': 'M'}, id='n08'),
    pytest.param(("Laboratoire d'anatomie pathologique du Val\n"
                  'Renseignements cliniques : nodule sein gauche 12 mm, ACR 5.\n'
                  '3 carottes : carcinome canalaire infiltrant de grade 2 (SBR).\n'
                  'Conclusion : sein gauche, cf. ci-dessus ; récepteurs hormonaux en cour'
                  's.\n'),
                 {'L': 'M', 'R': '-'}, id='n09'),
    pytest.param(('Institut für Pathologie Nordstadt\n'
                  'Klinische Angaben: Tastbefund links, 2 cm, BI-RADS 5.\n'
                  'Stanzzylinder mit invasivem Karzinom NST, G2.\n'
                  'Beurteilung: Mammastanze links: wie oben beschrieben (B5b).\n'),
                 {'L': 'M', 'R': '-'}, id='n10',
                 marks=pytest.mark.xfail(strict=True, reason=("review n10 (1): read {'L': '-', 'R': '-'}; older b"
                                                          'ehaviour: the old revision already treats the line'
                                                          '(s) under a clinical field with text on its line a'
                                                          's part of the history paragraph (or reads only the'
                                                          " diagnosis section, which says 'as above' / names "
                                                          "no finding), so the report's own result is lost in"
                                                          ' both; the new rule neither causes nor mends it.'))),
    pytest.param(('Serviço de Anatomia Patológica\n'
                  'Informação clínica: nódulo mama direita, BI-RADS 5.\n'
                  'Fragmentos com carcinoma invasivo de tipo não especial, grau 2.\n'
                  'Diagnóstico: ver descrição acima.\n'),
                 {'L': '-', 'R': 'M'}, id='n11'),
    pytest.param(('Anatomia Patologica - Ospedale Civile\n'
                  'Indicazioni cliniche: nodulo mammella sinistra, U5.\n'
                  'Carcinoma duttale infiltrante, G2, in 3 frustoli.\n'
                  'Diagnosi: mammella sinistra, agobiopsia: vedi sopra.\n'),
                 {'L': 'M', 'R': '-'}, id='n12'),
    pytest.param(("ST. ALBAN'S HOSPITAL PATHOLOGY\n"
                  'Clinical information: Right breast lump\n'
                  '    Sections show invasive ductal carcinoma, grade 2.\n'
                  '    Lymphovascular invasion not seen.\n'
                  'Reported: Dr F. Brandt 12/02/2026\n'),
                 {'L': '-', 'R': 'M'}, id='n13',
                 marks=pytest.mark.xfail(strict=True, reason=("review n13 (1): read {'L': '-', 'R': '-'}; older b"
                                                          'ehaviour: the old revision already treats the line'
                                                          '(s) under a clinical field with text on its line a'
                                                          's part of the history paragraph (or reads only the'
                                                          " diagnosis section, which says 'as above' / names "
                                                          "no finding), so the report's own result is lost in"
                                                          ' both; the new rule neither causes nor mends it.'))),
    pytest.param(('Clinical data: lump R breast\n'
                  'Invasive ductal carcinoma, grade 2.\n'
                  '\n'
                  'Comment: Discussed with Mr Shah; for MDT.\n'),
                 {'L': '-', 'R': 'M'}, id='n14',
                 marks=pytest.mark.xfail(strict=True, reason=("review n14 (1): read {'L': '-', 'R': '-'}; older b"
                                                          'ehaviour: the old revision already treats the line'
                                                          '(s) under a clinical field with text on its line a'
                                                          's part of the history paragraph (or reads only the'
                                                          " diagnosis section, which says 'as above' / names "
                                                          "no finding), so the report's own result is lost in"
                                                          ' both; the new rule neither causes nor mends it.'))),
    pytest.param(("Clinical info: R breast 7 o'clock, 9 mm, U4\n"
                  'Benign breast tissue with sclerosing adenosis and microcalcification.\n'
                  'Dx: Right breast core - benign (B2).\n'),
                 {'L': '-', 'R': 'B'}, id='n15'),
    pytest.param(('Clinical information: bilateral screen-detected lesions, both biopsied'
                  '.\n'
                  'Benign fibrocystic change in the left-sided cores (B2).\n'
                  'Diagnosis: Right breast core: DCIS, high nuclear grade (B5a).\n'),
                 {'L': 'B', 'R': 'M'}, id='n16',
                 marks=pytest.mark.xfail(strict=True, reason=("review n16 (1): read {'L': '-', 'R': 'M'}; older b"
                                                          "ehaviour: 'Benign fibrocystic change in the left-s"
                                                          "ided cores (B2)' is unread even without the clinic"
                                                          'al field.'))),
    pytest.param(('Klinisk patologi, Sykehuset Øst\n'
                  'Kliniske opplysninger: kul i høyre bryst, 2 cm.\n'
                  'Invasivt duktalt karsinom, grad 2, i alle biopsier.\n'
                  'Diagnose: Høyre bryst, nålebiopsi: se over.\n'),
                 {'L': '-', 'R': 'M'}, id='n17'),
    pytest.param(('Servicio de Anatomía Patológica\n'
                  'Datos clínicos: nódulo mama izquierda BI-RADS 5.\n'
                  'Cilindros con carcinoma ductal infiltrante grado 2.\n'
                  'Diagnóstico: mama izquierda, BAG: ver arriba.\n'),
                 {'L': 'M', 'R': '-'}, id='n18'),
    pytest.param(('Renseignements cliniques : tumorectomie sein droit, examen extemporané'
                  ' demandé.\n'
                  'Extemporané (Dr Roux, 10h20) : carcinome infiltrant, berges à distance'
                  '.\n'
                  'Conclusion : Sein droit, tumorectomie : carcinome canalaire infiltrant'
                  ' de grade 2, 15 mm, berges saines.\n'),
                 {'L': '-', 'R': 'M'}, id='n19'),
    pytest.param(('Clinical details: L breast mass 14 mm. Previous R WLE 2019.\n'
                  'Wide local excision, left: invasive lobular carcinoma 17 mm, grade 2; '
                  'margins clear.\n'
                  'Diagnosis: as above.\n'),
                 {'L': 'M', 'R': '-'}, id='n20'),
    pytest.param(("Clinical information: Right breast, 11 o'clock, 1.4 cm mass.\n"
                  'Mastectomy, right: residual invasive carcinoma 6 mm after neoadjuvant '
                  'chemotherapy.\n'
                  'Final diagnosis: see above, ypT1b.\n'),
                 {'L': '-', 'R': 'M'}, id='n21'),
    pytest.param(('Clinical details: lump L breast\n'
                  '  Core biopsy, L breast: invasive ductal carcinoma, grade 2.\n'
                  'DIAGNOSIS: B5b\n'),
                 {'L': 'M', 'R': '-'}, id='n22'),
    pytest.param(('Clinical information: 47F. L breast mass.\n'
                  'ER 8/8, PR 6/8, HER2 negative (1+).\n'
                  'Diagnosis: Left breast core: invasive carcinoma of no special type, gr'
                  'ade 2.\n'),
                 {'L': 'M', 'R': '-'}, id='n23'),
    pytest.param(('CLINICAL INFORMATION: Right breast lump, ?cyst\n'
                  'Cyst wall with apocrine metaplasia; no epithelial atypia.\n'
                  'DIAGNOSIS: Benign (B2).\n'),
                 {'L': '-', 'R': 'B'}, id='n24'),
    pytest.param(('Clinical information: Left breast lump\n'
                  'Invasive ductal carcinoma, grade 2.\n'),
                 {'L': 'M', 'R': '-'}, id='n25',
                 marks=pytest.mark.xfail(strict=True, reason=("review n25 (1): read {'L': '-', 'R': '-'}; older b"
                                                          'ehaviour: the old revision already treats the line'
                                                          '(s) under a clinical field with text on its line a'
                                                          's part of the history paragraph (or reads only the'
                                                          " diagnosis section, which says 'as above' / names "
                                                          "no finding), so the report's own result is lost in"
                                                          ' both; the new rule neither causes nor mends it.'))),
    pytest.param(('Clinical details: R breast, 2 cores\n'
                  '1) Invasive ductal carcinoma grade 3.\n'
                  '2) DCIS high grade.\n'
                  'Diagnosis: right breast cores as above, B5b.\n'),
                 {'L': '-', 'R': 'M'}, id='n26'),
    pytest.param(('Klinische gegevens: palpabele massa linkermamma, 25 mm.\n'
                  'Invasief carcinoom NST, graad 2.\n'
                  'Conclusie: linkermamma, naaldbiopt: zie boven.\n'),
                 {'L': 'M', 'R': '-'}, id='n27',
                 marks=pytest.mark.xfail(strict=True, reason=("review n27 (1): read {'L': '-', 'R': '-'}; older b"
                                                          'ehaviour: the old revision already treats the line'
                                                          '(s) under a clinical field with text on its line a'
                                                          's part of the history paragraph (or reads only the'
                                                          " diagnosis section, which says 'as above' / names "
                                                          "no finding), so the report's own result is lost in"
                                                          ' both; the new rule neither causes nor mends it.'))),
    pytest.param(('Clinical information: screen-detected R breast distortion\n'
                  'On review of all levels: radial scar with no atypia.\n'
                  'Diagnosis: Right breast core biopsy - B3 lesion (radial scar).\n'),
                 {'L': '-', 'R': 'B'}, id='n28'),
    pytest.param(('Clinical information: right breast mass, core biopsy\n'
                  'Invasive ductal carcinoma grade 2, ER positive.\n'
                  'Diagnosis:\n'
                  'Right breast core - B5b.\n'),
                 {'L': '-', 'R': 'M'}, id='n29'),
    pytest.param(("Clinical details: L breast 12 o'clock lesion\n"
                  'Histology shows a phyllodes tumour, benign.\n'
                  'Diagnosis: Left breast core - fibroepithelial lesion, B3.\n'),
                 {'L': 'B', 'R': '-'}, id='n30',
                 marks=pytest.mark.xfail(strict=True, reason=("review n30 (1): read {'L': 'M', 'R': '-'}; narrowe"
                                                          "d: 'Histology shows a phyllodes tumour, benign.' i"
                                                          "s read now and reads L=M ('Left breast core: benig"
                                                          "n phyllodes tumour.' alone reads L=M too), the rev"
                                                          'iew labels B'))),
    pytest.param(('Clinical information: new right breast mass 11 mm, U4.\n'
                  'Core biopsy H21-2231 (03/2021) showed left breast invasive ductal carc'
                  'inoma, grade 2; treated.\n'
                  'Diagnosis: Right breast core biopsy: fibroadenoma (B2).\n'),
                 {'L': '-', 'R': 'B'}, id='v01'),
    pytest.param(('CLINICAL INFORMATION: Left breast lump 15 mm.\n'
                  '    Known right breast DCIS (H24-0987), excised 2024.\n'
                  'DIAGNOSIS: Left breast, core biopsy: invasive lobular carcinoma, grade'
                  ' 2.\n'),
                 {'L': 'M', 'R': '-'}, id='v02'),
    pytest.param(('Clinical details: 63F, L breast mass.\n'
                  'H25-4410 (02/2025): right breast core, atypical ductal hyperplasia, ex'
                  'cised.\n'
                  'Diagnosis: Left breast core: fibroadenoma, B2.\n'),
                 {'L': 'B', 'R': '-'}, id='v03'),
    pytest.param(('Informação clínica: nódulo mama esquerda 9 mm.\n'
                  'Laudo anterior AP-22-118 (2022): carcinoma ductal in situ da mama dire'
                  'ita, tratado.\n'
                  'Diagnóstico: Mama esquerda, biópsia: fibroadenoma.\n'),
                 {'L': 'B', 'R': '-'}, id='v04'),
    pytest.param(('Klinische Angaben: Herdbefund rechts, 8 mm.\n'
                  '   Z.n. BET links 2020 bei invasivem duktalem Karzinom.\n'
                  'Beurteilung: Mammastanze rechts: fibrozystische Mastopathie, B2.\n'),
                 {'L': '-', 'R': 'B'}, id='v05',
                 marks=pytest.mark.xfail(strict=True, reason=("review v05 (1): read {'L': '-', 'R': '-'}; German "
                                                          "indented Z.n. line | older behaviour: 'fibrozystis"
                                                          "che Mastopathie, B2' alone reads -/- (vocabulary);"
                                                          ' the indented Z.n. line is silent in both.'))),
    pytest.param(('Notizie cliniche: nodulo mammella destra, 10 mm.\n'
                  'Pregresso referto 21/4455 (2021), diagnosi: carcinoma duttale in situ '
                  'della mammella sinistra.\n'
                  'Diagnosi: Mammella destra, agobiopsia: fibroadenoma.\n'),
                 {'L': '-', 'R': 'B'}, id='v06'),
    pytest.param(('Datos clínicos: nódulo mama derecha 13 mm.\n'
                  'Informe previo B19-332 (2019), diagnóstico: carcinoma lobulillar infil'
                  'trante de mama izquierda, tratado.\n'
                  'Diagnóstico: Mama derecha, BAG: mastopatía fibroquística.\n'),
                 {'L': '-', 'R': 'B'}, id='v07',
                 marks=pytest.mark.xfail(strict=True, reason=("review v07 (1): read {'L': '-', 'R': '-'}; Spanish"
                                                          ' recalled informe | rule 1 silences the recalled 2'
                                                          '019 left lobular carcinoma (old L=M, now right); t'
                                                          "he diagnosis 'mastopatía fibroquística' is unread "
                                                          'by both revisions alone (older vocabulary), so R s'
                                                          'tays wrong.'))),
    pytest.param(('Renseignements cliniques : masse sein droit 20 mm, ACR 4.\n'
                  'Compte rendu H22-1190 (05/2022), conclusion : carcinome canalaire in s'
                  'itu\n'
                  'du sein gauche, traité par tumorectomie.\n'
                  '\n'
                  'Conclusion : Sein droit, microbiopsie : fibroadénome.\n'),
                 {'L': '-', 'R': 'B'}, id='v08'),
    pytest.param(('Clinical data: right breast mass, 2 cm.\n'
                  'Prior core (H23-5561, 09/2023): invasive ductal carcinoma left breast,'
                  ' now post mastectomy.\n'
                  'DIAGNOSIS: Right breast core: pseudoangiomatous stromal hyperplasia (B'
                  '2).\n'),
                 {'L': '-', 'R': 'B'}, id='v09',
                 marks=pytest.mark.xfail(strict=True, reason=("review v09 (1): read {'L': '-', 'R': '-'}; prior c"
                                                          'ore label with number | rule 1 silences the recall'
                                                          "ed 'Prior core (H23-5561 ...)' line (old L=M, now "
                                                          "right); 'pseudoangiomatous stromal hyperplasia (B2"
                                                          ")' alone reads R=- in both (older vocabulary)."))),
    pytest.param(('Clinical info: L breast lump.\n'
                  "Her report 2018 (St Luke's): right breast DCIS, treated with WLE + RT."
                  '\n'
                  'Diagnosis: Left breast core: sclerosing adenosis, B2.\n'),
                 {'L': 'B', 'R': '-'}, id='v10'),
    pytest.param(("Clinical details: Right breast 6 o'clock mass, U3.\n"
                  '\tPrevious left mastectomy 2017 for invasive\n'
                  '\tlobular carcinoma.\n'
                  'Diagnosis: Right breast core: fibroadenoma.\n'),
                 {'L': '-', 'R': 'B'}, id='v11'),
    pytest.param(('Dados clínicos: nódulo mama direita 11 mm, BI-RADS 4.\n'
                  'Biópsia anterior (2020, HSM-20-771): carcinoma lobular invasivo da mam'
                  'a esquerda.\n'
                  'Conclusão: Mama direita, biópsia: adenose esclerosante.\n'),
                 {'L': '-', 'R': 'B'}, id='v12',
                 marks=pytest.mark.xfail(strict=True, reason=("review v12 (1): read {'L': '-', 'R': '-'}; Portugu"
                                                          'ese Dados clínicos recalled | rule 1 silences the '
                                                          "recalled 'Biópsia anterior (2020 ...)' line (old L"
                                                          "=M, now right); 'adenose esclerosante' alone reads"
                                                          ' R=- in both (older vocabulary).'))),
    pytest.param(('clinical information: left breast nodule 7 mm\n'
                  'report P24-0021 (12/01/2024): right breast invasive ductal carcinoma g'
                  'rade 3, treated\n'
                  'Diagnosis: left breast core - fat necrosis (B2)\n'),
                 {'L': 'B', 'R': '-'}, id='v13',
                 marks=pytest.mark.xfail(strict=True, reason=("review v13 (1): read {'L': '-', 'R': '-'}; lowerca"
                                                          "se field and recalled report | older behaviour: 'f"
                                                          "at necrosis (B2)' alone reads -/- in both."))),
    pytest.param(('CLINICAL DETAILS: Right breast asymmetry.\n'
                  'Original histology 2019 (outside): left breast DCIS, low grade, excise'
                  'd.\n'
                  'MRI follow-up: new enhancement R.\n'
                  'DIAGNOSIS: Right breast, vacuum biopsy: columnar cell change, B2.\n'),
                 {'L': '-', 'R': 'B'}, id='v14'),
    pytest.param(('Kliniske opplysninger: fortetning venstre bryst.\n'
                  'Tidligere svar 2021 (H21-808): duktalt karsinom in situ i høyre bryst,'
                  ' operert.\n'
                  'Diagnose: Venstre bryst, nålebiopsi: fibroadenom.\n'),
                 {'L': 'B', 'R': '-'}, id='v15'),
    pytest.param(('Klinische gegevens: laesie rechtermamma 9 mm.\n'
                  'Eerder verslag T20-1181 (2020): invasief lobulair carcinoom linkermamm'
                  'a, behandeld.\n'
                  'Conclusie: Rechtermamma, naaldbiopt: fibroadenoom.\n'),
                 {'L': '-', 'R': 'B'}, id='v16',
                 marks=pytest.mark.xfail(strict=True, reason=("review v16 (1): read {'L': '?', 'R': '?'}; Dutch r"
                                                          "ecalled | under-reach: Dutch 'Conclusie:' is not r"
                                                          'ead as a diagnosis heading, so the unindented reca'
                                                          "lled 'Eerder verslag T20-1181 (2020): invasief lob"
                                                          "ulair carcinoom linkermamma' line is not covered ("
                                                          "?/? in both); 'fibroadenoom' also unread alone."))),
    pytest.param(('Clinical information: new R breast lump, 16 mm.\n'
                  'Left breast core 2019: DCIS, excised, clear margins.\n'
                  'Diagnosis: Right breast core biopsy - fibroadenoma.\n'),
                 {'L': '-', 'R': 'B'}, id='v17',
                 marks=pytest.mark.xfail(strict=True, reason=("review v17 (1): read {'L': 'M', 'R': 'B'}; recalle"
                                                          'd line opens with side (blocked by design) | under'
                                                          "-reach by design: the recalled 'Left breast core 2"
                                                          "019: DCIS, excised' opens with a side word (_CONTI"
                                                          'NUATION_BLOCKER), so it still labels L=M.'))),
    pytest.param(("Clinical information: R breast mass 2 o'clock.\n"
                  '    2019 - left breast IDC, WLE and radiotherapy.\n'
                  'Diagnosis: Right breast core - invasive ductal carcinoma, grade 2.\n'),
                 {'L': '-', 'R': 'M'}, id='v18'),
    pytest.param(('DEPARTMENT OF HISTOPATHOLOGY\n'
                  'Lab No: H26-20331    Received: 03/03/2026\n'
                  "Clinical information: L breast 2 o'clock mass 19 mm, U5, axilla normal"
                  '.\n'
                  '\n'
                  'Macroscopy: Three cores of pale tissue, 12-15 mm, all embedded.\n'
                  '\n'
                  'Microscopy: The cores show invasive carcinoma of no special type, grad'
                  'e 2 (3+3+1). No DCIS seen. No LVI.\n'
                  '\n'
                  "Diagnosis: Left breast, 2 o'clock, ultrasound-guided core biopsy: inva"
                  'sive carcinoma NST, grade 2. B5b.\n'
                  '\n'
                  'Reported by Dr R. Lakshmi, Consultant Histopathologist\n'),
                 {'L': 'M', 'R': '-'}, id='o01'),
    pytest.param(('Surgical Pathology Report\n'
                  'Clinical details: Right breast cyst aspirate, bloodstained.\n'
                  '\n'
                  'Gross: 12 ml blood-tinged fluid, cytospin prepared.\n'
                  '\n'
                  'Microscopy: Foamy macrophages and occasional apocrine cells. No malign'
                  'ant cells.\n'
                  '\n'
                  'Diagnosis: Right breast cyst fluid: benign (C2).\n'),
                 {'L': '-', 'R': 'B'}, id='o02'),
    pytest.param(('Laboratoire de pathologie du Littoral\n'
                  'Renseignements cliniques : microcalcifications sein gauche, ACR 4B.\n'
                  '\n'
                  'Macroscopie : 8 fragments de macrobiopsie sous vide.\n'
                  '\n'
                  'Microscopie : lésion de carcinome canalaire in situ de grade nucléaire'
                  ' intermédiaire, avec microcalcifications.\n'
                  '\n'
                  'Conclusion : Sein gauche, macrobiopsie : carcinome canalaire in situ d'
                  'e grade intermédiaire.\n'
                  'Dr M. Lefort\n'),
                 {'L': 'M', 'R': '-'}, id='o03'),
    pytest.param(('Institut für Pathologie am Klinikum\n'
                  'Klinische Angaben: Mammographisch suspekter Herd rechts oben außen.\n'
                  '\n'
                  'Makroskopie: 4 Stanzzylinder bis 1,5 cm.\n'
                  '\n'
                  'Mikroskopie: Fibrozystische Mastopathie mit Adenose. Kein Anhalt für M'
                  'alignität.\n'
                  '\n'
                  'Beurteilung: Mammastanze rechts: fibrozystische Mastopathie, B2.\n'),
                 {'L': '-', 'R': 'B'}, id='o04',
                 marks=pytest.mark.xfail(strict=True, reason=("review o04 (1): read {'L': '-', 'R': '-'};  | olde"
                                                          "r behaviour: 'fibrozystische Mastopathie, B2' unre"
                                                          'ad.'))),
    pytest.param(('Breast Pathology Service\n'
                  "Clinical information: Bilateral breast lesions. L 10 o'clock 8 mm, R 3"
                  " o'clock 12 mm.\n"
                  '\n'
                  'Specimen A: Left breast core biopsy.\n'
                  'Specimen B: Right breast core biopsy.\n'
                  '\n'
                  'Microscopy: A shows a fibroadenoma. B shows invasive lobular carcinoma'
                  ', classic, grade 2.\n'
                  '\n'
                  'Diagnosis:\n'
                  'A. Left breast core: fibroadenoma (B2).\n'
                  'B. Right breast core: invasive lobular carcinoma, grade 2 (B5b).\n'),
                 {'L': 'B', 'R': 'M'}, id='o05'),
    pytest.param(('Anatomia Patologica\n'
                  'Indicazioni cliniche: nodulo mammella destra, BI-RADS 4.\n'
                  '\n'
                  'Descrizione macroscopica: 3 frustoli di 1 cm.\n'
                  '\n'
                  'Diagnosi: Mammella destra, agobiopsia: papilloma intraduttale senza at'
                  'ipie.\n'),
                 {'L': '-', 'R': 'B'}, id='o06'),
    pytest.param(('Cellular Pathology\n'
                  'Clinical details: Left WLE for IDC diagnosed on core (H26-1012). Previ'
                  'ous right breast fibroadenoma excised 2015.\n'
                  '\n'
                  'Macroscopy: Wide local excision 55 x 40 x 30 mm, orientated.\n'
                  '\n'
                  'Microscopy: Invasive ductal carcinoma, grade 2, 17 mm. All margins cle'
                  'ar, closest 4 mm (superior).\n'
                  '\n'
                  'Diagnosis: Left breast, WLE: invasive ductal carcinoma, grade 2, 17 mm'
                  ', completely excised.\n'),
                 {'L': 'M', 'R': '-'}, id='o07'),
    pytest.param(('Serviço de Anatomia Patológica - Hospital Central\n'
                  'Informação clínica: nódulo palpável mama esquerda, 3 cm.\n'
                  '\n'
                  'Exame macroscópico: 4 fragmentos cilíndricos.\n'
                  '\n'
                  'Diagnóstico: Mama esquerda, biópsia por agulha grossa: carcinoma invas'
                  'ivo de tipo não especial, grau 3.\n'),
                 {'L': 'M', 'R': '-'}, id='o08'),
    pytest.param(('PATHOLOGY REPORT\n'
                  'Clinical information: Right mastectomy after neoadjuvant chemotherapy '
                  'for IDC.\n'
                  '\n'
                  "Gross: Mastectomy 820 g with clip at 10 o'clock.\n"
                  '\n'
                  'Microscopy: Tumour bed with fibrosis and histiocytes; no residual inva'
                  'sive or in situ carcinoma.\n'
                  '\n'
                  'Diagnosis: Right breast, mastectomy: no residual carcinoma (ypT0), tum'
                  'our bed changes.\n'),
                 {'L': '-', 'R': 'B'}, id='o09',
                 marks=pytest.mark.xfail(strict=True, reason=("review o09 (1): read {'L': '-', 'R': '-'};  | olde"
                                                          "r behaviour: 'no residual carcinoma (ypT0), tumour"
                                                          " bed changes' reads R=- (guide may treat tumour-be"
                                                          'd change as no finding); unrelated to the rules.'))),
    pytest.param(('Servicio de Anatomía Patológica\n'
                  'Datos clínicos: nódulo mama derecha 15 mm, BI-RADS 5.\n'
                  '\n'
                  'Descripción macroscópica: 3 cilindros de 1,2 cm.\n'
                  '\n'
                  'Diagnóstico: Mama derecha, BAG: carcinoma ductal infiltrante grado 2.\n'),
                 {'L': '-', 'R': 'M'}, id='o10'),
    pytest.param(('SPECIMEN: Left breast, cavity re-excision\n'
                  'MACROSCOPY: Tissue 48 x 35 x 20 mm, inked.\n'
                  'DIAGNOSIS: Left breast re-excision, 20 mm thick: previous excision sit'
                  'e with fat necrosis and foreign-body reaction. No residual DCIS.\n'),
                 {'L': 'B', 'R': '-'}, id='x01'),
    pytest.param(('Diagnosis: Right breast re-excision, 52 x 40 x 22 mm. Healing previous'
                  ' excision site with fat necrosis. No residual carcinoma.\n'),
                 {'L': '-', 'R': 'B'}, id='x02'),
    pytest.param(('Diagnosis: Left breast, further superior margin 15 mm, healing prior e'
                  'xcision site, no residual tumour.\n'),
                 {'L': 'B', 'R': '-'}, id='x03'),
    pytest.param(('Final diagnosis: Right breast re-excision: margins clear by 5 mm. Prio'
                  'r excision site with haemosiderin and granulation tissue.\n'),
                 {'L': '-', 'R': 'B'}, id='x04'),
    pytest.param(('Diagnosis: Left breast re-excision of 3 cm: residual DCIS, intermediat'
                  'e grade, 4 mm; previous excision site with fat necrosis.\n'),
                 {'L': 'BM', 'R': '-'}, id='x05'),
    pytest.param(('Diagnosis: Right breast re-excision (45 mm): residual invasive carcino'
                  'ma 3 mm. Healing previous excision site.\n'),
                 {'L': '-', 'R': 'BM'}, id='x06'),
    pytest.param(('Diagnosis: Left re-excision, anterior shave 10 mm\n'
                  'previous excision site with fat necrosis; no residual DCIS\n'),
                 {'L': 'B', 'R': '-'}, id='x07'),
    pytest.param(('Diagnosis: Right breast re-excision: DCIS, intermediate grade, present'
                  ' within 2 mm of the\n'
                  'previous excision site.\n'),
                 {'L': '-', 'R': 'M'}, id='x08'),
    pytest.param(('Diagnosis: Left breast re-excision: residual DCIS, 5 mm in extent, abu'
                  'tting the\n'
                  'prior excision site.\n'),
                 {'L': 'M', 'R': '-'}, id='x09'),
    pytest.param(('Diagnosis: Right breast re-excision: invasive carcinoma 2 mm from the '
                  'edge of the\n'
                  'previous excision site.\n'),
                 {'L': '-', 'R': 'M'}, id='x10'),
    pytest.param(('Diagnosis: Left breast re-excision: residual DCIS is seen adjacent to,'
                  ' but not within, the previous excision site.\n'),
                 {'L': 'M', 'R': '-'}, id='x11'),
    pytest.param(('Diagnosis: Right breast re-excision: residual DCIS lies 4 mm, measured'
                  ' radially, beyond the previous excision site.\n'),
                 {'L': '-', 'R': 'M'}, id='x12'),
    pytest.param(('Diagnosis: Left breast re-excision: residual DCIS (3 mm) lies just bey'
                  'ond the prior excision site.\n'),
                 {'L': 'M', 'R': '-'}, id='x13'),
    pytest.param(('Diagnosis: Right breast re-excision: focus of DCIS, 1 mm, lying within'
                  ' 3 mm of the prior excision site.\n'),
                 {'L': '-', 'R': 'M'}, id='x14'),
    pytest.param(('Diagnosis: Left breast re-excision: invasive carcinoma, 6 mm,\n'
                  'past the previous excision site.\n'),
                 {'L': 'M', 'R': '-'}, id='x15'),
    pytest.param(('Diagnosis: Right breast re-excision: DCIS extends 5 mm, inferiorly, fr'
                  'om the previous excision site.\n'),
                 {'L': '-', 'R': 'M'}, id='x16'),
    pytest.param(('Diagnosis: Left breast re-excision: residual DCIS extending to within '
                  '1 mm, at the deep aspect, of the previous excision site.\n'),
                 {'L': 'M', 'R': '-'}, id='x17'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
