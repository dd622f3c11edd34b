"""The evaluate stage, HTML report, CLI command and evaluate-model flow."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PIL import Image
from typer.testing import CliRunner

from core.errors import UserError
from evaluation.evaluate import EvaluationConfig
from evaluation.stage import (
    load_predictions,
    render,
    run_evaluation,
    write_outputs,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "mammo_reader_study.csv"
FAST = EvaluationConfig(n_boot=60, n_perm=60, top_k=3)


@pytest.fixture(scope="module")
def fixture_result():
    df = load_predictions(FIXTURE)
    return df, run_evaluation(df, FAST)


def _synthetic(tmp_path: Path, n: int = 400) -> Path:
    rng = np.random.default_rng(0)
    pats = np.repeat([f"p{i:03d}" for i in range(n // 2)], 2)
    df = pd.DataFrame({"exam_uid": np.repeat([f"e{i:03d}" for i in range(n // 2)], 2), "laterality": ["L", "R"] * (n // 2),
                       "patient_uid": pats, "label": (rng.random(n) < 0.1).astype(int),
                       "age": rng.integers(25, 85, n), "density": rng.choice(list("ABCD"), n),
                       "manufacturer": rng.choice(["GE", "Siemens"], n), "biopsied": (rng.random(n) < 0.3).astype(int)})
    df["score"] = 1 / (1 + np.exp(-(rng.normal(size=n) + 2 * df.label)))
    p = tmp_path / "preds.parquet"
    df.to_parquet(p)
    return p


def test_fixture_report_renders(fixture_result, tmp_path):
    _df, res = fixture_result
    assert res.study is not None and len(res.study.reader_names) == 14
    assert set(res.mrmc) == {"Readers vs AI", "Readers vs hybrids"}
    html = render(res, None, str(FIXTURE))
    for section in ("Overall performance", "Triage", "Subgroups", "Reader study", "Table A.2", "Hybrid models",
                    "MRMC (Obuchowski-Rockette-Hillis): Readers vs AI", "Highest-scoring true and false positives"):
        assert section in html, section
    imgs = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert len(imgs) == 2 and all(base64.b64decode(i)[:8] == b"\x89PNG\r\n\x1a\n" for i in imgs)
    assert "http://" not in html and "https://" not in html  # self-contained
    assert f"{res.overall['auroc'].point:.3f}" in html
    info = write_outputs(html, res, tmp_path / "r.html", tmp_path / "tables")
    assert Path(info["report"]).read_text() == html
    t = pd.read_csv(tmp_path / "tables" / "reader_study.csv")
    assert len(t[t.kind == "reader"]) == 14 * 7


def test_overlays_embedded(fixture_result, tmp_path):
    _, res = fixture_result
    ids = res.top_cases["breast_id"].tolist()
    Image.fromarray(np.full((16, 16, 3), 200, np.uint8)).save(tmp_path / f"{ids[0]}.png")
    Image.fromarray(np.full((16, 16, 3), 90, np.uint8)).save(tmp_path / f"{ids[-1]}_malignant.png")
    html = render(res, tmp_path)
    assert html.count("data:image/png;base64,") == 4
    with pytest.raises(UserError, match="overlay folder"):
        render(res, tmp_path / "nope")


def test_plain_predictions_with_subgroups_and_patient_bootstrap(tmp_path):
    path = _synthetic(tmp_path)
    df = load_predictions(path)
    assert df["breast_id"].iloc[0] == "e000_L"
    res = run_evaluation(df, EvaluationConfig(n_boot=50, n_perm=10, patient_bootstrap=True))
    assert res.study is None and res.n_patients == 200
    assert set(res.subgroups["group"]) == {"All", "Age", "Density", "Manufacturer", "Biopsied only"}
    html = render(res)
    assert "Reader study" not in html and "Biopsied only" in html


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.drop(columns="label"), "label"),
    (lambda d: d.drop(columns=["score"]), "score"),
    (lambda d: d.drop(columns=["exam_uid"]), "breast id"),
    (lambda d: d.assign(label=0), "single class"),
    (lambda d: d.assign(label=2), "0 or 1"),
])
def test_clear_errors(tmp_path, mutate, message):
    df = pd.read_parquet(_synthetic(tmp_path))
    p = tmp_path / "bad.csv"
    mutate(df).to_csv(p, index=False)
    with pytest.raises(UserError, match=message):
        load_predictions(p)


def test_cli(tmp_path):
    from sonolabel.cli import app

    runner = CliRunner()
    out = tmp_path / "report.html"
    r = runner.invoke(app, ["evaluate", str(_synthetic(tmp_path)), "--out", str(out), "--n-boot", "30"])
    assert r.exit_code == 0, r.output
    assert "AUROC" in r.output and out.exists()
    r = runner.invoke(app, ["evaluate", str(tmp_path / "missing.csv")])
    assert isinstance(r.exception, UserError)
    r = runner.invoke(app, ["evaluate", str(_synthetic(tmp_path)), "--n-boot", "0"])
    assert isinstance(r.exception, UserError)


def test_flow_tasks_without_server(tmp_path):
    """Each task of the flow is a thin wrapper of a stage function: run their ``.fn`` in flow order."""
    from flows import evaluate_model as fm

    preds = fm.load_predictions_task.fn(str(_synthetic(tmp_path)), None)
    result = fm.evaluate_task.fn(preds, {"n_boot": 20, "n_perm": 10})
    busi = fm.busi_task.fn(None, None, 20, 0)
    html = fm.render_task.fn(result, None, "preds", busi)
    out = fm.write_task.fn(html, result, str(tmp_path / "f.html"), None)
    assert Path(out["report"]).exists() and 0.5 < out["auroc"] <= 1 and busi is None


@pytest.mark.flow
@pytest.mark.xdist_group("prefect")
def test_flow_run(prefect_harness, tmp_path):
    from flows.evaluate_model import evaluate_model

    assert evaluate_model.name == "evaluate-model"
    out = evaluate_model(str(_synthetic(tmp_path)), str(tmp_path / "flow.html"), tables_dir=str(tmp_path / "t"),
                         config={"n_boot": 20, "n_perm": 10})
    assert Path(out["report"]).exists() and len(out["tables"]) == 3


def test_birads_readers_through_the_stage(tmp_path):
    rng = np.random.default_rng(5)
    n = 300
    y = (rng.random(n) < 0.15).astype(int)
    cats = np.array(["1", "2", "3", "4A", "4B", "4C", "5"])
    df = pd.DataFrame({"breast_id": [f"b{i}" for i in range(n)], "label": y, "score": rng.random(n) * 0.5 + 0.5 * y})
    for r in range(3):
        df[f"reader_{r + 1}"] = cats[np.clip(rng.integers(0, 4, n) + 3 * y, 0, 6)]
    p = tmp_path / "birads.csv"
    df.to_csv(p, index=False)
    res = run_evaluation(load_predictions(p), EvaluationConfig(n_boot=30, n_perm=30))
    assert res.study.scale == "birads" and res.study.reader_names == ["R1", "R2", "R3"]
    assert res.study.reader_decisions[0].tolist() == (df["reader_1"].isin(["4A", "4B", "4C", "5"])).tolist()
    assert "Readers vs hybrids" in res.mrmc
    bad = df.assign(reader_1="0")
    bad.to_csv(p, index=False)
    with pytest.raises(UserError, match="BI-RADS"):
        run_evaluation(load_predictions(p), EvaluationConfig(n_boot=10, n_perm=10, reader_scale="birads"))
