"""Pathology rules developed on released batch b96, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_a_scar_named_after_its_site_with_the_specimen_taken_from_it() -> None:
    # the scar is the place sampled: the site's words before it, ", core biopsy:" (or the name's colon) after it
    assert labels("Conclusion:\nRight breast scar, core biopsy: fat necrosis with foreign body giant cell reaction. "
                  "No evidence of recurrent carcinoma. B2.\n") == {"L": "-", "R": "-"}
    assert labels("Conclusion: L breast scar: dermal fibrosis only.\n") == {"L": "-", "R": "-"}
    assert labels("DIAGNOSIS:\nLeft mastectomy scar, punch biopsy: recurrent invasive ductal carcinoma.\n") == {
        "L": "M", "R": "-"}
    # near misses: a scar found in the tissue after the specimen's colon, or a field named "Scar:", is a scar
    assert labels("Final diagnosis:\nRight breast, re-excision: scar, biopsy site changes.\n") == {"L": "-", "R": "B"}
    assert labels("Final diagnosis:\nRight breast scar, excision: scar tissue with fat necrosis.\n") == {
        "L": "-", "R": "B"}
    assert labels("Right breast, wide local excision:\nScar: present\nDCIS: not identified\n") == {"L": "-", "R": "B"}
    # ... and so is a field whose name has no side before its bare colon
    assert labels("Right breast, wide local excision:\nPrevious scar: present\nDCIS: not identified\n") == {
        "L": "-", "R": "B"}
    assert labels("Left breast, mastectomy:\nMastectomy scar: not present\nBreast scar: present\n"
                  "Residual invasive carcinoma: none.\n") == {"L": "B", "R": "-"}


def test_a_hedge_or_negation_whose_object_opens_with_adjacent() -> None:
    # "adjacent" before the entity is its adjective: the cue before it still reaches the entity
    fea = ("Diagnosis: Left breast VAB - flat epithelial atypia with calcifications, B3. MDT review is advised; "
           "excision to exclude an adjacent DCIS is favoured.\n")
    assert labels(fea) == {"L": "B", "R": "-"}
    assert labels("Left breast core: LCIS. Excision recommended to rule out adjacent invasive carcinoma.\n") == {
        "L": "B", "R": "-"}
    assert labels("Right breast excision: radial scar; no adjacent DCIS.\n") == {"L": "-", "R": "B"}
    # near miss: after a finding of its own "adjacent" opens a clause, and what it names is diagnosed
    assert labels("Right breast core: fibroadenoma; no carcinoma, adjacent DCIS.\n") == {"L": "-", "R": "BM"}
    assert labels("Right breast excision: negative for malignancy, adjacent sclerosing adenosis.\n") == {
        "L": "-", "R": "B"}
    # near miss: the cue's reach ends with the adjective's own object; a finding past the comma is diagnosed
    assert labels("Right breast WLE: without adjacent LCIS, invasive lobular carcinoma 22 mm, margins clear.\n") == {
        "L": "-", "R": "M"}
    assert labels("Left breast core biopsy: no adjacent DCIS, invasive lobular carcinoma, classic type.\n") == {
        "L": "M", "R": "-"}
    assert labels("Right breast core biopsy: without associated microcalcifications, invasive ductal carcinoma "
                  "grade 2.\n") == {"L": "-", "R": "M"}
    assert labels("Left breast core: papillary lesion without associated atypia, ductal carcinoma in situ is present "
                  "at the edge.\n") == {"L": "M", "R": "-"}


_FRENCH_HEAD = "CHU - Service d'Anatomie et Cytologie Pathologiques\nCompte rendu n° AP-26-0001 (translated from French)\n"
_FRENCH_DIAGNOSIS = ("Conclusion (compte rendu initial du 28/03/2026) [Conclusion (initial report of 28/03/2026)]: "
                     "Sein gauche, microbiopsies: carcinome canalaire infiltrant, grade SBR III.\n")


def test_a_french_laterality_correction() -> None:
    # "le prélèvement provient du sein DROIT, et non du sein gauche comme indiqué initialement": the diagnosis moves
    glossed = ("RECTIFICATIF [Correction] du 02/04/2026: le prélèvement provient du sein DROIT [RIGHT breast], "
               "et non du sein gauche comme indiqué initialement.\n")
    assert labels(_FRENCH_HEAD + glossed + _FRENCH_DIAGNOSIS) == {"L": "-", "R": "M"}
    plain = ("RECTIFICATIF du 02/04/2026 : le prélèvement provient du sein droit, et non du sein gauche comme "
             "indiqué initialement.\n")
    assert labels(_FRENCH_HEAD + plain + _FRENCH_DIAGNOSIS) == {"L": "-", "R": "M"}
    # near miss: a note that confirms the side first given moves nothing
    confirmed = ("RECTIFICATIF [Correction] du 02/04/2026: le prélèvement provient bien du sein gauche [left breast], "
                 "comme indiqué initialement; le grade est corrigé.\n")
    assert labels(_FRENCH_HEAD + confirmed + _FRENCH_DIAGNOSIS) == {"L": "M", "R": "-"}
