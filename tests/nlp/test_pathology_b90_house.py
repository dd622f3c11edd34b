"""Pathology rules developed on released batch b90, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_a_patient_apps_results_page_is_the_result_not_her_notes() -> None:
    # "== MY RESULTS ==" after "== MY NOTES ==": the released result ends the patient's own notes
    app = ("BreastPath Companion - My Care Summary export\n== MY NOTES (only visible to me) ==\n"
           "18 Mar - mammogram recall, left. 25 Mar - biopsy.\n"
           "== MY RESULTS ==\n[Pathology]  Received 03 Apr 2026\n"
           "  Left breast 12 o'clock core: invasive tubular carcinoma, grade 1.\n")
    assert labels(app) == {"L": "M", "R": "-"}
    assert labels(app.replace("== MY RESULTS ==", "Your test results:")) == {"L": "M", "R": "-"}
    # near miss: what she writes in her own notes above it is still her account, not a result
    assert labels(app.replace("25 Mar - biopsy.", "Right breast: DCIS 2019, lumpectomy.")) == {"L": "M", "R": "-"}


def test_biopsy_clip_site_changes_are_biopsy_site_changes() -> None:
    assert labels("FINAL DIAGNOSIS:\nLEFT BREAST, CORE BIOPSY:\n- INVASIVE DUCTAL CARCINOMA, GRADE 2.\n"
                  "- BIOPSY CLIP SITE CHANGES PRESENT.\n") == {"L": "BM", "R": "-"}
    assert labels("FINAL DIAGNOSIS:\nRight breast, excision:\n- Fibrocystic changes; clip site changes.\n") == {
        "L": "-", "R": "B"}
    # near miss: the clip itself, found or placed, is no site's changes
    assert labels("FINAL DIAGNOSIS:\nLEFT BREAST, CORE BIOPSY:\n- INVASIVE DUCTAL CARCINOMA, GRADE 2.\n"
                  "- BIOPSY CLIP IDENTIFIED.\n") == {"L": "M", "R": "-"}


def test_a_special_type_carcinoma_written_ca() -> None:
    assert labels("DX: R BREAST LUMPECTOMY - MUCINOUS (COLLOID) CA, 2.2 CM, MARGINS NEG.\n") == {"L": "-", "R": "M"}
    assert labels("DX: L BREAST CORE - TUBULAR CA, 0.8 CM.\n") == {"L": "M", "R": "-"}
    # near miss: a mucinous cyst and a CA 15-3 level are no carcinoma; a negated one is none
    assert labels("DX: R BREAST LUMPECTOMY - MUCINOUS CYST. CA 15-3 NORMAL.\n") == {"L": "-", "R": "B"}
    assert labels("DX: R BREAST LUMPECTOMY - FIBROADENOMA. NO MUCINOUS CA.\n") == {"L": "-", "R": "B"}


def test_an_entity_the_patient_was_counselled_about_is_no_diagnosis() -> None:
    assert labels("DIAGNOSIS:\nLeft breast, core: atypical lobular hyperplasia.\n\nCONSENT:\nRisks including "
                  "infection, capsular contracture, BIA-ALCL counselling given.\n") == {"L": "B", "R": "-"}
    # near miss: after a comma or a full stop the counselling is a clause of its own; the diagnosis stands
    assert labels("DIAGNOSIS:\nLeft breast, capsule: BIA-ALCL, counselling given by oncology.\n") == {
        "L": "M", "R": "-"}
    assert labels("DIAGNOSIS:\nLeft breast, core: DCIS. Counselling given.\n") == {"L": "M", "R": "-"}


_NOTE = ("Care team: Dr F. Adair\n\nRESULTS:\nRight breast core biopsy: invasive ductal carcinoma, grade 3.\n"
         "Clinician note: \"We will go through everything on Wednesday. FA\"\n")


def test_a_clinicians_initials_signing_a_note_are_no_finding() -> None:
    assert labels(_NOTE) == {"L": "-", "R": "M"}
    assert labels(_NOTE.replace("Dr F. Adair", "Dr Fiona Adair")) == {"L": "-", "R": "M"}
    # near miss: letters that spell no named clinician's initials keep their reading
    assert labels(_NOTE.replace("Dr F. Adair", "Dr K. Lund")) == {"L": "-", "R": "BM"}
    # near miss: the same letters as a diagnosis after a colon are the fibroadenoma
    assert labels("Care team: Dr F. Adair\n\nRESULTS:\nRight breast core biopsy: invasive ductal carcinoma.\n"
                  "Left breast core: FA.\n") == {"L": "B", "R": "M"}


def test_a_side_erratum_naming_the_final_diagnosis_moves_it() -> None:
    report = ("Status: CORRECTED\nCORRECTION: Where the final diagnosis reads LEFT BREAST, it must read RIGHT BREAST.\n"
              "FINAL DIAGNOSIS (as issued 04/07/2026):\nLEFT BREAST, 9:00, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA.\n")
    assert labels(report) == {"L": "-", "R": "M"}
    # near miss: an erratum of the grade leaves the side alone
    assert labels(report.replace("LEFT BREAST, it must read RIGHT BREAST", "GRADE 2, it must read GRADE 3")) == {
        "L": "M", "R": "-"}


def test_an_earlier_diagnosis_restated_for_reference_is_history() -> None:
    assert labels("HISTOLOGY:\nRight mastectomy 2022: IDC grade 3 - for reference only.\n"
                  "Left breast core 03/2026: fibroadenoma.\n") == {"L": "B", "R": "-"}
    # near miss: "for reference," opening a clause of its own leaves the diagnosis before it standing
    assert labels("HISTOLOGY:\nRight breast core 03/2026: IDC grade 3 - for reference, the prior core showed "
                  "DCIS.\n") == {"L": "-", "R": "M"}


def test_a_scar_named_by_the_specimen_taken_from_it_is_the_place() -> None:
    assert labels("DIAGNOSIS:\nRight chest wall scar core 03/2026: dermal fibrosis, no recurrent carcinoma.\n") == {
        "L": "-", "R": "-"}
    # near miss: a scar the tissue shows, and the core's tract beside it, is a scar
    assert labels("DIAGNOSIS:\nRight breast, excision: healed scar, core biopsy tract.\n") == {"L": "-", "R": "B"}


def test_a_terse_reports_abbreviated_finding_is_no_sign_off_and_counselled_is_no_topic() -> None:
    # near misses: "FA" ending a terse report's line after a full stop is its finding, whoever reported it; only a
    # note's closing quotation mark (or a dash before the initials) makes them a signature
    assert labels("Left breast 12 o'clock core biopsy. FA\nReported by Dr Fiona Adair, consultant "
                  "histopathologist") == {"L": "B", "R": "-"}
    # a patient counselled about her diagnosis has it; only "counselling given / provided / offered" names a topic
    assert labels("MDT outcome: left breast core biopsy: high grade DCIS counselled by CNS today, listed for "
                  "WLE.") == {"L": "M", "R": "-"}
