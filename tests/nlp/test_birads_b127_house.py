"""Radiology b127-b128 (a Vanuatu ultrasound register translated from Bislama, an addendum revising a screening recall,
a fire service's fitness review enclosing a surveillance mammogram): the Bislama breast named with its side ("raet
titi") sides its conclusion; a revised category's name in parentheses may go on to the finding it is named for, said
stable ("(benign, stable asymmetry)"); a breast named as reconstructed or operated between its side and "breast" is not
imaged ("left reconstructed breast not imaged")."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ a Bislama register's side words

_V_HEAD = ("BUK BLONG ULTRASAON [ULTRASOUND REGISTER]\nDeit [Date]: 11/02/2026\nRisen blong skan [Reason for scan]: "
           "Smol bol long titi long raet saed [small lump in the right breast], 2 manis.\nSkan [Scan]: Échographie "
           "mammaire droite [right breast ultrasound] - titi long raet saed nomo [right breast only]\n\n")
_V_FINDINGS = ("Wanem oli faenem [Findings]:\nRaet titi [Right breast], 10 h: oval nodule 14 x 8 mm, well "
               "circumscribed. Looks like fibroadenoma.\n\n")
_V_CONCLUSION = "Conclusion [Conclusion]: Fibroadénome probable [probable fibroadenoma], raet titi 10 h. BI-RADS 3.\n\n"
_V_OTHER = "Same day, register no. 2026/0088: pelvic scan - small left ovarian follicular cyst 22 mm, no follow-up.\n"


@pytest.mark.parametrize(("text", "expected"), [
    # (the batch's wording)
    (_V_HEAD + _V_FINDINGS + _V_CONCLUSION + _V_OTHER, "- 3"),
    # (variants: the left breast, "titi long raet saed" in the conclusion, the other line a note)
    (_V_HEAD.replace("droite [right", "gauche [left").replace("raet", "lef").replace("right", "left")
     + _V_FINDINGS.replace("Raet", "Lef") + _V_CONCLUSION.replace("raet", "lef") + "Note: right knee pain.\n", "3 -"),
    (_V_HEAD + _V_FINDINGS + "Conclusion: fibroadenoma, titi long raet saed. BI-RADS 3.\n" + _V_OTHER, "- 3"),
    (_V_HEAD + _V_FINDINGS + _V_CONCLUSION + "Note: left knee pain.\n", "- 3"),
    # (near misses, read as before: the side said with the Bislama negation; a side word alone, "bel long raet saed";
    # no Bislama side in the conclusion and a left side word below)
    (_V_HEAD + _V_FINDINGS + "Conclusion: fibroadenoma, lef titi i no skan. BI-RADS 3.\n", "- 3"),
    (_V_HEAD + _V_FINDINGS + "Conclusion: fibroadenoma, bel long raet saed. BI-RADS 3.\n" + _V_OTHER, "3 3"),
    (_V_HEAD + _V_FINDINGS + "Conclusion: fibroadenoma. BI-RADS 3.\n" + _V_OTHER, "3 3"),
])
def test_bislama_breast_side(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# (review r127: only the Bislama negation of the scan takes the side away, also after a comma or colon; "i no gat" (has
# no) is a finding; the side's two words wrapped over a line; a Bislama history heading and "long <year>")
_B_REPORT = ("ULTRASAON BLONG TUFALA TITI\nRaet titi: irregular hypoechoic mass 13 mm at 11 o'clock with angular margins, "
             "not parallel. BI-RADS 4A. Core biopsy arranged.\n")
_B_WRAPPED = ("Radiology register, Lenakel Hospital (Tanna), translated.\nIndication: lamp i stap 1 manis.\nUltrasound: "
              "complicated cyst, 12 x 8 mm, at 3 o'clock, no solid component, no flow.\nConclusion: complicated cyst, raet"
              "\ntiti 3 h. BI-RADS 3. Repeat ultrasound 6 months.")
_B_HISTORY = ("Register entry, Vila Central Hospital, translated.\nHistri: raet titi BI-RADS 4B long 2024, core biopsy "
              "fibroadenoma, no follow-up needed.\nToday: ekografi blong lef titi nomo for new pain.\nLef titi: 5 mm simple "
              "cyst at 2 o'clock; no solid mass.\nKonklusen: lef titi BI-RADS 2.")
_B_CYSTS = ("ULTRASOUND BREASTS\nIndication: pain both sides.\nRaet titi: three simple cysts, largest 10 mm at 9 o'clock.\n"
            "Lef titi, i no skan (not scanned: dressing in place).\nImpression: benign cysts. BI-RADS 2.")


@pytest.mark.parametrize(("text", "expected"), [
    # ("i no gat": has no lump, a finding of the left breast; so "i nogat")
    (_B_REPORT + "Lef titi i no gat lamp, i no gat sista (no lump, no cyst). BI-RADS 1.", "1 4A"),
    (_B_REPORT + "Lef titi i nogat lamp (no lump). BI-RADS 1.", "1 4A"),
    # (the scan's negation, also after a comma or a colon, unglossed: no left breast)
    (_B_REPORT + "Lef titi i no bin skanem.", "- 4A"),
    (_B_REPORT + "Lef titi i no luk (not seen).", "- 4A"),
    (_B_REPORT + "Lef titi i no stap (mastectomy).", "- 4A"),
    (_B_CYSTS, "- 2"),
    (_B_CYSTS.replace("Lef titi,", "Lef titi:"), "- 2"),
    (_B_CYSTS.replace(" (not scanned: dressing in place)", ""), "- 2"),
    # (the two words wrapped over a line; near miss: a blank line between them names no breast)
    (_B_WRAPPED, "- 3"),
    (_B_WRAPPED.replace("raet\ntiti", "lef\ntiti"), "3 -"),
    (_B_WRAPPED.replace("raet\ntiti", "raet\n\ntiti"), "3 3"),
    # (a Bislama history: its heading, or "long 2024" alone, keeps the earlier category the earlier exam's)
    (_B_HISTORY, "2 -"),
    (_B_HISTORY.replace(" long 2024", ""), "2 -"),
    (_B_HISTORY.replace("Histri:", "Previous:"), "2 -"),
])
def test_bislama_scan_negation_wrapped_side_and_history(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ a revised category's name and its stable finding

_A_REPORT = ("Findings: Left breast: 10 mm focal asymmetry at 6 o'clock. Right breast: no abnormality.\n\n"
             "Impression: Left breast focal asymmetry. BI-RADS 0, left: recall for additional views. Right breast: "
             "BI-RADS 1.\n\nDr F. Adusei-Kirk, 04/03/2026\n\n"
             "ADDENDUM (04/08/2026): Outside films were obtained. The asymmetry is unchanged over 7 years. The recall is "
             "cancelled. ")


@pytest.mark.parametrize(("text", "expected"), [
    # (the batch's wording)
    (_A_REPORT + "Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable asymmetry). Right breast unchanged, "
     "BI-RADS 1.", "2 1"),
    # (variants: "downgraded", "unchanged focal asymmetry", "long-standing calcifications", the sentence alone)
    (_A_REPORT + "Left breast BI-RADS 0 downgraded to BI-RADS 2 (benign, unchanged focal asymmetry).", "2 1"),
    (_A_REPORT + "Left breast BI-RADS 0 revised to BI-RADS 2 (benign, long-standing calcifications).", "2 1"),
    (_A_REPORT + "Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable asymmetry).", "2 1"),
    # (review r127: the finding plural)
    (_A_REPORT + "Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable asymmetries).", "2 1"),
    (_A_REPORT + "Left breast BI-RADS 0 revised to BI-RADS 2 (benign, unchanged nodes).", "2 1"),
    # (near misses, read as before, the new category left unread as a revision: a hedge, another reader, a condition
    # in the parentheses; a name not the new category's; the finding outside the parentheses)
    (_A_REPORT + "Left breast BI-RADS 0 revised to BI-RADS 2 (benign, pending MDT).", "0 2"),
    (_A_REPORT + "Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable asymmetry per the outside reader).", "0 2"),
    (_A_REPORT + "Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable nodes per the outside reader).", "0 2"),
    (_A_REPORT + "Left breast BI-RADS 0 revised to BI-RADS 2 (benign, if stable asymmetry).", "0 2"),
    (_A_REPORT + "Left breast BI-RADS 0 revised to BI-RADS 2 (probably benign, stable asymmetry).", "0 2"),
    (_A_REPORT + "Left breast BI-RADS 0 revised to BI-RADS 2 benign, stable asymmetry.", "0 2"),
])
def test_revised_category_named_with_its_stable_finding(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ a reconstructed breast not imaged

_F_HISTORY = ("Relevant history:\nLeft breast cancer 2023 (left mastectomy and immediate implant reconstruction "
              "06/2023). On anastrozole.\n\nBreast surveillance (letter from the breast unit, surveillance report "
              "enclosed):\n")
_F_EXAM = ("MAMMOGRAM RIGHT BREAST 20/01/2026 (annual surveillance of the contralateral breast; left reconstructed breast "
           "not imaged)\nScattered fibroglandular tissue. Coarse benign calcifications, stable. No mass or distortion.\n"
           "Impression: benign. BI-RADS 2. Next annual mammogram 01/2027.\n")


@pytest.mark.parametrize(("text", "expected"), [
    # (the batch's wording)
    (_F_HISTORY + _F_EXAM, "- 2"),
    # (variants: "operated", "was not examined", the right breast reconstructed)
    (_F_HISTORY + _F_EXAM.replace("left reconstructed breast not imaged", "left operated breast not imaged"), "- 2"),
    (_F_HISTORY + _F_EXAM.replace("left reconstructed breast not imaged", "left treated breast was not examined"),
     "- 2"),
    (_F_HISTORY.replace("Left", "Right").replace("left", "right") + _F_EXAM.replace("RIGHT", "LEFT")
     .replace("right reconstructed", "x").replace("left reconstructed", "right reconstructed"), "2 -"),
    # (near misses, read as before: imaged, another verb, the axilla, the modifier after "breast")
    (_F_HISTORY + _F_EXAM.replace("left reconstructed breast not imaged", "left reconstructed breast imaged"), "2 -"),
    (_F_HISTORY + _F_EXAM.replace("left reconstructed breast not imaged", "left reconstructed breast not assessed"),
     "2 -"),
    (_F_HISTORY + _F_EXAM.replace("left reconstructed breast not imaged", "left reconstructed axilla not imaged"),
     "2 -"),
    (_F_HISTORY + _F_EXAM.replace("left reconstructed breast not imaged", "left breast reconstructed, not imaged"),
     "2 -"),
])
def test_reconstructed_breast_not_imaged(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# (review r127: a not-imaged statement of another visit or study, or one its sentence takes back, leaves the breast in
# the exam, with the operated breast's wording and the plain one)
_N_REPORT = ("BILATERAL MAMMOGRAM - 10/02/2026\nRight breast: scattered fibroglandular density; no mass. BI-RADS 1.\n"
             "ADDENDUM 24/02/2026: {}: stable post-lumpectomy scar, no new finding. BI-RADS 2.")


@pytest.mark.parametrize(("text", "expected"), [
    (_N_REPORT.format("Left treated breast not imaged on the initial study has now been imaged"), "2 1"),
    (_N_REPORT.format("Left reconstructed breast not imaged on the first visit was later imaged"), "2 1"),
    (_N_REPORT.format("Left operated breast not imaged at the previous exam, now imaged"), "2 1"),
    (_N_REPORT.format("Left treated breast not imaged on the 2025 visit"), "2 1"),
    (_N_REPORT.format("Left breast not imaged on the initial study has now been imaged"), "2 1"),
    (_N_REPORT.format("Left breast not imaged on the previous visit"), "2 1"),
    # (near misses, still not imaged: today, this visit, a later clause of its own, "not imaged now")
    (_F_HISTORY + _F_EXAM.replace("left reconstructed breast not imaged", "left reconstructed breast not imaged today"),
     "- 2"),
    (_F_HISTORY + _F_EXAM.replace("left reconstructed breast not imaged",
                                  "left reconstructed breast not imaged on this visit"), "- 2"),
    (_F_HISTORY + _F_EXAM.replace("left reconstructed breast not imaged",
                                  "left reconstructed breast not imaged; previous study 2024 benign"), "- 2"),
    (_F_HISTORY + _F_EXAM.replace("left reconstructed breast not imaged", "left reconstructed breast not imaged now"),
     "- 2"),
])
def test_breast_not_imaged_at_another_visit_or_imaged_since(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# (review rfinal14: a comparison lead-in with its colon opening the revision's line gives the revision's reason, not
# its date: the revision's new category is this report's, with the stable finding's bracket, "(benign)" or none)
_C_LEFT = "LEFT DIAGNOSTIC MAMMOGRAM\n{}"
_C_BOTH = "BILATERAL MAMMOGRAM - ADDENDUM\nBoth breasts initially BI-RADS 0 for bilateral asymmetries.\n{}"
_C_DATED = "LEFT DIAGNOSTIC MAMMOGRAM\nNo new finding today.\n{}"


@pytest.mark.parametrize(("text", "expected"), [
    (_C_LEFT.format("Addendum after comparison with prior studies: Left breast BI-RADS 0 revised to BI-RADS 2 (benign, "
                    "stable findings)."), "2 -"),
    (_C_LEFT.format("Addendum after comparison with prior studies (2017-2024): Left breast BI-RADS 0 revised to BI-RADS 2 "
                    "(benign)."), "2 -"),
    (_C_BOTH.format("After review of outside priors from 2020: Bilateral BI-RADS 0 revised to BI-RADS 2 (benign, stable "
                    "asymmetries)."), "2 2"),
    (_C_BOTH.format("After review of outside priors from 2020: Bilateral BI-RADS 0 revised to BI-RADS 2."), "2 2"),
    # (near misses, dated as before: a date before the lead-in, another reader's words, an earlier report's heading)
    (_C_DATED.format("In 2020, after comparison with prior studies: Left breast BI-RADS 0 revised to BI-RADS 2 "
                     "(benign)."), "- -"),
    (_C_DATED.format("After comparison with prior studies from 2020 the radiologist wrote: Left breast BI-RADS 0 revised "
                     "to BI-RADS 2 (benign)."), "- -"),
    (_C_DATED.format("Prior report from 2020: Left breast BI-RADS 0 revised to BI-RADS 2 (benign)."), "- -"),
])
def test_revision_after_a_comparison_lead_in(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# (review rfinal14: under a title naming no side, a side not imaged is back in the exam only where its sentence says it
# was imaged in this exam, "imaged today" or a colon opening its findings; its word then takes no category below its
# line. Not imaged at another visit alone, it says nothing of today; not imaged "or today", "and not imaged today", or
# imaged since "on MRI" or "elsewhere", it stays out, and the exam is the other side's)
_S_REPORT = ("SCREENING MAMMOGRAM\n{}\nScattered fibroglandular density. No mass, no suspicious calcification.\n"
             "IMPRESSION: Negative. BI-RADS 1.")


@pytest.mark.parametrize(("text", "expected"), [
    (_S_REPORT.format("Left breast not imaged on the first visit because of mastitis; imaged today after antibiotics."),
     "1 1"),
    (_S_REPORT.format("Left treated breast not imaged at the 2024 study; imaged today."), "1 1"),
    (_S_REPORT.format("Left breast not imaged on the initial study has now been imaged: no mass."), "1 1"),
    (_S_REPORT.format("Left breast not imaged on the previous visit."), "1 1"),
    (_S_REPORT.format("History: left breast not imaged at the 2024 visit (cast)."), "1 1"),
    (_S_REPORT.format("Left breast not imaged on the previous exam or today."), "- 1"),
    (_S_REPORT.format("Left breast not imaged on the previous exam and not imaged today."), "- 1"),
    (_S_REPORT.format("Left breast not imaged in this study as it has now been imaged on MRI (see separate report)."),
     "- 1"),
    (_S_REPORT.format("The left breast was not imaged, though it was later imaged elsewhere."), "- 1"),
    (_S_REPORT.format("Indication: surveillance after left mastectomy and implant reconstruction 2020.\n"
                      "Left reconstructed breast not imaged."), "- 1"),
    (_S_REPORT.format("Right breast: not imaged."), "1 -"),
    # (near misses, both sides as before: both breasts named, a view, a clinical examination)
    (_S_REPORT.format("Both breasts imaged. Left breast not imaged on the MLO view."), "1 1"),
    (_S_REPORT.format("Left breast not imaged on the MLO view."), "1 1"),
    (_S_REPORT.format("Left breast not examined clinically."), "1 1"),
])
def test_side_not_imaged_under_a_title_naming_no_side(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
