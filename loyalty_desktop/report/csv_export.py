"""Any table as a CSV file Excel opens correctly in the owner's country.

Excel reads a double-clicked CSV with the Windows regional settings: in Sweden, Denmark,
the Netherlands and Russia the list separator is ``;`` and the decimal separator ``,``,
so a comma-separated file lands in one column there. Hence: UTF-8 *with BOM* (without it
Excel guesses the ANSI code page and breaks å, ø, ë and Cyrillic), the language's
delimiter and decimal mark, ISO dates (unambiguous in every locale), and formula-looking
text neutralised (``neutralise.py``).
"""
from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .neutralise import neutralise_text

#: language → (field delimiter, decimal separator), as Excel expects by regional setting
CSV_STYLE = {"en": (",", "."), "sv": (";", ","), "da": (";", ","), "nl": (";", ","),
             "ru": (";", ",")}


def csv_style(lang: str | None) -> tuple[str, str]:
    """``(delimiter, decimal)`` for a UI language; unknown languages get the English style."""
    return CSV_STYLE.get((lang or "en").split("_")[0].lower(), CSV_STYLE["en"])


def cell_text(value: Any, decimal: str) -> str:
    """One cell as CSV text: ISO dates, the given decimal mark, formula-looking text neutralised."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        if not math.isfinite(float(value)):
            return ""
        text = repr(float(value)) if float(value) != int(value) else str(int(value))
        return text.replace(".", decimal) if decimal != "." else text
    if isinstance(value, (pd.Timestamp, np.datetime64)):
        stamp = pd.Timestamp(value)
        return stamp.date().isoformat() if stamp == stamp.normalize() else stamp.isoformat(sep=" ")
    if isinstance(value, float) and math.isnan(value):
        return ""
    return str(neutralise_text(str(value)))


def write_csv(frame: pd.DataFrame, path: str | Path, lang: str | None = "en", *,
              index: bool = False) -> Path:
    """Write ``frame`` (header row = column names) and return the path.

    ``index=True`` writes the index as the first column (e.g. ``customer_id``)."""
    path = Path(path)
    delimiter, decimal = csv_style(lang)
    table = frame.reset_index() if index else frame
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL,
                            lineterminator="\r\n")
        writer.writerow([neutralise_text(str(c)) for c in table.columns])
        for row in table.itertuples(index=False, name=None):
            writer.writerow([cell_text(v, decimal) for v in row])
    return path
