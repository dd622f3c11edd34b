"""Review rfinal11 pinned: the final measurement review of the stop's radiology rules (b121-b122, dab9dc1 as narrowed in
4eb71dd) against the stop's start (687a0f0), on 136 texts: 112 written and labelled from the guide before either
revision ran (30 ordinary reports, 82 rule-targeted variants and near misses), and the probes p01-p24 written after the
first run to isolate triggers. It found 19 over-reaches and 4 texts newly wrong another way across the six rules; the
mend reads all 23 right (and p02, p03, c06 besides). Every text read right passes; the 12 still read wrong (older
behaviour, or under-reaches outside a rule's shape) are strict expected failures with their reading."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('EXAM: MAMMO SCREENING BILATERAL W/ TOMO\n'
                  'DATE: 02/11/2026\n'
                  'CLINICAL HISTORY: 52-year-old female, annual screening. No complaints.'
                  '\n'
                  'COMPARISON: 01/2025, 12/2023.\n'
                  'TECHNIQUE: Standard CC and MLO views of both breasts with digital brea'
                  'st tomosynthesis. CAD was used.\n'
                  'BREAST COMPOSITION: Scattered areas of fibroglandular density (B).\n'
                  'FINDINGS: No suspicious masses, calcifications, or architectural disto'
                  'rtion in either breast. Stable benign-appearing coarse calcifications '
                  'in the left upper outer quadrant.\n'
                  'IMPRESSION: No mammographic evidence of malignancy.\n'
                  'BI-RADS 2: Benign.\n'
                  'RECOMMENDATION: Annual screening mammogram.'),
                 '2 2', id='o01'),
    pytest.param(('Breast Imaging Report - One Stop Clinic, Northfield General\n'
                  "Referral: 2WW, 38F, lump left breast 3 o'clock, 3 weeks.\n"
                  'Examination: Ultrasound left breast and axilla.\n'
                  "Findings: At the site of the palpable lump, 3 o'clock 4 cm FTN, there "
                  'is a 17 x 9 x 12 mm oval, well-circumscribed, hypoechoic solid mass, p'
                  'arallel orientation, no posterior features, minimal internal vasculari'
                  'ty. Left axilla: normal nodes with fatty hila.\n'
                  'Conclusion: Probable fibroadenoma. U3 - ultrasound-guided core biopsy '
                  'performed today (14G x 2), no immediate complication.\n'
                  'BI-RADS equivalent: 4A.\n'
                  'Reported by Dr R. Pillai, Consultant Radiologist.'),
                 '4A -', id='o02'),
    pytest.param(('North Shore Breast Imaging - Sydney\n'
                  'Bilateral diagnostic mammogram and ultrasound, 11/03/2026\n'
                  'Clinical: 61F, right nipple inversion for 2 months.\n'
                  'Mammogram: Fatty breasts (ACR A). Right retroareolar region: benign se'
                  'cretory calcifications; no mass. Left: normal.\n'
                  'Ultrasound: Right retroareolar ducts mildly ectatic, no intraductal ma'
                  'ss. Left not scanned.\n'
                  'Impression:\n'
                  'Right breast: duct ectasia and secretory calcifications, benign. BI-RA'
                  'DS 2.\n'
                  'Left breast: normal. BI-RADS 1.\n'
                  'Clinical review recommended for the nipple change.'),
                 '1 2', id='o03'),
    pytest.param(('Radiologische Praxis am Dom, Köln\n'
                  'Mammographie beidseits in 2 Ebenen und Mammasonographie, 05.03.2026\n'
                  'Indikation: Vorsorge, familiäre Belastung (Mutter Mammakarzinom mit 58'
                  ' J.).\n'
                  'Befund: Parenchymdichte ACR c. Beidseits keine suspekten Herdbefunde, '
                  'kein suspekter Mikrokalk. Sonographisch beidseits einzelne einfache Zy'
                  'sten bis 6 mm.\n'
                  'Beurteilung: Beidseits benigne Befunde (Zysten). BI-RADS 2 re./li.\n'
                  'Empfehlung: Kontrolle in 12 Monaten.'),
                 '2 2', id='o04'),
    pytest.param(("Cabinet d'imagerie médicale du Parc - Lyon\n"
                  'Mammographie bilatérale et échographie mammaire du 09/03/2026\n'
                  "Indication : dépistage, 54 ans, pas d'antécédent.\n"
                  'Résultats : seins de densité type B. A gauche, nodule ovalaire circons'
                  "crit de 8 mm à l'union des quadrants externes, correspondant en échogr"
                  'aphie à un nodule hypoéchogène parallèle, probable fibroadénome. A dro'
                  "ite : pas d'anomalie.\n"
                  'Conclusion : ACR 3 à gauche, contrôle échographique dans 6 mois. ACR 1'
                  ' à droite.'),
                 '3 1', id='o05'),
    pytest.param(('Hospital General de Valencia - Servicio de Radiología\n'
                  'Ecografía mamaria bilateral, 04/03/2026\n'
                  'Motivo: mastalgia cíclica bilateral.\n'
                  'Hallazgos: Ambas mamas con patrón fibroglandular heterogéneo. Quistes '
                  'simples bilaterales, el mayor de 11 mm en la mama derecha a las 10 h. '
                  'No nódulos sólidos. Axilas sin adenopatías.\n'
                  'Conclusión: Quistes simples bilaterales. BI-RADS 2.\n'
                  'Recomendación: control habitual.'),
                 '2 2', id='o06',
                 marks=pytest.mark.xfail(strict=True, reason=("review o06 (ordinary): read '- 2'; older behaviour"
                                                          ": the Spanish finding's 'mama derecha' sides the u"
                                                          "nsided 'BI-RADS 2' of a bilateral ultrasound"))),
    pytest.param(('Clínica de Imagem Mamária - São Paulo\n'
                  'Ultrassonografia mamária bilateral - 28/02/2026\n'
                  'Indicação: nódulo palpável na mama direita.\n'
                  'Achados: Mama direita: nódulo sólido hipoecoico, irregular, não parale'
                  'lo, de margens anguladas, medindo 13 x 10 mm, às 10 horas, a 3 cm do m'
                  'amilo. Mama esquerda: sem alterações.\n'
                  'Impressão: Nódulo sólido suspeito na mama direita - BI-RADS 4B. Mama e'
                  'squerda - BI-RADS 1.\n'
                  'Recomendação: biópsia percutânea.'),
                 '1 4B', id='o07'),
    pytest.param(('DEPARTMENT OF RADIODIAGNOSIS - City Hospital, Pune\n'
                  'USG BOTH BREASTS\n'
                  'Date: 07/03/2026\n'
                  'Clinical: bilateral breast pain, premenstrual.\n'
                  'Findings: Both breasts show heterogeneous fibroglandular echotexture w'
                  'ith multiple tiny anechoic cysts, largest 5 mm in the right upper oute'
                  'r quadrant. No solid SOL. Both axillae: few reactive nodes with preser'
                  'ved fatty hila.\n'
                  'IMPRESSION: Fibrocystic changes of both breasts. BIRADS II.\n'
                  'Adv: clinical correlation.'),
                 '2 2', id='o08'),
    pytest.param(("Seoul Women's Clinic - Breast Ultrasound Report\n"
                  'Date: 2026-03-02\n'
                  "Rt. breast: 10 o'clock, 2 cm FN, 5 mm oval circumscribed parallel hypo"
                  'echoic mass, probably benign (fibroadenoma).\n'
                  'Lt. breast: no abnormal finding.\n'
                  'Both axillae: no abnormal lymph node.\n'
                  'Conclusion:\n'
                  'Rt. BI-RADS category 3 - 6-month follow-up US.\n'
                  'Lt. BI-RADS category 1.'),
                 '1 3', id='o09'),
    pytest.param(('LAGOS UNIVERSITY TEACHING HOSPITAL - DEPARTMENT OF RADIOLOGY\n'
                  'BREAST ULTRASOUND REPORT\n'
                  'Date: 03/03/2026\n'
                  'Clinical information: 29-year-old lactating mother, painful swelling o'
                  'f the right breast, fever.\n'
                  'Findings: Right breast: 32 x 21 mm thick-walled complex fluid collecti'
                  "on with internal debris at 8 o'clock, surrounding oedema. Left breast:"
                  ' normal lactating parenchyma.\n'
                  'Impression: Right breast abscess - BI-RADS 2. Left breast normal - BI-'
                  'RADS 1.\n'
                  'Recommend ultrasound-guided aspiration.'),
                 '1 2', id='o10'),
    pytest.param(('Ottawa Breast Imaging Centre\n'
                  'EXAMINATION: Left diagnostic mammogram with tomosynthesis and targeted'
                  ' left breast ultrasound\n'
                  'DATE: 10/03/2026\n'
                  "INDICATION: Palpable lump left breast 2 o'clock, 47F.\n"
                  'FINDINGS: Heterogeneously dense (C). At the BB marker there is a 12 mm'
                  ' irregular mass with indistinct margins, no associated calcification. '
                  'Ultrasound: 11 x 9 mm irregular hypoechoic mass, not parallel, with po'
                  "sterior shadowing at 2 o'clock 6 cm FN. Left axilla normal.\n"
                  "IMPRESSION: Suspicious mass left breast 2 o'clock.\n"
                  'BI-RADS 4B - Moderate suspicion for malignancy.\n'
                  'RECOMMENDATION: US-guided core biopsy, scheduled.'),
                 '4B -', id='o11'),
    pytest.param(('Radiologie - Ziekenhuis Rijnstate\n'
                  'Mammografie en echografie links, 06/03/2026\n'
                  'Indicatie: palpabele zwelling linker borst, 66 jaar.\n'
                  'Bevindingen: Links bovenbuitenkwadrant een spiculaire massa van 21 mm '
                  'met pleiomorf microkalk, echografisch een irregulaire hypoechogene lae'
                  'sie met schaduw. Oksel links: één verdachte klier met verdikte cortex.'
                  '\n'
                  'Conclusie: Sterk verdacht voor maligniteit links, BI-RADS 5. Histologi'
                  'sche biopsie van laesie en klier aanbevolen.'),
                 '5 -', id='o12'),
    pytest.param(('Ospedale San Raffaele - Senologia\n'
                  'Ecografia mammaria bilaterale - 02/03/2026\n'
                  'Quesito: controllo, familiarità.\n'
                  'Reperti: A destra, ore 7, formazione ipoecogena ovalare a margini circ'
                  'oscritti di 7 mm, parallela alla cute, verosimile fibroadenoma. A sini'
                  'stra nulla di rilevante.\n'
                  'Conclusioni: BI-RADS 3 a destra, controllo a 6 mesi. BI-RADS 1 a sinis'
                  'tra.'),
                 '1 3', id='o13',
                 marks=pytest.mark.xfail(strict=True, reason=("review o13 (ordinary): read '3 -'; older behaviour"
                                                          ": Italian 'BI-RADS 3 a destra' (side after the cat"
                                                          'egory) is read unsided'))),
    pytest.param(('Ankara Şehir Hastanesi - Radyoloji\n'
                  'Bilateral meme ultrasonografisi [Bilateral breast ultrasound], 01/03/2'
                  '026\n'
                  'Bulgular [Findings]: Sağ meme [Right breast]: saat 11 hizasında 9 mm b'
                  "asit kist [9 mm simple cyst at 11 o'clock]. Sol meme [Left breast]: no"
                  'rmal.\n'
                  'Sonuç [Conclusion]: Sağ meme [Right breast] BI-RADS 2; sol meme [left '
                  'breast] BI-RADS 1.'),
                 '1 2', id='o14'),
    pytest.param(('Imaging Department - Mercy Hospital\n'
                  'US RIGHT BREAST (male patient)\n'
                  'Date: 09/03/2026\n'
                  'History: 17-year-old male, tender right subareolar swelling for 3 mont'
                  'hs.\n'
                  'Findings: Retroareolar fan-shaped hypoechoic glandular tissue 28 x 9 m'
                  'm, no discrete mass, no abnormal vascularity.\n'
                  'Impression: Gynaecomastia. No suspicious mass.\n'
                  'BI-RADS 2 - Benign.'),
                 '- 2', id='o15'),
    pytest.param(('Breast Surveillance Mammogram - Riverside Imaging\n'
                  'Date: 12/03/2026\n'
                  'History: Left breast cancer 2021 treated with wide local excision and '
                  'radiotherapy. Previous mammogram 03/2025 BI-RADS 2.\n'
                  'Comparison: 03/2025, 02/2024.\n'
                  'Findings: Post-surgical distortion and skin thickening in the left upp'
                  'er outer quadrant, stable. Dystrophic calcifications at the lumpectomy'
                  ' site. Right breast: scattered fibroglandular density, no suspicious f'
                  'inding.\n'
                  'Impression: Stable post-treatment changes. No evidence of recurrence.\n'
                  'BI-RADS 2, bilateral. Annual surveillance.'),
                 '2 2', id='o16'),
    pytest.param(("SCREENING MAMMOGRAM - Valley Women's Imaging\n"
                  'Date: 04/03/2026\n'
                  'Comparison: 02/2024.\n'
                  'Findings: Extremely dense breasts (D). Right breast: new 12 mm focal a'
                  'symmetry in the upper outer quadrant on the CC and MLO views, not seen'
                  ' in 2024. Left breast: no suspicious mass, calcification or distortion'
                  '.\n'
                  'Impression: Right breast BI-RADS 0 - incomplete, recall for diagnostic'
                  ' mammogram and ultrasound. Left breast BI-RADS 1 - negative.'),
                 '1 0', id='o17'),
    pytest.param(('Diagnostic ultrasound - LEFT breast\n'
                  'Date: 26/02/2026\n'
                  "Findings: 6 mm oval circumscribed hypoechoic mass at 1 o'clock, parall"
                  'el, no vascularity. No prior imaging available at the time of reading.'
                  '\n'
                  'Impression: Probably benign mass. BI-RADS 3. Follow-up in 6 months.\n'
                  '\n'
                  'ADDENDUM 03/03/2026: Outside ultrasound images from 2022 have been obt'
                  "ained and reviewed. The 1 o'clock mass was present at 6 mm in 2022 and"
                  ' is unchanged over more than 3 years. Assessment revised to BI-RADS 2,'
                  ' benign. Routine screening.'),
                 '2 -', id='o18'),
    pytest.param(('MRI BREASTS BILATERAL WITH AND WITHOUT CONTRAST - implant evaluation\n'
                  'Date: 08/03/2026\n'
                  'History: 44F, bilateral cosmetic silicone implants 2014, checking inte'
                  'grity.\n'
                  'Findings: Bilateral subpectoral silicone implants. No intracapsular or'
                  ' extracapsular rupture signs. Minimal background parenchymal enhanceme'
                  'nt. No suspicious enhancing lesion in either breast. No axillary adeno'
                  'pathy.\n'
                  'Impression: Intact implants. Negative.\n'
                  'BI-RADS 1.'),
                 '1 1', id='o19'),
    pytest.param(('STAGING MRI - BOTH BREASTS\n'
                  'Date: 05/03/2026\n'
                  "Indication: right breast IDC, biopsy-proven 24/02/2026, 10 o'clock.\n"
                  'Findings:\n'
                  "Right: 23 mm irregular enhancing mass with washout at 10 o'clock, biop"
                  'sy clip in place. No additional lesion. No skin or pectoral involvemen'
                  't.\n'
                  'Left: moderate BPE, no suspicious enhancement.\n'
                  'Assessment:\n'
                  'Right breast: BI-RADS 6 - known biopsy-proven malignancy.\n'
                  'Left breast: BI-RADS 1 - negative.'),
                 '1 6', id='o20'),
    pytest.param(("ST. LUKE'S MEDICAL CENTER - Quezon City\n"
                  'BREAST ULTRASOUND (BILATERAL)\n'
                  'Date: 06/03/2026\n'
                  "Findings: Left breast, 2 o'clock, 3 cm from the nipple: 9 x 6 mm oval "
                  'cyst with thin septation and fine internal echoes. Right breast: unrem'
                  'arkable fibroglandular tissue.\n'
                  'IMPRESSION:\n'
                  "Complicated cyst, left breast, 2 o'clock - BI-RADS 3.\n"
                  'Right breast: unremarkable - BI-RADS 1.\n'
                  'Suggest follow-up ultrasound in 6 months.'),
                 '3 1', id='o21'),
    pytest.param(('上海市第一人民医院 超声科 [Ultrasound department]\n'
                  '检查项目 [Examination]: 双侧乳腺超声 [bilateral breast ultrasound] 2026-03-04\n'
                  "超声所见 [Findings]: 右乳10点钟方向低回声结节 [right breast 10 o'clock hypoechoic nod"
                  'ule], 12 x 8 mm, 边界不清 [ill-defined], 纵横比>1 [taller than wide]. 左乳未见明显异'
                  '常 [left breast: no obvious abnormality].\n'
                  '诊断意见 [Impression]: 右乳结节 BI-RADS 4b类 [right breast nodule, BI-RADS 4b];'
                  ' 左乳 BI-RADS 1类 [left breast BI-RADS 1].'),
                 '1 4B', id='o22'),
    pytest.param(('Centro de Diagnóstico Mamario - Guadalajara\n'
                  'Mastografía de tamizaje bilateral con tomosíntesis, 03/03/2026\n'
                  'Patrón mamario: tejido fibroglandular disperso (B).\n'
                  'Hallazgos: sin nódulos, sin microcalcificaciones sospechosas ni distor'
                  'sión de la arquitectura. Ganglios axilares de aspecto normal.\n'
                  'Impresión diagnóstica: Estudio negativo para malignidad.\n'
                  'Categoría BI-RADS 1: negativo.\n'
                  'Recomendación: mastografía anual.'),
                 '1 1', id='o23'),
    pytest.param(('Mammography and breast ultrasound report (translated from Polish), Cen'
                  'trum Onkologii, Gdańsk\n'
                  'Date: 02/03/2026\n'
                  "Left breast: at 3 o'clock a 14 mm irregular hypoechoic lesion with ang"
                  'ular margins and posterior shadowing; on mammography a corresponding s'
                  'piculated density. Right breast: no focal lesions.\n'
                  'Conclusions: Lesion of the left breast BI-RADS 4c - core needle biopsy'
                  ' recommended. Right breast BI-RADS 1.'),
                 '4C 1', id='o24'),
    pytest.param(('Teleradiology read - Outback Imaging Network\n'
                  'US L breast, 05/03/26, 44F\n'
                  'Hx: L breast lump 2:00, 2/52. No FHx.\n'
                  'L 2:00 3cm FN: 8mm simple cyst, correlates w/ palpable. No solid lesio'
                  'n.\n'
                  'Imp: simple cyst. BIRADS 2 L.'),
                 '2 -', id='o25'),
    pytest.param(('Second-look ultrasound - RIGHT breast\n'
                  'Date: 10/03/2026\n'
                  "Indication: MRI 03/03/2026 showed a 6 mm enhancing mass at 9 o'clock r"
                  'ight breast.\n'
                  "Findings: At 9 o'clock, 4 cm from the nipple, a 6 x 5 mm irregular hyp"
                  'oechoic mass with indistinct margins corresponds to the MRI finding.\n'
                  'Impression: Sonographic correlate of the MRI lesion. BI-RADS 4B. Ultra'
                  'sound-guided core biopsy scheduled for 13/03/2026.'),
                 '- 4B', id='o26'),
    pytest.param(('Ultrasound-guided core biopsy - LEFT breast\n'
                  'Date: 11/03/2026\n'
                  "Target: 15 mm irregular mass at 3 o'clock (diagnostic mammogram and ul"
                  'trasound 04/03/2026).\n'
                  'Procedure: Informed consent obtained. Local anaesthesia. Four 14G core'
                  's obtained, all sinking. Marker clip deployed. Post-procedure mammogra'
                  'm: clip at the target site.\n'
                  'Complications: none.\n'
                  'Impression: Successful biopsy. The lesion remains BI-RADS 4C pending h'
                  'istology; results to the referring surgeon.'),
                 '4C -', id='o27'),
    pytest.param(('Mammografi bilateralt - Bröstcentrum, Södersjukhuset (översatt)\n'
                  'Datum: 2026-03-06\n'
                  'Indikation: screening, 58 år.\n'
                  'Fynd: Fettinvolverade bröst. Inga förtätningar, inga misstänkta mikrof'
                  'örkalkningar, ingen arkitekturförändring.\n'
                  'Bedömning: Inga tecken på malignitet. BI-RADS 1 bilateralt.'),
                 '1 1', id='o28'),
    pytest.param(('The Aga Khan University Hospital, Nairobi - Radiology\n'
                  'Bilateral breast ultrasound, 07/03/2026\n'
                  'Clinical: 42F, multiple lumps both breasts.\n'
                  'Findings: Multiple simple cysts in both breasts, the largest 14 mm in '
                  'the left upper outer quadrant and 9 mm in the right lower inner quadra'
                  'nt. No solid mass. Normal axillary nodes.\n'
                  'Impression: Bilateral simple cysts, BI-RADS 2 bilaterally. Routine fol'
                  'low-up.'),
                 '2 2', id='o29'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM, RIGHT - Lakeview Radiology\n'
                  'Date: 09/03/2026\n'
                  'History: 6-month follow-up of a group of amorphous calcifications righ'
                  't upper outer quadrant, BI-RADS 3 in 09/2025.\n'
                  'Comparison: 09/2025, 03/2025.\n'
                  'Findings: Magnification views show the 4 mm group of round and amorpho'
                  'us calcifications unchanged in number and distribution.\n'
                  'Impression: Stable probably benign calcifications. BI-RADS 3. Follow-u'
                  'p right diagnostic mammogram in 6 months (24-month stability).'),
                 '- 3', id='o30'),
    pytest.param(('RS Harapan Kita - Instalasi Radiologi\n'
                  'Pemeriksaan [Examination]: Mamografi bilateral + USG payudara [breast '
                  'ultrasound], 04/03/2026\n'
                  '\n'
                  'Temuan [Findings]:\n'
                  'Payudara kanan [Right breast]: scattered fibroglandular tissue, no mas'
                  's.\n'
                  "Payudara kiri [Left breast]: 11 mm oval mass at 2 o'clock, margins par"
                  'tly obscured on the CC view. Ultrasound: simple cyst 11 mm, no solid c'
                  'omponent.\n'
                  '\n'
                  'Kategori mamografi saja [Mammography-only category]: BI-RADS 0 (left 2'
                  " o'clock mass, margins obscured).\n"
                  'Kesimpulan gabungan [Combined conclusion] (mammography + ultrasound): '
                  'kanan [right] 1, kiri [left] 2.\n'
                  '\n'
                  'Dibaca oleh [Read by]: dr. S. Wibowo, Sp.Rad'),
                 '2 1', id='a01'),
    pytest.param(('BỆNH VIỆN K - KHOA CHẨN ĐOÁN HÌNH ẢNH\n'
                  'Chụp nhũ ảnh hai bên và siêu âm vú [Bilateral mammography and breast u'
                  'ltrasound] - 27/02/2026\n'
                  'Mô tả [Description]: Vú phải [Right breast]: predominantly fatty, no m'
                  "ass. Vú trái [Left breast]: 8 mm oval hypoechoic nodule at 10 o'clock,"
                  ' parallel, circumscribed; on mammography a coarse popcorn calcificatio'
                  'n at the same site.\n'
                  'Phân loại chỉ siêu âm [Ultrasound-only category]: BI-RADS 3 (left 10 o'
                  "'clock nodule).\n"
                  'Kết luận chung [Combined conclusion] (mammography + ultrasound): left '
                  '2, right 1.\n'
                  'Involuting calcified fibroadenoma on the left; routine screening.'),
                 '2 1', id='a02'),
    pytest.param(('Meme Radyolojisi Birimi - Ankara\n'
                  'İnceleme [Examination]: Bilateral dijital mamografi + meme ultrasonogr'
                  'afisi, 08/03/2026\n'
                  'Bulgular [Findings]: Sağ meme [Right breast]: possible architectural d'
                  'istortion in the upper outer quadrant on the MLO view only. Targeted u'
                  'ltrasound of the area: normal fibroglandular tissue, no mass, no shado'
                  'wing. Sol meme [Left breast]: normal.\n'
                  'Yalnız mamografi değerlendirmesi [Mammography-only assessment]: BI-RAD'
                  'S 0 right.\n'
                  'Birleşik sonuç [Combined conclusion] (mammography + ultrasound): right'
                  ' 3, left 1.\n'
                  'Öneri [Recommendation]: right tomosynthesis in 6 months.'),
                 '1 3', id='a03'),
    pytest.param(('Philippine General Hospital - Breast Imaging Section\n'
                  'Mammography and ultrasound, both breasts - 10/03/2026\n'
                  'Kategorya ng mammogram lamang [Mammogram-only category]:\n'
                  "  Kanan [Right]: BI-RADS 0 - dense tissue, possible 6 mm mass at 12 o'"
                  'clock\n'
                  '  Kaliwa [Left]: BI-RADS 1\n'
                  "Ultrasound: right 12 o'clock - 6 mm simple cyst explains the mammograp"
                  'hic finding. Left - normal.\n'
                  'Pinagsamang konklusyon [Combined conclusion] (mammography + ultrasound'
                  '): right 2, left 1.\n'
                  'Rekomendasyon [Recommendation]: routine annual screening.'),
                 '1 2', id='a04'),
    pytest.param(('Aga Khan Hospital Mombasa - Idara ya Radiolojia\n'
                  'Mamografia na ultrasound ya matiti yote mawili [Bilateral mammography '
                  'and ultrasound], 05/03/2026\n'
                  'Matokeo [Findings]: Right retroareolar asymmetry on the CC view; ultra'
                  'sound shows normal ducts and glandular tissue, no mass. Left breast no'
                  'rmal.\n'
                  'Kundi la mamografia pekee [Mammography-only category]: BI-RADS 0 (righ'
                  't retroareolar asymmetry, dense breasts).\n'
                  'Tathmini ya mwisho (mammography + ultrasound) [Final assessment (mammo'
                  'graphy + ultrasound)]: BI-RADS 1, both breasts.\n'),
                 '1 1', id='a05'),
    pytest.param(('Philippine Heart Center - Breast Imaging\n'
                  'Screening mammogram, both breasts - 09/03/2026\n'
                  'Kategorya ng mammogram lamang [Mammogram-only category]:\n'
                  '  Kanan [Right]: BI-RADS 1\n'
                  "  Kaliwa [Left]: BI-RADS 0 - 9 mm obscured mass, 3 o'clock\n"
                  'Ultrasound: not done today (machine under repair); patient rebooked fo'
                  'r left breast ultrasound on 17/03/2026.\n'
                  'No combined conclusion can be given until then.'),
                 '0 1', id='a06',
                 marks=pytest.mark.xfail(strict=True, reason=("review a06 (A only-gloss): read '1 1'; older behav"
                                                          "iour: the left side line's 'BI-RADS 0 - 9 mm obscu"
                                                          "red mass' under the only-gloss heading is lost"))),
    pytest.param(('Klinik Payudara Sejahtera - Surabaya\n'
                  'USG payudara kanan [Right breast ultrasound], 05/03/2026\n'
                  'Riwayat [History]: outside mammogram 02/2026 - Kategori mamografi saja'
                  ' [Mammography-only category]: BI-RADS 0, right dense tissue, ultrasoun'
                  'd requested by the outside reader.\n'
                  'Temuan [Findings]: Right breast, all quadrants scanned: normal fibrogl'
                  'andular echotexture, no mass, no cyst, no ductal dilatation. Right axi'
                  'lla normal.\n'
                  'Kesimpulan [Conclusion]: BI-RADS 1 - negative.\n'),
                 '- 1', id='a07'),
    pytest.param(('Bệnh viện Bạch Mai - Trung tâm Điện quang\n'
                  'MRI tuyến vú hai bên + siêu âm second-look [Bilateral breast MRI + sec'
                  'ond-look ultrasound], 02/03/2026\n'
                  "MRI: left breast 7 mm focus of non-mass enhancement at 1 o'clock, pers"
                  'istent kinetics. Right breast: no suspicious enhancement.\n'
                  "Phân loại chỉ MRI [MRI-only category]: BI-RADS 4A (left 1 o'clock).\n"
                  'Second-look ultrasound: 7 mm oval circumscribed hypoechoic nodule at t'
                  'he same site, parallel, probable fibroadenoma.\n'
                  'Kết luận chung [Combined conclusion] (MRI + ultrasound): left 3, right'
                  ' 1.\n'),
                 '3 1', id='a08',
                 marks=pytest.mark.xfail(strict=True, reason=("review a08 (A only-gloss): read '3 4A'; under-reac"
                                                          "h: '[MRI-only category]' is not among the rule's g"
                                                          'lossed modalities'))),
    pytest.param(('Phòng khám Vú Hòa Hảo - TP HCM\n'
                  'Chụp nhũ ảnh tầm soát hai bên [Bilateral screening mammography] - 02/0'
                  '3/2026\n'
                  'Mô tả [Description]: scattered fibroglandular density; benign vascular'
                  ' calcifications in both breasts; no mass or suspicious calcification.\n'
                  'Phân loại chỉ nhũ ảnh [Mammogram-only category]: BI-RADS 2 (benign vas'
                  'cular calcifications, both breasts). Siêu âm không cần thiết [ultrasou'
                  'nd not required].\n'
                  'Đề nghị [Recommendation]: annual screening.'),
                 '2 2', id='a09'),
    pytest.param(('Trung tâm Y khoa Medic - Khoa Nhũ\n'
                  'Nhũ ảnh + siêu âm hai bên [Bilateral mammography + ultrasound], 07/03/'
                  '2026\n'
                  'So sánh [Comparison] 03/2025: Phân loại chỉ nhũ ảnh [Mammogram-only ca'
                  'tegory]: BI-RADS 3, left grouped calcifications.\n'
                  'Mô tả [Description]: the left grouped punctate calcifications are unch'
                  'anged over 12 months. Ultrasound: no mass in either breast.\n'
                  'Kết luận [Conclusion]: BI-RADS 2, both breasts. Routine screening.'),
                 '2 2', id='a10'),
    pytest.param(('Rumah Sakit Siloam - Radiologi Payudara\n'
                  'Mamografi bilateral [Bilateral mammography], 06/03/2026\n'
                  'Kategori mamografi saja [Mammography-only category]:\n'
                  'Kanan [Right]: BI-RADS 0 (14 mm asymmetry, upper inner quadrant).\n'
                  'Kiri [Left]: BI-RADS 1.\n'
                  'USG [Ultrasound]: booked 12/03/2026.\n'
                  'Kesimpulan gabungan [Combined conclusion] (mammography + ultrasound): '
                  'to follow after the ultrasound.\n'),
                 '1 0', id='a11'),
    pytest.param(('Trung tâm Chẩn đoán Y khoa Hòa Hảo\n'
                  'Nhũ ảnh tầm soát hai bên [Bilateral screening mammography] - 04/03/202'
                  '6\n'
                  'Tiền sử [History]: Combined conclusion (mammography + ultrasound) 03/2'
                  '024: right 1, left 3 (left cyst, aspirated).\n'
                  'Mô tả [Description]: no mass, no suspicious calcification, no distorti'
                  'on in either breast.\n'
                  'Phân loại chỉ nhũ ảnh [Mammogram-only category]: BI-RADS 1, both breas'
                  'ts; ultrasound not needed this year.\n'),
                 '1 1', id='a12'),
    pytest.param(('Diagnostic mammogram and targeted ultrasound - Westmead Breast Centre\n'
                  'Date: 06/03/2026\n'
                  "Indication: palpable lump right breast 10 o'clock; left breast screeni"
                  'ng views.\n'
                  "Mammography: Right breast 10 o'clock irregular 15 mm mass with indisti"
                  'nct margins. Left breast: scattered fibroglandular density, no suspici'
                  'ous finding.\n'
                  'Mammography alone: BI-RADS 0 (right, needs ultrasound).\n'
                  "Ultrasound right 10 o'clock 5 cm FN: 14 x 11 mm irregular hypoechoic m"
                  'ass, not parallel, angular margins, internal vascularity.\n'
                  '\n'
                  'Combined assessment (mammography + ultrasound):\n'
                  'Right 4B, left 1.\n'
                  '\n'
                  'Recommendation: ultrasound-guided core biopsy right breast, booked 09/'
                  '03/2026.'),
                 '1 4B', id='b01'),
    pytest.param(("Breast Imaging Unit - St Vincent's, Dublin\n"
                  'MG both + US left, 11/03/2026\n'
                  'Indication: focal left breast pain, 2 months.\n'
                  'MG: heterogeneously dense (C). No mass, no suspicious calcification. M'
                  'G alone: BI-RADS 1 bilateral.\n'
                  "US left 2-3 o'clock (site of pain): normal fibroglandular tissue; 4 mm"
                  ' simple cyst.\n'
                  'CONCLUSION (MG + US):\n'
                  'RT 1, LT 2.\n'
                  'No imaging explanation for the pain; clinical follow-up.'),
                 '2 1', id='b02',
                 marks=pytest.mark.xfail(strict=True, reason=("review b02 (B combined below): read '1 1'; under-r"
                                                          "each: 'RT 1, LT 2.' items (no colon or dash) are n"
                                                          "ot the list's shape"))),
    pytest.param(('Hospital Universitario La Paz - Radiodiagnóstico de Mama\n'
                  'Mamografía bilateral y ecografía [Bilateral mammography and ultrasound'
                  '] - 02/03/2026\n'
                  'Hallazgos [Findings]: Mama derecha [Right breast]: quiste simple de 12'
                  " mm a las 9 [simple cyst 12 mm at 9 o'clock]. Mama izquierda [Left bre"
                  'ast]: sin hallazgos [no findings].\n'
                  'Mamografía aislada [Mammography alone]: BI-RADS 0.\n'
                  'Conclusión combinada (mamografía + ecografía) [Combined conclusion (ma'
                  'mmography + ultrasound)]:\n'
                  'derecha [right] 2, izquierda [left] 1.\n'
                  '\n'
                  'Firmado: Dra. M. Ortega'),
                 '1 2', id='b03'),
    pytest.param(('Hamilton Health Sciences - Breast Assessment\n'
                  'BILATERAL DIAGNOSTIC MAMMOGRAM AND ULTRASOUND, 09/03/2026\n'
                  'MAMMOGRAPHIC ASSESSMENT: BI-RADS 0, left (new 9 mm mass).\n'
                  "ULTRASOUND: Left 1 o'clock, 4 cm FN: 9 mm round mass with microlobulat"
                  "ed margins, not parallel. Right 8 o'clock: 5 mm simple cyst.\n"
                  '\n'
                  'FINAL ASSESSMENT (MAMMOGRAM + ULTRASOUND):\n'
                  'LEFT 4A, RIGHT 2.\n'
                  '\n'
                  "PLAN: US-guided core biopsy left 1 o'clock."),
                 '4A 2', id='b04'),
    pytest.param(('Breast Imaging Report - Auckland City Hospital\n'
                  'Bilateral mammogram + bilateral ultrasound, 04/03/2026\n'
                  "Findings: Left breast 3 o'clock: 8 mm oval mass on mammography; on ult"
                  'rasound an oval parallel circumscribed hypoechoic mass, probable fibro'
                  'adenoma. Right breast: normal.\n'
                  'Mammographic assessment: BI-RADS 0 left.\n'
                  '\n'
                  'IMPRESSION:\n'
                  'Combined conclusion (mammography + ultrasound):\n'
                  'right 1, left 3.\n'
                  'Left ultrasound in 6 months.'),
                 '3 1', id='b05'),
    pytest.param(('Breast Clinic Imaging - Christchurch\n'
                  'Mammography and ultrasound, both breasts, 05/03/2026\n'
                  'Mammography alone: BI-RADS 0 (right asymmetry).\n'
                  "Ultrasound: right 11 o'clock asymmetry corresponds to normal glandular"
                  " tissue; 5 mm simple cyst left 2 o'clock.\n"
                  'Overall conclusion (mammography + ultrasound):\n'
                  'Right BI-RADS 1, left BI-RADS 2.\n'),
                 '2 1', id='b06',
                 marks=pytest.mark.xfail(strict=True, reason=("review b06 (B combined below): read '2 0'; under-r"
                                                          "each: 'Right BI-RADS 1, left BI-RADS 2.' (keyword "
                                                          "after each side) is not the list's shape"))),
    pytest.param(('BREAST ASSESSMENT FORM - Regional Screening Service\n'
                  'Client: 55F. Recalled from screening 12/02/2026 for left calcification'
                  's.\n'
                  'SECTION E - WORK-UP: magnification views left: 5 mm group of round pun'
                  'ctate calcifications, regional ultrasound negative.\n'
                  "SECTION F - RADIOLOGIST'S ASSESSMENT:\n"
                  'Final combined category (mammography + ultrasound):\n'
                  'right 1, left 3\n'
                  'Outcome: early review 6 months.'),
                 '3 1', id='b07',
                 marks=pytest.mark.xfail(strict=True, reason=("review b07 (B combined below): read '- -'; under-r"
                                                          "each of the r121 lead-in guard: the form's own 'SE"
                                                          "CTION F - ...:' line ends in a colon"))),
    pytest.param(('Breast ultrasound, LEFT - 6-month follow-up\n'
                  'Date: 12/03/2026\n'
                  'History: probably benign left mass under surveillance.\n'
                  'Previous report, 10/09/2025 (Dr K. Ito)\n'
                  'Combined conclusion (mammography + ultrasound):\n'
                  'left 3, right 1.\n'
                  '\n'
                  "Findings today: left 2 o'clock oval circumscribed parallel mass 7 x 4 "
                  'mm, previously 7 x 4 mm. No new lesion in the left breast.\n'
                  'Impression: stable probably benign mass, BI-RADS 3. Next ultrasound in'
                  ' 6 months.\n'),
                 '3 -', id='b08'),
    pytest.param(('Second-opinion review - Breast Imaging, Royal Infirmary\n'
                  'Date: 03/03/2026\n'
                  'Outside report (Clínica Norte, 11/2025) - translated\n'
                  '   Combined conclusion (mammography + ultrasound):\n'
                  '   right 4A, left 1.\n'
                  "Our review of the outside images: the right 11 o'clock 'mass' is a fat"
                  ' lobule seen in two planes; no solid lesion. Left: normal.\n'
                  'Opinion: BI-RADS 2, both breasts (benign fat lobule on the right).\n'),
                 '2 2', id='b09'),
    pytest.param(('Dear Dr Haddad,\n'
                  'Re: Mrs L. Osei, DOB 04/07/1979\n'
                  'I would be grateful if you could see this lady in the breast clinic. S'
                  'he has noticed a new lump in the left breast over the past 3 weeks. He'
                  'r last imaging was at your unit, 09/2025\n'
                  'Combined conclusion (mammography + ultrasound):\n'
                  'right 2, left 3.\n'
                  'She missed the 6-month follow-up. On examination today there is a 2 cm'
                  " mobile lump at 2 o'clock in the left breast.\n"
                  'Yours sincerely,\n'
                  'Dr P. Nwosu, GP'),
                 '- -', id='b10'),
    pytest.param(('Breast Ultrasound and Mammography - Mater Private\n'
                  'Date: 10/03/2026\n'
                  'Comparison: the last report from this department (14/02/2025) conclude'
                  'd:\n'
                  'Conclusion (mammography + ultrasound):\n'
                  'right 3, left 1.\n'
                  "Findings: the right 8 o'clock oval circumscribed mass is unchanged at "
                  '24 months, 6 mm. No new finding in either breast.\n'
                  'Impression: benign, stable for two years. BI-RADS 2, both breasts.'),
                 '2 2', id='b11'),
    pytest.param(('Breast Imaging - Singapore General Hospital\n'
                  'Bilateral mammography and ultrasound, 04/03/2026\n'
                  'Mammography alone: BI-RADS 0 (right spiculated density).\n'
                  "Ultrasound: right 10 o'clock 21 mm irregular hypoechoic mass with spic"
                  'ulated margins and shadowing. Left: normal.\n'
                  'Combined conclusion (mammography + ultrasound):\n'
                  "right 5 (spiculated 21 mm mass, 10 o'clock),\n"
                  'left 1.\n'
                  'Recommend US-guided biopsy.'),
                 '1 5', id='b12',
                 marks=pytest.mark.xfail(strict=True, reason=("review b12 (B combined below): read '- -'; under-r"
                                                          'each: a list wrapped over two lines with an aside '
                                                          "is not the rule's shape"))),
    pytest.param(('Breast Imaging Report - Clinique Saint-Luc, Bruxelles (translated)\n'
                  'Mammography + ultrasound, both breasts, 03/03/2026\n'
                  'Findings: Mammography: two oval circumscribed masses on the right, one'
                  ' on the left. Ultrasound: all three are simple cysts.\n'
                  'Result (mammography + ultrasound):\n'
                  'right 2 cysts, left 1 cyst.\n'
                  'All simple, no solid lesion. BI-RADS 2, bilateral.'),
                 '2 2', id='b13'),
    pytest.param(('NATIONAL SCREENING PROGRAMME - RESULT PRINTOUT\n'
                  'Client ID 48812, 57F\n'
                  'ROUND 4 (06/03/2026)\n'
                  'Consensus (mammography + ultrasound):\n'
                  'right 1, left 2\n'
                  'PREVIOUS ROUND 3 (2024)\n'
                  'Consensus (mammography + ultrasound):\n'
                  'right 1, left 3\n'
                  'Outcome round 4: routine recall 2 years.'),
                 '2 1', id='b14'),
    pytest.param(('Breast imaging double reading - Klinikum Nord (translated)\n'
                  'Bilateral mammography + ultrasound, 02/03/2026\n'
                  "Reader 1: mammography alone BI-RADS 0 left; ultrasound left 2 o'clock "
                  '7 mm simple cyst.\n'
                  'Agreed after double reading:\n'
                  'Conclusion (mammography + ultrasound):\n'
                  'right 1, left 2.\n'
                  'Routine screening.'),
                 '2 1', id='b15',
                 marks=pytest.mark.xfail(strict=True, reason=("review b15 (B combined below): read '0 -'; under-r"
                                                          "each of the r121 lead-in guard: the report's own '"
                                                          "Agreed after double reading:' ends in a colon"))),
    pytest.param(('EPR - Imaging results (newest first)\n'
                  '11/03/2026  MAMMOGRAPHY + US BILATERAL\n'
                  'Combined conclusion (mammography + ultrasound):\n'
                  'right 2, left 1.\n'
                  '\n'
                  '12/03/2025  MAMMOGRAPHY + US BILATERAL\n'
                  'Combined conclusion (mammography + ultrasound):\n'
                  'right 3, left 1.\n'),
                 '1 2', id='b16'),
    pytest.param(('Falemahaki Vaiola - Letiō [Radiology]\n'
                  'Ultrasound both breasts, 02/03/2026\n'
                  "Findings: Right breast 7 o'clock: 9 mm oval hypoechoic mass, circumscr"
                  'ibed, parallel. Left breast: normal.\n'
                  'Conclusion: Right breast BI-RADS 3. Left breast BI-RADS 1.\n'
                  '\n'
                  "Tānaki [Addendum] 05/03/2026: Kuo ma'u 'a e ngaahi 'ata mei he 2022. K"
                  "o e fa'ahinga BI-RADS 'o e huhu to'omata'u kuo liliu [The BI-RADS clas"
                  'sification of the right breast is changed] to 2 - benign, stable for m'
                  'ore than 3 years.\n'),
                 '1 2', id='c01'),
    pytest.param(('Bệnh viện Chợ Rẫy - Khoa Chẩn đoán hình ảnh\n'
                  'Siêu âm vú hai bên [Bilateral breast ultrasound] 03/03/2026\n'
                  'Kết luận [Conclusion]: Vú trái [Left breast]: BI-RADS 4A (10 mm irregu'
                  "lar nodule, 2 o'clock). Vú phải [Right breast]: BI-RADS 2.\n"
                  '\n'
                  'Phụ lục [Addendum] 09/03/2026: Sau hội chẩn, phân loại BI-RADS của vú '
                  'trái được điều chỉnh [The BI-RADS classification of the left breast is'
                  ' revised] to 4B; sinh thiết đã được lên lịch [biopsy scheduled].\n'),
                 '4B 2', id='c02'),
    pytest.param(('Semmelweis Egyetem - Radiológiai Klinika\n'
                  'Kétoldali mammográfia és emlő ultrahang [Bilateral mammography and bre'
                  'ast ultrasound], 2026.03.04.\n'
                  'Vélemény [Opinion]: Bal emlő [Left breast]: BI-RADS 4A, csoportos mikr'
                  'okalcifikáció [grouped microcalcifications]. Jobb emlő [Right breast]:'
                  ' BI-RADS 1.\n'
                  '\n'
                  'Kiegészítés [Addendum] 2026.03.10: A korábbi felvételek áttekintése ut'
                  'án a bal emlő BI-RADS besorolása módosul [The BI-RADS classification o'
                  'f the left breast is amended] to 3.\n'),
                 '3 1', id='c03'),
    pytest.param(('Centrum Diagnostyki Obrazowej - Kraków\n'
                  'USG piersi obustronne [Bilateral breast ultrasound], 02/03/2026\n'
                  'Wnioski [Conclusions]: Pierś prawa [Right breast]: BI-RADS 4A. Pierś l'
                  'ewa [Left breast]: BI-RADS 1.\n'
                  '\n'
                  'Aneks [Addendum] 11/03/2026: Po porównaniu z MR kategoria BI-RADS praw'
                  'ej piersi zostaje podwyższona [The BI-RADS category for the right brea'
                  'st is upgraded] to 4C. Zalecana biopsja [biopsy recommended].\n'),
                 '1 4C', id='c04'),
    pytest.param(('Valelevu Health Centre - Radiology, Suva\n'
                  'Ultrasound LEFT breast, 01/03/2026\n'
                  "Conclusion: 12 mm oval hypoechoic mass, 2 o'clock, BI-RADS 4A. Core bi"
                  'opsy booked.\n'
                  '\n'
                  'Vakuru [Addendum] 06/03/2026: Na iwiliwili ni BI-RADS ni sucu i mawi e'
                  ' vakalailaitaki [The BI-RADS classification of the left breast is down'
                  'graded from 4A] to 3 after review of the 2024 images; biopsy cancelled'
                  '.\n'),
                 '3 -', id='c05'),
    pytest.param(('Semmelweis Egyetem - Radiológiai Klinika\n'
                  'Bal oldali célzott mammográfia [Left targeted mammography], 2026.03.02'
                  '.\n'
                  'Vélemény [Opinion]: Bal emlő [Left breast]: BI-RADS 3, csoportos kerek'
                  ' mikrokalcifikáció [grouped round calcifications].\n'
                  '\n'
                  'Kiegészítés [Addendum] 2026.03.12: Compared with the previous study of'
                  ' 2023 the grouped calcifications are unchanged; a bal emlő BI-RADS bes'
                  'orolása módosul [The BI-RADS classification of the left breast is chan'
                  'ged] to 2.\n'),
                 '2 -', id='c06'),
    pytest.param(('Breast Imaging - Counties Manukau\n'
                  'Ultrasound LEFT breast (second opinion), 14/03/2026\n'
                  "Findings: left 2 o'clock 12 mm oval hypoechoic solid mass with one ang"
                  'ular margin.\n'
                  'Impression: left breast BI-RADS 4A; ultrasound-guided biopsy recommend'
                  'ed.\n'
                  '\n'
                  'ADDENDUM 20/03/2026: Outside images and their report have been receive'
                  'd. Their report, translated:\n'
                  '"Ultrasound of the left breast 11/2025: oval nodule 9 mm at 2 o\'clock.'
                  '\n'
                  'Adendo [Addendum]: A classificação BI-RADS da mama esquerda é alterada'
                  ' [The BI-RADS classification of the left breast is changed] para 3 [to'
                  ' 3]."\n'
                  'The nodule has grown from 9 to 12 mm since then; our recommendation fo'
                  'r biopsy stands.\n'),
                 '4A -', id='c07'),
    pytest.param(('Breast Imaging Centre - Wellington Regional\n'
                  'Bilateral breast ultrasound, 05/03/2026\n'
                  "Impression: Right 10 o'clock 13 mm irregular mass, BI-RADS 4B; biopsy."
                  ' Left: BI-RADS 1.\n'
                  'ADDENDUM 06/03/2026: The patient brought the report of her scan at hom'
                  'e in Apia (12/2025). Its addendum reads:\n'
                  "‘Fa'aopoopoga: Fa'avasegaga BI-RADS o le susu taumatau ua suia [The BI"
                  '-RADS classification of the right breast is changed] to 3.’\n'
                  'This does not alter our assessment; biopsy as planned.\n'),
                 '1 4B', id='c08'),
    pytest.param(('Rumah Sakit Dharmais - Radiologi\n'
                  'USG payudara kiri [Left breast ultrasound], 04/03/2026\n'
                  "Kesimpulan [Conclusion]: 14 mm complicated cyst, left 3 o'clock, BI-RA"
                  'DS 3.\n'
                  '\n'
                  'Adendum [Addendum] 05/03/2026: Klasifikasi BI-RADS payudara kiri akan '
                  'diubah [The BI-RADS classification of the left breast will be changed]'
                  ' to 2 if the aspirate is clear; aspiration booked 12/03/2026.\n'),
                 '3 -', id='c09'),
    pytest.param(('RS Kanker Dharmais - Unit Radiologi Payudara\n'
                  'USG payudara kiri [Left breast ultrasound], 09/03/2026\n'
                  'Kesimpulan [Conclusion]: new 6 mm irregular satellite nodule 1 cm from'
                  " the known left 2 o'clock lesion; left breast BI-RADS 4A, biopsy recom"
                  'mended.\n'
                  'Catatan [Note]: riwayat [history] - klasifikasi BI-RADS payudara kiri '
                  'diturunkan [The BI-RADS classification of the left breast was downgrad'
                  "ed] to 3 in 08/2025 after a benign core biopsy of the 2 o'clock lesion"
                  '.\n'),
                 '4A -', id='c10'),
    pytest.param(('Szpital Uniwersytecki - Zakład Radiologii\n'
                  'Mammografia i USG lewej piersi [Left mammography and ultrasound], 03/0'
                  '3/2026\n'
                  'Wnioski [Conclusions]: Pierś lewa [Left breast]: BI-RADS 4A.\n'
                  '\n'
                  'Aneks [Addendum] 10/03/2026: Konsylium pyta, czy kategorię BI-RADS lew'
                  'ej piersi można obniżyć [The tumour board asks whether the BI-RADS cat'
                  'egory of the left breast can be lowered] to 3; our answer: no, biopsy '
                  'is still advised.\n'),
                 '4A -', id='c11'),
    pytest.param(('Pracownia Mammografii - Wrocław\n'
                  'Mammografia obustronna [Bilateral mammography], 05/03/2026\n'
                  'Wnioski [Conclusions]: Pierś prawa [Right breast]: BI-RADS 2, łagodne '
                  'zwapnienia [benign calcifications]. Pierś lewa [Left breast]: BI-RADS '
                  '1.\n'
                  '\n'
                  'Aneks [Addendum] 06/03/2026: w 2024 kategoria BI-RADS prawej piersi zo'
                  'stała zmieniona [in 2024 the BI-RADS category of the right breast was '
                  'changed] to 3 at another centre; obecnie bez zmian [now unchanged].\n'),
                 '1 2', id='c12'),
    pytest.param(('Bệnh viện Đại học Y Dược - Khoa Chẩn đoán hình ảnh\n'
                  'Nhũ ảnh + siêu âm vú phải [Right mammography + ultrasound], 02/03/2026'
                  '\n'
                  'Kết luận [Conclusion]: Vú phải [Right breast]: BI-RADS 4A (11 mm indis'
                  "tinct mass, 9 o'clock).\n"
                  '\n'
                  'Phụ lục [Addendum] 08/03/2026: Phân loại BI-RADS của vú phải không hạ '
                  '[The BI-RADS classification of the right breast is not downgraded] to '
                  '3, as the referring surgeon asked; it remains 4A and biopsy is advised'
                  '.\n'),
                 '- 4A', id='c13'),
    pytest.param(('EMERGENCY DEPARTMENT - SURGICAL REFERRAL, Kingsway Hospital\n'
                  '14/03/2026 19:40\n'
                  'PC: painful swollen R breast, 5 days, fever 38.4. Breastfeeding, baby '
                  '6 weeks.\n'
                  'O/E: erythema and fluctuant 4 cm swelling, upper outer quadrant.\n'
                  'Imaging: US R BREAST 14/03/2026 - "Multiloculated collection 38 x 24 m'
                  'm, in keeping with abscess. BI-RADS 2."\n'
                  'Plan: aspiration under US tomorrow, flucloxacillin IV, analgesia.\n'
                  '\n'
                  'ADDENDUM 14/03/2026 23:15 (Dr Tembo, SHO):\n'
                  "Correction - the abscess is in the patient's LEFT breast, not the righ"
                  't. "R" above was typed in error; plan unchanged.\n'),
                 '2 -', id='d01'),
    pytest.param(('Breast clinic - Dr F. Mensah, Korle Bu\n'
                  '09/03/2026\n'
                  'Referred with R breast lump, 6 weeks.\n'
                  'US R BREAST 09/03/2026: "Irregular hypoechoic solid mass 14 mm at 10 o'
                  '\'clock, not parallel. BI-RADS 4A. Core biopsy taken."\n'
                  'Plan: review with histology in 1 week.\n'
                  '\n'
                  'ADDENDUM 09/03/2026 17:10:\n'
                  'CORRECTION: The mass is in the LEFT breast, not in the right. Dictatio'
                  'n error throughout this note.\n'),
                 '4A -', id='d02'),
    pytest.param(('Ward round note - Surgical Ward 7, Groote Schuur\n'
                  '02/03/2026 08:30\n'
                  'Day 2 post I&D L breast abscess.\n'
                  'US L BREAST 01/03/2026: "Residual 12 mm collection at the drainage sit'
                  'e. BI-RADS 2."\n'
                  'Plan: continue antibiotics, repeat US in 48 h.\n'
                  '\n'
                  'Addendum 02/03/2026 10:05:\n'
                  'Correction : the nodule was in the RIGHT breast, not the left as recor'
                  'ded. The I&D was of the right breast.\n'),
                 '- 2', id='d03'),
    pytest.param(('Emergency Medicine note - Hôpital Charles-LeMoyne (English)\n'
                  '07/03/2026 02:10\n'
                  'Complaint: tender lump L breast, 4 days.\n'
                  'Bedside US by radiology, US L BREAST: "Oval 18 mm collection, thick wa'
                  'll, consistent with abscess. BI-RADS 2."\n'
                  'Disposition: outpatient aspiration clinic.\n'
                  '\n'
                  'ADDENDUM 07/03/2026 09:00:\n'
                  "Correction: the lesion lies in the patient's right breast rather than "
                  'the left. Transcription error.\n'),
                 '- 2', id='d04'),
    pytest.param(('Surgical assessment unit - Ninewells\n'
                  '10/03/2026\n'
                  'Admitted with L breast cellulitis and swelling.\n'
                  'US L BREAST 10/03/2026: "Simple-appearing 22 mm cyst deep to the area '
                  'of cellulitis, no abscess. BI-RADS 2."\n'
                  'Plan: oral antibiotics, discharge.\n'
                  '\n'
                  'Addendum 1 - 10/03/2026 16:00: discharge letter sent.\n'
                  'Addendum 2 - Correction: the cyst is in the RIGHT breast, not the left'
                  '. The letter has been re-issued.\n'),
                 '- 2', id='d05'),
    pytest.param(('EMERGENCY DEPARTMENT - SURGICAL REFERRAL, Kingsway Hospital\n'
                  '14/03/2026 19:40\n'
                  'PC: painful swollen R breast, 5 days, fever 38.4. Breastfeeding, baby '
                  '6 weeks.\n'
                  'O/E: erythema and fluctuant 4 cm swelling, upper outer quadrant.\n'
                  'Imaging: US R BREAST 14/03/2026 - "Multiloculated collection 38 x 24 m'
                  'm, in keeping with abscess. BI-RADS 2."\n'
                  'Plan: aspiration under US tomorrow, flucloxacillin IV, analgesia.\n'
                  '\n'
                  'ADDENDUM 14/03/2026 23:15 (Dr Tembo, SHO):\n'
                  'Correction: the collection is located in the patient’s left breast, no'
                  't the right (my error on the referral).\n'),
                 '2 -', id='d06'),
    pytest.param(('EMERGENCY DEPARTMENT - SURGICAL REFERRAL, Kingsway Hospital\n'
                  '14/03/2026 19:40\n'
                  'PC: painful swollen R breast, 5 days, fever 38.4. Breastfeeding, baby '
                  '6 weeks.\n'
                  'O/E: erythema and fluctuant 4 cm swelling, upper outer quadrant.\n'
                  'Imaging: US R BREAST 14/03/2026 - "Multiloculated collection 38 x 24 m'
                  'm, in keeping with abscess. BI-RADS 2."\n'
                  'Plan: aspiration under US tomorrow, flucloxacillin IV, analgesia.\n'
                  '\n'
                  'ADDENDUM 14/03/2026 23:15 (Dr Tembo, SHO):\n'
                  'Laterality correction: the abscess is in the LEFT breast, not the righ'
                  't.\n'),
                 '2 -', id='d07',
                 marks=pytest.mark.xfail(strict=True, reason=("review d07 (D correction label): read '- 2'; under"
                                                          "-reach: 'Laterality correction:' has a word before"
                                                          " the label, refused as 'No correction:' is"))),
    pytest.param(('BILATERAL BREAST ULTRASOUND - Whanganui Hospital\n'
                  'Date: 08/03/2026. Indication: bilateral breast tenderness.\n'
                  "Findings: Right breast: 11 mm simple cyst at 9 o'clock. No solid mass "
                  'in either breast. Left breast: normal fibroglandular pattern. Axillae '
                  'normal.\n'
                  'Impression: Simple cyst. No suspicious finding. BI-RADS 2.\n'
                  '\n'
                  'ADDENDUM 09/03/2026: Correction: the cyst is in the LEFT breast, not t'
                  'he right (the body-marker on the stored image was wrong). Assessment u'
                  'nchanged.\n'),
                 '2 2', id='d08'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL - Eastern Health\n'
                  'Date: 02/03/2026\n'
                  'Clinical information (from the request): routine screening; small lump'
                  ' right breast?\n'
                  'Correction: the lump is in the LEFT breast, not the right - confirmed '
                  'with the patient by the radiographer; skin marker placed.\n'
                  'Breast density: B.\n'
                  "Findings: A skin marker overlies the left breast at 3 o'clock with no "
                  'underlying mammographic abnormality. No suspicious mass, calcification'
                  ' or distortion in either breast.\n'
                  'Impression: Negative. BI-RADS 1.\n'
                  'Recommendation: clinical assessment and ultrasound of the palpable lef'
                  't lump despite the normal mammogram.'),
                 '1 1', id='d09'),
    pytest.param(('ULTRASOUND LEFT BREAST - Bayside Imaging\n'
                  '10/03/2026\n'
                  "Indication: follow-up of left 3 o'clock complicated cyst; a right brea"
                  'st cyst was aspirated last year.\n'
                  "Findings: Left 3 o'clock: 8 mm complicated cyst with fine internal ech"
                  'oes, unchanged.\n'
                  'Impression: Probably benign complicated cyst, left breast. BI-RADS 3. '
                  'Follow-up ultrasound in 6 months.\n'
                  '\n'
                  'ADDENDUM 11/03/2026: Correction: the cyst was in the RIGHT breast last'
                  ' year, not the left, as the comparison sentence of the draft said. Tod'
                  "ay's examination and assessment concern the left breast only.\n"),
                 '3 -', id='d10'),
    pytest.param(('RIGHT BREAST MRI - Follow-up\n'
                  'Date: 05/03/2026\n'
                  "Findings: right 8 o'clock 6 mm enhancing focus, stable since 09/2025, "
                  'persistent kinetics.\n'
                  'Impression: right breast BI-RADS 3, MRI in 6 months.\n'
                  '\n'
                  'ADDENDUM 06/03/2026:\n'
                  'Correction: the cyst was in the LEFT breast, not the right, on the 202'
                  "4 ultrasound quoted in the history. Today's assessment is unchanged.\n"),
                 '- 3', id='d11'),
    pytest.param(('EMERGENCY DEPARTMENT - SURGICAL REFERRAL, Kingsway Hospital\n'
                  '14/03/2026 19:40\n'
                  'PC: painful swollen R breast, 5 days, fever 38.4. Breastfeeding, baby '
                  '6 weeks.\n'
                  'O/E: erythema and fluctuant 4 cm swelling, upper outer quadrant.\n'
                  'Imaging: US R BREAST 14/03/2026 - "Multiloculated collection 38 x 24 m'
                  'm, in keeping with abscess. BI-RADS 2."\n'
                  'Plan: aspiration under US tomorrow, flucloxacillin IV, analgesia.\n'
                  '\n'
                  'ADDENDUM 14/03/2026 23:15 (Mr Adeyemi, registrar):\n'
                  'No correction needed: the abscess is in the right breast as documented'
                  ', not the left as the ward queried.\n'),
                 '- 2', id='d12'),
    pytest.param(('EMERGENCY DEPARTMENT - SURGICAL REFERRAL, Kingsway Hospital\n'
                  '14/03/2026 19:40\n'
                  'PC: painful swollen R breast, 5 days, fever 38.4. Breastfeeding, baby '
                  '6 weeks.\n'
                  'O/E: erythema and fluctuant 4 cm swelling, upper outer quadrant.\n'
                  'Imaging: US R BREAST 14/03/2026 - "Multiloculated collection 38 x 24 m'
                  'm, in keeping with abscess. BI-RADS 2."\n'
                  'Plan: aspiration under US tomorrow, flucloxacillin IV, analgesia.\n'
                  '\n'
                  'ADDENDUM 14/03/2026 23:15 (Dr Tembo, SHO):\n'
                  'Correction: the abscess is probably in the LEFT breast, not the right '
                  '- to be confirmed on repeat scan tomorrow.\n'),
                 '- 2', id='d13'),
    pytest.param(('EMERGENCY DEPARTMENT - SURGICAL REFERRAL, Kingsway Hospital\n'
                  '14/03/2026 19:40\n'
                  'PC: painful swollen R breast, 5 days, fever 38.4. Breastfeeding, baby '
                  '6 weeks.\n'
                  'O/E: erythema and fluctuant 4 cm swelling, upper outer quadrant.\n'
                  'Imaging: US R BREAST 14/03/2026 - "Multiloculated collection 38 x 24 m'
                  'm, in keeping with abscess. BI-RADS 2."\n'
                  'Plan: aspiration under US tomorrow, flucloxacillin IV, analgesia.\n'
                  '\n'
                  'ADDENDUM 14/03/2026 23:15 (Dr Tembo, SHO):\n'
                  'Correction requested: the abscess is in the LEFT breast, not the right'
                  '? Please check with radiology before the aspiration.\n'),
                 '- 2', id='d14'),
    pytest.param(('EMERGENCY DEPARTMENT - SURGICAL REFERRAL, Kingsway Hospital\n'
                  '14/03/2026 19:40\n'
                  'PC: painful swollen R breast, 5 days, fever 38.4. Breastfeeding, baby '
                  '6 weeks.\n'
                  'O/E: erythema and fluctuant 4 cm swelling, upper outer quadrant.\n'
                  'Imaging: US R BREAST 14/03/2026 - "Multiloculated collection 38 x 24 m'
                  'm, in keeping with abscess. BI-RADS 2."\n'
                  'Plan: aspiration under US tomorrow, flucloxacillin IV, analgesia.\n'
                  '\n'
                  'ADDENDUM 14/03/2026 23:15 (Dr Tembo, SHO):\n'
                  'Correction: the abscess is in the RIGHT breast, not the left as writte'
                  'n on the triage note. This note is correct.\n'),
                 '- 2', id='d15'),
    pytest.param(('BILATERAL BREAST ULTRASOUND - Palmerston North\n'
                  'Date: 04/03/2026\n'
                  "Findings: Right breast: 9 mm simple cyst at 10 o'clock. Left breast: n"
                  'ormal.\n'
                  'Impression: Right breast simple cyst, BI-RADS 2.\n'
                  '\n'
                  'ADDENDUM 05/03/2026: Correction: the cyst is in the LEFT breast, not t'
                  'he right; the right breast is normal.\n'),
                 '2 -', id='d16'),
    pytest.param(("WHO SURGICAL SAFETY CHECKLIST - Theatre 4, St Andrew's War Memorial\n"
                  'Procedure: wire-guided wide local excision, LEFT breast\n'
                  'SIGN IN 08:12 - consent checked, site marked: yes (LEFT)\n'
                  'TIME OUT 08:31\n'
                  '  Essential imaging displayed: yes - US RIGHT BREAST 20/02/2026: "9 mm'
                  " irregular hypoechoic mass at 2 o'clock; core biopsy: IDC grade 1. BI-"
                  'RADS 6."\n'
                  'SIGN OUT 09:40 - specimen labelled LEFT breast WLE, counts correct\n'
                  '\n'
                  'AMENDED ENTRY 02/03/2026 10:05 (RN K. Blake): the images displayed at '
                  'time-out were US LEFT BREAST 20/02/2026, not right; keying error on th'
                  'e electronic form.\n'),
                 '6 -', id='e01'),
    pytest.param(('Five Steps to Safer Surgery - Breast list, Leeds\n'
                  'Operation: excision of RIGHT breast fibroadenoma\n'
                  'Team brief 13:00. TIME OUT 13:42\n'
                  'Imaging on screen: US LEFT BREAST 03/02/2026 - "Oval circumscribed 24 '
                  'mm hypoechoic mass, 11 o\'clock; core: fibroadenoma. BI-RADS 2."\n'
                  'SIGN OUT 14:20 - specimen: right breast lump.\n'
                  '\n'
                  'ADDENDUM 12/03/2026 15:00 (theatre coordinator): the study displayed a'
                  't time out was US RIGHT BREAST 03/02/2026, not the left. Entry correct'
                  'ed on the electronic record.\n'),
                 '- 2', id='e02'),
    pytest.param(('SURGICAL SAFETY CHECKLIST - Day Surgery Unit\n'
                  'Procedure: hookwire-guided excision, LEFT breast calcifications\n'
                  'TIME OUT 10:02\n'
                  'Imaging displayed: yes - MAMMOGRAM RIGHT BREAST 05/02/2026 "Segmental '
                  'fine pleomorphic calcifications 18 mm, upper outer quadrant; vacuum bi'
                  'opsy: high-grade DCIS. BI-RADS 6."\n'
                  'SIGN OUT 11:15\n'
                  '\n'
                  'AMENDED ENTRY 11:30 (ODP J. Singh): the imaging displayed at Time-Out '
                  'was MAMMOGRAM LEFT BREAST 05/02/2026, not right - transcription slip.\n'),
                 '6 -', id='e03'),
    pytest.param(('surgical safety checklist (electronic) - breast theatre\n'
                  'procedure: right mastectomy + SLNB\n'
                  'time out 08:50 - imaging displayed: US LEFT BREAST 21/02/2026 "34 mm i'
                  'rregular mass 12 o\'clock, skin thickening. BI-RADS 5."\n'
                  'sign out 11:05\n'
                  '\n'
                  'corrected entry 11:20: the imaging displayed at time out was us right '
                  'breast 21/02/2026, not left as recorded at the time.\n'),
                 '- 5', id='e04'),
    pytest.param(('THEATRE SAFETY CHECKLIST - Breast Unit, Hospital Kuala Lumpur\n'
                  'Procedure: excision biopsy RIGHT breast lump\n'
                  'TIME OUT 14:10 - imaging displayed: US LEFT BREAST 02/03/2026 "Complex'
                  ' cystic and solid 15 mm mass, 9 o\'clock. BI-RADS 4B."\n'
                  'SIGN OUT 15:00\n'
                  '\n'
                  'AMENDED ENTRY 15:20: the image displayed at time out was US RIGHT BREA'
                  'ST, not left.\n'),
                 '- 4B', id='e05'),
    pytest.param(("WHO SURGICAL SAFETY CHECKLIST - Theatre 4, St Andrew's War Memorial\n"
                  'Procedure: wire-guided wide local excision, LEFT breast\n'
                  'SIGN IN 08:12 - consent checked, site marked: yes (LEFT)\n'
                  'TIME OUT 08:31\n'
                  '  Essential imaging displayed: yes - US LEFT BREAST 20/02/2026: "9 mm '
                  "irregular hypoechoic mass at 2 o'clock; core biopsy: IDC grade 1. BI-R"
                  'ADS 6."\n'
                  'SIGN OUT 09:40 - specimen labelled LEFT breast WLE, counts correct\n'
                  '\n'
                  'AMENDED ENTRY 02/03/2026 10:05 (RN K. Blake): the imaging displayed at'
                  ' Time Out was US RIGHT BREAST 2023, not left; this was noticed by the '
                  'surgeon and the current LEFT breast images were then opened and checke'
                  'd before incision. Incident report 55102 raised.\n'),
                 '6 -', id='e06'),
    pytest.param(("WHO SURGICAL SAFETY CHECKLIST - Theatre 4, St Andrew's War Memorial\n"
                  'Procedure: wire-guided wide local excision, LEFT breast\n'
                  'SIGN IN 08:12 - consent checked, site marked: yes (LEFT)\n'
                  'TIME OUT 08:31\n'
                  '  Essential imaging displayed: yes - US LEFT BREAST 20/02/2026: "9 mm '
                  "irregular hypoechoic mass at 2 o'clock; core biopsy: IDC grade 1. BI-R"
                  'ADS 6."\n'
                  'SIGN OUT 09:40 - specimen labelled LEFT breast WLE, counts correct\n'
                  '\n'
                  'Debrief 09:45: the imaging displayed at Time Out was US RIGHT BREAST 1'
                  '4/01/2026, not left - noted by the scrub nurse and replaced by the cor'
                  'rect study before incision.\n'),
                 '6 -', id='e07'),
    pytest.param(("WHO SURGICAL SAFETY CHECKLIST - Theatre 4, St Andrew's War Memorial\n"
                  'Procedure: wire-guided wide local excision, LEFT breast\n'
                  'SIGN IN 08:12 - consent checked, site marked: yes (LEFT)\n'
                  'TIME OUT 08:31\n'
                  '  Essential imaging displayed: yes - US LEFT BREAST 14/02/2026: "9 mm '
                  "irregular hypoechoic mass at 2 o'clock; core biopsy: IDC grade 1. BI-R"
                  'ADS 6."\n'
                  'SIGN OUT 09:40 - specimen labelled LEFT breast WLE, counts correct\n'
                  '\n'
                  'AMENDED ENTRY 02/03/2026 10:05: the imaging displayed at time out was '
                  'US LEFT BREAST 20/02/2026, not 14/02/2026 as typed.\n'),
                 '6 -', id='e08'),
    pytest.param(('SURGICAL SAFETY CHECKLIST - Breast theatre 2\n'
                  'Procedure: RIGHT breast WLE + sentinel node biopsy\n'
                  'TIME OUT 09:05\n'
                  'Imaging displayed: yes - MG BOTH BREASTS 10/02/2026 ("BI-RADS 2, both '
                  'breasts") and US LEFT BREAST 12/02/2026 ("16 mm irregular mass 10 o\'cl'
                  'ock; BI-RADS 4B; core: IDC")\n'
                  'SIGN OUT 10:40\n'
                  '\n'
                  'AMENDED ENTRY 10:55: the scan displayed at time out was US RIGHT BREAS'
                  'T 12/02/2026, not left as typed.\n'),
                 '2 4B', id='e09'),
    pytest.param(("WHO SURGICAL SAFETY CHECKLIST - Theatre 4, St Andrew's War Memorial\n"
                  'Procedure: wire-guided wide local excision, LEFT breast\n'
                  'SIGN IN 08:12 - consent checked, site marked: yes (LEFT)\n'
                  'TIME OUT 08:31\n'
                  '  Essential imaging displayed: yes - US LEFT BREAST 20/02/2026: "9 mm '
                  "irregular hypoechoic mass at 2 o'clock; core biopsy: IDC grade 1. BI-R"
                  'ADS 6."\n'
                  'SIGN OUT 09:40 - specimen labelled LEFT breast WLE, counts correct\n'
                  '\n'
                  'AMENDED ENTRY 02/03/2026 10:05: the imaging displayed at Time Out was '
                  'US RIGHT BREAST 2022, not left, because PACS opened the oldest study f'
                  'irst; the current left study was displayed before incision.\n'),
                 '6 -', id='e10'),
    pytest.param(('WHO SURGICAL SAFETY CHECKLIST - Theatre 3, Middlemore\n'
                  'Procedure: LEFT breast wide local excision + RIGHT breast reduction (s'
                  'ymmetrisation)\n'
                  'SIGN IN 08:05 - consent checked, sites marked: yes\n'
                  'TIME OUT 08:29\n'
                  '  Essential imaging displayed: yes - US LEFT BREAST 20/02/2026: "11 mm'
                  " irregular hypoechoic mass at 2 o'clock; core biopsy: IDC grade 2. BI-"
                  'RADS 6."\n'
                  'SIGN OUT 11:10 - specimens: left WLE, right reduction tissue\n'
                  '\n'
                  'AMENDED ENTRY 02/03/2026 11:30: the side for the reduction on the cons'
                  'ent form was RIGHT breast, not left as typed above; the procedure line'
                  ' is correct.\n'),
                 '6 -', id='e11'),
    pytest.param(("WHO SURGICAL SAFETY CHECKLIST - Theatre 4, St Andrew's War Memorial\n"
                  'Procedure: wire-guided wide local excision, LEFT breast\n'
                  'SIGN IN 08:12 - consent checked, site marked: yes (LEFT)\n'
                  'TIME OUT 08:31\n'
                  '  Essential imaging displayed: yes - US RIGHT BREAST 20/02/2026: "9 mm'
                  " irregular hypoechoic mass at 2 o'clock; core biopsy: IDC grade 1. BI-"
                  'RADS 6."\n'
                  'SIGN OUT 09:40 - specimen labelled LEFT breast WLE, counts correct\n'
                  '\n'
                  'AMENDED ENTRY 02/03/2026 10:05: the imaging displayed at time out was '
                  'US of the LEFT breast 20/02/2026, not right as typed above.\n'),
                 '6 -', id='e12',
                 marks=pytest.mark.xfail(strict=True, reason=("review e12 (E time out): read '- 6'; under-reach: "
                                                          "the title 'US of the LEFT breast' is not the 'US L"
                                                          "EFT BREAST' shape"))),
    pytest.param(('PRE-OPERATIVE BRIEFING - Breast list, Theatre 2, Royal Hobart\n'
                  'Date: 18/03/2026\n'
                  'Patient: excision of LEFT breast lump (enlarging fibroadenoma)\n'
                  'Imaging check: PACS opened US LEFT BREAST 06/2025 ("BI-RADS 4A; core b'
                  'iopsy: fibroadenoma") first - the diagnostic scan, closed.\n'
                  'Current study on screen: US LEFT BREAST 02/03/2026 - 34 mm oval circum'
                  "scribed mass at 1 o'clock, enlarged from 26 mm. BI-RADS 3.\n"
                  'Surgeon confirmed side and site with the patient.\n'),
                 '3 -', id='f01'),
    pytest.param(('Breast MDT - 10/03/2026\n'
                  'Patient 3: 49F, right breast IDC, completed neoadjuvant chemotherapy.\n'
                  "Baseline: MRI RIGHT BREAST 2025 “BI-RADS 5; 31 mm irregular mass 10 o'"
                  'clock, two abnormal nodes”.\n'
                  'Post-NACT MRI 24/02/2026: marked response, 6 mm residual enhancement a'
                  't the clip. BI-RADS 6.\n'
                  'Outcome: right WLE + targeted axillary dissection.'),
                 '- 6', id='f02'),
    pytest.param(('Breast Clinic - Dr H. Lindqvist, Karolinska (letter in English)\n'
                  '12/03/2026\n'
                  'Dear colleague,\n'
                  'Mrs A. Berg attended today. She had US RIGHT BREAST 09/2024 ("BI-RADS '
                  '3, 8 mm oval mass at 8 o\'clock") and was followed for two years.\n'
                  "Today's ultrasound: the 8 o'clock mass is unchanged at 8 mm.\n"
                  'BI-RADS 2. She returns to routine screening.\n'
                  'Yours sincerely'),
                 '- 2', id='f03'),
    pytest.param(('Breast surgery follow-up note - Hospital Clínic (English)\n'
                  '04/03/2026\n'
                  'At the time, MAMMOGRAPHY RIGHT BREAST 12.2024 ("BI-RADS 4C; VAB: radia'
                  'l scar, no atypia") - excision declined by the patient.\n'
                  'Current mammogram 02/03/2026: stable 9 mm distortion at the VAB site, '
                  'clip in place. BI-RADS 3; short-interval follow-up.\n'),
                 '- 3', id='f04'),
    pytest.param(('SURGICAL SAFETY CHECKLIST - Breast theatre\n'
                  'Date: 11/03/2026\n'
                  'Procedure: US-guided wire localisation + excision, RIGHT breast\n'
                  'Time out: PACS first opened US LEFT BREAST 10/2025 ("BI-RADS 2; simple'
                  ' cysts") - wrong side, closed.\n'
                  'Current study displayed: US RIGHT BREAST 04/03/2026: "9 mm irregular m'
                  'ass 7 o\'clock. BI-RADS 4A."\n'),
                 '- 4A', id='f05'),
    pytest.param(('PRE-ASSESSMENT CLINIC - Breast surgery, Waikato\n'
                  'Date: 08/01/2026\n'
                  'Procedure planned: LEFT wide local excision + sentinel node biopsy, 22'
                  '/01/2026\n'
                  'Diagnostic imaging: MAMMOGRAM LEFT BREAST 12/2025 ("BI-RADS 5; 21 mm s'
                  'piculated mass, upper outer quadrant"); core biopsy 19/12/2025: invasi'
                  've ductal carcinoma, grade 2.\n'
                  'Contralateral breast: right breast clear on the same mammogram, BI-RAD'
                  'S 1.\n'
                  'Bloods, ECG normal. Fit for GA.\n'),
                 '5 1', id='f06'),
    pytest.param(('PRE-OPERATIVE ASSESSMENT - Breast Unit, Ipswich\n'
                  'Date: 14/01/2026\n'
                  'Index imaging: US RIGHT BREAST 12/2025 ("BI-RADS 4B; core biopsy: papi'
                  'llary lesion with atypia")\n'
                  'Rad-path concordance (BI-RADS vs histology): concordant.\n'
                  'Plan: right breast excision biopsy under wire localisation, 28/01/2026'
                  '.\n'),
                 '- 4B', id='f07'),
    pytest.param(('Second-look ultrasound - LEFT breast, Sunnybrook\n'
                  'Date: 06/03/2026\n'
                  'Indication: MRI LEFT BREAST 01/2026 ("BI-RADS 4C; 8 mm irregular enhan'
                  'cing mass at 2 o\'clock").\n'
                  "Findings: at 2 o'clock a 7 mm oval parallel circumscribed hypoechoic m"
                  'ass, probable fibroadenoma, corresponding in size and site.\n'
                  'Impression: correlate found, probably benign appearance on ultrasound;'
                  ' given the MRI features, BI-RADS 4A; US-guided biopsy.\n'),
                 '4A -', id='f08'),
    pytest.param(('THEATRE BOARD NOTE (printout)\n'
                  'List: RIGHT breast excision biopsy\n'
                  'Imaging displayed: US RIGHT BREAST 11/2024 ("BI-RADS 4A; core biopsy: '
                  'complex sclerosing lesion")\n'
                  'No later imaging on PACS.\n'
                  'Surgeon: Ms A. Okonjo\n'),
                 '- 4A', id='f09'),
    pytest.param(('BREAST CLINIC LETTER - Princess Alexandra Hospital\n'
                  '06/02/2026\n'
                  'Diagnosis: RIGHT breast 14 mm intraductal papilloma with atypia on cor'
                  'e biopsy.\n'
                  'Imaging: ULTRASOUND RIGHT BREAST 12/2025 ("BI-RADS 4B; 14 mm intraduct'
                  'al mass, 11 o\'clock").\n'
                  'I explained the BI-RADS system to her and why excision is advised desp'
                  'ite the benign core result.\n'
                  'Plan: right breast excision under US-guided wire, 20/02/2026.\n'),
                 '- 4B', id='f10'),
    pytest.param(('ULTRASOUND LEFT BREAST - follow-up\n'
                  'Date: 03/03/2026\n'
                  'Comparison: US LEFT BREAST 05/2025 ("BI-RADS 3, 7 mm oval mass 3 o\'clo'
                  'ck").\n'
                  "Findings: the 3 o'clock oval mass measures 7 mm, unchanged.\n"
                  'Impression: stable, benign. BI-RADS 2.\n'),
                 '2 -', id='f11'),
    pytest.param(('Referral letter - Dr M. Farouk, GP\n'
                  '05/01/2026\n'
                  'Dear breast team,\n'
                  'Please see Mrs Y. Haddad. MAMMOGRAM RIGHT BREAST 12/2025 ("BI-RADS 0; '
                  'focal asymmetry") and US RIGHT BREAST 12/2025 ("BI-RADS 3; 6 mm oval m'
                  'ass") were done privately. She is anxious and asks for a specialist op'
                  'inion.\n'
                  'Kind regards'),
                 '- 3', id='f12',
                 marks=pytest.mark.xfail(strict=True, reason=("review f12 (F titled quote): read '- 0'; older beh"
                                                          'aviour: two titled quotes of a work-up, the mammog'
                                                          "ram's 0 outranks the ultrasound's 3"))),
    pytest.param(('Breast MDT outcome - Nottingham City\n'
                  '09/01/2026\n'
                  'Patient: 63F, LEFT breast cancer.\n'
                  'Diagnostic imaging: MAMMOGRAM LEFT BREAST 12/2025 ("BI-RADS 5; 26 mm s'
                  'piculated mass").\n'
                  'Staging MRI 05/01/2026: left breast BI-RADS 6, no additional lesion; r'
                  'ight breast BI-RADS 1.\n'
                  'Outcome: left mastectomy + SLNB.\n'),
                 '6 1', id='f13'),
    pytest.param(('Rumah Sakit Siloam - Radiologi Payudara\n'
                  'Mamografi bilateral [Bilateral mammography], 06/03/2026\n'
                  'Kategori mamografi saja [Mammography-only category]:\n'
                  'Kanan [Right]: BI-RADS 0 (14 mm asymmetry, upper inner quadrant).\n'
                  'Kiri [Left]: BI-RADS 1.\n'
                  'USG [Ultrasound]: booked 12/03/2026.\n'),
                 '1 0', id='p01'),
    pytest.param(('Rumah Sakit Siloam - Radiologi Payudara\n'
                  'Mamografi bilateral [Bilateral mammography], 06/03/2026\n'
                  'Kategori mamografi saja [Mammography category]:\n'
                  'Kanan [Right]: BI-RADS 0 (14 mm asymmetry, upper inner quadrant).\n'
                  'Kiri [Left]: BI-RADS 1.\n'
                  'USG [Ultrasound]: booked 12/03/2026.\n'
                  'Kesimpulan gabungan [Combined conclusion] (mammography + ultrasound): '
                  'to follow after the ultrasound.\n'),
                 '1 0', id='p02'),
    pytest.param(('Rumah Sakit Siloam - Radiologi Payudara\n'
                  'Mamografi bilateral [Bilateral mammography], 06/03/2026\n'
                  'Mammography-only category:\n'
                  'Kanan [Right]: BI-RADS 0 (14 mm asymmetry, upper inner quadrant).\n'
                  'Kiri [Left]: BI-RADS 1.\n'
                  'USG [Ultrasound]: booked 12/03/2026.\n'
                  'Kesimpulan gabungan [Combined conclusion] (mammography + ultrasound): '
                  'to follow after the ultrasound.\n'),
                 '1 0', id='p03'),
    pytest.param(('Second-opinion review - Breast Imaging, Royal Infirmary\n'
                  'Date: 03/03/2026\n'
                  'Outside report (Clínica Norte, 11/2025) - translated:\n'
                  '   Combined conclusion (mammography + ultrasound):\n'
                  '   right 4A, left 1.\n'
                  "Our review of the outside images: the right 11 o'clock 'mass' is a fat"
                  ' lobule seen in two planes; no solid lesion. Left: normal.\n'
                  'Opinion: BI-RADS 2, both breasts (benign fat lobule on the right).\n'),
                 '2 2', id='p04'),
    pytest.param(('Second-opinion review - Breast Imaging, Royal Infirmary\n'
                  'Date: 03/03/2026\n'
                  'Outside report (Clínica Norte, 11/2025) - translated\n'
                  'Combined conclusion (mammography + ultrasound):\n'
                  'right 4A, left 1.\n'
                  "Our review of the outside images: the right 11 o'clock 'mass' is a fat"
                  ' lobule seen in two planes; no solid lesion. Left: normal.\n'
                  'Opinion: BI-RADS 2, both breasts (benign fat lobule on the right).\n'),
                 '2 2', id='p05'),
    pytest.param(('Dear Dr Haddad,\n'
                  'Re: Mrs L. Osei, DOB 04/07/1979\n'
                  'I would be grateful if you could see this lady in the breast clinic. S'
                  'he has noticed a new lump in the left breast over the past 3 weeks. He'
                  'r last imaging was at your unit, 09/2025:\n'
                  'Combined conclusion (mammography + ultrasound):\n'
                  'right 2, left 3.\n'
                  'She missed the 6-month follow-up. On examination today there is a 2 cm'
                  " mobile lump at 2 o'clock in the left breast.\n"
                  'Yours sincerely,\n'
                  'Dr P. Nwosu, GP'),
                 '- -', id='p06'),
    pytest.param(('Dear Dr Haddad,\n'
                  'Her last imaging was at your unit, 09/2025\n'
                  'Combined conclusion (mammography + ultrasound):\n'
                  'right 2, left 3.\n'
                  'Yours sincerely,\n'
                  'Dr P. Nwosu, GP'),
                 '- -', id='p07'),
    pytest.param(('NATIONAL SCREENING PROGRAMME - RESULT PRINTOUT\n'
                  'Client ID 48812, 57F\n'
                  'ROUND 4 (06/03/2026)\n'
                  'Consensus (mammography + ultrasound):\n'
                  'right 1, left 2\n'
                  'PREVIOUS ROUND 3 (2024):\n'
                  'Consensus (mammography + ultrasound):\n'
                  'right 1, left 3\n'
                  'Outcome round 4: routine recall 2 years.'),
                 '2 1', id='p08'),
    pytest.param(('Breast Imaging Centre - Wellington Regional\n'
                  'Bilateral breast ultrasound, 05/03/2026\n'
                  "Impression: Right 10 o'clock 13 mm irregular mass, BI-RADS 4B; biopsy."
                  ' Left: BI-RADS 1.\n'
                  'ADDENDUM 06/03/2026: The patient brought the report of her scan at hom'
                  'e in Apia (12/2025). Its addendum reads:\n'
                  '"Fa\'aopoopoga: Fa\'avasegaga BI-RADS o le susu taumatau ua suia [The BI'
                  '-RADS classification of the right breast is changed] to 3."\n'
                  'This does not alter our assessment; biopsy as planned.\n'),
                 '1 4B', id='p09'),
    pytest.param(('Breast Imaging Centre - Wellington Regional\n'
                  'Bilateral breast ultrasound, 05/03/2026\n'
                  "Impression: Right 10 o'clock 13 mm irregular mass, BI-RADS 4B; biopsy."
                  ' Left: BI-RADS 1.\n'
                  'ADDENDUM 06/03/2026: The patient brought the report of her scan at hom'
                  'e in Apia (12/2025). Its addendum reads:\n'
                  "'Fa'aopoopoga: Fa'avasegaga BI-RADS o le susu taumatau ua suia [The BI"
                  "-RADS classification of the right breast is changed] to 3.'\n"
                  'This does not alter our assessment; biopsy as planned.\n'),
                 '1 4B', id='p10'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  "Findings: 11 mm simple cyst, right 9 o'clock. Left normal.\n"
                  'Impression: Simple cyst. BI-RADS 2.\n'
                  '\n'
                  'ADDENDUM: Correction: the cyst is in the LEFT breast, not the right.\n'),
                 '2 2', id='p11'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Clinical information: lump right breast?\n'
                  'Correction: the lump is in the LEFT breast, not the right.\n'
                  'Findings: no suspicious mass, calcification or distortion in either br'
                  'east.\n'
                  'Impression: Negative. BI-RADS 1.\n'),
                 '1 1', id='p12'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Clinical information: lump right breast? Correction: the lump is in th'
                  'e LEFT breast, not the right.\n'
                  'Findings: no suspicious mass, calcification or distortion in either br'
                  'east.\n'
                  'Impression: Negative. BI-RADS 1.\n'),
                 '1 1', id='p13'),
    pytest.param(('ULTRASOUND LEFT BREAST - Bayside Imaging\n'
                  '10/03/2026\n'
                  "Indication: follow-up of left 3 o'clock complicated cyst; a right brea"
                  'st cyst was aspirated last year.\n'
                  "Findings: Left 3 o'clock: 8 mm complicated cyst with fine internal ech"
                  'oes, unchanged.\n'
                  'Impression: Probably benign complicated cyst, left breast. BI-RADS 3. '
                  'Follow-up ultrasound in 6 months.\n'
                  '\n'
                  'ADDENDUM 11/03/2026: Correction: the cyst was in the RIGHT breast in 2'
                  '025, not the left, as the comparison sentence of the draft said. Today'
                  "'s examination and assessment concern the left breast only.\n"),
                 '3 -', id='p14'),
    pytest.param(('ULTRASOUND LEFT BREAST - Bayside Imaging\n'
                  '10/03/2026\n'
                  "Indication: follow-up of left 3 o'clock complicated cyst; a right brea"
                  'st cyst was aspirated last year.\n'
                  "Findings: Left 3 o'clock: 8 mm complicated cyst with fine internal ech"
                  'oes, unchanged.\n'
                  'Impression: Probably benign complicated cyst, left breast. BI-RADS 3. '
                  'Follow-up ultrasound in 6 months.\n'
                  '\n'
                  'ADDENDUM 11/03/2026: Correction: the cyst was in the RIGHT breast at h'
                  'er last visit, not the left, as the comparison sentence of the draft s'
                  "aid. Today's examination and assessment concern the left breast only.\n"),
                 '3 -', id='p15'),
    pytest.param(('RIGHT BREAST MRI - Follow-up\n'
                  'Date: 05/03/2026\n'
                  "Findings: right 8 o'clock 6 mm enhancing focus, stable since 09/2025, "
                  'persistent kinetics.\n'
                  'Impression: right breast BI-RADS 3, MRI in 6 months.\n'
                  '\n'
                  'ADDENDUM 06/03/2026:\n'
                  'Correction: the cyst was in the LEFT breast on the 2024 ultrasound, no'
                  "t the right quoted in the history. Today's assessment is unchanged.\n"),
                 '- 3', id='p16'),
    pytest.param(("WHO SURGICAL SAFETY CHECKLIST - Theatre 4, St Andrew's War Memorial\n"
                  'Procedure: wire-guided wide local excision, LEFT breast\n'
                  'SIGN IN 08:12 - consent checked, site marked: yes (LEFT)\n'
                  'TIME OUT 08:31\n'
                  '  Essential imaging displayed: yes - US LEFT BREAST 20/02/2026: "9 mm '
                  "irregular hypoechoic mass at 2 o'clock; core biopsy: IDC grade 1. BI-R"
                  'ADS 6."\n'
                  'SIGN OUT 09:40 - specimen labelled LEFT breast WLE, counts correct\n'
                  '\n'
                  'AMENDED ENTRY 02/03/2026 10:05 (RN K. Blake): the imaging displayed at'
                  ' Time Out was US RIGHT BREAST 2023, not left; this was noticed by the '
                  'surgeon and the correct LEFT breast images were then opened and checke'
                  'd before incision. Incident report 55102 raised.\n'),
                 '6 -', id='p17'),
    pytest.param(("WHO SURGICAL SAFETY CHECKLIST - Theatre 4, St Andrew's War Memorial\n"
                  'Procedure: wire-guided wide local excision, LEFT breast\n'
                  'SIGN IN 08:12 - consent checked, site marked: yes (LEFT)\n'
                  'TIME OUT 08:31\n'
                  '  Essential imaging displayed: yes - US LEFT BREAST 20/02/2026: "9 mm '
                  "irregular hypoechoic mass at 2 o'clock; core biopsy: IDC grade 1. BI-R"
                  'ADS 6."\n'
                  'SIGN OUT 09:40 - specimen labelled LEFT breast WLE, counts correct\n'
                  '\n'
                  'AMENDED ENTRY 02/03/2026 10:05 (RN K. Blake): the imaging displayed at'
                  ' Time Out was US RIGHT BREAST 2023, not left. Incident report 55102 ra'
                  'ised.\n'),
                 '6 -', id='p18'),
    pytest.param(('PRE-ASSESSMENT CLINIC - Breast surgery, Waikato\n'
                  'Date: 08/01/2026\n'
                  'Procedure planned: LEFT wide local excision + sentinel node biopsy, 22'
                  '/01/2026\n'
                  'Diagnostic imaging: MAMMOGRAM LEFT BREAST 12/2025 ("BI-RADS 5; 21 mm s'
                  'piculated mass, upper outer quadrant"); core biopsy 19/12/2025: invasi'
                  've ductal carcinoma, grade 2.\n'
                  'Contralateral breast: right breast clear on the same mammogram.\n'
                  'Bloods, ECG normal. Fit for GA.\n'),
                 '5 -', id='p19'),
    pytest.param(('PRE-OPERATIVE ASSESSMENT - Breast Unit, Ipswich\n'
                  'Date: 14/01/2026\n'
                  'Index imaging: US RIGHT BREAST 12/2025 ("BI-RADS 4B; core biopsy: papi'
                  'llary lesion with atypia")\n'
                  'Rad-path concordance: concordant.\n'
                  'Plan: right breast excision biopsy under wire localisation, 28/01/2026'
                  '.\n'),
                 '- 4B', id='p20'),
    pytest.param(('BREAST CLINIC LETTER - Princess Alexandra Hospital\n'
                  '06/02/2026\n'
                  'Diagnosis: RIGHT breast 14 mm intraductal papilloma with atypia on cor'
                  'e biopsy.\n'
                  'Imaging: ULTRASOUND RIGHT BREAST 12/2025 ("BI-RADS 4B; 14 mm intraduct'
                  'al mass, 11 o\'clock").\n'
                  'I explained the scoring system to her and why excision is advised desp'
                  'ite the benign core result.\n'
                  'Plan: right breast excision under US-guided wire, 20/02/2026.\n'),
                 '- 4B', id='p21'),
    pytest.param(('EPR - Imaging results (newest first)\n'
                  '11/03/2026  MAMMOGRAPHY + US BILATERAL\n'
                  'Combined conclusion (mammography + ultrasound):\n'
                  'right 2, left 1.\n'
                  '\n'
                  'Previous:\n'
                  '12/03/2025  MAMMOGRAPHY + US BILATERAL\n'
                  'Combined conclusion (mammography + ultrasound):\n'
                  'right 3, left 1.\n'),
                 '1 2', id='p22'),
    pytest.param(('BREAST ASSESSMENT FORM - Regional Screening Service\n'
                  'Client: 55F. Recalled from screening 12/02/2026 for left calcification'
                  's.\n'
                  'SECTION E - WORK-UP: magnification views left: 5 mm group of round pun'
                  'ctate calcifications, regional ultrasound negative.\n'
                  "SECTION F - RADIOLOGIST'S ASSESSMENT\n"
                  'Final combined category (mammography + ultrasound):\n'
                  'right 1, left 3\n'
                  'Outcome: early review 6 months.'),
                 '3 1', id='p23'),
    pytest.param(('Semmelweis Egyetem - Radiológiai Klinika\n'
                  'Bal oldali célzott mammográfia [Left targeted mammography], 2026.03.02'
                  '.\n'
                  'Vélemény [Opinion]: Bal emlő [Left breast]: BI-RADS 3, csoportos kerek'
                  ' mikrokalcifikáció [grouped round calcifications].\n'
                  '\n'
                  'Kiegészítés [Addendum] 2026.03.12: Compared with the 2023 images the g'
                  'rouped calcifications are unchanged; a bal emlő BI-RADS besorolása mód'
                  'osul [The BI-RADS classification of the left breast is changed] to 2.\n'),
                 '2 -', id='p24'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
