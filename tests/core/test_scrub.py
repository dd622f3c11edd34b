"""Free-text scrubbing: known identifiers in every format, identifier-shaped text, nothing else."""

from __future__ import annotations

from datetime import date

import pytest

from core.scrub import Scrubber, parse_dates

KNOWN = {"10072028": "MRN", "ROBINSON^CAROL": "NAME", "19590106": "DOB", "1011672606": "ACCESSION",
         "S17-00000100": "ID", "O'BRIEN^ANN": "NAME"}


@pytest.fixture(scope="module")
def scrub() -> Scrubber:
    return Scrubber(KNOWN)


@pytest.mark.parametrize(("text", "expected"), [
    ("US BREAST ROBINSON^CAROL MRN 10072028 DOB 19590106", "US BREAST [NAME]^[NAME] MRN [MRN] DOB [DOB]"),
    ("Robinson, Carol dob 01/06/1959 tel (555) 123-4567", "[NAME], [NAME] dob [DOB] tel [PHONE]"),
    ("PT10072028 seen 6 Jan 1959; acc# 1011672606", "PT[MRN] seen [DOB]; acc [ACCESSION]"),
    ("born Jan 6, 1959, 1959.01.06 or 06.01.59", "born [DOB], [DOB] or [DOB]"),
    ("ANNOTATION by O'Brien, Ann", "ANNOTATION by [NAME], [NAME]"),
    ("S17-00000100: see report", "[ID]: see report"),
])
def test_known_identifiers_in_any_format_are_tagged(scrub: Scrubber, text: str, expected: str) -> None:
    assert scrub(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("MRN: A1234567", "MRN [MRN]"),
    ("Medical record no. 88812345 on file", "Medical record [MRN] on file"),
    ("DOB 02/03/1971", "DOB [DOB]"),
    ("Accession No: X99812", "Accession [ACCESSION]"),
    ("Patient: Smith, Jane", "Patient [NAME]"),
    # (a name in any script: an ASCII-only name word stopped at "é" and left "é Núñez" behind)
    ("Patient: José Núñez", "Patient [NAME]"),
    ("PT: ÇAĞLAR^ÉLODIE", "PT [NAME]"),
    ("Name: Anna-Maria O'Neill", "Name [NAME]"),
    ("call 555.123.4567 or mail a.b@example.org", "call [PHONE] or mail [EMAIL]"),
    ("ref 7654321", "ref [ID]"),
])
def test_identifier_shaped_text_is_tagged_without_being_known(text: str, expected: str) -> None:
    assert Scrubber()(text) == expected


@pytest.mark.parametrize("text", [
    "US BREAST BILATERAL", "CORE BIOPSY IF INDICATED", "POST BX FOLLOW UP US",
    "A. RIGHT BREAST, 9:00, 6 CM FN, US-GUIDED VACUUM-ASSISTED BIOPSY: Invasive ductal carcinoma 3.1 cm.",
    "HER2 positive (3+), ER 90%, Ki-67 20%. ACC 2.1 CM", "specimen received 2017-07-20",
])
def test_clinical_text_is_left_alone(scrub: Scrubber, text: str) -> None:
    assert scrub(text) == text


def test_scrubbing_is_idempotent_and_never_empties_a_text(scrub: Scrubber) -> None:
    for text in ["ROBINSON", "10072028", "MRN 10072028", "  ", "", None, "DOB 19590106 ROBINSON CAROL 555-123-4567"]:
        once = scrub(text)
        assert scrub(once) == once
        assert bool(once and once.strip()) == bool(text and text.strip())


def test_short_name_parts_and_numbers_inside_longer_numbers_stay() -> None:
    scrub = Scrubber({"LI^WEI": "NAME", "4567890": "MRN"})
    assert scrub("LI WEI") == "LI [NAME]"  # a 2-letter part alone would hit ordinary words
    assert scrub("PT1234567890 and PT4567890") == "PT[ID] and PT[MRN]"


def test_a_birth_date_that_is_no_date_is_scrubbed_as_written() -> None:
    assert Scrubber({"1959-13-45": "DOB"})("dob? 1959-13-45") == "dob? [DOB]"


def test_dates_read_in_every_order() -> None:
    assert parse_dates("01/06/1959") == {date(1959, 1, 6), date(1959, 6, 1)}
    assert date(1959, 1, 6) in parse_dates("19590106")
    assert parse_dates("6th January 1959") == {date(1959, 1, 6)}
    assert parse_dates("not a date") == set()


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="kind"):
        Scrubber({"x123": "SSN"})
