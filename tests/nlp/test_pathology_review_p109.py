"""Review p109: the over-reaches it confirmed in the b109 rules, each with the label it should read, and the changes
it found right (rule 2, "after a/the <entity> excision" is history). Rules 1, 4 and 5 were withdrawn after review
p109b; their texts here read as before b109 (test_pathology_review_p109b.py). Tests compare labels only."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels

_DICTATION = "Dictation typed 04/05/2026.\n"

# rule 1: a heading word at a line's start before a side, in a transcript that ends its paragraphs with a full stop,
# carries on the sentence the line above broke off; it opens no paragraph
_RULE_1 = [
    pytest.param(_DICTATION + "clinical details 61 year old, referral letter records a working\n"
                 "diagnosis left breast invasive lobular carcinoma\nmicro benign breast tissue, no carcinoma.\n"
                 "conclusion left breast core, benign, B1.\n", {"L": "-", "R": "-"}, id="C1a-working-diagnosis"),
    pytest.param(_DICTATION + "clinical details 61 year old, core 2024 showed\ndiagnosis right breast LCIS\n"
                 "micro fibrocystic change, no atypia.\nconclusion right breast excision, fibrocystic change.\n",
                 {"L": "-", "R": "-"}, id="C1b-showed-diagnosis"),
    pytest.param(_DICTATION + "clinical details 52 year old, outside core reported as showing a\n"
                 "diagnosis right breast DCIS high grade\nfor wide local excision.\n"
                 "macro right breast wide local excision, 40 g, scar at 10 o'clock.\n"
                 "micro healing biopsy cavity with fat necrosis, no residual carcinoma seen.\n"
                 "conclusion right breast WLE, biopsy site changes, no residual DCIS.\n",
                 {"L": "-", "R": "B"}, id="C1c-showing-a-diagnosis"),
    pytest.param(_DICTATION + "clinical details left mass, right calcifications.\n"
                 "conclusion left breast core, fibroadenoma. Second\n"
                 "specimen right breast core ductal carcinoma in situ\n", {"L": "B", "R": "M"}, id="C1d-second-specimen"),
    pytest.param(_DICTATION + "clinical details left mass, right calcifications.\n"
                 "conclusion left breast core, fibroadenoma. The other\n"
                 "specimen right breast core shows ductal carcinoma in situ\n", {"L": "B", "R": "M"},
                 id="C1d-the-other-specimen"),
    pytest.param(_DICTATION + "clinical details right breast mass, core.\n"
                 "micro fibroepithelial lesion with no stromal overgrowth.\n"
                 "comment reviewed at MDT, concordant with the imaging\ndiagnosis right breast fibroadenoma\n",
                 {"L": "-", "R": "-"}, id="C1e-imaging-diagnosis"),
]

# rule 3: a supplementary report naming one specimen revises only that specimen's breast where the original names
# both breasts and the revised diagnosis names its specimen; else it replaces the diagnosis it supplements
_ONE_CORE = "Diagnosis: Right breast core: atypical ductal hyperplasia, levels to follow.\n"
_RULE_3 = [
    pytest.param(_ONE_CORE + "SUPPLEMENTARY REPORT (levels, specimen 1): Final diagnosis, specimen 1 (left breast): "
                 "ductal carcinoma in situ, low grade.\n", {"L": "M", "R": "-"}, id="C3a-one-specimen-other-side"),
    pytest.param(_ONE_CORE + "SUPPLEMENTARY REPORT (levels, specimen 1): Final diagnosis, specimen 1 (left breast): "
                 "ductal carcinoma in situ, low grade. Specimen container labelled left.\n", {"L": "M", "R": "-"},
                 id="C3a-container-labelled"),
    pytest.param("Diagnosis: Left breast core: invasive ductal carcinoma. Right breast core: fibroadenoma.\n"
                 "SUPPLEMENTARY REPORT (specimen 1): this replaces the original report in full. Final diagnosis "
                 "(left breast): invasive lobular carcinoma.\n", {"L": "M", "R": "-"}, id="C3b-replaces-in-full"),
]

# rule 4: a lower-case dated diagnosis, conclusion or review heading below a labelled field line opens its section
_RULE_4 = [
    pytest.param("Clinical history: lump in the left breast\ndiagnosis 12/03/2026 - invasive ductal carcinoma, "
                 "grade 2\n", {"L": "M", "R": "-"}, id="history-then-diagnosis"),
    pytest.param("History: right breast lump, previous fibroadenoma removed\nconclusion 12/03/2026 - right breast "
                 "core, invasive ductal carcinoma\n", {"L": "-", "R": "M"}, id="history-then-conclusion"),
    pytest.param("clinical history: lump in the right breast\nfinal diagnosis 12/03/2026 - right breast core, "
                 "fibroadenoma\n", {"L": "-", "R": "B"}, id="history-then-final-diagnosis"),
    pytest.param("clinical history: lump in the right breast\ndiagnosis (12/03/2026) right breast core, "
                 "fibroadenoma\n", {"L": "-", "R": "B"}, id="history-then-bracketed-date"),
    pytest.param("Specimen: left breast core, two cores in formalin\ndiagnosis 12.03.2026 - invasive lobular "
                 "carcinoma, grade 2\n", {"L": "M", "R": "-"}, id="specimen-then-diagnosis"),
    pytest.param("Outside diagnosis: Left breast core: DCIS, reported at the district hospital\nreview 05/04/2026 - "
                 "atypical ductal hyperplasia, no DCIS\n", {"L": "B", "R": "-"}, id="outside-then-review"),
]

# rule 5: the line below a "Patient: ...   Clinical: ..." header that opens a statement of its own is no wrapped
# clinical phrase
_PATIENT = "Patient: Roe, Ann   Clinical: "
_RULE_5 = [
    pytest.param(_PATIENT + "left breast lump\nleft breast core - invasive ductal carcinoma, grade 2.\n",
                 {"L": "M", "R": "-"}, id="side-site-dash-result"),
    pytest.param(_PATIENT + "left breast lump\nleft breast core: invasive ductal carcinoma, grade 2.\n",
                 {"L": "M", "R": "-"}, id="side-site-colon-result"),
    pytest.param(_PATIENT + "left breast lump\nfinal diagnosis left breast core - invasive ductal carcinoma, grade 2.\n",
                 {"L": "M", "R": "-"}, id="heading-word"),
    pytest.param(_PATIENT + "right breast calcs\nleft breast wide local excision - fibroadenoma, 20 mm.\n",
                 {"L": "B", "R": "-"}, id="other-side-excision"),
    pytest.param(_PATIENT + "left breast mass,\nleft breast core biopsy: invasive lobular carcinoma.\n",
                 {"L": "M", "R": "-"}, id="after-a-comma"),
]

# rule 2: the changes the review found right
_RULE_2 = [
    pytest.param("Left breast, re-excision after a DCIS excision in 2025: fibrocystic change, no residual disease.\n",
                 {"L": "-", "R": "-"}, id="after-a-dcis-excision"),
    pytest.param("Right chest wall nodule after his DCIS mastectomy: fibrosis only.\n", {"L": "-", "R": "-"},
                 id="after-his-dcis-mastectomy"),
    pytest.param("Left breast, re-excision after a phyllodes tumour excision: fibrosis and fat necrosis.\n",
                 {"L": "-", "R": "-"}, id="after-a-phyllodes-excision"),
    pytest.param("Left breast, re-excision after the ADH excision: ductal carcinoma in situ, low grade, 3 mm.\n",
                 {"L": "M", "R": "-"}, id="after-the-adh-excision"),
]


@pytest.mark.parametrize(("text", "expected"), _RULE_1 + _RULE_3 + _RULE_4 + _RULE_5 + _RULE_2)
def test_review_p109_text_reads_right(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected
