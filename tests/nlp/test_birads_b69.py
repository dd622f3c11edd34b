"""Reading classes of radiology b69, each in words of its own (not taken from the batch)."""
from nlp.birads import extract_birads


def test_dexter_sinister_item_with_a_remark_in_parentheses() -> None:
    text = ("Sonography of both glands.\nConclusion: BI-RADS: D - 1, S - 0 (compression views to follow).\n")
    assert extract_birads(text) == {"L": "0", "R": "1"}
    # a remark after the second item too; without the keyword the letters still read no category
    assert extract_birads("BI-RADS: S - 2 (cyst), D - 3 (solid nodule)\n") == {"L": "2", "R": "3"}
    assert extract_birads("Density D - 2 (dense), S - 1 scattered.\n") == {"L": None, "R": None}


def test_revision_naming_the_mammary_gland() -> None:
    text = ("Conclusion: right gland nodule, BI-RADS 3.\n\nSupplement to the report (12.03.2026): after elastography "
            "the BI-RADS of the right mammary gland is upgraded to 4B.\n")
    assert extract_birads(text) == {"L": None, "R": "4B"}
    # the gland named without a revision: the category stands as written
    assert extract_birads("Conclusion: BI-RADS of the right mammary gland 3.\n")["R"] != "4B"


def test_side_in_parentheses_with_spaces_inside() -> None:
    assert extract_birads("Assessment: BI-RADS 5 ( left ) ; 1 ( right ).\n") == {"L": "5", "R": "1"}
    # a number in parentheses is no side
    assert extract_birads("Assessment: BI-RADS 5 ( 2 cm ) left breast.\n")["R"] is None


def test_the_college_named_alone_before_a_category_number() -> None:
    text = ("Échographie des deux seins.\nConclusion : sein gauche kyste simple, ACR 2 ; sein droit normal, ACR 1.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # the college's density scale is no category, in words or in its letter
    assert extract_birads("Seins de densité ACR 3, sans anomalie.\n") == {"L": None, "R": None}
    assert extract_birads("Breast composition ACR C. Right breast: BI-RADS 2.\n") == {"L": None, "R": "2"}


def test_a_french_combined_conclusion_outranks_each_modality() -> None:
    text = ("Mammographie et échographie des deux seins.\nMammographie : sein gauche, distorsion architecturale.\n"
            "Mammography alone: BI-RADS 0.\nÉchographie : sein gauche sans anomalie.\n"
            "Conclusion combinée (mammographie + échographie) : sein gauche BI-RADS 2 ; sein droit BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # a conclusion not said to be combined leaves the mammogram's own category standing beside it
    assert extract_birads(text.replace("Conclusion combinée", "Conclusion"))["L"] == "0"


def test_a_bilingual_final_result_row_label() -> None:
    text = ("Screening, first reading: right BI-RADS 0, left BI-RADS 1.\n"
            "| | Right breast | Left breast |\n| Schlussergebnis / Final result | BI-RADS 4A | BI-RADS 1 |\n")
    assert extract_birads(text) == {"L": "1", "R": "4A"}
    # a row labelled otherwise is no final result: the reading above stands beside it
    assert extract_birads(text.replace("Final result", "Comment")) == {"L": "1", "R": "0"}


def test_a_side_column_cell_category_is_not_the_other_sides() -> None:
    text = ("First reading: left breast BI-RADS 0; right breast BI-RADS 1.\n"
            "| | Left breast | Right breast |\n| Final result | pending assessment | BI-RADS 1 |\n")
    assert extract_birads(text) == {"L": "0", "R": "1"}
    # both cells filled: each column's own
    assert extract_birads(text.replace("pending assessment", "BI-RADS 3")) == {"L": "3", "R": "1"}


def test_a_french_side_correction_above_the_report_it_names_below() -> None:
    text = ("Rectificatif : l'examen a été effectué sur le sein droit, et non sur le gauche, comme écrit par erreur "
            "dans le compte rendu ci-dessous.\n---\nÉchographie du sein gauche\nConclusion : BI-RADS 3.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}
    # written below the report it corrects, the same correction
    below = "Échographie du sein gauche\nConclusion : BI-RADS 3.\nRectificatif : l'examen a été effectué sur le sein droit.\n"
    assert extract_birads(below) == {"L": None, "R": "3"}


def test_a_heading_glossed_as_two_sections_ends_the_history() -> None:
    text = ("Anamnèse [History]: 61 ans, nodule du sein gauche.\n"
            "Examen et conclusion [Examination and impression]: sein gauche : nodule irrégulier, catégorie 4B ; "
            "sein droit : normal, catégorie 1.\n")
    assert extract_birads(text) == {"L": "4B", "R": "1"}
    # a gloss of something else after "and" is no heading: the history still runs on
    assert extract_birads(text.replace("[Examination and impression]", "[Examination and biopsy]")) == {"L": None,
                                                                                                       "R": None}


def test_a_gland_with_its_latin_side_letter_heads_a_named_category() -> None:
    text = ("Conclusion:\nLeft mammary gland (S): simple cyst at 3 o'clock, benign finding.\n"
            "Right gland (D): no focal changes, negative.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # a finding named without a category's name reads none
    assert extract_birads("Conclusion:\nLeft mammary gland (S): simple cyst at 3 o'clock.\n") == {"L": None, "R": None}
