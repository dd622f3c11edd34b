"""Encode one demo image as DICOM bytes (US Image, US Multi-frame or Secondary Capture).

Why several transfer syntaxes: a hospital export mixes them, and the pipeline's header reader and
pixel decoder must handle each. We write: explicit and implicit VR little endian (native), RLE
lossless (pydicom's encoder) and JPEG baseline (Pillow encodes, ``pydicom.encaps.encapsulate``
wraps; an RGB JPEG is ``YBR_FULL_422`` as the standard requires for 4:2:2 baseline JPEG).
Everything is a pure function of its arguments, so the same inputs give the same bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import numpy as np
from PIL import Image
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.uid import (
    PYDICOM_IMPLEMENTATION_UID,
    UID,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEGBaseline8Bit,
    RLELossless,
)

from demo_hospital.ultrasound_image import Region

US_IMAGE_STORAGE = UID("1.2.840.10008.5.1.4.1.1.6.1")
US_MULTIFRAME_STORAGE = UID("1.2.840.10008.5.1.4.1.1.3.1")
SECONDARY_CAPTURE_STORAGE = UID("1.2.840.10008.5.1.4.1.1.7")

TRANSFER_SYNTAXES: dict[str, UID] = {
    "explicit": ExplicitVRLittleEndian,
    "implicit": ImplicitVRLittleEndian,
    "rle": RLELossless,
    "jpeg": JPEGBaseline8Bit,
}


@dataclass
class DicomHeader:
    """Header values of one file. Empty strings are written as empty (present) elements.

    ``laterality_tags``: which of ``Laterality`` (series) / ``ImageLaterality`` carry ``laterality``
    (``"both"``, ``"series"``, ``"image"`` or ``"none"``: a file without any laterality tag).
    """

    patient_id: str
    patient_name: str
    birth_date: str  # YYYYMMDD
    sex: str
    study_date: str  # YYYYMMDD
    study_time: str  # HHMMSS
    accession: str
    study_uid: str
    series_uid: str
    sop_uid: str
    series_number: int
    instance_number: int
    manufacturer: str
    model: str
    transducer: str
    study_description: str
    performed_description: str
    requested_description: str
    laterality: str
    laterality_tags: str = "both"
    image_type: tuple[str, ...] = ("ORIGINAL", "PRIMARY")
    secondary_capture: bool = False
    patient_age: str = ""
    extra: dict[str, object] = field(default_factory=dict)


def _region_item(r: Region) -> Dataset:
    item = Dataset()
    item.RegionSpatialFormat = 1  # 2D tissue image
    item.RegionDataType = 1  # tissue
    item.RegionFlags = 0
    item.RegionLocationMinX0 = r.x0
    item.RegionLocationMinY0 = r.y0
    item.RegionLocationMaxX1 = r.x1
    item.RegionLocationMaxY1 = r.y1
    item.PhysicalUnitsXDirection = 3  # cm
    item.PhysicalUnitsYDirection = 3
    cm_per_px = r.depth_cm / max(r.y1 - r.y0, 1)
    item.PhysicalDeltaX = round(cm_per_px, 6)
    item.PhysicalDeltaY = round(cm_per_px, 6)
    item.ReferencePixelX0 = (r.x1 - r.x0) // 2
    item.ReferencePixelY0 = 0
    return item


def _jpeg_bytes(frame: np.ndarray, quality: int) -> bytes:
    buf = io.BytesIO()
    if frame.ndim == 2:
        Image.fromarray(frame, mode="L").save(buf, format="JPEG", quality=quality, optimize=False)
    else:
        # subsampling=1 is 4:2:2 -> PhotometricInterpretation YBR_FULL_422.
        Image.fromarray(frame, mode="RGB").save(buf, format="JPEG", quality=quality, subsampling=1)
    return buf.getvalue()


def encode(header: DicomHeader, frames: np.ndarray, regions: list[Region], syntax: str,
           jpeg_quality: int = 90, truncate_pixels: bool = False) -> bytes:
    """DICOM Part 10 bytes for ``frames`` (``(F, H, W)`` or ``(F, H, W, 3)``, uint8).

    ``F == 1`` writes a single-frame image; ``F > 1`` a US Multi-frame (cine) object.
    ``truncate_pixels`` writes a well-formed file whose native PixelData holds only half the bytes
    the header promises (the ``undecodable_pixels`` hard case; native syntaxes only).
    """
    if truncate_pixels and syntax not in ("explicit", "implicit"):
        raise ValueError("truncate_pixels needs a native (uncompressed) transfer syntax")
    if syntax not in TRANSFER_SYNTAXES:
        raise ValueError(f"syntax must be one of {sorted(TRANSFER_SYNTAXES)}, got {syntax!r}")
    if frames.dtype != np.uint8 or frames.ndim not in (3, 4):
        raise ValueError(f"frames must be uint8 (F,H,W) or (F,H,W,3), got {frames.dtype} {frames.shape}")
    n_frames, rows, cols = frames.shape[:3]
    rgb = frames.ndim == 4
    if header.secondary_capture:
        sop_class = SECONDARY_CAPTURE_STORAGE
    else:
        sop_class = US_MULTIFRAME_STORAGE if n_frames > 1 else US_IMAGE_STORAGE
    ts = TRANSFER_SYNTAXES[syntax]

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = header.sop_uid
    meta.TransferSyntaxUID = ts
    meta.ImplementationClassUID = PYDICOM_IMPLEMENTATION_UID
    meta.ImplementationVersionName = "SONOLABEL_DEMO"

    ds = Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.ImageType = list(header.image_type)
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = header.sop_uid
    ds.StudyDate = header.study_date
    ds.SeriesDate = header.study_date
    ds.ContentDate = header.study_date
    ds.StudyTime = header.study_time
    ds.ContentTime = header.study_time
    ds.AccessionNumber = header.accession
    ds.Modality = "US"
    ds.Manufacturer = header.manufacturer
    ds.InstitutionName = "SONOLABEL DEMO HOSPITAL"
    ds.ReferringPhysicianName = "SMITH^ANNA"
    ds.StationName = "USBREAST" + str(header.series_number % 4 + 1)
    ds.StudyDescription = header.study_description
    ds.SeriesDescription = "BREAST"
    ds.ManufacturerModelName = header.model
    ds.PatientName = header.patient_name
    ds.PatientID = header.patient_id
    ds.PatientBirthDate = header.birth_date
    ds.PatientSex = header.sex
    if header.patient_age:
        ds.PatientAge = header.patient_age
    ds.BodyPartExamined = "BREAST"
    ds.TransducerData = [header.transducer, "", ""]
    ds.SoftwareVersions = "DEMO 1.0"
    ds.StudyInstanceUID = header.study_uid
    ds.SeriesInstanceUID = header.series_uid
    ds.StudyID = header.accession[-6:] if header.accession else "1"
    ds.SeriesNumber = header.series_number
    ds.InstanceNumber = header.instance_number
    if header.laterality_tags in ("both", "series"):
        ds.Laterality = header.laterality
    if header.laterality_tags in ("both", "image"):
        ds.ImageLaterality = header.laterality
    ds.PerformedProcedureStepDescription = header.performed_description
    ds.RequestedProcedureDescription = header.requested_description
    for key, value in header.extra.items():
        setattr(ds, key, value)
    if regions and not header.secondary_capture:
        ds.SequenceOfUltrasoundRegions = [_region_item(r) for r in regions]
    if header.secondary_capture:
        ds.ConversionType = "WSD"

    ds.SamplesPerPixel = 3 if rgb else 1
    ds.Rows, ds.Columns = rows, cols
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 8, 8, 7
    ds.PixelRepresentation = 0
    if rgb:
        ds.PlanarConfiguration = 0
    if n_frames > 1:
        ds.NumberOfFrames = n_frames
        ds.FrameTime = 40.0
        ds.CineRate = 25
        ds.FrameIncrementPointer = (0x0018, 0x1063)  # FrameTime

    if syntax == "jpeg":
        ds.PhotometricInterpretation = "YBR_FULL_422" if rgb else "MONOCHROME2"
        fragments = [_jpeg_bytes(f, jpeg_quality) for f in frames]
        ds.PixelData = encapsulate(fragments, has_bot=n_frames > 1)
        ds["PixelData"].VR = "OB"
        ds.LossyImageCompression = "01"
        raw_size = frames.nbytes
        ds.LossyImageCompressionRatio = f"{raw_size / max(sum(len(f) for f in fragments), 1):.2f}"[:16]
        ds.LossyImageCompressionMethod = "ISO_10918_1"
    else:
        ds.PhotometricInterpretation = "RGB" if rgb else "MONOCHROME2"
        arr = frames if n_frames > 1 else frames[0]
        if syntax == "rle":
            ds.compress(RLELossless, arr, encoding_plugin="pylibjpeg", generate_instance_uid=False)
        else:
            raw = arr.tobytes()
            ds.PixelData = raw[: (len(raw) // 4) * 2] if truncate_pixels else raw
            ds["PixelData"].VR = "OB" if syntax == "explicit" else "OW"
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True, implicit_vr=(syntax == "implicit"), little_endian=True)
    return buf.getvalue()
