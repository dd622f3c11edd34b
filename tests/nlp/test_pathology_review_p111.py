"""Reviews p111 and p111b: the b111 rules narrowed to positive evidence (the reviewers' over-reaches, reworded, and each
rule's own shape). Review p111b withdrew the bare earlier-year rule and the "on that specimen" rule: their over-reach
texts are kept here as near misses with their right labels."""

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
        # today's excision, mastectomy or recurrence of a lesion first diagnosed in an earlier year: today's finding
        (_DATED + "Diagnosis: Left breast wide local excision: the 2024 DCIS has been completely excised, 15 mm, "
                  "margins clear.\n", {"L": "M", "R": "-"}),
        (_DATED + "Diagnosis: Left breast wide local excision: the 2025 DCIS, 7 mm, clear of all margins.\n",
         {"L": "M", "R": "-"}),
        (_DATED + "Diagnosis: Left breast mastectomy: the 2025 invasive carcinoma NST, 22 mm after neoadjuvant "
                  "therapy, ypT2.\n", {"L": "M", "R": "-"}),
        (_DATED + "Diagnosis: Left breast excision: the 2023 left breast DCIS, which measures 11 mm here.\n",
         {"L": "M", "R": "-"}),
        (_DATED + "Diagnosis: Left breast re-excision: the 2018 DCIS has come back.\n", {"L": "M", "R": "-"}),
        (_DATED + "Diagnosis: Left breast re-excision: recurrence of the 2018 DCIS.\n", {"L": "M", "R": "-"}),
        (_DATED + "Diagnosis: Left breast re-excision: recurrence of DCIS 2018.\n", {"L": "M", "R": "-"}),
        # ... a classification's year in a table's column, or a year after the entity with nothing else to date it
        (_DATED + "Right breast core biopsy\nTumour type\tWHO edition\nInvasive carcinoma NST\t2019\n",
         {"L": "-", "R": "M"}),
        (_DATED + "Right breast core biopsy\nType                   Classification year\nDCIS                   "
                  "2019\n", {"L": "-", "R": "M"}),
        (_DATED + "Right breast core biopsy\nHistological type:    Invasive lobular carcinoma    2019\n",
         {"L": "-", "R": "M"}),
        (_DATED + "Right breast core: invasive ductal carcinoma 2019.\n(WHO classification, 5th edition)\n",
         {"L": "-", "R": "M"}),
        (_DATED + "Right breast core.\nDiagnosis: DCIS 2019 - WHO terminology.\n", {"L": "-", "R": "M"}),
        ("Follow-up due 06/2027\nRight breast core: invasive carcinoma NST 2026.\n", {"L": "-", "R": "M"}),
    ],
)
def test_an_entity_with_an_earlier_year_is_todays_finding(text: str, expected: dict[str, str]) -> None:
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
        # ... only the one entity it names: a second, stated entity after a linking word keeps its label
        ("DIAGNOSI: Mammella destra: non si può escludere una componente di DCIS associata al carcinoma lobulare "
         "infiltrante.\n", {"L": "-", "R": "M"}),
        ("DIAGNOSI: Mammella destra: non è possibile escludere un focolaio infiltrante nel contesto del carcinoma "
         "duttale in situ.\n", {"L": "-", "R": "M"}),
        ("DIAGNOSI: Mammella destra: non si può escludere un carcinoma lobulare in situ accanto al carcinoma duttale "
         "infiltrante G3.\n", {"L": "-", "R": "M"}),
        # ... and a "but / whereas / however" clause that gives the diagnosis
        ("DIAGNOSI: Mammella sinistra: non si può escludere un carcinoma, ma il reperto è di fibroadenoma.\n",
         {"L": "B", "R": "-"}),
        ("DIAGNOSI: Mammella sinistra: non si può escludere un carcinoma, mentre si osserva un papilloma "
         "intraduttale.\n", {"L": "B", "R": "-"}),
        ("DIAGNOSI: Mammella sinistra: non è possibile escludere un carcinoma, tuttavia il quadro è di "
         "fibroadenoma.\n", {"L": "B", "R": "-"}),
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
        # "that specimen" after today's core with work pending, or with no excision named: still pending
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
        # ... and with an excision named nearby (the withdrawn rule's over-reaches): the nearest specimen is today's
        # core or block, or the excision is declined, not advised, or for the other breast
        (_ADH_CORE + "Comment: excision is recommended. More levels are being cut on this core; the final "
                     "classification will be made on that specimen.\n", {"L": "-", "R": "?"}),
        (_ADH_CORE + "Comment: excision is recommended. The core has gone for a second opinion; the final "
                     "classification will be made on that specimen.\n", {"L": "-", "R": "?"}),
        (_ADH_CORE + "Comment: surgery is booked. The block is out for review, and the final classification will be "
                     "made on that specimen.\n", {"L": "-", "R": "?"}),
        (_ADH_CORE + "Comment: excision was offered in 2023 and declined. Levels are awaited; the final "
                     "classification will be made on that specimen.\n", {"L": "-", "R": "?"}),
        (_ADH_CORE + "Comment: the MDT did not recommend excision; the final classification will be made on that "
                     "specimen.\n", {"L": "-", "R": "?"}),
        (_ADH_CORE + "Comment: a mastectomy is planned for the left breast; levels on this right core are pending and "
                     "the final classification will be made on that specimen.\n", {"L": "-", "R": "?"}),
        (_ADH_CORE + "Comment: surgery was planned at another hospital; only the core is here and the final "
                     "classification will be made on that specimen when levels are cut.\n", {"L": "-", "R": "?"}),
        # ... an excision recommended under another heading: the addendum's "that specimen" is its own
        ("DIAGNOSIS: Right breast, core biopsy: atypical ductal hyperplasia; excision is recommended.\nAddendum: the "
         "block has gone for review; the final classification will be made on that specimen.\n",
         {"L": "-", "R": "?"}),
    ],
)
def test_a_final_classification_on_that_specimen_is_still_pending(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected
