"""BI-RADS from radiology text, and the per report x breast radiology stage."""

from __future__ import annotations

import pandas as pd
import pytest

from nlp.birads import extract_birads, normalise_birads_value, resolve_radiology_birads


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        ("BI-RADS category 4", "4", "4"),
        ("BIRADS: 2", "2", "2"),
        ("assessment: benign", "2", "2"),
        ("ASSESSMENT: 3 - probably benign", "3", "3"),
        ("BI-RADS 1 bilaterally", "1", "1"),
        ("BI-RADS(R) 4a: low suspicion", "4A", "4A"),
        ("Left breast: BI-RADS 2.\nRight breast: BI-RADS 4B.", "2", "4B"),
        ("RIGHT BREAST:\nBI-RADS 4C - high suspicion", None, "4C"),
        ("LEFT BREAST ULTRASOUND\nIMPRESSION: Simple cyst.\nBI-RADS 2 - benign", "2", None),
        ("Right: BI-RADS 3; left: BI-RADS 1.", "1", "3"),
        ("ASSESSMENT: Suspicious abnormality - BI-RADS 4A, right breast. Left: BI-RADS 1", "1", "4A"),
        ("Overall assessment: incomplete, need additional imaging (BI-RADS 0)", "0", "0"),
        ("Category 5: highly suggestive of malignancy, left breast.", "5", None),
        ("Known biopsy-proven malignancy, right breast. BI-RADS 6.", None, "6"),
        ("A 2.5 cm mass. No assessment given.", None, None),
    ],
)
def test_extract_birads(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


def test_normalise_structured_value() -> None:
    assert normalise_birads_value(" 4a ") == "4A"
    assert normalise_birads_value("") is None
    assert normalise_birads_value("7") is None
    assert normalise_birads_value(None) is None


def _radiology() -> pd.DataFrame:
    return pd.DataFrame({
        "patient_id": ["MRN001", "MRN001", "MRN002"],
        "report_id": ["R-1", "R-2", "R-3"],
        "accession_number": ["ACC1", "ACC2", ""],
        "exam_date": ["2020-01-02", "2020-07-01", "2021-03-04"],
        "modality": ["US", "mg", "US"],
        "birads_left": ["4B", "", ""],
        "birads_right": ["", "", "2"],
        "text": ["Right breast: BI-RADS 3.", "No assessment.", "BI-RADS 1 bilaterally"],
    })


def test_resolve_radiology_birads_sources_and_pseudonyms() -> None:
    out = resolve_radiology_birads(_radiology(), key="k")
    assert list(out.columns) == ["patient_uid", "exam_uid", "report_uid", "exam_date", "modality", "laterality",
                                 "birads", "birads_source"]
    assert len(out) == 6
    got = {
        (r.exam_date.strftime("%Y-%m-%d"), r.laterality): tuple(None if pd.isna(v) else v for v in (r.birads, r.birads_source))
        for r in out.itertuples()
    }
    assert got[("2020-01-02", "L")] == ("4B", "structured")
    assert got[("2020-01-02", "R")] == ("3", "text")
    assert got[("2020-07-01", "L")] == (None, None)
    assert got[("2021-03-04", "R")] == ("2", "structured")
    assert got[("2021-03-04", "L")] == ("1", "text")
    assert set(out["modality"]) == {"US", "MG"}
    flat = [str(v) for v in out.to_numpy().ravel().tolist()]
    assert not any(raw in cell for raw in ("MRN001", "MRN002", "ACC1", "R-1") for cell in flat)
    assert out["exam_uid"].nunique() == 3  # the empty accession falls back to the report id


def test_resolve_radiology_birads_missing_column() -> None:
    from nlp.labels import LabelInputError

    with pytest.raises(LabelInputError, match="birads_left"):
        resolve_radiology_birads(_radiology().drop(columns=["birads_left"]), key="k")
