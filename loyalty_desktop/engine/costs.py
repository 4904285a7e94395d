"""Net retention cost and return ratio (SPEC §3, seed 000).

Net retention cost of a period = retention spend the owner entered for it − revenue from
the customers *retained* in it (active the day before the period began and still active at
its end, SPEC §3 R = S ∩ E). The return ratio is that revenue per unit of spend: 3.0 means
every krona spent on keeping customers came with three kronor from kept customers. It is
an association, not proof that the spend caused the revenue — the sentence says so.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np
import pandas as pd

from .periods import period_table
from .retention import active_spans
from .i18n import Catalogue

MESSAGES = Catalogue("costs", {  # translated on lookup (engine/i18n.py)
    "no_spend": "enter your retention spend per period to see what keeping customers costs",
    "no_data": "no sales data for this period",
    "zero_spend": "no spend entered for this period, so there is no ratio",
    "running": "period still running: revenue so far",
    "caveat": ("revenue from retained customers came with the spend; it does not prove the spend "
               "caused it"),
})


@dataclass(frozen=True)
class CustomerOrders:
    """Orders of customers with activity, as integer codes and days, plus their active spans.

    Independent of the reporting period, so a change of period reuses it (the slow part is
    turning string ids into codes). Build with :func:`customer_orders`.
    """

    code: np.ndarray         # customer code per order (activity customers only)
    day: np.ndarray          # days since 1970-01-01
    amount: np.ndarray
    spans: pd.DataFrame      # retention.active_spans over the same codes
    n_customers: int
    first_day: pd.Timestamp
    as_of: pd.Timestamp


def customer_orders(orders: pd.DataFrame, activity: pd.DataFrame, *, as_of: pd.Timestamp,
                    window_days: int) -> CustomerOrders | None:
    """Prepare :func:`retained_revenue`'s input; None when nobody has any activity.

    ``orders``: ``customer_id``, ``day`` (midnight), ``amount`` (``customers.prepare_orders``).
    ``activity``: distinct (customer_id, day), sorted (``customers.activity_days``).
    """
    if len(activity) == 0:
        return None
    as_of = pd.Timestamp(as_of).normalize()
    _, uniques = pd.factorize(activity["customer_id"], sort=False)
    day = orders["day"].to_numpy().astype("datetime64[D]").astype(np.int64)
    # factorize the orders' ids, then look up only the distinct ids: ~5× faster than a
    # get_indexer over every order's string
    order_codes, order_ids = pd.factorize(orders["customer_id"], sort=False)
    code = np.append(pd.Index(uniques).get_indexer(order_ids), -1)[order_codes]
    keep = (code >= 0) & (day <= _day(as_of))
    return CustomerOrders(code[keep], day[keep], orders["amount"].to_numpy(dtype="float64")[keep],
                          active_spans(activity, int(window_days)), len(uniques),
                          pd.Timestamp(activity["day"].min()), as_of)


def retained_revenue(prepared: CustomerOrders | None, period: str) -> pd.DataFrame:
    """Net revenue per period from that period's retained customers (R = S ∩ E).

    One row per period: ``period``, ``start``, ``end``, ``partial``, ``retained_revenue``.
    """
    columns = ["period", "start", "end", "partial", "retained_revenue"]
    if prepared is None:
        return pd.DataFrame(columns=columns)
    periods = period_table(prepared.first_day, prepared.as_of, period)
    starts = periods["start"].to_numpy().astype("datetime64[D]").astype(np.int64)
    ends = np.minimum(periods["end"].to_numpy().astype("datetime64[D]").astype(np.int64),
                      _day(prepared.as_of))
    idx = _period_index(prepared.day, starts)
    inside = idx >= 0
    code, idx, amount = prepared.code[inside], idx[inside], prepared.amount[inside]
    kept = _retained_matrix(prepared.spans, prepared.n_customers, starts, ends)[idx, code]
    revenue = np.bincount(idx[kept], weights=amount[kept], minlength=len(periods))
    table = periods[["period", "start", "end", "partial"]].copy()
    table["retained_revenue"] = revenue
    return table


def _period_index(day: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Index of the period containing each day (−1 before the first), via a per-day table."""
    if len(day) == 0:
        return day.copy()
    low, high = int(day.min()), int(day.max())
    table = np.searchsorted(starts, np.arange(low, high + 1), side="right") - 1
    return table[day - low]


def _retained_matrix(spans: pd.DataFrame, n_customers: int, starts: np.ndarray,
                     ends: np.ndarray) -> np.ndarray:
    """Boolean [period, customer]: active the day before the period and on its (clipped) end.

    One pass over the spans per period boundary; the end of a full period is the day before
    the next one starts, so each boundary's mask is computed once.
    """
    cust = spans["customer"].to_numpy()
    span_start = spans["span_start"].to_numpy()
    span_end = spans["span_end"].to_numpy()

    def active_on(day: int) -> np.ndarray:
        mask = np.zeros(n_customers, dtype=bool)
        mask[cust[(span_start <= day) & (span_end >= day)]] = True
        return mask

    kept = np.zeros((len(starts), n_customers), dtype=bool)
    before = active_on(int(starts[0]) - 1) if len(starts) else None
    for i in range(len(starts)):
        at_end = active_on(int(ends[i]))
        kept[i] = before & at_end
        nxt = int(starts[i + 1]) - 1 if i + 1 < len(starts) else None
        before = at_end if nxt == int(ends[i]) else (active_on(nxt) if nxt is not None else None)
    return kept


@dataclass(frozen=True)
class RetentionCost:
    """One row per period with spend: ``period``, ``spend``, ``retained_revenue``, ``net_cost``
    (spend − retained revenue; negative = kept customers brought in more than was spent),
    ``return_ratio`` (retained revenue / spend) and ``note``."""

    table: pd.DataFrame
    total_spend: float
    total_retained_revenue: float | None
    note: str

    @property
    def total_net_cost(self) -> float | None:
        if self.total_retained_revenue is None:
            return None
        return self.total_spend - self.total_retained_revenue

    @property
    def total_return_ratio(self) -> float | None:
        if self.total_retained_revenue is None or self.total_spend <= 0:
            return None
        return self.total_retained_revenue / self.total_spend

    def to_json(self) -> dict[str, Any]:
        rows = [{k: (None if isinstance(v, float) and np.isnan(v) else v) for k, v in row.items()}
                for row in self.table.to_dict("records")]
        return {"rows": rows, "total_spend": self.total_spend,
                "total_retained_revenue": self.total_retained_revenue,
                "total_net_cost": self.total_net_cost,
                "total_return_ratio": self.total_return_ratio, "note": self.note}


def net_retention_cost(spend: Mapping[str, float], revenue: pd.DataFrame) -> RetentionCost:
    """Combine the owner's spend per period label with :func:`retained_revenue`.

    Periods with spend but no data get ``retained_revenue`` None and a note, never 0.
    """
    columns = ["period", "spend", "retained_revenue", "net_cost", "return_ratio", "note"]
    if not spend:
        return RetentionCost(pd.DataFrame(columns=columns), 0.0, None, MESSAGES["no_spend"])
    known = dict(zip(revenue["period"], zip(revenue["retained_revenue"], revenue["partial"])))
    order = {label: i for i, label in enumerate(revenue["period"])}
    rows = []
    for label in sorted(spend, key=lambda p: (order.get(p, len(order)), p)):
        money = float(spend[label])
        if label not in known:
            rows.append((label, money, None, None, None, MESSAGES["no_data"]))
            continue
        kept, partial = float(known[label][0]), bool(known[label][1])
        ratio = kept / money if money > 0 else None
        note = MESSAGES["running"] if partial else ("" if money > 0 else MESSAGES["zero_spend"])
        rows.append((label, money, kept, money - kept, ratio, note))
    table = pd.DataFrame(rows, columns=columns)
    matched = table[table["retained_revenue"].notna()]
    total_kept = float(matched["retained_revenue"].sum()) if len(matched) else None
    return RetentionCost(table, float(matched["spend"].sum()) if len(matched) else 0.0,
                         total_kept, MESSAGES["caveat"])


def _day(ts: pd.Timestamp) -> int:
    return int(np.datetime64(pd.Timestamp(ts).normalize(), "D").astype(np.int64))
