"""Historic value, repeat rate, frequency, AOV, returns, annual retention, simple CLV, lost value."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from loyalty_desktop.engine.customers import activity_days, customer_table, prepare_orders
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.value import (annual_net_revenue, annual_retention,
                                          annual_retention_from_activity,
                                          average_order_value, expected_lifetime,
                                          historic_value, lost_value, purchase_frequency,
                                          repeat_purchase_rate, return_rates,
                                          returns_by_segment, returns_summary, simple_clv)
from tests.engine.customer_frames import customer_frame


@pytest.fixture
def four_customers() -> pd.DataFrame:
    # r only refunded (purchases 0); a one purchase; b two; c three (churned)
    return customer_frame({
        "r": {"purchases": 0, "returns": 2, "revenue": -20.0, "returned_amount": 20.0},
        "a": {"purchases": 1, "revenue": 100.0, "purchases_last_365d": 2},
        "b": {"purchases": 2, "revenue": 300.0, "returns": 1, "returned_amount": 100.0,
              "purchases_last_365d": 4},
        "c": {"purchases": 3, "revenue": 600.0, "churn_date": "2024-09-01", "purchases_last_365d": 5},
    }, as_of="2025-01-31")


# ------------------------------------------------------------------ simple metrics
def test_historic_value_is_net_revenue_times_margin(four_customers):
    # 0.3 × (−20, 100, 300, 600) = (−6, 30, 90, 180)
    assert historic_value(four_customers, 0.3).tolist() == pytest.approx([-6, 30, 90, 180])


def test_repeat_purchase_rate_counts_buyers_only(four_customers):
    # buyers a, b, c (r bought nothing) → 3; with ≥ 2 purchases b, c → 2/3
    assert repeat_purchase_rate(four_customers) == pytest.approx(2 / 3)


def test_repeat_purchase_rate_all_one_time_buyers_is_zero_not_nan():
    frame = customer_frame({"a": {}, "b": {}}, as_of="2024-03-01")
    assert repeat_purchase_rate(frame) == 0.0


def test_average_order_value_is_net_revenue_over_purchases(four_customers):
    # (−20 + 100 + 300 + 600) / (0 + 1 + 2 + 3) = 980 / 6
    assert average_order_value(four_customers) == pytest.approx(980 / 6)


def test_only_refunds_gives_none_not_nan():
    frame = customer_frame({"r": {"purchases": 0, "returns": 1, "revenue": -5.0,
                                  "returned_amount": 5.0}}, as_of="2024-03-01")
    assert average_order_value(frame) is None
    assert repeat_purchase_rate(frame) is None


def test_purchase_frequency_per_active_customer_per_year(four_customers):
    # data cover 2024-01-01 … 2025-01-31 (> 1 year); active r, a, b with last-365-day
    # purchases 0, 2, 4 → 6 / 3 = 2.0 a year (churned c's 5 left out)
    frequency, note = purchase_frequency(four_customers)
    assert frequency == pytest.approx(2.0)
    assert note == ""


def test_purchase_frequency_is_scaled_up_when_data_are_shorter_than_a_year():
    # 2024-01-01 … 2024-03-31 = 91 days; 3 purchases by one active customer → 3 × 365 / 91
    frame = customer_frame({"a": {"purchases": 3}}, as_of="2024-03-31")
    frequency, note = purchase_frequency(frame)
    assert frequency == pytest.approx(3 * 365 / 91)          # 12.032967
    assert note == "your data cover 91 days, less than a year, so the yearly figure is scaled up from them"


def test_purchase_frequency_of_one_day_of_data_is_none_with_reason():
    # one day would extrapolate 1 purchase to 365 a year
    frame = customer_frame({"a": {"first_purchase": "2024-03-01"}}, as_of="2024-03-01")
    assert purchase_frequency(frame) == (
        None, "your data span fewer than 30 days, too few to estimate purchases per year")


def test_purchase_frequency_without_active_customers_says_why():
    frame = customer_frame({"a": {"churn_date": "2024-04-01"}}, as_of="2024-12-31")
    assert purchase_frequency(frame) == (None, "no customer is active at the end of the data")


# ------------------------------------------------------------------ returns
def test_return_rates_per_customer_by_count_and_money(four_customers):
    rates = return_rates(four_customers)
    # b: 2 purchases + 1 return = 3 orders → 1/3; gross 300 + 100 = 400, returned 100 → 0.25
    assert rates.loc["b", "orders"] == 3
    assert rates.loc["b", "return_rate"] == pytest.approx(1 / 3)
    assert rates.loc["b", "returned_share"] == pytest.approx(0.25)
    # r: 2 returns of 2 orders → 1.0; gross −20 + 20 = 0 → no share (None, not NaN)
    assert rates.loc["r", "return_rate"] == 1.0
    assert rates.loc["r", "returned_share"] is None
    # a: no returns → 0
    assert rates.loc["a", "return_rate"] == 0.0


def test_returns_summary_pools_all_customers(four_customers):
    # orders: r 0+2, a 1+0, b 2+1, c 3+0 = 9; returns 2 + 1 = 3 → 1/3
    # returned 20 + 100 = 120 of gross (−20 + 100 + 300 + 600) + 120 = 1100 → 0.109091
    summary = returns_summary(four_customers)
    assert (summary.orders, summary.returns, summary.customers_with_returns) == (9, 3, 2)
    assert summary.return_rate == pytest.approx(1 / 3)
    assert summary.returned_share == pytest.approx(120 / 1100)
    empty = returns_summary(four_customers.iloc[0:0])
    assert empty.return_rate is None and empty.returned_share is None


def test_returns_by_segment_pools_orders_and_money(four_customers):
    segment = pd.Series({"a": "Regulars", "b": "Regulars", "c": "Others"})   # r unlabelled
    table = returns_by_segment(four_customers, segment)
    assert list(table.index) == ["Others", "Regulars"]
    # Regulars: orders 1 + 3 = 4, returns 1 → 0.25; gross 100 + 400 = 500, returned 100 → 0.2
    assert table.loc["Regulars", "customers"] == 2
    assert table.loc["Regulars", "customers_with_returns"] == 1
    assert table.loc["Regulars", "return_rate"] == pytest.approx(0.25)
    assert table.loc["Regulars", "returned_share"] == pytest.approx(0.2)
    # Others: c, 3 orders, no returns
    assert table.loc["Others", "return_rate"] == 0.0


# ------------------------------------------------------------------ annual retention & CLV
def _flow(rows: list[tuple[int, int, bool]]) -> pd.DataFrame:
    return pd.DataFrame({"period": [f"p{i}" for i in range(len(rows))],
                         "start_customers": [r[0] for r in rows], "retained": [r[1] for r in rows],
                         "partial": [r[2] for r in rows]})


def test_annual_retention_compounds_the_last_year_of_complete_periods():
    # an old month with 0 % retention falls outside the last 12 complete months; the first
    # month has S = 0 and the running month is partial — both ignored.
    # pooled = 12 × 90 / (12 × 100) = 0.9 → annual 0.9 ** 12 = 0.282430
    flow = _flow([(0, 0, False), (100, 0, False)] + [(100, 90, False)] * 12 + [(50, 0, True)])
    assert annual_retention(flow, "month") == pytest.approx(0.9 ** 12)


def test_annual_retention_pools_unequal_periods():
    # quarters: 30/40 and 50/60 → pooled 80/100 = 0.8 → annual 0.8 ** 4 = 0.4096
    assert annual_retention(_flow([(40, 30, False), (60, 50, False)]), "quarter") == pytest.approx(0.4096)


def test_annual_retention_skips_periods_too_early_for_anyone_to_churn():
    # data start 2024-01-01, W = 60: Jan and Feb begin less than 60 days in → left out.
    # Mar + Apr: (40 + 30) / (50 + 50) = 0.7 → annual 0.7 ** 12
    flow = _flow([(10, 10, False), (30, 30, False), (50, 40, False), (50, 30, False)])
    flow["start"] = pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"])
    assert annual_retention(flow, "month", window_days=60) == pytest.approx(0.7 ** 12)
    # without the window all four count: 110 / 140
    assert annual_retention(flow, "month") == pytest.approx((110 / 140) ** 12)


def test_annual_retention_from_activity_asks_who_is_still_a_customer_a_year_later():
    # W = 30, as_of 2025-01-31; start days 2024-02-01 (365 days before) and 2024-01-02.
    # a: 2024-01-01, 01-25, 2025-01-20 → active 01-01…02-24 and 2025-01-20…02-19
    # b: 2024-01-15 → active 01-15…02-14;  c: 2024-01-01, 12-20 → 01-01…01-31, 12-20…2025-01-19
    # d: 2025-01-30 (new, never in a start set)
    # 2024-02-01: {a, b} → 2025-01-31: a still → 1 of 2
    # 2024-01-02: {a, c} → 2025-01-01: c still (a lapsed) → 1 of 2;  pooled 2 / 4 = 0.5
    tx = pd.DataFrame({"customer_id": pd.Series(list("aaabccd"), dtype="string"),
                       "date": pd.to_datetime(["2024-01-01", "2024-01-25", "2025-01-20",
                                               "2024-01-15", "2024-01-01", "2024-12-20",
                                               "2025-01-30"]),
                       "amount": [10.0] * 7})
    as_of = pd.Timestamp("2025-01-31")
    activity = activity_days(prepare_orders(tx, as_of, Definitions()))
    assert annual_retention_from_activity(activity, as_of=as_of, window_days=30) == 0.5


def test_annual_retention_from_activity_needs_a_year_of_data():
    tx = pd.DataFrame({"customer_id": pd.Series(["a"], dtype="string"),
                       "date": pd.to_datetime(["2024-06-01"]), "amount": [5.0]})
    activity = activity_days(prepare_orders(tx, pd.Timestamp("2024-12-31"), Definitions()))
    assert annual_retention_from_activity(activity, as_of=pd.Timestamp("2024-12-31"),
                                          window_days=30) is None


def test_annual_retention_is_none_without_a_complete_period_with_customers():
    assert annual_retention(_flow([(0, 0, False), (10, 5, True)]), "month") is None
    assert annual_retention(_flow([]), "month") is None


def test_simple_clv_formula():
    # 1000 × 0.5 × 1.1 / (1.1 − 0.6) = 1100
    assert simple_clv(1000.0, 0.5, 0.10, 0.6) == pytest.approx(1100.0)
    # no discount: 1 / (1 − r) years: 1000 × 1 × 1 / 0.5 = 2000
    assert simple_clv(1000.0, 1.0, 0.0, 0.5) == pytest.approx(2000.0)


def test_simple_clv_works_on_a_series():
    values = simple_clv(pd.Series([100.0, 200.0]), 1.0, 0.0, 0.75)   # × 4 years
    assert values.tolist() == pytest.approx([400.0, 800.0])


def test_simple_clv_refuses_endless_lifetime():
    with pytest.raises(ValueError, match="no limit"):
        simple_clv(100.0, 1.0, 0.0, 1.0)


def test_expected_lifetime_from_measured_retention_and_discount():
    # r = 0.75 → 1 / 0.25 = 4 years; discounted at 10 %: 1.1 / (1.1 − 0.75) = 3.142857
    life = expected_lifetime(Definitions(discount_rate=0.10), 0.75)
    assert life.years == pytest.approx(4.0)
    assert life.discounted_years == pytest.approx(1.1 / 0.35)
    assert life.source == "measured"
    assert life.note == "expected lifetime 4.0 years = 1 / (1 − 75 % measured annual retention)"


def test_expected_lifetime_set_by_owner_is_discounted_as_annuity():
    # 3 years at 10 %: 1 + 1/1.1 + 1/1.21 = 2.735537
    life = expected_lifetime(Definitions(discount_rate=0.10, expected_lifetime_years=3), None)
    assert life.discounted_years == pytest.approx(1 + 1 / 1.1 + 1 / 1.21)
    assert life.source == "set"


def test_expected_lifetime_unknown_when_retention_missing_or_perfect():
    assert expected_lifetime(Definitions(), None).discounted_years is None
    perfect = expected_lifetime(Definitions(), 1.0)
    assert perfect.years is None and "unlimited" in perfect.note


# ------------------------------------------------------------------ lost value
def _ten_lost_customers() -> pd.DataFrame:
    # each: first purchase 2020-01-01, churned 2024-01-01 = 1461 days = 4.0 years (365.25 d)
    # with 40,000 kr net revenue → 10,000 kr a year
    rows = {f"c{i}": {"first_purchase": "2020-01-01", "churn_date": "2024-01-01",
                      "purchases": 8, "revenue": 40_000.0} for i in range(10)}
    return customer_frame(rows, as_of="2024-06-30")


def test_seed_ten_lost_customers_lose_a_million_not_a_hundred_thousand():
    # 10 × 10,000 kr/year × 10 years × margin 100 %, no discount = 1,000,000 kr;
    # naive lost revenue this year = 10 × 10,000 = 100,000 kr
    defs = Definitions(margin=1.0, discount_rate=0.0, expected_lifetime_years=10)
    result = lost_value(_ten_lost_customers(), defs)
    assert result.churned_customers == 10
    assert result.lost_lifetime_value == pytest.approx(1_000_000.0)
    assert result.lost_revenue_annual == pytest.approx(100_000.0)
    doc = result.to_json()
    assert doc["expected_lifetime_years"] == 10.0 and doc["margin"] == 1.0
    assert doc["start"] == "2023-07-02" and doc["end"] == "2024-06-30"   # last 365 days
    json.dumps(doc, allow_nan=False)


def test_lost_value_with_measured_retention_margin_and_discount():
    # r = 0.5, d = 0.1 → discounted lifetime 1.1 / 0.6 = 1.833333 years
    # 10 × 10,000 × 0.3 margin × 1.833333 = 55,000
    defs = Definitions(margin=0.3, discount_rate=0.10)
    result = lost_value(_ten_lost_customers(), defs, annual_retention=0.5)
    assert result.lost_lifetime_value == pytest.approx(55_000.0)
    assert result.lifetime.years == pytest.approx(2.0)


def test_lost_value_only_counts_churn_dates_in_range():
    frame = customer_frame({
        "old": {"first_purchase": "2020-01-01", "churn_date": "2021-01-01", "revenue": 500.0},
        "new": {"first_purchase": "2020-01-01", "churn_date": "2024-01-01", "revenue": 400.0},
        "act": {"first_purchase": "2020-01-01", "revenue": 999.0}}, as_of="2024-06-30")
    result = lost_value(frame, Definitions(expected_lifetime_years=2, discount_rate=0.0))
    # only "new": 400 over 1461 days = 4 years → 100 a year; × 2 years = 200
    assert result.churned_customers == 1
    assert result.lost_revenue_annual == pytest.approx(100.0)
    assert result.lost_lifetime_value == pytest.approx(200.0)
    wide = lost_value(frame, Definitions(expected_lifetime_years=2, discount_rate=0.0),
                      start=pd.Timestamp("2020-01-01"))
    # "old": 500 over 366 days → at least a year, 500 / (366 / 365.25) = 498.975
    assert wide.churned_customers == 2
    assert wide.lost_revenue_annual == pytest.approx(100.0 + 500 / (366 / 365.25))


def test_one_time_buyer_is_not_extrapolated_to_a_yearly_rate():
    # bought 100 once; churn date 90 days later → counted as 100 a year, not 100 × 365.25 / 90
    frame = customer_frame({"a": {"first_purchase": "2024-01-01", "churn_date": "2024-03-31",
                                  "revenue": 100.0}}, as_of="2024-06-30")
    assert annual_net_revenue(frame).tolist() == [100.0]


def test_lost_value_without_churn_in_range_says_so():
    frame = customer_frame({"a": {}}, as_of="2024-06-30")
    result = lost_value(frame, Definitions(expected_lifetime_years=3))
    assert result.churned_customers == 0
    assert result.lost_lifetime_value == 0.0
    assert result.note == "no customer churned between 2023-07-02 and 2024-06-30"


def test_lost_value_without_lifetime_is_none_with_reason():
    result = lost_value(_ten_lost_customers(), Definitions(), annual_retention=None)
    assert result.lost_lifetime_value is None
    assert result.lost_revenue_annual == pytest.approx(100_000.0)
    assert "set an expected lifetime" in result.note


def test_lost_value_of_empty_table_is_honest():
    result = lost_value(customer_frame({}, as_of="2024-01-01"), Definitions())
    assert result.churned_customers == 0 and result.lost_lifetime_value is None
    assert result.note == "no customer has made a purchase yet"


def test_metrics_read_the_real_customer_table():
    # a buys 100 on 01-01 and 50 on 01-11, refunds 30 on 01-20; b buys 10 on 01-05
    tx = pd.DataFrame({"customer_id": pd.Series(["a", "a", "a", "b"], dtype="string"),
                       "date": pd.to_datetime(["2024-01-01", "2024-01-11", "2024-01-20", "2024-01-05"]),
                       "amount": [100.0, 50.0, -30.0, 10.0]})
    table = customer_table(tx, None, Definitions(churn_window_days=30))
    # AOV = (100 + 50 − 30 + 10) / 3 purchases = 130 / 3; repeat = 1 of 2 buyers
    assert average_order_value(table) == pytest.approx(130 / 3)
    assert repeat_purchase_rate(table) == 0.5
    # a: 2 purchases + 1 return → 1/3; returned 30 of gross 150 → 0.2
    rates = return_rates(table)
    assert rates.loc["a", "return_rate"] == pytest.approx(1 / 3)
    assert rates.loc["a", "returned_share"] == pytest.approx(0.2)


# ------------------------------------------------------------------ degenerate data (item 6)
from loyalty_desktop.engine.retention import retention_flow  # noqa: E402
from tests.engine.customer_frames import DEGENERATE, transactions  # noqa: E402


@pytest.mark.parametrize("name", list(DEGENERATE))
def test_degenerate_data_give_numbers_or_reasons_never_nan(name):
    tx = transactions(DEGENERATE[name])
    defs = Definitions(churn_window_days=365 if name == "shorter than the window" else 30)
    table = customer_table(tx, None, defs)
    as_of = tx["date"].max()
    activity = activity_days(prepare_orders(tx, as_of, defs))
    flow = retention_flow(activity, as_of=as_of, window_days=defs.churn_window_days, period="month")
    r = annual_retention(flow, "month")
    result = lost_value(table, defs, annual_retention=r)
    frequency, note = purchase_frequency(table) if len(table) else (None, "")
    doc = {"repeat": repeat_purchase_rate(table), "aov": average_order_value(table),
           "frequency": frequency, "lost": result.to_json(),
           "returns": return_rates(table).to_dict("records")}
    json.dumps(doc, allow_nan=False)          # no NaN or inf anywhere
    if frequency is None and len(table):
        assert note                          # an undefined number always comes with a reason
    if result.lost_lifetime_value is None:
        assert result.note


def test_only_refunds_has_no_customers_and_says_so():
    table = customer_table(transactions(DEGENERATE["only refunds"]), None, Definitions())
    assert len(table) == 0
    assert repeat_purchase_rate(table) is None and average_order_value(table) is None
    assert lost_value(table, Definitions()).note == "no customer has made a purchase yet"


def test_data_shorter_than_the_window_lose_nothing():
    # W = 365 days but the data span 2024-01-05 … 2024-02-01: nobody can have churned
    tx = transactions(DEGENERATE["shorter than the window"])
    table = customer_table(tx, None, Definitions(churn_window_days=365))
    result = lost_value(table, Definitions(expected_lifetime_years=3))
    assert result.churned_customers == 0 and result.lost_lifetime_value == 0.0
    # 2 active customers, 2 + 1 purchases over 28 days (< 30) → no yearly frequency
    assert purchase_frequency(table)[0] is None
