"""Loading the evaluation files and scoring with the needs-review state ('?')."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.evaluation import (
    load_eval_file,
    review_score,
    score,
    score_birads,
    style_batches,
)

PATHOLOGY = """# comment
### x1 L=M R=- style=terse
Left breast: IDC.
### x2 L=? R=B style=terse
Left: DCIS vs ADH. Right: FA.
### x3 L=- R=- style=academic
Nothing.
"""


def _state(code: str) -> dict[str, bool]:
    return {"benign": "B" in code, "malignant": "M" in code, "needs_review": code == "?"}


def _pred(left: str, right: str) -> dict:
    return {"L": _state(left), "R": _state(right)}


def test_styles_file_and_review_scoring(tmp_path: Path) -> None:
    path = tmp_path / "styles_pathology_b9.txt"
    path.write_text(PATHOLOGY)
    reports = load_eval_file(path)
    assert [r.report_id for r in reports] == ["x1", "x2", "x3"] and reports[1].codes == {"L": "?", "R": "B"}
    assert reports[0].style == "terse" and reports[0].batch == "b9"
    # x1 right of the settled breasts sent to review: no label, never a false positive
    preds = [_pred("M", "?"), _pred("?", "B"), _pred("-", "M")]
    s = score(reports, preds)
    assert (s["malignant"].tp, s["malignant"].fp, s["malignant"].fn) == (1, 1, 0)
    assert (s["benign"].tp, s["benign"].fp) == (1, 0)
    rv = review_score(reports, preds)
    assert (rv.review_breasts, rv.review_hits, rv.confident_on_review, rv.review_on_settled) == (1, 1, 0, 1)
    assert (rv.exact, rv.breasts) == (4, 6)
    # a confident label on a '?' breast is counted apart, not as a class error
    rv2 = review_score(reports, [_pred("M", "-"), _pred("B", "B"), _pred("-", "-")])
    assert rv2.confident_on_review == 1 and score(reports, [_pred("M", "-"), _pred("B", "B"), _pred("-", "-")])[
        "benign"].fp == 0


def test_radiology_file(tmp_path: Path) -> None:
    path = tmp_path / "styles_radiology_b7.txt"
    path.write_text("### r1 L=4A R=- style=terse\nBi-Rads: L4a\n### r2 L=2 R=2 style=x\nBI-RADS 2 bilateral\n")
    reports = style_batches("radiology", data_dir=tmp_path)["b7"]
    s = score_birads(reports, [{"L": "4A", "R": None}, {"L": "2", "R": "3"}])
    assert (s.correct, s.sides) == (3, 4)


def test_malformed_header(tmp_path: Path) -> None:
    path = tmp_path / "styles_pathology_b1.txt"
    path.write_text("### x1 L=Q R=- style=a\ntext\n")
    with pytest.raises(ValueError, match="malformed"):
        load_eval_file(path)


def test_a_banner_of_hashes_in_a_report_is_text(tmp_path: Path) -> None:
    path = tmp_path / "styles_radiology_b2.txt"
    path.write_text("### r1 L=2 R=- style=x\n###### IMAGING REPORT ######\nLeft: BI-RADS 2\n###### END ######\n")
    (report,) = load_eval_file(path, "radiology")
    assert report.text.splitlines()[0] == "###### IMAGING REPORT ######" and report.codes == {"L": "2", "R": "-"}
