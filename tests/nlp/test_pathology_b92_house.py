"""Pathology rules developed on released batch b92, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_FRENCH_EXPORT = ("Legende STATUT: P=provisoire [preliminary] V=valide [final] R=rectifie [corrected] A=annule [voided]\n"
                  "NUM_DOSSIER;PARTIE;RUBRIQUE;TEXTE;STATUT;DATE_VALID\n")


def test_an_export_with_french_column_names_is_read_by_its_status_legend() -> None:
    # a voided row ("A=annule") never counts
    assert labels(_FRENCH_EXPORT
                  + '"B1";"1";"CONCLUSION";"Sein droit: carcinome lobulaire infiltrant.";"A";"2026-01-02"\n'
                  '"B1";"1";"CONCLUSION";"Sein droit: fibroadenome. Pas de carcinome.";"V";"2026-01-03"\n'
                  ) == {"L": "-", "R": "B"}
    # a corrected row ("R=rectifie") replaces the final one of the same part
    assert labels(_FRENCH_EXPORT
                  + '"B1";"1";"CONCLUSION";"Sein gauche: papillome intracanalaire.";"V";"2026-01-02"\n'
                  '"B1";"1";"CONCLUSION";"Sein gauche: carcinome papillaire encapsule.";"R";"2026-01-05"\n'
                  ) == {"L": "M", "R": "-"}
    # near miss: a corrected row of another part replaces nothing of part 1
    assert labels(_FRENCH_EXPORT
                  + '"B1";"1";"CONCLUSION";"Sein gauche: papillome intracanalaire.";"V";"2026-01-02"\n'
                  '"B1";"2";"CONCLUSION";"Sein droit: carcinome canalaire in situ.";"R";"2026-01-05"\n'
                  ) == {"L": "B", "R": "M"}


def test_an_export_row_of_the_clinical_information_section_is_history() -> None:
    # the request's clinical information (French "RENS_CLIN", "CLIN_INFO") quotes a diagnosis; it never labels
    assert labels(_FRENCH_EXPORT
                  + '"B1";"1";"RENS_CLIN";"ATCD: carcinome canalaire infiltrant sein gauche 2024.";"V";"2026-01-02"\n'
                  '"B1";"1";"CONCLUSION";"Sein droit: fibroadenome.";"V";"2026-01-02"\n') == {"L": "-", "R": "B"}
    assert labels("ACCESSION\tPART\tSECTION_CODE\tSTATUS\tDIAGNOSIS\n"
                  "S1\tA\tCLIN_INFO\tFINAL\tLeft mastectomy 2019 for DCIS; right breast lump.\n"
                  "S1\tA\tFINAL_DX\tFINAL\tRight breast, core: fibroadenoma.\n") == {"L": "-", "R": "B"}
    # near miss: the same words in the conclusion section are the laboratory's diagnosis
    assert labels(_FRENCH_EXPORT
                  + '"B1";"1";"CONCLUSION";"Sein gauche: carcinome canalaire infiltrant.";"V";"2026-01-02"\n'
                  '"B1";"2";"CONCLUSION";"Sein droit: fibroadenome.";"V";"2026-01-02"\n') == {"L": "M", "R": "B"}


def test_a_french_revision_naming_the_initial_diagnosis_after_de_withdraws_it() -> None:
    text = ("CONCLUSION: Sein gauche, microbiopsies: cicatrice radiaire. Pas de carcinome. Ce diagnostic remplace "
            "le diagnostic initial de carcinome tubuleux.")
    assert labels(text) == {"L": "B", "R": "-"}
    assert labels(text.replace("diagnostic initial de", "diagnostic initial d'")) == {"L": "B", "R": "-"}
    # near miss: a diagnosis stated outside the quoted one stands
    assert labels(text.replace("Pas de carcinome.", "Carcinome canalaire in situ associe.")) == {"L": "BM", "R": "-"}


_HL7 = ("MSH|^~\\&|LIS|HOSP|HIS|HOSP|20260226||ORU^R01|1|P|2.5\nPID|1||MRN1||DOE^JANE||19700101|F\n"
        "OBX|1|FT|22637-3^Path report.final diagnosis / {gloss}^LN||LEFT BREAST, CORE:\\.br\\- FIBROADENOMA.||||||F\n"
        "OBX|2|FT|22637-3^Path report.final diagnosis / {gloss}^LN||LEFT BREAST, CORE:\\.br\\- PHYLLODES TUMOUR, "
        "MALIGNANT.||||||{status}\n")


def test_an_hl7_observation_named_in_two_scripts_is_read_by_its_latin_name() -> None:
    # a corrected OBX (OBX-11 "C") whose name is glossed in Arabic replaces the first version
    assert labels(_HL7.format(gloss="التشخيص النهائي", status="C")) == {"L": "M", "R": "-"}
    assert labels(_HL7.format(gloss="Заключение", status="C")) == {"L": "M", "R": "-"}
    # near miss: a second final OBX of that name corrects nothing; both diagnoses stand
    assert labels(_HL7.format(gloss="التشخيص النهائي", status="F")) == {"L": "BM", "R": "-"}
