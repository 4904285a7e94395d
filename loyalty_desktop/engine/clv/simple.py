"""Simple CLV (SPEC §3): the honest fallback when the predictive models cannot be trusted.

    CLV = annual value × margin × Σ_{t≥0} rᵗ/(1+d)ᵗ = annual value × margin × (1+d)/(1+d−r)

with r the *measured* annual retention (supplied by the caller — it is computed by the
retention module, not guessed here) and d the annual discount rate. Year 0 is the coming
year, so a customer who never returns is still worth one year's value.

A customer's *annual value* is their net revenue (refunds included) per year of tenure;
customers known for less than a year count as one year, so a first-week buyer is not
extrapolated to 52 times their first basket. Negative net values count as 0.
"""
from __future__ import annotations

import pandas as pd

from .. import value

DAYS_PER_YEAR = 365.25


def annual_value(transactions: pd.DataFrame, as_of: pd.Timestamp) -> pd.Series:
    """Net revenue per year of tenure (at least one year) for every customer with a purchase."""
    as_of = pd.Timestamp(as_of).normalize()
    day = pd.to_datetime(transactions["date"]).dt.normalize()
    frame = pd.DataFrame({"customer_id": transactions["customer_id"].astype("string"),
                          "day": day, "amount": transactions["amount"].astype("float64")})
    frame = frame[frame["day"] <= as_of]
    buyers = frame.loc[frame["amount"] > 0, "customer_id"].unique()
    frame = frame[frame["customer_id"].isin(buyers)]
    grouped = frame.groupby("customer_id", sort=True)
    first = grouped["day"].min()
    years = ((as_of - first).dt.days / DAYS_PER_YEAR).clip(lower=1.0)
    value = (grouped["amount"].sum() / years).clip(lower=0.0)
    value.index.name = "customer_id"
    return value.rename("annual_value")


def simple_clv(transactions: pd.DataFrame, as_of: pd.Timestamp, *, margin: float,
               discount_rate: float, annual_retention: float) -> pd.Series:
    """Per-customer simple CLV (see module doc), index customer_id; the formula itself is
    :func:`value.simple_clv`, shared with the lost-value figures."""
    values = annual_value(transactions, as_of)
    return value.simple_clv(values, margin, discount_rate, annual_retention).rename("predicted_clv")
