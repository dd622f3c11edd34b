"""Code read 7 of the b113 / b114 radiology rules: the memoised searches answer as a plain search would, the glossed
original's run is read once and kept where it has no gloss, and the quoted exam title's history test is the shared
span lookup (:func:`nlp.layout.span_lookup`)."""

from __future__ import annotations

import re

from nlp.birads import _CAPITALS_HEADING_LINE, _NEXT_HEADING, _SIDE_SENTENCE_LINE, _memo_search
from nlp.layout import _NON_LATIN_GLOSSED, span_lookup, translated_view

_TEXT = ("HISTORY OF CONDITIONS (from the evidence)\nMammogram 2024 BI-RADS 2.\nRight breast. Dense.\n\n"
         "ULTRASOUND REPORT\nLeft breast. Cyst.\nFindings: cyst.\nOPINION\nBI-RADS 2.\n") * 3


def test_memo_search_answers_as_a_plain_search() -> None:
    # forwards, backwards and repeated starts, to the text's end and to a nearer end: never a stale answer
    starts = [*range(0, len(_TEXT), 7), *range(len(_TEXT) - 1, -1, -11), 5, 5, 120, 3]
    for pattern in (_NEXT_HEADING, _CAPITALS_HEADING_LINE, _SIDE_SENTENCE_LINE):
        for endpos in (len(_TEXT), len(_TEXT) // 2):
            memo: dict = {}
            for pos in starts:
                if pos > endpos:
                    continue
                got, want = _memo_search(pattern, _TEXT, pos, endpos, memo), pattern.search(_TEXT, pos, endpos)
                assert (got and got.span()) == (want and want.span()), (pattern.pattern[:30], pos, endpos)


def test_span_lookup_agrees_with_the_linear_test() -> None:
    spans = [(10, 40), (5, 12), (50, 60), (55, 58), (80, 81)]
    inside = span_lookup(spans)
    assert [inside(p) for p in range(100)] == [any(a <= p < b for a, b in spans) for p in range(100)]


def test_original_without_gloss_is_kept_and_glossed_one_read() -> None:
    arabic = "النتيجة النهائية للتصوير"
    # a run of the original with no gloss after it is matched whole, and left as written
    plain = arabic + " x (y)"
    assert [m.group("open") for m in _NON_LATIN_GLOSSED.finditer(plain)] == [None]
    assert translated_view(plain) == plain
    # glossed, in square brackets with its heading's qualifier, or in parentheses: the gloss read in its place
    for original, gloss in ((arabic + " [FINAL IMAGING OUTCOME (after work-up)]\n", "FINAL IMAGING OUTCOME (after work-up)"),
                            ("справа (right) 2", "right")):
        view = translated_view(original)
        assert gloss in view and not re.search(r"[\u0400-\u06ff]", view)
