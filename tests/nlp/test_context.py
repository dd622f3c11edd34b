"""Assertion rules on masked text (finding mentions replaced by '#')."""

from __future__ import annotations

import random
from pathlib import Path

from nlp.context import _PRE_CUES, _WORD, ContextScanner, _triggers, assertion

DATA = Path(__file__).parent / "data"


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


def test_a_finding_raised_earlier_and_not_confirmed_is_negated() -> None:
    # what raised the finding may stand between it and its verdict
    assert ctx("the ", "carcinoma", " queried on frozen section was not confirmed").negated
    assert ctx("the ", "dcis", " suspected at the core biopsy was not confirmed").negated
    assert ctx("", "karcinoma", " nepasitvirtino").negated  # Lithuanian "not confirmed"
    # (near misses: confirmed, or the verdict on something else)
    assert not ctx("the ", "carcinoma", " suspected on imaging is confirmed").negated
    assert not ctx("", "carcinoma", " suspected; the margin is not confirmed clear").negated


def test_a_finding_raised_earlier_and_not_supported_is_negated() -> None:
    # "not supported" / "not substantiated" is the same verdict as "not confirmed"
    assert ctx("the ", "dcis", " raised by the mammogram is not supported").negated
    assert ctx("the ", "carcinoma", " queried during the operation was not substantiated").negated
    # (near miss: a supported concern stands)
    assert not ctx("the ", "carcinoma", " raised by the mammogram is supported by the cores").negated


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


def _cues_at_every_literal_word(masked: str) -> dict[str, list[tuple[int, int]]]:
    """The cue scan with every literal word of each pattern as a trigger, over every word."""
    words = [(m.start(), m.group(0)[:3]) for m in _WORD.finditer(masked)]
    out = {}
    for name, cue, _stop in _PRE_CUES:
        triggers, spans, last_end = _triggers(cue), [], 0
        for pos, head in words:
            if pos >= last_end and head in triggers:
                m = cue.match(masked, pos)
                if m is not None and m.end() > m.start():
                    spans.append(m.span())
                    last_end = m.end()
        out[name] = spans
    return out


def test_cue_scan_finds_what_every_literal_word_would() -> None:
    # the scanner tries a cue only at the words a match can start with (read off the pattern):
    # the same cues as trying it at every word headed by any literal word of the pattern
    rng = random.Random(13)
    words = sorted({w for _, cue, _ in _PRE_CUES for w in _WORD.findall(cue.pattern)}) + [
        "dcis", "#####", "s/p", "r/o", "h/o", "no-", "-like", "x-no", "vs.", "re-excision", "reexcision"]
    for _ in range(3000):
        masked = "".join(rng.choice(words) + rng.choice(" ,.;:-/'\n") for _ in range(rng.randint(1, 30)))
        scanner = ContextScanner(masked)
        got = {name: list(zip(idx.cue_starts, idx.cue_ends)) for name, idx in scanner.index.items()}
        assert got == _cues_at_every_literal_word(masked), masked
    for path in sorted(DATA.glob("pathology_dev_*.txt")):
        masked = path.read_text().lower()
        got = {name: list(zip(idx.cue_starts, idx.cue_ends)) for name, idx in ContextScanner(masked).index.items()}
        assert got == _cues_at_every_literal_word(masked), path.name


def test_a_cancer_someone_believes_in_fears_or_wants_to_prevent_is_no_diagnosis() -> None:
    from tests.nlp.test_resolution import codes

    diagnosis = "Final diagnosis: left breast, excision: fibroadenoma, margins clear.\n\n"
    for note in ("Nurse note: she is convinced she has breast cancer and asked for a second opinion.",
                 "Nurse note: the patient fears that she might have cancer in the left breast.",
                 "Nurse note: she wants surgery to prevent breast cancer on the left side."):
        assert codes(diagnosis + note) == {"L": "B", "R": "-"}, note
    # near miss: a cancer the report itself states on the other side still labels it
    assert codes(diagnosis + "Right breast, core biopsy: she has invasive ductal carcinoma, grade 2.") == {"L": "B", "R": "M"}


def test_a_residual_tumour_after_treatment_is_todays_finding() -> None:
    # "status post" after a residual tumour names the treatment it survived, not the tumour's past
    assert not ctx("residual ", "invasive carcinoma", " status post neoadjuvant chemotherapy").historical
    assert not ctx("persistent ", "dcis", ", s/p radiotherapy").historical
    # (near miss: without "residual" the tumour is the one the operation removed)
    assert ctx("", "invasive carcinoma", " status post lumpectomy").historical
