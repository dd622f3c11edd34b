"""The paper's test population: the test-split breasts that Fig. A.3 keeps, applied to predictions.

The build computes the follow-up filters (``test_eligibility``: one row per test-split exam x
breast with ``status`` included / excluded / manual_review and a ``reason`` code); the paper
evaluates only the breasts the filters include plus the queued malignant ones a reviewer found
visible. :func:`paper_test_population` splits a predictions table accordingly:

- ``evaluated``: the predictions of those breasts, with the ``reason`` and ``basis`` (``rule`` or
  ``review``) that let each one in;
- ``excluded``: one row per test breast left out, with its ``reason`` (the eligibility code; a
  queued breast nobody accepted keeps its review code with ``basis == "pending"``) and, where the
  breast has one, its prediction. Two reasons come from the predictions themselves:
  ``no_prediction`` (included by the filters, ``status`` kept, but absent from the predictions:
  the result is partial) and ``not_in_test_eligibility`` (a test prediction the build's table does not list:
  predictions of another build);
- ``whole_split``: every test-split prediction, the population the paper never evaluates, kept
  to show what the filters change.

Review decisions are passed in as the breast ids a reviewer accepted (``<exam_uid>_<laterality>``,
the predictions' ``breast_id``); :func:`curation.eligibility.review.evaluation_breasts` checks
that each was queued for review.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from core.errors import UserError
from curation.eligibility.review import evaluation_breasts
from evaluation.bootstrap import auc_columns
from evaluation.predictions import curated_tables_dir

NO_PREDICTION = "no_prediction"
NOT_IN_TEST_ELIGIBILITY = "not_in_test_eligibility"
ELIGIBILITY_COLUMNS = ("exam_uid", "patient_uid", "laterality", "status", "reason", "branch")
EXCLUDED_COLUMNS = ("breast_id", "exam_uid", "patient_uid", "laterality", "status", "reason", "branch", "basis",
                    "label", "score")
PAPER_POPULATION = "Paper test set (Fig. A.3 + manual review)"
WHOLE_SPLIT = "Whole test split"


@dataclass(frozen=True)
class TestPopulation:
    """Predictions split into the paper's test population and the test breasts left out."""

    evaluated: pd.DataFrame
    excluded: pd.DataFrame
    whole_split: pd.DataFrame

    def reason_counts(self) -> pd.DataFrame:
        """``reason, status, basis, n, n_malignant`` (malignant among breasts with a prediction),
        most frequent first."""
        ex = self.excluded
        if ex.empty:
            return pd.DataFrame(columns=["reason", "status", "basis", "n", "n_malignant"])
        grouped = ex.assign(malignant=(ex["label"] == 1)).groupby(["reason", "status", "basis"], dropna=False)
        out = grouped.agg(n=("breast_id", "size"), n_malignant=("malignant", "sum")).reset_index()
        return out.sort_values(["n", "reason"], ascending=[False, True]).reset_index(drop=True)


def read_test_eligibility(dataset_dir: str | Path) -> pd.DataFrame:
    """``test_eligibility`` of a build output (its ``tables/``) or of a folder of Parquet tables."""
    tables = curated_tables_dir(dataset_dir)
    path = tables / "test_eligibility.parquet"
    if not path.is_file():
        raise UserError(f"{tables} lacks test_eligibility.parquet (pass a build-dataset output folder)")
    frame = pd.read_parquet(path)
    if missing := [c for c in ELIGIBILITY_COLUMNS if c not in frame.columns]:
        raise UserError(f"{path} lacks column(s) {missing}")
    return frame


def _breast_ids(frame: pd.DataFrame) -> pd.Series:
    return frame["exam_uid"].astype(str) + "_" + frame["laterality"].astype(str)


def _decisions(accepted: Iterable[str], eligibility: pd.DataFrame) -> pd.DataFrame:
    ids = sorted({str(b) for b in accepted})
    known = dict(zip(_breast_ids(eligibility), zip(eligibility["exam_uid"].astype(str),
                                                    eligibility["laterality"].astype(str))))
    if unknown := [b for b in ids if b not in known]:
        raise UserError(f"{len(unknown)} review-accepted breast id(s) are not test breasts of this build, "
                        f"e.g. {unknown[0]!r} (expected <exam_uid>_<laterality>)")
    pairs = [known[b] for b in ids]
    return pd.DataFrame({"exam_uid": [p[0] for p in pairs], "laterality": [p[1] for p in pairs],
                         "cancer_visible": [True] * len(pairs)})


def paper_test_population(predictions: pd.DataFrame, test_eligibility: pd.DataFrame,
                          review_accepted: Iterable[str] = ()) -> TestPopulation:
    """Split normalised predictions (``breast_id, exam_uid, laterality, label, score``...) into the
    breasts the paper evaluates and the test breasts left out (see the module docstring).

    Args:
        predictions: one row per breast; with a ``split`` column only its ``test`` rows are test
            breasts (a run's ``predictions.parquet`` also holds validation rows).
        test_eligibility: the build's ``test_eligibility`` table.
        review_accepted: breast ids (``<exam_uid>_<laterality>``) a reviewer found the cancer
            visible in; each must be queued for manual review. Default: none (an unfinished
            review adds nothing).

    Raises:
        UserError: predictions without ``exam_uid``/``laterality``, or a review id that is not a
            queued test breast.
    """
    if not {"exam_uid", "laterality"} <= set(predictions.columns):
        raise UserError("predictions need exam_uid and laterality columns to apply the test-set filters")
    decisions = _decisions(review_accepted, test_eligibility)
    try:
        selection = evaluation_breasts(test_eligibility, decisions if len(decisions) else None)
    except ValueError as exc:  # EligibilityInputError: an accepted breast that was not queued
        raise UserError(str(exc)) from exc
    selection = selection.assign(breast_id=_breast_ids(selection), _key=_breast_ids(selection))
    test = predictions
    if "split" in predictions.columns:
        test = predictions.loc[predictions["split"].astype(str) == "test"]
    test = test.reset_index(drop=True)

    # joined on exam x breast (a predictions file may carry its own breast_id spelling)
    keyed = test.assign(_key=_breast_ids(test)).merge(
        selection[["_key", "status", "reason", "branch", "evaluate", "basis"]], on="_key", how="left",
        validate="one_to_one")
    listed = keyed["reason"].notna()
    chosen = listed & keyed["evaluate"].fillna(False).astype(bool)
    evaluated = keyed.loc[chosen].drop(columns=["_key", "evaluate", "status", "branch"]).reset_index(drop=True)

    left_out = keyed.loc[listed & ~chosen]
    stray = keyed.loc[~listed].assign(status="excluded", reason=NOT_IN_TEST_ELIGIBILITY, branch=None, basis=None)
    unscored = selection.loc[~selection["_key"].isin(set(keyed["_key"]))].assign(label=np.nan, score=np.nan)
    # a breast the filters (or a reviewer) let in but the predictions lack: the result is partial
    unscored["reason"] = unscored["reason"].where(~unscored["evaluate"].astype(bool), NO_PREDICTION)
    frames = [f[[c for c in EXCLUDED_COLUMNS if c in f.columns]] for f in (left_out, stray, unscored) if len(f)]
    excluded = (pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(EXCLUDED_COLUMNS)))
    excluded = excluded.reindex(columns=list(EXCLUDED_COLUMNS))
    excluded["label"] = pd.to_numeric(excluded["label"], errors="coerce").astype("Int64")
    return TestPopulation(evaluated=evaluated, excluded=excluded, whole_split=test)


def population_table(population: TestPopulation, n_boot: int = 1000, seed: int = 0,
                     patient_bootstrap: bool = False) -> pd.DataFrame:
    """AUROC/AUPRC with bootstrap CIs on the paper's population and on the whole test split.

    One row per population: ``population, n, n_malignant, auroc, auroc_low, auroc_high, auprc,
    auprc_low, auprc_high`` (n/a when a population holds a single class).
    """
    rows = []
    for name, frame in ((PAPER_POPULATION, population.evaluated), (WHOLE_SPLIT, population.whole_split)):
        y = frame["label"].to_numpy().astype(int)
        clusters = frame["patient_uid"].astype(str).to_numpy() if (
            patient_bootstrap and "patient_uid" in frame.columns) else None
        row: dict[str, object] = {"population": name, "n": len(frame), "n_malignant": int(y.sum())}
        row.update(auc_columns(y, frame["score"].to_numpy(float), n_boot=n_boot, seed=seed, clusters=clusters))
        rows.append(row)
    return pd.DataFrame(rows)
