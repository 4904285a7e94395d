"""Small reusable widgets: chart panel with caption and export menu, KPI card, empty state."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

if TYPE_CHECKING:  # pragma: no cover - the chart modules (pyqtgraph) load with the first chart,
    from ..report.charts import Chart  # not with the welcome screen's EmptyState (issue 12)


class ChartPanel(QFrame):
    """A chart, the definitions used written beneath it, and a right-click export menu."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(chart.widget, 1)
        self.caption = QLabel(chart.caption)
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        chart.widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        chart.widget.customContextMenuRequested.connect(self._menu)
        from .style import is_dark
        self.dark = False
        self.apply_theme(is_dark())

    def apply_theme(self, dark: bool) -> None:
        """Chart colours for the light or dark scheme (ui/style.py calls it on a switch)."""
        if dark != self.dark:
            from ..report.charts import apply_palette
            apply_palette(self.chart.widget, dark)
            self.dark = dark

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        png = menu.addMenu(self.tr("Export chart as PNG"))
        for dpi in (96, 150, 300):
            png.addAction(self.tr("%1 dpi…").replace("%1", str(dpi)),
                          lambda dpi=dpi: self.export("png", dpi=dpi))
        menu.addAction(self.tr("Export chart as SVG…"), lambda: self.export("svg"))
        menu.exec(self.chart.widget.mapToGlobal(pos))

    def export(self, kind: str, path: str | None = None, dpi: int = 150) -> Path | None:
        if path is None:
            filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"),
                                                  f"{self.chart.key}.{kind}", filters[kind])
            if not path:
                return None
        size = self.chart.widget.size()
        width, height = max(size.width(), 600), max(size.height(), 300)
        from ..report import render

        dark = self.dark
        self.apply_theme(False)       # an exported chart goes into documents: always light
        try:
            if kind == "png":
                return render.to_png(self.chart.widget, path, width=width, height=height, dpi=dpi)
            return render.to_svg(self.chart.widget, path, width=width, height=height,
                                 title=self.chart.title)
        finally:
            self.apply_theme(dark)


class KpiCard(QFrame):
    """A key figure: label, big value, trend arrow, benchmark/target and a plain reading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(4)
        self.label = QLabel()
        self.label.setObjectName("kpiLabel")
        row = QHBoxLayout()
        self.value = QLabel()
        self.value.setObjectName("kpiValue")
        self.trend = QLabel()
        self.trend.setObjectName("kpiTrend")
        row.addWidget(self.value)
        row.addWidget(self.trend)
        row.addStretch(1)
        self.reference = QLabel()
        self.reference.setObjectName("caption")
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.reading.setObjectName("kpiReading")
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.reference)
        layout.addWidget(self.reading)
        layout.addStretch(1)

    def show_kpi(self, label: str, value: str, trend: int, reference: str, assessment: str,
                 reading: str) -> None:
        self.label.setText(label)
        self.value.setText(value)
        arrows = {1: ("▲", "good"), -1: ("▼", "bad"), 0: ("", "flat")}
        arrow, mood = arrows[trend]
        self.trend.setText(arrow)
        self.trend.setProperty("mood", mood)
        self.trend.style().unpolish(self.trend)
        self.trend.style().polish(self.trend)
        self.reference.setText(" · ".join(p for p in (reference, assessment) if p and p != "—"))
        self.reading.setText(reading)


class EmptyState(QWidget):
    """What to do when nothing is imported yet: import your files, or look at the demo."""

    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addStretch(1)
        title = QLabel(self.tr("No data yet"))
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr(
            "Import the sales export of your till or web shop (Excel or CSV) to see how many "
            "customers come back. Customer lists and survey answers can be added too. "
            "You can also drop the files onto this window."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # a fixed width lets the wrapped label report its real height (no clipped lines)
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560) + 28)  # room for the style sheet font
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("Import files…"))
        self.import_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the demo project"))
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addStretch(2)


def scrolling_page(page: QWidget, title: str) -> QVBoxLayout:
    """Give ``page`` a frameless scroll area with a padded body headed by ``title``.

    Returns the body's layout; every dashboard page stacks its cards in it."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(12)
    heading = QLabel(title)
    heading.setObjectName("pageTitle")
    layout.addWidget(heading)
    scroll.setWidget(body)
    outer.addWidget(scroll)
    return layout


def note_label(text: str = "", object_name: str = "kpiReading") -> QLabel:
    """A wrapped, selectable sentence (a plain-language reading under a heading)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName(object_name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
