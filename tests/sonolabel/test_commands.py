"""The command line as a whole: --version, examples in every help, one --dataset name, one
--workers default, exit codes (0 ok, 1 data error, 2 usage error), no wrapping into a pipe."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import click
import pyarrow as pa
import pytest
import typer
from typer.testing import CliRunner

from curation.publish import TableDescription, publish
from sonolabel.cli import app, main
from sonolabel.commands.options import UNWRAPPED_WIDTH, catalog_path, resolve_workers

ROOT = Path(__file__).resolve().parents[2]


def _commands() -> dict[str, click.Command]:
    return typer.main.get_command(app).commands


@pytest.fixture
def run(capsys, monkeypatch):
    """Run the console-script entry point in this process: ``(exit code, stdout, stderr)``.

    Output goes to pytest's capture, not a terminal, as when piped."""

    def invoke(*args: str) -> subprocess.CompletedProcess:
        monkeypatch.setattr(sys, "argv", ["sonolabel", *args])
        with pytest.raises(SystemExit) as exit_:
            main()
        captured = capsys.readouterr()
        code = exit_.value.code if isinstance(exit_.value.code, int) else (0 if exit_.value.code is None else 1)
        return subprocess.CompletedProcess(args, code, captured.out, captured.err)

    return invoke


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dataset")
    splits = pa.table({"patient_uid": ["p1", "p2", "p3"], "split": ["train", "train", "test"],
                       "weight": [1.5, 22.25, 3.0]})
    publish(out, {"splits": splits}, version="v1",
            descriptions={"splits": TableDescription("Patient-level split.", {"split": "train, val or test"})})
    return out


def test_version():
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("sonolabel ")


def test_every_command_has_an_example_in_its_help():
    for name in _commands():
        result = CliRunner().invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output and f"sonolabel {name}" in result.output, name


def test_dataset_is_the_one_name_and_older_names_are_hidden():
    for name, command in _commands().items():
        options = {opt: p for p in command.params for opt in p.opts}
        for old in ("--data", "--db"):
            if old in options:
                assert options[old].hidden, f"{name} {old} should be a hidden alias of --dataset"
                assert "--dataset" in options, name
    for name in ("train", "saliency", "query", "evaluate"):
        assert "--dataset" in {o for p in _commands()[name].params for o in p.opts}, name


def test_workers_default_is_the_same_everywhere():
    found = {}
    for name, command in _commands().items():
        for p in command.params:
            if "--workers" in p.opts:
                found[name] = (p.default, "one per CPU core" in (p.help or ""))
    assert set(found) >= {"index", "curate", "demo-data", "build-dataset"}
    assert set(found.values()) == {(None, True)}, found
    assert resolve_workers(None) == (os.cpu_count() or 1) and resolve_workers(3) == 3


def test_catalog_path_accepts_a_folder_or_the_catalog(dataset):
    assert catalog_path(dataset) == dataset / "curated.duckdb"
    assert catalog_path(dataset / "curated.duckdb") == dataset / "curated.duckdb"


def test_exit_codes(dataset, tmp_path, run):
    ok = run("query", "SELECT count(*) AS n FROM splits", "--dataset", str(dataset))
    assert ok.returncode == 0, ok.stderr
    module = subprocess.run([sys.executable, "-m", "sonolabel.cli", "query", "SELECT 1", "--dataset", str(tmp_path)],
                            capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert module.returncode == 1 and module.stderr.startswith("error: no catalog"), module.stderr
    data_error = run("query", "SELECT 1", "--dataset", str(tmp_path / "missing"))
    assert data_error.returncode == 1
    assert data_error.stderr.strip().startswith("error: no catalog") and "Traceback" not in data_error.stderr
    usage = run("query", "SELECT 1", "--format", "xml", "--dataset", str(dataset))
    assert usage.returncode == 2
    unknown = run("no-such-command")
    assert unknown.returncode == 2


def test_query_formats_stdin_and_every_statement(dataset, tmp_path):
    runner = CliRunner()
    md = runner.invoke(app, ["query", "--dataset", str(dataset), "--format", "markdown",
                             "SELECT split, count(*) AS n FROM splits GROUP BY ALL ORDER BY 1; SELECT 7 AS seven"])
    assert md.exit_code == 0, md.output
    assert md.output.splitlines() == ["| split | n |", "|---|---:|", "| test | 1 |", "| train | 2 |", "",
                                      "| seven |", "|---:|", "| 7 |"]
    piped = runner.invoke(app, ["query", "--dataset", str(dataset), "--format", "json"],
                          input="SELECT 1 AS a;\nSELECT 2 AS b;\n")
    assert piped.exit_code == 0, piped.output
    assert piped.output.splitlines() == ['[{"a":1}]', '[{"b":2}]']
    dash = runner.invoke(app, ["query", "-", "--dataset", str(dataset), "--format", "csv"], input="SELECT 3 AS c")
    assert dash.output == "c\n3\n"
    script = tmp_path / "q.sql"
    script.write_text("-- the patients per split\nSELECT count(*) AS n FROM splits WHERE split = 'train';\n")
    from_file = runner.invoke(app, ["query", "--file", str(script), "--dataset", str(dataset), "--format", "csv"])
    assert from_file.output == "n\n2\n"
    empty = runner.invoke(app, ["query", "   ", "--dataset", str(dataset)])
    assert empty.exit_code == 2 and "empty" in empty.output
    both = runner.invoke(app, ["query", "SELECT 1", "--file", str(script), "--dataset", str(dataset)])
    assert both.exit_code == 2


def test_query_table_right_aligns_numbers_and_shows_duckdbs_error(dataset, run):
    result = run("query", "SELECT split, weight FROM splits ORDER BY weight", "--dataset", str(dataset))
    rows = [line for line in result.stdout.splitlines() if "train" in line or "test" in line]
    # the numbers' last digits line up (right-aligned); the text column starts at the left
    assert len({line.rindex(digit) for line, digit in zip(rows, ["5", "0", "5"])}) == 1, result.stdout
    bad = run("query", "SELECT nope FROM splits", "--dataset", str(dataset))
    assert bad.returncode == 1
    assert "LINE 1: SELECT nope FROM splits" in bad.stderr and "^^^^" in bad.stderr


def test_query_describe(dataset, run):
    result = run("query", "--describe", "splits", "--dataset", str(dataset), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["column,type,description", "patient_uid,VARCHAR,", 'split,VARCHAR,"train, val or test"',
                                          "weight,DOUBLE,"]
    table = run("query", "--describe", "splits", "--dataset", str(dataset))
    assert table.stdout.startswith("splits: Patient-level split.")
    old_name = run("query", "--describe", "splits", "--db", str(dataset / "curated.duckdb"), "--format", "csv")
    assert old_name.returncode == 0 and old_name.stdout == result.stdout


def test_no_wrapping_when_output_is_not_a_terminal(run):
    """Piped output keeps each table row on one line, however long (rich wraps at 80 columns otherwise)."""
    from curation.reason_codes import REASON_CODES

    longest = max(REASON_CODES, key=lambda r: len(r.description))
    assert len(longest.description) > 80
    result = run("reason-codes")
    assert result.returncode == 0
    assert any(longest.description in line for line in result.stdout.splitlines())
    assert UNWRAPPED_WIDTH >= 10_000


def test_build_logs_hide_per_task_lines_unless_verbose(monkeypatch):
    from sonolabel.commands.build import TASK_RUN_LEVEL_ENV, TASK_RUN_LOGGER, quiet_task_run_logs

    monkeypatch.delenv(TASK_RUN_LEVEL_ENV, raising=False)
    logger = logging.getLogger(TASK_RUN_LOGGER)
    monkeypatch.setattr(logger, "level", logger.level)  # restored after the test
    quiet_task_run_logs(verbose=False)
    assert os.environ[TASK_RUN_LEVEL_ENV] == "WARNING" and logger.level == logging.WARNING
    quiet_task_run_logs(verbose=True)
    assert os.environ[TASK_RUN_LEVEL_ENV] == "NOTSET" and logger.level == logging.NOTSET


def test_deployment_needs_a_prefect_server(tmp_path, monkeypatch, run):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    config = tmp_path / "c.yaml"
    config.write_text("device: cpu\n")
    # a flow test earlier in this pytest worker may have left its temporary server in the settings
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        result = run("train", "-c", str(config), "--deployment", "on-demand")
    assert result.returncode == 1
    assert "PREFECT_API_URL" in result.stderr and "Traceback" not in result.stderr
