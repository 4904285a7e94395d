"""The fast past-day customer table equals ``customer_table`` on the same day (every column
it builds), on random orders with refunds, repeat days and both refund settings."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from loyalty_desktop.engine.customer_snapshots import NOT_BUILT, OrderHistory
from loyalty_desktop.engine.customers import customer_table, prepare_orders
from loyalty_desktop.engine.definitions import Definitions


def _random_transactions(seed: int, n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    amount = rng.gamma(2.0, 40.0, n)
    amount[rng.random(n) < 0.1] *= -0.5                    # some refunds
    return pd.DataFrame({
        "customer_id": pd.array(rng.integers(0, 80, n).astype(str), dtype="string"),
        "date": pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D")
        + pd.to_timedelta(rng.integers(0, 86400, n), unit="s"),
        "amount": amount})


@pytest.mark.parametrize("seed, refunds_are_activity", [(1, False), (2, True), (3, False)])
def test_snapshot_equals_customer_table_on_past_days(seed, refunds_are_activity):
    tx = _random_transactions(seed)
    defs = Definitions(churn_window_days=60, refunds_are_activity=refunds_are_activity)
    attributes = pd.DataFrame({"customer_id": pd.array(["1", "2", "77"], dtype="string"),
                               "city": ["Lund", "Malmö", "Ystad"]})
    last = pd.Timestamp(tx["date"].max()).normalize()
    history = OrderHistory(prepare_orders(tx, last, defs), attributes)
    for day in ("2023-03-15", "2023-12-31", "2024-06-01", last):
        as_of = pd.Timestamp(day)
        expected = customer_table(tx, attributes, defs, as_of=as_of, window_days=60)
        got = history.table_at(as_of, 60)
        expected = expected.drop(columns=list(NOT_BUILT))
        assert list(got.columns) == list(expected.columns)
        pd.testing.assert_frame_equal(got, expected, check_dtype=True, check_index_type=False,
                                      check_exact=False, rtol=1e-9)


def test_day_before_any_order_gives_an_empty_table():
    tx = _random_transactions(4)
    defs = Definitions(churn_window_days=60)
    history = OrderHistory(prepare_orders(tx, pd.Timestamp(tx["date"].max()).normalize(), defs))
    assert len(history.table_at(pd.Timestamp("2022-12-31"), 60)) == 0
