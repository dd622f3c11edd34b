"""Reviewer decisions: the format of ``OUT/review/decisions.csv``, its parser and writer, and the
pure functions that apply it to the build's tables.

The review workbench (``sonolabel review``) appends one row per decision; the next build reads
the file once (its bytes are hashed into ``version.json``) and applies it:

* a label decision (queues ``label_review``, ``label_audit``) sets the breast's ``benign`` /
  ``malignant`` labels (``confirm`` keeps them) and its ``label_source`` to ``review`` -- before
  the test-set filters run, so Fig. A.3 sees the corrected label;
* an eligibility decision (queue ``manual_review``) turns a breast the filters queued into
  ``review_included`` or ``review_excluded`` (the reason that queued it is kept) -- except a breast
  queued because its label needs review (``label_needs_review``): its decision is a label, and
  with the label settled the next build runs the rules on it;
* the ``label_review`` queue keeps every breast the NLP sent to review and marks the ones a label
  decision settled (``review_state``, ``decision``), see :func:`settle_label_review`.

The latest decision per breast and kind wins (by ``decided_at``, then by position in the file).
Every row is accounted for in the ``review_decisions`` table with an outcome: ``applied``,
``superseded``, ``unknown_breast`` (no such breast in this build: reported, never dropped
silently), ``not_queued`` (an include/exclude for a breast the filters did not queue) or
``bad_row`` (a hand edit gone wrong: one line names the row, the other rows still apply).

The file holds pseudonymous ids only (``exam_uid`` + ``laterality``). The free-text ``note`` stays
in the file: it is never published.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
from filelock import FileLock

from core.errors import UserError
from curation.reason_codes import REVIEW_STATUSES

DECISION_COLUMNS: tuple[str, ...] = (
    "decided_at", "reviewer", "queue", "exam_uid", "laterality", "decision", "nlp_label", "note",
)
REQUIRED_COLUMNS: tuple[str, ...] = DECISION_COLUMNS[:6]
SOURCE_NAME = "review/decisions.csv"  # how messages name the file (relative to OUT)

ELIGIBILITY_QUEUE = "manual_review"
LABEL_QUEUES: tuple[str, ...] = ("label_review", "label_audit")
QUEUES: tuple[str, ...] = (ELIGIBILITY_QUEUE, *LABEL_QUEUES)
ELIGIBILITY_DECISIONS: dict[str, str] = dict(zip(("include", "exclude"), REVIEW_STATUSES))
# decision -> (benign, malignant); confirm keeps the labels the breast has
LABEL_DECISIONS: dict[str, tuple[bool, bool] | None] = {
    "confirm": None,
    "correct_benign": (True, False),
    "correct_malignant": (False, True),
    "correct_negative": (False, False),
}
DECISIONS_BY_QUEUE: dict[str, tuple[str, ...]] = {
    ELIGIBILITY_QUEUE: tuple(ELIGIBILITY_DECISIONS),
    **{q: tuple(LABEL_DECISIONS) for q in LABEL_QUEUES},
}
LABEL_CLASSES: tuple[str, ...] = ("malignant", "benign", "negative")
OUTCOMES: tuple[str, ...] = ("applied", "superseded", "unknown_breast", "not_queued", "bad_row")
LABEL_SOURCES: tuple[str, ...] = ("nlp", "review")
MAX_REVIEWER_CHARS = 80
MAX_NOTE_CHARS = 1000

UID_PATTERN = re.compile(r"^[0-9a-f]{24}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

REVIEW_DECISIONS_SCHEMA = pa.schema([
    ("line", pa.int32()),  # line of the row in decisions.csv (the header is line 1)
    ("decided_at", pa.string()),  # ISO 8601 UTC, e.g. 2025-01-31T09:12:45.120Z
    ("reviewer", pa.string()),
    ("queue", pa.string()),
    ("exam_uid", pa.string()),
    ("laterality", pa.string()),
    ("decision", pa.string()),
    ("nlp_label", pa.string()),  # the label shown to the reviewer (label queues), else null
    ("outcome", pa.string()),
    ("detail", pa.string()),
])
LABEL_SOURCE_FIELD = pa.field("label_source", pa.string())  # breast_labels: nlp | review
LABEL_REVIEW_STATES: tuple[str, ...] = ("open", "settled")
# label_review: open | settled, and the label decision that settled the breast (null while open)
LABEL_REVIEW_FIELDS: tuple[pa.Field, ...] = (pa.field("review_state", pa.string()), pa.field("decision", pa.string()))
LABEL_QUEUED_REASON = "label_needs_review"  # the eligibility code of a test breast whose label needs review


class DecisionError(UserError, ValueError):
    """A decision cannot be recorded (bad value, or a decisions file with an unexpected header)."""


def label_class(benign: bool, malignant: bool) -> str:
    """The label as one class: a breast both benign and malignant is malignant (as in Fig. A.3)."""
    return "malignant" if malignant else "benign" if benign else "negative"


@dataclass(frozen=True)
class ReviewDecisions:
    """A parsed decisions file.

    Attributes:
        rows: one row per data row of the file: ``line`` and :data:`DECISION_COLUMNS` (a field
            that failed its check is null, so a mistyped value never reaches a table) and
            ``problem`` (null for a valid row, else why the row is skipped).
        sha256: SHA-256 of the bytes parsed, ``None`` when there is no file.
        file_problem: a problem with the whole file (undecodable, no usable header): nothing applies.
        source: how messages name the file.
    """

    rows: pd.DataFrame
    sha256: str | None = None
    file_problem: str | None = None
    source: str = SOURCE_NAME

    @classmethod
    def empty(cls) -> ReviewDecisions:
        return cls(rows=_empty_rows())

    @property
    def valid(self) -> pd.DataFrame:
        return self.rows.loc[self.rows["problem"].isna()]

    @property
    def problems(self) -> list[str]:
        """One line per bad row (and one for a bad file), each naming the row."""
        lines = [f"{self.source}: {self.file_problem}; no decision applied"] if self.file_problem else []
        bad = self.rows.loc[self.rows["problem"].notna()]
        lines += [f"{self.source} line {int(r.line)}: {r.problem}; row skipped" for r in bad.itertuples()]
        return lines

    def metadata(self) -> dict[str, Any] | None:
        """What ``version.json`` records about the file (``None`` when there was none)."""
        if self.sha256 is None:
            return None
        return {"path": self.source, "sha256": self.sha256, "rows": len(self.rows),
                "bad_rows": int(self.rows["problem"].notna().sum()), "file_problem": self.file_problem}


def _empty_rows() -> pd.DataFrame:
    cols = {"line": pd.Series(dtype="int64")}
    cols |= {c: pd.Series(dtype="string") for c in (*DECISION_COLUMNS, "problem")}
    return pd.DataFrame(cols)


def _clean_text(value: str, limit: int) -> str:
    """One line of text: control characters (newlines included) become spaces, cut at ``limit``."""
    return _CONTROL.sub(" ", value).strip()[:limit]


def _decided_at(text: str) -> str | None:
    try:
        when = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def check_row(raw: dict[str, str]) -> tuple[dict[str, str | None], list[str]]:
    """Validate one decision row: ``(normalised fields, problems)``; a failing field becomes ``None``.

    Problems never quote the offending value: a hand-typed value may be an identifier.
    """
    get = {c: (raw.get(c) or "") for c in DECISION_COLUMNS}
    out: dict[str, str | None] = {}
    problems: list[str] = []
    out["decided_at"] = _decided_at(get["decided_at"])
    if out["decided_at"] is None:
        problems.append("decided_at is not an ISO 8601 date-time")
    reviewer = _clean_text(get["reviewer"], MAX_REVIEWER_CHARS)
    out["reviewer"] = reviewer or None
    if not reviewer:
        problems.append("reviewer is empty")
    queue = get["queue"].strip().lower()
    out["queue"] = queue if queue in QUEUES else None
    if out["queue"] is None:
        problems.append(f"queue is not one of {', '.join(QUEUES)}")
    uid = get["exam_uid"].strip().lower()
    out["exam_uid"] = uid if UID_PATTERN.match(uid) else None
    if out["exam_uid"] is None:
        problems.append("exam_uid is not a 24-character pseudonymous id")
    side = get["laterality"].strip().upper()
    out["laterality"] = side if side in ("L", "R") else None
    if out["laterality"] is None:
        problems.append("laterality is not L or R")
    decision = get["decision"].strip().lower()
    allowed = DECISIONS_BY_QUEUE.get(queue, tuple(dict.fromkeys(d for ds in DECISIONS_BY_QUEUE.values() for d in ds)))
    out["decision"] = decision if decision in allowed else None
    if out["decision"] is None:
        problems.append(f"decision is not one of {', '.join(allowed)}" + (f" for queue {queue}" if out["queue"] else ""))
    nlp_label = get["nlp_label"].strip().lower()
    out["nlp_label"] = nlp_label if nlp_label in LABEL_CLASSES else None
    if nlp_label and out["nlp_label"] is None:
        problems.append(f"nlp_label is not one of {', '.join(LABEL_CLASSES)} (or empty)")
    out["note"] = _clean_text(get["note"], MAX_NOTE_CHARS)
    return out, problems


def parse_decisions(data: bytes | str, source: str = SOURCE_NAME) -> ReviewDecisions:
    """Parse a decisions file's content; never raises for bad content (see :class:`ReviewDecisions`)."""
    raw = data.encode() if isinstance(data, str) else bytes(data)
    sha = hashlib.sha256(raw).hexdigest()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReviewDecisions(_empty_rows(), sha, f"not UTF-8 text (byte {exc.start})", source)
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    records: list[dict[str, Any]] = []
    try:
        for fields in reader:
            if not fields or all(not f.strip() for f in fields):
                continue  # blank line
            if header is None:
                header = [f.strip().lower() for f in fields]
                missing = [c for c in REQUIRED_COLUMNS if c not in header]
                if missing:
                    return ReviewDecisions(_empty_rows(), sha, f"the header lacks column(s) {', '.join(missing)}", source)
                continue
            line = reader.line_num
            if len(fields) != len(header):
                records.append({"line": line, **dict.fromkeys(DECISION_COLUMNS),
                                "problem": f"has {len(fields)} fields, the header has {len(header)}"})
                continue
            values, problems = check_row(dict(zip(header, fields)))
            records.append({"line": line, **values, "problem": "; ".join(problems) or None})
    except csv.Error as exc:  # e.g. an unterminated quote: the rows read so far still apply
        records.append({"line": reader.line_num, **dict.fromkeys(DECISION_COLUMNS),
                        "problem": f"unreadable CSV from here on ({exc})"})
    if header is None and not records:
        return ReviewDecisions(_empty_rows(), sha, None, source)
    rows = pd.DataFrame(records, columns=["line", *DECISION_COLUMNS, "problem"]) if records else _empty_rows()
    rows = rows.astype({"line": "int64", **{c: "string" for c in (*DECISION_COLUMNS, "problem")}})
    return ReviewDecisions(rows.reset_index(drop=True), sha, None, source)


def read_decisions(path: str | os.PathLike, source: str = SOURCE_NAME) -> ReviewDecisions:
    """Read and parse the decisions file once (no file: no decisions, ``sha256`` None)."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return ReviewDecisions.empty()
    except OSError as exc:
        return ReviewDecisions(_empty_rows(), None, f"cannot be read ({exc.strerror})", source)
    return parse_decisions(data, source)


def append_decision(path: str | os.PathLike, *, reviewer: str, queue: str, exam_uid: str, laterality: str,
                    decision: str, nlp_label: str = "", note: str = "", decided_at: str | None = None
                    ) -> dict[str, str | None]:
    """Append one decision to ``path`` atomically; returns the row as written.

    Under a file lock (two reviewers, or two processes, at once lose nothing) the current file
    plus the new row is written to a temp file, synced and renamed over the file: a reader
    (the build) sees the file before or after the row, never half a row.

    Raises:
        DecisionError: a field fails its check, or the file's header lacks a column.
    """
    when = decided_at or dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    values, problems = check_row({"decided_at": when, "reviewer": reviewer, "queue": queue, "exam_uid": exam_uid,
                                  "laterality": laterality, "decision": decision, "nlp_label": nlp_label,
                                  "note": note})
    if problems:
        raise DecisionError("cannot record the decision: " + "; ".join(problems))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path) + ".lock", timeout=30):
        old = path.read_bytes() if path.exists() else b""
        header = _header_of(old)
        if header is None:
            header, old = list(DECISION_COLUMNS), b""
        elif missing := [c for c in DECISION_COLUMNS if c not in header]:
            raise DecisionError(f"{path.name} has no column(s) {', '.join(missing)} in its header: fix the header first")
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        if not old:
            writer.writerow(header)
        writer.writerow([values.get(c) or "" for c in header])
        prefix = old if not old or old.endswith(b"\n") else old + b"\n"
        _replace_atomically(path, prefix + buf.getvalue().encode())
    return values


def _header_of(data: bytes) -> list[str] | None:
    text = data.decode("utf-8-sig", errors="replace")
    for fields in csv.reader(io.StringIO(text, newline="")):
        if fields and any(f.strip() for f in fields):
            return [f.strip().lower() for f in fields]
    return None


def _replace_atomically(path: Path, content: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)  # the rename itself survives a power cut
    finally:
        os.close(dir_fd)


# ----------------------------------------------------------------------------- applying decisions
_KEYS = ["exam_uid", "laterality"]


def effective_decisions(decisions: ReviewDecisions, queues: tuple[str, ...] | list[str]) -> pd.DataFrame:
    """The decision that counts per breast among ``queues``: the latest valid one (``decided_at``,
    then position in the file)."""
    valid = decisions.valid
    rows = valid.loc[valid["queue"].isin(list(queues))]
    rows = rows.sort_values(["decided_at", "line"], kind="stable")
    return rows.drop_duplicates(_KEYS, keep="last").reset_index(drop=True)


def apply_label_decisions(breast_labels: pd.DataFrame, decisions: ReviewDecisions) -> pd.DataFrame:
    """``breast_labels`` with the label decisions applied and a ``label_source`` column
    (``nlp``, or ``review`` for every breast a reviewer decided, a ``confirm`` included); a decided
    breast's ``label_state`` becomes ``confident`` (the NLP's ``review_reason`` is cleared)."""
    out = breast_labels.copy()
    if "label_source" not in out.columns:
        out["label_source"] = "nlp"
    eff = effective_decisions(decisions, LABEL_QUEUES)
    if eff.empty or out.empty:
        return out
    keys = out[_KEYS].astype("string")
    hit = keys.merge(eff[[*_KEYS, "decision"]], on=_KEYS, how="left")
    decided = hit["decision"].notna().to_numpy()
    out.loc[decided, "label_source"] = "review"
    if "label_state" in out.columns:  # a reviewer's decision settles what the NLP sent to review
        out.loc[decided, "label_state"] = "confident"
        out.loc[decided, "review_reason"] = None
    for decision, labels in LABEL_DECISIONS.items():
        if labels is None:
            continue
        rows = (hit["decision"] == decision).fillna(False).to_numpy()
        out.loc[rows, "benign"], out.loc[rows, "malignant"] = labels
    out["benign"] = out["benign"].astype(bool)
    out["malignant"] = out["malignant"].astype(bool)
    return out


def settle_label_review(label_review: pd.DataFrame, decisions: ReviewDecisions) -> pd.DataFrame:
    """``label_review`` with ``review_state`` (``settled`` when a label decision of either label
    queue counts for the breast, else ``open``) and that ``decision`` (null while open).

    Settled rows are marked, not dropped: the NLP's reasons and trigger spans are published only
    here (``breast_labels`` clears ``review_reason`` once a reviewer decides), and a reviewer who
    revisits a decision needs them; the open work is ``review_state = 'open'``.
    """
    out = label_review.copy()
    eff = effective_decisions(decisions, LABEL_QUEUES)[[*_KEYS, "decision"]]
    keys = out[_KEYS].astype("string").reset_index(drop=True)
    decision = keys.merge(eff, on=_KEYS, how="left")["decision"].astype("string")
    out["decision"] = decision.to_numpy() if len(out) else pd.Series(dtype="string")
    out["review_state"] = ["settled" if isinstance(d, str) else "open" for d in out["decision"]]
    out["decision"] = out["decision"].astype(object).where(out["decision"].notna(), None)
    return out


def apply_eligibility_decisions(test_eligibility: pd.DataFrame, manual_review: pd.DataFrame,
                                decisions: ReviewDecisions) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``test_eligibility`` and ``manual_review`` with include/exclude decisions applied to the
    breasts the filters queued (status ``manual_review``) for a reason other than
    ``label_needs_review`` (that breast needs a label decision, not an include/exclude); other
    decisions change nothing (their outcome is ``not_queued``, see :func:`decision_outcomes`)."""
    eff = effective_decisions(decisions, [ELIGIBILITY_QUEUE])
    status_of = {(r.exam_uid, r.laterality): ELIGIBILITY_DECISIONS[r.decision] for r in eff.itertuples()}

    def apply(frame: pd.DataFrame) -> pd.DataFrame:
        out = frame.copy()
        if out.empty or not status_of:
            return out
        new = [status_of.get((str(e), str(s))) if st == "manual_review" and r != LABEL_QUEUED_REASON else None
               for e, s, st, r in zip(out["exam_uid"], out["laterality"], out["status"], out["reason"])]
        mask = pd.Series([v is not None for v in new], index=out.index)
        out.loc[mask, "status"] = [v for v in new if v is not None]
        return out

    return apply(test_eligibility), apply(manual_review)


def decision_outcomes(decisions: ReviewDecisions, breast_labels: pd.DataFrame,
                      test_eligibility: pd.DataFrame) -> pd.DataFrame:
    """The ``review_decisions`` table: every row of the file with its outcome and a detail.

    ``test_eligibility`` may be the filters' output or the one with decisions applied.
    """
    rows = decisions.rows
    out = pd.DataFrame({"line": rows["line"].astype("int64")})
    for c in ("decided_at", "reviewer", "queue", "exam_uid", "laterality", "decision", "nlp_label"):
        out[c] = rows[c].astype("string")
    out["outcome"] = pd.Series(["bad_row"] * len(rows), index=rows.index, dtype="string")
    out["detail"] = rows["problem"].astype("string")
    if rows.empty:
        return out.reset_index(drop=True)
    breasts = set(zip(breast_labels["exam_uid"].astype(str), breast_labels["laterality"].astype(str)))
    eligibility = {(str(e), str(s)): (str(st), str(r)) for e, s, st, r in zip(
        test_eligibility["exam_uid"], test_eligibility["laterality"], test_eligibility["status"],
        test_eligibility["reason"])}
    queued = {"manual_review", *REVIEW_STATUSES}
    for queues in ([ELIGIBILITY_QUEUE], list(LABEL_QUEUES)):
        valid = decisions.valid
        valid = valid.loc[valid["queue"].isin(queues)].sort_values(["decided_at", "line"], kind="stable")
        last_line: dict[tuple[str, str], int] = {}
        for r in valid.itertuples():
            last_line[(r.exam_uid, r.laterality)] = int(r.line)
        for idx, r in zip(valid.index, valid.itertuples()):
            key = (str(r.exam_uid), str(r.laterality))
            if last_line[key] != int(r.line):
                outcome, detail = "superseded", f"line {last_line[key]} decides this breast later"
            elif key not in breasts:
                outcome, detail = "unknown_breast", "no such exam x breast in this build"
            elif queues == [ELIGIBILITY_QUEUE] and key not in eligibility:
                outcome, detail = "not_queued", "the breast is not in the test split"
            elif queues == [ELIGIBILITY_QUEUE] and eligibility[key][0] not in queued:
                outcome, detail = "not_queued", f"the filters decided this breast: {eligibility[key][0]} ({eligibility[key][1]})"
            elif queues == [ELIGIBILITY_QUEUE] and eligibility[key][1] == LABEL_QUEUED_REASON:
                outcome, detail = "not_queued", ("the breast's label needs review first: settle it in the label_review "
                                                 "queue, the next build applies the rules")
            else:
                outcome, detail = "applied", None
            out.loc[idx, "outcome"] = outcome
            out.loc[idx, "detail"] = detail
    return out.reset_index(drop=True)
