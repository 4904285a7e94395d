"""A tiny shop whose analysis the export tests write out: three customers, known numbers.

Orders (SEK): A buys 100 on 2024-01-10 and 300 on 2024-03-05 (2 purchases, revenue 400);
B buys 50 on 2024-01-20; C buys 200 on 2024-02-01 and refunds 20 the same day (a return:
net ≤ 0 is not a purchase). Revenue = 100 + 300 + 50 + 200 − 20 = 630; purchases = 4.
B's name is formula-looking on purpose ("=1+1"): exports must keep it inert.
"""
from __future__ import annotations

import pandas as pd

from loyalty_desktop.engine.analysis import Analysis, analyse
from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions

IMPORTS = [{"file": "kassa.csv", "kind": "transactions", "format": "csv", "encoding": "utf-8",
            "delimiter": ";", "decimal": ",", "rows_read": 7, "rows_accepted": 5,
            "rows_rejected": 2, "rejects": [
                {"row": 4, "column": "Datum", "reason": "\"31/02/2024\" is not a date"},
                {"row": 7, "column": "Kund", "reason": "=cmd|' /C calc'!A0"}]}]


def tiny_analysis(**defs) -> Analysis:
    transactions = pd.DataFrame({
        "customer_id": pd.Series(["A", "A", "B", "C", "C"], dtype="string"),
        "date": pd.to_datetime(["2024-01-10", "2024-03-05", "2024-01-20", "2024-02-01",
                                "2024-02-01"]),
        "amount": [100.0, 300.0, 50.0, 200.0, -20.0],
        "order_id": pd.Series(["1", "2", "3", "4", "5"], dtype="string"),
    })
    customers = pd.DataFrame({"customer_id": pd.Series(["A", "B", "C"], dtype="string"),
                              "name": ["Åsa Ørsted", "=1+1", "Дмитрий"],
                              "email": ["asa@example.se", "@cmd", "dima@example.ru"]})
    settings = {"currency": "SEK", "churn_window_days": 30, **defs}
    return analyse(Dataset(transactions, customers), Definitions(**settings))


def overdue_analysis() -> Analysis:
    """Customer X ("=1+1", phone "+46 70 123") bought every 10 days (Jan 1, 11, 21), then
    nothing until as_of = Mar 1 (Y's purchase): 40 days > 1.5 × 10 → overdue, at risk."""
    transactions = pd.DataFrame({
        "customer_id": pd.Series(["X", "X", "X", "Y"], dtype="string"),
        "date": pd.to_datetime(["2024-01-01", "2024-01-11", "2024-01-21", "2024-03-01"]),
        "amount": [10.0, 10.0, 10.0, 5.0]})
    customers = pd.DataFrame({"customer_id": pd.Series(["X", "Y"], dtype="string"),
                              "name": ["=1+1", "Yvonne"], "phone": ["+46 70 123", "070 1"]})
    return analyse(Dataset(transactions, customers),
                   Definitions(currency="SEK", churn_window_days=90))
