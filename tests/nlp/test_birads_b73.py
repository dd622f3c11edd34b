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


def test_history_heading_qualified_by_treatment() -> None:
    text = ("MRI, left breast, mid-chemotherapy.\n\nPre-therapy history: left breast mass BI-RADS 5, biopsy showed "
            "carcinoma. Right breast screen 03/2026 recalled (BI-RADS 0); work-up normal.\n\nFindings: the left mass "
            "is smaller.\n\nImpression: partial response. BI-RADS 6, left.\n")
    assert extract_birads(text) == {"L": "6", "R": None}
    assert extract_birads(text.replace("Pre-therapy history", "Oncological history")) == {"L": "6", "R": None}
    # a treatment heading that is no history ("Treatment response:") still states today's categories
    near = "Left breast MRI.\n\nTreatment response: right breast recalled today, BI-RADS 0.\n\nBI-RADS 6, left.\n"
    assert extract_birads(near)["R"] == "0"


def test_persons_title_ends_no_sentence_between_today_and_reported_as() -> None:
    text = ("I requested a right breast ultrasound, done today in the imaging suite. The sonographer, Mrs. K. Obi, "
            "told me it showed a 5 mm circumscribed oval nodule at 10 o'clock. That was reported as probably "
            "benign, BI-RADS 3, with a repeat scan in six months.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}
    # an earlier exam named after "today" still dates the category reported
    prior = text.replace("it showed", "her previous scan showed")
    assert extract_birads(prior) == {"L": None, "R": None}


def test_addendum_heading_after_a_page_mark() -> None:
    text = ("Ultrasound, right breast.\nImpression: oval circumscribed nodule, BI-RADS 3.\n\n"
            "[Page 3] ERRATUM - 05/05/2026\nThe word right is an error: the study was performed on the left breast.\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    assert extract_birads(text.replace("[Page 3] ", "Page 3 - ")) == {"L": "3", "R": None}
    # a page mark over a note that corrects nothing leaves the side as written
    note = text.replace("ERRATUM", "Scheduling note").replace("The word right is an error: the", "The left")
    assert extract_birads(note) == {"L": None, "R": "3"}
