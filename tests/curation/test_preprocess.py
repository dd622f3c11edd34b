from __future__ import annotations

from pathlib import Path

import numpy as np
import pydicom
import pytest
from dicom_samples import REAL_US, corpus_files, real_us

from curation.image_store import ImageStore
from curation.pixels import (
    UndecodablePixelsError,
    decode_bytes,
    middle_frame_index,
    to_luminance,
    zero_fraction,
)
from curation.preprocess import (
    crop_and_resize,
    plan_chunks,
    preprocess_bytes,
    preprocess_chunk,
)
from curation.ultrasound_region import Box, dicom_regions, find_regions, image_regions


@pytest.mark.parametrize("name", REAL_US)
def test_every_real_ultrasound_file_decodes_and_crops_sensibly(name: str) -> None:
    frame = decode_bytes(real_us(name).read_bytes())
    h, w = frame.pixels.shape[:2]
    assert frame.pixels.dtype == np.uint8 and frame.pixels.ndim in (2, 3)
    lum = to_luminance(frame.pixels)
    result = find_regions(frame.dataset, lum)
    assert result.source in ("dicom", "image")
    for b in result.boxes:
        assert 0 <= b.x0 < b.x1 <= w and 0 <= b.y0 < b.y1 <= h
        # A sensible crop: a substantial part of the frame, but the periphery is gone.
        assert 0.15 * h * w <= b.area * len(result.boxes) <= 0.97 * h * w, (b, (h, w))
        crop = lum[b.y0 : b.y1, b.x0 : b.x1]
        if result.source == "image":  # the region holds the bright image, not the black border
            assert crop.mean() > lum.mean()
    if result.source == "dicom":  # the device's 2D regions, clipped to the frame
        assert list(result.boxes) == dicom_regions(frame.dataset, h, w)
        assert int(frame.dataset.get("NumberOfFrames") or 1) >= 1
    rows, images = preprocess_bytes(real_us(name).read_bytes())
    assert len(rows) == len(images) == len(result.boxes)
    assert all(i.shape == (256, 256) and i.dtype == np.uint8 for i in images)


def test_dual_view_is_split_into_two_images() -> None:
    rows, images = preprocess_bytes(real_us("gdcm-US-ALOKA-16.dcm").read_bytes())
    assert [r["region_index"] for r in rows] == [0, 1]
    assert rows[0]["crop_x1"] <= rows[1]["crop_x0"]  # left view first, no overlap
    assert not np.array_equal(images[0], images[1])


def test_image_analysis_finds_two_side_by_side_views_and_ignores_text() -> None:
    rng = np.random.default_rng(0)
    lum = np.zeros((300, 600), np.uint8)
    lum[50:280, 20:280] = rng.integers(40, 200, (230, 260))
    lum[50:280, 320:580] = rng.integers(40, 200, (230, 260))
    lum[10:20, 20:300:4] = 255  # a line of "text" (thin strokes) above the views
    boxes = image_regions(lum)
    assert len(boxes) == 2
    assert abs(boxes[0].x0 - 20) <= 4 and abs(boxes[0].y0 - 50) <= 4 and abs(boxes[1].x1 - 580) <= 4
    lum[50:280, 320:580] = 0  # one view only
    assert len(image_regions(lum)) == 1


def test_dicom_regions_are_clipped_and_non_2d_regions_ignored() -> None:
    ds = pydicom.dcmread(real_us("examples_palette.dcm"), stop_before_pixels=True)
    boxes = dicom_regions(ds, int(ds.Rows), int(ds.Columns))
    assert boxes == [Box(120, 60, 800, 350)]  # MaxX1 = 800 and MaxY1 = 518 clipped to 800 x 350


def test_blank_frame_falls_back_to_full_frame() -> None:
    result = find_regions(None, np.zeros((100, 120), np.uint8))
    assert result.source == "full_frame" and result.boxes == (Box(0, 0, 120, 100),)


def test_cine_uses_the_middle_frame() -> None:
    assert [middle_frame_index(n) for n in (1, 2, 3, 30, 120)] == [0, 1, 1, 15, 60]
    frame = decode_bytes(real_us("color3d_jpeg_baseline.dcm").read_bytes())
    assert frame.n_frames == 120 and frame.frame_index == 60
    ds = pydicom.dcmread(real_us("color3d_jpeg_baseline.dcm"))
    from pydicom.pixels import pixel_array

    assert np.array_equal(frame.pixels, pixel_array(ds, index=60))


def test_every_transfer_syntax_decodes_to_the_same_image() -> None:
    ref = decode_bytes(real_us("OBXXXX1A.dcm").read_bytes()).pixels
    for name in ("OBXXXX1A_expb.dcm", "OBXXXX1A_rle.dcm"):  # big endian, RLE (palette colour)
        assert np.array_equal(decode_bytes(real_us(name).read_bytes()).pixels, ref)
    lossless = decode_bytes(real_us("US1_UNCR.dcm").read_bytes()).pixels
    j2k = decode_bytes(real_us("US1_J2KR.dcm").read_bytes()).pixels  # JPEG 2000 lossless, YBR_RCT
    assert np.array_equal(lossless, j2k)


def test_zero_fraction_counts_pixels_with_all_channels_zero() -> None:
    rgb = np.zeros((2, 2, 3), np.uint8)
    rgb[0, 0, 2] = 1
    assert zero_fraction(rgb) == 0.75
    assert zero_fraction(np.array([[0, 3], [0, 0]])) == 0.75


def _with_pixels(pixels: np.ndarray) -> bytes:
    import io

    ds = pydicom.dcmread(real_us("US1_UNCR.dcm"))
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.SamplesPerPixel = 1
    del ds.PlanarConfiguration
    ds.Rows, ds.Columns = pixels.shape
    ds.PixelData = pixels.tobytes()
    buf = io.BytesIO()
    ds.save_as(buf)
    return buf.getvalue()


def test_mostly_zero_rule_threshold_is_80_percent() -> None:
    px = np.zeros((100, 100), np.uint8)
    px[:19, :] = 120  # 81% zero -> excluded
    rows, images = preprocess_bytes(_with_pixels(px))
    assert rows[0]["reason"] == "mostly_zero_pixels" and not images
    px[:21, :] = 120  # 79% zero -> kept
    rows, images = preprocess_bytes(_with_pixels(px))
    assert rows[0]["reason"] is None and len(images) == 1


def test_every_corpus_file_decodes_or_gets_a_reason_code() -> None:
    n_ok = 0
    for path in corpus_files():
        try:
            decode_bytes(path.read_bytes())
            n_ok += 1
        except UndecodablePixelsError:
            pass
    assert n_ok > 100
    raw = real_us("US1_UNCR.dcm").read_bytes()
    rows, _ = preprocess_bytes(raw[: len(raw) // 2])  # pixel data cut in half
    assert rows[0]["reason"] == "undecodable_pixels"


def test_crop_and_resize_is_bilinear_256() -> None:
    lum = np.tile(np.arange(0, 200, dtype=np.uint8), (100, 1))
    out = crop_and_resize(lum, Box(0, 0, 200, 100))
    assert out.shape == (256, 256) and out.dtype == np.uint8
    assert (np.diff(out[128].astype(int)) >= 0).all()  # a ramp stays a ramp


def test_chunk_is_cached_in_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for name in ("US1_UNCR.dcm", "gdcm-US-ALOKA-16.dcm"):
        (root / name).write_bytes(real_us(name).read_bytes())
    (root / "broken.dcm").write_bytes(real_us("US1_UNCR.dcm").read_bytes()[:5000])
    rows = [{"file_relpath": n, "content_hash": f"h{i}", "sop_uid": f"1.2.{i}", "patient_uid": "p", "exam_uid": "e",
                 "study_date": None, "laterality": "L", "manufacturer": None, "manufacturer_model": None}
            for i, n in enumerate(sorted(p.name for p in root.iterdir()))]
    store = ImageStore(tmp_path / "store")
    images, exclusions = preprocess_chunk(rows, root, store)
    assert images.num_rows == 3 and exclusions.column("reason").to_pylist() == ["undecodable_pixels"]
    assert len(store.shards()) == 1
    arr = store.load(store.shards()[0])
    assert arr.shape == (3, 256, 256) and arr.dtype == np.uint8
    assert images.column("image_uid").to_pylist() == ["1.2.0/f0/r0", "1.2.2/f0/r0", "1.2.2/f0/r1"]

    import curation.preprocess as pp

    monkeypatch.setattr(pp, "decode_frame", lambda raw, ts=None: (_ for _ in ()).throw(AssertionError("decoded")))
    again, again_ex = preprocess_chunk(rows, root, store)  # unchanged: served from the shard
    assert again.equals(images) and again_ex.equals(exclusions)
    rows[0]["content_hash"] = "changed"
    _, ex = preprocess_chunk(rows, root, store)  # changed file: recomputed (decode now "fails")
    assert ex.num_rows == 3


def test_chunk_boundaries_are_content_defined() -> None:
    rows = [{"file_relpath": f"f{i:04d}", "content_hash": f"{(i * 2654435761) % 2**32:08x}"} for i in range(500)]
    chunks = plan_chunks(rows, target=16)
    assert sum(len(c) for c in chunks) == 500 and len(chunks) > 5
    inserted = plan_chunks(rows + [{"file_relpath": "f0100a", "content_hash": "00000001"}], target=16)
    same = {tuple(r["file_relpath"] for r in c) for c in chunks} & {tuple(r["file_relpath"] for r in c)
                                                                     for c in inserted}
    assert len(same) >= len(chunks) - 2  # only the chunk that received the new file changes


def _without_meta(name: str) -> bytes:
    """The file re-written as some archives do: no preamble, no file meta, implicit VR (native pixels)."""
    import io

    ds = pydicom.dcmread(real_us(name))
    if ds.file_meta.TransferSyntaxUID.is_compressed:
        ds.decompress()
    ds.preamble, ds.file_meta = None, pydicom.dataset.FileMetaDataset()
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, implicit_vr=True, little_endian=True)
    assert buf.getvalue()[128:132] != b"DICM"
    return buf.getvalue()


def test_a_file_without_file_meta_decodes_with_the_syntax_the_index_found() -> None:
    from curation.dicom_index import index_bytes

    raw = _without_meta("US1_UNCR.dcm")
    syntax = index_bytes(raw, "a")["transfer_syntax_uid"]
    assert syntax == "1.2.840.10008.1.2"
    rows, images = preprocess_bytes(raw, syntax)
    assert rows[0]["reason"] is None and len(images) == 1
    assert np.array_equal(decode_bytes(raw, syntax).pixels, decode_bytes(real_us("US1_UNCR.dcm").read_bytes()).pixels)
    rows, _ = preprocess_bytes(raw)  # without the index's syntax: a code, and a detail that says why
    assert rows[0]["reason"] == "undecodable_pixels"
    assert rows[0]["detail"].startswith("no file meta and no transfer syntax from the index")


def test_decoding_is_memory_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import curation.pixels as pixels

    name = "color3d_jpeg_baseline.dcm"  # 120 frames
    path = tmp_path / name
    path.write_bytes(real_us(name).read_bytes())
    whole = pixels.decode_file(path)
    monkeypatch.setattr(pixels, "READ_WHOLE_MAX", 1024)  # too large to read whole: header, then one frame
    opened: list[int] = []
    real_read = pixels.pixel_array

    def frame_only(src, **kwargs):
        opened.append(kwargs.get("index"))
        assert not isinstance(src, pydicom.Dataset), "the frame is read from the file, not a loaded dataset"
        return real_read(src, **kwargs)

    monkeypatch.setattr(pixels, "pixel_array", frame_only)
    framewise = pixels.decode_file(path)
    assert opened == [60] and framewise.frame_index == whole.frame_index == 60
    assert np.array_equal(framewise.pixels, whole.pixels)
    (tmp_path / "nometa.dcm").write_bytes(_without_meta("US1_UNCR.dcm"))
    with pytest.raises(UndecodablePixelsError, match="no file meta in a file of"):
        pixels.decode_file(tmp_path / "nometa.dcm", "1.2.840.10008.1.2")
    monkeypatch.setattr(pixels, "MAX_FRAME_SAMPLES", 1000)
    rows, images = preprocess_bytes(real_us("US1_UNCR.dcm").read_bytes())
    assert rows[0]["reason"] == "undecodable_pixels" and "exceeds the decode bound" in rows[0]["detail"]
    assert images == []


def test_an_open_file_without_file_meta_falls_back_with_the_index_syntax(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import curation.pixels as pixels
    from curation.preprocess import preprocess_file

    path = tmp_path / "nometa.dcm"
    path.write_bytes(_without_meta("US1_UNCR.dcm"))
    rows, images = preprocess_file(path, "1.2.840.10008.1.2")  # the fast path refuses it: pydicom, given the syntax
    assert rows[0]["reason"] is None and rows[0]["decoder"] == "pydicom" and len(images) == 1
    rows, _ = preprocess_file(path)
    assert rows[0]["reason"] == "undecodable_pixels" and rows[0]["detail"].startswith("no file meta")
    palette = tmp_path / "palette.dcm"  # not for the fast path; read header first, then one frame, when large
    palette.write_bytes(real_us("OBXXXX1A.dcm").read_bytes())
    whole, _ = preprocess_file(palette)
    monkeypatch.setattr(pixels, "READ_WHOLE_MAX", 1024)
    read: list[object] = []
    real_read = pixels.pixel_array
    monkeypatch.setattr(pixels, "pixel_array", lambda src, **kw: read.append(src) or real_read(src, **kw))
    framewise, _ = preprocess_file(palette)
    assert framewise == whole and framewise[0]["decoder"] == "pydicom"
    assert read and not any(isinstance(src, pydicom.Dataset) for src in read)
