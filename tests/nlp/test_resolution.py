"""Report state, sections, specimen site, hedging, vocabulary and side: the rules of
docs/labelling_guide.md on short reports written for these tests (one behaviour each; the
evaluation batches in tests/nlp/data measure the rules on whole reports)."""

from __future__ import annotations

import pytest

from nlp.pathology import breast_states, extract_findings
from nlp.resolution import LABELS, REVIEW


def codes(text: str) -> dict[str, str]:
    """Per-breast state code: "-", "B", "M", "BM", or "?" (needs review)."""
    out = {}
    for side, state in breast_states(text).items():
        flags = ("B" if state["benign"] else "") + ("M" if state["malignant"] else "")
        out[side] = "?" if state["needs_review"] else (flags or "-")
    return out


CASES = [
 # report state
 ("SURGICAL PATHOLOGY\nDIAGNOSIS:\nLeft breast, 3:00, core: Invasive ductal carcinoma, grade "
  "1.\n\nAMENDED DIAGNOSIS (02/02/2026):\nLeft breast, 3:00, core: Sclerosing adenosis. No "
  "carcinoma.\nReason: myoepithelial stains positive; the original diagnosis is withdrawn.", "B", "-"),
 ("Left breast core: DCIS, intermediate grade.\nAMENDMENT: on review with immunostains the lesion is "
  "ADH; the diagnosis of DCIS is withdrawn.", "B", "-"),
 ("FINAL DIAGNOSIS: Right breast, 10:00, core biopsy: Fibroadenoma.\n\nADDENDUM (1/5/2026): ER and PR "
  "performed for research. No change in diagnosis.", "-", "B"),
 ("Diagnosis: Right breast core: atypical ductal hyperplasia.\nAddendum: Further levels are being cut; "
  "the diagnosis may be revised. A supplementary report will follow.", "-", "?"),
 ("Diagnosis: Right breast core: atypical ductal hyperplasia.\nAddendum #1: Further levels pending; "
  "final diagnosis to follow.\nAddendum #2: Levels show low grade DCIS. Revised diagnosis: Right "
  "breast core: ductal carcinoma in situ, low grade.", "-", "M"),
 ("OUTSIDE DIAGNOSIS: Left breast, core: invasive lobular carcinoma.\nOUR DIAGNOSIS: Left breast, "
  "core: lobular carcinoma in situ, florid. No invasive carcinoma.", "B", "-"),
 ("Referring pathologist's diagnosis: DCIS.\nOpinion: Right breast VAB - atypical ductal hyperplasia. B3.", "-", "B"),
 ("CORRECTED REPORT\nCorrection: the laterality was entered in error as right; the specimen is from "
  "the left breast.\nCORRECTED DIAGNOSIS: Left breast, 2:00, core: invasive carcinoma NST, grade "
  "2.\nPREVIOUS DIAGNOSIS: Right breast, 2:00, core: invasive carcinoma NST, grade 2.", "M", "-"),
 ("Diagnosis: Invasive carcinoma of the right breast, ductal versus lobular type; E-cadherin to "
  "follow.\nAddendum: E-cadherin is lost. Final diagnosis: invasive lobular carcinoma, right breast.", "-", "M"),
 # sections
 ("CLINICAL HISTORY: Right breast invasive ductal carcinoma 2018, treated.\nFINAL DIAGNOSIS: Left "
  "breast, 1:00, core: fibroadenoma.", "B", "-"),
 ("Specimen: right breast mass, rule out carcinoma.\nDiagnosis: Right breast excision: fibroadenoma, 2 cm.", "-", "B"),
 ("GROSS: Received a 2 cm cyst labelled left breast.\nMICROSCOPIC: Benign cyst wall.\nDIAGNOSIS: Left "
  "breast, excision: benign breast tissue with fibrocystic change.", "-", "-"),
 ("DIAGNOSIS: Left breast, core: fibroadenoma.\nCOMMENT: Phyllodes tumour is not favoured; DCIS was "
  "considered but not seen.", "B", "-"),
 ("Pre-treatment diagnosis: Left breast invasive ductal carcinoma (core 2025).\nFinal diagnosis: Left "
  "breast, mastectomy: no residual invasive or in situ carcinoma (ypT0). Tumour bed with fibrosis.", "-", "-"),
 # site
 ("DIAGNOSIS:\n1. Skin, left forearm, shave: basal cell carcinoma, nodular.\n2. Left breast, 2:00, "
  "core: sclerosing adenosis.", "B", "-"),
 ("Thyroid, right lobectomy: papillary carcinoma, classic type, 1.2 cm.", "-", "-"),
 ("Left axillary sentinel lymph node: metastatic carcinoma (1/2). No breast tissue.", "-", "-"),
 ("Lung, right upper lobe, wedge: metastatic carcinoma consistent with breast primary.", "-", "-"),
 ("Skin, right breast, 6 o'clock, punch: superficial basal cell carcinoma.", "-", "-"),
 ("Right breast, 9:00, core: metastatic melanoma involving breast parenchyma.", "-", "M"),
 ("Colon, sigmoid, biopsy: adenocarcinoma, moderately differentiated.", "-", "-"),
 ("Left nipple, punch: Paget disease of the nipple.", "M", "-"),
 # hedging vs grade
 ("Right breast core: fibroepithelial lesion, B3; excision recommended to exclude phyllodes tumour.", "-", "-"),
 ("Left breast, excision: benign phyllodes tumour, margins clear.", "M", "-"),
 ("Left breast, excision: borderline phyllodes tumour, 4 cm.", "M", "-"),
 ("Left breast, excision: phyllodes tumor, low grade (benign).", "M", "-"),
 ("Right breast core: atypical cells, suspicious for but not diagnostic of carcinoma.", "-", "-"),
 ("Right breast core: atypical epithelial cells, favour reactive. No carcinoma.", "-", "-"),
 ("Left breast core: fibroepithelial lesion, favour fibroadenoma.", "B", "-"),
 ("Left breast core: findings consistent with fibroadenoma.", "B", "-"),
 ("Left breast core: atypical intraductal proliferation, DCIS vs ADH; excision recommended.", "?", "-"),
 ("(A) Right breast core: DCIS vs ADH, excision recommended.\n(B) Left breast core: fibroadenoma.", "B", "?"),
 ("Right breast core: ADH; low grade DCIS cannot be excluded.", "-", "B"),
 ("Right breast VAB: papillary lesion. B3 (lesion of uncertain malignant potential).", "-", "-"),
 # vocabulary
 ("L brst core: invasive ductual carcinome, NST, gr 2.", "M", "-"),
 ("Right breast: papillary ca, intraductal type.", "-", "M"),
 ("R breast core: IDC NST, grade 3.", "-", "M"),
 ("Left breast VAB: FEA with calcifications.", "B", "-"),
 ("Left breast core: UDH.", "B", "-"),
 ("Right breast core: DLBCL involving breast parenchyma.", "-", "M"),
 ("Left breast re-excision: no residual DCIS; biopsy-site changes.", "B", "-"),
 ("Right breast excision: radial scar with UDH.", "-", "B"),
 ("Left breast core: fibroadenomma, no atypia.", "B", "-"),
 ("Left breast core: benign breast tissue with fibroadenomatoid change.", "-", "-"),
 ("Right breast, WLE: carcinoma-in-situ, ductal type, high grade.", "-", "M"),
 ("Right breast core: lobular carcinoma in situ, classic type.", "-", "B"),
 # side
 ("Bilat reduction mammoplasty: fibroadenomas, 3 mm and 5 mm.", "B", "B"),
 ("Core biopsy left breast, correction, right breast, 10 o'clock: IDC, grade 2.", "-", "M"),
 ("Bilateral mastectomies:\nR:\n  DCIS, high grade, 2 cm.\nL:\n  No carcinoma. ALH focal.", "B", "M"),
 ("SYNOPTIC\nLEFT BREAST\n   Histologic type: invasive lobular carcinoma\n   LCIS: present\nRIGHT "
  "BREAST\n   Invasive carcinoma: not identified\n   Other: fibroadenoma", "BM", "B"),
 # needs review / no side
 ("Breast core biopsy, 2:00 (side not stated on requisition): invasive ductal carcinoma, grade 2.", "?", "?"),
 ("Breast, core: fibroadenoma.", "-", "-"),
 # negation
 ("Right breast core: negative for atypia and malignancy; benign breast tissue.", "-", "-"),
 ("Left breast lumpectomy: no residual carcinoma. Biopsy site changes.", "B", "-"),
 ("*** REVISED REPORT ***\nOriginal diagnosis: Right breast core: invasive ductal carcinoma.\nRevised "
  "diagnosis: Right breast core: sclerosing adenosis with apocrine metaplasia. No malignancy.", "-", "B"),
 ("FINAL DIAGNOSIS\nA) Left breast 12:00 core: intraductal papilloma.\nB) Right breast 6:00 core: "
  "invasive lobular carcinoma.\nSUPPLEMENTAL REPORT #1: ER positive, PR positive.", "B", "M"),
 ("Consultation diagnosis: Left breast core: atypical ductal hyperplasia.\nSubmitted diagnosis: Left "
  "breast core: ductal carcinoma in situ, low grade.", "B", "-"),
 ("Contributor's diagnosis: invasive carcinoma.\nReview diagnosis: Right breast core: complex "
  "sclerosing lesion, no atypia.", "-", "B"),
 ("Report: Left breast 2 o'clock core. Microscopy: fibroepithelial lesion with bland "
  "stroma.\nConclusion: Left breast core - fibroadenoma. B2.", "B", "-"),
 ("Summary: Right breast WLE - invasive carcinoma NST, grade 2, 15 mm, margins clear. B5b on core.", "-", "M"),
 ("Dx: R br 2:00 core - FA.\nRec: routine follow up.", "-", "B"),
 ("final diagnosis colon right breast comma 10 o'clock comma core biopsy colon fibroadenoma period "
  "addendum colon ER performed period no change period", "-", "B"),
 ("Left breast, 4:00, core biopsy:\n- Atypical lobular hyperplasia.\n- No invasive carcinoma.\nNote: "
  "Clinical history of right breast DCIS noted.", "B", "-"),
 ("Right breast, lumpectomy:\n- Invasive ductal carcinoma, 1.4 cm.\n- Margins negative.\nLeft breast, "
  "excision:\n- Fibroadenoma.", "B", "M"),
 ("DIAGNOSIS:\nRIGHT BREAST, 7:00, CORE:\n  - BENIGN BREAST TISSUE.\n  - NO CARCINOMA.\nLEFT BREAST, "
  "2:00, CORE:\n  - DUCTAL CARCINOMA IN SITU, HIGH GRADE.", "M", "-"),
 ("Breast, right, mastectomy, post neoadjuvant: residual invasive carcinoma, 5 mm. Residual cancer "
  "burden class I.", "-", "M"),
 ("Breast, left, lumpectomy post NACT: complete pathologic response, no residual invasive carcinoma or "
  "DCIS. Treatment effect present.", "-", "-"),
 ("Right axillary lymph node, core: metastatic carcinoma, breast primary favoured. Right breast: no "
  "lesion sampled.", "-", "-"),
 ("Left breast, implant capsule: breast implant-associated anaplastic large cell lymphoma.", "M", "-"),
 ("Left breast mass, core: malignant phyllodes tumour with heterologous elements.", "M", "-"),
 ("Right breast 3 o'clock core: lobular neoplasia (ALH). B3.", "-", "B"),
 ("Right breast core: intraduct papilloma without atypia. B3.", "-", "B"),
 ("Left breast core: columnar cell change with atypia (flat epithelial atypia).", "B", "-"),
 ("Left breast core: fibrocystic change including microcysts and apocrine metaplasia.", "B", "-"),
 ("Left breast core: cyst wall, benign.", "B", "-"),
 ("Left breast excision: fat necrosis with oil cysts.", "-", "-"),
 ("Right breast excision: duct ectasia with periductal mastitis.", "-", "B"),
 ("Left breast core: granulomatous lobular mastitis.", "-", "-"),
 ("Right breast core: pseudoangiomatous stromal hyperplasia.", "-", "-"),
 ("Left breast, core: invasive carcinoma of no special type, grade 2. Comment: DCIS not seen in this sample.", "M", "-"),
 ("RIGHT BREAST, 10:00, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA.\nLEFT AXILLARY LYMPH NODE, FNA: "
  "NEGATIVE FOR MALIGNANT CELLS.", "-", "M"),
 ("Left breast core: infiltrating lobular carcinoma, classical type.", "M", "-"),
 ("Left breast core: mucinous carcinoma, grade 1.", "M", "-"),
 ("Left breast: tubular carcinoma 7 mm and separate radial scar.", "BM", "-"),
 ("Specimen 1 - Left breast core: invasive carcinoma NST.\nSpecimen 2 - Right breast core: benign breast tissue.", "M", "-"),
 ("1. Right breast, 6 o'clock: ductal carcinoma in situ, intermediate grade.\n2. Right axilla, "
  "sentinel node: 0/2.", "-", "M"),
 ("Left breast, stereotactic core: DCIS, low grade.\nADDENDUM: The case was sent for external review; "
  "the diagnosis may change.", "?", "-"),
 ("Left breast core: atypical papillary lesion; differential includes papilloma with ADH and papillary DCIS.", "?", "-"),
 ("Breast (side not specified), core: fibroadenoma.", "-", "-"),
 ("Breast, core biopsy, laterality unknown: DCIS, high grade.", "?", "?"),
 ("Left breast core: invasive carcinoma. Right breast core (laterality confirmed): fibroadenoma.", "M", "B"),
 ("L: IDC gr 2\nR: FA", "M", "B"),
 ("Right breast: IDC. Left breast: no malignancy; fibroadenoma.", "B", "M"),
 ("History: left breast cancer 2015 (mastectomy). Right breast core: benign breast tissue.", "-", "-"),
 ("Right breast re-excision: healing biopsy cavity; no residual tumour.", "-", "B"),
 ("Left breast excision: atypical ductal hyperplasia, focal; surgical excision recommended to rule out DCIS.", "B", "-"),
 ("Right breast core: suspicious for invasive carcinoma; repeat biopsy recommended.", "-", "-"),
 ("Right breast core: in keeping with fibroadenoma.", "-", "B"),
 ("Left breast: carcinoma, no special type, with features of ductal type, grade 3.", "M", "-"),
 ("Left breast VAB: microinvasive carcinoma arising in high grade DCIS.", "M", "-"),
 ("Right breast core: lymphoma cannot be excluded; atypical lymphoid infiltrate.", "-", "-"),
 ("Right breast core: follicular lymphoma involving breast tissue.", "-", "M"),
 ("Right breast skin punch: inflammatory carcinoma with dermal lymphatic emboli.", "-", "M"),
 ("Outside pathology report: Left breast core, DCIS, high grade.\nINSTITUTIONAL REVIEW: Left breast "
  "core: atypical ductal hyperplasia.", "B", "-"),
 ("The outside institution's diagnosis of invasive lobular carcinoma is not confirmed. Our diagnosis: "
  "Right breast core: LCIS.", "-", "B"),
 ("AMENDED REPORT\nAmendment: the margin distance is corrected to 2 mm. The diagnosis is otherwise "
  "unchanged.\nDIAGNOSIS: Left breast lumpectomy: invasive ductal carcinoma, 1.2 cm; margins negative (2 mm).", "M", "-"),
 ("DIAGNOSIS:\nRight breast, core: fibroadenoma.\nADDENDUM 1: HER2 not performed.\nADDENDUM 2: Deeper "
  "levels show no change.", "-", "B"),
 ("SUPPLEMENTARY REPORT: following review, the diagnosis is revised to ductal carcinoma in situ, low "
  "grade (right breast 10:00 core). Original diagnosis: ADH.", "-", "M"),
 ("Report status: CORRECTED\nCorrected diagnosis: Left breast, 3:00, core: fibroadenoma.\nPreviously "
  "reported as: Left breast, 3:00, core: phyllodes tumour, benign.", "B", "-"),
 ("Right breast, mastectomy: no residual invasive carcinoma. Residual ductal carcinoma in situ, 5 mm. ypTis.", "-", "M"),
 ("Right breast, mastectomy: no residual invasive carcinoma or DCIS (ypT0). Left breast, prophylactic "
  "mastectomy: LCIS, focal.", "B", "-"),
 ("A: Right breast 10:00 core - invasive carcinoma NST, grade 3. B5b.\nB: Right axillary node core - "
  "metastatic carcinoma.", "-", "M"),
 ("Left breast core: intraductal papilloma with a focus of DCIS, low grade.", "BM", "-"),
 ("Left breast excision: fibroadenoma. Incidental LCIS.", "B", "-"),
 ("Right breast core: ILC vs IDC; E-cadherin equivocal.", "-", "M"),
 ("Right breast core: atypical lobular hyperplasia vs LCIS.", "-", "-"),
 ("Left breast core: mucinous carcinoma vs mucocele-like lesion; excision needed.", "?", "-"),
 ("Left breast US core 2:00 -- FA. Right breast US core 9:00 -- FA.", "B", "B"),
 ("Breasts, bilateral reduction: benign breast tissue. Left: fibroadenoma 4 mm.", "B", "-"),
 ("Right breast: 2 cores, IDC. Left breast: declined biopsy.", "-", "M"),
 ("DIAGNOSIS\nLeft breast, 6:00, core biopsy\n- Invasive ductal carcinoma, grade 2\n- DCIS, "
  "cribriform\nRight breast, 12:00, core biopsy\n- Fibrocystic change", "M", "-"),
 ("Left breast, wide local excision (previous core showed DCIS): no residual DCIS; previous biopsy site.", "B", "-"),
 ("Specimen: Left breast, 2:00 core\nDiagnosis: Invasive carcinoma, NST, grade 1\nComment: Low grade "
  "DCIS is also seen in one core.", "M", "-"),
 ("Left breast core: DCIS (see comment).\nComment: The lesion is best classified as DCIS rather than "
  "ADH given its extent.", "M", "-"),
 ("Clinical: ?phyllodes.\nDiagnosis: Left breast excision: fibroadenoma; no phyllodes features.", "B", "-"),
 ("Right breast core biopsy: invasive ductal carcinoma.\nClinical history: left breast DCIS 2010.", "-", "M"),
 ("Right breast 10 o'clock: IDC. Left breast 2 o'clock: DCIS.", "M", "M"),
 ("Both breasts, reduction: fibrocystic change. No atypia or malignancy in either breast.", "-", "-"),
 ("Breast, right and left, reduction mammoplasty: UDH bilaterally.", "B", "B"),
    ("Left breast core: DCIS, low grade.\nADDENDUM: The slides have been sent for external consultation.", "?", "-"),
    ("Left breast core: DCIS, low grade.\nADDENDUM 1: sent for expert review.\n"
     "ADDENDUM 2: The consultant agrees; final diagnosis: DCIS, low grade.", "M", "-"),
    ("Left breast core: IDC. FISH for HER2: sent; addendum to follow.", "M", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), CASES)
def test_guide_rules(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


def test_every_finding_records_its_section_site_effect_and_reason() -> None:
    text = ("CLINICAL HISTORY: right breast DCIS 2019.\nFINAL DIAGNOSIS:\nA. Left breast, 2:00, core: fibroadenoma.\n"
            "B. Left axillary lymph node, core: metastatic carcinoma.\nCOMMENT: IDC was considered.")
    by_text = {f.text: f for f in extract_findings(text)}
    assert (by_text["DCIS"].section, by_text["DCIS"].effect, by_text["DCIS"].reason) == ("history", "none", "history_section")
    assert (by_text["fibroadenoma"].site, by_text["fibroadenoma"].effect) == ("breast", LABELS)
    assert (by_text["carcinoma"].site, by_text["carcinoma"].reason) == ("lymph_node", "lymph_node")
    assert by_text["IDC"].reason == "comment_section"


def test_decided_by_points_at_the_deciding_text() -> None:
    text = "DIAGNOSIS: Right breast core: benign breast tissue.\nAMENDED DIAGNOSIS: Right breast core: DCIS, low grade."
    state = breast_states(text)["R"]
    start, end = state["malignant_by"]
    assert text[start:end] == "DCIS" and state["benign_by"] is None


def test_review_triggers_are_review_effects() -> None:
    findings = extract_findings("Left breast core: DCIS vs ADH.\nAddendum: levels pending; the diagnosis may be revised.")
    reasons = {f.reason for f in findings if f.effect == REVIEW}
    assert reasons == {"open_differential", "unresolved_addendum"}
    assert breast_states("Left breast core: DCIS vs ADH.")["L"]["review_reasons"] == ["open_differential"]


# Reading classes added after pathology batch b6 (own sentences, one or more per class)
B6_CLASSES = [
    # single-letter side headers after a full stop or after a part letter
    ("Bilateral reduction. L: fibroadenoma, 6 mm. R: benign breast tissue.", "B", "-"),
    ("DIAGNOSIS:\nA. L: BREAST, 3:00, CORE:\n   - SCLEROSING ADENOSIS.\nB. R: BREAST, 9:00, CORE:\n"
     "   - FIBROCYSTIC CHANGE.", "B", "-"),
    ("Seen by Dr. R. Hale. Left breast core: fibroadenoma.", "B", "-"),
    # a superseded block labelled without the word "diagnosis", or "as originally printed"
    ("DIAGNOSIS (corrected): Left breast core: fibroadenoma.\n\nOriginal (superseded): Right breast core: "
     "fibroadenoma.", "B", "-"),
    ("REASON FOR CORRECTION: the parts were swapped; the left breast is the sclerosing adenosis and the right "
     "breast the DCIS.\n\nDIAGNOSIS AS ORIGINALLY PRINTED:\nA. RIGHT BREAST: SCLEROSING ADENOSIS.\n"
     "B. LEFT BREAST: DCIS.", "B", "M"),
    # abbreviated headings: "Micro:" is a microscopic description, not the diagnosis
    ("Specimen: left breast core.\nMicro: florid epithelial hyperplasia of gynaecomastoid pattern.\n"
     "Conclusion: Left breast core: gynaecomastia.", "-", "-"),
    # a dictated heading said with a comma: "Comment, ..." is a comment
    ("Right breast core. Microscopic, spindle cell lesion. Diagnosis, right breast core, fibroepithelial "
     "lesion. Comment, the differential includes fibroadenoma and phyllodes tumor; excision advised.", "-", "-"),
    # a dictated take-back
    ("Left breast excision shows fibroadenoma and DCIS, no, strike that, no DCIS is present.", "B", "-"),
    # an earlier reading named in this institution's review
    ("Our review: Right breast excision: the area interpreted as DCIS represents UDH.", "-", "B"),
    ("Right breast core: the lesion is interpreted as DCIS, low grade.", "-", "M"),
    # an addendum dictated as prose that leaves the diagnosis open
    ("Addendum to the left breast core: recuts ordered; the diagnosis may change and a further addendum will "
     "follow. Initial reading was sclerosing adenosis.", "?", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), B6_CLASSES)
def test_b6_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


B7_CLASSES = [
    # a synoptic block header reaches only its indented sub-fields, not the next field of its own
    ("SPECIMEN LATERALITY: Left\nHISTOLOGIC TYPE: Invasive ductal carcinoma\nREGIONAL LYMPH NODES:\n"
     "   Nodes examined: 3\n   Nodes with metastasis: 0\nADDITIONAL FINDINGS: Radial scar", "BM", "-"),
    ("Specimen Laterality: Right\nResidual invasive carcinoma: none\nLymph Nodes:\n   Nodes examined: 2\n"
     "Additional Findings:\n   Biopsy site changes", "-", "B"),
    # a report title and a zero size are not diagnoses
    ("INVASIVE CARCINOMA OF THE BREAST: POST-NEOADJUVANT RESECTION - SYNOPTIC\nSpecimen Laterality: Left\n"
     "Residual Invasive Carcinoma Size: 0 mm\nPathologic Stage: ypT0 ypN0", "-", "-"),
    # "our review / diagnosis" is this institution's diagnosis, after the outside one
    ("OUTSIDE DIAGNOSIS:\nRight breast core: DCIS, low grade.\n\nOUR REVIEW / DIAGNOSIS:\nRight breast core:\n"
     " - Fibroadenoma.\n - Negative for carcinoma in situ.", "-", "B"),
    ("Consult, outside slides: outside dx ductal carcinoma in situ. Our dx:\nLeft breast core: papilloma.",
     "B", "-"),
    # a diagnosis heading printed under an "as first reported" banner is the superseded original
    ("Reason for correction: wrong side in the original report.\n\nCORRECTED DIAGNOSIS:\nLEFT BREAST, CORE: "
     "DCIS.\n\n------ previously reported, kept for record ------\nFINAL DIAGNOSIS:\nRIGHT BREAST, CORE: DCIS.",
     "M", "-"),
    # a laterality correction that reprints no diagnosis moves it
    ("Dx: Rt breast core: invasive lobular carcinoma.\n\nAMENDMENT: laterality correction.\nThe specimen is "
     "from the LEFT breast, not the right breast as originally reported.", "M", "-"),
    # a revision that names what it replaces replaces only that diagnosis
    ("DIAGNOSIS:\nLeft breast core: invasive carcinoma, grade 2. Also fibroadenoma.\n\n*** AMENDED REPORT ***\n"
     "REVISED DIAGNOSIS: sclerosing adenosis. This replaces the original diagnosis (invasive carcinoma, grade 2).",
     "B", "-"),
    ("DIAGNOSIS:\nRight breast core: focal ADH. Biopsy site changes.\n\nADDENDUM (revised diagnosis):\n"
     "The lesion is reclassified as DCIS, high grade; the previous diagnosis of ADH is withdrawn.", "-", "BM"),
    ("DIAGNOSIS:\nLeft breast core: LCIS.\n\nAMENDMENT:\nThe diagnosis is amended to: DCIS, low grade. "
     "The diagnosis of LCIS no longer applies.", "M", "-"),
    # "Bilat" in the specimen line; "Micro:" decides where no diagnosis section exists
    ("BREAST, BILAT REDUCTION:\n FIBROADENOMA, 4 MM. NO MALIGNANCY.", "B", "B"),
    ("Specimen: R breast lump, excision.\nMicro: sections show a fibroadenoma. No atypia.", "-", "B"),
    # a prior biopsy site is a scar there now
    ("Left breast, mastectomy: DCIS, high grade. Prior core biopsy site.", "BM", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), B7_CLASSES)
def test_b7_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


B8_CLASSES = [
    # a banner printing the uncorrected diagnosis ("previously reported diagnosis") is superseded
    ("CORRECTED DIAGNOSIS:\nLEFT BREAST, CORE: DCIS, HIGH GRADE.\n\n-- PREVIOUSLY REPORTED DIAGNOSIS (3/3/26) --\n"
     "RIGHT BREAST, CORE: DCIS, HIGH GRADE.", "M", "-"),
    # indented sub-fields of a pre-treatment block are history
    ("FINAL DIAGNOSIS:\nLeft breast, excision (post-neoadjuvant): no residual carcinoma.\n\n"
     "  Pre-treatment information:\n     Diagnosis: Invasive lobular carcinoma, grade 2\n"
     "  Residual invasive carcinoma: Not identified\n  Additional findings: fibroadenoma", "B", "-"),
    # a translated "extemporaneous examination" is a frozen section; "not confirmed" negates
    ("Extemporaneous examination (frozen section), 02/03/2026, 09:15:\nAtypical glands; suspicious for carcinoma.\n\n"
     "Conclusion:\nLeft breast, excision: sclerosing adenosis. The suspicion of carcinoma is not confirmed.",
     "B", "-"),
    # the name of the synoptic protocol is a title, not a diagnosis
    ("A. Breast, right, mastectomy: fibroadenoma.\n\nBREAST: DUCTAL CARCINOMA IN SITU - BIOPSY (CAP protocol)\n"
     "  Specimen laterality: Right\n  DCIS: Not identified", "-", "B"),
    # a part whose site is not specified never takes the side of the part above it
    ("FINAL DIAGNOSIS:\n 1. LEFT BREAST, 2:00, CORE: FIBROADENOMA.\n 2. BREAST, CORE, SITE NOT SPECIFIED ON THE "
     "CONTAINER:\n    INVASIVE LOBULAR CARCINOMA.\nCOMMENT: The site of specimen 2 is being clarified; the report "
     "will be updated.", "?", "?"),
    ("FINAL DIAGNOSIS:\n 1. RIGHT BREAST CORE: INVASIVE DUCTAL CARCINOMA.\n 2. BREAST CORE, SITE NOT SPECIFIED:\n"
     "    DCIS, LOW GRADE.\nCOMMENT: The site of specimen 2 was requested; the report will be updated.", "?", "M"),
    # an upper-case differential wrapped after "AND" stays one open differential
    ("DIAGNOSIS:\nLEFT BREAST, CORE:\n  - ATYPICAL PAPILLARY LESION; THE DIFFERENTIAL INCLUDES PAPILLOMA WITH ADH AND\n"
     "    PAPILLARY DUCTAL CARCINOMA IN SITU.", "?", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), B8_CLASSES)
def test_b8_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


B9_CLASSES = [
    # a combined "Microscopic exam/Diagnosis" heading is the diagnosis; a "Brief Clinical History" is history
    ("Brief Clinical History:\n  Right breast lumpectomy last year for IDC.\nGross Description:\n  1. Two cores.\n"
     "Microscopic exam/Diagnosis:\n  1. RIGHT BREAST, CORE:\n     - FIBROADENOMA.", "-", "B"),
    # a consultation names its diagnoses after the institutions: only this institution's counts
    ("Eastgate Pathology - Consultation\nSlides received from Hillcrest General Hospital.\n\n"
     "Hillcrest diagnosis: Right breast core: DCIS, low grade.\n\nEastgate diagnosis:\n"
     "Right breast core: atypical ductal hyperplasia. No DCIS.", "-", "B"),
    # a wrapped line in lower case continues the history field above it
    ("Clinical details: Previous right WLE for carcinoma; now thickening along the\nscar, right breast. US: "
     "ill-defined.\nConclusion: Right breast core - fat necrosis. No malignancy.", "-", "-"),
    # a part that names its own side keeps it under a heading that names both breasts
    ("BREAST, BILAT REDUCTION MAMMOPLASTY:\n (R) 350 g. Benign breast tissue.\n (L) 310 g. Intraductal papilloma, 4 mm.",
     "B", "-"),
    # Latin sides after the Latin breast word
    ("Diagnosis:\n  Mamma dx.: Ductal carcinoma in situ, intermediate grade.", "-", "M"),
    ("Diagnosis:\n  Mamma sin.: Fibroadenoma.", "B", "-"),
    # a lower-case parenthesis wrapped onto the next line stays inside the open differential
    ("Diagnosis:\n  Left breast core: papillary lesion; the differential diagnosis includes papilloma\n"
     "  (with usual hyperplasia) and papillary DCIS.", "?", "-"),
    # a correction note that states each part's side reassigns the parts reprinted as first issued
    ("CORRECTION NOTE: Parts A and B were transposed. Part A is from the RIGHT breast and Part B is from the LEFT"
     " breast.\nFINAL DIAGNOSIS (as originally issued):\nA. Left breast, core: fibroadenoma.\n"
     "B. Right breast, core: invasive lobular carcinoma.", "M", "B"),
    # an erratum that replaces one side word by the other moves the diagnosis
    ("ERRATUM: where it reads 'RIGHT BREAST', it should read 'LEFT BREAST'.\n\nDIAGNOSIS: RIGHT BREAST, CORE: "
     "radial scar.", "B", "-"),
    # "prior lumpectomy/biopsy site changes" are a scar present now
    ("DIAGNOSIS: Left breast re-excision: no residual carcinoma; prior lumpectomy/biopsy site changes.", "B", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), B9_CLASSES)
def test_b9_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


# Classes met in pathology b17-b20 (translated Central-European and French reports, letters, tables, dictation).
B19_CLASSES = [
    # a bilingual report negates and hedges in its first language too
    ("Rozpoznanie / Diagnosis:\n Mamma dextra: fibroadenoma. Nie stwierdzono DCIS.", "-", "B"),
    ("Závěr / Conclusion:\n Prs vlevo: papilloma intraductale. Bez DCIS, bez invaze.", "B", "-"),
    ("Diagnostic / Diagnosis:\n Sân stâng: mastită. Fără elemente de carcinom.", "-", "-"),
    ("Diagnostic / Diagnosis:\n Sân drept: hiperplazie. Nu se poate exclude un DCIS.", "-", "-"),
    ("Diagnosis:\n Mamma sinistra: fibroadenoma. Carcinoma in situ: nie stwierdzono.", "B", "-"),
    # Latin names of the lobular and ductal carcinomas keep their own category
    ("Diagnosis:\n Mamma sinistra: carcinoma lobulare in situ, typus classicus.", "B", "-"),
    ("Diagnosis:\n Mamma dextra: carcinoma ductale invasivum, G2; adenosis sclerosans.", "-", "BM"),
    # where a finding may lie is no glue-breaker for "cannot be excluded"
    ("Diagnosis: Left breast core: rare atypical cells; DCIS outside the sampled cores cannot be excluded.", "-", "-"),
    # the "prior" of a procedure list inside a scar term is not history
    ("DIAGNOSIS: Right breast re-excision: no residual DCIS; prior core / excision site changes.", "-", "B"),
    # a synoptic table row whose value cell negates its key
    ("| Laterality | Left |\n| Histologic type | Ductal carcinoma in situ |\n| Microinvasion | Not identified |\n"
     "| Lobular carcinoma in situ | Not identified |", "M", "-"),
    # a corrected report: the note names the right side, the reprint still carries the wrong one
    ("CORRECTED REPORT\nReason: laterality correction. The specimen is from the LEFT breast, not the right as first "
     "reported.\nFINAL DIAGNOSIS:\nRIGHT BREAST, CORE: INVASIVE LOBULAR CARCINOMA.", "M", "-"),
    # ... and a reprint that already carries the corrected side stays where it is
    ("CORRECTED REPORT\nReason: laterality correction. The specimen is from the LEFT breast, not the right as first "
     "reported.\nFINAL DIAGNOSIS:\nLEFT BREAST, CORE: FIBROADENOMA.", "B", "-"),
    # an erratum quoting both languages' side words
    ('ERRATUM: where it reads "PIERŚ PRAWA / RIGHT BREAST", it must read "PIERŚ LEWA / LEFT BREAST".\n'
     "DIAGNOSIS: Right breast, core: invasive carcinoma NST.", "M", "-"),
    # consult headings named after the institutions (four-word names; "opinion")
    ("ASHFORD UNIVERSITY HOSPITAL - PATHOLOGY CONSULTATION\nPatient: DOE, JANE\nRequested by Dr A. Lee\n"
     "Material from Westfield Community Medical Center for review.\nWestfield Community Medical Center diagnosis:\n"
     "  Right breast core: DCIS.\nOUR DIAGNOSIS:\n  Right breast core: apocrine metaplasia. No DCIS.", "-", "-"),
    ("Second review\nKingsbury Cancer Institute\nOriginal report (outside): Left breast core: ADH.\n"
     "KINGSBURY OPINION:\n  Left breast core: ductal carcinoma in situ, low grade.", "M", "-"),
    # what a requisition left unsaid negates nothing; the part has no side, so it goes to review
    ("DIAGNOSIS:\nA. Right breast core: fibroadenoma.\nB. Breast, side not specified, core: invasive lobular carcinoma.",
     "?", "?"),
    # a metastasis from the breast found in another organ labels no breast
    ("Specimen: Left lung, upper lobe wedge.\nDIAGNOSIS: Metastatic carcinoma, consistent with breast primary.", "-", "-"),
    # gynaecomastia's own epithelial hyperplasia is not usual ductal hyperplasia
    ("Left breast, subareolar excision: gynaecomastia with epithelial hyperplasia of gynaecomastoid type.", "-", "-"),
    # a French supplement's recall of the first conclusion is the superseded original
    ("COMPTE RENDU COMPLÉMENTAIRE\nRappel du compte rendu initial (first conclusion) :\n\"Sein gauche : "
     "hyperplasie canalaire atypique.\"\nCONCLUSION DÉFINITIVE :\nSein gauche : carcinome canalaire in situ.", "M", "-"),
    # French headings of the microscopy and gross sections
    ("Microscopie : no atypia, no carcinoma; lobular granulomatous mastitis.\nCONCLUSION :\nSein droit : mastite "
     "granulomateuse.", "-", "-"),
    # a history field goes on after ";" on a lower-case line
    ("Indication : Right breast mass, 14 months postpartum;\nclinical differential: abscess versus inflammatory "
     "carcinoma.\nCONCLUSION :\nSein droit : mastite granulomateuse. Absence de malignité.", "-", "-"),
    ("Indication : Right breast mass, 14 months postpartum;\nno response to antibiotics. Clinical differential: "
     "abscess versus inflammatory carcinoma.\nCONCLUSION :\nSein droit : mastite granulomateuse.", "-", "-"),
    # the title line names this institution even when it speaks of outside material
    ("INSTITUTIONAL REVIEW OF OUTSIDE PATHOLOGY - Brookfield Cancer Center\nMaterial: slides from Dunmore Hospital\n"
     "Diagnosis rendered at Dunmore Hospital:\n  Right breast core: ADH.\nBrookfield diagnosis:\n  Right breast core: "
     "ductal carcinoma in situ, low grade.", "-", "M"),
    # an erratum on what "the original report reads", the side word in parentheses after another script
    ("Correction: where the original report reads 左乳 (LEFT BREAST), it must read 右乳 (RIGHT BREAST).\n"
     "Original report:\nDiagnosis: (Left breast, core) ductal carcinoma in situ, high grade.", "-", "M"),
    # a spoken take-back: "no, excuse me" withdraws the word before it
    ("final diagnosis, right breast core, fibrocystic change with microcysts, no excuse me, with apocrine "
     "metaplasia. no atypia.", "-", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), B19_CLASSES)
def test_b19_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


# Classes met in pathology b21-b22 (FHIR exports, Argentine translated reports, run-on dictation).
B21_CLASSES = [
    # "suspicious of, but not diagnostic of" negates what follows, even over a line break after "low grade"
    ("Conclusion:\nRight breast, VAB: atypical ductal hyperplasia. Suspicious of, but not diagnostic of, low grade\n"
     "DCIS.\nB4.", "-", "B"),
    # a synoptic protocol's own name, post-neoadjuvant, is a title; ypT0 labels nothing
    ("BREAST: INVASIVE CARCINOMA - RESECTION, POST NEOADJUVANT THERAPY\nSpecimen Laterality: Left\n"
     "Residual Invasive Carcinoma: None\nDuctal Carcinoma In Situ: Not identified\nPathologic Stage: ypT0 ypN0",
     "-", "-"),
    # an unheaded request line in a run-on dictation is history
    ("dictation dr lee right nipple discharge clinical concern paget disease versus papilloma gross one right "
     "nipple duct excision 2.0 x 1.2 x 1.0 cm with a probe in the duct entirely submitted final diagnosis right "
     "nipple duct excision intraductal papilloma 6 mm comma no atypia period", "-", "B"),
    # a dictation that says so, with two spoken marks: "final diagnosis" on a new line starts the diagnosis,
    # and the node named on the specimen line above no longer reaches it
    ("Dr Ruiz dictating specimen A right breast lumpectomy specimen B right sentinel node\nfinal diagnosis A right "
     "breast lumpectomy invasive ductal carcinoma grade two new paragraph B one node negative period", "-", "M"),
    # a section headed after one part speaks of that part
    ("PART A: LEFT BREAST, MASTECTOMY\n - INVASIVE LOBULAR CARCINOMA.\nPART B: RIGHT BREAST, MASTECTOMY\n"
     " - FIBROADENOMA.\n\nSYNOPTIC (PART A): Histologic type: invasive lobular carcinoma, classic.", "M", "B"),
    # a frozen-section deferral is settled by the final diagnosis (Spanish headings)
    ("ESTUDIO INTRAOPERATORIO (frozen section):\nPapillary lesion; diagnosis deferred to paraffin sections.\n"
     "DIAGNÓSTICO (Diagnosis):\nRIGHT BREAST: encapsulated papillary carcinoma. No associated invasive carcinoma.",
     "-", "M"),
    # a laboratory's protocol number is not a template's name; the diagnosis said to stand labels
    ("AMPLIACIÓN DE INFORME\nThis extension refers to the left breast core signed out under protocol 26-B-0001 as "
     "invasive ductal carcinoma.\nDIAGNÓSTICO:\nReceptors as above. These results do not modify the diagnosis.",
     "M", "-"),
    # "DIAGNÓSTICO (Diagnosis) - replaces the original:" is the revision
    ("Diagnóstico original (Original diagnosis):\nRIGHT BREAST, CORE: DUCTAL CARCINOMA IN SITU.\n\n"
     "MICROSCOPÍA (Microscopic description) - immunohistochemistry:\nMosaic CK5/6.\n\n"
     "DIAGNÓSTICO (Diagnosis) - replaces the original:\nRIGHT BREAST, CORE: FLORID USUAL DUCTAL HYPERPLASIA.",
     "-", "B"),
    # a FHIR export: the history observation never labels, the node-only diagnosis labels no breast
    ('{\n  "resourceType": "DiagnosticReport",\n  "contained": [\n    {\n      "code": {"coding": [{\n'
     '        "display": "Pathology report relevant history Narrative"\n      }]},\n'
     '      "valueString": "Right breast invasive ductal carcinoma on core."\n    },\n    {\n'
     '      "display": "Pathology report final diagnosis Narrative",\n'
     '      "valueString": "Right axillary sentinel node: metastatic carcinoma (1/2)."\n    }\n  ],\n'
     '  "conclusion": "Right axillary sentinel node: metastatic carcinoma."\n}', "-", "-"),
    ('{\n  "resourceType": "DiagnosticReport",\n  "status": "final",\n'
     '  "conclusion": "Left breast, 2:00, core: fibroadenoma."\n}', "B", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), B21_CLASSES)
def test_b21_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


# Classes met in pathology b23-b24 (Quebec bilingual, Saudi LIS, registry extracts, Swedish translations).
B23_CLASSES = [
    # an unpunctuated dictation says its headings mid-line
    ("dr ames dictating case 11 comma clinical history right breast mass birads 5 gross description two cores "
     "microscopic description infiltrating carcinoma with atypia final diagnosis right breast core comma invasive "
     "ductal carcinoma comma grade 2 period end of dictation", "-", "M"),
    # "Our diagnosis after review of 9 outside slides:" is this institution's diagnosis heading
    ("Outside diagnosis (Elm Hospital):\n  Left breast: fibroadenoma.\n\nOur diagnosis after review of 6 outside "
     "slides:\n  Left breast: benign phyllodes tumour.", "M", "-"),
    # an earlier reading of a graded or residual lesion, named as such, is not this diagnosis
    ("Diagnosis:\n  Right breast re-excision: prior biopsy site changes. The focus interpreted as residual DCIS "
     "outside represents cauterized benign epithelium.", "-", "B"),
    # French withdrawal and negation
    ("DIAGNOSTIC RÉVISÉ :\nSein gauche : papillome intracanalaire. Le diagnostic de carcinome canalaire in situ émis "
     "initialement est retiré.", "B", "-"),
    ("DIAGNOSTIC :\nSein droit : cicatrice radiaire. La suspicion de carcinome soulevée à l'examen extemporané "
     "n'est pas confirmée.", "-", "B"),
    # a bilingual heading with a dated aside keeps its Latin-script half; the laterality note runs over a line
    ("AMENDMENT / تعديل  (03-Feb-2026 08:35):\nLaterality correction. The specimen is from the RIGHT breast, not the "
     "left as\noriginally reported.\n\nClinical Data / المعلومات السريرية :\nScreening calcifications.\n\n"
     "Final Diagnosis / التشخيص النهائي  (as originally verified):\nLEFT BREAST, VAB: DUCTAL CARCINOMA IN SITU.",
     "-", "M"),
    # a registry's pre-treatment abstract block is history
    ("EXISTING ABSTRACT - PRE-TREATMENT (coded at diagnosis from the core biopsy; not changed by this extract):\n"
     "  Histologic type ........ 8500/3  Duct carcinoma, NOS\nTEXT--DX (final diagnosis pasted):\n"
     "  A. LEFT BREAST: NO RESIDUAL INVASIVE OR IN SITU CARCINOMA. ypT0", "-", "-"),
    # a CAP summary's own name
    ("Invasive Carcinoma of the Breast: Resection, Post-Neoadjuvant Therapy - Cancer Case Summary\n"
     "Specimen Laterality: Right\nHistologic Type: No residual invasive carcinoma\nPathologic Stage: ypT0 ypN0",
     "-", "-"),
    # a structured summary's dotted keys, even a one-dot leader
    ("Specimen ........... Right breast re-excision\nResidual DCIS ...... None identified\n"
     "Invasive carcinoma . Not identified\nSurgical site changes ... Present", "-", "B"),
    # headings framed by banner marks
    (">>> CORRECTED DIAGNOSIS <<<\nLEFT BREAST, CORE: SCLEROSING ADENOSIS. THE DIAGNOSIS OF INVASIVE CARCINOMA IS "
     "WITHDRAWN.\n\n>>> REPORT OF 01/02/2026 (SUPERSEDED) <<<\nLEFT BREAST, CORE: INVASIVE CARCINOMA OF NO SPECIAL "
     "TYPE.", "B", "-"),
    # Swedish headings with their English name in brackets, Swedish sides and entities
    ("Mikroskopi [Microscopy]:\n1. Cyst wall.\nUtlåtande [Statement]:\n1. Cysta i mellannålsbiopsi från höger "
     "bröst.\n2. Duktal cancer in situ (DCIS) från vänster bröst.", "M", "B"),
    ("Utlåtande [Statement]:\n1. Atypisk epitelproliferation från höger bröst, i gränszonen mellan atypisk duktal "
     "hyperplasi (ADH) och låggradig duktal cancer in situ (DCIS).", "-", "?"),
    ("Utlåtande [Statement]:\n1. Phyllodestumör, borderline, 48 mm, från vänster bröst.", "M", "-"),
    ("RÄTTELSE [Correction]:\nThe specimen is from the LEFT breast (vänster bröst), not the right as originally "
     "reported.\nUtlåtande [Statement]:\n1. Invasiv cancer av ospecificerad typ (NST) från höger bröst.", "M", "-"),
    # a French supplement names the conclusion it replaces; a squamous carcinoma of the breast skin is skin's
    ("CONCLUSION DÉFINITIVE :\nSein gauche : carcinome canalaire in situ de bas grade.\nCe compte rendu remplace "
     "la conclusion précédente (hyperplasie canalaire atypique).", "M", "-"),
    ("CONCLUSION :\nPeau du sein droit, biopsie au punch : carcinome épidermoïde in situ (maladie de Bowen).", "-", "-"),
    # Latin plurals and sides counted in an aside
    ("DIAGNOSIS:\nBILATERAL BREAST LUMPS (EXCISION): FIBROADENOMATA (R x2, L x1).", "B", "B"),
]


@pytest.mark.parametrize(("text", "left", "right"), B23_CLASSES)
def test_b23_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


# Classes met in pathology b25-b26 (OCR'd faxes, chart printouts, spoken take-backs, part revisions).
B25_CLASSES = [
    # an OCR'd fax: digits read for letters inside words are read back as letters
    ("SURGICAL PATH0LOGY REPORT\nCLINICAL HIST0RY: Palpab1e mass.\nDIAGN0SIS:\nRIGHT BREAST, EXCISI0N:\n"
     "- FIBR0ADEN0MA, 2.7 CM.\n- N0 ATYPIA 0R MALIGNANCY.", "-", "B"),
    ("SURGICAL PATH0LOGY REPORT\nDIAGN0SIS:\nLEFT BREAST, C0RE BI0PSY:\n- DUCTAL CARCIN0MA IN SITU, S0LID TYPE.\n"
     "- N0 INVASIVE CARCIN0MA IDENTIFIED.\nStage when excised: ypT0 pN0; BRCA1 carrier.", "M", "-"),
    # a spoken take-back's "no" negates nothing
    ("FINAL DIAGNOSIS: Left breast excision: invasive carcinoma NST, grade 2. Also columnar cell change, no, "
     "excuse me, flat epithelial atypia.", "BM", "-"),
    ("final diagnosis left breast excision fibroadenoma, no, scratch that, benign phyllodes tumor, 3.8 centimeters",
     "M", "-"),
    # a synoptic report's own name after "Synoptic Report:"; a title ending ", RESECTION, POST NEOADJUVANT THERAPY"
    ("Synoptic Report: Invasive Carcinoma of the Breast, post neoadjuvant therapy\nSpecimen Laterality: Right\n"
     "Residual Invasive Carcinoma: No residual invasive carcinoma\nPathologic Stage: ypT0 ypN0", "-", "-"),
    ("BREAST - INVASIVE CARCINOMA, RESECTION, POST NEOADJUVANT THERAPY\nSpecimen Laterality: Left\n"
     "Residual Invasive Carcinoma: Not identified\nAdditional Findings: Fibroadenoma, 8 mm.", "B", "-"),
    # a chart printout's component table: names in the left column are headings; an order's ICD title is not
    ("Dx: Malignant neoplasm of upper-outer quadrant of right female breast (CMS/HCC)\nComponent Results\n"
     "Case Report               Surgical Pathology Report\n"
     "Final Diagnosis           A. Breast, right, re-excision: prior lumpectomy site changes; no residual carcinoma.\n"
     "Clinical History          Re-excision for a positive margin (DCIS).", "-", "B"),
    ("Component Results\nFinal Diagnosis           A. Breast, left, core: invasive ductal carcinoma, grade 2.\n"
     "Clinical History          Left breast mass, BI-RADS 5.", "M", "-"),
    # a revision of one part over the reprinted original: the part called unchanged stands
    ("CORRECTED FINAL DIAGNOSIS, PART B:\nB. BREAST, RIGHT, CORE:\n - RADIAL SCAR. This replaces the original diagnosis "
     "of part B (ductal carcinoma in situ).\nPART A UNCHANGED.\n\nFINAL DIAGNOSIS (AS ORIGINALLY ISSUED):\n"
     "A. BREAST, LEFT, CORE:\n - INVASIVE DUCTAL CARCINOMA.\nB. BREAST, RIGHT, CORE:\n - DUCTAL CARCINOMA IN SITU.",
     "M", "B"),
    # an addendum that may revise part A leaves part B, "not affected", settled
    ("FINAL DIAGNOSIS:\nA. LEFT BREAST, CORE: ATYPICAL DUCTAL HYPERPLASIA.\nB. RIGHT BREAST, CORE: FIBROADENOMA.\n\n"
     "ADDENDUM:\nDeeper levels ordered on part A; the diagnosis of part A may be revised. Part B is not affected.",
     "?", "B"),
]


@pytest.mark.parametrize(("text", "left", "right"), B25_CLASSES)
def test_b25_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


# Classes met in pathology b27-b28 (clinic notes with pasted results, German and Moroccan translations).
B27_CLASSES = [
    # a caveat about a specimen still to come leaves this report's diagnosis standing
    ("DIAGNOSIS:\nRight breast core: atypical ductal hyperplasia.\nCOMMENT:\nADH on core biopsy may be upgraded at "
     "excision; DCIS cannot be excluded in the unsampled lesion.", "-", "B"),
    ("Our review diagnosis:\nLeft breast core: invasive carcinoma with mixed ductal and lobular features.\n"
     "Comment: the final classification will be made on the excision specimen.", "M", "-"),
    # a French differential, and the French name of the intraductal papillary carcinoma
    ("CONCLUSION :\nSein droit : lésion papillaire atypique ; le diagnostic différentiel se pose entre un papillome "
     "intracanalaire atypique et un carcinome papillaire intracanalaire.", "-", "?"),
    # "no wait, scratch that" takes back the word before; its "no" negates nothing after
    ("Final diagnosis right breast core: atypical ductal hyperplasia, no wait, scratch that, ductal carcinoma in situ, "
     "low grade.", "-", "M"),
    # an institution whose name starts like a heading word still heads its review
    ("CONSULTATION - REVIEW OF OUTSIDE PATHOLOGY\nSummit Ridge Medical Center, Department of Pathology\n"
     "Outside diagnosis:\nLeft breast excision: intraductal papilloma.\n\nSummit Ridge review diagnosis:\n"
     "Left breast excision: encapsulated papillary carcinoma.", "M", "-"),
    # an erratum quoting the first-language side words in quotes, the English in parentheses
    ('Korrektur (correction):\nWhere it reads "Mamma links" (left breast), it must read "Mamma rechts" (right '
     "breast).\nDiagnose (diagnosis):\nMamma links, Stanzbiopsie: intraductal papilloma without atypia.", "-", "B"),
    # a clinic note: the physical examination and the history of present illness never label
    ("HPI: Screening calcifications R breast. Mat. aunt breast ca at 60.\nPathology (copied):\n"
     "RIGHT BREAST CORE: COLUMNAR CELL CHANGE. NO CARCINOMA.\nExam: Well-healed L periareolar scar.", "-", "B"),
]


@pytest.mark.parametrize(("text", "left", "right"), B27_CLASSES)
def test_b27_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


# Classes met in pathology b29-b30 (column synoptics, Ukrainian and Brazilian translations, UK supplementary reports).
B29_CLASSES = [
    # the site of an earlier procedure written after its changes: scar present now
    ("DIAGNOSIS:\nLeft breast, wide local excision: invasive carcinoma NST, grade 2. Changes of prior biopsy "
     "around the clip.", "BM", "-"),
    ("FINAL DIAGNOSIS: Right breast re-excision: no residual carcinoma. Healing prior operation site with "
     "foreign-body giant cells.", "-", "B"),
    # a report's name ("... - Cancer Summary") and a department's ("... Cancer Pathology Service") are not diagnoses
    ("Breast Pathology - Cancer Summary\nSpecimen Laterality: Left\nResidual invasive carcinoma: Not identified\n"
     "Additional findings: Fibroadenoma, 6 mm.", "B", "-"),
    ("Northgate Cancer Pathology Service\nDIAGNOSIS:\nRight breast core: columnar cell change. No atypia.", "-", "B"),
    # a node count after the carcinoma ("in 2 of 9 axillary lymph nodes") is a node result; the axilla named beside
    # the breast in one specimen leaves the breast's own carcinoma a breast label
    ("DIAGNOSIS:\nLeft breast, mastectomy (post neoadjuvant therapy): no residual carcinoma (ypT0).\n"
     "Metastatic carcinoma in 2 of 9 axillary lymph nodes (ypN1a).", "-", "-"),
    ("Diagnosis, right breast and axillary contents, mastectomy: invasive lobular carcinoma, grade 2, 41 mm.", "-", "M"),
    # a sentence wrapped before "and" (any case) keeps its differential; a lower-case wrapped line whose colon
    # comes after its first full stop is no label line ("... is\nwithdrawn. Code: ...")
    ("B. LEFT BREAST, 4:00, CORE:\n   INTRADUCTAL PROLIFERATION AT THE THRESHOLD BETWEEN ATYPICAL DUCTAL HYPERPLASIA\n"
     "   AND LOW GRADE DCIS. Excision advised.", "?", "-"),
    ("DIAGNOSIS:\nRight breast core: fibroadenoma.\nREVISION: Right breast core: benign phyllodes tumour. The diagnosis "
     "of fibroadenoma is\nwithdrawn. Snomed: M90200.", "-", "M"),
    # a lesion named by what an earlier reading "described" it as is not this report's diagnosis
    ("REVIEW DIAGNOSIS:\nLeft breast excision: invasive ductal carcinoma, grade 2. The area described as ADH on the "
     "outside slides is part of the carcinoma.", "M", "-"),
    # a revision that names the conclusion it supersedes removes that diagnosis, also in its own sentence
    ("Conclusion\n  Right breast core: papilloma.\n\nSUPPLEMENTARY REPORT 1\n  Further levels. Revised conclusion:\n"
     "  Right breast core: papillary ductal carcinoma in situ. This supersedes the conclusion of papilloma above.",
     "-", "M"),
    # a numbered protocol's "Pathohistological / Pathomorphological conclusion", its original name in square
    # brackets, is the diagnosis: the microscopic description above it no longer labels
    ("8. Microscopic description: No. 1 - fibrosis, microcysts, apocrine metaplasia.\n"
     "9. Pathomorphological conclusion [Висновок]:\n    No. 1 - Left mammary gland: fibrocystic mastopathy.",
     "-", "-"),
    ("7. Microscopic description: terminal ducts with columnar cell change, right side.\n"
     "8. Pathohistological conclusion [Патогістологічний висновок]:\n    Right mammary gland: fibrocystic "
     "mastopathy without proliferation. No malignant tumour.", "-", "-"),
    # a Portuguese "ADENDO AO LAUDO" (with its translation and a date, no colon) is an addendum: its final
    # conclusion settles the differential left open above
    ("CONCLUSÃO:\nRight breast - core biopsy: atypical ductal hyperplasia versus low-grade ductal carcinoma in situ. "
     "Further levels in progress.\n\nADENDO AO LAUDO (Addendum to the report) - 02/05/2026\nDeeper levels examined.\n"
     "Final conclusion (conclusão final):\nRight breast - core biopsy: atypical ductal hyperplasia.", "-", "B"),
    # a supplementary report issued later, then "Final pathologic diagnosis:", settles "the final diagnosis will be
    # issued in a supplementary report"
    ("Pathologic diagnosis:\nLeft breast excision:\n- Papillary lesion; IHC requested. The final diagnosis will be "
     "issued in a supplementary report.\n\nSupplementary report (IHC) - 2026/03/04:\np63 negative in the papillae.\n"
     "Final pathologic diagnosis:\nLeft breast excision:\n- Solid papillary carcinoma in situ.", "M", "-"),
    # a supplementary report headed with an "Authorised <date>" stamp in the right-hand column is a later report:
    # the laterality correction it carries moves the diagnosis
    ("Conclusion\n  1. Right breast core: Fibroadenoma, 14 mm. B2.\n\nSUPPLEMENTARY REPORT 1      Authorised "
     "11/03/2026 09:40\n  Laterality correction: the specimen is from the LEFT breast, not the right as originally "
     "reported. The conclusion should read: Left breast core: fibroadenoma, 14 mm. B2.", "B", "-"),
    # a synoptic printed as two columns without colons: each row is a field, so a procedure or laterality row's
    # value ends at the next row and the rows below it are diagnoses
    ("CAP SYNOPTIC - DCIS OF THE BREAST (EXCISION)\n"
     "Procedure                    Excision, wire-localized\n"
     "Specimen laterality          Right\n"
     "Histologic type              Ductal carcinoma in situ, solid type\n"
     "Margins                      Negative for DCIS (closest 3 mm)\n"
     "Additional findings          Intraductal papilloma, 4 mm", "-", "BM"),
    # an unpunctuated transcript that calls itself dictated (one spoken mark, no typed full stop) is a dictation;
    # a part said mid-line ("... zero of two part b left breast ...") opens its own part and sentence
    ("s26-1188 left breast excision dr amari dictating\nclinical history left breast ductal carcinoma in situ on core "
     "final diagnosis part a left axillary sentinel lymph nodes negative for carcinoma zero of two part b left breast "
     "excision ductal carcinoma in situ high grade with comedonecrosis margins clear columnar cell change present "
     "new paragraph comment er positive end of report", "BM", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), B29_CLASSES)
def test_b29_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


# Classes met in pathology b31-b32 (Colombian and Swiss translations, discharge summaries, speech recognition,
# semicolon LIS exports).
B31_CLASSES = [
    # Spanish and German history / diagnosis / correction headings, and a history named by its kind
    ("DATOS CLÍNICOS: carcinoma ductal infiltrante de mama izquierda, tratado con neoadyuvancia.\nDIAGNÓSTICO:\n"
     "LEFT BREAST, QUADRANTECTOMY: no residual invasive carcinoma; tumour bed with fibrosis.", "-", "-"),
    ("Klinische Angaben: Mammakarzinom links (left breast carcinoma), Status nach Chemotherapie.\nBeurteilung:\n"
     "Right breast, core biopsy: sclerosing adenosis.", "-", "B"),
    ("Oncological history: right breast invasive lobular carcinoma, neoadjuvant endocrine therapy.\n"
     "FINAL DIAGNOSIS:\nRight breast, lumpectomy: no residual carcinoma.", "-", "-"),
    ("Berichtigung der Seitenangabe: the tissue is from the RIGHT breast, not the left breast as first stated.\n"
     "Beurteilung (unverändert abgedruckt):\nMamma links, Stanzbiopsie:\nFibroadenoma.", "-", "B"),
    # a spoken take-back wrapped over a line break: its "no" negates nothing after it
    ("Final diagnosis: left breast core, ductal carcinoma in situ, sorry, no,\nstrike that, atypical ductal "
     "hyperplasia with calcifications.", "B", "-"),
    ("Diagnosis: right breast excision, benign phyllodes tumour - no, wait,\ndisregard that - fibroadenoma, 2 cm.",
     "-", "B"),
    # Spanish / Portuguese negations
    ("DIAGNÓSTICO:\nMAMA IZQUIERDA (LEFT BREAST), MASTECTOMÍA:\n - Hiperplasia ductal usual (usual ductal "
     "hyperplasia).\n - Sin evidencia de carcinoma in situ o infiltrante.", "B", "-"),
    ("CONCLUSÃO:\nMama direita (right breast), biópsia: fibroadenoma. Sem sinais de malignidade; negativo para "
     "carcinoma.", "-", "B"),
    # speech recognition's sound-alikes of the terms it does not know
    ("final diagnosis colon left breast comma core biopsy colon fibre adenoma comma hyalinized period no atypia "
     "period new paragraph gross colon three cores period", "B", "-"),
    ("final diagnosis colon right breast comma lumpectomy colon borderline phil odes tumor comma margins clear "
     "period new paragraph comment colon discussed period", "-", "M"),
    ("final diagnosis colon left breast comma excision colon lobular carcinoma and situ comma classic type comma "
     "multifocal period new paragraph", "B", "-"),
    # a protocol title named by its setting ("..., post neoadjuvant therapy") without a procedure; a diagnosis
    # sentence that ends so is still a diagnosis
    ("Ductal Carcinoma In Situ of the Breast - After Neoadjuvant Treatment\n  Specimen laterality: Left\n"
     "  Residual DCIS: Not identified\n  Additional findings: Fibroadenoma, 5 mm", "B", "-"),
    ("DIAGNOSIS:\nRight breast, mastectomy: residual invasive carcinoma of the breast, 4 mm, post neoadjuvant "
     "therapy.", "-", "M"),
    # a Spanish / Italian differential left open between a benign and a malignant entity
    ("DIAGNÓSTICO:\nMAMA IZQUIERDA (LEFT BREAST), BIOPSIA:\n - Proliferación papilar atípica. El diagnóstico "
     "diferencial se plantea entre papiloma con hiperplasia ductal atípica y carcinoma papilar in situ.", "?", "-"),
    ("DIAGNOSI:\nRight breast core: lesione papillare; diagnosi differenziale tra papilloma e carcinoma papillare "
     "intraduttale.", "-", "?"),
    # a laboratory system's delimited result history: each part's last version stands (a preliminary row is
    # replaced by the final one, a final by a corrected one), a voided row never counts
    ("Result export (field separator ';')\nACC_NO;PART;SPECIMEN;SIDE;DX;STATUS;STATUS_TIME;COMMENT\n"
     "H26-5521;1;Breast core;Left;Papillary lesion, immunostains to follow.;PRELIM;2026-03-02 10:00;\n"
     "H26-5521;1;Breast core;Left;Encapsulated papillary carcinoma.;FINAL;2026-03-04 15:20;\n", "M", "-"),
    ("ACCESSION;PART;SPECIMEN;LATERALITY;DIAGNOSIS;STATUS;NOTE\n"
     "H26-6610;A;Breast excision;Left;Sclerosing adenosis.;FINAL;\n"
     "H26-6610;A;Breast excision;Right;Sclerosing adenosis.;CORRECTED;Side corrected from left to right.\n",
     "-", "B"),
    ("ACCESSION;PART;SPECIMEN;LATERALITY;DIAGNOSIS;STATUS;NOTE\n"
     "H26-7001;A;Breast core;Left;Invasive lobular carcinoma.;VOIDED;Posted to the wrong case in error.\n"
     "H26-7001;B;Breast core;Right;Radial scar.;FINAL;\n", "-", "B"),
]


@pytest.mark.parametrize(("text", "left", "right"), B31_CLASSES)
def test_b31_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


B33_CLASSES = [
    # Spanish / Portuguese abbreviations of a side ("mama izq.", "dcha.", "axilares der.", "mama esq.")
    ("CONCLUSIÓN:\nMama izq., biopsia con aguja gruesa: fibroadenoma hialinizado.", "B", "-"),
    ("Diagnóstico: mama dcha., tumorectomía: carcinoma lobulillar infiltrante (invasive lobular carcinoma).",
     "-", "M"),
    ("CONCLUSIÓN:\n1. Mastectomía, mama der.: papiloma intraductal sin atipia.\n"
     "2. Ganglios axilares der.: sin metástasis (0/12).", "-", "B"),
    ("CONCLUSÃO: mama esq., biópsia: adenose esclerosante (sclerosing adenosis).", "B", "-"),
    # Spanish / Portuguese abbreviations of the entities ("CDI", "CLI", "CDIS", "CLIS", "HDA")
    ("CONCLUSIÓN:\nMama dcha., cuadrantectomía:\n - CDI, grado 2, 2.1 cm.\n - Márgenes libres.", "-", "M"),
    ("Diagnóstico: mama izquierda, BAG: CLIS clásico y HDA focal.", "B", "-"),
    ("Conclusão: mama direita, biópsia: CDIS de grau intermédio, tipo sólido.", "-", "M"),
    # an addendum that says the diagnosis may be modified leaves it open
    ("DIAGNOSIS:\nRight breast, excision: sclerosing papilloma.\nADDENDUM:\nDeeper levels show a focus of "
     "cytologic atypia; p63 and CK5/6 stains are in progress and the diagnosis might be modified.", "-", "?"),
    # an erratum quoting the diagnosis it replaces: the quoted reading goes, also in the original reprinted below
    ("ERRATUM 04/03/2026: where the final diagnosis reads \"invasive lobular carcinoma, classic type\", it should "
     "read \"atypical lobular hyperplasia\"; a typing error.\n\nORIGINAL REPORT (for reference)\nFINAL DIAGNOSIS:\n"
     "Left breast, core biopsy: invasive lobular carcinoma, classic type.", "B", "-"),
    ("FE DE ERRATAS: donde dice \"carcinoma ductal infiltrante\", debe decir \"fibroadenoma\".\n"
     "CONCLUSIÓN:\nMama dcha., BAG: carcinoma ductal infiltrante.", "-", "B"),
    # a hedge after the lesion the finding would lie in ("... involving the papilloma cannot be excluded")
    ("DIAGNOSIS:\nLeft breast, excision: sclerosed fibroadenoma; lobular carcinoma in situ and invasive lobular "
     "carcinoma within the fibroadenoma cannot be completely excluded on these sections.", "B", "-"),
    # a printout's headings with only their date stamp in the right-hand column are headings of their blocks,
    # not a table's rows: the revised diagnosis printed first replaces the one printed below it
    ("Acc: HB26-1140          Coll: 2026-02-02\n--------------------------------------------\n"
     "SUPPLEMENTARY REPORT          02/09/2026\n--------------------------------------------\n"
     "  After review with p63 and calponin, the diagnosis is revised to:\n"
     "  LEFT BREAST, CORE BIOPSY: SCLEROSING ADENOSIS.\n  The previously reported diagnosis of invasive "
     "carcinoma is withdrawn.\n--------------------------------------------\n"
     "DIAGNOSIS                     02/04/2026\n--------------------------------------------\n"
     "LEFT BREAST, CORE BIOPSY:\n  - INVASIVE CARCINOMA, NO SPECIAL TYPE, GRADE 1.\n", "B", "-"),
    # an item numbered in parentheses wraps with a hanging indent: its negation runs on over the break
    ("DIAGNOSIS:\n(1) LEFT BREAST, EXCISION: DUCT ECTASIA WITH PERIDUCTAL MASTITIS. NO\n"
     "    SIGN OF ATYPIA OR CARCINOMA.\n(2) RIGHT BREAST, CORE: FIBROADENOMA.", "B", "B"),
    # reports named by their stage ("Frozen section report (...):", "Final report (...):") are the
    # intraoperative and the final diagnosis
    ("Intraoperative consultation report (14/03/2026 09:40):\nLeft breast, wire excision: suspicious for "
     "invasive carcinoma, defer to permanents.\n\nFinal report (17/03/2026):\nLeft breast, wire excision:\n"
     "  Sclerosing adenosis and columnar cell change. No carcinoma.", "B", "-"),
    ("FROZEN SECTION REPORT: Right breast mass - malignant, ductal carcinoma.\n"
     "FINAL REPORT: Right breast mass, excision: fibroadenoma with florid usual hyperplasia.", "-", "B"),
    # an unpunctuated transcript that calls itself a dictation, without one spoken mark, says its headings mid-line
    ("this is doctor selwyn dictating on accession h twenty six three three clinical history left breast carcinoma "
     "treated in two thousand twenty now right breast nodule gross two cores final diagnosis right breast core "
     "biopsy sclerosing adenosis no malignancy end of dictation", "-", "B"),
    # a typed transcript says the diagnosis heading straight before the specimen's side, without a comma
    ("Dr. Ferreira dictating. Clinical history, bilateral nipple discharge. Gross, two ducts excised, entirely "
     "submitted. Diagnosis right subareolar duct excision, intraductal papilloma with apocrine change, no "
     "atypia, no malignancy. Thank you.", "-", "B"),
    # a side erratum worded "read X as Y"
    ("AMENDMENT:\nSpecimen side recorded wrongly at reception; kindly read LEFT as RIGHT in the report below.\n\n"
     "ORIGINAL REPORT:\nDIAGNOSIS:\nLeft breast, 3 o'clock, core biopsy: fibroadenoma.", "-", "B"),
    # ... or quoting the side with its first-language words in parentheses after it
    ("Pathology report PH-26-0412, issued 02.03.2026.\nNote of 05.03.2026: where the report reads LEFT BREAST "
     "(LIJEVA DOJKA), it should read RIGHT BREAST (DESNA DOJKA).\n\nLeft breast, core biopsy: invasive lobular "
     "carcinoma, classic type.", "-", "M"),
    # a result portal lists the versions newest first: the one "replaced by version 2" is the superseded original,
    # its diagnosis heading too
    ("My Health Record - Test Results\nVersion 2 - AMENDED REPORT - 03/12/2026\nAccession: P26-118\n"
     "FINAL DIAGNOSIS:\nLeft breast, excision: atypical ductal hyperplasia.\n\n"
     "Version 1 - FINAL REPORT - 03/09/2026 (replaced by version 2)\nCase no.: P26-118\nFINAL DIAGNOSIS:\n"
     "Left breast, excision: ductal carcinoma in situ, low grade.", "B", "-"),
    # the diagnosis before treatment, named so in its heading with an aside, is history
    ("Pathologic pre-treatment diagnosis (core S25-4410, for reference): left breast invasive lobular carcinoma.\n"
     "Final diagnosis: left breast, mastectomy: no residual invasive or in situ carcinoma (ypT0).", "-", "-"),
    # a terse header abbreviating the breast procedure before the node sampling ("L mastect + ALND:")
    ("PATH 26-771\nL mastect + ALND:\n - IDC, gr 3, 2.4 cm, margins clear.\n - ALND 3/15 +.\n-- KT", "M", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), B33_CLASSES)
def test_b33_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


B35_CLASSES = [
    # Finnish side words in their cases ("oikea / vasen rinta", "oikeassa rinnassa", "vasemmalla")
    ("Conclusion:\n1. Oikea rinta, core biopsy: fibroadenoma.", "-", "B"),
    ("Statement: in the vasemmassa rinnassa a sclerosing adenosis; no malignancy.", "B", "-"),
    ("Diagnosis:\nVasen rinta: invasive lobular carcinoma, grade 2.\nOikea rinta: fibroadenoma.", "M", "B"),
    # Finnish breast and axilla words name the site ("rinta", "kainalo", "imusolmuke")
    ("Diagnosis:\n1. Vasen rinta, thick-needle biopsy: invasive carcinoma NST.\n"
     "2. Vasen kainalo, imusolmuke: metastatic carcinoma.", "M", "-"),
    # Finnish headings of a translated statement: "Esitiedot" (history) is not the diagnosis
    ("Esitiedot: Oikea rinta, ductal carcinoma treated with neoadjuvant chemotherapy.\n\n"
     "Lausunto:\n1. Oikea rinta: no residual carcinoma (ypT0), treatment-related fibrosis.", "-", "-"),
    # a part named inside running text speaks of that part's side, not of the side named last above it
    ("Gross: A. Right breast excision, 40 g. B. Left breast excision, 35 g.\n\n"
     "Histology: A. Invasive lobular carcinoma, classic type. B. Fibroadenoma.\n\n"
     "DIAGNOSIS:\nA. Right breast, excision: invasive lobular carcinoma.\nB. Left breast, excision: fibroadenoma.",
     "B", "M"),
    ("STATUS LOG:\n  PRELIMINARY  PART A: INVASIVE CARCINOMA, TYPE PENDING.\nLEFT BREAST NORMAL ON MAMMOGRAM.\n"
     "FINAL DIAGNOSIS:\n  A. BREAST, RIGHT, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA, GRADE 2.", "-", "M"),
    # Scandinavian adjective forms of lobular carcinoma in situ are LCIS (benign), not a generic carcinoma
    ("Konklusion:\n1. Højre mamma: lobulært karcinom in situ, klassisk type.", "-", "B"),
    ("Utlåtande: vänster bröst, lobulärt carcinoma in situ; duktalt karcinom in situ, låg grad.", "BM", "-"),
    # Scandinavian node words name a nodal site: a metastasis there labels no breast
    ("Konklusjon:\nLymfeknute, venstre aksille, nålebiopsi: metastase fra karsinom (metastatic carcinoma).",
     "-", "-"),
    # a revision that names the conclusion it replaces in parentheses: that reading no longer labels
    ("Conclusion: right breast, core biopsy: atypical ductal hyperplasia.\n\nSUPPLEMENTARY REPORT:\n"
     "Revised conclusion: right breast, core biopsy: ductal carcinoma in situ, low grade. This replaces the earlier\n"
     "conclusion (atypical ductal hyperplasia).", "-", "M"),
    # an addendum saying the diagnosis "can still change" leaves it open, like "may be modified"
    ("Diagnosis: left breast, vacuum biopsy: atypical ductal hyperplasia.\nSupplementary report: further levels "
     "are being cut and the diagnosis can still change.", "?", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), B35_CLASSES)
def test_b35_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


B37_CLASSES = [
    # a laterality correction in translated words: Nordic side words, "not from the ... as in the original",
    # a dotted date after the heading, "stands ... must stand" for "reads ... must read"
    ("Korjaus (correction) 02.04.2026: the side of the sample was given wrongly. The sample is from the\n"
     "VASEN rinta (left breast), not from the oikea as in the original report.\n\n"
     "Lausunto:\n1. Oikea rinta: invasive lobular carcinoma, grade 2.", "M", "-"),
    ("RETTELSE (correction) 07.05.2026: side is wrongly given. Where it stands \"høyre bryst\", it must stand\n"
     "\"VENSTRE BRYST\". Otherwise unchanged.\n\nDiagnose:\nHøyre bryst, core: ductal carcinoma in situ, high grade.",
     "M", "-"),
    # ... the side erratum's breast word wrapped onto the next line
    ("Reason for Amendment: side correction. Where this report reads LEFT\nBREAST, it must read RIGHT BREAST.\n\n"
     "Final Diagnosis\nA. BREAST, LEFT, CORE: INVASIVE DUCTAL CARCINOMA.", "-", "M"),
    # a correction note under a revision title that prints no diagnosis of its own
    ("CORRECTED REPORT - LATERALITY\nNote 05/05/2026: this biopsy is from the RIGHT breast, not the left as "
     "originally reported.\n\nFINAL DIAGNOSIS (as originally issued 05/04/2026):\nLeft breast, core: fibroadenoma.",
     "-", "B"),
    # parts swapped: "part transposition" is a laterality correction, each part takes the side the note states
    ("REVISED REPORT\nReason: part transposition. Part A is from the RIGHT breast; part B is from the LEFT breast.\n\n"
     "FINAL DIAGNOSIS (as originally issued):\nA. Left breast, core: fibroadenoma.\n"
     "B. Right breast, core: ductal carcinoma in situ, low grade.", "M", "B"),
    # near-miss: a wrong-side word in running text that is no correction leaves the sides as printed
    ("Diagnosis:\nRight breast, core: fibroadenoma. The wrong clip was not seen. "
     "Left breast, core: invasive carcinoma NST.", "M", "B"),
    # a consultation's diagnoses named after institutions: the one whose heading says "(outside)", the one named
    # on the "Material:" line, and one on the report's third line are the outside diagnoses; the title's initials
    # name this institution's
    ("Northfield Medical Centre - Pathology\nConsultation NMC-26-77\n\n"
     "Riverside diagnosis (outside): left breast core: atypical ductal hyperplasia.\n\n"
     "NORTHFIELD DIAGNOSIS:\nLeft breast core: ductal carcinoma in situ, intermediate grade.", "M", "-"),
    ("Outside Review - Harlow Valley Breast Institute\nSubmitted: left breast core (Oakmere Lab case 12).\n"
     "Oakmere diagnosis: invasive lobular carcinoma.\n\n"
     "HVBI REVIEW DIAGNOSIS:\nLeft breast core: fibroadenoma. No carcinoma.", "B", "-"),
    ("WESTBRIDGE HOSPITAL - PATHOLOGY\nSecond opinion\nMaterial: Pinehurst Clinic case P-9, right breast core.\n\n"
     "Pinehurst diagnosis: right breast core: fibroadenoma.\n\n"
     "WESTBRIDGE REVIEW DIAGNOSIS:\nRight breast core: invasive carcinoma NST, grade 2.", "-", "M"),
    # ... a review heading whose aside wraps onto a second line still heads the review's own diagnosis
    ("DEPARTMENT OF PATHOLOGY - CEDAR UNIVERSITY HOSPITAL\nOutside: Lakefield Labs\n\n"
     "Diagnosis rendered at Lakefield Labs:\n  Left breast core: suspicious for DCIS.\n\n"
     "CUH DIAGNOSIS (review of outside slides; stains performed here on the\noutside block):\n"
     "  Left breast core: usual ductal hyperplasia. No carcinoma.", "B", "-"),
    # near-miss: an institution named only in the heading, nowhere else, is no outside diagnosis
    ("Ashby diagnosis: right breast core: invasive ductal carcinoma, grade 1.", "-", "M"),
    # Norwegian / Danish "Kliniske opplysninger" is the clinical history; a Danish "invasivt duktalt karcinom" is IDC
    ("Kliniske opplysninger: tidligere operert for cancer i venstre bryst 2019.\n\n"
     "Diagnose:\nHøyre bryst, grovnål: fibroadenoma.", "-", "B"),
    ("Kliniske oplysninger: knude i venstre mamma.\n\nKonklusion:\n1. Venstre mamma, lumpektomi: Invasivt duktalt "
     "karcinom, malignitetsgrad I, 11 mm.", "M", "-"),
    # "differential diagnosis between" a benign and a malignant entity is left open; between two malignant ones it labels
    ("Diagnosis:\nLeft breast, core: atypical intraductal proliferation. Differential diagnosis between atypical "
     "ductal hyperplasia and low-grade DCIS; not decidable on the core.", "?", "-"),
    ("Diagnosis:\nRight breast, core: invasive carcinoma; differential diagnosis between invasive ductal carcinoma "
     "and invasive lobular carcinoma.", "-", "M"),
    # an atypical proliferation "below that required for DCIS" is not DCIS
    ("Conclusion: right breast core: atypical ductal hyperplasia (B3).\nSupplementary report: on further levels the "
     "proliferation remains below that required for DCIS. Atypical ductal hyperplasia is confirmed.", "-", "B"),
    ("Conclusion: right breast core: DCIS, low grade, 6 mm; the distance to the margin is below 1 mm.", "-", "M"),
    # what the original report called the lesion, named with that report ("described in the original report as")
    ("AMENDED DIAGNOSIS:\nLeft breast, re-excision: fat necrosis. The focus described in the original report as "
     "residual DCIS is reactive epithelium; no DCIS is present.", "-", "-"),
    # a terse line naming the breast procedure and the node sampling before its diagnosis: the breast's
    ("S26-1\nR lumpect + SLN: IDC, 1.8 cm, gr 2, margins clear; SLN 0/2.", "-", "M"),
    ("S26-2\nR SLN: metastatic IDC, 1/2.", "-", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), B37_CLASSES)
def test_b37_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


B38_CLASSES = [
    # Scandinavian negations ("ingen (kvarvarande)", "inga", "inget") negate what follows, over "eller" (or)
    ('Utlåtande: "Vänster bröst, excision: fibroadenom (fibroadenoma). Ingen invasiv cancer."', "B", "-"),
    ('Utlåtande: "Höger bröst: ingen kvarvarande invasiv cancer eller cancer in situ."', "-", "-"),
    ("Utlåtande: höger bröst, mastektomi: inga tecken på tumör; lobulär cancer in situ.", "-", "B"),
    # near miss: the carcinoma after the negated clause's full stop is still asserted
    ("Utlåtande: vänster bröst: ingen cysta. Invasiv cancer, NHG 2.", "M", "-"),
    # a translated erratum worded 'where it says "...", it should say "..."' replaces the quoted diagnosis
    ('Erratum: in report 4410, where it says "INVASIVE LOBULAR CARCINOMA", it should say "FIBROADENOMA".\n'
     "Diagnosis:\nLeft breast (core): INVASIVE LOBULAR CARCINOMA, classic type.", "B", "-"),
    # near miss: an erratum about the core count leaves the diagnosis standing
    ('Erratum: where it says "two cores", it should say "three cores".\n'
     "Diagnosis:\nLeft breast (core): invasive lobular carcinoma, classic type.", "M", "-"),
    # the Spanish plural heading "DIAGNÓSTICOS" heads the diagnosis list after a gross description
    ("Descripción macroscópica:\n1.- Four cores, 1 cm.\n2.- Two cores.\n\nDIAGNÓSTICOS:\n"
     "1.- Mama derecha, trucut: fibroadenoma.\n2.- Mama izquierda, trucut: CARCINOMA DUCTAL INFILTRANTE.", "M", "B"),
    # near miss: the gross description alone (no diagnosis heading) labels nothing in a report that has one
    ("Descripción macroscópica:\n1.- Cores, fibroadenoma-like cut surface.\n\nDIAGNÓSTICOS:\n"
     "1.- Mama derecha, trucut: sclerosing adenosis.", "-", "B"),
    # Spanish site words: "mama" / "cuadrantectomía" are the breast, "ganglio centinela" a node, "piel" the skin
    ("Material: Tumorectomía de mama derecha and ganglio centinela.\n\nDIAGNÓSTICO:\n"
     "1.- Tumorectomía de mama derecha:\n    - Carcinoma lobulillar infiltrante, 1.2 cm.\n"
     "2.- Ganglio centinela derecho: one lymph node without metastasis (0/1).", "-", "M"),
    # near miss: a metastasis in the node alone, and a skin lesion of the breast's skin, label no breast
    ("Material: Ganglio centinela izquierdo.\n\nDIAGNÓSTICO:\n1.- Ganglio centinela izquierdo: metastatic carcinoma "
     "(1/1).\n2.- Piel de mama izquierda: basal cell carcinoma, excised.", "-", "-"),
    # the closed spellings "Pretreatment" / "Preoperative" head a history field like "Pre-treatment" does
    ("SYNOPTIC SUMMARY, POST NEOADJUVANT THERAPY\nSpecimen laterality: Left\n"
     "Pretreatment diagnosis (core S1-22): invasive lobular carcinoma\nResidual invasive carcinoma: Not identified",
     "-", "-"),
    ("Laterality: Right\nPreoperative diagnosis: invasive carcinoma NST (core)\nFinal diagnosis: no residual "
     "invasive carcinoma; tumour bed with fibrosis.", "-", "-"),
    # near miss: the residual carcinoma in the field below the history field still labels
    ("SYNOPTIC SUMMARY, POST NEOADJUVANT THERAPY\nSpecimen laterality: Left\n"
     "Pretreatment diagnosis (core S1-22): invasive lobular carcinoma\nResidual invasive carcinoma: Present, 4 mm",
     "M", "-"),
    # a letter quoting the report: the quote decides, the letter's own words are its history
    ("Dear Dr Lowe,\n\nRe: Mrs A\n\nDiagnoses:\n1. Right breast fibroadenoma removed 2010\n\nShe presented with a "
     "lump in the left breast. The core biopsy reads: \"Left breast 10 o'clock: ductal carcinoma in situ, high "
     "grade.\"\n\nYours sincerely,", "M", "-"),
    ("Dear Dr Lowe,\n\nShe had a right lumpectomy for invasive ductal carcinoma in 2019 and now a small nodule in the "
     "scar. The biopsy reported: \"Right breast nodule, core: fat necrosis. No evidence of malignancy.\"\n\n"
     "Yours sincerely,", "-", "-"),
    # a registry's "Previous breast cancer:" field is history, its value's carcinoma too
    ("Previous breast cancer: Yes - right, 2015, invasive lobular carcinoma, mastectomy\nSide (current): left\n"
     "Pathology conclusion: left breast, core: fibroadenoma.", "B", "-"),
    # near miss: a current field after it still labels
    ("Prior malignancy: No\nSide: left\nPathology conclusion: left breast, core: invasive lobular carcinoma.",
     "M", "-"),
    # a corrected report's banner with the transposition note in its head, the diagnosis reprinted as first issued
    (">>> CORRECTED REPORT <<<\nParts 1 and 2 were transposed at accessioning. Part 1 is from the RIGHT breast; "
     "Part 2 is from the LEFT axilla.\n\nDIAGNOSIS (as first issued):\n1. Left breast, core: fibroadenoma.\n"
     "2. Right axillary node, core: benign lymph node.", "-", "B"),
    # near miss: a head that corrects nothing leaves each part's printed side
    ("Part 1 is from the right breast, part 2 from the left axilla.\n\nDIAGNOSIS:\n1. Right breast, core: "
     "fibroadenoma.\n2. Left axillary node, core: benign lymph node.", "-", "B"),
    # near miss: a letter without a quoted report is read as written
    ("Dear Dr Lowe,\n\nThe core biopsy of the left breast shows ductal carcinoma in situ, high grade.\n\n"
     "Yours sincerely,", "M", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), B38_CLASSES)
def test_b38_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


B36_CLASSES = [
    # a bare "scar" named as the place sampled is no scar finding: led by a word of place, or by its clock
    ("Presentation: a hard lump at the right mastectomy scar.\n\nHistology (core biopsy right breast scar "
     "7 o'clock): invasive lobular carcinoma, grade 2.", "-", "M"),
    ("Diagnosis: Skin, left chest wall near the scar: suture granuloma. No malignancy.", "-", "-"),
    # near miss: a scar found in the tissue still labels
    ("Diagnosis: Left breast, re-excision: scar only; no residual carcinoma in the scar.", "B", "-"),
    ("Diagnosis: Right breast, core: dense scar in keeping with the earlier biopsy.", "-", "B"),
    # ... or as the object of the operation planned on it
    ("Plan: left wide local excision; the old scar will be included.\nHistology: left breast, core: invasive "
     "ductal carcinoma.", "M", "-"),
    # near miss: a scar that was excised and examined is a finding
    ("Diagnosis: Left breast, re-excision: healed scar, no residual tumour.", "B", "-"),
    # a side written after its finding in each ";" clause belongs to that clause's finding
    ("Konklusjon: fibroadenom (fibroadenoma) høyre bryst; ductal carcinoma in situ venstre bryst.", "M", "B"),
    ("Summary: invasive lobular carcinoma, left breast; sclerosing adenosis, right breast.", "M", "B"),
    # near miss: a side named before the finding in its clause still decides, and a clause with no side of its
    # own keeps the side before it
    ("Summary: left breast, fibroadenoma; right breast, invasive ductal carcinoma.", "B", "M"),
    ("Diagnosis: left breast, core: ductal carcinoma in situ; background fibrocystic change with usual ductal "
     "hyperplasia, compare right breast.", "BM", "-"),
    # an unpunctuated dictation: a spoken heading at a line start ends the negation of the line before
    ("speech draft, unedited - case 77\nleft breast excision, history lump\ngross part a left breast 14 grams, no "
     "discrete mass\nmicro part a the lesion is a fiber adenoma with intracanalicular growth, no atypia\n"
     "final diagnosis a left breast excision fiber adenoma 12 mm", "B", "-"),
    # near miss: a negation on the same line still reaches its finding
    ("dictation draft left breast core\nfinal diagnosis left breast core no fibroadenoma or carcinoma seen", "-", "-"),
    # a bracketed part number heads a specimen part: its node metastasis stays the node's
    ("Clinical: left axillary mass; a small ill-defined area in the left breast at 3 o'clock, sampled.\n\n"
     "[1] FNAC - Left axilla, lymph node (ref C-1)\nSmears of lymphoid cells with clusters of pleomorphic epithelial "
     "cells.\nCategory: Malignant (C5) - carcinoma.\n\n[2] Core biopsy - Left breast 3 o'clock (ref H-2)\n"
     "Diagnosis: benign breast tissue; no carcinoma.", "-", "-"),
    # near miss: the bracketed breast part still labels its breast
    ("[1] Core biopsy - Left axillary lymph node\nReactive lymph node; no metastasis.\n\n"
     "[2] Core biopsy - Left breast 3 o'clock\nInvasive lobular carcinoma, grade 2.", "M", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), B36_CLASSES)
def test_b36_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        # a bare "scar" ending a specimen's name line is the place sampled; its diagnosis is below
        ("DIAGNOSIS:\nA. Left chest wall, mastectomy scar:\n   recurrent invasive lobular carcinoma, 6 mm.\n", "M", "-"),
        ("DIAGNOSIS:\nRight breast, expander capsule with adjacent scar tissue:\n   fibrous capsule, no malignancy.\n",
         "-", "-"),
        # near miss: a scar named as the diagnosis under its specimen's name still labels
        ("DIAGNOSIS:\nRight breast, re-excision:\n   healed scar; no residual carcinoma.\n", "-", "B"),
    ],
)
def test_a_scar_ending_a_specimens_name_is_the_place_sampled(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        # a scar the sample was taken beside is the place sampled, not a finding in it
        ("DIAGNOSIS:\nLeft breast, 3 o'clock, next to the mastectomy scar, core: recurrent ductal carcinoma.\n",
         "M", "-"),
        ("Right breast, close to previous excision scar, punch biopsy: invasive lobular carcinoma.\n", "-", "M"),
        # near miss: a scar found adjacent to something else in the tissue still labels
        ("DIAGNOSIS:\nLeft breast, re-excision: scar adjacent to fat necrosis; no residual carcinoma.\n", "B", "-"),
    ],
)
def test_a_scar_the_sample_was_taken_beside_is_the_place_sampled(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}

@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        # a bare "scar" of the skin: as the examination finds it, or naming an operation's incision
        ("Complaint: a painful, tethered scar of the left breast since the lumpectomy.\n"
         "Histology: left breast lump, excision: lipoma.\n", "-", "-"),
        ("Operation: bilateral vertical scar mastopexy.\nHistology: right breast: benign breast tissue; "
         "left breast: benign breast tissue.\n", "-", "-"),
        ("Bilateral short-scar reduction mammaplasty, 300 g each side.\nHistology: right breast: benign breast "
         "tissue; left breast: benign breast tissue.\n", "-", "-"),
        # near miss: a scar the pathologist finds in the tissue still labels
        ("DIAGNOSIS:\nLeft breast, re-excision: dense scar with fat necrosis; no residual carcinoma.\n", "B", "-"),
    ],
)
def test_a_bare_scar_of_the_skin_is_no_finding(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        # what a record first said, since replaced, is no diagnosis: "originally recorded as DCIS"
        ("Outcome field: atypical lobular hyperplasia, right (originally recorded as LCIS, then ILC in error).\n",
         "-", "B"),
        # near miss: a diagnosis recorded now stands
        ("Outcome field: invasive lobular carcinoma, right, recorded as the final result.\n", "-", "M"),
    ],
)
def test_what_a_record_originally_said_is_replaced(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        # "breast cancer surgery" names a kind of operation, after the disease it treats: no diagnosis
        ("Clinic: Breast cancer surgery follow-up list, left side.\nLeft breast, core: fibroadenoma.\n", "B", "-"),
        # near miss: a carcinoma the specimen shows, before the word surgery's sentence, still labels
        ("Left breast, core: invasive carcinoma NST, grade 1. Referred for surgery.\n", "M", "-"),
    ],
)
def test_cancer_surgery_names_an_operation_not_a_diagnosis(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


def test_the_reporting_institutions_review_heading_is_its_own_diagnosis() -> None:
    # a consultation headed "<this institution> REVIEW:" gives its own diagnosis after the referring one
    text = ("Lindenmoor Teaching Hospital - Breast Pathology Second Opinion\n"
            "Referring diagnosis (Copperfield Laboratory):\nLeft breast, core: suspicious for invasive carcinoma.\n\n"
            "LINDENMOOR REVIEW:\nLeft breast, core: sclerosing adenosis. No carcinoma identified.\n")
    assert codes(text) == {"L": "B", "R": "-"}
    # near miss: the review still finding carcinoma labels it
    near = text.replace("sclerosing adenosis. No carcinoma identified.", "invasive tubular carcinoma, grade 1.")
    assert codes(near) == {"L": "M", "R": "-"}



B43_CLASSES = [
    # a bare "PRE-TREATMENT" block heading holds what was known before the treatment: history, not a diagnosis
    ("BREAST RESECTION AFTER PRIMARY SYSTEMIC THERAPY\nLaterality: Left\n\nPRE-TREATMENT\n"
     "  Biopsy H25-771: invasive lobular carcinoma, grade 2\n\nRESPONSE\n"
     "  Residual invasive carcinoma: none\n  Residual in situ carcinoma: none\n", "-", "-"),
    # near miss: residual carcinoma after the block still labels
    ("BREAST RESECTION AFTER PRIMARY SYSTEMIC THERAPY\nLaterality: Left\n\nPRE-TREATMENT\n"
     "  Biopsy H25-771: invasive lobular carcinoma, grade 2\n\nRESPONSE\n"
     "  Residual invasive carcinoma: invasive lobular carcinoma, 4 mm, left breast\n", "M", "-"),
    # a finding said to be "not supported" (by the stains, the levels) is negated
    ("Final diagnosis: Left breast, core: sclerosing adenosis. Invasive carcinoma is not supported by the p63 "
     "stain.", "B", "-"),
    # near miss: a finding the stains support still labels
    ("Final diagnosis: Left breast, core: sclerosing adenosis. Invasive carcinoma is supported by the loss of p63 "
     "staining.", "BM", "-"),
    # a relative's cancer in a clinic letter is family history, never the patient's
    ("Dear colleague, her aunt was diagnosed with breast cancer at 44 and her father had prostate cancer. "
     "Histology of the left breast core: fibroadenoma, no malignancy.", "B", "-"),
    # near miss: the patient's own cancer in the same letter still labels
    ("Dear colleague, her aunt came with her to clinic. Histology of the left breast core: invasive lobular "
     "carcinoma, grade 2.", "M", "-"),
    # a Serbian / Croatian erratum ('gdje piše "...", treba pisati "..."') that swaps the side word moves the diagnosis
    ("ISPRAVAK [Correction]: gdje piše \"lijeva dojka (left breast)\", treba pisati \"DESNA DOJKA (RIGHT BREAST)\".\n"
     "Dijagnoza [Diagnosis]: left breast, core biopsy: fibroadenoma.", "-", "B"),
    # near miss: an erratum that swaps no side word leaves the side
    ("ISPRAVAK [Correction]: gdje piše \"core biopsy\", treba pisati \"vacuum biopsy\".\n"
     "Dijagnoza [Diagnosis]: left breast, core biopsy: fibroadenoma.", "B", "-"),
    # a correction heading kept in its language, its translation in brackets before its date, names the wrong side
    # "as stated": the diagnosis moves to the corrected side
    ("CONCLUSION:\nRight breast, core biopsy: invasive lobular carcinoma.\n\nRECTIFICATIF [Correction] du "
     "12/05/2026\nUne erreur de côté [side error]: the core is from the LEFT breast and not the right breast as "
     "stated. The rest is unchanged.", "M", "-"),
    # near miss: a correction of something else under the same heading leaves the side
    ("CONCLUSION:\nRight breast, core biopsy: invasive lobular carcinoma.\n\nRECTIFICATIF [Correction] du "
     "12/05/2026\nThe specimen was received on 10/05/2026, not on 11/05/2026 as stated.", "-", "M"),
    # a diagnosis heading marked "(replaced by version N)" is the superseded original, even when printed last
    ("VERSION 3 - REVISED DIAGNOSIS (12/06/2026):\nLeft breast, core: ductal carcinoma in situ, intermediate grade."
     "\n\nVERSION 2 - FINAL DIAGNOSIS (05/06/2026) (replaced by version 3):\nLeft breast, core: columnar cell change. "
     "No malignancy.", "M", "-"),
    # near miss: the heading that replaces ("replacing version 1") is the one that decides
    ("VERSION 2 - FINAL DIAGNOSIS (replacing version 1):\nLeft breast, core: fibroadenoma. No malignancy.\n\n"
     "VERSION 1 - FINAL DIAGNOSIS (superseded):\nLeft breast, core: ductal carcinoma in situ, low grade.", "B", "-"),
    # a French breast procedure ("tumorectomie", "mastectomie") names the breast before the axillary clearance beside it
    ("Nature du prélèvement [Specimen]: Pièce de tumorectomie droite avec curage axillaire [right wide local "
     "excision with axillary dissection].\n\nCONCLUSION:\nCarcinome canalaire infiltrant [invasive ductal "
     "carcinoma], grade II, 18 mm.", "-", "M"),
    # near miss: an axillary clearance alone is a node specimen
    ("Nature du prélèvement [Specimen]: Curage axillaire droit [right axillary dissection].\n\nCONCLUSION:\n"
     "Métastases de carcinome [metastatic carcinoma] dans 2 ganglions sur 12.", "-", "-"),
    # a withdrawn diagnosis quoted again below (an audit trail reprinting the first issue in quotes) stays withdrawn
    ("Diagnosis: Left breast, core: sclerosing adenosis. Revision: the diagnosis of tubular carcinoma given in the "
     "first issue is withdrawn.\n\nAudit trail:\n  Issue 1 text: \"Left breast, core: tubular carcinoma, grade 1, "
     "4 mm.\"", "B", "-"),
    # near miss: the same carcinoma reported again later, unquoted (deeper levels), labels
    ("Diagnosis: Left breast, core: sclerosing adenosis. Revision: the diagnosis of tubular carcinoma given in the "
     "first issue is withdrawn.\n\nAddendum:\nDeeper levels: Left breast, core: tubular carcinoma, grade 1, 2 mm.",
     "BM", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), B43_CLASSES)
def test_b43_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


B51_CLASSES = [
    # a Latvian lobular carcinoma in situ is LCIS (benign), not the generic "carcinoma in situ" inside it
    ("Patohistoloģiskā diagnoze [Diagnosis]:\nLabā krūts [right breast], ekscīzija: lobulārā karcinoma in situ, "
     "pleomorfais tips.", "-", "B"),
    # near miss: the ductal form is DCIS
    ("Patohistoloģiskā diagnoze [Diagnosis]:\nLabā krūts [right breast], ekscīzija: duktāla karcinoma in situ, "
     "zemas pakāpes [low grade].", "-", "M"),
    # a heading's bracketed translation that explains a word in parentheses is read by its other words: a frozen
    # section's deferral is settled by the final diagnosis
    ("Sasaldētā griezuma izmeklēšana [Frozen (cryostat) section]:\nLeft breast lump: atypical epithelial "
     "proliferation, suspicious for carcinoma; diagnosis deferred to paraffin sections.\n\nGalīgā diagnoze [Final "
     "diagnosis]:\nLeft breast, lumpectomy: fibroadenoma with florid usual ductal hyperplasia.", "B", "-"),
    # near miss: a translation that names no heading the rules know leaves the deferral open
    ("Piezīme [Note (urgent) to clinician]:\nLeft breast lump: atypical epithelial proliferation, suspicious for "
     "carcinoma; diagnosis deferred to paraffin sections.\n\nGalīgā diagnoze [Final diagnosis]:\nLeft breast, "
     "lumpectomy: fibroadenoma with florid usual ductal hyperplasia.", "?", "-"),
    # a QA review's "original sign-out diagnosis" is the diagnosis as first signed out: the review replaces it
    ("Pathology QA review\nOriginal sign-out diagnosis:\n  Right breast, core: atypical ductal hyperplasia, focal.\n\n"
     "Review diagnosis:\n  Right breast, core: ductal carcinoma in situ, low grade, cribriform.", "-", "M"),
    # near miss: a sign-out diagnosis with no later reading is the diagnosis
    ("Pathology QA review\nSign-out diagnosis:\n  Right breast, core: atypical ductal hyperplasia, focal.\n\n"
     "Comment:\n  Shown at the consensus conference.", "-", "B"),
    # imaging "discordant with" a carcinoma asserts no carcinoma
    ("Multidisciplinary note: ultrasound judged discordant with invasive carcinoma; cores re-examined.\n\n"
     "Review diagnosis:\nLeft breast, 2 o'clock, core: sclerosing adenosis.", "B", "-"),
    # near miss: a carcinoma "concordant with the imaging" stands
    ("Review diagnosis:\nLeft breast, 2 o'clock, core: invasive ductal carcinoma, grade 2, concordant with the "
     "imaging.", "M", "-"),
    # a change written as an arrow names what was replaced on its left
    ("Audit record\nCategory change on review: malignant → benign.\nReview diagnosis:\nRight breast, core: "
     "fibroadenoma with stromal hyalinisation.", "-", "B"),
    # near miss: the entity on the arrow's right still labels
    ("Audit record\nCategory change on review: ADH -> DCIS.\nReview diagnosis:\nRight breast, core: ductal "
     "carcinoma in situ, intermediate grade.", "-", "M"),
    # an institution's or programme's name wrapped onto the next line is still a name
    ("Requested by: Northshore regional breast cancer\nscreening service, Dr. P. Amadi\n\nDiagnosis:\nRight "
     "breast, core: fibroadenoma.", "-", "B"),
    # near miss: a field headed on the next line ("Screening:") leaves the diagnosis above it
    ("Diagnosis:\nRight breast, core: invasive lobular carcinoma\nScreening: yes (routine round)", "-", "M"),
    # a specimen line of "mastectomies" is a breast specimen even with a sentinel node among its parts
    ("SPECIMEN: Bilateral simple mastectomies (1: left, 2: left axillary sentinel node, 3: right)\n\n"
     "LEFT SIDE (Parts 1, 2):\n  Tumour type: invasive lobular carcinoma, classic\n  Nodes: 0/2\n\n"
     "RIGHT SIDE (Part 3):\n  Findings: fibroadenoma, 8 mm", "M", "B"),
    # near miss: a node specimen alone labels no breast
    ("SPECIMEN: Left axillary sentinel nodes (2)\n\nRESULT:\n  Tumour type: metastatic carcinoma, 2 of 2 nodes",
     "-", "-"),
    # a Latvian side erratum ('kur rakstīts "...", jābūt "..."') moves the diagnosis to the side it names
    ("LABOJUMS [Correction]: kur rakstīts \"kreisā krūts [left breast]\", jābūt \"LABĀ KRŪTS [RIGHT BREAST]\".\n\n"
     "Diagnoze [Diagnosis]: kreisā krūts [left breast], serdes biopsija: intraductal papilloma without atypia.",
     "-", "B"),
    # near miss: an erratum of the procedure leaves the side
    ("LABOJUMS [Correction]: kur rakstīts \"serdes biopsija [core biopsy]\", jābūt \"vakuuma biopsija [vacuum "
     "biopsy]\".\n\nDiagnoze [Diagnosis]: kreisā krūts [left breast], serdes biopsija: intraductal papilloma "
     "without atypia.", "B", "-"),
    # a Latvian "nevar izslēgt" (cannot be excluded) hedges the entity before it
    ("Diagnoze [Diagnosis]: kreisā krūts [left breast], vakuuma biopsija: atypical ductal hyperplasia; DCIS nevar "
     "izslēgt.", "B", "-"),
    # near miss: the hedge reaches only its own entity
    ("Diagnoze [Diagnosis]: kreisā krūts [left breast], ekscīzija: ductal carcinoma in situ, low grade; invasive "
     "carcinoma nevar izslēgt.", "M", "-"),
    # an institution's initials after its first name word, spelled out elsewhere in the report, are its name
    ("Second opinion requested from Ardmore Integrated Diagnostic Centre.\n\nReview diagnosis (Ardmore IDC, ref "
     "26-0412):\nRight breast, excision: fibroadenoma, 22 mm.", "-", "B"),
    # near miss: initials that spell no name of the report are the finding
    ("Referral: Ardmore clinic.\n\nDiagnosis:\nRight breast, core: Ardmore IDC, grade 1 (sic).", "-", "M"),
]


@pytest.mark.parametrize(("text", "left", "right"), B51_CLASSES)
def test_b51_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


def test_a_vietnamese_cannot_be_excluded_hedges_the_entity_after_it() -> None:
    # "không thể loại trừ (được) X" (X cannot be excluded) asserts only what comes before it
    text = ("Kết luận [Conclusion]: Vú trái [left breast], sinh thiết lõi: papilloma with atypical ductal hyperplasia; "
            "không thể loại trừ ung thư biểu mô ống tại chỗ (ductal carcinoma in situ).\n")
    assert codes(text) == {"L": "B", "R": "-"}
    # near miss: without the hedge the carcinoma labels
    assert codes(text.replace("không thể loại trừ ", "kèm ")) == {"L": "BM", "R": "-"}


B54_CLASSES = [
    # "Histological diagnosis:" heads the diagnosis, like "Histopathological diagnosis:", also after a numbered
    # gross description
    ("Gross description:\n1. Left lumpectomy 60 x 40 x 30 mm.\n2. Right nodule 9 mm, rubbery.\n\n"
     "Histological diagnosis:\n1. Left breast: invasive lobular carcinoma, 18 mm.\n2. Right breast: fibroadenoma.",
     "M", "B"),
    # near miss: "Histological type:" is a field, no heading that ends the gross description
    ("Gross description:\n1. Left lumpectomy 60 x 40 x 30 mm.\nHistological type: to follow.\n"
     "1. Left breast: invasive lobular carcinoma, 18 mm.", "-", "-"),
    # a Bulgarian side erratum ('където е написано „...", трябва да се чете „..."': where it is written ..., it must
    # read ...) moves the diagnosis to the side it names, like its English form
    ("ПОПРАВКА [Correction]: където е написано „дясна гърда [right breast]\", трябва да се чете „ЛЯВА ГЪРДА "
     "[LEFT BREAST]\".\n\nДиагноза [Diagnosis]:\nRight breast, core biopsy: ductal carcinoma in situ, low grade.",
     "M", "-"),
    # near miss: an erratum of the procedure leaves the side
    ("ПОПРАВКА [Correction]: където е написано „ексцизия [excision]\", трябва да се чете „трепанобиопсия [core "
     "biopsy]\".\n\nДиагноза [Diagnosis]:\nRight breast, core biopsy: ductal carcinoma in situ, low grade.",
     "-", "M"),
]


@pytest.mark.parametrize(("text", "left", "right"), B54_CLASSES)
def test_b54_reading_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


REGRESSION_CLASSES = [
    # an organ's noun right before a cancer word names that organ's cancer, even after a sentence naming both breasts
    ("Dear Dr Okonkwo,\n\nThank you for referring Mrs A. after her bilateral risk-reducing mastectomies. She carries "
     "a PALB2 variant found after her brother's pancreas cancer and her mother's bladder cancer.\n\nThe pathology "
     "report reads:\n   DIAGNOSIS:\n   A. Left breast, mastectomy: lobular carcinoma in situ, classic type.\n"
     "   B. Right breast, mastectomy: benign breast tissue, no atypia.\n", "B", "-"),
    # near miss: a cancer with no organ's noun before it still labels
    ("Dear Dr Okonkwo,\n\nThank you for referring Mrs A. after her bilateral risk-reducing mastectomies. She carries "
     "a PALB2 variant found after her own invasive ductal carcinoma.\n\nThe pathology report reads:\n   DIAGNOSIS:\n"
     "   A. Left breast, mastectomy: lobular carcinoma in situ, classic type.\n"
     "   B. Right breast, mastectomy: benign breast tissue, no atypia.\n", "BM", "-"),
    # a registry review's "PASTED DIAGNOSIS (this report):" heads the current report's diagnosis, ending the history
    ("TUMOUR REGISTRY - CASE REVIEW\nREGISTRY HISTORY (abstract on file):\n  Prior primary: left breast 2014, IDC, "
     "lumpectomy\nPASTED DIAGNOSIS (this report):\n  RIGHT BREAST, 2:00, CORE BIOPSY:\n  - FIBROADENOMA.\n"
     "REVIEWER NOTE: benign; not reportable.\n", "-", "B"),
    # near miss: without that heading the lines stay in the history
    ("TUMOUR REGISTRY - CASE REVIEW\nREGISTRY HISTORY (abstract on file):\n  Prior primary: left breast 2014, IDC, "
     "lumpectomy\n  RIGHT BREAST, 2:00, CORE BIOPSY:\n  - FIBROADENOMA.\nREVIEWER NOTE: benign; not reportable.\n",
     "-", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), REGRESSION_CLASSES)
def test_regression_classes(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}



def test_an_institutions_initials_are_read_once_per_name_and_abbreviation() -> None:
    # the same initials after the same name, many times over: each is the institution's name, not a finding
    rows = "".join(f"Review {k} (Harlow IDC, ref 77-{k}): right breast, excision: fibroadenoma.\n" for k in range(5))
    text = "Consult: Harlow Interventional Diagnostic Clinic.\n\n" + rows
    assert codes(text) == {"L": "-", "R": "B"}
    # near miss: the same initials after another name word that the report never spells out are the finding
    near = text + "Left breast, core: Penrith IDC, grade 2.\n"
    assert codes(near) == {"L": "M", "R": "B"}


def test_a_form_title_is_looked_for_only_near_the_term_on_a_one_line_record() -> None:
    # a form's title ends at the term, so the search starts at most FORM_TITLE_CHARS before it (or at its line's start)
    from nlp.resolution import FORM_TITLE_CHARS, _line_start_within

    one_line = "x" * 5000 + " Claim form - invasive carcinoma"
    assert _line_start_within(one_line, len(one_line), FORM_TITLE_CHARS) == len(one_line) - FORM_TITLE_CHARS
    # near miss: a line break nearer than the reach starts the search there, as before
    text = "Report\nClaim form - invasive carcinoma"
    assert _line_start_within(text, len(text), FORM_TITLE_CHARS) == text.index("Claim")


@pytest.mark.parametrize(("text", "left", "right"), [
    # a side in brackets right after a term is that term's side, whatever side an earlier item of the line named
    ("Diagnosis:\nRight breast: invasive ductal carcinoma.\nLeft breast: fibroadenoma.\n"
     "Audit summary: malignant IDC (R) / benign fibroadenoma (L).\n", "B", "M"),
    ("Diagnosis:\nBilateral cores. Invasive ductal carcinoma (right) and fibroadenoma (left).\n", "B", "M"),
    # near miss: a bracket that only begins with a side ("(L breast also sampled ...)") is an aside, not the side
    ("Diagnosis:\nRight breast, core: fibroadenoma (L breast also sampled, see part B).\n", "-", "B"),
])
def test_a_side_in_brackets_after_a_term_is_its_side(text: str, left: str, right: str) -> None:
    assert codes(text) == {"L": left, "R": right}


def test_a_cancer_service_named_with_its_own_word_is_a_name_not_a_diagnosis() -> None:
    # "<Place> Cancer <Word> Centre" is an institution's name, like "<Place> Cancer Centre"
    for head in ("Thornbury Cancer Treatment Centre - Radiotherapy", "Ashdown Cancer Research Institute (Breast Unit)"):
        text = head + "\nDIAGNOSIS: Left breast, core biopsy: fibroadenoma.\n"
        assert codes(text) == {"L": "B", "R": "-"}, head
    # near miss: a cancer stated in the diagnosis still labels, a capitalised word after it or not
    assert codes("DIAGNOSIS: Left breast, excision: Invasive Carcinoma Present.\n") == {"L": "M", "R": "-"}


def test_a_cancer_institutes_letterhead_in_capitals_is_a_name_not_a_diagnosis() -> None:
    # "<PLACE> CANCER & <SUBJECT> INSTITUTE" in a letterhead set in capitals is the institution, as in mixed case
    for head in ("WESTMARK CANCER & HAEMATOLOGY CENTRE", "Ridgeford Cancer and Marrow Institute"):
        text = head + "\nDIAGNOSIS: Right breast, core biopsy: benign breast tissue with fat necrosis.\n"
        assert codes(text) == {"L": "-", "R": "-"}, head
    # near miss: a carcinoma joined by "&" to another entity in capitals, no name word after it, still labels
    assert codes("DIAGNOSIS: Right breast, excision: INVASIVE CARCINOMA & DCIS PRESENT.\n") == {"L": "-", "R": "M"}


def test_a_summary_tables_capitalised_title_naming_its_tumour_type_is_no_diagnosis() -> None:
    diagnosis = "Final diagnosis:\nRight breast, re-excision: no residual carcinoma; healing scar with fat necrosis.\n\n"
    for title in ("MARGIN SUMMARY (DCIS)", "RESIDUAL TUMOUR SUMMARY - DUCTAL CARCINOMA IN SITU"):
        text = diagnosis + title + "\n  Laterality ..... Right\n  Residual DCIS ..... Not identified\n"
        assert codes(text) == {"L": "-", "R": "B"}, title
    # near miss: a sentence that ends on the word stays a sentence
    assert codes(diagnosis + "Residual DCIS is present, as noted in the summary\n") == {"L": "-", "R": "BM"}


def test_a_part_named_in_running_text_takes_no_side_from_the_part_before_it() -> None:
    # part 2 is named after a full stop inside part 1's paragraph and gives no side of its own
    text = ("Diagnosis:\n A. LEFT BREAST, 2 O'CLOCK, CORE: FIBROADENOMA. B. BREAST, SITE NOT GIVEN, CORE:\n"
            " INVASIVE DUCTAL CARCINOMA, GRADE 2.\n")
    assert codes(text) == {"L": "?", "R": "?"}
    # near miss: the second part named in the running text names its side
    sided = text.replace("BREAST, SITE NOT GIVEN", "RIGHT BREAST")
    assert codes(sided) == {"L": "B", "R": "M"}


def test_a_listed_breast_part_without_a_side_takes_none_from_the_sided_parts_beside_it() -> None:
    # the report names one side, but only for part A: part B's breast is unknown, so its carcinoma goes to review
    text = "FINAL DIAGNOSIS:\n1. Left breast, 3 o'clock, core: sclerosing adenosis.\n2. Breast, core: DCIS, grade 3.\n"
    assert codes(text) == {"L": "?", "R": "?"}
    # near misses: a margin part is its lumpectomy's; a side named in the part's own text gives it
    margin = "FINAL DIAGNOSIS:\n1. Left breast, lumpectomy: DCIS, grade 3.\n2. Breast, new medial margin: DCIS present.\n"
    assert codes(margin) == {"L": "M", "R": "-"}
    stated = text.replace("DCIS, grade 3.", "DCIS, grade 3, right lower inner quadrant.")
    assert codes(stated) == {"L": "B", "R": "M"}


def test_a_correction_saying_and_not_the_other_side_moves_a_translated_conclusion() -> None:
    # the correction note says "... RIGHT breast and not the left ..."; the conclusion below it is headed in the
    # report's language with an aside, then its bracketed translation with the same aside
    text = ("ERRATUM [Correction] du 02/03/2026 :\n"
            "[The sample comes from the RIGHT breast and not the left breast as initially written.]\n\n"
            "Conclusion (rapport initial du 27/02/2026) [Conclusion (initial report of 27/02/2026)]:\n"
            "[Left breast core biopsy: invasive ductal carcinoma, grade 2.]\n")
    assert codes(text) == {"L": "-", "R": "M"}
    # near miss: a note that corrects nothing leaves the diagnosis on its side
    kept = text.replace("RIGHT breast and not the left breast as initially written", "slides were reviewed again")
    assert codes(kept) == {"L": "M", "R": "-"}


def test_a_banner_heading_dated_after_its_closing_marks_is_still_a_heading() -> None:
    # the banners carry their date after the closing marks; the superseded version is the diagnosis as first issued
    text = ("PATHOLOGY - AMENDED REPORT\n\n"
            "=== AMENDED DIAGNOSIS ===  (14/07/2026)\nRIGHT BREAST, CORE:\n- SCLEROSING ADENOSIS. NO CARCINOMA.\n\n"
            "=== DIAGNOSIS AS FIRST ISSUED (SUPERSEDED) ===  (09/07/2026)\nRIGHT BREAST, CORE:\n"
            "- INVASIVE DUCTAL CARCINOMA, GRADE 1.\n")
    assert codes(text) == {"L": "-", "R": "B"}
    # near miss: without the banners' revision the carcinoma below is this report's own diagnosis
    plain = text.replace("(SUPERSEDED) ", "").replace("AMENDED DIAGNOSIS", "FROZEN SECTION")
    assert codes(plain)["R"] in ("M", "BM")


_VALUE_COLUMN = " " * 26


def test_a_part_header_in_a_printouts_value_column_is_not_under_the_first_parts_row() -> None:
    # part B's header stands in the value column under the "Final Diagnosis" row that names part A's side
    text = ("Test            Value\n"
            "Clinical History          screening recall, both breasts.\n"
            "Final Diagnosis           A. RIGHT BREAST, CORE BIOPSY:\n"
            f"{_VALUE_COLUMN}- FIBROADENOMA.\n"
            f"{_VALUE_COLUMN}B. LEFT BREAST, CORE BIOPSY:\n"
            f"{_VALUE_COLUMN}- INVASIVE DUCTAL CARCINOMA, GRADE 2.\n")
    assert codes(text) == {"L": "M", "R": "B"}
    # near miss: a line of part A under the row keeps part A's side
    assert codes(text.replace(f"{_VALUE_COLUMN}B. LEFT BREAST, CORE BIOPSY:\n", "")) == {"L": "-", "R": "BM"}


def test_a_printouts_replaced_diagnosis_wrapped_over_lines_or_in_a_prev_row_does_not_count() -> None:
    # the note naming the replaced diagnosis wraps in the value column, the parenthesis over two lines
    wrapped = ("Test            Value\n"
               "Clinical History          calcifications, right breast.\n"
               "Final Diagnosis           RIGHT BREAST, VACUUM CORE:\n"
               f"{_VALUE_COLUMN}- COLUMNAR CELL CHANGE WITH ATYPIA.\n"
               f"{_VALUE_COLUMN}AMENDED 2026-05-02: THIS REPLACES THE ORIGINAL\n"
               f"{_VALUE_COLUMN}DIAGNOSIS (INVASIVE LOBULAR CARCINOMA,\n"
               f"{_VALUE_COLUMN}CLASSIC TYPE). E-CADHERIN REVIEWED.\n")
    assert codes(wrapped) == {"L": "-", "R": "B"}
    # the earlier version printed in its own row, its name qualified "(prev.)"
    prev_row = ("Test            Value\n"
                "Clinical History          calcifications, right breast.\n"
                "Final Diagnosis           RIGHT BREAST, VACUUM CORE:\n"
                f"{_VALUE_COLUMN}- SCLEROSING ADENOSIS.\n"
                "Final Diagnosis (prev.)   RIGHT BREAST, VACUUM CORE:\n"
                f"{_VALUE_COLUMN}- TUBULAR CARCINOMA.\n")
    assert codes(prev_row) == {"L": "-", "R": "B"}
    # near miss: a row qualified otherwise ("(add.)", an addition) still counts
    assert codes(prev_row.replace("(prev.)", "(add.) ")) == {"L": "-", "R": "BM"}


def test_the_listed_separators_and_bilateral_words_read_as_a_scan_of_the_statement_would() -> None:
    """A mention's descriptor is read off the report's separators and bilateral words, listed once (no scan per
    mention): the same as a scan of the statement itself, where it starts inside a shared blank (" - - "), ends inside
    a run of dots, blanks or a ":" before a digit, or cuts a word ("bilaterally", a word before "bilat")."""
    import itertools
    from types import SimpleNamespace

    from nlp.resolution import _BOTH_BEFORE, _SEPARATOR, _bilateral_descriptor, _last_bilateral_word_end, _last_separator
    from nlp.structure import bilateral

    texts = ["a - - - - b -- c", "x....: 1 y:2 z: - —  – ...", "Left breast core - fibroadenoma - right - ",
             "R bilaterally; both  sides, right & left, b/l. abilat xbilat", "a:1 - \t-\n- --- .",
             "Bilateral b/lb/l bilatx BILATERALLY bilateralx b/l-bilat"]
    for text in texts:
        for lo, hi in itertools.combinations(range(len(text) + 1), 2):
            found = list(_SEPARATOR.finditer(text[lo:hi]))
            assert _last_separator(text, lo, hi) == (lo + found[-1].start() if found else -1), (text, lo, hi)
            report = SimpleNamespace(norm=text)
            assert _bilateral_descriptor(report, text[lo:hi], lo) == bilateral(text[lo:hi]), (text, lo, hi)
            both = list(_BOTH_BEFORE.finditer(text, lo, hi))
            assert _last_bilateral_word_end(text, lo, hi) == (both[-1].end() if both else -1), (text, lo, hi)


_SITE_WORD_STRINGS = [
    "Payudara kanan, ekor ketiak: x. ekor ketiak KETIAK kiri: y", "left axillary tail: a axillary  tail - b axillary: c",
    "lymph  nodes: x lymphnode - sentinel node; 10:00 o'clock, 2:00:x o’ clock", "xbreast breastx _breast: br-east",
    "kainalossa: x imusolmukkeet; rinta: DIAGNOSIS COLON, LEFT BREAST, core: x", "Diagnosis colon: adenocarcinoma",
    "Skin of right breast, punch: x. skin, forearm: y", "Ganglion sentinelle et mastectomie gauche: x; ganglions: y",
    "Utérus et mastectomie droite: x. hystérectomie: y", "core biopsy of scar nodule: recurrent DCIS core biopsy of",
    "arm: x - thyroid, lobectomy: y (left breast) - lymph nodes\n: z", "ab ekor\tketiak: 3:00 axilla",
]


def test_the_listed_site_words_read_as_a_search_of_the_descriptor_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """A descriptor's site is read off the report's site words, listed once (site_in): the same as site_of on the
    descriptor's own text wherever it starts (inside a word, after "ekor ") and ends (inside "axillary tail", a
    clock's "10:00", a word), on synthetic strings and on slices of development reports (short descriptors too, which
    site_in reads as copies otherwise)."""
    import itertools
    import random

    from nlp.evaluation import style_batches
    from nlp.structure import _SITE_WORD, _first_site_word, site_in, site_of

    monkeypatch.setattr("nlp.structure.SITE_IN_COPY_CHARS", 0)

    for text in _SITE_WORD_STRINGS:
        for lo, hi in itertools.combinations(range(len(text) + 1), 2):
            assert site_in(text, lo, hi) == site_of(text[lo:hi]), (text, lo, hi)
            m, first = _SITE_WORD.search(text, lo, hi), _first_site_word(text, lo, hi)
            assert (m and (m.span(), m.lastgroup)) == (first and (first.span(), first.lastgroup)), (text, lo, hi)
    rng = random.Random(133)
    texts = [r.text for reports in style_batches("pathology", batches=["b1", "b2"]).values() for r in reports]
    for text in rng.sample(texts, min(60, len(texts))):
        for _ in range(40):
            lo = rng.randrange(len(text) + 1)
            hi = rng.randrange(lo, min(len(text), lo + rng.choice((20, 200, 2000))) + 1)
            assert site_in(text, lo, hi) == site_of(text[lo:hi]), (text, lo, hi)


def test_the_glue_after_a_mention_is_skipped_as_the_verdict_match_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """_POST_NEG and _NODE_AFTER matched from the end of the run of glue after a mention (once a report, not walked
    per mention): the same as the match of the slice itself, wherever the slice starts and ends (a run of one
    character taken as long here, as only a long one is otherwise)."""
    import itertools
    import re

    monkeypatch.setattr("nlp.context._POST_NEG_LONG_GLUE", re.compile(r"[\s,:/#|│\]]"))
    monkeypatch.setattr("nlp.resolution._NODE_AFTER_LONG_RUN", re.compile(r"[\s,#()]"))

    from nlp.context import _POST_NEG, ContextScanner
    from nlp.resolution import _NODE_AFTER, _node_after

    texts = ["## # , : ( 3/5) not identified", "#  (leaf-like fronds) is not present. x", "a#,no. 1 # no",
             "## -> ## → # ]\tnot seen # | │ absent", "x (  2 / 5 ) # ( (3/4) #(\n 3/4) , in two lymph nodes",
             "#: metastatic to #, ( \t( 1/2)", "abc # / # nicht nachweisbar #  \n  negative for"]
    for text in texts:
        scanner = ContextScanner(text)
        for end, hi in itertools.combinations(range(len(text) + 1), 2):
            m = _POST_NEG.match(text[end:hi])
            assert scanner._post_neg_end(end, hi, text[end:hi]) == (m and m.end()), (text, end, hi)
            assert _node_after(text, end, hi) == (_NODE_AFTER.match(text, end, hi) is not None), (text, end, hi)


def test_evidence_is_the_sentence_or_a_bounded_window_around_the_mention() -> None:
    """A finding's evidence is its sentence; in a long text without sentence ends, the part of it around the mention
    (at most 300 characters each side, cut at a blank, "…" where cut), not the whole text per finding."""
    from nlp.resolution import EVIDENCE_CUT, EVIDENCE_WHOLE_CHARS, EVIDENCE_WINDOW_CHARS

    short = "Left breast, core biopsy: invasive ductal carcinoma, grade 2, with DCIS. Right breast: fibroadenoma."
    by_text = {f.text: f for f in extract_findings(short)}
    assert by_text["invasive ductal carcinoma"].evidence == short[: short.index(" Right")]
    long_text = "Left breast core biopsy: recurrent DCIS " * 1000
    findings = extract_findings(long_text)
    assert len(findings) > 100
    for f in findings:
        assert len(f.evidence) <= f.end - f.start + 2 * EVIDENCE_WINDOW_CHARS + 2 * len(EVIDENCE_CUT)
        assert long_text[f.start : f.end] in f.evidence
        assert f.evidence.strip(EVIDENCE_CUT) in long_text
    middle = findings[len(findings) // 2].evidence
    assert middle.startswith(EVIDENCE_CUT) and middle.endswith(EVIDENCE_CUT)
    assert len(long_text) > EVIDENCE_WHOLE_CHARS


def test_a_cut_evidence_window_drops_the_identifiers_at_its_edges() -> None:
    """The evidence is scrubbed after it is cut (flows.steps): a cut end never keeps a name, a number or a date whose
    label or other part it left outside the window, where the scrubber could no longer see it. Every word the scrubber
    takes out of the whole text stays out of the scrubbed evidence, wherever the window's ends fall."""
    from core.scrub import Scrubber
    from nlp.resolution import EVIDENCE_CUT, EVIDENCE_WINDOW_CHARS

    scrub = Scrubber({"4567890": "MRN"})
    filler = "the core shows benign breast tissue and " * 40
    mention = "invasive ductal carcinoma"
    cuts = 0
    for head, tail in (("Patient: ROBINSON, CAROL DOB: 6 January 1959 MRN 4567890 ",
                        " seen on 0207 946 0958 DOB: 06/01/1959 Patient: ROBINSON, CAROL "),
                       ("ref PT4567890 Name: Anna Maria Kowalska ", " Name: Anna Maria Kowalska DOB 12 March 1961 "),
                       ("Patient: ÉLODIE ÇAĞLAR née Öztürk ", " Patient: ÉLODIE ÇAĞLAR DOB: 3 Mai 1958 "),
                       ("Patient: Élodie Çağlar Öztürk ", " seen with Patient: Élodie Çağlar Öztürk ")):
        for k in range(0, len(head), 2):
            gap = EVIDENCE_WINDOW_CHARS - k  # the window's start falls about k characters into the head
            text = (filler + head + "a " * (gap // 2) + mention + " " + "a " * ((EVIDENCE_WINDOW_CHARS - k) // 2) + tail
                    + filler)
            removed = set(text.split()) - set(scrub(text).split())
            assert {"ROBINSON,", "CAROL"} <= removed or {"Anna", "Kowalska"} <= removed or {"ÉLODIE", "ÇAĞLAR"} <= removed \
                or {"Élodie", "Çağlar"} <= removed
            evidence = next(f.evidence for f in extract_findings(text) if f.text == mention)
            assert mention in evidence and evidence.startswith(EVIDENCE_CUT) and evidence.endswith(EVIDENCE_CUT)
            assert not set(scrub(evidence).split()) & removed, (k, evidence)
            cuts += 1
    assert cuts > 40
