"""The pathology pipeline: ``spacy.blank("en")`` plus three SonoLabel components.

1. ``sonolabel_findings``: two PhraseMatchers (lexicon phrases on ``LOWER``, misspellings
   included; abbreviations such as ``FA``/``IDC`` on ``ORTH``) -> ``doc._.finding_matches``
   (``(start_char, end_char, finding)``), longest match wins (as ``spacy.util.filter_spans``).
2. ``sonolabel_structure``: sections, specimen blocks and sentence units (``nlp.sections``).
3. ``sonolabel_context``: for every mention, laterality, clock, nodal rule and assertion
   (``nlp.context``) -> ``doc._.findings`` (a list of :class:`Finding`).

Laterality of a mention, first that applies: the nearest side word of its sentence (preceding
first), its specimen header, the nearest preceding side word of its section, the only side the
report names, the nearest preceding side word of the report. No side -> ``None`` (a finding
that no breast can be given).

Lymph-node rule: a mention in a nodal specimen (header names a lymph node / axilla / sentinel
node), or preceded in its sentence by a node word or "metastatic", or followed by "metastatic
to ..."/"in N lymph nodes", is recorded with category ``other`` (malignant ones renamed
``metastatic carcinoma (lymph node)``): a node result alone does not label the breast.
Mentions in ``GROSS DESCRIPTION`` are not diagnoses and are skipped; mentions in clinical
history / indication / pre-operative diagnosis sections are ``historical``.

Why spaCy only for matching: per-token Python is what makes NegEx pipelines slow; here the
tokenizer and matchers run in Cython and the per-mention logic runs a few compiled regexes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from nlp import lexicon
from nlp.context import ContextScanner
from nlp.laterality import clock_of
from nlp.sections import GROSS, HISTORY, Structure, parse_structure

LOWER_ABBREVIATIONS = ("DCIS", "LCIS", "IDC", "ILC", "ADH", "ALH", "UDH")
NODE_FINDING = "metastatic carcinoma (lymph node)"

_NODE_BEFORE = re.compile(
    r"\b(?:lymph\s*nodes?|nodes?|nodal|sentinel|sln|axilla|axillary(?!\s+tail)|metasta\w*|micrometasta\w*|"
    r"macrometasta\w*|isolated\s+tumou?r\s+cells)\b"
)
_NODE_AFTER = re.compile(
    r"^[\s,#()]*(?:metastatic\s+to|metastasis\s+to|involving\s+(?:\w+\s+){0,3}(?:lymph\s*)?nodes?|"
    r"(?:in|to)\s+(?:\w+\s+){0,3}(?:lymph\s*)?nodes?\b|\(\s*\d+\s*/\s*\d+\s*\))"
)


class Finding(NamedTuple):
    """One finding mention of a pathology report (an immutable record; a NamedTuple because
    a frozen dataclass costs ~10x more to build and reports are parsed by the thousand).

    Attributes:
        finding: canonical name (``nlp.lexicon``), e.g. ``"invasive ductal carcinoma"``.
        category: ``malignant``, ``benign`` or ``other``.
        laterality: ``"L"``, ``"R"`` or ``None`` when the report does not say.
        clock: clock position ``"H:MM"`` from the sentence or the specimen header, or ``None``.
        negated, historical, uncertain: assertion context (only a finding with all three
            false labels a breast).
        start, end: character span of the mention in the report text.
        text: the mention as written.
        evidence: the sentence / line the mention was read from.
        specimen: the specimen label (``"A"``, ``"1"``...) or ``None``.
        nodal: read from a lymph-node context (then ``category`` is ``other``).
    """

    finding: str
    category: str
    laterality: str | None
    clock: str | None
    negated: bool
    historical: bool
    uncertain: bool
    start: int
    end: int
    text: str
    evidence: str
    specimen: str | None
    nodal: bool = False

    @property
    def asserted(self) -> bool:
        """True when the finding is stated as present now (not negated, historical or uncertain)."""
        return not (self.negated or self.historical or self.uncertain)

    def to_dict(self) -> dict:
        return self._asdict()


if not Doc.has_extension("findings"):
    Doc.set_extension("findings", default=None)
if not Doc.has_extension("finding_matches"):
    Doc.set_extension("finding_matches", default=None)
if not Doc.has_extension("structure"):
    Doc.set_extension("structure", default=None)

_TEXT_KEY = "sonolabel_text"


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
_PREFIX = re.compile(r"""^[(\[{"'`\-/#*•~<>]""")
_SUFFIX = re.compile(r"""[)\]}"'`.,;:!?%/*~<>]$""")
_INFIX = re.compile(r"""[,;:/()\[\]"=+<>]|(?<=[A-Za-z])[\-.](?=[A-Za-z])""")


def make_tokenizer(vocab) -> Tokenizer:
    """The pipeline's tokenizer (see the comment above): built from three compiled regexes."""
    return Tokenizer(vocab, prefix_search=_PREFIX.search, suffix_search=_SUFFIX.search,
                     infix_finditer=_INFIX.finditer)


class TextKeepingTokenizer:
    """Wraps a tokenizer and stores the input string in ``doc.user_data``."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[_TEXT_KEY] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)


def _header_line_clock(text: str, unit_start: int) -> str | None:
    """The clock of the line just above when it is a header ("Right breast, 10:00, core:")."""
    line_start = text.rfind("\n", 0, unit_start) + 1
    if line_start == 0:
        return None
    prev = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    return clock_of(prev) if prev.endswith(":") else None


def resolve_side(structure: Structure, pos: int) -> str | None:
    """Laterality of the mention at ``pos``, first that applies: the nearest side word of its
    sentence (preceding first), its specimen header, the nearest preceding side word of its
    section, the only side the report names, the nearest side word of the report."""
    sides = structure.sides
    unit = structure.unit_at(pos)
    side = sides.nearest(unit[0], unit[1], pos)
    if side is not None:
        return side
    specimen = structure.specimen_at(pos)
    if specimen is not None and specimen.laterality is not None:
        return specimen.laterality
    section = structure.section_at(pos)
    side = sides.nearest(section.start if section is not None else 0, pos, pos)
    if side is not None:
        return side
    n = len(structure.text)
    return sides.single_side(0, n) or sides.nearest(0, pos, pos) or sides.nearest(0, n, pos)


class FindingMatcher:
    """Lexicon matching (component ``sonolabel_findings``): mentions -> ``doc._.finding_matches``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[str, tuple[str, str]] = {}
        phrases = lexicon.phrase_table()
        abbreviations = lexicon.abbreviation_table()
        for abbr in LOWER_ABBREVIATIONS:
            phrases.setdefault(abbr.lower(), abbreviations.pop(abbr))
        by_finding: dict[str, list[str]] = {}
        for phrase, (finding, category) in phrases.items():
            by_finding.setdefault(finding, []).append(phrase)
            self.labels[finding] = (finding, category)
        tokenizer = nlp.tokenizer
        for finding, items in by_finding.items():
            self.lower.add(finding, list(tokenizer.pipe(items)))
        by_abbr: dict[str, list[str]] = {}
        for abbr, (finding, category) in abbreviations.items():
            by_abbr.setdefault(finding, []).append(abbr)
            self.labels[finding] = (finding, category)
        for finding, items in by_abbr.items():
            self.orth.add(finding, list(tokenizer.pipe(items)))

    def __call__(self, doc: Doc) -> Doc:
        matches = self.lower(doc) + self.orth(doc)
        # Longest first, then leftmost; a token belongs to one mention (as spacy.util.filter_spans),
        # on (id, start, end) tuples: no Span objects, no SpanGroup (they cost more than matching).
        matches.sort(key=lambda m: (m[1] - m[2], m[1]))
        used: set[int] = set()
        kept = []
        for match_id, start, end in matches:
            if used.isdisjoint(range(start, end)):
                used.update(range(start, end))
                kept.append((start, end, match_id))
        kept.sort()
        strings = doc.vocab.strings
        out = []
        for start, end, match_id in kept:
            last = doc[end - 1]
            out.append((doc[start].idx, last.idx + len(last), strings[match_id]))
        doc._.finding_matches = out
        return doc


class StructureParser:
    """Report layout (component ``sonolabel_structure``): ``doc._.structure``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.finding_matches:  # a report without a lexicon term needs no layout
            doc._.structure = parse_structure(doc_text(doc))
        return doc


class FindingContext:
    """Laterality, clock, nodal rule and assertion (component ``sonolabel_context``)."""

    def __init__(self, nlp: Language, name: str, categories: dict[str, str]) -> None:
        self.name = name
        self.categories = categories

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        offsets = doc._.finding_matches or []
        if not offsets:
            doc._.findings = []
            return doc
        structure: Structure = doc._.structure or parse_structure(text)
        lower = text.lower()
        pieces, prev = [], 0
        for start, end, _ in offsets:
            pieces += [lower[prev:start], "#" * (end - start)]
            prev = end
        pieces.append(lower[prev:])
        scanner = ContextScanner("".join(pieces))
        unit_info: dict[tuple[int, int], tuple[str, str | None]] = {}
        masked = scanner.masked
        out: list[Finding] = []
        for start, end, label in offsets:
            section = structure.section_at(start)
            if section is not None and section.kind == GROSS:
                continue
            unit = structure.unit_at(start)
            specimen = structure.specimen_at(start)
            side = resolve_side(structure, start)
            ctx = scanner.assertion(unit, start, end)
            historical = ctx.historical or (section is not None and section.kind == HISTORY)
            finding = label
            category = self.categories[finding]
            nodal = bool(
                (specimen is not None and specimen.nodal)
                or _NODE_BEFORE.search(masked, unit[0], start)
                or _NODE_AFTER.match(masked[end : unit[1]])
            )
            if nodal:
                if category == lexicon.MALIGNANT:
                    finding = NODE_FINDING
                category = lexicon.OTHER
            if unit not in unit_info:
                unit_text = text[unit[0] : unit[1]]
                unit_info[unit] = (unit_text.strip(), clock_of(unit_text))
            evidence, clock = unit_info[unit]
            if clock is None:
                clock = specimen.clock if specimen is not None else None
            if clock is None:
                clock = _header_line_clock(text, unit[0])
            out.append(
                Finding(
                    finding=finding,
                    category=category,
                    laterality=side,
                    clock=clock,
                    negated=ctx.negated,
                    historical=historical,
                    uncertain=ctx.uncertain,
                    start=start,
                    end=end,
                    text=text[start:end],
                    evidence=evidence,
                    specimen=specimen.label if specimen is not None else None,
                    nodal=nodal,
                )
            )
        doc._.findings = out
        return doc


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


def extract_findings(text: str) -> list[Finding]:
    """Every finding mention of one pathology report, with laterality, clock and context."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    return get_pipeline()(text)._.findings


def iter_findings(texts: Iterable[str], batch_size: int = 256) -> Iterator[list[Finding]]:
    """``extract_findings`` over many reports (``nlp.pipe`` batching), in input order."""
    for doc in get_pipeline().pipe(texts, batch_size=batch_size):
        yield doc._.findings


def labels_from_findings(findings: Iterable[Finding]) -> dict[str, dict[str, bool]]:
    """Per-breast labels of one report: a breast is malignant (benign) when an asserted
    (not negated, historical or uncertain) finding of that category has its side."""
    out = {side: {"benign": False, "malignant": False} for side in ("L", "R")}
    for f in findings:
        if f.laterality in out and f.asserted and f.category in (lexicon.BENIGN, lexicon.MALIGNANT):
            out[f.laterality][f.category] = True
    return out


def breast_labels(text: str) -> dict[str, dict[str, bool]]:
    """``{"L": {"benign": bool, "malignant": bool}, "R": {...}}`` for one pathology report."""
    return labels_from_findings(extract_findings(text))
