from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from curation.dicom_index import INDEX_SCHEMA
from curation.filters import (
    EXAM_RULES,
    FILE_RULES,
    apply_duplicate_rule,
    apply_exam_rules,
    apply_file_filters,
    duplicate_candidates,
    rule_table,
)
from curation.patient_ids import is_valid_patient_id
from curation.procedure_text import deciding_text, is_biopsy_text
from curation.reason_codes import ORDER, REASON_CODES

US = "1.2.840.10008.5.1.4.1.1.6.1"


def _row(relpath: str, **kw) -> dict:
    row = dict.fromkeys(INDEX_SCHEMA.names)
    row.update(file_relpath=relpath, patient_uid="p1", patient_id_valid=True, exam_uid="e1", sop_uid=relpath,
               sop_class_uid=US, modality="US", study_date=date(2015, 3, 1), patient_age_years=45.0,
               patient_sex="F", image_type="ORIGINAL\\PRIMARY", study_description="US BREAST BILATERAL",
               laterality="L", pixel_hash="h-" + relpath)
    row.update(kw)
    return row


def _reasons(rows: list[dict]) -> dict[str, str]:
    res = apply_file_filters(pd.DataFrame(rows))
    ex = res.exclusions.to_pandas()
    assert ex["file_relpath"].is_unique  # exactly one row per excluded file
    assert set(ex["file_relpath"]).isdisjoint(res.kept["file_relpath"])
    return dict(zip(ex["file_relpath"], ex["reason"]))


def test_rules_are_registered_in_reason_code_order() -> None:
    codes = [r.code for r in FILE_RULES + EXAM_RULES]
    assert codes == sorted(codes, key=ORDER.get)
    assert {r[2] for r in rule_table()} == {rc.code for rc in REASON_CODES}


def test_each_file_rule_fires_on_its_defect() -> None:
    rows = [
        _row("a_ok"),
        _row("a_err", error="not_dicom"),
        _row("b_err", error="unreadable_dicom"),
        _row("c_pid", patient_id_valid=False),
        _row("d_old", study_date=date(2011, 12, 31)),
        _row("d_nodate", study_date=None),
        _row("e_young", patient_age_years=15.9),
        _row("e_unknown_age", patient_age_years=None),
        _row("f_dup_sop", sop_uid="a_ok"),
        _row("f_dup_pix", pixel_hash="h-a_ok"),
        _row("g_male", patient_sex="M"),
        _row("g_nosex", patient_sex=None),
        _row("h_sc", sop_class_uid="1.2.840.10008.5.1.4.1.1.7"),
        _row("h_mg", modality="MG"),
        _row("h_report", image_type="DERIVED\\SECONDARY\\REPORT"),
        _row("i_bx", performed_procedure_step_description="US GUIDED CORE BX LEFT"),
        _row("j_noproc", study_description=None),
    ]
    assert _reasons(rows) == {
        "a_err": "not_dicom", "b_err": "unreadable_dicom", "c_pid": "invalid_patient_id",
        "d_old": "exam_before_2012", "d_nodate": "exam_before_2012", "e_young": "patient_under_16",
        "f_dup_sop": "duplicate_image", "f_dup_pix": "duplicate_image", "g_male": "non_female_patient",
        "g_nosex": "non_female_patient", "h_sc": "not_ultrasound", "h_mg": "not_ultrasound",
        "h_report": "not_ultrasound", "i_bx": "biopsy_procedure_image", "j_noproc": "missing_procedure_metadata",
    }


def test_first_rule_wins_and_duplicates_only_count_kept_originals() -> None:
    rows = [
        _row("a", patient_id_valid=False, patient_sex="M"),  # two defects -> the earlier rule
        _row("b", sop_uid="a"),  # "duplicate" of an excluded file: the original is gone, so b is kept
        _row("c", pixel_hash="h-b"),  # duplicate of b (b sorts first)
        _row("d", study_date=date(2010, 1, 1), pixel_hash="h-b"),  # too old comes first
    ]
    assert _reasons(rows) == {"a": "invalid_patient_id", "c": "duplicate_image", "d": "exam_before_2012"}


def test_empty_pixel_hash_is_not_a_duplicate() -> None:
    assert _reasons([_row("a", pixel_hash=None), _row("b", pixel_hash=None)]) == {}


@pytest.mark.parametrize("text", [
    "US GUIDED BX", "US-guided core biopsy left breast", "CORE BIOPSY", "FNA RIGHT AXILLA", "US BREAST FNA",
    "VACUUM ASSISTED BIOPSY", "US BREAST CLIP PLACEMENT", "US WIRE LOCALIZATION LEFT", "ULTRASOUND GUIDED ASPIRATION",
    "BIOPSY BREAST LT US", "US BX RT", "Mammotome", "US CYST ASPIRATION", "US GUIDED BX; POST BIOPSY MAMMO",
])
def test_biopsy_phrasing(text: str) -> None:
    assert is_biopsy_text(text)


@pytest.mark.parametrize("text", [
    "US BREAST BILATERAL", "POST BIOPSY FOLLOW UP", "US BREAST LEFT PRIOR BX SITE", "PRE-BIOPSY PLANNING US",
    "S/P CORE BIOPSY, US FOLLOW-UP", "US BREAST HX OF BIOPSY", "US BREAST LIMITED RIGHT", "SCORE 3 FOLLOWUP",
    "", None,
])
def test_not_biopsy_phrasing(text: str | None) -> None:
    assert not is_biopsy_text(text)


def test_biopsy_decided_by_first_non_empty_description_in_paper_order() -> None:
    assert deciding_text(["  ", "US BREAST", "US GUIDED BX"]) == "US BREAST"
    rows = [
        _row("a", performed_procedure_step_description="", study_description="US BREAST",
             requested_procedure_description="US GUIDED CORE BIOPSY"),  # study description decides: kept
        _row("b", performed_procedure_step_description="US CORE BIOPSY", study_description="US BREAST"),
        _row("c", study_description=None, requested_procedure_description="BREAST US BX"),
    ]
    assert _reasons(rows) == {"b": "biopsy_procedure_image", "c": "biopsy_procedure_image"}


@pytest.mark.parametrize("pid,ok", [
    ("MRN12345", True), ("000123456", True), ("AB-1234/5", True), ("", False), ("   ", False), (None, False),
    ("UNKNOWN", False), ("anonymous", False), ("TEST1", False), ("0000000", False), ("N/A", False),
    ("DOE JANE", False), ("12345\x00", False), ("X" * 65, False),
])
def test_patient_id_validity(pid: str | None, ok: bool) -> None:
    assert is_valid_patient_id(pid) is ok


def _images(exam: str, n: int, **kw) -> list[dict]:
    base = {"exam_uid": exam, "patient_uid": "p1", "study_date": date(2015, 1, 1), "laterality": "L"}
    base.update(kw)
    return [dict(base, image_uid=f"{exam}-{i}/f0/r0", file_relpath=f"{exam}/{i}") for i in range(n)]


def test_exam_rules_in_order_one_row_per_file() -> None:
    imgs = (_images("ok", 4) + _images("big", 71) + _images("small", 2)
            + _images("twopat", 5) + [dict(_images("twopat", 1, patient_uid="p2")[0], file_relpath="twopat/x",
                                           image_uid="twopat-x/f0/r0")]
            + _images("twodate", 5)
            + [dict(_images("twodate", 1)[0], study_date=date(2015, 1, 2), file_relpath="twodate/y",
                    image_uid="twodate-y/f0/r0")]
            + _images("nolat", 5) + [dict(_images("nolat", 1)[0], laterality=None, file_relpath="nolat/z",
                                          image_uid="nolat-z/f0/r0")]
            + _images("edge70", 70))
    # small/0 is a dual-view file: 2 images (3 in the exam: too few), one exclusion row
    imgs += [dict(_images("small", 1)[0], image_uid="small-0/f0/r1")]
    kept, ex = apply_exam_rules(pd.DataFrame(imgs))
    ex = ex.to_pandas()
    assert set(kept["exam_uid"]) == {"ok", "edge70"}
    assert ex["file_relpath"].is_unique
    by_exam = ex.groupby("exam_uid")["reason"].agg(set).to_dict()
    assert by_exam == {"big": {"extreme_image_count"}, "small": {"extreme_image_count"},
                       "twopat": {"multiple_patient_ids"}, "twodate": {"multiple_study_dates"},
                       "nolat": {"missing_laterality"}}
    assert (ex["stage"] == "exam").all()
    assert set(ex.loc[ex["exam_uid"] == "small", "detail"]) == {"n_images=3"}
    assert len(ex[ex["exam_uid"] == "small"]) == 2 and len(ex[ex["exam_uid"] == "big"]) == 71


@pytest.mark.parametrize("image_type, sop_class, excluded", [
    ("DERIVED\\SECONDARY", US, True),  # a report page saved with an ultrasound SOP class
    ("DERIVED\\SECONDARY", "1.2.840.10008.5.1.4.1.1.3.1", True),  # ... or the multi-frame US class
    ("DERIVED\\SECONDARY", "1.2.840.10008.5.1.4.1.1.6", True),  # ... or the retired US class
    ("DERIVED\\SECONDARY", "1.2.840.10008.5.1.4.1.1.7", True),  # secondary capture
    ("DERIVED\\SECONDARY\\REPORT", US, True),
    (" derived \\ secondary ", US, True),  # case and padding
    ("ORIGINAL\\SECONDARY", US, True),
    ("SECONDARY", US, True),  # value 1, as some writers put it
    ("DERIVED\\PRIMARY\\DEMOGRAPHICS", US, True),
    ("ORIGINAL\\PRIMARY\\SCREEN SAVE", US, True),
    ("ORIGINAL\\PRIMARY", US, False),
    ("DERIVED\\PRIMARY", US, False),  # a processed acquisition is an image
    ("ORIGINAL\\PRIMARY\\\\0001", US, False),
    (None, US, False),
])
def test_image_type_marks_pages_of_any_sop_class(image_type: str | None, sop_class: str, excluded: bool) -> None:
    reasons = _reasons([_row("a", image_type=image_type, sop_class_uid=sop_class)])
    assert reasons == ({"a": "not_ultrasound"} if excluded else {})


def test_duplicate_detail_names_the_kept_copy() -> None:
    res = apply_file_filters(pd.DataFrame([_row("a"), _row("b", sop_uid="a"), _row("c", pixel_hash="h-a")]))
    details = dict(zip(res.exclusions.column("file_relpath").to_pylist(), res.exclusions.column("detail").to_pylist()))
    assert details == {"b": "same SOPInstanceUID as a", "c": "same pixel data as a"}


def test_the_copy_that_decodes_is_kept_whatever_the_order() -> None:
    rows = [_row("a_damaged"), _row("b_good", sop_uid="a_damaged"),  # same SOP UID, the damaged one first
            _row("c_damaged", pixel_hash="h-d_good"), _row("d_good"),  # same pixels, the damaged one first
            _row("e", sop_uid="shared"), _row("f", sop_uid="shared"),  # both decode: path order decides
            _row("g_bad", sop_uid="none"), _row("h_bad", sop_uid="none")]  # neither decodes: the first stays
    kept = apply_file_filters(pd.DataFrame(rows), defer_duplicates=True).kept
    assert len(kept) == len(rows), "the duplicate rule waits for preprocessing"
    candidates = duplicate_candidates(kept.assign(source_order=range(len(kept))))
    assert sorted(candidates["file_relpath"]) == sorted(r["file_relpath"] for r in rows)
    excluded = apply_duplicate_rule(candidates, decoded={"b_good", "d_good", "e", "f"})
    details = dict(zip(excluded["file_relpath"], excluded["detail"]))
    assert set(excluded["reason"]) == {"duplicate_image"}
    assert details == {"a_damaged": "same SOPInstanceUID as b_good (this copy does not decode)",
                       "c_damaged": "same pixel data as d_good (this copy does not decode)",
                       "f": "same SOPInstanceUID as e", "h_bad": "same SOPInstanceUID as g_bad (this copy does not decode)"}


def test_curate_keeps_the_original_when_a_damaged_twin_sorts_first(tmp_path) -> None:
    import pydicom
    from dicom_samples import make_us_export

    from curation.curate import curate

    root = make_us_export(tmp_path / "in")
    original = root / "exam1" / "img00.dcm"
    raw = original.read_bytes()
    (root / "exam1" / "a_cut_twin.dcm").write_bytes(raw[: len(raw) * 2 // 3])  # same SOP UID, pixels cut
    ds = pydicom.dcmread(original)
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = pydicom.uid.generate_uid()
    ds.Rows = ds.Rows * 2  # same pixel bytes, a header they cannot fill
    ds.save_as(root / "exam1" / "a_pixel_twin.dcm", enforce_file_format=True)
    result = curate(root, tmp_path / "out")
    kept = set(result.images.column("file_relpath").to_pylist())
    reasons = dict(zip(result.exclusions.column("file_relpath").to_pylist(), result.exclusions.column("reason").to_pylist()))
    assert "exam1/img00.dcm" in kept
    assert reasons == {"exam1/a_cut_twin.dcm": "duplicate_image", "exam1/a_pixel_twin.dcm": "duplicate_image"}
    counts = {r["reason"]: r["n_files"] for r in result.rule_counts.to_pylist()}
    assert counts["duplicate_image"] == 2 and counts["undecodable_pixels"] == 0


def test_contracts_list_every_reason_code() -> None:
    import json
    from pathlib import Path

    from curation.reason_codes import Stage

    suites = Path(__file__).resolve().parents[2] / "data_contracts"

    def value_set(table: str, column: str) -> list[str]:
        suite = json.loads((suites / f"{table}.json").read_text())
        return next(e["kwargs"]["value_set"] for e in suite["expectations"]
                    if e["type"] == "expect_column_values_to_be_in_set" and e["kwargs"]["column"] == column)

    assert value_set("exclusions", "reason") == [r.code for r in REASON_CODES]
    assert value_set("dicom_index", "error") == [r.code for r in REASON_CODES if r.stage == Stage.INDEX]
