"""Review of the b101 pathology rules: the over-reaches it confirmed, with their right labels, and the cases the
rules must keep reading as they do."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels

# ---- a dictation's history heading after a full stop: it ends at its sentence end or the next heading on its line,
# whichever comes first, so a diagnosis sentence between them still labels
_DICTATION_HISTORY = [
    ("Dictated by Dr. K. Obi. History: lump. Left breast core: invasive ductal carcinoma. Final diagnosis: see above.",
     {"L": "M", "R": "-"}),
    ("Dictation by Dr. Ruiz. Indications: none stated; left breast, core: invasive ductal carcinoma. Final diagnosis: "
     "see above.", {"L": "M", "R": "-"}),
    ("Dictation. Clinical information: none. Left breast, excision: invasive lobular carcinoma; margins clear. Final "
     "diagnosis: as above.", {"L": "M", "R": "-"}),
    ("Dictated by Dr. K. Obi. Clinical history: right breast mass. Right breast, core: fibroadenoma. Final diagnosis: "
     "as above.", {"L": "-", "R": "B"}),
    ("Dictated by Dr. K. Obi. Clinical history: right breast mass. Right breast, core: fibroadenoma. Indication: "
     "screening.", {"L": "-", "R": "B"}),
    ("Dictation by Dr. Ruiz. Clinical history: left breast mass. Left breast, core: fibroadenoma. Clinical history: "
     "right breast cancer 2019.", {"L": "B", "R": "-"}),
    # keep: history that is history, up to its sentence's end or the next heading
    ("Dictation. Clinical details: right breast mass, core shows invasive ductal carcinoma per outside; excision "
     "today. Final diagnosis: right breast, excision: no residual carcinoma, biopsy site changes.",
     {"L": "-", "R": "-"}),
    ("Dictation by Dr. Mo. Clinical history: right breast cancer 2019, Dr. Smith's patient. Left breast core: invasive "
     "ductal carcinoma.", {"L": "M", "R": "-"}),
    ("Per dictation. History: left breast core showed atypical ductal hyperplasia. Excision today: left breast, "
     "excision: ductal carcinoma in situ, low grade.", {"L": "M", "R": "-"}),
    # keep: a title or an initial's full stop ends no history sentence
    ("Dictation. History: seen by Dr. K. Obi for right breast invasive ductal carcinoma 2019. Final diagnosis: left "
     "breast, core: fibroadenoma.", {"L": "B", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), _DICTATION_HISTORY)
def test_a_dictation_history_heading_stops_at_its_sentence_or_the_next_heading(text: str, expected: dict) -> None:
    assert labels(text) == expected


# ---- a supplementary report on another specimen: not when the heading denies a new specimen or the report revises,
# amends or withdraws the first diagnosis (that is still a revision, rule 1)
_OTHER_SPECIMEN = [
    ("DIAGNOSIS:\nRight breast, core: ductal carcinoma in situ.\n\nSUPPLEMENTARY REPORT: No new specimen has been "
     "received; on review the diagnosis is revised.\nRight breast, core: atypical ductal hyperplasia.\n",
     {"L": "-", "R": "B"}),
    ("DIAGNOSIS:\nLeft breast, core: ductal carcinoma in situ.\n\nSUPPLEMENTARY REPORT (no further specimen received; "
     "report revised): Left breast, core: atypical ductal hyperplasia.\n", {"L": "B", "R": "-"}),
    ("DIAGNOSIS:\nLeft breast, core: atypical ductal hyperplasia.\n\nAMENDED REPORT (second specimen received 04/05): "
     "In light of the excision, the core diagnosis is revised to DCIS.\nLeft breast, core: ductal carcinoma in situ.\n",
     {"L": "M", "R": "-"}),
    ("DIAGNOSIS:\nRight breast, core: ductal carcinoma in situ.\n\nCORRECTED REPORT (a second specimen received the "
     "same day was mislabelled): the diagnosis above belongs to another patient; Right breast, core: fibroadenoma.\n",
     {"L": "-", "R": "B"}),
    # keep: a supplementary report on a further specimen adds its diagnosis
    ("DIAGNOSIS:\nLeft breast, core biopsy: ductal carcinoma in situ, high grade.\n\nSUPPLEMENTARY REPORT (a further "
     "specimen received 04/05/2026, \"Right breast core 7 o'clock\"):\nRight breast, core biopsy: fibroadenoma.\n",
     {"L": "M", "R": "B"}),
    ("DIAGNOSIS:\nRight breast, wide local excision: invasive carcinoma NST, 14 mm.\n\nADDENDUM (second specimen "
     "received 05/05/2026, \"Right breast re-excision\"):\nRight breast, re-excision: fibroadenoma.\n",
     {"L": "-", "R": "BM"}),
]


@pytest.mark.parametrize(("text", "expected"), _OTHER_SPECIMEN)
def test_only_a_supplementary_report_on_another_specimen_adds_rather_than_revises(text: str, expected: dict) -> None:
    assert labels(text) == expected


# ---- a CJK heading glossed in square brackets: the gloss names that heading only, up to the next heading or line
_CJK_GLOSSED = [
    ("臨床情報 [Clinical history]: 右乳房腫瘤\n病理診断：\n右乳房 針生検 [Right breast, core biopsy]: 浸潤性乳管癌 "
     "[invasive ductal carcinoma]\n", {"L": "-", "R": "M"}),
    ("臨床情報 [Clinical history]: 右乳房腫瘤\n病理診断:\n右乳房 針生検 [Right breast, core biopsy]: 浸潤性乳管癌 "
     "[invasive ductal carcinoma]\n", {"L": "-", "R": "M"}),
    ("臨床情報 [Clinical history]: 右乳房腫瘤 [right breast mass]\n右乳房 針生検 [Right breast, core biopsy]: "
     "浸潤性乳管癌 [invasive ductal carcinoma]\n", {"L": "-", "R": "M"}),
    ("検体 [Specimen]: 右乳房 針生検\n病理診断：\n右乳房 針生検 [Right breast, core biopsy]: 浸潤性乳管癌 "
     "[invasive ductal carcinoma]\n", {"L": "-", "R": "M"}),
    # the English equivalent
    ("Clinical history: right breast mass\nRight breast, core biopsy: invasive ductal carcinoma\n",
     {"L": "-", "R": "M"}),
    # keep: the glossed history on its own line is history
    ("病理診断報告書 [Pathology report]\n臨床情報 [Clinical history]: 左乳癌 術後 [left breast cancer, after surgery]\n"
     "【病理診断 Diagnosis】\n右乳房 針生検 [Right breast, core biopsy]: 線維腺腫 [fibroadenoma]\n",
     {"L": "-", "R": "B"}),
]


@pytest.mark.parametrize(("text", "expected"), _CJK_GLOSSED)
def test_a_glossed_cjk_heading_holds_only_its_own_field(text: str, expected: dict) -> None:
    assert labels(text) == expected


# ---- the Italian side correction: the note must correct the breast, not an axillary node
def test_an_italian_correction_of_the_node_side_moves_no_breast_diagnosis() -> None:
    node = ("REFERTO ISTOLOGICO - RETTIFICA\nRETTIFICA del 03/06/2026: il linfonodo proviene dall'ascella SINISTRA "
            "[the node is from the LEFT axilla], non dalla destra come erroneamente riportato [not the right as "
            "erroneously reported].\n\nDiagnosi (come originariamente emessa):\nMammella destra, agobiopsia: "
            "fibroadenoma.\n")
    assert labels(node) == {"L": "-", "R": "B"}
    # keep: the glossed breast correction moves the diagnosis
    breast = ("REFERTO ISTOLOGICO - RETTIFICA\nRETTIFICA del 03/06/2026: il campione proviene dalla mammella SINISTRA "
              "[the sample is from the LEFT breast], non dalla destra come erroneamente riportato [not the right as "
              "erroneously reported].\n\nDiagnosi (come originariamente emessa):\nMammella destra, agobiopsia: "
              "fibroadenoma.\n")
    assert labels(breast) == {"L": "B", "R": "-"}


_ITALIAN_NOTE = "REFERTO ISTOLOGICO - RETTIFICA\nRETTIFICA del 03/06/2026: {}\n\nDiagnosi (come originariamente emessa):\n" \
    "Mammella destra, agobiopsia: fibroadenoma.\n"


@pytest.mark.parametrize(("note", "expected"), [
    # the note untranslated, or with one gloss only, or naming the breast twice: the side is corrected
    ("il campione proviene dalla mammella SINISTRA, non dalla destra come erroneamente riportato.", {"L": "B", "R": "-"}),
    ("il campione proviene dalla mammella SINISTRA [the sample is from the LEFT breast], non dalla destra come "
     "erroneamente riportato.", {"L": "B", "R": "-"}),
    ("il campione proviene dalla mammella SINISTRA, non dalla mammella destra come erroneamente riportato.",
     {"L": "B", "R": "-"}),
    ("il campione proviene dalla mammella SINISTRA, e non dalla destra come indicato in origine.", {"L": "B", "R": "-"}),
    # near misses: an axillary node's side, a correction of something else
    ("il linfonodo proviene dall'ascella SINISTRA, non dalla destra come erroneamente riportato.", {"L": "-", "R": "B"}),
    ("corretto il cognome della paziente, non il lato.", {"L": "-", "R": "B"}),
])
def test_an_italian_breast_side_correction_translated_or_not(note: str, expected: dict) -> None:
    assert labels(_ITALIAN_NOTE.format(note)) == expected
