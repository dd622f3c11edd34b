"""SonoLabel NLP: pathology findings and breast labels, BI-RADS from radiology text.

Imports are lazy: ``import nlp`` is cheap; spaCy loads on the first call that needs it.

* :func:`extract_findings` ``(text) -> list[Finding]``: findings of one pathology report.
* :func:`breast_labels` ``(text) -> {"L": {"benign", "malignant"}, "R": {...}}``.
* :func:`breast_states` ``(text)``: the same plus ``needs_review``, its reasons and the spans that
  decided each flag.
* :func:`extract_birads` ``(text) -> {"L": str | None, "R": str | None}``: BI-RADS from radiology text.
* Stage functions: :func:`extract_pathology_findings`, :func:`label_breasts`,
  :func:`resolve_radiology_birads` (pure functions over DataFrames).
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Finding": "nlp.pathology",
    "extract_findings": "nlp.pathology",
    "breast_labels": "nlp.pathology",
    "breast_states": "nlp.pathology",
    "states_from_findings": "nlp.resolution",
    "label_breasts_and_review": "nlp.labels",
    "label_review": "nlp.labels",
    "build_pipeline": "nlp.pathology",
    "extract_birads": "nlp.birads",
    "resolve_radiology_birads": "nlp.birads",
    "extract_pathology_findings": "nlp.labels",
    "label_breasts": "nlp.labels",
    "report_breast_labels": "nlp.labels",
}

__all__ = ["Finding", "breast_labels", "breast_states", "build_pipeline", "extract_birads", "extract_findings",
           "extract_pathology_findings", "label_breasts", "label_breasts_and_review", "label_review",
           "report_breast_labels", "resolve_radiology_birads", "states_from_findings"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'nlp' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
