"""Radiology b95-b96: a DICOM SR printed as a dcmdump tag listing is read from its content items (an assessment item's
code meaning with its laterality modifier; not a prior study's item, nor an excerpt after a report's text); an interface
engine's log of HL7 messages reads the corrected result for an order's observation, not the one it replaces (other orders
and observations stand); a letter's "Our final assessment (left breast):" is the writer's own heading (unless a category
follows it); a side line in capitals after the findings of a mixed-case report with no impression is its impression."""
from nlp.birads import extract_birads
from nlp.layout import dicom_sr_listing_view, replaced_results, sr_category
from tests.nlp.sr_listing import ASSESSMENT, coded_item, container_item, item_lines_in_code_sequences, listing, text_item


def test_a_dicom_sr_listing_reads_each_assessment_item_with_its_laterality() -> None:
    text = listing("US BREAST BILATERAL", text_item("Finding", "Right breast: 5 mm complicated cyst at 10:00."),
                   coded_item(ASSESSMENT, "Benign", "Right"), coded_item(ASSESSMENT, "Suspicious - low suspicion", "Left"))
    assert extract_birads(text) == {"L": "4A", "R": "2"}
    view = dicom_sr_listing_view(text)
    assert len(view) == len(text)
    assert "Left breast: BI-RADS 4A." in view and "Finding: Right breast: 5 mm complicated cyst" in view


def test_a_dicom_sr_listing_reads_both_sides_a_finding_site_and_a_flat_printout() -> None:
    assert extract_birads(listing("MAMMO SCREENING", coded_item(ASSESSMENT, "Negative", "Right and left"))) == {
        "L": "1", "R": "1"}
    site = coded_item(ASSESSMENT, "Probably Benign", "Left breast", modifier="Finding Site")
    assert extract_birads(listing("US BREAST", site)) == {"L": "3", "R": None}
    # (dcmdump may print the code meanings without their sequences, one under the other)
    flat = "".join(line for line in coded_item(ASSESSMENT, "Known biopsy proven malignancy", "Right").splitlines(
        keepends=True) if "SQ (Sequence" not in line)
    assert extract_birads(listing("MRI BREASTS", flat)) == {"L": None, "R": "6"}


def test_a_code_meaning_names_the_most_specific_category() -> None:
    assert sr_category("Suspicious - high suspicion") == "4C"
    assert sr_category("Suspicious") == "4"
    assert sr_category("Highly suggestive of malignancy") == "5"
    assert sr_category("Incomplete") == "0"
    assert sr_category("BI-RADS 4B") == "4B"
    assert sr_category("Scattered fibroglandular density") is None


def test_near_miss_a_coded_item_that_is_no_assessment_gives_no_category() -> None:
    # (a finding coded "Benign calcification" or a composition item is no assessment; nor is a listing of no SR)
    text = listing("MAMMO SCREENING", coded_item("Finding", "Benign calcification", "Right"),
                   coded_item("Breast composition", "Scattered fibroglandular density", "Right and left"))
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
    assert len(replaced_results(text)) == 2  # (both sides' results of the order)
    # (a final result replaces a preliminary one too)
    prelim = _MESSAGE.format(id="1", order="ACC1", exam="BILAT", status="P", right="0^Incomplete", left="1^Negative")
    final = _MESSAGE.format(id="2", order="ACC1", exam="BILAT", status="F", right="2^Benign", left="1^Negative")
    assert extract_birads(prelim + final) == {"L": "1", "R": "2"}


def test_near_miss_a_message_for_another_order_replaces_nothing() -> None:
    first = _MESSAGE.format(id="1", order="ACC1", exam="RIGHT", status="F", right="4A^Suspicious - low suspicion", left="")
    second = _MESSAGE.format(id="2", order="ACC2", exam="LEFT", status="C", right="", left="2^Benign")
    assert replaced_results(first + second) == []
    assert extract_birads(first + second) == {"L": "2", "R": "4A"}
    # (nor does a preliminary result sent after a final one)
    final = _MESSAGE.format(id="1", order="ACC1", exam="BILAT", status="F", right="2^Benign", left="1^Negative")
    prelim = _MESSAGE.format(id="2", order="ACC1", exam="BILAT", status="P", right="2^Benign", left="1^Negative")
    assert replaced_results(final + prelim) == []


_LETTER = ("Dear Mrs Person,\n\nRe: Second opinion - left breast ultrasound\n\n"
           'Outside interpretation (as reported): "Left 5:00 complicated cyst 9 mm. Probably benign, BI-RADS 3."\n\n'
           "Dr A. Reader re-scanned the left breast. The area is solid, with blood flow inside it.\n"
           "Our final assessment (left breast): Suspicious. A biopsy is needed.\n\nYours sincerely,\nA. Surgeon\n")


def test_a_letter_writers_own_assessment_heading_reads() -> None:
    assert extract_birads(_LETTER) == {"L": "4", "R": None}
    assert extract_birads(_LETTER.replace("Our final assessment", "My final assessment")) == {"L": "4", "R": None}


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


# ---- near misses of the four rules above (a review of their over-reach): each report as a hospital wrote it

_SR_FOLLOWUP_PRIOR_BOTH = listing(
    "US BREAST LEFT 6 MONTH FOLLOW-UP",
    text_item("Finding", "Left breast 2:00: 6 mm oval circumscribed mass, unchanged since the prior study.", full=True),
    coded_item(ASSESSMENT, "Benign", "Left", full=True),
    container_item("Comparison", coded_item("Prior BI-RADS Assessment", "Probably Benign", "Left", full=True),
                   coded_item("Prior BI-RADS Assessment", "Negative", "Right", full=True)))

_SR_PRIOR_PLAIN_NAME_IN_CONTAINER = listing(
    "US BREAST RIGHT", coded_item(ASSESSMENT, "Benign", "Right", full=True),
    container_item("Prior report", coded_item(ASSESSMENT, "Incomplete", "Right and left", full=True)))

_SR_IMPLANT_RECON = listing(
    "MRI BREAST SILICONE IMPLANT", coded_item(ASSESSMENT, "Benign", "Left", full=True),
    coded_item("Implant integrity assessment", "Negative for rupture", "Right", full=True))

_TEXT_WITH_SNIPPET = ("DIAGNOSTIC MAMMOGRAM LEFT\n"
                      "Findings: 12 mm spiculated mass left breast 2:00.\n"
                      "Impression: Left breast: highly suggestive of malignancy. BI-RADS 5.\n\n"
                      "Technical note (PACS): the structured report failed validation; dcmdump excerpt follows.\n"
                      + item_lines_in_code_sequences(text_item("Comment", "Report sent to RIS 10:42", full=True)))

_HL7_TWO_ORDERS_ONE_MSG = """\
2026-02-23 11:12 msg 1 received
---- message 1 ----
MSH|^~\\&|RIS|RAD|EHR|HOSP|20260223111238||ORU^R01|1|P|2.5.1
PID|1||M0001^^^WB^MR||PERSON^A^^||19760707|F
OBR|1|ORD1|ACC1|77067^MAMMO SCREENING BILATERAL^CPT|||20260223103000|||||||||DOC^A^^^^MD||||||20260223111200||US|F
OBX|1|CE|BIRADS-R^BI-RADS Assessment Right Breast^L||1^Negative||||||F
OBR|2|ORD2|ACC2|76642^US BREAST LEFT LTD^CPT|||20260223103000|||||||||DOC^A^^^^MD||||||20260223111200||US|F
OBX|2|CE|BIRADS-L^BI-RADS Assessment Left Breast^L||4A^Suspicious - low suspicion||||||F
---- end message ----
2026-02-23 14:00 msg 2 received
---- message 2 ----
MSH|^~\\&|RIS|RAD|EHR|HOSP|20260223111238||ORU^R01|2|P|2.5.1
PID|1||M0001^^^WB^MR||PERSON^A^^||19760707|F
OBR|1|ORD2|ACC2|76642^US BREAST LEFT LTD^CPT|||20260223103000|||||||||DOC^A^^^^MD||||||20260223111200||US|C
OBX|1|CE|BIRADS-L^BI-RADS Assessment Left Breast^L||3^Probably benign||||||C
---- end message ----
"""

_HL7_VISIT_ACCESSION = """\
2026-02-23 11:12 msg 1 received
---- message 1 ----
MSH|^~\\&|RIS|RAD|EHR|HOSP|20260223111238||ORU^R01|1|P|2.5.1
PID|1||M0001^^^WB^MR||PERSON^A^^||19760707|F
OBR|1|ORD1|V2026-118|77065^MAMMO DIAG BILAT^CPT|||20260223103000|||||||||DOC^A^^^^MD||||||20260223111200||US|F
OBX|1|CE|BIRADS-R^BI-RADS Assessment Right Breast^L||1^Negative||||||F
OBX|2|CE|BIRADS-L^BI-RADS Assessment Left Breast^L||0^Incomplete||||||F
---- end message ----
2026-02-23 11:12 msg 2 received
---- message 2 ----
MSH|^~\\&|RIS|RAD|EHR|HOSP|20260223111238||ORU^R01|2|P|2.5.1
PID|1||M0001^^^WB^MR||PERSON^A^^||19760707|F
OBR|1|ORD2|V2026-118|76642^US BREAST LEFT^CPT|||20260223103000|||||||||DOC^A^^^^MD||||||20260223111200||US|C
OBX|1|CE|BIRADS-L^BI-RADS Assessment Left Breast^L||2^Benign||||||C
---- end message ----
"""

_HL7_C_ONLY_CHANGED_OBX = """\
2026-02-23 11:12 msg 1 received
---- message 1 ----
MSH|^~\\&|RIS|RAD|EHR|HOSP|20260223111238||ORU^R01|1|P|2.5.1
PID|1||M0001^^^WB^MR||PERSON^A^^||19760707|F
OBR|1|ORD1|ACC1|76642^US BREAST BILAT^CPT|||20260223103000|||||||||DOC^A^^^^MD||||||20260223111200||US|F
OBX|1|CE|BIRADS-R^BI-RADS Assessment Right Breast^L||2^Benign||||||F
OBX|2|CE|BIRADS-L^BI-RADS Assessment Left Breast^L||4A^Suspicious - low suspicion||||||F
---- end message ----
2026-02-23 14:00 msg 2 received
---- message 2 ----
MSH|^~\\&|RIS|RAD|EHR|HOSP|20260223111238||ORU^R01|2|P|2.5.1
PID|1||M0001^^^WB^MR||PERSON^A^^||19760707|F
OBR|1|ORD1|ACC1|76642^US BREAST BILAT^CPT|||20260223103000|||||||||DOC^A^^^^MD||||||20260223111200||US|C
OBX|2|CE|BIRADS-L^BI-RADS Assessment Left Breast^L||3^Probably benign||||||C
---- end message ----
"""

_HL7_C_ADDENDUM_ONLY = """\
2026-02-23 11:12 msg 1 received
---- message 1 ----
MSH|^~\\&|RIS|RAD|EHR|HOSP|20260223111238||ORU^R01|1|P|2.5.1
PID|1||M0001^^^WB^MR||PERSON^A^^||19760707|F
OBR|1|ORD1|ACC1|76642^US BREAST LEFT^CPT|||20260223103000|||||||||DOC^A^^^^MD||||||20260223111200||US|F
OBX|1|CE|BIRADS-L^BI-RADS Assessment Left Breast^L||4A^Suspicious - low suspicion||||||F
OBX|2|TX|RPT^Report Text^L||IMPRESSION: Left breast 2:00 9 mm irregular mass. BI-RADS 4A.||||||F
---- end message ----
2026-02-23 11:12 msg 2 received
---- message 2 ----
MSH|^~\\&|RIS|RAD|EHR|HOSP|20260223111238||ORU^R01|2|P|2.5.1
PID|1||M0001^^^WB^MR||PERSON^A^^||19760707|F
OBR|1|ORD1|ACC1|76642^US BREAST LEFT^CPT|||20260223103000|||||||||DOC^A^^^^MD||||||20260223111200||US|C
OBX|1|TX|RPT^Report Text^L||ADDENDUM: Referring physician notified of results by phone on 2/23/2026 at 14:10.||||||C
---- end message ----
"""

_HL7_SAME_PLACER_DIFF_EXAM = """\
2026-02-23 11:12 msg 1 received
---- message 1 ----
MSH|^~\\&|RIS|RAD|EHR|HOSP|20260223111238||ORU^R01|1|P|2.5.1
PID|1||M0001^^^WB^MR||PERSON^A^^||19760707|F
OBR|1|REQ555||77065^MAMMO DIAG RIGHT^CPT|||20260223103000|||||||||DOC^A^^^^MD||||||20260223111200||US|F
OBX|1|CE|BIRADS-R^BI-RADS Assessment Right Breast^L||4A^Suspicious - low suspicion||||||F
---- end message ----
2026-02-23 11:12 msg 2 received
---- message 2 ----
MSH|^~\\&|RIS|RAD|EHR|HOSP|20260223111238||ORU^R01|2|P|2.5.1
PID|1||M0001^^^WB^MR||PERSON^A^^||19760707|F
OBR|1|REQ555||76642^US BREAST LEFT^CPT|||20260223103000|||||||||DOC^A^^^^MD||||||20260223111200||US|C
OBX|1|CE|BIRADS-L^BI-RADS Assessment Left Breast^L||2^Benign||||||C
---- end message ----
"""

_L_MY_FINAL_ASSESSMENT_PREVIOUS_LINE = """\
Dear Dr Jones,

In my letter of 3 March 2025 I wrote:
My final assessment (left breast): Probably benign.
The 6-month ultrasound today shows the cyst has resolved, BI-RADS 1 left breast.

Yours sincerely,
Dr B Reader
"""

_L_SURGEON_CLINICAL = """\
Dear Dr Jones,

I saw Ms Person in the breast clinic today with a left breast lump.
On examination there is a 2 cm smooth mobile lump in the left upper outer quadrant.
My assessment (left breast): smooth mobile 2 cm lump, benign.
I have requested an ultrasound and will see her with the result.

Yours sincerely,
Mr C Surgeon, Breast Surgeon
"""

_L_GP_REFERRAL = """\
Dear Breast Team,

Please see this 44 year old with a right breast lump for 3 weeks.
My impression: Right breast: cystic-feeling lump, probably benign.
She is very anxious and I would be grateful for your assessment.

Kind regards,
Dr D GP
"""

_C_COMPARISON = """\
Bilateral screening mammogram
Comparison:
RIGHT BREAST: 2024 US, PROBABLY BENIGN.
Findings: The right breast mass has resolved. No new findings.
Impression: Negative. BI-RADS 1.
"""

_C2_COMPARISON_INLINE_CAPS = """\
Bilateral screening mammogram
Comparison: 2024.
LEFT BREAST: 2024 DIAGNOSTIC, SUSPICIOUS, BIOPSY BENIGN.
Findings: Biopsy clip left breast. No new findings.
Impression: Benign findings. BI-RADS 2.
"""

_C_HX_LINE = """\
Bilateral screening mammogram
Hx:
LEFT BREAST: CYST ASPIRATION 2020, BENIGN.
Findings: No suspicious findings.
Impression: Negative, BI-RADS 1.
"""

_C_CLINICAL_CAPS_SECTION = """\
Bilateral mammogram
CLINICAL INFORMATION:
LEFT BREAST: KNOWN CANCER, BIOPSY-PROVEN, NEGATIVE MARGINS.
RIGHT BREAST: PRIOR LUMPECTOMY 2015, BENIGN.
Findings: Post-surgical changes right breast. Left breast 2 cm mass at 2:00 with clip.
Impression: Known biopsy-proven malignancy left breast. BI-RADS 6.
"""

_C2_HISTORY_PERIOD = """\
Bilateral diagnostic mammogram

Clinical history:
RIGHT BREAST: PRIOR BIOPSY 2019. BENIGN.
Left breast lump.

Findings: 11 mm spiculated mass left breast 12:00. Biopsy clip right breast, stable.

Impression: Highly suggestive of malignancy, left breast. BI-RADS 5.
"""

_C2_HISTORY_KNOWN_CANCER_OTHER_SIDE = """\
Right breast ultrasound
History: screening callback, right breast asymmetry.
LEFT BREAST: KNOWN BIOPSY PROVEN MALIGNANCY, ON NEOADJUVANT CHEMOTHERAPY.
Findings: No mass at the site of the right breast asymmetry.
Impression: Right breast: negative. BI-RADS 1.
"""

_C2_INDICATION_MIXED_HEADING = """\
US Left Breast
Indication: palpable lump.
LEFT BREAST: PREVIOUS 2024 ULTRASOUND, PROBABLY BENIGN.
Findings: Resolved. Normal fibroglandular tissue at the site of the lump.
Impression: Negative left breast ultrasound. BI-RADS 1.
"""

_C_EXAM_TITLE = """\
LEFT BREAST: SHORT INTERVAL FOLLOW-UP, PROBABLY BENIGN
Comparison: 03/2025.
Findings: The 7 mm oval mass at left 2:00 is stable for 24 months.
Impression: Stable left breast mass, benign. BI-RADS 2.
"""

_C_HISTORY_NOHEADING = """\
Exam: Bilateral diagnostic mammogram
56 year old woman, follow-up.
RIGHT BREAST: PRIOR BIOPSY 2019, BENIGN.
Findings: Scattered fibroglandular density. Stable post-biopsy clip in the right breast. 14 mm irregular mass left breast 1:00.
Impression: Left breast mass, suspicious. Biopsy recommended.
"""


def test_near_miss_an_sr_listings_prior_items_and_other_assessments_give_no_category() -> None:
    # (an item under a "Comparison" / "Prior report" container, or named "Prior ..." / "Previous ...", is an earlier
    # study's; an "Implant integrity assessment" or a node assessment is no BI-RADS category)
    assert extract_birads(_SR_FOLLOWUP_PRIOR_BOTH) == {"L": "2", "R": None}
    assert extract_birads(_SR_PRIOR_PLAIN_NAME_IN_CONTAINER) == {"L": None, "R": "2"}
    assert extract_birads(_SR_IMPLANT_RECON) == {"L": "2", "R": None}
    previous = _SR_IMPLANT_RECON.replace("[Implant integrity assessment]", "[Previous assessment]").replace(
        "[Negative for rupture]", "[Suspicious]")
    assert extract_birads(previous) == {"L": "2", "R": None}
    nodes = _SR_IMPLANT_RECON.replace("[Implant integrity assessment]", "[Axillary lymph node assessment]")
    assert extract_birads(nodes) == {"L": "2", "R": None}


def test_near_miss_a_dcmdump_excerpt_after_a_reports_text_leaves_the_report_as_it_is() -> None:
    assert dicom_sr_listing_view(_TEXT_WITH_SNIPPET) == _TEXT_WITH_SNIPPET
    assert extract_birads(_TEXT_WITH_SNIPPET) == {"L": "5", "R": None}


def test_a_dcmdump_listing_with_an_item_line_in_each_code_sequence_reads() -> None:
    # (real dcmdump output prints an "(fffe,e000)" item inside every code sequence: its code meaning is its content
    # item's, not a content item of its own)
    assert extract_birads(item_lines_in_code_sequences(_SR_IMPLANT_RECON)) == {"L": "2", "R": None}


def test_near_miss_a_corrected_message_replaces_only_its_orders_observations() -> None:
    # (per order: another order of the same message, another procedure under the same accession or placer number stand)
    assert extract_birads(_HL7_TWO_ORDERS_ONE_MSG) == {"L": "3", "R": "1"}
    assert extract_birads(_HL7_VISIT_ACCESSION) == {"L": "2", "R": "1"}
    assert extract_birads(_HL7_SAME_PLACER_DIFF_EXAM) == {"L": "2", "R": "4A"}
    # (per observation: a corrected message carrying one result, or only an addendum, leaves the others standing)
    assert extract_birads(_HL7_C_ONLY_CHANGED_OBX) == {"L": "3", "R": "2"}
    assert extract_birads(_HL7_C_ADDENDUM_ONLY) == {"L": "4A", "R": None}


def test_near_miss_a_letters_quoted_or_clinical_assessment_gives_no_category() -> None:
    # (an earlier letter's final assessment quoted before today's category; a surgeon's or GP's own assessment of a
    # lump; a pathologist's opinion)
    assert extract_birads(_L_MY_FINAL_ASSESSMENT_PREVIOUS_LINE) == {"L": "1", "R": None}
    assert extract_birads(_L_SURGEON_CLINICAL) == {"L": None, "R": None}
    assert extract_birads(_L_GP_REFERRAL) == {"L": None, "R": None}
    pathologist = "Dear Dr Jones,\n\nMy opinion: Left breast: benign, concordant with imaging.\n\nYours sincerely,\nDr P\n"
    assert extract_birads(pathologist) == {"L": None, "R": None}


def test_near_miss_a_capitals_history_comparison_or_title_line_is_no_impression() -> None:
    assert extract_birads(_C_COMPARISON) == {"L": "1", "R": "1"}
    assert extract_birads(_C2_COMPARISON_INLINE_CAPS) == {"L": "2", "R": "2"}
    assert extract_birads(_C_HX_LINE) == {"L": "1", "R": "1"}
    assert extract_birads(_C_CLINICAL_CAPS_SECTION) == {"L": "6", "R": None}
    assert extract_birads(_C2_HISTORY_PERIOD) == {"L": "5", "R": None}
    assert extract_birads(_C2_HISTORY_KNOWN_CANCER_OTHER_SIDE) == {"L": None, "R": "1"}
    assert extract_birads(_C2_INDICATION_MIXED_HEADING) == {"L": "1", "R": None}
    assert extract_birads(_C_EXAM_TITLE) == {"L": "2", "R": None}
    assert extract_birads(_C_HISTORY_NOHEADING) == {"L": None, "R": None}
    # (nor in a report with no impression: a history line above the findings)
    no_impression = _C_HISTORY_NOHEADING.replace("Impression: Left breast mass, suspicious. Biopsy recommended.\n", "")
    assert extract_birads(no_impression) == {"L": None, "R": None}
