"""Write the rejected rows of an import to CSV, so the owner can fix them in Excel.

Cells that Excel would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or
carriage return) are neutralised with a leading apostrophe (OWASP "CSV injection"): a
rejected value is data, never code.
"""
from __future__ import annotations

import csv
import os
from typing import Iterable

from .errors import DataProblem

HEADER = ("file", "row", "column", "value", "reason")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_rejects_csv(problems: Iterable[DataProblem], path: str | os.PathLike) -> int:
    """Write one line per rejected row (UTF-8 with BOM, so Excel shows å, ø, я); returns the count."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for problem in problems:
            writer.writerow([neutralise(problem.file), problem.row if problem.row is not None else "",
                             neutralise(problem.column), neutralise(problem.value),
                             neutralise(problem.reason)])
            count += 1
    return count
