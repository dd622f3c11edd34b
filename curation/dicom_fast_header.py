"""A header walker for the common DICOM file: the same raw elements as pydicom, without its Dataset.

Why: ``pydicom.dcmread(stop_before_pixels=True)`` spends most of its time building Dataset and
element objects the index never looks at (it reads ~30 values from the raw bytes, see
:mod:`curation.dicom_headers`). For the file layout that nearly every scanner writes -- a
``DICM`` preamble, an explicit-VR little-endian file meta starting with its group length, an
explicit-VR (native or encapsulated pixels) or implicit-VR little-endian dataset, defined-length
elements, a simple character set -- this module walks the elements itself and yields exactly
the ``RawDataElement`` values pydicom's ``data_element_generator`` would (same tag, VR, length,
bytes, offset), at a fraction of the cost.

Anything else returns None and the caller parses with pydicom, so the index values never depend
on which path read a file: big endian, deflated, a private or missing transfer syntax, a first
element whose VR bytes disagree with the transfer syntax, an undefined-length element (sequence
or not), an unknown VR, an element running past the buffer, a command group, an item tag at the
top level, a multi-term or unusual character set, and every header that would not pass the
completeness check. The accessors that would need pydicom's value conversion on a
:class:`RawHeader` raise :class:`NeedsPydicom` (see ``dicom_headers``).
"""

from __future__ import annotations

import re
import struct
from typing import Any

import pydicom.uid
from pydicom.datadict import tag_for_keyword
from pydicom.dataelem import RawDataElement, empty_value_for_VR
from pydicom.filereader import ENCODED_VR
from pydicom.valuerep import EXPLICIT_VR_LENGTH_32


class NeedsPydicom(BaseException):  # noqa: N818 - a control-flow signal, not an error
    """A value of a :class:`RawHeader` needs pydicom's conversion: re-parse the file with pydicom.

    A ``BaseException`` so that the accessors' defensive ``except Exception`` (a corrupt value is
    a null value) does not turn it into a null.
    """


# VR bytes -> (VR string as pydicom stores it, has a 4-byte length)
_VRS: dict[bytes, tuple[str, bool]] = {
    vr: (vr.decode("latin-1"), vr.decode("latin-1") in EXPLICIT_VR_LENGTH_32) for vr in ENCODED_VR
}
_ELEMENT = struct.Struct("<HH2sH").unpack_from
_UL = struct.Struct("<L").unpack_from
_IMPLICIT = struct.Struct("<HHL").unpack_from
_PIXEL_TAGS = frozenset({0x7FE00010, 0x7FE00009, 0x7FE00008})
# Transfer syntaxes pydicom reads as something other than (explicit or implicit) VR little endian.
_OTHER_ENCODING = frozenset({pydicom.uid.ExplicitVRBigEndian, pydicom.uid.DeflatedExplicitVRLittleEndian})
# A transfer syntax UID whose raw and pydicom-converted forms clean to the same string.
_PLAIN_UID = re.compile(rb"[0-9]+(?:\.[0-9]+)*[\x00 ]?")
# Raw SpecificCharacterSet values accepted here (their raw and converted readings agree).
_PLAIN_CHARSETS = frozenset({b"", b"ISO_IR 6", b"ISO_IR 100", b"ISO_IR 192"})
_KEYWORD_TAGS: dict[str, int | None] = {}
_RAW_FIELDS = ("tag", "VR", "length", "value", "value_tell", "is_implicit_VR", "is_little_endian")
if RawDataElement._fields[:7] != _RAW_FIELDS:  # pragma: no cover - a pydicom release changed the layout
    raise ImportError(f"unexpected pydicom RawDataElement fields {RawDataElement._fields}")
_RAW_DEFAULTS = tuple(RawDataElement._field_defaults[f] for f in RawDataElement._fields[7:])


class _Skipped:
    """Stands for an element whose value was not built: any use of it needs pydicom."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        raise NeedsPydicom


SKIPPED = _Skipped()


class RawHeader:
    """The raw elements of a dataset, with the small part of pydicom's Dataset API the accessors use.

    ``_dict`` maps tag -> ``RawDataElement`` (as pydicom's ``Dataset._dict``); ``file_meta`` is
    the file meta as another ``RawHeader``; ``original_encoding`` is (implicit VR, little endian).
    Everything that would convert a value raises :class:`NeedsPydicom`.
    """

    def __init__(self, elements: dict[int, RawDataElement], file_meta: RawHeader | None = None, implicit: bool = False) -> None:
        self._dict = elements
        self.original_encoding = (implicit, True, None)
        self.codec: str | None = None  # the Python codec of SpecificCharacterSet, cached by the accessors
        if file_meta is not None:
            self.file_meta = file_meta

    def __len__(self) -> int:
        return len(self._dict)

    def __contains__(self, keyword: object) -> bool:
        if not isinstance(keyword, str):
            raise NeedsPydicom
        tag = _KEYWORD_TAGS.get(keyword, -1)
        if tag == -1:
            tag = _KEYWORD_TAGS[keyword] = tag_for_keyword(keyword)
        return tag is not None and tag in self._dict

    def get(self, *_: Any, **__: Any) -> Any:
        raise NeedsPydicom

    def data_element(self, *_: Any, **__: Any) -> Any:
        raise NeedsPydicom


def _walk(
    raw: bytes, pos: int, meta: bool, implicit: bool = False, keep: frozenset[int] | None = None
) -> tuple[dict[int, Any], int, bool] | None:
    """Elements from ``pos``: the file meta (group 2) or the dataset up to the pixel data.

    Returns (elements, offset where reading stopped, stopped at a pixel data tag), or None when
    the bytes leave the layout this module handles. With ``implicit`` the elements carry no VR
    (``None``, as pydicom stores them) and a 4-byte length. With ``keep``, the elements of other
    tags are stored as :data:`SKIPPED` (the tag is present, its value is not built), except the
    element of the highest tag (the completeness check reads its offset and length; it must be
    the last element, as in any file written in tag order, or None is returned).
    """
    elements: dict[int, Any] = {}
    last_tag, last_vr, last_length, last_pos = -1, None, 0, 0
    keep_all = keep is None
    end = len(raw)
    vrs = _VRS
    explicit_element, implicit_element, ul = _ELEMENT, _IMPLICIT, _UL
    new = tuple.__new__  # RawDataElement is a NamedTuple: skip its Python-level __new__
    tail = (implicit, True, *_RAW_DEFAULTS)  # is_implicit_VR, is_little_endian, then the defaults
    vr: str | None = None
    while True:
        if pos + 8 > end:
            if pos != end or meta:
                return None
            break
        if implicit:
            group, elem, length = implicit_element(raw, pos)
            start = pos + 8
        else:
            group, elem, vr_bytes, length = explicit_element(raw, pos)
            if meta and group != 2:  # the end of the meta (pydicom reads on: keep a margin)
                return (elements, pos, False) if pos + 12 <= end else None
            info = vrs.get(vr_bytes)
            if info is None:  # pydicom would guess (implicit VR or a 2-byte length): leave it to pydicom
                return None
            vr, long_length = info
            if long_length:
                if pos + 12 > end:
                    return None
                length = ul(raw, pos + 8)[0]
                start = pos + 12
            else:
                start = pos + 8
        if (group <= 2 or group >= 0x7FE0) and not meta:
            tag = group << 16 | elem
            if tag in _PIXEL_TAGS:
                break
            if group <= 2 or group == 0xFFFE:  # a command group, a second meta, an item at the top
                return None
        pos = start + length
        if pos > end or length == 0xFFFFFFFF:
            return None
        tag = group << 16 | elem
        last_tag, last_vr, last_length, last_pos = tag, vr, length, start
        if keep_all or tag in keep:  # type: ignore[operator]
            value = raw[start:pos] if length else empty_value_for_VR(vr, raw=True)
            elements[tag] = new(RawDataElement, (tag, vr, length, value, start, *tail))
        else:
            elements[tag] = SKIPPED
    if elements:
        max_tag = max(elements)
        if elements[max_tag] is SKIPPED:
            if max_tag != last_tag:
                return None
            value = raw[last_pos : last_pos + last_length] if last_length else empty_value_for_VR(last_vr, raw=True)
            elements[max_tag] = new(RawDataElement, (max_tag, last_vr, last_length, value, last_pos, *tail))
    return elements, pos, pos < end


def parse_fast(raw: bytes, keep: frozenset[int] | None = None) -> tuple[RawHeader, int, bool] | None:
    """``(header, offset where pydicom would stop, stopped at pixel data)`` or None (use pydicom).

    The offset is the pixel data tag's position, or ``len(raw)`` when the dataset ends there.
    ``keep``: the dataset tags whose values the caller reads (None: all); the others are
    :data:`SKIPPED` (reading one raises :class:`NeedsPydicom`: slower, never wrong).
    """
    if len(raw) < 144 or raw[128:132] != b"DICM" or raw[132:140] != b"\x02\x00\x00\x00UL\x04\x00":
        return None  # the meta must start with its group length (what pydicom converts first)
    walked = _walk(raw, 132, meta=True)
    if walked is None:
        return None
    meta_elements, pos, _ = walked
    ts_elem = meta_elements.get(0x00020010)
    if ts_elem is None or not ts_elem.value or not _PLAIN_UID.fullmatch(ts_elem.value):
        return None
    ts = ts_elem.value.rstrip(b"\x00 ").decode("ascii")
    if ts in _OTHER_ENCODING or ts in pydicom.uid.PrivateTransferSyntaxes:
        return None
    implicit = ts == pydicom.uid.ImplicitVRLittleEndian
    # pydicom checks the first element's VR bytes against the transfer syntax and switches
    # encoding (with a warning) when they disagree: leave such files to it.
    if pos + 6 <= len(raw) and (0x40 < raw[pos + 4] < 0x5B and 0x40 < raw[pos + 5] < 0x5B) == implicit:
        return None
    walked = _walk(raw, pos, meta=False, implicit=implicit, keep=keep)
    if walked is None:
        return None
    elements, offset, at_pixels = walked
    if not elements or max(elements) == 0x00080005:
        return None
    charset = elements.get(0x00080005)
    if charset is SKIPPED:
        return None
    if charset is not None and (charset.value or b"").rstrip(b" \x00") not in _PLAIN_CHARSETS:
        return None
    return RawHeader(elements, RawHeader(meta_elements), implicit), offset, at_pixels
