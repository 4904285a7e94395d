"""Qt table models over DataFrames (STYLE: model/view, rows fetched on demand)."""
from __future__ import annotations

from typing import Callable, Optional

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..report import formatting as fmt

Formatter = Callable[[object], str]


class DataFrameModel(QAbstractTableModel):
    """Read-only view of a DataFrame; ``headers`` maps column → visible (translated) title.

    Rows are handed to the view in batches (``canFetchMore``/``fetchMore``), so a
    100,000-customer table opens instantly. Sorting uses ``SORT_ROLE`` (raw values).
    """

    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    BATCH = 2000
    #: rows read from the frame (and formatted) together, the first time a view asks for one
    #: of them: a per-cell ``iat`` cost ~10 µs, and a view asks for each cell several times
    #: (display, alignment, font …) — 140,000 lookups measured for one column resize
    CHUNK = 128
    _ROLES = frozenset({Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.TextAlignmentRole})

    def __init__(self, frame: Optional[pd.DataFrame] = None, headers: Optional[dict[str, str]] = None,
                 formatters: Optional[dict[str, Formatter]] = None, parent=None) -> None:
        super().__init__(parent)
        self._frame = pd.DataFrame()
        self._headers: dict[str, str] = {}
        self._formatters: dict[str, Formatter] = {}
        self._loaded = 0
        self._values: dict[int, list[list]] = {}     # chunk → per column, the raw values
        self._texts: dict[int, list[list[str]]] = {}  # chunk → per column, the shown text
        self._texts_language = fmt.language()
        self.set_frame(frame if frame is not None else pd.DataFrame(), headers, formatters)

    def set_frame(self, frame: pd.DataFrame, headers: Optional[dict[str, str]] = None,
                  formatters: Optional[dict[str, Formatter]] = None) -> None:
        self.beginResetModel()
        self._frame = frame.reset_index(drop=False) if frame.index.name else frame.reset_index(drop=True)
        if headers is not None:
            self._frame = self._frame[[c for c in headers if c in self._frame.columns]]
        self._headers = headers or {c: str(c) for c in self._frame.columns}
        self._formatters = formatters or {}
        self._loaded = min(len(self._frame), self.BATCH)
        self._forget_rows()
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        return self._frame

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder *every* row by the column's raw values (text ignoring case), missing last.

        A proxy sorts only the rows fetched so far (the first batch), so on a big table its
        top row was not the column's first value although the header's arrow said so; a
        stable pandas sort of the whole frame takes ~20 ms at 100,000 rows."""
        if not 0 <= column < len(self._frame.columns) or len(self._frame) < 2:
            return
        values = self._frame.iloc[:, column]
        if not (pd.api.types.is_numeric_dtype(values) or pd.api.types.is_datetime64_any_dtype(values)):
            values = values.astype("string").str.casefold()
        ascending = order == Qt.SortOrder.AscendingOrder
        rows = values.reset_index(drop=True).sort_values(
            ascending=ascending, na_position="last", kind="stable").index
        self.beginResetModel()
        self._frame = self._frame.iloc[rows.to_numpy()].reset_index(drop=True)
        self._forget_rows()
        self.endResetModel()

    def fetch_all(self) -> None:
        """Hand every remaining row to the view at once (an export must see them all)."""
        if self._loaded < len(self._frame):
            self.beginInsertRows(QModelIndex(), self._loaded, len(self._frame) - 1)
            self._loaded = len(self._frame)
            self.endInsertRows()

    def export_values(self, rows: list[int], columns: list[int]) -> pd.DataFrame:
        """The typed values of ``rows`` × ``columns`` (numbers, dates stay what they are) for
        a file export; a text column with a formatter (e.g. status → "Active") gets the
        words the table shows, because the raw code means nothing to the reader."""
        part = self._frame.iloc[rows, columns].reset_index(drop=True)
        for name in part.columns:
            formatter = self._formatters.get(name)
            if formatter is not None and not (pd.api.types.is_numeric_dtype(part[name])
                                              or pd.api.types.is_datetime64_any_dtype(part[name])):
                part[name] = [None if v is None or (not isinstance(v, str) and pd.isna(v))
                              else formatter(v) for v in part[name]]
        return part

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._frame.columns)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._loaded < len(self._frame)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        more = min(self.BATCH, len(self._frame) - self._loaded)
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self._frame.columns[section]
            return self._headers.get(column, str(column))
        return str(section + 1)

    def value(self, row: int, column: str, default=None):
        """The raw value of ``column`` in ``row`` (``default`` when there is no such column)."""
        if column not in self._frame.columns:
            return default
        chunk, offset = divmod(row, self.CHUNK)
        return self._chunk_values(chunk)[self._frame.columns.get_loc(column)][offset]

    # -- cells: read and formatted a chunk of rows at a time ---------------------------
    def _forget_rows(self) -> None:
        self._values = {}
        self._texts = {}

    def _chunk_values(self, chunk: int) -> list[list]:
        """The raw values of one chunk of rows, one list per column (``tolist`` gives the
        same Timestamps, floats and strings ``iat`` gave, for all rows in one call)."""
        values = self._values.get(chunk)
        if values is None:
            start = chunk * self.CHUNK
            part = self._frame.iloc[start:start + self.CHUNK]
            values = [part.iloc[:, j].tolist() for j in range(part.shape[1])]
            self._values[chunk] = values
        return values

    def _chunk_texts(self, chunk: int) -> list[list[str]]:
        if self._texts_language != fmt.language():    # days and decimals follow the language
            self._texts, self._texts_language = {}, fmt.language()
        texts = self._texts.get(chunk)
        if texts is None:
            texts = [[self.display_text(column, value) for value in values]
                     for column, values in zip(self._frame.columns, self._chunk_values(chunk))]
            self._texts[chunk] = texts
        return texts

    def display_text(self, column, value) -> str:
        """What a cell of ``column`` holding ``value`` shows."""
        formatter = self._formatters.get(column)
        if formatter is not None:
            return formatter(value)
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return "—"
        # days and decimals as the chosen language writes them (the sentences do too)
        if isinstance(value, pd.Timestamp):
            return fmt.date_text(value.date().isoformat())
        if isinstance(value, float):
            return fmt.number(value, 2)
        return str(value)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in self._ROLES or not index.isValid():   # a view asks for ~8 roles
            return None
        chunk, offset = divmod(index.row(), self.CHUNK)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._chunk_texts(chunk)[index.column()][offset]
        value = self._chunk_values(chunk)[index.column()][offset]
        if role == self.SORT_ROLE:
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                return None
            if isinstance(value, pd.Timestamp):
                return value.timestamp()
            # numpy scalars reach Qt as opaque Python objects it cannot compare (no sorting)
            return value.item() if isinstance(value, np.generic) else value
        # numbers right-aligned (numpy integers too: purchase counts sat on the left);
        # a missing value's dash stays where the column's text is
        if (isinstance(value, (int, float, np.integer, np.floating))
                and not isinstance(value, (bool, np.bool_)) and not pd.isna(value)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
