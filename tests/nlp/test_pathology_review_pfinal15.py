"""Review pfinal15 of the b133-b134 pathology rules (8402e12 against df95bc3), pinned after their narrowing.

The review read 160 texts (7-8 variants and 7-8 near misses for each of the nine rules: the Scandinavian carcinoma of
no special type with "Tidligere" as history, the border zone between two lesions, "Differentialdiagnostisk X eller Y"
and a differential considered and rejected, "she had feared" / "remains convinced", a features bracket before a bare
verdict, "Previous L breast excision 2012:", a dictated "Clinical history colon," / "Diagnosis colon,", a
biopsy/lumpectomy site and "core biopsy of scar", "(original diagnosis YYYY, treatment)"; 32 ordinary reports;
labelled from the guide before either revision was run, ord32 and zone_n07 corrected by the reviewer to L=BM after the
run). df95bc3 read 99 as labelled, 8402e12 140. 8402e12 over-reached on 2 (E01, nst_n05: "Tidligere højre mamma
invasivt karcinom af ingen speciel type, lumpektomi 2019" under "Klinisk information:" read as today's R=M, the history
cue not reaching over the adjective and the Danish heading unread; E02, fear_n02: "She had feared cancer, and
unfortunately the cores show invasive lobular carcinoma" hedged today's carcinoma) and read 3 newly wrong another way
(E03, diff_n02: a radiologist's differential in the "Klinisk information:" line left the fibroadenoma open, R=?; E04,
diff_n04: "har lavgradigt DCIS været overvejet, men der er tale om atypisk duktal hyperplasi" denied the ADH after
"men"; E05, diff_n05: "idet DCIS ikke er udelukket" taken for a rejection, closing the open differential). The
narrowing: "Tidligere" / "tidigare" reaches its entity over two of the carcinoma's own adjectives at most (invasivt,
infiltrerende, duktalt, lobulært); the Danish / Norwegian "Klinisk information:" (also "Klinisk opplysning:") is the
clinical history heading, as "Kliniske oplysninger:" is; a belief's scope ends at ", and" opening a clause of its own
(not a list's last item, "..., and a carcinoma"), "but", ";" and a full stop ending it as before; the
considered-and-rejected differential is a cue of its own whose denial ends at "men" / "but"; "udelukket" /
"utelukket" / "excluded" is no rejection after "ikke", "ikke er", "ikkje", "not", "not be", "cannot be" (both in the
rejection and in the open differential's look-ahead). Two under-reaches the review named were taken too: the
Danish "Infiltrerende duktalt karcinom" is read (and "Intet" before an entity denies it as "Ingen" does), and "The
patient had feared a carcinoma" is hers as "She had feared" is (nst_v04, fear_v07 now right). 147 read as labelled;
no development report moved (26,711 of 26,800 breasts, b1-b134, as at 8402e12). Left as strict xfails, each an
under-reach or older behaviour no rule of the stop takes: nst_v02 (a Norwegian carcinoma unread beside a second
numbered part), nst_n06 (Norwegian "Invasivt lobulært karsinom" not in the lexicon), zone_v06 (the first side's
"with atypia" across a line break), diff_n03 (the English "Differential diagnosis considered: ...; however"),
fear_v04 (the only diagnosis under "Comment:", a debatable label), fear_n04 ("The radiologist remains convinced"),
brk_v01 and brk_v02 (a verdict wrapped across a line), brk_v04 and brk_v07 ("atypia" / "atypical" inside the
features bracket), prev_n04 ("Previous core 2022 reviewed:"), spk_n01 (the organ's "colon cancer 2018" labelling the
breast) and orig_v07 (an original-diagnosis bracket after an omentum core). Each right text must keep reading as
labelled; a strict xfail that passes is a reading to look at."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(('Odense Universitetshospital, Patologisk Afdeling\n'
                  'Rekvisition: Knude i højre mamma kl. 10, BI-RADS 5.\n'
                  'Patologisk-anatomisk diagnose:\n'
                  'Højre mamma, grovnålsbiopsi kl. 10: Invasivt karcinom af ingen speciel'
                  ' type (NST), malignitetsgrad 1.\n'
                  'ER 100 %, PgR 80 %, HER2 score 1+ (negativ), Ki-67 8 %.\n'
                  'Venstre mamma: ikke modtaget.'),
                 {'L': '-', 'R': 'M'}, id='nst_v01'),
    pytest.param(('Oslo universitetssykehus, Avdeling for patologi\n'
                  'Materiale: Venstre bryst, mastektomi med sentinel node.\n'
                  'Diagnose:\n'
                  '1. Venstre bryst: Infiltrerende karsinom av ingen spesiell type, histo'
                  'logisk grad 3, største diameter 24 mm. Frie\n'
                  'reseksjonsrender (nærmeste 6 mm dorsalt).\n'
                  '2. Sentinel lymfeknute venstre aksille: Ingen metastase (0/2).'),
                 {'L': 'M', 'R': '-'}, id='nst_v02',
                 marks=pytest.mark.xfail(strict=True, reason=("review nst_v02 (nst): read {'L': '-', 'R': '-'}; u"
                                                          'nder-reach (nst): the Norwegian "Infiltrerende kar'
                                                          'sinom av ingen spesiell type" reads alone but not '
                                                          'with a second numbered part "2. Sentinel lymfeknut'
                                                          'e venstre aksille: Ingen metastase"; left, no rule'
                                                          ' of this stop takes numbered Norwegian parts'))),
    pytest.param(('Sahlgrenska Universitetssjukhuset, Klinisk patologi\n'
                  'PAD-svar\n'
                  'Höger bröst, sektorresektion:\n'
                  'Invasivt karcinom av ingen särskild typ (NST), Nottinghamgrad 2, invas'
                  'iv tumörstorlek 14 mm.\n'
                  'Marginaler fria, minsta avstånd 4 mm. ER 90 %, PR 60 %, HER2 negativ.\n'
                  'Sentinel node: ingen metastas.'),
                 {'L': '-', 'R': 'M'}, id='nst_v03'),
    pytest.param(('Aarhus Universitetshospital\n'
                  'Diagnose: Venstre mamma, lumpektomi (trådmarkeret):\n'
                  'Infiltrerende duktalt karcinom, malignitetsgrad 2, tumorstørrelse 18 m'
                  'm.\n'
                  'Resektionsrande frie, mindste afstand 3 mm til dorsale rand.\n'
                  'Ingen karinvasion påvist.'),
                 {'L': 'M', 'R': '-'}, id='nst_v04'),
    pytest.param(('Herlev Hospital, Patologiafdelingen\n'
                  'Konklusion:\n'
                  'Højre mamma, ultralydvejledt nålebiopsi: Karcinom af ingen speciel typ'
                  'e, malignitetsgrad 3.\n'
                  'Østrogenreceptor negativ, HER2 3+ (positiv).\n'
                  'Besvaret af overlæge, speciallæge i patologi.'),
                 {'L': '-', 'R': 'M'}, id='nst_v05'),
    pytest.param(('St. Olavs hospital, Trondheim\n'
                  'Venstre bryst, grovnålsbiopsi kl 2, 3 sylinder:\n'
                  'Invasivt karsinom av ingen\n'
                  'spesiell type, histologisk grad 2. Ki67 25 %.\n'
                  'ER positiv (95 %), HER2 negativ (1+). Ingen DCIS i biopsiene.'),
                 {'L': 'M', 'R': '-'}, id='nst_v06'),
    pytest.param(('Klinisk information: Tidligere venstre mamma karcinom af ingen speciel'
                  ' type, opereret 2016, strålebehandlet.\n'
                  'Nu palpabel knude i højre mamma kl. 8.\n'
                  'Diagnose:\n'
                  'Højre mamma, grovnålsbiopsi: Fibroadenom. Ingen atypi og intet malignt'
                  '.'),
                 {'L': '-', 'R': 'B'}, id='nst_v07'),
    pytest.param(('Klinisk opplysning: Tidligere invasivt karsinom høyre bryst, behandlet'
                  ' 2017 med lumpektomi og stråling.\n'
                  'Ny lesjon venstre bryst ved kontroll-mammografi.\n'
                  'Diagnose:\n'
                  'Venstre bryst, grovnålsbiopsi: Fibroadenom. Ingen holdepunkt for malig'
                  'nitet.'),
                 {'L': 'B', 'R': '-'}, id='nst_v08'),
    pytest.param(('Rigshospitalet, Patologi\n'
                  'Klinisk: Tidligere fibroadenom i højre mamma fjernet 2010. Ny knude sa'
                  'mme side.\n'
                  'Diagnose:\n'
                  'Højre mamma, grovnålsbiopsi: Invasivt karcinom af ingen speciel type, '
                  'malignitetsgrad 2.\n'
                  'ER positiv, HER2 negativ.'),
                 {'L': '-', 'R': 'M'}, id='nst_n01'),
    pytest.param(('Diagnose:\n'
                  'Venstre mamma, grovnålsbiopsi kl. 1: Sammenholdt med tidligere biopsi '
                  '(2022) findes nu invasivt karcinom af\n'
                  'ingen speciel type, malignitetsgrad 2, i alle tre cylindre.\n'
                  'Hormonreceptorer og HER2 følger.'),
                 {'L': 'M', 'R': '-'}, id='nst_n02'),
    pytest.param(('Aalborg Universitetshospital\n'
                  'Højre mamma, mastektomi efter neoadjuverende kemoterapi:\n'
                  'Ingen resterende invasivt karcinom. Ingen DCIS.\n'
                  'Tumorleje 30 x 20 mm med fibrose og hæmosiderinholdige makrofager. ypT'
                  '0 ypN0 (0/3).'),
                 {'L': '-', 'R': '-'}, id='nst_n03'),
    pytest.param(('Remiss nr. 24-28391, ankom 2024-03-10\n'
                  'Karolinska Universitetssjukhuset\n'
                  'Höger bröst, mellannålsbiopsi kl 11:\n'
                  'Fibroadenom. Inga tecken på malignitet. Ingen atypi.\n'
                  'Kommentar: Fyndet förklarar den radiologiska förändringen.'),
                 {'L': '-', 'R': 'B'}, id='nst_n04'),
    pytest.param(('Klinisk information: Tidligere højre mamma invasivt karcinom af ingen '
                  'speciel type, lumpektomi 2019, strålebehandlet.\n'
                  'Nu mikroforkalkninger i venstre mamma.\n'
                  'Diagnose:\n'
                  'Venstre mamma, stereotaktisk vakuumbiopsi: Benignt mammavæv med fibros'
                  'e og mikroforkalkninger. Intet malignt.'),
                 {'L': '-', 'R': '-'}, id='nst_n05'),
    pytest.param(('Prøvenr. H24-21711, mottatt 13.03.2024\n'
                  'Haukeland universitetssjukehus\n'
                  'Venstre bryst, lumpektomi:\n'
                  'Invasivt lobulært karsinom, klassisk type, grad 2, 21 mm. Ingen karsin'
                  'om av ingen spesiell type-komponent.\n'
                  'Reseksjonsrender frie.'),
                 {'L': 'M', 'R': '-'}, id='nst_n06',
                 marks=pytest.mark.xfail(strict=True, reason=("review nst_n06 (nst): read {'L': '-', 'R': '-'}; o"
                                                          'lder behaviour: Norwegian "Invasivt lobulært karsi'
                                                          'nom" is not in the lexicon (not part of the rule)'))),
    pytest.param(('Outside report (Skåne University Hospital, translated by requesting cl'
                  'inician):\n'
                  '"Höger bröst, mellannålsbiopsi: invasivt karcinom av ingen särskild ty'
                  'p, grad 2."\n'
                  'Our review, right breast core (slides S24-1180):\n'
                  'Invasive carcinoma of no special type, grade 2, in agreement with the '
                  'outside diagnosis.'),
                 {'L': '-', 'R': 'M'}, id='nst_n07'),
    pytest.param(('Klinisk information: Patient med tidligere brystkræft. Tidligere højre'
                  ' mamma infiltrerende duktalt karcinom, mastektomi 2014.\n'
                  'Diagnose:\n'
                  'Venstre mamma, grovnålsbiopsi kl. 3: Fedtnekrose. Intet malignt.'),
                 {'L': '-', 'R': '-'}, id='nst_n08'),
    pytest.param(('DIAGNOSIS:\n'
                  'Left breast, stereotactic core biopsy (calcifications, upper outer qua'
                  'drant):\n'
                  'Atypical intraductal epithelial proliferation in the border zone betwe'
                  'en atypical ductal hyperplasia and low-grade\n'
                  'ductal carcinoma in situ, with associated microcalcifications. Surgica'
                  'l excision is recommended.'),
                 {'L': '?', 'R': '-'}, id='zone_v01'),
    pytest.param(('Patologisk-anatomisk diagnose:\n'
                  'Venstre mamma, vakuumbiopsi (mikroforkalkninger):\n'
                  'Atypisk intraduktal epitelproliferation i grænsezonen mellem atypisk d'
                  'uktal hyperplasi og lavgradigt DCIS.\n'
                  'Der anbefales kirurgisk excision.'),
                 {'L': '?', 'R': '-'}, id='zone_v02'),
    pytest.param(('Prøvenr. H24-08202, mottatt 20.03.2024\n'
                  'Diagnose:\n'
                  'Høyre bryst, grovnålsbiopsi kl 9:\n'
                  'Duktal epitelproliferasjon med atypi. Forandringene ligger i grenseson'
                  'en mellom ADH og lavgradig DCIS.\n'
                  'Anbefaler eksisjon for endelig vurdering.'),
                 {'L': '-', 'R': '?'}, id='zone_v03'),
    pytest.param(('FINAL DIAGNOSIS (translated from Danish original):\n'
                  "Right breast, ultrasound-guided core, 10 o'clock:\n"
                  'In the borderline zone between florid usual ductal hyperplasia and low'
                  ' grade DCIS.\n'
                  'Immunohistochemistry: CK5/6 shows a mosaic pattern in part, ER strong '
                  'in the remainder. Excision advised.'),
                 {'L': '-', 'R': '?'}, id='zone_v04'),
    pytest.param(("Left breast, VAB, 12 o'clock:\n"
                  'Atypical ductal proliferation with calcifications. The lesion lies in '
                  'the border zone\n'
                  'between ADH and DCIS (low nuclear grade), and we cannot settle it on t'
                  'his material.\n'
                  'B3. MDT discussion recommended.'),
                 {'L': '?', 'R': '-'}, id='zone_v05'),
    pytest.param(('CONCLUSION:\n'
                  'Right breast, core biopsy: Papillary lesion. The appearances are in th'
                  'e border zone between intraductal papilloma\n'
                  'with atypia and papillary ductal carcinoma in situ. Complete excision '
                  'recommended.'),
                 {'L': '-', 'R': '?'}, id='zone_v06',
                 marks=pytest.mark.xfail(strict=True, reason=("review zone_v06 (zone): read {'L': '-', 'R': 'BM'}"
                                                          "; under-reach (zone): the first side's two-word ta"
                                                          'il "with atypia" across a line break defeats _ZONE'
                                                          '_SIDES; widening the sides would reach places agai'
                                                          'n'))),
    pytest.param(('Remiss nr. 24-92065, ankom 2024-03-15\n'
                  'Vänster bröst, vakuumassisterad biopsi:\n'
                  'Epitelproliferation i gränszonen mellan atypisk duktal hyperplasi och '
                  'DCIS grad 1.\n'
                  'Rekommenderas kirurgisk excision.\n'
                  'Signerad: överläkare K. Lindqvist, specialist i klinisk patologi.'),
                 {'L': '?', 'R': '-'}, id='zone_v07'),
    pytest.param(('Højre mamma, lumpektomi:\n'
                  'Invasivt karcinom af ingen speciel type, malignitetsgrad 2, 20 mm.\n'
                  'I grænsezonen mellem tumor og det omgivende fedtvæv ses desuden DCIS, '
                  'intermediær grad.\n'
                  'Resektionsrande frie.'),
                 {'L': '-', 'R': 'M'}, id='zone_n01'),
    pytest.param(('DIAGNOSIS:\n'
                  'Left breast, wire-guided excision:\n'
                  'Ductal carcinoma in situ, intermediate grade, cribriform, 6 mm, locate'
                  'd in the border zone between the upper outer and\n'
                  'upper inner quadrants. Margins clear (closest 4 mm, superior).'),
                 {'L': 'M', 'R': '-'}, id='zone_n02'),
    pytest.param(('Right breast, excision:\n'
                  'Fibroadenoma, 18 mm. At the border zone between the fibroadenoma and t'
                  'he adjacent parenchyma there is a small focus of\n'
                  'atypical ductal hyperplasia (1.5 mm). No in situ or invasive carcinoma'
                  '.'),
                 {'L': '-', 'R': 'B'}, id='zone_n03'),
    pytest.param(('Prøvenr. H24-16352, mottatt 15.03.2024\n'
                  'Venstre bryst, mastektomi:\n'
                  'Invasivt karsinom av ingen spesiell type, grad 3, 32 mm. Grensesonen m'
                  'ellom tumor og fettvev er infiltrativ.\n'
                  'Lymfekarinnvekst påvist.\n'
                  'Signert: overlege K. Lindqvist, spesialist i patologi.'),
                 {'L': 'M', 'R': '-'}, id='zone_n04'),
    pytest.param(('Lab no. H24-93824 | Received 15/03/2024 | Reported 25/03/2024\n'
                  'Left breast, excision:\n'
                  'Benign phyllodes tumour, 42 mm. The border zone between tumour and sur'
                  'rounding breast is pushing, without permeation.\n'
                  'Stromal mitoses 2/10 HPF. Margins clear.'),
                 {'L': 'M', 'R': '-'}, id='zone_n05'),
    pytest.param(('Right breast, wide local excision:\n'
                  'Invasive ductal carcinoma, grade 2, 15 mm, in the border zone between '
                  "the 9 and 10 o'clock positions.\n"
                  'DCIS, intermediate grade, adjacent. All margins clear by more than 2 m'
                  'm.'),
                 {'L': '-', 'R': 'M'}, id='zone_n06'),
    pytest.param(('Clinical history: previous core (2023) reported as in the border zone '
                  'between ADH and DCIS.\n'
                  'DIAGNOSIS:\n'
                  'Left breast, wire-guided excision: Ductal carcinoma in situ, low grade'
                  ', 8 mm, with biopsy site changes.'),
                 {'L': 'BM', 'R': '-'}, id='zone_n07'),
    pytest.param(('Diagnose:\n'
                  'Højre mamma, grovnålsbiopsi kl. 12: Papillær læsion.\n'
                  'Differentialdiagnostisk intraduktalt papillom med atypisk duktal hyper'
                  'plasi eller papillært duktalt karcinom in situ.\n'
                  'Excision anbefales.'),
                 {'L': '-', 'R': '?'}, id='diff_v01'),
    pytest.param(('Prøvenr. H24-52416, mottatt 14.03.2024\n'
                  'Diagnose:\n'
                  'Venstre bryst, grovnålsbiopsi: Fibroepitelial lesjon med cellerikt str'
                  'oma.\n'
                  'Differensialdiagnostisk fibroadenom eller benign phyllodes tumor. Anbe'
                  'faler eksisjon.'),
                 {'L': '?', 'R': '-'}, id='diff_v02'),
    pytest.param(('Rekv.nr. P24-30964, modtaget 13.03.2024\n'
                  'Venstre mamma, excision:\n'
                  'Fibroadenom, 25 mm. Differentialdiagnostisk er phyllodes tumor overvej'
                  'et, men stromaet er ikke cellerigt og der er\n'
                  'ingen bladformet arkitektur.'),
                 {'L': 'B', 'R': '-'}, id='diff_v03'),
    pytest.param(('Rekv.nr. P24-42074, modtaget 13.03.2024\n'
                  'Højre mamma, excisionsbiopsi:\n'
                  'Intraduktalt papillom. Differentialdiagnostisk er papillært karcinom i'
                  'n situ udelukket ved immunhistokemi\n'
                  '(CK5/6 og p63 bevaret).\n'
                  'Besvaret af: overlæge K. Lindqvist, speciallæge i patologi.'),
                 {'L': '-', 'R': 'B'}, id='diff_v04'),
    pytest.param(('Prøvenr. H24-96239, mottatt 18.03.2024\n'
                  'Konklusjon:\n'
                  'Venstre bryst, vakuumbiopsi: Differensialdiagnostisk atypisk duktal hy'
                  'perplasi\n'
                  'eller lavgradig DCIS. Anbefaler kirurgisk eksisjon.\n'
                  'Signert: overlege K. Lindqvist, spesialist i patologi.'),
                 {'L': '?', 'R': '-'}, id='diff_v05'),
    pytest.param(('Rekv.nr. P24-31328, modtaget 19.03.2024\n'
                  'Venstre mamma, grovnålsbiopsi:\n'
                  'Atypisk intraduktal proliferation. Differentialdiagnostisk ADH eller l'
                  'avgradigt DCIS. Ved supplerende snit ses dog\n'
                  'entydigt duktalt karcinom in situ, lav grad.'),
                 {'L': 'M', 'R': '-'}, id='diff_v06'),
    pytest.param(('Rekv.nr. P24-56033, modtaget 17.03.2024\n'
                  'Højre mamma, grovnålsbiopsi kl. 7:\n'
                  'Fibroadenom. Differentialdiagnostisk har benign phyllodes tumor været '
                  'overvejet, men der er ikke stromal\n'
                  'hypercellularitet eller bladformet vækst.\n'
                  'Ingen malignitet.'),
                 {'L': '-', 'R': 'B'}, id='diff_v07'),
    pytest.param(('Venstre mamma, grovnålsbiopsi:\n'
                  'Karcinom. Differentialdiagnostisk har metastase fra lungekarcinom være'
                  't overvejet, men tumoren er GATA3-positiv og\n'
                  'TTF-1-negativ.\n'
                  'Konklusion: Invasivt karcinom af ingen speciel type, malignitetsgrad 2'
                  '.'),
                 {'L': 'M', 'R': '-'}, id='diff_n01'),
    pytest.param(('Rekv.nr. P24-61438, modtaget 19.03.2024\n'
                  'Klinisk information: Radiologisk differentialdiagnostisk fibroadenom e'
                  'ller phyllodes tumor.\n'
                  'Diagnose:\n'
                  'Højre mamma, grovnålsbiopsi: Fibroadenom. Ingen holdepunkt for phyllod'
                  'es tumor.'),
                 {'L': '-', 'R': 'B'}, id='diff_n02'),
    pytest.param(('Lab no. H24-58580 | Received 19/03/2024 | Reported 26/03/2024\n'
                  'Right breast, excision:\n'
                  'Fibroadenoma, 30 mm. Differential diagnosis considered: benign phyllod'
                  'es tumour; however there is no stromal\n'
                  'overgrowth and no leaf-like architecture. Final: fibroadenoma.'),
                 {'L': '-', 'R': 'B'}, id='diff_n03',
                 marks=pytest.mark.xfail(strict=True, reason=("review diff_n03 (diffdx): read {'L': '-', 'R': 'BM"
                                                          '\'}; older behaviour: the English "Differential dia'
                                                          'gnosis considered: X; however ..." is no rejection'
                                                          '; the rejection reading is only Danish / Norwegian'))),
    pytest.param(('Rekv.nr. P24-91967, modtaget 20.03.2024\n'
                  'Venstre mamma, vakuumbiopsi:\n'
                  'Differentialdiagnostisk har lavgradigt DCIS været overvejet, men der e'
                  'r tale om atypisk duktal hyperplasi,\n'
                  'idet forandringerne højst involverer to duktuli.'),
                 {'L': 'B', 'R': '-'}, id='diff_n04'),
    pytest.param(('Rekv.nr. P24-54097, modtaget 11.03.2024\n'
                  'Højre mamma, grovnålsbiopsi:\n'
                  'Papillær læsion. Differentialdiagnostisk intraduktalt papillom med aty'
                  'pi eller papillært DCIS, idet DCIS ikke er\n'
                  'udelukket ved immunhistokemi. Excision anbefales.'),
                 {'L': '-', 'R': '?'}, id='diff_n05'),
    pytest.param(('Rekv.nr. P24-03457, modtaget 13.03.2024\n'
                  'Venstre mamma, lumpektomi:\n'
                  'Invasivt karcinom af ingen speciel type, grad 2, 16 mm. Differentialdi'
                  'agnostisk invasivt lobulært karcinom eller\n'
                  'blandet type; E-cadherin er dog bevaret.'),
                 {'L': 'M', 'R': '-'}, id='diff_n06'),
    pytest.param(('Høyre bryst, grovnålsbiopsi:\n'
                  'Differensialdiagnostisk invasivt karsinom eller DCIS med kreftifiserin'
                  'g av lobuli i to sylindre. I den tredje sylinder\n'
                  'ses entydig invasiv vekst: Invasivt karsinom av ingen spesiell type, g'
                  'rad 2.'),
                 {'L': '-', 'R': 'M'}, id='diff_n07'),
    pytest.param(('Clinical history: 38-year-old, palpable right breast lump for 2 months'
                  '; she had feared cancer because her sister\n'
                  'was diagnosed at 41.\n'
                  'DIAGNOSIS:\n'
                  'Right breast, ultrasound-guided core biopsy: Fibroadenoma. No atypia.'),
                 {'L': '-', 'R': 'B'}, id='fear_v01'),
    pytest.param(('Lab no. H24-70984 | Received 12/03/2024 | Reported 21/03/2024\n'
                  'Left breast, excision biopsy:\n'
                  'Fibroadenoma, 21 mm, completely excised.\n'
                  'Comment: Discussed with Mr Okafor. She feared breast cancer after read'
                  'ing about her colleague; the findings are\n'
                  'entirely benign.'),
                 {'L': 'B', 'R': '-'}, id='fear_v02'),
    pytest.param(('Left breast, wide excision (patient request):\n'
                  'Sclerosing adenosis and columnar cell change. No atypia, no malignancy'
                  '.\n'
                  'Note: the patient remains convinced she has breast cancer despite two '
                  'benign core biopsies; the whole lesion has been\n'
                  'examined.'),
                 {'L': 'B', 'R': '-'}, id='fear_v03'),
    pytest.param(('Comment:\n'
                  'The patient is still convinced she has cancer in the left breast, and '
                  'the surgeon asked for the whole specimen to be\n'
                  'embedded. Left breast, excision: fibroadenoma with usual ductal hyperp'
                  'lasia. No atypia.'),
                 {'L': 'B', 'R': '-'}, id='fear_v04',
                 marks=pytest.mark.xfail(strict=True, reason=("review fear_v04 (feared): read {'L': '-', 'R': '-'"
                                                          '}; older behaviour, debatable text: the only diagn'
                                                          'osis stands under "Comment:", which never labels ('
                                                          'rule 2)'))),
    pytest.param(('Lab no. H24-38567 | Received 18/03/2024 | Reported 28/03/2024\n'
                  'Right breast, subcutaneous mastectomy:\n'
                  'Gynaecomastia, florid phase. No malignancy.\n'
                  'Comment: He feared breast cancer because his father had it at 60; reas'
                  'surance given to the referring clinician.'),
                 {'L': '-', 'R': '-'}, id='fear_v05'),
    pytest.param(('Lab no. H24-20882 | Received 11/03/2024 | Reported 22/03/2024\n'
                  "Diagnosis: Right breast, core at 11 o'clock: Intraductal papilloma wit"
                  'hout atypia.\n'
                  'She remains worried she has cancer; the MDT will discuss excision for '
                  'symptomatic relief.'),
                 {'L': '-', 'R': 'B'}, id='fear_v06'),
    pytest.param(('Lab no. H24-52822 | Received 10/03/2024 | Reported 22/03/2024\n'
                  'Left breast, core: cyst wall with apocrine lining, and a fibroadenoma.'
                  '\n'
                  'The patient had feared a carcinoma given the rapid growth; there is no'
                  ' evidence of malignancy.'),
                 {'L': 'B', 'R': '-'}, id='fear_v07'),
    pytest.param(('Lab no. H24-62428 | Received 18/03/2024 | Reported 25/03/2024\n'
                  'The feared carcinoma is confirmed.\n'
                  "DIAGNOSIS: Left breast, core biopsy 2 o'clock: Invasive ductal carcino"
                  'ma, grade 3.\n'
                  'ER negative, PR negative, HER2 pending.'),
                 {'L': 'M', 'R': '-'}, id='fear_n01'),
    pytest.param(('Lab no. H24-53620 | Received 18/03/2024 | Reported 24/03/2024\n'
                  'Left breast, core:\n'
                  'She had feared cancer, and unfortunately the cores show invasive lobul'
                  'ar carcinoma, classical type, grade 2.\n'
                  'ER positive.'),
                 {'L': 'M', 'R': '-'}, id='fear_n02'),
    pytest.param(('Lab no. H24-24489 | Received 18/03/2024 | Reported 26/03/2024\n'
                  'Right breast, re-excision:\n'
                  'The surgeon feared DCIS extending to the superior margin; the re-excis'
                  'ion shows residual DCIS, intermediate grade,\n'
                  '3 mm from the new superior margin.'),
                 {'L': '-', 'R': 'M'}, id='fear_n03'),
    pytest.param(('Lab no. H24-11264 | Received 13/03/2024 | Reported 25/03/2024\n'
                  'Left breast, core:\n'
                  'Fibroadenoma. The radiologist remains convinced this is a malignant le'
                  'sion on imaging (BI-RADS 5); discordant.\n'
                  'Repeat biopsy recommended.'),
                 {'L': 'B', 'R': '-'}, id='fear_n04',
                 marks=pytest.mark.xfail(strict=True, reason=("review fear_n04 (feared): read {'L': 'BM', 'R': '-"
                                                          '\'}; older behaviour: "The radiologist remains conv'
                                                          'inced this is a malignant lesion" (no "she has") i'
                                                          's outside the belief rule'))),
    pytest.param(('Lab no. H24-41793 | Received 12/03/2024 | Reported 26/03/2024\n'
                  'She remains convinced she has cancer; indeed the right breast core sho'
                  'ws invasive carcinoma NST, grade 2.\n'
                  'DIAGNOSIS: Right breast, core biopsy: Invasive carcinoma of no special'
                  ' type, grade 2.'),
                 {'L': '-', 'R': 'M'}, id='fear_n05'),
    pytest.param(('Lab no. H24-51710 | Received 17/03/2024 | Reported 26/03/2024\n'
                  'DIAGNOSIS:\n'
                  'As feared clinically, the right breast core shows invasive carcinoma, '
                  'grade 3, with necrosis.\n'
                  'Triple negative on preliminary immunohistochemistry.'),
                 {'L': '-', 'R': 'M'}, id='fear_n06'),
    pytest.param(('Lab no. H24-58874 | Received 11/03/2024 | Reported 25/03/2024\n'
                  'Clinical: patient feared recurrence.\n'
                  'Left breast, core of new mass: Invasive ductal carcinoma, grade 2, new'
                  ' primary (different morphology from 2015 tumour).'),
                 {'L': 'M', 'R': '-'}, id='fear_n07'),
    pytest.param(('Lab no. H24-63186 | Received 12/03/2024 | Reported 22/03/2024\n'
                  'Right breast, excision:\n'
                  'Fibroadenoma, 22 mm.\n'
                  'Features of a phyllodes tumour (stromal overgrowth, increased stromal '
                  'cellularity, leaf-like architecture) are not\n'
                  'present. Margins clear.'),
                 {'L': '-', 'R': 'B'}, id='brk_v01',
                 marks=pytest.mark.xfail(strict=True, reason=("review brk_v01 (bracket): read {'L': '-', 'R': 'BM"
                                                          "'}; under-reach (bracket): the verdict wraps betwe"
                                                          'en "are not" and "present"; the bridge needs the v'
                                                          'erdict on one line'))),
    pytest.param(('Lab no. H24-89655 | Received 17/03/2024 | Reported 27/03/2024\n'
                  'Left breast, core biopsy:\n'
                  'Intraductal papilloma. Ductal carcinoma in situ (monotonous cells with'
                  ' rigid bridges and punched-out spaces) is not\n'
                  'identified.'),
                 {'L': 'B', 'R': '-'}, id='brk_v02',
                 marks=pytest.mark.xfail(strict=True, reason=("review brk_v02 (bracket): read {'L': 'BM', 'R': '-"
                                                          "'}; under-reach (bracket): the verdict wraps betwe"
                                                          'en "is not" and "identified"'))),
    pytest.param(('Lab no. H24-50302 | Received 10/03/2024 | Reported 25/03/2024\n'
                  'Right breast, vacuum-assisted biopsy:\n'
                  'Columnar cell change with microcalcifications.\n'
                  'Ductal carcinoma in situ (monomorphic cells, cribriform spaces, necros'
                  'is) is not identified in these cores.'),
                 {'L': '-', 'R': 'B'}, id='brk_v03'),
    pytest.param(('Lab no. H24-98138 | Received 11/03/2024 | Reported 25/03/2024\n'
                  'Left breast, excision:\n'
                  'Fibroadenoma, 35 mm, cellular. Malignant phyllodes tumour (marked stro'
                  'mal atypia,\n'
                  'stromal overgrowth, mitoses more than 10 per 10 HPF) is not present.'),
                 {'L': 'B', 'R': '-'}, id='brk_v04',
                 marks=pytest.mark.xfail(strict=True, reason=("review brk_v04 (bracket): read {'L': 'BM', 'R': '-"
                                                          '\'}; under-reach (bracket): "atypia" inside the fea'
                                                          'tures bracket is read as another entity'))),
    pytest.param(('Lab no. H24-09416 | Received 10/03/2024 | Reported 28/03/2024\n'
                  'Left breast, wire-guided excision:\n'
                  'Atypical ductal hyperplasia associated with calcifications.\n'
                  'DCIS (complete involvement of two or more ducts by a monomorphic popul'
                  'ation) is not present.'),
                 {'L': 'B', 'R': '-'}, id='brk_v05'),
    pytest.param(('Lab no. H24-08787 | Received 14/03/2024 | Reported 23/03/2024\n'
                  'Right breast, core:\n'
                  'Periductal mastitis with duct ectasia.\n'
                  'Features of lymphoma (atypical lymphoid infiltrate, light chain restri'
                  'ction) are not seen.'),
                 {'L': '-', 'R': 'B'}, id='brk_v06'),
    pytest.param(('Lab no. H24-66526 | Received 19/03/2024 | Reported 28/03/2024\n'
                  'Left nipple, wedge excision:\n'
                  'Intraductal papilloma of a lactiferous duct.\n'
                  'Paget disease (intraepidermal atypical cells, CK7 positive) is not ide'
                  'ntified.'),
                 {'L': 'B', 'R': '-'}, id='brk_v07',
                 marks=pytest.mark.xfail(strict=True, reason=("review brk_v07 (bracket): read {'L': 'BM', 'R': '-"
                                                          '\'}; under-reach (bracket): "atypical" inside the f'
                                                          'eatures bracket is read as another entity'))),
    pytest.param(('Lab no. H24-66332 | Received 10/03/2024 | Reported 21/03/2024\n'
                  'Right breast, wide local excision:\n'
                  'Invasive ductal carcinoma (grade 2, 14 mm) is not present at the inked'
                  ' margins; closest margin 3 mm (posterior).\n'
                  'Associated DCIS, intermediate grade.'),
                 {'L': '-', 'R': 'M'}, id='brk_n01'),
    pytest.param(('Lab no. H24-63188 | Received 11/03/2024 | Reported 28/03/2024\n'
                  'Left breast, re-excision:\n'
                  'DCIS (solid and cribriform) is not present within 1 mm of any margin; '
                  'residual DCIS spans 7 mm.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'M', 'R': '-'}, id='brk_n02'),
    pytest.param(('Lab no. H24-31379 | Received 19/03/2024 | Reported 28/03/2024\n'
                  'Right breast, core:\n'
                  'Fibroadenoma. Atypia (ADH, FEA) is not present.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': 'B'}, id='brk_n03'),
    pytest.param(('Lab no. H24-91757 | Received 14/03/2024 | Reported 22/03/2024\n'
                  'Left breast, mastectomy:\n'
                  'Invasive ductal carcinoma, grade 3, 28 mm.\n'
                  'Lymphovascular invasion (tumour emboli within endothelium-lined spaces'
                  ') is not identified.'),
                 {'L': 'M', 'R': '-'}, id='brk_n04'),
    pytest.param(('Lab no. H24-81059 | Received 10/03/2024 | Reported 21/03/2024\n'
                  'Right breast, mastectomy:\n'
                  'The carcinoma (which measures 18 mm on the slides) is not present at t'
                  'he margins; it is an invasive lobular\n'
                  'carcinoma, classical type.'),
                 {'L': '-', 'R': 'M'}, id='brk_n05'),
    pytest.param(('Lab no. H24-44660 | Received 20/03/2024 | Reported 27/03/2024\n'
                  'Left breast, mastectomy after neoadjuvant chemotherapy:\n'
                  'Residual invasive carcinoma (after neoadjuvant chemotherapy) is not pr'
                  'esent at any margin; tumour bed 25 mm with 10%\n'
                  'cellularity. RCB-II.'),
                 {'L': 'M', 'R': '-'}, id='brk_n06'),
    pytest.param(('Lab no. H24-57835 | Received 15/03/2024 | Reported 21/03/2024\n'
                  'Right breast, core:\n'
                  'Invasive carcinoma. Phyllodes tumour (leaf-like fronds, periductal str'
                  'omal condensation) is not present; however the\n'
                  'lesion is an invasive carcinoma of no special type, grade 3.'),
                 {'L': '-', 'R': 'M'}, id='brk_n07'),
    pytest.param(('Lab no. H24-82075 | Received 14/03/2024 | Reported 28/03/2024\n'
                  'Previous L breast excision 2017: DCIS, intermediate grade, clear margi'
                  'ns.\n'
                  'DIAGNOSIS:\n'
                  "Left breast, core biopsy at 4 o'clock: Fat necrosis. No malignancy."),
                 {'L': '-', 'R': '-'}, id='prev_v01'),
    pytest.param(('Lab no. H24-41860 | Received 18/03/2024 | Reported 21/03/2024\n'
                  'Prior L core 2020: atypical ductal hyperplasia.\n'
                  'Left breast, wire-guided excision: Fibrocystic change with apocrine me'
                  'taplasia and calcifications. No residual atypia.'),
                 {'L': '-', 'R': '-'}, id='prev_v02'),
    pytest.param(('Lab no. H24-57492 | Received 16/03/2024 | Reported 21/03/2024\n'
                  'Previous excision in 2015: invasive lobular carcinoma.\n'
                  'DIAGNOSIS: Right breast, core biopsy: Columnar cell change. No atypia,'
                  ' no malignancy.'),
                 {'L': '-', 'R': 'B'}, id='prev_v03'),
    pytest.param(('Lab no. H24-88708 | Received 15/03/2024 | Reported 27/03/2024\n'
                  'Previous Lt breast surgery 2010: benign phyllodes tumour.\n'
                  'Current specimen: Left breast, excision: Fibroadenoma, 15 mm. No phyll'
                  'odes features.'),
                 {'L': 'B', 'R': '-'}, id='prev_v04'),
    pytest.param(('Lab no. H24-68906 | Received 10/03/2024 | Reported 23/03/2024\n'
                  'Previous left specimen 2019: IDC NST grade 2 (S19-2231).\n'
                  "DIAGNOSIS: Left breast, core at 6 o'clock: Fat necrosis and fibrosis; "
                  'no malignancy.'),
                 {'L': '-', 'R': '-'}, id='prev_v05'),
    pytest.param(('Lab no. H24-33899 | Received 13/03/2024 | Reported 28/03/2024\n'
                  'Previous right breast biopsy 2022: intraductal papilloma with ADH.\n'
                  'Right breast, excision: Fibrocystic change and duct ectasia. No residu'
                  'al papilloma or atypia seen.'),
                 {'L': '-', 'R': '-'}, id='prev_v06'),
    pytest.param(('Lab no. H24-68184 | Received 15/03/2024 | Reported 26/03/2024\n'
                  'Right breast, core biopsy (new calcifications):\n'
                  'Benign breast tissue with stromal fibrosis and calcifications.\n'
                  'Previous R breast core 2021: DCIS, low grade, treated by WLE.'),
                 {'L': '-', 'R': '-'}, id='prev_v07'),
    pytest.param(('Lab no. H24-32959 | Received 20/03/2024 | Reported 26/03/2024\n'
                  'Left breast, re-excision:\n'
                  'Previous excision site with fat necrosis and foreign-body giant cells.'
                  ' No residual carcinoma.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'B', 'R': '-'}, id='prev_n01'),
    pytest.param(('Lab no. H24-65478 | Received 15/03/2024 | Reported 21/03/2024\n'
                  'Left breast, excision:\n'
                  'Previous L breast excision 2012 showed fibroadenoma; the current excis'
                  'ion shows ductal carcinoma in situ, high grade,\n'
                  '12 mm.'),
                 {'L': 'M', 'R': '-'}, id='prev_n02'),
    pytest.param(('Lab no. H24-80280 | Received 15/03/2024 | Reported 24/03/2024\n'
                  'Right breast, excision 2024:\n'
                  'Fibroadenoma, 19 mm. No atypia.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': 'B'}, id='prev_n03'),
    pytest.param(('Lab no. H24-45569 | Received 10/03/2024 | Reported 23/03/2024\n'
                  'Previous core 2022 reviewed: ADH.\n'
                  'Our review of the current specimen, left breast excision: Ductal carci'
                  'noma in situ, low grade, 5 mm.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'M', 'R': '-'}, id='prev_n04',
                 marks=pytest.mark.xfail(strict=True, reason=("review prev_n04 (prevyear): read {'L': 'BM', 'R': "
                                                          '\'-\'}; older behaviour: "Previous core 2022 reviewe'
                                                          'd: ADH" (a participle before the colon) is outside'
                                                          ' the previous-year pattern'))),
    pytest.param(('Lab no. H24-85071 | Received 18/03/2024 | Reported 22/03/2024\n'
                  'Previous excision 2012: see S12-4456.\n'
                  'DIAGNOSIS: Left breast, core: Invasive lobular carcinoma, grade 2.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'M', 'R': '-'}, id='prev_n05'),
    pytest.param(('Lab no. H24-95866 | Received 19/03/2024 | Reported 27/03/2024\n'
                  "Specimens: 1. Previous biopsy site, right breast 2 o'clock.\n"
                  'DIAGNOSIS: 1. Right breast, excision of previous biopsy site: Biopsy s'
                  'ite changes with haemosiderin. No residual\n'
                  'lesion.'),
                 {'L': '-', 'R': 'B'}, id='prev_n06'),
    pytest.param(('Comparison: previous right breast excision 2019 contained DCIS; the pr'
                  'esent core from the same quadrant shows\n'
                  'invasive ductal carcinoma, grade 2.\n'
                  'DIAGNOSIS: Right breast, core: Invasive ductal carcinoma, grade 2.'),
                 {'L': '-', 'R': 'M'}, id='prev_n07'),
    pytest.param(('Clinical history colon, left breast cancer in 2016 treated with lumpec'
                  'tomy and radiation. New right breast mass.\n'
                  'Diagnosis colon, right breast, core: invasive ductal carcinoma, grade '
                  '2. End of report.'),
                 {'L': '-', 'R': 'M'}, id='spk_v01'),
    pytest.param(('Lab no. H24-44884 | Received 12/03/2024 | Reported 26/03/2024\n'
                  'CLINICAL HISTORY COLON, RIGHT BREAST DCIS 2019 TREATED WITH MASTECTOMY'
                  '. LEFT BREAST CALCIFICATIONS.\n'
                  'DIAGNOSIS: LEFT BREAST, STEREOTACTIC CORE: COLUMNAR CELL CHANGE WITH C'
                  'ALCIFICATIONS. NO ATYPIA.'),
                 {'L': 'B', 'R': '-'}, id='spk_v02'),
    pytest.param(('Lab no. H24-13871 | Received 15/03/2024 | Reported 26/03/2024\n'
                  "Specimen colon, left breast three o'clock ultrasound guided core.\n"
                  'Diagnosis colon, left breast, ultrasound guided core: fibroadenoma. No'
                  ' atypia or malignancy identified.\n'
                  'Dictated but not read.'),
                 {'L': 'B', 'R': '-'}, id='spk_v03'),
    pytest.param(('Lab no. H24-61083 | Received 19/03/2024 | Reported 28/03/2024\n'
                  'Specimen colon, right breast, excisional biopsy.\n'
                  'Diagnosis colon, right breast, excision: intraductal papilloma with us'
                  'ual ductal hyperplasia. Margins negative.'),
                 {'L': '-', 'R': 'B'}, id='spk_v04'),
    pytest.param(('Clinical history colon, screen detected calcifications right breast.\n'
                  'Final diagnosis colon, right breast, wire localized excision: ductal c'
                  'arcinoma in situ, low grade, cribriform, 9 mm.\n'
                  'Margins clear.'),
                 {'L': '-', 'R': 'M'}, id='spk_v05'),
    pytest.param(('Clinical history colon, history of left breast invasive lobular carcin'
                  'oma 2015 treated with mastectomy. Right\n'
                  'breast screen detected distortion.\n'
                  'Diagnosis colon, right breast, core: radial scar. No atypia.'),
                 {'L': '-', 'R': 'B'}, id='spk_v06'),
    pytest.param(('Lab no. H24-75964 | Received 11/03/2024 | Reported 27/03/2024\n'
                  'Clinical history colon, right breast DCIS 2018, treated with lumpectom'
                  'y. Now left mass.\n'
                  "Diagnosis colon, left breast, 2 o'clock core: invasive lobular carcino"
                  'ma, classic type.'),
                 {'L': 'M', 'R': '-'}, id='spk_v07'),
    pytest.param(('Lab no. H24-77164 | Received 10/03/2024 | Reported 22/03/2024\n'
                  'Clinical history colon cancer 2018, now left breast mass.\n'
                  'Diagnosis: Left breast, core: fibroadenoma.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'B', 'R': '-'}, id='spk_n01',
                 marks=pytest.mark.xfail(strict=True, reason=("review spk_n01 (spoken): read {'L': 'BM', 'R': '-'"
                                                          '}; older behaviour: "Clinical history colon cancer'
                                                          ' 2018" names the organ (correctly no heading); the'
                                                          ' colon cancer labels the left breast M'))),
    pytest.param(('Lab no. H24-21378 | Received 20/03/2024 | Reported 28/03/2024\n'
                  'Clinical history: left breast carcinoma 2016, mastectomy.\n'
                  'Diagnosis colon, sigmoid, biopsy: metastatic carcinoma consistent with'
                  ' breast primary (GATA3 positive, CDX2 negative).'),
                 {'L': '-', 'R': '-'}, id='spk_n02'),
    pytest.param(('Lab no. H24-21944 | Received 20/03/2024 | Reported 24/03/2024\n'
                  'Clinical history: colon cancer 2015, right hemicolectomy.\n'
                  'Diagnosis: Right breast, core: metastatic adenocarcinoma consistent wi'
                  'th colorectal primary (CK20 and CDX2 positive,\n'
                  'GATA3 negative).'),
                 {'L': '-', 'R': 'M'}, id='spk_n03'),
    pytest.param(('SPECIMEN: Colon, right, hemicolectomy.\n'
                  'DIAGNOSIS: Adenocarcinoma of the caecum, moderately differentiated, pT'
                  '3 N1a (1/18).\n'
                  'Clinical note: the patient also has left breast DCIS (2021), treated b'
                  'y mastectomy.'),
                 {'L': '-', 'R': '-'}, id='spk_n04'),
    pytest.param(('Lab no. H24-76867 | Received 18/03/2024 | Reported 26/03/2024\n'
                  'Clinical history colon polyps; left breast lump.\n'
                  'Diagnosis: left breast, core: invasive lobular carcinoma, grade 2.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'M', 'R': '-'}, id='spk_n05'),
    pytest.param(('Lab no. H24-49336 | Received 16/03/2024 | Reported 24/03/2024\n'
                  'Clinical history colon, none given.\n'
                  'Diagnosis colon, right breast, core: benign breast tissue with stromal'
                  ' fibrosis. No atypia or malignancy.'),
                 {'L': '-', 'R': '-'}, id='spk_n06'),
    pytest.param(('Lab no. H24-74019 | Received 20/03/2024 | Reported 22/03/2024\n'
                  'A. Colon, sigmoid, biopsy: adenocarcinoma, moderately differentiated.\n'
                  'B. Left breast, core: fibroadenoma.\n'
                  'Clinical history: change in bowel habit; incidental left breast lump.'),
                 {'L': 'B', 'R': '-'}, id='spk_n07'),
    pytest.param(('Lab no. H24-70478 | Received 17/03/2024 | Reported 23/03/2024\n'
                  'Left breast, re-excision:\n'
                  'Healing biopsy/lumpectomy site with fat necrosis and foreign body gian'
                  't cell reaction.\n'
                  'No residual carcinoma. New margins clear.'),
                 {'L': 'B', 'R': '-'}, id='scar_v01'),
    pytest.param(('Lab no. H24-93742 | Received 20/03/2024 | Reported 26/03/2024\n'
                  'Right breast, re-excision of cavity:\n'
                  'Biopsy/excision site changes; no residual DCIS.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': 'B'}, id='scar_v02'),
    pytest.param(('Lab no. H24-61232 | Received 19/03/2024 | Reported 27/03/2024\n'
                  'Left breast, simple mastectomy:\n'
                  'Biopsy/lumpectomy site changes, no residual malignancy. Fibrocystic ch'
                  'ange. Nipple unremarkable.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'B', 'R': '-'}, id='scar_v03'),
    pytest.param(('Lab no. H24-04744 | Received 14/03/2024 | Reported 26/03/2024\n'
                  'DIAGNOSIS:\n'
                  'Left breast, core biopsy of scar nodule: Recurrent invasive ductal car'
                  'cinoma, grade 2.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'M', 'R': '-'}, id='scar_v04'),
    pytest.param(('Lab no. H24-18028 | Received 14/03/2024 | Reported 26/03/2024\n'
                  'Right breast, core biopsy of lumpectomy scar (nodule):\n'
                  'Fat necrosis with foamy histiocytes. No malignancy.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': '-'}, id='scar_v05'),
    pytest.param(('Lab no. H24-25473 | Received 10/03/2024 | Reported 28/03/2024\n'
                  'Left breast, core biopsies of the scar:\n'
                  'Fat necrosis and fibrosis. No malignancy.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': '-'}, id='scar_v06'),
    pytest.param(('Lab no. H24-92382 | Received 19/03/2024 | Reported 24/03/2024\n'
                  'Right breast, excision:\n'
                  'Healing biopsy/excision site with organizing haematoma; residual DCIS,'
                  ' intermediate grade, 2 mm, clear margins.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': 'BM'}, id='scar_v07'),
    pytest.param(('Lab no. H24-14011 | Received 11/03/2024 | Reported 25/03/2024\n'
                  'Left breast, lumpectomy:\n'
                  'Invasive ductal carcinoma, grade 2, 16 mm. Lumpectomy cavity shaved ma'
                  'rgins: benign breast tissue.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'M', 'R': '-'}, id='scar_n01'),
    pytest.param(('Lab no. H24-27891 | Received 20/03/2024 | Reported 22/03/2024\n'
                  'Right breast, re-excision:\n'
                  'Fat necrosis. No residual carcinoma.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': '-'}, id='scar_n02'),
    pytest.param(('Lab no. H24-95566 | Received 17/03/2024 | Reported 23/03/2024\n'
                  'Left breast, core of lumpectomy site:\n'
                  'Recurrent invasive ductal carcinoma, grade 3.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'M', 'R': '-'}, id='scar_n03'),
    pytest.param(('Lab no. H24-31057 | Received 15/03/2024 | Reported 23/03/2024\n'
                  'Right breast, re-excision:\n'
                  'Scar with fat necrosis. No residual carcinoma.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': 'B'}, id='scar_n04'),
    pytest.param(('Lab no. H24-81445 | Received 10/03/2024 | Reported 26/03/2024\n'
                  'Left breast, excision:\n'
                  'Biopsy site identified. Fibroadenoma, 12 mm, with sclerosis.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'B', 'R': '-'}, id='scar_n05'),
    pytest.param(('Lab no. H24-55787 | Received 13/03/2024 | Reported 27/03/2024\n'
                  'Clinical: biopsy/lumpectomy site 2019, new nodule.\n'
                  'Diagnosis: Right breast, core: Invasive ductal carcinoma, grade 2.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': 'M'}, id='scar_n06'),
    pytest.param(('Lab no. H24-97958 | Received 12/03/2024 | Reported 26/03/2024\n'
                  'Right breast, core biopsy of scar nodule:\n'
                  'Recurrent DCIS, high grade, with comedo necrosis.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': 'M'}, id='scar_n07'),
    pytest.param(('Lab no. H24-99321 | Received 19/03/2024 | Reported 23/03/2024\n'
                  'Liver, segment 6, core biopsy:\n'
                  'Metastatic carcinoma, consistent with metastatic right breast cancer ('
                  'original diagnosis 2017, right lumpectomy,\n'
                  'radiotherapy, letrozole). GATA3 positive, ER positive.'),
                 {'L': '-', 'R': '-'}, id='orig_v01'),
    pytest.param(('Lab no. H24-66704 | Received 12/03/2024 | Reported 28/03/2024\n'
                  'Bone, iliac crest, trephine:\n'
                  'Metastatic lobular carcinoma in a patient with left breast carcinoma ('
                  'original diagnosis 2015, left WLE and\n'
                  'radiotherapy). E-cadherin negative.'),
                 {'L': '-', 'R': '-'}, id='orig_v02'),
    pytest.param(('Lung, right lower lobe, wedge:\n'
                  "Metastatic carcinoma. Comparison with the patient's right breast invas"
                  'ive ductal carcinoma (original diagnosis 2020,\n'
                  'treated with mastectomy) shows identical morphology.'),
                 {'L': '-', 'R': '-'}, id='orig_v03'),
    pytest.param(('Lab no. H24-63037 | Received 17/03/2024 | Reported 28/03/2024\n'
                  'Pleural fluid, left, cytology:\n'
                  'Malignant cells present, consistent with metastatic breast carcinoma ('
                  'original diagnosis 03/2016, left mastectomy,\n'
                  'tamoxifen). Cell block: GATA3 positive.'),
                 {'L': '-', 'R': '-'}, id='orig_v04'),
    pytest.param(('Lab no. H24-79161 | Received 12/03/2024 | Reported 27/03/2024\n'
                  'Right axillary lymph node, core:\n'
                  'Metastatic carcinoma consistent with breast origin.\n'
                  'Right breast cancer (original diagnosis in 2019, lumpectomy, chemother'
                  'apy).'),
                 {'L': '-', 'R': '-'}, id='orig_v05'),
    pytest.param(('Lab no. H24-09964 | Received 16/03/2024 | Reported 25/03/2024\n'
                  'Brain, left frontal lesion, resection:\n'
                  'Metastatic carcinoma of breast origin from left breast invasive carcin'
                  'oma (original diagnosis 2014, treated).\n'
                  'HER2 positive (3+).'),
                 {'L': '-', 'R': '-'}, id='orig_v06'),
    pytest.param(('Lab no. H24-58911 | Received 13/03/2024 | Reported 21/03/2024\n'
                  'Omentum, biopsy:\n'
                  'Metastatic carcinoma. Known metastatic left breast cancer (original di'
                  'agnosis 2012, left mastectomy, adjuvant\n'
                  'chemotherapy, anastrozole). Immunoprofile supports breast origin.'),
                 {'L': '-', 'R': '-'}, id='orig_v07',
                 marks=pytest.mark.xfail(strict=True, reason=("review orig_v07 (origdx): read {'L': 'M', 'R': '-'"
                                                          '}; under-reach (origdx): "Metastatic left breast c'
                                                          'ancer (original diagnosis 2012, left mastectomy, .'
                                                          '..)" after an omentum core is still read as today\''
                                                          's'))),
    pytest.param(('Lab no. H24-60234 | Received 15/03/2024 | Reported 27/03/2024\n'
                  'Left breast, core:\n'
                  'Recurrent invasive ductal carcinoma (original diagnosis 2016, left lum'
                  'pectomy and radiotherapy), grade 2.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'M', 'R': '-'}, id='orig_n01'),
    pytest.param(('Lab no. H24-86453 | Received 12/03/2024 | Reported 21/03/2024\n'
                  'Right breast, mastectomy:\n'
                  'Invasive lobular carcinoma (original diagnosis 2025 on core biopsy), 3'
                  '5 mm, classical type. Margins clear.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': 'M'}, id='orig_n02'),
    pytest.param(('Lab no. H24-88688 | Received 19/03/2024 | Reported 21/03/2024\n'
                  'Right breast, core:\n'
                  'Invasive carcinoma NST, grade 3 (original diagnosis confirmed on revie'
                  'w of the outside slides).\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': 'M'}, id='orig_n03'),
    pytest.param(('Lab no. H24-81215 | Received 20/03/2024 | Reported 28/03/2024\n'
                  'Left breast, excision:\n'
                  'Fibroadenoma (original diagnosis 2012 on core, observed since; excised'
                  ' for growth), 28 mm.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'B', 'R': '-'}, id='orig_n04'),
    pytest.param(('Lab no. H24-59327 | Received 10/03/2024 | Reported 26/03/2024\n'
                  'Left breast, re-excision:\n'
                  'Residual DCIS (original diagnosis 2024, lumpectomy with involved margi'
                  'n), 5 mm from the new margin.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'M', 'R': '-'}, id='orig_n05'),
    pytest.param(('Lab no. H24-60119 | Received 17/03/2024 | Reported 25/03/2024\n'
                  'Breast, right, mastectomy:\n'
                  'Persistent invasive carcinoma (original diagnosis 2023, neoadjuvant ch'
                  'emotherapy), ypT1c, 12 mm residual.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': 'M'}, id='orig_n06'),
    pytest.param(('Liver, core: Metastatic carcinoma of breast origin.\n'
                  'Right breast, core (same procedure session): Invasive ductal carcinoma'
                  ', grade 3 (original diagnosis 2021, right\n'
                  'lumpectomy, radiotherapy) now recurrent at the scar.'),
                 {'L': '-', 'R': 'M'}, id='orig_n07'),
    pytest.param(('SURGICAL PATHOLOGY REPORT\n'
                  "Specimen: Right breast, 9 o'clock, ultrasound-guided core biopsy x3.\n"
                  'Gross: Three tan-white cores, 1.2-1.6 cm, entirely submitted.\n'
                  "DIAGNOSIS: Right breast, 9 o'clock, core biopsy: Fibroadenoma. No atyp"
                  'ia or malignancy.'),
                 {'L': '-', 'R': 'B'}, id='ord01'),
    pytest.param(('FINAL DIAGNOSIS:\n'
                  'Left breast, mastectomy:\n'
                  '- Invasive ductal carcinoma, grade 3, 31 mm.\n'
                  '- Ductal carcinoma in situ, high grade, solid with comedonecrosis, 10%'
                  ' of tumour.\n'
                  '- Margins negative. Nipple uninvolved.\n'
                  'Left axillary sentinel lymph nodes: 1/3 with macrometastasis.'),
                 {'L': 'M', 'R': '-'}, id='ord02'),
    pytest.param(('DIAGNOSIS:\n'
                  'A. Right breast, reduction mammoplasty (612 g): Benign breast tissue w'
                  'ith fibrocystic change and stromal fibrosis.\n'
                  'B. Left breast, reduction mammoplasty (580 g): Benign breast tissue wi'
                  'th apocrine metaplasia. No atypia.'),
                 {'L': '-', 'R': '-'}, id='ord03'),
    pytest.param(('Lab no. H24-52164 | Received 17/03/2024 | Reported 28/03/2024\n'
                  'DIAGNOSIS:\n'
                  'A. Right breast, reduction: Fibrocystic change with a 4 mm fibroadenom'
                  'a.\n'
                  'B. Left breast, reduction: Sclerosing adenosis and usual ductal hyperp'
                  'lasia.'),
                 {'L': 'B', 'R': 'B'}, id='ord04'),
    pytest.param(('BREAST BIOPSY SYNOPTIC\n'
                  'Procedure: Stereotactic vacuum-assisted biopsy\n'
                  'Laterality: Left\n'
                  'Lesion: Calcifications\n'
                  'Diagnosis: Atypical ductal hyperplasia with flat epithelial atypia\n'
                  'Calcifications: Present in benign and atypical ducts\n'
                  'B-category: B3'),
                 {'L': 'B', 'R': '-'}, id='ord05'),
    pytest.param(('AMENDED REPORT\n'
                  'Reason for amendment: addition of receptor results.\n'
                  'DIAGNOSIS (unchanged): Right breast, core: Invasive lobular carcinoma,'
                  ' classical type, grade 2.\n'
                  'Addendum: ER positive (Allred 8), PR positive (Allred 6), HER2 negativ'
                  'e (IHC 1+).'),
                 {'L': '-', 'R': 'M'}, id='ord06'),
    pytest.param(('CONSULTATION REPORT\n'
                  'Outside diagnosis (Mercy Hospital): Left breast core, "atypical ductal'
                  ' hyperplasia, cannot exclude DCIS".\n'
                  'Our review: Left breast, core biopsy: Atypical ductal hyperplasia. We '
                  'do not find DCIS in the levels examined.'),
                 {'L': 'B', 'R': '-'}, id='ord07'),
    pytest.param(('Lab no. H24-54111 | Received 20/03/2024 | Reported 22/03/2024\n'
                  'Right breast, excision (radiological radial scar):\n'
                  'Radial scar with sclerosing adenosis and usual ductal hyperplasia. No '
                  'atypia. No malignancy.\n'
                  'Calcifications present in benign ducts.'),
                 {'L': '-', 'R': 'B'}, id='ord08'),
    pytest.param(('Left breast, wide local excision:\n'
                  'Invasive carcinoma, mixed ductal and lobular type, grade 2, 22 mm. Lym'
                  'phovascular invasion present.\n'
                  'Margins: invasive carcinoma 1 mm from the anterior margin; all others '
                  '> 5 mm.'),
                 {'L': 'M', 'R': '-'}, id='ord09'),
    pytest.param(('Lab no. H24-22767 | Received 20/03/2024 | Reported 26/03/2024\n'
                  "Right breast, core biopsy, 12 o'clock:\n"
                  'Cyst wall with apocrine lining and inflammation. Background fibrocysti'
                  'c change.\n'
                  'Fluid cytology (separate): benign apocrine cells.'),
                 {'L': '-', 'R': 'B'}, id='ord10'),
    pytest.param(('Lab no. H24-59997 | Received 17/03/2024 | Reported 26/03/2024\n'
                  'Left breast, excision of nipple discharge duct (microdochectomy):\n'
                  'Intraductal papilloma, 7 mm, without atypia. Duct ectasia.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'B', 'R': '-'}, id='ord11'),
    pytest.param(('Lab no. H24-94037 | Received 19/03/2024 | Reported 28/03/2024\n'
                  'Right breast, excision:\n'
                  'Borderline phyllodes tumour, 48 mm, with stromal overgrowth in places '
                  'and 6 mitoses/10 HPF.\n'
                  'Margins: tumour 1 mm from the deep margin.'),
                 {'L': '-', 'R': 'M'}, id='ord12'),
    pytest.param(('Lab no. H24-69140 | Received 11/03/2024 | Reported 24/03/2024\n'
                  'Left breast, core biopsy:\n'
                  'Lobular neoplasia (classical LCIS) involving sclerosing adenosis. No i'
                  'nvasive carcinoma.\n'
                  'E-cadherin negative in the lobular cells.'),
                 {'L': 'B', 'R': '-'}, id='ord13'),
    pytest.param(('Lab no. H24-29840 | Received 12/03/2024 | Reported 27/03/2024\n'
                  'Right breast, core:\n'
                  'Benign breast tissue with pseudoangiomatous stromal hyperplasia (PASH)'
                  '. No atypia or malignancy.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': '-'}, id='ord14'),
    pytest.param(('Lab no. H24-87331 | Received 11/03/2024 | Reported 27/03/2024\n'
                  'Left nipple, biopsy:\n'
                  'Paget disease of the nipple. CK7 positive intraepidermal cells.\n'
                  'Underlying ducts: ductal carcinoma in situ, high grade.'),
                 {'L': 'M', 'R': '-'}, id='ord15'),
    pytest.param(('Lab no. H24-90436 | Received 15/03/2024 | Reported 26/03/2024\n'
                  'Right axillary lymph node, core biopsy:\n'
                  'Metastatic carcinoma, consistent with breast primary (GATA3 positive).'
                  '\n'
                  'No breast tissue in the sample.'),
                 {'L': '-', 'R': '-'}, id='ord16'),
    pytest.param(('Lab no. H24-59954 | Received 14/03/2024 | Reported 23/03/2024\n'
                  'DIAGNOSIS:\n'
                  'A. Left breast, lumpectomy: Ductal carcinoma in situ, intermediate gra'
                  'de, 14 mm, margins clear.\n'
                  'B. Right breast, excision: Fibroadenoma, 11 mm.'),
                 {'L': 'M', 'R': 'B'}, id='ord17'),
    pytest.param(('Lab no. H24-36521 | Received 16/03/2024 | Reported 22/03/2024\n'
                  'Right breast, core:\n'
                  'Atypical intraductal proliferation; DCIS versus ADH. Excision is recom'
                  'mended.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': '?'}, id='ord18'),
    pytest.param(('Lab no. H24-40843 | Received 13/03/2024 | Reported 25/03/2024\n'
                  'Right breast, mastectomy (post neoadjuvant chemotherapy):\n'
                  'No residual invasive or in situ carcinoma. Tumour bed fibrosis, 22 mm.'
                  ' Treatment effect. ypT0 ypN0.'),
                 {'L': '-', 'R': '-'}, id='ord19'),
    pytest.param(('Lab no. H24-22433 | Received 19/03/2024 | Reported 25/03/2024\n'
                  'Left breast, core biopsy:\n'
                  'Diffuse large B-cell lymphoma involving breast parenchyma. CD20 positi'
                  've, Ki-67 90%.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'M', 'R': '-'}, id='ord20'),
    pytest.param(('Lab no. H24-39063 | Received 12/03/2024 | Reported 28/03/2024\n'
                  'Right breast, ultrasound core:\n'
                  'Metastatic melanoma to the breast (S100, SOX10, Melan-A positive). His'
                  'tory of melanoma of the back, 2019.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': 'M'}, id='ord21'),
    pytest.param(('Lab no. H24-87512 | Received 18/03/2024 | Reported 24/03/2024\n'
                  'Skin, right breast, shave biopsy:\n'
                  'Basal cell carcinoma, nodular type, margins involved. No breast parenc'
                  'hyma.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': '-'}, id='ord22'),
    pytest.param(('Lab no. H24-20577 | Received 17/03/2024 | Reported 22/03/2024\n'
                  'Left breast, core:\n'
                  'Columnar cell change with flat epithelial atypia. Calcifications assoc'
                  'iated. No ADH, no DCIS.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'B', 'R': '-'}, id='ord23'),
    pytest.param(('Lab no. H24-86868 | Received 13/03/2024 | Reported 24/03/2024\n'
                  'Right breast, subareolar excision:\n'
                  'Periductal mastitis with duct ectasia and periductal fibrosis. No mali'
                  'gnancy.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': 'B'}, id='ord24'),
    pytest.param(('Lab no. H24-52776 | Received 16/03/2024 | Reported 24/03/2024\n'
                  'Left breast, core biopsy:\n'
                  'Invasive carcinoma of no special type, grade 1, with associated DCIS, '
                  'low grade. Core measurement 9 mm.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'M', 'R': '-'}, id='ord25'),
    pytest.param(('Lab no. H24-81612 | Received 14/03/2024 | Reported 27/03/2024\n'
                  'Left breast, core:\n'
                  'Fibroepithelial lesion, B3. Excision recommended to exclude phyllodes '
                  'tumour.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': '-'}, id='ord26'),
    pytest.param(('Lab no. H24-92860 | Received 20/03/2024 | Reported 28/03/2024\n'
                  'Right breast, mastectomy:\n'
                  'Invasive lobular carcinoma, grade 2, 40 mm. Separate fibroadenoma, 8 m'
                  'm, lower inner quadrant.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': 'BM'}, id='ord27'),
    pytest.param(('ADDENDUM\n'
                  'Original diagnosis: Left breast, core: ductal carcinoma in situ, low g'
                  'rade.\n'
                  'Amended diagnosis: on review with CK5/6 and ER, the lesion is atypical'
                  ' ductal hyperplasia; the diagnosis of DCIS is\n'
                  'withdrawn.'),
                 {'L': 'B', 'R': '-'}, id='ord28'),
    pytest.param(('Lab no. H24-86090 | Received 20/03/2024 | Reported 27/03/2024\n'
                  'Right breast, core biopsy:\n'
                  'Mucinous carcinoma, grade 1. ER positive, PR positive, HER2 negative.\n'
                  'Clinical history: 71-year-old, palpable mass, right breast upper outer'
                  ' quadrant.'),
                 {'L': '-', 'R': 'M'}, id='ord29'),
    pytest.param(('Lab no. H24-98352 | Received 17/03/2024 | Reported 24/03/2024\n'
                  'Left breast, excision:\n'
                  'Lipoma, 35 mm. No breast parenchymal abnormality. Fat necrosis at the '
                  'periphery.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': '-', 'R': '-'}, id='ord30'),
    pytest.param(('Eingangsnr. E24-43149, Eingang 16.03.2024\n'
                  'Klinische Angaben: Knoten rechte Brust.\n'
                  'Diagnose: Mamma rechts, Stanzbiopsie: Fibroadenom. Kein Anhalt für Mal'
                  'ignität.\n'
                  'Befundet von: Dr. K. Lindqvist, Fachärztin für Pathologie.'),
                 {'L': '-', 'R': 'B'}, id='ord31'),
    pytest.param(('Lab no. H24-45904 | Received 16/03/2024 | Reported 26/03/2024\n'
                  'Left breast, excision:\n'
                  'Tubular carcinoma, 8 mm, grade 1. Associated columnar cell change and '
                  'low grade DCIS.\n'
                  'Reported by: Dr K. Lindqvist, Consultant Histopathologist (electronica'
                  'lly signed).'),
                 {'L': 'BM', 'R': '-'}, id='ord32'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
