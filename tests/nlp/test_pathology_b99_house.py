"""Pathology rules developed on released batches b99 and b100, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from nlp.pathology import get_pipeline, states_from_findings
from tests.nlp.test_pathology import labels

_AUDIT_HEADER = ("# Breast surgery audit, one row per episode\n"
                 "Episode,Date,Operation,Core_result,Histology_R,Histology_L,Margin_status,Comment\n")


def test_an_audit_export_gives_each_side_its_histology_column() -> None:
    # each side's final histology has a column of its own: the cell labels that breast, whatever the pre-operative
    # core, the procedure or the comment cells of the row say
    row = ('E-12,2026-01-14,L WLE; R excision,"L B5b ILC; R B3 papilloma",'
           '"Papilloma without atypia, 11 mm","Invasive lobular carcinoma, 17 mm",Clear,"R lesion benign"\n')
    assert labels(_AUDIT_HEADER + row) == {"L": "M", "R": "B"}
    # a side not operated reads nothing from the core named in its row
    unilateral = 'E-13,2026-01-20,R mastectomy,"R B5a DCIS; L B3 ADH","DCIS high grade, 40 mm",n/a,Clear,none\n'
    assert labels(_AUDIT_HEADER + unilateral) == {"L": "-", "R": "M"}
    # near miss: a pre-operative core column named by its side is no final result
    preop = _AUDIT_HEADER.replace("Core_result", "Core_result_L")
    assert labels(preop + 'E-14,2026-02-02,R WLE,"Fibroadenoma","Benign breast tissue",n/a,Clear,none\n') == {
        "L": "-", "R": "-"}
    # near miss: an export with no side columns is read as before
    plain = "Episode,Date,Side,Operation,Comment\nE-15,2026-02-03,Left,WLE,fibroadenoma excised\n"
    assert labels(plain)["R"] == "-"


def test_a_health_insurer_form_gives_the_member_her_own_statement() -> None:
    # "STATEMENT BY THE MEMBER" is the patient's own account (history), as the claimant's or the insured's is
    form = ("MEDICAL REPORT FOR A CLAIM\nPART A - STATEMENT BY THE MEMBER\n"
            "The surgeon told me I might have cancer in my right breast.\n\n"
            "PART B - TO BE COMPLETED BY THE SPECIALIST\n"
            "Q3. Diagnosis: Right breast core 02/02/2026: fibroadenoma.\n")
    assert labels(form) == {"L": "-", "R": "B"}
    # near miss: the specialist's own section still labels its diagnosis
    assert labels(form.replace("fibroadenoma", "invasive carcinoma of no special type, grade 2")) == {
        "L": "-", "R": "M"}


def test_a_worklist_screen_prints_its_bracketed_headings_before_their_text() -> None:
    # "[CLIN HX]" with its text on the same line is the history: a biopsy site named there is no finding
    screen = ("[CLIN HX]   R lump at old biopsy site. L IDC on core.\n"
              "[FINAL DX]\n  A. Right breast core: fat necrosis. No malignancy.\n"
              "  B. Left breast WLE: invasive carcinoma NST, 15 mm.\n[COMMENT]   -\n")
    assert labels(screen) == {"L": "M", "R": "-"}
    # near miss: a bracketed heading that names the diagnosis still heads it when its text follows on its line
    assert labels("[CLIN HX]   R lump.\n[DIAGNOSIS]   Right breast core: fibroadenoma.\n") == {"L": "-", "R": "B"}


def test_a_data_set_named_by_two_bodies_restates_the_part_it_belongs_to() -> None:
    # "NHSBSP/RCPath data set (...)": the data set's carcinoma is part 1's, not the last part's
    report = ("Conclusion:\n1. Left mastectomy: residual invasive carcinoma NST, 12 mm.\n"
              "2. Right breast core: fibroadenoma. B2.\n\n"
              "NHSBSP/RCPath data set (post-neoadjuvant): residual invasive carcinoma NST, 12 mm; ypT1c ypN0.\n")
    assert labels(report) == {"L": "M", "R": "B"}
    # near miss: a data set that names its own side keeps it
    sided = report.replace("(post-neoadjuvant): residual", "(post-neoadjuvant): right breast, residual")
    assert labels(sided) == {"L": "M", "R": "BM"}


def test_a_finding_before_another_left_open_by_cannot_be_excluded_is_diagnosed() -> None:
    # "ADH, DCIS cannot be excluded": the comma alone parts the diagnosis from what is left open
    dictated = "Final diagnosis: Left breast, core, atypical ductal hyperplasia, DCIS cannot be excluded, excision advised.\n"
    assert labels(dictated) == {"L": "B", "R": "-"}
    states = states_from_findings(get_pipeline()(dictated)._.findings)
    assert not states["L"]["malignant"]
    # near miss: a list joined by "or" leaves both open
    assert labels("Final diagnosis: Left breast core: atypical ductal hyperplasia or DCIS cannot be excluded.\n") == {
        "L": "-", "R": "-"}


def test_a_comma_before_healing_biopsy_site_changes_ends_the_negation() -> None:
    # "no residual DCIS, healing biopsy site changes": the changes are found, as after "; " (also with the comma said
    # aloud in a dictation)
    assert labels("Final diagnosis: Right breast re-excision: no residual carcinoma, healing biopsy site with "
                  "granulation tissue.\n") == {"L": "-", "R": "B"}
    assert labels("Final diagnosis. Left breast margin, no residual D C I S, comma, healing biopsy site changes.\n") == {
        "L": "B", "R": "-"}
    # near miss: a list of negated findings joined by "or" stays negated
    assert labels("Final diagnosis: Left breast re-excision: no residual DCIS, biopsy site or LCIS.\n") == {
        "L": "-", "R": "-"}
