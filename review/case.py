"""What a case page shows, built from the curated tables of one breast (pure functions).

Dates are shown relative to the exam (``+45 d``), never as calendar dates; ids are the
pseudonymous ``exam_uid`` and side only. Report text is not stored in the dataset: a finding is
shown by its evidence sentence (scrubbed before it was stored) with the mention highlighted.
The mention's offsets refer to the report, not to the sentence, so it is found again in the
sentence by the lexicon's surface forms of that finding, preferring one of the mention's length.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from curation.reason_codes import ELIGIBILITY_BY_CODE
from nlp.lexicon import abbreviation_table, phrase_table

Segment = tuple[str, bool]  # (text, highlighted)


@cache
def _surface_forms() -> dict[str, tuple[tuple[str, bool], ...]]:
    """finding -> its surface forms, longest first, with whether the match is case-sensitive."""
    forms: dict[str, list[tuple[str, bool]]] = {}
    for phrase, (finding, _) in phrase_table().items():
        forms.setdefault(finding, []).append((phrase, False))
    for abbr, (finding, _) in abbreviation_table().items():
        forms.setdefault(finding, []).append((abbr, True))
    return {f: tuple(sorted(v, key=lambda t: -len(t[0]))) for f, v in forms.items()}


def _find(evidence: str, forms: tuple[tuple[str, bool], ...], length: int | None) -> tuple[int, int] | None:
    lower = evidence.lower()
    best: tuple[int, int] | None = None
    for form, case_sensitive in forms:
        hay, needle = (evidence, form) if case_sensitive else (lower, form)
        if needle not in hay:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay):
            span = (m.start(), m.end())
            if length is not None and span[1] - span[0] == length:
                return span
            best = best or span
    return best


def highlight(evidence: str, finding: str, span_length: int | None = None) -> list[Segment]:
    """``evidence`` split into segments with the finding's mention marked (none found: one plain segment)."""
    if not evidence:
        return []
    forms = _surface_forms().get(finding, ())
    span = _find(evidence, forms, span_length)
    if span is None and span_length:
        # e.g. a nodal finding renamed by the NLP: any lexicon form of the mention's length
        same_length = tuple((f, cs) for fs in _surface_forms().values() for f, cs in fs if len(f) == span_length)
        span = _find(evidence, same_length, span_length)
    if span is None:
        return [(evidence, False)]
    a, b = span
    return [s for s in ((evidence[:a], False), (evidence[a:b], True), (evidence[b:], False)) if s[0]]


def relative_days(date: object, exam_date: object) -> str:
    """``date`` relative to the exam: ``exam day``, ``+45 d``, ``-12 d``; months beyond 60 days."""
    if date is None or exam_date is None or pd.isna(date) or pd.isna(exam_date):
        return "date unknown"
    days = (pd.Timestamp(date) - pd.Timestamp(exam_date)).days
    if days == 0:
        return "exam day"
    if abs(days) > 60:
        return f"{days:+d} d ({days / 30.44:+.1f} mo)"
    return f"{days:+d} d"


def _flag(v: object) -> bool:
    return bool(v) if v is not None and not pd.isna(v) else False


def findings_view(findings: pd.DataFrame, laterality: str, exam_date: object) -> list[dict]:
    """The breast's findings (its laterality, or none stated), ordered by date and report."""
    if findings.empty:
        return []
    rows = findings.loc[findings["laterality"].isna() | (findings["laterality"] == laterality)]
    rows = rows.sort_values(["specimen_date", "report_uid", "span_start"], kind="stable")
    report_no = {r: i + 1 for i, r in enumerate(dict.fromkeys(rows["report_uid"]))}
    out = []
    for r in rows.itertuples():
        length = None if pd.isna(r.span_start) or pd.isna(r.span_end) else int(r.span_end) - int(r.span_start)
        state = [name for name, v in (("negated", r.negated), ("historical", r.historical), ("uncertain", r.uncertain))
                 if _flag(v)]
        out.append({
            "report": report_no[r.report_uid],
            "when": relative_days(r.specimen_date, exam_date),
            "specimen": r.specimen if isinstance(r.specimen, str) else "",
            "finding": r.finding,
            "category": r.category,
            "side": r.laterality if isinstance(r.laterality, str) else "not stated",
            "clock": r.clock if isinstance(r.clock, str) else "",
            "state": ", ".join(state) or "asserted",
            "asserted": not state,
            "evidence": highlight(r.evidence if isinstance(r.evidence, str) else "", r.finding, length),
        })
    return out


def procedures_view(findings: pd.DataFrame, laterality: str, exam_date: object) -> list[dict]:
    """One row per pathology report of the breast: procedure, biopsy guidance, concordance."""
    if findings.empty:
        return []
    rows = findings.loc[findings["laterality"].isna() | (findings["laterality"] == laterality)]
    rows = rows.sort_values(["specimen_date", "report_uid"], kind="stable").drop_duplicates("report_uid")
    return [{"report": i + 1, "when": relative_days(r.specimen_date, exam_date), "procedure": r.procedure or "",
             "guidance": r.guidance or "", "concordance": r.concordance or ""}
            for i, r in enumerate(rows.itertuples())]


def radiology_view(radiology: pd.DataFrame, exam_uid: str, exam_date: object) -> list[dict]:
    """The breast's imaging assessments (this exam and every other of the patient's same breast)."""
    if radiology.empty:
        return []
    rows = radiology.sort_values(["exam_date", "modality"], kind="stable")
    return [{"when": relative_days(r.exam_date, exam_date), "this_exam": r.exam_uid == exam_uid,
             "modality": r.modality or "", "birads": r.birads if isinstance(r.birads, str) else "none",
             "source": r.birads_source if isinstance(r.birads_source, str) else ""}
            for r in rows.itertuples()]


def rule_view(eligibility: dict | None) -> dict | None:
    """The Fig. A.3 status, reason and the reason's description of a test-split breast."""
    if not eligibility:
        return None
    code = ELIGIBILITY_BY_CODE.get(str(eligibility.get("reason")))
    return {"status": eligibility.get("status"), "reason": eligibility.get("reason"),
            "branch": eligibility.get("branch"), "description": code.description if code else ""}
