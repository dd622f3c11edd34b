"""Eligibility funnel counts and its PNG."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from curation.eligibility.funnel import eligibility_funnel, plot_eligibility_funnel
from curation.reason_codes import ELIGIBILITY_CODES


def _eligibility(reasons: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"exam_uid": [f"e{i}" for i in range(len(reasons))], "reason": reasons})


def test_funnel_counts_every_code_in_order() -> None:
    te = _eligibility(["benign_concordant"] * 3 + ["missing_birads", "malignant_review_birads_0_3_6"])
    f = eligibility_funnel(te)
    assert list(f.columns) == ["branch", "reason", "status", "n"]
    assert f["reason"].tolist() == [c.code for c in ELIGIBILITY_CODES]
    n = f.set_index("reason")["n"]
    assert n["benign_concordant"] == 3 and n["missing_birads"] == 1 and n["negative_no_followup"] == 0
    assert f["n"].sum() == 5
    assert f.set_index("reason").loc["malignant_review_birads_0_3_6", "status"] == "manual_review"


@pytest.mark.parametrize("reasons", [["not_a_code"], [None]])
def test_funnel_rejects_unknown_codes(reasons: list) -> None:
    with pytest.raises(ValueError, match="unknown eligibility code"):
        eligibility_funnel(_eligibility(reasons))


def test_plot_writes_png(tmp_path: Path) -> None:
    f = eligibility_funnel(_eligibility(["negative_followup_confirmed"] * 10 + ["malignant_birads_1_2"]))
    out = plot_eligibility_funnel(f, tmp_path / "sub" / "funnel.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000
    empty = plot_eligibility_funnel(eligibility_funnel(_eligibility([])), tmp_path / "empty.png")
    assert empty.exists()
    buf = io.BytesIO()  # a test_eligibility table is counted first; file objects work too
    plot_eligibility_funnel(_eligibility(["benign_concordant"]), buf)
    assert buf.getvalue()[:4] == b"\x89PNG"
    with pytest.raises(ValueError, match="funnel needs columns"):
        plot_eligibility_funnel(pd.DataFrame({"n": [1]}), tmp_path / "x.png")
