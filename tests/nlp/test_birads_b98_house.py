"""Radiology b98: "Assessed as BI-RADS 4C" opening its sentence (its subject left out, as a side's paragraph writes it)
is this report's own assessment, like "is assessed as"; a clinic note's history told on its heading's line ends at a line
heading today's breast imaging exam's quoted report ("Breast ultrasound bilateral, 20/03/2026 (report on system):", a
translated note's "MEME ULTRASONOGRAFİSİ [Breast ultrasonography] (..., both breasts):"), whose categories are read."""
from nlp.birads import extract_birads

# ------------------------------------------------------------------ "Assessed as" opening a sentence


def test_assessed_as_opening_a_sides_sentence_is_this_reports_assessment() -> None:
    text = ("BREAST ULTRASOUND, BILATERAL\n\n"
            "Left breast - At 2 o'clock a 9 mm oval hypoechoic mass with an angular margin. Assessed as BI-RADS 4B; "
            "core biopsy advised.\n\n"
            "Right breast - At 7 o'clock a 4 mm simple cyst. Assessed as BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "4B", "R": "2"}
    # (also straight after its side's heading, on the line below)
    assert extract_birads("US LEFT BREAST\nLeft breast:\nAssessed as BI-RADS 3, follow-up in 6 months.") == {
        "L": "3", "R": None}


def test_near_miss_assessed_as_inside_a_sentence_still_tells_an_earlier_reading() -> None:
    text = ("US RIGHT BREAST\n"
            "Right breast: the 8 mm cyst at 11 o'clock assessed as BI-RADS 3 on the outside scan is unchanged.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_was_assessed_as_is_an_earlier_reading() -> None:
    text = ("US LEFT BREAST\n"
            "Left breast: 6 mm oval mass at 4 o'clock. It was assessed as BI-RADS 3 at the clinic. Now BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_near_miss_assessed_as_opening_a_sentence_dated_by_a_year_after_it_is_earlier() -> None:
    text = ("US LEFT BREAST\n"
            "Left breast: 7 mm oval mass at 3 o'clock. Assessed as BI-RADS 3 in 2024, stable since. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_near_miss_assessed_as_in_the_history_is_an_earlier_reading() -> None:
    text = ("US RIGHT BREAST\n"
            "History: right breast lump. Assessed as BI-RADS 4A at the outside clinic, biopsy benign.\n"
            "Findings: right 10 o'clock 12 mm oval circumscribed mass, concordant with the benign biopsy.\n"
            "Impression: BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


# ------------------------------------------------------------------ a line heading today's quoted exam ends the history


def test_a_line_heading_the_quoted_exam_ends_the_history_above_it() -> None:
    text = ("Maternity follow-up, 8 weeks\n"
            "Date: 25/05/2026\n"  # (the note dated before its history, the exam a few weeks before it)
            "Breast history: painful right breast in the first week, settled. Ultrasound requested to be thorough.\n"
            "Bilateral breast ultrasound, 11/05/2026 (from the results system):\n"
            "\"Lactating breasts bilaterally. No mass or fluid collection. Benign findings. BI-RADS 2.\"\n"
            "Plan: routine care.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_a_translated_exam_heading_with_its_aside_ends_the_translated_history() -> None:
    text = ("Onkoloji Polikliniği [Oncology Clinic]\n"
            "Tarih [Date]: 20.04.2026\n"
            "ÖYKÜ [History]: 52-year-old woman, left breast carcinoma diagnosed 2025 (core biopsy).\n"
            "MEME ULTRASONOGRAFİSİ [Breast ultrasonography] (Radyoloji [Radiology], 14.04.2026, sol [left]):\n"
            "\"Left breast 2 o'clock: the known mass measures 11 mm, previously 20 mm. BI-RADS 6.\"\n"
            "PLAN: surgery.\n")
    assert extract_birads(text) == {"L": "6", "R": None}


def test_near_miss_a_line_heading_an_earlier_exams_quote_stays_history() -> None:
    text = ("Clinic note\n"
            "History: left breast lump, now smaller.\n"
            "Previous breast ultrasound, 12/03/2025 (outside report):\n"
            "\"Left breast 3 o'clock: 9 mm oval mass. BI-RADS 3.\"\n"
            "Plan: review in clinic.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_an_exam_dated_by_its_year_only_stays_history() -> None:
    text = ("Clinic note\n"
            "History: left breast lump, now smaller.\n"
            "Breast ultrasound 2024 (report on file):\n"
            "\"Left breast 3 o'clock: 9 mm oval mass. BI-RADS 3.\"\n"
            "Plan: review in clinic.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_exam_lines_under_a_history_heading_alone_list_earlier_exams() -> None:
    text = ("Clinic note\n"
            "Imaging history:\n"
            "Breast ultrasound, 12/03/2025:\n"
            "\"Left breast 3 o'clock: 9 mm oval mass. BI-RADS 3.\"\n"
            "Plan: review in clinic.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_a_history_sentence_running_on_into_the_exam_line_stays_history() -> None:
    text = ("Clinic note\n"
            "History: left breast lump; she brings the report of her private\n"
            "breast ultrasound, 12/03/2025, which reads:\n"
            "\"Left breast 3 o'clock: 9 mm oval mass. BI-RADS 3.\"\n"
            "Plan: review in clinic.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_near_miss_a_sentence_naming_someone_elses_exam_before_a_quote_stays_history() -> None:
    text = ("Clinic note\n"
            "History: left breast lump, now smaller.\n"
            "Her sister's breast ultrasound, 12/03/2026 (shown by the patient):\n"
            "\"Left breast 3 o'clock: 9 mm oval mass. BI-RADS 3.\"\n"
            "Plan: review in clinic.\n")
    assert extract_birads(text) == {"L": None, "R": None}
