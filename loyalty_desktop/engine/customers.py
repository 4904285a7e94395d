"""The per-customer table every metric and every segment rule reads (SPEC §2, §3).

Computed once per definition set and reused: retention, value, CLV, risk and the rule
engine all read these columns instead of re-scanning the transactions.

Purchases and activity (SPEC §2): an order with a positive net amount is a *purchase*.
Orders with net ≤ 0 are *returns*: they lower revenue but make nobody a customer — unless
``refunds_are_activity`` is set, in which case every order counts as activity (this is
what reproduces the published Online Retail cohort table, which keeps cancellations).
A *customer* is anyone with at least one activity order up to ``as_of``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .definitions import (DEFAULT_WINDOW_DAYS, WINDOW_MAX_DAYS, WINDOW_MIN_DAYS,
                          Definitions)

DAYS_PER_MONTH = 365.25 / 12

#: The columns ``customer_table`` guarantees (index: ``customer_id``).
CUSTOMER_COLUMNS = (
    "first_purchase", "last_purchase", "purchases", "purchase_days", "revenue", "returns",
    "returned_amount", "average_order_value", "tenure_days", "tenure_months",
    "days_since_last_purchase", "purchases_last_365d", "revenue_last_365d",
    "typical_gap_days", "status", "churn_date", "lifespan_days",
)

REASONS = {
    "suggested": ("suggested from your data: 80 % of repeat purchases come within {p80:.0f} days "
                  "(rounded up to {days} days)"),
    "clamped": ("suggested from your data: 80 % of repeat purchases come within {p80:.0f} days; "
                "limited to {days} days"),
    "too_few": ("a default of {days} days: only {n} customers bought more than once, too few to "
                "suggest a window from your data"),
    "chosen": "chosen by you",
}


@dataclass(frozen=True)
class WindowSuggestion:
    """The inactivity window W and why (SPEC §3: p80 of repeat gaps, up to whole 30 days, 30…730)."""

    days: int
    reason: str
    p80_gap_days: float | None
    repeat_customers: int


def effective_as_of(transactions: pd.DataFrame, defs: Definitions) -> pd.Timestamp | None:
    """``defs.as_of`` or the last transaction day; None when there are no transactions."""
    if defs.as_of is not None:
        return pd.Timestamp(defs.as_of).normalize()
    if transactions is None or len(transactions) == 0:
        return None
    return pd.Timestamp(transactions["date"].max()).normalize()


def prepare_orders(transactions: pd.DataFrame, as_of: pd.Timestamp, defs: Definitions) -> pd.DataFrame:
    """Orders up to ``as_of`` with ``day`` (midnight), ``is_purchase`` and ``is_activity`` flags.

    Time of day never matters (SPEC §3: time is counted in whole calendar days).
    """
    day = pd.to_datetime(transactions["date"]).dt.normalize()
    keep = (day <= as_of).to_numpy()
    amount = transactions["amount"].to_numpy(dtype="float64")[keep]
    orders = pd.DataFrame({
        "customer_id": transactions["customer_id"].astype("string").to_numpy()[keep],
        "day": day.to_numpy()[keep],
        "amount": amount,
    })
    orders["is_purchase"] = amount > 0
    orders["is_activity"] = True if defs.refunds_are_activity else orders["is_purchase"]
    return orders


def activity_days(orders: pd.DataFrame) -> pd.DataFrame:
    """Distinct (customer_id, day) pairs with activity, sorted by customer then day."""
    act = orders.loc[orders["is_activity"], ["customer_id", "day"]].drop_duplicates()
    return act.sort_values(["customer_id", "day"], kind="stable").reset_index(drop=True)


def _repeat_gaps(purchase_days: pd.DataFrame) -> np.ndarray:
    """Days between consecutive distinct purchase days of the same customer."""
    same = purchase_days["customer_id"].to_numpy()[1:] == purchase_days["customer_id"].to_numpy()[:-1]
    gaps = np.diff(purchase_days["day"].to_numpy()).astype("timedelta64[D]").astype(np.int64)
    return gaps[same]


def suggest_window(orders: pd.DataFrame, min_repeat_customers: int = 10) -> WindowSuggestion:
    """SPEC §3: the 80th percentile of gaps between consecutive purchases of repeat customers,
    rounded up to a whole 30 days and clamped to 30…730, with the reason in words."""
    purchases = orders.loc[orders["is_purchase"], ["customer_id", "day"]].drop_duplicates()
    purchases = purchases.sort_values(["customer_id", "day"], kind="stable")
    gaps = _repeat_gaps(purchases)
    per_customer = purchases.groupby("customer_id", sort=False).size()
    repeaters = int((per_customer >= 2).sum())
    if repeaters < min_repeat_customers or gaps.size == 0:
        return WindowSuggestion(DEFAULT_WINDOW_DAYS,
                                REASONS["too_few"].format(days=DEFAULT_WINDOW_DAYS, n=repeaters),
                                None, repeaters)
    p80 = float(np.percentile(gaps, 80))
    rounded = int(math.ceil(p80 / 30.0) * 30) if p80 > 0 else 30
    days = min(max(rounded, WINDOW_MIN_DAYS), WINDOW_MAX_DAYS)
    key = "suggested" if days == rounded else "clamped"
    return WindowSuggestion(days, REASONS[key].format(p80=p80, days=days), p80, repeaters)


def _typical_gaps(orders: pd.DataFrame) -> pd.Series:
    """Median days between consecutive purchase days, per repeat customer."""
    purchases = orders.loc[orders["is_purchase"], ["customer_id", "day"]].drop_duplicates()
    purchases = purchases.sort_values(["customer_id", "day"], kind="stable")
    ids = purchases["customer_id"].to_numpy()
    same = np.concatenate([[False], ids[1:] == ids[:-1]])
    gaps = np.diff(purchases["day"].to_numpy(), prepend=purchases["day"].to_numpy()[:1])
    frame = pd.DataFrame({"customer_id": ids[same],
                          "gap": gaps[same].astype("timedelta64[D]").astype(np.float64)})
    return frame.groupby("customer_id", sort=False)["gap"].median()


def customer_table(transactions: pd.DataFrame, customers: pd.DataFrame | None,
                   defs: Definitions, *, as_of: pd.Timestamp | None = None,
                   window_days: int | None = None,
                   orders: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per customer (index ``customer_id``) with the columns in ``CUSTOMER_COLUMNS``
    plus the imported customer attributes.

    ``as_of`` and ``window_days`` default to the effective values of ``defs``; pass
    ``orders`` from :func:`prepare_orders` to avoid re-preparing them.
    """
    as_of = as_of if as_of is not None else effective_as_of(transactions, defs)
    if as_of is None:
        return _empty_table(customers)
    if orders is None:
        orders = prepare_orders(transactions, as_of, defs)
    if window_days is None:
        window_days = defs.churn_window_days or suggest_window(orders).days
    window = pd.Timedelta(days=int(window_days))

    act = orders[orders["is_activity"]]
    if act.empty:
        return _empty_table(customers)
    by_customer = act.groupby("customer_id", sort=True)
    table = pd.DataFrame({"first_purchase": by_customer["day"].min(),
                          "last_purchase": by_customer["day"].max()})
    table.index.name = "customer_id"

    mine = orders[orders["customer_id"].isin(table.index)]
    grouped = mine.groupby("customer_id", sort=False)
    purchases_only = mine[mine["is_purchase"]]
    returns_only = mine[~mine["is_purchase"]]
    recent = mine[mine["day"] > as_of - pd.Timedelta(days=365)]

    table["purchases"] = purchases_only.groupby("customer_id").size().reindex(table.index, fill_value=0)
    table["purchase_days"] = (purchases_only.groupby("customer_id")["day"].nunique()
                              .reindex(table.index, fill_value=0))
    table["revenue"] = grouped["amount"].sum().reindex(table.index, fill_value=0.0)
    table["returns"] = returns_only.groupby("customer_id").size().reindex(table.index, fill_value=0)
    table["returned_amount"] = (-returns_only.groupby("customer_id")["amount"].sum()
                                ).reindex(table.index, fill_value=0.0).clip(lower=0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        aov = table["revenue"] / table["purchases"].where(table["purchases"] > 0)
    table["average_order_value"] = aov
    table["tenure_days"] = (as_of - table["first_purchase"]).dt.days.astype("int64")
    table["tenure_months"] = table["tenure_days"] / DAYS_PER_MONTH
    table["days_since_last_purchase"] = (as_of - table["last_purchase"]).dt.days.astype("int64")
    recent_purchases = recent[recent["is_purchase"]]
    table["purchases_last_365d"] = (recent_purchases.groupby("customer_id").size()
                                    .reindex(table.index, fill_value=0))
    table["revenue_last_365d"] = (recent.groupby("customer_id")["amount"].sum()
                                  .reindex(table.index, fill_value=0.0))
    table["typical_gap_days"] = _typical_gaps(mine).reindex(table.index)
    churned = table["days_since_last_purchase"] > int(window_days)
    table["status"] = np.where(churned, "churned", "active")
    table["churn_date"] = (table["last_purchase"] + window).where(churned)
    end = table["churn_date"].where(churned, as_of)
    table["lifespan_days"] = (end - table["first_purchase"]).dt.days.astype("int64")
    return _join_attributes(table, customers)


def _join_attributes(table: pd.DataFrame, customers: pd.DataFrame | None) -> pd.DataFrame:
    """Add the imported customer-list columns (city, channel, signup_date …) by customer_id."""
    if customers is None or len(customers) == 0 or "customer_id" not in customers:
        return table
    attrs = customers.drop_duplicates("customer_id", keep="last").copy()
    attrs["customer_id"] = attrs["customer_id"].astype("string")
    attrs = attrs.set_index("customer_id")
    attrs = attrs[[c for c in attrs.columns if c not in table.columns]]
    return table.join(attrs, how="left")


def _empty_table(customers: pd.DataFrame | None) -> pd.DataFrame:
    table = pd.DataFrame({col: pd.Series(dtype="float64") for col in CUSTOMER_COLUMNS})
    for col in ("first_purchase", "last_purchase", "churn_date"):
        table[col] = pd.Series(dtype="datetime64[ns]")
    table["status"] = pd.Series(dtype="object")
    table.index = pd.Index([], dtype="string", name="customer_id")
    return _join_attributes(table, customers)
