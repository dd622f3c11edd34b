"""Final measurement review p-final-12 (pathology), pinned after its mend.

What was reviewed: 142 texts written blind from the labelling guide (47 variants, 63 near misses, 32 ordinary
reports), read by the stop's start 7b69e01 and by 6e6924f (dev-p127). No ordinary report moved (31 of 32 right).

What was found: two over-reaches. E01 ml11: the surname "Jury" on a consultation's letterhead ("Requested by Dr M
Jury, Breast Surgery") made a second-opinion consultation a jury record, lifting the referring report's quoted ADH
and reading its own "Our review:" DCIS as history. E02 dc06: a dictated "Conclusion:" inside a clinical-history
paragraph (its continuation line, or a "Background:" / "Previous histology:" line) opened a conclusion, so an earlier
core's DCIS labelled a no-residual re-excision; the bare-after-a-full-stop route also took the colon form, breaking
the guide's own history example. E03 wt02: "Nil malignant." read as a malignancy (older behaviour). Under-reaches:
"Driver and Vehicle Licensing Agency" / "DVLA", Catalan "costat dret", "haematopathologist", "specialises in".

What the mend does: the jury word tells a medico-legal record only in a phrase naming the service or office ("jury
service / summons / summoning / citation / duty / office / central", "juror ..."), and the licensing authority's own
name ("driver and vehicle licensing", "DVLA") tells one too; a dictation's mid-line "Conclusion:" and the bare
after-a-full-stop heading are not taken in a history section (the last heading opening a line of the paragraph
before it a history one: clinical history / details / information / indications, history, background, previous /
relevant / past histology or pathology), and the bare route takes only the unmarked word, no colon; "costat dret"
is the right side; a haemato-, histo- or cytopathologist's expertise and a service that "specialises / specializes
in" an entity label nothing; "nil" straight before a finding on its line negates it as "no".

Result: 131 of 142 right (124 at 6e6924f); all 3 flagged texts read as at 7b69e01 or right (ml11, dc06 as before,
wt02 right). Still wrong, 11: 10 by older behaviour (ml09, dc07, dc09, wt05, cj07, ic07, fr06, fr09, fr11, or05) and
1 under-reach kept on purpose (zs03: a zero size followed by a node clause on its line). Those are strict xfails."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('JURY CENTRAL SUMMONING BUREAU\n'
                  'Medical certificate in support of a request for excusal from jury serv'
                  'ice\n'
                  'Juror number: 4471 0932    Summons for: 14/04/2026\n'
                  '\n'
                  'I am the general practitioner of Mrs Alison Treharne (DOB 03/07/1969).'
                  ' She is currently completing adjuvant treatment for right breast cance'
                  'r and attends the oncology day unit twice weekly until the end of June'
                  ' 2026.\n'
                  'Histology quoted from the hospital report (Penrose General PGH-H-26-00'
                  '871, 22/01/2026): "Right breast, wide local excision (post-neoadjuvant'
                  ' chemotherapy): No residual invasive carcinoma or DCIS. Tumour bed fib'
                  'rosis with haemosiderin. Margins clear. ypT0 ypN0."\n'
                  'In my opinion she is not fit to serve on a jury during the period of t'
                  'he summons and I would support deferral.\n'
                  'Dr H. Caddick MRCGP, Brookfield Surgery'),
                 {'L': '-', 'R': '-'}, id='ml01'),
    pytest.param(('DRIVER AND VEHICLE LICENSING AGENCY - MEDICAL REPORT\n'
                  'Report by treating consultant (licence group 1)\n'
                  'Licence holder: Ms Priya Ramasamy   DOB 19/11/1981\n'
                  '\n'
                  'Reason for report: a single episode of syncope in the breast clinic wa'
                  'iting room on 02/03/2026, felt to be vasovagal. She had been very anxi'
                  'ous that her breast lump was a cancer.\n'
                  'Pathology quoted verbatim from the report of 03/03/2026 (ref CHX-26-55'
                  '21):\n'
                  '"Left breast, 2 o\'clock, vacuum-assisted excision: Intraductal papillo'
                  'ma without atypia, completely sampled. No in situ or invasive malignan'
                  'cy."\n'
                  'ECG and lying/standing blood pressure normal. No further episodes. In '
                  'my view she meets the standard to hold a group 1 licence.\n'
                  'Mr G. Adeyemi FRCS, Consultant Breast Surgeon'),
                 {'L': 'B', 'R': '-'}, id='ml02'),
    pytest.param(('ADULTS WITH INCAPACITY (SCOTLAND) ACT 2000\n'
                  'Medical report in support of an application for a welfare guardianship'
                  ' order (section 57)\n'
                  '\n'
                  'Adult: Mrs Morag Lindsay, 84, resident at Glenview Care Home.\n'
                  "Diagnosis relevant to capacity: Alzheimer's disease, moderate to sever"
                  'e (MMSE 9/30). She is unable to retain information about her medical t'
                  'reatment, including the treatment of her breast cancer.\n'
                  'Histology quoted from the report (Forth Valley Royal FVR-H-25-30218, 0'
                  '2/12/2025): "Left breast, simple mastectomy: Invasive lobular carcinom'
                  'a, grade 2, 38 mm. Lobular carcinoma in situ present. Margins clear. p'
                  'T2 (sn) N0."\n'
                  'She is not capable of making decisions about her welfare or medical tr'
                  'eatment and is unlikely to regain capacity.\n'
                  'Dr E. Baird, Consultant Psychiatrist (Old Age)'),
                 {'L': 'BM', 'R': '-'}, id='ml03'),
    pytest.param(('COURT OF PROTECTION\n'
                  'COP3 - Assessment of capacity (Part B, completed by the practitioner)\n'
                  '\n'
                  'Matter: whether Ms Joan Whitlock has capacity to consent to breast sur'
                  'gery.\n'
                  'Ms Whitlock has a learning disability. She was told in clinic that the'
                  ' abnormality in her right breast might be a cancer and she became very'
                  ' distressed.\n'
                  'Surgical histology (quoted exactly from the pathology report,\n'
                  'ref WLH-H-26-01188, authorised 09/02/2026 10:47): "Right breast, 10 o\''
                  'clock, ultrasound-guided core biopsy: Atypical ductal hyperplasia in a'
                  'ssociation with a radial scar. No invasive carcinoma. B3."\n'
                  'My assessment is that she cannot weigh the risks and benefits of vacuu'
                  'm excision versus surgical excision and lacks capacity for this decisi'
                  'on.\n'
                  'Dr S. Kowalczyk, Consultant in Learning Disability Psychiatry'),
                 {'L': '-', 'R': 'B'}, id='ml04'),
    pytest.param(('SCOTTISH COURTS AND TRIBUNALS SERVICE - JURY CITATION\n'
                  'Medical certificate (request to be excused)\n'
                  '\n'
                  'Citation no. HC/26/118204. The person cited, Ms Catriona Mair, is my p'
                  'atient. She has surgery planned for the week of the trial for a left b'
                  'reast lesion and will need two weeks to recover afterwards.\n'
                  'Histology quoted from the core biopsy report (Kingsrigg Hospital KRH-H'
                  '-26-02290, 21/01/2026): "Left breast, 11 o\'clock, stereotactic core bi'
                  'opsy: Atypical ductal hyperplasia associated with calcification. B3."\n'
                  'Excision histology (KRH-H-26-04412, 16/02/2026):\n'
                  '"Left breast, wide local excision: Ductal carcinoma in situ, intermedi'
                  'ate nuclear grade, 14 mm, with adjacent atypical ductal hyperplasia. M'
                  'argins clear (closest 3 mm)."\n'
                  'I would be grateful if she could be excused.\n'
                  'Dr F. Ritchie, Craigmount Medical Practice'),
                 {'L': 'BM', 'R': '-'}, id='ml05'),
    pytest.param(('SUPERIOR COURT OF CALIFORNIA, COUNTY OF SANTA CLARA - JUROR SERVICES\n'
                  'Physician statement in support of a medical excuse from jury duty\n'
                  '\n'
                  'Juror: Maria Teresa Alcantar   Juror ID 60319874\n'
                  'Ms Alcantar had an excisional biopsy of the right breast on January 27'
                  ', 2026 and is recovering; she cannot sit for long periods during the r'
                  'equested term.\n'
                  'Pathology (report SJH-26-00912, 27/01/2026, quoted): "Right breast, 9 '
                  "o'clock, excisional biopsy: Fibroadenoma, 31 mm, completely excised. N"
                  'o atypia."\n'
                  'I recommend that she be excused from service for the requested period '
                  '(through April 30, 2026).\n'
                  'Linda Ng, MD, Family Medicine'),
                 {'L': '-', 'R': 'B'}, id='ml06'),
    pytest.param(('NATIONAL DRIVER LICENCE SERVICE\n'
                  'Medical Report Form D501 (to be completed by a registered medical prac'
                  'titioner)\n'
                  '\n'
                  'Applicant: Mrs Sinead Cullinane   Licence category: B\n'
                  'She has no history of seizures, syncope or visual impairment. She is o'
                  'n letrozole and has no symptoms that would affect driving. She complet'
                  'ed radiotherapy in February. Histology quoted from the discharge summa'
                  "ry (St Fintan's SFH-H-26-00233, 30/01/2026):\n"
                  '"Left breast, wide local excision: Invasive carcinoma of no special ty'
                  'pe, grade 1, 9 mm. No DCIS. Margins clear. Sentinel nodes 0/2."\n'
                  'Fit to drive: yes. No review required on medical grounds.\n'
                  "Dr C. O'Donoghue MICGP"),
                 {'L': 'M', 'R': '-'}, id='ml07'),
    pytest.param(('HISTOPATHOLOGY REPORT - Ardmore District Hospital\n'
                  'Patient: Ms Rosaline Okafor (adult under guardianship order - guardian'
                  ' Mr J. Okafor)   Lab no: ADH-H-26-01972\n'
                  "Clinical: Right breast lump 9 o'clock, ?FA. Previous left breast DCIS "
                  'treated 2021. Guardian consents.\n'
                  'Specimen: Right breast, US-guided core biopsy x3.\n'
                  'Microscopy: Cores of a well-circumscribed fibroepithelial lesion with '
                  'intracanalicular pattern, low stromal cellularity, no mitoses, no stro'
                  'mal overgrowth.\n'
                  'DIAGNOSIS: Right breast, core biopsy: Fibroadenoma. B2.\n'
                  'Reported by Dr T. Mahlangu'),
                 {'L': '-', 'R': 'B'}, id='ml08'),
    pytest.param(('JURY SUMMONS - REQUEST FOR DEFERRAL\n'
                  'Supporting letter from general practitioner\n'
                  '\n'
                  'Mr and Mrs Hollis have asked me to write on behalf of Mrs Denise Holli'
                  's, who has been summoned for 11/05/2026. She was treated for left brea'
                  'st cancer in 2018 and has been discharged from oncology follow-up. She'
                  ' is now well.\n'
                  'Histology (2018, quoted from her discharge letter): "Left breast, wide'
                  ' local excision: Invasive ductal carcinoma, grade 2, 16 mm, margins cl'
                  'ear."\n'
                  'The reason for the request is that she is the sole carer for her husba'
                  "nd, who has advanced Parkinson's disease; her own health would not pre"
                  'vent her from serving.\n'
                  'Dr K. Sandhu, Eastgate Medical Centre'),
                 {'L': '-', 'R': '-'}, id='ml09',
                 marks=pytest.mark.xfail(strict=True, reason=("review ml09 (medico-legal): read {'L': 'M', 'R': '"
                                                          "-'}; older behaviour: the year-led quotation ('His"
                                                          "tology (2018, quoted from her discharge letter):')"
                                                          ' is rightly not lifted, but the generic reader sti'
                                                          'll labels its quoted IDC as a current diagnosis'))),
    pytest.param(('INCOME PROTECTION CLAIM - INCAPACITY BENEFIT\n'
                  'Attending physician statement (Part 3)\n'
                  '\n'
                  'Claimant: Ms Aoife Brannigan   Policy no. IPX-2219-0417\n'
                  'Condition causing incapacity: surgery to the right breast (excision of'
                  ' a large benign lump) on 12/01/2026; wound infection requiring readmis'
                  'sion and IV antibiotics.\n'
                  'Histology quoted from the hospital report (Lisheen General LGH-H-26-00'
                  '145, 15/01/2026): "Right breast, excision: Fibroadenoma, 46 mm, with i'
                  'nfarction. No phyllodes features. No atypia."\n'
                  'Expected return to work: 23/02/2026 (phased).\n'
                  'Dr M. Faherty'),
                 {'L': '-', 'R': 'B'}, id='ml10'),
    pytest.param(('Department of Laboratory Medicine and Pathology\n'
                  'Requested by Dr M Jury, Breast Surgery, Wessex Breast Unit\n'
                  'CONSULTATION - SECOND OPINION (case WX26-0411)\n'
                  '\n'
                  'Pathology quoted from the referring report (Lakeside Hospital LH-26-33'
                  '18, 02/02/2026): "Left breast, 1 o\'clock, core biopsy: Atypical ductal'
                  ' hyperplasia, B3."\n'
                  'We have examined the referring slides and two further levels. The atyp'
                  'ical population fills and distends several duct spaces over more than '
                  '2 mm, with uniform cells and rigid bridges.\n'
                  "Our review: Left breast, 1 o'clock, core biopsy: Ductal carcinoma in s"
                  'itu, low nuclear grade, cribriform type. B5a.\n'
                  'Dr P. Venkataraman, Consultant Histopathologist'),
                 {'L': 'M', 'R': '-'}, id='ml11'),
    pytest.param(('JURY SERVICE - MEDICAL CERTIFICATE\n'
                  '(Court Service juror excusal, section 9)\n'
                  '\n'
                  'Ms Beverley Oduya has recently been diagnosed and is awaiting surgery '
                  'at Harrowfield Hospital. When I saw her she described the result to me'
                  ', and I have written it down as she said it.\n'
                  'Histology (patient\'s own words, quoted): "they said it\'s a cancer in t'
                  'he left breast, the lobular kind, and it\'s early"\n'
                  'Histology quoted from the hospital report (Harrowfield HFH-H-26-03381,'
                  ' 12/03/2026): "Left breast, 3 o\'clock, core biopsy: Fibroadenoma with '
                  'florid usual ductal hyperplasia. No atypia. B2."\n'
                  'She has understandably been very distressed. I would support her reque'
                  'st to be excused on medical grounds.\n'
                  'Dr O. Ilesanmi'),
                 {'L': 'B', 'R': '-'}, id='ml12'),
    pytest.param(('HISTOPATHOLOGY\n'
                  'Cellular Pathology Department, Kingsmoor Hospital\n'
                  'Lab no: KMH-H-26-05512\n'
                  '\n'
                  'Clinical details: Pt due for jury service from 16/04, please expedite.'
                  " L breast mass 2 o'clock, U5. Previous R breast fibroadenoma excised 2"
                  '017.\n'
                  'Specimen: Left breast US core x4.\n'
                  'Microscopy: Infiltrating carcinoma forming tubules and nests, moderate'
                  ' pleomorphism, mitoses 6/10 hpf.\n'
                  "Diagnosis: Left breast, 2 o'clock, core biopsy: Invasive carcinoma of "
                  'no special type, grade 2. B5b.\n'
                  'Dr R. Achterberg'),
                 {'L': 'M', 'R': '-'}, id='ml13'),
    pytest.param(('DVLA - CONFIDENTIAL MEDICAL INFORMATION (form D4)\n'
                  "Section completed by the applicant's GP\n"
                  '\n'
                  'Applicant: Mrs Helen Varga. Vocational licence renewal (category C1).\n'
                  'Medical history: well-controlled type 2 diabetes; no hypoglycaemia. A '
                  'small skin lesion on the left chest wall above the breast was excised '
                  'in January.\n'
                  'Histology quoted from the dermatology report (Westmere WMH-H-26-00877,'
                  ' 19/01/2026): "Skin, left upper chest wall, excision: Nodular basal ce'
                  'll carcinoma, completely excised (deep margin 2 mm)."\n'
                  'Visual acuity 6/6 each eye. No condition affecting fitness to drive.\n'
                  'Dr L. Marchetti'),
                 {'L': '-', 'R': '-'}, id='ml14'),
    pytest.param(('Breast Surgery Outpatients - Harcourt Hospital\n'
                  'Re: Mrs Deborah Mensah, 61 - fitness to drive after mastectomy\n'
                  'Dear Dr Lowe,\n'
                  '\n'
                  'I saw Mrs Mensah today, two weeks after her left mastectomy. She asked'
                  ' when she may drive again; I have advised her to wait until she can pe'
                  'rform an emergency stop comfortably, usually 4-6 weeks.\n'
                  'Histology quoted from our report (HH-H-26-01150, 28/01/2026): "Left br'
                  'east, mastectomy: Invasive lobular carcinoma, grade 2, 52 mm, multifoc'
                  'al. Margins clear. Sentinel nodes 1/3 (macrometastasis)."\n'
                  'She will be seen by Dr Farooq in oncology to discuss adjuvant treatmen'
                  't.\n'
                  'Yours sincerely, Ms A. Whitcombe, Consultant Breast Surgeon'),
                 {'L': 'M', 'R': '-'}, id='ml15'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  "Specimen: Left breast, 3 o'clock, ultrasound-guided core biopsy (14G x"
                  '4).\n'
                  'Clinical: 9 mm hypoechoic lesion, BI-RADS 4B.\n'
                  'Microscopic: Two terminal duct-lobular units show a partial population'
                  ' of monotonous cells forming rigid cribriform spaces, involving less t'
                  'han 2 mm in aggregate.\n'
                  "Final diagnosis: Left breast, 3 o'clock, core biopsy: Atypical ductal "
                  'hyperplasia. Low-grade ductal carcinoma in situ has not been excluded '
                  'on this limited sample; surgical excision is advised.\n'
                  'Electronically signed: J. Whitfield, MD'),
                 {'L': 'B', 'R': '-'}, id='hx01'),
    pytest.param(('Breast Pathology - Cellular Pathology, Northmoor Hospital\n'
                  'Specimen: Right breast, retroareolar, vacuum-assisted biopsy, multiple'
                  ' fragments.\n'
                  'Microscopy: Fragmented papillary lesion with fibrovascular cores and a'
                  ' myoepithelial layer in most fragments; some fragments lack myoepithel'
                  'ium on p63, but the fragmentation limits assessment.\n'
                  'Conclusion: Right breast VAB: Intraductal papilloma. An encapsulated p'
                  'apillary carcinoma has not been completely excluded owing to fragmenta'
                  'tion. B3.\n'
                  'Dr N. Oyelaran'),
                 {'L': '-', 'R': 'B'}, id='hx02'),
    pytest.param(('PATHOLOGY REPORT  -  Coastal Pathology Partners\n'
                  "A. LEFT BREAST, 12 O'CLOCK, CORE BIOPSY:\n"
                  '   INVASIVE DUCTAL CARCINOMA, GRADE 2 (TUBULES 3, NUCLEI 2, MITOSES 1)'
                  '.\n'
                  "B. RIGHT BREAST, 7 O'CLOCK, CORE BIOPSY:\n"
                  '   ATYPICAL DUCTAL HYPERPLASIA; DUCTAL CARCINOMA IN SITU HAS NOT YET B'
                  'EEN RULED OUT.\n'
                  '   EXCISION RECOMMENDED.\n'
                  'Comment: Part B was discussed with Dr Ferris on 03/03/2026.\n'
                  'Signed out by: A. Delacroix, MD'),
                 {'L': 'M', 'R': 'B'}, id='hx03'),
    pytest.param(('Histology report  -  Westbury Breast Unit\n'
                  'Clinical: Left breast, 4 cm mass enlarging over 3 months, ?phyllodes.\n'
                  'Specimen: Left breast, US core biopsy x3.\n'
                  'Microscopy: Fibroepithelial lesion with mildly increased stromal cellu'
                  'larity, focal leaf-like architecture; no stromal overgrowth, mitoses u'
                  'p to 1/10 hpf.\n'
                  'Conclusion: Left breast core: Fibroepithelial lesion, B3. A phyllodes '
                  'tumour has not been excluded; excision is advised.\n'
                  'Dr M. Kingsley'),
                 {'L': '-', 'R': '-'}, id='hx04'),
    pytest.param(('Surgical Pathology Report\n'
                  'Specimen: Left breast, wide local excision (oriented: short superior, '
                  'long lateral), 46 g.\n'
                  'Diagnosis:\n'
                  'Left breast, wide local excision:\n'
                  '- Ductal carcinoma in situ, intermediate nuclear grade, solid and crib'
                  'riform, 18 mm.\n'
                  '- DCIS has not been excluded from the inferior margin: it extends to w'
                  'ithin 0.5 mm and focally to ink.\n'
                  '- No invasive carcinoma identified.\n'
                  '- Previous biopsy site present.\n'
                  'Pathologist: R. Takahashi, MD'),
                 {'L': 'BM', 'R': '-'}, id='hx05'),
    pytest.param(('HISTOPATHOLOGY - Linden Hospital\n'
                  "Specimen: Right breast, 10 o'clock, core biopsy x3.\n"
                  'Microscopy: The cores contain solid and cribriform ductal carcinoma in'
                  ' situ with high-grade nuclei and comedo necrosis. Myoepithelial cells '
                  'are present around all involved ducts on p63 and SMMHC.\n'
                  'Diagnosis: Right breast core: Ductal carcinoma in situ, high nuclear g'
                  'rade. Invasion has not been identified in these cores. B5a.\n'
                  'Dr F. Amoako'),
                 {'L': '-', 'R': 'M'}, id='hx06'),
    pytest.param(('Breast core biopsy report\n'
                  "Left breast, 1 o'clock, 14G US core biopsy:\n"
                  'Invasive lobular carcinoma, classic type, grade 2.\n'
                  'E-cadherin: negative in tumour cells.\n'
                  'Lymphovascular invasion has not been excluded (a single equivocal focu'
                  's; D2-40 pending).\n'
                  'Calcification: not present.\n'
                  'B5b.\n'
                  'Reported by: Dr Y. Haddad'),
                 {'L': 'M', 'R': '-'}, id='hx07'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Specimen: Right breast, hookwire-guided excision.\n'
                  'Clinical: Architectural distortion, R breast, ?radial scar vs carcinom'
                  'a.\n'
                  'Microscopic description: A radial scar with a central fibroelastotic c'
                  'ore and entrapped ducts, radiating ducts with usual ductal hyperplasia'
                  '. Multiple levels and p63 stains examined.\n'
                  'Diagnosis: Right breast, hookwire excision: Radial scar with usual duc'
                  'tal hyperplasia. Malignancy has been excluded on multiple levels and i'
                  'mmunohistochemistry.\n'
                  'K. Odhiambo, MD'),
                 {'L': '-', 'R': 'B'}, id='hx08'),
    pytest.param(('Histopathology report\n'
                  'Clinical history: 44F. Right breast lump, 25 mm. At triple assessment '
                  'in January cancer had not been excluded and she was listed for excisio'
                  'n.\n'
                  'Specimen: Right breast lump excision, 18 g.\n'
                  'Macroscopy: A well-circumscribed lobulated rubbery nodule, 26 mm.\n'
                  'Microscopy: A fibroadenoma with a pericanalicular pattern; no atypia.\n'
                  'Diagnosis: Right breast, excision: Fibroadenoma, 26 mm, completely exc'
                  'ised.\n'
                  'Dr I. Szabo'),
                 {'L': '-', 'R': 'B'}, id='hx09'),
    pytest.param(('Histopathology (dictated report) - Maple Grove Hospital\n'
                  "Clinical history. Screen-detected calcification, left breast, 2 o'cloc"
                  'k. Stereotactic cores x6.\n'
                  'Macroscopy. Six cores, 8 to 14 mm, all embedded.\n'
                  'Microscopy. The cores show columnar cell lesions with low-grade cytolo'
                  'gical atypia and associated calcification. No ductal carcinoma in situ'
                  ' and no invasive carcinoma.\n'
                  'Conclusion. Left breast stereotactic core biopsy, columnar cell lesion'
                  ' with flat epithelial atypia, B3.\n'
                  'Dictated by Dr H. Lambert, typed by SM 04/03/2026'),
                 {'L': 'B', 'R': '-'}, id='dc01'),
    pytest.param(("Cellular Pathology, St Cuthbert's - dictated report\n"
                  "Clinical details: right breast 11 o'clock mass, U4. ?ILC.\n"
                  'Specimen: right breast US core x3.\n'
                  'Microscopy shows cores of breast tissue infiltrated by cords and singl'
                  'e files of discohesive tumour cells, E-cadherin negative. No in situ c'
                  'omponent. Conclusion: right breast core, invasive lobular carcinoma, g'
                  'rade 2, B5b.\n'
                  'Dictated: Dr P. Moreau'),
                 {'L': '-', 'R': 'M'}, id='dc02'),
    pytest.param(('Transcribed dictation - Histopathology, Corrib University Hospital\n'
                  'Specimen right breast stereo core. Micro the cores show ducts distende'
                  'd by a monotonous population of cells with punched-out spaces, limited'
                  ' to two ducts, under 2 mm. No invasion seen. Conclusion\n'
                  'right breast stereotactic core, atypical ductal hyperplasia with calci'
                  'fication, B3.\n'
                  'Dictated by Dr S. Mulcahy, typed 05/03/2026'),
                 {'L': '-', 'R': 'B'}, id='dc03'),
    pytest.param(('Dictated report, typed verbatim.\n'
                  'Clinical history, previous core showed high grade DCIS, right breast, '
                  'now wide local excision.\n'
                  'Macroscopic, right breast wide local excision, 38 g, marked with sutur'
                  'es.\n'
                  'Microscopy, A shows residual high grade DCIS with comedo necrosis over'
                  ' 22 mm, clear of all margins by at least 4 mm. No invasive carcinoma.\n'
                  'Conclusion, A, right breast wide local excision, ductal carcinoma in s'
                  'itu, high nuclear grade, 22 mm, completely excised.\n'
                  'Dictated by Dr V. Krishnan'),
                 {'L': '-', 'R': 'M'}, id='dc04'),
    pytest.param(('Histopathology report (dictated)\n'
                  'Clinical history: Left breast lump. Core at Fairlawn 2024. Microscopy '
                  'there: fibroepithelial lesion. Conclusion: B3, phyllodes tumour not ex'
                  'cluded. Now enlarging, excised.\n'
                  'Specimen: left breast excision, 64 g.\n'
                  'Microscopy: A fibroadenoma with hyalinised stroma; no stromal overgrow'
                  'th or increased mitoses.\n'
                  'DIAGNOSIS: Left breast, excision: Fibroadenoma, 41 mm. No features of '
                  'phyllodes tumour.\n'
                  'Dictated by Dr K. Abara'),
                 {'L': 'B', 'R': '-'}, id='dc05'),
    pytest.param(('Histopathology report - dictated by Dr A. Fenwick, 12/02/2026\n'
                  'Clinical history: Referred from breast MDT for wide local excision.\n'
                  'Right breast core (H26-1123) microscopy showed low grade DCIS associat'
                  'ed with calcification. Conclusion: B5a (DCIS), proceed to WLE.\n'
                  '\n'
                  'Specimen: Right breast, wire-guided wide local excision, 32 g.\n'
                  'Microscopy: Biopsy cavity with fat necrosis and haemosiderin-laden mac'
                  'rophages. No residual DCIS or invasive carcinoma on extensive sampling'
                  '.\n'
                  'DIAGNOSIS: Right breast, wide local excision: No residual ductal carci'
                  'noma in situ. Biopsy site changes.'),
                 {'L': '-', 'R': 'B'}, id='dc06'),
    pytest.param(('Dictated report - Histopathology, Ravenscourt\n'
                  'A. Right breast core: fibroadenoma, B2. Comment: no atypia. B. Left br'
                  'east core: invasive ductal carcinoma, grade 3, B5b.\n'
                  'Microscopy. A shows a pericanalicular fibroadenoma. B shows sheets of '
                  'pleomorphic cells with brisk mitoses.\n'
                  'Conclusion is as above; both results were telephoned to the breast uni'
                  't on 06/03/2026.\n'
                  'Dictated by Dr M. Oyelowo'),
                 {'L': 'M', 'R': 'B'}, id='dc07',
                 marks=pytest.mark.xfail(strict=True, reason=('review dc07 (dictated-microscopy-conclusion): read'
                                                          " {'L': 'BM', 'R': 'B'}; older behaviour: the micro"
                                                          "scopy's 'A shows a pericanalicular fibroadenoma. B"
                                                          " shows ...' hands part A's fibroadenoma to the lef"
                                                          't breast'))),
    pytest.param(('Dictated report - Histology, Brackenfield General\n'
                  'Clinical history. Micro-calcifications, left breast, upper outer quadr'
                  'ant, 15 mm cluster. In conclusion, the radiologist favours fibroadenom'
                  'a with calcification.\n'
                  'Macroscopy. Three stereotactic cores, 10 to 15 mm.\n'
                  'Microscopic. The cores show sclerosing adenosis with microcalcificatio'
                  'n. No atypia.\n'
                  'Diagnosis. Left breast, stereotactic core, sclerosing adenosis with ca'
                  'lcification, B2.\n'
                  'Dictated by Dr C. Eze'),
                 {'L': 'B', 'R': '-'}, id='dc08'),
    pytest.param(('Specimen: Bilateral reduction mammoplasty.\n'
                  'Gross: Two fibrofatty specimens, labelled left and right, each seriall'
                  'y sliced.\n'
                  'Diagnosis:\n'
                  'L 612g - fibroadenoma, 6 mm; fibrocystic change with apocrine metaplas'
                  'ia\n'
                  'R 655g - fibrocystic change; pseudoangiomatous stromal hyperplasia\n'
                  'No atypia or malignancy in either breast.\n'
                  'Reported: Dr B. Castellanos'),
                 {'L': 'B', 'R': '-'}, id='wt01'),
    pytest.param(('HISTOLOGY - Bayside Plastic Surgery Centre\n'
                  'Bilat reduction mammoplasty (bra size 36G):\n'
                  'R 480 g - benign breast tissue with sclerosing adenosis\n'
                  'L 505 g - two fibroadenomas (4 and 7 mm); duct ectasia\n'
                  'Nil malignant.\n'
                  'Dr T. Halvorsen'),
                 {'L': 'B', 'R': 'B'}, id='wt02'),
    pytest.param(('SURGICAL PATHOLOGY - Mount Carrow Hospital\n'
                  'Procedure: Bilateral breast reduction (macromastia).\n'
                  'Final diagnosis:\n'
                  'L 1120gm: Ductal carcinoma in situ, low nuclear grade, 4 mm, incidenta'
                  'l, completely excised (closest margin 9 mm); fibrocystic change.\n'
                  'R 980gm: Benign breast tissue with fibrocystic change. No atypia.\n'
                  'Comment: the incidental DCIS was discussed with Dr Oduya on 11/03/2026'
                  '.\n'
                  'S. Reinholt, MD'),
                 {'L': 'M', 'R': '-'}, id='wt03'),
    pytest.param(('Reduction mammaplasty specimens - Histology (Northern Plastics)\n'
                  'L 740g – fibrocystic change, focal usual ductal hyperplasia\n'
                  'R 715g – intraductal papilloma, 3 mm, incidental; no atypia\n'
                  'Both specimens: no malignancy.\n'
                  'Reported by Dr F. Nakamura'),
                 {'L': 'B', 'R': 'B'}, id='wt04'),
    pytest.param(('Bilateral reduction mammoplasty\n'
                  'Weights (g): L 540 - R 590\n'
                  'Microscopy: both specimens show fibrofatty breast tissue with fibrocys'
                  'tic change. In the left specimen a 4 mm fibroadenoma is present.\n'
                  'Diagnosis: Bilateral reduction mammoplasty: fibrocystic change; left b'
                  'reast fibroadenoma (4 mm). No atypia or malignancy.\n'
                  'Dr G. Whitely'),
                 {'L': 'B', 'R': '-'}, id='wt05',
                 marks=pytest.mark.xfail(strict=True, reason=("review wt05 (weight-line-sides): read {'L': 'B', '"
                                                          "R': 'B'}; older behaviour: the bilateral heading '"
                                                          'Bilateral reduction mammoplasty: ...; left breast '
                                                          "fibroadenoma' gives the named left fibroadenoma to"
                                                          ' both breasts'))),
    pytest.param(('HISTOPATHOLOGY - Clearwater Hospital\n'
                  'Specimen: Bilateral reduction mammoplasty (L 540g - R 590g)\n'
                  'Microscopy: Sections show unremarkable breast tissue except for a smal'
                  'l fibroadenoma (5 mm) in the right specimen.\n'
                  'Diagnosis:\n'
                  'Right breast: fibroadenoma, 5 mm.\n'
                  'Left breast: benign breast tissue, no significant abnormality.\n'
                  'Dr N. Ferreira'),
                 {'L': '-', 'R': 'B'}, id='wt06'),
    pytest.param(('Histopathology report\n'
                  'Clinical history: Previous left breast cancer (WLE 2019). Now multinod'
                  'ular goitre with compressive symptoms.\n'
                  'Specimen: Total thyroidectomy.\n'
                  'Diagnosis:\n'
                  'R 38g - follicular adenoma, 22 mm, no capsular or vascular invasion\n'
                  'L 29g - nodular hyperplasia\n'
                  'No malignancy.\n'
                  'Dr U. Bekele'),
                 {'L': '-', 'R': '-'}, id='wt07'),
    pytest.param(('Histology - Oakridge Breast Service\n'
                  'Clinical history: Previous bilateral reduction 2018 elsewhere:\n'
                  'L 420g - fibroadenoma\n'
                  'R 380g - fibrocystic change\n'
                  'Now left breast lump at the inferior pedicle scar, ?fat necrosis.\n'
                  'Specimen: Left breast, US core x3.\n'
                  'Diagnosis: Left breast core biopsy: Fat necrosis. No atypia or maligna'
                  'ncy. B2.\n'
                  'Dr P. Ambrose'),
                 {'L': '-', 'R': '-'}, id='wt08'),
    pytest.param(('Surgical Pathology Report\n'
                  'Specimen: Bilateral subcutaneous mastectomy for gynaecomastia.\n'
                  'Gross: Left, 85 g; right, 92 g.\n'
                  'Diagnosis:\n'
                  'Left breast: gynaecomastia, florid type.\n'
                  'Right breast: gynaecomastia with focal atypical ductal hyperplasia (1.'
                  '5 mm); margins not involved.\n'
                  'Dr E. Campbell'),
                 {'L': '-', 'R': 'B'}, id='wt09'),
    pytest.param(('Histopathology - dictated report, Ashby Royal\n'
                  'Clinical history. Previous left breast core at Ashby in December 2025.'
                  ' Micro showed low grade DCIS, cribriform type. Conclusion, B5a, listed'
                  ' for wide local excision.\n'
                  'Macroscopy. Left breast wire-guided wide local excision, 28 g, oriente'
                  'd with clips.\n'
                  'Microscopy. Sections show the biopsy cavity with fat necrosis and haem'
                  'osiderin. No residual ductal carcinoma in situ and no invasive carcino'
                  'ma in the completely embedded specimen.\n'
                  'Conclusion. Left breast wide local excision, no residual DCIS, biopsy '
                  'site changes.\n'
                  'Dictated by Dr W. Okoye'),
                 {'L': 'B', 'R': '-'}, id='dc09',
                 marks=pytest.mark.xfail(strict=True, reason=('review dc09 (dictated-microscopy-conclusion): read'
                                                          " {'L': '-', 'R': '-'}; older behaviour: 'no residu"
                                                          "al DCIS, biopsy site changes' - the 'no' reaches o"
                                                          'ver the comma list and negates the biopsy-site cha'
                                                          'nges'))),
    pytest.param(('SURGICAL PATHOLOGY - Post-neoadjuvant synoptic report\n'
                  'Specimen: Right breast, mastectomy, with sentinel lymph nodes.\n'
                  'Treatment history: Neoadjuvant chemotherapy (AC-T) for right breast ca'
                  'rcinoma.\n'
                  'Tumour bed: identified, 35 x 28 mm, fibrosis with foamy macrophages.\n'
                  'Residual invasive carcinoma, size: 0 mm\n'
                  'Residual DCIS: not identified\n'
                  'Lymphovascular invasion: not identified\n'
                  'Lymph nodes: 0/3, with treatment effect in one node.\n'
                  'Pathological stage: ypT0 ypN0\n'
                  'Pathologist: D. Harrow, MD'),
                 {'L': '-', 'R': '-'}, id='zs01'),
    pytest.param(('Breast resection dataset (post-systemic therapy)\n'
                  'Side: Left. Procedure: wide local excision.\n'
                  'Tumour bed: 22 mm, hyalinised stroma.\n'
                  'Invasive carcinoma, residual, greatest dimension: 0 mm (ypT0)\n'
                  'In situ carcinoma: none\n'
                  'Residual cancer burden: RCB-0 (pathological complete response)\n'
                  'Nodes: sentinel 0/2.\n'
                  'Reported by Dr L. Mbeki'),
                 {'L': '-', 'R': '-'}, id='zs02'),
    pytest.param(('POST-NEOADJUVANT BREAST EXCISION - Harbourview Pathology\n'
                  'Left breast, wide local excision:\n'
                  'Residual invasive carcinoma, size: 0 mm; isolated tumour cells in sent'
                  'inel node 1 only.\n'
                  'Residual DCIS: absent.\n'
                  'Tumour bed changes with haemosiderin and fibrosis, 18 mm.\n'
                  'ypT0 ypN0(i+)\n'
                  'Dr H. Moreno'),
                 {'L': '-', 'R': '-'}, id='zs03',
                 marks=pytest.mark.xfail(strict=True, reason=("review zs03 (zero-size): read {'L': 'M', 'R': '-'}"
                                                          "; under-reach: a zero size followed by '; isolated"
                                                          " tumour cells in sentinel node 1 only.' on its lin"
                                                          'e is not the whole answer, so the carcinoma stays '
                                                          'M (narrowed on purpose)'))),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  "A. LEFT BREAST, 2 O'CLOCK, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA, GRA"
                  'DE 3.\n'
                  'B. RIGHT BREAST, MASTECTOMY (POST-NEOADJUVANT):\n'
                  '   Invasive carcinoma (residual), size: 0 mm\n'
                  '   DCIS: not identified\n'
                  '   Margins: n/a; tumour bed 40 mm.\n'
                  '   ypT0 ypN0 (0/4)\n'
                  'Signed: M. Oduya, MD'),
                 {'L': 'M', 'R': '-'}, id='zs04'),
    pytest.param(('Histopathology - Lansdowne\n'
                  'Right breast, wide local excision after neoadjuvant endocrine therapy:'
                  '\n'
                  'Residual invasive lobular carcinoma, maximum diameter: 0.0 cm.\n'
                  'Residual lobular carcinoma in situ: present, focal.\n'
                  'Margins: clear.\n'
                  'ypT0 (is for LCIS not applicable).\n'
                  'Dr R. Abernathy'),
                 {'L': '-', 'R': 'B'}, id='zs05'),
    pytest.param(('SYNOPTIC REPORT - Breast, post-neoadjuvant\n'
                  'Specimen: Left breast, mastectomy.\n'
                  'Residual invasive carcinoma, size: 9 mm\n'
                  'Residual DCIS: present, minor component\n'
                  'Treatment effect: partial (cellularity 20%)\n'
                  'ypT1b ypN1a (2/5)\n'
                  'Dr W. Acheson'),
                 {'L': 'M', 'R': '-'}, id='zs06'),
    pytest.param(('Post-neoadjuvant dataset - Right breast WLE\n'
                  'Residual invasive carcinoma, size: 0 mm (macroscopic); microscopic res'
                  'idual foci scattered over 6 mm of tumour bed\n'
                  'Residual DCIS: not identified\n'
                  'Residual cancer burden: RCB-I\n'
                  'ypT1b(m) ypN0\n'
                  'Dr A. Sokolova'),
                 {'L': '-', 'R': 'M'}, id='zs07'),
    pytest.param(('HISTOPATHOLOGY\n'
                  'Left breast, mastectomy (post-neoadjuvant chemotherapy):\n'
                  'Residual invasive carcinoma, size: N/A (see comment)\n'
                  'Residual DCIS: not identified\n'
                  'Comment: Scattered single residual invasive tumour cells are present i'
                  'n the tumour bed (largest cluster < 1 mm); cellularity < 1%. A size ca'
                  'nnot meaningfully be given.\n'
                  'ypT1mi ypN0\n'
                  'Dr J. Okonkwo'),
                 {'L': 'M', 'R': '-'}, id='zs08'),
    pytest.param(('Breast resection post-neoadjuvant - synoptic\n'
                  'Right breast, wide local excision:\n'
                  'Residual invasive carcinoma, size: 0 mm\n'
                  'Residual DCIS: present, 12 mm, intermediate grade\n'
                  'Margins: DCIS 3 mm from superior margin\n'
                  'ypTis ypN0\n'
                  'Dr S. Varga'),
                 {'L': '-', 'R': 'M'}, id='zs09'),
    pytest.param(('SURGICAL PATHOLOGY - Right breast, mastectomy (post-neoadjuvant)\n'
                  'Residual invasive carcinoma, size: 0 mm macroscopically; 1.5 mm micros'
                  'copically (single focus)\n'
                  'Residual DCIS: none\n'
                  'ypT1mi ypN0\n'
                  'D. Kowalski, MD'),
                 {'L': '-', 'R': 'M'}, id='zs10'),
    pytest.param(('HISTOPATHOLOGY REPORT - Left breast, WLE (post-neoadjuvant)\n'
                  'Residual invasive carcinoma, size: 0 mm (ypT0)\n'
                  'Residual DCIS: not identified\n'
                  'Nodes: 0/2\n'
                  'ADDENDUM (10/03/2026): On deeper levels of block A7 a 1.2 mm focus of '
                  'residual invasive carcinoma is present. The stage is revised to ypT1mi'
                  ' ypN0.\n'
                  'Dr C. Lindqvist'),
                 {'L': 'M', 'R': '-'}, id='zs11'),
    pytest.param(('重大傷病證明申請書 [Catastrophic illness certificate application] (translated)\n'
                  '1. 姓名 [Name]: 林○○\n'
                  '3. 申請類別 [Application type]: 新申請 [new application]\n'
                  '4. 臨床摘要 [Clinical summary]: 2016 右側乳癌 (right breast cancer), modified '
                  'radical mastectomy, no recurrence. 2026 new left breast mass 2.1 cm.\n'
                  '5. 病理報告 [Pathology report]: Left breast, core needle biopsy: Invasive '
                  'ductal carcinoma, grade 2. ER positive.\n'
                  '6. 醫師 [Physician]: 陳醫師'),
                 {'L': 'M', 'R': '-'}, id='cj01'),
    pytest.param(('國立醫院 病理報告 [Pathology report] (English translation)\n'
                  '既往病史 [Past history] - per previous catastrophic illness certificate: C'
                  '50.911 right breast ductal carcinoma in situ, 2014, lumpectomy and rad'
                  'iotherapy.\n'
                  '檢體 [Specimen]: Right breast, excision.\n'
                  '病理診斷 [Pathological diagnosis]: Right breast, excision: Fibroadenoma, 1'
                  '.8 cm. No malignancy.\n'
                  '病理醫師 [Pathologist]: 王○○'),
                 {'L': '-', 'R': 'B'}, id='cj02'),
    pytest.param(('病理檢查報告 [Pathology examination report]\n'
                  '2) 病史 [History]: Left breast invasive lobular carcinoma 2019 s/p maste'
                  'ctomy; now right breast nodule.\n'
                  '3) 檢體 [Specimen]: Right breast, sono-guided core biopsy.\n'
                  '4) 診斷 [Diagnosis]: Right breast, core biopsy: Sclerosing adenosis with'
                  ' columnar cell change. No atypia.\n'
                  '報告醫師 [Reporting pathologist]: 黃○○'),
                 {'L': '-', 'R': 'B'}, id='cj03'),
    pytest.param(('病理报告 [Pathology report] - 省人民医院\n'
                  '3. 临床诊断 [Clinical diagnosis]: 左乳腺癌? [left breast cancer?]\n'
                  '4. 病理诊断 [Pathological diagnosis]: 左乳腺纤维腺瘤 [left breast fibroadenoma], '
                  '2.3 cm.\n'
                  '5. 备注 [Remarks]: 请结合临床 [please correlate clinically].\n'
                  '报告医师: 刘○○'),
                 {'L': 'B', 'R': '-'}, id='cj04'),
    pytest.param(('台北榮民總醫院 病理部 [Department of Pathology] (translated)\n'
                  '病理診斷 [Pathological diagnosis] - left breast, core needle biopsy: Invas'
                  'ive ductal carcinoma, histologic grade 3, with ductal carcinoma in sit'
                  'u.\n'
                  '免疫染色 [Immunostains]: ER negative, PR negative, HER2 3+.\n'
                  '醫師 [Pathologist]: 張○○'),
                 {'L': 'M', 'R': '-'}, id='cj05'),
    pytest.param(('病理報告 [Pathology report]\n'
                  "病理報告 [Pathology report] - 2026/02/03 core biopsy: Right breast, 10 o'c"
                  'lock: Ductal carcinoma in situ, intermediate grade, with calcification'
                  '.\n'
                  '臨床資料 [Clinical data]: 2 cm calcification cluster, BI-RADS 4C.\n'
                  '醫師 [Pathologist]: 吳○○'),
                 {'L': '-', 'R': 'M'}, id='cj06'),
    pytest.param(('病理報告 [Pathology report] (translated)\n'
                  '8. 病理診斷 [Pathological diagnosis]: Right breast, modified radical maste'
                  'ctomy: Invasive ductal carcinoma, grade 2, 2.8 cm; lymph nodes 3/15.\n'
                  '10. 備註 [Remarks]: 2019 left breast fibroadenoma excised at this hospit'
                  'al (benign); see S19-04412.\n'
                  '簽署 [Signed]: 李○○'),
                 {'L': '-', 'R': 'M'}, id='cj07',
                 marks=pytest.mark.xfail(strict=True, reason=("review cj07 (cjk-glossed-heading): read {'L': 'B',"
                                                          " 'R': 'M'}; older behaviour: the glossed '備註 [Rema"
                                                          "rks]:' earlier fibroadenoma (2019, excised) labels"
                                                          ' the left breast B'))),
    pytest.param(('重大傷病證明 審查 [Catastrophic illness certificate review] (translated)\n'
                  '家族史 [Family history] - mother: breast cancer at 52.\n'
                  '既往病史 [Past history] - 無 [none]\n'
                  '病理報告 [Pathology report]: Left breast, excision: Intraductal papilloma,'
                  ' 0.9 cm, no atypia.\n'
                  '審查結果 [Review result]: 不予核定 [not approved] - benign lesion.'),
                 {'L': 'B', 'R': '-'}, id='cj08'),
    pytest.param(('重大傷病 審查意見 [Catastrophic illness review opinion] (translated)\n'
                  'Applicant: 鄭○○. Application type: new.\n'
                  'Opinion: The submitted pathology report (right breast, excisional biop'
                  'sy) shows a fibroadenoma, inconsistent with the malignant neoplasm of '
                  'breast applied for. Application not approved; reapplication possible w'
                  'ith further pathology.\n'
                  'Reviewer: 審查醫師 Dr 許'),
                 {'L': '-', 'R': 'B'}, id='ic01'),
    pytest.param(('Histology report - Greenhill Breast Unit\n'
                  'Specimen: Left breast, US core biopsy x4.\n'
                  'Microscopy: A fibroepithelial lesion with uniform, paucicellular strom'
                  'a, no stromal overgrowth, no mitoses and no leaf-like fronds.\n'
                  'Conclusion: Left breast core: Fibroadenoma. Stromal features inconsist'
                  'ent with a phyllodes tumour. B2.\n'
                  'Dr A. Rahimi'),
                 {'L': 'B', 'R': '-'}, id='ic02'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  "Specimen: Right breast, 8 o'clock, core biopsy.\n"
                  'Clinical: 14 mm irregular mass, suspicious for carcinoma.\n'
                  'Final diagnosis: Right breast, core biopsy: Fat necrosis with foamy hi'
                  'stiocytes and fibrosis, inconsistent with carcinoma. No atypia or mali'
                  'gnancy identified.\n'
                  'Comment: Findings are discordant with the imaging; repeat biopsy or ex'
                  'cision is advised.\n'
                  'M. Ferrante, MD'),
                 {'L': '-', 'R': '-'}, id='ic03'),
    pytest.param(('Cellular pathology - Riverside\n'
                  "Left breast, 2 o'clock, vacuum biopsy:\n"
                  'Atypical ductal hyperplasia involving two duct spaces (1.8 mm in aggre'
                  'gate); the extent is inconsistent with low-grade DCIS.\n'
                  'Columnar cell change with calcification.\n'
                  'B3.\n'
                  'Dr T. Engström'),
                 {'L': 'B', 'R': '-'}, id='ic04'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  "Specimen: Right breast, 11 o'clock, US core biopsy.\n"
                  'Final diagnosis: Right breast, core biopsy: Invasive ductal carcinoma,'
                  ' grade 2, inconsistent with the imaging impression (BI-RADS 3, ?fibroa'
                  'denoma).\n'
                  'Comment: Result telephoned to Dr Chen; radiology-pathology correlation'
                  ' at MDT.\n'
                  'B. Ostrowski, MD'),
                 {'L': '-', 'R': 'M'}, id='ic05'),
    pytest.param(('Histopathology - Eastfield\n'
                  'Left breast WLE:\n'
                  'Ductal carcinoma in situ, high grade, 26 mm. The histological extent i'
                  's inconsistent with the radiological size (12 mm).\n'
                  'No invasive carcinoma. Margins clear (3 mm).\n'
                  'Dr V. Nwosu'),
                 {'L': 'M', 'R': '-'}, id='ic06'),
    pytest.param(('HISTOLOGY - Bramley General\n'
                  'Clinical: Left breast 15 mm mass, US impression fibroadenoma.\n'
                  'Diagnosis: The radiological impression of fibroadenoma is inconsistent'
                  ' with these findings. Left breast, core biopsy: Invasive lobular carci'
                  'noma, classic type, grade 2. B5b.\n'
                  'Dr J. Kelleher'),
                 {'L': 'M', 'R': '-'}, id='ic07',
                 marks=pytest.mark.xfail(strict=True, reason=("review ic07 (inconsistent-with): read {'L': 'BM', "
                                                          "'R': '-'}; older behaviour: the fibroadenoma is th"
                                                          "e subject before 'inconsistent with', which negate"
                                                          's only what follows it'))),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Right breast, excision: Mucinous carcinoma, 19 mm, grade 1. Morphology'
                  ' and immunoprofile (GATA3+, CK7+) inconsistent with metastasis from th'
                  'e known ovarian primary.\n'
                  'Margins clear.\n'
                  'Signed: P. Gallagher, MD'),
                 {'L': '-', 'R': 'M'}, id='ic08'),
    pytest.param(('Breast pathology - Fernhill\n'
                  'Left breast, wide local excision:\n'
                  'Invasive carcinoma of no special type, grade 2, 15 mm.\n'
                  'ER weakly positive (5%), inconsistent with the core biopsy result (ER '
                  '90%); repeat staining on another block has been requested.\n'
                  'Margins clear.\n'
                  'Dr D. Mwangi'),
                 {'L': 'M', 'R': '-'}, id='ic09'),
    pytest.param(('乳房病理 申請附件 [Breast pathology attachment] (translated)\n'
                  '4. 臨床摘要 [Clinical summary]: 45-year-old woman, right breast lump 2 cm,'
                  ' BI-RADS 5.\n'
                  '5. Pathology report (2026/02/10, S26-01873): Right breast, core needle'
                  ' biopsy: Invasive ductal carcinoma, grade 2, with ductal carcinoma in '
                  'situ.\n'
                  '6. 醫師 [Physician]: 蔡○○'),
                 {'L': '-', 'R': 'M'}, id='cj09'),
    pytest.param(('全民健康保險 重大傷病證明 申請 [NHI catastrophic illness certificate application] (t'
                  'ranslated)\n'
                  '申請類別 [Application category]: 第一類 癌症 [Category 1: cancer]\n'
                  '申請醫院 [Applying hospital]: 高雄醫學大學附設醫院\n'
                  "病理報告 [Pathology report]: Right breast, 9 o'clock, core needle biopsy: "
                  'Fibroadenoma with usual ductal hyperplasia. No malignancy.\n'
                  '審查結果 [Review result]: 不符 [does not meet criteria] - please submit exci'
                  'sion pathology.'),
                 {'L': '-', 'R': 'B'}, id='ca01'),
    pytest.param(('Catastrophic illness certificate - application summary (English transl'
                  'ation)\n'
                  'Category 1 (cancer), new application\n'
                  'Patient: 周○○, F, 47\n'
                  'Supporting pathology: Left breast, vacuum-assisted excision: Intraduct'
                  'al papilloma, 1.1 cm, without atypia.\n'
                  'Decision: returned for further documentation.\n'
                  'Clerk: 何○○'),
                 {'L': 'B', 'R': '-'}, id='ca02'),
    pytest.param(('重大傷病 申請書 [Catastrophic illness application] (translated)\n'
                  'Category I: cancer - first application\n'
                  'Clinical summary: Right breast microcalcifications, stereotactic biops'
                  'y 2026/01/15.\n'
                  'Pathology report: Right breast, stereotactic core biopsy: Lobular carc'
                  'inoma in situ, classic type, with calcification.\n'
                  'Reviewer note: LCIS is not a registrable invasive malignancy; not appr'
                  'oved.'),
                 {'L': '-', 'R': 'B'}, id='ca03'),
    pytest.param(('重大傷病 申請 [Catastrophic illness application] (translated)\n'
                  'Category 1: invasive ductal carcinoma of the left breast, C50.412\n'
                  'Pathology report (2026/01/20): Left breast, modified radical mastectom'
                  'y: Invasive ductal carcinoma, grade 3, 3.4 cm; lymph nodes 2/18.\n'
                  'Approved: 2026/02/02, valid 5 years.'),
                 {'L': 'M', 'R': '-'}, id='ca04'),
    pytest.param(('Catastrophic illness certificate application (translated)\n'
                  'Category 1: cancer\n'
                  'Pathology: Left breast, wide excision: Invasive lobular carcinoma, gra'
                  'de 2, 2.2 cm, margins free; lobular carcinoma in situ.\n'
                  'Approved - certificate issued 2026/02/14.'),
                 {'L': 'BM', 'R': '-'}, id='ca05'),
    pytest.param(('Cancer registry abstract - Tumour record\n'
                  'Category 1: cancer (reportable)\n'
                  'Primary site: C50.4 Upper-outer quadrant of breast, right\n'
                  'Histology: 8500/3 Infiltrating duct carcinoma, NOS\n'
                  'Behaviour: malignant. Grade: 2.\n'
                  'Diagnostic confirmation: positive histology (core biopsy 2026/01/09).\n'
                  'Abstractor: R. Lum, CTR'),
                 {'L': '-', 'R': 'M'}, id='ca06'),
    pytest.param(('Catastrophic illness application (translated) - Category 1 (cancer), r'
                  'enewal\n'
                  'Pathology report: Right breast, lumpectomy: Ductal carcinoma in situ, '
                  'high grade, 1.6 cm, comedo necrosis. Margins free.\n'
                  'Review: approved, renewal for 5 years.'),
                 {'L': '-', 'R': 'M'}, id='ca07'),
    pytest.param(('Cellular Pathology - Oakhurst\n'
                  'Clinical: Right breast mass. Cancer waiting times category 1 (urgent s'
                  'uspected cancer), 2WW.\n'
                  'Specimen: Right breast, US core biopsy.\n'
                  'Diagnosis: Right breast, core biopsy: Fibroadenoma. B2.\n'
                  'Dr K. Lam'),
                 {'L': '-', 'R': 'B'}, id='ca08'),
    pytest.param(("Hospital Universitari Sant Pau - Servei d'Anatomia Patològica (traducc"
                  'ió)\n'
                  'Mostra: Mama esquerra, BAG (biòpsia amb agulla gruixuda) [core needle '
                  'biopsy].\n'
                  'Diagnòstic [Diagnosis]: Mama esquerra, BAG: fibroadenoma [fibroadenoma'
                  ']. Sense atípia.\n'
                  'Patòleg: Dr. J. Vidal'),
                 {'L': 'B', 'R': '-'}, id='cat01'),
    pytest.param(("Informe d'anatomia patològica [Pathology report]\n"
                  'Mama dreta, tumorectomia [lumpectomy]: carcinoma ductal infiltrant [in'
                  'vasive ductal carcinoma], grau histològic 2, 17 mm. Marges lliures.\n'
                  'Ganglió sentinella: 0/2.\n'
                  'Dra. M. Puig'),
                 {'L': '-', 'R': 'M'}, id='cat02'),
    pytest.param(('Anatomia Patològica - Hospital de Girona (traduït)\n'
                  'Data de recepció: 12/02/2026. Núm. de biòpsia: B26-01187.\n'
                  'Pit dret, BAG: papil·loma intraductal [intraductal papilloma], sense a'
                  'típia.\n'
                  'Comentari: correlacionar amb la imatge.\n'
                  'Dr. P. Serra'),
                 {'L': '-', 'R': 'B'}, id='cat03'),
    pytest.param(("Informe (traduït de l'original en català)\n"
                  'Pit esquerre, BAV [vacuum-assisted biopsy]: hiperplàsia ductal atípica'
                  ' [atypical ductal hyperplasia] associada a microcalcificacions.\n'
                  'Categoria B3.\n'
                  'Dra. N. Font'),
                 {'L': 'B', 'R': '-'}, id='cat04'),
    pytest.param(('Anatomia Patològica (traducció)\n'
                  'Núm. de biòpsia: B26-02231. Data: 03/03/2026.\n'
                  'Mama, costat dret, BAG: carcinoma lobulillar infiltrant [invasive lobu'
                  'lar carcinoma], grau 2.\n'
                  "Receptors d'estrògens: positius (95%).\n"
                  'Dr. A. Roca'),
                 {'L': '-', 'R': 'M'}, id='cat05'),
    pytest.param(("Servei d'Anatomia Patològica - Hospital del Mar (traducció)\n"
                  'Diagnòstic [Diagnosis]: Mama izquierda, BAG: carcinoma lobulillar infi'
                  'ltrant [invasive lobular carcinoma], grau 2.\n'
                  'Informació sobre els seus drets [your rights]: pot exercir els drets d'
                  "'accés, rectificació i supressió de les seves dades. Per exercir el dr"
                  "et d'accés, adreceu-vos a atencio.pacient@hospital.cat."),
                 {'L': 'M', 'R': '-'}, id='cat06'),
    pytest.param(("Informe d'anatomia patològica (traduït)\n"
                  'Pacient: Sra. Laia Comas. Adreça [Address]: C/ de Provença 210, 4t dre'
                  'ta, 08036 Barcelona.\n'
                  'Mostra: Mama esquerra, BAG.\n'
                  'Diagnòstic: carcinoma ductal infiltrant [invasive ductal carcinoma], g'
                  "rau 3, amb carcinoma ductal in situ d'alt grau.\n"
                  'Dr. R. Bosch'),
                 {'L': 'M', 'R': '-'}, id='cat07'),
    pytest.param(('Anatomia Patològica (traducció)\n'
                  "Centre sol·licitant [Requesting centre]: CAP Esquerra de l'Eixample.\n"
                  'Mostra: Mama dreta, BAG.\n'
                  'Diagnòstic: fibroadenoma [fibroadenoma]. Sense signes de malignitat.\n'
                  'Dra. E. Soler'),
                 {'L': '-', 'R': 'B'}, id='cat08'),
    pytest.param(('Anatomia Patològica - informe (traduït)\n'
                  '1. Lesió cutània del peu esquerre, exèresi: carcinoma basocel·lular [b'
                  'asal cell carcinoma], marges lliures.\n'
                  '2. Mama dreta, BAG: fibroadenoma [fibroadenoma].\n'
                  'Dr. J. Mas'),
                 {'L': '-', 'R': 'B'}, id='cat09'),
    pytest.param(('Anatomia Patològica (traducció)\n'
                  'Mostra: Axil·la esquerra, BAG de gangli limfàtic [lymph node core biop'
                  'sy].\n'
                  'Diagnòstic: metàstasi de carcinoma [metastatic carcinoma], compatible '
                  'amb origen mamari (GATA3+).\n'
                  "Comentari: no s'ha rebut mostra de mama.\n"
                  'Dr. F. Riera'),
                 {'L': '-', 'R': '-'}, id='cat10'),
    pytest.param(('COMPTE RENDU ANATOMOPATHOLOGIQUE (traduit)\n'
                  'Prélèvements: 1) microbiopsies sein gauche; 2) tumorectomie sein droit'
                  '.\n'
                  'CONCLUSION : Carcinome canalaire infiltrant du sein gauche, grade SBR '
                  'II (microbiopsies); papillome intracanalaire du sein droit opéré.\n'
                  'Dr C. Lefèvre'),
                 {'L': 'M', 'R': 'B'}, id='fr01'),
    pytest.param(('INFORME ANATOMOPATOLÓGICO (traducido)\n'
                  'Muestras: BAG mama izquierda; tumorectomía mama derecha.\n'
                  'Diagnóstico: Carcinoma ductal infiltrante de mama izquierda, grado 2; '
                  'fibroadenoma de mama derecha operado.\n'
                  'Dra. I. Castaño'),
                 {'L': 'M', 'R': 'B'}, id='fr02'),
    pytest.param(('Compte rendu - Anatomie pathologique, CHU (traduit)\n'
                  'Prélèvements : tumorectomie du sein gauche avec ganglion sentinelle; t'
                  'umorectomie du sein droit.\n'
                  'Conclusion : Carcinome lobulaire infiltrant du sein gauche, grade II, '
                  'pT1c; adénofibrome du sein droit opéré, sans atypie.\n'
                  'Dr M. Giraud'),
                 {'L': 'M', 'R': 'B'}, id='fr03'),
    pytest.param(('COMPTE RENDU ANATOMOPATHOLOGIQUE\n'
                  'Renseignements cliniques : patiente de 52 ans; adénofibrome du sein dr'
                  'oit opéré en 2014.\n'
                  'Prélèvement : microbiopsies du sein gauche.\n'
                  'Conclusion : Carcinome canalaire infiltrant du sein gauche, grade SBR '
                  'III.\n'
                  'Dr A. Benali'),
                 {'L': 'M', 'R': '-'}, id='fr04'),
    pytest.param(('COMPTE RENDU ANATOMOPATHOLOGIQUE (traduit)\n'
                  'Prélèvement : microbiopsies du sein gauche, 3 fragments.\n'
                  'Conclusion : Carcinome canalaire infiltrant du sein gauche, grade SBR '
                  'III; adénofibrome du sein droit opéré en 2014.\n'
                  'Dr H. Lemaire'),
                 {'L': 'M', 'R': '-'}, id='fr11',
                 marks=pytest.mark.xfail(strict=True, reason=("review fr11 (french-opere): read {'L': 'BM', 'R': "
                                                          "'-'}; older behaviour: the dated 'adénofibrome du "
                                                          "sein droit opéré en 2014' clause (rightly outside "
                                                          'the opéré rule) hands its fibroadenoma to the left'
                                                          ' breast named before'))),
    pytest.param(('Compte rendu anatomopathologique (traduit)\n'
                  'Prélèvement : macrobiopsies sous stéréotaxie du sein gauche (microcalc'
                  'ifications).\n'
                  'Conclusion : Carcinome canalaire in situ du sein gauche, grade nucléai'
                  "re intermédiaire; antécédent d'adénofibrome du sein droit opéré.\n"
                  'Dr F. Rousseau'),
                 {'L': 'M', 'R': '-'}, id='fr05'),
    pytest.param(('COMPTE RENDU ANATOMOPATHOLOGIQUE\n'
                  'Prélèvement : microbiopsies échoguidées du sein gauche, 3 fragments (n'
                  'odule de 9 mm, ACR 4).\n'
                  'Conclusion : Biopsie du sein gauche : adénose sclérosante; cancer du s'
                  'ein droit opéré, irradié, sous tamoxifène.\n'
                  'Dr P. Durand'),
                 {'L': 'B', 'R': '-'}, id='fr06',
                 marks=pytest.mark.xfail(strict=True, reason=("review fr06 (french-opere): read {'L': 'BM', 'R': "
                                                          "'-'}; older behaviour: the treated 'cancer du sein"
                                                          " droit opéré, irradié, sous tamoxifène' clause is "
                                                          'not read as history and its cancer labels the left'
                                                          ' breast'))),
    pytest.param(('Compte rendu (traduit)\n'
                  'Prélèvement : microbiopsies du sein gauche, quadrant supéro-externe, 4'
                  ' fragments.\n'
                  'Conclusion : Carcinome lobulaire infiltrant du sein gauche, grade II; '
                  'cancer du sein droit opéré.\n'
                  'Dr S. Marchand'),
                 {'L': 'M', 'R': '-'}, id='fr07'),
    pytest.param(('Compte rendu anatomopathologique\n'
                  'Prélèvement : macrobiopsie du sein droit, foyer de microcalcifications'
                  ' de 8 mm.\n'
                  'Conclusion : Biopsie du sein droit : hyperplasie canalaire atypique; k'
                  'yste du sein gauche opéré, en surveillance.\n'
                  'Dr N. Perrin'),
                 {'L': '-', 'R': 'B'}, id='fr08'),
    pytest.param(('INFORME ANATOMOPATOLÓGICO\n'
                  'Muestra: BAV de mama izquierda (microcalcificaciones, BI-RADS 4B).\n'
                  'Diagnóstico: Carcinoma ductal in situ de mama izquierda, alto grado; f'
                  'ibroadenoma de mama derecha operado, en seguimiento.\n'
                  'Dr J. Salcedo'),
                 {'L': 'M', 'R': '-'}, id='fr09',
                 marks=pytest.mark.xfail(strict=True, reason=("review fr09 (french-opere): read {'L': 'BM', 'R': "
                                                          "'-'}; older behaviour: the 'fibroadenoma de mama d"
                                                          "erecha operado, en seguimiento' clause (rightly ou"
                                                          'tside the opéré rule) hands its fibroadenoma to th'
                                                          'e left breast'))),
    pytest.param(('Compte rendu anatomopathologique (traduit)\n'
                  'Renseignements cliniques : Patiente opérée du sein droit en 2017 pour '
                  'adénofibrome. Nodule du sein gauche.\n'
                  'Conclusion : Microbiopsies du sein gauche : carcinome canalaire infilt'
                  'rant, grade SBR II.\n'
                  'Dr L. Moreau'),
                 {'L': 'M', 'R': '-'}, id='fr10'),
    pytest.param(('Breast MDT outcome - Carrick Hospital\n'
                  'Patient: Mrs J. Ferrell, 38\n'
                  'Pathology: Right breast, core biopsy: fibroadenoma, B2 (concordant).\n'
                  'Outcome: Large (48 mm) and growing; refer for excision to Northgate, a'
                  ' unit experienced in the management of phyllodes tumours.\n'
                  'Chair: Mr A. Nwachukwu'),
                 {'L': '-', 'R': 'B'}, id='ex01'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Specimen: Right breast, US core biopsy.\n'
                  'Final diagnosis: Right breast, core biopsy: Atypical lymphoid infiltra'
                  'te; referred to Dr Osei, a haematopathologist with expertise in lympho'
                  'ma, for an opinion. Flow cytometry requested.\n'
                  'M. Liang, MD'),
                 {'L': '-', 'R': '-'}, id='ex02'),
    pytest.param(('Histopathology - Grafton Oncology Centre\n'
                  'Specimen: Right breast skin punch biopsy (post-radiotherapy).\n'
                  'Diagnosis: Right breast skin: Atypical vascular lesion, lymphatic type'
                  '. The sarcoma service, which specialises in angiosarcoma, will review '
                  'with the MRI.\n'
                  'Dr E. Haugen'),
                 {'L': '-', 'R': '-'}, id='ex03'),
    pytest.param(('Cellular Pathology - Kestrel Hospital\n'
                  'Clinical: 38 mm left breast mass, growing.\n'
                  'Left breast, core biopsy: Fibroepithelial lesion with cellular stroma,'
                  ' B3. Excision by a surgeon with experience of phyllodes tumours is adv'
                  'ised.\n'
                  'Dr R. Fairbairn'),
                 {'L': '-', 'R': '-'}, id='ex04'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Right breast, wide local excision: Borderline phyllodes tumour, 45 mm,'
                  ' with moderate stromal atypia, 6 mitoses/10 hpf; closest margin 1 mm ('
                  'inferior).\n'
                  'Comment: Reviewed by Dr Hale, who has experience in phyllodes tumours '
                  'and agrees.\n'
                  'J. Martins, MD'),
                 {'L': '-', 'R': 'M'}, id='ex05'),
    pytest.param(('Histopathology - Morrow Hospital\n'
                  'Left breast, core biopsy: Ductal carcinoma in situ, high grade, comedo'
                  ' type. B5a.\n'
                  'Discussed with the oncologist specialising in DCIS trials for possible'
                  ' entry to the low-risk DCIS study (not eligible: high grade).\n'
                  'Dr C. Ahmed'),
                 {'L': 'M', 'R': '-'}, id='ex06'),
    pytest.param(('HISTOLOGY REPORT\n'
                  'Clinical: Left breast lump, enlarging; previous core B3.\n'
                  'Left breast, excision: I have experience with these lesions and this i'
                  's a benign phyllodes tumour, 32 mm, with focal stromal condensation; m'
                  'argins clear.\n'
                  'Dr S. Brandt'),
                 {'L': 'M', 'R': '-'}, id='ex07'),
    pytest.param(('Breast pathology consultation\n'
                  'Referring: Wellspring Breast Centre, which specialises in breast cance'
                  'r surgery.\n'
                  'Right breast, excision: Invasive lobular carcinoma, classic type, grad'
                  'e 2, 28 mm; lobular carcinoma in situ.\n'
                  'Margins clear.\n'
                  'Dr A. Horvath'),
                 {'L': '-', 'R': 'BM'}, id='ex08'),
    pytest.param(('Histopathology report\n'
                  'Clinical history: 51F, a specialist breast care nurse with experience '
                  'of breast cancer care; now right breast lump, 15 mm.\n'
                  'Specimen: Right breast, core biopsy x3.\n'
                  'Diagnosis: Right breast core: Fibroadenoma. B2.\n'
                  'Dr W. Tan'),
                 {'L': '-', 'R': 'B'}, id='ex09'),
    pytest.param(('Anatomia Patològica - informe (traduït)\n'
                  '1. Lesió cutània de la mà dreta, afaitat: queratosi seborreica [seborr'
                  'hoeic keratosis].\n'
                  '2. Mama esquerra, BAG: fibroadenoma [fibroadenoma], sense atípia.\n'
                  'Núm. de biòpsia: B26-03390.\n'
                  'Dra. C. Ferrer'),
                 {'L': 'B', 'R': '-'}, id='cat11'),
    pytest.param(('CELLULAR PATHOLOGY REPORT - Thamesbank NHS Trust\n'
                  'Hospital no: T4471902   Lab no: TB-H-26-10442\n'
                  "Clinical details: R breast 10 o'clock 18 mm mass, U5 M5. Axilla US nor"
                  'mal.\n'
                  'Specimen: Right breast US-guided core biopsy x3 (14G).\n'
                  'Macroscopy: Three cores of pale tissue, 12-17 mm. All embedded (A1).\n'
                  'Microscopy: The cores are infiltrated by an invasive carcinoma forming'
                  ' nests and occasional tubules. Nuclear pleomorphism moderate, mitoses '
                  '4/10 hpf. No DCIS. No lymphovascular invasion seen.\n'
                  "Opinion: Right breast, 10 o'clock, core biopsy: Invasive carcinoma of "
                  'no special type, provisional grade 2. B5b.\n'
                  'ER, PR and HER2 to follow in a supplementary report.\n'
                  'Reported by Dr S. Achebe, Consultant Histopathologist'),
                 {'L': '-', 'R': 'M'}, id='or01'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Marion County Medical Center, Department of Pathology\n'
                  'Accession: S26-04881\n'
                  'SPECIMEN: A. Left breast, needle-localized lumpectomy. B. Left axillar'
                  'y sentinel lymph node #1.\n'
                  'CLINICAL HISTORY: 62-year-old woman with left breast IDC on core biops'
                  'y.\n'
                  'FINAL DIAGNOSIS:\n'
                  'A. LEFT BREAST, NEEDLE-LOCALIZED LUMPECTOMY:\n'
                  ' - INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2 (3+2+1), 1.4 CM.\n'
                  ' - DUCTAL CARCINOMA IN SITU, CRIBRIFORM TYPE, INTERMEDIATE GRADE, COMP'
                  'RISING 10% OF TUMOR.\n'
                  ' - MARGINS NEGATIVE; CLOSEST (POSTERIOR) 3 MM.\n'
                  ' - BIOPSY SITE CHANGES PRESENT.\n'
                  'B. SENTINEL LYMPH NODE #1: ONE LYMPH NODE, NEGATIVE FOR METASTATIC CAR'
                  'CINOMA (0/1).\n'
                  'Electronically signed by Rachel Osterman, MD, 02/18/2026'),
                 {'L': 'BM', 'R': '-'}, id='or02'),
    pytest.param(('Sullivan Nicolaides style report - Histopathology\n'
                  'Clinical notes: Bilateral breast lumps, 32F. Left 15 mm, right 8 mm, b'
                  'oth probably benign on ultrasound.\n'
                  'Macroscopic: 1. "Left breast lump" - an ovoid rubbery nodule, 16 mm, b'
                  'isected, all processed. 2. "Right breast core" - two cores, 10 and 12 '
                  'mm.\n'
                  'Microscopic: 1. Sections show a well-circumscribed fibroadenoma with i'
                  'ntracanalicular and pericanalicular patterns. 2. The cores show sclero'
                  'sing adenosis with mild usual hyperplasia.\n'
                  'Diagnosis:\n'
                  '1. Left breast lump: Fibroadenoma.\n'
                  '2. Right breast core: Sclerosing adenosis. No atypia or malignancy.\n'
                  'Pathologist: Dr K. Dunleavy'),
                 {'L': 'B', 'R': 'B'}, id='or03'),
    pytest.param(('Histopathology Report - Elmstead University Hospital\n'
                  'Clinical: 41F, BRCA1 carrier. Bilateral risk-reducing mastectomies.\n'
                  'Specimens: A. Left breast, skin-sparing mastectomy, 412 g. B. Right br'
                  'east, skin-sparing mastectomy, 398 g.\n'
                  'Microscopy: A. Multiple blocks show fibrocystic change and a single fo'
                  'cus of classical lobular carcinoma in situ (2 mm) in the upper outer q'
                  'uadrant. B. Fibrocystic change with apocrine metaplasia; no atypia.\n'
                  'Diagnosis:\n'
                  'A. Left breast mastectomy: Lobular carcinoma in situ, classical type, '
                  'focal. No invasive carcinoma.\n'
                  'B. Right breast mastectomy: Benign breast tissue with fibrocystic chan'
                  'ge. No atypia.\n'
                  'Dr G. Petrakis'),
                 {'L': 'B', 'R': '-'}, id='or04'),
    pytest.param(('CELLULAR PATHOLOGY - Wrenfield General\n'
                  "Specimen: Left breast, stereotactic vacuum biopsy, 2 o'clock.\n"
                  'Diagnosis (issued 03/02/2026): Left breast VAB: Atypical ductal hyperp'
                  'lasia with calcification. B3.\n'
                  '\n'
                  'ADDENDUM (10/02/2026): Following review of further levels and discussi'
                  'on at the departmental consensus meeting, the atypical proliferation i'
                  's now considered to represent low-grade ductal carcinoma in situ, crib'
                  'riform type, measuring at least 4 mm. The diagnosis is revised to: Lef'
                  't breast VAB: Ductal carcinoma in situ, low nuclear grade. B5a.\n'
                  'Dr M. Castellano'),
                 {'L': 'M', 'R': '-'}, id='or05',
                 marks=pytest.mark.xfail(strict=True, reason=("review or05 (ordinary): read {'L': 'BM', 'R': '-'}"
                                                          "; older behaviour: the addendum's revised diagnosi"
                                                          "s ('The diagnosis is revised to: ... Ductal carcin"
                                                          "oma in situ') does not supersede the original ADH"))),
    pytest.param(('Surgical Pathology Report - Lakehead Regional\n'
                  'FINAL DIAGNOSIS:\n'
                  "Right breast, 7 o'clock, ultrasound-guided core biopsy:\n"
                  '- Invasive lobular carcinoma, classic type, Nottingham grade 2.\n'
                  '- Lobular carcinoma in situ, classic type.\n'
                  '\n'
                  'ADDENDUM (biomarkers), 01/03/2026:\n'
                  'ER: positive (Allred 8). PR: positive (Allred 6). HER2: negative (IHC '
                  '1+). Ki-67: 12%.\n'
                  'These results do not change the diagnosis above.\n'
                  'Signed: H. Ibrahim, MD'),
                 {'L': '-', 'R': 'BM'}, id='or06'),
    pytest.param(('HISTOPATHOLOGY - Cranbourne Hospital\n'
                  'Clinical history: Right breast IDC treated 2021 (WLE, RT). Now new lef'
                  't axillary node, 14 mm, breast imaging normal bilaterally.\n'
                  'Specimen: Left axilla, US-guided core of lymph node x2.\n'
                  'Microscopy: Lymph node largely replaced by metastatic carcinoma; tumou'
                  'r cells GATA3 and ER positive, TTF1 negative.\n'
                  'Diagnosis: Left axillary lymph node, core biopsy: Metastatic carcinoma'
                  ', immunoprofile consistent with breast origin.\n'
                  'Dr A. Lindahl'),
                 {'L': '-', 'R': '-'}, id='or07'),
    pytest.param(('Histopathology - Penhallow Breast Unit\n'
                  'Clinical: Re-excision of posterior margin, left breast. Previous WLE s'
                  'howed DCIS at the posterior margin.\n'
                  'Specimen: Left breast, posterior margin re-excision, 14 g, oriented.\n'
                  'Microscopy: Healing biopsy cavity with fat necrosis, foreign body gian'
                  't cells and fibrosis. Extensive sampling (all tissue embedded) shows n'
                  'o residual ductal carcinoma in situ and no invasive carcinoma.\n'
                  'Diagnosis: Left breast, re-excision: No residual DCIS. Biopsy site cha'
                  'nges.\n'
                  'Dr Y. Shimizu'),
                 {'L': 'B', 'R': '-'}, id='or08'),
    pytest.param(('dictated report pathology services inc transcribed 02/24/2026\n'
                  'clinical history left breast nipple discharge bloody single duct\n'
                  'gross received in formalin labeled left breast major duct excision is '
                  'a 3.1 x 2.0 x 1.5 cm portion of fibrofatty tissue with a dilated duct '
                  'containing a 0.6 cm tan papillary lesion representative sections submi'
                  'tted\n'
                  'microscopic sections show an intraductal papilloma with usual ductal h'
                  'yperplasia no atypia\n'
                  'final diagnosis left breast major duct excision intraductal papilloma '
                  'without atypia\n'
                  'dictated by dr r. gupta'),
                 {'L': 'B', 'R': '-'}, id='or09'),
    pytest.param(('FINAL PATHOLOGIC DIAGNOSIS\n'
                  'RIGHT BREAST, 6:00, 4 CM FN, ULTRASOUND-GUIDED CORE BIOPSIES:\n'
                  '- FIBROCYSTIC CHANGES WITH APOCRINE METAPLASIA AND STROMAL FIBROSIS.\n'
                  '- MICROCALCIFICATIONS ASSOCIATED WITH BENIGN DUCTS.\n'
                  '- NEGATIVE FOR ATYPIA AND MALIGNANCY.\n'
                  'NOTE: THE FINDINGS ARE CONCORDANT WITH THE IMAGING (BI-RADS 4A, CALCIF'
                  'ICATIONS).\n'
                  'CPT: 88305 x1. ICD-10: N60.11.\n'
                  'Pathologist: L. Zhou, MD (electronic signature)'),
                 {'L': '-', 'R': '-'}, id='or10'),
    pytest.param(('Breast Cancer Resection (Post-Neoadjuvant) - Synoptic Report\n'
                  'Procedure: Total mastectomy, left, with sentinel node biopsy.\n'
                  'Tumour site: Left breast, upper outer quadrant.\n'
                  'Residual invasive carcinoma: present. Size of largest residual tumour:'
                  ' 14 mm.\n'
                  'Histological type: invasive carcinoma of no special type. Grade 3.\n'
                  'Residual DCIS: present, minor.\n'
                  'Treatment effect: partial response; cellularity approximately 30%.\n'
                  'Lymph nodes: 1/3 with residual metastasis (4 mm) and treatment effect.'
                  '\n'
                  'Pathological stage: ypT1c ypN1a. Residual cancer burden: RCB-II.\n'
                  'Reported by Dr N. Pellegrini'),
                 {'L': 'M', 'R': '-'}, id='or11'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Patient: male, 17. Clinical: Bilateral gynaecomastia, persistent after'
                  ' puberty.\n'
                  'Specimens: A. Right breast tissue, subcutaneous mastectomy, 64 g. B. L'
                  'eft breast tissue, 58 g.\n'
                  'Final diagnosis:\n'
                  'A. Right breast: Gynaecomastia, fibrous (inactive) phase.\n'
                  'B. Left breast: Gynaecomastia, fibrous phase. No atypia.\n'
                  'T. Ogunleye, MD'),
                 {'L': '-', 'R': '-'}, id='or12'),
    pytest.param(('HISTOPATHOLOGY REPORT - Larchmont Infirmary\n'
                  'Specimen: Left mastectomy and axillary clearance. Weight 540 g. 210 x '
                  '180 x 45 mm, skin ellipse 190 x 70 mm with nipple.\n'
                  'Macroscopy: An ill-defined firm area, 42 mm, upper outer quadrant. Blo'
                  'cks A1-A18.\n'
                  'Microscopy: Invasive lobular carcinoma, classic type, with single-file'
                  ' infiltration. Adjacent classical LCIS. Lymph nodes 3/17 involved, lar'
                  'gest deposit 8 mm, no extranodal extension.\n'
                  'Conclusion: Left mastectomy: invasive lobular carcinoma, grade 2, 42 m'
                  'm, with LCIS. Margins clear. Nodes 3/17. pT2 pN1a.\n'
                  'Dr B. Ivanova'),
                 {'L': 'BM', 'R': '-'}, id='or13'),
    pytest.param(('Histopathology - Ryecroft Hospital\n'
                  'Clinical: Right breast rapidly enlarging lump, core showed cellular fi'
                  'broepithelial lesion (B3).\n'
                  'Specimen: Right breast, wide local excision, 88 g.\n'
                  'Microscopy: A well-circumscribed fibroepithelial tumour with leaf-like'
                  ' architecture, mildly increased stromal cellularity, mild stromal atyp'
                  'ia, 2 mitoses/10 hpf, no stromal overgrowth, pushing borders.\n'
                  'Diagnosis: Right breast, WLE: Benign phyllodes tumour, 52 mm. Closest '
                  'margin 4 mm (medial).\n'
                  'Dr I. Morales'),
                 {'L': '-', 'R': 'M'}, id='or14'),
    pytest.param(('Cellular Pathology - Holmwood Hospital\n'
                  "Specimen: Left breast, 5 o'clock, US-guided vacuum biopsy (architectur"
                  'al distortion).\n'
                  'Microscopy: Cores show a central fibroelastotic nidus with entrapped t'
                  'ubules surrounded by radiating ducts with usual epithelial hyperplasia'
                  ' and cysts. Myoepithelial cells preserved (p63). No atypia.\n'
                  'Conclusion: Left breast VAB: Radial scar / complex sclerosing lesion w'
                  'ithout atypia. B3.\n'
                  'Dr P. Nakashima'),
                 {'L': 'B', 'R': '-'}, id='or15'),
    pytest.param(('HISTOPATHOLOGY REPORT - Westcombe Breast Screening\n'
                  "A. Left breast, 2 o'clock, US core biopsy: Invasive carcinoma of no sp"
                  'ecial type, grade 3. No DCIS seen. B5b.\n'
                  "B. Right breast, 9 o'clock, US core biopsy: Fibroadenoma. B2.\n"
                  'Comment: Both results discussed at the screening MDT on 26/02/2026.\n'
                  'Dr E. Okafor'),
                 {'L': 'M', 'R': 'B'}, id='or16'),
    pytest.param(('SURGICAL PATHOLOGY - AMENDED REPORT\n'
                  'Reason for amendment: laterality corrected. The specimen was received '
                  'labelled "right breast" but the requisition and the imaging refer to t'
                  'he left breast; the clinical team has confirmed the LEFT breast was bi'
                  'opsied.\n'
                  'FINAL DIAGNOSIS (amended):\n'
                  "Left breast, 1 o'clock, core biopsy: Invasive ductal carcinoma, grade "
                  '1. Ductal carcinoma in situ, low grade.\n'
                  "Original report (superseded): Right breast, 1 o'clock, core biopsy: in"
                  'vasive ductal carcinoma, grade 1.\n'
                  'A. Kaur, MD'),
                 {'L': 'M', 'R': '-'}, id='or17'),
    pytest.param(('Histopathology - Fairmead Hospital\n'
                  'Clinical: Right breast palpable lump, aspirated twice, recurs.\n'
                  'Specimen: Right breast, excision of cyst, 6 g.\n'
                  'Microscopy: A unilocular cyst lined by flattened and apocrine epitheli'
                  'um with surrounding fibrosis and chronic inflammation. No atypia.\n'
                  'Diagnosis: Right breast, excision: Simple cyst with apocrine lining. N'
                  'o atypia or malignancy.\n'
                  'Dr F. Oyenuga'),
                 {'L': '-', 'R': 'B'}, id='or18'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Specimen: Left breast, periareolar, incision and drainage with debride'
                  'ment.\n'
                  'Clinical: Lactating woman, 29, with a fluctuant tender mass, left brea'
                  'st.\n'
                  'Final diagnosis: Left breast, debridement: Acute and chronic abscess w'
                  'ith granulation tissue and fat necrosis. No granulomas. No malignancy.'
                  '\n'
                  'Microbiology: Staphylococcus aureus isolated.\n'
                  'R. Dube, MD'),
                 {'L': '-', 'R': '-'}, id='or19'),
    pytest.param(('Histopathology report - Ashgrove\n'
                  'Clinical: Right nipple eczematous change, 3 months, not responding to '
                  'steroids.\n'
                  'Specimen: Right nipple, punch biopsy, 4 mm.\n'
                  'Microscopy: Large pale cells with abundant cytoplasm and prominent nuc'
                  'leoli, singly and in clusters within the epidermis; CK7 positive, HER2'
                  ' 3+, S100 negative.\n'
                  'Diagnosis: Right nipple, punch biopsy: Paget disease of the nipple. Un'
                  'derlying breast imaging advised.\n'
                  'Dr S. Ravindran'),
                 {'L': '-', 'R': 'M'}, id='or20'),
    pytest.param(('HAEMATOPATHOLOGY / BREAST - Calder Valley Hospital\n'
                  "Specimen: Left breast, 8 o'clock, US core biopsy (34 mm mass).\n"
                  'Microscopy: Diffuse infiltrate of large atypical lymphoid cells effaci'
                  'ng breast lobules; CD20+, BCL6+, MUM1+, CD10-, Ki-67 80%. Cytokeratin '
                  'negative.\n'
                  'Diagnosis: Left breast, core biopsy: Diffuse large B-cell lymphoma, no'
                  'n-germinal centre type, involving breast tissue.\n'
                  'Dr O. Nakamura'),
                 {'L': 'M', 'R': '-'}, id='or21'),
    pytest.param(('Dermatopathology report\n'
                  'Clinical: Pearly papule, skin of the right breast, inferior, 6 mm.\n'
                  'Specimen: Skin, right breast, shave biopsy.\n'
                  'Diagnosis: Skin, right breast, shave: Superficial basal cell carcinoma'
                  ', extending to the peripheral margin. Breast parenchyma not sampled.\n'
                  'Dr L. Fitzgerald'),
                 {'L': '-', 'R': '-'}, id='or22'),
    pytest.param(('HISTOLOGY - Ellesmere Plastic Surgery Unit\n'
                  'Procedure: Bilateral reduction mammaplasty.\n'
                  'Specimens: Left breast 845 g; right breast 910 g. Serially sliced; no '
                  'discrete lesion. Eight blocks each.\n'
                  'Microscopy: Both breasts show fibrofatty tissue with fibrocystic chang'
                  'e, duct ectasia and focal apocrine metaplasia. No atypia.\n'
                  'Diagnosis: Bilateral reduction mammaplasty: benign breast tissue with '
                  'fibrocystic change. No atypia or malignancy.\n'
                  'Dr J. Abernethy'),
                 {'L': '-', 'R': '-'}, id='or23'),
    pytest.param(('Cellular Pathology - Seaton Park\n'
                  "Specimen: Right breast, 12 o'clock, US core biopsy.\n"
                  'Microscopy: Small crushed cores containing a few clusters of atypical '
                  'epithelial cells within fibrous stroma; myoepithelial markers are equi'
                  'vocal in the crushed areas.\n'
                  'Opinion: Right breast core: Atypical epithelial cells, suspicious for '
                  'but not diagnostic of invasive carcinoma. B4. Repeat biopsy advised.\n'
                  'Dr K. Mensah'),
                 {'L': '-', 'R': '-'}, id='or24'),
    pytest.param(('SURGICAL PATHOLOGY\n'
                  'Specimen: Left breast, stereotactic core biopsy (calcifications, 10 mm'
                  ').\n'
                  'Final diagnosis: Left breast, stereotactic core biopsy: Atypical intra'
                  'ductal epithelial proliferation; the differential diagnosis is between'
                  ' atypical ductal hyperplasia and low-grade ductal carcinoma in situ. E'
                  'xcision recommended.\n'
                  'Comment: The proliferation involves three duct spaces; the limited ext'
                  'ent precludes a definite diagnosis.\n'
                  'P. Sørensen, MD'),
                 {'L': '?', 'R': '-'}, id='or25'),
    pytest.param(('CONSULTATION REPORT - Ridgeway University Hospital, Breast Pathology\n'
                  'Referring institution: Dunmore County Hospital (DCH-26-0448). Referrin'
                  'g diagnosis: Right breast, core biopsy: ductal carcinoma in situ, low '
                  'grade.\n'
                  'Slides reviewed: 3 H&E, 2 immunostains (CK5/6, ER).\n'
                  'Review diagnosis: Right breast, core biopsy: Atypical ductal hyperplas'
                  'ia. The atypical proliferation involves two duct spaces and measures 1'
                  '.5 mm; the criteria for DCIS are not met.\n'
                  'Dr H. Laurent, Consultant Breast Pathologist'),
                 {'L': '-', 'R': 'B'}, id='or26'),
    pytest.param(("Anatomical Pathology Report - St Aidan's Health Centre (Ontario)\n"
                  'Specimen: Left breast, wire-localized excision (calcifications).\n'
                  'Gross: Received a 34 g specimen with wire, 60 x 45 x 30 mm; specimen r'
                  'adiograph confirms calcifications; entirely submitted.\n'
                  'Microscopy: Radial scar with calcification; adjacent atypical lobular '
                  'hyperplasia involving several lobules; columnar cell change.\n'
                  'Conclusion:\n'
                  'Left breast, wire-localized excision:\n'
                  '1. Radial scar with calcifications.\n'
                  '2. Atypical lobular hyperplasia.\n'
                  '3. Columnar cell change.\n'
                  'No in situ or invasive carcinoma.\n'
                  'Dr M. Beaulieu'),
                 {'L': 'B', 'R': '-'}, id='or27'),
    pytest.param(('HISTOPATHOLOGY REPORT - Greyfriars Hospital\n'
                  'Clinical history: Previous left breast cancer (mastectomy 2017). Right'
                  ' nipple discharge; and a pigmented lesion of the back.\n'
                  'Specimens: 1. Right breast, microdochectomy. 2. Skin, mid back, shave.'
                  '\n'
                  'Diagnosis:\n'
                  '1. Right breast, microdochectomy: Intraductal papilloma, 7 mm, without'
                  ' atypia; duct ectasia.\n'
                  '2. Skin, back: Seborrhoeic keratosis. No dysplasia.\n'
                  'Dr T. Wainwright'),
                 {'L': '-', 'R': 'B'}, id='or28'),
    pytest.param(('PATHOLOGY - Brightwater Hospital\n'
                  'Specimen: Right breast, simple mastectomy (multifocal calcification).\n'
                  'Macroscopy: 620 g mastectomy; a well-defined 12 mm rubbery nodule in t'
                  'he lower inner quadrant; calcification marked by the clip in the upper'
                  ' outer quadrant.\n'
                  'Microscopy: Upper outer quadrant: high-grade DCIS, solid type, with co'
                  'medo necrosis over 48 mm. Lower inner quadrant: a separate 12 mm fibro'
                  'adenoma.\n'
                  'Diagnosis: Right breast mastectomy: Ductal carcinoma in situ, high nuc'
                  'lear grade, 48 mm, margins clear. Incidental fibroadenoma, 12 mm. No i'
                  'nvasive carcinoma.\n'
                  'Dr A. Kowalski'),
                 {'L': '-', 'R': 'BM'}, id='or29'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  'Specimen: Left breast, wire-localized excisional biopsy for calcificat'
                  'ions.\n'
                  'Specimen radiograph: calcifications present in the specimen.\n'
                  'Final diagnosis: Left breast, wire-localized excision: Fibrocystic cha'
                  'nges with stromal fibrosis and microcalcifications in benign ducts and'
                  ' stroma. Negative for atypia and malignancy.\n'
                  'Comment: Calcifications were identified in blocks A3 and A5, correlati'
                  'ng with the specimen radiograph.\n'
                  'W. Ferreira, MD'),
                 {'L': '-', 'R': '-'}, id='or30'),
    pytest.param(('Histopathology - Kirkhaven University Hospital\n'
                  'Clinical: Right breast carcinoma, cT2 N1, after 6 cycles of neoadjuvan'
                  't chemotherapy; complete clinical response.\n'
                  'Specimen: Right breast, wide local excision (clip-guided), 48 g; right'
                  ' axillary sentinel nodes x3.\n'
                  'Microscopy: The tumour bed (30 mm) shows hyalinised fibrosis, elastosi'
                  's and haemosiderin-laden macrophages. No residual invasive carcinoma o'
                  'r DCIS after complete embedding. Nodes show fibrotic regression in one'
                  ' node; no residual metastasis.\n'
                  'Diagnosis: Right breast WLE: pathological complete response (ypT0 ypN0'
                  ').\n'
                  'Dr C. Ó Súilleabháin'),
                 {'L': '-', 'R': '-'}, id='or31'),
    pytest.param(('Surgical Pathology - Westlake Cancer Centre\n'
                  'Clinical history: Cutaneous melanoma of the left calf excised 2022 (Br'
                  'eslow 3.1 mm). Now a 12 mm right breast mass.\n'
                  "Specimen: Right breast, 3 o'clock, US core biopsy.\n"
                  'Microscopy: Sheets of epithelioid cells with prominent nucleoli and in'
                  'tracytoplasmic pigment; SOX10, S100 and Melan-A positive; GATA3 and cy'
                  'tokeratins negative.\n'
                  'Diagnosis: Right breast, core biopsy: Metastatic melanoma.\n'
                  'Dr J. Dalgaard'),
                 {'L': '-', 'R': 'M'}, id='or32'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
