"""Pathology rules developed on released batch b118, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_a_side_letter_before_a_total_or_major_duct_excision() -> None:
    # "R total duct excision - periductal mastitis": the kind of duct operation before its name keeps the letter's side
    report = ("Conclusion:\n1. R total duct excision - periductal mastitis with duct ectasia. B2.\n"
              "2. L microdochectomy - intraductal papilloma without atypia. B2.\n")
    assert labels(report) == {"L": "B", "R": "B"}
    assert labels("Conclusion:\n1. L major duct excision - periductal mastitis. B2.\n") == {"L": "B", "R": "-"}
    assert labels("Conclusion:\n1. R total duct excision: intraductal papilloma. B2.\n") == {"L": "-", "R": "B"}
    # near misses: "total" before anything but a duct excision gives the letter no side; the operation named in
    # a history or advised in a sentence keeps the diagnosis where it was
    assert labels("Conclusion:\n1. R total 3 nodes - fibroadenoma. B2.\n") == {"L": "-", "R": "-"}
    assert labels("Clinical: R total duct excision 2019. Now left breast core.\n\nConclusion: Left breast core: "
                  "fibroadenoma. B2.\n") == {"L": "B", "R": "-"}
    assert labels("Conclusion: R total duct excision advised for the discharge. Left breast core: fibroadenoma.\n"
                  ) == {"L": "B", "R": "-"}


def test_a_combined_reports_numbered_cytology_and_histology_describe_the_specimens() -> None:
    # "Cytology (1):" / "Histology (2):" over an "Opinion:": each describes its numbered specimen; the opinion decides,
    # so the first specimen's "cyst macrophages" are no cyst of the second specimen's breast
    report = ("Specimen 1: Right breast cyst aspirate.\nSpecimen 2: Left breast 4 o'clock stereotactic VAB.\n\n"
              "Cytology (1): Cyst macrophages, apocrine cells in sheets. No atypical cells. C2.\n"
              "Histology (2): Duct spaces expanded by a cribriform proliferation with necrosis.\n\n"
              "Opinion:\n1. Right breast cyst aspirate: benign; consistent with a benign cyst. C2.\n"
              "2. Left breast VAB: ductal carcinoma in situ, intermediate nuclear grade. B5a.\n")
    assert labels(report) == {"L": "M", "R": "B"}
    assert labels(report.replace("Opinion:", "Conclusion:")) == {"L": "M", "R": "B"}
    # near misses: with no diagnosis section the numbered description still labels; a "Cytology:" with no number or
    # with a laboratory number is no such heading, and an MDT record's "Histology (H26/00921):" stays its diagnosis
    assert labels("Specimen 1: Left breast FNA.\n\nCytology (1): Malignant cells consistent with carcinoma. C5.\n"
                  ) == {"L": "M", "R": "-"}
    assert labels("Specimen 1: Left breast core.\n\nCytology: Left breast FNA: cyst. C2.\n") == {"L": "B", "R": "-"}
    assert labels("Cytology (C26/0881): Left breast FNA: cyst. C2.\n") == {"L": "B", "R": "-"}
    assert labels("MDT record\nHistology (H26/00921): Left breast core: invasive ductal carcinoma, grade 2.\n") == {
        "L": "M", "R": "-"}


def test_a_laterality_correction_glossing_its_own_side_words() -> None:
    # "from the වම් පියයුර [LEFT breast], not the right as originally reported": the side words of an Indic script (with
    # their vowel signs and viramas) glossed in English correct the side like the English note
    report = ("Correction 06/02/2026:\nThe specimen is from the වම් පියයුර [LEFT breast], not the right as originally "
              "reported. The diagnosis itself is unchanged and is reprinted below as first issued.\n\n"
              "Diagnosis (as originally issued 03/02/2026):\nදකුණු පියයුර [Right breast], trucut biopsy: invasive "
              "ductal carcinoma (NST), grade 2.\n")
    assert labels(report) == {"L": "M", "R": "-"}
    note = ("Correction 06/02/2026:\nThe specimen is from the वाम स्तन [LEFT breast], not the right as originally "
            "reported. The diagnosis is unchanged.\n\nDiagnosis:\nRight breast, trucut biopsy: invasive ductal "
            "carcinoma (NST), grade 2.\n")
    assert labels(note) == {"L": "M", "R": "-"}
    # near misses: a result, an image or an earlier biopsy placed on the glossed side moves nothing
    assert labels(note.replace("The specimen is", "The ER result is")) == {"L": "-", "R": "M"}
    assert labels(note.replace("Correction", "Note").replace("The specimen is from", "The mammogram was of")) == {
        "L": "-", "R": "M"}
    assert labels(note.replace("The specimen is from", "The previous biopsy was from").replace(
        ", not the right as originally reported", "")) == {"L": "-", "R": "M"}


def test_a_pre_treatment_field_after_the_diagnosis_sentence_on_its_line() -> None:
    # "Dx: R mastect + SLN: no resid ca ... only. Pre-tx: R IDC gr3 (core 08/25).": the short pre-treatment field
    # written after a full stop on the diagnosis's line is history, to its sentence's end
    report = ("Dx: R mastect + SLN: no resid ca (ypT0 ypN0, 0/3), tumour bed fibrosis only. Pre-tx: R IDC gr3 (core "
              "08/25).\nL mastect: ALH, focal. No ca.\n")
    assert labels(report) == {"L": "B", "R": "-"}
    assert labels("Dx: R mastect: no resid ca, ypT0. Pre-treatment: R IDC gr3 (core 08/25).\n") == {"L": "-", "R": "-"}
    assert labels("Dx: R mastect: no resid ca, ypT0; pre-tx: R IDC gr3 (core 08/25).\n") == {"L": "-", "R": "-"}
    assert labels("Dx: R mastect: no resid ca, ypT0. Pre-tx: R IDC gr3 (core 08/25). L mastect: ALH. No ca.\n") == {
        "L": "B", "R": "-"}
    # near misses: residual carcinoma still labels; a bracketed "(pre-tx: ...)" or one with no colon is no field; the
    # field ends at its sentence, so the next specimen's diagnosis on its line still labels
    assert labels("Dx: R mastect: residual IDC 4 mm, ypT1a. Pre-tx: R IDC gr3 (core 08/25).\n") == {"L": "-", "R": "M"}
    assert labels("Dx: R mastect: no resid ca, ypT0 (pre-tx: R IDC gr3). L mastect: ILC 12 mm.\n") == {
        "L": "M", "R": "M"}
    assert labels("Dx: L WLE: fibroadenoma. Pre-tx nil. R WLE: ILC 18 mm.\n") == {"L": "B", "R": "M"}
    assert labels("Dx: R mastect: no resid ca. Pre-tx: nil. L WLE: ILC 18 mm.\n") == {"L": "M", "R": "-"}
