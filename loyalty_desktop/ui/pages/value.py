"""Value: what customers are worth (CLV distribution), what churned customers cost (lost
lifetime value beside the naive lost revenue, SPEC §3), and how long customers stay
(lifecycle durations and the Kaplan–Meier survival curve).

Draws the analysis' "clv" (or, without it, historic value from the customer table),
"lost_value", "lifecycle" and "lifespan" sections; a missing section is said in words.
Below them the owner can check the purchase model against held-out weeks (holdout_panel).
"""
from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...engine.analysis import Analysis
from ...engine.chart_members import lifecycle_members, still_customers_after
from ...engine.lifespan import DAYS_PER_MONTH
from ...report import charts_value as cv
from ...report import formatting as fmt
from ...report.captions import chart_caption
from ..holdout_panel import HoldoutPanel
from ..widgets import ChartPanel, note_label, scrolling_page

PANEL_HEIGHT = 330


class ValuePage(QWidget):
    """``customers_requested(ids, description)``: a bar was clicked; show these customers."""

    customers_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = scrolling_page(self, self.tr("Value"))
        self.body = QWidget()
        self._body_layout = QVBoxLayout(self.body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        self._body_layout.setSpacing(12)
        self._layout.addWidget(self.body)
        self._layout.addStretch(1)
        # the model check stays in the body across redraws, right after the CLV chart
        self.holdout = HoldoutPanel()
        self.holdout.customers_requested.connect(self.customers_requested)
        self.holdout.setVisible(False)
        self._body_layout.addWidget(self.holdout)
        self.panels: dict[str, ChartPanel] = {}
        self.texts: dict[str, QLabel] = {}
        self._analysis: Analysis | None = None

    def show_analysis(self, analysis: Analysis) -> None:
        for _ in self.analysis_steps(analysis):
            pass

    def analysis_steps(self, analysis: Analysis) -> Iterator[None]:
        """Draw ``analysis`` a chart or two per step (the window runs one step per
        event-loop turn, so the page appears part by part instead of freezing the window)."""
        self._analysis = analysis
        self._clear()
        self.holdout.show_analysis(analysis)
        if analysis.is_empty:
            self._say("empty", self.tr("Import your sales to see what your customers are worth."))
            return
        currency = analysis.defs.currency
        self._draw_clv(analysis, currency)
        self._body_layout.removeWidget(self.holdout)
        self._body_layout.addWidget(self.holdout)
        yield
        self._draw_lost(analysis, currency)
        yield
        yield from self._draw_lifetimes(analysis)

    def _clear(self) -> None:
        for widget in [*self.panels.values(), *self.texts.values()]:
            self._body_layout.removeWidget(widget)
            widget.deleteLater()
        self.panels, self.texts = {}, {}

    def _add(self, chart) -> ChartPanel:
        panel = ChartPanel(chart)
        panel.setMinimumHeight(PANEL_HEIGHT)
        self._body_layout.addWidget(panel)
        self.panels[chart.key] = panel
        return panel

    def _say(self, key: str, text: str) -> QLabel:
        label = note_label(text)
        self._body_layout.addWidget(label)
        self.texts[key] = label
        return label

    def _draw_clv(self, analysis: Analysis, currency) -> None:
        values = cv.customer_values(analysis)
        if values is None or len(values.values) == 0:
            return
        clv = analysis.sections.get("clv")
        if values.model == "simple":
            text = self.tr("Your %1 customers are worth %2 over the time they are expected to stay "
                           "(%3 per customer on average, after margin and discounting), by the "
                           "simple estimate.").replace(
                "%1", fmt.number(len(values.values))).replace(
                "%2", fmt.money(clv.total_clv, currency)).replace(
                "%3", fmt.money(clv.mean_clv, currency))
            text += " " + self.tr("Why not the prediction model: %1.").replace("%1", values.note)
        elif values.predictive:
            text = self.tr("Your %1 customers are expected to bring %2 over the next %3 months "
                           "(%4 per customer on average, after margin and discounting).").replace(
                "%1", fmt.number(len(values.values))).replace(
                "%2", fmt.money(clv.total_clv, currency)).replace(
                "%3", str(clv.horizon_months)).replace("%4", fmt.money(clv.mean_clv, currency))
            text += " " + self.tr("How: %1.").replace("%1", values.note)
        else:
            text = self.tr("Your %1 customers have brought %2 so far, after margin.").replace(
                "%1", fmt.number(len(values.values))).replace(
                "%2", fmt.money(float(values.values.sum()), currency)) + " " + values.note
        self._say("clv", text)
        panel = self._add(cv.clv_distribution_chart(values, currency, chart_caption(
            analysis, "clv" if values.predictive else "value")))

        def open_bin(key) -> None:
            low, high, last = key
            ids = cv.customers_in_bin(values, low, high, last)
            span = (self.tr("%1 or more") if last else self.tr("%1 to %2")).replace(
                "%1", fmt.money(low, currency)).replace("%2", fmt.money(high, currency))
            self.customers_requested.emit(ids, self.tr("Customers worth %1").replace("%1", span))
        panel.chart.widget.hover.clicked.connect(open_bin)

    def _draw_lost(self, analysis: Analysis, currency) -> None:
        lost = analysis.sections.get("lost_value")
        if lost is None:
            self._say("lost_value", self.tr("The value lost with churned customers is not "
                                            "computed for this project yet."))
            return
        self._say("lost_value", cv.lost_value_sentence(lost, currency))
        panel = self._add(cv.lost_value_chart(lost, currency, chart_caption(
            analysis, "lost_value", start=lost.start, end=lost.end)))
        panel.chart.widget.hover.clicked.connect(lambda _key: self.open_lost(lost))

    def _draw_lifetimes(self, analysis: Analysis) -> Iterator[None]:
        cycle = analysis.sections.get("lifecycle")
        if cycle is not None:
            if cycle.churned:
                self._say("lifecycle", self.tr(
                    "%1 customers have churned; half of them stayed less than %2 months.")
                    .replace("%1", fmt.number(cycle.churned))
                    .replace("%2", fmt.number(cycle.median_months, 1)))
                panel = self._add(cv.lifecycle_chart(cycle, chart_caption(analysis, "lifecycle")))
                panel.chart.widget.hover.clicked.connect(self.open_lifecycle_month)
                yield
            else:
                self._say("lifecycle", cycle.note)
        span = analysis.sections.get("lifespan")
        if span is not None and span.customers:
            text = self.tr("Average lifespan so far: %1; Kaplan–Meier median lifetime: %2.") \
                .replace("%1", fmt.days(span.average_lifespan_days)) \
                .replace("%2", fmt.days(span.km_median_lifetime_days))
            if span.note:
                text += " " + span.note[:1].upper() + span.note[1:] + "."
            self._say("lifespan", text)
            panel = self._add(cv.survival_chart(span, chart_caption(analysis, "lifespan")))
            panel.chart.widget.hover.clicked.connect(self.open_survival_step)

    def open_lifecycle_month(self, month: int) -> None:
        """The churned customers who stayed ``month`` to ``month + 1`` months (a lifecycle bar)."""
        if self._analysis is None:
            return
        ids = lifecycle_members(self._analysis.customers, month)
        self.customers_requested.emit(ids, self.tr("Churned after %1–%2 months").replace(
            "%1", str(month)).replace("%2", str(month + 1)))

    def open_lost(self, lost) -> None:
        """The churned customers whose value the lost-value bars add up (either bar)."""
        ids = [str(i) for i in lost.per_customer.index]
        self.customers_requested.emit(ids, self.tr("Churned between %1 and %2").replace(
            "%1", fmt.date_text(lost.start)).replace("%2", fmt.date_text(lost.end)))

    def open_survival_step(self, days: float) -> None:
        """The customers the survival curve still counts ``days`` after the first purchase."""
        if self._analysis is None:
            return
        ids = still_customers_after(self._analysis.customers, days)
        self.customers_requested.emit(ids, self.tr(
            "Still customers %1 months after their first purchase").replace(
            "%1", fmt.number(days / DAYS_PER_MONTH, 1)))
