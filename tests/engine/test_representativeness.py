"""Respondents vs customers, and the stratified sample for the next wave (issue 7 point 4)."""
from __future__ import annotations

import pandas as pd
import pytest

from loyalty_desktop.engine.representativeness import (compare_respondents, representativeness,
                                                       spend_bands, stratified_sample)


def _customers() -> pd.DataFrame:
    ids = [f"C{i:03d}" for i in range(100)]
    return pd.DataFrame({"revenue": [float(i + 1) for i in range(100)],
                         "email": [f"c{i}@shop.se" if i % 10 else None for i in range(100)],
                         "name": [f"Name {i}" for i in range(100)]},
                        index=pd.Index(ids, name="customer_id"))


def _segments(customers: pd.DataFrame) -> pd.Series:
    return pd.Series(["A"] * 60 + ["B"] * 40, index=customers.index)


def test_similar_respondents_are_called_alike():
    customers = _customers()
    respondents = list(customers.index[:20]) + list(customers.index[60:80])
    result = compare_respondents(_segments(customers), respondents, "segment")
    # observed [[20, 20], [40, 20]], expected [[24, 16], [36, 24]]
    # χ² = 16/24 + 16/16 + 16/36 + 16/24 = 2.778, 1 dof → p = 0.096
    assert result.chi2 == pytest.approx(2.7778, abs=1e-4)
    assert result.dof == 1 and result.p_value == pytest.approx(0.0956, abs=5e-4)
    assert result.verdict == ("Your 40 respondents look like your customers by segment "
                              "(chi-square p = 0.10): no group is clearly over- or under-represented.")
    row = result.table.set_index("group").loc["A"]
    assert (row["customers"], row["respondents"], row["respondent_share"]) == (60, 20, 0.5)


def test_skewed_respondents_are_named():
    customers = _customers()
    respondents = list(customers.index[:35]) + list(customers.index[60:65])
    result = compare_respondents(_segments(customers), respondents, "segment")
    # observed [[35, 5], [25, 35]]: χ² = 121·(1/24 + 1/16 + 1/36 + 1/24) = 21.01 → p < 0.001
    assert result.chi2 == pytest.approx(21.007, abs=1e-3)
    assert result.verdict == (
        "Your respondents differ from your customers by segment (chi-square p < 0.001): A is "
        "over-represented (88% of answers vs 60% of customers) and B under-represented "
        "(12% vs 40%). Keep that in mind when reading the survey results.")


def test_small_groups_are_flagged_and_no_respondents_is_explained():
    customers = _customers()
    small = compare_respondents(_segments(customers), ["C000", "C061"], "segment")
    assert small.small_groups and small.verdict.endswith("the test is only a rough guide.")
    none = compare_respondents(_segments(customers), [], "segment")
    assert none.p_value is None and none.verdict.startswith("None of your customers answered")


def test_spend_bands_are_quartiles_with_money_ranges():
    bands = spend_bands(pd.Series([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]))
    # quartile edges 1, 2.75, 4.5, 6.25, 8 → two customers per band
    assert bands.value_counts().tolist() == [2, 2, 2, 2]
    assert bands.iloc[0] == "1–3" and bands.iloc[-1] == "6–8"
    assert list(bands.cat.categories) == ["1–3", "3–4", "4–6", "6–8"]


def test_representativeness_covers_spend_and_given_dimensions():
    customers = _customers()
    report = representativeness(customers, customers.index[:40], {"segment": _segments(customers)})
    results = report.results
    assert report.respondents == 40
    assert [r.dimension for r in results] == ["spend band", "segment"]
    assert [d["dimension"] for d in report.to_json()["dimensions"]] == ["spend band", "segment"]
    # bands in money order, not alphabetical; edges 1, 25.75, 50.5, 75.25, 100 shown rounded
    assert results[0].table["group"].tolist() == ["1–26", "26–50", "50–75", "75–100"]
    # the 40 lowest spenders answered: spend bands are badly skewed
    assert results[0].p_value < 0.001


def test_stratified_sample_is_proportional_and_repeatable():
    customers = _customers()
    first = stratified_sample(customers, 10, _segments(customers), seed=42)
    again = stratified_sample(customers, 10, _segments(customers), seed=42)
    other = stratified_sample(customers, 10, _segments(customers), seed=7)
    assert first.seed == 42
    assert first.table["customer_id"].tolist() == again.table["customer_id"].tolist()
    assert first.table["customer_id"].tolist() != other.table["customer_id"].tolist()
    # shares from the whole base (A 60, B 40) → 10 × .6 = 6, 10 × .4 = 4; 90 customers have
    # an e-mail (every tenth has none), so A has 54 to draw from and B 36
    assert first.strata.to_dict("records") == [
        {"stratum": "A", "customers": 60, "available": 54, "sampled": 6},
        {"stratum": "B", "customers": 40, "available": 36, "sampled": 4}]
    assert first.table["email"].notna().all()
    assert list(first.table.columns) == ["customer_id", "stratum", "email", "name"]


def test_sample_leaves_out_last_waves_respondents_and_draws_a_seed():
    customers = _customers()
    excluded = list(customers.index[:50])
    sample = stratified_sample(customers, 200, exclude=excluded, require_contact=False)
    # asking for more than there are gives everyone left, once
    assert sorted(sample.table["customer_id"]) == list(customers.index[50:])
    assert isinstance(sample.seed, int) and sample.seed >= 0


def test_equal_spend_is_one_band_not_missing():
    bands = spend_bands(pd.Series([5.0, 5.0, 5.0]))
    assert bands.tolist() == ["5–5"] * 3
