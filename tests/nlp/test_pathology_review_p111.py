"""Review p111: the b111 rules narrowed to positive evidence (the reviewer's over-reaches, reworded, and each rule's
own shape)."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import states

_DATED = "Reported 02/04/2026.\n"
_ADH_CORE = "DIAGNOSIS: Right breast, core biopsy: atypical ductal hyperplasia.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a classification's year before today's entity, the entity the modifier of a noun after it: today's finding
        (_DATED + "Diagnosis: Left breast core: this lesion satisfies the 2019 DCIS criteria.\n", {"L": "M", "R": "-"}),
        (_DATED + "Diagnosis: Left breast core: the 2019 DCIS criteria (over 2 mm) are fulfilled.\n",
         {"L": "M", "R": "-"}),
        (_DATED + "Diagnosis: Left breast core: atypical ductal proliferation, 4 mm, meeting the 2019 DCIS size "
                  "threshold.\n", {"L": "M", "R": "-"}),
        (_DATED + "Diagnosis: Left breast core: a lesion that meets the 2012 lobular neoplasia criteria.\n",
         {"L": "B", "R": "-"}),
        (_DATED + "Diagnosis: Left breast core: graded under the 2019 invasive carcinoma grading system: invasive "
                  "carcinoma NST, grade 1.\n", {"L": "M", "R": "-"}),
    ],
)
def test_a_classification_year_before_the_entity_is_not_its_date(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the <year> [side] <entity>" where the entity ends its phrase: the patient's past
        (_DATED + "Diagnosis: Left breast core: fibroadenoma. Right breast: the 2020 right DCIS.\n",
         {"L": "B", "R": "-"}),
        (_DATED + "Diagnosis: Left breast core: fibroadenoma.\nComment: the lump is contralateral to the 2020 right DCIS "
                  "and the histology is benign.\n", {"L": "B", "R": "-"}),
        (_DATED + "Diagnosis: Left breast core: fibroadenoma. Her 2020 right DCIS, treated by mastectomy, is not "
                  "relevant here.\n", {"L": "B", "R": "-"}),
    ],
)
def test_a_year_before_an_entity_that_ends_its_phrase_is_history(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hedge covers the entity it names: "non si può escludere [la presenza di] un carcinoma"
        ("DIAGNOSI: Mammella destra, agobiopsia: papilloma intraduttale. Non si può escludere un carcinoma papillare "
         "nelle aree non campionate.\n", {"L": "-", "R": "B"}),
        ("DIAGNOSI: Mammella destra, agobiopsia: papilloma intraduttale. Non è possibile escludere la presenza di un "
         "carcinoma papillare.\n", {"L": "-", "R": "B"}),
        # ... not a clause about a stated carcinoma's extent ("che il carcinoma ... sia multifocale")
        ("DIAGNOSI: Mammella destra: non si può escludere che il carcinoma duttale infiltrante sia plurifocale.\n",
         {"L": "-", "R": "M"}),
        ("DIAGNOSI: Mammella destra: non è possibile escludere che il carcinoma lobulare infiltrante raggiunga il "
         "margine.\n", {"L": "-", "R": "M"}),
        ("DIAGNOSI: Mammella destra, quadrantectomia: carcinoma duttale infiltrante G3. Non si può escludere che il "
         "carcinoma sia multicentrico.\n", {"L": "-", "R": "M"}),
    ],
)
def test_the_italian_hedge_covers_the_entity_it_names(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the conditional's own clause: no diagnosis
        ("Diagnosis: Right breast core: ADH. If it showed DCIS, re-excision would be planned.\n", {"L": "-", "R": "B"}),
        ("Diagnosis: Right breast core: ADH. If the excision shows DCIS, LCIS or invasive carcinoma, the plan "
         "changes.\n", {"L": "-", "R": "B"}),
        # ... a clause after it that answers it keeps its finding
        ("Diagnosis: Right breast core: extra levels were ordered to see if the specimen showed invasion, and they "
         "show invasive carcinoma NST.\n", {"L": "-", "R": "M"}),
        ("Diagnosis: Right breast core: deeper sections were cut to check if it showed invasion, and they show "
         "invasive ductal carcinoma.\n", {"L": "-", "R": "M"}),
        ("Diagnosis: Right breast core: E-cadherin was done to check if the core showed lobular features, and it "
         "confirms invasive lobular carcinoma.\n", {"L": "-", "R": "M"}),
    ],
)
def test_a_conditional_covers_only_its_own_clause(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that specimen" is the excision recommended before it, in its sentence or its comment: this diagnosis stands
        (_ADH_CORE + "Comment: excision is recommended, and the final classification will be made on that specimen.\n",
         {"L": "-", "R": "B"}),
        (_ADH_CORE + "Comment: a surgical excision is generally\nadvised after ADH on a core, and the final "
                     "classification will be made on that specimen.\n", {"L": "-", "R": "B"}),
        (_ADH_CORE + "Comment: we recommend excision. The diagnosis may be revised on that specimen.\n",
         {"L": "-", "R": "B"}),
        # ... "that specimen" after today's core with work pending, or with no excision named: still pending
        (_ADH_CORE + "Comment: levels and immunohistochemistry on the core are outstanding; the final classification "
                     "will be made on that specimen.\n", {"L": "-", "R": "?"}),
        (_ADH_CORE + "Comment: more levels are being cut from this core; the final classification will be made on "
                     "that specimen.\n", {"L": "-", "R": "?"}),
        (_ADH_CORE + "Comment: frozen section was deferred; the final classification will be made on that specimen "
                     "once permanent sections are available.\n", {"L": "-", "R": "?"}),
        (_ADH_CORE + "Addendum: the block has gone for review; the final classification will be made on that "
                     "specimen.\n", {"L": "-", "R": "?"}),
        (_ADH_CORE + "Comment: the final classification will be made on that specimen.\n", {"L": "-", "R": "?"}),
        # ... an excision that is today's own specimen, not a recommended later one
        ("DIAGNOSIS: Right breast, excision: atypical ductal hyperplasia.\nComment: levels are pending on the "
         "excision; the final classification will be made on that specimen.\n", {"L": "-", "R": "?"}),
        # ... an excision recommended under another heading: the addendum's "that specimen" is its own
        ("DIAGNOSIS: Right breast, core biopsy: atypical ductal hyperplasia; excision is recommended.\nAddendum: the "
         "block has gone for review; the final classification will be made on that specimen.\n",
         {"L": "-", "R": "?"}),
    ],
)
def test_that_specimen_is_a_later_specimen_only_after_a_recommended_excision(text: str,
                                                                          expected: dict[str, str]) -> None:
    assert states(text) == expected
