"""Pathology rules developed on released batch b89, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_STATUS_CODE_EXPORT = "# ST key: P=prelim F=final A=amended X=void\nACC_NO;PART;SECTION;ST;DIAGNOSIS\n"


def test_an_export_status_column_headed_st_is_read_by_its_legend() -> None:
    # a voided row never counts
    assert labels(_STATUS_CODE_EXPORT
                  + "S26-1;A;FINAL_DX;X;Left breast core: invasive ductal carcinoma [posted to wrong patient]\n"
                  "S26-1;A;FINAL_DX;F;Left breast core: fibroadenoma.\n") == {"L": "B", "R": "-"}
    # an amended row replaces the final one of the same part
    assert labels(_STATUS_CODE_EXPORT
                  + "S26-1;A;FINAL_DX;F;Left breast core: ductal carcinoma in situ.\n"
                  "S26-1;A;FINAL_DX;A;Left breast core: atypical ductal hyperplasia; DCIS not confirmed.\n") == {
        "L": "B", "R": "-"}
    # near miss: an amended row of another part replaces nothing of part A
    assert labels(_STATUS_CODE_EXPORT
                  + "S26-1;A;FINAL_DX;F;Left breast core: ductal carcinoma in situ.\n"
                  "S26-1;B;FINAL_DX;A;Right breast core: atypical ductal hyperplasia.\n") == {"L": "M", "R": "B"}


_SITE_EXPORT = "# ST key: F=final A=amended\nLAB_NO\tPART\tSPECIMEN_SITE\tSECTION\tST\tRESULT_TEXT\n"


def test_an_export_row_writing_a_parts_site_again_moves_its_diagnosis() -> None:
    # a SITE section row: the part's site written again (a laterality correction) replaces its first site
    assert labels(_SITE_EXPORT
                  + "H1\tA\tRight breast core\tFINAL_DX\tF\tInvasive lobular carcinoma.\n"
                  "H1\tA\tLeft breast core\tSITE\tA\tSite amended: the specimen is from the LEFT breast, not the right "
                  "as registered.\n") == {"L": "M", "R": "-"}
    # near miss: another part's site row moves only that part
    assert labels(_SITE_EXPORT
                  + "H1\tA\tRight breast core\tFINAL_DX\tF\tInvasive lobular carcinoma.\n"
                  "H1\tB\tLeft breast core\tSITE\tA\tSite amended: part B is from the LEFT breast.\n"
                  "H1\tB\tLeft breast core\tFINAL_DX\tF\tFibroadenoma.\n") == {"L": "B", "R": "M"}
    # near miss: a comment row naming the other side is no site of the part
    assert labels(_SITE_EXPORT
                  + "H1\tA\tRight breast core\tFINAL_DX\tF\tInvasive lobular carcinoma.\n"
                  "H1\tA\tLeft breast core\tCOMMENT\tA\tLeft breast imaging reviewed at MDT.\n") == {"L": "-", "R": "M"}


_PHYLLODES_PROTOCOL = ("PHYLLODES TUMOUR OF THE BREAST: RESECTION\nSpecimen laterality: Left\nTumour grade:\n"
                       "  {benign} Benign\n  {borderline} Borderline\n  {malignant} Malignant\nMargins: clear\n")


def test_a_phyllodes_protocol_grade_ticked_below_its_field_diagnoses_the_tumour() -> None:
    # the grade is an option ticked on a line below "Tumour grade:" (any grade is a phyllodes tumour: M)
    assert labels(_PHYLLODES_PROTOCOL.format(benign="[ ]", borderline="[ ]", malignant="[x]")) == {"L": "M", "R": "-"}
    assert labels(_PHYLLODES_PROTOCOL.format(benign="☒", borderline="☐", malignant="☐")) == {"L": "M", "R": "-"}
    # near miss: every option left blank, the title names no diagnosis
    assert labels(_PHYLLODES_PROTOCOL.format(benign="[ ]", borderline="[ ]", malignant="[ ]")) == {"L": "-", "R": "-"}


def test_a_synoptic_of_name_and_value_rows_ends_a_history_field_at_the_next_row() -> None:
    # "Procedure:" (a history field) ends at the run of "name<wide gap>value" rows below it
    assert labels("BREAST RESECTION - SYNOPTIC\nProcedure: Simple mastectomy\nSpecimen Laterality      Left\n"
                  "Tumour Type      Invasive ductal carcinoma (NST)\nGrade      3\n"
                  "Additional Findings      Fibroadenoma\n") == {"L": "BM", "R": "-"}
    # near miss: a history row of the run stays history
    assert labels("BREAST RESECTION - SYNOPTIC\nClinical History: mass\nSpecimen Laterality      Left\n"
                  "Clinical Information      Previous left breast carcinoma 2015\nFinal Diagnosis      Fibroadenoma\n"
                  "Margins      Clear\n") == {"L": "B", "R": "-"}
