"""The per-customer table and the suggested inactivity window (SPEC §2–3), on hand-made orders."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from loyalty_desktop.engine.customers import customer_table, prepare_orders, suggest_window
from loyalty_desktop.engine.definitions import Definitions


def _orders(rows):
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


TX = _orders([
    ("a", "2024-01-01 09:30", 100.0),
    ("a", "2024-01-11 18:00", 50.0),
    ("a", "2024-01-31 12:00", 30.0),
    ("a", "2024-02-05 12:00", -20.0),   # a refund: lowers revenue, is a return, not a purchase
    ("b", "2024-03-01 10:00", 200.0),
    ("c", "2024-03-02 10:00", -15.0),   # refund only: c is not a customer
])


def test_customer_table_hand_computed():
    table = customer_table(TX, None, Definitions(churn_window_days=30, as_of=pd.Timestamp("2024-03-10").date()))
    assert table.index.tolist() == ["a", "b"]
    a = table.loc["a"]
    # purchases on 01-01, 01-11, 01-31 → 3 purchases, gaps 10 and 20 days → median 15
    assert a["purchases"] == 3 and a["purchase_days"] == 3
    assert a["revenue"] == pytest.approx(160.0)            # 100 + 50 + 30 − 20
    assert a["returns"] == 1 and a["returned_amount"] == pytest.approx(20.0)
    assert a["average_order_value"] == pytest.approx(160.0 / 3)
    assert a["typical_gap_days"] == pytest.approx(15.0)
    # last purchase 01-31 (the refund is not activity), as_of 03-10 → 39 days > 30 → churned
    assert a["days_since_last_purchase"] == 39
    assert a["status"] == "churned"
    assert a["churn_date"] == pd.Timestamp("2024-03-01")   # 01-31 + 30 days
    assert a["lifespan_days"] == 60                        # 01-01 → 03-01
    assert a["tenure_days"] == 69                          # 01-01 → 03-10
    b = table.loc["b"]
    assert b["status"] == "active" and pd.isna(b["churn_date"]) and pd.isna(b["typical_gap_days"])
    assert b["lifespan_days"] == 9                          # 03-01 → as_of 03-10


def test_refunds_as_activity_makes_refund_only_buyer_a_customer():
    table = customer_table(TX, None, Definitions(churn_window_days=30, refunds_are_activity=True))
    assert "c" in table.index
    assert table.loc["c", "purchases"] == 0


def test_data_after_as_of_is_ignored():
    table = customer_table(TX, None, Definitions(as_of=pd.Timestamp("2024-01-15").date(), churn_window_days=30))
    assert table.index.tolist() == ["a"]
    assert table.loc["a", "purchases"] == 2


def test_customer_attributes_are_joined():
    customers = pd.DataFrame({"customer_id": ["a", "b"], "city": ["Malmö", "Uppsala"]})
    table = customer_table(TX, customers, Definitions(churn_window_days=30))
    assert table.loc["b", "city"] == "Uppsala"


def test_window_suggestion_is_p80_of_repeat_gaps_rounded_up_to_30_days():
    # 12 customers each with gaps of 10 and 100 days → gaps [10]*12 + [100]*12; p80 = 100 → 120 days
    rows = []
    for i in range(12):
        rows += [(f"c{i}", "2024-01-01", 10.0), (f"c{i}", "2024-01-11", 10.0), (f"c{i}", "2024-04-20", 10.0)]
    orders = prepare_orders(_orders(rows), pd.Timestamp("2024-12-31"), Definitions())
    suggestion = suggest_window(orders)
    assert suggestion.days == 120
    assert "80 %" in suggestion.reason and "120 days" in suggestion.reason


def test_window_suggestion_falls_back_with_reason_when_too_few_repeat_buyers():
    orders = prepare_orders(TX, pd.Timestamp("2024-12-31"), Definitions())
    suggestion = suggest_window(orders)
    assert suggestion.days == 90
    assert "too few" in suggestion.reason


def test_empty_transactions_give_an_empty_table_not_a_crash():
    empty = _orders([])
    table = customer_table(empty, None, Definitions())
    assert len(table) == 0 and "status" in table.columns


def _slow_customer_table(tx: pd.DataFrame, as_of: pd.Timestamp, window: int,
                         refunds_are_activity: bool) -> pd.DataFrame:
    """The obvious per-customer loop the vectorised table must agree with."""
    tx = tx.assign(day=tx["date"].dt.normalize())
    tx = tx[tx["day"] <= as_of]
    rows = {}
    for cid, own in tx.groupby("customer_id"):
        bought = own[own["amount"] > 0]
        active = own if refunds_are_activity else bought
        if active.empty:
            continue
        gaps = bought["day"].drop_duplicates().sort_values().diff().dt.days.dropna()
        last = active["day"].max()
        rows[cid] = {
            "purchases": len(bought), "revenue": float(own["amount"].sum()),
            "returns": int((own["amount"] <= 0).sum()),
            "first_purchase": active["day"].min(), "last_purchase": last,
            "typical_gap_days": float(gaps.median()) if len(gaps) else float("nan"),
            "status": "churned" if (as_of - last).days > window else "active",
        }
    return pd.DataFrame.from_dict(rows, orient="index")


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("refunds_are_activity", [False, True])
def test_customer_table_matches_a_slow_per_customer_computation(seed, refunds_are_activity):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 300))
    tx = pd.DataFrame({
        "customer_id": pd.array(rng.choice(["a", "B", "c1", "c10", "c2", "ö", "007"], n), dtype="string"),
        "date": (pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 400, n), unit="D")
                 + pd.to_timedelta(rng.integers(0, 86_400, n), unit="s")),
        "amount": np.round(rng.normal(40.0, 50.0, n), 2),   # about a fifth are refunds
    })
    as_of = pd.Timestamp("2023-12-01")
    defs = Definitions(churn_window_days=45, as_of=as_of.date(),
                       refunds_are_activity=refunds_are_activity)
    table = customer_table(tx, None, defs)
    expected = _slow_customer_table(tx, as_of, 45, refunds_are_activity)
    assert table.index.is_monotonic_increasing
    columns = list(expected.columns)
    pd.testing.assert_frame_equal(table[columns], expected, check_dtype=False,
                                  check_index_type=False, check_names=False)
