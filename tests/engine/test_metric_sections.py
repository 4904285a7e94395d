"""Issue 5's sections computed from one engine pass's tables, as the analysis will call them."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from loyalty_desktop.engine.customers import activity_days, customer_table, prepare_orders
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.metric_sections import ORDERS_CACHE, metric_sections
from loyalty_desktop.engine.retention import retention_flow
from tests.engine.customer_frames import DEGENERATE, transactions


def _sections(rows, defs):
    tx = transactions(rows)
    as_of = tx["date"].max().normalize() if len(tx) else None
    orders = prepare_orders(tx, as_of, defs) if as_of is not None else tx.iloc[0:0]
    activity = activity_days(orders) if as_of is not None else pd.DataFrame(
        {"customer_id": pd.Series([], dtype="string"), "day": pd.Series([], dtype="datetime64[ns]")})
    window = defs.churn_window_days
    customers = customer_table(tx, None, defs, as_of=as_of, window_days=window)
    flow = (retention_flow(activity, as_of=as_of, window_days=window, period=defs.period)
            if as_of is not None else pd.DataFrame())
    return metric_sections(defs=defs, as_of=as_of, window_days=window, window_reason="chosen by you",
                           orders=orders, activity=activity, customers=customers, flow=flow)


def test_small_shop_sections_carry_the_hand_computed_numbers():
    # a: 2024-01-05 100, 2024-02-10 50; b: 2024-01-20 80; c: 2024-03-01 40, refund −10 on 03-02
    # W = 30, as_of 2024-03-02. Cohort 2024-01 = {a, b}: Feb a → 1/2, Mar nobody → 0.
    # b churned 02-19 (revenue 80, lost-value range covers it): annual revenue = 80 (≥ 1 year floor)
    # expected lifetime 2 years, no discount, margin 50 % → lost LTV 80 × 0.5 × 2 = 80
    rows = [("a", "2024-01-05", 100), ("a", "2024-02-10", 50), ("b", "2024-01-20", 80),
            ("c", "2024-03-01", 40), ("c", "2024-03-02", -10)]
    defs = Definitions(churn_window_days=30, margin=0.5, discount_rate=0.0,
                       expected_lifetime_years=2, retention_spend={"2024-02": 20.0})
    sections, summary = _sections(rows, defs)
    doc = {k: v.to_json() for k, v in sections.items() if hasattr(v, "to_json")}
    json.dumps(doc, allow_nan=False)
    assert doc["cohorts"]["rows"][0] == {"cohort": "2024-01", "size": 2, "retention": [1.0, 0.5, 0.0]}
    assert doc["lost_value"]["churned_customers"] == 1
    assert doc["lost_value"]["lost_lifetime_value"] == pytest.approx(80.0)
    # Feb: S (01-31) = {a, b}, E (02-29) = {a} (a active to 03-11) → a's Feb revenue 50
    assert doc["retention_cost"]["rows"][0]["retained_revenue"] == pytest.approx(50.0)
    assert doc["retention_cost"]["rows"][0]["net_cost"] == pytest.approx(-30.0)
    # returns: c's −10 order is 1 of 5 orders
    assert doc["returns"]["return_rate"] == pytest.approx(1 / 5)
    # under a year of data → the flow's strict rate: Feb S = {a, b}, R = {a} → 1/2 a month
    # (Jan has nobody at its start, Mar is still running) → 0.5 ** 12 a year
    assert summary["annual_retention_method"] == "flow"
    assert summary["annual_retention"] == pytest.approx(0.5 ** 12)
    # historic value = (150 + 80 + 30) × 0.5 = 130
    assert summary["historic_value"] == pytest.approx(130.0)
    assert set(doc["definitions_text"]) >= {"retention", "cohorts", "lost_value"}
    # the lost-value sentence names the churn-date range actually used (365 days to as_of)
    assert doc["definitions_text"]["lost_value"].startswith(
        "Customers whose churn date is between 2023-03-04 and 2024-03-02;")
    assert ORDERS_CACHE in sections and ORDERS_CACHE not in doc


@pytest.mark.parametrize("name", list(DEGENERATE))
def test_degenerate_data_give_sections_without_nan(name):
    sections, summary = _sections(DEGENERATE[name], Definitions(churn_window_days=30))
    doc = {k: v.to_json() for k, v in sections.items() if hasattr(v, "to_json")}
    json.dumps({"sections": doc, "summary": summary}, allow_nan=False)
    if summary["purchase_frequency_per_year"] is None:
        assert summary["purchase_frequency_note"]


def test_no_transactions_at_all_give_empty_sections():
    sections, summary = _sections([], Definitions(churn_window_days=30))
    assert sections["cohorts"].is_empty
    assert sections["lost_value"].note == "no customer has made a purchase yet"
    assert summary["km_median_lifetime_days"] is None and summary["lifespan_note"] == "no customers yet"
