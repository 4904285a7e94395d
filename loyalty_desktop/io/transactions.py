"""Sales rows → the tidy transactions table: one row per order (SPEC §2).

Steps, each vectorised: continuation rows get their order's first values; failed payments,
rows without a readable date or amount, and guest rows are rejected with a reason; the
currency is checked (mixed currencies stop the import, naming rows); line items are summed
per order id (``amount``, or ``quantity`` × ``unit_price``; a refunded amount is subtracted).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..engine.i18n import Catalogue
from .dates import Dates, parse_dates
from .errors import ImportFailed
from .numbers import codes_column, currency_in_header, parse_column, resolve_krona
from .presets import Preset
from .rows import (REASONS, Rejections, Orders, fill_from_order, identity, join_names, order_runs,
                   present, run_sums, text, to_pandas_text)
from .table import RawTable
from .threads import in_parallel

MESSAGES = Catalogue("importing", {  # translated on lookup (engine/i18n.py)
    "ambiguous": ('The dates in column "{column}" could be day/month or month/day (for example '
                  '"{example}"). Choose the date order in the import window, or set '
                  '"date_order": "dmy" or "mdy" in the config file.'),
    "mixed": ("The file mixes currencies ({listing}). Import each currency as its own file, "
              "or remove the rows in the other currency."),
})
TEXT_FIELDS = ("product", "channel", "store", "email", "phone", "name")
NUMBER_FIELDS = ("amount", "refunded", "quantity", "unit_price")
ORDER_OF_FORMAT = {"%d": "dmy", "%m": "mdy", "%Y": "ymd"}
IDENTITY_SOURCES = ("customer_id", "email", "phone", "name", "first_name", "last_name")


@dataclass
class Built:
    """A tidy table plus what the import log reports about it."""

    table: pd.DataFrame
    rejections: Rejections
    guest_rows: int = 0
    orders: int = 0
    currency: str | None = None
    date_order: str | None = None
    decimal: str | None = None


def build_transactions(raw: RawTable, mapping: dict[str, str], *, file: str, decimal: str,
                       date_order: str | None, currency: str | None,
                       preset: Preset | None = None) -> Built:
    n = raw.rows
    # Numbers are parsed from their own columns; only the text-like fields are needed as text.
    wanted = [f for f, col in mapping.items() if f not in NUMBER_FIELDS
              and not (f == "date" and not pa.types.is_string(raw.columns[col].type))]
    level = preset.order_level if preset else IDENTITY_SOURCES + ("date", "time")

    def dates_first():
        own = {f: text(raw, mapping[f]) for f in wanted if f in ("date", "time")}
        return own, parse_dates(_date_source(raw, own, mapping), date_order, trimmed=True)

    def orders_and_identity():
        own = {f: text(raw, mapping[f]) for f in wanted if f not in ("date", "time")}
        orders = order_runs(own.get("order_id"), n)
        if "order_id" in mapping:
            for name in level:
                if own.get(name) is not None:
                    own[name] = fill_from_order(own[name], orders)
        if own.get("name") is None:
            own["name"] = join_names(own.get("first_name"), own.get("last_name"))
        return own, orders, identity(own, n)

    # The dates are parsed while the orders are found; only when an order's continuation
    # rows get its date filled in (Shopify line items) are they parsed again, filled.
    (dated, parsed), (fields, orders, who) = in_parallel(dates_first, orders_and_identity)
    filled = dict(dated)
    if "order_id" in mapping:
        for name in ("date", "time"):
            if name in level and filled.get(name) is not None:
                filled[name] = fill_from_order(filled[name], orders)
    if any(filled.get(f) is not dated.get(f) for f in ("date", "time")):
        parsed = parse_dates(_date_source(raw, filled, mapping), date_order, trimmed=True)
    filled.update(fields)
    fields = filled
    rejections = Rejections(file, raw.excel_rows)
    _reject_failed(rejections, fields, mapping, preset)
    dates, order = _dates(raw, fields, mapping, rejections, parsed, file)
    amount, quantity, numbers = _amounts(raw, fields, mapping, rejections, decimal, preset, orders)
    guests = rejections.add(~present(who, n), _identity_column(mapping), REASONS["guest"])
    found_currency = currency or _currency(raw, fields, mapping, rejections, numbers, file) or (
        preset.currency if preset else None)
    table = _aggregate(rejections.accepted, orders, who, dates, amount, quantity,
                       fields, raw, mapping, preset, decimal)
    return Built(table=table, rejections=rejections, guest_rows=guests, orders=len(table),
                 currency=found_currency, date_order=order, decimal=decimal)


def _identity_column(mapping: dict[str, str]) -> str | None:
    return next((mapping[f] for f in IDENTITY_SOURCES if f in mapping), None)


def _reject_failed(rejections: Rejections, fields: dict, mapping: dict, preset: Preset | None) -> None:
    status = fields.get("status")
    if status is None:
        return
    failed = preset.failed_status if preset else ("failed", "declined", "cancelled", "canceled",
                                                   "misslyckad", "mislykket", "mislukt")
    lowered = pc.utf8_lower(status)
    mask = pc.fill_null(pc.is_in(lowered, value_set=pa.array(list(failed))), False)
    mask = np.asarray(mask.to_numpy(zero_copy_only=False), dtype=bool)
    for value in set(status.filter(pa.array(mask)).to_pylist()):
        same = mask & np.asarray(pc.fill_null(pc.equal(status, value), False)
                                 .to_numpy(zero_copy_only=False), bool)
        rejections.add(same, mapping["status"], REASONS["failed"].format(value=value), status)


def _date_source(raw: RawTable, fields: dict, mapping: dict) -> pa.Array:
    """The date column as parsed: typed cells as they are, text trimmed (joined with a
    separate time column)."""
    source = raw.columns[mapping["date"]]
    if fields.get("time") is not None and fields.get("date") is not None:
        joined = pc.binary_join_element_wise(fields["date"], pc.fill_null(fields["time"], ""), " ")
        return pc.utf8_trim_whitespace(joined)
    return fields["date"] if pa.types.is_string(source.type) else source


def _dates(raw, fields, mapping, rejections, parsed: Dates, file):
    column = mapping["date"]
    if parsed.ambiguous:
        example = _ambiguous_example(fields["date"])
        raise ImportFailed(file, MESSAGES["ambiguous"].format(column=column, example=example),
                           column=column)
    if fields.get("time") is not None and fields.get("date") is None:
        # A typed date cell + a time column.
        parsed = Dates(parsed.values + _time_of_day(fields["time"]), bad=parsed.bad,
                       order=parsed.order)
    rejections.add(parsed.empty(), column, REASONS["no_date"])
    rejections.add(parsed.bad, column, REASONS["bad_date"], fields.get("date"))
    order = parsed.order or ORDER_OF_FORMAT.get(raw.date_formats.get(column, "")[:2])
    return parsed, order


def _time_of_day(times: pa.Array) -> np.ndarray:
    """"14:05:33" / "2:05 PM" → timedelta64[ns] (0 where missing or unreadable)."""
    parts = pc.extract_regex(times, r"^(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?"
                                    r"\s*(?P<p>[AaPp]\.?[Mm])?")
    def number(index: int) -> np.ndarray:
        field = pc.struct_field(parts, [index])
        field = pc.if_else(pc.equal(field, ""), pa.scalar(None, pa.string()), field)
        return np.nan_to_num(np.asarray(pc.cast(field, pa.float64()).to_numpy(
            zero_copy_only=False), dtype=np.float64))
    hours, minutes, seconds = number(0), number(1), number(2)
    suffix = pc.fill_null(pc.utf8_lower(pc.struct_field(parts, [3])), "")
    pm = np.asarray(pc.starts_with(suffix, "p").to_numpy(zero_copy_only=False), bool)
    am = np.asarray(pc.starts_with(suffix, "a").to_numpy(zero_copy_only=False), bool)
    hours = np.where(pm & (hours < 12), hours + 12, np.where(am & (hours == 12), 0, hours))
    total = (hours * 3600 + minutes * 60 + seconds) * 1e9
    return total.astype(np.int64).astype("timedelta64[ns]")


def _ambiguous_example(values: pa.Array) -> str:
    """A value that reads differently day-first and month-first, e.g. "01/02/2024"."""
    for value in values.slice(0, 5000).to_pylist():
        match = re.match(r"^(\d{1,2})\D(\d{1,2})\D", value or "")
        if match and match.group(1) != match.group(2) and max(map(int, match.groups())) <= 12:
            return value
    return ""


def _amounts(raw, fields, mapping, rejections, decimal, preset, orders):
    """Net amount per row (NaN where rejected) and the parsed quantity (or None)."""
    n = raw.rows
    quantity_values = None
    numbers = {}
    if "amount" in mapping:
        parsed = numbers["amount"] = _numbers(raw, mapping["amount"], decimal)
        rejections.add(parsed.bad, mapping["amount"], REASONS["bad_number"],
                       raw.columns[mapping["amount"]])
        values = parsed.values
        if preset and "amount" in preset.order_level and "order_id" in mapping:
            values = _fill_numbers(values, orders)
        rejections.add(np.isnan(values), mapping["amount"], REASONS["no_amount"])
    else:
        quantity = _numbers(raw, mapping["quantity"], decimal)
        price = numbers["unit_price"] = _numbers(raw, mapping["unit_price"], decimal)
        rejections.add(quantity.bad, mapping["quantity"], REASONS["bad_number"],
                       raw.columns[mapping["quantity"]])
        rejections.add(price.bad, mapping["unit_price"], REASONS["bad_number"],
                       raw.columns[mapping["unit_price"]])
        rejections.add(np.isnan(quantity.values), mapping["quantity"], REASONS["no_amount"])
        rejections.add(np.isnan(price.values), mapping["unit_price"], REASONS["no_amount"])
        values = quantity.values * price.values
        quantity_values = quantity.values
    if "refunded" in mapping:
        refunded = _numbers(raw, mapping["refunded"], decimal)
        rejections.add(refunded.bad, mapping["refunded"], REASONS["bad_number"],
                       raw.columns[mapping["refunded"]])
        refund = np.nan_to_num(refunded.values, nan=0.0)
        if preset and "refunded" in preset.order_level and "order_id" in mapping:
            refund = np.nan_to_num(_fill_numbers(refunded.values, orders), nan=0.0)
        values = values - np.abs(refund)
    if quantity_values is None and "quantity" in mapping:
        quantity_values = _numbers(raw, mapping["quantity"], decimal).values
    return values, quantity_values, numbers


def _numbers(raw: RawTable, column: str, decimal: str):
    return parse_column(raw.columns[column], decimal, raw.typed_numbers.get(column))


def _fill_numbers(values: np.ndarray, orders: Orders) -> np.ndarray:
    array = fill_from_order(pa.array(values, from_pandas=True), orders)
    return np.asarray(array.to_numpy(zero_copy_only=False), dtype=np.float64)


def _currency(raw, fields, mapping, rejections, parsed, file) -> str | None:
    per_row: list[pa.Array] = []
    if fields.get("currency") is not None:
        per_row.append(codes_column(fields["currency"]))
    for numbers in parsed.values():
        if numbers.currency is not None:
            per_row.append(numbers.currency)
    header = next((c for f in ("amount", "unit_price") if f in mapping
                   and (c := currency_in_header(mapping[f]))), None)
    header = resolve_krona(raw.names) if header == "KR" else header
    if not per_row:
        return header
    codes = pc.coalesce(*per_row) if len(per_row) > 1 else per_row[0]
    codes = pc.replace_substring_regex(codes, "^KR$", resolve_krona(raw.names))
    codes = codes.filter(pa.array(rejections.accepted))
    rows = raw.excel_rows[rejections.accepted]
    distinct = [c for c in pc.unique(codes).to_pylist() if c]
    if header and header not in distinct:
        distinct.append(header)
    if len(distinct) > 1:
        listing = []
        for code in distinct:
            where = rows[np.asarray(pc.fill_null(pc.equal(codes, code), False)
                                    .to_numpy(zero_copy_only=False), bool)][:5]
            listing.append(f"{code} in rows {', '.join(map(str, where))}" if len(where)
                           else f"{code} in the column header")
        raise ImportFailed(file, MESSAGES["mixed"].format(listing="; ".join(listing)),
                           column=mapping.get("currency") or mapping.get("amount"))
    return distinct[0] if distinct else header


def _order_groups(accepted: np.ndarray, orders: Orders):
    """Accepted row positions (None = every row), their dense order number (None when
    each order is a run starting at its first row), and each order's first row.

    Codes number orders by first appearance, so when every row was accepted an order's
    first row is simply where the running maximum code grows — O(n), no sort (the common
    case for a clean million-row export); orders in runs know their first rows already."""
    if accepted.all():
        if orders.heads is not None:
            return None, None, orders.heads
        codes = orders.codes
        running = np.maximum.accumulate(codes)
        grows = np.empty(len(codes), dtype=bool)
        grows[:1] = True
        grows[1:] = running[1:] > running[:-1]
        if len(codes) == 0 or int(running[-1]) + 1 == int(grows.sum()):
            return None, codes, np.flatnonzero(grows)
    codes = orders.codes
    positions = np.flatnonzero(accepted)
    order = codes[positions]
    unique, first = np.unique(order, return_index=True)
    return positions, np.searchsorted(unique, order), positions[first]


def _per_order(columns: list[np.ndarray], positions, dense, first_rows,
               orders: Orders) -> list[np.ndarray]:
    """Sum of the accepted rows' values per order, added in row order (``bincount`` is
    several times faster than ``add.reduceat`` when orders have two or three lines)."""
    if dense is None:                               # every row accepted, orders in runs
        return run_sums(columns, orders)
    return [np.bincount(dense, weights=c if positions is None else c[positions],
                        minlength=len(first_rows)) for c in columns]


def _aggregate(accepted, orders, who, dates, amount, quantity, fields, raw, mapping, preset,
               decimal) -> pd.DataFrame:
    """One row per order: first row's identity/date/text, summed amount and quantity."""
    positions, dense, first_rows = _order_groups(accepted, orders)
    keep = pa.array(first_rows)
    one_amount = bool(preset and "amount" in preset.order_level)
    summed = ([] if one_amount else [amount]) + ([] if quantity is None else [
        np.nan_to_num(quantity) if np.isnan(quantity).any() else quantity])

    def first_rows_text() -> dict[str, object]:
        columns: dict[str, object] = {
            "customer_id": to_pandas_text(who.take(keep)),
            "date": pd.Series(dates.at(first_rows).astype("datetime64[ns]", copy=False),
                              copy=False)}
        for name in ("order_id",) + TEXT_FIELDS:
            if fields.get(name) is not None:
                columns[name] = to_pandas_text(fields[name].take(keep))
        return columns

    sums, texts = in_parallel(
        lambda: _per_order(summed, positions, dense, first_rows, orders), first_rows_text)
    totals = amount[first_rows] if one_amount else sums[0]
    # Every array here is new: the frame can own them.
    columns: dict[str, object] = {
        "customer_id": texts.pop("customer_id"), "date": texts.pop("date"),
        "amount": pd.Series(np.round(totals, 6, out=totals), dtype="float64", copy=False)}
    if "order_id" in texts:
        columns["order_id"] = texts.pop("order_id")
    if quantity is not None:
        columns["quantity"] = pd.Series(sums[-1], dtype="float64", copy=False)
    columns.update(texts)
    frame = pd.DataFrame(columns, copy=False)
    if "unit_price" in mapping and (len(amount) if positions is None else len(positions)) \
            == len(first_rows):
        frame["unit_price"] = _numbers(raw, mapping["unit_price"], decimal).values[first_rows]
    if not frame["date"].is_monotonic_increasing:      # exports are usually in date order
        frame = frame.sort_values("date", kind="stable").reset_index(drop=True)
    return frame
