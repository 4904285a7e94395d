"""rfm_summary: the (x, t_x, T, monetary) input of the CLV models, in a stated time unit."""
from __future__ import annotations

import pandas as pd
import pytest

from loyalty_desktop.engine.clv import rfm_summary


def orders(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"], format="ISO8601")
    return frame


SHOP = orders([
    ("A", "2024-01-01 09:00", 10.0), ("A", "2024-01-01 17:30", 5.0),   # same day → one purchase of 15
    ("A", "2024-01-08", 20.0), ("A", "2024-01-15", 30.0),
    ("A", "2024-02-20", 99.0),                                          # after as_of: ignored
    ("B", "2024-01-01", 40.0), ("B", "2024-01-10", -40.0),              # a refund is no purchase
    ("C", "2024-01-05", -12.0),                                         # refund only: not a customer
])
AS_OF = "2024-01-29"


def test_same_day_orders_are_one_purchase_and_first_day_is_left_out_of_monetary():
    s = rfm_summary(SHOP, AS_OF)
    a = s.loc["A"]
    # purchase days 01-01 (15), 01-08 (20), 01-15 (30): x = 3 − 1 = 2
    assert a["x"] == 2
    assert a["t_x"] == pytest.approx(14 / 7)          # 01-01 → 01-15 = 14 days = 2 weeks
    assert a["T"] == pytest.approx(28 / 7)            # 01-01 → 01-29 = 4 weeks
    assert a["monetary"] == pytest.approx((20 + 30) / 2)   # first day's 15 excluded


def test_refund_is_not_a_purchase_and_refund_only_customer_is_not_a_customer():
    s = rfm_summary(SHOP, AS_OF)
    assert list(s.index) == ["A", "B"]
    assert s.loc["B", "x"] == 0 and s.loc["B", "monetary"] == 0.0


def test_refunds_count_as_purchase_occasions_only_when_the_setting_says_so():
    s = rfm_summary(SHOP, AS_OF, refunds_are_activity=True)
    assert list(s.index) == ["A", "B", "C"]
    assert s.loc["B", "x"] == 1                        # 01-01 and 01-10 are two occasions
    assert s.loc["C", "x"] == 0


def test_time_unit_is_stated_and_used():
    days = rfm_summary(SHOP, AS_OF, "day")
    weeks = rfm_summary(SHOP, AS_OF, "week")
    assert days.attrs["time_unit"] == "day" and weeks.attrs["time_unit"] == "week"
    assert days.loc["A", "T"] == 28 and weeks.loc["A", "T"] == pytest.approx(4.0)
    assert days.loc["A", "t_x"] == pytest.approx(7 * weeks.loc["A", "t_x"])


def test_unknown_time_unit_is_a_clear_error():
    with pytest.raises(ValueError, match="time unit must be one of day, week, month"):
        rfm_summary(SHOP, AS_OF, "fortnight")


def test_no_purchases_gives_an_empty_summary_with_its_unit():
    s = rfm_summary(orders([("C", "2024-01-05", -12.0)]), AS_OF)
    assert len(s) == 0 and list(s.columns) == ["x", "t_x", "T", "monetary"]
    assert s.attrs["time_unit"] == "week"


def test_cdnow_summary_matches_the_published_summary_file(shared_data):
    tx = pd.read_csv(shared_data / "cdnow_sample.csv", dtype={"customer_id": str, "date": str})
    tx["date"] = pd.to_datetime(tx["date"], format="%Y%m%d")
    s = rfm_summary(tx, "1997-09-30", "week", refunds_are_activity=True)
    ref = pd.read_csv(shared_data / "cdnow_sample_summary.csv")
    assert len(s) == 2357 and int((s["x"] > 0).sum()) == 946 and s["x"].sum() == 2457
    assert (s["x"].to_numpy() == ref["x"].to_numpy()).all()
    # the file is rounded to 2 decimals, so agreement is to half a cent / half a hundredth week
    for ours, theirs in (("t_x", "t_x"), ("T", "T"), ("monetary", "zbar")):
        assert abs(s[ours].to_numpy() - ref[theirs].to_numpy()).max() <= 0.005 + 1e-9


def test_summary_equals_a_plain_groupby_over_many_mixed_customers():
    # the summary works on integer codes (GIL, see summary.py); a plain pandas groupby on
    # the same random orders is the independent reference
    import numpy as np
    rng = np.random.default_rng(3)
    n = 5000
    tx = pd.DataFrame({"customer_id": rng.choice([f"C{i}" for i in range(700)] + ["ä-1", "10", "9"], n),
                       "date": pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 400, n), unit="D")
                       + pd.to_timedelta(rng.integers(0, 86400, n), unit="s"),
                       "amount": rng.choice([-5.0, 0.0, 12.5, 40.0, 99.9], n)})
    as_of = pd.Timestamp("2023-12-01")
    s = rfm_summary(tx, as_of, "day")
    kept = tx[(tx["amount"] > 0) & (tx["date"].dt.normalize() <= as_of)].assign(
        day=lambda f: f["date"].dt.normalize())
    days = kept.groupby(["customer_id", "day"])["amount"].sum().reset_index()
    g = days.groupby("customer_id")
    x = g.size() - 1
    assert list(s.index) == sorted(days["customer_id"].unique())
    assert (s["x"] == x).all()
    assert (s["t_x"] == (g["day"].max() - g["day"].min()).dt.days).all()
    assert (s["T"] == (as_of - g["day"].min()).dt.days).all()
    expected = ((g["amount"].sum() - g["amount"].first()) / x.where(x > 0)).fillna(0.0)
    assert s["monetary"].to_numpy() == pytest.approx(expected.to_numpy())
