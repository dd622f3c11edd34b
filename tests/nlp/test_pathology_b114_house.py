"""Pathology rules developed on released batch b114, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_an_entity_that_can_be_excluded_is_not_diagnosed() -> None:
    # "so that X can be excluded": what excision is to rule out is left open, not found
    report = ("Left breast, core biopsy: fibroepithelial lesion, B3. Excision is advised so that a phyllodes tumour "
              "can be excluded.\n")
    assert labels(report) == {"L": "-", "R": "-"}
    assert labels("Right breast, core: atypical ductal hyperplasia. Excision recommended so that DCIS may be ruled "
                  "out.\n") == {"L": "-", "R": "B"}
    # near misses: "can be" of another verb, or of another word than the entity, leaves the diagnosis standing
    assert labels("Left breast, excision: phyllodes tumour, benign. It can be excised with clear margins.\n") == {
        "L": "M", "R": "-"}
    assert labels("Left breast, core: DCIS, high grade. Invasion cannot be assessed; DCIS can be seen in three "
                  "cores.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast, core: phyllodes tumour. Excision so that margins can be assessed.\n") == {
        "L": "M", "R": "-"}


def test_a_french_pour_eliminer_is_a_hedge() -> None:
    # French "pour éliminer / pour exclure" (to rule out) hedges the entity it names, as "to rule out" does
    assert labels("Sein gauche : lésion fibro-épithéliale; exérèse conseillée pour éliminer une tumeur phyllode.\n"
                  ) == {"L": "-", "R": "-"}
    assert labels("Sein droit : fibroadénome; exérèse conseillée pour exclure une tumeur phyllode.\n") == {
        "L": "-", "R": "B"}
    # near misses: "pour" with another verb, "pour éliminer" of something else, "pour mémoire"
    assert labels("Sein gauche : tumeur phyllode bénigne; reprise conseillée pour obtenir des marges saines.\n") == {
        "L": "M", "R": "-"}
    assert labels("Sein gauche : carcinome canalaire infiltrant, grade 2, pour éliminer toute ambiguïté sur la "
                  "latéralité.\n") == {"L": "M", "R": "-"}
    assert labels("Sein droit : fibroadénome. Pour mémoire, pas de carcinome.\n") == {"L": "-", "R": "B"}


def test_a_french_diagnostic_clinique_is_history() -> None:
    # the requester's "Diagnostic clinique" (clinical diagnosis) is history, like "Clinical diagnosis:"
    report = "Diagnostic clinique : fibroadénome du sein droit ?\nCONCLUSION : Sein droit : tumeur phyllode bénigne.\n"
    assert labels(report) == {"L": "-", "R": "M"}
    assert labels(report.replace("Diagnostic clinique :", "Diagnostic clinique / impression :")) == {"L": "-", "R": "M"}
    # near misses: the laboratory's own diagnosis headings still label
    assert labels("Diagnostic : fibroadénome du sein droit.\n") == {"L": "-", "R": "B"}
    assert labels("Diagnostic définitif : Sein droit : fibroadénome.\n") == {"L": "-", "R": "B"}
    assert labels("Examen clinique : masse du sein droit.\nDiagnostic histologique : Sein droit : fibroadénome.\n"
                  ) == {"L": "-", "R": "B"}


def test_a_bracketed_translation_after_a_full_stop_is_a_sentence_of_its_own() -> None:
    # "... du sein gauche. [Fibroadenoma of the right breast. ...]": the gloss's finding takes its own side, not the
    # side named just before the bracket
    report = ("Conclusion : Adénofibrome du sein droit. Kyste du sein gauche. [Fibroadenoma of the\n"
              "right breast. Cyst of the left breast.]\n")
    assert labels(report) == {"L": "B", "R": "B"}
    report = ("Conclusion : Fibroadénome du sein droit. Tumeur phyllode bénigne du sein gauche. [Fibroadenoma of the\n"
              "right breast. Benign phyllodes tumour of the left breast.]\n")
    assert labels(report) == {"L": "M", "R": "B"}
    # near misses: a bracket with no side of its own, a bracketed aside, and a sentence after a bracket
    assert labels("Sein gauche : kyste bénin. [Benign cyst.]\n") == {"L": "B", "R": "-"}
    assert labels("Left breast core: fibroadenoma. [See comment.]\n") == {"L": "B", "R": "-"}
    assert labels("Right breast core: IDC. [Addendum to follow.] Left breast core: fibroadenoma.\n") == {
        "L": "B", "R": "M"}


def test_a_register_s_previous_entry_is_history() -> None:
    # a register extract's "Previous entry:" is an earlier specimen's result
    report = ("Previous entry (for reference only): 2023/BC-044, RIGHT breast core - invasive carcinoma.\n"
              "Current entry: Result: LEFT BREAST, CORE: FIBROADENOMA.\n")
    assert labels(report) == {"L": "B", "R": "-"}
    assert labels("Previous entry: RIGHT breast core - fibroadenoma.\nResult: LEFT BREAST, CORE: DCIS.\n") == {
        "L": "M", "R": "-"}
    # near misses: an entry not named earlier, the current one, and "previous entry" inside a sentence
    assert labels("Entry: RIGHT breast core - fibroadenoma.\n") == {"L": "-", "R": "B"}
    assert labels("Current entry: RIGHT breast core - fibroadenoma.\n") == {"L": "-", "R": "B"}
    assert labels("Result: Right breast core: fibroadenoma. No previous entry in the register.\n") == {
        "L": "-", "R": "B"}


def test_a_field_with_a_long_aside_before_its_colon_ends_the_history() -> None:
    # "Result (<ref>, <date>; <where the stains were done>):" is a field of its own, past the 70 characters of a plain
    # field name: the history above ends there
    report = ("History: lump in the left breast, growing for two months.\n"
              "Result (lab ref H26-0311, received 02/03/2026; stains done at the referral lab):\n"
              "  \"LEFT BREAST, CORE: INVASIVE CARCINOMA OF NO SPECIAL TYPE.\"\n")
    assert labels(report) == {"L": "M", "R": "-"}
    # near misses: a short aside as before, and a history line with a long aside of its own keeps its carcinoma
    # in the history
    assert labels("History: lump in the left breast, growing for two months.\nResult (H26-0311):\n"
                  "  \"LEFT BREAST, CORE: INVASIVE CARCINOMA.\"\n") == {"L": "M", "R": "-"}
    assert labels("History: left breast carcinoma (treated 2019, mastectomy and radiotherapy at the regional centre, "
                  "now well):\nRight breast core: fibroadenoma.\n") == {"L": "-", "R": "B"}
    assert labels("Clinical history: right breast carcinoma in 2018\n(treated by mastectomy).\n"
                  "Specimen: left breast core\nDiagnosis: fibroadenoma.\n") == {"L": "B", "R": "-"}
    assert labels("History: previous right breast carcinoma 2017, treated with wide local excision and radiotherapy "
                  "elsewhere.\nDiagnosis: Left breast, core: fibroadenoma.\n") == {"L": "B", "R": "-"}


_DICTATION = ("dr okafor dictating surgical path s26 dash 5512 new paragraph\n"
              "clinical history fifty year old with right breast mass new paragraph\n")


def test_a_dictation_counts_its_parts_again_under_the_final_diagnosis() -> None:
    # "gross part one ... part two ... final diagnosis part one ...": the parts said again under the final diagnosis
    # open parts of their own, so one part's "no atypia" does not reach into the next part's carcinoma
    report = _DICTATION + ("gross part one right breast core three cores part two left breast core two cores\n"
                           "final diagnosis part one right breast core biopsy fibroadenoma no atypia\n"
                           "part two left breast core biopsy invasive lobular carcinoma\nend of dictation\n")
    assert labels(report) == {"L": "M", "R": "B"}
    # near misses: parts said once, a part pointed back to, and a negated carcinoma in the second part
    assert labels(_DICTATION + "final diagnosis part one right breast core biopsy sclerosing adenosis no atypia\n"
                  "part two left breast core biopsy no carcinoma\nend of dictation\n") == {"L": "-", "R": "B"}
    assert labels(_DICTATION + "gross part one right breast core three cores part two left breast core two cores\n"
                  "comment the findings in part one are as in part one of the prior case\n"
                  "final diagnosis part one right breast core biopsy fibroadenoma\n"
                  "part two left breast core biopsy benign breast tissue no carcinoma\nend of dictation\n") == {
        "L": "-", "R": "B"}
    assert labels(_DICTATION + "gross part one right breast core three cores part two left breast core two cores\n"
                  "final diagnosis part one right breast core biopsy invasive ductal carcinoma grade two\n"
                  "part two left breast core biopsy fibroadenoma\nend of dictation\n") == {"L": "B", "R": "M"}
