"""Row-level building blocks shared by the three table builders.

:class:`Rejections` collects every rejected row with its Excel row number, column and
reason (the first reason found wins, so each row is counted once and
``rows_read = rows_accepted + rows_rejected`` holds by construction). The identity rule of
SPEC §2 and the order-level helpers (continuation rows, aggregation) live here too.
All of it is vectorised: no per-row Python over a million rows.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..engine.i18n import Catalogue
from .errors import DataProblem
from .strings import (BLOCK_ROWS, all_distinct, contains_byte, empty_cells,
                      fixed_width_runs, may_need_trim, run_starts)
from .table import RawTable

REASONS = Catalogue("importing", {  # translated on lookup (engine/i18n.py)
    "failed": 'the payment has status "{value}": it was never completed, so it is not a purchase',
    "no_date": "the date is empty",
    "bad_date": "this is not a date the app can read",
    "no_amount": "the amount is empty",
    "bad_number": "this is not a number",
    "guest": ("no customer id, e-mail, phone or name: a guest purchase that cannot be linked "
              "to a customer"),
    "no_identity": "no customer id, e-mail, phone or name",
    "duplicate_customer": "the same customer as row {row}",
    "empty_answer": "no score, satisfaction, comment or reason in this answer",
    "bad_score": "an NPS score must be a whole number from 0 to 10",
    "bad_satisfaction": "a satisfaction answer must be a whole number from 1 to 5",
})
_NULL = pa.scalar(None, pa.string())


class Rejections:
    """Rejected rows of one file; each row is rejected at most once."""

    def __init__(self, file: str, excel_rows: np.ndarray) -> None:
        self.file = file
        self.excel_rows = excel_rows
        self.rejected = np.zeros(len(excel_rows), dtype=bool)
        self.problems: list[DataProblem] = []

    def add(self, mask: np.ndarray, column: str | None, reason: str,
            values: pa.Array | None = None) -> int:
        """Reject the rows in ``mask`` not rejected yet; returns how many were new."""
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():               # the usual case: no temporary arrays at all
            return 0
        new = mask & ~self.rejected
        positions = np.flatnonzero(new)
        if not len(positions):
            return 0
        cells = (values.take(pa.array(positions)).to_pylist() if values is not None
                 else [None] * len(positions))
        rows = self.excel_rows[positions].tolist()
        self.problems.extend(
            DataProblem(self.file, row, column, None if cell in (None, "") else str(cell)[:100],
                        reason) for row, cell in zip(rows, cells))
        self.rejected |= new
        return len(positions)

    def add_each(self, positions: np.ndarray, column: str | None, reasons: list[str],
                 values: list[str | None]) -> int:
        """Reject given rows, each with its own reason (e.g. naming the row it duplicates)."""
        fresh = [i for i, p in enumerate(positions) if not self.rejected[p]]
        for i in fresh:
            self.problems.append(DataProblem(self.file, int(self.excel_rows[positions[i]]),
                                             column, values[i], reasons[i]))
        self.rejected[np.asarray(positions, dtype=np.int64)] = True
        return len(fresh)

    @property
    def accepted(self) -> np.ndarray:
        return ~self.rejected


def text(raw: RawTable, column: str | None) -> pa.Array | None:
    """A mapped column as trimmed text, null where empty (numbers as Excel shows them)."""
    if column is None:
        return None
    values = raw.columns[column]
    if pa.types.is_floating(values.type):
        numbers = values.to_numpy(zero_copy_only=False)
        whole = np.isfinite(numbers) & (np.mod(numbers, 1) == 0) & (np.abs(numbers) < 1e15)
        if whole[np.isfinite(numbers)].all():
            values = pc.cast(pc.cast(values, pa.int64(), safe=False), pa.string())
    values = values.cast(pa.string())
    if may_need_trim(values):
        values = pc.utf8_trim_whitespace(values)
    empty = empty_cells(values)
    if empty is not None and not empty.any():
        return values                  # the common case: nothing to trim, nothing empty
    return pc.if_else(pc.fill_null(pc.equal(values, ""), True), _NULL, values)


def present(values: pa.Array | None, length: int) -> np.ndarray:
    if values is None:
        return np.zeros(length, dtype=bool)
    if values.null_count == 0:
        return np.ones(length, dtype=bool)
    return np.asarray(pc.is_valid(values).to_numpy(zero_copy_only=False), dtype=bool)


def normalise_ids(values: pa.Array) -> pa.Array:
    """"17850.0" → "17850" when *every* id is written that way (a float-typed export)."""
    valid = len(values) - values.null_count
    if not valid or not contains_byte(values, ".") or not pc.any(
            pc.match_substring(values, ".")).as_py():
        return values
    if int(pc.sum(pc.match_substring_regex(values, r"^\d+\.0+$")).as_py() or 0) == valid:
        return pc.replace_substring_regex(values, r"\.0+$", "")
    return values


def normalise_email(values: pa.Array) -> pa.Array:
    return pc.utf8_lower(values)


def normalise_phone(values: pa.Array) -> pa.Array:
    digits = pc.replace_substring_regex(values, r"[^\d+]", "")
    return pc.if_else(pc.fill_null(pc.equal(digits, ""), True), _NULL, digits)


def normalise_name(values: pa.Array) -> pa.Array:
    return pc.replace_substring_regex(values, r"\s+", " ")


def join_names(first: pa.Array | None, last: pa.Array | None) -> pa.Array | None:
    if first is None or last is None:
        return first if last is None else last
    joined = pc.binary_join_element_wise(pc.fill_null(first, ""), pc.fill_null(last, ""), " ")
    joined = pc.utf8_trim_whitespace(joined)
    return pc.if_else(pc.equal(joined, ""), _NULL, joined)


def identity(fields: dict[str, pa.Array | None], length: int) -> pa.Array:
    """SPEC §2: customer_id, else e-mail (lower-cased), else phone, else name."""
    candidates = []
    if fields.get("customer_id") is not None:
        candidates.append(normalise_ids(fields["customer_id"]))
    if fields.get("email") is not None:
        candidates.append(normalise_email(fields["email"]))
    if fields.get("phone") is not None:
        candidates.append(normalise_phone(fields["phone"]))
    if fields.get("name") is not None:
        candidates.append(normalise_name(fields["name"]))
    if not candidates:
        return pa.nulls(length, pa.string())
    return pc.coalesce(*candidates) if len(candidates) > 1 else candidates[0]


class Orders:
    """Which order each row belongs to.

    ``codes``: one integer per order, numbered by first appearance (rows without an order id
    are their own order), built on first use. ``heads``: when the orders come in runs, the
    first row of each (``starts``: True on those rows), else None."""

    def __init__(self, length: int, codes: np.ndarray | None = None,
                 heads: np.ndarray | None = None, starts: np.ndarray | None = None) -> None:
        self.length = length
        self.heads = heads
        self._codes = codes
        self.starts = starts

    @property
    def codes(self) -> np.ndarray:
        if self._codes is None:
            if self.starts is not None:       # each row's run number: a running count
                self._codes = np.cumsum(self.starts, dtype=np.int64)
                self._codes -= 1
            else:
                sizes = np.diff(np.append(self.heads, self.length))
                self._codes = np.repeat(np.arange(len(self.heads), dtype=np.int64), sizes)
        return self._codes


def run_sums(columns: list[np.ndarray], orders: Orders) -> list[np.ndarray]:
    """Sum of each order's values for orders in runs, added in row order (the same sums as
    ``bincount`` over the order codes), for several columns in one pass, a block of rows at
    a time: no run number for every row is ever stored (8 MB of fresh memory a million)."""
    starts, heads = orders.starts, orders.heads
    if not columns:
        return []
    if starts is None:
        return [np.bincount(orders.codes, weights=c, minlength=len(heads)) for c in columns]
    sums = [np.zeros(len(heads), dtype=np.float64) for _ in columns]
    begun = 0                                          # runs started before the block
    for low in range(0, len(starts), BLOCK_ROWS):
        high = min(len(starts), low + BLOCK_ROWS)
        run = np.cumsum(starts[low:high], dtype=np.intp)     # run number in the block …
        offset = int(run[0])                                # … 1 if the block starts one
        if offset:
            run -= offset
        first = begun - 1 + offset                          # the block's first run overall
        for column, total in zip(columns, sums):
            total[first:first + int(run[-1]) + 1] += np.bincount(run, weights=column[low:high])
        begun = first + int(run[-1]) + 1
    return sums


def order_codes(order_id: pa.Array | None, length: int) -> np.ndarray:
    """One integer per order (first-appearance order); see :func:`order_runs`."""
    return order_runs(order_id, length).codes


def order_runs(order_id: pa.Array | None, length: int) -> Orders:
    """The orders of the rows (see :class:`Orders`).

    Exports list an order's line items together, so the ids usually come in runs: when the
    first id of each run never repeats, each run is one order (no hashing of a million
    strings); otherwise every id is dictionary-encoded. Ids of one width (the usual case)
    are compared as packed integers, and sorted ones need no hashing at all."""
    if order_id is None:
        return Orders(length, codes=np.arange(length, dtype=np.int64))
    if order_id.null_count == 0 and length > 1:
        runs = fixed_width_runs(order_id)
        starts, ordered = runs if runs is not None else (run_starts(order_id), False)
        heads = np.flatnonzero(starts)
        if len(heads) <= length // 2 and (ordered or all_distinct(order_id.take(pa.array(heads)))):
            return Orders(length, heads=heads, starts=starts)
    encoded = pc.dictionary_encode(order_id)
    codes = encoded.indices.to_numpy(zero_copy_only=False)
    missing = np.asarray(pc.is_null(encoded.indices).to_numpy(zero_copy_only=False), dtype=bool)
    codes = np.where(missing, 0, codes).astype(np.int64)
    if missing.any():
        codes[missing] = len(encoded.dictionary) + np.arange(int(missing.sum()))
    return Orders(length, codes=codes)


def fill_from_order(values: pa.Array, orders: "Orders | np.ndarray") -> pa.Array:
    """Copy an order's first non-empty value into its continuation rows (Shopify line items)."""
    filled = present(values, len(values))
    if filled.all() or not filled.any():
        return values
    codes = orders.codes if isinstance(orders, Orders) else orders
    positions = np.flatnonzero(filled)
    order_ids, first = np.unique(codes[positions], return_index=True)
    source = np.full(int(codes.max()) + 1, -1, dtype=np.int64)
    source[order_ids] = positions[first]
    take = source[codes]
    fill = ~filled & (take >= 0)
    if not fill.any():
        return values
    take = np.where(fill, take, np.arange(len(values)))
    return values.take(pa.array(take))


def snake_case(name: str) -> str:
    value = re.sub(r"[^\w]+", "_", name.strip().lower(), flags=re.UNICODE).strip("_")
    return value or "column"


def to_pandas_text(values: pa.Array) -> pd.Series:
    return pd.Series(values.to_pandas(), dtype="str")
