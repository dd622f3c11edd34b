"""Radiology b113 (breast imaging quoted in a benefits assessment, a medico-legal expert's report and a social-care
assessment): a history heading in capitals without a colon ("HISTORY OF CONDITIONS (from the evidence)", "3. RELEVANT
HISTORY FROM THE RECORDS (chronology)"); a quoted report's own title in capitals at its quote mark naming its side; a
quoted report opened by its exam of both breasts whose findings name one side only."""
import pytest

from tests.nlp.labels import birads_codes

_TAIL = "\n\nSUMMARY\nNo functional impact.\n"

# ------------------------------------------------------------------ a history heading in capitals without a colon


@pytest.mark.parametrize("heading", [
    "HISTORY OF CONDITIONS (from the evidence)",
    "3. RELEVANT HISTORY FROM THE RECORDS (chronology)",
    "HISTORY OF CONDITIONS",
    "2. HISTORY FROM THE NOTES",
    "MEDICAL HISTORY FROM THE EVIDENCE",
])
def test_capitals_history_heading_without_colon_is_history(heading: str) -> None:
    text = ("PA4 ASSESSMENT REPORT\n\n" + heading + "\n1. Asthma.\n2. Left breast cancer 2021; the GP states the last "
            "mammogram (March 2025) was normal, BI-RADS 1 in both breasts." + _TAIL)
    assert birads_codes(text) == "- -"


@pytest.mark.parametrize("heading", [
    "History of conditions (from the evidence)",  # (sentence case: no heading of this shape)
    "History OF CONDITIONS",
    "HISTORY AND EXAMINATION",  # (heads today's exam too)
    "HISTORY OF CONDITIONS and today's scan",
])
def test_near_miss_capitals_history_heading(heading: str) -> None:
    text = ("PA4 ASSESSMENT REPORT\n\n" + heading + "\n1. Asthma.\n2. Left breast cancer 2021; the GP states the "
            "mammogram was normal, BI-RADS 1 in both breasts." + _TAIL)
    assert birads_codes(text) == "1 1"


# ------------------------------------------------------------------ a quoted report's title names its side

_PA4 = ("PERSONAL INDEPENDENCE PAYMENT - PA4 REPORT\n\nHISTORY OF CONDITIONS\n1. Subluxation of both shoulders and "
        "the right knee.\n2. Left breast lump.\n\nFURTHER EVIDENCE\nFE2: breast clinic report, quoted:\n")


@pytest.mark.parametrize(("quote", "codes"), [
    ('  "ULTRASOUND LEFT BREAST - 10/03/2026\n   At 4 o\'clock an oval circumscribed mass. BI-RADS 3.\n   ADDENDUM: '
     'unchanged since 2023; the assessment is revised to BI-RADS 2 (benign)."\n', "2 -"),
    ('  "LEFT BREAST ULTRASOUND. At 6 o\'clock a 9 mm oval lesion, likely fat necrosis.\n   ASSESSMENT: Probably '
     'benign."\n', "3 -"),
    ('  "US BREAST RIGHT 10/03/2026: simple cyst. BI-RADS 2."\n', "- 2"),
])
def test_quoted_report_title_names_the_exam_side(quote: str, codes: str) -> None:
    assert birads_codes(_PA4 + quote + _TAIL) == codes


@pytest.mark.parametrize("quote", [
    # (a title naming no side, a quoted sentence: the sides named outside the quote, as before)
    '  "BREAST ULTRASOUND 10/03/2026: simple cyst. BI-RADS 2."\n',
    '  "The ultrasound showed a simple cyst. BI-RADS 2."\n',
])
def test_near_miss_quoted_report_title(quote: str) -> None:
    assert birads_codes(_PA4 + quote + _TAIL) == "2 2"


# ------------------------------------------------------------------ a quoted exam of both breasts

_CARE = ("CARE ACT ASSESSMENT\n\nHealth (as described, with letters read out by son)\nCOPD. Hospital letter mentions a "
         "chest CT that showed \"something in the breast\". The breast unit result letter, read out by her son, says:\n"
         "  \"{opening} The breasts are mostly fatty. The 'breast\n   nodule' described on the chest CT corresponds to "
         "normal glandular tissue in the left upper\n   outer quadrant; there is no mass. No other finding.\n"
         "   IMPRESSION: {impression}\"\nSon is relieved.\n")


@pytest.mark.parametrize(("opening", "impression"), [
    ("Diagnostic mammogram, both breasts, 03/02/2026:", "Negative. BI-RADS 1."),
    ("Mammogram of both breasts, 03/02/2026:", "Negative. BI-RADS 1."),
    ("Screening mammogram, both breasts, 03/02/2026 (breast unit):", "Negative. BI-RADS 1."),
])
def test_quoted_exam_of_both_breasts_assesses_both(opening: str, impression: str) -> None:
    assert birads_codes(_CARE.format(opening=opening, impression=impression)) == "1 1"


@pytest.mark.parametrize(("opening", "impression", "codes"), [
    # (one breast named, an earlier exam, the impression naming its side: read as before)
    ("Mammogram, left breast, 03/02/2026:", "Negative. BI-RADS 1.", "1 -"),
    ("Previous mammogram, both breasts, 03/02/2026:", "Negative. BI-RADS 1.", "1 -"),
    ("Diagnostic mammogram, both breasts, 03/02/2026:", "Left breast negative. BI-RADS 1.", "1 -"),
    ("Diagnostic mammogram, both breasts, 03/02/2026:", "Benign, left. BI-RADS 2.", "2 -"),
])
def test_near_miss_quoted_exam_of_both_breasts(opening: str, impression: str, codes: str) -> None:
    assert birads_codes(_CARE.format(opening=opening, impression=impression)) == codes
