"""The realistic profile's lesion designs: BI-RADS descriptors whose class distributions overlap."""

from __future__ import annotations

import numpy as np
import pytest

from demo_hospital.lesion_catalogue import (
    INCIDENTAL_KINDS,
    KINDS_OF_DIAGNOSIS,
    LESION_TYPES,
    LesionDesign,
    design_lesion,
    kind_for_diagnosis,
    view_of,
)
from demo_hospital.report_text import DIAGNOSES


def _designs(category: str, n: int = 3000) -> list[LesionDesign]:
    """Designs of one category, drawn as the demo draws them for biopsied lesions and findings."""
    rng = np.random.default_rng(0)
    keys = [k for k, (c, _) in DIAGNOSES.items() if c == category]
    out = [design_lesion(rng, kind_for_diagnosis(rng, keys[i % len(keys)], category)) for i in range(n)]
    if category == "benign":
        kinds = [k for k, _ in INCIDENTAL_KINDS]
        out += [design_lesion(rng, kinds[i % len(kinds)]) for i in range(n)]
    return out


def test_every_pathology_diagnosis_has_a_lesion_type_of_its_category() -> None:
    assert set(KINDS_OF_DIAGNOSIS) == set(DIAGNOSES)
    for dx, kinds in KINDS_OF_DIAGNOSIS.items():
        for kind, _ in kinds:
            assert LESION_TYPES[kind].category == DIAGNOSES[dx][0], (dx, kind)


def test_malignant_designs_overlap_the_benign_look() -> None:
    mal = _designs("malignant")
    no_shadow = np.mean([d.posterior not in ("shadowing", "combined") for d in mal])
    wide = np.mean([d.aspect < 1.0 for d in mal])
    circumscribed = np.mean([d.margin == "circumscribed" and d.posterior != "shadowing" for d in mal])
    assert no_shadow >= 0.25 and wide >= 0.25 and circumscribed >= 0.08


def test_benign_designs_include_shadowing_and_taller_than_wide_mimics() -> None:
    ben = _designs("benign")
    assert np.mean([d.posterior in ("shadowing", "combined") for d in ben]) >= 0.10
    assert np.mean([d.aspect > 1.0 for d in ben]) >= 0.10
    assert np.mean([d.margin in ("angular", "spiculated", "indistinct") for d in ben]) >= 0.10


def test_sizes_span_4_to_40_mm() -> None:
    widths = [d.width_mm for c in ("benign", "malignant") for d in _designs(c, 1000)]
    assert 4.0 <= min(widths) < 6.0 and 35.0 < max(widths) <= 40.0


def test_another_view_keeps_the_orientation_and_the_outline_seed() -> None:
    rng = np.random.default_rng(3)
    for kind in LESION_TYPES:
        d = design_lesion(rng, kind)
        for _ in range(20):
            v = view_of(d, rng)
            assert (v.aspect > 1.0) == (d.aspect > 1.0) and v.seed == d.seed and v.kind == d.kind


def test_design_rejects_unknown_descriptors() -> None:
    d = design_lesion(np.random.default_rng(0), "fibroadenoma")
    with pytest.raises(ValueError, match="margin"):
        LesionDesign(**{**d.__dict__, "margin": "fuzzy"})
    with pytest.raises(ValueError, match="unknown lesion kind"):
        LesionDesign(**{**d.__dict__, "kind": "unicorn"})
