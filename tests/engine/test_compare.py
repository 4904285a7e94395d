"""Two-proportion z-test of retention between two groups, answered in plain words."""
from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from loyalty_desktop.engine.compare import compare_retention, two_proportion_test
from tests.engine.customer_frames import customer_frame


def test_large_difference_is_reported_as_very_unlikely_chance():
    # 71/100 vs 48/100: pooled p = 119/200 = 0.595
    # SE = √(0.595 · 0.405 · (1/100 + 1/100)) = √0.0048195 = 0.069423
    # z = 0.23 / 0.069423 = 3.3130 → two-sided p = 2 · (1 − Φ(3.313)) = 0.00092
    result = two_proportion_test(71, 100, 48, 100, "regulars", "the rest")
    assert result.z == pytest.approx(0.23 / math.sqrt(0.595 * 0.405 * 0.02))
    assert result.p_value == pytest.approx(0.000923, abs=1e-6)
    assert result.sentence == ("Regulars keep 71 % and the rest 48 %; a difference this large is "
                               "very unlikely to be chance (p < 0.001).")
    # 95 % CI of the difference: 0.23 ± 1.96 · √(0.71·0.29/100 + 0.48·0.52/100) = 0.23 ± 0.13228
    lo, hi = result.ci95
    assert (lo, hi) == pytest.approx((0.0977206, 0.3622794), abs=1e-6)
    assert result.method == "two-proportion z-test"


def test_moderate_difference_is_unlikely_chance_with_p_value():
    # 60/100 vs 45/100: pooled 0.525, SE = √(0.525 · 0.475 · 0.02) = 0.070622,
    # z = 0.15 / 0.070622 = 2.1240 → p = 0.0337
    result = two_proportion_test(60, 100, 45, 100, "Regulars")
    assert result.p_value == pytest.approx(0.0337, abs=1e-4)
    assert result.sentence == ("Regulars keep 60 % and the rest 45 %; a difference this large is "
                               "unlikely to be chance (p = 0.03).")


def test_small_difference_could_well_be_chance():
    # 30/50 vs 25/50: pooled 0.55, SE = √(0.55 · 0.45 · 0.04) = 0.099499, z = 1.00504 → p = 0.315
    result = two_proportion_test(30, 50, 25, 50, "Café regulars", "others")
    assert result.p_value == pytest.approx(0.3149, abs=1e-4)
    assert result.sentence.endswith("could well be chance (p = 0.31).")


def test_tiny_groups_are_flagged_as_a_rough_guide():
    # 3/4 vs 1/4: expected kept per group 4 · 0.5 = 2 < 5
    result = two_proportion_test(3, 4, 1, 4)
    assert result.small_sample
    assert result.sentence.endswith(" The groups are small, so treat this only as a rough guide.")


def test_equal_rates_say_there_is_no_difference():
    result = two_proportion_test(50, 100, 50, 100, "men", "women")
    assert result.z == 0.0 and result.p_value == 1.0
    assert result.sentence == "Men and women both keep 50 %; there is no difference."


def test_everyone_kept_in_both_groups_has_nothing_to_test_and_no_nan():
    result = two_proportion_test(5, 5, 7, 7, "regulars")
    assert result.z is None and result.p_value == 1.0
    assert result.sentence == ("Regulars and the rest both keep 100 % of their customers; there is "
                               "no difference to test.")
    json.dumps(result.to_json(), allow_nan=False)


def test_empty_group_explains_instead_of_crashing():
    result = two_proportion_test(0, 0, 3, 5, "regulars")
    assert result.p_value is None and result.rate_a is None
    assert result.sentence == ("There are no customers in regulars who could have churned yet, so "
                               "there is nothing to compare.")


def test_impossible_counts_are_refused():
    with pytest.raises(ValueError, match="between 0 and 4"):
        two_proportion_test(5, 4, 1, 4)


def test_compare_retention_leaves_out_customers_too_new_to_churn():
    # as_of 2024-12-31, W = 90. n1, n2 first bought 2024-12-01 (tenure 30 ≤ 90) → left out.
    # Eligible group: g1 active, g2 active, g3 churned → 2/3; rest: o1 active, o2 churned,
    # o3 churned → 1/3
    frame = customer_frame({
        "g1": {}, "g2": {}, "g3": {"churn_date": "2024-06-01"},
        "o1": {}, "o2": {"churn_date": "2024-05-01"}, "o3": {"churn_date": "2024-07-01"},
        "n1": {"first_purchase": "2024-12-01"}, "n2": {"first_purchase": "2024-12-01"},
    }, as_of="2024-12-31")
    group = pd.Series({"g1": True, "g2": True, "g3": True, "n1": True})
    result = compare_retention(frame, group, 90, "loyal customers", "the rest")
    assert (result.kept_a, result.n_a, result.kept_b, result.n_b) == (2, 3, 1, 3)
    assert result.sentence.startswith("Loyal customers keep 67 % and the rest 33 %;")


def test_data_shorter_than_the_window_have_nobody_to_compare():
    from loyalty_desktop.engine.customers import customer_table
    from loyalty_desktop.engine.definitions import Definitions
    from tests.engine.customer_frames import DEGENERATE, transactions
    table = customer_table(transactions(DEGENERATE["shorter than the window"]), None,
                           Definitions(churn_window_days=365))
    result = compare_retention(table, pd.Series({"a": True}), 365, "regulars")
    assert result.p_value is None
    assert result.sentence == ("There are no customers in regulars who could have churned yet, so "
                               "there is nothing to compare.")
    json.dumps(result.to_json(), allow_nan=False)
