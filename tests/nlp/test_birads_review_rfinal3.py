"""The final radiology review of this stop's rules against its start: a dated exam "reported" (an exam named straight
before its month and year, its category straight after "reported") is no earlier exam where its sentence calls it the
present one in other words than "today" or "current": "Present examination:", "This study:", "Index examination:",
"This month's US ...". Tests compare labels only ("L R", '-' for none)."""
import pytest

from tests.nlp.labels import birads_codes


@pytest.mark.parametrize(("text", "codes"), [
    ("Present examination: ultrasound left breast 03/2026, reported BI-RADS 4A.\nCore biopsy booked.", "4A -"),
    ("Present study: US right breast 03/2026, reported BI-RADS 3.", "- 3"),
    ("This study: US left breast 03/2026, reported BI-RADS 4A.", "4A -"),
    ("This study: ultrasound left breast 03/2026, reported BI-RADS 4A; core biopsy today.", "4A -"),
    ("Index examination: MRI 02/2026, reported BI-RADS 4B left breast. Second-look ultrasound advised.", "4B -"),
    ("Index exam (this episode): ultrasound right breast 03/2026, reported BI-RADS 4B.\nPlan: core biopsy.", "- 4B"),
    ("This month's US left breast 03/2026, reported BI-RADS 4A; biopsy next week.", "4A -"),
])
def test_dated_exam_called_the_present_one_keeps_its_category(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (the shape still dates an earlier exam's category where nothing calls it the present one)
    ("GP summary: US left breast 10/2025, reported BI-RADS 4A; core biopsy benign.", "- -"),
    ("Problem list:\n- Breast lump: mammogram left breast 11/2024 reported as BI-RADS 3, stable at 6 months.\n- Asthma.",
     "- -"),
    # ("present", "now" or "index" after the category tell of the lesion since, not of the exam)
    ("Letter: US right breast 04/2024 reported BI-RADS 3, lump present since then.", "- -"),
    ("Letter: US right breast 04/2024 reported BI-RADS 3, now resolved.", "- -"),
])
def test_dated_exam_still_dates_an_earlier_category(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
