"""The document-structure layer: section roles, parts with site and side, dictation, units."""

from __future__ import annotations

import pytest

from nlp.laterality import SideIndex
from nlp.structure import (
    ADDENDUM,
    AMENDMENT,
    BODY,
    COMMENT,
    DIAGNOSIS,
    GROSS,
    HISTORY,
    MICROSCOPIC,
    ORIGINAL,
    OUTSIDE,
    REVISION,
    normalise_dictation,
    parse_structure,
    site_of,
)

REPORT = """SURGICAL PATHOLOGY REPORT
CLINICAL HISTORY: Right breast mass.

FINAL DIAGNOSIS:
A. BREAST, RIGHT, 9:00, CORE BIOPSY:
   - INVASIVE DUCTAL CARCINOMA.
B. LYMPH NODE, RIGHT AXILLA, CORE:
   - METASTATIC CARCINOMA.

COMMENT: Discussed with the surgeon.

ADDENDUM (01/02/2026): ER positive.

AMENDMENT (01/03/2026): the laterality was corrected.
AMENDED DIAGNOSIS: Breast, left, 9:00, core: invasive ductal carcinoma.
ORIGINAL DIAGNOSIS (01/01/2026): Breast, right: invasive ductal carcinoma.
Outside diagnosis: DCIS.
GROSS DESCRIPTION:
Two cores.
MICROSCOPIC:
Infiltrating tumour.
"""


def test_section_roles() -> None:
    s = parse_structure(REPORT)
    role = {phrase: s.role_at(REPORT.index(phrase)) for phrase in (
        "SURGICAL PATHOLOGY", "Right breast mass", "INVASIVE DUCTAL", "Discussed", "ER positive",
        "the laterality was", "Breast, left", "Breast, right:", "DCIS", "Two cores", "Infiltrating")}
    assert role == {"SURGICAL PATHOLOGY": BODY, "Right breast mass": HISTORY, "INVASIVE DUCTAL": DIAGNOSIS,
                    "Discussed": COMMENT, "ER positive": ADDENDUM, "the laterality was": AMENDMENT,
                    "Breast, left": REVISION, "Breast, right:": ORIGINAL, "DCIS": OUTSIDE, "Two cores": GROSS,
                    "Infiltrating": MICROSCOPIC}


def test_parts_have_side_and_site() -> None:
    s = parse_structure(REPORT)
    parts = {p.label: p for p in s.parts}
    assert (parts["A"].laterality, parts["A"].site, parts["A"].nodal) == ("R", "breast", False)
    assert (parts["B"].site, parts["B"].nodal) == ("lymph_node", True)


@pytest.mark.parametrize(("descriptor", "site"), [
    ("Left breast, 2:00, core biopsy", "breast"), ("Skin, left breast, punch", "skin"),
    ("Skin, right forearm, shave", "other_organ"), ("Right axillary sentinel lymph node", "lymph_node"),
    ("Right breast, axillary tail, core", "breast"), ("Thyroid, left lobe", "other_organ"),
    ("Skin, left nipple, punch", "breast"), ("Colon, sigmoid, biopsy", "other_organ"), ("Core biopsy", "unknown"),
])
def test_site_of(descriptor: str, site: str) -> None:
    assert site_of(descriptor) == site


def test_dictation_is_normalised_in_place() -> None:
    text = "final diagnosis colon left breast comma core colon fibroadenoma period new paragraph comment none period"
    norm, dictated = normalise_dictation(text)
    assert dictated and len(norm) == len(text)
    assert norm.startswith("final diagnosis :") and "breast ,     core :" in norm and "\n" in norm
    organ = "diagnosis colon comma sigmoid comma resection colon adenocarcinoma period done period ok period"
    assert normalise_dictation(organ)[0].startswith("diagnosis colon ,")  # the organ stays
    assert normalise_dictation("Left breast: fibroadenoma.") == ("Left breast: fibroadenoma.", False)


def test_units_join_wrapped_lines_but_not_fields() -> None:
    text = "Diagnosis: DCIS is\n  retracted.\nGrade: 2\nER: positive"
    s = parse_structure(text)
    assert s.norm[slice(*s.unit_at(text.index("DCIS")))].endswith("retracted.")
    assert s.unit_at(text.index("Grade")) != s.unit_at(text.index("ER"))


def test_indented_subfields_take_their_parent_side() -> None:
    text = "LEFT BREAST (Part A)\n   Histologic Type: IDC\nRIGHT BREAST (Part B)\n   DCIS: Not identified"
    s = parse_structure(text)
    assert s.parent_sides(text.index("IDC")) == frozenset({"L"})
    assert s.parent_sides(text.index("DCIS")) == frozenset({"R"})


@pytest.mark.parametrize(("text", "sides"), [
    ("Left breast, correction, right breast, 8 o'clock", ["R"]),
    ("BREAST, RIGHT -- CORRECTION -- LEFT, 3:00", ["L"]),
    ("R: FA.\nL: FA.", ["R", "L"]),
    ("bilat cores (R 9:00, L 3:00)", ["R", "L"]),
    ("BI-RADS(R) 4a", []),
    ("art, salt and a part", []),
])
def test_side_words(text: str, sides: list[str]) -> None:
    assert [m.side for m in SideIndex(text).mentions] == sides


def test_laterality_unknown_is_noticed() -> None:
    assert parse_structure("Breast core (laterality not specified): IDC.").laterality_unknown
    assert not parse_structure("Left breast core: IDC.").laterality_unknown


def test_a_heading_followed_by_its_translation_reads_as_the_translation() -> None:
    from nlp.structure import translated_heading_view

    text = "ANATOMOPATOLOJIK TANI (Pathological diagnosis):\nSol meme: fibroadenom.\n"
    view = translated_heading_view(text)
    assert len(view) == len(text) and view.lstrip().startswith("Pathological diagnosis")
    assert any(sec.role == "diagnosis" for sec in parse_structure(text).sections)
    # a known heading with a qualifier in parentheses is left as it is
    kept = "FINAL DIAGNOSIS (AS ORIGINALLY ISSUED):\nx\n"
    assert translated_heading_view(kept) == kept


def test_material_sources_answer_the_whole_text_searches() -> None:
    # the sources of material are found once per report; each name must get the answer a search of the whole text
    # for "from <name>" and for a referral-word line naming it gives
    import re

    from nlp.structure import _REFERRAL_WORDS, _MaterialSources

    text = ("Material from: Lakeside General Hospital, case L-1.\nReferring case: R-7 (Brook Valley Medical Center)\n"
            "Slides reviewed\nfor Pine Ridge Clinic. Received from the Harbour Institute.\n"
            "Outside block and referral slip; Elm Street Lab signed it.\nMaple Centre diagnosis: benign.\n")
    sources = _MaterialSources(text)
    for inst in ("lakeside general hospital", "lakeside general", "brook valley medical center", "pine ridge clinic",
                 "harbour institute", "the harbour institute", "elm street lab", "maple centre", "valley"):
        name = re.escape(inst)
        expected = bool(re.search(rf"\bfrom:?\s+(?:the\s+)?{name}\b", text, re.IGNORECASE) or re.search(
            rf"^[^\n]*\b(?:{_REFERRAL_WORDS})\b[^\n]*\b{name}\b", text, re.IGNORECASE | re.MULTILINE))
        assert sources.named(inst) is expected, inst
    assert sources.named("maple centre") is False and sources.named("pine ridge clinic") is True


def test_a_numbered_heading_followed_by_its_translation_reads_as_the_translation() -> None:
    from tests.nlp.test_resolution import codes

    # a numbered heading in the report's language with its English name in brackets is that heading: the treated
    # cancer in the clinical data is history, not the diagnosis
    text = ("1. Κλινικά δεδομένα [Clinical data]:\nLeft breast carcinoma (core: invasive ductal carcinoma, grade 3), "
            "after neoadjuvant chemotherapy.\n2. Υλικό [Material sent]:\nLeft breast.\n3. Συμπέρασμα [Conclusion]:\n"
            "Left breast, mastectomy: no residual invasive or in situ carcinoma; treatment effect (ypT0 ypN0).\n")
    assert codes(text) == {"L": "-", "R": "-"}
    # near miss: a numbered part whose bracket is no heading stays a part with its finding
    parts = "Diagnosis:\n1. Right breast [core biopsy]: fibroadenoma.\n2. Left breast [core biopsy]: invasive ductal carcinoma.\n"
    assert codes(parts) == {"L": "M", "R": "B"}


def test_a_numbered_bilingual_title_over_indented_lines_is_a_section_not_a_wrapped_item() -> None:
    from tests.nlp.test_resolution import codes

    # a numbered form section titled in its own language with the English in brackets, its content indented on
    # the lines below: the earlier cancer under the history title stays history (with or without an aside after it)
    for title in ("2. ANTECEDENTES [Past history]", "2. ANTECEDENTES [Past history] (según registro)"):
        text = ("1. PACIENTE [Patient]\n   Edad: 61\n\n" + title + "\n   Carcinoma lobulillar infiltrante de mama derecha "
                "tratado en 2021.\n\n3. DIAGNÓSTICO [Diagnosis]\n   MAMA DERECHA, BIOPSIA: FIBROADENOMA "
                "SIN ATIPIA,\n   8 MM.\n")
        assert codes(text) == {"L": "-", "R": "B"}, title
    # near miss: a numbered diagnosis item wrapped under its own text is still one item
    wrapped = ("Diagnosis:\n1. LEFT BREAST, CORE BIOPSY: INVASIVE DUCTAL\n   CARCINOMA, GRADE 2.\n"
               "2. RIGHT BREAST, CORE BIOPSY: FIBROADENOMA.\n")
    assert codes(wrapped) == {"L": "M", "R": "B"}


def test_a_form_section_title_with_a_long_aside_is_still_a_heading() -> None:
    from tests.nlp.test_resolution import codes

    # "SECTION n - NAME (a long note of where the text came from)" ends the clinical summary above it
    text = ("SECTION 3 - CLINICAL SUMMARY\n  Right breast cancer treated in 2015; now a new left breast lesion.\n"
            "SECTION 4 - HISTOPATHOLOGY (transcribed from the signed-out surgical pathology report, accession X-1234, "
            "dated 01/02/2026)\n  Left breast, core biopsy: invasive lobular carcinoma, grade 2.\n")
    assert codes(text) == {"L": "M", "R": "-"}
    # near miss: the history in the summary section stays history
    assert codes(text.replace("invasive lobular carcinoma, grade 2", "fibroadenoma")) == {"L": "B", "R": "-"}


def test_a_translations_original_field_names_the_source_document_not_a_first_issued_diagnosis() -> None:
    from tests.nlp.test_resolution import codes

    head = "SWORN TRANSLATION FROM POLISH\nOriginal: Wynik badania histopatologicznego nr 88/2026, Szpital Miejski\n\n"
    body = "Rozpoznanie [Diagnosis]:\nLEFT BREAST, core biopsy: FIBROADENOMA. No malignancy.\n"
    assert codes(head + body) == {"L": "B", "R": "-"}
    # near miss: outside a translation an "Original:" heading still holds the diagnosis as first issued
    amended = ("AMENDED REPORT\nOriginal: Left breast, core biopsy: invasive ductal carcinoma.\n"
               "Amended diagnosis: Left breast, core biopsy: fibroadenoma.\n")
    assert codes(amended) == {"L": "B", "R": "-"}


def test_a_wrapped_line_opening_with_a_bracketed_acronym_goes_on_with_its_sentence() -> None:
    from tests.nlp.test_resolution import codes

    # the differential's second option sits after the first option's abbreviation on the next line
    text = ("Diagnosis:\nRight breast, stereotactic core: atypical intraductal proliferation; the differential is "
            "between atypical ductal hyperplasia\n(ADH) and low-grade ductal carcinoma in situ.\n")
    assert codes(text) == {"L": "-", "R": "?"}
    # near miss: a line opening with a bracketed part letter starts a new statement
    parts = ("Diagnosis:\n(A) Right breast, core: fibroadenoma.\n(B) Left breast, core: invasive ductal carcinoma.\n")
    assert codes(parts) == {"L": "M", "R": "B"}
