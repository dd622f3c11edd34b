"""Pathology rules developed on released batch b120, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.labels import pathology_codes as labels


def test_an_nhsbsp_core_biopsy_data_line_gives_each_side_its_category() -> None:
    # "Core biopsy data: R - B5b malignant, invasive. L - B2 benign.": the data set's line of B categories, one side a
    # letter item set off by a spaced dash, like a conclusion's
    opinion = ("OPINION:\n1. Right breast, 10 o'clock, core: invasive carcinoma NST, grade 2. B5b.\n"
               "2. Left breast, 3 o'clock, core: fibroadenoma. B2.\n\n")
    assert labels(opinion + "Core biopsy data: R - B5b malignant, invasive. L - B2 benign.\n") == {"L": "B", "R": "M"}
    assert labels(opinion + "Core data: R - B5b malignant, invasive; L - B2 benign.\n") == {"L": "B", "R": "M"}
    swapped = opinion.replace("Right", "X").replace("Left", "Right").replace("X", "Left")
    assert labels(swapped + "CORE BIOPSY DATA: L - B5b malignant, invasive. R - B2 benign.\n") == {"L": "M", "R": "B"}
    # near misses: another field's letter items give no side, nor does a lone letter item (the malignant word then
    # takes the nearest side above, as before)
    assert labels(opinion + "Cores: R - B5b malignant, invasive. L - B2 benign.\n") == {"L": "BM", "R": "M"}
    assert labels(opinion + "Biopsy data: R - B5b malignant, invasive. L - B2 benign.\n") == {"L": "BM", "R": "M"}
    assert labels(opinion + "Core biopsy data: R - B5b malignant, invasive.\n") == {"L": "BM", "R": "M"}


def test_an_institutions_diagnosis_after_review_is_its_own_diagnosis() -> None:
    # "Westmarch diagnosis after review:" under the title "... - Westmarch University Medical Center": this
    # institution's diagnosis, its LCIS labelling beside the agreed carcinoma
    head = ("PATHOLOGY CONSULTATION - Westmarch University Medical Center\n"
            'Outside report (Prairie Hills Pathology, PH26-0931) reads:\n"Left breast, 2:00, core biopsy: invasive '
            'lobular carcinoma, grade 2."\n\n')
    body = ("Left breast, 2:00, core biopsy:\n - Invasive lobular carcinoma, classic type.\n"
            " - Lobular carcinoma in situ, classic type.\n\nComment: E-cadherin reviewed.\n")
    assert labels(head + "Westmarch diagnosis after review:\n" + body) == {"L": "BM", "R": "-"}
    assert labels(head + "Westmarch diagnosis on review:\n" + body) == {"L": "BM", "R": "-"}
    assert labels(head + "WESTMARCH DIAGNOSIS FOLLOWING REVIEW:\n" + body) == {"L": "BM", "R": "-"}
    # near misses: the outside institution's diagnosis after review is its, and a diagnosis "after review" of
    # something else is no heading
    assert labels(head + "Prairie Hills diagnosis after review:\n" + body) == {"L": "M", "R": "-"}
    assert labels(head + "Westmarch diagnosis after review of the MRI:\n" + body) == {"L": "M", "R": "-"}


def test_a_registrys_or_referrals_previous_diseases_are_history() -> None:
    # "Frühere Tumorerkrankungen [Previous tumour diseases]:", "Tidligere sygdomme [Previous diseases]:": the earlier
    # diseases of a registry sheet or a referral, history
    current = "\nPathology result:\n  Right breast, lumpectomy: invasive lobular carcinoma, 21 mm.\n"
    assert labels("Frühere Tumorerkrankungen [Previous tumour diseases]:\n  Mammakarzinom links 2014 [left breast "
                  "carcinoma 2014], BET.\n" + current) == {"L": "-", "R": "M"}
    assert labels("Tidligere sygdomme [Previous diseases]:\n  Venstresidig mastektomi 2015 for duktalt karcinom in "
                  "situ [left mastectomy 2015 for ductal carcinoma in situ].\n" + current) == {"L": "-", "R": "M"}
    assert labels("Previous illnesses: left breast DCIS 2016, mastectomy.\n" + current) == {"L": "-", "R": "M"}
    # near misses: a current disease's heading, and a previous disease named in the diagnosis itself, still label
    assert labels("Aktuelle Tumorerkrankung [Current tumour disease]:\n  Mammakarzinom links [left breast carcinoma].\n"
                  ) == {"L": "M", "R": "-"}
    assert labels("Diagnosis: left breast, core: invasive ductal carcinoma; previous diseases: none.\n") == {
        "L": "M", "R": "-"}


def test_a_documentation_sheets_or_a_pathways_title_names_no_diagnosis() -> None:
    # a registry's sheet and a cancer patient pathway's letter name the disease they record or track in their title
    # lines (ruled lines not counted among the document's first three)
    body = "\nPathology result:\n  Right breast, core biopsy: fibroadenoma.\n"
    assert labels("Translation from German\n=========================\nKREBSREGISTER NRW\n"
                  "ERFASSUNGSBOGEN BRUSTKREBS [Registration sheet, breast cancer - pathology notification]\n"
                  + body) == {"L": "-", "R": "B"}
    assert labels("[Translated from Danish] EPIKRISE - BRYSTKRÆFT\n[DISCHARGE LETTER AND CLOSURE OF THE CANCER "
                  "PATIENT PATHWAY - BREAST CANCER]\n" + body) == {"L": "-", "R": "B"}
    assert labels("DOCUMENTATION SHEET - BREAST CANCER\n" + body) == {"L": "-", "R": "B"}
    # near misses: the title's disease labels where it is no sheet's or pathway's name, or below the head's first three
    # lines of text; a sheet's line that states the diagnosis with a side still labels
    assert labels("Core biopsy report - breast cancer\n" + body) == {"L": "-", "R": "BM"}
    assert labels("Line 1\nLine 2\nLine 3\nLine 4\nDOCUMENTATION SHEET - BREAST CANCER\n" + body) == {
        "L": "-", "R": "BM"}
    assert labels("DOCUMENTATION SHEET\nLeft breast, core biopsy: invasive ductal carcinoma.\n" + body) == {
        "L": "M", "R": "B"}


def test_an_occult_breast_cancer_labels_no_breast() -> None:
    # "occult breast cancer" (an axillary metastasis whose breast primary was not found) names the presumed primary
    node = ("Histology 1: Right axillary lymph node, core biopsy: metastatic adenocarcinoma, consistent with a breast "
            "primary.\nHistology 2: Right breast, MRI-guided vacuum biopsy: fibrocystic change, no malignancy.\n")
    assert labels("DOCUMENTATION SHEET - CUP / OCCULT BREAST CARCINOMA\n" + node) == {"L": "-", "R": "-"}
    assert labels(node + "Ønsket ydelse: Behandling efter retningslinje for okkult brystkræft [treatment per the "
                  "guideline for occult breast cancer on the right].\n") == {"L": "-", "R": "-"}
    assert labels(node + "Tumorkonferenz 28.01.2026: Behandlung nach dem Protokoll für okkultes\n  Mammakarzinom rechts"
                  "\n") == {"L": "-", "R": "-"}
    # near misses: an occult carcinoma found in a breast specimen, and a breast cancer not called occult, label
    assert labels("Right breast, mastectomy: occult carcinoma, invasive ductal type, 4 mm.\n") == {"L": "-", "R": "M"}
    assert labels(node + "Right breast cancer, diagnosed on the excision.\n") == {"L": "-", "R": "M"}


def test_a_metastasis_whose_sentence_gives_a_breast_origin_after_its_markers() -> None:
    # "metastasis of an adenocarcinoma; GATA3 and ER positive, TTF-1 and CK20 negative, consistent with a breast
    # primary": the breast-origin clause later in the sentence makes it a metastasis from the breast, found elsewhere
    node = "Right breast, vacuum biopsy: fibrocystic change.\n\nRight axillary node core: immunohistochemistry\n  "
    assert labels(node + "GATA3 and ER positive, in the metastasis of an adenocarcinoma; TTF-1 and CK20 negative, "
                  "consistent with a breast primary.\n") == {"L": "-", "R": "-"}
    assert labels(node + "GATA3 positive in the metastatic carcinoma; HER2 negative, CK7 positive, compatible with a "
                  "breast origin.\n") == {"L": "-", "R": "-"}
    # near misses: a breast specimen's carcinoma, and a metastasis whose sentence ends before the breast origin
    assert labels("Right breast, core biopsy: metastasis of an adenocarcinoma; ER positive, consistent with a breast "
                  "primary.\n") == {"L": "-", "R": "M"}
    assert labels(node + "GATA3 and ER positive, in the metastasis of an adenocarcinoma. TTF-1 and CK20 negative, "
                  "consistent with a breast primary.\n") == {"L": "-", "R": "M"}


def test_a_danish_referral_diagnosis_is_the_referrals() -> None:
    # "Henvisningsdiagnose: DC773 Sekundær kræft i lymfeknuder ...": the diagnosis the referral was sent with
    body = ("Anamnese [History]: Forstørret lymfeknude i venstre aksil [enlarged lymph node in the left axilla].\n\n"
            "Pathology result:\n  Right breast, core biopsy: radial scar without atypia.\n")
    assert labels("Henvisningsdiagnose: DC773 Sekundær kræft i lymfeknuder i armhule [secondary malignant\n  neoplasm "
                  "of axillary lymph nodes]\n" + body) == {"L": "-", "R": "B"}
    assert labels("Henvisningsdiagnose: DC504 brystkræft venstre [malignant neoplasm of the left breast]\n" + body) == {
        "L": "-", "R": "B"}
    # near misses: the pathology under it labels; a diagnosis line of its own is read as before
    assert labels("Henvisningsdiagnose: DC504\n\nPatologisvar:\n  Venstre bryst [left breast]: invasive ductal "
                  "carcinoma.\n") == {"L": "M", "R": "-"}
    assert labels("Diagnose: left breast, core: invasive ductal carcinoma.\n") == {"L": "M", "R": "-"}


def test_a_referrals_requested_service_is_the_plan() -> None:
    # "Ønsket ydelse [Requested service]: Vurdering mhp. T-DM1 (residual sygdom) ...": what the referral asks for
    report = ("Patologisvar:\n  1. Mamma dxt., mastektomi [right breast, mastectomy]: residual invasive ductal "
              "carcinoma, 8 mm.\n  3. Mamma sin., profylaktisk mastektomi [left breast, prophylactic mastectomy]: no "
              "sign of malignancy.\n\n")
    assert labels(report + "Ønsket ydelse [Requested service]: Vurdering mhp. T-DM1 (residual sygdom) og "
                  "strålebehandling\n  [assessment for T-DM1 (residual disease) and radiotherapy].\n") == {
        "L": "-", "R": "M"}
    assert labels(report + "Requested service: treatment of the residual disease, left chest wall radiotherapy.\n") == {
        "L": "-", "R": "M"}
    # near misses: the pathology above stands; a "Service:" field or a result after the request's block still labels
    assert labels(report + "Service: residual disease, left.\n") == {"L": "M", "R": "M"}
    assert labels(report + "Requested service: radiotherapy.\n\nLeft breast re-excision: residual DCIS.\n") == {
        "L": "M", "R": "M"}


def test_a_tumour_boards_proposal_or_conclusion_is_the_plan() -> None:
    # a French board's "Proposition de la RCP:" / "Conclusion de la RCP [Board conclusion]:" and a German tumour board's
    # dated entry are its plan, never a diagnosis
    path = ("Anatomopathologie:\n  - Sein droit, macrobiopsies [right breast, vacuum biopsies]: carcinome canalaire in "
            "situ [ductal carcinoma in situ].\n  - Sein gauche, microbiopsie [left breast, core biopsy]: papillome "
            "intracanalaire [intraductal papilloma].\n\n")
    assert labels(path + "Proposition de la RCP: Mastectomie droite; exérèse du papillome\n  gauche non indiquée.\n") == {
        "L": "B", "R": "M"}
    assert labels(path + "Conclusion de la RCP [Board conclusion]: Second cancer primitif du sein droit; pas de récidive"
                  "\n  à gauche [second primary cancer of the right breast; no recurrence on the left].\n") == {
        "L": "B", "R": "M"}
    assert labels(path + "Tumorkonferenz [Tumour board] 28.01.2026: Radiatio links [radiotherapy left], residual "
                  "disease to be excised.\n") == {"L": "B", "R": "M"}
    assert labels(path + "Board proposal: left-sided radiotherapy; residual disease to be excised.\n") == {
        "L": "B", "R": "M"}
    # near misses: a proposal that is no board's, and a board's name as a field's value, are read as before
    assert labels("Proposition: Tumorectomie droite.\nConclusion: sein droit, carcinome canalaire infiltrant.\n") == {
        "L": "-", "R": "M"}
    assert labels(path + "Proposal: left-sided radiotherapy; residual disease to be excised.\n") == {"L": "BM", "R": "M"}
    assert labels("Board: Breast MDT.\nDiagnosis: left breast, core: fibroadenoma.\n") == {"L": "B", "R": "-"}


def test_a_scar_named_in_a_translated_specimens_bracket() -> None:
    # "[left breast, lumpectomy scar, core\n biopsies]:": the scar is the site the cores were taken from
    report = ("  2. Sein gauche, cicatrice de tumorectomie, microbiopsies [left breast, lumpectomy scar, core\n     "
              "biopsies]: cytostéatonécrose [fat necrosis].\n")
    assert labels(report) == {"L": "-", "R": "-"}
    assert labels("Left breast, lumpectomy scar, core biopsies: fat necrosis.\n") == {"L": "-", "R": "-"}
    assert labels("[right breast, mastectomy scar, punch biopsy]: fat necrosis.\n") == {"L": "-", "R": "-"}
    # near misses: a scar the tissue shows, and the scar's own finding after the site's colon, still label
    assert labels("Left breast, core biopsies: scar tissue with fat necrosis.\n") == {"L": "B", "R": "-"}
    assert labels("Left breast, lumpectomy scar, core biopsies: radial scar.\n") == {"L": "B", "R": "-"}


def test_a_translated_laterality_correction_over_its_reprint_as_first_sent() -> None:
    # the reprint's heading in the report's own words with its translation, "Histologie, wie ursprünglich gemeldet
    # [Histology, as originally notified]:", "Anatomopathologie, telle que présentée initialement [Pathology, as
    # initially presented]" (its colon after the laboratory's aside on the next line): the diagnosis as first issued,
    # which the correction note above moves
    german = ("Grund der Korrektur [Reason for correction]:\nKorrektur der Seitenlokalisation [Correction of laterality. "
              "The report is for the RIGHT breast, not the\nleft as originally notified].\n\n"
              "Histologie, wie ursprünglich gemeldet [Histology, as originally notified]:\n  Mamma links, 2 Uhr, "
              "Stanzbiopsie [left breast, 2 o'clock, core\n  biopsy]: Invasives Karzinom, kein spezieller Typ (NST), G2 "
              "[invasive carcinoma, no special type (NST), grade 2].\n")
    assert labels(german) == {"L": "-", "R": "M"}
    french = ("RECTIFICATIF [Correction] du 16/01/2026: le prélèvement provient du sein DROIT, et non du\nsein gauche "
              "comme indiqué initialement [the sample comes from the RIGHT breast, not the left as\nfirst stated].\n\n"
              "Anatomopathologie, telle que présentée initialement [Pathology, as initially presented]\n"
              "(Laboratoire Armor-Pathologie, n° 26A-0055):\n  Sein gauche, 10 h, microbiopsies [left breast, 10 "
              "o'clock, core biopsies]: carcinome\n  canalaire infiltrant [invasive ductal carcinoma].\n")
    assert labels(french) == {"L": "-", "R": "M"}
    assert labels(german.replace("Histologie, wie ursprünglich gemeldet [Histology, as originally notified]",
                                 "Histologie, wie zuerst berichtet [Histology, as first reported]")) == {
        "L": "-", "R": "M"}
    # near misses: without the correction note the reprint is read as printed; a comma in an original that is no
    # reprint's ("Befund, Stanze [Result, core]:") makes no heading, and a specimen line stays a specimen line
    assert labels(german.replace("RIGHT breast, not the\nleft", "LEFT breast, as\n").replace(
        "Korrektur der Seitenlokalisation [Correction of laterality.", "Nachtrag [Note.")) == {"L": "M", "R": "-"}
    assert labels("Befund, Stanze [Histology, core]:\n  Mamma links [left breast]: fibroadenoma.\n") == {
        "L": "B", "R": "-"}
    assert labels("Left breast, 3 o'clock, core (Pathology, as initially presented):\n  fibroadenoma.\n") == {
        "L": "B", "R": "-"}


def test_a_side_column_of_a_table_drawn_with_pipes() -> None:
    # a breast centre's table "Lfd. Nr. | Seite [Side] | ... | Histologie [Histology] | B": each row's "| R |" cell is
    # its side
    table = ("Lfd. Nr. [Line no.] | Seite [Side] | Lokalisation | Histologie [Histology] | B\n"
             "1 | R | 9 Uhr | Fibroadenom [fibroadenoma] | B2\n"
             "2 | L | retromamillär [retroareolar] | Intraduktales Papillom [intraductal papilloma] | B3\n")
    assert labels(table) == {"L": "B", "R": "B"}
    assert labels(table.replace("Seite [Side]", "Side")) == {"L": "B", "R": "B"}
    assert labels("| No | Laterality | Histology |\n| 1 | L | invasive ductal carcinoma |\n| 2 | R | fibroadenoma |\n"
                  ) == {"L": "M", "R": "B"}
    # near misses: a letter cell of a table with no side column (a size, a code) gives no side
    assert labels("| No | Size | Histology |\n| 1 | L | invasive ductal carcinoma |\nLeft breast core.\n") == {
        "L": "M", "R": "-"}
    assert labels("| No | Grade | Result |\n| 1 | R | fibroadenoma |\nLeft breast core.\n") == {"L": "B", "R": "-"}
    # ... nor one of another table in the same report, nor another column's letter cell of the side table
    side_table = "| No | Side | Histology |\n| 1 | L | fibroadenoma |\n"
    assert labels(side_table + "\nLeft breast core, second lesion:\n| Marker | Grade | Result |\n"
                  "| ER | R | invasive ductal carcinoma, positive |\n") == {"L": "BM", "R": "-"}
    assert labels("| No | Side | Code | Histology |\n| 1 | L | R | fibroadenoma |\n") == {"L": "B", "R": "-"}


def test_a_german_yes_no_question_answered_no() -> None:
    # "Malignität nachgewiesen [Malignancy demonstrated]: [ ] ja [yes]   [X] nein [no]": the question answered "no"
    # names what was not found, its answers glossed or not
    core = "Left breast, core biopsy: intraductal papilloma.\n"
    assert labels(core + "Malignität nachgewiesen [Malignancy demonstrated]: [ ] ja [yes]   [X] nein [no]\n") == {
        "L": "B", "R": "-"}
    assert labels(core + "Malignancy demonstrated: [ ] ja   [X] nein\n") == {"L": "B", "R": "-"}
    assert labels(core + "Malignitet påvist [Malignancy demonstrated]: [ ] ja [yes]   [X] nej [no]\n") == {
        "L": "B", "R": "-"}
    # near misses: the question answered "yes" labels, and so does a line with no yes box
    assert labels(core + "Malignität nachgewiesen [Malignancy demonstrated]: [X] ja [yes]   [ ] nein [no]\n") == {
        "L": "BM", "R": "-"}
    assert labels(core + "Malignancy demonstrated: [X] nein\n") == {"L": "BM", "R": "-"}


def test_a_supplemental_report_answers_the_question_left_open_as_an_addendum_does() -> None:
    # "INVASIVE CARCINOMA, DUCTAL VERSUS LOBULAR; E-CADHERIN TO FOLLOW." under the left breast, then a "SUPPLEMENTAL
    # REPORT" with the E-cadherin result and "Final diagnosis: invasive lobular carcinoma": an addendum answering the
    # left breast's open question
    issued = ("FINAL DIAGNOSIS:\nLEFT BREAST, 1:00, CORE BIOPSY:\n  INVASIVE CARCINOMA, DUCTAL VERSUS LOBULAR; "
              "E-CADHERIN TO FOLLOW.\nRIGHT BREAST, 8:00, CORE BIOPSY:\n  SCLEROSING ADENOSIS.\n\n")
    result = ("E-cadherin immunostain shows complete loss of membranous staining.\n"
              "Final diagnosis: invasive lobular carcinoma, classic type.\n")
    assert labels(issued + "SUPPLEMENTAL REPORT (signed 22-Jan-2026):\n" + result) == {"L": "M", "R": "B"}
    assert labels(issued + "SUPPLEMENTAL REPORT FROM THE REFERENCE LABORATORY:\n" + result) == {"L": "M", "R": "B"}
    # the addendum's own words above its final diagnosis are that breast's too
    assert labels(issued + "ADDENDUM:\nE-cadherin immunostain shows complete loss of membranous staining in the invasive "
                  "tumor cells. Final diagnosis: invasive lobular carcinoma, classic type.") == {"L": "M", "R": "B"}
    # near misses: a supplemental report of receptor results revises nothing (read as before), and one that answers no
    # single open question reads as an addendum does
    receptors = ("FINAL DIAGNOSIS:\nLEFT BREAST, 1:00, CORE BIOPSY:\n  INVASIVE CARCINOMA.\nRIGHT BREAST, 8:00, CORE "
                 "BIOPSY:\n  SCLEROSING ADENOSIS.\n\nSUPPLEMENTAL REPORT: ER 95%, PR 80%, HER2 negative.\n")
    assert labels(receptors) == {"L": "M", "R": "B"}
    other = issued + "SUPPLEMENTAL REPORT:\n" + result.replace("E-cadherin", "HER2")
    assert labels(other) == labels(other.replace("SUPPLEMENTAL REPORT:", "ADDENDUM:")) == {"L": "-", "R": "M"}
    both = other.replace("HER2", "E-cadherin").replace("SCLEROSING ADENOSIS.", "PAPILLARY LESION; E-CADHERIN TO FOLLOW.")
    assert labels(both) == labels(both.replace("SUPPLEMENTAL REPORT:", "ADDENDUM:")) == {"L": "-", "R": "M"}
