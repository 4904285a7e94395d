"""Customer-list rows → the tidy customers table (SPEC §2): one row per customer.

Identity as for sales (id, else e-mail, phone, name); rows with none are rejected, and a
second row for the same customer is rejected naming the first, so nobody is counted twice.
Every unmapped column is kept as an attribute with a snake_case name (city, gender …), which
the segment rules can use.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from .dates import parse_dates
from .errors import ImportFailed
from .rows import (REASONS, Rejections, identity, join_names, normalise_email, normalise_name,
                   normalise_phone, present, snake_case, text, to_pandas_text)
from .table import RawTable
from .transactions import MESSAGES, Built, _ambiguous_example


def build_customers(raw: RawTable, mapping: dict[str, str], *, file: str,
                    date_order: str | None) -> Built:
    n = raw.rows
    fields = {f: text(raw, col) for f, col in mapping.items()}
    if fields.get("name") is None:
        fields["name"] = join_names(fields.get("first_name"), fields.get("last_name"))
    rejections = Rejections(file, raw.excel_rows)
    who = identity(fields, n)
    column = next((mapping[f] for f in ("customer_id", "email", "phone", "name") if f in mapping),
                  None)
    rejections.add(~present(who, n), column, REASONS["no_identity"])
    ids = who.to_numpy(zero_copy_only=False)
    order = None
    signup = None
    if "signup_date" in mapping:
        parsed = parse_dates(raw.columns[mapping["signup_date"]], date_order)
        if parsed.ambiguous:
            raise ImportFailed(file, MESSAGES["ambiguous"].format(
                column=mapping["signup_date"], example=_ambiguous_example(
                    fields["signup_date"])), column=mapping["signup_date"])
        rejections.add(parsed.bad, mapping["signup_date"], REASONS["bad_date"],
                       fields["signup_date"])
        signup, order = parsed.values, parsed.order
    _reject_duplicates(rejections, ids, raw.excel_rows, column)
    keep = np.flatnonzero(rejections.accepted)
    take = pa.array(keep)
    frame = pd.DataFrame({"customer_id": to_pandas_text(who.take(take))})
    cleaners = {"email": normalise_email, "name": normalise_name, "phone": normalise_phone}
    for name, clean in cleaners.items():
        if fields.get(name) is not None:
            frame[name] = to_pandas_text(clean(fields[name]).take(take)).to_numpy()
    if signup is not None:
        frame["signup_date"] = signup[keep]
    used = set(mapping.values())
    for source in raw.names:
        key = snake_case(source)
        if source not in used and key not in frame.columns:
            frame[key] = to_pandas_text(text(raw, source).take(take)).to_numpy()
    return Built(table=frame, rejections=rejections, date_order=order)


def _reject_duplicates(rejections: Rejections, ids: np.ndarray, rows: np.ndarray,
                       column: str | None) -> None:
    accepted = np.flatnonzero(rejections.accepted)
    series = pd.Series(ids[accepted])
    duplicated = series.duplicated(keep="first").to_numpy()
    if not duplicated.any():
        return
    first_row = dict(zip(series[~duplicated], rows[accepted][~duplicated]))
    positions = accepted[duplicated]
    rejections.add_each(positions, column,
                        [REASONS["duplicate_customer"].format(row=first_row[ids[p]]) for p in positions],
                        [str(ids[p]) for p in positions])
