"""Review p116 of the b116 pathology rules: each rule narrowed to the wordings it was written for. Every confirmed
over-reach of the review with its right labels, beside the intended wordings that must still read."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels

RIGHT_IDC = "\n\nDiagnosis: Right breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
RT_IDC = "\n\nDiagnosis: Rt. breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
LEFT_M = {"L": "M", "R": "-"}
RIGHT_M = {"L": "-", "R": "M"}


@pytest.mark.parametrize(("text", "expected"), [
    # the erratum's own wordings: "where the report reads <old>, it must / should read <new>", quoted or not
    ('Amendment: where the report reads "Rt. breast", it must read "Lt. breast".' + RT_IDC, LEFT_M),
    ("Amendment: where the report reads Rt breast, it should read Lt breast." + RIGHT_IDC, LEFT_M),
    ('Correction: where the diagnosis reads "RT. BREAST", it must read "LT. BREAST".' + RT_IDC, LEFT_M),
    ('Addendum: where it reads "Rt.breast", it must read "Lt.breast".' + RT_IDC, LEFT_M),
    ('Amendment: where the report reads "Rt. breast", it must read "left breast".' + RT_IDC, LEFT_M),
    ('Amendment: for "Rt. breast" read "Lt. breast".' + RT_IDC, LEFT_M),
    # (cheap under-reaches: the side with "side", the breast word wrapped to the next line)
    ('Amendment: where the report reads "Rt. side", it must read "Lt. side".' + RT_IDC, LEFT_M),
    ('Amendment: where the report reads "Rt\nbreast", it must read "Lt breast".' + RT_IDC, LEFT_M),
    # guards kept: another document, the report said correct, another site
    ('Amendment: where the report reads "Rt. breast", it must read "Lt. breast" in the clinic letter.' + RT_IDC,
     RIGHT_M),
    ('Amendment: where the request form reads "Rt. breast", it must read "Lt. breast"; the report is correct.'
     + RT_IDC, RIGHT_M),
    ('Amendment: where the report reads "Rt. axilla", it must read "Lt. axilla".' + RT_IDC, RIGHT_M),
    # review over-reaches E09, E11, E12, E15, E29, E34, E21: a clinical note's "for Rt breast ... read ... Lt breast"
    ("Clinical history: MRI for Rt breast read as BIRADS 4 and Lt breast BIRADS 2." + RIGHT_IDC, RIGHT_M),
    ("Note: slides for Rt breast cores were read by Dr Smith and Lt breast excision by Dr Jones." + RIGHT_IDC
     + "Left breast, excision: fibroadenoma.\n", {"L": "B", "R": "M"}),
    ("Clinical: second opinion for Rt breast cores to be read with Lt breast excision S23-100." + RIGHT_IDC, RIGHT_M),
    ("Note: the cassettes for Rt. breast are to be read together with Lt. breast blocks." + RT_IDC, RIGHT_M),
    ("Clinical: Request for Rt breast US read (Lt breast done 2023)." + RIGHT_IDC, RIGHT_M),
    ("Clinical: Core for Rt breast mass, read alongside Lt breast FNA C2." + RIGHT_IDC, RIGHT_M),
    ("Request: core for Rt breast lesion, stand alone Lt breast imaging normal." + RIGHT_IDC, RIGHT_M),
])
def test_abbreviated_side_erratum_only_in_an_erratum_wording(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


PAGET = ("Clinical information: Rt. nipple eczema. Lt. breast normal.\n\n{heading} Ducts show ductal carcinoma in situ, "
         "high grade.\n\nDiagnosis: Rt. nipple, wedge excision: Paget's disease of the nipple with underlying DCIS.\n")


@pytest.mark.parametrize(("text", "expected"), [
    # with a diagnosis section, "Microscopic findings" / "Gross findings" text does not label
    (PAGET.format(heading="Microscopic findings:"), RIGHT_M),
    (PAGET.format(heading="Microscopic Findings -"), RIGHT_M),
    ("Clinical information: Rt. nipple eczema. Lt. breast normal.\n\nGross findings: Lt. breast fibroadenoma excised "
     "2019, not received.\n\nDiagnosis: Rt. nipple, wedge excision: Paget's disease of the nipple.\n", RIGHT_M),
    ("Gross findings: two cores, left breast.\nLeft breast, core biopsy: invasive ductal carcinoma.\n", LEFT_M),
    # review over-reach S27: with no diagnosis section, the line after the gross text is the diagnosis
    ("Left breast core biopsy.\nGross findings: three cores.\nInvasive ductal carcinoma, grade 2.\n", LEFT_M),
    ("Left breast core biopsy.\nGross findings: three cores.\n\nInvasive ductal carcinoma, grade 2.\n", LEFT_M),
    ("Specimen: Left breast core.\nGross findings: three cores.\nMicroscopic findings: invasive ductal carcinoma, "
     "grade 2.\n", LEFT_M),
])
def test_findings_headings(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the bare heading inside the clinical details' paragraph, the report's own diagnosis heading after it: history
    ("Clinical details: lump for 1 year.\nProvisional diagnosis: Fibroadenoma ? Phyllodes tumour.\n\nDiagnosis: Left "
     "breast lump, excision: FIBROADENOMA.\n", {"L": "B", "R": "-"}),
    ("Clinical details: Left breast lump.\nProvisional diagnosis: Phyllodes tumour.\nDiagnosis: Left breast lump, "
     "excision: fibroadenoma.\n", {"L": "B", "R": "-"}),
    ("Clinical details: Left breast lump.\nProvisional Dx: Phyllodes tumour.\n\nDiagnosis: Left breast lump, excision: "
     "fibroadenoma.\n", {"L": "B", "R": "-"}),
    ("Clinical details:  lump for 1 year\n   Provisional diagnosis: Fibroadenoma ? Phyllodes tumour.\n\nDiagnosis: "
     "Left breast lump, excision: FIBROADENOMA.\n", {"L": "B", "R": "-"}),
    ("Hx: L breast lump\nProvisional dx: FA\n\nDx: L breast core: invasive ductal carcinoma.\n", LEFT_M),
    # review over-reaches P19, P22, P32, P31: a qualifier naming the pathologist, frozen section or pending tests
    ("Clinical history: Left breast lump.\nProvisional diagnosis (pathologist): Left breast core: invasive ductal "
     "carcinoma, grade 2.\n", LEFT_M),
    ("Clinical history: Left breast lump.\nProvisional diagnosis (frozen section): Left breast: invasive ductal "
     "carcinoma.\n", LEFT_M),
    ("Clinical history: Left breast lump.\nProvisional diagnosis - pathologist: Left breast core: invasive lobular "
     "carcinoma.\n", LEFT_M),
    ("Clinical history: Left breast lump.\nProvisional diagnosis (pending immunohistochemistry): Left breast core: "
     "invasive lobular carcinoma.\n", LEFT_M),
    # review P27, P05, P26: no diagnosis heading after it, the provisional diagnosis is the report's own
    ("Clinical history: left breast lump.\nProvisional diagnosis: Left breast core, invasive carcinoma, NST, grade 2, "
     "provisional pending levels.\nReported by: Dr A, Consultant Histopathologist.\n", LEFT_M),
    ("PRELIMINARY REPORT\nClinical history: left breast mass.\nProvisional diagnosis: Left breast core: invasive ductal "
     "carcinoma, grade 2. Final report with receptors to follow.\n", LEFT_M),
    ("Clinical history: Left breast lump.\nProvisional diagnosis: Left breast core: invasive ductal carcinoma.\n"
     "Addendum: ER positive.\n", LEFT_M),
    # near misses kept: a blank line before it, another section before it
    ("Clinical details: Left breast lump.\n\nProvisional diagnosis: Left breast core: invasive ductal carcinoma, "
     "grade 2. Receptors to follow.\n", LEFT_M),
    ("Specimen: Left breast core.\nProvisional diagnosis: phyllodes tumour, benign.\n", LEFT_M),
])
def test_provisional_diagnosis_heading(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected
