"""Report accounting: one row per input report, pathology and radiology, so none is lost silently.

``status``: ``findings`` (a pathology report with at least one finding), ``no_findings``,
``assessed`` (a radiology report with a BI-RADS for at least one breast), ``no_birads``, or
``not_parsed`` (the text could not be read; ``reason`` says why). ``reason``: a report-text code
of :data:`REPORT_TEXT_REASONS` or null. The two halves are built by the stages that read each
table (each CSV is read once per build) and concatenated, pathology first.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import pyarrow as pa

from core import pseudonyms
from core.tables import frame_to_table

REPORTS_SCHEMA = pa.schema(
    [
        ("report_uid", pa.string()),
        ("patient_uid", pa.string()),
        ("kind", pa.string()),
        ("report_date", pa.date32()),
        ("modality", pa.string()),
        ("n_findings", pa.int32()),
        ("status", pa.string()),
        ("reason", pa.string()),
    ]
)

# The report-text reason codes (the codes of nlp.birads.RADIOLOGY_TEXT_ISSUES, checked by a test).
REPORT_TEXT_REASONS: dict[str, str] = {
    "empty_text": "The report text is empty or blank: not parsed; its patient's breasts in the window go to review.",
    "binary_text": "The text is binary junk (over 5% control characters, or over 25% undecodable bytes): not "
                   "parsed; its breasts go to review.",
    "text_too_long": "The text is longer than 5,000,000 characters: not parsed; its breasts go to review.",
    "undecodable_bytes": "Some bytes of the export were not valid UTF-8 and read as U+FFFD; parsed.",
    "long_text": "Longer than one spaCy piece (100,000 characters): parsed in bounded pieces.",
    "birads_unread": "Radiology: the text names BI-RADS but no breast's category could be read from it and the "
                     "structured fields are empty: most likely a report layout the reader does not know; "
                     "check the report (its breasts have no BI-RADS in radiology_assessments).",
    "diagnosis_unread": "Pathology: the text names a diagnosis, but no heading that can label (diagnosis, "
                        "revision, addendum, microscopic...) was recognised and nothing was labelled: most likely "
                        "a report layout the reader does not know; its patient's breasts in the window go to "
                        "review (label_review, reason diagnosis_unread).",
}
NOT_PARSED = frozenset({"empty_text", "binary_text", "text_too_long"})


def _status_and_reason(rows: pd.DataFrame, found: str, none: str, reasons: Sequence[str | None] | None,
                       structured_wins: bool = False) -> None:
    """``status`` and ``reason`` columns; with ``structured_wins`` a report whose structured fields
    gave a value is ``found`` even when its text was not parsed (radiology)."""
    reason = pd.Series(list(reasons) if reasons is not None else [None] * len(rows), index=rows.index, dtype=object)
    rows["status"] = [
        (found if n and structured_wins else "not_parsed") if r in NOT_PARSED else (found if n else none)
        for n, r in zip(rows["n_findings"], reason, strict=True)
    ]
    rows["reason"] = reason.where(reason.notna(), None)


def pathology_accounting(pathology: pd.DataFrame, findings: pd.DataFrame,
                         reasons: Sequence[str | None] | None = None) -> pa.Table:
    """One row per pathology report: its number of findings (from ``pathology_findings``) and the
    report-text ``reasons`` (one per row of ``pathology``, or None for none)."""
    per_report = findings.groupby("report_uid").size() if len(findings) else pd.Series(dtype="int64")
    rows = pd.DataFrame({
        "report_uid": [pseudonyms.report_uid(str(r)) for r in pathology["report_id"]],
        "patient_uid": [pseudonyms.patient_uid(str(p)) for p in pathology["patient_id"]],
        "kind": "pathology",
        "report_date": pd.to_datetime(pathology["specimen_date"], errors="coerce"),
        "modality": None,
    })
    rows["n_findings"] = rows["report_uid"].map(per_report).fillna(0).astype("int32")
    _status_and_reason(rows, "findings", "no_findings", reasons)
    return frame_to_table(rows, REPORTS_SCHEMA)


def radiology_accounting(radiology: pd.DataFrame, assessments: pd.DataFrame,
                         reasons: Sequence[str | None] | None = None) -> pa.Table:
    """One row per radiology report: the number of breasts it assigns a BI-RADS to."""
    assessed = assessments.groupby("report_uid")["birads"].apply(lambda s: int(s.notna().sum())) \
        if len(assessments) else pd.Series(dtype="int64")
    rows = pd.DataFrame({
        "report_uid": [pseudonyms.report_uid(str(r)) for r in radiology["report_id"]],
        "patient_uid": [pseudonyms.patient_uid(str(p)) for p in radiology["patient_id"]],
        "kind": "radiology",
        "report_date": pd.to_datetime(radiology["exam_date"], errors="coerce"),
        "modality": radiology["modality"].astype(str).str.upper().replace("", None),  # empty: unknown
    })
    rows["n_findings"] = rows["report_uid"].map(assessed).fillna(0).astype("int32")
    _status_and_reason(rows, "assessed", "no_birads", reasons, structured_wins=True)
    return frame_to_table(rows, REPORTS_SCHEMA)
