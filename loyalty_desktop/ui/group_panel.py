"""Drill-down for one group (a segment, the loyal customers or the rest): its retention next
to everybody's, its NPS, CLV and lost value in words, and its cohort triangle. Numbers come from
``engine.segment_details``; this widget only lays them out."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..engine.segment_details import GroupDetails
from ..report import formatting as fmt
from ..report.loyalty_charts import segment_retention_chart
from .models import DataFrameModel
from .widgets import ChartPanel


MAX_COHORTS = 12


def _percent(value: object) -> str:
    return "" if value is None or pd.isna(value) else fmt.percent(float(value))


class GroupPanel(QWidget):
    #: a point of the retention chart was clicked: (group key, period)
    point_clicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 8)
        self._layout.setSpacing(10)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("kpiReading")
        self._layout.addWidget(self.summary)
        self.cohort_title = QLabel(self.tr("Cohorts of this group: share still buying "
                                           "k periods after their first purchase"))
        self.cohort_title.setObjectName("caption")
        self.cohort_title.setWordWrap(True)
        self.cohort_model = DataFrameModel()
        self.cohort_view = QTableView()
        self.cohort_view.setModel(self.cohort_model)
        self.cohort_view.setMinimumHeight(160)
        self.cohort_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self._layout.addWidget(self.cohort_title)
        self._layout.addWidget(self.cohort_view)
        self.chart_panel: ChartPanel | None = None
        self._currency: str | None = None

    def show_group(self, retention: pd.DataFrame, key: str, name: str,
                   details: GroupDetails | None, caption: str,
                   currency: str | None = None) -> None:
        """Draw ``key``'s retention against all customers and describe ``details`` (money
        in the project's ``currency``)."""
        if self.chart_panel is not None:
            self._layout.removeWidget(self.chart_panel)
            self.chart_panel.deleteLater()
            self.chart_panel = None
        if len(retention):
            keys = [key] if key == "all" else [key, "all"]
            names = [name] if key == "all" else [name, self.tr("All customers")]
            self.chart_panel = ChartPanel(segment_retention_chart(retention, keys, names, caption))
            self.chart_panel.setMinimumHeight(300)
            self.chart_panel.chart.widget.hover.clicked.connect(
                lambda point: self.point_clicked.emit(*point))
            # right under the summary: the comparison is what the owner came for (at the
            # end it sat below the cohort table, out of sight in the narrow panel)
            self._layout.insertWidget(1, self.chart_panel)
        self._currency = currency
        self.summary.setText(self._describe(name, details))
        self._show_cohorts(details)

    def _show_cohorts(self, details: GroupDetails | None) -> None:
        """The group's cohort triangle (last 12 cohorts, first 12 periods), in percent."""
        empty = details is None or details.cohorts.is_empty
        self.cohort_title.setVisible(not empty)
        self.cohort_view.setVisible(not empty)
        if empty:
            return
        cohorts = details.cohorts
        retention = cohorts.retention.iloc[-MAX_COHORTS:, :MAX_COHORTS]
        frame = pd.DataFrame({"cohort": retention.index.astype(str),
                              "size": cohorts.sizes.loc[retention.index].astype("int64").to_numpy()})
        headers = {"cohort": self.tr("Cohort"), "size": self.tr("Customers")}
        for offset in retention.columns:
            key = f"k{offset}"
            frame[key] = retention[offset].to_numpy(dtype=object)
            headers[key] = f"+{offset}"
        formats = {key: _percent for key in headers if key.startswith("k")}
        self.cohort_model.set_frame(frame, headers, formats)

    def _describe(self, name: str, details: GroupDetails | None) -> str:
        if details is None:
            return ""
        parts = [self.tr("%1: %Ln customers.", "", details.customers).replace("%1", name)]
        if details.annual_retention is not None:
            parts.append(self.tr("Annual retention: %1.")
                         .replace("%1", fmt.percent(details.annual_retention)))
        if details.nps is not None and details.nps.score is not None:
            # the adjusted interval, as the Feedback page gives: the plain Wald one of a few
            # answers runs past ±100
            low, high = details.nps.ci95_adjusted_wald or (None, None)
            text = self.tr("NPS %1 from %2 answers").replace("%1", f"{details.nps.score:+.0f}") \
                .replace("%2", str(details.nps.n))
            if low is not None:
                text += self.tr(" (95 % interval %1 to %2)").replace("%1", f"{low:.0f}") \
                    .replace("%2", f"{high:.0f}")
            parts.append(text + ".")
        lost = details.lost_value
        parts.append(self.tr("Lost in the last year: %Ln customers, %2 a year in revenue, "
                             "%3 lifetime value.", "", lost.churned_customers)
                     .replace("%2", fmt.money(lost.lost_revenue_annual, self._currency))
                     .replace("%3", fmt.money(lost.lost_lifetime_value, self._currency)))
        if details.mean_predicted_clv is not None:
            parts.append(self.tr("Predicted value per customer: %1.")
                         .replace("%1", fmt.money(details.mean_predicted_clv, self._currency)))
        # one fact a line: run together they were a block the narrow panel wrapped mid-figure
        return "\n".join(parts)
