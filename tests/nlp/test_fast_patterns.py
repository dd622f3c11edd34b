"""Patterns rewritten for speed find exactly what their plain forms find (on every evaluation text,
its dictation-normalised and lower-cased forms; a sample of them in the default run, see tests/nlp/corpus.py)."""

from __future__ import annotations

import re

import pytest

from nlp import layout, resolution, structure
from tests.nlp.corpus import CORPORA, evaluation_reports


@pytest.fixture(scope="module", params=CORPORA)
def texts(request) -> list[str]:
    raw = [r.text for r in evaluation_reports(request.param)]
    out = []
    for text in raw:
        norm, _ = structure.normalise_dictation(text)
        out += [text, norm, norm.lower(), norm.upper()]
    return out


PLAIN_HEADING = re.compile(structure._HEADING.pattern.replace("[ \\t]*+[*>=\\-#]*+[ \\t]*+", "[ \\t]*[*>=\\-#]*[ \\t]*")
                           .replace("[ \\t]++)?", "[ \\t]+)?"), structure._HEADING.flags)
# (a heading may be numbered or lettered: "9. CONCLUSION:", "D. DIAGNOSIS:")
# (a Cyrillic heading word, "Анамнез:", "АНАМНЕЗ:", "2. Анамнез:", in any case)
PLAIN_LINE_HEAD = re.compile(r"^[ \t]*[*>=\-#]*[ \t]*(?:(?:\d{1,2}|[A-Z])[.)][ \t]+(?=[A-Za-zА-Яа-яЁё]))?"
                             r"([A-Za-z]+|[А-Яа-яЁё]+)", re.MULTILINE)


def test_the_possessive_heading_lead_matches_as_the_plain_one(texts) -> None:
    assert PLAIN_HEADING.pattern != structure._HEADING.pattern
    for text in texts:
        for line in re.finditer(r"^", text, re.MULTILINE):
            fast, plain = structure._HEADING.match(text, line.start()), PLAIN_HEADING.match(text, line.start())
            assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict()))


def test_heading_candidate_lines_are_the_lines_whose_first_word_is_a_heading_word(texts) -> None:
    for text in texts:
        plain = [m.start() for m in PLAIN_LINE_HEAD.finditer(text) if m.group(1)[:4].lower() in structure._HEADING_WORDS]
        fast = ([0] if structure._FIRST_LINE_HEAD.match(text) else []) + [
            m.start() + 1 for m in structure._NEXT_LINE_HEAD.finditer(text)]
        assert fast == plain


@pytest.mark.parametrize("fast, plain", [
    (resolution._METASTATIC_BEFORE, re.compile(r"\b(?:metasta\w*|met)\b")),
    (resolution._SENT, re.compile(r"\bsent\b")),
], ids=["metastatic", "sent"])
def test_literal_led_patterns_match_as_their_plain_forms(texts, fast, plain) -> None:
    for text in texts:
        for pos in (0, 1, 7):
            assert [m.span() for m in fast.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]


def test_the_field_separator_is_the_first_match_of_its_plain_pattern(texts) -> None:
    plain = re.compile(r"[ \t]*(?::(?!\d)|\.{3,})")
    for text in texts[::2]:  # each text and its lower-cased form (every word end of each is tried)
        for word in re.finditer(r"\w+", text):
            pos, endpos = word.end(), min(len(text), word.end() + 60)
            m = plain.search(text, pos, endpos)
            assert resolution._field_separator(text, pos, endpos) == (m.span() if m else None)


def test_node_words_match_as_their_plain_form(texts) -> None:
    plain = re.compile(r"\b(?:" + "|".join(resolution._NODE_WORD_FORMS) + r")\b")
    for text in texts[2::4]:  # the lower-cased forms (the pattern reads the masked lower-case text)
        for pos in (0, 1, 7):
            assert ([m.span() for m in resolution._NODE_BEFORE.finditer(text, pos)]
                    == [m.span() for m in plain.finditer(text, pos)])


@pytest.mark.parametrize("fast, sentence_ends, before", [
    (structure._UNIT_BREAK, "[.!?]", r"(?=[A-Z(\-\d])"), (structure._UNIT_BREAK_DICTATED, "[.!?;]", r"(?=\S)")],
    ids=["typed", "dictated"])
def test_unit_breaks_match_as_their_plain_form(texts, fast, sentence_ends, before) -> None:
    plain = re.compile(r"[.:;!?][ \t]*\n|" + structure._CONTINUATION + rf"|{sentence_ends}[ \t]+{before}")
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_report_site_line_is_the_first_match_of_its_plain_pattern(texts) -> None:
    for text in texts + ["Specimen: left breast", "x\n  SITE (core): right", "spec\nmaterial: skin"]:
        fast, plain = structure._report_site_line(text), structure._REPORT_SITE_LINE.search(text)
        # (the value is what the rules read; the fast match may start at the newline before the line)
        assert (fast and (fast.span("value"), fast.group("value"))) == (plain and (plain.span("value"), plain.group("value")))


def test_a_separator_hint_is_in_every_separator(texts) -> None:
    for text in texts[::2]:
        for m in resolution._SEPARATOR.finditer(text):
            assert resolution._SEPARATOR_HINT.search(m.group(0)), m.group(0)


def test_the_diagnosis_colon_matches_as_its_plain_form(texts) -> None:
    plain = re.compile(r"(?:[Dd](?:iagnos[ie]s|IAGNOS[IE]S|x|X)(?:[ \t]+(?i:after|on|following)[ \t]+(?i:review))?"
                       r"|[Rr](?:eport|EPORT|eview|EVIEW)|[Oo](?:pinion|PINION))"
                       r"(?:[ \t]*\([^)\n]{0,80}(?:\n[^)\n]{0,80})?\))?[ \t]*:")
    extra = ["Dx (outside):", "DIAGNOSIS (review of slides;\nblock):", "REPORT:", "dx:\nr", "Rx: d(x): DIAGNOSES :",
             "KINGSBURY OPINION:", "Op: opinion :", "ASHCOMBE REVIEW:", "Review (outside):",
             "Westmarch diagnosis after review:", "Dx on review (outside):"]
    for text in texts + extra:
        assert [m.span() for m in structure._DIAGNOSIS_COLON.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_translated_headings_are_tried_on_lines_with_a_parenthesis_only(texts) -> None:
    extra = ["DIAGNOSI DEFINITIVA (Final diagnosis):\nX (a) (b)\n(Clinical history):", "(\n(\nTANI (Diagnosis): x(",
             "Mikroskopi [Microscopy]:\nx (y)\nUtlåtande [Statement] (2026):\n[a] (b):", "A (b] c:\nD [e):"]
    for text in texts + extra:
        assert ([m.span() for m in structure._translated_headings(text)]
                == [m.span() for m in structure._TRANSLATED_HEADING.finditer(text)])


def test_the_ocr_hint_finds_the_texts_its_plain_form_finds(texts) -> None:
    plain = re.compile(r"[a-z][01][a-z]|[A-Z][01][A-Z]")
    extra = ["CARCIN0MA", "Palpab1e", "pT1c ypN1a BRCA1", "a0B", "A1b", "x1y", "X0Y", "01a", "a10b", "0", ""]
    for text in texts + extra:
        # (only whether the text has one is read: ocr_view returns a text without one unchanged)
        assert (layout._OCR_HINT.search(text) is None) == (plain.search(text) is None), text[:60]
