"""Pathology rules developed on released batch b91, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_another_services_record_that_says_it_quotes_the_histology() -> None:
    # a blood donor enquiry, an occupational health report: the quotation decides, the record's own words
    # (what the donor declared, the guideline applied, the outcome) are its history
    donor = ("DONOR MEDICAL ENQUIRY RECORD\nDonor declaration: \"Yes - breast cancer last year, right side.\"\n"
             "Histology quoted in clinic letter:\n  \"Right breast, mastectomy: invasive carcinoma NST, grade 2.\"\n"
             "  \"Left breast, core biopsy: fibroadenoma.\"\n"
             "Guideline applied: Malignancy (invasive) - permanent withdrawal.\n")
    assert labels(donor) == {"L": "B", "R": "M"}
    triage = ("PSYCHO-ONCOLOGY TRIAGE NOTE\nMost recent histology (verbatim from pathology report):\n"
              "  \"Left breast, excision: complex sclerosing lesion. No evidence of malignancy.\"\n"
              "Triage outcome: routine; fear of cancer recurrence programme.\n")
    assert labels(triage) == {"L": "B", "R": "-"}
    oh = ("OCCUPATIONAL HEALTH REPORT\nShe was diagnosed with right breast invasive ductal carcinoma in 06/2025 "
          "and had neoadjuvant chemotherapy. The surgical histology reads:\n\"Right breast, wide local excision: "
          "no residual invasive or in situ carcinoma (ypT0).\"\nFit for work.\n")
    assert labels(oh) == {"L": "-", "R": "-"}
    # near miss: a pathology report's own diagnosis under a histology heading, with a short quoted word
    # and no quotation of a report, still labels
    assert labels("Clinical: \"lump\" left breast.\nHistology:\nLeft breast, core: invasive ductal carcinoma.\n"
                  "Comment: malignancy confirmed.\n") == {"L": "M", "R": "-"}
    # near miss: a pathology report whose history quotes the earlier histology keeps its own diagnosis
    # (the quoted earlier fibroadenoma is that report's history)
    assert labels("CLINICAL HISTORY: previous histology reads:\n\"Left breast core: fibroadenoma, benign.\"\n"
                  "FINAL DIAGNOSIS:\nLeft breast, excision: invasive ductal carcinoma.\n") == {"L": "M", "R": "-"}


def test_a_dictated_clinical_history_heading_with_its_own_full_stop() -> None:
    dictated = ("Dr A Rao dictating.\nClinical history. Left breast carcinoma treated with lumpectomy in twenty "
                "eighteen, now lump at the scar.\nFinal diagnosis. Left breast, excision, fibroadenoma, period. "
                "No carcinoma, period.\nEnd of report.\n")
    assert labels(dictated) == {"L": "B", "R": "-"}
    # near miss: the history is one sentence; the diagnosis after it still labels
    assert labels(dictated.replace("fibroadenoma, period. No carcinoma", "recurrent ductal carcinoma, period. "
                                   "Margins clear")) == {"L": "M", "R": "-"}


def test_a_lump_at_a_scar_named_as_the_place_sampled() -> None:
    assert labels("Final diagnosis:\nRight breast, scar nodule, core biopsy: fat necrosis.\n") == {
        "L": "-", "R": "-"}
    assert labels("DIAGNOSIS:\nLeft breast, scar lump, core biopsy: invasive carcinoma NST.\n") == {
        "L": "M", "R": "-"}
    # near miss: a scar nodule found in the tissue is a scar
    assert labels("Final diagnosis:\nRight breast, re-excision: scar nodule with fat necrosis.\n") == {
        "L": "-", "R": "B"}


def test_a_pathology_report_quoting_an_earlier_result_in_a_sentence_keeps_its_own_diagnosis() -> None:
    # near miss of the quoting record: the lead runs on in the report's own sentence and names an earlier result,
    # so the report's own findings (fibroadenoma, biopsy-site changes) still label
    assert labels("Right breast re-excision specimen. Previous histology reads: \"invasive ductal carcinoma grade 2, "
                  "close margin\". Sections show fibroadenoma and biopsy site changes. No residual carcinoma.") == {
        "L": "-", "R": "BM"}
