"""Review pfinal5's confirmed over-reaches of the round's pathology rules, with the labels a careful reader gives them:
"X can be excluded" hedges only the head of its clause (no preposition before the entity), a "Diagnostic clinique"
item covers its own line (or the one line under a bare heading), and a result heading's aside that names another
institution ("from ...") or a diagnosis shows no result of this specimen."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_an_entity_after_a_preposition_is_not_the_one_that_can_be_excluded() -> None:
    assert labels("Left breast core: stromal invasion adjacent to the DCIS can be excluded on deeper levels.\n") == {
        "L": "M", "R": "-"}
    assert labels("Left breast core: invasion associated with the ductal carcinoma in situ could be ruled out on "
                  "levels.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast core, B5a: an invasive focus beneath the DCIS may be excluded on the levels "
                  "examined.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast core: invasion into the stroma surrounding the DCIS could be excluded on levels "
                  "2-6.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast core: focal invasion next to the DCIS can be excluded.\n") == {"L": "M", "R": "-"}


def test_the_head_of_its_clause_can_still_be_excluded() -> None:
    # near misses: the entity opens its clause (after a full stop, "that"), or is what an upgrade would reach
    assert labels("Right breast core: fibroadenoma. Phyllodes tumour can be excluded with confidence.\n") == {
        "L": "-", "R": "B"}
    assert labels("Excision is advised so that a phyllodes tumour can be excluded.\n") == {"L": "-", "R": "-"}
    assert labels("Right breast core: ADH. Upgrade to DCIS can be excluded only at excision.\n") == {
        "L": "-", "R": "B"}


def test_a_clinical_diagnosis_covers_its_own_line() -> None:
    assert labels("Diagnostic clinique : nodule suspect\nCarcinome canalaire infiltrant du sein gauche, grade 2, sur "
                  "les biopsies.\n") == {"L": "M", "R": "-"}
    assert labels("Diagnostic clinique : nodule du sein gauche.\nCarcinome canalaire infiltrant de grade 2 sur les "
                  "microbiopsies.\n") == {"L": "M", "R": "-"}
    assert labels("FICHE DE DEMANDE\nDiagnostic clinique : nodule sein droit ACR 4\nAspect d'un fibroadénome, sans "
                  "atypie.\n") == {"L": "-", "R": "B"}
    assert labels("Diagnostic clinique : lésion du sein droit\nLésion de 2 cm, biopsiée. Adénose sclérosante.\n") == {
        "L": "-", "R": "B"}
    # a lower-case result field on the next line is the laboratory's too
    assert labels("Diagnostic clinique : fibroadénome\nhistologiquement : carcinome canalaire in situ de bas grade, "
                  "sein droit.\n") == {"L": "-", "R": "M"}


def test_a_clinical_diagnosis_on_its_own_line_is_still_history() -> None:
    # near misses: the clinician's diagnosis on the heading's line, or on the one line under a bare heading
    assert labels("Diagnostic clinique : carcinome du sein gauche\nSein gauche, biopsie : fibroadénome.\n") == {
        "L": "B", "R": "-"}
    assert labels("Diagnostic clinique :\ncarcinome du sein droit\nSein droit, microbiopsie : adénose "
                  "sclérosante.\n") == {"L": "-", "R": "B"}


def test_a_result_aside_naming_another_institution_or_a_diagnosis_ends_no_history() -> None:
    assert labels("History: second opinion.\nReport (SLH H26-0090, received 03/01/2026 from St Luke's Hospital with 4 "
                  "blocks and 6 slides):\n\"LEFT BREAST, CORE: DCIS, LOW GRADE.\"\nOur diagnosis: Left breast core: "
                  "atypical ductal hyperplasia.\n") == {"L": "B", "R": "-"}
    assert labels("History: right breast lump.\nReport (H26-0510, received 01/03/2026; frozen section on 28/02/2026 "
                  "said DCIS, now deferred):\nRight breast excision: ADH.\n") == {"L": "-", "R": "B"}
    # near miss: this specimen's laboratory aside still ends the history above it
    assert labels("History: left breast mass, rapidly enlarging.\nResult (EHLS H26-0544, received 23/03/2026; "
                  "immunohistochemistry at reference lab):\n\"LEFT BREAST, INCISION BIOPSY: DIFFUSE LARGE B-CELL "
                  "LYMPHOMA.\"\n") == {"L": "M", "R": "-"}
