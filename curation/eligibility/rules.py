"""Test-set follow-up filters (paper: "Additional filtering of the test set", Fig. A.3).

Every exam x breast of the **test split** gets one eligibility code of
:data:`curation.reason_codes.ELIGIBILITY_CODES` (its status -- included / excluded /
manual_review -- and branch come with the code). Train and validation rows are not filtered
(the paper keeps studies failing these filters in training). The full decision tree, and
every choice the paper leaves open, is in ``docs/test_set_filters.md``; in short, checked in
this order:

0. the breast's label needs review (``breast_labels.label_state == "needs_review"``)
   -> ``label_needs_review`` (manual review: every rule below reads the labels, so an unsettled
   label is never silently decided as benign / malignant / negative; once a reviewer's label
   decision settles it, the breast is confident and the rules below decide it);
1. not biopsied (neither label) and the exam's own BI-RADS for the breast (radiology row with
   the same ``exam_uid`` and laterality; several rows -> the most suspicious) is missing
   -> ``missing_birads`` (the benign branch never uses the BI-RADS, the malignant one reviews it);
2. malignant label -> malignant branch: BI-RADS 1-2 -> ``malignant_birads_1_2``; no US-guided
   biopsy of the breast in the -30/+120 day window -> ``malignant_review_us_guidance_outside_window``
   when a malignant US-guided biopsy of the breast lies outside the window, else
   ``malignant_no_us_guided_biopsy``; US plus stereotactic/MRI guided biopsies
   -> ``malignant_review_multimodal_guidance``; US plus an unguided (palpation) biopsy
   -> ``malignant_review_unguided_biopsy``; BI-RADS unknown / 0/3/6 -> reviewed; else
   (BI-RADS 4, 4A-C, 5, all biopsies US-guided) -> ``malignant_visible_presumed``. A breast both
   benign and malignant is malignant;
3. benign label -> benign branch: a discordant pathology of the breast in the window followed,
   strictly later and at most 6 months after, by malignant pathology of the breast
   -> ``benign_discordant_malignant_resolution`` (excluded: not a negative); else every
   discordant report must be so followed by a non-discordant biopsy or a surgery
   -> ``benign_discordant_resolved`` / ``..._unresolved``; no discordant report
   -> ``benign_concordant``;
4. not biopsied (neither label), BI-RADS 1-2 (Fig. A.3a): malignant pathology of the breast 0-15
   months after -> ``negative_malignancy_within_15mo``; otherwise the first non-empty follow-up
   tier of that breast among US 6-15, MG 6-15, DBT 6-15, US 15-24, MG 15-24, DBT 15-24 months
   decides: all its exams BI-RADS 1-2 -> ``negative_followup_confirmed``, else
   ``negative_followup_not_negative``; no tier -> ``negative_no_followup``;
5. not biopsied, BI-RADS 3 (Fig. A.3b): malignancy 0-15 months -> ``birads3_malignancy_within_15mo``;
   (at least one follow-up US 4-36 months and all BI-RADS 1-2) or (a follow-up US 24-36 months
   with BI-RADS 1-3) -> ``birads3_followup_confirmed``; else ``birads3_no_confirming_followup``;
6. not biopsied, BI-RADS 0/4/4A-C/5/6 -> ``nonbiopsied_unverifiable_birads``.

Months are calendar months with inclusive bounds and month-end clipping: a date ``d`` is
"``a`` to ``b`` months after ``e``" iff ``e + a months <= d <= e + b months``
(``dateutil.relativedelta``; see :mod:`curation.months`).

Implementation: every rule is a merge of the candidate breasts with the patient's reports on
``(patient_uid, laterality)`` followed by a vectorised date-window mask and a group-by on the
breast row -- no Python loop per exam -- so the paper's ~90k test breasts take seconds. The
join key includes the laterality, so the other breast's (or another patient's) reports never
count.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from core.tables import frame_to_table as frame_to_arrow
from curation.eligibility.inputs import (
    BIOPSY_PROCEDURES,
    SURGERY_PROCEDURES,
    normalise_breast_exams,
    normalise_breast_labels,
    normalise_pathology,
    normalise_radiology,
)
from curation.months import within_months
from curation.reason_codes import ELIGIBILITY_BY_CODE, RULE_STATUSES

# Windows of the paper, in calendar months (inclusive bounds).
MALIGNANCY_WINDOW = (0, 15)
NEGATIVE_FOLLOWUP_TIERS: tuple[tuple[str, int, int], ...] = (
    ("US", 6, 15), ("MG", 6, 15), ("DBT", 6, 15),
    ("US", 15, 24), ("MG", 15, 24), ("DBT", 15, 24),
)
BIRADS3_US_WINDOW = (4, 36)
BIRADS3_LATE_US_WINDOW = (24, 36)
DISCORDANT_RESOLUTION_MONTHS = 6

BIRADS_NEGATIVE = ("1", "2")
BIRADS_PROBABLY_BENIGN = ("3",)
BIRADS_SUSPICIOUS = ("4", "4A", "4B", "4C", "5")
BIRADS_REVIEW = ("0", "3", "6")
# Most suspicious last: resolves an exam x breast that has several radiology rows.
# 0 ("incomplete, needs additional imaging") ranks above 3 and below 4: it is neither
# reassuring nor suspicious, and ranking it high keeps a conflicting 1/0 pair out of the
# negative branches.
BIRADS_SEVERITY = ("1", "2", "3", "0", "4", "4A", "4B", "4C", "5", "6")
IMAGE_GUIDANCE = ("us", "stereotactic", "mri")
GUIDANCE_FLAGS = ("has_us_guidance", "has_other_guidance", "has_unguided_biopsy")

STATUSES = RULE_STATUSES  # what the rules give; a reviewer adds review_included / review_excluded

TEST_ELIGIBILITY_SCHEMA = pa.schema([
    ("exam_uid", pa.string()), ("patient_uid", pa.string()), ("laterality", pa.string()),
    ("status", pa.string()), ("reason", pa.string()), ("branch", pa.string()),
])
MANUAL_REVIEW_SCHEMA = pa.schema([
    *TEST_ELIGIBILITY_SCHEMA,
    ("exam_date", pa.date32()), ("birads", pa.string()), ("benign", pa.bool_()),
    ("malignant", pa.bool_()), ("guidance", pa.string()), ("n_reports", pa.int32()),
    ("report_uids", pa.list_(pa.string())),
])


@dataclass(frozen=True)
class EligibilityResult:
    """Outputs of :func:`apply_test_set_filters`.

    Attributes:
        test_eligibility: one row per test-split exam x breast: ``exam_uid, patient_uid,
            laterality, status, reason, branch``.
        manual_review: the ``manual_review`` rows plus context for the reviewer: ``exam_date,
            birads`` (the exam's own, for that breast), ``benign, malignant`` (labels),
            ``guidance`` (comma-joined image guidances of the breast's biopsies in the
            -30/+120 day window), ``n_reports`` and ``report_uids`` (that pathology).
        details: ``test_eligibility`` plus the intermediate facts each decision used
            (``exam_date, birads, guidance, has_us_guidance, has_other_guidance,
            has_unguided_biopsy, malignant_us_biopsy_outside_window, malignant_within_15mo,
            followup_tier``) -- an audit trail and what the funnel
            plot breaks down by follow-up tier.
    """

    test_eligibility: pd.DataFrame
    manual_review: pd.DataFrame
    details: pd.DataFrame

    def to_arrow(self) -> dict[str, pa.Table]:
        """The two curated tables with their explicit schemas (for ``write_table_atomic``)."""
        return {
            "test_eligibility": frame_to_arrow(self.test_eligibility, TEST_ELIGIBILITY_SCHEMA),
            "manual_review": frame_to_arrow(self.manual_review, MANUAL_REVIEW_SCHEMA),
        }


def exam_birads(breasts: pd.DataFrame, radiology: pd.DataFrame) -> pd.Series:
    """The exam's own BI-RADS per breast row (index-aligned with ``breasts``).

    Taken from the radiology rows with the breast's ``exam_uid`` and laterality; when several
    reports disagree the most suspicious value of :data:`BIRADS_SEVERITY` wins; missing when no
    row has a value.
    """
    own = radiology.loc[radiology["birads"].notna(), ["exam_uid", "laterality", "birads"]]
    rank = own["birads"].map({b: i for i, b in enumerate(BIRADS_SEVERITY)}).astype("int64")
    own = own.assign(rank=rank).sort_values("rank").drop_duplicates(["exam_uid", "laterality"], keep="last")
    merged = breasts[["exam_uid", "laterality"]].merge(
        own[["exam_uid", "laterality", "birads"]], on=["exam_uid", "laterality"], how="left", validate="many_to_one"
    )
    return pd.Series(merged["birads"].to_numpy(), index=breasts.index, dtype="string")


def _window_pathology(base: pd.DataFrame, pathology: pd.DataFrame) -> pd.DataFrame:
    """The breast's pathology reports of the label window: ``breast_labels.report_uids``
    joined to ``pathology`` on report, patient **and laterality** (a report listed for the exam
    that only covers the other breast does not count for this one)."""
    ex = base[["row", "patient_uid", "laterality", "report_uids"]].explode("report_uids")
    ex = ex.dropna(subset=["report_uids"]).rename(columns={"report_uids": "report_uid"})
    ex["report_uid"] = ex["report_uid"].astype("string")
    return ex.drop_duplicates(["row", "report_uid"]).merge(
        pathology, on=["report_uid", "patient_uid", "laterality"], how="inner"
    )


def _guidance_facts(window: pd.DataFrame, index: pd.Index) -> pd.DataFrame:
    """Guidance of the breast's window **biopsies** (surgeries are ignored): US, stereotactic/MRI,
    and unguided (``none``: palpation); ``guidance`` names the image guidances only."""
    biopsies = window.loc[window["procedure"].isin(BIOPSY_PROCEDURES), ["row", "guidance"]]
    flags = biopsies.assign(
        has_us_guidance=biopsies["guidance"] == "us",
        has_other_guidance=biopsies["guidance"].isin(["stereotactic", "mri"]),
        has_unguided_biopsy=biopsies["guidance"] == "none",
    ).groupby("row")[list(GUIDANCE_FLAGS)].any()
    g = biopsies.loc[biopsies["guidance"].isin(IMAGE_GUIDANCE)]
    names = g.drop_duplicates().sort_values(["row", "guidance"]).groupby("row")["guidance"].agg(",".join)
    out = pd.DataFrame(index=index)
    for flag in GUIDANCE_FLAGS:
        out[flag] = flags[flag].reindex(index, fill_value=False).astype(bool)
    out["guidance"] = names.reindex(index).fillna("").astype("string")
    return out


def _malignant_us_biopsy_outside_window(base: pd.DataFrame, pathology: pd.DataFrame) -> pd.Series:
    """Per row: a malignant US-guided biopsy of the same patient and breast that is **not** one of
    the breast's window reports (any date). It makes the paper's patient-level reading ("patients
    ... who did not have any breast pathology obtained using US-guided biopsy") disagree with the
    figure's window reading, so such a breast is reviewed rather than excluded."""
    us = pathology.loc[pathology["procedure"].isin(BIOPSY_PROCEDURES) & (pathology["guidance"] == "us")
                       & pathology["malignant"], ["patient_uid", "laterality", "report_uid"]]
    pairs = base[["row", "patient_uid", "laterality", "report_uids"]].merge(us, on=["patient_uid", "laterality"])
    outside = [rid not in set(window) for rid, window in zip(pairs["report_uid"], pairs["report_uids"])]
    rows = pairs.loc[outside, "row"].unique()
    return pd.Series(True, index=pd.Index(rows, name="row"), dtype=bool).reindex(base.index, fill_value=False)


def _malignant_within(cand: pd.DataFrame, pathology: pd.DataFrame, window: tuple[int, int]) -> pd.Series:
    """Per candidate row: malignant pathology of the same breast ``window`` months after the exam."""
    malignant = pathology.loc[pathology["malignant"], ["patient_uid", "laterality", "specimen_date"]]
    pairs = cand[["row", "patient_uid", "laterality", "exam_date"]].merge(
        malignant, on=["patient_uid", "laterality"], how="inner"
    )
    hit = within_months(pairs["exam_date"], pairs["specimen_date"], *window)
    return pd.Series(True, index=pd.Index(pairs.loc[hit, "row"].unique(), name="row"), dtype=bool)


def _followup_pairs(cand: pd.DataFrame, radiology: pd.DataFrame) -> pd.DataFrame:
    """Candidate breasts x imaging reports of the same patient and breast (not the exam itself)
    that assess the breast: a report row without BI-RADS for the breast (``resolve_radiology_birads``
    emits both sides of every report, null for a side the report does not assess) is not a
    follow-up of that breast."""
    assessed = radiology.loc[radiology["birads"].notna()]
    fu = assessed[["patient_uid", "laterality", "exam_uid", "exam_date", "modality", "birads"]].rename(
        columns={"exam_uid": "fu_exam_uid", "exam_date": "fu_date", "birads": "fu_birads"}
    )
    pairs = cand[["row", "patient_uid", "laterality", "exam_uid", "exam_date"]].merge(
        fu, on=["patient_uid", "laterality"], how="inner"
    )
    pairs = pairs.loc[pairs["fu_exam_uid"] != pairs["exam_uid"]].reset_index(drop=True)
    return pairs


def _negative_followup(pairs: pd.DataFrame) -> pd.DataFrame:
    """Fig. A.3a: per row, the first non-empty follow-up tier and whether all its exams are BI-RADS 1-2.

    """
    tier = pd.Series(np.nan, index=pairs.index)
    for i, (modality, lo, hi) in reversed(list(enumerate(NEGATIVE_FOLLOWUP_TIERS))):
        hit = (pairs["modality"] == modality).fillna(False).to_numpy() & within_months(
            pairs["exam_date"], pairs["fu_date"], lo, hi).to_numpy()
        tier[hit] = i  # reversed loop: the earliest matching tier is written last
    p = pairs.assign(tier=tier).dropna(subset=["tier"])
    first = p.groupby("row")["tier"].transform("min")
    deciding = p.loc[p["tier"] == first]
    ok = deciding.assign(ok=deciding["fu_birads"].isin(BIRADS_NEGATIVE).fillna(False).astype(bool))
    return ok.groupby("row").agg(followup_tier=("tier", "first"), followup_negative=("ok", "all"))


def _birads3_followup(pairs: pd.DataFrame) -> pd.Series:
    """Fig. A.3b: per row, whether the follow-up US confirms the BI-RADS 3 exam."""
    us = pairs.loc[(pairs["modality"] == "US").fillna(False)]
    us = us.loc[within_months(us["exam_date"], us["fu_date"], *BIRADS3_US_WINDOW)]
    late = within_months(us["exam_date"], us["fu_date"], *BIRADS3_LATE_US_WINDOW)
    facts = us.assign(
        neg=us["fu_birads"].isin(BIRADS_NEGATIVE).fillna(False).astype(bool),
        late_ok=late & us["fu_birads"].isin(BIRADS_NEGATIVE + BIRADS_PROBABLY_BENIGN).fillna(False).astype(bool),
    ).groupby("row").agg(all_neg=("neg", "all"), late_ok=("late_ok", "any"))
    return facts["all_neg"] | facts["late_ok"]


def _discordance(base: pd.DataFrame, window: pd.DataFrame, pathology: pd.DataFrame) -> pd.DataFrame:
    """Per row with a discordant report in the window: whether a malignancy of the same breast
    followed one of them (strictly later, within 6 months: the discordance resolved as cancer), and
    whether every one is resolved by a strictly later non-discordant biopsy or a surgery of the same
    breast within 6 months."""
    disc = window.loc[window["concordance"] == "discordant",
                      ["row", "patient_uid", "laterality", "report_uid", "specimen_date"]]
    later = pathology[["patient_uid", "laterality", "report_uid", "specimen_date", "procedure", "concordance",
                       "malignant"]].rename(
        columns={"report_uid": "report_uid_next", "specimen_date": "specimen_date_next",
                 "procedure": "procedure_next", "concordance": "concordance_next", "malignant": "malignant_next"})
    pairs = disc.merge(later, on=["patient_uid", "laterality"], how="inner")
    pairs = pairs.reset_index(drop=True)
    follows = (
        (pairs["report_uid_next"] != pairs["report_uid"])
        & (pairs["specimen_date_next"] > pairs["specimen_date"])
        & within_months(pairs["specimen_date"], pairs["specimen_date_next"], 0, DISCORDANT_RESOLUTION_MONTHS)
    ).fillna(False).astype(bool)
    resolves = follows & (
        pairs["procedure_next"].isin(SURGERY_PROCEDURES)
        | (pairs["procedure_next"].isin(BIOPSY_PROCEDURES) & (pairs["concordance_next"] != "discordant"))
    ).fillna(False).astype(bool)
    malignant_after = follows & pairs["malignant_next"].fillna(False).astype(bool)
    per_report = pairs.assign(resolves=resolves, malignant_after=malignant_after).groupby(
        ["row", "report_uid"])[["resolves", "malignant_after"]].any()
    per_report = per_report.reindex(pd.MultiIndex.from_frame(disc[["row", "report_uid"]].drop_duplicates()),
                                    fill_value=False)
    per_row = per_report.groupby(level="row").agg({"resolves": "all", "malignant_after": "any"})
    return per_row.rename(columns={"resolves": "discordant_resolved", "malignant_after": "discordant_malignant"})


def apply_test_set_filters(
    breast_exams: pd.DataFrame,
    breast_labels: pd.DataFrame,
    pathology: pd.DataFrame,
    radiology: pd.DataFrame,
) -> EligibilityResult:
    """Apply the paper's test-set filters (Fig. A.3) to the test split.

    Args:
        breast_exams: ``exam_uid, patient_uid, laterality, exam_date, split``; one row per
            exam x breast with images. Only ``split == "test"`` rows are filtered and returned.
        breast_labels: ``exam_uid, laterality, benign, malignant, report_uids`` (the NLP labels;
            ``report_uids`` = pathology reports dated -30..+120 days around the exam), and
            optionally ``label_state`` (``needs_review`` -> ``label_needs_review``; absent ->
            confident). A breast without a labels row is treated as not biopsied.
        pathology: one row per report x breast: ``report_uid, patient_uid, laterality,
            specimen_date, procedure, guidance, concordance, malignant, benign`` (see
            :func:`curation.eligibility.inputs.pathology_from_findings`).
        radiology: one row per imaging report x breast: ``patient_uid, exam_uid, report_uid,
            exam_date, modality (US/MG/DBT), laterality, birads``.

    Returns:
        :class:`EligibilityResult` (``test_eligibility``, ``manual_review``, ``details``), rows
        in the order of ``breast_exams``.

    Raises:
        EligibilityInputError: a malformed input (missing column, unknown code, bad date...).
    """
    exams = normalise_breast_exams(breast_exams)
    labels = normalise_breast_labels(breast_labels)
    path = normalise_pathology(pathology)
    rad = normalise_radiology(radiology)

    base = exams.loc[exams["split"] == "test"].merge(
        labels, on=["exam_uid", "laterality"], how="left", validate="one_to_one"
    )
    base["benign"] = base["benign"].fillna(False).astype(bool)
    base["malignant"] = base["malignant"].fillna(False).astype(bool)
    base["label_state"] = base["label_state"].fillna("confident")
    base["report_uids"] = [v if isinstance(v, list) else [] for v in base["report_uids"]]
    base = base.reset_index(drop=True)
    base["row"] = base.index
    base["birads"] = exam_birads(base, rad)

    window = _window_pathology(base, path)
    base = base.join(_guidance_facts(window, base.index))
    base["malignant_us_biopsy_outside_window"] = _malignant_us_biopsy_outside_window(base, path)
    base["n_reports"] = window.groupby("row")["report_uid"].nunique().reindex(base.index, fill_value=0)

    birads = base["birads"]
    missing = birads.isna().to_numpy()
    neg12 = birads.isin(BIRADS_NEGATIVE).fillna(False).to_numpy()
    b3 = birads.isin(BIRADS_PROBABLY_BENIGN).fillna(False).to_numpy()
    review_birads = birads.isin(BIRADS_REVIEW).fillna(False).to_numpy()
    malignant = base["malignant"].to_numpy()
    benign = base["benign"].to_numpy() & ~malignant
    nonbiopsied = ~base["malignant"].to_numpy() & ~base["benign"].to_numpy()
    unsettled = (base["label_state"] == "needs_review").to_numpy()

    # Non-biopsied BI-RADS 1-2 and 3: malignancy 0-15 months, then follow-up imaging.
    cand = base.loc[~missing & nonbiopsied & (neg12 | b3)]
    malig15 = _malignant_within(cand, path, MALIGNANCY_WINDOW).reindex(base.index, fill_value=False).to_numpy()
    pairs = _followup_pairs(cand, rad)
    neg_fu = _negative_followup(pairs.loc[pairs["row"].isin(base.index[neg12])])
    has_tier = neg_fu["followup_negative"].reindex(base.index).notna().to_numpy()
    tier_negative = neg_fu["followup_negative"].reindex(base.index, fill_value=False).astype(bool).to_numpy()
    b3_ok = _birads3_followup(pairs.loc[pairs["row"].isin(base.index[b3])]).reindex(
        base.index, fill_value=False).astype(bool).to_numpy()

    # Benign: discordant biopsies must be resolved.
    benign_rows = base.index[benign]
    disc = _discordance(base, window.loc[window["row"].isin(benign_rows)], path)
    has_disc = disc["discordant_resolved"].reindex(base.index).notna().to_numpy()
    disc_resolved = disc["discordant_resolved"].reindex(base.index, fill_value=False).astype(bool).to_numpy()
    disc_malignant = disc["discordant_malignant"].reindex(base.index, fill_value=False).astype(bool).to_numpy()

    has_us = base["has_us_guidance"].to_numpy()
    has_other = base["has_other_guidance"].to_numpy()
    has_unguided = base["has_unguided_biopsy"].to_numpy()
    us_outside = base["malignant_us_biopsy_outside_window"].to_numpy()

    rules: list[tuple[np.ndarray, str]] = [
        # every rule below reads the labels: an unsettled one waits for the label_review queue
        (unsettled, "label_needs_review"),
        # only a breast without pathology labels needs its BI-RADS to enter a branch
        (missing & nonbiopsied, "missing_birads"),
        # malignant branch (a breast both benign and malignant lands here)
        (malignant & neg12, "malignant_birads_1_2"),
        (malignant & ~has_us & us_outside, "malignant_review_us_guidance_outside_window"),
        (malignant & ~has_us, "malignant_no_us_guided_biopsy"),
        (malignant & has_us & has_other, "malignant_review_multimodal_guidance"),
        (malignant & has_us & has_unguided, "malignant_review_unguided_biopsy"),
        (malignant & missing, "malignant_review_birads_unknown"),
        (malignant & review_birads, "malignant_review_birads_0_3_6"),
        (malignant, "malignant_visible_presumed"),
        # benign branch (the paper's benign rule never uses the BI-RADS)
        (benign & has_disc & disc_malignant, "benign_discordant_malignant_resolution"),
        (benign & has_disc & disc_resolved, "benign_discordant_resolved"),
        (benign & has_disc, "benign_discordant_unresolved"),
        (benign, "benign_concordant"),
        # non-biopsied BI-RADS 1-2 (Fig. A.3a)
        (nonbiopsied & neg12 & malig15, "negative_malignancy_within_15mo"),
        (nonbiopsied & neg12 & has_tier & tier_negative, "negative_followup_confirmed"),
        (nonbiopsied & neg12 & has_tier, "negative_followup_not_negative"),
        (nonbiopsied & neg12, "negative_no_followup"),
        # non-biopsied BI-RADS 3 (Fig. A.3b)
        (nonbiopsied & b3 & malig15, "birads3_malignancy_within_15mo"),
        (nonbiopsied & b3 & b3_ok, "birads3_followup_confirmed"),
        (nonbiopsied & b3, "birads3_no_confirming_followup"),
        # non-biopsied BI-RADS 0, 4, 4A-C, 5, 6
        (nonbiopsied, "nonbiopsied_unverifiable_birads"),
    ]
    reason = np.select([c for c, _ in rules], [code for _, code in rules], default="")
    if (reason == "").any():  # the rules are exhaustive; this guards future edits
        raise AssertionError("test-set rules left a breast without a code")
    codes = [ELIGIBILITY_BY_CODE[r] for r in reason]
    base["reason"] = pd.Series(reason, index=base.index, dtype="string")
    base["status"] = pd.Series([c.status for c in codes], index=base.index, dtype="string")
    base["branch"] = pd.Series([c.branch for c in codes], index=base.index, dtype="string")
    base["malignant_within_15mo"] = malig15
    tiers = neg_fu["followup_tier"].reindex(base.index)
    base["followup_tier"] = pd.Series(
        [None if pd.isna(t) else "{} {}-{}mo".format(*NEGATIVE_FOLLOWUP_TIERS[int(t)]) for t in tiers],
        index=base.index, dtype="string",
    )

    cols = ["exam_uid", "patient_uid", "laterality", "status", "reason", "branch"]
    eligibility = base[cols].reset_index(drop=True)
    review_cols = cols + ["exam_date", "birads", "benign", "malignant", "guidance", "n_reports", "report_uids"]
    manual = base.loc[base["status"] == "manual_review", review_cols].reset_index(drop=True)
    manual["n_reports"] = manual["n_reports"].astype("int32")
    detail_cols = cols + ["exam_date", "birads", "benign", "malignant", "guidance", *GUIDANCE_FLAGS,
                          "malignant_us_biopsy_outside_window", "malignant_within_15mo", "followup_tier"]
    details = base[detail_cols].reset_index(drop=True)
    return EligibilityResult(test_eligibility=eligibility, manual_review=manual, details=details)
