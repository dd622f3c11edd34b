"""Review pfinal3 (the stop's pathology rules as a whole): each confirmed over-reach, with the label it should read,
and fr5 (the same gap in the French breast words). b109's supplement naming one specimen and b110's "Clinical
suspicion:" history heading were withdrawn after it, b110's French node descriptor narrowed. Tests compare labels
only."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels

_CORES = ("Diagnosis: Right breast core: invasive carcinoma NST, E-cadherin to follow. "
          "Left breast core: benign cyst.\n")
_FINAL = "Final diagnosis, specimen 1 (right breast): invasive lobular carcinoma.\n"


def _supplement(sentence: str) -> str:
    """The two cores' diagnosis, then a supplement for specimen 1 with ``sentence`` before its final diagnosis."""
    return _CORES + "SUPPLEMENTARY REPORT (specimen 1): " + sentence + _FINAL


# b109's supplement naming one specimen (withdrawn): the supplement replaces the whole diagnosis, the left
# breast's cyst with it
_SUPPLEMENT_WHOLE = [
    pytest.param(_supplement("The original report is withdrawn and replaced in full. "),
                 {"L": "-", "R": "M"}, id="w17"),
    pytest.param(_supplement("This report supersedes the original report.\n"),
                 {"L": "-", "R": "M"}, id="w18"),
    pytest.param(_supplement("This report supersedes all previous reports. "),
                 {"L": "-", "R": "M"}, id="u07"),
    pytest.param(_supplement("This report replaces the prior report in full. "),
                 {"L": "-", "R": "M"}, id="u05"),
    pytest.param(_supplement("This report replaces report S26-4411 of 10/03/2026 in full. "),
                 {"L": "-", "R": "M"}, id="u06"),
    pytest.param(_supplement("The original report is cancelled: it was issued on another patient's slides. "),
                 {"L": "-", "R": "M"}, id="u02"),
    pytest.param(_supplement("The original report is retracted in full. "),
                 {"L": "-", "R": "M"}, id="u03"),
    pytest.param(_supplement("Please disregard the original report. "),
                 {"L": "-", "R": "M"}, id="u04"),
    pytest.param(_supplement("The original report is void. "),
                 {"L": "-", "R": "M"}, id="u08"),
    pytest.param(_supplement("The original report is rescinded and reissued as follows. "),
                 {"L": "-", "R": "M"}, id="u12"),
]

# b110's French node descriptor (narrowed): French breast words and operations name the breast beside the nodes
# (fr5 also has a plural side, "gauches")
_FRENCH_NODE_AND_BREAST = [
    pytest.param("Conclusion : Ganglions axillaires et mammectomie droite : carcinome canalaire "
                 "infiltrant, 30 mm.\n",
                 {"L": "-", "R": "M"}, id="g10"),
    pytest.param("Conclusion : Ganglion axillaire et pièce de mammectomie gauche : carcinome canalaire "
                 "infiltrant, 40 mm, 1N+/9.\n",
                 {"L": "M", "R": "-"}, id="fr4"),
    pytest.param("Conclusion : Curage ganglionnaire axillaire droit ; mammectomie droite : carcinome "
                 "canalaire infiltrant résiduel, 6 mm ; 0/11 ganglion.\n",
                 {"L": "-", "R": "M"}, id="fr7"),
    pytest.param("Conclusion : Ganglion sentinelle et glande mammaire gauche : carcinome canalaire in situ "
                 "de haut grade.\n",
                 {"L": "M", "R": "-"}, id="g07"),
    pytest.param("Conclusion : Ganglion axillaire gauche et glande mammaire : carcinome lobulaire "
                 "infiltrant.\n",
                 {"L": "M", "R": "-"}, id="fr6"),
    pytest.param("Conclusion : Ganglion sentinelle et exérèse de lésion mammaire gauche : carcinome "
                 "canalaire infiltrant, 12 mm.\n",
                 {"L": "M", "R": "-"}, id="fr1"),
    pytest.param("Conclusion : Ganglions axillaires et pyramidectomie gauche : carcinome canalaire "
                 "infiltrant, 15 mm.\n",
                 {"L": "M", "R": "-"}, id="fr2"),
    pytest.param("Conclusion : Ganglions axillaires et segmentectomie droite : carcinome lobulaire "
                 "infiltrant, 19 mm.\n",
                 {"L": "-", "R": "M"}, id="fr3"),
    pytest.param("Conclusion : Ganglion axillaire et pièce opératoire gauche : carcinome canalaire "
                 "infiltrant, 18 mm ; 0/2 ganglion.\n",
                 {"L": "M", "R": "-"}, id="g05"),
    pytest.param("Conclusion : Ganglion sentinelle gauche et recoupe du lit tumoral gauche : carcinome "
                 "canalaire in situ résiduel, 3 mm.\n",
                 {"L": "M", "R": "-"}, id="fr9"),
    pytest.param("Conclusion : Ganglions axillaires gauches et tissu mammaire : carcinome canalaire "
                 "infiltrant, 18 mm.\n",
                 {"L": "M", "R": "-"}, id="fr5"),
]

# b110's "Clinical suspicion:" history heading (withdrawn): today's result on its line and the confirming conclusion
# label the breast
_CLINICAL_SUSPICION = [
    pytest.param("Clinical suspicion: left breast carcinoma. Core biopsy shows invasive ductal carcinoma, "
                 "grade 2.\n",
                 {"L": "M", "R": "-"}, id="q03"),
    pytest.param("Clinical suspicion: DCIS recurrence left breast; core shows high grade DCIS.\n",
                 {"L": "M", "R": "-"}, id="cs4"),
    pytest.param("Clinical suspicion: carcinoma of the left breast.\nConclusion: the clinical suspicion is "
                 "confirmed.\n",
                 {"L": "M", "R": "-"}, id="q01"),
]


@pytest.mark.parametrize(("text", "expected"), _SUPPLEMENT_WHOLE + _FRENCH_NODE_AND_BREAST + _CLINICAL_SUSPICION)
def test_review_pfinal3_text_reads_right(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


def test_a_french_node_line_of_mammary_origin_stays_a_nodes() -> None:
    # near misses of the French breast words: a node's metastasis "of mammary origin" and the internal mammary chain
    # name no breast specimen, and a lung's segmentectomy is no breast's
    assert labels("Curage axillaire droit : métastases ganglionnaires d'un carcinome d'origine mammaire dans 3 "
                  "ganglions sur 14.\n") == {"L": "-", "R": "-"}
    assert labels("Conclusion : Ganglion mammaire interne droit : métastase d'un carcinome canalaire.\n") == {
        "L": "-", "R": "-"}
    assert labels("Conclusion : Ganglions hilaires droits et segmentectomie pulmonaire droite : métastase d'un "
                  "carcinome mammaire.\n") == {"L": "-", "R": "-"}
