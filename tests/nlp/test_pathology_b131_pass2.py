"""Pathology rules of the second pass over released batches b131 and b132, one class per test (new wording, with near
misses)."""

from __future__ import annotations

from tests.nlp.labels import pathology_codes as labels

_LIGHT = ("ADULT HEALTH REPORT (AH)\nApplicant: Ms A. Example\n\n"
          "Examination: Right breast firmer than the other, no mass.\n"
          "Records: \"Right breast, core biopsy: Extranodal marginal zone lymphoma. CD20+, kappa\n"
          "   light chain restricted.\"\n"
          "Adviser: Indolent lymphoma treated with radiotherapy, in remission.\n")
_CARD = ("13/01/2026  Dr R. Phakoe\nL breast mass 3.5 cm, irregular. L axilla node 1 cm. R breast and axilla normal.\n"
         "27/01/2026  Phone call from lab: \"breast biopsy shows cancer\". Told patient.\n")
_OPINION = ("JOINT EXPERT REPORT\n\n3. Records\n3.1 2017: right breast invasive ductal carcinoma, treated.\n\n"
            "4. Opinion\n4.1 In 2025 she had an angiosarcoma of the right breast.\n"
            "4.2 The left breast has not been affected.\n"
            "4.3 Her absence was attributable to the treatment of cancer.\n")
_PENSION = ("UNIVERSITIES SUPERANNUATION SCHEME - INCAPACITY RETIREMENT: MEDICAL ASSESSMENT\n\n"
            "1. The member's statement\n\"After my breast cancer treatment I developed severe fatigue.\"\n\n"
            "2. Medical history (from GP and hospital correspondence)\n"
            "2.1 Screen-detected left breast mass 01/2025.\n"
            "2.2 Surgical histology (quoted verbatim from the pathology report, Wexcombe Cellular Pathology,\n"
            "    WX25-03370, 26/02/2025): \"Left breast, wide local excision: Invasive carcinoma of no special\n"
            "    type, grade 2, 17 mm. A separate radial scar (7 mm). Margins clear.\"\n"
            "2.3 Adjuvant radiotherapy 04/2025.\n\n"
            "3. Assessment\n3.1 Cancer-related fatigue commonly improves.\n")
_ADOPTION = ("ADULT HEALTH REPORT - AH           Kestrel Coast Adoption (Regional Adoption Agency)\n"
             "Applicant: Miss B. Example\n\n"
             "PART B - REPORT BY EXAMINING DOCTOR\n"
             "2. Relevant history: Multiple breast lumps since age 19. Bilateral excision 17/06/2025.\n"
             "   Histology quoted (verbatim, York Cellular Pathology, YS25-10447, 20/06/2025):\n"
             "   \"A. Right breast, lump excision: Fibroadenoma, 24 mm.\n"
             "    B. Left breast, two lump excisions: Fibroadenomas, 19 mm and 31 mm. No atypia or malignancy.\"\n"
             "   Discharged from breast clinic 07/2025.\n"
             "3. Other: Iron deficiency anaemia 2023.\n")
_AMENDED = ("---- v2 AMENDED DIAGNOSIS (2026-05-12) ----\n"
            "BREAST, LEFT, 6:00, CORE BIOPSY:\n - LOBULAR CARCINOMA IN SITU, CLASSIC TYPE.\n"
            " - NO INVASIVE CARCINOMA IDENTIFIED ON DEEPER LEVELS.\n"
            "Amendment reason: The focus interpreted in version 1 as invasive lobular carcinoma represents LCIS\n"
            "with tangential sectioning.\n")


def test_light_is_no_side_word() -> None:
    # "kappa light chain" names no breast: the adviser's sideless lymphoma takes the right of the quoted core
    assert labels(_LIGHT) == {"L": "-", "R": "M"}
    for words in ("   Light microscopy confirms it.\"", "   LIGHT CHAIN RESTRICTED.\""):
        assert labels(_LIGHT.replace("   light chain restricted.\"", words)) == {"L": "-", "R": "M"}, words
    # near misses: the side words themselves, and a left named in the adviser's line, stay sides
    assert labels(_LIGHT.replace("Indolent lymphoma", "Left breast lymphoma"))["L"] == "M"
    assert labels(_LIGHT.replace("   light chain restricted.\"", "   left axilla clear.\""))["L"] == "M"


def test_a_side_named_only_as_normal_or_unaffected_is_passed_over() -> None:
    # "R breast and axilla normal." and "4.2 The left breast has not been affected." name a breast with nothing in it:
    # the sideless cancer after them takes the side named before them
    assert labels(_CARD) == {"L": "M", "R": "-"}
    assert labels(_CARD.replace("R breast and axilla normal.", "Right breast unaffected.")) == {"L": "M", "R": "-"}
    assert labels(_OPINION) == {"L": "-", "R": "M"}
    for words in ("4.2 The left breast is unaffected.", "4.2 The left breast is not affected.",
                  "4.2 Left breast normal."):
        assert labels(_OPINION.replace("4.2 The left breast has not been affected.", words)) == {
            "L": "-", "R": "M"}, words
    # near misses: a sentence saying more about the breast, or a finding in it, keeps the nearest side
    assert labels(_CARD.replace("R breast and axilla normal.", "R breast and axilla: node 1 cm."))["R"] == "M"
    assert labels(_OPINION.replace("4.2 The left breast has not been affected.",
                                   "4.2 The left breast has not been affected by the radiotherapy."))["L"] == "M"
    assert labels(_OPINION.replace("4.2 The left breast has not been affected.", "4.2 The left breast is affected."))[
        "L"] == "M"


def test_a_pension_or_adoption_reports_quoted_histology_is_its_diagnosis() -> None:
    # an ill-health / incapacity retirement assessment or an adoption agency's adult health report quotes the
    # histology under a numbered history item: the quotation is the diagnosis, the record's own words its history
    assert labels(_PENSION) == {"L": "BM", "R": "-"}
    title = "UNIVERSITIES SUPERANNUATION SCHEME - INCAPACITY RETIREMENT: MEDICAL ASSESSMENT"
    for other in ("LOCAL GOVERNMENT PENSION SCHEME - ILL-HEALTH RETIREMENT",
                  "Trustee Ill-Health Early Retirement - Medical Evidence Pack"):
        assert labels(_PENSION.replace(title, other)) == {"L": "BM", "R": "-"}, other
    assert labels(_PENSION.replace("2.2 Surgical histology (quoted verbatim", "2.2 Supporting histology (quoted")) == {
        "L": "BM", "R": "-"}
    assert labels(_PENSION.replace("2.2 Surgical histology (quoted verbatim from the pathology report, Wexcombe",
                                   "2.2 Most recent histology (verbatim from pathology report, LC26/2083, Wexcombe")) == {
        "L": "BM", "R": "-"}
    # (a quotation cut by its next lettered part runs on to its closing mark)
    assert labels(_ADOPTION) == {"L": "B", "R": "B"}
    # near misses: another document's title, an earlier result's lead-in, and the applicant's own words stay history
    assert labels(_PENSION.replace(title, "ONCOLOGY FOLLOW-UP CLINIC LETTER")) == {"L": "M", "R": "-"}
    assert labels(_PENSION.replace("(quoted verbatim from the pathology report",
                                   "(quoted from the previous pathology report")) == {"L": "M", "R": "-"}
    assert labels(_ADOPTION.replace("Kestrel Coast Adoption (Regional Adoption Agency)", "Kestrel Coast Clinic")
                  .replace("ADULT HEALTH REPORT - AH", "CLINIC NOTE"))["R"] == "-"


def test_a_reading_named_by_its_version_number_is_the_earlier_one() -> None:
    # "interpreted in version 1 as invasive lobular carcinoma" names what the retracted version called the focus
    assert labels(_AMENDED) == {"L": "B", "R": "-"}
    for words in ("interpreted in v1 as", "interpreted in the version 1 as", "described in version 2 as"):
        assert labels(_AMENDED.replace("interpreted in version 1 as", words)) == {"L": "B", "R": "-"}, words
    # near misses: a focus that is the carcinoma, and one "in version 1" named without the reading verb, keep it
    assert labels(_AMENDED.replace("The focus interpreted in version 1 as invasive lobular carcinoma represents LCIS",
                                   "The focus is invasive lobular carcinoma"))["L"] == "BM"
    assert labels(_AMENDED.replace("interpreted in version 1 as", "in version 1, and"))["L"] == "BM"


# ---- review p131: the rules narrowed to positive evidence, with near misses

_STANDING = ("Version 3 issued to correct the NHS number only.\n"
             "The diagnosis, reported in v2 as ductal carcinoma in situ, high grade, of the right breast, stands "
             "unchanged; no further tissue examined.\n")
_LGHT = "Lght breast, 3 o'clock core (typed as dictated): Ductal carcinoma in situ, high grade, with comedo necrosis.\n"
_TRUSTEE = ("Trustee Ill-Health Early Retirement - Medical Evidence Summary\n"
            "Member: Mr/Ms T. Example (member's words: \"my right breast cancer came back in the scar\")\n"
            "3. Surgical pathology (quoted verbatim, report dated 20/02/2026): “Right breast, wide local excision "
            "(post-neoadjuvant): No residual invasive or in situ carcinoma. Treatment effect. Biopsy-site changes.”\n"
            "4. Scheme physician's opinion: criteria not met at present.\n")
_SCREEN = ("GP referral: lump L breast 3 cm, benign feel. R breast and axilla normal.\n"
           "Screen-detected 8 mm spiculate mass; ultrasound-guided core: invasive ductal carcinoma, grade 1.\n")


def test_a_versions_reading_that_stands_is_the_diagnosis() -> None:
    # "reported in v2 as DCIS ... stands unchanged": no replacing reading, the version's reading is the diagnosis
    assert labels(_STANDING) == {"L": "-", "R": "M"}
    for words in ("remains the diagnosis", "is confirmed", "is maintained", "is unchanged"):
        assert labels(_STANDING.replace("stands unchanged", words)) == {"L": "-", "R": "M"}, words
    # nor without any reading after it in its sentence
    assert labels(_STANDING.replace(", stands unchanged; no further tissue examined", "")) == {"L": "-", "R": "M"}
    # near misses: a sentence going on to the replacing reading keeps the version's reading the earlier one
    assert labels(_AMENDED) == {"L": "B", "R": "-"}
    for words in ("is reclassified as LCIS", "is lobular carcinoma in situ", "is shown to be LCIS"):
        assert labels(_AMENDED.replace("represents LCIS", words)) == {"L": "B", "R": "-"}, words
    # ... and so does one saying the earlier reading was not confirmed before the replacing one
    for words in ("is not confirmed; it represents LCIS", "was not upheld; it represents LCIS",
                  "has not been confirmed and represents LCIS"):
        assert labels(_AMENDED.replace("represents LCIS", words)) == {"L": "B", "R": "-"}, words


def test_a_dictated_lght_breast_is_the_left() -> None:
    # "Lght breast": a typo of the left, with the breast right after it
    assert labels(_LGHT) == {"L": "M", "R": "-"}
    for words in ("LGHT BREAST", "Lght side", "Light breast"):
        assert labels(_LGHT.replace("Lght breast", words)) == {"L": "M", "R": "-"}, words
    # near misses: "light" before anything else is still no side
    assert labels(_LIGHT) == {"L": "-", "R": "M"}
    assert labels(_LGHT.replace("Lght breast", "Light microscopy")) == {"L": "?", "R": "?"}


def test_a_quotation_in_curly_marks_is_read_to_its_last_finding() -> None:
    # the finding right before the closing ” is read as before a straight one
    assert labels(_TRUSTEE) == {"L": "-", "R": "B"}
    for opening, closing in (("‘", "’"), ("«", "»"), ('"', '"')):
        assert labels(_TRUSTEE.replace("“", opening).replace("”", closing)) == {"L": "-", "R": "B"}, opening
    assert labels("Right breast, excision: Fibroadenoma.” B2.") == {"L": "-", "R": "B"}
    assert labels("Report reads: «Right breast, excision: fibrocystic change and a fibroadenoma.»") == {"L": "-", "R": "B"}
    # (a lone quoted term is a word, in curly marks as in straight ones: '"Fibroadenoma." B2.')
    assert labels("Right breast, excision: “Fibroadenoma.” B2.") == labels('Right breast, excision: "Fibroadenoma." B2.')
    # near misses: an apostrophe inside a word closes no single-quoted quotation; an unannounced quote stays as before
    assert labels(_TRUSTEE.replace("“", "‘").replace("”", "’").replace("Treatment effect", "Patient’s treatment effect")
                  ) == {"L": "-", "R": "B"}
    assert labels(_TRUSTEE.replace("(quoted verbatim, report dated 20/02/2026)", "(summary)"))["R"] == "BM"


def test_a_normal_breast_is_not_passed_over_for_a_lesion_the_examination_cannot_find() -> None:
    # abbreviations and a field's value are normal-breast sentences as well
    for words in ("Lt breast normal.", "Left breast: normal.", "Lt. breast unaffected."):
        assert labels(_CARD.replace("R breast and axilla normal.", words.replace("Lt", "Rt").replace("Left", "Right"))
                      ) == {"L": "M", "R": "-"}, words
    # near miss: a screen-detected or impalpable lesion may lie in the breast normal to the hand: its side stands
    assert labels(_SCREEN) == {"L": "-", "R": "M"}
    for words in ("Impalpable 8 mm spiculate mass", "Non-palpable 8 mm spiculate mass",
                  "Clinically occult 8 mm spiculate mass"):
        assert labels(_SCREEN.replace("Screen-detected 8 mm spiculate mass", words)) == {"L": "-", "R": "M"}, words
    # ... and without such words the normal breast is passed over as before
    assert labels(_SCREEN.replace("Screen-detected 8 mm spiculate mass", "8 mm spiculate mass")) == {"L": "M", "R": "-"}
    # a sentence saying more ("normal on palpation") is no normal-breast sentence
    assert labels(_CARD.replace("R breast and axilla normal.", "R breast: normal on palpation."))["R"] == "M"
