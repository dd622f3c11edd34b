"""Review p116b (second review) of the b116 pathology rules: every confirmed over-reach with its right labels, beside
near misses where each narrowed rule must still read."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels

RT_ILC = "\n\nDiagnosis: Rt. breast, core biopsy: invasive lobular carcinoma.\n"
LEFT_M = {"L": "M", "R": "-"}
RIGHT_M = {"L": "-", "R": "M"}


@pytest.mark.parametrize(("text", "expected"), [
    # over-reaches A08, A10, A12, A25: the abbreviated erratum quoted inside another sentence, or with a condition
    ('The request form was in error: where it reads "Rt. breast", it should read "Lt. breast". The specimen pot and '
     'this report were labelled correctly.' + RT_ILC, RIGHT_M),
    ('The amendment of 02/03 (where the report reads "Rt. breast", it must read "Lt. breast") was issued in error and '
     'is withdrawn.' + RT_ILC, RIGHT_M),
    ('Clinical history: S23-4410 was amended (where the report reads "Rt. breast", it must read "Lt. breast"). Now '
     're-excision of right breast.\n\nDiagnosis: Rt. breast, re-excision: residual DCIS, high grade.\n', RIGHT_M),
    ('Audit note: where the report reads "Rt. breast", it must read "Lt. breast" only if the specimen pot says so; '
     'here the pot reads Rt.' + RT_ILC, RIGHT_M),
    # the erratum standing as itself still reads
    ('Supplementary report: where the report reads "Rt. breast", it should read "Lt. breast".' + RT_ILC, LEFT_M),
    ("ERRATUM - where the final diagnosis reads RT BREAST, it should read LT BREAST." + RT_ILC, LEFT_M),
    ("Correction: for 'Rt breast' read 'Lt breast'." + RT_ILC, LEFT_M),
    ('where the report reads "Rt. breast", it must read "Lt. breast".' + RT_ILC, LEFT_M),
])
def test_abbreviated_side_erratum_stands_as_the_erratum(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # over-reaches B20, B19, B08, B22, B09, B06: no diagnosis section heading after "Gross findings:"
    ("HISTOPATHOLOGY\nLeft breast core biopsy.\nGross findings: three cores.\nInvasive ductal carcinoma, grade 2.\n",
     LEFT_M),
    ("HISTOPATHOLOGY:\nLeft breast core biopsy.\nGross findings: three cores.\nInvasive ductal carcinoma, grade 2.\n",
     LEFT_M),
    ("Left breast core biopsy.\nTumour: 12 mm on imaging.\nGross findings: three cores.\nInvasive ductal carcinoma, "
     "grade 2.\n", LEFT_M),
    ("Specimen: Left breast core biopsy.\nTumour: see below.\nGross findings: three cores.\nInvasive ductal carcinoma, "
     "grade 2.\n", LEFT_M),
    ("Left breast core biopsy.\nHistology: requested urgently.\nGross findings: three cores.\nInvasive lobular "
     "carcinoma.\n", LEFT_M),
    ("Clinical history: lump.\nProvisional diagnosis: fibroadenoma.\nGross findings: three cores, left breast.\n"
     "Invasive ductal carcinoma, grade 2.\n", {"L": "BM", "R": "-"}),
    # near misses: a diagnosis section after the gross text still keeps the gross text from labelling
    ("HISTOPATHOLOGY\nGross findings: Lt. breast fibroadenoma excised 2019, not received.\n\nDiagnosis: Rt. breast, "
     "core biopsy: invasive lobular carcinoma.\n", RIGHT_M),
    ("Gross findings: three cores.\nDiagnosis: As above.\nLeft breast core biopsy: invasive ductal carcinoma.\n",
     LEFT_M),
])
def test_gross_findings_with_a_diagnosis_section_after_it(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


PROVISIONAL_IDC = ("Clinical history: left breast mass.\nProvisional diagnosis: Left breast core: invasive ductal "
                   "carcinoma, grade 2")


@pytest.mark.parametrize(("text", "expected"), [
    # over-reaches C02, C01, C18, C03, C19, C14: the later diagnosis section states no diagnosis of its own
    (PROVISIONAL_IDC + ".\nDiagnosis: As per provisional diagnosis; receptors to follow.\n", LEFT_M),
    (PROVISIONAL_IDC + ".\nFinal diagnosis: to follow after immunohistochemistry.\n", LEFT_M),
    (PROVISIONAL_IDC + ".\nDiagnosis: pending.\n", LEFT_M),
    (PROVISIONAL_IDC + ".\nFinal diagnosis (addendum): ER 8/8, PR 6/8, HER2 negative.\n", LEFT_M),
    ("Clinical history: Left breast mass, BIRADS 5.\nProvisional diagnosis: Left breast core: invasive ductal "
     "carcinoma, grade 2, provisional on H&E.\nFinal diagnosis: Confirmed; see above.\n", LEFT_M),
    ("Clinical history: Right breast lump.\nProvisional diagnosis: Right breast core: invasive lobular carcinoma.\n"
     "Reported by Dr B.\n\nDiagnosis (addendum): E-cadherin negative, in keeping.\n", RIGHT_M),
    # near misses: a later diagnosis of its own still makes the bare provisional line history
    ("Clinical details: Left breast lump.\nProvisional diagnosis: Phyllodes tumour.\nDiagnosis: Left breast lump, "
     "excision: fibroadenoma.\n", {"L": "B", "R": "-"}),
    ("Clinical notes: Left breast lump.\nProvisional diagnosis: Phyllodes tumour.\n\nConclusion: Left breast, "
     "excision: fibroadenoma.\n", {"L": "B", "R": "-"}),
])
def test_provisional_diagnosis_with_a_diagnosis_of_its_own_after_it(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # over-reaches D01, D02, D11: the same sentence says the diagnosis was made later
    ("Left breast core: atypical ductal proliferation. A diagnosis of DCIS could not be made on the core, but was "
     "confirmed on excision.\n", LEFT_M),
    ("Left breast: a diagnosis of invasive carcinoma could not be established until the excision, which showed a 12 "
     "mm grade 2 tumour.\n", LEFT_M),
    ("Left breast excision: Although a diagnosis of DCIS could not be made on the core, the excision confirms it.\n",
     LEFT_M),
    # near misses: nothing said to be shown later, the diagnosis stays unmade
    ("Left breast core: atypical cells. A diagnosis of carcinoma cannot be made until excision.\n",
     {"L": "-", "R": "-"}),
    ("Left breast core: atypical cells. A diagnosis of carcinoma cannot be made on this core, but may be made on "
     "excision.\n", {"L": "-", "R": "-"}),
    ("Left breast core: atypical cells. A definite diagnosis of carcinoma cannot be made on this material.\n",
     {"L": "-", "R": "-"}),
])
def test_diagnosis_made_later_in_the_same_sentence(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected
