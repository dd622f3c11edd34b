"""Review p114: the over-reaches of five b114 rules, each read right by narrowing the rule to the shapes it needs."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels


def _expect(left: str, right: str) -> dict[str, str]:
    return {"L": left, "R": right}


# rule 1: "can / could / may be excluded / ruled out" hedges only the entity right before it, as its subject
@pytest.mark.parametrize(("text", "expected"), [
    # over-reaches: another finding, a dash, colon, slash or bracket between, or another sense of the verb
    ("Left breast core: invasive ductal carcinoma: DCIS can be excluded.\n", _expect("M", "-")),
    ("Left breast, core: fibroadenoma - phyllodes tumour can be excluded.\n", _expect("B", "-")),
    ("Left breast, core: fibroadenoma (phyllodes tumour can be excluded).\n", _expect("B", "-")),
    ("Left breast, core: fibroadenoma / phyllodes tumour can be excluded.\n", _expect("B", "-")),
    ("Left breast, core: fibroadenoma: phyllodes tumour can be excluded.\n", _expect("B", "-")),
    ("Right breast, core: fibroadenoma, may be excluded from further imaging follow-up.\n", _expect("-", "B")),
    ("Left breast excision: invasive lobular carcinoma - may be excluded from further surgery.\n", _expect("M", "-")),
    ("Right breast: fibroadenoma. Left breast: invasive carcinoma, can be excluded from re-excision.\n",
     _expect("M", "B")),
    ("Left breast, excision: lobular carcinoma in situ, can be ruled out as the cause of the calcifications.\n",
     _expect("B", "-")),
    # the shapes it needs: the entity itself is what can be excluded
    ("Left breast, core: fibroepithelial lesion. Surgical excision so that a phyllodes tumour may be ruled out.\n",
     _expect("-", "-")),
    ("Left breast: fibroepithelial lesion. A phyllodes tumour could be excluded only on excision.\n", _expect("-", "-")),
    ("Left breast: fibroadenoma; malignancy can be excluded.\n", _expect("B", "-")),
    ("Left breast excision: DCIS in the remaining lesion can be excluded only by excision.\n", _expect("-", "-")),
])
def test_can_be_excluded_hedges_only_its_subject(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


# rule 2: French "pour éliminer / pour exclure" hedges only the entity it names right after it
@pytest.mark.parametrize(("text", "expected"), [
    ("Sein gauche : macrobiopsies réalisées pour éliminer un carcinome infiltrant, montrant un carcinome canalaire in "
     "situ de haut grade.\n", _expect("M", "-")),
    ("Sein gauche : niveaux supplémentaires pour exclure une invasion, retrouvant un carcinome canalaire in situ.\n",
     _expect("M", "-")),
    ("Sein droit : relecture pour éliminer une erreur de latéralité, il s'agit bien d'un carcinome lobulaire "
     "infiltrant.\n", _expect("-", "M")),
    # the shapes it needs
    ("Sein droit : lésion fibro-épithéliale; reprise chirurgicale pour éliminer une tumeur phyllode.\n",
     _expect("-", "-")),
    ("Sein gauche : hyperplasie canalaire atypique; exérèse pour exclure un carcinome canalaire in situ.\n", _expect("B", "-")),
    ("Sein gauche : immunohistochimie p63 pour éliminer une micro-invasion : négative. Carcinome canalaire in situ.\n",
     _expect("M", "-")),
])
def test_pour_eliminer_hedges_only_the_entity_it_names(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


# rule 3: "Diagnostic clinique :" covers its own item, never the laboratory's result lines under it
@pytest.mark.parametrize(("text", "expected"), [
    ("Diagnostic clinique :\nnodule du sein gauche\nSein gauche, biopsie : carcinome canalaire infiltrant.\n",
     _expect("M", "-")),
    ("Diagnostic clinique :\ncarcinome du sein gauche\nRésultat : Sein gauche : carcinome lobulaire infiltrant.\n",
     _expect("M", "-")),
    # the shapes it needs: the clinician's item on the heading's line, its wrapped gloss, or alone under the heading
    ("Diagnostic clinique : carcinome du sein droit ?\nConclusion : Sein droit : fibroadénome.\n", _expect("-", "B")),
    ("Diagnostic clinique / impression : fibroadénome géant gauche ? tumeur phyllode ? [giant fibroadenoma left?\n"
     "phyllodes tumour?]\n\nRÉSULTAT\nSein gauche : fibroadénome.\n", _expect("B", "-")),
    ("Diagnostic clinique :\ncarcinome du sein gauche\n\nConclusion : Sein gauche : fibroadénome.\n", _expect("B", "-")),
])
def test_diagnostic_clinique_is_only_its_own_item(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


# rule 4: a bracketed translation is a sentence of its own only when it translates the original before it
@pytest.mark.parametrize(("text", "expected"), [
    ("Sein gauche : carcinome canalaire infiltrant. [Invasive ductal carcinoma.] Sein droit : fibroadénome. "
     "[Fibroadenoma.]\n", _expect("M", "B")),
    ("Sein gauche : carcinome canalaire infiltrant. [Invasive ductal carcinoma] Sein droit : fibroadénome. "
     "[Fibroadenoma]\n", _expect("M", "B")),
    ("Sein gauche : carcinome canalaire infiltrant. [Invasive ductal carcinoma; the right breast was not sampled.]\n",
     _expect("M", "-")),
    ("Sein droit : fibroadénome. [Fibroadenoma; no lesion in the left breast.]\n", _expect("-", "B")),
    ("Sein droit : fibroadénome. [Fibroadenoma, left breast not examined.]\n", _expect("-", "B")),
    ("Mama izquierda: carcinoma ductal infiltrante. [Invasive ductal carcinoma, as in the right breast biopsy of "
     "2022.]\n", _expect("M", "-")),
    # the shape it needs: a gloss of two sentences, each with its own side, after the original's two sentences
    ("Conclusion : Kyste du sein droit. Carcinome canalaire infiltrant du sein gauche. [Cyst of the\nright breast. "
     "Invasive ductal carcinoma of the left breast.]\n", _expect("M", "B")),
])
def test_a_translation_bracket_is_its_own_sentence_only_when_it_translates(text: str,
                                                                            expected: dict[str, str]) -> None:
    assert labels(text) == expected


# rule 6: "Name (aside):" ends a history field only when the name is a result or report heading
@pytest.mark.parametrize(("text", "expected"), [
    ("History: lump in the left breast.\nLeft breast cancer (wide local excision and radiotherapy at the regional "
     "centre):\nnow a new right breast lump.\nDiagnosis: Right breast core: fibroadenoma.\n", _expect("-", "B")),
    ("Clinical history: new right breast lump.\nMother (diagnosed aged 45, treated at the regional centre, still alive "
     "and well):\nleft breast carcinoma.\nDiagnosis: Right breast core: fibroadenoma.\n", _expect("-", "B")),
    ("Clinical history: new right breast lump.\nLeft breast (treated at the regional centre, surgery and radiotherapy, "
     "still well):\nInvasive lobular carcinoma.\nDiagnosis: Right breast core: fibroadenoma.\n", _expect("-", "B")),
    ("Clinical history: new right breast lump.\nPrevious core (L, the referring hospital, ref H24-001, reported by Dr "
     "Y):\nDCIS, high grade.\nDiagnosis: Right breast core: fibroadenoma.\n", _expect("-", "B")),
    ("Clinical history: right breast lump.\nIHC (ER 8/8, PR 6/8, HER2 1+; done at the reference laboratory, result "
     "pending review):\nleft breast invasive carcinoma known.\nDiagnosis: Right breast core: fibroadenoma.\n",
     _expect("-", "B")),
    # the shape it needs: a result heading with a long aside
    ("Clinical history: right breast lump for a month.\nReport (ref Q26-118, received 04/05/2026; stains done at the "
     "central laboratory):\n  \"RIGHT BREAST, CORE: FIBROADENOMA.\"\n", _expect("-", "B")),
])
def test_a_long_aside_ends_a_history_only_after_a_result_heading(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


def test_a_gloss_after_a_suspected_finding_stays_with_its_own_side() -> None:
    # (the review names the right breast only: the French "suspecté" after its entity is another question)
    assert labels("Sein gauche : carcinome suspecté. [Carcinoma suspected.] Sein droit : kyste.\n")["R"] == "B"


# second review (p114b): the over-reaches left after the first narrowing, each with the review's right label
@pytest.mark.parametrize(("text", "expected"), [
    # rule 1: the mention is the object of "other than", "than", "around the": another subject is excluded
    ("Left breast core: a diagnosis other than invasive ductal carcinoma can be excluded.\n", _expect("M", "-")),
    ("Left breast core: the features are diagnostic; any lesion other than a fibroadenoma can be excluded.\n",
     _expect("B", "-")),
    ("Left breast core: a lesion more significant than ADH can be excluded.\n", _expect("B", "-")),
    ("Left breast core: stromal invasion around the DCIS can be excluded on levels.\n", _expect("M", "-")),
    # rule 1: "excluded at (all margins)" is the margin sense
    ("Left breast wide local excision: invasive ductal carcinoma can be excluded at all margins (closest 4 mm).\n",
     _expect("M", "-")),
    # rule 5: a clinical, outside, earlier or imaging item under a result name with a long aside stays history
    ("Request form.\nClinical history: right breast lump, 2 cm.\nDiagnosis (clinical, from the referring surgeon's "
     "letter of 02/03/2026, not yet confirmed by biopsy):\nright breast carcinoma.\nResult: Right breast core: "
     "fibroadenoma.\n", _expect("-", "B")),
    ("Clinical history: right breast lump.\nDiagnosis (as given on the request form by the referring clinician, "
     "ultrasound-guided, not biopsied):\nright breast fibroadenoma.\nResult: Right breast core: invasive ductal "
     "carcinoma.\n", _expect("-", "M")),
    ("Clinical history: right breast lump.\nOpinion (of the referring clinician, breast clinic, one-stop visit "
     "02/03/2026, Dr A. Mensah):\nright breast carcinoma likely.\nDiagnosis: Right breast core: fibroadenoma.\n",
     _expect("-", "B")),
    ("Clinical history: right breast lump.\nResult (of the screening mammogram, reader 1 and reader 2, assessment "
     "clinic 02/03/2026):\nright breast carcinoma suspected.\nDiagnosis: Right breast core: fibroadenoma.\n",
     _expect("-", "B")),
    ("Clinical history: right breast lump; the previous results follow.\nResult (2019, left breast core at the "
     "regional centre, report copy in the notes, not reviewed):\nLeft breast invasive ductal carcinoma, treated.\n"
     "Current diagnosis: Right breast core: fibroadenoma.\n", _expect("-", "B")),
    ("Clinical history: new right breast lump.\nReport (outside hospital, left breast wide local excision in 2019, "
     "copy received by fax today):\ninvasive ductal carcinoma, margins clear.\nDiagnosis: Right breast core: "
     "fibroadenoma.\n", _expect("-", "B")),
    # rule 6: a "Previous entry" heading alone on its line ends at the entry that corrects it
    ("Register extract\nPrevious entry (2026/BC-090, this specimen, corrected below):\nLEFT breast core - "
     "fibroadenoma.\nCorrected entry: LEFT breast core - invasive lobular carcinoma.\n", _expect("M", "-")),
    ("Register extract\nPrevious entry:\nLEFT breast core - fibroadenoma.\nCorrected: LEFT breast core - invasive "
     "lobular carcinoma.\n", _expect("M", "-")),
])
def test_second_review_over_reaches_read_right(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


# the shapes the narrowed rules 5 and 6 still need
@pytest.mark.parametrize(("text", "expected"), [
    # rule 5: this specimen's laboratory number or "received", in a report of that year
    ("Clinical history: lump in the left breast for two weeks.\nHistology report (Z26-0412, received 11/04/2026; "
     "stains repeated at the central laboratory):\n  \"LEFT BREAST, CORE: INVASIVE LOBULAR CARCINOMA.\"\n",
     _expect("M", "-")),
    # ... but not a laboratory number of an earlier year than the report's
    ("Clinical history: new right breast lump, seen 03/02/2026.\nResult (Z19-0412, left breast core, stains "
     "repeated at the central laboratory):\n  \"LEFT BREAST, CORE: INVASIVE LOBULAR CARCINOMA.\"\n"
     "Diagnosis: Right breast core: fibroadenoma.\n", _expect("-", "B")),
    # rule 6: the earlier entry's own lines stay history up to the current entry's
    ("Register extract\nPrevious entry:\nRIGHT breast core - invasive ductal carcinoma.\nThis entry: LEFT breast "
     "core - fibroadenoma.\n", _expect("B", "-")),
    ("Register extract\nPrevious entry:\nRIGHT breast core - invasive ductal carcinoma,\nnew lesion at 2 o'clock.\n"
     "Current result: LEFT breast core - fibroadenoma.\n", _expect("B", "-")),
    # ... and so does today's or the present entry, a curly apostrophe or none (review code5 C4)
    ("Register extract\nPrevious entry:\nRIGHT breast core - invasive ductal carcinoma.\nToday's entry: LEFT breast "
     "core - fibroadenoma.\n", _expect("B", "-")),
    ("Register extract\nPrevious entry:\nRIGHT breast core - invasive ductal carcinoma.\nToday\u2019s entry: LEFT "
     "breast core - fibroadenoma.\n", _expect("B", "-")),
    ("Register extract\nPrevious entry:\nRIGHT breast core - invasive ductal carcinoma.\nTodays entry: LEFT breast "
     "core - fibroadenoma.\n", _expect("B", "-")),
    ("Register extract\nPrevious entry:\nRIGHT breast core - invasive ductal carcinoma.\nPresent entry: LEFT breast "
     "core - fibroadenoma.\n", _expect("B", "-")),
    # near-misses: a line that opens no entry of today stays in the earlier entry
    ("Register extract\nPrevious entry:\nRIGHT breast core - fibroadenoma.\nPresent in both cores: no atypia.\n",
     _expect("-", "-")),
    ("Register extract\nPrevious entry:\nRIGHT breast core - fibroadenoma.\nPresent results pending.\n",
     _expect("-", "-")),
    ("Register extract\nPrevious entry:\nRIGHT breast core - invasive ductal carcinoma.\nToday's clinic: LEFT breast "
     "lump, seen.\n", _expect("-", "-")),
])
def test_narrowed_rules_keep_the_shapes_they_need(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected
