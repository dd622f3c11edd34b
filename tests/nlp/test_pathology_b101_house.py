"""Pathology rules developed on released batch b101, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_a_one_line_dictation_says_its_history_heading_after_a_full_stop() -> None:
    # a transcript typed as one run of sentences: "Clinical history:" after a full stop is the history, up to the next
    # heading on its line
    dictation = ("Dictation by Dr. Ana Ruiz for case S26-101, patient J. Doe. Clinical history: left breast DCIS treated "
                 "2018, now right breast mass at 10 o'clock. Final diagnosis: right breast, 10 o'clock, core: "
                 "fibroadenoma. End of dictation.")
    assert labels(dictation) == {"L": "-", "R": "B"}
    # near miss: a diagnosis said on the line below, with no heading of its own, is no history (the history ends with
    # its sentence)
    assert labels("Dictation by Dr. Ana Ruiz for case S26-102. Clinical history: lump in the right breast.\n"
                  "Right breast core: invasive ductal carcinoma, grade 2.\nEnd of dictation.") == {"L": "-", "R": "M"}
    # near miss: so too after a heading the reader does not know mid-line ("Diagnosis:" after a full stop)
    assert labels("Dictation by Dr. Ana Ruiz. History: 61 year old with a right breast mass. Diagnosis: right breast, "
                  "core: ductal carcinoma in situ, high grade. End of dictation.") == {"L": "-", "R": "M"}
    # near miss: nor on the history's own line when the next heading is on a later line
    assert labels("Dictation by Dr. A. Ruiz. History: lump. Right breast core: invasive ductal carcinoma.\n"
                  "Comment: concordant.") == {"L": "-", "R": "M"}
    # near miss: the words without a heading's colon head nothing
    assert labels("Dictation by Dr. Ana Ruiz. The clinical history is noted. Final diagnosis: left breast, core: "
                  "invasive lobular carcinoma. End of dictation.") == {"L": "M", "R": "-"}
    # near miss: a typed report's history heading opening its line is read as before
    assert labels("Clinical history: right breast cancer 2019.\nFinal diagnosis: left breast, core: fibroadenoma.") == {
        "L": "B", "R": "-"}


def test_an_outside_report_diagnosis_heading_is_the_outside_diagnosis() -> None:
    consult = ("Harbour Cancer Centre - Consultation\n\n"
               "Outside report diagnosis (as received): Right breast, core: ductal carcinoma in situ.\n\n"
               "OUR REVIEW DIAGNOSIS:\nRight breast, core: atypical ductal hyperplasia.\n")
    assert labels(consult) == {"L": "-", "R": "B"}
    # near misses: the same words under the report's own or a first-issued heading
    assert labels("Final report diagnosis: Right breast, core: ductal carcinoma in situ, low grade.\n") == {
        "L": "-", "R": "M"}
    assert labels("Report diagnosis: Left breast, excision: fibroadenoma.\n") == {"L": "B", "R": "-"}
    assert labels("Original report diagnosis: Left breast core: ductal carcinoma in situ.\n"
                  "Revised diagnosis: Left breast core: atypical ductal hyperplasia.\n") == {"L": "B", "R": "-"}


def test_a_terse_side_list_starts_on_the_diagnosis_line() -> None:
    # "Dx: R - ..." over "    L - ...": the first item's letter is its side as the next item's is
    terse = ("Valley Lab  #V-26-12\nSpec: R breast bx 2:00; L breast bx 8:00.\nDx: R - papilloma.\n"
             "    L - DCIS, high grade.\nDr. P. Ngata\n")
    assert labels(terse) == {"L": "M", "R": "B"}
    # near misses: no other side's item below it, a letter with no spaced dash, a dash item that names no side
    assert labels("Valley Lab  #V-26-13\nSpec: L breast bx 3:00.\nDx: L - fibroadenoma.\n") == {"L": "B", "R": "-"}
    assert labels("Spec: R breast core.\nMargin: L - 2 mm.\nDx: R breast - DCIS.\n") == {"L": "-", "R": "M"}
    assert labels("Spec: R breast core.\nDx: R - FA.\n    Comment - benign, concordant.\n") == {"L": "-", "R": "B"}
    assert labels("Spec: R breast core 9:00.\nNote: L-shaped fragment of tissue.\nDx: R breast core - fibroadenoma.\n") == {
        "L": "-", "R": "B"}


def test_a_supplementary_report_on_another_specimen_adds_its_diagnosis() -> None:
    first = "DIAGNOSIS:\nLeft breast, core biopsy, 3 o'clock: ductal carcinoma in situ, high grade.\n\n"
    added = ("SUPPLEMENTARY REPORT (a further specimen received 04/05/2026, \"Right breast core 7 o'clock\"):\n"
             "Right breast, core biopsy, 7 o'clock: fibroadenoma.\n")
    assert labels(first + added) == {"L": "M", "R": "B"}
    # the other specimen may be of the same breast: its finding is added to the carcinoma
    same_side = ("DIAGNOSIS:\nRight breast, wide local excision: invasive carcinoma NST, 14 mm.\n\n"
                 "SUPPLEMENTARY REPORT (second specimen received 05/05/2026, \"Right breast re-excision\"):\n"
                 "Right breast, re-excision: no residual carcinoma. Healing biopsy site.\n")
    assert labels(same_side) == {"L": "-", "R": "BM"}
    # near misses: a supplementary report on the same specimen replaces its diagnosis
    dcis = "DIAGNOSIS:\nRight breast, core biopsy: ductal carcinoma in situ.\n\n"
    assert labels(dcis + "SUPPLEMENTARY REPORT (04/05/2026): On levels and immunostains the lesion is atypical ductal "
                  "hyperplasia.\nRight breast, core biopsy: atypical ductal hyperplasia.\n") == {"L": "-", "R": "B"}
    assert labels(dcis + "SUPPLEMENTARY REPORT (second specimen's immunostains): the diagnosis is revised.\n"
                  "Right breast, core biopsy: atypical ductal hyperplasia.\n") == {"L": "-", "R": "B"}
    assert labels(dcis + "SUPPLEMENTARY REPORT (further levels received 05/05/2026):\n"
                  "Right breast, core biopsy: atypical ductal hyperplasia.\n") == {"L": "-", "R": "B"}


def test_a_cjk_heading_glossed_in_square_brackets_is_that_heading() -> None:
    # "臨床情報 [Clinical history]:" opening its line: the history
    report = ("病理診断報告書 [Pathology report]\n臨床情報 [Clinical history]: 左乳癌 術後 [left breast cancer, after surgery]\n"
              "【病理診断 Diagnosis】\n右乳房 針生検 [Right breast, core biopsy]: 線維腺腫 [fibroadenoma]\n")
    assert labels(report) == {"L": "-", "R": "B"}
    # near misses: a glossed diagnosis, a Portuguese heading before the Chinese one, a gloss in parentheses, a gloss
    # inside a sentence
    assert labels("病理診断報告書\n【病理診断 Diagnosis】\n右乳房 針生検 [Right breast, core biopsy]: 浸潤性乳管癌 "
                  "[invasive ductal carcinoma]\n") == {"L": "-", "R": "M"}
    assert labels("Diagnóstico 病理诊断 [Diagnosis]:\nMama direita, biópsia: fibroadenoma.\n") == {"L": "-", "R": "B"}
    assert labels("临床资料 (Clinical history): right breast lump.\n诊断 (Diagnosis): Right breast, core: fibroadenoma.\n") == {
        "L": "-", "R": "B"}
    assert labels("Diagnosis: Right breast, core: 纤维腺瘤 [fibroadenoma]: no atypia.\n") == {"L": "-", "R": "B"}


def test_an_italian_correction_note_says_the_wrong_side_after_non() -> None:
    # "dalla mammella DESTRA [...], non dalla sinistra [...]": the side is corrected, the first issue moves
    corrected = ("REFERTO ISTOLOGICO - RETTIFICA\nRETTIFICA del 03/06/2026: il prelievo proviene dalla mammella DESTRA "
                 "[the specimen is from the RIGHT breast], non dalla sinistra come indicato in origine [not the left as "
                 "originally stated].\n\nDiagnosi (come originariamente emessa):\n"
                 "Mammella sinistra, agobiopsia: carcinoma duttale infiltrante, G2.\n")
    assert labels(corrected) == {"L": "-", "R": "M"}
    # near misses: a side not examined, a correction of something else, "non" in a diagnosis
    assert labels("Diagnosi:\nMammella destra, agobiopsia: fibroadenoma.\nMammella sinistra: non eseguita.\n") == {
        "L": "-", "R": "B"}
    assert labels("RETTIFICA del 03/06/2026: aggiunta la data del prelievo.\n\nDiagnosi:\n"
                  "Mammella sinistra, agobiopsia: fibroadenoma.\n") == {"L": "B", "R": "-"}
    assert labels("RETTIFICA del 03/06/2026: corretto il cognome della paziente [patient surname corrected].\n\n"
                  "Diagnosi:\nMammella destra [Right breast], agobiopsia: fibroadenoma. Mammella sinistra non esaminata, "
                  "non dalla destra.\n") == {"L": "-", "R": "B"}
