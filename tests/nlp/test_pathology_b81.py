"""Pathology rules developed on released batch b81, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_a_report_quoted_after_a_note_s_words_takes_its_site_from_its_own_specimen_line() -> None:
    # the note's words before the quotation ("came back", "now back") name no organ: the quoted specimen line does
    assert labels('Update: the resection histology came back early, final diagnosis reads: "LEFT BREAST, WIDE '
                  'LOCAL EXCISION: INVASIVE CARCINOMA OF NO SPECIAL TYPE, GRADE 2."') == {"L": "M", "R": "-"}
    assert labels('Final histology now back (H26/09301): "Left breast, excision: complex sclerosing lesion '
                  '(radial scar)."') == {"L": "B", "R": "-"}
    # near miss: a quoted specimen line of another organ is still that organ
    assert labels('Result now back: "Skin of back, excision: basal cell carcinoma."') == {"L": "-", "R": "-"}
    assert labels('Histology back: "Left thyroid lobe: papillary carcinoma."') == {"L": "-", "R": "-"}


HANDOVER = ("WARD 22 - SBAR HANDOVER\n{s}:\n{situation}\n{b}:\n{background}\n"
            "A - Assessment:\nWound dry.\nR - Recommendation:\nRemove drain tomorrow.\n")


def test_an_sbar_handover_note_is_labelled_by_the_histology_it_quotes() -> None:
    # the quoted histology decides; the note's own words (what she is in for, her background) are history
    situation = ('Returned to theatre for evacuation of R breast haematoma (WLE for DCIS 10 days ago). Histology '
                 'reported this morning: "Right breast, cavity wall: organising blood clot with prior surgical site '
                 'changes. No residual DCIS identified."')
    assert labels(HANDOVER.format(s="S - Situation", situation=situation, b="B - Background",
                                  background="R breast low grade DCIS 14 mm.")) == {"L": "-", "R": "B"}
    situation = ('Day 2 post drainage of L breast abscess. Histology back: "Left breast, abscess wall: acute abscess. '
                 'No evidence of malignancy."')
    assert labels(HANDOVER.format(s="SITUATION", situation=situation, b="BACKGROUND",
                                  background="R breast cancer 2020, discharged from follow-up.")) == {"L": "-", "R": "-"}
    # near miss: a handover note quoting no histology keeps its own words (nothing is quoted to decide)
    assert labels(HANDOVER.format(s="S - Situation", situation="Day 1 post L WLE.", b="B - Background",
                                  background="Left breast core: invasive ductal carcinoma.")) == {"L": "M", "R": "-"}
    # near miss: a note without an SBAR situation heading is not read so
    assert labels('Ward note: admitted for L WLE for DCIS. Histology: "Left breast, core: atypical ductal '
                  'hyperplasia."') != {"L": "B", "R": "-"}


def test_a_first_language_term_is_the_finding_its_bracketed_translation_names() -> None:
    # Portuguese word order leaves "Carcinoma" matched alone before "basocelular": the gloss says a skin tumour
    assert labels("Diagnóstico [Diagnosis]: Pele da mama direita, biópsia excisional: Carcinoma basocelular "
                  "[basal cell carcinoma], tipo nodular. Margens livres.") == {"L": "-", "R": "-"}
    # near miss: a gloss that names the same carcinoma keeps it
    assert labels("Diagnóstico [Diagnosis]: Mama direita, biópsia por agulha grossa: Carcinoma ductal invasivo "
                  "[invasive ductal carcinoma], grau 2.") == {"L": "-", "R": "M"}


def test_a_translated_revision_that_names_the_diagnosis_it_replaces_withdraws_it() -> None:
    report = ("Diagnóstico [Diagnosis]: Mama direita, exérese de ducto: Papiloma intraductal [intraductal papilloma] "
              "com hiperplasia ductal atípica (HDA) focal.\n\n"
              "ADENDA [Addendum]: O diagnóstico é revisto para [The diagnosis is revised to]: Mama direita: Carcinoma "
              "papilar intraductal [intraductal papillary carcinoma]. {verb} o diagnóstico de papiloma com HDA.\n")
    assert labels(report.format(verb="Este diagnóstico substitui")) == {"L": "-", "R": "M"}
    assert labels(report.format(verb="Este diagnóstico sustituye")) == {"L": "-", "R": "M"}
    # near miss: a papilloma the revision keeps beside the carcinoma still labels
    assert labels(report.format(verb="Persiste")) == {"L": "-", "R": "BM"}
