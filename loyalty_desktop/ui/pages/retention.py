"""Retention: the S → E flow per period, the retention/churn rate lines and the cohort heat map."""
from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...engine.analysis import Analysis
from ...engine.flow_members import flow_members
from ...report import charts
from ...report.captions import chart_caption
from ...report.charts_cohorts import cohort_customers, cohort_heatmap_chart, period_offset_name
from ..widgets import ChartPanel, scrolling_page


class RetentionPage(QWidget):
    #: a heat-map cell was clicked: (customer ids, description) of the customers behind it
    customers_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = scrolling_page(self, self.tr("Retention"))
        self.panels: list[ChartPanel] = []

    def show_analysis(self, analysis: Analysis) -> None:
        for _ in self.analysis_steps(analysis):
            pass

    def analysis_steps(self, analysis: Analysis) -> Iterator[None]:
        """Draw ``analysis`` one chart per step (the window runs one step per event-loop
        turn, so the page appears chart by chart instead of freezing the window)."""
        for panel in self.panels:
            self._layout.removeWidget(panel)
            panel.deleteLater()
        self.panels = []
        caption = chart_caption(analysis, "retention")
        defs = analysis.defs
        cohorts = analysis.sections.get("cohorts")
        makers = [lambda: charts.retention_flow_chart(analysis.retention, caption),
                  lambda: charts.retention_rate_chart(analysis.retention, caption,
                                                      benchmark=defs.benchmarks.get("retention_rate"),
                                                      target=defs.targets.get("retention_rate"))]
        if cohorts is not None and not cohorts.is_empty:
            makers.append(lambda: cohort_heatmap_chart(cohorts, chart_caption(analysis, "cohorts")))
        for make in makers:
            self._add(ChartPanel(make()), analysis)
            yield

    def _add(self, panel: ChartPanel, analysis: Analysis) -> None:
        rows = 0
        if panel.chart.key == "cohorts":
            rows = len(panel.chart.data["cohorts"])
            panel.chart.widget.hover.clicked.connect(
                lambda key: self._open_cohort_cell(analysis, key))
        else:
            panel.chart.widget.hover.clicked.connect(
                lambda key: self._open_flow_cell(analysis, key))
        panel.setMinimumHeight(max(340, min(900, 140 + 22 * rows)))
        self._layout.addWidget(panel)
        self.panels.append(panel)

    def _open_flow_cell(self, analysis: Analysis, key) -> None:
        """A bar or point of the flow/rate charts: the customers counted in it."""
        kind, period = key
        ids = flow_members(analysis.activity, as_of=analysis.as_of, window_days=analysis.window_days,
                           period=analysis.defs.period, label=period, kind=kind)
        words = {"new": self.tr("New customers in %1"), "reactivated": self.tr("Came back in %1"),
                 "churned": self.tr("Churned in %1"), "retained": self.tr("Kept in %1")}
        self.customers_requested.emit(ids, words[kind].replace("%1", period))

    def _open_cohort_cell(self, analysis: Analysis, key) -> None:
        cohort, offset = key
        period = analysis.sections["cohorts"].period
        ids = cohort_customers(analysis.activity, period, cohort, offset)
        self.customers_requested.emit(ids, self.tr("Cohort %1, %2").replace("%1", cohort).replace(
            "%2", period_offset_name(period, offset)))
