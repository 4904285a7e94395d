"""The Customers page's sort: the header's arrow and the rows agree before and after a click,
over every customer, not only the first batch of rows handed to the view."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt

from loyalty_desktop.engine.analysis import analyse
from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.ui.models import DataFrameModel
from loyalty_desktop.ui.pages.customers import CustomersPage

N = 200


@pytest.fixture
def page(qtbot, monkeypatch):
    monkeypatch.setattr(DataFrameModel, "BATCH", 50)      # 200 customers = four batches
    order = np.random.default_rng(7).permutation(N)    # ids and revenue not in file order
    tx = pd.DataFrame({"customer_id": pd.array([f"K{i:03d}" for i in order], dtype="string"),
                       "date": pd.Timestamp("2024-01-01") + pd.to_timedelta(order % 90, unit="D"),
                       "amount": (order * 7 % 997 + 1).astype(float)})
    analysis = analyse(Dataset(transactions=tx), Definitions(churn_window_days=60))
    widget = CustomersPage()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show_analysis(analysis)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, analysis


def column_of(page, name: str) -> int:
    return list(page.model.frame().columns).index(name)


def top_rows(page, column: int, n: int = 3) -> list:
    return [page.proxy.index(r, column).data(DataFrameModel.SORT_ROLE) for r in range(n)]


def click_header(qtbot, page, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_arrow_before_any_click_matches_the_rows(page):
    page, analysis = page
    header = page.table.horizontalHeader()
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == column_of(page, "customer_id")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    ids = sorted(analysis.customers.index.astype(str))
    assert page.model.rowCount() == 50                     # one batch handed to the view …
    assert top_rows(page, 0) == ids[:3]                    # … yet the first of all customers
    assert page.sorted_by.text() == "Sorted by Customer, A to Z"


def test_clicking_revenue_sorts_every_customer_and_again_reverses(qtbot, page):
    page, analysis = page
    revenue = column_of(page, "revenue")
    click_header(qtbot, page, revenue)
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == revenue
    values = sorted(analysis.customers["revenue"].tolist())
    first = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert top_rows(page, revenue) == pytest.approx(values[:3] if first else values[::-1][:3])
    assert page.sorted_by.text() == ("Sorted by Revenue, smallest first" if first
                                     else "Sorted by Revenue, largest first")
    click_header(qtbot, page, revenue)
    assert header.sortIndicatorOrder() != (Qt.SortOrder.AscendingOrder if first
                                           else Qt.SortOrder.DescendingOrder)
    assert top_rows(page, revenue) == pytest.approx(values[::-1][:3] if first else values[:3])


def test_a_drill_down_keeps_the_order_the_arrow_shows(qtbot, page):
    page, analysis = page
    revenue = column_of(page, "revenue")
    click_header(qtbot, page, revenue)
    order = page.table.horizontalHeader().sortIndicatorOrder()
    some = list(analysis.customers.index[:120])
    page.show_analysis(analysis, some, "a test")
    values = sorted(analysis.customers.loc[some, "revenue"].tolist(),
                    reverse=order == Qt.SortOrder.DescendingOrder)
    assert top_rows(page, revenue) == pytest.approx(values[:3])


@pytest.mark.parametrize("lang", ["en", "sv", "ru"])
def test_days_and_amounts_read_as_in_the_chosen_language(page, lang):
    from loyalty_desktop import i18n
    from loyalty_desktop.report import formatting as fmt
    page, analysis = page
    i18n.set_language(lang)
    first = page.proxy.index(0, column_of(page, "first_purchase"))
    revenue = page.proxy.index(0, column_of(page, "revenue"))
    customer = analysis.customers.loc[first.siblingAtColumn(0).data()]
    assert first.data() == fmt.date_text(customer["first_purchase"])      # not ISO unless sv
    assert revenue.data() == fmt.number(customer["revenue"], 2)
    if lang == "sv":
        assert first.data() == customer["first_purchase"].date().isoformat()
