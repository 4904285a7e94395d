"""Cohort retention (SPEC §3): period activity, no inactivity window.

A customer's *cohort* is the reporting period of their first activity; cell ``k`` of a
cohort row is the share of the cohort with any activity in period ``cohort + k``. Unlike
the retention flow this ignores the window W on purpose: it is the classic cohort
triangle that spreadsheets and libraries print (ecommercetools' ``get_cohort_matrix``),
so an owner can compare it with what they already know.

Activity follows the customer table's rule (``customers.prepare_orders``): a positive
net order, or every order when ``defs.refunds_are_activity`` is set. With refunds as
activity this reproduces the published Online Retail table (cohort 2010-12: 948).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .customers import activity_days, effective_as_of, prepare_orders
from .definitions import Definitions
from .periods import period_label

#: Periods per ordinal step of each reporting period, counted in numpy months or ISO weeks.
_MONTHS_PER_PERIOD = {"month": 1, "quarter": 3, "half-year": 6, "year": 12}


@dataclass(frozen=True)
class CohortMatrix:
    """The cohort triangle.

    ``counts``: index = cohort label (``2010-12``), columns = offset k = 0, 1, …; values are
    active customers (``<NA>`` where cohort + k lies after ``as_of``). ``retention`` is
    ``counts`` divided by the cohort size (column 0), so column 0 is 1.0.
    """

    period: str
    refunds_are_activity: bool
    counts: pd.DataFrame
    retention: pd.DataFrame

    @property
    def sizes(self) -> pd.Series:
        return self.counts[0] if len(self.counts) else pd.Series(dtype="Int64")

    @property
    def is_empty(self) -> bool:
        return len(self.counts) == 0

    def row(self, cohort: str) -> list[float]:
        """Observed retention of one cohort, offset 0 first (cells after as_of left out)."""
        return [float(v) for v in self.retention.loc[cohort].dropna()]

    def to_json(self) -> dict[str, Any]:
        """SPEC §5 "cohorts" block: ``{"period", "rows": [{"cohort", "size", "retention"}]}``."""
        rows = [{"cohort": str(label), "size": int(self.counts.loc[label, 0]),
                 "retention": self.row(label)} for label in self.counts.index]
        return {"period": self.period, "refunds_are_activity": self.refunds_are_activity,
                "rows": rows}


def period_ordinal(days: np.ndarray, period: str) -> np.ndarray:
    """Integer index of the period containing each day; consecutive periods differ by 1.

    Weeks are ISO weeks (Monday first): 1970-01-01 was a Thursday, so ``(day + 3) // 7``
    steps on Mondays.
    """
    days = np.asarray(days).astype("datetime64[D]").astype(np.int64)
    if period == "week":
        return (days + 3) // 7
    if len(days) == 0:
        return days
    # calendar maths per distinct day only: a million orders fall on a few thousand days
    low, high = int(days.min()), int(days.max())
    if high - low + 1 < len(days):
        table = _month_ordinal(np.arange(low, high + 1)) // _MONTHS_PER_PERIOD[period]
        return table[days - low]
    return _month_ordinal(days) // _MONTHS_PER_PERIOD[period]


def _month_ordinal(days: np.ndarray) -> np.ndarray:
    """Months since 1970-01 of integer days since 1970-01-01."""
    return days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)


def ordinal_start(ordinal: int, period: str) -> pd.Timestamp:
    """First day of the period with index ``ordinal`` (inverse of :func:`period_ordinal`)."""
    if period == "week":
        return pd.Timestamp(np.datetime64(int(ordinal) * 7 - 3, "D"))
    month = int(ordinal) * _MONTHS_PER_PERIOD[period]
    return pd.Timestamp(np.datetime64(month, "M").astype("datetime64[D]"))


def cohort_matrix(transactions: pd.DataFrame, defs: Definitions, *,
                  as_of: pd.Timestamp | None = None,
                  activity: pd.DataFrame | None = None) -> CohortMatrix:
    """Cohort triangle of period activity for ``defs.period`` (SPEC §3 "Cohort retention").

    ``transactions`` follow the engine contract (customer_id, date, amount); ``as_of``
    defaults to ``defs.as_of`` or the last transaction day. Pass ``activity`` (distinct
    customer_id/day pairs from ``customers.activity_days``, already limited to ``as_of``)
    to reuse the pass that built the customer table.
    """
    as_of = as_of if as_of is not None else effective_as_of(transactions, defs)
    if activity is None:
        if as_of is None:
            return _empty(defs)
        activity = activity_days(prepare_orders(transactions, as_of, defs))
    if len(activity) == 0:
        return _empty(defs)
    codes, _ = pd.factorize(activity["customer_id"], sort=False)
    ordinal = period_ordinal(activity["day"].to_numpy(), defs.period)
    codes, ordinal = _sorted_pairs(codes.astype(np.int64), ordinal)
    # one (customer, period) pair counts once however many days it was active
    change = np.concatenate([[True], (codes[1:] != codes[:-1]) | (ordinal[1:] != ordinal[:-1])])
    codes, ordinal = codes[change], ordinal[change]
    first_row = np.concatenate([[True], codes[1:] != codes[:-1]])
    first = np.repeat(ordinal[first_row], np.diff(np.append(np.flatnonzero(first_row), len(codes))))
    base = int(ordinal.min())
    # the triangle runs to the period of as_of, even when nobody was active in it
    last = int(ordinal.max())
    if as_of is not None:
        last = max(last, int(period_ordinal(np.array([np.datetime64(as_of, "D")]), defs.period)[0]))
    n_periods = last - base + 1
    cell = (first - base) * n_periods + (ordinal - first)
    grid = np.bincount(cell, minlength=n_periods * n_periods).reshape(n_periods, n_periods)
    return _build(grid, base, n_periods, defs)


def _sorted_pairs(codes: np.ndarray, ordinal: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(customer, period) pairs sorted by customer then period.

    ``activity_days`` already delivers them sorted, so the usual cost is one check; anything
    else is sorted here on integer keys.
    """
    step_code = np.diff(codes)
    if np.all((step_code > 0) | ((step_code == 0) & (np.diff(ordinal) >= 0))):
        return codes, ordinal
    order = np.lexsort((ordinal, codes))
    return codes[order], ordinal[order]


def _build(grid: np.ndarray, base: int, n_periods: int, defs: Definitions) -> CohortMatrix:
    """Drop empty cohorts, blank the cells after the last period, label the rows."""
    sizes = grid[:, 0]
    present = np.flatnonzero(sizes > 0)
    labels = [period_label(ordinal_start(base + i, defs.period), defs.period) for i in present]
    index = pd.Index(labels, name="cohort")
    columns = pd.RangeIndex(n_periods, name="offset")
    rows = grid[present]
    # cohort + k beyond the last period is unobserved, not zero
    unobserved = present[:, None] + np.arange(n_periods)[None, :] >= n_periods
    counts = pd.DataFrame({k: pd.arrays.IntegerArray(rows[:, k].astype(np.int64), unobserved[:, k])
                           for k in range(n_periods)}, index=index).rename_axis(columns="offset")
    shares = np.where(unobserved, np.nan, rows / rows[:, :1])
    retention = pd.DataFrame({k: pd.arrays.FloatingArray(shares[:, k], unobserved[:, k])
                              for k in range(n_periods)}, index=index).rename_axis(columns="offset")
    return CohortMatrix(defs.period, bool(defs.refunds_are_activity), counts, retention)


def _empty(defs: Definitions) -> CohortMatrix:
    empty = pd.DataFrame(index=pd.Index([], name="cohort", dtype="object"))
    return CohortMatrix(defs.period, bool(defs.refunds_are_activity), empty, empty.copy())
