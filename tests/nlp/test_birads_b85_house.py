"""Radiology b85: a combined conclusion whose aside names the exams in the report's own language, its side words kept
with their gloss; the side a laterality correction retracts gives the category the addendum restates no side."""
from nlp.birads import extract_birads

_MAMMOGRAPHIC_ZERO = ("Achados [Findings]: assimetria focal à direita; área hipoecogénica de 15 mm.\n"
                      "Categoria mamográfica [Mammographic category]: BI-RADS 0.\n")


def test_combined_conclusion_with_exams_in_portuguese_outranks_the_mammographic_category() -> None:
    text = _MAMMOGRAPHIC_ZERO + ("Conclusão combinada [Combined conclusion] (mamografia + ecografia): "
                                 "direita [right] 4C, esquerda [left] 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "4C"}


def test_combined_conclusion_with_exams_in_spanish() -> None:
    text = ("Hallazgos [Findings]: nódulo.\nCategoría mamográfica [Mammographic category]: BI-RADS 0.\n"
            "Conclusión combinada [Combined conclusion] (mamografía + ecografía): derecha [right] 4B, izquierda [left] 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "4B"}


def test_combined_conclusion_with_exams_in_french_or_a_long_portuguese_word() -> None:
    head = "Findings: mass.\nMammographic category: BI-RADS 0.\n"
    assert extract_birads(head + "Combined conclusion (mammographie + échographie): right 4C, left 1.\n") == {
        "L": "1", "R": "4C"}
    assert extract_birads(head + "Combined conclusion (ultrassonografia): right 3, left 2.\n") == {"L": "2", "R": "3"}


def test_portuguese_side_words_alone_are_read() -> None:
    text = "Findings: mass.\nCombined conclusion: direita [right] 4C, esquerda [left] 1.\n"
    assert extract_birads(text) == {"L": "1", "R": "4C"}


def test_near_miss_a_modality_own_category_under_a_portuguese_heading_stands_alone() -> None:
    # no combined conclusion: the ultrasound's own category is the report's, of the side its heading names
    text = _MAMMOGRAPHIC_ZERO.replace("BI-RADS 0", "BI-RADS 2") + "Ecografia (direita): BI-RADS 4C.\n"
    assert extract_birads(text)["R"] == "4C"


_RIGHT_EXAM = ("Exam: US BREAST RT LTD\nFindings: At 4:00, oval circumscribed hypoechoic mass 7 mm.\n"
               "Impression: Probably benign mass. BI-RADS 3. Follow-up ultrasound in 6 months.\n")


def test_side_a_correction_retracts_gives_the_restated_category_no_side() -> None:
    text = _RIGHT_EXAM + ("QA ADDENDUM 07/30/2026 07:40: The technologist reports that the ultrasound described above was\n"
                          "performed on the LEFT breast, not the right; the order was entered on the wrong side. Assessment\n"
                          "unchanged: BI-RADS 3.\n")
    assert extract_birads(text) == {"L": "3", "R": None}


def test_retracted_side_with_the_category_on_a_line_of_its_own() -> None:
    text = _RIGHT_EXAM + ("ADDENDUM: The examination above was performed on the LEFT breast, not the right as ordered.\n"
                          "Assessment unchanged: BI-RADS 3.\n")
    assert extract_birads(text) == {"L": "3", "R": None}


def test_near_miss_a_side_negated_outside_a_correction_still_places_the_finding() -> None:
    # no laterality correction: "rather than the left" in an addendum's history retracts nothing
    text = ("Exam: US BREAST LT LTD\nImpression: Probably benign mass. BI-RADS 3.\n"
            "ADDENDUM: The patient reports a new lump in the right breast rather than the left.\n"
            "Assessment unchanged: BI-RADS 3.\n")
    assert extract_birads(text) == {"L": "3", "R": None}
