"""Review r123: the seven radiology rules of f6bbe8e (b123-b124) against 7b69e01, 109 texts (57 near misses, 52
variants, 15-16 per rule), pinned at the narrowed revision.

The review found 17 over-reaches, all near misses: the translated side heading with its clock position exempted from
dictation (7: English transcripts under a typed header opening "right breast, 10 o'clock:" lost their spoken
category), the "transcribed with the wrong side" correction (5: the request form's, a referral letter's, a comparison
report's or one finding's wrong side, or a question, moved every category of the report), the numbered "Current ..."
item (2: "2. Current round of chemotherapy", "2. Current screen is her fifth round"), the category listed after a
dated one (2: an earlier and today's category of one lesion, no side on either) and the dated Known:/Prior: account's
exam-purpose line (1: the earlier exam's own "US for assessment." line). The glossed exam title changed no reading:
it reads its own batch texts (zq078, zq082), and in the review's variants the exam's side is already read from
earlier paths while the history's other-side word sides the unsided category first, so it was left as it is. The
Italian "a destra e a sinistra" rewrote a pair beside "rispettivamente" (a probe).

The narrowing: the exam-purpose line names its side(s) ("Bilat US for extent.", "US bilat for extent.") and stands
above no line of the account opening with a today word; the side-clock heading is exempt only where its side word is
the translation's (no line of the report as written opens with it in English); the numbered item takes only the
imaging words (imaging, exam, study, MRI, mammogram, ultrasound, results); the wrong-side sentence has the report as
its subject, or none after its label, and moves nothing where the report gives the named side a category of its own;
the dated category of a listed pair carries its side, and a clause turned to this exam ("on this examination",
"assigned at this visit", "following 24 months") is today's; the Italian pair is not rewritten beside "rispettivamente"
/ "respectively" or after two categories joined by "e". All 17 over-reaches read as at 7b69e01, the 21 newly right
texts stay right: 80 of 109 right (63 at f6bbe8e). The 29 still wrong read as at both revisions: 16 older behaviour
(mostly Italian single sides and undated first categories) and 13 under-reaches (a signature heading, a purpose or a
"breast" outside the exam-purpose line; a history's side word deciding a translated report's unsided category; a
finding word in the pair's reason clause; a parenthesised item number; a plural or "incorrect" in a correction; a side
before each listed category)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('Breast clinic one-stop - radiology note 14/03/2026\n'
                  'Known: R IDC 10:00, BI-RADS 5 at dx, core 02/2026 (gr 2, ER+).\n'
                  'Bilat US for extent.\n'
                  'R 10:00 irregular mass 24 x 18 mm, known ca; no satellite. R axilla 1 '
                  'node cortex 3 mm, normal hilum.\n'
                  'L 3:00 and 4:00 simple cysts up to 6 mm.\n'
                  'BIRADS 6 R (known ca), 2 L (cysts).\n'
                  'Dr S. Whitfield'),
                 '2 6', id='r1_01'),
    pytest.param(('Terse note - Breast Imaging, Aurora West\n'
                  'Prior: L breast IDC dx 11/2025 (BI-RADS 5), NACT completed 03/2026.\n'
                  'L US for restaging.\n'
                  'L 2:00 residual hypoechoic mass 9 x 7 mm (27 mm at dx). Clip in situ. '
                  'L axilla: previously abnormal node, cortex 2 mm.\n'
                  'BIRADS 6 L.\n'
                  'Surgery date to be set by MDT.'),
                 '6 -', id='r1_02'),
    pytest.param(('MRI breasts - terse report (locum)\n'
                  'Known: multifocal R ILC 2025, core x2, BIRADS 6 at staging elsewhere.\n'
                  'Bilateral MRI for extent.\n'
                  'R: NME 55 mm UOQ with 2 enhancing foci, known ca. L: 6 mm enhancing fo'
                  'cus 2:00, indeterminate, no correlate on prior MG.\n'
                  'BIRADS 6 R, 4A L. Second-look US L 2:00 advised.'),
                 '4A 6', id='r1_03'),
    pytest.param(('Prior: R IDC 8:00 dx 10/2025, BI-RADS 6 pre-NACT (MRI extent 42 mm).\n'
                  'B/L MRI for response assessment.\n'
                  'R 8:00 residual enhancement 6 mm, marked reduction; no new lesion. L: '
                  'background enhancement minimal, no suspicious enhancement.\n'
                  'BIRADS 6 R, 1 L.\n'
                  'Rep: Dr A. Osei, 22/04/2026'),
                 '1 6', id='r1_05',
                 marks=pytest.mark.xfail(strict=True, reason=("review r1_05 (R1): read '- -'; under-reach: the si"
                                                          "gnature line 'Rep: Dr A. Osei, 22/04/2026' is a he"
                                                          'ading below the account, so the terse-account path'
                                                          ' (and its exam-purpose line) is never tried'))),
    pytest.param(('Assessment clinic - US note\n'
                  'Prior: screening MG 01/2026 (outside unit), R UOQ asymmetry, BI-RADS 0'
                  ', recalled.\n'
                  'Right US for correlation.\n'
                  'R 10:00, 5 cm FN: 4 mm simple cyst corresponding to the asymmetry. No '
                  'solid mass. R axilla normal.\n'
                  'Cat 2 R. Return to routine screening.'),
                 '- 2', id='r1_06'),
    pytest.param(('Known: R fibroadenoma 10:00, core benign 2024 (BIRADS 3 at the time).\n'
                  'Bilat US for follow-up.\n'
                  'R 10:00 FA 11 x 6 mm, unchanged over 2 y. L: no focal lesion.\n'
                  'BIRADS 2 R, 1 L.\n'
                  'Reported by Dr J. Mensah, Breast Imaging Fellow'),
                 '1 2', id='r1_12',
                 marks=pytest.mark.xfail(strict=True, reason=("review r1_12 (R1): read '- -'; under-reach: 'Bilat"
                                                          " US for follow-up.' names a purpose outside the ru"
                                                          "le's list (follow-up); the dated account runs to t"
                                                          'he end'))),
    pytest.param(('Known: Rt breast IDC dx 01/2026 (bx Rt 11:00), BIRADS 5 on MG.\n'
                  'Rt breast US for staging.\n'
                  'Rt 11:00 mass 16 mm, irregular, shadowing. Rt axilla 2 nodes, cortex 3'
                  '.5 mm, FNA taken.\n'
                  'BI-RADS 6 Rt.\n'
                  'Result discussed with the patient and the breast care nurse.'),
                 '- 6', id='r1_13',
                 marks=pytest.mark.xfail(strict=True, reason=("review r1_13 (R1): read '- -'; under-reach: 'Rt br"
                                                          "east US for staging.': a 'breast' between the side"
                                                          ' and the modality is outside the exam-purpose line'))),
    pytest.param(('Known: L ILC dx 2024, L mastectomy 06/2024, on letrozole.\n'
                  'MRI for staging. L multicentric disease, BI-RADS 6 L; R clear, BI-RADS'
                  ' 1 R.\n'
                  'Today R MG (annual surveillance): scattered fibroglandular tissue, no '
                  'mass, no calcs, no distortion.\n'
                  'Cat 1 R.'),
                 '- 1', id='r1_08'),
    pytest.param(('Known: R IDC 9:00 (core 02/2026), BI-RADS 5 at diagnosis.\n'
                  'US for extent 02/2026: single lesion 21 mm, axilla clear.\n'
                  'Wide local excision 03/2026, margins clear.\n'
                  'Today: post-op bilat MG baseline. R seroma at WLE site, no suspicious '
                  'calcs. L unremarkable.\n'
                  'BIRADS 2 R, 1 L.'),
                 '1 2', id='r1_09'),
    pytest.param(('Prior: L IDC 2:00 dx 01/2026.\n'
                  'Outside MRI for staging. Extent 34 mm, BI-RADS 6 L; R 5 mm focus 10:00'
                  ', BI-RADS 3.\n'
                  'Today: R second-look US. R 10:00: no sonographic correlate for the MRI'
                  ' focus; normal fibroglandular tissue.\n'
                  'Cat 1 R. MRI-guided bx not advised, 6-mo MRI f/u.'),
                 '- 1', id='r1_10'),
    pytest.param(('Known: R IDC 2025, BI-RADS 5 at dx.\n'
                  'MRI for extent showed a second R lesion 7 mm (BI-RADS 4B), US-guided b'
                  'x benign.\n'
                  'R lumpectomy 09/2025, RT completed.\n'
                  'Now annual bilat MG. Post-treatment change R, stable. L normal.\n'
                  'BIRADS 2 bilat.'),
                 '2 2', id='r1_11'),
    pytest.param(('Known: R IDC 7:00 dx 12/2025, BI-RADS 5.\n'
                  'Bilat MRI for extent. R 7:00 mass 28 mm + NME 40 mm; L benign enhancin'
                  'g foci, BI-RADS 2 L.\n'
                  'NACT 01-05/2026, surgery planned.\n'
                  'Today: R US pre-op clip check. Clip at 7:00 within residual 8 mm mass.'
                  '\n'
                  'BIRADS 6 R.'),
                 '- 6', id='r1_14'),
    pytest.param(('Prev: MG 2025 BI-RADS 0 R, recalled.\n'
                  'US for assessment. R 9:00 cyst 7 mm, BI-RADS 2 R. Routine recall.\n'
                  'Now 2026 routine bilat MG. Scattered density. No new finding; R 9:00 c'
                  'yst not seen on MG.\n'
                  'BIRADS 1 bilat.'),
                 '1 1', id='r1_15'),
    pytest.param(('Known: L IDC 3:00, BI-RADS 5 at dx (01/2026).\n'
                  'Bilat MRI for extent (01/2026). L 3:00 mass 19 mm, R clear, BI-RADS 1 '
                  'R.\n'
                  'Lumpectomy + SLNB 02/2026.\n'
                  'Today: L post-op US. Seroma 30 mm at scar, no solid component.\n'
                  'BIRADS 2 L.'),
                 '2 -', id='r1_16'),
    pytest.param(('Prev: bilat MG 2024 BI-RADS 0 L (distortion L UOQ).\n'
                  'L MRI for characterisation. 12 mm distortion L UOQ, BI-RADS 4A L; VAB '
                  'radial scar, excised 2024.\n'
                  'Current: annual bilat MG. Post-excision scar L UOQ, stable. R unremark'
                  'able.\n'
                  'BIRADS 2 L, 1 R.'),
                 '2 1', id='r1_17'),
    pytest.param(('ECOGRAFIA MAMMARIA SINISTRA [LEFT BREAST ULTRASOUND] - controllo [foll'
                  'ow-up]\n'
                  'Ospedale San Gerardo, Monza - U.O. Radiologia (traduzione giurata [swo'
                  'rn translation])\n'
                  'Data [Date]: 10/03/2026\n'
                  '\n'
                  'Quesito clinico [Clinical question]: controllo a 6 mesi di nodulo sini'
                  "stro ore 2 [6-month follow-up of left nodule at 2 o'clock]. Pregressa "
                  'quadrantectomia destra nel 2019 [previous right quadrantectomy in 2019'
                  '].\n'
                  'Reperto [Findings]: ore 2 sinistra, nodulo ovale ipoecogeno a margini '
                  "circoscritti, 8 x 5 mm, invariato [left 2 o'clock, oval hypoechoic cir"
                  'cumscribed nodule 8 x 5 mm, unchanged]. Cavo ascellare negativo [axill'
                  'a negative].\n'
                  'Conclusione [Conclusion]: BI-RADS 3. Controllo a 6 mesi [follow-up in '
                  '6 months].'),
                 '3 -', id='r2_01'),
    pytest.param(('ECOGRAFIA MAMMARIA DESTRA E CAVO ASCELLARE DESTRO [right breast and ri'
                  'ght axillary ultrasound]\n'
                  'Istituto Clinico Humanitas - Diagnostica Senologica (traduzione [trans'
                  'lation])\n'
                  '12/02/2026\n'
                  '\n'
                  'Anamnesi [History]: nodulo palpabile mammella destra. Mammografia bila'
                  'terale esterna 01/2026: mammella sinistra negativa [Outside bilateral '
                  'mammogram 01/2026: left breast negative].\n'
                  'Ecografia [Ultrasound]: ore 10, nodulo ipoecogeno irregolare di 13 mm,'
                  " non parallelo, con cono d'ombra [10 o'clock, irregular hypoechoic nod"
                  'ule 13 mm, non-parallel, with shadowing]. Linfonodi ascellari nella no'
                  'rma [axillary nodes normal].\n'
                  'Conclusione [Conclusion]: BI-RADS 4C. Si consiglia biopsia ecoguidata '
                  '[US-guided biopsy advised].'),
                 '- 4C', id='r2_02',
                 marks=pytest.mark.xfail(strict=True, reason=("review r2_02 (R2): read '4C -'; under-reach: the e"
                                                          "xam's side is read right (R), but the history's gl"
                                                          "ossed 'mammella sinistra negativa [left breast neg"
                                                          "ative]' sides the unsided 4C first; a one-sided ex"
                                                          'am strips no category the history sided'))),
    pytest.param(('MAMMASONOGRAPHIE LINKS [LEFT BREAST ULTRASOUND]\n'
                  'Radiologische Praxis am Dom, Köln - beglaubigte Übersetzung [certified'
                  ' translation]\n'
                  'Datum [Date]: 03.03.2026\n'
                  '\n'
                  'Anamnese [History]: Z.n. BET rechts 2020 wegen DCIS, seither unauffäll'
                  'ig [status post breast-conserving surgery right 2020 for DCIS, unremar'
                  'kable since]. Jetzt tastbarer Knoten links [now palpable lump on the l'
                  'eft].\n'
                  'Befund [Findings]: links 1 Uhr ovaler, glatt begrenzter, echofreier He'
                  "rd 11 mm mit dorsaler Schallverstärkung, einfache Zyste [left 1 o'cloc"
                  'k oval circumscribed anechoic lesion 11 mm with posterior enhancement,'
                  ' simple cyst].\n'
                  'Beurteilung [Assessment]: BI-RADS 2.'),
                 '2 -', id='r2_03'),
    pytest.param(('USG PIERSI PRAWEJ [RIGHT BREAST ULTRASOUND]\n'
                  'Szpital Uniwersytecki, Kraków - Zakład Radiologii (tłumaczenie przysię'
                  'głe [sworn translation])\n'
                  'Data badania [Exam date]: 20.02.2026\n'
                  '\n'
                  'Wskazanie [Indication]: kontrola zmiany w piersi prawej. Lewa pierś be'
                  'z zmian w mammografii z 2025 r. [Left breast unremarkable on the 2025 '
                  'mammogram].\n'
                  'Opis [Description]: godz. 9, owalna hipoechogeniczna zmiana 7 x 4 mm, '
                  "równoległa, dobrze odgraniczona, bez zmian od 6 miesięcy [9 o'clock, o"
                  'val hypoechoic lesion 7 x 4 mm, parallel, circumscribed, unchanged for'
                  ' 6 months].\n'
                  'Wniosek [Conclusion]: BI-RADS 3. Kontrola za 6 miesięcy [follow-up in '
                  '6 months].'),
                 '- 3', id='r2_04',
                 marks=pytest.mark.xfail(strict=True, reason=("review r2_04 (R2): read '3 -'; under-reach: the ex"
                                                          "am's side is read right (R), but the indication's "
                                                          "glossed '[Left breast unremarkable ...]' sides the"
                                                          ' unsided 3 first'))),
    pytest.param(('ECOGRAFÍA MAMARIA DERECHA [RIGHT BREAST ULTRASOUND]\n'
                  'Hospital Universitario La Paz, Madrid - Servicio de Radiodiagnóstico ('
                  'traducción jurada [sworn translation])\n'
                  'Fecha [Date]: 05/03/2026\n'
                  '\n'
                  'Antecedentes [History]: mastectomía izquierda en 2021 [left mastectomy'
                  ' in 2021]. Nódulo palpable en mama derecha [palpable lump in right bre'
                  'ast].\n'
                  'Hallazgos [Findings]: a las 11 h, nódulo ovalado hipoecoico circunscri'
                  "to de 9 mm, paralelo a la piel, compatible con fibroadenoma [at 11 o'c"
                  'lock, oval circumscribed hypoechoic nodule 9 mm, parallel to the skin,'
                  ' consistent with fibroadenoma].\n'
                  'Conclusión [Conclusion]: BI-RADS 3.'),
                 '- 3', id='r2_05'),
    pytest.param(('ÉCHOGRAPHIE MAMMAIRE GAUCHE [LEFT BREAST ULTRASOUND]\n'
                  'Clinique Saint-Jean, Bruxelles - Imagerie du sein (traduction certifié'
                  'e [certified translation])\n'
                  'Date : 11/02/2026\n'
                  '\n'
                  'Indication : douleur localisée du sein gauche [localised pain in the l'
                  'eft breast]. Tumorectomie droite en 2018 [right lumpectomy in 2018].\n'
                  'Résultats [Results]: pas de masse ni de distorsion; ectasie canalaire '
                  'rétro-aréolaire modérée [no mass or distortion; moderate retroareolar '
                  'duct ectasia].\n'
                  'Conclusion : BI-RADS 2.'),
                 '2 -', id='r2_06',
                 marks=pytest.mark.xfail(strict=True, reason=("review r2_06 (R2): read '- 2'; under-reach: the ex"
                                                          "am's side is read right (L, from its own words), b"
                                                          "ut the history's '[right lumpectomy in 2018]' side"
                                                          's the unsided 2 first; the accented title is not t'
                                                          'he cause'))),
    pytest.param(('ECOGRAFIA MAMMARIA BILATERALE [BILATERAL BREAST ULTRASOUND]\n'
                  'Centro Diagnostico Italiano, Milano (traduzione [translation])\n'
                  '18/03/2026\n'
                  '\n'
                  'Quesito [Question]: mastodinia sinistra [left breast pain]; integrazio'
                  'ne a mammografia con seno denso [supplement to mammography with dense '
                  'breasts].\n'
                  'Reperto [Findings]: piccole cisti semplici bilaterali, la maggiore di '
                  '5 mm a sinistra ore 3 [small bilateral simple cysts, largest 5 mm left'
                  " 3 o'clock]. Non lesioni solide [no solid lesions].\n"
                  'Conclusione [Conclusion]: BI-RADS 2.'),
                 '2 2', id='r2_07'),
    pytest.param(('Hospital da Luz, Lisboa - Imagiologia (tradução certificada [certified'
                  ' translation])\n'
                  'ULTRASSONOGRAFIA MAMÁRIA ESQUERDA [LEFT BREAST ULTRASOUND]\n'
                  'Data [Date]: 09/03/2026\n'
                  '\n'
                  'Informação clínica [Clinical information]: nódulo palpável na mama esq'
                  'uerda. Mama direita: cirurgia conservadora em 2017 [Right breast: cons'
                  'ervative surgery in 2017].\n'
                  'Achados [Findings]: às 2 h, nódulo oval, circunscrito, paralelo, hipoe'
                  "cogénico, 10 x 6 mm [at 2 o'clock, oval circumscribed parallel hypoech"
                  'oic nodule 10 x 6 mm].\n'
                  'Conclusão [Conclusion]: BI-RADS 3.'),
                 '3 -', id='r2_08',
                 marks=pytest.mark.xfail(strict=True, reason=("review r2_08 (R2): read '- 3'; under-reach: the ex"
                                                          "am's side is read right (L), but the history's '[R"
                                                          "ight breast: conservative surgery in 2017]' sides "
                                                          'the unsided 3 first'))),
    pytest.param(('MAMMOGRAFIA DESTRA [RIGHT BREAST MAMMOGRAPHY]\n'
                  'ASST Spedali Civili, Brescia - Senologia (traduzione [translation])\n'
                  'Data [Date]: 02/03/2026\n'
                  '\n'
                  'Anamnesi [History]: mastectomia sinistra nel 2022 per carcinoma duttal'
                  'e [left mastectomy in 2022 for ductal carcinoma]. Controllo annuale [a'
                  'nnual follow-up].\n'
                  'Reperto [Findings]: mammella a struttura fibroghiandolare sparsa (ACR '
                  'B); non opacità, non distorsioni, non microcalcificazioni sospette [sc'
                  'attered fibroglandular (ACR B); no opacity, distortion or suspicious m'
                  'icrocalcifications].\n'
                  'Conclusione [Conclusion]: BI-RADS 1.'),
                 '- 1', id='r2_16',
                 marks=pytest.mark.xfail(strict=True, reason=("review r2_16 (R2): read '1 -'; under-reach: the ex"
                                                          "am's side is read right (R), but the history's '[l"
                                                          "eft mastectomy in 2022 ...]' sides the unsided 1 f"
                                                          'irst'))),
    pytest.param(('MAMMOGRAFIA BILATERALE [BILATERAL MAMMOGRAPHY]\n'
                  'ECOGRAFIA MAMMARIA SINISTRA [LEFT BREAST ULTRASOUND]\n'
                  'Ospedale Maggiore, Bologna - Senologia (traduzione [translation])\n'
                  'Data [Date]: 16/03/2026\n'
                  '\n'
                  'Quesito [Question]: screening spontaneo, addensamento palpabile a sini'
                  'stra [palpable thickening on the left].\n'
                  'Mammografia [Mammography]: struttura eterogeneamente densa (ACR C), no'
                  'n lesioni focali né microcalcificazioni sospette in entrambe le mammel'
                  'le [no focal lesions or suspicious microcalcifications in either breas'
                  't].\n'
                  'Ecografia sinistra [Left ultrasound]: in sede di addensamento tessuto '
                  'fibroghiandolare normale, cisti semplice di 4 mm ore 1 [normal fibrogl'
                  "andular tissue at the site of thickening; simple cyst 4 mm at 1 o'cloc"
                  'k].\n'
                  'Conclusione [Conclusion]: BI-RADS 2.'),
                 '2 2', id='r2_09'),
    pytest.param(('ECOGRAFIA MAMMARIA [BREAST ULTRASOUND]\n'
                  'Poliambulatorio San Marco, Venezia (traduzione [translation])\n'
                  '07/03/2026\n'
                  '\n'
                  'Quesito [Question]: seno denso, controllo [dense breasts, check].\n'
                  'Mammella destra [Right breast]: cisti semplice di 6 mm ore 10 [simple '
                  "cyst 6 mm at 10 o'clock].\n"
                  'Mammella sinistra [Left breast]: nessuna lesione focale [no focal lesi'
                  'on].\n'
                  'Conclusione [Conclusion]: BI-RADS 2.'),
                 '2 2', id='r2_10',
                 marks=pytest.mark.xfail(strict=True, reason=("review r2_10 (R2): read '2 -'; older behaviour: an"
                                                          " unsided gloss '[BREAST ULTRASOUND]' (outside the "
                                                          "rule); the overall 'BI-RADS 2' is given to the lef"
                                                          't only'))),
    pytest.param(('Casa di Cura Villa Salus, Mestre - Radiologia (traduzione [translation'
                  '])\n'
                  'MAMMOGRAFIA BILATERALE DI SCREENING [bilateral screening mammogram] - '
                  '04/03/2026\n'
                  'PRECEDENTE: ECOGRAFIA MAMMARIA DESTRA [RIGHT BREAST ULTRASOUND] - 11/2'
                  '025, cisti semplice [simple cyst]\n'
                  '\n'
                  'Reperto [Findings]: mammelle a prevalente componente adiposa (ACR A). '
                  'Non opacità, distorsioni o microcalcificazioni sospette. Invariato ris'
                  'petto al 2024 [unchanged from 2024].\n'
                  'Conclusione [Conclusion]: BI-RADS 1.'),
                 '1 1', id='r2_11'),
    pytest.param(('RICHIESTA: ECOGRAFIA MAMMARIA SINISTRA [LEFT BREAST ULTRASOUND]\n'
                  'Ospedale Santa Chiara, Trento - Radiologia (traduzione [translation])\n'
                  'Data [Date]: 13/03/2026\n'
                  '\n'
                  "Note [Notes]: su indicazione clinica l'esame è stato esteso alla mamme"
                  'lla destra [on clinical indication the examination was extended to the'
                  ' right breast].\n'
                  'Reperto [Findings]: a sinistra ore 3 cisti semplice di 7 mm; a destra '
                  "ore 9 cisti semplice di 5 mm [left 3 o'clock simple cyst 7 mm; right 9"
                  " o'clock simple cyst 5 mm]. Non lesioni solide [no solid lesions].\n"
                  'Conclusione [Conclusion]: BI-RADS 2.'),
                 '2 2', id='r2_12',
                 marks=pytest.mark.xfail(strict=True, reason=("review r2_12 (R2): read '- 2'; older behaviour: a "
                                                          'left request title with the exam extended to both '
                                                          "breasts; the unsided 'BI-RADS 2' goes to the right"
                                                          ' only'))),
    pytest.param(('ECOGRAFIA CAVO ASCELLARE SINISTRO [LEFT AXILLA ULTRASOUND]\n'
                  'Ospedale Niguarda, Milano (traduzione [translation])\n'
                  '21/02/2026\n'
                  '\n'
                  'Quesito [Question]: linfonodo palpabile ascellare sinistro dopo vaccin'
                  'azione [palpable left axillary node after vaccination].\n'
                  'Reperto [Findings]: due linfonodi ovalari con corticale di 3 mm e ilo '
                  'adiposo conservato [two oval nodes, cortex 3 mm, fatty hilum preserved'
                  '].\n'
                  'Conclusione [Conclusion]: reperto reattivo, BI-RADS 2.'),
                 '2 -', id='r2_13'),
    pytest.param(('ECOGRAFIA MAMMARIA SINISTRA [LEFT BREAST ULTRASOUND] - integrazione a '
                  'mammografia bilaterale [supplement to bilateral mammography]\n'
                  'Ospedale di Circolo, Varese (traduzione [translation])\n'
                  'Data [Date]: 06/03/2026\n'
                  '\n'
                  'Mammografia bilaterale [Bilateral mammography]: ACR B, non reperti sos'
                  'petti in entrambe le mammelle [no suspicious findings in either breast'
                  '].\n'
                  'Ecografia sinistra [Left ultrasound]: ore 12 fibroadenoma noto di 9 mm'
                  ", invariato dal 2023 [known 9 mm fibroadenoma at 12 o'clock, unchanged"
                  ' since 2023].\n'
                  'Conclusione complessiva [Overall conclusion]: BI-RADS 2.'),
                 '2 2', id='r2_14'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'ECOGRAFIA MAMMARIA DESTRA [RIGHT BREAST ULTRASOUND] - richiesta dal cu'
                  'rante, estesa bilateralmente [requested by the GP, extended to both si'
                  'des]\n'
                  'Ospedale Civile, Padova (traduzione [translation]) - 19/03/2026\n'
                  '\n'
                  "Reperto [Findings]: destra ore 8 cisti semplice di 9 mm [right 8 o'clo"
                  'ck simple cyst 9 mm]; sinistra nessuna lesione [left no lesion].\n'
                  'Conclusione [Conclusion]: BI-RADS 2.'),
                 '2 2', id='r2_15'),
    pytest.param(('Mammografia [Mammography]\n'
                  'Azienda Ospedaliera di Padova - traduzione [translation]\n'
                  'Data [Date]: 02/03/2026\n'
                  '\n'
                  'Reperto [Findings]: mammelle a struttura fibroadiposa (ACR B). Non opa'
                  'cità nodulari, distorsioni o microcalcificazioni di tipo sospetto.\n'
                  'Conclusione [Conclusion]: BI-RADS 1 a destra e a sinistra [on the righ'
                  't and on the left]. Prossimo controllo tra 2 anni [next check in 2 yea'
                  'rs].'),
                 '1 1', id='r3_01'),
    pytest.param(('Ecografia mammaria [Breast ultrasound] - Ospedale Cardarelli, Napoli ('
                  'traduzione)\n'
                  '18/02/2026\n'
                  'Quesito [Question]: mastalgia ciclica [cyclical breast pain].\n'
                  'Reperto [Findings]: piccole cisti semplici, la maggiore di 4 mm, in en'
                  'trambi i quadranti supero-esterni [small simple cysts, the largest 4 m'
                  'm, in both upper outer quadrants].\n'
                  'Conclusione [Conclusion]: BI-RADS 2 a sinistra e a destra.'),
                 '2 2', id='r3_02'),
    pytest.param(('Referto mammografico [Mammography report] - ASL Roma 1 (traduzione [tr'
                  'anslation])\n'
                  'Data: 11/03/2026\n'
                  'Esame [Exam]: mammografia in due proiezioni [two-view mammography].\n'
                  'Descrizione [Description]: struttura prevalentemente adiposa; calcific'
                  'azioni vascolari e grossolane di tipo benigno [predominantly fatty; va'
                  'scular and coarse benign calcifications].\n'
                  'Categoria BI-RADS [BI-RADS category]: 2 destra e sinistra.'),
                 '2 2', id='r3_03'),
    pytest.param(('Ecografia mammaria bilaterale [Bilateral breast ultrasound]\n'
                  'Policlinico Gemelli, Roma (traduzione [translation]) - 25/02/2026\n'
                  'Reperto [Findings]: multiple cisti con contenuto corpuscolato in entra'
                  'mbe le mammelle, la maggiore di 11 mm a destra ore 10 [multiple cysts '
                  "with echogenic content in both breasts, largest 11 mm right 10 o'clock"
                  '].\n'
                  'Conclusione [Conclusion]: BI-RADS 3 a destra e a sinistra, per cisti c'
                  'omplicate multiple bilaterali [for multiple bilateral complicated cyst'
                  's]. Controllo a 6 mesi.'),
                 '3 3', id='r3_04',
                 marks=pytest.mark.xfail(strict=True, reason=("review r3_04 (R3): read '3 -'; under-reach: 'BI-RA"
                                                          'DS 3 a destra e a sinistra, per cisti complicate .'
                                                          "..': the comma clause names a finding (cist), so t"
                                                          'he pair is read one side each'))),
    pytest.param(('Ecografia [Ultrasound] - Studio Radiologico Fleming, Torino (traduzion'
                  'e)\n'
                  '04/03/2026\n'
                  'Indicazione [Indication]: controllo annuale, familiarità [annual check'
                  ', family history].\n'
                  'Mammella destra e sinistra [Right and left breast]: tessuto fibroghian'
                  'dolare omogeneo, non lesioni focali solide o cistiche [homogeneous fib'
                  'roglandular tissue, no solid or cystic focal lesions]. Cavi ascellari '
                  'liberi.\n'
                  'Categoria [Category]: BI-RADS 1.'),
                 '1 1', id='r3_05'),
    pytest.param(('Mammografia ed ecografia [Mammography and ultrasound] - Ospedale San P'
                  'aolo, Savona (traduzione [translation])\n'
                  '09/03/2026\n'
                  'Reperto [Findings]: ACR C. Cisti semplici bilaterali fino a 8 mm [bila'
                  'teral simple cysts up to 8 mm]. Non reperti sospetti [no suspicious fi'
                  'ndings].\n'
                  'Conclusione [Conclusion]: BI-RADS 2 a dx e a sx.'),
                 '2 2', id='r3_06'),
    pytest.param(('Senologia - Ospedale Valduce, Como (traduzione [translation])\n'
                  'Mammografia [Mammography] - 14/03/2026\n'
                  'Reperto [Findings]: mammelle adipose (ACR A), non reperti focali. Inva'
                  'riato rispetto al 2024 [unchanged from 2024].\n'
                  'Conclusione [Conclusion]: quadro negativo, BI-RADS 1 a destra e\n'
                  'a sinistra. Si consiglia controllo biennale nel programma di screening'
                  ' [biennial screening follow-up advised].'),
                 '1 1', id='r3_07'),
    pytest.param(("Ecografia mammaria [Breast ultrasound] - Ospedale Sant'Orsola, Bologna"
                  ' (traduzione [translation])\n'
                  '17/03/2026\n'
                  'Reperto [Findings]: a destra ore 10 nodulo solido irregolare di 9 mm c'
                  'on margini angolati; a sinistra cisti semplice di 5 mm ore 2.\n'
                  'Conclusione [Conclusion]: BI-RADS 4B a destra e a sinistra BI-RADS 2 ['
                  'BI-RADS 4B on the right and BI-RADS 2 on the left]. Biopsia ecoguidata'
                  ' a destra.'),
                 '2 4B', id='r3_08',
                 marks=pytest.mark.xfail(strict=True, reason=("review r3_08 (R3): read '4B 4B'; older behaviour: "
                                                          "'BI-RADS 4B a destra e a sinistra BI-RADS 2 [gloss"
                                                          "]' is rightly not rewritten, but the gloss's sides"
                                                          ' give 4B to both'))),
    pytest.param(('Mammografia ed ecografia bilaterale [Bilateral mammography and ultraso'
                  'und]\n'
                  'Ospedale Mauriziano, Torino (traduzione [translation]) - 05/03/2026\n'
                  'Reperto [Findings]: a destra ore 11 nodulo ovale circoscritto di 7 mm,'
                  ' probabile fibroadenoma; a sinistra calcificazioni grossolane benigne '
                  '[left coarse benign calcifications].\n'
                  'Conclusione [Conclusion]: BI-RADS 3 e 2 rispettivamente a destra e a s'
                  'inistra [BI-RADS 3 and 2 on the right and on the left respectively]. C'
                  'ontrollo ecografico a destra tra 6 mesi.'),
                 '2 3', id='r3_09',
                 marks=pytest.mark.xfail(strict=True, reason=("review r3_09 (R3): read '3 3'; older behaviour: 'B"
                                                          'I-RADS 3 e 2 rispettivamente a destra e a sinistra'
                                                          " [gloss]' is no longer rewritten (respectively), b"
                                                          "ut the gloss's sides give 3 to both, as at 7b69e01"))),
    pytest.param(('Ecografia mammaria bilaterale [Bilateral breast ultrasound] - Ospedale'
                  ' Regionale, Aosta (traduzione)\n'
                  '20/02/2026\n'
                  'Reperto [Findings]: destra ore 7 formazione ipoecogena ovale di 8 mm a'
                  ' margini parzialmente indistinti; sinistra nessuna alterazione [left n'
                  'o abnormality].\n'
                  'Conclusione [Conclusion]: BI-RADS 4A a destra e a sinistra negativa (B'
                  'I-RADS 1) [BI-RADS 4A on the right and negative on the left (BI-RADS 1'
                  ')].'),
                 '1 4A', id='r3_10',
                 marks=pytest.mark.xfail(strict=True, reason=("review r3_10 (R3): read '4A 4A'; older behaviour: "
                                                          "'BI-RADS 4A a destra e a sinistra negativa (BI-RAD"
                                                          "S 1)' is rightly not rewritten, but read 4A on bot"
                                                          'h sides'))),
    pytest.param(('Ecografia mammaria bilaterale [Bilateral breast ultrasound] - Humanita'
                  's Gavazzeni, Bergamo (traduzione)\n'
                  '10/03/2026\n'
                  'Anamnesi [History]: ecografia esterna del 2024: BI-RADS 3 a destra e a'
                  ' sinistra per noduli solidi bilaterali [outside 2024 ultrasound: BI-RA'
                  'DS 3 on the right and on the left for bilateral solid nodules].\n'
                  'Reperto [Findings]: nodulo destro ore 10 invariato da 24 mesi; nodulo '
                  "sinistro ore 2 aumentato da 6 a 8 mm [right 10 o'clock nodule unchange"
                  "d for 24 months; left 2 o'clock nodule grown from 6 to 8 mm].\n"
                  'Conclusione [Conclusion]: mammella destra BI-RADS 2; mammella sinistra'
                  ' BI-RADS 4A.'),
                 '4A 2', id='r3_11'),
    pytest.param(('Ecografia mammaria [Breast ultrasound] - Ospedale Galliera, Genova (tr'
                  'aduzione [translation])\n'
                  '12/03/2026\n'
                  'Tecnica [Technique]: esame eseguito a destra e a sinistra con sonda li'
                  'neare 14 MHz [examination performed on the right and on the left with '
                  'a 14 MHz linear probe].\n'
                  'Reperto [Findings]: a destra ore 9 nodulo solido ipoecogeno irregolare'
                  ' di 14 mm; a sinistra tessuto fibroghiandolare nella norma.\n'
                  'Conclusione [Conclusion]: BI-RADS 4C a destra. BI-RADS 1 a sinistra.'),
                 '1 4C', id='r3_12',
                 marks=pytest.mark.xfail(strict=True, reason=("review r3_12 (R3): read '4C -'; older behaviour: a"
                                                          " lone Italian 'a destra' / 'a sinistra' after a ca"
                                                          "tegory sides nothing ('BI-RADS 4C a destra. BI-RAD"
                                                          "S 1 a sinistra.' gives L=4C)"))),
    pytest.param(('Ecografia mammaria e ascellare bilaterale - Ospedale Santa Croce, Cune'
                  'o (traduzione [translation])\n'
                  '15/03/2026\n'
                  'Reperto [Findings]: linfonodi ascellari reattivi a destra e a sinistra'
                  ' [reactive axillary nodes on the right and on the left]. Mammella dest'
                  "ra: ore 10 nodulo irregolare di 10 mm con cono d'ombra. Mammella sinis"
                  'tra: nessuna lesione focale.\n'
                  'Conclusione [Conclusion]: BI-RADS 4B a destra; BI-RADS 1 a sinistra.'),
                 '1 4B', id='r3_13',
                 marks=pytest.mark.xfail(strict=True, reason=("review r3_13 (R3): read '4B -'; older behaviour: a"
                                                          " lone Italian 'a destra' / 'a sinistra' after a ca"
                                                          "tegory sides nothing ('BI-RADS 4B a destra; BI-RAD"
                                                          "S 1 a sinistra.')"))),
    pytest.param(("Ecografia mammaria bilaterale - Centro Medico Sant'Agostino, Milano (t"
                  'raduzione)\n'
                  '03/03/2026\n'
                  'Reperto [Findings]: cisti a destra e a sinistra, la maggiore di 12 mm '
                  'a sinistra ore 4 con setto spesso e componente vascolarizzata [cysts o'
                  "n the right and on the left, the largest 12 mm left 4 o'clock with a t"
                  'hick septum and vascular component].\n'
                  'Conclusione [Conclusion]: BI-RADS 2 a destra; BI-RADS 4A a sinistra pe'
                  'r cisti complessa [for complex cyst].'),
                 '4A 2', id='r3_14',
                 marks=pytest.mark.xfail(strict=True, reason=("review r3_14 (R3): read '4A -'; older behaviour: a"
                                                          " lone Italian 'a destra' / 'a sinistra' after a ca"
                                                          "tegory sides nothing; the right's 2 is lost"))),
    pytest.param(('Mammografia bilaterale [Bilateral mammography] - Ospedale di Treviso ('
                  'traduzione [translation])\n'
                  '08/03/2026\n'
                  'Densità [Density]: ACR B a destra e a sinistra.\n'
                  'Reperto [Findings]: a sinistra QSE microcalcificazioni amorfe raggrupp'
                  'ate in area di 8 mm, di nuova comparsa; a destra nessun reperto.\n'
                  'Conclusione [Conclusion]: BI-RADS 4B a sinistra, BI-RADS 1 a destra. B'
                  'iopsia stereotassica a sinistra.'),
                 '4B 1', id='r3_15'),
    pytest.param(("Centre d'Imagerie du Parc, Lyon - traduction certifiée [certified tran"
                  'slation]\n'
                  'Échographie mammaire bilatérale [Bilateral breast ultrasound] - 12/03/'
                  '2026\n'
                  'Indication : masse palpable du sein gauche [palpable mass of the left '
                  'breast].\n'
                  'Sein gauche, 2 h: irregular, spiculated hypoechoic mass of 17 x 13 mm,'
                  ' non-parallel, with posterior acoustic shadowing and an echogenic halo'
                  ', 4 cm from the nipple; one node in the left axilla with a cortex thic'
                  'kened to 4 mm and no fatty hilum.\n'
                  'Sein droit, 10 h: simple cyst of 6 mm, anechoic, with posterior enhanc'
                  'ement and no solid component or internal flow.\n'
                  'Sein gauche : BI-RADS ACR 5.\n'
                  'Sein droit : BI-RADS ACR 2.'),
                 '5 2', id='r4_01'),
    pytest.param(('Hôpital Cantonal, Fribourg - Sénologie (traduction [translation])\n'
                  'Échographie mammaire droite [Right breast ultrasound], 05/03/2026\n'
                  'Sein droit, 10:00: hypoechoic mass with angular margins measuring 12 x'
                  ' 10 mm, taller than wide, located 3 cm from the nipple, with internal '
                  'vascularity on colour doppler and architectural distortion of the surr'
                  'ounding tissue; no suspicious axillary node on the right side.\n'
                  'Conclusion : BI-RADS ACR 4C, microbiopsie échoguidée proposée [ultraso'
                  'und-guided core biopsy proposed].'),
                 '- 4C', id='r4_02'),
    pytest.param(('Clínica Universidad de Navarra - Radiología de mama (traducción jurada'
                  ' [sworn translation])\n'
                  'Ecografía mamaria bilateral [Bilateral breast ultrasound] - 06/03/2026'
                  '\n'
                  'Mama derecha, 11 h: oval, circumscribed, parallel hypoechoic nodule of'
                  ' 9 x 5 mm, located 5 cm from the nipple, without posterior features or'
                  ' internal vascularity, unchanged in size compared with the outside ult'
                  'rasound of last year and consistent with a fibroadenoma.\n'
                  'Mama izquierda: sin hallazgos [no findings].\n'
                  'Conclusión [Conclusion]: mama derecha BI-RADS 2; mama izquierda BI-RAD'
                  'S 1.'),
                 '1 2', id='r4_03'),
    pytest.param(('Centro Hospitalar de São João, Porto - Imagiologia mamária (tradução ['
                  'translation])\n'
                  'Ecografia mamária bilateral [Bilateral breast ultrasound] - 10/03/2026'
                  '\n'
                  'Mama esquerda, 3 h: irregular hypoechoic mass of 14 x 11 mm with indis'
                  'tinct margins and posterior shadowing, located 2 cm from the areola, n'
                  'ot parallel to the skin, with a second smaller satellite nodule of 4 m'
                  'm lying 8 mm lateral to it in the same quadrant.\n'
                  'Mama direita: sem alterações [no abnormality].\n'
                  'Conclusão [Conclusion]: mama esquerda BI-RADS 5; mama direita BI-RADS '
                  '1.'),
                 '5 1', id='r4_04'),
    pytest.param(('Cabinet de Radiologie Pasteur, Nantes - traduction [translation]\n'
                  'Échographie mammaire bilatérale, 13/03/2026\n'
                  'Sein gauche, 2 heures: oval, circumscribed, anechoic lesion of 8 mm wi'
                  'th thin walls and posterior enhancement, no septation and no solid com'
                  'ponent on the radial and antiradial views, in keeping with a simple cy'
                  'st, with two further smaller cysts of 3 mm in the same quadrant.\n'
                  "Sein droit : pas d'anomalie [no abnormality].\n"
                  'Conclusion : sein gauche BI-RADS ACR 2, sein droit BI-RADS ACR 1.'),
                 '2 1', id='r4_05'),
    pytest.param(('Institut de Radiologie de Sion - traduction [translation]\n'
                  'Mammographie et échographie bilatérales [Bilateral mammography and ult'
                  'rasound] - 16/03/2026\n'
                  'Sein droit, 7 h : irregular hypoechoic mass of 21 mm with microlobulat'
                  'ed margins and posterior shadowing, corresponding to the spiculated de'
                  'nsity seen on the mammogram in the lower inner quadrant, with a skin d'
                  'istance of 9 mm and no involvement of the pectoral muscle.\n'
                  'Sein gauche, 1 h : simple cyst of 5 mm.\n'
                  'Conclusion : sein droit BI-RADS ACR 5 ; sein gauche BI-RADS ACR 2.'),
                 '2 5', id='r4_06'),
    pytest.param(('Bệnh viện K, Hà Nội - Khoa Chẩn đoán hình ảnh (bản dịch [translation])'
                  '\n'
                  'Siêu âm vú hai bên [Bilateral breast ultrasound] - 11/03/2026\n'
                  "left breast, 2 o'clock: oval hypoechoic nodule of 7 x 4 mm, circumscri"
                  'bed, parallel to the skin, without posterior features or vascularity, '
                  'located 3 cm from the nipple, unchanged since the outside scan of 2025'
                  ' according to the images brought by the patient.\n'
                  'right breast: no focal lesion.\n'
                  'Kết luận [Conclusion]: vú trái BI-RADS 3 [left breast BI-RADS 3]; vú p'
                  'hải BI-RADS 1 [right breast BI-RADS 1].'),
                 '3 1', id='r4_07'),
    pytest.param(('DICTATED REPORT - WESTSIDE IMAGING, DR. P. NAIR\n'
                  "right breast, 10 o'clock: there is an oval hypoechoic mass measuring f"
                  'ourteen by eleven millimetres with a partly indistinct margin, about f'
                  'our centimetres from the nipple, and the right axilla shows normal nod'
                  'es. impression: indeterminate right breast mass, birads for a. ultraso'
                  'und guided core biopsy is advised.'),
                 '- 4A', id='r4_08'),
    pytest.param(('Dictated report - Harbour Imaging, Dr. L. Chen, 09/03/2026\n'
                  'left breast, 2:00: there is a well circumscribed oval anechoic lesion '
                  'measuring eight millimetres with posterior acoustic enhancement and no'
                  ' internal echoes, no solid component and no flow, in keeping with a si'
                  'mple cyst, and the remainder of the left breast is unremarkable. impre'
                  'ssion: simple cyst, birads too.'),
                 '2 -', id='r4_09'),
    pytest.param(("TRANSCRIPT - ST LUKE'S BREAST UNIT, DR. E. MORGAN\n"
                  "right breast, 7 o'clock: an oval hypoechoic mass measuring nine by six"
                  ' millimetres with a partly indistinct margin is seen four centimetres '
                  'from the nipple, parallel to the skin, with no posterior shadowing, an'
                  'd it was not present on the previous ultrasound. assessment: birads fo'
                  'r a, ultrasound guided biopsy.'),
                 '- 4A', id='r4_10'),
    pytest.param(('Dictated report - Northfield Breast Clinic, Dr. R. Adeyemi\n'
                  "left breast, 3 o'clock: a lobulated hypoechoic mass of eleven millimet"
                  'res with microlobulated margins and mild posterior shadowing lies five'
                  ' centimetres from the nipple, with no abnormal axillary nodes on the l'
                  'eft. the right breast shows normal fibroglandular tissue only. impress'
                  'ion: left breast birads for b, right breast birads won.'),
                 '4B 1', id='r4_11'),
    pytest.param(('DICTATION - EASTGATE RADIOLOGY, DR. M. ROSSI\n'
                  "left, 1 o'clock: irregular hypoechoic area of ten millimetres with pos"
                  'terior shadowing and an echogenic rim, close to the site of the previo'
                  'us biopsy clip, with no vascularity on doppler and no abnormal node in'
                  ' the left axilla, which is new compared with the previous scan. impres'
                  'sion: birads for suspicious, biopsy recommended.'),
                 '4 -', id='r4_12'),
    pytest.param(('Dictated report - Lakeside Imaging, Dr. F. Haddad\n'
                  'right, 11:30: oval circumscribed hypoechoic nodule measuring seven mil'
                  'limetres, parallel, with no posterior features, new since the previous'
                  ' screening ultrasound but with benign features, and a second smaller s'
                  "imilar nodule at ten o'clock. impression: birads three for the right, "
                  'and the left breast is normal, birads won.'),
                 '1 3', id='r4_13'),
    pytest.param(("left breast, 2 o'clock: there is an irregular hypoechoic mass of twelv"
                  'e millimetres with angular margins and posterior shadowing, not seen o'
                  'n the previous scan, and a node in the left axilla with a thickened co'
                  'rtex of four millimetres. impression: suspicious left breast mass and '
                  'node, birads for a, biopsy of both advised.'),
                 '4A -', id='r4_14'),
    pytest.param(("Report dictated by Dr. H. Varga - Riverside Women's Imaging\n"
                  "right breast, 9 o'clock: the previously seen oval circumscribed mass n"
                  'ow measures six by four millimetres, stable for two years, parallel to'
                  ' the skin, without posterior features or internal flow, consistent wit'
                  'h a fibroadenoma, and no new mass elsewhere in the right breast.\n'
                  'impression: stable benign mass, birads to.'),
                 '- 2', id='r4_15'),
    pytest.param(('Breast MDT referral form - Royal County Hospital\n'
                  '1. Patient: 49F, hospital no. on file.\n'
                  "2. Clinical history: right breast IDC 10 o'clock, core biopsy 11/2025;"
                  ' staging mammogram and ultrasound BI-RADS 5 right, left BI-RADS 1. Neo'
                  'adjuvant chemotherapy 12/2025-03/2026.\n'
                  '3. Current imaging (pre-operative), bilateral breast MRI 02/04/2026, c'
                  'onclusion copied from the report:\n'
                  '"Right breast: 9 mm residual non-mass enhancement at 10 o\'clock, BI-RA'
                  'DS 6 (known malignancy), partial response. Left breast: no suspicious '
                  'enhancement. BI-RADS 1."\n'
                  '4. Question for MDT: suitability for breast-conserving surgery.'),
                 '1 6', id='r5_01'),
    pytest.param(('Neoadjuvant trial - imaging summary sheet (site 07)\n'
                  '1) Eligibility: left breast cancer, T2N1, ER-/HER2+.\n'
                  "2) History: baseline MRI 09/2025 (screening visit): left 2 o'clock mas"
                  's 38 mm, BI-RADS 6; right breast BI-RADS 2 (benign foci).\n'
                  "3) Current MRI (week 12, 04/02/2026), radiologist's conclusion:\n"
                  '"Left 2 o\'clock mass now 11 mm, BI-RADS 6, good partial response. Righ'
                  't breast: no suspicious enhancement, BI-RADS 1."\n'
                  '4) Next visit: pre-surgical MRI.'),
                 '6 1', id='r5_02'),
    pytest.param(('Surgical pre-assessment proforma - breast\n'
                  '1. Procedure: right wide local excision with wire localisation.\n'
                  '2. Allergies: none known.\n'
                  '3. Background: right breast screen-detected calcifications 2025, stere'
                  'otactic biopsy DCIS high grade; previous category BI-RADS 4C right.\n'
                  '4. Current mammogram, bilateral, 12/03/2026 (pre-localisation), report'
                  'ed:\n'
                  '"Right: 22 mm segment of pleomorphic calcifications, biopsy clip in si'
                  'tu, BI-RADS 6. Left: no suspicious abnormality, BI-RADS 1."\n'
                  '5. Anaesthetic plan: GA.'),
                 '1 6', id='r5_03'),
    pytest.param(('GP shared-care form - breast symptoms\n'
                  '1. Presenting complaint: left breast lump for 3 weeks.\n'
                  '2. Previous breast history: left breast cyst aspirated 2023; right fib'
                  'roadenoma, BI-RADS 3 at the time, discharged.\n'
                  '3. Current ultrasound (left breast, 10/03/2026), report conclusion:\n'
                  '"Left 2 o\'clock: 14 mm simple cyst at the site of the palpable lump. B'
                  'I-RADS 2."\n'
                  '4. Plan: reassurance, no follow-up.'),
                 '2 -', id='r5_04'),
    pytest.param(('Family history clinic - annual review form\n'
                  '1. History: BRCA2 carrier, 41F; MRI 2025 right 6 mm focus BI-RADS 3, r'
                  'esolved on 6-month MRI.\n'
                  '2. Current results (MRI both breasts, 05/03/2026):\n'
                  '"No suspicious enhancement in either breast. BI-RADS 1."\n'
                  '3. Plan: annual MRI and mammogram.'),
                 '1 1', id='r5_05'),
    pytest.param(('INSURANCE MEDICAL REPORT - BREAST\n'
                  '1. NAME / DOB: on file\n'
                  '2. RELEVANT HISTORY: left breast lump investigated at outside clinic; '
                  'ultrasound there suggested fibroadenoma, BI-RADS 3; patient lost to fo'
                  'llow-up.\n'
                  '3. CURRENT IMAGING (as reported): left breast ultrasound 02/03/2026: "'
                  "Left 3 o'clock oval circumscribed mass 12 mm, unchanged from outside i"
                  'mages; BI-RADS 2."\n'
                  '4. OPINION: benign.'),
                 '2 -', id='r5_06'),
    pytest.param(('Breast MDT proforma\n'
                  '(1) Diagnosis: left breast ILC, core 12/2025.\n'
                  "(2) Clinical history: left breast mass 2 o'clock, staging mammogram BI"
                  '-RADS 5 left; right breast BI-RADS 2 (cyst).\n'
                  '(3) Current imaging - bilateral MRI 20/01/2026, conclusion:\n'
                  '"Left: 41 mm non-mass enhancement, BI-RADS 6. Right: 7 mm enhancing fo'
                  'cus 10 o\'clock, BI-RADS 4A; second-look ultrasound advised."\n'
                  '(4) MDT outcome: second-look US right.'),
                 '6 4A', id='r5_07',
                 marks=pytest.mark.xfail(strict=True, reason=("review r5_07 (R5): read '- -'; under-reach: '(3) C"
                                                          "urrent imaging - bilateral MRI ..., conclusion:': "
                                                          'a number in parentheses before the item is outside'
                                                          ' the pattern'))),
    pytest.param(('Patient questionnaire and imaging summary - breast follow-up clinic\n'
                  "Q2. History: right 9 o'clock nodule found on outside ultrasound, BI-RA"
                  'DS 4A, core biopsy fibroadenoma; left breast normal.\n'
                  'Q3. Current imaging: bilateral ultrasound 11/03/2026, conclusion: "Rig'
                  "ht 9 o'clock biopsied fibroadenoma 10 mm, unchanged, BI-RADS 3 for a 6"
                  '-month check. Left: normal, BI-RADS 1."\n'
                  'Q4. Next appointment: 6 months.'),
                 '1 3', id='r5_16'),
    pytest.param(('Breast MDT referral - Northgate Hospital\n'
                  '1. Patient: 62F.\n'
                  '2. Clinical history: left breast mass, core biopsy 02/2026 IDC grade 3'
                  '.\n'
                  '3. Previous imaging (outside unit), conclusion quoted: "Right breast: '
                  "8 mm oval mass 9 o'clock, BI-RADS 3. Left breast: 25 mm irregular mass"
                  ' 2 o\'clock, BI-RADS 5."\n'
                  '4. Today: left breast and axillary ultrasound, our unit 10/03/2026: le'
                  "ft 2 o'clock mass 26 mm, two abnormal level I nodes. BI-RADS 6."),
                 '6 -', id='r5_08'),
    pytest.param(('Oncology follow-up form\n'
                  '1. Diagnosis: right IDC 2024, mastectomy 2024.\n'
                  '2. Treatment: AC-T, radiotherapy, letrozole.\n'
                  '3. Imaging at diagnosis: "Right 10 o\'clock 30 mm mass, BI-RADS 5; left'
                  ' breast BI-RADS 2, benign calcifications."\n'
                  '4. Surveillance mammogram, left breast, 05/03/2026: no suspicious abno'
                  'rmality, BI-RADS 1.'),
                 '1 -', id='r5_09',
                 marks=pytest.mark.xfail(strict=True, reason=("review r5_09 (R5): read '2 -'; older behaviour: a "
                                                          "form with no history heading; the quote under '3. "
                                                          "Imaging at diagnosis:' is read as today's (its lef"
                                                          "t 2 outranks today's 1)"))),
    pytest.param(('Oncology imaging request - response assessment\n'
                  'Clinical history:\n'
                  "1. Left breast IDC 2 o'clock, core biopsy 10/2025; staging ultrasound "
                  'BI-RADS 5 left.\n'
                  '2. Current round of neoadjuvant chemotherapy: cycle 4 of 6, tolerating'
                  ' well.\n'
                  "3. Right breast 10 o'clock 6 mm focus on staging MRI, BI-RADS 3, for i"
                  'nterval follow-up.\n'
                  'Examination: left breast ultrasound, 14/02/2026.\n'
                  "Findings: left 2 o'clock mass 14 x 10 mm (26 mm at staging), no new le"
                  'sion; left axilla no abnormal node.\n'
                  'Impression: partial response. BI-RADS 6.'),
                 '6 -', id='r5_10'),
    pytest.param(('Screening assessment - history sheet\n'
                  'History:\n'
                  '1. 58F, sister with breast cancer at 48.\n'
                  '2. Current screen is her fifth round; previous rounds normal.\n'
                  '3. Recalled by outside unit for right calcifications, BI-RADS 4A, ster'
                  'eotactic biopsy benign (sclerosing adenosis); no further follow-up.\n'
                  'Examination: bilateral mammogram 11/03/2026.\n'
                  'Findings: scattered fibroglandular tissue. Post-biopsy clip right uppe'
                  'r outer quadrant, stable. No suspicious mass or calcifications.\n'
                  'Impression: benign. BI-RADS 2.'),
                 '2 2', id='r5_11'),
    pytest.param(('Pre-operative checklist - breast (day surgery)\n'
                  '1. Procedure: left excision of fibroadenoma.\n'
                  "2. History: left 3 o'clock fibroadenoma, core biopsy benign 2025.\n"
                  '3. Current imaging: NOT PERFORMED - last ultrasound report copied: "Le'
                  'ft 3 o\'clock 22 mm oval mass, BI-RADS 3."\n'
                  '4. Consent: signed.'),
                 '- -', id='r5_12'),
    pytest.param(('Breast imaging request and report - Westfield Radiology\n'
                  'History:\n'
                  '1. 44F, no family history.\n'
                  "2. Current study: 12-month follow-up of the right 8 o'clock nodule, BI"
                  '-RADS 3.\n'
                  '3. No new symptoms.\n'
                  "Findings: right 8 o'clock oval circumscribed nodule 7 x 4 mm, unchange"
                  'd. No other lesion in either breast.\n'
                  'Impression: stable for 12 months, downgraded. BI-RADS 2, bilateral ult'
                  'rasound.'),
                 '2 2', id='r5_13',
                 marks=pytest.mark.xfail(strict=True, reason=("review r5_13 (R5): read '2 3'; older behaviour: '2"
                                                          ". Current study: ... BI-RADS 3.' is a short number"
                                                          'ed label with a colon, which already ended the his'
                                                          "tory at 7b69e01; the followed-up 3 outranks today'"
                                                          's 2'))),
    pytest.param(('Breast clinic triage form\n'
                  '1. Referral: GP, 2-week wait.\n'
                  '2. History: right breast lump, 6 weeks.\n'
                  '3. Recent imaging: mammogram at a private clinic 3 weeks ago, reported'
                  ' BI-RADS 4A right.\n'
                  "4. Clinic ultrasound today (right breast): 10 o'clock 11 mm oval circu"
                  'mscribed mass corresponding to the lump, fibroadenoma features. BI-RAD'
                  'S 3.'),
                 '- 3', id='r5_14',
                 marks=pytest.mark.xfail(strict=True, reason=("review r5_14 (R5): read '- 4A'; older behaviour: '"
                                                          '3. Recent imaging: mammogram at a private clinic 3'
                                                          " weeks ago, reported BI-RADS 4A right.' is read as"
                                                          " today's"))),
    pytest.param(('Survivorship clinic form\n'
                  '1. Diagnosis: left breast IDC, wide local excision 2023.\n'
                  '2. History: radiotherapy completed 2023; on anastrozole.\n'
                  '3. Current imaging: none since surgery - last mammogram before surgery'
                  ' BI-RADS 5 left.\n'
                  '4. Plan: book annual bilateral mammogram.'),
                 '- -', id='r5_15'),
    pytest.param(('RIGHT BREAST ULTRASOUND - 03/03/2026\n'
                  'Clinical: palpable lump.\n'
                  "Findings: At 2 o'clock, 3 cm from the nipple, an irregular hypoechoic "
                  'mass 15 x 12 mm with angular margins and posterior shadowing. Axilla: '
                  'one node with cortex 4 mm.\n'
                  'Impression: Suspicious mass. BI-RADS 4C. US-guided core biopsy recomme'
                  'nded.\n'
                  '\n'
                  'ADDENDUM 05/03/2026: This report was dictated with the wrong side. The'
                  " mass and the abnormal node are in the LEFT breast (left 2 o'clock, le"
                  'ft axilla), not the right. No other change.'),
                 '4C -', id='r6_01'),
    pytest.param(('Mammography Department - Ultrasound report\n'
                  'Exam: US left breast, targeted, 09/02/2026\n'
                  'History: 52F, screening recall for a left asymmetry.\n'
                  "Findings: 9 o'clock, 6 cm FN: oval circumscribed hypoechoic lesion 8 m"
                  'm, parallel, no posterior features.\n'
                  'Assessment: BI-RADS 3, short-interval follow-up in 6 months.\n'
                  '\n'
                  'Correction (11/02/2026): the report was typed with the wrong lateralit'
                  "y. The lesion lies in the right breast at 9 o'clock, not in the left. "
                  'Recommendation unchanged.'),
                 '- 3', id='r6_02'),
    pytest.param(('DIAGNOSTIC ULTRASOUND - RIGHT BREAST AND AXILLA\n'
                  'Date: 17/02/2026\n'
                  'Indication: new lump.\n'
                  "Findings: 3 o'clock: lobulated hypoechoic mass 19 mm, non-parallel, wi"
                  'th microlobulated margins. Level I axillary node cortex 5 mm, effaced '
                  'hilum.\n'
                  'Impression: BI-RADS 5.\n'
                  '\n'
                  '*** ADDENDUM 18/02/2026 ***\n'
                  'Recorded with the wrong side. The nodule and the abnormal axillary nod'
                  "e are in the patient's left breast and left axilla, not the right. Bio"
                  'psy booked on the left.'),
                 '5 -', id='r6_03'),
    pytest.param(("Ultrasound left breast, 22/01/2026 - St Anne's Imaging\n"
                  'History: cyclical pain, focal tenderness.\n'
                  "Findings: 11 o'clock: anechoic, thin-walled cyst 12 mm with posterior "
                  'enhancement. No solid lesion.\n'
                  'Conclusion: simple cyst. BI-RADS 2.\n'
                  'Addendum 23/01/2026 (Dr K. Lim): entered with the wrong side. The cyst'
                  ' is located in the right breast, not the left as typed. The conclusion'
                  ' stands.'),
                 '- 2', id='r6_04'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'Date: 26/02/2026\n'
                  "Findings: 1 o'clock irregular hypoechoic mass 10 mm with posterior sha"
                  "dowing; 2 o'clock 4 mm simple cyst.\n"
                  "Impression: BI-RADS 4B for the 1 o'clock mass; biopsy advised.\n"
                  '\n'
                  'ADDENDUM 27/02/2026: This report was transcribed with the wrong side. '
                  'The findings are in the RIGHT breast, not the left. Biopsy will be per'
                  'formed on the right.'),
                 '- 4B', id='r6_05',
                 marks=pytest.mark.xfail(strict=True, reason=("review r6_05 (R6): read '4B -'; under-reach: 'The "
                                                          "findings are in the RIGHT breast': the plural 'fin"
                                                          "dings' is not among the wrong-side shape's finding"
                                                          ' words'))),
    pytest.param(('Breast Imaging Associates - ultrasound\n'
                  'RIGHT BREAST, 04/03/2026\n'
                  "Findings: 6 o'clock retroareolar hypoechoic mass 8 mm, oval, circumscr"
                  'ibed, parallel.\n'
                  'Impression: probably benign, BI-RADS 3. Follow-up 6 months.\n'
                  'Amendment 06/03/2026: report typed with the wrong side. The mass is in'
                  " the left breast, at 6 o'clock, and not in the right. Please amend the"
                  ' follow-up request.'),
                 '3 -', id='r6_06'),
    pytest.param(('RIGHT BREAST ULTRASOUND 12/03/2026\n'
                  'Clinical: 61F, hard lump, skin tethering.\n'
                  "Findings: 4 o'clock, irregular hypoechoic mass 13 mm with spiculated m"
                  'argins and posterior shadowing.\n'
                  'Impression: BI-RADS 5.\n'
                  'ADDENDUM 13/03/2026: The report was transcribed with the incorrect sid'
                  'e. The mass is in the LEFT breast, not the right.'),
                 '5 -', id='r6_07',
                 marks=pytest.mark.xfail(strict=True, reason=("review r6_07 (R6): read '- 5'; under-reach: 'trans"
                                                          "cribed with the incorrect side': 'incorrect' for '"
                                                          "wrong' is outside the pattern"))),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM AND LEFT BREAST ULTRASOUND - 10/03/2026'
                  '\n'
                  'History: 46F, lump.\n'
                  'Mammogram: heterogeneously dense. Left upper outer quadrant 12 mm obsc'
                  'ured mass. Right breast unremarkable.\n'
                  "Ultrasound left: 2 o'clock oval mass 12 mm, circumscribed except for a"
                  ' short indistinct segment.\n'
                  'Impression: Left breast BI-RADS 4A, biopsy advised. Right breast negat'
                  'ive, BI-RADS 1.\n'
                  '\n'
                  'ADDENDUM 11/03/2026: The request form was typed with the wrong side. T'
                  'he lump is in the LEFT breast, not the right as requested; the examina'
                  'tion was performed correctly and the assessment is unchanged.'),
                 '4A 1', id='r6_09'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'Clinical: follow-up of known nodule.\n'
                  "Findings: 10 o'clock 9 mm oval circumscribed nodule, parallel, unchang"
                  'ed from prior.\n'
                  'Impression: BI-RADS 2.\n'
                  'ADDENDUM: The report was typed with the wrong date. The examination wa'
                  's performed on 14/03/2026, not 13/03/2026. The nodule is in the left b'
                  'reast; no other change.'),
                 '2 -', id='r6_10'),
    pytest.param(('ULTRASOUND RIGHT BREAST 01/03/2026\n'
                  'Clinical: lump found by patient.\n'
                  "Findings: 8 o'clock: 7 mm oval hypoechoic mass, circumscribed, paralle"
                  'l.\n'
                  'Impression: BI-RADS 3.\n'
                  'Addendum 02/03/2026: the clinic noted the report may have been dictate'
                  'd with the wrong side. The mass is in the left breast per the clinic l'
                  'etter; images to be re-reviewed.'),
                 '- 3', id='r6_11'),
    pytest.param(('BILATERAL BREAST ULTRASOUND - 15/03/2026\n'
                  "Findings: Right 10 o'clock irregular mass 11 mm with angular margins. "
                  "Left 3 o'clock simple cyst 5 mm.\n"
                  'Impression: Right breast BI-RADS 4B, biopsy advised. Left breast BI-RA'
                  'DS 2.\n'
                  'ADDENDUM 16/03/2026: The clinic queried whether this report was dictat'
                  'ed with the wrong side. The mass is in the right breast, not the left,'
                  ' as stated above; the report is correct.'),
                 '2 4B', id='r6_12'),
    pytest.param(('RIGHT BREAST ULTRASOUND - 07/03/2026\n'
                  'Clinical: lump, GP referral.\n'
                  "Findings: 12 o'clock oval circumscribed mass 16 mm, parallel, consiste"
                  'nt with fibroadenoma.\n'
                  'Impression: BI-RADS 3.\n'
                  'Addendum 09/03/2026: the GP referral letter was typed with the wrong s'
                  'ide. The lump is in the right breast, not the left, as imaged.'),
                 '- 3', id='r6_13'),
    pytest.param(('BILATERAL MAMMOGRAM 12/03/2026\n'
                  'Comparison: 04/2024 outside mammogram.\n'
                  "Findings: Right 9 o'clock 8 mm circumscribed mass, unchanged since 202"
                  '4. Left breast unremarkable.\n'
                  'Impression: Right BI-RADS 2. Left BI-RADS 1.\n'
                  'ADDENDUM 13/03/2026: The 2024 comparison report quoted above was trans'
                  'cribed with the wrong side. The nodule is in the right breast, not the'
                  ' left, and is unchanged.'),
                 '1 2', id='r6_14'),
    pytest.param(('RIGHT BREAST ULTRASOUND 05/03/2026\n'
                  "Findings: 7 o'clock irregular hypoechoic mass 9 mm, non-parallel.\n"
                  'Impression: BI-RADS 4B. Core biopsy recommended.\n'
                  'ADDENDUM 06/03/2026: The surgeon asked whether the report was typed wi'
                  'th the wrong side. The lump is in the left breast, not the right, on h'
                  'er clinical examination; however the ultrasound images are labelled RI'
                  "GHT and show the 7 o'clock mass, so this report stands. The palpable l"
                  'eft lump will be imaged separately.'),
                 '- 4B', id='r6_15'),
    pytest.param(('LEFT BREAST ULTRASOUND 18/02/2026\n'
                  'History: GP letter transcribed with the wrong side. The lump is in the'
                  ' left breast, not the right, as confirmed with the patient.\n'
                  "Findings: 2 o'clock 10 mm oval circumscribed hypoechoic mass, parallel"
                  ', no posterior features.\n'
                  'Impression: BI-RADS 3.'),
                 '3 -', id='r6_16',
                 marks=pytest.mark.xfail(strict=True, reason=("review r6_16 (R6): read '- 3'; older behaviour: no"
                                                          " addendum; the history's 'The lump is in the left "
                                                          "breast, not the right' moves the left exam's categ"
                                                          'ory to the right'))),
    pytest.param(('BILATERAL BREAST ULTRASOUND 20/02/2026\n'
                  "Findings: Right breast: 2 o'clock simple cyst 9 mm. Left breast: 10 o'"
                  "clock irregular mass 12 mm with angular margins; 4 o'clock simple cyst"
                  ' 6 mm.\n'
                  'Impression: Left breast BI-RADS 4C; right breast BI-RADS 2.\n'
                  "ADDENDUM: The 4 o'clock cyst was recorded with the wrong side. The cys"
                  "t is in the right breast (right 4 o'clock), not the left. Assessment u"
                  'nchanged.'),
                 '4C 2', id='r6_17'),
    pytest.param(('Occupational health breast review - fire and rescue service\n'
                  'Screening status: NHS breast screening, last round 2025 (Wakefield): l'
                  'etter states "BI-RADS 1 right, BI-RADS 1 left - no evidence of cancer.'
                  '"\n'
                  'Current symptoms: none reported at this review.\n'
                  'Imaging today: none required.\n'
                  'Outcome: fit for operational duties; routine recall by the screening p'
                  'rogramme.'),
                 '- -', id='r7_01'),
    pytest.param(('Dear Dr Patel,\n'
                  'I saw Mrs Green in the breast clinic today. In 2024 her mammogram was '
                  'BI-RADS 3 right, BI-RADS 2 left, and the right finding was later downg'
                  'raded at the 2-year review.\n'
                  "Today's bilateral mammogram is normal: BI-RADS 1 both breasts.\n"
                  'She returns to routine screening.\n'
                  'Yours sincerely,\n'
                  'Ms A. Clarke, Consultant Radiologist'),
                 '1 1', id='r7_02'),
    pytest.param(('Second-opinion note - breast MRI\n'
                  'Outside MRI 03/2025: BI-RADS 4A (right), BI-RADS 2 (left); MRI-guided '
                  'biopsy of the right was benign (fibrocystic change).\n'
                  'Our MRI today 10/03/2026: no residual enhancement at the right biopsy '
                  'site; bilateral benign background enhancement, minimal.\n'
                  'Assessment: BI-RADS 1 right, BI-RADS 1 left.'),
                 '1 1', id='r7_03',
                 marks=pytest.mark.xfail(strict=True, reason=("review r7_03 (R7): read '2 4A'; older behaviour: '"
                                                          "Outside MRI 03/2025: BI-RADS 4A (right), ...': a d"
                                                          'ate in a colon lead-in does not date the first cat'
                                                          'egory, so the listed rule never fires'))),
    pytest.param(('Breast surveillance clinic note (post-treatment)\n'
                  'In 2023 her surveillance mammogram was BI-RADS 3 Rt, and BI-RADS 1 Lt;'
                  ' the right finding resolved at 6 months.\n'
                  'Surveillance mammogram today: stable post-surgical change in the right'
                  ' breast. Left normal.\n'
                  'BI-RADS 2 Rt, BI-RADS 1 Lt.'),
                 '1 2', id='r7_04'),
    pytest.param(('Outside report summary (for MDT)\n'
                  'Outside mammogram 11/2025 reported BI-RADS 0 right, BI-RADS 1 left, BI'
                  '-RADS 0 overall; recall ultrasound not performed there.\n'
                  "Our right breast ultrasound 14/01/2026: 9 o'clock 6 mm simple cyst acc"
                  'ounts for the mammographic finding.\n'
                  'Our assessment: BI-RADS 2 right.'),
                 '- 2', id='r7_05'),
    pytest.param(('Breast clinic letter\n'
                  'Her previous screening in 2024 showed left BI-RADS 3, right BI-RADS 2,'
                  ' and she was recalled for the left.\n'
                  "Today bilateral ultrasound: left 2 o'clock complicated cyst now simple"
                  '; right normal.\n'
                  'Assessment today: left BI-RADS 2, right BI-RADS 1.'),
                 '2 1', id='r7_06',
                 marks=pytest.mark.xfail(strict=True, reason=("review r7_06 (R7): read '2 2'; under-reach: 'showe"
                                                          "d left BI-RADS 3, right BI-RADS 2': the side word "
                                                          "stands before each category, so ', right ' is no l"
                                                          "isted gap; the 2024 right 2 outranks today's 1"))),
    pytest.param(('Family history clinic note\n'
                  'Annual MRI 2025: BI-RADS 3 right; BI-RADS 2 left. The right focus reso'
                  'lved on the 6-month MRI.\n'
                  'Annual MRI today (12/03/2026): no suspicious enhancement in either bre'
                  'ast.\n'
                  'Assessment: BI-RADS 1.'),
                 '1 1', id='r7_07',
                 marks=pytest.mark.xfail(strict=True, reason=("review r7_07 (R7): read '2 3'; older behaviour: 'A"
                                                          "nnual MRI 2025: BI-RADS 3 right; BI-RADS 2 left.':"
                                                          ' the first category is not dated and a semicolon l'
                                                          'ist is outside the rule by design'))),
    pytest.param(('Follow-up clinic note - breast imaging\n'
                  'Left breast nodule: in 09/2025 BI-RADS 3, BI-RADS 2 left, today, after'
                  " 12 months' stability.\n"
                  'Right breast: normal, BI-RADS 1.\n'
                  'Next: routine screening; no further imaging follow-up of the nodule.'),
                 '2 1', id='r7_08'),
    pytest.param(('Ultrasound follow-up - left breast, 12/03/2026\n'
                  "Left 2 o'clock oval circumscribed nodule 6 mm, unchanged in size and a"
                  'ppearance.\n'
                  'Left breast: at baseline (09/2024) BI-RADS 3, BI-RADS 2 on this examin'
                  'ation after 18 months of stability.\n'
                  'No further imaging follow-up needed; routine screening.'),
                 '2 -', id='r7_09',
                 marks=pytest.mark.xfail(strict=True, reason=("review r7_09 (R7): read '3 -'; older behaviour: 'a"
                                                          't baseline (09/2024) BI-RADS 3, BI-RADS 2 on this '
                                                          "examination': the first category is not dated, so "
                                                          "the earlier 3 outranks today's 2"))),
    pytest.param(('Breast MRI surveillance - 09/03/2026\n'
                  "Left 10 o'clock focus first described 03/2025, unchanged.\n"
                  'Assessment: in 03/2025 BI-RADS 3 left, stable, BI-RADS 2 left at 12 mo'
                  'nths. Right BI-RADS 1.\n'
                  'Recommendation: annual MRI.'),
                 '2 1', id='r7_10'),
    pytest.param(('Annual mammogram report - 11/03/2026\n'
                  'Right breast: 2024 baseline BI-RADS 3, BI-RADS 2 at the current 24-mon'
                  'th examination (calcifications stable).\n'
                  'Left breast: BI-RADS 1.\n'
                  'Recommendation: routine annual screening.'),
                 '1 2', id='r7_11',
                 marks=pytest.mark.xfail(strict=True, reason=("review r7_11 (R7): read '1 3'; older behaviour: '2"
                                                          '024 baseline BI-RADS 3, BI-RADS 2 at the current .'
                                                          ".. examination': the first category is not dated, "
                                                          "so the earlier 3 outranks today's 2"))),
    pytest.param(('Ultrasound report - right breast, 08/03/2026\n'
                  "Right 7 o'clock cluster of microcysts, unchanged for 24 months.\n"
                  'Summary: in 03/2024 BI-RADS 3, BI-RADS 2 following 24 months of stabil'
                  'ity; discharged to routine screening.'),
                 '- 2', id='r7_12'),
    pytest.param(('Bilateral mammogram 10/03/2026 - summary line for the GP\n'
                  'In 2025 BI-RADS 4A right (benign biopsy). BI-RADS 2 right, BI-RADS 1 l'
                  'eft.\n'
                  'Routine recall in 3 years.\n'
                  'Reported by Dr N. Fofanah, Consultant Breast Radiologist.'),
                 '1 2', id='r7_13'),
    pytest.param(('Breast screening - results letter copy (GP record)\n'
                  'Your 2025 screening letter stated "BI-RADS 1 right, BI-RADS 1 left"; t'
                  'his round (12/03/2026) BI-RADS 2 right, BI-RADS 1 left - benign calcif'
                  'ications, routine recall.'),
                 '1 2', id='r7_14'),
    pytest.param(('Bilateral mammogram 10/03/2026\n'
                  'Findings: Right breast: the mass biopsied in 2024 (BI-RADS 4B then, fi'
                  'broadenoma) is unchanged. Left breast: normal.\n'
                  'Impression: BI-RADS 2 right, BI-RADS 1 left. Routine screening.'),
                 '1 2', id='r7_15'),
    pytest.param(('Breast ultrasound - left, 09/03/2026 (12-month follow-up)\n'
                  "Left 4 o'clock oval hypoechoic nodule 5 mm, unchanged.\n"
                  'Category: previously (02/2025) BI-RADS 3, BI-RADS 2 assigned at this v'
                  'isit - stable for 12 months, no further follow-up.'),
                 '2 -', id='r7_16'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
