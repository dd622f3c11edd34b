"""Radiology b117 (per-side paragraphs, overall assessments, translated Qatari private-centre reports): an earlier
category dated by "at the time" straight after it, where the words end its clause and the clause says it was earlier; a
bare "Per breast:" list straight under today's overall category's line, the overall one of its categories and each aside
a finding's; a note run in after the clinical information's sentence, quoting another facility's category, stays history
to its own sentence's end (narrowed after review r117)."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ "at the time" straight after an earlier category

_RIGHT = ("MAMMOGRAPHY + ULTRASOUND, BOTH BREASTS\n\nRight breast: 31 mm irregular spiculated mass at 10:00. Assessment: "
          "highly suggestive of malignancy, BI-RADS 5.\n\n")


@pytest.mark.parametrize("left", [
    # (the batch's wording)
    "Left breast: Biopsy clip at 6:00 at the site of the 2023 stereotactic biopsy (that lesion was BI-RADS 4A at the "
    "time; pathology fibrocystic change, concordant). Post-biopsy changes are stable. Assessment: benign, BI-RADS 2.",
    # (variants: "at that time" and "at the time" outside parentheses, the category's own aside closed before it)
    "Left breast: Biopsy clip at 6:00; the lesion was BI-RADS 4A at that time, benign at biopsy. Assessment: benign, "
    "BI-RADS 2.",
    "Left breast: Biopsy clip at 6:00; the lesion was BI-RADS 4A at the time, benign at biopsy. Assessment: benign, "
    "BI-RADS 2.",
    "Left breast: Biopsy clip at 6:00 for calcifications (BI-RADS 4A) at the time; pathology benign. Assessment: "
    "benign, BI-RADS 2.",
    # (the earlier exam named after it; a turn to today after it)
    "Left breast: Biopsy clip at 6:00; the calcifications were BI-RADS 4A at the time of biopsy; pathology benign. "
    "Assessment: benign, BI-RADS 2.",
    "Left breast: Biopsy clip at 6:00; calcifications at the site, BI-RADS 4A at that time, are no longer seen. "
    "Assessment: benign, BI-RADS 2.",
])
def test_category_dated_by_at_the_time_after_it(left: str) -> None:
    assert birads_codes(_RIGHT + left + "\n") == "2 5"


@pytest.mark.parametrize("left", [
    # ("at this time" is now; "at the time of this examination" is today's: read as before)
    "Left breast: Indeterminate calcifications, BI-RADS 4A at this time. Stereotactic biopsy recommended.",
    "Left breast: Indeterminate calcifications, BI-RADS 4A at the time of this examination. Biopsy recommended.",
    # (the words elsewhere in the sentence, not straight after the category: as before)
    "Left breast: At the time of writing the calcifications are indeterminate, BI-RADS 4A.",
    # (review r117: words that do not end the clause, "for the time being", a clause of its own; and a clause that says
    # nothing of an earlier state, the visit's own exam named before its colon: today's)
    "Left breast: Indeterminate calcifications, BI-RADS 4A at the time being; stereotactic biopsy recommended.",
    "Left breast: Indeterminate calcifications, BI-RADS 4A at that time point; stereotactic biopsy recommended.",
    "Left breast: Indeterminate calcifications, BI-RADS 4A at the time this report was finalised.",
    "Left breast ultrasound was performed during the clinic: calcifications, BI-RADS 4A at the time, and a biopsy was "
    "taken at the same visit.",
])
def test_near_miss_category_dated_by_at_the_time(left: str) -> None:
    assert birads_codes(_RIGHT + left + "\n") == "4A 5"


# ------------------------------------------------------------------ a bare "Per breast:" list under the overall category

_MRI = ("MRI BOTH BREASTS - ANNUAL HIGH-RISK SCREENING\n\nFindings:\nRight breast: 8 mm focus at 7:00, new, oval, "
        "circumscribed.\nLeft breast: Stable 4 mm intramammary lymph node. Stable bilateral small cysts.\n\n")


@pytest.mark.parametrize("lines", [
    # (the batch's wording)
    "Overall assessment: BI-RADS 3 - Probably benign.\nPer breast: Right 3 (new focus, 6-month follow-up MRI). Left 2 "
    "(intramammary node, cysts).",
    # (variants: the sides the other way round, "By breast" with semicolons, a final category's line, no asides)
    "Overall assessment: BI-RADS 3 - Probably benign.\nPer breast: Left 2 (intramammary node, cysts). Right 3 (new "
    "focus).",
    "Final assessment: BI-RADS 3.\nBy breast: right 3 (new focus); left 2 (node).",
    "OVERALL BI-RADS: 3\nPer-breast: Right 3. Left 2.",
    # (review r117: under "Final BI-RADS: N" the list outranks that line's category)
    "Final BI-RADS: 3\nPer breast: Right 3 (new focus). Left 2 (node).",
])
def test_bare_per_breast_list_under_the_overall_category(lines: str) -> None:
    assert birads_codes(_MRI + lines + "\n\nSigned: Dr A. Reader\n") == "2 3"


@pytest.mark.parametrize("lines", [
    # (items that count something, not categories: as before)
    "Overall assessment: BI-RADS 3 - Probably benign.\nPer breast: Right 3 cysts. Left 2 cysts.",
    # (not straight under the overall category's line: a blank line between, an overall line without a category, an
    # impression's line: as before)
    "Overall assessment: BI-RADS 3 - Probably benign.\n\nPer breast: Right 3 (new focus). Left 2 (node).",
    "Overall assessment: probably benign, BI-RADS 3.\nPer breast: Right 3 (new focus). Left 2 (node).",
    "Impression: BI-RADS 3.\nPer breast: Right 3 (new focus). Left 2 (node).",
    # (run in after the overall's sentence on its line: as before)
    "Overall assessment: BI-RADS 3 - Probably benign. Per breast: Right 3 (new focus). Left 2 (node).",
    # (review r117: the overall none of the list's numbers, which count nodules by their clock hours; asides that name
    # markers alone: as before)
    "Overall assessment: BI-RADS 3 - Probably benign.\nPer breast: Right 2 (9:00, 11:00). Left 1 (2:00).",
    "Overall assessment: BI-RADS 3 - Probably benign.\nPer breast: Right 3 (ribbon marker at 9:00). Left 2 (coil marker "
    "at 1:00).",
])
def test_near_miss_bare_per_breast_list(lines: str) -> None:
    assert birads_codes(_MRI + lines + "\n\nSigned: Dr A. Reader\n") == "3 3"


# ------------------------------------------------------------------ a note run in after the clinical information

_TITLE = ("Al-Sadd Advanced Imaging Centre\nDate of examination: 24/01/2026     Age: 62\n"
          "Type of examination: Left diagnostic mammogram and left breast ultrasound\n")
_LEFT = ("\n\nFindings:\nLeft breast: 27 mm irregular spiculated high-density mass at 12 o'clock.\n\nConclusion:\nLeft "
         "breast mass, highly suggestive of malignancy. BI-RADS 5.\n")


@pytest.mark.parametrize("clinical", [
    # (the batch's wording)
    "Clinical information: left breast hard lump, 2 months, with nipple retraction. Note: right breast mammogram in the "
    "same month at another facility, \"BI-RADS 1\" per the patient's copy.",
    # (variants: another history heading, no quotes, a note after a second sentence)
    "Indication: left breast hard lump. Note: right breast screened elsewhere last month, BI-RADS 1.",
    "Clinical information: left breast lump. Nipple retraction. Note: right breast mammogram at another facility, "
    "BI-RADS 1.",
    # (the note's heading in capitals or plural)
    "Clinical information: left breast hard lump. NOTE: right breast ultrasound last month at another facility, "
    "BI-RADS 1.",
    "Clinical information: left breast hard lump. Notes: right breast MRI at the cancer centre, BI-RADS 1.",
])
def test_note_run_in_after_the_history_sentence_stays_history(clinical: str) -> None:
    assert birads_codes(_TITLE + clinical + _LEFT) == "5 -"


@pytest.mark.parametrize(("clinical", "codes"), [
    # (a note heading its own line, below the history: as before)
    ("Clinical information: left breast hard lump.\nNote: right breast mammogram at another facility, BI-RADS 1.",
     "5 1"),
    # (another heading run in after the history's sentence ends it, as before)
    ("Clinical information: left breast hard lump. Findings: right breast mammogram today, BI-RADS 1.", "5 1"),
    ("Clinical information: left breast hard lump. Additional finding: right breast mammogram today, BI-RADS 1.", "5 1"),
    # (review r117: a note that tells today's exam, or no other exam, ends the history as before; one that does stays
    # history to its own sentence's end only)
    ("Clinical information: left breast hard lump. Note: right breast also scanned today, BI-RADS 1.", "5 1"),
    ("Clinical information: left breast hard lump. Note: right breast screened, BI-RADS 1.", "5 1"),
    ("Clinical information: left breast hard lump. Note: right breast mammogram at another facility, benign. Right "
     "breast today: BI-RADS 1.", "5 1"),
])
def test_near_miss_note_run_in_after_the_history_sentence(clinical: str, codes: str) -> None:
    assert birads_codes(_TITLE + clinical + _LEFT) == codes
