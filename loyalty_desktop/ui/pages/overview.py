"""Overview: KPI cards with trend arrows, benchmark/target and a plain reading of each."""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...engine.analysis import Analysis
from ...report.captions import chart_caption
from ...report.kpis import kpi_rows, reading
from ..widgets import KpiCard


class OverviewPage(QWidget):
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
        self.title = QLabel(self.tr("Overview"))
        self.title.setObjectName("pageTitle")
        self._layout.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self._layout.addLayout(self.grid)
        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        self._layout.addWidget(self.caption)
        self._layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.cards: dict[str, KpiCard] = {}

    def show_analysis(self, analysis: Analysis) -> None:
        rows = kpi_rows(analysis)
        for i, row in enumerate(rows):
            card = self.cards.get(row.kpi.key)
            if card is None:
                card = KpiCard()
                self.cards[row.kpi.key] = card
                self.grid.addWidget(card, i // 4, i % 4)
            card.show_kpi(row.label, row.value_text, row.kpi.trend, row.reference_text,
                          row.assessment, reading(row, analysis.defs.period))
        self.caption.setText(chart_caption(analysis, "summary"))
