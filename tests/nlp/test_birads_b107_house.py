"""Radiology b107 (UK U scores, a ship's medical centre and a polar station's medical log): a category alone in
parentheses on the line under a sided UK score glosses that score, also after the score's line closed its sentence
("L U3 - probable fibroadenoma.\\n(BI-RADS equivalent 3)"); a history named for the time before any event, hyphenated
("Pre-season history (...):", "Pre-deployment medical history:"). (The rule that read a quotation opening with an
exam's name and its month-and-year date as an earlier exam's was withdrawn after review r107: yk068 is in
WITHDRAWN_RADIOLOGY_MISSES; the quotations below read as they always did. The rule that read a record's entry stamped
as amended, "Entry amended 10/09/2026 21:15 (Dr X):", as an amendment was withdrawn after review rfinal4: yk085 is in
WITHDRAWN_RADIOLOGY_MISSES; the stamped entries below read as they did before b107.)"""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ a gloss line under a sided UK score


def test_gloss_line_under_sided_score_after_closed_sentence() -> None:
    text = ("ULTRASOUND LEFT BREAST\n\nSummary: Right breast not scanned today. L U3 - well-defined oval solid nodule, "
            "likely fibroadenoma; short-interval follow-up agreed.\n(BI-RADS equivalent 3)\n")
    assert birads_codes(text) == "3 -"


def test_gloss_line_under_right_score_after_left_named() -> None:
    text = ("ULTRASOUND RIGHT BREAST\n\nConclusion: L breast normal on palpation only. R U2 - simple cyst.\n"
            "(BI-RADS equivalent 2)\n")
    assert birads_codes(text) == "- 2"


@pytest.mark.parametrize(("text", "codes"), [
    # (the category on its line without a parenthesis: a sentence of its own, the side named last decides as before)
    ("ULTRASOUND BREASTS\n\nConclusion: L U3 - probable fibroadenoma.\nBI-RADS 2 right breast.\n", "- 2"),
    # (a blank line between the score and the parenthesis: no gloss of that score)
    ("ULTRASOUND RIGHT BREAST\n\nConclusion: R breast cyst. L U1.\n\n(BI-RADS 2)\n", "- 2"),
    # (the parenthesis names its own side)
    ("ULTRASOUND BREASTS\n\nConclusion: L U2 - cyst.\n(BI-RADS 4A right, see separate report)\n", "- 4A"),
    # (no sided score on the line above: the exam's side)
    ("ULTRASOUND LEFT BREAST\n\nConclusion: probable fibroadenoma, follow-up.\n(BI-RADS 3)\n", "3 -"),
])
def test_near_miss_gloss_line(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a "pre-<event>" history


def test_pre_event_history_heading_with_source_aside() -> None:
    text = ("Station medical record\nPre-expedition history (from her occupational health file, 03/2025):\n"
            "- Mammogram both breasts 02/2025: \"no suspicious finding, BI-RADS 1.\"\n\n"
            "RADIOLOGY REPORT:\nRight breast ultrasound: simple cyst at 10 o'clock. Conclusion: BI-RADS 2.\n")
    assert birads_codes(text) == "- 2"


def test_pre_event_medical_history_heading() -> None:
    text = ("Pre-deployment medical history: screening mammogram, BI-RADS 2.\n\n"
            "Left breast ultrasound today: 9 mm oval circumscribed mass. Assessment: BI-RADS 3.\n")
    assert birads_codes(text) == "3 -"


@pytest.mark.parametrize(("text", "codes"), [
    # (a hyphenated "pre-" word before findings, not history: the category is today's)
    ("Left breast ultrasound\nPre-biopsy findings: 12 mm irregular mass. BI-RADS 4B.\n", "4B -"),
    # (a pre-procedure imaging heading that names no history)
    ("Right breast ultrasound\nPre-procedure imaging: mass at 9 o'clock confirmed, BI-RADS 4A.\n", "- 4A"),
    # (a word opening with "pre" but not hyphenated: a present history heading is still needed)
    ("Bilateral screening mammogram\nPresentation: routine screening.\nImpression: negative. BI-RADS 1.\n", "1 1"),
])
def test_near_miss_pre_event_history(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ an entry stamped as amended (rule withdrawn)


@pytest.mark.parametrize(("text", "codes"), [
    # (an entry amended without a date stamp and colon: no amendment section, the side as reported)
    ("Right breast ultrasound: cyst. BI-RADS 2.\nEntry amended to add the phone number of the patient.\n", "- 2"),
    # (an amendment stamp that corrects no side: the category stays on its side)
    ("Right breast ultrasound: mass, BI-RADS 4A.\n\nEntry amended 03/03/2026 08:10 (Dr. K. Osei): appointment time "
     "corrected to 14:00.\n", "- 4A"),
    # (the words in a sentence, not heading a line: the report's side)
    ("Left breast ultrasound: oval mass. BI-RADS 3. This entry amended 03/03/2026 only for the spelling.\n", "3 -"),
])
def test_amended_stamp_reads_as_before(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ quotations opening with an exam (rule withdrawn)


@pytest.mark.parametrize(("text", "codes"), [
    # (the quoted exam dated in full: it may be this exam's own)
    ("Clinic note 20/11/2026\nReport received: \"Ultrasound left breast 18/11/2026 - simple cyst. BI-RADS 2.\"\n",
     "2 -"),
    # (a month's name after a day: a full date too)
    ("Clinic note\nReport received: \"Ultrasound left breast, 14 August 2026: simple cyst. BI-RADS 2.\"\n", "2 -"),
    # (a quotation opening with other words: the other rules decide)
    ("Left breast ultrasound\nRadiologist's conclusion: \"Probable fibroadenoma, BI-RADS 3, follow-up in 6 months.\"\n",
     "3 -"),
    # (a month-and-year date after a closed quotation: no quotation open at the category)
    ("Left breast ultrasound\nShe calls it \"the lump\" since 09/2026. Conclusion: solid mass, BI-RADS 4B.\n", "4B -"),
    # (an exam and its month and year outside any quotation, the category today's in its own sentence)
    ("Left breast ultrasound 20/11/2026, compared with mammogram 09/2026.\nConclusion: BI-RADS 2.\n", "2 -"),
])
def test_quotation_opening_with_an_exam_reads_as_before(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
