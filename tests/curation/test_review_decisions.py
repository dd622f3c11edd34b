"""Reviewer decisions: parse (bad rows named, the rest applies), write (atomic, two processes at
once lose nothing), apply to labels and Fig. A.3, and account for every row."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

import pandas as pd
import pytest

from curation.eligibility.rules import apply_test_set_filters
from curation.review_decisions import (
    DECISION_COLUMNS,
    DecisionError,
    ReviewDecisions,
    append_decision,
    apply_eligibility_decisions,
    apply_label_decisions,
    decision_outcomes,
    effective_decisions,
    parse_decisions,
    read_decisions,
    settle_label_review,
)

E1, E2, E3, GONE = ("a" * 24, "b" * 24, "c" * 24, "d" * 24)
HEADER = ",".join(DECISION_COLUMNS)


def _csv(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


def _labels() -> pd.DataFrame:
    return pd.DataFrame({
        "exam_uid": [E1, E1, E2, E3],
        "patient_uid": ["p1", "p1", "p2", "p3"],
        "laterality": ["L", "R", "L", "R"],
        "benign": [False, True, False, False],
        "malignant": [True, False, True, False],
        "n_reports": [1, 1, 1, 0],
        "report_uids": [["r1"], ["r2"], ["r3"], []],
    })


def _eligibility() -> pd.DataFrame:
    return pd.DataFrame({
        "exam_uid": [E1, E1, E2],
        "patient_uid": ["p1", "p1", "p2"],
        "laterality": ["L", "R", "L"],
        "status": ["manual_review", "included", "manual_review"],
        "reason": ["malignant_review_birads_0_3_6", "benign_concordant", "malignant_review_multimodal_guidance"],
        "branch": ["malignant", "benign", "malignant"],
    })


def test_parse_valid_rows_normalises_values() -> None:
    d = parse_decisions(_csv(
        f"2025-01-02T10:00:00Z,Dr A,manual_review,{E1},l,Include,,visible at 2 o'clock",
        f"2025-01-02 11:00:00,Dr B,label_audit,{E2.upper()},L,correct_benign,malignant,",
    ))
    assert d.problems == [] and d.file_problem is None
    assert d.rows["line"].tolist() == [2, 3]
    assert d.rows["laterality"].tolist() == ["L", "L"]
    assert d.rows["decision"].tolist() == ["include", "correct_benign"]
    assert d.rows["exam_uid"].tolist() == [E1, E2]
    assert d.rows["decided_at"].tolist() == ["2025-01-02T10:00:00.000Z", "2025-01-02T11:00:00.000Z"]
    assert len(d.sha256) == 64


def test_a_bad_row_gets_one_line_naming_it_and_the_rest_applies() -> None:
    d = parse_decisions(_csv(
        f"2025-01-02T10:00:00Z,Dr A,manual_review,{E1},L,include,,",
        "2025-01-02T10:01:00Z,Dr A,manual_review,MRN123456,L,maybe,,",  # hand-edited: bad id and decision
        "not a date,Dr A,manual_review",  # too few fields
        f"2025-01-02T10:03:00Z,Dr A,manual_review,{E2},L,exclude,,",
    ))
    assert d.valid["line"].tolist() == [2, 5]
    problems = d.problems
    assert len(problems) == 2
    assert problems[0].startswith("review/decisions.csv line 3: ") and problems[0].endswith("row skipped")
    assert "exam_uid" in problems[0] and "decision is not one of include, exclude" in problems[0]
    assert "MRN123456" not in problems[0], "a hand-typed value is never echoed (it may be an identifier)"
    assert "line 4: has 3 fields" in problems[1]
    _, manual = apply_eligibility_decisions(_eligibility(), _eligibility(), d)
    assert manual["status"].tolist() == ["review_included", "included", "review_excluded"]


@pytest.mark.parametrize(("content", "expect"), [
    (b"\xff\xfe garbage", "not UTF-8"),
    (b"when,who\n2025-01-01,x\n", "the header lacks column(s) decided_at, reviewer, queue"),
])
def test_a_bad_file_applies_nothing_with_one_line(content: bytes, expect: str) -> None:
    d = parse_decisions(content)
    assert d.valid.empty
    assert len(d.problems) == 1 and expect in d.problems[0]
    assert d.metadata()["sha256"] and d.metadata()["file_problem"]


def test_missing_and_empty_files(tmp_path: Path) -> None:
    missing = read_decisions(tmp_path / "nope.csv")
    assert missing.rows.empty and missing.sha256 is None and missing.metadata() is None
    (tmp_path / "empty.csv").write_text("")
    empty = read_decisions(tmp_path / "empty.csv")
    assert empty.rows.empty and empty.problems == [] and empty.sha256 is not None


def test_latest_decision_wins_and_others_are_superseded() -> None:
    d = parse_decisions(_csv(
        f"2025-01-02T10:05:00Z,Dr A,manual_review,{E1},L,exclude,,",
        f"2025-01-02T10:00:00Z,Dr B,manual_review,{E1},L,include,,",  # earlier, written later
        f"2025-01-02T10:06:00Z,Dr B,label_review,{E1},L,correct_benign,malignant,",  # another kind: kept
    ))
    eff = effective_decisions(d, ["manual_review"])
    assert eff["decision"].tolist() == ["exclude"]
    out = decision_outcomes(d, _labels(), _eligibility()).set_index("line")
    assert out.loc[3, "outcome"] == "superseded" and out.loc[3, "detail"] == "line 2 decides this breast later"
    assert out.loc[2, "outcome"] == "applied" and out.loc[4, "outcome"] == "applied"


def test_label_decisions_set_labels_and_provenance() -> None:
    d = parse_decisions(_csv(
        f"2025-01-02T10:00:00Z,Dr A,label_audit,{E1},L,correct_benign,malignant,",
        f"2025-01-02T10:00:01Z,Dr A,label_audit,{E1},R,confirm,benign,",
        f"2025-01-02T10:00:02Z,Dr A,label_review,{E3},R,correct_malignant,,",
        f"2025-01-02T10:00:03Z,Dr A,label_review,{GONE},R,correct_malignant,,",
    ))
    out = apply_label_decisions(_labels(), d).set_index(["exam_uid", "laterality"])
    assert out.loc[(E1, "L"), ["benign", "malignant", "label_source"]].tolist() == [True, False, "review"]
    assert out.loc[(E1, "R"), ["benign", "malignant", "label_source"]].tolist() == [True, False, "review"]
    assert out.loc[(E3, "R"), ["benign", "malignant", "label_source"]].tolist() == [False, True, "review"]
    assert out.loc[(E2, "L"), "label_source"] == "nlp"
    outcomes = decision_outcomes(d, _labels(), _eligibility())
    assert outcomes["outcome"].tolist() == ["applied", "applied", "applied", "unknown_breast"]
    assert outcomes.loc[3, "detail"] == "no such exam x breast in this build"


def test_eligibility_decisions_only_change_queued_breasts() -> None:
    d = parse_decisions(_csv(
        f"2025-01-02T10:00:00Z,Dr A,manual_review,{E1},L,include,,",
        f"2025-01-02T10:00:01Z,Dr A,manual_review,{E1},R,exclude,,",  # the rules included it: not queued
        f"2025-01-02T10:00:02Z,Dr A,manual_review,{E3},R,exclude,,",  # not in the test split
        f"2025-01-02T10:00:03Z,Dr A,manual_review,{GONE},L,exclude,,",
    ))
    eligibility, _ = apply_eligibility_decisions(_eligibility(), _eligibility().iloc[[0, 2]], d)
    assert eligibility["status"].tolist() == ["review_included", "included", "manual_review"]
    out = decision_outcomes(d, _labels(), eligibility)
    assert out["outcome"].tolist() == ["applied", "not_queued", "not_queued", "unknown_breast"]
    assert out["detail"].iloc[1] == "the filters decided this breast: included (benign_concordant)"
    assert out["detail"].iloc[2] == "the breast is not in the test split"


def test_no_decisions_change_nothing_but_add_label_source() -> None:
    labels = apply_label_decisions(_labels(), ReviewDecisions.empty())
    assert (labels["label_source"] == "nlp").all()
    pd.testing.assert_frame_equal(labels.drop(columns="label_source"), _labels())
    eligibility, manual = apply_eligibility_decisions(_eligibility(), _eligibility(), ReviewDecisions.empty())
    pd.testing.assert_frame_equal(eligibility, _eligibility())
    assert decision_outcomes(ReviewDecisions.empty(), _labels(), _eligibility()).empty


def test_append_writes_header_once_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "review" / "decisions.csv"
    append_decision(path, reviewer="Dr, A", queue="manual_review", exam_uid=E1, laterality="L", decision="include",
                    note="two\nlines, with a comma")
    append_decision(path, reviewer="Dr B", queue="label_audit", exam_uid=E2, laterality="R", decision="confirm",
                    nlp_label="malignant")
    text = path.read_text()
    assert text.count(HEADER) == 1 and len(text.splitlines()) == 3
    d = read_decisions(path)
    assert d.problems == []
    assert d.rows["reviewer"].tolist() == ["Dr, A", "Dr B"]
    assert d.rows["note"].tolist() == ["two lines, with a comma", ""]


def test_append_rejects_bad_values_and_a_foreign_header(tmp_path: Path) -> None:
    path = tmp_path / "decisions.csv"
    with pytest.raises(DecisionError, match="decision is not one of include, exclude"):
        append_decision(path, reviewer="Dr A", queue="manual_review", exam_uid=E1, laterality="L", decision="confirm")
    assert not path.exists()
    path.write_text("decided_at,reviewer,queue,exam_uid,laterality,decision\n")
    with pytest.raises(DecisionError, match="nlp_label, note"):
        append_decision(path, reviewer="Dr A", queue="manual_review", exam_uid=E1, laterality="L", decision="include")


def test_append_after_a_hand_edit_without_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "decisions.csv"
    path.write_text(_csv(f"2025-01-02T10:00:00Z,Dr A,manual_review,{E1},L,include,,").rstrip("\n"))
    append_decision(path, reviewer="Dr B", queue="manual_review", exam_uid=E2, laterality="L", decision="exclude")
    d = read_decisions(path)
    assert d.problems == [] and d.rows["decision"].tolist() == ["include", "exclude"]


def _writer(path: str, who: str, n: int) -> None:
    for i in range(n):
        uid = f"{i:024x}"
        append_decision(path, reviewer=who, queue="label_audit", exam_uid=uid, laterality="L", decision="confirm",
                        nlp_label="benign", note=f"{who} {i}")


def test_two_processes_appending_at_once_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "decisions.csv")
    n = 60
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, who, n)) for who in ("Dr A", "Dr B")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    d = read_decisions(path)
    assert d.problems == []
    assert len(d.rows) == 2 * n
    for who in ("Dr A", "Dr B"):
        notes = d.rows.loc[d.rows["reviewer"] == who, "note"].tolist()
        assert notes == [f"{who} {i}" for i in range(n)], "each writer's rows are all there, in its order"


def test_a_label_decision_settles_a_breast_the_nlp_sent_to_review():
    labels = _labels().assign(label_state="needs_review", review_reason="open_differential")
    d = parse_decisions("decided_at,reviewer,queue,exam_uid,laterality,decision,nlp_label,note\n"
                        f"2025-01-02T10:00:00Z,Dr A,label_review,{labels['exam_uid'].iloc[0]},"
                        f"{labels['laterality'].iloc[0]},correct_malignant,,\n")
    out = apply_label_decisions(labels, d)
    assert out["label_state"].iloc[0] == "confident" and pd.isna(out["review_reason"].iloc[0])
    assert out["label_source"].iloc[0] == "review" and bool(out["malignant"].iloc[0])
    assert (out["label_state"].iloc[1:] == "needs_review").all()


def test_a_breast_queued_for_its_label_takes_a_label_decision_not_include_exclude() -> None:
    queued = _eligibility().assign(reason=["label_needs_review", "benign_concordant",
                                           "malignant_review_multimodal_guidance"],
                                   branch=["label_review", "benign", "malignant"])
    d = parse_decisions(_csv(f"2025-01-02T10:00:00Z,Dr A,manual_review,{E1},L,include,,",
                             f"2025-01-02T10:00:01Z,Dr A,manual_review,{E2},L,exclude,,"))
    eligibility, manual = apply_eligibility_decisions(queued, queued.iloc[[0, 2]], d)
    assert eligibility["status"].tolist() == ["manual_review", "included", "review_excluded"]
    assert manual["status"].tolist() == ["manual_review", "review_excluded"]
    out = decision_outcomes(d, _labels(), eligibility)
    assert out["outcome"].tolist() == ["not_queued", "applied"]
    assert "settle it in the label_review queue" in out["detail"].iloc[0]


def test_settle_label_review_marks_decided_breasts_and_keeps_them() -> None:
    queue = _labels().iloc[[0, 2]].assign(review_reason="no_side")
    d = parse_decisions(_csv(f"2025-01-02T10:00:00Z,Dr A,label_review,{E2},L,correct_negative,malignant,",
                             f"2025-01-02T10:00:01Z,Dr A,manual_review,{E1},L,include,,"))  # not a label decision
    out = settle_label_review(queue, d)
    assert out["review_state"].tolist() == ["open", "settled"]
    assert out["decision"].tolist() == [None, "correct_negative"]
    assert out[["exam_uid", "benign", "malignant"]].equals(queue[["exam_uid", "benign", "malignant"]])  # NLP's flags
    assert settle_label_review(queue.iloc[0:0], d).empty


def test_needs_review_test_breast_is_queued_until_a_label_decision_settles_it() -> None:
    """The build's order: label decisions, then Fig. A.3 -- a needs_review breast is queued for its
    label, and the same breast settled by a reviewer goes through the rules."""
    labels = _labels().iloc[[0]].assign(label_state="needs_review", review_reason="open_differential",
                                        exam_date="2020-03-15")
    exams = labels[["exam_uid", "patient_uid", "laterality", "exam_date"]].assign(split="test")
    pathology = pd.DataFrame({"report_uid": ["r1"], "patient_uid": ["p1"], "laterality": ["L"],
                              "specimen_date": ["2020-03-20"], "procedure": ["core_biopsy"], "guidance": ["us"],
                              "concordance": ["concordant"], "malignant": [True], "benign": [False]})
    radiology = pd.DataFrame({"patient_uid": ["p1"], "exam_uid": [E1], "report_uid": ["x1"],
                              "exam_date": ["2020-03-15"], "modality": ["US"], "laterality": ["L"], "birads": ["5"]})

    def reason(decisions: ReviewDecisions) -> str:
        settled = apply_label_decisions(labels, decisions)
        return str(apply_test_set_filters(exams, settled, pathology, radiology).test_eligibility["reason"].iloc[0])

    assert reason(ReviewDecisions.empty()) == "label_needs_review"
    assert reason(parse_decisions(_csv(f"2025-01-02T10:00:00Z,Dr A,label_review,{E1},L,confirm,malignant,"))) == (
        "malignant_visible_presumed")
