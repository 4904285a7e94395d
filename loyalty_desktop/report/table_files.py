"""One on-screen table as a file: .xlsx (typed cells, formats, widths) or .csv (Excel's dialect
for the owner's language), written by the same code as the workbook and the win-back list.

The window hands over the rows and columns the table shows (its sort, filter and visible
columns already applied, ``ui/table_export.py``) with the engine's column names — so the
number format follows the column's meaning (money, share, date) — and the translated
headers the table shows. Formula-looking text stays inert in both formats (neutralise.py).
No Qt: this runs in a worker thread.
"""
from __future__ import annotations

from pathlib import Path
from typing import Mapping, Optional

import pandas as pd

from ..engine.progress import Progress, report
from .csv_export import cell_text, csv_style, write_csv
from .excel_format import SheetWriter, close_workbook
from .neutralise import neutralise_text


def write_table_xlsx(frame: pd.DataFrame, path: str | Path, *, sheet_title: str = "Table",
                     headers: Optional[Mapping[str, str]] = None, currency: Optional[str] = None,
                     progress: Progress | None = None) -> Path:
    """One sheet named ``sheet_title``: header row (frozen, filter), typed cells, fitted widths."""
    import xlsxwriter

    path = Path(path)
    report(progress, 0.0, "")
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                           "remove_timezone": True})
    try:
        SheetWriter(book, currency).frame(sheet_title, frame, headers=dict(headers or {}))
    finally:
        close_workbook(book, path)
    report(progress, 1.0, "")
    return path


def write_table_csv(frame: pd.DataFrame, path: str | Path, *, lang: Optional[str] = "en",
                    headers: Optional[Mapping[str, str]] = None,
                    progress: Progress | None = None) -> Path:
    """UTF-8 with BOM, the language's delimiter and decimal mark, the shown headers."""
    report(progress, 0.0, "")
    titled = frame.rename(columns=dict(headers or {}))
    out = write_csv(titled, path, lang)
    report(progress, 1.0, "")
    return out


def clipboard_text(frame: pd.DataFrame, *, lang: Optional[str] = "en",
                   headers: Optional[Mapping[str, str]] = None) -> str:
    """Tab-separated cells (what spreadsheets paste into cells), header row first, numbers
    with the language's decimal mark, formula-looking text neutralised (a paste into Excel
    evaluates formulas just like opening a file)."""
    _, decimal = csv_style(lang)
    names = dict(headers or {})
    lines = ["\t".join(_flat(neutralise_text(str(names.get(c, c)))) for c in frame.columns)]
    for row in frame.itertuples(index=False, name=None):
        lines.append("\t".join(_flat(cell_text(value, decimal)) for value in row))
    return "\n".join(lines) + "\n"


def _flat(text: str) -> str:
    """Tabs and line breaks inside a cell would split it into several cells on paste."""
    return text.replace("\t", " ").replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
