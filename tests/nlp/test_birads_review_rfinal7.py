"""Review rfinal7 of this round's radiology rules: the over-reaches and newly-wrong texts, read right after the
accept-only narrowings, with the intended wordings that must still read."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

H07 = ('RIGHT BREAST ULTRASOUND 02/02/2026\n'
       'RELEVANT HISTORY FROM THE RECORDS\n'
       "Previous right breast ultrasound 2025: 7 mm oval mass at 7 o'clock, BI-RADS 3.\n"
       'Ultrasound findings\n'
       "The 7 o'clock mass measures 7 mm, unchanged over 12 months, oval, circumscribed.\n"
       'Opinion\n'
       'Stable probably benign mass, now benign. BI-RADS 2.')
H08 = ('LEFT BREAST ULTRASOUND 18.02.2026\n'
       'HISTORY FROM THE NOTES\n'
       'Palpable thickening left upper outer quadrant. Mammogram 2025 BI-RADS 1.\n'
       'BREAST ULTRASOUND 18.02.2026\n'
       "At 1 o'clock there is a 9 mm irregular hypoechoic mass with angular margins.\n"
       'BI-RADS 4B. Ultrasound-guided core biopsy arranged.')
Q06 = ('Employment and Support Allowance - evidence\n'
       'Two reports were provided.\n'
       '"ULTRASOUND LEFT BREAST 12/02/2026: 7 mm oval circumscribed mass at 2 o\'clock, probable'
       ' fibroadenoma. BI-RADS 3."\n'
       '"SCREENING MAMMOGRAM 20/12/2025: both breasts show scattered fibroglandular tissue, no'
       ' suspicious features. BI-RADS 1."\n'
       'She works part-time.')
T08 = ('Translated from Armenian\n'
       'Screening result: R 1  L 1\n'
       'No recall this round (02-2026).\n'
       '\n'
       'For reference, the previous round (2023):\n'
       '\n'
       'FINAL IMAGING OUTCOME (after work-up) / վերջնական արդյունք\n'
       '  R: 1\n'
       '  L: 3 (early recall)\n'
       '\n'
       'Routine screening 2028.')
T09 = ('Translated from Arabic (Hamad screening)\n'
       'Screening result: R 1  L 1\n'
       '\n'
       'Round 2 (2023) outcome, as recorded then:\n'
       'FINAL IMAGING OUTCOME (after recall) / النتيجة النهائية\n'
       '  R: 4A (biopsy)\n'
       '  L: 1\n'
       'Biopsy 2023 benign.')
P14 = ('Procedure: US BREAST RIGHT\n'
       'Previous radiology results:\n'
       '2019  Outside mammogram (Tel Aviv)  right BI-RADS 4, biopsy benign\n'
       '2026  Right breast ultrasound today - no focal lesion at the old biopsy site; BI-RADS 1.')


@pytest.mark.parametrize(("text", "expected"), [
    (H07, "- 2"),  # E01: the report's own sentence-case headings end the capitals history
    (H08, "4B -"),  # E02: a capitals exam title with its date ends it
    (H07.replace("Ultrasound findings", "ULTRASOUND FINDINGS").replace("Opinion", "OPINION"), "- 2"),
    (H07.replace("\nOpinion\n", "\nOpinion:\n"), "- 2"),
    (H08.replace("BREAST ULTRASOUND 18.02.2026\nAt", "BREAST ULTRASOUND\nAt"), "4B -"),
    # near misses: an earlier exam's dated capitals title, a sentence-case heading run on, stay history
    ("RIGHT BREAST ULTRASOUND 02/02/2026\nHISTORY FROM THE NOTES\nMAMMOGRAM 12/03/2024\nBI-RADS 4A, benign biopsy.\n"
     "CONCLUSION\nSimple cyst. BI-RADS 2.", "- 2"),
    ("SURGICAL LETTER\nHISTORY FROM THE RECORDS\nOpinion of the surgeon 2024: BI-RADS 3 left.\n", "- -"),
])
def test_capitals_history_ends_at_own_heading(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (Q06, "3 1"),  # E03: a second quoted exam of both breasts keeps both sides
    ('Evidence\n"US LEFT BREAST 12/02/2026: normal."\n"SCREENING MAMMOGRAM 20/12/2025: both breasts normal. BI-RADS 1."',
     "1 1"),
    # intended: the titled side alone, also beside a quoted other body part or a second one-side breast title
    ('Occupational health summary\n"ULTRASOUND LT BREAST 30/01/2026 - 11 o\'clock 8 mm cyst. BI-RADS 2."\n'
     "The employee had a right breast abscess drained in 2024.", "2 -"),
    ('Report\n"ULTRASOUND LEFT BREAST 12/02/2026: 7 mm cyst. BI-RADS 2."\n"MRI RIGHT KNEE 10/12/2025: meniscal tear."\n'
     "Past right breast lump excision.", "2 -"),
    ('Medical board extract\n"US LEFT BREAST 14/01/2026: normal."\n'
     '"US RIGHT BREAST 14/01/2026: 2 o\'clock 9 mm oval circumscribed mass, BI-RADS 3."', "- 3"),
])
def test_quoted_one_side_title_beside_another_quoted_exam(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (T08, "1 1"),  # E04: lead-in above a blank line
    (T09, "1 1"),  # E05: "Round 2 (2023) outcome, as recorded then:"
    (T09.replace(" / النتيجة النهائية", ""), "1 1"),  # ... without the slash
    (T08.replace(" / վերջնական արդյունք", ""), "1 1"),
    (T08.replace("For reference, the previous round (2023):", "Outcome 2023:"), "1 1"),  # an earlier year only
    # intended: this round's outcome block still replaces the screening result
    ("Translated from Hebrew\nScreening result: R 1  L 0\n\nFINAL IMAGING OUTCOME (after assessment) / תוצאה סופית\n"
     "  R: 1\n  L: 4A (biopsy)\n", "4A 1"),
    ("Translated from Greek\nScreening result (02-2026): R 0  L 1\n\nFinal outcome 2026:\n"
     "FINAL OUTCOME (after recall)\n  R: 3 (early recall)\n  L: 1\n", "1 3"),
])
def test_earlier_round_outcome_lead_in(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (P14, "- 1"),  # E06: today's dated row ends the list
    (P14.replace("2026  Right", "Right"), "- 1"),
    # near misses: a dated row of an earlier year saying "today" stays a row; a row without "today" stays a row
    ("Procedure: US BREAST RIGHT\nPrevious radiology results:\n2019  Outside mammogram  right BI-RADS 4, biopsy "
     "benign\n2024  Ultrasound compared today with 2019 - BI-RADS 3\n2026  Right breast ultrasound - BI-RADS 1.",
     "- -"),
    ("Procedure: US BREAST RIGHT\nPrevious radiology results:\n2025  US RIGHT  BI-RADS 3\nFindings: cyst. BI-RADS 2.",
     "- 2"),
])
def test_todays_dated_row_ends_prior_results(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
