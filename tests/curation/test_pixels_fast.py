"""The fast decode path against pydicom: same pixels (lossless), within 2 grey levels (lossy), never a crash."""

from __future__ import annotations

import io
import subprocess
import sys
import warnings
from collections import defaultdict
from pathlib import Path

import numpy as np
import pydicom
import pytest
from dicom_samples import corpus_files, real_us
from pydicom import uid

import curation.preprocess as pp
from curation.image_store import ImageStore
from curation.pixels import PYDICOM, DecodedFrame, UndecodablePixelsError, decode_bytes, to_luminance
from curation.pixels_fast import DICOMSDL, NATIVE, codestream_matches, decode_fast
from curation.preprocess import FileBytes, decode_frame, preprocess_bytes, preprocess_chunk
from curation.ultrasound_region import region_coords

LOSSY = {uid.JPEGBaseline8Bit, uid.JPEGLSNearLossless, uid.JPEG2000}
# Every syntax the fast path takes that pydicom's and pydicom-data's test files hold.
CORPUS_FAST_SYNTAXES = {uid.ImplicitVRLittleEndian, uid.ExplicitVRLittleEndian, uid.JPEGBaseline8Bit, uid.JPEGLosslessSV1,
                        uid.JPEGLSLossless, uid.JPEGLSNearLossless, uid.JPEG2000Lossless, uid.JPEG2000}
# Test files on which dicomsdl itself crashes the process (segfault or abort): a header it misreads,
# 32-bit RLE. The fast path must refuse every one before dicomsdl sees it.
DICOMSDL_CRASHERS = ("MR_truncated.dcm", "SC_rgb_rle_32bit.dcm", "SC_rgb_rle_32bit_2frame.dcm", "rtdose_rle_1frame.dcm",
                     "liver.dcm", "liver_expb.dcm")


def _syntax(frame: DecodedFrame) -> str:
    return str(frame.dataset.file_meta.TransferSyntaxUID)


def _assert_same_as_pydicom(raw: bytes, fast: DecodedFrame, where: str) -> str:
    """Compare with pydicom's decode; returns the file's transfer syntax."""
    ref = decode_bytes(raw)  # a file the fast path takes is one pydicom decodes
    assert ref.decoder == PYDICOM
    assert (fast.frame_index, fast.n_frames, fast.pixels.shape) == (ref.frame_index, ref.n_frames, ref.pixels.shape), where
    # the ultrasound regions, read from the raw header or by pydicom, are pydicom's
    fast_regions = list(fast.us_regions) if fast.us_regions is not None else region_coords(fast.dataset)
    assert fast_regions == region_coords(ref.dataset), where
    if _syntax(ref) in LOSSY:
        lum_diff = np.abs(to_luminance(fast.pixels).astype(int) - to_luminance(ref.pixels).astype(int)).max()
        assert lum_diff <= 2, (where, lum_diff)
        assert abs(fast.zero_fraction - ref.zero_fraction) < 0.01, where
    else:
        assert np.array_equal(fast.pixels, ref.pixels), where
        assert fast.zero_fraction == ref.zero_fraction, where
    return _syntax(ref)


def test_fast_path_matches_pydicom_on_every_test_file_it_takes() -> None:
    taken: dict[str, int] = defaultdict(int)
    raw_headers = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in corpus_files():
            raw = path.read_bytes()
            fast = decode_fast(raw)
            if fast is None:
                continue
            syntax = _assert_same_as_pydicom(raw, fast, path.name)
            assert fast.decoder == (NATIVE if syntax in (uid.ImplicitVRLittleEndian, uid.ExplicitVRLittleEndian) else DICOMSDL)
            taken[syntax] += 1
            raw_headers += fast.dataset is None
    assert set(taken) == CORPUS_FAST_SYNTAXES, dict(taken)
    assert sum(taken.values()) >= 60 and raw_headers >= 15  # both header readers are exercised


def _demo_groups(dicom: Path, per_group: int | None) -> dict[tuple[str, str, bool], list[Path]]:
    groups: dict[tuple[str, str, bool], list[Path]] = defaultdict(list)
    for path in sorted(p for p in dicom.rglob("*") if p.is_file()):
        try:
            ds = pydicom.dcmread(path, stop_before_pixels=True)
        except Exception:  # noqa: BLE001 - the export's non-DICOM files
            continue
        key = (str(ds.file_meta.TransferSyntaxUID), str(ds.get("PhotometricInterpretation")),
               int(ds.get("NumberOfFrames") or 1) > 1)
        if per_group is None or len(groups[key]) < per_group:
            groups[key].append(path)
    return groups


def _check_demo(dicom: Path, per_group: int | None) -> dict[str, set[str]]:
    """Decode the files both ways; returns the decoders used per transfer syntax."""
    decoders: dict[str, set[str]] = defaultdict(set)
    for (syntax, _photometric, _cine), paths in _demo_groups(dicom, per_group).items():
        for path in paths:
            raw = path.read_bytes()
            try:
                frame = decode_frame(raw)
            except UndecodablePixelsError:
                with pytest.raises(UndecodablePixelsError):
                    decode_bytes(raw)  # only what pydicom cannot decode either
                continue
            decoders[syntax].add(frame.decoder)
            if frame.decoder != PYDICOM:
                _assert_same_as_pydicom(raw, frame, str(path))
                assert frame.dataset is None, path  # the demo's headers are all read without pydicom
    return decoders


def test_every_transfer_syntax_of_the_demo_export_both_ways(demo_export: Path) -> None:
    decoders = _check_demo(demo_export / "dicom", per_group=3)
    assert decoders[uid.JPEGBaseline8Bit] == {DICOMSDL}
    assert decoders[uid.ExplicitVRLittleEndian] == decoders[uid.ImplicitVRLittleEndian] == {NATIVE}
    assert decoders[uid.RLELossless] == {PYDICOM}  # dicomsdl aborts on corrupt RLE: pydicom's


@pytest.mark.slow
def test_every_file_of_the_demo_export_both_ways(demo_export: Path) -> None:
    _check_demo(demo_export / "dicom", per_group=None)


@pytest.mark.parametrize("undefined", ["none", "items", "sequence"])
def test_ultrasound_regions_read_from_raw_bytes_are_pydicoms(undefined: str) -> None:
    ds = pydicom.dcmread(real_us("US1_UNCR.dcm"))
    items = []
    for fmt, coords in ((1, (10, 20, 300, 200)), (2, (0, 0, 50, 50)), (1, (400, 20, 600, 200)), (1, None)):
        item = pydicom.Dataset()
        item.RegionSpatialFormat = fmt
        item.PhysicalUnitsXDirection = 3
        if coords:
            (item.RegionLocationMinX0, item.RegionLocationMinY0,
             item.RegionLocationMaxX1, item.RegionLocationMaxY1) = coords
        item.is_undefined_length_sequence_item = undefined == "items"
        items.append(item)
    ds.SequenceOfUltrasoundRegions = pydicom.Sequence(items)
    ds["SequenceOfUltrasoundRegions"].is_undefined_length = undefined == "sequence"
    buf = io.BytesIO()
    ds.save_as(buf)
    fast = decode_fast(buf.getvalue())
    assert fast is not None and (fast.dataset is None) == (undefined != "sequence")  # parse_fast takes defined lengths
    expected = [(10, 20, 300, 200), (400, 20, 600, 200)]
    assert region_coords(pydicom.dcmread(io.BytesIO(buf.getvalue()))) == expected
    assert (list(fast.us_regions) if fast.us_regions is not None else region_coords(fast.dataset)) == expected


def test_files_that_crash_dicomsdl_are_refused_before_it_sees_them() -> None:
    # in a child process: were one let through, the crash must fail this test, not the test run
    paths = [str(real_us(name)) for name in DICOMSDL_CRASHERS]
    code = ("import sys; from curation.pixels_fast import decode_fast\n"
            "print([decode_fast(open(p, 'rb').read()) is None for p in sys.argv[1:]])")
    done = subprocess.run([sys.executable, "-c", code, *paths], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == str([True] * len(paths))


def test_corrupt_compressed_frames_never_crash_the_process(demo_export: Path) -> None:
    groups = _demo_groups(demo_export / "dicom", per_group=1)
    seeds = [str(paths[0]) for (syntax, _p, _c), paths in sorted(groups.items()) if syntax == uid.JPEGBaseline8Bit]
    code = """
import io, sys
import numpy as np, pydicom
from curation.pixels_fast import decode_fast
taken = 0
for path in sys.argv[1:]:
    raw = open(path, "rb").read()
    fp = io.BytesIO(raw); pydicom.dcmread(fp, stop_before_pixels=True); at = fp.tell()
    table = int.from_bytes(raw[at + 16 : at + 20], "little")
    first = at + 12 + 8 + table + 8  # the first fragment's first byte
    for i in range(40):
        rng = np.random.default_rng(i)
        m = np.frombuffer(raw, np.uint8).copy()
        if i % 2:
            a = int(rng.integers(first, len(m))); m[a : a + 256] = rng.integers(0, 256, len(m[a : a + 256]))
        else:
            pos = rng.integers(first, min(len(m), first + 600), 3); m[pos] = rng.integers(0, 256, 3)
        taken += decode_fast(m.tobytes()) is not None
print(taken)
"""
    done = subprocess.run([sys.executable, "-c", code, *seeds], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) > 0  # some corruptions still decode (to damaged pixels); none crashed


def _jpeg_file() -> bytes:
    return real_us("SC_rgb_small_odd_jpeg.dcm").read_bytes()


def test_a_codestream_that_disagrees_with_the_header_is_left_to_pydicom() -> None:
    raw = _jpeg_file()
    fast = decode_fast(raw)
    assert fast is not None and fast.decoder == DICOMSDL
    ds = pydicom.dcmread(io.BytesIO(raw))
    ds.Columns = int(ds.Columns) + 2  # the JPEG frame header still says the old width
    buf = io.BytesIO()
    ds.save_as(buf)
    assert decode_fast(buf.getvalue()) is None
    header = (int(ds.Rows), int(ds.Columns), 3, 8, 0)
    frame = next(pydicom.encaps.generate_frames(ds.PixelData, number_of_frames=1))
    assert not codestream_matches(frame, uid.JPEGBaseline8Bit, "YBR_FULL", header)
    assert codestream_matches(frame, uid.JPEGBaseline8Bit, "YBR_FULL", (int(ds.Rows), int(ds.Columns) - 2, 3, 8, 0))


def test_a_huge_frame_costs_a_reason_code_not_memory() -> None:
    ds = pydicom.dcmread(real_us("US1_UNCR.dcm"))
    ds.Rows, ds.Columns = 60000, 60000  # 3.6 Gpx RGB: ~10 GiB if anything tried to allocate it
    buf = io.BytesIO()
    ds.save_as(buf)
    rows, images = preprocess_bytes(buf.getvalue())
    assert rows[0]["reason"] == "undecodable_pixels" and "exceeds the decode bound" in rows[0]["detail"] and not images


def test_the_full_decoder_refuses_a_file_over_its_byte_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = real_us("OBXXXX1A.dcm").read_bytes()  # palette colour: not for the fast path
    assert decode_fast(raw) is None
    monkeypatch.setattr(pp, "FALLBACK_MAX_BYTES", len(raw) - 1)
    rows, _ = preprocess_bytes(raw)
    assert rows[0]["reason"] == "undecodable_pixels" and "limit of the full decoder" in rows[0]["detail"]


class _CountingFile(FileBytes):
    """FileBytes that counts the bytes asked for."""

    def __init__(self, fh) -> None:
        super().__init__(fh)
        self.bytes_read = 0
        read = self.read

        def counted(n: int = -1) -> bytes:
            data = read(n)
            self.bytes_read += len(data)
            return data

        self.read = counted

    def __getitem__(self, key: slice) -> bytes:
        data = super().__getitem__(key)
        self.bytes_read += len(data)
        return data


def test_a_clip_reads_only_its_header_and_middle_frame(tmp_path: Path) -> None:
    ds = pydicom.dcmread(real_us("US1_UNCR.dcm"))
    frame = np.frombuffer(ds.PixelData, np.uint8).reshape(int(ds.Rows), int(ds.Columns), 3)
    frames = np.stack([np.roll(frame, 7 * i, axis=1) for i in range(9)])
    ds.NumberOfFrames = 9
    ds.PixelData = frames.tobytes()
    path = tmp_path / "clip.dcm"
    ds.save_as(path)
    with open(path, "rb") as fh:
        raw = _CountingFile(fh)
        decoded = decode_frame(raw)
    assert decoded.decoder == NATIVE and decoded.frame_index == 4 and np.array_equal(decoded.pixels, frames[4])
    assert raw.bytes_read < 2 * frame.nbytes < path.stat().st_size / 4


def test_the_decoder_is_recorded_per_image(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    names = {"US1_UNCR.dcm": NATIVE, "US1_J2KI.dcm": DICOMSDL, "OBXXXX1A.dcm": PYDICOM}
    for name in names:
        (root / name).write_bytes(real_us(name).read_bytes())
    rows = [{"file_relpath": n, "content_hash": f"h{i}", "sop_uid": f"1.2.{i}", "patient_uid": "p", "exam_uid": "e",
             "study_date": None, "laterality": "L", "manufacturer": None, "manufacturer_model": None}
            for i, n in enumerate(sorted(names))]
    images, exclusions = preprocess_chunk(rows, root, ImageStore(tmp_path / "store"))
    assert exclusions.num_rows == 0
    assert dict(zip(images.column("file_relpath").to_pylist(), images.column("decoder").to_pylist())) == names
