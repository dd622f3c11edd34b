"""Pathology rules developed on released batch b119, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_PARTS = ("Conclusion:\nA. Left breast 2 o'clock core: invasive carcinoma NST, grade 3. B5b.\n"
          "B. Right breast 8 o'clock core: columnar cell change with flat epithelial atypia. B3.\n")


def test_an_addendum_naming_one_parts_block() -> None:
    # "Further levels on block B1 were examined ...: flat epithelial atypia only": the block's letter is its part's,
    # whose specimen line names the side
    addendum = ("ADDENDUM:\nFurther levels on block B1 were examined at the request of the MDT: flat epithelial atypia "
                "only; no atypical ductal hyperplasia or in situ carcinoma is seen.\n\n")
    assert labels(addendum + _PARTS) == {"L": "M", "R": "B"}
    assert labels(addendum.replace("block B1", "blocks B2") + _PARTS) == {"L": "M", "R": "B"}
    block = "ADDENDUM:\nBlock B3 shows flat epithelial atypia only on deeper levels.\n\n"
    assert labels(block + _PARTS) == {"L": "M", "R": "B"}
    # near misses: blocks of both parts, another case's block, a block named with no part letter, and a side
    # named in the sentence keep the old reading
    both = addendum.replace("block B1", "blocks A2 and B1").replace("flat epithelial atypia", "fibroadenoma")
    assert labels(both + _PARTS) == labels(both.replace("blocks A2 and B1", "the blocks") + _PARTS)
    other = addendum.replace("block B1", "block B1 of the outside case").replace("flat epithelial atypia",
                                                                                 "fibroadenoma")
    assert labels(other + _PARTS) == labels(other.replace("block B1 of the outside case", "the blocks") + _PARTS)
    assert labels(addendum.replace("block B1", "block 2").replace("flat epithelial atypia", "fibroadenoma") + _PARTS
                  ) == labels(addendum.replace("block B1", "the blocks").replace("flat epithelial atypia",
                                                                                 "fibroadenoma") + _PARTS)
    assert labels(addendum.replace("block B1", "block B1 (left breast)").replace("flat epithelial atypia",
                                                                                 "fibroadenoma") + _PARTS
                  ) == {"L": "BM", "R": "B"}


def test_a_french_adenopathy_is_a_node() -> None:
    # "Adénopathie axillaire droite métastatique d'un carcinome de primitif inconnu": the enlarged node's metastasis
    report = ("Résultat anatomopathologique:\n1. Sein gauche, microbiopsies: mastopathie fibrokystique.\n\n"
              "Diagnostic retenu: Adénopathie axillaire droite métastatique d'un carcinome de primitif inconnu; "
              "lésion bénigne du sein gauche.\n")
    assert labels(report) == {"L": "-", "R": "-"}
    assert labels(report.replace("Adénopathie", "Adenopathie")) == {"L": "-", "R": "-"}
    supraclavicular = report.replace("Adénopathie axillaire droite", "Adénopathie sus-claviculaire droite")
    assert labels(supraclavicular) == {"L": "-", "R": "-"}
    assert labels(supraclavicular.replace("Adénopathie sus-claviculaire droite métastatique d'un carcinome",
                                          "Right supraclavicular lymphadenopathy, carcinoma")) == {"L": "-", "R": "-"}
    # near misses: the breast's own carcinoma before the adenopathy, or in a sentence of its own, still labels
    assert labels("Diagnostic retenu: carcinome canalaire infiltrant du sein droit avec adénopathie axillaire.\n"
                  ) == {"L": "-", "R": "M"}
    assert labels("Diagnostic retenu: adénopathie axillaire droite réactionnelle. Sein droit, microbiopsie: "
                  "carcinome canalaire infiltrant.\n") == {"L": "-", "R": "M"}


def test_a_romance_side_after_the_breast_noun_in_its_clause() -> None:
    # "Carcinome lobulaire infiltrant du sein droit pT2N0; kyste simple du sein gauche.": the clause's finding, a word
    # of its own and "du sein" before the side written after it, takes that side (across a wrapped line too)
    report = ("Diagnostic retenu [Diagnosis retained]: Carcinome lobulaire infiltrant du sein droit pT2N0; kyste\n"
              "simple du sein gauche.\n")
    assert labels(report) == {"L": "B", "R": "M"}
    assert labels(report.replace("kyste\nsimple", "kyste")) == {"L": "B", "R": "M"}
    assert labels("Diagnóstico: carcinoma ductal invasivo da mama direita; fibroadenoma da mama esquerda.\n") == {
        "L": "B", "R": "M"}
    assert labels("Diagnosi: carcinoma duttale infiltrante della mammella destra; fibroadenoma della mammella "
                  "sinistra.\n") == {"L": "B", "R": "M"}
    # near misses: two words before the breast noun, another organ's side, or no breast noun keep the old reading
    two = "Diagnostic retenu: Carcinome lobulaire infiltrant du sein droit; kyste simple bien limité du sein gauche.\n"
    assert labels(two) == labels(two.replace("du sein gauche", "gauche"))
    ovary = "Diagnostic retenu: Carcinome lobulaire infiltrant du sein droit; kyste simple de l'ovaire gauche.\n"
    assert labels(ovary) == {"L": "-", "R": "BM"}


def test_a_specimen_line_printed_above_a_conclusion_naming_only_nodes() -> None:
    # "Pièce de mastectomie droite [right mastectomy specimen] ..." right above "Conclusion:", whose list names only
    # the sentinel nodes as a site: the conclusion is the mastectomy's
    report = ("ANATOMOPATHOLOGIE DE LA PIÈCE OPÉRATOIRE [PATHOLOGY OF THE SURGICAL SPECIMEN]\n"
              "(compte rendu H26-0132 du 10/02/2026, Dr M. NGUEMA, pathologiste)\n"
              "  Pièce de mastectomie droite [right mastectomy specimen], 21 x 17 x 5 cm, avec ganglions\n"
              "  sentinelles.\n  Conclusion:\n"
              "  - Carcinome lobulaire infiltrant de type classique [invasive lobular carcinoma], grade 2, 33 mm.\n"
              "  - Ganglions sentinelles: 2, indemnes (0/2).\n")
    assert labels(report) == {"L": "-", "R": "M"}
    lumpectomy = ("ANATOMOPATHOLOGIE DE LA PIÈCE [SPECIMEN PATHOLOGY] - H26-0431 du 08/04/2026:\n"
                  "  1. Tumorectomie gauche [left lumpectomy], 65 x 50 x 35 mm, orientée.\n     Conclusion:\n"
                  "       - Carcinome canalaire infiltrant, grade II, 17 mm.\n"
                  "  2. Ganglion sentinelle gauche [left sentinel node]: 1 ganglion, indemne (0/1).\n")
    assert labels(lumpectomy) == {"L": "M", "R": "-"}
    english = ("Kingsmead General Hospital - MDT record\nRight mastectomy specimen with sentinel nodes.\nConclusion:\n"
               "- Invasive lobular carcinoma, 33 mm.\n- Two sentinel nodes, both negative (0/2).\n")
    assert labels(english) == {"L": "-", "R": "M"}
    assert labels(english.replace("nodes.\n", "nodes,\nreceived in formalin.\n", 1)) == {"L": "-", "R": "M"}
    # near misses: a history line right above the heading, a history field running over the specimen line, a blank
    # or ruled line between them, and a specimen line naming the node first keep the nodes' reading
    specimen = "Right mastectomy specimen with sentinel nodes.\n"
    assert labels(english.replace(specimen, "Clinical: right mastectomy 2019.\n")) == {"L": "-", "R": "-"}
    assert labels(english.replace(specimen, "History: right breast cancer 2019\n" + specimen)) == {"L": "-", "R": "-"}
    assert labels(english.replace(specimen, specimen + "\n")) == {"L": "-", "R": "-"}
    assert labels(english.replace(specimen, specimen + "----------\n")) == {"L": "-", "R": "-"}
    assert labels(english.replace(specimen, "Right sentinel node specimen.\n")) == {"L": "-", "R": "-"}


def test_a_melanoma_deposit_in_the_breast() -> None:
    # "localisation mammaire d'un mélanome malin [melanoma deposit in the breast]": a deposit is the melanoma's
    # metastasis to the breast (M)
    report = ("Sein gauche, microbiopsies [left breast, core biopsies]:\nConclusion: localisation mammaire d'un mélanome "
              "malin [melanoma deposit in the breast]; cellules tumorales S100+, SOX10+.\n")
    assert labels(report) == {"L": "M", "R": "-"}
    assert labels("Right breast, core: deposit of malignant melanoma.\n") == {"L": "-", "R": "M"}
    assert labels("Right breast, core: deposits of melanoma, BRAF pending.\n") == {"L": "-", "R": "M"}
    # near misses: in a node, in the skin of the back, denied or in the history it labels nothing
    assert labels("Right axillary lymph node, core: melanoma deposit.\n") == {"L": "-", "R": "-"}
    assert labels("Skin of back, excision: melanoma deposit.\n") == {"L": "-", "R": "-"}
    assert labels("Right breast, core: no melanoma deposit; fibroadenoma.\n") == {"L": "-", "R": "B"}
    assert labels("Clinical: melanoma deposit in the groin 2024.\n\nDiagnosis: Right breast, core: fibroadenoma.\n"
                  ) == {"L": "-", "R": "B"}


def test_a_portuguese_search_for_carcinoma_is_no_diagnosis() -> None:
    # "mamografia e RM para pesquisa de carcinoma subjacente": what the imaging is asked to look for
    report = ("4. DIAGNÓSTICO: Carcinoma ductal invasivo da mama esquerda. Fibroadenoma da mama direita.\n\n"
              "5. FUNDAMENTAÇÃO: mamografia e RM para pesquisa de carcinoma subjacente, e cirurgia, não disponíveis no "
              "país.\n")
    assert labels(report) == {"L": "M", "R": "B"}
    assert labels(report.replace("para pesquisa", "para a pesquisa")) == {"L": "M", "R": "B"}
    # near misses: a field "Pesquisa de ...: positiva" without "para" is a result, and the carcinoma found after the
    # purpose's sentence still labels
    assert labels("Mama direita, citologia: pesquisa de células de carcinoma: positiva.\n") == {"L": "-", "R": "M"}
    assert labels("Mama direita: RM para pesquisa de lesões adicionais. Mama direita, biópsia: carcinoma ductal "
                  "invasivo.\n") == {"L": "-", "R": "M"}


def test_a_portuguese_basal_cell_carcinoma_of_the_breast_skin() -> None:
    # "carcinoma basocelular nodular [nodular basal cell carcinoma]": the skin's carcinoma, never a breast cancer
    report = ('"2. Pele da mama direita, biópsia excisional [skin of the right breast, excision biopsy]:\n'
              '    carcinoma basocelular nodular [nodular basal cell carcinoma], margens livres."\n\n'
              "4. DIAGNÓSTICO: Carcinoma basocelular da pele da mama direita, excisado.\n")
    assert labels(report) == {"L": "-", "R": "-"}
    assert labels("Mama direita, lesão cutânea, biópsia excisional: carcinoma basocelular nodular.\n") == {
        "L": "-", "R": "-"}
    assert labels("Pele da mama esquerda: carcinoma espinocelular bem diferenciado.\n") == {"L": "-", "R": "-"}
    # near misses: the breast's own carcinoma beside it still labels
    assert labels("Mama direita, biópsia: carcinoma ductal invasivo. Pele da mama esquerda: carcinoma basocelular.\n"
                  ) == {"L": "-", "R": "M"}
    assert labels("Mama direita, biópsia por agulha grossa: carcinoma metaplásico, grau 3.\n") == {"L": "-", "R": "M"}
