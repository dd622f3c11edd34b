"""Is a procedure description a biopsy (interventional) procedure? (rule ``biopsy_procedure_image``)

The paper decides from the first non-empty of ``PerformedProcedureStepDescription``,
``StudyDescription``, ``RequestedProcedureDescription`` ("in that order"); :func:`deciding_text`
implements that order, :func:`is_biopsy_text` the decision on that one text.

Counted as a procedure (images acquired while a needle/device is in the breast): biopsy in any
spelling (``BIOPSY``, ``BIOPSIES``, ``BX``, ``BIOP``), core needle (``CORE``, ``CNB``), fine-needle
aspiration (``FNA``, ``FINE NEEDLE``, ``ASPIRATION``, ``ASPIRATE``), vacuum-assisted biopsy
(``VACUUM ASSISTED``, ``VAB``, ``VABB``, ``MAMMOTOME``, ``ENCOR``), ``US/ULTRASOUND GUIDED`` /
``GUIDANCE`` (a guided procedure), marker placement (``CLIP``, ``MARKER PLACEMENT``),
pre-surgical localisation (``LOCALIZATION``, ``LOCALISATION``, ``WIRE LOC``, ``NEEDLE LOC``,
``SEED LOC``: a needle or wire is in the images) and ``DRAINAGE``/``DRAIN``.

Not counted (diagnostic exams that merely mention a procedure): the procedure word preceded by
``POST``, ``AFTER``, ``PRIOR``, ``PREVIOUS``, ``PREV``, ``PRE``, ``S/P``, ``HX``, ``HISTORY OF``,
``FOLLOWING``, ``F/U``/``FOLLOW UP`` (e.g. "POST BIOPSY FOLLOW UP", "US BREAST PRIOR BX SITE",
"PRE-BIOPSY PLANNING US"): those spans are removed before matching, so "US GUIDED BX; POST
BIOPSY MAMMO" still counts (it contains a procedure outside the removed span).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

PROCEDURE_WORDS = (
    r"BIOPS(?:Y|IES)", r"BX", r"BIOP", r"CORE", r"CNB", r"FNA", r"FNAB", r"FINE\s+NEEDLE", r"ASPIRAT(?:ION|E)",
    r"VACUUM(?:\s+ASSISTED)?", r"VAB", r"VABB", r"MAMMOTOME", r"ENCOR",
    r"(?:US|ULTRASOUND|SONO(?:GRAPHIC(?:ALLY)?)?)\s+GUIDED?", r"GUIDANCE",
    r"CLIPS?(?:\s+PLACEMENT)?", r"MARKER\s+PLACEMENT",
    r"LOCALI[SZ]ATION", r"(?:WIRE|NEEDLE|SEED)\s+LOC(?:ALI[SZ]ATION)?", r"DRAIN(?:AGE)?",
)
_PROCEDURE = "(?:" + "|".join(PROCEDURE_WORDS) + ")"
_POSITIVE = re.compile(rf"\b{_PROCEDURE}\b")
_NEGATED = re.compile(
    rf"\b(?:POST|AFTER|PRIOR|PREVIOUS|PREV|PRE|S\s*P|HX|HX\s+OF|HISTORY\s+OF|FOLLOWING|F\s*U|FOLLOW\s*UP)"
    rf"(?:\s+(?:US|ULTRASOUND|OF|A|THE|LEFT|RIGHT|L|R))*\s+{_PROCEDURE}(?:\s+(?:NEEDLE\s+)?{_PROCEDURE})*"
    rf"(?:\s+SITE)?\b"
)
DESCRIPTION_ORDER = (
    "performed_procedure_step_description",
    "study_description",
    "requested_procedure_description",
)


def normalise(text: str) -> str:
    """Upper case, punctuation to spaces (``US-GUIDED`` -> ``US GUIDED``, ``S/P`` -> ``S P``)."""
    return " ".join(re.sub(r"[^A-Z0-9]+", " ", text.upper()).split())


def is_biopsy_text(text: str | None) -> bool:
    """True when ``text`` describes an interventional procedure (see the module docstring)."""
    if not text:
        return False
    t = normalise(text)
    t = _NEGATED.sub(" ", t)
    return bool(_POSITIVE.search(t))


def deciding_text(descriptions: Sequence[str | None]) -> str | None:
    """The first non-empty (after stripping) description, in the paper's order."""
    for d in descriptions:
        if isinstance(d, str) and d.strip():
            return d
    return None
