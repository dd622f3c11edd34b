"""The identifiers known for an export, and what keeps them out of stored bytes.

An *identifier map* is ``{IDENTIFIER (upper case): replacement}``, the form
:mod:`curation.relpath_mask` masks paths with: PatientID / MRN -> ``P<uid>``, AccessionNumber ->
``E<uid>``, PatientName and its parts -> ``N<uid>``, birth date -> ``D<uid>``, EHR report id ->
``R<uid>``. The index builds one per file from its header; :func:`csv_identifiers` adds the MRNs,
accession numbers and report ids of the export's CSVs, so a folder named after an MRN is masked
even when its files carry no PatientID. Before anything is published the whole export's map
masks every ``file_relpath`` (every folder level, :func:`protect_index`) and scrubs the free-text
columns (:func:`scrubber`, tags of :mod:`core.scrub`). Maps live in memory only (the index cache
keeps its part sealed, :mod:`core.sealed`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa

from core import pseudonyms
from core.layout import ExportLayout
from core.scrub import Scrubber, scrub_all
from curation.procedure_text import DESCRIPTION_ORDER
from curation.relpath_mask import MIN_TOKEN, mask_relpaths
from curation.source_paths import display_relpath

# replacement prefix -> the kind of identifier it replaces (core.scrub.KINDS)
KIND_OF_PREFIX = {"P": "MRN", "E": "ACCESSION", "N": "NAME", "D": "DOB", "R": "ID"}
FREE_TEXT_COLUMNS = DESCRIPTION_ORDER  # the index's free text (stored scrubbed)


def scrub_kinds(identifiers: Mapping[str, str]) -> dict[str, str]:
    """``{identifier: kind}`` of an identifier map (the kind follows from the replacement)."""
    return {ident: KIND_OF_PREFIX.get(repl[:1], "ID") for ident, repl in identifiers.items()}


def scrubber(identifiers: Mapping[str, str]) -> Scrubber:
    """A :class:`core.scrub.Scrubber` of an identifier map."""
    return Scrubber(scrub_kinds(identifiers))


def _column(path: Path, name: str) -> list[str]:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=lambda c: c == name)
    except (OSError, ValueError, pd.errors.ParserError, UnicodeDecodeError):
        return []  # a bad CSV is reported by the stage that reads it; nothing to add here
    return frame[name].tolist() if name in frame else []


def csv_identifiers(export_dir: str | os.PathLike, key: str | None = None) -> dict[str, str]:
    """The identifier map of the export's CSVs: every MRN, accession number and report id."""
    export = ExportLayout(export_dir)
    out: dict[str, str] = {}

    def add(values: Iterable[str], prefix: str, uid) -> None:
        for value in values:
            value = value.strip()
            if len(value) >= MIN_TOKEN:
                out.setdefault(value.upper(), f"{prefix}{uid(value, key)[:10]}")

    for csv in (export.patients_csv, export.pathology_csv, export.radiology_csv):
        add(_column(csv, "patient_id"), "P", pseudonyms.patient_uid)
    add(_column(export.radiology_csv, "accession_number"), "E", pseudonyms.exam_uid)
    for csv in (export.pathology_csv, export.radiology_csv):
        add(_column(csv, "report_id"), "R", pseudonyms.report_uid)
    return out


def merge(*maps: Mapping[str, str]) -> dict[str, str]:
    """One identifier map from several (the first replacement of an identifier wins)."""
    out: dict[str, str] = {}
    for m in maps:
        for ident, repl in m.items():
            out.setdefault(ident, repl)
    return out


def scrub_columns(table: pa.Table, columns: Iterable[str], scrub: Scrubber) -> pa.Table:
    """``table`` with each string column of ``columns`` (those present) scrubbed."""
    for name in columns:
        i = table.schema.get_field_index(name)
        if i < 0:
            continue
        values = scrub_all(table.column(i).to_pylist(), scrub)
        table = table.set_column(i, name, pa.array(values, table.schema.field(i).type))
    return table


def protect_index(table: pa.Table, real_relpaths: list[str], identifiers: Mapping[str, str],
                  key: str | None = None) -> pa.Table:
    """The index as published: every ``file_relpath`` masked, every description scrubbed, with
    the identifiers of the whole export (``real_relpaths``: the real paths, in row order)."""
    masked = mask_relpaths([display_relpath(p) for p in real_relpaths], dict(identifiers), key)
    i = table.schema.get_field_index("file_relpath")
    table = table.set_column(i, "file_relpath", pa.array(masked, pa.string()))
    return scrub_columns(table, FREE_TEXT_COLUMNS, scrubber(identifiers))
