"""Reading classes of radiology b71 (second pass), each in words of its own (not taken from the batch)."""
from nlp.birads import extract_birads


def test_a_chat_message_correcting_the_side_after_its_time_stamp_and_sender_moves_the_category() -> None:
    text = ("Secure messages - exported 03/03/2026\n"
            "03/03/2026 09:12 - Dr. Patel: Can you look at the US for Ms K?\n"
            "03/03/2026 09:40 - Dr. Okafor: US left breast targeted: 2:00, 8 cm FN, 9 mm irregular mass, angular margins. "
            "BI-RADS 4C, core biopsy advised.\n"
            "03/03/2026 09:44 - Dr. Okafor: Correction: this is the right breast, not the left - my typo. "
            "Category unchanged.\n"
            "03/03/2026 09:50 - Dr. Patel: Thanks.\n")
    assert extract_birads(text) == {"L": None, "R": "4C"}
    # (a bracketed clock time, no date, before the sender too)
    bracketed = text.replace("03/03/2026 09:44 - Dr. Okafor:", "[09:44] A. Okafor:")
    assert extract_birads(bracketed) == {"L": None, "R": "4C"}


def test_a_chat_message_that_names_a_side_without_a_correction_moves_nothing() -> None:
    # near miss: a later message that agrees on the side, with no correction, leaves the category where it was
    text = ("03/03/2026 09:40 - Dr. Okafor: US left breast targeted: 2:00, 9 mm irregular mass. BI-RADS 4C.\n"
            "03/03/2026 09:44 - Dr. Patel: OK, that is the left breast, not the right as the request said.\n")
    assert extract_birads(text) == {"L": "4C", "R": None}
    # near miss: a correction message that corrects no side (a clock face) moves nothing either
    clock = ("03/03/2026 09:40 - Dr. Okafor: US left breast targeted: 2:00, 9 mm irregular mass. BI-RADS 4C.\n"
             "03/03/2026 09:44 - Dr. Okafor: Correction: the mass is at 3:00, not 2:00.\n")
    assert extract_birads(clock) == {"L": "4C", "R": None}


def test_a_category_name_and_its_side_may_go_on_after_a_comma_with_what_it_is_of() -> None:
    text = ("MRI BOTH BREASTS\n\nFindings:\nRight breast: 28 mm irregular enhancing mass (the known cancer).\n"
            "Left breast: no suspicious enhancement.\n\n"
            "IMPRESSION:\n"
            "Known biopsy-proven malignancy, right breast, MRI extent 28 mm including non-mass enhancement.\n"
            "Negative, left breast.\n")
    assert extract_birads(text) == {"L": "1", "R": "6"}


def test_a_category_name_line_whose_comma_clause_names_the_other_side_is_no_single_side_statement() -> None:
    # near miss: the comma clause names another side with a category of its own: the line is not read as one side's
    text = ("IMPRESSION:\n"
            "Benign, right breast, probably benign, left breast.\n")
    assert extract_birads(text) != {"L": None, "R": "2"}
