"""Pathology rules developed on released batches b131 and b132, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.labels import pathology_codes as labels

_DICTATED = ("Tidewater Pathology - Dictation Transcript\n"
             "History, right breast upper outer quadrant grouped amorphous calcifications, nine millimeters,\n"
             "birads four b, query D C I S.\n"
             "Microscopic and diagnosis. Right breast, stereotactic vacuum assisted biopsy: columnar cell change\n"
             "with atypia, that is flat epithelial atypia. No A D H, no D C I S, no invasive carcinoma.\n")
_CARD = ("28/01/2026  (Dr I. Mohale)\nExcision R breast lump under LA, specimen to histology.\n\n"
         "14/01/2026  Impression: ? fibroadenoma. Mother very worried - \"ba re ke kankere\" [people say it is cancer].\n"
         "19/02/2026  Histology result copied:\n"
         "  \"Right breast, excision biopsy: Fibroadenoma, 23 mm. No evidence of malignancy.\"\n")
_BOARD = ("Fakamatala 'o e mahaki [Account of the illness]:\n"
          "Bloody discharge from the left breast 08/2025. Microdochectomy 10/2025.\n"
          "Officer worried that \"it was a kanisā [cancer] they did not tell me about\".\n"
          "Histology result, as written:\n"
          "  \"Left breast, duct excision: Intraductal papilloma, 6 mm, without atypia.\"\n")
_EXAM = ("Part 3 - History\n Biopsies 12/2025. Left wide local excision 01/2026.\n"
         "Part 4 - Examination\n Left breast scar healing well. Right breast: no mass.\n"
         "Part 5 - Investigations (histology quoted from the reports attached)\n"
         " (a) \"Right breast, 7 o'clock, core biopsy: Fibroadenoma. No atypia.\"\n"
         " (b) \"Left breast, wide local excision: Ductal carcinoma in situ, high nuclear grade, 19 mm.\"\n")


def test_a_dictated_historys_query_right_before_the_entity_is_its_question() -> None:
    # "query DCIS" in the clinical history asks the question; the cores' own diagnosis (flat epithelial atypia, no
    # DCIS) labels the breast
    assert labels(_DICTATED) == {"L": "-", "R": "B"}
    for query in ("query of D C I S", "query for D C I S", "query DCIS"):
        assert labels(_DICTATED.replace("query D C I S", query)) == {"L": "-", "R": "B"}, query
    # near misses: a query answered (a comma between it and the entity), an asserted history entity, and a diagnosis
    # line keep the old reading
    assert labels(_DICTATED.replace("query D C I S", "in answer to the query, D C I S is present")) == {
        "L": "-", "R": "BM"}
    assert labels(_DICTATED.replace("query D C I S", "core shows D C I S")) == {"L": "-", "R": "BM"}
    assert labels(_DICTATED.replace("columnar cell change\nwith atypia, that is flat epithelial atypia.",
                                    "D C I S, low grade.").replace("No A D H, no D C I S,", "No A D H,"))["R"] == "M"


def test_what_people_say_or_a_patient_was_worried_her_lump_was_is_no_diagnosis() -> None:
    # lay hearsay and a quoted worry are no result: only the copied histology labels the breast
    assert labels(_CARD) == {"L": "-", "R": "B"}
    assert labels(_CARD.replace("[people say it is cancer]", "[people said it was cancer]")) == {"L": "-", "R": "B"}
    assert labels(_BOARD) == {"L": "B", "R": "-"}
    for worry in ("Officer worried that it was a cancer they did not tell me about.",
                  "Officer worried that \u201cit was cancer\u201d."):
        assert labels(_BOARD.replace("Officer worried that \"it was a kanisā [cancer] they did not tell me about\".",
                                     worry)) == {"L": "B", "R": "-"}, worry
    # near misses: a doctor's statement, and a finding told outside the quoted worry, keep the old reading
    assert labels(_CARD.replace("[people say it is cancer]", "[the surgeon says it is cancer]"))["R"] == "BM"
    assert labels(_BOARD.replace("Officer worried that \"it was a kanisā [cancer] they did not tell me about\".",
                                 "Officer worried. Left breast core: cancer."))["L"] == "BM"
    assert labels(_BOARD.replace("Officer worried that \"it was a kanisā [cancer] they did not tell me about\".",
                                 "Officer worried that \"it was a kanisā\". Result: cancer."))["L"] == "BM"


def test_an_examinations_scar_healing_well_is_no_finding_in_tissue() -> None:
    # the examiner's "scar healing well" describes the skin's wound; the quoted excision's DCIS labels the left
    assert labels(_EXAM) == {"L": "M", "R": "B"}
    for words in ("Left breast scar well healed.", "Left breast scar has healed well.", "Left breast scar well-healed."):
        assert labels(_EXAM.replace("Left breast scar healing well.", words)) == {"L": "M", "R": "B"}, words
    # near misses: a healing scar without "well", and a diagnosis section's "scar healing well" stay findings
    assert labels(_EXAM.replace("Left breast scar healing well.", "Left breast scar healing."))["L"] == "BM"
    assert labels("FINAL DIAGNOSIS:\nLeft breast, re-excision: scar healing well, no residual carcinoma.\n")["L"] == "B"
