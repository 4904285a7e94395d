"""The three tidy tables every metric starts from (SPEC §2), and their column names.

``io`` produces a :class:`Dataset`; the engine never reads files. Columns:

transactions — one row per *order* (line items already aggregated by io):
    customer_id  str   identity (customer id, else normalised e-mail, phone or name)
    date         datetime64[ns], naive local time (time zones converted away by io)
    amount       float64 net order amount in the data's currency; refunds negative
    optional: order_id (str), quantity (float), product (str), channel (str),
              store (str), email (str), phone (str), source (str: file the row came from)

customers — one row per customer:
    customer_id  str
    optional: email, name, phone, signup_date (datetime64), and any attribute column
              (city, gender, channel …) kept with a snake_case name.

responses — one row per survey answer:
    score        Int64 0..10 (NPS) and/or satisfaction Int64 1..5
    optional: customer_id (str), email (str), date (datetime64), comment (str),
              reason (str: exit reason), wave (str), plus any other answered question.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

TRANSACTION_REQUIRED = ("customer_id", "date", "amount")
TRANSACTION_OPTIONAL = ("order_id", "quantity", "unit_price", "product", "channel", "store",
                        "email", "phone", "name", "currency", "source")
CUSTOMER_REQUIRED = ("customer_id",)
RESPONSE_SCORES = ("score", "satisfaction")


def empty_transactions() -> pd.DataFrame:
    return pd.DataFrame({
        "customer_id": pd.Series([], dtype="string"),
        "date": pd.Series([], dtype="datetime64[ns]"),
        "amount": pd.Series([], dtype="float64"),
    })


def empty_customers() -> pd.DataFrame:
    return pd.DataFrame({"customer_id": pd.Series([], dtype="string")})


def empty_responses() -> pd.DataFrame:
    return pd.DataFrame({"score": pd.Series([], dtype="Int64")})


@dataclass
class Dataset:
    """Everything imported into one project, already tidy."""

    transactions: pd.DataFrame = field(default_factory=empty_transactions)
    customers: pd.DataFrame = field(default_factory=empty_customers)
    responses: pd.DataFrame = field(default_factory=empty_responses)

    @property
    def has_transactions(self) -> bool:
        return len(self.transactions) > 0

    @property
    def has_responses(self) -> bool:
        return len(self.responses) > 0
