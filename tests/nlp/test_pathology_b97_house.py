"""Pathology rules developed on released batches b97 and b98, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from nlp.pathology import breast_states
from tests.nlp.test_pathology import labels

_REQUISITION = ("REGIONAL GENETICS LABORATORY - HEREDITARY CANCER GERMLINE PANEL REQUISITION\n"
                "SECTION C - TEST REQUESTED: [X] R208 Inherited breast and ovarian cancer panel\n"
                "SECTION E - SUPPORTING HISTOLOGY (pasted from pathology report H25-0001):\n"
                "  Right breast, core: {diagnosis}\n")


def test_a_cancer_named_as_what_runs_in_a_family() -> None:
    # "hereditary / inherited / familial" straight before the cancer: the predisposition a test or service is about
    assert labels(_REQUISITION.format(diagnosis="fibroadenoma.")) == {"L": "-", "R": "B"}
    assert labels("Referred by the Familial Breast Cancer Clinic.\nDIAGNOSIS: Left breast, core: radial scar.\n") == {
        "L": "B", "R": "-"}
    assert labels("Request: hereditary breast and ovarian cancer panel.\nRight breast core: cyst.\n") == {
        "L": "-", "R": "B"}
    # near miss: the pasted histology's own carcinoma is diagnosed
    assert labels(_REQUISITION.format(diagnosis="invasive ductal carcinoma, grade 2.")) == {"L": "-", "R": "M"}
    # near miss: the word elsewhere in the sentence, not before the cancer's name, leaves the diagnosis standing
    assert labels("Right breast, core: invasive carcinoma NST in a patient with a hereditary BRCA2 variant.\n") == {
        "L": "-", "R": "M"}
    assert labels("Left breast WLE: familial setting; DCIS, high grade, 15 mm.\n") == {"L": "M", "R": "-"}


_PRESCRIPTION = ("ELMFORD GENERAL HOSPITAL - OUTPATIENT PHARMACY\n"
                 "CLINICAL CHECK & DISPENSING RECORD (ORAL ANTICANCER / ENDOCRINE)\n"
                 "Rx no: OP-26-000001     Date: 31/03/2026\n"
                 "Patient: SAMPLE, Anna      MRN A0000001     DOB 01/01/1966\n"
                 "Prescriber: Dr A. Smith (Clinical Oncology)\n"
                 "Item: Anastrozole 1 mg, 1 daily, 84 tabs\n"
                 "Indication (prescriber): adjuvant, low-risk DCIS\n"
                 "Histology (transcribed from LIS, report H26-0001; CORRECTED REPORT):\n"
                 "  \"Correction: the specimen is from the RIGHT breast, not the left as originally reported.\n"
                 "   Final diagnosis (as originally issued): Left breast, WLE: ductal carcinoma in situ, 19 mm. "
                 "Margins clear.\"\n"
                 "{after}"
                 "Pharmacist note: laterality on the prescription amended to RIGHT.\n")


def test_a_quoted_corrected_report_under_a_histology_heading_moves_its_quotation_only() -> None:
    # the diagnosis heading over the quotation holds the note alone: the reprint moves to the side the note names,
    # and a further quoted report after the closing quotation mark keeps its own side
    separate = "  \"Separate specimen, Left breast 6 o'clock core (H26-0002): fibroadenoma.\"\n"
    assert labels(_PRESCRIPTION.format(after=separate)) == {"L": "B", "R": "M"}
    assert labels(_PRESCRIPTION.format(after="")) == {"L": "-", "R": "M"}
    # near miss: a note that corrects no side leaves the reprint on its printed side
    assert labels(_PRESCRIPTION.format(after=separate).replace(
        "the specimen is from the RIGHT breast, not the left as originally reported.", "the grade was mistyped.")) == {
        "L": "BM", "R": "-"}
    # near miss: a histology heading with a diagnosis of its own before the reprint: that diagnosis is the record
    own = _PRESCRIPTION.format(after="").replace(
        "CORRECTED REPORT):\n", "CORRECTED REPORT):\n  Right breast, WLE: fibroadenoma.\n")
    assert labels(own) == {"L": "-", "R": "B"}


def test_a_specimen_header_naming_the_request_form_a_detail_is_missing_from() -> None:
    # "laterality not recorded on the request form:" closes the header; the diagnosis after it is read (no side:
    # both breasts to review)
    report = ("Diagnosis:\nA) Right breast, tru-cut biopsy: Fibroadenoma.\n"
              "B) Breast mass, laterality not recorded on the request form: Invasive duct carcinoma, NST, grade II.\n")
    states = breast_states(report)
    assert states["L"]["needs_review"] and states["R"]["needs_review"]
    assert states["L"]["review_reasons"] == ["no_side"]
    # near miss: a template's own field names the protocol, no diagnosis
    assert labels("Template: CAP DCIS v4.4\nDiagnosis: Right breast, core: fibroadenoma.\n") == {"L": "-", "R": "B"}
    assert labels("Synoptic form: DCIS of the breast\nRight breast, excision: radial scar.\n") == {"L": "-", "R": "B"}


def test_borderline_before_a_phyllodes_tumours_name_is_its_grade() -> None:
    # the grade word with an aside or the first language's words between it and the tumour's name
    assert labels("Sağ meme [right breast], eksizyon: Sınırda (borderline) filloides tümör [phyllodes tumour, "
                  "borderline], 6.4 cm.\n") == {"L": "-", "R": "M"}
    assert labels("Right breast, excision: borderline (grade 2) phyllodes tumour, 41 mm.\n") == {"L": "-", "R": "M"}
    # near misses: "borderline" as a hedge, for or between, or beside another hedge
    assert labels("Right breast, core: fibroepithelial lesion, borderline for phyllodes tumour.\n") == {
        "L": "-", "R": "-"}
    assert labels("Right breast excision: features borderline between cellular fibroadenoma and phyllodes "
                  "tumour.\n")["R"] != "M"
    assert labels("Right breast, core: fibroepithelial lesion, possibly a borderline phyllodes tumour.\n") == {
        "L": "-", "R": "-"}


def test_a_glossed_withdrawal_naming_the_term_inside_a_longer_name() -> None:
    # the gloss names "papillary DCIS" where the first language's term matched "DCIS" alone: the withdrawal applies
    report = ("PATOLOJİK TANI [Pathological diagnosis]:\nSağ meme [right breast], tru-cut: Papiller DCIS "
              "[papillary ductal carcinoma in situ], düşük derece.\n\nEK RAPOR [Addendum]:\nRevize tanı [Revised "
              "diagnosis]: Sağ meme [right breast]: İntraduktal papillom [intraductal papilloma], atipisiz [without "
              "atypia]. Önceki papiller DCIS tanısı geri çekilmiştir [the previous diagnosis of papillary DCIS is "
              "withdrawn].\n")
    assert labels(report) == {"L": "-", "R": "B"}
    # near miss: a gloss that only names the term confirms it
    assert labels(report.replace("geri çekilmiştir [the previous diagnosis of papillary DCIS is withdrawn]",
                                 "ayrıca mevcuttur [papillary DCIS is also present]")) == {"L": "-", "R": "BM"}


_RECLASSIFIED = ("SURGICAL PATHOLOGY - ADDENDUM\n\nFINAL DIAGNOSIS:\nLEFT BREAST, LUMPECTOMY:\n"
                 "A. INVASIVE MAMMARY CARCINOMA, GRADE 2, 2.1 CM; DUCTAL VERSUS LOBULAR, SEE ADDENDUM.\n"
                 "B. FIBROADENOMA, 0.9 CM, SEPARATE FROM THE CARCINOMA.\nC. MARGINS NEGATIVE.\n\n"
                 "ADDENDUM:\nE-cadherin immunostain shows complete loss of membranous staining. Final classification: "
                 "INVASIVE LOBULAR CARCINOMA, classic type.{rest}\n")


def test_a_revision_that_keeps_the_rest_of_the_diagnosis() -> None:
    # "The remainder of the diagnosis is unchanged": the reclassified carcinoma replaces the carcinoma only
    assert labels(_RECLASSIFIED.format(rest=" The remainder of the diagnosis is unchanged.")) == {"L": "BM", "R": "-"}
    assert labels(_RECLASSIFIED.format(rest=" The report is otherwise unchanged.")) == {"L": "BM", "R": "-"}
    # near miss: a revision that says nothing of the rest replaces that side's diagnosis as before
    assert labels(_RECLASSIFIED.format(rest="")) == {"L": "M", "R": "-"}


# Near misses from the review of these rules: each rule confined to its class.

def test_a_hereditary_word_before_a_diagnosed_cancer_leaves_the_diagnosis() -> None:
    # only "cancer" as the noun, a test's, service's or risk's word after it, is the predisposition
    assert labels("Right breast, WLE: hereditary DCIS (BRCA2 carrier), intermediate grade, 12 mm.\n") == {
        "L": "-", "R": "M"}
    assert labels("Final diagnosis: Right breast mastectomy - familial DCIS, high grade, 25 mm, in a BRCA2 "
                  "carrier.\n") == {"L": "-", "R": "M"}
    assert labels("FINAL DIAGNOSIS:\nLeft breast, risk-reducing mastectomy (BRCA1): Occult familial carcinoma, "
                  "invasive NST, 3 mm.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast, core: Hereditary breast cancer.\n") == {"L": "M", "R": "-"}


def test_a_diagnosis_copied_from_the_request_form_stays_the_forms() -> None:
    # a clinical or provisional diagnosis "on the (request) form:" is no pathology diagnosis
    assert labels("Diagnosis on request form: Left breast carcinoma\nMicroscopy: fibroadenoma.\n"
                  "Diagnosis: Left breast, core: fibroadenoma.\n") == {"L": "B", "R": "-"}
    assert labels("Provisional diagnosis on the request form: phyllodes tumour\nDIAGNOSIS: Left breast, excision: "
                  "fibroadenoma, 32 mm.\n") == {"L": "B", "R": "-"}
    assert labels("Provisional diagnosis per request form: phyllodes tumour\nDIAGNOSIS: Left breast, excision: "
                  "fibroadenoma, 32 mm.\n") == {"L": "B", "R": "-"}
    assert labels("Clinical diagnosis given on the form: fibroadenoma\nDiagnosis: Right breast, excision: benign "
                  "phyllodes tumour, 41 mm.\n") == {"L": "-", "R": "M"}
    assert labels("Clinical impression stated on the form: left breast fibroadenoma\nDIAGNOSIS:\nLeft breast, core: "
                  "invasive ductal carcinoma, grade 2.\n") == {"L": "M", "R": "-"}
    assert labels("Clinical diagnosis written on the form: fibroadenoma right breast\nDiagnosis:\nRight breast, core: "
                  "ductal carcinoma in situ, high grade.\n") == {"L": "-", "R": "M"}
    assert labels("As written on the request form: Carcinoma\nRight breast, core biopsy: fibroadenoma.\n") == {
        "L": "-", "R": "B"}


def test_borderline_towards_a_phyllodes_tumour_stays_a_hedge() -> None:
    for report in ("Right breast, core: fibroepithelial lesion with features borderline towards phyllodes tumour; "
                   "excision advised.\n",
                   "Left breast, core biopsy: fibroepithelial lesion, appearances borderline towards phyllodes "
                   "tumour, B3.\n",
                   "Right breast, core: Fibroepithelial lesion. Features borderline toward benign phyllodes tumour.\n",
                   "Left breast, core: fibroepithelial lesion with borderline stromal phyllodes features.\n",
                   "Right breast, core: stromal features are borderline (see comment) phyllodes tumour is a "
                   "consideration.\n"):
        assert "M" not in "".join(labels(report).values()), report


def test_a_gloss_excluding_a_longer_name_leaves_the_earlier_term() -> None:
    # the gloss concerns the term it translates (the last before the bracket), not another one before it
    assert labels("Sağ meme [right breast], tru-cut: DCIS, düşük derece, papiller DCIS ekarte edilmiştir [papillary "
                  "DCIS excluded].\n") == {"L": "-", "R": "M"}
    assert labels("Sağ meme [right breast], eksizyon: DCIS, kribriform tip, papiller DCIS izlenmedi [no papillary "
                  "DCIS seen], 12 mm.\n") == {"L": "-", "R": "M"}


def test_a_reclassification_across_kinds_replaces_the_lesion_though_the_rest_is_unchanged() -> None:
    # the one lesion reclassified from malignant to benign or back: the earlier finding goes
    assert labels("FINAL DIAGNOSIS:\nRIGHT BREAST, CORE: DUCTAL CARCINOMA IN SITU, INTERMEDIATE GRADE.\n\nADDENDUM:\n"
                  "On review by a second pathologist the lesion is reclassified as ATYPICAL DUCTAL HYPERPLASIA. The "
                  "remainder of the diagnosis is unchanged.\n") == {"L": "-", "R": "B"}
    assert labels("FINAL DIAGNOSIS:\nRIGHT BREAST, CORE: DUCTAL CARCINOMA IN SITU, LOW GRADE.\n\nADDENDUM:\n"
                  "Following review at the regional panel the lesion is reclassified as ATYPICAL DUCTAL HYPERPLASIA. "
                  "The report is otherwise unchanged.\n") == {"L": "-", "R": "B"}
    assert labels("FINAL DIAGNOSIS:\nRIGHT BREAST, CORE: INVASIVE CARCINOMA NST, GRADE 1.\n\nADDENDUM:\nOn review "
                  "with myoepithelial markers, final diagnosis: RADIAL SCAR. The remainder of the diagnosis is "
                  "unchanged.\n") == {"L": "-", "R": "B"}
    assert labels("FINAL DIAGNOSIS:\nLEFT BREAST, EXCISION:\nA. FIBROADENOMA, 2.5 CM.\n\nADDENDUM:\nOn review of "
                  "further levels, the lesion is reclassified as BENIGN PHYLLODES TUMOUR. The remainder of the "
                  "diagnosis is unchanged.\n") == {"L": "M", "R": "-"}
    assert labels("FINAL DIAGNOSIS:\nLEFT BREAST, CORE: FIBROADENOMA.\n\nAMENDED REPORT:\nOn review the lesion is a "
                  "BENIGN PHYLLODES TUMOUR. The rest of the report is unchanged.\n") == {"L": "M", "R": "-"}
    assert labels("FINAL DIAGNOSIS:\nLEFT BREAST, CORE: FIBROEPITHELIAL LESION, FAVOUR FIBROADENOMA.\n\nADDENDUM:\n"
                  "The excision specimen shows a BORDERLINE PHYLLODES TUMOUR; the core is reclassified accordingly. "
                  "The remainder of the diagnosis is unchanged.\n") == {"L": "M", "R": "-"}
