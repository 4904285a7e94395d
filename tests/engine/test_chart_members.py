"""The customers behind one bar or point of the feedback, value and segment charts
(engine/chart_members.py), checked against the counts the charts draw."""
from __future__ import annotations

import numpy as np
import pandas as pd

from loyalty_desktop.engine.chart_members import (cause_members, frequency_members,
                                                  group_members, level_members,
                                                  lifecycle_members, loyal_members,
                                                  reason_members, retained_members,
                                                  still_customers_after, wave_members)
from loyalty_desktop.engine.clv.holdout import frequency_labels
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.loyal_history import loyal_share_over_time
from loyalty_desktop.engine.representativeness import compare_respondents
from loyalty_desktop.engine.rules import Rule
from loyalty_desktop.engine.text import match_keyword_groups, theme_trend, tokenise_comments
from loyalty_desktop.engine.lifespan import lifecycle_distribution
from loyalty_desktop.engine.nps import nps_report
from loyalty_desktop.engine.satisfaction import satisfaction_report
from loyalty_desktop.engine.segment_retention import retention_membership, segment_retention
from loyalty_desktop.engine.text import exit_reasons


def answers() -> pd.DataFrame:
    # a: two scored answers in 2024-H1; b: one in H1 and no score in H2; c: H2; answer 5 has
    # no customer (unmatched) and is counted by the NPS but names nobody
    return pd.DataFrame({
        "customer_id": pd.array(["a", "a", "b", "b", None, "c"], dtype="string"),
        "date": pd.to_datetime(["2024-01-10", "2024-02-01", "2024-03-01", "2024-08-01",
                                "2024-09-01", "2024-10-01"]),
        "score": pd.array([10, 9, 3, None, 8, 6], dtype="Int64"),
        "satisfaction": pd.array([5, 5, 2, 4, None, 5], dtype="Int64"),
        "reason": pd.array([None, None, "Too  expensive", "too expensive", "Moved", "Moved "],
                           dtype="string")})


def test_a_wave_names_its_customers_with_a_score():
    report = nps_report(answers())
    assert [w.label for w in report.waves] == ["2024-H1", "2024-H2"]
    assert wave_members(answers(), report.wave_definition, "2024-H1") == ["a", "b"]
    # b answered in H2 without a score: not part of that wave's NPS
    assert wave_members(answers(), report.wave_definition, "2024-H2") == ["c"]
    assert wave_members(answers(), report.wave_definition, "2019-H1") == []


def test_a_satisfaction_bar_names_the_answers_it_counts():
    tx = pd.DataFrame({"customer_id": ["a", "b", "c"], "amount": [10.0, 10.0, 10.0],
                       "date": pd.to_datetime(["2024-02-15", "2024-03-20", "2024-12-31"])})
    # as_of 2024-12-31, window 90 days: answers up to 2024-10-02 have their whole window
    report = satisfaction_report(answers(), tx, 90, pd.Timestamp("2024-12-31"))
    levels = report.levels.set_index("level")
    five = level_members(answers(), report.flags, basis="satisfaction", level=5)
    assert five == ["a", "c"]                       # a twice (one customer), c on 10-01
    assert int(levels.loc[5, "n"]) == 3             # the bar counts a's two answers and c's
    assert level_members(answers(), report.flags, basis="satisfaction", level=2) == ["b"]
    assert level_members(answers(), report.flags, basis="nps", level="detractor") == ["b", "c"]
    assert level_members(answers(), None, basis="nps", level="detractor") == []


def test_an_exit_reason_is_matched_ignoring_case_and_spacing():
    table = exit_reasons(answers()["reason"].dropna())
    assert table["count"].tolist() == [2, 2]       # the chart's two bars
    assert reason_members(answers(), "Too  expensive") == ["b"]
    assert reason_members(answers(), "too expensive") == ["b"]
    assert reason_members(answers(), "Moved") == ["c"]     # the unmatched answer names nobody
    assert reason_members(answers(), "Price") == []


def test_survival_step_counts_who_lasted_longer_than_its_start():
    customers = pd.DataFrame({"lifespan_days": [0.0, 30.0, 30.0, 95.0, 400.0]},
                             index=pd.Index(["e", "a", "b", "c", "d"], name="customer_id"))
    assert still_customers_after(customers, 0.0) == ["a", "b", "c", "d", "e"]
    assert still_customers_after(customers, 30.0) == ["c", "d"]
    assert still_customers_after(customers, 95.0) == ["d"]
    assert still_customers_after(customers.iloc[:0], 10.0) == []


def test_a_group_point_names_its_retained_customers_and_matches_the_count():
    # W = 30 days. x: Jan 5, Feb 1 (active through March 2); y: Jan 10 only (churns Feb 9);
    # z: Jan 20, Feb 20.  February: S (active Jan 31) = x, y, z; E (Feb 29) = x, z → R = x, z
    activity = pd.DataFrame({"customer_id": ["x", "x", "y", "z", "z"],
                             "day": pd.to_datetime(["2024-01-05", "2024-02-01", "2024-01-10",
                                                    "2024-01-20", "2024-02-20"])})
    index = pd.Index(["x", "y", "z"], name="customer_id")
    membership = retention_membership(activity, index, as_of=pd.Timestamp("2024-03-31"),
                                      window_days=30, period="month")
    group = np.array([True, True, False])          # x and y
    assert retained_members(membership, index, group, "2024-02") == ["x"]
    assert retained_members(membership, index, np.ones(3, bool), "2024-02") == ["x", "z"]
    assert retained_members(membership, index, group, "2023-12") == []
    masks = pd.DataFrame({"g": group}, index=index)
    table = segment_retention(membership, masks)
    for row in table.itertuples(index=False):
        assert len(retained_members(membership, index, group, row.period)) == row.retained


def test_a_lifecycle_bar_names_the_churned_customers_of_its_month():
    first = pd.Timestamp("2024-01-01")
    # churn dates 10 days, ~1.5 months and ~2.5 months after the first purchase; d is active
    customers = pd.DataFrame({
        "first_purchase": [first] * 4, "status": ["churned", "churned", "churned", "active"],
        "churn_date": [first + pd.Timedelta(days=d) for d in (10, 46, 76)] + [pd.NaT]},
        index=pd.Index(["a", "b", "c", "d"], name="customer_id"))
    assert lifecycle_members(customers, 0) == ["a"]
    assert lifecycle_members(customers, 1) == ["b"]
    assert lifecycle_members(customers, 2) == ["c"]
    table = lifecycle_distribution(customers)
    for month, count in zip(table["months"], table["customers"]):
        assert len(lifecycle_members(customers, month)) == count


def test_a_representativeness_group_names_its_customers_and_its_respondents():
    groups = pd.Series(["low", "low", "high", "high", None],
                       index=pd.Index(["a", "b", "c", "d", "e"], name="customer_id"))
    result = compare_respondents(groups, ["b", "c", "d", "zz"], "spend")
    table = result.table.set_index("group")
    assert group_members(result.members, "low", answered_only=False) == ["a", "b"]
    assert group_members(result.members, "low", answered_only=True) == ["b"]
    assert group_members(result.members, "high", answered_only=True) == ["c", "d"]
    assert group_members(result.members, "(none)", answered_only=False) == ["e"]
    assert group_members(None, "low", answered_only=False) == []
    for group, row in table.iterrows():       # the bars' counts
        assert len(group_members(result.members, group, answered_only=False)) == row.customers
        assert len(group_members(result.members, group, answered_only=True)) == row.respondents
    assert "members" not in result.to_json()


def test_a_month_of_the_loyal_history_names_who_was_loyal_at_its_end():
    # x: Jan 10, Feb 5; y: Jan 15; z: Jan 20, Mar 1. Two purchases by the month's end = loyal:
    # Jan nobody, Feb x, Mar x and z
    tx = pd.DataFrame({"customer_id": pd.array(["x", "x", "y", "z", "z"], dtype="string"),
                       "date": pd.to_datetime(["2024-01-10", "2024-02-05", "2024-01-15",
                                               "2024-01-20", "2024-03-01"]),
                       "amount": [10.0] * 5})
    repeat = Rule.from_json({"name": "Repeat", "conditions": [
        {"field": "purchases", "op": ">=", "value": 2}]})
    history = loyal_share_over_time(tx, None, Definitions(churn_window_days=30), repeat,
                                    as_of=pd.Timestamp("2024-03-31"), window_days=30)
    assert [loyal_members(history, p) for p in ("2024-01", "2024-02", "2024-03")] == [
        [], ["x"], ["x", "z"]]
    assert loyal_members(history, "2023-12") == []
    for row in history.itertuples(index=False):
        assert len(loyal_members(history, row.period)) == row.loyal


def test_a_comment_cause_names_the_customers_who_wrote_it_and_counts_the_unmatched():
    responses = pd.DataFrame({
        "customer_id": pd.array(["a", "b", None, "a", "c"], dtype="string"),
        "comment": ["The price is too high", "Friendly staff", "Prices went up again",
                    "Too expensive now, price up", "Nice staff and fair price"]},
        index=[10, 11, 12, 13, 14])
    waves = pd.Series(["W1", "W1", "W1", "W2", "W2"], index=responses.index)
    groups = {"Price": {"en": ["price", "expensive"]}, "Staff": {"en": ["staff"]}}
    matches = match_keyword_groups(tokenise_comments(responses["comment"]), groups)
    assert matches["Price"].tolist() == [True, False, True, True, True]
    assert cause_members(responses, matches, ["Price"]) == (["a", "c"], 1)
    assert cause_members(responses, matches, ["Price"], waves=waves, wave="W1") == (["a"], 1)
    assert cause_members(responses, matches, ["Price"], waves=waves, wave="W2") == (["a", "c"], 0)
    assert cause_members(responses, matches, ["Price", "Staff"], waves=waves, wave="W1") == (
        ["a", "b"], 1)
    assert cause_members(responses, matches, ["Unknown"]) == ([], 0)
    trend = theme_trend(matches, waves).set_index(["wave", "group"])
    assert trend.loc[("W1", "Price"), "comments"] == 2   # a's and the unmatched answer


def test_a_holdout_group_names_the_customers_with_that_many_repeat_purchases():
    summary = pd.DataFrame({"x": [0, 2, 9, 7, 2]},
                           index=pd.Index(["a", "b", "c", "d", "e"], name="customer_id"))
    groups = frequency_labels(summary)
    assert frequency_members(groups, "2") == ["b", "e"]
    assert frequency_members(groups, "7+") == ["c", "d"]
    assert frequency_members(groups, "5") == []
    assert frequency_members(None, "0") == []
