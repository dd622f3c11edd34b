"""Review r127: the three radiology rules of 9b45154 (b127-b128) against 53d3ed6, 100 texts (70 rule texts, 23-24 per
rule, and 30 ordinary reports) and 18 follow-up probes, pinned at the narrowed revision.

The review found 1 over-reach and 4 texts newly wrong otherwise. The reconstructed / operated breast not imaged (1):
"Left treated breast not imaged on the initial visit ..." and an addendum's "... not imaged on the initial study has now
been imaged: ... BI-RADS 2." removed the left, so its category went to the right; the plain "Left breast not imaged"
wording had the flaw already (P01). The Bislama side words (3): the "i no" guard also caught "i no gat" (has no: "Lef
titi i no gat lamp ... BI-RADS 1." lost the left's 1), and a prior category quoted under "Histri:" or with "long 2023"
(in 2023) got a side and stood as today's; "Lef titi, i no skan" escaped the guard by its comma (P10). The revised
name's stable finding (1): an unsided revision on a bilateral exam went to the impression's side only (R39), the
revision reader's older side assignment.

The narrowing: a side not imaged is none where its clause goes on to another visit or study ("on the initial / previous
/ first / 2024 visit|study|exam") or its sentence takes it back ("has now been / was later / subsequently / now
imaged"), for the operated breast's wording and the plain one alike (no development report changed); the Bislama guard
takes only the scan's negation ("i no (bin) skan / skanem / luk / tekem / stap"), also after a comma or colon; and, each
changing no development report, the side's two words wrapped over a line ("raet" ending one, "titi" the next), "Histri:"
read as a history heading and "long <year>" as "in <year>" in the Bislama view, and a plural stable finding ("(benign,
stable nodes)"). R65 reads as at 53d3ed6, the 25 newly right texts stay right, and R05, R09, R11, R19 and R43 are now
right: 91 of 100 right (85 at 9b45154, 61 at 53d3ed6); probes 12 of 18 (8, 7). The 9 still wrong (and the 6 probes of
their shapes), strict xfails, read as at 9b45154: 8 older behaviour that the plain wording or the first revision shows
too (a bilateral or screening title, a "LEFT BREAST:" header or a title's aside beating a not-imaged statement; an
unsided revision sided by the impression; "patient left" in a gloss; a laterality correction above the findings; a
history's other-side category) and 1 under-reach ("(benign, stable since 2020)" names no finding)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('VILA CENTRAL HOSPITAL - RADIOLOGY REGISTER (translated from Bislama / '
                  'French)\n'
                  'Patient: F, 38 yia.\n'
                  'Exam: ekografi blong tufala titi.\n'
                  "Findings: Raet titi: oval hypoechoic nodule 11 x 7 mm at 2 o'clock, ci"
                  'rcumscribed, parallel, no posterior features. Lef titi: no focal lesio'
                  'n, normal fibroglandular pattern.\n'
                  'Conclusion: Fibroadénome probable, raet titi 2 h. BI-RADS 3. Lef titi:'
                  ' normal, BI-RADS 1.\n'
                  'Next: ultrasound again in 6 months.'),
                 '1 3', id='R01'),
    pytest.param(('Northern District Hospital, Luganville - imaging register, entry trans'
                  'lated from Bislama\n'
                  'Request: lamp long raet titi, 3 wik.\n'
                  "Ultrasound: at 10 o'clock a 14 x 9 mm oval circumscribed hypoechoic ma"
                  'ss, wider than tall, no internal vascularity. Axilla normal.\n'
                  'Conclusion: Fibroadénome probable, raet titi 10 h. BI-RADS 3.\n'
                  'Pelvic scan same day (separate request): left ovarian simple cyst 28 m'
                  'm, no follow-up needed.'),
                 '- 3', id='R02'),
    pytest.param(('SANMA PROVINCIAL HOSPITAL - X-RAY DEPATMEN\n'
                  'Ultrasaon blong titi long raet saed nomo.\n'
                  'Histri: woman 44 yia, pen long titi long raet saed 2 wik.\n'
                  "Faending: simple cyst 9 mm long 7 o'clock, anechoic, thin wall, poster"
                  'ior enhancement. No solid lesion. Arpit i nomol.\n'
                  'Konklusen: simple cyst, titi long raet saed. BI-RADS 2.'),
                 '- 2', id='R03'),
    pytest.param(('MAMOGRAF + ULTRASAON (register translation, Port Vila)\n'
                  'Breast density: B.\n'
                  'RAET TITI: scattered fibroglandular tissue; no mass, no suspicious cal'
                  'cification. BI-RADS 1.\n'
                  'LEF TITI: 6 mm cluster of amorphous calcifications upper outer quadran'
                  't, new compared with the 2023 film. BI-RADS 4A.\n'
                  'Recommendation: stereotactic biopsy lef titi.'),
                 '4A 1', id='R04'),
    pytest.param(('Radiology register, Lenakel Hospital (Tanna), translated.\n'
                  'Indication: lamp i stap 1 manis.\n'
                  'Ultrasound: complicated cyst with low-level internal echoes, 12 x 8 mm'
                  ", at 3 o'clock, no solid component, no flow.\n"
                  'Conclusion: complicated cyst, raet\n'
                  'titi 3 h. BI-RADS 3. Repeat ultrasound 6 months.'),
                 '- 3', id='R05'),
    pytest.param(('ULTRASOUND BOTH BREASTS (requested)\n'
                  'Vila Central Hospital register entry, translated from Bislama.\n'
                  'Lef titi i no skan tede (not scanned today: wound dressing in place).\n'
                  "Raet titi: two simple cysts at 9 and 11 o'clock, largest 7 mm. No soli"
                  'd mass. Axilla normal.\n'
                  'Conclusion: BI-RADS 2, raet titi.'),
                 '- 2', id='R06'),
    pytest.param(('BREAST ULTRASOUND\n'
                  'Histri: woman 51 yia, lamp long raet titi.\n'
                  'Lef titi i no skan.\n'
                  "Raet titi: two simple cysts, largest 8 mm at 10 o'clock, thin walls, p"
                  'osterior enhancement; no solid lesion.\n'
                  'Conclusion: benign cysts. BI-RADS 2.'),
                 '- 2', id='R07'),
    pytest.param(('Ekografi blong tufala titi - register entry (translated)\n'
                  "Raet titi: oval circumscribed hypoechoic mass 8 mm at 1 o'clock, paral"
                  'lel, no vascularity: probable fibroadenoma. BI-RADS 3.\n'
                  'Lef titi i nogat samting (nothing seen). BI-RADS 1.\n'
                  'Plan: luk bakegen long 6 manis (follow-up 6 months).'),
                 '1 3', id='R08'),
    pytest.param(('ULTRASAON BLONG TUFALA TITI\n'
                  "Raet titi: irregular hypoechoic mass 13 mm at 11 o'clock with angular "
                  'margins, not parallel. BI-RADS 4A. Core biopsy arranged.\n'
                  'Lef titi i no gat lamp, i no gat sista (no lump, no cyst). BI-RADS 1.'),
                 '1 4A', id='R09'),
    pytest.param(('Northern District Hospital - imaging register (Bislama original, Engli'
                  'sh translation)\n'
                  'Exam: ultrasaon blong raet titi (right breast only).\n'
                  'Histri: pen long bel long lef saed, mo smol lamp long raet titi.\n'
                  "Findings: 6 mm simple cyst at 8 o'clock; no solid mass; axilla normal."
                  '\n'
                  'Conclusion: BI-RADS 2. Abdominal pain to be seen by the surgical team.'),
                 '- 2', id='R10'),
    pytest.param(('Register entry, Vila Central Hospital, translated.\n'
                  'Histri: raet titi BI-RADS 4B long 2024, core biopsy fibroadenoma, no f'
                  'ollow-up needed.\n'
                  'Today: ekografi blong lef titi nomo for new pain.\n'
                  "Lef titi: 5 mm simple cyst at 2 o'clock; no solid mass.\n"
                  'Konklusen: lef titi BI-RADS 2.'),
                 '2 -', id='R11'),
    pytest.param(('X-RAY DEPATMEN, NORTHERN DISTRICT HOSPITAL\n'
                  'Ultrasaon: titi long lef saed.\n'
                  'Faending: irregular, spiculated, taller-than-wide hypoechoic mass 21 m'
                  "m at 12 o'clock with posterior shadowing; abnormal level I node 14 mm "
                  'with thick cortex.\n'
                  'Konklusen: highly suspicious mass, titi long lef saed, BI-RADS 5. Biop'
                  'sy tede.'),
                 '5 -', id='R12'),
    pytest.param(('Breast ultrasound (translated register entry)\n'
                  "Raet titi [right breast]: simple cyst 12 mm at 6 o'clock. BI-RADS 2.\n"
                  'Lef titi [left breast]: normal. BI-RADS 1.\n'
                  'Axillae normal bilaterally.'),
                 '1 2', id='R13'),
    pytest.param(('Compte rendu - échographie mammaire (traduction du registre, Port-Vila'
                  ')\n'
                  'Sein droit : kyste simple de 9 mm à 10 h.\n'
                  "Lef titi : pas d'anomalie.\n"
                  'Conclusion : Sein droit : kyste simple, ACR 2. Lef titi : normal, ACR '
                  '1.'),
                 '1 2', id='R14'),
    pytest.param(('Referral (Bislama): Plis luk woman ia, hem i talem se i gat lamp long '
                  'raet titi.\n'
                  '\n'
                  'BILATERAL BREAST ULTRASOUND\n'
                  'Both breasts scanned in full, with attention to the right upper outer '
                  'quadrant where the patient feels the lump: normal fibroglandular tissu'
                  'e, no mass, no cyst. Axillae normal.\n'
                  'Impression: no sonographic abnormality. BI-RADS 1 bilateral.'),
                 '1 1', id='R15'),
    pytest.param(('Mammography register, Vila Central Hospital (translated)\n'
                  'Histri: katem lef titi long 2021 (left mastectomy 2021 for carcinoma).'
                  '\n'
                  'Lef titi i no skan from hem i katemaot finis.\n'
                  'Raet titi: fatty breast, no mass, no calcification, no distortion.\n'
                  'Conclusion: raet titi BI-RADS 1. Mamograf bakegen long 1 yia.'),
                 '- 1', id='R16'),
    pytest.param(('ULTRASOUND BREASTS\n'
                  'Indication: pain both sides.\n'
                  "Raet titi: three simple cysts, largest 10 mm at 9 o'clock.\n"
                  'Lef titi, i no skan (not scanned: patient left before completion).\n'
                  'Impression: benign cysts. BI-RADS 2.'),
                 '- 2', id='R17',
                 marks=pytest.mark.xfail(strict=True, reason=("review R17 (1 bislama): read '2 -'; older behaviou"
                                                          "r: 'patient left before completion' in the gloss n"
                                                          'ames the left (the Bislama side itself is now bloc'
                                                          'ked)'))),
    pytest.param(('ULTRASAON BLONG TUFALA TITI (translated)\n'
                  "Lef titi: 12 mm irregular hypoechoic mass at 2 o'clock, microlobulated"
                  ' margins, vessels inside. BI-RADS 4C.\n'
                  'Raet titi: i klia (clear). BI-RADS 1.\n'
                  'Plan: core biopsy lef titi, MDT next week.'),
                 '4C 1', id='R18'),
    pytest.param(('Register entry (Bislama, translated)\n'
                  'Histri: long 2023 raet titi i BI-RADS 3 from wan smol lamp.\n'
                  "Today: ultrasaon blong raet titi nomo. The 6 mm oval mass at 4 o'clock"
                  ' is the same size as 2023, 2 years stable.\n'
                  'Konklusen: benign, stable. Raet titi BI-RADS 2.'),
                 '- 2', id='R19'),
    pytest.param(('LENAKEL HOSPITAL - ULTRASAON\n'
                  'Rikwes: sore long titi long raet.\n'
                  "Faending: 7 mm simple cyst at 11 o'clock; surrounding tissue normal. A"
                  'rpit i nomol.\n'
                  'Konklusen: sista blong titi long raet, BI-RADS 2.'),
                 '- 2', id='R20'),
    pytest.param(('BILATERAL BREAST ULTRASOUND, Port Vila (register translation)\n'
                  'Findings: scattered simple cysts in both breasts; in the left breast a'
                  "t 3 o'clock an oval circumscribed solid nodule 6 mm.\n"
                  'Impression: raet titi BI-RADS 2 (simple cysts); lef titi BI-RADS 3 (pr'
                  'obable fibroadenoma 6 mm), follow-up 6 months.'),
                 '3 2', id='R21'),
    pytest.param(('MAMOGRAF - register entry, translated\n'
                  'Histri: katem raet titi 2019 (right mastectomy 2019), no reconstructio'
                  'n.\n'
                  'Raet titi i no stap (absent).\n'
                  'Lef titi: heterogeneously dense, stable coarse calcifications of a fib'
                  'roadenoma; no mass, no distortion.\n'
                  'Conclusion: lef titi BI-RADS 2. Annual mammography.'),
                 '2 -', id='R22'),
    pytest.param(('ULTRASOUND BREASTS (register, translated)\n'
                  "Raet titi: 8 mm simple cyst at 12 o'clock. BI-RADS 2.\n"
                  'Lef titi i no skan tede (not scanned today).\n'
                  'ADDENDUM (same afternoon): lef titi i skan afta (left breast scanned l'
                  'ater): no mass, no cyst. BI-RADS 1.'),
                 '1 2', id='R23'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL - 12/02/2026\n'
                  'Findings: focal asymmetry in the left upper outer quadrant, posterior '
                  'depth, not seen on the 2024 study available here. Right breast unremar'
                  'kable.\n'
                  'Impression: Left breast BI-RADS 0, incomplete - needs comparison with '
                  'outside priors. Right breast BI-RADS 1.\n'
                  'ADDENDUM 16/02/2026: outside films from 2019 and 2021 received. Left b'
                  'reast BI-RADS 0 revised to BI-RADS 2 (benign, stable asymmetry).'),
                 '2 1', id='R24'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  "Findings: 11 mm oval circumscribed hypoechoic mass at 9 o'clock, paral"
                  'lel, 3 cm from the nipple.\n'
                  'Impression: probable fibroadenoma. BI-RADS 3.\n'
                  'Addendum: prior ultrasound from 2022 (Riverside Imaging) now reviewed;'
                  ' the mass measured 11 mm then. Right breast BI-RADS 3 downgraded to BI'
                  '-RADS 2 (benign, unchanged fibroadenoma).'),
                 '- 2', id='R25'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM LEFT\n'
                  'Clinical: recalled from screening for calcifications.\n'
                  'Magnification views: coarse and rim calcifications in the left lower i'
                  'nner quadrant.\n'
                  'Assessment: BI-RADS 0 pending comparison.\n'
                  'ADDENDUM: Comparison with 2016-2023 mammograms: identical. BI-RADS 0 c'
                  'hanged to BI-RADS 2 (Benign, long-standing calcifications).'),
                 '2 -', id='R26'),
    pytest.param(('ULTRASOUND RIGHT BREAST AND AXILLA\n'
                  'Findings: 9 mm oval hypoechoic mass with fatty hilum in the upper oute'
                  'r quadrant, intramammary location.\n'
                  'Impression: BI-RADS 4A, biopsy suggested.\n'
                  'Addendum (Dr Osei, 3 March): outside MRI 2023 shows the same structure'
                  ', consistent with an intramammary node. BI-RADS 4A revised to BI-RADS '
                  '2 (benign, stable lymph node). Biopsy cancelled.'),
                 '- 2', id='R27'),
    pytest.param(('LEFT BREAST US\n'
                  'impression: 14 mm complicated cyst 2:00, BIRADS 3\n'
                  'addendum: outside US 2021 obtained, same cyst 14 mm. BIRADS 3 downgrad'
                  'ed to BIRADS 2 (benign, stable cyst).'),
                 '2 -', id='R28'),
    pytest.param(('Bilateral diagnostic mammography.\n'
                  'Left breast: no abnormality. BI-RADS 1.\n'
                  'Right breast: focal asymmetry inner quadrants. BI-RADS 0.\n'
                  'Addendum after review of the 2020 and 2022 studies: right breast BI-RA'
                  'DS 0 revised to BI-RADS 2 (benign, stable focal asymmetry).'),
                 '1 2', id='R29'),
    pytest.param(('Bilateral diagnostic mammography.\n'
                  'Right breast: dense nodular area at 10:00. BI-RADS 0.\n'
                  'Left breast: no abnormality. BI-RADS 1.\n'
                  'Addendum after review of the 2020 and 2022 studies: right breast BI-RA'
                  'DS 0 revised to BI-RADS 2 (benign, stable since 2020).'),
                 '1 2', id='R30',
                 marks=pytest.mark.xfail(strict=True, reason=("review R30 (2 revised stable finding): read '2 0';"
                                                          " under-reach: '(benign, stable since 2020)' names "
                                                          'no finding, so the revision is unread and the left'
                                                          ' takes it (older side assignment)'))),
    pytest.param(('LEFT DIAGNOSTIC MAMMOGRAM\n'
                  'Findings: developing asymmetry left upper inner quadrant.\n'
                  'Impression: BI-RADS 0.\n'
                  'Addendum: Left breast BI-RADS 0 revised to BI-RADS 2 (benign, pending '
                  'MDT).'),
                 '0 -', id='R31'),
    pytest.param(('LEFT DIAGNOSTIC MAMMOGRAM\n'
                  'Findings: asymmetry left upper outer quadrant, 2 views.\n'
                  'Impression: BI-RADS 0.\n'
                  'Addendum: Left breast BI-RADS 0 revised to BI-RADS 2 (benign, if stabl'
                  'e asymmetry on the 6-month study).'),
                 '0 -', id='R32'),
    pytest.param(('LEFT DIAGNOSTIC MAMMOGRAM\n'
                  'Findings: asymmetry left upper outer quadrant.\n'
                  'Impression: BI-RADS 0.\n'
                  'Addendum: outside report received by fax. Left breast BI-RADS 0 revise'
                  'd to BI-RADS 2 (benign, stable asymmetry per the outside reader).'),
                 '0 -', id='R33'),
    pytest.param(('LEFT DIAGNOSTIC MAMMOGRAM\n'
                  'Findings: asymmetry left upper outer quadrant.\n'
                  'Impression: BI-RADS 0.\n'
                  'Addendum: Left breast BI-RADS 0 revised to BI-RADS 2 (probably benign,'
                  ' stable asymmetry).'),
                 '0 -', id='R34'),
    pytest.param(('LEFT DIAGNOSTIC MAMMOGRAM\n'
                  'Findings: asymmetry left upper outer quadrant.\n'
                  'Impression: BI-RADS 0.\n'
                  'Addendum: Left breast BI-RADS 0 revised to BI-RADS 2 (benign), stable '
                  'asymmetry.'),
                 '0 -', id='R35'),
    pytest.param(('SCREENING MAMMOGRAM BILATERAL\n'
                  'History: recalled in 2024 for a left asymmetry; at that work-up BI-RAD'
                  'S 0 revised to BI-RADS 2 (benign, stable asymmetry).\n'
                  'Findings: scattered fibroglandular density. The left asymmetry is no l'
                  'onger visible. No mass or suspicious calcification.\n'
                  'Impression: Negative. BI-RADS 1.'),
                 '1 1', id='R36'),
    pytest.param(('LEFT BREAST ULTRASOUND AND MAMMOGRAM\n'
                  'Comparison: Left breast: BI-RADS 0 revised to BI-RADS 2 (benign, stabl'
                  'e asymmetry) in March 2024.\n'
                  'Findings: new 7 mm irregular hypoechoic mass at 1:00 within the area o'
                  'f the known asymmetry, not present in 2024.\n'
                  'Impression: BI-RADS 4B. Ultrasound-guided biopsy.'),
                 '4B -', id='R37'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'Impression: 10 mm irregular mass at 4:00, BI-RADS 4A.\n'
                  'ADDENDUM: the 2025 study from another centre shows the same mass at 10'
                  ' mm with the same margins. BI-RADS 4A downgraded to BI-RADS 3 (probabl'
                  'y benign, stable mass).'),
                 '3 -', id='R38'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM 02/03/2026\n'
                  'Impression: possible asymmetry, left inner. BI-RADS 0.\n'
                  'ADDENDUM 05/03/2026: the 2023 films from the previous provider show th'
                  'e same appearance. BI-RADS 0 revised to BI-RADS 2 (benign, stable asym'
                  'metry); annual surveillance recommended.'),
                 '2 2', id='R39',
                 marks=pytest.mark.xfail(strict=True, reason=("review R39 (2 revised stable finding): read '2 -';"
                                                          ' older behaviour: the revision reader gives an uns'
                                                          "ided addendum's category to the impression's side "
                                                          'only on a bilateral exam (P04)'))),
    pytest.param(('LEFT DIAGNOSTIC MAMMOGRAM\n'
                  'Findings: asymmetry left upper outer quadrant.\n'
                  'Impression: BI-RADS 0.\n'
                  'Addendum: Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable a'
                  'symmetry - outside read).'),
                 '0 -', id='R40'),
    pytest.param(('LEFT DIAGNOSTIC MAMMOGRAM\n'
                  'Findings: asymmetry left upper outer quadrant.\n'
                  'Impression: BI-RADS 0.\n'
                  'Addendum: Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable a'
                  'symmetry?).'),
                 '0 -', id='R41'),
    pytest.param(('LEFT BREAST MAMMOGRAM + ULTRASOUND\n'
                  'Impression: left breast BI-RADS 0.\n'
                  'ADDENDUM 1: priors from 2021 reviewed. Left breast BI-RADS 0 revised t'
                  'o BI-RADS 2 (benign, stable asymmetry).\n'
                  'ADDENDUM 2 (after MRI 20/03/2026): non-mass enhancement 18 mm correspo'
                  'nding to the asymmetry. Final assessment: BI-RADS 4B, MRI-guided biops'
                  'y.'),
                 '4B -', id='R42'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'Impression: two oval hypoechoic nodes in the axillary tail, BI-RADS 3.'
                  '\n'
                  'Addendum: comparison with 2022 CT chest shows both unchanged. BI-RADS '
                  '3 revised to BI-RADS 2 (benign, stable nodes).'),
                 '- 2', id='R43'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'Impression: 8 mm oval mass 7:00, BI-RADS 3.\n'
                  'Addendum: prior ultrasound of 2021 shows the same mass. BI-RADS 3 revi'
                  'sed to BI-RADS 2 (BENIGN, STABLE MASS).'),
                 '- 2', id='R44'),
    pytest.param(('MAMMOGRAPHY LEFT - diagnostic\n'
                  'Impression: BI-RADS 0; asymmetry, needs priors.\n'
                  'Addendum by Dr Lindqvist: Left breast BI-RADS 0 revised to BI-RADS 2 ('
                  'benign, stable asymmetry) after review of the prior films.'),
                 '2 -', id='R45'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'Impression: 9 mm oval mass at 11:00, BI-RADS 3, 6-month follow-up.\n'
                  'Addendum: the referring clinician asks whether this could be BI-RADS 2'
                  '. BI-RADS 3 is not revised to BI-RADS 2 (benign, stable mass): no prio'
                  'r imaging exists to show stability.'),
                 '- 3', id='R46'),
    pytest.param(('SURVEILLANCE MAMMOGRAM - 04/03/2026\n'
                  'History: left mastectomy and DIEP flap reconstruction 2020 for IDC.\n'
                  'Left reconstructed breast not imaged.\n'
                  'Right breast: scattered fibroglandular densities. Stable benign calcif'
                  'ications. No mass or distortion.\n'
                  'Impression: Benign. BI-RADS 2.'),
                 '- 2', id='R47'),
    pytest.param(('SCREENING MAMMOGRAM\n'
                  'History: right lumpectomy and radiotherapy 2018, left reconstruction a'
                  'fter prophylactic mastectomy 2022.\n'
                  'Left reconstructed breast not imaged per protocol.\n'
                  'The breasts are almost entirely fatty. No mass, no suspicious calcific'
                  'ation, no architectural distortion.\n'
                  'Impression: Negative. BI-RADS 1.'),
                 '- 1', id='R48',
                 marks=pytest.mark.xfail(strict=True, reason=("review R48 (3 operated breast not imaged): read '1"
                                                          " -'; older behaviour: the plain 'Left breast not i"
                                                          "maged per protocol' reads the same (P06)"))),
    pytest.param(('BILATERAL MAMMOGRAM REQUESTED\n'
                  'Left operated breast: not imaged.\n'
                  'Right breast: two stable circumscribed masses, benign-appearing, uncha'
                  'nged since 2021.\n'
                  'Impression: benign findings. BI-RADS 2.'),
                 '- 2', id='R49',
                 marks=pytest.mark.xfail(strict=True, reason=("review R49 (3 operated breast not imaged): read '2"
                                                          " 2'; older behaviour: the bilateral title beats th"
                                                          'e not-imaged heading line, as with the plain wordi'
                                                          'ng (P07)'))),
    pytest.param(('BREAST ULTRASOUND\n'
                  'Indication: surveillance after right breast cancer treatment.\n'
                  'Right treated breast not examined (patient declined, skin reaction).\n'
                  'Left breast: normal fibroglandular tissue, no mass, no cyst; axilla no'
                  'rmal.\n'
                  'Conclusion: negative. BI-RADS 1.'),
                 '1 -', id='R50'),
    pytest.param(('SCREENING MAMMOGRAPHY\n'
                  'Right irradiated breast was not imaged today (patient declined compres'
                  'sion, radiation dermatitis).\n'
                  'Left breast: benign-appearing calcified oil cysts, stable.\n'
                  'IMPRESSION: BI-RADS 2.'),
                 '2 -', id='R51'),
    pytest.param(('MAMMOGRAPHY, SURVEILLANCE\n'
                  'LEFT RECONSTRUCTED BREAST NOT IMAGED.\n'
                  'RIGHT BREAST: HETEROGENEOUSLY DENSE. NO MASS, NO CALCIFICATION OF CONC'
                  'ERN.\n'
                  'IMPRESSION: NEGATIVE. BI-RADS 1.'),
                 '- 1', id='R52'),
    pytest.param(('SURVEILLANCE MAMMOGRAM\n'
                  'L reconstructed breast not imaged.\n'
                  'R breast: benign-appearing intramammary lymph node, unchanged.\n'
                  'Impression: BI-RADS 2.'),
                 '- 2', id='R53'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'History: left mastectomy with latissimus dorsi flap reconstruction 201'
                  '9.\n'
                  'Left reconstructed breast imaged with MLO view only: oil cysts and coa'
                  'rse calcifications of fat necrosis.\n'
                  'Right breast: scattered fibroglandular density, no suspicious finding.'
                  '\n'
                  'Impression: Benign. BI-RADS 2, bilateral.'),
                 '2 2', id='R54'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'History: left mastectomy with implant reconstruction and left axillary'
                  ' clearance 2021.\n'
                  'Left reconstructed axilla not imaged (no axillary tissue on the MLO). '
                  'Both breasts imaged with implant-displaced views on the left.\n'
                  'Stable benign calcifications right. No mass.\n'
                  'Impression: Benign. BI-RADS 2.'),
                 '2 2', id='R55'),
    pytest.param(('SURVEILLANCE MAMMOGRAM\n'
                  'Left breast reconstructed, not imaged.\n'
                  'Right breast: stable benign calcifications.\n'
                  'Impression: Benign. BI-RADS 2.'),
                 '- 2', id='R56'),
    pytest.param(('BILATERAL BREAST IMAGING - MAMMOGRAM AND ULTRASOUND\n'
                  'History: left mastectomy and implant reconstruction 2021.\n'
                  'Left reconstructed breast not imaged mammographically; ultrasound of t'
                  'he left reconstructed breast and axilla: intact implant, no mass, no a'
                  'bnormal node.\n'
                  'Right breast mammogram and ultrasound: stable 6 mm simple cyst at 10:0'
                  '0.\n'
                  'Impression: Benign. BI-RADS 2, bilateral.'),
                 '2 2', id='R57'),
    pytest.param(('BILATERAL MAMMOGRAM 10/03/2026\n'
                  'History: at the 2024 visit the left reconstructed breast was not image'
                  'd (tissue expander in situ); expander exchanged for a silicone implant'
                  ' in 2025.\n'
                  'Today: standard and implant-displaced views of both breasts. No mass, '
                  'no suspicious calcification.\n'
                  'Impression: Negative. BI-RADS 1.'),
                 '1 1', id='R58'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'History: left mastectomy and implant reconstruction 2022.\n'
                  'Left reconstructed breast not imaged in the CC projection (implant); M'
                  'LO and implant-displaced MLO obtained.\n'
                  'Both breasts: benign-appearing calcifications only.\n'
                  'Impression: BI-RADS 2 bilateral.'),
                 '2 2', id='R59'),
    pytest.param(('BILATERAL MAMMOGRAM AND ULTRASOUND\n'
                  'Right operated breast not imaged on ultrasound (examined on mammograph'
                  'y only, scar stable).\n'
                  'Left breast: mammography and ultrasound show a 5 mm simple cyst at 2:0'
                  '0.\n'
                  'FINAL COMBINED ASSESSMENT: BI-RADS 2 - Benign, both breasts.'),
                 '2 2', id='R60'),
    pytest.param(('Request: right treated breast not imaged since 2022 - please include b'
                  'oth breasts this time.\n'
                  '\n'
                  'BILATERAL MAMMOGRAM 18/03/2026\n'
                  'Post-treatment changes right breast: skin thickening and scar at the l'
                  'umpectomy site, stable. Left breast: scattered fibroglandular density.'
                  '\n'
                  'Impression: Benign post-treatment change. BI-RADS 2 bilateral.'),
                 '2 2', id='R61'),
    pytest.param(('SURVEILLANCE MAMMOGRAPHY\n'
                  'LEFT BREAST:\n'
                  'Left reconstructed breast not imaged.\n'
                  '\n'
                  'RIGHT BREAST:\n'
                  'Stable post-surgical distortion at 12:00.\n'
                  'Assessment: BI-RADS 2 - Benign.'),
                 '- 2', id='R62',
                 marks=pytest.mark.xfail(strict=True, reason=("review R62 (3 operated breast not imaged): read '2"
                                                          " -'; older behaviour: the 'LEFT BREAST:' header gi"
                                                          'ves the later category the left, as with the plain'
                                                          ' wording (P08)'))),
    pytest.param(('SURVEILLANCE MAMMOGRAM\n'
                  'History: left mastectomy, radiotherapy and implant reconstruction 2020'
                  '.\n'
                  'Left irradiated and reconstructed breast not imaged.\n'
                  'Right breast: stable benign calcifications.\n'
                  'Impression: Benign. BI-RADS 2.'),
                 '- 2', id='R63'),
    pytest.param(('BILATERAL BREAST ULTRASOUND (right operated breast not scanned at the '
                  "patient's request)\n"
                  'Left breast: 4 mm simple cyst at 3:00; otherwise normal. Left axilla n'
                  'ormal.\n'
                  'Impression: BI-RADS 2.'),
                 '2 -', id='R64',
                 marks=pytest.mark.xfail(strict=True, reason=("review R64 (3 operated breast not imaged): read '2"
                                                          " 2'; older behaviour: an aside in the bilateral ti"
                                                          'tle does not remove the side, as with the plain wo'
                                                          'rding (P09)'))),
    pytest.param(('BILATERAL MAMMOGRAM - 10/02/2026\n'
                  'Right breast: scattered fibroglandular density; no mass. BI-RADS 1.\n'
                  'Left treated breast not imaged on the initial visit because of radiati'
                  'on skin reaction.\n'
                  'ADDENDUM 24/02/2026: Left treated breast not imaged on the initial stu'
                  'dy has now been imaged: stable post-lumpectomy scar, no new finding. B'
                  'I-RADS 2.'),
                 '2 1', id='R65'),
    pytest.param(('SURVEILLANCE MAMMOGRAM\n'
                  'Left reconstructed breast: not imaged (implant).\n'
                  'Right breast: fatty, no abnormality.\n'
                  'BI-RADS 1 right.'),
                 '- 1', id='R66'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'History: right lumpectomy and radiotherapy 2017. Annual MRI of the rig'
                  'ht treated breast was not imaged this year because of claustrophobia; '
                  'mammography is therefore performed.\n'
                  'Right breast: stable scar and dystrophic calcifications. Left breast: '
                  'no abnormality.\n'
                  'Impression: Benign. BI-RADS 2.'),
                 '2 2', id='R67'),
    pytest.param(('MAMMOGRAM\n'
                  'The left operated breast is not imaged (completion mastectomy and reco'
                  'nstruction 2023).\n'
                  'Right breast: two stable benign-appearing masses, unchanged for 3 year'
                  's.\n'
                  'Impression: BI-RADS 2.'),
                 '- 2', id='R68'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Date: 14/01/2026\n'
                  'Comparison: 2023, 2024.\n'
                  'Breast composition: b. Scattered areas of fibroglandular density.\n'
                  'Findings: No suspicious mass, calcification or architectural distortio'
                  'n in either breast.\n'
                  'IMPRESSION: Negative.\n'
                  'BI-RADS 1: Negative. Routine screening in 1 year.'),
                 '1 1', id='O01'),
    pytest.param(('US RIGHT BREAST\n'
                  'Clinical: 29F palpable lump R 10:00.\n'
                  'Findings: At the site of the palpable abnormality, R 10:00 4 cm FN, ov'
                  'al circumscribed hypoechoic mass 15 x 9 x 8 mm, parallel orientation, '
                  'no posterior features, no internal vascularity.\n'
                  'Assessment: BI-RADS 3: Probably benign. Follow-up ultrasound in 6 mont'
                  'hs recommended.'),
                 '- 3', id='O02'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM AND ULTRASOUND, BILATERAL\n'
                  'History: 57-year-old with new left breast thickening. Previous screeni'
                  'ng 2024 reported BI-RADS 1.\n'
                  'Mammogram: Left breast upper outer quadrant 14 mm irregular mass with '
                  'indistinct margins. Right breast unremarkable.\n'
                  'Ultrasound left 2:00 6 cm FN: 13 mm irregular hypoechoic mass, not par'
                  'allel.\n'
                  'IMPRESSION:\n'
                  '1. Left breast 2:00 mass, suspicious. BI-RADS 4B. Ultrasound-guided co'
                  're biopsy recommended.\n'
                  '2. Right breast: negative. BI-RADS 1.'),
                 '4B 1', id='O03'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Indication: bilateral breast pain.\n'
                  'Both breasts demonstrate multiple simple cysts, the largest 11 mm in t'
                  'he right breast at 12:00 and 9 mm in the left breast at 3:00. No solid'
                  ' mass. Axillae normal.\n'
                  'OVERALL ASSESSMENT: BI-RADS 2 - Benign.'),
                 '2 2', id='O04'),
    pytest.param(('MAMMOGRAM RIGHT BREAST - pre-treatment staging\n'
                  'Known biopsy-proven invasive ductal carcinoma right breast 11:00 (core'
                  ' biopsy 02/2026).\n'
                  'Findings: 22 mm spiculated mass right upper outer quadrant with the bi'
                  'opsy marker clip in situ. No other lesion.\n'
                  'Impression: Known malignancy. BI-RADS 6.'),
                 '- 6', id='O05'),
    pytest.param(('Left breast ultrasound.\n'
                  'There is a 19 mm irregular, spiculated, antiparallel hypoechoic mass a'
                  "t 1 o'clock, 5 cm from the nipple, with posterior acoustic shadowing a"
                  'nd internal vascularity. An abnormal left axillary node has a 5 mm cor'
                  'tex.\n'
                  'Conclusion: findings highly suggestive of malignancy. BI-RADS 5. Biops'
                  'y of the mass and the node arranged.'),
                 '5 -', id='O06'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  'History: left breast focal pain, no lump. Right breast: BI-RADS 4A les'
                  'ion biopsied last June, fibroadenoma.\n'
                  'Findings: Targeted ultrasound of the left upper outer quadrant shows n'
                  'ormal fibroglandular tissue. No cyst, no mass.\n'
                  'Impression: Negative. BI-RADS 1.'),
                 '1 -', id='O07'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAPHY\n'
                  'RIGHT BREAST:\n'
                  'Stable benign coarse calcifications.\n'
                  'Assessment: BI-RADS 2 - Benign.\n'
                  '\n'
                  'LEFT BREAST:\n'
                  'New group of fine pleomorphic calcifications, 8 mm, lower inner quadra'
                  'nt.\n'
                  'Assessment: BI-RADS 4A - Low suspicion for malignancy. Stereotactic bi'
                  'opsy recommended.'),
                 '4A 2', id='O08'),
    pytest.param(('MAMMOGRAPHY\n'
                  'History: right mastectomy 2017 for DCIS. Right breast: status post mas'
                  'tectomy 2017, not imaged.\n'
                  'Left breast: heterogeneously dense. Stable oval circumscribed mass upp'
                  'er inner quadrant, unchanged since 2019.\n'
                  'Impression: Benign. BI-RADS 2.'),
                 '2 -', id='O09'),
    pytest.param(('US RIGHT BREAST\n'
                  'Impression: 10 mm oval mass at 8:00, BI-RADS 3.\n'
                  'ADDENDUM: outside priors show the mass unchanged since 2019; assessmen'
                  't revised to BI-RADS 2.'),
                 '- 2', id='O10'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  'ADDENDUM: laterality correction, the examination was of the LEFT breas'
                  't. The report below was dictated as right breast in error.\n'
                  'Findings: 9 mm irregular hypoechoic mass at 2:00.\n'
                  'Impression: BI-RADS 4A. Core biopsy recommended.'),
                 '4A -', id='O11',
                 marks=pytest.mark.xfail(strict=True, reason=("review O11 (0 ordinary): read '- 4A'; older behavi"
                                                          'our: a laterality-correction addendum above the fi'
                                                          'ndings is not read'))),
    pytest.param(('BILATERAL SCREENING MAMMOGRAPHY 2026\n'
                  'Comparison: screening mammogram in 2024 reported as BI-RADS 0 for a ri'
                  'ght asymmetry, resolved on diagnostic views.\n'
                  'Breast density: C.\n'
                  'No mass, no suspicious calcifications, no architectural distortion. Sk'
                  'in and nipples normal.\n'
                  'Impression: negative. BI-RADS 1.'),
                 '1 1', id='O12'),
    pytest.param(('Echografie linkermamma (vertaling): 7 mm ovale, scherp begrensde hypo-'
                  'echogene laesie om 5 uur.\n'
                  'Conclusie (conclusion): waarschijnlijk benigne (probably benign), left'
                  ' breast. BI-RADS 3. Controle over 6 maanden.'),
                 '3 -', id='O13'),
    pytest.param(('SCREENING MAMMOGRAM - RECALL\n'
                  'Right breast: possible architectural distortion in the upper outer qua'
                  'drant on the CC view only.\n'
                  'Left breast: no abnormality.\n'
                  'Impression: Right breast: incomplete - need additional imaging evaluat'
                  'ion. BI-RADS 0. Left breast: negative. BI-RADS 1.'),
                 '1 0', id='O14'),
    pytest.param(("Mammogram + US both breasts, Riverside Women's Imaging\n"
                  "L: 2 simple cysts 2 and 3 o'clock, largest 6 mm.\n"
                  'R: normal.\n'
                  'BI-RADS: R1 L2.\n'
                  'Routine screening.'),
                 '2 1', id='O15'),
    pytest.param(('PACS note - US R breast\n'
                  'Hx: BIRADS 3 mass R 9:00 in 2025, 6-mo f/u.\n'
                  'Today: mass now 16mm (was 9mm), irregular margins, vasc +.\n'
                  'Cat 4C R. Bx booked.'),
                 '- 4C', id='O16'),
    pytest.param(('Bilateral breast MRI (high-risk screening)\n'
                  'Background parenchymal enhancement: mild.\n'
                  'Right breast: 5 mm enhancing focus, stable since 2024.\n'
                  'Left breast: no suspicious enhancement.\n'
                  'Impression: BI-RADS 2: Benign. Continue annual MRI alternating with ma'
                  'mmography.'),
                 '2 2', id='O17'),
    pytest.param(('MAMMOGRAM BILATERAL with ultrasound of the abdomen requested separatel'
                  'y\n'
                  'The breasts are heterogeneously dense. No suspicious finding in either'
                  ' breast.\n'
                  'Impression: BI-RADS 1.\n'
                  'Note: the separate abdominal ultrasound shows a 2 cm simple left renal'
                  ' cyst (Bosniak 1) and a 12 mm liver haemangioma; category statements i'
                  'n that report do not relate to the breasts.'),
                 '1 1', id='O18'),
    pytest.param(('Thyroid ultrasound\n'
                  'Right lobe: 14 mm solid isoechoic nodule, smooth margins, no calcifica'
                  'tions. TI-RADS 3.\n'
                  'Left lobe: 6 mm spongiform nodule. TI-RADS 1.\n'
                  'Conclusion: TI-RADS 3 right nodule; follow-up ultrasound in 1 year.'),
                 '- -', id='O19'),
    pytest.param(('UK symptomatic breast clinic - ultrasound\n'
                  "Right breast 10 o'clock: 12 mm solid lesion, lobulated margins. U3.\n"
                  'Mammogram: M3 right.\n'
                  "Plan: core biopsy right 10 o'clock today. Results to triple-assessment"
                  ' clinic.'),
                 '- -', id='O20'),
    pytest.param(('UK symptomatic breast clinic - ultrasound right breast\n'
                  "Right breast 12 o'clock: 10 mm irregular hypoechoic lesion. U4.\n"
                  'BI-RADS equivalent: 4B.\n'
                  'Core biopsy performed under ultrasound guidance, 3 cores, marker clip '
                  'placed.'),
                 '- 4B', id='O21'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'Findings: in the left breast lower outer quadrant a 7 mm circumscribed'
                  ' oval mass, new since 2023; ultrasound not available today. Right brea'
                  'st normal.\n'
                  'BI-RADS per breast: Left 3 (probably benign, short-interval follow-up)'
                  '. Right 1 (negative).\n'
                  'Overall assessment: BI-RADS 3.'),
                 '3 1', id='O22'),
    pytest.param(('dictated report, left breast ultrasound, history, fifty two year old w'
                  "ith a palpable left breast lump for two weeks, findings, at four o'clo"
                  'ck six centimeters from the nipple there is a solid hypoechoic mass ni'
                  "ne millimeters with angular margins, impression left breast four o'clo"
                  'ck solid mass birads four a recommend biopsy'),
                 '4A -', id='O23'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM\n'
                  'Impression: Left breast: asymmetry, BI-RADS 0. Right breast: BI-RADS 1'
                  '.\n'
                  'ADDENDUM: spot compression views of the left breast performed the same'
                  ' day show superimposed normal tissue. Left breast: BI-RADS 0 revised t'
                  'o BI-RADS 2 - benign.'),
                 '2 1', id='O24'),
    pytest.param(('SONOGRAPHIE MAMMAIRE DROITE (traduction)\n'
                  'Indication : nodule palpable du sein droit.\n'
                  'Résultats : kyste simple de 12 mm à 9 h.\n'
                  'Conclusion : kyste simple du sein droit, ACR 2 [BI-RADS 2].'),
                 '- 2', id='O25'),
    pytest.param(('Bilateral breast ultrasound - Clinica San Martín (translated)\n'
                  'Mama derecha (right breast): quiste simple de 8 mm a las 11 h (simple '
                  'cyst). \n'
                  'Mama izquierda (left breast): sin hallazgos (no findings).\n'
                  'Conclusión: BI-RADS 2 mama derecha; BI-RADS 1 mama izquierda.'),
                 '1 2', id='O26'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  'History: right mastectomy 2014; now a lump in the right reconstruction'
                  ' scar. Left breast last mammogram 2025, BI-RADS 1.\n'
                  'Findings: 8 mm oval hyperechoic area with central lucency beneath the '
                  'scar, consistent with fat necrosis.\n'
                  'Impression: BI-RADS 2, fat necrosis.'),
                 '- 2', id='O27',
                 marks=pytest.mark.xfail(strict=True, reason=("review O27 (0 ordinary): read '2 -'; older behavio"
                                                          "ur: the history's 'Left breast last mammogram 2025"
                                                          ", BI-RADS 1' sides the impression's category"))),
    pytest.param(('SCREENING MAMMOGRAM BILATERAL\n'
                  'History: bilateral breast augmentation 2015 (subpectoral silicone impl'
                  'ants).\n'
                  'Standard and implant-displaced views. Implants intact. Scattered benig'
                  'n calcifications in both breasts.\n'
                  'Impression: Benign. BI-RADS 2. Continue annual screening.'),
                 '2 2', id='O28'),
    pytest.param(('MAMMOGRAM RIGHT BREAST, DIAGNOSTIC\n'
                  'Left breast not imaged (mastectomy 2020).\n'
                  'Right breast: new 6 mm group of amorphous calcifications at 11:00.\n'
                  'Impression: BI-RADS 4A. Stereotactic biopsy recommended.\n'
                  'ADDENDUM: biopsy scheduled for 24/03/2026; BI-RADS unchanged.'),
                 '- 4A', id='O29'),
    pytest.param(('BILATERAL BREAST ULTRASOUND, SHORT-INTERVAL FOLLOW-UP\n'
                  'Previous: 6 months ago BI-RADS 3 bilateral for multiple small oval mas'
                  'ses.\n'
                  'Findings: multiple bilateral oval circumscribed masses, all unchanged,'
                  ' largest 8 mm right 3:00 and 7 mm left 9:00.\n'
                  'Impression: stable probably benign bilateral masses. BI-RADS 3, bilate'
                  'ral. Follow-up ultrasound in 6 months.'),
                 '3 3', id='O30'),
    pytest.param(('ULTRASOUND REPORT (Bislama register, translated)\n'
                  'Rikwes: lamp long raet titi.\n'
                  'Raet titi i no stret (abnormal): irregular hypoechoic mass 11 mm at 10'
                  " o'clock, angular margins, not parallel.\n"
                  'Lef titi i no skan (not scanned).\n'
                  'Konklusen: suspicious mass, BI-RADS 4A. Core biopsy.'),
                 '- 4A', id='R69'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  "Comparison: 2025 report states 'left treated breast not imaged, tissue"
                  " expander'; implant exchange completed in 2025.\n"
                  'Left breast: implant-displaced views, no abnormality. BI-RADS 1.\n'
                  'Right breast: stable benign calcifications. BI-RADS 2.'),
                 '1 2', id='R70'),
    pytest.param(('BILATERAL MAMMOGRAM - 10/02/2026\n'
                  'Right breast: scattered fibroglandular density; no mass. BI-RADS 1.\n'
                  'Left breast not imaged on the initial visit because of radiation skin '
                  'reaction.\n'
                  'ADDENDUM 24/02/2026: Left breast not imaged on the initial study has n'
                  'ow been imaged: stable post-lumpectomy scar, no new finding. BI-RADS 2'
                  '.'),
                 '2 1', id='P01'),
    pytest.param(('BILATERAL MAMMOGRAM - 10/02/2026\n'
                  'Right breast: scattered fibroglandular density; no mass. BI-RADS 1.\n'
                  'Left treated breast not imaged on the initial visit because of radiati'
                  'on skin reaction.\n'
                  'ADDENDUM 24/02/2026: Left breast not imaged on the initial study has n'
                  'ow been imaged: stable post-lumpectomy scar, no new finding. BI-RADS 2'
                  '.'),
                 '2 1', id='P02'),
    pytest.param(('BILATERAL MAMMOGRAM - 10/02/2026\n'
                  'Right breast: scattered fibroglandular density; no mass. BI-RADS 1.\n'
                  'ADDENDUM 24/02/2026: Left treated breast not imaged on the initial stu'
                  'dy has now been imaged: stable post-lumpectomy scar, no new finding. B'
                  'I-RADS 2.'),
                 '2 1', id='P03'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM 02/03/2026\n'
                  'Impression: possible asymmetry, left inner. BI-RADS 0.\n'
                  'ADDENDUM 05/03/2026: the 2023 films from the previous provider show th'
                  'e same appearance. BI-RADS 0 revised to BI-RADS 2 (benign); annual sur'
                  'veillance recommended.'),
                 '2 2', id='P04',
                 marks=pytest.mark.xfail(strict=True, reason=("review P04 (probe): read '2 -'; older behaviour: t"
                                                          "he revision reader's side assignment on a bilatera"
                                                          "l exam (R39's shape with '(benign)')"))),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM 02/03/2026\n'
                  'Impression: possible asymmetry, left inner. BI-RADS 0.\n'
                  'ADDENDUM 05/03/2026: the 2023 films from the previous provider show th'
                  'e same appearance. BI-RADS 0 revised to BI-RADS 2 (benign, stable asym'
                  'metry).'),
                 '2 2', id='P05',
                 marks=pytest.mark.xfail(strict=True, reason=("review P05 (probe): read '2 -'; older behaviour: a"
                                                          's R39, the unsided revision goes to the impression'
                                                          "'s side only"))),
    pytest.param(('SCREENING MAMMOGRAM\n'
                  'History: right lumpectomy and radiotherapy 2018, left reconstruction a'
                  'fter prophylactic mastectomy 2022.\n'
                  'Left breast not imaged per protocol.\n'
                  'The breasts are almost entirely fatty. No mass, no suspicious calcific'
                  'ation, no architectural distortion.\n'
                  'Impression: Negative. BI-RADS 1.'),
                 '- 1', id='P06',
                 marks=pytest.mark.xfail(strict=True, reason=("review P06 (probe): read '1 -'; older behaviour: t"
                                                          "he plain 'not imaged per protocol' under a screeni"
                                                          "ng title (R48's shape)"))),
    pytest.param(('BILATERAL MAMMOGRAM REQUESTED\n'
                  'Left breast: not imaged.\n'
                  'Right breast: two stable circumscribed masses, benign-appearing, uncha'
                  'nged since 2021.\n'
                  'Impression: benign findings. BI-RADS 2.'),
                 '- 2', id='P07',
                 marks=pytest.mark.xfail(strict=True, reason=("review P07 (probe): read '2 2'; older behaviour: t"
                                                          "he bilateral title beats 'Left breast: not imaged."
                                                          "' (R49's shape)"))),
    pytest.param(('SURVEILLANCE MAMMOGRAPHY\n'
                  'LEFT BREAST:\n'
                  'Left breast not imaged.\n'
                  '\n'
                  'RIGHT BREAST:\n'
                  'Stable post-surgical distortion at 12:00.\n'
                  'Assessment: BI-RADS 2 - Benign.'),
                 '- 2', id='P08',
                 marks=pytest.mark.xfail(strict=True, reason=("review P08 (probe): read '2 -'; older behaviour: t"
                                                          "he 'LEFT BREAST:' header sides the later category "
                                                          "(R62's shape)"))),
    pytest.param(("BILATERAL BREAST ULTRASOUND (right breast not scanned at the patient's"
                  ' request)\n'
                  'Left breast: 4 mm simple cyst at 3:00; otherwise normal. Left axilla n'
                  'ormal.\n'
                  'Impression: BI-RADS 2.'),
                 '2 -', id='P09',
                 marks=pytest.mark.xfail(strict=True, reason=("review P09 (probe): read '2 2'; older behaviour: a"
                                                          'n aside in the bilateral title does not remove the'
                                                          " side (R64's shape)"))),
    pytest.param(('ULTRASOUND BREASTS\n'
                  'Indication: pain both sides.\n'
                  "Raet titi: three simple cysts, largest 10 mm at 9 o'clock.\n"
                  'Lef titi, i no skan (not scanned: dressing in place).\n'
                  'Impression: benign cysts. BI-RADS 2.'),
                 '- 2', id='P10'),
    pytest.param(('Register entry, Vila Central Hospital, translated.\n'
                  'History: raet titi BI-RADS 4B long 2024, core biopsy fibroadenoma, no '
                  'follow-up needed.\n'
                  'Today: ekografi blong lef titi nomo for new pain.\n'
                  "Lef titi: 5 mm simple cyst at 2 o'clock; no solid mass.\n"
                  'Konklusen: lef titi BI-RADS 2.'),
                 '2 -', id='P11'),
    pytest.param(('Register entry (Bislama, translated)\n'
                  'Histri: in 2023 raet titi i BI-RADS 3 from wan smol lamp.\n'
                  "Today: ultrasaon blong raet titi nomo. The 6 mm oval mass at 4 o'clock"
                  ' is the same size as 2023, 2 years stable.\n'
                  'Konklusen: benign, stable. Raet titi BI-RADS 2.'),
                 '- 2', id='P12'),
    pytest.param(('ULTRASAON BLONG TUFALA TITI\n'
                  "Raet titi: irregular hypoechoic mass 13 mm at 11 o'clock with angular "
                  'margins, not parallel. BI-RADS 4A. Core biopsy arranged.\n'
                  'Lef titi: i no gat lamp, i no gat sista (no lump, no cyst). BI-RADS 1.'),
                 '1 4A', id='P13'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Date: 14/01/2026\n'
                  'Histri: lef titi kansa 2020, katem (lumpectomy) mo radiotherapy.\n'
                  'Comparison: 2023, 2024.\n'
                  'Breast composition: b. Scattered areas of fibroglandular density.\n'
                  'Findings: No suspicious mass, calcification or architectural distortio'
                  'n in either breast.\n'
                  'IMPRESSION: Negative.\n'
                  'BI-RADS 1: Negative. Routine screening in 1 year.'),
                 '1 1', id='P14'),
    pytest.param(('LEFT DIAGNOSTIC MAMMOGRAM\n'
                  'Findings: developing asymmetry left upper inner quadrant.\n'
                  'Impression: BI-RADS 0.\n'
                  'Addendum: Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable a'
                  'symmetry) by the outside reader.'),
                 '0 -', id='P15'),
    pytest.param(('LEFT DIAGNOSTIC MAMMOGRAM\n'
                  'Findings: developing asymmetry left upper inner quadrant.\n'
                  'Impression: BI-RADS 0.\n'
                  'Addendum: if the MRI is negative, left breast BI-RADS 0 revised to BI-'
                  'RADS 2 (benign, pending MDT).'),
                 '0 -', id='P16'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL - 12/02/2026\n'
                  'Findings: focal asymmetry in the left upper outer quadrant, posterior '
                  'depth, not seen on the 2024 study available here. Right breast unremar'
                  'kable.\n'
                  'Impression: Left breast BI-RADS 0, incomplete - needs comparison with '
                  'outside priors. Right breast BI-RADS 1.\n'
                  'ADDENDUM 16/02/2026: outside films from 2019 and 2021 received. Left b'
                  'reast BI-RADS 0 revised to BI-RADS 2 (benign).'),
                 '2 1', id='P17'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'History: left mastectomy and implant reconstruction 2022.\n'
                  'Left breast not imaged in the CC projection (implant); MLO and implant'
                  '-displaced MLO obtained.\n'
                  'Both breasts: benign-appearing calcifications only.\n'
                  'Impression: BI-RADS 2 bilateral.'),
                 '2 2', id='P18'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
