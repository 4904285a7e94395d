"""How long customers stay (SPEC §3): seed mean lifespan, Kaplan–Meier median, lifecycle durations.

The seed's average lifespan is the plain mean of (end − first purchase), end = churn date
for churned customers and ``as_of`` for active ones. While many customers are still
active it underestimates, because their lifespans are cut off at ``as_of``. The
Kaplan–Meier estimate (Kaplan & Meier 1958) treats those customers as *censored* —
"lived at least this long" — and its median is shown beside the mean.

Input is the per-customer table from ``customers.customer_table`` (columns
``first_purchase``, ``status``, ``churn_date``, ``lifespan_days``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from .i18n import Catalogue

#: Average month length, so 12 months are one year whatever the calendar.
DAYS_PER_MONTH = 365.25 / 12

MESSAGES = Catalogue("lifespan", {  # translated on lookup (engine/i18n.py)
    "no_customers": "no customers yet",
    "not_reached": ("more than half of your customers are still active after {days} days, the "
                    "longest time observed, so the median lifetime is longer than that"),
    "no_churn": "no customer has churned yet, so there is no lifecycle to show",
})


class KaplanMeier:
    """Kaplan–Meier product-limit estimate of the survival function S(t).

    S(t) = Π_{t_i ≤ t} (1 − d_i / n_i), with d_i events (churns) at time t_i and n_i
    customers still at risk just before t_i; censored customers leave the risk set after
    their time without an event. Fitted values end with ``_`` (scikit-learn style).
    """

    def fit(self, durations: np.ndarray, observed: np.ndarray) -> "KaplanMeier":
        """``durations`` ≥ 0 (days); ``observed`` True for an event, False when censored."""
        durations = np.asarray(durations, dtype=np.float64)
        observed = np.asarray(observed, dtype=bool)
        times, inverse = np.unique(durations, return_inverse=True)
        events = np.bincount(inverse, weights=observed, minlength=len(times))
        leaving = np.bincount(inverse, minlength=len(times))
        # at risk just before t_i: everyone whose time is ≥ t_i
        at_risk = len(durations) - np.concatenate([[0], np.cumsum(leaving)[:-1]])
        with np.errstate(divide="ignore", invalid="ignore"):
            factor = np.where(at_risk > 0, 1.0 - events / at_risk, 1.0)
        self.survival_function_ = pd.DataFrame({
            "time": times, "at_risk": at_risk.astype(np.int64),
            "events": events.astype(np.int64),
            "censored": (leaving - events).astype(np.int64),
            "survival": np.cumprod(factor)})
        self.n_ = int(len(durations))
        self.max_time_ = float(times[-1]) if len(times) else None
        self.median_ = self._median()
        return self

    def _median(self) -> float | None:
        """Smallest time at which S(t) ≤ 0.5; None when survival never gets that low."""
        table = self.survival_function_
        below = table.index[table["survival"] <= 0.5 + 1e-12]
        return float(table.loc[below[0], "time"]) if len(below) else None

    def survival_at(self, time: float) -> float:
        """S(time): the share still customers ``time`` days after their first purchase."""
        table = self.survival_function_
        past = table[table["time"] <= time]
        return float(past["survival"].iloc[-1]) if len(past) else 1.0


@dataclass(frozen=True)
class Lifespan:
    """SPEC §5 summary fields ``average_lifespan_days`` and ``km_median_lifetime_days`` and why."""

    customers: int
    churned: int
    censored: int
    average_lifespan_days: float | None
    km_median_lifetime_days: float | None
    note: str
    survival: pd.DataFrame

    def to_json(self) -> dict[str, Any]:
        return {"customers": self.customers, "churned": self.churned, "censored": self.censored,
                "average_lifespan_days": self.average_lifespan_days,
                "km_median_lifetime_days": self.km_median_lifetime_days, "note": self.note}


def lifespan(customers: pd.DataFrame) -> Lifespan:
    """Seed mean lifespan beside the Kaplan–Meier median (active customers censored)."""
    n = int(len(customers))
    if n == 0:
        return Lifespan(0, 0, 0, None, None, MESSAGES["no_customers"],
                        pd.DataFrame(columns=["time", "at_risk", "events", "censored", "survival"]))
    durations = customers["lifespan_days"].to_numpy(dtype=np.float64)
    churned = (customers["status"] == "churned").to_numpy()
    km = KaplanMeier().fit(durations, churned)
    note = "" if km.median_ is not None else MESSAGES["not_reached"].format(days=int(km.max_time_))
    return Lifespan(n, int(churned.sum()), int(n - churned.sum()), float(durations.mean()),
                    km.median_, note, km.survival_function_)


def lifecycle_durations(customers: pd.DataFrame) -> pd.Series:
    """Months from first purchase to churn date, one value per churned customer (SPEC §3)."""
    churned = customers[customers["status"] == "churned"]
    days = (churned["churn_date"] - churned["first_purchase"]).dt.days
    return (days / DAYS_PER_MONTH).rename("lifecycle_months")


@dataclass(frozen=True)
class Lifecycle:
    """The lifecycle-duration histogram as an analysis section."""

    table: pd.DataFrame
    churned: int
    median_months: float | None
    note: str

    def to_json(self) -> dict[str, Any]:
        return {"churned_customers": self.churned, "median_months": self.median_months,
                "months": [int(v) for v in self.table["months"]],
                "customers": [int(v) for v in self.table["customers"]],
                "share": [float(v) for v in self.table["share"]], "note": self.note}


def lifecycle(customers: pd.DataFrame) -> Lifecycle:
    """:func:`lifecycle_distribution` with the median duration and, when empty, the reason."""
    months = lifecycle_durations(customers)
    return Lifecycle(lifecycle_distribution(customers), int(len(months)),
                     float(months.median()) if len(months) else None,
                     "" if len(months) else MESSAGES["no_churn"])


def lifecycle_distribution(customers: pd.DataFrame) -> pd.DataFrame:
    """Histogram of lifecycle durations of churned customers in whole months.

    One row per month bucket ``months`` = m for durations in [m, m + 1) months, with
    ``customers`` and ``share`` (of churned customers); empty buckets in between are kept
    so a chart has no gaps. Empty frame when nobody churned (see ``MESSAGES["no_churn"]``).
    """
    months = lifecycle_durations(customers)
    if months.empty:
        return pd.DataFrame({"months": pd.Series(dtype="int64"),
                             "customers": pd.Series(dtype="int64"),
                             "share": pd.Series(dtype="float64")})
    buckets = np.floor(months.to_numpy() + 1e-9).astype(np.int64)
    counts = np.bincount(buckets)
    return pd.DataFrame({"months": np.arange(len(counts), dtype=np.int64),
                         "customers": counts.astype(np.int64),
                         "share": counts / counts.sum()})
