"""Near misses of the second radiology review (its findings G, D, C, ...): each text is read as its expected output."""
from nlp.birads import extract_birads
from nlp.layout import replaced_results

_MESSAGE = ("---- message {id} ----\n"
            "MSH|^~\\&|RIS|RAD|EHR|HOSP|20260223111238||ORU^R01|{id}|P|2.5.1\n"
            "PID|1||M0001^^^WB^MR||PERSON^A^^||19760707|F\n"
            "OBR|1|ORD1|{order}|77066^MAMMO DIAG BILAT^CPT|||20260223103000|||||||||DOC^A^^^^MD||||||20260223111200"
            "||MG|{status}\n"
            "{obx}"
            "---- end message ----\n")


def test_a_corrected_message_with_only_an_addendum_line_keeps_the_report_text() -> None:
    # (several TX lines share one observation id: the corrected message's one line is added, not a replacement)
    text = ("2026-02-23 11:12 msg 1 received\n" + _MESSAGE.format(id="1", order="ACC1", status="F", obx=(
        "OBX|1|TX|&GDT^Report text||Bilateral diagnostic mammogram.||||||F\n"
        "OBX|2|TX|&GDT^Report text||IMPRESSION: Left 2:00 mass, BI-RADS 4A. Right BI-RADS 1.||||||F\n"))
        + "2026-02-23 15:40 msg 2 received\n" + _MESSAGE.format(id="2", order="ACC1", status="C", obx=(
            "OBX|1|TX|&GDT^Report text||ADDENDUM: Biopsy booked for 02/03/2026. No change to report.||||||C\n")))
    assert replaced_results(text) == []
    assert extract_birads(text) == {"L": "4A", "R": "1"}


def test_a_corrected_impression_line_revises_its_side_only() -> None:
    text = (_MESSAGE.format(id="1", order="ACC1", status="F", obx=(
        "OBX|1|TX|&IMP^Impression||Right breast: BI-RADS 2.||||||F\n"
        "OBX|2|TX|&IMP^Impression||Left breast: BI-RADS 4A.||||||F\n"))
        + _MESSAGE.format(id="2", order="ACC1", status="C", obx=(
            "OBX|1|TX|&IMP^Impression||Right breast: BI-RADS 3 (corrected).||||||C\n")))
    assert extract_birads(text) == {"L": "4A", "R": "3"}


def test_near_miss_a_corrected_message_restating_the_whole_text_replaces_it() -> None:
    text = (_MESSAGE.format(id="1", order="ACC1", status="F", obx=(
        "OBX|1|TX|&IMP^Impression||Right breast: BI-RADS 2.||||||F\n"
        "OBX|2|TX|&IMP^Impression||Left breast: BI-RADS 4A.||||||F\n"))
        + _MESSAGE.format(id="2", order="ACC1", status="C", obx=(
            "OBX|1|TX|&IMP^Impression||Right breast: BI-RADS 1.||||||C\n"
            "OBX|2|TX|&IMP^Impression||Left breast: BI-RADS 2.||||||C\n")))
    assert len(replaced_results(text)) == 2
    assert extract_birads(text) == {"L": "2", "R": "1"}
