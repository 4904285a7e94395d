"""Seed mean lifespan, Kaplan–Meier median with censoring, lifecycle duration distribution."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from loyalty_desktop.engine.lifespan import (KaplanMeier, lifecycle, lifecycle_distribution,
                                             lifecycle_durations, lifespan)


def _customers(rows: list[tuple[str, str, str | None, int]]) -> pd.DataFrame:
    """(id, first_purchase, churn_date or None, lifespan_days) → the columns lifespan reads."""
    table = pd.DataFrame({
        "first_purchase": pd.to_datetime([r[1] for r in rows]),
        "churn_date": pd.to_datetime([r[2] for r in rows]),
        "status": ["churned" if r[2] else "active" for r in rows],
        "lifespan_days": [r[3] for r in rows],
    }, index=pd.Index([r[0] for r in rows], name="customer_id"))
    return table


def test_kaplan_meier_matches_hand_computed_product_limit():
    # times 2, 3, 3+, 5, 6+, 8 (+ = censored, still active)
    # t=2: 6 at risk, 1 event → S = 5/6            = 0.833333
    # t=3: 5 at risk, 1 event (1 censored) → S = 5/6 · 4/5 = 0.666667
    # t=5: 3 at risk, 1 event → S = 0.666667 · 2/3 = 0.444444
    # t=6: 2 at risk, 0 events → S unchanged       = 0.444444
    # t=8: 1 at risk, 1 event → S = 0
    km = KaplanMeier().fit([2, 3, 3, 5, 6, 8], [True, True, False, True, False, True])
    table = km.survival_function_
    assert list(table["time"]) == [2, 3, 5, 6, 8]
    assert list(table["at_risk"]) == [6, 5, 3, 2, 1]
    assert list(table["events"]) == [1, 1, 1, 0, 1]
    assert list(table["censored"]) == [0, 1, 0, 1, 0]
    assert np.allclose(table["survival"], [5 / 6, 4 / 6, 4 / 9, 4 / 9, 0.0])
    assert km.median_ == 5.0          # first time with S ≤ 0.5
    assert km.survival_at(4) == pytest.approx(4 / 6)
    assert km.survival_at(1) == 1.0


def test_kaplan_meier_median_is_none_when_survival_stays_above_half():
    # 4 customers, one churns at 10 → S(10) = 3/4, then only censored times
    km = KaplanMeier().fit([10, 20, 30, 40], [True, False, False, False])
    assert km.median_ is None
    assert km.max_time_ == 40.0


def test_kaplan_meier_without_censoring_is_the_empirical_median():
    # no censoring: S drops 1/4 per customer; S(20) = 0.5 → median 20
    km = KaplanMeier().fit([10, 20, 30, 40], [True, True, True, True])
    assert km.median_ == 20.0


def test_lifespan_shows_seed_mean_beside_km_median():
    # churned: 100, 200 days; active (censored): 300, 400 days
    # seed mean = (100 + 200 + 300 + 400) / 4 = 250
    # KM: t=100 4 at risk → 3/4; t=200 3 at risk → 3/4 · 2/3 = 1/2 ≤ 0.5 → median 200
    customers = _customers([("a", "2024-01-01", "2024-04-10", 100),
                            ("b", "2024-01-01", "2024-07-19", 200),
                            ("c", "2024-01-01", None, 300), ("d", "2024-01-01", None, 400)])
    result = lifespan(customers)
    assert result.average_lifespan_days == 250.0
    assert result.km_median_lifetime_days == 200.0
    assert (result.churned, result.censored, result.customers) == (2, 2, 4)
    assert result.note == ""


def test_lifespan_with_everyone_active_says_median_not_reached():
    customers = _customers([("a", "2024-01-01", None, 30), ("b", "2024-01-01", None, 60)])
    result = lifespan(customers)
    assert result.km_median_lifetime_days is None
    assert result.average_lifespan_days == 45.0
    assert result.note == ("more than half of your customers are still active after 60 days, the "
                           "longest time observed, so the median lifetime is longer than that")


def test_lifespan_of_no_customers_is_none_with_reason():
    result = lifespan(_customers([]))
    assert result.average_lifespan_days is None and result.km_median_lifetime_days is None
    assert result.note == "no customers yet"
    assert result.to_json()["customers"] == 0


def test_one_customer_one_day_lifespan_is_zero_not_nan():
    result = lifespan(_customers([("a", "2024-01-01", None, 0)]))
    assert result.average_lifespan_days == 0.0
    assert result.km_median_lifetime_days is None


def test_lifecycle_durations_are_months_for_churned_customers_only():
    # a: 2024-01-01 → 2024-07-01 = 182 days = 182 / 30.4375 = 5.979466 months
    # b: 2024-01-01 → 2024-01-31 = 30 days = 0.985626 months; c active, left out
    customers = _customers([("a", "2024-01-01", "2024-07-01", 182),
                            ("b", "2024-01-01", "2024-01-31", 30), ("c", "2024-01-01", None, 99)])
    months = lifecycle_durations(customers)
    assert list(months.index) == ["a", "b"]
    assert months.round(6).tolist() == [5.979466, 0.985626]


def test_lifecycle_distribution_buckets_whole_months_without_gaps():
    # 5.98 → bucket 5, 0.99 → bucket 0, 1.97 (60 days) → bucket 1; buckets 2–4 empty
    customers = _customers([("a", "2024-01-01", "2024-07-01", 182),
                            ("b", "2024-01-01", "2024-01-31", 30),
                            ("c", "2024-01-01", "2024-03-01", 60)])
    dist = lifecycle_distribution(customers)
    assert dist["months"].tolist() == [0, 1, 2, 3, 4, 5]
    assert dist["customers"].tolist() == [1, 1, 0, 0, 0, 1]
    assert dist["share"].tolist() == pytest.approx([1 / 3, 1 / 3, 0, 0, 0, 1 / 3])


def test_lifecycle_distribution_is_empty_when_nobody_churned():
    dist = lifecycle_distribution(_customers([("a", "2024-01-01", None, 10)]))
    assert dist.empty and list(dist.columns) == ["months", "customers", "share"]
    section = lifecycle(_customers([("a", "2024-01-01", None, 10)]))
    assert section.to_json() == {"churned_customers": 0, "median_months": None, "months": [],
                                 "customers": [], "share": [],
                                 "note": "no customer has churned yet, so there is no lifecycle to show"}


def test_lifecycle_section_has_median_months():
    # 30 and 60 days → 0.985626 and 1.971253 months → median 1.478439
    section = lifecycle(_customers([("b", "2024-01-01", "2024-01-31", 30),
                                    ("c", "2024-01-01", "2024-03-01", 60)]))
    assert section.median_months == pytest.approx(45 / (365.25 / 12))
    assert section.to_json()["customers"] == [1, 1]


# ------------------------------------------------------------------ properties
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.booleans()), min_size=1, max_size=30))
def test_kaplan_meier_is_a_non_increasing_survival_curve(rows):
    durations = [d for d, _ in rows]
    observed = [o for _, o in rows]
    km = KaplanMeier().fit(durations, observed)
    survival = km.survival_function_["survival"].to_numpy()
    assert np.all((survival >= 0) & (survival <= 1))
    assert np.all(np.diff(survival) <= 1e-12)
    # everyone is accounted for exactly once: events + censored = n
    table = km.survival_function_
    assert int(table["events"].sum() + table["censored"].sum()) == len(rows)
    if km.median_ is not None:
        assert km.survival_at(km.median_) <= 0.5 + 1e-12


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, 50), min_size=1, max_size=30))
def test_kaplan_meier_without_censoring_is_the_share_still_alive(durations):
    # no censoring: S(t) = share of customers with a lifetime longer than t
    km = KaplanMeier().fit(durations, [True] * len(durations))
    for t in set(durations):
        share = sum(d > t for d in durations) / len(durations)
        assert km.survival_at(t) == pytest.approx(share)


# ------------------------------------------------------------------ degenerate data (item 6)
import json  # noqa: E402

from loyalty_desktop.engine.customers import customer_table  # noqa: E402
from loyalty_desktop.engine.definitions import Definitions  # noqa: E402
from tests.engine.customer_frames import DEGENERATE, transactions  # noqa: E402


@pytest.mark.parametrize("name", list(DEGENERATE))
def test_degenerate_data_give_lifespans_or_reasons_never_nan(name):
    table = customer_table(transactions(DEGENERATE[name]), None, Definitions(churn_window_days=30))
    result = lifespan(table)
    json.dumps(result.to_json(), allow_nan=False)
    if result.km_median_lifetime_days is None:
        assert result.note
    dist = lifecycle_distribution(table)
    assert dist["customers"].sum() == (table["status"] == "churned").sum()


def test_all_one_time_buyers_churned_have_window_long_lifespans():
    # a 01-05, b 02-05, c 06-05; W = 30, as_of 06-05: a, b churned 30 days after their only
    # purchase; c active with lifespan 0. Seed mean (30 + 30 + 0) / 3 = 20.
    # KM: t=0 c censored (3 at risk, 0 events) → 1; t=30 2 at risk, 2 events → 0 → median 30
    table = customer_table(transactions(DEGENERATE["all one-time buyers"]), None,
                           Definitions(churn_window_days=30))
    result = lifespan(table)
    assert result.average_lifespan_days == 20.0
    assert result.km_median_lifetime_days == 30.0
    assert lifecycle_distribution(table)["customers"].tolist() == [2]   # 30 d = 0.99 months
