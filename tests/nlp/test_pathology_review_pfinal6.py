"""Review pfinal6 of the round's pathology rules: every confirmed over-reach (new wrong where old right) with its right
labels, beside near misses where each narrowed rule must still read."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels


@pytest.mark.parametrize(("text", "expected"), [
    # rule 1: a labelled pathology line naming a breast side ends a bare determination heading's block
    ('LISTINGS\n13.10A - met\nSurgical pathology: invasive ductal carcinoma of the right breast, 4.1 '
     'cm, with skin ulceration (excision 01/2026).\n',
     {"L": "-", "R": "M"}),  # D37
    ('MDI\nMalignant neoplasm of breast   Primary   Severe\nSurgical pathology: invasive lobular '
     'carcinoma of the left breast, 30 mm (mastectomy 01/2026).\n',
     {"L": "M", "R": "-"}),  # D43
    # rule 2: a pathologist's own 'presumption to be confirmed' is no scheme
    ('Intraoperative consultation: left breast mass, frozen section - presumptive cancer (presumption '
     'to be confirmed on permanent sections).\n',
     {"L": "M", "R": "-"}),  # p04
    # rule 3: our / my firm belief is the pathologist's opinion, not the patient's belief
    ('Consultation: It is our firm belief that she has invasive lobular carcinoma, not ductal, given '
     'E-cadherin loss on the left breast core.\n',
     {"L": "M", "R": "-"}),  # b02
    ('Consultation: It is my belief that she has a low-grade phyllodes tumour rather than a '
     'fibroadenoma (left breast excision).\n',
     {"L": "M", "R": "-"}),  # B31
    # rule 4: a previous excision site after a distance or direction is a landmark, no scar
    ('Left breast, re-excision: residual DCIS lying 3 mm beyond the previous excision site.\n',
     {"L": "M", "R": "-"}),  # x03
    ('Left breast, re-excision: residual DCIS extends 5 mm past the previous excision site.\n',
     {"L": "M", "R": "-"}),  # X31
    # rule 5: an abbreviated erratum withdrawn or limited on its line or the next, or pasted under another document's heading
    ('Amendment: where the report reads "Rt. breast", it must read "Lt. breast".\nThis amendment was '
     'withdrawn on 05/03/2026; the original side was correct.\nDiagnosis: Rt. breast, core: invasive '
     'ductal carcinoma.\n',
     {"L": "-", "R": "M"}),  # e04
    ('Where the report reads "Rt. breast", it must read "Lt. breast". This applies to report S25-1002 '
     'only.\nDiagnosis: Rt. breast, core: fibroadenoma.\n',
     {"L": "-", "R": "B"}),  # e05
    ('MDT SUMMARY\nRadiology addendum (pasted):\nWhere the report reads "Rt. breast", it must read "Lt. '
     'breast".\n\nPathology: Rt. breast, core: fibroadenoma.\n',
     {"L": "-", "R": "B"}),  # E33
    ('Amendment: where the report reads "Rt. breast", it must read "Lt. breast". Correction applies to '
     'the specimen label only; the lesion sampled was in the right breast.\nDiagnosis: Rt. breast, '
     'core: invasive ductal carcinoma.\n',
     {"L": "-", "R": "M"}),  # E35
    # rule 7: a provisional line naming a specimen or grade, or a later diagnosis that defers in its text
    ('Clinical details: 55F, mass right breast UOQ.\nProvisional diagnosis: Invasive carcinoma\nFinal '
     'diagnosis: Right breast, core: see comment.\nComment: The core shows invasive ductal carcinoma, '
     'grade 2.\n',
     {"L": "-", "R": "M"}),  # v06
    ('Clinical details: right breast mass.\nProvisional diagnosis: Right breast core: invasive ductal '
     'carcinoma.\nFinal diagnosis: Right breast, core: pending immunohistochemistry.\n',
     {"L": "-", "R": "M"}),  # V32
    ('Clinical details: left breast mass.\nProvisional diagnosis: Left breast core: DCIS, high '
     'grade.\nDiagnosis: Left breast core - deferred to MDT review.\n',
     {"L": "M", "R": "-"}),  # V33
    ('Clinical details: left breast lump, 4 cm.\nProvisional diagnosis: phyllodes tumour\nDiagnosis: '
     'Awaiting levels; report to follow.\n',
     {"L": "M", "R": "-"}),  # v17
    ('Clinical details: Left breast lump, 2 cm, mobile.\nProvisional diagnosis: '
     'fibroadenoma\nDiagnosis: Consistent with provisional diagnosis.\n',
     {"L": "B", "R": "-"}),  # V31
    ('Clinical details: Right breast lump.\nProvisional diagnosis: fibroadenoma\nDiagnosis: Same as provisional.\n',
     {"L": "-", "R": "B"}),  # V34
    ('Clinical history: left breast mass.\nProvisional diagnosis: Left breast core: invasive ductal '
     'carcinoma, grade 2 (telephoned to Mr Khan 10/03/2026 by Dr Lee).\nDiagnosis: Right breast core: '
     'fibroadenoma.\n',
     {"L": "M", "R": "B"}),  # v03
    # rule 8: a diagnosis said not made, then said made after 'and', a semicolon or with another verb
    ('Left breast core: A diagnosis of invasive carcinoma could not be made on the core and was only '
     'established on the excision specimen (S26-881).\n',
     {"L": "M", "R": "-"}),  # n03
    ('Left breast core: A diagnosis of DCIS cannot be made on this material, but it was demonstrated on '
     'the subsequent excision.\n',
     {"L": "M", "R": "-"}),  # n04
    ('Right breast: A diagnosis of invasive ductal carcinoma cannot be made on the FNA alone, but the '
     'core biopsy of the same lesion (S26-90) is diagnostic of it.\n',
     {"L": "-", "R": "M"}),  # n05
    ('Left breast, core: the diagnosis of invasive carcinoma can not be made on these levels; it is '
     'confirmed on the cytokeratin stain (loss of myoepithelium on p63).\n',
     {"L": "M", "R": "-"}),  # n10
    ('Left breast core: A diagnosis of invasive carcinoma could not be made on the core; it was '
     'established on the excision (S26-881).\n',
     {"L": "M", "R": "-"}),  # N31
])
def test_pfinal6_over_reach_reads_right(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # rule 1: a bare heading's block still holds an allegation's own side and ends at a blank line
    ("LISTINGS\n13.10A - not met\nLeft breast cancer alleged.\n", {"L": "-", "R": "-"}),
    # rule 2: the scheme's presumption over the cancer it names still files it
    ("The presumption for breast cancer does not apply.\nRight breast, excision: intraductal papilloma.\n",
     {"L": "-", "R": "B"}),
    # rule 3: the claimant's or the surgeon's belief stays a belief
    ("The claimant's belief that she has breast cancer is noted.\nRight breast, core: fibroadenoma.\n",
     {"L": "-", "R": "B"}),
    ("MDT: The surgeon's belief that she has a phyllodes tumour is not borne out; left breast excision shows "
     "fibroadenoma.\n", {"L": "B", "R": "-"}),
    # rule 4: the site as the finding's own location is still the scar
    ("Right breast, re-excision: healing previous excision site. No residual DCIS.\n", {"L": "-", "R": "B"}),
    # rule 5: the erratum standing as itself, with an unrelated reason line, still moves the side
    ('Amendment: where the report reads "Rt. breast", it must read "Lt. breast".\nReason: specimen pot mislabelled at '
     "clinic; confirmed with the surgeon.\nDiagnosis: Rt. breast, core: invasive ductal carcinoma.\n",
     {"L": "M", "R": "-"}),
    ('Addendum 11/03/2026:\nWhere the report reads "Rt. breast", it must read "Lt. breast".\nOriginal report:\nRt. '
     "breast, core biopsy: invasive ductal carcinoma, NST, grade 3.\n", {"L": "M", "R": "-"}),
    # rule 7: the clinician's working diagnosis (a side alone allowed) before the report's own diagnosis stays history
    ("Clinical details: 46F, 3 cm hard lump left breast, skin tethering.\nProvisional diagnosis: Carcinoma left "
     "breast.\nGross: Three cores.\nDiagnosis: Left breast, core biopsy: fibroadenoma with stromal hyalinisation. B2.\n",
     {"L": "B", "R": "-"}),
    # rule 8: nothing said to be shown later, in the sentence or at the next one's start
    ("Left breast core: atypical cells. A diagnosis of carcinoma cannot be made on the core. It is advised to "
     "excise.\n", {"L": "-", "R": "-"}),
    ("Left breast core: atypical cells. A diagnosis of carcinoma cannot be made on this core, but may be made on "
     "excision.\n", {"L": "-", "R": "-"}),
    ("Left breast core: atypical cells. A diagnosis of carcinoma cannot be made on the core. It was established on "
     "the excision.\n", {"L": "M", "R": "-"}),
])
def test_pfinal6_near_misses(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected
