"""Radiology b87: the classes its wrong reports stood for, each with a near miss."""

from nlp.birads import extract_birads

_RIS_FINDINGS = (" RELATORIO [REPORT]\n Mamas de densidade ACR B. Sem alteracoes.\n"
                 " [ACR B density. No abnormality.]\n\n")


def test_printout_side_rows_glossed_under_a_glossed_category_heading() -> None:
    text = _RIS_FINDINGS + (" CATEGORIA BI-RADS [BI-RADS CATEGORY]\n"
                            "   Mama direita [Right breast] .. 1\n"
                            "   Mama esquerda [Left breast] .. 3\n"
                            " RECOMENDACAO [RECOMMENDATION] .. Controlo a 6 meses [6-month follow-up]\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}
    one_side = _RIS_FINDINGS + (" CATEGORIA BI-RADS [BI-RADS CATEGORY]\n"
                                "   Mama esquerda [Left breast] .. 4B\n")
    assert extract_birads(one_side) == {"L": "4B", "R": None}


def test_printout_side_rows_counting_findings_are_no_categories() -> None:
    # near miss: the same rows under a heading that is no category's give counts, not categories
    text = _RIS_FINDINGS + (" NODULOS [NODULES]\n"
                            "   Mama direita [Right breast] .. 1\n"
                            "   Mama esquerda [Left breast] .. 3\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_translated_roman_category_before_its_bracketed_translation() -> None:
    text = ("CONCLUSION [Conclusion]:\nAspect de fibroadénome du sein droit. Catégorie III [Appearance of a right "
            "breast fibroadenoma. Category III].\n")
    assert extract_birads(text) == {"L": None, "R": "3"}
    clause = ("CONCLUSION [Conclusion]:\nSein gauche : lésion hautement évocatrice de malignité, "
              "catégorie V [lesion highly suggestive of malignancy, category V].\n")
    assert extract_birads(clause) == {"L": "5", "R": None}


def test_category_mid_sentence_before_a_bracket_is_no_statement() -> None:
    # near miss: "category" inside a sentence (not opening a clause) before a bracket states nothing
    text = "CONCLUSION [Conclusion]:\nNo category 3 [probably benign] lesion seen in the right breast.\n"
    assert extract_birads(text)["R"] != "3"


def test_category_right_after_a_glossed_side_in_a_side_list() -> None:
    text = ("CONCLUSION [Conclusion]:\nBI-RADS : sein gauche [left breast] catégorie ACR 4a ; "
            "sein droit [right breast] catégorie I.\n")
    assert extract_birads(text) == {"L": "4A", "R": "1"}


def test_revision_naming_the_college_on_both_sides_of_the_arrow() -> None:
    text = ("CONCLUSION [Conclusion]:\nSein droit : examen normal, catégorie I.\n"
            "Sein gauche : opacité probablement bénigne, catégorie ACR 3 ; contrôle à 6 mois.\n\n"
            "COMPLÉMENT [Addendum] du 05/03/2026 : l'opacité du QIE gauche est stable depuis 4 ans. "
            "Catégorie révisée : ACR 3 -> ACR 2 ; retour au dépistage habituel.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}


def test_arrow_between_density_letters_revises_no_category() -> None:
    # near miss: the college's density letters changing are no category's revision
    text = ("CONCLUSION [Conclusion]:\nSein droit : examen normal, catégorie I.\n"
            "Sein gauche : opacité probablement bénigne, catégorie ACR 3.\n\n"
            "COMPLÉMENT [Addendum] : densité révisée : ACR C -> ACR B.\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}


_COMBINED_TAIL = (" CONCLUSAO FINAL COMBINADA\n [FINAL COMBINED CONCLUSION\n  (MG + US)] .................... "
                  "BI-RADS 4C esquerda [left]; BI-RADS 2\n                                  direita [right]\n")


def test_printout_mammography_alone_row_gives_way_to_the_final_combined_conclusion() -> None:
    text = (" EXAME [EXAM] ................... MAMOGRAFIA + ECOGRAFIA MAMARIA BILATERAL\n"
            " CLASSIFICACAO MAMOGRAFICA ISOLADA\n [MAMMOGRAPHY ALONE] ............ BI-RADS 4B\n" + _COMBINED_TAIL)
    assert extract_birads(text) == {"L": "4C", "R": "2"}


def test_printout_unnamed_row_before_the_final_combined_conclusion_stays() -> None:
    # near miss: a category row naming no modality is not the mammogram's own; the higher category stands
    text = (" EXAME [EXAM] ................... MAMOGRAFIA + ECOGRAFIA MAMARIA BILATERAL\n"
            " CATEGORIA BI-RADS [BI-RADS CATEGORY] .... BI-RADS 4B\n" + _COMBINED_TAIL)
    assert extract_birads(text)["R"] == "4B"


def test_a_french_category_reads_under_a_glossed_side_heading() -> None:
    # the glossed heading's French side words are blanked before the French view, which its category word alone
    # still calls: "Sein gauche [Left breast] : ..., catégorie V." is L=5
    assert extract_birads("ECHOGRAPHIE MAMMAIRE\nConclusion :\nSein gauche [Left breast] : nodule solide irrégulier, "
                          "catégorie V.\n") == {"L": "5", "R": None}
    assert extract_birads("ECHOGRAPHIE\nSein droit [Right breast] : kyste simple, catégorie II.\n"
                          "Sein gauche [Left breast] : normal, catégorie I.\n") == {"L": "1", "R": "2"}
    # near miss: a category inside a sentence still assesses nothing
    assert extract_birads("ECHOGRAPHIE\nSein gauche [Left breast] : nodule, pas de catégorie 3 [probably benign] "
                          "lésion.\n") == {"L": None, "R": None}
