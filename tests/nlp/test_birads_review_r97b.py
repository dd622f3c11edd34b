"""Second review r97 of the radiology b97 rules (commit e0cc3ce): "since" after no imaging ("No breast imaging since
last mammogram 2022, BI-RADS 1", "Not screened since ...") is no comparison, nor is one going on to describe the earlier
exam ("Compared with previous US 2024, which was BI-RADS 3, ..."), so the earlier exam keeps its category;
``layout.imaging_audit_view`` reads only an export that is the whole document (never a table in a letter stating
today's category or under a history heading), ranks an extract's exams only by dates it reads unambiguously (else it
leaves the extract unread), counts no scheduled or booked row, takes only a BI-RADS column as the category (not a
triage / priority / risk / patient / exam category), drops rows only by a report-status column's version codes (not an
HL7 / claim / worklist status, nor a cell merely naming a prior study), and keeps "final_birads_after_comp" as the
final column. Texts are the reviewer's, with their right labels."""
import pytest

from nlp.birads import extract_birads


def tsv(*rows: tuple[str, ...]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


def csv(*rows: tuple[str, ...]) -> str:
    return "".join(",".join(row) + "\n" for row in rows)


def sc(*rows: tuple[str, ...]) -> str:
    return "".join(";".join(row) + "\n" for row in rows)


def labels(left: str | None, right: str | None) -> dict[str, str | None]:
    return {"L": left, "R": right}


UNREAD = labels(None, None)
_HEAD = ("acc", "exam_date", "side", "status", "birads")
_LETTER = "Dear Dr Smith,\nHer ultrasound today was benign, right BI-RADS 2.\n"
_HISTORY = tsv(_HEAD, ("A1", "2024-05-02", "R", "final", "4A"), ("A1", "2024-05-02", "L", "final", "1"))
_US_DATES = tsv(_HEAD, ("A1", "02/10/2026", "R", "final", "3"), ("A2", "03/05/2026", "R", "final", "2"))

# -------------------------------- "since" after no imaging, or a comparison describing the earlier exam, compares nothing

NOTHING_SINCE = [
    ("H02", "US LEFT BREAST. Palpable lump. No breast imaging since last mammogram 2022, BI-RADS 1. Ultrasound: simple "
            "cyst at the lump site.\n", None, None),
    ("H08", "MAMMOGRAM BOTH BREASTS\nNot screened since last mammogram 2021, BI-RADS 2. Today: scattered fibroglandular "
            "tissue, no mass.\n", None, None),
    # near misses: a finding compared "since" the earlier exam keeps today's category
    ("n1", "US LEFT BREAST\nNo change since previous US 2023, BI-RADS 2.", "2", None),
    ("n2", "US LEFT BREAST\nNo new mass since previous US 2023, BI-RADS 2.", "2", None),
    ("n3", "US LEFT BREAST\nNo significant change since last US 2024, BI-RADS 2.", "2", None),
    ("n4", "US LEFT BREAST\nStable since previous US 2023, BI-RADS 2.", "2", None),
    # (optional "wrong in both" items) a comparison whose next words describe the earlier exam ("which was", "when it
    # was", "then", "BI-RADS 4A at that time"): that category is the earlier exam's
    ("H01", "US LEFT BREAST\nCompared with previous US 2024, which was BI-RADS 3, the mass has resolved. No abnormality "
            "today.\n", None, None),
    ("H04", "US LEFT BREAST\nCompared with previous US 2024, BI-RADS 4A at that time, the mass has resolved after benign "
            "biopsy.\n", None, None),
    ("H10", "US LEFT BREAST\nCompared with previous US 2024, which was BI-RADS 4A, the mass is now smaller. BI-RADS 3.\n",
     "3", None),
    ("H11", "US LEFT BREAST\nCompared with previous US 2024, when it was BI-RADS 4B, the mass has decreased. BI-RADS 3.\n",
     "3", None),
    ("H14", "US LEFT BREAST\nCompared with previous US 2024: BI-RADS 4A then, biopsy benign. Today stable.\n", None, None),
    ("H15", "US RIGHT BREAST\nUnchanged from previous US 2024, BI-RADS 3 on that study; now stable for 2 years.\n",
     None, None),
    ("n8", "US LEFT BREAST\nCompared with previous US 2024, the mass is smaller, BI-RADS 3.", "3", None),
    ("n9", "US LEFT BREAST\nCompared with previous US 2024, reported as BI-RADS 3, the mass is now 12 mm and irregular. "
           "BI-RADS 4B.\n", "4B", None),
]


@pytest.mark.parametrize(("case", "text", "left", "right"), NOTHING_SINCE, ids=[c[0] for c in NOTHING_SINCE])
def test_a_comparison_that_compares_nothing_dates_the_category(case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == labels(left, right), case


# ------------------------------------------------------------------------------------------- imaging audit exports

EXPORTS = [
    # a table in a letter (its prose states today's category) or under a history heading is no audit export
    ("I02", _LETTER + _HISTORY + "Kind regards\n", None, "2"),
    ("I01", _LETTER + "Previous imaging:\n" + _HISTORY + "Kind regards\n", None, "2"),
    ("H18", _LETTER + "Imaging history:\n" + _HISTORY + "Kind regards\n", None, "2"),
    ("I04", _LETTER + "Results:\n" + _US_DATES, None, "2"),
    ("I03", _LETTER + "Imaging history:\n" + _US_DATES + "Kind regards\n", None, "2"),
    ("I07", "Her ultrasound today: right BI-RADS 2.\n" + tsv(
        ("acc", "exam_date", "side", "status", "screening_birads", "final_birads_after_comp"),
        ("C2", "2026-03-05", "R", "final", "0", "2")), None, "2"),
    ("I06", "Her ultrasound today: right BI-RADS 4B.\n" + tsv(
        ("acc", "exam_date", "side", "hl7_status", "birads"), ("F1", "2026-03-05", "R", "interface error - resent", "4B"),
        ("F1", "2026-03-05", "L", "sent", "1")), None, "4B"),
    ("I09", "Breast imaging to date (right BI-RADS 2 on today's US):\n" + tsv(
        _HEAD, ("A1", "2025-03-01", "R", "final", "3"), ("A1", "2025-03-01", "L", "final", "1")), None, "2"),
    # "comp" after "after" names what the final reading followed
    ("G29", tsv(("acc", "exam_date", "side", "status", "screening_birads", "final_birads_after_comp"),
                ("C2", "2026-03-05", "R", "final", "0", "2"), ("C2", "2026-03-05", "L", "final", "1", "1")), "1", "2"),
    ("G28", tsv(("acc", "exam_date", "side", "status", "birads_after_comparison"), ("C1", "2026-03-05", "R", "final", "2"),
                ("C1", "2026-03-05", "L", "final", "1")), "1", "2"),
    ("G30", tsv(("acc", "exam_date", "side", "status", "initial_birads", "birads_last_read"),
                ("C3", "2026-03-05", "R", "final", "0", "4A"), ("C3", "2026-03-05", "L", "final", "0", "1")), "1", "4A"),
    # dates read unambiguously: a month by name, a numeric date whose order a cell settles
    ("G06", tsv(_HEAD, ("D1", "10-Feb-2024", "R", "final", "3"), ("D2", "05-Mar-2026", "R", "final", "2")), None, "2"),
    ("G03", csv(("accession", "study_date", "laterality", "report_status", "birads"), ("A7", "11/28/2025", "Right", "Final", "3"),
                ("A8", "12/04/2025", "Right", "Final", "2")), None, "2"),
    ("G02", tsv(_HEAD, ("D1", "01/20/2026", "L", "final", "0"), ("D2", "02/03/2026", "L", "final", "4B")), "4B", None),
    # a scheduled or booked row is no exam
    ("G35", tsv(_HEAD, ("W3", "2026-03-05", "L", "completed", "3"), ("W4", "2026-09-05", "L", "scheduled", "3"),
                ("W3", "2026-03-05", "R", "completed", "2")), "3", "2"),
    ("G34", tsv(_HEAD, ("W1", "2026-03-05", "L", "completed", "4A"), ("W2", "2026-03-19", "L", "scheduled - biopsy", "4A"),
                ("W1", "2026-03-05", "R", "completed", "1")), "4A", "1"),
    ("I05", "Sonography right, 05/03/2026\n" + tsv(_HEAD, ("A2", "2026-03-05", "R", "completed", "2"),
                                                  ("W4", "2026-09-05", "R", "scheduled", "3")), None, "2"),
    # only a BI-RADS column is the category: triage / priority / exam / risk / patient categories are not
    ("H16", tsv(("acc", "exam_date", "side", "status", "triage_category", "birads"),
                ("T1", "2026-03-05", "R", "final", "1", "4B"),
                ("T1", "2026-03-05", "L", "final", "1", "2")), "2", "4B"),
    ("H17", tsv(("acc", "exam_date", "side", "status", "priority_category", "birads"),
                ("T2", "2026-03-05", "L", "final", "2", "5"), ("T2", "2026-03-05", "R", "final", "2", "1")), "5", "1"),
    ("G10", tsv(("acc", "exam_date", "exam_category", "side", "status", "birads"),
                ("E5", "2026-03-05", "diagnostic", "R", "final", "4A"), ("E5", "2026-03-05", "diagnostic", "L", "final", "1")),
     "1", "4A"),
    ("G11", tsv(("acc", "assessment_date", "side", "status", "birads"), ("E6", "2026-03-05", "R", "final", "2"),
                ("E6", "2026-03-05", "L", "final", "4B")), "4B", "2"),
    ("G12", csv(("acc", "exam_date", "side", "risk_assessment", "status", "birads"),
                ("E7", "2026-03-05", "L", "high", "final", "3"), ("E7", "2026-03-05", "R", "high", "final", "1")), "3", "1"),
    ("G13", tsv(("acc", "exam_date", "patient_category", "side", "status", "birads"),
                ("E8", "2026-03-05", "NHS", "L", "final", "2"), ("E8", "2026-03-05", "NHS", "R", "final", "5")), "2", "5"),
    # only a report-status column's version codes drop a row
    ("G15", tsv(("acc", "exam_date", "side", "hl7_status", "birads"), ("F1", "2026-03-05", "R", "interface error - resent", "4A"),
                ("F1", "2026-03-05", "L", "sent", "1")), "1", "4A"),
    ("G16", tsv(("acc", "dos", "cpt", "side", "claim_status", "birads"),
                ("F2", "2026-03-05", "77065", "L", "void - rebilled", "4B"),
                ("F2", "2026-03-05", "77065", "R", "paid", "1")), "4B", "1"),
    ("G17", tsv(("acc", "exam_date", "side", "worklist_status", "birads"),
                ("F3", "2026-03-05", "L", "awaiting prior imaging", "0"),
                ("F3", "2026-03-05", "R", "awaiting prior imaging", "0")), "0", "0"),
    ("G18", tsv(_HEAD, ("F4", "2026-03-05", "R", "prior study obtained - compared", "2"),
                ("F4", "2026-03-05", "L", "prior study obtained - compared", "1")), "1", "2"),
    # near misses: a bare export with its title and legends still reads, a prior exam's code still drops its row
    ("n5", "Breast US outcomes audit export\n# exported 2026-04-02\n" + tsv(_HEAD, ("A1", "2026-03-05", "R", "final", "4A"),
                                                                           ("A1", "2026-03-05", "L", "final", "1")), "1", "4A"),
    ("n6", "status: F=final P=prior exam (not counted)\n" + tsv(_HEAD, ("A0", "2025-03-01", "L", "P", "4A"),
                                                                ("A1", "2026-03-05", "L", "F", "2")), "2", None),
    ("n7", "# legend: cat = BI-RADS final assessment\n" + tsv(("acc", "exam_date", "side", "status", "cat"),
                                                              ("A1", "2026-03-05", "R", "final", "3")), None, "3"),
]


@pytest.mark.parametrize(("case", "text", "left", "right"), EXPORTS, ids=[c[0] for c in EXPORTS])
def test_audit_exports_read_their_right_labels(case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == labels(left, right), case


# several exams whose dates the table cannot order (US or European day/month, two-digit years, an unread date column):
# the right labels are today's exam's, and the extract may be left unread, never read by the earlier exam
UNORDERED = [
    ("G01", tsv(_HEAD, ("D1", "02/10/2026", "R", "final", "3"), ("D2", "03/05/2026", "R", "final", "2")), None, "2"),
    ("G07", tsv(_HEAD, ("D1", "10/02/24", "R", "final", "3"), ("D2", "05/03/26", "R", "final", "2")), None, "2"),
    ("G39", sc(("Untersuchungsdatum", "acc", "side", "status", "birads"), ("05.03.2026", "K1", "R", "final", "2"),
               ("10.02.2026", "K0", "R", "final", "3")), None, "2"),
    ("G04", tsv(("exam_date", "exam_type", "side", "birads"), ("02/10/2026", "US", "R", "3"), ("03/05/2026", "US", "R", "2")),
     None, "2"),
]


@pytest.mark.parametrize(("case", "text", "left", "right"), UNORDERED, ids=[c[0] for c in UNORDERED])
def test_exams_that_cannot_be_ordered_are_never_read_by_the_earlier_one(
        case: str, text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) in (labels(left, right), UNREAD), case
