"""``sonolabel label-reports`` and ``sonolabel resolve-birads``: the NLP stage, standalone."""

from __future__ import annotations

from pathlib import Path

import typer

from core.errors import UserError


def _read_csv(path: Path, table: str):
    import pandas as pd

    if not path.is_file():
        raise UserError(f"{table} file not found: {path}")
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read {path} as CSV: {exc}") from exc


LABEL_EXAMPLES = """Example:

  sonolabel label-reports var/demo-export/pathology_reports.csv var/findings.parquet --report-labels var/labels.parquet
"""
BIRADS_EXAMPLES = """Example:

  sonolabel resolve-birads var/demo-export/radiology_reports.csv var/birads.parquet
"""


def register(app: typer.Typer) -> None:
    @app.command("label-reports", epilog=LABEL_EXAMPLES)
    def label_reports(
        reports: Path = typer.Argument(..., help="pathology_reports.csv (docs/data_model.md)"),
        out: Path = typer.Argument(..., help="output Parquet of the pathology_findings table"),
        report_labels: Path = typer.Option(
            None, "--report-labels", help="also write per-report x breast labels (Parquet) here"
        ),
        batch_size: int = typer.Option(256, "--batch-size", min=1, help="reports per spaCy batch"),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress output"),
    ) -> None:
        """Extract pathology findings (span-level, with evidence scrubbed of identifiers) from a pathology-report CSV."""
        import time

        from core.scrub import Scrubber
        from core.tables import write_table_atomic
        from curation.identifiers import scrub_columns
        from nlp.labels import extract_pathology_findings, report_breast_labels
        from nlp.schemas import (
            PATHOLOGY_FINDINGS_SCHEMA,
            REPORT_LABELS_SCHEMA,
            frame_to_table,
        )

        frame = _read_csv(reports, "pathology reports")
        start = time.perf_counter()

        def progress(done: int, total: int) -> None:
            if not quiet:
                typer.echo(f"\rlabel-reports: {done}/{total} reports", nl=done == total, err=True)

        findings = extract_pathology_findings(frame, batch_size=batch_size, progress=progress)
        # the stored evidence is scrubbed of the CSV's MRNs and report ids and of identifier-shaped text
        known = {**{v: "ID" for v in frame.get("report_id", [])}, **{v: "MRN" for v in frame.get("patient_id", [])}}
        table = scrub_columns(frame_to_table(findings, PATHOLOGY_FINDINGS_SCHEMA), ["evidence"], Scrubber(known))
        write_table_atomic(table, out)
        elapsed = time.perf_counter() - start
        typer.echo(f"{len(frame)} reports -> {len(findings)} findings in {elapsed:.1f} s: {out}")
        if report_labels is not None:
            per_report = report_breast_labels(findings)
            write_table_atomic(frame_to_table(per_report, REPORT_LABELS_SCHEMA), report_labels)
            n_m, n_b = int(per_report["malignant"].sum()), int(per_report["benign"].sum())
            typer.echo(f"{len(per_report)} report x breast labels ({n_m} malignant, {n_b} benign): {report_labels}")

    @app.command("resolve-birads", epilog=BIRADS_EXAMPLES)
    def resolve_birads(
        reports: Path = typer.Argument(..., help="radiology_reports.csv (docs/data_model.md)"),
        out: Path = typer.Argument(..., help="output Parquet: one row per report x breast"),
    ) -> None:
        """BI-RADS per report x breast: the structured field, else read from the report text."""
        from core.tables import write_table_atomic
        from nlp.birads import resolve_radiology_birads
        from nlp.schemas import RADIOLOGY_BIRADS_SCHEMA, frame_to_table

        frame = _read_csv(reports, "radiology reports")
        table = resolve_radiology_birads(frame)
        write_table_atomic(frame_to_table(table, RADIOLOGY_BIRADS_SCHEMA), out)
        counts = table["birads_source"].fillna("missing").value_counts().to_dict()
        typer.echo(f"{len(frame)} reports -> {len(table)} report x breast rows {counts}: {out}")
