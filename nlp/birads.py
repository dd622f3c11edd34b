"""BI-RADS per breast from radiology report text, and the radiology stage function.

The structured ``birads_left`` / ``birads_right`` fields win; the text decides only when a
field is empty. Recognised assessment statements (case-insensitive)::

    BI-RADS category 4        BIRADS: 2            BI-RADS(R) 4A         BI-RADS 1 bilaterally
    Assessment: benign        ASSESSMENT: 3 - probably benign           Category 4B: moderate suspicion
    Left breast: BI-RADS 2.   RIGHT: BI-RADS 4C    Overall assessment: incomplete (BI-RADS 0)

Words map to the BI-RADS lexicon's categories: incomplete / needs additional imaging -> 0,
negative -> 1, benign -> 2, probably benign -> 3, suspicious -> 4 (low / moderate / high
suspicion -> 4A / 4B / 4C), highly suggestive of malignancy -> 5, known biopsy-proven
malignancy -> 6. A statement's side is the side word of its line (``bilateral``/``both``: both);
a statement without side applies to the sides the report names (both if it names none).
Several statements for one side: the most suspicious wins (order of ``BIRADS_SEVERITY``).
"""

from __future__ import annotations

import re

import pandas as pd

from core import pseudonyms
from nlp.labels import LabelInputError, require_columns, to_dates

BIRADS_VALUES = ("0", "1", "2", "3", "4", "4A", "4B", "4C", "5", "6")
BIRADS_SEVERITY = ("1", "2", "3", "0", "4", "4A", "4B", "4C", "5", "6")  # as curation.eligibility.rules
RADIOLOGY_REPORT_COLUMNS = ("patient_id", "report_id", "accession_number", "exam_date", "modality",
                            "birads_left", "birads_right", "text")
RADIOLOGY_BIRADS_COLUMNS = ("patient_uid", "exam_uid", "report_uid", "exam_date", "modality", "laterality",
                            "birads", "birads_source")

_NUM = r"(?P<num>[0-6])(?:\s*-?\s*(?P<sub>[abc])(?![a-z]))?(?!\d|\.\d)"
_WORDS = (
    (r"known\s+biopsy[\s-]*proven\s+malignancy", "6"),
    (r"highly\s+suggestive\s+of\s+malignancy", "5"),
    (r"high(?:ly)?\s+suspicio(?:n|us)", "4C"),
    (r"moderate(?:ly)?\s+suspicio(?:n|us)", "4B"),
    (r"low\s+suspicio(?:n|us)", "4A"),
    (r"suspicious(?:\s+abnormality)?", "4"),
    (r"probably\s+benign", "3"),
    (r"benign", "2"),
    (r"negative", "1"),
    (r"incomplete|needs?\s+additional\s+imaging", "0"),
)
_WORD_ALT = "|".join(f"(?P<w{i}>{p})" for i, (p, _) in enumerate(_WORDS))
_STATEMENT = re.compile(
    r"\bbi-?\s?rads\s*(?:®|\(r\))?\s*(?:assessment\s*)?(?:category|cat\.?|score|classification)?\s*[:=#\-]?\s*"
    r"(?:category\s*)?" + _NUM
    + r"|\b(?:final\s+|overall\s+)?assessment\s*(?:category)?\s*[:\-]\s*(?:bi-?\s?rads\s*(?:®|\(r\))?\s*(?:category)?\s*)?"
    r"(?:" + _NUM.replace("num", "num2").replace("sub", "sub2") + r"|" + _WORD_ALT + r")"
    + r"|\bcategory\s*:?\s*" + _NUM.replace("num", "num3").replace("sub", "sub3") + r"(?=\s*[:\-(]|\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
_SIDE = re.compile(r"\b(?P<l>left|lt)\b|\b(?P<r>right|rt)\b|\b(?P<b>bilateral(?:ly)?|both\s+breasts?|both|each\s+breast)\b",
                   re.IGNORECASE)


def _value(m: re.Match[str]) -> str:
    for num, sub in (("num", "sub"), ("num2", "sub2"), ("num3", "sub3")):
        if m.group(num):
            return (m.group(num) + (m.group(sub) or "")).upper()
    for i, (_, value) in enumerate(_WORDS):
        if m.group(f"w{i}"):
            return value
    raise AssertionError("unreachable: the statement regex matched no value")


def _sides(segment: str) -> set[str]:
    out: set[str] = set()
    for m in _SIDE.finditer(segment):
        out |= {"L", "R"} if m.group("b") else ({"L"} if m.group("l") else {"R"})
    return out


def _most_suspicious(values: list[str]) -> str:
    return max(values, key=BIRADS_SEVERITY.index)


def extract_birads(text: str) -> dict[str, str | None]:
    """``{"L": value | None, "R": value | None}`` from a radiology report's text."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    sided: dict[str, list[str]] = {"L": [], "R": []}
    unsided: list[str] = []
    matches = list(_STATEMENT.finditer(text))
    for k, m in enumerate(matches):
        value = _value(m)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        # The statement's own stretch of the line: from the previous statement (or sentence) to
        # the next one, so "BI-RADS 4A, right breast. Left: BI-RADS 1" gives each its side.
        lo = max(line_start, matches[k - 1].end() if k else 0, text.rfind(". ", 0, m.start()) + 1)
        hi = min(line_end, matches[k + 1].start() if k + 1 < len(matches) else line_end)
        stop = re.search(r"[.;](?:\s|$)", text[m.end() : hi])
        hi = m.end() + stop.start() if stop else hi
        before_sides = list(_SIDE.finditer(text[lo : m.start()]))
        sides = _sides(before_sides[-1].group(0)) if before_sides else _sides(text[m.end() : hi])
        if not sides and line_start > 0:
            # A heading line of its own above ("RIGHT BREAST:") names the side.
            prev_start = text.rfind("\n", 0, line_start - 1) + 1
            prev = text[prev_start : line_start - 1]
            if len(prev) < 40 and prev.rstrip().endswith(":"):
                sides = _sides(prev)
        if sides:
            for s in sides:
                sided[s].append(value)
        else:
            unsided.append(value)
    out: dict[str, str | None] = {"L": None, "R": None}
    named = _sides(text) or {"L", "R"}
    for s in ("L", "R"):
        values = sided[s] or (unsided if s in named else [])
        out[s] = _most_suspicious(values) if values else None
    return out


def normalise_birads_value(value: object) -> str | None:
    """A structured BI-RADS field -> canonical value (``'4a'`` -> ``'4A'``), None if empty/invalid."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    text = re.sub(r"^(?:bi-?rads\s*)?", "", str(value).strip(), flags=re.IGNORECASE).upper().replace(" ", "")
    return text if text in BIRADS_VALUES else None


def resolve_radiology_birads(radiology_df: pd.DataFrame, key: str | None = None) -> pd.DataFrame:
    """One row per radiology report x breast with its BI-RADS and where it came from.

    Args:
        radiology_df: ``radiology_reports.csv`` rows: ``patient_id, report_id,
            accession_number, exam_date, modality, birads_left, birads_right, text``.
        key: pseudonym key (default: ``SONOLABEL_PSEUDONYM_KEY``).

    Returns:
        ``patient_uid, exam_uid, report_uid, exam_date, modality, laterality, birads,
        birads_source`` (``structured`` when the field holds a valid value, else ``text``
        when the text gives one, else null). Raw ids are pseudonymised; ``exam_uid`` comes
        from the accession number, or from ``"report:" + report_id`` when it is empty.
    """
    require_columns(radiology_df, RADIOLOGY_REPORT_COLUMNS, "radiology_reports")
    df = radiology_df.reset_index(drop=True)
    dates = to_dates(df["exam_date"], "radiology_reports", "exam_date")
    rows = []
    for i, rec in enumerate(df.itertuples(index=False)):
        pid = "" if pd.isna(rec.patient_id) else str(rec.patient_id).strip()
        rid = "" if pd.isna(rec.report_id) else str(rec.report_id).strip()
        if not pid or not rid:
            raise LabelInputError(f"radiology_reports row {i} has an empty patient_id or report_id")
        acc = "" if pd.isna(rec.accession_number) else str(rec.accession_number).strip()
        exam = pseudonyms.exam_uid(acc, key) if acc else pseudonyms.exam_uid(f"report:{rid}", key)
        modality = "" if pd.isna(rec.modality) else str(rec.modality).strip().upper()
        text = "" if pd.isna(rec.text) else str(rec.text)
        from_text: dict[str, str | None] | None = None
        for side, field in (("L", rec.birads_left), ("R", rec.birads_right)):
            value, source = normalise_birads_value(field), "structured"
            if value is None:
                from_text = from_text if from_text is not None else extract_birads(text)
                value, source = from_text[side], "text"
            rows.append((pseudonyms.patient_uid(pid, key), exam, pseudonyms.report_uid(rid, key), dates.iat[i],
                         modality or None, side, value, source if value is not None else None))
    out = pd.DataFrame.from_records(rows, columns=list(RADIOLOGY_BIRADS_COLUMNS))
    out["exam_date"] = pd.to_datetime(out["exam_date"]).astype("datetime64[s]")
    for col in ("patient_uid", "exam_uid", "report_uid", "modality", "laterality", "birads", "birads_source"):
        out[col] = out[col].astype("string")
    return out
