"""Report accounting: one row per input report, pathology and radiology, so none is lost silently.

``status``: ``findings`` (a pathology report with at least one finding), ``no_findings``,
``assessed`` (a radiology report with a BI-RADS for at least one breast), ``no_birads``.
The two halves are built by the stages that read each table (each CSV is read once per build)
and concatenated, pathology first.
"""

from __future__ import annotations

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
    ]
)


def pathology_accounting(pathology: pd.DataFrame, findings: pd.DataFrame) -> pa.Table:
    """One row per pathology report: its number of findings (from ``pathology_findings``)."""
    per_report = findings.groupby("report_uid").size() if len(findings) else pd.Series(dtype="int64")
    rows = pd.DataFrame({
        "report_uid": [pseudonyms.report_uid(str(r)) for r in pathology["report_id"]],
        "patient_uid": [pseudonyms.patient_uid(str(p)) for p in pathology["patient_id"]],
        "kind": "pathology",
        "report_date": pd.to_datetime(pathology["specimen_date"], errors="coerce"),
        "modality": None,
    })
    rows["n_findings"] = rows["report_uid"].map(per_report).fillna(0).astype("int32")
    rows["status"] = rows["n_findings"].map(lambda n: "findings" if n else "no_findings")
    return frame_to_table(rows, REPORTS_SCHEMA)


def radiology_accounting(radiology: pd.DataFrame, assessments: pd.DataFrame) -> pa.Table:
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
    rows["status"] = rows["n_findings"].map(lambda n: "assessed" if n else "no_birads")
    return frame_to_table(rows, REPORTS_SCHEMA)
