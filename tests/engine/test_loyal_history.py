"""Loyal share over time: the criteria re-evaluated on the customer table as it stood at
each period end, and the loyal customers' share of each period's revenue."""
from __future__ import annotations

import pandas as pd
import pytest

from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.loyal_history import loyal_share_over_time
from loyalty_desktop.engine.progress import Cancelled
from loyalty_desktop.engine.rules import Rule

REPEAT_BUYERS = Rule.from_json({"name": "Repeat", "conditions": [
    {"field": "purchases", "op": ">=", "value": 2}]})


def _transactions():
    # x: 01-10, 02-05, 03-01 (100 each); y: 01-15 (50); z: 01-20, 02-25 (75 each)
    frame = pd.DataFrame([("x", "2024-01-10", 100.0), ("x", "2024-02-05", 100.0),
                          ("x", "2024-03-01", 100.0), ("y", "2024-01-15", 50.0),
                          ("z", "2024-01-20", 75.0), ("z", "2024-02-25", 75.0)],
                         columns=["customer_id", "date", "amount"])
    frame["customer_id"] = frame["customer_id"].astype("string")
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def test_loyal_share_and_revenue_share_per_month():
    history = loyal_share_over_time(_transactions(), None, Definitions(churn_window_days=30),
                                    REPEAT_BUYERS, as_of=pd.Timestamp("2024-03-31"),
                                    window_days=30)
    # Jan end: x, y, z have 1 purchase each → nobody loyal; all bought ≤ 30 days ago → 3 active.
    #   Revenue Jan = 100 + 50 + 75 = 225, none of it loyal.
    # Feb end: x 2, y 1, z 2 purchases → loyal {x, z}: 2/3. Active: x (24 d), z (4 d); y 45 d → churned.
    #   Revenue Feb = 100 (x) + 75 (z) = 175, all loyal.
    # Mar end: loyal {x, z}; active only x (30 d); z 35 d churned → (loyal ∧ active)/active = 1/1.
    #   Revenue Mar = 100 (x), loyal.
    assert history["period"].tolist() == ["2024-01", "2024-02", "2024-03"]
    assert history["customers"].tolist() == [3, 3, 3]
    assert history["active"].tolist() == [3, 2, 1]
    assert history["loyal"].tolist() == [0, 2, 2]
    assert history["share"].tolist() == pytest.approx([0.0, 2 / 3, 2 / 3])
    assert history["share_of_active"].tolist() == pytest.approx([0.0, 1.0, 1.0])
    assert history["revenue"].tolist() == [225.0, 175.0, 100.0]
    assert history["revenue_share"].tolist() == pytest.approx([0.0, 1.0, 1.0])


def test_survey_columns_are_carried_from_todays_table():
    promoters = Rule.from_json({"name": "Promoters", "conditions": [
        {"field": "nps_score", "op": ">=", "value": 9}]})
    current = pd.DataFrame({"nps_score": pd.array([10, 3], dtype="Int64")},
                           index=pd.Index(["x", "y"], name="customer_id"))
    history = loyal_share_over_time(_transactions(), None, Definitions(churn_window_days=30),
                                    promoters, as_of=pd.Timestamp("2024-03-31"),
                                    window_days=30, current=current, max_periods=2)
    # only x answered 9–10; z never answered → missing → not a promoter
    assert history["period"].tolist() == ["2024-02", "2024-03"]
    assert history["loyal"].tolist() == [1, 1]


def test_progress_reports_each_period_and_can_cancel():
    seen = []

    def progress(fraction, message):
        seen.append(message)
        if "2024-02" in message:
            raise Cancelled()

    with pytest.raises(Cancelled):
        loyal_share_over_time(_transactions(), None, Definitions(churn_window_days=30),
                              REPEAT_BUYERS, as_of=pd.Timestamp("2024-03-31"), window_days=30,
                              progress=progress)
    assert seen == ["Loyal customers in 2024-01", "Loyal customers in 2024-02"]


def test_no_orders_gives_an_empty_table():
    empty = _transactions().iloc[0:0]
    history = loyal_share_over_time(empty, None, Definitions(churn_window_days=30),
                                    REPEAT_BUYERS, as_of=pd.Timestamp("2024-03-31"),
                                    window_days=30)
    assert history.empty and "revenue_share" in history.columns


def test_rule_on_typical_gap_uses_the_full_customer_table():
    # typical gap: x 26 and 25 days → median 25.5; z 36 days; y none (one purchase)
    steady = Rule.from_json({"name": "Steady", "conditions": [
        {"field": "typical_gap_days", "op": "<=", "value": 30}]})
    history = loyal_share_over_time(_transactions(), None, Definitions(churn_window_days=30),
                                    steady, as_of=pd.Timestamp("2024-03-31"), window_days=30)
    # Jan: nobody has two purchases; Feb: x gap 26 ✓, z gap 36 ✗; Mar: x median 25.5 ✓
    assert history["loyal"].tolist() == [0, 1, 1]
