"""Patient-level salted-hash split: deterministic, stable under growth, proportional, disjoint."""

from __future__ import annotations

import pandas as pd
import pytest

from curation.splits import (
    DEFAULT_SPLIT_SALT,
    SPLIT_NAMES,
    assign_splits,
    attach_split,
    split_score,
)


def _uids(n: int, start: int = 0) -> list[str]:
    return [f"patient-{i:07d}" for i in range(start, start + n)]


def test_deterministic_and_salt_dependent() -> None:
    uids = _uids(2000)
    a = assign_splits(uids, salt="s1")
    b = assign_splits(list(reversed(uids)), salt="s1").set_index("patient_uid").loc[uids].reset_index()
    assert a["split"].tolist() == b["split"].tolist()
    c = assign_splits(uids, salt="s2")
    # a different salt reshuffles: roughly 1 - (0.36 + 0.01 + 0.09) = 54% of patients move
    moved = (a["split"] != c["split"]).mean()
    assert 0.45 < moved < 0.63


def test_stable_when_patients_are_added() -> None:
    old = assign_splits(_uids(3000), salt=DEFAULT_SPLIT_SALT)
    new = assign_splits(_uids(3000) + _uids(5000, start=10_000), salt=DEFAULT_SPLIT_SALT)
    merged = old.merge(new, on="patient_uid", suffixes=("_old", "_new"))
    assert len(merged) == 3000
    assert (merged["split_old"] == merged["split_new"]).all()


@pytest.mark.parametrize("fractions", [(0.6, 0.1, 0.3), (0.8, 0.0, 0.2)])
def test_proportions_on_100k(fractions: tuple[float, float, float]) -> None:
    out = assign_splits(_uids(100_000), salt="proportions", fractions=fractions)
    share = out["split"].value_counts(normalize=True).reindex(list(SPLIT_NAMES), fill_value=0.0)
    for name, want in zip(SPLIT_NAMES, fractions):
        # binomial sd at n=100k is <= 0.0016; 0.006 is > 3.5 sd
        assert abs(share[name] - want) < 0.006, (name, share[name], want)
    if fractions[1] == 0.0:
        assert share["val"] == 0.0


def test_one_split_per_patient_and_duplicates_collapsed() -> None:
    uids = _uids(500) * 3
    out = assign_splits(uids, salt="x")
    assert len(out) == 500 and out["patient_uid"].is_unique
    assert out["patient_uid"].tolist() == _uids(500)  # order of first appearance
    assert set(out["split"]) <= set(SPLIT_NAMES)
    # disjointness: the three patient sets do not intersect and cover everyone
    sets = [set(out.loc[out["split"] == s, "patient_uid"]) for s in SPLIT_NAMES]
    assert sum(len(s) for s in sets) == 500
    assert not (sets[0] & sets[1] or sets[0] & sets[2] or sets[1] & sets[2])


def test_score_is_uniform_unit_interval() -> None:
    scores = [split_score(u, "k") for u in _uids(5000)]
    assert all(0.0 <= s < 1.0 for s in scores)
    assert abs(sum(scores) / len(scores) - 0.5) < 0.02


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"salt": ""}, "salt"),
        ({"salt": None}, "salt"),
        ({"fractions": (0.6, 0.4)}, "three"),
        ({"fractions": (0.6, 0.1, 0.2)}, "sum to 1"),
        ({"fractions": (1.2, -0.1, -0.1)}, "non-negative"),
        ({"fractions": ("a", 0.1, 0.3)}, "three numbers"),
    ],
)
def test_argument_validation(kwargs: dict, match: str) -> None:
    args = {"salt": "s", "fractions": (0.6, 0.1, 0.3)} | kwargs
    with pytest.raises(ValueError, match=match):
        assign_splits(["a", "b"], **args)


@pytest.mark.parametrize("bad", [["a", None], ["a", ""], ["a", 3]])
def test_invalid_ids_rejected(bad: object) -> None:
    with pytest.raises(ValueError, match="non-empty strings"):
        assign_splits(bad, salt="s")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not a single string"):
        assign_splits("abc", salt="s")


def test_attach_split() -> None:
    splits = assign_splits(["p1", "p2"], salt="s")
    exams = pd.DataFrame({"exam_uid": ["e1", "e2", "e3"], "patient_uid": ["p1", "p2", "p1"]})
    out = attach_split(exams, splits)
    assert out["split"].tolist()[0] == out["split"].tolist()[2]
    with pytest.raises(ValueError, match="without a split"):
        attach_split(pd.DataFrame({"patient_uid": ["p3"]}), splits)
