"""SQL scripts over the catalog: statement splitting, one result each, formats, describe, errors."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa
import pytest

from core.errors import UserError
from curation.publish import CATALOG_NAME, TableDescription, publish
from curation.query_output import (
    describe,
    markdown_table,
    numeric_columns,
    render_text,
    run_script,
    split_statements,
)


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    out = tmp_path_factory.mktemp("catalog")
    splits = pa.table({"patient_uid": ["p1", "p2", "p3"], "split": ["train", "train", "test"]})
    publish(out, {"splits": splits}, version="v1",
            descriptions={"splits": TableDescription("Patient split.", {"split": "train, val or test"})})
    return out / CATALOG_NAME


def test_statements_are_split_by_duckdbs_parser():
    sql = "SELECT 'a;b' AS s; -- a comment; with a semicolon\nSELECT 2 AS n;\n"
    assert [text for text, _ in split_statements(sql)] == ["SELECT 'a;b' AS s;", "-- a comment; with a semicolon\nSELECT 2 AS n;"]
    assert split_statements("  -- only a comment\n") == []


def test_every_statement_has_its_result(catalog):
    results = list(run_script(catalog, "SELECT count(*) AS n FROM splits; SELECT split FROM splits ORDER BY 1"))
    assert [r.frame.to_dict("list") for r in results] == [{"n": [3]}, {"split": ["test", "train", "train"]}]


def test_session_state_statements_are_refused_by_the_sandbox(catalog):
    """The query sandbox runs SELECT statements only: a script that sets state is refused whole, in one line."""
    from curation.catalog import QueryRefused

    sql = ("SET VARIABLE wanted = 'train'; CREATE TEMP VIEW chosen AS SELECT * FROM splits "
           "WHERE split = getvariable('wanted'); SELECT count(*) AS n FROM chosen")
    with pytest.raises(QueryRefused, match=r"^refused: "):
        list(run_script(catalog, sql))


def test_errors_keep_duckdbs_whole_text_and_caret(catalog):
    with pytest.raises(UserError) as err:
        list(run_script(catalog, "SELECT 1 AS ok; SELECT nope FROM splits"))
    text = str(err.value)
    assert "Referenced column \"nope\" not found" in text
    assert "LINE 1: SELECT nope FROM splits" in text and "^" in text
    with pytest.raises(UserError, match=r"syntax error(.|\n)*\^"):
        split_statements("SELEC 1")
    with pytest.raises(UserError, match="no SQL statement"):
        list(run_script(catalog, "-- nothing"))


def test_results_before_a_failing_statement_are_yielded(catalog):
    script = run_script(catalog, "SELECT 1 AS a; SELECT nope")
    assert next(script).frame["a"][0] == 1
    with pytest.raises(UserError):
        next(script)


def test_describe_shows_comments(catalog):
    description, columns = describe(catalog, "splits")
    assert description == "Patient split."
    assert columns[["column", "type"]].to_dict("list") == {"column": ["patient_uid", "split"], "type": ["VARCHAR"] * 2}
    assert columns["description"].isna().tolist() == [True, False]  # patient_uid has no description here
    assert columns["description"][1] == "train, val or test"
    with pytest.raises(UserError, match="no table 'nope'.*splits"):
        describe(catalog, "nope")


def test_formats_align_numbers_right():
    frame = pd.DataFrame({"name": ["a|b", None], "n": [1, 20], "x": [0.5, float("nan")], "flag": [True, False]})
    assert numeric_columns(frame) == {"n", "x"}
    assert markdown_table(frame).splitlines() == [
        "| name | n | x | flag |",
        "|---|---:|---:|---|",
        "| a\\|b | 1 | 0.5 | True |",
        "| NULL | 20 | NULL | False |",
    ]
    assert json.loads(render_text(frame, "json"))[0] == {"name": "a|b", "n": 1, "x": 0.5, "flag": True}
    assert render_text(frame, "csv").splitlines()[0] == "name,n,x,flag"
    with pytest.raises(ValueError):
        render_text(frame, "xml")
