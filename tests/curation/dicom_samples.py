"""Test inputs for the DICOM curation tests: pydicom's shipped files and a tiny US export.

Not a test module (no ``test_`` prefix): imported by the curation tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pydicom
from pydicom.uid import generate_uid

SITE = Path(pydicom.__file__).parent.parent
CORPUS_DIRS = (Path(pydicom.__file__).parent / "data" / "test_files", SITE / "data_store" / "data")
# The real ultrasound files that pydicom and pydicom-data ship.
REAL_US = (
    "US1_UNCR.dcm", "US1_UNCI.dcm", "US1_J2KR.dcm", "US1_J2KI.dcm",
    "OBXXXX1A.dcm", "OBXXXX1A_2frame.dcm", "OBXXXX1A_expb.dcm", "OBXXXX1A_expb_2frame.dcm",
    "OBXXXX1A_rle.dcm", "OBXXXX1A_rle_2frame.dcm", "gdcm-US-ALOKA-16.dcm", "gdcm-US-ALOKA-16_big.dcm",
    "JPGLosslessP14SV1_1s_1f_8b.dcm", "color3d_jpeg_baseline.dcm", "examples_palette.dcm",
    "examples_ybr_color.dcm", "examples_rgb_color.dcm", "examples_jpeg2k.dcm",
)


def corpus_files() -> list[Path]:
    """Every file shipped in pydicom's test data and pydicom-data's data store."""
    files: list[Path] = []
    for d in CORPUS_DIRS:
        if d.is_dir():
            files += sorted(p for p in d.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return files


def real_us(name: str) -> Path:
    for d in CORPUS_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


def copy_corpus(dest: Path) -> Path:
    """Copy the corpus under ``dest`` (``pydicom/...`` and ``data_store/...``)."""
    for d, name in zip(CORPUS_DIRS, ("pydicom", "data_store")):
        if d.is_dir():
            shutil.copytree(d, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


# Identities written into the synthetic export: the PHI test searches every output for them.
PHI = {"PatientName": "Kowalczyk^Henrietta", "PatientID": "MRN7734019", "PatientBirthDate": "19710304",
       "AccessionNumber": "ACC55120987", "OtherPatientIDs": "ALT99120033"}


def make_us_export(root: Path, sources: tuple[str, ...] = ("US1_UNCR.dcm", "gdcm-US-ALOKA-16.dcm",
                                                          "OBXXXX1A_rle_2frame.dcm", "US1_J2KR.dcm",
                                                          "JPGLosslessP14SV1_1s_1f_8b.dcm")) -> Path:
    """A one-exam breast-US export built from real US files that passes every header rule.

    Each source becomes one file with a fresh SOP UID, a valid female adult patient in 2015 and
    laterality, so the exam keeps >= 4 images (one source is dual-view: 2 images).
    """
    root.mkdir(parents=True, exist_ok=True)
    study = generate_uid()
    for i, name in enumerate(sources):
        ds = pydicom.dcmread(real_us(name))
        ds.PatientName = PHI["PatientName"]
        ds.PatientID = PHI["PatientID"]
        ds.PatientBirthDate = PHI["PatientBirthDate"]
        ds.OtherPatientIDs = PHI["OtherPatientIDs"]
        ds.AccessionNumber = PHI["AccessionNumber"]
        ds.PatientSex = "F"
        ds.StudyDate = "20150612"
        ds.StudyInstanceUID = study
        ds.SOPInstanceUID = generate_uid()
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.6.1"
        ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
        ds.Modality = "US"
        ds.ImageType = ["ORIGINAL", "PRIMARY"]
        ds.StudyDescription = "US BREAST BILATERAL"
        ds.ImageLaterality = "L" if i % 2 else "R"
        out = root / f"exam1/img{i:02d}.dcm"
        out.parent.mkdir(parents=True, exist_ok=True)
        ds.save_as(out, enforce_file_format=True)
    return root
