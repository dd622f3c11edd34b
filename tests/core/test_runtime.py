"""Process defaults: pydicom's records of invalid header values never carry the value."""

from __future__ import annotations

import logging
import warnings

import pytest

from core.runtime import DICOM_LOGGERS, redact_dicom_values


def test_pydicom_log_records_and_value_warnings_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    redact_dicom_values()
    redact_dicom_values()  # idempotent: one filter per logger
    for name in DICOM_LOGGERS:
        assert len(logging.getLogger(name).filters) == 1
        with caplog.at_level(logging.WARNING, logger=name):
            logging.getLogger(name).warning("Invalid value for VR DA: '%s'. Please see ...", "1959-01-06")
    assert caplog.records and all("1959-01-06" not in r.getMessage() for r in caplog.records)
    assert "'<redacted>'" in caplog.records[0].getMessage()
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        redact_dicom_values()  # re-inserts its filter ahead of "always"
        warnings.warn("Invalid value for VR PN: 'ROBINSON^CAROL'", UserWarning, stacklevel=1)
    assert not seen
