"""Calendar-month arithmetic for the test-set follow-up windows (paper Fig. A.3).

The paper states its follow-up windows in months ("0-15 months", "6-24 months", "4-36
months", "within 6 months"). We count **calendar months**, exactly like
``dateutil.relativedelta(months=n)``:

* ``e + n months`` keeps the day of month and moves the month by ``n``; when that day does not
  exist in the target month it is **clipped to the month's last day** (Jan 31 + 1 month =
  Feb 28, or Feb 29 in a leap year; Aug 31 + 6 months = Feb 28; Mar 31 - 1 month = Feb 28).
* Bounds are **inclusive**: a date ``d`` is "``a`` to ``b`` months after ``e``" iff
  ``e + a months <= d <= e + b months``. So a follow-up exactly 6 months after the exam is in
  the 6-15 month window, one day earlier is not; one exactly 15 months after is still in it.

Why calendar months and not "30 days": clinicians book "6-month follow-ups" on the calendar,
and a fixed-day month would move the bounds by up to 9 days over 24 months.

Two implementations with identical semantics (a test checks they agree on every day of
several years): :func:`add_months` on one ``datetime.date`` (``relativedelta``, the
reference) and :func:`add_months_series` on a pandas Series, vectorised with numpy month
arithmetic, because the test split has ~90k breasts and every window mask is evaluated on
merged exam x report pairs.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from dateutil.relativedelta import relativedelta


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, the day clipped to the target month's end."""
    if not isinstance(months, (int, np.integer)) or isinstance(months, bool):
        raise TypeError(f"months must be an int, got {type(months).__name__}")
    if isinstance(day, dt.datetime):
        day = day.date()
    return day + relativedelta(months=int(months))


def to_day_series(values: pd.Series | list | np.ndarray) -> pd.Series:
    """Normalise dates (strings, ``date``, datetime64 of any unit) to ``datetime64[s]`` at midnight.

    Missing values become ``NaT``; anything unparseable raises ``ValueError``.
    """
    s = values if isinstance(values, pd.Series) else pd.Series(values)
    out = pd.to_datetime(s, errors="raise")
    return out.dt.normalize().astype("datetime64[s]")


def add_months_series(days: pd.Series, months: int) -> pd.Series:
    """Vectorised :func:`add_months`: same semantics, ``NaT`` stays ``NaT``.

    Uses numpy's month/day units: the month of each date is shifted by ``months``, then the
    original day-of-month offset is clipped to the target month's length.
    """
    if not isinstance(months, (int, np.integer)) or isinstance(months, bool):
        raise TypeError(f"months must be an int, got {type(months).__name__}")
    s = to_day_series(days)
    d = s.to_numpy(dtype="datetime64[D]")
    nat = np.isnat(d)
    month = d.astype("datetime64[M]")
    offset = (d - month.astype("datetime64[D]")).astype(np.int64)  # day of month - 1
    target = month + np.timedelta64(int(months), "M")
    month_len = ((target + np.timedelta64(1, "M")).astype("datetime64[D]")
                 - target.astype("datetime64[D]")).astype(np.int64)
    out = target.astype("datetime64[D]") + np.minimum(offset, month_len - 1).astype("timedelta64[D]")
    out[nat] = np.datetime64("NaT")
    return pd.Series(out.astype("datetime64[s]"), index=s.index, name=s.name)


def within_months(anchor: pd.Series, day: pd.Series, start_months: int, end_months: int) -> pd.Series:
    """Boolean mask: ``anchor + start_months <= day <= anchor + end_months`` (calendar months).

    ``NaT`` on either side gives ``False``. ``start_months`` may be negative; it must not exceed
    ``end_months``.
    """
    if start_months > end_months:
        raise ValueError(f"empty window: start_months={start_months} > end_months={end_months}")
    a = to_day_series(anchor)
    d = to_day_series(day)
    if not a.index.equals(d.index):
        raise ValueError("anchor and day must share the same index")
    lo = add_months_series(a, start_months)
    hi = add_months_series(a, end_months)
    return ((d >= lo) & (d <= hi)).fillna(False).astype(bool)


def within_months_scalar(anchor: dt.date, day: dt.date, start_months: int, end_months: int) -> bool:
    """Scalar reference of :func:`within_months` (used by tests and by readers of the rules)."""
    return add_months(anchor, start_months) <= day <= add_months(anchor, end_months)
