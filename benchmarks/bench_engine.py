"""Engine speed on 1,000,000 orders / 100,000 customers (issue 5, item 5).

Rows, each timed as the median of a few runs and compared with one plain
``transactions.groupby('customer_id').agg(...)`` pass over the same frame in the same run
(so the ratio, not the seconds, is what compares across machines):

* ``engine_full_pass`` — ``analysis.analyse`` (plus issue 5's sections from
  ``metric_sections`` while the analysis does not add them itself). Goal < 1.0 s.
* ``engine_issue5_metrics_pass`` — only issue 5: customer table, window suggestion,
  retention flow, cohorts, lifespan + Kaplan–Meier, lifecycle distribution, value metrics,
  returns, annual retention, lost value, net retention cost, definition sentences, called
  directly (stable while ``analyse`` grows CLV/NPS/segment sections). Goal < 1.0 s.
* ``engine_recompute_period_change`` — the owner switches month → quarter: the flow, the
  cohorts, the retained revenue and the sentences are recomputed from the cached orders,
  activity and per-customer table. Goal < 0.2 s.
* ``engine_recompute_value_change`` — margin / discount / expected lifetime change: only
  value metrics and lost value are recomputed. Goal < 0.2 s.

Run: ``python -m benchmarks.bench_engine`` (prints the rows as JSON lines).
"""
from __future__ import annotations

import json
import statistics
import time
from typing import Any, Callable

import numpy as np
import pandas as pd

from loyalty_desktop.engine import analysis as analysis_module
from loyalty_desktop.engine.customers import (activity_days, customer_table, effective_as_of,
                                              prepare_orders, suggest_window)
from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.metric_sections import (ORDERS_CACHE, measured_annual_retention,
                                                    metric_sections, period_sections,
                                                    text_section, value_sections)
from loyalty_desktop.engine.retention import retention_flow

N_ORDERS = 1_000_000
N_CUSTOMERS = 100_000
REPEATS = 3


def synthetic_transactions(n_orders: int = N_ORDERS, n_customers: int = N_CUSTOMERS,
                           seed: int = 5) -> pd.DataFrame:
    """Orders over three years: each customer has a start day and a lifetime, orders fall
    uniformly inside it (times of day included); about 5 % of orders are refunds."""
    rng = np.random.default_rng(seed)
    customer = rng.integers(0, n_customers, n_orders)
    start = rng.integers(0, 3 * 365, n_customers)
    life = rng.exponential(300, n_customers).astype(np.int64)
    offset = (rng.random(n_orders) * (life[customer] + 1)).astype(np.int64)
    day = np.minimum(start[customer] + offset, 3 * 365 - 1)
    seconds = rng.integers(8 * 3600, 20 * 3600, n_orders)
    date = (np.datetime64("2022-01-01", "s") + day * 86400 + seconds).astype("datetime64[ns]")
    amount = np.round(rng.gamma(2.0, 25.0, n_orders), 2)
    amount[rng.random(n_orders) < 0.05] *= -1
    ids = np.char.add("C", np.char.zfill(customer.astype(str), 6))
    return pd.DataFrame({"customer_id": pd.array(ids, dtype="string"),
                         "date": date, "amount": amount})


def baseline(transactions: pd.DataFrame) -> None:
    """The yardstick: one plain per-customer aggregation."""
    transactions.groupby("customer_id").agg(first=("date", "min"), last=("date", "max"),
                                            orders=("amount", "size"), revenue=("amount", "sum"))


def full_pass(dataset: Dataset, defs: Definitions) -> Any:
    """``analysis.analyse``, plus issue 5's sections when the analysis does not add them yet."""
    result = analysis_module.analyse(dataset, defs)
    if "cohorts" not in result.sections:
        sections, summary = metric_sections(
            defs=defs, as_of=result.as_of, window_days=result.window_days,
            window_reason=result.window.reason, orders=result.orders, activity=result.activity,
            customers=result.customers, flow=result.retention)
        result.sections.update(sections)
        result.summary.update(summary)
    return result


def issue5_pass(transactions: pd.DataFrame, defs: Definitions) -> None:
    """Only the issue 5 metrics, called directly (stable while analyse grows other sections)."""
    as_of = effective_as_of(transactions, defs)
    orders = prepare_orders(transactions, as_of, defs)
    window = suggest_window(orders)
    customers = customer_table(transactions, None, defs, as_of=as_of, window_days=window.days,
                               orders=orders)
    activity = activity_days(orders)
    flow = retention_flow(activity, as_of=as_of, window_days=window.days, period=defs.period)
    metric_sections(defs=defs, as_of=as_of, window_days=window.days, window_reason=window.reason,
                    orders=orders, activity=activity, customers=customers, flow=flow)


def _median_time(work: Callable[[], Any], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _row(name: str, value: float, base: float, goal: float) -> dict[str, Any]:
    return {"name": name, "value": round(value, 4), "unit": "s", "baseline": round(base, 4),
            "ratio": round(value / base, 2), "goal": goal, "met": bool(value < goal)}


def run() -> list[dict[str, Any]]:
    """Bench rows ``{"name","value","unit","baseline","ratio","goal","met"}``."""
    transactions = synthetic_transactions()
    dataset = Dataset(transactions=transactions)
    defs = Definitions(retention_spend={"2024-01": 5000.0, "2024-06": 8000.0})
    base = _median_time(lambda: baseline(transactions))
    full = _median_time(lambda: full_pass(dataset, defs))
    issue5 = _median_time(lambda: issue5_pass(transactions, defs))
    cached = full_pass(dataset, defs)
    quarter = defs.replace(period="quarter")

    def period_change() -> None:
        flow = retention_flow(cached.activity, as_of=cached.as_of, window_days=cached.window_days,
                              period=quarter.period)
        period_sections(quarter, as_of=cached.as_of, activity=cached.activity,
                        prepared=cached.sections[ORDERS_CACHE])
        # the year-on-year figure depends on the window, not the period: reuse it
        retention = cached.summary.get("annual_retention")
        if cached.summary.get("annual_retention_method") != "year_on_year":
            retention, _ = measured_annual_retention(quarter, as_of=cached.as_of,
                                                     window_days=cached.window_days,
                                                     activity=cached.activity, flow=flow)
        value, _ = value_sections(quarter, cached.customers, retention)
        text_section(quarter, as_of=cached.as_of, window_days=cached.window_days,
                     window_reason=cached.window.reason, lost=value["lost_value"])

    value_defs = defs.replace(margin=0.4, discount_rate=0.05)
    period = _median_time(period_change)
    retention = cached.summary.get("annual_retention")
    value = _median_time(lambda: value_sections(value_defs, cached.customers, retention))
    return [
        _row("engine_full_pass_1M_orders_100k_customers", full, base, 1.0),
        _row("engine_issue5_metrics_pass_1M_orders", issue5, base, 1.0),
        _row("engine_recompute_period_change", period, base, 0.2),
        _row("engine_recompute_value_change", value, base, 0.2),
    ]


if __name__ == "__main__":
    for bench_row in run():
        print(json.dumps(bench_row))
