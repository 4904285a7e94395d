"""Who is behind one bar of the retention flow: "which customers churned in 2024-03?"

The window's drill-down (a click on a bar or point of the retention charts) lists the
customers counted in one cell of ``retention.retention_flow``. The sets are the flow's own
(SPEC §3), from the same active spans, so their sizes are the flow's counts:
  start = S, end = E, retained = S ∩ E, churned = S \\ E, new = E with first activity in P,
  reactivated = E \\ S with first activity before P, new_lapsed = first activity in P, not in E.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .periods import period_table
from .retention import _day, active_spans

KINDS = ("start", "end", "retained", "churned", "new", "reactivated", "new_lapsed")


def flow_members(activity: pd.DataFrame, *, as_of: pd.Timestamp, window_days: int, period: str,
                 label: str, kind: str) -> list[str]:
    """Sorted customer ids of flow column ``kind`` (see ``KINDS``) in the period ``label``.

    ``activity``: the distinct customer_id/day pairs the flow was computed from."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if activity.empty:
        return []
    as_of = pd.Timestamp(as_of).normalize()
    periods = period_table(activity["day"].min(), as_of, period)
    row = periods[periods["period"] == label]
    if row.empty:
        return []
    codes, uniques = pd.factorize(activity["customer_id"], sort=False)
    spans = active_spans(activity, window_days)
    cust = spans["customer"].to_numpy()
    span_start, span_end = spans["span_start"].to_numpy(), spans["span_end"].to_numpy()
    first_day = np.full(len(uniques), np.iinfo(np.int64).max)
    np.minimum.at(first_day, cust, span_start)

    def active_on(day: int) -> np.ndarray:
        mask = np.zeros(len(uniques), dtype=bool)
        mask[cust[(span_start <= day) & (span_end >= day)]] = True
        return mask

    start_day = _day(row["start"].iloc[0])
    end_day = min(_day(row["end"].iloc[0]), _day(as_of))
    s, e = active_on(start_day - 1), active_on(end_day)
    new_in_p = (first_day >= start_day) & (first_day <= end_day)
    masks = {"start": s, "end": e, "retained": s & e, "churned": s & ~e, "new": e & new_in_p,
             "reactivated": e & ~s & (first_day < start_day), "new_lapsed": new_in_p & ~e}
    return sorted(str(v) for v in uniques[masks[kind]])
