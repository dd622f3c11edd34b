"""Second review of the b101 pathology rules (after their first narrowing): the over-reaches it confirmed, with their
right labels, and the cases the rules must keep reading as they do."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels

# ---- rule 1, a dictation's history heading after a full stop: a full stop after a single letter ends the history's
# sentence unless the letter is an initial, so the diagnosis said after "stage I." / "hepatitis B." still labels
_DICTATION_HISTORY = [
    ("Dictated by Dr. K. Obi. History: prior right breast carcinoma, stage I. Left breast core: fibroadenoma.",
     {"L": "B", "R": "-"}),
    ("Dictated by Dr. K. Obi. History: prior right breast carcinoma, grade I. Left breast core: fibroadenoma.",
     {"L": "B", "R": "-"}),
    ("Dictation. Clinical history: right breast IDC 2019, hepatitis B. Left breast, core: invasive lobular carcinoma.",
     {"L": "M", "R": "-"}),
    ("Dictation. Clinical history: right breast DCIS 2015, vitamin D. Left breast core: fibroadenoma.",
     {"L": "B", "R": "-"}),
    # (optional items: short forms end no sentence)
    ("Dictation. History: pt. had right breast cancer 2019. Final diagnosis: left breast, core: fibroadenoma.",
     {"L": "B", "R": "-"}),
    ("Dictation. History: specimen no. 3, right breast DCIS 2017 excised. Final diagnosis: left breast, core: "
     "fibroadenoma.", {"L": "B", "R": "-"}),
    # keep: the history ends at its sentence; initials after a title, another initial or a person word end nothing
    ("Dictation. History: left breast lump; left breast core: invasive ductal carcinoma, grade 2.", {"L": "M", "R": "-"}),
    ("Dictation. Clinical history: right breast cancer 2019; left breast core today: fibroadenoma. Final diagnosis: see "
     "above.", {"L": "B", "R": "-"}),
    ("Dictated by Dr. K. Obi. History: lump. Left breast core: invasive ductal carcinoma. Final diagnosis: see above.",
     {"L": "M", "R": "-"}),
    ("Dictation. History: seen by J. Smith for right breast carcinoma 2019. Left breast core: fibroadenoma.",
     {"L": "B", "R": "-"}),
    ("Dictated by Dr. K. Obi. History: right breast cancer treated by Dr. A. B. Lee in 2019. Left breast core: "
     "fibroadenoma.", {"L": "B", "R": "-"}),
    ("Dictation. History: patient J. Doe, right breast DCIS 2016. Left breast core: fibroadenoma.", {"L": "B", "R": "-"}),
    ("Dictation. History: right breast cancer 2019, e.g. 2019 excision. Left breast core: fibroadenoma.",
     {"L": "B", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), _DICTATION_HISTORY)
def test_dictation_history_ends_at_a_letters_full_stop(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


# ---- rule 3, terse "L - ..." items: a "Prior:" line lists the patient's earlier results, history (rule 2)
_TERSE_ITEMS = [
    ("Prior: L - DCIS 2018\nR - benign 2019\nDx: right breast core: fibroadenoma.\n", {"L": "-", "R": "B"}),
    # keep
    ("Previous pathology: L - DCIS 2018\nR - benign 2019\nDx: right breast core: fibroadenoma.\n", {"L": "-", "R": "B"}),
    ("Dx: L - fibroadenoma.\n    R - invasive lobular carcinoma.\n", {"L": "B", "R": "M"}),
    ("Prior: none.\nDx: L - fibroadenoma.\n    R - invasive lobular carcinoma.\n", {"L": "B", "R": "M"}),
]


@pytest.mark.parametrize(("text", "expected"), _TERSE_ITEMS)
def test_prior_line_is_history(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


# ---- rule 4, a supplementary report on another specimen adds only when it revises nothing: one that supersedes,
# replaces, corrects, reclassifies or up-/downgrades the first diagnosis, and one on further samples of the same
# block, replace it (rule 1)
_DCIS = "DIAGNOSIS:\nRight breast, core: ductal carcinoma in situ.\n\n"
_ADH = "DIAGNOSIS:\nRight breast, core: atypical ductal hyperplasia.\n\n"
_SUPPLEMENT = [
    (_DCIS + "SUPPLEMENTARY REPORT (further specimen received 05/05): The excision supersedes the core diagnosis above.\n"
     "Right breast: atypical ductal hyperplasia.\n", {"L": "-", "R": "B"}),
    (_DCIS + "SUPPLEMENTARY REPORT (additional specimen received): the diagnosis above is replaced by: Right breast, "
     "core: atypical ductal hyperplasia.\n", {"L": "-", "R": "B"}),
    (_DCIS + "SUPPLEMENTARY REPORT (second specimen received): the diagnosis above should read: Right breast, core: "
     "atypical ductal hyperplasia.\n", {"L": "-", "R": "B"}),
    (_DCIS + "ADDENDUM (additional specimen received): the core lesion is reclassified as atypical ductal hyperplasia.\n"
     "Right breast, core: atypical ductal hyperplasia.\n", {"L": "-", "R": "B"}),
    (_DCIS + "ADDENDUM (new specimen received): corrected diagnosis: Right breast, core: atypical ductal hyperplasia.\n",
     {"L": "-", "R": "B"}),
    (_DCIS + "SUPPLEMENTARY REPORT (further specimen received): the final diagnosis is now: Right breast: atypical "
     "ductal hyperplasia.\n", {"L": "-", "R": "B"}),
    (_DCIS + "SUPPLEMENTARY REPORT (additional specimen received): Diagnosis corrected to: Right breast, core: atypical "
     "ductal hyperplasia.\n", {"L": "-", "R": "B"}),
    (_ADH + "SUPPLEMENTARY REPORT: Further samples (deeper levels) received from block A1 show invasive carcinoma, "
     "upgrading the diagnosis.\nRight breast, core: invasive ductal carcinoma.\n", {"L": "-", "R": "M"}),
    (_ADH + "SUPPLEMENTARY REPORT (additional samples received from the same block): final diagnosis: Right breast, "
     "core: ductal carcinoma in situ.\n", {"L": "-", "R": "M"}),
    # (optional items)
    (_DCIS + "SUPPLEMENTARY REPORT (additional specimen received): the diagnosis is changed to: Right breast, core: "
     "atypical ductal hyperplasia.\n", {"L": "-", "R": "B"}),
    (_DCIS + "SUPPLEMENTARY REPORT (further specimen received): the core lesion is downgraded to atypical ductal "
     "hyperplasia.\nRight breast, core: atypical ductal hyperplasia.\n", {"L": "-", "R": "B"}),
    (_DCIS + "SUPPLEMENTARY REPORT (second specimen received): the diagnosis of DCIS is not supported.\nRight breast, "
     "core: atypical ductal hyperplasia.\n", {"L": "-", "R": "B"}),
    # keep: another specimen's diagnosis is added
    (_DCIS + "SUPPLEMENTARY REPORT (separate specimen received, right breast 2 o'clock): Right breast, 2 o'clock core: "
     "fibroadenoma.\n", {"L": "-", "R": "BM"}),
    (_DCIS + "SUPPLEMENTARY REPORT (second specimen received 27/03/2026, left breast core): Left breast, core: "
     "sclerosing adenosis.\n", {"L": "B", "R": "M"}),
]


@pytest.mark.parametrize(("text", "expected"), _SUPPLEMENT)
def test_supplement_that_revises_replaces(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


# ---- rule 6, an Italian side correction moves the diagnosis only when it is said of this report's sample
_HEAD = "REFERTO ISTOLOGICO - RETTIFICA\nRETTIFICA del 03/06/2026: "
_REPRINT = "\n\nDiagnosi (come originariamente emessa):\nMammella destra, agobiopsia: fibroadenoma.\n"
_FA_RIGHT = "Diagnosi:\nMammella destra, agobiopsia: fibroadenoma.\n"
_ITALIAN = [
    (_HEAD + "la pregressa mastectomia era dalla mammella SINISTRA, non dalla destra come riportato nell'anamnesi."
     + _REPRINT, {"L": "-", "R": "B"}),
    (_HEAD + "il precedente carcinoma (2018) proveniva dalla mammella SINISTRA, non dalla destra come erroneamente "
     "riportato." + _REPRINT, {"L": "-", "R": "B"}),
    (_FA_RIGHT + "ADDENDUM: ER/PR eseguiti su materiale dalla mammella SINISTRA, non dalla destra come indicato nella "
     "richiesta (blocco di revisione 2019).\n", {"L": "-", "R": "B"}),
    (_FA_RIGHT + "Mammella sinistra, agobiopsia: carcinoma duttale infiltrante.\nADDENDUM: il campione di recettori "
     "proviene dalla mammella SINISTRA, non dalla destra come erroneamente riportato.\n", {"L": "M", "R": "B"}),
    (_FA_RIGHT + "ADDENDUM: la precedente biopsia (2018) era dalla mammella SINISTRA, non dalla destra come riportato "
     "in origine.\n", {"L": "-", "R": "B"}),
    # keep: this report's sample corrected
    (_HEAD + "il campione proviene dalla mammella SINISTRA, non dalla destra come erroneamente riportato." + _REPRINT,
     {"L": "B", "R": "-"}),
    (_FA_RIGHT + "ADDENDUM: il prelievo proviene dalla mammella SINISTRA, non dalla destra come erroneamente "
     "riportato.\n", {"L": "B", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), _ITALIAN)
def test_italian_correction_of_this_sample_only(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected
