"""Pathology rules for two misreads carried over from earlier first looks, one class per test (new wording, with a
near miss): a feature's own field answered negative after a diagnosis ("IDC, calcifications: none"), and a
first-language negation whose English gloss is only the finding's noun ("Nie stwierdzono raka [carcinoma]")."""

from __future__ import annotations

from nlp.evaluation import state_code
from nlp.pathology import breast_states


def _labels(text: str) -> dict[str, str]:
    return {side: state_code(state) for side, state in breast_states(text).items()}


def test_a_features_own_field_answered_negative_leaves_the_diagnosis_before_it() -> None:
    assert _labels("Right breast, core biopsy: IDC, calcifications: none.")["R"] == "M"
    assert _labels("Right breast, mastectomy: invasive lobular carcinoma; sentinel lymph nodes: negative (0/2).")[
        "R"] == "M"
    assert _labels("Left breast, core biopsy: fibroadenoma, microcalcifications: absent.")["L"] == "B"
    # near miss: a list of diagnoses sharing one answer is still negated, feature or not around it
    assert _labels("Left breast, core biopsy: Atypia, DCIS, invasive carcinoma: not identified. Fibroadenoma.")[
        "L"] == "B"
    assert _labels("Right breast, excision: DCIS and LCIS: not identified. Calcifications: present. "
                   "Fibrocystic change with apocrine metaplasia; fibroadenoma.")["R"] == "B"


def test_a_gloss_of_only_the_nouns_keeps_the_first_languages_negation() -> None:
    assert _labels("Lewa pierś [left breast], biopsja gruboigłowa: Nie stwierdzono raka [carcinoma]. "
                   "Gruczolakowłókniak [fibroadenoma].")["L"] == "B"
    # the cue's own gloss run in before the noun ("[not found]"), and a Romanian cue glossed the same way
    assert _labels("Left breast core: Nie stwierdzono [not found] raka [carcinoma]. Fibroadenoma.")["L"] == "B"
    assert _labels("Sân stâng [left breast]: nu s-a identificat [not identified] carcinom [carcinoma]. "
                   "Fibroadenom [fibroadenoma].")["L"] == "B"
    # near miss: a gloss that restates the whole phrase carries its own words, and a carcinoma after a negated
    # atypia is asserted
    assert _labels("Left breast core: Nie stwierdzono [not found] atypii. Rak przewodowy naciekający "
                   "[invasive ductal carcinoma].")["L"] == "M"
    assert _labels("Left breast core: papilom bez atipije [papilloma without atypia]; rak [carcinoma] "
                   "in the adjacent tissue.")["L"] == "BM"
