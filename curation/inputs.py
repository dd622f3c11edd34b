"""Reading a hospital export's tables: the folder check and the CSV reader every stage uses.

A missing folder, file or column is the user's to fix, so it raises :class:`core.errors.UserError`
with one line that names the file (see docs/data_model.md for the columns).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from core.errors import UserError
from core.layout import REPORT_CSVS, ExportLayout

RADIOLOGY_COLUMNS = ["patient_id", "report_id", "accession_number", "exam_date", "modality",
                     "birads_left", "birads_right", "text"]


def check_export(export_dir: str | os.PathLike) -> Path:
    """Fail early, with one clear message, when the export folder is not usable."""
    export = ExportLayout(export_dir)
    root = export.root
    if not root.is_dir():
        raise UserError(f"export folder not found: {root}")
    if not export.dicom.is_dir():
        raise UserError(f"{root} has no dicom/ folder (see docs/data_model.md for the export layout)")
    missing = [name for name in REPORT_CSVS if not (root / name).is_file()]
    if missing:
        raise UserError(f"{root} is missing {', '.join(missing)} (see docs/data_model.md)")
    return root


def read_csv_checked(path: Path, required: list[str]) -> pd.DataFrame:
    """Read an export CSV as strings; a missing column is a clear error naming the file."""
    try:
        # undecodable bytes become U+FFFD: the report they belong to gets a reason code
        # (reports.reason = undecodable_bytes) instead of failing the whole build
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding_errors="replace")
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read {path}: {exc}") from None
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise UserError(f"{path} lacks column(s) {', '.join(missing)} (see docs/data_model.md)")
    return frame


def read_radiology(export_dir: str | os.PathLike) -> pd.DataFrame:
    return read_csv_checked(ExportLayout(export_dir).radiology_csv, RADIOLOGY_COLUMNS)
