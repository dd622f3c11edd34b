"""Over-reaches a review found in the b104 pathology rules (review p104), each with its right label, and the near
misses the narrowed rules must still read as before. Tests compare labels only."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes as states

_MATERIAL = "Material: 1) right breast, core; 2) left breast, core.\n"

# --- rule 9: a numbered conclusion takes item N's side from the specimen line, unless a heading above the items,
# or the section's qualifier, already names the side or the specimen (the numbers then count one specimen's findings)
NUMBERED = [
    # review 1: sides named by headings over the items
    (_MATERIAL + "Conclusion:\nRight breast (1):\n1) invasive carcinoma NST, G2;\n2) DCIS, high grade.\n"
     "Left breast (2):\n1) fibroadenoma.\n", {"L": "B", "R": "M"}),
    # review 2: the side in the section's qualifier
    (_MATERIAL + "Conclusion (right breast):\n1) Invasive carcinoma NST, G2.\n2) DCIS, high grade.\n",
     {"L": "-", "R": "M"}),
    # review 3: side headings without the specimen number
    (_MATERIAL + "Conclusion:\nRight breast:\n1) invasive carcinoma NST;\n2) DCIS.\nLeft breast:\n1) fibroadenoma.\n",
     {"L": "B", "R": "M"}),
    # the class the rule is for still reads (inline and one item a line)
    (_MATERIAL + "Conclusion: 1) Invasive carcinoma NST, G2. 2) Fibroadenoma.\n", {"L": "B", "R": "M"}),
    (_MATERIAL + "Conclusion:\n1) Invasive carcinoma NST, G2.\n2) Fibroadenoma.\n", {"L": "B", "R": "M"}),
    ("Specimens received: 1) left breast, excision; 2) right breast, excision.\n"
     "Diagnosis: 1) Fibroadenoma. 2) Invasive lobular carcinoma.\n", {"L": "B", "R": "M"}),
    # ... also with a comment line between its items
    ("Material: 1) right breast, core (B5); 2) left breast, core (B2).\nConclusion:\n1) Invasive carcinoma NST.\n"
     "   Comment: ER 8/8.\n2) Fibroadenoma.\n", {"L": "B", "R": "M"}),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED)
def test_numbered_conclusion_items_under_a_side_heading_keep_its_side(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected


def test_numbered_conclusion_items_under_a_specimen_qualifier_are_that_specimens() -> None:
    # review (related): "Conclusion (specimen 1):" numbers specimen 1's findings, item 2 included
    assert states(_MATERIAL + "Conclusion (specimen 1): 1) invasive carcinoma NST, G2; 2) DCIS, high grade.\n") == {
        "L": "-", "R": "M"}
    assert states(_MATERIAL + "Conclusion for specimen 2:\n1) Fibroadenoma; 2) columnar cell change.\n") == {
        "L": "B", "R": "-"}
    # near miss: "specimen 2: 1) ...; 2) DCIS": item 2 is specimen 2's, no right-breast DCIS
    assert states(_MATERIAL + "Conclusion: specimen 2: 1) invasive carcinoma NST; 2) DCIS, high grade. "
                  "Specimen 1: fibroadenoma.\n")["R"] != "M"


# --- rule 1: "not microscopically identified" negates, unless the sentence finds it elsewhere
NEGATION = [
    # review 4-6
    ("Right breast, core: papilloma, not histologically seen on the original core, now present in levels.\n",
     {"L": "-", "R": "B"}),
    ("Right breast, excision: invasive carcinoma, not microscopically identified in block A3, is present in blocks A1 "
     "and A2.\n", {"L": "-", "R": "M"}),
    ("Right breast, excision: DCIS, not microscopically identified on the frozen section, is present in the paraffin "
     "sections (5 mm).\n", {"L": "-", "R": "M"}),
    # the same without "microscopically"
    ("Left breast, excision: invasive carcinoma, not identified in block B2, is present in block B1.\n",
     {"L": "M", "R": "-"}),
    ("Right breast, core: papilloma, not seen on the original core, now present in levels.\n", {"L": "-", "R": "B"}),
    # near miss: "but present" at another specimen's margin is no finding of this one
    ("Left breast, WLE: DCIS not histologically identified in the re-excision, but present at the original margin "
     "(see report S26-1).\n", {"L": "-", "R": "-"}),
    # near misses: the negation still negates
    ("Left breast, excision: radial scar not grossly or microscopically identified; fibrocystic change.\n",
     {"L": "-", "R": "-"}),
    ("Right breast, re-excision: fibrosis. Residual carcinoma not microscopically identified, fat necrosis is present.\n",
     {"L": "-", "R": "-"}),
    ("Right breast, re-excision: fibrosis. Residual carcinoma not identified; DCIS is present at the margin.\n",
     {"L": "-", "R": "M"}),
    ("Right breast, mastectomy post-NAC: residual invasive carcinoma: not microscopically identified (ypT0).\n",
     {"L": "-", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), NEGATION)
def test_a_negation_does_not_swallow_a_contrary_present_clause(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected


# --- rule 3: an addendum leaving the diagnosis open is settled by a later one that confirms it
def test_a_newer_confirming_addendum_settles_an_open_one() -> None:
    # review 7 (month-named and numeric dates, newest printed first)
    for later, earlier, first in (("05-Mar-2026", "27-Feb-2026", "24-Feb-2026"), ("05/03/2026", "27/02/2026", "24/02/2026")):
        report = (f"== ADDENDUM ({later}) ==\nLevels examined; ADH confirmed, no upgrade. Final.\n"
                  f"== ADDENDUM ({earlier}) ==\nFurther levels requested; the diagnosis may be revised.\n"
                  f"== FINAL DIAGNOSIS ({first}) ==\nRight breast, core: atypical ductal hyperplasia.\n")
        assert states(report) == {"L": "-", "R": "B"}
    # near miss: the confirmation is older than the open addendum: it stays open
    assert states("ADDENDUM (20-Feb-2026):\nLevels examined; no upgrade.\nADDENDUM (27-Feb-2026):\nFurther levels "
                  "requested; the diagnosis may be revised.\nFINAL DIAGNOSIS (19-Feb-2026):\nRight breast, core: "
                  "atypical ductal hyperplasia.\n")["R"] == "?"
    # near miss: a later addendum that confirms nothing leaves it open
    assert states("== ADDENDUM (05-Mar-2026) ==\nHER2 immunohistochemistry: score 1+.\n== ADDENDUM (27-Feb-2026) ==\n"
                  "Further levels requested; the diagnosis may be revised.\n== FINAL DIAGNOSIS (24-Feb-2026) ==\n"
                  "Right breast, core: atypical ductal hyperplasia.\n")["R"] == "?"
    # near miss: the open addendum alone stays open
    assert states("ADDENDUM (27-Feb-2026):\nFurther levels requested; the diagnosis may be revised.\n"
                  "FINAL DIAGNOSIS (24-Feb-2026):\nRight breast, core: atypical ductal hyperplasia.\n")["R"] == "?"


# --- rule 4: a line ending "on" / "dated" goes on with its date, unless a new sentence starts at the date
WRAPPED_DATE = [
    # review 8
    ("Right breast, core: no malignancy in the core taken on\n12/03/2026 invasive carcinoma is confirmed in the "
     "excision.\n", {"L": "-", "R": "M"}),
    # the class still reads
    ("The diagnosis of invasive carcinoma issued on\n12/03/2026 is retracted.\nRevised: Left breast, core: "
     "sclerosing adenosis.\n", {"L": "B", "R": "-"}),
    ("Right breast, core: fibroadenoma.\nThe report of invasive carcinoma issued on\n12/03/2026 concerned another "
     "patient and is withdrawn.\n", {"L": "-", "R": "B"}),
    ("Right breast, excision: no residual carcinoma. Invasive carcinoma diagnosed on\n10/01/2026 core (S26-55).\n",
     {"L": "-", "R": "-"}),
    ("Left breast, excision: phyllodes tumour, benign. Previously reported on\n12/03/2026 as fibroadenoma.\n",
     {"L": "M", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED_DATE)
def test_a_date_wrapped_after_on_joins_only_its_own_sentence(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected


# --- rule 5: the outside report's span ends at this laboratory's word on it, and is none when it is not there
OUTSIDE = [
    # review 9-12
    ("Outside report (Millbrook) is not available; Diagnosis: Right breast, core: invasive carcinoma NST.\n",
     {"L": "-", "R": "M"}),
    ("Outside report (Millbrook) was reviewed and we agree: Left breast core: invasive lobular carcinoma.\n",
     {"L": "M", "R": "-"}),
    ("Outside report (reviewed, we agree) is: Left breast core: invasive lobular carcinoma.\n", {"L": "M", "R": "-"}),
    ('Outside report (Millbrook, 01/2026) reads: "Left breast core: invasive carcinoma NST." We agree with the outside '
     "diagnosis.\n", {"L": "M", "R": "-"}),
    # the same without the bracketed source
    ("Outside report is not available; Diagnosis: Right breast, core: invasive carcinoma NST.\n", {"L": "-", "R": "M"}),
    ("Outside report was reviewed and we agree: Left breast core: invasive lobular carcinoma.\n", {"L": "M", "R": "-"}),
    ('Outside report reads: "Left breast core: invasive carcinoma NST." We agree with the outside diagnosis.\n',
     {"L": "M", "R": "-"}),
    # near misses: the outside diagnosis stays outside
    ('Outside report (Millbrook Pathology, 01/2026) reads: "Right breast excision: cellular fibroadenoma."\n'
     "Our review: benign phyllodes tumour.\n", {"L": "-", "R": "M"}),
    ('Outside report (Millbrook, 01/2026) reads: "Right breast core: DCIS."\nOur review: Right breast core: atypical '
     "ductal hyperplasia.\n", {"L": "-", "R": "B"}),
    ('Outside report (see scanned document) reads "fibroadenoma".\nDiagnosis: Left breast, core: invasive carcinoma '
     "NST.\n", {"L": "M", "R": "-"}),
    ("Outside diagnosis (our review concurs): Left breast, core: fibroadenoma.\n", {"L": "-", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), OUTSIDE)
def test_an_outside_report_ends_where_this_laboratory_speaks(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected


# --- rule 7: a side erratum moves this report's side, not another document's
ERRATUM = [
    # review 13
    ('Radiology request: read "Rt. breast" as "Lt. breast" on the ultrasound form; the pathology specimen is correctly '
     "labelled.\nDiagnosis: Rt. breast, core: fibroadenoma.\n", {"L": "-", "R": "B"}),
    ('Please read "right breast" as "left breast" in the request form; the specimen is correctly labelled.\n'
     "Diagnosis: Right breast, core: fibroadenoma.\n", {"L": "-", "R": "B"}),
    # the class still reads
    ('Please read "Rt breast" as "Lt breast" in the report below.\nDiagnosis: Rt breast, core: fibroadenoma.\n',
     {"L": "B", "R": "-"}),
    ("Please read RIGHT breast as LEFT breast throughout this report.\nDiagnosis: Right breast, core: fibroadenoma.\n",
     {"L": "B", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), ERRATUM)
def test_a_side_erratum_about_another_document_moves_nothing(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected
