"""Radiology b95-b96: a DICOM SR printed as a dcmdump tag listing is read from its content items (an assessment item's
code meaning with its laterality modifier); an interface engine's log of HL7 messages reads the corrected message for an
order, not the one it replaces; a letter's "Our final assessment (left breast):" is the writer's own heading; a side line
in capitals in a mixed-case report is its impression without a heading."""
from nlp.birads import extract_birads
from nlp.layout import dicom_sr_listing_view, replaced_messages, sr_category

_ITEM = ("  (fffe,e000) na (Item with explicit length #=4)        # 190, 1 Item\n"
         "    (0040,a040) CS [CODE]                               #   4, 1 ValueType\n"
         "    (0040,a043) SQ (Sequence with explicit length #=1)  #  48, 1 ConceptNameCodeSequence\n"
         "      (0008,0104) LO [{name}]{pad1}#  18, 1 CodeMeaning\n"
         "    (0040,a168) SQ (Sequence with explicit length #=1)  #  44, 1 ConceptCodeSequence\n"
         "      (0008,0104) LO [{value}]{pad2}#  16, 1 CodeMeaning\n"
         "    (0040,a730) SQ (Sequence with explicit length #=1)  #  62, 1 ContentSequence\n"
         "      (fffe,e000) na (Item with explicit length #=3)    #  54, 1 Item\n"
         "        (0040,a010) CS [HAS CONCEPT MOD]                #  16, 1 RelationshipType\n"
         "        (0008,0104) LO [{site_name}]                   #  10, 1 CodeMeaning\n"
         "        (0008,0104) LO [{side}]                        #   6, 1 CodeMeaning\n")
_TEXT_ITEM = ("  (fffe,e000) na (Item with explicit length #=3)        # 140, 1 Item\n"
              "    (0040,a040) CS [TEXT]                               #   4, 1 ValueType\n"
              "    (0008,0104) LO [{name}]                            #   8, 1 CodeMeaning\n"
              "    (0040,a160) UT [{text}] #  96, 1 TextValue\n")


def _item(value: str, side: str, name: str = "BI-RADS Assessment", site_name: str = "Laterality") -> str:
    return _ITEM.format(name=name, value=value, side=side, site_name=site_name,
                        pad1=" " * max(1, 30 - len(name)), pad2=" " * max(1, 30 - len(value)))


def _listing(study: str, *items: str) -> str:
    return ("# dcmdump -q SR_0001.dcm\n"
            "(0008,0016) UI =ComprehensiveSRStorage                  #  30, 1 SOPClassUID\n"
            f"(0008,1030) LO [{study}]                               #  20, 1 StudyDescription\n"
            "(0010,0010) PN [PERSON^A]                               #  16, 1 PatientName\n"
            "(0040,a730) SQ (Sequence with explicit length #=3)      # 998, 1 ContentSequence\n" + "".join(items))


def test_a_dicom_sr_listing_reads_each_assessment_item_with_its_laterality() -> None:
    text = _listing("US BREAST BILATERAL",
                    _TEXT_ITEM.format(name="Finding", text="Right breast: 5 mm complicated cyst at 10:00."),
                    _item("Benign", "Right"), _item("Suspicious - low suspicion", "Left"))
    assert extract_birads(text) == {"L": "4A", "R": "2"}
    view = dicom_sr_listing_view(text)
    assert len(view) == len(text)
    assert "Left breast: BI-RADS 4A." in view and "Finding: Right breast: 5 mm complicated cyst" in view


def test_a_dicom_sr_listing_reads_both_sides_a_finding_site_and_a_flat_printout() -> None:
    assert extract_birads(_listing("MAMMO SCREENING", _item("Negative", "Right and left"))) == {"L": "1", "R": "1"}
    site = _item("Probably Benign", "Left breast", site_name="Finding Site")
    assert extract_birads(_listing("US BREAST", site)) == {"L": "3", "R": None}
    # (dcmdump may print the code meanings without their sequences, one under the other)
    flat = "".join(line for line in _item("Known biopsy proven malignancy", "Right").splitlines(keepends=True)
                   if "SQ (Sequence" not in line)
    assert extract_birads(_listing("MRI BREASTS", flat)) == {"L": None, "R": "6"}


def test_a_code_meaning_names_the_most_specific_category() -> None:
    assert sr_category("Suspicious - high suspicion") == "4C"
    assert sr_category("Suspicious") == "4"
    assert sr_category("Highly suggestive of malignancy") == "5"
    assert sr_category("Incomplete") == "0"
    assert sr_category("BI-RADS 4B") == "4B"
    assert sr_category("Scattered fibroglandular density") is None


def test_near_miss_a_coded_item_that_is_no_assessment_gives_no_category() -> None:
    # (a finding coded "Benign calcification" or a composition item is no assessment; nor is a listing of no SR)
    text = _listing("MAMMO SCREENING", _item("Benign calcification", "Right", name="Finding"),
                    _item("Scattered fibroglandular density", "Right and left", name="Breast composition"))
    assert extract_birads(text) == {"L": None, "R": None}
    assert dicom_sr_listing_view("Right breast: benign.") == "Right breast: benign."


_MESSAGE = ("---- message {id} ----\n"
            "MSH|^~\\&|RIS|RAD|EHR|HOSP|20260223111238||ORU^R01|{id}|P|2.5.1\n"
            "PID|1||M0001^^^WB^MR||PERSON^A^^||19760707|F\n"
            "OBR|1|ORD1|{order}|76642^US BREAST {exam} LTD^CPT|||20260223103000|||||||||DOC^A^^^^MD||||||20260223111200"
            "||US|{status}\n"
            "OBX|1|CE|BIRADS-R^BI-RADS Assessment Right Breast^L||{right}||||||{status}\n"
            "OBX|2|CE|BIRADS-L^BI-RADS Assessment Left Breast^L||{left}||||||{status}\n"
            "---- end message ----\n")


def test_a_corrected_message_replaces_the_results_sent_before_for_its_order() -> None:
    first = _MESSAGE.format(id="1", order="ACC1", exam="RIGHT", status="F", right="4A^Suspicious - low suspicion", left="")
    second = _MESSAGE.format(id="2", order="ACC1", exam="LEFT", status="C", right="", left="4A^Suspicious - low suspicion")
    text = "2026-02-23 11:12 msg 1 received\n" + first + "2026-02-23 13:55 msg 2 received (replaces 1)\n" + second
    assert extract_birads(text) == {"L": "4A", "R": None}
    assert len(replaced_messages(text)) == 1
    # (a final result replaces a preliminary one too)
    prelim = _MESSAGE.format(id="1", order="ACC1", exam="BILAT", status="P", right="0^Incomplete", left="1^Negative")
    final = _MESSAGE.format(id="2", order="ACC1", exam="BILAT", status="F", right="2^Benign", left="1^Negative")
    assert extract_birads(prelim + final) == {"L": "1", "R": "2"}


def test_near_miss_a_message_for_another_order_replaces_nothing() -> None:
    first = _MESSAGE.format(id="1", order="ACC1", exam="RIGHT", status="F", right="4A^Suspicious - low suspicion", left="")
    second = _MESSAGE.format(id="2", order="ACC2", exam="LEFT", status="C", right="", left="2^Benign")
    assert replaced_messages(first + second) == []
    assert extract_birads(first + second) == {"L": "2", "R": "4A"}
    # (nor does a preliminary result sent after a final one)
    final = _MESSAGE.format(id="1", order="ACC1", exam="BILAT", status="F", right="2^Benign", left="1^Negative")
    prelim = _MESSAGE.format(id="2", order="ACC1", exam="BILAT", status="P", right="2^Benign", left="1^Negative")
    assert replaced_messages(final + prelim) == []


_LETTER = ("Dear Mrs Person,\n\nRe: Second opinion - left breast ultrasound\n\n"
           'Outside interpretation (as reported): "Left 5:00 complicated cyst 9 mm. Probably benign, BI-RADS 3."\n\n'
           "Dr A. Reader re-scanned the left breast. The area is solid, with blood flow inside it.\n"
           "Our final assessment (left breast): Suspicious. A biopsy is needed.\n\nYours sincerely,\nA. Surgeon\n")


def test_a_letter_writers_own_assessment_heading_reads() -> None:
    assert extract_birads(_LETTER) == {"L": "4", "R": None}
    assert extract_birads(_LETTER.replace("Our final assessment", "My assessment")) == {"L": "4", "R": None}


def test_near_miss_another_readers_assessment_heading_in_a_letter_does_not() -> None:
    assert extract_birads(_LETTER.replace("Our final assessment", "The outside assessment")) == {"L": None, "R": None}
    assert extract_birads(_LETTER.replace("Our final assessment", "Their assessment")) == {"L": None, "R": None}


_WORDS_ONLY = ("RIGHT BREAST ULTRASOUND (TARGETED)\n"
               "Clinical: 68 years; hard right breast mass.\n"
               "Findings: At right 11:00 there is an irregular hypoechoic mass, 32 mm. Two abnormal axillary nodes.\n"
               "RIGHT BREAST: 32 MM IRREGULAR MASS 11:00 WITH ABNORMAL AXILLARY NODES. HIGHLY SUGGESTIVE OF MALIGNANCY.\n"
               "Plan: core biopsy today.\nDr. A. Reader\n")


def test_a_side_line_in_capitals_sums_up_a_mixed_case_report() -> None:
    assert extract_birads(_WORDS_ONLY) == {"L": None, "R": "5"}


def test_near_miss_a_side_line_in_mixed_case_or_in_an_all_capitals_report_is_no_impression() -> None:
    mixed = _WORDS_ONLY.replace("RIGHT BREAST: 32 MM IRREGULAR MASS 11:00 WITH ABNORMAL AXILLARY NODES. HIGHLY SUGGESTIVE "
                                "OF MALIGNANCY.", "Right breast: 32 mm irregular mass 11:00. Highly suggestive of malignancy.")
    assert extract_birads(mixed) == {"L": None, "R": None}
    assert extract_birads(_WORDS_ONLY.upper()) == {"L": None, "R": None}
