"""Pathology rules developed on released batch b108, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_malay_side_words_after_the_breast_word_give_the_side() -> None:
    # "PAYUDARA KANAN / KIRI": the Malay breast word with its side, each part's own heading
    report = ("SPESIMEN: A) Payudara kanan, biopsi teras [right breast, core]. B) Payudara kiri, eksisi [left breast, "
              "excision].\nDIAGNOSIS:\nA) PAYUDARA KANAN: FIBROADENOMA.\nB) PAYUDARA KIRI: KARSINOMA LOBULAR INVASIF "
              "[INVASIVE LOBULAR CARCINOMA].\n")
    assert labels(report) == {"L": "M", "R": "B"}
    # near miss: "Kiri" alone is a given name, no side
    assert labels("Requested by: Dr Kiri Walker\nRight breast, core: fibroadenoma.\n") == {"L": "-", "R": "B"}
    # near miss: an English side word still reads as before
    assert labels("DIAGNOSIS:\nLeft breast, core: papilloma.\n") == {"L": "B", "R": "-"}
    # near miss: "kanan" after another word is no side
    assert labels("Klinik Kanan Medical\nLeft breast, core: fibroadenoma.\n") == {"L": "B", "R": "-"}


def test_a_malay_axillary_node_heading_labels_no_breast() -> None:
    # "NODUS LIMFA KETIAK KANAN": a right axillary lymph node; its metastasis labels no breast
    report = ("DIAGNOSIS:\n1) NODUS LIMFA KETIAK KANAN: KARSINOMA METASTATIK [METASTATIC CARCINOMA], asal payudara "
              "[breast origin].\n2) PAYUDARA KANAN: FIBROADENOMA.\n")
    assert labels(report) == {"L": "-", "R": "B"}
    # near miss: the breast heading's own carcinoma labels the breast
    assert labels("DIAGNOSIS:\n1) PAYUDARA KANAN: KARSINOMA DUKTAL INVASIF [INVASIVE DUCTAL CARCINOMA].\n") == {
        "L": "-", "R": "M"}
    # near miss: an English breast heading with a carcinoma (as before)
    assert labels("DIAGNOSIS:\n1) Right breast, core: invasive ductal carcinoma.\n") == {"L": "-", "R": "M"}
    # near miss: an English axillary node heading (as before)
    assert labels("DIAGNOSIS:\n1) Right axillary lymph node, core: metastatic carcinoma.\n") == {"L": "-", "R": "-"}


def test_both_side_letters_after_a_heading_colon_on_one_line() -> None:
    # "Summary: R - <result>. L - <result>.": each letter heads its own item
    report = "Conclusion: R - B5a (DCIS, intermediate grade). L - B2 (fibroadenoma).\n"
    assert labels(report) == {"L": "B", "R": "M"}
    # near miss: the letters the other way round
    assert labels("Conclusion: L - B5b (invasive lobular carcinoma). R - B2 (papilloma).\n") == {"L": "M", "R": "B"}
    # near miss: a lone letter item stays unread (no side)
    assert labels("Specimen: Left breast core.\nConclusion: R - fibroadenoma.\n") == {"L": "B", "R": "-"}
    # near miss: the two items on two lines (as before)
    assert labels("Dx: L - fibroadenoma.\n    R - invasive lobular carcinoma.\n") == {"L": "B", "R": "M"}


def test_a_dictated_diagnosis_after_the_operations_reason_is_todays() -> None:
    # "excision for <indication>, diagnosis <entity>": the spoken diagnosis ends the operation's reason
    report = "Part C, left breast excision for calcifications, diagnosis fibroadenoma, 9 millimeters.\n"
    assert labels(report) == {"L": "B", "R": "-"}
    # near miss: a past operation for a cancer stays history
    assert labels("Clinical: left mastectomy 2017 for invasive ductal carcinoma.\nRight breast, core: papilloma.\n") == {
        "L": "-", "R": "B"}
    # near miss: "diagnosis of" after a past operation's reason keeps the history
    assert labels("Right breast core. History: lumpectomy for lump, diagnosis of DCIS 2015.\n"
                  "Diagnosis: right breast, core: fibroadenoma.\n") == {"L": "-", "R": "B"}
    # near miss: a past operation's own cancer without a diagnosis word stays history
    assert labels("Left breast core. Excision for DCIS in 2016.\nDiagnosis: benign breast tissue.\n") == {
        "L": "-", "R": "-"}


_REPRINT = ("-----\nREPORT - as originally issued 03/04/2026\nDIAGNOSIS:\n"
            "RIGHT BREAST, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA, GRADE 2.\n")


def test_a_dated_amendment_banner_heads_its_laterality_correction() -> None:
    # "*** AMENDMENT - <date> ***" over a side correction: the diagnosis moves to the corrected side
    report = ("*** AMENDMENT - 10/05/2026 ***\nThe specimen is from the LEFT breast, not the right as originally "
              "reported. The diagnosis is unchanged.\n" + _REPRINT)
    assert labels(report) == {"L": "M", "R": "-"}
    # the same note under the Malay heading glossed in English
    malay = ("*** PINDAAN [AMENDMENT] - 10/05/2026 ***\nSpesimen dari payudara KIRI [The specimen is from the LEFT "
             "breast, not the right as originally reported].\n" + _REPRINT)
    assert labels(malay) == {"L": "M", "R": "-"}
    # near miss: an undated banner is the report's title, its text no amendment note
    assert labels("*** AMENDED REPORT ***\nDIAGNOSIS:\nRIGHT BREAST, CORE BIOPSY: FIBROADENOMA.\n") == {
        "L": "-", "R": "B"}
    # near miss: a dated amendment banner over a note that moves no side
    assert labels("*** AMENDMENT - 10/05/2026 ***\nER and PR results added. The diagnosis is unchanged.\n"
                  + _REPRINT) == {"L": "-", "R": "M"}
    # near miss: a dated banner of another kind heads nothing
    assert labels("*** REPORT - 10/05/2026 ***\nDIAGNOSIS:\nLEFT BREAST, CORE BIOPSY: PAPILLOMA.\n") == {
        "L": "B", "R": "-"}
