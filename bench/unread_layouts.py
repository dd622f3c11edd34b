"""How well the "unread" flags catch a report layout the reader does not know, and how often they
fire on reports it reads right.

Two flags: ``diagnosis_unread`` (pathology: a diagnosis named, no heading that can label
recognised, nothing labelled; the report's breasts go to review) and ``birads_unread`` (radiology:
BI-RADS named, no category read). Measured three ways:

1. on every evaluation report of tests/nlp/data: how many reports the flag fires on, split into
   reports read right and reports read wrong;
2. a layout the reader does not know, simulated: the machine-layout styles (``--unknown-styles``)
   read with the layout layer switched off (``nlp.layout.layout_view`` / ``pathology_view`` as the identity), which is
   how they were read before that layer existed: wrong reports caught / wrong reports;
3. optionally a demo export (``--export``): flags among its reports (the demo reads right, so any
   flag is a false alarm).

Run: ``.venv/bin/python bench/unread_layouts.py [--export EXPORT]``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402

import nlp.birads as birads  # noqa: E402
import nlp.pathology as pathology  # noqa: E402
import nlp.structure as structure  # noqa: E402
from nlp.evaluation import EvalReport, birads_errors, errors, load_eval_set, style_batches  # noqa: E402
from nlp.resolution import states_from_findings  # noqa: E402

UNKNOWN_STYLES = ("hl7_oru", "hl7_obx_printout", "telerad_worklist", "bilingual_qc")


def _pathology(reports: list[EvalReport]) -> tuple[list[bool], list[bool]]:
    findings = list(pathology.iter_findings([r.text for r in reports]))
    wrong = {id(r) for r, _ in errors(reports, [states_from_findings(f) for f in findings])}
    flagged = [structure.unread_diagnosis(r.text, any(f.effect != "none" for f in fs))
               for r, fs in zip(reports, findings, strict=True)]
    return [id(r) not in wrong for r in reports], flagged


def _radiology(reports: list[EvalReport]) -> tuple[list[bool], list[bool]]:
    got = [birads.extract_birads(r.text) for r in reports]
    wrong = {id(r) for r, *_ in birads_errors(reports, got)}
    flagged = [birads.unread_birads(r.text, any(g.values())) for r, g in zip(reports, got, strict=True)]
    return [id(r) not in wrong for r in reports], flagged


def _line(name: str, right: list[bool], flagged: list[bool]) -> str:
    wrong = [f for r, f in zip(right, flagged, strict=True) if not r]
    fine = [f for r, f in zip(right, flagged, strict=True) if r]
    return (f"| {name} | {len(right)} | {sum(fine)} of {len(fine)} | {sum(wrong)} of {len(wrong)} |")


def _without_layout_layer(run: Callable[[], tuple[list[bool], list[bool]]]) -> tuple[list[bool], list[bool]]:
    saved = (structure.pathology_view, birads.layout_view, pathology.pathology_view)
    identity = lambda text: text  # noqa: E731
    structure.pathology_view = birads.layout_view = pathology.pathology_view = identity
    try:
        return run()
    finally:
        structure.pathology_view, birads.layout_view, pathology.pathology_view = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--export", type=Path, help="a demo export folder (pathology_reports.csv, radiology_reports.csv)")
    parser.add_argument("--unknown-styles", nargs="+", default=list(UNKNOWN_STYLES))
    parser.add_argument("--batches", nargs="+", help="only these styles batches (e.g. b11 b12; no first set)")
    args = parser.parse_args()

    picked = lambda kind: [r for b in style_batches(kind, batches=args.batches).values() for r in b]  # noqa: E731
    path_reports = picked("pathology") if args.batches else load_eval_set("all") + picked("pathology")
    rad_reports = picked("radiology")
    print("| set | reports | flagged among reports read right | flagged among reports read wrong |")
    print("|---|---|---|---|")
    which = " ".join(args.batches) if args.batches else "every evaluation report"
    print(_line(f"pathology, {which}", *_pathology(path_reports)))
    print(_line(f"radiology, {which}", *_radiology(rad_reports)))
    unknown_path = [r for r in path_reports if r.style in args.unknown_styles]
    unknown_rad = [r for r in rad_reports if r.style in args.unknown_styles]
    print(_line(f"pathology {'/'.join(sorted({r.style for r in unknown_path}))}, layout layer off",
                *_without_layout_layer(lambda: _pathology(unknown_path))))
    print(_line(f"radiology {'/'.join(sorted({r.style for r in unknown_rad}))}, layout layer off",
                *_without_layout_layer(lambda: _radiology(unknown_rad))))
    if args.export:
        from nlp.labels import extract_pathology_findings, pathology_text_issues

        p = pd.read_csv(args.export / "pathology_reports.csv", dtype=str, keep_default_na=False)
        r = pd.read_csv(args.export / "radiology_reports.csv", dtype=str, keep_default_na=False)
        issues = pathology_text_issues(p, extract_pathology_findings(p))
        rad_issues = birads.radiology_text_issues(r, birads.resolve_radiology_birads(r))
        print(f"\n{args.export}: diagnosis_unread {issues.count('diagnosis_unread')} of {len(p)} pathology reports, "
              f"birads_unread {rad_issues.count('birads_unread')} of {len(r)} radiology reports")


if __name__ == "__main__":
    main()
