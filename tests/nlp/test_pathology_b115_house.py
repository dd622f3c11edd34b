"""Pathology rules developed on released batch b115, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_QUOTED_PATHOLOGY = ('Pathology quoted verbatim:\n   "Right breast, core biopsy: fibroadenoma."\n')


def test_a_disability_claimant_s_allegations_are_history() -> None:
    # the claimant's own words on a disability determination ("ALLEGATIONS:", "ALLEGED IMPAIRMENTS:") are her account
    report = 'ALLEGED IMPAIRMENTS: "cancer in my left breast, back pain"\n\n' + _QUOTED_PATHOLOGY
    assert labels(report) == {"L": "-", "R": "B"}
    assert labels("CLAIMANT'S ALLEGATIONS ON APPEAL (SSA-3441): left breast cancer, fatigue.\n\n" + _QUOTED_PATHOLOGY
                  ) == {"L": "-", "R": "B"}
    assert labels("ALLEGATIONS (SSA-3368): left breast cancer.\n\n" + _QUOTED_PATHOLOGY) == {"L": "-", "R": "B"}
    # near misses: the determination's own quoted pathology, a finding after the allegations' paragraph, and an
    # allegation named inside a sentence of the pathology
    assert labels('ALLEGED IMPAIRMENTS: "back pain"\n\nPathology quoted:\n   "Left breast, core biopsy: DCIS, high '
                  'grade."\n') == {"L": "M", "R": "-"}
    assert labels("ALLEGATIONS: depression.\n\nLeft breast, excision: invasive ductal carcinoma.\n") == {
        "L": "M", "R": "-"}
    assert labels("Left breast, core biopsy: invasive lobular carcinoma; the allegations of delay are noted.\n") == {
        "L": "M", "R": "-"}


def test_a_disability_list_of_records_is_history() -> None:
    # the list of the documents an examiner read names each report's diagnosis, not the examiner's
    report = ("RECORDS REVIEWED\n1. Core biopsy report X-12 (left breast, 2025; invasive ductal carcinoma).\n\n"
              + _QUOTED_PATHOLOGY)
    assert labels(report) == {"L": "-", "R": "B"}
    assert labels("EVIDENCE OF RECORD\n  Lakeside Cancer Centre - oncology notes (left breast) 2026\n\n"
                  + _QUOTED_PATHOLOGY) == {"L": "-", "R": "B"}
    # near misses: a review's own diagnosis headings still label, and so does a quoted report below the list
    assert labels("REVIEW DIAGNOSIS:\nLeft breast, excision: benign phyllodes tumour.\n") == {"L": "M", "R": "-"}
    assert labels("Our review: Left breast, core: DCIS, intermediate grade.\n") == {"L": "M", "R": "-"}
    assert labels("RECORDS REVIEWED\nPathology report P-1.\n\nPATHOLOGY (quoted)\nLeft breast, core: invasive "
                  "ductal carcinoma.\n") == {"L": "M", "R": "-"}


def test_a_disability_coded_impairment_and_listing_are_no_diagnosis() -> None:
    # a determination's coded impairments ("MDI" rows) and the listing it weighed name the rule book's categories
    report = (_QUOTED_PATHOLOGY + "\nMDI\n  Malignant Neoplasm of Breast          Primary      Severe\n\n"
              "LISTINGS: 13.10B met - carcinoma with distant metastases.\n")
    assert labels(report) == {"L": "-", "R": "B"}
    assert labels("CAL condition flagged by intake: \"Breast Cancer - with distant metastases\"\n\n"
                  + _QUOTED_PATHOLOGY) == {"L": "-", "R": "B"}
    # near misses: the quoted pathology above the MDI block still labels, as does a finding after a blank line
    # below the listing and a "list" word inside a diagnosis
    assert labels('Pathology quoted:\n   "Left breast, core biopsy: invasive lobular carcinoma."\n\nMDI\n  Malignant '
                  'Neoplasm of Breast   Primary   Severe\n') == {"L": "M", "R": "-"}
    assert labels("LISTINGS: 13.10 not met.\n\nLeft breast, excision: fibroadenoma.\n") == {"L": "B", "R": "-"}
    assert labels("Left breast, core: DCIS, listed as high grade.\n") == {"L": "M", "R": "-"}


def test_a_compensation_scheme_s_presumptive_cancer_is_no_diagnosis() -> None:
    # a firefighter's "presumptive cancer" names the scheme's category, wherever it stands
    report = "The presumption for breast cancer does not apply.\nRight breast, excision: intraductal papilloma.\n"
    assert labels(report) == {"L": "-", "R": "B"}
    assert labels("Breast cancer is a listed presumptive disease for this worker.\nLeft breast, core: "
                  "fibroadenoma.\n") == {"L": "B", "R": "-"}
    assert labels("REQUEST: Presumptive Cancer Review\nLeft breast, core: fibroadenoma.\n") == {"L": "B", "R": "-"}
    # near misses: a named carcinoma after "presumptive", a cancer not beside the presumption's word, and a cancer
    # diagnosed in a report that speaks of the presumption elsewhere
    assert labels("Left breast, core: presumptive diagnosis: invasive ductal carcinoma.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast, excision: breast cancer, ductal type. The presumption is engaged.\n") == {
        "L": "M", "R": "-"}
    assert labels("Presumptive claim.\nLeft breast, mastectomy: invasive lobular carcinoma, grade 2.\n") == {
        "L": "M", "R": "-"}


def test_a_belief_or_fear_in_the_patient_s_words_is_no_diagnosis() -> None:
    # "the belief that she has cancer", "can't stop thinking it's cancer", "scared it's cancer": what she believes
    assert labels("The claimant's belief that she has breast cancer is noted.\nRight breast, core: fibroadenoma.\n"
                  ) == {"L": "-", "R": "B"}
    assert labels("Left breast lump; she can't stop thinking it's cancer.\nLeft breast, core: fibroadenoma.\n") == {
        "L": "B", "R": "-"}
    assert labels("Right breast lump, I'm scared it's cancer.\nRight breast, core: sclerosing adenosis.\n") == {
        "L": "-", "R": "B"}
    # near misses: a pathologist's "we think this is", a belief confirmed by the diagnosis, and "stop" elsewhere
    assert labels("Left breast, core: invasive ductal carcinoma; we think this is the primary.\n") == {
        "L": "M", "R": "-"}
    assert labels("Left breast, core: invasive ductal carcinoma. It's cancer, as she feared.\n") == {
        "L": "M", "R": "-"}
    assert labels("Left breast, excision: DCIS, high grade; the margin stops 1 mm short.\n") == {"L": "M", "R": "-"}


def test_a_previous_excision_site_is_a_scar() -> None:
    # a re-excision's "healing previous excision site" is the earlier excision's site (a biopsy-site change)
    assert labels("Right breast, re-excision: healing previous excision site with fat necrosis. No residual DCIS.\n"
                  ) == {"L": "-", "R": "B"}
    assert labels("Left breast, re-excision: prior excision site; no residual carcinoma.\n") == {"L": "B", "R": "-"}
    # near misses: the site in the history, a re-excision with fat necrosis only, and an excision named without a site
    assert labels("Clinical details: previous excision site infection.\nRight breast, core: benign breast tissue.\n"
                  ) == {"L": "-", "R": "-"}
    assert labels("Right breast, re-excision: fat necrosis. No residual DCIS.\n") == {"L": "-", "R": "-"}
    assert labels("Right breast, re-excision: previous excision with fat necrosis.\n") == {"L": "-", "R": "-"}


def test_an_outside_report_s_long_lead_in_near_misses() -> None:
    # (the long lead-in's rule, 'Outside report (source, date) reads:' over the quote below, was withdrawn after review
    # p115b, b115's yq022 in WITHDRAWN_PATHOLOGY_MISSES; its near misses still read)
    # near misses: the outside report agreed with, a quoted diagnosis with no outside lead-in, and an outside
    # report that is not there
    assert labels('Outside report (Greyfield Community Hospital Pathology, 02/03/2026) reads:\n"Left breast, '
                  'excision: fibroadenoma." We agree.\n') == {"L": "B", "R": "-"}
    assert labels('Our report (Greyfield Community Hospital Pathology, 02/03/2026) reads:\n"Left breast, excision: '
                  'fibroadenoma."\n') == {"L": "B", "R": "-"}
    assert labels("Outside report (Greyfield Community Hospital Pathology) is not available.\nDIAGNOSIS:\nLeft "
                  "breast, excision: fibroadenoma.\n") == {"L": "B", "R": "-"}
