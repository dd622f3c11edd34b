"""Radiology b83: a fixed-width printout (a portable scanner's thermal strip) that pads each upper-case,
abbreviated key with dots straight into its value, with no colon, and its radiologist's review below the
sonographer's preliminary category."""
from nlp.birads import extract_birads
from nlp.layout import leader_view

# another vendor's strip: other keys, other leader lengths, a mixed-case key, a two-dot leader
_STRIP_HEAD = (
    "==============================\n"
    " PORTASCAN 3  FIELD CLINIC\n"
    "==============================\n"
    "Date......03/05/2026\n"
    "PATIENT NO.....A-1123\n"
    "EXAMINATION....US BOTH BREASTS\n"
    "TRANSDUCER.....12 MHZ\n"
    "------------------------------\n"
)


def test_dotted_keys_with_no_colon_read_as_per_side_fields() -> None:
    text = _STRIP_HEAD + "R BREAST.......2 CYSTS\nL BREAST.......NORMAL\nBIRADS R...2 BENIGN\nBIRADS L..1 NEG\n"
    assert extract_birads(text) == {"L": "1", "R": "2"}


def test_a_dotted_overall_category_assesses_both_sides() -> None:
    text = _STRIP_HEAD + "BOTH BREASTS...NO FOCAL LESION\nBI-RADS OVERALL....1 NEGATIVE\nF/U......ROUTINE\n"
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_a_side_not_scanned_on_the_strip_has_no_category() -> None:
    text = _STRIP_HEAD + "BIRADS RT.....-- NOT SCANNED\nBIRADS LT.....4B MOD SUSP\n.............REFER FOR BX\n"
    assert extract_birads(text) == {"L": "4B", "R": None}


def test_leader_view_reads_a_colonless_leader_as_its_keys_colon_and_blanks_a_continuation() -> None:
    text = _STRIP_HEAD + "BIRADS LT....3 PROB BENIGN\n.............US 6 MO\n"
    view = leader_view(text)
    assert len(view) == len(text)
    assert "BIRADS LT:   3 PROB BENIGN" in view and "\n             US 6 MO" in view
    assert "EXAMINATION:   US BOTH BREASTS" in view


def test_an_ellipsis_or_two_in_prose_is_no_printout() -> None:
    # near miss: fewer than four keyed dotted lines are prose trailing off, not fields
    text = "Findings... a cyst at 3 o'clock.\nLeft breast..2 mm focus, likely a lymph node.\nImpression: BI-RADS 2.\n"
    assert leader_view(text) == text


def test_the_radiologists_review_replaces_the_sonographers_preliminary_category() -> None:
    text = _STRIP_HEAD + ("PRELIM BIRADS LT...4A\n..............AWAITING REVIEW\n"
                          "RADIOLOGIST REVIEW\n COMMENT....FIBROADENOMA\n BIRADS LT...3 PROB BENIGN\n")
    assert extract_birads(text) == {"L": "3", "R": None}


def test_a_radiologist_review_still_pending_replaces_nothing() -> None:
    # near miss: the review is awaited, so the preliminary category is the strip's only one and stands
    text = _STRIP_HEAD + "PRELIM BIRADS LT...4A\nFINAL TO FOLLOW\nRADIOLOGIST REVIEW PENDING\nBIRADS RT...1 NEG\n"
    assert extract_birads(text) == {"L": "4A", "R": "1"}


def test_an_arabic_comma_between_glossed_sides_lists_them() -> None:
    # a Persian translation's sides, with the Arabic-script comma and semicolon between them
    assert extract_birads("BI-RADS: راست [right] 4A، چپ [left] 1.") == {"L": "1", "R": "4A"}
    assert extract_birads("Final BI-RADS: right 2؛ left 5.") == {"L": "5", "R": "2"}


def test_an_arabic_comma_reads_as_a_latin_one_and_no_more() -> None:
    # near miss: the comma after a measurement is still no category
    arabic = "Right breast: cyst 6 mm، left breast normal. Impression: BI-RADS 2."
    assert extract_birads(arabic) == extract_birads(arabic.replace("،", ",")) == {"L": "2", "R": "2"}


def test_a_named_category_with_its_side_goes_on_after_a_comma_to_its_finding() -> None:
    assert extract_birads("IMPRESSION: Known biopsy-proven malignancy, left breast, sonographic size 19 mm.\n") == {
        "L": "6", "R": None}
    assert extract_birads("Impression: Probably benign, right breast, likely fibroadenoma.\n") == {"L": None, "R": "3"}


def test_a_named_category_with_no_side_does_not_go_on_after_a_comma() -> None:
    # near miss: without a side the name must end its sentence, as before ("Benign, size 19 mm" is no statement)
    assert extract_birads("IMPRESSION: Benign, size 19 mm.\n") == {"L": None, "R": None}


def test_a_diagnostic_impression_heads_its_side_lines() -> None:
    assert extract_birads("Diagnostic impression: Left breast: Negative.\n") == {"L": "1", "R": None}
    text = "Impresión diagnóstica [Diagnostic impression]: Mama derecha: hallazgo probablemente benigno [probably benign].\n"
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_a_referrers_clinical_impression_is_no_assessment() -> None:
    # near miss: the requesting clinician's impression names no category of the exam
    assert extract_birads("Clinical impression: Right breast: probably benign finding.\n") == {"L": None, "R": None}


def test_an_overall_category_skips_a_side_whose_field_says_it_was_not_scanned() -> None:
    # the side's empty value and its reason ("-- NOT SCANNED", "N/A (not examined)") leave it out of the exam, so the
    # overall line assesses the other side only, as a side the report says was not imaged
    strip = _STRIP_HEAD.replace("US BOTH BREASTS", "US BREAST")
    assert extract_birads(strip + "BIRADS RT.....-- NOT SCANNED\nBIRADS LT.....2 BENIGN\nBIRADS OVERALL..2 BENIGN\n") == {
        "L": "2", "R": None}
    assert extract_birads("BREAST US\nBI-RADS right: N/A (not examined)\nBI-RADS left: 2\nBI-RADS overall: 2\n") == {
        "L": "2", "R": None}
    # near misses: a side with its own category keeps it, and a dash before other words is no empty value
    assert extract_birads("BREAST US\nBI-RADS right: 1\nBI-RADS left: 2\nBI-RADS overall: 2\n") == {"L": "2", "R": "1"}
    assert extract_birads("BREAST US\nRight: -- not significantly changed\nLeft: cyst\nBI-RADS overall: 2\n") == {
        "L": "2", "R": "2"}
