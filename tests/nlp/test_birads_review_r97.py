"""Review r97 of the radiology b97 rules (commit 2d52172): an earlier exam named with its year ("previous US 2023")
dates the category after it only outside a comparison's clause ("Stable since previous US 2023, BI-RADS 2" is today's);
``layout.imaging_audit_view`` reads only an exam's record export (accession / exam date or report-version codes), never
a lesion table in a report or a result export with report text, drops a row only by a code meaning a report version
(a prior exam, entered in error), lets a side's own row stand over a later both-sides row of its rank, takes the latest
exam of an extract and today's category column. Texts are the reviewer's, with their right labels."""
import pytest

from nlp.birads import extract_birads


def tsv(*rows: tuple[str, ...]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


def csv(*rows: tuple[str, ...]) -> str:
    return "".join(",".join(row) + "\n" for row in rows)


def labels(left: str | None, right: str | None) -> dict[str, str | None]:
    return {"L": left, "R": right}


# ------------------------------------------------------------- an earlier exam named with its year in a comparison

PREVIOUS_EXAM = [
    # over-reaches of "(previous|last|old) US <year>" inside a comparison's clause: the category after it is today's
    ("D02", "US RIGHT BREAST\nCompared with previous US 2024: simple cyst 9:00 unchanged, BI-RADS 2.", None, "2"),
    ("D04", "US LEFT BREAST. Stable since previous US 2023, BI-RADS 2 left.", "2", None),
    ("D05", "US LEFT BREAST. Stable vs previous US 2023 - now BI-RADS 2 left.", "2", None),
    ("E03", "US LEFT BREAST. Unchanged compared to previous US 2024, BI-RADS 2.", "2", None),
    ("E05", "US LEFT BREAST\nCyst unchanged since previous US 2023, BI-RADS 2.", "2", None),
    ("E07", "US BOTH BREASTS\nStable appearances since previous US 2024, BI-RADS 2 bilaterally.", "2", "2"),
    ("E08", "US LEFT BREAST\nComparison with previous US 2024: the 7 mm mass at 2:00 is stable, BI-RADS 3.", "3", None),
    ("E12", "Right breast US: cyst as on old US 2022, BI-RADS 2.", None, "2"),
    ("E13", "Left breast US 2026: stable vs last US 2025, BI-RADS 3 left.", "3", None),
    ("E14", "US LEFT BREAST\nImpression: Stable since previous US 2023, BI-RADS 2.", "2", None),
    # the spelled-out wordings, narrowed the same way
    ("E01", "US RIGHT BREAST\nCompared with previous ultrasound 2024: simple cyst 9:00 unchanged, BI-RADS 2.", None, "2"),
    ("E02", "US LEFT BREAST. Stable since previous ultrasound 2023, BI-RADS 2 left.", "2", None),
    ("E09", "US LEFT BREAST\nComparison with previous mammogram 2024: the 7 mm mass at 2:00 is stable, BI-RADS 3.",
     "3", None),
    ("E15", "US LEFT BREAST\nImpression: Stable since previous ultrasound 2023, BI-RADS 2.", "2", None),
    ("D15", "US LEFT BREAST. Stable since previous ultrasound 2023, BI-RADS 2 left.", "2", None),
    # as designed: the earlier exam's own category (straight after it, or "follow-up of" it) stays the earlier one's
    ("D06", "US LEFT BREAST\nLast US 2025 BI-RADS 3. Today the mass has resolved. BI-RADS 1.", "1", None),
    ("D07", "US LEFT BREAST\nPrevious US 2025 BI-RADS 3 left.", None, None),
    ("D23", "RIGHT BREAST US (follow-up of previous US 2025, BI-RADS 3): cyst resolved. BI-RADS 1.", None, "1"),
    ("D30", "US R BREAST: last US 2024 BIRADS 3; now BIRADS 2.", None, "2"),
    ("D01", "US RIGHT BREAST\nSimple cyst 9:00, unchanged from previous US 2024. BI-RADS 2.", None, "2"),
    ("D03", "US RIGHT BREAST\nComparison: previous US 2024.\nFindings: simple cyst 9:00. Impression: BI-RADS 2.", None, "2"),
    ("D08", "Left breast US: 8 mm oval mass, smaller than on previous US 2024 (10 mm). BI-RADS 3.", "3", None),
    ("D10", "Bilateral US. Both breasts normal, no change vs previous US 2022. BI-RADS 1 right and left.", "1", "1"),
    ("D11", "RIGHT BREAST US. Previous US 2024 showed no lesion; today 12 mm irregular mass 10:00, BI-RADS 4C.",
     None, "4C"),
    ("D19", "Clinical: previous US 2024 BI-RADS 4A left, biopsy benign.\nUS LEFT: biopsy clip, no mass. BI-RADS 2.",
     "2", None),
    ("D26", "LEFT BREAST US\nImpression: BI-RADS 3, stable compared with previous US 2024.", "3", None),
]


@pytest.mark.parametrize(("case", "text", "left", "right"), PREVIOUS_EXAM, ids=[c[0] for c in PREVIOUS_EXAM])
def test_an_earlier_exam_named_in_a_comparison_does_not_date_todays_category(
        case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == labels(left, right), case


# ------------------------------------------------------------------------------------- tables and record exports

_REPORT_TEXT = (("X9", "R", "final", "", "Right breast: irregular mass 10:00. BI-RADS 4B."),
                ("X9", "L", "final", "", "Left breast: negative. BI-RADS 1."))
_LESIONS = tsv(("Lesion", "side", "status", "size", "birads"), ("A", "R", "new", "8 mm", "4A"), ("B", "R", "stable", "4 mm", "2"))

TABLES = [
    # a result export with a report-text column is left to the result readers, whatever the column's name
    *((f"C{k:02d}", tsv(("acc", "side", "status", "birads", column), *_REPORT_TEXT), "1", "4B") for k, column in enumerate(
        ("report", "conclusion", "result", "narrative", "summary", "text", "comment", "opinion", "result_text",
         "report_body", "impression"))),
    ("B09", tsv(("acc", "side", "status", "birads", "report"), ("X1", "L", "final", "", "Left breast: simple cyst. BI-RADS 2.")),
     "2", None),
    ("B10", tsv(("acc", "side", "status", "birads", "report_text"), ("X2", "R", "final", "", "Right breast: irregular mass "
                                                                     "10:00. BI-RADS 4B."),
                ("X2", "L", "final", "", "Left breast: negative. BI-RADS 1.")), "1", "4B"),
    ("C20", "acc;side;status;birads;report\nX8;L;final;;Left breast: simple cyst, BI-RADS 2.\n", "2", None),
    ("C21", tsv(("acc", "side", "status", "birads", "report"), ("X7", "L", "final", "2", "Left breast: simple cyst. BI-RADS 2."),
                ("X7", "L", "addendum", "", "Addendum: on review, complicated cyst. BI-RADS 3.")), "3", None),
    # a report's lesion table with a status or type column is no record export: the impression below stands
    ("F01", "US RIGHT BREAST\n" + _LESIONS + "Impression: BI-RADS 4A.\n", None, "4A"),
    ("F02", "US RIGHT BREAST\n" + tsv(("Lesion", "side", "type", "size", "birads"), ("A", "R", "mass", "8 mm", "4A"),
                                      ("B", "R", "cyst", "4 mm", "2")) + "Impression: BI-RADS 4A.\n", None, "4A"),
    ("F06", "US RIGHT BREAST\n" + _LESIONS + "Impression: Right breast BI-RADS 4A.\n", None, "4A"),
    ("A02", "US BOTH BREASTS\n" + tsv(("lesion", "side", "type", "size", "birads"), ("1", "R", "mass", "9 mm", "4A"),
                                      ("2", "R", "cyst", "4 mm", "2"), ("3", "L", "cyst", "3 mm", "2"))
     + "Impression: right BI-RADS 4A, left BI-RADS 2.\n", "2", "4A"),
    ("C24", "BILATERAL BREAST US\n" + tsv(("#", "side", "type", "birads", "size"), ("1", "R", "mass", "4A", "9 mm"),
                                          ("2", "L", "cyst", "2", "4 mm"), ("3", "L", "cyst", "2", "3 mm"))
     + "Impression: Right BI-RADS 4A. Left BI-RADS 2.\n", "2", "4A"),
    # a status or type cell meaning something else than a report version drops no row
    ("A06", csv(("acc", "exam_date", "exam_type", "side", "birads"),
                ("A100", "2026-03-01", "Follow-up of prior BI-RADS 3", "L", "2"),
                ("A100", "2026-03-01", "Follow-up of prior BI-RADS 3", "R", "1")), "2", "1"),
    ("B21", "exam_type: P=prior-abnormal follow-up S=screening\n" + tsv(("acc", "side", "exam_type", "birads"),
                                                                       ("Q3", "L", "P", "3"), ("Q3", "R", "S", "1")), "3", "1"),
    ("A23", tsv(("acc", "side", "birads", "followup_status"), ("L1", "R", "3", "6-month follow-up booked"),
                ("L1", "L", "1", "routine recall cancelled")), "1", "3"),
    # a later both-sides (overall) row does not replace a side's own row
    ("A08", tsv(("acc", "side", "rec_type", "birads", "note"), ("C1", "R", "F", "2", "cysts"), ("C1", "L", "F", "4A", "mass"),
                ("C1", "B", "F", "4A", "overall")), "4A", "2"),
    ("A09", "legend: status F=final\n" + csv(("acc", "laterality", "status", "birads"), ("C2", "Right", "F", "1"),
                                             ("C2", "Left", "F", "3"), ("C2", "Bilateral", "F", "3")), "3", "1"),
    ("B18", tsv(("acc", "exam_date", "side", "status", "birads"), ("Z1", "2026-01-02", "L", "final", "3"),
                ("Z1", "2026-01-02", "B", "final", "1")), "3", "1"),
    # several exams in one extract: the latest exam stands, an earlier-dated one is a prior
    ("A11", tsv(("acc", "exam_date", "side", "status", "birads"), ("D1", "2024-01-15", "R", "final", "3"),
                ("D2", "2026-02-01", "R", "final", "2")), None, "2"),
    ("A12", tsv(("acc", "exam_date", "side", "status", "birads"), ("D2", "2026-02-01", "R", "final", "2"),
                ("D1", "2024-01-15", "R", "final", "3")), None, "2"),
    ("A10", tsv(("exam_date", "exam_type", "side", "birads"), ("2026-02-01", "US", "R", "2"), ("2024-01-15", "US", "R", "4A")),
     None, "2"),
    # a category column named for an earlier time is not today's
    ("B26", tsv(("acc", "side", "status", "last_year_birads", "birads"), ("Q8", "L", "final", "3", "2"),
                ("Q8", "R", "final", "4A", "1")), "2", "1"),
    ("B27", tsv(("acc", "side", "status", "birads_2024", "birads_2026"), ("Q9", "L", "final", "3", "2"),
                ("Q9", "R", "final", "4A", "1")), "2", "1"),
    # under-reaches fixed: a category cell with its words, a tiny export
    ("A13", tsv(("acc", "side", "status", "birads"), ("E1", "R", "final", "4A - suspicious"), ("E1", "L", "final", "2 - benign")),
     "2", "4A"),
    ("A14", tsv(("acc", "side", "status", "birads"), ("E2", "R", "final", "3 (probably benign)"),
                ("E2", "L", "final", "1 (negative)")),
     "1", "3"),
    ("B16", tsv(("acc", "side", "status", "birads"), ("Y4", "R", "F", "2"), ("Y4", "L", "F", "5")), "5", "2"),
    # as designed: a prior exam's row and codes meaning report versions
    ("A26", "rec_type: F=final P=prior exam (not counted)\n" + tsv(("acc", "side", "rec_type", "birads"), ("N1", "L", "P", "4A"),
                                                                   ("N1", "L", "F", "2"), ("N1", "R", "F", "1")), "2", "1"),
    ("A35", tsv(("acc", "side", "status", "birads"), ("R1", "L", "prior", "3"), ("R1", "L", "final", "2")), "2", None),
    ("B22", tsv(("acc", "side", "status", "birads"), ("Q4", "Bilat", "final", "2"), ("Q4", "L", "addendum", "4A")), "4A", "2"),
    ("B24", tsv(("acc", "side", "status", "prior_birads", "birads_final"), ("Q6", "L", "final", "4A", "2"),
                ("Q6", "R", "final", "", "1")), "2", "1"),
    ("B13", tsv(("acc", "side", "status", "birads"), ("Y1", "L", "F", "4A")), "4A", None),
    ("B14", tsv(("acc", "side", "status", "birads"), ("Y2", "B", "F", "1")), "1", "1"),
]


@pytest.mark.parametrize(("case", "text", "left", "right"), TABLES, ids=[c[0] for c in TABLES])
def test_record_exports_and_report_tables_read_their_right_labels(
        case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == labels(left, right), case


# Reviewed texts the existing readers still get wrong (as before 2d52172): a lesion table in a report with no
# impression (tab / comma separated, no fixed-width columns or pipes) is no record export, so the audit view leaves it,
# and the table readers do not read its rows; an export with other-language headers is not recognised.
UNREAD = [
    ("A01", "US BOTH BREASTS\nFindings:\n" + tsv(("lesion", "side", "type", "size", "birads"), ("1", "R", "mass", "9 mm", "4A"),
                                                 ("2", "R", "cyst", "4 mm", "2"), ("3", "L", "cyst", "3 mm", "2")), "2", "4A"),
    ("A04", "US BOTH BREASTS\n" + tsv(("no", "side", "clock", "size", "status", "birads"), ("1", "R", "9:00", "6 mm", "new", "3"),
                                      ("2", "L", "5:00", "5 mm", "stable since prior", "3")), "3", "3"),
    ("A17", "US RIGHT BREAST\n" + tsv(("lesion", "side", "birads", "status"), ("1", "R", "4B", "new"),
                                      ("2", "R", "2", "previously biopsied - benign")), None, "4B"),
    ("F05", "MAMMOGRAM BOTH BREASTS\n" + csv(("finding", "laterality", "class", "birads"),
                                             ("calcs", "Right", "fine pleomorphic", "4B"),
                                             ("node", "Right", "intramammary", "2"), ("cyst", "Left", "oval", "2")), "2", "4B"),
    ("A20", tsv(("Auftrag", "Seite", "Status", "BI-RADS"), ("K1", "R", "final", "2"), ("K1", "L", "final", "4A")), "4A", "2"),
]


@pytest.mark.xfail(strict=True, reason="tab/CSV lesion tables and other-language export headers are not read yet")
@pytest.mark.parametrize(("case", "text", "left", "right"), UNREAD, ids=[c[0] for c in UNREAD])
def test_reviewed_tables_not_read_yet(case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == labels(left, right), case


def test_near_misses_an_audit_export_still_reads() -> None:
    # a note naming a category beside a filled category cell is the audit's note, not report text
    assert extract_birads("acc\tside\tstatus\tbirads\tnote\nA1\tL\tfinal\t3\tupgraded from BI-RADS 2\n"
                          "A1\tR\tfinal\t1\tneg\n") == labels("3", "1")
    # no accession: an addendum dated later revises the exam before it, it is no later exam of its own
    assert extract_birads("exam_date\tside\tstatus\tbirads\n2026-04-28\tL\tfinal\t0\n2026-04-28\tR\tfinal\t2\n"
                          "2026-05-02\tL\taddendum\t4B\n") == labels("4B", "2")
    # a later row entered in error makes no later exam
    assert extract_birads("acc\texam_date\tside\tstatus\tbirads\nA1\t2026-01-01\tL\tentered in error\t5\n"
                          "A2\t2025-01-01\tL\tfinal\t2\n") == labels("2", None)
    # an export's title naming the breast exam is no report heading
    assert extract_birads("Breast US outcomes audit export\nacc\tside\tstatus\tbirads\tnote\nA1\tR\tF\t4A\tmass\n"
                          "A1\tL\tF\t1\tneg\n") == labels("1", "4A")
