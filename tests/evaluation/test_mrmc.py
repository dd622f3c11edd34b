"""ORH MRMC against the published OR-DBM MRMC 2.51 outputs (Van Dyke, Franken), to 4 decimals.

The expected numbers are *parsed from the OR-DBM output files*, not typed in here.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from evaluation.mrmc import (
    ai_vs_readers,
    orh_analysis,
    ratings_from_long,
    readers_vs_hybrids,
)

FIX = Path(__file__).resolve().parents[1] / "fixtures"
NUM = r"(-?\d*\.\d+|-?\d+)"


def _section(text: str, start: str, end: str | None) -> str:
    i = text.index(start)
    j = text.index(end, i) if end else len(text)
    return text[i:j]


def parse_ordbm(path: Path) -> dict:
    text = path.read_text()
    out: dict = {}
    est = _section(text, "TREATMENT x READER AUC ESTIMATES", "TREATMENT AUC MEANS")
    out["auc"] = np.array([[float(v) for v in m[1:]] for m in re.findall(rf"^\s+(\d+)\s+{NUM}\s+{NUM}\s*$", est, re.MULTILINE)])
    a1 = _section(text, "Analysis 1 (OR Analysis)", "Analysis 2 (OR Analysis)")
    a2 = _section(text, "Analysis 2 (OR Analysis)", "Analysis 3 (OR Analysis)")
    a3 = _section(text, "Analysis 3 (OR Analysis)", "REFERENCES")
    m = re.search(rf"Treatment\s+1\s+{NUM}\s+{NUM}\s+{NUM}\s*\n\s*Error term\s+{NUM}\s+{NUM}", a1)
    out["rrrc_f"], out["rrrc_p"], out["rrrc_ddf"] = float(m[2]), float(m[3]), float(m[4])
    m = re.search(rf"1 - 2\s+{NUM}\s+{NUM}\s+{NUM}\s+{NUM}\s+{NUM}\s+\(\s*{NUM}\s*,\s*{NUM}\)", a1)
    out["rrrc_diff"] = [float(m[i]) for i in (1, 2, 3, 5, 6, 7)]  # diff, se, df, p, lo, hi
    out["rrrc_single"] = [[float(v) for v in r] for r in re.findall(
        rf"^\s+\d\s+{NUM}\s+{NUM}\s+{NUM}\s+\({NUM} , {NUM}\)\s+{NUM}\s*$", a1, re.MULTILINE)]
    m = re.search(rf"^\s+{NUM}\s+1\s+{NUM}\s*$", a2, re.MULTILINE)
    out["frrc_x2"], out["frrc_p"] = float(m[1]), float(m[2])
    m = re.search(rf"1 - 2\s+{NUM}\s+{NUM}\s+{NUM}\s+{NUM}\s+\(\s*{NUM}\s*,\s*{NUM}\)", a2)
    out["frrc_diff"] = [float(m[i]) for i in (1, 2, 4, 5, 6)]  # diff, se, p, lo, hi
    out["frrc_single"] = [[float(v) for v in r] for r in re.findall(
        rf"^\s+\d\s+{NUM}\s+{NUM}\s+\({NUM} , {NUM}\)\s*$", a2, re.MULTILINE)]
    out["frrc_reader"] = [[float(v) for v in r] for r in re.findall(
        rf"^\s+\d\s+1 - 2\s+{NUM}\s+{NUM}\s+{NUM}\s+{NUM}\s+\(\s*{NUM}\s*,\s*{NUM}\)", a2, re.MULTILINE)]
    m = re.search(rf"Treatment\s+1\s+{NUM}\s+{NUM}\s+{NUM}", a3)
    out["rrfc_f"], out["rrfc_p"] = float(m[2]), float(m[3])
    m = re.search(rf"1 - 2\s+{NUM}\s+{NUM}\s+{NUM}\s+{NUM}\s+{NUM}\s+\(\s*{NUM}\s*,\s*{NUM}\)", a3)
    out["rrfc_diff"] = [float(m[i]) for i in (1, 2, 3, 5, 6, 7)]
    out["rrfc_single"] = [[float(v) for v in r] for r in re.findall(
        rf"^\s+\d\s+{NUM}\s+{NUM}\s+{NUM}\s+\d+\s+\({NUM} , {NUM}\)\s*$", a3, re.MULTILINE)]
    cov = _section(text, "OR Component", "Corresponding DBM")
    for key in ("COV1", "COV2", "COV3", "Var\\(Error\\)"):
        out[key.replace("\\", "")] = float(re.search(rf"{key}\s+{NUM}", cov)[1])
    return out


def _close(a: float, b: float, places: int = 4) -> bool:
    # OR-DBM prints rounded values: agree when ours rounds to the printed digits (+- 1 ulp of them)
    return abs(a - b) <= 0.6 * 10 ** -places + 1e-12


@pytest.fixture(scope="module", params=["vandyke", "franken"])
def case(request):
    df = pd.read_csv(FIX / f"{request.param}_ratings.csv")
    x, y, t, r = ratings_from_long(df)
    return orh_analysis(x, y, t, r), parse_ordbm(FIX / f"{request.param}_ordbm_output.txt")


def test_parser_found_everything(case):
    _, exp = case
    assert exp["auc"].shape[1] == 2 and len(exp["auc"]) >= 4
    assert len(exp["rrrc_single"]) == 2 and len(exp["frrc_single"]) == 2 and len(exp["rrfc_single"]) == 2
    assert len(exp["frrc_reader"]) == len(exp["auc"])


def test_reader_aucs_and_covariances(case):
    res, exp = case
    np.testing.assert_allclose(res.auc.T, exp["auc"], atol=5e-9)
    for ours, key in ((res.cov1, "COV1"), (res.cov2, "COV2"), (res.cov3, "COV3"), (res.var_error, "Var(Error)")):
        assert _close(ours, exp[key], 8), key


def test_random_readers_random_cases(case):
    res, exp = case
    a = res.rrrc
    assert _close(a.global_test.statistic, exp["rrrc_f"], 2)
    assert _close(a.global_test.df2, exp["rrrc_ddf"], 2)
    assert _close(a.global_test.p_value, exp["rrrc_p"])
    d = a.differences[0]
    diff, se, df, p, lo, hi = exp["rrrc_diff"]
    assert _close(d.df, df, 2)
    for ours, theirs in zip((d.estimate, d.stderr, d.p_value, d.ci_low, d.ci_high), (diff, se, p, lo, hi)):
        assert _close(ours, theirs)
    for c, (auc, se, df, lo, hi, _cov2) in zip(a.single_treatment, exp["rrrc_single"]):
        assert _close(c.estimate, auc, 8) and _close(c.stderr, se, 8) and _close(c.df, df, 2)
        assert _close(c.ci_low, lo, 8) and _close(c.ci_high, hi, 8)


def test_fixed_readers_random_cases(case):
    res, exp = case
    a = res.frrc
    assert _close(a.global_test.statistic, exp["frrc_x2"], 5) and _close(a.global_test.p_value, exp["frrc_p"])
    d = a.differences[0]
    for ours, theirs in zip((d.estimate, d.stderr, d.p_value, d.ci_low, d.ci_high), exp["frrc_diff"]):
        assert _close(ours, theirs)
    for c, (_auc, se, lo, hi) in zip(a.single_treatment, exp["frrc_single"]):
        assert _close(c.stderr, se, 8) and _close(c.ci_low, lo, 8) and _close(c.ci_high, hi, 8)
    for c, (diff, se, _z, p, lo, hi) in zip(a.single_reader, exp["frrc_reader"]):
        assert _close(c.estimate, diff) and _close(c.stderr, se) and _close(c.p_value, p)
        assert _close(c.ci_low, lo) and _close(c.ci_high, hi)


def test_random_readers_fixed_cases(case):
    res, exp = case
    a = res.rrfc
    assert _close(a.global_test.statistic, exp["rrfc_f"], 2) and _close(a.global_test.p_value, exp["rrfc_p"])
    d = a.differences[0]
    for ours, theirs in zip((d.estimate, d.stderr, d.df, d.p_value, d.ci_low, d.ci_high), exp["rrfc_diff"]):
        assert _close(ours, theirs)
    for c, (_auc, _ms_r, se, lo, hi) in zip(a.single_treatment, exp["rrfc_single"]):
        assert _close(c.stderr, se, 8) and _close(c.ci_low, lo, 8) and _close(c.ci_high, hi, 8)


def test_vandyke_headline_numbers():
    """The README's headline: F = 4.456, ddf = 15.26, p = 0.0517, difference -0.04380032."""
    exp = parse_ordbm(FIX / "vandyke_ordbm_output.txt")
    assert exp["rrrc_ddf"] == 15.26 and exp["rrrc_p"] == 0.0517
    df = pd.read_csv(FIX / "vandyke_ratings.csv")
    res = orh_analysis(*ratings_from_long(df)[:2])
    assert round(res.rrrc.differences[0].estimate, 8) == -0.04380032
    assert round(res.rrrc.global_test.statistic, 3) == 4.456


def test_long_format_errors():
    df = pd.read_csv(FIX / "franken_ratings.csv")
    with pytest.raises(ValueError, match="exactly one rating"):
        ratings_from_long(df.iloc[1:])
    with pytest.raises(ValueError, match="lacks columns"):
        ratings_from_long(df.drop(columns="truth"))


def test_ai_vs_readers_and_hybrids_shapes():
    rng = np.random.default_rng(0)
    y = np.r_[np.zeros(60), np.ones(30)]
    readers = rng.normal(size=(4, 90)) + y
    ai = rng.normal(size=90) + 2 * y
    r = ai_vs_readers(ai, readers, y)
    assert r.treatments == ["Readers", "AI"] and np.allclose(r.auc[1], r.auc[1, 0])
    assert r.rrrc.differences[0].estimate < 0  # readers - AI: the stronger AI wins
    h = readers_vs_hybrids(readers, readers + ai, y)
    assert h.auc.shape == (2, 4) and 0 <= h.rrrc.global_test.p_value <= 1
