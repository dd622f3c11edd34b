"""Queues (the audit sample is seeded, stratified and stable), agreement with Wilson intervals,
and the case page's helpers (highlighted evidence, relative dates)."""

from __future__ import annotations

import pandas as pd
import pytest

from curation.review_decisions import DECISION_COLUMNS, ReviewDecisions, parse_decisions
from evaluation.metrics import wilson_interval
from review.audit import audit_agreement, disagreements
from review.case import highlight, relative_days
from review.queues import audit_sample, label_review_queue, manual_review_queue, nlp_labels, with_decisions


def _labels(n: int = 300) -> pd.DataFrame:
    kinds = [(False, True), (True, False), (False, False), (True, True)]
    return pd.DataFrame({
        "exam_uid": [f"{i:024x}" for i in range(n)],
        "patient_uid": [f"{i // 2:024x}" for i in range(n)],
        "laterality": ["L", "R"] * (n // 2),
        "exam_date": pd.Timestamp("2018-01-01"),
        "benign": [kinds[i % 4][0] for i in range(n)],
        "malignant": [kinds[i % 4][1] for i in range(n)],
        "n_reports": [0 if i % 10 == 9 else 1 for i in range(n)],
    })


def _decisions(*rows: str) -> ReviewDecisions:
    return parse_decisions("\n".join([",".join(DECISION_COLUMNS), *rows]) + "\n")


def test_audit_sample_is_seeded_stratified_and_skips_unreported_and_unsettled() -> None:
    labels = _labels()
    labels["label_state"] = ["needs_review" if i % 7 == 0 else "confident" for i in range(len(labels))]
    a = audit_sample(labels, ReviewDecisions.empty(), per_class=10, seed=1)
    assert a.equals(audit_sample(labels, ReviewDecisions.empty(), per_class=10, seed=1))
    assert not a.equals(audit_sample(labels, ReviewDecisions.empty(), per_class=10, seed=2))
    assert a["nlp_label"].value_counts().to_dict() == {"malignant": 10, "benign": 10, "negative": 10}
    picked = labels.set_index("exam_uid").loc[a["exam_uid"]]
    assert (picked["n_reports"] > 0).all() and (picked["label_state"] != "needs_review").all()
    both = picked.loc[picked["benign"] & picked["malignant"]]
    assert (a.set_index("exam_uid").loc[both.index, "nlp_label"] == "malignant").all()


def test_audit_sample_keeps_its_breasts_when_data_grows() -> None:
    small = audit_sample(_labels(200), ReviewDecisions.empty(), per_class=5)
    grown = audit_sample(_labels(400), ReviewDecisions.empty(), per_class=400)
    order = grown.reset_index(drop=True)
    for cls in ("malignant", "benign", "negative"):
        first = order.loc[order["nlp_label"] == cls]
        old = first.loc[first["exam_uid"].isin(_labels(200)["exam_uid"]), "exam_uid"].head(5).tolist()
        assert old == small.loc[small["nlp_label"] == cls, "exam_uid"].tolist()


def test_a_reviewed_label_keeps_its_nlp_class_in_the_sample() -> None:
    labels = _labels(8)
    uid = labels.loc[0, "exam_uid"]  # NLP: malignant; a reviewer made it benign
    labels["label_source"] = ["review"] + ["nlp"] * 7
    labels.loc[0, ["benign", "malignant"]] = [True, False]
    d = _decisions(f"2025-01-01T00:00:00Z,Dr A,label_audit,{uid},L,correct_benign,malignant,")
    assert nlp_labels(labels, d).iloc[0] == "malignant"
    assert nlp_labels(labels, ReviewDecisions.empty()).iloc[0] == "benign"


def test_queues_and_decisions() -> None:
    assert label_review_queue(pd.DataFrame()).empty
    manual = pd.DataFrame({"exam_uid": ["b" * 24, "a" * 24, "c" * 24], "laterality": ["L", "R", "L"],
                           "patient_uid": ["p2", "p1", "p0"], "exam_date": pd.Timestamp("2018-01-01"),
                           "reason": ["r2", "r1", "label_needs_review"],
                           "benign": [False, False, False], "malignant": [True, True, True]})
    q = manual_review_queue(manual)  # the breast waiting for its label is the label queue's
    assert q["exam_uid"].tolist() == ["a" * 24, "b" * 24] and (q["nlp_label"] == "malignant").all()
    d = _decisions(f"2025-01-01T00:00:00Z,Dr A,manual_review,{'a' * 24},R,include,,",
                   f"2025-01-01T00:00:01Z,Dr B,label_audit,{'b' * 24},L,confirm,malignant,")
    out = with_decisions(q, d, "manual_review")
    assert out["decision"].tolist()[0] == "include" and pd.isna(out["decision"].tolist()[1])
    assert with_decisions(q, d, "label_review")["decision"].tolist()[1] == "confirm"


def test_label_queue_is_the_label_review_table_settled_rows_included() -> None:
    table = pd.DataFrame({"exam_uid": ["b" * 24, "a" * 24], "laterality": ["L", "R"], "patient_uid": ["p2", "p1"],
                          "exam_date": pd.Timestamp("2018-01-01"), "review_reason": ["no_side", "open_differential"],
                          "benign": [True, False], "malignant": [False, False],
                          "review_state": ["settled", "open"], "decision": ["correct_malignant", None]})
    d = _decisions(f"2025-01-01T00:00:00Z,Dr A,label_review,{'b' * 24},L,correct_malignant,benign,")
    q = with_decisions(label_review_queue(table), d, "label_review")
    assert q["exam_uid"].tolist() == ["a" * 24, "b" * 24]
    assert q["reason"].tolist() == ["open_differential", "no_side"] and q["nlp_label"].tolist() == ["negative", "benign"]
    assert pd.isna(q["decision"].iloc[0]) and q["decision"].iloc[1] == "correct_malignant"


def test_agreement_per_class_with_wilson_intervals() -> None:
    rows = []
    for i in range(10):  # malignant: 8 confirmed, 2 corrected to benign
        rows.append(f"2025-01-01T00:00:{i:02d}Z,Dr A,label_audit,{i:024x},L,"
                    f"{'confirm' if i < 8 else 'correct_benign'},malignant,")
    for i in range(10, 14):  # benign: 3 agree (one by picking benign explicitly), 1 corrected
        decision = ["confirm", "confirm", "correct_benign", "correct_negative"][i - 10]
        rows.append(f"2025-01-01T00:00:{i:02d}Z,Dr A,label_audit,{i:024x},L,{decision},benign,")
    rows.append(f"2025-01-01T00:01:00Z,Dr A,label_audit,{0:024x},L,confirm,malignant,")  # a re-decision: latest counts
    rows.append(f"2025-01-01T00:01:01Z,Dr A,label_review,{99:024x},L,correct_benign,malignant,")  # not the audit
    table = audit_agreement(_decisions(*rows)).set_index("nlp_label")
    assert table.loc["malignant", ["n_reviewed", "n_agree"]].tolist() == [10, 8]
    assert table.loc["malignant", ["ci_low", "ci_high"]].tolist() == pytest.approx(list(wilson_interval(8, 10)))
    assert table.loc["benign", ["n_reviewed", "n_agree"]].tolist() == [4, 3]
    assert table.loc["benign", "agreement"] == pytest.approx(0.75)
    assert table.loc["negative", "n_reviewed"] == 0 and pd.isna(table.loc["negative", "ci_low"])
    wrong = disagreements(_decisions(*rows))
    assert sorted(wrong["reviewer_label"]) == ["benign", "benign", "negative"]


def test_highlight_marks_the_mention() -> None:
    text = "A. RIGHT BREAST: Invasive ductal carcinoma, no DCIS."
    assert highlight(text, "invasive ductal carcinoma", 25) == [
        ("A. RIGHT BREAST: ", False), ("Invasive ductal carcinoma", True), (", no DCIS.", False)]
    assert highlight(text, "ductal carcinoma in situ", 4)[1] == ("DCIS", True)
    assert highlight("nothing here", "fibroadenoma", 12) == [("nothing here", False)]
    assert highlight("", "fibroadenoma") == []


def test_relative_days() -> None:
    exam = pd.Timestamp("2018-03-28")
    assert relative_days(exam, exam) == "exam day"
    assert relative_days(pd.Timestamp("2018-04-03"), exam) == "+6 d"
    assert relative_days(pd.Timestamp("2017-08-26"), exam) == "-214 d (-7.0 mo)"
    assert relative_days(None, exam) == "date unknown"
