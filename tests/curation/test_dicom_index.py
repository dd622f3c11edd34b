from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pydicom
import pytest
from dicom_samples import copy_corpus, corpus_files, real_us

from curation.dicom_headers import age_years, parse_age_string, parse_da, parse_header
from curation.dicom_index import (
    INDEX_SCHEMA,
    build_index,
    confirm_pixel_duplicates,
    find_files,
    index_bytes,
    index_chunk,
)
from curation.reason_codes import BY_CODE


def test_every_shipped_file_is_accounted_for(tmp_path: Path) -> None:
    root = copy_corpus(tmp_path / "in")
    files = find_files(root)
    assert len(files) == len(corpus_files()) > 150
    table = build_index(root, workers=2, chunk_size=40)
    assert table.schema == INDEX_SCHEMA
    published = table.column("file_relpath").to_pylist()
    assert len(published) == len(files) and len(set(published)) == len(files)
    # Folders named after the PatientID (pydicom's DICOMDIR example tree) are masked.
    masked = [(f, p) for f, p in zip(files, published) if f != p]
    assert any("77654033" in f for f, _ in masked) and not any("77654033" in p for p in published)
    df = table.to_pandas()
    assert set(df["error"].dropna()) <= {c for c, r in BY_CODE.items() if r.stage == "index"}
    # Non-DICOM files shipped with the data are recognised as such, real images are not errors.
    by_path = df.assign(real=files).set_index("real")  # rows come in the order of the real paths
    assert by_path.loc["pydicom/README.txt", "error"] == "not_dicom"
    assert by_path.loc["pydicom/zipMR.gz", "error"] == "not_dicom"
    for name in ("US1_UNCR.dcm", "gdcm-US-ALOKA-16.dcm", "OBXXXX1A_rle_2frame.dcm"):
        row = by_path.loc[f"data_store/{name}"]
        assert pd.isna(row["error"]) and row["modality"] == "US" and row["pixel_hash"]
    assert by_path.loc["data_store/gdcm-US-ALOKA-16.dcm", "n_us_regions"] == 3
    assert by_path.loc["data_store/OBXXXX1A_rle_2frame.dcm", "number_of_frames"] == 2
    # Files without a preamble but with a real dataset are DICOM.
    assert pd.isna(by_path.loc["pydicom/ExplVR_LitEndNoMeta.dcm", "error"])


def test_one_process_and_pool_agree(tmp_path: Path) -> None:
    root = copy_corpus(tmp_path / "in")
    a = build_index(root, workers=1).to_pandas()
    b = build_index(root, workers=2, chunk_size=17).to_pandas()
    assert a.equals(b)


def test_truncated_and_garbage_files_get_reason_codes(tmp_path: Path) -> None:
    raw = real_us("US1_UNCR.dcm").read_bytes()
    files = {
        "trunc_header.dcm": raw[:300],  # cut inside the header
        "trunc_pixels.dcm": raw[: len(raw) // 2],  # header fine, pixels cut (a preprocess problem)
        "empty": b"",
        "text.txt": b"hello, not a dicom file\n" * 10,
        "preamble_only.dcm": b"\0" * 128 + b"DICM",
        "random.bin": hashlib.sha256(b"x").digest() * 500,
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    df = index_chunk(sorted(files), tmp_path).to_pandas().set_index("file_relpath")
    assert df.loc["trunc_header.dcm", "error"] == "unreadable_dicom"
    assert pd.isna(df.loc["trunc_pixels.dcm", "error"])
    assert df.loc["empty", "error"] == "not_dicom"
    assert df.loc["text.txt", "error"] == "not_dicom"
    assert df.loc["random.bin", "error"] == "not_dicom"
    assert df.loc["preamble_only.dcm", "error"] in ("unreadable_dicom", "not_dicom")
    assert (df["file_size"] == [len(files[n]) for n in df.index]).all()


def test_hashes_separate_header_and_pixels(tmp_path: Path) -> None:
    raw = real_us("US1_UNCR.dcm").read_bytes()  # 900 kB of pixels: sampled by default
    parsed = parse_header(raw)
    assert raw[parsed.pixel_offset : parsed.pixel_offset + 4] == b"\xe0\x7f\x10\x00"
    full = index_bytes(raw, "a.dcm", full_hash=True)
    assert full["pixel_hash"] == hashlib.sha256(raw[parsed.pixel_offset :]).hexdigest()
    base = index_bytes(raw, "a.dcm")
    assert base["pixel_hash"] != full["pixel_hash"]  # sampled
    # A byte in a sampled block (the last one) changes both hashes.
    pix = bytearray(raw)
    pix[-10] ^= 0xFF
    changed = index_bytes(bytes(pix), "a.dcm")
    assert changed["pixel_hash"] != base["pixel_hash"] and changed["content_hash"] != base["content_hash"]
    # Header-only change (a new SOP UID, same pixels): pixel hash equal, content hash differs.
    ds = pydicom.dcmread(real_us("US1_UNCR.dcm"))
    ds.SOPInstanceUID = pydicom.uid.generate_uid()
    import io

    buf = io.BytesIO()
    ds.save_as(buf)
    other = index_bytes(buf.getvalue(), "b.dcm")
    assert other["pixel_hash"] == base["pixel_hash"] and other["content_hash"] != base["content_hash"]
    # A byte between sampled blocks: same sampled hash, told apart by the full confirmation.
    between = bytearray(raw)
    between[parsed.pixel_offset + 4096 + 100] ^= 0xFF
    (tmp_path / "a.dcm").write_bytes(raw)
    (tmp_path / "b.dcm").write_bytes(bytes(between))
    (tmp_path / "c.dcm").write_bytes(raw)
    df = index_chunk(["a.dcm", "b.dcm", "c.dcm"], tmp_path).to_pandas()
    assert df["pixel_hash"].nunique() == 1
    confirmed = confirm_pixel_duplicates(df, tmp_path)
    assert confirmed["pixel_hash"].tolist()[0] == confirmed["pixel_hash"].tolist()[2] != confirmed["pixel_hash"][1]
    assert df["pixel_hash"].nunique() == 1  # the input is not modified


def test_long_headers_and_small_files_are_read_whole(tmp_path: Path) -> None:
    raw = real_us("gdcm-US-ALOKA-16.dcm").read_bytes()  # a 258 kB header: longer than the prefix read
    (tmp_path / "a.dcm").write_bytes(raw)
    row = index_chunk(["a.dcm"], tmp_path).to_pylist()[0]
    assert pd.isna(row["error"]) and row["rows"] == 480 and row["n_us_regions"] == 3
    assert row == index_bytes(raw, "a.dcm")


def test_identifiers_are_pseudonymised_and_age_kept_not_birth_date(tmp_path: Path) -> None:
    ds = pydicom.dcmread(real_us("US1_UNCR.dcm"))
    ds.PatientID, ds.AccessionNumber = "MRN12345", "ACC777"
    ds.PatientBirthDate, ds.StudyDate = "19800615", "20150615"
    ds.ImageLaterality = "L"
    ds.save_as(tmp_path / "x.dcm")
    row = index_chunk(["x.dcm"], tmp_path, key="k").to_pylist()[0]
    from core import pseudonyms

    assert row["patient_uid"] == pseudonyms.patient_uid("MRN12345", "k")
    assert row["exam_uid"] == pseudonyms.exam_uid("ACC777", "k")
    assert row["patient_age_years"] == pytest.approx(35.0, abs=0.01)
    assert row["laterality"] == "L" and row["patient_id_valid"]
    assert "PatientBirthDate" not in INDEX_SCHEMA.names and "19800615" not in str(row)
    # No accession: the exam falls back to the StudyInstanceUID (namespaced).
    del ds.AccessionNumber
    ds.save_as(tmp_path / "y.dcm")
    row = index_chunk(["y.dcm"], tmp_path, key="k").to_pylist()[0]
    assert row["exam_uid"] == pseudonyms.exam_uid(f"study:{ds.StudyInstanceUID}", "k")


def test_date_and_age_parsing() -> None:
    assert parse_da("20120101") == date(2012, 1, 1)
    assert parse_da("2012.01.01") == date(2012, 1, 1)
    assert parse_da("20121301") is None and parse_da("") is None and parse_da("abc") is None
    assert parse_age_string("045Y") == 45 and parse_age_string("006M") == 0.5
    assert parse_age_string("52W") == pytest.approx(52 * 7 / 365.25)
    assert parse_age_string("X") is None
    assert age_years(date(2016, 1, 1), date(2000, 1, 1), "099Y") == pytest.approx(16.0, abs=0.01)
    assert age_years(date(2016, 1, 1), None, "015Y") == 15
    assert age_years(date(2016, 1, 1), date(2020, 1, 1), "030Y") == 30  # birth after study: ignored


def test_cli_index_writes_parquet(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sonolabel.cli import app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.dcm").write_bytes(real_us("US1_UNCR.dcm").read_bytes())
    (tmp_path / "in" / "notes.txt").write_text("x")
    res = CliRunner().invoke(app, ["index", str(tmp_path / "in"), str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    t = pq.read_table(tmp_path / "out" / "dicom_index.parquet")
    assert t.num_rows == 2 and t.schema.equals(INDEX_SCHEMA)
    bad = CliRunner().invoke(app, ["index", str(tmp_path / "missing"), str(tmp_path / "out")])
    assert bad.exit_code != 0


def test_identifiers_in_paths_are_masked(tmp_path: Path) -> None:
    from curation.relpath_mask import mask_relpath

    tokens = {"MRN7734019": "Pabc", "KOWALCZYK": "NAME", "ANN": "NAME", "19710304": "DOB"}  # a fixed map
    assert mask_relpath("MRN7734019/kowalczyk_ann/19710304_US/ANNOTATION.dcm", tokens) == "Pabc/NAME_NAME/DOB_US/ANNOTATION.dcm"
    assert mask_relpath("xMRN7734019x/a.dcm", tokens) == "xPabcx/a.dcm"
    digits = {"7734019": "Pabc"}
    assert mask_relpath("PT17734019/PAT7734019_1.dcm", digits) == "PT17734019/PATPabc_1.dcm"
    ds = pydicom.dcmread(real_us("US1_UNCR.dcm"))
    ds.PatientID, ds.PatientName, ds.AccessionNumber = "MRN7734019", "Doe^Jane", "ACC9981"
    (tmp_path / "MRN7734019" / "ACC9981").mkdir(parents=True)
    ds.save_as(tmp_path / "MRN7734019" / "ACC9981" / "doe_jane_1.dcm")
    (tmp_path / "MRN7734019" / "ACC9981" / "notes.txt").write_text("x")
    paths = find_files(tmp_path)
    rows = index_chunk(paths, tmp_path).column("file_relpath").to_pylist()
    assert all("MRN7734019" not in r and "ACC9981" not in r and "JANE" not in r.upper() for r in rows)
    assert rows[1].endswith("/notes.txt") and rows[0].endswith("_1.dcm") and "_N" in rows[0]


def _row_both_ways(raw: bytes) -> tuple[object, object]:
    from curation.dicom_index import _index_source, _Source

    fast = _index_source(_Source(data=raw), "f.dcm", "k", False, fast=True)
    slow = _index_source(_Source(data=raw), "f.dcm", "k", False, fast=False)
    return fast, slow


def test_fast_header_walker_gives_the_pydicom_rows() -> None:
    """The raw walker (curation.dicom_fast_header) never changes a row: every shipped file, and
    cut or corrupted copies of real US files, index the same with and without it."""
    import random

    from curation.dicom_fast_header import parse_fast

    n_fast = 0
    for path in corpus_files():
        raw = path.read_bytes()
        n_fast += parse_fast(raw) is not None
        fast, slow = _row_both_ways(raw)
        assert fast == slow, path.name
    assert n_fast > 100  # the walker does take the common files
    rng = random.Random(7)
    for name in ("US1_UNCR.dcm", "OBXXXX1A_rle_2frame.dcm", "examples_palette.dcm", "JPGLosslessP14SV1_1s_1f_8b.dcm"):
        raw = real_us(name).read_bytes()
        header = parse_header(raw).pixel_offset
        for _ in range(40):
            mutated = bytearray(raw)
            kind = rng.random()
            if kind < 0.3:
                mutated = mutated[: rng.randrange(0, header + 16)]
            elif kind < 0.8:
                for _ in range(rng.randint(1, 3)):
                    mutated[rng.randrange(128, header + 12)] = rng.randrange(256)
            else:
                at = rng.randrange(132, header)
                mutated[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
            fast, slow = _row_both_ways(bytes(mutated))
            assert fast == slow, (name, kind)


@pytest.mark.parametrize("transfer_syntax", ["1.2.840.10008.1.2.1", "1.2.840.10008.1.2", "1.2.840.10008.1.2.5"])
def test_fast_walker_reads_every_value_the_index_uses(
    tmp_path: Path, transfer_syntax: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file holding every keyword of HEADER_KEYWORDS is indexed without falling back to pydicom
    (a keyword read by the index but missing from the list would make every such file slow)."""
    from pydicom.dataset import Dataset

    import curation.dicom_index as dicom_index
    from curation.dicom_fast_header import parse_fast

    ds = pydicom.dcmread(real_us("US1_UNCR.dcm"))
    ds.PatientID, ds.AccessionNumber, ds.OtherPatientIDs = "MRN12345", "ACC777", "ALT999"
    ds.PatientBirthDate, ds.StudyDate, ds.PatientAge, ds.PatientSex = "19800615", "20150615", "035Y", "F"
    ds.ImageLaterality, ds.Laterality, ds.NumberOfFrames = "L", "L", 1
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.RequestedProcedureDescription, ds.PerformedProcedureStepDescription = "US BREAST", "US BREAST L"
    ds.ManufacturerModelName, ds.Manufacturer, ds.StudyDescription = "M1", "ACME", "BREAST"
    region = Dataset()
    region.RegionSpatialFormat = 1
    ds.SequenceOfUltrasoundRegions = [region, region]
    missing = [k for k in dicom_index.HEADER_KEYWORDS if k not in ds]
    assert not missing
    ds.file_meta.TransferSyntaxUID = transfer_syntax
    if transfer_syntax == "1.2.840.10008.1.2.5":  # encapsulated pixel data (an undefined length)
        from pydicom.encaps import encapsulate

        ds.PixelData = encapsulate([b"\x00" * 64])
    ds.save_as(tmp_path / "a.dcm", enforce_file_format=True)
    raw = (tmp_path / "a.dcm").read_bytes()
    assert parse_fast(raw, dicom_index._KEEP_TAGS) is not None
    calls: list[bool] = []
    real = dicom_index.parse_header

    def counting(buf: bytes, fast: bool = True, keep: frozenset[int] | None = None) -> object:
        calls.append(fast)
        return real(buf, fast, keep)

    monkeypatch.setattr(dicom_index, "parse_header", counting)
    row = index_chunk(["a.dcm"], tmp_path, key="k").to_pylist()[0]
    assert calls == [True]
    assert row["n_us_regions"] == 2 and row["laterality"] == "L" and row["patient_age_years"] == pytest.approx(35, abs=0.01)
    monkeypatch.setattr(dicom_index, "parse_header", real)
    assert row == index_chunk(["a.dcm"], tmp_path, key="k").to_pylist()[0]


def test_prefix_size_never_changes_a_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows are built from a prefix only when it holds the whole header: any prefix sizes give the same table."""
    import curation.dicom_index as dicom_index

    root = copy_corpus(tmp_path / "in")
    files = find_files(root)[::3]
    reference = index_chunk(files, root, key="k")
    for reads in ((), (300,), (1024, 4096), (128 * 1024,)):
        monkeypatch.setattr(dicom_index, "HEAD_READS", reads)
        assert index_chunk(files, root, key="k").equals(reference), reads


def test_any_number_of_workers_gives_the_same_table(tmp_path: Path) -> None:
    root = copy_corpus(tmp_path / "in")
    one = build_index(root, workers=1)
    assert build_index(root, workers=3, chunk_size=11).equals(one)
    assert build_index(root, workers=2, chunk_size=5).equals(one)


def test_masker_prefilter_matches_one_full_alternation() -> None:
    """The per-path prefilter of relpath_mask.Masker gives what one regex of every identifier gives."""
    import random
    import re

    from curation.relpath_mask import FREE_MATCH_LEN, Masker

    def reference(tokens: dict[str, str]) -> re.Pattern[str]:  # the masking before the prefilter
        parts = []
        for ident in sorted(tokens, key=len, reverse=True):
            esc = re.escape(ident)
            if ident.isdigit():
                parts.append(rf"(?<![0-9]){esc}(?![0-9])")
            elif len(ident) >= FREE_MATCH_LEN:
                parts.append(esc)
            else:
                parts.append(rf"(?<![A-Za-z0-9]){esc}(?![A-Za-z0-9])")
        return re.compile("|".join(parts), re.IGNORECASE)

    rng = random.Random(3)
    alphabet = "AB12x_-/"
    for trial in range(150):
        idents = {"".join(rng.choice("AB12X") for _ in range(rng.randint(3, 8))) for _ in range(rng.randint(1, 30))}
        if trial % 5 == 0:
            idents.add("MÜLLER")  # non-ASCII identifier: the full pattern path
        tokens = {ident: f"T{i}" for i, ident in enumerate(sorted(idents))}
        masker, full = Masker(tokens), reference(tokens)
        for _ in range(20):
            path = "".join(rng.choice(alphabet + "ab") for _ in range(rng.randint(0, 40)))
            if rng.random() < 0.5 and idents:
                ident = rng.choice(sorted(idents))
                at = rng.randint(0, len(path))
                path = path[:at] + (ident.lower() if rng.random() < 0.5 else ident) + path[at:]
            if rng.random() < 0.1:
                path += "/müller"
            assert masker(path) == full.sub(lambda m, t=tokens: t[m.group(0).upper()], path), (tokens, path)
