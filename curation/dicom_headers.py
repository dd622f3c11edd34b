"""Header-only DICOM reading: parse one file's bytes once, return typed header values.

Why read the bytes ourselves: pydicom reading a path issues many small ``read`` calls; reading the
file once into memory and parsing from a ``BytesIO`` with ``stop_before_pixels`` is faster, and the
same buffer then feeds the content and pixel hashes (the bytes after the parser stopped, at
``fp.tell()``, are the pixel data element), so every byte is touched once.

Most files do not go through pydicom's Dataset at all: :mod:`curation.dicom_fast_header` walks
the common layouts and hands the accessors below the same raw elements pydicom would (a
``RawHeader``); anything it cannot vouch for is parsed by pydicom, so the values are the same.

Every accessor is defensive: one malformed value (a bad date, a non-numeric age) makes that value
null, never the whole file unreadable. Raw identifiers (PatientID, names, birth date, accession)
are returned only to the index builder, which pseudonymises them and drops the rest.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
from dataclasses import dataclass
from datetime import date
from typing import Any

import pydicom
from pydicom.datadict import dictionary_VR, tag_for_keyword
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset, FileDataset
from pydicom.errors import InvalidDicomError

from curation.dicom_fast_header import NeedsPydicom, RawHeader, parse_fast

# Transfer syntaxes whose dataset is deflated: the parser's offset is not a file offset.
DEFLATED_TS = {"1.2.840.10008.1.2.1.99"}
_UID_RE = re.compile(r"^[0-9]+(\.[0-9]+)*$")


class NotDicomError(Exception):
    """The bytes are not DICOM: no DICM preamble and nothing that parses as a dataset."""


class NeverDicomError(NotDicomError):
    """Not DICOM whatever follows the bytes seen so far: reading more of the file cannot help."""


class UnreadableDicomError(Exception):
    """The bytes look like DICOM but the header cannot be parsed (truncated or corrupt)."""


class CorruptDicomError(UnreadableDicomError):
    """Unreadable whatever follows the bytes parsed so far: reading more of the file cannot help."""


@dataclass(frozen=True)
class ParsedHeader:
    """A header parsed from a file's bytes and where its pixel data element starts."""

    dataset: Dataset
    pixel_offset: int  # byte offset of the first pixel data element (== len(raw) when none)
    has_pixels: bool
    deflated: bool


def _looks_like_dataset(ds: Dataset) -> bool:
    """A forced parse of a preamble-less file counts as DICOM only if it carries real UIDs."""
    for kw in ("SOPClassUID", "SOPInstanceUID", "StudyInstanceUID"):
        try:
            value = ds.get(kw)
        except Exception:  # noqa: BLE001, S112 - corrupt value: not evidence of DICOM
            continue
        if value and _UID_RE.match(str(value).strip()):
            return True
    return False


def parse_header(raw: bytes, fast: bool = True, keep: frozenset[int] | None = None) -> ParsedHeader:
    """Parse the header of a DICOM file held in ``raw`` (pixel data is not read).

    With ``fast`` (the default), a file in the common layout is walked by
    :func:`curation.dicom_fast_header.parse_fast` and ``dataset`` is a ``RawHeader`` holding the
    raw elements pydicom would hold; its accessors (this module's) raise ``NeedsPydicom`` when a
    value needs pydicom's conversion, and the caller then parses again with ``fast=False``.
    Otherwise ``dataset`` is pydicom's. ``keep``: the tags whose values the caller will read
    (None: all); the fast walker does not build the others' values.

    Raises :class:`NotDicomError` when the bytes are not DICOM and :class:`UnreadableDicomError`
    when they are but the header is truncated or corrupt.
    """
    if fast:
        walked = parse_fast(raw, keep)
        if walked is not None:
            header, offset, at_pixels = walked
            try:
                _check_complete(header, at_pixels, offset, len(raw), False)  # type: ignore[arg-type]
            except (UnreadableDicomError, NeedsPydicom):
                pass  # pydicom decides (and says why)
            else:
                return ParsedHeader(header, offset if at_pixels else len(raw), at_pixels, False)  # type: ignore[arg-type]
    has_preamble = len(raw) >= 132 and raw[128:132] == b"DICM"
    # tag (0000,0000) opens a DIMSE command, never a stored dataset; zero-filled (sparse) files
    # start so, and pydicom would parse them as thousands of empty elements (~1 s per MB)
    if not has_preamble and raw[:4] == b"\0\0\0\0":
        raise NeverDicomError("no DICM preamble and the bytes start with zeros")
    if has_preamble and len(raw) >= 136 and raw[132:136] == b"\0\0\0\0":
        raise CorruptDicomError("zero bytes after the DICM preamble")
    fp = io.BytesIO(raw)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ds = pydicom.dcmread(fp, stop_before_pixels=True, force=not has_preamble)
        except InvalidDicomError as exc:
            raise (UnreadableDicomError if has_preamble else NotDicomError)(str(exc)) from exc
        except Exception as exc:
            if has_preamble:
                raise UnreadableDicomError(f"{type(exc).__name__}: {exc}") from exc
            raise NotDicomError(f"{type(exc).__name__}: {exc}") from exc
        offset = fp.tell()
        if not has_preamble and not _looks_like_dataset(ds):
            raise NotDicomError("no DICM preamble and no UIDs in a forced parse")
        if len(ds) == 0 and not has_preamble:
            raise NotDicomError("empty dataset")
    ts = _transfer_syntax(ds)
    deflated = ts in DEFLATED_TS
    has_pixels = offset < len(raw) or deflated
    if has_pixels and not deflated:
        # stop_before_pixels leaves fp at the start of the pixel tag; anything else means the
        # parser stopped early on a truncated file.
        tag = raw[offset : offset + 4]
        if tag not in (
            b"\xe0\x7f\x10\x00",
            b"\x7f\xe0\x00\x10",
            b"\xe0\x7f\x08\x00",
            b"\xe0\x7f\x09\x00",
            b"\x7f\xe0\x00\x08",
            b"\x7f\xe0\x00\x09",
        ):
            has_pixels = False
    _check_complete(ds, has_pixels, offset, len(raw), deflated)
    return ParsedHeader(ds, offset if has_pixels else len(raw), has_pixels, deflated)


MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10"


def _check_complete(ds: Dataset, has_pixels: bool, pixel_offset: int, total: int, deflated: bool) -> None:
    """pydicom stops silently at EOF; decide whether what it read is a whole, sane header.

    Unreadable when: nothing after the file meta; the last element's declared length runs past
    the end of the file, or bytes are left over after it that did not parse (a cut file);
    no SOPClassUID/SOPInstanceUID in the dataset (Type 1 in every composite object; a DICOMDIR
    is the exception; random bytes after a valid meta parse as nonsense elements without them);
    image attributes (Rows, Columns) without any pixel data element (cut before the pixels).
    """
    if len(ds) == 0:
        raise UnreadableDicomError("empty dataset (truncated after the file meta?)")
    if not deflated:
        # The last top-level element in file (tag) order; a parsed sequence has no offsets to check.
        final = ds._dict[max(ds._dict)] if ds._dict else None
        tell = getattr(final, "value_tell", None)
        last = (tell, getattr(final, "length", 0)) if tell is not None else None
        if last is not None and last[1] != 0xFFFFFFFF:
            end = last[0] + last[1]
            limit = pixel_offset if has_pixels else total
            if end > limit or (not has_pixels and end < total):
                raise UnreadableDicomError("header runs past, or stops before, the end of the file")
    if "SOPClassUID" not in ds and "SOPInstanceUID" not in ds:
        meta = getattr(ds, "file_meta", None) or Dataset()
        if get_str(meta, "MediaStorageSOPClassUID") != MEDIA_STORAGE_DIRECTORY:
            raise UnreadableDicomError("no SOPClassUID/SOPInstanceUID: truncated or corrupt header")
    if not has_pixels and "Rows" in ds and "Columns" in ds:
        raise UnreadableDicomError("image header without pixel data: truncated file")


def _transfer_syntax(ds: Dataset) -> str | None:
    meta = ds.__dict__.get("file_meta")  # not getattr: Dataset attribute lookup is slow
    value = get_str(meta, "TransferSyntaxUID") if meta is not None else None
    if value:
        return str(value).strip()
    if isinstance(ds, FileDataset):
        # No meta: pydicom guessed the encoding while parsing.
        if ds.is_little_endian is False:
            return "1.2.840.10008.1.2.2"
        return "1.2.840.10008.1.2" if ds.is_implicit_VR else "1.2.840.10008.1.2.1"
    return None


def transfer_syntax(ds: Dataset) -> str | None:
    """Transfer syntax UID of a parsed file (guessed from the encoding when there is no meta)."""
    return _transfer_syntax(ds)


# Fast path: header values straight from pydicom's raw (unconverted) elements. Converting an
# element through pydicom costs ~50 us (hooks, VR validation, charset handling); decoding the raw
# bytes costs ~1 us, and the index reads ~30 values per file.
_TEXT_VRS = frozenset({"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UI", "UT"})
_CHARSET_VRS = frozenset({"LO", "LT", "PN", "SH", "ST", "UC", "UT"})
_SIMPLE_CHARSETS = {"": "latin-1", "ISO_IR 6": "latin-1", "ISO_IR 100": "latin-1", "ISO_IR 192": "utf-8"}
_INT_FORMATS = {"US": "H", "SS": "h", "UL": "I", "SL": "i"}
_SLOW = object()


_KIND_TEXT, _KIND_CHARSET_TEXT, _KIND_INT, _KIND_OTHER = range(4)
_KEYWORDS: dict[str, tuple[int, int, str]] = {}
# Raw SpecificCharacterSet bytes seen in practice -> codec (the general path handles the rest).
_RAW_CHARSETS = {b"ISO_IR 100": "latin-1", b"ISO_IR 192": "utf-8", b"ISO_IR 6": "latin-1", b"": "latin-1"}


def _keyword_info(keyword: str) -> tuple[int, int, str]:
    """``(tag, kind, struct format)`` of a keyword (cached; raises KeyError when unknown)."""
    info = _KEYWORDS.get(keyword)
    if info is None:
        tag = tag_for_keyword(keyword)
        if tag is None:
            raise KeyError(f"unknown DICOM keyword {keyword!r}")
        vr = dictionary_VR(tag)
        if vr in _CHARSET_VRS:
            info = (tag, _KIND_CHARSET_TEXT, "")
        elif vr in _TEXT_VRS:
            info = (tag, _KIND_TEXT, "")
        elif vr in _INT_FORMATS:
            info = (tag, _KIND_INT, _INT_FORMATS[vr])
        else:
            info = (tag, _KIND_OTHER, "")
        _KEYWORDS[keyword] = info
    return info


def _charset(ds: Dataset) -> str | None:
    """Python codec of the dataset's SpecificCharacterSet when it is a simple one, else None."""
    if ds.__class__ is RawHeader:  # computed once per header
        codec = ds.codec  # type: ignore[attr-defined]
        if codec is None:
            codec = ds.codec = _charset_of(ds)  # type: ignore[attr-defined]
        return codec
    return _charset_of(ds)


def _charset_of(ds: Dataset) -> str | None:
    elem = ds._dict.get(0x00080005)
    if elem is None:
        return "latin-1"
    value = elem.value
    if isinstance(value, bytes):
        fast = _RAW_CHARSETS.get(value.rstrip(b" \x00"))
        if fast is not None:
            return fast
        value = value.decode("ascii", "replace")
    if value is None:
        return "latin-1"
    terms = [str(t).strip(" \x00") for t in (value.split("\\") if isinstance(value, str) else value)]
    return _SIMPLE_CHARSETS.get(terms[0]) if len(terms) == 1 else None


def _raw_value(ds: Dataset, keyword: str) -> object:
    """The value decoded from the raw element, None when absent/empty, or ``_SLOW``."""
    info = _KEYWORDS.get(keyword)
    if info is None:
        try:
            info = _keyword_info(keyword)
        except KeyError:
            return _SLOW
    tag, kind, fmt = info
    elem = ds._dict.get(tag)
    if elem is None:
        return None
    if elem.__class__ is not RawDataElement:
        value = elem.value  # already converted by pydicom: use it as is
        if value is None or value == "":
            return None
        if isinstance(value, (str, int)):
            return value
        return _SLOW
    data = elem.value
    if not data:
        return None
    if kind == _KIND_TEXT:
        return data.decode("latin-1")
    if kind == _KIND_CHARSET_TEXT:
        encoding = _charset(ds)
        return _SLOW if encoding is None else data.decode(encoding, "replace")
    if kind == _KIND_INT:
        little = ds.original_encoding[1] is not False
        size = struct.calcsize(fmt)
        if len(data) < size:
            return None
        return struct.unpack_from(("<" if little else ">") + fmt, data)[0]
    return _SLOW


def _clean(text: str) -> str | None:
    if "\\" not in text:
        return text.strip(" \x00") or None
    parts = [p.strip(" \x00") for p in text.split("\\")]
    out = "\\".join(parts).strip(" \x00")
    return out or None


def get_str(ds: Dataset, keyword: str) -> str | None:
    """A tag's value as a stripped string (multi-valued joined by ``\\``); None when absent/empty/bad."""
    info = _KEYWORDS.get(keyword)
    if info is not None and info[1] <= _KIND_CHARSET_TEXT:  # inlined _raw_value + _clean of a raw text value
        elem = ds._dict.get(info[0])
        if elem is None:
            return None
        if elem.__class__ is RawDataElement:
            data = elem.value
            if not data:
                return None
            encoding = "latin-1" if info[1] == _KIND_TEXT else _charset(ds)
            if encoding is not None:
                text = data.decode(encoding) if info[1] == _KIND_TEXT else data.decode(encoding, "replace")
                if "\\" not in text:
                    return text.strip(" \x00") or None
                return _clean(text)
    fast = _raw_value(ds, keyword)
    if fast is None:
        return None
    if fast is not _SLOW:
        return _clean(str(fast))
    try:
        elem = ds.data_element(keyword)
        if elem is None:
            return None
        value = elem.value
    except Exception:  # noqa: BLE001 - a corrupt value is a null value
        return None
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    if isinstance(value, (list, tuple, pydicom.multival.MultiValue)):
        text = "\\".join(str(v).strip() for v in value)
    else:
        text = str(value)
    return _clean(text)


def get_int(ds: Dataset, keyword: str) -> int | None:
    """A tag's value as an int; None when absent or not a number."""
    fast = _raw_value(ds, keyword)
    if isinstance(fast, int):
        return fast
    text = get_str(ds, keyword)
    if text is None:
        return None
    try:
        return int(float(text.split("\\")[0]))
    except ValueError:
        return None


def parse_da(text: str | None) -> date | None:
    """A DICOM DA value (``YYYYMMDD``, also the old ``YYYY.MM.DD``) as a date; None when invalid."""
    if not text:
        return None
    digits = text.strip().replace(".", "").replace("-", "")
    if len(digits) != 8 or not digits.isdigit():
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


_AGE_UNITS = {"D": 365.25, "W": 365.25 / 7, "M": 12.0, "Y": 1.0}


def parse_age_string(text: str | None) -> float | None:
    """A DICOM AS value (``045Y``, ``006M``, ``010W``, ``020D``) in years; None when invalid."""
    if not text:
        return None
    m = re.fullmatch(r"\s*(\d{1,3})\s*([DWMY]?)\s*", text.upper())
    if not m:
        return None
    return int(m.group(1)) / _AGE_UNITS[m.group(2) or "Y"]


def age_years(study: date | None, birth: date | None, age_string: str | None) -> float | None:
    """Age at the study date: from the birth date when both dates are valid, else from PatientAge.

    A birth date after the study date is treated as invalid (falls back to PatientAge).
    """
    if study is not None and birth is not None and birth <= study:
        return (study - birth).days / 365.25
    return parse_age_string(age_string)


def count_us_regions(ds: Dataset) -> int:
    """Number of items in SequenceOfUltrasoundRegions (0 when absent or corrupt).

    Counted from the raw bytes when the sequence and its items have defined lengths (what
    scanners write): converting the sequence builds a Dataset per item, 20x the cost.
    """
    elem = ds._dict.get(0x00186011)
    if elem is None:
        return 0
    if isinstance(elem, RawDataElement) and isinstance(elem.value, bytes):
        counted = _count_items(elem.value, ds.original_encoding[1] is not False)
        if counted is not None:
            return counted
    try:
        seq = ds.get("SequenceOfUltrasoundRegions")
        return len(seq) if seq is not None else 0
    except Exception:  # noqa: BLE001
        return 0


def _count_items(data: bytes, little: bool) -> int | None:
    """Items of a defined-length sequence value; None when an item has an undefined length."""
    fmt = "<HHI" if little else ">HHI"
    pos, n = 0, 0
    while pos + 8 <= len(data):
        group, elem, length = struct.unpack_from(fmt, data, pos)
        if (group, elem) != (0xFFFE, 0xE000) or length == 0xFFFFFFFF:
            return None
        pos += 8 + length
        n += 1
    return n if pos == len(data) else None


def header_value(ds: Dataset, keyword: str) -> Any:
    """Generic safe accessor used by tests and debugging (the raw pydicom value or None)."""
    try:
        return ds.get(keyword)
    except Exception:  # noqa: BLE001
        return None
