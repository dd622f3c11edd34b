"""Review code6's consistency findings in the pathology reader: a quoted abbreviated erratum that does not stand no
longer hides a later real erratum (C1), a bare "shows" after a comma is no statement that a diagnosis not made was made
after all (C2), a "Tumour:" / "Histology:" field is no diagnosis section of its own (C3), a final diagnosis that opens
with "Confirmed" or a receptor and goes on to name a diagnosis states one (C4), and an amendment dated with dashes
heads an abbreviated erratum (C8); each with the wordings the rule must keep."""

from __future__ import annotations

import pytest

from nlp.pathology import breast_states


def labels(text: str) -> dict[str, str]:
    """Per-breast labels: "?" (in review), else "-", "B", "M" or "BM"."""
    return {side: "?" if st["needs_review"] else ("B" if st["benign"] else "") + ("M" if st["malignant"] else "") or "-"
            for side, st in breast_states(text).items()}


CASES = [
    # C1: the quoted, conditional abbreviated erratum is passed over; the real erratum after it moves the diagnosis
    ('Right breast, core biopsy: invasive ductal carcinoma.\nThe request form was in error: where it reads "Rt. '
     'breast", it must read "Lt. breast" only if the pot says so.\nAmendment 05/03: where the report reads "right '
     'breast", it must read "LEFT BREAST".\n', "M", "-"),
    ('Right breast, core biopsy: invasive ductal carcinoma.\nAmendment 05/03: where the report reads "right breast", '
     'it must read "LEFT BREAST".\n', "M", "-"),
    # ... while the conditional one alone still moves nothing
    ('Right breast, core biopsy: invasive ductal carcinoma.\nThe request form was in error: where it reads "Rt. '
     'breast", it must read "Lt. breast" only if the pot says so.\n', "-", "M"),
    # C2: "which shows ADH only" / "as the core shows ..." name what the core shows, not the carcinoma made
    ("Left breast, core biopsy: a definite diagnosis of invasive carcinoma cannot be made on this limited material, "
     "which shows atypical ductal hyperplasia only.\n", "B", "-"),
    ("Left breast, core biopsy: a diagnosis of invasive carcinoma cannot be made, as the core shows only a few "
     "atypical cells.\n", "-", "-"),
    ("Left breast, core biopsy: a definite diagnosis of invasive carcinoma cannot be made on this limited material.\n",
     "-", "-"),
    # ... a statement that it was made, or a shown-verb with the diagnosis as its object, still makes it
    ("Left breast: a diagnosis of invasive carcinoma could not be made on the core, but was confirmed on excision.\n",
     "M", "-"),
    ("Left breast: although a diagnosis of invasive carcinoma could not be made on the core, the excision confirms "
     "it.\n", "M", "-"),
    ("Left breast: a diagnosis of invasive carcinoma could not be established until the excision, which showed "
     "it.\n", "M", "-"),
    # C3: a "Tumour:" or "Histology:" field after the provisional line is no diagnosis section of its own: the
    # provisional stays the report's only diagnosis
    ("Clinical history: left breast lump.\nProvisional diagnosis: Fibroadenoma.\nTumour: 12 mm.\n", "B", "-"),
    ("Clinical history: left breast lump.\nProvisional diagnosis: Fibroadenoma.\nHistology: grade 2.\n", "B", "-"),
    ("Clinical history: left breast lump.\nProvisional diagnosis: Invasive ductal carcinoma.\nTumour: 12 mm.\n", "M",
     "-"),
    ("Clinical history: left breast lump.\nProvisional diagnosis: Fibroadenoma.\n", "B", "-"),
    # ... while a real diagnosis section after it makes the provisional the clinician's
    ("Clinical history: left breast lump.\nProvisional diagnosis: Fibroadenoma.\nDiagnosis: Left breast core: "
     "invasive ductal carcinoma.\n", "M", "-"),
    ("Clinical history: left breast mass.\nProvisional diagnosis: Left breast core: invasive ductal carcinoma, grade "
     "2.\nTumour: 12 mm.\n", "M", "-"),
    ("Clinical history: left breast mass.\nProvisional diagnosis: Left breast core: invasive ductal carcinoma, grade "
     "2.\nHistology: grade 2.\n", "M", "-"),
    ("Clinical history: left breast mass.\nProvisional diagnosis: Left breast core: invasive ductal carcinoma, grade "
     "2.\n", "M", "-"),
    # C4: a final diagnosis opening with a receptor or "Confirmed" that names a diagnosis states one of its own
    ("Clinical details: left breast lump.\nProvisional diagnosis: Fibroadenoma.\n\nFinal diagnosis: ER-positive "
     "invasive ductal carcinoma, grade 2, left breast core.\n", "M", "-"),
    ("Clinical details: left breast lump.\nProvisional diagnosis: Fibroadenoma.\n\nFinal diagnosis: Confirmed "
     "invasive ductal carcinoma, grade 2, left breast core.\n", "M", "-"),
    ("Clinical details: left breast lump.\nProvisional diagnosis: Fibroadenoma.\n\nFinal diagnosis: Invasive ductal "
     "carcinoma, grade 2, left breast core.\n", "M", "-"),
    # C8: "Amendment 04-03-2026:" heads the abbreviated erratum as "Amendment 04/03/2026:" does
    ('Right breast, core biopsy: invasive ductal carcinoma.\nAmendment 04-03-2026: where the report reads "Rt. breast",'
     ' it must read "Lt. breast".\n', "M", "-"),
    ('Right breast, core biopsy: invasive ductal carcinoma.\nAmendment 04/03/2026: where the report reads "Rt. breast",'
     ' it must read "Lt. breast".\n', "M", "-"),
]


@pytest.mark.parametrize(("text", "left", "right"), CASES)
def test_labels(text: str, left: str, right: str) -> None:
    assert labels(text) == {"L": left, "R": right}
