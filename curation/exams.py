"""The ``exams`` table and the exam x breast list that labeling and the test-set filters use."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

from core.vendors import vendor

EXAMS_SCHEMA = pa.schema(
    [
        ("exam_uid", pa.string()),
        ("patient_uid", pa.string()),
        ("study_date", pa.date32()),
        ("age_at_exam", pa.float64()),
        ("manufacturer", pa.string()),
        ("manufacturer_model", pa.string()),
        ("vendor", pa.string()),
        ("n_images", pa.int32()),
        ("n_images_left", pa.int32()),
        ("n_images_right", pa.int32()),
        ("sex", pa.string()),
        ("age_at_first_exam", pa.int32()),
        ("density", pa.string()),
    ]
)

BREAST_EXAMS_COLUMNS = ["exam_uid", "patient_uid", "exam_date", "laterality"]


def _mode(series: pd.Series) -> str | None:
    counts = series.dropna().value_counts()
    return None if counts.empty else str(counts.index[0])


def build_exams(images: pd.DataFrame, dicom_index: pd.DataFrame, patients: pd.DataFrame | None = None) -> pa.Table:
    """One row per kept exam: date, age, the exam's (most common) device, image counts per side.

    ``patients``: the checked ``patients.csv`` (``patient_uid, sex, age_at_first_exam, density``,
    :func:`curation.input_check.check_patients`); its fields are joined on ``patient_uid`` (null
    for a patient it does not list).

    ``vendor`` is the manufacturer normalised across spellings (:func:`core.vendors.vendor`),
    the column per-manufacturer subgroups should group by; ``manufacturer`` stays as written.

    Age comes from the index (computed there from the birth date or PatientAge; the birth date
    itself never leaves stage 1).
    """
    if images.empty:
        return EXAMS_SCHEMA.empty_table()
    ages = dicom_index.dropna(subset=["exam_uid"]).groupby("exam_uid")["patient_age_years"].median()
    g = images.groupby("exam_uid", sort=True)
    out = pd.DataFrame(
        {
            "patient_uid": g["patient_uid"].first(),
            "study_date": g["study_date"].min(),
            "manufacturer": g["manufacturer"].agg(_mode),
            "manufacturer_model": g["manufacturer_model"].agg(_mode),
            "n_images": g.size().astype("int32"),
            "n_images_left": g["laterality"].agg(lambda s: int((s == "L").sum())).astype("int32"),
            "n_images_right": g["laterality"].agg(lambda s: int((s == "R").sum())).astype("int32"),
        }
    )
    out["age_at_exam"] = ages.reindex(out.index).astype("float64")
    out["vendor"] = out["manufacturer"].map(vendor)
    out = out.reset_index()
    fields = ["sex", "age_at_first_exam", "density"]
    if patients is not None and len(patients):
        out = out.merge(patients[["patient_uid", *fields]].drop_duplicates("patient_uid"), on="patient_uid", how="left")
    else:
        out = out.assign(**{c: None for c in fields})
    out = out.astype({"sex": "object", "density": "object"})
    out["age_at_first_exam"] = out["age_at_first_exam"].astype("Int32")
    return pa.Table.from_pandas(out[EXAMS_SCHEMA.names], schema=EXAMS_SCHEMA, preserve_index=False)


def breast_exams(images: pd.DataFrame) -> pd.DataFrame:
    """Every (exam, breast) with at least one kept image: the unit of labels and of the model's bags."""
    cols = images[["exam_uid", "patient_uid", "study_date", "laterality"]].drop_duplicates(["exam_uid", "laterality"])
    out = cols.rename(columns={"study_date": "exam_date"})[BREAST_EXAMS_COLUMNS]
    return out.sort_values(["exam_uid", "laterality"]).reset_index(drop=True)
