"""Review p120 of the b120 pathology rules (commit fdd4b3f): 95 texts written before either revision ran, labelled
from the guide, each read against the rules before (3ff046e) and after them. The review found four over-reaches and one
newly wrong reading, mended here by narrowing:

- E01 (oc05) an occult breast cancer: "occult" after "clinically" / "mammographically" / "radiologically" /
  "sonographically", or on a breast specimen's own line after its colon, is the specimen's carcinoma, no unfound
  primary;
- E02 (su07), E03 (su05) an addendum ("ADDENDUM:", a "SUPPLEMENTAL REPORT") over a first issue of both breasts whose
  findings are of one breast, named in its own words or the one breast whose question was left open, revises that
  breast only: the other breast's findings stand, and its words naming their own side keep it;
- E04 (jn05) a yes / no (ja / nein) question answered "No" is blanked from after the sentence before it on its line,
  never from the line's start, so a diagnosis before it on the line stays;
- E05 (cd01) the "Core biopsy data:" letter pair sides only its own line's items: unsided "Core 1 / Core 2" lines
  above it take no side from it and read '?' as before (cd02 goes back to its older reading with it).

The texts still read wrong are strict xfails with their reason (older readings or under-reaches outside the narrowing).
"""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    pytest.param(
        "Clinical details: Right axillary mass. Mammogram, ultrasound and MRI of both breasts normal.\n"
        "\nA. Right axillary lymph node, core biopsy: metastatic carcinoma, GATA3 and ER positive, "
        "consistent with breast origin.\nB. Right breast, upper outer quadrant, MRI-guided vacuum "
        "biopsy: fibrocystic change; no malignancy.\n\nComment: In keeping with an occult breast "
        "primary. Management as occult breast cancer (T0 N1) is suggested.\n",
        {"L": "-", "R": "-"},
        id="oc01",
    ),
    pytest.param(
        "Epikrise [Discharge summary]:\nAxilläre Lymphknotenmetastase rechts bei okkultem "
        "Mammakarzinom [axillary node metastasis on the right with occult breast carcinoma].\n\n"
        "Histologie: Mamma rechts, Stanzbiopsie [right breast, core biopsy]: Mastopathie ohne Atypien "
        "[fibrocystic change without atypia], kein Malignom.\n",
        {"L": "-", "R": "-"},
        id="oc02",
    ),
    pytest.param(
        "Left axillary lymph node, excision: metastatic carcinoma in 3 of 3 nodes, ER and GATA3 "
        "positive.\nLeft breast, MRI-guided vacuum biopsy: benign breast tissue.\n\nNote: Discussed at "
        "MDM; to be treated as an occult left breast cancer.\n",
        {"L": "-", "R": "-"},
        id="oc03",
    ),
    pytest.param(
        "Plan: Axillary node clearance and whole-breast radiotherapy, following the pathway for "
        "OCCULT\nBREAST CANCER (right).\n\nA. Right axillary lymph node, core biopsy: metastatic "
        "carcinoma, GATA3 and ER positive, consistent with breast origin.\nB. Right breast, upper "
        "outer quadrant, MRI-guided vacuum biopsy: fibrocystic change; no malignancy.\n",
        {"L": "-", "R": "-"},
        id="oc04",
    ),
    pytest.param(
        "Left breast, wire-guided wide local excision: clinically occult breast carcinoma "
        "(screen-detected), 9 mm, completely excised, margins clear.\n",
        {"L": "M", "R": "-"},
        id="oc05",
    ),
    pytest.param(
        "Right breast, prophylactic mastectomy: benign breast tissue; no occult breast carcinoma "
        "identified on extensive sampling.\n",
        {"L": "-", "R": "-"},
        id="oc06",
    ),
    pytest.param(
        "Left breast, mastectomy (axillary presentation): occult carcinoma found - invasive ductal "
        "carcinoma, 6 mm, grade 2.\n",
        {"L": "M", "R": "-"},
        id="oc07",
        marks=pytest.mark.xfail(strict=True, reason=(
            "older reading: 'occult carcinoma found - invasive ductal carcinoma' on a breast mastectomy line "
            "reads '-' before the b120 rules too"
        )),
    ),
    pytest.param(
        "Clinical history: 2019 right axillary node metastasis, occult breast cancer, treated.\n\nLeft "
        "breast, 3 o'clock, core biopsy: invasive ductal carcinoma NST, grade 2.\n",
        {"L": "M", "R": "-"},
        id="oc08",
    ),
    pytest.param(
        "SUMMARY: Screen-detected, mammographically occult breast cancer of the right breast (MRI "
        "only), now excised.\nRight breast, MRI-guided localisation excision: see microscopy; margins "
        "clear.\n",
        {"L": "-", "R": "M"},
        id="oc09",
    ),
    pytest.param(
        "Brustzentrum Westfalen\n-------------------------\nDOKUMENTATIONSBOGEN – MAMMAKARZINOM "
        "[documentation sheet – breast carcinoma]\n\nBefund: Mamma links, Stanzbiopsie [left breast, "
        "core biopsy]: Fibroadenom [fibroadenoma].\n",
        {"L": "B", "R": "-"},
        id="ti01",
    ),
    pytest.param(
        "NATIONAL CANCER PATIENT PATHWAY – BREAST CANCER\nReferral closure letter\n\nPathology "
        "result:\n  Right breast, 9 o'clock, core biopsy: fibroadenoma (B2).\nThe patient is "
        "discharged from the pathway.\n",
        {"L": "-", "R": "B"},
        id="ti02",
    ),
    pytest.param(
        "REGISTRATION SHEET, BREAST CANCER (pathology notification)\n\nLeft breast, 1 o'clock, core "
        "biopsy: sclerosing adenosis.\n",
        {"L": "B", "R": "-"},
        id="ti03",
    ),
    pytest.param(
        "CANCER PATIENT PATHWAY – BREAST CANCER\nPathology result:\n  Left breast, core biopsy: "
        "invasive ductal carcinoma, grade 2, B5b.\n",
        {"L": "M", "R": "-"},
        id="ti04",
    ),
    pytest.param(
        "DOCUMENTATION SHEET - LEFT BREAST CANCER\nCore biopsy, 2 o'clock: invasive ductal carcinoma, "
        "grade 2.\n",
        {"L": "M", "R": "-"},
        id="ti05",
    ),
    pytest.param(
        "DOCUMENTATION SHEET - BREAST CANCER\nDiagnosis: right breast carcinoma, invasive, 22 mm (see "
        "histology).\n",
        {"L": "-", "R": "M"},
        id="ti06",
    ),
    pytest.param(
        "==============================\nBreast Unit, Royal County Hospital\nNOTIFICATION SHEET - "
        "BREAST CANCER\n==============================\nLeft breast, core biopsy: fibroadenoma.\n",
        {"L": "B", "R": "-"},
        id="ti07",
    ),
    pytest.param(
        "Tidligere sygdomme [Previous diseases]: Brystkræft højre 2012 [right breast cancer 2012], "
        "lumpektomi.\n\nAktuel patologi [Current pathology]:\nVenstre bryst, grovnålsbiopsi [left "
        "breast, core biopsy]: fibroadenom [fibroadenoma].\n",
        {"L": "B", "R": "-"},
        id="pd01",
    ),
    pytest.param(
        "PREVIOUS ILLNESSES:\n- Hypertension\n- Right breast DCIS 2017, wide local excision and "
        "radiotherapy\n\nHISTOLOGY:\nLeft breast, 1 o'clock, core biopsy: invasive lobular carcinoma.\n",
        {"L": "M", "R": "-"},
        id="pd02",
    ),
    pytest.param(
        "Prior diseases: carcinoma of the left breast (2009), mastectomy.\nRight breast, excision: "
        "fibroadenoma, 18 mm.\n",
        {"L": "-", "R": "B"},
        id="pd03",
    ),
    pytest.param(
        "Previous illnesses: none.\nRight breast, 10 o'clock, core biopsy: invasive ductal carcinoma, "
        "grade 3.\n",
        {"L": "-", "R": "M"},
        id="pd04",
    ),
    pytest.param(
        "Previous diseases: hypertension, hypothyroidism\nLeft breast, core biopsy: invasive ductal "
        "carcinoma NST, grade 2, B5b.\n",
        {"L": "M", "R": "-"},
        id="pd05",
    ),
    pytest.param(
        "Current disease: right breast carcinoma, invasive, cT2 N0 (core biopsy 12/01/2026).\nPrevious "
        "diseases: appendicectomy 1998.\n",
        {"L": "-", "R": "M"},
        id="pd06",
    ),
    pytest.param(
        "Clinical: recurrence of previous disease? Mass at the left lumpectomy scar.\nLeft breast, "
        "core biopsy: recurrent invasive ductal carcinoma.\n",
        {"L": "M", "R": "-"},
        id="pd07",
    ),
    pytest.param(
        "Frühere Erkrankungen [Previous diseases]: keine [none]\nDiagnose [Diagnosis]: Mamma links, "
        "Stanzbiopsie [left breast, core biopsy]: invasives lobuläres Karzinom [invasive lobular "
        "carcinoma].\n",
        {"L": "M", "R": "-"},
        id="pd08",
    ),
    pytest.param(
        "Henvisningsdiagnose [Referral diagnosis]: DC509 Brystkræft, venstre [breast cancer, left]\n\n"
        "Patologisvar:\nVenstre bryst, grovnålsbiopsi [left breast, core biopsy]: fibroadenom "
        "[fibroadenoma].\n",
        {"L": "B", "R": "-"},
        id="hv01",
    ),
    pytest.param(
        "HENVISNINGSDIAGNOSE: DC773 Sekundær kræft i lymfeknude i armhule, højre [secondary cancer of "
        "axillary lymph node, right]\n\nPatologisvar:\nHøjre bryst, vakuumbiopsi [right breast, vacuum "
        "biopsy]: normalt brystvæv [normal breast tissue].\n",
        {"L": "-", "R": "-"},
        id="hv02",
    ),
    pytest.param(
        "Henvisningsdiagnose: DC504 Brystkræft i øvre ydre kvadrant, højre [malignant neoplasm of the "
        "upper outer quadrant, right breast]\nAnamnese: knude palperet.\n\nHøjre bryst [right breast], "
        "grovnål: fibroadenom [fibroadenoma].\n",
        {"L": "-", "R": "B"},
        id="hv03",
    ),
    pytest.param(
        "Henvisningsdiagnose: DC504\n\nDiagnose [Diagnosis]:\nHøjre bryst, lumpektomi [right breast, "
        "lumpectomy]: invasivt duktalt karcinom [invasive ductal carcinoma], 15 mm.\n",
        {"L": "-", "R": "M"},
        id="hv04",
    ),
    pytest.param(
        "Henvisningsdiagnose: DN63 Knude i bryst [lump in breast]\nVenstre bryst, grovnålsbiopsi [left "
        "breast, core biopsy]: invasivt lobulært karcinom [invasive lobular carcinoma].\n",
        {"L": "M", "R": "-"},
        id="hv05",
    ),
    pytest.param(
        "Aktionsdiagnose [Main diagnosis]: DC504 Brystkræft, højre [breast cancer, right]\n"
        "Henvisningsdiagnose: DZ031 Observation pga. mistanke om kræft [observation for suspected "
        "cancer]\n",
        {"L": "-", "R": "M"},
        id="hv06",
    ),
    pytest.param(
        "Right breast, wide local excision: invasive ductal carcinoma, 14 mm, grade 2; margins clear.\n"
        "\nRequested service: radiotherapy planning; consider re-excision of residual DCIS at the left "
        "breast biopsy site if confirmed.\n",
        {"L": "-", "R": "M"},
        id="rs01",
    ),
    pytest.param(
        "Right breast, core biopsy: fibroadenoma.\n\nREQUESTED SERVICES:\n- Oncology review re "
        "adjuvant chemotherapy for triple-negative carcinoma of the left breast\n- Genetics referral\n",
        {"L": "-", "R": "B"},
        id="rs02",
    ),
    pytest.param(
        "Ønsket ydelse [Requested service]: Kirurgisk vurdering af recidiv i venstre bryst [surgical "
        "assessment of recurrence in the left breast].\n\nHøjre bryst, grovnål [right breast, core]: "
        "fibroadenom.\n",
        {"L": "-", "R": "B"},
        id="rs03",
    ),
    pytest.param(
        "Requested service: Histopathology\nLeft breast, 2 o'clock, core biopsy: invasive ductal "
        "carcinoma, grade 2.\n",
        {"L": "M", "R": "-"},
        id="rs04",
    ),
    pytest.param(
        "Service: Breast surgery\nDiagnosis: Right breast, core biopsy: ductal carcinoma in situ, high "
        "grade.\n",
        {"L": "-", "R": "M"},
        id="rs05",
    ),
    pytest.param(
        "Requested service: MDT discussion.\n\nHistology: Left breast core biopsy shows invasive "
        "lobular carcinoma, classic type.\n",
        {"L": "M", "R": "-"},
        id="rs06",
    ),
    pytest.param(
        "Requested service: second opinion on ?invasion\nOpinion: Left breast, core: DCIS with "
        "microinvasion.\n",
        {"L": "M", "R": "-"},
        id="rs07",
    ),
    pytest.param(
        "Pathology:\n  Left breast, core biopsy: fibroadenoma (B2).\n  Right breast, core biopsy: "
        "invasive ductal carcinoma, grade 2 (B5b).\n\nBoard proposal: right wide local excision and "
        "sentinel node biopsy; the left breast (DCIS 2018, treated) to continue annual surveillance.\n",
        {"L": "B", "R": "M"},
        id="bd01",
    ),
    pytest.param(
        "Anatomopathologie:\n  Sein droit, microbiopsie [right breast, core biopsy]: carcinome "
        "canalaire infiltrant [invasive ductal carcinoma].\n  Sein gauche, microbiopsie [left breast, "
        "core biopsy]: adénose sclérosante [sclerosing adenosis].\n\nConclusion de la RCP: antécédent "
        "de cancer du sein gauche traité en 2015 [history of left breast cancer treated in 2015]; "
        "nouveau carcinome du sein droit.\n",
        {"L": "B", "R": "M"},
        id="bd02",
    ),
    pytest.param(
        "Pathology:\n  Left breast, core biopsy: fibroadenoma (B2).\n  Right breast, core biopsy: "
        "invasive ductal carcinoma, grade 2 (B5b).\n\nTumour board conclusion: bilateral disease not "
        "excluded; the left breast carcinoma suspected on MRI requires second-look ultrasound.\n",
        {"L": "B", "R": "M"},
        id="bd03",
    ),
    pytest.param(
        "Tumorkonferenz [Tumour board] 04.02.2026: Rezidiv links ausgeschlossen [recurrence on the "
        "left excluded]; DCIS links 2019 in Vorgeschichte.\n\nMamma links, Stanzbiopsie [left breast, "
        "core biopsy]: Fibroadenom [fibroadenoma].\n",
        {"L": "B", "R": "-"},
        id="bd04",
    ),
    pytest.param(
        "Tumour board: 03/02/2026\nLeft breast, core biopsy: invasive ductal carcinoma, grade 2, B5b.\n",
        {"L": "M", "R": "-"},
        id="bd05",
    ),
    pytest.param(
        "Tumor board review:\nPathology reviewed: Right breast, 10 o'clock, core biopsy: invasive "
        "lobular carcinoma, classic type.\n",
        {"L": "-", "R": "M"},
        id="bd06",
    ),
    pytest.param(
        "Proposition de traitement [treatment proposal]: tumorectomie gauche.\nConclusion: sein "
        "gauche, carcinome canalaire infiltrant [left breast, invasive ductal carcinoma].\n",
        {"L": "M", "R": "-"},
        id="bd07",
    ),
    pytest.param(
        "Comment: Case to be discussed at the tumour board on 05/02/2026.\nRight breast, core biopsy: "
        "invasive ductal carcinoma NST, grade 3.\n",
        {"L": "-", "R": "M"},
        id="bd08",
    ),
    pytest.param(
        "1. [right breast, mastectomy scar, core biopsies]: fibrosis and fat necrosis; no malignancy.\n",
        {"L": "-", "R": "-"},
        id="sc01",
    ),
    pytest.param(
        "  3. Mama izquierda, cicatriz de tumorectomía, biopsias con aguja gruesa [left breast, "
        "lumpectomy scar, needle core\n     biopsies]: necrosis grasa [fat necrosis].\n",
        {"L": "-", "R": "-"},
        id="sc02",
        marks=pytest.mark.xfail(strict=True, reason=(
            "under-reach: two method words ('needle core') before the wrapped 'biopsies' are not read as the "
            "bracketed site's scar"
        )),
    ),
    pytest.param(
        "Left breast, lumpectomy scar, core biopsies x4: scar tissue and fat necrosis; no recurrence.\n",
        {"L": "B", "R": "-"},
        id="sc03",
    ),
    pytest.param(
        "Right breast, core biopsies: scar, no malignancy.\n",
        {"L": "-", "R": "B"},
        id="sc04",
    ),
    pytest.param(
        "[left breast, 11 o'clock, core biopsies]: radial scar / complex sclerosing lesion, B3.\n",
        {"L": "B", "R": "-"},
        id="sc05",
    ),
    pytest.param(
        "Left breast, scar, punch biopsies: recurrent invasive ductal carcinoma in the dermis.\n",
        {"L": "M", "R": "-"},
        id="sc06",
        marks=pytest.mark.xfail(strict=True, reason=(
            "older reading: a 'scar, punch biopsies' place keeps its scar as B beside the recurrent carcinoma "
            "(L BM)"
        )),
    ),
    pytest.param(
        "Correction: the specimen is from the LEFT breast, not the right as originally notified.\n\n"
        "Diagnosis, as originally notified:\nRight breast, 3 o'clock, core biopsy: invasive ductal "
        "carcinoma, grade 2.\n",
        {"L": "M", "R": "-"},
        id="rp01",
    ),
    pytest.param(
        "Motivo de la corrección [Reason for correction]: la muestra procede de la mama IZQUIERDA [the "
        "sample is from the LEFT breast, not the right as initially reported].\n\nDiagnóstico, tal "
        "como se informó inicialmente [Diagnosis, as initially reported]:\n  Mama derecha, biopsia con "
        "aguja gruesa [right breast, core biopsy]: carcinoma ductal infiltrante [invasive ductal "
        "carcinoma].\n",
        {"L": "M", "R": "-"},
        id="rp02",
    ),
    pytest.param(
        "Histology, as originally reported (15/01/2026):\nLeft breast, core biopsy: invasive ductal "
        "carcinoma, grade 2.\n\nAddendum (20/01/2026): ER positive (8/8), HER2 negative.\n",
        {"L": "M", "R": "-"},
        id="rp03",
    ),
    pytest.param(
        "Diagnosis, as originally issued:\nRight breast, core biopsy: atypical ductal hyperplasia.\n\n"
        "Revised diagnosis (after review):\nRight breast, core biopsy: ductal carcinoma in situ, low "
        "grade.\n",
        {"L": "-", "R": "M"},
        id="rp04",
    ),
    pytest.param(
        "Befund, Mamma rechts [Finding, right breast]:\n  Fibroadenom [fibroadenoma].\n",
        {"L": "-", "R": "B"},
        id="rp05",
    ),
    pytest.param(
        "Korrektur [Correction]: Die Probe stammt aus der RECHTEN Brust [the specimen is from the "
        "RIGHT breast, not the left as first notified].\n\nHistologie, wie zunächst mitgeteilt "
        "[Histology, as first notified]:\n  Mamma links, Stanzbiopsie [left breast, core biopsy]: "
        "Fibroadenom [fibroadenoma].\n",
        {"L": "-", "R": "B"},
        id="rp06",
    ),
    pytest.param(
        "| Probe | Side | Clock | Diagnosis | B-cat |\n|---|---|---|---|---|\n| A | R | 10 | Invasive "
        "ductal carcinoma, grade 2 | B5b |\n| B | L | 2 | Fibroadenoma | B2 |\n",
        {"L": "B", "R": "M"},
        id="ps01",
    ),
    pytest.param(
        "Nr. | Seite | Lokalisation | Histologie | B\n1 | L | 2 Uhr | Invasives Karzinom NST [invasive "
        "carcinoma NST] | B5b\n2 | R | 10 Uhr | Fibroadenom [fibroadenoma] | B2\n",
        {"L": "M", "R": "B"},
        id="ps02",
    ),
    pytest.param(
        "| Specimen | Laterality | Procedure | Result |\n| 1 | L | US core | atypical ductal "
        "hyperplasia |\n| 2 | R | US core | invasive lobular carcinoma |\n",
        {"L": "B", "R": "M"},
        id="ps03",
    ),
    pytest.param(
        "| Laterality | L |\n| Procedure | Core biopsy, 14G x 3 |\n| Diagnosis | Invasive lobular "
        "carcinoma, classic type |\n",
        {"L": "M", "R": "-"},
        id="ps04",
    ),
    pytest.param(
        "| No | Side | Zone | Result |\n| 1 | Left | C | fibroadenoma |\n| 2 | Right | UOQ | invasive "
        "ductal carcinoma |\n",
        {"L": "B", "R": "M"},
        id="ps05",
    ),
    pytest.param(
        "| Block | Size class | Content |\n| A1 | L | tumour |\n| A2 | S | margin |\nRight breast, "
        "mastectomy: invasive ductal carcinoma, 45 mm.\n",
        {"L": "-", "R": "M"},
        id="ps06",
    ),
    pytest.param(
        "Mamma links, Stanzbiopsie [left breast, core biopsy]: Fibroadenom [fibroadenoma].\nMalignität "
        "[Malignancy]: [ ] Ja   [X] Nein\n",
        {"L": "B", "R": "-"},
        id="jn01",
    ),
    pytest.param(
        "Venstre bryst, grovnål [left breast, core]: fibroadenom.\nMalign tumor [malignant tumour]: ☐ "
        "ja ☒ nej\n",
        {"L": "B", "R": "-"},
        id="jn02",
    ),
    pytest.param(
        "Mamma links [left breast]: atypische duktale Hyperplasie [atypical ductal hyperplasia].\n"
        "Invasives Karzinom: [ ] ja [X] nein    DCIS: [ ] ja [X] nein\n",
        {"L": "B", "R": "-"},
        id="jn03",
    ),
    pytest.param(
        "Karzinom nachgewiesen [carcinoma demonstrated]: [X] ja [yes]  [ ] nein [no]\nMamma links, "
        "Stanzbiopsie: invasives lobuläres Karzinom [invasive lobular carcinoma].\n",
        {"L": "M", "R": "-"},
        id="jn04",
    ),
    pytest.param(
        "Left breast, core biopsy: invasive ductal carcinoma, grade 2.   Zweitmeinung erforderlich "
        "[second opinion required]: [ ] ja [X] nein\n",
        {"L": "M", "R": "-"},
        id="jn05",
    ),
    pytest.param(
        "Rezidiv [recurrence]: [ ] ja [X] nein\nMamma rechts, Exzisat [right breast, excision]: "
        "invasives duktales Karzinom, Zweitkarzinom [second primary].\n",
        {"L": "-", "R": "M"},
        id="jn06",
    ),
    pytest.param(
        "Højre bryst, lumpektomi [right breast, lumpectomy]: invasivt duktalt karcinom, 12 mm.\nTumor "
        "i resektionsrand [tumour at margin]: [ ] ja [X] nej\n",
        {"L": "-", "R": "M"},
        id="jn07",
    ),
    pytest.param(
        "FINAL DIAGNOSIS:\nRIGHT BREAST, 10:00, CORE BIOPSY:\n  ATYPICAL PAPILLARY LESION; "
        "IMMUNOSTAINS TO FOLLOW.\nLEFT BREAST, 2:00, CORE BIOPSY:\n  FIBROADENOMA.\n\nSUPPLEMENTAL "
        "REPORT (electronically signed 03/02/2026):\nCK5/6 shows a mosaic pattern and myoepithelial "
        "cells are present throughout.\nFinal diagnosis: intraductal papilloma with usual ductal "
        "hyperplasia; no atypia.\n",
        {"L": "B", "R": "B"},
        id="su01",
        marks=pytest.mark.xfail(strict=True, reason=(
            "under-reach: an addendum whose 'Final diagnosis:' names no study of the open question is not "
            "placed on the right breast"
        )),
    ),
    pytest.param(
        "FINAL DIAGNOSIS:\nLEFT BREAST, 1:00, CORE BIOPSY:\n  INVASIVE CARCINOMA, DUCTAL VERSUS "
        "LOBULAR; E-CADHERIN TO FOLLOW.\nRIGHT BREAST, 8:00, CORE BIOPSY:\n  FIBROCYSTIC CHANGE WITH "
        "APOCRINE METAPLASIA.\n\nSupplementary Report 1:\nE-cadherin is negative in the tumour cells, "
        "with retained staining in the adjacent ducts. Final diagnosis: invasive lobular carcinoma, "
        "grade 2.\n",
        {"L": "M", "R": "-"},
        id="su02",
        marks=pytest.mark.xfail(strict=True, reason=(
            "under-reach: 'Supplementary Report 1:' is not read as an addendum, so its words take the right "
            "breast's side"
        )),
    ),
    pytest.param(
        "FINAL DIAGNOSIS:\nLEFT BREAST, 3:00, CORE BIOPSY:\n  DUCTAL CARCINOMA IN SITU, HIGH GRADE; "
        "INVASION CANNOT BE EXCLUDED, MYOEPITHELIAL STAINS TO FOLLOW.\nRIGHT BREAST, 9:00, CORE "
        "BIOPSY:\n  FIBROADENOMA.\n\nSUPPLEMENTAL REPORT:\np63 and SMMHC show loss of myoepithelium "
        "around several nests, confirming invasion. Final diagnosis: invasive ductal carcinoma, grade "
        "2, with high grade DCIS.\n",
        {"L": "M", "R": "B"},
        id="su03",
    ),
    pytest.param(
        "FINAL DIAGNOSIS:\nLEFT BREAST, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA, GRADE 3.\nRIGHT "
        "BREAST, CORE BIOPSY: FIBROADENOMA.\n\nSUPPLEMENTAL REPORT (signed 30-Jan-2026): HER2 IHC 2+, "
        "ISH amplified (ratio 3.1). ER negative, PR negative.\n",
        {"L": "M", "R": "B"},
        id="su04",
    ),
    pytest.param(
        "FINAL DIAGNOSIS:\nLEFT BREAST, 1:00, CORE BIOPSY:\n  INVASIVE CARCINOMA, DUCTAL VERSUS "
        "LOBULAR; E-CADHERIN TO FOLLOW.\nRIGHT BREAST, 8:00, CORE BIOPSY:\n  SCLEROSING ADENOSIS.\n\n"
        "SUPPLEMENTAL REPORT (signed 24-Jan-2026):\nDeeper levels of the right breast core show a 2 mm "
        "focus of ductal carcinoma in situ, low grade, within the sclerosing adenosis. E-cadherin on "
        "the left core shows complete loss.\nFinal diagnosis (left): invasive lobular carcinoma, "
        "classic type.\n",
        {"L": "M", "R": "BM"},
        id="su05",
    ),
    pytest.param(
        "FINAL DIAGNOSIS:\nLEFT BREAST, EXCISION: FIBROADENOMA, 22 MM.\nRIGHT BREAST, EXCISION: "
        "FIBROCYSTIC CHANGE.\n\nSUPPLEMENTAL REPORT:\nFurther levels of the left breast excision "
        "(block A3) show a 2 mm focus of invasive lobular carcinoma adjacent to the fibroadenoma.\n"
        "Final diagnosis: fibroadenoma with a 2 mm focus of invasive lobular carcinoma.\n",
        {"L": "BM", "R": "-"},
        id="su06",
    ),
    pytest.param(
        "FINAL DIAGNOSIS:\nLEFT BREAST, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA, GRADE 2.\nRIGHT "
        "BREAST, CORE BIOPSY: ATYPICAL DUCTAL HYPERPLASIA; DEEPER LEVELS TO FOLLOW.\n\nSUPPLEMENTAL "
        "REPORT:\nDeeper levels show no additional findings; no carcinoma in situ or invasive "
        "carcinoma is seen.\nFinal diagnosis: atypical ductal hyperplasia.\n",
        {"L": "M", "R": "B"},
        id="su07",
    ),
    pytest.param(
        "FINAL DIAGNOSIS:\nLEFT BREAST, 1:00, CORE BIOPSY:\n  INVASIVE CARCINOMA, DUCTAL VERSUS "
        "LOBULAR; E-CADHERIN TO FOLLOW.\nRIGHT BREAST, 8:00, CORE BIOPSY:\n  FIBROADENOMA.\n\n"
        "SUPPLEMENTAL REPORT:\nE-cadherin shows strong membranous staining in the tumour cells; no "
        "lobular carcinoma. Final diagnosis: invasive ductal carcinoma NST, grade 2.\n",
        {"L": "M", "R": "B"},
        id="su08",
    ),
    pytest.param(
        "OPINION:\nCore 1: high grade ductal carcinoma in situ.\nCore 2: intraductal papilloma.\n\n"
        "Core biopsy data: L - B5a malignant, in situ. R - B3 uncertain malignant potential.\n",
        {"L": "M", "R": "B"},
        id="cd01",
        marks=pytest.mark.xfail(strict=True, reason=(
            "the 'Core biopsy data:' letters side only their own line: the unsided 'Core 1 / Core 2' lines "
            "read '?' as before b120"
        )),
    ),
    pytest.param(
        "OPINION: Two cores examined; see below.\nCore 1: fibroadenoma. Core 2: normal breast tissue.\n"
        "core data: R - B2 benign; L - B1 normal tissue.\n",
        {"L": "-", "R": "B"},
        id="cd02",
        marks=pytest.mark.xfail(strict=True, reason=(
            "the 'Core biopsy data:' letters side only their own line: the unsided 'Core 1: fibroadenoma' "
            "takes no side, as before b120"
        )),
    ),
    pytest.param(
        "OPINION:\n1. Right breast, 11 o'clock: invasive ductal carcinoma NST, grade 2.\n2. Left "
        "breast, 2 o'clock: DCIS, intermediate grade.\n\nCore Biopsy Data: R - B5b malignant "
        "(invasive). L - B5a malignant (in situ).\n",
        {"L": "M", "R": "M"},
        id="cd03",
    ),
    pytest.param(
        "Core biopsy data: R - 3 cores, 14G. L - 2 cores, 14G.\nOpinion: Right breast: fibroadenoma, "
        "B2. Left breast: invasive carcinoma NST, B5b.\n",
        {"L": "M", "R": "B"},
        id="cd04",
    ),
    pytest.param(
        "Previous core biopsy data (2021): R - B2 benign. L - B2 benign.\nCurrent: Left breast, core "
        "biopsy: invasive carcinoma NST, B5b.\n",
        {"L": "M", "R": "-"},
        id="cd05",
    ),
    pytest.param(
        "OPINION:\nLeft breast, 4 o'clock, core: invasive lobular carcinoma, B5b.\n\nCore biopsy data: "
        "L - B5b malignant, invasive.\n",
        {"L": "M", "R": "-"},
        id="cd06",
    ),
    pytest.param(
        "PATHOLOGY CONSULTATION - Northgate General Hospital\nOutside report (Valley Pathology, "
        'VP26-221) reads: "Right breast core: ductal carcinoma in situ."\n\nNorthgate diagnosis '
        "following review:\nRight breast, core biopsy:\n - Invasive ductal carcinoma, grade 1.\n - "
        "Atypical lobular hyperplasia.\n",
        {"L": "-", "R": "BM"},
        id="ar01",
    ),
    pytest.param(
        "CONSULTATION REPORT - St Luke's Medical Center\nReferring: Harbour Labs, HL-5521.\n\nSt "
        "Luke's diagnosis on review (2 slides, 1 block):\nLeft breast, excision: intraductal papilloma "
        "with florid epithelial hyperplasia; no atypia.\n",
        {"L": "B", "R": "-"},
        id="ar02",
    ),
    pytest.param(
        "CONSULTATION REPORT - St Luke's Medical Center\nValley Pathology diagnosis after review: Left "
        "breast core: atypical ductal hyperplasia.\n\nSt Luke's diagnosis: Left breast, core biopsy: "
        "ductal carcinoma in situ, low grade.\n",
        {"L": "M", "R": "-"},
        id="ar03",
        marks=pytest.mark.xfail(strict=True, reason=(
            "older reading: an outside laboratory's 'diagnosis after review:' ADH still labels beside the DCIS "
            "(L BM)"
        )),
    ),
    pytest.param(
        "CONSULTATION - Westbrook University Hospital\nClinical diagnosis after review: left breast "
        "cancer (radiology B5).\n\nWestbrook diagnosis: Left breast, core biopsy: fibroadenoma.\n",
        {"L": "B", "R": "-"},
        id="ar04",
    ),
    pytest.param(
        "Final diagnosis after review of deeper levels:\nRight breast, core biopsy: invasive ductal "
        "carcinoma, grade 1, 3 mm.\n",
        {"L": "-", "R": "M"},
        id="ar05",
    ),
    pytest.param(
        "Left axillary lymph node, core biopsy: metastatic adenocarcinoma, CK7 positive, GATA3 "
        "positive, ER positive (90%), TTF-1 negative, CDX2 negative, in keeping with a breast "
        "primary.\nLeft breast, US-guided core biopsy: benign breast tissue.\n",
        {"L": "-", "R": "-"},
        id="ml01",
    ),
    pytest.param(
        "Liver, segment VI, core: metastatic carcinoma; GATA3+, mammaglobin+, ER+, CK20-; suggestive "
        "of breast origin.\nRight breast, core biopsy: fibroadenoma.\n",
        {"L": "-", "R": "B"},
        id="ml02",
    ),
    pytest.param(
        "Pleural fluid, cell block: metastatic adenocarcinoma. GATA3 positive, TTF-1 negative, "
        "consistent with breast primary.\n",
        {"L": "-", "R": "-"},
        id="ml03",
    ),
    pytest.param(
        "Left breast and axilla, mastectomy and clearance: invasive ductal carcinoma, 30 mm, with "
        "metastatic carcinoma in 4 of 17 axillary nodes; ER positive, consistent with breast primary.\n",
        {"L": "M", "R": "-"},
        id="ml04",
    ),
    pytest.param(
        "Specimen: core biopsy, left, 2 o'clock mass (history of lung adenocarcinoma).\nDiagnosis: "
        "adenocarcinoma, not metastatic lung adenocarcinoma; TTF-1 and napsin A negative, GATA3 and ER "
        "positive, consistent with a breast primary.\n",
        {"L": "M", "R": "-"},
        id="ml05",
    ),
    pytest.param(
        "Bone, iliac crest, core: metastatic carcinoma, ER and GATA3 positive, consistent with the "
        "patient's known breast primary.\nRight breast, core: benign.\n",
        {"L": "-", "R": "-"},
        id="ml06",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_p120_text_reads_as_the_guide(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
