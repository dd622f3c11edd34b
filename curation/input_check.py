"""Stage 0: check the export's three CSV tables before any DICOM work, every row of each.

``pathology_reports.csv``, ``radiology_reports.csv`` and ``patients.csv`` (docs/data_model.md) are
read whole, once per build, and each problem is one of two kinds:

* **fatal for the file** (:class:`core.errors.UserError`, one line naming the file, the column and
  the first bad rows; the build stops before any DICOM work and publishes nothing): the file
  cannot be read, is empty, lacks a required column or repeats one, or most of a date column
  does not match the date format (the format is wrong, not the rows: pass ``--date-format``);
* **per row** (one ``input_issues`` row each, :data:`INPUT_ISSUES_SCHEMA`; the build goes on):
  a row with the wrong number of fields, an empty id, a repeated id (the first row is used), a
  missing or impossible date, an unknown code, bytes that are not UTF-8. The row is either left
  out (``row_excluded``: every report that is not in ``reports`` is here), or one value is
  dropped (``value_ignored``) or decoded as Windows-1252 (``value_decoded``).

Dates are ISO ``YYYY-MM-DD`` (a time after the date is allowed and dropped) unless a
``strftime`` format is given; they are never guessed from the first rows. Codes are compared
after trimming and case folding (``Core Biopsy`` is ``core_biopsy``). The checked tables keep the
raw ids (the stages that use them pseudonymise them) with dates rewritten as ISO; ``patients``
is pseudonymised here (``patient_uid``) since only its fields travel on (to ``exams``).

A detail never holds an input value (ids, dates and text are PHI): it gives the value's shape
(``03/14/2017`` -> ``99/99/9999``), counts and row numbers. Row numbers are those a spreadsheet
shows: the header is row 1, the first data row is row 2.
"""

from __future__ import annotations

import csv
import io
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa

from core import pseudonyms
from core.errors import UserError
from core.layout import PATHOLOGY_CSV, PATIENTS_CSV, RADIOLOGY_CSV, ExportLayout
from curation.eligibility.inputs import BIRADS_VALUES, CONCORDANCES, GUIDANCES, MODALITIES, PROCEDURES
from curation.reason_codes import INPUT_ISSUE_BY_CODE

INPUT_ISSUES_SCHEMA = pa.schema(
    [
        ("file", pa.string()),
        ("row_number", pa.int64()),
        ("column", pa.string()),
        ("reason", pa.string()),
        ("action", pa.string()),
        ("detail", pa.string()),
    ]
)
PATIENTS_SCHEMA = pa.schema(
    [("patient_uid", pa.string()), ("sex", pa.string()), ("age_at_first_exam", pa.int32()), ("density", pa.string())]
)
ACTIONS = ("row_excluded", "value_ignored", "value_decoded")
SEXES = frozenset({"F", "M", "O"})
DENSITIES = frozenset({"A", "B", "C", "D"})
MAX_AGE = 120
# A date column where more than this share of the non-empty values fails is a format problem.
FORMAT_FAILURE_SHARE = 0.5
SHOW_ROWS = 5  # row numbers named in a one-line error
_ISO_DATE = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_HEADER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_ ]{0,40}")


@dataclass(frozen=True)
class CsvSpec:
    """What one export CSV must hold (docs/data_model.md, "Inputs")."""

    name: str
    required: tuple[str, ...]
    id_columns: tuple[str, ...]  # empty -> missing_id (row excluded)
    unique_column: str  # repeated -> duplicate_id (later rows excluded)
    date_column: str | None


SPECS: dict[str, CsvSpec] = {
    PATHOLOGY_CSV: CsvSpec(PATHOLOGY_CSV, ("patient_id", "report_id", "specimen_date", "procedure", "guidance",
                                           "concordance", "text"), ("patient_id", "report_id"), "report_id",
                           "specimen_date"),
    RADIOLOGY_CSV: CsvSpec(RADIOLOGY_CSV, ("patient_id", "report_id", "accession_number", "exam_date", "modality",
                                           "birads_left", "birads_right", "text"), ("patient_id", "report_id"),
                           "report_id", "exam_date"),
    PATIENTS_CSV: CsvSpec(PATIENTS_CSV, ("patient_id", "sex", "age_at_first_exam", "density"), ("patient_id",),
                          "patient_id", None),
}


@dataclass
class CheckedInputs:
    """The checked tables (rows left out are in ``issues``) and what the check found."""

    pathology: pa.Table  # PATHOLOGY columns as strings, raw ids, ISO dates, normalised codes
    radiology: pa.Table  # RADIOLOGY columns likewise
    patients: pa.Table  # PATIENTS_SCHEMA (pseudonymised)
    issues: pa.Table  # INPUT_ISSUES_SCHEMA
    rows_read: dict[str, int] = field(default_factory=dict)

    def summary_line(self) -> str:
        actions = self.issues.column("action").to_pylist()
        read = ", ".join(f"{n:,} {name.removesuffix('.csv')}" for name, n in self.rows_read.items())
        return (f"inputs checked: rows read {read}; {actions.count('row_excluded'):,} rows left out, "
                f"{actions.count('value_ignored'):,} values ignored, {actions.count('value_decoded'):,} decoded "
                "(table input_issues)")


class _Issues:
    """Collects ``input_issues`` rows of one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.rows: list[dict[str, object]] = []

    def add(self, row_number: int, column: str | None, reason: str, action: str, detail: str | None) -> None:
        if reason not in INPUT_ISSUE_BY_CODE or action not in ACTIONS:
            raise ValueError(f"unknown input issue {reason!r}/{action!r}")
        self.rows.append({"file": self.file, "row_number": int(row_number), "column": column, "reason": reason,
                          "action": action, "detail": detail})


def shape_of(value: str, limit: int = 24) -> str:
    """A value's shape without its content: digits -> ``9``, letters -> ``A``, the rest kept."""
    text = "".join("9" if c.isdigit() else "A" if c.isalpha() else " " if c.isspace() else c for c in value)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(value)} characters)"


def _rows_text(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:SHOW_ROWS])
    return shown + (f" and {len(rows) - SHOW_ROWS:,} more" if len(rows) > SHOW_ROWS else "")


def _decode_cell(cell: str) -> str:
    """A cell whose undecodable bytes are surrogate escapes -> decoded as Windows-1252 (else Latin-1)."""
    raw = cell.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


def read_export_csv(path: Path, spec: CsvSpec, issues: _Issues) -> pd.DataFrame:
    """Every row of one CSV as strings, plus ``_row`` (the spreadsheet row number).

    Fatal problems raise :class:`UserError`; a row with the wrong number of fields and a value
    that is not UTF-8 become issues (the first left out, the second decoded).
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not data.strip():
        raise UserError(f"{path} is empty ({len(data)} bytes): expected a header row with the columns "
                        f"{', '.join(spec.required)} (see docs/data_model.md)")
    text = data.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
    utf8 = not _has_surrogates(text)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a long report is a row, not a parser error
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header_row = next(reader)
        except (StopIteration, csv.Error):
            raise UserError(f"{path} has no readable header row (see docs/data_model.md)") from None
        header = [h.strip().lower() for h in header_row]
        _check_header(path, spec, header, header_row)
        width = len(header)
        records: list[list[str]] = []
        numbers: list[int] = []
        row_number = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                row_number += 1
                issues.add(row_number, None, "malformed_row", "row_excluded", f"CSV error: {exc}"[:120])
                continue
            if not row or (len(row) == 1 and not row[0].strip()):
                continue  # a blank line is no row
            row_number += 1
            while len(row) > width and not row[-1].strip():
                row.pop()  # trailing empty fields (a trailing comma)
            if len(row) != width:
                issues.add(row_number, None, "malformed_row", "row_excluded",
                           f"{len(row)} fields, the header has {width}")
                continue
            if not utf8:
                for i, cell in enumerate(row):
                    if _has_surrogates(cell):
                        row[i] = _decode_cell(cell)
                        issues.add(row_number, header[i], "non_utf8_text", "value_decoded",
                                   "bytes that are not UTF-8, decoded as Windows-1252")
            records.append(row)
            numbers.append(row_number)
    finally:
        csv.field_size_limit(old_limit)
    frame = pd.DataFrame(records, columns=header, dtype=object) if records else pd.DataFrame(columns=header, dtype=object)
    frame = frame[list(spec.required)].copy()
    frame["_row"] = numbers
    return frame.reset_index(drop=True)


def _check_header(path: Path, spec: CsvSpec, header: list[str], raw_header: list[str]) -> None:
    repeated = sorted({h for h in header if header.count(h) > 1 and h})
    if repeated:
        raise UserError(f"{path}: column(s) {', '.join(repeated)} appear more than once in the header")
    missing = [c for c in spec.required if c not in header]
    if not missing:
        return
    # the first row is shown only when it looks like a header (else it may be a data row: PHI)
    if all(_HEADER_NAME.fullmatch(h.strip()) for h in raw_header if h.strip()):
        has = f"its header has {', '.join(h for h in header if h) or 'no names'}"
    else:
        has = "its first row does not look like a header"
    hint = ""
    if len(header) == 1 and any(sep in raw_header[0] for sep in (";", "\t", "|")):
        hint = "; the file does not look comma-separated (SonoLabel reads comma-separated CSV)"
    raise UserError(f"{path} lacks column(s) {', '.join(missing)} ({has}){hint}; see docs/data_model.md")


def _blank(values: pd.Series) -> pd.Series:
    return values.astype("string").str.strip().fillna("") == ""


def parse_dates(values: pd.Series, date_format: str | None) -> pd.Series:
    """Dates of a column (``datetime64``, NaT where a value does not parse or is empty)."""
    text = values.astype("string").str.strip()
    if date_format:
        return pd.to_datetime(text, format=date_format, errors="coerce")
    dates = text.str.extract(f"^{_ISO_DATE.pattern}$", expand=False)  # the date part, NaN when not ISO
    return pd.to_datetime(dates, format="%Y-%m-%d", errors="coerce")


def describe_date_format(date_format: str | None) -> str:
    return f"the format {date_format}" if date_format else "YYYY-MM-DD"


def check_date_format(date_format: str | None) -> None:
    """A ``--date-format`` must be a strftime format with a year, a month and a day."""
    if date_format is None:
        return
    if not all(any(code in date_format for code in group) for group in (("%Y", "%y"), ("%m", "%b", "%B"), ("%d",))):
        raise UserError(f"date format {date_format!r} needs a year (%Y), a month (%m or %b) and a day (%d), "
                        "e.g. %m/%d/%Y")
    try:
        datetime(2017, 3, 14).strftime(date_format)
    except ValueError as exc:
        raise UserError(f"date format {date_format!r} is not a strftime format: {exc}") from None


def _exclude(frame: pd.DataFrame, bad: pd.Series, issues: _Issues, column: str | None, reason: str,
             detail: pd.Series | str | None) -> pd.DataFrame:
    """Record one issue per ``bad`` row (row excluded) and return the other rows."""
    bad = bad.fillna(False).astype(bool)
    if bad.any():
        details = detail[bad] if isinstance(detail, pd.Series) else pd.Series(detail, index=frame.index[bad])
        for row_number, text in zip(frame.loc[bad, "_row"], details):
            issues.add(row_number, column, reason, "row_excluded", text)
    return frame.loc[~bad].copy()


def _check_dates(path: Path, frame: pd.DataFrame, column: str, date_format: str | None, issues: _Issues
                 ) -> pd.DataFrame:
    blank = _blank(frame[column])
    frame = _exclude(frame, blank, issues, column, "missing_date", "empty")
    dates = parse_dates(frame[column], date_format)
    bad = dates.isna()
    if len(frame) and bad.sum() / len(frame) > FORMAT_FAILURE_SHARE:
        rows = frame.loc[bad, "_row"].tolist()
        shape = shape_of(str(frame.loc[bad, column].iloc[0]).strip())
        example = "; pass --date-format, e.g. --date-format %m/%d/%Y" if date_format is None else ""
        raise UserError(f"{path}: column {column} has {int(bad.sum()):,} of {len(frame):,} dates not in "
                        f"{describe_date_format(date_format)} (rows {_rows_text(rows)}; the first is shaped "
                        f"{shape}){example}")
    detail = frame[column].map(lambda v: f"not a date in {describe_date_format(date_format)}: shaped "
                                         f"{shape_of(str(v).strip())}")
    frame = _exclude(frame, bad, issues, column, "invalid_date", detail)
    frame[column] = dates[~bad].dt.strftime("%Y-%m-%d")
    return frame


def _normalise_code(values: pd.Series, upper: bool = False, underscore: bool = False) -> pd.Series:
    text = values.astype("string").str.strip().fillna("")
    text = text.str.upper() if upper else text.str.lower()
    return text.str.replace(r"[\s\-]+", "_", regex=True) if underscore else text


def _check_codes(frame: pd.DataFrame, column: str, allowed: frozenset[str] | set[str], issues: _Issues,
                 upper: bool = False, underscore: bool = False, empty_ok: bool = True) -> pd.DataFrame:
    """Normalise a coded column; an empty (when not allowed) or unknown value excludes the row."""
    raw = frame[column]
    codes = _normalise_code(raw, upper, underscore)
    if not empty_ok:
        frame = _exclude(frame, codes == "", issues, column, "missing_value", "empty")
        raw, codes = frame[column], codes[frame.index]
    bad = (codes != "") & ~codes.isin(allowed)
    detail = raw.map(lambda v: f"not one of {', '.join(sorted(c for c in allowed if c))}: shaped "
                               f"{shape_of(str(v).strip())}")
    frame = _exclude(frame, bad, issues, column, "unknown_code", detail)
    frame[column] = codes[frame.index]
    return frame


def _ignore(frame: pd.DataFrame, bad: pd.Series, issues: _Issues, column: str, reason: str, detail: pd.Series,
            ) -> None:
    """Record one ``value_ignored`` issue per ``bad`` row (the caller blanks the value)."""
    for row_number, text in zip(frame.loc[bad, "_row"], detail[bad]):
        issues.add(row_number, column, reason, "value_ignored", text)


def _common(path: Path, frame: pd.DataFrame, spec: CsvSpec, issues: _Issues) -> pd.DataFrame:
    for column in spec.id_columns:
        frame[column] = frame[column].astype("string").str.strip().fillna("")
        frame = _exclude(frame, frame[column] == "", issues, column, "missing_id", "empty")
    key = frame[spec.unique_column]
    repeated = key.duplicated(keep="first")
    first_row = frame.groupby(spec.unique_column, sort=False)["_row"].transform("first")
    detail = first_row.map(lambda r: f"the same {spec.unique_column} as row {r} (the first row is used)")
    return _exclude(frame, repeated, issues, spec.unique_column, "duplicate_id", detail)


def check_pathology(path: Path, date_format: str | None, issues: _Issues) -> pd.DataFrame:
    spec = SPECS[PATHOLOGY_CSV]
    frame = _common(path, read_export_csv(path, spec, issues), spec, issues)
    frame = _check_dates(path, frame, "specimen_date", date_format, issues)
    frame = _check_codes(frame, "procedure", PROCEDURES, issues, underscore=True, empty_ok=False)
    frame = _check_codes(frame, "guidance", GUIDANCES, issues)
    return _check_codes(frame, "concordance", CONCORDANCES, issues)


def normalise_birads(values: pd.Series) -> pd.Series:
    """A structured BI-RADS field -> canonical value (``bi-rads 4a`` -> ``4A``), ``""`` if empty or unknown."""
    text = values.astype("string").fillna("").str.strip().str.replace(r"(?i)^bi-?rads\s*", "", regex=True)
    text = text.str.upper().str.replace(" ", "", regex=False)
    return text.where(text.isin(BIRADS_VALUES), "")


def check_radiology(path: Path, date_format: str | None, issues: _Issues) -> pd.DataFrame:
    spec = SPECS[RADIOLOGY_CSV]
    frame = _common(path, read_export_csv(path, spec, issues), spec, issues)
    frame = _check_dates(path, frame, "exam_date", date_format, issues)
    frame = _check_codes(frame, "modality", MODALITIES, issues, upper=True)
    for column in ("birads_left", "birads_right"):
        given = ~_blank(frame[column])
        canonical = normalise_birads(frame[column])
        bad = given & (canonical == "")
        detail = frame[column].map(lambda v: f"not a BI-RADS category, the text decides: shaped {shape_of(str(v).strip())}")
        _ignore(frame, bad, issues, column, "unknown_code", detail)
        frame[column] = canonical
    return frame


def check_patients(path: Path, issues: _Issues, key: str | None = None) -> pd.DataFrame:
    """``patients.csv`` -> ``patient_uid, sex, age_at_first_exam, density`` (unknown values -> null)."""
    spec = SPECS[PATIENTS_CSV]
    frame = _common(path, read_export_csv(path, spec, issues), spec, issues)
    out = pd.DataFrame({"patient_uid": [pseudonyms.patient_uid(p, key) for p in frame["patient_id"]]},
                       index=frame.index)
    for column, allowed in (("sex", SEXES), ("density", DENSITIES)):
        codes = _normalise_code(frame[column], upper=True)
        bad = (codes != "") & ~codes.isin(allowed)
        detail = frame[column].map(lambda v, allowed=allowed: f"not one of {', '.join(sorted(allowed))}: shaped "
                                                             f"{shape_of(str(v).strip())}")
        _ignore(frame, bad, issues, column, "unknown_code", detail)
        out[column] = codes.where((codes != "") & ~bad, None)
    text = frame["age_at_first_exam"].astype("string").str.strip().fillna("")
    number = pd.to_numeric(text.where(text != ""), errors="coerce")
    whole = number.notna() & (number == number.round()) & number.between(0, MAX_AGE)
    bad = (text != "") & ~whole
    detail = text.map(lambda v: f"not a whole number of years in 0-{MAX_AGE}: shaped {shape_of(v)}")
    _ignore(frame, bad, issues, "age_at_first_exam", "invalid_number", detail)
    out["age_at_first_exam"] = number.where(whole).astype("Int32")
    return out.reset_index(drop=True)


def _strings_table(frame: pd.DataFrame, columns: tuple[str, ...]) -> pa.Table:
    data = {c: pa.array(frame[c].astype("string").fillna("").tolist(), pa.string()) for c in columns}
    return pa.table(data)


def check_inputs(export_dir: str | os.PathLike, date_format: str | None = None, key: str | None = None) -> CheckedInputs:
    """Check the export's three CSVs (see the module docstring); raises :class:`UserError` when one is unusable."""
    check_date_format(date_format)
    export = ExportLayout(export_dir)
    issues = {name: _Issues(name) for name in SPECS}
    read: dict[str, int] = {}
    pathology = check_pathology(export.pathology_csv, date_format, issues[PATHOLOGY_CSV])
    radiology = check_radiology(export.radiology_csv, date_format, issues[RADIOLOGY_CSV])
    patients = check_patients(export.patients_csv, issues[PATIENTS_CSV], key)
    for name, frame in ((PATHOLOGY_CSV, pathology), (RADIOLOGY_CSV, radiology), (PATIENTS_CSV, patients)):
        excluded = sum(r["action"] == "row_excluded" for r in issues[name].rows)
        read[name] = len(frame) + excluded
    rows = sorted((r for i in issues.values() for r in i.rows), key=lambda r: (r["file"], r["row_number"]))
    return CheckedInputs(
        pathology=_strings_table(pathology, SPECS[PATHOLOGY_CSV].required),
        radiology=_strings_table(radiology, SPECS[RADIOLOGY_CSV].required),
        patients=pa.Table.from_pandas(patients, schema=PATIENTS_SCHEMA, preserve_index=False),
        issues=pa.Table.from_pylist(rows, schema=INPUT_ISSUES_SCHEMA),
        rows_read=read,
    )
