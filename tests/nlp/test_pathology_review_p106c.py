"""Review p106c of the b106 pathology rules (third pass): every confirmed over-reach reads its right label. Rule 8 (a
send-out purpose field as a comment) is withdrawn; rules 1, 4, 5 and 7 accept only positive evidence."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes_with_review as states

_PRELIMINARY = ("ADDENDUM REPORT\nStatus: PRELIMINARY ADDENDUM    Date: 04/20/2026\n\nADDENDUM:\n"
                "Part A (left breast, 2:00, core): further levels show a small focus of atypical cells. The diagnosis "
                "for part A may be revised; a further addendum will follow.\n..........................\n"
                "FINAL DIAGNOSIS (signed 04/15/2026):\nA. Breast, left, 2:00, core: Fibroadenoma.\n"
                "B. Breast, right, 9:00, core: Cyst.\n")
_RULE = "\n..........................\n"


def _levels(line: str) -> str:
    """The preliminary report with a later undated addendum holding ``line``."""
    return _PRELIMINARY.replace(_RULE, "\nADDENDUM:\n" + line + _RULE)


_D1 = "Diagnosis:\nA. Right breast core: fibroadenoma.\nB. Left breast core: invasive carcinoma NST.\n"
_A16 = ("Status: PRELIMINARY ADDENDUM    Date: 04/20/2026\nADDENDUM:\nPart A: levels show atypical cells; may be "
        "revised.\n\nFINAL DIAGNOSIS (signed 04/15/2026):\nA. Left breast core: Fibroadenoma.\n\n"
        "Status: FINAL ADDENDUM    Date: 04/28/2026\nADDENDUM:\nPart A: levels reviewed; no atypia. Fibroadenoma stands.\n")

# (id, text, the right labels of the breasts the review checked)
CASES = [
    # rule 1: the specimen line heading the conclusion's own block; a breast side only; a year earlier than the
    # report's own dates
    ("R01b", "Specimen: Right breast core.\nConclusion: Right breast, fibroadenoma.\n\nSpecimen: Left breast, "
             "re-excision.\nClinical: Prior left WLE 2019 for DCIS.\nConclusion: Residual DCIS, 2 mm.\n",
     {"L": "M", "R": "B"}),
    ("R01", "Specimen: Right breast core.\nClinical: Previous left WLE 2019.\nConclusion: Fibroadenoma.\n\n"
            "Specimen: Left breast, re-excision.\nClinical: Prior left WLE 2019 for DCIS.\nConclusion: Residual DCIS, "
            "2 mm.\n", {"L": "M", "R": "B"}),
    ("R03", "Specimen: Breast core; left in formalin overnight.\nClinical: Right breast mass, first seen 03/2026.\n"
            "Conclusion: Fibroadenoma.\n", {"L": "-", "R": "B"}),
    ("R23", "Specimen: Breast core; clip left in situ.\nClinical: Right breast mass, 2026 screening.\n"
            "Conclusion: Fibroadenoma.\n", {"L": "-", "R": "B"}),
    # rule 4: a later final addendum saying "<entity> stands" / "no atypia" settles the open one
    ("A16", _A16, {"L": "B"}),
    ("A16b", _A16.replace("Status: FINAL ADDENDUM    Date: 04/28/2026\nADDENDUM:", "ADDENDUM (04/28/2026):"),
     {"L": "B"}),
    ("A16c", _A16.replace("Fibroadenoma stands.", "The diagnosis of fibroadenoma stands."), {"L": "B"}),
    # rule 5: a breast part's letter; an aside of the entity and a trial's purpose only; no withdrawn/negative words
    ("T12", _D1 + "HER2 ISH for A (invasive carcinoma): requested by mistake; withdrawn.\n", {"L": "M", "R": "B"}),
    ("T13", _D1 + "Stains on A (carcinoma, to exclude): negative; A is benign.\n", {"L": "M", "R": "B"}),
    ("T16", _D1 + "Stains on A (carcinoma, to exclude): negative.\n", {"L": "M", "R": "B"}),
    ("T15", _D1 + "Stains on A (invasive carcinoma, to rule out): negative.\n", {"L": "M", "R": "B"}),
    # rule 7: "outgoing consultation" only as the document's own title
    ("O01", "INCOMING CONSULTATION\nAttached: copy of Eastfield's outgoing consultation form.\nReferring diagnosis "
            "(ours, final 02/14/2026):\n  A. Left breast core: DCIS.\nReview diagnosis:\n  A. Left breast core: "
            "atypical ductal hyperplasia.\n", {"L": "B"}),
    # rule 8 withdrawn: the purpose field is read like any other line
    ("P01", "Send-out purpose: trial eligibility - left breast DCIS, high grade.\n", {"L": "M"}),
    ("P02", "Purpose of referral: POSNOC trial; patient has left breast invasive ductal carcinoma, grade 2.\n",
     {"L": "M"}),
    ("P03", "Consultation purpose: study central review of right breast invasive lobular carcinoma, grade 2.\n",
     {"R": "M"}),
    ("P04", "Send-out purpose: HER2 study - invasive ductal carcinoma, left breast, HER2 2+ by IHC.\n", {"L": "M"}),
    ("P05", "Purpose of consultation: the left breast core shows DCIS; study enrolment.\n", {"L": "M"}),
    ("P06", "Referral purpose: confirm invasive carcinoma in the left breast core (trial screening).\n", {"L": "M"}),
    ("P07", "Shipment purpose: trial central review of right breast DCIS with microinvasion\n", {"R": "M"}),
    ("P08", "Specimen: Left breast core.\nSend-out purpose: study of the phyllodes tumour (grading).\n", {"L": "M"}),
    ("P09", "Diagnosis:\nA. Left breast, excision: fibroadenoma.\nPurpose of send-out: trial: invasive carcinoma found "
            "on levels, left breast.\n", {"L": "BM"}),
    ("P11", "Purpose of the referral: cohort study - recurrent DCIS, right breast.\n", {"R": "M"}),
    ("P12", "Send-out purpose: sub-study; carcinoma present, left breast core.\n", {"L": "M"}),
    ("P13", "Send-out purpose: trial central review; left breast core: invasive carcinoma NST.\n", {"L": "M"}),
    ("P14", "Referral purpose: ASTER trial, core of left breast: DCIS high grade\n", {"L": "M"}),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=k) for k, t, e in CASES])
def test_review_p106c_over_reach_reads_its_right_label(text: str, expected: dict[str, str]) -> None:
    got = states(text)
    assert {side: got[side] for side in expected} == expected


# rule 4: "<X> confirmed. Final." settles only where X is an entity the reader knows
@pytest.mark.parametrize("line", ["Levels: invasion confirmed. Final.", "Levels: upgrade confirmed. Final.",
                                  "Levels: revision confirmed. Final.", "Levels: suspicion confirmed. Final.",
                                  "Levels: concern confirmed. Final.", "Levels: previous concern confirmed. Final."])
def test_review_p106c_a_word_that_names_no_entity_confirms_nothing(line: str) -> None:
    assert states(_levels(line))["L"].startswith("?")  # A02, A03, A15, A01, A12, A18: part A stays open


def test_review_p106c_t05_the_node_parts_metastasis_gives_no_breast_its_side() -> None:
    text = ("Diagnosis:\nA. Left axillary node core: metastatic carcinoma.\nB. Right breast core: fibroadenoma.\n"
            "Markers on A (metastatic carcinoma): GATA3 positive.\n")
    assert states(text)["L"] == "-"


@pytest.mark.xfail(strict=True, reason="pre-existing (as before b106): the metastasis named on the node part's test "
                   "line, printed under the right breast part B, is read as part B's (R=BM); rule 5 now gives part A's "
                   "side to no breast, but nothing yet tells the reader the line's entity is the node's")
def test_review_p106c_t05_full_label() -> None:
    text = ("Diagnosis:\nA. Left axillary node core: metastatic carcinoma.\nB. Right breast core: fibroadenoma.\n"
            "Markers on A (metastatic carcinoma): GATA3 positive.\n")
    assert states(text) == {"L": "-", "R": "B"}


def test_review_p106c_the_accepted_forms_still_read() -> None:
    # rule 1: the specimen line's breast side over a history sentence's earlier disease
    assert states("Specimen: Left breast core.\nClinical: History of R breast cancer 2015.\nConclusion: "
                  "Fibroadenoma.\n") == {"L": "B", "R": "-"}
    # rule 1: a year earlier than the report's own dates tells an earlier disease
    assert states("Specimen: Left breast core, received 03/04/2026.\nClinical: R breast cancer 2015.\n"
                  "Conclusion: Fibroadenoma.\n") == {"L": "B", "R": "-"}
    # rule 4: a named entity confirmed on levels, and final, settles the open addendum
    assert states(_levels("Levels: no atypia; fibroadenoma confirmed. Final."))["L"] == "B"
    # rule 5: a breast part's letter, the entity and a trial's purpose
    assert states(_D1.replace("invasive carcinoma NST", "fibroadenoma").replace("A. Right breast core: fibroadenoma",
                                                                              "A. Right breast core: DCIS")
                  + "Tests requested on A (DCIS, for trial eligibility): ER positive.\n") == {"L": "B", "R": "M"}
    # rule 7: the document's own title names the outgoing consultation
    assert states("OUTGOING CONSULTATION FORM\nReferring diagnosis (ours, final 02/14/2026):\n  A. Left breast core: "
                  "DCIS.\nConsult question: grade.\n")["L"] == "M"


def test_review_p106c_the_narrowed_rules_leave_other_wordings_as_before() -> None:
    # rule 1: without a year, a specimen line naming no breast side leaves the history's side (R24)
    assert states("Specimen: Breast core; left in formalin overnight.\nClinical: Right breast mass.\n"
                  "Conclusion: Fibroadenoma.\n") == {"L": "-", "R": "B"}
    # rule 4: "the lesion confirmed" names no entity (A14)
    assert states(_levels("Levels: the lesion confirmed. Final."))["L"].startswith("?")
    # rule 4: without "Final." the open addendum stays open (A02x)
    assert states(_levels("Levels: invasion confirmed."))["L"].startswith("?")
