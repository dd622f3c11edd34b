"""``sonolabel label-reports`` / ``resolve-birads``: outputs, progress and one-line errors."""

from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import typer
from typer.testing import CliRunner

from core.errors import UserError
from nlp.schemas import (
    PATHOLOGY_FINDINGS_SCHEMA,
    RADIOLOGY_BIRADS_SCHEMA,
    REPORT_LABELS_SCHEMA,
)
from sonolabel.commands import nlp as nlp_commands


def _app() -> typer.Typer:
    app = typer.Typer()
    nlp_commands.register(app)

    @app.callback()
    def _root() -> None:
        """Test app."""

    return app


def _write_reports(path) -> None:
    pd.DataFrame({
        "patient_id": ["MRN1", "MRN2"], "report_id": ["S1", "S2"], "specimen_date": ["2021-01-01", "2021-02-01"],
        "procedure": ["core_biopsy", "excision"], "guidance": ["us", "none"], "concordance": ["concordant", ""],
        "text": ["A. Left breast: IDC.\nB. Right breast: FA.", "Right breast: No residual carcinoma."],
    }).to_csv(path, index=False)


def test_label_reports_writes_tables(tmp_path) -> None:
    src, out, rep = tmp_path / "pathology_reports.csv", tmp_path / "f.parquet", tmp_path / "r.parquet"
    _write_reports(src)
    result = CliRunner().invoke(_app(), ["label-reports", str(src), str(out), "--report-labels", str(rep)])
    assert result.exit_code == 0, result.output
    assert "2 reports" in result.output and "2/2 reports" in result.output
    findings = pq.read_table(out)
    assert findings.schema == PATHOLOGY_FINDINGS_SCHEMA and findings.num_rows == 3
    labels = pq.read_table(rep)
    assert labels.schema == REPORT_LABELS_SCHEMA
    assert sorted(labels.to_pandas()[["laterality", "malignant"]].itertuples(index=False, name=None)) == [
        ("L", True), ("R", False), ("R", False)]


def test_label_reports_missing_file_and_columns(tmp_path) -> None:
    runner = CliRunner()
    missing = runner.invoke(_app(), ["label-reports", str(tmp_path / "nope.csv"), str(tmp_path / "o.parquet")])
    assert isinstance(missing.exception, UserError) and "not found" in str(missing.exception)
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    cols = runner.invoke(_app(), ["label-reports", str(bad), str(tmp_path / "o.parquet")])
    assert isinstance(cols.exception, UserError) and "report_id" in str(cols.exception)
    assert not (tmp_path / "o.parquet").exists()


def test_resolve_birads(tmp_path) -> None:
    src, out = tmp_path / "radiology_reports.csv", tmp_path / "b.parquet"
    pd.DataFrame({"patient_id": ["M1"], "report_id": ["R1"], "accession_number": ["A1"], "exam_date": ["2021-01-01"],
                  "modality": ["US"], "birads_left": [""], "birads_right": ["4A"],
                  "text": ["Left breast: BI-RADS 2."]}).to_csv(src, index=False)
    result = CliRunner().invoke(_app(), ["resolve-birads", str(src), str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.schema == RADIOLOGY_BIRADS_SCHEMA
    got = {r["laterality"]: (r["birads"], r["birads_source"]) for r in table.to_pylist()}
    assert got == {"L": ("2", "text"), "R": ("4A", "structured")}
