"""Near misses of the second radiology review (its findings G, D, C, ...): each text is read as its expected output."""
from nlp.birads import extract_birads
from nlp.layout import replaced_results
from tests.nlp.sr_listing import ASSESSMENT, coded_item, listing

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


def test_a_prior_account_goes_on_over_unheaded_lines_to_a_today_marker() -> None:
    # (the lines under "Prior:" tell the prior exam until a line says today's)
    assert extract_birads("Prior: Mammogram 02/2024 at Riverside.\nThat study showed a left 2:00 mass, BI-RADS 4A, "
                          "biopsied: fibroadenoma.\nMass stable today, 8 mm. Benign.")["L"] != "4A"
    assert extract_birads("Prior: 2023 screening.\nLeft breast 4 mm calcs grouped, assessed BI-RADS 3 at the time.\n"
                          "No mammogram today; clinical visit only.") == {"L": None, "R": None}
    assert extract_birads("Prior: US 03/2025 (outside).\nIt showed a right 9:00 mass, BI-RADS 4A; biopsy: "
                          "fibroadenoma.\nNo imaging performed today.") == {"L": None, "R": None}
    assert extract_birads("Prev: US 01/2025.\nLeft 2:00 mass 8 mm, BI-RADS 4A; biopsy advised, patient declined.\n"
                          "Pt returns for f/u.") == {"L": None, "R": None}


def test_near_miss_a_terse_prior_note_followed_by_today_reads_today() -> None:
    assert extract_birads("Prior: US 01/2025, left 2:00 cyst, BI-RADS 3.\nToday: left 2:00 cyst resolved. "
                          "BI-RADS 1 left.")["L"] == "1"
    assert extract_birads("Prev: MRI NME L UOQ, BI-RADS 4A.\nCurrent MRI: NME resolved. Left BI-RADS 2.")["L"] == "2"


def test_a_negative_both_breasts_sentence_outside_an_imaging_report_is_no_category() -> None:
    # (a clinical examination's, a clinic note's or a pathology result's sentence, in a report naming no imaging exam or
    # after an examination / pathology / biopsy sentence on its line)
    for text in ("Clinic note. Breast exam: no palpable masses, no skin change, no nipple discharge. Negative, both "
                 "breasts.\nPlan: routine screening in 1 year.",
                 "Physical exam: both breasts soft, no masses. Negative, both breasts. Axillae clear.",
                 "Follow-up clinic. Examination: no lumps, scars healed. Negative, both breasts. Next review 12 months.",
                 "Surgical follow-up: s/p right lumpectomy for fibroadenoma. Histology: fibroadenoma, margins clear. "
                 "Benign, right breast. Discharged.",
                 "US-guided core biopsy, left breast 2:00, 14G x4. Pathology: fibroadenoma. Benign, left breast.\n"
                 "Concordant. Return to routine screening."):
        assert extract_birads(text) == {"L": None, "R": None}, text


def test_near_miss_a_benign_both_breasts_sentence_of_an_imaging_report_reads() -> None:
    assert extract_birads("Bilateral screening mammogram: scattered fibroglandular tissue, no suspicious mass. "
                          "Benign findings, both breasts.") == {"L": "2", "R": "2"}


def test_a_per_breast_list_after_an_outside_or_comparison_sentence_is_history() -> None:
    assert extract_birads("Referral letter: GP notes lump. Outside imaging reviewed. BI-RADS per breast: Left 4, "
                          "Right 2.\nOur ultrasound today: left lump is a simple cyst. Impression: BI-RADS 2 left."
                          ) == {"L": "2", "R": None}
    assert extract_birads("Comparison with mammogram of 2023 at St Luke's. Assessment per breast: Left 3, Right 2.\n"
                          "Current: bilateral ultrasound normal. BI-RADS 1.") == {"L": "1", "R": "1"}
    assert extract_birads("Outside reports reviewed. BI-RADS per breast: Left 4, Right 1.\nToday's bilateral "
                          "mammogram: negative. BI-RADS 1.") == {"L": "1", "R": "1"}


def test_near_miss_a_per_breast_list_after_todays_exam_reads() -> None:
    assert extract_birads("Bilateral ultrasound today, left 3:00 cyst. BI-RADS per breast: Left 2, Right 1."
                          ) == {"L": "2", "R": "1"}


def test_a_bi_rads_density_or_descriptor_concept_is_no_assessment() -> None:
    assert extract_birads(listing("MAMMO SCREENING BILAT",
                                  coded_item("BI-RADS Breast Density", "3 - Heterogeneously dense", "Right and left"),
                                  coded_item(ASSESSMENT, "Negative", "Right and left"))) == {"L": "1", "R": "1"}
    assert extract_birads(listing("MAMMO DIAG BILAT",
                                  coded_item("BI-RADS Calcification Morphology", "Suspicious morphology", "Left"),
                                  coded_item(ASSESSMENT, "Benign", "Left"), coded_item(ASSESSMENT, "Negative", "Right"))
                          ) == {"L": "2", "R": "1"}


def test_near_miss_a_bi_rads_assessment_category_concept_reads() -> None:
    assert extract_birads(listing("MAMMO DIAG BILAT", coded_item("BI-RADS Assessment Category", "Suspicious", "Left"),
                                  coded_item(ASSESSMENT, "Negative", "Right"))) == {"L": "4", "R": "1"}


def test_a_clinic_letters_own_final_assessment_naming_no_imaging_exam_is_no_category() -> None:
    assert extract_birads("Breast clinic letter\nDear Dr Patel,\nI saw Mrs B today with a left breast lump. Examination: "
                          "2 cm mobile lump.\nMy final assessment (left breast): benign, likely fibroadenoma clinically; "
                          "ultrasound requested.\nYours sincerely, Mr C, breast surgeon") == {"L": None, "R": None}


def test_near_miss_a_letters_own_final_assessment_after_its_imaging_exam_reads() -> None:
    assert extract_birads("Dear Dr Patel,\nWe performed a left breast ultrasound today: 2:00 irregular mass 12 mm.\n"
                          "My final assessment (left breast): Suspicious. A biopsy is needed.\nYours sincerely"
                          )["L"] == "4"


def test_a_later_lesions_final_of_the_same_side_does_not_lower_an_earlier_final() -> None:
    assert extract_birads("LEFT BREAST ULTRASOUND\nMass A (left 10:00): 12 mm irregular, angular margins.\n"
                          "Final BI-RADS (left): 4C\nMass B (left 3:00): 4 mm oval circumscribed, likely cyst.\n"
                          "Final BI-RADS (left): 3\nRecommend biopsy of mass A; 6-month follow-up of mass B."
                          ) == {"L": "4C", "R": None}
    assert extract_birads("BILATERAL DIAGNOSTIC MAMMOGRAM AND LEFT ULTRASOUND\nFindings:\nLesion 1: Left 2:00, 9 mm "
                          "irregular hypoechoic mass.\nFinal BI-RADS (left): 4B - Moderate suspicion\nLesion 2: Left 7:00, "
                          "5 mm simple cyst.\nFinal BI-RADS (left): 2 - Benign\nRight breast: negative. BI-RADS 1.\n"
                          "Recommendation: US-guided core biopsy of the left 2:00 mass.") == {"L": "4B", "R": "1"}


def test_near_miss_a_final_line_still_replaces_the_preliminary_category_before_it() -> None:
    assert extract_birads("Second read form.\nPrelim BI-RADS 4A (requesting site).\nLeft breast ultrasound reviewed: "
                          "oval circumscribed mass 6 mm.\nFinal BI-RADS (left): 3 - Probably benign")["L"] == "3"


def test_near_miss_an_undated_terse_prior_note_heads_its_own_line_only() -> None:
    assert extract_birads("US L BREAST 2nd look (post MRI)\nPrev: MRI NME L UOQ.\nL 1:00 14mm irreg hypoechoic area, "
                          "correlates.\nCat 4C L. US core.") == {"L": "4C", "R": None}


def test_near_miss_a_per_breast_list_quoted_from_todays_review_after_outside_words_reads() -> None:
    assert extract_birads('Our review of the outside images, DIAGNOSTIC MAMMOGRAM BILATERAL (over-read 03/03/2026): '
                          '"Left upper outer quadrant linear calcifications. Right breast negative. FINAL BI-RADS BY '
                          'SIDE: RIGHT: 1. LEFT: 4C."') == {"L": "4C", "R": "1"}


def test_a_side_one_modality_left_out_of_a_bilateral_exam_keeps_the_exams_category() -> None:
    assert extract_birads("Bilateral mammogram: scattered density, no suspicious findings.\nUltrasound: right breast "
                          "not scanned (no target); left 3:00 cyst.\nBI-RADS 2.") == {"L": "2", "R": "2"}


def test_near_miss_a_side_a_one_sided_exam_left_out_gets_no_category() -> None:
    assert extract_birads("Left breast ultrasound.\nUltrasound: right breast not scanned; left 3:00 cyst.\nBI-RADS 2."
                          ) == {"L": "2", "R": None}
    assert extract_birads("Bilateral mammogram: right mastectomy.\nRight breast: not imaged.\nLeft: cyst.\nBI-RADS 2."
                          ) == {"L": "2", "R": None}
