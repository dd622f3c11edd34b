"""Machine layouts: HL7 v2 printouts, bilingual headings and column tables read as report text."""

from __future__ import annotations

import json

from nlp.birads import extract_birads
from nlp.layout import (
    bilingual_view,
    boxed_grid_view,
    cda_view,
    cjk_view,
    column_tables,
    delimited_export_view,
    dotted_field_view,
    english_heading_view,
    event_log_view,
    expanded_records_view,
    export_rows,
    fhir_json_view,
    fhir_view,
    heading_view,
    hl7_view,
    json_record_view,
    jsonl_view,
    layout_view,
    leader_view,
    ocr_keyword_view,
    ocr_view,
    parse_json_spans,
    registry_record_view,
    side_gloss_view,
    translated_view,
    xml_export_view,
    xml_report_view,
    yaml_export_view,
)
from nlp.pathology import breast_labels, breast_states
from nlp.structure import unread_diagnosis

ORU = "\n".join([
    r"MSH|^~\&|LIS|NORTHGATE_AP|EHR|NORTHGATE|20260301101500||ORU^R01|M0001|P|2.5.1",
    "PID|1||9911223^^^NG^MR||QUILL^HARRIET^J||19700101|F",
    "OBR|1|O100|NG-S26-00042|88305^Surgical pathology^CPT4|||20260228||||||||Breast, right, 10:00, core|77^DOC^A",
    "OBX|1|FT|22636-5^Path report.relevant Hx^LN||Right breast mass; rule out carcinoma.||||||F",
    r"OBX|2|FT|22637-3^Path report.final diagnosis^LN||RIGHT BREAST, 10:00, CORE:\.br\- INVASIVE DUCTAL CARCINOMA, "
    r"GRADE 2.\.br\- DCIS, INTERMEDIATE GRADE.||||||F",
    "OBX|3|FT|22638-1^Path report.comments^LN||Receptor studies to follow.||||||F",
])


def test_hl7_view_keeps_every_offset_and_drops_the_patient_segment() -> None:
    view = hl7_view(ORU)
    assert len(view) == len(ORU)
    assert "QUILL" not in view and "HARRIET" not in view and "19700101" not in view
    assert "final diagnosis: " in view and "\n    - INVASIVE DUCTAL CARCINOMA" in view
    assert "specimen: Breast, right, 10:00, core" in view
    assert "|" not in view and "22637-3" not in view


def test_a_pathology_hl7_printout_is_labelled_from_its_final_diagnosis_only() -> None:
    states = breast_states(ORU)
    assert states["R"]["malignant"] and not states["L"]["malignant"]


def test_a_deleted_observation_is_not_read_and_a_corrected_one_is_headed_as_corrected() -> None:
    text = "\n".join([
        "OBR|1|O1|A1|88305^Surgical pathology^CPT4",
        "OBX|1|FT|DX^Final diagnosis^L||LEFT BREAST, CORE: INVASIVE LOBULAR CARCINOMA.||||||D",
        "OBX|2|FT|DX^Final diagnosis^L||LEFT BREAST, CORE: FIBROADENOMA.||||||C",
    ])
    view = hl7_view(text)
    assert "LOBULAR" not in view
    assert "corrected Final diagnosis: " in view
    states = breast_states(text)
    assert states["L"]["benign"] and not states["L"]["malignant"]


def test_a_repeated_observation_name_heads_only_its_first_line() -> None:
    text = "\n".join([
        "OBX|1|FT|DX^Final diagnosis^L|1|A. LEFT BREAST, EXCISION:||||||F",
        "OBX|2|FT|DX^Final diagnosis^L|2|   - FIBROCYSTIC CHANGES.||||||F",
    ])
    assert hl7_view(text).count("Final diagnosis:") == 1


def test_text_with_pipes_that_is_not_hl7_is_left_alone() -> None:
    text = "ACC | SIDE | BI-RADS\nX1 | R | 2\nSpecimen | breast\n"
    assert hl7_view(text) == text


def test_coded_per_side_assessments_of_a_radiology_printout_are_read() -> None:
    text = "\n".join([
        "OBR|1|O2|ACC9|77066^MG DIAG BILAT^CPT",
        "OBX|1|TX|&GDT^Report Text||IMPRESSION: Suspicious mass on the right.||||||F",
        "OBX|2|CWE|BR-R^BI-RADS Assessment Right Breast^L||4C^Suspicious - high^ACR||||||F",
        "OBX|3|CWE|BR-L^BI-RADS Assessment Left Breast^L||2^Benign^ACR||||||F",
    ])
    assert extract_birads(text) == {"L": "2", "R": "4C"}


def test_bilingual_headings_are_read_in_the_second_language() -> None:
    text = ("Antécédents / History: BI-RADS 3 in 2024.\n\nConstatations / Findings: stable.\n\n"
            "ÉVALUATION / ASSESSMENT:\nSein droit / Right breast : Négatif / Negative.\n"
            "Sein gauche / Left breast : Bénin / Benign.\n")
    view = bilingual_view(text)
    assert len(view) == len(text) and "Antécédents" not in view and "Négatif" not in view
    assert extract_birads(text) == {"L": "2", "R": "1"}


def test_a_statement_in_both_languages_is_read_in_its_english_half() -> None:
    text = ("Kliniek / Clinical: mass left breast.\n\nBesluit / Conclusion:\n"
            "Linkerborst, naaldbiopt: Geen carcinoma in situ aangetroffen / No carcinoma in situ identified.\n"
            "1. Kwaadaardig gezwel niet uitgesloten / Fibroadenoma.\n")
    view = bilingual_view(text)
    assert len(view) == len(text) and "Geen" not in view and "Kwaadaardig" not in view
    assert "No carcinoma in situ identified." in view and "Fibroadenoma." in view
    # an English pair in the same form is read whole: "No ADH / DCIS" keeps its negation
    near = text + "Comment: No atypia or ADH / DCIS seen.\n"
    assert "No atypia or ADH / DCIS" in bilingual_view(near)
    labels = breast_labels(text.replace("1. Kwaadaardig gezwel niet uitgesloten / Fibroadenoma.\n", ""))
    assert not labels["L"]["malignant"]


def test_slashes_without_spaces_are_not_a_second_language() -> None:
    text = "ER/PR: positive\nHER2/neu: negative\n"
    assert bilingual_view(text) == text


def test_a_worklist_table_gives_each_side_row_its_category() -> None:
    text = (
        "ACC        EXAM                  SIDE  KEY FINDING                    BI-RADS  NEXT STEP\n"
        "Q123       US BREAST BILAT       R     8mm oval mass 10:00,           3        US 6 mo\n"
        "                                       circumscribed\n"
        "                                 L     no mass                        1        screen\n"
    )
    rows = column_tables(text, ("bi-rads",))[0]
    assert [r.cell("side").text for r in rows] == ["R", "L"]
    assert rows[0].cell("key finding").text == "8mm oval mass 10:00, circumscribed"
    assert extract_birads(text) == {"L": "1", "R": "3"}


def test_a_category_grid_reads_the_tick_under_its_column() -> None:
    text = ("ASSESSMENT (tick one per side)\n"
            "                 0     1     2     3     4A    4B    4C    5     6\n"
            "Right           [ ]   [ ]   [ ]   [ ]   [X]   [ ]   [ ]   [ ]   [ ]\n"
            "Left            [ ]   [X]   [ ]   [ ]   [ ]   [ ]   [ ]   [ ]   [ ]\n")
    assert extract_birads(text) == {"L": "1", "R": "4A"}


def test_an_arrow_revision_replaces_the_category_before_it() -> None:
    text = "IMPRESSION: Left 3:00 mass. BI-RADS 4A.\nADDENDUM: cine reviewed. L revised 4A -> 3, follow-up in 6 months."
    assert extract_birads(text) == {"L": "3", "R": None}


def test_an_aside_that_dates_itself_is_history() -> None:
    text = ("Right breast US. History of left cancer (BI-RADS 6 at that time, since then BI-RADS 2), new right lump. "
            "IMPRESSION: suspicious right mass. BI-RADS 4B.")
    assert extract_birads(text) == {"L": None, "R": "4B"}


def test_a_category_letter_is_not_the_first_letter_of_a_foreign_word() -> None:
    assert extract_birads("Left breast: BI-RADS 2 - bénin / benign.") == {"L": "2", "R": None}


def test_layout_view_of_plain_text_is_the_text() -> None:
    text = "FINAL DIAGNOSIS:\nA. Left breast, core: fibroadenoma.\n"
    assert layout_view(text) is text


def test_an_unknown_layout_that_names_a_diagnosis_is_sent_to_review() -> None:
    unknown = "RESULT~~DX~~LEFT BREAST CORE~~FIBROADENOMA~~SIGNED"  # delimiters no reader knows
    assert unread_diagnosis(unknown, labelled=False)
    assert not unread_diagnosis(unknown, labelled=True)  # something was read: the report is not silent
    read = "FINAL DIAGNOSIS:\nLeft breast, core: no diagnostic abnormality.\n"
    assert not unread_diagnosis(read, labelled=False)  # a diagnosis heading was recognised
    assert not unread_diagnosis("Skin, forearm, shave: seborrheic keratosis.", labelled=False)


def test_cjk_view_blanks_ideographs_but_keeps_side_characters_and_offsets() -> None:
    text = "超声提示 Impression：左乳结节 BI-RADS 3类\nBI-RADS分类 (BI-RADS classification): 右 (right) 4A"
    view = cjk_view(text)
    assert len(view) == len(text)
    assert view.startswith("     Impression:左乳结节 BI-RADS 3 \n")
    assert "classification :" in view and "  right  4A" in view
    assert cjk_view("plain ASCII report") == "plain ASCII report"


def test_translated_view_writes_spanish_and_german_words_in_english_at_the_same_offsets() -> None:
    spanish = "Categoría de evaluación (mama derecha): Probablemente benigno.\nMI: BI-RADS 2.\nConclusión: quiste."
    view = translated_view(spanish)
    assert len(view) == len(spanish)
    assert "assessment (right breast):" in view and "probably benign." in view
    assert "\n L: BI-RADS 2." in view and "conclusion:" in view
    german = "Beurteilung: BI-RADS re. 5, li. 1; Befund beidseits"
    view = translated_view(german)
    assert len(view) == len(german) and "BI-RADS   R 5,   L 1" in view and "bilateral" in view
    english = "Impression: negative. See links below. Conclusion: MD: incomplete"  # no Spanish or German cue: unchanged
    assert translated_view(english) == english


def test_translated_view_blanks_a_bracketed_original_heading_before_its_colon() -> None:
    text = "Conclusion [Konklusion]: BI-RADS 3.\nAddendum [Tillaeg] 20.01.2026: BI-RADS 2.\nSee [1] below."
    view = translated_view(text)
    assert len(view) == len(text)
    assert "Conclusion" + " " * 13 + ": BI-RADS 3." in view and "Addendum" + " " * 11 + "20.01.2026:" in view
    assert "[1]" in view  # not a heading's gloss


def test_leader_view_blanks_dotted_leaders_before_a_colon_only() -> None:
    text = "Patient......: X        MRN...: 12\nBI-RADS LT....: 3 - Probably benign\nSee p. 2... then: fine\n"
    view = leader_view(text)
    assert len(view) == len(text)
    assert "BI-RADS LT    : 3 - Probably benign" in view and "MRN   : 12" in view
    assert "p. 2..." in view  # an ellipsis in prose with words before the colon is no leader
    assert leader_view("No leaders here: 1.2 cm") == "No leaders here: 1.2 cm"


def test_bilingual_values_with_a_number_are_kept_whole_for_the_radiology_reader() -> None:
    text = "Sag meme / Right breast: BI-RADS 2 - Benign / Benign\nSol meme / Left breast: Normal / Normal\n"
    default, kept = bilingual_view(text), bilingual_view(text, numbered_values=False)
    assert len(kept) == len(text) and "BI-RADS 2" not in default  # (pathology's default view: unchanged)
    assert "BI-RADS 2 - Benign / Benign" in kept and "Normal / " not in kept and "Right breast:" in kept


def test_a_tick_grid_header_of_plain_category_numbers_is_found_as_whole_cells() -> None:
    text = ("              0     1     2     3\n"
            "RIGHT        [ ]   [x]   [ ]   [ ]\n"
            "Date 2025-01-02    Ref 1   Room 3\n")
    tables = column_tables(text, ("0", "1", "2", "3"), whole_cells=True)
    assert len(tables) == 1 and tables[0][0].label == "RIGHT"
    assert tables[0][0].cell("1").text == "[x]"
    # as substrings the same words would take any line holding a digit for a header
    assert column_tables("Date 2025  Ref 1  Room 3\nA  B  C\n", ("1",), whole_cells=True) == []


def test_translated_view_writes_portuguese_form_words_in_english() -> None:
    form = "5. CLASSIFICAÇÃO (BI-RADS)\n   Mama direita:  (X) Categoria 1\n   Mama esquerda: (X) Categoria 2\n"
    view = translated_view(form)
    assert len(view) == len(form)
    assert "right breast:" in view and "left breast:" in view and "category 1" in view
    # a tick row per side is read per side once the side words are English
    grid = ("CLASSIFICAÇÃO RADIOLÓGICA (BI-RADS)\n"
            "Mama direita:  ( ) Categoria 0  (X) Categoria 1  ( ) Categoria 2  ( ) Categoria 3\n"
            "Mama esquerda: ( ) Categoria 0  ( ) Categoria 1  ( ) Categoria 2  (X) Categoria 3\n")
    assert extract_birads(grid) == {"L": "3", "R": "1"}


def test_translated_view_reads_french_sides_roman_categories_and_addenda() -> None:
    report = ("Conclusion [Conclusion] :\nSein droit : BI-RADS 1.\nSein gauche : BI-RADS 0.\n"
              "COMPLÉMENT AU RAPPORT [Addendum] — 27.01.2026\nSein gauche : BI-RADS 2 (bénin).\n")
    view = translated_view(report)
    assert len(view) == len(report) and "right :" in view and "left breast :" in view and "addendum" in view.lower()
    assert extract_birads(report) == {"L": "2", "R": "1"}
    roman = "ÉCHOGRAPHIE MAMMAIRE DROITE\nConclusion :\nMasse du sein droit.\nBI-RADS catégorie V (ACR).\n"
    assert extract_birads(roman) == {"L": None, "R": "5"}
    assert translated_view("No French words, category V here.") == "No French words, category V here."


def test_translated_view_reads_apostrophe_side_abbreviations() -> None:
    report = ("Findings:\n1. R't breast 10 o'clock: oval nodule.\n2. L't breast: simple cysts.\n"
              "Impression:\n1. R't breast nodule, probably benign, BI-RADS 3.\n2. L't breast simple cysts, BI-RADS 2.\n")
    view = translated_view(report)
    assert len(view) == len(report) and " Rt breast" in view and " Lt breast" in view and "o'clock" in view
    assert extract_birads(report) == {"L": "2", "R": "3"}
    assert extract_birads("Exam: L't BREAST ECHO (status post R't mastectomy)\nImpression:\n"
                          " L't breast: negative. BI-RADS 1.\n") == {"L": "1", "R": None}


def test_translated_view_reads_malay_sides_and_a_correction_heading() -> None:
    report = ("Pemeriksaan / Examination : Ultrabunyi payudara kiri / Left breast ultrasound\n"
              "Kesimpulan / Conclusion :\n  Left breast mass, highly suspicious for malignancy. BI-RADS 4C.\n"
              "PEMBETULAN / CORRECTION (12/06/2025):\n  Laterality error - pemeriksaan ini pada payudara KANAN.\n"
              "  This examination was performed on the RIGHT breast. The left breast was not examined.\n")
    view = translated_view(report)
    assert len(view) == len(report) and "left breast" in view and "correction /" in view.lower()
    assert extract_birads(report) == {"L": None, "R": "4C"}


def test_side_gloss_view_keeps_the_english_side_of_a_glossed_birads_statement() -> None:
    text = "Zaver: BI-RADS pravy (right) 2, levy (left) 3.\nBI-RADS: obie 1 / bilaterally 1.\nBI-RADS (jobb / right): 4a"
    view = side_gloss_view(text)
    assert len(view) == len(text)
    assert "BI-RADS         right 2,        left 3." in view
    assert "BI-RADS:          1 bilaterally." in view and "BI-RADS (       right): 4a" in view
    text = "BI-RADS: right (desna) 1, left (lijeva) 4b"
    assert side_gloss_view(text) == "BI-RADS:         right 1,          left 4b"


def test_side_gloss_view_reads_a_bilateral_gloss_before_its_category_and_sides_glossed_after_it() -> None:
    text = "BI-RADS: obustronnie / bilaterally 2\nBI-RADS 1 desna (right) and lijeva (left)."
    view = side_gloss_view(text)
    assert len(view) == len(text)
    assert "BI-RADS: " in view and view.split("\n")[0].endswith(" 2 bilaterally")
    assert view.split("\n")[1] == "BI-RADS 1 right         and left         ."  # (next to the category)
    assert extract_birads("Bilateral mammogram.\n" + text.split("\n")[1]) == {"L": "1", "R": "1"}
    # no category before the glossed side and none after it: left alone
    assert side_gloss_view("BI-RADS pending; desna (right) tender.") == "BI-RADS pending; desna (right) tender."


def test_side_gloss_view_reads_a_gloss_that_translates_the_word_joining_the_sides() -> None:
    text = "BI-RADS 3, sağ [right] ve sol [and left].\nBI-RADS 1 kanan dan kiri (right and left)."
    view = side_gloss_view(text)
    assert len(view) == len(text)
    assert [" ".join(line.split()) for line in view.split("\n")] == ["BI-RADS 3, right and left .", "BI-RADS 1 right and left ."]
    assert extract_birads("US both breasts.\n" + text.split("\n")[0]) == {"L": "3", "R": "3"}
    # a clock hour before the gloss is no category: left alone
    assert side_gloss_view("BI-RADS pending; at 10, sağ [right] tender.") == "BI-RADS pending; at 10, sağ [right] tender."


def test_side_gloss_view_reads_first_language_side_words_with_an_apostrophe_and_a_both_sides_gloss() -> None:
    text = "Conclusion: BI-RADS o‘ng tomonda [right] 4A; chap tomonda [left] 2.\nBI-RADS: har ikki tomonda [on both sides] 1"
    view = side_gloss_view(text)
    assert len(view) == len(text)
    assert " ".join(view.split("\n")[0].split()) == "Conclusion: BI-RADS right 4A; left 2."
    assert view.split("\n")[1].startswith("BI-RADS: ") and view.endswith(" 1 on both sides")
    assert extract_birads("US of both breasts.\n" + text.split("\n")[1]) == {"L": "1", "R": "1"}
    assert extract_birads("Mammography.\nBI-RADS: o'ngda [right] 3, chapda [left] 1") == {"L": "1", "R": "3"}
    # near miss: an apostrophe opening no word is no side's, and a gloss with no category after it is left alone
    for near_miss in ("BI-RADS 2; ' [right] 3", "BI-RADS pending; o'ng [right] tender."):
        assert side_gloss_view(near_miss) == near_miss


def test_english_heading_view_reads_a_category_statement_glossed_in_brackets() -> None:
    text = ("Hitimisho [Conclusion]: BI-RADS 3.\nAddendum: Kategoria BI-RADS ilirekebishwa [BI-RADS category revised] to 2"
            " for the right breast.")
    view = english_heading_view(text)
    assert len(view) == len(text) and " ".join(view.split("\n")[1].split()) == (
        "Addendum: BI-RADS category revised to 2 for the right breast.")
    assert extract_birads("US BREAST RIGHT\n" + text) == {"L": None, "R": "2"}
    # a bracket without the keyword is a note, not the statement's gloss
    near_miss = "Impression: BI-RADS 2 [see images 3-5]."
    assert english_heading_view(near_miss) == near_miss


def test_side_gloss_view_leaves_english_and_unglossed_text_alone() -> None:
    for text in ("BI-RADS category (left): 3", "Mass (left) 2 cm. BI-RADS 4A.", "Obie piersi / both breasts: normal.",
                 "BI-RADS: pravy 1 / right 2", "BI-RADS: right (breast) 2", "BI-RADS: left (see note 1) 3",
                 "BI-RADS Assessment Left Breast (amended): 2", "plain text"):
        assert side_gloss_view(text) == text


def test_english_heading_view_reads_the_english_name_in_brackets_after_an_original_heading() -> None:
    text = "Wywiad [History]: mass.\nBadanie [ Examination ] 12.01.2026: USG.\nConclusion [Konklusion]: BI-RADS 2.\nSee [1]: x"
    view = english_heading_view(text)
    assert len(view) == len(text)
    assert view.startswith("         History: mass.\n") and "      Examination 12.01.2026: USG." in view
    assert "Conclusion [Konklusion]: BI-RADS 2.\nSee [1]: x" in view  # an original in brackets: translated_view's


def test_english_heading_view_reads_a_previous_history_referral_or_summary_gloss() -> None:
    text = ("Wywiad poprzedni [Previous history]: core biopsy 2024 of a left mass, BI-RADS 4B.\n"
            "Skierowanie [Referral]: lump, left breast.\nPodsumowanie [Summary]: benign post-biopsy scar, left breast.\n"
            "BI-RADS: left 2")
    view = english_heading_view(text)
    assert len(view) == len(text)
    assert " Previous history: core" in view and " Referral: lump" in view and " Summary: benign" in view
    assert extract_birads(text) == {"L": "2", "R": None}  # the prior 4B is history
    near_miss = "Wywiad poprzedni [Previous note]: BI-RADS 4B.\nBI-RADS: left 2"  # no heading's name in the brackets
    assert english_heading_view(near_miss) == near_miss


def test_english_heading_view_reads_a_plural_prior_exams_gloss_as_history() -> None:
    text = ("Aiemmat tutkimukset [Prior exams]: ultrasound at this unit, right breast 10 o'clock nodule, BI-RADS 4A; "
            "benign core.\nJohtopaatos [Conclusion]: stable benign nodule. BI-RADS: right 2")
    view = english_heading_view(text)
    assert len(view) == len(text) and " Prior exams: ultrasound" in view
    assert extract_birads("US RIGHT BREAST\n" + text) == {"L": None, "R": "2"}  # the earlier 4A is history
    near_miss = "Tutkimukset [Exams list]: x"  # no heading's name alone in the brackets
    assert english_heading_view(near_miss) == near_miss


def test_english_heading_view_reads_a_gloss_with_two_qualifiers_before_the_heading() -> None:
    text = ("Ocjena mamografije [Mammographic category]: BI-RADS 0, left breast, needs ultrasound.\n"
            "Zavrsni zbirni nalaz [Final combined assessment (MG + US)]:\nSimple cyst of the left breast, BI-RADS 2.")
    view = english_heading_view(text)
    assert len(view) == len(text)
    assert " Final combined assessment (MG + US):\n" in view
    assert extract_birads(text) == {"L": "2", "R": None}  # the combined assessment outranks the mammographic one
    near_miss = "Zavrsni zbirni nalaz [Final combined note]: x"  # no heading's name in the brackets
    assert english_heading_view(near_miss) == near_miss


def test_translated_view_writes_latin_side_words_of_an_indonesian_report_in_english() -> None:
    text = ("Hasil:\nMammae dekstra: tidak ada lesi.\nAxilla sinistra: normal.\n"
            "Kesan: kista simpleks mammae dextra et sinistra, BIRADS 2. Lesi padat mammae sinistra, BIRADS 4A.")
    view = translated_view(text)
    assert len(view) == len(text)
    assert "  right breast: tidak" in view and "Axilla     left: normal" in view
    assert "both breasts, BIRADS 2" in view and "  left breast, BIRADS 4A" in view
    assert extract_birads("USG MAMMAE DEXTRA\nKesan: lesi padat mammae dextra, BIRADS 4B; mammae sinistra normal, "
                          "BIRADS 1.") == {"L": "1", "R": "4B"}


def _finding(oid: str, status: str, side: str, code: str, note: str = "") -> dict:
    laterality = {"url": "https://example.org/fhir/laterality", "valueCodeableConcept": {"coding": [{"display": side}]}}
    out = {"resourceType": "Observation", "id": oid, "status": status, "code": {"text": "finding"},
           "bodySite": {"extension": [laterality], "text": "breast tissue"},
           "valueCodeableConcept": {"coding": [{"system": "https://example.org/CodeSystem/acr-birads", "code": code}]}}
    if note:
        out["note"] = [{"text": note}]
    return out


def _diagnostic_report(findings: list[dict], conclusion: str, title: str = "US Breast") -> str:
    return json.dumps({"resourceType": "DiagnosticReport", "status": "final", "contained": findings,
                       "code": {"coding": [{"display": title}]}, "conclusion": conclusion}, indent=2)


def test_parse_json_spans_keeps_offsets_and_rejects_what_is_not_json() -> None:
    text = '{"a": [1, "x\\ny"], "b": {"c": null}}'
    root = parse_json_spans(text)
    assert root is not None and text[root.get("b").start : root.get("b").end] == '{"c": null}'
    assert root.items("a")[1].value == "x\n y" and root.get("b", "c").value == "null"  # an escape stays two characters
    assert parse_json_spans('{"a": 1') is None and parse_json_spans("{'a': 1}") is None


def test_fhir_view_reads_each_observation_with_its_laterality_and_the_conclusion() -> None:
    text = _diagnostic_report([_finding("a", "final", "Right", "4C"), _finding("b", "final", "Left", "2")],
                              "Spiculated mass on the right, a cyst on the left.\nRight: BI-RADS 4C. Left: BI-RADS 2.")
    view = fhir_view(text)
    assert len(view) == len(text) and "Right breast: BI-RADS 4C." in view and "Left breast: BI-RADS 2." in view
    assert "conclusion:" in view and "left.\n Right: BI-RADS 4C." in view and "resourceType" not in view
    assert extract_birads(text) == {"L": "2", "R": "4C"}


def test_fhir_view_exam_covers_the_observed_sides_and_drops_withdrawn_observations() -> None:
    text = _diagnostic_report([_finding("a", "final", "Left", "3"), _finding("b", "entered-in-error", "Right", "5")],
                              "Oval mass. BI-RADS 3: probably benign.")
    assert "Exam: US Breast left" in fhir_view(text) and "BI-RADS 5" not in fhir_view(text)
    assert extract_birads(text) == {"L": "3", "R": None}
    both = _diagnostic_report([_finding("a", "final", "Right and left", "2")], "Cysts in both breasts.")
    assert extract_birads(both) == {"L": "2", "R": "2"}


def test_fhir_view_amended_observation_revises_and_its_note_is_not_read() -> None:
    text = _diagnostic_report([_finding("a", "final", "Right", "1"),
                               _finding("b", "amended", "Left", "2", note="First read as BI-RADS 0.")], "Screening.")
    view = fhir_view(text)
    assert "Amended result, left breast: BI-RADS 2." in view and "First read" not in view
    assert extract_birads(text) == {"L": "2", "R": "1"}
    assert fhir_view('{"resourceType": "Patient"}') == '{"resourceType": "Patient"}'  # no report: unchanged


def test_xml_export_view_reads_elements_as_coded_fields() -> None:
    text = """<?xml version="1.0"?>
<StudyResult id="X1">
  <!-- exported by a reporting tool -->
  <Procedure laterality="R">US BREAST TARGETED</Procedure>
  <Item name="history">Outside centre called it category 4B.</Item>
  <Item name="previous_birads" laterality="R">4B</Item>
  <Item name="cad_output">Score 64; BI-RADS 4A.</Item>
  <Observation laterality="R" clock="10">Stable 7 mm oval mass.</Observation>
  <Category laterality="R" birads="3" status="entered-in-error">Probably benign</Category>
  <Category laterality="R" birads="2" status="final">Benign</Category>
  <Category laterality="L" birads="">Not imaged</Category>
  <Reader name="Dr A" />
</StudyResult>"""
    view = xml_export_view(text)
    assert len(view) == len(text) and "<" not in view
    assert "PROCEDURE=US BREAST TARGETED (R)" in view and "HISTORY=Outside" in view and "PREVIOUS_BIRADS_R=4B" in view
    assert "CATEGORY_R=2 Benign" in view and "CATEGORY_R=3" not in view and "CATEGORY_L=Not imaged" in view
    # the history, the prior field, the software's field and the withdrawn category never count
    assert extract_birads(text) == {"L": None, "R": "2"}
    near_miss = "Finding: mass <5 mm, see </note>.\nBI-RADS 3."  # no XML document: unchanged
    assert xml_export_view(near_miss) == near_miss


def test_cda_view_reads_the_sections_narrative_under_its_titles() -> None:
    text = """<?xml version="1.0"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <code code="18748-4" displayName="Diagnostic imaging study"/>
  <title>US BREAST LEFT</title>
  <component><structuredBody>
    <component><section>
      <title>Comparison</title>
      <text><list><item>Outside US 2024: left mass, BI-RADS 4B, biopsied: benign.</item></list></text>
    </section></component>
    <component><section>
      <code displayName="Impressions"/>
      <title>Conclusion</title>
      <text><paragraph>Left breast: stable benign mass &amp; scar. BI-RADS 2.</paragraph></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
    view = cda_view(text)
    assert len(view) == len(text) and "<" not in view
    assert "Exam:  US BREAST LEFT" in view and "\nComparison:" in view and "\nConclusion:" in view
    assert "\nLeft breast: stable benign mass &" in view
    # the comparison's prior category is history; the conclusion decides
    assert extract_birads(text) == {"L": "2", "R": None}
    near_miss = "<report><title>US</title><text>Left: BI-RADS 2</text></report>"  # no CDA document: unchanged
    assert cda_view(near_miss) == near_miss


def test_xml_export_view_gives_nested_elements_the_side_and_status_of_the_element_holding_them() -> None:
    text = """<exam_result>
  <procedure>MAMMOGRAM BILATERAL</procedure>
  <breast side="left">
    <observation>Grouped amorphous calcifications.</observation>
    <assessment birads="4B"/>
  </breast>
  <breast side="right">
    <draft status="superseded"><assessment birads="3"/></draft>
    <assessment birads="1">Negative</assessment>
  </breast>
</exam_result>"""
    view = xml_export_view(text)
    assert len(view) == len(text) and "ASSESSMENT_LEFT=4B" in view and "ASSESSMENT_RIGHT=1 Negative" in view
    assert "=3" not in view  # the superseded draft's
    assert extract_birads(text) == {"L": "4B", "R": "1"}


def test_registry_record_view_reads_segments_as_coded_fields() -> None:
    text = "\n".join([
        "HDR|v1|SOURCE=Regional screening audit|SENT=2025-01-02",
        "LEG|CODES P=preliminary F=final V=void ; SEGMENTS OBS observation | OLD earlier study (prior) | RES result",
        "EXAM|ACC=A1|MOD=MG|LAT=B",
        "OLD|DATE=2024-01-01|SIDE=R|CATEGORY=4A|TEXT=Low suspicion",
        "OBS|SIDE=L|TYPE=CALC|DESC=Coarse popcorn",
        "RES|SIDE=L|CATEGORY=4A|TEXT=Low suspicion|STATUS=V",
        "RES|SIDE=L|CATEGORY=2|TEXT=Benign|STATUS=F",
        "RES|SIDE=R|CATEGORY=1|TEXT=Negative|STATUS=F",
        "CAD|MARKS=1|AI_CATEGORY_R=3",
    ])
    view = registry_record_view(text)
    assert len(view) == len(text) and "|" not in view
    assert "CATEGORY_L=2\nTEXT=Benign" in view and "CATEGORY_R=1" in view and "LAT=B" in view
    assert "4A" not in view  # the voided result's (its legend code) and the earlier study's
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # a status word of its own needs no legend
    assert extract_birads("ID|NO=7\nRES|SIDE=L|CATEGORY=0|STATUS=superseded\nRES|SIDE=L|CATEGORY=3") == {"L": "3", "R": None}
    near_miss = "Side | BI-RADS\nL|4A=suspicious\nR|1"  # a table, no segment records: unchanged
    assert registry_record_view(near_miss) == near_miss

def test_json_record_view_reads_an_app_entry_as_coded_fields() -> None:
    text = """Patient portal - results feed
>> 12 Mar 2026  new result
{
  "study": "US BREAST BILATERAL",
  "state": "final",
  "earlier_result": {"study": "US BREAST RIGHT", "category": "BI-RADS 4B"},
  "summary": "Right 7:00 cyst, simple. Left breast normal.",
  "category": {"rt": "4A", "rt_revised": "2", "lt": "BI-RADS 1 - Negative"},
  "per_breast": [
    {"laterality": "right", "birads": "2", "note": "cyst"},
    {"laterality": "left", "birads": "1", "note": "normal"}
  ],
  "drafts": [{"state": "void", "status": "superseded", "birads_left": "3"}],
  "feed": [{"label": "Result (historical)", "birads_right": "5"}],
  "read_receipt": true
}
>> 12 Mar 2026  message sent"""
    view = json_record_view(text)
    assert len(view) == len(text) and '"' not in view and ">> 12 Mar 2026  new result" in view
    assert "STUDY=US BREAST BILATERAL" in view and "CATEGORY_RT_REVISED=2" in view and "CATEGORY_RT=4A" not in view
    assert "BIRADS_RIGHT=2" in view and "BIRADS_LEFT=1" in view and "4B" not in view and "=3" not in view
    assert "=5" not in view  # the earlier result, the superseded draft and the historical entry never count
    assert extract_birads(text) == {"L": "1", "R": "2"}
    # a category keyword in a coded field's value is that field's statement, with the field's side
    assert extract_birads("US BREAST BILATERAL\n{\"birads_right\": \"BI-RADS 0 - recall\",\n"
                          " \"birads_left\": \"BI-RADS 2\"}") == {"L": "2", "R": "0"}
    near_miss = 'Impression: benign {"as discussed": see note}.\nBI-RADS 2.'  # no JSON object opening a line: unchanged
    assert json_record_view(near_miss) == near_miss
    fhir = '{\n  "resourceType": "DiagnosticReport",\n  "conclusion": "BI-RADS 1"\n}'
    assert json_record_view(fhir) == fhir  # a FHIR resource is fhir_view's


def test_the_pathology_fhir_view_keeps_offsets_and_reads_sections() -> None:
    text = ('{\n  "resourceType": "DiagnosticReport",\n  "contained": [{\n    "resourceType": "Observation",\n'
            '    "code": {"coding": [{"display": "Pathology report final diagnosis Narrative"}]},\n'
            '    "valueString": "Left breast core: fibroadenoma."\n  }, {\n    "resourceType": "Observation",\n'
            '    "status": "entered-in-error",\n    "valueString": "Left breast core: carcinoma."\n  }],\n'
            '  "conclusion": "Left breast: fibroadenoma."\n}')
    view = fhir_json_view(text)
    assert len(view) == len(text)
    assert "FINAL DIAGNOSIS:" in view and "Left breast core: fibroadenoma." in view
    assert "carcinoma" not in view  # the entered-in-error observation is left out
    assert "DIAGNOSIS:" in view.splitlines()[-2]
    assert fhir_json_view("plain text {") == "plain text {"


def test_the_ocr_view_reads_digits_for_letters_and_keeps_codes() -> None:
    text = "DIAGN0SIS: C0RE: CARCIN0MA. N0 ATYPIA 0R MALIGNANCY. ypT0 pN0 BRCA1 ce11ularity"
    view = ocr_view(text)
    assert len(view) == len(text)
    assert view == "DIAGNOSIS: CORE: CARCINOMA. NO ATYPIA OR MALIGNANCY. ypT0 pN0 BRCA1 cellularity"
    typed = "Stage ypT0 pN0, BRCA1 carrier, 10 cores."
    assert ocr_view(typed) == typed  # too few OCR words: a typed report keeps every character


def test_the_dotted_field_view_reads_a_leader_as_a_colon() -> None:
    text = "Residual DCIS ...... None identified\nInvasive carcinoma . Not identified\nA sentence. Next one."
    view = dotted_field_view(text)
    assert len(view) == len(text)
    assert view.splitlines()[:2] == ["Residual DCIS :      None identified", "Invasive carcinoma : Not identified"]
    assert view.splitlines()[2] == "A sentence. Next one."


def test_ocr_keyword_view_writes_back_the_bi_rads_keyword() -> None:
    for ocr in ("Bl-RADS 3", "B1-RADS 3", "BI-RAD5 3", "B|RADS 3"):
        fixed = ocr_keyword_view(ocr)
        assert len(fixed) == len(ocr) and fixed.replace("-", "") == "BIRADS 3"
    assert ocr_keyword_view("BLRADS 3; ABl-RADS 3") == "BLRADS 3; ABl-RADS 3"


def test_a_delimited_export_keeps_only_each_parts_standing_version() -> None:
    text = ("ACC;PART;SITE;SIDE;DIAGNOSIS;STATUS;NOTE\n"
            "X1;A;Breast;Left;Atypia, levels to follow.;PRELIMINARY;\n"
            "X1;A;Breast;Left;Fibroadenoma.;FINAL;Reviewed at conference.\n"
            "X1;B;Breast;Right;Carcinoma.;ENTERED IN ERROR;Wrong patient.\n")
    view = delimited_export_view(text)
    assert len(view) == len(text)
    lines = view.split("\n")
    assert lines[0] == text.split("\n")[0]  # the header stays
    assert not lines[1].strip() and not lines[3].strip()  # replaced, and entered in error
    assert lines[2].rstrip() == "X1;A;Breast;Left;Fibroadenoma."  # status and note blanked


def test_a_delimited_export_without_part_columns_replaces_no_row() -> None:
    text = ("SITE;SIDE;SPECIMEN;DIAGNOSIS;STATUS\nBreast;Left;Core;Papilloma.;FINAL\n"
            "Breast;Right;Core;Fibroadenoma.;FINAL\n")
    assert [line.rstrip() for line in delimited_export_view(text).split("\n")[1:3]] == [
        "Breast;Left;Core;Papilloma.", "Breast;Right;Core;Fibroadenoma."]


def test_a_query_client_grid_keeps_each_sections_standing_version_with_the_status_before_the_text() -> None:
    rule = "+------+------+-----------+---------+-------------------------------------------+"
    text = "\n".join([
        rule, "| case | part | status    | section | result_text                               |", rule,
        "| Q-9  | 1    | PRELIM    | DX      | Atypical proliferation; stains to follow. |",
        "| Q-9  | 1    | FINAL     | HX      | Lump found on self-examination.           |",
        "| Q-9  | 1    | FINAL     | DX      | Left breast, core: invasive carcinoma.    |",
        "| Q-9  | 1    | CORRECTED | DX      | Right breast, core: invasive carcinoma.   |",
        "| Q-9  | 1    | FINAL     | COMMENT | Myoepithelial stains negative.            |", rule, ""])
    lines = delimited_export_view(text).split("\n")
    assert not lines[3].strip() and not lines[5].strip()  # the preliminary and the corrected final diagnosis
    assert "Lump found" in lines[4] and "Right breast" in lines[6] and "Myoepithelial" in lines[7]  # (a comment
    # or history of the same part is a section of its own, not a later version of the diagnosis)
    assert states_of(text) == {"L": "-", "R": "M"}
    # a near miss: one final version per section replaces nothing
    single = "\n".join(line for k, line in enumerate(text.split("\n")) if k not in (3, 6))
    assert states_of(single) == {"L": "M", "R": "-"}


def test_a_box_drawn_result_print_joins_each_rows_wrapped_text_and_keeps_its_standing_versions() -> None:
    rule = "+----+------+------------+--------------------------------------------+"
    text = "\n".join([
        "Status key: D=draft  S=signed  V=void", rule,
        "| #  | PART | SECTION    | STAT  DIAGNOSIS TEXT                         |", rule,
        "| 1  | B    | HISTORY    | S     Treated for left breast carcinoma in   |",
        "|    |      |            |       2019.                                  |", rule,
        "| 2  | B    | DIAGNOSIS  | D     Papillary lesion; stains to follow.    |", rule,
        "| 3  | B    | DIAGNOSIS  | S     Left breast, core: intraductal         |",
        "|    |      |            |       papilloma. Negative for in situ or     |",
        "|    |      |            |       invasive carcinoma.                    |", rule,
        "| 4  | C    | DIAGNOSIS  | V     Right breast: lobular carcinoma.       |", rule, ""])
    view = boxed_grid_view(text)
    assert len(view) == len(text)
    # the draft and the voided row never count; the signed diagnosis reads as one line under its heading
    assert "Papillary lesion" not in view and "lobular" not in view
    wrapped = view[view.index("intraductal") : view.index("invasive carcinoma")]
    assert "DIAGNOSIS:" in view and "\n" not in wrapped and "|" not in wrapped
    assert states_of(text) == {"L": "B", "R": "-"}  # the history's carcinoma is history, the negation wraps
    # a near miss: a wrapped positive diagnosis stays one, and a signed row of another section replaces nothing
    positive = text.replace("papilloma. Negative for in situ or", "papilloma with adjacent in situ     ").replace(
        "invasive carcinoma.                    ", "ductal carcinoma.                      ")
    assert states_of(positive) == {"L": "BM", "R": "-"}

def test_a_query_clients_expanded_records_read_their_status_codes_by_the_legend() -> None:
    text = ("db=> -- codes: D = draft, S = signed, E = deleted\n"
            "-[ RECORD 1 ]-+--------------------\n"
            "case_no | Q-12\npart    | B\nstatus  | D\nsection | diagnosis\n"
            "text    | Right breast, core: papillary lesion, pending immunostains.\n"
            "-[ RECORD 2 ]-+--------------------\n"
            "case_no | Q-12\npart    | B\nstatus  | S\nsection | diagnosis\n"
            "text    | Right breast, core: intraductal papilloma, no atypia.\n"
            "-[ RECORD 3 ]-+--------------------\n"
            "case_no | Q-12\npart    | C\nstatus  | E\nsection | diagnosis\n"
            "text    | Left breast, core: lobular carcinoma.\n")
    view = expanded_records_view(text)
    assert len(view) == len(text) and "pending" not in view and "lobular" not in view and "papilloma" in view
    assert states_of(text) == {"L": "-", "R": "B"}
    # a near miss: a signed version of another part stands beside the first part's
    both = text.replace("status  | E", "status  | S")
    assert "lobular" in expanded_records_view(both) and states_of(both) == {"L": "M", "R": "B"}


def states_of(text: str) -> dict[str, str]:
    return {side: "?" if s["needs_review"] else ("B" if s["benign"] else "") + ("M" if s["malignant"] else "") or "-"
            for side, s in breast_states(text).items()}


def test_an_event_log_keeps_each_fields_standing_version_and_joins_its_wrapped_value() -> None:
    text = ("Key: ST = state  D draft  R released  V void / wrong case\n\n"
            "NO.  WHEN        WHO      ACTION     PART FIELD     ST RESULT\n"
            "---- ----------- -------- ---------- ---- --------- -- ------------------------------\n"
            "1    03-02 09:00 reg      LOG IN     1    SITE         Left breast core\n"
            "2    03-03 11:00 dr.x     DRAFT      1    DIAGNOSIS D  Left breast: atypical papillary\n"
            "                                                       lesion, DCIS not excluded.\n"
            "3    03-03 12:00 dr.x     VOID       1    NOTE      V  Wrong case: ductal carcinoma.\n"
            "4    03-04 10:00 dr.x     RELEASE    1    DIAGNOSIS R  Left breast: papilloma. Negative\n"
            "                                                       for malignancy.\n")
    view = event_log_view(text)
    assert len(view) == len(text)
    lines = view.split("\n")  # (a row kept opens with a blank line, its field's name as its heading)
    assert not lines[4] and lines[5].split() == ["SITE:", "Left", "breast", "core"]  # a field's only version stands
    assert not lines[6].strip() and not lines[7].strip()  # the draft is replaced by the released version
    assert not lines[8].strip()  # a voided row never counts
    assert lines[10].split()[-6:] == ["Left", "breast:", "papilloma.", "Negative", "for", "malignancy."]  # joined
    got = {side: ("B" if s["benign"] else "") + ("M" if s["malignant"] else "") or "-"
           for side, s in breast_states(text).items()}
    assert got == {"L": "B", "R": "-"}
    # (near miss: with no status column the table is no event log and is read as it stands)
    plain = text.replace("ST RESULT", "   RESULT")
    assert event_log_view(plain) == plain


def test_an_xml_report_extract_reads_by_its_section_titles_and_part_ids() -> None:
    text = ('<?xml version="1.0"?>\n<Case number="Q-17" state="final">\n'
            '  <Block kind="HX" title="Clinical History">Left breast carcinoma treated in 2020.</Block>\n'
            '  <Block kind="DX" title="Diagnosis" status="replaced">\n'
            '    <Part id="1">Right breast, core: papillary DCIS.</Part>\n'
            '  </Block>\n  <Block kind="DX2" title="Revised Diagnosis">\n'
            '    <Part id="1">Right breast, core: intraductal papilloma &amp; usual ductal hyperplasia.</Part>\n'
            '  </Block>\n</Case>\n')
    view = xml_report_view(text)
    assert len(view) == len(text) and "Diagnosis (superseded):" in view and "Part 1:" in view and "<" not in view
    got = {side: ("B" if s["benign"] else "") + ("M" if s["malignant"] else "") or "-"
           for side, s in breast_states(text).items()}
    assert got == {"L": "-", "R": "B"}
    # a report with a bracketed heading of its own is no XML extract: left as written
    plain = "<DIAGNOSIS>\nLeft breast, core: fibroadenoma.\n</DIAGNOSIS>\n"
    assert xml_report_view(plain) == plain


def test_english_heading_view_reads_a_referral_diagnosis_a_modality_classification_and_a_glossed_side_field() -> None:
    text = ("Diagnostic trimis [Referral diagnosis]: lump, right breast, BI-RADS 4 elsewhere.\n"
            "Clasificare eco [Ultrasound classification]: BI-RADS 4A dreapta [right].\n"
            "Concluzie finala [Final conclusion]: benign cyst.\n"
            "BI-RADS san drept [right breast]: 2\nBI-RADS san stang [left breast]: 1\n")
    view = english_heading_view(text)
    assert len(view) == len(text)
    assert " Referral diagnosis: lump" in view and " Ultrasound classification: BI-RADS 4A" in view
    assert "BI-RADS" in view.splitlines()[3] and view.splitlines()[3].endswith(" right breast: 2")
    # the referral's quoted 4 is history, the ultrasound's own 4A gives way to the final conclusion's side lines
    assert extract_birads(text) == {"L": "1", "R": "2"}
    view = english_heading_view("Mamografie singura [Mammography alone]: BI-RADS 0.")
    assert view.endswith(" Mammography alone: BI-RADS 0.")
    near_miss = "Nota [Referral letter]: BI-RADS 4."  # no heading's name in the brackets
    assert english_heading_view(near_miss) == near_miss


def test_side_gloss_view_reads_a_side_glossed_in_square_brackets_before_a_roman_category() -> None:
    text = "BI-RADS classification: mama dreapta [right breast] III; mama stanga [left breast] IV-A."
    view = side_gloss_view(text)
    assert len(view) == len(text) and " right breast III;" in view and " left breast IV-A." in view
    assert extract_birads(text) == {"L": "4A", "R": "3"}
    near_miss = "BI-RADS classification: nota [left breast] see above."  # no category after the gloss
    assert side_gloss_view(near_miss) == near_miss


def test_square_bracket_side_glosses_and_numbered_bracketed_headings() -> None:
    text = "BI-RADS: lab. [right] 4B, kreisā [left] II."
    view = side_gloss_view(text)
    assert len(view) == len(text) and "right 4B" in view and "left II" in view and "lab." not in view
    # an English word before the bracket is no first-language side: left as written
    assert side_gloss_view("BI-RADS category [left] 4A") == "BI-RADS category [left] 4A"
    view = english_heading_view("1. Kreisā krūts [Left breast]: cyst")
    assert view.startswith("1.") and view.endswith("Left breast: cyst")
    # a numbered item whose brackets gloss no heading is left as written
    assert english_heading_view("1. Labā krūts [see image 3]: cyst") == "1. Labā krūts [see image 3]: cyst"


def _states(text: str) -> dict[str, str]:
    return {side: ("B" if s["benign"] else "") + ("M" if s["malignant"] else "") or ("?" if s["needs_review"] else "-")
            for side, s in breast_states(text).items()}


def test_a_json_lines_export_reads_each_standing_record_under_its_section() -> None:
    text = ('# case export, one event a line\n'
            '{"id":"Q9","part":"1","where":"Breast, right, upper outer","heading":"history","body":"R/O carcinoma."}\n'
            '{"id":"Q9","part":"1","site":"Breast, left, 2 o\'clock, core","field":"final_dx","status":"final",'
            '"val":"Papillary carcinoma, intraductal type."}\n'
            '{"id":"Q9","part":"1","site":"Breast, left, 2 o\'clock, core","field":"final_dx","status":"amended",'
            '"val":"Intraductal papilloma, no atypia; the earlier reading is revised."}\n'
            '{"id":"Q9","part":"2","field":"final_dx","status":"entered in error","val":"Right breast: DCIS."}\n'
            '{"id":"Q9","field":"clinical_history","val":"Right breast lobular carcinoma, 2019."}\n')
    view = jsonl_view(text)
    assert len(view) == len(text) and "{" not in view.split("\n", 1)[1]
    assert "final dx: Intraductal papilloma" in view and "specimen: Breast, left" in view
    assert _states(text) == {"L": "B", "R": "-"}  # the amended record replaces the final one; history never labels


YAML_DUMP = """---
tool_note: "archive converter 2.0 export"
codes: "D=draft S=signed R=revised V=voided-in-error"
specimens:
  - {part: 1, site_text: "RIGHT BREAST, 10 O'CLOCK, NEEDLE CORE"}
entries:
  - key: hx_relevant
    status: S
    text: "Prior left breast cancer treated in 2015."
  - key: final_dx
    status: V
    text: |
      1. RIGHT BREAST, 10 O'CLOCK, CORE:
         INVASIVE LOBULAR CARCINOMA.
  - key: final_dx
    status: D
    text: |
      1. RIGHT BREAST, 10 O'CLOCK, CORE:
         ATYPICAL LOBULAR HYPERPLASIA, FURTHER LEVELS TO FOLLOW.
  - key: final_dx
    status: S
    text: |
      1. RIGHT BREAST, 10 O'CLOCK, CORE:
         FIBROADENOMA. NO ATYPIA.
"""


def test_a_yaml_export_reads_its_standing_section_records() -> None:
    view = yaml_export_view(YAML_DUMP)
    assert len(view) == len(YAML_DUMP)
    assert "INVASIVE LOBULAR" not in view and "FURTHER LEVELS" not in view and "archive converter" not in view
    assert "final dx:" in view and "FIBROADENOMA. NO ATYPIA." in view and "specimen: RIGHT BREAST" in view
    labels = breast_labels(YAML_DUMP)
    assert labels["R"] == {"benign": True, "malignant": False}
    # near miss: a report whose diagnosis is a plain list is no YAML export and is read as it stands
    plain = "Diagnosis:\n- Right breast core: invasive lobular carcinoma.\n"
    assert yaml_export_view(plain) == plain


def test_a_json_lines_part_written_again_takes_its_corrected_site() -> None:
    text = ('{"n":1,"part":"A","site":"Right breast, core"}\n'
            '{"n":2,"part":"A","site":"Left breast, core","why":"side corrected"}\n'
            '{"n":3,"part":"A","key":"diagnosis","status":"final","value":"Fibroadenoma."}\n')
    assert _states(text) == {"L": "B", "R": "-"}
    # a near miss: one JSON object alone is no event stream, and is read as it stands
    one = '{"part":"A","key":"diagnosis","value":"Fibroadenoma."}\n'
    assert jsonl_view(one) == one


def test_a_clinical_document_section_title_with_its_loinc_code_is_a_heading() -> None:
    text = ("Rendered clinical document\n"
            "Section: Relevant clinical history [22636-5]\n  Right breast, known lobular carcinoma 2018.\n"
            "FINAL DIAGNOSIS (22637-3)   [status: completed]\n  Left breast, excision: intraductal papilloma.\n"
            "Section: Comments [22638-1]\n  Metaplastic carcinoma was considered and excluded.\n")
    view = heading_view(text)
    assert len(view) == len(text) and "CLINICAL HISTORY:" in view and "FINAL DIAGNOSIS:" in view
    assert _states(text) == {"L": "B", "R": "-"}
    # a near miss: a code in brackets inside a sentence is no heading
    line = "Left breast: fibroadenoma (see 22637-3 table).\n"
    assert heading_view(line) == line


def test_a_json_object_is_parsed_in_place_with_offsets_in_the_whole_text() -> None:
    text = 'Timeline entry 3 of 4\n{"birads_right": "2", "note": "stable"}\nend of entry'
    start = text.index("{")
    end = text.index("}") + 1
    root = parse_json_spans(text, start, end)
    assert root is not None and text[root.start : root.end] == text[start:end]
    assert text[root.value["birads_right"].start : root.value["birads_right"].end] == '"2"'
    # a near miss: the same span with the text after it is no single JSON object
    assert parse_json_spans(text, start) is None


def test_a_withdrawn_json_block_never_counts() -> None:
    text = ('App timeline export\n{"status": "withdrawn", "birads_left": "5", "birads_right": "1"}\n'
            '{"status": "final", "birads_left": "2", "birads_right": "1"}\n')
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # a near miss: a block still in force keeps its category (the later one is read as its revision)
    near = text.replace('"withdrawn"', '"preliminary"').replace('"birads_left": "2"', '"birads_left": "5"')
    assert extract_birads(near)["L"] == "5"


def test_a_decision_heading_glossed_in_english_heads_its_side_lines() -> None:
    text = ("Leitura 1: normal. Leitura 2: nódulo esquerdo.\n\nCONSENSO [CONSENSUS] (Dr. Alves, 12/03/2026):\n"
            "  R: 1\n  L: 0 (nódulo a esclarecer [nodule to be assessed])\n")
    assert extract_birads(text) == {"L": "0", "R": "1"}
    # near miss: a glossed heading that is no decision heads no side block
    near = text.replace("CONSENSO [CONSENSUS]", "OBSERVAÇÕES [REMARKS]")
    assert extract_birads(near)["L"] != "0"


def test_a_ticked_no_blanks_only_its_own_question_on_a_shared_line() -> None:
    # two yes / no questions on one line: the one answered "No" goes, the other keeps its ticked "Yes"
    from nlp.layout import unticked_view

    text = "DCIS present  [x] Yes  [ ] No   Invasion present  [ ] Yes  [x] No\n"
    view = unticked_view(text)
    assert "DCIS present  [x] Yes" in view and "Invasion" not in view and len(view) == len(text)
    view = unticked_view("Invasive carcinoma  [ ] Yes  [x] No     DCIS  [x] Yes  [ ] No")
    assert "Invasive" not in view and "DCIS  [x] Yes" in view
    # near miss: a question alone on its line still goes with its field name; a heading before its colon stays
    assert unticked_view("Previous breast cancer: [ ] Yes [x] No\n").strip() == ""
    assert unticked_view("SECTION 7 - NOTIFICATION:  Confirmed BIA-ALCL  [ ] Yes  [x] No\n").strip() == (
        "SECTION 7 - NOTIFICATION:")
    # a translated form's own answers and boxes in parentheses read the same; near miss: a ticked "Sim" stays
    assert unticked_view("Margem comprometida [Involved margin]  ( ) Sim  (X) Não\n").strip() == ""
    assert "Invasão linfovascular  [X] Sim" in unticked_view("Invasão linfovascular  [X] Sim  [ ] Não\n")


def test_a_csv_audit_export_reads_its_codes_by_the_legend_and_keeps_each_sides_standing_row() -> None:
    text = ("key to codes: report_status D=draft, S=signed, R=revised (replaces S), V=voided in error; record_kind E=this exam, "
            "H=historical exam (do not count)\n"
            "date,acc_no,desc,laterality,record_kind,category,report_status,impression\n"
            '2025-03-01,Q77,"MAMMO, BOTH SIDES",Right,E,2,S,"Benign, stable."\n'
            '2025-03-01,Q77,"MAMMO, BOTH SIDES",Left,E,0,S,"Asymmetry, recall."\n'
            '2025-03-04,Q77,"MAMMO, BOTH SIDES",Left,E,3,R,"Revised after spot views: probably benign."\n'
            '2025-03-01,Q77,"MAMMO, BOTH SIDES",Right,E,5,V,"Another patient\'s result."\n'
            '2023-02-10,Q12,"MAMMO, BOTH SIDES",Left,H,4A,S,"Earlier biopsy."\n')
    view = delimited_export_view(text)
    assert len(view) == len(text)
    lines = view.split("\n")
    assert lines[2].startswith("2025-03-01,Q77") and lines[4].startswith("2025-03-04,Q77")
    assert not lines[3].strip() and not lines[5].strip() and not lines[6].strip()
    assert [(r.cell("laterality").text, r.cell("category").text) for r in export_rows(view)] == [
        ("Right", "2"), ("Left", "3")]


def test_a_sentence_with_commas_is_no_csv_header() -> None:
    text = ("Diagnosis, status and margins, as discussed, were reviewed, then signed.\n"
            "Left breast, core, 2 cores, invasive carcinoma, grade 2, final.\n")
    assert delimited_export_view(text) == text and export_rows(text) == []


def test_a_dicom_sr_text_items_concept_name_is_its_section() -> None:
    from tests.nlp.test_resolution import codes

    tree = ('1     CONTAINER (11526-1, LN, "Pathology study")\n'
            '1.1   CONTAINS  TEXT (22636-5, LN, "Relevant clinical information") = "Right breast ductal carcinoma\n'
            '      treated 2019. Left breast mass, BI-RADS 4."\n'
            '1.2   CONTAINS  TEXT (22637-3, LN, "Final diagnosis") = "LEFT BREAST, 10 O\'CLOCK, NEEDLE CORE:\n'
            '      FIBROADENOMA. NO ATYPIA."\n')
    # the clinical information is history: only the final diagnosis labels
    assert codes(tree) == {"L": "B", "R": "-"}
    # near miss: an item whose concept name names no section is left as it is
    plain = tree.replace("Relevant clinical information", "Specimen description")
    assert codes(plain)["R"] == "M"
