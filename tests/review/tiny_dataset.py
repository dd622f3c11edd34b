"""A tiny published dataset for the workbench tests (no build: a few rows per table)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pyarrow as pa

from core.layout import OutputLayout
from curation.image_store import SHARD_ROWS_SCHEMA, ImageStore
from curation.publish import publish

E1, E2, E3 = "1" * 24, "2" * 24, "3" * 24
P1, P2 = "a" * 24, "b" * 24
SHARD = "f" * 24
EXAM_DAY = dt.date(2018, 3, 28)
RAW_DATE = "2018-03-28"  # must never be shown: dates are relative to the exam


def _breasts() -> list[dict]:
    return [
        dict(exam_uid=E1, patient_uid=P1, laterality="R", benign=False, malignant=True, reports=["r1", "r2"]),
        dict(exam_uid=E1, patient_uid=P1, laterality="L", benign=True, malignant=False, reports=["r3"]),
        dict(exam_uid=E2, patient_uid=P2, laterality="L", benign=False, malignant=False, reports=["r4"]),
        dict(exam_uid=E3, patient_uid=P2, laterality="R", benign=False, malignant=False, reports=[]),
    ]


def tiny_tables(label_state: bool = False) -> dict[str, pa.Table]:
    b = _breasts()
    labels = {
        "exam_uid": [r["exam_uid"] for r in b], "patient_uid": [r["patient_uid"] for r in b],
        "laterality": [r["laterality"] for r in b], "exam_date": [EXAM_DAY] * len(b),
        "benign": [r["benign"] for r in b], "malignant": [r["malignant"] for r in b],
        "n_reports": [len(r["reports"]) for r in b], "report_uids": [r["reports"] for r in b],
        "label_source": ["nlp"] * len(b),
    }
    if label_state:
        labels["label_state"] = ["confident", "confident", "needs_review", "confident"]
    eligibility = pa.table({
        "exam_uid": [E1, E1], "patient_uid": [P1, P1], "laterality": ["R", "L"],
        "status": ["manual_review", "included"],
        "reason": ["malignant_review_multimodal_guidance", "benign_concordant"], "branch": ["malignant", "benign"],
    })
    manual = pa.table({
        "exam_uid": [E1], "patient_uid": [P1], "laterality": ["R"], "status": ["manual_review"],
        "reason": ["malignant_review_multimodal_guidance"], "branch": ["malignant"], "exam_date": [EXAM_DAY],
        "birads": ["4C"], "benign": [False], "malignant": [True], "guidance": ["mri,us"], "n_reports": [2],
        "report_uids": [["r1", "r2"]],
    })
    images = pa.table({
        "image_uid": [f"2.25.{i}/f0/r0" for i in range(6)],
        "exam_uid": [E1, E1, E1, E1, E2, E3], "laterality": ["R", "R", "L", "L", "L", "R"],
        "patient_uid": [P1, P1, P1, P1, P2, P2], "store_shard": [SHARD] * 6, "store_index": list(range(6)),
    })
    day = dt.timedelta(days=1)
    findings = pa.table({
        "report_uid": ["r1", "r2", "r3", "r4"], "patient_uid": [P1, P1, P1, P2],
        "specimen_date": [EXAM_DAY + 6 * day, EXAM_DAY + 38 * day, EXAM_DAY + 6 * day, EXAM_DAY + 3 * day],
        "specimen": ["A", "A", "B", None],
        "finding": ["invasive ductal carcinoma", "phyllodes tumor", "fibroadenoma", "fat necrosis"],
        "category": ["malignant", "malignant", "benign", "other"],
        "laterality": ["R", "R", "L", "L"], "clock": ["9:00", None, None, None],
        "negated": [False, False, False, False], "historical": [False, False, False, False],
        "uncertain": [False, False, False, False],
        "span_start": [40, 20, 10, 0], "span_end": [65, 35, 22, 12],
        "evidence": ["A. RIGHT BREAST, 9:00: Invasive ductal carcinoma, grade 2.", "MALIGNANT PHYLLODES TUMOR.",
                     "B. LEFT: FIBROADENOMA.", "Fat necrosis."],
        "procedure": ["core_biopsy", "vacuum_biopsy", "core_biopsy", "core_biopsy"],
        "guidance": ["us", "mri", "us", "us"], "concordance": ["concordant", "concordant", "concordant", ""],
    })
    radiology = pa.table({
        "patient_uid": [P1, P1, P1], "exam_uid": [E1, "9" * 24, E1], "report_uid": ["x1", "x2", "x1"],
        "exam_date": [EXAM_DAY, EXAM_DAY - 214 * day, EXAM_DAY], "modality": ["US", "MG", "US"],
        "laterality": ["R", "R", "L"], "birads": ["4C", "2", "3"], "birads_source": ["structured", "text", "structured"],
    })
    tables = {"breast_labels": pa.table(labels), "test_eligibility": eligibility, "manual_review": manual,
              "images": images, "pathology_findings": findings, "radiology_assessments": radiology}
    if label_state:  # the build's label_review table: the needs_review breast, still open
        tables["label_review"] = pa.table({
            "exam_uid": [E2], "patient_uid": [P2], "laterality": ["L"], "exam_date": [EXAM_DAY],
            "review_reason": ["open_differential"], "benign": [False], "malignant": [False], "n_reports": [1],
            "report_uids": [["r4"]], "review_refs": [["r4@0-12"]], "review_state": ["open"],
            "decision": pa.array([None], pa.string())})
    return tables


def make_tiny_out(out: Path, label_state: bool = False) -> Path:
    rng = np.random.default_rng(0)
    store = ImageStore(OutputLayout(out).image_store)
    rows = pa.Table.from_pylist([{"file_relpath": f"f{i}", "store_index": i} for i in range(6)], schema=SHARD_ROWS_SCHEMA)
    store.write(SHARD, rng.integers(0, 255, size=(6, 256, 256), dtype=np.uint8), rows)
    publish(out, tiny_tables(label_state), version="v1")
    return out
