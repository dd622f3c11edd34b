"""Cheap substring pre-checks before a case-insensitive regex scan of a whole report.

Most rule patterns need a literal word ("laterality", "diagnosis,") that most reports never
contain; a substring test on the lower-cased text is far cheaper than the pattern's scan when the
pattern has no literal prefix for the regex engine to skip on. The test is exact only on ASCII
text: with ``re.IGNORECASE`` a pattern letter also matches 'ſ', 'K', 'ı' and 'İ', which
``str.lower`` does not map to ASCII, so a non-ASCII text is always scanned.
"""

from __future__ import annotations

from collections.abc import Iterable


def ascii_lower(text: str) -> str | None:
    """``text.lower()`` for an ASCII text; None (no pre-check possible) otherwise."""
    return text.lower() if text.isascii() else None


def may_contain(low: str | None, words: Iterable[str]) -> bool:
    """False only when ``low`` (from :func:`ascii_lower`) contains none of ``words``."""
    return low is None or any(map(low.__contains__, words))  # (map: no generator frame per word)


def same_length_lower(text: str) -> str:
    """``text.lower()`` with every offset kept: a character whose lower case is longer ("İ" ->
    "i̇") stays as it is, so positions in the lower-cased copy are positions in ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
