"""The window's date range and segment filter (engine/view_filter.py), without Qt.

A small shop, monthly periods, an inactivity window of 30 days, data up to 2024-04-20 (A's last purchase):
  A buys 2024-01-05, 02-10, 03-15, 04-20        (4 purchases, 100 each)
  B buys 2023-12-20, 2024-01-20, 03-25          (lapses in February, comes back in March)
  C buys 2024-03-02 once                        (new in March)
  D buys 2023-11-10 once and refunds 2023-11-20 (churned 2023-12-10, before any range)
Loyal = at least 2 purchases → A and B (as of 2024-04-20).
Survey answers: A 10 (2023-12-01), D 3 (2024-01-15), C 9 (03-10), A 9 (04-01), D 6 (04-10).
"""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from loyalty_desktop.engine.analysis import analyse, analysis_to_json
from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.view_filter import (ViewFilter, analyse_view, clamp, preset_range,
                                                segment_choices)

ORDERS = [("A", "2024-01-05", 100), ("A", "2024-02-10", 100), ("A", "2024-03-15", 100),
          ("A", "2024-04-20", 100), ("B", "2023-12-20", 50), ("B", "2024-01-20", 50),
          ("B", "2024-03-25", 50), ("C", "2024-03-02", 80), ("D", "2023-11-10", 40),
          ("D", "2023-11-20", -40)]
LOYAL = {"name": "Loyal", "match": "all",
         "conditions": [{"field": "purchases", "op": ">=", "value": 2}]}
DEFS = Definitions(churn_window_days=30, criteria=LOYAL)


def dataset() -> Dataset:
    transactions = pd.DataFrame({
        "customer_id": pd.Series([o[0] for o in ORDERS], dtype="string"),
        "date": pd.to_datetime([o[1] for o in ORDERS]),
        "amount": [float(o[2]) for o in ORDERS]})
    customers = pd.DataFrame({"customer_id": pd.Series(list("ABCD"), dtype="string"),
                              "city": ["Lund", "Malmö", "Lund", "Ystad"]})
    responses = pd.DataFrame({
        "customer_id": pd.Series(["A", "D", "C", "A", "D"], dtype="string"),
        "score": pd.Series([10, 3, 9, 9, 6], dtype="Int64"),
        "date": pd.to_datetime(["2023-12-01", "2024-01-15", "2024-03-10", "2024-04-01",
                                "2024-04-10"])})
    return Dataset(transactions, customers, responses)


@pytest.fixture(scope="module")
def base():
    return analyse(dataset(), DEFS)


def shown(base, **view) -> object:
    return analyse_view(dataset(), DEFS, ViewFilter(**view), base).shown


def test_no_filter_shows_the_unfiltered_analysis(base):
    result = analyse_view(dataset(), DEFS, ViewFilter(), base)
    assert result.shown is base and result.base is base


def test_range_end_is_the_analysis_day_and_later_data_is_ignored(base):
    view = shown(base, end=date(2024, 2, 29))
    direct = analyse(dataset(), DEFS.replace(as_of=date(2024, 2, 29)))
    assert view.as_of == pd.Timestamp("2024-02-29")
    assert view.retention["period"].tolist() == direct.retention["period"].tolist()
    assert view.retention["period"].iloc[-1] == "2024-02"
    # orders up to the end: A ×2, B ×2 (Dec, Jan), D's purchase → 5 purchases
    assert view.summary["purchases"] == 5 == direct.summary["purchases"]
    # C has not bought yet on 2024-02-29
    assert "C" not in view.customers.index
    # answers after the end are left out: A 10 (promoter), D 3 (detractor) → NPS 0, n = 2
    assert view.sections["nps"].overall.n == 2
    assert view.sections["nps"].overall.score == pytest.approx(0.0)


def test_range_start_reports_periods_from_it_but_history_still_counts(base):
    view = shown(base, start=date(2024, 2, 1))
    assert view.retention["period"].tolist() == ["2024-02", "2024-03", "2024-04"]
    february = view.retention.iloc[0]
    unfiltered = base.retention.set_index("period").loc["2024-02"]
    # A and B bought in January, so they are existing customers at the start of February
    assert february["start_customers"] == 2 == unfiltered["start_customers"]
    assert february["new"] == 0
    march = view.retention.iloc[1]
    # B lapsed in February and came back in March: reactivated, not new; C is new
    assert (march["reactivated"], march["new"]) == (1, 1)


def test_range_start_keeps_the_cohorts_whose_first_purchase_is_in_range(base):
    cohorts = shown(base, start=date(2024, 2, 1)).sections["cohorts"]
    assert base.sections["cohorts"].counts.index.tolist() == ["2023-11", "2023-12", "2024-01",
                                                                "2024-03"]
    assert cohorts.counts.index.tolist() == ["2024-03"]
    assert cohorts.sizes.tolist() == [1]
    # Feb … Apr is three periods: offsets 0, 1, 2
    assert cohorts.counts.shape[1] == 3


def test_range_start_counts_lost_value_of_customers_churned_in_range(base):
    # churn dates: D 2023-11-10 + 30 = 2023-12-10; B 2024-01-20 + 30 = 2024-02-19 (came back,
    # active now); C 2024-03-02 + 30 = 2024-04-01 → churned in range; A active
    lost = shown(base, start=date(2024, 1, 1)).sections["lost_value"]
    assert lost.churned_customers == 1
    assert lost.per_customer.index.tolist() == ["C"]
    assert (lost.start, lost.end) == (pd.Timestamp("2024-01-01"), pd.Timestamp("2024-04-20"))


def test_range_start_limits_order_totals_and_answers(base):
    view = shown(base, start=date(2024, 3, 1))
    # March/April: A 03-15, 04-20; B 03-25; C 03-02 → 4 purchases, 330 revenue, 3 buyers
    assert view.summary["purchases"] == 4
    assert view.summary["revenue"] == pytest.approx(330.0)
    assert view.summary["customers"] == 3
    assert view.summary["first_date"] == "2024-03-01"
    # the customer table still holds everyone known on the end day
    assert set(view.customers.index) == {"A", "B", "C", "D"}
    # answers from 2024-03-01: C 9, A 9, D 6 → 2 promoters, 1 detractor of 3
    nps = view.sections["nps"].overall
    assert (nps.n, nps.promoters, nps.detractors) == (3, 2, 1)


def test_segment_restricts_customers_orders_and_answers_to_the_members(base):
    assert ("loyal", "Loyal") in segment_choices(base)
    view = shown(base, segment="loyal", segment_name="Loyal")
    assert set(view.customers.index) == {"A", "B"}
    assert view.summary["purchases"] == 7
    assert view.summary["revenue"] == pytest.approx(550.0)
    assert view.sections["nps"].overall.n == 2      # A's two; C's and D's are not members'


def test_segment_members_are_decided_by_the_unfiltered_analysis(base):
    # on 2024-01-31 A has a single purchase, yet A is a member: loyal as of 2024-04-20
    view = shown(base, segment="loyal", segment_name="Loyal", end=date(2024, 1, 31))
    assert set(view.customers.index) == {"A", "B"}
    assert view.sections["view"].members == 2


def test_filtered_analysis_keeps_the_owners_definitions_and_window(base):
    view = shown(base, segment="loyal", segment_name="Loyal", start=date(2024, 2, 1),
                 end=date(2024, 3, 31))
    assert view.defs == DEFS            # no as_of / window pinned into what a page may save
    assert view.window == base.window
    doc = analysis_to_json(view)
    assert doc["view"] == {"start": "2024-02-01", "end": "2024-03-31", "segment": "loyal",
                           "segment_name": "Loyal", "segment_customers": 2,
                           "label": "Segment: Loyal · 2024-02-01 – 2024-03-31"}
    sentence = view.sections["view"].sentence
    assert sentence == ("Only the 2 customers of the segment Loyal (members as of 2024-04-20) "
                        "with their orders and answers. Reported from 2024-02-01 to 2024-03-31; "
                        "purchases before 2024-02-01 still decide who is an existing customer.")


def test_suggested_window_is_the_unfiltered_one_for_a_segment():
    defs = DEFS.replace(churn_window_days=None)
    base = analyse(dataset(), defs)
    view = analyse_view(dataset(), defs, ViewFilter(segment="loyal", segment_name="Loyal"), base).shown
    assert view.window_days == base.window_days
    assert view.summary["churn_window_reason"] == base.window.reason


def test_clamp_drops_bounds_outside_the_data_and_orders_a_reversed_range(base):
    assert clamp(ViewFilter(start=date(2020, 1, 1), end=date(2030, 1, 1)), base).is_empty
    fixed = clamp(ViewFilter(start=date(2024, 3, 31), end=date(2024, 2, 1)), base)
    assert (fixed.start, fixed.end) == (date(2024, 2, 1), date(2024, 3, 31))


@pytest.mark.parametrize("preset, expected", [
    ("all", (None, None)),
    ("last_12_months", (date(2023, 5, 1), date(2024, 4, 30))),
    ("this_year", (date(2024, 1, 1), date(2024, 4, 30))),
    ("last_year", (date(2023, 1, 1), date(2023, 12, 31))),
])
def test_presets_count_back_from_the_last_day_of_data(preset, expected):
    assert preset_range(preset, date(2022, 6, 1), date(2024, 4, 30)) == expected


def test_presets_never_start_before_the_data():
    assert preset_range("last_12_months", date(2024, 1, 5), date(2024, 4, 30)) == (
        date(2024, 1, 5), date(2024, 4, 30))


def test_label_is_the_chip_text():
    assert ViewFilter().label() == ""
    assert ViewFilter(start=date(2024, 1, 1)).label() == "from 2024-01-01"
    assert ViewFilter(segment="rfm:Champions", segment_name="Champions",
                      end=date(2024, 6, 30)).label() == "Segment: Champions · until 2024-06-30"
