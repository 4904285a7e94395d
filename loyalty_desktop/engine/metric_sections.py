"""Issue 5's metrics as analysis sections, from the tables one engine pass already built.

``analysis.analyse`` builds the orders, activity days, per-customer table and retention
flow once; :func:`metric_sections` reads them (never the raw transactions again) and
returns the sections for the SPEC §5 JSON plus the extra ``summary`` fields. It exists so
that the shared ``analysis.py`` needs one call, and so that a change of margin or period
can recompute only what depends on it (:func:`value_sections`, :func:`period_sections`).
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from .cohorts import cohort_matrix
from .costs import CustomerOrders, customer_orders, net_retention_cost, retained_revenue
from .definitions import Definitions
from .describe import ChartSentences, describe_all
from .lifespan import lifecycle, lifespan
from .value import (LostValue, annual_retention, annual_retention_from_activity, historic_value,
                    lost_value, purchase_frequency, returns_summary)

#: Section key of the period-independent cache used by :func:`period_sections` (no JSON).
ORDERS_CACHE = "_customer_orders"


def metric_sections(*, defs: Definitions, as_of: pd.Timestamp | None, window_days: int,
                    window_reason: str, orders: pd.DataFrame, activity: pd.DataFrame,
                    customers: pd.DataFrame,
                    flow: pd.DataFrame) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(sections, summary_fields)`` for one definition set.

    Sections: cohorts, lifespan, lifecycle, returns, lost_value, retention_cost,
    definitions_text (each with ``to_json``) and the ``ORDERS_CACHE`` entry (no JSON).
    Summary fields: purchase_frequency_per_year (+ _note), km_median_lifetime_days
    (+ lifespan_note), annual_retention (+ annual_retention_method), historic_value.
    """
    prepared = (customer_orders(orders, activity, as_of=as_of, window_days=window_days)
                if as_of is not None else None)
    sections: dict[str, Any] = {ORDERS_CACHE: prepared}
    sections.update(period_sections(defs, as_of=as_of, activity=activity, prepared=prepared))
    retention, method = measured_annual_retention(defs, as_of=as_of, window_days=window_days,
                                                  activity=activity, flow=flow)
    value, summary = value_sections(defs, customers, retention)
    summary["annual_retention_method"] = method
    sections.update(value)
    sections["definitions_text"] = text_section(defs, as_of=as_of, window_days=window_days,
                                                window_reason=window_reason,
                                                lost=value["lost_value"])
    span = lifespan(customers)
    sections["lifespan"] = span
    sections["lifecycle"] = lifecycle(customers)
    summary.update({"km_median_lifetime_days": span.km_median_lifetime_days,
                    "lifespan_note": span.note})
    return sections, summary


def period_sections(defs: Definitions, *, as_of: pd.Timestamp | None, activity: pd.DataFrame,
                    prepared: CustomerOrders | None) -> dict[str, Any]:
    """What a change of reporting period (or of the spend entered) recomputes."""
    revenue = retained_revenue(prepared, defs.period)
    return {
        # the activity days stand in for the transactions: they are all cohorts need
        "cohorts": cohort_matrix(activity, defs, as_of=as_of, activity=activity),
        "retention_cost": net_retention_cost(dict(defs.retention_spend), revenue),
    }


def text_section(defs: Definitions, *, as_of: pd.Timestamp | None, window_days: int,
                 window_reason: str, lost: LostValue) -> ChartSentences:
    """The "definitions used" sentence of every chart (recomputed after any change)."""
    return ChartSentences(describe_all(defs, window_days=window_days, window_reason=window_reason,
                                       as_of=as_of, start=lost.start, end=lost.end))


def measured_annual_retention(defs: Definitions, *, as_of: pd.Timestamp | None,
                              window_days: int, activity: pd.DataFrame,
                              flow: pd.DataFrame) -> tuple[float | None, str]:
    """Annual retention for the expected lifetime and the simple CLV, and how it was measured.

    "year_on_year": customers active on a day who are active 365 days later (needs a year of
    data); else "flow": the strict per-period rate compounded to a year; else "none".
    """
    if as_of is not None:
        direct = annual_retention_from_activity(activity, as_of=as_of, window_days=window_days)
        if direct is not None:
            return direct, "year_on_year"
    compounded = annual_retention(flow, defs.period, window_days=window_days)
    return compounded, ("flow" if compounded is not None else "none")


def value_sections(defs: Definitions, customers: pd.DataFrame,
                   retention: float | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """What a change of margin, discount rate or expected lifetime recomputes;
    ``retention`` is :func:`measured_annual_retention`'s figure."""
    frequency, frequency_note = purchase_frequency(customers)
    sections = {"returns": returns_summary(customers),
                "lost_value": lost_value(customers, defs, annual_retention=retention)}
    summary = {"purchase_frequency_per_year": frequency,
               "purchase_frequency_note": frequency_note,
               "annual_retention": retention,
               "historic_value": float(historic_value(customers, defs.margin).sum())}
    return sections, summary
