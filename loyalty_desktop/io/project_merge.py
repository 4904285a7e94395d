"""Merging a newer export into what a project already holds, without counting anything twice.

An owner imports this month's export on top of last month's; the two overlap. Each row gets a
*key* and only rows with an unseen key are appended (SPEC §6, issue 11):

* transactions: ``order_id``; customers: ``customer_id``; responses: ``response_id`` —
  when the row has one (trimmed text, compared exactly).
* otherwise a 64-bit hash of the row's other columns (every column both tables have, except
  ``source``, which is just the file name and changes with every export), plus an occurrence
  number: two identical rows in one export (two coffees, same minute, same price) are two
  orders, keyed ``#0`` and ``#1``, so re-importing that export adds neither and a later export
  with a third identical row adds exactly one. Amounts are rounded to 6 decimals and dates
  compared to the microsecond before hashing. Keys are recomputed on every merge from the
  stored rows, never stored, so a change of hash function between versions cannot break them.

A row whose key is already stored but whose values differ (an order refunded later, a
customer who moved) *updates* the stored row in place and is counted as ``updated``. Rows
without an id cannot be recognised once changed: they count as new.

Every merge returns an :class:`UndoRecord` (rows appended at the end + the old values of
updated rows), so the import can be undone, also after saving and reopening the project.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

#: The column that identifies a row of each table, when present.
ID_COLUMNS = {"transactions": "order_id", "customers": "customer_id", "responses": "response_id"}
#: Columns that differ between two exports of the same data without meaning a change.
IGNORED_COLUMNS = frozenset({"source"})
POSITION = "__position__"
_NA_TEXT = "\x00<NA>"


@dataclass
class UndoRecord:
    """What :func:`undo_merge` needs to put a table back as it was before one import."""

    import_id: int
    table_name: str
    rows_before: int
    rows_after: int
    columns_before: list[str]
    dtypes_before: dict[str, str]
    old_rows: pd.DataFrame          # updated rows as they were, plus their POSITION

    def to_json(self) -> dict:
        return {"import_id": self.import_id, "table_name": self.table_name,
                "rows_before": self.rows_before, "rows_after": self.rows_after,
                "columns_before": list(self.columns_before),
                "dtypes_before": dict(self.dtypes_before)}


@dataclass
class MergeOutcome:
    table: pd.DataFrame
    new: int
    duplicate: int
    updated: int
    undo: UndoRecord


class UndoMismatch(Exception):
    """The table was changed since the import, so the import cannot be undone safely."""


# -- comparable values ---------------------------------------------------------------------
def _kind(*columns: pd.Series) -> str:
    """How to compare a column present in one or both tables: "datetime", "number" or "text"."""
    present = [c for c in columns if c is not None and len(c)]
    if present and all(pd.api.types.is_datetime64_any_dtype(c) for c in present):
        return "datetime"
    if present and all(pd.api.types.is_numeric_dtype(c) for c in present):
        return "number"
    return "text"


def _comparable(column: pd.Series, kind: str) -> np.ndarray:
    """Values of one kind that compare equal exactly when the owner would call them equal."""
    if kind == "datetime":
        if getattr(column.dt, "tz", None) is not None:
            column = column.dt.tz_convert("UTC").dt.tz_localize(None)
        # Microseconds: both sides in one unit, and no overflow for dates beyond 2262.
        return column.astype("datetime64[us]").to_numpy().view("int64")
    if kind == "number":
        values = pd.to_numeric(column, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        return np.round(values, 6)
    return column.astype("string").fillna(_NA_TEXT).to_numpy(dtype=object)


def _equal(stored: np.ndarray, incoming: np.ndarray) -> np.ndarray:
    if stored.dtype.kind == "f":
        both_missing = np.isnan(stored) & np.isnan(incoming)
        return both_missing | np.isclose(stored, incoming, rtol=0.0, atol=1e-9)
    return stored == incoming


# -- keys ------------------------------------------------------------------------------------
def _arrow(values) -> pa.ChunkedArray:
    array = pa.array(values)
    return array if isinstance(array, pa.ChunkedArray) else pa.chunked_array([array])


def _id_keys(frame: pd.DataFrame, id_column: str) -> tuple[np.ndarray, pa.ChunkedArray | None]:
    """(has_id mask, "id:…" keys) — Arrow strings, because hashing 1M Python strings is slow."""
    if id_column not in frame.columns:
        return np.zeros(len(frame), dtype=bool), None
    ids = pc.utf8_trim_whitespace(_arrow(frame[id_column].astype("string")).cast(pa.large_string()))
    has_id = pc.fill_null(pc.and_(pc.is_valid(ids), pc.not_equal(ids, "")), False)
    return has_id.to_numpy(), pc.binary_join_element_wise(
        pa.scalar("id:", pa.large_string()), ids, pa.scalar("", pa.large_string()))


def row_keys(frame: pd.DataFrame, id_column: str, hash_kinds: dict[str, str]) -> pa.ChunkedArray:
    """One key per row: its id, else the hash of ``hash_kinds`` columns plus an occurrence."""
    has_id, id_keys = _id_keys(frame, id_column)
    rest = ~has_id
    if not rest.any():
        return id_keys if id_keys is not None else pa.chunked_array([], type=pa.large_string())
    part = frame.loc[rest]
    canonical = pd.DataFrame({c: _comparable(part[c], kind) for c, kind in hash_kinds.items()}
                             or {"": np.zeros(len(part))})
    hashes = pd.util.hash_pandas_object(canonical, index=False).to_numpy()
    occurrence = pd.Series(hashes).groupby(hashes).cumcount().to_numpy()
    hashed = np.full(len(frame), None, dtype=object)
    hashed[rest] = [f"h:{h:016x}#{n}" for h, n in zip(hashes.tolist(), occurrence.tolist())]
    hashed = _arrow(pa.array(hashed, type=pa.large_string()))
    if id_keys is None:
        return hashed
    return pc.if_else(_arrow(has_id), id_keys, hashed)


def _first_occurrences(keys: pa.ChunkedArray) -> np.ndarray:
    """True for the first row with each key."""
    first_index = pc.index_in(keys, value_set=keys).to_numpy()
    return first_index == np.arange(len(keys))


def _hash_kinds(stored: pd.DataFrame, incoming: pd.DataFrame, id_column: str) -> dict[str, str]:
    """Columns both tables have (so old rows hash the same way as new ones), sorted."""
    common = sorted(set(map(str, stored.columns)) & set(map(str, incoming.columns))
                    - IGNORED_COLUMNS - {id_column})
    return {c: _kind(stored[c], incoming[c]) for c in common}


# -- merge -----------------------------------------------------------------------------------
def _changed_rows(stored: pd.DataFrame, incoming: pd.DataFrame, positions: np.ndarray,
                  id_column: str) -> np.ndarray:
    """For matched incoming rows: does any value differ from the stored row at ``positions``?"""
    changed = np.zeros(len(incoming), dtype=bool)
    for column in incoming.columns:
        if column in IGNORED_COLUMNS or column == id_column:
            continue
        if column not in stored.columns:
            changed |= incoming[column].notna().to_numpy(dtype=bool)
            continue
        old = stored[column].iloc[positions]
        kind = _kind(stored[column], incoming[column])
        changed |= ~_equal(_comparable(old, kind), _comparable(incoming[column], kind))
    return changed


def _assign(table: pd.DataFrame, column: str, positions: np.ndarray, values: pd.Series) -> None:
    """``table[column].iloc[positions] = values``, widening the dtype if the values need it."""
    target = table[column].copy()
    try:
        target.iloc[positions] = values.to_numpy()
    except (TypeError, ValueError):
        target = target.astype(object)
        target.iloc[positions] = values.to_numpy(dtype=object)
    table[column] = target


def merge_table(stored: pd.DataFrame, incoming: pd.DataFrame, table_name: str,
                import_id: int) -> MergeOutcome:
    """Append rows of ``incoming`` with unseen keys, update changed ones, count the rest."""
    id_column = ID_COLUMNS.get(table_name, "")
    stored = stored.reset_index(drop=True)
    incoming = incoming.reset_index(drop=True)
    kinds = _hash_kinds(stored, incoming, id_column) if len(stored) else {
        c: _kind(incoming[c]) for c in sorted(map(str, incoming.columns))
        if c not in IGNORED_COLUMNS and c != id_column}
    incoming_keys = row_keys(incoming, id_column, kinds)
    first = _first_occurrences(incoming_keys)
    repeated_in_file = int((~first).sum())
    incoming = incoming.loc[first].reset_index(drop=True)
    incoming_keys = incoming_keys.filter(_arrow(first))

    # index_in gives the first stored row with the key, or null for a key never seen.
    positions = pc.fill_null(pc.index_in(incoming_keys, value_set=row_keys(stored, id_column, kinds)),
                             -1).to_numpy()
    matched = positions >= 0
    matched_positions = positions[matched].astype(np.int64)
    matched_rows = incoming.loc[matched].reset_index(drop=True)
    changed = _changed_rows(stored, matched_rows, matched_positions, id_column)

    undo = UndoRecord(import_id, table_name, len(stored), 0, [str(c) for c in stored.columns],
                      {str(c): str(t) for c, t in stored.dtypes.items()},
                      stored.iloc[matched_positions[changed]].assign(
                          **{POSITION: matched_positions[changed]}).reset_index(drop=True))
    result = stored.copy() if changed.any() else stored
    for column in matched_rows.columns:
        if not changed.any():
            break
        if column not in result.columns:
            result[column] = matched_rows[column].iloc[:0].reindex(range(len(result)))
        _assign(result, column, matched_positions[changed], matched_rows[column].loc[changed])
    new_rows = incoming.loc[~matched]
    if len(new_rows) and len(result):
        result = pd.concat([result, new_rows], ignore_index=True)
    elif len(new_rows):  # nothing stored yet: take the import's own dtypes as they are
        result = new_rows.reset_index(drop=True)
    undo.rows_after = len(result)
    return MergeOutcome(result, new=int(len(new_rows)),
                        duplicate=int((~changed).sum()) + repeated_in_file,
                        updated=int(changed.sum()), undo=undo)


def undo_merge(table: pd.DataFrame, record: UndoRecord) -> pd.DataFrame:
    """``table`` as it was before the import ``record`` describes."""
    if len(table) != record.rows_after:
        raise UndoMismatch(f"the {record.table_name} table has {len(table)} rows, "
                           f"expected {record.rows_after}")
    restored = table.iloc[:record.rows_before].copy()
    old = record.old_rows
    if len(old):
        positions = old[POSITION].to_numpy(dtype=np.int64)
        for column in record.columns_before:
            if column in old.columns:
                _assign(restored, column, positions, old[column])
    restored = restored[[c for c in record.columns_before if c in restored.columns]]
    for column, dtype in record.dtypes_before.items():
        if column in restored.columns and str(restored[column].dtype) != dtype:
            try:
                restored[column] = restored[column].astype(dtype)
            except (TypeError, ValueError):
                pass  # keep the wider dtype; the values are already the old ones
    return restored.reset_index(drop=True)
