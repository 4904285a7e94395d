"""Reporting periods (SPEC §3: week | month | quarter | half-year | year) as calendar-day intervals.

Everything in the engine counts whole calendar days, so a period is a pair of midnight
timestamps ``start`` … ``end`` (both inclusive). Labels are what a person reads on an axis:
``2024-03``, ``2024-W07`` (ISO week), ``2024-Q1``, ``2024-H2``, ``2024``.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .definitions import PERIODS


def period_start(day: pd.Timestamp, period: str) -> pd.Timestamp:
    """The first day of the period that contains ``day``."""
    day = pd.Timestamp(day).normalize()
    if period == "week":
        return day - pd.Timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "quarter":
        return day.replace(month=3 * ((day.month - 1) // 3) + 1, day=1)
    if period == "half-year":
        return day.replace(month=1 if day.month <= 6 else 7, day=1)
    if period == "year":
        return day.replace(month=1, day=1)
    raise ValueError(f"unknown period {period!r}; expected one of {', '.join(PERIODS)}")


def next_period_start(start: pd.Timestamp, period: str) -> pd.Timestamp:
    if period == "week":
        return start + pd.Timedelta(days=7)
    months = {"month": 1, "quarter": 3, "half-year": 6, "year": 12}[period]
    return start + pd.DateOffset(months=months)


def period_label(start: pd.Timestamp, period: str) -> str:
    if period == "week":
        iso = start.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if period == "month":
        return f"{start.year}-{start.month:02d}"
    if period == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    if period == "half-year":
        return f"{start.year}-H{1 if start.month <= 6 else 2}"
    return f"{start.year}"


def period_table(first_day: pd.Timestamp, last_day: pd.Timestamp, period: str) -> pd.DataFrame:
    """One row per period from the one containing ``first_day`` to the one containing ``last_day``.

    Columns: ``period`` (label), ``start``, ``end`` (inclusive last day), ``partial`` (the
    period runs past ``last_day``, i.e. it is the running period).
    """
    first_day, last_day = pd.Timestamp(first_day).normalize(), pd.Timestamp(last_day).normalize()
    rows = []
    start = period_start(first_day, period)
    while start <= last_day:
        nxt = next_period_start(start, period)
        end = nxt - pd.Timedelta(days=1)
        rows.append((period_label(start, period), start, end, bool(end > last_day)))
        start = nxt
    table = pd.DataFrame(rows, columns=["period", "start", "end", "partial"])
    table["start"] = table["start"].astype("datetime64[ns]")
    table["end"] = table["end"].astype("datetime64[ns]")
    return table


def assign_periods(days: pd.Series, period: str) -> pd.Series:
    """Vectorised label of the period each (midnight) day falls in."""
    days = pd.to_datetime(days)
    if period == "week":
        iso = days.dt.isocalendar()
        return iso["year"].astype(str) + "-W" + iso["week"].astype(str).str.zfill(2)
    if period == "month":
        return days.dt.strftime("%Y-%m")
    if period == "quarter":
        return days.dt.year.astype(str) + "-Q" + (((days.dt.month - 1) // 3) + 1).astype(str)
    if period == "half-year":
        return days.dt.year.astype(str) + "-H" + np.where(days.dt.month <= 6, "1", "2")
    if period == "year":
        return days.dt.year.astype(str)
    raise ValueError(f"unknown period {period!r}")
