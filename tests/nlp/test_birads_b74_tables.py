"""Reading classes of radiology b74 (tables, titles, revisions), each in words of its own (not taken from the batch)."""
from nlp.birads import extract_birads


def test_a_second_look_title_names_the_exams_side_over_a_reason_naming_the_other() -> None:
    text = ("Harbour Women's Imaging\nTARGETED (SECOND-LOOK) ULTRASOUND, LEFT BREAST\n\n"
            "Reason for exam: MRI correlation. Screening MRI last week showed a 6 mm enhancing mass in the left breast at "
            "2 o'clock. MRI category at that time: BI-RADS 4A, targeted ultrasound advised. Nothing on MRI in the right "
            "breast.\n\nTechnique: targeted scanning of the left upper inner quadrant.\n\n"
            "Findings: left 2 o'clock, 4 cm from the nipple, an irregular 5 mm hypoechoic mass.\n\n"
            "Impression: sonographic correlate of the MRI mass.\nAssessment: BI-RADS 4A.\n")
    assert extract_birads(text) == {"L": "4A", "R": None}
    assert extract_birads(text.replace("TARGETED (SECOND-LOOK) ULTRASOUND", "TARGETED SONOGRAPHY")) == {"L": "4A", "R": None}
    # near miss: a second-look title of both breasts covers both
    both = text.replace("TARGETED (SECOND-LOOK) ULTRASOUND, LEFT BREAST", "SECOND-LOOK ULTRASOUND, BILATERAL")
    assert extract_birads(both) == {"L": "4A", "R": "4A"}


def test_a_revision_by_its_categories_alone_keeps_the_side_of_the_category_it_replaces() -> None:
    text = ("Ultrasound left breast: 7 mm oval mass at 4 o'clock. Impression: left breast BI-RADS 4A, biopsy offered.\n\n"
            "Addendum: at the multidisciplinary meeting the mass was judged a fibroadenoma. Revised 4A -> 3, follow-up "
            "in 6 months, as the right breast cancer is treated first.\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    # near miss: a revision that names its side right after it is that side's
    named = text.replace("Revised 4A -> 3, follow-up", "Revised 4A -> 3 right breast; follow-up")
    assert extract_birads(named) == {"L": "4A", "R": "3"}


def test_a_lesion_tables_final_column_over_a_modalitys_own_category_column() -> None:
    text = ("SECOND-LOOK ULTRASOUND, BOTH BREASTS\n\n"
            "Lesions from the MRI of last month\n"
            "Side  Location        MRI-only cat.  Ultrasound today              Final (MRI + US)\n"
            "L     2 o'clock       4B             4 mm simple cyst              2\n"
            "R     7 o'clock       3              9 mm irregular mass, angular  4C\n"
            "                                     margins\n\n"
            "Conclusion: right breast biopsy advised.\n")
    assert extract_birads(text) == {"L": "2", "R": "4C"}
    # near miss: without a final column the modality's own category column is the table's category
    alone = text.replace("              Final (MRI + US)", "").replace("              2\n", "\n").replace("  4C\n", "\n")
    assert extract_birads(alone) == {"L": "4B", "R": "3"}
    # near miss: a final cell that gives no category leaves that row's modality category
    pending = text.replace("  4C\n", "  pending\n")
    assert extract_birads(pending) == {"L": "2", "R": "3"}
