"""Retention: the S → E flow per period and the retention/churn rate lines."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ...engine.analysis import Analysis
from ...report import charts
from ...report.captions import chart_caption
from ..widgets import ChartPanel


class RetentionPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(20, 16, 20, 16)
        self._layout.setSpacing(12)
        title = QLabel(self.tr("Retention"))
        title.setObjectName("pageTitle")
        self._layout.addWidget(title)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.panels: list[ChartPanel] = []

    def show_analysis(self, analysis: Analysis) -> None:
        for panel in self.panels:
            self._layout.removeWidget(panel)
            panel.deleteLater()
        caption = chart_caption(analysis, "retention")
        defs = analysis.defs
        made = [charts.retention_flow_chart(analysis.retention, caption),
                charts.retention_rate_chart(analysis.retention, caption,
                                            benchmark=defs.benchmarks.get("retention_rate"),
                                            target=defs.targets.get("retention_rate"))]
        self.panels = [ChartPanel(chart) for chart in made]
        for panel in self.panels:
            panel.setMinimumHeight(340)
            self._layout.addWidget(panel)
