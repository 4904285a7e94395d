"""predict_clv: per-customer CLV, the honest simple fallback, and the SPEC §5 "clv" block."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from loyalty_desktop.engine.clv import ClvResult, holdout_check, predict_clv
from loyalty_desktop.engine.definitions import ClvSettings, Definitions
from loyalty_desktop.engine.progress import Cancelled


def orders(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"], format="ISO8601")
    return frame


@pytest.fixture(scope="module")
def cdnow(shared_data) -> pd.DataFrame:
    tx = pd.read_csv(shared_data / "cdnow_sample.csv", dtype={"customer_id": str, "date": str})
    tx["date"] = pd.to_datetime(tx["date"], format="%Y%m%d")
    return tx


CDNOW_DEFS = Definitions(refunds_are_activity=True, margin=0.3, discount_rate=0.1,
                         as_of=pd.Timestamp("1997-09-30").date())


@pytest.fixture(scope="module")
def cdnow_result(cdnow) -> ClvResult:
    return predict_clv(cdnow, CDNOW_DEFS)


# ------------------------------------------------------------------ predictive path
def test_cdnow_prediction_uses_bgnbd_with_the_published_parameters(cdnow_result):
    result = cdnow_result
    assert result.model == "bgnbd" and result.time_unit == "week"
    assert result.params["r"] == pytest.approx(0.243, rel=0.01)
    assert result.params["p"] == pytest.approx(6.25, rel=0.01)
    assert result.log_likelihood == pytest.approx(-9582.4, abs=0.5)
    assert len(result.customers) == 2357 and result.repeat_customers == 946
    assert result.reason == ("BG/NBD and Gamma-Gamma fitted on 2,357 customers (946 bought more "
                             "than once); 12 months ahead, in weeks")
    values = result.customers.to_numpy(dtype="float64")
    assert np.isfinite(values).all()
    assert result.total_clv == pytest.approx(result.customers["predicted_clv"].sum())
    assert result.mean_clv == pytest.approx(result.total_clv / 2357)


def test_clv_json_block_follows_spec_section_5(cdnow_result):
    block = cdnow_result.to_json()
    assert block["model"] == "bgnbd+gammagamma"
    for key in ("reason", "params", "log_likelihood", "horizon_months", "customers",
                "mean_clv", "total_clv"):
        assert key in block
    assert block["horizon_months"] == 12 and block["customers"] == 2357
    assert set(block["params"]) == {"r", "alpha", "a", "b", "p", "q", "gamma"}


def test_without_discount_clv_is_margin_times_spend_times_expected_purchases(cdnow):
    defs = CDNOW_DEFS.replace(discount_rate=0.0, margin=0.5)
    c = predict_clv(cdnow, defs).customers
    # Σ over months of the increments telescopes to E[X(12 months)] when nothing is discounted
    assert c["predicted_clv"].to_numpy() == pytest.approx(
        (0.5 * c["expected_spend"] * c["expected_purchases"]).to_numpy(), rel=1e-9)


def test_discounting_lowers_clv_but_never_below_the_first_month_factor(cdnow, cdnow_result):
    plain = predict_clv(cdnow, CDNOW_DEFS.replace(discount_rate=0.0)).customers["predicted_clv"]
    discounted = cdnow_result.customers["predicted_clv"]                  # 10 % a year
    assert (discounted < plain).all()
    # every purchase is at most 12 months away: the factor is ≥ 1/1.1
    assert (discounted >= plain / 1.1 - 1e-9).all()


def test_time_unit_does_not_change_the_prediction(cdnow, cdnow_result):
    """Days or weeks: α scales by 7, everything the owner sees stays the same (no unit mix-up)."""
    weeks = cdnow_result
    days = predict_clv(cdnow, CDNOW_DEFS.replace(clv=ClvSettings(time_unit="day")))
    assert days.time_unit == "day"
    assert days.params["alpha"] == pytest.approx(7 * weeks.params["alpha"], rel=1e-3)
    assert days.params["r"] == pytest.approx(weeks.params["r"], rel=1e-3)
    for column in ("p_alive", "expected_purchases", "predicted_clv"):
        assert days.customers[column].to_numpy() == pytest.approx(
            weeks.customers[column].to_numpy(), rel=2e-3, abs=1e-6), column


def test_mbgnbd_can_be_chosen_and_doubts_one_time_buyers(cdnow):
    result = predict_clv(cdnow, CDNOW_DEFS.replace(clv=ClvSettings(model="mbgnbd")))
    assert result.model == "mbgnbd" and result.to_json()["model"] == "mbgnbd+gammagamma"
    one_timers = result.customers.loc[result.summary["x"] == 0, "p_alive"]
    assert (one_timers < 1).all()


def test_progress_is_reported_and_cancel_stops_the_work(cdnow):
    seen: list[float] = []
    predict_clv(cdnow, CDNOW_DEFS, progress=lambda f, m="": seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)

    def cancel(fraction: float, message: str = "") -> None:
        if fraction > 0.5:
            raise Cancelled()

    with pytest.raises(Cancelled):
        predict_clv(cdnow, CDNOW_DEFS, progress=cancel)


# ------------------------------------------------------------------ simple fallback
SMALL_SHOP = orders([
    # A: 1,000 net over 2 years (first 2022-01-01, as_of 2024-01-01 = 730 days)
    ("A", "2022-01-01", 600.0), ("A", "2023-06-01", 500.0), ("A", "2023-07-01", -100.0),
    # B: 100 in the last 30 days → counted as one year's value
    ("B", "2023-12-02", 100.0),
    ("C", "2023-01-01", 50.0),
])


def test_too_few_repeat_customers_fall_back_to_simple_clv_with_the_reason():
    defs = Definitions(margin=0.5, discount_rate=0.1, as_of=pd.Timestamp("2024-01-01").date())
    result = predict_clv(SMALL_SHOP, defs, annual_retention=0.6)
    assert result.model == "simple" and result.to_json()["model"] == "simple"
    assert result.reason == ("only 1 of 3 customers bought more than once (the prediction needs "
                             "at least 30), so the simple CLV is used; measured annual retention 60%")
    # multiplier (1 + d)/(1 + d − r) = 1.1/0.5 = 2.2; margin 0.5
    clv = result.customers["predicted_clv"]
    assert clv["A"] == pytest.approx(1000 / (730 / 365.25) * 0.5 * 2.2)   # ≈ 550.4
    assert clv["B"] == pytest.approx(100 * 0.5 * 2.2)                       # 110
    assert clv["C"] == pytest.approx(50 * 0.5 * 2.2)                        # 55 (exactly 1 year)
    assert result.customers["p_alive"].isna().all()     # no model → no P(alive), not a made-up one
    assert result.to_json()["mean_clv"] == pytest.approx(clv.mean())


def test_simple_clv_without_measured_retention_counts_the_coming_year_only():
    defs = Definitions(margin=1.0, discount_rate=0.1, as_of=pd.Timestamp("2024-01-01").date())
    result = predict_clv(SMALL_SHOP, defs)
    assert result.reason.endswith("annual retention has not been measured, so only the coming "
                                  "year's value is counted")
    assert result.customers.loc["B", "predicted_clv"] == pytest.approx(100.0)


def test_full_retention_without_discount_is_not_an_infinite_number():
    defs = Definitions(margin=1.0, discount_rate=0.0, as_of=pd.Timestamp("2024-01-01").date())
    result = predict_clv(SMALL_SHOP, defs, annual_retention=1.0)
    assert np.isfinite(result.customers["predicted_clv"]).all()
    assert "the value has no limit, so only the coming year is counted" in result.reason


def test_a_fit_that_does_not_converge_falls_back_with_the_reason():
    # 40 repeat buyers who all bought exactly twice, one week apart, long ago and never
    # again, plus nothing else: the dropout Beta runs off to its bound
    rows = []
    for i in range(40):
        rows += [(f"r{i}", "2023-01-02", 10.0), (f"r{i}", "2023-01-09", 10.0)]
    result = predict_clv(orders(rows), Definitions(as_of=pd.Timestamp("2024-01-01").date()),
                         annual_retention=0.5)
    assert result.model == "simple"
    assert result.reason == ("the BG/NBD model could not be fitted, so the simple CLV is used: a "
                             "parameter ran to the edge of its allowed range; measured annual "
                             "retention 50%")
    assert np.isfinite(result.customers["predicted_clv"]).all()


def test_no_transactions_gives_an_empty_simple_result():
    empty = orders([])
    result = predict_clv(empty, Definitions())
    assert result.model == "simple" and result.reason == "there are no purchases to value"
    assert result.total_clv == 0.0 and result.mean_clv == 0.0


# ------------------------------------------------------------------ holdout check
def test_cdnow_holdout_check_compares_prediction_with_what_happened(cdnow):
    check = holdout_check(cdnow, "1997-09-30", "1998-06-30", CDNOW_DEFS)
    assert check.ok, check.message
    freq = check.by_frequency
    assert list(freq["frequency"]) == ["0", "1", "2", "3", "4", "5", "6", "7+"]
    assert freq["customers"].sum() == 2357 and freq["customers"].iloc[0] == 1411
    assert freq["predicted"].is_monotonic_increasing
    # the model's fit: every group's holdout mean within 0.6 purchases of the truth
    assert (abs(freq["predicted"] - freq["actual"]) < 0.6).all()

    track = check.tracking
    calibration_end = track[~track["in_holdout"]].iloc[-1]
    assert calibration_end["week_end"] == pd.Timestamp("1997-09-30")
    assert calibration_end["actual"] == 2457                    # Σ x of the calibration summary
    assert calibration_end["predicted"] == pytest.approx(2457, rel=0.05)
    assert track["predicted"].is_monotonic_increasing and track["actual"].is_monotonic_increasing
    assert track.iloc[-1]["week_end"] == pd.Timestamp("1998-06-30")
    # holdout repeat transactions, counted independently: distinct later purchase days
    days = cdnow.drop_duplicates(["customer_id", "date"])
    first = days.groupby("customer_id")["date"].transform("min")
    assert track.iloc[-1]["actual"] == int((days["date"] > first).sum())


def test_holdout_end_before_calibration_end_is_refused_in_words(cdnow):
    check = holdout_check(cdnow, "1998-01-01", "1997-06-30", CDNOW_DEFS)
    assert not check.ok
    assert check.message == "the holdout end must come after the calibration end"
    assert check.by_frequency.empty and check.tracking.empty


def test_result_dataclass_has_the_documented_columns(cdnow_result):
    result = cdnow_result
    assert isinstance(result, ClvResult)
    assert list(result.customers.columns) == ["p_alive", "expected_purchases", "expected_spend",
                                              "predicted_clv"]
    assert result.customers.index.name == "customer_id"


def test_simple_path_also_finishes_the_progress_bar_and_ignores_a_nan_retention():
    seen: list[tuple[float, str]] = []
    defs = Definitions(margin=1.0, discount_rate=0.1, as_of=pd.Timestamp("2024-01-01").date())
    result = predict_clv(SMALL_SHOP, defs, progress=lambda f, m="": seen.append((f, m)),
                         annual_retention=float("nan"))
    assert seen[0] == (0.0, "Summarising purchases") and seen[-1] == (1.0, "Done")
    assert "annual retention has not been measured" in result.reason
    assert np.isfinite(result.customers["predicted_clv"]).all()


def test_holdout_check_gives_the_same_answer_in_days_and_weeks(cdnow):
    weeks = holdout_check(cdnow, "1997-09-30", "1998-06-30", CDNOW_DEFS)
    days = holdout_check(cdnow, "1997-09-30", "1998-06-30",
                         CDNOW_DEFS.replace(clv=ClvSettings(time_unit="day")))
    assert days.ok and weeks.ok
    assert days.by_frequency["predicted"].to_numpy() == pytest.approx(
        weeks.by_frequency["predicted"].to_numpy(), rel=2e-3)
    assert days.tracking["predicted"].to_numpy() == pytest.approx(
        weeks.tracking["predicted"].to_numpy(), rel=2e-3, abs=1e-3)
