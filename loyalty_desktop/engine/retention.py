"""Retention flow per reporting period (SPEC §3): S, E, N, R, A, C and the rates.

A customer is *active* on day t when their last activity on or before t is 0…W days
before t. Consecutive activity days at most W apart therefore form one *active span*
``[first day, last day + W]``; a customer's spans never overlap, so "active on t" is
"some span contains t" — one vectorised comparison per period boundary instead of a
scan of the transactions per period.

For each period P = [start, end]:
  S = active on start − 1 day;  E = active on end (or on as_of for the running period)
  R = S ∩ E;  C = S \\ E;  N = E with first activity inside P;  A = E \\ S with first before P
  new_lapsed = first activity inside P but not in E (nobody disappears from the accounting)
Identities: E = R + N + A and S = R + C.
"""
from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd

from .periods import period_table
from .i18n import Catalogue

FLOW_COLUMNS = ("period", "start", "end", "partial", "start_customers", "end_customers", "new",
                "retained", "reactivated", "churned", "new_lapsed", "retention_rate_seed",
                "retention_rate", "churn_rate", "rate_note")

NOTES = Catalogue("retention", {  # translated on lookup (engine/i18n.py)
    "no_start": "no active customers at the start of this period, so there is nothing to retain",
    "partial": "period still running: end counts are as of {as_of}",
})


def active_spans(activity: pd.DataFrame, window_days: int) -> pd.DataFrame:
    """Merge each customer's activity days into spans ``[span_start, span_end]``.

    ``activity`` has one row per distinct (customer_id, day), sorted by customer and day.
    Columns out: customer (int code, order of first appearance), span_start, span_end
    (inclusive, as integer days since 1970-01-01).
    """
    codes, _ = pd.factorize(activity["customer_id"], sort=False)
    days = activity["day"].to_numpy().astype("datetime64[D]").astype(np.int64)
    new_customer = np.concatenate([[True], codes[1:] != codes[:-1]])
    gap_breaks = np.concatenate([[True], np.diff(days) > window_days])
    starts = new_customer | gap_breaks
    last_idx = np.concatenate([np.flatnonzero(starts)[1:] - 1, [len(days) - 1]])
    return pd.DataFrame({"customer": codes[starts], "span_start": days[starts],
                         "span_end": days[last_idx] + window_days})


def retention_flow(activity: pd.DataFrame, *, as_of: pd.Timestamp, window_days: int,
                   period: str, customer_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per period with the SPEC §3 flow; ``customer_ids`` restricts it to a segment.

    ``activity``: distinct (customer_id, day) pairs, sorted (``customers.activity_days``).
    Rates are None (not NaN) when S = 0, with the reason in ``rate_note``.
    """
    if customer_ids is not None:
        activity = activity[activity["customer_id"].isin(pd.Index(list(customer_ids)))]
    if activity.empty:
        return pd.DataFrame(columns=list(FLOW_COLUMNS))
    as_of = pd.Timestamp(as_of).normalize()
    codes, uniques = pd.factorize(activity["customer_id"], sort=False)
    n_customers = len(uniques)
    spans = active_spans(activity, window_days)
    first_day = np.full(n_customers, np.iinfo(np.int64).max)
    np.minimum.at(first_day, spans["customer"].to_numpy(), spans["span_start"].to_numpy())

    periods = period_table(activity["day"].min(), as_of, period)
    span_cust = spans["customer"].to_numpy()
    span_start = spans["span_start"].to_numpy()
    span_end = spans["span_end"].to_numpy()

    def active_on(day: int) -> np.ndarray:
        mask = np.zeros(n_customers, dtype=bool)
        mask[span_cust[(span_start <= day) & (span_end >= day)]] = True
        return mask

    rows = []
    as_of_day = _day(as_of)
    for period_row in periods.itertuples(index=False):
        start_day = _day(period_row.start)
        end_day = min(_day(period_row.end), as_of_day)
        s = active_on(start_day - 1)
        e = active_on(end_day)
        new_in_p = (first_day >= start_day) & (first_day <= end_day)
        counts = {
            "start_customers": int(s.sum()), "end_customers": int(e.sum()),
            "new": int((e & new_in_p).sum()), "retained": int((s & e).sum()),
            "reactivated": int((e & ~s & (first_day < start_day)).sum()),
            "churned": int((s & ~e).sum()), "new_lapsed": int((new_in_p & ~e).sum()),
        }
        rows.append({"period": period_row.period, "start": period_row.start,
                     "end": period_row.end, "partial": period_row.partial, **counts,
                     **_rates(counts, period_row.partial, as_of)})
    return pd.DataFrame(rows, columns=list(FLOW_COLUMNS))


def _rates(c: dict, partial: bool, as_of: pd.Timestamp) -> dict:
    s = c["start_customers"]
    if s == 0:
        return {"retention_rate_seed": None, "retention_rate": None, "churn_rate": None,
                "rate_note": NOTES["no_start"]}
    note = NOTES["partial"].format(as_of=as_of.date().isoformat()) if partial else ""
    return {"retention_rate_seed": (c["end_customers"] - c["new"]) / s,
            "retention_rate": c["retained"] / s, "churn_rate": c["churned"] / s,
            "rate_note": note}


def _day(ts: pd.Timestamp) -> int:
    return int(np.datetime64(pd.Timestamp(ts).normalize(), "D").astype(np.int64))
