"""Review r129 of the b129-b130 radiology rules (83ae901 against df95bc3), pinned after their narrowing.

The review read 138 texts (A01-A27 a dash item's glossed side heading, B01-B27 a bare "Reclassified BI-RADS N", C01-C27
an untranslated "Antécédents:" heading, D01-D27 a numbered glossed history item ending at the next item's dated exam
heading, O01-O30 ordinary reports; labelled from the guide before either revision was run, A15 and D22 corrected by the
reviewer after the run to "2 1") and 5 probes written after it with a label (Q07-Q10, Q14, pinned as probe_Q07 ...).
df95bc3 read 81 of the 143 as labelled (79 of 138), 83ae901 99 (99 of 138, no probe). 83ae901 over-reached on 9 texts
and 2 probes and read 1 text and 3 probes newly wrong another way: the bare form read a hedge as a revision (E01 B17 "it
can be reclassified BI-RADS 2", E02 B24 "it will be reclassified BI-RADS 2 once ...", E03 B26 "whether this could be
regraded BI-RADS 3; ... no"); a nil "Antécédents:" history ran over today's result under an exam-and-date line,
"Résultats:", "Échographie:", "Mammographie bilatérale:" or on its own line (E04-E09 C17, C18, C19, C21, C24, C26), or
with "Indication:" over "Result <date>:" (E10 C07); the numbered history item ended at an earlier or outside exam's item
(E11-E15 probes Q10, Q14, Q07, Q08, Q09). The narrowing: the bare "Reclassified BI-RADS N" revises only opening its
sentence or line (a dash item's too), after "is / are / was / were / has been" or after a comma (B13's "a benign
septated cyst, reclassified BI-RADS 2."), never after a modal or "to be", "not" or "not yet", nor, after a comma or an
auxiliary, with "if / once / until / whether" in its clause; the older "reclassified as / to" takes the same guard
(modal or "to be", "not", "not yet", "never", a condition in its clause: no development reading changed over b1-b130);
an untranslated "Antécédents:" history (in a text with no French side word) that is nil ("none", "nil", "aucun",
"néant", "RAS", a word or two more) ends at its full stop, and one told on its heading's line ends at that line where the
next line opens with a word and its colon, an exam's name, a full date or "Résultat(s)"; the numbered history item's
end is withdrawn (its date the latest full date and no outside marker keep Q07-Q09 off, but Q10 and Q14 carry one full
date, no marker and the same shape as the batch's py090 and D01: nothing in the text tells today's exam from an earlier
one), py090 withdrawn again. 102 read as labelled (100 of 138). Left as strict xfails: D01, D03-D06, D08, D12, D27 and
probes Q07-Q09 (the withdrawn rule: the glossed history item runs on over today's item, as at df95bc3); C07 (the English
"Indication:" heading runs over "Result <date>:", the same without the Antécédent line); A08, A14, A22 (a "Clinical:" or
"Indication:" line running over the dash items, an unrecognised quoted outside report); B06, B12, B15, B16, B18, B25 (an
initial read's side, "Reclassified:" with a colon, a negated or modal revision whose plain category still wins as at
df95bc3, a from-to revision, an audit note); D02, D07, D10, D11, D13-D18, D20-D26 (plain "1. History:", a qualified,
wrapped or skipped item, words after the exam's colon, earlier exams listed before today's) and O06, O08, O22 (unsided
categories sided by a history or finding). Each right text must keep reading as labelled; a strict xfail that passes is
a reading to look at."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('BREAST ULTRASOUND (translated from Occitan, Hospital de Pau)\n'
                  'Date: 11/02/2026. Indication: palpable lump left breast.\n'
                  'Findings:\n'
                  "- pechu drechi [right breast]: two simple cysts at 10 o'clock, 4 and 6"
                  ' mm. BI-RADS 2.\n'
                  "- pechu esquèr [left breast]: irregular hypoechoic mass 14 mm at 2 o'c"
                  'lock, angular margins, 3 cm from nipple. BI-RADS 4B.\n'
                  'Recommendation: ultrasound-guided core biopsy of the left mass.'),
                 '4B 2', id='A01'),
    pytest.param(('Ysbyty Gwynedd - Mammography (translation from Welsh)\n'
                  'Bilateral digital mammogram, 03/02/2026. Comparison 2024.\n'
                  '• Bron dde [right breast]: 9 mm circumscribed oval mass upper outer qu'
                  'adrant, new since 2024, ultrasound shows probable fibroadenoma. BI-RAD'
                  'S 3.\n'
                  '• Bron chwith [left breast]: scattered fibroglandular tissue, no mass,'
                  ' no calcification. BI-RADS 1.\n'
                  'Short-interval follow-up of the right breast in 6 months.'),
                 '1 3', id='A02'),
    pytest.param(('Osakidetza - Donostia University Hospital. Mammography report (transla'
                  'ted from Basque).\n'
                  'Bilateral screening recall assessment, 19/01/2026.\n'
                  '* Eskuineko bularra [right breast]: no abnormality on additional views'
                  '. BI-RADS 1.\n'
                  '* Ezkerreko bularra [left breast]: the recalled asymmetry resolves on '
                  'spot compression; benign intramammary lymph node nearby. BI-RADS 2.\n'
                  'Return to routine screening.'),
                 '2 1', id='A03'),
    pytest.param(('Landspítali - Breast ultrasound (translated from Icelandic)\n'
                  'Exam: right breast targeted ultrasound, 07/02/2026.\n'
                  '- Hægra brjóst [right breast]: 7 x 5 mm oval parallel hypoechoic mass '
                  "at 9 o'clock, circumscribed, no posterior features. Probable fibroaden"
                  'oma. BI-RADS 3.\n'
                  'Follow-up ultrasound in 6 months is advised.\n'
                  'Signed: Dr. Jónsdóttir'),
                 '- 3', id='A04'),
    pytest.param(('Centre Hospitalier de Luxembourg - Mammographie / ultrasound (translat'
                  'ed)\n'
                  'Date 14/01/2026. Bilateral.\n'
                  '- Riets Broscht [right breast]: heterogeneously dense tissue, no suspi'
                  'cious finding. BI-RADS 1.\n'
                  '- Lénks Broscht [left breast]: group of fine pleomorphic calcification'
                  's 8 mm, upper inner quadrant. BI-RADS 4A.\n'
                  'Stereotactic biopsy recommended.'),
                 '4A 1', id='A05'),
    pytest.param(('Complexo Hospitalario Universitario de Vigo\n'
                  'Breast ultrasound (translation from Galician), 21/02/2026\n'
                  'Conclusion:\n'
                  '- Mama dereita [right breast]: 11 mm hypoechoic mass, indistinct margi'
                  "n at 8 o'clock. BI-RADS 4A.\n"
                  '- Mama esquerda [left breast]: simple cyst 5 mm. BI-RADS 2.\n'
                  'Core biopsy of the right lesion requested.'),
                 '2 4A', id='A06'),
    pytest.param(('Mater Dei Hospital, Malta - Breast imaging (translated from Maltese)\n'
                  'Mammogram and ultrasound both breasts, 09/02/2026.\n'
                  '- Sider tal-lemin [Right Breast]: normal. BI-RADS 1.\n'
                  "- Sider tax-xellug [LEFT BREAST]: 22 mm spiculated mass at 1 o'clock w"
                  'ith associated pleomorphic calcifications and skin retraction. BI-RADS'
                  ' 5.\n'
                  'Urgent referral to the breast unit.'),
                 '5 1', id='A07'),
    pytest.param(('CHU Brest - Breast ultrasound (translated from Breton)\n'
                  'Clinical: mastalgia.\n'
                  '-  bronn dehou [right breast] : three simple cysts, largest 8 mm. BI-R'
                  'ADS 2.\n'
                  '-  bronn kleiz [left breast] : normal. BI-RADS 1.\n'
                  'Reassurance given.'),
                 '1 2', id='A08',
                 marks=pytest.mark.xfail(strict=True, reason=("review A08 (1 dash glossed side): read '- -'; olde"
                                                          "r behaviour: 'Clinical: mastalgia.' heads a histor"
                                                          'y that runs over both dash items (Q01-Q03 too); ru'
                                                          "le 1 takes the items, not the heading's reach"))),
    pytest.param(('Landssjúkrahúsið, Tórshavn - MAMMOGRAPHY AND ULTRASOUND (translated fr'
                  'om Faroese)\n'
                  'Date: 16/02/2026\n'
                  'Technique: bilateral two-view digital mammography, targeted ultrasound'
                  ' of the left breast.\n'
                  'Findings and conclusion:\n'
                  '- Høgra bróst [right breast]: fatty tissue, no mass. BI-RADS 1.\n'
                  "- Vinstra bróst [left breast]: 6 mm oval circumscribed mass at 3 o'clo"
                  'ck, probably a fibroadenoma, not seen on the 2023 study. BI-RADS 3.\n'
                  'Follow-up: left breast ultrasound in 6 months.\n'
                  'Radiologist: Dr. Joensen'),
                 '3 1', id='A09'),
    pytest.param(('Medisch Centrum Leeuwarden - Breast ultrasound (translated from Frisia'
                  'n)\n'
                  'Right breast lump, 04/02/2026.\n'
                  '- rjochter boarst [right breast]: 9 mm oval circumscribed\n'
                  "  mass at 10 o'clock, parallel, probable fibroadenoma. BI-RADS 3.\n"
                  'Advice: follow-up ultrasound in 6 months.'),
                 '- 3', id='A10'),
    pytest.param(('AOU Sassari - Mammography (translated from Sardinian)\n'
                  'Bilateral mammography 12/01/2026, density C.\n'
                  '- Tita destra [right breast]: segmental fine linear branching calcific'
                  'ations over 25 mm, lower outer quadrant. BI-RADS 4C.\n'
                  '- Tita manca [left breast]: no findings. BI-RADS 1.\n'
                  'Vacuum-assisted biopsy proposed.'),
                 '1 4C', id='A11'),
    pytest.param(('University College Hospital Ibadan - Breast ultrasound (translated fro'
                  'm Yoruba)\n'
                  'Date: 10/02/2026.\n'
                  '- Ọmú ọ̀tún [right breast]: 12 mm well-circumscribed oval mass with ma'
                  'crolobulations, stable in size since 2023. Benign, fibroadenoma. BI-RA'
                  'DS 2.\n'
                  '- Ọmú òsì [left breast]: normal fibroglandular pattern. BI-RADS 1.'),
                 '1 2', id='A12'),
    pytest.param(('Tupua Tamasese Meaole Hospital, Apia - Breast ultrasound (translated f'
                  'rom Samoan)\n'
                  '- Susu taumatau [right breast]: normal, no mass. BI-RADS 1.\n'
                  "- Susu tauagavale [left breast]: 17 mm irregular mass at 12 o'clock, p"
                  'osterior shadowing, vascularity on Doppler. BI-RADS 4B.\n'
                  'Comment: biopsy arranged with the surgical team.'),
                 '4B 1', id='A13'),
    pytest.param(('Hospital de Puigcerdà - Breast ultrasound (translated from Catalan/Occ'
                  'itan)\n'
                  'Indication: bilateral tenderness.\n'
                  '- Dos pechus [both breasts]: several simple cysts on each side, larges'
                  't 7 mm left and 5 mm right. BI-RADS 2.\n'
                  'Routine follow-up.'),
                 '2 2', id='A14',
                 marks=pytest.mark.xfail(strict=True, reason=("review A14 (1 dash glossed side): read '- -'; olde"
                                                          "r behaviour: 'Indication: bilateral tenderness.' r"
                                                          "uns over the '[both breasts]' item (without it, Q0"
                                                          '4, 2 2)'))),
    pytest.param(('Helsinki University Hospital - Mammography (translated from Finnish)\n'
                  'Screening recall 02/02/2026.\n'
                  '– Oikea rinta [right breast]: no abnormality. BI-RADS 1.\n'
                  '– Vasen rinta [left breast]: the recall finding is a benign oil cyst a'
                  't the biopsy site. BI-RADS 2.\n'
                  'Back to screening.'),
                 '2 1', id='A15'),
    pytest.param(('Hospital de Pau - Right breast ultrasound, 18/02/2026 (translated)\n'
                  'Comparison: previous report (Clinique Navarre, 12/03/2024) quoted here'
                  ':\n'
                  '"- pechu drechi [right breast]: complicated cyst 9 mm at 11 o\'clock. B'
                  'I-RADS 3."\n'
                  'Today: the complicated cyst has resolved; no residual lesion, no solid'
                  ' mass.\n'
                  'Conclusion: right breast normal. BI-RADS 1.'),
                 '- 1', id='A16'),
    pytest.param(('Ysbyty Glan Clwyd - bilateral mammogram (translated)\n'
                  'History:\n'
                  '- Bron dde [right breast]: wide local excision for grade 2 IDC 2019, r'
                  'adiotherapy. Pre-operative BI-RADS 5.\n'
                  '- Bron chwith [left breast]: benign core biopsy 2021, BI-RADS 3 at the'
                  ' time.\n'
                  'Today, 05/02/2026: stable post-surgical changes on the right, no new m'
                  'ass or calcification on either side.\n'
                  'Impression: benign. BI-RADS 2.'),
                 '2 2', id='A17'),
    pytest.param(('Hospital de Pau - Breast ultrasound (translated)\n'
                  '- pechu drechi [right breast] not examined: mastectomy 2020, prosthesi'
                  's not assessed.\n'
                  '- pechu esquèr [left breast]: normal tissue, no mass, no cyst. BI-RADS'
                  ' 1.\n'
                  'Annual follow-up.'),
                 '1 -', id='A18'),
    pytest.param(("Hospital Universitari Vall d'Hebron - Abdominal and breast ultrasound "
                  '(translated)\n'
                  'Abdomen:\n'
                  '- Ronyó dret [right kidney]: simple cortical cyst 18 mm, Bosniak I.\n'
                  '- Fetge [liver]: mild steatosis.\n'
                  'Breasts: a few simple cysts on both sides, no solid lesion. BI-RADS 2.'),
                 '2 2', id='A19'),
    pytest.param(('Ysbyty Gwynedd - Right breast ultrasound, 20/02/2026 (translated from '
                  'Welsh)\n'
                  'Prior imaging (outside, 2023):\n'
                  '- Bron dde [right breast]: hypoechoic nodule 6 mm, BI-RADS 3.\n'
                  '- Bron chwith [left breast]: BI-RADS 1.\n'
                  'Current examination: the right nodule is no longer seen; only fat lobu'
                  "les at 9 o'clock.\n"
                  'Conclusion: right breast, BI-RADS 1.'),
                 '- 1', id='A20'),
    pytest.param(('Ysbyty Gwynedd - Left breast ultrasound (translated)\n'
                  "Conclusion: 8 mm probable fibroadenoma at 2 o'clock, left breast. BI-R"
                  'ADS 3.\n'
                  'Recommendations:\n'
                  '- Bron chwith [left breast]: repeat ultrasound in 6 months.\n'
                  '- Bron dde [right breast]: return to routine screening.'),
                 '3 -', id='A21'),
    pytest.param(('Breast clinic letter, Helsinki (translated)\n'
                  'The outside report from the private clinic reads:\n'
                  '- Oikea rinta [right breast]: hypoechoic mass 10 mm, BI-RADS 4A.\n'
                  'On our second-opinion review of the images (ultrasound repeated today,'
                  ' 17/02/2026) the right mass is oval, parallel and circumscribed; we as'
                  'sess it as a probable fibroadenoma, BI-RADS 3, right breast. Follow-up'
                  ' in 6 months.'),
                 '- 3', id='A22',
                 marks=pytest.mark.xfail(strict=True, reason=("review A22 (1 dash glossed side): read '- 4A'; old"
                                                          "er behaviour: an outside report quoted after 'The "
                                                          "outside report ... reads:' is not taken as a quota"
                                                          'tion; without the dash item (Q05) - 4A too'))),
    pytest.param(('Right breast ultrasound, 13/02/2026 (translated from Icelandic)\n'
                  'Clinical: known right cyst.\n'
                  '- Hægra brjóst [right breast] 2024: BI-RADS 3, complicated cyst.\n'
                  'Today the cyst is simple, 6 mm, anechoic with posterior enhancement.\n'
                  'Conclusion: right breast simple cyst. BI-RADS 2.'),
                 '- 2', id='A23'),
    pytest.param(('Osakidetza - screening mammogram (translated from Basque)\n'
                  'Previous screening rounds:\n'
                  '* Eskuineko bularra [right breast]: 2022 BI-RADS 2 (calcified fibroade'
                  'noma).\n'
                  '* Ezkerreko bularra [left breast]: 2022 BI-RADS 1.\n'
                  'Current round, 08/02/2026: the calcified fibroadenoma is no longer vis'
                  'ible after involution; no suspicious finding on either side.\n'
                  'Result: BI-RADS 1, both breasts.'),
                 '1 1', id='A24'),
    pytest.param(('CHU Brest - Mammography (translated)\n'
                  'Density B.\n'
                  '-bronn dehou [right breast]: benign calcifications.\n'
                  '-bronn kleiz [left breast]: benign calcifications.\n'
                  'Conclusion: benign findings both sides. BI-RADS 2.'),
                 '2 2', id='A25'),
    pytest.param(('Tupua Tamasese Meaole Hospital - Teaching handout (not a patient repor'
                  "t) with today's patient result below\n"
                  'Reporting template, for trainees:\n'
                  '- Susu taumatau [right breast]: describe findings, then give BI-RADS 0'
                  '-6.\n'
                  '- Susu tauagavale [left breast]: describe findings, then give BI-RADS '
                  '0-6.\n'
                  'Patient result, 22/02/2026: bilateral ultrasound normal. BI-RADS 1.'),
                 '1 1', id='A26'),
    pytest.param(('Hospital de Pau - Right breast ultrasound (translated)\n'
                  'Axilla:\n'
                  '- aisèla drecha [right axilla]: one reactive node with fatty hilum, co'
                  'rtex 2 mm.\n'
                  "Breast: 13 mm irregular hypoechoic mass at 7 o'clock, right breast, no"
                  'n-parallel. BI-RADS 4A.\n'
                  'Biopsy recommended.'),
                 '- 4A', id='A27'),
    pytest.param(("Breast MDT minutes, St George's, 12/02/2026\n"
                  "Patient: right breast, 11 mm oval mass at 10 o'clock on ultrasound 29/"
                  '01/2026, reported BI-RADS 3.\n'
                  'Discussion: prior outside ultrasound from 2022 obtained, same mass 10 '
                  'mm; stable over four years.\n'
                  'Outcome: stable probable fibroadenoma. Reclassified BI-RADS 2, benign.'
                  ' Discharge to routine screening.'),
                 '- 2', id='B01'),
    pytest.param(('LEFT BREAST ULTRASOUND 03/02/2026\n'
                  "Findings: 9 mm oval hypoechoic mass at 3 o'clock, circumscribed. BI-RA"
                  'DS 3.\n'
                  'Addendum 10/02/2026 after breast MRI: the mass shows washout kinetics '
                  'and an irregular internal enhancement. Re-classified BI-RADS 4A; ultra'
                  'sound-guided biopsy recommended.'),
                 '4A -', id='B02'),
    pytest.param(('Bilateral mammogram, Royal Perth Hospital, 05/02/2026\n'
                  'Left breast: 5 mm focal asymmetry upper outer quadrant. BI-RADS 0, rec'
                  'all for further views.\n'
                  'Right breast: no abnormality. BI-RADS 1.\n'
                  'Assessment clinic 19/02/2026: spot compression shows normal overlappin'
                  'g tissue, left. Recategorised BI-RADS 2 (benign, summation). Right unc'
                  'hanged.'),
                 '2 1', id='B03'),
    pytest.param(('Ultrasound left breast, Mayo Clinic Arizona\n'
                  'Indication: 6-month follow-up of complicated cyst (BI-RADS 3 on 08/202'
                  '5).\n'
                  "Findings: the 8 mm lesion at 2 o'clock is now anechoic with posterior "
                  'enhancement, a simple cyst.\n'
                  'Impression: the left cyst is regraded BI-RADS 2. No further short-inte'
                  'rval follow-up.'),
                 '2 -', id='B04'),
    pytest.param(('RIGHT BREAST DIAGNOSTIC MAMMOGRAM AND US, 14/02/2026\n'
                  "Mammogram: architectural distortion at 12 o'clock, right. Initially ca"
                  'lled BI-RADS 0 pending ultrasound.\n'
                  'Ultrasound: corresponding 10 mm irregular hypoechoic area with shadowi'
                  'ng.\n'
                  'Final: recategorized BI-RADS 4B, biopsy recommended.'),
                 '- 4B', id='B05'),
    pytest.param(('SCREENING MAMMOGRAM - Kaiser Permanente, read 02/02/2026\n'
                  'Initial read: possible developing asymmetry, left. BIRADS 0.\n'
                  'ADDENDUM 09/02/2026: comparison with outside films from 2019 and 2021 '
                  'received; the asymmetry is unchanged over 7 years.\n'
                  'Reclassified BIRADS 2, benign. Annual screening mammogram.'),
                 '2 2', id='B06',
                 marks=pytest.mark.xfail(strict=True, reason=("review B06 (2 reclassified): read '2 -'; older beh"
                                                          'aviour: the revision is read, but the initial read'
                                                          "'s 'left' sides the unsided category: L only"))),
    pytest.param(('Screening mammography, BreastScreen Victoria, 15/01/2026\n'
                  'Reader 1: possible mass right breast, BI-RADS 0.\n'
                  'Reader 2 / arbitration 22/01/2026: the density is superimposition of n'
                  'ormal tissue on tomosynthesis slices; no mass.\n'
                  'Consensus: Reclassified BI-RADS 1, both breasts normal. Routine rescre'
                  'en 2 years.'),
                 '1 1', id='B07'),
    pytest.param(('Bilateral diagnostic mammogram 06/02/2026\n'
                  "Left: 7 mm round mass at 6 o'clock, BI-RADS 0 pending ultrasound.\n"
                  'Right: BI-RADS 1.\n'
                  'Ultrasound same day: the left mass is an oil cyst at the lumpectomy si'
                  'te.\n'
                  'Final assessment: Left: reclassified BI-RADS 2 (oil cyst). Right: BI-R'
                  'ADS 1 unchanged.'),
                 '2 1', id='B08'),
    pytest.param(('Left breast ultrasound, Hôpital Saint-Louis (translated), 17/02/2026\n'
                  "Mass 12 mm at 4 o'clock, irregular, with microlobulated margins. BI-RA"
                  'DS 4A.\n'
                  'Second reader review 18/02/2026: increased vascularity and an echogeni'
                  'c halo. Re-graded BI-RADS 4B. Biopsy this week.'),
                 '4B -', id='B09'),
    pytest.param(('Right breast ultrasound, NUH Singapore, 11/02/2026\n'
                  "Indication: follow-up BI-RADS 3 nodule at 9 o'clock.\n"
                  'Findings: 7 mm oval parallel mass, unchanged from 02/2024 (two years).'
                  '\n'
                  'Impression: stable for 2 years. Reclassified BI-RADS category 2. Routi'
                  'ne screening.'),
                 '- 2', id='B10'),
    pytest.param(('LEFT BREAST ULTRASOUND, CHRISTCHURCH HOSPITAL, 09/02/2026\n'
                  "FINDINGS: 6 MM OVAL CIRCUMSCRIBED MASS AT 1 O'CLOCK, NO INTERNAL FLOW."
                  " BI-RADS 4A ON THE REFERRING CLINIC'S FORM.\n"
                  'REVIEW: APPEARANCES TYPICAL OF A FIBROADENOMA, NEW IN A 35-YEAR-OLD. R'
                  'ECLASSIFIED BI-RADS 3.\n'
                  'FOLLOW UP 6 MONTHS.'),
                 '3 -', id='B11'),
    pytest.param(('Right breast ultrasound 20/02/2026\n'
                  "Finding: 10 mm oval mass at 8 o'clock, BI-RADS 3 on the screening ultr"
                  'asound of 08/2025.\n'
                  'Today stable; prior 2023 study obtained shows it unchanged for 2.5 yea'
                  'rs.\n'
                  'Reclassified: BI-RADS 2 (benign). No further follow-up.'),
                 '- 2', id='B12',
                 marks=pytest.mark.xfail(strict=True, reason=("review B12 (2 reclassified): read '- 3'; under-rea"
                                                          "ch: 'Reclassified: BI-RADS 2' has a colon between "
                                                          'the word and the keyword; the bare form needs the '
                                                          'keyword straight after (not widened in a narrowing'
                                                          ')'))),
    pytest.param(('Left breast ultrasound, Aga Khan University Hospital, 24/01/2026\n'
                  "Cyst at 10 o'clock, 9 mm, with a thin septation. BI-RADS 3 on the init"
                  'ial read.\n'
                  'Radiologist review of the cine clips: the septation is thin and avascu'
                  'lar, a benign septated cyst, reclassified  BI-RADS 2.'),
                 '2 -', id='B13'),
    pytest.param(('Left breast ultrasound, 15/02/2026\n'
                  'History: right breast mass biopsied in 2023 (fibroadenoma), reclassifi'
                  'ed BI-RADS 2 after the biopsy.\n'
                  "Findings: new 10 mm irregular mass at 1 o'clock, left breast, non-para"
                  'llel, indistinct margins.\n'
                  'Impression: left breast BI-RADS 4A. Biopsy recommended.'),
                 '4A -', id='B14'),
    pytest.param(('Right breast ultrasound, 6-month follow-up, 12/02/2026\n'
                  "8 mm oval circumscribed mass at 11 o'clock, unchanged from 08/2025.\n"
                  'Not reclassified BI-RADS 2 at this stage: the lesion remains BI-RADS 3'
                  ' until 2 years of stability.\n'
                  'Next ultrasound in 6 months.'),
                 '- 3', id='B15',
                 marks=pytest.mark.xfail(strict=True, reason=("review B15 (2 reclassified): read '- 2'; older beh"
                                                          "aviour: 'Not reclassified BI-RADS 2 ...: the lesio"
                                                          "n remains BI-RADS 3' revises nothing now either, b"
                                                          "ut the plain 'BI-RADS 2' is read over the 3 as at "
                                                          'df95bc3'))),
    pytest.param(('Right breast ultrasound, follow-up, 19/02/2026\n'
                  "The 6 mm probable fibroadenoma at 7 o'clock is stable at 12 months.\n"
                  'It should not be reclassified BI-RADS 2 until 24 months of stability. '
                  'BI-RADS 3.\n'
                  'Next follow-up in 12 months.'),
                 '- 3', id='B16',
                 marks=pytest.mark.xfail(strict=True, reason=("review B16 (2 reclassified): read '- 2'; older beh"
                                                          "aviour: 'It should not be reclassified BI-RADS 2 u"
                                                          "ntil ...' revises nothing (modal, 'not'), but its "
                                                          "plain 'BI-RADS 2' is read over the later 3, as at "
                                                          "df95bc3 (P17 with 'as' the same)"))),
    pytest.param(('Left breast ultrasound 06/02/2026\n'
                  "Oval 7 mm mass at 2 o'clock, parallel, circumscribed, new since 2024: "
                  'probable fibroadenoma. BI-RADS 3.\n'
                  'If stable at 24 months it can be reclassified BI-RADS 2 and the patien'
                  't returned to routine screening.'),
                 '3 -', id='B17'),
    pytest.param(('Right breast, MRI-directed second-look ultrasound, 10/02/2026\n'
                  'The 8 mm enhancing focus corresponds to an oval circumscribed mass at '
                  "10 o'clock.\n"
                  'After MRI review the lesion was reclassified BI-RADS 4A to BI-RADS 3 ('
                  'benign kinetics, fat-containing node excluded).\n'
                  'Final: right breast BI-RADS 3, follow-up 6 months.'),
                 '- 3', id='B18',
                 marks=pytest.mark.xfail(strict=True, reason=("review B18 (2 reclassified): read '- 4A'; older be"
                                                          "haviour: 'reclassified BI-RADS 4A to BI-RADS 3' (f"
                                                          'rom-to) reads the 4A, as at df95bc3'))),
    pytest.param(('Right breast ultrasound, second opinion, 18/02/2026\n'
                  'The outside report (Clínica Norte, 01/2026) reclassified BI-RADS 4 aft'
                  'er their second-look ultrasound.\n'
                  "On our review of today's images: oval, parallel, circumscribed 9 mm ma"
                  'ss, no posterior features. Our assessment: BI-RADS 3, right breast.'),
                 '- 3', id='B19'),
    pytest.param(('Bilateral screening mammogram 03/02/2026\n'
                  'History: previous left lesion was never reclassified BI-RADS 2 by the '
                  'outside service and was excised in 2024 (fibroadenoma).\n'
                  'Findings: post-excision changes, no mass or suspicious calcification i'
                  'n either breast.\n'
                  'Impression: negative. BI-RADS 1.'),
                 '1 1', id='B20'),
    pytest.param(('Dear Ms Okafor,\n'
                  'Your mammogram of 09/02/2026 is normal.\n'
                  'Your previous left breast lesion (reclassified BI-RADS 3 by us in 2024'
                  ') is no longer visible.\n'
                  'Result: BI-RADS 1 for both breasts. We will invite you again in 2 year'
                  's.\n'
                  'Breast Screening Unit, Leicester'),
                 '1 1', id='B21'),
    pytest.param(('Right breast ultrasound follow-up, 05/02/2026\n'
                  "Known 9 mm complicated cyst at 6 o'clock (BI-RADS 3, 08/2025).\n"
                  'Today the cyst is anechoic and smaller (6 mm).\n'
                  'Reclassified BI-RADS 3 → BI-RADS 2. Return to routine screening.'),
                 '- 2', id='B22'),
    pytest.param(('Right breast ultrasound, 6-month review, 17/02/2026\n'
                  "Probable fibroadenoma 9 mm at 10 o'clock, stable.\n"
                  'Not reclassified; BI-RADS 3 retained pending the 12-month study.\n'
                  'Follow-up in 6 months.\n'
                  'Signed: Dr M. García, breast radiology section.'),
                 '- 3', id='B23'),
    pytest.param(('Left breast ultrasound 11/02/2026\n'
                  "Newly seen 8 mm oval mass at 4 o'clock with a thin echogenic rim, prob"
                  'able fibroadenoma. BI-RADS 3.\n'
                  'Plan: follow-up at 6, 12 and 24 months; it will be reclassified BI-RAD'
                  'S 2 once two years of stability are shown.'),
                 '3 -', id='B24'),
    pytest.param(('Department of Breast Imaging - quarterly audit note (not a patient rep'
                  'ort), Q4 2025\n'
                  'Second-reader review: 38 lesions initially called BI-RADS 3 were recla'
                  'ssified BI-RADS 2 after comparison with prior studies; 4 were upgraded'
                  ' to BI-RADS 4A.\n'
                  'Action: reminder to obtain outside priors before assigning BI-RADS 3.'),
                 '- -', id='B25',
                 marks=pytest.mark.xfail(strict=True, reason=("review B25 (2 reclassified): read '4A 4A'; older b"
                                                          'ehaviour: a department audit note with no patient '
                                                          "assessment reads its counts' categories (4A 4A), a"
                                                          's at df95bc3'))),
    pytest.param(('Right breast ultrasound 22/02/2026\n'
                  "9 mm irregular mass at 12 o'clock, non-parallel. BI-RADS 4A.\n"
                  'Radiologist comment: the referrer asked whether this could be regraded'
                  ' BI-RADS 3; given the irregular margin, no. Biopsy recommended.'),
                 '- 4A', id='B26'),
    pytest.param(('Bilateral mammogram with tomosynthesis, 08/02/2026\n'
                  'Comparison: 2023, when a right-sided asymmetry was first reported BI-R'
                  'ADS 3 and later regraded BI-RADS 2 at the 2025 review.\n'
                  'Today: stable scattered fibroglandular densities, a few benign calcifi'
                  'cations bilaterally.\n'
                  'Impression: benign. BI-RADS 2.'),
                 '2 2', id='B27'),
    pytest.param(("Centre d'Imagerie Médicale Bordeaux-Nord - Mammography and ultrasound "
                  '(translated; headings partly untranslated)\n'
                  'Antécédents: breast ultrasound in 2024: "kystes multiples, BI-RADS ACR'
                  ' 2". Last mammogram 05/2023, BI-RADS ACR 1 on both sides.\n'
                  'Examination 16/02/2026: bilateral mammography and ultrasound.\n'
                  "Findings: right breast, 13 mm irregular mass at 10 o'clock with spicul"
                  'ated margins. Left breast: no abnormality.\n'
                  'Conclusion: right breast BI-RADS 4B; left breast BI-RADS 1. Biopsy of '
                  'the right mass.'),
                 '1 4B', id='C01'),
    pytest.param(('CLINIQUE DU PARC, LYON - RIGHT BREAST ULTRASOUND (TRANSLATION)\n'
                  'ANTÉCÉDENTS: right breast nodule followed since 2022, classified BI-RA'
                  'DS ACR 3 in 2022 and 2023.\n'
                  'Indication: 3-year follow-up.\n'
                  "Result: the 8 mm oval nodule at 9 o'clock is unchanged in size and app"
                  'earance.\n'
                  'Conclusion: stable probable fibroadenoma, now benign. BI-RADS 2, right'
                  ' breast.'),
                 '- 2', id='C02'),
    pytest.param(('Hopital Cantonal, Fribourg - screening mammogram (translated)\n'
                  'Antecedents: mammogram 2022 BI-RADS 3 (left focal asymmetry), 2023 BI-'
                  'RADS 2.\n'
                  'Today 12/02/2026: bilateral mammography, fatty tissue, a few vascular '
                  'and benign calcifications on both sides.\n'
                  'Conclusion: benign findings. BI-RADS 2.'),
                 '2 2', id='C03'),
    pytest.param(('Centre de Radiologie de Nantes - Ultrasound report (translated)\n'
                  'Antécédents personnels: cervical cancer 2015; right breast cyst aspira'
                  'tion 2021 (BI-RADS 2 after aspiration).\n'
                  'Indication: new lump, right breast.\n'
                  'Ultrasound 05/02/2026: right breast, 7 mm oval parallel solid mass at '
                  "11 o'clock, circumscribed; likely fibroadenoma.\n"
                  'Conclusion: BI-RADS 3, right breast. Follow-up in 6 months.'),
                 '- 3', id='C04'),
    pytest.param(('Polyclinique de Strasbourg - Screening mammogram (translated)\n'
                  'Antécédents familiaux: mother breast cancer at 52. Sister: BI-RADS 4A '
                  'lesion biopsied 2024, benign.\n'
                  'Technique: 2D + tomosynthesis, 10/02/2026.\n'
                  'Findings: density B, no mass, no suspicious calcifications, no distort'
                  'ion.\n'
                  'Conclusion: normal examination. BI-RADS 1 both breasts.'),
                 '1 1', id='C05'),
    pytest.param(('Institut Bergonié - Mammography and ultrasound (English translation)\n'
                  'Antécédents chirurgicaux: right lumpectomy and sentinel node 2020 for '
                  'IDC (pre-operative BI-RADS 5), radiotherapy.\n'
                  'Examination 18/02/2026.\n'
                  'Right breast: post-surgical scar, fat necrosis with oil cysts. BI-RADS'
                  ' 2.\n'
                  'Left breast: no abnormality. BI-RADS 1.\n'
                  'Annual surveillance.'),
                 '1 2', id='C06'),
    pytest.param(('Cabinet de radiologie Montpellier - left breast ultrasound (translated'
                  ')\n'
                  'Antécédent: left breast BI-RADS 4A nodule biopsied in 2024 (benign, fi'
                  'broadenoma).\n'
                  "Indication: new palpable area, left breast, 2 o'clock.\n"
                  'Result 09/02/2026: 6 mm oval circumscribed nodule next to the biopsied'
                  ' fibroadenoma, new. BI-RADS 3.\n'
                  'Control ultrasound in 6 months.'),
                 '3 -', id='C07',
                 marks=pytest.mark.xfail(strict=True, reason=("review C07 (3 antecedents heading): read '- -'; ol"
                                                          "der behaviour: the 'Antécédent:' history now ends "
                                                          "at its line (next line 'Indication:'), but the Eng"
                                                          "lish 'Indication:' heading runs over 'Result 09/02"
                                                          "/2026: ... BI-RADS 3.' ('Result <date>:' is no hea"
                                                          'ding; the same without the Antécédent line, and wi'
                                                          "th 'History:' in P12); df95bc3 read the history's "
                                                          '4A'))),
    pytest.param(('Hôpital de la Croix-Rousse - diagnostic mammogram (translated)\n'
                  'Antécédents : benign biopsy left breast 2019; mammogram 2024 BI-RADS A'
                  'CR 3 (left).\n'
                  'Examination 04/02/2026: left breast, stable post-biopsy distortion ove'
                  'r 2 years; right breast unremarkable.\n'
                  'Impression: Left breast BI-RADS 2. Right breast BI-RADS 1.'),
                 '2 1', id='C08'),
    pytest.param(('Centre Hospitalier de Pau - Unilateral left breast ultrasound (transla'
                  'ted form)\n'
                  'Antécédents: bilateral mammogram 2025 BI-RADS 1 on both sides; breast '
                  'ultrasound 2024 BI-RADS 2 (cysts).\n'
                  "Indication: focal pain left breast, 3 o'clock.\n"
                  "Findings: 5 mm complicated cyst with low-level echoes at 3 o'clock, le"
                  'ft breast, no vascularity.\n'
                  'Conclusion: BI-RADS 3, left breast. Ultrasound in 6 months.'),
                 '3 -', id='C09'),
    pytest.param(('Clinique Pasteur, Toulouse - Right breast ultrasound (translated)\n'
                  'Antécédents: hypertension; hysterectomy 2012;\n'
                  'mammography in 2023 classified BI-RADS 2 bilateral;\n'
                  'ultrasound 2024 BI-RADS 2 (cysts).\n'
                  'Indication: right breast lump for 1 month.\n'
                  "Findings: 11 mm irregular, non-parallel hypoechoic mass at 8 o'clock, "
                  'right breast.\n'
                  'Conclusion: BI-RADS 4A. Core biopsy proposed.'),
                 '- 4A', id='C10'),
    pytest.param(('Imagerie du Sud, Marseille - screening mammography (translated)\n'
                  '   Antécédents: mammography 2023: BI-RADS 2 both breasts (benign calci'
                  'fications).\n'
                  'Examination 03/02/2026: density C; the benign calcifications are no lo'
                  'nger seen on the new system; no lesion.\n'
                  'Impression: BI-RADS 1.'),
                 '1 1', id='C11'),
    pytest.param(('Centre de Sénologie de Lille - Mammography report (translated)\n'
                  'Antécédents: biopsy 2024 for a BI-RADS 4 cluster of calcifications, re'
                  'sult columnar cell change.\n'
                  'Examination 12/02/2026: bilateral mammography; post-biopsy clip in pla'
                  'ce; scattered round benign calcifications bilaterally.\n'
                  'Impression: benign. BI-RADS 2.'),
                 '2 2', id='C12'),
    pytest.param(("Clinique de l'Anjou - Right breast ultrasound (translation)\n"
                  'Antécédents médicaux: type 2 diabetes. Breast ultrasound 11/2025: "kys'
                  'te compliqué, BI-RADS ACR 3" (right, 6 o\'clock).\n'
                  'Technique: high-frequency linear probe.\n'
                  "Results: the lesion at 6 o'clock is now a simple anechoic cyst of 5 mm"
                  '.\n'
                  'Impression: simple cyst right breast, BI-RADS 2.'),
                 '- 2', id='C13'),
    pytest.param(('Royal Victoria Hospital, Montreal - right breast ultrasound, 12/02/202'
                  '6 (translated)\n'
                  'Clinical details: palpable lump right breast; no antécédents of breast'
                  ' surgery.\n'
                  "Findings: 8 mm oval circumscribed mass at 10 o'clock, right breast, pa"
                  'rallel, no posterior features.\n'
                  'Impression: probable fibroadenoma, BI-RADS 3. Follow-up ultrasound in '
                  '6 months.'),
                 '- 3', id='C14'),
    pytest.param(('Hôpital Saint-Joseph - left breast ultrasound (translated)\n'
                  'Notes: antécédents: none relevant.\n'
                  "Findings: left breast, 6 mm simple cyst at 4 o'clock.\n"
                  'Conclusion: BI-RADS 2.\n'
                  'Reporting radiologist: Dr S. Patel.'),
                 '2 -', id='C15'),
    pytest.param(("Centre de Radiologie de Rennes - Compte rendu d'échographie mammaire\n"
                  'Antécédents : mastose fibrokystique; mammographie 2024 ACR 2.\n'
                  'Indication : douleur du sein droit.\n'
                  'Sein droit : nodule ovalaire de 7 mm à 10 h, circonscrit, probable fib'
                  'roadénome. BI-RADS ACR 3.\n'
                  "Sein gauche : pas d'anomalie. BI-RADS ACR 1.\n"
                  'Conclusion : ACR 3 à droite, ACR 1 à gauche.'),
                 '1 3', id='C16'),
    pytest.param(('Clinique des Cèdres - screening mammogram (translated form)\n'
                  'Antécédents: none.\n'
                  'Bilateral screening mammography 07/02/2026: density B, no mass, no cal'
                  'cification, no distortion. BI-RADS 1.\n'
                  'Reported by Dr A. Mensah, consultant radiologist.'),
                 '1 1', id='C17'),
    pytest.param(('Hôpital Nord, Marseille - bilateral breast ultrasound (translated, hea'
                  'dings left in French)\n'
                  'Antécédents: nil.\n'
                  'Résultats: several simple cysts in both breasts, the largest 9 mm on t'
                  'he right; no solid lesion. BI-RADS 2.'),
                 '2 2', id='C18'),
    pytest.param(('Cabinet de radiologie, Nice - screening (translated)\n'
                  'Antécédents: none relevant. Screening mammogram both breasts: density '
                  'A, no suspicious finding. BI-RADS 1.\n'
                  'Verified by Dr K. Tanaka, breast imaging.'),
                 '1 1', id='C19'),
    pytest.param(('Centre Hospitalier Universitaire de Caen - right breast ultrasound (tr'
                  'anslated)\n'
                  'Antécédents unremarkable apart from a tonsillectomy.\n'
                  "Findings 20/02/2026: 12 mm irregular hypoechoic mass at 9 o'clock, rig"
                  'ht breast, non-parallel.\n'
                  'Conclusion: BI-RADS 4A. Biopsy recommended.'),
                 '- 4A', id='C20'),
    pytest.param(("Cabinet d'imagerie, Dijon - mammographie de dépistage (traduction part"
                  'ielle)\n'
                  'Antécédents: aucun.\n'
                  "Mammographie bilatérale: densité type B, pas d'anomalie. BI-RADS ACR 1"
                  '.\n'
                  'Signed: Dr M. García, breast radiology section.'),
                 '1 1', id='C21'),
    pytest.param(('Hospital Universitario La Paz - right breast ultrasound (translated)\n'
                  'Antecedentes: BI-RADS 2 cysts in 2023.\n'
                  "Findings 11/02/2026: new 7 mm oval solid nodule at 12 o'clock, right b"
                  'reast, circumscribed.\n'
                  'Conclusion: probable fibroadenoma. BI-RADS 3.'),
                 '- 3', id='C22'),
    pytest.param(('Clinique de Genolier - left breast ultrasound (translated)\n'
                  'Clinical notes: Antécédents: left cyst 2023 (BI-RADS 2). Now left brea'
                  'st lump.\n'
                  "Findings: 9 mm simple cyst at 2 o'clock, left breast, corresponding to"
                  ' the lump.\n'
                  'Conclusion: left breast BI-RADS 2.'),
                 '2 -', id='C23'),
    pytest.param(("Centre de Radiologie d'Annecy - screening mammogram (translated)\n"
                  'Antécédents: nil.\n'
                  'Mammography 14/02/2026:\n'
                  'Density B. No mass, no calcification, no architectural distortion.\n'
                  'BI-RADS 1.\n'
                  'Verified by Dr K. Tanaka, breast imaging.'),
                 '1 1', id='C24'),
    pytest.param(('Clinique Saint-Jean, Bruxelles - mammography (translated)\n'
                  'Antécédents: previous examinations 2022 and 2024, BI-RADS 2.\n'
                  'Comparison: stable.\n'
                  'Impression: benign calcifications both breasts, unchanged. BI-RADS 2.'),
                 '2 2', id='C25'),
    pytest.param(('Clinique du Mail, Grenoble - right breast ultrasound (translated)\n'
                  'Antécédents: nil.\n'
                  "Échographie: right breast, 14 mm irregular mass at 11 o'clock, angular"
                  ' margins, posterior shadowing. BI-RADS 4B.\n'
                  'Biopsy arranged.'),
                 '- 4B', id='C26'),
    pytest.param(("Centre d'imagerie médicale Quimper - screening mammogram (translated)\n"
                  'Indication: organised screening, age 58.\n'
                  'Comments: the patient reports no antécédents: no surgery, no hormone t'
                  'herapy.\n'
                  'Result: density B, no suspicious finding. BI-RADS 1.'),
                 '1 1', id='C27'),
    pytest.param(("Centre Hospitalier d'Avignon - Breast imaging report (translated form)"
                  '\n'
                  '1. Antécédents [history]: appendicectomy, hypothyroidism on levothyrox'
                  'ine.\n'
                  '2. Mammographie et échographie bilatérales du 11/02/2026:\n'
                  "- Sein droit: 15 mm irregular mass at 10 o'clock, non-parallel, poster"
                  'ior shadowing. BI-RADS ACR 4b.\n'
                  '- Sein gauche: density B, no lesion. BI-RADS ACR 1.\n'
                  '3. Conduite à tenir [plan]: core biopsy of the right mass.'),
                 '1 4B', id='D01',
                 marks=pytest.mark.xfail(strict=True, reason=("review D01 (4 numbered history item): read '- -'; "
                                                          'rule 4 withdrawn after review r129 (earlier and ou'
                                                          'tside exams are numbered items in the same shape, '
                                                          "probes Q10 / Q14; no evidence tells today's item w"
                                                          'here its date is the only one): the glossed number'
                                                          "ed history item runs on over today's item, as at d"
                                                          'f95bc3'))),
    pytest.param(('Breast imaging report, Aga Khan Hospital, Dar es Salaam\n'
                  '1. History: hypertension, asthma.\n'
                  '2. Mammography 18/02/2026:\n'
                  "- Right breast: 8 mm oval circumscribed mass at 9 o'clock, new. BI-RAD"
                  'S 3.\n'
                  '- Left breast: scattered benign calcifications. BI-RADS 2.\n'
                  '3. Recommendation: right breast ultrasound follow-up in 6 months.'),
                 '2 3', id='D02',
                 marks=pytest.mark.xfail(strict=True, reason=("review D02 (4 numbered history item): read '- -'; "
                                                          "older behaviour: plain English '1. History:' also "
                                                          "matches the 'sentence. History:' sub-heading patte"
                                                          "rn (the '.' after the number), which is not cut; w"
                                                          'ith rule 4 withdrawn, nothing ends it'))),
    pytest.param(('Report form, Hospital Angeles (translated)\n'
                  '1) History: diabetes, one previous benign biopsy of the right breast i'
                  'n 2018.\n'
                  '2) Ultrasound of both breasts 2026-02-09:\n'
                  '- Right breast: biopsy scar, simple cyst 5 mm. BI-RADS 2.\n'
                  '- Left breast: normal. BI-RADS 1.'),
                 '1 2', id='D03',
                 marks=pytest.mark.xfail(strict=True, reason=("review D03 (4 numbered history item): read '- -'; "
                                                          'rule 4 withdrawn after review r129 (earlier and ou'
                                                          'tside exams are numbered items in the same shape, '
                                                          "probes Q10 / Q14; no evidence tells today's item w"
                                                          'here its date is the only one): the glossed number'
                                                          "ed history item runs on over today's item, as at d"
                                                          "f95bc3 ('1) History:')"))),
    pytest.param(('Hospital General de Valencia - informe (translated)\n'
                  '1. Antecedentes [history]: hysterectomy 2015; no hormone therapy.\n'
                  '2. Mamografía bilateral del 05/02/2026:\n'
                  '- Mama derecha [right breast]: grouped amorphous calcifications, 6 mm,'
                  ' upper outer quadrant. BI-RADS 4A.\n'
                  '- Mama izquierda [left breast]: vascular calcifications. BI-RADS 2.\n'
                  '3. Recommendation: stereotactic biopsy, right.'),
                 '2 4A', id='D04',
                 marks=pytest.mark.xfail(strict=True, reason=("review D04 (4 numbered history item): read '- -'; "
                                                          'rule 4 withdrawn after review r129 (earlier and ou'
                                                          'tside exams are numbered items in the same shape, '
                                                          "probes Q10 / Q14; no evidence tells today's item w"
                                                          'here its date is the only one): the glossed number'
                                                          "ed history item runs on over today's item, as at d"
                                                          'f95bc3'))),
    pytest.param(('Ospedale San Raffaele - Referto (translated)\n'
                  '1. Anamnesi [history]: smoker, hypertension.\n'
                  '2. Mammografia ed ecografia 03.02.2026:\n'
                  "- Right breast: 6 mm oval hypoechoic nodule at 11 o'clock, circumscrib"
                  'ed. BI-RADS 3.\n'
                  '- Left breast: no findings. BI-RADS 1.\n'
                  '3. Follow-up: ultrasound in 6 months.'),
                 '1 3', id='D05',
                 marks=pytest.mark.xfail(strict=True, reason=("review D05 (4 numbered history item): read '- -'; "
                                                          'rule 4 withdrawn after review r129 (earlier and ou'
                                                          'tside exams are numbered items in the same shape, '
                                                          "probes Q10 / Q14; no evidence tells today's item w"
                                                          'here its date is the only one): the glossed number'
                                                          "ed history item runs on over today's item, as at d"
                                                          'f95bc3'))),
    pytest.param(('Hospital de Santa Maria, Lisboa - relatório (translated)\n'
                  '1. Antecedentes [history]: asthma; no breast surgery.\n'
                  '2. Ecografia mamária direita 10/01/2026:\n'
                  "- Right breast: simple cysts at 2 and 10 o'clock, the largest 7 mm. BI"
                  '-RADS 2.\n'
                  '3. Conclusion: benign.'),
                 '- 2', id='D06',
                 marks=pytest.mark.xfail(strict=True, reason=("review D06 (4 numbered history item): read '- -'; "
                                                          'rule 4 withdrawn after review r129 (earlier and ou'
                                                          'tside exams are numbered items in the same shape, '
                                                          "probes Q10 / Q14; no evidence tells today's item w"
                                                          'here its date is the only one): the glossed number'
                                                          "ed history item runs on over today's item, as at d"
                                                          'f95bc3'))),
    pytest.param(('Breast ultrasound report, Prince of Wales Hospital\n'
                  '1. History: left 7 mm nodule BI-RADS 3 in 08/2023, for follow-up.\n'
                  '2. Ultrasound left breast 20/02/2026:\n'
                  "- Left breast: nodule at 2 o'clock unchanged at 7 mm, 2.5 years stable"
                  '. BI-RADS 2.\n'
                  '3. Plan: routine screening.'),
                 '2 -', id='D07',
                 marks=pytest.mark.xfail(strict=True, reason=("review D07 (4 numbered history item): read '- -'; "
                                                          "older behaviour: plain English '1. History:' also "
                                                          "matches the 'sentence. History:' sub-heading patte"
                                                          "rn (the '.' after the number), which is not cut; w"
                                                          'ith rule 4 withdrawn, nothing ends it'))),
    pytest.param(('Universitätsklinikum Freiburg - Befund (translated)\n'
                  '1. Anamnese [history]: mother breast cancer at 49; no prior surgery.\n'
                  '2. Mammographie beidseits vom 05.02.2026:\n'
                  '- Rechte Brust [right breast]: ACR B, no suspicious finding. BI-RADS 1'
                  '.\n'
                  '- Linke Brust [left breast]: 16 mm spiculated mass, upper outer quadra'
                  'nt. BI-RADS 4B.\n'
                  '3. Empfehlung [recommendation]: ultrasound-guided core biopsy, left.'),
                 '4B 1', id='D08',
                 marks=pytest.mark.xfail(strict=True, reason=("review D08 (4 numbered history item): read '- -'; "
                                                          'rule 4 withdrawn after review r129 (earlier and ou'
                                                          'tside exams are numbered items in the same shape, '
                                                          "probes Q10 / Q14; no evidence tells today's item w"
                                                          'here its date is the only one): the glossed number'
                                                          "ed history item runs on over today's item, as at d"
                                                          'f95bc3'))),
    pytest.param(('Assessment form, Groote Schuur Hospital\n'
                  '1. History: previous benign cyst aspiration, right breast, 2021.\n'
                  '2. Mammography and ultrasound 24/01/2026:\n'
                  '- Right breast: two simple cysts. BI-RADS 2.\n'
                  "- Left breast: 9 mm oval solid mass at 3 o'clock, probable fibroadenom"
                  'a. BI-RADS 3.\n'
                  '3. Conclusion: right BI-RADS 2, left BI-RADS 3.'),
                 '3 2', id='D09'),
    pytest.param(('Ziekenhuis Oost-Limburg - verslag (translated)\n'
                  '1. Voorgeschiedenis [history]: right breast biopsy 2020, benign.\n'
                  '2. Echografie beide borsten 12-02-2026:\n'
                  '- Rechterborst [right breast]: biopsy scar, no lesion. BI-RADS 1.\n'
                  '- Linkerborst [left breast]: 4 mm simple cyst. BI-RADS 2.'),
                 '2 1', id='D10',
                 marks=pytest.mark.xfail(strict=True, reason=("review D10 (4 numbered history item): read '- -'; "
                                                          "older behaviour: '1. Voorgeschiedenis [history]:' "
                                                          "runs over '2. Echografie beide borsten 12-02-2026:"
                                                          "'; rule 4 withdrawn (and 'echografie' was no exam "
                                                          'word)'))),
    pytest.param(('SCREENING FORM - MAMMOGRAPHY UNIT, KENYATTA NATIONAL HOSPITAL\n'
                  '1. HISTORY: NO BREAST COMPLAINTS, FIRST SCREEN.\n'
                  '2. MAMMOGRAM 16/02/2026:\n'
                  '- RIGHT BREAST: DENSITY B, NORMAL. BI-RADS 1.\n'
                  '- LEFT BREAST: DENSITY B, NORMAL. BI-RADS 1.'),
                 '1 1', id='D11',
                 marks=pytest.mark.xfail(strict=True, reason=("review D11 (4 numbered history item): read '- -'; "
                                                          "older behaviour: plain English '1. History:' also "
                                                          "matches the 'sentence. History:' sub-heading patte"
                                                          "rn (the '.' after the number), which is not cut; w"
                                                          "ith rule 4 withdrawn, nothing ends it ('1. HISTORY"
                                                          ":')"))),
    pytest.param(('Centrum Onkologii Warszawa - opis (translated)\n'
                  '1. Wywiad [history]: hypertension, thyroidectomy 2010.\n'
                  '2. Mammografia z dnia 11.02.2026:\n'
                  '- Pierś prawa [right breast]: vascular calcifications. BI-RADS 2.\n'
                  '- Pierś lewa [left breast]: 20 mm irregular mass with fine pleomorphic'
                  ' calcifications. BI-RADS 4C.'),
                 '4C 2', id='D12',
                 marks=pytest.mark.xfail(strict=True, reason=("review D12 (4 numbered history item): read '- -'; "
                                                          'rule 4 withdrawn after review r129 (earlier and ou'
                                                          'tside exams are numbered items in the same shape, '
                                                          "probes Q10 / Q14; no evidence tells today's item w"
                                                          'here its date is the only one): the glossed number'
                                                          "ed history item runs on over today's item, as at d"
                                                          'f95bc3'))),
    pytest.param(('Follow-up form, Tata Memorial Hospital\n'
                  '1. History: right mastectomy for carcinoma 2018, on letrozole.\n'
                  '2. Mammogram left breast 14/02/2026:\n'
                  '- Left breast: fatty, no mass or calcification. BI-RADS 1.\n'
                  'Reporting radiologist: Dr S. Patel.'),
                 '1 -', id='D13',
                 marks=pytest.mark.xfail(strict=True, reason=("review D13 (4 numbered history item): read '- -'; "
                                                          "older behaviour: plain English '1. History:' also "
                                                          "matches the 'sentence. History:' sub-heading patte"
                                                          "rn (the '.' after the number), which is not cut; w"
                                                          'ith rule 4 withdrawn, nothing ends it'))),
    pytest.param(('Imaging report form, Cork University Hospital\n'
                  '1. Clinical history: palpable lump right breast, mother breast cancer.'
                  '\n'
                  '2. Mammography and ultrasound 19/02/2026:\n'
                  "- Right breast: 10 mm irregular mass at 8 o'clock. BI-RADS 4A.\n"
                  '- Left breast: normal. BI-RADS 1.\n'
                  '3. Recommendation: core biopsy.'),
                 '1 4A', id='D14',
                 marks=pytest.mark.xfail(strict=True, reason=("review D14 (4 numbered history item): read '- -'; "
                                                          "older behaviour: '1. Clinical history:' (a qualifi"
                                                          "ed heading) swallows today's item 2"))),
    pytest.param(('Form, Hôpital Européen Georges-Pompidou (translated)\n'
                  '1. Antécédents [history]: right BI-RADS 3 nodule 2024.\n'
                  '2. Previous mammogram 03/2024:\n'
                  '- Right breast: BI-RADS 3.\n'
                  '3. Ultrasound right breast 12/02/2026:\n'
                  '- Right breast: the nodule is stable at 2 years, 6 mm. BI-RADS 2.'),
                 '- 2', id='D15',
                 marks=pytest.mark.xfail(strict=True, reason=("review D15 (4 numbered history item): read '- -'; "
                                                          "older behaviour: '2. Previous mammogram 03/2024:' "
                                                          "keeps the history running over item 3, today's ult"
                                                          'rasound'))),
    pytest.param(('Follow-up report form, Queen Mary Hospital\n'
                  '1. History: left breast nodule under surveillance.\n'
                  '2. Mammography 14/03/2024:\n'
                  '- Left breast: 7 mm oval nodule, BI-RADS 3.\n'
                  '3. Ultrasound 20/02/2026:\n'
                  '- Left breast: nodule unchanged at 7 mm after 2 years. BI-RADS 2.'),
                 '2 -', id='D16',
                 marks=pytest.mark.xfail(strict=True, reason=("review D16 (4 numbered history item): read '- -'; "
                                                          "older behaviour: plain English '1. History:' also "
                                                          "matches the 'sentence. History:' sub-heading patte"
                                                          "rn (the '.' after the number), which is not cut; w"
                                                          'ith rule 4 withdrawn, nothing ends it; a cut at it'
                                                          "em 2 would read the 2024 exam's 3 (the probes' ove"
                                                          'r-reach)'))),
    pytest.param(('Screening form, Clinica Alemana\n'
                  '1. History: routine screening, no symptoms.\n'
                  '2. Mammography 24/02/2026: both breasts fatty, no lesion. BI-RADS 1.\n'
                  '3. Next screening in 2 years.\n'
                  'Verified by Dr K. Tanaka, breast imaging.'),
                 '1 1', id='D17',
                 marks=pytest.mark.xfail(strict=True, reason=("review D17 (4 numbered history item): read '- -'; "
                                                          "older behaviour: '2. Mammography 24/02/2026: both "
                                                          "breasts fatty ... BI-RADS 1.' (words after the col"
                                                          'on) keeps the history running'))),
    pytest.param(('Form, Hospital Italiano de Buenos Aires (translated)\n'
                  '1. History: palpable lump right breast.\n'
                  '3. Mammography 15/02/2026:\n'
                  "- Right breast: 9 mm irregular mass at 10 o'clock. BI-RADS 4A.\n"
                  '- Left breast: BI-RADS 1.'),
                 '1 4A', id='D18',
                 marks=pytest.mark.xfail(strict=True, reason=("review D18 (4 numbered history item): read '- -'; "
                                                          'older behaviour: the item numbers skip (1 -> 3); t'
                                                          'he history runs on'))),
    pytest.param(('Report form, Royal Darwin Hospital\n'
                  '1. History: bilateral breast pain.\n'
                  '2. Ultrasound:\n'
                  '- Right breast: simple cysts. BI-RADS 2.\n'
                  '- Left breast: simple cysts. BI-RADS 2.\n'
                  'Signed: Dr M. García, breast radiology section.'),
                 '2 2', id='D19'),
    pytest.param(('Report, Siriraj Hospital (translated)\n'
                  '1. Indication: screening, age 50.\n'
                  '2. Mammography 16/02/2026:\n'
                  '- Right breast: benign calcifications. BI-RADS 2.\n'
                  '- Left breast: benign calcifications. BI-RADS 2.\n'
                  'Reported by Dr A. Mensah, consultant radiologist.'),
                 '2 2', id='D20',
                 marks=pytest.mark.xfail(strict=True, reason=("review D20 (4 numbered history item): read '- -'; "
                                                          "older behaviour: '1. Indication:' is a history-lik"
                                                          'e heading that swallows the form'))),
    pytest.param(('Second-opinion form, Clinique Générale-Beaulieu (translated)\n'
                  '1. History: right breast nodule found elsewhere.\n'
                  '2. Mammography report of 24/02/2025 (outside, quoted):\n'
                  '- Right breast: irregular nodule, BI-RADS 4A.\n'
                  '3. Our ultrasound 18/02/2026:\n'
                  "- Right breast: oval circumscribed 8 mm nodule at 10 o'clock, probable"
                  ' fibroadenoma. BI-RADS 3.'),
                 '- 3', id='D21',
                 marks=pytest.mark.xfail(strict=True, reason=("review D21 (4 numbered history item): read '- -'; "
                                                          "older behaviour: plain English '1. History:' also "
                                                          "matches the 'sentence. History:' sub-heading patte"
                                                          "rn (the '.' after the number), which is not cut; w"
                                                          'ith rule 4 withdrawn, nothing ends it; item 2 is a'
                                                          'n outside 2025 report, the cut belongs at item 3 ('
                                                          'no rule)'))),
    pytest.param(('Surveillance form, Royal Marsden\n'
                  '1. History: left wide local excision 2019 for DCIS.\n'
                  '   Radiotherapy 2019. On tamoxifen until 2024.\n'
                  '2. Mammography 09/02/2026:\n'
                  '- Left breast: stable post-surgical changes. BI-RADS 2.\n'
                  '- Right breast: no abnormality. BI-RADS 1.'),
                 '2 1', id='D22',
                 marks=pytest.mark.xfail(strict=True, reason=("review D22 (4 numbered history item): read '- -'; "
                                                          'older behaviour: the history item wraps onto a sec'
                                                          'ond line and runs on over item 2'))),
    pytest.param(('Pre-operative imaging summary, Sahlgrenska (translated)\n'
                  '1. History: right breast carcinoma diagnosed 01/2026.\n'
                  '2. Mammography 08/01/2026:\n'
                  '- Right breast: 18 mm spiculated mass. BI-RADS 5.\n'
                  "3. MRI 05/02/2026 (today's exam, staging):\n"
                  '- Right breast: known biopsy-proven carcinoma, 21 mm, no multifocality'
                  '. BI-RADS 6.\n'
                  '- Left breast: one 5 mm enhancing focus with benign kinetics. BI-RADS '
                  '2.'),
                 '2 6', id='D23',
                 marks=pytest.mark.xfail(strict=True, reason=("review D23 (4 numbered history item): read '- -'; "
                                                          "older behaviour: plain English '1. History:' also "
                                                          "matches the 'sentence. History:' sub-heading patte"
                                                          "rn (the '.' after the number), which is not cut; w"
                                                          'ith rule 4 withdrawn, nothing ends it; item 2 is a'
                                                          "n earlier pre-biopsy mammogram, today's is item 3 "
                                                          '(no rule)'))),
    pytest.param(('Form, University Hospital Zagreb (translated)\n'
                  '1. History: left cyst 2024.\n'
                  '2. Ultrasound 11/02/2026 - left breast only, patient declined right:\n'
                  '- Left breast: 5 mm simple cyst. BI-RADS 2.\n'
                  'Signed: Dr M. García, breast radiology section.'),
                 '2 -', id='D24',
                 marks=pytest.mark.xfail(strict=True, reason=("review D24 (4 numbered history item): read '- -'; "
                                                          "older behaviour: '2. Ultrasound 11/02/2026 - left "
                                                          "breast only, patient declined right:' (words after"
                                                          ' the date) keeps the history running'))),
    pytest.param(('Recommendations sheet, BreastScreen NSW\n'
                  '1. History: your screening mammogram of 03/02/2026 was normal (BI-RADS'
                  ' 1, both breasts).\n'
                  '2. What happens next: you will be invited again in 2 years.\n'
                  '3. If you notice a lump, see your GP.'),
                 '1 1', id='D25',
                 marks=pytest.mark.xfail(strict=True, reason=("review D25 (4 numbered history item): read '- -'; "
                                                          'older behaviour / debatable label: a result letter'
                                                          " whose '1. History:' item states the result itself"
                                                          " (by R4 a history heading's category may be read a"
                                                          's history)'))),
    pytest.param(('Imaging form, Tygerberg Hospital\n'
                  '1. History: right lump, previous imaging below.\n'
                  '2. Ultrasound 03/05/2025:\n'
                  '- Right breast: 9 mm oval mass, BI-RADS 3.\n'
                  '3. Ultrasound 16/02/2026:\n'
                  '- Right breast: the mass has grown to 15 mm and is now irregular with '
                  'angular margins. BI-RADS 4B.'),
                 '- 4B', id='D26',
                 marks=pytest.mark.xfail(strict=True, reason=("review D26 (4 numbered history item): read '- -'; "
                                                          "older behaviour: plain English '1. History:' also "
                                                          "matches the 'sentence. History:' sub-heading patte"
                                                          "rn (the '.' after the number), which is not cut; w"
                                                          'ith rule 4 withdrawn, nothing ends it; item 2 is a'
                                                          "n earlier 2025 ultrasound, today's is item 3 (no r"
                                                          'ule)'))),
    pytest.param(('Form, Hospital Clínic Barcelona (translated)\n'
                  '1. Motivo [history]: lump left breast.\n'
                  '2. Ecografía 10/02/2026:\n'
                  "- Left breast: 8 mm simple cyst at 2 o'clock. BI-RADS 2.\n"
                  'Verified by Dr K. Tanaka, breast imaging.'),
                 '2 -', id='D27',
                 marks=pytest.mark.xfail(strict=True, reason=("review D27 (4 numbered history item): read '- -'; "
                                                          'rule 4 withdrawn after review r129 (earlier and ou'
                                                          'tside exams are numbered items in the same shape, '
                                                          "probes Q10 / Q14; no evidence tells today's item w"
                                                          'here its date is the only one): the glossed number'
                                                          "ed history item runs on over today's item, as at d"
                                                          "f95bc3 ('Motivo [history]')"))),
    pytest.param(('EXAM: SCREENING MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS\n'
                  'DATE: 02/10/2026\n'
                  'HISTORY: 52-year-old, annual screening.\n'
                  'COMPARISON: 02/2025, 01/2024.\n'
                  'FINDINGS: The breasts are heterogeneously dense, which may obscure sma'
                  'll masses. No suspicious mass, calcification or distortion.\n'
                  'IMPRESSION: Negative. BI-RADS 1. Recommend annual screening.'),
                 '1 1', id='O01'),
    pytest.param(('Right breast ultrasound - Leeds Teaching Hospitals\n'
                  "Clinical: 41F, palpable lump right breast 10 o'clock.\n"
                  'Findings: at the site of the lump, 12 x 8 mm irregular hypoechoic mass'
                  ', non-parallel, with indistinct margins. Axilla normal.\n'
                  'Conclusion: U4, BI-RADS 4A. Core biopsy performed today.'),
                 '- 4A', id='O02'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM AND ULTRASOUND\n'
                  'Indication: bilateral lumpiness.\n'
                  'Mammogram: scattered fibroglandular density. Ultrasound: multiple simp'
                  "le cysts bilaterally, largest 11 mm left 3 o'clock.\n"
                  'Impression: bilateral simple cysts. BI-RADS 2: Benign.'),
                 '2 2', id='O03'),
    pytest.param(('MAMMOGRAPHY REPORT - Apollo Hospitals, Chennai\n'
                  'Both breasts examined in CC and MLO views.\n'
                  'Right breast: fatty, no lesion. BI-RADS 1.\n'
                  'Left breast: well-defined 8 mm oval opacity upper outer quadrant, new '
                  'compared with 2024; ultrasound shows a probable fibroadenoma. BI-RADS '
                  '3.\n'
                  'Advice: follow-up ultrasound left breast in 6 months.'),
                 '3 1', id='O04'),
    pytest.param(('Right breast ultrasound and mammogram, 14/02/2026\n'
                  'Mammogram: 25 mm spiculated mass right upper outer quadrant with pleom'
                  'orphic calcifications.\n'
                  "Ultrasound: 24 mm irregular hypoechoic mass at 10 o'clock with posteri"
                  'or shadowing; two abnormal right axillary nodes.\n'
                  'Assessment: highly suggestive of malignancy, BI-RADS 5. Biopsy of mass'
                  ' and node arranged.'),
                 '- 5', id='O05'),
    pytest.param(('Screening mammogram, Stanford Health Care\n'
                  'History: 63F, personal history of benign biopsy left breast 2015 (BI-R'
                  'ADS 4A at that time).\n'
                  'Findings: scattered areas of fibroglandular density. Stable biopsy cli'
                  'p left breast. Benign calcified fibroadenoma right breast.\n'
                  'Impression: BI-RADS 2 - Benign. Routine annual screening.'),
                 '2 2', id='O06',
                 marks=pytest.mark.xfail(strict=True, reason=("review O06 (0 ordinary): read '- 2'; older behavio"
                                                          "ur: 'Impression: BI-RADS 2' after a history naming"
                                                          ' the left biopsy is sided right only'))),
    pytest.param(('BILATERAL MAMMOGRAM, 09/02/2026\n'
                  'RIGHT: segmental fine linear branching calcifications spanning 35 mm i'
                  'n the lower inner quadrant. BI-RADS 4C.\n'
                  'LEFT: no suspicious finding. BI-RADS 1.\n'
                  'Recommendation: stereotactic biopsy of right calcifications.'),
                 '1 4C', id='O07'),
    pytest.param(('SCREENING MAMMOGRAM - Community Hospital\n'
                  'Findings: possible mass in the left breast upper outer quadrant seen o'
                  'n CC view only; right breast unremarkable.\n'
                  'Impression: Incomplete. BI-RADS 0: additional imaging evaluation neede'
                  'd, left diagnostic mammogram and ultrasound.'),
                 '0 0', id='O08',
                 marks=pytest.mark.xfail(strict=True, reason=("review O08 (0 ordinary): read '0 -'; older behavio"
                                                          "ur: an unsided screening 'BI-RADS 0' whose finding"
                                                          ' is left is read for the left only'))),
    pytest.param(("Ultrasound right breast. 12/02/2026. Clinical: tender area 7 o'clock.\n"
                  "At 7 o'clock 9 mm anechoic cyst with posterior enhancement. No solid l"
                  'esion.\n'
                  'Impression: simple cyst. BI-RADS 2.\n'
                  'Electronically signed: Dr L. Moreau, radiologue.'),
                 '- 2', id='O09'),
    pytest.param(('Left breast ultrasound (Hospital Universitario Austral, translated)\n'
                  'Indication: control of left breast cyst.\n'
                  "Findings: 6 mm simple cyst at 1 o'clock, unchanged. No solid lesions.\n"
                  'Conclusion: left breast BI-RADS 2. Annual control.'),
                 '2 -', id='O10'),
    pytest.param(('Bilateral breast MRI, 10/02/2026\n'
                  'Indication: staging of biopsy-proven left breast IDC.\n'
                  "Left breast: 19 mm irregular enhancing mass at 2 o'clock with clip, co"
                  'nsistent with known malignancy. No additional lesion. BI-RADS 6.\n'
                  'Right breast: no suspicious enhancement. BI-RADS 1.'),
                 '6 1', id='O11'),
    pytest.param(('BreastScreen Queensland - screening result\n'
                  'Both breasts examined. Two readers.\n'
                  'Result: no evidence of cancer. BI-RADS 1 (normal). Next screen in 2 ye'
                  'ars.\n'
                  'Signed: Dr M. García, breast radiology section.'),
                 '1 1', id='O12'),
    pytest.param(('Diagnostic mammogram and targeted US, Massachusetts General Hospital\n'
                  "Right breast: 6 mm oval circumscribed hypoechoic mass at 11 o'clock, n"
                  'ew, probably benign. BI-RADS 3.\n'
                  'Left breast: stable benign-appearing calcifications. BI-RADS 2.\n'
                  'Overall: BI-RADS 3. Six-month follow-up right breast.'),
                 '2 3', id='O13'),
    pytest.param(('ULTRASOUND RIGHT BREAST AND AXILLA - Tan Tock Seng Hospital\n'
                  "Palpable lump RIGHT breast 3 o'clock.\n"
                  'Irregular 14 mm hypoechoic mass, angular margins, internal vascularity'
                  '.\n'
                  'Right axilla: normal nodes.\n'
                  'Impression: suspicious. BI-RADS 4B. Biopsy.'),
                 '- 4B', id='O14'),
    pytest.param(('Mammographie bilatérale (Hôpital Cochin)\n'
                  'Sein droit : fibroadénome calcifié stable. ACR 2.\n'
                  "Sein gauche : pas d'anomalie. ACR 1.\n"
                  'Conclusion : BI-RADS ACR 2 à droite, ACR 1 à gauche.\n'
                  'Verified by Dr K. Tanaka, breast imaging.'),
                 '1 2', id='O15'),
    pytest.param(('Mammographie und Sonographie beidseits (Universitätsklinikum Essen, üb'
                  'ersetzt)\n'
                  'Rechts: ACR B, kein Herdbefund. BI-RADS 1.\n'
                  'Links: 10 mm unscharf begrenzter Herd bei 2 Uhr. BI-RADS 4A.\n'
                  'Empfehlung: sonographisch gesteuerte Stanzbiopsie links.'),
                 '4A 1', id='O16'),
    pytest.param(("Breast ultrasound, St Vincent's Dublin, 18/02/2026\n"
                  'Indication: follow-up of bilateral fibroadenomas.\n'
                  "Right breast: 11 mm fibroadenoma at 9 o'clock, unchanged since 2022. L"
                  "eft breast: 8 mm fibroadenoma at 3 o'clock, unchanged.\n"
                  'Impression: stable bilateral fibroadenomas. BI-RADS 2, both breasts.'),
                 '2 2', id='O17'),
    pytest.param(('Screening mammogram, 28/01/2026.\n'
                  'Prior report 2024: BI-RADS 3 right breast (focal asymmetry), resolved '
                  'on 2025 follow-up.\n'
                  'Today: no asymmetry, no mass, no calcification.\n'
                  'Impression: BI-RADS 1, negative, both breasts.'),
                 '1 1', id='O18'),
    pytest.param(('RIGHT BREAST ULTRASOUND, 6-MONTH FOLLOW-UP\n'
                  'Comparison: 08/2025.\n'
                  "Complicated cyst at 6 o'clock, 8 mm, unchanged.\n"
                  'Impression: probably benign, BI-RADS 3. Recommend ultrasound in 6 mont'
                  'hs.\n'
                  'Electronically signed: Dr L. Moreau, radiologue.'),
                 '- 3', id='O19'),
    pytest.param(('Diagnostic mammogram, Kaiser Oakland\n'
                  'Left breast: palpable area marked, corresponds to a fat lobule and an '
                  'oil cyst at the lumpectomy site. BI-RADS 2.\n'
                  'Right breast: no abnormality. BI-RADS 1.\n'
                  'Verified by Dr K. Tanaka, breast imaging.'),
                 '2 1', id='O20'),
    pytest.param(('Left breast ultrasound - Chris Hani Baragwanath Hospital\n'
                  '58-year-old with a hard left breast lump for 3 months.\n'
                  "Findings: 30 mm irregular hypoechoic mass at 1 o'clock with spiculated"
                  ' margins, skin thickening, and two enlarged left axillary nodes.\n'
                  'Impression: BI-RADS 5. Core biopsy and axillary FNA.'),
                 '5 -', id='O21'),
    pytest.param(('ADDENDUM to screening mammogram of 02/02/2026\n'
                  'Original impression: BI-RADS 0, possible right asymmetry.\n'
                  'Addendum 05/02/2026: comparison with 2023 films shows the asymmetry is'
                  ' unchanged. Final assessment revised to BI-RADS 2 (benign).'),
                 '2 2', id='O22',
                 marks=pytest.mark.xfail(strict=True, reason=("review O22 (0 ordinary): read '- 2'; older behavio"
                                                          'ur: an unsided revision on a screening addendum wi'
                                                          "th a 'right asymmetry' is read for the right only"))),
    pytest.param(('Mammogram report (Teleradiology, read remotely)\n'
                  'Clinical: baseline mammogram, age 40.\n'
                  'Bilateral CC/MLO: extremely dense breasts (ACR D). No mass, no calcifi'
                  'cation.\n'
                  'Impression: negative mammogram, BI-RADS 1. Supplemental ultrasound may'
                  ' be considered given density.'),
                 '1 1', id='O23'),
    pytest.param(('Right breast ultrasound, Hospital Israelita Albert Einstein (translate'
                  'd)\n'
                  'Indication: right breast nodule on mammography.\n'
                  "Findings: 10 mm oval circumscribed mass with a fatty hilum at 10 o'clo"
                  'ck: intramammary lymph node.\n'
                  'Conclusion: BI-RADS 2.'),
                 '- 2', id='O24'),
    pytest.param(('Bilateral ultrasound, 21/02/2026\n'
                  'Right: simple cysts, BI-RADS 2.\n'
                  "Left: 7 mm non-parallel hypoechoic mass at 4 o'clock with indistinct m"
                  'argins. BI-RADS 4A.\n'
                  'Plan: left core biopsy.\n'
                  'Verified by Dr K. Tanaka, breast imaging.'),
                 '4A 2', id='O25'),
    pytest.param(('Right breast ultrasound (post-aspiration check), 17/02/2026\n'
                  'History: right 15 mm cyst aspirated 01/2026 (BI-RADS 2).\n'
                  'Findings: no residual cyst; normal fibroglandular tissue.\n'
                  'Impression: BI-RADS 1.\n'
                  'Reporting radiologist: Dr S. Patel.'),
                 '- 1', id='O26'),
    pytest.param(('Bilateral breast ultrasound, Hospital Sultanah Aminah\n'
                  'Findings: multiple bilateral oval circumscribed solid nodules, up to 9'
                  ' mm, consistent with multiple fibroadenomas, newly seen.\n'
                  'Impression: bilateral probably benign masses. BI-RADS 3. Follow-up in '
                  '6 months.'),
                 '3 3', id='O27'),
    pytest.param(('Mammography and ultrasound report, Aga Khan University Hospital Nairob'
                  'i\n'
                  'Right: ACR B, two benign calcifications. Left: ACR B, a benign intrama'
                  'mmary lymph node.\n'
                  'Assessment: BI-RADS 2 bilaterally.\n'
                  'Reported by Dr A. Mensah, consultant radiologist.'),
                 '2 2', id='O28'),
    pytest.param(('Diagnostic workup, Moffitt Cancer Center\n'
                  "Right breast: 11 mm irregular mass at 9 o'clock, corresponding to the "
                  'screening finding. BI-RADS 4B.\n'
                  'Left breast: negative. BI-RADS 1.\n'
                  'Overall assessment: BI-RADS 4B. Ultrasound-guided biopsy right breast '
                  'scheduled.'),
                 '1 4B', id='O29'),
    pytest.param(('Breast US right, Pusat Perubatan Universiti Malaya\n'
                  'Clinical: nipple discharge right.\n'
                  "Findings: 5 mm intraductal mass in a dilated duct at 12 o'clock, 1 cm "
                  'from the nipple.\n'
                  'Impression: intraductal papilloma suspected, BI-RADS 4A. Biopsy advise'
                  'd.'),
                 '- 4A', id='O30'),
    pytest.param(('Hôpital Tenon - compte rendu (translated form)\n'
                  '1. Antécédents [history]: left breast nodule under surveillance since '
                  '2024.\n'
                  '2. Mammographie du 14/03/2024:\n'
                  '- Left breast: 7 mm oval nodule, BI-RADS 3.\n'
                  '3. Échographie du 20/02/2026:\n'
                  '- Left breast: nodule unchanged at 7 mm after 2 years. BI-RADS 2.'),
                 '2 -', id='probe_Q07',
                 marks=pytest.mark.xfail(strict=True, reason=("review probe_Q07 (4 numbered history item): read '"
                                                          "- -'; rule 4 withdrawn after review r129 (earlier "
                                                          'and outside exams are numbered items in the same s'
                                                          "hape, probes Q10 / Q14; no evidence tells today's "
                                                          'item where its date is the only one): the glossed '
                                                          "numbered history item runs on over today's item, a"
                                                          "s at df95bc3; the 2024 item's 3 is no longer read,"
                                                          " but today's item 3 (20/02/2026) stays inside the "
                                                          'history'))),
    pytest.param(('Hôpital Tenon - compte rendu (translated form)\n'
                  '1. Antécédents [history]: left breast nodule under surveillance since '
                  '2024.\n'
                  '2. Mammographie du 14/03/2024:\n'
                  '- Left breast: 7 mm oval nodule, BI-RADS 4A.\n'
                  '3. Échographie du 20/02/2026:\n'
                  '- Left breast: nodule unchanged at 7 mm, benign on biopsy 2024. BI-RAD'
                  'S 2.'),
                 '2 -', id='probe_Q08',
                 marks=pytest.mark.xfail(strict=True, reason=("review probe_Q08 (4 numbered history item): read '"
                                                          "- -'; rule 4 withdrawn after review r129 (earlier "
                                                          'and outside exams are numbered items in the same s'
                                                          "hape, probes Q10 / Q14; no evidence tells today's "
                                                          'item where its date is the only one): the glossed '
                                                          "numbered history item runs on over today's item, a"
                                                          "s at df95bc3; the 2024 item's 4A is no longer read"
                                                          ", but today's item 3 (20/02/2026) stays inside the"
                                                          ' history'))),
    pytest.param(('Clinique Générale - second opinion (translated form)\n'
                  '1. Antécédents [history]: right breast nodule found elsewhere.\n'
                  '2. Mammographie (clinique externe) du 24/02/2025:\n'
                  '- Right breast: irregular nodule, BI-RADS 4A.\n'
                  '3. Échographie du 18/02/2026:\n'
                  "- Right breast: oval circumscribed 8 mm nodule at 10 o'clock, probable"
                  ' fibroadenoma. BI-RADS 3.'),
                 '- 3', id='probe_Q09',
                 marks=pytest.mark.xfail(strict=True, reason=("review probe_Q09 (4 numbered history item): read '"
                                                          "- -'; rule 4 withdrawn after review r129 (earlier "
                                                          'and outside exams are numbered items in the same s'
                                                          "hape, probes Q10 / Q14; no evidence tells today's "
                                                          'item where its date is the only one): the glossed '
                                                          "numbered history item runs on over today's item, a"
                                                          "s at df95bc3; the outside 2025 item's 4A is no lon"
                                                          "ger read, but today's item 3 (18/02/2026) stays in"
                                                          'side the history'))),
    pytest.param(('Hôpital Tenon - compte rendu (translated form)\n'
                  '1. Antécédents [history]: left breast nodule under surveillance since '
                  '2024.\n'
                  '2. Mammographie du 14/03/2024:\n'
                  '- Left breast: 7 mm oval nodule, BI-RADS 3.'),
                 '- -', id='probe_Q10'),
    pytest.param(('Form (translated)\n'
                  '1. Antécédents [history]: right lumpectomy 2019 (BI-RADS 5 then).\n'
                  '2. Mammographie du 14/03/2024:\n'
                  '- Right breast: post-surgical scar. BI-RADS 2.\n'
                  '- Left breast: BI-RADS 1.\n'
                  "3. Conclusion: follow-up as usual; this year's mammogram is booked."),
                 '- -', id='probe_Q14'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
