"""Data contracts: suites load, pass on good tables, and a planted violation fails readably."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pytest

from core.pseudonyms import exam_uid, patient_uid
from curation.exams import EXAMS_SCHEMA
from data_contracts.validate import ContractViolation, available_suites, enforce, validate_tables


def _tables():
    pids = [patient_uid(f"P{i}") for i in range(4)]
    exams = pa.Table.from_pylist(
        [
            dict(exam_uid=exam_uid(f"A{i}"), patient_uid=pids[i], study_date=dt.date(2015, 1, 1 + i), age_at_exam=50.0,
                 manufacturer="GE", manufacturer_model="LOGIQ E9", vendor="GE", n_images=8, n_images_left=4, n_images_right=4)
            for i in range(4)
        ],
        schema=EXAMS_SCHEMA,
    )
    splits = pa.table({"patient_uid": pids, "split": ["train", "train", "val", "test"]})
    return {"exams": exams, "splits": splits}


def test_every_suite_is_valid_json_with_expectations():
    for name in available_suites():
        from data_contracts.validate import load_suite

        suite = load_suite(name)
        assert suite["expectations"], name
        assert suite["meta"]["table"] == name


def test_good_tables_pass():
    report = validate_tables(_tables(), require_all=False)
    assert report.success, report.to_markdown(failures_only=True)


def test_planted_violations_are_reported(tmp_path):
    tables = _tables()
    splits = tables["splits"].to_pylist()
    splits.append({"patient_uid": splits[0]["patient_uid"], "split": "test"})  # a patient in two splits
    tables["splits"] = pa.Table.from_pylist(splits)
    exams = tables["exams"].to_pylist()
    exams[1]["study_date"] = dt.date(2009, 5, 1)  # before 2012
    exams[2]["patient_uid"] = patient_uid("nobody")  # not in splits: referential integrity
    tables["exams"] = pa.Table.from_pylist(exams, schema=EXAMS_SCHEMA)
    with pytest.raises(ContractViolation) as err:
        enforce(tables, report_dir=tmp_path, require_all=False)
    text = str(err.value)
    assert "FAILED" in text
    assert "expect_column_values_to_be_unique" in text and "splits" in text
    assert "study_date" in text and "2009-05-01" in text
    assert "ref" not in text or "values of splits.patient_uid" in text
    saved = json.loads((tmp_path / "contract_report.json").read_text())
    assert saved["success"] is False


def test_missing_suite_or_table_fails():
    tables = _tables()
    tables["mystery"] = pa.table({"x": [1]})
    report = validate_tables(tables, require_all=True)
    assert not report.success
    assert "mystery" in report.missing_suites


def test_every_column_of_every_suite_is_described():
    """The catalog's COMMENT ON texts come from here: every table and every column has one."""
    from data_contracts.validate import load_suite, table_descriptions

    descriptions = table_descriptions()
    assert set(descriptions) == set(available_suites())
    for name in available_suites():
        columns = next(e["kwargs"]["column_set"] for e in load_suite(name)["expectations"]
                       if e["type"] == "expect_table_columns_to_match_set")
        text, per_column = descriptions[name]
        assert text.strip(), name
        assert sorted(per_column) == sorted(columns), name
        assert all(d.strip() for d in per_column.values()), name


def test_dates_are_validated_as_dates():
    """A date column holding strings (or numbers) breaks its contract; real dates and nulls pass."""
    tables = _tables()
    exams = tables["exams"].to_pandas()
    exams["study_date"] = exams["study_date"].astype(str)  # ISO strings look like dates but are not dates
    tables["exams"] = pa.Table.from_pandas(exams, preserve_index=False)
    report = validate_tables(tables, require_all=False)
    failed = [o for o in report.failures() if o.kwargs.get("column") == "study_date"]
    assert any(o.expectation == "expect_column_values_to_be_of_type" and o.kwargs["type_"] == "date" for o in failed)
    good = validate_tables(_tables(), require_all=False)
    assert any(o.expectation == "expect_column_values_to_be_of_type" and o.kwargs.get("type_") == "date"
               and o.success for o in good.outcomes)


def test_data_docs_site_is_kept_with_the_report(tmp_path):
    from data_contracts.validate import DATA_DOCS_INDEX

    enforce(_tables(), report_dir=tmp_path / "contracts", data_docs=True, require_all=False)
    index = tmp_path / "contracts" / DATA_DOCS_INDEX
    assert index.is_file()
    html = index.read_text()
    assert "exams_contract" in html and "splits_contract" in html
    assert (tmp_path / "contracts" / "contract_report.md").is_file()
    # the site links its pages relatively: the folder can move with the version it documents
    assert str(tmp_path) not in html
