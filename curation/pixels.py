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

Any failure raises :class:`UndecodablePixelsError`, which preprocessing turns into the
``undecodable_pixels`` reason code.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

import numpy as np
import pydicom
from pydicom.dataset import Dataset
from pydicom.pixels import apply_color_lut, pixel_array

# ``decoder`` of a frame pydicom (+ pylibjpeg) decoded: the reference every fast path is checked against.
PYDICOM = "pydicom"
# Largest frame any decoder is asked for (rows x columns): 16 Mpx, 4x a 2,048 x 2,048 frame.
MAX_FRAME_PIXELS = 16 * 1024 * 1024

# ITU-R BT.601 luma weights (the data model's RGB -> luminance).
LUMA_WEIGHTS = np.array([0.299, 0.587, 0.114], dtype=np.float32)


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
    """``NumberOfFrames`` (1 when absent or unreadable)."""
    try:
        return int(ds.get("NumberOfFrames") or 1)
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


def decode_dataset(ds: Dataset) -> DecodedFrame:
    """Decode the representative frame of a full dataset with pydicom (see the module docstring)."""
    if "PixelData" not in ds and "FloatPixelData" not in ds and "DoubleFloatPixelData" not in ds:
        raise UndecodablePixelsError("no pixel data element")
    n_frames = frame_count(ds)
    index = middle_frame_index(n_frames)
    check_frame_size(ds)
    lut_max = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            arr = pixel_array(ds, index=index if n_frames > 1 else None)
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


def check_frame_size(ds: Dataset) -> None:
    """Refuse a frame whose declared size would take more than :data:`MAX_FRAME_PIXELS` pixels.

    A hostile or broken header (65,535 x 65,535) would otherwise make the decoder allocate
    gigabytes; an ultrasound frame is a few megapixels at most.
    """
    try:
        pixels = int(ds.get("Rows") or 0) * int(ds.get("Columns") or 0)
    except (TypeError, ValueError):
        return  # the decoder reports the broken value
    if pixels > MAX_FRAME_PIXELS:
        raise UndecodablePixelsError(f"frame of {pixels:,} pixels exceeds the limit of {MAX_FRAME_PIXELS:,}")


def decode_bytes(raw: bytes) -> DecodedFrame:
    """Parse a whole file from bytes and decode its representative frame with pydicom."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ds = pydicom.dcmread(io.BytesIO(raw), force=True)
        except Exception as exc:
            raise UndecodablePixelsError(f"{type(exc).__name__}: {exc}") from exc
    return decode_dataset(ds)


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
