"""An unexpected stage error is described by type and place only: its text may quote patient data."""

from __future__ import annotations

import pickle

import pytest

from core.errors import StageError, UserError, call_withholding_details


def _fails_on_a_file_name() -> None:
    "10072028/ROBINSON_CAROL_\udce9.dcm".encode()


def test_an_unexpected_error_loses_its_text_cause_and_context() -> None:
    with pytest.raises(StageError) as caught:
        call_withholding_details("file-rules", _fails_on_a_file_name)
    err = caught.value
    assert "UnicodeEncodeError" in str(err) and "test_errors.py" in str(err) and "_fails_on_a_file_name" in str(err)
    assert err.__context__ is None and err.__cause__ is None
    assert b"ROBINSON" not in pickle.dumps(err) and "ROBINSON" not in repr(err)


def test_user_errors_and_results_pass_unchanged() -> None:
    assert call_withholding_details("x", lambda a, b=1: a + b, 1, b=2) == 3
    with pytest.raises(UserError, match="export folder not found"):
        call_withholding_details("x", lambda: (_ for _ in ()).throw(UserError("export folder not found: /x")))
