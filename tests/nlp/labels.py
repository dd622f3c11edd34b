"""Compact per-side labels the review and house test modules compare against (one definition for all of them)."""

from __future__ import annotations

from nlp.birads import extract_birads
from nlp.pathology import breast_states


def pathology_codes(text: str) -> dict[str, str]:
    """Per-breast labels as the evaluation reads them: "B", "M", "BM", "-", or "?" where the breast goes to review."""
    out = {}
    for side, flags in breast_states(text).items():
        code = ("B" if flags["benign"] else "") + ("M" if flags["malignant"] else "")
        out[side] = "?" if flags["needs_review"] else code or "-"
    return out


def pathology_codes_with_review(text: str) -> dict[str, str]:
    """Per-breast labels as the reviews read them: "?" + the code where the breast goes to review."""
    out = {}
    for side, flags in breast_states(text).items():
        code = ("B" if flags["benign"] else "") + ("M" if flags["malignant"] else "")
        out[side] = ("?" + (code or "-")) if flags["needs_review"] else code or "-"
    return out


def birads_codes(text: str) -> str:
    """The left and right categories read, as "L R" with "-" for a side given none."""
    got = extract_birads(text)
    return f"{got['L'] or '-'} {got['R'] or '-'}"
