"""The dataset card: composition per split, manufacturers grouped by vendor."""

from __future__ import annotations

import pandas as pd

from curation.dataset_card import dataset_card


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
