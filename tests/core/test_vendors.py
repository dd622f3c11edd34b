"""Vendor names are normalised across the DICOM Manufacturer spellings scanners write."""

from __future__ import annotations

import pytest

from core.vendors import UNKNOWN, vendor
from demo_hospital.exam_files import DEVICES


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("GE Healthcare", "GE"),
        ("GE MEDICAL SYSTEMS", "GE"),
        ("GE Healthcare Austria GmbH & Co OG", "GE"),
        ("Philips Medical Systems", "Philips"),
        ("Philips", "Philips"),
        ("ATL", "Philips"),
        ("SIEMENS", "Siemens"),
        ("Siemens Healthineers", "Siemens"),
        ("ACUSON", "Siemens"),
        ("TOSHIBA_MEC_US", "Canon (Toshiba)"),
        ("CANON_MEC", "Canon (Toshiba)"),
        ("Canon Medical Systems", "Canon (Toshiba)"),
        ("SAMSUNG MEDISON CO.,LTD.", "Samsung"),
        ("SuperSonic Imagine", "SuperSonic Imagine"),
        ("ALOKA", "Hitachi Aloka (Fujifilm)"),
        ("Hitachi Aloka Medical,Ltd.", "Hitachi Aloka (Fujifilm)"),
        ("Esaote", "Esaote"),
        ("  Acme   Ultrasound ", "Acme Ultrasound"),  # unknown vendors stay visible under their own name
        ("GEMINI Imaging", "GEMINI Imaging"),  # "GE" must be a word, not a prefix
        ("", UNKNOWN),
        (None, UNKNOWN),
    ],
)
def test_vendor(written, expected):
    assert vendor(written) == expected


def test_every_demo_device_maps_to_a_known_vendor():
    vendors = {vendor(d[0]) for d in DEVICES}
    assert vendors == {"GE", "Philips", "Siemens", "Canon (Toshiba)", "Samsung", "SuperSonic Imagine"}
