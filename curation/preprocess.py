"""Stage 3: decode, crop the ultrasound region(s), apply the zero-pixel rule, resize, store.

Per file (every failure is a reason code, never an exception):

0. open the file; gone since the index read it (deleted or moved mid-build) -> ``undecodable_pixels``
   with detail :data:`VANISHED_DETAIL` (a static export never produces it, so it has no code of its own);
1. decode the representative frame (cine -> middle frame) with :func:`decode_frame`: the fast path
   (:mod:`curation.pixels_fast`: dicomsdl, or numpy for native pixels) when it takes the file,
   else pydicom (:mod:`curation.pixels`); the ``decoder`` column says which. A file without file
   meta is decoded (by pydicom) with the transfer syntax the index found. Failure ->
   ``undecodable_pixels``. Memory stays bounded whatever the file: the fast path reads the header
   and one frame's bytes, frames over :data:`curation.pixels.MAX_FRAME_SAMPLES` samples are refused,
   the pydicom path reads a file over :data:`curation.pixels.READ_WHOLE_MAX` header first, then one
   frame, and is not tried at all on a file over :data:`FALLBACK_MAX_BYTES`;
2. zero fraction of the full decoded frame (a pixel is zero when all its channels are 0);
   more than :data:`ZERO_FRACTION_MAX` (80%) -> ``mostly_zero_pixels``;
3. find the ultrasound region(s) (:mod:`curation.ultrasound_region`); a dual-view frame yields one
   image per region (``region_index`` 0, 1 left to right);
4. crop each region from the luminance (ITU-R 601) frame and resize it bilinearly to 256x256.

Work is grouped in chunks (:func:`plan_chunks`, content-defined boundaries so that adding a
file changes only its own chunk); :func:`preprocess_chunk` is the picklable unit of work and
reuses a shard of the image store when the chunk's files are unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
from PIL import Image

from curation.image_store import IMAGE_SIZE, SHARD_ROWS_SCHEMA, ImageStore
from curation.incremental import content_defined_chunks
from curation.pixels import DecodedFrame, UndecodablePixelsError, decode_bytes, decode_open_file, to_luminance
from curation.pixels_fast import decode_fast
from curation.reason_codes import BY_CODE
from curation.schemas import EXCLUSIONS_SCHEMA, IMAGES_SCHEMA, image_uid
from curation.ultrasound_region import Box, find_regions

VANISHED_DETAIL = "file vanished: not found when decoding (deleted or moved since it was indexed)"
ZERO_FRACTION_MAX = 0.80
# The pydicom path parses a header and seeks one frame through the file: a file this large (that the
# fast path refused) is an exclusion instead. Real ultrasound files, cine clips included, are far smaller.
FALLBACK_MAX_BYTES = 1 << 30
CHUNK_TARGET = 32  # expected files per chunk (small enough to balance a pool)
CHUNK_MAX = 256

# Index columns a chunk needs (the rest of the index is not shipped to workers).
# ``source_relpath`` (optional, in memory only) is the real path when ``file_relpath`` is masked.
# It is bytes (``os.fsencode``): a name that is not UTF-8 cannot be an Arrow string.
NEEDED_COLUMNS = ("file_relpath", "source_relpath", "file_size", "content_hash", "sop_uid", "patient_uid", "exam_uid",
                  "study_date", "laterality", "manufacturer", "manufacturer_model", "transfer_syntax_uid")


def crop_and_resize(lum: np.ndarray, box: Box, size: int = IMAGE_SIZE) -> np.ndarray:
    """Crop ``box`` from a uint8 luminance frame and resize it to ``size x size`` (bilinear)."""
    crop = lum[box.y0 : box.y1, box.x0 : box.x1]
    if crop.size == 0:
        raise ValueError(f"empty crop {box} of a {lum.shape} frame")
    return np.asarray(Image.fromarray(np.ascontiguousarray(crop)).resize((size, size), Image.BILINEAR))


class FileBytes:
    """An open file seen as bytes: ``len``, slices read on demand (``os.pread``), and a file object for pydicom.

    Lets the fast path read a file's header and one frame without reading the whole file. A slice
    past the end (a file cut since it was opened) is short, as it would be on ``bytes``.
    """

    def __init__(self, fh: Any) -> None:
        self._fh = fh
        self._fd = fh.fileno()
        self._size = os.fstat(self._fd).st_size
        self.read, self.seek, self.tell = fh.read, fh.seek, fh.tell

    @property
    def file(self) -> Any:
        """The open file itself (what the pydicom path reads)."""
        return self._fh

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, key: slice) -> bytes:
        start, stop, step = key.indices(self._size)
        if step != 1:
            raise ValueError("only contiguous slices are read")
        return os.pread(self._fd, max(0, stop - start), start) if stop > start else b""


def decode_frame(raw: bytes | FileBytes, transfer_syntax: str | None = None) -> DecodedFrame:
    """The decoder dispatch: the fast path when it takes the file, else pydicom (which may raise).

    ``transfer_syntax``: the syntax the index found, used when the file has no file meta (the fast
    path takes only files with file meta). An open file is read by pydicom with bounded reads
    (:func:`curation.pixels.decode_open_file`).
    """
    frame = decode_fast(raw)
    if frame is not None:
        return frame
    if len(raw) > FALLBACK_MAX_BYTES:
        raise UndecodablePixelsError(f"file of {len(raw):,} bytes is not in a layout the fast decoder reads, "
                                     f"and over the {FALLBACK_MAX_BYTES:,}-byte limit of the full decoder")
    if isinstance(raw, FileBytes):
        return decode_open_file(raw.file, transfer_syntax)
    return decode_bytes(raw, transfer_syntax)


def preprocess_bytes(raw: bytes | FileBytes, transfer_syntax: str | None = None
                     ) -> tuple[list[dict[str, Any]], list[np.ndarray]]:
    """Shard rows (see ``SHARD_ROWS_SCHEMA``, without file columns) and images of one file's bytes."""
    try:
        frame = decode_frame(raw, transfer_syntax)
    except UndecodablePixelsError as exc:
        return [_excluded("undecodable_pixels", str(exc)[:200])], []
    return _preprocess_frame(frame)


def preprocess_file(path: str | os.PathLike, transfer_syntax: str | None = None
                    ) -> tuple[list[dict[str, Any]], list[np.ndarray]]:
    """:func:`preprocess_bytes` of a file, read on demand (:class:`FileBytes`): bounded reads."""
    with open(path, "rb") as fh:
        return preprocess_bytes(FileBytes(fh), transfer_syntax)


def _preprocess_frame(frame: DecodedFrame) -> tuple[list[dict[str, Any]], list[np.ndarray]]:
    zf = frame.zero_fraction
    if zf > ZERO_FRACTION_MAX:
        return [_excluded("mostly_zero_pixels", f"zero_fraction={zf:.3f}", frame.frame_index, zf, frame.decoder)], []
    lum = to_luminance(frame.pixels)
    regions = find_regions(frame.region_header, lum)
    rows, images = [], []
    for i, box in enumerate(regions.boxes):
        images.append(crop_and_resize(lum, box))
        rows.append({"frame_index": frame.frame_index, "region_index": i, "region_source": regions.source,
                         "crop_x0": box.x0, "crop_y0": box.y0, "crop_x1": box.x1, "crop_y1": box.y1,
                         "zero_fraction": zf, "store_index": None, "reason": None, "detail": None,
                         "decoder": frame.decoder})
    return rows, images


def _excluded(reason: str, detail: str, frame_index: int | None = None, zf: float | None = None,
              decoder: str | None = None) -> dict[str, Any]:
    return {"frame_index": frame_index, "region_index": None, "region_source": None, "crop_x0": None, "crop_y0": None,
                "crop_x1": None, "crop_y1": None, "zero_fraction": zf, "store_index": None, "reason": reason, "detail": detail,
                "decoder": decoder}


def _normalise_rows(rows: pa.Table | Sequence[Mapping[str, Any]] | Any) -> list[dict[str, Any]]:
    if isinstance(rows, pa.Table):
        return rows.select([c for c in NEEDED_COLUMNS if c in rows.column_names]).to_pylist()
    if hasattr(rows, "to_dict") and hasattr(rows, "columns"):  # pandas
        return pa.Table.from_pandas(rows, preserve_index=False).to_pylist()
    return [dict(r) for r in rows]


def _process_files(rows: list[dict[str, Any]], dicom_root: Path) -> tuple[pa.Table, np.ndarray, list[str]]:
    """Shard rows and images of ``rows``, plus the relpaths that changed since the index read them."""
    shard_rows: list[dict[str, Any]] = []
    images: list[np.ndarray] = []
    changed: list[str] = []
    for r in rows:
        source = r.get("source_relpath") or r["file_relpath"]
        path = dicom_root / (os.fsdecode(source) if isinstance(source, bytes) else source)
        try:
            if r.get("file_size") is not None and os.path.getsize(path) != r["file_size"]:
                changed.append(r["file_relpath"])  # rewritten mid-build: decode what is there now
            file_rows, file_images = preprocess_file(path, r.get("transfer_syntax_uid"))
        except FileNotFoundError:  # deleted or moved since the index read it
            changed.append(r["file_relpath"])
            file_rows, file_images = [_excluded("undecodable_pixels", VANISHED_DETAIL)], []
        except OSError as exc:
            file_rows, file_images = [_excluded("undecodable_pixels", f"cannot read file: {exc.strerror}")], []
        except Exception as exc:  # noqa: BLE001 - a bug or exotic input must not stop the build
            file_rows, file_images = [_excluded("undecodable_pixels", f"{type(exc).__name__}: {exc}"[:200])], []
        for fr in file_rows:
            fr.update(file_relpath=r["file_relpath"], content_hash=r.get("content_hash"))
            if fr["reason"] is None:
                fr["store_index"] = len(images)
                images.append(file_images[fr["region_index"]])
            shard_rows.append(fr)
    arr = np.stack(images) if images else np.zeros((0, IMAGE_SIZE, IMAGE_SIZE), np.uint8)
    return pa.Table.from_pylist(shard_rows, schema=SHARD_ROWS_SCHEMA), arr, changed


def preprocess_chunk(
    rows: pa.Table | Sequence[Mapping[str, Any]],
    dicom_root: str | os.PathLike,
    store: ImageStore,
) -> tuple[pa.Table, pa.Table]:
    """Preprocess one chunk of index rows; returns ``(images, exclusions)`` tables.

    Picklable and independent: the unit a process pool (or a Prefect/Dask task) runs. When the
    store already holds the shard of exactly these files (same relpaths and content hashes), its
    rows are reused and nothing is decoded.
    """
    images, exclusions, _ = preprocess_chunk_shard(rows, dicom_root, store)
    return images, exclusions


def preprocess_chunk_shard(
    rows: pa.Table | Sequence[Mapping[str, Any]],
    dicom_root: str | os.PathLike,
    store: ImageStore,
) -> tuple[pa.Table, pa.Table, str]:
    """:func:`preprocess_chunk` plus the id of the image-store shard the chunk's images are in.

    A file that vanished (:data:`VANISHED_DETAIL`) or changed size between indexing and decoding is a
    transient condition, not a property of the indexed content: such a chunk is stored under a
    shard id of its own (:func:`changed_shard_id`), so the next build, which asks for the
    content-addressed id, decodes the chunk again instead of reusing this build's verdict. Shards
    are immutable, so a published version pointing at either shard keeps reading its images.
    """
    items = _normalise_rows(rows)
    shard = store.shard_id((r["file_relpath"], r.get("content_hash")) for r in items)
    if store.has(shard):
        shard_rows = store.rows(shard)
    else:
        shard_rows, arr, changed = _process_files(items, Path(dicom_root))
        if changed:
            shard = changed_shard_id(store, items, changed)
        store.write(shard, arr, shard_rows)
    images, exclusions = _join(items, shard_rows, shard)
    return images, exclusions, shard


def changed_shard_id(store: ImageStore, items: Sequence[Mapping[str, Any]], changed: Sequence[str]) -> str:
    """Shard id of a chunk some of whose files changed mid-build: never the id a clean chunk asks for."""
    gone = set(changed)
    return store.shard_id((r["file_relpath"], f"changed:{r.get('content_hash')}" if r["file_relpath"] in gone
                           else r.get("content_hash")) for r in items)


def _join(items: list[dict[str, Any]], shard_rows: pa.Table, shard: str) -> tuple[pa.Table, pa.Table]:
    by_path = {r["file_relpath"]: r for r in items}
    images, exclusions = [], []
    for sr in shard_rows.to_pylist():
        r = by_path[sr["file_relpath"]]
        if sr["reason"] is None:
            images.append({
                "image_uid": image_uid(r.get("sop_uid"), r.get("content_hash") or r["file_relpath"],
                                    sr["frame_index"], sr["region_index"]),
                "file_relpath": r["file_relpath"], "patient_uid": r.get("patient_uid"), "exam_uid": r.get("exam_uid"),
                "study_date": r.get("study_date"), "laterality": r.get("laterality"),
                "manufacturer": r.get("manufacturer"), "manufacturer_model": r.get("manufacturer_model"),
                "frame_index": sr["frame_index"], "region_index": sr["region_index"],
                "crop_x0": sr["crop_x0"], "crop_y0": sr["crop_y0"], "crop_x1": sr["crop_x1"], "crop_y1": sr["crop_y1"],
                "zero_fraction": sr["zero_fraction"], "store_shard": shard, "store_index": sr["store_index"],
                "decoder": sr["decoder"]})
        else:
            exclusions.append({"file_relpath": r["file_relpath"], "image_uid": None, "patient_uid": r.get("patient_uid"),
                                   "exam_uid": r.get("exam_uid"), "stage": str(BY_CODE[sr["reason"]].stage),
                                   "reason": sr["reason"], "detail": sr["detail"]})
    return (pa.Table.from_pylist(images, schema=IMAGES_SCHEMA),
            pa.Table.from_pylist(exclusions, schema=EXCLUSIONS_SCHEMA))


def plan_chunks(rows: Sequence[Mapping[str, Any]], target: int = CHUNK_TARGET,
                max_size: int = CHUNK_MAX) -> list[list[Mapping[str, Any]]]:
    """Split rows (sorted by relpath) into chunks with content-defined boundaries.

    A chunk ends after a file whose content hash is 0 modulo ``target`` (or at ``max_size``), so
    boundaries depend on the files themselves, not on their position: adding or changing one file
    invalidates only its own chunk's shard, not every chunk after it.
    """
    def content_hash(r: Mapping[str, Any]) -> int | None:
        h = r.get("content_hash") or ""
        return int(h[:8], 16) if h else None

    return content_defined_chunks(sorted(rows, key=lambda r: r["file_relpath"]), content_hash, target, max_size)


def preprocess(
    rows: pa.Table | Sequence[Mapping[str, Any]],
    dicom_root: str | os.PathLike,
    store: ImageStore,
    workers: int = 1,
    on_chunk: Callable[[int], None] | None = None,
) -> tuple[pa.Table, pa.Table, list[str]]:
    """Preprocess every row (index rows that passed the header filters) over a process pool.

    Returns ``(images, exclusions, shard_ids)``; ``shard_ids`` lists the shards in use (the caller
    may :meth:`ImageStore.prune` the others).
    """
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    chunks = plan_chunks(_normalise_rows(rows))
    results: list[tuple[pa.Table, pa.Table, str]] = []
    if workers == 1 or len(chunks) <= 1:
        for c in chunks:
            results.append(preprocess_chunk_shard(c, dicom_root, store))
            if on_chunk:
                on_chunk(len(c))
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(preprocess_chunk_shard, c, dicom_root, store) for c in chunks]
            for c, fut in zip(chunks, futures):
                results.append(fut.result())
                if on_chunk:
                    on_chunk(len(c))
    shards = [r[2] for r in results]
    images = pa.concat_tables([r[0] for r in results]) if results else IMAGES_SCHEMA.empty_table()
    exclusions = pa.concat_tables([r[1] for r in results]) if results else EXCLUSIONS_SCHEMA.empty_table()
    return images, exclusions, shards


def iter_store_images(images: pa.Table, store: ImageStore) -> Iterable[np.ndarray]:
    """Each row's stored 256x256 image, in table order (reads shards memory-mapped)."""
    cache: dict[str, np.ndarray] = {}
    for shard, idx in zip(images.column("store_shard").to_pylist(), images.column("store_index").to_pylist()):
        if shard not in cache:
            cache[shard] = store.load(shard)
        yield np.asarray(cache[shard][idx])
