"""Vectorised evaluation of rules over the per-customer table (SPEC §4).

Whole columns at a time (numpy), never row by row. Missing values are false for every
operator except ``is empty``; text is compared case- and space-insensitively through the
column's distinct values (``pd.factorize``), so a 100,000-row text column costs one
factorisation, cached in :class:`PreparedTable` for every later rule.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Iterable

import numpy as np
import pandas as pd

from .rule_fields import field_catalogue
from .rule_model import (LIST_OPS, NO_VALUE_OPS, Condition, Group, Item, Rule, RuleError,
                         _coerce, _fold, check_fields)


class PreparedTable:
    """The customer table with per-column arrays cached for repeated rule evaluation."""

    def __init__(self, table: pd.DataFrame) -> None:
        self.table = table
        self.index = table.index
        self.size = len(table)
        self.fields = field_catalogue(table, with_choices=False)
        self._cache: dict[tuple[str, str], Any] = {}

    def _column(self, name: str) -> pd.Series | None:
        return self.table[name] if name in self.table.columns else None

    def numbers(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        key = ("number", name)
        if key not in self._cache:
            col = self._column(name)
            if col is None:
                values = np.full(self.size, np.nan)
            elif pd.api.types.is_numeric_dtype(col.dtype) and not pd.api.types.is_bool_dtype(col.dtype):
                values = col.to_numpy(dtype="float64", na_value=np.nan)
            else:
                values = pd.to_numeric(col, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
            self._cache[key] = (values, np.isnan(values))
        return self._cache[key]

    def days(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """Calendar days as proleptic ordinals (comparable with ``date.toordinal()``)."""
        key = ("date", name)
        if key not in self._cache:
            col = self._column(name)
            if col is None:
                self._cache[key] = (np.zeros(self.size, dtype=np.int64), np.ones(self.size, bool))
            else:
                stamps = pd.to_datetime(col, errors="coerce")
                missing = stamps.isna().to_numpy()
                epoch_days = stamps.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
                ordinal = epoch_days.astype(np.int64) + date(1970, 1, 1).toordinal()
                self._cache[key] = (np.where(missing, 0, ordinal), missing)
        return self._cache[key]

    def texts(self, name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(codes, folded distinct values, missing); code −1 = missing."""
        key = ("category", name)
        if key not in self._cache:
            col = self._column(name)
            if col is None:
                codes, folded = np.full(self.size, -1), np.array([], dtype=object)
            else:
                codes, uniques = pd.factorize(col, use_na_sentinel=True)
                folded = np.array([_fold(u) for u in uniques], dtype=object)
                blank = np.append(folded == "", True)
                codes = np.where(blank[codes], -1, codes)
            self._cache[key] = (codes, folded, codes < 0)
        return self._cache[key]


def _compare(values: np.ndarray, op: str, target: Any) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        if op == ">=":
            return values >= target
        if op == ">":
            return values > target
        if op == "<=":
            return values <= target
        if op == "<":
            return values < target
        if op == "==":
            return values == target
        return values != target


def _condition_mask(condition: Condition, prepared: PreparedTable) -> np.ndarray:
    info = prepared.fields[condition.field]
    op = condition.op
    if info.kind == "category":
        codes, folded, missing = prepared.texts(condition.field)
        hits = _category_hits(folded, op, condition.value)
        result = np.append(hits, False)[codes]
    else:
        values, missing = (prepared.numbers(condition.field) if info.kind == "number"
                           else prepared.days(condition.field))
        if op in NO_VALUE_OPS:
            result = np.ones(prepared.size, bool)
        elif op == "between":
            low, high = (_coerce(v, info.kind) for v in condition.value)
            result = (values >= low) & (values <= high)
        elif op in LIST_OPS:
            targets = np.array([_coerce(v, info.kind) for v in condition.value])
            result = np.isin(values, targets, invert=(op == "not in"))
        else:
            result = _compare(values, op, _coerce(condition.value, info.kind))
    if op == "is empty":
        return missing.copy()
    return result & ~missing


def _category_hits(folded: np.ndarray, op: str, value: Any) -> np.ndarray:
    """Which distinct values satisfy the condition (then spread to rows by code)."""
    if op in NO_VALUE_OPS:
        return np.ones(len(folded), bool)
    if op == "contains":
        needle = _fold(value)
        return np.array([needle in text for text in folded], dtype=bool)
    targets = [_fold(v) for v in (value if isinstance(value, tuple) else (value,))]
    hits = np.isin(folded, np.array(targets, dtype=object))
    return ~hits if op in ("!=", "not in") else hits


def _items_mask(match: str, items: Iterable[Item], prepared: PreparedTable) -> np.ndarray:
    masks = [(_items_mask(item.match, item.conditions, prepared) if isinstance(item, Group)
              else _condition_mask(item, prepared)) for item in items]
    if not masks:
        return np.zeros(prepared.size, bool)
    return np.logical_and.reduce(masks) if match == "all" else np.logical_or.reduce(masks)


def evaluate(rule: Rule, table: pd.DataFrame | PreparedTable) -> pd.Series:
    """Boolean Series (index = customer table index, name = rule name): who matches the rule.

    Raises :class:`RuleError` naming the rule, condition and problem when a field is
    unknown or a value does not fit the field.
    """
    prepared = table if isinstance(table, PreparedTable) else PreparedTable(table)
    problems = check_fields(rule, prepared.fields)
    if problems:
        raise RuleError(problems)
    mask = _items_mask(rule.match, rule.conditions, prepared)
    return pd.Series(mask, index=prepared.index, name=rule.name)
