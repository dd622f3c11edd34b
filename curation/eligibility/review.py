"""Closing the manual-review loop of the test-set filters (paper Fig. A.3c).

The paper manually reviewed malignant exams with BI-RADS 0/3/6 and those with multimodal
biopsy guidance, and kept the ones where the cancer was visible (391 of 552). The filters
only queue these breasts (status ``manual_review``). A reviewer decides them in the review
workbench (``sonolabel review``; the next build turns them into ``review_included`` /
``review_excluded``, see :mod:`curation.review_decisions`), or fills a worksheet
(:func:`review_worksheet`) with ``cancer_visible`` yes/no, and :func:`evaluation_breasts`
turns eligibility + decisions into the set of breasts the evaluation uses. A queued breast
without a decision is left out (``basis == "pending"``) rather than guessed, so an unfinished
review can never add an occult cancer to the test set.
"""

from __future__ import annotations

import pandas as pd

from curation.eligibility.inputs import EligibilityInputError

REVIEW_DECISION_COLUMNS = ("exam_uid", "laterality", "cancer_visible")
_TRUE = {"1", "true", "yes", "y", "visible"}
_FALSE = {"0", "false", "no", "n", "occult", "not_visible"}


def review_worksheet(manual_review: pd.DataFrame) -> pd.DataFrame:
    """The review queue as a worksheet: the context columns plus empty ``cancer_visible`` and
    ``reviewer_note`` columns, sorted by patient and date so one patient's exams are adjacent."""
    sheet = manual_review.copy()
    if "report_uids" in sheet.columns:  # lists do not survive CSV round trips: join them
        sheet["report_uids"] = [";".join(v) if isinstance(v, (list, tuple)) else "" for v in sheet["report_uids"]]
    sheet["cancer_visible"] = pd.Series([pd.NA] * len(sheet), dtype="string")
    sheet["reviewer_note"] = pd.Series([""] * len(sheet), dtype="string")
    order = [c for c in ("patient_uid", "exam_date", "exam_uid", "laterality") if c in sheet.columns]
    return sheet.sort_values(order).reset_index(drop=True) if order else sheet


def _parse_visible(values: pd.Series) -> pd.Series:
    def parse(v: object) -> object:
        if v is None or v is pd.NA or (isinstance(v, float) and pd.isna(v)):
            return pd.NA
        if isinstance(v, bool):
            return v
        text = str(v).strip().lower()
        if text == "":
            return pd.NA
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise EligibilityInputError(f"review decision cancer_visible={v!r} is not yes/no (or 1/0, true/false)")

    return pd.Series([parse(v) for v in values], index=values.index, dtype="boolean")


def evaluation_breasts(test_eligibility: pd.DataFrame, decisions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Which test breasts the evaluation uses.

    Args:
        test_eligibility: the ``test_eligibility`` table (``exam_uid, patient_uid, laterality,
            status, reason, branch``); a breast a reviewer decided in the workbench already
            carries ``review_included`` / ``review_excluded`` (``basis == "review"``).
        decisions: optional reviewer decisions ``exam_uid, laterality, cancer_visible``
            (bool, or yes/no, 1/0, true/false; blank = not yet decided) for breasts queued
            for manual review.

    Returns:
        ``test_eligibility`` plus ``evaluate`` (bool) and ``basis``: ``rule`` (decided by the
        filters), ``review`` (by a reviewer decision) or ``pending`` (queued, undecided: not
        evaluated).

    Raises:
        EligibilityInputError: a decision for a breast that is not queued for review, a
            duplicated decision, or an unreadable ``cancer_visible`` value.
    """
    out = test_eligibility.copy()
    queued = (out["status"] == "manual_review").to_numpy()
    reviewed = out["status"].isin(["review_included", "review_excluded"]).to_numpy()
    out["evaluate"] = out["status"].isin(["included", "review_included"]).to_numpy()
    out["basis"] = pd.Series(["pending" if q else "review" if r else "rule" for q, r in zip(queued, reviewed)],
                             index=out.index, dtype="string")
    if decisions is None or decisions.empty:
        return out
    missing = [c for c in REVIEW_DECISION_COLUMNS if c not in decisions.columns]
    if missing:
        raise EligibilityInputError(f"review decisions lack column(s) {missing}")
    d = decisions[list(REVIEW_DECISION_COLUMNS)].copy()
    d["exam_uid"] = d["exam_uid"].astype("string")
    d["laterality"] = d["laterality"].astype("string")
    d["cancer_visible"] = _parse_visible(d["cancer_visible"])
    d = d.loc[d["cancer_visible"].notna()]
    if d.duplicated(["exam_uid", "laterality"]).any():
        raise EligibilityInputError("review decisions hold the same exam x breast twice")
    keys = out[["exam_uid", "laterality"]].astype("string").assign(queued=queued)
    joined = d.merge(keys, on=["exam_uid", "laterality"], how="left")
    not_queued = joined["queued"].ne(True)
    if not_queued.any():
        row = joined.loc[not_queued, ["exam_uid", "laterality"]].iloc[0].to_dict()
        raise EligibilityInputError(
            f"{int(not_queued.sum())} review decision(s) for breasts not queued for review, e.g. {row}")
    merged = keys.merge(d, on=["exam_uid", "laterality"], how="left")
    decided = merged["cancer_visible"].notna().to_numpy()
    out.loc[decided, "evaluate"] = merged.loc[decided, "cancer_visible"].astype(bool).to_numpy()
    out.loc[decided, "basis"] = "review"
    return out
