"""Stage 1: the ``dicom_index`` table, one row per file found under the DICOM directory.

Header-only and robust: every file found gets exactly one row; a file that is not DICOM or whose
header cannot be parsed gets ``error`` = ``not_dicom`` / ``unreadable_dicom`` and nulls elsewhere,
never an exception. Every read is bounded (:data:`MAX_HEADER_BYTES`): a 2 GB sparse file costs one
prefix read and gets a code, it is never read whole. The walk (:func:`find_files`) follows folder
links with loop protection and lists dangling links, FIFOs and unlistable folders too, so they get
a row and a code (``dangling_symlink``, ``symlink_loop``, ``special_file``, ``unreadable_folder``)
instead of vanishing. Raw identifiers are pseudonymised here and dropped (PatientID ->
``patient_uid``; AccessionNumber -> ``exam_uid``; birth date -> ``patient_age_years`` only;
Study/Series/SOP Instance UIDs -> keyed ``2.25.`` UIDs). The three procedure descriptions are
stored scrubbed (:mod:`core.scrub`; with the identifiers of the file, or of its chunk, here, and
with the whole export's in :func:`curation.identifiers.protect_index`); the biopsy rule's verdict
on the original text is kept as ``biopsy_procedure``. A file name that is not UTF-8 is published
escaped (``caf\\xe9``, :func:`curation.source_paths.display_relpath`).

Reading and hashing (sized for the bench target: as cheap as a plain header scan): the header is
parsed from one 8 kB prefix read (128 kB, then 4 MB, when the header is longer; a file without a
DICM preamble is never read past 128 kB); the pixel data is not read, only sampled.
``pixel_hash`` = SHA-256 of the pixel data length and 8 evenly spaced
4 kB blocks from the pixel data element to the end of the file (all of it when under 32 kB, or
with ``full_hash=True``); null without pixel data. Exact copies always share it; the duplicate
rule confirms each collision on the full bytes (:func:`confirm_pixel_duplicates`), so duplicate
detection is exact while the index reads ~32 kB of pixels per image instead of the whole file.
``content_hash`` = SHA-256 of the header bytes and the pixel digest: any header change, any
size change and any change in a sampled block changes it (it keys the image store's incremental
cache; ``full_hash=True`` makes it cover every byte). For a deflated transfer syntax the whole
file (up to 64 MB) is read and ``pixel_hash`` covers the whole deflated dataset. The
``content_hash`` of a file with an error code covers its bytes when under 32 kB, else its size
and 8 sampled blocks.

``index_chunk`` is the picklable unit of work (a Prefect/Dask task later); ``build_index`` maps it
over chunks with a process pool.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import warnings
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
from pydicom.datadict import tag_for_keyword

from core import pseudonyms
from curation.dicom_fast_header import NeedsPydicom
from curation.dicom_headers import (
    CorruptDicomError,
    NeverDicomError,
    NotDicomError,
    UnreadableDicomError,
    age_years,
    count_us_regions,
    get_int,
    get_str,
    parse_da,
    parse_header,
    transfer_syntax,
)
from curation.identifiers import merge, protect_index, scrub_columns, scrubber
from curation.patient_ids import is_valid_patient_id
from curation.procedure_text import DESCRIPTION_ORDER, deciding_text, is_biopsy_text
from curation.relpath_mask import identifier_tokens, mask_relpath, mask_relpaths
from curation.source_paths import display_relpath, real_relpath

INDEX_SCHEMA = pa.schema(
    [
        ("file_relpath", pa.string()),
        ("file_size", pa.int64()),
        ("content_hash", pa.string()),
        ("error", pa.string()),
        ("patient_uid", pa.string()),
        ("patient_id_valid", pa.bool_()),
        ("exam_uid", pa.string()),
        ("study_uid", pa.string()),
        ("series_uid", pa.string()),
        ("sop_uid", pa.string()),
        ("sop_class_uid", pa.string()),
        ("modality", pa.string()),
        ("study_date", pa.date32()),
        ("patient_age_years", pa.float64()),
        ("patient_sex", pa.string()),
        ("image_type", pa.string()),
        ("performed_procedure_step_description", pa.string()),
        ("study_description", pa.string()),
        ("requested_procedure_description", pa.string()),
        ("biopsy_procedure", pa.bool_()),
        ("laterality", pa.string()),
        ("manufacturer", pa.string()),
        ("manufacturer_model", pa.string()),
        ("rows", pa.int32()),
        ("columns", pa.int32()),
        ("samples_per_pixel", pa.int32()),
        ("photometric", pa.string()),
        ("number_of_frames", pa.int32()),
        ("transfer_syntax_uid", pa.string()),
        ("n_us_regions", pa.int32()),
        ("pixel_hash", pa.string()),
    ]
)

DEFAULT_CHUNK_SIZE = 256
# Every dataset keyword the index reads (here, in dicom_headers and in relpath_mask): the fast
# header walker builds only these values. A keyword missing here is still read right (through
# pydicom, see dicom_fast_header.SKIPPED), only slower; a test checks the list is complete.
HEADER_KEYWORDS = (
    "SpecificCharacterSet",
    "ImageType",
    "SOPClassUID",
    "SOPInstanceUID",
    "StudyDate",
    "AccessionNumber",
    "Modality",
    "Manufacturer",
    "StudyDescription",
    "ManufacturerModelName",
    "PatientName",
    "PatientID",
    "PatientBirthDate",
    "PatientSex",
    "OtherPatientIDs",
    "PatientAge",
    "SequenceOfUltrasoundRegions",
    "StudyInstanceUID",
    "SeriesInstanceUID",
    "Laterality",
    "ImageLaterality",
    "SamplesPerPixel",
    "PhotometricInterpretation",
    "NumberOfFrames",
    "Rows",
    "Columns",
    "RequestedProcedureDescription",
    "PerformedProcedureStepDescription",
)
_KEEP_TAGS = frozenset(tag_for_keyword(k) for k in HEADER_KEYWORDS)
_LATERALITY = {"L": "L", "R": "R", "LEFT": "L", "RIGHT": "R"}
_DESCRIPTION_KEYWORDS = {
    "performed_procedure_step_description": "PerformedProcedureStepDescription",
    "study_description": "StudyDescription",
    "requested_procedure_description": "RequestedProcedureDescription",
}


def find_files(dicom_dir: str | os.PathLike) -> list[str]:
    """Every entry to account for under ``dicom_dir`` (any name or extension), as sorted ``/`` relpaths.

    Regular files and file links, and also what cannot be indexed but must not vanish silently:
    dangling links, FIFOs/sockets/devices, folders that cannot be listed, and folder links that
    are not walked. A folder link is walked (its files get paths under the link) unless its target
    is inside ``dicom_dir`` (walked under its real path anyway), an ancestor (a loop) or a folder
    another link already led to: those links are listed themselves and indexed as ``symlink_loop``.
    Names are returned as the OS gives them (a non-UTF-8 name keeps its bytes as surrogate escapes,
    so it can be opened; :func:`curation.source_paths.display_relpath` makes the published form).
    """
    root = os.fspath(dicom_dir)
    root_real = os.path.realpath(root)
    inside_prefix = root_real.rstrip(os.sep) + os.sep
    out: list[str] = []
    visited: set[tuple[int, int]] = set()
    # depth first in sorted order (children pushed in reverse), a folder marked when it is walked:
    # which of two links to one folder is walked depends on the names only, never on the filesystem
    stack: list[tuple[str, str, bool]] = [("", root, False)]
    while stack:
        rel_dir, full_dir, is_link = stack.pop()
        try:
            st = os.stat(full_dir)
        except OSError:
            if rel_dir:
                out.append(rel_dir)
            continue
        if is_link:
            target = os.path.realpath(full_dir)
            if target == root_real or target.startswith(inside_prefix) or (st.st_dev, st.st_ino) in visited:
                out.append(rel_dir)  # walked under another path (or a loop): listed, not walked
                continue
        visited.add((st.st_dev, st.st_ino))
        try:
            with os.scandir(full_dir) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            if rel_dir:  # a folder that cannot be listed gets a row of its own (unreadable_folder)
                out.append(rel_dir)
            continue
        folders = []
        for entry in entries:
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            try:
                is_dir = entry.is_dir()  # follows links
            except OSError:
                is_dir = False
            if is_dir:
                folders.append((rel, entry.path, entry.is_symlink()))
            else:
                out.append(rel)  # a file, a file link, a dangling link or a special file
        stack.extend(reversed(folders))
    out.sort()
    return out


# The files of one exam repeat its patient and accession: the pseudonyms are memoised per
# process (same values as core.pseudonyms, whose key resolution is itself cached per process).
_patient_uid = lru_cache(maxsize=1 << 16)(pseudonyms.patient_uid)
_exam_uid = lru_cache(maxsize=1 << 16)(pseudonyms.exam_uid)
_dicom_uid = lru_cache(maxsize=1 << 16)(pseudonyms.dicom_uid)
_is_biopsy_text = lru_cache(maxsize=1 << 12)(is_biopsy_text)  # an export repeats a few descriptions


def _pseudo_uid(uid: str | None, key: str | None) -> str | None:
    return _dicom_uid(uid, key) if uid else None


def exam_uid_for(accession: str | None, study_uid: str | None, key: str | None = None) -> str | None:
    """Pseudonymous exam id: from AccessionNumber, else from StudyInstanceUID (namespaced)."""
    if accession:
        return _exam_uid(accession, key)
    if study_uid:
        return _exam_uid(f"study:{study_uid}", key)
    return None


def laterality_of(ds: Any) -> str | None:
    """``L``/``R`` from ImageLaterality, then Laterality (series level); None otherwise (B, U...)."""
    for kw in ("ImageLaterality", "Laterality"):
        value = get_str(ds, kw)
        if value:
            return _LATERALITY.get(value.upper())
    return None


def _empty_row(relpath: str, size: int | None, content_hash: str | None, error: str) -> dict[str, Any]:
    row = dict.fromkeys(INDEX_SCHEMA.names)
    # a file gone or unreadable mid-build: size 0 if unknown, the hash of no bytes if none was hashed (no nulls)
    row.update(file_relpath=relpath, file_size=size if size is not None else 0,
               content_hash=content_hash or hashlib.sha256(b"").hexdigest(), error=error)
    return row


# Reading strategy (see the module docstring): the header from one prefix read, the pixel data
# sampled, unless it is small or ``full_hash`` is asked for.
# Prefix reads, shortest first, then the whole file: a typical header fits the first one (copying
# 128 kB for a 2 kB header cost as much as parsing it); the row never depends on the prefix size,
# since it is built from a prefix only when that prefix holds the whole header up to the pixel tag.
HEAD_READS = (8 * 1024, 128 * 1024)
# The most of a file the index ever reads for its header: a header that does not end within it is
# ``header_too_large``; a file without a DICM preamble that does not parse within its first 128 kB
# is not DICOM (garbage or a sparse file would otherwise be parsed byte by byte, ~1 s per MB).
MAX_HEADER_BYTES = 4 * 1024 * 1024
MAX_HEADER_BYTES_NO_PREAMBLE = 128 * 1024
MAX_DEFLATED_BYTES = 64 * 1024 * 1024  # a deflated dataset must be read whole to be hashed
SAMPLE_BLOCKS = 8
SAMPLE_BYTES = 4096
FULL_HASH_BELOW = SAMPLE_BLOCKS * SAMPLE_BYTES


class _Source:
    """Random access to one file's bytes: a path (``pread``) or bytes already in memory."""

    def __init__(self, path: str | os.PathLike | None = None, data: bytes | None = None) -> None:
        self.data = data
        self.mode = stat.S_IFREG
        # O_NONBLOCK: opening a FIFO must not wait for a writer (it is classified, never read)
        self.fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK) if data is None else None
        if self.fd is not None:
            st = os.fstat(self.fd)
            self.mode, self.size = st.st_mode, st.st_size
        else:
            self.size = len(data)  # type: ignore[arg-type]

    def read(self, offset: int, n: int) -> bytes:
        if self.data is not None:
            return self.data[offset : offset + n]
        out = b""
        while len(out) < n:
            got = os.pread(self.fd, n - len(out), offset + len(out))
            if not got:
                break
            out = got if not out else out + got
        return out

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def index_bytes(raw: bytes, relpath: str, key: str | None = None, full_hash: bool = False) -> dict[str, Any]:
    """The ``dicom_index`` row of one file's bytes (never raises on bad content).

    ``file_relpath`` is ``relpath`` with the file's own identifiers masked (:mod:`curation.relpath_mask`).
    """
    row, tokens = _index_source(_Source(data=raw), relpath, key, full_hash)
    return _protect_row(row, display_relpath(relpath), tokens)


def _protect_row(row: dict[str, Any], relpath: str, tokens: dict[str, str]) -> dict[str, Any]:
    """One file's row as stored: its path masked, its descriptions scrubbed, with its own identifiers."""
    scrub = scrubber(tokens)
    row.update({c: scrub(row[c]) for c in DESCRIPTION_ORDER}, file_relpath=mask_relpath(relpath, tokens))
    return row


def _error_row(src: _Source, relpath: str, code: str) -> tuple[dict[str, Any], dict[str, str]]:
    # bounded: whole when under 32 kB (the plain SHA-256 of the bytes), else size + sampled blocks
    return _empty_row(relpath, src.size, _pixel_digest(src, 0, False).hex(), code), {}


def _index_source(
    src: _Source, relpath: str, key: str | None, full_hash: bool, fast: bool = True
) -> tuple[dict[str, Any], dict[str, str]]:
    """The row with the *raw* relpath and descriptions, and the identifier tokens to mask and
    scrub them with (kept in memory only; the callers store nothing unprotected).

    ``fast``: try the raw header walker first (:mod:`curation.dicom_fast_header`); a value it
    cannot decode exactly like pydicom raises ``NeedsPydicom`` and the file is parsed again
    with pydicom, so the row is the same either way.
    """
    preamble = src.read(128, 4) == b"DICM"
    limit = min(src.size, MAX_HEADER_BYTES if preamble else MAX_HEADER_BYTES_NO_PREAMBLE)
    # prefix sizes, the last one the limit: rows never depend on HEAD_READS (the last read decides)
    prefixes = [n for n in HEAD_READS if n < limit] + [limit]
    buf = src.read(0, prefixes.pop(0))
    while True:
        complete = len(buf) >= src.size
        try:
            parsed = parse_header(buf, fast, _KEEP_TAGS)
        except NotDicomError as exc:
            if prefixes and not isinstance(exc, NeverDicomError):
                buf = src.read(0, prefixes.pop(0))
                continue
            return _error_row(src, relpath, "not_dicom")
        except UnreadableDicomError as exc:
            if prefixes and not isinstance(exc, CorruptDicomError):
                buf = src.read(0, prefixes.pop(0))
                continue
            corrupt = complete or isinstance(exc, CorruptDicomError)
            return _error_row(src, relpath, "unreadable_dicom" if corrupt else "header_too_large")
        if parsed.deflated and src.size > MAX_DEFLATED_BYTES:  # a deflated dataset is hashed whole
            return _error_row(src, relpath, "header_too_large")
        if parsed.deflated and not complete:
            buf = src.read(0, src.size)
            continue
        if not complete and not parsed.has_pixels:  # the header is longer than the prefix
            if not prefixes:
                return _error_row(src, relpath, "header_too_large")
            buf = src.read(0, prefixes.pop(0))
            continue
        break
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # pydicom value-validation chatter
            warnings.simplefilter("default", pseudonyms.DemoKeyWarning)
            row = _row_from_header(src, buf, relpath, parsed, key, full_hash)
            return row, identifier_tokens(parsed.dataset, row["patient_uid"], row["exam_uid"])
    except NeedsPydicom:
        return _index_source(src, relpath, key, full_hash, fast=False)
    except Exception:  # noqa: BLE001 - a header that parses but cannot be read is unreadable
        return _error_row(src, relpath, "unreadable_dicom")


def _pixel_digest(src: _Source, start: int, full: bool) -> bytes:
    """SHA-256 of the pixel bytes ``[start, size)``, or of ``SAMPLE_BLOCKS`` evenly spaced blocks.

    Sampling reads 32 kB whatever the image size; two files with different pixels collide only if
    every sampled block is identical, and the duplicate rule confirms every collision on the full
    bytes (:func:`confirm_pixel_duplicates`), so the rule stays exact.
    """
    length = src.size - start
    if full or length <= FULL_HASH_BELOW:
        h = hashlib.sha256()
        for off in range(start, src.size, 1 << 22):
            h.update(src.read(off, min(1 << 22, src.size - off)))
        return h.digest()
    h = hashlib.sha256(f"sampled:{length}:".encode())
    step = (length - SAMPLE_BYTES) / (SAMPLE_BLOCKS - 1)
    for i in range(SAMPLE_BLOCKS):
        h.update(src.read(start + int(i * step), SAMPLE_BYTES))
    return h.digest()


def _row_from_header(src: _Source, buf: bytes, relpath: str, parsed: Any, key: str | None, full_hash: bool) -> dict[str, Any]:
    ds = parsed.dataset
    if parsed.deflated:  # the pixel element cannot be located in the deflated bytes
        meta_end = _meta_end(buf)
        pixel_digest = hashlib.sha256(memoryview(buf)[meta_end:]).digest()
        head = memoryview(buf)[:meta_end]
    elif parsed.has_pixels:
        pixel_digest = _pixel_digest(src, parsed.pixel_offset, full_hash)
        head = memoryview(buf)[: parsed.pixel_offset]
    else:
        pixel_digest = None
        head = memoryview(buf)
    h = hashlib.sha256(head)
    if pixel_digest is not None:
        h.update(pixel_digest)

    patient_id = get_str(ds, "PatientID")
    study_uid = get_str(ds, "StudyInstanceUID")
    study_date = parse_da(get_str(ds, "StudyDate"))
    descriptions = {c: get_str(ds, _DESCRIPTION_KEYWORDS[c]) for c in DESCRIPTION_ORDER}
    deciding = deciding_text([descriptions[c] for c in DESCRIPTION_ORDER])
    row: dict[str, Any] = {
        "file_relpath": relpath,
        "file_size": src.size,
        "content_hash": h.hexdigest(),
        "error": None,
        "patient_uid": _patient_uid(patient_id, key) if patient_id else None,
        "patient_id_valid": is_valid_patient_id(patient_id),
        "exam_uid": exam_uid_for(get_str(ds, "AccessionNumber"), study_uid, key),
        "study_uid": _pseudo_uid(study_uid, key),
        "series_uid": _pseudo_uid(get_str(ds, "SeriesInstanceUID"), key),
        "sop_uid": _pseudo_uid(get_str(ds, "SOPInstanceUID") or _meta_str(ds, "MediaStorageSOPInstanceUID"), key),
        "sop_class_uid": get_str(ds, "SOPClassUID") or _meta_str(ds, "MediaStorageSOPClassUID"),
        "modality": get_str(ds, "Modality"),
        "study_date": study_date,
        "patient_age_years": age_years(study_date, parse_da(get_str(ds, "PatientBirthDate")), get_str(ds, "PatientAge")),
        "patient_sex": (get_str(ds, "PatientSex") or "").upper() or None,
        "image_type": get_str(ds, "ImageType"),
        **descriptions,  # the original text: the caller stores it scrubbed
        "biopsy_procedure": None if deciding is None else _is_biopsy_text(deciding),
        "laterality": laterality_of(ds),
        "manufacturer": get_str(ds, "Manufacturer"),
        "manufacturer_model": get_str(ds, "ManufacturerModelName"),
        "rows": get_int(ds, "Rows"),
        "columns": get_int(ds, "Columns"),
        "samples_per_pixel": get_int(ds, "SamplesPerPixel"),
        "photometric": get_str(ds, "PhotometricInterpretation"),
        "number_of_frames": get_int(ds, "NumberOfFrames") or (1 if parsed.has_pixels else None),
        "transfer_syntax_uid": transfer_syntax(ds),
        "n_us_regions": count_us_regions(ds),
        "pixel_hash": pixel_digest.hex() if pixel_digest is not None else None,
    }
    for name in ("rows", "columns", "samples_per_pixel", "number_of_frames"):
        value = row[name]
        if value is not None and not (0 <= value < 2**31):
            row[name] = None
    return row


def _meta_str(ds: Any, keyword: str) -> str | None:
    meta = getattr(ds, "file_meta", None)
    return get_str(meta, keyword) if meta is not None else None


def _meta_end(raw: bytes) -> int:
    """End of the file meta group (for deflated files, where the dataset itself is compressed)."""
    if raw[128:132] != b"DICM":
        return 0
    # (0002,0000) UL group length: tag(4) VR(2) len(2) value(4) at offset 132
    try:
        (group_len,) = struct.unpack_from("<I", raw, 132 + 8)
        return min(len(raw), 132 + 12 + group_len)
    except struct.error:
        return 0


def _unopenable_code(path: str | os.PathLike) -> str:
    """The code of a listed entry that cannot be opened: a dangling link, or a file gone or unreadable."""
    if os.path.islink(path) and not os.path.exists(path):
        return "dangling_symlink"
    return "unreadable_folder" if os.path.isdir(path) else "unreadable_dicom"


def _not_a_file_code(path: str | os.PathLike, mode: int) -> str:
    if stat.S_ISDIR(mode):  # find_files lists a folder only when it is a link not walked, or unlistable
        return "symlink_loop" if os.path.islink(path) else "unreadable_folder"
    return "special_file"


def _index_file_raw(
    path: str | os.PathLike, relpath: str, key: str | None, full_hash: bool = False
) -> tuple[dict[str, Any], dict[str, str]]:
    try:
        src = _Source(path)
    except OSError:
        try:
            size: int | None = os.path.getsize(path)
        except OSError:
            size = None
        return _empty_row(relpath, size, None, _unopenable_code(path)), {}
    if not stat.S_ISREG(src.mode):
        src.close()
        return _empty_row(relpath, 0, None, _not_a_file_code(path, src.mode)), {}
    try:
        return _index_source(src, relpath, key, full_hash)
    except OSError:  # vanished or unreadable mid-way
        return _empty_row(relpath, src.size, None, "unreadable_dicom"), {}
    finally:
        src.close()


def index_file(path: str | os.PathLike, relpath: str, key: str | None = None, full_hash: bool = False) -> dict[str, Any]:
    """Index one file (header prefix + sampled pixels); an OS error is ``unreadable_dicom``."""
    row, tokens = _index_file_raw(path, display_relpath(relpath), key, full_hash)
    return _protect_row(row, row["file_relpath"], tokens)


def confirm_pixel_duplicates(index: Any, dicom_root: str | os.PathLike, relpath_column: str = "file_relpath") -> Any:
    """Replace colliding (possibly sampled) ``pixel_hash`` values by full-content hashes.

    Returns a pandas copy. Only the files of a colliding group are read in full; afterwards equal
    ``pixel_hash`` means byte-identical pixel data. ``relpath_column`` holds the real relpaths
    (as :func:`curation.source_paths.arrow_relpath` writes them).
    """
    df = index.copy()
    ph = df["pixel_hash"]
    groups = ph[ph.notna() & ph.duplicated(keep=False)]
    root = Path(dicom_root)
    for i in groups.index:
        rel = real_relpath(df.at[i, relpath_column])
        row, _ = _index_file_raw(root / rel, display_relpath(rel), None, full_hash=True)
        df.at[i, "pixel_hash"] = row["pixel_hash"]
    return df


def rows_to_table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    """Index rows as an Arrow table with :data:`INDEX_SCHEMA`."""
    return pa.Table.from_pylist(list(rows), schema=INDEX_SCHEMA)


def _index_chunk_raw(
    paths: Sequence[str], root: str | os.PathLike, key: str | None = None, full_hash: bool = False
) -> tuple[pa.Table, dict[str, str]]:
    """Rows with the (display forms of the) *real* relpaths, descriptions scrubbed with the
    identifiers of every file of the chunk, plus those identifiers (in memory only)."""
    root = os.fspath(root)
    results = [_index_file_raw(os.path.join(root, p), display_relpath(p), key, full_hash) for p in paths]
    tokens = merge(*(t for _, t in results))
    return scrub_columns(rows_to_table([row for row, _ in results]), DESCRIPTION_ORDER, scrubber(tokens)), tokens


def _mask_table(table: pa.Table, paths: Sequence[str], tokens: dict[str, str], key: str | None) -> pa.Table:
    masked = mask_relpaths([display_relpath(p) for p in paths], tokens, key)
    i = table.schema.get_field_index("file_relpath")
    return table.set_column(i, "file_relpath", pa.array(masked, pa.string()))


def index_chunk_identifiers(
    paths: Sequence[str], root: str | os.PathLike, key: str | None = None, full_hash: bool = False
) -> tuple[pa.Table, dict[str, str]]:
    """:func:`index_chunk` plus the chunk's identifier map (memory only), for callers that mask
    the whole export's paths themselves (:func:`curation.identifiers.protect_index`)."""
    table, tokens = _index_chunk_raw(paths, root, key, full_hash)
    return _mask_table(table, paths, tokens, key), tokens


def index_chunk(paths: Sequence[str], root: str | os.PathLike, key: str | None = None, full_hash: bool = False) -> pa.Table:
    """Index the files ``paths`` (relative to ``root``); picklable and independent (one task).

    Rows come in the order of ``paths`` (so a caller can map a masked ``file_relpath`` back to its
    file). Every path is masked with the identifiers of every file of the chunk, so a folder named
    after the MRN is also masked for the non-DICOM files it holds when they share a chunk;
    :func:`build_index` masks with the identifiers of the whole export instead.
    """
    table, tokens = _index_chunk_raw(paths, root, key, full_hash)
    return _mask_table(table, paths, tokens, key)


def chunked(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    """Split ``items`` into consecutive slices of at most ``size``."""
    if size < 1:
        raise ValueError(f"chunk size must be >= 1, got {size}")
    return [items[i : i + size] for i in range(0, len(items), size)]


def _run_chunks(
    chunks: Sequence[Sequence[str]],
    root: Path,
    key: str | None,
    full_hash: bool,
    workers: int,
    on_chunk: Callable[[int], None] | None,
) -> list[tuple[pa.Table, dict[str, str]]]:
    """``_index_chunk_raw`` of every chunk, in chunk order, with ``workers`` processes in all.

    This process is one of them: it indexes chunks from the end of the list while ``workers - 1``
    pool processes take them from the front (two queued each), so starting the pool costs one
    fork fewer and no process waits for the pool to warm up.
    """
    results: list[Any] = [None] * len(chunks)

    def done(i: int, result: tuple[pa.Table, dict[str, str]]) -> None:
        results[i] = result
        if on_chunk:
            on_chunk(len(chunks[i]))

    if workers == 1 or len(chunks) <= 1:
        for i, c in enumerate(chunks):
            done(i, _index_chunk_raw(c, root, key, full_hash))
        return results
    front, back = 0, len(chunks) - 1
    pending: dict[Future, int] = {}
    with ProcessPoolExecutor(max_workers=workers - 1) as pool:
        try:
            while front <= back or pending:
                while front <= back and len(pending) < 2 * (workers - 1):
                    pending[pool.submit(_index_chunk_raw, chunks[front], root, key, full_hash)] = front
                    front += 1
                if front <= back:
                    done(back, _index_chunk_raw(chunks[back], root, key, full_hash))
                    back -= 1
                    finished = [f for f in pending if f.done()]
                else:
                    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for f in finished:
                    done(pending.pop(f), f.result())
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return results


def build_index(
    dicom_dir: str | os.PathLike,
    workers: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    key: str | None = None,
    on_chunk: Callable[[int], None] | None = None,
    paths: Iterable[str] | None = None,
    full_hash: bool = False,
    known: dict[str, str] | None = None,
) -> pa.Table:
    """Index every file under ``dicom_dir`` and return the ``dicom_index`` table (sorted by relpath).

    Args:
        dicom_dir: root of the export's DICOM tree (must be a directory).
        workers: processes to use, this one included (1 = in this process, no pool).
        chunk_size: files per task; larger chunks amortise pickling, smaller ones balance load.
        key: pseudonym key (default: ``SONOLABEL_PSEUDONYM_KEY`` or the demo key).
        on_chunk: called with the number of files of each finished chunk (progress bars).
        paths: relpaths to index instead of walking ``dicom_dir``.
        full_hash: hash every pixel byte (exact ``content_hash``; reads whole files) instead of
            sampling large pixel data.
        known: identifiers known from elsewhere (e.g. the export's CSVs,
            :func:`curation.identifiers.csv_identifiers`), masked and scrubbed like the headers' own.
    """
    root = Path(dicom_dir)
    if not root.is_dir():
        raise NotADirectoryError(f"not a directory: {root}")
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    files = sorted(paths) if paths is not None else find_files(root)
    if workers > 1:  # at least 8 chunks per worker, so that the processes finish together
        chunk_size = max(1, min(chunk_size, -(-len(files) // (8 * workers))))
    chunks = chunked(files, chunk_size)
    results = _run_chunks(chunks, root, key, full_hash, workers, on_chunk)
    tables = [table for table, _ in results]  # in chunk order, whatever process indexed them
    if not tables:
        return INDEX_SCHEMA.empty_table()
    # Mask every path and scrub every description with the identifiers of the whole export
    # (deterministic for any chunking).
    tokens = merge(*(t for _, t in results), known or {})
    return protect_index(pa.concat_tables(tables), files, tokens, key)
