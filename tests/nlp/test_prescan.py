"""The substring pre-checks: exact on ASCII text, and never skipping a scan that would match."""

from __future__ import annotations

import re

import pytest

from nlp import birads, laterality, layout, resolution, structure
from nlp.prescan import ascii_lower, may_contain
from tests.nlp.corpus import CORPORA, evaluation_reports


def test_ascii_text_is_lowered_and_checked():
    low = ascii_lower("FINAL DIAGNOSIS, left breast")
    assert low == "final diagnosis, left breast"
    assert may_contain(low, ("diagnosis,", "gross,"))
    assert not may_contain(low, ("history,", "gross,"))


def test_non_ascii_text_is_always_scanned():
    # re.IGNORECASE folds the long s to "s"; str.lower does not, so no pre-check is made
    text = "DIAGNOſIS, left breast"
    assert re.search(r"diagnosis,", text, re.IGNORECASE)
    assert ascii_lower(text) is None
    assert may_contain(ascii_lower(text), ("diagnosis,",))


# Every (pattern, pre-check words) pair of the rules: a rule added to a pattern without its word
# would silently never run. On every evaluation text, a pattern that matches must pass its pre-check.
PRECHECKED = [
    (resolution._ORGAN_NEAR, resolution._ORGAN_NEAR_WORDS),
    (resolution._ORIGIN_AFTER, resolution._ORIGIN_WORDS),
    (resolution._NODE_BEFORE, resolution._NODE_WORDS),
    (resolution._METASTATIC_BEFORE, resolution._METASTATIC_WORDS),
    (resolution._OUTSIDE_UNIT, resolution._OUTSIDE_WORDS),
    (resolution._QUOTED_EARLIER, resolution._QUOTED_WORDS),
    (resolution._QUOTED_ERRATUM, resolution._QUOTED_ERRATUM_WORDS),
    (resolution._WITHDRAWN, resolution._WITHDRAWN_WORDS + resolution._TAKEN_BACK_WORDS),
    (resolution._TAKEN_BACK, resolution._WITHDRAWN_WORDS + resolution._TAKEN_BACK_WORDS),
    (resolution._LATERALITY_CORRECTION, resolution._LATERALITY_CORRECTION_WORDS),
    (resolution._ICD_TITLE, resolution._ICD_TITLE_WORDS),
    (resolution._TEMPLATE_FIELD, resolution._TEMPLATE_WORDS),
    (resolution._NAME_AFTER, resolution._NAME_WORDS),
    (resolution._PART_UNCHANGED, ("unchanged",)),
    (structure._COMMA_HEADING, structure._COMMA_HEADING_ENDS),
    (structure._DIAGNOSIS_BEFORE_SIDE, structure._DIAGNOSIS_BEFORE_SIDE_WORDS),
    (structure._LATERALITY_UNKNOWN, structure._LATERALITY_UNKNOWN_WORDS),
    (birads._REVISED_TO, birads._ARROWS),
    (birads._REVISED_FROM, ("from",)),
    (birads._SHOULD_READ, birads.SHOULD_READ_WORDS),
    (birads._PRIOR_RESULT, ("previous", "prior", "earlier", "old ")),
    (resolution._DIAGNOSIS_STANDS, resolution._DIAGNOSIS_STANDS_WORDS),
    (resolution._BOTH_BEFORE, resolution._BOTH_WORDS),
    (laterality._ROMANCE_SIDE, laterality._ROMANCE_WORDS),
    (resolution._TITLE_LINE, resolution._TITLE_WORDS),
    (birads._ADDENDUM, birads._ADDENDUM_WORDS),
    (birads._MACHINE_CUE, ("ai", "cad")),
    (birads._LATERALITY_MODIFIER, ("aterality",)),
    (birads._BOX, birads._BOX_MARKS),
    (layout._LEADER, layout.LEADER_WORDS),
    (layout._KEYED_LEADER, layout.KEYED_LEADER_WORDS),
    (birads._FINAL_REPORT_HEADING, birads.FINAL_READING_WORDS),
    (layout._ENGLISH_IN_BRACKETS, ("[",)),
    (birads._REFERRAL_THANKS, ("thank you for",)),
    (birads._LEGEND_HEADING, ("key", "legend")),
    (birads._COLON_FIELD, birads.COLON_FIELD_WORDS),
    (birads._TAKEN_BACK_AFTER, birads.TAKEN_BACK_WORDS),
    (birads._ORIGINAL_BELOW, ("original",)),
    (birads._ARROW_SHORTHAND, birads._ARROWS),
    (birads._VALUED_BLOCK_HEADING, birads.VALUED_BLOCK_WORDS),
    (birads._COMBINED_HEADING, birads.COMBINED_HEADING_WORDS),
    (birads._REPORT_BANNER_BELOW, birads.REPORT_BANNER_WORDS),
    (birads._HEADED_WORDS_THEN_SIDE, birads.HEADED_WORDS_WORDS),
    (birads._HEADED_WORDS_RUN_IN, birads.HEADED_WORDS_WORDS),
    (birads._EXAM_LIST, birads.EXAM_LIST_WORDS),
]


@pytest.mark.parametrize("corpus", CORPORA)
@pytest.mark.parametrize("pattern, words", PRECHECKED, ids=lambda v: getattr(v, "pattern", "words")[:30])
def test_a_pattern_that_matches_an_evaluation_text_passes_its_precheck(pattern, words, corpus) -> None:
    for report in evaluation_reports(corpus):
        norm, _ = structure.normalise_dictation(report.text)
        for candidate in (report.text, norm):
            if not candidate.isascii():
                continue  # a non-ASCII text is always scanned
            for m in pattern.finditer(candidate):  # each match, not the text: another word may hide a miss
                around = candidate[max(0, m.start() - 40): m.end() + 40].lower()
                passes = may_contain(around, words)
                # (the failure names the report and the offset, never its text: a blind batch stays unread)
                assert passes, f"{pattern.pattern[:60]!r} matches report {report.report_id} at {m.start()}"


# pre-checks written as a small pattern over the lower-cased text (the words may stand apart: a translation's padded side
# words, a spoken "comma" the normaliser writes as blanks and a comma)
HINTED = [
    (birads._SIDE_LIST_HEAD, birads._SIDE_LIST_HINT),
    (birads._SPOKEN_HISTORY_LINE, birads._SPOKEN_HISTORY_HINT),
]


@pytest.mark.parametrize("corpus", CORPORA)
@pytest.mark.parametrize("pattern, hint", HINTED, ids=lambda v: v.pattern[:30])
def test_a_pattern_that_matches_an_evaluation_text_passes_its_hint(pattern, hint, corpus) -> None:
    reports = evaluation_reports(corpus, kinds=("radiology",))
    texts = [*((r.report_id, t) for r in reports for t in (r.text, structure.normalise_dictation(r.text)[0])),
             ("padded", "Categoría BI-RADS:    left breast 6"), ("spoken", "history    , prior birads two")]
    for report_id, text in texts:
        for m in pattern.finditer(text):
            # (the failure names the report and the offset, never its text: a blind batch stays unread)
            assert hint.search(text[max(0, m.start() - 40): m.end() + 40].lower()), f"{report_id} at {m.start()}"


@pytest.mark.parametrize("corpus", CORPORA)
def test_comma_heading_scan_is_the_substring_precheck(corpus) -> None:
    # structure._headings tests its comma-heading words with one scan instead of 28 substring tests
    texts = [r.text for r in evaluation_reports(corpus, kinds=("pathology",))]
    texts += ["Diagnosis , left", "GROSS. x", "comments.", "comment ,", "description", "history ;", "diagnosis:"]
    for text in texts:
        low = text.lower()
        assert bool(structure._COMMA_HEADING_END.search(low)) == may_contain(low, structure._COMMA_HEADING_ENDS), text[:60]


@pytest.mark.parametrize("corpus", CORPORA)
def test_side_abbreviations_stand_in_reports_that_name_the_mama(corpus) -> None:
    # the Spanish / Portuguese side abbreviations are scanned for only in a report that says "mama"
    texts = [r.text for r in evaluation_reports(corpus, kinds=("pathology",))]
    for text in texts:
        if laterality._SIDE_ABBREVIATION.search(text):
            assert laterality.SIDE_ABBREVIATION_GATE in text.lower(), text[:60]
