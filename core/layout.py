"""Where things are: the folders and files of a hospital export and of a build's output.

Every stage, flow and command asks these two types for a path instead of joining names itself,
so the layout documented in docs/data_model.md is written down once::

    EXPORT/                          OUT/
      dicom/**                         versions/<version>/   one immutable folder per publish
      pathology_reports.csv            tables -> versions/<version>   the single commit point
      radiology_reports.csv            curated.duckdb -> tables/curated.duckdb
      patients.csv                     current_version -> tables/version.json
      .sonolabel-demo                  (demo exports only: see core/pseudonyms.require_key_for)
                                       image_store/          preprocessed 256x256 shards
                                       cache/                content-keyed stage caches
                                       reports/              last contract report; failed-<v>/ per failed build
                                       review/decisions.csv  reviewer decisions (never pruned)
                                       .build.lock           one build per OUT
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PATHOLOGY_CSV = "pathology_reports.csv"
RADIOLOGY_CSV = "radiology_reports.csv"
PATIENTS_CSV = "patients.csv"
REPORT_CSVS = (PATHOLOGY_CSV, RADIOLOGY_CSV, PATIENTS_CSV)

CATALOG_NAME = "curated.duckdb"
TABLES_LINK = "tables"
VERSIONS_DIR = "versions"
CURRENT_VERSION = "current_version"
VERSION_FILE = "version.json"
LOCK_NAME = ".build.lock"
REVIEW_DIR = "review"
DECISIONS_NAME = "decisions.csv"
DEMO_MARKER = ".sonolabel-demo"  # written by `sonolabel demo-data`: the demo pseudonym key may be used


@dataclass(frozen=True)
class ExportLayout:
    """A hospital export: a DICOM tree and three CSV tables (docs/data_model.md, "Inputs")."""

    root: Path

    def __init__(self, root: str | os.PathLike) -> None:
        object.__setattr__(self, "root", Path(root))

    @property
    def dicom(self) -> Path:
        return self.root / "dicom"

    @property
    def pathology_csv(self) -> Path:
        return self.root / PATHOLOGY_CSV

    @property
    def radiology_csv(self) -> Path:
        return self.root / RADIOLOGY_CSV

    @property
    def patients_csv(self) -> Path:
        return self.root / PATIENTS_CSV

    @property
    def demo_marker(self) -> Path:
        return self.root / DEMO_MARKER


@dataclass(frozen=True)
class OutputLayout:
    """A build's output folder (docs/data_model.md, "Published layout")."""

    root: Path

    def __init__(self, root: str | os.PathLike) -> None:
        object.__setattr__(self, "root", Path(root))

    @property
    def versions(self) -> Path:
        return self.root / VERSIONS_DIR

    def version_dir(self, version: str) -> Path:
        return self.versions / version

    @property
    def tables(self) -> Path:
        return self.root / TABLES_LINK

    @property
    def catalog(self) -> Path:
        return self.root / CATALOG_NAME

    @property
    def current_version(self) -> Path:
        return self.root / CURRENT_VERSION

    @property
    def image_store(self) -> Path:
        return self.root / "image_store"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def lock(self) -> Path:
        return self.root / LOCK_NAME

    @property
    def review(self) -> Path:
        """Reviewer decisions live here, outside ``versions/``: a build reads them, never prunes them."""
        return self.root / REVIEW_DIR

    @property
    def review_decisions(self) -> Path:
        return self.review / DECISIONS_NAME
