"""Radiology classes fixed on styles batch b76, each with its near miss (new wording, not the batch's reports)."""

from __future__ import annotations

from nlp.birads import extract_birads


def test_a_side_letter_opening_a_numbered_item_of_a_printout_in_capitals_names_its_side() -> None:
    text = ("BREAST US BILAT\n\nIMPRESSION:\n1. LT 2:00 COMPLICATED CYST. BI-RADS 3. F/U LT US 6 MOS.\n"
            "2. R FAT NECROSIS AT SCAR, STABLE. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "3", "R": "2"}
    # near miss: a letter before a capitalised word is a name's initial, no side (the category goes to the side above)
    assert extract_birads(text.replace("2. R FAT NECROSIS AT SCAR, STABLE.", "2. R Okafor reviewed the scar.")) == {
        "L": "3", "R": None}


def test_an_assessment_heading_naming_its_exam_in_parentheses_heads_the_category_name() -> None:
    text = ("EXAM: DIAGNOSTIC MAMMOGRAM, BOTH BREASTS\n\nFINDINGS: Scattered fibroglandular tissue. Stable benign "
            "calcifications.\n\nFinal assessment (mammography): Benign.\nPlease correlate clinically.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    # near miss: another remark in the parentheses is no exam and no reader: the name is not read
    assert extract_birads(text.replace("(mammography)", "(pending review)")) == {"L": None, "R": None}


def test_a_conclusions_category_name_after_the_findings_sentence_with_its_sides_named() -> None:
    text = ("ECOGRAFÍA MAMARIA BILATERAL [BILATERAL BREAST ULTRASOUND]\n\n"
            "Conclusión [Conclusion]: Quistes simples. Hallazgos benignos [benign findings], ambas mamas [both breasts].\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    english = "BILATERAL BREAST ULTRASOUND\n\nConclusion: Simple cysts. Benign findings, left breast.\n"
    assert extract_birads(english) == {"L": "2", "R": None}
    # near misses: a name after the finding's sentence without its sides, and a descriptive word, are not read
    assert extract_birads(english.replace("Benign findings, left breast.", "Suspicious.")) == {"L": None, "R": None}
    assert extract_birads(english.replace("Benign findings, left breast.", "Benign-appearing nodes, left breast.")) == {
        "L": None, "R": None}


def test_per_side_words_under_an_overall_category_line_outrank_it() -> None:
    text = ("Screening Mammography, Bilateral\n\nFindings: new focal asymmetry, right breast, upper outer quadrant.\n\n"
            "FINAL BI-RADS: 0 - Incomplete\nLeft breast: Negative.\nRight breast: Incomplete - needs additional imaging.\n")
    assert extract_birads(text) == {"L": "1", "R": "0"}
    # near miss: a category line without "overall" / "final" heads no side lines: its category is the exam's
    assert extract_birads(text.replace("FINAL BI-RADS:", "BI-RADS:")) == {"L": "0", "R": "0"}
