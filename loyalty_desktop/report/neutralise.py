"""Formula-looking text made inert before it goes back into a spreadsheet (SPEC §2.1).

A customer name or survey comment such as ``=HYPERLINK(...)`` or ``+SUM(A1)`` is data; if
we wrote it back as-is, Excel or LibreOffice would evaluate it when the owner opens the
export (CSV/formula injection, OWASP). The one rule, shared by the Excel and CSV writers:
text whose first character is ``=`` ``+`` ``-`` ``@``, a tab or a carriage return is
dangerous. The CSV writer prefixes a single quote (Excel shows the text, does not
evaluate it); the Excel writer stores such cells with ``write_string`` so they stay text.
Numbers are never touched: ``-12.5`` as a float is a number, not a formula.
"""
from __future__ import annotations

from typing import Any

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")
CSV_PREFIX = "'"


def is_formula_like(value: Any) -> bool:
    """True for text a spreadsheet would treat as a formula (numbers are never formulas)."""
    return isinstance(value, str) and value.startswith(DANGEROUS_FIRST)


def neutralise_text(value: Any) -> Any:
    """The CSV form of a cell: formula-looking text gets a leading single quote."""
    return CSV_PREFIX + value if is_formula_like(value) else value
