"""Calendar-month arithmetic of the test-set windows: relativedelta semantics, vectorised."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from curation.months import (
    add_months,
    add_months_series,
    to_day_series,
    within_months,
    within_months_scalar,
)


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        (dt.date(2021, 1, 31), 1, dt.date(2021, 2, 28)),   # clipped to month end
        (dt.date(2020, 1, 31), 1, dt.date(2020, 2, 29)),   # leap year
        (dt.date(2020, 8, 31), 6, dt.date(2021, 2, 28)),
        (dt.date(2020, 3, 31), -1, dt.date(2020, 2, 29)),  # negative months clip too
        (dt.date(2020, 5, 15), 15, dt.date(2021, 8, 15)),
        (dt.date(2020, 12, 1), 24, dt.date(2022, 12, 1)),
        (dt.date(2020, 2, 29), 12, dt.date(2021, 2, 28)),
        (dt.date(2019, 10, 31), 4, dt.date(2020, 2, 29)),
        (dt.date(2019, 10, 31), 36, dt.date(2022, 10, 31)),
    ],
)
def test_add_months_scalar_and_vectorised(day: dt.date, n: int, expected: dt.date) -> None:
    assert add_months(day, n) == expected
    out = add_months_series(pd.Series([day]), n)
    assert out.iloc[0].date() == expected


def test_vectorised_matches_relativedelta_on_every_day() -> None:
    days = pd.date_range("2019-01-01", "2021-12-31", freq="D")
    for n in (-1, 1, 4, 6, 15, 24, 36):
        got = add_months_series(pd.Series(days), n).dt.date.tolist()
        want = [add_months(d.date(), n) for d in days]
        assert got == want, n


def test_nat_propagates_and_masks_false() -> None:
    s = pd.Series(["2020-01-31", None])
    out = add_months_series(s, 1)
    assert out.iloc[0] == pd.Timestamp("2020-02-29") and pd.isna(out.iloc[1])
    mask = within_months(pd.Series(["2020-01-01", None]), pd.Series([None, "2020-08-01"]), 0, 12)
    assert mask.tolist() == [False, False]


def test_window_bounds_are_inclusive() -> None:
    e = dt.date(2020, 1, 31)
    anchor = pd.Series([e] * 5)
    days = pd.Series([
        dt.date(2020, 7, 31),  # exactly 6 months: in
        dt.date(2020, 7, 30),  # 6 months minus a day: out
        dt.date(2021, 4, 30),  # exactly 15 months (Apr has 30 days): in
        dt.date(2021, 5, 1),   # 15 months plus a day: out
        dt.date(2020, 12, 31),
    ])
    got = within_months(anchor, days, 6, 15).tolist()
    assert got == [True, False, True, False, True]
    assert got == [within_months_scalar(e, d, 6, 15) for d in days]


def test_index_alignment_and_argument_checks() -> None:
    a = pd.Series(["2020-01-01"], index=[5])
    d = pd.Series(["2020-03-01"], index=[5])
    assert within_months(a, d, 0, 2).loc[5]
    with pytest.raises(ValueError, match="same index"):
        within_months(a, pd.Series(["2020-03-01"]), 0, 2)
    with pytest.raises(ValueError, match="empty window"):
        within_months(a, d, 3, 2)
    with pytest.raises(TypeError):
        add_months(dt.date(2020, 1, 1), 1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        add_months_series(a, True)  # type: ignore[arg-type]


def test_to_day_series_drops_time_and_rejects_garbage() -> None:
    out = to_day_series(pd.Series([pd.Timestamp("2020-01-02 13:45")]))
    assert out.iloc[0] == pd.Timestamp("2020-01-02")
    with pytest.raises(ValueError):
        to_day_series(pd.Series(["not a date"]))
