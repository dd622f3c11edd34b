"""The hand-labelled pathology evaluation set and per-breast precision / recall / F1.

The set lives in ``tests/nlp/data/pathology_*.txt`` (written by hand, independent of the demo
generator). Record format::

    ### <id> L=<x> R=<x>        x in {-, B, M, BM}: expected benign / malignant per breast
    <report text, verbatim, up to the next "###" line>

``pathology_dev_*.txt`` was used while developing the lexicon and rules;
``pathology_heldout_*.txt`` was not looked at while developing (it measures generalisation).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "nlp" / "data"
_HEADER = re.compile(r"^### (?P<id>\S+) L=(?P<L>-|B|M|BM) R=(?P<R>-|B|M|BM)\s*$")

Labels = dict[str, dict[str, bool]]


@dataclass(frozen=True)
class EvalReport:
    """One labelled report."""

    report_id: str
    text: str
    expected: Labels
    source: str


def _parse_flags(code: str) -> dict[str, bool]:
    return {"benign": "B" in code, "malignant": "M" in code}


def load_eval_file(path: Path) -> list[EvalReport]:
    """Parse one ``pathology_*.txt`` file (raises ``ValueError`` on a malformed header)."""
    records: list[EvalReport] = []
    current: tuple[str, Labels] | None = None
    lines: list[str] = []

    def flush() -> None:
        if current is not None:
            records.append(EvalReport(current[0], "\n".join(lines).strip("\n"), current[1], path.name))

    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("###"):
            m = _HEADER.match(raw)
            if not m:
                raise ValueError(f"{path.name}: malformed record header {raw!r}")
            flush()
            current = (m.group("id"), {"L": _parse_flags(m.group("L")), "R": _parse_flags(m.group("R"))})
            lines = []
        elif current is not None:
            lines.append(raw)
    flush()
    return records


def load_eval_set(part: str = "all", data_dir: Path = DATA_DIR) -> list[EvalReport]:
    """``part``: ``dev``, ``heldout`` or ``all``. Ids are unique across the set."""
    if part not in {"dev", "heldout", "all"}:
        raise ValueError(f"part must be dev, heldout or all, not {part!r}")
    pattern = "pathology_*.txt" if part == "all" else f"pathology_{part}_*.txt"
    records = [r for p in sorted(data_dir.glob(pattern)) for r in load_eval_file(p)]
    ids = [r.report_id for r in records]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate report ids in the evaluation set")
    return records


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


def score(reports: Sequence[EvalReport], predictions: Sequence[Labels]) -> dict[str, ClassScore]:
    """Per-breast (2 per report) confusion counts for ``benign`` and ``malignant``."""
    if len(reports) != len(predictions):
        raise ValueError("one prediction per report is needed")
    out = {}
    for label in ("benign", "malignant"):
        tp = fp = fn = tn = 0
        for rep, pred in zip(reports, predictions, strict=True):
            for side in ("L", "R"):
                e, p = rep.expected[side][label], pred[side][label]
                tp += e and p
                fp += (not e) and p
                fn += e and not p
                tn += (not e) and not p
        out[label] = ClassScore(label, tp, fp, fn, tn)
    return out


def errors(reports: Sequence[EvalReport], predictions: Sequence[Labels]) -> list[tuple[EvalReport, Labels]]:
    """The reports whose prediction differs from the expected labels."""
    return [(r, p) for r, p in zip(reports, predictions, strict=True) if r.expected != p]


def format_table(title: str, scores: dict[str, ClassScore], n_reports: int) -> str:
    """A Markdown table of the scores."""
    rows = [f"**{title}** ({n_reports} reports, {2 * n_reports} breasts)", "",
            "| class | TP | FP | FN | precision | recall | F1 |", "|---|---|---|---|---|---|---|"]
    for s in scores.values():
        rows.append(f"| {s.label} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |")
    return "\n".join(rows)


def predict_all(predict: Callable[[Iterable[str]], Iterable[Labels]], reports: Sequence[EvalReport]) -> list[Labels]:
    """Run a batch predictor over the reports' texts."""
    return list(predict([r.text for r in reports]))
