"""Retention flow (SPEC §3) on hand-computed cases, and its identities on random data."""
from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_desktop.engine.customers import activity_days, prepare_orders
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.retention import retention_flow


def _activity(rows):
    frame = pd.DataFrame(rows, columns=["customer_id", "day"])
    frame["day"] = pd.to_datetime(frame["day"])
    return frame.sort_values(["customer_id", "day"]).reset_index(drop=True)


def test_monthly_flow_matches_hand_computed_case():
    # W = 30 days. Active spans:
    #   a: 01-05…02-04 and 03-01…03-31;  b: 02-10…03-11;  c: 01-20…02-19 and 04-15…05-15
    # Jan: S(12-31)={}       E(01-31)={a,c}  → new 2
    # Feb: S(01-31)={a,c}    E(02-29)={b}    → churned 2, new 1 (b first buys in Feb)
    # Mar: S(02-29)={b}      E(03-31)={a}    → churned 1 (b), reactivated 1 (a)
    # Apr: S(03-31)={a}      E(as_of 04-20)={c} → churned 1 (a), reactivated 1 (c); running period
    act = _activity([("a", "2024-01-05"), ("a", "2024-03-01"), ("b", "2024-02-10"),
                     ("c", "2024-01-20"), ("c", "2024-04-15")])
    flow = retention_flow(act, as_of=pd.Timestamp("2024-04-20"), window_days=30, period="month")
    got = flow[["period", "start_customers", "end_customers", "new", "retained",
                "reactivated", "churned"]].values.tolist()
    assert got == [["2024-01", 0, 2, 2, 0, 0, 0],
                   ["2024-02", 2, 1, 1, 0, 0, 2],
                   ["2024-03", 1, 1, 0, 0, 1, 1],
                   ["2024-04", 1, 1, 0, 0, 1, 1]]
    assert flow["partial"].tolist() == [False, False, False, True]
    # Mar: seed formula (E − N)/S = (1 − 0)/1 = 1.0 counts the reactivated customer as kept,
    # while R/S = 0/1 = 0.0 does not.
    march = flow.iloc[2]
    assert march["retention_rate_seed"] == 1.0
    assert march["retention_rate"] == 0.0 and march["churn_rate"] == 1.0


def test_first_period_has_no_rate_and_says_why():
    act = _activity([("a", "2024-01-05")])
    flow = retention_flow(act, as_of=pd.Timestamp("2024-01-31"), window_days=30, period="month")
    first = flow.iloc[0]
    assert first["start_customers"] == 0
    assert pd.isna(first["retention_rate"])
    assert "nothing to retain" in first["rate_note"]


def test_new_customer_who_lapses_inside_a_long_period_is_counted_as_new_lapsed():
    # Bought 2024-01-10 with W = 30 → active until 02-09; the year's end (12-31) finds them gone.
    act = _activity([("a", "2024-01-10")])
    flow = retention_flow(act, as_of=pd.Timestamp("2024-12-31"), window_days=30, period="year")
    row = flow.iloc[0]
    assert (row["new"], row["end_customers"], row["new_lapsed"]) == (0, 0, 1)


def test_active_exactly_w_days_after_last_purchase_and_churned_the_day_after():
    # Purchase 01-01, W = 30: active on 01-31 (30 days later), churned on 02-01.
    act = _activity([("a", "2024-01-01")])
    jan = retention_flow(act, as_of=pd.Timestamp("2024-01-31"), window_days=30, period="month")
    assert jan.iloc[-1]["end_customers"] == 1
    feb = retention_flow(act, as_of=pd.Timestamp("2024-02-01"), window_days=30, period="month")
    assert feb.iloc[-1]["end_customers"] == 0 and feb.iloc[-1]["churned"] == 1


def test_segment_restriction_counts_only_its_customers():
    act = _activity([("a", "2024-01-05"), ("b", "2024-01-06"), ("b", "2024-02-06")])
    flow = retention_flow(act, as_of=pd.Timestamp("2024-02-29"), window_days=40,
                          period="month", customer_ids=["b"])
    assert flow["end_customers"].tolist() == [1, 1]
    assert flow.iloc[1]["retained"] == 1


def test_refund_only_order_is_not_activity_by_default():
    tx = pd.DataFrame({"customer_id": ["a", "a", "b"],
                       "date": pd.to_datetime(["2024-01-01", "2024-02-15", "2024-02-20"]),
                       "amount": [100.0, -100.0, -5.0]})
    act = activity_days(prepare_orders(tx, pd.Timestamp("2024-02-29"), Definitions()))
    assert act["customer_id"].tolist() == ["a"]
    act_all = activity_days(prepare_orders(tx, pd.Timestamp("2024-02-29"),
                                           Definitions(refunds_are_activity=True)))
    assert sorted(act_all["customer_id"].unique().tolist()) == ["a", "b"]


@st.composite
def _random_activity(draw):
    n = draw(st.integers(min_value=1, max_value=40))
    seed = draw(st.integers(min_value=0, max_value=2**32 - 1))
    rng = np.random.default_rng(seed)
    ids = rng.integers(0, max(1, n // 3) + 1, size=n).astype(str)
    days = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 500, size=n), unit="D")
    frame = pd.DataFrame({"customer_id": ids, "day": days}).drop_duplicates()
    return frame.sort_values(["customer_id", "day"]).reset_index(drop=True)


@settings(max_examples=150, deadline=None)
@given(act=_random_activity(), window=st.integers(min_value=1, max_value=400),
       period=st.sampled_from(["week", "month", "quarter", "half-year", "year"]),
       extra_days=st.integers(min_value=0, max_value=200))
def test_flow_identities_hold_on_random_data(act, window, period, extra_days):
    as_of = act["day"].max() + pd.Timedelta(days=extra_days)
    flow = retention_flow(act, as_of=as_of, window_days=window, period=period)
    assert (flow["end_customers"] == flow["retained"] + flow["new"] + flow["reactivated"]).all()
    assert (flow["start_customers"] == flow["retained"] + flow["churned"]).all()
    # each period's start equals the previous period's end
    assert (flow["start_customers"].iloc[1:].to_numpy() == flow["end_customers"].iloc[:-1].to_numpy()).all()
    # every customer is new in exactly one period, either staying (new) or lapsing (new_lapsed)
    assert int((flow["new"] + flow["new_lapsed"]).sum()) == act["customer_id"].nunique()
