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


# --- near misses of the rules above (review of the b99-b100 rules)

def test_an_export_with_a_free_text_diagnosis_column_is_read_by_the_ordinary_reader() -> None:
    # a side-less diagnosis column beside the side columns holds a diagnosis of its own: not blanked
    assert labels("MRN,Date,Procedure,Diagnosis,Histology_R,Histology_L\n"
                  '1234,2026-02-01,Left WLE,"Left breast: invasive ductal carcinoma grade 2",,\n')["L"] == "M"
    assert labels("MRN,Date,Procedure,Final_diagnosis,Result_R,Result_L,Comment\n"
                  '1234,2026-02-01,Left WLE,"Left breast WLE: invasive ductal carcinoma grade 2, 14 mm",pending,pending,'
                  "none\n")["L"] == "M"
    assert labels("Audit_ID,Date,Procedure,Histology,Final_histology_Right,Final_histology_Left,Margins\n"
                  'A-1,2026-02-01,Right WLE,"Right breast WLE: invasive ductal carcinoma grade 2, 14 mm; margins clear",,,'
                  "Clear\n")["R"] == "M"
    assert labels("accession,part,status,diagnosis,Result_R,Result_L\n"
                  'S26-1,A,final,"Left breast core: invasive ductal carcinoma grade 2",,\n')["L"] == "M"


def test_an_audit_row_with_a_stray_comma_is_left_to_the_ordinary_reader() -> None:
    # an unquoted comma in the comment adds a field: the row is not split by guess (its side cells would shift)
    assert labels(_AUDIT_HEADER + "E-21,2026-01-15,L WLE,L B3 papilloma,n/a,Papilloma without atypia 8 mm,Clear,"
                  "benign, discharged\n") == {"L": "B", "R": "-"}
    assert labels(_AUDIT_HEADER + "E-21,2026-01-15,L WLE,L B5b,n/a,Invasive ductal carcinoma grade 2 18 mm,Clear,"
                  "for RT, no chemo\n") == {"L": "M", "R": "-"}


def test_a_sentence_after_a_receptor_table_is_no_row_of_it() -> None:
    text = ("Receptors:\nMarker,Result_L,Result_R,Score_L,Score_R\nER,Positive,n/a,8,n/a\n"
            "Left breast WLE: invasive ductal carcinoma, grade 2, 18 mm, margins clear, LVI absent.\n"
            "Right breast WLE: fibroadenoma.\n")
    assert labels(text) == {"L": "M", "R": "B"}


def test_a_side_column_that_refers_to_the_other_side_holds_its_result() -> None:
    assert labels("Episode,Date,Operation,Final_histology_Right,Final_histology_Left,Comment\n"
                  "E-1,2026-01-10,Bilateral WLE,Same as left,Fibroadenoma,bilateral fibroadenomas\n") == {
        "L": "B", "R": "B"}


def test_a_row_whose_side_columns_hold_nothing_reads_its_core() -> None:
    # the day's only specimen is a core: with both excision columns "n/a" the row is read as it stands
    assert labels("Episode,Date,Procedure,Core_histology_R,Core_histology_L,Excision_histology_R,Excision_histology_L\n"
                  'E-1,2026-01-10,Left US core,n/a,"Invasive carcinoma NST, grade 2 (B5b)",n/a,n/a\n')["L"] == "M"


def test_a_statement_by_the_members_doctor_is_no_own_account() -> None:
    assert labels("CRITICAL ILLNESS CLAIM\nPART A - STATEMENT BY THE MEMBER\nI was told I have a lump in my left breast.\n\n"
                  "PART B - STATEMENT BY THE MEMBER'S ATTENDING PHYSICIAN\nCore biopsy of the left breast on 02/02/2026 "
                  "showed invasive ductal carcinoma, grade 2.\n")["L"] == "M"
    assert labels("PART B - STATEMENT OF THE MEMBER'S TREATING DOCTOR\n"
                  "Left breast core biopsy: invasive ductal carcinoma, grade 2.\n")["L"] == "M"
    assert labels("PART 2 - STATEMENT BY THE MEMBER'S SPECIALIST\n"
                  "Right breast WLE 10/01/2026: ductal carcinoma in situ, high grade, 25 mm.\n")["R"] == "M"
    assert labels("PART C - DECLARATION BY THE MEMBER OF STAFF (PATHOLOGIST)\n"
                  "Right breast WLE 10/01/2026: ductal carcinoma in situ, high grade, 25 mm.\n")["R"] == "M"


def test_a_negated_list_ended_by_or_stays_negated_past_a_healing_item() -> None:
    assert labels("Final diagnosis: Left breast cavity shave: no residual DCIS, healing fat necrosis or invasive "
                  "carcinoma identified.\n")["L"] == "-"
    assert labels("Final diagnosis: Right nipple biopsy: no Paget's disease, healing ulceration or underlying DCIS.\n"
                  )["R"] == "-"
    assert labels("Final diagnosis: Right breast re-excision: no residual DCIS, healing fat necrosis, papilloma or "
                  "atypia.\n")["R"] == "-"
    assert labels("Final diagnosis: Left breast re-excision: background fibroadenoma. No residual DCIS, healing biopsy "
                  "site changes or invasive carcinoma.\n")["L"] == "B"
    assert labels("Final diagnosis: Left breast: there is no fibroadenoma, healing biopsy site, or carcinoma in these "
                  "sections.\n")["L"] == "-"
    assert "M" not in labels("Final diagnosis: Left breast re-excision: no residual DCIS, healing biopsy site changes or "
                             "invasive carcinoma.\n")["L"]
