"""The realistic report grammar: varied wording that still states the structured facts it was given."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pytest

from demo_hospital.clinical import ImagingExam, PathologyEvent, Specimen
from demo_hospital.pathology_grammar import PHRASES, STYLES, pathology_report, phrase
from demo_hospital.radiology_grammar import radiology_report
from demo_hospital.report_text import BIRADS_WORDS, DIAGNOSES

DAY = dt.date(2016, 5, 4)


def _event(*specimens: Specimen, procedure: str = "core_biopsy", guidance: str = "us") -> PathologyEvent:
    return PathologyEvent(DAY, procedure, guidance, "concordant", list(specimens))


def _texts(event: PathologyEvent, n: int = 60, history: str | None = None) -> list[str]:
    rng = np.random.default_rng(0)
    return [pathology_report(rng, event, history, STYLES[i % 3]) for i in range(n)]


def test_every_diagnosis_has_several_phrasings() -> None:
    for key in DIAGNOSES:
        assert len(PHRASES[key]) >= 2, key
    rng = np.random.default_rng(1)
    idc = {phrase(rng, "idc", "2") for _ in range(200)}
    assert len(idc) >= 8 and all("{" not in p for p in idc)
    assert {phrase(rng, "phyllodes", "benign") for _ in range(50)} >= {"Benign phyllodes tumour"}


def test_three_house_styles_look_different() -> None:
    ev = _event(Specimen("L", "fibroadenoma", "benign", part=0))
    texts = _texts(ev, 30)
    assert any(t.startswith(("PATH:", "Dx:", "Surgical pathology - final dx:")) for t in texts)  # terse
    assert any("Specimen:" in t and "Diagnosis:" in t for t in texts)  # synoptic
    assert any("FINAL DIAGNOSIS:" in t and "   - " in t for t in texts)  # narrative


def test_hedged_lymph_node_and_non_breast_parts_are_written_as_such() -> None:
    ev = _event(Specimen("R", "idc", "malignant", part=0, grade="2"),
                Specimen("R", "hedged", "other", part=1, detail="dcis"),
                Specimen("R", "lymph_node", "other", part=2, grade="2/3"), procedure="lumpectomy", guidance="none")
    texts = _texts(ev)
    assert all(re.search("not diagnostic of DCIS|DCIS cannot be excluded", t) for t in texts)  # hedge, maybe misspelt
    assert all(re.search(r"2 of 3|2/3", t) for t in texts)
    skin = _event(Specimen("", "non_breast", "other", part=0, detail="skin_back"), procedure="excision",
                  guidance="none")
    for t in _texts(skin, 9):
        assert "SKIN, UPPER BACK" in t and "Basal cell carcin" in t and "breast" not in t.lower()


def test_biopsy_site_changes_only_where_a_scar_specimen_exists() -> None:
    plain = _event(Specimen("L", "dcis", "malignant", part=0, grade="3"), procedure="lumpectomy", guidance="none")
    assert not any("biopsy site" in t.lower() or "biopsy-site" in t.lower() for t in _texts(plain))
    with_site = _event(Specimen("L", "dcis", "malignant", part=0, grade="3"),
                       Specimen("L", "scar", "benign", part=0, detail="biopsy_site"), procedure="lumpectomy",
                       guidance="none")
    assert all(re.search("biopsy[ -]site|biopsy cavity", t, re.IGNORECASE) for t in _texts(with_site))


def test_amendments_print_the_revised_diagnosis_then_withdraw_it() -> None:
    ev = _event(Specimen("L", "adh", "benign", part=0))
    amended = [t for t in _texts(ev, 600) if re.search("AMEND|revised diagnosis", t, re.IGNORECASE)]
    assert amended, "an amendment occurs in a few percent of reports"
    for t in amended:
        assert re.search("withdrawn|replaces|no longer applies|laterality correction", t), t


def test_history_never_states_a_diagnosis_of_this_report() -> None:
    ev = _event(Specimen("R", "fibroadenoma", "benign", part=0))
    for t in _texts(ev, 60, history="L"):
        if "CLINICAL HISTORY:" in t:
            history = t.split("CLINICAL HISTORY:")[1].split("\n\n")[0]
            assert "fibroadenoma" not in history.lower()


def test_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="style"):
        pathology_report(np.random.default_rng(0), _event(Specimen("L", "cyst", "benign")), None, "poetic")


def _exam(birads: dict[str, str], findings: dict[str, tuple[str, ...]], modality: str = "US") -> ImagingExam:
    e = ImagingExam(DAY, modality, birads, {"L": True, "R": True}, {"L": "none", "R": "none"}, imaged=True)
    e.findings = findings
    return e


@pytest.mark.parametrize("style", ["narrative", "synoptic", "terse"])
def test_radiology_states_each_final_assessment_and_only_those_sides(style: str) -> None:
    rng = np.random.default_rng(2)
    exam = _exam({"L": "4B", "R": "2"}, {"L": ("carcinoma_irregular",), "R": ("simple_cyst",)})
    for _ in range(40):
        text = radiology_report(rng, exam, None, style)
        assert re.search(r"4b|four b", text, re.IGNORECASE), text
        assert "cyst" in text and "ADDENDUM" not in text or "revised to BI-RADS" in text
    unilateral = _exam({"L": "3", "R": ""}, {"L": ("fibroadenoma",)})
    for _ in range(40):
        text = radiology_report(rng, unilateral, None, style)
        assert "right" not in text.lower() or "RIGHT" not in text, text
        assert re.search(r"(?<!\d)3(?![\dabc])|three|" + BIRADS_WORDS["3"], text, re.IGNORECASE)


def test_radiology_addendum_revises_to_the_final_value() -> None:
    rng = np.random.default_rng(3)
    exam = _exam({"L": "2", "R": "1"}, {"L": ("intramammary_node",)})
    revised = [t for t in (radiology_report(rng, exam, None, "narrative") for _ in range(400)) if "ADDENDUM" in t]
    assert revised and all("revised to BI-RADS 2" in t or "revised to BI-RADS 1" in t for t in revised)
