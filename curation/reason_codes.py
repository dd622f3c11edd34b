"""Stable reason codes for every exclusion, in the order the pipeline applies them.

One place documents every code. A curated table never carries a free-text reason: it carries
one of these codes (and, optionally, a ``detail`` string with the value that tripped the rule).
The order follows the paper's Methods ("Filtering of the dataset"); a file or exam is
attributed to the *first* rule that excludes it, so per-rule counts add up to the total.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Stage(StrEnum):
    INDEX = "index"
    FILTER = "filter"
    PREPROCESS = "preprocess"
    EXAM = "exam"


@dataclass(frozen=True)
class ReasonCode:
    code: str
    stage: Stage
    level: str  # "file", "image" or "exam": what a single exclusion row removes
    description: str


# Order matters: it is the order of application and of the funnel.
REASON_CODES: tuple[ReasonCode, ...] = (
    ReasonCode("not_dicom", Stage.INDEX, "file", "File is not DICOM (no DICM preamble and no parseable dataset)."),
    ReasonCode("unreadable_dicom", Stage.INDEX, "file", "DICOM header cannot be parsed (truncated or corrupt file)."),
    ReasonCode("header_too_large", Stage.INDEX, "file",
               "The DICOM header does not end within the first 4 MB (128 kB without a DICM preamble), or a deflated "
               "file is over 64 MB: not read further (a huge or sparse file costs one bounded read)."),
    ReasonCode("dangling_symlink", Stage.INDEX, "file",
               "A symbolic link whose target does not exist (or a cycle of file links): nothing to read."),
    ReasonCode("symlink_loop", Stage.INDEX, "file",
               "A link to a folder that is walked anyway (inside dicom/, an ancestor, or a folder another link "
               "already led to): its files are indexed once, under their first path."),
    ReasonCode("unreadable_folder", Stage.INDEX, "file",
               "A folder that cannot be listed (permission denied): its files cannot be accounted for one by one."),
    ReasonCode("special_file", Stage.INDEX, "file", "A FIFO, socket or device file: never opened (it could block)."),
    ReasonCode("invalid_patient_id", Stage.FILTER, "file",
               "PatientID missing, empty, a placeholder (UNKNOWN, ANONYMOUS, ...) or malformed."),
    ReasonCode("exam_before_2012", Stage.FILTER, "file", "StudyDate missing or before 2012-01-01."),
    ReasonCode("patient_under_16", Stage.FILTER, "file", "Patient younger than 16 years at the study date."),
    ReasonCode("duplicate_image", Stage.FILTER, "file",
               "Same SOPInstanceUID or same pixel data as a kept file that decodes and whose relative path sorts "
               "first (a copy that decodes is kept before a damaged twin, whatever the order)."),
    ReasonCode("non_female_patient", Stage.FILTER, "file", "PatientSex is not 'F' (M, O or missing)."),
    ReasonCode("not_ultrasound", Stage.FILTER, "file",
               "Modality/SOP class is not US, or ImageType marks a page that is not an acquired image: a "
               "SECONDARY image (DERIVED\\SECONDARY report and demographics screenshots, of any SOP class) "
               "or a report/worksheet/screen-save token."),
    ReasonCode("biopsy_procedure_image", Stage.FILTER, "file",
               "Image taken during a biopsy: decided by the first non-empty of PerformedProcedureStepDescription, "
               "StudyDescription, RequestedProcedureDescription."),
    ReasonCode("missing_procedure_metadata", Stage.FILTER, "file",
               "All three procedure descriptions are empty."),
    ReasonCode("undecodable_pixels", Stage.PREPROCESS, "file", "Header reads but pixel data cannot be decoded."),
    ReasonCode("mostly_zero_pixels", Stage.PREPROCESS, "image", "More than 80% of the image's pixels are zero."),
    ReasonCode("multiple_patient_ids", Stage.EXAM, "exam", "The exam (accession) holds images of several PatientIDs."),
    ReasonCode("multiple_study_dates", Stage.EXAM, "exam", "The exam (accession) holds images of several StudyDates."),
    ReasonCode("extreme_image_count", Stage.EXAM, "exam",
               "The exam has fewer than 4 or more than 70 kept images (the paper's final range is 4-70)."),
    ReasonCode("missing_laterality", Stage.EXAM, "exam", "At least one kept image of the exam has no laterality."),
)

BY_CODE: dict[str, ReasonCode] = {r.code: r for r in REASON_CODES}
ORDER: dict[str, int] = {r.code: i for i, r in enumerate(REASON_CODES)}


def describe(code: str) -> str:
    """Human-readable description of a reason code (raises KeyError for an unknown code)."""
    return BY_CODE[code].description


def markdown_table() -> str:
    """The reason-code table as Markdown (used by the README and the dataset card)."""
    lines = ["| order | code | stage | removes | meaning |", "|---|---|---|---|---|"]
    for i, r in enumerate(REASON_CODES, 1):
        lines.append(f"| {i} | `{r.code}` | {r.stage} | {r.level} | {r.description} |")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Test-set eligibility (paper Fig. A.3), one row per exam x breast of the test split.
# status is one of ELIGIBILITY_STATUSES; reason is one of the codes below. The rules give
# "included", "excluded" or "manual_review"; a reviewer's decision on a queued breast
# (OUT/review/decisions.csv, curation/review_decisions.py) turns "manual_review" into
# "review_included" or "review_excluded" and keeps the reason that queued it.
# ---------------------------------------------------------------------------------------------
RULE_STATUSES: tuple[str, ...] = ("included", "excluded", "manual_review")
REVIEW_STATUSES: tuple[str, ...] = ("review_included", "review_excluded")
ELIGIBILITY_STATUSES: tuple[str, ...] = RULE_STATUSES + REVIEW_STATUSES


@dataclass(frozen=True)
class EligibilityCode:
    code: str
    status: str  # included | excluded | manual_review
    branch: str  # label_review | negative_birads12 | negative_birads3 | nonbiopsied_other | benign | malignant | missing
    description: str


ELIGIBILITY_CODES: tuple[EligibilityCode, ...] = (
    # Non-biopsied BI-RADS 1-2 (Fig. A.3a)
    EligibilityCode("negative_followup_confirmed", "included", "negative_birads12",
                    "No malignant pathology 0-15 months after; the first follow-up imaging exam 6-24 months "
                    "after (US, MG, DBT at 6-15 months, then at 15-24 months) is BI-RADS 1-2."),
    EligibilityCode("negative_malignancy_within_15mo", "excluded", "negative_birads12",
                    "Malignant pathology of this breast 0-15 months after the exam."),
    EligibilityCode("negative_followup_not_negative", "excluded", "negative_birads12",
                    "The deciding follow-up imaging exam 6-24 months after is not BI-RADS 1-2."),
    EligibilityCode("negative_no_followup", "excluded", "negative_birads12",
                    "No follow-up imaging exam of this breast 6-24 months after."),
    # Non-biopsied BI-RADS 3 (Fig. A.3b)
    EligibilityCode("birads3_followup_confirmed", "included", "negative_birads3",
                    "No malignant pathology 0-15 months after, and all follow-up US 4-36 months after are "
                    "BI-RADS 1-2 or at least one follow-up US 24-36 months after is BI-RADS 1-3."),
    EligibilityCode("birads3_malignancy_within_15mo", "excluded", "negative_birads3",
                    "Malignant pathology of this breast 0-15 months after the exam."),
    EligibilityCode("birads3_no_confirming_followup", "excluded", "negative_birads3",
                    "Neither follow-up criterion of the BI-RADS 3 branch holds."),
    # Non-biopsied, other BI-RADS
    EligibilityCode("nonbiopsied_unverifiable_birads", "excluded", "nonbiopsied_other",
                    "Not biopsied in the window and BI-RADS 0, 4, 5 or 6: no negative reference standard."),
    # Biopsy-proven benign (Fig. A.3c)
    EligibilityCode("benign_concordant", "included", "benign",
                    "Biopsy-proven benign, no discordant biopsy in the window."),
    EligibilityCode("benign_discordant_resolved", "included", "benign",
                    "Benign discordant biopsy followed within 6 months by a non-discordant biopsy or surgery."),
    EligibilityCode("benign_discordant_unresolved", "excluded", "benign",
                    "Benign discordant biopsy without a later non-discordant biopsy or surgery within 6 months."),
    EligibilityCode("benign_discordant_malignant_resolution", "excluded", "benign",
                    "Benign discordant biopsy followed within 6 months by malignant pathology of the breast: the "
                    "discordance resolved as cancer, so the breast is no negative (its label window says benign)."),
    # Malignant (Fig. A.3d)
    EligibilityCode("malignant_visible_presumed", "included", "malignant",
                    "Malignant, BI-RADS 4-5, and every biopsy of this breast in the -30/+120 day window is US-guided."),
    EligibilityCode("malignant_birads_1_2", "excluded", "malignant",
                    "Malignant label but the exam is BI-RADS 1-2: the cancer is usually not imaged."),
    EligibilityCode("malignant_no_us_guided_biopsy", "excluded", "malignant",
                    "Malignant, but no US-guided biopsy of this breast (stereotactic/MRI only: sonographically occult)."),
    EligibilityCode("malignant_review_us_guidance_outside_window", "manual_review", "malignant",
                    "Malignant, no US-guided biopsy in the -30/+120 day window, but a malignant US-guided biopsy of "
                    "this breast outside it: queued for manual review."),
    EligibilityCode("malignant_review_birads_0_3_6", "manual_review", "malignant",
                    "Malignant with BI-RADS 0, 3 or 6: queued for manual review of visibility."),
    EligibilityCode("malignant_review_multimodal_guidance", "manual_review", "malignant",
                    "Malignant with US plus stereotactic and/or MRI guided biopsies: queued for manual review."),
    EligibilityCode("malignant_review_unguided_biopsy", "manual_review", "malignant",
                    "Malignant with a US-guided and an unguided (palpation) biopsy: not all biopsies are US-guided, "
                    "queued for manual review."),
    EligibilityCode("malignant_review_birads_unknown", "manual_review", "malignant",
                    "Malignant, US-guided, but the exam has no BI-RADS for this breast: queued for manual review."),
    # Missing data
    EligibilityCode("missing_birads", "excluded", "missing",
                    "Not biopsied (no benign or malignant label) and no BI-RADS for this breast in the exam's "
                    "radiology report (structured or text): no branch of Fig. A.3 can decide it."),
    # Unsettled label: checked before every branch above (they all read the labels)
    EligibilityCode("label_needs_review", "manual_review", "label_review",
                    "The breast's pathology label needs a reviewer (breast_labels.label_state needs_review): queued "
                    "until a label decision settles it (label_review queue); the next build applies the rules to "
                    "the settled label."),
)

ELIGIBILITY_BY_CODE: dict[str, EligibilityCode] = {c.code: c for c in ELIGIBILITY_CODES}


# ---------------------------------------------------------------------------------------------
# Input issues (stage 0, curation/input_check.py): one ``input_issues`` row per problem found in
# a row of the export's CSVs. ``action`` (a column of the table) says what the build did:
# ``row_excluded`` (the row is not used), ``value_ignored`` (one value is treated as empty),
# ``value_decoded`` (bytes that are not UTF-8 were decoded as Windows-1252).
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class InputIssueCode:
    code: str
    actions: tuple[str, ...]  # the actions this code can come with
    description: str


INPUT_ISSUE_CODES: tuple[InputIssueCode, ...] = (
    InputIssueCode("malformed_row", ("row_excluded",),
                   "The row has another number of fields than the header (a broken quote or a stray delimiter)."),
    InputIssueCode("missing_id", ("row_excluded",), "patient_id or report_id is empty."),
    InputIssueCode("duplicate_id", ("row_excluded",),
                   "The same report_id (patient_id in patients.csv) as an earlier row: the first row is used."),
    InputIssueCode("missing_date", ("row_excluded",), "specimen_date / exam_date is empty."),
    InputIssueCode("invalid_date", ("row_excluded",),
                   "The date is not in the date format (YYYY-MM-DD unless --date-format is given) or is not a "
                   "calendar date (2017-02-30)."),
    InputIssueCode("missing_value", ("row_excluded",), "A required coded value is empty (pathology procedure)."),
    InputIssueCode("unknown_code", ("row_excluded", "value_ignored"),
                   "A value outside its code list: the row is left out for pathology procedure/guidance/"
                   "concordance and radiology modality; the value is ignored for a structured BI-RADS (the "
                   "report text decides) and for patients' sex and density."),
    InputIssueCode("invalid_number", ("value_ignored",),
                   "patients.csv age_at_first_exam is not a whole number of years in 0-120: ignored."),
    InputIssueCode("non_utf8_text", ("value_decoded",),
                   "The value held bytes that are not UTF-8 (e.g. a Latin-1 export): decoded as Windows-1252."),
)

INPUT_ISSUE_BY_CODE: dict[str, InputIssueCode] = {c.code: c for c in INPUT_ISSUE_CODES}
