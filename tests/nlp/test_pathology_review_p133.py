"""Review p133 of the b133-b134 pathology rules (116be1f against df95bc3), pinned after their narrowing.

The review read 141 texts: 130 for the ten rules (a Danish / Norwegian "karcinom af ingen speciel type", "border zone
between" / "i grænsezonen mellem" and "Differentialdiagnostisk ... eller", "she had feared cancer" and "remains
convinced she has", an entity's bracketed features before "are not present", "Previous L breast excision 2012:", a
typed transcript's "Clinical history colon,", "biopsy/lumpectomy site", "(original diagnosis 2019, ...)"), 12-14 a
rule plus 20 ordinary reports, labelled before either revision was run (or03 corrected by the reviewer), and 11 post
probes (px_*) written after the first run, their labels set before running them. df95bc3 read 93 as labelled (85 of
the 130, 8 of the 11 probes), 116be1f 113 (108 and 5). 116be1f over-reached on 8 (E01 bv_n01, E02 bv_n05, E03 px_bv2:
a bracket bridged to a margin verdict, "DCIS (intermediate grade, cribriform) is not present at the new inked
margins", denying today's tumour; E04 od_n03, E05 od_n07, E06 px_od2: "(original diagnosis <year> ...)" taken as
history of today's recurrence on a breast core, of a papilloma, of a mastectomy's tumour dated by its core; E08
px_bz2, E09 px_bz6: "i grænsezonen mellem de øvre kvadranter" / "in the border zone between the two upper quadrants",
a place, read as an open differential) and read 5 newly wrong another way (E07 px_od1: a recurrent DCIS on a scar core
dropped to its scar; E10 bz_n03, E11 px_bz4: "Differentialdiagnostisk har benign phyllodes tumor været overvejet, men
..." a differential considered and rejected, read as open; E12 hc_v02, E13 hc_v03: "Diagnosis colon, left breast,
core:" a dictated diagnosis heading's colon read as a colon specimen, older behaviour). The narrowing: the bracket
bridge only for a bracket of features (no grade, type or size of the tumour in it) before a bare verdict that ends its
clause ("in these cores" at most), never a margin or a distance; "(original diagnosis <year>, ...)" only where the
bracket goes on to the treatment, never for a recurrent, residual or persistent tumour, a benign finding, or a finding
under a breast specimen's own heading; the border zone only between two lesion names (no article, number or quadrant
after "between" / "mellem"); "Differentialdiagnostisk" (also Norwegian "Differensialdiagnostisk") only with "eller" /
"or" before a second diagnosis in its sentence, and a differential considered and rejected ("har ... været overvejet,
men", "udelukket", "was considered, but") denies its option; the scar a biopsy is "of" ("core biopsy of scar nodule")
is the place sampled (E07, fc_n03 now right); a descriptor opening "Diagnosis colon," / "Specimen colon," reads its
next site word ("Diagnosis colon, sigmoid, biopsy" stays the organ). The "af ingen speciel type" rule now works on its
guide example: "invasivt / infiltrerende karcinom" (karsinom) and "karcinom af ingen speciel type" (Norwegian,
Swedish forms) are carcinoma terms, a bare "karcinom" (also Czech, Slovak, South Slavic) is not, and Danish / Norwegian
"Tidligere" right before the entity (its side and breast word at most between) is history like "Previous" (nst_v01,
nst_v02, nst_v05, nst_v06 now right). 132 read as labelled (121 of the 130, all 11 probes). Left as strict xfails, each
an under-reach or older behaviour no narrow rule of the stop takes: bv_v07 (a bracket naming atypia), bv_n03 ("A
phyllodes tumour (see comment) is not excluded", a hedge unread), bv_n07 (a bracket naming DCIS, by design), pv_v07 and
pv_v08 ("Previous L breast excision (2012):", "Previous excision 03/2012:"), pv_n06 ("core biopsy of the previous
excision site 2012:" read as a scar finding), hc_v06 (a run-on lower-case "diagnosis colon, left breast core, ..." with
no typed colon, no descriptor read), bl_v06 ("Biopsy/re-excision site" not a term) and od_n05 (the referring
laboratory's ADH inside the original-diagnosis bracket). Each right text must keep reading as labelled; a strict xfail
that passes is a reading to look at."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('Patologiafdelingen, Aarhus Universitetshospital\n'
                  'Rekvisition: Venstre mamma, grovnålsbiopsi kl. 2.\n'
                  'Mikroskopi: Infiltrerende tumor med tubulusdannelse og moderat kerneat'
                  'ypi.\n'
                  'Diagnose:\n'
                  'Venstre mamma: Invasivt karcinom af ingen speciel type (NST), malignit'
                  'etsgrad 2.\n'
                  'ER 95 %, HER2 1+.'),
                 {'L': 'M', 'R': '-'}, id='nst_v01'),
    pytest.param(('Avdeling for patologi, Haukeland universitetssjukehus\n'
                  'Materiale: Høyre mamma, nålebiopsi.\n'
                  'Diagnose: Høyre mamma: Invasivt karsinom av ingen spesiell type, histo'
                  'logisk grad 1. Ingen karinnvekst sett.\n'
                  'Kommentar: Svar gitt til brystdiagnostisk senter.'),
                 {'L': '-', 'R': 'M'}, id='nst_v02'),
    pytest.param(('Klinisk patologi, Sahlgrenska Universitetssjukhuset\n'
                  'Preparat: Vänster bröst, mellannålsbiopsi.\n'
                  'PAD: Vänster bröst: Invasiv bröstcancer av ingen särskild typ (NST), N'
                  'ottinghamgrad 2. Ki-67 20 %.\n'
                  'Svar till mammografienheten.'),
                 {'L': 'M', 'R': '-'}, id='nst_v03'),
    pytest.param(('Translated report (Danish original, Odense)\n'
                  'Højre mamma, lumpektomi [right breast, lumpectomy]:\n'
                  'Karcinom af ingen speciel type [carcinoma of no special type], 18 mm, '
                  'malignitetsgrad 2 [grade 2].\n'
                  'Resektionsrande frie [margins clear], nærmeste 4 mm.'),
                 {'L': '-', 'R': 'M'}, id='nst_v04'),
    pytest.param(('PATOLOGIBESVARELSE\n'
                  'Materiale: venstre mamma, tumorektomi.\n'
                  'Konklusion:\n'
                  'Venstre mamma: Invasivt karcinom af ingen\n'
                  'speciel type, malignitetsgrad 3, tumorstørrelse 21 mm. Frie resektions'
                  'rande.\n'
                  'SNOMED: T04020 M85003'),
                 {'L': 'M', 'R': '-'}, id='nst_v05'),
    pytest.param(('Patologisk Institut, Rigshospitalet\n'
                  '1. Højre mamma, grovnålsbiopsi: Fibroadenom.\n'
                  '2. Venstre mamma, grovnålsbiopsi: Invasivt karcinom af ingen speciel t'
                  'ype, malignitetsgrad 3, ER negativ.\n'
                  'Besvaret af overlæge.'),
                 {'L': 'M', 'R': 'B'}, id='nst_v06'),
    pytest.param(('Prøvenummer: H25-4106\n'
                  'Sykehuset i Vestfold, patologi\n'
                  'Høyre bryst, mastektomi: INVASIVT KARSINOM AV INGEN SPESIELL TYPE, gra'
                  'd 2, 32 mm, med duktalt carcinoma in situ i omgivelsene. Reseksjonsfla'
                  'ter frie.\n'
                  'Besvart av: overlege, spesialist i patologi.'),
                 {'L': '-', 'R': 'M'}, id='nst_v07'),
    pytest.param(('Patologinummer: P25-4107\n'
                  'Patologiafdelingen, Vejle\n'
                  'Venstre mamma, re-resektion:\n'
                  'Ingen resterende karcinom [no residual carcinoma]. Fibrose og fedtvævs'
                  'nekrose.\n'
                  'Konklusion: Ingen malignitet.\n'
                  'Besvaret af: overlæge, speciallæge i patologisk anatomi.'),
                 {'L': '-', 'R': '-'}, id='nst_n01'),
    pytest.param(('Patologinummer: P25-4108\n'
                  'Højre mamma, grovnålsbiopsi:\n'
                  'Fibroadenom. Ingen invasivt karcinom, ingen carcinoma in situ.\n'
                  'Kommentar: Fundet forklarer det palpable fund. Svar sendt til Mammakli'
                  'nikken.\n'
                  'Besvaret af: overlæge, speciallæge i patologisk anatomi.'),
                 {'L': '-', 'R': 'B'}, id='nst_n02'),
    pytest.param(('Patologinummer: P25-4109\n'
                  'Venstre aksil, sentinel node (lymfeknude):\n'
                  'Metastase af karcinom af ingen speciel type, 4 mm.\n'
                  'Der er ikke fremsendt vev fra mamma. Kommentar: Svarer til kendt primæ'
                  'rtumor.\n'
                  'Besvaret af: overlæge, speciallæge i patologisk anatomi.'),
                 {'L': '-', 'R': '-'}, id='nst_n03'),
    pytest.param(('Patologinummer: P25-4110\n'
                  'Klinisk information: Tidligere højre mamma karcinom af ingen speciel t'
                  'ype, opereret 2018.\n'
                  'Materiale: Venstre mamma, grovnålsbiopsi.\n'
                  'Diagnose: Venstre mamma: Fibroadenom. Ingen malignitet.\n'
                  'Besvaret af: overlæge, speciallæge i patologisk anatomi.'),
                 {'L': 'B', 'R': '-'}, id='nst_n04'),
    pytest.param(('Prøvenummer: H25-4111\n'
                  'Høyre mamma, reeksisjon etter tidligere lumpektomi:\n'
                  'Ingen gjenværende karsinom av ingen spesiell type. Arrvev og fremmedle'
                  'gemereaksjon.\n'
                  'Konklusjon: Ingen gjenværende malignitet.\n'
                  'Besvart av: overlege, spesialist i patologi.'),
                 {'L': '-', 'R': '-'}, id='nst_n05'),
    pytest.param(('Remissnummer: C25-4112\n'
                  'Vänster bröst, mellannålsbiopsi:\n'
                  'Inget invasivt karcinom. Fibroadenom med stromal hyalinisering.\n'
                  'Ingen atypi. Kommentar: Benign förändring, överensstämmer med bilddiag'
                  'nostik.\n'
                  'Signerat av: överläkare, klinisk patologi.'),
                 {'L': 'B', 'R': '-'}, id='nst_n06'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  "Specimen: Right breast, 10 o'clock, ultrasound-guided core.\n"
                  'Final diagnosis: Right breast, core: atypical intraductal epithelial p'
                  'roliferation in the borderline zone between atypical ductal hyperplasi'
                  'a and low-grade DCIS. Excision is recommended.'),
                 {'L': '-', 'R': '?'}, id='bz_v01'),
    pytest.param(("Histopathology, St Mary's\n"
                  'Left breast, stereotactic vacuum biopsy (calcification):\n'
                  'Cribriform intraductal proliferation, border zone between ADH and low '
                  'grade ductal carcinoma in situ, extent 3 mm. B3/B4. For MDT discussion'
                  '.'),
                 {'L': '?', 'R': '-'}, id='bz_v02'),
    pytest.param(('Patologiafdelingen, Herlev\n'
                  'Venstre mamma, vakuumbiopsi:\n'
                  'Atypisk intraduktal proliferation i grænsezonen mellem atypisk duktal '
                  'hyperplasi og lavgradigt duktalt carcinoma in situ. Mikroforkalkninger'
                  '.\n'
                  'B3. Anbefaler excision.'),
                 {'L': '?', 'R': '-'}, id='bz_v03'),
    pytest.param(('Oslo universitetssykehus, avdeling for patologi\n'
                  'Høyre mamma, nålebiopsi:\n'
                  'Intraduktal proliferasjon i grensesonen mellom atypisk duktal hyperpla'
                  'si og lavgradig DCIS.\n'
                  'Kommentar: Anbefaler kirurgisk eksisjon.'),
                 {'L': '-', 'R': '?'}, id='bz_v04'),
    pytest.param(('Højre mamma, grovnålsbiopsi kl. 12:\n'
                  'Papillær læsion. Differentialdiagnostisk intraduktalt papillom med aty'
                  'pisk duktal hyperplasi eller papillært duktalt carcinoma in situ.\n'
                  'B3. Anbefaler diagnostisk excision.'),
                 {'L': '-', 'R': '?'}, id='bz_v05'),
    pytest.param(('Translated from Danish\n'
                  'Left breast, core [venstre mamma, grovnålsbiopsi]:\n'
                  'Differentialdiagnostisk [differential diagnosis] flat epithelial atypi'
                  'a or low-grade DCIS. Excision recommended. Right breast, core: fibroad'
                  'enoma.'),
                 {'L': '?', 'R': 'B'}, id='bz_v06'),
    pytest.param(('Venstre mamma, grovnålsbiopsi: Differentialdiagnostisk atypisk duktal '
                  'hyperplasi eller lavgradigt DCIS. I en anden cylinder ses sikkert dukt'
                  'alt carcinoma in situ, intermediær grad, 6 mm.\n'
                  'Konklusion: DCIS.'),
                 {'L': 'M', 'R': '-'}, id='bz_v07'),
    pytest.param(('Prøvenummer: H25-4120\n'
                  'Helse Bergen, patologi\n'
                  'Venstre bryst, nålebiopsi:\n'
                  'Differensialdiagnostisk intraduktalt papillom med atypi eller papillær'
                  't duktalt carcinoma in situ.\n'
                  'Anbefaler eksisjon.\n'
                  'Besvart av: overlege, spesialist i patologi.'),
                 {'L': '?', 'R': '-'}, id='bz_v08'),
    pytest.param(('Right breast, wide local excision:\n'
                  'Invasive ductal carcinoma, grade 2, 19 mm. The border zone between the'
                  ' tumour and the adjacent fat shows a dense lymphocytic infiltrate. Mar'
                  'gins clear (closest 3 mm, inferior).'),
                 {'L': '-', 'R': 'M'}, id='bz_n01'),
    pytest.param(('Left breast, wide local excision:\n'
                  'Ductal carcinoma in situ, high grade, solid type with comedo necrosis,'
                  ' 25 mm.\n'
                  'Microcalcifications are present within the DCIS and in the border zone'
                  ' between the DCIS and the adjacent benign breast tissue.'),
                 {'L': 'M', 'R': '-'}, id='bz_n02'),
    pytest.param(('Venstre mamma, excision:\n'
                  'Fibroadenom, 24 mm, radikalt fjernet.\n'
                  'Kommentar: Differentialdiagnostisk har benign phyllodes tumor været ov'
                  'ervejet, men der er ikke bladformet arkitektur eller øget stromal cell'
                  'ularitet.'),
                 {'L': 'B', 'R': '-'}, id='bz_n03'),
    pytest.param(('Clinical history: previous core showed an atypical proliferation in th'
                  'e borderline zone between ADH and DCIS.\n'
                  'Diagnosis: Right breast, diagnostic excision: ductal carcinoma in situ'
                  ', low grade, cribriform, 12 mm. Margins clear.'),
                 {'L': '-', 'R': 'M'}, id='bz_n04'),
    pytest.param(('Right breast, core:\n'
                  'Atypical intraductal proliferation, borderline zone between ADH and lo'
                  'w-grade DCIS (see comment).\n'
                  'ADDENDUM: Following immunohistochemistry (CK5/6 negative, ER diffusely'
                  ' strong) the lesion is reclassified as low-grade ductal carcinoma in s'
                  'itu.'),
                 {'L': '-', 'R': 'M'}, id='bz_n05'),
    pytest.param(('Højre mamma, lumpektomi:\n'
                  'Differentialdiagnostisk ADH eller lavgradigt DCIS i biopsien. I resekt'
                  'atet ses nu lavgradigt duktalt carcinoma in situ, 14 mm, frie rande.\n'
                  'Konklusion: Højre mamma: DCIS, lav grad.'),
                 {'L': '-', 'R': 'M'}, id='bz_n06'),
    pytest.param(('Breast one-stop clinic, pathology summary for the GP.\n'
                  "43-year-old woman; she had feared cancer since her sister's diagnosis "
                  'last year.\n'
                  "Right breast, 2 o'clock, core biopsy: fibroadenoma. No atypia. Reassur"
                  'ed and discharged.'),
                 {'L': '-', 'R': 'B'}, id='fc_v01'),
    pytest.param(('Histology report\n'
                  'Specimen: left breast lump excision (male, 61).\n'
                  'He feared breast cancer because of a BRCA2 variant in the family.\n'
                  'Diagnosis: Left breast: gynaecomastia, florid pattern. No malignancy.'),
                 {'L': '-', 'R': '-'}, id='fc_v02'),
    pytest.param(('MDT outcome note\n'
                  'Patient seen with her husband; she feared a carcinoma after feeling th'
                  'e lump grow.\n'
                  'Pathology: Left breast core biopsy: fibroadenoma. B2.\n'
                  'Outcome: benign concordant, routine discharge.'),
                 {'L': 'B', 'R': '-'}, id='fc_v03'),
    pytest.param(('Pathology follow-up letter\n'
                  'Left breast, vacuum excision: intraductal papilloma without atypia, co'
                  'mpletely excised.\n'
                  'She remains convinced she has breast cancer despite reassurance, and a'
                  ' clinic review has been arranged.'),
                 {'L': 'B', 'R': '-'}, id='fc_v04'),
    pytest.param(('Right breast core biopsy: sclerosing adenosis and columnar cell change'
                  '. B2.\n'
                  'The patient is still convinced she has cancer in the right breast; ima'
                  'ging and pathology are concordant benign. Offered psychology referral.'),
                 {'L': '-', 'R': 'B'}, id='fc_v05'),
    pytest.param(('Breast clinic summary\n'
                  'Left breast core: fibroadenoma with no atypia (B2).\n'
                  'She remains still convinced that she has a carcinoma despite two benig'
                  'n biopsies and normal mammograms; second opinion requested by patient.'),
                 {'L': 'B', 'R': '-'}, id='fc_v06'),
    pytest.param(('Accession: S25-4133   Received: 14/03\n'
                  'Symptomatic clinic letter\n'
                  'Right breast cyst aspiration: benign apocrine cyst, fluid cytology C2.'
                  '\n'
                  'She had feared malignancy because the lump appeared overnight. All res'
                  'ults benign; discharged.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='fc_v07'),
    pytest.param(('Accession: S25-4134   Received: 14/03\n'
                  "Right breast, core biopsy x3 (12 o'clock):\n"
                  'The feared carcinoma is present on the right core: invasive ductal car'
                  'cinoma, grade 2, Nottingham score 6. ER positive, HER2 negative.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'M'}, id='fc_n01'),
    pytest.param(('Accession: S25-4135   Received: 14/03\n'
                  'Clinic letter\n'
                  "She had feared cancer; unfortunately today's left breast core biopsy s"
                  'hows invasive lobular carcinoma, classical type, grade 2. Referred to '
                  'breast surgeons.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='fc_n02'),
    pytest.param(('Accession: S25-4136   Received: 14/03\n'
                  'Breast pathology\n'
                  'She had feared DCIS recurrence at the scar. Left breast, core biopsy o'
                  'f scar: recurrent ductal carcinoma in situ, high grade, with comedo ne'
                  'crosis.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='fc_n03'),
    pytest.param(('Accession: S25-4137   Received: 14/03\n'
                  'Right breast, excision of fibroepithelial lesion:\n'
                  'We remain convinced this is a benign phyllodes tumour: leaf-like archi'
                  'tecture with periductal stromal condensation, mitoses 2/10 HPF. Margin'
                  's clear.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'M'}, id='fc_n04'),
    pytest.param(('Accession: S25-4138   Received: 14/03\n'
                  'Left breast, wide local excision:\n'
                  'The result she feared: invasive ductal carcinoma, grade 3, 28 mm, with'
                  ' high-grade DCIS. Lymphovascular invasion present. Margins clear.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='fc_n05'),
    pytest.param(('Accession: S25-4139   Received: 14/03\n'
                  'Clinic note\n'
                  'She remains convinced that the lump is growing, so a core biopsy was t'
                  'aken.\n'
                  'Right breast core: fibroadenoma; no phyllodes features. Concordant ben'
                  'ign.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='fc_n06'),
    pytest.param(('Accession: S25-4140   Received: 14/03\n'
                  'Right breast, mastectomy (prophylactic, BRCA1):\n'
                  'She had feared ovarian cancer most. Breast: fibrocystic change; a sing'
                  'le focus of atypical lobular hyperplasia. No in situ or invasive carci'
                  'noma.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='fc_n07'),
    pytest.param(('Accession: S25-4141   Received: 14/03\n'
                  'Right breast, excision biopsy:\n'
                  'Fibroadenoma, intracanalicular pattern, 31 mm.\n'
                  'Features of a phyllodes tumour (leaf-like architecture, stromal overgr'
                  'owth, increased stromal mitoses) are not present.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='bv_v01'),
    pytest.param(('Left breast, vacuum-assisted biopsy:\n'
                  'Atypical ductal hyperplasia, focal, with microcalcifications.\n'
                  'Features of ductal carcinoma in situ (extent beyond two duct spaces, u'
                  'niform population throughout) are not present.'),
                 {'L': 'B', 'R': '-'}, id='bv_v02'),
    pytest.param(('Accession: S25-4143   Received: 14/03\n'
                  'Left breast, core:\n'
                  'Fibroepithelial lesion most in keeping with fibroadenoma (B2).\n'
                  'Phyllodes tumour (stromal hypercellularity, periductal stromal condens'
                  'ation, mitoses) is not present in these cores.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='bv_v03'),
    pytest.param(('Right breast, lumpectomy:\n'
                  'Cellular fibroadenoma, 45 mm, excised.\n'
                  'Features of a borderline or malignant phyllodes tumour (marked stromal'
                  ' atypia,\n'
                  'stromal mitoses >5/10 HPF, permeative border) are not present.'),
                 {'L': '-', 'R': 'B'}, id='bv_v04'),
    pytest.param(('Left breast, excision of papillary lesion:\n'
                  'Intraductal papilloma, 9 mm, with usual ductal hyperplasia.\n'
                  'Invasive carcinoma (stromal invasion with loss of myoepithelial cells '
                  'on p63 and SMMHC) is not present.'),
                 {'L': 'B', 'R': '-'}, id='bv_v05'),
    pytest.param(('Accession: S25-4146   Received: 14/03\n'
                  'Right breast, core:\n'
                  'Fibroadenoma.\n'
                  'Features of phyllodes tumour (leaf-like fronds, stromal hypercellulari'
                  'ty) are not seen.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='bv_v06'),
    pytest.param(('DIAGNOSIS\n'
                  'Left breast, excision: benign fibroepithelial lesion, favour juvenile '
                  'fibroadenoma.\n'
                  'Features of malignant phyllodes tumour (marked atypia, >10 mitoses/10 '
                  'HPF, stromal overgrowth, heterologous elements) are not identified.'),
                 {'L': 'B', 'R': '-'}, id='bv_v07',
                 marks=pytest.mark.xfail(strict=True, reason=("review bv_v07 (bracket_verdict): read {'L': 'BM', "
                                                          "'R': '-'}; under-reach left: the bracket '(marked "
                                                          "atypia, ...)' names atypia, an entity term, so it "
                                                          'is not bridged (a bracket naming another entity ke'
                                                          'eps the old reading; allowing atypia needs the ent'
                                                          "ity's 'Features of' lead-in, which the post-positi"
                                                          'on cue cannot see)'))),
    pytest.param(('Accession: S25-4148   Received: 14/03\n'
                  'Right breast, re-excision of margins:\n'
                  'Residual ductal carcinoma in situ (intermediate grade, cribriform) is '
                  'not present at the new inked margins; it lies 4 mm from the superior m'
                  'argin, extent 6 mm.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'M'}, id='bv_n01'),
    pytest.param(('Accession: S25-4149   Received: 14/03\n'
                  'Left breast, excision:\n'
                  'Fibroadenoma, 22 mm.\n'
                  'Atypia (ADH, ALH) is not present. No in situ or invasive malignancy.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='bv_n02'),
    pytest.param(('Accession: S25-4150   Received: 14/03\n'
                  'Left breast, core:\n'
                  'Fibroepithelial lesion, B3.\n'
                  'A phyllodes tumour (see comment) is not excluded.\n'
                  'Comment: cellular stroma in some cores; excision recommended.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='bv_n03',
                 marks=pytest.mark.xfail(strict=True, reason=("review bv_n03 (bracket_verdict): read {'L': 'M', '"
                                                          "R': '-'}; older behaviour: 'A phyllodes tumour (se"
                                                          "e comment) is not excluded' - the hedge 'is not ex"
                                                          "cluded' after a bracket is unread by both revision"
                                                          's; no rule of the stop takes it'))),
    pytest.param(('Right breast, excision:\n'
                  'Fibroepithelial lesion with leaf-like architecture.\n'
                  'Features of a phyllodes tumour (leaf-like fronds, stromal hypercellula'
                  'rity) are present throughout.\n'
                  'Diagnosis: benign phyllodes tumour, 38 mm.'),
                 {'L': '-', 'R': 'M'}, id='bv_n04'),
    pytest.param(('Accession: S25-4152   Received: 14/03\n'
                  'Left breast, wide local excision:\n'
                  'Invasive lobular carcinoma (classical type, grade 2) is not present at'
                  ' any inked margin; the closest margin is posterior at 2 mm. Tumour siz'
                  'e 17 mm.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='bv_n05'),
    pytest.param(('Right breast, mastectomy:\n'
                  'Ductal carcinoma in situ, high grade, 40 mm.\n'
                  'Invasive carcinoma (sampled extensively, blocks A5-A22) is not present'
                  '. Paget disease of the nipple (clefting cells in epidermis) is present'
                  '.'),
                 {'L': '-', 'R': 'M'}, id='bv_n06'),
    pytest.param(('Accession: S25-4154   Received: 14/03\n'
                  'Left breast, core:\n'
                  'Fibroadenoma.\n'
                  'Features of phyllodes tumour (DCIS, leaf-like fronds) are not present.'
                  '\n'
                  'Note: all cores reviewed.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='bv_n07',
                 marks=pytest.mark.xfail(strict=True, reason=("review bv_n07 (bracket_verdict): read {'L': 'BM', "
                                                          "'R': '-'}; by design: a bracket naming DCIS '(DCIS"
                                                          ", leaf-like fronds)' keeps the old reading; the DC"
                                                          "IS inside it is no verdict's subject"))),
    pytest.param(('Accession: S25-4155   Received: 14/03\n'
                  'Clinical details: lump at scar.\n'
                  'Previous L breast excision 2012: fibroadenoma.\n'
                  'Diagnosis: Left breast, core biopsy: benign breast tissue with stromal'
                  ' fibrosis. No atypia.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='pv_v01'),
    pytest.param(('Accession: S25-4156   Received: 14/03\n'
                  'Right breast, re-excision:\n'
                  'Prior R core 2019: DCIS, low grade.\n'
                  'Microscopy: fibrocystic change with apocrine metaplasia. No residual D'
                  'CIS identified.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='pv_v02'),
    pytest.param(('Accession: S25-4157   Received: 14/03\n'
                  'Report for left breast core biopsy\n'
                  'Previous excision in 2012: benign phyllodes tumour.\n'
                  'Today: Left breast, core: fibroadenoma, no stromal overgrowth.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='pv_v03'),
    pytest.param(('Accession: S25-4158   Received: 14/03\n'
                  "Right breast, 11 o'clock core:\n"
                  'Previous right biopsy 2020: radial scar.\n'
                  'Current cores: fibrocystic change and benign breast parenchyma. No aty'
                  'pia or malignancy.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='pv_v04'),
    pytest.param(('Left breast, core of palpable thickening:\n'
                  'Prior left breast surgery 2015: invasive ductal carcinoma, treated wit'
                  'h WLE and radiotherapy.\n'
                  'Findings: fat necrosis with foamy histiocytes. No recurrent carcinoma.'),
                 {'L': '-', 'R': '-'}, id='pv_v05'),
    pytest.param(('Accession: S25-4160   Received: 14/03\n'
                  'Right breast, core:\n'
                  'Previous Rt breast core 2021: papilloma.\n'
                  'Today: sclerosing adenosis; no papilloma in these cores.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='pv_v06'),
    pytest.param(('Accession: S25-4161   Received: 14/03\n'
                  'Left breast, core biopsy:\n'
                  'Previous L breast excision (2012): fibroadenoma.\n'
                  'Now: stromal fibrosis and benign ducts. No atypia.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='pv_v07',
                 marks=pytest.mark.xfail(strict=True, reason=("review pv_v07 (prev_side_year): read {'L': 'B', 'R"
                                                          "': '-'}; under-reach left: 'Previous L breast exci"
                                                          "sion (2012):' - a year in brackets is not in the r"
                                                          'ule; not widened in a narrowing stop'))),
    pytest.param(('Accession: S25-4162   Received: 14/03\n'
                  'Right breast, core:\n'
                  'Previous excision 03/2012: DCIS, intermediate grade.\n'
                  'Current: benign breast tissue, fibrosis. No carcinoma.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='pv_v08',
                 marks=pytest.mark.xfail(strict=True, reason=("review pv_v08 (prev_side_year): read {'L': '-', 'R"
                                                          "': 'M'}; under-reach left: 'Previous excision 03/2"
                                                          "012:' - a month and year are not in the rule; not "
                                                          'widened in a narrowing stop'))),
    pytest.param(('Accession: S25-4163   Received: 14/03\n'
                  'Left breast, re-excision:\n'
                  'Previous excision site with fat necrosis and foreign body giant cells.'
                  ' No residual carcinoma. Margins clear.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='pv_n01'),
    pytest.param(('Accession: S25-4164   Received: 14/03\n'
                  'Right breast excision 2024: fibroadenoma, 18 mm, completely excised. N'
                  'o atypia.\n'
                  'Comment: concordant with imaging.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='pv_n02'),
    pytest.param(('Accession: S25-4165   Received: 14/03\n'
                  'Previous core 2019: benign.\n'
                  'Diagnosis: Left breast, wide local excision: invasive lobular carcinom'
                  'a, classical, 14 mm, grade 2.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='pv_n03'),
    pytest.param(('Accession: S25-4166   Received: 14/03\n'
                  'Previous L breast excision 2012: fibroadenoma.\n'
                  'DIAGNOSIS: Left breast, excision: recurrent fibroadenoma, 15 mm, at th'
                  'e same site.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='pv_n04'),
    pytest.param(('Accession: S25-4167   Received: 14/03\n'
                  'Previous biopsy 2019: negative.\n'
                  'Right breast core 2024: ductal carcinoma in situ, high grade, with mic'
                  'rocalcifications.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'M'}, id='pv_n05'),
    pytest.param(('Accession: S25-4168   Received: 14/03\n'
                  'Right breast, core biopsy of the previous excision site 2012:\n'
                  'Recurrent invasive ductal carcinoma, grade 2.\n'
                  'Comment: at the previous scar.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'M'}, id='pv_n06',
                 marks=pytest.mark.xfail(strict=True, reason=("review pv_n06 (prev_side_year): read {'L': '-', 'R"
                                                          "': 'BM'}; older behaviour: 'core biopsy of the pre"
                                                          "vious excision site 2012:' read as a scar finding "
                                                          '(the place sampled, a heading with its year); no n'
                                                          'arrow rule of the stop takes it'))),
    pytest.param(('voice recognition transcript Dr P Adeyemi\n'
                  'clinical history colon, left breast cancer in 2018 treated with lumpec'
                  'tomy and radiotherapy, new right breast mass period\n'
                  'final diagnosis colon, right breast core biopsy, invasive ductal carci'
                  'noma grade 2 period'),
                 {'L': '-', 'R': 'M'}, id='hc_v01'),
    pytest.param(('Accession: S25-4170   Received: 14/03\n'
                  'DICTATED REPORT\n'
                  'Clinical history colon, right breast DCIS 2015, now left breast lump.\n'
                  'Diagnosis colon, left breast, core: fibroadenoma.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='hc_v02'),
    pytest.param(('CLINICAL HISTORY COLON, LEFT BREAST INVASIVE LOBULAR CARCINOMA 2017, M'
                  'ASTECTOMY. NOW RIGHT BREAST CALCIFICATION.\n'
                  'DIAGNOSIS COLON, RIGHT BREAST, STEREOTACTIC CORE: COLUMNAR CELL CHANGE'
                  ' WITH CALCIFICATION.'),
                 {'L': '-', 'R': 'B'}, id='hc_v03'),
    pytest.param(('transcribed by speech engine\n'
                  'clinical history colon, history of right breast carcinoma 2012 s/p mas'
                  'tectomy, left breast mass for biopsy.\n'
                  'final diagnosis: left breast, core: invasive ductal carcinoma, grade 3'
                  '.'),
                 {'L': 'M', 'R': '-'}, id='hc_v04'),
    pytest.param(('Accession: S25-4173   Received: 14/03\n'
                  'Clinical history colon, bilateral breast cancer 2010 and 2014, now axi'
                  'llary lump.\n'
                  'Diagnosis colon, right breast, core: fat necrosis. No malignancy.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='hc_v05'),
    pytest.param(('Accession: S25-4174   Received: 14/03\n'
                  'dictation\n'
                  'clinical history colon, prior left DCIS 2016 treated with wide excisio'
                  'n\n'
                  'specimen colon, left breast core\n'
                  'diagnosis colon, left breast core, sclerosing adenosis, no atypia\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='hc_v06',
                 marks=pytest.mark.xfail(strict=True, reason=("review hc_v06 (history_colon): read {'L': '-', 'R'"
                                                          ": '-'}; older behaviour: a lower-case run-on dicta"
                                                          "tion 'diagnosis colon, left breast core, sclerosin"
                                                          "g adenosis' has no typed colon after the site, so "
                                                          'no descriptor is read and the new heading rule (a '
                                                          "descriptor's 'Diagnosis colon,') does not reach it"))),
    pytest.param(('Accession: S25-4175   Received: 14/03\n'
                  'Clinical history: colon cancer 2015, now left breast mass.\n'
                  'Diagnosis: Left breast, core: invasive ductal carcinoma, grade 2.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='hc_n01'),
    pytest.param(('Accession: S25-4176   Received: 14/03\n'
                  'clinical history colon cancer 2018 now left breast mass\n'
                  'Left breast core: metastatic adenocarcinoma, CDX2 and CK20 positive, c'
                  'onsistent with metastasis from the colonic primary.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='hc_n02'),
    pytest.param(('Accession: S25-4177   Received: 14/03\n'
                  'dictated report\n'
                  'clinical history colon ca 2019 on surveillance new right breast mass d'
                  'iagnosis right breast core biopsy invasive ductal carcinoma grade 2 ER'
                  ' positive\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'M'}, id='hc_n03'),
    pytest.param(('Accession: S25-4178   Received: 14/03\n'
                  'Clinical history colonic adenocarcinoma 2019, new right breast lump. D'
                  'iagnosis: Right breast, core biopsy: invasive ductal carcinoma, grade '
                  '2, GATA3 positive, CK20 negative.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'M'}, id='hc_n04'),
    pytest.param(('Accession: S25-4179   Received: 14/03\n'
                  'Clinical history colonoscopy normal 2022, left breast lump on self-exa'
                  'mination, right breast normal. Left breast, core biopsy: fibroadenoma.'
                  ' No atypia.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='hc_n05'),
    pytest.param(('Accession: S25-4180   Received: 14/03\n'
                  'Clinical history colon tumour 2020 resected, new left breast mass. Fin'
                  'al diagnosis: left breast, core: invasive lobular carcinoma, grade 2.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='hc_n06'),
    pytest.param(('Accession: S25-4181   Received: 14/03\n'
                  'Clinical history colon, family history only. Left breast, core: ductal'
                  ' carcinoma in situ, intermediate grade, cribriform, with calcification'
                  '.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='hc_n07'),
    pytest.param(('Accession: S25-4182   Received: 14/03\n'
                  'Left breast, re-excision of superior margin:\n'
                  'Healing biopsy/lumpectomy site with fat necrosis and haemosiderin-lade'
                  'n macrophages. No residual carcinoma. New margin clear.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='bl_v01'),
    pytest.param(('Accession: S25-4183   Received: 14/03\n'
                  'Right breast, mastectomy:\n'
                  'Biopsy/excision site changes. No residual invasive carcinoma or DCIS ('
                  'ypT0). Nipple unremarkable.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='bl_v02'),
    pytest.param(('Accession: S25-4184   Received: 14/03\n'
                  'Right breast, re-excision:\n'
                  'Biopsy/lumpectomy site changes with foreign body giant cell reaction; '
                  'residual ductal carcinoma in situ, intermediate grade, 3 mm, 1 mm from'
                  ' new margin.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'BM'}, id='bl_v03'),
    pytest.param(('Accession: S25-4185   Received: 14/03\n'
                  'Left breast, completion mastectomy:\n'
                  'Healing biopsy / lumpectomy site with fibrosis. No residual carcinoma.'
                  ' Skin and nipple without pathological change.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='bl_v04'),
    pytest.param(('Accession: S25-4186   Received: 14/03\n'
                  'Left breast, cavity shave:\n'
                  'Core biopsy/excision site with granulation tissue and fat necrosis. No'
                  ' residual DCIS.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='bl_v05'),
    pytest.param(('Accession: S25-4187   Received: 14/03\n'
                  'Right breast, wide re-excision:\n'
                  'Biopsy/re-excision site with fibrosis and suture granuloma. No residua'
                  'l malignancy.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='bl_v06',
                 marks=pytest.mark.xfail(strict=True, reason=("review bl_v06 (biopsy_lump_site): read {'L': '-', "
                                                          "'R': '-'}; under-reach left: 'Biopsy/re-excision s"
                                                          "ite' is not in the term list; not widened in a nar"
                                                          'rowing stop'))),
    pytest.param(('Accession: S25-4188   Received: 14/03\n'
                  'Left breast, re-excision:\n'
                  'Lumpectomy site with fat necrosis. No residual carcinoma. Margins clea'
                  'r.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.\n'
                  'Fixation: 10% buffered formalin, adequate.'),
                 {'L': '-', 'R': '-'}, id='bl_n01'),
    pytest.param(('Accession: S25-4189   Received: 14/03\n'
                  'Right breast, lumpectomy cavity shave:\n'
                  'Fat necrosis and fibrosis. No residual carcinoma.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.\n'
                  'Fixation: 10% buffered formalin, adequate.'),
                 {'L': '-', 'R': '-'}, id='bl_n02'),
    pytest.param(('Accession: S25-4190   Received: 14/03\n'
                  'Specimen: Left breast, re-excision of biopsy/lumpectomy site.\n'
                  'Gross: 4 x 3 x 2 cm of fatty tissue, inked.\n'
                  'Diagnosis: Left breast: benign breast tissue. No residual DCIS.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='bl_n03'),
    pytest.param(('Accession: S25-4191   Received: 14/03\n'
                  'Left breast, re-excision:\n'
                  'No biopsy/lumpectomy site changes identified in the sections examined;'
                  ' benign breast tissue only.\n'
                  'Comment: the site may be in the original specimen.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='bl_n04'),
    pytest.param(('Accession: S25-4192   Received: 14/03\n'
                  'Skin, back, re-excision of melanoma:\n'
                  'Healing biopsy/excision site with dermal scar. No residual melanoma. M'
                  'argins clear.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='bl_n05'),
    pytest.param(('Accession: S25-4193   Received: 14/03\n'
                  'Gross description: Right breast re-excision, 5 cm; the biopsy/lumpecto'
                  'my site is identified as a 2 cm fibrotic area.\n'
                  'Diagnosis: Right breast: residual invasive ductal carcinoma, 4 mm, gra'
                  'de 2.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'M'}, id='bl_n06'),
    pytest.param(('Liver, segment 6, core biopsy:\n'
                  'Metastatic adenocarcinoma, GATA3 positive, consistent with metastasis '
                  'from the known left breast carcinoma (original diagnosis 2017, left ma'
                  'stectomy, adjuvant chemotherapy).'),
                 {'L': '-', 'R': '-'}, id='od_v01'),
    pytest.param(('Accession: S25-4195   Received: 14/03\n'
                  'Bone, iliac crest, core:\n'
                  'Metastatic lobular carcinoma, E-cadherin negative, in keeping with a r'
                  'ight breast primary (original diagnosis in 2016, treated with mastecto'
                  'my and letrozole).\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='od_v02'),
    pytest.param(('Accession: S25-4196   Received: 14/03\n'
                  'Clinical: Metastatic right breast cancer (original diagnosis 03/2018, '
                  'right WLE, radiotherapy).\n'
                  'Liver core: metastatic carcinoma, ER positive, consistent with breast '
                  'origin.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='od_v03'),
    pytest.param(('Accession: S25-4197   Received: 14/03\n'
                  'Pleural fluid cytology:\n'
                  'Malignant cells present, in keeping with metastatic left breast carcin'
                  'oma (original diagnosis 2020; ER positive, HER2 negative).\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='od_v04'),
    pytest.param(('Accession: S25-4198   Received: 14/03\n'
                  'Right breast, core:\n'
                  "Recurrent invasive ductal carcinoma, grade 2, at 9 o'clock.\n"
                  'Background: left breast cancer (original diagnosis 2012, left mastecto'
                  'my).\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'M'}, id='od_v05'),
    pytest.param(('Accession: S25-4199   Received: 14/03\n'
                  'Lung, right lower lobe, wedge:\n'
                  'Metastatic carcinoma of breast origin. Known right breast invasive duc'
                  'tal carcinoma (original diagnosis 2015, lumpectomy and radiotherapy).\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='od_v06'),
    pytest.param(('Accession: S25-4200   Received: 14/03\n'
                  'Brain lesion, resection:\n'
                  'Metastatic carcinoma, GATA3 and mammaglobin positive. History: left br'
                  'east cancer (original diagnosis: 2019, mastectomy).\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='od_v07'),
    pytest.param(('Accession: S25-4201   Received: 14/03\n'
                  'Right breast, core biopsy (second opinion):\n'
                  'Invasive ductal carcinoma, grade 2 (original diagnosis confirmed on re'
                  'view).\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'M'}, id='od_n01'),
    pytest.param(('Accession: S25-4202   Received: 14/03\n'
                  'Right breast, mastectomy:\n'
                  'Invasive ductal carcinoma, grade 2, 22 mm (original diagnosis 2024 on '
                  'core biopsy; no neoadjuvant therapy). Margins clear. pT2 N0.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'M'}, id='od_n02'),
    pytest.param(('Accession: S25-4203   Received: 14/03\n'
                  'Left breast, core:\n'
                  'Recurrent invasive ductal carcinoma (original diagnosis 2015, left lum'
                  'pectomy), grade 3, ER positive.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='od_n03'),
    pytest.param(('Accession: S25-4204   Received: 14/03\n'
                  'Right breast, excision:\n'
                  'Fibroadenoma, enlarging (original diagnosis 2019 on core), 34 mm, comp'
                  'letely excised.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='od_n04'),
    pytest.param(('Accession: S25-4205   Received: 14/03\n'
                  'Outside consultation, our review:\n'
                  'Left breast, core: ductal carcinoma in situ, high grade (original diag'
                  'nosis 2024 at referring laboratory: atypical ductal hyperplasia).\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='od_n05',
                 marks=pytest.mark.xfail(strict=True, reason=("review od_n05 (original_dx_year): read {'L': 'BM',"
                                                          " 'R': '-'}; older behaviour: the referring laborat"
                                                          "ory's ADH inside the bracket '(original diagnosis "
                                                          '2024 at referring laboratory: atypical ductal hype'
                                                          "rplasia)' labels B; the original-diagnosis rule co"
                                                          'ncerns the entity before the bracket only'))),
    pytest.param(('Accession: S25-4206   Received: 14/03\n'
                  'Left breast, wide local excision:\n'
                  'Ductal carcinoma in situ, intermediate grade, 16 mm (original diagnosi'
                  's 05/2025, core). Margins clear by 3 mm.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='od_n06'),
    pytest.param(('SURGICAL PATHOLOGY REPORT - Mercy Medical Center\n'
                  'Clinical history: 52F, right breast mass on screening.\n'
                  'FINAL DIAGNOSIS:\n'
                  "A. Right breast, 10 o'clock, ultrasound-guided core biopsy:\n"
                  '- Invasive ductal carcinoma, Nottingham grade 2 (3+2+1).\n'
                  '- Ductal carcinoma in situ, intermediate grade, cribriform.\n'
                  "B. Left breast, 3 o'clock, core: Fibroadenoma."),
                 {'L': 'B', 'R': 'M'}, id='or01'),
    pytest.param(('NHS Breast Screening Programme, Histopathology\n'
                  'Specimen: Left breast, stereotactic core (calcification).\n'
                  'Microscopy: Columnar cell change with flat epithelial atypia and lumin'
                  'al calcification.\n'
                  'Conclusion: B3. For vacuum excision.'),
                 {'L': 'B', 'R': '-'}, id='or02'),
    pytest.param(('Accession: S25-4209   Received: 14/03\n'
                  'Sydney Breast Pathology\n'
                  'Right breast, wide local excision:\n'
                  'Invasive lobular carcinoma, classical type, grade 2, 23 mm. LCIS prese'
                  'nt. Margins: closest 2 mm (medial). Sentinel node 0/2.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'BM'}, id='or03'),
    pytest.param(('Department of Pathology, Tata Memorial\n'
                  'Left breast, modified radical mastectomy (post NACT):\n'
                  'No residual invasive carcinoma. No DCIS. Tumour bed with fibrosis and '
                  'histiocytes. Lymph nodes 0/14. ypT0 N0.'),
                 {'L': '-', 'R': '-'}, id='or04'),
    pytest.param(('Accession: S25-4211   Received: 14/03\n'
                  'Patologiafdelingen, Aalborg\n'
                  'Højre mamma, grovnålsbiopsi:\n'
                  'Fibroadenom. Ingen atypi.\n'
                  'Konklusion: Benign læsion, B2.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='or05'),
    pytest.param(('Accession: S25-4212   Received: 14/03\n'
                  'Institut für Pathologie, Universitätsklinikum\n'
                  'Mamma links, Stanzbiopsie:\n'
                  'Invasives Karzinom, kein spezieller Typ (NST), G2. ER 90 %, PR 40 %, H'
                  'ER2 negativ.\n'
                  'B5b.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='or06'),
    pytest.param(('Accession: S25-4213   Received: 14/03\n'
                  'Histopathology, Royal Infirmary\n'
                  'Right breast, vacuum excision: intraductal papilloma, 8 mm, without at'
                  'ypia. Usual ductal hyperplasia in the surrounding ducts. B2.\n'
                  'Left breast: not sampled.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='or07'),
    pytest.param(('Accession: S25-4214   Received: 14/03\n'
                  'Anatomic Pathology, University Hospital\n'
                  'Left breast, excisional biopsy:\n'
                  'Radial scar, 7 mm, with sclerosing adenosis. No atypia or malignancy i'
                  'dentified.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='or08'),
    pytest.param(('Accession: S25-4215   Received: 14/03\n'
                  'Bilateral reduction mammoplasty:\n'
                  'A. Right breast, 412 g: fibrocystic change, no atypia.\n'
                  'B. Left breast, 388 g: fibroadenoma, 4 mm; fibrocystic change.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='or09'),
    pytest.param(('Accession: S25-4216   Received: 14/03\n'
                  'Klinisk patologi, Karolinska\n'
                  'Höger bröst, mellannålsbiopsi:\n'
                  'Duktal cancer in situ, höggradig, med komedonekros.\n'
                  'Ingen invasiv växt i materialet.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'M'}, id='or10'),
    pytest.param(('Accession: S25-4217   Received: 14/03\n'
                  'Right breast, core:\n'
                  'Atypical ductal hyperplasia versus low-grade DCIS; excision recommende'
                  'd.\n'
                  'Left breast, core: fat necrosis.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '?'}, id='or11'),
    pytest.param(('Accession: S25-4218   Received: 14/03\n'
                  'Left breast, mastectomy:\n'
                  'Ductal carcinoma in situ, high grade, 55 mm, extensive. Paget disease '
                  'of the nipple present. No invasive carcinoma identified.\n'
                  'Comment: discussed at MDT.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='or12'),
    pytest.param(('Accession: S25-4219   Received: 14/03\n'
                  'Right breast, core biopsy:\n'
                  'Fibroepithelial lesion with increased stromal cellularity, B3. The dif'
                  'ferential includes cellular fibroadenoma and benign phyllodes tumour; '
                  'excision is recommended.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '?'}, id='or13'),
    pytest.param(('Accession: S25-4220   Received: 14/03\n'
                  'Left breast, cyst aspirate and wall biopsy:\n'
                  'Benign simple cyst with apocrine lining. No atypia.\n'
                  'Right breast: no specimen.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='or14'),
    pytest.param(('Accession: S25-4221   Received: 14/03\n'
                  'Anatomia Patologica, Ospedale Niguarda\n'
                  'Mammella destra, biopsia: Carcinoma duttale infiltrante, grado 3 (NST)'
                  '. Ki-67 40%.\n'
                  'Mammella sinistra: non pervenuto materiale.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'M'}, id='or15'),
    pytest.param(('Accession: S25-4222   Received: 14/03\n'
                  'Right axillary sentinel lymph node, excision:\n'
                  'Metastatic carcinoma in 1 of 2 lymph nodes, 6 mm, without extranodal e'
                  'xtension.\n'
                  'No breast tissue received.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='or16'),
    pytest.param(('Accession: S25-4223   Received: 14/03\n'
                  'Left breast, excision:\n'
                  'Malignant phyllodes tumour, 62 mm, with stromal overgrowth and 14 mito'
                  'ses per 10 HPF. Margins clear (5 mm).\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='or17'),
    pytest.param(('Accession: S25-4224   Received: 14/03\n'
                  'Right breast, core:\n'
                  'Lobular carcinoma in situ, classical type, and atypical lobular hyperp'
                  'lasia. No invasive carcinoma.\n'
                  'Addendum: E-cadherin negative, supports lobular lineage; diagnosis unc'
                  'hanged.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'B'}, id='or18'),
    pytest.param(('Accession: S25-4225   Received: 14/03\n'
                  'Pathology report - Kaiser\n'
                  'Left breast, re-excision of margins:\n'
                  'No residual carcinoma. Biopsy site changes with fat necrosis.\n'
                  'Right breast: not applicable.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'B', 'R': '-'}, id='or19'),
    pytest.param(('Accession: S25-4226   Received: 14/03\n'
                  'Left breast, core biopsy:\n'
                  'Diffuse large B-cell lymphoma involving breast parenchyma; CD20 positi'
                  've, Ki-67 90%.\n'
                  'Right breast, core: benign breast tissue.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': 'M', 'R': '-'}, id='or20'),
    pytest.param(('Prøvenummer: H25-4227\n'
                  'Høyre mamma, nålebiopsi:\n'
                  'Konklusjon: Ingen invasivt karsinom. Duktalt carcinoma in situ, lavgra'
                  'dig, 5 mm, med mikroforkalkninger.\n'
                  'Besvart av: overlege, spesialist i patologi.\n'
                  'Fiksering: formalin, adekvat.'),
                 {'L': '-', 'R': 'M'}, id='nst_n07'),
    pytest.param(('Accession: S25-4228   Received: 14/03\n'
                  'Clinical history: re-excision of biopsy/lumpectomy site for close ante'
                  'rior margin.\n'
                  'Diagnosis: Right breast, re-excision: benign breast tissue. No residua'
                  'l carcinoma.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': '-'}, id='bl_n07'),
    pytest.param(('Accession: S25-4229   Received: 14/03\n'
                  'Right breast, wide local excision:\n'
                  'Invasive ductal carcinoma, grade 2, 14 mm, arising adjacent to an intr'
                  'aductal papilloma (original diagnosis 2021 on core). Margins clear.\n'
                  'Reported by: Dr M. Okafor, Consultant Histopathologist.'),
                 {'L': '-', 'R': 'BM'}, id='od_n07'),
    pytest.param(('Accession: S25-5101\n'
                  'Right breast, mastectomy:\n'
                  'Invasive ductal carcinoma, grade 2, 24 mm, upper outer quadrant.\n'
                  'In the border zone between the upper outer and upper inner quadrants t'
                  'here is a second focus of ductal carcinoma in situ, high grade, 5 mm.'),
                 {'L': '-', 'R': 'M'}, id='px_bz1'),
    pytest.param(('Patologinummer: P25-5102\n'
                  'Højre mamma, mastektomi:\n'
                  'I grænsezonen mellem de øvre kvadranter ses duktalt carcinoma in situ,'
                  ' høj grad, 5 mm.\n'
                  'Besvaret af: overlæge, speciallæge i patologisk anatomi.'),
                 {'L': '-', 'R': 'M'}, id='px_bz2'),
    pytest.param(('Accession: S25-5103\n'
                  'Right breast, excision:\n'
                  'Benign phyllodes tumour, 40 mm, with leaf-like architecture.\n'
                  'Differentialdiagnostisk fibroadenoma was considered, but the stromal c'
                  'ellularity and the leaf-like pattern exclude it.\n'
                  'Reported by: Dr K. Lund.'),
                 {'L': '-', 'R': 'M'}, id='px_bz3'),
    pytest.param(('Patologinummer: P25-5104\n'
                  'Venstre mamma, excision:\n'
                  'Fibroadenom, 24 mm.\n'
                  'Differentialdiagnostisk har benign phyllodes tumor været overvejet, me'
                  'n der er ikke bladformet arkitektur.\n'
                  'Besvaret af: overlæge.'),
                 {'L': 'B', 'R': '-'}, id='px_bz4'),
    pytest.param(('Accession: S25-5105\n'
                  'Left breast, core biopsy of scar nodule:\n'
                  'Recurrent ductal carcinoma in situ (original diagnosis 2018, treated b'
                  'y WLE and radiotherapy), high grade, with comedo necrosis.'),
                 {'L': 'M', 'R': '-'}, id='px_od1'),
    pytest.param(('Accession: S25-5106\n'
                  'Right breast, mastectomy:\n'
                  'Invasive lobular carcinoma (original diagnosis 2025 on core biopsy), c'
                  'lassical type, grade 2, 31 mm. Margins clear. pT2 N1a.'),
                 {'L': '-', 'R': 'M'}, id='px_od2'),
    pytest.param(('speech recognition draft\n'
                  'clinical history colon, right breast lump for core biopsy final diagno'
                  'sis colon right breast core biopsy invasive ductal carcinoma grade 2 o'
                  'estrogen receptor positive end of report'),
                 {'L': '-', 'R': 'M'}, id='px_hc1'),
    pytest.param(('Accession: S25-5107\n'
                  'Right breast, wide local excision:\n'
                  'Invasive ductal carcinoma (grade 2, 18 mm) is not completely excised: '
                  'it is present at the inked inferior margin. Re-excision advised.'),
                 {'L': '-', 'R': 'M'}, id='px_bv1'),
    pytest.param(('Accession: S25-5108\n'
                  'Left breast, wide local excision:\n'
                  'Ductal carcinoma in situ (high grade, solid, comedo necrosis) is not p'
                  'resent within 2 mm of any margin; closest margin 4 mm (medial). Extent'
                  ' 20 mm.'),
                 {'L': 'M', 'R': '-'}, id='px_bv2'),
    pytest.param(('Accession: S25-5109\n'
                  'Left breast, wide local excision:\n'
                  'Ductal carcinoma in situ, intermediate grade, cribriform, 14 mm, locat'
                  'ed in the border zone between the upper outer and lower outer quadrant'
                  's. Margins clear (closest 3 mm).'),
                 {'L': 'M', 'R': '-'}, id='px_bz5'),
    pytest.param(('Accession: S25-5110\n'
                  'Right breast, mastectomy:\n'
                  'In the border zone between the two upper quadrants there is ductal car'
                  'cinoma in situ, high grade, 9 mm. No invasive carcinoma.'),
                 {'L': '-', 'R': 'M'}, id='px_bz6'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
