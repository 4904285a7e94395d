"""The per-customer table as it stood on past days, fast enough to rebuild once per period.

``customers.customer_table`` is the reference; it groups the orders by customer id text,
which costs about 1.7 s for 1,000,000 orders — fine once, too slow twelve times for the
loyal-share-over-time chart. Here the orders are sorted by day and the ids turned into
integer codes *once*; the table on day t is then prefix slices and ``np.bincount``.

Same definitions and columns as ``customer_table`` (a test compares them on random data),
except ``typical_gap_days`` (a per-customer median): when a rule needs it, the caller
falls back to ``customer_table`` (see :data:`NOT_BUILT`).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .customers import CUSTOMER_COLUMNS, DAYS_PER_MONTH

#: customer_table columns this module does not rebuild.
NOT_BUILT = frozenset({"typical_gap_days"})
_EPOCH = np.datetime64("1970-01-01", "D")
_BUILT_COLUMNS = tuple(c for c in CUSTOMER_COLUMNS if c not in NOT_BUILT)


class OrderHistory:
    """Orders prepared once (``customers.prepare_orders`` output, all days)."""

    def __init__(self, orders: pd.DataFrame, customers: pd.DataFrame | None = None) -> None:
        order = np.argsort(orders["day"].to_numpy(), kind="stable")
        self.codes, self.ids = pd.factorize(orders["customer_id"].to_numpy()[order], sort=True)
        self.day = orders["day"].to_numpy().astype("datetime64[D]").astype(np.int64)[order]
        self.amount = orders["amount"].to_numpy(dtype=np.float64)[order]
        self.is_purchase = orders["is_purchase"].to_numpy(dtype=bool)[order]
        self.is_activity = np.asarray(orders["is_activity"], dtype=bool)
        if self.is_activity.shape != self.is_purchase.shape:      # scalar True when refunds count
            self.is_activity = np.ones_like(self.is_purchase)
        else:
            self.is_activity = self.is_activity[order]
        self.n = len(self.ids)
        self.index = pd.Index(self.ids, name="customer_id", dtype="string")
        #: the datetime unit of the reference table (pandas 3 may use µs, not ns)
        self.date_dtype = orders["day"].dtype if len(orders) else np.dtype("datetime64[ns]")
        self.first_of_day = _first_purchase_of_day(self.codes, self.day, self.is_purchase)
        self.extra = pd.DataFrame(index=self.index)
        if customers is not None and len(customers) and "customer_id" in customers:
            attrs = customers.drop_duplicates("customer_id", keep="last").copy()
            attrs["customer_id"] = attrs["customer_id"].astype("string")
            self.attach(attrs.set_index("customer_id"))

    def attach(self, columns: pd.DataFrame) -> None:
        """Columns (indexed by customer_id) copied into every table, aligned once here
        instead of joined per day — imported attributes, or today's survey answers."""
        built = set(_BUILT_COLUMNS) | NOT_BUILT
        aligned = columns[[c for c in columns.columns if c not in built]].reindex(self.index)
        self.extra = pd.concat([self.extra.drop(columns=aligned.columns, errors="ignore"),
                                aligned], axis=1)

    def _count(self, mask: np.ndarray, stop: int, start: int = 0) -> np.ndarray:
        return np.bincount(self.codes[start:stop][mask[start:stop]], minlength=self.n)

    def _sum(self, mask: np.ndarray | None, stop: int, start: int = 0) -> np.ndarray:
        codes, amount = self.codes[start:stop], self.amount[start:stop]
        if mask is not None:
            codes, amount = codes[mask[start:stop]], amount[mask[start:stop]]
        return np.bincount(codes, weights=amount, minlength=self.n)

    def table_at(self, as_of: pd.Timestamp, window_days: int) -> pd.DataFrame:
        """``customer_table`` on ``as_of`` (without ``typical_gap_days``)."""
        end = _day(as_of)
        stop = int(np.searchsorted(self.day, end, side="right"))
        recent = int(np.searchsorted(self.day, end - 365, side="right"))
        act = self.is_activity[:stop]
        first = np.full(self.n, np.iinfo(np.int64).max)
        last = np.full(self.n, np.iinfo(np.int64).min)
        np.minimum.at(first, self.codes[:stop][act], self.day[:stop][act])
        np.maximum.at(last, self.codes[:stop][act], self.day[:stop][act])
        known = first <= end
        purchases = self._count(self.is_purchase, stop)
        returns_mask = ~self.is_purchase
        purchase_days = self._count(self.first_of_day, stop)
        revenue = self._sum(None, stop)
        with np.errstate(divide="ignore", invalid="ignore"):
            aov = np.where(purchases > 0, revenue / np.where(purchases > 0, purchases, 1), np.nan)
        table = pd.DataFrame({
            "first_purchase": _dates(first, self.date_dtype),
            "last_purchase": _dates(last, self.date_dtype),
            "purchases": purchases, "purchase_days": purchase_days, "revenue": revenue,
            "returns": self._count(returns_mask, stop),
            "returned_amount": np.clip(-self._sum(returns_mask, stop), 0.0, None),
            "average_order_value": aov,
            "tenure_days": end - first, "tenure_months": (end - first) / DAYS_PER_MONTH,
            "days_since_last_purchase": end - last,
            "purchases_last_365d": self._count(self.is_purchase, stop, recent),
            "revenue_last_365d": self._sum(None, stop, recent),
        }, index=self.index)[known]
        churned = table["days_since_last_purchase"].to_numpy() > int(window_days)
        table["status"] = np.where(churned, "churned", "active")
        table["churn_date"] = (table["last_purchase"] + pd.Timedelta(days=int(window_days))).where(churned)
        finish = np.where(churned, table["last_purchase"].to_numpy().astype("datetime64[D]").astype(np.int64)
                          + int(window_days), end)
        first_known = first[known]
        table["lifespan_days"] = (finish - first_known).astype(np.int64)
        for column in self.extra.columns:
            table[column] = self.extra[column].array[known]
        return table


    def revenue_between(self, start: pd.Timestamp, end: pd.Timestamp,
                        members: pd.Index) -> tuple[float, float]:
        """(all revenue, revenue of ``members``) from orders on days ``start`` … ``end``."""
        lo, hi = (int(np.searchsorted(self.day, _day(t), side=side))
                  for t, side in ((start, "left"), (end, "right")))
        per_customer = self._sum(None, hi, lo)
        rows = self.index.get_indexer(members)
        return float(per_customer.sum()), float(per_customer[rows[rows >= 0]].sum())


def _first_purchase_of_day(codes: np.ndarray, day: np.ndarray, is_purchase: np.ndarray) -> np.ndarray:
    """Flags the first purchase order of each (customer, day) pair. With the orders in day
    order that order has the pair's day, so the flag never depends on the cut-off day."""
    offset = day - day.min() if len(day) else day
    pair = np.where(is_purchase, codes.astype(np.int64) * (1 << 32) + offset, -1)
    _, first_index = np.unique(pair, return_index=True)
    first = np.zeros(len(pair), bool)
    first[first_index] = True
    return first & is_purchase


def _day(stamp: pd.Timestamp) -> int:
    return int((np.datetime64(pd.Timestamp(stamp).normalize(), "D") - _EPOCH).astype(np.int64))


def _dates(days: np.ndarray, dtype) -> pd.Series:
    """Day numbers → datetimes (never-seen customers get a placeholder; they are dropped)."""
    valid = np.where((days > -10**6) & (days < 10**6), days, 0)
    return pd.Series(valid.astype("datetime64[D]")).astype(dtype).to_numpy()
