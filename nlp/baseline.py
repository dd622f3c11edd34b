"""The comparison baseline of ``bench/bench_nlp.py``: a textbook spaCy + negspacy pipeline.

``spacy.blank("en")`` + ``sentencizer`` + an ``entity_ruler`` holding **the same lexicon**
(phrases on ``LOWER``, abbreviations on ``ORTH``, misspellings included) + negspacy's
``negex`` (NegEx, ``en_clinical`` termset). An entity labels a breast when it is benign or
malignant and not negated. Laterality uses the same resolver as the SonoLabel pipeline
(:func:`nlp.pathology.resolve_side`), so the comparison isolates the context handling: NegEx
versus SonoLabel's scoped cues, history/uncertainty, sections and the lymph-node rule.
negspacy is a dev dependency (``pip install -e .[dev]``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from negspacy.negation import Negex  # noqa: F401  (registers the "negex" factory)
from negspacy.termsets import termset
from spacy.language import Language

from nlp import lexicon
from nlp.pathology import LOWER_ABBREVIATIONS, resolve_side
from nlp.structure import parse_structure

Labels = dict[str, dict[str, bool]]


def build_baseline() -> Language:
    """The baseline pipeline (requires negspacy)."""

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    patterns = [
        {"label": category.upper(), "pattern": phrase, "id": finding}
        for phrase, (finding, category) in lexicon.phrase_table().items()
    ]
    for abbr, (finding, category) in lexicon.abbreviation_table().items():
        if abbr in LOWER_ABBREVIATIONS:
            patterns.append({"label": category.upper(), "pattern": abbr.lower(), "id": finding})
        else:
            patterns.append({"label": category.upper(), "pattern": [{"ORTH": abbr}], "id": finding})
    ruler.add_patterns(patterns)
    nlp.add_pipe("negex", config={"neg_termset": termset("en_clinical").get_patterns()})
    return nlp


def baseline_labels(nlp: Language, texts: Iterable[str], batch_size: int = 256) -> Iterator[Labels]:
    """Per-breast labels of each text with the baseline pipeline."""

    for doc in nlp.pipe(texts, batch_size=batch_size):
        out = {side: {"benign": False, "malignant": False} for side in ("L", "R")}
        ents = [e for e in doc.ents if e.label_ in ("BENIGN", "MALIGNANT") and not e._.negex]
        if ents:
            structure = parse_structure(doc.text)
            for ent in ents:
                side = resolve_side(structure, ent.start_char)
                if side is not None:
                    out[side][ent.label_.lower()] = True
        yield out
