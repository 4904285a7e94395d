"""CSAT boxes and repurchase after the answer (SPEC §3 Satisfaction, issue 7 point 3)."""
from __future__ import annotations

import pandas as pd
import pytest

from loyalty_desktop.engine.satisfaction import (csat_summary, repurchase_flags,
                                                 satisfaction_report, wilson)

ANSWER_DAY = pd.Timestamp("2024-01-10")


def _orders(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    return pd.DataFrame({"customer_id": [r[0] for r in rows],
                         "date": pd.to_datetime([r[1] for r in rows]),
                         "amount": [r[2] for r in rows]})


def test_top_box_and_top_two_box_are_separate():
    # 5,5,4,3,1 → top-box 2/5 = 0.4, top-2-box 3/5 = 0.6; an out-of-range 7 is ignored
    csat = csat_summary(pd.Series([5, 5, 4, 3, 1, 7, None], dtype="Int64"))
    assert csat.n == 5 and csat.top_box == pytest.approx(0.4) and csat.top2_box == pytest.approx(0.6)
    assert csat.counts == {1: 1, 2: 0, 3: 1, 4: 1, 5: 2}


def test_wilson_interval_of_6_in_10():
    # centre = (0.6 + 1.92/10)/(1 + 3.84/10) = 0.5722; half = 1.96·√(.024 + .00096)/1.384 = 0.2237
    assert wilson(6, 10) == pytest.approx((0.3127, 0.8318), abs=0.0005)
    assert wilson(0, 0) is None


def test_repurchase_counts_days_1_to_window_after_the_answer_day():
    responses = pd.DataFrame({"customer_id": ["A", "B", "C", "D", None],
                              "date": [ANSWER_DAY + pd.Timedelta(hours=15)] * 5,
                              "satisfaction": pd.array([5, 5, 5, 5, 5], dtype="Int64")})
    orders = _orders([
        ("A", "2024-01-10", 50.0),   # same day as the answer: not "after"
        ("B", "2024-04-09", 20.0),   # day 90: inside a 90-day window
        ("C", "2024-04-10", 20.0),   # day 91: outside
        ("D", "2024-02-01", -20.0),  # a refund is not a purchase
        ("A", "2024-06-30", 5.0),    # far later; sets as_of
    ])
    flags = repurchase_flags(responses, orders, window_days=90)
    assert flags["repurchased"].tolist() == [False, True, False, False]
    assert flags["observable"].all()
    assert len(flags) == 4  # the unmatched answer cannot be followed


def test_answers_without_a_full_window_are_too_recent():
    responses = pd.DataFrame({"customer_id": ["A"], "date": [pd.Timestamp("2024-06-01")],
                              "satisfaction": pd.array([4], dtype="Int64")})
    orders = _orders([("A", "2024-06-05", 10.0), ("A", "2024-06-30", 10.0)])
    report = satisfaction_report(responses, orders, window_days=90)
    row = report.levels.set_index("level").loc[4]
    # 2024-06-01 + 90 days = 2024-08-30 > as_of 2024-06-30: not counted, reported as too recent
    assert (row["n"], row["too_recent"], row["enough_data"]) == (0, 1, False)
    assert row["note"] == "not enough data: 0 answers with a full 90-day window (need 10)"


def test_very_satisfied_come_back_more_often_than_satisfied():
    ids5, ids4 = [f"V{i}" for i in range(10)], [f"S{i}" for i in range(10)]
    responses = pd.DataFrame({"customer_id": ids5 + ids4, "date": [ANSWER_DAY] * 20,
                              "satisfaction": pd.array([5] * 10 + [4] * 10, dtype="Int64"),
                              "score": pd.array([10] * 10 + [8] * 10, dtype="Int64")})
    # 6 of 10 very satisfied and 2 of 10 satisfied buy again 30 days later
    orders = _orders([(c, "2024-02-09", 10.0) for c in ids5[:6] + ids4[:2]]
                     + [("X", "2024-12-31", 1.0)])
    report = satisfaction_report(responses, orders, window_days=90)
    levels = report.levels.set_index("level")
    assert levels.loc[5, "repurchase_rate"] == pytest.approx(0.6)
    assert levels.loc[4, "repurchase_rate"] == pytest.approx(0.2)
    assert pd.isna(levels.loc[1, "repurchase_rate"])
    # Fisher exact on [[6, 4], [2, 8]]: two-sided p = 0.1698; ratio 0.6 / 0.2 = 3.0
    assert report.sentences[0] == (
        "Very satisfied customers bought again within 90 days 3.0 times as often as satisfied customers "
        "(60% of 10 vs 20% of 10); this difference could be chance (p = 0.17).")
    cats = report.nps_categories.set_index("level")
    assert cats.loc["promoter", "repurchase_rate"] == pytest.approx(0.6)
    assert cats.loc["passive", "repurchase_rate"] == pytest.approx(0.2)
    assert report.sentences[1] == "Not enough data yet to compare promoters with detractors."
    doc = report.to_json()
    assert doc["levels"][4]["level"] == 5 and doc["levels"][4]["n"] == 10
    assert doc["levels"][0]["repurchase_rate"] is None  # JSON says null, not NaN
    assert doc["top_box"] == pytest.approx(0.5) and doc["top2_box"] == pytest.approx(1.0)


def test_no_score_columns_gives_no_report():
    assert satisfaction_report(pd.DataFrame({"comment": ["hi"]}), _orders([]), 90) is None
