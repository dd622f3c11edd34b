"""Review p107b of the b107 pathology rules 4 and 6 (the last narrowing): the over-reaches it confirmed, with their right
labels, and the shapes each kept rule still reads (its own clause, accept-only)."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels

# ---- rule 4: "PMH:" is history only as the first word of a quoted clinic note, to that entry's full stop, every comma
# item a past condition with its year or a past-tense treatment verb; an unquoted inline "PMH:" reads as before b107
_PMH = [
    # over-reaches: today's finding after a comma in an unquoted PMH list
    ("PMH: HTN, T2DM, invasive ductal carcinoma left breast on today's core.", {"L": "M", "R": "-"}),
    ("PMH: left breast cancer 2010 now left breast recurrence invasive ductal carcinoma on core.", {"L": "M", "R": "-"}),
    ("Pt seen. PMH: COPD, left breast lump 3 weeks, core invasive ductal carcinoma.", {"L": "M", "R": "-"}),
    ("MDT 12/3: 54F, PMH: hypothyroid, L breast 2 o'clock 18 mm IDC grade 2 on core, for WLE+SLNB.",
     {"L": "M", "R": "-"}),
    ("Clinic note: 48F. PMH: nil, L breast lump 4/52, US U5, core invasive ductal carcinoma G2.", {"L": "M", "R": "-"}),
    # near misses: a quoted "PMH:" whose item is neither dated nor done, or that the quotation does not open
    ('Clinic note: "PMH: COPD, left breast lump 3 weeks, core invasive ductal carcinoma."', {"L": "M", "R": "-"}),
    ('Clinic note: "Seen today. PMH: asthma, left breast core invasive ductal carcinoma."', {"L": "M", "R": "-"}),
    # the rule's own shape: a quoted clinic note opening with "PMH:", its entry dated or done
    ('Item 2 (extract): "PMH: left breast fibroadenoma excised 2012. Presenting complaint: right breast lump." Right '
     "breast core: fibroadenoma.", {"L": "-", "R": "B"}),
    ('Clinic extract: "PMH: right breast cyst aspirated, asthma 2005. New left breast lump." Left breast core: '
     "fibroadenoma.", {"L": "B", "R": "-"}),
    ("Clinic extract: “PMH: right breast DCIS treated 2014.” Left breast core: fibroadenoma.", {"L": "B", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), _PMH)
def test_pmh_is_history_only_as_a_quoted_notes_dated_entry(text: str, expected: dict) -> None:
    assert labels(text) == expected


# ---- rule 6: a lay "cancer" quotation is no quoted report only when the introducing clause names the patient or a
# relative as its speaker (or the quotation says "my"/"your"), and never when that clause names a document, a test or
# a clinician; a "?" alone makes no question of a report's words
_LAY_QUOTATION = [
    # over-reaches: a report or a test introduces the quotation, which decides
    ('Dear Dr Khan, the previous path said "Breast cancer, left, to confirm on excision?". Left breast core today: '
     "fibroadenoma.", {"L": "-", "R": "-"}),
    ('Dear Dr Khan, the cytology said "breast cancer, left, grade uncertain?". Left breast core today: fibroadenoma.',
     {"L": "M", "R": "-"}),
    ('Dear Dr Khan, the outside biopsy said "What is this? Breast cancer, left, grade 2". Right breast core today: '
     "fibroadenoma.", {"L": "M", "R": "-"}),
    # near misses: a clinician or a document in the introducing clause, whatever the quotation's words
    ('Dear Dr Khan, the MDT minutes read "Left breast cancer, grade 2, for WLE". Right breast core: fibroadenoma.',
     {"L": "M", "R": "-"}),
    ('Dear Dr Khan, her 2016 core result said "Breast cancer, right, grade 2?". Right breast core today: fibroadenoma.',
     {"L": "-", "R": "M"}),
    ('Dear Dr Khan, the frozen section said "breast cancer, right, 10 mm?". Right breast core today: fibroadenoma.',
     {"L": "-", "R": "M"}),
    # the rule's own shape: the patient or a relative is the speaker
    ('Dear Dr Khan, she asked "is the cancer in the left breast only?". Results: left breast core, invasive ductal '
     "carcinoma; right breast core, fibroadenoma.", {"L": "M", "R": "B"}),
    ('Dear Dr Khan, her daughter says "Mum\'s cancer was on the right". Right breast excision: invasive ductal '
     "carcinoma, 15 mm.", {"L": "-", "R": "M"}),
    ('Dear Dr Patel, she said "my aunt had breast cancer in her forties". Results: left breast core, invasive ductal '
     "carcinoma.", {"L": "M", "R": "-"}),
    ('Dear Mrs Shaw,\nYou told us you did not understand why the left breast needed an operation "if the cancer was '
     'only on the right".\nYour results: right breast core, invasive lobular carcinoma; left breast core, fibroadenoma.',
     {"L": "B", "R": "M"}),
]


@pytest.mark.parametrize(("text", "expected"), _LAY_QUOTATION)
def test_a_lay_cancer_quotation_needs_the_patient_or_a_relative_as_speaker(text: str, expected: dict) -> None:
    assert labels(text) == expected
