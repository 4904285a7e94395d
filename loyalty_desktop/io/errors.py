"""Problems a shop owner can act on: each names the file, row (as Excel shows it), column and reason."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..engine.i18n import Catalogue

#: Where a problem is, in the chosen language (translated on lookup, engine/i18n.py).
PLACES = Catalogue("importing", {
    "row": "Row {row}",
    "column": 'column "{column}"',
    "in_row": "{file}, row {row}",
    "in_column": '{where}, column "{column}"',
})


@dataclass(frozen=True)
class DataProblem:
    """One rejected row (or cell). ``row`` is 1-based including the header, as in Excel."""

    file: str
    row: Optional[int]
    column: Optional[str]
    value: Optional[str]
    reason: str

    def message(self) -> str:
        parts = []
        if self.row is not None:
            parts.append(PLACES["row"].format(row=self.row))
        if self.column:
            parts.append(PLACES["column"].format(column=self.column))
        where = ", ".join(parts)
        value = f': "{self.value}"' if self.value not in (None, "") else ""
        prefix = f"{where}{value}: " if where else ""
        return f"{prefix}{self.reason}"

    def to_json(self) -> dict:
        return {"row": self.row, "column": self.column, "value": self.value, "reason": self.reason}


class ImportFailed(Exception):
    """The whole file cannot be imported; ``str()`` is a plain-language message naming the file.

    ``missing`` lists required fields that were not found and ``found`` the columns that
    were, so the UI can offer the mapping step and the CLI can print one line.
    """

    def __init__(self, file: str, reason: str, *, row: int | None = None,
                 column: str | None = None, missing: tuple[str, ...] = (),
                 found: tuple[str, ...] = ()) -> None:
        self.file = file
        self.reason = reason
        self.row = row
        self.column = column
        self.missing = tuple(missing)
        self.found = tuple(found)
        where = f"{file}"
        if row is not None:
            where = PLACES["in_row"].format(file=file, row=row)
        if column:
            where = PLACES["in_column"].format(where=where, column=column)
        super().__init__(f"{where}: {reason}")
