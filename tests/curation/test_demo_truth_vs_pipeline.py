"""End to end: the pipeline's stages reproduce the demo's truth (files, labels, test eligibility).

The demo truth is written from the generator's design; the pipeline reads only the export. They
must agree row for row. Runs the CLI stages (curate, label-reports, resolve-birads) then the label
and test-set functions on the session's 30-patient demo. Slow-ish (~30 s on 2 shared cores).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipeline_out(demo_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sonolabel.cli import app

    out = tmp_path_factory.mktemp("demo_pipeline")
    runner = CliRunner()
    for args in (["curate", str(demo_export / "dicom"), str(out / "cur"), "--workers", "1"],
                 ["label-reports", str(demo_export / "pathology_reports.csv"), str(out / "findings.parquet")],
                 ["resolve-birads", str(demo_export / "radiology_reports.csv"), str(out / "birads.parquet")]):
        res = runner.invoke(app, args)
        assert res.exit_code == 0, (args, res.output)
    return out


def _truth(demo_export: Path, name: str) -> pd.DataFrame:
    from core import pseudonyms

    t = pd.read_csv(demo_export / "truth" / name, dtype=str, keep_default_na=False)
    if "accession_number" in t:
        t["exam_uid"] = [pseudonyms.exam_uid(a) if a else "" for a in t["accession_number"]]
    return t


def test_file_exclusion_reasons_match(demo_export: Path, pipeline_out: Path) -> None:
    truth = _truth(demo_export, "files.csv")
    ex = pd.read_parquet(pipeline_out / "cur" / "exclusions.parquet")
    images = pd.read_parquet(pipeline_out / "cur" / "images.parquet")
    first = ex.sort_values("file_relpath").groupby("file_relpath")["reason"].first()
    got = truth["relpath"].map(first).fillna("")
    assert (got == truth["reason"]).all(), truth.loc[got != truth["reason"], ["relpath", "reason"]].assign(pipe=got)
    kept = truth[truth["status"] == "kept"]
    assert len(images) == kept["n_images"].astype(int).sum()


def test_labels_and_eligibility_match(demo_export: Path, pipeline_out: Path) -> None:
    from curation.eligibility.inputs import pathology_from_findings
    from curation.eligibility.rules import apply_test_set_filters
    from curation.exams import breast_exams
    from nlp.labels import label_breasts

    images = pd.read_parquet(pipeline_out / "cur" / "images.parquet")
    findings = pd.read_parquet(pipeline_out / "findings.parquet")
    exams = breast_exams(images)
    labels = label_breasts(exams, findings)
    result = apply_test_set_filters(exams.assign(split="test"), labels, pathology_from_findings(findings),
                                    pd.read_parquet(pipeline_out / "birads.parquet"))

    tl = _truth(demo_export, "breast_labels.csv")
    got = labels.assign(benign=labels["benign"].astype(int).astype(str),
                        malignant=labels["malignant"].astype(int).astype(str))
    m = tl.merge(got[["exam_uid", "laterality", "benign", "malignant"]], on=["exam_uid", "laterality"],
                 how="outer", suffixes=("", "_pipe"), indicator=True)
    assert (m["_merge"] == "both").all()
    assert (m["benign"] == m["benign_pipe"]).all() and (m["malignant"] == m["malignant_pipe"]).all()

    te = _truth(demo_export, "test_eligibility.csv")
    m = te.merge(result.test_eligibility[["exam_uid", "laterality", "reason"]], on=["exam_uid", "laterality"],
                 how="outer", suffixes=("", "_pipe"), indicator=True)
    assert (m["_merge"] == "both").all()
    bad = m[m["reason"] != m["reason_pipe"]]
    assert bad.empty, bad[["accession_number", "laterality", "reason", "reason_pipe"]]
