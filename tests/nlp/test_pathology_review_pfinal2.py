"""The numbered-issue withdrawal ("the carcinoma reported in version 1 is not confirmed; ...") reads only a verdict that
ends its clause: a verdict that goes on (someone else's, one place's, one still pending) leaves the carcinoma as it
was before the rule (the final measurement review of the b107-b108 rules)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    # the verdict goes on: another reader's, or one method's against another's, or still open
    ("Right breast core: the carcinoma reported in version 1 is not confirmed by the external reviewer; our diagnosis "
     "is unchanged.", {"L": "-", "R": "M"}),
    ("Right breast core: the invasive carcinoma reported in version 1 has not been confirmed on frozen section but is "
     "present on permanent sections.", {"L": "-", "R": "M"}),
    # the verdict ends its clause, at most after the method that looked again: withdrawn
    ("Left breast: the carcinoma reported in version 1 is not confirmed on immunohistochemistry; sclerosing adenosis.",
     {"L": "B", "R": "-"}),
    ("Left breast: the carcinoma reported in version 2 is not confirmed on review. Radial scar.", {"L": "B", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_numbered_issue_verdict_ends_its_clause(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected


@pytest.mark.parametrize("text", [
    "Right breast core: the carcinoma reported in version 1 is not confirmed at this stage, awaiting "
    "immunohistochemistry.",
    "Right breast core: the carcinoma reported in version 1 is not confirmed, pending further levels.",
])
def test_pending_verdict_withdraws_nothing(text: str) -> None:
    assert pathology_codes(text)["R"] in ("M", "?")
