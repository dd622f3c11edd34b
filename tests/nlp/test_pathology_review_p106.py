"""Review p106 of the b106 pathology rules: every confirmed over-reach reads its right label (rules 5-8 narrowed to
positive evidence), and the borderline second confirming addendum (rule 4)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes_with_review as states

_TWO_PARTS = "Diagnosis:\nA. Right breast core: fibroadenoma.\nB. Left breast core: invasive carcinoma NST.\n"
_REFERRING = "  A. Left breast, core: DCIS.\n"
_PRELIMINARY = ("ADDENDUM REPORT\nStatus: PRELIMINARY ADDENDUM    Date: 04/20/2026\n\nADDENDUM:\n"
                "Part A (left breast, 2:00, core): further levels show a small focus of atypical cells. The diagnosis "
                "for part A may be revised; a further addendum will follow.\n..........................\n"
                "FINAL DIAGNOSIS (signed 04/15/2026):\nA. Breast, left, 2:00, core: Fibroadenoma.\n"
                "B. Breast, right, 9:00, core: Cyst.\n")

CASES = [
    # rule 5: a test line names one part only where it names that one part, undated and not negated
    ("t09", _TWO_PARTS + "Tests for A and B: ER on the invasive carcinoma 90%.\n", {"L": "M", "R": "B"}),
    ("t15", _TWO_PARTS + "IHC on A, B: invasive carcinoma ER 90%.\n", {"L": "M", "R": "B"}),
    ("t20", "Diagnosis:\nA. Right breast core: fibroadenoma.\nB. Left breast core: invasive lobular carcinoma.\n"
            "Stains on A and B: E-cadherin lost in the lobular carcinoma.\n", {"L": "M", "R": "B"}),
    ("t13", _TWO_PARTS + "Stains for A were not needed; the carcinoma in B is ER positive.\n", {"L": "M", "R": "B"}),
    ("t17", _TWO_PARTS + "Markers requested on A or B, whichever has carcinoma: B (IDC) ER 90%.\n",
     {"L": "M", "R": "B"}),
    # rule 8: the purpose is a one-line field; what follows it is not swallowed
    ("p23", "Purpose of referral: second opinion.\nDCIS, high grade, right breast, 12 mm.\n", {"L": "-", "R": "M"}),
    ("p16", "Purpose of consultation: second opinion.\nInvasive ductal carcinoma, grade 2, left breast.\n",
     {"L": "M", "R": "-"}),
    ("p25", "Send-out purpose: central review\nFibroadenoma, right breast excision.\n", {"L": "-", "R": "B"}),
    ("p26", "Diagnosis:\nA. Right breast, excision: radial scar.\nSend-out purpose: central review.\n"
            "Incidental tubular carcinoma, 2 mm, in the radial scar.\n", {"L": "-", "R": "BM"}),
    ("p06", "Purpose of consultation: second opinion. Diagnosis: Right breast, core: DCIS, low grade.\n",
     {"L": "-", "R": "M"}),
    ("p18", "Referral purpose: grading; diagnosis: left breast, borderline phyllodes tumour.\n", {"L": "M", "R": "-"}),
    # rule 7: "ours" only where the aside says the diagnosis is our own, final or signed
    ("o01", "Referring diagnosis (ours to confirm):\n" + _REFERRING + "Our review diagnosis:\n"
            "  A. Left breast, core: atypical ductal hyperplasia.\n", {"L": "B", "R": "-"}),
    ("o11", "Referring diagnosis (ours: not confirmed on review):\n" + _REFERRING + "Review diagnosis:\n"
            "  A. Left breast, core: atypical ductal hyperplasia.\n", {"L": "B", "R": "-"}),
    ("o07", "Referring diagnosis (our final review is below):\n" + _REFERRING + "Final diagnosis:\n"
            "  A. Left breast, core: atypical ductal hyperplasia.\n", {"L": "B", "R": "-"}),
    ("o08", "Referral diagnosis (our own reading differs):\n  A. Right breast, core: invasive carcinoma.\nDiagnosis:\n"
            "  A. Right breast, core: sclerosing adenosis.\n", {"L": "-", "R": "B"}),
    ("o02", "Referring diagnosis (ours, original 2019 core):\n" + _REFERRING + "Review diagnosis:\n"
            "  A. Left breast, excision: fibroadenoma.\n", {"L": "B", "R": "-"}),
    ("o13", "Referring diagnosis (ours? no - Eastfield Hospital):\n" + _REFERRING + "Review diagnosis:\n"
            "  A. Left breast, core: atypical ductal hyperplasia.\n", {"L": "B", "R": "-"}),
    # rule 6: a note naming another part than the unsided one concerns that part too
    ("s01", "Part 1: Left breast, core - invasive lobular carcinoma.\nPart 2: Breast, core (side not recorded) - DCIS. "
            "The diagnoses of parts 1 and 2 may be revised once the side is confirmed.\n", {"L": "?M", "R": "?-"}),
    # rule 4 (borderline): a second undated addendum below the first that confirms the diagnosis settles it
    ("a16", _PRELIMINARY.replace("\n..........................\n", "\nADDENDUM:\nLevels reviewed; fibroadenoma "
                                 "confirmed. Final.\n..........................\n"), {"L": "B", "R": "B"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_review_p106_over_reach_reads_its_right_label(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected


_DATED_STUDIES = ("Diagnosis:\nA. Right breast core: fibroadenoma.\nB. Left breast core: fibrocystic change.\n"
                  "Studies on A (2019 core) showed DCIS.\n")


def test_review_p106_t10_a_dated_test_line_gives_no_part_its_result() -> None:
    # "Studies on A (2019 core) showed DCIS": a 2019 result is no test of today's part A (right stays B)
    assert states(_DATED_STUDIES)["R"] == "B"


@pytest.mark.xfail(strict=True, reason="pre-existing (old reads the same): the unheaded dated sentence 'Studies on A "
                   "(2019 core) showed DCIS.' is read as today's left breast's DCIS, not as history")
def test_review_p106_t10_the_dated_result_is_history() -> None:
    assert states(_DATED_STUDIES) == {"L": "B", "R": "B"}


def test_review_p106_the_positive_forms_still_read() -> None:
    # rule 7: a bare "(ours)" and "(ours, final <date>)" on an outgoing form are the report's own diagnosis
    for aside in ("(ours)", "(ours, final 02/14/2026)", "(ours, 02/14/2026)"):
        assert states(f"OUTGOING CONSULTATION FORM\nReferring diagnosis {aside}:\n  A. Right breast, excision: "
                      "malignant phyllodes tumour.\nConsult question: confirm grade.\n") == {"L": "-", "R": "M"}
    # rule 5: one part's letter before its aside, today's result
    assert states("Diagnosis:\nA. Right breast core: DCIS, intermediate grade.\nB. Left breast core: columnar cell "
                  "lesion.\n\nStains for part A (DCIS): ER positive.\n") == {"L": "B", "R": "M"}
    # rule 4: a later addendum that only confirms, without calling itself final, still leaves it open
    assert states(_PRELIMINARY.replace("\n..........................\n", "\nADDENDUM:\nLevels reviewed; atypia not "
                                       "confirmed.\n..........................\n"))["L"].startswith("?")


def test_review_p106_safe_under_reaches() -> None:
    # t05: a receptor line "ER/PR on A (DCIS)" names part A's tests
    assert states("Diagnosis:\nA. Right breast core: DCIS, intermediate grade.\nB. Left breast core: columnar cell "
                  "lesion.\n\nER/PR on A (DCIS): ER positive.\n") == {"L": "B", "R": "M"}
    # near miss: a test line that names no part by letter keeps the reader's own side (both parts' lesions stand)
    assert states("Diagnosis:\nA. Right breast core: DCIS, intermediate grade.\nB. Left breast core: columnar cell "
                  "lesion.\n\nER/PR on both cores: ER positive in the DCIS.\n")["R"] == "M"


@pytest.mark.xfail(strict=True, reason="rule 8 withdrawn (review p106c: 12 of 16 new texts over-reached): a send-out "
                   "purpose field is read like any other line, so its entity labels the breast as before b106")
def test_review_p106_rule_8_purpose_line_entity_is_a_comment() -> None:
    assert states("Diagnosis:\nA. Right breast, excision: radial scar.\nSend-out purpose: central review for the "
                  "DCIS trial.\n") == {"L": "-", "R": "B"}
