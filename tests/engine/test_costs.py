"""Net retention cost = spend − revenue from retained customers, and the return ratio."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from loyalty_desktop.engine.costs import customer_orders, net_retention_cost, retained_revenue
from loyalty_desktop.engine.customers import activity_days, prepare_orders
from loyalty_desktop.engine.definitions import Definitions

AS_OF = pd.Timestamp("2024-03-31")


def _orders(rows, defs=Definitions()):
    tx = pd.DataFrame({"customer_id": pd.Series([r[0] for r in rows], dtype="string"),
                       "date": pd.to_datetime([r[1] for r in rows]),
                       "amount": [float(r[2]) for r in rows]})
    orders = prepare_orders(tx, AS_OF, defs)
    return orders, activity_days(orders)


def _monthly(orders, activity):
    return retained_revenue(customer_orders(orders, activity, as_of=AS_OF, window_days=30), "month")


@pytest.fixture
def revenue() -> pd.DataFrame:
    # W = 30 days, monthly periods, as_of 2024-03-31.
    # a buys 01-10, 02-05, 03-01 (gaps 26, 25 ≤ 30) → active 01-10 … 03-31; refunds 5 on 03-15
    # b buys 01-20 → active 01-20 … 02-19; buys again 03-25 → active 03-25 … 04-24
    # r only refunds (not a customer)
    # Jan: nobody active on 12-31 → retained revenue 0
    # Feb: S (01-31) = {a, b}, E (02-29) = {a} → R = {a}: a's Feb revenue 50
    # Mar: S (02-29) = {a}, E (03-31) = {a, b} → R = {a}: a's Mar revenue 20 − 5 = 15
    orders, activity = _orders([("a", "2024-01-10", 100), ("a", "2024-02-05", 50),
                                ("a", "2024-03-01", 20), ("a", "2024-03-15", -5),
                                ("b", "2024-01-20", 200), ("b", "2024-03-25", 80),
                                ("r", "2024-02-10", -30)])
    return _monthly(orders, activity)


def test_retained_revenue_counts_only_customers_active_at_both_ends(revenue):
    assert revenue["period"].tolist() == ["2024-01", "2024-02", "2024-03"]
    assert revenue["retained_revenue"].tolist() == pytest.approx([0.0, 50.0, 15.0])


def test_net_cost_and_return_ratio_per_period(revenue):
    cost = net_retention_cost({"2024-03": 30.0, "2024-02": 10.0, "2024-01": 0.0,
                               "2023-12": 5.0}, revenue)
    table = cost.table.set_index("period")
    # periods in calendar order, the unknown one last
    assert list(table.index) == ["2024-01", "2024-02", "2024-03", "2023-12"]
    # Feb: 10 − 50 = −40 (kept customers brought more than was spent), ratio 50 / 10 = 5
    assert table.loc["2024-02", "net_cost"] == pytest.approx(-40.0)
    assert table.loc["2024-02", "return_ratio"] == pytest.approx(5.0)
    # Mar: 30 − 15 = 15, ratio 0.5
    assert table.loc["2024-03", "net_cost"] == pytest.approx(15.0)
    assert table.loc["2024-03", "return_ratio"] == pytest.approx(0.5)
    # Jan: no spend → no ratio, with the reason
    assert pd.isna(table.loc["2024-01", "return_ratio"])
    assert table.loc["2024-01", "note"] == "no spend entered for this period, so there is no ratio"
    # Dec 2023 is before the data: no revenue number at all, not 0
    assert pd.isna(table.loc["2023-12", "retained_revenue"])
    assert table.loc["2023-12", "note"] == "no sales data for this period"
    # totals over periods with data: spend 0 + 10 + 30 = 40, kept 0 + 50 + 15 = 65
    assert cost.total_spend == 40.0 and cost.total_retained_revenue == pytest.approx(65.0)
    assert cost.total_net_cost == pytest.approx(-25.0)
    assert cost.total_return_ratio == pytest.approx(65 / 40)


def test_quarters_reuse_the_prepared_orders(revenue):
    # same data, one quarter 2024-Q1: S (2023-12-31) is empty → nobody retained → 0
    orders, activity = _orders([("a", "2024-01-10", 100), ("a", "2024-02-05", 50)])
    prepared = customer_orders(orders, activity, as_of=AS_OF, window_days=30)
    assert retained_revenue(prepared, "quarter")["retained_revenue"].tolist() == [0.0]
    # monthly: Feb S = {a} (active 01-10 … 03-06), E (02-29) = {a} → 50
    assert retained_revenue(prepared, "month")["retained_revenue"].tolist() == [0.0, 50.0, 0.0]


def test_to_json_has_no_nan(revenue):
    doc = net_retention_cost({"2023-12": 5.0, "2024-02": 10.0}, revenue).to_json()
    text = json.dumps(doc, allow_nan=False)
    assert json.loads(text)["rows"][1]["retained_revenue"] is None


def test_no_spend_entered_explains_what_to_do(revenue):
    cost = net_retention_cost({}, revenue)
    assert cost.table.empty
    assert cost.note == "enter your retention spend per period to see what keeping customers costs"
    assert cost.total_return_ratio is None


def test_refunds_as_activity_keeps_a_refunding_customer_retained():
    # c buys 01-10 and only refunds on 02-20; W = 30, month Feb: S (01-31) = {c};
    # default: c's last activity 01-10 → lapsed on 02-10, not in E (02-29) → Feb revenue 0.
    # With refunds as activity c is active until 03-21 → retained, Feb revenue −10.
    rows = [("c", "2024-01-10", 100), ("c", "2024-02-20", -10)]
    orders, activity = _orders(rows)
    default = _monthly(orders, activity)
    assert default["retained_revenue"].tolist() == pytest.approx([0.0, 0.0, 0.0])
    defs = Definitions(refunds_are_activity=True)
    orders, activity = _orders(rows, defs)
    switched = _monthly(orders, activity)
    assert switched["retained_revenue"].tolist() == pytest.approx([0.0, -10.0, 0.0])


def test_no_activity_gives_empty_table():
    orders, activity = _orders([("r", "2024-02-10", -30)])
    table = _monthly(orders, activity)
    assert table.empty
    assert net_retention_cost({"2024-02": 10.0}, table).table.loc[0, "note"] == "no sales data for this period"


@pytest.mark.parametrize("name", ["one customer", "one day", "only refunds",
                                  "shorter than the window"])
def test_degenerate_data_give_costs_without_nan(name):
    from tests.engine.customer_frames import DEGENERATE, transactions
    tx = transactions(DEGENERATE[name])
    as_of = tx["date"].max()
    orders = prepare_orders(tx, as_of, Definitions())
    prepared = customer_orders(orders, activity_days(orders), as_of=as_of, window_days=30)
    revenue = retained_revenue(prepared, "month")
    cost = net_retention_cost({"2024-01": 100.0}, revenue)
    json.dumps(cost.to_json(), allow_nan=False)
    assert len(cost.table) == 1
