"""The evaluation reports the pattern-equivalence tests scan (test_fast_patterns.py, test_prescan.py).

Each such test runs twice: on a fixed sample in the default run, and on every report under the ``corpus`` marker,
which CI runs after the default run (``make test-extended``). The full scan grows with every styles batch written (a
few seen patterns are quadratic in their plain forms), so the default run keeps the sample: the whole first set and
every ``SAMPLE_STEP``-th report of each styles batch, which reaches every batch and every house layout of 12 or more
reports. A pattern rewrite that differs from its plain form on one report only is caught by the corpus run.
"""

from __future__ import annotations

from functools import cache

import pytest

from nlp.evaluation import EvalReport, load_eval_set, style_batches

SAMPLE_STEP = 4
CORPORA = ["sample", pytest.param("all", marks=pytest.mark.corpus)]


@cache
def evaluation_reports(corpus: str, kinds: tuple[str, ...] = ("pathology", "radiology"),
                       first_set: bool = True) -> tuple[EvalReport, ...]:
    """The first set (``first_set``) and the styles batches of ``kinds``: all of them (``corpus="all"``) or every
    ``SAMPLE_STEP``-th report of each batch (``"sample"``)."""
    if corpus not in {"sample", "all"}:
        raise ValueError(f"corpus must be sample or all, not {corpus!r}")
    step = 1 if corpus == "all" else SAMPLE_STEP
    reports = list(load_eval_set("all")) if first_set else []
    for kind in kinds:
        reports += [r for batch in style_batches(kind).values() for r in batch[::step]]
    return tuple(reports)
