"""Arrow schemas of the curation outputs ``images`` and ``exclusions`` (docs/data_model.md).

``dicom_index``'s schema lives with its builder (:data:`curation.dicom_index.INDEX_SCHEMA`).
"""

from __future__ import annotations

import pyarrow as pa

IMAGES_SCHEMA = pa.schema(
    [
        ("image_uid", pa.string()),
        ("file_relpath", pa.string()),
        ("patient_uid", pa.string()),
        ("exam_uid", pa.string()),
        ("study_date", pa.date32()),
        ("laterality", pa.string()),
        ("manufacturer", pa.string()),
        ("manufacturer_model", pa.string()),
        ("frame_index", pa.int32()),
        ("region_index", pa.int32()),
        ("crop_x0", pa.int32()),
        ("crop_y0", pa.int32()),
        ("crop_x1", pa.int32()),
        ("crop_y1", pa.int32()),
        ("zero_fraction", pa.float64()),
        ("store_shard", pa.string()),
        ("store_index", pa.int32()),
        ("decoder", pa.string()),  # what decoded the pixels: "dicomsdl", "native" (numpy) or "pydicom"
    ]
)

EXCLUSIONS_SCHEMA = pa.schema(
    [
        ("file_relpath", pa.string()),
        ("image_uid", pa.string()),
        ("patient_uid", pa.string()),
        ("exam_uid", pa.string()),
        ("stage", pa.string()),
        ("reason", pa.string()),
        ("detail", pa.string()),
    ]
)


def image_uid(sop_uid: str | None, fallback: str, frame_index: int, region_index: int) -> str:
    """``<sop_uid>/f<frame>/r<region>``; a file without SOPInstanceUID uses ``fallback`` (its content hash)."""
    return f"{sop_uid or fallback}/f{frame_index}/r{region_index}"
