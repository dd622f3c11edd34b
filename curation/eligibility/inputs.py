"""Validated, normalised inputs of the test-set filters (paper Fig. A.3), and the adapter
from the NLP ``pathology_findings`` table to the per-report-and-breast ``pathology`` events.

The filters consume four pseudonymised DataFrames (see ``docs/test_set_filters.md``):
``breast_exams``, ``breast_labels``, ``pathology`` and ``radiology``. Each ``normalise_*``
function checks the columns and vocabularies, fixes the dtypes (dates -> ``datetime64[s]``,
flags -> ``bool``, ``report_uids`` -> ``list[str]``, BI-RADS -> canonical upper-case strings)
and raises :class:`EligibilityInputError` (a :class:`~core.errors.UserError`, printed as
one line by the CLI) naming the offending column and an example value. Normalising in one
place keeps the rule code free of defensive branches.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from core.errors import UserError
from core.tables import require_columns
from curation.months import to_day_series

LATERALITIES = frozenset({"L", "R"})
SPLITS = frozenset({"train", "val", "test"})
BIOPSY_PROCEDURES = frozenset({"core_biopsy", "fna", "vacuum_biopsy"})
SURGERY_PROCEDURES = frozenset({"excision", "lumpectomy", "mastectomy"})
PROCEDURES = BIOPSY_PROCEDURES | SURGERY_PROCEDURES
GUIDANCES = frozenset({"us", "stereotactic", "mri", "none"})
CONCORDANCES = frozenset({"concordant", "discordant", ""})
MODALITIES = frozenset({"US", "MG", "DBT"})
BIRADS_VALUES = ("0", "1", "2", "3", "4", "4A", "4B", "4C", "5", "6")

BREAST_EXAM_COLUMNS = ("exam_uid", "patient_uid", "laterality", "exam_date", "split")
BREAST_LABEL_COLUMNS = ("exam_uid", "laterality", "benign", "malignant", "report_uids")
LABEL_STATES = frozenset({"confident", "needs_review"})  # breast_labels.label_state (optional column)
PATHOLOGY_COLUMNS = ("report_uid", "patient_uid", "laterality", "specimen_date", "procedure",
                     "guidance", "concordance", "malignant", "benign")
RADIOLOGY_COLUMNS = ("patient_uid", "exam_uid", "report_uid", "exam_date", "modality", "laterality", "birads")


class EligibilityInputError(UserError, ValueError):
    """An input table of the test-set filters is malformed (missing column, bad value...)."""


def _ids(frame: pd.DataFrame, column: str, table: str) -> pd.Series:
    s = frame[column]
    bad = s.isna() | (s.astype("string").str.strip() == "")
    if bad.any():
        raise EligibilityInputError(f"{table}.{column} has {int(bad.sum())} missing/empty id(s)")
    return s.astype("string")


def _vocab(s: pd.Series, allowed: Iterable[str], table: str, column: str) -> pd.Series:
    s = s.astype("string")
    allowed = set(allowed)
    bad = ~s.isin(allowed) | s.isna()
    if bad.any():
        example = s[bad].iloc[0]
        raise EligibilityInputError(
            f"{table}.{column} has {int(bad.sum())} value(s) outside {sorted(allowed)}, e.g. {example!r}"
        )
    return s


def _dates(s: pd.Series, table: str, column: str, allow_missing: bool = False) -> pd.Series:
    try:
        out = to_day_series(s)
    except (ValueError, TypeError) as exc:
        raise EligibilityInputError(f"{table}.{column} has an unparseable date: {exc}") from exc
    if not allow_missing and out.isna().any():
        raise EligibilityInputError(f"{table}.{column} has {int(out.isna().sum())} missing date(s)")
    return out


def _flags(s: pd.Series, table: str, column: str) -> pd.Series:
    """0/1, True/False, or missing (= False) -> bool."""
    values = s.astype("object").where(s.notna(), False)
    ok = values.map(lambda v: isinstance(v, (bool, np.bool_)) or (isinstance(v, (int, np.integer, float)) and v in (0, 1)))
    if not ok.all():
        raise EligibilityInputError(f"{table}.{column} must be boolean or 0/1, e.g. got {values[~ok].iloc[0]!r}")
    return values.astype(bool)


def _unique(frame: pd.DataFrame, keys: list[str], table: str) -> None:
    dup = frame.duplicated(keys)
    if dup.any():
        row = frame.loc[dup, keys].iloc[0].to_dict()
        raise EligibilityInputError(f"{table} has {int(dup.sum())} duplicate row(s) on {keys}, e.g. {row}")


def normalise_birads(s: pd.Series, table: str = "radiology", column: str = "birads") -> pd.Series:
    """Canonical BI-RADS strings (``'4a'`` -> ``'4A'``, ``' 2 '`` -> ``'2'``); empty -> missing."""
    text = s.astype("string").str.strip().str.upper()
    text = text.mask(text == "", pd.NA)
    bad = text.notna() & ~text.isin(BIRADS_VALUES)
    if bad.any():
        raise EligibilityInputError(
            f"{table}.{column} has {int(bad.sum())} value(s) outside {list(BIRADS_VALUES)}, e.g. {text[bad].iloc[0]!r}"
        )
    return text


def normalise_breast_exams(frame: pd.DataFrame) -> pd.DataFrame:
    require_columns(frame, BREAST_EXAM_COLUMNS, "breast_exams", EligibilityInputError)
    out = pd.DataFrame({
        "exam_uid": _ids(frame, "exam_uid", "breast_exams"),
        "patient_uid": _ids(frame, "patient_uid", "breast_exams"),
        "laterality": _vocab(frame["laterality"], LATERALITIES, "breast_exams", "laterality"),
        "exam_date": _dates(frame["exam_date"], "breast_exams", "exam_date"),
        "split": _vocab(frame["split"], SPLITS, "breast_exams", "split"),
    }).reset_index(drop=True)
    _unique(out, ["exam_uid", "laterality"], "breast_exams")
    per_exam = out.groupby("exam_uid")[["patient_uid", "exam_date"]].nunique()
    if (per_exam > 1).any().any():
        raise EligibilityInputError("breast_exams has an exam_uid with several patients or dates")
    return out


def _as_uid_list(value: object) -> list[str]:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return []
    if isinstance(value, str):
        raise EligibilityInputError("breast_labels.report_uids must hold lists of ids, got a string")
    return [str(v) for v in value]


def normalise_breast_labels(frame: pd.DataFrame) -> pd.DataFrame:
    require_columns(frame, BREAST_LABEL_COLUMNS, "breast_labels", EligibilityInputError)
    out = pd.DataFrame({
        "exam_uid": _ids(frame, "exam_uid", "breast_labels"),
        "laterality": _vocab(frame["laterality"], LATERALITIES, "breast_labels", "laterality"),
        "benign": _flags(frame["benign"], "breast_labels", "benign"),
        "malignant": _flags(frame["malignant"], "breast_labels", "malignant"),
        "report_uids": [_as_uid_list(v) for v in frame["report_uids"]],
    }).reset_index(drop=True)
    # labels without a state (older tables, hand-made inputs) are confident
    state = frame["label_state"] if "label_state" in frame.columns else pd.Series("confident", index=frame.index)
    state = state.astype("string").fillna("confident").reset_index(drop=True)
    out["label_state"] = _vocab(state, LABEL_STATES, "breast_labels", "label_state")
    _unique(out, ["exam_uid", "laterality"], "breast_labels")
    return out


def normalise_pathology(frame: pd.DataFrame) -> pd.DataFrame:
    require_columns(frame, PATHOLOGY_COLUMNS, "pathology", EligibilityInputError)
    t = "pathology"
    concordance = frame["concordance"].astype("string").str.strip().str.lower().fillna("")
    guidance = frame["guidance"].astype("string").str.strip().str.lower().fillna("none")
    guidance = guidance.mask(guidance == "", "none")
    out = pd.DataFrame({
        "report_uid": _ids(frame, "report_uid", t),
        "patient_uid": _ids(frame, "patient_uid", t),
        "laterality": _vocab(frame["laterality"], LATERALITIES, t, "laterality"),
        "specimen_date": _dates(frame["specimen_date"], t, "specimen_date"),
        "procedure": _vocab(frame["procedure"].astype("string").str.strip().str.lower(), PROCEDURES, t, "procedure"),
        "guidance": _vocab(guidance, GUIDANCES, t, "guidance"),
        "concordance": _vocab(concordance, CONCORDANCES, t, "concordance"),
        "malignant": _flags(frame["malignant"], t, "malignant"),
        "benign": _flags(frame["benign"], t, "benign"),
    }).reset_index(drop=True)
    _unique(out, ["report_uid", "laterality"], t)
    return out


def _modality(s: pd.Series) -> pd.Series:
    """US/MG/DBT, case-insensitive; missing allowed (such a report is never a follow-up)."""
    text = s.astype("string").str.strip().str.upper()
    text = text.mask(text == "", pd.NA)
    bad = text.notna() & ~text.isin(MODALITIES)
    if bad.any():
        raise EligibilityInputError(
            f"radiology.modality has {int(bad.sum())} value(s) outside {sorted(MODALITIES)}, e.g. {text[bad].iloc[0]!r}")
    return text


def normalise_radiology(frame: pd.DataFrame) -> pd.DataFrame:
    require_columns(frame, RADIOLOGY_COLUMNS, "radiology", EligibilityInputError)
    t = "radiology"
    out = pd.DataFrame({
        "patient_uid": _ids(frame, "patient_uid", t),
        "exam_uid": _ids(frame, "exam_uid", t),
        "report_uid": _ids(frame, "report_uid", t),
        "exam_date": _dates(frame["exam_date"], t, "exam_date"),
        "modality": _modality(frame["modality"]),
        "laterality": _vocab(frame["laterality"], LATERALITIES, t, "laterality"),
        "birads": normalise_birads(frame["birads"]),
    }).reset_index(drop=True)
    return out


def pathology_from_findings(findings: pd.DataFrame, count_uncertain: bool = False) -> pd.DataFrame:
    """Collapse the span-level ``pathology_findings`` table into one row per report x breast.

    A report covers a breast when at least one of its findings has that laterality (findings
    without laterality are dropped: they cannot be attributed to a breast). The breast is
    ``malignant`` (``benign``) when a finding of that category labels its breast (``effect``
    ``labels``; a table without ``effect``: not negated, not historical and, unless
    ``count_uncertain``, not uncertain) -- the same rule as the breast labels, so "no carcinoma",
    "history of DCIS" or a withdrawn diagnosis never make a report malignant.
    ``procedure``, ``guidance``, ``concordance``, ``specimen_date`` and ``patient_uid`` are
    report-level and copied from the report's first finding row.

    Args:
        findings: the ``pathology_findings`` table (docs/data_model.md).
        count_uncertain: also count uncertain findings ("suspicious for carcinoma").

    Returns:
        DataFrame with :data:`PATHOLOGY_COLUMNS`, validated by :func:`normalise_pathology`.
    """
    needed = ("report_uid", "patient_uid", "specimen_date", "category", "laterality", "negated",
              "historical", "uncertain", "procedure", "guidance", "concordance")
    require_columns(findings, needed, "pathology_findings", EligibilityInputError)
    f = findings.loc[findings["laterality"].notna() & (findings["laterality"].astype("string") != "")].copy()
    asserted = ~_flags(f["negated"], "pathology_findings", "negated") & ~_flags(
        f["historical"], "pathology_findings", "historical")
    if not count_uncertain:
        asserted &= ~_flags(f["uncertain"], "pathology_findings", "uncertain")
    if "effect" in f.columns:  # the NLP's report state decides (sections, revisions, specimen site)
        effect, reason = f["effect"].astype("string"), f["reason"].astype("string")
        asserted = (effect == "labels") | (count_uncertain & reason.isin(["uncertain", "differential"]))
        asserted = asserted.fillna(False).astype(bool)
    category = f["category"].astype("string")
    f["malignant"] = asserted & (category == "malignant")
    f["benign"] = asserted & (category == "benign")
    keys = ["report_uid", "laterality"]
    grouped = f.groupby(keys, sort=True, dropna=False)
    flags = grouped[["malignant", "benign"]].any()
    report = grouped[["patient_uid", "specimen_date", "procedure", "guidance", "concordance"]].first()
    out = report.join(flags).reset_index()
    if out.empty:
        out = pd.DataFrame({c: pd.Series(dtype="object") for c in PATHOLOGY_COLUMNS})
    return normalise_pathology(out[list(PATHOLOGY_COLUMNS)])
