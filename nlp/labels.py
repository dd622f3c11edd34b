"""Stage 4 (label): pathology reports -> ``pathology_findings`` -> ``breast_labels``.

Pure functions over DataFrames (no Prefect, no I/O).

Label window (paper, Methods "Breast-level cancer labels"): a breast in an exam is labelled
from **every** pathology report of the same patient whose ``specimen_date`` lies from 30 days
before to 120 days after the exam date, **both ends inclusive** (``-30 <= specimen_date -
exam_date <= 120`` in whole days). Within the window, the breast is ``malignant`` (``benign``)
when any report has an *asserted* finding of that category on that side: not negated, not
historical, not uncertain (the same rule as ``curation.eligibility.inputs.pathology_from_findings``).
A breast can be both. ``other`` findings (fibrocystic change, lymph-node results, ...) never
label a breast. ``report_uids`` lists the window's reports with at least one finding on that
side (whatever its category or context); ``n_reports`` is their number.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from core import pseudonyms
from core.errors import UserError
from nlp.lexicon import BENIGN, MALIGNANT

WINDOW_BEFORE_DAYS = 30
WINDOW_AFTER_DAYS = 120

PATHOLOGY_REPORT_COLUMNS = ("patient_id", "report_id", "specimen_date", "procedure", "guidance", "concordance", "text")
EXAM_COLUMNS = ("exam_uid", "patient_uid", "exam_date", "laterality")
FINDING_COLUMNS = ("report_uid", "patient_uid", "specimen_date", "specimen", "finding", "category", "laterality",
                   "clock", "negated", "historical", "uncertain", "span_start", "span_end", "evidence",
                   "procedure", "guidance", "concordance")
BREAST_LABEL_COLUMNS = ("exam_uid", "patient_uid", "laterality", "exam_date", "benign", "malignant",
                        "n_reports", "report_uids")
REPORT_LABEL_COLUMNS = ("report_uid", "patient_uid", "specimen_date", "laterality", "benign", "malignant",
                        "n_findings", "procedure", "guidance", "concordance")


class LabelInputError(UserError, ValueError):
    """An input table of the labeling stage is malformed (missing column, bad date...)."""


def require_columns(frame: pd.DataFrame, columns: tuple[str, ...], table: str) -> None:
    """Raise :class:`LabelInputError` naming the missing columns."""
    if not isinstance(frame, pd.DataFrame):
        raise LabelInputError(f"{table} must be a pandas DataFrame, got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise LabelInputError(f"{table} lacks column(s) {missing}; it has {list(frame.columns)}")


def to_dates(values: pd.Series, table: str, column: str) -> pd.Series:
    """Parse a date column to ``datetime64[s]`` at midnight; an unparseable value raises."""
    text = values.astype("string").str.strip()
    text = text.mask(text == "", pd.NA)
    try:
        out = pd.to_datetime(text, errors="raise")
    except (ValueError, TypeError) as exc:
        raise LabelInputError(f"{table}.{column} has an unparseable date: {exc}") from exc
    return out.dt.normalize().astype("datetime64[s]")


def _clean(values: pd.Series) -> pd.Series:
    s = values.astype("string").str.strip().fillna("")
    return s


def extract_pathology_findings(
    pathology_reports: pd.DataFrame,
    key: str | None = None,
    batch_size: int = 256,
    progress: Callable[[int, int], None] | None = None,
) -> pd.DataFrame:
    """The ``pathology_findings`` table: one row per finding mention of every report.

    Args:
        pathology_reports: ``pathology_reports.csv`` rows (docs/data_model.md): ``patient_id,
            report_id, specimen_date, procedure, guidance, concordance, text``.
        key: pseudonym key (default: ``SONOLABEL_PSEUDONYM_KEY``, see ``core.pseudonyms``).
        batch_size: reports per ``nlp.pipe`` batch (> 0).
        progress: called as ``progress(done, total)`` after each batch.

    Returns:
        DataFrame with the columns of :data:`nlp.schemas.PATHOLOGY_FINDINGS_SCHEMA`; raw
        patient and report ids are replaced by ``patient_uid`` / ``report_uid``. Reports
        without any lexicon term yield no row.
    """
    require_columns(pathology_reports, PATHOLOGY_REPORT_COLUMNS, "pathology_reports")
    if batch_size <= 0:
        raise ValueError(f"batch_size must be > 0, got {batch_size}")
    # spaCy loads only in the process that parses reports, not in every Dask worker that imports
    # the build's steps (about 1 s and 150 MB each)
    from nlp.pathology import get_pipeline

    reports = pathology_reports.reset_index(drop=True)
    ids = _clean(reports["patient_id"])
    rids = _clean(reports["report_id"])
    if (ids == "").any() or (rids == "").any():
        raise LabelInputError(
            f"pathology_reports has {int((ids == '').sum())} empty patient_id and {int((rids == '').sum())} empty report_id"
        )
    dates = to_dates(reports["specimen_date"], "pathology_reports", "specimen_date")
    texts = reports["text"].astype("string").fillna("").tolist()
    procedure, guidance, concordance = (_clean(reports[c]).str.lower() for c in ("procedure", "guidance", "concordance"))
    patient_uids = [pseudonyms.patient_uid(v, key) for v in ids]
    report_uids = [pseudonyms.report_uid(v, key) for v in rids]

    rows: list[tuple] = []
    total = len(texts)
    nlp = get_pipeline()
    for i, doc in enumerate(nlp.pipe(texts, batch_size=batch_size)):
        for f in doc._.findings:
            rows.append((report_uids[i], patient_uids[i], dates.iat[i], f.specimen, f.finding, f.category,
                         f.laterality, f.clock, f.negated, f.historical, f.uncertain, f.start, f.end, f.evidence,
                         procedure.iat[i], guidance.iat[i], concordance.iat[i]))
        if progress is not None and ((i + 1) % batch_size == 0 or i + 1 == total):
            progress(i + 1, total)
    out = pd.DataFrame.from_records(rows, columns=list(FINDING_COLUMNS))
    if out.empty:
        out = out.astype({"negated": bool, "historical": bool, "uncertain": bool,
                          "span_start": "int64", "span_end": "int64"})
    out["specimen_date"] = pd.to_datetime(out["specimen_date"]).astype("datetime64[s]")
    return out


def _asserted_flags(findings: pd.DataFrame) -> pd.DataFrame:
    """Findings with a side, plus ``benign`` / ``malignant`` flags of the asserted ones."""
    require_columns(findings, ("report_uid", "patient_uid", "specimen_date", "category", "laterality",
                               "negated", "historical", "uncertain"), "pathology_findings")
    side = findings["laterality"].astype("string")
    f = findings.loc[side.isin(["L", "R"]).fillna(False).to_numpy()].copy()
    asserted = ~(f["negated"].astype(bool) | f["historical"].astype(bool) | f["uncertain"].astype(bool))
    category = f["category"].astype("string")
    f["malignant"] = (asserted & (category == MALIGNANT)).to_numpy(dtype=bool)
    f["benign"] = (asserted & (category == BENIGN)).to_numpy(dtype=bool)
    f["specimen_date"] = to_dates(f["specimen_date"], "pathology_findings", "specimen_date")
    return f


def report_breast_labels(findings: pd.DataFrame) -> pd.DataFrame:
    """Per report x breast labels (one row per report and side that has at least one finding)."""
    f = _asserted_flags(findings)
    for col in ("procedure", "guidance", "concordance"):
        if col not in f.columns:
            f[col] = ""
    g = f.groupby(["report_uid", "laterality"], sort=True)
    out = g.agg(
        patient_uid=("patient_uid", "first"),
        specimen_date=("specimen_date", "first"),
        benign=("benign", "any"),
        malignant=("malignant", "any"),
        n_findings=("category", "size"),
        procedure=("procedure", "first"),
        guidance=("guidance", "first"),
        concordance=("concordance", "first"),
    ).reset_index()
    return out[list(REPORT_LABEL_COLUMNS)]


def label_breasts(
    exams: pd.DataFrame,
    findings: pd.DataFrame,
    before_days: int = WINDOW_BEFORE_DAYS,
    after_days: int = WINDOW_AFTER_DAYS,
) -> pd.DataFrame:
    """The ``breast_labels`` table: one row per exam x breast of ``exams``.

    Args:
        exams: one row per exam x breast with images: ``exam_uid, patient_uid, exam_date,
            laterality`` (``curation.exams.breast_exams``); nothing else is assumed.
        findings: the ``pathology_findings`` table (:func:`extract_pathology_findings`).
        before_days, after_days: the window, inclusive (paper: 30 and 120; both >= 0).

    Returns:
        ``exam_uid, patient_uid, laterality, exam_date, benign, malignant, n_reports,
        report_uids``, in the order of ``exams``. A breast with no report in the window is
        neither benign nor malignant (``n_reports`` 0, ``report_uids`` empty).
    """
    require_columns(exams, EXAM_COLUMNS, "exams")
    if before_days < 0 or after_days < 0:
        raise ValueError(f"window days must be >= 0, got -{before_days}/+{after_days}")
    base = exams[list(EXAM_COLUMNS)].reset_index(drop=True).copy()
    base["exam_uid"] = base["exam_uid"].astype("string")
    base["patient_uid"] = base["patient_uid"].astype("string")
    base["laterality"] = base["laterality"].astype("string").str.strip().str.upper()
    bad = ~base["laterality"].isin(["L", "R"]).fillna(False)
    if bad.any():
        raise LabelInputError(f"exams.laterality must be L or R, e.g. got {base.loc[bad, 'laterality'].iloc[0]!r}")
    dup = base.duplicated(["exam_uid", "laterality"])
    if dup.any():
        raise LabelInputError(f"exams has {int(dup.sum())} duplicate exam_uid x laterality row(s)")
    base["exam_date"] = to_dates(base["exam_date"], "exams", "exam_date")
    if base["exam_date"].isna().any():
        raise LabelInputError(f"exams.exam_date has {int(base['exam_date'].isna().sum())} missing date(s)")
    base["row"] = np.arange(len(base))

    reports = report_breast_labels(findings)[["report_uid", "patient_uid", "laterality", "specimen_date",
                                              "benign", "malignant"]]
    reports = reports.astype({"patient_uid": "string", "laterality": "string"})
    pairs = base[["row", "patient_uid", "laterality", "exam_date"]].merge(
        reports, on=["patient_uid", "laterality"], how="inner"
    )
    delta = (pairs["specimen_date"] - pairs["exam_date"]).dt.days
    pairs = pairs.loc[(delta >= -before_days) & (delta <= after_days)]
    g = pairs.groupby("row", sort=True)
    agg = pd.DataFrame({
        "benign": g["benign"].any(),
        "malignant": g["malignant"].any(),
        "report_uids": g["report_uid"].agg(lambda s: sorted(set(map(str, s)))),
    })
    out = base.join(agg, on="row")
    out["benign"] = out["benign"].astype("boolean").fillna(False).astype(bool)
    out["malignant"] = out["malignant"].astype("boolean").fillna(False).astype(bool)
    out["report_uids"] = [v if isinstance(v, list) else [] for v in out["report_uids"]]
    out["n_reports"] = [len(v) for v in out["report_uids"]]
    return out[list(BREAST_LABEL_COLUMNS)]
