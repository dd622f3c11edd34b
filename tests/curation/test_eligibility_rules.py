"""Test-set follow-up filters (paper Fig. A.3): one hand-built scenario per eligibility code,
window boundaries, branch precedence and isolation between breasts and patients."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd
import pytest

from curation.eligibility.inputs import EligibilityInputError
from curation.eligibility.rules import EligibilityResult, apply_test_set_filters
from curation.months import add_months
from curation.reason_codes import ELIGIBILITY_BY_CODE, ELIGIBILITY_CODES

E = dt.date(2020, 3, 15)  # the US exam under test
DAY = dt.timedelta(days=1)


def months(n: int, base: dt.date = E) -> dt.date:
    return add_months(base, n)


@dataclass
class World:
    """A tiny hospital: US exams (with their own BI-RADS), pathology and follow-up imaging."""

    exams: list[dict] = field(default_factory=list)
    labels: list[dict] = field(default_factory=list)
    pathology: list[dict] = field(default_factory=list)
    radiology: list[dict] = field(default_factory=list)

    def exam(self, exam_uid: str, birads: str | None, *, patient: str = "p1", lat: str = "L",
             day: dt.date = E, split: str = "test", benign: bool = False, malignant: bool = False,
             reports: tuple[str, ...] = (), label_state: str | None = None) -> World:
        self.exams.append({"exam_uid": exam_uid, "patient_uid": patient, "laterality": lat, "exam_date": day, "split": split})
        self.labels.append({"exam_uid": exam_uid, "laterality": lat, "benign": benign, "malignant": malignant,
                                "report_uids": list(reports), "label_state": label_state})
        self.radiology.append({"patient_uid": patient, "exam_uid": exam_uid, "report_uid": f"r-{exam_uid}-{lat}",
                                   "exam_date": day, "modality": "US", "laterality": lat, "birads": birads})
        return self

    def path(self, report_uid: str, *, day: dt.date = E, patient: str = "p1", lat: str = "L",
             procedure: str = "core_biopsy", guidance: str = "us", concordance: str = "concordant",
             malignant: bool = False, benign: bool = False) -> World:
        self.pathology.append({"report_uid": report_uid, "patient_uid": patient, "laterality": lat, "specimen_date": day,
                                   "procedure": procedure, "guidance": guidance, "concordance": concordance,
                                   "malignant": malignant, "benign": benign})
        return self

    def imaging(self, exam_uid: str, day: dt.date, modality: str, birads: str | None, *,
                patient: str = "p1", lat: str = "L") -> World:
        self.radiology.append({"patient_uid": patient, "exam_uid": exam_uid, "report_uid": f"r-{exam_uid}-{lat}",
                                   "exam_date": day, "modality": modality, "laterality": lat, "birads": birads})
        return self

    def frames(self) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        path_cols = ["report_uid", "patient_uid", "laterality", "specimen_date", "procedure", "guidance",
                     "concordance", "malignant", "benign"]
        label_cols = ["exam_uid", "laterality", "benign", "malignant", "report_uids"]
        if any(lab["label_state"] is not None for lab in self.labels):  # else: a labels table without the column
            label_cols.append("label_state")
        return (pd.DataFrame(self.exams), pd.DataFrame(self.labels, columns=label_cols),
                pd.DataFrame(self.pathology, columns=path_cols), pd.DataFrame(self.radiology))

    def run(self) -> EligibilityResult:
        return apply_test_set_filters(*self.frames())

    def reason(self, exam_uid: str = "e1", lat: str = "L") -> str:
        te = self.run().test_eligibility
        row = te.loc[(te["exam_uid"] == exam_uid) & (te["laterality"] == lat)]
        assert len(row) == 1
        return str(row["reason"].iloc[0])


# --- one scenario per code -------------------------------------------------------------------
def _negative(birads: str = "2") -> World:
    return World().exam("e1", birads)


def _malignant(birads: str | None, guidances: tuple[str, ...] = ("us",)) -> World:
    w = World()
    reports = tuple(f"m{i}" for i in range(len(guidances)))
    w.exam("e1", birads, malignant=True, reports=reports)
    for rid, g in zip(reports, guidances):
        w.path(rid, day=E + 7 * DAY, guidance=g, malignant=True)
    return w


def _benign(concordance: str = "concordant") -> World:
    return World().exam("e1", "4A", benign=True, reports=("b1",)).path(
        "b1", day=E + 5 * DAY, concordance=concordance, benign=True)


SCENARIOS: dict[str, World] = {
    "negative_followup_confirmed": _negative().imaging("f1", months(9), "US", "1"),
    "negative_malignancy_within_15mo": _negative().imaging("f1", months(9), "US", "1").path(
        "m1", day=months(10), malignant=True),
    "negative_followup_not_negative": _negative().imaging("f1", months(9), "MG", "4"),
    "negative_no_followup": _negative().imaging("f1", months(3), "US", "1"),
    "birads3_followup_confirmed": _negative("3").imaging("f1", months(6), "US", "2").imaging(
        "f2", months(12), "US", "1"),
    "birads3_malignancy_within_15mo": _negative("3").imaging("f1", months(6), "US", "2").path(
        "m1", day=months(14), malignant=True, guidance="stereotactic"),
    "birads3_no_confirming_followup": _negative("3").imaging("f1", months(6), "US", "3"),
    "nonbiopsied_unverifiable_birads": _negative("4B").imaging("f1", months(9), "US", "1"),
    "benign_concordant": _benign(),
    "benign_discordant_resolved": _benign("discordant").path(
        "b2", day=E + 60 * DAY, procedure="excision", guidance="none", concordance="", benign=True),
    "benign_discordant_unresolved": _benign("discordant"),
    "benign_discordant_malignant_resolution": _benign("discordant").path(
        "b2", day=E + 150 * DAY, procedure="lumpectomy", guidance="none", concordance="", malignant=True),
    "malignant_visible_presumed": _malignant("5"),
    "malignant_birads_1_2": _malignant("2"),
    "malignant_no_us_guided_biopsy": _malignant("4C", ("stereotactic",)),
    "malignant_review_us_guidance_outside_window": _malignant("4C", ("stereotactic",)).path(
        "m9", day=E + 200 * DAY, guidance="us", malignant=True),
    "malignant_review_unguided_biopsy": _malignant("5", ("us", "none")),
    "malignant_review_birads_0_3_6": _malignant("0"),
    "malignant_review_multimodal_guidance": _malignant("4", ("us", "mri")),
    "malignant_review_birads_unknown": _malignant(None),
    "missing_birads": World().exam("e1", None).imaging("f1", months(9), "US", "1"),
    "label_needs_review": World().exam("e1", "5", malignant=True, reports=("m1",), label_state="needs_review").path(
        "m1", day=E + 7 * DAY, malignant=True),
}


def test_every_code_has_a_scenario() -> None:
    assert set(SCENARIOS) == {c.code for c in ELIGIBILITY_CODES}


@pytest.mark.parametrize("code", [c.code for c in ELIGIBILITY_CODES])
def test_scenario_gets_its_code(code: str) -> None:
    result = SCENARIOS[code].run()
    te = result.test_eligibility
    assert list(te.columns) == ["exam_uid", "patient_uid", "laterality", "status", "reason", "branch"]
    assert len(te) == 1
    row = te.iloc[0]
    info = ELIGIBILITY_BY_CODE[code]
    assert (row["reason"], row["status"], row["branch"]) == (code, info.status, info.branch)
    assert len(result.manual_review) == (info.status == "manual_review")


# --- window boundaries ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("fu_day", "expected"),
    [
        (months(6), "negative_followup_confirmed"),
        (months(6) - DAY, "negative_no_followup"),
        (months(15), "negative_followup_confirmed"),
        (months(24), "negative_followup_confirmed"),
        (months(24) + DAY, "negative_no_followup"),
    ],
)
def test_negative_followup_bounds(fu_day: dt.date, expected: str) -> None:
    assert _negative().imaging("f1", fu_day, "US", "2").reason() == expected


@pytest.mark.parametrize(
    ("path_day", "expected"),
    [
        (E, "negative_malignancy_within_15mo"),
        (months(15), "negative_malignancy_within_15mo"),
        (months(15) + DAY, "negative_followup_confirmed"),
        (E - DAY, "negative_followup_confirmed"),
    ],
)
def test_malignancy_window_bounds(path_day: dt.date, expected: str) -> None:
    w = _negative().imaging("f1", months(9), "US", "1").path("m1", day=path_day, malignant=True)
    assert w.reason() == expected


def test_month_end_clipping() -> None:
    # exam on Aug 31: 6 months later is Feb 28 (2021 is not a leap year)
    w = World().exam("e1", "1", day=dt.date(2020, 8, 31)).imaging("f1", dt.date(2021, 2, 28), "US", "1")
    assert w.reason() == "negative_followup_confirmed"
    w = World().exam("e1", "1", day=dt.date(2020, 8, 31)).imaging("f1", dt.date(2021, 2, 27), "US", "1")
    assert w.reason() == "negative_no_followup"
    # Jan 31 + 15 months = Apr 30
    w = World().exam("e1", "1", day=dt.date(2020, 1, 31)).path("m1", day=dt.date(2021, 4, 30), malignant=True)
    assert w.reason() == "negative_malignancy_within_15mo"
    w = World().exam("e1", "1", day=dt.date(2020, 1, 31)).path("m1", day=dt.date(2021, 5, 1), malignant=True)
    assert w.reason() == "negative_no_followup"


def test_followup_tier_order_first_tier_decides() -> None:
    # US 6-15 beats an earlier MG in the same window: the US tier decides
    w = _negative().imaging("f1", months(7), "MG", "1").imaging("f2", months(10), "US", "4")
    assert w.reason() == "negative_followup_not_negative"
    # no US at 6-15: MG 6-15 decides before a DBT 6-15 and a US 15-24
    w = _negative().imaging("f1", months(7), "DBT", "4").imaging("f2", months(18), "US", "4").imaging(
        "f3", months(12), "MG", "2")
    assert w.reason() == "negative_followup_confirmed"
    # only 15-24 months: US 15-24 decides before MG 15-24
    w = _negative().imaging("f1", months(16), "MG", "4").imaging("f2", months(20), "US", "1")
    assert w.reason() == "negative_followup_confirmed"
    # DBT 6-15 decides before anything at 15-24
    w = _negative().imaging("f1", months(8), "DBT", "0").imaging("f2", months(20), "US", "1")
    assert w.reason() == "negative_followup_not_negative"
    # every exam of the deciding tier must be BI-RADS 1-2
    w = _negative().imaging("f1", months(7), "US", "1").imaging("f2", months(12), "US", "3")
    assert w.reason() == "negative_followup_not_negative"
    # a report without BI-RADS for this breast (it assessed the other one) is no follow-up of it
    w = _negative().imaging("f1", months(7), "US", None)
    assert w.reason() == "negative_no_followup"
    w = _negative().imaging("f1", months(7), "US", None).imaging("f2", months(8), "MG", "1")
    assert w.reason() == "negative_followup_confirmed"
    details = _negative().imaging("f1", months(16), "DBT", "1").run().details
    assert details["followup_tier"].iloc[0] == "DBT 15-24mo"


@pytest.mark.parametrize(
    ("followups", "expected"),
    [
        ([(4, "2")], "birads3_followup_confirmed"),                      # exactly 4 months
        ([(months(4) - DAY, "2")], "birads3_no_confirming_followup"),    # one day early: ignored
        ([(36, "3")], "birads3_followup_confirmed"),                     # late US exactly 36 months, BI-RADS 3
        ([(months(36) + DAY, "2")], "birads3_no_confirming_followup"),
        ([(24, "3")], "birads3_followup_confirmed"),                     # exactly 24 months
        ([(months(24) - DAY, "3")], "birads3_no_confirming_followup"),
        ([(6, "3"), (12, "2")], "birads3_no_confirming_followup"),       # not all 1-2, no late US
        ([(6, "3"), (30, "2")], "birads3_followup_confirmed"),           # late US 1-3 rescues
        ([(6, "2"), (30, "4A")], "birads3_no_confirming_followup"),
        ([], "birads3_no_confirming_followup"),
        ([(6, None), (12, "1")], "birads3_followup_confirmed"),          # no BI-RADS for the breast: not a follow-up
        ([(6, None)], "birads3_no_confirming_followup"),
    ],
)
def test_birads3_followup(followups: list[tuple[object, str | None]], expected: str) -> None:
    w = _negative("3")
    for i, (when, b) in enumerate(followups):
        day = months(when) if isinstance(when, int) else when
        w.imaging(f"f{i}", day, "US", b)
    assert w.reason() == expected


def test_birads3_ignores_mammography() -> None:
    w = _negative("3").imaging("f1", months(30), "MG", "1").imaging("f2", months(6), "DBT", "1")
    assert w.reason() == "birads3_no_confirming_followup"


@pytest.mark.parametrize(
    ("next_day", "procedure", "concordance", "expected"),
    [
        (months(6, E + 5 * DAY), "core_biopsy", "concordant", "benign_discordant_resolved"),
        (months(6, E + 5 * DAY) + DAY, "core_biopsy", "concordant", "benign_discordant_unresolved"),
        (E + 40 * DAY, "core_biopsy", "discordant", "benign_discordant_unresolved"),
        (E + 40 * DAY, "fna", "", "benign_discordant_resolved"),
        (E + 40 * DAY, "mastectomy", "", "benign_discordant_resolved"),
        (E + 5 * DAY, "excision", "", "benign_discordant_unresolved"),   # same day: not later
        (E - 10 * DAY, "excision", "", "benign_discordant_unresolved"),  # before: not later
    ],
)
def test_discordant_resolution(next_day: dt.date, procedure: str, concordance: str, expected: str) -> None:
    w = _benign("discordant").path("b2", day=next_day, procedure=procedure, guidance="none",
                                   concordance=concordance, benign=True)
    assert w.reason() == expected


@pytest.mark.parametrize(
    ("procedure", "concordance", "day", "expected"),
    [
        # a malignant excision 5 months after the discordant biopsy (after the label window): cancer
        ("excision", "", E + 150 * DAY, "benign_discordant_malignant_resolution"),
        ("core_biopsy", "concordant", E + 60 * DAY, "benign_discordant_malignant_resolution"),
        ("core_biopsy", "discordant", E + 60 * DAY, "benign_discordant_malignant_resolution"),
        # more than 6 months after the discordant biopsy: a later cancer, not this biopsy's resolution
        ("mastectomy", "", months(6, E + 5 * DAY) + DAY, "benign_discordant_unresolved"),
        # before the discordant biopsy: not a resolution
        ("excision", "", E - 20 * DAY, "benign_discordant_unresolved"),
    ],
)
def test_malignant_resolution_of_a_discordant_biopsy_is_not_a_negative(procedure, concordance, day, expected) -> None:
    """A discordance "resolved" by cancer is no benign case (it was included as one before)."""
    w = _benign("discordant").path("b2", day=day, procedure=procedure, guidance="none", concordance=concordance,
                                   malignant=True)
    result = w.run()
    assert result.test_eligibility["reason"].iloc[0] == expected
    assert result.test_eligibility["status"].iloc[0] == "excluded"


def test_malignant_resolution_wins_over_a_benign_resolution() -> None:
    w = _benign("discordant").path("b2", day=E + 40 * DAY, procedure="core_biopsy", concordance="concordant",
                                   benign=True)
    assert w.reason() == "benign_discordant_resolved"
    w.path("b3", day=E + 120 * DAY, procedure="lumpectomy", guidance="none", concordance="", malignant=True)
    assert w.reason() == "benign_discordant_malignant_resolution"
    # the other breast's cancer does not count
    w = _benign("discordant").path("b2", day=E + 40 * DAY, procedure="excision", guidance="none", concordance="",
                                   lat="R", malignant=True)
    assert w.reason() == "benign_discordant_unresolved"


def test_discordant_resolution_must_be_same_breast() -> None:
    w = _benign("discordant").path("b2", day=E + 40 * DAY, procedure="excision", lat="R", guidance="none",
                                   concordance="")
    assert w.reason() == "benign_discordant_unresolved"


# --- precedence and isolation ---------------------------------------------------------------
def test_benign_and_malignant_goes_to_malignant_branch() -> None:
    w = World().exam("e1", "4C", benign=True, malignant=True, reports=("b1", "m1"))
    w.path("b1", day=E + 3 * DAY, benign=True, concordance="discordant")
    w.path("m1", day=E + 9 * DAY, malignant=True)
    assert w.reason() == "malignant_visible_presumed"


def test_missing_birads_excludes_only_breasts_without_pathology_labels() -> None:
    w = World().exam("e1", None).imaging("f1", months(9), "US", "1")
    assert w.reason() == "missing_birads"
    w = World().exam("e1", "").imaging("f1", months(9), "US", "1")
    assert w.reason() == "missing_birads"
    # biopsy-proven benign: the paper's benign rule never uses the BI-RADS
    w = World().exam("e1", None, benign=True, reports=("b1",)).path("b1", day=E + 5 * DAY, benign=True)
    assert w.reason() == "benign_concordant"
    w = World().exam("e1", None, benign=True, reports=("b1",)).path(
        "b1", day=E + 5 * DAY, benign=True, concordance="discordant")
    assert w.reason() == "benign_discordant_unresolved"
    w.path("b2", day=E + 50 * DAY, procedure="excision", guidance="none", concordance="", benign=True)
    assert w.reason() == "benign_discordant_resolved"


def test_malignant_without_birads_is_reviewed_unless_excluded_by_guidance() -> None:
    """Issue/Fig. A.3c: unknown BI-RADS goes to manual review; no US-guided biopsy still excludes."""
    assert _malignant(None).reason() == "malignant_review_birads_unknown"
    assert _malignant(None, ("stereotactic",)).reason() == "malignant_no_us_guided_biopsy"
    assert _malignant(None, ("us", "mri")).reason() == "malignant_review_multimodal_guidance"


def test_other_breast_reports_never_count() -> None:
    # right breast: malignancy and a non-negative follow-up; left breast must not see them
    w = World().exam("e1", "2", lat="L").exam("e1", "2", lat="R")
    w.imaging("f1", months(9), "US", "1", lat="L").imaging("f1", months(9), "US", "4", lat="R")
    w.path("m1", day=months(8), lat="R", malignant=True, guidance="us")
    assert w.reason("e1", "L") == "negative_followup_confirmed"
    assert w.reason("e1", "R") == "negative_malignancy_within_15mo"


def test_other_patient_reports_never_count() -> None:
    w = World().exam("e1", "1", patient="p1").exam("e2", "1", patient="p2")
    w.imaging("f1", months(9), "US", "1", patient="p1")
    w.imaging("f2", months(9), "US", "1", patient="p2").path("m2", day=months(3), patient="p2", malignant=True)
    assert w.reason("e1") == "negative_followup_confirmed"
    assert w.reason("e2") == "negative_malignancy_within_15mo"


def test_window_report_of_other_breast_does_not_give_guidance() -> None:
    # the exam's report list holds a bilateral report; only its left-breast row is US-guided
    w = World().exam("e1", "5", malignant=True, reports=("m1",), lat="R")
    w.path("m1", day=E + 5 * DAY, lat="R", guidance="stereotactic", malignant=True)
    w.path("m1", day=E + 5 * DAY, lat="L", guidance="us", benign=True)
    assert w.reason("e1", "R") == "malignant_no_us_guided_biopsy"


@pytest.mark.parametrize(
    ("guidances", "expected"),
    [
        (("us", "none"), "malignant_review_unguided_biopsy"),          # palpation beside US: not all US-guided
        (("none",), "malignant_no_us_guided_biopsy"),                  # palpation only: no US-guided biopsy
        (("us", "none", "stereotactic"), "malignant_review_multimodal_guidance"),
        (("us", "us"), "malignant_visible_presumed"),
    ],
)
def test_unguided_biopsy_beside_a_us_guided_one_is_reviewed(guidances, expected) -> None:
    assert _malignant("4B", guidances).reason() == expected


@pytest.mark.parametrize(
    ("day", "malignant", "in_window", "expected"),
    [
        (E + 200 * DAY, True, False, "malignant_review_us_guidance_outside_window"),
        (E - 400 * DAY, True, False, "malignant_review_us_guidance_outside_window"),
        (E + 200 * DAY, False, False, "malignant_no_us_guided_biopsy"),   # a benign US biopsy says nothing
        (E + 20 * DAY, True, True, "malignant_review_multimodal_guidance"),  # in the window: multimodal
    ],
)
def test_us_guidance_outside_the_window_is_reviewed(day, malignant, in_window, expected) -> None:
    w = _malignant("5", ("stereotactic",))
    w.path("u1", day=day, guidance="us", malignant=malignant, benign=not malignant)
    if in_window:
        w.labels[0]["report_uids"].append("u1")
    assert w.reason() == expected
    # the other breast's US-guided cancer does not count
    w = _malignant("5", ("stereotactic",)).path("u1", day=E + 200 * DAY, lat="R", guidance="us", malignant=True)
    assert w.reason() == "malignant_no_us_guided_biopsy"


def test_only_biopsies_give_guidance() -> None:
    # a US-guided (wire-localised) excision is not a US-guided biopsy
    w = World().exam("e1", "5", malignant=True, reports=("m1", "s1"))
    w.path("m1", day=E + 5 * DAY, guidance="stereotactic", malignant=True)
    w.path("s1", day=E + 40 * DAY, procedure="lumpectomy", guidance="us", concordance="", malignant=True)
    assert w.reason() == "malignant_no_us_guided_biopsy"


def test_own_exam_is_not_its_own_followup_and_most_suspicious_birads_wins() -> None:
    w = _negative("1").imaging("e1", E, "US", "1")  # a second report of the same exam: not a follow-up
    assert w.reason() == "negative_no_followup"
    w = _negative("2").imaging("e1", E, "US", "4A").imaging("f1", months(9), "US", "1")
    assert w.reason() == "nonbiopsied_unverifiable_birads"


def test_only_test_split_is_filtered_and_returned() -> None:
    w = World().exam("e1", "2").exam("e2", "2", patient="p2", split="train").exam("e3", "5", patient="p3",
                                                                                   split="val")
    te = w.run().test_eligibility
    assert te["exam_uid"].tolist() == ["e1"]


def test_breast_without_label_row_is_not_biopsied() -> None:
    w = World().exam("e1", "1").imaging("f1", months(9), "US", "1")
    w.labels.clear()
    assert w.reason() == "negative_followup_confirmed"


@pytest.mark.parametrize("labels", [{"malignant": True}, {"benign": True}, {}])
@pytest.mark.parametrize("birads", ["2", "3", "5", None])
def test_unsettled_label_is_queued_before_every_branch(labels: dict, birads: str | None) -> None:
    """Whatever the (unsettled) labels and BI-RADS, a needs_review breast is queued, never decided
    by the rules; once settled (confident) the same breast gets a rule's code."""
    def world(state: str) -> World:
        w = World().exam("e1", birads, reports=("p1",), label_state=state, **labels).imaging("f1", months(9), "US", "1")
        return w.path("p1", day=E + 7 * DAY, malignant=labels.get("malignant", False),
                      benign=labels.get("benign", False))

    result = world("needs_review").run()
    row = result.test_eligibility.iloc[0]
    assert (row["status"], row["reason"], row["branch"]) == ("manual_review", "label_needs_review", "label_review")
    assert result.manual_review["reason"].tolist() == ["label_needs_review"]
    assert world("confident").reason() != "label_needs_review"


def test_label_state_other_breast_and_bad_value() -> None:
    w = World().exam("e1", "2", label_state="needs_review").exam("e1", "2", lat="R", label_state="confident")
    te = w.run().test_eligibility.set_index("laterality")
    assert te.loc["L", "reason"] == "label_needs_review" and te.loc["R", "reason"] == "negative_no_followup"
    frames = list(w.frames())
    frames[1] = frames[1].assign(label_state="unsure")
    with pytest.raises(EligibilityInputError, match="label_state"):
        apply_test_set_filters(*frames)


def test_manual_review_context_and_arrow_tables() -> None:
    w = _malignant("3", ("us", "stereotactic"))
    w.exam("e2", "0", patient="p2", malignant=True, reports=("x1",)).path("x1", patient="p2", malignant=True)
    result = w.run()
    mr = result.manual_review.set_index("exam_uid")
    assert mr.loc["e1", "reason"] == "malignant_review_multimodal_guidance"
    assert mr.loc["e1", "guidance"] == "stereotactic,us"
    assert sorted(mr.loc["e1", "report_uids"]) == ["m0", "m1"] and mr.loc["e1", "n_reports"] == 2
    assert mr.loc["e1", "birads"] == "3" and bool(mr.loc["e1", "malignant"])
    assert mr.loc["e2", "reason"] == "malignant_review_birads_0_3_6"
    assert pd.Timestamp(mr.loc["e2", "exam_date"]).date() == E
    tables = result.to_arrow()
    assert tables["manual_review"].num_rows == 2
    assert tables["test_eligibility"].schema.names == ["exam_uid", "patient_uid", "laterality", "status",
                                                       "reason", "branch"]


def test_empty_test_split() -> None:
    w = World().exam("e1", "2", split="train")
    result = w.run()
    assert result.test_eligibility.empty and result.manual_review.empty
    assert result.to_arrow()["test_eligibility"].num_rows == 0


@pytest.mark.parametrize(
    ("mutate", "match"),
    [
        (lambda f: f[0].drop(columns=["split"]), "lacks column"),
        (lambda f: f[0].assign(laterality="B"), "laterality"),
        (lambda f: f[0].assign(exam_date="yesterday"), "unparseable date"),
        (lambda f: f[3].assign(birads="7"), "birads"),
        (lambda f: f[2].assign(procedure="biopsy"), "procedure"),
        (lambda f: f[1].assign(malignant="yes"), "boolean"),
    ],
)
def test_bad_input_raises_clear_error(mutate, match: str) -> None:
    w = _benign("discordant")
    frames = list(w.frames())
    targets = {"lacks column": 0, "laterality": 0, "unparseable date": 0, "birads": 3, "procedure": 2, "boolean": 1}
    frames[targets[match]] = mutate(frames)
    with pytest.raises(EligibilityInputError, match=match):
        apply_test_set_filters(*frames)
