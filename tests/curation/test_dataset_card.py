"""The dataset card: composition per split, manufacturers grouped by vendor, reviewer decisions."""

from __future__ import annotations

import pandas as pd

from curation.dataset_card import dataset_card
from curation.review_decisions import decision_outcomes, parse_decisions


def _tables(with_vendor: bool):
    exams = pd.DataFrame({
        "exam_uid": ["e1", "e2", "e3", "e4"], "patient_uid": ["p1", "p2", "p3", "p4"],
        "age_at_exam": [45.0, 52.0, 38.0, 71.0], "n_images": [8, 9, 10, 11],
        "manufacturer": ["GE Healthcare", "GE MEDICAL SYSTEMS", "Philips Medical Systems", None],
    })
    if with_vendor:
        exams["vendor"] = ["GE", "GE", "Philips", "unknown"]
    images = pd.DataFrame({"patient_uid": ["p1", "p2", "p3", "p4"]})
    labels = pd.DataFrame({"patient_uid": ["p1", "p2", "p3", "p4"], "benign": [True, False, False, False],
                           "malignant": [False, True, False, False]})
    splits = pd.DataFrame({"patient_uid": ["p1", "p2", "p3", "p4"], "split": ["train", "train", "val", "test"]})
    funnel = pd.DataFrame(columns=["step", "stage", "reason", "n_files", "n_images", "n_exams", "n_patients",
                                   "remaining_files"])
    return images, exams, labels, splits, funnel


def test_manufacturers_are_grouped_by_vendor():
    for with_vendor in (True, False):  # older builds without exams.vendor are normalised on the fly
        card = dataset_card(*_tables(with_vendor))
        rows = [line for line in card.splitlines() if line.startswith("| Exams, ")]
        names = [line.split("|")[1].strip() for line in rows]
        assert "Exams, GE" in names and "Exams, Philips" in names and "Exams, unknown" in names, names
        assert not any("GE Healthcare" in n or "GE MEDICAL" in n for n in names)
        ge = next(line for line in rows if line.startswith("| Exams, GE |"))
        # columns train, val, test, all: both GE spellings are the 2 training exams
        assert ge.split("|")[2].strip() == "2 (100.0%)" and ge.split("|")[5].strip() == "2 (50.0%)"


E1, GONE = "a" * 24, "d" * 24


def _card(**review) -> str:
    images = pd.DataFrame({"patient_uid": ["p1"], "exam_uid": [E1]})
    exams = pd.DataFrame({"exam_uid": [E1], "patient_uid": ["p1"], "n_images": [4]})
    labels = pd.DataFrame({"exam_uid": [E1, E1], "patient_uid": ["p1", "p1"], "laterality": ["L", "R"],
                           "benign": [True, False], "malignant": [False, True], "label_source": ["review", "nlp"]})
    splits = pd.DataFrame({"patient_uid": ["p1"], "split": ["test"]})
    funnel = pd.DataFrame(columns=["step", "stage", "reason", "n_files", "n_images", "n_exams", "n_patients",
                                   "remaining_files"])
    eligibility = pd.DataFrame({"exam_uid": [E1, E1], "patient_uid": ["p1", "p1"], "laterality": ["L", "R"],
                                "status": ["included", "review_excluded"],
                                "reason": ["benign_concordant", "malignant_review_birads_0_3_6"],
                                "branch": ["benign", "malignant"]})
    return dataset_card(images, exams, labels, splits, funnel, eligibility, version="v1", **review)


def test_card_without_a_decisions_file_says_so() -> None:
    empty = parse_decisions("").rows.assign(outcome=pd.Series(dtype="string"), detail=pd.Series(dtype="string"))
    card = _card(review_decisions=empty.iloc[0:0], review_file=None)
    assert "## Reviewer decisions" in card and "No decisions file" in card
    assert "Reviewer decisions" not in _card()  # a caller without decisions gets the card as before


def test_card_counts_decisions_and_names_every_row_it_could_not_apply() -> None:
    header = "decided_at,reviewer,queue,exam_uid,laterality,decision,nlp_label,note"
    decisions = parse_decisions("\n".join([
        header,
        f"2025-01-02T10:00:00Z,Dr A,manual_review,{E1},R,exclude,,",
        f"2025-01-02T10:00:01Z,Dr A,label_audit,{E1},L,correct_benign,malignant,",
        f"2025-01-02T10:00:02Z,Dr A,manual_review,{GONE},R,include,,",
        "2025-01-02T10:00:03Z,Dr A,manual_review,bad,R,include,,",
    ]) + "\n")
    labels = pd.DataFrame({"exam_uid": [E1, E1], "laterality": ["L", "R"]})
    eligibility = pd.DataFrame({"exam_uid": [E1], "laterality": ["R"], "status": ["review_excluded"],
                                "reason": ["malignant_review_birads_0_3_6"]})
    table = decision_outcomes(decisions, labels, eligibility)
    card = _card(review_decisions=table, review_file=decisions.metadata())
    assert f"File SHA-256 `{decisions.sha256}`, 4 row(s)." in card
    assert "| manual_review | exclude | applied | 1 |" in card
    assert "| label_audit | correct_benign | applied | 1 |" in card
    assert "Breast labels set by a reviewer (`label_source = review`): 1." in card
    assert "1 decision(s) name a breast that is not in this build (outcome `unknown_breast`), line(s) 4." in card
    assert "- line 5: exam_uid is not a 24-character pseudonymous id; row skipped" in card
    assert "| malignant | `malignant_review_birads_0_3_6` | review_excluded | 1 |" in card


def test_card_counts_test_breasts_waiting_for_a_label_decision() -> None:
    images = pd.DataFrame({"patient_uid": ["p1"], "exam_uid": [E1]})
    exams = pd.DataFrame({"exam_uid": [E1], "patient_uid": ["p1"], "n_images": [4]})
    labels = pd.DataFrame({"exam_uid": [E1, E1], "patient_uid": ["p1", "p1"], "laterality": ["L", "R"],
                           "benign": [False, False], "malignant": [True, False],
                           "label_state": ["needs_review", "confident"]})
    splits = pd.DataFrame({"patient_uid": ["p1"], "split": ["test"]})
    funnel = pd.DataFrame(columns=["step", "stage", "reason", "n_files", "n_images", "n_exams", "n_patients",
                                   "remaining_files"])
    eligibility = pd.DataFrame({"exam_uid": [E1, E1], "patient_uid": ["p1", "p1"], "laterality": ["L", "R"],
                                "status": ["manual_review", "excluded"],
                                "reason": ["label_needs_review", "negative_no_followup"],
                                "branch": ["label_review", "negative_birads12"]})
    card = dataset_card(images, exams, labels, splits, funnel, eligibility, version="v1")
    assert "| label_review | `label_needs_review` | manual_review | 1 |" in card
    assert "1 of the manual_review breasts wait for a label decision" in card
    assert "| Breasts needing label review |" in card
    assert "wait for a label decision" not in _card()
