"""Label agreement measured on the audit queue, with a 95% Wilson interval per class.

For every breast of the ``label_audit`` queue a reviewer decided, the label the NLP gave (the
``nlp_label`` recorded with the decision) is compared with the reviewer's (``confirm`` = the
same). Agreement for class ``c`` is the share of breasts the NLP labelled ``c`` that the reviewer
also calls ``c``: the precision of the NLP's ``c`` label on this hospital's own reports. The
sample is stratified (equal numbers per class), so a pooled figure over classes would weight
them equally rather than by prevalence: only per-class figures are reported.
"""

from __future__ import annotations

import pandas as pd

from curation.review_decisions import LABEL_CLASSES, LABEL_DECISIONS, ReviewDecisions, effective_decisions, label_class
from evaluation.metrics import wilson_interval

AGREEMENT_COLUMNS = ("nlp_label", "n_reviewed", "n_agree", "agreement", "ci_low", "ci_high")


def reviewer_label(decision: str, nlp_label: str) -> str:
    """The label class a decision gives (``confirm`` keeps the NLP's)."""
    labels = LABEL_DECISIONS[decision]
    return nlp_label if labels is None else label_class(*labels)


def audit_agreement(decisions: ReviewDecisions) -> pd.DataFrame:
    """One row per label class: ``nlp_label, n_reviewed, n_agree, agreement, ci_low, ci_high``
    (the last three null when no breast of that class was reviewed)."""
    eff = effective_decisions(decisions, ["label_audit"])
    eff = eff.loc[eff["nlp_label"].notna()]
    agree = [reviewer_label(d, c) == c for d, c in zip(eff["decision"], eff["nlp_label"])]
    eff = eff.assign(agree=agree)
    rows = []
    for cls in LABEL_CLASSES:
        part = eff.loc[eff["nlp_label"] == cls]
        n, k = len(part), int(part["agree"].sum())
        lo, hi = wilson_interval(k, n) if n else (None, None)
        rows.append({"nlp_label": cls, "n_reviewed": n, "n_agree": k, "agreement": k / n if n else None,
                     "ci_low": lo, "ci_high": hi})
    return pd.DataFrame(rows, columns=list(AGREEMENT_COLUMNS))


def disagreements(decisions: ReviewDecisions) -> pd.DataFrame:
    """The audited breasts where the reviewer's label differs from the NLP's (for a second look)."""
    eff = effective_decisions(decisions, ["label_audit"])
    eff = eff.loc[eff["nlp_label"].notna()]
    got = [reviewer_label(d, c) for d, c in zip(eff["decision"], eff["nlp_label"])]
    eff = eff.assign(reviewer_label=got)
    return eff.loc[eff["reviewer_label"] != eff["nlp_label"],
                   ["exam_uid", "laterality", "nlp_label", "reviewer_label", "reviewer", "decided_at"]].reset_index(drop=True)
