"""Code read of the b117/b118 pathology rules: consistency faults mended, one test each (no timed asserts)."""

from __future__ import annotations

from nlp.structure import _PRE_TX_INLINE_END, _pre_tx_inline_end
from tests.nlp.test_pathology import labels


def test_an_inline_pre_treatment_field_reads_in_every_spelling_its_heading_admits() -> None:
    # the heading pattern reads "Pre- tx:" and a tab, and its word gate now passes them too (it listed only "pre-tx",
    # "pretx", "pre tx" and the "treatment" forms, so "Pre- tx:" after the diagnosis's sentence still labelled)
    for name in ("Pre-tx", "Pre- tx", "Pre\ttx", "Pre- treatment", "Pretreatment"):
        assert labels(f"Dx: R mastect: no resid ca, ypT0. {name}: R IDC gr3 (core 08/25).\n") == {"L": "-", "R": "-"}
    # near misses keep their reading: residual carcinoma labels, a field with no colon is none
    assert labels("Dx: R mastect: residual IDC 4 mm, ypT1a. Pre- tx: R IDC gr3 (core 08/25).\n") == {"L": "-", "R": "M"}
    assert labels("Dx: L WLE: fibroadenoma. Pre- tx nil. R WLE: ILC 18 mm.\n") == {"L": "B", "R": "M"}


def test_a_mid_line_pre_treatment_field_end_is_found_from_a_run_start_alike() -> None:
    # the mid-line "Pre-tx:" field's end is searched from each run of blanks or commas once; the same end as before
    for text in ("Pre-tx: L IDC gr3 (core 08/25) R WLE: IDC", ", R WLE: x", "Pre-tx: L core, , post-tx: ypT0",
                 "Pre-tx: nil   ,  L mastectomy: ILC", "Pre-tx: L IDC gr3 Rt. core x"):
        for pos in range(len(text) + 1):
            expected = _PRE_TX_INLINE_END.search(text, pos)
            found = _pre_tx_inline_end(text, pos, len(text))
            assert (found and found.span()) == (expected and expected.span())
    assert labels("Dx: R mastect: no resid ca, ypT0. Pre-tx: L IDC gr3 (core 08/25) R WLE: IDC 11 mm.\n")["R"] == "M"
