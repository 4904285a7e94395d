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

    def __init__(self, frame: Optional[pd.DataFrame] = None, headers: Optional[dict[str, str]] = None,
                 formatters: Optional[dict[str, Formatter]] = None, parent=None) -> None:
        super().__init__(parent)
        self._frame = pd.DataFrame()
        self._headers: dict[str, str] = {}
        self._formatters: dict[str, Formatter] = {}
        self._loaded = 0
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
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        return self._frame

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

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self._frame.columns[index.column()]
        value = self._frame.iat[index.row(), index.column()]
        if role == self.SORT_ROLE:
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                return None
            if isinstance(value, pd.Timestamp):
                return value.timestamp()
            # numpy scalars reach Qt as opaque Python objects it cannot compare (no sorting)
            return value.item() if isinstance(value, np.generic) else value
        if role == Qt.ItemDataRole.DisplayRole:
            if column in self._formatters:
                return self._formatters[column](value)
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                return "—"
            if isinstance(value, pd.Timestamp):          # as the chosen locale writes a day
                return fmt.date_text(value.date().isoformat())
            if isinstance(value, float):
                return fmt.number(value, 2)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
