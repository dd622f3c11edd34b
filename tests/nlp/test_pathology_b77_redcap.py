"""Pathology rules developed on released batch b77's registry (REDCap) abstraction printouts, one class per
test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_a_personal_history_block_is_history() -> None:
    # a registry's "-- Personal history --" block: the earlier cancer's wrapped detail row is history
    report = ("-- Personal history (from chart review) --\n"
              "Previous breast cancer [hx_bc]                Yes\n"
              "  If yes: side / year / type [hx_bc_detail]   Left, 2018, invasive ductal carcinoma, treated with\n"
              "                                              mastectomy; no recurrence\n\n"
              "-- Current pathology --\n"
              'Final diagnosis (verbatim) [dx_text]          "RIGHT BREAST, CORE BIOPSY: FIBROADENOMA."\n')
    assert labels(report) == {"L": "-", "R": "B"}
    # near miss: the current diagnosis after the block's blank line is read
    assert labels(report.replace("FIBROADENOMA", "INVASIVE DUCTAL CARCINOMA")) == {"L": "-", "R": "M"}
