"""The workbench's read side: the curated tables through the read-only query path, the image
store, and the decisions file.

Every table read goes through :func:`curation.catalog.run_query` (a read-only connection to the
current version's catalog). Values put into SQL are pseudonymous ids checked against their
pattern first (``[0-9a-f]{24}``, ``L``/``R``), so a URL can never inject SQL.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from core.errors import UserError
from core.layout import OutputLayout
from curation.catalog import run_query
from curation.image_store import ImageStore
from curation.review_decisions import UID_PATTERN, ReviewDecisions, read_decisions

SHARD_PATTERN = re.compile(r"^[0-9a-f]{24}$")


class NotFound(LookupError):
    """The breast, image or table asked for does not exist in the current version."""


def check_breast(exam_uid: str, laterality: str) -> tuple[str, str]:
    if not UID_PATTERN.match(exam_uid or "") or laterality not in ("L", "R"):
        raise NotFound("not a breast id (exam_uid: 24 hex characters, laterality: L or R)")
    return exam_uid, laterality


@dataclass
class Breast:
    """Everything the dataset holds about one exam x breast (frames may be empty)."""

    exam_uid: str
    laterality: str
    labels: dict
    eligibility: dict | None
    manual_review: dict | None
    label_review: dict | None
    images: pd.DataFrame
    findings: pd.DataFrame
    radiology: pd.DataFrame


class ReviewData:
    """The published dataset in ``out_dir`` (read-only) and its decisions file."""

    def __init__(self, out_dir: str | os.PathLike) -> None:
        self.layout = OutputLayout(out_dir)
        self.store = ImageStore(self.layout.image_store)

    @property
    def decisions_path(self) -> Path:
        return self.layout.review_decisions

    def version(self) -> str:
        """The current version's id (changes when a build publishes)."""
        return Path(os.path.realpath(self.layout.catalog)).parent.name

    def query(self, sql: str) -> pd.DataFrame:
        return run_query(self.layout.catalog, sql)

    def tables(self) -> set[str]:
        return set(self.query("SELECT table_name FROM information_schema.tables")["table_name"])

    def columns(self, table: str) -> set[str]:
        frame = self.query(f"SELECT column_name FROM information_schema.columns WHERE table_name = '{_name(table)}'")
        return set(frame["column_name"])

    def table(self, name: str) -> pd.DataFrame:
        """A whole table (``name`` must be a published table); empty when this version lacks it."""
        if name not in self.tables():
            return pd.DataFrame()
        return self.query(f"SELECT * FROM {_name(name)}")

    def decisions(self) -> ReviewDecisions:
        return read_decisions(self.decisions_path)

    def breast(self, exam_uid: str, laterality: str) -> Breast:
        exam_uid, laterality = check_breast(exam_uid, laterality)
        where = f"exam_uid = '{exam_uid}' AND laterality = '{laterality}'"
        labels = self.query(f"SELECT * FROM breast_labels WHERE {where}")
        if labels.empty:
            raise NotFound(f"no breast {exam_uid} {laterality} in the current version")
        tables = self.tables()

        def one(table: str) -> dict | None:
            if table not in tables or not {"exam_uid", "laterality"} <= self.columns(table):
                return None
            rows = self.query(f"SELECT * FROM {_name(table)} WHERE {where}")
            return rows.iloc[0].to_dict() if len(rows) else None

        images = self.query(f"SELECT image_uid, store_shard, store_index FROM images WHERE {where} ORDER BY image_uid")
        findings = self.query(
            "SELECT * FROM pathology_findings WHERE report_uid IN "
            f"(SELECT unnest(report_uids) FROM breast_labels WHERE {where})")
        radiology = self.query(
            "SELECT * FROM radiology_assessments WHERE laterality = "
            f"'{laterality}' AND birads IS NOT NULL AND patient_uid = "
            f"(SELECT patient_uid FROM breast_labels WHERE {where})")
        return Breast(exam_uid, laterality, labels.iloc[0].to_dict(), one("test_eligibility"), one("manual_review"),
                      one("label_review"), images, findings, radiology)

    def image(self, shard: str, index: int) -> np.ndarray:
        """One preprocessed 256 x 256 image of the store."""
        if not SHARD_PATTERN.match(shard or ""):
            raise NotFound("not a shard id")
        try:
            return self.store.image(shard, int(index))
        except (OSError, IndexError, ValueError) as exc:
            raise NotFound(f"image {shard}/{index} is not in the image store") from exc


def _name(identifier: str) -> str:
    """A table name put into SQL: letters, digits and underscores only."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", identifier):
        raise UserError(f"not a table name: {identifier!r}")
    return identifier
