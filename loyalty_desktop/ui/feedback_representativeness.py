"""Feedback page part: do the people who answered look like all customers? (issue 7 point 4)

A drop-down picks the dimension (spend band, RFM segment, loyal or not); the chart pairs
each group's share of customers with its share of answers and the engine's chi-square
verdict is written above it in plain words. A click on a group's grey bar lists all its
customers, on its blue bar those of them who answered (``customers_requested``).
"""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..engine.chart_members import group_members
from ..report.charts_representativeness import (representativeness_caption,
                                                representativeness_chart)
from .widgets import ChartPanel, note_label

PANEL_HEIGHT = 300


class RepresentativenessBox(QWidget):
    """Shows one :class:`Representativeness` result of the section at a time."""

    #: a group's bar was clicked: (customer ids, description) of the customers behind it
    customers_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: Any = None
        self._general = ""
        self.panel: Optional[ChartPanel] = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        heading = QLabel(self.tr("Who answered the survey"))
        heading.setObjectName("kpiLabel")
        self.dimension = QComboBox()
        bar.addWidget(heading)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Compare by:")))
        bar.addWidget(self.dimension)
        self._layout.addLayout(bar)
        self.verdict = note_label()
        self._layout.addWidget(self.verdict)
        self.dimension.currentIndexChanged.connect(self._draw)

    def set_report(self, report: Any, general_caption: str) -> None:
        """``report``: the analysis' "representativeness" section (None → hidden)."""
        self._report, self._general = report, general_caption
        results = list(getattr(report, "results", None) or [])
        self.setVisible(bool(results))
        self.dimension.blockSignals(True)
        self.dimension.clear()
        for i, result in enumerate(results):
            self.dimension.addItem(result.dimension, i)
        self.dimension.blockSignals(False)
        self._draw()

    def choose(self, dimension: str) -> None:
        self.dimension.setCurrentIndex(self.dimension.findText(dimension))

    def _draw(self, *_args) -> None:
        if self.panel is not None:
            self._layout.removeWidget(self.panel)
            self.panel.deleteLater()
            self.panel = None
        index = self.dimension.currentData()
        if self._report is None or index is None:
            self.verdict.setText("")
            return
        result = self._report.results[int(index)]
        self.verdict.setText(result.verdict)
        chart = representativeness_chart(result, representativeness_caption(self._general))
        self.panel = ChartPanel(chart)
        self.panel.setMinimumHeight(PANEL_HEIGHT)
        self.panel.chart.widget.hover.clicked.connect(lambda key: self._open(result, *key))
        self._layout.addWidget(self.panel)

    def _open(self, result: Any, group: str, answered_only: bool) -> None:
        """The group's customers (grey bar) or those of them who answered (blue bar)."""
        ids = group_members(result.members, group, answered_only=answered_only)
        text = (self.tr("%1 (%2): customers who answered the survey") if answered_only
                else self.tr("%1 (%2): all customers"))
        self.customers_requested.emit(ids, text.replace("%1", group)
                                      .replace("%2", result.dimension))
