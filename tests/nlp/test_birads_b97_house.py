"""Radiology b97: an imaging audit's table export (a header naming a side, a BI-RADS and a record-type or status column,
then one row per exam, side and version) reads each side's standing row: rows of a prior exam and rows entered in error
never count, an addendum replaces the side's earlier row, a row for both sides is each side's until a later row of one
side replaces it there; whatever the column order, separator and quoting, and not a prior category column. A previous
exam named by its abbreviation and year ("Previous US 2023 ...") dates the category after it."""
from nlp.birads import extract_birads
from nlp.layout import imaging_audit_view

LEGEND = ("# BREAST IMAGING OUTCOME AUDIT - export of 2026-05-04\n"
          "# Key: kind C=current report  D=addendum to the report  H=historical exam (reference, not counted)"
          "  E=keyed in error\n"
          "# Key: lat RT=right  LT=left  BOTH=both breasts\n")
HEADER = "accession\tstudy_date\tlat\tkind\tbirads\tradiologist\tcomment\n"


def _rows(*rows: tuple[str, ...]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


def test_an_audit_export_reads_each_sides_standing_row() -> None:
    text = LEGEND + HEADER + _rows(
        ("Q5501", "2024-11-02", "LT", "H", "3", "AMR", "old follow-up"),
        ("Q7720", "2026-04-28", "RT", "C", "2", "AMR", "two cysts"),
        ("Q7720", "2026-04-28", "LT", "C", "0", "AMR", "needs recall views"),
        ("Q7720", "2026-05-02", "LT", "D", "4B", "AMR", "after spot views, biopsy"))
    assert extract_birads(text) == {"L": "4B", "R": "2"}
    view = imaging_audit_view(text)
    assert len(view) == len(text)
    assert "Left breast: BI-RADS 4B." in view and "needs recall views" not in view


def test_an_audit_rows_for_both_sides_is_each_sides_until_one_side_is_revised() -> None:
    text = LEGEND + HEADER + _rows(
        ("Q7731", "2026-04-29", "BOTH", "C", "1", "JPS", "normal"),
        ("Q7731", "2026-04-29", "RT", "E", "5", "JPS", "wrong patient"),
        ("Q7731", "2026-05-01", "RT", "D", "3", "JPS", "MRI correlate, short-interval follow-up"))
    assert extract_birads(text) == {"L": "1", "R": "3"}


def test_an_audit_export_in_csv_with_quotes_other_column_order_and_a_prior_category_column() -> None:
    text = ("QA extract\nstatus: F=final, A=addendum, X=entered in error\n"
            "birads,prior_birads,status,\"side\",exam,acc\n"
            "2,4A,F,R,\"US BREAST, BILATERAL\",Z12\n"
            "1,,F,L,\"US BREAST, BILATERAL\",Z12\n"
            "\"3\",,X,L,\"US BREAST, BILATERAL\",Z12\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}


def test_an_audit_export_with_a_blank_or_spelled_out_cell() -> None:
    # a status spelled out, with no legend; an addendum row without a category leaves the final one standing
    text = ("accession;side;status;birads;note\n"
            "K88;left;final;4a;\n"
            "K88;right;final;1;\n"
            "K88;left;addendum;;pathology pending\n")
    assert extract_birads(text) == {"L": "4A", "R": "1"}


def test_near_misses_of_the_audit_export_keep_their_labels() -> None:
    # a lesion table without a record-type or status column is no audit export: its rows are read as before
    table = ("US BREASTS\nLesion\tside\tsize\tbirads\tclock\n1\tR\t8 mm\t3\t10:00\n2\tL\t4 mm\t2\t2:00\n"
             "Impression: right BI-RADS 3, left BI-RADS 2.\n")
    assert extract_birads(table) == {"L": "2", "R": "3"}
    assert imaging_audit_view(table) == table
    # a report whose prose names a side and a status with commas is no header
    prose = ("LEFT BREAST ULTRASOUND\nHistory: side, status, type, category unknown to referrer.\n"
             "Impression: simple cyst. BI-RADS 2.\n")
    assert extract_birads(prose) == {"L": "2", "R": None}
    assert imaging_audit_view(prose) == prose
    # a result export with an impression column is read by its status as before (the revised row replaces)
    text = ("legend: report_status S=signed, R=revised (replaces S for that side), V=voided in error\n"
            "date,acc_no,desc,laterality,category,report_status,impression\n"
            '2025-03-01,Q77,"US, BOTH BREASTS",R,2,S,"Stable cysts."\n'
            '2025-03-01,Q77,"US, BOTH BREASTS",L,0,S,"Possible mass, needs correlation."\n'
            '2025-03-05,Q77,"US, BOTH BREASTS",L,4B,R,"Revised: solid mass, biopsy."\n')
    assert extract_birads(text) == {"L": "4B", "R": "2"}


def test_a_previous_exam_named_by_its_abbreviation_and_year_dates_its_category() -> None:
    text = ("US BOTH BREASTS\nClinical notes: tenderness. Previous US 2024 \"BI-RADS 3 right 9 o'clock cyst\".\n"
            "Findings: no cyst or mass on either side. Conclusion: BI-RADS 1 right and left.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    # near misses: today's US with its year in a date, "US 2024" without a word that makes it earlier, and the
    # previous mammogram with no year keep today's category
    assert extract_birads("Right breast US 12/03/2024: simple cyst. BI-RADS 2.") == {"L": None, "R": "2"}
    assert extract_birads("LEFT BREAST US 2024 AUDIT COPY\nImpression: BI-RADS 3 left.") == {"L": "3", "R": None}
    assert extract_birads("Right breast US.\nCompared with the previous US. Impression: BI-RADS 2 right.") == {
        "L": None, "R": "2"}
