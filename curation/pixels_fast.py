"""The fast decode path: the representative frame of a well-formed file, without pydicom's pixel stack.

Why: decoding is most of preprocessing's cost, and pydicom + pylibjpeg decode a JPEG frame at
about a third of the speed of dicomsdl (libjpeg-turbo, OpenJPEG, CharLS).

How, and why untrusted files can reach a C++ decoder this way:

1. the header values (the image-pixel attributes and the ultrasound regions) are read from the raw
   elements when the file has the common layout (:mod:`curation.dicom_fast_header`, plain values
   only, ~10x cheaper than pydicom's parse), else parsed by pydicom (``stop_before_pixels``): either
   way they are exactly what the pydicom path sees (checked on every test file);
2. the pixel data element is walked here, in Python, and only a layout this module can vouch for
   goes on: native pixels whose length covers every frame, or an encapsulated sequence whose
   items all lie inside the file, end with a sequence delimiter and map onto frames without
   guessing (a single frame, or exactly one fragment per frame);
3. a compressed frame's own header (JPEG SOF, JPEG 2000 SIZ) must agree with the DICOM header:
   size, components, precision, sign (:func:`codestream_matches`);
4. native (uncompressed little-endian) frames are read straight from the bytes with numpy, as
   pydicom does; a compressed frame is handed to dicomsdl inside a minimal file written here
   (file meta, the image-pixel attributes, the frame as one fragment): dicomsdl's parser never
   sees the file's own header. Both matter: dicomsdl crashes the process on some malformed
   headers (pydicom's ``MR_truncated.dcm``), on 32-bit RLE, and aborts on corrupt RLE data, so
   RLE stays with pydicom; 300 random corruptions of each accepted syntax's frames never crashed
   it (tests/curation/test_pixels_fast.py keeps a smaller such check).

Anything else returns None and the caller decodes with pydicom, which also decides what a refused
file's exclusion says: :func:`decode_fast` never raises, so the fast path never adds a reason code
of its own. What it accepts (each checked against pydicom on pydicom's and pydicom-data's test
files and on the demo export, tests/curation/test_pixels_fast.py):

* native little endian (implicit or explicit VR): 8-bit, 16-bit unsigned, RGB interleaved:
  identical pixels;
* JPEG lossless (processes 14 and 14 SV1), JPEG-LS lossless, JPEG 2000 lossless: 8- or 16-bit,
  monochrome or RGB (JPEG 2000 also YBR_RCT): identical pixels;
* JPEG baseline (8-bit; monochrome, YBR_FULL, YBR_FULL_422, RGB with an Adobe marker), JPEG-LS
  near-lossless and JPEG 2000 (lossy): a different IDCT and colour-conversion rounding, so RGB
  values up to ~5 apart and the luminance the pipeline uses at most 2 apart.

Multi-frame files decode their middle frame only, and only that frame's bytes are read.
"""

from __future__ import annotations

import io
import struct
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import dicomsdl
import numpy as np
import pydicom
from pydicom import uid
from pydicom.dataset import Dataset
from pydicom.filereader import ENCODED_VR
from pydicom.valuerep import EXPLICIT_VR_LENGTH_32

from curation.dicom_fast_header import parse_fast
from curation.pixels import (
    DecodedFrame,
    UndecodablePixelsError,
    finish_frame,
    frame_count,
    frame_within_bound,
    middle_frame_index,
)
from curation.ultrasound_region import RegionCoords

DICOMSDL = "dicomsdl"  # ``decoder`` of a compressed frame decoded here
NATIVE = "native"  # ``decoder`` of an uncompressed frame read here with numpy

dicomsdl.set_loglevel(dicomsdl.LogLevel.DISABLE)  # its failures become a pydicom decode, not stderr noise

NATIVE_SYNTAXES = frozenset({uid.ImplicitVRLittleEndian, uid.ExplicitVRLittleEndian})
# Compressed syntax -> photometric interpretations of 3-sample frames that decode to RGB there.
_LOSSY_COLOUR = frozenset({"RGB", "YBR_FULL", "YBR_FULL_422"})
COMPRESSED_SYNTAXES: dict[str, frozenset[str]] = {
    uid.JPEGBaseline8Bit: _LOSSY_COLOUR,
    uid.JPEGLossless: frozenset({"RGB"}),
    uid.JPEGLosslessSV1: frozenset({"RGB"}),
    uid.JPEGLSLossless: frozenset({"RGB"}),
    uid.JPEGLSNearLossless: frozenset({"RGB"}),
    uid.JPEG2000Lossless: frozenset({"RGB", "YBR_RCT"}),
    uid.JPEG2000: frozenset({"RGB", "YBR_ICT"}),
}
_MONOCHROME = frozenset({"MONOCHROME1", "MONOCHROME2"})

_PIXEL_DATA_TAG = b"\xe0\x7f\x10\x00"
_ITEM_TAG = b"\xfe\xff\x00\xe0"
_SEQUENCE_DELIMITER = b"\xfe\xff\xdd\xe0"
_ITEM_DELIMITER = b"\xfe\xff\x0d\xe0"
_UL = struct.Struct("<L")
_VR_NAMES = frozenset(vr.decode("latin-1") for vr in ENCODED_VR)


@dataclass(frozen=True)
class _Header:
    """The header values the fast path needs, and where the pixel data element starts."""

    ts: str
    photometric: str
    rows: int
    columns: int
    samples: int
    bits: int  # BitsAllocated
    stored: int  # BitsStored
    signed: int  # PixelRepresentation
    planar: int  # PlanarConfiguration (0 when absent)
    n_frames: int
    pixel_offset: int
    dataset: Dataset | None = None  # pydicom's parse, when the raw reading below could not vouch for the header
    us_regions: tuple[RegionCoords, ...] | None = None  # read from the raw bytes (None: from ``dataset``)


def decode_fast(raw: bytes | Any) -> DecodedFrame | None:
    """The representative frame decoded by the fast path, or None when the file is not for it.

    ``raw`` is the file's bytes, or a buffer with ``len`` and slicing that is also a file object
    (``curation.preprocess.FileBytes``): then only the header and the one frame's bytes are read.
    """
    if len(raw) < 144 or raw[128:132] != b"DICM":
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            header = _raw_header(raw)
        except Exception:  # noqa: BLE001 - not the plain layout after all: pydicom reads the header
            header = None
        if header is None:
            try:
                header = _pydicom_header(raw)
            except Exception:  # noqa: BLE001 - a value that does not convert: pydicom's path reports it
                return None
    if header is None or not _takes(header):
        return None
    h = header
    index = middle_frame_index(h.n_frames)
    value_at, length = _element_value(raw, h.pixel_offset, h.ts == uid.ImplicitVRLittleEndian)
    if value_at is None:
        return None
    if h.ts in NATIVE_SYNTAXES:
        arr = _native_frame(raw, value_at, length, h.n_frames, index, (h.rows, h.columns, h.samples, h.bits))
        decoder = NATIVE
    else:
        if length != 0xFFFFFFFF:
            return None
        fragments = _fragments(raw, value_at)
        frame = _frame_fragments(fragments, h.n_frames, index) if fragments is not None else None
        if frame is None:
            return None
        data = b"".join(raw[a:b] for a, b in frame)
        if not codestream_matches(data, h.ts, h.photometric, (h.rows, h.columns, h.samples, h.stored, h.signed)):
            return None
        arr = _dicomsdl_frame(data, h)
        decoder = DICOMSDL
    if arr is None:
        return None
    try:
        return finish_frame(arr, h.photometric, h.stored, index if h.n_frames > 1 else 0, h.n_frames, decoder,
                            h.dataset, us_regions=h.us_regions)
    except UndecodablePixelsError:
        return None  # pydicom's path gives the reason


def _pydicom_header(raw: Any) -> _Header | None:
    """The header as pydicom parses it (``stop_before_pixels``)."""
    fp = raw if hasattr(raw, "seek") else io.BytesIO(raw)
    fp.seek(0)
    ds = pydicom.dcmread(fp, stop_before_pixels=True)
    offset = fp.tell()
    if raw[offset : offset + 4] != _PIXEL_DATA_TAG or "FloatPixelData" in ds or "DoubleFloatPixelData" in ds:
        return None
    meta = getattr(ds, "file_meta", None)
    n_frames = frame_count(ds)
    if "NumberOfFrames" in ds and str(ds.NumberOfFrames).strip() and int(ds.NumberOfFrames) != n_frames:
        return None
    return _Header(
        ts=str(meta.get("TransferSyntaxUID", "") if meta is not None else "").strip(),
        photometric=str(ds.get("PhotometricInterpretation", "")).strip().upper(),
        rows=int(ds.Rows), columns=int(ds.Columns), samples=int(ds.SamplesPerPixel), bits=int(ds.BitsAllocated),
        stored=int(ds.BitsStored), signed=int(ds.PixelRepresentation), planar=int(ds.get("PlanarConfiguration") or 0),
        n_frames=n_frames, pixel_offset=offset, dataset=ds)


# The tags the raw reading converts, with the VR each must have.
_US_TAGS = {"samples": 0x00280002, "planar": 0x00280006, "rows": 0x00280010, "columns": 0x00280011,
            "bits": 0x00280100, "stored": 0x00280101, "signed": 0x00280103}
_PHOTOMETRIC, _FRAMES, _REGIONS = 0x00280004, 0x00280008, 0x00186011
_RAW_TAGS = frozenset({*_US_TAGS.values(), _PHOTOMETRIC, _FRAMES, _REGIONS, 0x00080005})  # + the charset parse_fast checks
_REQUIRED = ("samples", "rows", "columns", "bits", "stored", "signed")
_REGION_FORMAT, _REGION_COORDS = 0x00186012, (0x00186018, 0x0018601A, 0x0018601C, 0x0018601E)
_PHOTOMETRICS = frozenset({"MONOCHROME1", "MONOCHROME2", "RGB", "YBR_FULL", "YBR_FULL_422", "YBR_RCT", "YBR_ICT"})
_US = struct.Struct("<H").unpack
# Bytes read for the raw header: a first guess that holds most headers, then a larger one; a longer
# header is read by pydicom.
_HEADER_PREFIXES = (4 * 1024, 64 * 1024)


def _raw_header(raw: Any) -> _Header | None:
    """The header read from the raw elements of the common layout (see ``dicom_fast_header``), or None.

    None (and pydicom reads the header) whenever a value is not the plain form pydicom would convert
    the same way: a wrong VR or length, a multi-valued or padded photometric, a non-digit frame count,
    a region sequence with an undefined-length or unexpected element.
    """
    for prefix in _HEADER_PREFIXES:
        walked = parse_fast(raw[0 : min(len(raw), prefix)], _RAW_TAGS)
        if walked is not None and walked[2] or prefix >= len(raw):
            break
    if walked is None or not walked[2]:
        return None
    ds, offset, _at_pixels = walked
    if raw[offset : offset + 4] != _PIXEL_DATA_TAG:
        return None
    elements = ds._dict
    values: dict[str, int] = {}
    for name, tag in _US_TAGS.items():
        elem = elements.get(tag)
        if elem is None:
            continue
        if elem.VR not in (None, "US") or elem.length != 2:
            return None
        values[name] = _US(elem.value)[0]
    if any(name not in values for name in _REQUIRED):
        return None
    photometric = _plain_text(elements.get(_PHOTOMETRIC), "CS")
    if photometric not in _PHOTOMETRICS:
        return None
    frames_text = _plain_text(elements.get(_FRAMES), "IS") if _FRAMES in elements else ""
    if frames_text is None or (frames_text and not frames_text.isdigit()):
        return None
    regions = _raw_regions(elements.get(_REGIONS), ds._dict[max(elements)].is_implicit_VR)
    if regions is None:
        return None
    ts_elem = ds.file_meta._dict.get(0x00020010)
    return _Header(ts=ts_elem.value.rstrip(b"\0 ").decode("ascii"), photometric=photometric, rows=values["rows"],
                   columns=values["columns"], samples=values["samples"], bits=values["bits"], stored=values["stored"],
                   signed=values["signed"], planar=values.get("planar", 0), n_frames=int(frames_text or 1),
                   pixel_offset=offset, us_regions=tuple(regions))


def _plain_text(elem: Any, vr: str) -> str | None:
    """A text value with no padding but trailing spaces or NULs and no backslash; None otherwise."""
    if elem is None or elem.VR not in (None, vr):
        return None
    text = elem.value.rstrip(b" \0")
    if not text.isascii() or b"\\" in text or text != text.lstrip():
        return None
    return text.decode("ascii")


def _raw_regions(elem: Any, implicit: bool) -> list[RegionCoords] | None:
    """The 2D regions' coordinates of a raw SequenceOfUltrasoundRegions ([] when absent), or None.

    Mirrors :func:`curation.ultrasound_region.region_coords` on pydicom's parse: an item counts when
    its RegionSpatialFormat is one US value equal to 1 and each coordinate is one UL value.
    """
    if elem is None:
        return []
    if elem.VR not in (None, "SQ"):
        return None
    data, pos, coords = elem.value, 0, []
    while pos < len(data):
        if pos + 8 > len(data) or data[pos : pos + 4] != _ITEM_TAG:
            return None
        length = _UL.unpack(data[pos + 4 : pos + 8])[0]
        pos += 8
        end = None if length == 0xFFFFFFFF else pos + length
        if end is not None and end > len(data):
            return None
        found: dict[int, bytes] = {}
        while end is None or pos < end:
            if pos + 8 > len(data):
                return None
            if data[pos : pos + 4] == _ITEM_DELIMITER:
                if end is not None:
                    return None
                pos += 8
                break
            group, element = struct.unpack("<HH", data[pos : pos + 4])
            tag = group << 16 | element
            if implicit:
                vr, value_length, start = None, _UL.unpack(data[pos + 4 : pos + 8])[0], pos + 8
            else:
                vr = data[pos + 4 : pos + 6].decode("latin-1")
                if vr not in _VR_NAMES:
                    return None
                if vr in EXPLICIT_VR_LENGTH_32:
                    value_length, start = _UL.unpack(data[pos + 8 : pos + 12])[0], pos + 12
                else:
                    value_length, start = _US(data[pos + 6 : pos + 8])[0], pos + 8
            if value_length == 0xFFFFFFFF or start + value_length > (len(data) if end is None else end):
                return None
            if tag == _REGION_FORMAT or tag in _REGION_COORDS:
                if vr not in (None, "US" if tag == _REGION_FORMAT else "UL"):
                    return None
                found[tag] = data[start : start + value_length]
            pos = start + value_length
        fmt = found.get(_REGION_FORMAT)
        if fmt is None or len(fmt) != 2 or _US(fmt)[0] != 1:
            continue
        values = [found.get(t) for t in _REGION_COORDS]
        if all(v is not None and len(v) == 4 for v in values):
            coords.append(tuple(_UL.unpack(v)[0] for v in values))  # type: ignore[arg-type]
    return coords


def _takes(h: _Header) -> bool:
    """Whether the fast path decodes a file with this header (else pydicom does)."""
    if h.ts not in NATIVE_SYNTAXES and h.ts not in COMPRESSED_SYNTAXES:
        return False
    if not (2 <= h.rows and 2 <= h.columns and frame_within_bound(h.rows, h.columns, h.samples) and 1 <= h.n_frames):
        return False  # degenerate or huge: pydicom's path gives the reason (and its own size check)
    if h.bits not in (8, 16) or not 1 <= h.stored <= h.bits or h.signed not in (0, 1):
        return False
    if h.samples == 1:
        if h.photometric not in _MONOCHROME:
            return False
    elif h.samples == 3:
        allowed = frozenset({"RGB"}) if h.ts in NATIVE_SYNTAXES else COMPRESSED_SYNTAXES[h.ts]
        if h.photometric not in allowed or h.bits != 8 or h.planar not in (0, 1):
            return False
    else:
        return False
    if h.ts in NATIVE_SYNTAXES and (h.signed or (h.samples == 3 and h.planar != 0)):
        return False  # sign extension and planar layout stay with pydicom
    return h.ts != uid.JPEGBaseline8Bit or (h.bits == 8 and h.stored == 8)


def _element_value(raw: Any, offset: int, implicit: bool) -> tuple[int | None, int]:
    """Where the pixel data element's value starts and its declared length."""
    if implicit:
        if offset + 8 > len(raw):
            return None, 0
        return offset + 8, _UL.unpack(raw[offset + 4 : offset + 8])[0]
    if offset + 12 > len(raw) or raw[offset + 4 : offset + 6] not in (b"OB", b"OW") or raw[offset + 6 : offset + 8] != b"\0\0":
        return None, 0
    return offset + 12, _UL.unpack(raw[offset + 8 : offset + 12])[0]


def _native_frame(raw: Any, value_at: int, length: int, n_frames: int, index: int,
                  shape: tuple[int, int, int, int]) -> np.ndarray | None:
    """Frame ``index`` of native little-endian pixel data, straight from the bytes (None: short data)."""
    rows, columns, samples, bits = shape
    frame_bytes = rows * columns * samples * (bits // 8)
    if length == 0xFFFFFFFF or length < frame_bytes * n_frames or value_at + length > len(raw):
        return None  # short or cut pixel data: pydicom's path reports it
    start = value_at + index * frame_bytes
    data = raw[start : start + frame_bytes]
    if len(data) != frame_bytes:  # the file was cut after it was opened
        return None
    arr = np.frombuffer(data, dtype=np.uint8 if bits == 8 else "<u2")
    return arr.reshape((rows, columns, samples) if samples > 1 else (rows, columns))


def _fragments(raw: Any, at: int) -> list[tuple[int, int]] | None:
    """``(start, end)`` of every item of an encapsulated pixel sequence, the offset table first.

    None unless every item is a well-formed item inside the buffer and a sequence delimiter ends
    the sequence.
    """
    items: list[tuple[int, int]] = []
    end = len(raw)
    while True:
        head = raw[at : at + 8]
        if len(head) < 8 or at + 8 > end:
            return None
        tag, length = head[:4], _UL.unpack(head[4:])[0]
        if tag == _SEQUENCE_DELIMITER:
            return items if length == 0 and items else None
        if tag != _ITEM_TAG or length == 0xFFFFFFFF or at + 8 + length > end:
            return None
        items.append((at + 8, at + 8 + length))
        at += 8 + length


def _frame_fragments(items: Sequence[tuple[int, int]], n_frames: int, index: int) -> list[tuple[int, int]] | None:
    """The fragments of frame ``index``: all of them for a single frame, else exactly one per frame."""
    fragments = items[1:]  # items[0] is the basic offset table
    if not fragments or any(b <= a for a, b in fragments):
        return None
    if n_frames == 1:
        return list(fragments)
    if len(fragments) == n_frames:
        return [fragments[index]]
    return None  # frames of several fragments: where each starts is pydicom's call (offset tables, markers)


_JPEG_SOF = {uid.JPEGBaseline8Bit: (0xC0, 0xC1), uid.JPEGLossless: (0xC3,), uid.JPEGLosslessSV1: (0xC3,),
             uid.JPEGLSLossless: (0xF7,), uid.JPEGLSNearLossless: (0xF7,)}
_U16 = struct.Struct(">H").unpack_from
_U32 = struct.Struct(">L").unpack_from


def codestream_matches(data: bytes, ts: str, photometric: str, header: tuple[int, int, int, int, int]) -> bool:
    """Whether a compressed frame's own header agrees with the DICOM header (else pydicom decodes it).

    ``header`` is ``(rows, columns, samples, bits stored, pixel representation)``. A decoder
    writing a frame whose codestream is larger than the buffer the DICOM header sized is the
    classic way a malformed file corrupts memory; a disagreement in precision, sign or colour
    transform is where two decoders give different pixels.
    """
    try:
        if ts in _JPEG_SOF:
            return _jpeg_matches(data, _JPEG_SOF[ts], photometric, header)
        if ts in (uid.JPEG2000Lossless, uid.JPEG2000):
            return _j2k_matches(data, header)
    except struct.error:  # a marker segment cut short
        return False
    return False


def _jpeg_matches(data: bytes, sof_markers: tuple[int, ...], photometric: str, header: tuple[int, int, int, int, int]) -> bool:
    """SOF (first frame header): one of ``sof_markers``, the DICOM size, components and precision.

    Precision must equal BitsStored except in baseline JPEG (always 8); a 3-component baseline
    frame labelled RGB must say so in an Adobe APP14 marker (without it, decoders disagree on
    whether to apply the YCbCr transform).
    """
    rows, columns, samples, stored, _signed = header
    if data[:2] != b"\xff\xd8":
        return False
    at, adobe = 2, False
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return False
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        length = _U16(data, at + 2)[0]
        if length < 2 or at + 2 + length > len(data):
            return False
        segment = data[at + 4 : at + 2 + length]
        if marker == 0xEE and segment.startswith(b"Adobe"):
            adobe = True
        elif 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC) or marker == 0xF7:
            if marker not in sof_markers or len(segment) < 6:
                return False
            precision, height, width, components = segment[0], _U16(segment, 1)[0], _U16(segment, 3)[0], segment[5]
            if (height, width, components) != (rows, columns, samples):
                return False
            if precision != (8 if sof_markers[0] == 0xC0 else stored):
                return False
            return samples == 1 or photometric != "RGB" or adobe or sof_markers[0] != 0xC0
        elif marker == 0xDA:  # start of scan before any frame header
            return False
        at += 2 + length
    return False


def _j2k_matches(data: bytes, header: tuple[int, int, int, int, int]) -> bool:
    """A raw J2K codestream (no JP2 wrapper) whose SIZ has the DICOM size, components, precision and sign."""
    rows, columns, samples, stored, signed = header
    if data[:4] != b"\xff\x4f\xff\x51":
        return False
    siz = data[6:]
    width, height, x0, y0 = _U32(siz, 2)[0], _U32(siz, 6)[0], _U32(siz, 10)[0], _U32(siz, 14)[0]
    components = _U16(siz, 34)[0]
    if (height - y0, width - x0, components) != (rows, columns, samples) or len(siz) < 36 + 3 * components:
        return False
    for c in range(components):
        ssiz, dx, dy = siz[36 + 3 * c], siz[37 + 3 * c], siz[38 + 3 * c]
        if (ssiz & 0x7F) + 1 != stored or (ssiz >> 7) != signed or (dx, dy) != (1, 1):
            return False
    return True


def _dicomsdl_frame(frame: bytes, h: _Header) -> np.ndarray | None:
    """One compressed frame decoded by dicomsdl from a minimal file written here (None: refused)."""
    try:
        sdl = dicomsdl.open_memory(_minimal_file(frame, h))
        info = sdl.getPixelDataInfo()
        if (info["Rows"], info["Cols"], info["SamplesPerPixel"], info["BitsAllocated"]) != (h.rows, h.columns, h.samples, h.bits):
            return None
        planar = h.samples > 1 and info["PlanarConfiguration"] == "RRRGGGBBB"
        shape = (h.rows, h.columns, h.samples) if h.samples > 1 else (h.rows, h.columns)
        out = np.empty((h.samples, h.rows, h.columns) if planar else shape, dtype=info["dtype"])
        if out.dtype.itemsize * 8 != h.bits:
            return None
        sdl.copyFrameData(0, out)
    except Exception:  # noqa: BLE001 - dicomsdl refused the frame: pydicom decides
        return None
    if planar:
        out = np.moveaxis(out, 0, -1)
    if h.signed and out.dtype.kind == "u":
        out = out.view(out.dtype.str.replace("u", "i"))
    return out


def _element(tag: int, vr: bytes, value: bytes) -> bytes:
    if len(value) % 2:
        value += b"\0" if vr in (b"OB", b"UI", b"US") else b" "
    group, elem = tag >> 16, tag & 0xFFFF
    return struct.pack("<HH2sH", group, elem, vr, len(value)) + value if vr != b"OB" else \
        struct.pack("<HH2sHL", group, elem, vr, 0, len(value)) + value


def _minimal_file(frame: bytes, h: _Header) -> bytes:
    """A single-frame explicit-VR file: file meta, the image-pixel attributes, the frame as one fragment."""
    meta_body = _element(0x00020001, b"OB", b"\0\1") + _element(0x00020010, b"UI", h.ts.encode("ascii"))
    meta = _element(0x00020000, b"UL", _UL.pack(len(meta_body))) + meta_body
    us = struct.Struct("<H").pack
    body = [_element(0x00280002, b"US", us(h.samples)), _element(0x00280004, b"CS", h.photometric.encode("ascii"))]
    if h.samples > 1:
        body.append(_element(0x00280006, b"US", us(h.planar)))
    body += [
        _element(0x00280008, b"IS", b"1"),
        _element(0x00280010, b"US", us(h.rows)),
        _element(0x00280011, b"US", us(h.columns)),
        _element(0x00280100, b"US", us(h.bits)),
        _element(0x00280101, b"US", us(h.stored)),
        _element(0x00280102, b"US", us(h.stored - 1)),
        _element(0x00280103, b"US", us(h.signed)),
    ]
    if len(frame) % 2:
        frame += b"\0"
    pixels = (struct.pack("<HH2sHL", 0x7FE0, 0x0010, b"OB", 0, 0xFFFFFFFF)
              + _ITEM_TAG + _UL.pack(0)  # empty basic offset table
              + _ITEM_TAG + _UL.pack(len(frame)) + frame
              + _SEQUENCE_DELIMITER + _UL.pack(0))
    return b"\0" * 128 + b"DICM" + meta + b"".join(body) + pixels
