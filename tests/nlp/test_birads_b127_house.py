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
    # (near misses, read as before, the new category left unread as a revision: a hedge, another reader, a condition
    # in the parentheses; a name not the new category's; the finding outside the parentheses)
    (_A_REPORT + "Left breast BI-RADS 0 revised to BI-RADS 2 (benign, pending MDT).", "0 2"),
    (_A_REPORT + "Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable asymmetry per the outside reader).", "0 2"),
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
