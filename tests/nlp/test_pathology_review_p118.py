"""Review p118's over-reaches of the b118 rules, narrowed: each over-reach text with its right labels, and the wordings
the rules were written for, which must still read."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_COMBINED = ("Specimen 1: Left breast FNA.\nSpecimen 2: Right breast core.\n\n"
             "Cytology (1): Left breast FNA: cyst macrophages only. C2.\n"
             "Histology (2): Right breast core: invasive ductal carcinoma, grade 2. B5b.\n\n")


def test_a_numbered_histology_heading_holding_a_diagnosis_stays_the_diagnosis() -> None:
    # E01: "Histology (2): Right breast core: <diagnosis>. B5b." over an opinion that only points back to it
    assert labels(_COMBINED + "Opinion:\n1. Left breast FNA: benign cyst. C2.\n2. See histology above; for MDT.\n"
                  ) == {"L": "B", "R": "M"}
    assert labels(_COMBINED + "Conclusion:\n1. Left breast FNA: benign cyst. C2.\n") == {"L": "B", "R": "M"}
    # the site label alone, or the B category alone, marks the diagnosis
    assert labels(_COMBINED.replace(" B5b.", "") + "Opinion:\n1. Left breast FNA: benign cyst. C2.\n") == {
        "L": "B", "R": "M"}
    assert labels("Specimen 1: Left breast FNA.\nSpecimen 2: Right breast core.\n\nCytology (1): Cyst macrophages "
                  "only. C2.\nHistology (2): Invasive ductal carcinoma, grade 2. B5b.\n\nOpinion:\n1. Left breast "
                  "FNA: benign cyst. C2.\n") == {"L": "B", "R": "M"}
    # a description whose specimen the opinion does not restate ("2. As above.") stays its diagnosis too
    assert labels("Specimen 1: Left breast FNA.\nSpecimen 2: Right breast core.\n\nCytology (1): Cyst macrophages "
                  "only. C2.\nHistology (2): Invasive ductal carcinoma forming tubules.\n\nOpinion:\n1. Left breast "
                  "FNA: benign cyst. C2.\n2. As above.\n") == {"L": "B", "R": "M"}


def test_numbered_descriptions_over_an_opinion_that_restates_them_still_read() -> None:
    # the wording the rule was written for: the opinion decides, the first specimen's cyst macrophages give the other
    # breast nothing (a C category is part of a cytology description)
    report = ("Specimen 1: Right breast cyst aspirate.\nSpecimen 2: Left breast VAB.\n\n"
              "Cytology (1): Cyst macrophages and apocrine cells in sheets. No atypical cells. C2.\n"
              "Histology (2): Duct spaces expanded by a cribriform proliferation with central necrosis.\n\n"
              "Opinion:\n1. Right breast cyst aspirate: benign cyst. C2.\n2. Left breast VAB: DCIS, intermediate "
              "grade. B5a.\n")
    assert labels(report) == {"L": "M", "R": "B"}
    assert labels(report.replace("Opinion:", "CONCLUSION:")) == {"L": "M", "R": "B"}
    assert labels(report.replace("Cytology (1): ", "Cytology (1):\n").replace("Opinion:", "Summary:")) == {
        "L": "M", "R": "B"}
    # with no diagnosis section the description labels as a description does
    assert labels("Specimen 1: Left breast FNA.\n\nCytology (1): Malignant epithelial cells consistent with "
                  "carcinoma. C5.\n") == {"L": "M", "R": "-"}
    # an MDT record's laboratory number and a bare "Cytology:" are read as before
    assert labels("MDT record 10/02/26\nHistology (H26/01177): Left breast core: invasive ductal carcinoma, grade 3."
                  "\n") == {"L": "M", "R": "-"}
    assert labels("Cytology: Left breast cyst aspirate: benign cyst fluid, macrophages only. C2.\n") == {
        "L": "B", "R": "-"}


def test_a_mid_line_pre_treatment_field_ends_at_the_next_specimens_header() -> None:
    # E02: "Pre-tx: L IDC gr3 (core 08/25) R WLE: IDC 11 mm": the field ends before "R WLE:" with no full stop
    report = "Dx: L WLE: no resid ca, ypT0. Pre-tx: L IDC gr3 (core 08/25) R WLE: IDC 11 mm grade 2.\n"
    assert labels(report) == {"L": "-", "R": "M"}
    assert labels(report.replace("08/25) R", "08/25), R")) == {"L": "-", "R": "M"}
    assert labels(report.replace("08/25) R", "08/25). R")) == {"L": "-", "R": "M"}
    assert labels(report.replace("R WLE: IDC 11 mm grade 2", "R mastectomy: ILC 20 mm")) == {"L": "-", "R": "M"}
    assert labels("Dx: L WLE: no resid ca, ypT0. Pre-tx: L IDC gr3 (core 08/25) Post-tx: L mastect: residual DCIS "
                  "only.\n") == {"L": "M", "R": "-"}
    # the intended wordings still read: the pre-treatment cancer labels nothing
    assert labels("Dx: R mastect + SLNB: complete pathological response, ypT0 ypN0 (0/2). Pre-tx: R IDC gr3 (core "
                  "09/25).\n") == {"L": "-", "R": "-"}
    assert labels("Dx: R mastect: no resid ca, ypT0; Pre-tx: R IDC gr3 (core 08/25); L mastect (risk-reducing): "
                  "benign, no atypia.\n") == {"L": "-", "R": "-"}
    # near misses: the field's own opening label, a side with no procedure's header, a side in the field's text
    assert labels("Dx: L WLE: no resid ca, ypT0. Pre-tx: L core: IDC gr3.\n") == {"L": "-", "R": "-"}
    assert labels("Dx: L WLE: no resid ca, ypT0. Pre-tx: L IDC gr3 (core 08/25) R side clinically clear.\n") == {
        "L": "-", "R": "-"}
    assert labels("Dx: R WLE: no resid ca, ypT0. Pre-tx: R IDC gr3 on R core 08/25.\n") == {"L": "-", "R": "-"}


def test_a_dcis_arising_in_a_papilloma_keeps_its_older_reading() -> None:
    # E03 is the entity reading of "DCIS ... arising in a papilloma" (the host papilloma counted as a benign finding),
    # older than the b118 rules: unchanged here, the duct excision's side is right
    assert labels("SUMMARY\nL total duct excision - low grade DCIS, cribriform, 6 mm, arising in a papilloma; margins "
                  "clear (>2 mm). B5a.\n") == {"L": "BM", "R": "-"}
