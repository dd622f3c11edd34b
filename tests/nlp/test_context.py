"""Assertion rules on masked text (finding mentions replaced by '#')."""

from __future__ import annotations

from nlp.context import assertion


def ctx(before: str, mention: str, after: str = ""):
    text = (before + "#" * len(mention) + after).lower()
    start = len(before)
    return assertion(text, (0, len(text)), start, start + len(mention))


def test_pre_negation_and_terminators() -> None:
    assert ctx("no ", "dcis").negated
    assert ctx("negative for atypia, ", "dcis").negated
    assert not ctx("negative for dcis, positive for ", "carcinoma").negated
    assert not ctx("no invasive carcinoma; ", "dcis").negated
    assert ctx("falls short of ", "dcis").negated
    assert ctx("does not meet criteria for ", "dcis").negated


def test_post_negation_needs_list_glue() -> None:
    assert ctx("", "dcis", ": not identified").negated
    assert ctx("", "dcis", " and ##### are absent").negated
    assert not ctx("", "idc", ", grade 2, er/pr positive, her2 negative").negated
    assert not ctx("", "idc", ", lymphovascular invasion not identified").negated


def test_uncertain_and_historical() -> None:
    assert ctx("suspicious for ", "dcis").uncertain
    assert ctx("cannot exclude ", "dcis").uncertain
    assert ctx("", "phyllodes tumor", " cannot be excluded").uncertain
    assert not ctx("consistent with ", "fibroadenoma").uncertain
    assert ctx("history of ", "dcis").historical
    assert ctx("s/p lumpectomy for ", "idc").historical
    assert not ctx("history of fibroadenoma, now ", "idc").historical


def test_resemblance_revision_and_indication_cues() -> None:
    assert ctx("sclerosing adenosis mimicking ", "invasive carcinoma").negated
    assert ctx("", "fibroadenoma", "-like lesion").uncertain
    assert ctx("distinction between a cellular ", "fibroadenoma", " and #### is not possible").uncertain
    assert ctx("the diagnosis is revised from '", "adh", "' to '####'").negated
    assert not ctx("revised from '####' to '", "dcis", "'").negated
    assert ctx("excision for ", "adh", " on core: ####").historical
    assert ctx("a mass, suspected ", "fibroadenoma").uncertain
