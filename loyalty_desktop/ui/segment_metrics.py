"""Every group's metrics side by side, a two-group retention comparison in words, and the
drill-down of the clicked group (issue 8 point 4). Numbers come from ``engine.segments``."""
from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QScrollArea,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from ..engine.chart_members import retained_members
from ..engine.definitions import Definitions
from ..engine.segments import SegmentAnalysis, SegmentEngine
from ..report import formatting as fmt
from .group_panel import GroupPanel
from .models import DataFrameModel


def _pct(value: Any) -> str:
    return "—" if value is None or pd.isna(value) else fmt.percent(float(value))


def _score(value: Any) -> str:
    return "—" if value is None or pd.isna(value) else f"{float(value):+.0f}"


class SegmentMetricsView(QSplitter):
    """Table of groups | drill-down of the clicked group."""

    #: a point of the group's retention chart was clicked: (customer ids, description)
    customers_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.result: SegmentAnalysis | None = None
        self.engine: SegmentEngine | None = None
        self.defs = Definitions()
        self._build()

    def _build(self) -> None:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.metrics_model = DataFrameModel()
        self.metrics_view = QTableView()
        self.metrics_view.setModel(self.metrics_model)
        self.metrics_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.metrics_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.metrics_view.clicked.connect(self._show_group)
        self.metrics_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.metrics_view.setMinimumHeight(180)
        self.metrics_view.verticalHeader().setVisible(False)     # row numbers say nothing here
        layout.addWidget(self.metrics_view, 1)
        self._compare_row(layout)
        self.group_panel = GroupPanel()
        self.group_panel.setMinimumWidth(360)
        self.group_panel.point_clicked.connect(self._open_retained)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.group_panel)
        self.addWidget(box)
        self.addWidget(scroll)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        # the drill-down's chart and cohort table need room as much as the groups' table
        self.setSizes([680, 500])

    def _compare_row(self, layout: QVBoxLayout) -> None:
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("Compare retention of")))
        self.compare_a, self.compare_b = QComboBox(), QComboBox()
        line.addWidget(self.compare_a, 1)
        line.addWidget(QLabel(self.tr("with")))
        line.addWidget(self.compare_b, 1)
        layout.addLayout(line)
        self.compare_text = QLabel()
        self.compare_text.setWordWrap(True)
        layout.addWidget(self.compare_text)
        self.compare_a.currentIndexChanged.connect(lambda _i: self._update_compare())
        self.compare_b.currentIndexChanged.connect(lambda _i: self._update_compare())

    def show_result(self, result: SegmentAnalysis, engine: SegmentEngine, defs: Definitions) -> None:
        self.result, self.engine, self.defs = result, engine, defs
        headers = {"name": self.tr("Group"), "customers": self.tr("Customers"),
                   "share": self.tr("Share of customers"), "revenue_share": self.tr("Share of revenue"),
                   "retention_rate": self.tr("Retention rate"), "nps": self.tr("NPS")}
        formats = {"share": _pct, "revenue_share": _pct, "retention_rate": _pct, "nps": _score,
                   "customers": lambda v: fmt.number(int(v))}
        self.metrics_model.set_frame(result.metrics.reset_index(drop=True), headers, formats)
        self._fill_compare()

    def _show_group(self, index) -> None:
        if self.result is None or not index.isValid():
            return
        key = self.result.metrics.index[index.row()]
        name = str(self.result.metrics.at[key, "name"])
        details = None
        if self.engine is not None and self.engine.activity is not None and self.engine.as_of is not None:
            details = self.engine.details(self.result, key, self.defs)
        caption = self.tr("Retention rate = customers still active at the end of the period ÷ "
                          "active at its start.")
        self.group_panel.show_group(self.result.retention, key, name, details, caption,
                                    currency=self.defs.currency)

    def _open_retained(self, key: str, period: str) -> None:
        """The group's customers kept through ``period`` (a point of its retention line)."""
        if self.result is None or self.engine is None or self.engine.membership is None \
                or key not in self.result.masks.columns:
            return
        ids = retained_members(self.engine.membership, self.engine.customers.index,
                               self.result.masks[key].to_numpy(dtype=bool), period)
        name = str(self.result.metrics.at[key, "name"])
        self.customers_requested.emit(ids, self.tr("%1: kept in %2").replace(
            "%1", name).replace("%2", period))

    def _fill_compare(self) -> None:
        metrics = self.result.metrics
        for box, default in ((self.compare_a, "loyal"), (self.compare_b, "rest")):
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            for key, name in zip(metrics.index, metrics["name"]):
                box.addItem(str(name), key)
            index = box.findData(keep if keep in metrics.index else default)
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)
        self._update_compare()

    def _update_compare(self) -> None:
        a, b = self.compare_a.currentData(), self.compare_b.currentData()
        if self.result is None or a is None or b is None or a == b:
            self.compare_text.setText("")
            return
        self.compare_text.setText(self.result.compare(a, b).sentence)
