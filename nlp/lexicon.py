"""The pathology lexicon: surface term -> (canonical finding, category).

Categories follow the paper's lists (Shen et al. 2021, Methods "Breast-level cancer labels"):

* ``malignant``: invasive ductal / lobular carcinoma, special-type invasive carcinoma (tubular,
  mucinous, cribriform, ...), inflammatory carcinoma, intraductal papillary carcinoma,
  microinvasive carcinoma, DCIS, lymphoma, phyllodes tumour (all grades, as in the paper),
  plus generic statements of carcinoma / malignancy.
* ``benign``: cyst, fibroadenoma, scar (radial scar, complex sclerosing lesion, biopsy-site
  changes, prior biopsy or surgical site), sclerosing adenosis, LCIS, columnar cell changes
  (flat epithelial atypia included), ALH, ADH, papilloma, periductal mastitis, usual ductal
  hyperplasia.
* ``other``: everything recorded but outside both lists (fibrocystic change, fibroadenomatoid
  change, fat necrosis, benign breast tissue, PASH, treatment effect, lymph-node findings, skin
  cancers and melanoma of the skin, thyroid carcinoma, ...). ``other`` never labels a breast.

Grades belong to the term ("benign phyllodes tumour", "phyllodes tumour, borderline"), so a
grade word is never read as a hedge. Dictated reports spell punctuation ("carcinoma in situ
comma lobular type"): every phrase holding a comma also gets its dictated variant.

Terms are written once in lower case; :func:`expand_misspellings` adds the common typing
errors of the words they contain (so "carcinmoa" and "fibroadenomma" still match) and the
PhraseMatcher matches on ``LOWER``. Upper-case abbreviations (IDC, FA, ...) are matched on
``ORTH`` so that ordinary words ("fa", "adh") in lower case are not read as diagnoses.
The longest match wins ("lobular carcinoma in situ" beats "carcinoma in situ";
"intraductal papillary carcinoma" beats "papillary carcinoma").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

MALIGNANT = "malignant"
BENIGN = "benign"
OTHER = "other"
CATEGORIES = (MALIGNANT, BENIGN, OTHER)
# Other findings that are a property of a specimen with a field of their own ("calcifications: none", "lymph
# nodes: negative"), never one of a list of diagnoses sharing one answer: a negative answer after one is theirs
FEATURE_FINDINGS = frozenset({"calcifications", "lymph node", "treatment effect"})

# The BI-RADS lexicon's assessment categories by name, the most specific first (a name holding another's words
# comes before it: "probably benign" before "benign", "low suspicion" before "suspicious"); shared by the radiology
# reader's statements and the coded layouts whose value is a category's name (a DICOM SR code meaning)
CATEGORY_WORDS: tuple[tuple[str, str], ...] = (
    (r"known\s+biopsy[\s-]*proven\s+malignancy", "6"),
    (r"highly\s+suggestive\s+of\s+malignancy", "5"),
    (r"high(?:ly)?\s+suspicio(?:n|us)", "4C"),
    (r"moderate(?:ly)?\s+suspicio(?:n|us)", "4B"),
    (r"low\s+suspicio(?:n|us)", "4A"),
    (r"suspicious(?:\s+abnormality)?", "4"),
    (r"probably\s+benign", "3"),
    (r"benign", "2"),
    (r"negative", "1"),
    # (the lexicon's full name too: "Incomplete - Need Additional Imaging Evaluation")
    (r"incomplete(?:[ \t]*[-–—:,][ \t]*needs?\s+additional\s+imaging(?:\s+evaluation)?)?"
     r"|needs?\s+additional\s+imaging(?:\s+evaluation)?", "0"),
)


@dataclass(frozen=True)
class Term:
    """A canonical finding: its name, its category and its lower-case surface forms."""

    finding: str
    category: str
    phrases: tuple[str, ...]
    abbreviations: tuple[str, ...] = ()


TERMS: tuple[Term, ...] = (
    # ---------------------------------------------------------------- malignant
    Term("invasive ductal carcinoma", MALIGNANT, (
        "invasive ductal carcinoma", "infiltrating ductal carcinoma", "infiltrating duct carcinoma",
        "carcinome canalaire infiltrant", "carcinoma ductal invasivo", "carcinoma ductal infiltrante",
        "invasive duct carcinoma", "invasive ductal adenocarcinoma", "infiltrating ductal adenocarcinoma",
        "carcinoma, invasive ductal", "carcinoma, infiltrating ductal", "ductal carcinoma, invasive",
        "ductal carcinoma, infiltrating", "invasive carcinoma of no special type",
        "invasive carcinoma, no special type", "invasive carcinoma nst", "invasive carcinoma (nst)",
        "invasive breast carcinoma of no special type", "invasive ductal carcinoma, nos",
        "invasive carcinoma of ductal type", "invasive carcinoma, ductal type", "carcinoma, ductal, invasive",
        "invasive carcinoma with ductal features", "invasive ductal", "invasive ductal ca", "infiltrating ductal ca",
        "carcinoma, invasive, ductal type", "carcinoma, invasive, ductal", "carcinoma, infiltrating, ductal type",
        "ductal ca", "infiltrating duct carcinoma", "invasive carcinoma, ductal (nst)", "invasive carcinoma nst (ductal)",
        "invasive carcinoma of no special type (nst)", "invasive carcinoma, nst", "invasive carcinoma (ductal)",
        "carcinoma, invasive ductal type", "invasive ductal type",
        # Latin and Romance diagnoses kept by translated reports ("Carcinoma ductale invasivum, G2")
        "carcinoma ductale invasivum", "carcinoma ductale infiltrans", "carcinoma invasivum nst",
        "carcinom ductal invaziv", "carcinom invaziv nst", "carcinoma duttale infiltrante", "carcinoma duttale invasivo",
        "invasiv duktal cancer", "invasiv cancer av ospecificerad typ",
        # Danish / Norwegian ("Invasivt duktalt karcinom, malignitetsgrad II"), and the carcinoma of no special type by
        # its Danish / Norwegian / Swedish name ("Karcinom af ingen speciel type, 18 mm")
        "karcinom af ingen speciel type", "karsinom av ingen spesiell type", "karcinom av ingen spesiell type",
        "karcinom av ingen särskild typ",
        "invasivt duktalt karcinom", "invasivt duktalt carcinom", "invasivt duktalt carcinoma", "invasivt duktalt karsinom",
        "infiltrerende duktalt karcinom", "infiltrerende duktalt karsinom",  # (review pfinal15)
        # German ("Invasives Karzinom, kein spezieller Typ (NST)", "invasiv-duktales Karzinom")
        "invasives karzinom, kein spezieller typ", "invasives karzinom nst", "invasives karzinom (nst)",
        "invasives duktales karzinom", "invasiv-duktales karzinom", "invasives karzinom vom nst-typ",
        # Dutch ("invasief carcinoom NST", "invasief ductaal carcinoom") and Swedish ("invasiv bröstcancer av icke
        # specifik typ")
        "invasief carcinoom nst", "invasief carcinoom (nst)", "invasief carcinoom van niet-speciaal type",
        "invasief ductaal carcinoom", "invasiv bröstcancer av icke specifik typ", "invasiv bröstcancer nst",
    # (Spanish / Portuguese "CDI"; not the French "CCI": also an institution's initials)
    ), ("IDC", "CDI")),
    Term("invasive lobular carcinoma", MALIGNANT, (
        "invasive lobular carcinoma", "infiltrating lobular carcinoma", "carcinoma, invasive lobular",
        "carcinome lobulaire infiltrant", "carcinoma lobular invasivo",
        "carcinoma, infiltrating lobular", "lobular carcinoma, invasive", "lobular carcinoma, infiltrating",
        "invasive carcinoma, lobular type", "invasive carcinoma of lobular type",
        "invasive carcinoma with lobular features", "pleomorphic lobular carcinoma", "invasive lobular",
        "carcinoma, lobular, invasive", "carcinoma, invasive, lobular type", "carcinoma, invasive, lobular",
        "invasive lobular ca", "lobular ca", "lobular carcinoma, invasive type",
        "carcinoma lobulare invasivum", "carcinoma lobulare infiltrans", "carcinom lobular invaziv",
        "carcinoma lobulare infiltrante", "carcinoma lobulare invasivo", "invasiv lobulär cancer", "lobulär cancer",
        "carcinoma lobulillar infiltrante", "carcinoma lobulillar invasivo", "carcinoma lobular infiltrante",
        "invasives lobuläres karzinom", "invasiv-lobuläres karzinom",  # (German)
        "invasief lobulair carcinoom",  # (Dutch)
    ), ("ILC", "CLI")),
    Term("invasive mammary carcinoma", MALIGNANT, (
        "invasive mammary carcinoma", "invasive carcinoma", "infiltrating carcinoma", "invasive breast carcinoma",
        "invasive breast cancer", "carcinoma, invasive", "invasive adenocarcinoma", "infiltrating mammary carcinoma",
        "invasive ductal and lobular carcinoma", "mixed ductal and lobular carcinoma",
        "poorly differentiated carcinoma", "invasive tumor", "invasive tumour", "invasive ca", "breast ca",
        "carcinoma invasivum", "carcinom invaziv", "carcinoma infiltrante", "carcinoma invasivo", "invasiv cancer",
        "invasives karzinom",  # (German)
        "invasief carcinoom", "invasiv bröstcancer",  # (Dutch, Swedish)
        # Danish / Norwegian / Swedish ("Invasivt karcinom af ingen speciel type (NST), grad 2"; only with its
        # adjective: a bare "karcinom" is also Czech, Slovak and South Slavic, whose negations are not all read)
        "invasivt karcinom", "invasivt karsinom", "infiltrerende karcinom", "infiltrerende karsinom",
    ), ("IMC",)),
    Term("special-type invasive carcinoma", MALIGNANT, (
        "tubular carcinoma", "invasive tubular carcinoma", "mucinous carcinoma", "invasive mucinous carcinoma",
        "colloid carcinoma", "cribriform carcinoma", "invasive cribriform carcinoma", "medullary carcinoma",
        "invasive papillary carcinoma", "invasive micropapillary carcinoma", "micropapillary carcinoma",
        "metaplastic carcinoma", "apocrine carcinoma", "adenoid cystic carcinoma", "secretory carcinoma",
        "tubulolobular carcinoma", "carcinoma, tubular type", "carcinoma, mucinous type",
        "carcinoma with medullary features", "invasive carcinoma with apocrine features",
        "encapsulated papillary carcinoma", "solid papillary carcinoma", "papillary carcinoma",
        "carcinoma, mucinous", "carcinoma, tubular", "carcinoma, cribriform", "carcinoma, invasive cribriform",
        "carcinoma, medullary", "carcinoma, metaplastic", "carcinoma, colloid", "carcinoma, invasive micropapillary",
        "adenosquamous carcinoma", "low-grade adenosquamous carcinoma", "solid papillary carcinoma with invasion",
        "invasive solid papillary carcinoma", "mucinous (colloid) carcinoma", "invasive mucinous (colloid) carcinoma",
        # a terse report's "CA" for carcinoma, as in "ductal ca" ("MUCINOUS (COLLOID) CA, 2.2 CM")
        "tubular ca", "invasive tubular ca", "mucinous ca", "invasive mucinous ca", "colloid ca", "mucinous (colloid) ca",
        "cribriform ca", "medullary ca", "micropapillary ca", "invasive micropapillary ca", "metaplastic ca",
        "apocrine ca",
    )),
    Term("inflammatory carcinoma", MALIGNANT, (
        "inflammatory carcinoma", "inflammatory breast carcinoma", "inflammatory breast cancer",
        "carcinoma, inflammatory",
    )),
    Term("intraductal papillary carcinoma", MALIGNANT, (
        "intraductal papillary carcinoma", "papillary carcinoma in situ", "papillary ductal carcinoma in situ",
        "intracystic papillary carcinoma",
        "carcinoma, intraductal papillary", "papillary carcinoma, intraductal", "carcinoma, papillary, intraductal",
        "papillary ca, intraductal type", "papillary carcinoma, intraductal type", "papillary ca, intraductal",
        "papillary ductal carcinoma in situ", "papillary dcis", "carcinome papillaire intracanalaire",
        "carcinome intrakystique",
        # (Spanish / Portuguese: "carcinoma papilar in situ", "carcinoma papilar intraductal / intraductal")
        "carcinoma papilar in situ", "carcinoma papilar intraductal", "carcinoma papilífero intraductal",
    )),
    Term("microinvasive carcinoma", MALIGNANT, (
        "microinvasive carcinoma", "microinvasive ductal carcinoma", "micro-invasive carcinoma",
        "microinvasion", "micro-invasion", "microinvasive",
        "carcinoma, microinvasive",
    )),
    Term("ductal carcinoma in situ", MALIGNANT, (
        "ductal carcinoma in situ", "ductal carcinoma in-situ", "ductal carcinoma-in-situ", "intraductal carcinoma",
        "carcinome canalaire in situ", "carcinoma ductal in situ",
        "carcinoma in situ, ductal type", "carcinoma in situ, ductal", "ductal carcinoma, in situ",
        "in situ ductal carcinoma", "ductal carcinoma insitu", "carcinoma in situ", "carcinoma in-situ",
        "carcinoma, ductal, in situ", "carcinoma, ductal in situ", "carcinoma, in situ, ductal",
        "carcinoma in situ (ductal)", "carcinoma, intraductal", "carcinoma, in situ, ductal type",
        "in situ carcinoma", "ductal cis", "ductal carcinoma-insitu", "carcinoma-insitu", "carcinoma in-situ, ductal type",
        "carcinoma-in-situ, ductal type", "carcinoma-in-situ",
        "carcinoma ductale in situ", "carcinom ductal in situ", "carcinoma duttale in situ",
        "duktal cancer in situ", "duktalt carcinoma in situ", "duktalt karcinom in situ", "duktalt carcinom in situ",
        "duktal carcinoma in situ", "duktal karcinom in situ",
        "duktāla karcinoma in situ", "duktālā karcinoma in situ", "duktala karcinoma in situ",
        "duktales carcinoma in situ", "duktales karzinom in situ",  # (German)
        "ductaal carcinoom in situ",  # (Dutch)
    ), ("DCIS", "CDIS", "CCIS")),
    Term("lymphoma", MALIGNANT, (
        "lymphoma", "non-hodgkin lymphoma", "b-cell lymphoma", "lymphomas", "diffuse large b-cell lymphoma",
        "diffuse large b cell lymphoma", "malt lymphoma", "anaplastic large cell lymphoma",
        "breast implant-associated anaplastic large cell lymphoma",
    ), ("DLBCL", "ALCL", "BIA-ALCL")),
    # Every grade of phyllodes tumour is malignant in the paper's scheme; the grade is part of the term.
    Term("phyllodes tumor", MALIGNANT, (
        "phyllodes tumor", "phyllodes tumour", "phylloides tumor", "phylloides tumour", "phyllodes",
        "phylloides", "cystosarcoma phyllodes", "phyllodes tumors",
        "tumor, phyllodes", "tumour, phyllodes", "benign phyllodes tumor", "benign phyllodes tumour",
        "borderline phyllodes tumor", "borderline phyllodes tumour", "malignant phyllodes tumor",
        "malignant phyllodes tumour", "phyllodes tumor, benign", "phyllodes tumour, benign",
        "phyllodes tumor, borderline", "phyllodes tumour, borderline", "phyllodes tumor, malignant",
        "phyllodes tumour, malignant", "phyllodes tumor, borderline to malignant", "benign phyllodes",
        "borderline phyllodes", "malignant phyllodes", "phyllodestumör", "phyllodestumor",  # (Swedish compounds)
        # Portuguese / Spanish, the grade after the noun ("tumor filodes borderline", "tumor filoides maligno")
        "tumor filodes", "tumor filoides", "tumor phyllodes", "tumor filodes benigno", "tumor filoides benigno",
        "tumor filodes borderline", "tumor filoides borderline", "tumor filodes limítrofe", "tumor filoides limítrofe",
        "tumor filodes maligno", "tumor filoides maligno",
        # Romanian, the grade after the noun too ("tumoră filodă borderline", "tumora filodă malignă")
        "tumoră filodă", "tumora filodă", "tumoră filodă benignă", "tumoră filodă borderline", "tumoră filodă malignă",
        "tumora filodă benignă", "tumora filodă borderline", "tumora filodă malignă",
        # Serbian / Croatian / Montenegrin, the grade before or after the noun ("granični filodni tumor", "filodni
        # tumor, granični")
        "filodni tumor", "filodni tumor, benigni", "filodni tumor, granični", "filodni tumor, maligni",
        "benigni filodni tumor", "granični filodni tumor", "maligni filodni tumor",
    )),
    # (a rhabdomyosarcoma in a breast specimen, most often a child's or an adolescent's metastasis: "Left breast, core
    # biopsy: Metastatic alveolar rhabdomyosarcoma involving breast tissue"; the site rule keeps another organ's out)
    Term("sarcoma", MALIGNANT, ("angiosarcoma", "sarcoma", "rhabdomyosarcoma")),
    Term("paget disease of the nipple", MALIGNANT, (
        "paget disease", "paget's disease", "pagets disease", "paget dz", "paget's dz", "paget disease of the nipple",
        "maladie de paget", "ziekte van paget",  # (French, Dutch: "maladie de Paget du mamelon")
    )),
    # Metastasis to the breast from another primary is malignant (the site rule keeps nodes and
    # other organs out); melanoma of the skin itself is ``other`` (below).
    Term("metastatic malignancy (to breast)", MALIGNANT, (
        "metastatic melanoma", "metastatic malignant melanoma", "metastatic high-grade serous carcinoma",
        "metastatic high grade serous carcinoma", "metastatic serous carcinoma",
        # a deposit of melanoma is its metastasis ("melanoma deposit in the breast"; in a node or the skin the site rule
        # keeps it out, as it does "metastatic melanoma")
        "melanoma deposit", "melanoma deposits", "deposit of melanoma", "deposits of melanoma",
        "deposit of malignant melanoma", "deposits of malignant melanoma",
    )),
    # Generic words: they label a breast only where the statement's site is the breast.
    Term("carcinoma", MALIGNANT, (
        "carcinoma", "adenocarcinoma", "carcinomas", "malignancy", "malignant", "malignant cells",
        "malignant neoplasm", "cancer", "breast cancer", "residual carcinoma", "residual tumor",
        "residual tumour", "residual disease", "carcinoma of breast origin", "breast carcinoma",
        "malignant spindle cell neoplasm",
        "karzinom", "mammakarzinom",  # (German)
    )),
    # ---------------------------------------------------------------- benign
    Term("lobular carcinoma in situ", BENIGN, (
        "lobular carcinoma in situ", "lobular carcinoma in-situ", "lobular carcinoma-in-situ",
        "carcinoma in situ, lobular type", "carcinoma in situ, lobular", "lobular carcinoma, in situ",
        "in situ lobular carcinoma", "lobular neoplasia", "lobular carcinoma insitu", "lobular cis",
        "pleomorphic lobular carcinoma in situ", "florid lobular carcinoma in situ", "lobular in situ neoplasia",
        "carcinoma, lobular, in situ", "carcinoma, lobular in situ", "carcinoma in situ (lobular)",
        "neoplasia, lobular", "carcinoma, in situ, lobular type",
        "in situ lobular neoplasia", "lobular neoplasia in situ", "classical lobular in situ neoplasia",
        "carcinoma in situ, lobular type, classic", "lobular carcinoma-in-situ",
        # a lobular carcinoma in situ written in Latin or a Romance language is still LCIS, never the
        # generic "carcinoma": "carcinoma lobulare in situ", "carcinome lobulaire in situ"
        "carcinoma lobulare in situ", "carcinom lobular in situ", "carcinome lobulaire in situ",
        "carcinoma lobular in situ", "carcinoma lobulillar in situ", "lobulär cancer in situ", "lobular cancer in situ",
        "néoplasie lobulaire in situ", "néoplasie lobulaire",  # (French: "néoplasie lobulaire in situ associée")
        "lobuläres carcinoma in situ", "lobuläres karzinom in situ", "lobuläre neoplasie",  # (German)
        # Danish / Norwegian / Swedish adjective forms ("lobulært carcinoma in situ", "lobulärt karcinom in situ")
        *(f"{adj} {noun} in situ" for adj in ("lobulært", "lobulaert", "lobulær", "lobulaer", "lobulärt", "lobulart")
          for noun in ("carcinoma", "karcinom", "carcinom", "cancer")),
        # Latvian ("lobulāra karcinoma in situ")
        "lobulāra karcinoma in situ", "lobulārā karcinoma in situ", "lobulara karcinoma in situ",
        # a non-invasive lobular lesion is the in situ one, never the invasive lobular carcinoma inside its words
        *(f"{non} lobular {noun}" for non in ("non-invasive", "noninvasive", "non invasive")
          for noun in ("carcinoma", "neoplasia")),
    ), ("LCIS", "CLIS")),
    Term("atypical lobular hyperplasia", BENIGN, (
        "atypical lobular hyperplasia", "hyperplasia, atypical lobular", "hyperplasia, lobular, atypical",
        "lobular hyperplasia, atypical", "hiperplasia lobulillar atípica", "hiperplasia lobular atípica",
    ), ("ALH",)),
    Term("atypical ductal hyperplasia", BENIGN, (
        "atypical ductal hyperplasia", "atypical intraductal hyperplasia", "atypical ductal epithelial hyperplasia",
        "ductal hyperplasia with atypia", "atypical hyperplasia", "ductal hyperplasia, atypical",
        "hyperplasia, atypical ductal",
        "hyperplasia, ductal, atypical", "ductal hyperplasia, atypical type", "atypical papilloma",
        "atypisk duktal hyperplasi", "hyperplasie canalaire atypique", "hiperplasia ductal atípica",
        "hiperplasia ductal atipica", "atypische ductale hyperplasie",  # (Dutch)
    ), ("ADH", "HDA")),
    Term("usual ductal hyperplasia", BENIGN, (
        "usual ductal hyperplasia", "ductal hyperplasia of usual type", "ductal hyperplasia of the usual type",
        "ductal hyperplasia, usual type", "usual type ductal hyperplasia", "usual-type ductal hyperplasia",
        "florid ductal hyperplasia", "florid epithelial hyperplasia", "epithelial hyperplasia of usual type",
        "epithelial hyperplasia of the usual type", "ductal epithelial hyperplasia", "ductal hyperplasia",
        "intraductal hyperplasia", "epithelial hyperplasia", "hyperplasia of usual type",
        "hyperplasia without atypia", "usual hyperplasia", "hyperplasia, usual ductal", "hyperplasia, ductal, usual type",
        "ductal hyperplasia, usual", "usual epithelial hyperplasia", "florid usual epithelial hyperplasia",
        "usual-type hyperplasia", "usual type hyperplasia", "florid hyperplasia",
        # French / Dutch ("hyperplasie canalaire simple", "gewone ductale hyperplasie")
        "hyperplasie canalaire simple", "hyperplasie canalaire", "gewone ductale hyperplasie", "ductale hyperplasie",
        "hiperplasia ductal usual",  # (Portuguese / Spanish)
    ), ("UDH",)),
    Term("columnar cell change", BENIGN, (
        "columnar cell change", "columnar cell changes", "columnar cell lesion", "columnar cell lesions",
        "columnar cell hyperplasia", "columnar alteration", "flat epithelial atypia",
        "columnar cell alteration", "columnar cell", "change, columnar cell", "changes, columnar cell",
        "columnar cell change with atypia", "columnar cell lesion with atypia",
    ), ("FEA", "CCC", "CCL")),
    Term("papilloma", BENIGN, (
        "papilloma", "papillomas", "papillomata", "intraductal papilloma", "papillome", "papillome intracanalaire",
        "intraductal papillomas", "papillomatosis",
        "sclerosing papilloma", "intracystic papilloma", "micropapilloma", "micropapillomas", "papilloma, intraductal",
        "intraduct papilloma", "intraduct papillomas", "sclerosed intraductal papilloma", "sclerosed papilloma",
    )),
    Term("fibroadenoma", BENIGN, (
        "fibroadenoma", "fibroadenomas", "fibroadenomata", "fibroadenomatoid nodule", "fibroadenomatous nodule", "fibro-adenoma",
        "fibro adenoma", "fibroadénome", "fibroadénomes",  # (French reports: "fibroadénome de 12 mm")
        # (the French word's older order, still written in West African and Maghreb reports: "adénofibrome de 1,5 cm")
        "adénofibrome", "adénofibromes",
        "fibroadenoom", "fibroadenomen",  # (Dutch)
    ), ("FA", "FAs")),
    Term("sclerosing adenosis", BENIGN, ("sclerosing adenosis", "adenosis, sclerosing", "sclerosing adenosis, florid",
                                         "adenosis sclerosans", "adénose sclérosante")),
    # Scar includes biopsy-site changes and a prior biopsy or surgical site (docs/labelling_guide.md).
    Term("scar", BENIGN, (
        "radial scar", "radial scars", "complex sclerosing lesion", "complex sclerosing lesions", "scar",
        "sclerosing lesion", "biopsy site changes", "biopsy site change", "biopsy-site changes", "biopsy site",
        "bx site changes", "bx site", "post-biopsy changes", "prior biopsy site", "previous biopsy site",
        "previous biopsy site changes", "prior biopsy site changes", "biopsy cavity", "surgical scar", "surgical site changes",
        "previous surgical site", "prior surgical site", "surgical site change",
        "healing surgical scar", "prior surgical site changes", "prior surgical site", "surgical site changes",
        "prior lumpectomy site scar", "lumpectomy site scar", "previous vab site", "biopsy tract",
        "post-excisional scar", "previous biopsy site identified", "cicatrice radiaire",
        # the biopsy site named by the clip left in it ("biopsy clip site changes present"); a clip alone is no site
        "biopsy clip site changes", "biopsy clip site change", "clip site changes", "clip site change",
        # "prior biopsy / lumpectomy site changes": the changes of any earlier procedure's site
        "lumpectomy site changes", "lumpectomy site change", "excision site changes", "excision site change",
        # the site written after the procedure: "changes of previous biopsy", "healing previous operation site"
        "changes of previous biopsy", "changes of prior biopsy", "changes of the previous biopsy",
        "changes of previous surgery", "changes of prior surgery", "previous operation site", "prior operation site",
        "operation site changes", "previous operative site", "prior operative site",
        # (a re-excision's "healing previous excision site": the earlier excision's site, as "previous operation site")
        "previous excision site", "prior excision site",
        # (the sites of the core and of the operation after it named as one: "healing biopsy/lumpectomy site with fat
        # necrosis")
        "biopsy/lumpectomy site", "biopsy/excision site", "biopsy/lumpectomy site changes", "biopsy/excision site changes",
    ), ("RS", "CSL")),
    Term("cyst", BENIGN, (
        "cyst", "cysts", "cyst wall", "cyst contents", "cyst fluid", "microcysts", "microcyst", "cystic lesion",
        "apocrine cyst", "apocrine cysts", "simple cyst", "cyst lining", "benign cyst fluid", "cyst wall",
        "cysta", "cystor", "kyste", "kystes",  # (Swedish, French)
        "quisto", "quistos", "quisto simples", "quistos simples",  # (Portuguese)
        "cisto simples", "cistos simples", "cisto", "cistos",  # (Brazilian Portuguese: "cisto simples com parede fibrosa")
    )),
    Term("periductal mastitis", BENIGN, (
        "periductal mastitis", "periductal inflammation", "plasma cell mastitis", "mastitis, periductal",
    )),
    # ---------------------------------------------------------------- other (recorded, not labeling)
    Term("benign breast tissue", OTHER, (
        "benign breast tissue", "benign breast parenchyma", "benign mammary tissue", "benign breast",
        "unremarkable breast tissue", "no diagnostic abnormality", "no pathologic abnormality",
        "benign fibroadipose tissue", "benign fibrofatty tissue", "fibroadipose tissue", "fibrofatty tissue",
        "benign fibrous tissue", "fibroglandular tissue", "breast tissue",
    )),
    Term("fibrocystic change", OTHER, (
        "fibrocystic change", "fibrocystic changes", "fibrocystic disease", "fibrocystic",
        "nonproliferative fibrocystic changes", "proliferative fibrocystic changes", "fibro cystic change",
        "fibro cystic changes", "fibro cystic",
        # French / Dutch ("remaniements fibrokystiques", "fibrocystische veranderingen")
        "remaniements fibrokystiques", "remaniement fibrokystique", "mastopathie fibrokystique",
        "fibrocystische veranderingen", "fibrocystische verandering", "fibrocystische mastopathie",
    )),
    # Fibroadenomatoid change is a change of lobules without a discrete lesion: not a fibroadenoma.
    Term("fibroadenomatoid change", OTHER, (
        "fibroadenomatoid change", "fibroadenomatoid changes", "fibroadenomatous change", "fibroadenomatous changes",
        "fibroadenomatoid hyperplasia", "fibroadenomatoid", "fibroadenomatous", "fibroadenolipoma",
    )),
    Term("fibroepithelial lesion", OTHER, ("fibroepithelial lesion", "fibroepithelial neoplasm", "fibroepithelial")),
    # UK B3 "lesion of uncertain malignant potential" is a category, not a malignancy.
    Term("uncertain malignant potential", OTHER, (
        "uncertain malignant potential", "malignant potential", "lesion of uncertain malignant potential",
    )),
    # Features of other entities, named so that their words are not read as a listed entity.
    Term("feature of another entity", OTHER, (
        # (the membranous lining of fat necrosis's cysts: "membranous (lipid) cyst formation")
        "lipid cyst", "lipid cysts", "oil cyst", "oil cysts", "membranous cyst", "membranous cysts",
        "quisto oleoso", "quistos oleosos",  # (Portuguese: "quistos oleosos", oil cysts)
        "micropapillary epithelial hyperplasia",
        "gynecomastoid hyperplasia", "gynaecomastoid hyperplasia", "gynecomastoid-type epithelial hyperplasia",
        "gynaecomastoid-type epithelial hyperplasia", "gynecomastoid-type hyperplasia", "gynaecomastoid-type hyperplasia",
        "epithelial hyperplasia of gynecomastoid type", "epithelial hyperplasia of gynaecomastoid type",
        "hyperplasia of gynecomastoid type", "hyperplasia of gynaecomastoid type",
    )),
    # (a distress, fear or fatigue named after the disease is the patient's burden, no diagnosis: "cancer-related
    # distress" in a social work assessment)
    Term("cancer-related burden", OTHER, tuple(f"cancer-related {word}" for word in (
        "distress", "anxiety", "worry", "worries", "fear", "fears", "fatigue", "stress", "concerns"))),
    Term("fat necrosis", OTHER, ("fat necrosis",)),
    Term("stromal fibrosis", OTHER, ("stromal fibrosis", "fibrosis", "fibrous mastopathy", "diabetic mastopathy")),
    Term("pseudoangiomatous stromal hyperplasia", OTHER, (
        "pseudoangiomatous stromal hyperplasia", "pseudoangiomatous hyperplasia",
    ), ("PASH",)),
    Term("apocrine metaplasia", OTHER, ("apocrine metaplasia", "apocrine change", "apocrine changes")),
    Term("adenosis", OTHER, ("adenosis", "microglandular adenosis", "blunt duct adenosis", "florid adenosis")),
    Term("duct ectasia", OTHER, ("duct ectasia", "ductal ectasia", "mammary duct ectasia")),
    Term("mastitis", OTHER, ("mastitis", "granulomatous mastitis", "abscess", "acute inflammation", "chronic inflammation")),
    Term("treatment effect", OTHER, ("treatment effect", "therapy effect", "tumor bed", "tumour bed",
                                      "residual cancer burden", "cancer burden", "treatment-related fibrosis")),
    Term("calcifications", OTHER, ("calcifications", "microcalcifications", "calcification", "microcalcification",
                                   "calcium oxalate crystals")),
    Term("atypia", OTHER, ("atypia", "atypical cells", "atypical epithelial cells", "atypical epithelial proliferation")),
    Term("lymph node", OTHER, (
        "lymph node", "lymph nodes", "benign lymph node", "intramammary lymph node", "reactive lymph node",
        "sentinel lymph node", "sentinel lymph nodes",
    )),
    Term("other benign neoplasm", OTHER, (
        "lipoma", "hamartoma", "hemangioma", "angiolipoma", "granular cell tumor", "myofibroblastoma",
        "fibromatosis", "gynecomastia", "tubular adenoma", "lactating adenoma", "nipple adenoma", "adenomyoepithelioma",
        "gynaecomastia", "follicular adenoma",
    )),
    # Tumours of other organs and of the skin: recorded, never a breast label (a carcinoma *of
    # breast origin* in the skin is read through the specimen-site rule instead).
    Term("skin or other-organ tumour", OTHER, (
        "basal cell carcinoma", "basal cell ca", "squamous cell carcinoma", "squamous cell carcinoma in situ",
        "carcinome épidermoïde", "carcinome épidermoïde in situ", "carcinome basocellulaire", "maladie de bowen",
        # (Portuguese / Spanish / Italian: "carcinoma basocelular nodular", "carcinoma espinocelular", "carcinoma
        # basocellulare": the skin's own carcinomas, never the generic "carcinoma" inside their words)
        "carcinoma basocelular", "carcinoma basocelulares", "carcinoma espinocelular", "carcinoma espinocelulares",
        "carcinoma basocellulare", "carcinoma spinocellulare",
        "invasive squamous cell carcinoma", "keratinising squamous cell carcinoma", "scc in situ", "bowen disease",
        "bowen's disease", "intraepidermal carcinoma", "melanoma", "malignant melanoma", "melanoma in situ",
        "papillary thyroid carcinoma", "papillary thyroid ca", "thyroid carcinoma", "seborrheic keratosis",
        "actinic keratosis", "adenocarcinoma of colorectal origin", "colorectal adenocarcinoma",
        "signet ring cell carcinoma", "signet-ring cell carcinoma",
    ), ("BCC", "SCC")),
)

# Frequent typing errors, applied word by word to every phrase (all combinations).
MISSPELLINGS: dict[str, tuple[str, ...]] = {
    "carcinoma": ("carcinom", "carcinomma", "carcimona", "carcinmoa", "carincoma", "carcnoma", "carinoma",
                  "carcioma", "cacinoma", "carcinoam", "carcionma", "carcinome", "carsinoma", "karcinoma"),
    "invasive": ("invaisve", "invasve", "invsive", "inavsive", "invassive"),
    "infiltrating": ("infilitrating", "infiltating", "inflitrating"),
    "ductal": ("ducal", "dutcal", "ductl", "ductual"),
    "lobular": ("lobualr", "lobuar", "lobullar", "lubular", "lobuler"),
    "fibroadenoma": ("fibroadnoma", "fibroadenomma", "fibroadenma", "fibroademona", "fibroadenona",
                     "fibradenoma", "fibroadeoma", "fibroadenomo"),
    "hyperplasia": ("hyperplasai", "hyperplsia", "hyperpasia", "hyperplaisa", "hyperlasia"),
    "atypical": ("atypcial", "atypial", "atpyical"),
    "papilloma": ("papiloma", "pappiloma", "papillom"),
    "intraductal": ("intraducal", "intradcutal"),
    "papillary": ("papilary", "pappillary"),
    "situ": ("sity", "stiu", "situe"),
    "phyllodes": ("phylodes", "phyllodees", "phyllodies"),
    "columnar": ("columner", "colummnar"),
    "sclerosing": ("sclerosis", "slcerosing"),
    "adenosis": ("adenossis",),
    "lymphoma": ("lymphona", "lyphoma"),
    "metastatic": ("metastic", "metatstatic"),
    "malignancy": ("malignacy", "maligancy"),
    "mastitis": ("mastititis",),
}


# Speech recognition writes a term it does not know as words that sound alike ("fiber adenoma",
# "benign fill odes tumor", "lobular carcinoma and situ"): every phrase holding the term also gets
# these spellings (whole words only).
SOUND_ALIKES: dict[str, tuple[str, ...]] = {
    "fibroadenoma": ("fiber adenoma", "fibre adenoma", "fibro adenoma"),
    "fibroadenomas": ("fiber adenomas", "fibre adenomas", "fibro adenomas"),
    "phyllodes": ("fill odes", "phil odes", "fill oads", "fil odes"),
    "in situ": ("and situ", "in sit you"),
    "papilloma": ("papa loma", "pap illoma"),
}


def sound_alikes_of(phrase: str) -> list[str]:
    """``phrase`` with each of its ``SOUND_ALIKES`` terms written as speech recognition hears it."""
    padded = f" {phrase} "
    return [padded.replace(f" {term} ", f" {heard} ").strip()
            for term, heard_as in SOUND_ALIKES.items() if f" {term} " in padded for heard in heard_as]


# Long key words also get every single adjacent transposition and single deletion ("carcnioma",
# "carcinma"): the typos a hurried typist makes. Words under 7 letters are left alone (too
# many collisions with real words).
AUTO_TYPO_WORDS = frozenset({
    "carcinoma", "invasive", "infiltrating", "lobular", "fibroadenoma", "hyperplasia", "atypical", "papilloma",
    "intraductal", "papillary", "phyllodes", "lymphoma", "sclerosing", "adenosis", "columnar", "mucinous",
    "tubular", "cribriform", "microinvasive", "inflammatory", "periductal", "mastitis", "metastatic",
})


@cache
def typos_of(word: str) -> tuple[str, ...]:
    """Listed misspellings of ``word`` plus, for long key words, transpositions and deletions."""
    out = list(MISSPELLINGS.get(word, ()))
    if word in AUTO_TYPO_WORDS and len(word) >= 7:
        for i in range(len(word) - 1):
            out.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        for i in range(1, len(word)):  # keep the first letter: "arcinoma" is rarer than "carcinma"
            out.append(word[:i] + word[i + 1 :])
    return tuple(dict.fromkeys(t for t in out if t != word))


def expand_misspellings(phrase: str) -> list[str]:
    """``phrase`` and its variants with one word misspelt (see ``MISSPELLINGS``).

    One typo per phrase covers real reports; all combinations would multiply the patterns
    (and the matcher's build time) for no gain.
    """
    words = phrase.split(" ")
    variants = [phrase]
    for i, word in enumerate(words):
        for typo in typos_of(word):
            variants.append(" ".join(words[:i] + [typo] + words[i + 1 :]))
    return variants


def without_accents(phrase: str) -> str:
    """``phrase`` with its accents dropped ("fibroadénome" -> "fibroadenome"): an export that writes
    plain ASCII (a French HPRIM file, a lab system without accents) spells the same word so."""
    if phrase.isascii():
        return phrase
    return "".join(c for c in unicodedata.normalize("NFD", phrase) if not unicodedata.combining(c))


def phrase_table() -> dict[str, tuple[str, str]]:
    """Every lower-case surface form (misspellings included) -> (finding, category)."""
    table: dict[str, tuple[str, str]] = {}
    for term in TERMS:
        if term.category not in CATEGORIES:
            raise ValueError(f"unknown category {term.category!r} for {term.finding!r}")
        for phrase in term.phrases:
            spellings = [phrase, phrase.replace(", ", " comma ")] if ", " in phrase else [phrase]
            spellings += sound_alikes_of(phrase)
            spellings += [folded] if (folded := without_accents(phrase)) != phrase else []
            for spelling in spellings:
                for variant in expand_misspellings(spelling):
                    table.setdefault(variant, (term.finding, term.category))
    return table


def abbreviation_table() -> dict[str, tuple[str, str]]:
    """Case-sensitive abbreviations (``IDC``, ``FA``...) -> (finding, category)."""
    return {abbr: (t.finding, t.category) for t in TERMS for abbr in t.abbreviations}


@cache
def finding_terms() -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case surface forms of :func:`phrase_table` and the case-sensitive abbreviations of
    :func:`abbreviation_table`, built once, for the membership tests of readers that ask whether words name a finding."""
    return frozenset(phrase_table()), frozenset(abbreviation_table())


def category_of(finding: str) -> str:
    """The category of a canonical finding name."""
    for term in TERMS:
        if term.finding == finding:
            return term.category
    raise KeyError(finding)
