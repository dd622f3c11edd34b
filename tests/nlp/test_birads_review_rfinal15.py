"""Review rfinal15 of the b129-b130 radiology rules (8cf119f against df95bc3), pinned after their narrowing.

The review read 122 texts (A01-A22, B01-B23, C01-C23, D01-D22 for the four rules: a dash, "*" or "•" item's glossed side
heading, the bare "Reclassified BI-RADS N", an untranslated "Antécédents:" history, the modal / condition guard on the
older "reclassified as / to"; O01-O32 ordinary reports; labelled from the guide before either revision was run), and one
probe written after the run (probe_once: "Once the priors were reviewed, the left asymmetry was reclassified BI-RADS 2").
df95bc3 read 74 of the 122 as labelled, 8cf119f 104 (the probe wrong at both, "3 -"). 8cf119f over-reached on 6, all
from its condition guard on "reclassified" revisions reading a revision made as one not yet made: E01, D13 ("asked if
surgery was needed, the mass has been reclassified as BI-RADS 2"); E02, D14 ("re-examined whether it was complicated,
and ... it was reclassified as"); E03, D16 ("had to be reclassified as BI-RADS 4B" taken for "to be"); E04, D17
("Followed as BI-RADS 3 until this visit, the mass was reclassified as"); E05, D18 ("has grown once more ... and is
reclassified to BI-RADS 4A"); E06, D22 ("wished to know whether biopsy was still required, the finding was reclassified
as"); it read none newly wrong another way. The narrowing: "if / once / until / whether" before a revision in its clause
keeps back only one not yet made, "is / are reclassified", a bare participle after a comma, a modal, "to be"; never one
told in the past or perfect ("was / were / has been / had been reclassified", "had to be reclassified", "we have now
re-categorised it as", "we reclassified it as"); "once more", "once again", "at once" and "until this visit / today /
now" are no conditions, nor is "if / whether" after "asked", "wondered", "queried", "wished to know", "re-examined",
"discussed", "considered"; "had to be" is no hedge. The modal / "to be" / "not" / "never" part stands, and D05 ("If
magnification views ... show stability, the group is reclassified as") and D09 ("until the lesion is reclassified as")
still keep today's BI-RADS 3. No development reading over b1-b130 changed (25,953 of 26,000 sides before and after,
the same wrong readings report by report). 110 of the 122 and the probe read as labelled now: 111 of 123. Left as
strict xfails, each older behaviour or an under-reach no rule of the stop takes: A16 (glossed prior-study items blank
today's "both breasts"), A17 (an outside report quoted in a letter read as today's), A22 (a patient letter's leaflet
"A BI-RADS 0 result ... means"), B09 (an Indication line's "BI-RADS 0, both breasts" above the bare revision), B14,
B18 and D10 (a guarded "not reclassified" / "could be regraded" / "should not be reclassified as" BI-RADS 2 still read
as a plain category over the later stated one), C15 (a "Notes: antécédents:" prior read as before), C19 (the line after
a nil history, an outside 2024 BI-RADS 3, read as current), O09 ("Right BI-RADS 0; left BI-RADS 1." reads 0 twice), O14
(an unpunctuated dictation reads nothing) and O25 (an outside "BI-RADS 4A right" outranks "Our assessment"). Each right
text must keep reading as labelled; a strict xfail that passes is a reading to look at."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('Certified translation from Romanian. Spitalul Judetean Cluj, Radiology'
                  '.\n'
                  'Mamografie bilaterala si ecografie [bilateral mammography and ultrasou'
                  'nd], 11/03/2026.\n'
                  'Indication: screening, age 52.\n'
                  'Findings:\n'
                  '- sân drept [right breast]: two oval circumscribed anechoic lesions at'
                  " 10 o'clock, 5 and 7 mm, simple cysts. BI-RADS 2.\n"
                  '- sân stâng [left breast]: fibroglandular tissue, no mass, no suspicio'
                  'us calcifications. BI-RADS 1.\n'
                  'Radiologist: Dr. I. Pop'),
                 '1 2', id='A01'),
    pytest.param(('Tłumaczenie [translation] – Szpital Uniwersytecki, Kraków\n'
                  'Badanie [examination]: USG piersi [breast ultrasound] 04.02.2026\n'
                  "* pierś prawa [right breast]: hypoechoic oval lesion 9 x 6 mm at 7 o'c"
                  'lock, parallel, circumscribed, no posterior features; probably fibroad'
                  'enoma. BI-RADS 3, follow-up in 6 months.\n'
                  '* pierś lewa [left breast]: no focal lesion. BI-RADS 1.\n'
                  'Axillae unremarkable.'),
                 '1 3', id='A02'),
    pytest.param(('Fordítás [translation], Debreceni Egyetem Klinikai Központ\n'
                  'Emlő MR [breast MRI] 2026.01.19., contrast-enhanced.\n'
                  "• jobb emlő [right breast]: 14 mm irregular enhancing mass at 12 o'clo"
                  'ck with washout kinetics. BI-RADS 5.\n'
                  '• bal emlő [left breast]: minimal background parenchymal enhancement, '
                  'no suspicious enhancement. BI-RADS 1.\n'
                  'Recommendation: MRI-guided or second-look US biopsy of the mass.'),
                 '1 5', id='A03'),
    pytest.param(('English translation of report – Ankara Şehir Hastanesi\n'
                  'Bilateral mammography 22.01.2026, ACR density C.\n'
                  '- sol meme [left breast]: grouped amorphous microcalcifications over 8'
                  ' mm, upper outer quadrant. BI-RADS 4B; stereotactic biopsy advised.\n'
                  '- sağ meme [right breast]: no abnormality. BI-RADS 1.\n'
                  'Reported by Dr. A. Yılmaz'),
                 '4B 1', id='A04'),
    pytest.param(('Překlad [translation]. Fakultní nemocnice Brno, Mammography Centre\n'
                  'Screening mammogram 3 March 2026.\n'
                  "- pravý prs [right breast]: postoperative scar at 9 o'clock, architect"
                  'ural distortion stable since 2022,\n'
                  '  no new mass. BI-RADS 2.\n'
                  '- levý prs [left breast]: no abnormality. BI-RADS 1.\n'
                  'Next screening in 2 years.'),
                 '1 2', id='A05'),
    pytest.param(('Tradução [translation] – Hospital de Santa Maria, Lisboa\n'
                  'Mamografia e ecografia [mammography and ultrasound], 2026-02-27\n'
                  '- mama esquerda [left breast]: nódulo espiculado 15 mm (spiculated nod'
                  "ule, 15 mm) at 2 o'clock with skin retraction. BI-RADS 5.\n"
                  '- mama direita [right breast]: sem alterações (no changes). BI-RADS 1.'
                  '\n'
                  'Conclusion: US-guided core biopsy of the nodule.'),
                 '5 1', id='A06'),
    pytest.param(('Translated from Serbian — KBC Zvezdara, Belgrade\n'
                  'Targeted ultrasound, 18/02/2026, for a palpable lump.\n'
                  '- desna dojka [right breast]: at the site of the palpable lump, a 2 cm'
                  ' lobulated fat-containing lesion consistent with a hamartoma. BI-RADS '
                  '2.\n'
                  'The other breast was not examined.'),
                 '- 2', id='A07'),
    pytest.param(('Översättning [translation], Sahlgrenska Universitetssjukhuset\n'
                  'Mammography screening 07/01/2026, density B.\n'
                  '* höger bröst [right breast]: focal asymmetry in the lower inner quadr'
                  'ant, not seen on prior, recall for spot compression and ultrasound. BI'
                  '-RADS 0.\n'
                  '* vänster bröst [left breast]: normal. BI-RADS 1.'),
                 '1 0', id='A08'),
    pytest.param(('Vertaling [translation] — Radboudumc, Nijmegen\n'
                  'MRI borsten [breast MRI] 09-03-2026, high-risk screening (BRCA2).\n'
                  '- linkerborst [left breast]: 5 mm enhancing focus, persistent kinetics'
                  ', unchanged from 2025. BI-RADS 2.\n'
                  '- rechterborst [right breast]: no enhancement of note. BI-RADS 1.\n'
                  'Continue annual MRI.'),
                 '2 1', id='A09'),
    pytest.param(('Traducere [translation]: Institutul Oncologic Iasi\n'
                  'Ecografie mamara [breast ultrasound] 15.01.2026\n'
                  "- sân stâng [left breast]: hypoechoic irregular mass 11 mm at 3 o'cloc"
                  'k, non-parallel, angular margins. BI-RADS 4C.\n'
                  '- axilă stângă [left axilla]: one node with 4 mm cortex, fatty hilum p'
                  'reserved.\n'
                  '- sân drept [right breast]: no lesion. BI-RADS 1.'),
                 '4C 1', id='A10'),
    pytest.param(('Tercüme [translation] — Hacettepe Üniversitesi Hastanesi\n'
                  'Meme ultrasonografisi [breast ultrasound], 02/03/2026, 6-month follow-'
                  'up.\n'
                  "-  sağ meme  [right breast] : the 8 mm oval mass at 10 o'clock is unch"
                  'anged over 12 months, parallel and circumscribed. BI-RADS 3; next cont'
                  'rol in 6 months.\n'
                  '-  sol meme  [left breast] : 3 mm simple cyst. BI-RADS 2.'),
                 '2 3', id='A11'),
    pytest.param(('Translated record — Clinica Medicala Sanador\n'
                  'Clinical history: outside report of 14/05/2024 (translated):\n'
                  '- sân drept [right breast]: 12 mm oval mass, probably fibroadenoma. BI'
                  '-RADS 3.\n'
                  '- sân stâng [left breast]: normal. BI-RADS 1.\n'
                  'Current exam: bilateral ultrasound 16/03/2026.\n'
                  'Right breast: the oval mass measures 12 mm, unchanged over 22 months. '
                  'Left breast: normal.\n'
                  'Impression: stable probable fibroadenoma, right breast, BI-RADS 2. Lef'
                  't breast BI-RADS 1.'),
                 '1 2', id='A12'),
    pytest.param(('Translated from Polish — Centrum Medyczne Damiana\n'
                  'Mammografia [mammography] 10.02.2026, right breast only (left mastecto'
                  'my 2019).\n'
                  '- wynik [result]: benign-appearing coarse calcification, no mass. BI-R'
                  'ADS 2.\n'
                  '- zalecenia [recommendations]: routine follow-up in 12 months.'),
                 '- 2', id='A13'),
    pytest.param(('Translated from Turkish — Acıbadem Hastanesi\n'
                  'Clinical information:\n'
                  '- sağ meme [right breast]: patient reports intermittent pain, no lump.'
                  '\n'
                  'Examination: bilateral ultrasound 02/03/2026.\n'
                  'Findings: no focal lesion at the site of pain. In the left breast, a 6'
                  " mm simple cyst at 2 o'clock.\n"
                  'Impression: left breast simple cyst, BI-RADS 2. Right breast normal, B'
                  'I-RADS 1.'),
                 '2 1', id='A14'),
    pytest.param(('Translated from Czech — Mamocentrum Praha\n'
                  'Diagnostic mammography and ultrasound, 20/02/2026.\n'
                  "Left breast: 7 mm irregular mass at 1 o'clock. BI-RADS 4B.\n"
                  'Right breast: normal. BI-RADS 1.\n'
                  'Plan:\n'
                  '- levý prs [left breast]: US-guided core biopsy within 10 days; if ben'
                  'ign and concordant, follow-up as BI-RADS 3 at 6 months.\n'
                  '- pravý prs [right breast]: routine screening.'),
                 '4B 1', id='A15'),
    pytest.param(('Translated from Spanish — Hospital Universitario La Paz\n'
                  'Previous studies:\n'
                  '- mamografía 2023 [mammography 2023]: BI-RADS 2.\n'
                  '- ecografía 2024 [ultrasound 2024]: right breast cyst, BI-RADS 3.\n'
                  'Current study: bilateral mammography 05/03/2026. Density B. No mass, d'
                  'istortion or suspicious calcification.\n'
                  'Conclusion: BI-RADS 1, both breasts.'),
                 '1 1', id='A16',
                 marks=pytest.mark.xfail(strict=True, reason=("review A16 (A): read '- -'; older behaviour: gloss"
                                                          "ed prior-study dash items ('- mamografía 2023 [mam"
                                                          "mography 2023]: BI-RADS 2.') blank both sides over"
                                                          " today's 'Conclusion: BI-RADS 1, both breasts'; a "
                                                          'gloss that is no side is outside rule A'))),
    pytest.param(('Breast clinic letter, Royal Free Hospital\n'
                  'Dear Dr Khan,\n'
                  'Mrs B. brought her Lithuanian imaging report (translated):\n'
                  '"- dešinė krūtis [right breast]: irregular mass 14 mm. BI-RADS 4C."\n'
                  'We repeated imaging today. Ultrasound shows a 14 mm irregular hypoecho'
                  "ic mass at 10 o'clock in the right breast, U5, and we performed a core"
                  ' biopsy.\n'
                  'Yours sincerely,\n'
                  'Ms S. Patel, Consultant Breast Radiologist'),
                 '- -', id='A17',
                 marks=pytest.mark.xfail(strict=True, reason=("review A17 (A): read '- 4C'; older behaviour: an o"
                                                          'utside report quoted in a clinic letter (\'"- dešin'
                                                          'ė krūtis [right breast]: ... BI-RADS 4C."\') is rea'
                                                          "d as today's; df95bc3 read it the same"))),
    pytest.param(('Traducere [translation] — Spitalul Colentina\n'
                  'Left breast ultrasound 13/02/2026 (targeted, palpable lump).\n'
                  '- cadran supero-extern [upper outer quadrant]: 9 mm oval circumscribed'
                  ' hypoechoic nodule, parallel. BI-RADS 3.\n'
                  '- regiune retroareolară [retroareolar region]: duct ectasia. BI-RADS 2'
                  '.\n'
                  'Overall: BI-RADS 3, left breast.'),
                 '3 -', id='A18'),
    pytest.param(('Translated from Romanian — Medlife Bucharest\n'
                  'History:\n'
                  '- sân stâng [left breast]: lumpectomy and radiotherapy 2020 for carcin'
                  'oma (BI-RADS 6 at the time).\n'
                  '- sân drept [right breast]: benign biopsy 2021, BI-RADS 3 before it.\n'
                  'Mammography 03/03/2026: postoperative changes on the left, stable. Rig'
                  'ht breast unremarkable.\n'
                  'Conclusion: BI-RADS 2 bilateral.'),
                 '2 2', id='A19'),
    pytest.param(('Translated from Dutch — Amsterdam UMC\n'
                  'Comparison (MRI 12-02-2025):\n'
                  '- rechterborst [right breast]: 6 mm focus, BI-RADS 3 at that time.\n'
                  'Current MRI 10-03-2026:\n'
                  'The focus in the right breast is no longer visible. No suspicious enha'
                  'ncement in either breast.\n'
                  'BI-RADS 1 bilaterally.'),
                 '1 1', id='A20'),
    pytest.param(('Translated from Polish — Szpital Bielański\n'
                  'USG piersi [breast ultrasound] 26.02.2026\n'
                  "- pierś lewa [left breast]: 4 mm simple cyst at 3 o'clock. BI-RADS 2.\n"
                  '- pierś prawa [right breast]: not examined (mastectomy 2018).\n'
                  'Radiologist: dr n. med. K. Nowak'),
                 '2 -', id='A21'),
    pytest.param(('Patient letter (translated from Portuguese), Unidade Local de Saúde do'
                  ' Porto\n'
                  'Dear Mrs Silva, your screening result:\n'
                  '- mama direita [right breast]: further views needed.\n'
                  '- mama esquerda [left breast]: normal.\n'
                  'Please attend the assessment clinic on 14/04/2026. A BI-RADS 0 result,'
                  ' as explained in the leaflet, only means that more pictures are needed'
                  '.'),
                 '- -', id='A22',
                 marks=pytest.mark.xfail(strict=True, reason=("review A22 (A): read '0 0'; older behaviour: a pat"
                                                          "ient letter's explanatory 'A BI-RADS 0 result ... "
                                                          "only means that more pictures are needed' is read "
                                                          'as both sides 0'))),
    pytest.param(("Breast Imaging Unit, St George's Hospital\n"
                  'Exam: Left breast ultrasound, follow-up, 12/03/2026.\n'
                  "Previous: 8 mm oval circumscribed mass at 2 o'clock, BI-RADS 3 (09/202"
                  '5).\n'
                  'Findings: the mass measures 8 x 5 mm, unchanged, parallel, with no vas'
                  'cularity.\n'
                  "Impression: stable. Recategorised BI-RADS 2 in view of 2 years' stabil"
                  'ity including the prior mammogram. Routine screening.'),
                 '2 -', id='B01'),
    pytest.param(('Second opinion review — Breast Imaging, Mount Sinai\n'
                  'Outside mammogram 01/15/2026 reviewed with our ultrasound of 02/02/202'
                  '6.\n'
                  "Right breast: the outside focal asymmetry at 9 o'clock (outside assess"
                  'ment BI-RADS 0) corresponds to normal fibroglandular tissue on ultraso'
                  'und; no mass.\n'
                  'Reclassified BI-RADS 1 for the right breast.\n'
                  'Left breast: negative, BI-RADS 1.'),
                 '1 1', id='B02'),
    pytest.param(('MDT note, Breast radiology, Leeds Teaching Hospitals\n'
                  "Patient discussed 04/03/2026. Right breast 10 o'clock mass assessed at"
                  ' the January clinic as BI-RADS 4A.\n'
                  'Core biopsy: fibroadenoma, concordant. The mass was reclassified BI-RA'
                  'DS 2 at the meeting and the patient returns to routine screening.\n'
                  'Left breast: BI-RADS 1.'),
                 '1 2', id='B03'),
    pytest.param(('Breast MRI — Karolinska University Hospital\n'
                  'Follow-up MRI 10/02/2026 of the 6 mm left breast enhancing mass assess'
                  'ed BI-RADS 3 in 08/2025.\n'
                  'Findings: the mass has a fatty hilum on the T1 non-fat-saturated image'
                  's and is unchanged: an intramammary lymph node, regraded BI-RADS 2.\n'
                  'Right breast: no suspicious enhancement, BI-RADS 1.'),
                 '2 1', id='B04'),
    pytest.param(('Addendum, 18/02/2026 — Breast Screening Unit, Auckland\n'
                  'Following review with the prior 2023 films, the calcifications in the '
                  'left breast are round, punctate and stable. The left breast has been r'
                  'e-classified BI-RADS 3 (originally BI-RADS 4A) with 6-month follow-up.'
                  ' The right breast remains BI-RADS 1.'),
                 '3 1', id='B05'),
    pytest.param(('Radiology report — Apollo Hospitals, Chennai\n'
                  'Follow-up ultrasound, right breast, 20/01/2026.\n'
                  "Indication: BI-RADS 3 complicated cyst at 11 o'clock in 07/2025.\n"
                  'Findings: the lesion has resolved; a 3 mm simple cyst remains.\n'
                  'Impression:\n'
                  '- Regraded BI-RADS 2.\n'
                  '- No further short-interval follow-up needed.'),
                 '- 2', id='B06'),
    pytest.param(('Mammography, Hospital Clínic de Barcelona (English report)\n'
                  'Diagnostic workup 05/03/2026 after screening recall (right BI-RADS 0).'
                  '\n'
                  'Spot compression views: the right breast asymmetries disperse and are '
                  'reclassified BI-RADS 1.\n'
                  'Left breast: benign vascular calcifications, BI-RADS 2.'),
                 '2 1', id='B07'),
    pytest.param(('Breast ultrasound — Queen Mary Hospital, Hong Kong\n'
                  'Targeted US of the left breast lesion (BI-RADS 3 in 2025), 09/03/2026.'
                  '\n'
                  'The lesion now measures 13 mm (previously 8 mm) and has developed an a'
                  'ngular margin. Re-classified BI-RADS 4A; ultrasound-guided core biopsy'
                  ' arranged.\n'
                  'Right breast not assessed today.'),
                 '4A -', id='B08'),
    pytest.param(('Breast MRI problem-solving — Mayo Clinic\n'
                  '03/11/2026. Indication: equivocal screening mammogram (BI-RADS 0, both'
                  ' breasts).\n'
                  'MRI shows symmetric background enhancement and no mass or non-mass enh'
                  'ancement. Scattered stable foci.\n'
                  'Both breasts were recategorized BI-RADS 2 after correlation with the M'
                  'RI.'),
                 '2 2', id='B09',
                 marks=pytest.mark.xfail(strict=True, reason=("review B09 (B): read '- -'; older behaviour: the '"
                                                          "Indication: ... (BI-RADS 0, both breasts)' line ab"
                                                          "ove leaves both sides blank; the bare 'were recate"
                                                          "gorized BI-RADS 2' itself fires (without the Indic"
                                                          'ation line it reads 2 2)'))),
    pytest.param(('Ultrasound breast, Groote Schuur Hospital\n'
                  'Date 14/01/2026. Follow-up of left breast complicated cyst (BI-RADS 3,'
                  ' July 2025).\n'
                  'Aspiration today yielded clear fluid with complete collapse of the cys'
                  't in the left breast,\n'
                  'reclassified BI-RADS 2.\n'
                  'Right breast: normal, BI-RADS 1.'),
                 '2 1', id='B10'),
    pytest.param(('Consensus read — Breast screening arbitration, Norfolk & Norwich\n'
                  'Screening 17/02/2026. First reader: left BI-RADS 0 (asymmetry). Second'
                  ' reader: normal.\n'
                  'Arbitration: the left asymmetry is summation on the CC view only.\n'
                  'Left breast is regraded BI-RADS 1. Right breast BI-RADS 1. Routine rec'
                  'all in 3 years.'),
                 '1 1', id='B11'),
    pytest.param(('Left breast ultrasound — Christie NHS Foundation Trust, 05/02/2026\n'
                  "A 7 mm oval parallel circumscribed hypoechoic mass at 4 o'clock, uncha"
                  'nged from 08/2025 (first seen 02/2025).\n'
                  'Assessment: BI-RADS 3. The lesion may be reclassified BI-RADS 2 after '
                  'a further 12 months of stability.\n'
                  'Right breast: not imaged.'),
                 '3 -', id='B12'),
    pytest.param(('Breast MRI — Charité Berlin (English version)\n'
                  '19/01/2026. Known BRCA1 carrier, annual MRI.\n'
                  "Right breast: 5 mm non-mass enhancement at 10 o'clock, new. BI-RADS 3,"
                  ' short-term follow-up at 6 months; to be reclassified BI-RADS 2 only i'
                  'f stable.\n'
                  'Left breast: BI-RADS 1.'),
                 '1 3', id='B13'),
    pytest.param(('Breast imaging MDT summary — Sunnybrook\n'
                  'The radiologist reviewed the right breast calcification cluster after '
                  'benign stereotactic biopsy (sclerosing adenosis).\n'
                  'Given incomplete sampling the cluster was not reclassified BI-RADS 2; '
                  'it remains BI-RADS 4A with repeat biopsy advised.\n'
                  'Left breast: BI-RADS 1.'),
                 '1 4A', id='B14',
                 marks=pytest.mark.xfail(strict=True, reason=("review B14 (B): read '1 2'; older behaviour: 'was "
                                                          "not reclassified BI-RADS 2; it remains BI-RADS 4A'"
                                                          " - the 'not' guard stops the revision but the hedg"
                                                          'ed 2 is still read as a plain category and beats t'
                                                          "he later 'remains BI-RADS 4A'"))),
    pytest.param(('Follow-up protocol — Breast Unit, Hospital Italiano de Buenos Aires (E'
                  'nglish)\n'
                  "Right breast US 23/02/2026: 9 mm probable fibroadenoma at 8 o'clock, s"
                  'table at 12 months. BI-RADS 3.\n'
                  'Next step: ultrasound at 24 months. If unchanged then, reclassified BI'
                  '-RADS 2 and discharged to screening.\n'
                  'Left breast: BI-RADS 1.'),
                 '1 3', id='B15'),
    pytest.param(('Screening mammogram — BreastScreen Victoria, 02/03/2026\n'
                  'History: right breast lesion 2022, assessed BI-RADS 4A, benign biopsy;'
                  ' reclassified BI-RADS 3 in 2023.\n'
                  "Findings: biopsy marker clip right breast 9 o'clock, no residual lesio"
                  'n. New grouped fine pleomorphic calcifications, left breast upper oute'
                  'r quadrant, 6 mm.\n'
                  'Assessment: left BI-RADS 4B, right BI-RADS 2.'),
                 '4B 2', id='B16'),
    pytest.param(('Ultrasound report — Mediclinic City Hospital, Dubai\n'
                  "Left breast: 5 mm simple cyst at 3 o'clock. Classified BI-RADS 2.\n"
                  "Right breast: 12 mm irregular hypoechoic mass at 10 o'clock with poste"
                  'rior shadowing. Classified BI-RADS 4C.\n'
                  'Recommendation: US-guided core biopsy of the right breast mass.'),
                 '2 4C', id='B17'),
    pytest.param(('Radiology department query — Tygerberg Hospital\n'
                  'The surgeon asked whether the left breast lesion could now be regraded'
                  ' BI-RADS 2 after the benign FNA.\n'
                  'Reply: no; the FNA was non-diagnostic (acellular). The lesion remains '
                  'BI-RADS 4A and core biopsy is recommended.\n'
                  'Right breast: BI-RADS 1 on the 02/2026 mammogram.'),
                 '4A 1', id='B18',
                 marks=pytest.mark.xfail(strict=True, reason=("review B18 (B): read '2 1'; older behaviour: 'aske"
                                                          'd whether the lesion could now be regraded BI-RADS'
                                                          " 2 ... remains BI-RADS 4A' - the hedged 2 is still"
                                                          " read as a plain category and outranks the later '"
                                                          "remains'"))),
    pytest.param(('Breast ultrasound — Hôpital Européen Georges-Pompidou (English summary'
                  ')\n'
                  "Right breast, 11 o'clock: 6 mm probable intramammary node, BI-RADS 3 t"
                  'oday (12/02/2026).\n'
                  'It will be recategorised BI-RADS 2 once the prior outside images are r'
                  'eceived for comparison.\n'
                  'Left breast normal. BI-RADS 1.'),
                 '1 3', id='B19'),
    pytest.param(('Breast Imaging, Massachusetts General Hospital\n'
                  'Screening mammogram 02/27/2026: left breast focal asymmetry, BI-RADS 0'
                  '. Right breast: BI-RADS 1.\n'
                  'ADDENDUM 03/06/2026: once compared with the 2021 outside mammograms th'
                  'at arrived today, the left breast asymmetry was reclassified BI-RADS 2'
                  ', as it is unchanged over five years.'),
                 '2 1', id='B20'),
    pytest.param(('Breast imaging follow-up note — Singapore General Hospital\n'
                  "Left breast 10 mm oval mass, BI-RADS 3 since 03/2025; today's ultrasou"
                  'nd (10/03/2026) shows no change.\n'
                  'Not yet recategorised BI-RADS 2: one more follow-up at 24 months is pl'
                  'anned.\n'
                  'Right breast: BI-RADS 1.'),
                 '3 1', id='B21'),
    pytest.param(("Breast clinic letter — Guy's Hospital\n"
                  'The outside report from the private clinic states: "Right breast mass.'
                  ' Reclassified BI-RADS 2 after ultrasound."\n'
                  'Our review of the images disagrees: the mass has an indistinct margin '
                  'and is taller than wide.\n'
                  'Our assessment: right breast BI-RADS 4B; core biopsy booked. Left brea'
                  'st: BI-RADS 1.'),
                 '1 4B', id='B22'),
    pytest.param(('Breast ultrasound — Leiden UMC (English)\n'
                  "Right breast: 7 mm complicated cyst at 9 o'clock. BI-RADS 3.\n"
                  'Short-interval follow-up continues until the cyst is reclassified BI-R'
                  "ADS 2 after aspiration or 24 months' stability.\n"
                  'Left breast: BI-RADS 1.'),
                 '1 3', id='B23'),
    pytest.param(('Clinique du Parc, Lyon — translated report\n'
                  'Antécédents: aucun.\n'
                  'Mammography and ultrasound 10/02/2026:\n'
                  'Density B. No mass, no suspicious calcification, no distortion. Ultras'
                  'ound: no focal lesion.\n'
                  'Conclusion: BI-RADS 1 both breasts.'),
                 '1 1', id='C01'),
    pytest.param(("Translated form — Centre d'imagerie, Hôpital Privé d'Antony\n"
                  'Antécédents: left lumpectomy 2021 for a 9 mm carcinoma, BI-RADS 6 at t'
                  'he time; mammogram 2024 BI-RADS 3 right.\n'
                  'Indication: annual surveillance.\n'
                  'Mammography 03/03/2026: postoperative scar left, stable. Right breast:'
                  ' no abnormality.\n'
                  'Conclusion: BI-RADS 2 left, BI-RADS 1 right.'),
                 '2 1', id='C02'),
    pytest.param(('Cabinet de radiologie, Nantes — translation\n'
                  'Antécédents: ultrasound 2025, left breast, "kyste simple 8 mm, ACR 2".'
                  '\n'
                  'Résultats:\n'
                  "Right breast: oval circumscribed mass 10 mm at 9 o'clock, new since 20"
                  '25. BI-RADS 4A.\n'
                  'Left breast: the cyst has resolved. BI-RADS 1.'),
                 '1 4A', id='C03'),
    pytest.param(('Institut Curie, Paris — translated report (headings kept in French)\n'
                  'Antécédents personnels: right core biopsy 2023, BI-RADS 4A at the time'
                  ', benign (fibroadenoma).\n'
                  "Échographie: both breasts examined. Left 2 o'clock: 4 mm simple cyst. "
                  'Right: biopsy site, no mass.\n'
                  'Conclusion: BI-RADS 2 left, BI-RADS 2 right.'),
                 '2 2', id='C04'),
    pytest.param(('Translated report — Imagerie Médicale du Mail, Grenoble\n'
                  'Antécédents: screening 2024, BI-RADS 3 right (focal asymmetry), 6-mont'
                  'h follow-up done.\n'
                  '12/03/2026 — Bilateral mammography.\n'
                  'Density C. The right asymmetry is no longer seen. No new finding.\n'
                  'Conclusion: BI-RADS 1, both breasts.'),
                 '1 1', id='C05'),
    pytest.param(('Translated report — Radiologie Bordeaux Mériadeck\n'
                  'Antécédents: néant particulier.\n'
                  'Screening mammogram both breasts, 26/02/2026. Density A. No abnormalit'
                  'y.\n'
                  'BI-RADS 1.'),
                 '1 1', id='C06'),
    pytest.param(('Translated form — Polyclinique de Navarre, Pau\n'
                  'Antécédents personnels: RAS.\n'
                  "Breast ultrasound 07/01/2026: right 10 o'clock, 7 mm oval circumscribe"
                  'd hypoechoic nodule, parallel, probable fibroadenoma.\n'
                  'Assessment: BI-RADS 3 right, BI-RADS 1 left.'),
                 '1 3', id='C07'),
    pytest.param(('Translation — Centre Hospitalier de Valenciennes\n'
                  'Antécédents: benign biopsy 2019 (fibroadenoma); mammogram 2024 BI-RADS'
                  ' 3 (left cluster of round calcifications).\n'
                  'Mammographie bilatérale: density B, the left cluster is stable at 2 ye'
                  'ars. No mass.\n'
                  'Échographie: no lesion.\n'
                  'Conclusion: BI-RADS 2, both breasts.'),
                 '2 2', id='C08'),
    pytest.param(('CHU de Liège — translated report\n'
                  'Antécédents: MRI 2025, right breast: "prise de contraste focale 6 mm, '
                  'ACR 3".\n'
                  'IRM mammaire 20/02/2026:\n'
                  "The 6 mm focus at 10 o'clock in the right breast has disappeared. Symm"
                  'etric background enhancement.\n'
                  'Conclusion: BI-RADS 1 both breasts.'),
                 '1 1', id='C09'),
    pytest.param(('Hôpitaux Universitaires de Genève — English translation\n'
                  'Antecedents: right mastectomy 2018. Left mammogram 2025, BI-RADS 3.\n'
                  'Mammography left 18/02/2026:\n'
                  'Density B. No mass. The 2025 calcifications are unchanged and benign.\n'
                  'Conclusion: left BI-RADS 2.'),
                 '2 -', id='C10'),
    pytest.param(('CHUM, Montréal — translated report\n'
                  'Antécédents: nil.\n'
                  "Indication: palpable lump, left 3 o'clock.\n"
                  'Targeted ultrasound 02/03/2026: 15 mm irregular hypoechoic mass with a'
                  'ngular margins at the palpable site in the left breast. BI-RADS 4C. Bi'
                  'opsy arranged.\n'
                  'Right breast not examined.'),
                 '4C -', id='C11'),
    pytest.param(('Translated report — Clinique Pasteur, Toulouse\n'
                  'Antécédents: none relevant. Previous mammogram 2024 BI-RADS 3 left, sh'
                  'ort-term follow-up advised.\n'
                  'Mammography 05/03/2026:\n'
                  'The left cluster of round calcifications is stable over 2 years.\n'
                  'Conclusion: BI-RADS 2 left, BI-RADS 1 right.'),
                 '2 1', id='C12'),
    pytest.param(('Translated form — Centre de sénologie, Strasbourg\n'
                  'Antécédents: left lumpectomy 2020, radiotherapy.\n'
                  'Follow-up mammograms 2022-2025 BI-RADS 2; MRI 2023 BI-RADS 3 right, th'
                  'en 2.\n'
                  'Mammography 10/03/2026: postoperative changes left, no new finding.\n'
                  'Conclusion: BI-RADS 2 left, BI-RADS 1 right.'),
                 '2 1', id='C13'),
    pytest.param(('Translated report — Hôpital Foch\n'
                  'Patient with antécédents de kystes (history of cysts), last ultrasound'
                  ' 2024 BI-RADS 2.\n'
                  "Breast ultrasound 14/02/2026: a 12 mm oval circumscribed mass at 3 o'c"
                  'lock left, new. BI-RADS 4A.\n'
                  'Right: no lesion, BI-RADS 1.'),
                 '4A 1', id='C14'),
    pytest.param(('Translated form — Clinique du Landy\n'
                  'Notes: antécédents: mammogram 2025 BI-RADS 3 right.\n'
                  'Mammography 02/03/2026: the right focal asymmetry has resolved.\n'
                  'Conclusion: BI-RADS 1 both breasts.'),
                 '1 1', id='C15',
                 marks=pytest.mark.xfail(strict=True, reason=("review C15 (C): read '1 3'; older behaviour: 'Note"
                                                          "s: antécédents: mammogram 2025 BI-RADS 3 right.' r"
                                                          "eads as before (guide), its prior R=3 kept over 'C"
                                                          "onclusion: BI-RADS 1 both breasts'"))),
    pytest.param(('Compte rendu traduit — Centre Hospitalier de Cannes\n'
                  'Antécédents: sein gauche, tumorectomie 2019; mammographie 2024 ACR 3 à'
                  ' droite.\n'
                  'Mammography 03/03/2026: no new finding; the right asymmetry is stable '
                  'at 2 years.\n'
                  'Conclusion: BI-RADS 2 right, BI-RADS 2 left.'),
                 '2 2', id='C16'),
    pytest.param(('Translated report — Imagerie Saint-Augustin, Bordeaux\n'
                  'Antécédents:\n'
                  'Ultrasound 2023: complicated cyst right, BI-RADS 3.\n'
                  'Mammography 2024: BI-RADS 2.\n'
                  'Results 11/03/2026:\n'
                  'Right breast: the cyst measures 6 mm, simple appearance today. Left br'
                  'east: normal.\n'
                  'Conclusion: BI-RADS 2 right, BI-RADS 1 left.'),
                 '1 2', id='C17'),
    pytest.param(('Translated form — Clinique Mutualiste de Saint-Étienne\n'
                  'Antécédents: maternal aunt with breast cancer; ultrasound 2024 BI-RADS'
                  ' 3 (left nodule).\n'
                  '\n'
                  'Mammography and ultrasound 24/02/2026: the left 8 mm nodule is unchang'
                  'ed over 2 years.\n'
                  'Conclusion: BI-RADS 2 left. BI-RADS 1 right.'),
                 '2 1', id='C18'),
    pytest.param(("Translated report — Clinique de l'Anjou, Angers\n"
                  'Antécédents chirurgicaux: nil.\n'
                  'Last outside mammogram 2024: BI-RADS 3 right, not followed up.\n'
                  'Mammography today 09/03/2026: right 7 mm oval circumscribed mass, stab'
                  'le compared with 2024.\n'
                  'Conclusion: BI-RADS 2 right. BI-RADS 1 left.'),
                 '1 2', id='C19',
                 marks=pytest.mark.xfail(strict=True, reason=("review C19 (C): read '1 3'; older behaviour rule C"
                                                          ' exposes: the nil history ends at its full stop as'
                                                          " the guide says; the next line's 'Last outside mam"
                                                          "mogram 2024: BI-RADS 3 right' is read as current ("
                                                          'df95bc3 read it too)'))),
    pytest.param(("Consultation note (translated) — Service de gynécologie, CH d'Arras\n"
                  'Antécédents: mammogram 2025 BI-RADS 4A left, biopsy benign (fibroadeno'
                  'ma).\n'
                  'Examen clinique: no palpable mass.\n'
                  'Plan: mammography and ultrasound in 6 months.'),
                 '- -', id='C20'),
    pytest.param(('Breast ultrasound — Royal Melbourne Hospital\n'
                  'Antecedent: seat-belt injury to the left breast in 12/2025; the ED ult'
                  'rasound then called a haematoma BI-RADS 3.\n'
                  'Findings 06/03/2026: a 14 mm oval area of fat necrosis with an oil cys'
                  't at the injury site, smaller.\n'
                  'Impression: fat necrosis, left breast, BI-RADS 2.'),
                 '2 -', id='C21'),
    pytest.param(('Translated referral and report — Hôpital Saint-Joseph, Marseille\n'
                  'Antécédents: outside mammogram 01/2026 reported "BI-RADS 4 left, biops'
                  'y advised".\n'
                  'Our review 04/03/2026 (mammography + ultrasound): the left finding is '
                  'a superimposition; no mass on ultrasound.\n'
                  'Conclusion: BI-RADS 1, both breasts.'),
                 '1 1', id='C22'),
    pytest.param(('Translated report — Radiologie Bordeaux Rive Droite\n'
                  'Antécédents: none. Prior mammogram 2024 BI-RADS 3 left.\n'
                  'Mammography 26/02/2026:\n'
                  'Density B. The left asymmetry has resolved. No abnormality.\n'
                  'Conclusion: BI-RADS 1 bilateral.'),
                 '1 1', id='C23'),
    pytest.param(('Left breast ultrasound — Western General Hospital, Edinburgh, 15/01/20'
                  '26\n'
                  "Oval circumscribed 6 mm hypoechoic mass at 1 o'clock, probably a fibro"
                  'adenoma. BI-RADS 3.\n'
                  'Should it remain stable at 24 months it could be reclassified as BI-RA'
                  'DS 2.\n'
                  'Right breast: not examined.'),
                 '3 -', id='D01'),
    pytest.param(('MRI breast — UCSF, 02/24/2026\n'
                  'Right breast: 4 mm enhancing focus, new, benign kinetics. BI-RADS 3.\n'
                  'This will be reclassified to BI-RADS 2 at the 6-month MRI if unchanged'
                  '.\n'
                  'Left breast: BI-RADS 1.'),
                 '1 3', id='D02'),
    pytest.param(('Follow-up ultrasound — Tata Memorial Centre, Mumbai, 11/02/2026\n'
                  'Left breast: 9 mm probable fibroadenoma, stable at 12 months. BI-RADS '
                  '3.\n'
                  'The lesion is not yet reclassified to BI-RADS 2; a final 24-month scan'
                  ' is planned.\n'
                  'Right breast: BI-RADS 1.'),
                 '3 1', id='D03'),
    pytest.param(('Ultrasound — Breast Unit, Hospital Universitario Austral\n'
                  "Right breast, 11 o'clock: complicated cyst 7 mm. BI-RADS 3.\n"
                  'Aspiration is offered; the cyst is to be reclassified as BI-RADS 2 if '
                  'clear fluid is obtained and it collapses.\n'
                  'Left breast: BI-RADS 1.'),
                 '1 3', id='D04'),
    pytest.param(('Breast imaging report — Hamad Medical Corporation, Doha, 04/02/2026\n'
                  'Left breast: 5 mm group of punctate calcifications, new, BI-RADS 3 for'
                  ' 6-month follow-up.\n'
                  'If magnification views at 6 months show stability, the group is reclas'
                  'sified as BI-RADS 2.\n'
                  'Right breast: BI-RADS 1.'),
                 '3 1', id='D05'),
    pytest.param(('Radiology-pathology correlation — Vancouver General Hospital\n'
                  "Right breast 10 o'clock mass, BI-RADS 4B, core biopsy: fibroadenoma wi"
                  'th usual ductal hyperplasia.\n'
                  'We discussed whether it might be re-categorised as BI-RADS 2; consensu'
                  's: imaging discordant, excision advised. Right remains BI-RADS 4B.\n'
                  'Left: BI-RADS 1.'),
                 '1 4B', id='D06'),
    pytest.param(('Addendum — Radiology, Ninewells Hospital, Dundee\n'
                  'Outside prior mammograms are awaited. The left breast asymmetry remain'
                  's BI-RADS 0 for now; it can be reclassified to BI-RADS 2 once the prio'
                  'rs confirm stability.\n'
                  'Right breast: BI-RADS 1.'),
                 '0 1', id='D07'),
    pytest.param(('Breast MRI — Asan Medical Center (English report), 21/01/2026\n'
                  'Left breast: 8 mm segmental clumped non-mass enhancement. BI-RADS 4B.\n'
                  'With a benign concordant biopsy it would be reclassified as BI-RADS 2 '
                  'at the MDT.\n'
                  'Right breast: BI-RADS 1.'),
                 '4B 1', id='D08'),
    pytest.param(('Ultrasound follow-up — Cleveland Clinic Abu Dhabi\n'
                  "Right breast 4 o'clock: 6 mm probable fibroadenoma, 12-month stability"
                  '. BI-RADS 3.\n'
                  'Surveillance continues until the lesion is reclassified as BI-RADS 2 a'
                  't 24 months.\n'
                  'Left breast: BI-RADS 1.'),
                 '1 3', id='D09'),
    pytest.param(('Second-opinion report — Netherlands Cancer Institute (English)\n'
                  "Left breast: the outside oval mass at 3 o'clock has an indistinct post"
                  'erior margin on our ultrasound of 12/02/2026; it should not be reclass'
                  'ified as BI-RADS 2 and we assess it BI-RADS 4A. Biopsy advised.\n'
                  'Right breast: BI-RADS 1.'),
                 '4A 1', id='D10',
                 marks=pytest.mark.xfail(strict=True, reason=("review D10 (D): read '2 1'; under-reach: 'it shoul"
                                                          'd not be reclassified as BI-RADS 2 and we assess i'
                                                          "t BI-RADS 4A' - the guard stops the revision, but "
                                                          "the hedged 2 before today's 4A is still read as a "
                                                          'plain category and wins'))),
    pytest.param(('Screening follow-up — BreastScreen Queensland, 09/03/2026\n'
                  'Right breast: stable benign-appearing calcifications; BI-RADS 3 kept t'
                  'his round.\n'
                  'They may be re-graded to BI-RADS 2 at the next round if still stable.\n'
                  'Left breast: BI-RADS 1.'),
                 '1 3', id='D11'),
    pytest.param(('Addendum 06/03/2026 — Breast Imaging, Johns Hopkins\n'
                  'Original report 02/03/2026: left breast asymmetry, BI-RADS 0, comparis'
                  'on requested.\n'
                  'Once the 2022 outside mammograms were reviewed, the left asymmetry was'
                  ' reclassified as BI-RADS 2 (stable for 4 years).\n'
                  'Right breast: BI-RADS 1.'),
                 '2 1', id='D12'),
    pytest.param(('Radiology-pathology correlation — Beaumont Hospital, Dublin\n'
                  "Right breast 2 o'clock mass (BI-RADS 4A, 01/2026). Core biopsy: fibroa"
                  'denoma, concordant.\n'
                  'Although the patient asked if surgery was needed, the mass has been re'
                  'classified as BI-RADS 2 and no excision is advised.\n'
                  'Left breast: BI-RADS 1.'),
                 '1 2', id='D13'),
    pytest.param(('MDT outcome — Hospital de Clínicas de Porto Alegre\n'
                  'The left 7 mm cyst was BI-RADS 3 at screening. The radiologist re-exam'
                  'ined whether it was complicated, and after second-look ultrasound it w'
                  'as reclassified as BI-RADS 2.\n'
                  'Right breast: BI-RADS 1.'),
                 '2 1', id='D14'),
    pytest.param(('Tomosynthesis recall — Hospital Universitario Fundación Jiménez Díaz ('
                  'English)\n'
                  'Right breast: the screening asymmetry (BI-RADS 0) is not a true lesion'
                  ' on tomosynthesis; reclassified as BI-RADS 1.\n'
                  'Left breast: BI-RADS 1.'),
                 '1 1', id='D15'),
    pytest.param(('Breast MRI — Mater Hospital, Brisbane, 08/02/2026\n'
                  'Left breast: the 9 mm mass called BI-RADS 3 on ultrasound shows rim en'
                  'hancement and washout on MRI and had to be reclassified as BI-RADS 4B;'
                  ' second-look ultrasound biopsy booked.\n'
                  'Right breast: BI-RADS 1.'),
                 '4B 1', id='D16'),
    pytest.param(('Ultrasound — Breast Centre, Chris Hani Baragwanath Hospital\n'
                  "Left breast 3 o'clock oval mass, 8 mm. Followed as BI-RADS 3 until thi"
                  "s visit, the mass was reclassified as BI-RADS 2 today after 24 months'"
                  ' stability.\n'
                  'Right breast: BI-RADS 1.'),
                 '2 1', id='D17'),
    pytest.param(('Right breast ultrasound — Hospital Sírio-Libanês (English report), 01/'
                  '03/2026\n'
                  "The 10 o'clock oval mass, followed as BI-RADS 3, has grown once more ("
                  '11 mm from 8 mm in 6 months) and is reclassified to BI-RADS 4A. Core b'
                  'iopsy advised.\n'
                  'Left breast not examined.'),
                 '- 4A', id='D18'),
    pytest.param(('Addendum — Breast imaging, Oslo University Hospital\n'
                  'Following aspiration of the right breast complicated cyst (previously '
                  'BI-RADS 3) with complete resolution, we have now re-categorised it as '
                  'BI-RADS 2.\n'
                  'Left breast: BI-RADS 1.'),
                 '1 2', id='D19'),
    pytest.param(('Follow-up ultrasound — Auckland City Hospital\n'
                  'The left 6 mm lesion previously called BI-RADS 3 is a simple cyst on t'
                  "oday's scan and is reclassified as BI-RADS 2; return to routine screen"
                  'ing if asymptomatic.\n'
                  'Right breast: BI-RADS 1.'),
                 '2 1', id='D20'),
    pytest.param(('Consensus reading — BreastScreen NSW\n'
                  'The first reader recalled the left breast for calcifications (BI-RADS '
                  '0). On magnification views the calcifications are not clustered but sc'
                  'attered and bilateral; reclassified as BI-RADS 2, both breasts.\n'
                  'Routine screening in 2 years.'),
                 '2 2', id='D21'),
    pytest.param(('Breast MRI — Fondazione IRCCS Istituto Nazionale dei Tumori (English)\n'
                  'Right breast: 7 mm enhancing mass, BI-RADS 4A on the 01/2026 MRI. Seco'
                  'nd-look ultrasound 20/02/2026 found a cyst with debris at the same sit'
                  'e, and as the patient wished to know whether biopsy was still required'
                  ', the finding was reclassified as BI-RADS 2 in her presence.\n'
                  'Left breast: BI-RADS 1.'),
                 '1 2', id='D22'),
    pytest.param(('EXAM: Screening digital mammogram with tomosynthesis, bilateral. DATE:'
                  ' 02/14/2026.\n'
                  'COMPARISON: 02/2024, 02/2025.\n'
                  'BREAST COMPOSITION: Heterogeneously dense (C).\n'
                  'FINDINGS: No suspicious mass, calcifications or architectural distorti'
                  'on.\n'
                  'IMPRESSION: Negative. BI-RADS 1. Recommend annual screening.'),
                 '1 1', id='O01'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM AND ULTRASOUND, LEFT — Northwestern Medicine, 03/'
                  '02/2026\n'
                  "Indication: palpable lump left breast 2 o'clock.\n"
                  'Mammogram: a 12 mm irregular mass with spiculated margins at the site '
                  'of the palpable marker.\n'
                  'Ultrasound: 13 x 11 mm irregular hypoechoic mass, non-parallel, with p'
                  "osterior shadowing, 2 o'clock 5 cm FN.\n"
                  'IMPRESSION: Highly suggestive of malignancy. BI-RADS 5. US-guided core'
                  ' biopsy scheduled.'),
                 '5 -', id='O02'),
    pytest.param(('Breast ultrasound — Royal Derby Hospital, 04/03/2026\n'
                  "Right breast 10 o'clock: 9 mm oval, well-defined, hypoechoic, wider-th"
                  'an-tall lesion, typical of a fibroadenoma. U3. Core biopsy performed.\n'
                  'Left breast: not scanned.\n'
                  'Conclusion: R U3.'),
                 '- -', id='O03'),
    pytest.param(('Symptomatic breast clinic — Queen Elizabeth Hospital Birmingham, 11/02'
                  '/2026\n'
                  'Mammograms: R M1, L M4.\n'
                  "Ultrasound: left 2 o'clock 14 mm irregular hypoechoic mass, U5 (BI-RAD"
                  'S equivalent 5).\n'
                  'Right breast ultrasound: normal, U1.\n'
                  'Plan: left core biopsy and axillary ultrasound.'),
                 '5 -', id='O04'),
    pytest.param(('BREAST MRI, BILATERAL, WITH AND WITHOUT CONTRAST — Memorial Sloan Kett'
                  'ering, 01/22/2026\n'
                  'Indication: newly diagnosed right breast IDC, extent of disease.\n'
                  "Right breast: 2.3 cm irregular enhancing mass at 9 o'clock correspondi"
                  'ng to the biopsy-proven carcinoma, with biopsy clip. No additional les'
                  'ions.\n'
                  'Left breast: no suspicious enhancement.\n'
                  'IMPRESSION: Right breast: known malignancy, BI-RADS 6. Left breast: ne'
                  'gative, BI-RADS 1.'),
                 '1 6', id='O05'),
    pytest.param(('Mammography report — Hospital Universitari de Bellvitge (English)\n'
                  'Date: 12/02/2026. Bilateral screening.\n'
                  'RIGHT BREAST: Scattered fibroglandular densities. A few round benign c'
                  'alcifications. Assessment: BI-RADS 2.\n'
                  'LEFT BREAST: Scattered fibroglandular densities. No findings. Assessme'
                  'nt: BI-RADS 1.\n'
                  'Recommendation: routine biennial screening.'),
                 '1 2', id='O06'),
    pytest.param(("Ultrasound left breast — St Vincent's Hospital Sydney, 09/02/2026\n"
                  "Findings: 7 mm hypoechoic lesion at 3 o'clock, indeterminate. BI-RADS "
                  '4A.\n'
                  'ADDENDUM (10/02/2026): review with the 2023 ultrasound shows the lesio'
                  'n unchanged in size and morphology. Revised assessment: BI-RADS 2. No '
                  'biopsy required.'),
                 '2 -', id='O07'),
    pytest.param(('Screening mammogram — Kaiser Permanente Oakland, 03/10/2026\n'
                  'Density: scattered areas of fibroglandular density (B).\n'
                  'Bilateral benign-appearing calcified oil cysts after reduction mammopl'
                  'asty.\n'
                  'Assessment: Benign findings, BI-RADS 2 bilaterally.'),
                 '2 2', id='O08'),
    pytest.param(('Screening mammogram — Mount Sinai Hospital, Toronto, 02/26/2026\n'
                  'Right breast: new 8 mm focal asymmetry in the upper outer quadrant on '
                  'the MLO view only.\n'
                  'Left breast: no suspicious finding.\n'
                  'Assessment: incomplete, needs additional imaging. Right BI-RADS 0; lef'
                  't BI-RADS 1.'),
                 '1 0', id='O09',
                 marks=pytest.mark.xfail(strict=True, reason=("review O09 (none): read '0 0'; older behaviour: 'R"
                                                          "ight BI-RADS 0; left BI-RADS 1.' reads 0 on both s"
                                                          'ides'))),
    pytest.param(('BREAST ULTRASOUND BILATERAL — Raffles Hospital, Singapore, 18/01/2026\n'
                  "Lesion 1: Right 7 o'clock, 5 cm FN, 6 x 4 mm simple cyst.\n"
                  "Lesion 2: Left 1 o'clock, 3 cm FN, 10 x 6 mm oval parallel circumscrib"
                  'ed hypoechoic mass.\n'
                  'Impression:\n'
                  'Right: simple cyst, BI-RADS 2.\n'
                  'Left: probably benign mass, BI-RADS 3, follow-up ultrasound in 6 month'
                  's.'),
                 '3 2', id='O10'),
    pytest.param(('Left mammogram — Tom Baker Cancer Centre, Calgary, 05/02/2026\n'
                  'History: right mastectomy 2019 for carcinoma.\n'
                  'Left breast: fatty breast, no mass or suspicious calcification.\n'
                  'Impression: BI-RADS 1, left breast. Annual mammography.'),
                 '1 -', id='O11'),
    pytest.param(('Diagnostic bilateral mammogram — UCLA Health, 02/12/2026\n'
                  "Left breast: biopsy-proven invasive ductal carcinoma at 12 o'clock wit"
                  'h clip; 18 mm spiculated mass.\n'
                  'Right breast: stable benign calcifications.\n'
                  'IMPRESSION: LEFT BI-RADS 6 (known malignancy). RIGHT BI-RADS 2.'),
                 '6 2', id='O12'),
    pytest.param(('Breast ultrasound — Tan Tock Seng Hospital, 07/03/2026\n'
                  "Right breast 10 o'clock 3 cm FN: 8 mm irregular, non-parallel hypoecho"
                  'ic mass with microlobulated margins.\n'
                  'Left breast: normal.\n'
                  'Assessment: right BI-RADS 4C; left BI-RADS 1. US-guided biopsy recomme'
                  'nded.'),
                 '1 4C', id='O13'),
    pytest.param(('Dictated report — Breast imaging, Toowoomba Hospital\n'
                  'bilateral screening mammogram 12 March 2026 comparison 2024 breasts ar'
                  'e almost entirely fatty no mass no suspicious calcification no distort'
                  'ion BI-RADS 1 negative both breasts routine screening in two years'),
                 '1 1', id='O14',
                 marks=pytest.mark.xfail(strict=True, reason=("review O14 (none): read '- -'; older behaviour: an"
                                                          " unpunctuated dictated report ('... no distortion "
                                                          "BI-RADS 1 negative both breasts ...') reads nothin"
                                                          'g'))),
    pytest.param(('Right breast ultrasound — VA Palo Alto, 01/29/2026\n'
                  'Indication: 62-year-old man with right retroareolar tenderness.\n'
                  'Findings: flame-shaped retroareolar fibroglandular tissue consistent w'
                  'ith gynecomastia. No discrete mass.\n'
                  'Impression: Gynecomastia. BI-RADS 2.'),
                 '- 2', id='O15'),
    pytest.param(('MRI breast implant evaluation — Seoul National University Hospital, 20'
                  '/02/2026\n'
                  'Bilateral silicone implants, subpectoral. Linguine sign in the left im'
                  'plant: intracapsular rupture. Right implant intact.\n'
                  'No suspicious breast parenchymal enhancement.\n'
                  'Impression: left intracapsular rupture. BI-RADS 2, both breasts.'),
                 '2 2', id='O16'),
    pytest.param(('NHS Breast Screening Programme — Sheffield\n'
                  'Screening 06/02/2026, two-view mammography. First reader: normal. Seco'
                  'nd reader: normal.\n'
                  'Result: normal (M1 bilateral). Routine recall in 3 years.'),
                 '- -', id='O17'),
    pytest.param(("Six-month follow-up mammogram, right — Brigham and Women's Hospital, 0"
                  '3/05/2026\n'
                  'Comparison: 09/2025.\n'
                  'The grouped round calcifications in the right upper outer quadrant are'
                  ' unchanged.\n'
                  'IMPRESSION: Probably benign. BI-RADS 3. Bilateral mammogram in 6 month'
                  's.'),
                 '- 3', id='O18'),
    pytest.param(('Diagnostic DBT — Sentara Norfolk General, 02/20/2026\n'
                  "Left breast: architectural distortion at 11 o'clock, middle depth, per"
                  'sisting on tomosynthesis; no sonographic correlate.\n'
                  'Right breast: negative.\n'
                  'Assessment: Left BI-RADS 4B — recommend tomosynthesis-guided biopsy. R'
                  'ight BI-RADS 1.'),
                 '4B 1', id='O19'),
    pytest.param(('Übersetzung [translation] — Universitätsklinikum Heidelberg\n'
                  'Mammasonographie [breast ultrasound] 14.01.2026\n'
                  "1. Rechte Brust [Right breast]: 5 mm Zyste (cyst) at 8 o'clock. BI-RAD"
                  'S 2.\n'
                  '2. Linke Brust [Left breast]: no lesion. BI-RADS 1.'),
                 '1 2', id='O20'),
    pytest.param(('Contrast-enhanced mammography — Maastricht UMC+, 27/02/2026\n'
                  'Indication: dense breasts, supplemental screening.\n'
                  'No suspicious enhancement in either breast. Minimal background enhance'
                  'ment.\n'
                  'Conclusion: BI-RADS 1 right, BI-RADS 1 left.'),
                 '1 1', id='O21'),
    pytest.param(('Breast ultrasound — Rotunda Hospital, Dublin, 10/03/2026\n'
                  'Indication: lactating, left breast lump for 4 weeks.\n'
                  "Left 3 o'clock: 22 mm complex fluid collection with a thick wall and d"
                  'ebris, hyperaemic rim, consistent with an abscess. Aspirated under ult'
                  'rasound guidance: pus.\n'
                  'Impression: left breast abscess, BI-RADS 2; clinical review and repeat'
                  ' US in 1 week.'),
                 '2 -', id='O22'),
    pytest.param(('Bilateral screening mammogram — Ochsner, 01/06/2026\n'
                  'A skin marker overlies a 5 mm circumscribed mass in the right breast, '
                  'corresponding to a known sebaceous cyst.\n'
                  'No other findings.\n'
                  'Impression: benign. BI-RADS 2.'),
                 '2 2', id='O23'),
    pytest.param(('Mammography — Peking Union Medical College Hospital (English report)\n'
                  'Date 2026-02-18. Breast composition ACR c.\n'
                  'Right breast: no mass. Left breast: clustered fine linear branching ca'
                  'lcifications in the UOQ, 15 mm extent.\n'
                  'Diagnosis: left BI-RADS 5; right BI-RADS 1.'),
                 '5 1', id='O24'),
    pytest.param(('Outside film review — Dana-Farber, 02/27/2026\n'
                  'Outside mammogram of 01/30/2026 (community hospital) reviewed at patie'
                  'nt request; outside assessment BI-RADS 4A right.\n'
                  'Our interpretation: the right finding is a benign lymph node with a fa'
                  'tty hilum.\n'
                  'Our assessment: right BI-RADS 2, left BI-RADS 1.'),
                 '1 2', id='O25',
                 marks=pytest.mark.xfail(strict=True, reason=("review O25 (none): read '1 4A'; older behaviour: t"
                                                          "he outside review's 'outside assessment BI-RADS 4A"
                                                          " right' outranks 'Our assessment: right BI-RADS 2'"))),
    pytest.param(('Breast MRI — Institut Jules Bordet (English), 05/03/2026\n'
                  "Post neoadjuvant chemotherapy for left breast carcinoma (clip at 2 o'c"
                  'lock). Complete imaging response: no residual enhancement.\n'
                  'Right breast: no suspicious enhancement.\n'
                  'Assessment: left BI-RADS 6 (biopsy-proven, under treatment); right BI-'
                  'RADS 1.'),
                 '6 1', id='O26'),
    pytest.param(('USG BOTH BREASTS — Fortis Hospital, Gurgaon, 21/02/2026\n'
                  "Right breast: multiple simple cysts, largest 9 mm at 10 o'clock.\n"
                  'Left breast: few small simple cysts.\n'
                  'Both axillae: normal nodes.\n'
                  'IMPRESSION: Bilateral simple breast cysts — BIRADS II.'),
                 '2 2', id='O27'),
    pytest.param(('Diagnostic mammogram, left — Intermountain Health, 03/12/2026\n'
                  'Recalled from screening for a left focal asymmetry.\n'
                  'Spot compression: the asymmetry effaces; normal fibroglandular tissue.'
                  '\n'
                  'IMPRESSION: Left BI-RADS 1. Return to annual screening.'),
                 '1 -', id='O28'),
    pytest.param(('Bilateral breast ultrasound — Aga Khan University Hospital, Karachi, 0'
                  '8/01/2026\n'
                  "Right breast: 1.8 cm oval circumscribed mass at 6 o'clock, parallel, h"
                  'omogeneous; fibroadenoma in a 24-year-old. BI-RADS 3.\n'
                  'Left breast: 4 mm simple cyst. BI-RADS 2.'),
                 '2 3', id='O29'),
    pytest.param(('Screening mammography — Hoag, 02/02/2026\n'
                  'Breast density: extremely dense (D). This may lower sensitivity; suppl'
                  'emental ultrasound or MRI may be considered.\n'
                  'Findings: no suspicious mass, calcification or distortion in either br'
                  'east.\n'
                  'Assessment: BI-RADS 1 — negative.'),
                 '1 1', id='O30'),
    pytest.param(('Bilateral diagnostic mammography and ultrasound — Hospital Moinhos de '
                  'Vento, 16/02/2026\n'
                  "Right breast: 6 mm oval circumscribed mass at 10 o'clock, probably fib"
                  'roadenoma: BI-RADS 3.\n'
                  "Left breast: 11 mm irregular mass at 2 o'clock with angular margins: B"
                  'I-RADS 4C.\n'
                  'Overall assessment: BI-RADS 4C. Biopsy of the left mass; 6-month follo'
                  'w-up of the right.'),
                 '4C 3', id='O31'),
    pytest.param(('Breast MRI screening — Sunnybrook, 01/15/2026\n'
                  'Right breast: scattered foci, stable. BI-RADS 2.\n'
                  'Left breast: no suspicious enhancement. BI-RADS 1.\n'
                  'Addendum 01/16/2026: comparison with the 2024 MRI confirms stability; '
                  'no change to the assessment.'),
                 '1 2', id='O32'),
    pytest.param(('Left breast: BI-RADS 3 at screening. Once the priors were reviewed, th'
                  'e left asymmetry was reclassified BI-RADS 2.'),
                 '2 -', id='probe_once'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
