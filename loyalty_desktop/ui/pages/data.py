"""Data: every imported file with its row accounting, and the rejected rows with reasons."""
from __future__ import annotations

import pandas as pd
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget
from PySide6.QtCore import Qt
from ...engine.i18n import translate
from ...report import formatting as fmt

from ..models import DataFrameModel
from ..widgets import note_label


class DataPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        title = QLabel(self.tr("Imported data"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.summary = note_label()
        layout.addWidget(self.summary)
        self.files = QTableView()
        self.files_model = DataFrameModel()
        self.files.setModel(self.files_model)
        self.files.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.files.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.rejects = QTableView()
        self.rejects_model = DataFrameModel()
        self.rejects.setModel(self.rejects_model)
        for table in (self.files, self.rejects):
            table.verticalHeader().setVisible(False)
            table.setAlternatingRowColors(True)
        self.rejects.horizontalHeader().setStretchLastSection(True)     # the reason
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.files)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 8, 0, 0)
        self.rejects_title = QLabel(self.tr("Rejected rows (first 100 per file)"))
        box_layout.addWidget(self.rejects_title)
        box_layout.addWidget(self.rejects)
        splitter.addWidget(box)
        splitter.setSizes([180, 520])
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
        counts = {key: (lambda v: "—" if v is None or pd.isna(v) else fmt.number(int(v)))
                  for key in ("rows_read", "rows_accepted", "rows_rejected", "orders")}
        kinds = {"transactions": self.tr("sales"), "customers": self.tr("customer list"),
                 "responses": self.tr("survey answers")}
        counts["kind"] = lambda v: kinds.get(v, "—" if v is None else str(v))
        self.files_model.set_frame(frame, headers, counts)
        self.files.resizeColumnsToContents()
        read = sum(int(e.get("rows_read") or 0) for e in self._imports)
        rejected = sum(int(e.get("rows_rejected") or 0) for e in self._imports)
        self.summary.setText(self.tr("%1 files imported: %2 rows read, %3 accepted, %4 rejected. "
                                     "Select a file to see why its rows were rejected.")
                             .replace("%1", fmt.number(len(self._imports))).replace("%2", fmt.number(read))
                             .replace("%3", fmt.number(read - rejected)).replace("%4", fmt.number(rejected)))
        if self._imports:
            self.files.selectRow(0)

    def _show_rejects(self) -> None:
        rows = self.files.selectionModel().selectedRows()
        if not rows:
            return
        entry = self._imports[rows[0].row()]
        headers = {"row": self.tr("Row"), "column": self.tr("Column"), "reason": self.tr("Reason")}
        frame = pd.DataFrame(entry.get("rejects", []), columns=list(headers))
        # a reason is stored in the language of its import; the fixed ones are translated
        self.rejects_model.set_frame(frame, headers,
                                     {"reason": lambda v: translate("importing", str(v or ""))})
        total = int(entry.get("rows_rejected") or 0)
        self.rejects_title.setText(
            self.tr("No rows of %1 were rejected.").replace("%1", str(entry.get("file", "")))
            if total == 0 else
            self.tr("Rejected rows of %1: %2 shown of %3").replace("%1", str(entry.get("file", "")))
            .replace("%2", fmt.number(len(frame))).replace("%3", fmt.number(total)))
        self.rejects.resizeColumnsToContents()
