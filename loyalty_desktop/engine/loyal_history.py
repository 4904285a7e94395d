"""The loyal share over time and the loyal customers' share of revenue (issue 8 point 2).

"Loyal" is whatever the owner's criteria say *on a given day*: tenure, purchases in the last
year, status … all change as time passes. So the customer table is rebuilt as it stood at
the end of each period (``customer_snapshots.OrderHistory``, the same columns as
``customer_table(as_of=period end)`` but ~20× faster), RFM scores are recomputed
for that day, and the criteria are evaluated on it. Columns that come from surveys or
models (nps_score, nps_category, satisfaction, p_alive, predicted_clv) are not rebuilt:
each customer keeps today's value — a limitation stated on the chart.

Per period:
    customers        customers known by the period end (first purchase on or before it)
    active           of those, active at the period end
    loyal            of those, matching the criteria at the period end
    share            loyal / customers
    share_of_active  (loyal and active) / active
    revenue          net revenue of orders inside the period
    loyal_revenue    the part of it from customers who are loyal at the period end
    revenue_share    loyal_revenue / revenue
    loyal_ids        the loyal customers' ids (sorted tuple): who is behind the loyal count, for
                     the chart's click-through; computed here anyway, kept so a click needs no
                     rebuild of that period's table (not part of the JSON)
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .customer_snapshots import NOT_BUILT, OrderHistory
from .customers import customer_table, prepare_orders
from .definitions import Definitions
from .periods import period_table
from .progress import Progress, report
from .rfm import add_rfm
from .rules import Group, Rule, evaluate
from .i18n import Catalogue

#: Columns carried over from today's table because they cannot be rebuilt for a past day.
CARRIED_COLUMNS = ("nps_score", "nps_category", "satisfaction", "p_alive", "predicted_clv")

HISTORY_COLUMNS = ("period", "start", "end", "customers", "active", "loyal", "share",
                   "share_of_active", "revenue", "loyal_revenue", "revenue_share", "loyal_ids")

TEXTS = Catalogue("loyal_history", {  # translated on lookup (engine/i18n.py)
    "progress": "Loyal customers in {period}",
    "carried": ("Survey answers and model estimates use today's values for every period."),
})


def loyal_share_over_time(transactions: pd.DataFrame, customers: pd.DataFrame | None,
                          defs: Definitions, criteria: Rule, *, as_of: pd.Timestamp,
                          window_days: int, current: pd.DataFrame | None = None,
                          max_periods: int = 12,
                          progress: Progress | None = None) -> pd.DataFrame:
    """One row per reporting period (the last ``max_periods`` up to ``as_of``), see module doc.

    ``current``: today's customer table, source of the carried-over survey/model columns.
    ``progress`` may raise ``Cancelled`` (one step per period).
    """
    as_of = pd.Timestamp(as_of).normalize()
    orders = prepare_orders(transactions, as_of, defs)
    if orders.empty:
        return pd.DataFrame(columns=list(HISTORY_COLUMNS))
    periods = period_table(orders["day"].min(), as_of, defs.period).tail(max_periods)
    carried = _carried(current)
    history = OrderHistory(orders, customers)
    if carried is not None:
        history.attach(carried)
    if _fields(criteria) & NOT_BUILT:
        def table_at(end: pd.Timestamp) -> pd.DataFrame:
            return customer_table(transactions, customers, defs, as_of=end,
                                  window_days=window_days, orders=orders[orders["day"] <= end])
    else:
        def table_at(end: pd.Timestamp) -> pd.DataFrame:
            return history.table_at(end, window_days)
    rows = []
    for step, period in enumerate(periods.itertuples(index=False)):
        report(progress, step / len(periods), TEXTS["progress"].format(period=period.period))
        end = min(pd.Timestamp(period.end), as_of)
        rows.append(_one_period(period, end, history, table_at(end), criteria, carried))
    report(progress, 1.0, "")
    return pd.DataFrame(rows, columns=list(HISTORY_COLUMNS))


def _carried(current: pd.DataFrame | None) -> pd.DataFrame | None:
    if current is None:
        return None
    columns = [c for c in CARRIED_COLUMNS if c in current.columns]
    return current[columns] if columns else None


def _fields(rule: Rule) -> set[str]:
    names = set()
    for item in rule.conditions:
        names.update(c.field for c in (item.conditions if isinstance(item, Group) else (item,)))
    return names


def _one_period(period, end: pd.Timestamp, history: OrderHistory, table: pd.DataFrame,
                criteria: Rule, carried: pd.DataFrame | None) -> dict:
    """One row of the history from the customer table as it stood on ``end``."""
    if len(table):
        table = add_rfm(table)
    if carried is not None and len(table) and not set(carried.columns) <= set(table.columns):
        table = table.drop(columns=[c for c in carried.columns if c in table.columns])
        table = table.join(carried, how="left")             # the customer_table fallback
    loyal = evaluate(criteria, table) if len(table) else pd.Series([], dtype=bool)
    loyal_ids = table.index[loyal.to_numpy()] if len(table) else pd.Index([], dtype="string")
    revenue, loyal_revenue = history.revenue_between(pd.Timestamp(period.start), end, loyal_ids)
    n_customers = int(len(table))
    n_active = int((table["status"] == "active").sum()) if n_customers else 0
    n_loyal = int(loyal.sum())
    n_loyal_active = int((loyal.to_numpy() & (table["status"] == "active").to_numpy()).sum()) \
        if n_customers else 0
    return {"period": period.period, "start": period.start, "end": period.end,
            "customers": n_customers, "active": n_active, "loyal": n_loyal,
            "share": n_loyal / n_customers if n_customers else np.nan,
            "share_of_active": n_loyal_active / n_active if n_active else np.nan,
            "revenue": revenue, "loyal_revenue": loyal_revenue,
            "revenue_share": loyal_revenue / revenue if revenue else np.nan,
            "loyal_ids": tuple(sorted(str(i) for i in loyal_ids))}
