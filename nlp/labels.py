"""Stage 4 (label): pathology reports -> ``pathology_findings`` -> ``breast_labels`` (+ ``label_review``).

Pure functions over DataFrames (no Prefect, no I/O).

Label window (paper, Methods "Breast-level cancer labels"): a breast in an exam is labelled
from **every** pathology report of the same patient whose ``specimen_date`` lies from 30 days
before to 120 days after the exam date, **both ends inclusive** (``-30 <= specimen_date -
exam_date <= 120`` in whole days). Within the window, the breast is ``malignant`` (``benign``)
when any report has a finding of that category on that side whose ``effect`` is ``labels``
(``nlp.resolution``: in a section that labels, in the report's final state, at a breast site,
not negated, historical or uncertain). A breast can be both. ``other`` findings never label.

``label_state``: ``needs_review`` when a window report sends that breast to review (a malignancy
whose side is never stated, a benign-versus-malignant differential left open, an addendum that
leaves the diagnosis open, an unreadable report), else ``confident``. The first two are void on a
breast that a malignancy labels anyway. A breast in review keeps the flags its labelling findings
give, is listed in ``label_review`` with its reasons, and must not be used as labelled (the MIL
bags drop it). ``malignant_decided_by`` / ``benign_decided_by`` name the text that set each flag:
``<report_uid>@<span_start>-<span_end>`` of the first labelling finding (a row of
``pathology_findings``).

Report text checks (:func:`text_issue`): an empty text, binary junk or a text over
``MAX_REPORT_CHARS`` is not parsed and sends its patient's breasts of that window to review
(``unreadable_report``); undecodable bytes (decoded as U+FFFD) and texts longer than one spaCy
piece are parsed and flagged (``reports.reason``, ``curation.reports``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from core import pseudonyms, tables
from core.errors import UserError
from nlp.lexicon import BENIGN, MALIGNANT, OTHER
from nlp.resolution import LABELS, REVIEW, VOID_IF_MALIGNANT
from nlp.structure import PIECE_CHARS, unread_diagnosis

WINDOW_BEFORE_DAYS = 30
WINDOW_AFTER_DAYS = 120

PATHOLOGY_REPORT_COLUMNS = ("patient_id", "report_id", "specimen_date", "procedure", "guidance", "concordance", "text")
EXAM_COLUMNS = ("exam_uid", "patient_uid", "exam_date", "laterality")
FINDING_COLUMNS = ("report_uid", "patient_uid", "specimen_date", "specimen", "finding", "category", "laterality",
                   "clock", "negated", "historical", "uncertain", "span_start", "span_end", "evidence",
                   "procedure", "guidance", "concordance", "section", "site", "effect", "reason")
BREAST_LABEL_COLUMNS = ("exam_uid", "patient_uid", "laterality", "exam_date", "benign", "malignant",
                        "n_reports", "report_uids", "label_state", "review_reason", "malignant_decided_by",
                        "benign_decided_by")
REPORT_LABEL_COLUMNS = ("report_uid", "patient_uid", "specimen_date", "laterality", "benign", "malignant",
                        "n_findings", "procedure", "guidance", "concordance", "label_state", "review_reason",
                        "malignant_decided_by", "benign_decided_by")
LABEL_REVIEW_COLUMNS = ("exam_uid", "patient_uid", "laterality", "exam_date", "review_reason", "benign", "malignant",
                        "n_reports", "report_uids", "review_refs")
CONFIDENT = "confident"
NEEDS_REVIEW = "needs_review"
LABEL_STATES = (CONFIDENT, NEEDS_REVIEW)

# Report text checks (reason codes of the ``reports`` table, docs/data_model.md).
MAX_REPORT_CHARS = 5_000_000  # longer texts are not parsed (their breasts go to review)
BINARY_SHARE = 0.05  # control characters above this share of a text: binary junk
UNDECODABLE_SHARE = 0.25  # U+FFFD above this share: binary junk decoded as text
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
UNPARSED_ISSUES = ("empty_text", "binary_text", "text_too_long")
TEXT_ISSUES = (*UNPARSED_ISSUES, "undecodable_bytes", "long_text")
UNREADABLE_FINDING = "unreadable report"
DIAGNOSIS_UNREAD = "diagnosis_unread"  # also a reports.reason code (nlp.structure.unread_diagnosis)
UNREAD_FINDING = "unread diagnosis"
PATHOLOGY_TEXT_ISSUES = (*TEXT_ISSUES, DIAGNOSIS_UNREAD)


class LabelInputError(UserError, ValueError):
    """An input table of the labeling stage is malformed (missing column, bad date...)."""


def require_columns(frame: pd.DataFrame, columns: tuple[str, ...], table: str) -> None:
    """Raise :class:`LabelInputError` naming the missing columns."""
    tables.require_columns(frame, columns, table, LabelInputError)


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


def text_issue(text: str, piece_chars: int) -> str | None:
    """The report-text reason code of one report (:data:`TEXT_ISSUES`) or None when it is fine.

    ``empty_text``, ``binary_text`` (in its first 20,000 characters more than ``BINARY_SHARE``
    control characters or ``UNDECODABLE_SHARE`` U+FFFD) and ``text_too_long`` (over ``MAX_REPORT_CHARS``) are not parsed;
    ``undecodable_bytes`` (some U+FFFD) and ``long_text`` (over ``piece_chars``: parsed in pieces)
    are.
    """
    if not text.strip():
        return "empty_text"
    head = text[:20_000]
    if len(_CONTROL.findall(head)) > BINARY_SHARE * len(head) or head.count("\ufffd") > UNDECODABLE_SHARE * len(head):
        return "binary_text"
    if len(text) > MAX_REPORT_CHARS:
        return "text_too_long"
    if "\ufffd" in text:
        return "undecodable_bytes"
    if len(text) > piece_chars:
        return "long_text"
    return None


def report_texts(pathology_reports: pd.DataFrame) -> list[str]:
    """The report texts (missing -> "")."""
    return pathology_reports["text"].astype("string").fillna("").tolist()


def pathology_text_issues(pathology_reports: pd.DataFrame, findings: pd.DataFrame | None = None,
                          key: str | None = None) -> list[str | None]:
    """:func:`text_issue` of every report, in row order (for ``reports.reason``); with ``findings``
    (:func:`extract_pathology_findings` of these reports, same ``key``), :data:`DIAGNOSIS_UNREAD`
    for a report it sends to review as an unread diagnosis."""
    issues = [text_issue(t, PIECE_CHARS) for t in report_texts(pathology_reports)]
    if findings is None or not len(findings):
        return issues
    unread = set(findings.loc[findings["reason"] == DIAGNOSIS_UNREAD, "report_uid"])
    if not unread:
        return issues
    rids = _clean(pathology_reports["report_id"])
    return [DIAGNOSIS_UNREAD if issue is None and pseudonyms.report_uid(r, key) in unread else issue
            for issue, r in zip(issues, rids, strict=True)]


def extract_pathology_findings(
    pathology_reports: pd.DataFrame,
    key: str | None = None,
    batch_size: int = 256,
    progress: Callable[[int, int], None] | None = None,
) -> pd.DataFrame:
    """The ``pathology_findings`` table: one row per finding mention and breast of every report.

    Args:
        pathology_reports: ``pathology_reports.csv`` rows (docs/data_model.md): ``patient_id,
            report_id, specimen_date, procedure, guidance, concordance, text``.
        key: pseudonym key (default: ``SONOLABEL_PSEUDONYM_KEY``, see ``core.pseudonyms``).
        batch_size: reports per ``nlp.pipe`` batch (> 0).
        progress: called as ``progress(done, total)`` after each batch.

    Returns:
        DataFrame with the columns of :data:`nlp.schemas.PATHOLOGY_FINDINGS_SCHEMA`; raw
        patient and report ids are replaced by ``patient_uid`` / ``report_uid``. Reports
        without any lexicon term yield no row; an unreadable report (:data:`UNPARSED_ISSUES`)
        yields one ``review`` row without side (``finding`` "unreadable report", empty evidence).
    """
    require_columns(pathology_reports, PATHOLOGY_REPORT_COLUMNS, "pathology_reports")
    if batch_size <= 0:
        raise ValueError(f"batch_size must be > 0, got {batch_size}")
    # spaCy loads only in the process that parses reports, not in every Dask worker that imports
    # the build's steps (about 1 s and 150 MB each)
    from nlp.pathology import iter_findings

    reports = pathology_reports.reset_index(drop=True)
    ids = _clean(reports["patient_id"])
    rids = _clean(reports["report_id"])
    if (ids == "").any() or (rids == "").any():
        raise LabelInputError(
            f"pathology_reports has {int((ids == '').sum())} empty patient_id and {int((rids == '').sum())} empty report_id"
        )
    dates = to_dates(reports["specimen_date"], "pathology_reports", "specimen_date")
    texts = report_texts(reports)
    issues = [text_issue(t, PIECE_CHARS) for t in texts]
    procedure, guidance, concordance = (_clean(reports[c]).str.lower() for c in ("procedure", "guidance", "concordance"))
    patient_uids = [pseudonyms.patient_uid(v, key) for v in ids]
    report_uids = [pseudonyms.report_uid(v, key) for v in rids]

    rows: list[tuple] = []
    total = len(texts)
    parse = ["" if issue in UNPARSED_ISSUES else t for t, issue in zip(texts, issues, strict=True)]
    for i, findings in enumerate(iter_findings(parse, batch_size=batch_size)):
        context = (procedure.iat[i], guidance.iat[i], concordance.iat[i])
        if issues[i] in UNPARSED_ISSUES:
            rows.append((report_uids[i], patient_uids[i], dates.iat[i], None, UNREADABLE_FINDING, OTHER, None, None,
                         False, False, True, 0, 0, "", *context, "body", "unknown", REVIEW, "unreadable_report"))
        for f in findings:
            rows.append((report_uids[i], patient_uids[i], dates.iat[i], f.specimen, f.finding, f.category,
                         f.laterality, f.clock, f.negated, f.historical, f.uncertain, f.start, f.end, f.evidence,
                         *context, f.section, f.site, f.effect, f.reason))
        if issues[i] is None and unread_diagnosis(texts[i], any(f.effect != "none" for f in findings)):
            rows.append((report_uids[i], patient_uids[i], dates.iat[i], None, UNREAD_FINDING, OTHER, None, None,
                         False, False, True, 0, 0, "", *context, "body", "unknown", REVIEW, DIAGNOSIS_UNREAD))
        if progress is not None and ((i + 1) % batch_size == 0 or i + 1 == total):
            progress(i + 1, total)
    out = pd.DataFrame.from_records(rows, columns=list(FINDING_COLUMNS))
    if out.empty:
        out = out.astype({"negated": bool, "historical": bool, "uncertain": bool,
                          "span_start": "int64", "span_end": "int64"})
    out["specimen_date"] = pd.to_datetime(out["specimen_date"]).astype("datetime64[s]")
    return out


def _report_sides(findings: pd.DataFrame) -> pd.DataFrame:
    """Findings per report and breast: a finding without side that sends its report to review
    counts on both breasts; ``benign`` / ``malignant`` / ``review`` flags and finding references."""
    require_columns(findings, ("report_uid", "patient_uid", "specimen_date", "category", "laterality",
                               "negated", "historical", "uncertain"), "pathology_findings")
    f = findings.copy()
    if "effect" not in f.columns:  # a findings table of an older build: the assertion rule alone
        asserted = ~(f["negated"].astype(bool) | f["historical"].astype(bool) | f["uncertain"].astype(bool))
        f["effect"] = np.where(asserted, LABELS, "none")
        f["reason"] = np.where(asserted, "asserted", "")
    for col in ("span_start", "span_end"):
        if col not in f.columns:
            f[col] = 0
    side = f["laterality"].astype("string")
    review = (f["effect"].astype("string") == REVIEW).fillna(False).to_numpy(dtype=bool)
    sided = side.isin(["L", "R"]).fillna(False).to_numpy(dtype=bool)
    both = f.loc[review & ~sided]
    expanded = [f.loc[sided]] + [both.assign(laterality=s) for s in ("L", "R")]
    f = pd.concat(expanded, ignore_index=True) if len(both) else f.loc[sided].copy()
    effect = f["effect"].astype("string")
    category = f["category"].astype("string")
    labels = (effect == LABELS).fillna(False)
    f["malignant"] = (labels & (category == MALIGNANT)).to_numpy(dtype=bool)
    f["benign"] = (labels & (category == BENIGN)).to_numpy(dtype=bool)
    f["review"] = (effect == REVIEW).fillna(False).to_numpy(dtype=bool)
    f["reason"] = f["reason"].astype("string").fillna("")
    f["ref"] = f["report_uid"].astype(str) + "@" + f["span_start"].astype(int).astype(str) + "-" + f[
        "span_end"].astype(int).astype(str)
    f["specimen_date"] = to_dates(f["specimen_date"], "pathology_findings", "specimen_date")
    return f


def _states(f: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Per ``keys`` group: benign, malignant, review reasons (void ones dropped), decided-by refs."""
    g = f.groupby(keys, sort=True)
    out = pd.DataFrame({"benign": g["benign"].any(), "malignant": g["malignant"].any()})
    firsts = {}
    for flag in ("malignant", "benign"):
        hit = f.loc[f[flag]].groupby(keys, sort=True)["ref"].first()
        firsts[flag] = hit
        out[f"{flag}_decided_by"] = hit.reindex(out.index)
    rev = f.loc[f["review"], keys + ["reason", "ref"]]
    reasons = rev.groupby(keys, sort=True)["reason"].agg(lambda s: sorted(set(s)))
    refs = rev.groupby(keys, sort=True)["ref"].agg(lambda s: sorted(set(s)))
    out["review_reasons"] = reasons.reindex(out.index)
    out["review_refs"] = refs.reindex(out.index)
    out["review_reasons"] = [
        [r for r in (v if isinstance(v, list) else []) if not (m and r in VOID_IF_MALIGNANT)]
        for v, m in zip(out["review_reasons"], out["malignant"], strict=True)
    ]
    out["review_refs"] = [v if isinstance(v, list) and r else [] for v, r in
                          zip(out["review_refs"], out["review_reasons"], strict=True)]
    out["label_state"] = [NEEDS_REVIEW if r else CONFIDENT for r in out["review_reasons"]]
    out["review_reason"] = [",".join(r) if r else None for r in out["review_reasons"]]
    return out


def report_breast_labels(findings: pd.DataFrame) -> pd.DataFrame:
    """Per report x breast labels and states (one row per report and side with a finding)."""
    f = _report_sides(findings)
    for col in ("procedure", "guidance", "concordance"):
        if col not in f.columns:
            f[col] = ""
    keys = ["report_uid", "laterality"]
    states = _states(f, keys)
    g = f.groupby(keys, sort=True)
    meta = g.agg(patient_uid=("patient_uid", "first"), specimen_date=("specimen_date", "first"),
                 n_findings=("category", "size"), procedure=("procedure", "first"), guidance=("guidance", "first"),
                 concordance=("concordance", "first"))
    out = meta.join(states).reset_index()
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
        :data:`BREAST_LABEL_COLUMNS`, in the order of ``exams``. A breast with no report in the
        window is neither benign nor malignant (``n_reports`` 0, ``report_uids`` empty,
        ``label_state`` confident).
    """
    return _window(exams, findings, before_days, after_days)[list(BREAST_LABEL_COLUMNS)]


def label_review(breast_labels: pd.DataFrame, review_refs: pd.Series | None = None) -> pd.DataFrame:
    """The ``label_review`` queue: one row per ``needs_review`` breast with its reasons."""
    queue = breast_labels.loc[breast_labels["label_state"] == NEEDS_REVIEW].copy()
    if review_refs is not None:
        queue["review_refs"] = review_refs.reindex(queue.index)
    if "review_refs" not in queue.columns:
        queue["review_refs"] = [[] for _ in range(len(queue))]
    queue["review_refs"] = [v if isinstance(v, list) else [] for v in queue["review_refs"]]
    return queue[list(LABEL_REVIEW_COLUMNS)].reset_index(drop=True)


def label_breasts_and_review(
    exams: pd.DataFrame,
    findings: pd.DataFrame,
    before_days: int = WINDOW_BEFORE_DAYS,
    after_days: int = WINDOW_AFTER_DAYS,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(breast_labels, label_review)`` in one pass (the build's call)."""
    full = _window(exams, findings, before_days, after_days)
    return full[list(BREAST_LABEL_COLUMNS)], label_review(full, full["review_refs"])


def _window(exams: pd.DataFrame, findings: pd.DataFrame, before_days: int, after_days: int) -> pd.DataFrame:
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

    f = _report_sides(findings)
    f = f.astype({"patient_uid": "string", "laterality": "string"})
    pairs = base[["row", "patient_uid", "laterality", "exam_date"]].merge(
        f[["report_uid", "patient_uid", "laterality", "specimen_date", "benign", "malignant", "review", "reason", "ref"]],
        on=["patient_uid", "laterality"], how="inner",
    )
    delta = (pairs["specimen_date"] - pairs["exam_date"]).dt.days
    pairs = pairs.loc[(delta >= -before_days) & (delta <= after_days)]
    # the first reference by date, then position in the report
    pairs = pairs.sort_values(["row", "specimen_date", "report_uid"], kind="stable")
    states = _states(pairs, ["row"]) if len(pairs) else pd.DataFrame()
    reports = pairs.groupby("row", sort=True)["report_uid"].agg(lambda s: sorted(set(map(str, s))))
    out = base.join(states, on="row") if len(states) else base.assign(
        benign=False, malignant=False, malignant_decided_by=None, benign_decided_by=None, review_refs=None,
        label_state=CONFIDENT, review_reason=None)
    out["report_uids"] = reports.reindex(out["row"]).tolist()
    out["benign"] = out["benign"].astype("boolean").fillna(False).astype(bool)
    out["malignant"] = out["malignant"].astype("boolean").fillna(False).astype(bool)
    out["report_uids"] = [v if isinstance(v, list) else [] for v in out["report_uids"]]
    out["n_reports"] = [len(v) for v in out["report_uids"]]
    out["label_state"] = out["label_state"].fillna(CONFIDENT)
    out["review_refs"] = [v if isinstance(v, list) else [] for v in out["review_refs"]]
    for col in ("review_reason", "malignant_decided_by", "benign_decided_by"):
        out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out
