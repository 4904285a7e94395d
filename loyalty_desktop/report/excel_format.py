"""How one table becomes one worksheet: typed cells, number formats, widths, filter.

Kept apart from ``excel.py`` (which decides *which* tables go in) so the win-back export
writes its sheet the same way. Every text cell goes through ``write_string`` — never
xlsxwriter's ``write()``, which turns ``=…`` text into a live formula — so formula-looking
customer data stays inert (``neutralise.py``). Dates are real Excel dates (serial numbers
with a date format), so the owner can sort and filter them.
"""
from __future__ import annotations

import math
from typing import Any, Mapping

import numpy as np
import pandas as pd

MONEY_WORDS = ("revenue", "amount", "value", "clv", "spend", "cost", "lost")
RATE_WORDS = ("_rate", "rate_", "share", "p_alive", "retention")
NUMBER_FORMATS = {"integer": "#,##0", "number": "#,##0.00", "percent": "0.0%",
                  "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm"}
MAX_WIDTH, MIN_WIDTH = 60, 8


def money_format(currency: str | None, lang: str | None = None) -> str:
    """Excel number format for the data's currency, the symbol placed as the report's
    language expects (``#,##0.00" kr"`` in sv, ``"€ "#,##0.00`` in nl, ``"SEK "#,##0.00``
    in en; report/formatting.py); a plain number when the currency is unknown. Excel itself
    shows the digits with the reader's own separators."""
    from .formatting import currency_affixes

    prefix, suffix = currency_affixes(currency, lang)
    if not (prefix or suffix):
        return NUMBER_FORMATS["number"]
    quoted = [f'"{text}"' if text else "" for text in (prefix, suffix)]
    return f"{quoted[0]}#,##0.00{quoted[1]}"


def column_kind(name: str, dtype: Any) -> str:
    """integer | number | money | percent | date | bool | text, from dtype and column name."""
    lowered = str(name).lower()
    if pd.api.types.is_bool_dtype(dtype):
        return "bool"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "date"
    if pd.api.types.is_integer_dtype(dtype):
        return "integer"
    if pd.api.types.is_float_dtype(dtype):
        if any(word in lowered for word in RATE_WORDS):
            return "percent"
        if any(word in lowered for word in MONEY_WORDS) or lowered == "average_order_value":
            return "money"
        return "number"
    return "text"


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, (float, np.floating)) and not math.isfinite(float(value))


class SheetWriter:
    """Writes DataFrames into one xlsxwriter workbook with shared cell formats."""

    def __init__(self, workbook: Any, currency: str | None) -> None:
        self.book = workbook
        self.header = workbook.add_format({"bold": True, "bg_color": "#E8ECF2", "border": 1,
                                           "text_wrap": True, "valign": "top"})
        self.formats = {kind: workbook.add_format({"num_format": fmt})
                        for kind, fmt in NUMBER_FORMATS.items()}
        self.formats["money"] = workbook.add_format({"num_format": money_format(currency)})
        self.formats["text"] = workbook.add_format({"text_wrap": False})

    def cell(self, sheet: Any, row: int, col: int, value: Any, kind: str) -> int:
        """Write one typed cell; returns its display width for the column width."""
        if _missing(value):
            sheet.write_blank(row, col, None)
            return 0
        if isinstance(value, (bool, np.bool_)):
            sheet.write_boolean(row, col, bool(value))
            return 5
        if isinstance(value, (pd.Timestamp, np.datetime64)):
            stamp = pd.Timestamp(value).tz_localize(None) if pd.Timestamp(value).tzinfo else pd.Timestamp(value)
            timed = stamp != stamp.normalize()
            sheet.write_datetime(row, col, stamp.to_pydatetime(),
                                 self.formats["datetime" if timed else "date"])
            return 16 if timed else 10
        if isinstance(value, (int, float, np.integer, np.floating)):
            fmt = self.formats.get(kind if kind in ("integer", "number", "money", "percent")
                                   else ("integer" if isinstance(value, (int, np.integer)) else "number"))
            sheet.write_number(row, col, float(value), fmt)
            return len(f"{float(value):,.2f}") + (4 if kind == "money" else 0)
        text = str(value)
        sheet.write_string(row, col, text)   # never write(): "=…" must stay text
        return max((len(line) for line in text.splitlines()), default=0)

    def frame(self, name: str, frame: pd.DataFrame, headers: Mapping[str, str] | None = None,
              kinds: Mapping[str, str] | None = None) -> Any:
        """One sheet: bold header (frozen, with autofilter), typed cells, fitted widths."""
        sheet = self.book.add_worksheet(sheet_name(name))
        headers, kinds = dict(headers or {}), dict(kinds or {})
        columns = list(frame.columns)
        widths = []
        for col, column in enumerate(columns):
            title = headers.get(column, str(column))
            sheet.write_string(0, col, title, self.header)
            widths.append(len(title))
        column_kinds = [kinds.get(c) or column_kind(c, frame[c].dtype) for c in columns]
        for row, values in enumerate(frame.itertuples(index=False, name=None), start=1):
            for col, value in enumerate(values):
                widths[col] = max(widths[col], self.cell(sheet, row, col, value, column_kinds[col]))
        for col, width in enumerate(widths):
            sheet.set_column(col, col, min(MAX_WIDTH, max(MIN_WIDTH, width + 2)))
        sheet.freeze_panes(1, 0)
        if columns:
            sheet.autofilter(0, 0, max(len(frame), 1), len(columns) - 1)
        return sheet


def close_workbook(book: Any, path: Any) -> None:
    """Close (= write) the workbook; a folder that is missing or read-only becomes an
    OSError with a plain message (xlsxwriter raises its own FileCreateError)."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        book.close()
    except FileCreateError as exc:
        raise OSError(f"Cannot save {path}: the folder does not exist or is not writable, "
                      f"or the file is open in another program.") from exc


def sheet_name(name: str) -> str:
    """Excel sheet names: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in name).strip("'")
    return cleaned[:31] or "Sheet"
