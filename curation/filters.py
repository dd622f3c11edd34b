"""Stage 2 (and the exam rules after stage 3): the paper's exclusion rules as a registry.

Every rule is a named :class:`Rule` carrying its reason code (``curation.reason_codes``) and a
documented threshold. Rules run in ``REASON_CODES`` order as a funnel: each rule sees only what
the earlier rules kept, so every file is attributed to the *first* rule that excludes it and the
per-rule counts add up to the total. Three groups:

* index errors (``not_dicom``, ``unreadable_dicom``): copied from ``dicom_index.error``;
* :data:`FILE_RULES` (stage ``filter``): header-only, one decision per file;
* :data:`EXAM_RULES` (stage ``exam``): run on the kept *images* after preprocessing; an exam is
  the AccessionNumber (``exam_uid``, StudyInstanceUID fallback; a file with neither is an exam on
  its own). An excluded exam gets one ``exclusions`` row per file.

The preprocessing rules (``undecodable_pixels``, ``mostly_zero_pixels``) live in
:mod:`curation.preprocess`; their order slot in ``REASON_CODES`` is between the two groups.

The duplicate rule keeps the copy that decodes: the build defers it (``defer_duplicates``) until
every copy has been through preprocessing, then :func:`apply_duplicate_rule` keeps, in each group
of copies, the first that yields an image (a damaged twin never costs the good original, whatever
the order of their paths); it keeps its slot and stage (``filter``) in the funnel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa

from curation.procedure_text import DESCRIPTION_ORDER, deciding_text, is_biopsy_text
from curation.reason_codes import BY_CODE, ORDER, REASON_CODES, Stage
from curation.schemas import EXCLUSIONS_SCHEMA

# ----------------------------------------------------------------------------------------------
# Thresholds (documented once, referenced by the rules)
# ----------------------------------------------------------------------------------------------
MIN_STUDY_DATE = date(2012, 1, 1)  # exam_before_2012: StudyDate missing or earlier
MIN_AGE_YEARS = 16.0  # patient_under_16: known age < 16 (unknown age is kept: not provably young)
MIN_IMAGES_PER_EXAM = 4  # extreme_image_count: fewer kept images than this ...
MAX_IMAGES_PER_EXAM = 70  # ... or more than this (the paper's final range is 4-70)

# SOP classes of ultrasound images (current and retired). Anything else (secondary capture
# screenshots, structured reports, presentation states, other modalities) is not an US image.
US_SOP_CLASSES = frozenset({
    "1.2.840.10008.5.1.4.1.1.6.1",  # Ultrasound Image Storage
    "1.2.840.10008.5.1.4.1.1.3.1",  # Ultrasound Multi-frame Image Storage
    "1.2.840.10008.5.1.4.1.1.6",  # Ultrasound Image Storage (retired)
    "1.2.840.10008.5.1.4.1.1.3",  # Ultrasound Multi-frame Image Storage (retired)
})
# ImageType values that mark a screenshot of a report / worksheet / demographics page.
NON_IMAGE_TYPE_TOKENS = frozenset({
    "SCREEN SAVE", "SCREENSHOT", "SCREEN CAPTURE", "REPORT", "WORKSHEET", "DEMOGRAPHICS", "DEMOGRAPHIC",
    "PATIENT INFO", "SUMMARY", "SECONDARY CAPTURE", "INVALID",
})


@dataclass(frozen=True)
class Rule:
    """One exclusion rule.

    Args:
        code: its reason code (must exist in ``REASON_CODES``; the stage and level come from there).
        threshold: the documented threshold or decision, in words (shown in docs and the CLI).
        fires: ``DataFrame -> bool Series`` (True = exclude), evaluated on the rows still kept.
        detail: optional ``DataFrame -> str Series`` with the value that tripped the rule.
        detail_on_kept: ``detail`` needs every row the rule saw, not only those it excludes (the
            duplicate rule names the original each copy duplicates).
    """

    code: str
    threshold: str
    fires: Callable[[pd.DataFrame], pd.Series]
    detail: Callable[[pd.DataFrame], pd.Series] | None = None
    detail_on_kept: bool = False

    def __post_init__(self) -> None:
        if self.code not in BY_CODE:
            raise ValueError(f"unknown reason code {self.code!r}")

    @property
    def stage(self) -> Stage:
        return BY_CODE[self.code].stage


def _str(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").str.strip().fillna("")


def _dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["study_date"], errors="coerce")


# ----------------------------------------------------------------------------------------------
# File rules (header only), in REASON_CODES order
# ----------------------------------------------------------------------------------------------
def _invalid_patient_id(df: pd.DataFrame) -> pd.Series:
    return ~df["patient_id_valid"].fillna(False).astype(bool)


def _before_2012(df: pd.DataFrame) -> pd.Series:
    d = _dates(df)
    return d.isna() | (d < pd.Timestamp(MIN_STUDY_DATE))


def _under_16(df: pd.DataFrame) -> pd.Series:
    age = pd.to_numeric(df["patient_age_years"], errors="coerce")
    return (age < MIN_AGE_YEARS).fillna(False).astype(bool)


def _shares_a_copy(df: pd.DataFrame) -> np.ndarray:
    """Rows whose SOPInstanceUID or pixel hash occurs in another row."""
    shared = np.zeros(len(df), dtype=bool)
    for col in ("sop_uid", "pixel_hash"):
        values = df[col].astype("string")
        present = (values.notna() & (values.str.len() > 0)).to_numpy(dtype=bool)
        shared |= present & values.duplicated(keep=False).to_numpy(dtype=bool)
    return shared


def _duplicate_order(df: pd.DataFrame) -> list[str]:
    """Copies that decode first (``_decode_rank`` 0, when known), then by path.

    The path order is ``source_order`` when present (the position in the index, i.e. the order of
    the real, unmasked relpaths), else ``file_relpath``.
    """
    by_path = "source_order" if "source_order" in df else "file_relpath"
    return ["_decode_rank", by_path] if "_decode_rank" in df else [by_path]


def _duplicate(df: pd.DataFrame) -> pd.Series:
    """Same SOPInstanceUID or pixel hash as a (still kept) file that sorts first (:func:`_duplicate_order`)."""
    order = df.sort_values(_duplicate_order(df), kind="stable")
    dup = np.zeros(len(order), dtype=bool)
    for col in ("sop_uid", "pixel_hash"):
        values = order[col].astype("string")
        present = (values.notna() & (values.str.len() > 0)).to_numpy(dtype=bool)
        dup |= present & values.duplicated(keep="first").to_numpy(dtype=bool)
    return pd.Series(dup, index=order.index).reindex(df.index)


def _duplicate_detail(df: pd.DataFrame) -> pd.Series:
    """``same SOPInstanceUID as <path of the copy kept>`` (or ``same pixel data as ...``)."""
    out = pd.Series("", index=df.index, dtype="string")
    order = df[_shares_a_copy(df)].sort_values(_duplicate_order(df), kind="stable")
    first_by: dict[str, dict[str, str]] = {"sop_uid": {}, "pixel_hash": {}}
    for idx, row in order.iterrows():
        for col, label in (("sop_uid", "same SOPInstanceUID"), ("pixel_hash", "same pixel data")):
            v = row[col]
            if v is None or (isinstance(v, float) and np.isnan(v)) or v == "":
                continue
            if v in first_by[col]:
                if not out[idx]:
                    damaged = " (this copy does not decode)" if row.get("_decode_rank", 0) else ""
                    out[idx] = f"{label} as {first_by[col][v]}{damaged}"
            else:
                first_by[col][v] = row["file_relpath"]
    return out


def _non_female(df: pd.DataFrame) -> pd.Series:
    return _str(df, "patient_sex").str.upper() != "F"


def not_an_acquired_image(image_type: str | None) -> bool:
    """ImageType marks a page rather than an acquired image, whatever the SOP class.

    Value 2 (pixel data characteristics) ``SECONDARY``: created after the examination, e.g. a
    report or demographics page saved as ``DERIVED\\SECONDARY`` (also accepted in value 1, which
    some writers use); or any value naming a screenshot/report page (:data:`NON_IMAGE_TYPE_TOKENS`).
    Case and padding do not matter; ``DERIVED\\PRIMARY`` (a processed acquisition) is an image.
    """
    values = [v.strip().upper() for v in (image_type or "").split("\\")]
    return "SECONDARY" in values[:2] or any(v in NON_IMAGE_TYPE_TOKENS for v in values)


def _not_ultrasound(df: pd.DataFrame) -> pd.Series:
    modality = _str(df, "modality").str.upper()
    sop = _str(df, "sop_class_uid")
    bad_type = _str(df, "image_type").map(not_an_acquired_image)
    return (modality != "US") | ~sop.isin(US_SOP_CLASSES) | bad_type.astype(bool)


def _not_ultrasound_detail(df: pd.DataFrame) -> pd.Series:
    return ("modality=" + _str(df, "modality") + " sop_class=" + _str(df, "sop_class_uid")
            + " image_type=" + _str(df, "image_type"))


def _deciding(df: pd.DataFrame) -> pd.Series:
    cols = [df[c].astype("object").where(df[c].notna(), None) for c in DESCRIPTION_ORDER]
    return pd.Series([deciding_text(v) for v in zip(*cols)], index=df.index, dtype="object")


def _biopsy(df: pd.DataFrame) -> pd.Series:
    """The index's ``biopsy_procedure`` verdict (made on the original text: the stored descriptions
    are scrubbed), else the decision on the text (rows that carry no verdict)."""
    from_text = _deciding(df).map(is_biopsy_text).astype(bool)
    if "biopsy_procedure" not in df:
        return from_text
    verdict = df["biopsy_procedure"].astype("object")
    return verdict.where(verdict.notna(), from_text).astype(bool)


def _missing_procedure(df: pd.DataFrame) -> pd.Series:
    return _deciding(df).isna()


FILE_RULES: tuple[Rule, ...] = (
    Rule("invalid_patient_id", "PatientID missing, empty, a placeholder or malformed (curation.patient_ids)",
         _invalid_patient_id),
    Rule("exam_before_2012", f"StudyDate missing or < {MIN_STUDY_DATE.isoformat()}", _before_2012,
         lambda df: "study_date=" + df["study_date"].astype("string").fillna("missing")),
    Rule("patient_under_16", f"age at the study date < {MIN_AGE_YEARS:g} years (unknown age kept)", _under_16,
         lambda df: "age=" + pd.to_numeric(df["patient_age_years"]).round(1).astype("string")),
    Rule("duplicate_image", "same SOPInstanceUID or pixel_hash as a kept file that decodes and whose relpath "
         "sorts first (decided after preprocessing in the build: a copy that decodes wins)",
         _duplicate, _duplicate_detail, detail_on_kept=True),
    Rule("non_female_patient", "PatientSex != 'F' (M, O or missing)", _non_female,
         lambda df: "sex=" + _str(df, "patient_sex").replace("", "missing")),
    Rule("not_ultrasound", "Modality != US, SOP class not an US image class, or ImageType marks a page: "
         "SECONDARY (e.g. DERIVED\\SECONDARY, any SOP class) or a screenshot/report token",
         _not_ultrasound, _not_ultrasound_detail),
    Rule("biopsy_procedure_image", "first non-empty of PPS/Study/Requested description names a procedure "
         "(curation.procedure_text; decided on the original text: dicom_index.biopsy_procedure)",
         _biopsy, lambda df: _deciding(df).astype("string").str.slice(0, 80)),
    Rule("missing_procedure_metadata", "all three procedure descriptions empty", _missing_procedure),
)


# ----------------------------------------------------------------------------------------------
# Exam rules (on kept images), in REASON_CODES order
# ----------------------------------------------------------------------------------------------
def _exam_key(df: pd.DataFrame) -> pd.Series:
    return df["exam_uid"].astype("string").fillna("file:" + df["file_relpath"].astype("string"))


EXAM_RULES: tuple[Rule, ...] = (
    Rule("multiple_patient_ids", "> 1 distinct patient_uid among the exam's kept images",
         lambda g: g.groupby("_exam")["patient_uid"].transform("nunique") > 1,
         lambda g: "n_patients=" + g.groupby("_exam")["patient_uid"].transform("nunique").astype("string")),
    Rule("multiple_study_dates", "> 1 distinct StudyDate among the exam's kept images",
         lambda g: g.groupby("_exam")["study_date"].transform(lambda s: s.nunique(dropna=False)) > 1,
         lambda g: "n_dates=" + g.groupby("_exam")["study_date"]
         .transform(lambda s: s.nunique(dropna=False)).astype("string")),
    Rule("extreme_image_count", f"kept images per exam < {MIN_IMAGES_PER_EXAM} or > {MAX_IMAGES_PER_EXAM}",
         lambda g: ~g.groupby("_exam")["image_uid"].transform("size").between(MIN_IMAGES_PER_EXAM,
                                                                            MAX_IMAGES_PER_EXAM),
         lambda g: "n_images=" + g.groupby("_exam")["image_uid"].transform("size").astype("string")),
    Rule("missing_laterality", "any kept image of the exam without laterality L/R",
         lambda g: g.assign(_m=g["laterality"].isna()).groupby("_exam")["_m"].transform("any").astype(bool),
         lambda g: "n_missing=" + g.assign(_m=g["laterality"].isna()).groupby("_exam")["_m"]
         .transform("sum").astype("string")),
)


def _check_order() -> None:
    codes = [r.code for r in FILE_RULES] + [r.code for r in EXAM_RULES]
    if [ORDER[c] for c in codes] != sorted(ORDER[c] for c in codes):
        raise AssertionError("rules are not in REASON_CODES order")


_check_order()


# ----------------------------------------------------------------------------------------------
# Application
# ----------------------------------------------------------------------------------------------
def _exclusion_rows(df: pd.DataFrame, code: str, detail: pd.Series | None, image_uid: bool = False) -> pd.DataFrame:
    return pd.DataFrame({
        "file_relpath": df["file_relpath"].astype("string"),
        "image_uid": df["image_uid"].astype("string") if image_uid else pd.Series(pd.NA, index=df.index,
                                                                                   dtype="string"),
        "patient_uid": df["patient_uid"].astype("string"),
        "exam_uid": df["exam_uid"].astype("string"),
        "stage": str(BY_CODE[code].stage),
        "reason": code,
        "detail": (detail.astype("string") if detail is not None
                   else pd.Series(pd.NA, index=df.index, dtype="string")),
    })


def exclusions_table(frames: list[pd.DataFrame]) -> pa.Table:
    """Concatenate exclusion frames into an Arrow table with ``EXCLUSIONS_SCHEMA``."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return EXCLUSIONS_SCHEMA.empty_table()
    df = pd.concat(frames, ignore_index=True)
    df = df.astype({c: "object" for c in df.columns}).where(df.notna(), None)
    return pa.Table.from_pandas(df[EXCLUSIONS_SCHEMA.names], schema=EXCLUSIONS_SCHEMA, preserve_index=False)


@dataclass(frozen=True)
class FilterResult:
    kept: pd.DataFrame  # the index rows that pass every header rule
    exclusions: pa.Table


INDEX_CODES = tuple(r.code for r in REASON_CODES if r.stage == Stage.INDEX)


def apply_file_filters(index: pd.DataFrame, rules: tuple[Rule, ...] = FILE_RULES,
                       defer_duplicates: bool = False) -> FilterResult:
    """Index errors, then every header rule in order, each on what the previous ones kept.

    ``defer_duplicates``: skip the duplicate rule here; the caller applies it after preprocessing
    with :func:`duplicate_candidates` and :func:`apply_duplicate_rule` (the build does).
    """
    frames: list[pd.DataFrame] = []
    err = index["error"].notna()
    for code in INDEX_CODES:
        hit = index[err & (index["error"] == code)]
        frames.append(_exclusion_rows(hit, code, None))
    other = index[err & ~index["error"].isin(INDEX_CODES)]
    if len(other):
        raise ValueError(f"unknown index error codes: {sorted(other['error'].unique())}")
    kept = index[~err]
    for rule in rules:
        if kept.empty:
            break
        if defer_duplicates and rule.code == "duplicate_image":
            continue
        fires = rule.fires(kept).reindex(kept.index).fillna(False).astype(bool)
        hit = kept[fires]
        if len(hit):
            frames.append(_exclusion_rows(hit, rule.code, _detail(rule, kept, hit)))
        kept = kept[~fires]
    return FilterResult(kept.reset_index(drop=True), exclusions_table(frames))


def _detail(rule: Rule, seen: pd.DataFrame, hit: pd.DataFrame) -> pd.Series | None:
    if rule.detail is None:
        return None
    return rule.detail(seen).reindex(hit.index) if rule.detail_on_kept else rule.detail(hit)


DUPLICATE_COLUMNS = ("file_relpath", "source_order", "sop_uid", "pixel_hash", "patient_uid", "exam_uid")


def duplicate_candidates(kept: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``kept`` that share a SOPInstanceUID or a pixel hash with another: the input of
    :func:`apply_duplicate_rule` (columns :data:`DUPLICATE_COLUMNS` that ``kept`` has)."""
    return kept.loc[_shares_a_copy(kept), [c for c in DUPLICATE_COLUMNS if c in kept.columns]].reset_index(drop=True)


def apply_duplicate_rule(candidates: pd.DataFrame, decoded: set[str]) -> pd.DataFrame:
    """``duplicate_image`` exclusion rows over the candidates, preferring copies that decode.

    ``decoded``: the ``file_relpath`` of every file that yielded at least one image at
    preprocessing. In each group of copies the first that decodes is kept (by path order among
    those that decode); a copy that does not decode is never kept before one that does.
    """
    if candidates.empty:
        return _exclusion_rows(candidates.assign(image_uid=None), "duplicate_image", None).iloc[:0]
    ranked = candidates.assign(_decode_rank=(~candidates["file_relpath"].isin(decoded)).astype(int))
    rule = next(r for r in FILE_RULES if r.code == "duplicate_image")
    fires = rule.fires(ranked).fillna(False).astype(bool)
    return _exclusion_rows(ranked[fires], rule.code, _detail(rule, ranked, ranked[fires]))


def apply_exam_rules(images: pd.DataFrame, rules: tuple[Rule, ...] = EXAM_RULES) -> tuple[pd.DataFrame, pa.Table]:
    """Exam rules in order on the kept images; returns ``(kept images, exclusions)``.

    An excluded exam contributes one exclusion row per file (a dual-view file is one row).
    """
    frames: list[pd.DataFrame] = []
    kept = images.assign(_exam=_exam_key(images))
    for rule in rules:
        if kept.empty:
            break
        fires = rule.fires(kept).reindex(kept.index).fillna(False).astype(bool)
        hit = kept[fires]
        if len(hit):
            detail = rule.detail(hit.assign()) if rule.detail else None
            rows = _exclusion_rows(hit, rule.code, detail)
            frames.append(rows.drop_duplicates("file_relpath"))
        kept = kept[~fires]
    return kept.drop(columns="_exam").reset_index(drop=True), exclusions_table(frames)


def rule_table() -> list[tuple[int, str, str, str]]:
    """``(order, stage, code, threshold)`` of every rule, for docs and the CLI."""
    rows = [(ORDER[r.code] + 1, str(r.stage), r.code, r.threshold) for r in FILE_RULES + EXAM_RULES]
    rows += [(ORDER[code] + 1, "index", code, BY_CODE[code].description) for code in INDEX_CODES]
    rows += [(ORDER["undecodable_pixels"] + 1, "preprocess", "undecodable_pixels", "pixel decode fails"),
             (ORDER["mostly_zero_pixels"] + 1, "preprocess", "mostly_zero_pixels",
              "> 80% of the full frame's pixels have all channels 0")]
    return sorted(rows)
