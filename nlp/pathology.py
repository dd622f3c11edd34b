"""The pathology pipeline: ``spacy.blank("en")`` plus three SonoLabel components.

1. ``sonolabel_findings``: two PhraseMatchers (lexicon phrases on ``LOWER``, misspellings and
   dictated variants included; abbreviations such as ``FA``/``IDC`` on ``ORTH``) ->
   ``doc._.finding_matches`` (``(start_char, end_char, finding)``), longest match wins.
2. ``sonolabel_structure``: the document structure (``nlp.structure``): sections with roles,
   specimen parts with site and side, sentence units, the indentation tree.
3. ``sonolabel_context``: assertion context of every mention (``nlp.context``) and the report
   state (``nlp.resolution``) -> ``doc._.findings`` (a list of :class:`Finding`, each with its
   section, site, ``effect`` and ``reason``).

Laterality of a mention, first that applies: its statement names both breasts ("bilat breast
cores: FA", "both sides"); the nearest side word of its sentence (preceding first); the side of
its parent line in the indentation tree (indented synoptic sub-fields); its specimen header; the
nearest preceding side word of its section; the only side the report names; the nearest side
word of the report. A report that says its laterality is unknown stops after the section. No side
-> ``None`` (a malignancy without side sends both breasts to review).

Lymph-node rule: a mention in a lymph-node specimen or statement, or preceded in its sentence by a
node word (or by "metastatic" outside a breast specimen), or followed by "metastatic to ..."/"in N
lymph nodes", is recorded with category ``other`` (malignant ones renamed ``metastatic carcinoma
(lymph node)``): a node result alone does not label the breast.

Long reports are matched in bounded pieces (:data:`PIECE_CHARS`, cut at line ends, so no term is
split); the structure and the report state are read over the whole text.

Why spaCy only for matching: per-token Python is what makes NegEx pipelines slow; here the
tokenizer and matchers run in Cython and the per-mention logic runs a few compiled regexes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from nlp import lexicon
from nlp.context import ContextScanner
from nlp.layout import pathology_view
from nlp.prescan import same_length_lower
from nlp.resolution import (
    NODE_FINDING,
    Finding,
    descriptor_of,
    labels_from_findings,
    resolve,
    sides_of_mention,
    states_from_findings,
)
from nlp.structure import PIECE_CHARS, Structure, parse_structure

LOWER_ABBREVIATIONS = ("DCIS", "LCIS", "IDC", "ILC", "ADH", "ALH", "UDH")

__all__ = ["NODE_FINDING", "Finding", "breast_labels", "breast_states", "build_pipeline", "extract_findings",
           "get_pipeline", "iter_findings", "labels_from_findings", "resolve_side", "states_from_findings"]


if not Doc.has_extension("findings"):
    Doc.set_extension("findings", default=None)
if not Doc.has_extension("finding_matches"):
    Doc.set_extension("finding_matches", default=None)
if not Doc.has_extension("structure"):
    Doc.set_extension("structure", default=None)

_TEXT_KEY = "sonolabel_text"
# the token attributes the matcher reads, as one array per Doc (columns in this order)
_TOKEN_ATTRS = [ORTH, LOWER, IS_SPACE, IDX, LENGTH]
_ORTH, _LOWER, _IS_SPACE, _IDX, _LENGTH = range(len(_TOKEN_ATTRS))


def doc_text(doc: Doc) -> str:
    """The report text of ``doc``: kept by :class:`TextKeepingTokenizer` (``Doc.text`` re-joins
    every token in Python, the single most expensive step of the pipeline otherwise)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


# A lean tokenizer: whitespace, then punctuation split off as prefix / suffix / infix. spaCy's
# English rules (special cases, URL and emoticon handling, suffix tables) cost ~7x more and buy
# nothing here; the lexicon patterns go through this same tokenizer, so they always align.
# (curly quotes and guillemets as the straight ones: '“Right breast, excision: ... Biopsy-site changes.”' is read to
# its last finding; a curly single quote mark inside a word stays its apostrophe, "patient’s")
_PREFIX = re.compile(r"""^[(\[{"'`\-/#*•~<>“”‘’«»„‹›]""")
_SUFFIX = re.compile(r"""[)\]}"'`.,;:!?%/*~<>“”‘’«»„‹›]$""")
_INFIX = re.compile(r"""[,;:/()\[\]"=+<>“”«»„]|(?<=[A-Za-z])[\-.](?=[A-Za-z])""")


def make_tokenizer(vocab) -> Tokenizer:
    """The pipeline's tokenizer (see the comment above): built from three compiled regexes."""
    return Tokenizer(vocab, prefix_search=_PREFIX.search, suffix_search=_SUFFIX.search,
                     infix_finditer=_INFIX.finditer)


class TextKeepingTokenizer:
    """Wraps a tokenizer and stores the input string in ``doc.user_data``."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        text = pathology_view(text)  # a machine printout is matched as the report text it carries
        doc = self.tokenizer(text)
        doc.user_data[_TEXT_KEY] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)


def resolve_side(structure: Structure, pos: int) -> str | None:
    """One side for the mention at ``pos`` (the baseline's resolver; the pipeline itself reads
    both-breast statements too, see the module docstring)."""
    unit = structure.unit_at(pos)
    section = structure.section_at(pos)
    desc, desc_at = descriptor_of(structure, pos, unit, section)
    sides = sides_of_mention(structure, pos, unit, desc, desc_at, structure.part_at(pos), section)
    return next(iter(sides)) if len(sides) == 1 else None


class FindingMatcher:
    """Lexicon matching (component ``sonolabel_findings``): mentions -> ``doc._.finding_matches``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[str, tuple[str, str]] = {}
        phrases = lexicon.phrase_table()
        abbreviations = lexicon.abbreviation_table()
        # an abbreviation in parentheses names a finding, never a one-word aside ("karcinom (DCIS)")
        self.abbreviation_ids = frozenset(nlp.vocab.strings.add(abbr) for abbr in abbreviations)
        for abbr in LOWER_ABBREVIATIONS:
            phrases.setdefault(abbr.lower(), abbreviations.pop(abbr))
        by_finding: dict[str, list[str]] = {}
        for phrase, (finding, category) in phrases.items():
            by_finding.setdefault(finding, []).append(phrase)
            self.labels[finding] = (finding, category)
        tokenizer = nlp.tokenizer
        # every two adjacent tokens of a term (LOWER ids of a phrase, ORTH ids of an abbreviation):
        # a term can run across a line break only between two such tokens
        self.adjacent: set[tuple[int, int]] = set()
        spaced = False  # a term with a whitespace token of its own (then no line break is skipped)
        for finding, items in by_finding.items():
            patterns = list(tokenizer.pipe(items))
            self.lower.add(finding, patterns)
            self.adjacent.update(pair for p in patterns for pair in _adjacent_ids(p, LOWER))
            spaced = spaced or any(t.is_space for p in patterns for t in p)
        by_abbr: dict[str, list[str]] = {}
        for abbr, (finding, category) in abbreviations.items():
            by_abbr.setdefault(finding, []).append(abbr)
            self.labels[finding] = (finding, category)
        for finding, items in by_abbr.items():
            patterns = list(tokenizer.pipe(items))
            self.orth.add(finding, patterns)
            self.adjacent.update(pair for p in patterns for pair in _adjacent_ids(p, ORTH))
            spaced = spaced or any(t.is_space for p in patterns for t in p)
        self.skip_unsplit = not spaced
        # the words a term can go on after: a line break (or a run of spaces) after one of them may
        # split a term ("LOBULAR\nCARCINOMA-IN-SITU", "USUAL DUCTAL\n    HYPERPLASIA")
        # (as vocabulary ids: the matcher reads token attributes as arrays)
        strings = nlp.vocab.strings
        self.head_ids = frozenset(
            strings.add(t.lower_) for phrase in phrases for t in list(tokenizer(phrase))[:-1] if t.is_alpha)
        self.open_id, self.close_id = strings.add("("), strings.add(")")

    def _unwrapped(self, doc: Doc, attrs: np.ndarray) -> tuple[Doc, np.ndarray] | None:
        """``doc`` without the whitespace tokens inside a paragraph (a line break, a run of spaces)
        that follow a word a term can go on after, and the index in ``doc`` of each kept token;
        None when no term can be split. ``attrs``: ``doc.to_array(_TOKEN_ATTRS)``: only the
        whitespace and "(" tokens are visited (a Token object per word cost more than the matching)."""
        n = len(attrs)
        space = attrs[:, _IS_SPACE].astype(bool)
        spaces = np.flatnonzero(space).tolist()
        opens = np.flatnonzero(attrs[:, _ORTH] == self.open_id).tolist()
        if not spaces and not opens:
            return None
        heads, lower = self.head_ids, attrs[:, _LOWER].tolist()
        text, starts, lengths = doc_text(doc), attrs[:, _IDX].tolist(), attrs[:, _LENGTH].tolist()

        def after_head(i: int) -> bool:
            """The word before token ``i`` (whitespace skipped) is one a term can go on after."""
            i -= 1
            while i >= 0 and space[i]:
                i -= 1
            return i >= 0 and lower[i] in heads

        blank_lines = {i for i in spaces if "\n\n" in text[starts[i] : starts[i] + lengths[i]]}
        # a term does not run from one field's value into the next field's name ("Nature of specimen: incisional
        # biopsy\nSite: left breast" names no biopsy site), nor across a form's column gap into the next field on
        # its line ("Nature of specimen: Trucut biopsy       Site: Left breast"); a field's name wrapped over its
        # line still joins ("Atypical ductal\nhyperplasia: present"), and so does a diagnosis wrapped before a later
        # field on the next line ("Diagnosis: lobular carcinoma in\nsitu, classic type. Margins: clear": the field
        # name opens the line); a column gap is a tab or three spaces or more (a typed double space is not one:
        # "Other findings: biopsy  site changes: present")
        blank_lines.update(i for i in spaces if i + 1 < n and i not in blank_lines and after_head(i)
                           and _is_field_gap(text[starts[i] : starts[i] + lengths[i]])
                           and ":" in text[text.rfind("\n", 0, starts[i]) + 1 : starts[i]]
                           and _FIELD_NAME_OPENING.match(text, starts[i + 1]) is not None)
        split = any(i + 1 < n and i not in blank_lines and after_head(i) for i in spaces)
        # a one-word aside: "previous surgical (biopsy) site changes"
        close = self.close_id
        asides = [i for i in opens if i + 2 < n and int(attrs[i + 2, _ORTH]) == close and after_head(i)
                  and int(attrs[i + 1, _ORTH]) not in self.abbreviation_ids]
        if not split and not asides:
            return None
        if not asides and self.skip_unsplit and not self._bridged(attrs, spaces, blank_lines):
            return None  # the matches without the line breaks are the matches with them
        keep = ~space
        keep[list(blank_lines)] = True
        for i in asides:
            keep[i : i + 3] = False
        kept = np.flatnonzero(keep)
        words = [text[starts[i] : starts[i] + lengths[i]] for i in kept.tolist()]
        return Doc(doc.vocab, words=words, spaces=[True] * len(words)), kept

    def _bridged(self, attrs: np.ndarray, spaces: list[int], blank_lines: set[int]) -> bool:
        """True when two tokens that a left-out whitespace token separates (the tokens on either
        side of a run of them) can be adjacent in a term. When none can, no term runs across a
        left-out token, and a term never holds a whitespace token (``skip_unsplit``): matching the
        text without them finds what matching the text finds."""
        n, adjacent = len(attrs), self.adjacent
        dropped = [i for i in spaces if i not in blank_lines]
        gone = set(dropped)
        lower, orth = attrs[:, _LOWER], attrs[:, _ORTH]
        for i in dropped:
            if i - 1 in gone:
                continue  # the run's first token decides
            right = i + 1
            while right in gone:
                right += 1
            left = i - 1
            if left >= 0 and right < n and ((int(lower[left]), int(lower[right])) in adjacent
                                            or (int(orth[left]), int(orth[right])) in adjacent):
                return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        attrs = doc.to_array(_TOKEN_ATTRS)
        unwrapped = self._unwrapped(doc, attrs) if len(doc) > 1 else None
        doc_for_match, starts, ends = doc, attrs[:, _IDX], attrs[:, _IDX] + attrs[:, _LENGTH]
        if unwrapped is not None:
            doc_for_match, kept = unwrapped
            starts, ends = starts[kept], ends[kept]
        matches = self.lower(doc_for_match) + self.orth(doc_for_match)
        # Longest first, then leftmost; a token belongs to one mention (as spacy.util.filter_spans),
        # on (id, start, end) tuples: no Span objects, no SpanGroup (they cost more than matching).
        matches.sort(key=lambda m: (m[1] - m[2], m[1]))
        used: set[int] = set()
        kept_matches = []
        for match_id, start, end in matches:
            if used.isdisjoint(range(start, end)):
                used.update(range(start, end))
                kept_matches.append((start, end, match_id))
        kept_matches.sort()
        strings = doc.vocab.strings
        doc._.finding_matches = [(int(starts[start]), int(ends[end - 1]), strings[match_id])
                                 for start, end, match_id in kept_matches]
        return doc


def _adjacent_ids(pattern: Doc, attr: int) -> Iterator[tuple[int, int]]:
    """The ``attr`` ids of every two adjacent tokens of ``pattern``."""
    ids = [int(i) for i in pattern.to_array([attr])]
    return zip(ids[:-1], ids[1:])


class StructureParser:
    """Report layout (component ``sonolabel_structure``): ``doc._.structure``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.finding_matches:  # a report without a lexicon term needs no layout
            doc._.structure = parse_structure(doc_text(doc))
        return doc


class FindingContext:
    """Assertion context and report state (component ``sonolabel_context``)."""

    def __init__(self, nlp: Language, name: str, categories: dict[str, str]) -> None:
        self.name = name
        self.categories = categories

    def __call__(self, doc: Doc) -> Doc:
        offsets = doc._.finding_matches or []
        if not offsets:
            doc._.findings = []
            return doc
        structure: Structure = doc._.structure or parse_structure(doc_text(doc))
        doc._.findings = findings_of(structure, offsets, self.categories)
        return doc


# a short field name opening a line, up to its colon, with no sentence punctuation before it ("Site:", "Nature of
# specimen:"; not "situ, classic type. Margins:")
_FIELD_NAME_OPENING = re.compile(r"[ \t]*[A-Za-z][A-Za-z /()'-]{0,30}:(?!\d)")


def _is_field_gap(whitespace: str) -> bool:
    """A whitespace token (the one space before it is the word's own) that can end a field's value: a line break,
    a tab, or a column gap of three spaces or more."""
    return "\n" in whitespace or "\t" in whitespace or len(whitespace) >= 2


# A data export's empty cell as written in that case ("Grade: NaN - invasive ductal carcinoma", "NaN: ..."):
# lower-cased it would read as "nan", a relative (context._KIN), and put the carcinoma in family history
_NAN_CELL = re.compile(r"(?<![A-Za-z])NaN(?![A-Za-z])")


def findings_of(structure: Structure, offsets: list[tuple[int, int, str]], categories: dict[str, str]) -> list[Finding]:
    """The findings of one report from its lexicon matches (sorted by start)."""
    # (the structure's ASCII lower case when it has one; else "İ".lower() is two characters: offsets must not move)
    lower = structure.low if structure.low is not None else same_length_lower(structure.norm)
    if "NaN" in structure.norm:  # blanked for the context cues only (same length: offsets stay)
        cells, prev = [], 0
        for m in _NAN_CELL.finditer(structure.norm):
            cells += [lower[prev : m.start()], "   "]
            prev = m.end()
        lower = "".join(cells) + lower[prev:]
    pieces, prev = [], 0
    for start, end, _ in offsets:
        pieces += [lower[prev:start], "#" * (end - start)]
        prev = end
    pieces.append(lower[prev:])
    features = [start for start, _, finding in offsets if finding in lexicon.FEATURE_FINDINGS]
    return resolve(structure, offsets, categories, ContextScanner("".join(pieces), features))


@Language.factory("sonolabel_findings")
def _make_findings(nlp: Language, name: str) -> FindingMatcher:
    return FindingMatcher(nlp, name)


@Language.factory("sonolabel_structure")
def _make_structure(nlp: Language, name: str) -> StructureParser:
    return StructureParser(name)


@Language.factory("sonolabel_context")
def _make_context(nlp: Language, name: str) -> FindingContext:
    categories = {t.finding: t.category for t in lexicon.TERMS}
    return FindingContext(nlp, name, categories)


def build_pipeline() -> Language:
    """A fresh ``spacy.blank("en")`` with the three SonoLabel components (no pretrained model)."""
    nlp = spacy.blank("en")
    nlp.tokenizer = TextKeepingTokenizer(make_tokenizer(nlp.vocab))
    nlp.add_pipe("sonolabel_findings")
    nlp.add_pipe("sonolabel_structure")
    nlp.add_pipe("sonolabel_context")
    return nlp


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The process-wide pipeline (built once: building the matchers takes ~0.5 s)."""
    return build_pipeline()


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` of a long text, each at most ``PIECE_CHARS``, cut at a line end (else a
    space) so that no lexicon term is split."""
    start, n = 0, len(text)
    while start < n:
        stop = min(start + PIECE_CHARS, n)
        if stop < n:
            cut = text.rfind("\n", start, stop)
            if cut <= start:
                cut = text.rfind(" ", start, stop)
            stop = cut + 1 if cut > start else stop
        yield start, text[start:stop]
        start = stop


def _long_text_findings(nlp: Language, text: str) -> list[Finding]:
    """A report longer than ``PIECE_CHARS``: lexicon matches piece by piece, then the structure
    and the report state over the whole text."""
    matcher: FindingMatcher = nlp.get_pipe("sonolabel_findings")
    offsets: list[tuple[int, int, str]] = []
    for base, piece in _pieces(text):
        doc = matcher(nlp.tokenizer(piece))
        offsets += [(a + base, b + base, f) for a, b, f in doc._.finding_matches]
    if not offsets:
        return []
    context: FindingContext = nlp.get_pipe("sonolabel_context")
    return findings_of(parse_structure(text), offsets, context.categories)


def extract_findings(text: str) -> list[Finding]:
    """Every finding mention of one pathology report, with laterality, clock, context and effect."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    nlp = get_pipeline()
    return _long_text_findings(nlp, text) if len(text) > PIECE_CHARS else nlp(text)._.findings


def iter_findings(texts: Iterable[str], batch_size: int = 256) -> Iterator[list[Finding]]:
    """``extract_findings`` over many reports (``nlp.pipe`` batching), in input order."""
    nlp = get_pipeline()
    texts = list(texts)
    long_ones = {i for i, t in enumerate(texts) if len(t) > PIECE_CHARS}
    short = (("" if i in long_ones else t) for i, t in enumerate(texts))
    for i, doc in enumerate(nlp.pipe(short, batch_size=batch_size)):
        yield _long_text_findings(nlp, texts[i]) if i in long_ones else doc._.findings


def breast_labels(text: str) -> dict[str, dict[str, bool]]:
    """``{"L": {"benign": bool, "malignant": bool}, "R": {...}}`` for one pathology report
    (confident labels only: a breast in review keeps the flags its labelling findings give)."""
    return labels_from_findings(extract_findings(text))


def breast_states(text: str) -> dict[str, dict]:
    """Per-breast state of one report (:func:`nlp.resolution.states_from_findings`)."""
    return states_from_findings(extract_findings(text))
