"""Prefect artifacts of a build-dataset run: what the UI shows next to the run's logs.

One markdown artifact each for the dataset card, the curation funnel, the Fig. A.3 outcome and
the data-contract report, and a table artifact of the chunks the run recomputed (the others came
from the caches). Keys are fixed, so the UI's Artifacts page keeps one history per key across
nightly runs. An artifact that cannot be stored (the API unreachable) is logged as a warning and
never fails a build whose tables are already published. No artifact holds more than the
published tables do: pseudonyms and counts, no identifier of the export.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
from prefect import get_run_logger
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from curation.query_output import markdown_table
from flows.steps import REPORT_FILES, ChunkResult

DATASET_CARD_KEY = "sonolabel-dataset-card"
FUNNEL_KEY = "sonolabel-curation-funnel"
TEST_SET_KEY = "sonolabel-test-set-filters"
CONTRACTS_KEY = "sonolabel-data-contracts"
CHUNKS_KEY = "sonolabel-recomputed-chunks"

FUNNEL_COLUMNS = ("step", "stage", "reason", "n_files", "n_images", "n_exams", "n_patients", "remaining_files")


def funnel_markdown(funnel: pa.Table) -> str:
    rows = [r for r in funnel.to_pylist() if r["n_files"] or r["stage"] in ("input", "result")]
    return ("# Curation funnel\n\nFiles removed by the first rule that fires, in rule order "
            "(rules that removed nothing are left out).\n\n" + markdown_table(pd.DataFrame(rows, columns=FUNNEL_COLUMNS)))


def test_set_markdown(eligibility: pa.Table | None) -> str:
    """Fig. A.3 outcome: breasts of the test split per status, reason and branch."""
    if eligibility is None or eligibility.num_rows == 0:
        return "# Test-set filters (Fig. A.3)\n\nNo breast in the test split.\n"
    counts = eligibility.group_by(["status", "reason", "branch"]).aggregate([("exam_uid", "count")])
    rows = sorted(({"status": r["status"], "reason": r["reason"], "branch": r["branch"], "breasts": r["exam_uid_count"]}
                   for r in counts.to_pylist()), key=lambda r: (r["status"], -r["breasts"], str(r["reason"])))
    per_status = eligibility.group_by("status").aggregate([("exam_uid", "count")]).to_pylist()
    summary = ", ".join(f"{r['exam_uid_count']:,} {r['status']}" for r in sorted(per_status, key=lambda r: r["status"]))
    return (f"# Test-set filters (Fig. A.3)\n\n{eligibility.num_rows:,} breasts of the test split: {summary}.\n\n"
            + markdown_table(pd.DataFrame(rows, columns=["status", "reason", "branch", "breasts"])))


def chunk_rows(parts: Mapping[str, Sequence[ChunkResult]]) -> list[dict[str, Any]]:
    """One row per chunk of each chunked stage: its size, and whether this run recomputed it."""
    return [{"stage": stage, "chunk": i, "files": p.n_items, "recomputed": not p.from_cache, "shard": p.key or ""}
            for stage, chunks in parts.items() for i, p in enumerate(chunks)]


def contracts_artifact(report_dir: str | Path) -> None:
    """The last contract report (passed or failed) as a markdown artifact."""
    path = Path(report_dir) / REPORT_FILES[0]
    if path.is_file():
        _store(create_markdown_artifact, path.read_text(), CONTRACTS_KEY, "Great Expectations contract report")


def build_artifacts(tables: Mapping[str, pa.Table], files: Mapping[str, bytes], report_dir: str | Path,
                    chunks: Mapping[str, Sequence[ChunkResult]], version: str) -> None:
    """Every artifact of a published build (see the module docstring)."""
    card = files.get("dataset_card.md")
    if card is not None:
        _store(create_markdown_artifact, card.decode(), DATASET_CARD_KEY, f"Dataset card of version {version}")
    _store(create_markdown_artifact, funnel_markdown(tables["funnel"]), FUNNEL_KEY, f"Curation funnel of {version}")
    _store(create_markdown_artifact, test_set_markdown(tables.get("test_eligibility")), TEST_SET_KEY,
           f"Fig. A.3 outcome of {version}")
    contracts_artifact(report_dir)
    rows = chunk_rows(chunks)
    recomputed = sum(r["recomputed"] for r in rows)
    _store(create_table_artifact, rows, CHUNKS_KEY,
           f"{recomputed} of {len(rows)} chunks recomputed in {version} (the others came from the caches)")


def _store(create, content: Any, key: str, description: str) -> None:
    try:
        create(content, key=key, description=description)
    except Exception as exc:  # the API is an observer: its failure never fails a published build
        get_run_logger().warning("artifact %s not stored: %s", key, exc)
