"""What customers are worth (SPEC §3): historic value, repeat rate, frequency, AOV, returns,
measured annual retention, simple CLV, and the value lost with churned customers.

Everything reads the per-customer table from ``customers.customer_table`` (revenue is net
of refunds, ``returned_amount`` is positive money) and, for annual retention, the flow from
``retention.retention_flow``. Nothing here returns NaN: an undefined number is ``None``
with the reason in words (``MESSAGES``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .definitions import Definitions
from .retention import active_spans
from .i18n import Catalogue

DAYS_PER_YEAR = 365.25
#: Reporting periods per year, to turn a per-period retention rate into an annual one.
PERIODS_PER_YEAR = {"week": DAYS_PER_YEAR / 7, "month": 12.0, "quarter": 4.0,
                    "half-year": 2.0, "year": 1.0}
#: A churned customer seen for less than this is credited with their revenue as one
#: year's worth, not extrapolated (a single 100 kr purchase + a 90-day window is not 405 kr/year).
MIN_YEARS_FOR_ANNUAL_RATE = 1.0
#: Below this many days of data a yearly purchase frequency would be a wild extrapolation.
MIN_DAYS_FOR_FREQUENCY = 30

MESSAGES = Catalogue("value", {  # translated on lookup (engine/i18n.py)
    "no_buyers": "no customer has made a purchase yet",
    "no_active": "no customer is active at the end of the data",
    "no_retention": ("annual retention could not be measured (no complete period had customers "
                     "at its start); set an expected lifetime in the definitions"),
    "retention_one": ("every customer was retained, so the expected lifetime is unlimited; set an "
                      "expected lifetime in the definitions"),
    "lifetime_set": "expected lifetime {years:.1f} years, set by you",
    "lifetime_measured": ("expected lifetime {years:.1f} years = 1 / (1 − {retention:.0f} % measured "
                          "annual retention)"),
    "no_churned": "no customer churned between {start} and {end}",
    "too_short": "your data span fewer than {min_days} days, too few to estimate purchases per year",
    "short_data": ("your data cover {days} days, less than a year, so the yearly figure is scaled "
                   "up from them"),
})


# --------------------------------------------------------------------------- simple metrics
def historic_value(customers: pd.DataFrame, margin: float) -> pd.Series:
    """Net revenue × margin per customer (SPEC §3 "Historic value")."""
    return (customers["revenue"].astype("float64") * float(margin)).rename("historic_value")


def repeat_purchase_rate(customers: pd.DataFrame) -> float | None:
    """Customers with ≥ 2 purchases / customers with ≥ 1 purchase; None without buyers."""
    buyers = int((customers["purchases"] >= 1).sum())
    return float((customers["purchases"] >= 2).sum() / buyers) if buyers else None


def average_order_value(customers: pd.DataFrame) -> float | None:
    """Net revenue / purchases over all customers (refunds lower it); None without purchases."""
    purchases = int(customers["purchases"].sum())
    return float(customers["revenue"].sum() / purchases) if purchases else None


def data_as_of(customers: pd.DataFrame) -> pd.Timestamp | None:
    """The analysis day the table was built for: first purchase + tenure of any customer."""
    if len(customers) == 0:
        return None
    row = customers.iloc[0]
    return pd.Timestamp(row["first_purchase"]) + pd.Timedelta(days=int(row["tenure_days"]))


def purchase_frequency(customers: pd.DataFrame) -> tuple[float | None, str]:
    """Purchases per active customer per year, and a note (SPEC §3 "Purchase frequency").

    Σ purchases in the last 365 days of the active customers / number of active customers.
    When the data cover less than a year, the count is scaled by 365 / days covered (and the
    note says so), so a shop with three months of data still gets a yearly figure.
    """
    active = customers[customers["status"] == "active"]
    if len(active) == 0:
        return None, MESSAGES["no_active"]
    covered = int(customers["tenure_days"].max()) + 1      # first day of data … as_of, inclusive
    per_customer = float(active["purchases_last_365d"].sum()) / len(active)
    if covered >= 365:
        return per_customer, ""
    if covered < MIN_DAYS_FOR_FREQUENCY:
        return None, MESSAGES["too_short"].format(days=covered, min_days=MIN_DAYS_FOR_FREQUENCY)
    return per_customer * 365.0 / covered, MESSAGES["short_data"].format(days=covered)


# --------------------------------------------------------------------------- returns
def return_rates(customers: pd.DataFrame) -> pd.DataFrame:
    """Per customer: ``orders``, ``returns``, ``return_rate`` (returns / orders, by count),
    ``returned_amount``, ``gross_revenue`` (revenue before refunds) and ``returned_share``
    (returned_amount / gross_revenue, by money). Rates are None for no orders / no gross."""
    orders = customers["purchases"] + customers["returns"]
    gross = customers["revenue"] + customers["returned_amount"]
    return pd.DataFrame({
        "orders": orders.astype("int64"), "returns": customers["returns"].astype("int64"),
        "return_rate": _ratio(customers["returns"], orders),
        "returned_amount": customers["returned_amount"].astype("float64"),
        "gross_revenue": gross.astype("float64"),
        "returned_share": _ratio(customers["returned_amount"], gross),
    }, index=customers.index)


@dataclass(frozen=True)
class ReturnsSummary:
    """All customers pooled: how much comes back (the "returns" analysis section)."""

    customers_with_returns: int
    orders: int
    returns: int
    return_rate: float | None
    returned_amount: float
    returned_share: float | None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def returns_summary(customers: pd.DataFrame) -> ReturnsSummary:
    """Returns / orders and refunded money / revenue before refunds, over all customers."""
    orders = int((customers["purchases"] + customers["returns"]).sum())
    returns = int(customers["returns"].sum())
    returned = float(customers["returned_amount"].sum())
    gross = float(customers["revenue"].sum()) + returned
    return ReturnsSummary(int((customers["returns"] > 0).sum()), orders, returns,
                          returns / orders if orders else None, returned,
                          returned / gross if gross > 0 else None)


def returns_by_segment(customers: pd.DataFrame, segment: pd.Series) -> pd.DataFrame:
    """Return rates pooled per segment label (``segment`` is indexed by customer_id).

    Columns: customers, customers_with_returns, orders, returns, return_rate,
    returned_amount, gross_revenue, returned_share. Customers without a label are left out.
    """
    rates = return_rates(customers).join(segment.rename("segment"), how="inner")
    rates = rates[rates["segment"].notna()]
    grouped = rates.groupby("segment", sort=True)
    table = pd.DataFrame({
        "customers": grouped.size(),
        "customers_with_returns": grouped["returns"].apply(lambda r: int((r > 0).sum())),
        "orders": grouped["orders"].sum(), "returns": grouped["returns"].sum(),
        "returned_amount": grouped["returned_amount"].sum(),
        "gross_revenue": grouped["gross_revenue"].sum(),
    })
    table["return_rate"] = _ratio(table["returns"], table["orders"])
    table["returned_share"] = _ratio(table["returned_amount"], table["gross_revenue"])
    return table


def _ratio(numerator: pd.Series, denominator: pd.Series) -> pd.Series:
    """numerator / denominator as object Series with None where the denominator is ≤ 0."""
    num = numerator.to_numpy(dtype="float64")
    den = denominator.to_numpy(dtype="float64")
    defined = den > 0
    values = (num / np.where(defined, den, 1.0)).astype(object)
    values[~defined] = None
    return pd.Series(values, index=numerator.index, dtype="object")


# --------------------------------------------------------------------------- retention & CLV
def annual_retention(flow: pd.DataFrame, period: str, *,
                     window_days: int | None = None) -> float | None:
    """Annual retention measured from the retention flow (``retention.retention_flow``).

    Pooled over the most recent year of *complete* periods with customers at their start:
    p = Σ retained / Σ start_customers, then compounded to a year, r = p ** periods_per_year.
    Pooling weights busy periods more than one noisy small period; the running period is
    left out because its end count is not final. With ``window_days``, periods that begin
    less than W days after the data do are left out too: nobody can have churned in them
    yet, so they would overstate retention. None when no period qualifies.

    This is strict: a customer who lapses and comes back within the year counts as lost.
    :func:`annual_retention_from_activity` is the owner's "still a customer a year later".
    """
    if flow is None or len(flow) == 0:
        return None
    done = flow[(~flow["partial"].astype(bool)) & (flow["start_customers"] > 0)]
    if window_days is not None and len(done):
        first_start = pd.Timestamp(flow["start"].min())
        settled = first_start + pd.Timedelta(days=int(window_days))
        done = done[pd.to_datetime(done["start"]) >= settled]
    per_year = PERIODS_PER_YEAR[period]
    done = done.tail(max(1, int(round(per_year))))
    if len(done) == 0:
        return None
    pooled = float(done["retained"].sum()) / float(done["start_customers"].sum())
    return pooled ** per_year


#: Starting days for the direct annual measurement: every 30 days back over one year.
ANCHOR_STEP_DAYS = 30
ANCHORS = 12


def annual_retention_from_activity(activity: pd.DataFrame, *, as_of: pd.Timestamp,
                                   window_days: int) -> float | None:
    """Share of customers active on a day who are active again 365 days later.

    "Of the customers I had a year ago, how many do I still have?" — measured directly with
    the SPEC §3 activity rule (a lapse in between does not matter, as for the lifespan).
    Pooled over up to 12 start days t = as_of − 365 − 30 k that lie inside the data, so a
    longer history gives a steadier figure. None when the data span less than a year.
    ``activity``: distinct (customer_id, day) pairs, sorted (``customers.activity_days``).
    """
    if activity is None or len(activity) == 0:
        return None
    spans = active_spans(activity, int(window_days))
    start = spans["span_start"].to_numpy()
    end = spans["span_end"].to_numpy()
    cust = spans["customer"].to_numpy()
    n_customers = int(cust.max()) + 1
    last_day = int(np.datetime64(pd.Timestamp(as_of).normalize(), "D").astype(np.int64))
    first_day = int(start.min())
    kept = total = 0
    for k in range(ANCHORS):
        then = last_day - 365 - ANCHOR_STEP_DAYS * k
        if then < first_day:
            break
        was = _active_on(cust, start, end, then, n_customers)
        still = _active_on(cust, start, end, then + 365, n_customers)
        total += int(was.sum())
        kept += int((was & still).sum())
    return kept / total if total else None


def _active_on(cust: np.ndarray, start: np.ndarray, end: np.ndarray, day: int,
               n_customers: int) -> np.ndarray:
    mask = np.zeros(n_customers, dtype=bool)
    mask[cust[(start <= day) & (end >= day)]] = True
    return mask


def simple_clv(annual_value: Any, margin: float, discount_rate: float,
               annual_retention: float) -> Any:
    """SPEC §3 simple CLV = annual value × margin × Σ_t rᵗ/(1+d)ᵗ = … × (1+d)/(1+d−r).

    The sum starts at t = 0 (this year counts in full). Works on a number, array or Series.
    Raises ValueError when r = 1 and d = 0 (the sum has no end).
    """
    r, d = float(annual_retention), float(discount_rate)
    if not 0.0 <= r <= 1.0:
        raise ValueError("annual retention must be between 0 and 1")
    if 1.0 + d - r <= 0.0:
        raise ValueError("with 100 % retention and no discount the lifetime value has no limit")
    return annual_value * float(margin) * (1.0 + d) / (1.0 + d - r)


@dataclass(frozen=True)
class ExpectedLifetime:
    """Expected future lifetime in years, plain and discounted, with where it came from."""

    years: float | None             # undiscounted: set by the user, or 1 / (1 − r)
    discounted_years: float | None  # Σ over the lifetime of 1 / (1 + d)ᵗ, t = 0 …
    source: str                     # "set" | "measured" | "unknown"
    note: str


def expected_lifetime(defs: Definitions, annual_retention: float | None) -> ExpectedLifetime:
    """The owner's expected lifetime if set, else 1 / (1 − r) from measured annual retention."""
    d = float(defs.discount_rate)
    if defs.expected_lifetime_years is not None:
        years = float(defs.expected_lifetime_years)
        # annuity due over `years` (t = 0 … years − 1); equals `years` when d = 0
        discounted = years if d == 0 else (1 + d) * (1 - (1 + d) ** -years) / d
        return ExpectedLifetime(years, discounted, "set", MESSAGES["lifetime_set"].format(years=years))
    if annual_retention is None:
        return ExpectedLifetime(None, None, "unknown", MESSAGES["no_retention"])
    r = float(annual_retention)
    if r >= 1.0:
        return ExpectedLifetime(None, None, "unknown", MESSAGES["retention_one"])
    years = 1.0 / (1.0 - r)
    return ExpectedLifetime(years, (1 + d) / (1 + d - r), "measured",
                            MESSAGES["lifetime_measured"].format(years=years, retention=100 * r))


# --------------------------------------------------------------------------- lost value
@dataclass(frozen=True)
class LostValue:
    """SPEC §3 lost lifetime value of customers who churned in ``start`` … ``end``, beside the
    naive lost revenue (one year of their annual net revenue, no margin, no future)."""

    start: pd.Timestamp | None
    end: pd.Timestamp | None
    churned_customers: int
    lost_revenue_annual: float
    lost_lifetime_value: float | None
    lifetime: ExpectedLifetime
    annual_retention: float | None
    margin: float
    discount_rate: float
    note: str
    per_customer: pd.DataFrame

    def to_json(self) -> dict[str, Any]:
        """SPEC §5 "lost_value" block (plus the range, the lifetime's source and the note)."""
        return {"churned_customers": self.churned_customers,
                "lost_revenue_annual": self.lost_revenue_annual,
                "lost_lifetime_value": self.lost_lifetime_value,
                "expected_lifetime_years": self.lifetime.years,
                "discounted_lifetime_years": self.lifetime.discounted_years,
                "lifetime_source": self.lifetime.source,
                "annual_retention": self.annual_retention,
                "margin": self.margin, "discount_rate": self.discount_rate,
                "start": _iso(self.start), "end": _iso(self.end), "note": self.note}


def annual_net_revenue(churned: pd.DataFrame) -> pd.Series:
    """Net revenue ÷ years from first purchase to churn date (at least one year, never < 0).

    The floor of one year keeps a one-off buyer's single purchase from being extrapolated
    to a yearly rate; refund-heavy customers count as 0, not as negative value.
    """
    years = (churned["churn_date"] - churned["first_purchase"]).dt.days / DAYS_PER_YEAR
    years = years.clip(lower=MIN_YEARS_FOR_ANNUAL_RATE)
    return (churned["revenue"].astype("float64").clip(lower=0.0) / years).rename("annual_revenue")


def lost_value(customers: pd.DataFrame, defs: Definitions, *,
               annual_retention: float | None = None,
               start: pd.Timestamp | None = None, end: pd.Timestamp | None = None) -> LostValue:
    """Lost lifetime value of customers whose churn date is in ``start`` … ``end`` (inclusive).

    Lost LTV = Σ annual net revenue × margin × discounted expected lifetime (SPEC §3, seed 002).
    The range defaults to the 365 days ending at the analysis day ("lost this year").
    ``annual_retention`` is the measured one (:func:`annual_retention`), used when the owner
    has not set an expected lifetime.
    """
    as_of = data_as_of(customers)
    end = pd.Timestamp(end).normalize() if end is not None else as_of
    start = (pd.Timestamp(start).normalize() if start is not None
             else (end - pd.Timedelta(days=364) if end is not None else None))
    lifetime = expected_lifetime(defs, annual_retention)
    margin, d = float(defs.margin), float(defs.discount_rate)
    if end is None:
        return LostValue(None, None, 0, 0.0, None, lifetime, annual_retention, margin, d,
                         MESSAGES["no_buyers"],
                         pd.DataFrame(columns=["annual_revenue", "lost_value"]))
    churn_date = customers["churn_date"]
    in_range = (churn_date >= start) & (churn_date <= end)
    churned = customers[(customers["status"] == "churned") & in_range]
    annual = annual_net_revenue(churned)
    per_customer = pd.DataFrame({"annual_revenue": annual})
    if lifetime.discounted_years is not None:
        per_customer["lost_value"] = annual * margin * lifetime.discounted_years
        lost = float(per_customer["lost_value"].sum())
        note = lifetime.note
    else:
        lost, note = None, lifetime.note
    if len(churned) == 0:
        note = MESSAGES["no_churned"].format(start=_iso(start), end=_iso(end))
        lost = 0.0 if lifetime.discounted_years is not None else None
    return LostValue(start, end, int(len(churned)), float(annual.sum()), lost, lifetime,
                     annual_retention, margin, d, note, per_customer)


def _iso(day: pd.Timestamp | None) -> str | None:
    return None if day is None else pd.Timestamp(day).date().isoformat()
