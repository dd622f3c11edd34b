"""Pathology rules developed on released batch b103, one class per test (new wording, with near misses)."""

from __future__ import annotations

from nlp.pathology import breast_states
from tests.nlp.test_pathology import labels


def test_cdi_before_a_query_word_is_the_documentation_programme() -> None:
    # "CDI QUERY", "CDI PHYSICIAN QUERY", "Clinical Documentation Integrity (CDI)": the coders' programme, no carcinoma
    query = ("CDI QUERY - PRINCIPAL DIAGNOSIS\n"
             "Working code: D24.2 Benign neoplasm of left breast\n"
             "Pathology (final): \"Left breast, excision: fibroadenoma, 18 mm.\"\n"
             "Provider response: agree.\n")
    assert labels(query) == {"L": "B", "R": "-"}
    assert labels("Clinical Documentation Integrity (CDI) review\n"
                  "Pathology pasted: Right breast, core: radial scar.\n") == {"L": "-", "R": "B"}
    # near miss: the Spanish abbreviation in a diagnosis (grade after it, on either side) is a carcinoma
    assert labels("Mama izquierda, biopsia con aguja gruesa: CDI, grado 2.\n") == {"L": "M", "R": "-"}
    assert labels("Mama derecha, tumorectomía: CDI grado histológico 3, 14 mm.\n") == {"L": "-", "R": "M"}
    # near miss: the Spanish abbreviation in a history section, or hedged, still labels nothing
    assert labels("Antecedentes: CDI mama derecha 2019.\n"
                  "Diagnóstico: Mama izquierda, biopsia: fibroadenoma.\n") == {"L": "B", "R": "-"}
    assert labels("Mama izquierda: sospechoso de CDI.\n") == {"L": "-", "R": "-"}
    # near miss: the query's history stays history; its pasted carcinoma labels; a lung metastasis labels no breast
    assert labels("CDI PHYSICIAN QUERY\nClinical indicators:\n  History: right breast IDC 2018, treated.\n"
                  "  Pathology (final): \"LEFT BREAST, CORE: PAPILLOMA. NO ATYPIA.\"\n") == {"L": "B", "R": "-"}
    assert labels("CDI PROVIDER QUERY\n"
                  "Pathology (final): \"Left breast, core: invasive ductal carcinoma, grade 2.\"\n") == {"L": "M", "R": "-"}
    assert labels("CDI PHYSICIAN QUERY\n"
                  "Pathology (final): \"Right lung, wedge: metastatic carcinoma of breast origin.\"\n") == {
        "L": "-", "R": "-"}


_QUERY = ("PHYSICIAN DOCUMENTATION QUERY\n"
          "Pathology (final): \"Left breast, excision: sclerosing adenosis. No malignancy.\"\n")


def test_a_documentation_query_request_names_what_it_asks_about() -> None:
    # the coder's "Please clarify / document ..." in a query titled so is a question to the physician
    assert labels(_QUERY + "Please clarify the side of the malignancy named in the operative note.\n") == {
        "L": "B", "R": "-"}
    # near miss: the physician's answer below the request labels (the other side here)
    assert labels(_QUERY + "Please document the side of the carcinoma named in the operative note.\n"
                  "Provider response: right breast invasive ductal carcinoma, resected at the same operation.\n") == {
        "L": "B", "R": "M"}
    # near miss: a history line in the query stays history
    assert labels(_QUERY + "Clinical history: right breast DCIS 2020.\n"
                  "Please clarify whether the principal diagnosis is benign.\n") == {"L": "B", "R": "-"}
    # near miss: the pasted pathology's own carcinoma labels; its lung metastasis labels no breast
    assert labels("PHYSICIAN DOCUMENTATION QUERY\n"
                  "Pathology (final): \"Left breast, excision: invasive lobular carcinoma. Right lung, wedge: metastatic "
                  "carcinoma.\"\nPlease clarify the laterality.\n") == {"L": "M", "R": "-"}
    # near miss: a hedge in the pasted pathology stays a hedge
    assert labels("PHYSICIAN QUERY\n"
                  "Pathology (final): \"Right breast, core: atypical ductal hyperplasia, suspicious for DCIS.\"\n"
                  "Please clarify the principal diagnosis.\n") == {"L": "-", "R": "B"}
    # near miss: a pathology report's request of its own leaves its diagnosis labelling
    assert labels("Diagnosis: Left breast, core: invasive ductal carcinoma, grade 2.\n"
                  "Comment: please clarify the specimen side; the requisition says right.\n") == {"L": "M", "R": "-"}


_TRANSFER = ("INTER-HOSPITAL TRANSFER\n"
             "1. REASON FOR TRANSFER: surgery completed; for radiotherapy planning.\n")


def test_a_transfer_summary_presenting_complaint_is_history() -> None:
    # "N. PRESENTING COMPLAINT / HISTORY:" and "N. REASON FOR TRANSFER:" head a numbered form's history
    summary = (_TRANSFER + "2. PRESENTING COMPLAINT / HISTORY: 64F. Core biopsy (11/2025): L IDC.\n"
               "3. DOCUMENTS ENCLOSED:\n   Histology (final): \"Right breast, excision: fibroadenoma, 15 mm.\"\n")
    assert labels(summary) == {"L": "-", "R": "B"}
    assert labels("Presenting complaint: left breast lump, ? cancer.\n"
                  "Diagnosis: Left breast, core: fibroadenoma.\n") == {"L": "B", "R": "-"}
    # near miss: the enclosed histology labels both sides
    assert labels(_TRANSFER + "2. PRESENTING COMPLAINT / HISTORY: 64F, lump.\n3. DOCUMENTS ENCLOSED:\n"
                  "   Histology (final): \"Left breast, WLE: invasive ductal carcinoma, 21 mm. Right breast, core: "
                  "fibroadenoma.\"\n") == {"L": "M", "R": "B"}
    # near miss: the words inside a sentence head nothing
    assert labels("The presenting complaint was a lump in the right breast.\n"
                  "Diagnosis: Right breast, core: invasive ductal carcinoma, grade 2.\n") == {"L": "-", "R": "M"}
    # near miss: numbered parts in capitals are parts, not form sections
    assert labels("1. LEFT BREAST, CORE: DUCTAL CARCINOMA IN SITU, HIGH GRADE.\n"
                  "2. RIGHT BREAST, CORE: FIBROADENOMA.\n") == {"L": "M", "R": "B"}
    # near miss: another organ's histology under the form labels no breast; a hedge stays a hedge
    assert labels("2. PRESENTING COMPLAINT / HISTORY: 64F, lump.\n"
                  "3. HISTOLOGY: Right lung, wedge: metastatic carcinoma.\n") == {"L": "-", "R": "-"}
    assert labels("Presenting complaint: lump.\n"
                  "Diagnosis: Left breast, core: atypical ductal hyperplasia, suspicious for DCIS.\n") == {
        "L": "B", "R": "-"}


def test_an_unpunctuated_dictation_numbers_its_parts_in_words() -> None:
    # "... part two right breast ...": each part said mid-line takes its own side
    assert labels("doctor reyes dictating part one left breast core biopsy final diagnosis fibroadenoma part two right "
                  "breast wide local excision invasive ductal carcinoma grade one size twelve millimetres end of "
                  "dictation") == {"L": "B", "R": "M"}
    assert labels("part one right breast core biopsy final diagnosis radial scar part two left breast excision "
                  "fibroadenoma end of dictation") == {"L": "B", "R": "B"}
    # near miss: a history said before the parts stays history
    assert labels("doctor reyes dictating clinical history right breast cancer twenty nineteen part one left breast "
                  "core biopsy final diagnosis fibroadenoma end of dictation") == {"L": "B", "R": "-"}
    # near miss: "part two" followed by no specimen is no part; "grade two" is a grade
    assert labels("doctor reyes dictating final diagnosis left breast lumpectomy invasive ductal carcinoma grade two "
                  "size twenty two millimetres part two of the report to follow end of dictation") == {
        "L": "M", "R": "-"}
    # near miss: a hedge in a part stays a hedge; another organ's part labels no breast
    assert labels("doctor reyes dictating part one left breast core final diagnosis atypical ductal hyperplasia "
                  "suspicious for D C I S part two right breast core fibroadenoma end of dictation") == {
        "L": "B", "R": "B"}
    assert labels("doctor reyes dictating part one right lung wedge metastatic carcinoma part two left breast core "
                  "fibroadenoma end of dictation") == {"L": "B", "R": "-"}
    # near miss: a typed report's parts in words read as before
    assert labels("Part one, right breast core: fibroadenoma. Part two, left breast excision: invasive ductal "
                  "carcinoma.\n") == {"L": "M", "R": "B"}


_PARTS = "FINAL DIAGNOSIS:\nA. LEFT BREAST, CORE: FIBROADENOMA.\nB. RIGHT BREAST, CORE: ATYPICAL APOCRINE LESION.\n"


def _review(report: str) -> dict[str, bool]:
    return {side: state["needs_review"] for side, state in breast_states(report).items()}


def test_an_open_addendum_on_a_part_without_a_listed_entity_reviews_that_part_s_side() -> None:
    # "the diagnosis of part B may change": part B's breast, even where part B's diagnosis labels nothing
    report = _PARTS + "ADDENDUM:\nPart B has been sent for a second opinion; the diagnosis of part B may change.\n"
    assert _review(report) == {"L": False, "R": True}
    assert labels(report) == {"L": "B", "R": "-"}
    # near miss: an addendum on part A reviews part A's side
    assert _review(_PARTS + "ADDENDUM:\nPart A has been sent for a second opinion; the diagnosis of part A may "
                   "change.\n") == {"L": True, "R": False}
    # near miss: an addendum naming no part reviews the labelled side, as before
    assert _review(_PARTS + "ADDENDUM:\nFurther levels are being cut; the diagnosis may change.\n") == {
        "L": True, "R": False}
    # near miss: a named part whose diagnosis labels is reviewed by its finding (the other side stays settled)
    assert _review("FINAL DIAGNOSIS:\nA. LEFT BREAST, CORE: FIBROADENOMA.\nB. RIGHT BREAST, CORE: RADIAL SCAR.\n"
                   "ADDENDUM:\nPart B has been sent for a second opinion; the diagnosis of part B may change.\n") == {
        "L": False, "R": True}
    # near miss: a named part of another organ puts no breast of its side in review
    lung = ("CLINICAL HISTORY: right breast lesion, ? papilloma.\nFINAL DIAGNOSIS:\nA. LEFT BREAST, CORE: FIBROADENOMA.\n"
            "B. RIGHT LUNG, WEDGE: ATYPICAL ADENOMATOUS HYPERPLASIA.\n"
            "ADDENDUM:\nPart B has been sent for a second opinion; the diagnosis of part B may change.\n")
    assert not _review(lung)["R"]
    # near miss: a hedged part stays unlabelled while its side goes to review
    hedged = ("FINAL DIAGNOSIS:\nA. LEFT BREAST, CORE: FIBROADENOMA.\n"
              "B. RIGHT BREAST, CORE: ATYPICAL APOCRINE LESION, SUSPICIOUS FOR DCIS.\n"
              "ADDENDUM:\nPart B has been sent for a second opinion; the diagnosis of part B may change.\n")
    assert labels(hedged) == {"L": "B", "R": "-"} and _review(hedged) == {"L": False, "R": True}
