"""Pathology rules developed on released batch b87, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_another_organ_named_in_the_reports_own_language_is_no_breast() -> None:
    # a lung, liver or bone named in Spanish / Portuguese / French: its side is that organ's, not a breast's
    assert labels("DIAGNÓSTICO [Diagnosis]:\nPulmón derecho, resección en cuña: carcinoma metastásico compatible con "
                  "origen mamario [metastatic\ncarcinoma, consistent with breast origin] (GATA3 positivo).\n") == {
        "L": "-", "R": "-"}
    assert labels("DIAGNÓSTICO:\nFígado, lobo direito, biópsia: carcinoma metastático de origem mamária.\n") == {
        "L": "-", "R": "-"}
    assert labels("CONCLUSION :\nPoumon gauche, wedge : carcinome métastatique [metastatic carcinoma, "
                  "consistent with breast origin].\n") == {"L": "-", "R": "-"}
    # near miss: the breast itself, in the same words, keeps its carcinoma
    assert labels("DIAGNÓSTICO [Diagnosis]:\nMama derecha, biopsia con aguja gruesa: carcinoma ductal infiltrante "
                  "[invasive ductal carcinoma].\n") == {"L": "-", "R": "M"}
    # near miss: a lung nodule in the clinical data does not make the breast specimen another organ's
    assert labels("DATOS CLÍNICOS:\nNódulo pulmonar derecho.\n\nMUESTRA:\nMama izquierda, biopsia.\n\n"
                  "DIAGNÓSTICO:\nMama izquierda: carcinoma ductal infiltrante.\n") == {"L": "M", "R": "-"}


_ERRATUM = ("FE DE ERRATAS [Correction]:\n"
            "En el diagnóstico, donde dice \"{old_es}\", debe decir\n\"{new_es}\" [where it says \"{old_en}\", it "
            "must say \"{new_en}\"].\n\n"
            "MUESTRA [Specimen]:\nMama derecha, biopsia con aguja gruesa [right breast, core biopsy].\n\n"
            "DIAGNÓSTICO [Diagnosis] (informe original):\nMama derecha: {old_es}.\n")


def test_a_translated_erratum_repeated_in_its_gloss_keeps_its_new_reading() -> None:
    # the old and new readings share a finding (the papilloma): each copy's new reading stands
    assert labels(_ERRATUM.format(old_es="papiloma intraductal con hiperplasia ductal atípica (HDA)",
                                  new_es="papiloma intraductal sin atipia",
                                  old_en="intraductal papilloma with atypical ductal hyperplasia (ADH)",
                                  new_en="intraductal papilloma without atypia")) == {"L": "-", "R": "B"}
    # near miss: a malignant old reading sharing the finding is still withdrawn, in the reprint too
    assert labels(_ERRATUM.format(old_es="papiloma intraductal con carcinoma ductal in situ",
                                  new_es="papiloma intraductal sin atipia",
                                  old_en="intraductal papilloma with ductal carcinoma in situ",
                                  new_en="intraductal papilloma without atypia")) == {"L": "-", "R": "B"}
    # near miss: a malignant new reading stands, read as the same words are without an erratum (the papilloma and
    # its DCIS both)
    assert labels(_ERRATUM.format(old_es="papiloma intraductal", new_es="papiloma intraductal con carcinoma ductal "
                                  "in situ", old_en="intraductal papilloma",
                                  new_en="intraductal papilloma with ductal carcinoma in situ")) == {"L": "-", "R": "BM"}
    assert labels("DIAGNOSIS:\nRight breast: intraductal papilloma with ductal carcinoma in situ.\n") == {
        "L": "-", "R": "BM"}
