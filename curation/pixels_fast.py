"""The fast decode path: the representative frame of a well-formed file, without pydicom's pixel stack.

Why: decoding is most of preprocessing's cost, and pydicom + pylibjpeg decode a JPEG frame at
about a third of the speed of dicomsdl (libjpeg-turbo, OpenJPEG, CharLS).

How, and why untrusted files can reach a C++ decoder this way:

1. the header is parsed by pydicom (``stop_before_pixels``), so every header value, the ultrasound
   regions included, is exactly what the pydicom path sees;
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
from typing import Any

import dicomsdl
import numpy as np
import pydicom
from pydicom import uid
from pydicom.dataset import Dataset

from curation.pixels import (
    MAX_FRAME_PIXELS,
    DecodedFrame,
    UndecodablePixelsError,
    finish_frame,
    frame_count,
    middle_frame_index,
)

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
_UL = struct.Struct("<L")


def decode_fast(raw: bytes | Any) -> DecodedFrame | None:
    """The representative frame decoded by the fast path, or None when the file is not for it.

    ``raw`` is the file's bytes, or any buffer with ``len`` and slicing that is also a file object
    (``mmap.mmap``): then only the header and the one frame's bytes are read.
    """
    if len(raw) < 144 or raw[128:132] != b"DICM":
        return None
    fp = raw if hasattr(raw, "seek") else io.BytesIO(raw)
    fp.seek(0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ds = pydicom.dcmread(fp, stop_before_pixels=True)
        except Exception:  # noqa: BLE001 - pydicom's full read decides what such a file is
            return None
        offset = fp.tell()
        try:
            plan = _plan(ds)
        except Exception:  # noqa: BLE001 - a value pydicom cannot convert: pydicom's path reports it
            return None
    if plan is None or raw[offset : offset + 4] != _PIXEL_DATA_TAG:
        return None
    ts, photometric, rows, columns, samples, bits, n_frames = plan
    index = middle_frame_index(n_frames)
    implicit = ts == uid.ImplicitVRLittleEndian
    value_at, length = _element_value(raw, offset, implicit)
    if value_at is None:
        return None
    if ts in NATIVE_SYNTAXES:
        arr = _native_frame(raw, value_at, length, n_frames, index, (rows, columns, samples, bits))
        decoder = NATIVE
    else:
        if length != 0xFFFFFFFF:
            return None
        fragments = _fragments(raw, value_at)
        frame = _frame_fragments(fragments, n_frames, index) if fragments is not None else None
        if frame is None:
            return None
        data = b"".join(raw[a:b] for a, b in frame)
        header = (rows, columns, samples, int(ds.BitsStored), int(ds.PixelRepresentation))
        if not codestream_matches(data, ts, photometric, header):
            return None
        arr = _dicomsdl_frame(data, ts, ds, (rows, columns, samples, bits))
        decoder = DICOMSDL
    if arr is None:
        return None
    try:
        return finish_frame(arr, ds, photometric, index if n_frames > 1 else 0, n_frames, decoder)
    except UndecodablePixelsError:
        return None  # pydicom's path gives the reason


def _plan(ds: Dataset) -> tuple[str, str, int, int, int, int, int] | None:
    """``(syntax, photometric, rows, columns, samples, bits allocated, frames)`` when the fast path takes the file."""
    meta = getattr(ds, "file_meta", None)
    ts = str(meta.get("TransferSyntaxUID", "") if meta is not None else "").strip()
    if ts not in NATIVE_SYNTAXES and ts not in COMPRESSED_SYNTAXES:
        return None
    if "FloatPixelData" in ds or "DoubleFloatPixelData" in ds:
        return None
    photometric = str(ds.get("PhotometricInterpretation", "")).strip().upper()
    rows, columns = int(ds.Rows), int(ds.Columns)
    samples, bits, stored = int(ds.SamplesPerPixel), int(ds.BitsAllocated), int(ds.BitsStored)
    signed = int(ds.PixelRepresentation)
    n_frames = frame_count(ds)
    if "NumberOfFrames" in ds and str(ds.NumberOfFrames).strip() and int(ds.NumberOfFrames) != n_frames:
        return None
    if not (2 <= rows and 2 <= columns and rows * columns <= MAX_FRAME_PIXELS and 1 <= n_frames):
        return None  # degenerate or huge: pydicom's path gives the reason (and its own size check)
    if bits not in (8, 16) or not 1 <= stored <= bits or signed not in (0, 1):
        return None
    if samples == 1:
        if photometric not in _MONOCHROME:
            return None
    elif samples == 3:
        allowed = frozenset({"RGB"}) if ts in NATIVE_SYNTAXES else COMPRESSED_SYNTAXES[ts]
        if photometric not in allowed or bits != 8 or int(ds.get("PlanarConfiguration") or 0) not in (0, 1):
            return None
    else:
        return None
    if ts in NATIVE_SYNTAXES and (signed or (samples == 3 and int(ds.get("PlanarConfiguration") or 0) != 0)):
        return None  # sign extension and planar layout stay with pydicom
    if ts == uid.JPEGBaseline8Bit and (bits != 8 or stored != 8):
        return None
    return ts, photometric, rows, columns, samples, bits, n_frames


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
        if at + 8 > end:
            return None
        tag, length = raw[at : at + 4], _UL.unpack(raw[at + 4 : at + 8])[0]
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


def _dicomsdl_frame(frame: bytes, ts: str, ds: Dataset, shape: tuple[int, int, int, int]) -> np.ndarray | None:
    """One compressed frame decoded by dicomsdl from a minimal file written here (None: refused)."""
    rows, columns, samples, bits = shape
    clean = _minimal_file(frame, ts, ds, shape)
    try:
        sdl = dicomsdl.open_memory(clean)
        info = sdl.getPixelDataInfo()
        if (info["Rows"], info["Cols"], info["SamplesPerPixel"], info["BitsAllocated"]) != (rows, columns, samples, bits):
            return None
        planar = samples > 1 and info["PlanarConfiguration"] == "RRRGGGBBB"
        out = np.empty((samples, rows, columns) if planar else (rows, columns, samples) if samples > 1 else (rows, columns),
                       dtype=info["dtype"])
        if out.dtype.itemsize * 8 != bits:
            return None
        sdl.copyFrameData(0, out)
    except Exception:  # noqa: BLE001 - dicomsdl refused the frame: pydicom decides
        return None
    if planar:
        out = np.moveaxis(out, 0, -1)
    if int(ds.PixelRepresentation) and out.dtype.kind == "u":
        out = out.view(out.dtype.str.replace("u", "i"))
    return out


def _element(tag: int, vr: bytes, value: bytes) -> bytes:
    if len(value) % 2:
        value += b"\0" if vr in (b"OB", b"UI", b"US") else b" "
    group, elem = tag >> 16, tag & 0xFFFF
    if vr in (b"OB", b"OW", b"UN", b"SQ"):
        return struct.pack("<HH2sHL", group, elem, vr, 0, len(value)) + value
    return struct.pack("<HH2sH", group, elem, vr, len(value)) + value


def _minimal_file(frame: bytes, ts: str, ds: Dataset, shape: tuple[int, int, int, int]) -> bytes:
    """A single-frame explicit-VR file: file meta, the image-pixel attributes, the frame as one fragment."""
    rows, columns, samples, bits = shape
    meta_body = _element(0x00020001, b"OB", b"\0\1") + _element(0x00020010, b"UI", ts.encode("ascii"))
    meta = _element(0x00020000, b"UL", _UL.pack(len(meta_body))) + meta_body
    us = struct.Struct("<H").pack
    stored = int(ds.BitsStored)
    body = [
        _element(0x00280002, b"US", us(samples)),
        _element(0x00280004, b"CS", str(ds.PhotometricInterpretation).strip().upper().encode("ascii")),
    ]
    if samples > 1:
        body.append(_element(0x00280006, b"US", us(int(ds.get("PlanarConfiguration") or 0))))
    body += [
        _element(0x00280008, b"IS", b"1"),
        _element(0x00280010, b"US", us(rows)),
        _element(0x00280011, b"US", us(columns)),
        _element(0x00280100, b"US", us(bits)),
        _element(0x00280101, b"US", us(stored)),
        _element(0x00280102, b"US", us(stored - 1)),
        _element(0x00280103, b"US", us(int(ds.PixelRepresentation))),
    ]
    if len(frame) % 2:
        frame += b"\0"
    pixels = (struct.pack("<HH2sHL", 0x7FE0, 0x0010, b"OB", 0, 0xFFFFFFFF)
              + _ITEM_TAG + _UL.pack(0)  # empty basic offset table
              + _ITEM_TAG + _UL.pack(len(frame)) + frame
              + _SEQUENCE_DELIMITER + _UL.pack(0))
    return b"\0" * 128 + b"DICM" + meta + b"".join(body) + pixels

