"""Third review of the b105 pathology rules (review p105c): each confirmed over-reach with its right label, the
borderline and under-reach texts the accept-only forms now read right, and controls where the rules must still fire.
Each rule accepts only the shape of its own clause: a line-start "?" questions an entity that ends its line or
sentence; a past belief hedges an entity no clause of its sentence confirms; her year's specimen is earlier only
before a bracketed entity, "is on file" or a past verb; "Prior:" needs a year or accession number and an entity, no
present verb and no empty answer; a chat side letter is a reply only after a question naming one side; a side line's
node count ends its breast reading only under a first procedure line naming the breast operation with the node one."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes as states

_FINAL_L = "FINAL DIAGNOSIS (LEFT BREAST, WLE):\n"

# (review id, text, expected labels of the sides named)
OVER_REACHES = [
    # rule 1: a line-start "?" before a diagnosis with anything after it is a lost bullet
    ("Q07", _FINAL_L + "? Invasive ductal carcinoma, SBR 2, pT1c\n", {"L": "M"}),
    ("Q30", "FINAL DIAGNOSIS (RIGHT BREAST, WLE):\n? Invasive ductal carcinoma, SBR II\n", {"R": "M"}),
    ("Q19", _FINAL_L + "? Invasive ductal carcinoma, Elston 2\n", {"L": "M"}),
    ("Q25", _FINAL_L + "? Invasive ductal carcinoma, B-R score 7/9\n", {"L": "M"}),
    ("Q26", _FINAL_L + "? Invasive ductal carcinoma, 14 millimetres\n", {"L": "M"}),
    ("Q27", _FINAL_L + "? Invasive lobular carcinoma, pleomorphic variant\n", {"L": "M"}),
    ("Q21", _FINAL_L + "? Invasive carcinoma, pT2 pN0\n", {"L": "M"}),
    # rules 2/3: a belief confirmed by a later clause of its sentence is the report's diagnosis
    ("B01", "The radiologist was sure she had a fibroadenoma, as confirmed on the left core.\n", {"L": "B"}),
    ("B07", "The GP was sure she had a fibroadenoma, as the left core confirms.\n", {"L": "B"}),
    ("B09", "Her GP was sure she had a fibroadenoma, and this is confirmed on the left core.\n", {"L": "B"}),
    ("B02", "The surgeon was convinced she had a phyllodes tumour and histology agrees.\nLeft breast.\n", {"L": "M"}),
    ("B04", "I was concerned that the right lesion was a phyllodes tumour; right core confirms this.\n", {"R": "M"}),
    # rule 4a: her year's specimen before a bracket with no entity, then a present verb: today's specimen
    ("P13", "Her 2025 left core (US-guided) contains DCIS.\n", {"L": "M"}),
    ("P23", "Her 2025 left core (14G) reveals DCIS.\n", {"L": "M"}),
    ("P24", "Her 2025 right breast biopsy (vacuum) demonstrates invasive ductal carcinoma.\n", {"R": "M"}),
    ("P25", "His 2025 left core (ultrasound guided) with DCIS, low grade.\n", {"L": "M"}),
    # rule 4b: "Prior:" with an empty answer or a present verb in its scope is no history
    ("P30", "Left breast WLE. Prior: nothing relevant - left WLE (S26-1102) shows DCIS 12 mm.\n", {"L": "M"}),
    ("P32", "Left breast core. Prior: discussed at MDT 2026, left core shows IDC grade 2.\n", {"L": "M"}),
    ("P34", "Right breast core. Previous: as per 2019 protocol, core shows fibroadenoma.\n", {"R": "B"}),
    # rule 5: a question naming no side (or both) leaves the reply's side letters standing
    ("C07", "[10:00] nurse: any update?\n[10:02] dr.path: L: fibroadenoma\n[10:03] dr.path: R: DCIS\n",
     {"L": "B", "R": "M"}),
    ("C01", "[10:00] nurse: results for both sides please?\n[10:02] dr.path: R: fibroadenoma\n[10:02] dr.path: L: DCIS\n",
     {"L": "M", "R": "B"}),
    # rule 7: the breast operation is history, planned or not done, the node procedure on its own line
    ("N03", "Bilateral mastectomies previously.\nNow left SLNB.\nL: no DCIS seen; carcinoma 3 mm. SLN 1/2.\n", {"L": "-"}),
    ("N17", "Left mastectomy previously.\nNow left ANC.\nL: carcinoma 9 mm, no DCIS. LN 2/10.\n", {"L": "-"}),
    ("N21", "Left mastectomy 18 months ago.\nLeft SLNB.\nL: carcinoma 6 mm; no DCIS. SLN 1/2.\n", {"L": "-"}),
    ("N22", "Left mastectomy at another hospital.\nLeft ANC here.\nL: carcinoma 7 mm, no DCIS. LN 3/15.\n", {"L": "-"}),
    ("N23", "Left mastectomy pending.\nLeft SLNB.\nL: carcinoma 2 mm; no DCIS. SLN 1/2.\n", {"L": "-"}),
    ("N18", "Left mastectomy deferred.\nLeft SLNB.\nL: carcinoma 2 mm; no LCIS. SLN 1/2.\n", {"L": "-"}),
    ("N20", "Left mastectomy next week.\nLeft SLNB today.\nL: carcinoma 3 mm; ADH absent. SLN 1/2.\n", {"L": "-"}),
    ("N24", "Left mastectomy: declined by patient.\nLeft SLNB.\nL: carcinoma 2 mm; no DCIS. SLN 1/2.\n", {"L": "-"}),
    ("N14", "Left mastectomy requested but not done.\nLeft SLNB only.\nL: carcinoma 2 mm, LCIS-like cells absent. "
            "SLN 1/2.\n", {"L": "-"}),
    # rule 7 under-reaches: the breast operation and the node procedure named together
    ("N28", "Left skin sparing mastectomy with SLNB.\nL: DCIS, 25 mm. SLN 0/2.\n", {"L": "M"}),
    ("N29", "Left therapeutic mammoplasty with SLNB.\nL: DCIS, 25 mm. SLN 0/2.\n", {"L": "M"}),
    ("N30", "Left breast excision with SLNB.\nL: papilloma 6 mm. SLN 0/2.\n", {"L": "B"}),
]

# near misses and controls: the rules still fire on their own shape
KEPT = [
    ("Q14", "Right breast core:\n? Papilloma\nBenign breast tissue only.\n", {"R": "-"}),
    ("Q23", "Left breast core: ? fibroadenoma, 12 mm lesion\n", {"L": "-"}),
    ("q1", _FINAL_L + "? DCIS.\nLeft breast core: fibroadenoma.\n", {"L": "B"}),
    ("b1", "The GP was sure she had a fibroadenoma. Left breast core: DCIS, low grade.\n", {"L": "M"}),
    ("b2", "She was sure she had DCIS, which the left breast core did not confirm; fibroadenoma only.\n", {"L": "B"}),
    ("P12", "Her 2025 left breast core (14G x3) shows invasive ductal carcinoma.\n", {"L": "M"}),
    ("P15", "His 2025 right core (part A) shows invasive ductal carcinoma, grade 2.\n", {"R": "M"}),
    ("p1", "Right breast core: fibroadenoma. Her 2019 left excision (DCIS) is noted.\n", {"L": "-", "R": "B"}),
    ("p2", "Right breast core: fibroadenoma. Prior: L DCIS 2019.\n", {"L": "-", "R": "B"}),
    ("c1", "Q: result for the left core?\n[10:02] dr.path: R: fibroadenoma\n", {"L": "B"}),
    ("N25", "Left mastectomy with SLNB.\nL: carcinoma 2 mm; no DCIS. SLN 1/2.\n", {"L": "M"}),
]


@pytest.mark.parametrize(("case", "text", "expected"), OVER_REACHES, ids=[c[0] for c in OVER_REACHES])
def test_a_confirmed_over_reach_reads_right(case: str, text: str, expected: dict[str, str]) -> None:
    got = states(text)
    assert {side: got[side] for side in expected} == expected, case


@pytest.mark.parametrize(("case", "text", "expected"), KEPT, ids=[c[0] for c in KEPT])
def test_a_rule_still_reads_its_class(case: str, text: str, expected: dict[str, str]) -> None:
    got = states(text)
    assert {side: got[side] for side in expected} == expected, case
