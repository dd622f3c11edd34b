"""Review rfinal14: the radiology rules of 53d3ed6..8180b3d (dev-r127: the Bislama side words, "Histri:" and "long
<year>"; a revised category's name going on to its stable finding; the reconstructed / operated breast not imaged and
review r127's narrowing of it) against 53d3ed6, 136 texts (28 Bislama, 28 revision, 50 not-imaged of which F89-F108
under titles that name no side, F101-F108 targeted after short probes, and 30 ordinary reports), pinned at the mended
revision.

The review found 26 newly right, 3 over-reaches and 4 newly wrong otherwise. The stable-finding bracket (F36, F57): once
"(benign, stable findings)" made the revision a revision, a line opened by a comparison lead-in ("Addendum after
comparison with prior studies (2017-2024):", "After review of outside priors from 2020:") dated its new category to
the priors, and both sides went to '-' (old read the revision's 2; with "(benign)" old had the fault already). The
not-imaged narrowing (F101, F102, F103, F106): a side not imaged "on the first visit ...; imaged today", "on the
previous exam or today", "in this study as it has now been imaged on MRI" or "later imaged elsewhere" was no side left
out, so under a title naming no side its word became the paragraph's last and took the exam's category, the imaged
side losing it. F104 ("Left reconstructed breast not imaged." under an indication's history) was older behaviour: the
exam-wide category reached the side not imaged.

The mend: a comparison lead-in with its colon ("after comparison with / review of / comparing with / reviewing ...:",
also after "Addendum") opening the line of this report's revision ("revised / downgraded to") gives the revision's
reason and no longer dates its new category. A side not imaged is back in the exam only where its sentence says it was
imaged in this exam: after another visit's clause, "imaged today" (not "not imaged today", "or today", "nor today") or
a colon opening its findings; after "has now been / was later / subsequently / now imaged", a colon or "today" (not
"on MRI", "elsewhere", "outside", "at another practice"); otherwise it stays out as at 53d3ed6. The side word of such
a statement, taken back or of another visit, takes no category below its own line. A report whose title and findings
name no side but the one said not imaged today (sentence end, a reason, "today", "in this study", or another visit's
clause going on to today; also under a history heading; not beside "both breasts") covers the other side only.
Development 25,560/25,600 and its readings unchanged.

F36 and F57 read as at 53d3ed6 (right), F101 right as at 53d3ed6, and F102, F103, F104, F106 are now right: 123 of
136 right (116 at 8180b3d, 93 at 53d3ed6), none reading worse than at 53d3ed6. The 13 still wrong (strict xfails), each
read as at 53d3ed6 and 8180b3d: 7 under-reaches of the stable-finding bracket ("intramammary", "axillary",
"complicated", no finding, a semicolon, a line break inside the parentheses, "annual screening recommended" after the
bracket) and 6 older behaviour (a quoted outside report's category, the French "non exploré" layout, an outside
reader's hedge still read as 2, a finding's side word taking the exam's category in F105, F107 and O04)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('VILA CENTRAL HOSPITAL - RADIOLOGY DEPARTMENT\n'
                  'Breast ultrasound (eko blong titi), requested by Obstetrics OPD.\n'
                  'Findings: Raet titi 2 h, 8 mm oval hypoechoic lamp, circumscribed, par'
                  'allel to skin. No posterior shadowing. Lef titi i no gat lamp, i no ga'
                  't sista.\n'
                  'Conclusion: Probable fibroadenoma, raet titi 2 h. BI-RADS 3. Follow-up'
                  ' ultrasound in 6 months.'),
                 '- 3', id='F01'),
    pytest.param(('Northern Provincial Hospital, Luganville - Ultrasound register\n'
                  'Indication: lamp long lef titi, 3 wik (3 weeks).\n'
                  "Lef titi: 14 x 9 mm anechoic cyst at 3 o'clock, thin wall, posterior e"
                  'nhancement.\n'
                  'Raet titi: normal fibroglandular tissue.\n'
                  'Konklusen (conclusion): lef titi BI-RADS 2 (simple cyst). Raet titi BI'
                  '-RADS 1.'),
                 '2 1', id='F02'),
    pytest.param(('ECHOGRAPHIE MAMMAIRE / BREAST US - Port Vila private clinic\n'
                  'Motif: nodule palpé, sein gauche.\n'
                  'Résultat: lésion ovalaire hypoéchogène 9 mm, contours nets, grand axe '
                  'parallèle.\n'
                  'Conclusion: Probable complicated cyst, lef\n'
                  'titi 4 h. BI-RADS 3. Contrôle échographique à 6 mois.'),
                 '3 -', id='F03'),
    pytest.param(('Ultrasound titi long lef saed (left breast ultrasound)\n'
                  "Clinical: tender lamp at 10 o'clock for 2 weeks, breastfeeding.\n"
                  'Findings: 11 mm dilated duct with echogenic milk contents, no solid co'
                  'mponent, no collection.\n'
                  'Impression: galactocele / dilated duct, titi long lef saed. BI-RADS 2.'),
                 '2 -', id='F04'),
    pytest.param(('VCH Radiology - breast ultrasound\n'
                  'Lef titi i no skan tede (left breast not scanned today - dressing afte'
                  'r drainage).\n'
                  "Raet titi: 12 mm simple cyst at 9 o'clock, unchanged in appearance, no"
                  ' solid component.\n'
                  'Axilla: normal nodes.\n'
                  'Conclusion: benign cyst right breast. BI-RADS 2.'),
                 '- 2', id='F05'),
    pytest.param(('Breast ultrasound, Lenakel Hospital (Tanna)\n'
                  'Raet titi i no stap (right mastectomy 2019 for carcinoma).\n'
                  'Lef titi: scattered fibroglandular tissue, no focal lesion, no duct di'
                  'latation. Left axilla normal.\n'
                  'Conclusion: No sonographic abnormality in the left breast. BI-RADS 1. '
                  'Annual surveillance.'),
                 '1 -', id='F06'),
    pytest.param(('Register entry 0412 - Eko blong titi\n'
                  "Raet titi: 6 mm hypoechoic oval lesion at 11 o'clock, circumscribed, p"
                  'arallel, no vascularity.\n'
                  'Lef titi: i no bin skanem.\n'
                  'Conclusion: probably benign solid nodule, raet titi 11 h. BI-RADS 3. R'
                  'eview 6 months.'),
                 '- 3', id='F07'),
    pytest.param(('Left breast follow-up ultrasound\n'
                  'Histri: lef titi BI-RADS 4A long 2023, core biopsy fibroadenoma (conco'
                  'rdant).\n'
                  'Today: lef titi 3 h, 9 mm oval circumscribed mass, size unchanged from'
                  ' 2023 (9 mm).\n'
                  'Conclusion: biopsy-proven fibroadenoma, stable. BI-RADS 2. Back to rou'
                  'tine care.'),
                 '2 -', id='F08'),
    pytest.param(('Right breast follow-up ultrasound, Vila Central Hospital\n'
                  'Histri: long 2022 raet titi i BI-RADS 3 (small complicated cyst 7 h).\n'
                  'Today: raet titi 7 h - the previous complicated cyst is no longer seen'
                  ' (resolved). Normal tissue.\n'
                  'Conclusion: raet titi normal. BI-RADS 1.'),
                 '- 1', id='F09'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Histri: raet titi BI-RADS 4B long 2024, core biopsy fibroadenoma.\n'
                  'Both breasts scanned in full. Right breast: the biopsied fibroadenoma '
                  "at 1 o'clock, 12 mm, unchanged. Left breast: no focal lesion.\n"
                  'Axillae: normal.\n'
                  'IMPRESSION: Known benign right fibroadenoma, stable. No new finding. B'
                  'I-RADS 2.'),
                 '2 2', id='F10'),
    pytest.param(('Ultrasound register (VCH) - 14/03\n'
                  '1) Breast: Conclusion: Kyste simple, lef titi 2 h, 10 mm. BI-RADS 2.\n'
                  '2) Pelvic ultrasound, same visit: right ovarian follicular cyst 28 mm,'
                  ' physiological. Uterus normal.\n'
                  'No further imaging needed for the breast.'),
                 '2 -', id='F11'),
    pytest.param(('Breast ultrasound - Santo\n'
                  'Raet titi, i no luk (right side not examined, patient declined).\n'
                  'Lef titi 3 h: 7 mm anechoic cyst with posterior enhancement; 2 smaller'
                  ' cysts nearby.\n'
                  'Left axilla normal.\n'
                  'Impression: simple cysts left breast. BI-RADS 2.'),
                 '2 -', id='F12'),
    pytest.param(('BREAST ULTRASOUND (both breasts)\n'
                  'Raet titi i no gat lamp, i no gat sista. BI-RADS 1.\n'
                  "Lef titi: 15 x 8 mm oval, circumscribed, hypoechoic mass at 12 o'clock"
                  ', 3 cm from nipple, parallel. No other lesion.\n'
                  'Conclusion: lef titi probable fibroadenoma. BI-RADS 3. Short interval '
                  'follow-up.'),
                 '3 1', id='F13'),
    pytest.param(('ECHOGRAPHIE MAMMAIRE ET AXILLAIRE - Centre Médical de Port-Vila\n'
                  'Sein droit non exploré à la demande de la patiente.\n'
                  'Ganglion axillaire gauche 12 mm, cortex fin régulier, hile graisseux c'
                  'onservé.\n'
                  'CONCLUSION: Adénopathie axillaire réactive, lef titi saed. BI-RADS 2 ('
                  'ACR 2).'),
                 '2 -', id='F14',
                 marks=pytest.mark.xfail(strict=True, reason=("review F14 (A): read '2 2'; older behaviour: the F"
                                                          "rench 'Sein droit non exploré' in this layout and "
                                                          "the unglossed 'lef titi saed' do not keep the cate"
                                                          'gory off the right (old and 8180b3d read the same)'))),
    pytest.param(('Raet titi follow-up ultrasound\n'
                  'Raet titi 8 h: cyst 11 mm, i semak olsem long 2023 (same as in 2023), '
                  'anechoic, thin wall.\n'
                  'No new lesion. Right axilla normal.\n'
                  'Conclusion: stable simple cyst right breast. BI-RADS 2. Routine screen'
                  'ing only.'),
                 '- 2', id='F15'),
    pytest.param(('Right breast ultrasound - review\n'
                  "Raet titi BI-RADS 3 long 2024 (oval 6 mm lesion 10 o'clock).\n"
                  'Tede (today): lesion stable, 6 mm, 2-year stability now reached.\n'
                  'Conclusion: raet titi benign, stable. BI-RADS 2.'),
                 '- 2', id='F16'),
    pytest.param(('BILATERAL BREAST ULTRASOUND - screening (high family risk)\n'
                  'Tufala titi (both breasts): heterogeneous fibroglandular tissue, no fo'
                  'cal mass, no cyst, no architectural distortion.\n'
                  'Both axillae normal.\n'
                  'Conclusion: Normal study. BI-RADS 1. Repeat in 12 months.'),
                 '1 1', id='F17'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  "Outside report (private clinic, 2023) quoted by referrer: 'lef titi 2 "
                  "h solid lesion, BI-RADS 4A'. No biopsy was done.\n"
                  "Current: left breast 2 o'clock oval circumscribed lesion, now 6 mm (wa"
                  's 9 mm), parallel, no vascularity.\n'
                  'Impression: decreasing, probably benign. BI-RADS 3.'),
                 '3 -', id='F18',
                 marks=pytest.mark.xfail(strict=True, reason=("review F18 (A): read '4A -'; older behaviour: a qu"
                                                          "oted outside report's 'lef titi ... BI-RADS 4A' ou"
                                                          "tranks today's BI-RADS 3 (old and 8180b3d the same"
                                                          ')'))),
    pytest.param(('Ultrasound register - combined request\n'
                  'Abdomen: pain bel long raet saed (right-sided abdominal pain); gallbla'
                  'dder normal, no free fluid, appendix not seen.\n'
                  'Breast: lef titi 10 h, 5 mm simple cyst, no solid part.\n'
                  'Conclusion breast: benign cyst. BI-RADS 2.'),
                 '2 -', id='F19'),
    pytest.param(('Breast ultrasound (male patient, 54 years)\n'
                  'Raet titi: tender retroareolar fan-shaped glandular tissue, 25 mm, no '
                  'discrete mass. Consistent with gynaecomastia.\n'
                  'Lef titi: fatty, normal.\n'
                  'Conclusion: right-sided gynaecomastia (raet titi). BI-RADS 2.'),
                 '- 2', id='F20'),
    pytest.param(('Breast ultrasound - surveillance\n'
                  'Lef titi i no stap (left mastectomy 2021).\n'
                  'Raet titi: normal fibroglandular tissue, no lesion. Right axilla norma'
                  'l.\n'
                  'Conclusion: raet titi normal. BI-RADS 1. Annual mammography when avail'
                  'able in Port Vila.'),
                 '- 1', id='F21'),
    pytest.param(('Left breast ultrasound\n'
                  'Requesting clinician: Nurse Titi Moli, Lenakel dispensary.\n'
                  'History: lump felt since long 2023? (patient unsure).\n'
                  "LEFT BREAST: 13 mm simple cyst at 1 o'clock. No solid lesion. Left axi"
                  'lla normal.\n'
                  'Impression: simple cyst, left breast. BI-RADS 2.'),
                 '2 -', id='F22'),
    pytest.param(('Bilateral breast ultrasound (Vanuatu register, translated)\n'
                  "Raet titi: 2 small cysts at 9 and 10 o'clock, 4 and 6 mm. BI-RADS 2.\n"
                  'Lef\n'
                  'titi: normal tissue, no lesion. BI-RADS 1.\n'
                  'Axillae normal bilaterally.'),
                 '1 2', id='F23'),
    pytest.param(('Eko blong titi long raet (right breast ultrasound)\n'
                  'Lamp 7 h for one month, no pain.\n'
                  'Findings: 8 mm oval hypoechoic solid nodule, circumscribed, parallel, '
                  'avascular.\n'
                  'Conclusion: probable fibroadenoma, titi long raet. BI-RADS 3. Control '
                  '6 months.'),
                 '- 3', id='F24'),
    pytest.param(('BREAST ULTRASOUND\n'
                  'Lef titi: i no skan (bandage).\n'
                  "Raet titi: irregular hypoechoic mass 10 o'clock, 14 mm, angular margin"
                  ', non-parallel, internal vascularity.\n'
                  'Conclusion: suspicious mass, raet titi 10 h. BI-RADS 4A. Core biopsy r'
                  'ecommended (refer to Port Vila).'),
                 '- 4A', id='F25'),
    pytest.param(('LEFT BREAST ULTRASOUND (VCH)\n'
                  'Previous (2022): raet titi BI-RADS 3, resolved in 2023, discharged.\n'
                  'Current request: left breast lump.\n'
                  'Lef titi 4 h: 9 mm simple cyst. No solid lesion.\n'
                  'Conclusion: benign cyst, left breast. BI-RADS 2.'),
                 '2 -', id='F26'),
    pytest.param(('Right breast ultrasound\n'
                  'Histri: raet titi i soa long 2 wik (sore for 2 weeks), no fever.\n'
                  'Finding: raet titi 9 h, 18 mm complicated cyst with fine internal echo'
                  'es, no vascular solid part.\n'
                  'Conclusion: complicated cyst raet titi. BI-RADS 3. Repeat ultrasound 6'
                  ' weeks.'),
                 '- 3', id='F27'),
    pytest.param(('BILATERAL MAMMOGRAM (Port Vila, visiting radiologist)\n'
                  'Both breasts imaged, CC and MLO.\n'
                  'Histri: long 2021 lef titi mammogram BI-RADS 0, recalled, benign calci'
                  'fications.\n'
                  'Today: scattered benign calcifications left upper outer quadrant, stab'
                  'le. Right breast normal.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '2 2', id='F28'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM\n'
                  'Right breast: scattered fibroglandular density, no suspicious finding.'
                  ' BI-RADS 1.\n'
                  'Left breast: focal asymmetry upper outer quadrant, posterior depth. BI'
                  '-RADS 0.\n'
                  'ADDENDUM 12/05/2026: outside films from 2021 obtained and compared. Le'
                  'ft breast BI-RADS 0 revised to BI-RADS 2 (benign, stable asymmetry).'),
                 '2 1', id='F31'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM BOTH BREASTS\n'
                  'FINDINGS: Right breast: grouped round calcifications central, 6 mm. Le'
                  'ft breast: no abnormality. BI-RADS 1 left.\n'
                  'Right breast initially BI-RADS 0 (comparison requested).\n'
                  'Addendum: priors from 2019 and 2022 reviewed. Right breast BI-RADS 0 r'
                  'evised to BI-RADS 2 (benign, stable calcifications).'),
                 '1 2', id='F32'),
    pytest.param(('LEFT BREAST ULTRASOUND - ADDENDUM\n'
                  "Original report: 10 mm oval circumscribed mass at 2 o'clock, BI-RADS 3"
                  '.\n'
                  'The 2023 and 2024 outside ultrasounds are now available and show the s'
                  'ame mass at 10 mm.\n'
                  'Revised assessment: Left breast BI-RADS 3 revised to BI-RADS 2 (benign'
                  ', unchanged mass). Routine screening.'),
                 '2 -', id='F33'),
    pytest.param(('Addendum to left screening mammogram of 03/02/2026\n'
                  'Comparison with the 2018 mammogram at Westmead now made.\n'
                  'The left axillary tail density is a normal fatty-hilum node present si'
                  'nce 2018.\n'
                  'Left breast BI-RADS 0 revised to BI-RADS 2 (benign, long-standing intr'
                  'amammary lymph node).'),
                 '2 -', id='F34',
                 marks=pytest.mark.xfail(strict=True, reason=("review F34 (B): read '0 -'; under-reach of the sta"
                                                          "ble-finding bracket: the modifier 'intramammary' i"
                                                          's not accepted, so the revision stays unread (as a'
                                                          't old)'))),
    pytest.param(('ADDENDUM - RIGHT BREAST\n'
                  'The 2020 and 2022 outside examinations were received after the report '
                  'was issued and have been reviewed by the undersigned.\n'
                  'The right retroareolar asymmetry is present and unchanged on both.\n'
                  'Right breast BI-RADS 0 revised to BI-RADS 2 (benign, stable).'),
                 '- 2', id='F35',
                 marks=pytest.mark.xfail(strict=True, reason=("review F35 (B): read '- 0'; under-reach: '(benign,"
                                                          " stable)' names no finding, so the revision stays "
                                                          'unread (as at old)'))),
    pytest.param(('LEFT DIAGNOSTIC MAMMOGRAM\n'
                  'Spot compression: the summation-type density resolves partially; resid'
                  'ual small asymmetry.\n'
                  'Addendum after comparison with prior studies (2017-2024): Left breast '
                  'BI-RADS 0 revised to BI-RADS 2 (benign, stable findings).\n'
                  'Return to annual screening.'),
                 '2 -', id='F36'),
    pytest.param(('LEFT BREAST MAMMOGRAM - ADDENDUM\n'
                  'Outside priors from 2020 received and compared by the reporting radiol'
                  'ogist.\n'
                  'The focal asymmetry at left upper inner quadrant was present in 2020 a'
                  'nd is unchanged.\n'
                  'Left breast BI-RADS 0 revised to BI-RADS 2 (benign; stable asymmetry).'
                  ' Annual screening.'),
                 '2 -', id='F37',
                 marks=pytest.mark.xfail(strict=True, reason=("review F37 (B): read '0 -'; under-reach: '(benign;"
                                                          " stable asymmetry)' has a semicolon where the brac"
                                                          'ket takes a comma (as at old)'))),
    pytest.param(('SCREENING MAMMOGRAM - RIGHT (left mastectomy)\n'
                  'Focal asymmetry right lower inner quadrant, BI-RADS 0 at first read.\n'
                  'ADDENDUM: PRIOR IMAGES FROM 2021 AND 2023 RECEIVED.\n'
                  'RIGHT BREAST BI-RADS 0 REVISED TO BI-RADS 2 (BENIGN, STABLE ASYMMETRY)'
                  '.\n'
                  'Resume annual screening.'),
                 '- 2', id='F38'),
    pytest.param(('LEFT BREAST ULTRASOUND - AMENDED REPORT\n'
                  "12 mm oval circumscribed hypoechoic mass at 4 o'clock, previously repo"
                  'rted BI-RADS 3.\n'
                  'The patient brought ultrasounds from 2021 and 2023 showing the identic'
                  'al mass, 12 mm.\n'
                  'Left breast BI-RADS 3 revised to BI-RADS 2 (benign, stable fibroadenom'
                  'a).'),
                 '2 -', id='F39'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  "Findings: 8 mm oval lesion at 7 o'clock with low-level internal echoes"
                  ', BI-RADS 3 on initial read.\n'
                  'Addendum (14/04/2026): comparison with the 2022 study shows the same a'
                  'ppearance, 8 mm.\n'
                  'Right breast BI-RADS 3 revised to BI-RADS 2 (benign, stable cyst).'),
                 '- 2', id='F40'),
    pytest.param(('LEFT SCREENING MAMMOGRAM\n'
                  'Focal asymmetry left upper outer quadrant. BI-RADS 0.\n'
                  'Addendum: one outside prior from 2023 was made available on CD but is '
                  'of limited quality.\n'
                  'Left breast BI-RADS 0 revised to BI-RADS 2 (benign, presumed stable as'
                  'ymmetry). Recommend confirmation when the 2021 films arrive.'),
                 '0 -', id='F41'),
    pytest.param(('LEFT BREAST MAMMOGRAM\n'
                  "Architectural-like asymmetry left 12 o'clock, BI-RADS 0, additional vi"
                  'ews advised.\n'
                  'Addendum: the outside report of 2024 received: Left breast BI-RADS 0 r'
                  'evised to BI-RADS 2 (benign, stable asymmetry per the outside reader).'
                  '\n'
                  'We have not seen the outside images; additional views still advised.'),
                 '0 -', id='F42',
                 marks=pytest.mark.xfail(strict=True, reason=("review F42 (B): read '2 -'; older behaviour: '(ben"
                                                          "ign, stable asymmetry per the outside reader)' lea"
                                                          'ves the revision unread, but the plain categories '
                                                          'still give 2 (as at old)'))),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  "Oval circumscribed 7 mm hypoechoic mass at 2 o'clock. BI-RADS 3.\n"
                  'Addendum: prior ultrasound 2025 reviewed.\n'
                  'Left breast BI-RADS 3 revised to BI-RADS 2 (probably benign, stable ma'
                  'ss).\n'
                  '[Note: category name inconsistent with number - clarification requeste'
                  'd from the reporting radiologist.]'),
                 '3 -', id='F43'),
    pytest.param(('LEFT DIAGNOSTIC MAMMOGRAM\n'
                  'Circumscribed oval mass left upper outer quadrant 9 mm, BI-RADS 0 at s'
                  'creening.\n'
                  'Addendum: ultrasound correlation and the single 2025 prior reviewed; m'
                  'ass present in 2025 with similar size but less than 2 years of stabili'
                  'ty.\n'
                  'Left breast BI-RADS 0 revised to BI-RADS 3 (probably benign, stable ma'
                  'ss). 6-month follow-up.'),
                 '3 -', id='F44'),
    pytest.param(('RIGHT SCREENING MAMMOGRAM\n'
                  'Possible asymmetry right MLO only, BI-RADS 0.\n'
                  'Addendum: comparison with 2019-2024 priors shows superimposition of no'
                  'rmal tissue present on all prior MLO views.\n'
                  'Right breast BI-RADS 0 revised to BI-RADS 1 (negative, stable findings'
                  '). Routine screening.'),
                 '- 1', id='F45'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'Right breast: no abnormality. BI-RADS 1.\n'
                  'Left breast: developing-appearing asymmetry central, BI-RADS 0 pending'
                  ' priors.\n'
                  'Addendum: priors 2018, 2020 and 2022 reviewed. Left breast BI-RADS 0 r'
                  'evised to BI-RADS 2 (benign, stable asymmetry); annual screening recom'
                  'mended.'),
                 '2 1', id='F46',
                 marks=pytest.mark.xfail(strict=True, reason=("review F46 (B): read '0 2'; under-reach: after '(b"
                                                          "enign, stable asymmetry);' the tail takes only fol"
                                                          "low-up or surveillance, not 'annual screening reco"
                                                          "mmended' (as at old, also with '(benign)')"))),
    pytest.param(('LEFT MAMMOGRAM\n'
                  'Focal asymmetry left upper outer quadrant, BI-RADS 0.\n'
                  'Addendum: Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable a'
                  'symmetry, if confirmed on the 2019 films still awaited).\n'
                  'Final assessment to follow once the 2019 films arrive.'),
                 '0 -', id='F47'),
    pytest.param(('RIGHT BREAST ULTRASOUND - ADDENDUM\n'
                  'Right axilla: 14 mm node with thin cortex and fatty hilum, BI-RADS 3 o'
                  'n the initial report.\n'
                  'Comparison with the 2021 CT chest shows the same node.\n'
                  'Right breast BI-RADS 3 revised to BI-RADS 2 (benign, stable axillary l'
                  'ymph node).'),
                 '- 2', id='F48',
                 marks=pytest.mark.xfail(strict=True, reason=("review F48 (B): read '- 3'; under-reach: the modif"
                                                          "ier 'axillary' in '(benign, stable axillary lymph "
                                                          "node)' is not accepted (as at old)"))),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM\n'
                  'History: 2022 - left breast BI-RADS 0 revised to BI-RADS 2 (benign, st'
                  'able asymmetry) after comparison with 2019.\n'
                  'Current: the known left asymmetry is no longer evident. No mass, no su'
                  'spicious calcification in either breast.\n'
                  'IMPRESSION: Negative. BI-RADS 1.'),
                 '1 1', id='F49'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM AND ULTRASOUND\n'
                  'Left breast: focal asymmetry UOQ, initially BI-RADS 0; on comparison w'
                  'ith priors, Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable'
                  ' asymmetry).\n'
                  "Right breast: new irregular hypoechoic mass 12 mm at 10 o'clock with i"
                  'ndistinct margins. BI-RADS 4B. Ultrasound-guided core biopsy recommend'
                  'ed.'),
                 '2 4B', id='F50'),
    pytest.param(('RIGHT BREAST - ADDENDUM\n'
                  'After the multidisciplinary meeting of 02/04/2026, at which the 2016-2'
                  '025 mammograms were reviewed:\n'
                  'Right breast BI-RADS 4A downgraded to BI-RADS 2 (benign, long-standing'
                  ' calcifications).\n'
                  'Biopsy cancelled. Return to screening.'),
                 '- 2', id='F51'),
    pytest.param(('LEFT BREAST MAMMOGRAM\n'
                  'Focal asymmetry left lower inner quadrant on the MLO view. Initial ass'
                  'essment BI-RADS 0.\n'
                  'Addendum: Prior mammograms from 2020 obtained. Left breast BI-RADS 0 r'
                  'evised to BI-RADS 2 (benign, stable focal asymmetry).'),
                 '2 -', id='F52'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  "Two oval circumscribed masses, 6 and 8 mm, at 2 and 3 o'clock. BI-RADS"
                  ' 3.\n'
                  'Addendum: the 2022 and 2024 outside ultrasounds show both masses uncha'
                  'nged.\n'
                  'Left breast BI-RADS 3 revised to BI-RADS 2 (benign, stable fibroadenom'
                  'as).'),
                 '2 -', id='F53'),
    pytest.param(('LEFT SCREENING MAMMOGRAM\n'
                  'Asymmetry left upper outer quadrant. BI-RADS 0.\n'
                  'Addendum: Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable a'
                  'symmetry pending MDT).\n'
                  'The case will be discussed at the next breast MDT before the final cat'
                  'egory is issued.'),
                 '0 -', id='F54'),
    pytest.param(('ADDENDUM - LEFT MAMMOGRAM\n'
                  'Comparison with the prior examination of 2021 is now available.\n'
                  "The questioned focal asymmetry at 1 o'clock is present on the 2021 stu"
                  'dy with identical size and shape.\n'
                  'Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable\n'
                  'asymmetry).'),
                 '2 -', id='F55',
                 marks=pytest.mark.xfail(strict=True, reason=("review F55 (B): read '0 -'; under-reach: a line br"
                                                          "eak inside the parentheses ('stable\\nasymmetry') i"
                                                          's not accepted (as at old)'))),
    pytest.param(('RIGHT SCREENING MAMMOGRAM (left mastectomy 2015)\n'
                  'Recall assessment for right breast asymmetry.\n'
                  'Addendum 09/03/2026: 5-year comparison performed.\n'
                  'Right breast BI-RADS 0 has been revised to BI-RADS 2 (Benign, Stable A'
                  'symmetry).'),
                 '- 2', id='F56'),
    pytest.param(('BILATERAL MAMMOGRAM - ADDENDUM\n'
                  'Both breasts initially BI-RADS 0 for bilateral asymmetries.\n'
                  'After review of outside priors from 2020: Bilateral BI-RADS 0 revised '
                  'to BI-RADS 2 (benign, stable asymmetries).'),
                 '2 2', id='F57'),
    pytest.param(('LEFT BREAST ULTRASOUND (AMENDED)\n'
                  'Left breast BI-RADS 3 revised to BI-RADS 2 (benign, stable complicated'
                  ' cyst) on comparison with the 2023 and 2025 studies.\n'
                  'No further follow-up beyond routine screening.'),
                 '2 -', id='F58',
                 marks=pytest.mark.xfail(strict=True, reason=("review F58 (B): read '3 -'; under-reach: the modif"
                                                          "ier 'complicated' and the trailing comparison clau"
                                                          'se are not accepted (as at old)'))),
    pytest.param(('MAMMOGRAM RIGHT BREAST (annual surveillance; left reconstructed breast'
                  ' not imaged)\n'
                  'CC and MLO views of the right breast. Scattered fibroglandular density'
                  '.\n'
                  'Benign-appearing round calcification upper outer quadrant, unchanged s'
                  'ince 2023.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '- 2', id='F59'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'Clinical: surveillance, left breast cancer treated 2022 (WLE + radioth'
                  'erapy).\n'
                  'Left operated breast not examined today (followed by the surgical team'
                  ' with MRI).\n'
                  'Right breast: no focal lesion. Right axilla normal.\n'
                  'Conclusion: Normal right breast. BI-RADS 1.'),
                 '- 1', id='F60'),
    pytest.param(('Left screening mammogram, 2 views.\n'
                  'Right irradiated breast not imaged (post-radiation surveillance by ann'
                  'ual MRI at the cancer centre).\n'
                  'Left breast: heterogeneously dense. Stable benign calcifications.\n'
                  'IMPRESSION: BI-RADS 2 - benign. Annual screening.'),
                 '2 -', id='F61'),
    pytest.param(('ULTRASOUND OF THE BREAST\n'
                  'Reason: right breast pain, no lump.\n'
                  "Left treated breast not scanned today at the patient's request.\n"
                  'Right breast: normal fibroglandular echotexture, no mass, no duct ecta'
                  'sia.\n'
                  'IMPRESSION: No sonographic abnormality. BI-RADS 1.'),
                 '- 1', id='F62'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'Left reconstructed breast imaged with implant-displaced views; implant'
                  ' intact, no mass in the residual tissue.\n'
                  'Right breast: scattered fibroglandular density, benign secretory calci'
                  'fications.\n'
                  'IMPRESSION: Benign findings bilaterally. BI-RADS 2.'),
                 '2 2', id='F63'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Both breasts scanned. Left reconstructed axilla not imaged (seroma dra'
                  'in in situ); left breast scanned over the flap - no collection, fat ne'
                  'crosis 8 mm.\n'
                  "Right breast: 5 mm simple cyst 2 o'clock.\n"
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '2 2', id='F64'),
    pytest.param(('RIGHT MAMMOGRAM\n'
                  'Comparison: 2024, 2025.\n'
                  'Left breast reconstructed (DIEP 2020), not imaged.\n'
                  'Right breast: fatty, stable benign vascular calcifications.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '- 2', id='F65'),
    pytest.param(('LEFT BREAST ULTRASOUND - second attendance\n'
                  'Left reconstructed breast not imaged on the initial visit because of a'
                  ' wound dressing; has now been imaged.\n'
                  "Flap: 9 mm oil cyst at 3 o'clock, typical fat necrosis. No solid lesio"
                  'n.\n'
                  'Conclusion: benign fat necrosis, left reconstructed breast. BI-RADS 2.'),
                 '2 -', id='F66'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'Comparison: right breast not imaged at the 2024 study (patient decline'
                  'd); both breasts imaged today.\n'
                  'Right breast: new benign-appearing round calcifications, 2 mm, scatter'
                  'ed. Left breast: normal.\n'
                  'IMPRESSION: Right BI-RADS 2; left BI-RADS 1.'),
                 '1 2', id='F67'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'Left breast not imaged in this study as it has now been imaged on MRI '
                  '(see separate MRI report of 02/06/2026).\n'
                  "Right breast: 7 mm simple cyst at 11 o'clock. No solid lesion. Right a"
                  'xilla normal.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '- 2', id='F68'),
    pytest.param(('SCREENING MAMMOGRAM - RIGHT\n'
                  'Left mastectomy 2019. Left breast not imaged on the previous exam or t'
                  'oday.\n'
                  'Right breast: scattered fibroglandular density, no mass, no suspicious'
                  ' calcification, no distortion.\n'
                  'IMPRESSION: Negative. BI-RADS 1.'),
                 '- 1', id='F69'),
    pytest.param(('UNILATERAL RIGHT MAMMOGRAM\n'
                  'Right breast was not imaged at the prior visit because of a dressing, '
                  'and the left is surveyed by MRI.\n'
                  "Right breast today: post-lumpectomy scar at 10 o'clock, stable dystrop"
                  'hic calcifications.\n'
                  'IMPRESSION: Benign post-surgical change. BI-RADS 2.'),
                 '- 2', id='F70'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'Indication: surveillance, 3 years after right WLE and radiotherapy.\n'
                  'Right treated breast: not imaged.\n'
                  "Left breast: 6 mm simple cyst at 12 o'clock, thin wall, no solid compo"
                  'nent. Left axilla normal.\n'
                  'CONCLUSION: Simple cyst. BI-RADS 2.'),
                 '2 -', id='F71'),
    pytest.param(('Breast ultrasound report\n'
                  'Left irradiated breast - not imaged (moist desquamation after radiothe'
                  'rapy).\n'
                  'Right breast examined in all quadrants and the axilla: normal.\n'
                  'Conclusion: normal right breast. BI-RADS 1.'),
                 '- 1', id='F72'),
    pytest.param(('BILATERAL MAMMOGRAM (current)\n'
                  'History: 2022 outside study - left reconstructed breast was not imaged'
                  ' at the outside centre.\n'
                  'Today: both breasts imaged including implant-displaced views of the le'
                  'ft reconstruction. Benign calcifications both breasts.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '2 2', id='F73'),
    pytest.param(('LEFT BREAST ULTRASOUND - completion scan\n'
                  'Left breast not imaged on the first visit because of acute mastitis; i'
                  'maged today after antibiotics.\n'
                  'Left breast: resolved inflammation, 5 mm residual reactive node.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '2 -', id='F74'),
    pytest.param(('BREAST ULTRASOUND\n'
                  'Right operated breast not imaged at this visit (to be reviewed with th'
                  'e surgeon next week).\n'
                  'Left breast: all quadrants and retroareolar region scanned, no lesion.'
                  ' Left axilla normal.\n'
                  'IMPRESSION: Normal left breast. BI-RADS 1.'),
                 '1 -', id='F75'),
    pytest.param(('MAMMOGRAM LEFT BREAST\n'
                  'Indication: annual surveillance.\n'
                  'Right reconstructed breast not included (TRAM reconstruction, no resid'
                  'ual gland).\n'
                  'Left breast: almost entirely fatty; benign vascular calcifications.\n'
                  'IMPRESSION: BI-RADS 2.'),
                 '2 -', id='F76'),
    pytest.param(('ÉCHOGRAPHIE MAMMAIRE DROITE\n'
                  "Le sein gauche reconstruit n'a pas été examiné (reconstruction par lam"
                  'beau, suivi chirurgical).\n'
                  'Sein droit: kyste simple de 6 mm à 2 h.\n'
                  'CONCLUSION: Kyste simple du sein droit. BI-RADS 2 (ACR 2).'),
                 '- 2', id='F77'),
    pytest.param(('BILATERAL BREAST ULTRASOUND (completion)\n'
                  'Left breast not imaged during the initial attendance due to time const'
                  'raints; imaged today.\n'
                  "Left breast: 9 mm simple cyst 3 o'clock. BI-RADS 2.\n"
                  'Right breast: normal. BI-RADS 1.'),
                 '2 1', id='F78'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'Left breast not imaged previously; now imaged for a new palpable lump.'
                  '\n'
                  "Left breast 2 o'clock: 11 mm anechoic simple cyst corresponding to the"
                  ' lump.\n'
                  'IMPRESSION: Simple cyst. BI-RADS 2.'),
                 '2 -', id='F79'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'Right breast not imaged on the 2023 study (declined); both breasts ima'
                  'ged today.\n'
                  'Right breast: oval benign-appearing intramammary node upper outer quad'
                  'rant. Left breast: no abnormality.\n'
                  'IMPRESSION: Right BI-RADS 2, left BI-RADS 1.'),
                 '1 2', id='F80'),
    pytest.param(('RIGHT BREAST MAMMOGRAM, ADDITIONAL VIEWS\n'
                  'Left breast not imaged, right breast now imaged with spot compression '
                  'and ML views.\n'
                  'The right upper outer quadrant asymmetry disperses on spot compression'
                  ': summation of normal tissue.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '- 2', id='F81'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'Indication: follow-up of right breast pain.\n'
                  'Left breast not imaged as it was subsequently imaged at the MRI of the'
                  ' same day (separate report).\n'
                  'Right breast: no lesion. Right axilla normal.\n'
                  'IMPRESSION: BI-RADS 1.'),
                 '- 1', id='F82'),
    pytest.param(('LEFT MAMMOGRAM (right mastectomy)\n'
                  'Right breast not imaged at the initial visit and not imaged today (mas'
                  'tectomy 2018).\n'
                  'Left breast: scattered density, stable benign calcifications.\n'
                  'IMPRESSION: BI-RADS 2.'),
                 '2 -', id='F83'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'The left breast was not imaged, though it was later imaged by the refe'
                  "rring GP's practice (outside report not available).\n"
                  "Right breast: 4 mm simple cyst 10 o'clock.\n"
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '- 2', id='F84'),
    pytest.param(('LEFT MAMMOGRAM\n'
                  'Clinical: surveillance after left WLE 2023; right reconstruction after'
                  ' prophylactic mastectomy.\n'
                  'Right reconstructed breast: not imaged (no residual breast tissue).\n'
                  'Left breast: post-surgical distortion at the lumpectomy site, stable. '
                  'Fat necrosis calcifications.\n'
                  'IMPRESSION: BI-RADS 2.'),
                 '2 -', id='F85'),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  'Left operated breast was not imaged.\n'
                  "Right breast: 8 mm oval circumscribed hypoechoic mass at 9 o'clock, pa"
                  'rallel, no vascularity; new since no prior.\n'
                  'IMPRESSION: Probably benign. BI-RADS 3. Follow-up in 6 months.'),
                 '- 3', id='F86'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'Indication: BRCA1 carrier, surveillance.\n'
                  'Right breast not imaged on the prior exam, and not imaged now (prophyl'
                  'actic mastectomy 2024).\n'
                  "Left breast: 10 mm simple cyst at 3 o'clock.\n"
                  'IMPRESSION: Simple cyst. BI-RADS 2.'),
                 '2 -', id='F87'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Left treated breast not imaged at the previous examination (radiothera'
                  'py skin reaction); both breasts imaged today.\n'
                  'Left breast: post-surgical seroma 15 mm, decreasing. Right breast: 4 m'
                  'm cyst.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '2 2', id='F88'),
    pytest.param(('BREAST ULTRASOUND\n'
                  'Indication: follow-up of a right breast cyst.\n'
                  'Left breast not imaged in this study as it has now been imaged on MRI '
                  '(see separate report of 02/06/2026).\n'
                  "Right breast: 7 mm simple cyst at 11 o'clock, unchanged. No solid lesi"
                  'on.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '- 2', id='F89'),
    pytest.param(('SCREENING MAMMOGRAM\n'
                  'Clinical: left mastectomy 2019, annual surveillance.\n'
                  'Left breast not imaged on the previous exam or today.\n'
                  'Right breast: scattered fibroglandular density, no mass, no suspicious'
                  ' calcification, no distortion.\n'
                  'IMPRESSION: Negative. BI-RADS 1.'),
                 '- 1', id='F90'),
    pytest.param(('MAMMOGRAM, ADDITIONAL VIEWS\n'
                  'Left breast not imaged, right breast now imaged with spot compression '
                  'and ML views.\n'
                  'The right upper outer quadrant asymmetry disperses on spot compression'
                  ': summation of normal tissue.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '- 2', id='F91'),
    pytest.param(('MAMMOGRAM\n'
                  'Clinical: surveillance after left WLE 2023.\n'
                  'Right breast not imaged at the initial visit and not imaged today (pro'
                  'phylactic mastectomy 2018).\n'
                  'Left breast: scattered density, stable benign fat-necrosis calcificati'
                  'ons at the lumpectomy site.\n'
                  'IMPRESSION: BI-RADS 2.'),
                 '2 -', id='F92'),
    pytest.param(('BREAST ULTRASOUND\n'
                  'Indication: right breast lump.\n'
                  'Left reconstructed breast not imaged.\n'
                  "Right breast: 10 mm simple cyst at 10 o'clock corresponding to the lum"
                  'p. No solid lesion. Right axilla normal.\n'
                  'IMPRESSION: Simple cyst. BI-RADS 2.'),
                 '- 2', id='F93'),
    pytest.param(('MAMMOGRAM\n'
                  'Indication: annual surveillance, right breast cancer treated 2021.\n'
                  'Right irradiated breast not imaged (followed by MRI at the cancer cent'
                  're).\n'
                  'Left breast: scattered fibroglandular density, stable benign calcifica'
                  'tions.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '2 -', id='F94'),
    pytest.param(('BREAST ULTRASOUND\n'
                  'Left operated breast: not examined (surgical review next week).\n'
                  'Right breast: all quadrants, retroareolar region and axilla scanned - '
                  'normal.\n'
                  'IMPRESSION: Normal right breast. BI-RADS 1.'),
                 '- 1', id='F95'),
    pytest.param(('BREAST ULTRASOUND (completion)\n'
                  'Left treated breast not imaged on the initial visit because of a skin '
                  'reaction; both breasts imaged today.\n'
                  'Left breast: 12 mm post-surgical seroma, decreasing. Right breast: 4 m'
                  "m simple cyst 2 o'clock.\n"
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '2 2', id='F96'),
    pytest.param(('MAMMOGRAM\n'
                  'History: 2022 outside study - left reconstructed breast was not imaged'
                  ' at the outside centre.\n'
                  'Today: both breasts imaged including implant-displaced views of the le'
                  'ft reconstruction. Benign calcifications.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '2 2', id='F97'),
    pytest.param(('BREAST ULTRASOUND\n'
                  'The left breast was not imaged, though it was later imaged by the refe'
                  "rring GP's practice (report not available to us).\n"
                  'Right breast: normal, no lesion. Right axilla normal.\n'
                  'IMPRESSION: BI-RADS 1.'),
                 '- 1', id='F98'),
    pytest.param(('BREAST ULTRASOUND\n'
                  'Left breast not imaged in 2024 study room 2 was closed; imaged separat'
                  'ely.\n'
                  "Right breast: stable 6 mm simple cyst at 9 o'clock.\n"
                  'IMPRESSION: Benign. BI-RADS 2.\n'
                  '(Left breast examination will be reported separately.)'),
                 '- 2', id='F99'),
    pytest.param(('MAMMOGRAM, BOTH BREASTS\n'
                  'Left reconstructed breast imaged (implant displaced views), right brea'
                  'st standard views.\n'
                  'Implant intact. Benign round calcifications right upper outer quadrant'
                  ', stable.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '2 2', id='F100'),
    pytest.param(('SCREENING MAMMOGRAM\n'
                  'Comparison: 2023.\n'
                  'Left breast not imaged on the first visit because of mastitis; imaged '
                  'today after antibiotics.\n'
                  'Scattered fibroglandular density. No mass, no suspicious calcification'
                  ', no architectural distortion.\n'
                  'IMPRESSION: Negative. BI-RADS 1.'),
                 '1 1', id='F101'),
    pytest.param(('SCREENING MAMMOGRAM\n'
                  'Clinical: left mastectomy 2019 for DCIS.\n'
                  'Left breast not imaged on the previous exam or today.\n'
                  'Scattered fibroglandular density. No mass, no suspicious calcification'
                  ', no distortion.\n'
                  'IMPRESSION: Negative. BI-RADS 1.'),
                 '- 1', id='F102'),
    pytest.param(('SCREENING MAMMOGRAM\n'
                  'Left breast not imaged in this study as it has now been imaged on MRI '
                  '(see separate report).\n'
                  'Scattered fibroglandular density. No mass, no suspicious calcification'
                  ', no distortion.\n'
                  'IMPRESSION: Negative. BI-RADS 1.'),
                 '- 1', id='F103'),
    pytest.param(('MAMMOGRAM\n'
                  'Indication: surveillance after left mastectomy and implant reconstruct'
                  'ion 2020.\n'
                  'Left reconstructed breast not imaged.\n'
                  'Almost entirely fatty tissue. No mass, no suspicious calcification.\n'
                  'IMPRESSION: Negative. BI-RADS 1.'),
                 '- 1', id='F104'),
    pytest.param(('DIGITAL MAMMOGRAM\n'
                  'Left treated breast not imaged at the 2024 study (radiotherapy skin re'
                  'action); imaged today.\n'
                  'Post-surgical distortion left upper outer quadrant, stable. No mass, n'
                  'o suspicious calcification elsewhere.\n'
                  'IMPRESSION: Negative. BI-RADS 1.'),
                 '1 1', id='F105',
                 marks=pytest.mark.xfail(strict=True, reason=("review F105 (C): read '1 -'; older behaviour: 'lef"
                                                          "t' in 'Post-surgical distortion left upper outer q"
                                                          "uadrant' takes the exam's category; the not-imaged"
                                                          ' line no longer does (old and 8180b3d the same)'))),
    pytest.param(('MAMMOGRAM\n'
                  'The left breast was not imaged, though it was later imaged elsewhere ('
                  'outside report unavailable).\n'
                  'Benign round calcifications, upper outer quadrant, unchanged from 2023'
                  '.\n'
                  'IMPRESSION: Benign. BI-RADS 2.'),
                 '- 2', id='F106'),
    pytest.param(('SCREENING MAMMOGRAM\n'
                  'Indication: annual surveillance after left WLE and radiotherapy 2021.\n'
                  'Left irradiated breast - not imaged (moist desquamation).\n'
                  'No mass, no suspicious calcification, no distortion.\n'
                  'IMPRESSION: Negative. BI-RADS 1.'),
                 '- 1', id='F107',
                 marks=pytest.mark.xfail(strict=True, reason=("review F107 (C): read '1 -'; older behaviour: 'Lef"
                                                          "t irradiated breast - not imaged' is recognised, b"
                                                          "ut the exam's category still goes to the left (old"
                                                          ' and 8180b3d the same)'))),
    pytest.param(('SCREENING MAMMOGRAM, BOTH BREASTS\n'
                  'Right breast not imaged at the initial appointment (equipment fault); '
                  'both breasts imaged today.\n'
                  'Scattered fibroglandular density. No mass, no suspicious calcification'
                  '.\n'
                  'IMPRESSION: Negative. BI-RADS 1.'),
                 '1 1', id='F108'),
    pytest.param(('EXAM: SCREENING MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS\n'
                  'COMPARISON: 03/2024, 02/2023.\n'
                  'BREAST COMPOSITION: The breasts are heterogeneously dense, which may o'
                  'bscure small masses.\n'
                  'FINDINGS: There are no suspicious masses, calcifications, or areas of '
                  'architectural distortion.\n'
                  'IMPRESSION: No mammographic evidence of malignancy.\n'
                  'BI-RADS CATEGORY 1: NEGATIVE.'),
                 '1 1', id='O01'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM AND ULTRASOUND, LEFT\n'
                  'FINDINGS: Left breast 2:00, 6 cm FN: irregular hypoechoic mass 17 x 12'
                  ' mm with spiculated margins and posterior shadowing. Left axilla: one '
                  'node with 4 mm cortex.\n'
                  'Right breast (screening views): negative.\n'
                  'ASSESSMENT: Left: BI-RADS 4C - high suspicion for malignancy. US-guide'
                  'd core biopsy of the mass and FNA of the node. Right: BI-RADS 1.'),
                 '4C 1', id='O02'),
    pytest.param(('Royal Melbourne Hospital - Breast Imaging\n'
                  'Right breast ultrasound.\n'
                  'A 7 x 5 x 4 mm oval, circumscribed, wider-than-tall hypoechoic lesion '
                  "at 10 o'clock 4 cm from the nipple, no internal vascularity.\n"
                  'Impression: Probable fibroadenoma. BI-RADS 3 / Australian synoptic 3. '
                  'Suggest 6-month review ultrasound.'),
                 '- 3', id='O03'),
    pytest.param(('NHS Breast Screening Programme - Assessment clinic\n'
                  'Bilateral 2-view mammography: both breasts show scattered benign calci'
                  'fications and a few oval circumscribed masses consistent with cysts on'
                  ' ultrasound.\n'
                  'Ultrasound: multiple simple cysts both breasts, the largest 18 mm left'
                  " 2 o'clock.\n"
                  'OUTCOME: Benign. BI-RADS 2. Return to routine 3-yearly screening.'),
                 '2 2', id='O04',
                 marks=pytest.mark.xfail(strict=True, reason=("review O04 (O): read '2 -'; older behaviour: 'the "
                                                          "largest 18 mm left 2 o'clock' gives the OUTCOME's "
                                                          'BI-RADS 2 to the left only (old and 8180b3d the sa'
                                                          'me)'))),
    pytest.param(('MAMMOGRAPHIE ET ÉCHOGRAPHIE DU SEIN GAUCHE\n'
                  'Masse irrégulière spiculée du quadrant supéro-externe gauche, 23 mm, a'
                  'vec microcalcifications pléomorphes associées.\n'
                  'Échographie: masse hypoéchogène irrégulière, plus haute que large, côn'
                  "e d'ombre postérieur.\n"
                  'CONCLUSION: Anomalie hautement suspecte du sein gauche. ACR 5. Microbi'
                  'opsie échoguidée recommandée.'),
                 '5 -', id='O05'),
    pytest.param(('Radiologie Zentrum Bern - Mammographie beidseits\n'
                  'Beurteilung: Beidseits keine Herdbefunde, kein suspekter Mikrokalk, ke'
                  'ine Architekturstörung. Dichte ACR C.\n'
                  'Ergebnis: BI-RADS 1 beidseits. Kontrolle im regulären Screening.'),
                 '1 1', id='O06'),
    pytest.param(('ULTRASOUND RIGHT BREAST - Apollo Hospitals, Chennai\n'
                  'Clinical: palpable lump right breast, 3 months.\n'
                  "At 9 o'clock, 3 cm from nipple: 14 x 10 mm hypoechoic lesion with part"
                  'ly indistinct margins and mild internal vascularity.\n'
                  'Right axilla: few normal nodes.\n'
                  'Impression: Indeterminate solid lesion right breast - BIRADS IVa. Sugg'
                  'ested USG-guided biopsy.'),
                 '- 4A', id='O07'),
    pytest.param(('BILATERAL BREAST MRI\n'
                  'Indication: high-risk screening (BRCA2).\n'
                  'Background parenchymal enhancement: mild, symmetric.\n'
                  "Left breast: 5 mm oval circumscribed enhancing focus at 3 o'clock with"
                  ' persistent kinetics, new compared with 2025.\n'
                  'Right breast: no suspicious enhancement.\n'
                  'Assessment: Left BI-RADS 3 (short-interval MRI in 6 months); right BI-'
                  'RADS 1.'),
                 '3 1', id='O08'),
    pytest.param(('SCREENING MAMMOGRAM\n'
                  'Both breasts are almost entirely fatty. Bilateral benign vascular calc'
                  'ifications, unchanged from 2022.\n'
                  'A stable 6 mm intramammary lymph node in the right upper outer quadran'
                  't.\n'
                  'Overall assessment: BI-RADS 2 - Benign. Recommend annual screening mam'
                  'mography.'),
                 '2 2', id='O09'),
    pytest.param(('SCREENING MAMMOGRAM BILATERAL\n'
                  'Right breast: no abnormality.\n'
                  'Left breast: possible focal asymmetry in the upper outer quadrant seen'
                  ' on the CC view only.\n'
                  'IMPRESSION: Incomplete. Recall for additional imaging of the left brea'
                  'st (spot compression and ultrasound).\n'
                  'BI-RADS 0 left, BI-RADS 1 right.'),
                 '0 1', id='O10'),
    pytest.param(('LEFT BREAST ULTRASOUND - pre-neoadjuvant staging\n'
                  "Known biopsy-proven invasive ductal carcinoma left breast 12 o'clock ("
                  'clip in situ).\n'
                  'Mass measures 28 x 22 mm (previously 26 mm). Two abnormal level I axil'
                  'lary nodes.\n'
                  'IMPRESSION: Known malignancy left breast. BI-RADS 6.'),
                 '6 -', id='O11'),
    pytest.param(('RIGHT BREAST ULTRASOUND (Hospital Universitario La Paz)\n'
                  'Hallazgos: quiste simple de 9 mm en el radio de las 11 [simple cyst 9 '
                  "mm at 11 o'clock].\n"
                  'Axila derecha sin adenopatías.\n'
                  'Conclusión: Quiste simple. BI-RADS 2.'),
                 '- 2', id='O12'),
    pytest.param(('Mammogram report - Auckland Radiology Group\n'
                  'Indication: 45F, family history (mother at 52).\n'
                  'Density: category B.\n'
                  'Both breasts: no mass, no suspicious calcification, no distortion. Axi'
                  'llae clear.\n'
                  'CONCLUSION: Normal bilateral mammogram. BI-RADS 1 bilaterally. Continu'
                  'e annual screening.'),
                 '1 1', id='O13'),
    pytest.param(('DIAGNOSTIC RIGHT MAMMOGRAM WITH MAGNIFICATION VIEWS\n'
                  'FINDINGS: A 9 mm group of fine pleomorphic calcifications at right 11 '
                  "o'clock, middle depth, new since 2024. No associated mass.\n"
                  'ASSESSMENT: Suspicious. BI-RADS 4B. Stereotactic biopsy recommended.'),
                 '- 4B', id='O14'),
    pytest.param(('Breast ultrasound - Fiji (Colonial War Memorial Hospital)\n'
                  "Left breast: 22 x 14 mm oval circumscribed hypoechoic mass at 2 o'cloc"
                  'k, stable on serial scans since 2022 (biopsy 2022: fibroadenoma).\n'
                  'Right breast: normal.\n'
                  'IMPRESSION: Left BI-RADS 2 (biopsy-proven fibroadenoma). Right BI-RADS'
                  ' 1.'),
                 '2 1', id='O15'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM AND US\n'
                  "Right: 8 mm circumscribed oval mass at 6 o'clock on US, no mammographi"
                  'c correlate. Likely fibroadenoma, no prior.\n'
                  'Left: negative.\n'
                  'IMPRESSION:\n'
                  '1. Right breast probably benign mass. BI-RADS 3. Follow-up ultrasound '
                  '6 months.\n'
                  '2. Left breast negative. BI-RADS 1.'),
                 '1 3', id='O16'),
    pytest.param(('SCREENING MAMMOGRAM (synthesized 2D + DBT)\n'
                  'Technique: standard CC and MLO views of both breasts.\n'
                  'Breast density: scattered areas of fibroglandular density (B).\n'
                  'No suspicious findings. Stable postsurgical change in the right breast'
                  ' from benign excision 2015.\n'
                  'FINAL ASSESSMENT: BI-RADS 1 - Negative.\n'
                  'Next screening: 1 year.'),
                 '1 1', id='O17'),
    pytest.param(('ULTRASOUND OF THE LEFT BREAST AND AXILLA\n'
                  'HISTORY: 32F, lactating, tender lump left breast.\n'
                  "FINDINGS: 24 mm complex fluid collection at 4 o'clock with thick walls"
                  ' and internal debris, no internal vascularity in the debris. Reactive '
                  'left axillary nodes.\n'
                  'IMPRESSION: Findings most likely abscess vs. galactocele. BI-RADS 3. C'
                  'linical review; aspiration if no improvement.'),
                 '3 -', id='O18'),
    pytest.param(('RIGHT BREAST ULTRASOUND-GUIDED CORE BIOPSY REQUEST\n'
                  "Pre-procedure imaging: irregular spiculated mass right 10 o'clock, 19 "
                  'mm, with microlobulated margins and calcifications, highly suspicious.'
                  ' BI-RADS 5.\n'
                  'Procedure: 14G core biopsy x4 under local anaesthetic, clip placed. No'
                  ' immediate complication.'),
                 '- 5', id='O19'),
    pytest.param(('MAMMOGRAPHIE BILATÉRALE DE DÉPISTAGE (Centre Hospitalier de Nouméa)\n'
                  'Seins de densité type B. Macrocalcifications bénignes bilatérales.\n'
                  'Pas de masse, pas de distorsion architecturale.\n'
                  'CONCLUSION: Mammographie bilatérale bénigne. ACR 2 bilatéral.'),
                 '2 2', id='O20'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  "Right breast: 3 simple cysts, largest 11 mm at 8 o'clock. BI-RADS 2.\n"
                  "Left breast: 9 mm non-parallel hypoechoic solid lesion at 1 o'clock wi"
                  'th microlobulated margin. BI-RADS 4A.\n'
                  "RECOMMENDATION: ultrasound-guided core biopsy of the left 1 o'clock le"
                  'sion.'),
                 '4A 2', id='O21'),
    pytest.param(('MRI RIGHT BREAST (implant assessment), Sydney Adventist Hospital\n'
                  'Silicone implant right, subglandular, intact. No intracapsular or extr'
                  'acapsular rupture. No suspicious enhancement (limited contrast study).'
                  '\n'
                  'Left breast not included in this unilateral protocol.\n'
                  'CONCLUSION: Intact implant. BI-RADS 1.'),
                 '- 1', id='O22'),
    pytest.param(('SCREENING MAMMOGRAM BILATERAL\n'
                  'Technically limited study: posterior tissue not included on either CC '
                  'view due to patient positioning.\n'
                  'IMPRESSION: Incomplete - technical repeat of both CC views required. B'
                  'I-RADS 0.'),
                 '0 0', id='O23'),
    pytest.param(('LEFT BREAST ULTRASOUND - targeted, Singapore General Hospital\n'
                  "Indication: left breast 3 o'clock lump.\n"
                  'Findings: 13 mm oval echogenic lesion with thin capsule, typical of a '
                  'lipoma, corresponding to the palpable lump.\n'
                  'Impression: Benign lipoma. BI-RADS 2.'),
                 '2 -', id='O24'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'Right: developing asymmetry UOQ, 14 mm, not present in 2023; targeted '
                  'US shows an ill-defined hypoechoic area.\n'
                  'Left: negative.\n'
                  'IMPRESSION: Right breast BI-RADS 4A - biopsy recommended. Left breast '
                  'BI-RADS 1.'),
                 '1 4A', id='O25'),
    pytest.param(('Klinikum Nord - Mammasonographie rechts\n'
                  'Indikation: tastbarer Knoten rechts oben außen, 42 Jahre.\n'
                  'Befund: 7 mm einfache Zyste bei 10 Uhr rechts. Axilla rechts unauffäll'
                  'ig.\n'
                  'Beurteilung: Einfache Zyste rechts. BI-RADS 2.'),
                 '- 2', id='O26'),
    pytest.param(('MAMMOGRAM - BILATERAL SCREENING (Queen Mary Hospital, Hong Kong)\n'
                  'Extremely dense breasts (D). No mass or architectural distortion. No s'
                  'uspicious microcalcification.\n'
                  'IMPRESSION: BI-RADS 1 (negative). Supplementary ultrasound may be cons'
                  'idered given breast density.'),
                 '1 1', id='O27'),
    pytest.param(('RIGHT BREAST ULTRASOUND - 6-month follow-up\n'
                  'Comparison: 11/2025.\n'
                  "The 6 mm oval circumscribed hypoechoic mass at right 7 o'clock is unch"
                  'anged (6 mm).\n'
                  'IMPRESSION: Stable probably benign mass. BI-RADS 3. Continue follow-up'
                  ' in 6 months (12-month interval).'),
                 '- 3', id='O28'),
    pytest.param(('BILATERAL MAMMOGRAM WITH CAD\n'
                  'Status post bilateral breast reduction 2018. Bilateral post-reduction '
                  'architectural change and fat necrosis calcifications, stable.\n'
                  'No new mass or suspicious calcification.\n'
                  'IMPRESSION: Benign postsurgical change. BI-RADS 2.'),
                 '2 2', id='O29'),
    pytest.param(('DIAGNOSTIC BILATERAL MAMMOGRAM\n'
                  "Left breast: 31 mm irregular spiculated mass at 12 o'clock with segmen"
                  'tal fine linear branching calcifications and skin thickening.\n'
                  'Right breast: no abnormality.\n'
                  'IMPRESSION: Left breast highly suggestive of malignancy - BI-RADS 5. R'
                  'ight breast negative - BI-RADS 1.'),
                 '5 1', id='O30'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
