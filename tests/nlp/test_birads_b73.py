"""Reading classes of radiology b73, each in words of its own (not taken from the batch)."""
from nlp.birads import extract_birads


def test_assessment_per_side_heading_over_bare_side_numbers() -> None:
    text = ("Bilateral screening mammogram.\n\nAssessment per side: Left 4A (new grouped calcifications, biopsy "
            "advised). Right 1 (nothing to note).\n")
    assert extract_birads(text) == {"L": "4A", "R": "1"}
    assert extract_birads("Assessment by breast: Right 3 (oval mass). Left 2 (cyst).\n") == {"L": "2", "R": "3"}
    # a side word before a measurement under the same heading is no category
    assert extract_birads("Assessment per side: Right 4 mm cyst, left 2 cm lipoma.\n") == {"L": None, "R": None}


def test_side_list_after_the_scale_named_with_its_college() -> None:
    text = "Conclusion:\nBI-RADS category according to the ACR: left breast 3; right breast 1.\n"
    assert extract_birads(text) == {"L": "3", "R": "1"}
    assert extract_birads("BI-RADS assessment of the ACR: right breast 4B; left breast 2.\n") == {"L": "2", "R": "4B"}
    # the college named before a density letter heads no list of categories
    assert extract_birads("Density according to the ACR: right breast C; left breast C.\n") == {"L": None, "R": None}
