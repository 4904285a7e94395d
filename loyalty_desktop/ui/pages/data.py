"""Data: every imported file with its row accounting, and the rejected rows with reasons."""
from __future__ import annotations

import pandas as pd
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget
from PySide6.QtCore import Qt

from ..models import DataFrameModel


class DataPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        title = QLabel(self.tr("Imported data"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.files = QTableView()
        self.files_model = DataFrameModel()
        self.files.setModel(self.files_model)
        self.files.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.rejects = QTableView()
        self.rejects_model = DataFrameModel()
        self.rejects.setModel(self.rejects_model)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.files)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 8, 0, 0)
        self.rejects_title = QLabel(self.tr("Rejected rows (first 100 per file)"))
        box_layout.addWidget(self.rejects_title)
        box_layout.addWidget(self.rejects)
        splitter.addWidget(box)
        layout.addWidget(splitter, 1)
        self.files.selectionModel().selectionChanged.connect(self._show_rejects)
        self._imports: list[dict] = []

    def show_imports(self, imports: list[dict]) -> None:
        self._imports = list(imports)
        headers = {"file": self.tr("File"), "kind": self.tr("Kind"), "format": self.tr("Format"),
                   "rows_read": self.tr("Rows read"), "rows_accepted": self.tr("Accepted"),
                   "rows_rejected": self.tr("Rejected"), "orders": self.tr("Orders")}
        frame = pd.DataFrame([{k: entry.get(k) for k in headers} for entry in self._imports],
                             columns=list(headers))
        counts = {key: (lambda v: "—" if v is None or pd.isna(v) else f"{int(v):,}")
                  for key in ("rows_read", "rows_accepted", "rows_rejected", "orders")}
        self.files_model.set_frame(frame, headers, counts)
        self.files.resizeColumnsToContents()
        if self._imports:
            self.files.selectRow(0)

    def _show_rejects(self) -> None:
        rows = self.files.selectionModel().selectedRows()
        if not rows:
            return
        entry = self._imports[rows[0].row()]
        headers = {"row": self.tr("Row"), "column": self.tr("Column"), "reason": self.tr("Reason")}
        frame = pd.DataFrame(entry.get("rejects", []), columns=list(headers))
        self.rejects_model.set_frame(frame, headers)
        self.rejects.resizeColumnsToContents()
