"""Radiology b105 (prison healthcare records, armed forces medical boards, aeromedical examiners' reviews quoting breast
imaging): a numbered "OTHER MEDICAL HISTORY" section is history; an exam dated to its month and year with its report
after it ("US left breast 10/2025, reported BI-RADS 4A", also wrapped before "as") is an earlier exam. A side the
report says was not imaged ("Left breast not imaged.") leaving an untitled exam's sides was withdrawn after reviews
r105 and r105b: its class tests are strict xfails, its near misses still read."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ "Other medical history" heads history


def test_numbered_other_medical_history_section() -> None:
    text = ("1. CONDITION UNDER REVIEW\nLow back pain, physiotherapy.\n\n2. OTHER MEDICAL HISTORY\n"
            "Asthma. Mammogram through the screening service: no abnormality, BI-RADS 1 per her records.\n\n"
            "3. FINDINGS OF THE BOARD\nFit for sedentary duties.")
    assert birads_codes(text) == "- -"


def test_other_medical_history_heading_with_colon() -> None:
    text = "Other medical history: screening mammogram normal, BI-RADS 1.\nPlan: review in one year."
    assert birads_codes(text) == "- -"


@pytest.mark.parametrize(("text", "codes"), [
    # ("Other findings" names no history: today's category is read)
    ("BILATERAL SCREENING MAMMOGRAM\nOther findings: benign calcifications.\nAssessment: BI-RADS 2.", "2 2"),
    # ("Other" alone heading a line is no history heading)
    ("BILATERAL BREAST ULTRASOUND\nOther: scattered simple cysts.\nImpression: BI-RADS 2.", "2 2"),
    # (the report's own findings section below a numbered history is read)
    ("US LEFT BREAST\n2. OTHER MEDICAL HISTORY\nHypertension.\n\n3. FINDINGS\nLeft breast 2 o'clock cyst. BI-RADS 2.",
     "2 -"),
])
def test_near_miss_other_history(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a month-and-year dated exam with its report


def test_month_year_exam_reported_category() -> None:
    text = "GP record: problem noted - ultrasound of the right breast 06/2025, reported BI-RADS 4B, biopsy not done."
    assert birads_codes(text) == "- -"


def test_month_year_exam_reported_as_over_a_wrap() -> None:
    text = ("Review of declared condition: she brought a letter from her surgeon describing an ultrasound left "
            "breast 03/2024 reported\nas BI-RADS 4A, the core biopsy that followed showing a benign lesion.")
    assert birads_codes(text) == "- -"


@pytest.mark.parametrize(("text", "codes"), [
    # (a full date may be this exam's own)
    ("US RIGHT BREAST\nUltrasound right breast 14/06/2025, reported BI-RADS 3.", "- 3"),
    # ("reported by" names the reader, not the result)
    ("US LEFT BREAST\nUltrasound left breast 06/2025 reported by Dr Amis: BI-RADS 2.", "2 -"),
    # (a date with no report verb after it: the other rules decide, and a title's own exam is read)
    ("MAMMOGRAM LEFT 06/2025: BI-RADS 3.", "3 -"),
    # (today's exam under its own impression, the earlier one dated and reported above it)
    ("US LEFT BREAST\nHistory: ultrasound 05/2024 reported as BI-RADS 3.\nImpression: simple cyst. BI-RADS 2.", "2 -"),
])
def test_near_miss_month_year_reported(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a side the report says was not imaged
# (withdrawn after two reviews, r105 and r105b: 14 and 19 over-reaches; an exam of both breasts told per side, under
# headings or in other words, a reason naming another modality or visit, a quoted or requested statement: the class tests
# are strict xfails, the near misses still read both sides)
_WITHDRAWN = pytest.mark.xfail(strict=True, reason="rule withdrawn after reviews r105/r105b: a side said not imaged "
                               "stays a side of an untitled exam")

_RECORD = "HEALTHCARE RECORD - JOURNAL EXTRACT\nPrisoner number: Z4410   Name: SAMPLE, Ann\n\n"
_NURSE = "11/03/2026  Nurse: sore lump R breast 10 o'clock. {left}\n"


@_WITHDRAWN
def test_side_not_scanned_leaves_the_exam() -> None:
    text = (_RECORD + _NURSE.format(left="L breast nil of note.") + "18/03/2026  Hospital result: \"Ultrasound right "
            "breast: 9 mm simple cyst at 10 o'clock, aspirated.\nBI-RADS 2.\nThe left breast was not scanned.\"\n")
    assert birads_codes(text) == "- 2"


@_WITHDRAWN
def test_side_not_imaged_leaves_the_exam() -> None:
    text = (_RECORD + "03/02/2026  GP review: 2 cm lump L breast 2 o'clock. R breast normal.\n10/02/2026  Clinic letter "
            "scanned: \"Ultrasound left breast: 2 cm oval mass at 2 o'clock, parallel, circumscribed.\nFibroadenoma "
            "likely. BI-RADS 3.\nRight breast not imaged.\"")
    assert birads_codes(text) == "3 -"


_RESULT = "18/03/2026  Hospital result: \"{exam}: 9 mm simple cyst right breast 10 o'clock.{more}\nBI-RADS 2.{tail}\"\n"


@pytest.mark.parametrize(("text", "codes"), [
    # (an exam of both breasts keeps both sides: one modality left the side out)
    (_RECORD + _NURSE.format(left="L breast nil of note.")
     + _RESULT.format(exam="Ultrasound of both breasts", more="", tail="\nThe left breast was not scanned."), "2 2"),
    # (a clinician's "not examined" says nothing of the imaging)
    (_RECORD + _NURSE.format(left="Left breast not examined (declined).")
     + _RESULT.format(exam="Ultrasound", more=" Left breast 4 mm cyst.", tail=""), "2 2"),
    # (a side not imaged at an earlier visit, told in the history)
    (_RECORD + "Clinical history: left breast not imaged at the 2024 visit.\n\n" + _NURSE.format(left="L breast nil of note.")
     + _RESULT.format(exam="Ultrasound", more=" Left breast 4 mm cyst.", tail=""), "2 2"),
    # (a side named not re-imaged on a bilateral exam's second visit)
    (_RECORD + _NURSE.format(left="L breast nil of note.")
     + _RESULT.format(exam="Bilateral ultrasound", more="", tail="\nLeft breast: not re-imaged at the second visit."),
     "2 2"),
])
def test_near_miss_side_not_imaged(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
