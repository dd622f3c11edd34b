"""Run the Great Expectations suites of ``data_contracts/*.json`` against curated tables.

Each curated table has one suite, ``data_contracts/<table>.json``, in Great Expectations 1.x
suite format (``name``, ``expectations`` with ``type``/``kwargs``, ``meta``). Suites are plain
data, reviewed like code. Cross-table rules (referential integrity) use GX suite parameters:
a kwarg ``{"$PARAMETER": "ref__<table>__<column>"}`` is filled, at validation time, with the set of
values of that column in the same build, so ``images.exam_uid`` must exist in ``exams`` and so on.

Validation runs inside a build task (the old prefect-great-expectations integration is gone);
a failure raises :class:`ContractViolation` whose message is a readable report, and the build
publishes nothing. With a ``docs_dir`` the suites run in a file data context kept in that folder
(``<docs_dir>/gx/``: the suites, validation definitions, results) and Great Expectations renders
its Data Docs site there (``<docs_dir>/gx/uncommitted/data_docs/local_site/index.html``); the build
keeps it with the version it validated, or with the failed build's report.

Dates are validated as dates: a ``date32`` column reaches pandas as ``datetime.date`` objects and
``expect_column_values_to_be_of_type`` with ``type_: "date"`` checks each value's type (a string
or a number in a date column fails).

Each suite's ``meta`` also describes its table (``description``) and every column (``columns``):
the build writes them into the catalog as ``COMMENT ON`` texts (:func:`table_descriptions`).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from core.errors import UserError

SUITE_DIR = Path(__file__).resolve().parent
REF_PREFIX = "ref__"  # GX parses parameter names as expressions: no ":" or "."


class ContractViolation(UserError):
    """One or more curated tables broke their contract; ``report`` holds the details."""

    def __init__(self, report: ContractReport):
        self.report = report
        super().__init__(report.summary_line() + "\n" + report.to_markdown(failures_only=True))


@dataclass
class ExpectationOutcome:
    table: str
    expectation: str
    kwargs: dict[str, Any]
    success: bool
    observed: Any = None
    unexpected_count: int | None = None
    unexpected_sample: list[Any] = field(default_factory=list)
    error: str | None = None

    def describe(self) -> str:
        args = ", ".join(f"{k}={_short(v)}" for k, v in self.kwargs.items() if k != "batch_id")
        parts = [f"{self.expectation}({args})"]
        if self.error:
            parts.append(f"error: {self.error}")
        if self.unexpected_count:
            parts.append(f"{self.unexpected_count} unexpected, e.g. {_short(self.unexpected_sample)}")
        elif self.observed is not None and not self.success:
            parts.append(f"observed {_short(self.observed)}")
        return "; ".join(parts)


@dataclass
class ContractReport:
    outcomes: list[ExpectationOutcome]
    missing_suites: list[str] = field(default_factory=list)
    missing_tables: list[str] = field(default_factory=list)

    @property
    def success(self) -> bool:
        return not self.missing_suites and not self.missing_tables and all(o.success for o in self.outcomes)

    def failures(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success]

    def summary_line(self) -> str:
        n = len(self.outcomes)
        bad = len(self.failures())
        tables = sorted({o.table for o in self.outcomes})
        state = "PASSED" if self.success else "FAILED"
        return f"data contracts {state}: {n - bad}/{n} expectations met over {len(tables)} tables"

    def to_markdown(self, failures_only: bool = False) -> str:
        lines = [f"# {self.summary_line()}", ""]
        for t in self.missing_suites:
            lines.append(f"- table `{t}` has no suite in data_contracts/ (every published table needs one)")
        for t in self.missing_tables:
            lines.append(f"- suite `{t}` has no table in this build")
        by_table: dict[str, list[ExpectationOutcome]] = {}
        for o in self.outcomes:
            by_table.setdefault(o.table, []).append(o)
        for table, outcomes in sorted(by_table.items()):
            shown = [o for o in outcomes if not (failures_only and o.success)]
            if not shown:
                continue
            ok = sum(o.success for o in outcomes)
            lines.append(f"## {table}: {ok}/{len(outcomes)} met")
            for o in shown:
                lines.append(f"- [{'x' if o.success else ' '}] {o.describe()}")
            lines.append("")
        return "\n".join(lines)

    def to_json(self) -> str:
        return json.dumps(
            {
                "success": self.success,
                "missing_suites": self.missing_suites,
                "missing_tables": self.missing_tables,
                "outcomes": [o.__dict__ for o in self.outcomes],
            },
            default=str,
            indent=1,
        )


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _short(value: Any, limit: int = 120) -> str:
    text = repr(_plain(value))
    return text if len(text) <= limit else text[: limit - 3] + "..."


DATA_DOCS_INDEX = Path("gx") / "uncommitted" / "data_docs" / "local_site" / "index.html"


def load_suite(table: str, suite_dir: Path = SUITE_DIR) -> dict[str, Any]:
    path = suite_dir / f"{table}.json"
    with open(path) as fh:
        return json.load(fh)


def available_suites(suite_dir: Path = SUITE_DIR) -> list[str]:
    return sorted(p.stem for p in suite_dir.glob("*.json"))


def table_descriptions(suite_dir: Path = SUITE_DIR) -> dict[str, tuple[str, dict[str, str]]]:
    """``{table: (description, {column: description})}`` from every suite's ``meta``."""
    out: dict[str, tuple[str, dict[str, str]]] = {}
    for name in available_suites(suite_dir):
        meta = load_suite(name, suite_dir).get("meta", {})
        out[name] = (str(meta.get("description", "")), dict(meta.get("columns", {})))
    return out


def _parameter_names(obj: Any) -> set[str]:
    if isinstance(obj, dict):
        if set(obj) == {"$PARAMETER"}:
            return {obj["$PARAMETER"]}
        return set().union(*(_parameter_names(v) for v in obj.values())) if obj else set()
    if isinstance(obj, list):
        return set().union(*(_parameter_names(v) for v in obj)) if obj else set()
    return set()


def _resolve_parameters(names: set[str], tables: Mapping[str, pa.Table]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name in names:
        if not name.startswith(REF_PREFIX):
            raise ValueError(f"unknown suite parameter {name!r}: only 'ref__<table>__<column>' is defined")
        table, _, column = name[len(REF_PREFIX):].partition("__")
        if table not in tables or column not in tables[table].column_names:
            params[name] = []  # the reference is missing: every value is then unexpected, loudly
            continue
        values = tables[table].column(column).drop_null().unique().to_pylist()
        params[name] = values
    return params


def _gx_context(docs_dir: Path | None = None):
    """An ephemeral context, or with ``docs_dir`` a file context kept in ``docs_dir/gx``."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    # after the analytics switch above; and only in the process that validates (about 4 s)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    if docs_dir is None:
        context = gx.get_context(mode="ephemeral")
    else:
        Path(docs_dir).mkdir(parents=True, exist_ok=True)
        context = gx.get_context(mode="file", project_root_dir=str(docs_dir))
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


def validate_tables(
    tables: Mapping[str, pa.Table],
    suite_dir: Path = SUITE_DIR,
    require_all: bool = True,
    docs_dir: Path | None = None,
) -> ContractReport:
    """Validate every table against its suite; never raises for a failing expectation.

    With ``require_all`` a table without a suite, or a suite without a table, is a failure:
    a contract cannot silently stop applying. With ``docs_dir`` the validation runs in a file
    data context there and its Data Docs site is built (see the module docstring).
    """
    import great_expectations as gx
    from great_expectations.core.expectation_suite import ExpectationSuite

    context = _gx_context(docs_dir)
    source = context.data_sources.add_pandas("sonolabel")
    suites = available_suites(suite_dir)
    report = ContractReport(outcomes=[])
    if require_all:
        report.missing_suites = sorted(set(tables) - set(suites))
        report.missing_tables = sorted(set(suites) - set(tables))
    for name in sorted(set(tables) & set(suites)):
        suite_json = load_suite(name, suite_dir)
        params = _resolve_parameters(_parameter_names(suite_json["expectations"]), tables)
        frame = tables[name].to_pandas()
        asset = source.add_dataframe_asset(name=name)
        batch_definition = asset.add_batch_definition_whole_dataframe(f"{name}_all")
        suite = context.suites.add(
            ExpectationSuite(name=suite_json["name"], expectations=suite_json["expectations"], meta=suite_json.get("meta"))
        )
        raw_kwargs = {(e["type"], str(e["kwargs"].get("column"))): e["kwargs"] for e in suite_json["expectations"]}
        # one validation definition per table: a checkpoint would pass one dataframe to all of them
        definition = context.validation_definitions.add(
            gx.ValidationDefinition(name=name, data=batch_definition, suite=suite)
        )
        result = definition.run(batch_parameters={"dataframe": frame}, expectation_parameters=params,
                                result_format="SUMMARY")
        for r in result.results:
            cfg = r.expectation_config
            res = r.result or {}
            err = None
            if r.exception_info and r.exception_info.get("raised_exception"):
                err = r.exception_info.get("exception_message")
            elif r.exception_info:
                msgs = [v.get("exception_message") for v in r.exception_info.values() if isinstance(v, dict)]
                err = "; ".join(m for m in msgs if m) or None
            kwargs = dict(cfg.kwargs)
            kwargs.pop("batch_id", None)
            for k, v in raw_kwargs.get((cfg.type, str(kwargs.get("column"))), {}).items():
                if isinstance(v, dict) and "$PARAMETER" in v:  # show the reference, not its values
                    kwargs[k] = f"<values of {v['$PARAMETER'][len(REF_PREFIX):].replace('__', '.')}>"
            report.outcomes.append(
                ExpectationOutcome(
                    table=name,
                    expectation=cfg.type,
                    kwargs=kwargs,
                    success=bool(r.success),
                    observed=res.get("observed_value"),
                    unexpected_count=res.get("unexpected_count"),
                    unexpected_sample=list(res.get("partial_unexpected_list") or [])[:5],
                    error=err,
                )
            )
    if docs_dir is not None:
        context.build_data_docs()  # once, over every table's stored validation result
    return report


def enforce(tables: Mapping[str, pa.Table], report_dir: Path | None = None, data_docs: bool = False,
            **kwargs: Any) -> ContractReport:
    """Validate, write ``contract_report.md/json`` into ``report_dir``, raise on failure.

    With ``data_docs`` the Great Expectations context and its Data Docs site are kept in
    ``report_dir`` too (``report_dir / DATA_DOCS_INDEX``).
    """
    if data_docs and report_dir is None:
        raise ValueError("data_docs needs a report_dir to keep the site in")
    report = validate_tables(tables, docs_dir=Path(report_dir) if data_docs else None, **kwargs)
    if report_dir is not None:
        report_dir = Path(report_dir)
        report_dir.mkdir(parents=True, exist_ok=True)
        (report_dir / "contract_report.md").write_text(report.to_markdown())
        (report_dir / "contract_report.json").write_text(report.to_json())
    if not report.success:
        raise ContractViolation(report)
    return report
