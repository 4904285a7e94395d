"""Segments and loyalty criteria on the customer table: masks, per-segment metrics, retention
per segment (against ``retention_flow``), the comparison in words, and the SPEC §5 JSON."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from loyalty_desktop.engine.customers import activity_days, customer_table, prepare_orders
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.retention import retention_flow
from loyalty_desktop.engine.rule_fields import RFM_SEGMENT_NAMES
from loyalty_desktop.engine.rules import Rule, RuleError, template
from loyalty_desktop.engine.segments import (METRIC_COLUMNS, SegmentEngine, analyse_segments,
                                             rules_from_definitions)

AS_OF = pd.Timestamp("2024-03-31")
FREQUENT = Rule.from_json({"name": "Frequent", "conditions": [
    {"field": "purchases", "op": ">=", "value": 2}]})
ONE_TIMERS = Rule.from_json({"name": "One-timers", "conditions": [
    {"field": "purchases", "op": "==", "value": 1}]})
LOYAL = Rule.from_json({"name": "Loyal", "conditions": [
    {"field": "purchases", "op": ">=", "value": 3}]})


def _transactions(rows):
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["customer_id"] = frame["customer_id"].astype("string")
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


@pytest.fixture()
def three_customers():
    """W = 30 days, months Jan–Mar 2024, as_of 03-31 (March complete).

    x buys 01-10, 02-05, 03-01 (gaps ≤ 30 → one span 01-10…03-31), 100 each → 300
    y buys 01-15 only (span 01-15…02-14), 50
    z buys 01-20 and 02-25 (gap 36 > 30 → spans 01-20…02-19, 02-25…03-26), 75 each → 150
    Feb: S = active 01-31 = {x, y, z}; E = active 02-29 = {x, z} → R = {x, z}
    Mar: S = active 02-29 = {x, z};    E = active 03-31 = {x}    → R = {x}
    """
    tx = _transactions([("x", "2024-01-10", 100), ("x", "2024-02-05", 100), ("x", "2024-03-01", 100),
                        ("y", "2024-01-15", 50), ("z", "2024-01-20", 75), ("z", "2024-02-25", 75)])
    defs = Definitions(churn_window_days=30)
    orders = prepare_orders(tx, AS_OF, defs)
    table = customer_table(tx, None, defs, as_of=AS_OF, window_days=30, orders=orders)
    table["nps_score"] = pd.array([10, 3, None], dtype="Int64")      # x promoter, y detractor
    return table, activity_days(orders)


def _engine(three_customers, **kw):
    table, activity = three_customers
    return SegmentEngine(table, activity, as_of=AS_OF, window_days=30, period="month", **kw)


def test_counts_revenue_and_shares_per_segment(three_customers):
    result = _engine(three_customers).run(LOYAL, [FREQUENT, ONE_TIMERS], include_rfm=False)
    m = result.metrics
    assert list(m.index) == ["all", "loyal", "rest", "segment:Frequent", "segment:One-timers"]
    assert list(m.columns) == list(METRIC_COLUMNS)
    assert m["customers"].tolist() == [3, 1, 2, 2, 1]
    # revenue: x 300, y 50, z 150 → total 500; Frequent {x, z} = 450 → 0.9
    assert m.loc["segment:Frequent", "revenue"] == 450.0
    assert m.loc["segment:Frequent", "revenue_share"] == pytest.approx(0.9)
    assert m.loc["loyal", "share"] == pytest.approx(1 / 3)
    assert m.loc["loyal", "revenue_share"] == pytest.approx(0.6)       # 300 / 500
    # status at 03-31: x active, y churned (02-14), z churned (03-26)
    assert m.loc["all", "active"] == 1 and m.loc["all", "churned"] == 2
    # NPS of answers: all = (1 promoter − 1 detractor)/2 = 0; Frequent = x only → 100
    assert m.loc["all", "nps"] == 0.0 and m.loc["segment:Frequent", "nps"] == 100.0
    assert np.isnan(m.loc["rest", "mean_predicted_clv"])       # no CLV column → no number


def test_pooled_and_last_period_retention_per_segment(three_customers):
    result = _engine(three_customers).run(None, [FREQUENT, ONE_TIMERS], include_rfm=False)
    m = result.metrics
    # all: Feb R/S = 2/3, Mar 1/2 → pooled (2 + 1)/(3 + 2) = 0.6; Jan has S = 0
    assert m.loc["all", "retention_rate"] == pytest.approx(0.6)
    assert m.loc["all", "retention_periods"] == 3
    assert m.loc["all", "last_period"] == "2024-03"
    assert m.loc["all", "last_period_retention_rate"] == pytest.approx(0.5)
    # Frequent {x, z}: Feb 2/2, Mar 1/2 → 3/4
    assert m.loc["segment:Frequent", "retention_rate"] == pytest.approx(0.75)
    # One-timers {y}: Feb 0/1, Mar S = 0 → pooled 0/1 = 0, last period has no rate
    assert m.loc["segment:One-timers", "retention_rate"] == 0.0
    assert np.isnan(m.loc["segment:One-timers", "last_period_retention_rate"])
    per_period = result.retention[result.retention["key"] == "segment:Frequent"]
    assert per_period[["period", "start_customers", "retained"]].values.tolist() == [
        ["2024-01", 0, 0], ["2024-02", 2, 2], ["2024-03", 2, 1]]
    assert per_period["retention_rate"].tolist() == [None, 1.0, 0.5]


def test_segment_retention_matches_retention_flow_on_random_data():
    rng = np.random.default_rng(7)
    n = 3000
    tx = _transactions(list(zip(rng.integers(0, 400, n).astype(str),
                                pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 500, n), "D"),
                                rng.gamma(2.0, 50.0, n))))
    as_of = pd.Timestamp("2024-05-10")
    defs = Definitions(churn_window_days=45)
    orders = prepare_orders(tx, as_of, defs)
    table = customer_table(tx, None, defs, as_of=as_of, window_days=45, orders=orders)
    activity = activity_days(orders)
    engine = SegmentEngine(table, activity, as_of=as_of, window_days=45, period="month")
    result = engine.run(template("Regulars"), [FREQUENT])
    for key in ("loyal", "segment:Frequent", "rfm:Champions", "rfm:Hibernating"):
        flow = retention_flow(activity, as_of=as_of, window_days=45, period="month",
                              customer_ids=result.members(key))
        mine = result.retention[result.retention["key"] == key]
        assert mine["period"].tolist()[-len(flow):] == flow["period"].tolist()
        assert mine["start_customers"].tolist()[-len(flow):] == flow["start_customers"].tolist()
        assert mine["retained"].tolist()[-len(flow):] == flow["retained"].tolist()


def test_rfm_segments_cover_every_customer_exactly_once(three_customers):
    result = _engine(three_customers).run(None, [])
    rfm = result.masks[[f"rfm:{name}" for name in RFM_SEGMENT_NAMES]]
    assert (rfm.sum(axis=1) == 1).all()
    assert result.metrics.loc[[f"rfm:{n}" for n in RFM_SEGMENT_NAMES], "customers"].sum() == 3


def test_live_count_while_editing(three_customers):
    engine = _engine(three_customers)
    assert engine.count(FREQUENT) == 2
    assert engine.count(FREQUENT.replace(conditions=(FREQUENT.conditions[0].__class__(
        "purchases", ">=", 3),))) == 1


def test_compare_two_segments_in_plain_words(three_customers):
    result = _engine(three_customers).run(LOYAL, [FREQUENT], include_rfm=False)
    # March (last complete period): loyal {x}: S 1, R 1; rest {y, z}: S = {z} 1, R 0
    comparison = result.compare("loyal", "rest")
    assert (comparison.kept_a, comparison.n_a, comparison.kept_b, comparison.n_b) == (1, 1, 0, 1)
    assert comparison.sentence.startswith("In 2024-03: Loyal keep 100 % and Everyone else 0 %;")
    assert "rough guide" in comparison.sentence


def test_json_fills_loyal_and_segments(three_customers):
    table, activity = three_customers
    defs = Definitions(period="month", churn_window_days=30, criteria=LOYAL.to_json(),
                       segments=(FREQUENT.to_json(),))
    result = analyse_segments(table, activity, defs, as_of=AS_OF, window_days=30)
    doc = json.loads(json.dumps(result.to_json()))
    assert doc["loyal"] == {"name": "Loyal", "customers": 1, "share": pytest.approx(1 / 3),
                            "revenue_share": pytest.approx(0.6), "retention_rate": 1.0}
    first = doc["segments"][0]
    assert first == {"name": "Frequent", "kind": "segment", "customers": 2,
                     "share": pytest.approx(2 / 3), "revenue": 450.0,
                     "revenue_share": pytest.approx(0.9), "retention_rate": 0.75, "nps": 100.0,
                     "nps_answers": 1}
    assert [s["name"] for s in doc["segments"][1:]] == list(RFM_SEGMENT_NAMES)


def test_invalid_segment_is_left_out_with_its_reason(three_customers):
    table, activity = three_customers
    bad = {"name": "By town", "conditions": [{"field": "town", "op": "==", "value": "Lund"}]}
    defs = Definitions(churn_window_days=30, segments=(FREQUENT.to_json(), bad))
    with pytest.raises(RuleError) as error:
        rules_from_definitions(defs, SegmentEngine(table).fields)
    assert str(error.value) == 'Rule "By town", condition 1: unknown field "town".'
    result = analyse_segments(table, activity, defs, as_of=AS_OF, window_days=30)
    assert "segment:Frequent" in result.metrics.index
    assert "segment:By town" not in result.metrics.index
    assert result.problems == ('Rule "By town", condition 1: unknown field "town". '
                               'This segment is left out until it is corrected.',)
    assert result.loyal_json() is None


def test_engine_without_activity_still_gives_counts(three_customers):
    table, _ = three_customers
    result = SegmentEngine(table).run(LOYAL, [])
    assert result.metrics.loc["loyal", "customers"] == 1
    assert result.metrics.loc["loyal", "retention_rate"] is None
    assert result.compare("loyal", "rest").sentence == (
        "There is no complete period yet, so retention cannot be compared.")


def test_details_of_one_group_use_the_groups_own_numbers(three_customers):
    engine = _engine(three_customers)
    result = engine.run(None, [FREQUENT], include_rfm=False)
    defs = Definitions(churn_window_days=30, expected_lifetime_years=2, discount_rate=0.0)
    details = engine.details(result, "segment:Frequent", defs)
    assert (details.name, details.customers) == ("Frequent", 2)
    # the full flow for {x, z}: Feb S 2 R 2, Mar S 2 R 1 (as in the pooled test above)
    assert details.flow[["start_customers", "retained"]].values.tolist() == [[0, 0], [2, 2], [2, 1]]
    # annual retention: pooled (2 + 1)/(2 + 2) = 0.75 per month, compounded: 0.75 ** 12
    assert details.annual_retention == pytest.approx(0.75 ** 12)
    # cohort 2024-01 = {x, z}; Feb both active, Mar only x
    assert details.cohorts.row("2024-01") == [1.0, 1.0, 0.5]
    assert details.nps.score == 100.0 and details.nps.n == 1            # x answered 10
    # lost: z churned 03-26; 150 net revenue over < 1 year → 150 a year (one-year floor)
    # × margin 1 × 2 years (set, no discount) = 300
    assert details.lost_value.churned_customers == 1
    assert details.lost_value.lost_revenue_annual == pytest.approx(150.0)
    assert details.lost_value.lost_lifetime_value == pytest.approx(300.0)
    assert details.mean_predicted_clv is None
    assert json.loads(json.dumps(details.to_json()))["customers"] == 2


def test_criteria_and_segments_round_trip_through_the_project_json():
    defs = Definitions(criteria=template("Loyal").to_json(),
                       segments=(FREQUENT.to_json(), template("At-risk big spenders").to_json()))
    again = Definitions.from_json(defs.to_json())
    criteria, segments = rules_from_definitions(again)
    assert criteria == template("Loyal")
    assert segments == [FREQUENT, template("At-risk big spenders")]
