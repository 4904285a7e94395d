"""Overview: KPI cards with trend arrows, benchmark/target and a plain reading of each."""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ...engine.analysis import Analysis
from ...report.captions import chart_caption
from ...report.kpis import kpi_rows, reading
from ..widgets import KpiCard, scrolling_page


class OverviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = scrolling_page(self, self.tr("Overview"))
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self._layout.addLayout(self.grid)
        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        self._layout.addWidget(self.caption)
        self._layout.addStretch(1)
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
