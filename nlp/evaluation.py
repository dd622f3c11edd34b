"""The hand-labelled evaluation sets and per-breast scores (pathology labels, radiology BI-RADS).

Two kinds of file live in ``tests/nlp/data`` (written by hand, independent of the demo generator):

* ``pathology_{dev,heldout}_*.txt``: the project's first set. ``dev`` was used while developing
  the lexicon and rules, ``heldout`` was not.
* ``styles_pathology_b<n>.txt`` and ``styles_radiology_b<n>.txt``: reports in other institutions'
  house styles, written in batches from ``docs/labelling_guide.md`` only, each batch before the
  rules that would fix it (its first score is the honest one).

Record format (one header line, then the report text verbatim up to the next ``###`` line)::

    ### <id> L=<x> R=<x> [style=<name>]

Pathology ``x``: ``-``, ``B``, ``M``, ``BM`` (benign / malignant per breast) or ``?`` (the text
cannot settle the label: a ``needs_review`` state is expected). Radiology ``x``: the final BI-RADS
category ``0 1 2 3 4 4A 4B 4C 5 6`` or ``-`` (none for that side).

Scoring a pathology prediction (``{"L": {"benign", "malignant", "needs_review"}, "R": ...}``):

* benign / malignant precision, recall and F1 count the breasts whose gold label is not ``?``;
  there a ``needs_review`` prediction gives no label (it can miss, never be a false positive:
  a breast in the review queue is not used as labelled);
* a ``?`` breast is correct when predicted ``needs_review``; a confident label on a ``?`` breast
  and a ``needs_review`` on a settled breast are counted and listed apart (:class:`ReviewScore`);
* ``exact``: the share of breasts whose whole state (label code or ``?``) is right.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "nlp" / "data"
SIDES = ("L", "R")
PATHOLOGY_CODES = ("-", "B", "M", "BM", "?")
BIRADS_CODES = ("-", "0", "1", "2", "3", "4", "4A", "4B", "4C", "5", "6")
REVIEW = "?"
_HEADER = re.compile(r"^### (?P<id>\S+) L=(?P<L>\S+) R=(?P<R>\S+)(?:\s+style=(?P<style>\S+))?\s*$")
_BATCH = re.compile(r"styles_(?P<kind>pathology|radiology)_(?P<batch>b\d+)\.txt$")

Labels = dict[str, dict[str, bool]]


@dataclass(frozen=True)
class EvalReport:
    """One labelled report. ``codes`` holds the gold code per side (``"BM"``, ``"?"``, ``"4A"``...)."""

    report_id: str
    text: str
    expected: Labels
    source: str
    style: str = ""
    codes: dict[str, str] = field(default_factory=dict)

    @property
    def batch(self) -> str:
        m = _BATCH.search(self.source)
        return m.group("batch") if m else self.source.rsplit(".", 1)[0]


def _parse_flags(code: str) -> dict[str, bool]:
    return {"benign": "B" in code, "malignant": "M" in code, "needs_review": code == REVIEW}


def load_eval_file(path: Path, kind: str = "pathology") -> list[EvalReport]:
    """Parse one evaluation file (raises ``ValueError`` on a malformed header or code)."""
    allowed = PATHOLOGY_CODES if kind == "pathology" else BIRADS_CODES
    records: list[EvalReport] = []
    current: tuple[str, dict[str, str], str] | None = None
    lines: list[str] = []

    def flush() -> None:
        if current is not None:
            rid, codes, style = current
            expected = {s: _parse_flags(codes[s]) for s in SIDES} if kind == "pathology" else {}
            records.append(EvalReport(rid, "\n".join(lines).strip("\n"), expected, path.name, style, codes))

    for raw in path.read_text(encoding="utf-8").splitlines():
        # A header is "### " and an id: a report's own banner line ("###### REPORT ######") is text.
        if raw.startswith("### "):
            m = _HEADER.match(raw)
            if not m or m.group("L") not in allowed or m.group("R") not in allowed:
                raise ValueError(f"{path.name}: malformed record header {raw!r}")
            flush()
            current = (m.group("id"), {"L": m.group("L"), "R": m.group("R")}, m.group("style") or "")
            lines = []
        elif current is not None:
            lines.append(raw)
    flush()
    return records


def _unique(records: list[EvalReport]) -> list[EvalReport]:
    ids = [r.report_id for r in records]
    if len(ids) != len(set(ids)):
        dup = sorted(k for k, n in Counter(ids).items() if n > 1)
        raise ValueError(f"duplicate report ids in the evaluation set: {dup[:5]}")
    return records


def load_eval_set(part: str = "all", data_dir: Path = DATA_DIR) -> list[EvalReport]:
    """The first set: ``part`` is ``dev``, ``heldout`` or ``all``. Ids are unique across the set."""
    if part not in {"dev", "heldout", "all"}:
        raise ValueError(f"part must be dev, heldout or all, not {part!r}")
    pattern = "pathology_*.txt" if part == "all" else f"pathology_{part}_*.txt"
    return _unique([r for p in sorted(data_dir.glob(pattern)) for r in load_eval_file(p)])


def style_batches(kind: str = "pathology", data_dir: Path = DATA_DIR,
                  batches: Iterable[str] | None = None) -> dict[str, list[EvalReport]]:
    """``{batch: reports}`` of the ``styles_<kind>_b<n>.txt`` files present (or only ``batches``)."""
    if kind not in {"pathology", "radiology"}:
        raise ValueError(f"kind must be pathology or radiology, not {kind!r}")
    wanted = set(batches) if batches is not None else None
    out: dict[str, list[EvalReport]] = {}
    for path in sorted(data_dir.glob(f"styles_{kind}_b*.txt"), key=lambda p: int(_BATCH.search(p.name)["batch"][1:])):
        batch = _BATCH.search(path.name)["batch"]
        if wanted is None or batch in wanted:
            out[batch] = load_eval_file(path, kind)
    _unique([r for recs in out.values() for r in recs])
    return out


# ----------------------------------------------------------------------------- pathology scores
@dataclass(frozen=True)
class ClassScore:
    """Per-breast counts and scores of one class (benign or malignant)."""

    label: str
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class ReviewScore:
    """How the ``needs_review`` state matched the ``?`` breasts.

    ``review_breasts``: gold ``?``; ``review_hits``: of those, predicted ``needs_review``;
    ``confident_on_review``: of those, given a confident label instead; ``review_on_settled``:
    breasts with a settled gold label that were sent to review; ``exact``/``breasts``: breasts
    whose whole state is right.
    """

    review_breasts: int
    review_hits: int
    confident_on_review: int
    review_on_settled: int
    exact: int
    breasts: int


def _needs_review(pred: dict[str, bool]) -> bool:
    return bool(pred.get("needs_review", False))


def state_code(pred: dict[str, bool]) -> str:
    """One breast's state as its evaluation code: ``?`` (needs review), ``B``, ``M``, ``BM`` or ``-``."""
    if _needs_review(pred):
        return REVIEW
    return ("B" if pred["benign"] else "") + ("M" if pred["malignant"] else "") or "-"


def _gold_code(rep: EvalReport, side: str) -> str:
    if rep.codes:
        return rep.codes[side]
    e = rep.expected[side]
    return ("B" if e["benign"] else "") + ("M" if e["malignant"] else "") or "-"


def score(reports: Sequence[EvalReport], predictions: Sequence[Labels]) -> dict[str, ClassScore]:
    """Per-breast confusion counts for ``benign`` and ``malignant`` on the settled (non-``?``) breasts."""
    if len(reports) != len(predictions):
        raise ValueError("one prediction per report is needed")
    out = {}
    for label in ("benign", "malignant"):
        tp = fp = fn = tn = 0
        for rep, pred in zip(reports, predictions, strict=True):
            for side in SIDES:
                if _gold_code(rep, side) == REVIEW:
                    continue
                e = rep.expected[side][label]
                p = pred[side][label] and not _needs_review(pred[side])
                tp += e and p
                fp += (not e) and p
                fn += e and not p
                tn += (not e) and not p
        out[label] = ClassScore(label, tp, fp, fn, tn)
    return out


def review_score(reports: Sequence[EvalReport], predictions: Sequence[Labels]) -> ReviewScore:
    """The ``?`` accounting of :class:`ReviewScore`."""
    q = hits = confident = settled = exact = n = 0
    for rep, pred in zip(reports, predictions, strict=True):
        for side in SIDES:
            gold, got = _gold_code(rep, side), state_code(pred[side])
            n += 1
            exact += gold == got
            if gold == REVIEW:
                q += 1
                hits += got == REVIEW
                confident += got != REVIEW
            elif got == REVIEW:
                settled += 1
    return ReviewScore(q, hits, confident, settled, exact, n)


def errors(reports: Sequence[EvalReport], predictions: Sequence[Labels]) -> list[tuple[EvalReport, dict[str, str]]]:
    """The reports whose predicted state differs from the gold one, with the predicted codes."""
    out = []
    for rep, pred in zip(reports, predictions, strict=True):
        got = {s: state_code(pred[s]) for s in SIDES}
        if any(got[s] != _gold_code(rep, s) for s in SIDES):
            out.append((rep, got))
    return out


def format_table(title: str, scores: dict[str, ClassScore], n_reports: int,
                 review: ReviewScore | None = None) -> str:
    """A Markdown table of the scores (plus the ``?`` accounting when given)."""
    rows = [f"**{title}** ({n_reports} reports, {2 * n_reports} breasts)", "",
            "| class | TP | FP | FN | precision | recall | F1 |", "|---|---|---|---|---|---|---|"]
    for s in scores.values():
        rows.append(f"| {s.label} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |")
    if review is not None:
        rows += ["", f"needs_review: {review.review_hits}/{review.review_breasts} `?` breasts sent to review, "
                 f"{review.confident_on_review} confident label(s) on `?` breasts, "
                 f"{review.review_on_settled} needs_review on settled breasts; "
                 f"exact breast state {review.exact}/{review.breasts} ({review.exact / max(review.breasts, 1):.3f})"]
    return "\n".join(rows)


def predict_all(predict: Callable[[Iterable[str]], Iterable[Labels]], reports: Sequence[EvalReport]) -> list[Labels]:
    """Run a batch predictor over the reports' texts."""
    return list(predict([r.text for r in reports]))


# ----------------------------------------------------------------------------- radiology scores
@dataclass(frozen=True)
class BiradsScore:
    """Per-side BI-RADS accuracy: ``correct`` of ``sides`` (a side with gold ``-`` must get none)."""

    correct: int
    sides: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.sides if self.sides else 1.0


def birads_code(value: str | None) -> str:
    return "-" if value is None else value


def score_birads(reports: Sequence[EvalReport], predictions: Sequence[dict[str, str | None]]) -> BiradsScore:
    """Per-side accuracy of predicted BI-RADS (``{"L": value | None, "R": ...}``) against the gold codes."""
    if len(reports) != len(predictions):
        raise ValueError("one prediction per report is needed")
    correct = sum(birads_code(p[s]) == r.codes[s] for r, p in zip(reports, predictions, strict=True) for s in SIDES)
    return BiradsScore(correct, 2 * len(reports))


def birads_errors(reports: Sequence[EvalReport], predictions: Sequence[dict[str, str | None]]
                  ) -> list[tuple[EvalReport, dict[str, str]]]:
    out = []
    for rep, pred in zip(reports, predictions, strict=True):
        got = {s: birads_code(pred[s]) for s in SIDES}
        if got != rep.codes:
            out.append((rep, got))
    return out


def by_style(reports: Sequence[EvalReport], predictions: Sequence) -> dict[str, tuple[list[EvalReport], list]]:
    """Reports and predictions grouped by house style (in first-seen order)."""
    out: dict[str, tuple[list[EvalReport], list]] = {}
    for rep, pred in zip(reports, predictions, strict=True):
        reps, preds = out.setdefault(rep.style or "-", ([], []))
        reps.append(rep)
        preds.append(pred)
    return out
