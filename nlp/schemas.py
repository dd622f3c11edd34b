"""Explicit pyarrow schemas of the tables the NLP stage writes (docs/data_model.md)."""

from __future__ import annotations

import pyarrow as pa

PATHOLOGY_FINDINGS_SCHEMA = pa.schema(
    [
        ("report_uid", pa.string()),
        ("patient_uid", pa.string()),
        ("specimen_date", pa.date32()),
        ("specimen", pa.string()),  # specimen label ("A", "1", ...) or null
        ("finding", pa.string()),  # canonical name from nlp.lexicon
        ("category", pa.string()),  # malignant | benign | other
        ("laterality", pa.string()),  # L | R | null (report does not say)
        ("clock", pa.string()),  # "H:MM" or null
        ("negated", pa.bool_()),
        ("historical", pa.bool_()),
        ("uncertain", pa.bool_()),
        ("span_start", pa.int32()),  # character span of the mention in the report text
        ("span_end", pa.int32()),
        # the sentence / line the mention was read from; of one over 600 characters (a text without sentence ends),
        # the mention with up to 300 characters each side, cut at a blank, "…" where cut, no identifier
        # at a cut end (nlp.resolution.evidence_of)
        ("evidence", pa.string()),
        ("procedure", pa.string()),
        ("guidance", pa.string()),
        ("concordance", pa.string()),
        ("section", pa.string()),  # role of its section (nlp.structure.ROLES)
        ("site", pa.string()),  # specimen site of its statement (nlp.structure.SITES)
        ("effect", pa.string()),  # labels | review | none (how it counts for its breast)
        ("reason", pa.string()),  # why (nlp.resolution.REASONS)
    ]
)

BREAST_LABELS_SCHEMA = pa.schema(
    [
        ("exam_uid", pa.string()),
        ("patient_uid", pa.string()),
        ("laterality", pa.string()),
        ("exam_date", pa.date32()),
        ("benign", pa.bool_()),
        ("malignant", pa.bool_()),
        ("n_reports", pa.int32()),
        ("report_uids", pa.list_(pa.string())),
        ("label_state", pa.string()),  # confident | needs_review
        ("review_reason", pa.string()),  # comma-separated review reasons, null when confident
        ("malignant_decided_by", pa.string()),  # "<report_uid>@<start>-<end>" of the deciding finding
        ("benign_decided_by", pa.string()),
    ]
)

LABEL_REVIEW_SCHEMA = pa.schema(
    [
        ("exam_uid", pa.string()),
        ("patient_uid", pa.string()),
        ("laterality", pa.string()),
        ("exam_date", pa.date32()),
        ("review_reason", pa.string()),
        ("benign", pa.bool_()),
        ("malignant", pa.bool_()),
        ("n_reports", pa.int32()),
        ("report_uids", pa.list_(pa.string())),
        ("review_refs", pa.list_(pa.string())),  # "<report_uid>@<start>-<end>" of the review triggers
    ]
)

REPORT_LABELS_SCHEMA = pa.schema(
    [
        ("report_uid", pa.string()),
        ("patient_uid", pa.string()),
        ("specimen_date", pa.date32()),
        ("laterality", pa.string()),
        ("benign", pa.bool_()),
        ("malignant", pa.bool_()),
        ("n_findings", pa.int32()),
        ("procedure", pa.string()),
        ("guidance", pa.string()),
        ("concordance", pa.string()),
        ("label_state", pa.string()),
        ("review_reason", pa.string()),
        ("malignant_decided_by", pa.string()),
        ("benign_decided_by", pa.string()),
    ]
)

RADIOLOGY_BIRADS_SCHEMA = pa.schema(
    [
        ("patient_uid", pa.string()),
        ("exam_uid", pa.string()),
        ("report_uid", pa.string()),
        ("exam_date", pa.date32()),
        ("modality", pa.string()),
        ("laterality", pa.string()),
        ("birads", pa.string()),  # 0,1,2,3,4,4A,4B,4C,5,6 or null
        ("birads_source", pa.string()),  # structured | text | null
    ]
)

# Re-exported: the one explicit frame -> schema conversion lives with the other table helpers.
from core.tables import frame_to_table  # noqa: E402,F401
