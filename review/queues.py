"""The workbench's three queues, as pure functions over the curated tables and the decisions.

* ``manual_review``: the breasts the Fig. A.3 filters queued (the ``manual_review`` table);
  a reviewer includes or excludes them. A breast queued because its label needs review
  (``label_needs_review``) is left to the label queue: its decision is a label, and with the label
  settled the next build runs the rules on it.
* ``label_review``: the ``label_review`` table -- the breasts whose label the NLP could not settle,
  those a reviewer already settled included (marked ``settled`` there; here they carry their
  decision, so "next pending" skips them and a decision can be revisited).
* ``label_audit``: a reproducible random sample of confident labels, stratified by label, for a
  reviewer to confirm or correct; what :mod:`review.audit` measures agreement on.

The audit sample ranks every candidate breast by ``sha256(seed, exam_uid, laterality)`` and keeps
the first ``per_class`` of each label: the same seed and data give the same sample, and a
breast keeps its rank when new data arrives (new breasts interleave, none is reshuffled).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pandas as pd

from curation.review_decisions import (
    ELIGIBILITY_QUEUE,
    LABEL_CLASSES,
    LABEL_QUEUED_REASON,
    LABEL_QUEUES,
    ReviewDecisions,
    effective_decisions,
    label_class,
)

QUEUE_COLUMNS = ("exam_uid", "laterality", "patient_uid", "reason", "nlp_label")
NEEDS_REVIEW = "needs_review"


@dataclass(frozen=True)
class QueueInfo:
    name: str
    title: str
    description: str
    decisions: tuple[str, ...]


QUEUES: dict[str, QueueInfo] = {
    ELIGIBILITY_QUEUE: QueueInfo(
        ELIGIBILITY_QUEUE, "Test-set manual review (Fig. A.3c)",
        "Malignant breasts with BI-RADS 0/3/6, unknown BI-RADS or multimodal biopsy guidance: is the cancer "
        "visible on these images? Include keeps the breast in the test set, exclude removes it. (Test breasts "
        "whose label needs review wait in the label queue instead.)",
        ("include", "exclude")),
    "label_review": QueueInfo(
        "label_review", "Labels that need review",
        "Breasts whose pathology reports the NLP could not settle: set the label.",
        ("confirm", "correct_benign", "correct_malignant", "correct_negative")),
    "label_audit": QueueInfo(
        "label_audit", "Label audit",
        "A seeded random sample of confident NLP labels, stratified by label: confirm or correct each. "
        "The audit page reports the agreement per class.",
        ("confirm", "correct_benign", "correct_malignant", "correct_negative")),
}


def _frame(rows: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame({c: rows[c].astype("string") if c in rows else pd.Series(pd.NA, index=rows.index, dtype="string")
                        for c in QUEUE_COLUMNS})
    return out.reset_index(drop=True)


def manual_review_queue(manual_review: pd.DataFrame) -> pd.DataFrame:
    """The Fig. A.3 queue in a stable order (patient, then exam date): one patient's exams are adjacent.
    Breasts queued for their unsettled label (``label_needs_review``) are the label queue's."""
    if "reason" in manual_review.columns:
        manual_review = manual_review.loc[manual_review["reason"].astype("string") != LABEL_QUEUED_REASON]
    order = [c for c in ("patient_uid", "exam_date", "exam_uid", "laterality") if c in manual_review.columns]
    rows = manual_review.sort_values(order, kind="stable") if order and len(manual_review) else manual_review
    return _frame(rows.assign(nlp_label=[label_class(b, m) for b, m in zip(rows["benign"], rows["malignant"])])
                  if {"benign", "malignant"} <= set(rows.columns) else rows)


def label_review_queue(label_review: pd.DataFrame) -> pd.DataFrame:
    """The ``label_review`` table's breasts (open and settled), patient by patient; ``reason`` is
    the NLP's review reason and ``nlp_label`` the label it read (the table keeps the NLP's flags)."""
    if label_review.empty:
        return _frame(pd.DataFrame(columns=list(QUEUE_COLUMNS)))
    rows = label_review.sort_values(["patient_uid", "exam_date", "exam_uid", "laterality"], kind="stable")
    reason = rows["review_reason"] if "review_reason" in rows.columns else NEEDS_REVIEW
    return _frame(rows.assign(reason=reason,
                              nlp_label=[label_class(b, m) for b, m in zip(rows["benign"], rows["malignant"])]))


def nlp_labels(breast_labels: pd.DataFrame, decisions: ReviewDecisions) -> pd.Series:
    """The NLP's label class per breast: a label a reviewer already changed is read back from the
    ``nlp_label`` the decision recorded (the published label is then the reviewer's)."""
    cls = pd.Series([label_class(b, m) for b, m in zip(breast_labels["benign"], breast_labels["malignant"])],
                    index=breast_labels.index, dtype="string")
    if "label_source" not in breast_labels.columns:
        return cls
    recorded = effective_decisions(decisions, LABEL_QUEUES)
    recorded = recorded.loc[recorded["nlp_label"].notna()]
    shown = {(r.exam_uid, r.laterality): r.nlp_label for r in recorded.itertuples()}
    reviewed = breast_labels.loc[breast_labels["label_source"] == "review", ["exam_uid", "laterality"]]
    for idx, e, s in zip(reviewed.index, reviewed["exam_uid"], reviewed["laterality"]):
        if (str(e), str(s)) in shown:
            cls[idx] = shown[(str(e), str(s))]
    return cls


def _rank(seed: int, exam_uid: str, laterality: str) -> str:
    return hashlib.sha256(f"sonolabel-audit/{seed}/{exam_uid}/{laterality}".encode()).hexdigest()


def audit_sample(breast_labels: pd.DataFrame, decisions: ReviewDecisions, per_class: int = 20, seed: int = 0
                 ) -> pd.DataFrame:
    """Up to ``per_class`` confident labels per class (malignant, benign, negative), hash-ranked.

    Candidates: breasts with at least one pathology report in the window (a negative without a
    report is no NLP decision) whose label is confident (``label_state`` is not ``needs_review``).
    """
    if per_class < 0:
        raise ValueError(f"per_class must be >= 0, got {per_class}")
    rows = breast_labels.loc[breast_labels["n_reports"].fillna(0).astype(int) > 0]
    if "label_state" in rows.columns:
        rows = rows.loc[rows["label_state"].astype("string").fillna("") != NEEDS_REVIEW]
    rows = rows.assign(nlp_label=nlp_labels(rows, decisions), reason="audit_sample")
    rows = rows.assign(rank=[_rank(seed, str(e), str(s)) for e, s in zip(rows["exam_uid"], rows["laterality"])])
    picked = rows.sort_values("rank").groupby("nlp_label", sort=False).head(per_class)
    picked = picked.loc[picked["nlp_label"].isin(LABEL_CLASSES)].sort_values("rank")
    return _frame(picked)


def with_decisions(queue: pd.DataFrame, decisions: ReviewDecisions, queue_name: str) -> pd.DataFrame:
    """The queue plus the decision that counts for each breast (``decision, reviewer, decided_at``;
    null while pending). Label decisions count across both label queues."""
    queues = [ELIGIBILITY_QUEUE] if queue_name == ELIGIBILITY_QUEUE else list(LABEL_QUEUES)
    eff = effective_decisions(decisions, queues)[["exam_uid", "laterality", "decision", "reviewer", "decided_at", "note"]]
    return queue.merge(eff, on=["exam_uid", "laterality"], how="left")
