"""Customers: the per-customer table, sortable and filterable, with status and warning signs."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from ...engine.analysis import Analysis
from ...engine.labels import segment_label
from ...report import formatting as fmt
from ..column_widths import fit_columns
from ..models import DataFrameModel


class CustomerFilter(QSortFilterProxyModel):
    """Text search over the id/name/e-mail columns plus a status filter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status = ""
        self.setSortRole(DataFrameModel.SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_status(self, status: str) -> None:
        # Qt ≥ 6.10 deprecates invalidateFilter() in favour of begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.status = status
            self.endFilterChange()
        else:
            self.status = status
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks sort the whole table in the source model (``DataFrameModel.sort``);
        the proxy itself keeps the source order, so the arrow and the rows always agree."""
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt API
        model: DataFrameModel = self.sourceModel()
        if self.status and model.value(row, "status", self.status) != self.status:
            return False
        pattern = self.filterRegularExpression().pattern()
        if not pattern:
            return True
        needle = pattern.lower()
        for column in ("customer_id", "name", "email"):
            value = model.value(row, column)
            if isinstance(value, str) and needle in value.lower():
                return True
        return False


class CustomersPage(QWidget):
    COLUMNS = ("customer_id", "name", "email", "status", "first_purchase", "last_purchase",
               "purchases", "revenue", "average_order_value", "days_since_last_purchase",
               "typical_gap_days", "rfm_segment", "p_alive", "predicted_clv", "nps_score", "reasons")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        title = QLabel(self.tr("Customers"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(self._drill_banner())
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by customer number, name or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("All customers"), "")
        self.status.addItem(self.tr("Active customers"), "active")
        self.status.addItem(self.tr("Churned customers"), "churned")
        self.count = QLabel()
        # the order in words: the header's arrow alone is read both ways (Qt draws ▼ for
        # A → Z, Windows and macOS users read ▲ as A → Z)
        self.sorted_by = QLabel()
        self.sorted_by.setObjectName("sortedBy")
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.sorted_by)
        bar.addSpacing(12)
        bar.addWidget(self.count)
        layout.addLayout(bar)
        self.model = DataFrameModel()
        self.proxy = CustomerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        # shown before any click: by customer, A → Z (Qt's default arrow is Z → A on column 0)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._say_order)
        self.search.textChanged.connect(self._search)
        self.status.currentIndexChanged.connect(lambda: self._set_status(self.status.currentData()))

    def _drill_banner(self) -> QFrame:
        """After a chart click: which customers these are, and the way back to all of them."""
        self.drill = QFrame()
        self.drill.setObjectName("drillBanner")
        row = QHBoxLayout(self.drill)
        row.setContentsMargins(12, 6, 8, 6)
        self.drill_text = QLabel()
        self.drill_text.setWordWrap(True)
        self.show_all_button = QPushButton(self.tr("Show all customers"))
        self.show_all_button.clicked.connect(self.show_all)
        row.addWidget(self.drill_text, 1)
        row.addWidget(self.show_all_button)
        self.drill.setVisible(False)
        self._analysis: Analysis | None = None
        return self.drill

    def show_all(self) -> None:
        """Leave the drill-down: every customer of the (filtered) analysis again."""
        if self._analysis is not None:
            self.show_analysis(self._analysis)

    def headers(self) -> dict[str, str]:
        return {"customer_id": self.tr("Customer"), "name": self.tr("Name"), "email": self.tr("E-mail"),
                "status": self.tr("Status"), "first_purchase": self.tr("First purchase"),
                "last_purchase": self.tr("Last purchase"), "purchases": self.tr("Purchases"),
                "revenue": self.tr("Revenue"), "average_order_value": self.tr("Average order"),
                "days_since_last_purchase": self.tr("Days since last"),
                "typical_gap_days": self.tr("Usual gap (days)"), "rfm_segment": self.tr("RFM segment"),
                "p_alive": self.tr("P(still a customer)"), "predicted_clv": self.tr("Predicted value"),
                "nps_score": self.tr("NPS answer"), "reasons": self.tr("Warning signs")}

    def show_analysis(self, analysis: Analysis, customer_ids=None, description: str = "") -> None:
        """All customers, or only ``customer_ids`` (a chart drill-down, said in ``description``)."""
        self._analysis = analysis
        frame = analysis.customers
        if customer_ids is not None:
            frame = frame.loc[frame.index.intersection(pd.Index(list(customer_ids)))]
            self.drill_text.setText(self.tr("Showing the %Ln customers behind “%1” in the chart "
                                            "you clicked.", "", len(frame)).replace(
                "%1", description or self.tr("the part")))
        self.drill.setVisible(customer_ids is not None)
        frame = frame.reset_index()
        headers = {k: v for k, v in self.headers().items() if k in frame.columns}
        statuses = {"active": self.tr("Active"), "churned": self.tr("Churned")}
        formatters = {"status": lambda value: statuses.get(value, "—"),
                      "rfm_segment": lambda value: segment_label(value) if isinstance(value, str) else "—"}
        self.model.set_frame(frame, headers, formatters)
        header = self.table.horizontalHeader()   # new rows keep the order the arrow shows
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._say_order(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_columns(self.table)
        self._update_count()

    def _say_order(self, column: int, order: Qt.SortOrder) -> None:
        frame = self.model.frame()
        if not 0 <= column < len(frame.columns):
            self.sorted_by.setText("")
            return
        values = frame.iloc[:, column]
        up = order == Qt.SortOrder.AscendingOrder
        if pd.api.types.is_datetime64_any_dtype(values):
            way = self.tr("oldest first") if up else self.tr("newest first")
        elif pd.api.types.is_numeric_dtype(values):
            way = self.tr("smallest first") if up else self.tr("largest first")
        else:
            way = self.tr("A to Z") if up else self.tr("Z to A")
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        self.sorted_by.setText(self.tr("Sorted by %1, %2").replace("%1", str(title))
                               .replace("%2", way))

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _set_status(self, status: str) -> None:
        self.proxy.set_status(status)
        self._update_count()

    def _update_count(self) -> None:
        total = len(self.model.frame())
        shown = self.proxy.rowCount()
        # rowCount covers fetched rows only; say "of" the real total
        self.count.setText(self.tr("%1 of %2 customers").replace("%1", fmt.number(shown))
                           .replace("%2", fmt.number(total)))
