"""Read-only queries keep answering, each from one whole version, while builds publish new versions.

Starting from a copy of the session's demo build, builds alternate between two exports of
different sizes (the demo export and a copy without a third of its patients), so consecutive
versions have different row counts. Meanwhile reader processes run ``curation.catalog.run_query``
in a loop and one thread runs the real ``sonolabel query`` CLI; every answer reads the version id
from the catalog's meta table and two tables' row counts in the same query. Every answer must
come back, and match the counts of the version it names (read from ``versions/<v>/`` after each
build). Localhost only: no server, the readers open the DuckDB file read-only. A long multi-build scenario (the
``scenario`` marker: CI runs it after the default run, ``make test-extended``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from curation.publish import CATALOG_NAME, VERSIONS_DIR, current_version

pytestmark = [pytest.mark.flow, pytest.mark.scenario, pytest.mark.xdist_group("prefect")]

ROOT = Path(__file__).resolve().parents[2]
SONOLABEL = str(Path(sys.executable).with_name("sonolabel"))
SQL = (
    "SELECT m.version, (SELECT count(*) FROM images) AS n_images, (SELECT count(*) FROM dicom_index) AS n_index "
    "FROM _sonolabel_meta m"
)
N_READER_PROCESSES = 2
READ_PAUSE_S = 0.2  # between queries: leave CPU to the build on a 2-core machine
CLI_PAUSE_S = 2.0  # each CLI call starts a Python process: fewer of them
MAX_READ_S = 900  # hard bound of a reader loop, whatever happens to the test

READER = """
import json, sys, time
from pathlib import Path
from curation.catalog import run_query
db, sql, stop, pause, max_s = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
end = time.monotonic() + max_s
with open(sys.argv[6], "w") as log:
    while not stop.exists() and time.monotonic() < end:
        try:
            row = run_query(db, sql).iloc[0]
            log.write(json.dumps({"version": row["version"], "n_images": int(row["n_images"]),
                                  "n_index": int(row["n_index"])}) + "\\n")
        except Exception as exc:
            log.write(json.dumps({"error": f"{type(exc).__name__}: {exc}"}) + "\\n")
        log.flush()
        time.sleep(pause)
"""


def _build(export: Path, out: Path, env: dict[str, str], log: Path) -> str:
    with open(log, "wb") as fh:
        proc = subprocess.run(
            [SONOLABEL, "build-dataset", str(export), str(out), "--workers", "1", "--chunk-size", "64"],
            env=env,
            stdout=fh,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            timeout=900,
        )
    assert proc.returncode == 0, log.read_text(errors="replace")[-3000:]
    version = current_version(out)
    assert version
    return version


def _counts(out: Path, version: str) -> tuple[int, int]:
    root = out / VERSIONS_DIR / version
    return (pq.read_metadata(root / "images.parquet").num_rows, pq.read_metadata(root / "dicom_index.parquet").num_rows)


def _smaller_export(export: Path, dest: Path) -> Path:
    """The export without every third patient's DICOM folder (files hard-linked, never modified)."""
    shutil.copytree(export, dest, copy_function=os.link)
    for patient in sorted(p for p in (dest / "dicom").iterdir() if p.is_dir())[::3]:
        shutil.rmtree(patient)
    return dest


def _cli_reader(db: Path, stop: Path, answers: list[dict]) -> None:
    end = time.monotonic() + MAX_READ_S
    while not stop.exists() and time.monotonic() < end:
        proc = subprocess.run(
            [SONOLABEL, "query", SQL, "--db", str(db), "--format", "json"], capture_output=True, text=True, cwd=ROOT, timeout=120
        )
        if proc.returncode != 0:
            answers.append({"error": f"rc {proc.returncode}: {proc.stderr.strip()[-500:]}"})
        else:
            answers.extend(json.loads(proc.stdout))
        time.sleep(CLI_PAUSE_S)


def test_queries_answer_from_one_whole_version_while_builds_publish(built, demo_export, tmp_path):
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    small = _smaller_export(demo_export, tmp_path / "small_export")
    out = tmp_path / "dataset"
    shutil.copytree(built["out"], out, symlinks=True)  # the first version: the session's demo build
    counts = {current_version(out): _counts(out, current_version(out))}

    db, stop = out / CATALOG_NAME, tmp_path / "stop"
    logs = [tmp_path / f"reader-{i}.jsonl" for i in range(N_READER_PROCESSES)]
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", READER, str(db), SQL, str(stop), str(READ_PAUSE_S), str(MAX_READ_S), str(log)], cwd=ROOT
        )
        for log in logs
    ]
    cli_answers: list[dict] = []
    cli = threading.Thread(target=_cli_reader, args=(db, stop, cli_answers), daemon=True)
    cli.start()
    try:
        for i, export in enumerate((small, demo_export, small), 1):  # the last build prunes the first version
            v = _build(export, out, env, tmp_path / f"build-{i}.log")
            counts[v] = _counts(out, v)
    finally:
        stop.touch()
        for r in readers:
            try:
                r.wait(timeout=120)
            except subprocess.TimeoutExpired:
                r.kill()
                r.wait()
        cli.join(timeout=180)
    assert not cli.is_alive()
    assert len(set(counts.values())) == 2, f"the two exports should give different row counts: {counts}"
    assert not (out / VERSIONS_DIR / next(iter(counts))).exists(), "the first version was pruned during the reads"

    answers = [json.loads(line) for log in logs for line in log.read_text().splitlines()] + cli_answers
    errors = [a["error"] for a in answers if "error" in a]
    assert not errors, f"{len(errors)} of {len(answers)} queries failed, e.g. {errors[:3]}"
    seen = {}
    for a in answers:
        assert a["version"] in counts, f"a query saw an unknown version {a['version']}"
        assert (a["n_images"], a["n_index"]) == counts[a["version"]], f"mixed versions in one answer: {a}"
        seen[a["version"]] = seen.get(a["version"], 0) + 1
    assert len(seen) >= 2, f"the readers saw only {seen}: they did not overlap a publish"
    assert cli_answers, "the CLI reader got no answer"
