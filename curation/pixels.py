"""Pixel decoding: one display-ready frame per file, whatever the transfer syntax.

Handles everything pydicom 3 (+ pylibjpeg) decodes: uncompressed little/big endian, JPEG baseline
and lossless, JPEG 2000, JPEG-LS, RLE, deflate. Colour is normalised so that downstream code sees
either ``(H, W)`` grayscale or ``(H, W, 3)`` RGB:

* ``YBR_*`` is converted to RGB by pydicom 3's default ``as_rgb``;
* ``PALETTE COLOR`` goes through ``apply_color_lut`` (the file's LUT);
* ``MONOCHROME1`` is inverted so that 0 is black, like every other photometric;
* more than 8 bits are shifted down by ``BitsStored - 8`` (zero stays zero, the zero-pixel rule
  keeps its meaning), signed data is offset to start at 0 first.

Multi-frame (cine) files are represented by their middle frame, index ``n_frames // 2``
(0-based; for 2 frames that is frame 1): a single representative still per clip, as the paper
uses still images. Only that frame is decoded.

A file without file meta (no preamble, implicit VR: some archives write these) carries no transfer
syntax; the index found it while parsing (``dicom_index.transfer_syntax_uid``) and decoding is
given it, since pydicom's decoders will not guess. Memory is bounded: a frame of more than
:data:`MAX_FRAME_SAMPLES` samples is not decoded, and a file over :data:`READ_WHOLE_MAX` (a long
cine clip) is not read whole: its header, then only the representative frame, is read.

Any failure raises :class:`UndecodablePixelsError`, which preprocessing turns into the
``undecodable_pixels`` reason code.
"""

from __future__ import annotations

import io
import os
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.pixels import apply_color_lut, pixel_array
from pydicom.uid import UID

# ``decoder`` of a frame pydicom (+ pylibjpeg) decoded: the reference every fast path is checked against.
PYDICOM = "pydicom"

# ITU-R BT.601 luma weights (the data model's RGB -> luminance).
LUMA_WEIGHTS = np.array([0.299, 0.587, 0.114], dtype=np.float32)
# Bounds on one decode: samples of the representative frame (rows x columns x samples per pixel;
# a 4096 x 4096 RGB frame is 50 M, an ultrasound frame ~2 M) and bytes read whole into memory.
MAX_FRAME_SAMPLES = 40_000_000
READ_WHOLE_MAX = 64 * 1024 * 1024


class UndecodablePixelsError(Exception):
    """The header reads but the pixel data cannot be decoded into a sensible frame."""


@dataclass(frozen=True)
class DecodedFrame:
    """One decoded frame, display-oriented: uint8, ``(H, W)`` or ``(H, W, 3)``."""

    pixels: np.ndarray
    frame_index: int
    n_frames: int
    dataset: Dataset | None  # the header as pydicom parsed it (None when it was read without pydicom)
    zero_fraction: float  # measured before the 8-bit conversion, on the full frame
    decoder: str = "pydicom"  # what decoded the pixels: PYDICOM, or a fast path's name
    # the 2D ultrasound regions' (MinX0, MinY0, MaxX1, MaxY1) when read without pydicom (else from ``dataset``)
    us_regions: tuple[tuple[int, int, int, int], ...] | None = None

    @property
    def region_header(self) -> Dataset | tuple[tuple[int, int, int, int], ...] | None:
        """What :func:`curation.ultrasound_region.find_regions` reads the DICOM regions from."""
        return self.us_regions if self.us_regions is not None else self.dataset


def middle_frame_index(n_frames: int) -> int:
    """The frame that represents a clip: ``n_frames // 2`` (0 for a single frame)."""
    return max(0, int(n_frames)) // 2


def _to_uint8(arr: np.ndarray, bits_stored: object) -> np.ndarray:
    if arr.dtype == np.uint8:
        return arr
    if arr.dtype.kind == "f":
        lo, hi = float(np.nanmin(arr)), float(np.nanmax(arr))
        scale = 255.0 / (hi - lo) if hi > lo else 0.0
        return np.clip((np.nan_to_num(arr) - lo) * scale, 0, 255).astype(np.uint8)
    a = arr.astype(np.int64)
    if arr.dtype.kind == "i":
        a = a - int(a.min()) if a.min() < 0 else a
    bits = int(bits_stored or arr.dtype.itemsize * 8)  # type: ignore[call-overload]
    bits = max(bits, int(a.max()).bit_length(), 8)
    return (a >> (bits - 8)).clip(0, 255).astype(np.uint8)


def _palette_max(ds: Dataset, dtype: np.dtype) -> int:
    """Largest entry of the palette LUTs (every index the descriptor maps)."""
    n, first, _bits = (int(v) for v in ds.RedPaletteColorLookupTableDescriptor)
    n = n or 65536
    idx = np.arange(first, first + n, dtype=np.int64).clip(0, np.iinfo(dtype).max).astype(dtype)
    return int(apply_color_lut(idx, ds).max())


def frame_count(ds: Dataset) -> int:
    """``NumberOfFrames`` (1 when absent, unreadable or below 1)."""
    try:
        return max(1, int(ds.get("NumberOfFrames") or 1))
    except (TypeError, ValueError):
        return 1


def finish_frame(arr: np.ndarray, photometric: str, bits_stored: object, frame_index: int, n_frames: int,
                 decoder: str, ds: Dataset | None = None, lut_max: int | None = None,
                 us_regions: tuple[tuple[int, int, int, int], ...] | None = None) -> DecodedFrame:
    """A decoded frame (any decoder) made display-ready: channels, MONOCHROME1, zero fraction, uint8.

    ``arr`` is what the decoder returned for the frame (palette indices already through the LUT,
    ``lut_max`` then being the LUT's largest entry); ``ds`` the pydicom header, when there is one.
    """
    if arr.ndim == 3 and arr.shape[-1] == 4:
        arr = arr[..., :3]
    if arr.ndim == 3 and arr.shape[-1] == 1:
        arr = arr[..., 0]
    if arr.ndim not in (2, 3) or (arr.ndim == 3 and arr.shape[-1] != 3):
        raise UndecodablePixelsError(f"unexpected decoded shape {arr.shape}")
    if arr.shape[0] < 2 or arr.shape[1] < 2:
        raise UndecodablePixelsError(f"degenerate frame {arr.shape}")
    if photometric == "MONOCHROME1":
        arr = arr.max() - arr if arr.dtype.kind in "iu" else -arr
    zeros = zero_fraction(arr)
    if photometric == "PALETTE COLOR" and arr.dtype != np.uint8:
        # 16-bit LUT entries hold the colour in the high byte; some writers (and byte-swapped
        # big-endian copies) store 8-bit values in 16-bit entries: judged on the whole LUT.
        out = (arr.astype(np.uint32) >> (8 if (lut_max or 0) > 255 else 0)).astype(np.uint8)
    else:
        out = _to_uint8(arr, bits_stored)
    return DecodedFrame(np.ascontiguousarray(out), frame_index, n_frames, ds, zeros, decoder, us_regions)


def frame_within_bound(rows: int, columns: int, samples: int) -> bool:
    """Whether a frame of this size may be decoded (:data:`MAX_FRAME_SAMPLES`; any decoder asks)."""
    return rows * columns * max(1, samples) <= MAX_FRAME_SAMPLES


def check_frame_size(ds: Dataset) -> None:
    """Refuse a frame too large to decode within the memory bound (checked before any decoding).

    A hostile or broken header (65,535 x 65,535) would otherwise make the decoder allocate
    gigabytes; an ultrasound frame is a few million samples.
    """
    try:
        rows, columns = int(ds.get("Rows") or 0), int(ds.get("Columns") or 0)
        samples = int(ds.get("SamplesPerPixel") or 1)
    except (TypeError, ValueError):
        return  # the decoder will say what is wrong
    if not frame_within_bound(rows, columns, samples):
        raise UndecodablePixelsError(
            f"frame of {ds.get('Rows')} x {ds.get('Columns')} x {ds.get('SamplesPerPixel') or 1} samples "
            f"exceeds the decode bound of {MAX_FRAME_SAMPLES:,} samples")


def use_transfer_syntax(ds: Dataset, transfer_syntax: str | None) -> str | None:
    """Give a dataset without file meta the transfer syntax the index found; returns the note to report.

    Returns None when the file has its own (0002,0010), else a description of what was used.
    """
    meta = getattr(ds, "file_meta", None)
    if meta is not None and meta.get("TransferSyntaxUID"):
        return None
    if not transfer_syntax:
        return "no file meta and no transfer syntax from the index"
    if meta is None:
        meta = FileMetaDataset()
        ds.file_meta = meta
    uid = UID(transfer_syntax)
    meta.TransferSyntaxUID = uid
    return f"no file meta: decoded as {uid.name} (the syntax the index parsed the file with)"


def decode_dataset(ds: Dataset, read_frame: Callable[[int | None], np.ndarray] | None = None) -> DecodedFrame:
    """Decode the representative frame of a full dataset with pydicom (see the module docstring).

    ``read_frame(index)`` decodes one frame (None: the only one) when ``ds`` holds only the header
    (a large file read frame by frame); by default the frame is decoded from ``ds`` itself.
    """
    if read_frame is None and "PixelData" not in ds and "FloatPixelData" not in ds and "DoubleFloatPixelData" not in ds:
        raise UndecodablePixelsError("no pixel data element")
    n_frames = frame_count(ds)
    index = middle_frame_index(n_frames)
    check_frame_size(ds)
    lut_max = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            if read_frame is not None:
                arr = read_frame(index if n_frames > 1 else None)
            else:
                arr = pixel_array(ds, index=index if n_frames > 1 else None)
        except UndecodablePixelsError:
            raise
        except Exception as exc:
            raise UndecodablePixelsError(f"{type(exc).__name__}: {exc}") from exc
        photometric = str(ds.get("PhotometricInterpretation", "")).strip().upper()
        if arr.ndim == 3 and n_frames > 1 and arr.shape[-1] not in (3, 4) and photometric != "RGB":
            arr = arr[0]  # defensive: a decoder that ignored ``index``
        if photometric == "PALETTE COLOR":
            try:
                lut_max = _palette_max(ds, arr.dtype)
                arr = apply_color_lut(arr, ds)
            except Exception as exc:
                raise UndecodablePixelsError(f"palette: {type(exc).__name__}: {exc}") from exc
    return finish_frame(arr, photometric, ds.get("BitsStored"), index if n_frames > 1 else 0, n_frames, PYDICOM, ds,
                        lut_max)



def decode_bytes(raw: bytes, transfer_syntax: str | None = None) -> DecodedFrame:
    """Parse a whole file from bytes and decode its representative frame with pydicom.

    ``transfer_syntax``: the syntax the index found, used when the file has no file meta.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ds = pydicom.dcmread(io.BytesIO(raw), force=True)
        except Exception as exc:
            raise UndecodablePixelsError(f"{type(exc).__name__}: {exc}") from exc
    note = use_transfer_syntax(ds, transfer_syntax)
    try:
        return decode_dataset(ds)
    except UndecodablePixelsError as exc:
        raise UndecodablePixelsError(f"{note}; {exc}" if note else str(exc)) from exc


def decode_file(path: str | os.PathLike, transfer_syntax: str | None = None) -> DecodedFrame:
    """Decode the representative frame of a file, reading at most :data:`READ_WHOLE_MAX` bytes whole.

    See :func:`decode_open_file`. ``OSError`` (a vanished file included) propagates: it is not a
    property of the pixels.
    """
    with open(path, "rb") as fh:
        return decode_open_file(fh, transfer_syntax)


def decode_open_file(fh: BinaryIO, transfer_syntax: str | None = None) -> DecodedFrame:
    """:func:`decode_file` of a file already open (binary, seekable; read from its start).

    A file over :data:`READ_WHOLE_MAX` is read header first, then only the representative frame
    (pydicom reads one frame of native or encapsulated pixel data from the file); that needs the
    file's own file meta.
    """
    size = os.fstat(fh.fileno()).st_size
    fh.seek(0)
    if size <= READ_WHOLE_MAX:
        return decode_bytes(fh.read(), transfer_syntax)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ds = pydicom.dcmread(fh, stop_before_pixels=True, force=True)
        except Exception as exc:
            raise UndecodablePixelsError(f"{type(exc).__name__}: {exc}") from exc
    if use_transfer_syntax(ds, None) is not None:
        raise UndecodablePixelsError(
            f"no file meta in a file of {size / 2**20:,.0f} MB: too large to read whole "
            f"(bound {READ_WHOLE_MAX / 2**20:.0f} MB) and pydicom reads single frames only with file meta")

    def read_frame(index: int | None) -> np.ndarray:
        fh.seek(0)
        return pixel_array(fh, index=index)

    return decode_dataset(ds, read_frame)


def to_luminance(pixels: np.ndarray) -> np.ndarray:
    """uint8 grayscale of a uint8 frame: RGB -> ITU-R 601 luma, grayscale unchanged."""
    if pixels.ndim == 2:
        return pixels
    y = pixels.astype(np.float32) @ LUMA_WEIGHTS
    return np.clip(np.rint(y), 0, 255).astype(np.uint8)


def zero_fraction(pixels: np.ndarray) -> float:
    """Fraction of pixels whose every channel is 0 (the paper's ">80% zero pixels" rule)."""
    n = pixels.shape[0] * pixels.shape[1] if pixels.ndim >= 2 else pixels.size
    if n == 0:
        return float("nan")
    if pixels.ndim == 3 and pixels.dtype.kind in "iu":
        # OR of the channels, one strided pass each (a reduction over the short last axis is ~10x slower)
        merged = pixels[..., 0].copy()
        for c in range(1, pixels.shape[-1]):
            merged |= pixels[..., c]
        nonzero = np.count_nonzero(merged)
    elif pixels.ndim == 3:
        nonzero = np.count_nonzero((pixels != 0).any(axis=-1))
    else:
        nonzero = np.count_nonzero(pixels)
    return (n - nonzero) / n
