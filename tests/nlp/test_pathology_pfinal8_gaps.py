"""Pathology gaps the final measurement review pfinal8 found (tests/nlp/test_pathology_review_pfinal8.py), one class per
test (the review's wording, variants, and near misses that keep the old reading)."""

from __future__ import annotations

from tests.nlp.labels import pathology_codes as labels


def test_an_addendum_naming_the_breast_left_open_without_a_finding_revises_that_breast_only() -> None:
    # the first issue's other breast has no finding yet, only a lesion whose study is to come; an "ADDENDUM:" naming
    # that breast alone and ending "Final diagnosis: ..." settles it and leaves the carcinoma of the other breast
    su02 = ("DIAGNOSIS:\nLEFT BREAST, CORE: INVASIVE DUCTAL CARCINOMA, GRADE 2.\nRIGHT BREAST, CORE: ATYPICAL "
            "INTRADUCTAL PROLIFERATION; LEVELS AND IMMUNOSTAINS TO FOLLOW.\n\nADDENDUM:\nLevels and CK5/6 and ER "
            "immunostains on the right breast core show usual ductal hyperplasia only. No atypia.\n"
            "Final diagnosis: usual ductal hyperplasia.\n")
    assert labels(su02) == {"L": "M", "R": "B"}
    assert labels("DIAGNOSIS:\nRight breast, core biopsy: invasive ductal carcinoma, grade 2.\nLeft breast, core biopsy: "
                  "papillary lesion; immunohistochemistry to follow.\n\nADDENDUM:\nMyoepithelial markers (p63, SMMHC) "
                  "are present throughout the left breast papillary lesion, and CK5/6 shows a mosaic\npattern. Final "
                  "diagnosis: intraductal papilloma without atypia.\n") == {"L": "B", "R": "M"}
    assert labels("FINAL DIAGNOSIS:\nLEFT BREAST, CORE: DUCTAL CARCINOMA IN SITU, HIGH GRADE.\nRIGHT BREAST, CORE: "
                  "ATYPICAL EPITHELIAL PROLIFERATION; DEEPER LEVELS PENDING.\n\nSUPPLEMENTAL REPORT:\nDeeper levels of "
                  "the right breast core show columnar cell change without atypia.\nFinal diagnosis: columnar cell "
                  "change.\n") == {"L": "M", "R": "B"}
    assert labels("DIAGNOSIS:\nRight breast, core biopsy: invasive lobular carcinoma, grade 2.\nLeft breast, core biopsy: "
                  "atypical spindle cell lesion; immunohistochemistry to follow.\n\nADDENDUM (04/03/2026):\n"
                  "Immunohistochemistry on the left breast core shows a myofibroblastic proliferation in keeping with\n"
                  "scar. Final diagnosis: radial scar.\n") == {"L": "B", "R": "M"}
    # near misses: an addendum naming no breast, naming both, or naming the carcinoma's breast replaces the diagnosis
    # as before, and so does one over a first issue whose other breast's line leaves no study to come
    assert labels(su02.replace("on the right breast core", "on the core")) == {"L": "-", "R": "B"}
    assert labels(su02.replace("Levels and CK5/6 and ER immunostains on the right breast core",
                               "Levels on the right and left breast cores")) == {"L": "B", "R": "-"}
    assert labels("DIAGNOSIS:\nLEFT BREAST, CORE: INVASIVE CARCINOMA, GRADE 2; E-CADHERIN TO FOLLOW.\nRIGHT BREAST, "
                  "CORE: ATYPICAL INTRADUCTAL PROLIFERATION; LEVELS TO FOLLOW.\n\nADDENDUM:\nE-cadherin on the left "
                  "breast core shows loss of membranous staining.\nFinal diagnosis: invasive lobular carcinoma.\n"
                  ) == {"L": "M", "R": "-"}
    assert labels(su02.replace("ATYPICAL INTRADUCTAL PROLIFERATION; LEVELS AND IMMUNOSTAINS TO FOLLOW",
                               "INSUFFICIENT FOR DIAGNOSIS")) == {"L": "-", "R": "B"}
    # the open breast's entry runs over the lines under its side's line: a side header over its bullet, a clause
    # wrapped onto the next line; and "special stains to follow" where the addendum names special stains
    assert labels("FINAL DIAGNOSIS:\nLEFT BREAST, 2:00, CORE BIOPSY:\n - INVASIVE DUCTAL CARCINOMA, GRADE 2.\nRIGHT "
                  "BREAST, 10:00, CORE BIOPSY:\n - ATYPICAL PAPILLARY LESION; IMMUNOHISTOCHEMISTRY TO FOLLOW.\n\n"
                  "ADDENDUM: Immunostains on the right breast core show an intact myoepithelial layer. Final "
                  "diagnosis: intraductal papilloma.\n") == {"L": "M", "R": "B"}
    assert labels(su02.replace("PROLIFERATION; LEVELS", "PROLIFERATION;\nLEVELS")) == {"L": "M", "R": "B"}
    assert labels("Final Diagnosis\nRight breast, core biopsy: invasive carcinoma, no special type, grade 2.\nLeft "
                  "breast, core biopsy: spindle cell lesion; special stains to follow.\n\nSUPPLEMENTAL REPORT (signed "
                  "11/02/2026)\nSpecial stains on the left breast core: CD34 positive stroma. The features are of a "
                  "fibroadenoma.\nFinal diagnosis: fibroadenoma.\n") == {"L": "B", "R": "M"}
    # near misses: a blank line ends the entry, special stains the addendum does not name leave nothing to come, and a
    # "SUPPLEMENTARY REPORT" (a revision, no addendum) replaces the whole diagnosis though it names one breast
    assert labels(su02.replace("PROLIFERATION; LEVELS AND IMMUNOSTAINS TO FOLLOW", "PROLIFERATION.\n\nLEVELS AND "
                               "IMMUNOSTAINS TO FOLLOW")) == {"L": "-", "R": "B"}
    assert labels(su02.replace("LEVELS AND IMMUNOSTAINS TO FOLLOW", "SPECIAL STAINS TO FOLLOW")) == {
        "L": "-", "R": "B"}
    assert labels("Conclusion:\nLeft breast core: invasive carcinoma of no special type, grade 3.\nRight breast core: "
                  "epithelial proliferation; levels to follow.\n\nSUPPLEMENTARY REPORT (14/03/2026)\nLevels on the "
                  "right breast cores show a radial scar. No atypia.\nFinal diagnosis: radial scar.\n") == {
        "L": "-", "R": "B"}


def test_a_pipe_tables_bare_german_or_dutch_side_header_gives_each_row_its_side() -> None:
    # "| Probe | Seite | Histologie |": the German (or Dutch "Zijde") side column without an English gloss
    assert labels("| Probe | Seite | Histologie | B-Klassifikation |\n| 1 | L | invasives duktales Karzinom | B5b |\n"
                  "| 2 | L | Mastopathie | B2 |\n") == {"L": "M", "R": "-"}
    assert labels("| Nr. | Seite | Befund |\n|---|---|---|\n| 1 | R | Fibroadenom |\n| 2 | L | DCIS, G3 |\n") == {
        "L": "M", "R": "B"}
    assert labels("| Monster | Zijde | Conclusie |\n| 1 | R | fibroadenoma |\n| 2 | L | invasive carcinoma |\n") == {
        "L": "M", "R": "B"}
    # near misses: a header cell holding more than the word, or no side column, gives the letter cells no side
    assert labels("| Probe | Seite 2 | Histologie | B-Klassifikation |\n| 1 | L | invasives duktales Karzinom | B5b |\n"
                  "| 2 | L | Mastopathie | B2 |\n") == {"L": "?", "R": "?"}
    assert labels("| Probe | Größe | Histologie |\n| 1 | L | invasives duktales Karzinom |\n") == {"L": "?", "R": "?"}


def test_a_data_collection_forms_title_that_the_disease_opens_names_no_diagnosis() -> None:
    # "BREAST CANCER DATA COLLECTION FORM - PATHOLOGY" in the document's head: the sheet's name, like "DOCUMENTATION
    # SHEET - BREAST CANCER"
    body = "Screening episode: assessment clinic\nLeft breast, 14G core biopsy: columnar cell change with no atypia. B2.\n"
    ruled = "==========================================\n"
    assert labels(ruled + "BREAST CANCER DATA COLLECTION FORM - PATHOLOGY\n" + ruled + body) == {"L": "B", "R": "-"}
    assert labels("Breast Cancer Registration Sheet\n" + body) == {"L": "B", "R": "-"}
    assert labels("BREAST CANCER NOTIFICATION FORM\nPatient: ---\n" + body) == {"L": "B", "R": "-"}
    # near misses: a colon after the title leads a field, a side before the disease makes it a statement, and a real
    # diagnosis under the title still labels
    assert labels("Breast cancer data form: invasive carcinoma.\n" + body) == {"L": "BM", "R": "-"}
    assert labels("Left breast cancer data collection form\n" + body) == {"L": "BM", "R": "-"}
    assert labels("BREAST CANCER DATA COLLECTION FORM - PATHOLOGY\nLeft breast, core biopsy: invasive ductal carcinoma, "
                  "grade 2.\n") == {"L": "M", "R": "-"}
    assert labels("Breast Cancer Data Collection Form - Pathology v2.1\n" + body) == {"L": "B", "R": "-"}
    # ... and a pathologist's reporting form or dataset titled by the lesion it reports, or a sheet's title whose tail
    # names a side or a specimen, diagnoses that lesion
    fields = "Nuclear grade: high. Size: 25 mm. Margins: clear.\n"
    assert labels("DUCTAL CARCINOMA IN SITU REPORTING FORM - RIGHT BREAST EXCISION\n" + fields) == {"L": "-", "R": "M"}
    assert labels("DCIS REPORTING FORM - LEFT BREAST\n" + fields) == {"L": "M", "R": "-"}
    assert labels("Invasive ductal carcinoma dataset form - right breast\n" + fields) == {"L": "-", "R": "M"}
    assert labels("BREAST CANCER DATA COLLECTION FORM - RIGHT BREAST EXCISION\n" + fields) == {"L": "-", "R": "M"}


def test_a_glossed_correction_that_the_report_concerns_the_other_breast_moves_the_reprint() -> None:
    # a German correction sentence with its English gloss, "[The report concerns the LEFT breast, not the right as
    # originally notified.]", over the histology reprinted "as originally notified"
    reprint = ("Histologie, wie ursprünglich gemeldet [Histology, as originally notified]:\n"
               "Mamma rechts, Stanzbiopsie: invasives Karzinom NST, G2.\n")
    assert labels("KORREKTUR [Correction]: Der Befund betrifft die LINKE Brust, nicht die rechte wie ursprünglich "
                  "gemeldet.\n[The report concerns the LEFT breast, not the right as originally notified.]\n"
                  + reprint) == {"L": "M", "R": "-"}
    assert labels("Correction: The report concerns the LEFT breast, not the right as originally notified.\n"
                  + reprint) == {"L": "M", "R": "-"}
    assert labels("KORREKTUR [Correction]: The specimen relates to the LEFT breast, not the right as originally "
                  "notified.\n" + reprint) == {"L": "M", "R": "-"}
    # near misses: a test's result or another document that concerns the other breast, and the German sentence
    # without its gloss, move nothing
    assert labels("KORREKTUR [Correction]: Der HER2-Befund betrifft die LINKE Brust, nicht die rechte wie "
                  "ursprünglich gemeldet.\n[The HER2 result concerns the LEFT breast, not the right as originally "
                  "notified.]\n" + reprint) == {"L": "-", "R": "M"}
    assert labels("Correction: The request form concerns the LEFT breast, not the right as originally notified.\n"
                  + reprint) == {"L": "-", "R": "M"}
    assert labels("KORREKTUR [Correction]: Der Befund betrifft die LINKE Brust, nicht die rechte wie ursprünglich "
                  "gemeldet.\n" + reprint) == {"L": "-", "R": "M"}


def test_portuguese_cyst_and_usual_ductal_hyperplasia_words_are_read() -> None:
    # "quisto simples" (simple cyst) and "hiperplasia ductal usual" (usual ductal hyperplasia)
    assert labels("Diagnóstico: carcinoma lobular invasivo da mama direita, grau 2; quisto simples da mama esquerda.\n"
                  ) == {"L": "B", "R": "M"}
    assert labels("Diagnóstico: carcinoma ductal in situ de alto grau da mama direita, com hiperplasia ductal usual; "
                  "fibroadenoma\nda mama esquerda.\n") == {"L": "B", "R": "BM"}
    assert labels("Diagnóstico: Mama esquerda, BAG: quisto com metaplasia apócrina.\n") == {"L": "B", "R": "-"}
    assert labels("Conclusão: Mama direita, biópsia: hiperplasia ductal usual florida, sem atipia.\n") == {
        "L": "-", "R": "B"}
    # near misses: a denied cyst, and oil cysts (fat necrosis), label nothing
    assert labels("Diagnóstico: Mama esquerda, BAG: tecido mamário; ausência de quisto.\n") == {"L": "-", "R": "-"}
    assert labels("Diagnóstico: Mama direita, BAG: necrose gorda com quistos oleosos.\n") == {"L": "-", "R": "-"}
    assert labels("Diagnóstico: Mama esquerda, BAG: quistos múltiplos com metaplasia apócrina.\n") == {"L": "B", "R": "-"}
    assert labels("Conclusão: Mama esquerda: cisto simples com parede fibrosa.\n") == {"L": "B", "R": "-"}
    # ... nor does a cyst after a bare "sem" (without), or under the history heading "Informação clínica:"
    assert labels("Diagnóstico: Mama esquerda, BAG: alterações fibroquísticas, sem quisto individualizado e sem atipia.\n"
                  ) == {"L": "-", "R": "-"}
    assert labels("Informação clínica: quisto simples da mama direita em vigilância.\nDiagnóstico: Mama esquerda, BAG: "
                  "fibroadenoma.\n") == {"L": "B", "R": "-"}
    assert labels("Informações clínicas: quisto da mama direita.\nDiagnóstico: Mama esquerda, BAG: fibroadenoma.\n") == {
        "L": "B", "R": "-"}


def test_dutch_and_swedish_carcinoma_and_fibroadenoma_words_are_read() -> None:
    # Dutch "invasief carcinoom NST", "fibroadenoom" on "Linkerborst" / "Rechterborst"; Swedish "invasiv bröstcancer
    # av icke specifik typ" on "Höger bröst"
    assert labels("Conclusie: Linkerborst, naaldbiopsie: invasief carcinoom NST, graad 2. Rechterborst, naaldbiopsie: "
                  "fibroadenoom.\n") == {"L": "M", "R": "B"}
    assert labels("Utlåtande [Statement]: Höger bröst, mellannålsbiopsi: invasiv bröstcancer av icke specifik typ (NST), "
                  "grad 2.\nER 90 %, PR 70 %, HER2 negativ.\n") == {"L": "-", "R": "M"}
    assert labels("Conclusie: Rechterborst, naaldbiopsie: invasief lobulair carcinoom, graad 2.\n") == {
        "L": "-", "R": "M"}
    assert labels("Conclusie: Linkerborst, naaldbiopsie: ductaal carcinoom in situ, hooggradig.\n") == {
        "L": "M", "R": "-"}
    # near misses: a denied carcinoma labels nothing, and a registry's name holding the disease word adds no carcinoma
    assert labels("Conclusie: Linkerborst, naaldbiopsie: fibrocystische veranderingen. Geen invasief carcinoom.\n"
                  ) == {"L": "-", "R": "-"}
    assert labels("NATIONELLT KVALITETSREGISTER FÖR BRÖSTCANCER\nHöger bröst, mellannålsbiopsi: fibroadenom.\n") == {
        "L": "-", "R": "B"}
    # ... and so do the languages' hedges and negations: a carcinoma that cannot be excluded, is suspected, or is
    # denied ("utan tecken på", "niet diagnostisch voor") labels nothing
    assert labels("Conclusie: Linker mamma, vacuümbiopsie: atypische ductale hyperplasie; ductaal carcinoom in situ kan "
                  "niet worden\nuitgesloten (B3).\n") == {"L": "B", "R": "-"}
    assert labels("Conclusie: Rechter mamma, naaldbiopsie: atypische cellen, verdacht voor maar niet diagnostisch voor "
                  "invasief carcinoom (B4).\n") == {"L": "-", "R": "-"}
    assert labels("Conclusie: Rechter mamma, naaldbiopsie: verdacht voor ductaal carcinoom in situ (B4).\n") == {
        "L": "-", "R": "-"}
    assert labels("Utlåtande: Vänster bröst, mellannålsbiopsi: atypisk duktal hyperplasi. Invasiv bröstcancer kan ej "
                  "uteslutas.\n") == {"L": "B", "R": "-"}
    assert labels("Utlåtande: Vänster bröst, mellannålsbiopsi: misstanke om invasiv bröstcancer.\n") == {
        "L": "-", "R": "-"}
    assert labels("Utlåtande: Höger bröst, mellannålsbiopsi: fibroadenom utan tecken på invasiv bröstcancer.\n") == {
        "L": "-", "R": "B"}
    # (pfinal9) any Dutch / Swedish hedge stem in the word's clause leaves it open: a bare "niet uitgesloten", an adverb
    # inside the exclusion, "mogelijk", "verdacht op", "misstanke på", "talar för"; a denied suspicion, an adjective
    # ("verdachte laesie") or a hedge in another clause is none
    assert labels("Conclusie: Linker mamma, naaldbiopsie: atypische ductale hyperplasie; ductaal carcinoom in situ niet "
                  "uitgesloten.\n") == {"L": "B", "R": "-"}
    assert labels("Conclusie: Linker mamma: ductaal carcinoom in situ is niet met zekerheid uit te sluiten.\n") == {
        "L": "-", "R": "-"}
    assert labels("Utlåtande: Vänster bröst, mellannålsbiopsi: invasiv bröstcancer kan ej säkert uteslutas.\n") == {
        "L": "-", "R": "-"}
    assert labels("Conclusie: Linker mamma, naaldbiopsie: mogelijk ductaal carcinoom in situ.\n") == {"L": "-", "R": "-"}
    assert labels("Conclusie: Rechter mamma, naaldbiopsie: verdacht op invasief carcinoom.\n") == {"L": "-", "R": "-"}
    assert labels("Utlåtande: Höger bröst: fynden talar för invasiv bröstcancer men är ej diagnostiska.\n") == {
        "L": "-", "R": "-"}
    assert labels("Conclusie: Linker mamma, naaldbiopsie: fibroadenoom, niet verdacht voor maligniteit.\n") == {
        "L": "B", "R": "-"}
    assert labels("Conclusie: Linker mamma, naaldbiopsie van de verdachte laesie, invasief carcinoom NST.\n") == {
        "L": "M", "R": "-"}
    assert labels("Klinische gegevens: verdacht voor maligniteit linker mamma.\nConclusie: Linker mamma, naaldbiopsie: "
                  "invasief carcinoom NST.\n") == {"L": "M", "R": "-"}


def test_a_parts_diagnosis_line_named_by_its_label_takes_its_specimen_lines_side() -> None:
    # "Specimen A: Right breast, wide local excision." then "Diagnosis A: mucinous carcinoma": part A's diagnosis
    specimens = "Specimen A: Right breast, wide local excision.\nSpecimen B: Right axillary sentinel node.\n"
    assert labels(specimens + "Diagnosis A: mucinous carcinoma, 16 mm, grade 1. Margins clear.\nDiagnosis B: one "
                  "lymph node, no metastasis (0/1).\n") == {"L": "-", "R": "M"}
    assert labels("Specimen A: Left breast, core biopsy.\nSpecimen B: Right breast, core biopsy.\nDiagnosis A: "
                  "fibroadenoma.\nDiagnosis B: invasive lobular carcinoma, grade 2.\n") == {"L": "B", "R": "M"}
    assert labels("Specimen 1: Left axillary sentinel node.\nSpecimen 2: Left breast, mastectomy.\nDiagnosis 1: no "
                  "metastasis (0/2).\nDiagnosis 2: invasive ductal carcinoma, 22 mm, grade 2.\n") == {"L": "M", "R": "-"}
    # near misses: the node part's own diagnosis line stays the node's, and a diagnosis line with no label stays in
    # the part above it
    assert labels(specimens + "Diagnosis B: one lymph node with metastatic carcinoma (1/1).\n") == {"L": "-", "R": "-"}
    assert labels(specimens + "Diagnosis: one lymph node with metastatic carcinoma (1/1).\n") == {"L": "-", "R": "-"}


def test_a_french_antecedent_heading_is_history() -> None:
    # "Antécédent:" / "Antécédents:" (history) over a board's minutes: the earlier carcinoma labels nothing
    board = ("Compte rendu de RCP Sénologie [Breast tumour board minutes] - 12/01/2026\n"
             "Antécédent: carcinome canalaire infiltrant du sein gauche traité en 2019.\n"
             "Dossier présenté pour: nodule du sein droit.\n"
             "Conclusion de la RCP [Board conclusion]: suspicion de second cancer du sein droit; pas de récidive à "
             "gauche.\nMicrobiopsie à programmer.\n")
    assert labels(board) == {"L": "-", "R": "-"}
    assert labels("Antécédents: carcinome canalaire infiltrant du sein gauche traité en 2019.\n"
                  "Conclusion: sein droit, microbiopsie: fibroadénome.\n") == {"L": "-", "R": "B"}
    assert labels("Antécédent : carcinome lobulaire infiltrant du sein droit.\n") == {"L": "-", "R": "-"}
    assert labels("Antécédents personnels : cancer du sein droit en 2012.\nConclusion : Sein gauche, microbiopsie : "
                  "papillome intracanalaire sans atypie.\n") == {"L": "B", "R": "-"}
    assert labels("Antécédents familiaux : mère, cancer du sein avant 50 ans.\nConclusion : Sein droit, microbiopsie : "
                  "fibroadénome.\n") == {"L": "-", "R": "B"}
    # near misses: the conclusion below the history heading still labels, and a history word inside a diagnosis
    # line is no heading
    assert labels("Antécédents: aucun.\nConclusion: carcinome canalaire infiltrant du sein gauche, grade II.\n") == {
        "L": "M", "R": "-"}
    assert labels("Conclusion: carcinome canalaire infiltrant du sein gauche; antécédents sans particularité.\n") == {
        "L": "M", "R": "-"}


def test_an_adenopathys_axillary_site_word_goes_with_the_adenopathy() -> None:
    # "... with suspicious axillary lymphadenopathy": an aside naming the adenopathy, its "axillary" included
    assert labels("Mama izquierda, BAG de nódulo con adenopatía axilar sospechosa [left breast, core biopsy of nodule "
                  "with suspicious\naxillary lymphadenopathy]: carcinoma ductal infiltrante, grado histológico 2.\n"
                  ) == {"L": "M", "R": "-"}
    assert labels("Left breast, core biopsy of nodule with suspicious axillary lymphadenopathy: invasive ductal "
                  "carcinoma, grade 2.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast, core biopsy of nodule and axillary lymphadenopathy: carcinoma.\n") == {
        "L": "M", "R": "-"}
    assert labels("Left breast, core biopsy of irregular mass with suspicious axillary\nlymphadenopathy: invasive "
                  "ductal carcinoma, grade 2.\n") == {"L": "M", "R": "-"}
    # ... and so does the adenopathy's own side, where a breast's side is named before it
    assert labels("Right breast, core biopsy (patient with left axillary lymphadenopathy): fibroadenoma.\n") == {
        "L": "-", "R": "B"}
    assert labels("Right breast, core biopsy of mass with left axillary lymphadenopathy: invasive ductal carcinoma.\n"
                  ) == {"L": "-", "R": "M"}
    assert labels("Right breast, core biopsy of mass (with right axillary lymphadenopathy): invasive ductal "
                  "carcinoma.\n") == {"L": "-", "R": "M"}
    # near misses: an adenopathy that is the statement's specimen, and a node specimen named apart, stay the node's
    assert labels("Right axillary lymphadenopathy, core biopsy: metastatic carcinoma.\n") == {"L": "-", "R": "-"}
    assert labels("Left breast mass with axillary lymphadenopathy; axillary node core: metastatic carcinoma.\n") == {
        "L": "-", "R": "-"}
    assert labels("Core biopsy of left axillary lymphadenopathy: metastatic carcinoma, breast origin.\n") == {
        "L": "-", "R": "-"}
    assert labels("Core biopsy of mass with left axillary lymphadenopathy: carcinoma.\n") == {"L": "-", "R": "-"}
    # (pfinal9) a breast side in the adenopathy's own bracketed aside is the history's: the statement's specimen keeps
    # its side
    assert labels("Diagnosis: Right breast, 11:00, core biopsy (known left breast cancer, with left axillary "
                  "lymphadenopathy): fibroadenoma.\n") == {"L": "-", "R": "B"}
    assert labels("Diagnosis: Left breast core biopsy (history of right breast cancer 2019; right axillary "
                  "lymphadenopathy): fibroadenoma.\n") == {"L": "B", "R": "-"}
