"""At risk: the customers showing a warning sign (SPEC §3), each sign its own column with the
reason in words, ranked by value at risk, filterable by segment, exportable for a win-back
campaign.

The list, its ranking and value at risk come from the engine's "at_risk" section
(``engine/risk.py``); the segment filter uses the segment engine's members; the export is
``report/winback.py`` in a :class:`Job`. This page only shows and hands on.
"""
from __future__ import annotations

from typing import Optional

import pandas as pd
from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget)

from ...engine.analysis import Analysis
from ...engine.labels import segment_label
from ...engine.risk import at_risk_json, for_group
from ...report import formatting as fmt
from ...report.captions import chart_caption
from ...report.winback import at_risk_table, write_winback
from ..jobs import Job
from ..column_widths import fit_columns
from ..models import DataFrameModel
from ..widgets import note_label

#: Kinds of groups the filter offers, in this order (engine/segments.py metric kinds).
GROUP_KINDS = ("loyal", "segment", "rfm")
MAX_COLUMN_WIDTH = 300


class _ListModel(DataFrameModel):
    """The table model with each cell's full text as its tooltip (reasons are long)."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole:
            text = super().data(index, Qt.ItemDataRole.DisplayRole)
            return text if text and text != "—" else None
        return super().data(index, role)


class _ListOrder(QSortFilterProxyModel):
    """Header clicks sort every row in the source model (``DataFrameModel.sort``, one pandas
    sort): the proxy's own sort asked ``data()`` n·log n times, seconds at 10,000 rows."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


def _text(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


class AtRiskPage(QWidget):
    """``exported(path)`` once the win-back file is written."""

    exported = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._analysis: Optional[Analysis] = None
        self._list = pd.DataFrame()
        self.job: Optional[Job] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("At risk"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.summary = note_label()
        layout.addWidget(self.summary)
        layout.addLayout(self._controls())
        self.model = _ListModel()
        self.proxy = _ListOrder(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(DataFrameModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.segment = QComboBox()
        self.segment.setMinimumWidth(220)
        self.segment.currentIndexChanged.connect(self._show_group)
        self.export_button = QPushButton(self.tr("Export win-back list…"))
        self.export_button.clicked.connect(lambda: self.export_winback())
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(140)
        self.progress.setVisible(False)
        self.status = QLabel()
        row.addWidget(QLabel(self.tr("Segment:")))
        row.addWidget(self.segment)
        row.addStretch(1)
        row.addWidget(self.status)
        row.addWidget(self.progress)
        row.addWidget(self.export_button)
        return row

    def headers(self) -> dict[str, str]:
        """Visible columns in order: who and how much, why (one column per sign), how to
        reach them, then the figures behind the value."""
        return {"customer_id": self.tr("Customer"), "name": self.tr("Name"),
                "value_at_risk": self.tr("Value at risk"),
                "overdue_reason": self.tr("Overdue"),
                "buying_less_reason": self.tr("Buying less often"),
                "unhappy_reason": self.tr("Low score"),
                "recent_returns_reason": self.tr("Recent returns"),
                "likely_lost_reason": self.tr("Probably lost"),
                "email": self.tr("E-mail"), "phone": self.tr("Phone"),
                "rfm_segment": self.tr("RFM segment"),
                "p_alive": self.tr("Chance still a customer"),
                "predicted_clv": self.tr("Predicted value"), "warning_signs": self.tr("Signs")}

    # -- analysis --------------------------------------------------------------------
    def show_analysis(self, analysis: Analysis) -> None:
        self._analysis = analysis
        self._list = at_risk_table(analysis)
        self._fill_segments(analysis)
        section = analysis.sections.get("at_risk")
        basis = getattr(section, "basis", "")
        caption = chart_caption(analysis, "at_risk") if not analysis.is_empty else ""
        self.caption.setText(" ".join(p for p in (basis[:1].upper() + basis[1:] + "." if basis
                                                  else "", caption) if p))
        self._show_group()

    def _fill_segments(self, analysis: Analysis) -> None:
        """"All customers", the loyal group, the owner's segments, then the RFM segments."""
        previous = self.segment.currentData()
        self.segment.blockSignals(True)
        self.segment.clear()
        self.segment.addItem(self.tr("All customers"), None)
        result = analysis.sections.get("segment_analysis")
        metrics = getattr(result, "metrics", None)
        if metrics is not None:
            for kind in GROUP_KINDS:
                for key, row in metrics[metrics["kind"] == kind].iterrows():
                    name = str(row["name"])
                    label = self.tr("RFM: %1").replace("%1", name) if kind == "rfm" else name
                    self.segment.addItem(label, key)
        found = self.segment.findData(previous)
        self.segment.setCurrentIndex(max(found, 0))
        self.segment.blockSignals(False)

    def current_table(self) -> pd.DataFrame:
        """The rows shown: the engine's list limited to the chosen segment's members."""
        if self._analysis is None or not len(self._list):
            return self._list
        key = self.segment.currentData()
        result = self._analysis.sections.get("segment_analysis")
        members = result.members(key) if key is not None and result is not None else None
        return for_group(self._list, self._analysis.customers, members)

    def _show_group(self) -> None:
        table = self.current_table()
        currency = self._analysis.defs.currency if self._analysis is not None else None
        money = lambda v: "—" if pd.isna(v) else fmt.money(v, currency)   # noqa: E731
        formatters = {"value_at_risk": money, "predicted_clv": money,
                      "p_alive": lambda v: "—" if pd.isna(v) else fmt.percent(v),
                      **{c: _text for c in self.headers() if c.endswith("_reason")},
                      "name": _text, "email": _text, "phone": _text,
                      "rfm_segment": lambda v: segment_label(_text(v))}
        self.model.set_frame(table, self.headers(), formatters)
        self.table.sortByColumn(list(self.model.frame().columns).index("value_at_risk")
                                if "value_at_risk" in self.model.frame().columns else 0,
                                Qt.SortOrder.DescendingOrder)
        fit_columns(self.table, MAX_COLUMN_WIDTH)    # long reasons: full text in the tooltip
        self._say(table, currency)
        self.export_button.setEnabled(len(table) > 0)

    def _say(self, table: pd.DataFrame, currency) -> None:
        if self._analysis is None or self._analysis.is_empty:
            self.summary.setText(self.tr("Import your sales to see which customers are slipping "
                                         "away."))
            return
        if not len(table):
            self.summary.setText(self.tr("No customer in this group shows a warning sign."))
            return
        block = at_risk_json(table, top=0)
        self.summary.setText(self.tr(
            "%1 customers show at least one warning sign; %2 of predicted value is at risk. "
            "The list is ranked by value at risk; click a column to sort by it.")
            .replace("%1", fmt.number(block["customers"]))
            .replace("%2", fmt.money(block["total_value_at_risk"], currency)))

    # -- export ----------------------------------------------------------------------
    def export_winback(self, path: str | None = None) -> Optional[Job]:
        """Write the rows shown (this segment) to Excel or CSV, off the GUI thread."""
        if self._analysis is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export win-back list"), "win-back-list.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
            if not path:
                return None
        job = Job(self.tr("Writing the win-back list…"), write_winback, self._analysis, path,
                  self._analysis.defs.lang, table=self.current_table())
        job.progressed.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        job.finished.connect(self._on_exported)
        job.failed.connect(self._on_failed)
        job.done.connect(lambda: self._busy(False))
        self.job = job
        self._busy(True)
        return job.start()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.export_button.setEnabled(not busy)

    def _on_exported(self, path) -> None:
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self.exported.emit(str(path))

    def _on_failed(self, exc: object) -> None:
        from ..errors import show_error
        self.status.setText(self.tr("The list could not be written."))
        show_error(self, exc)
