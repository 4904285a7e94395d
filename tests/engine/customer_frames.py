"""Hand-made per-customer tables with the columns of ``customers.customer_table`` (the lead's
contract), so value/lifespan/compare tests state only the fields that matter to them."""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

DEFAULTS: dict[str, Any] = {
    "first_purchase": "2024-01-01", "last_purchase": None, "purchases": 1, "purchase_days": None,
    "revenue": 100.0, "returns": 0, "returned_amount": 0.0, "purchases_last_365d": None,
    "revenue_last_365d": None, "typical_gap_days": np.nan, "churn_date": None,
}


def customer_frame(rows: dict[str, dict[str, Any]], as_of: str, window_days: int = 90) -> pd.DataFrame:
    """One row per customer id; ``churn_date`` given → churned, else active.

    Derived columns follow the contract: tenure/days since last from ``as_of``, lifespan to the
    churn date (churned) or ``as_of`` (active), last purchase = churn date − window when churned.
    """
    as_of_ts = pd.Timestamp(as_of)
    records = []
    for cid, fields in rows.items():
        row = {**DEFAULTS, **fields}
        first = pd.Timestamp(row["first_purchase"])
        churn = pd.Timestamp(row["churn_date"]) if row["churn_date"] else pd.NaT
        if row["last_purchase"] is not None:
            last = pd.Timestamp(row["last_purchase"])
        elif churn is not pd.NaT:
            last = churn - pd.Timedelta(days=window_days)
        else:
            last = first
        purchases = int(row["purchases"])
        records.append({
            "customer_id": cid, "first_purchase": first, "last_purchase": last,
            "purchases": purchases,
            "purchase_days": row["purchase_days"] if row["purchase_days"] is not None else purchases,
            "revenue": float(row["revenue"]), "returns": int(row["returns"]),
            "returned_amount": float(row["returned_amount"]),
            "average_order_value": float(row["revenue"]) / purchases if purchases else np.nan,
            "tenure_days": (as_of_ts - first).days,
            "tenure_months": (as_of_ts - first).days / (365.25 / 12),
            "days_since_last_purchase": (as_of_ts - last).days,
            "purchases_last_365d": (row["purchases_last_365d"] if row["purchases_last_365d"]
                                    is not None else purchases),
            "revenue_last_365d": (row["revenue_last_365d"] if row["revenue_last_365d"]
                                  is not None else float(row["revenue"])),
            "typical_gap_days": row["typical_gap_days"],
            "status": "churned" if churn is not pd.NaT else "active",
            "churn_date": churn,
            "lifespan_days": ((churn if churn is not pd.NaT else as_of_ts) - first).days,
        })
    frame = pd.DataFrame.from_records(records, columns=[
        "customer_id", "first_purchase", "last_purchase", "purchases", "purchase_days", "revenue",
        "returns", "returned_amount", "average_order_value", "tenure_days", "tenure_months",
        "days_since_last_purchase", "purchases_last_365d", "revenue_last_365d",
        "typical_gap_days", "status", "churn_date", "lifespan_days"])
    frame["churn_date"] = pd.to_datetime(frame["churn_date"])
    frame["first_purchase"] = pd.to_datetime(frame["first_purchase"])
    frame["last_purchase"] = pd.to_datetime(frame["last_purchase"])
    return frame.set_index("customer_id")


def transactions(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    """Engine-contract transactions from (customer_id, date, amount) tuples."""
    return pd.DataFrame({"customer_id": pd.Series([r[0] for r in rows], dtype="string"),
                         "date": pd.to_datetime(pd.Series([r[1] for r in rows], dtype="object")),
                         "amount": pd.Series([float(r[2]) for r in rows], dtype="float64")})


#: Degenerate data sets of issue 5 item 6, as (customer, date, amount) orders.
DEGENERATE = {
    "one customer": [("a", "2024-01-05", 10.0), ("a", "2024-03-05", 12.0)],
    "one day": [("a", "2024-01-05", 10.0), ("b", "2024-01-05", 20.0), ("c", "2024-01-05", 5.0)],
    "all one-time buyers": [("a", "2024-01-05", 10.0), ("b", "2024-02-05", 20.0),
                            ("c", "2024-06-05", 5.0)],
    "no refunds": [("a", "2024-01-05", 10.0), ("a", "2024-05-05", 10.0), ("b", "2024-02-05", 20.0)],
    "only refunds": [("a", "2024-01-05", -10.0), ("b", "2024-02-05", -20.0)],
    "shorter than the window": [("a", "2024-01-05", 10.0), ("a", "2024-01-20", 10.0),
                                ("b", "2024-02-01", 20.0)],
}
